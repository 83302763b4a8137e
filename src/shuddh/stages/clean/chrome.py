"""Line-level site-chrome removal driven by the language profile's phrase lexicon.

Each line is reduced to a *key* (case-folded, spaces collapsed, edge punctuation stripped) and matched
against the profile's rules (see ``lang/profiles/web-common.toml`` for the rule kinds). A removed line is
counted under ``chrome.<rule reason>``. Lines longer than the profile's ``chrome.max_words`` are never
removed by a prefix/contains rule, so an article paragraph that happens to start with "और पढ़ें" or
quote a phrase survives.

**Chrome inside a line** (``parts=True``, the default; :func:`cut_parts`): a kept line that ends — or
starts — with a sentence the lexicon calls chrome of a sentence-like category (:data:`PART_REASONS`: "…
देखने के लिए जाएं m.jagran.com पर", "यह भी पढ़ें: …" glued after a paragraph, "(Disclaimer: …)",
"Follow us on …") loses that sentence and keeps the rest, counted as ``chrome.<reason>.part``. Only
whole sentences at an edge of the line (split after ``. ? ! । ॥``, or a closing parenthesis that
spans the line's end), never the middle, and never so much that fewer than :data:`PART_MIN_REST_WORDS`
words are left.

With ``structure=True`` (the default) the structural signals of :mod:`shuddh.stages.clean.structure`
are added: lines above and below the article block, menus (runs of very short lines), far blocks and
headline runs, counted as ``chrome.structure.<signal>``. Lexicon matches keep their own reason.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from typing import Any, ClassVar

import regex

from shuddh.document import Document, Dropped
from shuddh.lang.profile import (
    ChromeRule,
    LanguageProfile,
    fold_spelling,
    folded_key,
    line_key,
    load_profile,
)
from shuddh.stages.base import Mapper, StageContext, remove_lines
from shuddh.stages.clean.markup import markup_cuts
from shuddh.stages.clean.structure import _TEASER_REASONS, structural_reasons
from shuddh.text.bmp import bmp_class
from shuddh.text.normalize import normalize
from shuddh.text.segment import WORD_RE

__all__ = ["PART_REASONS", "ChromeLineStage", "chrome_reason", "chrome_reasons", "clean_lines", "cut_parts"]

#: lexicon reasons whose sentences are cut from the edge of a kept line: categories whose chrome is a
#: sentence (a teaser label, a promo, a share call, an agency note or disclaimer, a photo credit). Not the
#: one-word UI categories (navigation, comment_form, ad …), whose exact phrases are also ordinary words
#: at the end of a sentence, nor bylines and datelines (a dateline opens the article's first sentence).
PART_REASONS = frozenset({"read_more", "promo", "share", "disclaimer", "credit"})
#: a cut leaves at least this many words in the line (else the line is left to the whole-line rules)
PART_MIN_REST_WORDS = 4
#: a part cut from the start of a line has at most this many words: what sits there is a photo credit
#: or a short promo ("फोटो: सोशल मीडिया।"); a longer first sentence is the article's (and checking only
#: short ones keeps the cost of the start down: most first sentences of a paragraph are longer)
_HEAD_MAX_WORDS = 12
#: sentence gaps: whitespace (group 1) after an end mark and closing quotes/brackets, as
#: shuddh.text.segment splits sentences (written forward: a look-behind would be tried at every space)
#: (stdlib ``re``, which scans for the marks ~2x faster than the regex module; ``\s`` spelled out as the
#: regex module's: Python's whitespace less U+001C-U+001F, the same set header.py spells out)
_REGEX_SPACE = "".join(re.escape(c) for c in map(chr, range(0x3001)) if c.isspace() and not "\x1c" <= c <= "\x1f")
_SENTENCE_GAP = re.compile(r"[.?!।॥۔؟…][\"'”’)\]]*([" + _REGEX_SPACE + "]+)")


#: the last sentence gap of ``text[pos:]`` (group 1: its whitespace) by ``match(text, pos)``: the greedy ``.*`` backs
#: off from the end to the last place where a gap starts, which is the last gap of a forward scan (gaps never overlap:
#: a mark, closers and spaces are three disjoint sets, so every mark that starts a gap starts a match of the scan)
_LAST_GAP = re.compile("(?s:.*)" + _SENTENCE_GAP.pattern)


def _last_gap(line: str, start: int) -> re.Match[str] | None:
    """The last sentence gap of ``line[start:]``: gaps never overlap (a mark, closers and spaces are three
    disjoint sets), so the last forward match is the one a reverse search finds first (the regex
    module's reverse search was slower than a forward scan of the <= 1,000 characters)."""
    m = None
    for m in _SENTENCE_GAP.finditer(line, start):  # noqa: B007 - the last one is wanted
        pass
    return m


#: a teaser label is followed by a colon or a dash and a space ("यह भी पढ़ें: …", "Also Read - …"): a
#: sentence that only *starts* with "Recommended"/"पढ़ें"/"See also" is prose ("See also --pathspec …",
#: "Recommended A+++ Thank-You!": wcxb gold text)
_LABEL_END = regex.compile(r"^\W*(?:\S+\s+){0,3}?\S+?\s*(?:[:|»]|[\-–—](?=\s))")


def _starts_with_phrase(key: str, phrase: str) -> bool:
    if not key.startswith(phrase):
        return False
    if len(key) == len(phrase):
        return True
    nxt = key[len(phrase)]
    # the phrase must end at a word boundary: "read more…x" yes, "reader" no; a following matra
    # or letter means the phrase is only part of a longer word
    return not WORD_RE.match(nxt)


@dataclass(frozen=True, slots=True)
class _RuleIndex:
    """A profile's chrome rules re-indexed for lookup: each entry carries the position of its rule.

    ``chrome_reason`` must return the reason of the *first* rule (in profile order) with any matching
    exact phrase, prefix, contained phrase or pattern. Every one of those tests is a pure function of
    the line, so the first matching rule is the smallest rule position among all matching entries,
    whatever order the entries are tested in: one dict lookup finds the best exact match, and each
    list below (sorted by rule position) is scanned only up to the best position found so far.
    """

    reasons: tuple[str, ...]
    #: key -> position of the first rule listing it as an exact phrase
    exact: dict[str, int]
    #: the most spaces an exact phrase holds (-1: there is none): a key with more matches none
    exact_max_spaces: int
    #: first character of a key -> (rule position, prefix phrase) that can match it
    prefix_by_char: dict[str, tuple[tuple[int, str], ...]]
    #: first character -> the phrases of ``prefix_by_char`` (one ``str.startswith`` rules out a key that starts
    #: with none of them: nearly every key, which then skips the loop over the entries)
    prefix_heads: dict[str, tuple[str, ...]]
    #: prefix phrases that can match a key starting with any other character (only the empty phrase)
    prefix_other: tuple[tuple[int, str], ...]
    contains: tuple[tuple[int, str], ...]
    #: a contained phrase is empty: the contained phrases are tried on every line (else only on a line
    #: where ``gate`` finds one of ``contains_kept``, the literals that stand for them)
    contains_all: bool
    contains_kept: frozenset[str]
    #: a literal of ``contains_kept`` -> the positions in ``contains`` of the phrases that hold it: a phrase in a
    #: line holds one of them, so only those are tried
    contains_at: dict[str, tuple[int, ...]]
    patterns: tuple[tuple[int, regex.Pattern[str]], ...]
    #: a necessary condition for "some pattern matches", as few searches (:func:`_gated`): a line that
    #: none of them matches (nearly every line) skips the per-pattern loop. ``always`` are searched on
    #: every line; the anchored searches whose match starts with one of a few literals only on a line that starts
    #: with one of ``starts`` (first character -> those literals), and then only those of ``started_by`` (a
    #: literal -> the searches whose matches may start with it); ``gated`` only on a line where ``gate`` finds a
    #: literal one of them needs. ``gate`` also finds the contained phrases: one search over all the lines
    #: of a document for both (:func:`_any_literal`)
    always: tuple[regex.Pattern[str], ...]
    starts: dict[str, tuple[str, ...]]
    started_by: dict[str, tuple[regex.Pattern[str], ...]]
    gated: tuple[regex.Pattern[str], ...]
    #: per search of ``gated``: every match holds a digit (``\d``, :func:`_needs_digit`), so a line without one
    #: is not searched (web-common's dates are gated on month names: "mar" is in "market", "may" a verb)
    gated_digit: tuple[bool, ...]
    #: id of a search of ``gated`` -> the literals it needs (one of them is in every text it matches), when the gate
    #: stands for them by shorter ones (:func:`_minimal`: "क्लिक करें" by the "करें" another rule needs): a line the gate
    #: let through for the shorter one is searched only if one of these is in it
    gated_need: dict[int, tuple[str, ...]]
    #: the search for those literals (:func:`_any_literal`), one per first character (:func:`_every_hit`)
    gate: tuple[re.Pattern[str], ...]
    #: a literal ``gate`` finds -> the positions in ``gated`` of the searches that may match there
    needed_by: dict[str, tuple[int, ...]]
    #: the literals ``gate`` finds that start or end with a character a key drops at its edges (``©``): the only
    #: ones a line can hold outside its key (None: a literal holds a newline, and the lines are scanned whole)
    edge_literals: tuple[str, ...] | None
    #: the rules' menu items, for lines that are a menu printed on one line (:func:`menu_run`; None: no rule lists
    #: any, as in the index of the part rules)
    menu: _MenuIndex | None
    #: id of a search of ``always``, ``started_by`` or ``gated`` -> the positions in ``patterns`` of the patterns it
    #: stands for (each matches a text only where its search does): on a line where a search matches, only the
    #: patterns of the searches the line may match are tried, not all those of earlier rules (a dateline of the Hindi
    #: crawl, "wed, mar 4, 2020, 9:12 am ist", was searched by ~100 patterns of earlier rules: ~37 us a line; the
    #: lookup of the crawl's ~4 KB pieces ~0.0025 ms cheaper, session 18)
    pattern_at: dict[int, tuple[int, ...]]
    #: memos of :func:`_started_searches` and :func:`_gated_searches` (with them, the lookup of the lines a gate lets
    #: through takes ~2 % fewer instructions of the chrome stage on English wcxb and Hindi news pages: cachegrind,
    #: session 16)
    started_memo: dict[tuple[str, ...], tuple[regex.Pattern[str], ...]] = field(default_factory=dict, compare=False)
    gated_memo: dict[frozenset[str], tuple[tuple[regex.Pattern[str], ...], tuple[regex.Pattern[str], ...]]] = field(
        default_factory=dict, compare=False)
    #: memo of :func:`_own_needs`
    need_memo: dict[tuple[frozenset[str], bool], tuple[tuple[frozenset[str] | None, ...], tuple[str, ...]]] = field(
        default_factory=dict, compare=False)


#: a memo of :class:`_RuleIndex` holds at most this many entries (the sets of literals a line starts with or holds are
#: few on real text: a few hundred per profile)
_MEMO_MAX = 4096


def _started_searches(index: _RuleIndex, literals: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    """The searches of ``started_by`` of each of ``literals`` (those a text starts with), each once, in that order:
    a search several of them start (web-common's contact pattern: "e", "e-mail", "email") is searched once."""
    out = index.started_memo.get(literals)
    if out is None:
        seen: dict[regex.Pattern[str], None] = {}
        for x in literals:
            seen.update(dict.fromkeys(index.started_by[x]))
        out = tuple(seen)
        if len(index.started_memo) < _MEMO_MAX:
            index.started_memo[literals] = out
    return out


def _gated_searches(index: _RuleIndex, literals: frozenset[str]) -> tuple[tuple[regex.Pattern[str], ...],
                                                                          tuple[regex.Pattern[str], ...]]:
    """The ``gated`` searches that ``literals`` (found in a line) may stand for (``needed_by``), in ``gated`` order,
    and those of them that need no digit (:func:`_needs_digit`; the same tuple when none does): what the line's
    lookup computed per line from the set of its literals, looked up once per set."""
    out = index.gated_memo.get(literals)
    if out is None:
        may = sorted({e for x in literals for e in index.needed_by.get(x, ())})
        every = tuple(index.gated[e] for e in may)
        no_digit = tuple(index.gated[e] for e in may if not index.gated_digit[e])
        out = (every, every if len(no_digit) == len(every) else no_digit)
        if len(index.gated_memo) < _MEMO_MAX:
            index.gated_memo[literals] = out
    return out


def _own_needs(index: _RuleIndex, literals: frozenset[str], searches: tuple[regex.Pattern[str], ...],
               every: bool) -> tuple[tuple[frozenset[str] | None, ...], tuple[str, ...]]:
    """Per search of ``searches`` (:func:`_gated_searches` of ``literals``; ``every``: its first tuple, else its
    no-digit one), the literals of its own it needs (``gated_need``; None: the gate's literal is its own), and the union
    of them: a line is tested for each literal of the union once, where each search tested its own in turn. (Hindi's
    comment words all hold "में" — "कमेंट" —, which stands for them in the gate: on the crawl, ~3 of 4 lines let some
    20 comment-form searches through, each then tested its own 4-22 literals; session 30.)"""
    key = (literals, every)
    out = index.need_memo.get(key)
    if out is None:
        need = index.gated_need
        owns = tuple(None if (o := need.get(id(f))) is None else frozenset(o) for f in searches)
        union = tuple(dict.fromkeys(x for f in searches for x in need.get(id(f), ())))
        out = (owns, union)
        if len(index.need_memo) < _MEMO_MAX:
            index.need_memo[key] = out
    return out


def _build_index(rules: tuple[ChromeRule, ...]) -> _RuleIndex:
    exact: dict[str, int] = {}
    prefixes: list[tuple[int, str]] = []
    for r, rule in enumerate(rules):
        for phrase in rule.exact:
            exact.setdefault(phrase, r)
        prefixes += [(r, p) for p in rule.prefix]
    # a phrase can only be a prefix of a key that starts with its first character; the empty phrase
    # is a prefix of every key, so it goes into every bucket
    empty = tuple(e for e in prefixes if not e[1])
    firsts = {p[0] for _, p in prefixes if p}
    by_char = {c: tuple(sorted([*(e for e in prefixes if e[1][:1] == c), *empty])) for c in firsts}
    contains = tuple((r, p) for r, rule in enumerate(rules) for p in rule.contains)
    phrases = [p for _, p in contains]
    contains_all = not all(phrases)
    gates = _gated([p for rule in rules for p in rule.patterns])
    literals = [*gates.pop("literals"), *([] if contains_all else phrases)]
    kept = _minimal(literals)
    # which gated searches a literal the gate finds can stand for: a search needs one of its literals, so
    # one of the kept literals inside it (one of them is found wherever the search matches)
    needed_by: dict[str, list[int]] = {}
    kept_set = set(kept)
    gated_need: dict[int, tuple[str, ...]] = {}
    for e, need in enumerate(gates.pop("needs")):
        for k in kept:
            if any(k in x for x in need):
                needed_by.setdefault(k, []).append(e)
        if not kept_set.issuperset(need):
            gated_need[id(gates["gated"][e])] = tuple(dict.fromkeys(need))
    return _RuleIndex(
        reasons=tuple(rule.reason for rule in rules),
        exact=exact,
        exact_max_spaces=max((k.count(" ") for k in exact), default=-1),
        prefix_by_char=by_char,
        prefix_heads={c: tuple(p for _, p in entries) for c, entries in by_char.items()},
        prefix_other=empty,
        contains=contains,
        contains_all=contains_all,
        contains_kept=frozenset(k for k in kept if any(k in x for x in phrases)),
        contains_at={k: tuple(j for j, x in enumerate(phrases) if k in x) for k in kept
                     if any(k in x for x in phrases)},
        patterns=tuple((r, p) for r, rule in enumerate(rules) for p in rule.patterns),
        gate=_any_literal(literals),
        edge_literals=None if any("\n" in k for k in kept) else tuple(
            k for k in kept if not (_kept(k[:1]) and _kept(k[-1:]))),
        needed_by={k: tuple(v) for k, v in needed_by.items()},
        gated_need=gated_need,
        menu=_build_menu(rules),
        **gates,
    )


def _minimal(literals: list[str]) -> list[str]:
    """``literals`` less those that hold another one (found wherever they are, the shorter one is too)."""
    kept: list[str] = []
    for w in sorted(set(literals), key=len):
        if not any(k in w for k in kept):
            kept.append(w)
    return kept


def _any_literal(literals: list[str]) -> tuple[re.Pattern[str], ...]:
    """Stdlib ``re`` searches that together find every occurrence of each of ``literals`` (none if there are none).

    The :func:`_minimal` literals are written as a trie ("क(?:रें|्लिक)"): at each position the engine
    follows one branch per character instead of trying every literal — ~3x faster than the flat
    alternation on the crawl. No kept literal is a prefix of another, so at most one matches at a
    position, and searching again from the next position finds every occurrence of every kept literal.
    One trie per first character: each starts with a literal, which the engine scans for by itself, where it
    tried the whole trie at every position that starts any literal (on English text nearly every letter):
    the literals of the lines of an English wcxb page found in ~0.10 ms instead of ~0.16 (Hindi crawl: ~0.016
    -> ~0.014)."""
    return tuple(re.compile(_trie_pattern(ws, re.escape)) for ws in _by_first_char(_minimal(literals)))


def _by_first_char(kept: list[str]) -> list[list[str]]:
    """``kept`` in groups by first character (in character order), one search each (:func:`_any_literal`)."""
    by_first: dict[str, list[str]] = {}
    for w in kept:
        by_first.setdefault(w[:1], []).append(w)
    return [ws for _, ws in sorted(by_first.items())]


def _trie_pattern(kept: list[str], piece: Callable[[str], str]) -> str:
    """``kept`` (no literal a prefix of another, so a node is either a literal's end or inner) as a stdlib
    ``re`` alternation written as a trie, each character as ``piece`` writes it."""
    trie: dict[str, Any] = {}
    for w in kept:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})

    def render(node: dict[str, Any]) -> str:
        alts = [piece(ch) + render(sub) for ch, sub in sorted(node.items())]
        if not alts:
            return ""
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return render(trie)


