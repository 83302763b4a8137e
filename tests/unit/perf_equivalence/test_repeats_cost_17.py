"""chrome_repeats' scan, session 17 cost round: each fast path against the definition it replaced.

The former definitions are the oracles: ``ref_is_sentence``, ``ref_template_form`` and ``ref_scan`` of
``test_repeats_scan`` (the straightforward scan), ``WORD_RE`` for the Devanagari word pattern, ``sentences`` for
the sentence count, ``" ".join(line.split())`` for the whitespace test, the regex module's classes for the
character tables, ``np.array`` for the spooled arrays.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import numpy as np
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.document import Document
from shuddh.stages.clean import repeats as R  # noqa: N812
from shuddh.text.segment import TYPOGRAPHIC, WORD_RE, sentences, words
from tests.unit.perf_equivalence.test_repeats_scan import ref_is_sentence, ref_scan, ref_template_form
from tests.unit.stages.test_chrome_repeats_text import _pages, _play_chunks

_WORD_CLASS = regex.compile(r"[\p{L}\p{M}\p{N}]")
#: the characters a line may hold for the re patterns of _is_sentence (no _NOT_DEVANAGARI match)
_ALLOWED = ([chr(c) for c in range(0x80)] + list("\u2019\u200c\u200d" + TYPOGRAPHIC)
            + [chr(c) for c in range(0x900, 0x980)])


# -- the character tables ----------------------------------------------------------------------------------
def test_devanagari_word_characters_are_word_res_there() -> None:
    cls = re.compile(f"[{R._DEVANAGARI_WORD_CHARS}]")
    for c in map(chr, range(0x900, 0x980)):
        assert (cls.match(c) is not None) == (_WORD_CLASS.match(c) is not None), hex(ord(c))
    for c in _ALLOWED:
        assert R._NOT_DEVANAGARI.search(c) is None
    for c in ("\u0980", "ক", "\u2003", "\x85", "ﬆ"):
        assert R._NOT_DEVANAGARI.search(c)


def test_sentence_break_whitespace_is_the_regex_modules_among_the_allowed_characters() -> None:
    ws = re.compile(f"[{R._BREAK_SPACE}]")
    for c in _ALLOWED:
        assert (ws.match(c) is not None) == (regex.match(r"\s", c) is not None), hex(ord(c))
    assert R._SENTENCE_BREAK.pattern.startswith("[.?!।॥۔؟…][\"'”’)\\]]*")
    from shuddh.text.segment import _SENT_END_RE
    assert _SENT_END_RE.pattern == r"(?<=[.?!।॥۔؟…]+[\"'”’)\]]*)\s+"


def test_two_letters_at_a_lines_start_are_never_debris() -> None:
    # the scan's shortcut: two characters str.isalpha calls letters are two of _TWO_LETTERS' letters or marks
    both = regex.compile(r"[\p{L}\p{M}]")
    assert [hex(c) for c in range(0x110000) if chr(c).isalpha() and not both.match(chr(c))] == []


def test_other_space_is_every_whitespace_but_space_and_newline() -> None:
    spaces = [c for c in map(chr, range(0x110000)) if c.isspace()]
    assert max(map(ord, spaces)) <= 0x3000
    for c in spaces:
        assert (R._OTHER_SPACE.match(c) is not None) == (c not in " \n")
        # re's \s is str.isspace (what str.split splits at)
        assert re.match(r"\s", c)
        assert c.split() == []


# -- the word and sentence counts ----------------------------------------------------------------------------
_HI = ["समाचार", "होम", "देश", "खेल", "मनोरंजन", "जी", "हाँ", "सुमन:", "ऽ", "।", "॥", "॰", "क्ष", "क़", "श्\u200dर",
       "न\u200cहीं", "भारत-पाक", "राम'स", "१०:१५", "२०२०", "।”", "”", "’", "“", "(", ")", "]", "'", '"', "…", "?", "!",
       ".", "-", "—", "₹499", "\u00a0", "\u2009", "\u202f", "\u200b", "\x1c", "\t", " ", "  ", "Home", "U.S.", "3.5",
       "ॐ", "ॠ", "\u0951", "the", "e-mail", "don't"]
_hi_line = st.lists(st.sampled_from(_HI), max_size=40).map(" ".join) | st.lists(
    st.sampled_from(_HI), max_size=25).map("".join)
_allowed_text = st.text(alphabet=st.sampled_from(_ALLOWED), max_size=80)


@settings(max_examples=500, deadline=None)
@given(_hi_line | _allowed_text)
def test_devanagari_words_are_word_res(line: str) -> None:
    if R._NOT_DEVANAGARI.search(line) is None:
        assert R.DEVANAGARI_WORD_RE.findall(line) == WORD_RE.findall(line)
        n = len(WORD_RE.findall(line))
        for cap in (1, 6, 12, n, n + 1):
            if cap:
                assert (R._at_least(cap, R._DEVANAGARI).match(line) is not None) == (n >= cap)


@settings(max_examples=500, deadline=None)
@given(_hi_line | _allowed_text)
def test_sentence_count_is_len_of_sentences(line: str) -> None:
    if R._NOT_DEVANAGARI.search(line) is None:
        assert R._sentence_count(line) == len(sentences(line))


@settings(max_examples=500, deadline=None)
@given(_hi_line.map(lambda s: s + "।") | _hi_line | _allowed_text)
def test_sentence_test_on_hindi_lines(line: str) -> None:
    assert R._is_sentence(line) == ref_is_sentence(line)


def test_sentence_test_of_real_lines() -> None:
    lines = [ln for p in _pages() for ln in p["text"].split("\n")] + [
        ln for t in _play_chunks() for ln in t.split("\n")]
    lines += ["यह एक लंबा वाक्य है जिसमें बहुत सारे शब्द हैं। और यह दूसरा भी उतना ही लंबा वाक्य है। ",
              "हाँ। नहीं। शायद। कभी नहीं। अभी। कल ही आना है।\x1c", "एक दो तीन चार पाँच छह। सात। \u00a0",
              "The minister said on Monday that the plan would go ahead. It did.\u2009", "“क्या बात है?” उसने पूछा।"]
    for line in lines:
        assert R._is_sentence(line) == ref_is_sentence(line), line
        if R._NOT_DEVANAGARI.search(line) is None:
            assert R._sentence_count(line) == len(sentences(line)), line
            assert R.DEVANAGARI_WORD_RE.findall(line) == words(line)


# -- the template forms --------------------------------------------------------------------------------------
_FORM = ["समाचार", "मई", "मार्च", "सोमवार", "May", "Sunday", "mon", "month", "jan.", "SEPT", "summary", "2020",
         "१०:१५", "4.5", "ﬆ", "ẞ", "e\u0301", "K", "\t", "\u00a0", "\u2003", "\u3000", "  ", " ", "\x0b", "\r",
         "\x85", "\u2028", "-", "|", "Top Rated", "the", "of"]
_form_line = st.lists(st.sampled_from(_FORM), max_size=12).map(" ".join) | st.lists(
    st.sampled_from(_FORM), max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(_form_line | st.just(""), max_size=20))
def test_joined_forms_are_each_lines_form(lines: list[str]) -> None:
    joined = R._joined_forms(lines, False)
    if joined is not None:
        assert joined.split("\n") == [ref_template_form(ln) for ln in lines]
    assert R._template_forms(lines, False) == [ref_template_form(ln) for ln in lines]


@settings(max_examples=300, deadline=None)
@given(st.lists(_form_line | st.just(""), max_size=10).map("\n".join))
def test_collapsed_is_each_line_collapsed(text: str) -> None:
    if not R._has_split_only(text):
        assert R._collapsed(text) == all(ln == " ".join(ln.split()) for ln in text.split("\n"))


def test_forms_of_lines_with_month_names_here_and_there() -> None:
    lines = ["Monday, 2 May 2020", "Home", "summary of the month", "मई २०२०", "Contact", "sat sun", "News",
             "sept.", "Dec 10", "decade", ""]
    assert R._template_forms(lines, False) == [ref_template_form(ln) for ln in lines]
    few = [*lines[1:3], "x"]
    assert R._template_forms(few, False) == [ref_template_form(ln) for ln in few]


# -- the scan and collect's arrays ---------------------------------------------------------------------------
_doc = st.lists(_hi_line | _form_line | st.just("") | st.just("समाचार का पूरा विवरण यहाँ पढ़ें और अपनी राय दें।")
                | st.just("The minister said on Monday that the plan would go ahead as it was."), max_size=25).map(
    "\n".join)


@settings(max_examples=300, deadline=None)
@given(_doc, st.sampled_from([40, 3]))
def test_scan_keys_and_pairs_are_the_former_ones(text: str, max_words: int) -> None:
    stage = R.ChromeRepeatsStage(max_words=max_words)
    sc, keyed = stage._scan_keyed(Document(id="d", text=text, source="t"), "nagar-samachar.example.in")
    assert (sc.keys, sc.pairs) == ref_scan(text, "nagar-samachar.example.in", max_words)
    assert keyed == [i for i, k in enumerate(sc.keys) if k is not None]


def test_scan_of_nfc_and_case_edge_pages() -> None:
    stage = R.ChromeRepeatsStage()
    text = "\n".join(["Ca\u0301fe\u0301 Menu", "ΟΔΟΣ", "Straße", "ﬆop", "x", "ab", "a1", "é", unicodedata.normalize(
        "NFD", "समाचार"), "मई 2020 सोमवार", "  Home  ", "Home", "\u00a0News\u2003Today ", "Top Rated"] * 2)
    sc = stage._scan(Document(id="d", text=text, source="t"), "x")
    assert (sc.keys, sc.pairs) == ref_scan(text, "x")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2**64 - 1), max_size=50))
def test_uint64s_is_np_array(values: list[int]) -> None:
    got = R._uint64s(values)
    want = np.array(values, dtype=np.uint64)
    assert got.dtype == want.dtype
    assert got.tobytes() == want.tobytes()


# -- apply: every row decided at once ------------------------------------------------------------------------
def ref_lookup_rows(stage: R.ChromeRepeatsStage, rows: np.ndarray, keys: np.ndarray, counts: np.ndarray) -> set[int]:
    """The former per-document look-up of apply (session 16), row by row through ``context_needed``."""
    if not len(rows):
        return set()
    last = len(keys) - 1
    at = np.minimum(np.searchsorted(keys, rows[:, 1]), last)
    hit = keys[at] == rows[:, 1]
    if not hit.any():
        return set()
    rows, n = rows[hit], counts[at[hit]]
    pairs = rows[:, 2:].ravel()
    pat = np.minimum(np.searchsorted(keys, pairs), last)
    pn = np.where(keys[pat] == pairs, counts[pat], 0).reshape(-1, 2).max(axis=1)
    return {i for i, c, p in zip(rows[:, 0].tolist(), n.tolist(), pn.tolist(), strict=True)
            if c and p >= stage.context_needed(c)}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 15), st.integers(0, 15), st.integers(0, 15)),
                max_size=40),
       st.dictionaries(st.integers(0, 15), st.integers(0, 40), max_size=12),
       st.lists(st.integers(0, 6), max_size=8), st.sampled_from([0.0, 0.3, 0.5, 1 / 3, 0.7, 1.0]),
       st.sampled_from([1, 2, 3, 1 << 18]))
def test_rows_decided_at_once_are_the_former_per_document_decisions(
        rows: list[tuple[int, int, int, int]], kept: dict[int, int], sizes: list[int], same: float,
        per_pass: int) -> None:
    stage = R.ChromeRepeatsStage(same_context=same)
    stage.rows_per_pass = per_pass
    # keys 0..15 spread over 64 bits, sorted as the reduce writes them
    spread = [(k * 0x9E3779B97F4A7C15) & R._U64 for k in range(16)]
    keys = np.array(sorted(spread[k] for k in kept), dtype=np.uint64)
    counts = np.array([kept[spread.index(int(k))] for k in keys], dtype=np.uint32)
    arr = np.array([[i, spread[a], spread[b], spread[c]] for i, a, b, c in rows], dtype=np.uint64).reshape(-1, 4)
    if not len(keys):
        return
    # documents: the rows cut into consecutive runs (some empty), as collect's scan.docs ends them
    ends, end = [], 0
    for s in sizes:
        end = min(len(arr), end + s)
        ends.append(end)
    ends.append(len(arr))

    class _Fake(R._Scans):
        def __init__(self) -> None:
            self.docs = np.array([[0, 0, e] for e in ends], dtype=np.uint64).reshape(-1, 3)
            self.lines = arr

    scans = _Fake()
    removed = scans.removed(stage._removed_rows(arr, keys, counts))
    for j, e in enumerate(ends):
        start = ends[j - 1] if j else 0
        assert removed.get(j, set()) == ref_lookup_rows(stage, arr[start:e], keys, counts)


def test_apply_of_real_pages_with_rows_decided_in_passes(tmp_path: Path) -> None:
    from tests.unit.perf_equivalence.test_repeats_scan import _docs, _run

    want = _run(tmp_path / "a", _docs(), _docs(), drop_scans=True)  # every document scanned again: decide()
    old = R.ChromeRepeatsStage.rows_per_pass
    try:
        R.ChromeRepeatsStage.rows_per_pass = 7
        assert _run(tmp_path / "b", _docs(), _docs()) == want
    finally:
        R.ChromeRepeatsStage.rows_per_pass = old
    assert _run(tmp_path / "c", _docs(), _docs()) == want


def test_the_scans_shortcuts_on_the_sentence_test() -> None:
    # an ASCII line counts only . ? ! of the sentence ends; a line that ends with a letter or digit does not end
    # like a sentence (no whitespace, closer or end mark is alphanumeric)
    assert [c for c in R._SENTENCE_ENDS if c.isascii()] == [".", "?", "!"]
    for c in R._CLOSERS + "".join(R._END):
        assert not c.isalnum()
    assert not any(chr(c).isalnum() and chr(c).isspace() for c in range(0x110000))
