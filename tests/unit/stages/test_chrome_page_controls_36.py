"""Session 36 (issue 13): page controls the Indic profiles lacked, seen on blind-written TUNE families.

* A live page's own notes (its update counter, the call to refresh it, the note that it updates itself, its load-more
  and share-this-update buttons): f9 gu, f10 ta, f11 te, f15 / f44 mr, f58 pa, f66 kn, f67 hi.
* A poll's results button (f18 ml, f23 ur/en, f24 hi, f42 hi, f10 ta, f11 te) under its own reason, Tamil
  comment-section calls (f10, f35, f52), a Tamil and Telugu read-the-whole-story call and font-size control (f10,
  f11), Jetpack's Gujarati like label and a site-on-WhatsApp promo (f30, f54), a Kannada channel follow button (f66),
  a Malayalam author box label and older-updates button (f60, f32), a Punjabi Blogger theme's labels (f77).

The same words in a story's sentence stay. Text written for this test."""

from __future__ import annotations

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reasons, clean_lines

LIVE_GO = {
    "hi": [("live", "चुनाव नतीजों से जुड़े हर ताजा अपडेट के लिए इस पेज को रिफ्रेश करते रहें।"),
           ("live", "और अपडेट पढ़ें")],
    "mr": [("live", "14 अपडेट्स"), ("live", "एकूण अपडेट्स : 12"), ("live", "एकूण 6 नवीन अपडेट्स"),
           ("live", "लाइव्ह ही पोस्ट सतत अपडेट होत आहे"), ("live", "हे पेज आपोआप अपडेट होत राहील.")],
    "gu": [("live", "તાજા અપડેટ્સ માટે પેજ આપમેળે રિફ્રેશ થશે"), ("live", "કુલ 11 અપડેટ્સ"),
           ("live", "આ પેજ સતત અપડેટ થઈ રહ્યું છે")],
    "ta": [("live", "சமீபத்திய அப்டேட்களைப் பெற பக்கத்தை புதுப்பிக்கவும்"),
           ("live", "இந்தப் பக்கம் ஒவ்வொரு 2 நிமிடத்துக்கும் தானாகவே புதுப்பிக்கப்படும்."),
           ("live", "மொத்தம் 9 அப்டேட்ஸ்"), ("live", "மேலும் அப்டேட்களை ஏற்றவும்")],
    "kn": [("live", "ಈ ಪುಟ ಪ್ರತಿ 5 ನಿಮಿಷಕ್ಕೆ ತಾನಾಗಿಯೇ ಅಪ್‌ಡೇಟ್ ಆಗುತ್ತದೆ."), ("live", "ಒಟ್ಟು 7 ಅಪ್‌ಡೇಟ್‌ಗಳು"),
           ("live", "ಹೊಸ ಅಪ್‌ಡೇಟ್‌ಗಳಿಗಾಗಿ ಪುಟವನ್ನು ರಿಫ್ರೆಶ್ ಮಾಡಿ")],
    "te": [("live", "మరిన్ని అప్‌డేట్స్ లోడ్ చేయండి"), ("live", "కొత్త అప్‌డేట్లు చూడండి"),
           ("live", "ఈ పేజీ ప్రతి 2 నిమిషాలకు ఆటోమేటిక్‌గా రిఫ్రెష్ అవుతుంది")],
    "pa": [("share", "ਇਸ ਅਪਡੇਟ ਨੂੰ ਸਾਂਝਾ ਕਰੋ"), ("share", "ਇਸ ਖ਼ਬਰ ਨੂੰ ਸਾਂਝਾ ਕਰੋ: WhatsApp Facebook")],
}

