"""The chrome stage's second cost round of session 18 changes no decision (``chrome``).

* ``chrome._cut_many``: a line's last sentence gap found by one match of ``_LAST_GAP`` (a greedy ``.*`` before the gap)
  after a search for its first, where a loop went over every gap of the line.
* ``chrome.chrome_reasons``: in a document without whitespace to collapse, a line too long for a one-line menu whose
  key would hold ``max_words`` spaces or more, and more than any exact phrase (``_many_spaces``, counted on the line
  itself), is neither case folded nor keyed; the sentences cut from a line's edge that none of the part gates lets
  through end the lookup at once.
* ``header.HeaderStage.map``: the first three non-empty lines read off the text by ``str.find``, not a split of the
  whole document; the text from the title on cut from the text, not joined from the lines.

Oracle: the former definitions, verbatim (``_FORMER_CHROME``, ``_FORMER_HEADER_MAP``), run against the modules' own
helpers; the stage end to end (``clean_lines`` with and without cuts) with them put back. On every shipped profile,
the rules' own literals, real Hindi and English pages (the Hindi crawl's ~4 KB pieces when ``../shared`` is there) and
generated lines.
"""

from __future__ import annotations

import random
import sys
import types
from collections.abc import Callable
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.document import Document
from shuddh.lang.profile import available_profiles, load_profile
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.clean import chrome, header
from shuddh.stages.clean.header import HeaderStage
from tests.unit.perf_equivalence.test_chrome_cost_round import _EN_PAGE, _HI_PAGE
from tests.unit.perf_equivalence.test_chrome_cost_round_18 import _CRAWL, _crawl_pieces
from tests.unit.perf_equivalence.test_line_stages_round16 import _literal_lines
from tests.unit.stages.test_chrome_repeats_text import _pages

