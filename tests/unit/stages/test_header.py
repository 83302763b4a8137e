from shuddh.stages.clean.header import HeaderStage
from tests.conftest import BODY_1, BODY_2, TITLE
from tests.unit.stages.helpers import run_stage


def test_section_label_goes_to_metadata_and_headline_stays_first():
    (doc,), stats = run_stage(HeaderStage(), ["\n\n".join(["दुनिया", TITLE, BODY_1, BODY_2])])
    assert doc.metadata["section"] == "दुनिया"
    assert doc.metadata["title"] == TITLE
    assert doc.text.split("\n")[0] == TITLE
    assert "दुनिया" not in doc.text.split("\n")[0]
    assert stats.lines_removed == {"header.section_label": 1}


def test_a_headline_over_its_bracketed_gloss_is_not_a_section_label():
    # Dakshina Wikipedia: the article's headline, then its English name in brackets; the headline was
    # removed as header.section_label and the gloss became the title
    head, gloss = "भूगोल में मात्रात्मक क्रांति", "(Quantitative Revolution in Geography)"
    (doc,), stats = run_stage(HeaderStage(), ["\n".join([head, gloss, BODY_1, BODY_2])])
    assert doc.text.split("\n")[:2] == [head, gloss]
    assert "section" not in doc.metadata
    assert not stats.lines_removed


def test_breadcrumb_gives_last_crumb_as_section():
    (doc,), _ = run_stage(HeaderStage(), ["\n".join(["होम » देश » मौसम", TITLE, BODY_1])])
    assert doc.metadata["section"] == "मौसम"
    assert doc.metadata["breadcrumb"] == ["होम", "देश", "मौसम"]
    assert doc.text.startswith(TITLE)


def test_headline_without_label_only_sets_title():
    (doc,), stats = run_stage(HeaderStage(), ["\n\n".join([TITLE, BODY_1])])
    assert doc.metadata["title"] == TITLE
    assert "section" not in doc.metadata
    assert doc.text.startswith(TITLE)
    assert not stats.lines_removed


def test_short_documents_and_plain_prose_are_left_alone():
    short = "नमस्ते\n\nआज मौसम अच्छा है"
    prose = "\n".join([BODY_1, BODY_2])
    (d1, d2), stats = run_stage(HeaderStage(), [short, prose])
    assert d1.text == short
    assert d2.text == prose
    assert "title" not in d1.metadata
    assert "title" not in d2.metadata
    assert not stats.lines_removed


def test_existing_title_metadata_is_not_overwritten():
    stage = HeaderStage()
    from shuddh.document import Document
    from shuddh.stages.base import StageContext, StageStats

    d = Document(id="1", text="\n".join([TITLE, BODY_1]), source="t", metadata={"title": "मूल शीर्षक"})
    (out,) = stage.run([d], StageContext(StageStats("header")))
    assert out.metadata["title"] == "मूल शीर्षक"


def test_a_mark_at_the_start_of_a_line_is_no_sentence_of_its_own():
    # a play's text whose sentence marks a legacy-font conversion moved to the start of the next line (CLTK
    # prose, cut in chunks): "? माँ" is one sentence with words, not two; the chunk's first line is text,
    # not a section label over a headline (51 CLTK chunks lost their first line)
    chunk = ["बाप छोड़ देंगे", ". कैसी बात कहते हो", "? माँ", ". तुम तो सब जानती हो"]
    (doc,), stats = run_stage(HeaderStage(), ["\n".join(chunk)])
    assert doc.text.split("\n") == chunk
    assert not stats.lines_removed
    assert "section" not in doc.metadata
    # two real sentences under a label and a headline: still a page header
    (doc,), stats = run_stage(HeaderStage(), ["\n".join(["शहर", TITLE, "बारिश थमी। सड़कें खुलीं।"])])
    assert doc.metadata["section"] == "शहर"
    assert stats.lines_removed == {"header.section_label": 1}


def test_a_headline_over_its_deck_is_not_a_section_label():
    # wcxb: "Making Google Sans Flex" over "How seven design problems shaped …": a first line of several words over
    # a second of a dozen or more is a headline and its deck; the headline was removed as header.section_label
    head = "कोरोना से जंग में नया मोड़"
    deck = "राज्य सरकार ने जांच केंद्रों की संख्या दोगुनी करने और हर जिले में नए अस्पताल खोलने का फैसला किया"
    (doc,), stats = run_stage(HeaderStage(), ["\n".join([head, deck, BODY_1, BODY_2])])
    assert doc.text.split("\n")[:2] == [head, deck]
    assert "section" not in doc.metadata
    assert not stats.lines_removed
    # a one-word section label over the same deck-long headline is still a label
    (doc,), stats = run_stage(HeaderStage(), ["\n".join(["दुनिया", deck, BODY_1, BODY_2])])
    assert doc.metadata["section"] == "दुनिया"
    assert stats.lines_removed == {"header.section_label": 1}
