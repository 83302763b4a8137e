from shuddh.stages.normalize import NormalizeStage
from shuddh.text.legacy import convert_legacy
from tests.conftest import BODY_1
from tests.unit.stages.helpers import run_stage


def test_legacy_font_line_is_converted_and_unicode_lines_untouched():
    # KrutiDev as typed in old Hindi documents
    legacy_line = "Hkkjr ,d fo'kky ns'k gS vkSj ;gk¡ vusd Hkk\"kk,¡ cksyh tkrh gSaA"
    expected = convert_legacy(legacy_line, "krutidev")
    assert expected == "भारत एक विशाल देश है और यहाँ अनेक भाषाएँ बोली जाती हैं।"
    (doc,), stats = run_stage(NormalizeStage(), [f"{BODY_1}\n{legacy_line}"])
    first, second = doc.text.split("\n")
    assert first == BODY_1
    assert second == expected
    assert stats.counters["legacy_font_lines_converted"] == 1


def test_english_and_romanized_hindi_are_not_touched():
    text = "The committee met on Monday.\naaj mausam bahut accha hai\nhttps://example.in/khabar?id=42"
    (doc,), stats = run_stage(NormalizeStage(), [text])
    assert doc.text == text
    assert "legacy_font_lines_converted" not in stats.counters


def test_invisible_characters_and_spaces_are_normalised():
    (doc,), _ = run_stage(NormalizeStage(), ["\ufeffमैं  हिंदी\u200b में\u00a0लिखता हूँ |\r\n\r\n\r\nदूसरा"])
    assert doc.text == "मैं हिंदी में लिखता हूँ ।\n\nदूसरा"
