"""The chrome stage's cost round of session 18 changes no decision (``chrome``, ``structure``).

* ``chrome._matches`` (the gate searches of the lexicon lookup and of the sentences cut from a line's edge): a
  search whose first character (``_heads``) is not in the texts is not searched.
* ``chrome.chrome_reasons``: a line's patterns are tried only where one of their own searches matched
  (``_RuleIndex.pattern_at``), not every pattern of the rules before the best match so far; the sentences cut from
  a line's edge are looked at for whitespace to collapse after the part gates, only those left.
* ``structure.structural_reasons``: the separator line is searched for only on a line that starts with a separator
  or a space (``_SEPARATOR_FIRST``); the next lines and the profile's sentence ends are found after the early return.

Oracle: the former definitions, verbatim (``_FORMER_CHROME``, ``_FORMER_STRUCTURE``), run against the module's own
helpers; the stage end to end (``clean_lines`` with cuts) with them put back. On every shipped profile, the rules' own
literals, real Hindi and English pages (the Hindi crawl's ~4 KB pieces when ``../shared`` is there) and generated
lines.
"""

from __future__ import annotations

import json
import re
import types
from collections.abc import Callable
from typing import Any

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from shuddh.lang.profile import available_profiles, load_profile
from shuddh.stages.clean import chrome, structure
from tests.conftest import SHARED
from tests.unit.perf_equivalence.test_chrome_cost_round import _EN_PAGE, _HI_PAGE
from tests.unit.perf_equivalence.test_line_stages_round16 import _literal_lines
from tests.unit.stages.test_chrome_repeats_text import _pages

# -- the former definitions, verbatim ------------------------------------------------------------------------------
_FORMER_CHROME = r'''
def _matches(searches: tuple[re.Pattern[str], ...], texts: list[str], *,
             each_text_once: bool) -> Iterator[tuple[int, str]]:
    """(index of the text, match) for the matches of ``searches`` in ``texts`` (none holds a newline): per search,
    one scan of the texts joined by newlines, resumed after each hit at the next position, or with
    ``each_text_once`` at the next text."""
    if not texts:
        return
    joined = "\n".join(texts)
    starts: list[int] | None = None
    for pattern in searches:
        m = pattern.search(joined)
        if m is None:
            continue
        if starts is None:
            starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        while m is not None:
            k = bisect_right(starts, m.start()) - 1
            yield k, m.group()
            if not each_text_once:
                m = pattern.search(joined, m.start() + 1)
            else:
                m = pattern.search(joined, starts[k + 1]) if k + 1 < len(starts) else None


def _every_hit(searches: tuple[re.Pattern[str], ...], texts: list[str]) -> dict[int, set[str]]:
    """The indexes of ``texts`` in which ``searches`` (:func:`_any_literal`'s: each literal in one of them, at most
    one literal matching at a position) find a match, each mapped to every match found in it (:func:`_matches`)."""
    found: dict[int, set[str]] = {}
    for k, hit in _matches(searches, texts, each_text_once=False):
        found.setdefault(k, set()).add(hit)
    return found


def _hit_texts(searches: tuple[re.Pattern[str], ...], texts: list[str]) -> set[int]:
    """The indexes of ``texts`` in which one of ``searches`` finds a match that starts there (:func:`_matches`, each
    text once per search: several searches where one was searched before, the former ``_hits``, kept in
    ``tests/unit/perf_equivalence/test_line_stages_round16.py``)."""
    return {k for k, _ in _matches(searches, texts, each_text_once=True)}


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
    spaces = "  " in text or _OTHER_SPACE.search(text) is not None
    if len(folded) != len(small):  # a line held a newline: fold line by line
        folded = [lines[i].casefold() for i in small]
        spaces = True
    gates = _part_gates(profile) if parts else None
    if gates is not None:
        # only the sentences that may match a rule (nearly all sentences cut from a line's edge do not)
        start, inside = gates
        found_inside = _hit_texts(_part_inside(profile), folded) if inside is not None else set()
        may = [k for k, s in enumerate(folded) if k in found_inside or (start is not None and start.match(s))]
        small, folded = [small[k] for k in may], [folded[k] for k in may]
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
            hit = bool(index.always) and any(f.search(t) is not None for f in index.always for t in texts)
            if not hit and index.starts:
                # a started search matches a text only if the text starts with one of its literals: each text is
                # searched by the searches of the literals it starts with, one by one (the joined search of them
                # all, on every text once one starts so, cost ~0.015 ms more per English wcxb page); each search
                # once (:func:`_started_searches`: a search several of those literals start is not searched again)
                for t in texts:
                    ss = index.starts.get(t[:1])
                    if ss is not None and t.startswith(ss):
                        for f in _started_searches(index, tuple(x for x in ss if t.startswith(x))):
                            if f.search(t) is not None:
                                hit = True
                                break
                        if hit:
                            break
            if not hit and k in gated:
                # the searches the literals found may stand for, those that need no digit apart (memoised per set of
                # literals: :func:`_gated_searches`)
                every, no_digit = _gated_searches(index, frozenset(gated[k]))
                searches = every if every is no_digit or any(_DIGIT.search(t) for t in texts) else no_digit
                for f in searches:
                    if f.search(key) is not None or (raw is not key and f.search(raw) is not None):
                        hit = True
                        break
            if hit:
                for r, pat in index.patterns:
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
'''

