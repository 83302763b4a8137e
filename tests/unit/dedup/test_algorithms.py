"""Unit tests for shuddh.dedup: canonical text, vectorised n-gram hashing, MinHash, grouping, union-find."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.dedup import (
    MinHasher,
    canonical_text,
    components,
    estimate_jaccard,
    exact_key,
    line_hash,
    ngram_hashes,
    star_edges,
    word_hashes,
)
from shuddh.dedup.hashing import canonical_words

# Fixtures written for the project.
DOC = ("भारत एक विशाल देश है और इसकी राजधानी नई दिल्ली है। यहाँ अनेक भाषाएँ बोली जाती हैं और लोग "
       "मिलजुल कर रहते हैं। हिंदी यहाँ की सबसे अधिक बोली जाने वाली भाषा है और इसे देवनागरी लिपि में "
       "लिखा जाता है। गंगा नदी उत्तर भारत के मैदानों से होकर बहती है और करोड़ों लोगों को जल देती है।")
OTHER = ("मौसम विभाग ने कहा कि अगले दो दिनों में राज्य के कई हिस्सों में भारी बारिश हो सकती है। किसानों को "
         "सलाह दी गई है कि वे फसल की कटाई जल्दी पूरी कर लें और अनाज को सुरक्षित स्थान पर रखें।")


def test_combining_marks_are_never_stripped() -> None:
    assert canonical_text("मैं हिंदी में") == "मैं हिंदी में"
    assert canonical_words("मैं हिंदी में") == ["मैं", "हिंदी", "में"]
    # matras and virama stay inside words (Setu's MinHash split at every vowel sign)
    assert canonical_words("समाचार प्रधानमंत्री") == ["समाचार", "प्रधानमंत्री"]


def test_canonical_text_folds_case_digits_space_and_nfc() -> None:
    assert canonical_text("Delhi  २०२४\n\nमें") == canonical_text("delhi 2024 में")
    decomposed = "क\u093c"  # NFC keeps nukta decomposed for क़; both spellings compare equal
    assert canonical_text("\u0958") == canonical_text(decomposed)
    assert canonical_text("मैं हिंदी") != canonical_text("म हिदी")


def test_exact_and_line_keys() -> None:
    assert exact_key("  " + DOC) == exact_key(DOC)
    assert exact_key(DOC) != exact_key(OTHER)
    assert exact_key(" \n ") is None
    assert line_hash("") is None
    assert line_hash("नमस्ते दुनिया") == line_hash("नमस्ते  दुनिया ")


def test_ngram_hashes_batch_equals_one_by_one() -> None:
    docs = [canonical_words(DOC), canonical_words(OTHER), ["एक"], [], canonical_words("दो तीन चार")]
    one = [ngram_hashes(word_hashes(w), 5)[0] for w in docs]
    flat = [w for ws in docs for w in ws]
    starts = np.cumsum([0] + [len(w) for w in docs[:-1]]).astype(np.int64)
    grams, gstarts = ngram_hashes(word_hashes(flat), 5, doc_starts=starts)
    ends = np.append(gstarts[1:], len(grams))
    for i, exp in enumerate(one):
        assert np.array_equal(grams[gstarts[i] : ends[i]], exp)
    assert [len(x) for x in one] == [len(docs[0]) - 4, len(docs[1]) - 4, 1, 0, 1]


def test_ngram_hashes_are_order_sensitive() -> None:
    a = ngram_hashes(word_hashes(["क", "ख", "ग"]), 3)[0]
    b = ngram_hashes(word_hashes(["ग", "ख", "क"]), 3)[0]
    assert a[0] != b[0]


def _true_jaccard(a: list[str], b: list[str], n: int = 5) -> float:
    sa = {tuple(a[i : i + n]) for i in range(len(a) - n + 1)}
    sb = {tuple(b[i : i + n]) for i in range(len(b) - n + 1)}
    return len(sa & sb) / len(sa | sb)


def test_minhash_estimates_jaccard() -> None:
    mh = MinHasher(ngram=5, bands=32, rows=8)  # 256 permutations: std. error ≈ 0.03
    base = canonical_words(DOC) * 3
    edited = list(base)
    for p in range(0, len(edited), 9):
        edited[p] = "बदला"
    sigs = mh.signatures_of_words([base, edited, canonical_words(OTHER)])
    j = _true_jaccard(base, edited)
    assert abs(float(estimate_jaccard(sigs[0], sigs[1])) - j) < 0.12
    assert float(estimate_jaccard(sigs[0], sigs[2])) < 0.05
    assert np.array_equal(mh.signatures([DOC])[0], mh.signatures(["  " + DOC.upper()])[0])


def test_minhash_large_document_is_chunked_identically() -> None:
    from shuddh.dedup import minhash

    mh = MinHasher(bands=4, rows=2)
    words = [f"शब्द{i}" for i in range(3000)]
    full = mh.signatures_of_words([words])
    old = minhash.CHUNK
    try:
        minhash.CHUNK = 100
        chunked = mh.signatures_of_words([["एक", "दो"], words, []])
    finally:
        minhash.CHUNK = old
    assert np.array_equal(full[0], chunked[1])
    assert (chunked[2] == minhash.EMPTY).all()


def test_band_keys_equal_iff_band_equal() -> None:
    mh = MinHasher(bands=3, rows=2)
    sigs = np.array([[1, 2, 3, 4, 5, 6], [1, 2, 9, 4, 5, 6], [2, 1, 3, 4, 0, 0]], dtype=np.uint32)
    k = mh.band_keys(sigs)
    assert k[0, 0] == k[1, 0]
    assert k[0, 1] != k[1, 1]
    assert k[0, 2] == k[1, 2]
    assert k[0, 0] != k[2, 0]  # order inside a band matters


def test_star_edges_link_to_smallest_item() -> None:
    keys = np.array([7, 3, 7, 3, 9, 7], dtype=np.uint64)
    items = np.array([50, 40, 10, 20, 30, 60], dtype=np.int64)
    u, v = star_edges(keys, items)
    assert sorted(zip(u.tolist(), v.tolist(), strict=True)) == [(10, 50), (10, 60), (20, 40)]
    u2, _ = star_edges(np.array([[1, 2], [1, 3], [1, 2]], dtype=np.uint64), np.array([5, 4, 3]))
    assert u2.tolist() == [3]


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=80))
@settings(max_examples=60, deadline=None)
def test_components_match_naive_union_find(edges: list[tuple[int, int]]) -> None:
    u = np.array([a for a, _ in edges], dtype=np.int64)
    v = np.array([b for _, b in edges], dtype=np.int64)
    nodes, roots = components(u, v)
    parent = {x: x for e in edges for x in e}

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    assert nodes.tolist() == sorted(parent)
    assert roots.tolist() == [find(x) for x in sorted(parent)]


def test_minhasher_rejects_bad_params() -> None:
    with pytest.raises(ValueError, match="ngram"):
        MinHasher(ngram=0)


# -- the batched fast paths must give exactly what the reference (slow) paths give -----------------------
# Characters that exercise every rule of normalize() the fast path either reproduces or declines:
# invisible and control characters, every kind of space and line end, ZWJ/ZWNJ inside and outside words,
# nukta (NFC_QC=Maybe) after letters that do (न र ळ) and do not (ड क) compose with it, precomposed क़ and
# ऩ, marks out of canonical order, danda and pipes, two-piece vowels, mojibake lead and continuation
# characters, Latin/Bengali/Arabic-Indic digits, Hangul jamo, astral characters and the batch separator.
_TRICKY = [
    *"कखडनरळअएआइ ाेैोौ़्ंः।॥|०१२३456aBßÄé\n\t\r",
    "\u200c", "\u200d", "\u200b", "\u00ad", "\u2028", "\u2029", "\xa0", "\x0b", "\x0c", "\x1c", "\x85", "\x00",
    "\ufeff", "\u202e", "\u0958", "\u0929", "\u0300", "\u0323", "\u09c7", "\u09be", "\u09e9", "\u0663",
    "\u1100", "\u1161", "\u11a8", "\uac00", "\u3000", "\x80", "\xbf", "\xc3", "\xe0", "\u20ac", "\U0001f600",
    "\U0001d15e", "\ue000",
]
_tricky_text = st.text(alphabet=st.sampled_from(_TRICKY), max_size=24)


@given(st.lists(_tricky_text, min_size=1, max_size=6))
@settings(max_examples=400, deadline=None)
def test_canonical_texts_fast_path_equals_normalize_path(texts: list[str]) -> None:
    from shuddh.dedup.hashing import _canonical_slow, canonical_texts

    assert canonical_texts(texts) == [_canonical_slow(t) for t in texts]


@given(_tricky_text)
@settings(max_examples=500, deadline=None)
def test_nfc_check_never_calls_non_nfc_text_nfc(text: str) -> None:
    import unicodedata

    from shuddh.text.nfc import code_points as _codes
    from shuddh.text.nfc import maybe_not_nfc as _maybe_not_nfc

    if not _maybe_not_nfc(_codes(text)).any():
        assert unicodedata.is_normalized("NFC", text)


def test_nfc_check_lets_common_hindi_through() -> None:
    from shuddh.text.nfc import code_points as _codes
    from shuddh.text.nfc import maybe_not_nfc as _maybe_not_nfc

    # ड़ and ढ़ (consonant + nukta; their precomposed forms are excluded from composition) are NFC already
    assert not _maybe_not_nfc(_codes("बड़ा पेड़ पढ़ाई " + DOC)).any()
    assert _maybe_not_nfc(_codes("न\u093c")).any()  # composes to ऩ


def test_fold_digits_and_batch_keys() -> None:
    from shuddh.dedup.hashing import exact_keys, fold_indic_digits, line_hashes

    assert fold_indic_digits("वर्ष २०२४, ৩ और ٣") == "वर्ष 2024, 3 और 3"
    assert fold_indic_digits("abc") == "abc"
    texts = [DOC, "  " + DOC.replace(" ", "\u00a0 "), OTHER, " ", "x\ue000y"]
    keys = exact_keys(texts)
    assert keys == [exact_key(t) for t in texts]
    assert keys[0] == keys[1]
    assert keys[0] != keys[2]
    assert keys[3] is None
    assert line_hashes(["नमस्ते दुनिया", "", "नमस्ते  दुनिया "]) == [line_hash("नमस्ते दुनिया"), None,
                                                                line_hash("नमस्ते दुनिया")]


# -- words and word hashes without strings (canonical_word_hashes) ---------------------------------------
_WORDISH = [*"कखगमनरसहअआइ", "\u093e", "\u093f", "\u0940", "\u094d", "\u0902", "\u093c", "\u0901", "\u200c",
            "\u200d", "-", "'", "\u2019", " ", ".", "।", "a", "B", "ß", "İ", "1", "२", "\u00ad", "\U0001d400",
            "\U0001f600", "\U00010400", "\ue000"]
_wordish_text = st.text(alphabet=st.sampled_from(_WORDISH), max_size=30)


@given(_wordish_text)
@settings(max_examples=600, deadline=None)
def test_word_spans_are_the_regex_words(text: str) -> None:
    from shuddh.dedup.hashing import _codes, word_spans
    from shuddh.text.segment import words

    starts, ends = word_spans(_codes(text))
    assert [text[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)] == words(text)


@given(st.lists(_wordish_text, min_size=1, max_size=8))
@settings(max_examples=300, deadline=None)
def test_canonical_word_hashes_are_the_hashes_of_canonical_words(texts: list[str]) -> None:
    from shuddh.dedup.hashing import canonical_word_hashes

    wh, counts = canonical_word_hashes(texts)
    expected = [canonical_words(t) for t in texts]
    assert counts.tolist() == [len(w) for w in expected]
    # the same hash as word_hashes of the word strings, whatever else is in the batch (astral
    # characters, the batch separator)
    assert np.array_equal(wh, word_hashes([w for ws in expected for w in ws]))


def test_word_hashes_depend_on_the_word_only() -> None:
    hashes = word_hashes(["भारत", "भारत", "भरत", "तरभा", "भारत्", "bharat", "Bharat", ""])
    assert hashes[0] == hashes[1]
    assert len(set(hashes[1:].tolist())) == 7  # a matra, the order, a virama, case: all different
    # the same word in a batch with an emoji (astral code points mix in a plane value) hashes the same
    from shuddh.dedup.hashing import canonical_word_hashes

    a, _ = canonical_word_hashes(["भारत देश"])
    b, _ = canonical_word_hashes(["भारत देश \U0001f600"])
    assert np.array_equal(a, b)


def test_minhash_of_texts_equals_minhash_of_their_canonical_words() -> None:
    mh = MinHasher(bands=4, rows=3)
    texts = [DOC, "  " + DOC.upper(), OTHER, "", "।।।"]
    assert np.array_equal(mh.signatures(texts), mh.signatures_of_words([canonical_words(t) for t in texts]))


@given(_tricky_text)
@settings(max_examples=500, deadline=None)
def test_sparse_nfc_check_flags_what_a_dense_check_flags(text: str) -> None:
    """The check looks only at code points that need attention; a dense reference over every position
    (the previous implementation) must flag the same positions."""
    from shuddh.text.nfc import BMP as _BMP
    from shuddh.text.nfc import CCC as _CCC
    from shuddh.text.nfc import COMPOSES as _COMPOSES
    from shuddh.text.nfc import NFC_QUICK as _NFC_QUICK
    from shuddh.text.nfc import code_points as _codes
    from shuddh.text.nfc import maybe_not_nfc as _maybe_not_nfc

    a = _codes(text)
    n = len(a)
    bad = a >= _BMP
    b = np.where(bad, 0, a)
    q, c = _NFC_QUICK[b], _CCC[b]
    bad |= q == 2
    if n:
        bad[1:] |= (c[1:] != 0) & (c[:-1] > c[1:])
        maybe = np.flatnonzero(q[1:] == 1) + 1
        last = np.maximum.accumulate(np.where(c == 0, np.arange(n), -1))[maybe - 1] if len(maybe) else maybe
        found = last >= 0
        bad[maybe[found]] |= _COMPOSES[b[last[found]]]
    assert np.array_equal(_maybe_not_nfc(a), bad)


def test_case_and_digit_table_is_str_casefold_then_fold_digits() -> None:
    from shuddh.dedup.hashing import _BMP, _CASE_DIGIT, _DEL, _EVERY_BMP, fold_indic_digits

    for ch in _EVERY_BMP:
        v = int(_CASE_DIGIT[ord(ch)])
        if v == int(_DEL):
            assert len(ch.casefold()) > 1
        else:
            assert chr(v) == fold_indic_digits(ch.casefold()), repr(ch)
    assert len(_CASE_DIGIT) == _BMP
