"""The second literal test of the chrome lexicon's gated searches (issue 13, session 20).

The gate finds the *minimal* literals of all the rules (``chrome._minimal``): a search that needs "क्लिक करें" is let
through wherever another rule's "करें" is. ``chrome_reasons`` now searches such a search only where one of its own
literals (``_RuleIndex.gated_need``) is in the line (key or raw line). A search matches only where one of them is
(``chrome._gate``), so the test changes no result. Checked: every shipped profile's lookup against the lookup
with the test switched off (``gated_need`` emptied), on the blind-written TUNE lines of bench_chrome_blind.py (chrome
and body of five languages: the lines the round's rules were written for), lines built from the rules' own literals
and prose, and generated text.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.lang.profile import available_profiles, load_profile
from shuddh.stages.clean import chrome
from shuddh.stages.clean.chrome import chrome_reasons

LABELS = Path(__file__).resolve().parents[3] / "benchmarks" / "labels"
TUNE = ("w1", "w3", "w5", "w7", "w8", "w9")


def _tune_lines() -> list[str]:
    out = []
    for w in TUNE:
        path = LABELS / f"blind_chrome_{w}.tsv"
        if path.exists():
            out += [row.split("\t")[4] for row in path.read_text(encoding="utf-8").splitlines()[1:]]
    return out


def _without_test(lines: list[str], code: str, parts: bool = False) -> list[str | None]:
    """The lookup with the index's ``gated_need`` emptied (a search tried wherever the gate lets a line through)."""
    index = chrome._rule_index(load_profile(code), parts)
    bare = dataclasses.replace(index, gated_need={}, started_memo={}, gated_memo={})
    with pytest.MonkeyPatch.context() as m:
        m.setattr(chrome, "_rule_index", lambda profile, parts=False: bare)
        return chrome_reasons(lines, load_profile(code), parts=parts)


def _own_literal_lines() -> list[str]:
    """Lines holding the short literal a search is gated on but not its own, and lines holding its own."""
    out = []
    for code in ("hi", "mr", "bn", "ur", "gu", "web-common"):
        index = chrome._rule_index(load_profile(code))
        for need in index.gated_need.values():
            for x in need[:3]:
                out += [x, f"नगर में {x} के बाद", f"{x} 12 जून 2024 | 10:45 am"]
    return out


@pytest.mark.parametrize("code", [c for c in available_profiles() if c in ("hi", "mr", "bn", "ur", "gu", "web-common")])
@pytest.mark.parametrize("parts", [False, True])
def test_same_reasons_without_the_own_literal_test(code: str, parts: bool) -> None:
    lines = _tune_lines() + _own_literal_lines()
    assert lines
    assert chrome_reasons(lines, load_profile(code), parts=parts) == _without_test(lines, code, parts)


def test_the_test_is_there_for_the_round_s_patterns() -> None:
    # Hindi's patterns of this round are gated on shorter literals other rules need ("करें", "जुडे", "मई" …)
    assert chrome._rule_index(load_profile("hi")).gated_need


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("कलिकरेंजुडेमईपरबटन अपडेट|12:45 am ist-,।")), max_size=60),
                min_size=1, max_size=8))
def test_same_reasons_on_generated_text(lines: list[str]) -> None:
    assert chrome_reasons(lines, load_profile("hi")) == _without_test(lines, "hi")
