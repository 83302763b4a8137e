"""Unicode normalisation for Indic web text. Idempotent: ``normalize(normalize(x)) == normalize(x)``.

What it does, in order:

1. line ends to ``\\n``; NFC (which also puts nukta letters in one canonical form: NFC decomposes the
   composition-excluded क़ ख़ ग़ … into consonant + U+093C, so every spelling compares equal);
2. removes invisible and control characters: C0/C1 controls except tab and newline, zero-width space,
   BOM, soft hyphen, word joiner, bidi embedding/isolate/mark controls; ZWJ/ZWNJ are kept only inside a
   word (between letters/marks), where they select a conjunct form;
3. optionally (``danda=True``, the default) turns ``|``/``||``/``।।`` used as sentence ends after
   Devanagari into ``।``/``॥``;
4. whitespace: every space separator (NBSP, thin space …) and tab becomes a space, runs collapse,
   lines are stripped, more than one blank line becomes one, and the text is stripped.

Combining marks are never removed (DESIGN rule 3). Devanagari digits are kept as written.
"""

from __future__ import annotations

import unicodedata

import regex

__all__ = ["normalize", "normalize_line"]

# C0 and C1 controls except \t and \n; invisible format characters; bidi controls.
_INVISIBLE_RE = regex.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    "\u00ad"  # soft hyphen
    "\u034f"  # combining grapheme joiner (used as a spacing hack, not linguistically)
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator (old zero-width space)
    "\u200b"  # zero-width space
    "\u200e\u200f"  # LRM, RLM
    "\u202a-\u202e"  # bidi embeddings/overrides
    "\u2060-\u2064"  # word joiner, invisible operators
    "\u2066-\u2069"  # bidi isolates
    "\ufeff"  # BOM / zero-width no-break space
    "\ufff9-\ufffb"  # interlinear annotation controls
    "]"
)
# ZWJ/ZWNJ not between two word characters: remove.
_STRAY_JOINER_RE = regex.compile(r"(?<![\p{L}\p{M}])[\u200c\u200d]+|[\u200c\u200d]+(?![\p{L}\p{M}])")
# Pipes used as danda after Devanagari text (optionally one space between).
_DOUBLE_DANDA_RE = regex.compile(r"(?<=[\p{Devanagari}]\s?)(?:\|\||।।|\|।|।\|)(?!\|)")
_DANDA_RE = regex.compile(r"(?<=[\p{Devanagari}]\s?)\|(?![|।])")
_SPACE_RE = regex.compile(r"[\t\p{Zs}]+")
_BLANKS_RE = regex.compile(r"\n{3,}")


def normalize_line(line: str, *, danda: bool = True) -> str:
    """Normalise one line (no newlines inside)."""
    return normalize(line, danda=danda)


def normalize(text: str, *, danda: bool = True) -> str:
    """Normalise ``text``; see the module docstring. Idempotent."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE_RE.sub("", text)
    # \u2028/\u2029 are line/paragraph separators
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    text = _STRAY_JOINER_RE.sub("", text)
    if danda and ("|" in text or "।।" in text):
        text = _DOUBLE_DANDA_RE.sub("॥", text)
        text = _DANDA_RE.sub("।", text)
    text = _SPACE_RE.sub(" ", text)
    lines = [ln.strip() for ln in text.split("\n")]
    text = "\n".join(lines)
    text = _BLANKS_RE.sub("\n\n", text)
    return text.strip()
