"""Issue 13, session 26: what the blind-written pages read this session (``benchmarks/bench_pages.py``: batch 2's
f10 ta, f12 pa, f14 and f16 hi, batch 3's TUNE f17 kn, f19 and f21 hi, f23 ur) showed the lexicon missing.

The main change is one rule per language for the site's call by what it is made of, not by its wording: the news, a
channel of the site (app, messaging channel, newsletter, notifications, Google News) and the call at the line's end,
in any order. A story's advice, reported speech, an institution's channel and an app's update stay. Every line here is
written for this test (none is copied from the pages)."""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARA_HI = "जिला प्रशासन ने बताया कि नई व्यवस्था अगले सोमवार से लागू होगी और इससे हजारों लोगों को फायदा मिलेगा।"

CHROME = [
    # hi: the site's call, parts in any order, a second call or a short clause after the first
    ("hi", "गोरखपुर की हर बड़ी खबर सबसे पहले पाने के लिए हमारे टेलीग्राम चैनल से जुड़ें और नोटिफिकेशन की घंटी दबाएं।",
     "promo"),
    ("hi", "ट्रैफिक और मौसम के अलर्ट अपने फोन पर पाने के लिए नगर वाणी ऐप डाउनलोड करें और शहर के नोटिफिकेशन ऑन करें।",
     "promo"),
    ("hi", "शेयर बाजार की हर जरूरी खबर रोज सुबह पाने के लिए हमारा न्यूज़लेटर सब्सक्राइब करें, यह पूरी तरह मुफ्त है।",
     "promo"),
    # hi: the agency-input note with its editing clause, a read-here pointer closing its line, a video's teaser
    ("hi", "(इस लेख के कुछ हिस्से एजेंसी इनपुट पर आधारित हैं। नगर वाणी ने इनमें कोई बदलाव नहीं किया है।)", "disclaimer"),
    ("hi", "चुनाव से जुड़े सभी ताजा अपडेट यहां पढ़ें।", "teaser"),
    ("hi", "इस मुद्दे पर हमारी पिछली रिपोर्ट यहां क्लिक करके पढ़ें।", "teaser"),
    ("hi", "वीडियो: देखिए कैसे बाढ़ के पानी में बह गया पुल", "teaser"),
    ("hi", "VIDEO: स्टेडियम में दर्शकों ने ऐसे मनाया जीत का जश्न", "teaser"),
    ("hi", "खबर आगे जारी है", "ad"),
    ("hi", "और वेब स्टोरीज़ देखें", "related"),
    ("hi", "कुल 18 तस्वीरें", "related"),
    ("hi", "खबर एक नजर में", "live"),
    # ta: the call with an inflected platform, the app with its stores, the ad slot's note, the agency note
    ("ta", "முக்கிய செய்திகளை உடனுக்குடன் பெற எங்கள் டெலிகிராம் சேனலில் இணையுங்கள்", "promo"),
    ("ta", "மாவட்டச் செய்திகளை உடனுக்குடன் பெற, செய்தி முரசு செயலியை இப்போதே பதிவிறக்கம் செய்யுங்கள்.", "promo"),
    ("ta", "செய்தி முரசு ஆப்பை பதிவிறக்கம் செய்ய: Google Play App Store", "promo"),
    ("ta", "விளம்பரம் - தொடர்ந்து படிக்க கீழே உருட்டவும்", "ad"),
    ("ta", "(இந்தச் செய்தி ஏஜென்சி தகவல்களின் அடிப்படையில் தானியங்கி முறையில் வெளியிடப்பட்டது.)", "disclaimer"),
    ("ta", "வாசகர் கருத்துக் கணிப்பு", "poll"),
    # pa: the call, the comment call, the agency note, a poll's count
    ("pa", "ਲੁਧਿਆਣਾ ਦੀ ਹਰ ਤਾਜ਼ਾ ਖ਼ਬਰ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਪੜ੍ਹਨ ਲਈ ਸਾਡਾ ਟੈਲੀਗ੍ਰਾਮ ਚੈਨਲ ਫਾਲੋ ਕਰੋ।", "promo"),
    ("pa", "ਇਸ ਖ਼ਬਰ ਬਾਰੇ ਕੁਮੈਂਟ ਬਾਕਸ 'ਚ ਦਿਓ ਆਪਣੀ ਰਾਏ।", "comment_form"),
    ("pa", "(ਇਹ ਖ਼ਬਰ ਏਜੰਸੀ ਫੀਡ ਤੋਂ ਸਿੱਧੀ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤੀ ਗਈ ਹੈ।)", "disclaimer"),
    ("pa", "ਹੁਣ ਤੱਕ 1,208 ਵੋਟਾਂ", "poll"),
    # kn: the call to the site's special page, a feedback box
    ("kn", "ಚುನಾವಣೆಯ ಕ್ಷಣ ಕ್ಷಣದ ಮಾಹಿತಿಗಾಗಿ ನಮ್ಮ ವಿಶೇಷ ಪುಟಕ್ಕೆ ಭೇಟಿ ನೀಡಿ", "promo"),
    ("kn", "ಈ ಲೇಖನ ನಿಮಗೆ ಇಷ್ಟವಾಯಿತೇ?", "prompt"),
    # ur: the news on a platform and the call in one line
    ("ur", "شہر نامہ کی تازہ خبریں اب ٹیلی گرام پر بھی دستیاب ہیں۔ ہمارے چینل کو جوائن کرنے کے لیے یہاں کلک کریں۔",
     "promo"),
    # ml, or: the site's call, the readers' questions to "our" number, an also-read prefix, a summary label
    ("ml", "കേരള വാർത്തകൾ ഇനി ടെലിഗ്രാമിലും. ചാനലിൽ ചേരാൻ ഇവിടെ ക്ലിക്ക് ചെയ്യൂ", "promo"),
    ("or", "ନିର୍ବାଚନ ସମ୍ବନ୍ଧୀୟ ପ୍ରତିଟି ଅପଡେଟ ପାଇଁ ଆମ ଟେଲିଗ୍ରାମ ଚ୍ୟାନେଲ ରେ ଯୋଡ଼ି ହୁଅନ୍ତୁ।", "promo"),
    ("or", "ଆପଣଙ୍କ ମତାମତ ଆମ ହ୍ୱାଟସଆପ ନମ୍ବର ୯୮୬୧୦ ୧୨୩୪୫ କୁ ପଠାନ୍ତୁ।", "promo"),
    ("or", "ଏହା ବି ପଢ଼ନ୍ତୁ: କଟକରେ ନୂଆ ସେତୁ ନିର୍ମାଣ ଆରମ୍ଭ", "read_more"),
    ("or", "ମୁଖ୍ୟ କଥା", "live"),
    # hi (f27, f31): a post's counters, closed comments, the news-tip and correction contacts, a newsletter's name, a
    # channel's call with its pitch after a dash
    ("hi", "2,310 व्यूज़ 4 टिप्पणियाँ", "comment_form"),
    ("hi", "इस खबर पर टिप्पणी करने की सुविधा बंद कर दी गई है।", "comment_form"),
    ("hi", "अपने गांव की ख़बरें हम तक पहुँचाने के लिए संपर्क करें — 90000 11111", "contact"),
    ("hi", "किसी ख़बर पर आपत्ति या सुधार के लिए हमें ईमेल करें", "contact"),
    ("hi", "हर शुक्रवार: 'खेत खलिहान' न्यूज़लेटर", "promo"),
    ("hi", "हमारे टेलीग्राम चैनल से जुड़ें — दिन की बड़ी खबरें सीधे फ़ोन पर", "promo"),
    # te (f29): the tags label with a zero-width non-joiner, the reading time, a live page's labels
    ("te", "ట్యాగ్\u200cలు: వర్షాలు హైదరాబాద్ వాతావరణం", "tags"),
    ("te", "5 నిమిషాల్లో చదవొచ్చు", "byline"),
    ("te", "ఎన్నికలకు సంబంధించిన మరిన్ని వార్తలు", "related"),
    ("te", "పిన్ చేసిన పోస్ట్", "live"),
    # web-common: font-size buttons largest first
    ("hi", "Font Size: A+ A A-", "toolbar"),
]

