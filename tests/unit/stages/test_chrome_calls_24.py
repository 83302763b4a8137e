"""Issue 13, session 24: calls to the reader — the story's and the site's.

A how-to's step or an advisory asks the reader to download an official app, follow a public body's channel or log
in to a portal; the site asks the reader to download *its* app, follow *its* channel, log in to *it*. The profiles'
``[chrome] story_calls`` (a step's opener, an official or public body, a store to download from, a service to use)
keep the first kind unless a ``site_calls`` mark ("हमारा", "our", the news) says the call is the site's. And the
site's own account, app and alert calls in the shapes a fresh writer's set held (set p4 of
``bench_chrome_probe.py``) are now removed. Every line here is written for this test."""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAS = {
    "hi": "जिला प्रशासन ने बताया कि नई व्यवस्था अगले सोमवार से लागू होगी और इससे हजारों लोगों को फायदा मिलेगा।",
    "mr": "जिल्हा प्रशासनाने सांगितले की नवी व्यवस्था पुढील सोमवारपासून लागू होईल आणि हजारो नागरिकांना फायदा होईल.",
    "bn": "জেলা প্রশাসন জানিয়েছে, নতুন ব্যবস্থা আগামী সোমবার থেকে চালু হবে এবং এতে হাজার হাজার মানুষ উপকৃত হবেন।",
    "ur": "ضلعی انتظامیہ نے بتایا کہ نیا نظام اگلے پیر سے نافذ ہوگا اور اس سے ہزاروں شہریوں کو فائدہ ہوگا۔",
    "gu": "જિલ્લા તંત્રએ જણાવ્યું કે નવી વ્યવસ્થા આવતા સોમવારથી અમલમાં આવશે અને હજારો લોકોને તેનો લાભ મળશે.",
    "web-common": "The district office said the new system starts next Monday and will help thousands of residents.",
}

# the story's calls: a step, an official app, a public body's page, a store to download from, a service to use
STORY = [
    ("hi", "सबसे पहले प्ले स्टोर से भीम ऐप डाउनलोड करें।"),
    ("hi", "इसके बाद अपने रजिस्टर्ड मोबाइल नंबर से ऐप में लॉग इन करें।"),
    ("hi", "बिजली बिल की शिकायत के लिए ऊर्जा मित्र ऐप डाउनलोड करें।"),
    ("hi", "बारिश के अलर्ट के लिए नगर निगम के एक्स हैंडल को फॉलो करें।"),
    ("hi", "किसान अपने फोन में सरकारी किसान सुविधा ऐप इंस्टॉल करें।"),
    ("mr", "सर्वप्रथम प्ले स्टोअरवरून 'महाडीबीटी' ॲप डाउनलोड करा."),
    ("mr", "पाणीपुरवठ्याच्या माहितीसाठी महापालिकेच्या व्हॉट्सॲप चॅनेलला फॉलो करा."),
    ("bn", "প্রথমে প্লে স্টোর থেকে ভূমি সেবার অ্যাপ ডাউনলোড করুন।"),
    ("bn", "বন্যার হালনাগাদ তথ্যের জন্য জেলা প্রশাসনের ফেসবুক পেজ ফলো করুন।"),
    ("ur", "سب سے پہلے پلے اسٹور سے ای سہولت ایپ ڈاؤن لوڈ کریں۔"),
    ("ur", "بارش کی اطلاعات کے لیے محکمہ موسمیات کا واٹس ایپ چینل جوائن کریں۔"),
    ("gu", "સૌથી પહેલા પ્લે સ્ટોરમાંથી ડિજિટલ ગુજરાત એપ ડાઉનલોડ કરો."),
    ("gu", "વરસાદની ચેતવણી માટે ગુજરાત પોલીસની વોટ્સએપ ચેનલ ફોલો કરો."),
    ("web-common", "First, download the Aadhaar app from the Play Store."),
    ("web-common", "For flood warnings, follow the district administration on X."),
    ("web-common", "Download the tax department's app to check your refund status."),
    # news or updates with a public body owning the page: an advisory, not the site's call
    ("hi", "ट्रैफिक अपडेट के लिए यातायात पुलिस के फेसबुक पेज को फॉलो करें।"),
    ("hi", "बाढ़ की खबरों के लिए आपदा प्रबंधन विभाग को एक्स पर फॉलो करें"),
    ("mr", "पाणीकपातीच्या बातम्यांसाठी नगर परिषदेच्या व्हॉट्सॲप ग्रुपला जॉईन करा"),
    ("bn", "যানজটের আপডেট পেতে ট্রাফিক পুলিশের ফেসবুক পেজ ফলো করুন"),
    ("gu", "વાવાઝોડાની અપડેટ માટે હવામાન વિભાગને X પર ફોલો કરો"),
    # a how-to's step to the app, not the site's location prompt (an older gu pattern took it)
    ("gu", "'Allow' બટન પર ક્લિક કરીને એપને લોકેશનની મંજૂરી આપો."),
]

