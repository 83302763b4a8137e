"""Cheaper scans in ``normalize`` and the legacy-font gate (session 16, cost round).

* the whitespace step substitutes with ``_SPACE_RUNS`` (the standard library's re, tab and the Zs characters
  spelt out, a lone " " not matched) instead of ``_SPACE_RE`` (the regex module, ``\\p{Zs}``, every space a match);
* NFC runs only on the lines where ``maybe_not_nfc`` flags a position (``_nfc_lines``), not on every line of a
  text with one;
* ``looks_mojibake`` and the legacy gate's ``_latin_only`` rule out a text whose UTF-8 lacks the lead byte of
  every character they look for, before their scan;
* ``repair_mojibake`` hands ftfy only the lines that are not ASCII (ftfy fixes each line on its own), and
  remembers its answer for a line (``_ftfy_line``);
* the vowel-piece scan is skipped in a text without the first character of a piece (``_may_hold_piece``);
* ``_danda`` returns a text in which no "|" or "।" has a Devanagari character before it at once
  (``_danda_site``).

Each compared with the former expression (shuddh c77ac74) on generated text that mixes what the new tests
branch on, and with the straightforward ``normalize_core`` of ``_reference.py``.
"""

from __future__ import annotations

import re
import sys
import unicodedata

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.text import normalize as norm
from shuddh.text.legacy import _INDIC_OR_C1, _latin_only
from shuddh.text.nfc import code_points, maybe_not_nfc
from tests.unit.perf_equivalence import _reference as ref

EVERYTHING = "".join(map(chr, range(sys.maxunicode + 1)))

PIECES = [
    # Devanagari: nukta letters precomposed (NFC_QC No) and decomposed, न/र + nukta (compose), virama + nukta
    # (reordered), vowel pieces and their first characters, dandas
    "भारत", "में", "है", "क़ानून", "क\u093c", "ज़्यादा", "\u0929", "न\u093c", "र\u093c", "\u094d\u093c", "अा", "अ",
    "ए", "ा", "ाे", "े", "।", "॥", "।।", "०१२", "\u0951", "\u1cd0", "\ua8e0",
    # Latin, mojibake pieces, C1 controls and cp1252 punctuation, other Indic scripts
    "The", "menu", "café", "naïve", "Ã©", "â€™", "Â", "à¤¸", "\x85", "\x92", "’", "—", "অ", "\u0dff", "\u0e00",
    "e\u0301", "A\u030a", "\u212b",
    # pipes, menus, spaces of every kind, line ends
    "|", "||", " | ", "|।", "।|", "Home | News | Sport", "होम | देश | खेल", " ", "  ", "\t", "\u00a0", "\u2003",
    "\u3000", "\u1680", "\u180e", "\u200b", "\u205f", "\n", "\n ", " \n", "\n\n\n", "\r\n", "\u2028",
    # astral characters and lone surrogates (one code point each in code_points: the flags stay aligned)
    "\U0001f600", "\U00011b00", "\ud83d", "\ude00",
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_normalize_is_the_straightforward_definition(text: str) -> None:
    assert norm._normalize(text, True, "keep") == ref.normalize_core(text, True)
    assert norm._normalize(text, False, "keep") == ref.normalize_core(text, False)


def test_space_runs_class_is_tab_and_the_space_separators() -> None:
    """``_SPACE_RUNS`` spells out the characters ``_SPACE_RE`` matches (the same in every code point)."""
    spaces = regex.findall(r"[\t\p{Zs}]", EVERYTHING)
    assert re.findall(f"[{norm._SPACE_CHARS}]", EVERYTHING) == spaces
    assert re.findall(f"[{norm._OTHER_SPACE_CHARS}]", EVERYTHING) == [c for c in spaces if c != " "]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["a", "भ", " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\n", "x y"]),
                max_size=30).map("".join))
