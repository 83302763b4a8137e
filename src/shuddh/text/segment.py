"""Words, sentences, graphemes and lines for Indic text.

Devanagari vowel signs, virama and nukta are combining marks (Mc/Mn): Python's ``str.isalnum`` and
``re``'s ``\\w`` split "समाचार" into pieces. Everything here uses the ``regex`` module with ``\\p{L}\\p{M}``.
"""

from __future__ import annotations

import regex

__all__ = ["count_letters", "graphemes", "sentences", "words"]

# A word: letters, marks and digits; ZWJ/ZWNJ only between letters (conjunct control inside a word);
# an apostrophe or hyphen only between letters ("don't", "e-mail", "भारत-पाक").
WORD_RE = regex.compile(
    r"[\p{L}\p{M}\p{N}]+(?:(?:[\u200c\u200d]+|['’\-])[\p{L}\p{M}\p{N}]+)*"
)
# A sentence ends at . ? ! । ॥ ۔ ؟ (and … ), possibly followed by closing quotes/brackets.
_SENT_END_RE = regex.compile(r"(?<=[.?!।॥۔؟…]+[\"'”’)\]]*)\s+")
_LETTER_RE = regex.compile(r"[\p{L}\p{M}]")
_GRAPHEME_RE = regex.compile(r"\X")


def words(text: str) -> list[str]:
    """Words of ``text``, never split at matras, virama, nukta, ZWJ or ZWNJ."""
    return WORD_RE.findall(text)


def sentences(text: str) -> list[str]:
    """Sentences of one line or paragraph, split after ``. ? ! । ॥ ۔ ؟``."""
    return [s for s in (p.strip() for p in _SENT_END_RE.split(text)) if s]


def graphemes(text: str) -> list[str]:
    """Extended grapheme clusters (close to aksharas: a consonant with its matras and marks)."""
    return _GRAPHEME_RE.findall(text)


def count_letters(text: str) -> int:
    """Letters, where a letter is any L* or M* code point."""
    return len(_LETTER_RE.findall(text))
