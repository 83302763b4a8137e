"""The line stages' cost round of session 16 changes no decision (chrome, chrome_repeats).

* chrome's lexicon lookup (``chrome.chrome_reasons``): the started searches of the literals a line starts with are
  searched once each (``_started_searches``), the gated searches a line's literals stand for are read from a memo
  per set of literals (``_gated_searches``), and a raw line equal to its key is not searched a second time. Oracle:
  the straightforward rule-by-rule lookup of one line (``_reference.chrome_reason``), on every shipped profile, on
  lines built from the rules' own literals (what the memos are keyed on) and on generated lines; and the lookup
  with the memos full (nothing memoised) against the lookup with them. The second gate of the sentences cut from a
  line's edge, one search per first character of its literals (``_part_inside``, ``_hit_texts``), finds the
  sentences the one trie of them found (the former ``_hits``).
* chrome's structural rules (``structure.structural_reasons``): the poll rule looks at the lines only on a page whose
  lexicon holds a poll label. Oracle: the rule looking at every line (a lexicon that claims to hold every reason).
* chrome_repeats' scan (``repeats``): the ``\\x1c``-``\\x1f`` test of a page by four ``in`` scans. Oracle: the
  former class search; the scan itself against the former scan (``test_repeats_scan.ref_scan``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.document import Document
from shuddh.lang.profile import LanguageProfile, available_profiles, load_profile
from shuddh.stages.clean import chrome
from shuddh.stages.clean import repeats as R  # noqa: N812
from shuddh.stages.clean.chrome import chrome_reasons
from shuddh.stages.clean.structure import structural_reasons
from tests.unit.perf_equivalence import _reference as ref
from tests.unit.perf_equivalence.test_repeats_scan import ref_scan


# -- chrome: the lookup's searches -------------------------------------------------------------------------------
def _literal_lines(prof: LanguageProfile) -> list[str]:
    """Lines that start with each started literal or hold each gate literal, with the digits, edge characters,
    cases and whitespace the lookup branches on (a raw line that differs from its key: "©", "»", two spaces)."""
    index = chrome._rule_index(prof)
    starts = sorted({x for xs in index.starts.values() for x in xs})
    inside = sorted(index.needed_by)
    out: list[str] = []
    for x in starts:
        out += [x, f"{x} 2024", f"{x}: photo", f"{x} 12 hours ago", f"{x}x", f"{x} - reuters", f"{x} on twitter",
                f"{x} 5 min read", f"{x} (ap)", f"© {x} 2024", f"» {x} «", x.upper(), f"{x}  by  पीटीआई"]
    for w in inside:
        out += [w, f"{w} 12", f"updated on {w} 3, 2024", f"x{w}y", f"© {w}", f"{w} {inside[0]} 10:30", w.title(),
                f"» {w} ४ दिसंबर २०२३", f"पुलिस ने {w} कहा", f"{w}  {w}"]
    return out


@pytest.mark.parametrize("code", available_profiles())
def test_lookup_of_lines_of_the_rules_literals_is_the_reference(code: str) -> None:
    prof = load_profile(code)
    lines = _literal_lines(prof)
    assert chrome_reasons(lines, prof) == [ref.chrome_reason(ln, prof) for ln in lines]
    assert chrome_reasons(lines, prof, parts=True) == [ref.chrome_reason(ln, prof, parts=True) for ln in lines]


@pytest.mark.parametrize("code", ["hi", "web-common"])
def test_lookup_with_the_memos_full_is_the_lookup_with_them(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    prof = load_profile(code)
    lines = _literal_lines(prof)
    with monkeypatch.context() as m:
        m.setattr(chrome, "_MEMO_MAX", 0)  # nothing memoised: every set of literals computed afresh
        fresh = chrome_reasons(lines, prof)
    assert chrome_reasons(lines, prof) == fresh  # (memoised by the first call of the module's tests)
    assert chrome_reasons(lines, prof) == fresh


def test_started_searches_are_each_literals_searches_once_in_order() -> None:
    for code in ("hi", "web-common"):
        index = chrome._rule_index(load_profile(code))
        for ss in index.starts.values():
            for k in range(1, len(ss) + 1):
                lits = ss[:k]
                every = [f for x in lits for f in index.started_by[x]]
                assert list(chrome._started_searches(index, lits)) == list(dict.fromkeys(every))


def test_gated_searches_are_the_former_per_line_lists() -> None:
    for code in ("hi", "web-common"):
        index = chrome._rule_index(load_profile(code))
        lits = sorted(index.needed_by)
        for k in range(len(lits)):
            found = frozenset(lits[k:k + 3])
            may = sorted({e for x in found for e in index.needed_by.get(x, ())})
            every, no_digit = chrome._gated_searches(index, found)
            assert list(every) == [index.gated[e] for e in may]
            assert list(no_digit) == [index.gated[e] for e in may if not index.gated_digit[e]]
            assert (no_digit is every) == (len(no_digit) == len(every))


_WORDS = ["photo", "image", "e-mail", "email", "e", "x", "on", "posted", "updated", "by", "read", "more", "the", "jan",
          "may", "mar", "2024", "12", "10:30", "am", ":", "-", "|", "©", "(c)", "»", "copyright", "all", "rights",
          "reserved", "comments", "replies", "(3)", "follow", "us", "facebook", "twitter", "फोटो", "सोशल", "मीडिया",
          "यह", "भी", "पढ़ें", "मई", "२०२४", "दिसंबर", "शेयर", "करें", "K", "ǅ", "ß", "ﬁ", "İ"]
# ("ß", "ﬁ", "İ" case fold to two characters: on a line with an edge character the key drops, "© ß ß", the line was
# as long as its key, and the lookup read the key as the raw line until session 16 compared the folded line's length)


@settings(max_examples=250, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8).map(" ".join)
                | st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map("  ".join), min_size=1, max_size=10),
       st.sampled_from(["web-common", "hi"]))
def test_generated_lines_are_the_reference(lines: list[str], code: str) -> None:
    prof = load_profile(code)
    assert chrome_reasons(lines, prof) == [ref.chrome_reason(ln, prof) for ln in lines]


def test_a_copyright_line_whose_letters_fold_longer_is_the_reference() -> None:
    prof = load_profile("web-common")
    lines = ["© ß ß", "© Straße GmbH", "Copyright © 2024 Müller & Söhne. All rights reserved.", "© ﬁne ﬁlms"]
    expected = [ref.chrome_reason(ln, prof) for ln in lines]
    assert expected[0] == "legal"  # the reference reads the "©"
    assert chrome_reasons(lines, prof) == expected


# -- chrome: the sentence gate's second search, one per first character -----------------------------------------
def ref_hits(pattern: re.Pattern[str] | None, texts: list[str]) -> dict[int, set[str]]:
    """The former ``chrome._hits``: the indexes of ``texts`` in which ``pattern`` finds a match (mapped to the first
    match), one scan of them all joined by newlines, resumed after each hit at the next text."""
    found: dict[int, set[str]] = {}
    if pattern is None or not texts:
        return found
    joined = "\n".join(texts)
    m = pattern.search(joined)
    if m is None:
        return found
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    while m is not None:
        k = bisect_right(starts, m.start()) - 1
        found.setdefault(k, set()).add(m.group())
        if k + 1 < len(starts):
            m = pattern.search(joined, starts[k + 1])
        else:
            break
    return found


def _inside_literal_texts(prof: LanguageProfile) -> list[str]:
    index = chrome._rule_index(prof, parts=True)
    out = []
    for w in sorted({*index.needed_by, *(p for _, p in index.contains)}):
        out += [w, f"x{w}y", w.replace(" ", "  "), w.replace(" ", "\t"), w.replace(" ", "\u3000"), f"उन्होंने {w} कहा",
                w[: len(w) // 2], f"{w[:1]} {w[1:]}", w.replace(" ", "\n")]
    return out


@pytest.mark.parametrize("code", available_profiles())
def test_inside_searches_find_the_sentences_the_one_trie_finds(code: str) -> None:
    prof = load_profile(code)
    gates = chrome._part_gates(prof)
    texts = _inside_literal_texts(prof)
    if gates is None or gates[1] is None:
        return  # (no second search: nothing to split)
    one = set(ref_hits(gates[1], [t.casefold() for t in texts]))
    assert chrome._hit_texts(chrome._part_inside(prof), [t.casefold() for t in texts]) == one
    assert one  # (the literals are found)
    # every text alone, and the texts in other orders
    for k in range(0, len(texts), 7):
        chunk = [t.casefold() for t in texts[k:k + 7]]
        assert chrome._hit_texts(chrome._part_inside(prof), chunk) == set(ref_hits(gates[1], chunk))
        assert chrome._hit_texts(chrome._part_inside(prof), chunk[::-1]) == set(ref_hits(gates[1], chunk[::-1]))


_INSIDE_WORDS = ["follow", "फॉलो", "करें", "सब्सक्राइब", "whatsapp", "चैनल", "join", "जुड़े", "log", "in", "visit",
                 "updated", "disclaimer", "डिस्क्लेमर", "की", "पुलिस", "ने", "the", "a", "क", "स", "प", "c", "s", "t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_INSIDE_WORDS), max_size=8).map(" ".join)
                | st.lists(st.sampled_from(_INSIDE_WORDS), max_size=5).map("".join), max_size=12),
       st.sampled_from(["hi", "web-common"]))
def test_inside_searches_on_generated_sentences(texts: list[str], code: str) -> None:
    prof = load_profile(code)
    gates = chrome._part_gates(prof)
    assert gates is not None
    assert gates[1] is not None
    assert chrome._hit_texts(chrome._part_inside(prof), texts) == set(ref_hits(gates[1], texts))


# -- structure: the poll rule only on a page with a poll label ---------------------------------------------------
class _EveryReason(list[str | None]):
    """A lexicon that says it holds every reason: structural_reasons then looks for poll labels line by line, as it
    did on every page before (the reasons read line by line are the list's own)."""

    def __contains__(self, reason: object) -> bool:
        return True


_POLL_LINES = ["आपका मत", "क्या सरकार को यह कानून वापस लेना चाहिए?", "Poll", "Will it rain tomorrow?", "Yes", "No",
               "", " ", "पुलिस ने बताया कि आरोपी को गिरफ्तार कर लिया गया है और जांच जारी है।", "Home", "Share",
               "What do you think؟", "The minister said on Monday that the plan would be announced next week."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_POLL_LINES), st.sampled_from([None, None, "poll", "share", "read_more"])),
                max_size=30),
       st.sampled_from(["hi", "web-common"]))
