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
    line_key,
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
    assert line_key("") is None
    assert line_key("नमस्ते दुनिया") == line_key("नमस्ते  दुनिया ")


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


@given(st.lists(_tricky_text, min_size=1, max_size=6))
@settings(max_examples=300, deadline=None)
def test_canonical_words_batch_equals_one_by_one(texts: list[str]) -> None:
    from shuddh.dedup.hashing import canonical_words_batch

    assert canonical_words_batch(texts) == [canonical_words(t) for t in texts]


@given(_tricky_text)
@settings(max_examples=500, deadline=None)
def test_nfc_check_never_calls_non_nfc_text_nfc(text: str) -> None:
    import unicodedata

    from shuddh.dedup.hashing import _codes, _maybe_not_nfc

    if not _maybe_not_nfc(_codes(text)).any():
        assert unicodedata.is_normalized("NFC", text)


def test_nfc_check_lets_common_hindi_through() -> None:
    from shuddh.dedup.hashing import _codes, _maybe_not_nfc

    # ड़ and ढ़ (consonant + nukta; their precomposed forms are excluded from composition) are NFC already
    assert not _maybe_not_nfc(_codes("बड़ा पेड़ पढ़ाई " + DOC)).any()
    assert _maybe_not_nfc(_codes("न\u093c")).any()  # composes to ऩ


def test_fold_digits_and_batch_keys() -> None:
    from shuddh.dedup.hashing import exact_keys, fold_digits, line_keys

    assert fold_digits("वर्ष २०२४, ৩ और ٣") == "वर्ष 2024, 3 और 3"
    assert fold_digits("abc") == "abc"
    texts = [DOC, "  " + DOC.replace(" ", "\u00a0 "), OTHER, " ", "x\ue000y"]
    keys = exact_keys(texts)
    assert keys == [exact_key(t) for t in texts]
    assert keys[0] == keys[1]
    assert keys[0] != keys[2]
    assert keys[3] is None
    assert line_keys(["नमस्ते दुनिया", "", "नमस्ते  दुनिया "]) == [line_key("नमस्ते दुनिया"), None,
                                                                line_key("नमस्ते दुनिया")]
