"""Issue 13, session 32: the headlines of a post navigation.

WordPress themes and many news CMSs print, under the story, a link to the previous and to the next story, each a
label over that story's headline: "पिछली पोस्ट" / "<headline>" / "अगली पोस्ट" / "<headline>". The labels were removed
(lexicon `navigation`); the two headlines stayed in the text (36 of them in 6 TUNE families of blind-written pages).
Two label-and-headline pairs in a row are the evidence: the headlines go as ``structure.headlines``. A breadcrumb over
the page's own headline is one pair, and a headline over running text is never taken.

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines

MENU = ["होम", "देश", "राज्य", "खेल", "मनोरंजन", "बिजनेस", "वीडियो"]
HEADLINE = "भोपाल में गेहूं खरीद केंद्रों पर लंबी कतारें, किसानों ने की तौल जल्द कराने की मांग"
ARTICLE = [
    "भोपाल : जिले के गेहूं खरीद केंद्रों पर मंगलवार को सुबह से ही ट्रैक्टर-ट्रॉलियों की लंबी कतारें लगी रहीं। कई किसानों "
    "ने बताया कि वे दो दिन से अपनी बारी का इंतजार कर रहे हैं और रात भी केंद्र पर ही गुजारनी पड़ी।",
    "खाद्य विभाग के अधिकारियों ने कहा कि बारदाने की कमी के कारण तौल में देरी हुई है। बुधवार तक नया बारदाना पहुंचने के "
    "बाद हर केंद्र पर दो अतिरिक्त कांटे लगाए जाएंगे।",
    "किसान संघ के जिला अध्यक्ष ने चेतावनी दी है कि अगर तीन दिन में व्यवस्था नहीं सुधरी तो किसान कलेक्ट्रेट पर धरना देंगे।",
]
FOOTER = ["हमें फॉलो करें", "फेसबुक", "ट्विटर", "यूट्यूब", "© 2025 मालवा समाचार. सर्वाधिकार सुरक्षित।"]
PREVIOUS = "विदिशा में सड़क हादसा, बस और ट्रक की टक्कर में चार घायल"
NEXT = "इंदौर में नगर निगम ने शुरू किया संपत्ति कर का ऑनलाइन भुगतान"


def _reasons(lines: list[str], profile: str = "hi") -> dict[str, str | None]:
    return dict(zip(lines, clean_lines(list(lines), load_profile(profile)), strict=True))


def test_the_previous_and_next_headlines_go() -> None:
    lines = [*MENU, HEADLINE, *ARTICLE, "पिछली पोस्ट", PREVIOUS, "अगली पोस्ट", NEXT, *FOOTER]
    got = _reasons(lines)
    assert got[PREVIOUS] == got[NEXT] == "structure.headlines"
    assert all(got[x] is None for x in [HEADLINE, *ARTICLE])


def test_english_labels_over_urdu_headlines() -> None:
    article = ["لاہور: شہر کی ضلعی انتظامیہ نے منگل کے روز تجاوزات کے خلاف مہم کا آغاز کیا۔ پہلے دن مال روڈ "
               "اور انارکلی بازار سے سینکڑوں عارضی دکانیں ہٹائی گئیں اور دکانداروں کو نوٹس جاری کیے گئے۔",
               "ڈپٹی کمشنر نے کہا کہ مہم ایک ہفتے تک جاری رہے گی اور قانون کی خلاف ورزی کرنے والوں پر جرمانے "
               "عائد کیے جائیں گے۔ تاجروں کی تنظیم نے انتظامیہ سے مہلت کا مطالبہ کیا ہے۔"]
    previous = "کراچی میں پانی کی فراہمی کا نیا منصوبہ منظور، تین اضلاع کو فائدہ ہوگا"
    nxt = "پشاور: بی آر ٹی کے نئے روٹ پر سروس آئندہ ہفتے سے شروع ہو گی"
    lines = ["ہوم", "پاکستان", "دنیا", "کھیل", "کاروبار", "لاہور میں تجاوزات کے خلاف مہم کا آغاز", *article,
             "Previous post", previous, "Next post", nxt, "© 2025 جملہ حقوق محفوظ ہیں۔"]
    got = _reasons(lines, "ur")
    assert got[previous] == got[nxt] == "structure.headlines", got
    assert all(got[x] is None for x in article)


def test_one_label_over_the_page_headline_is_kept() -> None:
    """A breadcrumb over the story's headline is one pair: the headline stays."""
    lines = [*MENU, "होम » देश", HEADLINE, *ARTICLE, *FOOTER]
    got = _reasons(lines)
    assert got[HEADLINE] is None


def test_a_headline_over_running_text_is_kept() -> None:
    """A story's navigation printed above it: the second headline stands over the article's text and stays."""
    lines = [*MENU, "पिछली पोस्ट", PREVIOUS, "अगली पोस्ट", HEADLINE, *ARTICLE, *FOOTER]
    got = _reasons(lines)
    assert got[HEADLINE] is None
    assert all(got[x] is None for x in ARTICLE)


def test_a_box_under_two_tab_labels_on_one_line() -> None:
    """A tabbed related box prints its two tab labels as one line ("related stories" and "more by the author"): too
    long for one label, it opened no box and its headlines stayed. Two labels the lexicon reads alone open a box."""
    box = ["संबंधित खबरें लेखक की और खबरें",
           "उज्जैन में महाकाल लोक के दूसरे चरण का काम तेज, अगले साल तक पूरा होगा",
           "सागर में किसानों को नहीं मिल रहा यूरिया, सहकारी समितियों पर लंबी कतारें",
           "ग्वालियर व्यापार मेले में इस बार 1,500 दुकानें, ऑनलाइन होगा आवंटन"]
    lines = [*MENU, HEADLINE, *ARTICLE, *box, *FOOTER]
    got = _reasons(lines)
    assert all(got[h] == "structure.headlines" for h in box[1:]), got
    assert all(got[x] is None for x in [HEADLINE, *ARTICLE])


def test_a_line_of_a_label_and_a_sentence_opens_no_box() -> None:
    """A label glued to a sentence is no pair of labels: the lines under it stay to the other rules."""
    after = "उज्जैन में महाकाल लोक के दूसरे चरण का काम तेज, अगले साल तक पूरा होगा"
    glued = "संबंधित खबरें मंडी में आज गेहूं की आवक बढ़ी"
    lines = [*MENU, HEADLINE, *ARTICLE, glued, after, *FOOTER]
    got = _reasons(lines)
    assert got[after] is None
