"""Issue 13, session 34: rails without a label below the article (``structure.rail``). Past the article's share bar,
tags or comment form, three or more headline-shaped lines in a row are other stories' headlines or a widget's rows;
an article's own list, which follows its text, an ad label or an "also read" line, stays. Every line here is written
for this test."""

from __future__ import annotations

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.test_chrome_pages_34 import P1, P2, P3  # three paragraphs of a dengue story

HI = load_profile("hi")
BN = load_profile("bn")
HEAD = "शहर में डेंगू के मरीज बढ़े, जिला अस्पताल में अलग वार्ड शुरू"
# other stories' headlines, no label above them
RAIL = ["गोंडा: शादी समारोह में हर्ष फायरिंग, गोली लगने से युवक की मौत; दूल्हे के चाचा पर केस",
        "साइबर ठगी से बचने के लिए पुलिस चला रही जागरूकता अभियान, स्कूलों में लग रही पाठशाला",
        "बलरामपुर: तुलसीपुर में नकली खाद की फैक्ट्री का भंडाफोड़, 400 बोरी बरामद",
        "महराजगंज में नेपाल सीमा पर एसएसबी ने पकड़ी 22 लाख की चरस"]
# an article's own list: the doctors' advice
TIPS = ["तेज बुखार, सिर दर्द या शरीर पर लाल चकत्ते दिखें तो तुरंत जांच कराएं",
        "बुखार में सिर्फ पैरासिटामोल लें, दूसरी दर्द निवारक दवाएं डॉक्टर की सलाह के बिना न लें",
        "घर में और आसपास कूलर, गमलों और पुराने टायरों में पानी जमा न होने दें",
        "दिन में भी पूरी बांह के कपड़े पहनें और सोते समय मच्छरदानी का इस्तेमाल करें"]
CLOSE = ["शेयर करें", "Facebook X WhatsApp Telegram", "टैग्स: डेंगू जिला अस्पताल स्वास्थ्य विभाग"]
FOOT = ["हमारे बारे में", "संपर्क करें", "प्राइवेसी पॉलिसी", "© 2025 सर्वाधिकार सुरक्षित"]


def _reasons(lines: list[str], profile=HI) -> dict[str, str]:
    return {ln: r for ln, r in zip(lines, clean_lines(list(lines), profile), strict=True) if r}


def test_an_unlabelled_rail_after_the_share_bar_goes():
    lines = [HEAD, P1, P2, P3, *CLOSE, *RAIL, *FOOT]
    removed = _reasons(lines)
    for r in RAIL:
        assert removed.get(r) == "structure.rail", r
    assert not {HEAD, P1, P2, P3} & set(removed)


def test_a_widget_after_the_comment_form_goes_and_an_ad_label_inside_does_not_end_it():
    rates = ["गेहूं (लोकवन) मंडी भाव 2,450 से 2,610 रुपये प्रति क्विंटल",
             "चना देसी मंडी भाव 5,300 से 5,520 रुपये प्रति क्विंटल",
             "सोयाबीन पीला मंडी भाव 4,180 से 4,350 रुपये प्रति क्विंटल"]
    lines = [HEAD, P1, P2, P3, "टिप्पणी करने के लिए लॉग इन करें", rates[0], "विज्ञापन", *rates[1:], *FOOT]
    removed = _reasons(lines)
    for r in rates:
        assert removed.get(r) == "structure.rail", r


def test_an_articles_own_list_stays_after_its_text_an_ad_label_or_an_also_read_line():
    for between in ([], ["विज्ञापन"], ["यह भी पढ़ें: बिहार के सरकारी स्कूलों में चलेगा मच्छर मुक्त परिसर अभियान"]):
        lines = [HEAD, P1, P2, *between, *TIPS, P3, *CLOSE, *FOOT]
        removed = _reasons(lines)
        for t in TIPS:
            assert t not in removed, (between, t)


def test_the_article_again_after_a_share_bar_keeps_its_list():
    # a share bar between two parts of a story: running text after it opens the article again
    lines = [HEAD, P1, P2, *CLOSE[:2], P3, *TIPS, *FOOT]
    removed = _reasons(lines)
    for t in TIPS:
        assert t not in removed, t


