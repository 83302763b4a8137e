"""The e-mail obfuscation gate tries its bracket pattern at the brackets only (session 16, cost round).

``_bracket_at`` answers what ``_OBF_GATE_BRACKET.search`` answered (shuddh c77ac74), also past the tries it makes
one by one (then it scans); ``maybe_obfuscated`` still answers what ``_OBF_QUICK.search`` answers
(tests/unit/pii/test_obfuscation_gate.py).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.pii import _detect
from shuddh.pii._detect import _BRACKET_TRIES, _OBF_GATE_BRACKET, _OBF_QUICK, _bracket_at, maybe_obfuscated

PIECES = ["(", ")", "[", "]", "{", "}", "( ", " )", "(at)", "[at]", "{ at }", "(\u00a0at\u00a0)", "(@)", "(एट)",
          "at", "@", "एट", " ", "\u2009", "\u202f", "x", "(x)", "raju", "gmail.com", "\n", "क", "(a", "t)"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=2000, deadline=None)
@given(texts)
def test_bracket_tries_answer_what_the_scan_answers(text: str) -> None:
    low = text.casefold()
    assert _bracket_at(low) == (_OBF_GATE_BRACKET.search(low) is not None)
    assert maybe_obfuscated(text) == (_OBF_QUICK.search(text) is not None)


def test_past_the_tries_the_rest_is_scanned() -> None:
    many = "(x) [y] {z} " * _BRACKET_TRIES
    for tail, found in (("", False), ("(at)", True), ("[ @ ]", True), ("{एट}", True), ("(a t)", False)):
        for text in (many + tail, tail + many, many[: len(many) // 2] + tail + many):
            assert _bracket_at(text) is found, text[-20:]
            assert _bracket_at(text) == (_OBF_GATE_BRACKET.search(text) is not None)


def test_a_bracket_of_each_kind_is_tried() -> None:
    for text in ("(at)", "[at]", "{at}", "x (at] y", "{ @ )", "[एट}"):
        assert _bracket_at(text)
    assert not _detect._bracket_at("(a)(t) [a t] {@@}")
