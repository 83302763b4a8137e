"""Fewer and shorter scans of a whole text in ``normalize`` and the legacy-font repair (session 15, cost round).

* ``repair_legacy_text`` tells a Latin-only text (no Indic letter, no C1 control) by one scan for either
  (``_INDIC_OR_C1``) instead of one for each;
* ``_repair_latin`` counts a prose line's letter-started tokens only up to the first 2k + 1 (k: its odd tokens):
  whether there are more than 2k is all the bound asks;
* ``normalize`` tests for a two-piece vowel spelling with one ``re`` scan instead of six substring searches;
* ``_ODD_TOKEN`` tries a token with no glyph code, and a letter run with any closing punctuation, before the
  whole natural body.

Each checked against the former expression (shuddh 9397f04), on generated text that mixes the characters
the scans look for with real-looking Hindi and English.
"""

from __future__ import annotations

import re
from itertools import islice

from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.text.legacy import _C1, _INDIC_OR_C1, _LETTER_START, _has_indic
from shuddh.text.legacy._detect import _ASCII_NATURAL_BODY, _ODD_TOKEN, LEGACY_CHAR_CLASS
from shuddh.text.normalize import _VOWEL_PIECES, _VOWEL_PIECES_SCAN

PIECES = ["The", "library", "opens", "at", "nine,", "café", "“quoted”", "naïve", "www.", "Www.x", "x", "2024",
          "भारत", "एक", "विशाल", "देश", "है।", "অ", "ਅ", "\u0dff", "\u0e00", "\u08ff", "\x80", "\x85", "\x92", "\x9f",
          "\xa0", "\x7f", " ", "\n", "\t", "gSa", "maoM", "अा", "अो", "अौ", "एे", "ाे", "ाै", "ा", "े", "अ", "ए", "ै"]
_texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _former_latin(text: str) -> bool:
    return not _has_indic(text) and (text.isascii() or _C1.search(text) is None)


@settings(max_examples=800, deadline=None)
@given(_texts)
def test_one_scan_tells_latin_text(text: str) -> None:
    assert (text.isascii() or _INDIC_OR_C1.search(text) is None) == _former_latin(text)


def test_one_scan_tells_latin_text_at_the_edges_of_the_classes() -> None:
    for cp in (0x7F, 0x80, 0x85, 0x9F, 0xA0, 0x8FF, 0x900, 0x965, 0xDFF, 0xE00, 0x2019):
        for text in (chr(cp), "abc " + chr(cp), chr(cp) + " xyz"):
            assert (text.isascii() or _INDIC_OR_C1.search(text) is None) == _former_latin(text)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join), st.integers(0, 12))
def test_letter_starts_counted_up_to_the_bound(line: str, k: int) -> None:
    assert (len(list(islice(_LETTER_START.finditer(line), 2 * k + 1))) > 2 * k) == \
        (2 * k < len(_LETTER_START.findall(line)))


@settings(max_examples=800, deadline=None)
@given(_texts)
def test_vowel_piece_scan_is_the_substring_tests(text: str) -> None:
    assert (_VOWEL_PIECES_SCAN.search(text) is not None) == any(piece in text for piece in _VOWEL_PIECES)


def test_vowel_piece_scan_on_every_piece() -> None:
    for piece in _VOWEL_PIECES:
        for text in (piece, "भारत " + piece + " देश", "The " + piece[0] + " " + piece[1]):
            assert (_VOWEL_PIECES_SCAN.search(text) is not None) == any(p in text for p in _VOWEL_PIECES)


_FORMER_ODD_TOKEN = re.compile(rf"(?:\s*+(?:[A-Za-z][a-z]*+[,.]?+(?=\s)|(?>(?:{_ASCII_NATURAL_BODY}"
                               rf"|[^\s{LEGACY_CHAR_CLASS[1:-1]}]++)(?=\s|\Z))))*+\s*+(\S++)?")
ODD_PIECES = [*PIECES, "(see", "below).", "it!", "“quoted”", "'quoted'", "[1]", "x;", "Yes:", "OK?", "end.)", "a,b",
              "ab,c", "e.g.", "U.S.", "iPhone", "McDonald's", "COVID-19", "5K", "2.4GHz", "$3,000–$6,000/mo", "5th",
              "90s", "—", "–", "©", "|", "2024", "12:30", "$5", "~25M", "gS", "fd", "Hkkjr", "ns'k", "A", "I", "OR",
              "\u00a0", "\u2028", "\x1f", "\r\n", "Ã", "naïve", "Straße", "x)", "(x", ")", "(", "\"", "'"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(ODD_PIECES), max_size=30).map("".join),
       st.lists(st.sampled_from(ODD_PIECES), max_size=30).map(" ".join))
def test_odd_token_scan_is_the_former_one(glued: str, spaced: str) -> None:
    for text in (glued, spaced, spaced + " ", spaced + "\n" + glued):
        assert [m.span(1) for m in _ODD_TOKEN.finditer(text)] == [m.span(1) for m in _FORMER_ODD_TOKEN.finditer(text)]
