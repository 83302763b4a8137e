"""Normalisation: nukta, joiners, danda look-alikes, digits, controls, whitespace, mojibake."""

from __future__ import annotations

import unicodedata
from unittest import mock

import pytest

from shuddh.text import normalize as nz
from shuddh.text.normalize import fold_digits, looks_mojibake, normalize, repair_mojibake


def test_nukta_forms_compare_equal() -> None:
    precomposed = "\u0958\u093e\u0928\u0942\u0928"  # क़ (U+0958) ानून
    decomposed = "\u0915\u093c\u093e\u0928\u0942\u0928"
    assert normalize(precomposed) == normalize(decomposed) == decomposed


def test_marks_are_never_dropped() -> None:
    assert normalize("मैं हिंदी में") == "मैं हिंदी में"


def test_joiners_kept_inside_words_only() -> None:
    assert normalize("क्\u200dष") == "क्\u200dष"
    assert normalize("\u200cशब्द\u200d ") == "शब्द"


def test_two_piece_vowels_joined() -> None:
    assert normalize("अाज अोर एेसा") == "आज ओर ऐसा"
    assert normalize("कािे") == "कािे"  # not a listed pair: untouched


def test_danda_lookalikes_in_devanagari_context() -> None:
    assert normalize("वह घर गया| फिर आया||") == "वह घर गया। फिर आया॥"
    assert normalize("राम गया।।") == "राम गया॥"
    assert normalize("a | b || c") == "a | b || c"  # Latin context: pipes stay
    assert normalize("वह गया|", danda=False) == "वह गया|"


def test_digits_modes() -> None:
    text = "सन २०२३ में 15 लोग, mp3 फ़ाइल"
    assert normalize(text) == text
    assert normalize(text, digits="ascii") == "सन 2023 में 15 लोग, mp3 फ़ाइल"
    assert normalize(text, digits="native") == "सन २०२३ में १५ लोग, mp3 फ़ाइल"
    assert normalize("Room 15 is free", digits="native") == "Room 15 is free"
    assert fold_digits("२०२३ و ١٢ ১২") == "2023 و 12 12"
    with pytest.raises(ValueError, match="digits"):
        normalize("x", digits="roman")  # type: ignore[arg-type]


def test_controls_bidi_whitespace() -> None:
    text = "\ufeffनमस्ते\u200b \u202aदुनिया\u202c\u00a0\u00a0!\r\n\r\n\r\n\tअगला\x07 "
    assert normalize(text) == "नमस्ते दुनिया !\n\nअगला"


def test_mojibake_repaired() -> None:
    good = "समाचार में हिंदी"
    broken = good.encode().decode("cp1252", errors="replace")
    assert looks_mojibake(broken)
    assert normalize(broken) == good
    assert repair_mojibake("cafÃ©") == "café"


def test_ftfy_never_runs_on_clean_devanagari() -> None:
    with mock.patch("ftfy.fix_text", side_effect=AssertionError("ftfy called")):
        assert normalize("यह साफ़ हिंदी है। “उद्धरण” — 2023 ₹५०") == "यह साफ़ हिंदी है। “उद्धरण” — 2023 ₹५०"
        assert not looks_mojibake("gSa vkSj ;g D;k gS")  # KrutiDev-looking Latin is not mojibake


def test_output_is_nfc_and_idempotent_examples() -> None:
    for text in ["क़ \u094d\u200d\u093c", "ाे|| |", "अ\u200cा", "x\u0301\u200c \u093c"]:
        once = normalize(text)
        assert normalize(once) == once
        assert unicodedata.is_normalized("NFC", once)
    assert nz.normalize_line(" क | ") == "क ।"
