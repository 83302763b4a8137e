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


def test_separator_menus_keep_their_pipes() -> None:
    # issue 13 item 4: a menu typed with pipes must not become "होम । देश । विदेश", which reads as sentences
    for menu in ["होम | देश | विदेश | खेल | मनोरंजन", "होम | देश | विदेश", "| ताजा खबर | राज्य | बिहार | झारखंड |",
                 "होम || राष्ट्रीय || अंतरराष्ट्रीय || खेल", "होम » राज्य | बिहार » पटना"]:
        assert normalize(menu) == menu
        assert "।" not in normalize(menu)
    page = "होम | देश | विदेश | खेल\nपटना में आज बारिश हुई| लोग घरों में रहे||"
    assert normalize(page) == "होम | देश | विदेश | खेल\nपटना में आज बारिश हुई। लोग घरों में रहे॥"


def test_pipe_typed_prose_still_becomes_dandas() -> None:
    # short sentences with a clause-closing verb are prose, however short; two pieces are never a menu
    assert normalize("राम वन गया | सीता भी गई | सब दुखी हुए |") == "राम वन गया । सीता भी गई । सब दुखी हुए ।"
    assert normalize("वह आया | फिर गया") == "वह आया । फिर गया"
    assert normalize("रघुकुल रीति सदा चलि आई | प्राण जाहि बरु बचन न जाई ||") == \
        "रघुकुल रीति सदा चलि आई । प्राण जाहि बरु बचन न जाई ॥"
    for text in ["होम | देश | विदेश | खेल", "राम वन गया | सीता भी गई | सब दुखी हुए |", "क | ख | ग\nघ |"]:
        once = normalize(text)
        assert normalize(once) == once


def test_menu_items_shape() -> None:
    assert nz.menu_items("होम | देश | विदेश") == ["होम", "देश", "विदेश"]
    assert nz.menu_items("होम › राज्य › बिहार › पटना जिला") == ["होम", "राज्य", "बिहार", "पटना जिला"]
    assert nz.menu_items("मागधी > मागही > मगही") is None  # an etymology, not a breadcrumb
    assert nz.menu_items("(<DEV>=lan|scsi|eisa.<slot>)") is None  # code, not a menu
    assert nz.menu_items("Sources: HomeAdvisor | Houzz | Angi") is None  # a labelled list
    assert nz.menu_items("होम | देश") is None  # two items
    assert nz.menu_items("होम | उत्तर प्रदेश के जिले | खेल") is None  # an item of four words
    assert nz.menu_items("2020 | 2021 | 2022") is None  # no letters: a table of years, not navigation
    assert nz.menu_items("सीता | राम गया | खेल", frozenset({"गया"})) is None
