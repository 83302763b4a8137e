"""Hashed feature extraction and the training split helpers."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from shuddh.langid import _data, _features
from shuddh.langid.train import TrainConfig, fit_group, fragment


def test_feature_string_uses_letter_classes_not_isalpha() -> None:
    # Vowel signs and virama (Mc/Mn) stay inside words; danda, digits and punctuation become spaces.
    assert _features.feature_string("समाचार, 2024 में।") == " समाचार में "
    assert _features.feature_string("Hello—World!!") == " hello world "
    assert _features.feature_string("१२३ ...") == ""


def test_extract_counts_and_is_batch_independent() -> None:
    texts = ["नमस्ते दुनिया", "", "ab"]
    batch = _features.extract(texts, bits=16)
    # " ab ": 1-grams a,b (lone space skipped) + 2-grams " a","ab","b " + 3-grams " ab","ab "
    # + 4-gram " ab " + word "ab" = 9; no bigram with a single word.
    assert batch.n_feats[2] == 9
    assert batch.n_feats[1] == 0
    single = [_features.extract([t], bits=16) for t in texts]
    for i, one in enumerate(single):
        mine = batch.index[batch.rows == i]
        assert sorted(mine.tolist()) == sorted(one.index.tolist())
    assert batch.index.max() < 2**16
    # each text's vector has unit length when no bucket repeats
    norms = np.bincount(batch.rows, weights=batch.value**2, minlength=3)
    assert np.allclose(norms[[0, 2]], 1.0)


# The bucket of every feature of "घर चलो भाई" at 18 bits, computed with plain Python integers from the
# module docstring's recipe (:func:`_reference_buckets`), not by numpy: the shipped model's weights are
# indexed by these buckets, so a change in the hashing (constants, salts, order) would silently break it.
GOLDEN_18 = [27883, 32755, 35105, 39608, 39783, 45207, 46605, 47622, 48011, 51913, 59186, 74361, 80321, 80510,
             90548, 96411, 106145, 111186, 111536, 115793, 121240, 130123, 132740, 139220, 150645, 152449,
             153691, 158050, 158489, 162808, 164251, 169374, 171900, 183937, 190053, 190306, 199200, 204085,
             207764, 210761, 212913, 224481, 229305, 232266, 234986, 242952, 243480, 253354, 254756, 257656,
             260556]  # fmt: skip
_U64 = (1 << 64) - 1


def _splitmix(h: int, salt: int) -> int:
    z = (h ^ salt) & _U64
    z ^= z >> 30
    z = (z * 0xBF58476D1CE4E5B9) & _U64
    z ^= z >> 27
    z = (z * 0x94D049BB133111EB) & _U64
    return z ^ (z >> 31)


def _reference_buckets(words: list[str], bits: int) -> list[int]:
    """Feature buckets of a text that is already lower-case letters and single spaces: character
    1-5-grams of " text " (FNV-prime polynomial hash, SplitMix64-mixed with the order; no lone-space
    1-gram), words (position-keyed sum) and word bigrams, each mixed with its salt, top ``bits`` bits."""
    fnv, salt_word, salt_bigram = 0x100000001B3, 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F
    fs = " " + " ".join(words) + " "
    out = []
    for n in range(1, 6):
        for p in range(len(fs) - n + 1):
            gram = fs[p : p + n]
            if gram == " ":
                continue
            h = 0
            for ch in gram:
                h = (h * fnv + ord(ch)) & _U64
            out.append(_splitmix(h, n) >> (64 - bits))
    mixed = []
    for w in words:
        h = sum(ord(ch) * (_splitmix(((min(i, 63) + 1) * salt_word) & _U64, salt_bigram) | 1)
                for i, ch in enumerate(w)) & _U64
        mixed.append(_splitmix(h, salt_word))
        out.append(mixed[-1] >> (64 - bits))
    out += [_splitmix((a * fnv + b) & _U64, salt_bigram) >> (64 - bits) for a, b in itertools.pairwise(mixed)]
    return sorted(out)


def test_hashing_matches_the_documented_recipe_and_pinned_buckets() -> None:
    assert _reference_buckets(["घर", "चलो", "भाई"], 18) == GOLDEN_18
    assert sorted(_features.extract(["घर चलो भाई"], bits=18).index.tolist()) == GOLDEN_18
    # the batch path (NFC, lower-casing, non-letters to spaces) reaches the same features
    assert sorted(_features.extract(["  घर, चलो — भाई!!"], bits=18).index.tolist()) == GOLDEN_18


def test_fit_group_learns_a_separable_toy_problem() -> None:
    texts = ["है का की में"] * 20 + ["आहे आणि च्या मध्ये"] * 20
    labels = [0] * 20 + [1] * 20
    w, b = fit_group(texts, labels, 2, TrainConfig(bits=12, epochs=3, batch=8))
    feats = _features.extract(["यह का है", "तो आहे आणि"], bits=12)
    scores = (
        np.stack(
            [
                np.bincount(feats.rows, weights=(w[feats.index] * feats.value[:, None])[:, c], minlength=2)
                for c in range(2)
            ],
            axis=1,
        )
        + b
    )
    assert scores.argmax(axis=1).tolist() == [0, 1]


def test_fragment_is_deterministic_and_short() -> None:
    text = "एक दो तीन चार पाँच छह सात आठ नौ दस"
    frag = fragment(text)
    assert frag is not None
    # BLAKE2b-64 (little-endian) of the text is h: 2 + h % 5 = 5 words from word (h >> 16) % 6 = 1
    assert frag == "दो तीन चार पाँच छह"
    assert 2 <= len(frag.split()) <= 6
    assert frag in text
    assert fragment("बहुत छोटा वाक्य") is None


def test_split_buckets_are_stable_and_about_the_right_size() -> None:
    held = sum(_data.flores_is_eval(i) for i in range(997))
    assert abs(held / 997 - _data.FLORES_EVAL_PERCENT / 100) < 0.05
    # BLAKE2b-64 (little-endian) of "flores:<i>" mod 100 below 30, computed with hashlib for i < 50
    assert [i for i in range(50) if _data.flores_is_eval(i)] == [12, 13, 15, 16, 30, 32, 35, 36, 42, 44, 46, 47,
                                                                 48, 49]


def test_drop_leaks_removes_overlapping_training_text() -> None:
    ev = {"x": [_data.Example("राम ने बाज़ार से बहुत सारी सब्ज़ियाँ खरीदीं और घर लौट आया", "hi", "t")]}
    train = [
        _data.Example("कल राम ने बाज़ार से बहुत सारी सब्ज़ियाँ खरीदीं थीं", "hi", "t"),  # shares 24+ letters
        _data.Example("आज मौसम साफ़ है और धूप खिली हुई है", "hi", "t"),
        _data.Example("आज मौसम साफ़ है और धूप खिली हुई है", "hi", "t"),  # duplicate
    ]
    kept, removed = _data.drop_leaks(train, ev)
    assert removed == 1
    assert [k.text for k in kept] == ["आज मौसम साफ़ है और धूप खिली हुई है"]


# --- batch feature strings and the dense (prediction) layout -------------------------------------

# Devanagari letters, vowel signs, virama, nukta (precomposed ज़ decomposes under NFC), a Zinh mark,
# ZWJ, danda, digits, Latin with a combining acute, İ (lower-cases to two code points), Greek sigma
# (final-sigma rule), Bengali, an emoji, a plane-3 CJK letter, NUL, tabs and punctuation.
_MIXED = "कखगज़िा्\u093c\u0951\u200dअ। १२ abcé\u0301İΣσς ক😀\U00030000\x00\t.,-"


@given(st.lists(st.text(alphabet=st.sampled_from(_MIXED), max_size=25), max_size=8))
def test_batch_feature_strings_equal_the_one_text_reference(texts: list[str]) -> None:
    expected = [_features.feature_string(t) for t in texts]
    assert _features.feature_strings(texts) == expected
    got = _features.feature_codepoints(texts).tobytes().decode("utf-32-le")
    assert got == "".join(f"{e}\x00" for e in expected)


def test_feature_strings_known_cases() -> None:
    # NUL inside a text is a non-letter like any other; a letterless text is empty.
    # "ΟΔΟΣ." lower-cases with a final sigma (ς, U+03C2): the rule must see the text's own end.
    assert _features.feature_strings(["क\x00ख", "!!", "", "ΟΔΟΣ.", "ΣΑ"]) == [
        " क ख ",
        "",
        "",
        " \u03bf\u03b4\u03bf\u03c2 ",
        " \u03c3\u03b1 ",
    ]


def _reference_scores(texts: list[str], w: np.ndarray, bits: int) -> np.ndarray:
    """Scores from the coordinate form, summed with bincount (independent of linear_scores)."""
    fb = _features.extract(texts, bits=bits)
    contrib = w[fb.index] * fb.value[:, None]
    return np.stack(
        [np.bincount(fb.rows, weights=contrib[:, c], minlength=len(texts)) for c in range(w.shape[1])], axis=1
    )


@given(st.lists(st.text(alphabet=st.sampled_from(_MIXED), max_size=25), min_size=1, max_size=8))
def test_dense_scores_match_coordinate_form(texts: list[str]) -> None:
    bits = 10
    w = np.random.default_rng(7).standard_normal((1 << bits, 3)).astype(np.float32)
    hb = _features.hash_batch(texts, bits)
    assert hb.n_feats.tolist() == _features.extract(texts, bits=bits).n_feats.tolist()
    got = _features.linear_scores(hb, _features.with_empty_bucket(w))
    assert np.allclose(got, _reference_scores(texts, w, bits), atol=1e-4)


def test_dense_scores_do_not_depend_on_the_batch() -> None:
    texts = ["", "नमस्ते दुनिया", "...", "ab cd", "", "घर", "एक दो तीन चार"]
    w = _features.with_empty_bucket(np.random.default_rng(3).standard_normal((1 << 12, 4)).astype(np.float32))
    batch = _features.linear_scores(_features.hash_batch(texts, 12), w)
    for i, t in enumerate(texts):
        assert np.allclose(batch[i], _features.linear_scores(_features.hash_batch([t], 12), w)[0], atol=1e-5)
    assert np.all(batch[[0, 2, 4]] == 0)  # no letters, no features
    assert _features.linear_scores(_features.hash_batch([], 12), w).shape == (0, 4)
