"""Issue 13, session 25: what blind-written news pages (``benchmarks/bench_pages.py``) showed the line stages miss or
take: an inline "also read" box's last headline over the next paragraph, a headline that asks and goes on, the page's
own headline under a ticker's label, previous/next links without a separator, a live page's status lines, the site's
app and channel calls in hi and bn. Every line here is written for this test."""

from __future__ import annotations

import pytest

from shuddh.document import Document
from shuddh.lang.profile import load_profile
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.clean.chrome import ChromeLineStage, clean_lines, title_line
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

HI = load_profile("hi")
P1 = ("नगर निगम की बोर्ड बैठक में मंगलवार को जलकर की दरों में बढ़ोतरी का प्रस्ताव भारी हंगामे के बीच पारित कर दिया गया। "
      "विपक्षी पार्षदों ने इसे जनता पर अतिरिक्त बोझ बताते हुए सदन से वॉकआउट कर दिया।")
P2 = ("अपर नगर आयुक्त ने सदन को बताया कि वर्ष 2015 के बाद से दरों में कोई संशोधन नहीं हुआ है, जबकि इस दौरान "
      "पाइपलाइन की मरम्मत पर निगम का खर्च लगभग दोगुना हो गया है।")
P3 = ("निगम अधिकारियों के मुताबिक प्रस्ताव अब अंतिम मंजूरी के लिए शासन को भेजा जाएगा और आपत्तियों के निस्तारण के बाद "
      "नई दरें एक अप्रैल से लागू की जा सकती हैं।")
# two teaser headlines of 7+ words with verbs ("था", "किया"): each reads as prose, the last sits over a paragraph
TEASER_1 = "कानपुर स्टेशन पर दो किलो चांदी के साथ यात्री गिरफ्तार, बैग में छिपा रखा था"
TEASER_2 = "गोमती किनारे बनेगा पांच किलोमीटर लंबा साइकिल ट्रैक, प्राधिकरण ने तैयार किया खाका"


def _reasons(lines: list[str], title: str | None = None) -> dict[str, str]:
    return {ln: r for ln, r in zip(lines, clean_lines(list(lines), HI, title=title), strict=True) if r}


def test_an_inline_box_loses_its_last_headline_too():
    lines = [TEASER_1.replace("कानपुर", "लखनऊ"), P1, P2, "ये भी पढ़ें", TEASER_1, TEASER_2, P3]
    removed = _reasons(lines)
    assert removed.get(TEASER_1) == "structure.headlines"
    # the box's last headline over the paragraph that follows the box: the session-start rules kept it as "a
    # headline over its article"
    assert removed.get(TEASER_2) == "structure.headlines"
    assert not {P1, P2, P3} & set(removed)


def test_a_sub_head_after_the_box_ends_it():
    sub = "आपत्तियों पर क्या कहा"
    lines = [P1, P2, "ये भी पढ़ें", TEASER_1, sub, P3]
    removed = _reasons(lines)
    assert removed.get(TEASER_1) == "structure.headlines"
    assert sub not in removed  # six words or fewer over running text: the article's own sub-head


def test_rows_of_figures_under_a_box_label_are_kept():
    # a fact box under the label: rows that open with a figure keep the guard at any length
    facts = ["87 देश अब तक इस संक्रमण की चपेट में आ चुके हैं", "97,035 लोग दुनिया भर में संक्रमित हुए हैं",
             "53,983 लोग अब तक इस बीमारी से ठीक हो चुके हैं"]
    lines = [P1, P2, "ये भी पढ़ें", *facts, P3]
    removed = _reasons(lines)
    for f in facts[:-1]:
        assert f not in removed, f


def test_a_numbered_most_read_list_is_taken_though_its_rows_open_with_figures():
    ranked = ["1 बहराइच: नेपाल से छोड़ा गया पानी, घाघरा खतरे के निशान से ऊपर",
              "2 अयोध्या: राम की पैड़ी पर सौंदर्यीकरण का काम तेज हो गया है",
              "3 कानपुर में केजीएमयू की तर्ज पर ऑनलाइन पर्चा व्यवस्था लागू की गई"]
    lines = [P1, P2, P3, "सबसे ज्यादा पढ़ी गईं", *ranked, P1.replace("नगर निगम", "जिला पंचायत")]
    removed = _reasons(lines)
    for r in ranked:
        assert removed.get(r) == "structure.headlines", r


