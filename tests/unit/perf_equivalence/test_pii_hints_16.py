"""``hints_before``: the window's last digit searched from its end, and no search for the non-ASCII first pieces
in an ASCII window (session 16, cost round). Checked against the former expressions (shuddh c77ac74)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.pii import _context
from shuddh.pii._context import _LAST_DIGIT, _OTHER_PIECES, may_hold_hint

_FORMER_LAST_DIGIT = regex.compile(r"\p{Nd}(?!.*\p{Nd})", regex.DOTALL)
PIECES = ["1", "२", "٣", "x", " ", "\n", "फोन", "मोबाइल", "Tel", "phone", "Ph.", "आधार", "नंबर", ":", "-", "<PHONE>",
          "\u0130", "\u212a", "mobile no", "संपर्क", "whatsapp", "é", "a"]
windows = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)


def _former_may_hold_hint(window: str) -> bool:
    return (
        _context._ASCII_GATE.search(window) is not None
        or any(w in window for w in _OTHER_PIECES)
        or _context.CASE_SPECIALS.search(window) is not None
    )


@settings(max_examples=2000, deadline=None)
@given(windows)
def test_last_digit_and_gate_are_the_former_ones(window: str) -> None:
    fast, former = _LAST_DIGIT.search(window), _FORMER_LAST_DIGIT.search(window)
    assert (fast and fast.span()) == (former and former.span())
    assert may_hold_hint(window) == _former_may_hold_hint(window)


def test_other_pieces_are_not_ascii() -> None:
    assert _OTHER_PIECES
    assert not any(w.isascii() for w in _OTHER_PIECES)