_FORMER_STRUCTURE = r'''
def structural_reasons(lines: Sequence[str], profile: LanguageProfile,
                       lexicon: Sequence[str | None]) -> list[str | None]:
    """A removal reason (``structure.*``) for each line, or None; lexicon matches are left to the caller.

    ``lines`` may contain blank lines (ignored for adjacency); ``lexicon[i]`` is the lexicon reason of
    line ``i`` or None.
    """
    n = len(lines)
    out: list[str | None] = [None] * n
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    if not idx:
        return out
    ends = tuple(p for p in profile.terminal_punctuation if p not in _CLOSERS) or (".", "?", "!")
    nxt = dict(zip(idx, [*idx[1:], -1], strict=True))

    # poll boxes: the question right after a poll label ("आपका मत", "Poll") (looked for line by line only on a page
    # that has one, found by one C scan of the lexicon: ~0.004 -> ~0.001 ms per English wcxb page)
    if "poll" in lexicon:
        for i in idx:
            j = nxt[i]
            if lexicon[i] == "poll" and j >= 0 and lexicon[j] is None and lines[j].rstrip().endswith(("?", "؟")):
                out[j] = "structure.poll"

    text = "\n".join(lines)
    inline = _inline_menus(lines, idx, lexicon, profile, text)
    for i in inline:
        out[i] = "structure.menu"
    lexicon_lines = sum(1 for i in idx if lexicon[i] is not None)
    teaser = any(lexicon[i] in _TEASER_REASONS for i in idx)
    # (a separator line looked for only when nothing else shows chrome: a search per line, ~0.02 ms per wcxb page,
    # for most pages that have lexicon lines)
    if (lexicon_lines < EVIDENCE_MIN_LEXICON and not inline and not teaser
            and not any(lexicon[i] is None and _SEPARATOR_LINE.match(lines[i]) for i in idx)):
        # no sign of site chrome (no menu run can hold a separator line) and no teaser box label: no rule
        # below takes a line (see the returns further down), whose words then need not be counted
        return out

    # words per line, counted up to _SHAPE_CAP: the tests below compare with smaller bounds (the limits of
    # 20 words count again), and a long paragraph is scanned only to its cap-th word; by stdlib re when
    # the page has no character beyond the BMP (all but a few pages)
    count = _count_bmp if bmp_only(text) else _count_words
    nwords = {i: count(lines[i], _SHAPE_CAP) for i in idx}

    # menus: runs of very short lines (lexicon lines are short too and belong to the run; no body line is
    # that short: MENU_MAX_WORDS < BODY_MIN_WORDS)
    runs: list[list[int]] = []
    run: list[int] = []
    for i in [*idx, -1]:
        if i >= 0 and out[i] is None and nwords[i] <= MENU_MAX_WORDS:
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            runs.append(run)
        run = []
    sep = {i for r in runs for i in r if lexicon[i] is None and _SEPARATOR_LINE.match(lines[i])}
    evidence = lexicon_lines >= EVIDENCE_MIN_LEXICON or bool(sep) or bool(inline)
    if not evidence and not teaser:
        # no sign of site chrome and no teaser box label: no rule below takes a line (see the return
        # after the body lines), which then need not be found (clean text: most documents of a corpus)
        return out

    body = {i for i in idx if lexicon[i] is None and nwords[i] >= BODY_MIN_WORDS
            and (_terminated(lines[i], ends) or _two_sentences(lines[i])) and _in_script(lines[i], profile)}
    memo: dict[int, bool] = {}

    def prose(i: int) -> bool:
        """Line i reads as prose (computed when a rule asks: most lines never need it)."""
        if i < 0 or lexicon[i] is not None:
            return False
        if i not in memo:
            memo[i] = reads_as_prose(lines[i], profile, nwords[i])
        return memo[i]

    def head(i: int) -> bool:
        """Line i stands right above running text: a headline (or sub-head) over its article."""
        return nxt[i] in body or prose(nxt[i])

    if body:  # without an article, what follows a label may be the page's own content (module doc)
        _teaser_boxes(lines, idx, lexicon, nwords, body, ends, out, head)
    if not body or not evidence:
        # nothing to anchor on, or no sign of site chrome around the text: position and runs say
        # nothing (see the module doc); the lexicon and the cross-document statistics still apply
        return out

    # blocks of body lines, split by gaps of BLOCK_GAP non-body lines
    blocks: list[list[int]] = []
    gap = 0
    for i in idx:
        if i in body:
            if blocks and gap < BLOCK_GAP:
                blocks[-1].append(i)
            else:
                blocks.append([i])
            gap = 0
        else:
            gap += 1
    if len(blocks) == 1:
        kept = blocks  # the article itself: its share of its own words is 1 (mass not needed)
    else:
        mass = [sum(len(words(lines[i])) for i in b) for b in blocks]
        main = max(mass)
        kept = [b for b, m in zip(blocks, mass, strict=True) if m >= MIN_BLOCK_SHARE * main or m >= BLOCK_MIN_WORDS]
    kept_body = {i for b in kept for i in b}
    # the article runs from its first to its last kept body line or body line that reads as prose: a
    # small block of prose is not a reason to cut what lies between it and the article (a headline
    # with a verb is not a body line: the page title above a menu does not pull the menu in) (the body lines
    # block by block are in line order)
    first, last = _article_bounds([i for b in blocks for i in b], kept_body, lambda i: out[i] is None and prose(i))

    listed: set[int] = set()  # items of a list opened by a label line ending in ":": no rule takes them
    for r in runs:
        if lexicon[r[0]] is None and lines[r[0]].rstrip().endswith(":"):
            listed.update(r)
            continue
        inside = first < r[0] and r[-1] < last
        # a run between two parts of the article is a list unless it carries chrome of its own: a lexicon
        # line of a category that is not a list's own heading ("See also") — a separator line there is a
        # row of an ASCII table or a code block's output, not a menu's divider
        if inside and not any(lexicon[j] is not None and lexicon[j] not in _LIST_REASONS for j in r):
            continue
        for j in r:
            if lexicon[j] is None and out[j] is None and not prose(j):
                out[j] = "structure.menu"

    def positional(i: int) -> bool:
        """Position may take line i: a short line, or one not in the page's script (an English
        disclaimer or promo on a Hindi page; a profile without scripts has no such lines)."""
        return nwords[i] <= POSITION_MAX_WORDS or (bool(profile.scripts) and not _in_script(lines[i], profile))

    # headline and label right above the article survive the top rule
    header: set[int] = set()
    for i in reversed([i for i in idx if i < first]):
        if len(header) >= HEADER_LINES or lexicon[i] is not None or out[i] is not None:
            break
        if nwords[i] == 0 or _terminated(lines[i], ends):
            break
        header.add(i)

    for i in idx:
        if out[i] is not None or lexicon[i] is not None or i in listed:
            continue
        if i < first:
            if (i not in header and not head(i) and not _title_like(lines[i], profile, nwords[i])
                    and not prose(i) and positional(i)):
                out[i] = "structure.top"
        elif i > last:
            if not head(i) and not prose(i) and positional(i):
                out[i] = "structure.bottom"
        elif i in body and i not in kept_body and not prose(i) and positional(i):
            out[i] = "structure.far_block"

    return out
'''


