"""Issue 13, session 30: datelines, tag strips and view counters, as categories in every profile. The page's dateline
is a weekday with a date of this century (the day before or after the month, an optional time, and in ne the same date
in the Bikram Sambat and the Gregorian calendar) alone on its line (reason ``byline``); a trending strip is its label
followed by nothing but hashtags (``tags``); a view counter is a count and the word "views" alone (``toolbar``). A date
inside a sentence, a trending kicker before a headline's words and a count of views in a sentence stay.

Every line here is written for this test."""

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("कानपुर : शहर में गुरुवार सुबह हुई तेज बारिश से कई निचले इलाकों में पानी भर गया और यातायात घंटों प्रभावित रहा। "
             "नगर निगम ने जल निकासी के लिए बीस पंप लगाए।")

CHROME = [
    # datelines: a weekday and a date alone
    ("hi", "शनिवार, नवंबर 16, 2024", "byline"),
    ("hi", "गुरुवार, 14 नवंबर 2024, 10:30 am", "byline"),
    ("mr", "शनिवार, नोव्हेंबर 16, 2024", "byline"),
    ("ne", "बिहीबार, पुस ३, २०८२", "byline"),
    ("ne", "आइतबार, कात्तिक १६, २०८२ । Sunday, November 2, 2025", "byline"),
    ("bn", "বৃহস্পতিবার, নভেম্বর ১৪, ২০২৪", "byline"),
    ("gu", "ગુરુવાર, નવેમ્બર 14, 2024", "byline"),
    ("pa", "ਸ਼ਨੀਵਾਰ, ਨਵੰਬਰ 16, 2024", "byline"),
    ("or", "ଗୁରୁବାର, ନଭେମ୍ବର 14, 2024", "byline"),
    ("te", "గురువారం, నవంబర్ 14, 2024", "byline"),
    ("te", "శనివారం, 16 నవంబర్ 2024", "byline"),
    ("ta", "வியாழன், நவம்பர் 14, 2024", "byline"),
    ("ta", "சனிக்கிழமை, 16 நவம்பர் 2024", "byline"),
    ("kn", "ಗುರುವಾರ, 14 ನವೆಂಬರ್ 2024", "byline"),
    ("ml", "വ്യാഴം, നവംബർ 14, 2024", "byline"),
    ("ml", "ശനിയാഴ്ച, 16 നവംബർ 2024", "byline"),
    ("ur", "ہفتہ، نومبر 16، 2024", "byline"),
    ("hi-Latn", "Guruvar, 14 November 2024", "byline"),
    ("web-common", "Saturday, November 16, 2024", "byline"),
    ("web-common", "Thu, 14 Nov 2024, 10:30 AM IST", "byline"),
    # trending strips: the label and hashtags only
    ("hi", "ट्रेंडिंग: #मानसून #बजट2025 #दिल्ली_चुनाव", "tags"),
    ("mr", "ट्रेंडिंग: #पुणे #पाऊस", "tags"),
    ("ne", "ट्रेन्डिङ: #बजेट #काठमाडौं", "tags"),
    ("bn", "ট্রেন্ডিং: #বাজেট #ঢাকা", "tags"),
    ("gu", "ટ્રેન્ડિંગ: #વરસાદ #અમદાવાદ", "tags"),
    ("pa", "ਟ੍ਰੈਂਡਿੰਗ: #ਪੰਜਾਬ #ਕਿਸਾਨ", "tags"),
    ("or", "ଟ୍ରେଣ୍ଡିଂ: #ବାତ୍ୟା #ଭୁବନେଶ୍ୱର", "tags"),
    ("te", "ట్రెండింగ్: #హైదరాబాద్ #వర్షం", "tags"),
    ("ta", "டிரெண்டிங்: #சென்னைமழை #தங்கம்விலை", "tags"),
    ("kn", "ಟ್ರೆಂಡಿಂಗ್: #ಬೆಂಗಳೂರು #ಮಳೆ", "tags"),
    ("ml", "ട്രെൻഡിങ്: #കൊച്ചി #മഴ", "tags"),
    ("ur", "ٹرینڈنگ: #بجٹ #کراچی", "tags"),
    ("web-common", "Trending: #Budget2025 #IPL2025 #Monsoon", "tags"),
    ("ur", "Trending: #بجٹ2025 #کراچی #IPL2025", "tags"),
    # view counters alone
    ("hi", "24.6K व्यूज", "toolbar"),
    ("hi", "1.2 लाख व्यूज़", "toolbar"),
    ("mr", "12 हजार व्ह्यूज", "toolbar"),
    ("ne", "३ हजार भ्युज", "toolbar"),
    ("bn", "২৪ হাজার ভিউ", "toolbar"),
    ("gu", "1.2 લાખ વ્યૂઝ", "toolbar"),
    ("pa", "24K ਵਿਊਜ਼", "toolbar"),
    ("or", "12K ଭ୍ୟୁ", "toolbar"),
    ("te", "12 లక్షల వ్యూస్", "toolbar"),
    ("ta", "24.6K பார்வைகள்", "toolbar"),
    ("kn", "1.2 ಲಕ್ಷ ವೀಕ್ಷಣೆಗಳು", "toolbar"),
    ("ml", "12 ലക്ഷം കാഴ്ചകൾ", "toolbar"),
    ("ur", "12 ہزار ویوز", "toolbar"),
    ("web-common", "31.9K views", "toolbar"),
]

