"""The fast paths of the language identifier (session 16 cost round) compute exactly what the code they
replaced computed.

* ``LanguageIdentifier._english_words``: a text whose letters are all Latin is counted from one cache look-up
  per word when every word is cached (one-letter Latin words are cached too, as not English); the other texts
  as before, the script of each distinct first letter asked once. Compared with the former definition (kept
  here, with its own cache) with a cold cache, a warm one, a cache cleared on almost every call, and texts
  whose counts say "all Latin" or not.
* ``predict_documents``: the segments' feature strings computed once, for the model (``prepared``) and for
  the English words (the words of the segments joined by "\n" are those of their feature strings in turn);
  compared with the former definition (kept here). The segments spread by ``_spread``, not ``np.linspace``.
* ``hash_batch``: mixed in place, the missing n-grams written over in place; ``feature_codepoints``: ASCII
  texts left out of the NFC check (in ``nfc_batch``; ``_nfc_batch`` is the former whole-batch check). Compared
  with the former computation.

On real-looking English, Hindi and Hinglish web text and on generated text.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.langid import _features, _model
from shuddh.langid._features import (
    _ORDER_ROWS,
    _ORDER_SALTS,
    _ORDERS,
    _mix,
    feature_codepoints,
    feature_string,
    feature_strings,
    hash_batch,
)
from shuddh.langid._model import (
    _EMPTY,
    _INDIC_IDS,
    _UND,
    DEFAULT_MODEL_PATH,
    DOC_MAX_SEGMENTS,
    LABELS,
    WORD_GROUP,
    LanguageIdentifier,
    Prediction,
    _batch_shares,
    _chunks,
    _spread,
    document_segments,
)
from shuddh.text import scripts as _scripts
from shuddh.text.nfc import _nfc_batch, nfc_batch

_LATN = _scripts.SCRIPTS.index("Latn")


def _former_english_words(
    model: LanguageIdentifier, texts: Sequence[str], counts: npt.NDArray[np.int64], cache: dict[str, bool]
) -> npt.NDArray[np.float64]:
    """``LanguageIdentifier._english_words`` as it was before session 16 (``cache`` stands for its cache)."""
    out = np.zeros(len(texts), dtype=np.float64)
    rows = np.flatnonzero(counts[:, _LATN] > 0)
    if not rows.size:
        return out
    rows_list = rows.tolist()
    fstrings = _features.feature_strings([texts[r] for r in rows_list])
    words_of = {r: fs.split() for r, fs in zip(rows_list, fstrings, strict=True)}
    english: dict[str, bool] = {}
    unknown: list[str] = []
    for w in {w for ws in words_of.values() for w in ws}:
        known = cache.get(w)
        if known is not None:
            english[w] = known
        elif len(w) >= 2 and _scripts.char_script(w[0]) == "Latn":
            unknown.append(w)
    if unknown:
        vocab = sorted(unknown)
        hb = _features.hash_batch([f" {w} " for w in vocab], model._bits, prepared=True)
        scores = _features.linear_scores(hb, model._wx[WORD_GROUP]) + model._b[WORD_GROUP]
        new = dict(zip(vocab, (np.argmax(scores, axis=1) == 0).tolist(), strict=True))
        english.update(new)
        cache.update(new)
    for r, ws in words_of.items():
        if ws:
            out[r] = sum(map(english.get, ws, itertools.repeat(False))) / len(ws)
    return out


# real-looking web text (written for this test): English pages, Hindi news, Hinglish comments, accents
_DOCS = [
    "Top Nutrition Trends for Fall 2025: What Experts Are Eating\nIt’s the season’s best-kept secret — and "
    "you don’t need a 10-step plan.\nPosted by Jane O’Neil on March 3, 2024\nI think a walk a day is enough.",
    "Home - Blog - Recipes\n• Protein-packed bowls\n• Fermented foods…\nRead more...\n© 2025 Example Media",
    "Café au lait, naïve résumé: déjà vu. Straße and Ægir, Œuvre; ﬁne ligatures\nx² + y² = z²",
    "पुलिस ने बताया कि आरोपी को गिरफ्तार कर लिया गया है।\nयह भी पढ़ें: नए पुल का उद्घाटन अगले महीने",
    "मेरा phone कल से काम नहीं कर रहा, battery भी जल्दी खत्म हो जाती है\nWhatsApp पर message करें",
    "yaar mera phone kal se kaam nahi kar raha\nbhai ye movie bahut acchi hai, must watch!",
    "a b c d e\nI\nA I a",
    "",
    "1234 5678 — !!!",
    "ᱚᱞ ᱪᱤᱠᱤ and some English\nਮੈਂ ਘਰ ਜਾ ਰਿਹਾ ਹਾਂ with friends",
    "The quick brown fox jumps over the lazy dog. " * 20,
    "क़िला ज़मीन फ़ोन Delhi Mumbai\nNew Delhi: प्रधानमंत्री ने कहा",
]


def _counts(texts: Sequence[str]) -> npt.NDArray[np.int64]:
    return _scripts.batch_letter_counts(list(texts))


def _check(model: LanguageIdentifier, batches: Sequence[Sequence[str]], cache: dict[str, bool]) -> None:
    for texts in batches:
        counts = _counts(texts)
        expected = _former_english_words(model, texts, counts, cache)
        got = model._english_words(texts, counts)
        assert got.tobytes() == expected.tobytes(), texts


def test_english_words_on_web_text_cold_and_warm() -> None:
    model = LanguageIdentifier.from_file(DEFAULT_MODEL_PATH)  # a cache of its own
    cache: dict[str, bool] = {}
    batches = [_DOCS, _DOCS[::-1], _DOCS[:3], [_DOCS[6]], _DOCS[3:7] * 2]
    _check(model, batches, cache)  # cold, then warm
    _check(model, batches, cache)  # all warm
    # the one-letter and all-cached texts took the look-up path: it is used
    assert model._word_cache.get("a") is False
    assert "the" in model._word_cache


def test_english_words_counts_that_say_all_latin_or_not() -> None:
    # the route follows the counts given (predict_documents gives the segments' counts); any route is exact
    model = LanguageIdentifier.from_file(DEFAULT_MODEL_PATH)
    cache: dict[str, bool] = {}
    texts = _DOCS
    real = _counts(texts)
    all_latin = np.zeros_like(real)
    all_latin[:, _LATN] = 5  # every text "all Latin", Hindi ones too: they take the look-up path
    for counts in (real, all_latin):
        for _ in range(2):
            expected = _former_english_words(model, texts, counts, cache)
            assert model._english_words(texts, counts).tobytes() == expected.tobytes()


def test_english_words_with_a_cache_cleared_on_almost_every_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_model, "_WORD_CACHE_MAX", 3)
    model = LanguageIdentifier.from_file(DEFAULT_MODEL_PATH)
    _check(model, [_DOCS, [_DOCS[6]], [_DOCS[0]], _DOCS[4:6]] * 2, {})
    assert len(model._word_cache) <= 3


_WORDS = ["the", "a", "I", "phone", "is", "new", "kal", "se", "kaam", "nahi", "yaar", "café", "naïve", "x",
          "मेरा", "फ़ोन", "है", "क्ष", "ᱚᱞ", "ਘਰ", "Ægir", "straße", "e-mail", "don’t", "42", "२०२४"]  # fmt: skip
_SEPS = [" ", " ", " ", "\n", ", ", ". ", " — ", "\t", "!", " 12 "]
_text = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), max_size=25).map(
    lambda parts: "".join(w + s for w, s in parts)
)
_MODEL = LanguageIdentifier.from_file(DEFAULT_MODEL_PATH)
_CACHE: dict[str, bool] = {}  # the former definition's cache, shared by the examples as _MODEL's is


@settings(max_examples=150, deadline=None)
@given(st.lists(_text, min_size=1, max_size=8), st.lists(st.text(max_size=30), max_size=3))
def test_english_words_on_generated_text(texts: list[str], noise: list[str]) -> None:
    _check(_MODEL, [texts + noise, texts], _CACHE)


def _former_predict_documents(
    model: LanguageIdentifier, texts: Sequence[str], cache: dict[str, bool]
) -> list[Prediction]:
    """``predict_documents`` as it was before session 16, for one batch (``cache``: its word cache)."""
    out: list[Prediction] = []
    segs = [document_segments(t) for t in texts]
    flat = [x for ss in segs for x in ss]
    if not flat:
        return [_EMPTY for _ in segs]
    bounds = np.cumsum([0, *map(len, segs)]).tolist()
    counts = _scripts.batch_letter_counts(flat)
    probs = np.concatenate([model._label_probs(flat[a:b], counts[a:b]) for a, b in _chunks(flat)])
    letters = counts.sum(axis=1).astype(np.float64)
    logp = np.log(np.maximum(probs, 1e-9)) * letters[:, None]
    top = np.argmax(probs, axis=1)
    cum = np.concatenate([np.zeros((1, counts.shape[1]), dtype=counts.dtype), np.cumsum(counts, axis=0)])
    doc_counts = cum[bounds[1:]] - cum[bounds[:-1]]
    joined = ["\n".join(ss) for ss in segs]
    english = _former_english_words(model, joined, doc_counts, cache).tolist()
    script_shares = _batch_shares(doc_counts)
    latin = doc_counts[:, _LATN]
    denom = latin + doc_counts[:, _INDIC_IDS].sum(axis=1)
    code_mix = np.where(denom > 0, latin / np.maximum(denom, 1), 0.0).tolist()
    for k in range(len(segs)):
        lo, hi = bounds[k], bounds[k + 1]
        total = letters[lo:hi].sum()
        if total <= 0:
            out.append(_EMPTY)
            continue
        z = (logp[lo:hi].sum(axis=0) / total + model._doc_prior) / model._doc_temperature
        p = np.exp(z - z.max())
        p /= p.sum()
        real = p.copy()
        real[_UND] = -1.0
        best = int(np.argmax(real))
        accept = p[_UND] <= p[best] and p[best] >= model._min_conf_arr[best]
        label, conf = (LABELS[best], p[best]) if accept else ("und", 1.0 - p[best])
        shares = np.bincount(top[lo:hi], weights=letters[lo:hi], minlength=len(LABELS)) / total
        out.append(Prediction(label, round(float(conf), 4), script_shares[k], round(code_mix[k], 4),
                              round(english[k], 4),
                              {LABELS[i]: round(v, 4) for i, v in enumerate(shares.tolist()) if v > 0}))  # fmt: skip
    return out


_LONG = [
    "\n".join(_DOCS) * 3,  # more than DOC_MAX_SEGMENTS segments
    ("A long paragraph without a break " * 40 + "\n") * 4 + "short\nlines\nat the end",
    "\n".join(f"पंक्ति {i}: यह एक लंबा समाचार लेख है जिसमें कई वाक्य हैं और phone, WhatsApp जैसे शब्द भी हैं।" for i in range(40)),
    "Σίσυφος ΟΔΟΣ\n\u0301e\u0301 CAFÉ\nx\x00y",  # final sigma, a mark opening a segment, NUL
]


def test_predict_documents_as_before() -> None:
    model = LanguageIdentifier.from_file(DEFAULT_MODEL_PATH)
    cache: dict[str, bool] = {}
    for texts in (_DOCS + _LONG, _LONG, [""], _DOCS[::-1]):
        for _ in range(2):  # cold, then warm caches
            assert model.predict_documents(texts) == _former_predict_documents(model, texts, cache)


def test_spread_is_linspace_rounded() -> None:
    for n in range(DOC_MAX_SEGMENTS + 1, 5000):
        expected = sorted(set(np.linspace(0, n - 1, DOC_MAX_SEGMENTS).round().astype(int).tolist()))
        assert _spread(n) == expected, n


_ODD = ["\n", "\u0301", "\u093c", "Σ", "ς", "İ", "\x00", "\ue000", "\ud800", "ﬁ", "Å", "\u0958", "क़", " ", "।"]
_segment_text = st.lists(st.one_of(st.sampled_from(_WORDS + _ODD), st.text(max_size=4)), max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_segment_text, max_size=6))
def test_words_of_joined_segments_are_those_of_their_feature_strings(segs: list[str]) -> None:
    # what predict_documents relies on (document_segments' segments are stripped lines, joined by "\n")
    segs = [s.replace("\n", " ").strip() for s in segs]
    assert " ".join(feature_strings(segs)).split() == feature_string("\n".join(segs)).split()
    counts = _counts(segs)
    assert _MODEL._label_probs(feature_strings(segs), counts, prepared=True).tobytes() == (
        _MODEL._label_probs(segs, counts).tobytes()
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(_segment_text, max_size=8))
def test_nfc_batch_without_its_ascii_texts_is_the_whole_batch_checked(texts: list[str]) -> None:
    # nfc_batch leaves ASCII texts out of the table check; _nfc_batch is the former check of the whole batch
    assert nfc_batch(list(texts)) == _nfc_batch(list(texts))


def _former_grams(texts: Sequence[str], bits: int) -> npt.NDArray[np.int64]:
    """``hash_batch(texts, bits).grams`` as it was computed before session 16."""
    c32 = feature_codepoints(texts)
    empty = 1 << bits
    c = c32.astype(np.uint64)
    length = c.size
    sep_pos = np.flatnonzero(c32 == 0)
    gram_starts = np.zeros(len(texts), dtype=np.intp)
    gram_starts[1:] = sep_pos[:-1] + 1
    row_at = np.repeat(np.arange(len(texts)), sep_pos - gram_starts + 1)
    room = sep_pos[row_at] - np.arange(length)
    hashes = np.zeros((5, length), dtype=np.uint64)
    hashes[0] = c
    for n in range(2, 6):
        m = length - n + 1
        if m <= 0:
            break
        np.multiply(hashes[n - 2, :m], _features._BASE, out=hashes[n - 1, :m])
        hashes[n - 1, :m] += c[n - 1 :]
    buckets = _mix(hashes[_ORDER_ROWS], _ORDER_SALTS)
    buckets >>= np.uint64(64 - bits)
    valid = room[None, :] >= _ORDERS[:, None]
    valid[0] &= ~(c32 == 0x20)
    return np.ascontiguousarray(np.where(valid, buckets.view(np.int64), empty).T)


def test_hash_batch_grams_as_before_on_web_text() -> None:
    texts = [s for t in _DOCS + _LONG for s in document_segments(t)]
    for bits in (_MODEL._bits, 8):
        for batch in (texts, texts[:1], [""], ["a"], ["ab", "", "abcdef"]):
            assert np.array_equal(hash_batch(batch, bits).grams, _former_grams(batch, bits))


@settings(max_examples=150, deadline=None)
@given(st.lists(_segment_text, min_size=1, max_size=8))
def test_hash_batch_grams_as_before(texts: list[str]) -> None:
    got = hash_batch(texts, _MODEL._bits).grams
    assert got.dtype == np.int64
    assert np.array_equal(got, _former_grams(texts, _MODEL._bits))
