"""Tests for the LTRC Shusha glyph additions and document-level legacy detection."""

from __future__ import annotations

import pytest

from shuddh.text.legacy import convert_legacy, detect_legacy, repair_legacy_text
from shuddh.text.legacy._detect import _VALID_WORD, hindi_words

# Shusha lines typed for these tests (LTRC scheme: 'a' completes a stem, 'o' = े, 'ao' = ो,
# 'M' = ं, 'I' = ी, 'i' the pre-posed ि, '-' the reph after its syllable).
LONG_1 = "gaaMQaIjaI ko saaqa ]nako ima~ BaI Baart maoM rhto qao AaOr kama krto qao."
LONG_2 = "hma saba Baart ko laaoga hOM AaOr hmaoM APanao doSa pr gava- hO."
LONG_2_UNICODE = "हम सब भारत के लोग हैं और हमें अपने देश पर गर्व है।"
# A Braj half-line: कौन तजि गयौ. Only कौन is a common modern word, so the line is not
# detected on its own; 'Ý' (ौ) and 'kÝna' give it a legacy shape.
SHORT_BRAJ = "kÝna %aŸ gayaÝ"
SHORT_BRAJ_UNICODE = "कौन तजि गयौ"


@pytest.mark.parametrize(
    ("legacy_text", "expected"),
    [
        ("Pa`saÙ%aa", "प्रसन्नता"),   # 'Pa' = प (stem-completed), 'Ù' = न्न
        ("kÝna", "कौन"),              # 'Ý' (0xDD) = ौ
        ("kI\x9fe", "कीजिए"),          # 0x9F (Ÿ in Windows-1252) = जि
        ("]<ar", "उत्तर"),             # '<a' = त्त
        ("dF%arF", "दफ्तरफ्"),         # 'F' = फ्
        ("AÍIka", "अफ्रीका"),          # 'Í' = फ्र
        ("caZÊ\\yaÝ", "चढ़्यौ"),         # 'Ê' = nukta
        ("rama naama..", "राम नाम॥"),  # '..' = ॥
        ("kraoD,", "करोड़"),            # ',' after a nukta letter is still the nukta …
        ("rama , naama ?", "राम , नाम ?"),  # … elsewhere the comma/question mark typed
        ("?iYa", "ऋषि"),               # '?' before a letter is ऋ
    ],
)
def test_ltrc_shusha_glyphs(legacy_text: str, expected: str) -> None:
    assert convert_legacy(legacy_text, "shusha") == expected


def test_valid_word_rejects_dead_consonant_before_vowel_and_double_matra() -> None:
    assert _VALID_WORD.match("जगत्")          # word-final virama (Sanskrit) is fine
    assert _VALID_WORD.match("क्ष्")
    assert _VALID_WORD.match("स्थिति")
    assert not _VALID_WORD.match("म्एरा")     # romanized "mera" read as Shusha
    assert not _VALID_WORD.match("हेेन")      # two vowel signs on one consonant


def test_lone_half_letters_are_not_known_words() -> None:
    assert "स्" not in hindi_words()
    assert "है" in hindi_words()
    assert detect_legacy("13C").font is None    # 13छ under Shusha
    assert detect_legacy("US$ 66103").font is None


def test_document_context_converts_short_legacy_lines() -> None:
    assert detect_legacy(SHORT_BRAJ).font is None
    doc = "\n".join([LONG_1, SHORT_BRAJ, LONG_2, ""])
    out, n = repair_legacy_text(doc)
    assert n == 3
    assert out.split("\n")[1] == SHORT_BRAJ_UNICODE
    assert out.split("\n")[2] == LONG_2_UNICODE


def test_document_context_leaves_english_and_romanized_lines() -> None:
    others = ["Chapter 2", "NEXT", "PREVIOUS", "ko", "the 5K", "mera naam", "Contact us",
              "kal ka mera last reminder dikhaye", "www.example.com"]
    doc = "\n".join([LONG_1, *others, LONG_2, SHORT_BRAJ]) + "\n"
    out, n = repair_legacy_text(doc)
    lines = out.split("\n")
    assert lines[1:1 + len(others)] == others
    assert n == 3


def test_no_context_from_a_single_legacy_line_or_without_one() -> None:
    # One detected line is not enough to put the document in a font.
    out, n = repair_legacy_text(f"{LONG_1}\n{SHORT_BRAJ}\n")
    assert n == 1
    assert out.endswith(SHORT_BRAJ + "\n")
    assert repair_legacy_text(SHORT_BRAJ + "\n") == (SHORT_BRAJ + "\n", 0)


def test_no_context_when_two_fonts_compete() -> None:
    kruti = "Hkkjr ,d fo'kky ns'k gS vkSj bldh jkt/kkuh ubZ fnYyh gSA"
    doc = "\n".join([LONG_1, kruti, LONG_2, kruti, SHORT_BRAJ])
    out, n = repair_legacy_text(doc)
    assert n == 4
    assert out.split("\n")[-1] == SHORT_BRAJ