def test_poll_rule_guard_decides_as_the_line_by_line_look(page: list[tuple[str, str | None]], code: str) -> None:
    prof = load_profile(code)
    lines = [ln for ln, _ in page]
    lex = [r for _, r in page]
    assert structural_reasons(lines, prof, lex) == structural_reasons(lines, prof, _EveryReason(lex))
    real = chrome_reasons(lines, prof)
    assert structural_reasons(lines, prof, real) == structural_reasons(lines, prof, _EveryReason(real))


# -- chrome_repeats: the scan's folds ---------------------------------------------------------------------------
def test_split_only_test_is_the_class_search() -> None:
    texts = ["", "a", "\x1b", "\x20", "a\x1cb", "\x1d", "x\x1e", "\x1fz", "नमस्ते\x1c", "नमस्ते", "\u2028\x85\xa0",
             "".join(map(chr, range(0x1c))), "".join(map(chr, range(0x20, 0x3000)))]
    for t in texts:
        assert R._has_split_only(t) == (R._SPLIT_ONLY.search(t) is not None), repr(t)


def test_scan_of_real_looking_pages_is_the_former_scan() -> None:
    stage = R.ChromeRepeatsStage()
    hindi = ["होम | देश | विदेश", "नई दिल्ली, 12 मई 2024", "पुलिस ने बताया कि आरोपी को गिरफ्तार कर लिया गया है।",
             "राज्य सरकार ने किसानों के लिए नई योजना की घोषणा की, जिससे लाखों परिवारों को लाभ मिलेगा।", "शेयर करें",
             "यह भी पढ़ें", "", "ऽ", "© 2024 समाचार डॉट कॉम"]
    english = ["Home", "News", "Posted on March 3, 2024 by Admin",
               "The minister said the new rules will apply to every school in the state from June, and that the budget "
               "would follow.", "Share this:", "Twitter", "Facebook", "Related", "12 comments",
               "Copyright © 2024 Example Inc. All rights reserved."]
    for lines in (hindi, english, hindi + english, english[::-1], [*hindi, "\x1c x y", *english]):
        for k in range(len(lines)):
            text = "\n".join(lines[k:] + lines[:k])
            for site in ("nagar-samachar.example.in", "file:x.jsonl"):
                sc = stage._scan(Document(id="d", text=text, source="t"), site)
                assert (sc.keys, sc.pairs) == ref_scan(text, site)
