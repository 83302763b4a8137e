"""Session 35 (issue 13): a Tamil dateline with the Tamil calendar's date, a Tamil gallery box's plural label, and a
Marathi messaging-group call closed by "सामील व्हा" (blind-written TUNE families f71 and f69). Text written for this
test."""

from __future__ import annotations

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reasons


def test_a_tamil_dateline_with_the_tamil_calendar_goes() -> None:
    ta = load_profile("ta")
    out = chrome_reasons(["வியாழன், நவம்பர் 14, 2024 | கார்த்திகை 1, குரோதி",
                          "ஞாயிறு, 17 நவம்பர் 2024 / கார்த்திகை 2",
                          "மேலும் போட்டோ கேலரிகள்"], ta)
    assert out == ["byline", "byline", "related"]


def test_a_tamil_month_in_a_sentence_stays() -> None:
    ta = load_profile("ta")
    out = chrome_reasons(["ஐப்பசி 27 அன்று தீபாவளி கொண்டாடப்பட்டது.",
                          "கார்த்திகை 1 முதல் ஐயப்ப பக்தர்கள் மாலை அணிந்து விரதம் தொடங்குவார்கள்.",
                          "வியாழன், நவம்பர் 14 அன்று கார்த்திகை 1 பிறந்ததால் கோயில்களில் சிறப்பு பூஜை நடைபெற்றது."], ta)
    assert out == [None, None, None]


def test_a_marathi_group_call_closed_by_samil_vha_goes() -> None:
    mr = load_profile("mr")
    out = chrome_reasons([
        "कांदा आणि सोयाबीनचे ताजे दर सर्वात आधी मिळवण्यासाठी आमच्या व्हॉट्सॲप आणि टेलिग्राम ग्रुपमध्ये सामील व्हा.",
        "शेतीविषयक सल्ला रोज मिळवण्यासाठी आमच्या ग्रुपमध्ये आजच जॉईन व्हा!",
    ], mr)
    assert out == ["promo", "promo"]


def test_a_marathi_call_in_a_story_stays() -> None:
    mr = load_profile("mr")
    out = chrome_reasons([
        "आंदोलनाची माहिती मिळवण्यासाठी संघटनेच्या व्हॉट्सॲप ग्रुपमध्ये सामील व्हा, असे आवाहन संघटनेने केले.",
        "अधिक माहितीसाठी शेतकऱ्यांनी आमच्या गटात सामील व्हावे, असे अध्यक्षांनी सांगितले.",
        "पीक विम्याची माहिती मिळवण्यासाठी कृषी विभागाच्या व्हॉट्सॲप ग्रुपमध्ये सामील व्हा.",
    ], mr)
    assert out == [None, None, None]