# the site's calls with the same marks: "हमारा", "our", the news
SITE = [
    ("hi", "ताजा खबरों के लिए प्ले स्टोर से हमारा ऐप डाउनलोड करें"),
    ("web-common", "Download our app from the App Store for breaking news"),
]

# the site's account, app and alert calls (the new patterns), and the near misses they must keep
CHROME = [
    ("hi", "लॉगिन करें", "account"),
    ("hi", "खाता नहीं है? यहां साइन अप करें", "account"),
    ("hi", "लॉग इन करें और पढ़ें पूरी खबर", "account"),
    ("hi", "यह विशेष लेख है, आगे पढ़ने के लिए सब्सक्राइब करें", "account"),
    ("hi", "ऐप में पढ़ें", "promo"),
    ("hi", "इस लेख को ऐप में खोलें", "promo"),
    ("hi", "नगर खबर की हर बड़ी खबर अब अपने व्हाट्सएप पर, अभी जुड़ें", "promo"),
    ("hi", "हमारे साथ जुड़ें: Facebook | X | YouTube", "promo"),
    ("hi", "क्या आप ताजा खबरों के नोटिफिकेशन पाना चाहते हैं?", "notifications"),
    ("hi", "नगर खबर आपको ब्रेकिंग न्यूज़ के नोटिफिकेशन भेजना चाहता है", "notifications"),
    ("web-common", "Log in to keep reading", "account"),
    ("web-common", "Already a member? Log in", "account"),
    ("web-common", "Don't have an account? Sign up now", "account"),
    ("web-common", "Continue with Google", "account"),
    ("web-common", "Open this article in the app", "promo"),
    ("web-common", "Add Nagar Times as a preferred source on Google", "promo"),
    ("web-common", "Follow Nagar Times on WhatsApp for the latest updates", "promo"),
    ("web-common", "Sign up for our weekly newsletter", "promo"),
    ("web-common", "Turn on notifications to get breaking news alerts", "notifications"),
]

KEPT = [
    ("hi", "मंत्री ने कहा कि पोर्टल पर लॉगिन करें और आवेदन की स्थिति देखें।"),
    ("hi", "ऐप में पढ़ाई की सुविधा से गांव के बच्चों को फायदा मिला"),
    ("hi", "कंपनी ने बताया कि लोग अब अपने व्हाट्सएप पर बिजली का बिल पा सकेंगे"),
    ("web-common", "Log in to the portal with your Aadhaar number and the OTP."),
    ("web-common", "Open in app stores across Europe next month, the game has already sold a million copies."),
    ("web-common", "Continue with the second step once the form is saved."),
    # a list of what a reader needs (wcxb, uwkc.org: the gold keeps it)
    ("web-common", "A phone number to create an account"),
]


@pytest.mark.parametrize(("prof", "line"), STORY)
def test_the_storys_call_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, PARAS[prof], [line])


@pytest.mark.parametrize(("prof", "line"), SITE)
def test_the_sites_call_goes_though_it_names_a_store(prof: str, line: str) -> None:
    out = clean_lines([PARAS[prof], line, PARAS[prof]], load_profile(prof))
    assert out[1] in ("promo", "share"), line


test_the_sites_call_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_the_near_miss_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, PARAS[prof], [line])


def test_a_how_to_keeps_its_steps_and_loses_the_sites_buttons() -> None:
    """A Hindi how-to as a page prints it: the steps stay, the site's login button and app call go."""
    page = ["ऐसे डाउनलोड करें अपना ई-राशन कार्ड",
            PARAS["hi"],
            "सबसे पहले प्ले स्टोर से मेरा राशन ऐप डाउनलोड करें।",
            "इसके बाद आधार नंबर डालकर ऐप में लॉग इन करें।",
            "राशन कार्ड की स्थिति देखने के लिए 'Ration Card' विकल्प चुनें।",
            PARAS["hi"],
            "लॉगिन करें",
            "ऐप में पढ़ें"]
    out = clean_lines(page, load_profile("hi"))
    assert out[:6] == [None] * 6, out
    assert out[6:] == ["account", "promo"], out