KEPT = [
    # advice to the story's people, an institution's channel, an app's update, reported speech
    ("hi", "किसान मौसम अलर्ट पाने के लिए ऐप में सब्सक्राइब बटन पर क्लिक करें।"),
    ("hi", "मौसम विभाग ने कहा कि लोग हर अपडेट के लिए विभाग का ऐप डाउनलोड करें।"),
    ("hi", "डाक विभाग का ऐप अब नए रूप में, अभी अपडेट करें"),
    ("hi", "वीडियो: घटना का वीडियो सोशल मीडिया पर वायरल हो गया। पुलिस ने जांच शुरू कर दी है।"),
    ("ur", "جعلی خبروں سے بچنے کے لیے صرف سرکاری چینل کو فالو کریں۔"),
    ("kn", "ಹೆಚ್ಚಿನ ಮಾಹಿತಿಗಾಗಿ ಇಲಾಖೆಯ ವೆಬ್‌ಸೈಟ್‌ಗೆ ಭೇಟಿ ನೀಡಿ"),
    ("ta", "மழை குறித்த அறிவிப்புகளை பெற அரசின் செயலியை பதிவிறக்கம் செய்யுமாறு ஆட்சியர் கேட்டுக்கொண்டார்."),
    ("ml", "വിവരങ്ങൾക്ക് സർക്കാർ വകുപ്പിന്റെ ആപ്പ് ഡൗൺലോഡ് ചെയ്യണമെന്ന് മന്ത്രി പറഞ്ഞു."),
    ("hi", "पत्रकारों ने बताया कि उन्हें कमेंट में लिखने से रोका गया।"),
    ("hi", "ग्रामीणों ने कहा कि सुधार के लिए उन्होंने कई बार शिकायत की।"),
    ("te", "ముఖ్యాంశాలు"),
    ("hi", "Grade: A+ A"),
    ("hi", "Video: 4K/30p, Full HD 120p"),
]

