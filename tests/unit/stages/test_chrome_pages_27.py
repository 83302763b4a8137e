"""Issue 13, session 27: a live blog's table between two entries' update times is the story's, not a menu.

A run of short lines between two parts of an article is a list unless a lexicon line in it shows navigation. A live
blog's entry time ("11:40 AM", reason ``live``) bounds such a run on both sides; it had made a rainfall table between
two entries go as ``structure.menu`` (blind-written pages f32/06 ml, f33/06 hi). A menu between two entries with a
navigation line of its own still goes. Every line here is written for this test."""


from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import chrome_form_tests

TOP = ["होम", "देश", "राज्य", "खेल", "मनोरंजन", "वीडियो", "लाइव टीवी",
       "पुणे में मूसलाधार बारिश LIVE: निचले इलाकों में पानी भरा, स्कूलों में छुट्टी"]
TABLE = ["इलाका बारिश (मिमी)", "शिवाजीनगर 84", "कोथरूड 112", "हडपसर 67", "पिंपरी 95"]
BOTTOM = ["हमें फॉलो करें", "फेसबुक", "ट्विटर", "यूट्यूब", "© 2025 नगर वाणी. सर्वाधिकार सुरक्षित।"]


def _blog(middle: list[str]) -> list[str]:
    return [
        *TOP,
        "12:10 PM",
        "शहर की लोकल बसें देर से",
        "पीएमपीएमएल की कई बसें जलभराव के कारण आधे घंटे की देरी से चल रही हैं और कुछ रूट बदले गए हैं। यात्रियों को "
        "स्टॉप पर लंबा इंतजार करना पड़ा।",
        "11:40 AM",
        "कहां कितनी बारिश हुई",
        "मौसम विभाग के मुताबिक सुबह आठ बजे से ग्यारह बजे के बीच पश्चिमी इलाकों में सबसे ज्यादा बारिश दर्ज की गई।",
        *middle,
        "11:05 AM",
        "मौसम विभाग ने जारी किया ऑरेंज अलर्ट",
        "भारतीय मौसम विज्ञान विभाग ने पुणे और आसपास के घाट क्षेत्रों के लिए अगले दो दिन का ऑरेंज अलर्ट जारी किया है। "
        "लोगों से नदी किनारे न जाने की अपील की गई है।",
        *BOTTOM,
    ]


def test_a_table_between_two_entries_times_is_kept() -> None:
    lines = _blog(TABLE)
    reasons = clean_lines(lines, load_profile("hi"))
    for row in TABLE:
        assert reasons[lines.index(row)] is None
    assert reasons[lines.index("12:10 PM")] == "live"
    # the menu above and the follow links below still go
    assert reasons[lines.index("मनोरंजन")] is not None
    assert reasons[lines.index("यूट्यूब")] is not None


def test_a_menu_with_a_navigation_line_between_entries_still_goes() -> None:
    menu = ["और खबरें", "पुणे", "मुंबई", "नागपुर", "नासिक"]
    lines = _blog(menu)
    reasons = clean_lines(lines, load_profile("hi"))
    assert all(reasons[lines.index(item)] is not None for item in menu[1:])


# ---- the categories of a sign-up box's consent, a live blog's controls, a poll's counter and a video player's label
# (web-common's and hi's session-27 blocks); each with a sentence of a story that must stay

CHROME = [
    ("web-common", "By subscribing, you agree to our Privacy Policy and Terms of Service.", "legal"),
    ("web-common", "By signing up you agree to receive emails from us", "legal"),
    ("web-common", "Keep refreshing this page for the latest updates.", "live"),
    ("web-common", "12 updates · Last updated 09:20 AM", "live"),
    ("web-common", "Auto-refresh every 2 minutes", "live"),
    ("web-common", "3,417 readers have voted so far", "poll"),
    ("web-common", "Total votes: 912", "poll"),
    ("web-common", "Up next", "related"),
    ("hi", "रजिस्टर करके आप हमारी प्राइवेसी पॉलिसी और नियमों से सहमत होते हैं।", "legal"),
    ("hi", "ताजा अपडेट के लिए इस पेज को रिफ्रेश करते रहें", "live"),
    ("hi", "14 अपडेट · आखिरी अपडेट 06:10 PM", "live"),
    ("hi", "अब तक 1,092 पाठकों ने वोट किया", "poll"),
    ("hi", "अगला वीडियो", "related"),
    # the English forms in a Hindi profile (inherited from web-common)
    ("hi", "Keep refreshing this page for the latest updates.", "live"),
    # the consent with its unsubscribe note; a newsletter's pitch ending in the reader's inbox; a call with its button
    ("hi", "सब्सक्राइब करके आप हमारी प्राइवेसी पॉलिसी से सहमत होते हैं। आप कभी भी अनसब्सक्राइब कर सकते हैं।", "legal"),
    ("hi", "हर शाम दिन की पांच बड़ी खबरें, सीधे आपके इनबॉक्स में। बिल्कुल मुफ्त।", "promo"),
    ("hi", "बिहार की हर ताजा खबर के लिए हमारे टेलीग्राम चैनल से जुड़ें Join Now", "promo"),
    # Jetpack's likes box, its English button before a translation
    ("web-common", "Like Loading...", "share"),
    ("gu", "Like લોડ કરી રહ્યું છે...", "share"),
    ("hi", "Like लोड हो रहा है...", "share"),
]

STORY = [
    ("web-common", "By signing up, users agree to share their location with the city's transport app, officials said."),
    ("web-common", "More than 2,000 people have voted in the local referendum since Monday, the election office said."),
    ("web-common", "Residents were told to refresh the page of the district portal to see if their names were listed."),
    ("hi", "उपभोक्ता फोरम ने कहा कि सब्सक्राइब करके ग्राहक कंपनी की शर्तों से सहमत नहीं हो जाता।"),
    ("hi", "पंचायत चुनाव में अब तक 2,184 लोगों ने वोट किया है और शाम तक मतदान जारी रहेगा, निर्वाचन अधिकारी ने बताया।"),
    ("hi", "परीक्षार्थी परिणाम देखने के लिए बोर्ड की वेबसाइट का पेज बार-बार रिफ्रेश करते रहे।"),
    ("hi", "साइबर ठग फर्जी खबरें सीधे आपके इनबॉक्स में भेजते हैं, इसलिए अनजान लिंक न खोलें।"),
    ("web-common", "Like father, like son..."),
]


# the lexicon's reason of each form, and none of each story sentence (the helper of issue 13's chrome-forms files)
test_widget_forms_are_chrome, test_story_sentences_about_the_same_things_stay = chrome_form_tests(None, CHROME, STORY)
