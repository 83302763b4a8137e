"""Hashed feature extraction and the training split helpers."""

from __future__ import annotations

import numpy as np

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


def test_hashing_is_deterministic_across_calls() -> None:
    a = _features.extract(["घर चलो भाई"], bits=18).index
    b = _features.extract(["घर चलो भाई"], bits=18).index
    assert a.tolist() == b.tolist()


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
    assert frag == fragment(text)
    assert 2 <= len(frag.split()) <= 6
    assert frag in text
    assert fragment("बहुत छोटा वाक्य") is None


def test_split_buckets_are_stable_and_about_the_right_size() -> None:
    held = sum(_data.flores_is_eval(i) for i in range(997))
    assert abs(held / 997 - _data.FLORES_EVAL_PERCENT / 100) < 0.05
    assert [_data.flores_is_eval(i) for i in range(50)] == [_data.flores_is_eval(i) for i in range(50)]


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