def _former() -> dict[str, Any]:
    """chrome's namespace with the former ``_matches``, ``_every_hit``, ``_hit_texts``, ``chrome_reasons`` and
    ``structural_reasons``, and the functions that call them (unchanged) bound to it."""
    old_structure = dict(vars(structure))
    exec(_FORMER_STRUCTURE, old_structure)  # the former definition, verbatim
    ns = dict(vars(chrome))
    exec(_FORMER_CHROME, ns)  # the former definitions, verbatim
    former_structural = old_structure["structural_reasons"]
    # (session 25 added the declared title's line, ``title``; these pages have none, and without it the rules are the
    # former ones; session 29 added readers' comments, ``comments``, which the former rules do not know)
    ns["structural_reasons"] = (lambda lines, profile, lexicon, title=None, comments=True:
                                former_structural(lines, profile, lexicon))
    for name in ("chrome_reason", "_part_reason", "_part_reasons", "_cut_many", "cut_parts", "clean_lines"):
        f = getattr(chrome, name)
        ns[name] = types.FunctionType(f.__code__, ns, f.__name__, f.__defaults__, f.__closure__)
        ns[name].__kwdefaults__ = f.__kwdefaults__
    return ns


FORMER = _former()
_CRAWL = SHARED / "data" / "crawl-hindi-news" / "prabhatkhabar-jagran-2020.jsonl"