_DEFAULT_FLAGS = regex.compile("").flags
#: a back-reference or a reference to a named group: a pattern holding one is not joined to others (the
#: group numbers would shift)
_BACKREF = regex.compile(r"\\(?:[1-9]|g)|\(\?P[=>]")


#: ``regex.compile(pattern, flags)`` for the searches :func:`_gated` builds, once per process: a profile's index of the
#: part rules searches the same cores as its full index, and every profile's index those of the web-common rules it
#: includes (``regex``'s own cache holds 500 patterns, fewer than one profile's searches). A search is a pure function
#: of its text; one object shared between indexes is safe (each index maps a search's id to its own patterns)
_search = cache(regex.compile)


def _gated(patterns: list[regex.Pattern[str]]) -> dict[str, Any]:
    """The prefilter of ``patterns`` (:class:`_RuleIndex`): searches that together match wherever one of
    them matches, in three groups by what is known of their matches.

    Each pattern is searched as its literal core when it has one (:func:`_unanchored_core`), else as
    itself. An anchored search whose match starts with one of a few literals (:func:`_start_gate`:
    "^(?:होम|देश|…)", "^(?:photo|image)…") is *started*: tried only on a line that starts with one
    of them, and then only the searches of the literal it starts with (``started_by``). Another
    search that needs a literal somewhere (:func:`_gate`) is ``gated``: anchored searches are gated too,
    as one that fails at the line's start can still be dear there (web-common's copyright pattern, a
    look-ahead over the whole line and "(?:\\S+\\s+){0,10}" backtracking, took over half of the lexicon's
    time on the crawl); on such a line each is searched only if one of its own literals is there. The
    rest are ``always`` searched. Only patterns of default flags get a gate (IGNORECASE, VERBOSE or V1
    set operations change what a literal of the pattern text matches). Anchored ``always``
    searches of one flag set are joined into one ``^(?:a|b|…)`` (the regex module tries that
    faster than the patterns one by one), unless one holds a back-reference; unanchored ones are
    searched one by one (an alternation of them is slower: 30 vs 16 ms on the crawl's last sentences).
    """
    always: list[tuple[str, int, int]] = []
    gated: list[tuple[str, int, tuple[str, ...], int]] = []
    literals: set[str] = set()
    starts: set[str] = set()
    started_by: dict[str, list[regex.Pattern[str]]] = {}
    at: dict[int, list[int]] = {}  # id of a search -> the positions of the patterns it stands for
    for j, p in enumerate(patterns):
        search = _unanchored_core(p.pattern) or p.pattern
        default = p.flags == _DEFAULT_FLAGS
        first = _anchored_start_gate(search) if default and search.startswith("^") else None
        need = _gate(search) if default and first is None else None
        if first:
            starts.update(first)
            # (the rule's own compiled pattern when it is searched as itself: a profile's started rules compiled
            # a second time cost ~20 ms per process for hi)
            alone = p if search == p.pattern else _search(search, p.flags)
            at.setdefault(id(alone), []).append(j)
            for x in first:
                started_by.setdefault(x, []).append(alone)
        elif need:
            literals.update(need)
            gated.append((search, p.flags, need, j))
        else:
            always.append((search, p.flags, j))
    out: dict[str, Any] = {"gated": tuple(_search(search, flags) for search, flags, _, _ in gated),
                           "gated_digit": tuple(_needs_digit(search) for search, _, _, _ in gated)}
    for f, (_, _, _, j) in zip(out["gated"], gated, strict=True):
        at.setdefault(id(f), []).append(j)
    searches: list[regex.Pattern[str]] = []
    joined: dict[int, list[tuple[str, int]]] = {}
    for search, flags, j in always:
        # (joined only when every top-level alternative is anchored: "^a|b" joined as "^(?:a|b|…)" anchored b too)
        if (search.startswith("^") and _BACKREF.search(search) is None
                and all(alt.startswith("^") for alt in _top_alternatives(search))):
            joined.setdefault(flags, []).append((search[1:], j))
        else:
            searches.append(_search(search, flags))
            at.setdefault(id(searches[-1]), []).append(j)
    for flags, bodies in joined.items():
        searches.insert(0, regex.compile("^(?:" + "|".join(f"(?:{x})" for x, _ in bodies) + ")", flags))
        at.setdefault(id(searches[0]), []).extend(j for _, j in bodies)
    out["always"] = tuple(searches)
    out["pattern_at"] = {k: tuple(sorted(set(v))) for k, v in at.items()}
    by_char: dict[str, list[str]] = {}
    for s in sorted(starts):
        by_char.setdefault(s[0], []).append(s)
    out["starts"] = {c: tuple(v) for c, v in by_char.items()}
    out["started_by"] = {x: tuple(v) for x, v in started_by.items()}
    out["literals"] = sorted(literals)
    out["needs"] = [need for _, _, need, _ in gated]
    return out


