"""Issue 13, session 23: precision of the older chrome rules. Helpers wrote article lines that use each rule's words
or shape (an adversarial pass over rules in use for months); the shapes that real article text takes and a rule
removed are fixed here, each with lines in a wording of its own that must stay, and the chrome the rule was written
for, which must still go."""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

HI_PARA = "नगर निगम ने शहर में पानी की आपूर्ति के लिए नई योजना शुरू की है, जिससे हजारों घरों को लाभ मिलेगा।"
EN_PARA = "The council approved the new water scheme on Tuesday, and work on the first pipelines will begin next month."

CHROME = [
    # the browser's notification prompt, with the site's name before it
    ("web-common", "nagarnews.in wants to send you notifications  Allow  Block", "prompt"),
    ("hi", "\"नगर खबर\" would like to show notifications. Later | Allow", "prompt"),
    ("web-common", "We'd like to show you notifications for the latest stories. Cancel  Allow", "prompt"),
    ("mr", "Nagar Varta Live wants to send you push notifications. Subscribe | No thanks", "notifications"),
    # the agency-feed note (the feed, or its "did not edit" of the report)
    ("ur", "(یہ خبر نیوز ایجنسی کی فیڈ سے خودکار طور پر شائع کی گئی ہے، نگر ٹائمز نے اس میں کوئی ترمیم نہیں کی۔)",
     "disclaimer"),
    ("ur", "(یہ خبر اے پی پی کی فیڈ سے براہ راست شائع کی گئی ہے)", "disclaimer"),
    ("bn", "(প্রতিবেদনটি সংবাদ সংস্থা থেকে সরাসরি নেওয়া, নগর বার্তা এটি সম্পাদনা করেনি)", "disclaimer"),
    # the site's own app call
    ("gu", "નગર સમાચાર એપ ડાઉનલોડ કરો: Play Store | App Store", "promo"),
    ("gu", "નગર સમાચારની એપ ડાઉનલોડ કરો અને મેળવો દરેક અપડેટ", "promo"),
    ("hi", "नगर खबर ऐप डाउनलोड करें", "promo"),
    ("bn", "নগরবার্তা২৪.কম এর অ্যাপ ডাউনলোড করুন — Google Play | App Store", "promo"),
    # the site's own call, without a reporting frame
    ("hi", "ताजा खबरों के लिए नगर खबर के व्हाट्सएप चैनल को फॉलो करें", "share"),
    ("web-common", "Download the Nagar Times app", "promo"),
    ("web-common", "We use cookies & similar tools", "legal"),
    ("web-common", "We use cookies to personalise content and ads.", "legal"),
    ("web-common", "By Nagar Times Staff | 4 March 2025", "byline"),
]