def _crawl_pieces() -> list[str]:
    """The crawl's pages, normalised, cut at line ends into pieces of ~4 KB (``bench_chrome_sites.chrome_cost``)."""
    from shuddh.text.normalize import normalize

    pieces: list[str] = []
    for row in _CRAWL.read_text(encoding="utf-8").splitlines():
        if not row.strip():
            continue
        cur: list[str] = []
        size = 0
        for ln in normalize(json.loads(row)["text"]).split("\n"):
            cur.append(ln)
            size += len(ln.encode()) + 1
            if size >= 4096:
                pieces.append("\n".join(cur))
                cur, size = [], 0
        if cur:
            pieces.append("\n".join(cur))
    return pieces


def _same_cleaning(text: str, code: str) -> None:
    """The lexicon lookup (whole lines and sentences), the structural rules and clean_lines with cuts: as before."""
    prof = load_profile(code)
    lines = text.split("\n")
    lex = chrome.chrome_reasons(lines, prof)
    assert lex == FORMER["chrome_reasons"](lines, prof), text
    assert chrome.chrome_reasons(lines, prof, parts=True) == FORMER["chrome_reasons"](lines, prof, parts=True), text
    _same_but_headlines(structure.structural_reasons(lines, prof, lex), FORMER["structural_reasons"](lines, prof, lex),
                        text)
    new_cuts: dict[int, list[tuple[str, str]]] = {}
    old_cuts: dict[int, list[tuple[str, str]]] = {}
    new_lines, old_lines = list(lines), list(lines)
    _same_but_headlines(chrome.clean_lines(new_lines, prof, cuts=new_cuts),
                        FORMER["clean_lines"](old_lines, prof, cuts=old_cuts), text)
    assert (new_lines, new_cuts) == (old_lines, old_cuts), text


def _same_but_headlines(new: list[str | None], old: list[str | None], text: str) -> None:
    """The same reasons, but for the lines a teaser box no longer takes since session 28 (it ends at the page's own
    headline above the article, ``test_chrome_pages_28.py``; the former code, calling the box with its session-18
    arguments, still took them): there the former says ``structure.headlines`` and the new code keeps the line; and
    for the lines the positional bottom rule no longer takes since session 33 (a sentence in the page's script ending in
    a colon leads into a list: running text, ``test_chrome_leadin_33.py``; a generated page with a "(Disclaimer:" line
    over a "-" line found it in session 35's CI): there the former says ``structure.bottom``."""
    assert len(new) == len(old), text
    for a, b in zip(new, old, strict=True):
        assert a == b or (a is None and b in ("structure.headlines", "structure.bottom")), text


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
    # one line at a time too: a document's literals, digits and whitespace decide which searches run
    for ln in lines:
        assert chrome.chrome_reasons([ln], prof) == FORMER["chrome_reasons"]([ln], prof), ln
        assert chrome.chrome_reasons([ln], prof, parts=True) == FORMER["chrome_reasons"]([ln], prof, parts=True), ln


@pytest.mark.parametrize("code", available_profiles())
def test_sentences_of_the_part_rules_with_other_whitespace_are_looked_up_as_before(code: str) -> None:
    """The part rules' phrases with their spaces written as other whitespace (which a key collapses), each in a
    document of sentences with and without such whitespace: the sentences left after the part gates decide whether
    keys collapse whitespace."""
    prof = load_profile(code)
    index = chrome._rule_index(prof, parts=True)
    phrases = sorted({*index.exact, *(p for ps in index.prefix_by_char.values() for _, p in ps)} - {""})
    plain = [f"{p}: नए पुल का उद्घाटन" for p in phrases]
    for space in ("\t", "\u00a0", "  ", "\u2003"):
        spaced = [p.replace(" ", space) for p in plain if " " in p]
        for doc in (spaced, plain + spaced, [ln + space for ln in plain]):
            for parts in (False, True):
                got = chrome.chrome_reasons(doc, prof, parts=parts)
                assert got == FORMER["chrome_reasons"](doc, prof, parts=parts), (code, repr(space), parts)


# -- generated text ------------------------------------------------------------------------------------------------
_WORDS = sorted({w for ln in _HI_PAGE + _EN_PAGE for w in ln.split()} | {
    "यह", "भी", "पढ़ें:", "wed,", "mar", "4,", "2020,", "9:12", "am", "ist", "Updated:", "अप्रैल", "2020", "करें",
    "सब्सक्राइब", "(Disclaimer:", "feed.)", "|", "»", "•", "—", "-", ":", "।", "?", "©", "©2024", "फोटो:", "Photo:",
    "Follow", "us", "on", "Twitter.", "Read", "more:", "Also", "12", "hours", "ago", "PTI", "हमें"})