def test_a_headline_that_asks_and_goes_on_is_a_teaser():
    ask = "ऑनलाइन ठगी हो जाए तो तुरंत क्या करें? जानिए पैसे वापस पाने का पूरा तरीका"
    lines = [P1, P2, "ये भी पढ़ें", TEASER_1, ask, P3]
    assert _reasons(lines).get(ask) == "structure.headlines"
    # a paragraph of two statements is not one of them
    two = "पुलिस ने मामले की जांच शुरू कर दी है। आरोपी की तलाश में दो टीमें लगाई गई हैं"
    assert two not in _reasons([P1, P2, "ये भी पढ़ें", TEASER_1, two, P3])


HEADLINE = "राज्य हॉकी चैंपियनशिप: आखिरी मिनट के गोल से कानपुर ने आगरा को 3-2 से हराया"
DECK = "कप्तान ने पेनल्टी कॉर्नर पर दागा निर्णायक गोल, मेरठ को मिला तीसरा स्थान"
# a ticker's label, the site's tagline, the headline, its deck and byline, then the story (trafilatura's text of a
# page of one blind-written family)
TOP = ["ताज़ा खबरें", "सच के साथ, सबसे पहले", HEADLINE, DECK, "अमित त्रिपाठी, कानपुर", "|",
       "प्रकाशित: रविवार, 15 सितंबर 2019 07:05 AM IST"]


def test_the_page_headline_under_a_ticker_label_is_kept():
    headline = HEADLINE
    lines = [*TOP, P1, P2, P3]
    without = _reasons(lines)
    # session 28: without a declared title too (the box took it then): the last title-like lines above the article,
    # headline and deck, end the box (test_chrome_pages_28.py); the tagline under the label still goes
    assert headline not in without
    assert DECK not in without
    assert without.get("सच के साथ, सबसे पहले") == "structure.headlines"
    kept = _reasons(lines, title=headline)
    assert headline not in kept
    assert kept.get("सच के साथ, सबसे पहले") == "structure.headlines"


def test_the_declared_title_line_is_never_removed():
    # a headline that the call rules would take alone
    headline = "देश-दुनिया की हर बड़ी खबर सबसे पहले अपने फोन पर पाएं"
    assert _reasons([headline, P1, P2]).get(headline) == "promo"
    assert headline not in _reasons([headline, P1, P2], title=headline)
    # a short declared title the lexicon reads as chrome protects no line (a menu item named like the page)
    assert _reasons(["होम", P1, P2], title="होम").get("होम") is not None
    # whitespace and the normalisation of the stage before do not hide it
    assert title_line(["शहर की  सड़कों की मरम्मत अगले सप्ताह से", P1], " शहर की सड़कों की मरम्मत अगले सप्ताह से") == 0


def test_a_short_declared_title_protects_its_line_right_above_the_text():
    # a poem's title of one word after the magazine's menu and breadcrumb (its last item names the poem too), then
    # the poet's line, a share bar and the poem's note: the breadcrumb's copy goes with the menu, the headline stays
    menu = ["मुखपृष्ठ", "कविता", "ग़ज़ल", "कहानी", "समीक्षा", "संस्मरण", "रचनाएँ भेजें", "मुखपृष्ठ", "कविता", "आँगन"]
    poet = "मीरा तिवारी, कानपुर / 3 मार्च 2025"
    note = ("कानपुर की मीरा तिवारी की यह कविता बचपन के उस आँगन को याद करती है जहाँ पूरा परिवार शाम को एक साथ बैठता "
            "था।")
    lines = [*menu, "आँगन", poet, "साझा करें:", note, P1, P2]
    assert title_line(lines, "आँगन") == len(menu)
    assert _reasons(lines).get("आँगन") == "structure.menu"  # undeclared, the one-word headline reads as a menu item
    kept = clean_lines(list(lines), HI, title="आँगन")
    assert kept[len(menu)] is None
    assert kept[len(menu) - 1] == "structure.menu"  # the breadcrumb's copy of the title
    assert kept[1] == "structure.menu"
    # a short title that names a menu item far above the text protects nothing ("होम" on a home page)
    assert title_line(["होम", *menu[1:7], *menu[1:7], note, P1], "होम") is None


