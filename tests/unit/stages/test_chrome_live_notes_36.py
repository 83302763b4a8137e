"""Session 36 (issue 13): a live page's own notes (its update counter, the call to refresh it, the note that it updates
itself, its load-more and share-this-update buttons) in the languages whose profiles lacked them, seen on blind-written
TUNE families (f9 gu, f10 ta, f11 te, f15 / f44 mr, f58 pa, f66 kn, f67 hi); the same words in a story's sentence
stay. Text written for this test."""

from __future__ import annotations

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reasons

GO = {
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
    "te": [("live", "మరిన్ని అప్‌డేట్స్ లోడ్ చేయండి"), ("live", "కొత్త అప్‌డేట్లు చూడండి")],
    "pa": [("share", "ਇਸ ਅਪਡੇਟ ਨੂੰ ਸਾਂਝਾ ਕਰੋ"), ("share", "ਇਸ ਖ਼ਬਰ ਨੂੰ ਸਾਂਝਾ ਕਰੋ: WhatsApp Facebook")],
}

STAY = {
    "hi": ["सर्वर धीमा हो तो घबराएं नहीं, कुछ देर बाद इस पेज को रिफ्रेश करें।",
           "आयोग ने कहा कि नतीजों के हर अपडेट के लिए इस पेज को रिफ्रेश करते रहें।"],
    "mr": ["ही माहिती सतत अपडेट होत आहे, असे आपत्ती व्यवस्थापन विभागाने सांगितले.",
           "गेल्या आठवड्यात ॲपचे 10 अपडेट्स आले, पण तक्रारी कमी झाल्या नाहीत."],
    "gu": ["પરિણામ બોર્ડની વેબસાઇટ પર આપમેળે અપડેટ થશે, તેમ અધિકારીએ જણાવ્યું.",
           "જો પેજ આપમેળે રિફ્રેશ ન થાય તો બ્રાઉઝર બંધ કરીને ફરી ખોલો."],
    "ta": ["கூடுதல் விளக்கம் அளித்தால், அது இதே பக்கத்தில் புதுப்பிக்கப்படும் என்று நிர்வாகம் தெரிவித்தது.",
           "இந்தப் பக்கம் தானாகவே புதுப்பிக்கப்படும் என்று நினைத்த பயனர்கள் ஏமாற்றம் அடைந்தனர்."],
    "kn": ["ಫಲಿತಾಂಶ ವೆಬ್‌ಸೈಟ್‌ನಲ್ಲಿ ತಾನಾಗಿಯೇ ಅಪ್‌ಡೇಟ್ ಆಗುತ್ತದೆ ಎಂದು ಮಂಡಳಿ ತಿಳಿಸಿದೆ."],
    "te": ["కొత్త అప్‌డేట్లు వచ్చినప్పుడు ఫోన్‌లో నోటిఫికేషన్ వస్తుందని కంపెనీ తెలిపింది."],
    "pa": ["ਪੁਲਿਸ ਨੇ ਕਿਹਾ ਕਿ ਇਸ ਜਾਣਕਾਰੀ ਨੂੰ ਸਾਂਝਾ ਕਰੋ ਤਾਂ ਜੋ ਬੱਚਾ ਜਲਦੀ ਮਿਲ ਸਕੇ।"],
}


@pytest.mark.parametrize("lang", sorted(GO))
def test_a_live_pages_own_notes_go(lang: str) -> None:
    lines = [line for _, line in GO[lang]]
    assert chrome_reasons(lines, load_profile(lang)) == [reason for reason, _ in GO[lang]]


@pytest.mark.parametrize("lang", sorted(STAY))
def test_the_same_words_in_a_storys_sentence_stay(lang: str) -> None:
    assert chrome_reasons(STAY[lang], load_profile(lang)) == [None] * len(STAY[lang])
