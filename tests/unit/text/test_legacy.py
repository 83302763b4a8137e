"""Tests for shuddh.text.legacy: legacy-font detection and conversion (DESIGN.md rule 5)."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shuddh.text.legacy as legacy
from shuddh.text.legacy import (
    FONTS,
    LegacyDetection,
    convert_legacy,
    detect_legacy,
    repair_legacy_text,
)
from shuddh.text.legacy._engine import _compile_step, load_font

DATA = Path(os.environ.get("SHUDDH_DATA", Path(__file__).resolve().parents[4] / "shared" / "data"))

# Fixtures written for the project. KrutiDev lines were typed by hand from the KrutiDev 010
# keyboard layout (क = d, ा = k, े = s, ै = S, ं = a, । = A, ि is typed before its letter as f,
# reph after its syllable as Z, half forms by dropping k: स्थ = LF).
KRUTI_LINE = "Hkkjr ,d fo'kky ns'k gS vkSj bldh jkt/kkuh ubZ fnYyh gSA"
KRUTI_UNICODE = "भारत एक विशाल देश है और इसकी राजधानी नई दिल्ली है।"
KRUTI_LINE_2 = "iz/kkuea=h us dk;Zdze esa dgk fd fLFkfr vc lkekU; gS vkSj yksx [kq'k gSaA"
KRUTI_UNICODE_2 = "प्रधानमंत्री ने कार्यक्रम में कहा कि स्थिति अब सामान्य है और लोग खुश हैं।"
# Shusha (LTRC): 'a' is the stem (म् = m, म = ma), 'o' = े, 'ao' = ो, 'M' = ं, 'I' = ी,
# 'i' is the pre-posed ि, '-' the reph.
SHUSHA_LINE = "gaaMQaIjaI ko saaqa ]nako ima~ BaI Baart maoM rhto qao AaOr kama krto qao."
SHUSHA_UNICODE = "गांधीजी के साथ उनके मित्र भी भारत में रहते थे और काम करते थे।"


# ------------------------------------------------------------------------------------------
# API shape
# ------------------------------------------------------------------------------------------

def test_public_api_is_exactly_the_contract() -> None:
    assert set(legacy.__all__) == {
        "FONTS", "LegacyDetection", "convert_legacy", "detect_legacy", "repair_legacy_text"}
    assert FONTS == ("krutidev", "walkman-chanakya", "chanakya", "shusha", "shree-lipi", "aps",
                     "aakriti")


def test_every_font_file_loads_and_converts() -> None:
    for font in FONTS:
        prog = load_font(font)
        assert prog.font == font
        assert prog.steps
        assert isinstance(convert_legacy("", font), str)


# ------------------------------------------------------------------------------------------
# Conversion
# ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("font", "legacy_text", "expected"),
    [
        ("krutidev", "gSa", "हैं"),
        ("krutidev", "vkSj", "और"),
        ("krutidev", "fLFkfr", "स्थिति"),       # pre-posed ि after a conjunct
        ("krutidev", "dk;Z", "कार्य"),            # reph typed after its syllable
        ("krutidev", "vFkZ", "अर्थ"),
        ("krutidev", "fQ+Ye", "फ़िल्म"),          # ि goes after the nukta letter, not between
        ("krutidev", "osQ", "वेफ"),              # KrutiDev renders osQ as वेफ …
        ("walkman-chanakya", "osQ", "के"),       # … Walkman-Chanakya as के
        ("walkman-chanakya", "izns'k", "प्रदेश"),
        ("chanakya", "·ð¤", "के"),
        ("chanakya", "ÚUæÁSÍæÙ", "राजस्थान"),
        ("shusha", "maoM", "में"),
        ("shusha", "kma-", "कर्म"),
        ("shusha", "ivaSaala", "विशाल"),
        ("shree-lipi", "Ho$", "के"),
        ("shree-lipi", "{H$gr", "किसी"),
        ("aps", "kesâ", "के"),
        ("aps", "Yeejle", "भारत"),
        ("aakriti", "ef/t", "भारत"),
        ("aakriti", "sd{", "कर्म"),
    ],
)
def test_convert_known_words(font: str, legacy_text: str, expected: str) -> None:
    assert convert_legacy(legacy_text, font) == expected


def test_convert_sentences() -> None:
    assert convert_legacy(KRUTI_LINE, "krutidev") == KRUTI_UNICODE
    assert convert_legacy(KRUTI_LINE_2, "krutidev") == KRUTI_UNICODE_2
    assert convert_legacy(SHUSHA_LINE, "shusha") == SHUSHA_UNICODE


def test_convert_output_is_nfc_and_marker_free() -> None:
    samples = [KRUTI_LINE, KRUTI_LINE_2, SHUSHA_LINE, "H$_©", "Z f", "-a i", "ef"]
    for font in FONTS:
        for s in samples:
            out = convert_legacy(s, font)
            assert unicodedata.is_normalized("NFC", out)
            assert not any(m in out for m in "\x01\x02\x03")


def test_convert_aliases_and_unknown_font() -> None:
    assert convert_legacy("gSa", "DevLys") == "हैं"
    assert convert_legacy("osQ", "ncert") == "के"
    assert convert_legacy("maoM", "susha") == "में"
    with pytest.raises(ValueError, match="unknown legacy font"):
        convert_legacy("gSa", "mangal")


def test_c1_controls_read_as_windows_1252() -> None:
    # Bytes 0x80-0x9F decoded as Latin-1 give C1 controls; the font meant the cp1252 glyph.
    assert convert_legacy("d\x82", "krutidev") == convert_legacy("d\u201a", "krutidev") == "कॉ"


def test_unknown_step_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown step op"):
        _compile_step({"op": "transliterate"})


# ------------------------------------------------------------------------------------------
# Detection
# ------------------------------------------------------------------------------------------

def test_detects_krutidev_and_shusha_lines() -> None:
    for line, font in ((KRUTI_LINE, "krutidev"), (KRUTI_LINE_2, "krutidev"),
                       (SHUSHA_LINE, "shusha")):
        d = detect_legacy(line)
        assert d.font == font, (line, d)
        assert 0.5 < d.confidence <= 1.0


@pytest.mark.parametrize(
    "line",
    [
        "The committee said on Monday that the results would be published next week.",
        "Prime Minister Narendra Modi inaugurated the new airport in Jewar.",
        "aaj mausam bahut accha hai, chalo bahar ghumne chalte hain",
        "mera naam rahul hai aur main dilli mein rehta hoon",
        "kya aap mujhe station ka rasta bata sakte ho?",
        "k - pop ko bajao",
        "90s ka station khojen",
        "Die Regierung hat am Montag neue Maßnahmen angekündigt.",
        "https://example.com/a/b?c=d user@example.org #hashtag @handle",
        "ISBN 978-3-16-148410-0, pp. 12–45; vol. III",
        "sudo apt-get install -y libxml2-dev && ls -la /var/log",
    ],
)
def test_never_flags_english_romanized_or_urls(line: str) -> None:
    assert detect_legacy(line).font is None


def test_unicode_hindi_exits_fast_with_full_confidence() -> None:
    d = detect_legacy("भारत एक विशाल देश है, और यहाँ email भी चलता है।")
    assert d == LegacyDetection(None, 1.0)
    assert detect_legacy("12345 ... !!!") == LegacyDetection(None, 1.0)
    assert detect_legacy("") == LegacyDetection(None, 1.0)


def test_short_lines_need_strong_evidence() -> None:
    # "gSa" (हैं) is legacy-shaped and a known word: accepted even though short …
    assert detect_legacy("gSa").font == "krutidev"
    # … but natural-looking short Latin words are never enough, even when they decode to
    # Hindi words ("he" is हम in KrutiDev, "ko" के in Shusha).
    for line in ("he", "in the", "ko kr pr", "ek"):
        assert detect_legacy(line).font is None


# ------------------------------------------------------------------------------------------
# repair_legacy_text
# ------------------------------------------------------------------------------------------

def test_repair_converts_only_legacy_lines_and_keeps_others_byte_identical() -> None:
    english = "The results will be published next week.\r\n"
    url = "Source: https://example.com/news/123\n"
    hindi = "यह पहले से यूनिकोड में है।\n"
    text = english + KRUTI_LINE + "\r\n" + url + hindi + SHUSHA_LINE
    out, n = repair_legacy_text(text)
    assert n == 2
    lines = out.splitlines(keepends=True)
    assert lines[0] == english
    assert lines[1] == KRUTI_UNICODE + "\r\n"
    assert lines[2] == url
    assert lines[3] == hindi
    assert lines[4] == SHUSHA_UNICODE


def test_repair_keeps_urls_and_whitespace_inside_a_legacy_line() -> None:
    line = "  " + KRUTI_LINE + " https://example.com/x  "
    out, n = repair_legacy_text(line)
    assert n == 1
    assert out == "  " + KRUTI_UNICODE + " https://example.com/x  "


def test_repair_mixed_line_converts_the_legacy_run_only() -> None:
    line = "समाचार: " + KRUTI_LINE_2
    out, n = repair_legacy_text(line)
    assert n == 1
    assert out == "समाचार: " + KRUTI_UNICODE_2
    # An English run inside Hindi is left alone.
    english_run = "मोदी ने कहा Prime Minister of India will visit the United States next week"
    assert repair_legacy_text(english_run) == (english_run, 0)


def test_repair_is_idempotent_on_its_output() -> None:
    text = KRUTI_LINE + "\n" + SHUSHA_LINE + "\nplain English line here\n"
    once, n1 = repair_legacy_text(text)
    twice, n2 = repair_legacy_text(once)
    assert n1 == 2
    assert (twice, n2) == (once, 0)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_repair_without_conversions_is_identity(text: str) -> None:
    out, n = repair_legacy_text(text)
    if n == 0:
        assert out == text
    assert n <= len(text.splitlines())


# ------------------------------------------------------------------------------------------
# Shared data (skipped when ../shared/data is absent)
# ------------------------------------------------------------------------------------------

PAIRS = DATA / "legacy-font-pairs" / "krutiextract_pairs.tsv"
PAIR_FONTS = {"krutidev010/devlys010": "krutidev", "walkman-chanakya(ncert)": "walkman-chanakya",
              "chanakya": "chanakya", "shusha": "shusha", "shree-lipi": "shree-lipi",
              "aps-dv-priyanka": "aps", "aakriti": "aakriti"}


def _unquote(field: str) -> str:
    if len(field) >= 2 and field[0] == '"' and field[-1] == '"':
        return field[1:-1].replace('""', '"')
    return field


@pytest.mark.shared_data
@pytest.mark.skipif(not PAIRS.exists(), reason="../shared/data/legacy-font-pairs not present")
def test_pairs_accuracy_floor() -> None:
    ok: dict[str, int] = {}
    tot: dict[str, int] = {}
    for raw in PAIRS.read_text(encoding="utf-8").splitlines()[1:]:
        font_raw, leg, uni = raw.rstrip("\r").split("\t")
        font = PAIR_FONTS[font_raw]
        tot[font] = tot.get(font, 0) + 1
        good = convert_legacy(_unquote(leg), font) == unicodedata.normalize("NFC", _unquote(uni))
        ok[font] = ok.get(font, 0) + good
    assert ok["krutidev"] / tot["krutidev"] >= 0.98
    for font, n in tot.items():
        assert ok[font] / n >= 0.95, font


@pytest.mark.shared_data
@pytest.mark.skipif(not (DATA / "flores200-dev").exists(), reason="../shared/data not present")
def test_flores_english_and_hindi_not_flagged() -> None:
    for name in ("eng_Latn.dev", "hin_Deva.dev"):
        lines = (DATA / "flores200-dev" / "dev" / name).read_text(encoding="utf-8").splitlines()
        flagged = sum(1 for ln in lines[:300] if detect_legacy(ln).font is not None)
        assert flagged == 0, name


# English product-spec lines of real wcxb-dev pages: numbers with units are natural Latin tokens, not
# legacy glyph codes ("Dimension: 40in x 15in x 6in" was converted as KrutiDev, "23g" to "2घन")
@pytest.mark.parametrize("line", [
    "Dimension: 40in x 15in x 6in",
    "Dimension: 45in x 18in x 18in",
    "23g",
    "Battery 4000mAh, 8GB RAM, 2.4GHz",
    "Weight: 1.5lbs (680g)",
    "$125/hr",
    "~25M",
    "58gr",
])
def test_product_spec_lines_are_not_legacy(line: str) -> None:
    assert repair_legacy_text(line) == (line, 0)
    assert detect_legacy(line).font is None


def test_legacy_lines_with_numbers_still_convert() -> None:
    text = KRUTI_LINE + "\n" + "o\"kZ 2024 esa " + KRUTI_LINE_2
    out, n = repair_legacy_text(text)
    assert n == 2
    assert out.splitlines()[0] == KRUTI_UNICODE
    assert "2024" in out.splitlines()[1]
