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
from dataclasses import dataclass
from typing import Any, ClassVar

import regex

from shuddh.document import Document, Dropped
from shuddh.lang.profile import ChromeRule, LanguageProfile, line_key, load_profile
from shuddh.stages.base import Mapper, StageContext, remove_lines
from shuddh.stages.clean.structure import structural_reasons
from shuddh.text.segment import WORD_RE

__all__ = ["PART_REASONS", "ChromeLineStage", "chrome_reason", "clean_lines", "cut_parts"]

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
_SENTENCE_GAP = regex.compile(r"[.?!।॥۔؟…][\"'”’)\]]*(\s+)")
#: the same, searched from the line's end: the last gap (one reverse search, not a walk over every gap)
_LAST_GAP = regex.compile(r"(?r)[.?!।॥۔؟…][\"'”’)\]]*(\s+)")
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
    #: first character of a key -> (rule position, prefix phrase) that can match it
    prefix_by_char: dict[str, tuple[tuple[int, str], ...]]
    #: prefix phrases that can match a key starting with any other character (only the empty phrase)
    prefix_other: tuple[tuple[int, str], ...]
    contains: tuple[tuple[int, str], ...]
    patterns: tuple[tuple[int, regex.Pattern[str]], ...]
    #: a necessary condition for "some pattern matches", as few searches: a line that none of these
    #: matches (nearly every line) matches no pattern, and skips the per-pattern loop (:func:`_prefilter`).
    #: Searches with no known literal (:func:`_gate`) are in ``always``; the others are run only when
    #: ``gate`` — every literal one of them needs, in one stdlib ``re`` alternation (a literal alternation
    #: is ~5x faster there than one search of the ``regex`` module) — finds one in the line: ~1 line in 10
    always: tuple[regex.Pattern[str], ...]
    gated: tuple[regex.Pattern[str], ...]
    gate: re.Pattern[str] | None


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
    return _RuleIndex(
        reasons=tuple(rule.reason for rule in rules),
        exact=exact,
        prefix_by_char=by_char,
        prefix_other=empty,
        contains=tuple((r, p) for r, rule in enumerate(rules) for p in rule.contains),
        patterns=tuple((r, p) for r, rule in enumerate(rules) for p in rule.patterns),
        **_gated(_prefilter([p for rule in rules for p in rule.patterns])),
    )


def _gated(searches: tuple[regex.Pattern[str], ...]) -> dict[str, Any]:
    """The prefilter searches split by whether a literal gate is known (:class:`_RuleIndex`)."""
    always: list[regex.Pattern[str]] = []
    gated: list[regex.Pattern[str]] = []
    literals: set[str] = set()
    for f in searches:
        # an anchored search fails at the line's start: cheaper than any gate
        g = _gate(f.pattern) if not f.flags & regex.IGNORECASE and not f.pattern.startswith("^") else None
        if g:
            gated.append(f)
            literals.update(g)
        else:
            always.append(f)
    gate = re.compile("|".join(map(re.escape, sorted(literals, key=len, reverse=True)))) if literals else None
    return {"always": tuple(always), "gated": tuple(gated), "gate": gate}


def _skip_escape_or_class(p: str, j: int) -> int | None:
    """At an escape ``\\x`` or a class ``[…]`` of pattern ``p``: the index after it; else ``None``."""
    if p[j] == "\\":
        return j + 2
    if p[j] != "[":
        return None
    j += 2 if p[j + 1:j + 2] == "]" else 1
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


