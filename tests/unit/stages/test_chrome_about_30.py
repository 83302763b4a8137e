"""Issue 13, session 30: a site's footer blurb about itself, as a category in every profile (reason ``legal``, as the
"about us" link beside it): a line that opens with the site's name and a first sentence ending in the kind of medium
(a daily, a weekly, a news portal, a platform, a website) and the copula, after which the site speaks of itself in the
first person ("we", "our aim"), or addresses the reader ("here you get …"). Each comes with a news sentence about a
portal or a paper, which stays: reported speech, the police, a fake or banned site, or an encyclopedia's lead about a
paper with no first person.

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("भोपाल : राज्य सरकार ने गुरुवार को नई खेल नीति को मंजूरी दी, जिसके तहत हर जिले में एक आधुनिक स्टेडियम बनाया "
             "जाएगा। खेल मंत्री ने बताया कि पहले चरण में बारह जिलों को चुना गया है।")

CHROME = [
    ("hi", "गंगा दर्पण एक स्वतंत्र हिंदी डिजिटल समाचार मंच है, जिसकी शुरुआत 2020 में पटना से हुई। हमारा उद्देश्य बिहार के "
           "हर जिले की सच्ची खबरें आप तक पहुंचाना है।"),
    ("hi", "लोकदृष्टि के बारे में : लोकदृष्टि वर्ष 1995 से जबलपुर से प्रकाशित हो रहा हिंदी साप्ताहिक समाचार पत्र है। "
           "समाचार और विज्ञापन के लिए हमसे संपर्क करें।"),
    ("hi", "फिल्मी चौपाल हिंदी का लोकप्रिय एंटरटेनमेंट न्यूज़ पोर्टल है। यहां आपको फिल्म, टीवी और ओटीटी की हर ताजा "
           "खबर सबसे पहले मिलती है।"),
    ("web-common", "Coastal Ledger is an independent digital news platform launched in 2018 in Kochi. Our mission "
                   "is to bring readers honest local reporting."),
    ("hi", "Metro Pulse is one of India's leading English news websites. We cover politics, business and sport."),
    ("bn", "নদীকণ্ঠ দেশের অন্যতম জনপ্রিয় অনলাইন সংবাদমাধ্যম। ২০১৫ সাল থেকে আমরা নিরপেক্ষ সংবাদ পাঠকের কাছে পৌঁছে দিচ্ছি।"),
    ("gu", "સાબરમતી સમાચાર એક સ્વતંત્ર ગુજરાતી ડિજિટલ ન્યૂઝ પોર્ટલ છે. અમારો હેતુ દરેક ગામના સમાચાર તમારા સુધી પહોંચાડવાનો છે."),
    ("mr", "सह्याद्री वार्ता हे पुण्यातून चालवले जाणारे स्वतंत्र मराठी डिजिटल वृत्त व्यासपीठ आहे. आमचा उद्देश ग्रामीण "
           "महाराष्ट्राच्या बातम्या तुमच्यापर्यंत पोहोचवणे हा आहे."),
    ("ur", "روشن خیال ایک آزاد اردو ڈیجیٹل نیوز پورٹل ہے جو 2017 سے لاہور سے کام کر رہا ہے۔ ہمارا مقصد قارئین "
           "تک سچی خبریں پہنچانا ہے۔"),
    ("pa", "ਪੰਜ ਦਰਿਆ ਟਾਈਮਜ਼ ਇੱਕ ਸੁਤੰਤਰ ਪੰਜਾਬੀ ਡਿਜੀਟਲ ਖ਼ਬਰ ਪੋਰਟਲ ਹੈ। ਸਾਡਾ ਮਕਸਦ ਪਿੰਡਾਂ ਦੀਆਂ ਖ਼ਬਰਾਂ ਤੁਹਾਡੇ ਤੱਕ ਪਹੁੰਚਾਉਣਾ ਹੈ।"),
    ("ne", "हिमाल खबर एक स्वतन्त्र नेपाली अनलाइन समाचार पोर्टल हो। हाम्रो उद्देश्य सबै प्रदेशका समाचार पाठकसम्म पुर्‍याउनु हो।"),
    ("te", "గోదావరి వాణి ఒక స్వతంత్ర తెలుగు డిజిటల్ వార్తా వేదిక. మా లక్ష్యం గ్రామీణ వార్తలను పాఠకులకు అందించడం."),
    ("ta", "காவிரிக் குரல் 1975-ம் ஆண்டு திருச்சியில் தொடங்கப்பட்ட தமிழ் நாளிதழ். நடுநிலையான செய்திகளை வழங்குவதே எங்கள் நோக்கம்."),
    ("kn", "ಮಲೆನಾಡು ದನಿ ಒಂದು ಸ್ವತಂತ್ರ ಕನ್ನಡ ಡಿಜಿಟಲ್ ಸುದ್ದಿ ಜಾಲತಾಣ. ನಮ್ಮ ಉದ್ದೇಶ ಹಳ್ಳಿಗಳ ಸುದ್ದಿಯನ್ನು ಓದುಗರಿಗೆ ತಲುಪಿಸುವುದು."),
    ("ml", "കായൽ വാർത്ത 2016-ൽ കൊച്ചിയിൽ ആരംഭിച്ച സ്വതന്ത്ര മലയാളം വാർത്താ പോർട്ടലാണ്. ഞങ്ങളുടെ ലക്ഷ്യം സത്യസന്ധമായ "
           "വാർത്തകൾ എത്തിക്കുക എന്നതാണ്."),
    ("or", "ମହାନଦୀ ବାର୍ତ୍ତା ଏକ ସ୍ୱାଧୀନ ଓଡ଼ିଆ ଡିଜିଟାଲ ସମ୍ବାଦ ପୋର୍ଟାଲ ଅଟେ। ଆମର ଲକ୍ଷ୍ୟ ଗାଁ ଗାଁର ଖବର ପାଠକଙ୍କ ପାଖରେ ପହଞ୍ଚାଇବା।"),
]
KEPT = [
    # news about a portal or a paper: police, a fake site, a ban, reported speech, an encyclopedia-style lead
    ("hi", "पुलिस ने बताया कि आरोपी द्वारा चलाया जा रहा 'सच संदेश' एक फर्जी न्यूज़ पोर्टल है, जिससे हमें कई शिकायतें मिलीं।"),
    ("hi", "सरकार ने 14 न्यूज़ पोर्टल पर प्रतिबंध लगाया।"),
    ("hi", "नवजीवन एक हिंदी दैनिक समाचार पत्र है जो 1948 से लखनऊ से प्रकाशित होता है।"),
    ("hi", "ई-श्रम असंगठित कामगारों के लिए केंद्र सरकार का पोर्टल है, जहां आपको पंजीकरण के बाद कार्ड मिलता है।"),
    ("web-common", "The Tribune Herald is a daily newspaper founded in 1921. It is owned by a family trust."),
    ("web-common", "Police said the site is a fake news portal run from a rented flat, and we have asked for its "
                   "closure."),
    ("bn", "পুলিশ জানায়, ভুয়া নিউজ পোর্টালটি একটি ভাড়া বাড়ি থেকে চালানো হচ্ছিল।"),
    ("gu", "પોલીસે જણાવ્યું કે આ નકલી ન્યૂઝ પોર્ટલ છે અને અમે તપાસ કરી રહ્યા છીએ."),
    ("mr", "लोकसत्ता हे मुंबईतून प्रकाशित होणारे मराठी दैनिक आहे."),
    ("ur", "پولیس نے بتایا کہ یہ ایک جعلی نیوز ویب سائٹ ہے۔"),
    ("pa", "ਪੁਲਿਸ ਨੇ ਦੱਸਿਆ ਕਿ ਇਹ ਇੱਕ ਜਾਅਲੀ ਖ਼ਬਰ ਪੋਰਟਲ ਹੈ।"),
    ("ne", "कान्तिपुर नेपालको एक दैनिक समाचारपत्र हो।"),
    ("te", "ఈనాడు తెలుగులో ప్రచురితమయ్యే ఒక దినపత్రిక."),
    ("ta", "தினத்தந்தி 1942-ல் தொடங்கப்பட்ட தமிழ் நாளிதழ்."),
    ("kn", "ಪ್ರಜಾವಾಣಿ ಬೆಂಗಳೂರಿನಿಂದ ಪ್ರಕಟವಾಗುವ ಕನ್ನಡ ದಿನಪತ್ರಿಕೆ."),
    ("ml", "മലയാള മനോരമ കോട്ടയത്തുനിന്ന് പ്രസിദ്ധീകരിക്കുന്ന ദിനപത്രമാണ്."),
    ("or", "ସମ୍ବାଦ କଟକରୁ ପ୍ରକାଶିତ ଏକ ଓଡ଼ିଆ ଦୈନିକ ଅଟେ।"),
]

test_each_about_line_is_removed, test_a_story_line_about_a_paper_is_kept = chrome_form_tests(
    None, [(p, line, "legal") for p, line in CHROME], KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    for prof, line in KEPT:
        if prof == "hi":
            assert_kept_between(prof, PARAGRAPH, [line])


def test_a_paragraph_ending_in_an_about_blurb_is_kept_whole() -> None:
    # legal is not cut from the edge of a paragraph: a story's own sentence before the blurb keeps the line
    line = PARAGRAPH + " गंगा दर्पण एक स्वतंत्र हिंदी समाचार मंच है। हमारा उद्देश्य सच्ची खबरें देना है।"
    cuts: dict[int, list[tuple[str, str]]] = {}
    out = clean_lines([PARAGRAPH, line, PARAGRAPH], load_profile("hi"), cuts=cuts)
    assert out[1] is None
    assert 1 not in cuts
