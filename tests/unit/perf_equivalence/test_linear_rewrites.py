"""The linear rewrites of issue 15 item 14 decide exactly what the quadratic (or worse) code decided.

Each oracle below is the code as it was before the rewrite (shuddh f90c581), kept verbatim as the
definition its replacement must agree with: the number-run scan of the PII detector and its card-window
test, the legacy detector's URL/e-mail test, edge stripping and Devanagari word check. The speed itself
is tested in ``tests/unit/test_complexity.py``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.pii import PII_TYPES, luhn_check_digit
from shuddh.pii._detect import (
    _BOUND,
    _GROUP,
    _MAX_SUBRUN_GROUPS,
    _MIN_RUN_CHARS,
    _SEP,
    _SP,
    PRIO_NUMBER,
    Hit,
    _card_grouping,
    _parse_run,
    _pick,
    _Run,
    _sep_kind,
    _types_for,
    find_numbers,
)
from shuddh.text.legacy import _detect as legacy
from shuddh.text.legacy._detect import _B, _C, _M, _V

# ---------------------------------------------------------------------------------------------------
# oracles (before the rewrite)
_OLD_RUN_RE = regex.compile(rf"(?<!{_BOUND})(?:\+{_SP}?)?{_GROUP}(?:{_SEP}{_GROUP})*+(?!{_BOUND})")


def _old_cut_ok(run: _Run, kinds: list[str], i: int, j: int) -> bool:
    inner = set(kinds[i : j - 1])
    if not inner:
        return True
    lo, hi = i, j
    while lo > 0 and kinds[lo - 1] in inner:
        lo -= 1
    while hi < len(run.groups) and kinds[hi - 1] in inner:
        hi += 1
    for a in range(lo, i + 1):
        for b in range(j, hi + 1):
            if (a, b) == (i, j):
                continue
            sizes = tuple(len(g) for g in run.groups[a:b])
            digits = "".join(run.groups[a:b])
            if 13 <= len(digits) <= 19 and _card_grouping(sizes):
                return False
    return True


def _old_find_numbers(text: str, enabled: frozenset[str]) -> Iterator[Hit]:
    for m in _OLD_RUN_RE.finditer(text):
        start, end = m.span()
        if end - start < _MIN_RUN_CHARS:
            continue
        run = _parse_run(text, start, end)
        k = len(run.groups)
        if not k:
            continue
        typ = _pick(_types_for(run, 0, k, text), enabled)
        if typ is not None:
            yield (PRIO_NUMBER, start, end, typ)
            continue
        if k == 1:
            continue
        kinds = [_sep_kind(s) for s in run.seps]
        i = 0
        while i < k:
            found = False
            for j in range(min(k, i + _MAX_SUBRUN_GROUPS), i, -1):
                if i == 0 and j == k:
                    continue
                if j - i > 1 and not _old_cut_ok(run, kinds, i, j):
                    continue
                if (i > 0 and run.seps[i - 1] == ".") or (j < k and run.seps[j - 1] == "."):
                    continue
                if sum(len(g) for g in run.groups[i:j]) < 4:
                    continue
                typ = _pick(_types_for(run, i, j, text), enabled)
                if typ is not None:
                    s = start if (i == 0 and run.plus) else run.spans[i][0]
                    yield (PRIO_NUMBER, s, run.spans[j - 1][1], typ)
                    i = j
                    found = True
                    break
            if not found:
                i += 1


_OLD_URLISH = regex.compile(r"(?i)^(?:[a-z][a-z0-9+.-]*://|www\.)\S+$|^\S+@\S+\.\S+$|^[@#]\w+$"
                            r"|^\S+\.(?:com|org|net|in|gov|edu|html?|php)(?:/\S*)?$")
_OLD_EDGE = regex.compile(r"^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$")
_OLD_SYL = (rf"(?:(?:{_C}\u094d[\u200c\u200d]?)*{_C}{_M}?{_B}{{0,2}}"
            rf"|{_V}{_B}{{0,2}}|\u093d|\u0950)")
_OLD_VALID_WORD = regex.compile(rf"^(?=.)(?:{_OLD_SYL})*(?:(?:{_C}\u094d)+[\u200c\u200d]?)?$")

# ---------------------------------------------------------------------------------------------------
# PII number runs
_ALL = frozenset(PII_TYPES)


def _card(seed: int) -> str:
    body = "4" + str(10**13 + seed * 7919)[-14:]
    return body + str(luhn_check_digit(body))


@st.composite
def number_texts(draw: st.DrawFn) -> str:
    """Runs of digit groups with every separator kind, parentheses, "+", context words before, words or
    letters glued after, and card numbers (valid and one digit off) inside longer runs."""
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        parts.append(draw(st.sampled_from(["", "फोन ", "मोबाइल नंबर: ", "आधार ", "कार्ड ", "खाता संख्या ",
                                           "₹", "Tel. ", "पासपोर्ट ", "पेज ", "(", "+"])))
        groups: list[str] = []
        for _ in range(draw(st.integers(1, 14))):
            kind = draw(st.integers(0, 9))
            if kind == 0:
                card = _card(draw(st.integers(0, 10**6)))
                if draw(st.booleans()):
                    card = card[:-1] + str((int(card[-1]) + 1) % 10)  # a near miss
                cut = draw(st.sampled_from([(4, 4, 4, 4), (16,), (4, 6, 6)]))
                pos = 0
                for c in cut:
                    groups.append(card[pos : pos + c])
                    pos += c
            elif kind == 1:
                groups.append("(" + draw(st.sampled_from(["", "+"])) + draw(st.text("0123456789", min_size=1,
                                                                                    max_size=5)) + ")")
            else:
                groups.append(draw(st.text("0123456789१२३", min_size=1, max_size=6)))
        seps = [draw(st.sampled_from([" ", "-", ".", " - ", ". ", "\u00a0", "  "])) for _ in groups]
        parts.append("".join(g + s for g, s in zip(groups, seps, strict=True))[: -len(seps[-1])])
        parts.append(draw(st.sampled_from(["", "x", " रुपये", " ", "। ", "_", "a b "])))
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(number_texts())
def test_find_numbers_same_hits_as_before(text: str) -> None:
    assert list(find_numbers(text, _ALL)) == list(_old_find_numbers(text, _ALL))


def test_find_numbers_same_hits_on_long_table_rows_and_pages() -> None:
    # longer runs than the property test draws (the old code is slow on these: keep them few)
    texts = [
        "पेज " + " ".join(str(i) for i in range(1, 40)),
        " ".join(["4532 0151 1283 0366", "12 34", "9876543210"] * 4),
        "-".join(["4532", "0151", "1283", "0367", "98765", "43210"] * 3),
        "फोन " + " ".join(f"{i:02d}" for i in range(30)),
    ]
    for t in texts:
        assert list(find_numbers(t, _ALL)) == list(_old_find_numbers(t, _ALL))


# ---------------------------------------------------------------------------------------------------
# legacy detector
_URL_ALPHABET = "a@.:/w#_ -Z1\n"
_URL_PIECES = ["com", "COM", "in", "htm", "html", "php", "org", "x.", "@", "/", "://", "www.", "\n", " ", "a", "."]


@settings(max_examples=800, deadline=None)
@given(st.one_of(st.text(_URL_ALPHABET, max_size=14), st.lists(st.sampled_from(_URL_PIECES), max_size=8).map("".join)))
def test_protected_token_same_as_before(token: str) -> None:
    assert legacy.is_protected_token(token) == bool(_OLD_URLISH.match(token))


def test_protected_token_same_as_before_exhaustive_short() -> None:
    for n in range(7):
        for t in itertools.product("a@. ", repeat=n):
            s = "".join(t)
            assert legacy.is_protected_token(s) == bool(_OLD_URLISH.match(s)), s
    for n in range(5):
        for t in itertools.product(["a", ".", "in", "/", "\n"], repeat=n):
            s = "".join(t)
            assert legacy.is_protected_token(s) == bool(_OLD_URLISH.match(s)), s


@settings(max_examples=500, deadline=None)
@given(st.text("a1. -कि\u093c\u094d", max_size=16))
def test_core_same_as_edge_substitution(tok: str) -> None:
    assert legacy._core(tok) == _OLD_EDGE.sub("", tok)


# one code point of each class the word pattern tells apart, and one of none
_WORD_ALPHABET = ["क", "\u093c", "\u094d", "\u200d", "\u200c", "ा", "ि", "ं", "ः", "अ", "ऽ", "ॐ", "x"]


def test_valid_word_same_as_before_exhaustive_short() -> None:
    for n in range(6):
        for t in itertools.product(_WORD_ALPHABET, repeat=n):
            w = "".join(t)
            assert bool(legacy._VALID_WORD.match(w)) == bool(_OLD_VALID_WORD.match(w)), w


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from([*_WORD_ALPHABET, "क्ष", "स्थ", "फ़ि"]), max_size=14))
def test_valid_word_same_as_before(parts: list[str]) -> None:
    w = "".join(parts)
    assert bool(legacy._VALID_WORD.match(w)) == bool(_OLD_VALID_WORD.match(w))


# ---------------------------------------------------------------------------------------------------
# header: breadcrumb split
def test_header_whitespace_set_is_regex_whitespace() -> None:
    from shuddh.stages.clean.header import _WS

    everything = "".join(map(chr, range(0x110000)))
    assert set(_WS) == set(regex.findall(r"\s", everything))


@settings(max_examples=800, deadline=None)
@given(st.text(" \u00a0\t\x1c»/|>:→aक", max_size=24))
def test_header_crumbs_same_as_pattern_split(line: str) -> None:
    from shuddh.stages.clean.header import HeaderStage

    stage = HeaderStage()
    assert stage._crumbs(line) == stage._crumb_re.split(line)
