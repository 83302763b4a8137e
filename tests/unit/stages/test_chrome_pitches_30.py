"""Issue 13, session 30: newsletter and app pitches, as categories in every profile (reason ``promo``; a sign-up
box's consent under ``legal``, as Hindi's session-27 rule): news delivered "straight to your inbox / e-mail", a
newsletter with a call or "free", a digest's schedule with its get call, the sign-up box's notes (no spam, unsubscribe
any time), "by subscribing you agree to our privacy policy" and an app's contents "all in one place" with its download
call. Each comes with news about e-mail scams, app bans or a public service's alerts, which stays: a fraud, a hacker or
an institution named, or reported speech.

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("गोरखपुर : जिले में बुधवार को हुई बारिश के बाद कई गांवों का संपर्क मुख्य सड़क से कट गया और राहत दल "
             "नावों से पहुंचे। प्रशासन ने प्रभावित परिवारों के लिए तीन शिविर खोले।")

CHROME = [
    # Hindi
    ("hi", "हर शाम 6 बजे पाएं बिहार की 5 सबसे अहम खबरें, बिल्कुल फ्री।", "promo"),
    ("hi", "हमारे साप्ताहिक न्यूज़लेटर की सदस्यता लें। हर रविवार खेती-किसानी की चुनिंदा रिपोर्टें।", "promo"),
    ("hi", "शहर की हर जरूरी खबर सीधे अपने इनबॉक्स में पाने के लिए अपना ईमेल पता भरें।", "promo"),
    ("hi", "हम स्पैम नहीं भेजते। आप किसी भी समय अनसब्सक्राइब कर सकते हैं।", "promo"),
    ("hi", "बजट, बाजार और बचत की हफ्ते भर की खास रिपोर्टें सीधे आपके ईमेल पर।", "promo"),
    ("hi", "ताजा खबरें, ई-पेपर और वीडियो, सब एक जगह। आज ही ऐप डाउनलोड करें।", "promo"),
    # English (web-common, in every profile)
    ("web-common", "Join 12,400 other subscribers", "promo"),
    ("web-common", "Local news, e-paper and podcasts, all in one place. Download our app.", "promo"),
    # the other profiles
    ("bn", "প্রতি সন্ধ্যায় দিনের বাছাই করা খবর পৌঁছে যাবে আপনার ইনবক্সে।", "promo"),
    ("bn", "আমরা স্প্যাম পাঠাই না, যখন খুশি আনসাবস্ক্রাইব করুন।", "promo"),
    ("gu", "રોજ સવારે શહેરના મુખ્ય સમાચાર સીધા તમારા ઇનબોક્સમાં મેળવો.", "promo"),
    ("gu", "સબ્સ્ક્રાઇબ કરીને તમે અમારી ગોપનીયતા નીતિ સાથે સંમત થાઓ છો.", "legal"),
    ("mr", "जिल्ह्यातील महत्त्वाच्या बातम्या दररोज सकाळी थेट तुमच्या इनबॉक्समध्ये मिळवा.", "promo"),
    ("mr", "ताज्या बातम्या, ई-पेपर आणि व्हिडिओ एकाच ठिकाणी. आजच ॲप डाउनलोड करा.", "promo"),
    ("ur", "شہر کی اہم خبریں ہر صبح اپنے ان باکس میں حاصل کریں۔", "promo"),
    ("ur", "ہم اسپام نہیں بھیجتے، کسی بھی وقت ان سبسکرائب کریں۔", "promo"),
    ("te", "ప్రతి సాయంత్రం ముఖ్యమైన వార్తలు నేరుగా మీ ఇన్‌బాక్స్‌కు. ఇప్పుడే సబ్‌స్క్రైబ్ చేసుకోండి.", "promo"),
    ("te", "సబ్‌స్క్రైబ్ చేయడం ద్వారా మీరు మా ప్రైవసీ పాలసీకి అంగీకరిస్తున్నారు.", "legal"),
    ("te", "తాజా వార్తలు, ఈ-పేపర్, వీడియోలు ఒకే చోట. యాప్‌ను ఉచితంగా డౌన్‌లోడ్ చేసుకోండి.", "promo"),
    ("ta", "ஒவ்வொரு மாலையும் முக்கியச் செய்திகள் உங்கள் இன்பாக்ஸில். இலவசமாகப் பதிவு செய்யுங்கள்.", "promo"),
    ("kn", "ವಾರದ ಪ್ರಮುಖ ಸುದ್ದಿ ನಿಮ್ಮ ಇನ್‌ಬಾಕ್ಸ್‌ಗೆ", "promo"),
    ("kn", "ತಾಜಾ ಸುದ್ದಿ, ಇ-ಪೇಪರ್ ಮತ್ತು ವಿಡಿಯೊಗಳು ಒಂದೇ ಕಡೆ. ಈಗಲೇ ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ.", "promo"),
    ("ml", "ഓരോ ദിവസത്തെയും പ്രധാന വാർത്തകൾ നിങ്ങളുടെ ഇൻബോക്സിൽ. ഇപ്പോൾ സബ്സ്ക്രൈബ് ചെയ്യൂ.", "promo"),
    ("ml", "സബ്സ്ക്രൈബ് ചെയ്യുന്നതിലൂടെ ഞങ്ങളുടെ സ്വകാര്യതാ നയം നിങ്ങൾ അംഗീകരിക്കുന്നു.", "legal"),
    ("or", "ପ୍ରତି ସନ୍ଧ୍ୟାରେ ଦିନର ମୁଖ୍ୟ ଖବର ଆପଣଙ୍କ ଇନବକ୍ସକୁ ପାଆନ୍ତୁ।", "promo"),
    ("pa", "ਹਰ ਸ਼ਾਮ ਦੀਆਂ ਅਹਿਮ ਖ਼ਬਰਾਂ ਆਪਣੀ ਈਮੇਲ ਉੱਤੇ ਮੁਫ਼ਤ ਪ੍ਰਾਪਤ ਕਰੋ।", "promo"),
    ("pa", "ਅਸੀਂ ਸਪੈਮ ਨਹੀਂ ਭੇਜਦੇ, ਕਦੇ ਵੀ ਅਨਸਬਸਕ੍ਰਾਈਬ ਕਰੋ।", "promo"),
    ("ne", "दिनभरका मुख्य समाचार हरेक बेलुका तपाईंको इनबक्समा।", "promo"),
    ("ne", "समाचार, इ-पेपर र भिडियो एकै ठाउँमा। एप डाउनलोड गर्नुहोस्।", "promo"),
]
KEPT = [
    # e-mail scams, app bans, a public service's alerts: a fraud, a hacker or an institution named, or reported speech
    ("hi", "ठगों ने लोगों के इनबॉक्स में फर्जी लिंक भेजे और बैंक खाते खाली कर दिए।"),
    ("hi", "सरकार ने 59 ऐप पर प्रतिबंध लगाया, इनमें कई लोकप्रिय वीडियो और न्यूज़ ऐप शामिल हैं।"),
    ("hi", "आयकर विभाग रिफंड की सूचना सीधे आपके ईमेल पर भेजेगा।"),
    ("hi", "साइबर सेल ने कहा कि हम स्पैम नहीं भेजते वाले संदेशों पर भरोसा न करें।"),
    ("web-common", "Police, fire and ambulance services, now in one place."),
    ("web-common", "Scammers sent fake news alerts, e-paper links and invoices, all in one place."),
    ("bn", "প্রতারকরা গ্রাহকদের ইনবক্সে ভুয়ো খবর পাঠিয়ে টাকা হাতিয়ে নিচ্ছে।"),
    ("gu", "ઠગોએ લોકોના ઇનબોક્સમાં નકલી સમાચારની લિંક મોકલી હતી."),
    ("mr", "भामट्यांनी नागरिकांच्या इनबॉक्समध्ये बनावट बातम्यांच्या लिंक पाठवल्या."),
    ("ur", "جعل سازوں نے صارفین کے ان باکس میں جعلی خبروں کے لنک بھیجے۔"),
    ("te", "మోసగాళ్లు ఖాతాదారుల ఇన్‌బాక్స్‌కు నకిలీ వార్తల లింకులు పంపారు."),
    ("ta", "மோசடியாளர்கள் வாடிக்கையாளர்களின் இன்பாக்ஸில் போலி செய்தி இணைப்புகளை அனுப்பினர்."),
    ("kn", "ವಂಚಕರು ಗ್ರಾಹಕರ ಇನ್‌ಬಾಕ್ಸ್‌ಗೆ ನಕಲಿ ಸುದ್ದಿ ಲಿಂಕ್ ಕಳುಹಿಸಿದರು."),
    ("ml", "തട്ടിപ്പുകാർ ഉപഭോക്താക്കളുടെ ഇൻബോക്സിലേക്ക് വ്യാജ വാർത്താ ലിങ്കുകൾ അയച്ചു."),
    ("or", "ଠକମାନେ ଗ୍ରାହକଙ୍କ ଇନବକ୍ସକୁ ନକଲି ଖବର ଲିଙ୍କ ପଠାଇଲେ।"),
    ("pa", "ਠੱਗਾਂ ਨੇ ਲੋਕਾਂ ਦੀ ਈਮੇਲ ਉੱਤੇ ਜਾਅਲੀ ਖ਼ਬਰਾਂ ਦੇ ਲਿੰਕ ਭੇਜੇ।"),
    ("ne", "ठगहरूले ग्राहकको इनबक्समा नक्कली समाचारको लिंक पठाए।"),
]

test_each_pitch_line_is_removed, test_a_story_line_about_email_or_apps_is_kept = chrome_form_tests(
    None, CHROME, KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    for prof, line in KEPT:
        if prof == "hi":
            assert_kept_between(prof, PARAGRAPH, [line])


def test_a_pitch_line_goes_whole_between_paragraphs() -> None:
    prof = load_profile("hi")
    line = "हम स्पैम नहीं भेजते। आप किसी भी समय अनसब्सक्राइब कर सकते हैं।"
    out = clean_lines([PARAGRAPH, line, PARAGRAPH], prof, cuts={})
    assert out == [None, "promo", None]
