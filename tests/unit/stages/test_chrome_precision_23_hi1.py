"""Issue 13, session 23: the older hi chrome rules narrowed by their shape after an adversarial pass (realistic article
lines that use a rule's words or shape) found them taking article text — a reported sentence, a review, a live blog's
entry, a headline that opens with an imperative, a caption. Per rule: article lines in a wording of their own that must
stay, and a chrome line that must still go with its reason."""

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

CHROME = [
    ("कॉपीराइट © 2025 नगर समाचार प्रा. लि. सर्वाधिकार सुरक्षित।", "legal"),  # a footer
    ("© 2025 नगर टाइम्स के सभी अधिकार सुरक्षित", "legal"),  # an owner in the genitive after ©
    ("डिस्क्लेमर: यह लेख सामान्य मान्यताओं पर आधारित है, नगर टाइम्स इसकी पुष्टि नहीं करता है।", "disclaimer"),
    ("(लेख में व्यक्त विचार लेखक के निजी विचार हैं)", "disclaimer"),
    ("(यह खबर सिंडिकेट फीड से सीधे प्रकाशित की गई है।)", "disclaimer"),
    ("नगर समाचार के मोबाइल ऐप के लिए यहां क्लिक करें. आप हमें फेसबुक और एक्स पर फॉलो भी कर सकते हैं.", "promo"),
    ("अपडेटेड: गुरुवार, 6 मार्च 2025, 09:40 AM IST", "byline"),
    ("पोस्ट किया गया: 6 मार्च 2025, 9:40 am", "byline"),
    ("फोटो: नगर समाचार", "credit"),
    ("नगर ब्यूरो, इंदौर", "byline"),
    ("अपनी टिप्पणी भेजें", "comment_form"),
    ("कॉपीराइट 2025 नगर मीडिया", "legal"),
    ("विज्ञापन के नीचे खबर पढ़ना जारी रखें", "ad"),
    ("हमारे यूट्यूब चैनल को सब्सक्राइब कीजिए", "promo"),
    ("nagarsamachar.com पर पढ़ें देश की ताजा खबरें", "promo"),
    ("बुधवार, 5 मार्च 2025", "byline"),
    ("4 दिन पहले", "byline"),
    ("नगर टीम | 3 हफ्ते पहले", "byline"),
    ("यूएनआई, भोपाल", "byline"),
    ("(यह खबर न्यूज एजेंसी की फीड से ऑटो-पब्लिश की गई है)", "disclaimer"),
    ("नगर समाचार के न्यूज़लेटर के लिए साइन अप करें", "promo"),
    ("ताजा अपडेट के लिए हमें इंस्टाग्राम पर फॉलो करें", "promo"),
    ("फॉलो करें: फेसबुक | एक्स | इंस्टाग्राम", "share"),
    ("डाउनलोड करें नगर समाचार ऐप", "share"),
    ("ताजा खबरों के लिए हमारा व्हाट्सएप चैनल फॉलो करें", "share"),
]

PROSE = [
    # all rights reserved, in reported speech or after an owner in the genitive
    "मंत्री ने आश्वासन दिया कि नई नीति में किसानों के सभी अधिकार सुरक्षित हैं।",
    "समझौते के बाद भी दोनों कंपनियों के सभी अधिकार सुरक्षित हैं, यह शर्त अनुबंध में दर्ज है।",
    # "no confirmation" in reported speech or after another label
    "निदेशक ने बताया कि यह अनुमान पुरानी जानकारी पर आधारित है और विभाग इसकी पुष्टि नहीं करता।",
    "पड़ताल: यह संदेश अधूरी जानकारी पर आधारित है, कोई सरकारी आदेश इसकी पुष्टि नहीं करता।",
    # the author's views in a review
    "इस संग्रह की हर कविता में लेखक के निजी विचार गहराई से दिखते हैं।",
    # a syndicated feed in a story
    "चैनल ने स्वीकार किया कि वीडियो सिंडिकेट फीड के जरिए गलती से चल गया।",
    # "follow us" quoted from a speaker
    "अभिनेत्री ने मंच से कहा, आप हमें इंस्टाग्राम पर फॉलो कर सकते हैं।",
    # a live blog's entry and an author's box after a dateline label
    "अपडेट: शाम 5 बजे तक 61 प्रतिशत लोगों ने वोट डाला",
    "प्रकाशित: 4 कविता संग्रह और 2 उपन्यास",
    "पोस्ट किया 15 सेकंड का क्लिप, हो गया वायरल",
    # a list item or a spec after "फोटो:"
    "फोटो: 3 हालिया रंगीन तस्वीरें",
    "फोटो: 64 मेगापिक्सल का पिछला कैमरा",
    # a bureau's name as a sub-heading
    "प्रवर्तन निदेशालय ब्यूरो: ताजा कार्रवाई",
    # a how-to step that opens with the call
    "अपनी टिप्पणी लिखें और नीचे दिए गए बटन से भेज दें।",
    "कॉपीराइट 2025 से लागू नए नियमों पर प्रकाशकों की आपत्ति",
    "विज्ञापन के बाद लेखापाल पदों की भर्ती शुरू",
    "हमारे यूट्यूब चैनल को सब्सक्राइब करने वालों में आधे युवा हैं।",
    "upsc.gov.in पर देखें अंतिम परिणाम, ऐसे करें डाउनलोड",
    "15 अगस्त 1975",
    "30 साल पहले",
    "वार्ता, बहिष्कार और फिर समझौता",
    "कुछ अखबारों में यह गलत आंकड़ा एजेंसी की फीड से छप गया।",
    "चरण 3: बैंक पोर्टल पर न्यूज़लेटर के लिए साइन अप करें।",
    "अगर हमें अपने डेटा को सुरक्षित रखना है तो फोन में पासवर्ड मैनेजर ऐप इंस्टॉल करें।",
    "फॉलो करें ये 7 नियम, बिजली का बिल होगा आधा",
    "डाउनलोड करें पैन कार्ड, जानें आसान तरीका",
    "ताजा खबरों के लिए युवा अब अखबार से ज्यादा सोशल मीडिया पर निर्भर",
]

#: every chrome line removed with its reason, every article line kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests("hi", CHROME, PROSE)

PARA = "नगर निगम ने शहर में पानी की आपूर्ति के लिए नई योजना शुरू की है, जिससे हजारों घरों को लाभ मिलेगा।"


def test_between_paragraphs_the_article_lines_stay_whole():
    assert_kept_between("hi", PARA, [
        *PROSE,
        # a paragraph whose last sentence the unanchored "सभी अधिकार सुरक्षित" took with the whole line
        "उच्च न्यायालय ने बुधवार को याचिका पर सुनवाई करते हुए नगर निगम से दो हफ्ते में जवाब मांगा। अदालत ने साफ किया कि"
        " अगली सुनवाई तक दुकानदारों के सभी अधिकार सुरक्षित हैं।",
        # a how-to whose last sentence opens with "डाउनलोड करें" (a button's name): not cut
        "प्रमाणपत्र अब घर बैठे मिल सकेगा। इसके लिए पोर्टल पर लॉगिन करें और आवेदन संख्या भरें। डाउनलोड करें बटन दबाते ही"
        " फाइल फोन में सेव हो जाएगी।",
    ])
