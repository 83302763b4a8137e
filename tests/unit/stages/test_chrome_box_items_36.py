"""Session 36 (issue 13): a short kept line right between two lines a box rule took (a teaser card's one-sentence
summary between its headline and the next card, a reader's comment the thread rule left between two of its lines) is
the box's too (``structure.box_item``). Blind-written TUNE families: the Substack-like f59 0.736 -> 0.811 recall, 46
lines in 11 families, none body; wcxb TUNE 8 lines, all chrome. Text written for this test."""

from __future__ import annotations

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from shuddh.stages.clean.structure import _sandwiched

HEADLINE_1 = "ललितपुर में अमृत सरोवर की हक़ीक़त: 40 में से 11 तालाबों में पानी"
SUMMARY_1 = "ज़िले के 40 सरोवरों की पड़ताल, जिनमें से ज़्यादातर गर्मी से पहले ही सूख गए।"
HEADLINE_2 = "मनरेगा की मज़दूरी और चेकडैम: किसके खाते में गया पैसा"
SUMMARY_2 = "झांसी और ललितपुर के पांच गांवों में भुगतान रिकॉर्ड की जांच।"
PARAGRAPH = ("ब्लॉक के अधिकारियों ने जांच का भरोसा दिया है, लेकिन गांव वालों का कहना है कि ऐसी जांच हर साल होती है और "
             "रिपोर्ट कभी सामने नहीं आती। इस बार ग्राम सभा ने लिखित प्रस्ताव पास कर मरम्मत की मांग की है और कहा है कि "
             "बारिश से पहले काम शुरू न हुआ तो वे तहसील पर धरना देंगे।")


def test_a_cards_summary_between_two_box_items_is_the_boxs() -> None:
    lines = [HEADLINE_1, SUMMARY_1, "", HEADLINE_2, SUMMARY_2, "2 नवंबर 2026 ∙ अनुराधा मिश्रा"]
    out: list[str | None] = ["structure.headlines", None, None, "structure.headlines", None, "structure.comment"]
    _sandwiched(lines, [None] * len(lines), out, None)
    assert out[1] == "structure.box_item"  # (a blank line between is no neighbour)
    assert out[4] == "structure.box_item"
    assert out[2] is None


def test_what_is_not_between_two_box_items_stays() -> None:
    # a paragraph of more than 30 words; a line after the box's last item; a line with a lexicon reason (left to the
    # lexicon); the page's headline; a line next to a menu or a lexicon line, not to a box's items
    lines = [HEADLINE_1, PARAGRAPH, HEADLINE_2, SUMMARY_1, "होम", SUMMARY_2, HEADLINE_1, "यह भी पढ़ें", HEADLINE_2,
             SUMMARY_2, HEADLINE_1]
    out: list[str | None] = ["structure.headlines", None, "structure.headlines", None, "structure.menu", None,
                             "structure.headlines", None, "structure.headlines", None, "structure.headlines"]
    lexicon: list[str | None] = [None] * len(lines)
    lexicon[7] = "read_more"
    _sandwiched(lines, lexicon, out, 9)
    assert out[1] is None  # too long: a paragraph between two teasers is the article's
    assert [out[3], out[5]] == [None, None]  # a menu's line is no box item
    assert out[7] is None  # the lexicon's line: its reason is the lexicon's
    assert out[9] is None  # the page's headline


P1 = ("ज़िले के गांवों में इस साल गर्मी शुरू होते ही हैंडपंप सूखने लगे हैं। पंचायत के रिकॉर्ड बताते हैं कि पिछले तीन साल में "
      "बने बारह में से नौ चेकडैम की दीवारों में दरारें हैं और उनमें बारिश का पानी एक महीना भी नहीं टिकता।")


def test_a_more_posts_box_of_cards_goes_whole() -> None:
    """A "more posts" box below the article (Ghost's, Substack's cards: a tag, a headline, a one-sentence summary, a
    date with the reading time): the summaries and tags go with the headlines, and the box runs on to the last card
    (f27: 0.880 -> 0.959 recall)."""
    lines = [P1, PARAGRAPH, "टैग: पानी बुंदेलखंड", "जनपथ पर और पढ़ें",
             "सोयाबीन के भाव MSP से नीचे, विदर्भ के किसानों ने रोकी बिक्री",
             "गोदामों में पिछले साल की उपज पड़ी है और नई बुआई सिर पर है।", "2 जून 2025 6 मिनट पढ़ें", "राय",
             "गिग वर्कर्स के लिए क़ानून तो बने, पर सुरक्षा कौन देगा?",
             "राज्यों के नए क़ानून कल्याण बोर्ड की बात करते हैं, एल्गोरिदम पर चुप हैं।", "9 जून 2025 6 मिनट पढ़ें"]
    out = clean_lines(list(lines), load_profile("hi"))
    assert out[:2] == [None, None]
    assert out[4:] == ["structure.headlines", "structure.box_item", "byline", "structure.box_item",
                       "structure.headlines", "structure.box_item", "byline"]


def test_a_live_entry_after_a_teaser_headline_stays() -> None:
    """After a "read also" teaser's headline, a live blog's entry text above the next entry's time stamp is the story's:
    a line with a clock time is no card's date."""
    entry = "प्रशासन ने बताया कि मयूर विहार और आसपास के इलाकों से अब तक चार हजार लोगों को राहत शिविरों में भेजा गया है।"
    lines = [P1, "यह भी पढ़ें", "दिल्ली में यमुना का जलस्तर खतरे के निशान के पार, निचले इलाके खाली कराए गए", entry,
             "10:45 AM, 12 जुलाई 2025", PARAGRAPH]
    out = clean_lines(list(lines), load_profile("hi"))
    assert out[2] == "structure.headlines"
    assert [out[3], out[5]] == [None, None]
