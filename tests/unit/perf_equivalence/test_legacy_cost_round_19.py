"""``_detect._VALID_WORD`` compiled by the standard library's re instead of the regex module (session 19, cost
round; same pattern string). Checked against the regex-module form (shuddh cbe99a8): the same match or none, with
the same span, on generated strings of the Devanagari block, joiners, Latin letters and line breaks, on the cores
of real Hindi and English text decoded under every font, and on the legacy-font pairs of ``../shared`` when there."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.text.legacy import FONTS, convert_legacy
from shuddh.text.legacy._detect import _C, _SYL, _VALID_WORD, _core, hindi_words
from tests.conftest import SHARED

# verbatim the former definition (src/shuddh/text/legacy/_detect.py at cbe99a8)
_OLD_VALID_WORD = regex.compile(rf"^(?=.)(?:{_SYL})*+(?:(?:{_C}\u094d)++[\u200c\u200d]?)?$")

HINDI = (
    "भारत की राजधानी नई दिल्ली में आज सुबह से बारिश हो रही है।\n"
    "प्रधानमंत्री ने कहा कि सरकार किसानों की आय दोगुनी करने के लिए प्रतिबद्ध है।\n"
    "जगत् क्ष् स्थिति श्रृंगार कृष्ण ज़िंदगी फ़िल्म ॐ अंतर्राष्ट्रीय ड़ ढ़ ऋषि ऐश्वर्य औरत द्वार ह्रदय "
    "न‍ ज़्‌ क्‍ष म्एरा हेेन ि्क"
)
ENGLISH = (
    "The quick brown fox jumps over the lazy dog.\n"
    "function FriendListItem(props) { const isOnline = useFriendStatus(props.friend.id); }\n"
    "Best SellingNew ArrivalsAbstractNaturePop ArtSurrealFlower HeadMaximalistVintage Urban\n"
    "8K30p and 4K120p Video, 10-Bit Internal; pacman -F string1 string2; GraphTalk (Computer Sciences)\n"
    "ßÞ¼½¾ Ãããã ÿ “quoted” ‘single’ — en–dash ™ ƒ Œ œ Š š Ÿ Ž ž ~ ^ * _ = / \\ ` | < > @ # $ % &"
)
ALPHABET = ([chr(c) for c in range(0x0900, 0x0980)] + ["\u200c", "\u200d", "a", "Z", "1", "\n", " ", "\u0964"])


def _same(word: str) -> None:
    new, old = _VALID_WORD.match(word), _OLD_VALID_WORD.match(word)
    assert (new is None) == (old is None), word
    if new is not None and old is not None:
        assert new.span() == old.span(), word


def _decoded_cores(text: str) -> set[str]:
    out = {_core(tok) for tok in text.split()}
    for font in FONTS:
        out |= {_core(tok) for tok in convert_legacy(text, font).split()}
    return out


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=24).map("".join))
def test_valid_word_is_the_regex_module_form_on_generated_strings(word: str) -> None:
    _same(word)
    _same(word + "\n")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_valid_word_is_the_regex_module_form_on_any_text(word: str) -> None:
    _same(word)


def test_valid_word_on_real_hindi_and_english() -> None:
    cores = _decoded_cores(HINDI) | _decoded_cores(ENGLISH) | set(HINDI.split())
    assert sum(_VALID_WORD.match(c) is not None for c in cores) > 50  # both outcomes are exercised
    assert sum(_VALID_WORD.match(c) is None for c in cores) > 50
    for core in cores | {"", "\n", "क\n", "क्\u200d", "ि", "कि\n\n"}:
        _same(core)


def test_valid_word_on_the_hindi_word_list() -> None:
    for word in hindi_words():
        _same(word)


def test_valid_word_on_the_legacy_font_pairs() -> None:
    pairs = SHARED / "data" / "legacy-font-pairs" / "krutiextract_pairs.tsv"
    if not pairs.exists():
        pytest.skip("../shared/data/legacy-font-pairs is not here")
    for line in pairs.read_text(encoding="utf-8").splitlines()[1:]:
        _font, legacy, unicode = line.split("\t")[:3]
        for text in (legacy, unicode):
            for core in _decoded_cores(text):
                _same(core)