def _gate(pattern: str) -> tuple[str, ...] | None:
    """Literals at least one of which occurs in every text ``pattern`` matches, or None if not known.

    The pattern is read as a sequence of items: a run of literal characters needs itself (less its last
    character when a quantifier follows: ``cookies?`` -> ``cookie``), a group ``(?:a|b|…)`` that no
    quantifier makes optional needs the literals of one of its alternatives (each read the same way);
    classes, escapes, anchors and optional items need nothing known. Of the items' literal sets the one
    with the longest shortest literal is returned (``फॉलो`` rather than ``पर|को``: it is rarer)."""
    best: tuple[str, ...] | None = None
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        cand: tuple[str, ...] | None = None
        if c == "(":
            end = _group_end(pattern, i)
            if end < 0:
                return best
            q = _QUANTIFIER.match(pattern, end) or regex.match(r"[+]?", pattern[end:])
            optional = (end < n and pattern[end] in "?*") or pattern.startswith("{0", end)
            if pattern.startswith("(?:", i) and not optional:
                cand = _alternatives(pattern[i + 3:end - 1])
            elif pattern[i + 1:i + 2] != "?" and not optional:
                cand = _alternatives(pattern[i + 1:end - 1])
            i = end + (len(q.group()) if q is not None else 0)
        elif c == "[":
            j = i + (2 if pattern[i + 1:i + 2] == "]" else 1)
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
        elif c == "\\":
            i += 2
        elif c == "{":
            i = pattern.find("}", i) + 1 or n
        elif c in _META:
            i += 1
        else:
            j = i
            while j < n and pattern[j] not in _META:
                j += 1
            lit = pattern[i:j]
            if j < n and pattern[j] in "?*{":
                lit = lit[:-1]
            cand = (lit,) if lit else None
            i = j
        if cand and (best is None or min(map(len, cand)) > min(map(len, best))):
            best = cand
    return best


def _alternatives(body: str) -> tuple[str, ...] | None:
    """The gates of a group's body ``a|b|…``: every alternative must have one (:func:`_gate`)."""
    alts: list[str] = []
    depth = start = 0
    k = 0
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
    out: list[str] = []
    for alt in alts:
        g = _gate(alt)
        if not g:
            return None
        out += g
    return tuple(out)


def _prefilter(patterns: list[regex.Pattern[str]]) -> tuple[regex.Pattern[str], ...]:
    """Searches that together match wherever one of ``patterns`` matches (:class:`_RuleIndex`).

    Anchored patterns not reduced to a core become one ``^(?:a|b|…)`` (tried only at the
    start); the others (unanchored, or reduced to their literal core by :func:`_unanchored_core`) are
    searched one by one. Profile patterns have no
    inline flags or back-references, which joining them would change (checked: one flag set)."""
    if not patterns:
        return ()
    if len({p.flags for p in patterns}) != 1:
        return tuple(patterns)
    flags = patterns[0].flags
    anchored: list[str] = []
    anywhere: list[str] = []
    for p in patterns:
        core = _unanchored_core(p.pattern)
        if core is not None:
            anywhere.append(core)
        elif not p.pattern.startswith("^"):
            anywhere.append(p.pattern)
        else:
            anchored.append(p.pattern[1:])
    out: list[regex.Pattern[str]] = []
    if anchored:
        out.append(regex.compile("^(?:" + "|".join(f"(?:{x})" for x in anchored) + ")", flags))
    # each on its own: the regex module searches an alternation of unanchored patterns slower than the
    # patterns one by one (measured on the crawl's last sentences: 30 vs 16 ms), the anchored ones faster
    out += [regex.compile(x, flags) for x in anywhere]
    return tuple(out)


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


def chrome_reason(line: str, profile: LanguageProfile, *, parts: bool = False) -> str | None:
    """The removal reason for ``line`` if it is site chrome, else ``None``.

    ``parts=True`` matches only the rules of the :data:`PART_REASONS` categories (the first of them that
    matches), patterns on the key only, for a sentence cut from a line's edge: fewer searches per sentence."""
    # a line far longer than max_words words can only match an exact rule, and no exact phrase is
    # that long: skip it without building its key (most article paragraphs end here)
    if len(line) > profile.chrome_max_words * 25:
        return None
    key = line_key(line)
    if not key:
        return None
    index = _rule_index(profile, parts)
    none = len(index.reasons)
    best = index.exact.get(key, none)
    # whitespace tokens approximate words well enough for a length guard, at a fraction of the cost
    if key.count(" ") < profile.chrome_max_words:
        for r, p in index.prefix_by_char.get(key[0], index.prefix_other):
            if r >= best:
                break
            if _starts_with_phrase(key, p):
                best = r
                break
        for r, p in index.contains:
            if r >= best:
                break
            if p in key:
                best = r
                break
        if index.patterns and index.patterns[0][0] < best:
            # patterns also see the line with its edge symbols: the key drops a leading "©" (a sentence
            # cut from a line is matched on its key alone: half the searches, and no "©" line is a part)
            # (raw == key unless the line has edge symbols or spaces to collapse, which change its length)
            raw = key if parts or len(line.strip()) == len(key) else " ".join(line.casefold().split())
            texts = (key,) if raw == key else (key, raw)
            hit = any(f.search(t) is not None for f in index.always for t in texts)
            if not hit and index.gate is not None and any(index.gate.search(t) is not None for t in texts):
                hit = any(f.search(t) is not None for f in index.gated for t in texts)
            if hit:
                for r, pat in index.patterns:
                    if r >= best:
                        break
                    if pat.search(key) or pat.search(raw):
                        best = r
                        break
    return index.reasons[best] if best < none else None