def test_the_stage_reads_the_title_from_the_documents_metadata():
    headline = HEADLINE
    text = "\n".join([*TOP, P1, P2, P3])
    stage = ChromeLineStage(profile="hi")
    doc = stage.map(Document(id="1", text=text, source="t", metadata={"title": headline}),
                    StageContext(StageStats("chrome")))
    assert isinstance(doc, Document)
    assert headline in doc.text.split("\n")
    assert "सच के साथ, सबसे पहले" not in doc.text


CHROME = [
    ("hi", "पिछली खबर लखनऊ विश्वविद्यालय में पीएचडी प्रवेश परीक्षा का परिणाम घोषित", "navigation"),
    ("hi", "अगला लेख यूपी बोर्ड: प्रायोगिक परीक्षा की नई तारीखें जारी", "navigation"),
    ("hi", "खास बातें", "live"),
    ("hi", "ख़बर की खास बातें", "live"),
    ("hi", "इस खबर की अहम बातें", "live"),
    ("hi", "12 अपडेट्स", "live"),
    ("hi", "लगातार अपडेट हो रहा है पेज रिफ्रेश करें", "live"),
    ("hi", "यह पेज लगातार अपडेट किया जा रहा है", "live"),
    ("hi", "खबरें पढ़ने का बेहतर अनुभव नगर दर्पण ऐप पर", "promo"),
    ("hi", "तेज, हल्का और विज्ञापन कम - अभी डाउनलोड करें", "promo"),
    ("hi", "प्रदेश की हर बड़ी खबर सबसे पहले अपने मोबाइल पर पाएं", "promo"),
    ("bn", "খেলার সব খবর সবার আগে পেতে যোগ দিন আমাদের টেলিগ্রাম চ্যানেলে", "promo"),
    ("bn", "যুক্ত হোন আমাদের হোয়াটসঅ্যাপ চ্যানেলে", "promo"),
    ("bn", "নগর বার্তাকে আপনার Google News ফিডে যোগ করুন", "promo"),
    ("bn", "দিনের সেরা খবর, সরাসরি ইনবক্সে", "promo"),
    ("bn", "সকালের শিরোনাম সরাসরি আপনার ইমেইলে", "promo"),
]

KEPT = [
    ("hi", "अगली खबर में हम बताएंगे कि बैठक में क्या हुआ।"),
    ("hi", "अगली खबर आने तक लोग इंतजार करते रहे"),
    ("hi", "पिछली खबर में बताया गया था कि निगम ने दरें बढ़ाने का प्रस्ताव रखा है।"),
    ("hi", "बजट की मुख्य बातें"),
    ("hi", "सरकार ने नया पोर्टल शुरू किया - अभी डाउनलोड करें"),
    ("hi", "खबरें पढ़ने का बेहतर तरीका बताया गया है।"),
    ("hi", "मंत्री ने कहा कि हर जरूरी अपडेट जल्द लोगों तक पहुंचाया जाएगा।"),
    ("bn", "পুলিশ জানিয়েছে, অভিযুক্তরা সরাসরি ইনবক্সে হুমকি পাঠাত।"),
    ("bn", "মন্ত্রী আমাদের টেলিগ্রাম চ্যানেলে যোগ দেওয়ার কথা বলেননি।"),
]

test_session_25_forms_are_removed, test_session_25_near_misses_are_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_session_25_near_misses_are_kept_between_paragraphs(prof: str, line: str) -> None:
    para = P1 if prof == "hi" else ("কলকাতা পুরসভার বোর্ড বৈঠকে মঙ্গলবার জলকরের হার বাড়ানোর প্রস্তাব পাশ হয়েছে। "
                                    "বিরোধী কাউন্সিলররা এর প্রতিবাদে সভা থেকে বেরিয়ে যান।")
    assert_kept_between(prof, para, [line])


# -- the second batch of pages (TUNE families f9 gu, f11 te, f13 hi, f15 mr) -------------------------------------------

