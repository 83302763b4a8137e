"""dedup_in_doc: later copies of a paragraph inside one document go, structure lines stay."""

from __future__ import annotations

import pytest

from shuddh.document import Document, Dropped
from shuddh.stages.dedup.in_doc import InDocumentDedup, paragraph_key, repeated_paragraphs
from shuddh.stages.registry import DEFAULT_STAGES
from tests.conftest import BODY_1, BODY_2
from tests.unit.stages.helpers import run_stage

TOSS = "इंडिया रेड ने टॉस जीता और बल्लेबाजी करने का फ़ैसला किया।"
RAIN = "बारिश के कारण चौथे दिन केवल चार ओवर का खेल हो सका।"


def test_a_page_extracted_twice_keeps_one_copy_in_order():
    doubled = "\n".join([BODY_1, BODY_2, BODY_1, BODY_2])
    out, stats = run_stage(InDocumentDedup(), [doubled])
    doc = out[0]
    assert isinstance(doc, Document)
    assert doc.text == f"{BODY_1}\n{BODY_2}"
    assert stats.lines_removed == {"dedup.in_doc_repeat": 2}
    assert stats.counters["docs_with_repeats"] == 1
    assert stats.samples["dedup.in_doc_repeat"][0] == BODY_1[:len(stats.samples["dedup.in_doc_repeat"][0])]


def test_scorecard_line_said_three_times_is_kept_once_and_differing_results_stay():
    text = "\n".join([BODY_1, TOSS, RAIN, "अंक - भारत ए: 2, वेस्टइंडीज ए: 0।", TOSS, BODY_2,
                      "अंक - भारत ए: 0, वेस्टइंडीज ए: 2।", TOSS])
    out, stats = run_stage(InDocumentDedup(), [text])
    doc = out[0]
    assert isinstance(doc, Document)
    assert doc.text.count(TOSS) == 1
    assert doc.text.index(TOSS) < doc.text.index(RAIN)  # the first copy, in its place
    # digits are content: the two results are different lines
    assert "भारत ए: 2" in doc.text
    assert "भारत ए: 0" in doc.text
    assert stats.lines_removed["dedup.in_doc_repeat"] == 2


def test_short_structure_lines_repeat_freely():
    # a flattened infobox per zodiac sign: the labels repeat on every sign, and they must stay
    boxes = []
    for sign, lord in [("मेष", "मंगल"), ("वृषभ", "शुक्र"), ("मिथुन", "बुध")]:
        boxes += [f"{sign} राशि", "राशि चिह्न", "राशि स्वामी", lord, "राशि तत्त्व", "अग्नि"]
    text = "\n".join([BODY_1, *boxes, BODY_2])
    out, stats = run_stage(InDocumentDedup(), [text])
    assert isinstance(out[0], Document)
    assert out[0].text == text
    assert not stats.lines_removed


def test_copies_differing_only_in_spacing_are_copies_a_heading_in_capitals_is_not():
    line = "Virat Kohli ने  शानदार शतक लगाया और टीम को जीत दिलाई।"
    caps = "VIRAT KOHLI ने शानदार शतक लगाया और टीम को जीत दिलाई।"
    text = "\n".join([BODY_1, line, BODY_2, "Virat Kohli ने शानदार\tशतक लगाया और टीम को जीत दिलाई। ", caps])
    out, _ = run_stage(InDocumentDedup(), [text])
    assert isinstance(out[0], Document)
    assert out[0].text == f"{BODY_1}\n{line}\n{BODY_2}\n{caps}"


def test_copies_in_two_normal_forms_are_copies_after_normalize():
    # the default pipeline runs normalize (NFC) first; the stage compares what it leaves
    from shuddh.text.normalize import normalize

    precomposed = "\u0958ानून बनाने का अधिकार संसद के पास है।"  # क़ as one code point
    decomposed = "\u0915\u093cानून बनाने का अधिकार संसद के पास है।"  # क + nukta
    text = normalize("\n".join([BODY_1, precomposed, BODY_2, decomposed]))
    out, stats = run_stage(InDocumentDedup(), [text])
    assert isinstance(out[0], Document)
    assert stats.lines_removed == {"dedup.in_doc_repeat": 1}


def test_blank_lines_left_behind_collapse():
    text = f"{BODY_1}\n\n{BODY_2}\n\n{BODY_1}\n\n{RAIN}"
    out, _ = run_stage(InDocumentDedup(), [text])
    assert isinstance(out[0], Document)
    assert out[0].text == f"{BODY_1}\n\n{BODY_2}\n\n{RAIN}"


def test_a_page_of_copies_too_short_after_removal_is_dropped_with_a_reason():
    loop = "\n".join([TOSS, RAIN] * 4)  # 2 sentences x 4: 80 words, 20 unique
    out, stats = run_stage(InDocumentDedup(), [loop, BODY_1 + "\n" + BODY_2])
    assert isinstance(out[0], Dropped)
    assert out[0].reason == "dedup.in_doc_too_short"
    assert out[0].doc.text == loop  # issue 13: a dropped document keeps the text the dropping stage received
    assert isinstance(out[1], Document)  # no copies: untouched, whatever its length
    assert stats.dropped == {"dedup.in_doc_too_short": 1}
    assert stats.docs_in == 2
    assert stats.docs_out == 1
    # min_doc_words=0: never drops
    out, _ = run_stage(InDocumentDedup(min_doc_words=0), [loop])
    assert isinstance(out[0], Document)
    assert out[0].text == f"{TOSS}\n{RAIN}"


def test_min_words_decides_what_counts_as_a_paragraph():
    label = "कुल रन: 250"  # 3 words
    text = "\n".join([BODY_1, label, BODY_2, label])
    assert repeated_paragraphs(text.split("\n"), 5) == [False] * 4
    assert repeated_paragraphs(text.split("\n"), 2) == [False, False, False, True]
    with pytest.raises(ValueError, match="min_words"):
        InDocumentDedup(min_words=0)


def test_key_collapses_whitespace_and_keeps_case_and_digits():
    assert paragraph_key("  क़ानून   बना\tहै ") == paragraph_key("क़ानून बना है")
    assert paragraph_key("Hello World") != paragraph_key("hello world")
    assert paragraph_key("भारत ए: 2") != paragraph_key("भारत ए: 0")


def test_in_the_default_pipeline_after_the_repetition_filters_and_before_dedup():
    order = list(DEFAULT_STAGES)
    assert order.index("dedup_in_doc") > order.index("gopher_repetition")
    assert order.index("dedup_in_doc") > order.index("fineweb_quality")
    assert order.index("dedup_in_doc") < order.index("dedup_exact")
