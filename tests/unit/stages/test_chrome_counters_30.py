"""Issue 13, session 30: a theme's social counter widget ("86K Followers Follow", one line per network), in every
profile (web-common); a count in a sentence stays. Every line here is written for this test."""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reasons

COUNTERS = ["86K Followers Follow", "5.1L Subscribers Subscribe", "41K Members Join", "১,২৮,৪০০ Fans Like",
            "१२,४०० Followers Follow", "1.2M Likes Like"]
STORY = ["The channel has 5.1 lakh subscribers and 86K followers on X.",
         "86K followers follow the page every day",
         "पेज के 86 हजार फॉलोअर्स हैं।"]


@pytest.mark.parametrize("profile", ["hi", "bn", "ta", "ur", "web-common"])
def test_social_counters_go_and_counts_in_sentences_stay(profile: str) -> None:
    got = chrome_reasons(COUNTERS + STORY, load_profile(profile))
    assert got[:len(COUNTERS)] == ["share"] * len(COUNTERS)
    assert got[len(COUNTERS):] == [None] * len(STORY)
