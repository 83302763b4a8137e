"""The line stages, cost round 19: chrome_repeats' sentence test answers its common case (a line of ASCII, Latin
typography or Devanagari whose sentences hold six words or more each, ending with its last one) by one match, its
neighbours' tokens fold no digits in an ASCII line without 0-9, and the chrome lookup tells whether a document's short
lines hold whitespace to collapse by ``str.isprintable`` before the class search — against verbatim copies of the code
they replaced (shuddh cbe99a8: ``_is_sentence``, ``_context_token`` and ``chrome_reasons``).

The sentence test decides which lines chrome_repeats keys (and the keys are spooled, compared across shards and read
back by apply); the whitespace flag decides how the lexicon builds each line's key. One differing answer changes what
is removed.
"""

from __future__ import annotations

import types
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.document import Document
from shuddh.lang.profile import available_profiles, load_profile
from shuddh.stages.clean import chrome
from shuddh.stages.clean import repeats as R  # noqa: N812
from tests.unit.perf_equivalence.test_chrome_cost_round_18 import _CRAWL, _crawl_pieces
from tests.unit.perf_equivalence.test_line_stages_round16 import _literal_lines
from tests.unit.perf_equivalence.test_repeats_cost_17 import _hi_line
from tests.unit.perf_equivalence.test_repeats_cost_round_18 import _END_BITS, _line, _real_lines
from tests.unit.perf_equivalence.test_repeats_scan import ref_is_sentence
from tests.unit.stages.test_chrome_repeats_text import _pages

# -- the former definitions (shuddh cbe99a8), verbatim ----------------------------------------------------------------
_FORMER_IS_SENTENCE = r'''
def _is_sentence(line: str) -> bool:
    """A sentence of running text: >= BODY_MIN_WORDS words per sentence on average, ending like one.

    Such a line is never site template, however often its template form repeats: "462 ग्रेगोरी कैलंडर का
    एक साधारण वर्ष है।" is on every year page of Hindi Wikipedia (digits fold to one form), and the
    bench_chrome_sites.py clean-prose sets lost 86 Dakshina lines of this kind (issue 13). Menus, share
    bars, footers and promos have no sentence end or sentences of a few words; the lexicon catches the
    promo and copyright sentences."""
    s = line.rstrip()
    t = s.rstrip(_CLOSERS).rstrip()
    if not t.endswith(_END):
        return False
    # sentences(line) splits only after one of _SENTENCE_ENDS: with e of them it has at most e + 1 pieces, so
    # e + 1 sentences' worth of words answers yes (a line of ASCII, Latin typography or Devanagari: found by one
    # match that stops there, without the list of all its words; and its words and sentences counted by stdlib
    # re: the lines of the bench_chrome_sites pages that end like sentences ~0.042 -> ~0.027 ms per 4 KB)
    if line.isascii():
        kind = _ASCII
        e = line.count(".") + line.count("?") + line.count("!")  # (the other ends are not ASCII)
    elif _NOT_LATIN.search(line) is None:
        kind = _LATIN
        e = line.count(".") + line.count("?") + line.count("!") + line.count("…")  # (no other end is allowed)
    elif _NOT_DEVANAGARI.search(line) is None:
        kind = _DEVANAGARI
        e = sum(map(line.count, _DEVANAGARI_ENDS))
    else:
        kind = _OTHER
        e = sum(map(line.count, _SENTENCE_ENDS))
    # a line that ends with its sentence end (no closer after it) has at most e sentences: each piece sentences()
    # keeps holds a sentence end (the pieces before a split end with one, the last holds the line's last end, or
    # is blank); so e sentences' worth of words answers yes, and with e = 1 fewer answer no. (A one-sentence line
    # of 6 to 11 words, the common case, was found by counting all its words and its sentences; with the ends
    # counted only among those a line of its kind can hold: the lines of the bench_chrome_sites pages that end like
    # sentences ~0.030 -> ~0.020 ms per 4 KB.)
    direct = len(t) == len(s)
    cap = BODY_MIN_WORDS * (e if direct else 1 + e)
    if kind == _OTHER:
        n = len(WORD_RE.findall(line))
    else:
        if e < _AT_LEAST_ENDS:
            if _at_least(cap, kind).match(line) is not None:
                return True
            if direct and e == 1:
                return False
        n = len(_KIND_WORDS[kind].findall(line))  # words(line), by the pattern of the line's characters
    if n < BODY_MIN_WORDS:
        return False
    if n >= cap:
        return True
    return n >= BODY_MIN_WORDS * max(1, len(sentences(line)) if kind == _OTHER else _sentence_count(line))
'''

