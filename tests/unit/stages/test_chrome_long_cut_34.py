"""Issue 13, session 34: a line that a long rule takes whole (a newsletter pitch of several sentences, longer than the
lexicon reads) is removed whole. The edge cut ran after the long rules and took only the pitch's closing call, which the
lexicon knows as a sentence, and kept the rest: the rest, re-read by the lexicon alone, is too long for it. Every line
here is written for this test."""

from __future__ import annotations

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines

HI = load_profile("hi")
P1 = ("नगर निगम ने शहर की चौदह सड़कों की मरम्मत के लिए तीन करोड़ रुपये का टेंडर जारी किया है। काम बरसात से पहले पूरा "
      "करने का लक्ष्य रखा गया है और ठेकेदारों को रोज की प्रगति रिपोर्ट देनी होगी।")
P2 = ("नगर आयुक्त ने कहा कि हर हफ्ते काम की समीक्षा होगी और देरी पर जुर्माना लगेगा। शिकायतों के लिए एक हेल्पलाइन नंबर "
      "भी जारी किया गया है, जिस पर सुबह आठ से रात आठ बजे तक फोन किया जा सकता है।")
PITCH = ("खेती-किसानी से जुड़े नियम, मंडी के भाव और बीज-खाद की कीमतें हर हफ्ते बदलती हैं और हर बदलाव का असर आपकी फसल "
         "पर पड़ता है। 'खेत-खलिहान' न्यूज़लेटर में हमारी कृषि टीम हर शनिवार आसान भाषा में बताती है कि क्या बदला, आपको "
         "क्या करना है और किन तारीखों को याद रखना है। एक क्लिक में मुफ्त सदस्यता लें, कभी भी अनसब्सक्राइब करें।")


def test_a_pitch_a_long_rule_takes_goes_whole():
    lines = ["होम", "शहर", "सड़कों की मरम्मत पर तीन करोड़ खर्च करेगा नगर निगम", P1, P2, "विज्ञापन", PITCH, "शेयर करें"]
    cuts: dict[int, list[tuple[str, str]]] = {}
    work = list(lines)
    reasons = clean_lines(work, HI, cuts=cuts)
    at = lines.index(PITCH)
    assert reasons[at] == "promo"
    assert at not in cuts  # not cut: removed whole
    assert reasons[lines.index(P1)] is None
    assert reasons[lines.index(P2)] is None


def test_a_paragraph_that_ends_in_a_call_is_still_cut():
    # a story's paragraph with the site's call glued to its end: the call goes, the paragraph stays
    glued = P2 + " ताज़ा खबरों के लिए हमारे व्हाट्सएप चैनल से जुड़ें।"
    lines = ["होम", "शहर", "सड़कों की मरम्मत पर तीन करोड़ खर्च करेगा नगर निगम", P1, glued, "विज्ञापन", "शेयर करें"]
    cuts: dict[int, list[tuple[str, str]]] = {}
    work = list(lines)
    reasons = clean_lines(work, HI, cuts=cuts)
    at = lines.index(glued)
    assert reasons[at] is None
    assert work[at] == P2
    assert at in cuts