KEPT = [
    # the prompt quoted or described in a sentence: a reporting colon, or more than a name before the verb
    ("hi", "साइबर सेल की चेतावनी: अनजान साइट wants to send you notifications लिखे तो Cancel | Block चुनें"),
    ("gu", "સ્ક્રીન પર સંદેશ આવે છે: આ સાઇટ wants to send you notifications, allow later"),
    ("mr", "पॉप-अप म्हणते की ही साईट wants to show notifications: Allow Block"),
    ("web-common", "The pop-up then reads: this site wants to show notifications. Allow Block"),
    # "did not amend" / "did not carry out": ترمیم is also an amendment, সম্পাদন also a completion
    ("ur", "وفاقی حکومت نے اب تک انتخابی قانون میں کوئی ترمیم نہیں کی۔"),
    ("ur", "عدالت کے مطابق اسمبلی نے اس شق میں ترمیم نہیں کی"),
    ("ur", "انسداد دہشت گردی ایجنسی کے قواعد میں حکومت نے کوئی ترمیم نہیں کی۔"),
    ("ur", "کسانوں کا کہنا ہے کہ مرغیوں کی فیڈ سے حاصل منافع اب نہ ہونے کے برابر ہے"),
    ("bn", "ঠিকাদার সংস্থা এখনও সেতুর মেরামতের কাজ সম্পাদন করেনি।"),
    ("bn", "পৌরসভা নতুন জল প্রকল্পের চুক্তি সম্পাদন করেনি"),
    # a how-to's numbered step or item that tells the reader to get an app
    ("hi", "1. सबसे पहले डिजीलॉकर ऐप डाउनलोड करें"),
    ("hi", "चरण 2: प्ले स्टोर से उमंग ऐप इंस्टॉल करें"),
    ("mr", "पायरी 1: आपल्या मोबाईलमध्ये डिजीलॉकर ॲप डाउनलोड करा"),
    ("bn", "২. প্লে স্টোর থেকে ডিজিলকার অ্যাপ ডাউনলোড করুন"),
    ("ur", "مرحلہ 1: موبائل میں بینک کی ایپ ڈاؤن لوڈ کریں"),
    ("gu", "3. મોબાઈલમાં ડિજીલોકર એપ ડાઉનલોડ કરો – પ્લે સ્ટોર"),
    ("gu", "સ્ટેપ 2: ઉમંગ એપ ડાઉનલોડ કરો - Play Store"),
    ("gu", "વાચનાલયની નવી યોજના: ₹300માં વાર્ષિક લવાજમ ભરો"),
    # a call to the reader in reported speech (the profiles' reported_speech): the story's, not the site's
    ("hi", "पुलिस ने लोगों से कहा कि अफवाहों से बचने के लिए थाने के आधिकारिक चैनल को फॉलो करें"),
    ("hi", "ठगों ने मैसेज में लिखा कि इनाम पाने के लिए टेलीग्राम ग्रुप से जुड़ें और लिंक पर क्लिक करें"),
    ("mr", "पूरस्थितीची माहिती मिळवण्यासाठी प्रशासनाचे ॲप डाउनलोड करा, असे जिल्हाधिकारी म्हणाले"),
    ("bn", "সঠিক তথ্যের জন্য জেলা প্রশাসনের ফেসবুক পেজ ফলো করুন, বললেন জেলা প্রশাসক"),
    ("web-common", "\"Download the app before the match,\" the club told its members."),
    ("web-common", "Join us on Saturday for the clean-up, the council urged residents."),
    ("hi", "एसपी बोले- किसी भी सूचना के लिए हमारा व्हाट्सएप नंबर सेव करें और ऐप डाउनलोड करें"),
    # a second probe, written against the session-start rules: a recipe's cookies, a copyright office, a sentence
    # after a staff's comma
    ("web-common", "For the crust we use cookies ground with a little butter and sugar."),
    ("web-common", "The Copyright Office turned down the request in March 2024."),
    ("web-common", "By noon the hospital staff, short of beds, had moved 40 patients to the corridors."),
    ("ur", "ملازمین کو ہدایت کی گئی ہے کہ وہ ادارے کا نیوز لیٹر سبسکرائب کریں۔"),
    ("ur", "سرور مصروف ہو تو چند منٹ بعد صفحہ ریفریش کریں۔"),
    ("gu", "પશુપાલકો માટે મોટા સમાચાર, જાણો વિગતો"),
    # a third probe, written against this session's rules
    ("web-common", "We use cookies as bait when we train the puppy to come back."),
    ("web-common", "The studio's copyright on the first film expired on January 1, 2025."),
    ("ur", "قانون کے تحت کرایہ داروں کو تمام حقوق محفوظ ہیں۔"),
]

test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_the_near_miss_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, EN_PARA if prof == "web-common" else HI_PARA, [line])


def test_a_how_to_keeps_its_steps_and_loses_the_sites_call():
    lines = [HI_PARA,
             "1. सबसे पहले डिजीलॉकर ऐप डाउनलोड करें",
             "2. आधार नंबर से लॉगिन करें और दस्तावेज चुनें",
             "नगर खबर ऐप डाउनलोड करें"]
    assert clean_lines(list(lines), load_profile("hi")) == [None, None, None, "promo"]
