"""Gates in front of the two costliest pii patterns on long English web text (issue 17).

A gate may only say "nothing here" when the pattern it guards finds nothing: checked on generated
text, on every code point that matches an ASCII letter ignoring case, and by counting that the guarded
pattern no longer runs on text where the gate rules it out."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.pii import RedactionConfig, Redactor, _context, _detect

ALL_CHARS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_the_characters_that_match_an_ascii_letter_ignoring_case() -> None:
    # the gate's premise: outside ASCII only these four match [A-Za-z] (or one ASCII letter) ignoring case
    specials = set("\u0130\u0131\u017f\u212a")
    for pattern in ("[A-Za-z]", *"abcdefghijklmnopqrstuvwxyz"):
        found = set(regex.findall(pattern, ALL_CHARS, regex.IGNORECASE))
        assert {c for c in found if not c.isascii()} <= specials, pattern
    assert all(_context.CASE_SPECIALS.match(c) for c in specials)


_PIECES = sorted({w for ws in _context._HINT_WORDS.values() for w in ws})
_FILLER = [" ", "  ", "\t", ":", ".", "-", "/", "x", "S", "no", "नंबर", "ों", "े", "\u0130", "\u0131", "\u017f",
           "\u212a", "ß", "Mr", "IPHONE", "Pancard", "acc"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(_FILLER)), max_size=8), st.booleans())
def test_hint_gate_never_hides_a_hint(parts: list[str], upper: bool) -> None:
    window = "".join(parts)
    if upper:
        window = window.upper()
    if _context._HINT_RE.search(window) is not None:
        assert _context.may_hold_hint(window)


class _Counting:
    """Wraps a compiled pattern; counts its finditer and match calls."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.calls = 0

    def finditer(self, text: str) -> Iterator[Any]:
        self.calls += 1
        yield from self.pattern.finditer(text)

    def search(self, text: str) -> Any:
        return self.pattern.search(text)

    def match(self, text: str, pos: int = 0) -> Any:  # the alnum pattern is tried where a match can start
        self.calls += 1
        return self.pattern.match(text, pos)


# real English web text (wcxb-dev style): numbers without a context word, no letter+4-digit code
# (five digit runs of >= 7 characters: each is checked for a context word before it)
ENGLISH = ("The 2023-2024 season ran from 12.05.2023 to 30 06 2024, with 1200 1500 visitors a day "
           "(see table 3.1.4.2).")


def test_number_runs_without_a_context_word_skip_the_hint_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = _Counting(_context._HINT_RE)
    monkeypatch.setattr(_context, "_HINT_RE", counter)
    assert Redactor().redact(ENGLISH).text == ENGLISH
    assert counter.calls == 0  # ran once per number run before the gate


def test_hints_still_found_in_real_hindi_text() -> None:
    assert _context.hints_before("मेरा मोबाइल नंबर ", 17) == ("PHONE",)
    assert _context.hints_before("A/c No. ", 8) == ("BANK_ACCOUNT",)
    assert _context.hints_before("\u212aontact: ", 9) == _context.hints_before("Kontact: ", 9)
    red = Redactor(RedactionConfig(types=frozenset({"VOTER_ID", "PASSPORT", "PAN"}))).redact
    assert (red("वोटर आईडी कार्ड नंबर ABC1234567 है, पासपोर्ट नंबर J8369854").text
            == "वोटर आईडी कार्ड नंबर <VOTER_ID> है, पासपोर्ट नंबर <PASSPORT>")


def test_text_without_letter_and_four_digits_skips_the_alnum_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = _Counting(_detect._ALNUM_RE)
    monkeypatch.setattr(_detect, "_ALNUM_RE", counter)
    assert list(_detect.find_alnum(ENGLISH, frozenset({"PAN", "PASSPORT", "VOTER_ID"}))) == []
    assert counter.calls == 0
    assert list(_detect.find_alnum("पैन ABCPD1234E है", frozenset({"PAN"})))  # real ids still reach it


_ALNUM_PARTS = ["A", "b", "Z", "1", "2", "9", "०", "५", "_", " ", "-", "é", "ABCPD", "1234", "5678901", "E"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_ALNUM_PARTS), max_size=14))
def test_alnum_gate_never_hides_a_match(parts: list[str]) -> None:
    text = "".join(parts)
    if _detect._ALNUM_RE.search(text) is not None:
        assert _detect._ALNUM_GATE.search(text) is not None
