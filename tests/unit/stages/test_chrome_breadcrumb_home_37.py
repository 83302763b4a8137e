"""Issue 13, session 37: a breadcrumb whose items stand on lines of their own, no separator printed.

A TV channel's pages (benchmarks/labels/pages/f82) print the header's breaking-news ticker, then the breadcrumb as
"Home" and the section each on a line of its own, then the story's headline, its standfirst, a byline glued to its
date, a share bar glued into one word, the lead video's duration and caption, then the story. The ticker's label opens
a teaser box; the box skipped the home link (a lexicon line) and the one-word section, and took the headline, the
standfirst, the byline, the share bar and the duration as its links: the headline was lost on 2 of 6 pages. Above the
article, a navigation line of at most two words over a line of fewer than three words is a breadcrumb, and it ends the
box.

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from tests.unit.stages.helpers import reasons_by_line as _reasons

MENU = ["होम", "देश", "राज्य", "दुनिया", "खेल", "मनोरंजन", "कारोबार", "वीडियो"]
TICKER = ["ब्रेकिंग न्यूज़",
          "रेलवे ने त्योहारों के लिए 150 स्पेशल ट्रेनें चलाने का ऐलान किया",
          "कर्नाटक में सरकारी कर्मचारियों का महंगाई भत्ता 3 फीसदी बढ़ा",
          "जामिया में पीएचडी दाखिले के लिए आवेदन शुरू, 30 नवंबर आखिरी तारीख",
          "पर्थ टेस्ट से पहले टीम इंडिया को झटका, तेज़ गेंदबाज़ चोटिल"]
HEADLINE = "दिल्ली में घना कोहरा: 22 ट्रेनें देरी से, आईजीआई एयरपोर्ट पर कई उड़ानें प्रभावित"
DECK = "सुबह छह बजे पालम में दृश्यता सिर्फ 150 मीटर दर्ज की गई, मौसम विभाग ने दो दिन का येलो अलर्ट जारी किया"
BYLINE = "नवभारत वेब डेस्कप्रकाशित: 15 नवंबर 2024, 08:40 AM IST"
SHARE = "शेयर करेंव्हाट्सऐपफेसबुकट्विटरटेलीग्राम"
VIDEO = ["01:48", "नई दिल्ली रेलवे स्टेशन पर कोहरे के बीच ट्रेनों का इंतज़ार करते यात्री"]
ARTICLE = [
    "नई दिल्ली: राजधानी में शुक्रवार सुबह घने कोहरे की चादर छाई रही, जिससे रेल और हवाई सफर बुरी तरह प्रभावित हुआ। "
    "उत्तर रेलवे के मुताबिक दिल्ली आने वाली 22 ट्रेनें दो से छह घंटे की देरी से चल रही हैं।",
    "हवाई अड्डा प्रशासन ने यात्रियों को उड़ान की ताज़ा स्थिति एयरलाइन से पता करने की सलाह दी है। सुबह नौ बजे तक 14 "
    "उड़ानों के समय में बदलाव किया गया।",
    "मौसम विभाग के अनुसार अगले दो दिनों तक सुबह के समय घना कोहरा रहेगा और न्यूनतम तापमान 11 डिग्री के आसपास रहेगा।",
]
FOOTER = ["हमें फॉलो करें", "फेसबुक", "ट्विटर", "यूट्यूब", "© 2024 नवभारत टीवी. सर्वाधिकार सुरक्षित।"]



def test_a_home_line_over_a_one_word_section_ends_the_ticker_box() -> None:
    lines = [*MENU, *TICKER, "होम", "देश", HEADLINE, DECK, BYLINE, SHARE, *VIDEO, *ARTICLE, *FOOTER]
    got = _reasons(lines)
    assert got[HEADLINE] is None, got
    assert got[DECK] is None, got
    assert all(got[p] is None for p in ARTICLE)
    # the ticker's headlines still go, as a box's links
    assert all(got[h] == "structure.headlines" for h in TICKER[1:]), got


def test_a_crumb_of_three_words_after_the_section() -> None:
    """"होम" / "राज्य" / "जम्मू और कश्मीर": the crumb of three words is headline-long, and the box took it and the
    headline after it (f82/05); the home line over the one-word section ends the box first."""
    lines = [*MENU, *TICKER, "होम", "राज्य", "जम्मू और कश्मीर", HEADLINE, DECK, BYLINE, SHARE, *VIDEO, *ARTICLE, *FOOTER]
    got = _reasons(lines)
    assert got[HEADLINE] is None, got
    assert all(got[h] == "structure.headlines" for h in TICKER[1:]), got


def test_a_home_line_over_a_headline_does_not_end_the_box() -> None:
    """A navigation line right over a headline-long line is no breadcrumb: the box goes on over the next links (a
    ticker whose "होम" link sits among its items)."""
    lines = [*MENU, *TICKER[:3], "होम", *TICKER[3:], "विज्ञापन", HEADLINE, DECK, BYLINE, SHARE, *ARTICLE, *FOOTER]
    got = _reasons(lines)
    assert all(got[h] == "structure.headlines" for h in TICKER[1:]), got
    assert got[HEADLINE] is None, got


# A breadcrumb printed on one line whose last crumb is the page's own headline, however long: the home link and a
# second separator make it one, in every Indic profile (the older rule took at most ten words after the first separator:
# a recipe site's and a Gujarati WordPress site's breadcrumbs stayed, f80 and f30).
CRUMBS = [
    ("hi", "होम » दाल-सब्ज़ी » ढाबा स्टाइल मसाला भिंडी रेसिपी: न चिपचिपी होगी, न जलेगी – नानी का ये तरीका आज़माएं"),
    ("hi", "होम / प्रदेश / बस्ती / बस्ती: जिला पंचायत अध्यक्ष के खिलाफ अविश्वास प्रस्ताव पर मतदान आज, "
           "दोनों दलों ने किया जीत का दावा"),
    ("gu", "હોમ » સૌરાષ્ટ્ર » રાજકોટ » રાજકોટમાં 50 નવી ઇલેક્ટ્રિક બસો દોડશે, મહાનગરપાલિકાએ નવા રૂટની યાદી જાહેર કરી"),
    ("ta", "முகப்பு/தமிழ்நாடு/கனமழை எச்சரிக்கை: 12 மாவட்டங்களில் பள்ளிகளுக்கு இன்று விடுமுறை அறிவிப்பு, மீனவர்கள் கடலுக்குச் செல்ல வேண்டாம்"),
    ("mr", "होम » महाराष्ट्र » पुणे » पुण्यात पाणीकपात: पुढील दोन दिवस शहराच्या पूर्व भागात पाणीपुरवठा बंद राहणार, "
           "महापालिकेची माहिती"),
]
NOT_CRUMBS = [
    ("hi", "होम लोन / कार लोन की ब्याज दरें बढ़ीं, बैंक ने कहा कि नई दरें सोमवार से लागू होंगी और पुराने ग्राहकों पर भी असर पड़ेगा।"),
    ("hi", "होम्योपैथी / आयुर्वेद / यूनानी: तीनों पद्धतियों के डॉक्टरों की भर्ती के लिए आवेदन 15 जनवरी तक जमा होंगे।"),
]


def test_a_breadcrumb_ending_in_a_long_headline_goes() -> None:
    from shuddh.stages.clean.chrome import chrome_reason

    for lang, line in CRUMBS:
        assert chrome_reason(line, load_profile(lang)) == "navigation", line
    for lang, line in NOT_CRUMBS:
        assert chrome_reason(line, load_profile(lang)) is None, line