_SPACES = [" ", " ", " ", "  ", "\t", "\u00a0", "\u2003"]


@st.composite
def _lines(draw: Callable[..., Any]) -> list[str]:
    out = []
    for _ in range(draw(st.integers(0, 12))):
        ws = draw(st.lists(st.sampled_from(_WORDS), max_size=25))
        gaps = draw(st.lists(st.sampled_from(_SPACES), min_size=len(ws), max_size=len(ws)))
        out.append("".join(w + g for w, g in zip(ws, gaps, strict=True)).rstrip(" ")
                   + draw(st.sampled_from(["", "।", ".", " ।", ")", " "])))
    return out


@settings(max_examples=300, deadline=None)
@given(_lines(), st.sampled_from(["hi", "web-common"]))
@example(["- 12 Monday. ©2024 ©2024 अगले अगले", "", "(Disclaimer:", "(Disclaimer: (Disclaimer: (Disclaimer: (Disclaimer:",
          "-", "12 12 ©2024 क्या खलनायक (Disclaimer:"], "hi")
def test_generated_pages_are_cleaned_as_before(lines: list[str], code: str) -> None:
    _same_cleaning("\n".join(lines), code)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.sampled_from("abcdemrsty क्रेंहमपढ़ ©:|\t\u00a0.।-"), max_size=60), max_size=8),
       st.sampled_from(["hi", "web-common"]), st.booleans())
def test_generated_text_finds_the_literals_it_found(texts: list[str], code: str, parts: bool) -> None:
    prof = load_profile(code)
    texts = [t.replace("\n", " ") for t in texts]
    gate = chrome._rule_index(prof, parts).gate
    assert chrome._every_hit(gate, texts) == FORMER["_every_hit"](gate, texts)
    inside = chrome._part_inside(prof)
    assert chrome._hit_texts(inside, texts) == FORMER["_hit_texts"](inside, texts)
    assert chrome.chrome_reasons(texts, prof, parts=parts) == FORMER["chrome_reasons"](texts, prof, parts=parts)


# -- the necessary conditions themselves ---------------------------------------------------------------------------
@pytest.mark.parametrize("code", available_profiles())
def test_each_search_starts_with_its_head(code: str) -> None:
    """A head is the first character of every literal of its search (or None): the gate's searches and the part
    gate's, one per first character of their literals."""
    prof = load_profile(code)
    for parts in (False, True):
        index = chrome._rule_index(prof, parts)
        literals = [*index.needed_by, *([] if index.contains_all else (p for _, p in index.contains))]
        groups = chrome._by_first_char(chrome._minimal(literals))
        assert chrome._heads(index.gate) == tuple(ws[0][0] for ws in groups)
    groups = chrome._by_first_char(chrome._minimal(chrome._inside_literals(chrome._rule_index(prof, parts=True))))
    assert chrome._heads(chrome._part_inside(prof)) == tuple(None if ws[0][0] == " " else ws[0][0] for ws in groups)


def test_heads_of_escaped_and_class_patterns() -> None:
    searches = chrome._any_literal(["(ap)", ".com", "a b", "x"])
    assert chrome._heads(searches) == ("(", ".", "a", "x")
    assert chrome._heads((re.compile("[ab]c"), re.compile("(?:a|b)"))) == (None, None)


@pytest.mark.parametrize("code", available_profiles())
def test_every_pattern_is_at_its_own_search(code: str) -> None:
    """Each pattern of the index is listed under a search of its own kind (started, gated, always): its position
    under exactly the searches built for it."""
    for parts in (False, True):
        index = chrome._rule_index(load_profile(code), parts)
        searches = [*index.always, *index.gated, *(f for fs in index.started_by.values() for f in fs)]
        assert set(index.pattern_at) == {id(f) for f in searches}
        assert sorted({j for js in index.pattern_at.values() for j in js}) == list(range(len(index.patterns)))


def test_a_separator_line_starts_with_a_separator_or_a_space() -> None:
    cls = regex.compile(structure._SEPARATOR_LINE.pattern[1:-2])  # the class of "^[...]+$"
    assert structure._SEPARATOR_LINE.pattern == "^" + cls.pattern + "+$"
    assert [hex(c) for c in range(0x110000) if cls.match(chr(c))
            and not (chr(c) in structure._SEPARATOR_FIRST or chr(c).isspace())] == []
