"""The chrome stage's cost round (session 15): each fast path computes what its former definition computed.

* ``structure._article_bounds`` is ``min``/``max`` of the kept body lines and every body line that reads as
  prose (the former set comprehension asked ``reads_as_prose`` of every body line);
* ``structure._inline_menus`` answers an empty set at once for a page without a separator character, and
  ``structural_reasons`` looks for a separator line only when nothing else shows chrome: the same reasons as
  the former definitions (kept here) on real-looking Hindi and English pages;
* ``chrome_reasons`` finds the line of each match of the menu gate by counting newlines on from the last
  match's, not by a table of the lines' ends: covered by ``test_chrome_batch`` (a document at once against the
  reference line by line, menus included) and by the one-line menus below;
* the literals of the gated patterns and contained phrases are searched by one trie per first character
  (``chrome._any_literal``, ``chrome._every_hit``): the same literals in the same lines as the one trie of them
  all (the former search, kept here);
* a started pattern is searched, one by one, on a line that starts with one of its own literals
  (``_RuleIndex.started_by``): a line the joined search of them all matches, and only such a line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.lang.profile import LanguageProfile, available_profiles, load_profile
from shuddh.stages.clean import chrome, structure
from shuddh.stages.clean.chrome import chrome_reasons
from shuddh.stages.clean.structure import structural_reasons
from shuddh.text.normalize import menu_items
from tests.unit.stages.test_chrome_repeats_text import _pages


# -- the former definitions ---------------------------------------------------------------------------------
def ref_bounds(body: list[int], kept_body: set[int], inner: dict[int, bool]) -> tuple[int, int]:
    x = kept_body | {i for i in body if inner[i]}
    return min(x), max(x)


def ref_inline_menus(lines: Sequence[str], idx: list[int], lexicon: Sequence[str | None],
                     profile: LanguageProfile) -> set[int]:
    marks = frozenset(profile.threshold("runon_markers", ()))
    shape = {i: len(items) for i in idx
             if lexicon[i] is None and ("|" in lines[i] or "»" in lines[i] or "›" in lines[i])
             and (items := menu_items(lines[i], marks)) is not None}
    if not shape:
        return set()
    nxt = dict(pairwise(idx))
    prev = {b: a for a, b in nxt.items()}

    def cells(j: int | None) -> int:
        return 0 if j is None else len([c for c in structure._MENU_SPLIT.split(lines[j]) if c.strip()])

    return {i for i, n in shape.items() if cells(prev.get(i)) != n and cells(nxt.get(i)) != n}


# -- structure ----------------------------------------------------------------------------------------------
@st.composite
def _blocks(draw: st.DrawFn) -> tuple[list[int], set[int], dict[int, bool]]:
    body = sorted(draw(st.sets(st.integers(0, 80), min_size=1, max_size=30)))
    kept = draw(st.sets(st.sampled_from(body), min_size=1))
    inner = {i: draw(st.booleans()) for i in body}
    return body, kept, inner


@settings(max_examples=500, deadline=None)
@given(_blocks())
def test_article_bounds_are_the_bounds_of_the_former_set(case: tuple[list[int], set[int], dict[int, bool]]) -> None:
    body, kept, inner = case
    asked: list[int] = []

    def test(i: int) -> bool:
        asked.append(i)
        return inner[i]

    assert structure._article_bounds(body, kept, test) == ref_bounds(body, kept, inner)
    assert all(i < min(kept) or i > max(kept) for i in asked)  # never a line inside the kept span


_HI_PAGE = ["होम | देश | विदेश | खेल", "|", "मनोरंजन", "राज्य", "दुनिया",
            "पुलिस ने बताया कि आरोपी को गिरफ्तार कर लिया गया है और जांच जारी है।",
            "यह भी पढ़ें", "नए पुल का उद्घाटन", "बारिश से फसलें खराब",
            "मौसम विभाग ने अगले तीन दिन भारी बारिश का अनुमान जताया है। लोग घरों में रहें।",
            "राम | 2001 | नायक", "श्याम | 2003 | खलनायक", "» संपर्क » हमारे बारे में",
            "आपका मत", "क्या सरकार को यह कानून वापस लेना चाहिए?", "Copyright © 2024 Nagar Samachar"]
_EN_PAGE = ["Home", "News", "Sports", "Read more", "The minister said on Monday that the plan would be "
            "announced next week, after the talks.", "Related Articles", "Storm hits the coast", "Markets rally",
            "Home » News » India", "—", "Follow us on Twitter", "Privacy Policy | Terms of Use | Contact",
            "The court will hear the case again on Monday. It adjourned the hearing twice.", "Share", "Tweet",
            "Email", "Advertisement", "Poll", "Will it rain tomorrow?", "A list:", "one", "two", "three"]


def _former_structural(lines: list[str], prof: LanguageProfile, lex: list[str | None],
                       monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """structural_reasons with the former inline menus and article bounds."""
    with monkeypatch.context() as m:
        m.setattr(structure, "_inline_menus", lambda lines, idx, lexicon, profile, text:
                  ref_inline_menus(lines, idx, lexicon, profile))
        m.setattr(structure, "_article_bounds", lambda body, kept, inner:
                  ref_bounds(body, kept, {i: inner(i) for i in body}))
        return structural_reasons(lines, prof, lex)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_HI_PAGE + _EN_PAGE + ["", " "]), max_size=40),
       st.sampled_from(["hi", "web-common"]))
def test_structural_reasons_are_the_former_ones_on_generated_pages(lines: list[str], code: str) -> None:
    prof = load_profile(code)
    lex = chrome_reasons(lines, prof)
    with pytest.MonkeyPatch.context() as mp:
        assert structural_reasons(lines, prof, lex) == _former_structural(lines, prof, lex, mp)


@pytest.mark.parametrize("code", ["hi", "web-common"])
def test_structural_reasons_are_the_former_ones_on_real_pages(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    prof = load_profile(code)
    for page in [p["text"] for p in _pages()] + ["\n".join(_HI_PAGE), "\n".join(_EN_PAGE)]:
        lines = page.split("\n")
        lex = chrome_reasons(lines, prof)
        assert structural_reasons(lines, prof, lex) == _former_structural(lines, prof, lex, monkeypatch)
        ends = list(structure._inline_menus(lines, [i for i, ln in enumerate(lines) if ln.strip()], lex, prof, page))
        assert sorted(ends) == sorted(ref_inline_menus(lines, [i for i, ln in enumerate(lines) if ln.strip()], lex,
                                                       prof))


# -- chrome: the gate literals by first character, the started searches by literal ---------------------------
def _gate_literals(prof: LanguageProfile, parts: bool) -> list[str]:
    """The literals _build_index gives _any_literal."""
    rules = tuple(r for r in prof.chrome_rules if r.reason in chrome.PART_REASONS) if parts else prof.chrome_rules
    gates = chrome._gated([p for rule in rules for p in rule.patterns])
    phrases = [p for rule in rules for p in rule.contains]
    return [*gates["literals"], *([] if not all(phrases) else phrases)]


def ref_gate(literals: list[str]) -> re.Pattern[str] | None:
    kept = chrome._minimal(literals)
    return re.compile(chrome._trie_pattern(kept, re.escape)) if kept else None


_GATE_WORDS = ["read", "more", "mar", "march", "summary", "may", "©", "copyright", "says:", "cookies", "and", "log",
               "blog", "updated", "यह", "भी", "पढ़ें", "करें", "क्लिक", "फॉलो", "", " ", "  ", "।", "(", ")", "jan"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_GATE_WORDS), max_size=10).map("".join), max_size=12))
def test_gate_by_first_character_finds_what_the_one_trie_found(texts: list[str]) -> None:
    for code in ("hi", "ur", "web-common"):
        prof = load_profile(code)
        for parts in (False, True):
            lits = _gate_literals(prof, parts)
            assert chrome._every_hit(chrome._rule_index(prof, parts).gate, texts) == ref_hits(ref_gate(lits), texts)


@pytest.mark.parametrize("code", available_profiles())
def test_gate_by_first_character_on_every_profiles_literals(code: str) -> None:
    prof = load_profile(code)
    for parts in (False, True):
        lits = _gate_literals(prof, parts)
        texts = [f"x{w}y {w.upper()} {w}" for w in lits] + [" ".join(lits)]
        assert chrome._every_hit(chrome._rule_index(prof, parts).gate, texts) == ref_hits(ref_gate(lits), texts)


def ref_hits(pattern: re.Pattern[str] | None, texts: list[str]) -> dict[int, set[str]]:
    """The former ``_hits(pattern, texts, every=True)``."""
    found: dict[int, set[str]] = {}
    if pattern is None or not texts:
        return found
    joined = "\n".join(texts)
    starts = [0]
    for t in texts[:-1]:
        starts.append(starts[-1] + len(t) + 1)
    m = pattern.search(joined)
    while m is not None:
        k = max(j for j, x in enumerate(starts) if x <= m.start())
        found.setdefault(k, set()).add(m.group())
        m = pattern.search(joined, m.start() + 1)
    return found


def ref_started(index: chrome._RuleIndex) -> list[regex.Pattern[str]]:
    """The former ``index.started``: the started searches, the anchored ones without a back-reference joined into
    one ``^(?:a|b|…)`` per flag set, the others one by one."""
    distinct = list({id(f): f for fs in index.started_by.values() for f in fs}.values())
    searches: list[regex.Pattern[str]] = []
    joined: dict[int, list[str]] = {}
    for f in distinct:
        if f.pattern.startswith("^") and chrome._BACKREF.search(f.pattern) is None:
            joined.setdefault(f.flags, []).append(f.pattern[1:])
        else:
            searches.append(f)
    for flags, bodies in joined.items():
        searches.insert(0, regex.compile("^(?:" + "|".join(f"(?:{x})" for x in bodies) + ")", flags))
    return searches


@pytest.mark.parametrize("code", available_profiles())
def test_started_searches_by_literal_match_the_lines_the_joined_search_matches(code: str) -> None:
    index = chrome._rule_index(load_profile(code))
    started = ref_started(index)
    lines = [v for xs in index.starts.values() for x in xs
             for v in (x, f"{x} 2024", f"{x}: photo", f"{x} 12 hours ago", f"{x}x", f"{x} - reuters",
                       f"{x} on twitter facebook", f"{x} 5 min read", f"{x} (ap)")]
    for t in [*lines, "photo: reuters", "(with inputs from pti)", "e-mail", "x"]:
        ss = index.starts.get(t[:1])
        joined = ss is not None and t.startswith(ss) and any(f.search(t) is not None for f in started)
        alone = ss is not None and any(f.search(t) is not None for x in ss if t.startswith(x)
                                       for f in index.started_by[x])
        assert joined == alone, t