def _escape_end(p: str, j: int) -> int:
    """The index after the escape ``\\x…`` at ``p[j]``, with its argument (``\\x41``, ``\\p{L}``, ``\\N{…}``,
    ``\\12``, ``\\g<n>``): what follows it is no literal of the escape."""
    c = p[j + 1:j + 2]
    k = j + 2
    if c in ("x", "u", "U", "N", "p", "P") and p.startswith("{", k):
        end = p.find("}", k)
        return len(p) if end < 0 else end + 1
    if c in ("x", "u", "U"):
        while k < len(p) and p[k] in "0123456789abcdefABCDEF":
            k += 1
        return k
    if c in ("p", "P"):
        return k + 1
    if c.isdigit():
        while k < len(p) and p[k].isdigit():
            k += 1
        return k
    if c == "g" and p.startswith("<", k):
        end = p.find(">", k)
        return len(p) if end < 0 else end + 1
    return k


def _skip_escape_or_class(p: str, j: int) -> int | None:
    """At an escape ``\\x`` or a class ``[…]`` of pattern ``p``: the index after it; else ``None``."""
    if p[j] == "\\":
        return _escape_end(p, j)
    if p[j] != "[":
        return None
    j += 1
    if p[j:j + 1] == "^":
        j += 1
    if p[j:j + 1] == "]":  # a "]" first in a class is a member
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _group_end(p: str, i: int) -> int:
    """The index after the group that opens at ``p[i] == "("`` (escapes and classes skipped), or -1."""
    depth, j = 0, i
    while j < len(p):
        c = p[j]
        skip = _skip_escape_or_class(p, j)
        if skip is not None:
            j = skip
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1


_QUANTIFIER = regex.compile(r"\?|\*|\{\d*,?\d*\}")
#: what a stripped pattern must start with to be a cheap search: a literal, or a group of literals
_LITERAL_START = regex.compile(r"\(\?:[\p{L}\p{M}©]|[\p{L}\p{M}©/]")


def _unanchored_core(pattern: str) -> str | None:
    """``^(G)?(H){0,8}R`` -> ``R``, when R starts with a literal; else None.

    If the pattern matches a text, R matches it somewhere (after whatever the quantified groups took),
    so searching for R is a necessary condition — and a search for literal words is cheap, where the
    anchored pattern tries ``(?:\\S+\\s+){0,8}`` at the start of every line."""
    if not pattern.startswith("^"):
        return None
    i = 1
    while i < len(pattern) and pattern[i] == "(":
        end = _group_end(pattern, i)
        q = _QUANTIFIER.match(pattern, end) if end > 0 else None
        if q is None or q.end() == end:
            break
        i = q.end()
    rest = pattern[i:]
    return rest if i > 1 and _LITERAL_START.match(rest) else None


#: characters that end a literal run of a pattern
_META = frozenset("\\.^$*+?{}[]()|")


_COUNT = regex.compile(r"\{(\d+)(?:,\d*)?\}")


def _optional(pattern: str, end: int) -> bool:
    """Whether the item that ends at ``end`` may be left out or changed: ``?``, ``*``, ``{0,…}``, ``{,…}``,
    or a brace that is no plain count (the regex module's fuzzy ``{e<=1}`` lets a literal differ)."""
    c = pattern[end:end + 1]
    if c == "{":
        m = _COUNT.match(pattern, end)
        return m is None or int(m.group(1)) == 0
    return c in ("?", "*")


def _top_alternatives(body: str) -> list[str]:
    """``body`` split at its top-level ``|`` (escapes, classes and groups skipped)."""
    alts: list[str] = []
    depth = start = k = 0
    while k < len(body):
        c = body[k]
        skip = _skip_escape_or_class(body, k)
        if skip is not None:
            k = skip
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            alts.append(body[start:k])
            start = k + 1
        k += 1
    alts.append(body[start:])
    return alts


def _gate(pattern: str) -> tuple[str, ...] | None:
    """Literals at least one of which occurs in every text ``pattern`` matches, or None if not known.

    Each top-level alternative of the pattern must have its own (:func:`_sequence_gate`); the gate is
    all of them."""
    out: list[str] = []
    for alt in _top_alternatives(pattern):
        g = _sequence_gate(alt)
        if not g:
            return None
        out += g
    return tuple(out)


def _sequence_gate(pattern: str) -> tuple[str, ...] | None:
    """:func:`_gate` of a pattern without a top-level ``|``.

    The pattern is read as a sequence of items: a run of literal characters needs itself (less its last
    character when a quantifier follows: ``cookies?`` -> ``cookie``), a group ``(?:a|b|…)`` that no
    quantifier makes optional needs the literals of one of its alternatives (each read the same way);
    classes, escapes, anchors, other look-arounds and optional items need nothing known. Of the items' literal
    sets the one with the longest shortest literal is returned (``फॉलो`` rather than ``पर|को``: it is rarer).

    A look-ahead ``(?=…)`` that no quantifier makes optional needs its own literals too (what it matches is in the
    line): they are taken only when their shortest is longer than every other item's, "^(?=.*(?:ई-?पेपर|वीडियो|…))…
    एक\\s+(?:जगह|…)" gated by "पेपर", "वीडियो" … rather than "एक", which most lines of Hindi hold."""
    best: tuple[str, ...] | None = None
    ahead: tuple[str, ...] | None = None
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        cand: tuple[str, ...] | None = None
        if c == "(":
            end = _group_end(pattern, i)
            if end < 0:
                break
            q = _QUANTIFIER.match(pattern, end) or regex.match(r"[+]?", pattern[end:])
            optional = _optional(pattern, end)
            if pattern.startswith("(?=", i) and not optional:
                g = _gate(pattern[i + 3:end - 1])
                if g and (ahead is None or min(map(len, g)) > min(map(len, ahead))):
                    ahead = g
            elif pattern.startswith("(?:", i) and not optional:
                cand = _gate(pattern[i + 3:end - 1])
            elif pattern[i + 1:i + 2] != "?" and not optional:
                cand = _gate(pattern[i + 1:end - 1])
            i = end + (len(q.group()) if q is not None else 0)
        elif c == "[" or (c == "\\" and not _literal_escape(pattern, i)):
            skip = _skip_escape_or_class(pattern, i)
            assert skip is not None
            i = skip
        elif c == "{":
            i = pattern.find("}", i) + 1 or n
        elif c in _META and c != "\\":
            i += 1
        else:
            lit, i = _literal_run(pattern, i)
            # a substring of a needed literal is needed too: spaces at its ends would make every space a
            # place the gate's search must try ("(?:bane|jude)\s+rahein\s+…" written with spaces)
            lit = lit.strip()
            cand = (lit,) if lit else None
        if cand and (best is None or min(map(len, cand)) > min(map(len, best))):
            best = cand
    if ahead and (best is None or min(map(len, ahead)) > min(map(len, best))):
        return ahead
    return best


def _needs_digit(pattern: str) -> bool:
    """Whether every match of ``pattern`` (default flags) holds a character ``\\d`` matches (False if not known).

    Each top-level alternative must hold, outside optional items (:func:`_optional`), a ``\\d`` or a plain or
    ``(?:…)`` group that needs one; classes, other escapes, look-arounds and other ``(?…)`` groups count as
    nothing (a ``[0-9]`` or a look-ahead's digit is not read: False is the safe answer)."""
    return all(_sequence_needs_digit(alt) for alt in _top_alternatives(pattern))


def _sequence_needs_digit(pattern: str) -> bool:
    """:func:`_needs_digit` of a pattern without a top-level ``|``."""
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "(":
            end = _group_end(pattern, i)
            if end < 0:
                return False
            if not _optional(pattern, end):
                if pattern.startswith("(?:", i):
                    if _needs_digit(pattern[i + 3:end - 1]):
                        return True
                elif pattern[i + 1:i + 2] != "?" and _needs_digit(pattern[i + 1:end - 1]):
                    return True
            i = end
        elif c == "\\":
            end = _escape_end(pattern, i)
            if pattern[i:end] == "\\d" and not _optional(pattern, end):
                return True
            i = end
        elif c == "[":
            skip = _skip_escape_or_class(pattern, i)
            assert skip is not None
            i = skip
        else:
            i += 1
    return False


#: a digit as the gated searches' ``\d`` reads one (the regex module's, default flags: Unicode)
_DIGIT = regex.compile(r"\d")


def _literal_escape(p: str, i: int) -> bool:
    """Whether ``p[i:]`` starts with an escaped punctuation character (``\\(``, ``\\.``): that character."""
    nxt = p[i + 1:i + 2]
    return p[i] == "\\" and nxt != "" and not nxt.isalnum() and nxt != "_"


def _literal_run(p: str, i: int) -> tuple[str, int]:
    """The literal characters from ``p[i]`` on (escaped punctuation included) and the index after them,
    less the last one when a quantifier follows it (``cookies?`` -> ``cookie``)."""
    out: list[str] = []
    n = len(p)
    while i < n:
        if _literal_escape(p, i):
            out.append(p[i + 1])
            i += 2
        elif p[i] in _META:
            break
        else:
            out.append(p[i])
            i += 1
    if i < n and p[i] in "?*{":
        out.pop()
    return "".join(out), i


def _anchored_start_gate(pattern: str) -> tuple[str, ...] | None:
    """:func:`_start_gate` of a pattern that starts with "^", each of its top-level alternatives read apart: every one
    must start with "^" and have a gate of its own, the gate is all of them (None otherwise). ``^a$|^b$`` has two
    starts; read as one, "a" alone gated it and a line of the second alternative was never searched (session 24)."""
    out: list[str] = []
    for alt in _top_alternatives(pattern):
        g = _start_gate(alt) if alt.startswith("^") else None
        if not g:
            return None
        out += g
    return tuple(out)


