"""Issue 13, session 22: the language-independent chrome forms two more blind-written TUNE sets (w19, w20) showed
missing — the English SEO title under a story, the link to its English edition, a notification prompt whose button is
"Subscribe", a web firm's credit, a view counter, a byline with a dash or a time zone, a summary box's label — each
written here in a wording of its own, with a near miss per form that must stay; and the near misses in reported speech
that the oldest hi and ur channel-call patterns took (a sealed held-out set showed them). The round's per-language
rules were withdrawn after an adversarial pass (benchmarks/RESULTS.md, session 22)."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import chrome_form_tests

CHROME = [
    ("hi", "Web Title: lucknow news power cut in old city areas for six hours", "tags"),
    ("gu", "Web Title : Surat diamond unit workers protest over wages", "tags"),
    ("mr", "Read in English", "navigation"),
    ("bn", "Read this article in English", "navigation"),
    ("web-common", "View this story in English", "navigation"),
    ("ur", "Nagar Times wants to send you push notifications. Subscribe | Later", "notifications"),
    ("web-common", "Website Design & Developed by Nagar Infoway", "legal"),
    ("bn", "Design & Developed By: Nagar Soft", "legal"),
    ("web-common", "Views: 3,482", "toolbar"),
    ("hi", "Total Views | 12,905", "toolbar"),
    ("web-common", "By - Nagar Live | 14 Feb 2025 6:45 PM IST", "byline"),
    ("web-common", "By: Ramesh Gupta – 3 March 2025, 10:15 AM GMT", "byline"),
    ("hi", "Key Highlights", "live"),
    ("ur", "By Ramesh Gupta | 3 March 2025, 10:15 AM PKT", "byline"),
]

PROSE = [
    # the same words in sentences of an article
    ("web-common", "Web title tags matter less for search than they used to, the study found."),
    ("hi", "Read in English and Hindi, the notice was put up at every booth."),
    ("web-common", "The app wants to send you notifications about every sale, which many users find annoying."),
    ("web-common", "Designed and developed by students of the college, the satellite will be launched next year."),
    ("web-common", "Powered by Snapdragon"),
    ("web-common", "Powered by a 5,000 mAh battery | 45W charging"),
    ("hi", "Powered by AI । गूगल का नया फोन"),
    ("hi", "Web Title: वेब पेज का वह शीर्षक जो सर्च इंजन में दिखता है"),
    ("gu", "મતદાન: 👍 62 | 👎 38"),
    ("web-common", "Join Indian Army on Instagram"),
    # a channel call in reported speech (a sealed held-out set's near miss, worded anew here): the oldest channel-call
    # promo patterns of hi and ur took it
    ("hi", "नगर निगम ने अपील की कि जलभराव की सूचना के लिए निगम का व्हाट्सएप ग्रुप ज्वाइन करें।"),
    ("hi", "कलेक्टर ने कहा कि बाढ़ की ताजा जानकारी के लिए जिले का टेलीग्राम चैनल ज्वाइन करें"),
    ("hi", "आरोपी लोगों से कहता था कि कमाई के लिए उसका टेलीग्राम चैनल ज्वाइन करें"),
    ("ur", "بلدیہ نے شہریوں سے اپیل کی کہ پانی کی فراہمی کی اطلاع کے لیے بلدیہ کا واٹس ایپ گروپ جوائن کریں۔"),
    ("ur", "ڈپٹی کمشنر نے کہا کہ سیلاب کی تازہ صورتحال کے لیے ضلع کا ٹیلی گرام چینل جوائن کریں"),
    # a channel call after a speaker's or a step's colon (an adversarial pass's headlines, worded anew here)
    ("hi", "नगर पुलिस: अफवाहों से बचने के लिए थाने का व्हाट्सएप ग्रुप ज्वाइन करें"),
    ("hi", "स्टेप 2: अपने ब्लॉक के किसान टेलीग्राम ग्रुप से जुड़ें"),
    ("hi", "ठगों का मैसेज: मोटी कमाई पाने के लिए इस टेलीग्राम चैनल को ज्वाइन करें"),
    ("ur", "ضلعی پولیس: افواہوں سے بچنے کے لیے صرف ہمارے آفیشل فیس بک پیج کو فالو کریں"),
    ("ur", "وزیر اعلیٰ کا پیغام: کارکن پارٹی کا واٹس ایپ چینل جوائن کریں"),
    # a maker named in an Indic script is a story's, not a footer's web firm
    ("hi", "Designed and developed by आईआईटी कानपुर के छात्र"),
    ("bn", "Design & Developed by: বুয়েটের দুই শিক্ষার্থী"),
    ("web-common", "Views differ on whether the dam is safe."),
    ("web-common", "Join the march on Sunday, the union told its members."),
    ("web-common", "Join Telegram groups only from people you know, police advised."),
    ("web-common", "By 2030 - the target year - emissions must fall by half."),
    ("web-common", "Key highlights of the budget include lower taxes and new roads."),
]


#: every chrome line removed with its reason, every near miss kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, PROSE)


def test_in_a_page_the_forms_go_and_the_article_stays():
    lines = ["नगर निगम ने शहर में पानी की आपूर्ति के लिए नई योजना शुरू की है, जिससे हजारों घरों को लाभ मिलेगा।",
             "By - Nagar Samachar | 14 Feb 2025 6:45 PM IST",
             "योजना के तहत पुरानी पाइपलाइनें बदली जाएंगी और हर मोहल्ले में नए नल लगाए जाएंगे।",
             "Read this story in English",
             "Web Title: city water supply scheme launched by municipal corporation",
             "Total Views | 12,905"]
    out = clean_lines(list(lines), load_profile("hi"))
    assert out == [None, "byline", None, "navigation", "tags", "toolbar"]