# -- the former definitions, verbatim ------------------------------------------------------------------------------
_FORMER_CHROME = r'''
def chrome_reasons(lines: Sequence[str], profile: LanguageProfile, *, parts: bool = False) -> list[str | None]:
    """``[chrome_reason(line, profile, parts=parts) for line in lines]``, with the work that a line's
    words need done once for all the lines (a document's): one case fold, one search for the contained
    phrases and one for the literals the patterns need (:func:`_every_hit`) — each test that finds nothing in
    the document is skipped on every line."""
    index = _rule_index(profile, parts)
    none = len(index.reasons)
    reasons = index.reasons
    limit = profile.chrome_max_words * 25
    lines = _spelling_folded(lines)
    max_words = profile.chrome_max_words
    out: list[str | None] = [None] * len(lines)
    # a line far longer than max_words words can only match an exact rule, and no exact phrase is
    # that long: skip it without building its key (most article paragraphs end here)
    small = [i for i, ln in enumerate(lines) if len(ln) <= limit]
    if not small:
        return out
    text = "\n".join([lines[i] for i in small])
    folded = text.casefold().split("\n")
    newline = len(folded) != len(small)
    if newline:  # a line held a newline: fold line by line
        folded = [lines[i].casefold() for i in small]
    gates = _part_gates(profile) if parts else None
    if gates is not None:
        # only the sentences that may match a rule (nearly all sentences cut from a line's edge do not)
        start, inside = gates
        found_inside = _hit_texts(_part_inside(profile), folded) if inside is not None else set()
        may = [k for k, s in enumerate(folded) if k in found_inside or (start is not None and start.match(s))]
        small, folded = [small[k] for k in may], [folded[k] for k in may]
        # whitespace to collapse is looked for in these alone: only their keys are built (the sentences of the
        # Hindi crawl's ~4 KB pieces looked up in ~0.0248 instead of ~0.0267 ms per piece, session 18)
        text = "\n".join([lines[i] for i in small])
    spaces = newline or "  " in text or _OTHER_SPACE.search(text) is not None
    # per short line: its index, key, and the best rule position of its exact phrase and prefixes
    todo: list[tuple[int, str, int]] = []
    folds: list[str] = []  # the case-folded line of each entry of todo
    kept_chars = _KEPT_CHARS
    for i, s in zip(small, folded, strict=True):
        if not s:
            continue
        if spaces:
            key = folded_key(s, spaces)
        else:
            # no whitespace to collapse: the key is the line less its edge characters (_kept), found by a few
            # dict lookups at each end instead of two searches (an edge character known to be kept, as most are,
            # answers without the function: ~0.02 ms per English wcxb page)
            a, b = 0, len(s)
            if not kept_chars.get(s[0]):
                while a < b and not _kept(s[a]):
                    a += 1
            if not kept_chars.get(s[-1]):
                while b > a and not _kept(s[b - 1]):
                    b -= 1
            key = s[a:b]
        if not key:
            continue
        best = index.exact.get(key, none)
        # whitespace tokens approximate words well enough for a length guard, at a fraction of the cost
        if key.count(" ") < max_words:
            entries = index.prefix_by_char.get(key[0], index.prefix_other)
            # a phrase that matches is a prefix of the key: a key that starts with none skips the loop
            if entries and key.startswith(index.prefix_heads.get(key[0], ("",))):
                for r, p in entries:
                    if r >= best:
                        break
                    if _starts_with_phrase(key, p):
                        best = r
                        break
            todo.append((i, key, best))
            folds.append(s)
        if best < none:  # the reason unless a contained phrase or a pattern of an earlier rule matches too
            out[i] = reasons[best]
    keys = [key for _, key, _ in todo]
    # the literals of the contained phrases and of the gated patterns in each line: one scan of all keys
    found = _every_hit(index.gate, keys)
    first_pattern = index.patterns[0][0] if index.patterns else none
    raws = keys
    other: list[int] = []  # the entries whose raw line is not their key
    gated = found
    if index.patterns and not parts:
        # patterns also see the line with its edge symbols: the key drops a leading "©" (a sentence
        # cut from a line is matched on its key alone: half the searches, and no "©" line is a part)
        # (raw == key unless the folded line has edge symbols or spaces to collapse, which change its length; the
        # folded line's length, not the line's: "ß" folds to "ss", and "© ß ß" was as long as its key "ss ss")
        # (without whitespace to collapse, " ".join(casefold(line).split()) is the folded line less its edge
        # spaces)
        raws = [key if len(f.strip()) == len(key) else (f.strip(" ") if not spaces else
                " ".join(lines[i].casefold().split())) for (i, key, _), f in zip(todo, folds, strict=True)]
        other = [k for k, (raw, key) in enumerate(zip(raws, keys, strict=True)) if raw != key]
        if index.gated and other:
            gated = {k: set(v) for k, v in found.items()}
            if spaces or index.edge_literals is None:
                for k, lits in _every_hit(index.gate, [raws[k] for k in other]).items():
                    gated.setdefault(other[k], set()).update(lits)
            elif index.edge_literals:
                # without whitespace to collapse a raw line is its key with edge characters before and after:
                # a literal there that is not in the key starts or ends with one (an edge literal), so the
                # literals of the raw line are the key's and the edge literals it holds (one scan of the
                # keys, not a second one of the raw lines: ~0.1 ms per English wcxb page)
                for k in other:
                    held = [x for x in index.edge_literals if x in raws[k]]
                    if held:
                        gated.setdefault(k, set()).update(held)
    # the lines where a contained phrase or a pattern may match: the others keep the reason set above (each
    # test below needs a gate literal in the line or a started literal at its start, unless a contained phrase
    # is empty or a pattern is searched on every line)
    need: Iterable[int]
    if index.always or (index.contains and index.contains_all):
        need = range(len(todo))
    else:
        may_need = set(found).union(gated)
        starts = index.starts
        if starts:
            for k, t in enumerate(keys):
                ss = starts.get(t[:1])
                if ss is not None and t.startswith(ss):
                    may_need.add(k)
            # the raw lines that are not their keys (other: the raw line of any other entry is its key, just tested;
            # testing every raw line again cost ~0.01 ms per English wcxb page)
            for k in other:
                t = raws[k]
                ss = starts.get(t[:1])
                if ss is not None and t.startswith(ss):
                    may_need.add(k)
        need = sorted(may_need)
    for k in need:
        i, key, best = todo[k]
        if index.contains and index.contains_all:
            for r, p in index.contains:
                if r >= best:
                    break
                if p in key:
                    best = r
                    break
        elif index.contains and not index.contains_kept.isdisjoint(found.get(k, ())):
            # the phrases that hold a literal found in the line, in rule order (a phrase in the line holds
            # the literals inside it, all found): the first one in the line, as the loop above finds it
            for j in sorted({j for x in found[k] if x in index.contains_kept for j in index.contains_at[x]}):
                r, p = index.contains[j]
                if r >= best:
                    break
                if p in key:
                    best = r
                    break
        if first_pattern < best:
            raw = raws[k]
            texts = (key,) if raw == key else (key, raw)
            # the searches that may match, each with the text(s) it is tried on
            started: list[tuple[regex.Pattern[str], str]] = []
            if index.starts:
                # a started search matches a text only if the text starts with one of its literals: each text is
                # searched by the searches of the literals it starts with, one by one (the joined search of them
                # all, on every text once one starts so, cost ~0.015 ms more per English wcxb page); each search
                # once (:func:`_started_searches`: a search several of those literals start is not searched again)
                for t in texts:
                    ss = index.starts.get(t[:1])
                    if ss is not None and t.startswith(ss):
                        started += [(f, t) for f in _started_searches(index, tuple(x for x in ss if t.startswith(x)))]
            searches: tuple[regex.Pattern[str], ...] = ()
            if k in gated:
                # the searches the literals found may stand for, those that need no digit apart (memoised per set of
                # literals: :func:`_gated_searches`)
                every, no_digit = _gated_searches(index, frozenset(gated[k]))
                searches = every if every is no_digit or any(_DIGIT.search(t) for t in texts) else no_digit
            hit = bool(index.always) and any(f.search(t) is not None for f in index.always for t in texts)
            if not hit:
                for f, t in started:
                    if f.search(t) is not None:
                        hit = True
                        break
            if not hit:
                for f in searches:
                    if f.search(key) is not None or (raw is not key and f.search(raw) is not None):
                        hit = True
                        break
            if hit:
                # only the patterns of those searches can match (``pattern_at``)
                pattern_at = index.pattern_at
                for j in sorted({j for f in (*index.always, *(f for f, _ in started), *searches)
                                 for j in pattern_at[id(f)]}):
                    r, pat = index.patterns[j]
                    if r >= best:
                        break
                    if pat.search(key) or (raw is not key and pat.search(raw)):
                        best = r
                        break
        if best < none:
            out[i] = reasons[best]
    menu = index.menu  # (None in the index of the part rules)
    if menu is not None:
        if text.count("\n") == len(small) - 1:
            # the lines that start with a menu item's first word: found in the document at once (a match starts at
            # the newline before its line: the line's place in small is the newlines before it, counted on from
            # the last match's; a table of the lines' ends cost ~0.01 ms more per English wcxb page)
            framed = f"\n{text}\n"
            candidates = []
            k = at = 0
            for g in menu.gate.finditer(framed):
                k += framed.count("\n", at, g.start())
                at = g.start()
                candidates.append(small[k])
        else:  # a line held a newline
            candidates = small
        for i in candidates:
            if out[i] is None and menu_run(lines[i], menu):
                out[i] = menu.reason
    return out


def _cut_many(lines: list[str], profile: LanguageProfile) -> list[tuple[str, list[tuple[str, str]]]]:
    """``[cut_parts(line, profile) for line in lines]``, with the last and the first sentence of all the lines
    looked up in one :func:`chrome_reasons` call. A line whose last sentence is cut (a few in a thousand) goes
    through :func:`cut_parts` itself (its first sentence's lookup is not used), and so does a line that ends
    with ")" where any of the pieces :func:`cut_parts` looks up first is chrome (:func:`_paren_pieces`)."""
    reach = profile.chrome_max_words * 25
    out: list[tuple[str, list[tuple[str, str]]] | None] = [None] * len(lines)
    ends: list[int] = []
    heads: list[tuple[int, int]] = []
    pieces: list[str] = []
    firsts: list[str] = []
    parens: list[int] = []  # a line ending with ")", once per piece of it looked up
    paren_pieces: list[str] = []
    for k, line in enumerate(lines):
        if line.endswith(")"):
            for piece in _paren_pieces(line, reach):
                parens.append(k)
                paren_pieces.append(piece)
            continue
        if len(line) <= reach:
            # both gaps from one scan: the first match and the last (gaps never overlap)
            first = last = None
            for last in _SENTENCE_GAP.finditer(line):
                if first is None:
                    first = last
        else:
            last = _last_gap(line, len(line) - reach)
            first = _SENTENCE_GAP.search(line, 0, reach)
        if last is not None:
            ends.append(k)
            pieces.append(line[last.end(1):])
        if first is not None and line.count(" ", 0, first.start(1)) < _HEAD_MAX_WORDS:
            heads.append((k, first.end(1)))
            firsts.append(line[:first.start(1)])
    reasons = _part_reasons(pieces + firsts + paren_pieces, profile)
    for k, reason in zip(ends, reasons, strict=False):
        if reason is not None:
            # the last sentence is chrome: the line is cut at its end if enough is left (and maybe again)
            out[k] = cut_parts(lines[k], profile)
    n_heads = len(ends) + len(firsts)
    for (k, cut), reason in zip(heads, reasons[len(ends):n_heads], strict=True):
        if out[k] is None and reason is not None and reason != "read_more" and _enough(lines[k][cut:]):
            out[k] = (lines[k][cut:], [(reason, lines[k][:cut])])
    for k, reason in zip(parens, reasons[n_heads:], strict=True):
        if reason is not None and out[k] is None:
            out[k] = cut_parts(lines[k], profile)
    return [(line, []) if x is None else x for line, x in zip(lines, out, strict=True)]
'''
_FORMER_HEADER_MAP = r'''
def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
    lines = doc.text.split("\n")
    # the first three non-empty lines are all the rule looks at
    idx = list(islice((i for i, ln in enumerate(lines) if ln), 3))
    if len(idx) < 2:
        return doc
    first, second = lines[idx[0]], lines[idx[1]]
    third = lines[idx[2]] if len(idx) > 2 else ""
    crumbs = self._label(first)
    if crumbs is not None and len(crumbs) == 1 and _has_words(first, _HEADLINE_MIN_WORDS) and _has_words(
            second, _DECK_MIN_WORDS):
        # a headline over its deck ("Making Google Sans Flex" / "How seven design problems shaped Google's iconic
        # typeface — from …"), not a section label over a headline: a label of several words does not stand
        # over a title of a dozen or more (the labels of wcxb TUNE pages that are followed by one: 1 of 26)
        crumbs = None
    if crumbs is not None and self._title(second) and self._body(third):
        doc.metadata.setdefault("section", crumbs[-1])
        if len(crumbs) > 1:
            doc.metadata.setdefault("breadcrumb", crumbs)
        doc.metadata.setdefault("title", second)
        for i in range(idx[1]):  # the label, and blank lines before the title
            if i == idx[0]:
                ctx.remove_line("header.section_label", first, doc, i)
            else:
                ctx.record_blank(doc, i)
        ctx.count("titles_found")
        rest = lines[idx[1]:]
        doc.text = "\n".join(rest)
    elif self._title(first) and self._body(second):
        doc.metadata.setdefault("title", first)
        ctx.count("titles_found")
    return doc
'''


