"""Session 36 (issue 13): small page controls the Indic profiles lacked, seen on blind-written TUNE families — a poll's
results button (f18 ml, f23 ur/en, f24 hi, f42 hi, f10 ta, f11 te) under its own reason, Tamil comment-section calls
(f10, f35, f52), a Tamil and Telugu read-the-whole-story call and font-size control (f10, f11), Jetpack's Gujarati
like label and a site-on-WhatsApp promo (f30, f54), a Kannada channel follow button (f66), a Malayalam author box label
and older-updates button (f60, f32), a Punjabi Blogger theme's labels (f77). Text written for this test."""

from __future__ import annotations

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reasons, clean_lines

GO = {
    "web-common": [("poll_results", "View Result"), ("poll_results", "See results")],
    "hi": [("poll_results", "परिणाम देखें"), ("poll_results", "नतीजे देखें")],
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
           ("navigation", "ਖ਼ਬਰਾਂ ਖੋਜੋ")],
}

STAY = {
    "hi": ["परिणाम देखने के लिए छात्र बोर्ड की आधिकारिक वेबसाइट पर जाएं।"],
    "ta": ["இந்த விவகாரத்தில் பொதுமக்கள் தங்கள் கருத்தை பதிவு செய்தனர்.",
           "தேர்வு முடிவுகளைக் காண மாணவர்கள் காலை முதல் பள்ளிகளில் காத்திருந்தனர்."],
    "gu": ["સરકારી સેવાઓના દાખલા હવે WhatsApp પર મળશે.", "મોટા ભાગના યુવાનો હવે WhatsApp પર જ સમાચાર વાંચે છે."],
    "kn": ["ಸರ್ಕಾರದ ಮಾಹಿತಿಗಾಗಿ ಇಲಾಖೆಯ ಚಾನೆಲ್ ಫಾಲೋ ಮಾಡಿ ಎಂದು ಜಿಲ್ಲಾಧಿಕಾರಿ ಮನವಿ ಮಾಡಿದರು."],
    "pa": ["ਮੁੱਖ ਮੰਤਰੀ ਨੇ ਇਸ ਮਾਮਲੇ 'ਤੇ ਕੋਈ ਟਿੱਪਣੀ ਨਹੀਂ ਕੀਤੀ।", "ਪੁਲਿਸ ਨੂੰ ਇਸ ਸਵਾਲ ਦਾ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਸੁੱਝਿਆ।"],
}


@pytest.mark.parametrize("lang", sorted(GO))
def test_the_page_controls_go(lang: str) -> None:
    lines = [line for _, line in GO[lang]]
    assert chrome_reasons(lines, load_profile(lang)) == [reason for reason, _ in GO[lang]]


@pytest.mark.parametrize("lang", sorted(STAY))
def test_the_same_words_in_a_storys_sentence_stay(lang: str) -> None:
    assert chrome_reasons(STAY[lang], load_profile(lang)) == [None] * len(STAY[lang])


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