def test_two_headlines_are_no_rail():
    lines = [HEAD, P1, P2, P3, *CLOSE, *RAIL[:2], "डॉक्टरों ने दी सलाह, कहा कि घबराने की जरूरत नहीं है।", *FOOT]
    removed = _reasons(lines)
    assert not set(RAIL[:2]) & {ln for ln, r in removed.items() if r == "structure.rail"}


def test_a_bengali_rail_goes_too():
    p = ["কলকাতার কসবায় একটি বহুতলে মঙ্গলবার রাতে আগুন লাগে। দমকলের দশটি ইঞ্জিন দুই ঘণ্টার চেষ্টায় আগুন নিয়ন্ত্রণে আনে।",
         "পুলিশ জানিয়েছে, শর্ট সার্কিট থেকেই আগুন লেগেছিল বলে প্রাথমিক তদন্তে মনে করা হচ্ছে। কেউ হতাহত হননি।",
         "দমকলমন্ত্রী বুধবার ঘটনাস্থল পরিদর্শন করেন এবং বহুতলের অগ্নিনির্বাপণ ব্যবস্থা খতিয়ে দেখার নির্দেশ দেন।"]
    rail = ["হাওড়ায় গঙ্গার ঘাটে নতুন ফেরি পরিষেবা চালু, খুশি নিত্যযাত্রীরা",
            "শিয়ালদহ শাখায় রবিবার বাতিল একাধিক লোকাল ট্রেন, দেখে নিন তালিকা",
            "দক্ষিণবঙ্গে ফের বৃষ্টির পূর্বাভাস, সতর্কতা জারি সাত জেলায়"]
    lines = ["কসবায় বহুতলে আগুন, আতঙ্ক এলাকায়", *p, "শেয়ার করুন", "Facebook X WhatsApp", *rail, "আমাদের সম্পর্কে",
             "যোগাযোগ", "গোপনীয়তা নীতি"]
    removed = _reasons(lines, BN)
    for r in rail:
        assert removed.get(r) == "structure.rail", r
    assert not set(p) & set(removed)


NAME = "रोहित शर्मा"
BIO = "रोहित शर्मा नगर दर्पण आगरा में शिक्षा और करियर बीट देखते हैं। वे पिछले आठ साल से पत्रकारिता कर रहे हैं।"


def test_an_author_card_below_the_article_goes():
    # a share bar, tags and the site's calls between the story and the card (five lines or more: the card is no part
    # of the story's block of text)
    close = [*CLOSE, "नगर दर्पण के व्हाट्सएप चैनल से जुड़ें", "Google News पर फॉलो करें"]
    lines = [HEAD, P1, P2, P3, *close, NAME, BIO, "लेखक की अन्य खबरें", RAIL[0], *RAIL[1:], *FOOT]
    removed = _reasons(lines)
    assert removed.get(NAME) == "structure.bio"
    assert removed.get(BIO) == "structure.bio"
    assert not {HEAD, P1, P2, P3} & set(removed)


def test_a_name_over_a_paragraph_inside_the_article_stays():
    # a story about people, each one's name over a paragraph that opens with it: no share bar above them
    profile = "रोहित शर्मा शहर के सबसे कम उम्र के पार्षद हैं और उन्होंने पिछले साल जलभराव के खिलाफ अभियान चलाया था।"
    lines = [HEAD, P1, NAME, profile, P2, P3, *CLOSE, *FOOT]
    removed = _reasons(lines)
    assert NAME not in removed
    assert profile not in removed


def test_a_kicker_over_a_headline_is_no_author_card():
    kicker = "विजय हजारे ट्रॉफी"
    headline = "विजय हजारे ट्रॉफी सेमीफाइनल: कप्तान के नाबाद शतक से हरियाणा फाइनल में पहुंचा"
    lines = [HEAD, P1, P2, P3, *CLOSE, kicker, headline, P1.replace("डेंगू", "मलेरिया")]
    assert _reasons(lines).get(headline) != "structure.bio"