_FORMER_CONTEXT_TOKEN = r'''
def _context_token(line: str) -> int:
    """A sentence's or a long line's identity as a neighbour: case and digits folded, cheaper than
    :func:`template_form` (such a line is never removed here, only compared)."""
    return xxhash.xxh3_64_intdigest(_DIGITS.sub("0", line.strip().casefold()).encode())
'''

_FORMER_CHROME_REASONS = r'''
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
    newline = text.count("\n") != len(small) - 1  # a line held a newline: fold (and find menus) line by line
    gates = _part_gates(profile) if parts else None
    if gates is None:
        spaces = newline or "  " in text or _OTHER_SPACE.search(text) is not None
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
        spaces = newline or "  " in text or _OTHER_SPACE.search(text) is not None
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
    return out
'''


def _former(module: types.ModuleType, source: str, name: str) -> Any:
    """The former definition of ``name``, run in a copy of ``module``'s namespace."""
    ns = dict(vars(module))
    exec(source, ns)  # the former definition, verbatim
    return ns[name]


old_is_sentence = _former(R, _FORMER_IS_SENTENCE, "_is_sentence")
old_context_token = _former(R, _FORMER_CONTEXT_TOKEN, "_context_token")
old_chrome_reasons = _former(chrome, _FORMER_CHROME_REASONS, "chrome_reasons")


# -- fixtures: lines and pages of our own ----------------------------------------------------------------------------
_HI = ["प्रधानमंत्री नरेंद्र मोदी ने आज नई दिल्ली में एक बड़ी बैठक की अध्यक्षता की।",
       "उन्होंने कहा कि सरकार किसानों की आय दोगुनी करने के लिए प्रतिबद्ध है। विपक्ष ने इसका विरोध किया।",
       "मौसम विभाग ने अगले 48 घंटों में भारी बारिश की चेतावनी दी है, लोग सावधान रहें।",
       "यह भी पढ़ें: दिल्ली में प्रदूषण से राहत नहीं।", "होम", "देश", "खेल", "फ़ोटो: सोशल मीडिया।",
       "दिल्‍ली के मुख्यमंत्री ने कहा – “हम हर हाल में काम करेंगे।”", "क्या आप जानते हैं कि भारत में कितने राज्य हैं?",
       "॥ श्री गणेशाय नमः ॥", "सम्पादक : राम कुमार वर्मा", "२०२० में कुल १२ लाख लोगों ने परीक्षा दी थी जो पिछले वर्ष से अधिक है।",
       "Subscribe to our newsletter", "Read more: The prime minister met the farmers' union leaders on Monday.",
       "The Sensex rose 300 points to close at 58,000 on Friday, led by banking and IT stocks.",
       "It’s a “great” day — isn’t it, Mr. Sharma?", "e-mail: news@example.com",
       "Copyright © 2020 All rights reserved.",
       "একটি বাংলা বাক্য যা এখানে অনেক শব্দ নিয়ে লেখা হয়েছে।", "یہ ایک لمبا جملہ ہے جس میں بہت سے الفاظ ہیں۔"]


def _lines_ended(lines: list[str]) -> list[str]:
    """Each line, and each cut after each of its words and ended each way (one end, two, a closer, a space after)."""
    out = list(lines)
    for ln in lines:
        ws = ln.rstrip(".?!।॥۔؟… ").split(" ")
        for k in range(1, len(ws) + 1):
            out += [" ".join(ws[:k]) + end
                    for end in (".", "।", "?", "!", "॥", "…", "۔", ". ।", "। ”", "।\u00a0", " ।")]
    return out


