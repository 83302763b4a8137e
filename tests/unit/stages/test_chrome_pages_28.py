"""Issue 13, session 28: a page's own headline in its visible text is never a teaser box's headline.

In a page's visible text (a WET record, a JSONL of scraped text: no title declared) a "breaking news" ticker's label
opened a teaser box whose headlines ran on through the breadcrumb into the story's own headline and its
standfirst: the line stages alone removed the headline on 42 of the 192 TUNE pages of the blind-written families
(``benchmarks/bench_page_lines.py``). Three rules end such a box:

* above the article, a line over running text ends the box whatever its length (an inline box's last headline over
  the paragraph after it still goes);
* the page's last title-like line above the article, and the one right before it (headline over standfirst), end
  it too;
* two items of one or two words in a row are a breadcrumb or a menu, not a box's headlines.

Every line here is written for this test."""

from tests.unit.stages.helpers import chrome_form_tests
from tests.unit.stages.helpers import reasons_by_line as _reasons

MENU = ["होम", "देश", "राज्य", "खेल", "मनोरंजन", "बिजनेस", "वीडियो"]
TICKER = ["ब्रेकिंग न्यूज",
          "कानपुर में गंगा का जलस्तर खतरे के निशान के करीब पहुंचा",
          "लखनऊ मेट्रो के दूसरे चरण को कैबिनेट की मंजूरी, जल्द शुरू होगा काम",
          "सोने के दाम में लगातार दूसरे दिन गिरावट, चांदी भी सस्ती"]
HEADLINE = "आगरा में ताजमहल के पास बनेगा नया पर्यटक सुविधा केंद्र, 40 करोड़ रुपये मंजूर"
STANDFIRST_ENDED = "केंद्र में टिकट काउंटर, क्लॉक रूम और विश्राम कक्ष होंगे, जिससे पर्यटकों की लंबी कतारें कम होंगी।"
STANDFIRST_OPEN = "पर्यटन विभाग का प्रस्ताव पास; अगले साल मार्च तक पूरा करने का लक्ष्य"
BYLINE = ["संवाददाता, आगरा", "अपडेटेड: 12 मार्च 2025, 10:15 AM", "शेयर करें"]
ARTICLE = [
    "आगरा : ताजमहल आने वाले पर्यटकों के लिए पूर्वी गेट के पास एक नया सुविधा केंद्र बनाया जाएगा। राज्य सरकार ने "
    "इसके लिए 40 करोड़ रुपये की मंजूरी दे दी है।",
    "पर्यटन विभाग के अधिकारियों ने बताया कि केंद्र में एक साथ पांच सौ लोगों के बैठने की व्यवस्था होगी। यहां "
    "पीने के पानी, शौचालय और प्राथमिक चिकित्सा की सुविधा भी मिलेगी।",
    "स्थानीय व्यापारियों ने फैसले का स्वागत किया है। उनका कहना है कि इससे गेट के बाहर लगने वाले जाम से भी राहत मिलेगी।",
]
FOOTER = ["हमें फॉलो करें", "फेसबुक", "ट्विटर", "यूट्यूब", "© 2025 प्रदेश समाचार. सर्वाधिकार सुरक्षित।"]



def test_the_headline_after_a_ticker_and_a_breadcrumb_stays() -> None:
    lines = [*MENU, *TICKER, "होम", "उत्तर प्रदेश", "आगरा", HEADLINE, STANDFIRST_ENDED, *BYLINE, *ARTICLE, *FOOTER]
    got = _reasons(lines)
    assert got[HEADLINE] is None
    assert got[STANDFIRST_ENDED] is None
    assert all(got[p] is None for p in ARTICLE)
    # the ticker's headlines still go
    assert all(got[t] is not None for t in TICKER[1:])


def test_the_headline_right_under_the_ticker_over_its_standfirst_stays() -> None:
    """No breadcrumb between them: the headline stands over running text above the article."""
    lines = [*MENU, *TICKER, HEADLINE, STANDFIRST_ENDED, *BYLINE, *ARTICLE, *FOOTER]
    got = _reasons(lines)
    assert got[HEADLINE] is None
    assert all(got[t] is not None for t in TICKER[1:])


def test_a_headline_over_an_open_standfirst_and_a_byline_stays() -> None:
    """Neither line is over running text (a byline, a date and a share bar follow): they are the last title-like
    lines above the article."""
    lines = [*MENU, *TICKER, "विज्ञापन", HEADLINE, STANDFIRST_OPEN, *BYLINE, *ARTICLE, *FOOTER]
    got = _reasons(lines)
    assert got[HEADLINE] is None
    assert got[STANDFIRST_OPEN] is None
    assert all(got[t] is not None for t in TICKER[1:])