def _part_reason(part: str, profile: LanguageProfile) -> str | None:
    reason = chrome_reason(part, profile, parts=True)
    if reason is None:
        return None
    if reason == "read_more" and _LABEL_END.match(part) is None and line_key(part) not in _bare_labels(profile):
        return None
    return reason


def _bare_labels(profile: LanguageProfile) -> frozenset[str]:
    """The read_more phrases themselves (a bare "यह भी पढ़ें" at a line's end is its label too)."""
    return frozenset(p for rule in profile.chrome_rules if rule.reason == "read_more" for p in rule.prefix)


#: a sentence's closing mark: a "read more about …" line that ends in one is a sentence of the text
_SENTENCE_END = regex.compile(r"[.!?।॥۔؟][\"'”’)\]]*\s*$")


def _cross_reference(line: str, profile: LanguageProfile) -> bool:
    """A read_more line that is a sentence, not a teaser: no label colon or dash after its first words,
    not a bare label, and closed by an end mark ("Read more about aliases in the dedicated section.")."""
    return (_SENTENCE_END.search(line) is not None and _LABEL_END.match(line) is None
            and line_key(line) not in _bare_labels(profile))


def _enough(rest: str) -> bool:
    return len(rest.split()) >= PART_MIN_REST_WORDS


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
            depth = 0
            for k in range(len(line) - 1, start - 1, -1):
                depth += {")": 1, "(": -1}.get(line[k], 0)
                if depth == 0:
                    if k > 0 and line[k - 1].isspace():
                        reason = _part_reason(line[k:], profile)
                        cut = k - 1 if reason is not None else -1
                    break
        if cut < 0:
            last = _LAST_GAP.search(line, start)
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

    def __init__(self, *, profile: str = "hi", structure: bool = True, parts: bool = True) -> None:
        self.profile_name = profile
        self.profile = load_profile(profile)
        self.structure = structure
        self.parts = parts

    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        lines = doc.text.split("\n")
        cuts: dict[int, list[tuple[str, str]]] | None = {} if self.parts else None
        reasons = clean_lines(lines, self.profile, structure=self.structure, cuts=cuts)
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
        return {"stage": self.name, "profile": self.profile_name, "structure": self.structure, "parts": self.parts}


def clean_lines(lines: list[str], profile: LanguageProfile, *, structure: bool = True,
                cuts: dict[int, list[tuple[str, str]]] | None = None) -> list[str | None]:
    """The removal reason of each line (lexicon first, then structure), or None for a line to keep.

    With ``cuts`` (a dict to fill), chrome sentences at the edges of kept lines are cut too
    (:func:`cut_parts`): ``lines[i]`` is replaced by what is left and ``cuts[i]`` lists the pieces. A line
    the lexicon removes whole for a sentence of a :data:`PART_REASONS` category is kept instead when
    cutting its edge sentences leaves text the lexicon does not match (a paragraph that ends in
    "(… सिंडिकेट फीड से ली गई है)"). Cuts come after the structural rules, which see the lines as they
    came (a cut line moved the article's bounds on a wcxb page and kept its whole menu).
    """
    lex = [chrome_reason(ln, profile) if ln.strip() else None for ln in lines]
    for i, r in enumerate(lex):
        if r == "read_more" and _cross_reference(lines[i], profile):
            lex[i] = None
    struct = structural_reasons(lines, profile, lex) if structure else [None] * len(lines)
    if cuts is not None:
        for i, ln in enumerate(lines):
            if not ln or struct[i] is not None or (lex[i] is not None and lex[i] not in PART_REASONS):
                continue
            rest, parts = cut_parts(ln, profile)
            if not parts or (lex[i] is not None and chrome_reason(rest, profile) is not None):
                continue
            lines[i], lex[i], cuts[i] = rest, None, parts
    return [a if a is not None else b for a, b in zip(lex, struct, strict=True)]