# -- chrome_repeats: the sentence test ------------------------------------------------------------------------------
def test_the_characters_of_the_one_match_are_the_kinds() -> None:
    # _KIND_CHARS: what _NOT_DEVANAGARI finds nothing in; _WORD_STARTS: what DEVANAGARI_WORD_RE's words start with
    bmp = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    assert {c for c in bmp if R._NOT_DEVANAGARI.match(c) is None} == R._KIND_CHARS
    assert {c for c in R._KIND_CHARS if R.DEVANAGARI_WORD_RE.fullmatch(c)} == R._WORD_STARTS
    assert set(R._KIND_END) == {c for c in R._END if R._NOT_DEVANAGARI.match(c) is None}


def test_sentence_test_is_the_former_one_on_real_lines() -> None:
    lines = _real_lines() + _lines_ended(_HI)
    assert len(lines) > 2000
    fast = 0
    for line in lines:
        assert R._is_sentence(line) == old_is_sentence(line) == ref_is_sentence(line), line
        fast += line[-1] in R._KIND_END and R._sentences_of_six(line) is not None
    assert fast > 300  # (the one match answers many of them)


@pytest.mark.skipif(not _CRAWL.is_file(), reason="../shared/data/crawl-hindi-news not present")
def test_sentence_test_is_the_former_one_on_the_crawl() -> None:
    lines = [ln for text in _crawl_pieces() for ln in text.split("\n") if ln]
    assert len(lines) > 4000
    for line in lines + _lines_ended(lines[:200]):
        assert R._is_sentence(line) == old_is_sentence(line), line


_WORDS = ["समाचार", "होम", "देश", "खेल", "जी", "हाँ", "क्ष", "श्\u200dर", "दिल्\u200cली", "भारत-पाक", "२०२०", "Home", "the",
          "U.S.", "3.5", "e-mail", "don't", "it’s", "“quoted”", "—", "•", "©", "₹499", "बांग्ला", "বাংলা", "اردو", "x",
          "\u0964x", "a\u2026b", "a.b", "\u00a0", "\u200b", "\U0001d400"]
_word_line = st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join)
_chars = st.text(alphabet=st.sampled_from([*sorted(R._KIND_CHARS), "\u0995", "\u09be", "\u06d4", "\u061f", "\U0001f600",
                                                                    "\u2028", "\u3000"]), max_size=80)


@settings(max_examples=3000, deadline=None)
@given(_line | _word_line | _chars | _hi_line, st.lists(st.sampled_from(_END_BITS), max_size=3).map("".join),
       st.sampled_from([".", "।", "?", "!", "॥", ""]))
def test_sentence_test_is_the_former_one_on_generated_lines(line: str, end: str, last: str) -> None:
    for ln in (line + end + last, line + last, line):
        assert R._is_sentence(ln) == old_is_sentence(ln), ln


@pytest.mark.parametrize("kind", ["ascii", "latin", "devanagari"])
def test_six_words_and_one_end_is_a_sentence_of_every_kind(kind: str) -> None:
    # the one match stands for each kind's own words: six words and an end are a sentence, five are not; two
    # sentences need twelve ("…।" splits no sentence: no space after the mark; "…" alone ends none)
    word = {"ascii": "word", "latin": "it’s", "devanagari": "शब्द"}[kind]
    for n, end, want in ((6, ".", True), (5, ".", False), (6, "।", True), (12, ". ।", True), (11, ". ।", False),
                         (7, "…।", True), (6, "…", False), (5, "!", False)):
        line = " ".join([word] * n) + end
        assert R._is_sentence(line) == old_is_sentence(line) == want, line


def test_collect_keys_the_same_lines_of_real_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    stage = R.ChromeRepeatsStage()
    docs = [Document(id=p["id"], text=p["text"], source="t", url=p["url"]) for p in _pages()]
    docs += [Document(id="hi", text="\n".join(_lines_ended(_HI)), source="t", url="https://www.example.in/a")]
    new = [stage._scan_keyed(d, R.site_of(d, "t")) for d in docs]
    monkeypatch.setattr(R, "_is_sentence", old_is_sentence)
    assert [stage._scan_keyed(d, R.site_of(d, "t")) for d in docs] == new