LIVE_STAY = {
    "hi": ["सर्वर धीमा हो तो घबराएं नहीं, कुछ देर बाद इस पेज को रिफ्रेश करें।",
           "आयोग ने कहा कि नतीजों के हर अपडेट के लिए इस पेज को रिफ्रेश करते रहें।"],
    "mr": ["ही माहिती सतत अपडेट होत आहे, असे आपत्ती व्यवस्थापन विभागाने सांगितले.",
           "गेल्या आठवड्यात ॲपचे 10 अपडेट्स आले, पण तक्रारी कमी झाल्या नाहीत."],
    "gu": ["પરિણામ બોર્ડની વેબસાઇટ પર આપમેળે અપડેટ થશે, તેમ અધિકારીએ જણાવ્યું.",
           "જો પેજ આપમેળે રિફ્રેશ ન થાય તો બ્રાઉઝર બંધ કરીને ફરી ખોલો."],
    "ta": ["கூடுதல் விளக்கம் அளித்தால், அது இதே பக்கத்தில் புதுப்பிக்கப்படும் என்று நிர்வாகம் தெரிவித்தது.",
           "இந்தப் பக்கம் தானாகவே புதுப்பிக்கப்படும் என்று நினைத்த பயனர்கள் ஏமாற்றம் அடைந்தனர்."],
    "kn": ["ಫಲಿತಾಂಶ ವೆಬ್‌ಸೈಟ್‌ನಲ್ಲಿ ತಾನಾಗಿಯೇ ಅಪ್‌ಡೇಟ್ ಆಗುತ್ತದೆ ಎಂದು ಮಂಡಳಿ ತಿಳಿಸಿದೆ."],
    "te": ["కొత్త అప్‌డేట్లు వచ్చినప్పుడు ఫోన్‌లో నోటిఫికేషన్ వస్తుందని కంపెనీ తెలిపింది.",
           "ఫలితాలు వెబ్‌సైట్‌లో ఆటోమేటిక్‌గా అప్‌డేట్ అవుతాయని బోర్డు తెలిపింది."],
    "pa": ["ਪੁਲਿਸ ਨੇ ਕਿਹਾ ਕਿ ਇਸ ਜਾਣਕਾਰੀ ਨੂੰ ਸਾਂਝਾ ਕਰੋ ਤਾਂ ਜੋ ਬੱਚਾ ਜਲਦੀ ਮਿਲ ਸਕੇ।"],
}

GO = {
    "web-common": [("poll_results", "View Result"), ("poll_results", "See results")],
    "hi": [("poll_results", "परिणाम देखें"), ("poll_results", "नतीजे देखें"),
           # an author box's link and a live blog's closed comments (f73)
           ("related", "सुनील वर्मा की सभी खबरें"), ("related", "सुनील वर्मा के सभी लेख (86)"),
           ("comment_form", "इस लाइव ब्लॉग पर टिप्पणियां बंद हैं।"),
           # a WordPress comment's time stamp with the Hindi month, alone or after the name (f39, f46)
           ("reply", "नवम्बर 14, 2025 at 6:05 pm"), ("reply", "मनोज कुमार सिंह जुलाई 2, 2025 at 10:41 am")],
    "ta": [("comment_form", "உங்கள் கருத்தை பதிவு செய்யுங்கள்"),
           ("comment_form", "உங்கள் கருத்தைப் பதிவு செய்ய உள்நுழையவும்"),
           ("comment_form", "இந்தச் செய்திக்கு முதல் கருத்தைப் பதிவிடுங்கள்."),
           ("poll_results", "முடிவுகளைப் பார்க்க"),
           ("read_more", "முழுச் செய்தியைப் படிக்க இங்கே கிளிக் செய்யவும்"),
           ("share", "எழுத்தின் அளவு: அ- அ அ+")],
    "te": [("poll_results", "ఫలితాలు చూడండి"), ("read_more", "పూర్తి వార్త చదవండి")],
    "ml": [("poll_results", "ഫലങ്ങൾ കാണുക"), ("live", "കൂടുതൽ അപ്‌ഡേറ്റുകൾ ലോഡ് ചെയ്യുക"), ("author", "ലേഖികയെക്കുറിച്ച്")],
    "gu": [("share", "આને લાઇક કરો:"), ("promo", "સૌરાષ્ટ્ર સમાચાર હવે WhatsApp પર"),
           ("promo", "નગર દર્પણ હવે Telegram પર પણ, અત્યારે જ જોડાઓ")],
    "kn": [("promo", "ಚಾನೆಲ್ ಫಾಲೋ ಮಾಡಿ"), ("promo", "ವಾಟ್ಸ್‌ಆ್ಯಪ್ ಚಾನೆಲ್ ಸೇರಿ")],
    # a Blogger theme's labels (f77): a box label in the plural, the empty comment section's heading, reply, search
    "pa": [("read_more", "ਇਹ ਖ਼ਬਰਾਂ ਵੀ ਪੜ੍ਹੋ"), ("comment_form", "ਕੋਈ ਟਿੱਪਣੀ ਨਹੀਂ:"), ("reply", "ਜਵਾਬ"),
           ("navigation", "ਖ਼ਬਰਾਂ ਖੋਜੋ"),
           ("comment_form", "ਕਿਰਪਾ ਕਰਕੇ ਟਿੱਪਣੀ ਕਰਦੇ ਸਮੇਂ ਮਰਿਆਦਾ ਦਾ ਧਿਆਨ ਰੱਖੋ। ਇਸ਼ਤਿਹਾਰੀ ਲਿੰਕਾਂ ਵਾਲੀਆਂ ਟਿੱਪਣੀਆਂ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ "
                            "ਕੀਤੀਆਂ ਜਾਣਗੀਆਂ।")],
}

