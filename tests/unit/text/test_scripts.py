"""Tests for shuddh.text.scripts (Unicode script detection)."""

from __future__ import annotations

import itertools

import regex
from hypothesis import given
from hypothesis import strategies as st

from shuddh.text.scripts import char_script, dominant_script, script_runs, script_shares


def test_char_script_indic_and_common() -> None:
    assert char_script("क") == "Deva"
    assert char_script("ि") == "Deva"  # vowel sign i (Mc) belongs to Devanagari, not Inherited
    assert char_script("़") == "Deva"  # nukta
    assert char_script("५") == "Deva"  # Devanagari digit has sc=Deva in Unicode
    assert char_script("।") == "Zyyy"  # danda is shared by many Indic scripts
    assert char_script("5") == "Zyyy"
    assert char_script(" ") == "Zyyy"
    assert char_script("\u200d") == "Zinh"  # ZWJ
    assert char_script("\u0301") == "Zinh"  # combining acute
    assert char_script("ক") == "Beng"
    assert char_script("ਕ") == "Guru"
    assert char_script("ક") == "Gujr"
    assert char_script("କ") == "Orya"
    assert char_script("க") == "Taml"
    assert char_script("క") == "Telu"
    assert char_script("ಕ") == "Knda"
    assert char_script("ക") == "Mlym"
    assert char_script("ک") == "Arab"
    assert char_script("ᱥ") == "Olck"
    assert char_script("x") == "Latn"
    assert char_script("Ж") == "Cyrl"


def test_char_script_rejects_strings() -> None:
    import pytest

    with pytest.raises(ValueError, match="one character"):
        char_script("कि")


def test_runs_keep_marks_and_joiners_with_base() -> None:
    text = "क्\u200dष"  # conjunct with ZWJ: one Devanagari run
    assert script_runs(text) == [("Deva", text)]
    assert script_runs("café") == [("Latn", "café")]
    assert script_runs("cafe\u0301") == [("Latn", "cafe\u0301")]


def test_runs_split_mixed_text_and_attach_common() -> None:
    runs = script_runs("मैंने नया phone खरीदा।")
    assert runs == [("Deva", "मैंने नया "), ("Latn", "phone "), ("Deva", "खरीदा।")]
    assert script_runs("2024: नमस्ते") == [("Deva", "2024: नमस्ते")]  # leading common joins first run
    assert script_runs("!!! 123") == [("Zyyy", "!!! 123")]
    assert script_runs("") == []


def test_shares_count_matras_as_letters() -> None:
    # "किताब" = क ि त ा ब: five letters (two are vowel signs); "book" four.
    shares = script_shares("किताब book")
    assert shares == {"Deva": 5 / 9, "Latn": 4 / 9}
    assert script_shares("१२३ 456 ।") == {}


def test_dominant_script() -> None:
    assert dominant_script("यह एक hindi वाक्य है") == "Deva"
    assert dominant_script("This is mostly English, थोड़ा सा") == "Latn"
    assert dominant_script("...") is None


@given(st.text(max_size=60))
def test_runs_reassemble_text(text: str) -> None:
    runs = script_runs(text)
    assert "".join(r for _, r in runs) == text
    assert all(r for _, r in runs)
    assert all(a != b for (a, _), (b, _) in itertools.pairwise(runs))


@given(st.text(alphabet=st.sampled_from("कखगि्ा abcé१2।\u200d\u0301ক"), max_size=40))
def test_shares_sum_to_one_and_match_letter_count(text: str) -> None:
    shares = script_shares(text)
    n_letters = len(regex.findall(r"[\p{L}\p{M}]", text))
    if n_letters == 0:
        assert shares == {}
    else:
        assert abs(sum(shares.values()) - 1.0) < 1e-9
        assert all(0 < v <= 1 for v in shares.values())


_BATCH_ALPHABET = "कखगि्ा abcé१2।\u200d\u0301\u0951ক ᱚЖ\x00😀\U00030000"


@given(st.lists(st.text(alphabet=st.sampled_from(_BATCH_ALPHABET), max_size=20), max_size=6))
def test_batch_letter_counts_equal_per_text_counts(texts: list[str]) -> None:
    from shuddh.text.scripts import SCRIPTS, batch_letter_counts, letter_counts

    counts = batch_letter_counts(texts)
    assert counts.shape == (len(texts), len(SCRIPTS))
    for row, text in zip(counts, texts, strict=True):
        assert row.tolist() == letter_counts(text).tolist()


def test_batch_letter_counts_known_values() -> None:
    from shuddh.text.scripts import SCRIPTS, batch_letter_counts

    deva, latn = SCRIPTS.index("Deva"), SCRIPTS.index("Latn")
    counts = batch_letter_counts(["किताब book", "", "a\x00b", "\u0951"])
    assert counts[0, deva] == 5  # matras are letters
    assert counts[0, latn] == 4
    assert counts[1].sum() == 0
    assert counts[2, latn] == 2  # a NUL inside a text does not start a new row
    assert counts[3, SCRIPTS.index("Zinh")] == 1  # a mark with no base keeps Inherited


def test_letter_mask_follows_regex_everywhere() -> None:
    import numpy as np

    from shuddh.text.scripts import codepoints, letter_mask

    text = "क\u093f\u094d a1 ।\u0301\U00030000\U0001f600\U000e0100"  # last: variation selector (Mn)
    expected = [regex.fullmatch(r"[\p{L}\p{M}]", ch) is not None for ch in text]
    assert letter_mask(codepoints(text)).tolist() == expected
    assert letter_mask(np.zeros(0, dtype=np.uint32)).size == 0