def _former() -> dict[str, Any]:
    """chrome's namespace with the former ``chrome_reasons`` and ``_cut_many``, and the functions that call them
    (unchanged) bound to it."""
    ns = dict(vars(chrome))
    exec(_FORMER_CHROME, ns)  # the former definitions, verbatim
    # with the gates session 23 put after the lookup (chrome._call_gates: a behaviour change, not a cost round's)
    former_reasons = ns["chrome_reasons"]

    def chrome_reasons(lines: Any, profile: Any, *, parts: bool = False) -> list[str | None]:
        return chrome._call_gates(former_reasons(lines, profile, parts=parts), chrome._spelling_folded(lines),
                                  profile)

    ns["chrome_reasons"] = chrome_reasons
    for name in ("chrome_reason", "_part_reason", "_part_reasons", "cut_parts", "clean_lines"):
        f = getattr(chrome, name)
        ns[name] = types.FunctionType(f.__code__, ns, f.__name__, f.__defaults__, f.__closure__)
        ns[name].__kwdefaults__ = f.__kwdefaults__
    return ns


FORMER = _former()


def _former_header() -> type[HeaderStage]:
    """HeaderStage with the former ``map``, run against header's own helpers."""
    ns = dict(vars(header))
    exec(_FORMER_HEADER_MAP, ns)  # the former definition, verbatim
    return type("FormerHeader", (HeaderStage,), {"map": ns["map"]})


