import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import ChromeLineStage, chrome_reason
from tests.conftest import BODY_1, BODY_2, PAGE, TITLE
from tests.unit.stages.helpers import run_stage

HI = load_profile("hi")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("यह भी पढ़ें: नए पुल का उद्घाटन अगले महीने", "read_more"),
        ("ये भी पढ़ें - बोर्ड परीक्षा की तारीख़ें घोषित", "read_more"),
        ("और पढ़ें… पहाड़ों में बर्फ़बारी से कई रास्ते बंद", "read_more"),
        ("read more… World Nature Conservation Day 2023 विकास करती हुई दुनिया", "read_more"),
        ("Related Articles", "related"),
        ("संबंधित खबरें", "related"),
        ("Leave a Reply", "comment_form"),
        ("Your email address will not be published. Required fields are marked *", "comment_form"),
        ("Back to top button", "navigation"),
        ("शेयर करें", "share"),
        ("Facebook Twitter WhatsApp Telegram", "share"),
        ("© 2024 समाचार डॉट कॉम. All rights reserved.", "legal"),
        ("विज्ञापन", "ad"),
        ("टैग्स: मौसम, बारिश, उत्तर भारत", "tags"),
    ],
)
def test_chrome_lines_are_recognised_with_their_reason(line, reason):
    assert chrome_reason(line, HI) == reason


@pytest.mark.parametrize("line", [BODY_1, BODY_2, TITLE, "दुनिया", "पढ़ाई के लिए नई लाइब्रेरी शुरू"])
def test_content_lines_are_not_chrome(line):
    assert chrome_reason(line, HI) is None


def test_long_paragraph_starting_with_a_chrome_phrase_is_kept():
    para = "और पढ़ें तो पता चलता है कि " + BODY_1
    assert chrome_reason(para, HI) is None


def test_phrase_must_end_at_a_word_boundary():
    # "पढ़ें" is a chrome prefix, "पढ़ेंगे" (will read) is not the same word
    assert chrome_reason("पढ़ेंगे तो आगे बढ़ेंगे", HI) is None


def test_stage_removes_lines_counts_reasons_and_keeps_paragraphs():
    (doc,), stats = run_stage(ChromeLineStage(profile="hi"), [PAGE])
    assert doc.text == "\n\n".join(["शहर", TITLE, BODY_1, BODY_2])
    assert stats.lines_removed == {"chrome.read_more": 1, "chrome.related": 1, "chrome.comment_form": 2,
                                   "chrome.navigation": 1}
    assert stats.samples["chrome.navigation"] == ["Back to top button"]
