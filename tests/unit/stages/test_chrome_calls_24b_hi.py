"""Issue 13, session 24, round 2 (hi): the site's membership, paywall, newsletter and notification prompts, and the
account and app calls of set p5 of ``bench_chrome_probe.py`` beside p4's.

A whole-line button or prompt, or a call that names the news, the site's app or reading on, goes; an article's step,
a party's membership drive, a telecom offer, an advisory to follow a public body's page stay. Every line here is
written for this test."""

import pytest

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARA = "जिला प्रशासन ने बताया कि नई व्यवस्था अगले सोमवार से लागू होगी और इससे हजारों लोगों को फायदा मिलेगा।"

CHROME = [
    # account: a whole-line button, a provider's sign-in, an account's perk, reading on behind a wall, a meter
    ("hi", "अपना खाता बनाएं", "account"),
    ("hi", "अभी रजिस्टर करें", "account"),
    ("hi", "फ्री में साइन अप करें", "account"),
    ("hi", "फेसबुक के साथ साइन इन करें", "account"),
    ("hi", "लॉग इन करें और सेव करें अपनी पसंद की स्टोरी", "account"),
    ("hi", "अपने मोबाइल से रजिस्टर करें और बुकमार्क करें पसंदीदा लेख", "account"),
    ("hi", "पूरी स्टोरी पढ़ने के लिए सदस्यता लें", "account"),
    ("hi", "यह एक्सक्लूसिव लेख है। आगे पढ़ने के लिए रजिस्टर करें, यह पूरी तरह फ्री है", "account"),
    ("hi", "आपने इस हफ्ते के फ्री आर्टिकल पढ़ लिए हैं", "account"),
    # promo: membership and paywall offers, a footer's label, a store pair, the site's app, a channel's link
    ("hi", "अभी मेंबर बनें और बिना विज्ञापन के खबरें पढ़ें", "promo"),
    ("hi", "आज ही सब्सक्राइबर बनें और स्वतंत्र पत्रकारिता को मजबूत करें", "promo"),
    ("hi", "केवल ₹49 में पाएं 3 महीने का सब्सक्रिप्शन", "promo"),
    ("hi", "सदस्यता योजनाएं देखें", "promo"),
    ("hi", "हमारे साथ जुड़े रहें", "promo"),
    ("hi", "एंड्रॉयड / आईओएस", "promo"),
    ("hi", "अब ऐप में भी पढ़ें नगर समाचार", "promo"),
    ("hi", "यह लेख ऐप में खोलें", "promo"),
    # (a pipe between Devanagari words is a danda after normalize; "गूगल प्ले से …" in Devanagari is a store as the
    # download source, which story_calls keep)
    ("hi", "Google Play से डाउनलोड करें । iPhone के लिए App Store", "promo"),
    ("hi", "गूगल न्यूज़ पर नगर टाइम्स को फॉलो करने के लिए यहां क्लिक करें", "promo"),
    ("hi", "नगर टाइम्स व्हाट्सएप ग्रुप - यहां क्लिक करें", "promo"),
    ("hi", "ताजा अपडेट्स के लिए सब्सक्राइब करें जनवाणी का यूट्यूब चैनल", "promo"),
    ("hi", "दिन की ताजा खबरें सीधे अपने ईमेल पर पाएं", "promo"),
    # notifications
    ("hi", "हम आपको हर बड़ी खबरों से अवगत रखना चाहते हैं", "notifications"),
    ("hi", "अपडेटेड रहें, अलर्ट ऑन करें", "notifications"),
    ("hi", "हर बड़ी खबर के लिए बेल बटन दबाएं", "notifications"),
]

KEPT = [
    # an article's steps with the same words
    ("hi", "पोर्टल पर जाकर अपना अकाउंट बनाएं।"),
    ("hi", "सबसे पहले पोर्टल पर मुफ्त में रजिस्टर करें।"),
    ("hi", "आधिकारिक वेबसाइट पर जाकर रजिस्टर करें।"),
    ("hi", "गूगल अकाउंट से लॉग इन करें और ड्राइव खोलें।"),
    ("hi", "डिजिलॉकर में लॉगिन करें और अपने दस्तावेज सेव करें।"),
    ("hi", "लॉग इन करने के लिए अपना मोबाइल नंबर दर्ज करें"),
    ("hi", "अपना ईमेल दर्ज करें"),
    ("hi", "फोन की सेटिंग्स में जाकर नोटिफिकेशन चालू करें।"),
    ("hi", "नेटफ्लिक्स के सब्सक्रिप्शन प्लान देखें और अपने बजट के अनुसार चुनें।"),
    ("hi", "ऐप पर भी पढ़ें सरकारी योजनाओं की जानकारी"),
    # a story about reading, a membership drive, an offer, an app
    ("hi", "रिपोर्ट पूरी पढ़ने के लिए आयोग की वेबसाइट देखें।"),
    ("hi", "पूरा पढ़ने के लिए समय निकालें, यह किताब बिल्कुल मुफ्त है।"),
    ("hi", "आपने इस महीने कितनी किताबें पढ़ लीं?"),
    ("hi", "आज ही सदस्य बनें और देश सेवा में योगदान दें"),
    ("hi", "पुस्तकालय के सदस्य बनें और मुफ्त में किताबें पढ़ें"),
    ("hi", "जियो ने लॉन्च किया नया प्लान, सिर्फ ₹199 में पाएं 28 दिन की वैधता"),
    ("hi", "सिर्फ ₹99 में पाएं 3 महीने की सदस्यता, क्लब ने दिया ऑफर"),
    ("hi", "उमंग ऐप अब नए अवतार में, अभी अपडेट करें"),
    ("hi", "Android और iOS दोनों पर उपलब्ध है यह ऐप"),
    ("hi", "जुड़े रहें और सतर्क रहें, पुलिस ने की अपील"),
    ("hi", "गूगल से लॉग इन करने पर सुरक्षा बढ़ जाती है।"),
    # a public body's page or channel, a school's newsletter, a board's service
    ("hi", "विभाग का टेलीग्राम चैनल: यहां क्लिक करें"),
    ("hi", "बाढ़ की खबरों के लिए फॉलो करें जिला प्रशासन का फेसबुक पेज"),
    ("hi", "मौसम के अपडेट के लिए फॉलो करें मौसम विभाग का एक्स हैंडल"),
    ("hi", "स्कूल का न्यूज़लेटर अभिभावकों को हर महीने ईमेल पर भेजा जाता है।"),
    ("hi", "विश्वविद्यालय की खबरें अब छात्रों को ईमेल पर मिलेंगी।"),
    # reported speech and a YouTuber's appeal
    ("hi", "हम आपको ताजा खबरों से अपडेट रखना चाहते हैं, संपादक ने कहा"),
    ("hi", "यूट्यूब पर नए वीडियो के लिए बेल आइकन दबाएं, यूट्यूबर ने फैंस से कहा"),
    ("hi", "नए वीडियो के अलर्ट के लिए बेल आइकन दबाएं"),
]

test_the_sites_call_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_the_near_miss_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, PARA, [line])