FormerHeader = _former_header()


def _same_header(text: str, code: str) -> None:
    """The header stage's document (text, metadata, audit trail) and statistics: as before."""
    got = []
    for stage in (HeaderStage(profile=code), FormerHeader(profile=code)):
        stats = StageStats("header")
        doc = stage.map(Document(id="d", text=text, source="s"), StageContext(stats))
        assert isinstance(doc, Document)
        got.append((doc.text, doc.metadata, doc.removed, stats.counters, stats.lines_removed, stats.samples))
    assert got[0] == got[1], text


def _same_cleaning(text: str, code: str) -> None:
    """The lexicon lookup (whole lines and sentences), the cuts of the lines and clean_lines with and without cuts: as
    before."""
    prof = load_profile(code)
    lines = text.split("\n")
    for parts in (False, True):
        got = chrome.chrome_reasons(lines, prof, parts=parts)
        assert got == FORMER["chrome_reasons"](lines, prof, parts=parts), text
    assert chrome._cut_many(lines, prof) == FORMER["_cut_many"](lines, prof), text
    for cut in (False, True):
        new_cuts: dict[int, list[tuple[str, str]]] | None = {} if cut else None
        old_cuts: dict[int, list[tuple[str, str]]] | None = {} if cut else None
        new_lines, old_lines = list(lines), list(lines)
        assert chrome.clean_lines(new_lines, prof, cuts=new_cuts) == FORMER["clean_lines"](old_lines, prof,
                                                                                            cuts=old_cuts), text
        assert (new_lines, new_cuts) == (old_lines, old_cuts), text
    _same_header(text, code)


