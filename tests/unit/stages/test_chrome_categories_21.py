"""Issue 13, session 21: the language-independent chrome forms three more blind-written TUNE sets (w13-w15) showed
missing — footer menus with DMCA / RSS / archive links, a web firm's credit, an RNI number, desk bylines, consent and
notification buttons, login buttons after a prompt in any language, reaction bars — each written here in a wording of
its own, with a near miss per form that must stay."""


from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import chrome_form_tests

CHROME = [
    ("hi", "About Us  Contact Us  DMCA  Disclaimer", "menu_items"),
    ("web-common", "RSS Feed | Archives | Careers", "menu_items"),
    ("mr", "Share  Tweet  Messenger", "menu_items"),
    ("gu", "Designed and Developed by Nirmal Webworks", "legal"),
    ("bn", "Developed by: Padma Infotech", "legal"),
    ("web-common", "Theme by Kadence WP", "legal"),
    ("web-common", "RNI No. UPHIN/2015/61234", "legal"),
    ("ur", "Advt.", "ad"),
    ("web-common", "Ads by Google", "ad"),
    ("web-common", "Share 14 Tweet 3", "share"),
    ("web-common", "5 Comments Sort by Newest", "comment_form"),
    ("web-common", "Like us on Facebook: /nagarnews", "promo"),
    ("web-common", "Click here to download the Nagar News app", "promo"),
    ("web-common", "Live Blog Updated: 5 मिनिटांपूर्वी", "live"),
    ("hi", "By Nagar Samachar Digital Desk", "byline"),
    ("gu", "By Nagar Team | Updated 3 hours ago", "byline"),
    ("mr", "Nagar Live Team Published on Friday, May 9, 2025", "byline"),
    ("hi", "By नगर संवाद - 9 मई 2025", "byline"),
    ("web-common", "By Nagar Daily | Last updated on May 9, 2025 8:10 PM", "byline"),
    ("bn", "Last Updated: ০৯ মে ২০২৫, ১০:১০ AM", "byline"),
    ("hi", "Written By: रमेश कुमार | Edited By: सुधा राय", "byline"),
    ("hi", "संपादन: रमेश कुमार | Reading Time: 4 min", "byline"),
    ("ur", "About the author: عارف خان لاہور میں صحافی ہیں", "byline"),
    ("web-common", "Cookie Settings   Accept All   Reject All", "legal"),
    ("gu", "અમે તમારી ગોપનીયતાનું સન્માન કરીએ છીએ. Manage Preferences", "legal"),
    ("web-common", "क्या आप नगर समाचार से अलर्ट पाना चाहते हैं? Not now  Allow", "notifications"),
    ("bn", "নগর নিউজ আপনাকে বিজ্ঞপ্তি পাঠাতে চায় : Allow / Block", "notifications"),
    ("mr", "पुढे वाचण्यासाठी लॉग इन करा | Sign in with Google", "account"),
    ("ur", "اپنے شہر کی خبروں کے لیے Allow Location", "account"),
    ("gu", "A+ A- અક્ષર", "toolbar"),
    ("hi", "👍 31  😢 2  😡 5", "comment_form"),
    ("mr", "ही बातमी कशी वाटली?  👍 छान  😮 धक्कादायक  😢 दुःखद", "comment_form"),
    # "all rights reserved" as a footer (bn and ne: the phrase closing the line, or a short line)
    ("bn", "সর্বস্বত্ব সংরক্ষিত দৈনিক নগর", "legal"),
    ("bn", "© ২০২৫ নগর বার্তা | সর্বস্বত্ব সংরক্ষিত", "legal"),
    ("ne", "सर्वाधिकार सुरक्षित नगर पब्लिकेसन्स", "legal"),
]



PROSE = [
    # a sentence quoting a consent button (the old "accept cookies" phrase took it anywhere in a line)
    ("mr", "तज्ज्ञांच्या मते, अनोळखी साइटवर 'Accept Cookies' दाबण्याआधी अटी वाचा."),
    ("gu", "નિષ્ણાતો કહે છે કે \"Accept Cookies\" દબાવતા પહેલાં શરતો વાંચો."),
    # a product's maker, a team in a sentence, a date after "by"
    ("web-common", "Developed by Nintendo"),
    ("web-common", "By the end of the season the team had won six games."),
    ("web-common", "By 2030 - the target year - emissions must fall by half."),
    ("web-common", "About the author of this study, little is known."),
    # a question with an answer, a comment with its emoji, a thumbs-up in a sentence
    ("web-common", "Is the museum open on Mondays? Yes, from 10 am."),
    ("hi", "Ye kya bol rahe hain aap? 😂😂😂😂"),
    ("hi", "शानदार मैच 👍 ❤️"),
    ("hi", "मंत्री ने कहा कि 12 लोगों ने 👍 दबाया और 3 ने 😡"),
    # "all rights reserved" inside a sentence or reported speech (bn's and ne's phrase took it anywhere)
    ("bn", "সংস্থাটি এক বিবৃতিতে জানিয়েছে, তাদের লোগোর সর্বস্বত্ব সংরক্ষিত এবং নকল করলে ব্যবস্থা নেওয়া হবে।"),
    ("ne", "कम्पनीले भन्यो कि ब्रान्डको सर्वाधिकार सुरक्षित रहनेछ र अनुमति बिना प्रयोग गर्नेलाई कारबाही हुनेछ।"),
    # menus' words in a sentence, a theme in prose
    ("web-common", "The archive holds advertisements from 1920 to 1950."),
    ("web-common", "The theme by which the festival is known this year is water."),
]


#: every chrome line removed with its reason, every near miss kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, PROSE)


def test_in_a_page_the_forms_go_and_the_article_stays():
    lines = ["नगर निगम ने शहर में पानी की आपूर्ति के लिए नई योजना शुरू की है, जिससे हजारों घरों को लाभ मिलेगा।",
             "By Nagar Samachar Digital Desk",
             "योजना के पहले चरण में 40 किलोमीटर लंबी पाइपलाइन बिछाई जाएगी और काम दिसंबर तक पूरा होगा।",
             "👍 31  😢 2  😡 5",
             "About Us  Contact Us  DMCA  Disclaimer"]
    out = clean_lines(list(lines), load_profile("hi"), cuts={})
    assert [r is None for r in out] == [True, False, True, False, False]
