"""A weather report's sentence with one temperature is kept in every language; a weather strip still goes (issue 13,
session 32). The weather-strip patterns of web-common knew the verbs, postpositions and "today" of hi, ur, bn, gu and
English only: a Tamil, Telugu, Kannada, Malayalam or Odia report ("சென்னையில் இன்று 35° வெப்பம் பதிவானது", "Chennai
recorded 35° heat on Monday") was removed as `ticker`. A place in a locative case (-இல், -లో, -ನಲ್ಲಿ, -ിൽ, -ରେ), a word
for "today", a verb of recording or an English preposition now marks the line as a sentence."""

from __future__ import annotations

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reasons

REPORTS = [
    ("ta", "சென்னையில் இன்று 35° வெப்பம் பதிவானது"),
    ("ta", "மதுரையில் 41° வெயில் கொளுத்தியது"),
    ("te", "హైదరాబాద్‌లో ఈరోజు 38° ఉష్ణోగ్రత నమోదైంది"),
    ("te", "విజయవాడలో 42° ఎండ తీవ్రత"),
    ("kn", "ಬೆಂಗಳೂರಿನಲ್ಲಿ ಇಂದು 32° ತಾಪಮಾನ ದಾಖಲಾಗಿದೆ"),
    ("kn", "ಕಲಬುರಗಿಯಲ್ಲಿ 43° ಬಿಸಿಲು"),
    ("ml", "കൊച്ചിയിൽ ഇന്ന് 34° ചൂട് രേഖപ്പെടുത്തി"),
    ("ml", "പാലക്കാട്ടിൽ 39° ചൂട്"),
    ("or", "ଭୁବନେଶ୍ୱରରେ ଆଜି 39° ତାପମାତ୍ରା ରେକର୍ଡ ହୋଇଛି"),
    ("pa", "ਲੁਧਿਆਣਾ ਅੱਜ 40° ਤਾਪਮਾਨ ਦਰਜ"),
    ("web-common", "Chennai recorded 35° heat on Monday"),
    ("web-common", "Delhi 45° in the shade as the heatwave continues"),
]

STRIPS = [
    ("ta", "மதுரை 36° வெயில்"),
    ("te", "హైదరాబాద్ 31° ఎండ"),
    ("kn", "ಬೆಂಗಳೂರು 27° ಮೋಡ"),
    ("ml", "കൊച്ചി 31° മഴ"),
    ("or", "ଭୁବନେଶ୍ୱର 33° ମେଘୁଆ"),
    ("hi", "रोहतक 32°C आंशिक रूप से बादल"),
    ("bn", "কলকাতা 34°C | আর্দ্রতা 78%"),
    ("web-common", "Pune 33°C | Humidity 70%"),
]


@pytest.mark.parametrize(("profile", "line"), REPORTS)
def test_a_weather_report_sentence_is_kept(profile: str, line: str) -> None:
    assert chrome_reasons([line], load_profile(profile)) == [None]


@pytest.mark.parametrize(("profile", "line"), STRIPS)
def test_a_weather_strip_still_goes(profile: str, line: str) -> None:
    assert chrome_reasons([line], load_profile(profile)) == ["ticker"]
