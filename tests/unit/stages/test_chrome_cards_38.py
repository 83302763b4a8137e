"""Issue 13, session 38: the related posts of a WordPress theme print each card as its headline, a summary and a "read
more" link ("Related Posts" / "<headline>" / "<summary>" / "Read More »" / …). The teaser box rule ends at the first
card's summary, a sentence, and the other cards stayed (a blind-written Hinglish how-to blog, benchmarks/labels/pages
f91: 8 of 9 card lines a page; a Gujarati WordPress family, f30, 14 lines; WCXB TUNE pages ~50 lines, all chrome). Under
a box label, two or more cards in a row that each close with their "read more" line are the box's; one card alone, cards
without a label, or a "card" opened by a sentence are not evidence. Also: WordPress's "Post navigation" heading
(web-common), a Hinglish share call ("इस पोस्ट को अपने दोस्तों के साथ Share करें") and a Gujarati comment policy with
"પ્રતિભાવ" for the comments and "પ્રસિદ્ધ" for published.

Every line here is written for this test."""

from tests.unit.stages.helpers import chrome_form_tests, reasons_by_line

ARTICLE = [
    "अगर आपका Phone बार-बार Hang होता है तो सबसे पहले उसकी Storage देखें। Storage 90 प्रतिशत से ज्यादा भरी हो तो "
    "Apps धीमे चलने लगते हैं और Camera भी देर से खुलता है।",
    "Settings में जाकर Storage पर Tap करें और देखें कि कौन सी Apps सबसे ज्यादा जगह ले रही हैं। जिन Apps को आपने "
    "महीनों से नहीं खोला, उन्हें Uninstall कर देना ही बेहतर है।",
    "इसके बाद Cache साफ करें और Phone को एक बार Restart करें। ज्यादातर मामलों में इतने से ही Phone पहले जैसा तेज "
    "चलने लगता है।",
]
CARDS = [
    ("WhatsApp Backup कैसे लें – Google Drive पर पूरा तरीका", "Phone बदलने से पहले अपनी Chats का Backup लेना न भूलें।"),
    ("Phone गर्म क्यों होता है? ये 5 वजहें जान लीजिए", "Gaming और Fast Charging के समय Phone का गर्म होना आम है, पर…"),
    ("Google Photos में जगह खाली करने के आसान तरीके", "15 GB की Free Storage भरने लगे तो पहले ये Settings बदलें।"),
]
HEAD = ["होम", "Mobile Tips", "Phone Hang हो रहा है? Storage खाली करने के 4 आसान तरीके"]


def _page(label: str | None, cards: list[tuple[str, str]], more: str = "Read More »") -> list[str]:
    box = [x for h, s in cards for x in (h, s, more)]
    return [*HEAD, *ARTICLE, "Tags: Android, Storage, Phone Tips", *([label] if label else []), *box,
            "© 2026 TechMitra Hindi. All rights reserved."]


def test_cards_that_each_close_with_read_more_go_under_a_box_label() -> None:
    got = reasons_by_line(_page("Related Posts", CARDS))
    assert all(got[p] is None for p in ARTICLE), got
    for headline, summary in CARDS:
        assert got[headline] is not None, (headline, got)
        assert got[summary] is not None, (summary, got)
    got = reasons_by_line(_page("संबंधित पोस्ट", CARDS, "और पढ़ें »"))
    assert all(got[s] is not None for _, s in CARDS), got
    assert all(got[p] is None for p in ARTICLE), got


def test_one_card_or_no_label_is_no_evidence() -> None:
    got = reasons_by_line(_page("Related Posts", CARDS[:1]))
    assert got[CARDS[0][1]] is None, got
    got = reasons_by_line(_page(None, CARDS))
    assert all(got[s] is None for _, s in CARDS), got


def test_a_card_opened_by_a_sentence_ends_the_cards() -> None:
    """A line that closes with a danda or a full stop is no card's headline: the cards end before it."""
    cards = [CARDS[0], ("यह लेख पढ़कर Storage की समस्या दूर हुई।", "धन्यवाद, बहुत काम की जानकारी है।"), *CARDS[1:]]
    got = reasons_by_line(_page("Related Posts", cards))
    assert got[cards[1][0]] is None, got
    assert got[cards[1][1]] is None, got


CHROME = [
    ("web-common", "Post navigation", "navigation"),
    ("hi", "इस पोस्ट को अपने दोस्तों के साथ Share करें", "share"),
    ("hi", "इस लेख को दोस्तों के साथ share करें:", "share"),
    ("gu", "પ્રતિભાવ મોડરેશન બાદ પ્રસિદ્ધ થશે. અભદ્ર કે વ્યક્તિગત ટિપ્પણીઓ દૂર કરવામાં આવશે.", "comment_form"),
    ("gu", "તમારા પ્રતિભાવ ચકાસણી પછી જ પ્રસિદ્ધ થશે.", "comment_form"),
]
KEPT = [
    ("hi", "दोस्तों के साथ share करें अपनी खुशियां"),
    ("gu", "સરકારના પ્રતિભાવ બાદ અહેવાલ પ્રસિદ્ધ થશે."),
    ("web-common", "Post navigation was redesigned in the new theme."),
]

test_labels_are_removed, test_near_misses_are_kept = chrome_form_tests(None, CHROME, KEPT)
