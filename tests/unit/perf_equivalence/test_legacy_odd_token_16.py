"""``_ODD_TOKEN``: each natural token takes the whitespace after it instead of a look-ahead (session 16, cost
round). Checked against the look-ahead form (shuddh c77ac74): the same matches, spans and odd tokens."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.text.legacy._detect import _ASCII_NATURAL_BODY, _ODD_TOKEN, LEGACY_CHAR_CLASS
from tests.unit.perf_equivalence.test_legacy_normalize_scans import ODD_PIECES

_LOOK_AHEAD_ODD_TOKEN = re.compile(
    rf"(?:\s*+(?:[A-Za-z][a-z]*+[\"')\].,!?:;]*+(?=\s)|[^\s{LEGACY_CHAR_CLASS[1:-1]}]++(?=\s|\Z)"
    rf"|(?>(?:{_ASCII_NATURAL_BODY})(?=\s|\Z))))*+\s*+(\S++)?")
SPACES = [" ", "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "\r\n", " \n "]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(ODD_PIECES), max_size=30).map("".join),
       st.lists(st.tuples(st.sampled_from(ODD_PIECES), st.sampled_from(SPACES)), max_size=30),
       st.sampled_from(["", " ", "\n", "  "]))
def test_odd_token_scan_is_the_look_ahead_form(glued: str, pairs: list[tuple[str, str]], lead: str) -> None:
    spaced = "".join(tok + sp for tok, sp in pairs)
    for text in (glued, spaced, lead + spaced, spaced.rstrip(), lead + spaced.rstrip() + "\n" + glued):
        fast = [(m.span(), m.span(1)) for m in _ODD_TOKEN.finditer(text)]
        assert fast == [(m.span(), m.span(1)) for m in _LOOK_AHEAD_ODD_TOKEN.finditer(text)]


def test_odd_token_scan_on_edges() -> None:
    for text in ("", " ", "a", "a ", " a", "gSa", " gSa ", "The gSa", "The end", "end.", "5K", "5K ", "x\u00a0y",
                 "Hkkjr esa", "The  library\n\nopens at 9."):
        fast = [(m.span(), m.span(1)) for m in _ODD_TOKEN.finditer(text)]
        assert fast == [(m.span(), m.span(1)) for m in _LOOK_AHEAD_ODD_TOKEN.finditer(text)], text
