"""Stdlib ``re`` character classes of the Basic Multilingual Plane, read off the ``regex`` module.

A stdlib class of BMP characters is a bitmap (one lookup a character), where the regex module tests a Unicode
property; the stdlib scans ~3-6x faster. The line stages (``stages/clean``: structure, chrome, header) build
their hot classes this way and keep the regex module for text with a character beyond the BMP
(:func:`bmp_only`), so both engines agree on every character whatever their Unicode versions.
"""

from __future__ import annotations

import re
from functools import cache

import regex

__all__ = ["bmp_class", "bmp_only"]


def bmp_only(text: str) -> bool:
    """No character of ``text`` lies beyond the Basic Multilingual Plane (the stdlib classes of
    :func:`bmp_class` are exact only inside it): each takes two UTF-16 units, a lone surrogate one (one C
    pass, ~5x faster than a search)."""
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


@cache
def _bmp() -> str:
    """Every code point of the Basic Multilingual Plane, in order (surrogates included: a class read off
    this string is exact for lone surrogates too, which ``text.nfc.EVERY_BMP`` leaves out)."""
    return "".join(map(chr, range(0x10000)))


def bmp_class(runs: regex.Pattern[str]) -> str:
    """The BMP characters that ``runs`` (a character class, repeated) matches, as the inside of a stdlib ``re``
    class: read off the regex module itself, so the two agree on every BMP character. Characters beyond the
    BMP would be a list of ranges tried one by one, so they are left to the regex module."""
    text = _bmp()
    return "".join(re.escape(text[m.start()]) + ("-" + re.escape(text[m.end() - 1]) if m.end() - m.start() > 1 else "")
                   for m in runs.finditer(text))
