"""Session 36: FineWeb-2's Tamil stop-word list is thin on news prose (4 of the 24 Tamil TUNE pages of the
blind-written families held exactly the 2 distinct stop words Gopher's rule needs). The closed-class words it lacks
(pronouns, the demonstrative "அந்த" and its sandhi forms, conjunctions, postpositions) now count, so a short report
written with them is kept. Text written for this test."""

from __future__ import annotations

from shuddh.document import Document, Dropped
from shuddh.lang.profile import load_profile
from tests.unit.quality.test_tamil_sandhi_stopwords_35 import _run

# a highway closure report whose function words are all outside FW2's list: "அந்தப்", "ஆனால்", "அவர்கள்", "மூலம்",
# "வரை"
STORY = "\n".join([
    "கடும் பனிப்பொழிவு காரணமாக ஸ்ரீநகர் – லே நெடுஞ்சாலை நேற்று மூடப்பட்டது.",
    "அந்தப் பாதையில் சிக்கிய 200 வாகனங்களை ராணுவ வீரர்கள் மீட்டனர்.",
    "ஆனால் சோஜிலா கணவாய் பகுதியில் பனி அகற்றும் பணி தொடர்கிறது.",
    "பயணிகள் அவர்கள் தங்கியிருந்த முகாம்களில் இருந்தே காத்திருக்க அறிவுறுத்தப்பட்டனர்.",
    "எல்லைச் சாலைகள் அமைப்பு இயந்திரங்கள் மூலம் பாதையைச் சீரமைத்து வருகிறது.",
    "வானிலை சீரடையும் வரை போக்குவரத்து அனுமதிக்கப்படாது என்று மாவட்ட நிர்வாகம் தெரிவித்தது.",
])


def test_the_closed_class_words_count() -> None:
    assert {"அந்தப்", "ஆனால்", "அவர்கள்", "மூலம்", "வரை"} <= load_profile("ta").stopwords
    out = _run("\n".join([STORY.replace(" என்று", "")] * 2))  # (Gopher's 50 words at least)
    assert isinstance(out, Document)
    assert out.metadata["signals"]["stopwords"] >= 5


def test_a_text_without_function_words_is_still_dropped() -> None:
    text = "\n".join(["கடும் பனிப்பொழிவு காரணமாக ஸ்ரீநகர் – லே நெடுஞ்சாலை நேற்று மூடப்பட்டது.",
                      "பாதையில் சிக்கிய 200 வாகனங்களை ராணுவ வீரர்கள் மீட்டனர்.",
                      "சோஜிலா கணவாய் பகுதியில் பனி அகற்றும் பணி தொடர்கிறது.",
                      "பயணிகள் முகாம்களில் காத்திருக்க அறிவுறுத்தப்பட்டனர்.",
                      "எல்லைச் சாலைகள் அமைப்பு இயந்திரங்களால் பாதையைச் சீரமைத்து வருகிறது.",
                      "வானிலை சீரடையாவிட்டால் போக்குவரத்து அனுமதிக்கப்படாது; மாவட்ட நிர்வாகம் தெரிவித்தது."] * 2)
    out = _run(text)
    assert isinstance(out, Dropped)
    assert out.reason == "quality.gopher.stopwords"