KEPT = [
    # a weekday and a date inside a sentence, a history heading's date of the last century
    ("hi", "गुरुवार, 14 नवंबर 2024 को संसद का शीतकालीन सत्र शुरू होगा।"),
    ("hi", "शुक्रवार, 15 अगस्त 1947"),
    ("mr", "शनिवार, 16 नोव्हेंबर 2024 रोजी पुण्यात मतदान होणार आहे."),
    ("ne", "बिहीबार, पुस ३, २०८२ मा संसदको बैठक बस्नेछ।"),
    ("bn", "বৃহস্পতিবার, ১৪ নভেম্বর ২০২৪ তারিখে নির্বাচন কমিশন তফসিল ঘোষণা করে।"),
    ("gu", "ગુરુવાર, 14 નવેમ્બર 2024ના રોજ વિધાનસભાનું સત્ર શરૂ થશે."),
    ("pa", "ਸ਼ਨੀਵਾਰ, 16 ਨਵੰਬਰ 2024 ਨੂੰ ਮੰਡੀਆਂ ਵਿੱਚ ਝੋਨੇ ਦੀ ਖਰੀਦ ਬੰਦ ਰਹੀ।"),
    ("or", "ଗୁରୁବାର, ନଭେମ୍ବର 14, 2024ରେ ବିଧାନସଭା ଅଧିବେଶନ ଆରମ୍ଭ ହେବ।"),
    ("te", "గురువారం, నవంబర్ 14, 2024న అసెంబ్లీ సమావేశాలు ప్రారంభమవుతాయి."),
    ("ta", "வெள்ளி விலை கிராமுக்கு 2 ரூபாய் உயர்ந்து 2024 நவம்பர் 14 அன்று புதிய உச்சம் தொட்டது."),
    ("ta", "வியாழன், நவம்பர் 14, 2024 அன்று சட்டப்பேரவை கூடுகிறது."),
    ("kn", "ಗುರುವಾರ, 14 ನವೆಂಬರ್ 2024ರಂದು ವಿಧಾನಸಭೆ ಅಧಿವೇಶನ ಆರಂಭವಾಗಲಿದೆ."),
    ("ml", "വെള്ളി വില ഗ്രാമിന് 2 രൂപ കൂടി നവംബർ 14, 2024ന് റെക്കോർഡിലെത്തി."),
    ("ur", "ہفتہ، 16 نومبر 2024 کو کراچی میں بارش کا امکان ہے۔"),
    ("web-common", "On Saturday, November 16, 2024, the council approved the new budget."),
    # a trending kicker before a headline's words; hashtags in a sentence
    ("hi", "ट्रेंडिंग: सोशल मीडिया पर वायरल हुआ बाढ़ का वीडियो"),
    ("hi", "पुलिस ने बताया कि #दिल्ली_चुनाव और #बजट2025 हैशटैग पर फर्जी खबरें फैलाई गईं।"),
    ("bn", "ট্রেন্ডিং: সামাজিক মাধ্যমে ভাইরাল বন্যার ভিডিও"),
    ("ur", "ٹرینڈنگ: سوشل میڈیا پر سیلاب کی ویڈیو وائرل"),
    ("web-common", "Trending: Flood video goes viral on social media"),
    # a count of views in a sentence
    ("hi", "गाने को 12 घंटे में 50 लाख व्यूज मिल गए।"),
    ("te", "ఈ ట్రైలర్‌కు 24 గంటల్లో 12 లక్షల వ్యూస్ వచ్చాయి."),
    ("ta", "இந்த பாடல் ஒரே நாளில் 24 லட்சம் பார்வைகளைப் பெற்றது."),
    ("ml", "ട്രെയിലറിന് 24 മണിക്കൂറിൽ 12 ലക്ഷം കാഴ്ചകൾ ലഭിച്ചു."),
    ("web-common", "The trailer crossed 31.9K views within an hour of its release."),
]

test_each_dateline_tag_strip_and_counter_is_removed, test_a_story_line_with_a_date_is_kept = chrome_form_tests(
    None, CHROME, KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    for prof, line in KEPT:
        if prof in ("hi", "web-common"):
            assert_kept_between("hi", PARAGRAPH, [line])