def test_an_inline_box_still_takes_its_last_headline_over_the_next_paragraph() -> None:
    """Below the article's start the old rule holds: an "also read" box between two paragraphs has its last
    headline over running text."""
    box = ["यह भी पढ़ें",
           "मथुरा-वृंदावन में होली पर चलेंगी 50 अतिरिक्त बसें, परिवहन निगम ने जारी किया शेड्यूल",
           "फतेहपुर सीकरी में खुदाई के दौरान मिले मुगलकालीन सिक्के, पुरातत्व विभाग ने शुरू की जांच"]
    lines = [*MENU, HEADLINE, *BYLINE, ARTICLE[0], ARTICLE[1], *box, ARTICLE[2], *FOOTER]
    got = _reasons(lines)
    assert got[box[1]] is not None
    assert got[box[2]] is not None
    assert got[HEADLINE] is None
    assert all(got[p] is None for p in ARTICLE)


def test_a_breadcrumb_ends_a_box_before_a_short_headline() -> None:
    """A headline of five words is not title-like; the breadcrumb's one-word items in a row end the box."""
    short = "आगरा में नया पर्यटक केंद्र"
    lines = [*MENU, *TICKER, "उत्तर प्रदेश", "आगरा", short, STANDFIRST_OPEN, *BYLINE, *ARTICLE, *FOOTER]
    got = _reasons(lines)
    assert got[short] is None
    assert all(got[t] is not None for t in TICKER[1:])


# ---- the forms of the sixth batch's TUNE families (ne f41, ur f45, te f47), each category with a story sentence
# about the same thing that must stay (the helper of issue 13's chrome-forms files)

CHROME_28 = [
    # a health disclaimer in "general information" (عمومی) wording, beside the old "عام"
    ("ur", "نوٹ: یہ مضمون صرف عمومی معلومات کے لیے شائع کیا گیا ہے۔ صحت سے متعلق کسی بھی مسئلے میں ڈاکٹر سے رجوع کریں۔",
     "disclaimer"),
    # a paged story's pager, and its pointer to the next page
    ("ur", "صفحات: 1 2 3 اگلا صفحہ", "navigation"),
    ("ur", "شہر کے تمام اسپتالوں کی فہرست اگلے صفحے پر ملاحظہ کریں", "navigation"),
    # a share call to the reader
    ("ur", "یہ معلومات اپنے دوستوں کے ساتھ ضرور شیئر کریں", "share"),
    # the site's name between "Google News లో" and "ఫాలో అవ్వండి"
    ("te", "తాజా వార్తల కోసం Google News లో కృష్ణా వార్తను ఫాలో అవ్వండి", "promo"),
    # a call to comment
    ("te", "ఈ కథనంపై మీ అభిప్రాయాన్ని కింద కామెంట్ల రూపంలో తెలియజేయండి.", "comment_form"),
    # a live blog's counter and its note
    ("te", "మొత్తం 12 అప్‌డేట్స్", "live"),
    ("te", "ఈ లైవ్ బ్లాగ్‌ను ఎప్పటికప్పుడు అప్‌డేట్ చేస్తున్నాం. తాజా సమాచారం కోసం పేజీని చూస్తూ ఉండండి.", "live"),
    ("ne", "यो पेज हरेक पाँच मिनेटमा स्वतः अपडेट हुन्छ।", "live"),
]

STORY_28 = [
    ("ur", "وزارت صحت کے مطابق یہ معلومات صرف عمومی آگاہی کے لیے جاری کی گئی ہیں اور مریض ڈاکٹر سے رجوع کریں۔"),
    ("ur", "کتاب کے صفحات: 240 ہیں اور اس کی قیمت 500 روپے رکھی گئی ہے۔"),
    ("ur", "میچ کا مکمل اسکور کارڈ اخبار کے اگلے صفحے پر شائع ہوا۔"),
    ("ur", "طلبہ نے یہ معلومات اپنے دوستوں کے ساتھ شیئر کیں تو پورے اسکول کو خبر ہو گئی۔"),
    ("te", "గ్రామస్తులు తమ అభిప్రాయాన్ని కామెంట్ల రూపంలో తెలియజేశారు."),
    ("te", "మొత్తం 12 అప్‌డేట్స్ వచ్చిన తర్వాత యాప్ సరిగా పనిచేస్తోందని వినియోగదారులు చెప్పారు."),
    ("te", "మంత్రి ఈ పేజీని అప్‌డేట్ చేయాలని అధికారులను ఆదేశించారు."),
    ("ne", "सरकारी वेबसाइटको यो पेज हरेक दिन अपडेट हुँदैन भन्ने गुनासो छ।"),
    ("ne", "यो पेज स्वतः अपडेट हुन्छ भन्ने जानकारी मन्त्रालयले दियो।"),
]

test_session_28_forms_are_chrome, test_story_sentences_about_them_stay = chrome_form_tests(None, CHROME_28, STORY_28)