STAY = {
    "hi": ["परिणाम देखने के लिए छात्र बोर्ड की आधिकारिक वेबसाइट पर जाएं।",
           "अदालत ने कहा कि इस मामले की सभी खबरें प्रकाशित की जा सकती हैं।",
           "आयोग की बैठक नवम्बर 14, 2025 at 6:05 pm पर शुरू होकर देर रात तक चली।"],
    "ta": ["இந்த விவகாரத்தில் பொதுமக்கள் தங்கள் கருத்தை பதிவு செய்தனர்.",
           "தேர்வு முடிவுகளைக் காண மாணவர்கள் காலை முதல் பள்ளிகளில் காத்திருந்தனர்."],
    "gu": ["સરકારી સેવાઓના દાખલા હવે WhatsApp પર મળશે.", "મોટા ભાગના યુવાનો હવે WhatsApp પર જ સમાચાર વાંચે છે."],
    "kn": ["ಸರ್ಕಾರದ ಮಾಹಿತಿಗಾಗಿ ಇಲಾಖೆಯ ಚಾನೆಲ್ ಫಾಲೋ ಮಾಡಿ ಎಂದು ಜಿಲ್ಲಾಧಿಕಾರಿ ಮನವಿ ಮಾಡಿದರು."],
    "pa": ["ਮੁੱਖ ਮੰਤਰੀ ਨੇ ਇਸ ਮਾਮਲੇ 'ਤੇ ਕੋਈ ਟਿੱਪਣੀ ਨਹੀਂ ਕੀਤੀ।", "ਪੁਲਿਸ ਨੂੰ ਇਸ ਸਵਾਲ ਦਾ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਸੁੱਝਿਆ।",
           "ਪੁਲਿਸ ਨੇ ਕਿਹਾ ਕਿ ਸੋਸ਼ਲ ਮੀਡੀਆ ਉੱਤੇ ਟਿੱਪਣੀ ਕਰਦੇ ਸਮੇਂ ਮਰਿਆਦਾ ਦਾ ਧਿਆਨ ਰੱਖੋ, ਨਹੀਂ ਤਾਂ ਕਾਰਵਾਈ ਹੋਵੇਗੀ।"],
}


CASES = [(lang, reasons) for d in (LIVE_GO, GO) for lang, reasons in sorted(d.items())]
KEPT = [(lang, lines) for d in (LIVE_STAY, STAY) for lang, lines in sorted(d.items())]


@pytest.mark.parametrize(("lang", "cases"), CASES)
def test_the_page_controls_go(lang: str, cases: list[tuple[str, str]]) -> None:
    lines = [line for _, line in cases]
    assert chrome_reasons(lines, load_profile(lang)) == [reason for reason, _ in cases]


@pytest.mark.parametrize(("lang", "lines"), KEPT)
def test_the_same_words_in_a_storys_sentence_stay(lang: str, lines: list[str]) -> None:
    assert chrome_reasons(lines, load_profile(lang)) == [None] * len(lines)


STORY = ("तेज बुखार के मामलों में इस बार डेंगू की जांच जल्दी कराने की सलाह दी गई है। जिला अस्पताल के डॉक्टरों ने बताया कि "
         "पिछले दो हफ्तों में ओपीडी में आने वाले मरीजों की संख्या लगभग दोगुनी हो गई है और ज्यादातर मरीज शहर के निचले "
         "इलाकों से आ रहे हैं, जहां बारिश का पानी कई दिनों से जमा है।")


def test_a_question_after_a_polls_results_button_is_the_storys() -> None:
    """The poll box sits inside the story: its label and question go, its results button goes, and the story's own
    sub-head (a question) after the button stays; a question right after the poll's label is still the poll's."""
    lines = [STORY, "आपकी राय", "क्या शहर में फॉगिंग नियमित होनी चाहिए?", "हां नहीं", "परिणाम देखें", "डेंगू के लक्षण क्या हैं?",
             STORY]
    out = clean_lines(lines, load_profile("hi"))
    assert out[1:5] == ["poll", "structure.poll", "poll", "poll_results"]
    assert [out[0], out[5], out[6]] == [None, None, None]