CHROME_2 = [
    ("hi", "सुबह की 10 बड़ी खबरें, सीधे आपके इनबॉक्स में", "promo"),
    ("hi", "मंडी भाव से जुड़ी सभी ताजा खबरें पढ़ने के लिए हमारे कृषि सेक्शन पर जाएं।", "promo"),
    ("hi", "पेज 2 / 3", "navigation"),
    ("mr", "नगरवार्ता आता Google News वर; ताज्या बातम्यांसाठी आम्हाला फॉलो करा", "promo"),
    ("mr", "प्रत्येक घडामोडीसाठी नगरवार्ताचे WhatsApp चॅनेल फॉलो करा", "promo"),
    ("mr", "बाजारभाव मिळवण्यासाठी डाउनलोड करा नगरवार्ता ॲप", "promo"),
    ("mr", "अवश्य वाचा", "read_more"),
    ("mr", "फसवणूक कशी ओळखावी, याविषयीचा आमचा सविस्तर लेख येथे वाचा.", "read_more"),
    ("mr", "बातमीचा सारांश", "live"),
    ("mr", "आतापर्यंत 2,310 वाचकांनी मत नोंदवले", "poll"),
    ("gu", "શહેર પ્રહરીના સમાચાર માટે Google News પર અમને ફોલો કરો", "promo"),
    ("gu", "સમાચાર સૌથી પહેલાં મેળવવા માટે અમારી એપ આજે જ ડાઉનલોડ કરો.", "promo"),
    ("gu", "આગળના પેજમાં વાંચો: ચોમાસામાં શું ખાવું? ડાયેટિશિયનની સલાહ", "navigation"),
    ("gu", "ટૂંકમાં સમજો", "live"),
    ("gu", "(આ સમાચાર એજન્સી ઇનપુટના આધારે પ્રકાશિત કરવામાં આવ્યા છે.)", "disclaimer"),
    ("te", "ప్రకటన - కింద కథనం కొనసాగుతుంది", "ad"),
    ("te", "తాజా అప్‌డేట్స్ కోసం నగర వార్తలును Google Newsలో ఫాలో అవ్వండి", "promo"),
    ("te", "(ఈ వార్తను నగర వార్తలు సిబ్బంది సవరించలేదు.)", "disclaimer"),
    ("te", "పేజీ 1 / 2 1 2", "navigation"),
    ("te", "ఆటో రిఫ్రెష్", "live"),
]

KEPT_2 = [
    ("hi", "पेज 3 पर छपी खबर में इसका जिक्र था।"),
    ("mr", "पोलिसांनी आमचा जबाब नोंदवला नाही, असे ग्रामस्थांनी सांगितले."),
    ("mr", "दुकानदाराने ॲप डाउनलोड करा असे सांगून फसवणूक केली."),
    ("gu", "અમારી માગણી સરકાર સુધી પહોંચાડવામાં આવી છે, એમ ખેડૂતોએ જણાવ્યું."),
    ("te", "ప్రకటన విడుదల చేసిన ప్రభుత్వం కొత్త పథకాన్ని ప్రారంభించింది."),
]

test_batch_2_forms_are_removed, test_batch_2_near_misses_are_kept = chrome_form_tests(None, CHROME_2, KEPT_2)


def test_two_calls_glued_on_one_line_go_and_a_story_naming_two_platforms_stays():
    from shuddh.stages.clean.chrome import glued_calls

    gu = load_profile("gu")
    assert glued_calls("શહેર પ્રહરીની WhatsApp ચેનલ સાથે જોડાઓ Telegram પર અમને ફોલો કરો", gu) == "promo"
    mr = load_profile("mr")
    assert glued_calls("नगरवार्ता आता Google News वर; ताज्या बातम्यांसाठी आम्हाला फॉलो करा "
                       "नगरवार्ताच्या WhatsApp चॅनेलमध्ये सामील व्हा", mr) == "promo"
    assert glued_calls("ठगों ने पहले WhatsApp पर संपर्क किया और फिर Telegram पर निवेश का झांसा दिया।", HI) is None
    lines = [P1, "शहर प्रहरी का WhatsApp चैनल फॉलो करें Telegram पर हमें फॉलो करें", P2]
    assert clean_lines(list(lines), HI)[1] is not None


@pytest.mark.parametrize(("prof", "line"), [("gu", "મુખ્ય મુદ્દા"), ("mr", "महत्त्वाचे मुद्दे"), ("hi", "मुख्य बिंदु"),
                                           ("hi", "प्रमुख बातें")])
def test_a_summary_label_like_sub_head_stays(prof: str, line: str) -> None:
    from shuddh.stages.clean.chrome import chrome_reason

    assert chrome_reason(line, load_profile(prof)) is None