# -- real pages ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code", ["hi", "web-common"])
def test_pages_are_cleaned_as_before(code: str) -> None:
    for page in [p["text"] for p in _pages()] + ["\n".join(_HI_PAGE), "\n".join(_EN_PAGE)]:
        _same_cleaning(page, code)


@pytest.mark.skipif(not _CRAWL.is_file(), reason="../shared/data/crawl-hindi-news not present")
def test_the_crawls_pieces_are_cleaned_as_before() -> None:
    pieces = _crawl_pieces()
    assert len(pieces) > 500
    for text in pieces:
        _same_cleaning(text, "hi")


@pytest.mark.parametrize("code", available_profiles())
def test_lines_of_the_rules_literals_are_looked_up_as_before(code: str) -> None:
    prof = load_profile(code)
    lines = _literal_lines(prof)
    for parts in (False, True):
        assert chrome.chrome_reasons(lines, prof, parts=parts) == FORMER["chrome_reasons"](lines, prof, parts=parts)
    assert chrome._cut_many(lines, prof) == FORMER["_cut_many"](lines, prof)
    for ln in lines:
        for parts in (False, True):
            assert chrome.chrome_reasons([ln], prof, parts=parts) == FORMER["chrome_reasons"]([ln], prof, parts=parts)


@pytest.mark.parametrize("code", ["hi", "web-common"])
def test_long_lines_newlines_and_folded_spellings_are_looked_up_as_before(code: str) -> None:
    """Lines longer than the limit (before or after the spelling fold), lines holding a newline, a document whose
    spelling fold changes it and one it leaves alone."""
    prof = load_profile(code)
    limit = prof.chrome_max_words * 25
    nukta = "फ़ॉलो करें। यहाँ क्लिक करें‍।"
    docs = [
        ["Home", "x" * (limit + 1), nukta, "Follow us on Twitter."],
        ["क" + "\u093c" * limit, "पढ़ें यह भी।", "a" * limit],
        ["Home\nAbout\nContact", nukta, "Privacy Policy | Terms"],
        ["Home | About | Contact", "Privacy Policy Terms of Service", "Log in / Sign up"],
        ["y" * (limit + 5)],
        [],
    ]
    for lines in docs:
        for parts in (False, True):
            assert chrome.chrome_reasons(lines, prof, parts=parts) == FORMER["chrome_reasons"](lines, prof, parts=parts)
        assert chrome._cut_many(lines, prof) == FORMER["_cut_many"](lines, prof)


