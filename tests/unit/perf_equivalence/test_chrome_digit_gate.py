"""The digit gate of the chrome lexicon's gated searches (issue 17, brief "speed2", session 11).

web-common's date patterns are gated on month names ("mar", "may", "dec"), which English prose holds in
"market", "may" and "decided"; every match of theirs holds a digit. ``chrome._needs_digit`` reads that off a
pattern, and ``chrome_reasons`` does not search such a pattern on a line (key and raw line) without a digit.
Checked: the reading on patterns that do and do not need a digit, and every shipped profile's lookup against
the lookup without the gate (``_DIGIT`` made to find a digit everywhere), on lines built from the rules' own
words, dates in several scripts' digits, and prose.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.lang.profile import available_profiles, load_profile
from shuddh.stages.clean import chrome
from shuddh.stages.clean.chrome import _needs_digit, chrome_reasons


@pytest.mark.parametrize("pattern", [
    r"\d", r"^\d+\s+comments$", r"(?:jan|feb)[a-z]*\.?\s+\d{1,2},?\s+\d{4}$", r"(?:\d|x\d)", r"(\d)+",
    r"(?:x\d|\d\d)|y\d", r"\d{1}", r"\d+?", r"^(?:on\s*)?\d{1,2}\s+मई\s+\d{4}$",
])
def test_patterns_that_need_a_digit(pattern: str) -> None:
    assert _needs_digit(pattern)


@pytest.mark.parametrize("pattern", [
    "", r"\d?", r"\d*", r"\d{0,2}", r"(?:\d)?", r"(?:\d|x)", r"x|\d", r"[0-9]", r"[\d]", r"\D", r"(?=\d)x",
    r"(?<=\d)x", r"(?i:\d)", r"(?>\d)", r"\d{e<=1}", r"(?:\d){e<=1}", r"\\d", r"(?:copyright|©)(?:\s+\S+){0,3}$",
    r"\1\d?", r"(?:a\d)*b", r"\p{Nd}", r"a(?:b|c(?:\d{2}))",
])
def test_patterns_not_known_to_need_one(pattern: str) -> None:
    assert not _needs_digit(pattern)


def test_a_pattern_read_as_needing_a_digit_never_matches_without_one() -> None:
    digitless = ["Market may decide", "march 2nd", "updated on mar x, yyyy", "mar. twelve, twenty", "may ९ २०२४",
                 "Dec 12, 2024", "12 comments", "5 min read", "४ टिप्पणियां"]
    for code in available_profiles():
        index = chrome._rule_index(load_profile(code))
        for pat, digit in zip(index.gated, index.gated_digit, strict=True):
            if digit:
                for line in digitless:
                    if pat.search(line.casefold()) is not None:
                        assert regex.search(r"\d", line)


def _ungated(lines: list[str], code: str, monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    with monkeypatch.context() as m:
        m.setattr(chrome, "_DIGIT", regex.compile(""))  # a "digit" found in every line: nothing skipped
        return chrome_reasons(lines, load_profile(code))


DATES = ["Mar 12, 2024", "March 3rd, 2023, 10:30 am IST", "12 May 2024", "Updated: Mon, 4 Dec 2023, 09:15",
         "Dec 1, 2024 | 5 min read", "Posted on 1 Jan 2020", "Sep 9, 1999 · 3 mins read", "12 मई 2024",
         "सोमवार, 4 दिसंबर 2023, 10:30 am", "४ दिसंबर २०२३", "৪ ডিসেম্বর ২০২৩", "12 comments", "3 replies",
         "7 min read", "Nov 30 2022", "june 2, 1990"]
PROSE = ["The market may decide in March.", "Log in to read more", "Read more", "Decision made in December",
         "copyright acme", "© Acme Inc", "May be later", "visit www.example.com for more", "stay tuned with us",
         "Comments", "The jury may deliberate", "पुलिस ने बताया कि मई में सुनवाई होगी।", "mar", "may 2024",
         "Marvel may read 2", "updated", "Apr. twenty", "Published on: Jan first", "Oct 2024", "2 Dec"]


@pytest.mark.parametrize("code", available_profiles())
def test_the_lookup_is_the_lookup_without_the_gate(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*DATES, *PROSE, *(f"» {x} «" for x in DATES + PROSE), *(f"{x}  ({y})" for x in PROSE for y in DATES[:4])]
    got = chrome_reasons(lines, load_profile(code))
    assert got == _ungated(lines, code, monkeypatch)
    if code == "web-common":
        assert got[:4] == ["date", "date", "date", "date"] or any(got[: len(DATES)])  # the dates are found


WORDS = ["mar", "may", "Dec", "december", "jan", "updated", "published", "on", ":", ",", "|", "·", "-", "read",
         "min", "mins", "comments", "replies", "the", "market", "will", "12", "2024", "3rd", "10:30", "am", "IST",
         "१२", "२०२४", "मई", "दिसंबर", "सोमवार", "Mon", "©", "copyright", "visit", "www.example.com", "says:"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=9).map(" ".join), min_size=1, max_size=12),
       st.sampled_from(["web-common", "hi"]))
def test_generated_lines(lines: list[str], code: str) -> None:
    with pytest.MonkeyPatch.context() as mp:
        assert chrome_reasons(lines, load_profile(code)) == _ungated(lines, code, mp)