def test_context_tokens_are_the_former_ones_on_real_lines() -> None:
    lines = _real_lines() + _lines_ended(_HI) + [" Page 2 of 10 ", "\u0968\u0966\u0968\u0966 में", "Ｎｏ．１２", "ß 1,5"]
    lines += [f"Score {d}{d}:{d}{d}, {d}.{d} pts" for d in "0123456789"]  # (each digit alone: folded runs)
    for line in lines:
        assert R._context_token(line) == old_context_token(line), line


@settings(max_examples=2000, deadline=None)
@given(_line | _word_line | _chars | st.text(alphabet="0123456789 .,:aZ\u0966\u0660\uff10\u00b2\u00df\u212a",
                                             max_size=30))
def test_context_tokens_are_the_former_ones_on_generated_lines(line: str) -> None:
    assert R._context_token(line) == old_context_token(line), line


# -- chrome: whitespace to collapse -----------------------------------------------------------------------------------
def _former_spaced(text: str) -> bool:
    """What chrome_reasons computed (less its ``newline or``), verbatim."""
    return "  " in text or chrome._OTHER_SPACE.search(text) is not None


def test_no_whitespace_to_collapse_is_printable() -> None:
    assert not any(c.isprintable() for c in map(chr, range(0x110000)) if c.isspace() and c not in " \n")
    every = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n")
    for c in every:
        assert chrome._spaced(f"नया{c}शब्द"), hex(ord(c))
        assert _former_spaced(f"नया{c}शब्द"), hex(ord(c))


_spacy = st.text(alphabet=st.sampled_from(["a", "क", "ि", " ", "\n", "\t", "\x0b", "\x1c", "\x1f", "\x85", "\xa0",
                                           "\xad", "\u1680", "\u2000", "\u200b", "\u200d", "\u2028", "\u2029",
                                           "\u202f", "\u3000",
                                           "\ufeff", "\U0001f600", "।", "©"]), max_size=60)


@settings(max_examples=3000, deadline=None)
@given(_spacy)
def test_whitespace_flag_is_the_former_one_on_generated_text(text: str) -> None:
    assert chrome._spaced(text) == _former_spaced(text)


def _same_lookup(lines: list[str], code: str) -> None:
    prof = load_profile(code)
    for parts in (False, True):
        assert chrome.chrome_reasons(lines, prof, parts=parts) == old_chrome_reasons(lines, prof, parts=parts), lines


@pytest.mark.parametrize("code", ["hi", "web-common"])
def test_pages_are_looked_up_as_before(code: str) -> None:
    pages = [p["text"].split("\n") for p in _pages()] + [_HI, [ln.replace(" ", "\u00a0", 1) for ln in _HI],
                                                          [ln.replace(" ", "  ", 1) for ln in _HI]]
    for lines in pages:
        assert chrome._spaced("\n".join(lines)) == _former_spaced("\n".join(lines))
        _same_lookup(lines, code)


@pytest.mark.skipif(not _CRAWL.is_file(), reason="../shared/data/crawl-hindi-news not present")
def test_the_crawls_pieces_are_looked_up_as_before() -> None:
    pieces = _crawl_pieces()
    assert len(pieces) > 500
    for text in pieces:
        _same_lookup(text.split("\n"), "hi")


@pytest.mark.parametrize("code", available_profiles())
def test_lines_of_the_rules_literals_are_looked_up_as_before(code: str) -> None:
    lines = _literal_lines(load_profile(code))
    _same_lookup(lines, code)
    _same_lookup([ln.replace(" ", "\u2009") for ln in lines], code)


@settings(max_examples=300, deadline=None)
@given(st.lists(_spacy | _word_line | st.sampled_from(_HI), max_size=12))
def test_generated_pages_are_looked_up_as_before(lines: list[str]) -> None:
    _same_lookup([ln.replace("\n", " ") for ln in lines], "hi")
    _same_lookup(lines, "web-common")