def _phrases(code: str) -> list[str]:
    index = chrome._rule_index(load_profile(code))
    return sorted({*index.exact, *(p for ps in index.prefix_by_char.values() for _, p in ps)} - {""})


@pytest.mark.parametrize("code", ["hi", "web-common"])
def test_paragraphs_around_the_word_limit_are_looked_up_as_before(code: str) -> None:
    """Each phrase of the rules opening a paragraph of 35 to 45 words, single-spaced, with and without edge
    punctuation: the limit of spaces decides which lines are keyed."""
    prof = load_profile(code)
    filler = ["नए", "पुल", "का", "उद्घाटन", "आज", "शहर", "में", "हुआ", "और", "लोग"]
    docs = []
    for p in _phrases(code):
        for n in (35, 37, 38, 39, 40, 41, 45):
            words = (p.split(" ") + filler * 6)[:n]
            line = " ".join(words)
            docs.append([f"« {line} »", line + " ।", "Home"])
        docs.append([p + "  " + "  ".join(filler * 3), "Home"])  # 48 spaces, 24 once collapsed
    docs.append(["FAQ RSS API " * 13 + "FAQ", " ".join(["faq"] * 41)])
    for doc in docs:
        assert chrome.chrome_reasons(doc, prof) == FORMER["chrome_reasons"](doc, prof), doc
        _same_cleaning("\n".join(doc), code)


# -- generated text ------------------------------------------------------------------------------------------------
_WORDS = sorted({w for ln in _HI_PAGE + _EN_PAGE for w in ln.split()} | {
    "यह", "भी", "पढ़ें:", "wed,", "mar", "4,", "2020,", "9:12", "am", "ist", "Updated:", "करें", "सब्सक्राइब",
    "(Disclaimer:", "feed.)", "|", "»", "•", "—", "-", ":", "।", "?", "!", "…", "”", "©", "फोटो:", "Photo:", "Follow",
    "us", "on", "Twitter.", "Read", "more:", "PTI", "हमें", "फ़ॉलो", "यहाँ", "Home", "About", "Contact"})
_GAPS = [" ", " ", " ", "  ", "\t", "\u00a0", "\u2003", ". ", "। ", ".” ", "\n"]


@st.composite
def _lines(draw: Callable[..., Any]) -> list[str]:
    out = []
    for _ in range(draw(st.integers(0, 12))):
        ws = draw(st.lists(st.sampled_from(_WORDS), max_size=40))
        gaps = draw(st.lists(st.sampled_from(_GAPS), min_size=len(ws), max_size=len(ws)))
        out.append("".join(w + g for w, g in zip(ws, gaps, strict=True)).rstrip(" ")
                   + draw(st.sampled_from(["", "।", ".", " ।", ")", " "])))
    return out


@settings(max_examples=300, deadline=None)
@given(_lines(), st.sampled_from(["hi", "web-common"]))
def test_generated_pages_are_cleaned_as_before(lines: list[str], code: str) -> None:
    # (a line may hold a newline here: chrome_reasons takes any lines; the page is cut at them too)
    prof = load_profile(code)
    for parts in (False, True):
        assert chrome.chrome_reasons(lines, prof, parts=parts) == FORMER["chrome_reasons"](lines, prof, parts=parts)
    _same_cleaning("\n".join(lines), code)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(st.sampled_from("ab कफ़ .?!।…)\"'”\t\u00a0\u2003\x1c\x85\u3000\n"), max_size=40),
                max_size=8), st.sampled_from(["hi", "web-common"]))