test_removed, test_kept = chrome_form_tests(None, CHROME, KEPT)


def test_the_read_here_pointer_goes_between_paragraphs_but_a_sentence_about_reading_stays() -> None:
    assert_kept_between("hi", PARA_HI, ["छात्रों से कहा गया कि वे परीक्षा के नियम यहां पढ़ें।",
                                        "पाठकों ने इस खबर पर अपनी राय दी और कई लोगों ने इसे साझा किया।"])


BILINGUAL = [("ta", "அதிகம் வாசித்தவை Most Read", "related"),
             ("hi", "सबसे ज्यादा पढ़ी गई Most Read", "related"),
             ("ml", "ഏറ്റവും പുതിയ Latest News", "related"),
             ("hi", "Latest News ताज़ा खबरें", "related")]
BILINGUAL_KEPT = [("hi", "राहुल गांधी Congress"), ("hi", "मोदी ने कहा Thank You"), ("hi", "बजट 2025 Highlights"),
                  ("hi", "इस साल की सबसे ज्यादा पढ़ी गई किताब Most Read"),  # seven words: no label
                  ("hi", "Most Read खबरें पढ़ने के लिए यहां आएं।")]



@pytest.mark.parametrize(("prof", "line", "reason"), BILINGUAL)
def test_a_label_written_twice_takes_the_english_halfs_reason(prof: str, line: str, reason: str) -> None:
    # (in the line stage, after the lexicon's lookup: chrome_reasons is the lookup alone)
    assert clean_lines([PARA_HI, line, PARA_HI], load_profile(prof))[1] == reason, line


@pytest.mark.parametrize(("prof", "line"), BILINGUAL_KEPT)
def test_a_line_in_two_scripts_that_is_no_label_stays(prof: str, line: str) -> None:
    assert clean_lines([PARA_HI, line, PARA_HI], load_profile(prof))[1] is None, line