def _start_gate(pattern: str, i: int = 1) -> tuple[str, ...] | None:
    """Literals one of which every match of ``pattern`` starts with at ``pattern[i:]`` (after its "^"),
    or None if not known: a literal run (less a last character a quantifier follows), or a group none of
    whose alternatives may be left out, each starting so."""
    n = len(pattern)
    if i >= n:
        return None
    c = pattern[i]
    if c == "(":
        end = _group_end(pattern, i)
        if end < 0 or _optional(pattern, end):
            return None
        if pattern.startswith("(?:", i):
            body = pattern[i + 3:end - 1]
        elif pattern[i + 1:i + 2] != "?":
            body = pattern[i + 1:end - 1]
        else:
            return None
        out: list[str] = []
        whole = True  # every alternative a plain literal: its gate is all of it, the group's words can go on
        for alt in _top_alternatives(body):
            g = _start_gate(alt, 0)
            if not g:
                return None
            out += g
            whole = whole and len(g) == 1 and _literal_run(alt, 0) == (g[0], len(alt))
        if whole:
            return _words_on(tuple(out), pattern, end)
        return tuple(out)
    if c == "[":
        return _class_start(pattern, i)
    if c in _META and not _literal_escape(pattern, i):
        return None
    lit, j = _literal_run(pattern, i)
    if lit and j < n and pattern[j] == "+":
        lit = lit[:-1]
    elif lit:
        return _words_on((lit,), pattern, j)
    return (lit,) if lit else None


def _words_on(heads: tuple[str, ...], pattern: str, j: int) -> tuple[str, ...]:
    """``heads`` (literals the pattern's match starts with, each all of what the pattern matched before ``j``) and the
    words that follow them at ``pattern[j:]`` after a run of whitespace: "^इस\\s+(?:पोस्ट|खबर|…)" starts with "इस पोस्ट",
    "इस खबर" …, where "इस" alone started a third of the sentences cut from Hindi lines' edges. (The lines the lexicon
    reads hold no whitespace but single spaces: keys and raw lines are collapsed.) ``heads`` when no word follows."""
    if not pattern.startswith("\\s+", j) or pattern[j + 3:j + 4] in _AFTER_SPACES:
        return heads
    rest = _start_gate(pattern, j + 3)
    if not rest or len(rest) * len(heads) > _MAX_STARTS:
        return heads
    return tuple(f"{h} {x}" for h in heads for x in rest)


#: what may not follow the whitespace run after a started word (a quantifier or a lazy mark of the run)
_AFTER_SPACES = frozenset("?*{+")
#: at most this many literals a started word is expanded to (its word times the next words)
_MAX_STARTS = 32


#: a class of a few plain characters: no negation, range, escape or nested class
_PLAIN_CLASS = regex.compile(r"\[([^\]\[\\^\-&|~]{1,4})\]")


def _class_start(pattern: str, i: int) -> tuple[str, ...] | None:
    """:func:`_start_gate` at a class ``pattern[i]``: its characters, when it is a class of a few plain ones that no
    quantifier makes optional (``^["“]…``: a line starting with a quote; the pattern's next literal, "में", was its
    gate before, found in most lines of Hindi text)."""
    m = _PLAIN_CLASS.match(pattern, i)
    if m is None or _optional(pattern, m.end()):
        return None
    return tuple(dict.fromkeys(m.group(1)))


# profile id -> (profile, its index); the profile is kept so that its id is never reused. Profiles
# are few (load_profile caches them), and LanguageProfile holds a dict, so it cannot be a cache key.
_INDEXES: dict[tuple[int, bool], tuple[LanguageProfile, _RuleIndex]] = {}


def _rule_index(profile: LanguageProfile, parts: bool = False) -> _RuleIndex:
    """The index of the profile's rules (``parts``: only the rules of :data:`PART_REASONS`)."""
    entry = _INDEXES.get((id(profile), parts))
    if entry is None or entry[0] is not profile:
        rules = tuple(r for r in profile.chrome_rules if r.reason in PART_REASONS) if parts else profile.chrome_rules
        entry = _INDEXES[(id(profile), parts)] = (profile, _build_index(rules))
    return entry[1]