def test_generated_text_is_cut_as_before(lines: list[str], code: str) -> None:
    prof = load_profile(code)
    lines = [ln.replace("\n", " ") for ln in lines]
    assert chrome._cut_many(lines, prof) == FORMER["_cut_many"](lines, prof)


@settings(max_examples=300, deadline=None)
@given(st.data(), st.sampled_from(["hi", "web-common"]))
def test_generated_paragraphs_are_looked_up_as_before(data: st.DataObject, code: str) -> None:
    """Single-spaced lines of 30 to 50 words (no whitespace to collapse), some opening with a phrase of the rules and
    edged with punctuation or symbols."""
    phrases = _phrases(code)
    doc = []
    for _ in range(data.draw(st.integers(1, 5))):
        words = data.draw(st.lists(st.sampled_from(_WORDS), min_size=28, max_size=50))
        if data.draw(st.booleans()):
            words = [data.draw(st.sampled_from(phrases)), *words]
        edge = data.draw(st.sampled_from(["", "« ", "© ", "— ", "। ", "(", "“"]))
        doc.append(edge + " ".join(words) + data.draw(st.sampled_from(["", " ।", ".", " »", ")", " |"])))
    prof = load_profile(code)
    assert chrome.chrome_reasons(doc, prof) == FORMER["chrome_reasons"](doc, prof), doc
    _same_cleaning("\n".join(doc), code)


# -- the facts the new code rests on -------------------------------------------------------------------------------
def test_the_last_gap_match_is_the_last_gap_of_a_forward_scan() -> None:
    alphabet = ".!?।…)\"'”] \t\u00a0\u2003\x1c\x85\u3000कa\n"
    rng = random.Random(18)
    for _ in range(20000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        pos = rng.randint(0, len(line))
        scan = list(chrome._SENTENCE_GAP.finditer(line, pos))
        m = chrome._LAST_GAP.match(line, pos)
        assert (m is None) == (not scan), line
        if m is not None:
            assert m.span(1) == scan[-1].span(1), line


def test_the_case_fold_neither_makes_nor_drops_a_newline() -> None:
    assert [c for c in range(sys.maxunicode + 1) if chr(c).casefold().count("\n") != (chr(c) == "\n")] == []


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["", " ", "दुनिया", "होम » देश » मौसम", "Home > News", "(gloss)", "एक शीर्षक जो छोटा है",
                                 "यह पहला वाक्य है। यह दूसरा वाक्य है।", "A title of a page", "x" * 300]), max_size=6),
       st.sampled_from(["hi", "web-common"]))
def test_generated_headers_are_read_as_before(lines: list[str], code: str) -> None:
    _same_header("\n".join(lines), code)


def test_the_case_fold_keeps_spaces_and_what_a_key_keeps() -> None:
    """What a paragraph's count of spaces before the case fold rests on: the fold of each code point (the fold of a text
    is theirs, one after the other) holds a space only for the space, which it keeps, holds whitespace only for
    whitespace, is never empty, and is made of characters a key keeps at its edges (``_kept``) exactly when the code
    point is one."""
    kept = regex.compile(r"[^\p{P}\p{S}\p{Z}\s]")
    bad = []
    for c in map(chr, range(sys.maxunicode + 1)):
        f = c.casefold()
        flags = [kept.match(x) is not None for x in f]
        if (not f or (" " in f) != (c == " ") or (c == " " and f != " ")
                or any(x.isspace() for x in f) != c.isspace() or set(flags) != {kept.match(c) is not None}):
            bad.append(c)
    assert bad == []
    text = "ΣΑΣ ß ﬁ İ Straße ΌΣΟΣ"
    assert text.casefold() == "".join(c.casefold() for c in text)
