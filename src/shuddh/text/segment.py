"""Words, sentences, graphemes and lines for Indic text.

Devanagari vowel signs, virama and nukta are combining marks (Mc/Mn): Python's ``str.isalnum`` and
``re``'s ``\\w`` split "समाचार" into pieces. Everything here uses the ``regex`` module with ``\\p{L}\\p{M}``.
"""

from __future__ import annotations

import re

import regex

__all__ = [
    "ASCII_WORD_RE",
    "LATIN_WORD_RE",
    "SENTENCE_END",
    "TYPOGRAPHIC",
    "WORD_RE",
    "count_letters",
    "count_non_space",
    "graphemes",
    "is_terminated",
    "letter_ratio",
    "line_words",
    "lines",
    "paragraphs",
    "sentences",
    "words",
]

#: Sentence-ending punctuation in every script shuddh handles: Latin, Devanagari danda/double danda,
#: Urdu full stop and question mark, and the ellipsis.
SENTENCE_END = ".?!।॥۔؟…"


# A word: letters, marks and digits; ZWJ/ZWNJ only between letters (conjunct control inside a word);
# an apostrophe or hyphen only between letters ("don't", "e-mail", "भारत-पाक").
WORD_RE = regex.compile(
    r"[\p{L}\p{M}\p{N}]+(?:(?:[\u200c\u200d]+|['’\-])[\p{L}\p{M}\p{N}]+)*"
)
#: ``WORD_RE`` on an ASCII string (``str.isascii``), compiled by ``re``: there its classes are exactly
#: ``[A-Za-z0-9]`` and ``['-]`` (no ASCII mark, no ASCII joiner), and both engines find the same leftmost
#: greedy matches; ``re`` scans ~2x faster than the regex module's ``\p{…}`` classes (English web lines:
#: the word split is the largest part of the length filter). tests/unit/text/test_segment.py checks the
#: classes over all of ASCII and the two patterns on generated ASCII text.
ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*")


#: non-ASCII characters that WORD_RE never takes into a word (none is a letter, mark, digit, ZWJ/ZWNJ or one
#: of its apostrophes and hyphen): the typographic punctuation, symbols and spaces of English web text
#: (curly quotes, dashes, the non-breaking hyphen, ellipsis, bullets, stars, box lines, arrows, ©®™, °×,
#: currency signs, no-break and thin spaces, the zero-width space). tests/unit/text/test_segment.py checks
#: each against WORD_RE's classes.
TYPOGRAPHIC = ("\u2018\u201c\u201d\u2013\u2014\u2011\u2026\u2022\u00b7\u2605\u2500\u2192\u00ae\u00a9\u2122"
               "\u00b0\u00d7\u00ab\u00bb\u20ac\u00a3\u20b9\u00a5\u00a7\u00b6\u2020\u2021\u2032\u2033"
               "\u00a0\u2009\u202f\u200b")
# a character that is neither ASCII, nor ’ (a WORD_RE apostrophe), nor TYPOGRAPHIC
_NOT_LATIN_TYPO = re.compile("[^\x00-\x7f\u2019" + TYPOGRAPHIC + "]")
#: ``WORD_RE`` on a string of ASCII, ’ and :data:`TYPOGRAPHIC` characters, compiled by ``re``: there
#: WORD_RE's classes are exactly ``[A-Za-z0-9]`` and ``['’-]`` (the other characters are in neither).
LATIN_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['\u2019\-][A-Za-z0-9]+)*")


def line_words(line: str) -> list[str]:
    """``WORD_RE.findall(line)``: by :data:`ASCII_WORD_RE` when the line is ASCII, by :data:`LATIN_WORD_RE`
    when its other characters are ’ or :data:`TYPOGRAPHIC` (English paragraphs with curly quotes and dashes:
    ~0.45 -> ~0.3 ms per wcxb page), else by WORD_RE (a Hindi line finds a character of its own at once)."""
    found: list[str]
    if line.isascii():
        found = ASCII_WORD_RE.findall(line)
    elif _NOT_LATIN_TYPO.search(line) is None:
        found = LATIN_WORD_RE.findall(line)
    else:
        found = WORD_RE.findall(line)
    return found


# A sentence ends at . ? ! । ॥ ۔ ؟ (and … ), possibly followed by closing quotes/brackets.
_SENT_END_RE = regex.compile(r"(?<=[.?!।॥۔؟…]+[\"'”’)\]]*)\s+")
# counting by deletion: the length of the text with every non-letter (or space) run deleted is the
# number of letters (non-spaces) — one C pass with a few matches, not a list of one-character strings
_NON_LETTERS_RE = regex.compile(r"[^\p{L}\p{M}]+")
_SPACES_RE = regex.compile(r"\s+")
_GRAPHEME_RE = regex.compile(r"\X")
_PARA_RE = regex.compile(r"\n[ \t]*\n\s*")
# closing quotes/brackets that may follow a sentence end: "…है।" ”
_CLOSERS = "\"'”’)]»"


def words(text: str) -> list[str]:
    """Words of ``text``, never split at matras, virama, nukta, ZWJ or ZWNJ (``WORD_RE.findall``, by the
    faster patterns of :func:`line_words` where they find the same words: the chrome rules split English web
    lines here)."""
    return line_words(text)


def sentences(text: str) -> list[str]:
    """Sentences of one line or paragraph, split after ``. ? ! । ॥ ۔ ؟``."""
    return [s for s in (p.strip() for p in _SENT_END_RE.split(text)) if s]


def graphemes(text: str) -> list[str]:
    """Extended grapheme clusters (close to aksharas: a consonant with its matras and marks)."""
    found: list[str] = _GRAPHEME_RE.findall(text)
    return found


def count_letters(text: str) -> int:
    """Letters, where a letter is any L* or M* code point."""
    return len(_NON_LETTERS_RE.sub("", text))


def lines(text: str) -> list[str]:
    """Non-empty lines of ``text``, stripped (``\\n``, ``\\r\\n``, U+2028 and friends all end a line)."""
    return [s for s in (ln.strip() for ln in text.splitlines()) if s]


def paragraphs(text: str) -> list[str]:
    """Blocks of text separated by blank lines, stripped."""
    return [s for s in (p.strip() for p in _PARA_RE.split(text)) if s]


def is_terminated(line: str, terminal: str | tuple[str, ...] = SENTENCE_END) -> bool:
    """Does ``line`` end a sentence (``. ? ! । ॥ ۔ ؟ …``), ignoring closing quotes and brackets?

    ``terminal`` is a string of end characters or a tuple of end strings (a profile's
    ``terminal_punctuation``)."""
    s = line.rstrip()
    if isinstance(terminal, tuple):
        return s.endswith(terminal)
    s = s.rstrip(_CLOSERS)
    return bool(s) and s[-1] in terminal


def count_non_space(text: str) -> int:
    """Characters that are not whitespace (``\\S``)."""
    if text.replace("\n", "").isprintable():
        # every whitespace character but " " and "\n" is a control (Cc) or separator (Z*) character,
        # which str.isprintable rejects: here only those two can occur, and str.count is C-speed
        return len(text) - text.count(" ") - text.count("\n")
    return len(_SPACES_RE.sub("", text))


def letter_ratio(text: str) -> float:
    """Letters (L* or M*) over non-space characters; 0.0 for blank text."""
    total = count_non_space(text)
    return count_letters(text) / total if total else 0.0