def test_space_runs_substitute_as_the_former_pattern(text: str) -> None:
    assert norm._SPACE_RUNS.sub(" ", text) == ref._SPACE_RE.sub(" ", text)


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_nfc_of_the_flagged_lines_is_the_nfc_of_the_text(text: str) -> None:
    codes = code_points(text)
    bad = maybe_not_nfc(codes)
    whole = unicodedata.normalize("NFC", text)
    if bad.any():
        assert norm._nfc_lines(text, codes, bad) == whole
    else:
        assert whole == text


@settings(max_examples=1500, deadline=None)
@given(st.one_of(texts, st.text(max_size=40)))
def test_utf8_byte_gates_are_the_former_scans(text: str) -> None:
    assert norm.looks_mojibake(text) == (norm._MOJIBAKE_SCAN.search(text) is not None)
    assert _latin_only(text) == (text.isascii() or _INDIC_OR_C1.search(text) is None)


def test_utf8_byte_gates_on_every_character() -> None:
    """Each character alone, after a Latin letter and before a continuation character: the lead bytes are
    those of every character the scans look for (lone surrogates included)."""
    for c in EVERYTHING:
        for text in (c, "x" + c, c + "\u00a9", c + "\u2122"):
            assert norm.looks_mojibake(text) == (norm._MOJIBAKE_SCAN.search(text) is not None), hex(ord(c))
        assert _latin_only(c) == (_INDIC_OR_C1.search(c) is None), hex(ord(c))


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_piece_heads_gate_the_vowel_piece_scan(text: str) -> None:
    if not norm._may_hold_piece(text):
        assert norm._VOWEL_PIECES_SCAN.search(text) is None


def _former_danda(text: str) -> str:
    """``_danda`` of shuddh c77ac74 (no ``_danda_site`` test)."""
    menus: set[int] = set()
    if "|" in text:
        markers = norm._devanagari_markers()
        lines = text.split("\n")
        menus = {i for i, ln in enumerate(lines) if "|" in ln and norm.menu_items(ln, markers)}
    if not menus:
        out: str = norm._DANDA_RE.sub("।", norm._DOUBLE_DANDA_RE.sub("॥", text))
        return out
    return "\n".join(ln if i in menus else norm._DANDA_RE.sub("।", norm._DOUBLE_DANDA_RE.sub("॥", ln))
                     for i, ln in enumerate(lines))


@settings(max_examples=2000, deadline=None)
@given(texts)
def test_danda_is_the_former_definition(text: str) -> None:
    assert norm._danda(text) == _former_danda(text)


def test_danda_site_at_the_text_start_and_after_one_space() -> None:
    for text, site in (("|", False), (" |", False), ("क|", True), ("क |", True), ("क  |", False), ("a |", False),
                       ("।", False), ("क।।", True), ("\u0951|", False), ("\u0966 |", True), ("क\n|", False)):
        assert norm._danda_site(text) is site, text
        assert norm._danda(text) == _former_danda(text)


MOJIBAKE = ["Ã©", "â€™", "à¤¸à¤®", "Â", "Ã", "\x85", "\x92", "\x9d", "’", "é", "café", "naïve", "समाचार", "The",
            "x", " ", "\n", "\r", "\ud800", "\u00a0", "Ã\u00a0", "\n\n"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(MOJIBAKE), max_size=25).map("".join))
def test_ftfy_of_the_lines_that_are_not_ascii_is_ftfy_of_the_text(text: str) -> None:
    import ftfy

    expected = ftfy.fix_text(text, norm._ftfy_config()) if norm.looks_mojibake(text) else text
    assert norm.repair_mojibake(text) == expected


def test_ftfy_of_long_and_repeated_lines() -> None:
    import ftfy

    line = "Ã© café â€™ x " * (norm._FTFY_MEMO_CHARS // 10)
    for text in (line, line + "\n" + line, "The\n" + line[: norm._FTFY_MEMO_CHARS - 1] + "\nÃ©\nÃ©",
                 "Ã©\r\nÃ©\n\nÃ©"):
        norm._ftfy_line.cache_clear()
        for _ in range(2):  # the second time from memory
            assert norm.repair_mojibake(text) == ftfy.fix_text(text, norm._ftfy_config())
