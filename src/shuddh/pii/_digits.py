"""Decimal digits of every script, read by their numeric value.

Indian web text writes numbers in ASCII and in the script's own digits (Devanagari ०-९, Bengali ০-৯,
Gujarati, Gurmukhi, Oriya, Tamil, Telugu, Kannada, Malayalam, Arabic-Indic ٠-٩ and its extended form
۰-۹ for Urdu). The matchers use the Unicode class ``\\p{Nd}`` (every decimal digit, all of the above
included) and every check digit is computed on :func:`to_ascii_digits` of the match, so ``२३४१…`` and
``2341…`` are the same number.
"""

from __future__ import annotations

import unicodedata

#: regex-module class for one decimal digit of any script.
DIGIT = r"\p{Nd}"

#: Zero code point of each digit block the issue names (documentation and tests; matching uses \p{Nd}).
INDIC_DIGIT_ZEROS: dict[str, int] = {
    "Devanagari": 0x0966,
    "Bengali": 0x09E6,
    "Gurmukhi": 0x0A66,
    "Gujarati": 0x0AE6,
    "Oriya": 0x0B66,
    "Tamil": 0x0BE6,
    "Telugu": 0x0C66,
    "Kannada": 0x0CE6,
    "Malayalam": 0x0D66,
    "Arabic-Indic": 0x0660,
    "Extended Arabic-Indic": 0x06F0,
}


class _DigitTable(dict[int, str]):
    """``str.translate`` table filled on first sight of a code point (the cache stays small)."""

    def __missing__(self, codepoint: int) -> str:
        char = chr(codepoint)
        value = unicodedata.decimal(char, None)
        out = char if value is None else str(value)
        self[codepoint] = out
        return out


_TABLE = _DigitTable()


def to_ascii_digits(s: str) -> str:
    """Return ``s`` with every decimal digit (any script) replaced by its ASCII digit; rest unchanged."""
    if s.isascii():
        return s
    return s.translate(_TABLE)
