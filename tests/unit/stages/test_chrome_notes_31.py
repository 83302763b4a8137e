"""Issue 13, session 31: a note that is a whole line goes whole.

The chrome stage cuts a chrome sentence from the edge of a kept line and keeps the rest. On a note of two sentences
that kept half the note: "(इस खबर के कुछ अंश एजेंसी इनपुट पर आधारित हैं। प्रभात संवाद ने इन्हें संपादित नहीं किया है।)" lost its
first sentence and its second stayed as text; so did the second sentence of "डिस्क्लेमर: … । …"
(``benchmarks/bench_page_lines.py``: 24 such lines in 17 TUNE families, in eight languages). A note in brackets is one
unit, and so is a line a disclaimer's label opens: either goes whole. A paragraph that only ends in a note still loses
the note alone, and a caption after a photo credit stays.

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines

ARTICLE = [
    "रीवा : जिले के गेहूं खरीद केंद्रों पर मंगलवार को सुबह से ही ट्रैक्टर-ट्रॉलियों की लंबी कतारें लगी रहीं। कई किसानों "
    "ने बताया कि वे दो दिन से अपनी बारी का इंतजार कर रहे हैं और रात भी केंद्र पर ही गुजारनी पड़ी।",
    "खाद्य विभाग के अधिकारियों ने कहा कि बारदाने की कमी के कारण तौल में देरी हुई है। बुधवार तक नया बारदाना पहुंचने के "
    "बाद हर केंद्र पर दो अतिरिक्त कांटे लगाए जाएंगे।",
]


Cuts = dict[int, list[tuple[str, str]]]


def _clean(lines: list[str], profile: str = "hi") -> tuple[list[str], list[str | None], Cuts]:
    lines = list(lines)
    cuts: Cuts = {}
    reasons = clean_lines(lines, load_profile(profile), cuts=cuts)
    return lines, reasons, cuts


def test_a_note_in_brackets_goes_whole() -> None:
    note = ("(इस खबर के कुछ अंश एजेंसी इनपुट पर आधारित हैं। विंध्य समाचार ने इनमें शीर्षक के अलावा कोई बदलाव नहीं "
            "किया है।)")
    _, reasons, cuts = _clean([*ARTICLE, note])
    assert reasons[2] == "disclaimer"
    assert 2 not in cuts
    assert reasons[:2] == [None, None]


def test_a_line_a_disclaimers_label_opens_goes_whole() -> None:
    note = ("डिस्क्लेमर: यह लेख केवल सामान्य जानकारी के लिए है। किसी भी बीमारी के लक्षण दिखने पर अपने डॉक्टर से सलाह "
            "जरूर लें।")
    _, reasons, cuts = _clean([*ARTICLE, note])
    assert reasons[2] == "disclaimer"
    assert 2 not in cuts


def test_the_same_in_gujarati_and_urdu() -> None:
    gu = ("ડિસ્ક્લેમર: આ લેખમાં આપેલી માહિતી માત્ર સામાન્ય જાણકારી માટે છે. કોઈ પણ ઉપાય અપનાવતાં પહેલાં નિષ્ણાતની "
          "સલાહ અવશ્ય લો.")
    gu_body = ["રાજકોટ : શહેરમાં છેલ્લા એક અઠવાડિયામાં ડેન્ગ્યુના નવા કેસ નોંધાતા આરોગ્ય વિભાગે ઘરે ઘરે સર્વે શરૂ કર્યો છે. "
               "વિભાગે લોકોને પાણી ભરેલાં વાસણો ખાલી કરવા અપીલ કરી છે."]
    assert _clean([*gu_body, gu], "gu")[1][1] == "disclaimer"
    ur = ("(یہ خبر ایجنسی کی فیڈ سے شائع کی گئی ہے۔ آئینہ اردو نے سرخی کے علاوہ اس میں کوئی تبدیلی نہیں کی۔)")
    ur_body = ["لاہور : محکمہ موسمیات کے مطابق آئندہ تین دنوں میں صوبے کے بیشتر علاقوں میں شدید گرمی کا امکان ہے۔ "
               "شہریوں کو دوپہر کے اوقات میں غیر ضروری طور پر گھروں سے نہ نکلنے کا مشورہ دیا گیا ہے۔"]
    assert _clean([*ur_body, ur], "ur")[1][1] == "disclaimer"


def test_a_paragraph_that_ends_in_a_note_keeps_its_text() -> None:
    para = ARTICLE[1] + " (इस खबर के कुछ अंश एजेंसी इनपुट पर आधारित हैं।)"
    lines, reasons, cuts = _clean([ARTICLE[0], para])
    assert reasons[1] is None
    assert lines[1] == ARTICLE[1]
    assert cuts[1][0][0] == "disclaimer"


def test_a_paragraph_in_brackets_that_is_no_note_stays() -> None:
    """Brackets around text whose first sentence is no chrome: nothing is cut, nothing removed."""
    aside = ("(किसान संघ के जिला अध्यक्ष ने बताया कि पिछले साल भी यही हालात थे। तब प्रशासन ने तीन दिन में व्यवस्था "
             "सुधारने का वादा किया था।)")
    lines, reasons, cuts = _clean([*ARTICLE, aside])
    assert reasons[2] is None
    assert lines[2] == aside
    assert 2 not in cuts


def test_a_label_that_is_no_disclaimer_does_not_take_the_line() -> None:
    """Only a disclaimer's label scopes its line: after a photo credit the caption is the page's text."""
    caption = "फोटो : विंध्य समाचार। खरीद केंद्र पर तौल का इंतजार करते किसान और उनकी ट्रैक्टर-ट्रॉलियां।"
    lines, reasons, _ = _clean([*ARTICLE, caption])
    assert reasons[2] is None
    assert "तौल का इंतजार करते किसान" in lines[2]
