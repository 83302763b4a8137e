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