#: what a menu printed on one line puts between its items: whitespace, a separator, or nothing (glued: the
#: text of adjacent links without a space, "AboutWorkPodcastBlogPressContact"). A line with a digit or sentence
#: punctuation is no such menu.
_MENU_SEP_CHARS = "|•·/,&–—»›"
_MENU_SEP = re.compile(rf"\s*[{_MENU_SEP_CHARS}]\s*|\s+")
_MENU_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: the first word of a line as the split below finds it: up to a space or a separator (then a glued capital; not
#: ``\w``, which stops at a vowel sign)
_MENU_FIRST = re.compile(rf"\s*([^\s{_MENU_SEP_CHARS}]+)")
#: a digit or a sentence mark: a line holding one is no menu (as the inside of a class)
_MENU_NOT_CLASS = r"\d.!?।॥:;()\[\]{}=_<>\"@#$%*+~^"
_MENU_NOT = re.compile(f"[{_MENU_NOT_CLASS}]")
#: the rest of a line the gate takes: none of those characters up to the line's end
_MENU_REST = rf"[^{_MENU_NOT_CLASS}\n]*(?=\n)"
#: the reasons whose exact phrases of at most 3 words are menu items too ("Your Privacy Choices", "My Account")
_MENU_KINDS = frozenset({"navigation", "legal", "account", "shop", "share"})
#: at most this many characters: a menu line longer than this is a paragraph of links, left to structure
MENU_MAX_CHARS = 160


@dataclass(frozen=True, slots=True)
class _MenuIndex:
    reason: str
    items: frozenset[str]
    #: the first word of each item (a line whose first word is none of them is no menu: one set lookup)
    heads: frozenset[str]
    longest: int
    #: a line of a document that starts with one of ``heads`` in any case (a superset of the lines menu_run may
    #: take: one search of the document finds the few lines worth splitting)
    gate: re.Pattern[str]


def _build_menu(rules: tuple[ChromeRule, ...]) -> _MenuIndex | None:
    """The menu of ``rules`` (:class:`_RuleIndex` ``menu``): their menu items, and the exact phrases of at most
    3 words of the kinds a menu lists."""
    listing = [r for r in rules if r.menu]
    if not listing:
        return None
    items = frozenset().union(*(r.menu for r in listing), *(
        {k for k in r.exact if k.count(" ") < 3} for r in rules if r.reason in _MENU_KINDS))
    heads = frozenset(k.split(" ")[0] for k in items)
    # (a line's start written as the newline before it, which the search finds by a fast scan; the text searched
    # starts with one)
    gate = re.compile(r"\n[^\S\n]*(?i:" + _menu_heads(_prefix_minimal(heads)) + ")" + _MENU_REST)
    return _MenuIndex(listing[0].reason, items, heads, max(k.count(" ") + 1 for k in items), gate)


def _menu_heads(heads: list[str]) -> str:
    """The menu gate's alternation of ``heads`` (under ``(?i)``): the trie of those that start with a cased character
    behind a lookahead for their first characters, then the trie of the others. Under ``(?i)`` ``re`` writes a cased
    letter as a case-blind literal, which an alternation enters branch by branch, where it skips a branch of a plain
    literal (an uncased letter: Devanagari) or of a class at once: on a line that starts with no head's first letter
    (nearly all of them) one class test stands for the ~26 case-blind branches. The same lines match (the lookahead
    is their first characters' class, case-blind too), up to the same end (``_MENU_REST`` takes a match to its line's
    end): the gate of the Hindi crawl's ~4 KB pieces ~0.0045 -> ~0.0025 ms per piece with hi's menu, ~0.0036 ->
    ~0.0014 with web-common's (session 20)."""
    cased = [w for w in heads if w[:1].lower() != w[:1].upper()]
    others = [w for w in heads if w[:1].lower() == w[:1].upper()]
    alternatives = []
    if cased:
        firsts = "".join(re.escape(c) for c in sorted({w[0] for w in cased}))
        alternatives.append(f"(?=[{firsts}])" + _trie_pattern(cased, re.escape))
    if others:
        alternatives.append(_trie_pattern(others, re.escape))
    return "|".join(alternatives)


def _prefix_minimal(words: Iterable[str]) -> list[str]:
    """``words`` less those that start with another one (a line starting with the longer starts with the shorter)."""
    kept: list[str] = []
    for w in sorted(set(words)):  # a word sorts right after its prefixes, the nearest one last kept
        if not (kept and w.startswith(kept[-1])):
            kept.append(w)
    return kept


def menu_run(line: str, menu: _MenuIndex) -> bool:
    """Whether ``line`` is a menu printed on one line: only items of the profile's menu (``menu`` keys of its rules),
    at least 3 of them, or 2 with a separator or glued ("Privacy PolicyTerms of Service", "Log in / Sign up").

    Each item a whole entry ("Docs Customers Pricing", "Gift Cards Support Blog About us Careers Sitemap"), so a
    heading that merely starts with a menu word ("Explore our services", "Security Features") is not one; no
    digit or sentence punctuation ("Cart 0", a sentence)."""
    # its first word first: nearly every line starts with a word no item starts with
    first = _MENU_FIRST.match(line)
    if first is None or _MENU_GLUE.split(first.group(1), 1)[0].casefold() not in menu.heads:
        return False
    if len(line) > MENU_MAX_CHARS or _MENU_NOT.search(line) is not None:
        return False
    line = line.strip()
    joined = any(c in line for c in _MENU_SEP_CHARS)
    glued = _MENU_GLUE.search(line) is not None
    if not joined and not glued and line.count(" ") < 2:
        return False  # (fewer than 3 words, none joined: the common case, answered without a split)
    words = [w.casefold() for p in _MENU_SEP.split(line) if p for w in _MENU_GLUE.split(p)]
    # the fewest items the words split into (None: they do not split into items)
    n = len(words)
    fewest: list[int | None] = [0] + [None] * n
    for end in range(1, n + 1):
        for size in range(1, min(menu.longest, end) + 1):
            before = fewest[end - size]
            now = fewest[end]
            if before is not None and (now is None or before + 1 < now) and (
                    " ".join(words[end - size:end]) in menu.items):
                fewest[end] = before + 1
    items = fewest[n]
    if items is None:
        return False
    return items >= 3 or (items >= 2 and (joined or glued))


def _spelling_folded(lines: Sequence[str]) -> Sequence[str]:
    """``lines`` as the lexicon reads them: spelling folded (:func:`fold_spelling`; its rules are folded alike),
    the document folded at once."""
    text = "\n".join(lines)
    folded = fold_spelling(text)
    if folded is text:
        return lines
    split = folded.split("\n")
    return split if len(split) == len(lines) else [fold_spelling(ln) for ln in lines]


def _many_spaces(line: str, least: int) -> bool:
    """Whether ``line`` holds at least ``least`` spaces between its first and last kept characters (:func:`_kept`)."""
    a, b = 0, len(line)
    while a < b and not _kept(line[a]):
        a += 1
    while b > a and not _kept(line[b - 1]):
        b -= 1
    return line.count(" ", a, b) >= least


def chrome_reason(line: str, profile: LanguageProfile, *, parts: bool = False) -> str | None:
    """The removal reason for ``line`` if it is site chrome, else ``None``.

    ``parts=True`` matches only the rules of the :data:`PART_REASONS` categories (the first of them that
    matches), patterns on the key only, for a sentence cut from a line's edge: fewer searches per sentence."""
    return chrome_reasons([line], profile, parts=parts)[0]


#: whitespace other than the space and the newline, as a positive class (a negated one is searched
#: several times slower): Python's whitespace, a superset of the regex module's (all below U+3001)
_OTHER_SPACE = re.compile("[" + "".join(re.escape(c) for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n")
                          + "]")


def _spaced(text: str) -> bool:
    """Whether ``text`` holds whitespace to collapse: two spaces in a row, or whitespace other than the space and the
    newline (:data:`_OTHER_SPACE`). None of those is printable (``str.isprintable``: they are separators and controls),
    so a text printable but for its newlines holds none, which one C pass over the characters' types tells without the
    class search (none of the Hindi crawl's ~4 KB pieces holds one: the check of their short lines ~0.0079 -> ~0.0069
    ms per piece, session 19)."""
    return "  " in text or (not text.replace("\n", " ").isprintable() and _OTHER_SPACE.search(text) is not None)


#: id of a tuple of searches of :func:`_matches` -> (the tuple, the character every match of each starts with or None:
#: :func:`_heads`); the tuple is kept so that its id is never reused (a pattern's own hash reads its whole code)
_HEADS: dict[int, tuple[tuple[re.Pattern[str], ...], tuple[str | None, ...]]] = {}


def _heads(searches: tuple[re.Pattern[str], ...]) -> tuple[str | None, ...]:
    """The character every match of each of ``searches`` starts with, or None if not known. The searches of
    :func:`_matches` are tries (:func:`_trie_pattern`) of literals of one first character (:func:`_by_first_char`),
    which the pattern starts with, as itself or escaped by ``re.escape`` (a backslash before it); a space of
    :func:`_space_trie` is a class (``[``), and a trie of several first characters a group (``(``)."""
    entry = _HEADS.get(id(searches))
    if entry is not None and entry[0] is searches:
        return entry[1]
    heads = tuple(p[1:2] if p[:1] == "\\" else None if p[:1] in ("", "[", "(") else p[0]
                  for p in (f.pattern for f in searches))
    if len(_HEADS) < _MEMO_MAX:
        _HEADS[id(searches)] = (searches, heads)
    return heads


def _matches(searches: tuple[re.Pattern[str], ...], texts: list[str], *,
             each_text_once: bool) -> Iterator[tuple[int, str]]:
    """(index of the text, match) for the matches of ``searches`` in ``texts`` (none holds a newline): per search,
    one scan of the texts joined by newlines, resumed after each hit at the next position, or with
    ``each_text_once`` at the next text.

    A search whose first character (:func:`_heads`) is not in the texts is not searched: ``in`` finds a character
    several times faster than a call of the search (a third of the lookup's 45 searches of the gate on a Hindi news
    page start with a Latin letter, nearly all of the part gate's 33 on an English page with a Devanagari one): the
    literals of the short lines of the Hindi crawl's ~4 KB pieces found in ~0.0086 instead of ~0.0105 ms per piece, the
    part gate's in ~0.0086 instead of ~0.0109 (session 18)."""
    if not texts:
        return
    joined = "\n".join(texts)
    starts: list[int] | None = None
    for pattern, head in zip(searches, _heads(searches), strict=True):
        if head is not None and head not in joined:
            continue
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


#: a character a key never starts with (``folded_key`` strips them from a line's edges)
_EDGE = regex.compile(r"[\p{P}\p{S}\p{Z}\s]+")
#: a character a key keeps at its edges (``shuddh.lang.profile``'s first and last kept character)
_KEPT = regex.compile(r"[^\p{P}\p{S}\p{Z}\s]")
#: character -> whether ``_KEPT`` matches it (filled on first sight: the characters of a corpus are few)
_KEPT_CHARS: dict[str, bool] = {}


def _kept(c: str) -> bool:
    """Whether ``folded_key`` keeps the character ``c`` at a key's edge."""
    kept = _KEPT_CHARS.get(c)
    if kept is None:
        kept = _KEPT_CHARS[c] = _KEPT.match(c) is not None
    return kept


@cache
def _edge_class() -> str:
    """:data:`_EDGE` as the inside of a stdlib ``re`` class: read off the regex module in the BMP
    (:func:`shuddh.text.bmp.bmp_class`), with every character beyond it (a superset there, which a necessary
    condition may be)."""
    return bmp_class(_EDGE) + "\U00010000-\U0010ffff"


def _space_trie(literals: list[str], at_start: bool) -> str:
    """A stdlib ``re`` alternation (as a trie) of ``literals`` — each space of a literal standing for a run
    of the regex module's whitespace (a key collapses such a run to one space) — without the literals
    that hold another one (``at_start``: that start with another one), which are found wherever they are."""
    if at_start:
        kept: list[str] = []
        for w in sorted(set(literals), key=len):
            if not any(w.startswith(k) for k in kept):
                kept.append(w)
    else:
        kept = _minimal(literals)
    return _trie_pattern(kept, lambda ch: f"[{_REGEX_SPACE}]+" if ch == " " else re.escape(ch))


# profile id -> (profile, the searches of _part_gates or None)
_PART_GATES: dict[int, tuple[LanguageProfile, tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None]] = {}


def _part_gates(profile: LanguageProfile) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None:
    """(a match at the start of a case-folded, spelling-folded sentence, a search anywhere in it): a sentence
    neither finds anything in matches no rule of :data:`PART_REASONS` (None: no such searches exist).

    With ``parts=True`` a sentence's key matches a rule (exact phrase, prefix, started or gated pattern,
    contained phrase; the key only) only if the key starts with an exact phrase, a prefix or a started
    literal, or holds a gate literal or a contained phrase. The key is the sentence's case fold less its
    edge characters (each run of whitespace one space): the first search takes edge characters and then
    one of the first group (less those that start with an edge character, which no key does), the second
    finds one of the second group — a space of either standing for any whitespace run. A rule without such
    literals (a pattern searched on every line, an empty prefix or contained phrase) leaves no searches."""
    entry = _PART_GATES.get(id(profile))
    if entry is not None and entry[0] is profile:
        return entry[1]
    index = _rule_index(profile, parts=True)
    gates: tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None = None
    if not (index.always or index.prefix_other or index.contains_all):
        firsts = [*index.exact, *(p for ps in index.prefix_by_char.values() for _, p in ps),
                  *(x for xs in index.starts.values() for x in xs)]
        firsts = [x for x in firsts if x and _EDGE.match(x) is None]
        inside = _inside_literals(index)
        gates = (re.compile(f"[{_edge_class()}]*{_space_trie(firsts, True)}") if firsts else None,
                 re.compile(_space_trie(inside, False)) if inside else None)
    _PART_GATES[id(profile)] = (profile, gates)
    return gates


def _inside_literals(index: _RuleIndex) -> list[str]:
    """The literals the part gate's second search finds anywhere in a sentence: the gated patterns' literals and
    the contained phrases."""
    return [*index.needed_by, *(p for _, p in index.contains)]


# profile id -> (profile, the searches of _part_inside)
_PART_INSIDE: dict[int, tuple[LanguageProfile, tuple[re.Pattern[str], ...]]] = {}


def _part_inside(profile: LanguageProfile) -> tuple[re.Pattern[str], ...]:
    """The second search of :func:`_part_gates` as one search per first character of its literals, as
    :func:`_any_literal` splits the lookup's gate: a position matches one of them where it matches the one trie (a
    literal's first character picks its search), so the sentences where they find a match are the sentences where
    it finds one; each search tries its trie only where its own first character is, where the one trie was tried
    wherever any literal's is (nearly every letter of English, and क, ज, प, स … of Hindi: the sentences cut from
    the lines' edges looked up in ~0.023 instead of ~0.036 ms per English wcxb page, ~0.035 instead of ~0.042 per
    Hindi news page). Empty when the gates have no second search."""
    entry = _PART_INSIDE.get(id(profile))
    if entry is not None and entry[0] is profile:
        return entry[1]
    # (_space_trie keeps the _minimal literals too: a literal that holds another is found where that one is)
    out = tuple(re.compile(_space_trie(ws, False))
                for ws in _by_first_char(_minimal(_inside_literals(_rule_index(profile, parts=True)))))
    _PART_INSIDE[id(profile)] = (profile, out)
    return out


def _hit_texts(searches: tuple[re.Pattern[str], ...], texts: list[str]) -> set[int]:
    """The indexes of ``texts`` in which one of ``searches`` finds a match that starts there (:func:`_matches`, each
    text once per search: several searches where one was searched before, the former ``_hits``, kept in
    ``tests/unit/perf_equivalence/test_line_stages_round16.py``)."""
    return {k for k, _ in _matches(searches, texts, each_text_once=True)}


def chrome_reasons(lines: Sequence[str], profile: LanguageProfile, *, parts: bool = False) -> list[str | None]:
    """``[chrome_reason(line, profile, parts=parts) for line in lines]``: the lexicon (:func:`_short_reasons`), then
    for the lines it does not read — longer than ``[chrome] max_words`` — the profile's long rules
    (:func:`_long_reasons`; not for ``parts``, which are sentences)."""
    out = _short_reasons(lines, profile, parts=parts)
    if not parts and profile.chrome_long_rules and len(out) - out.count(None) >= LONG_EVIDENCE:
        _long_reasons(lines, out, profile)
    return out


#: the long rules read a document only when the lexicon found at least this many chrome lines in it: a page's text with
#: its site's chrome around it, where a newsletter box, a blurb or a cookie notice stands too (clean text — 591 of the
#: Hindi crawl's 614 ~4 KB pieces, most of a corpus after extraction — is not scanned for the long rules' literals,
#: ~0.019 ms per such piece)
LONG_EVIDENCE = 2


_LONG_GATES: dict[int, tuple[LanguageProfile, tuple[str, ...]]] = {}


def _long_gates(profile: LanguageProfile) -> tuple[str, ...]:
    """Every gate literal of the profile's long rules as it may stand in a spelling-folded line that is not case
    folded: as loaded (folded both ways), each literal's first word of at least 4 characters, and for a Latin literal
    its capitalised and upper-case forms ("cookie", "Cookie", "COOKIE"). A prefilter of the document: the rules' own
    gates decide on the case-folded line."""
    entry = _LONG_GATES.get(id(profile))
    if entry is None or entry[0] is not profile:
        out: set[str] = set()
        for r in profile.chrome_long_rules:
            for g in r.gate:
                stem = next((w for w in g.split() if len(w) >= 4), g)
                for x in (g, stem):
                    out.add(x)
                    if x.isascii():
                        out.update({x.capitalize(), x.upper()})
        entry = _LONG_GATES[id(profile)] = (profile, tuple(sorted(out)))
    return entry[1]


def _long_reasons(lines: Sequence[str], out: list[str | None], profile: LanguageProfile) -> None:
    """Sets ``out[i]`` for a line the lexicon left (None) that is longer than ``[chrome] max_words`` words and a long
    rule (:class:`shuddh.lang.profile.LongChromeRule`) takes: up to the rule's ``max_words``, holding one of its gate
    literals (case-folded, spelling-folded), a pattern of it searching the case-folded line, whitespace collapsed. A
    call (:data:`CALL_REASONS`) that is a how-to's step or has a public body's mark and none of the site's stays, as
    for the lexicon (:func:`_call_gates`); reported speech is each long pattern's own guard ("ने कहा", "के मुताबिक"):
    the profile's ``reported_speech`` holds "कि", which a pitch of several sentences holds too ("… हर शनिवार बताती है
    कि क्या बदला").
    (The document's text is looked through once for the gates' literals (:func:`_long_gates`); then only the long
    lines holding one are folded and searched.)"""
    text = fold_spelling("\n".join(lines))  # (the rules' literals and patterns are spelling-folded: "न्यूज़लेटर")
    present = [g for g in _long_gates(profile) if g in text]
    if not present:
        return
    split = text.split("\n")
    folded_lines = split if len(split) == len(lines) else [fold_spelling(ln) for ln in lines]
    rules = profile.chrome_long_rules
    least = profile.chrome_max_words - 1
    most = max(r.max_words for r in rules)
    found: list[int] = []
    folded: list[str] = []
    for i, ln in enumerate(folded_lines):
        if out[i] is not None or len(ln) < 2 * least or not any(g in ln for g in present):
            continue
        n = ln.count(" ")
        if not least <= n < most:
            continue
        low = ln.casefold()
        gated = [r for r in rules if n < r.max_words and any(g in low for g in r.gate)]
        if not gated:
            continue
        low = " ".join(low.split())
        for r in gated:
            if any(p.search(low) for p in r.patterns):
                out[i] = r.reason
                found.append(i)
                folded.append(low)
                break
    if found:
        kept = _call_gates([out[i] for i in found], folded, profile, reported_speech=False)
        for i, reason in zip(found, kept, strict=True):
            out[i] = reason


def _short_reasons(lines: Sequence[str], profile: LanguageProfile, *, parts: bool = False) -> list[str | None]:
    """``[chrome_reason(line, profile, parts=parts) for line in lines]`` for the lexicon's lines, with the work that a
    line's words need done once for all the lines (a document's): one case fold, one search for the contained
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
    newline = text.count("\n") != len(small) - 1  # a line held a newline: fold (and find menus) line by line
    gates = _part_gates(profile) if parts else None
    if gates is None:
        spaces = newline or _spaced(text)
        looked = small  # the lines whose keys are built
        if not spaces:
            # a paragraph (too long for a menu) whose key would hold max_words spaces or more, and more than any exact
            # phrase, matches no rule: it is not case folded nor its key built. Without whitespace to collapse its
            # key's spaces are those of the line between its first and last kept characters (_many_spaces: the case
            # fold keeps the spaces and makes none, and folds a kept character to kept ones and the others to others:
            # the lookup of the Hindi crawl's ~4 KB pieces ~0.005 ms cheaper, where these paragraphs hold ~80 % of the
            # short lines' text, session 18)
            least = max(max_words, index.exact_max_spaces + 1)
            looked = [i for i in small if len(lines[i]) <= MENU_MAX_CHARS or not _many_spaces(lines[i], least)]
        if newline:
            folded = [lines[i].casefold() for i in looked]
        else:
            joined = text if len(looked) == len(small) else "\n".join([lines[i] for i in looked])
            folded = joined.casefold().split("\n") if looked else []
    else:
        looked = small
        folded = [lines[i].casefold() for i in small] if newline else text.casefold().split("\n")
        # only the sentences that may match a rule (nearly all sentences cut from a line's edge do not)
        start, inside = gates
        found_inside = _hit_texts(_part_inside(profile), folded) if inside is not None else set()
        may = [k for k, s in enumerate(folded) if k in found_inside or (start is not None and start.match(s))]
        if not may:  # (the rest of the lookup's fixed cost skipped: ~0.002 ms per ~4 KB piece of the crawl, session 18)
            return out
        looked, folded = [small[k] for k in may], [folded[k] for k in may]
        # whitespace to collapse is looked for in these alone: only their keys are built (the sentences of the
        # Hindi crawl's ~4 KB pieces looked up in ~0.0248 instead of ~0.0267 ms per piece, session 18)
        text = "\n".join([lines[i] for i in looked])
        spaces = newline or _spaced(text)
    # per short line: its index, key, and the best rule position of its exact phrase and prefixes
    todo: list[tuple[int, str, int]] = []
    folds: list[str] = []  # the case-folded line of each entry of todo
    kept_chars = _KEPT_CHARS
    for i, s in zip(looked, folded, strict=True):
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
            line_lits: frozenset[str] = frozenset()
            if k in gated:
                # the searches the literals found may stand for, those that need no digit apart (memoised per set of
                # literals: :func:`_gated_searches`)
                line_lits = frozenset(gated[k])
                every, no_digit = _gated_searches(index, line_lits)
                searches = every if every is no_digit or any(_DIGIT.search(t) for t in texts) else no_digit
            hit = bool(index.always) and any(f.search(t) is not None for f in index.always for t in texts)
            if not hit:
                for f, t in started:
                    if f.search(t) is not None:
                        hit = True
                        break
            if not hit and searches:
                # a search whose own literals are not in the line cannot match there (the gate found a shorter
                # literal standing for them): the substring tests cost less than the failing search (session 20:
                # the round's Hindi patterns gated on "करें", "जुडे", "मई" …); each literal tested once per line
                # (:func:`_own_needs`)
                owns, union = _own_needs(index, line_lits, searches, searches is every)
                present: frozenset[str] | None = None
                for f, own in zip(searches, owns, strict=True):
                    if own is not None:
                        if present is None:
                            present = frozenset(x for x in union if x in key or (raw is not key and x in raw))
                        if present.isdisjoint(own):
                            continue
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
        if not newline:
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
    return _call_gates(out, lines, profile)


#: a short line in two scripts: the Latin run and the other, either way round (:func:`_bilingual_labels`)
_TWO_SCRIPTS = regex.compile(r"^(?:(?P<other>[^\p{Latin}]+?)\s+(?P<latin>[\p{Latin}][\p{Latin}\s&'’-]*)|"
                             r"(?P<latin2>[\p{Latin}][\p{Latin}\s&'’-]*?)\s+(?P<other2>[^\p{Latin}]+))$")
#: ... at most this long, its non-Latin run at most BILINGUAL_OTHER_WORDS words
BILINGUAL_MAX_CHARS = 60
BILINGUAL_OTHER_WORDS = 4
#: ... or at most this many when the lexicon removes that run alone (a label's own words)
BILINGUAL_LABEL_WORDS = 6
#: what may stand between the two halves, besides spaces: a separator, not a word of either half
_BILINGUAL_SEAM = "|/•·:-–—"


def _bilingual_labels(out: list[str | None], lines: Sequence[str], profile: LanguageProfile) -> None:
    """A widget's label written twice, in the page's script and in English ("அதிகம் படித்தவை Most Read", "सबसे
    ज्यादा पढ़ी गई Most Read", "Latest News ताज़ा खबरें"), takes the reason of its English half: a short line of one
    non-Latin run of at most :data:`BILINGUAL_OTHER_WORDS` words without a sentence mark and one Latin run that the
    lexicon alone removes (web-common's labels, which every Indic profile includes). Indian sites label menus and boxes
    so; a line of prose is neither that short nor a bare label in English. Only profiles not written in Latin; in
    :func:`clean_lines`, after the lexicon's lookup (:func:`chrome_reasons` is the lookup alone).
    (Blind-written pages of batch 2, TUNE family f10: "அதிகம் படித்தவை Most Read", "சற்றுமுன் Latest".)

    The two halves are often split by a separator ("کھیل کی مزید خبریں | More from Sports", "ہمیں فالو کریں | Follow
    Us"): it belongs to neither half and is not one of its words (session 30: the "|" counted as a fifth word of
    "کھیل کی مزید خبریں |"). A non-Latin half that the lexicon removes alone may hold up to
    :data:`BILINGUAL_LABEL_WORDS` words (a label's own words: "سب سے زیادہ پڑھی گئی | Most Read", five), and then a
    short Latin half needs no lexicon match of its own ("صحت کی مزید خبریں | Health": the section's name) when the
    half is a box's label (``structure._TEASER_REASONS``: a one-word label of another kind, "नाम", "होम", next to a
    Latin word is not shown to be one)."""
    todo: list[tuple[int, str, str]] = []
    for i, r in enumerate(out):
        if r is not None:
            continue
        line = lines[i]
        if len(line) > BILINGUAL_MAX_CHARS or line.isascii():
            continue
        m = _TWO_SCRIPTS.match(line.strip())
        if m is None:
            continue
        other = (m.group("other") or m.group("other2")).strip().strip(_BILINGUAL_SEAM).strip()
        latin = (m.group("latin") or m.group("latin2")).strip()
        if (len(other.split()) > BILINGUAL_LABEL_WORDS or _SENTENCE_END.search(other) is not None
                or not any(c.isalpha() for c in other)):
            continue
        todo.append((i, latin, other))
    if not todo:
        return
    # both halves of every line in one lookup
    both = chrome_reasons([latin for _, latin, _ in todo] + [other for _, _, other in todo], profile)
    for (i, latin, other), r, found_other in zip(todo, both[:len(todo)], both[len(todo):], strict=True):
        o = None if found_other in CALL_REASONS else found_other
        if r is not None and r not in CALL_REASONS and (len(other.split()) <= BILINGUAL_OTHER_WORDS or o is not None):
            out[i] = r
        elif o in _TEASER_REASONS and len(latin.split()) <= BILINGUAL_OTHER_WORDS:
            out[i] = o


def _call_gates(out: list[str | None], folded: Sequence[str], profile: LanguageProfile, *,
                reported_speech: bool = True) -> list[str | None]:
    """``out`` (the lexicon's reasons of the spelling-folded lines ``folded``) less the calls that are the story's, not
    the site's:

    * a promo line that is a how-to's numbered item or step (:data:`_HOW_TO_STEP`): "1. उमंग ऐप डाउनलोड करें",
      "स्टेप 2: डिजिलॉकर ऐप डाउनलोड करें", "ধাপ ২: … অ্যাপ ডাউনলোড করুন" (every profile's app and channel calls took them);
    * a call to the reader (:data:`CALL_REASONS`) in reported speech (the profile's ``reported_speech``): "ठगों ने
      मैसेज भेजा कि … ग्रुप से जुड़ने के लिए यहां क्लिक करें", "\"Subscribe to our channel,\" the YouTuber told fans";
    * a call with a mark of a public service or a how-to's step (the profile's ``story_calls``) and none of the site's
      own (``site_calls``): "सबसे पहले प्ले स्टोर से डिजीलॉकर ऐप डाउनलोड करें।", "बाढ़ की जानकारी के लिए जिला प्रशासन के
      एक्स हैंडल को फॉलो करें", "साइबर ठगी की शिकायत के लिए संचार साथी ऐप डाउनलोड करें" stay; "ताजा खबरों के लिए हमारा
      ऐप डाउनलोड करें" goes (session 24).

    Not one call line of the labelled sets, the crawl or wcxb is numbered so or holds reported speech.
    ``reported_speech=False``: the second test is left to the caller's patterns (the long rules',
    :func:`_long_reasons`).
    ``out`` is changed in place and returned."""
    if CALL_REASONS.isdisjoint(out):
        return out
    reported = profile.chrome_reported if reported_speech else None
    story, site = profile.chrome_story_calls, profile.chrome_site_calls
    for i, r in enumerate(out):
        if r not in CALL_REASONS:
            continue
        line = folded[i]
        if r == "promo" and _HOW_TO_STEP.match(line) is not None:
            out[i] = None
            continue
        low = line.casefold()
        if ((reported is not None and reported.search(low) is not None)
                or (story is not None and story.search(low) is not None
                    and (site is None or site.search(low) is None))):
            out[i] = None
    return out


def _part_reason(part: str, profile: LanguageProfile) -> str | None:
    return _part_reasons([part], profile)[0]


def _part_reasons(parts: list[str], profile: LanguageProfile) -> list[str | None]:
    """The reason of each sentence ``parts[i]`` cut from a line's edge, or None (the lexicon's part rules;
    a read_more sentence needs its label's colon or dash, or to be a bare label)."""
    out = chrome_reasons(parts, profile, parts=True)
    for k, reason in enumerate(out):
        if (reason == "read_more" and _LABEL_END.match(parts[k]) is None
                and line_key(parts[k]) not in _bare_labels(profile)):
            out[k] = None
    return out


def _bare_labels(profile: LanguageProfile, reason: str = "read_more") -> frozenset[str]:
    """The prefix phrases of ``reason`` themselves (a bare "यह भी पढ़ें" at a line's end is its label too)."""
    return frozenset(p for rule in profile.chrome_rules if rule.reason == reason for p in rule.prefix)


#: a sentence's closing mark: a "read more about …" line that ends in one is a sentence of the text. Not an
#: ellipsis: a truncated teaser ends in one ("पूर्ण बातमी वाचण्यासाठी येथे क्लिक करा...", "વાંચો વિગતવાર અહેવાલ...": blind sets
#: w1 and w3 of bench_chrome_blind.py)
_SENTENCE_END = regex.compile(r"(?:(?<!\.)\.|[!?।॥۔؟])[\"'”’)\]]*\s*$")


#: the categories whose lines are a call to the reader (follow, download, subscribe, allow, sign in): a line of theirs
#: in reported speech is kept (:attr:`shuddh.lang.profile.LanguageProfile.chrome_reported`, :func:`chrome_reasons`)
CALL_REASONS = frozenset({"promo", "share", "prompt", "notifications", "account"})


#: the start of a how-to's numbered item ("1.", "2)") or step ("Step 2:", "स्टेप 2:", "चरण 1 -", "ধাপ ২:"): one word, a
#: space and a number of at most two digits before a colon, dash, period or bracket and a space (not a site's name,
#: "জাগোনিউজ২৪.কম এর অ্যাপ ডাউনলোড করুন"). A promo line so numbered is kept (:func:`chrome_reasons`)
_HOW_TO_STEP = regex.compile(r"\s*(?:\p{N}{1,2}\s*[.)]|[\p{L}\p{M}]{2,12}\s+\p{N}{1,2}\s*[:.)\-–—])\s+\S")


#: the categories whose lines are a label (and what it points at): "Read more: …", "See also: …", "Tags: …".
#: A line of theirs that is a sentence of the text is kept (:func:`_cross_reference`)
LABEL_REASONS = frozenset({"read_more", "see_also", "tags"})


def _cross_reference(line: str, profile: LanguageProfile, reason: str = "read_more") -> bool:
    """A line of a :data:`LABEL_REASONS` category that is a sentence, not a label: closed by an end mark,
    not a bare label, and with no label colon or dash after its first words ("Read more about aliases in the
    dedicated section.", "See also the error_page directive.", "Keywords with low search volumes.").

    A see_also or tags line with a label colon is a sentence too when more than one sentence follows
    ("Keyword research: Regularly conduct keyword research …. Use this information …"): a list of tags or
    of pointers is not closed sentences (wcxb TUNE: 9 body lines of >= 4 words kept, 6 under tags and 3 under
    see_also; 2 chrome lines kept, "Recommended products to help achieve a strong security posture.")."""
    if _SENTENCE_END.search(line) is None or line_key(line) in _bare_labels(profile, reason):
        return False
    if _LABEL_END.match(line) is None:
        return True
    return reason != "read_more" and _SENTENCE_GAP.search(line) is not None


def _enough(rest: str) -> bool:
    return len(rest.split()) >= PART_MIN_REST_WORDS


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
    search, last_gap = _SENTENCE_GAP.search, _LAST_GAP.match
    for k, line in enumerate(lines):
        if line.endswith(")"):
            for piece in _paren_pieces(line, reach):
                parens.append(k)
                paren_pieces.append(piece)
            continue
        # the first gap by a search, the last by one match of _LAST_GAP (where a loop over every gap of the line
        # stood: ~0.0035 ms less per ~4 KB piece of the Hindi crawl, session 18); a line of at most ``reach``
        # characters without a first gap has none
        first = search(line, 0, reach)
        if len(line) <= reach:
            if first is None:
                continue
            last = last_gap(line, first.start())
        else:
            last = last_gap(line, len(line) - reach)
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


def _paren_pieces(line: str, reach: int) -> list[str]:
    """The pieces :func:`cut_parts` looks up in a line that ends with ")" while it finds no chrome: the
    parenthesised note that closes the line, the last sentence, the first sentence (each where there is one).
    When none of them is chrome, ``cut_parts(line)`` is ``(line, [])``."""
    start = max(0, len(line) - reach)
    out = []
    k = _opening_paren(line, start)
    if k > 0 and line[k - 1].isspace():
        out.append(line[k:])
    last = _last_gap(line, start)
    if last is not None:
        out.append(line[last.end(1):])
    g0 = _SENTENCE_GAP.search(line, 0, reach)
    if g0 is not None and line.count(" ", 0, g0.start(1)) < _HEAD_MAX_WORDS:
        out.append(line[:g0.start(1)])
    return out


#: a disclaimer's label opening a line: one or two words and a colon ("डिस्क्लेमर:", "(Disclaimer:", "نوٹ:")
_NOTE_LABEL = regex.compile(r"^\W{0,2}[^\s:：]+(?:\s+[^\s:：]+)?\s*[:：]")


def _one_note(line: str, parts: list[tuple[str, str]]) -> str | None:
    """The reason to remove ``line`` whole when a chrome sentence cut from its edge makes the whole line one note
    (session 31), else None. A note in brackets, "(इस खबर के कुछ अंश एजेंसी इनपुट पर आधारित हैं। प्रभात संवाद ने इन्हें
    संपादित नहीं किया है।)", is one unit: its first sentence is chrome, so is the rest of what the brackets hold. A line a
    disclaimer's label opens, "डिस्क्लेमर: यह लेख सामान्य जानकारी के लिए है। किसी भी बीमारी के इलाज के लिए डॉक्टर से सलाह
    लें।", is that disclaimer to its end. Cutting the first sentence had kept the rest of such a note as text."""
    if line.startswith("(") and line.endswith(")") and _opening_paren(line, 0) == 0:
        return parts[0][0]
    for reason, piece in parts:
        if reason == "disclaimer" and line.startswith(piece) and _NOTE_LABEL.match(piece):
            return reason
    return None


def _all_notes(rest: str, profile: LanguageProfile) -> str | None:
    """The reason to remove a line whole when what its cuts left, ``rest``, is one sentence that the part rules call
    chrome too (session 33), else None: every sentence of the line is a note, and only the guard that a cut leaves
    :data:`PART_MIN_REST_WORDS` words kept the last one. An embed's consent notice, "इस लेख में X से मिली सामग्री शामिल है.
    कुछ भी दिखाने से पहले हम आपकी मंज़ूरी लेते हैं, … चुनें." (61 words: past chrome.max_words, never read whole), lost its
    last three sentences and kept its first as the line. A rest of two sentences or more is left as it is."""
    if _SENTENCE_GAP.search(rest) is not None:
        return None
    return _part_reason(rest, profile)


def _opening_paren(line: str, start: int) -> int:
    """The position of the "(" that the ")" ending ``line`` closes, looked for in ``line[start:]``; -1 if it
    is not there. The parentheses are visited right to left by ``str.rfind``, each search going on from where
    the last one of its kind stopped (linear; a loop over every character took most of the cost of a line
    ending in ")")."""
    depth = 0
    o, c = line.rfind("(", start), line.rfind(")", start)
    while o >= 0 or c >= 0:
        if c > o:
            depth += 1
            pos, c = c, line.rfind(")", start, c)
        else:
            depth -= 1
            pos, o = o, line.rfind("(", start, o)
        if depth == 0:
            return pos
    return -1


def cut_parts(line: str, profile: LanguageProfile) -> tuple[str, list[tuple[str, str]]]:
    """``line`` without its chrome sentences at either edge, and the cuts as (reason, piece) pairs.

    A piece includes the whitespace that separated it from the rest, so ``rest + piece`` (at the end)
    or ``piece + rest`` (at the start) is the line again."""
    cuts: list[tuple[str, str]] = []
    # a piece the lexicon can match is at most this long (chrome_reason's own guard): only the last
    # `reach` characters can hold the end's gap, and the first ones the start's
    reach = profile.chrome_max_words * 25
    # the end: the last sentence, again while the new last sentence is chrome too (two promo sentences)
    for _ in range(3):
        cut = -1
        reason = None
        start = max(0, len(line) - reach)
        if line.endswith(")"):
            # a parenthesised note that closes the line: "… (Disclaimer: … feed. Only headline changed.)"
            k = _opening_paren(line, start)
            if k > 0 and line[k - 1].isspace():
                reason = _part_reason(line[k:], profile)
                cut = k - 1 if reason is not None else -1
        if cut < 0:
            last = _last_gap(line, start)
            if last is not None:
                reason = _part_reason(line[last.end(1):], profile)
                cut = last.start(1) if reason is not None else -1
        if cut < 0 or reason is None or not _enough(line[:cut]):
            break
        cuts.append((reason, line[cut:]))
        line = line[:cut]
    # the start: one sentence, terminated, of a category that is not a teaser label
    g0 = _SENTENCE_GAP.search(line, 0, reach)
    if g0 is not None:
        head = line[:g0.start(1)]
        reason = _part_reason(head, profile) if head.count(" ") < _HEAD_MAX_WORDS else None
        if reason is not None and reason != "read_more" and _enough(line[g0.end(1):]):
            cuts.append((reason, line[:g0.end(1)]))
            line = line[g0.end(1):]
    return line, cuts


class ChromeLineStage(Mapper):
    """Removes chrome lines (lexicon and patterns of the language profile); keeps paragraph breaks."""

    name: ClassVar[str] = "chrome"

    def __init__(self, *, profile: str = "hi", structure: bool = True, parts: bool = True,
                 markup: bool = True, comments: bool = True) -> None:
        self.profile_name = profile
        self.profile = load_profile(profile)
        self.structure = structure
        self.comments = comments
        self.parts = parts
        self.markup = markup

    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        lines = doc.text.split("\n")
        cuts: dict[int, list[tuple[str, str]]] | None = {} if self.parts else None
        title = doc.metadata.get("title")
        reasons = clean_lines(lines, self.profile, structure=self.structure, cuts=cuts, markup=self.markup,
                              title=title if isinstance(title, str) else None, comments=self.comments)
        cuts = cuts or {}
        if not cuts and not any(reasons):
            return doc
        doc.text = remove_lines(doc, lines, [None if r is None else f"chrome.{r}" for r in reasons], ctx)
        for i, parts in sorted(cuts.items()):
            for reason, piece in parts:
                # the audit trail holds the piece with its separating space: at the end it starts with
                # it, at the start it ends with it (shuddh.audit puts it back on line i)
                ctx.remove_line(f"chrome.{reason}.part", piece, doc, i)
        return doc

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "profile": self.profile_name, "structure": self.structure, "parts": self.parts,
                "markup": self.markup, "comments": self.comments}


def title_line(lines: Sequence[str], title: str | None) -> int | None:
    """The index of the first line that reads exactly as ``title`` (whitespace collapsed) when the title has at
    least :data:`TITLE_MIN_WORDS` words (a shorter one: only right above the text, see below), else None: the
    page's headline, as its HTML declared it (the extractor's ``title`` metadata: og:title, the h1, JSON-LD
    headline). A headline is never removed: no lexicon rule, structural rule or cut takes that line (a "ताज़ा
    खबरें" ticker label above it opened a teaser box that took it, in trafilatura's text of blind-written pages,
    session 25)."""
    if not title:
        return None
    want = " ".join(normalize(title).split())  # as the lines are (the normalize stage runs first)
    if len(want.split()) >= TITLE_MIN_WORDS:
        for i, line in enumerate(lines):
            if len(line) >= len(want) and " ".join(line.split()) == want:
                return i
        return None
    # a short title (a poem's, a wiki article's: "खिड़की"): the last line that reads as it among the
    # SHORT_TITLE_REACH lines above the page's first line of prose (a breadcrumb's last item names the poem too);
    # clean_lines protects it from the structural rules, not from the lexicon
    start = next((i for i, line in enumerate(lines) if _opens_prose(line)), None)
    if start is None:
        return None
    for i in range(start - 1, max(-1, start - 1 - SHORT_TITLE_REACH), -1):
        if " ".join(lines[i].split()) == want:
            return i
    return None


def _opens_prose(line: str) -> bool:
    """Whether ``line`` reads as the first line of an article's text: :data:`SHORT_TITLE_PROSE_WORDS` words or more,
    ending in a sentence mark or an ellipsis (a ticker's or a menu's headline ends in none)."""
    return line.count(" ") + 1 >= SHORT_TITLE_PROSE_WORDS and line.rstrip()[-1:] in _PROSE_ENDS


#: a declared title of fewer words protects a line only right above the page's first line of prose (a page titled
#: "होम" or "Contact us" names a menu item): session 39, a poetry magazine's text (blind-written pages) given its
#: poems' titles of one and three words ("खिड़की", "पिता की साइकिल") lost them with the breadcrumb and the menu above
TITLE_MIN_WORDS = 4
#: ... at most this many lines above it (a byline, a date, a share bar between)
SHORT_TITLE_REACH = 6
#: ... and that line of prose has this many words
SHORT_TITLE_PROSE_WORDS = 10
_PROSE_ENDS = frozenset(".।॥?!؟۔…")

#: the platforms a site's follow and channel calls name, in Latin and the Indic scripts' spellings, searched in
#: lower-cased text (stdlib ``re`` without IGNORECASE skips to a possible first character: ~6x faster than with it,
#: whose per-line search cost the chrome stage 0.13 ms per ~4 KB crawl piece)
_PLATFORM = re.compile(r"whatsapp|telegram|google\s*news|youtube|facebook|instagram|twitter|"
                       r"व्हाट्सएप|व्हाट्सऐप|व्हॉट्सॲप|टेलीग्राम|टेलिग्राम|यूट्यूब|फेसबुक|इंस्टाग्राम|"
                       r"વોટ્સએપ|ટેલિગ્રામ|યુટ્યુબ|ફેસબુક|হোয়াটসঅ্যাপ|টেলিগ্রাম|ইউটিউব|ফেসবুক|"
                       r"واٹس\s?ایپ|ٹیلی\s?گرام|یوٹیوب|فیس\s?بک")
#: a line of this many words to this many (and characters) may be two calls glued
_GLUED_MIN_WORDS = 6
_GLUED_MAX_WORDS = 30
_GLUED_MAX_CHARS = 300
#: a line ending in one of these closes a sentence: no follow bar's glued links
_SENTENCE_MARKS = frozenset(".।॥?!؟۔")


def _glue_candidates(lines: Sequence[str]) -> list[int]:
    """The indexes of the lines that name a platform twice or more: one search of their text, lower-cased (a search
    of each line cost ~5 % of the chrome stage on English pages, whose footers name platforms)."""
    if not lines:
        return []
    text = "\n".join(lines).lower()
    hits = [m.start() for m in _PLATFORM.finditer(text)]
    if len(hits) < 2:
        return []
    ends = list(accumulate(len(ln) + 1 for ln in lines))  # line i ends before ends[i]
    per_line = Counter(bisect_right(ends, h) for h in hits)
    return sorted(i for i, n in per_line.items() if n >= 2)


def glued_calls(line: str, profile: LanguageProfile) -> str | None:
    """The reason of a line that is two of the site's calls in a row with no break between them, as a follow bar's
    links come out of the extractor ("ગુજરાત પ્રહરીની WhatsApp ચેનલ સાથે જોડાઓ Telegram પર અમને ફોલો કરો", "लोकदर्पण
    आता Google News वर; ताज्या बातम्यांसाठी आम्हाला फॉलो करा लोकदर्पणच्या WhatsApp चॅनेलमध्ये सामील व्हा"): the line names
    two platforms or more, and a split at most two words before a later platform's name leaves two lines the lexicon
    removes (the first part's reason). A story's line that names two platforms ("ठगों ने WhatsApp और Telegram पर …")
    has no such split. Blind-written pages of two site families (gu, mr), session 25."""
    low = line.lower()
    found = list(_PLATFORM.finditer(low))
    if len(found) < 2:
        return None
    ws = line.split()
    if not _GLUED_MIN_WORDS <= len(ws) <= _GLUED_MAX_WORDS:
        return None
    # the second platform's name starts the second call, or one or two words before it do ("लोकदर्पणच्या WhatsApp
    # …"): at most three splits, each part of three words or more (a bar of bare platform names is the share
    # rules' business, and each split is a lexicon pass of its own)
    at = len(low[:found[1].start()].split())
    for k in (at, at - 1, at - 2):
        if 3 <= k <= len(ws) - 3:
            first = chrome_reason(" ".join(ws[:k]), profile)
            if first is not None and chrome_reason(" ".join(ws[k:]), profile) is not None:
                return first
    return None


def clean_lines(lines: list[str], profile: LanguageProfile, *, structure: bool = True,
                cuts: dict[int, list[tuple[str, str]]] | None = None, markup: bool = True,
                title: str | None = None, comments: bool = True) -> list[str | None]:
    """The removal reason of each line (lexicon first, then structure), or None for a line to keep.

    With ``cuts`` (a dict to fill), chrome sentences at the edges of kept lines are cut too
    (:func:`cut_parts`): ``lines[i]`` is replaced by what is left and ``cuts[i]`` lists the pieces. A line
    the lexicon removes whole for a sentence of a :data:`PART_REASONS` category is kept instead when
    cutting its edge sentences leaves text the lexicon does not match (a paragraph that ends in
    "(… सिंडिकेट फीड से ली गई है)"), unless the cut makes the whole line one note (:func:`_one_note`: a note in
    brackets, a line a disclaimer's label opens), which goes whole. Cuts come after the structural rules, which see the
    lines as they came (a cut line moved the article's bounds on a wcxb page and kept its whole menu).

    With ``markup`` (the default), Office style code leaked into the text (:mod:`shuddh.stages.clean.markup`)
    goes first: a line that is nothing else is removed as ``markup``, and with ``cuts`` a leak at the start or
    the end of a line is cut (``markup.part``) before any other rule sees the line.

    ``title``: the title the page declared (document metadata); the line that reads as it is kept whole
    (:func:`title_line`). ``comments``: readers' comments below an article go (``structure.comment``); False keeps
    them (the reply buttons and, in Hindi, a WordPress comment's time stamp, lexicon ``reply``, still go).
    """
    head = title_line(lines, title)
    leaks = markup_cuts(lines, cuts is not None) if markup else {}
    for i, (rest, pieces) in leaks.items():
        if rest and cuts is not None:
            lines[i] = rest
            cuts[i] = [("markup", p) for p in pieces]
    lex = chrome_reasons(lines, profile)
    if profile.scripts and "Latn" not in profile.scripts:
        _bilingual_labels(lex, lines, profile)
    for i, (rest, _) in leaks.items():
        if not rest:
            lex[i] = "markup"
    for i, r in enumerate(lex):
        if r in LABEL_REASONS and _cross_reference(lines[i], profile, r):
            lex[i] = None
    # two calls glued: a line naming platforms twice or more (one search of the page, lower-cased), unmatched, short
    # and ending in no sentence mark (a follow bar's links; a paragraph's sentences end in one)
    short = [i for i, ln in enumerate(lines) if lex[i] is None and i != head and 0 < len(ln) <= _GLUED_MAX_CHARS
             and ln.rstrip()[-1:] not in _SENTENCE_MARKS]
    for i in _glue_candidates([lines[i] for i in short]):
        lex[short[i]] = glued_calls(lines[short[i]], profile)
    if head is not None and lex[head] is not None and lines[head].count(" ") + 1 < TITLE_MIN_WORDS:
        head = None  # a short title the lexicon takes ("होम", "Contact us"): a menu item named like the page
    if head is not None:
        lex[head] = None
    struct = structural_reasons(lines, profile, lex, head, comments=comments) if structure else [None] * len(lines)
    if cuts is not None:
        # (a line longer than the lexicon reads that a long rule took whole — a newsletter pitch of several sentences —
        # is no line to cut: its rest, re-read by the lexicon alone, was kept with only its first sentence cut)
        most = profile.chrome_max_words
        todo = [i for i, ln in enumerate(lines)
                if ln and i != head and struct[i] is None
                and (lex[i] is None or (lex[i] in PART_REASONS and ln.count(" ") < most))]
        for i, (rest, parts) in zip(todo, _cut_many([lines[i] for i in todo], profile), strict=True):
            if not parts or (lex[i] is not None and chrome_reason(rest, profile) is not None):
                continue
            whole = _one_note(lines[i], parts) or _all_notes(rest, profile)
            if whole is not None:
                lex[i] = whole
                continue
            lines[i], lex[i] = rest, None
            cuts[i] = cuts.get(i, []) + parts  # after a leak cut from the same line (restored last-first)
    return [a if a is not None else b for a, b in zip(lex, struct, strict=True)]

