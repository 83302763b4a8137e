"""Issue 13, session 38: a site's footer stacks its blurbs — a shop's promo, a newsletter's pitch, the "about us" —
each a line of sentences longer than ``max_words`` (40) words, on every page. Only the page's last long line was keyed
(session 31), so the blurbs above it stayed on every page (a blind-written lifestyle magazine, f90, kept its pitch and
its shop promo on all six pages). Now, on a page that ends in short lines (a footer's), the page's last long lines are
keyed, up to ``BLURB_LINES``, up to the first that is no blurb; like every repeated sentence they go only below the
page's own text.

Every line here is written for this test."""

from __future__ import annotations

from shuddh.document import Document
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.clean.repeats import BLURB_LINES, ChromeRepeatsStage

SITE = "https://sakhi-patrika.example.in/kahani/"
MENU = ["होम", "सेहत", "रसोई", "करियर", "पैसा"]
SHOP = ("सखी स्टोर पर मिलते हैं गांवों की महिला कारीगरों के हाथ से बने दुपट्टे, पीतल के बर्तन, मिट्टी के दीये और हमारी "
        "पत्रिका के पुराने अंक। हर ख़रीद का बड़ा हिस्सा सीधे उन कारीगर बहनों तक पहुंचता है, जिनकी कहानियां आप हमारी "
        "पत्रिका में पढ़ती हैं, और बाकी पैसा नए समूह जोड़ने में लगता है।")
PITCH = ("हर रविवार सुबह हम आपके इनबॉक्स में भेजते हैं हफ्ते की वो चुनी हुई कहानियां जो शायद आपसे छूट गईं, सेहत की "
         "भरोसेमंद सलाह, पैसे बचाने के आसान तरीके और पाठकों के सवालों के जवाब। सब्सक्राइब करने के लिए नीचे अपना ईमेल "
         "लिखें, यह बिल्कुल मुफ्त है और आप कभी भी इसे बंद कर सकती हैं।")
ABOUT = ("सखी पत्रिका 2015 से हिंदी में महिलाओं की ज़िंदगी, काम, सेहत और पैसे की कहानियां कहती है। हमारी टीम में बीस से "
         "ज़्यादा पत्रकार और लेखिकाएं हैं, जो छोटे शहरों और गांवों से रिपोर्ट करती हैं। हम किसी ब्रांड का प्रचार पैसे "
         "लेकर संपादकीय सामग्री में नहीं करते।")
STORIES = [
    (f"{place} की महिलाओं का {thing} समूह: {n} परिवारों की कमाई का नया ज़रिया",
     f"{place} ज़िले के {n} गांवों की महिलाओं ने मिलकर {thing} का एक समूह बनाया है, जो अब हर महीने लाखों रुपये का "
     f"सामान बेचता है। समूह की अध्यक्ष बताती हैं कि शुरुआत में उनके पास सिर्फ़ दो मशीनें थीं और कच्चा माल उधार लेना "
     f"पड़ता था।",
     f"आज समूह का सामान {city} और आसपास के शहरों की दुकानों तक पहुंचता है। मुनाफ़े का एक हिस्सा सदस्यों के बच्चों की "
     f"पढ़ाई पर खर्च होता है और बाकी से नई मशीनें ख़रीदी जाती हैं, ताकि और महिलाएं जुड़ सकें।")
    for place, thing, n, city in [("मंडला", "बांस की टोकरियों", 40, "जबलपुर"), ("बाड़मेर", "कशीदाकारी", 55, "जोधपुर"),
                                  ("सीतापुर", "दरी बुनाई", 32, "लखनऊ"), ("कोरापुट", "मिट्टी के बर्तनों", 28, "भुवनेश्वर"),
                                  ("चंबा", "रुमाल कढ़ाई", 47, "शिमला"), ("धमतरी", "अचार-पापड़", 60, "रायपुर")]
]


def _docs(footer: list[str]) -> list[Document]:
    return [Document(id=f"p{i}", text="\n".join([*MENU, h, p1, p2, *footer, "© 2026 सखी पत्रिका"]), source="t",
                     url=f"{SITE}{i}") for i, (h, p1, p2) in enumerate(STORIES)]


def _removed(docs: list[Document]) -> list[set[str]]:
    ctx = StageContext(StageStats("t"))
    out = []
    for d, remove in zip(docs, ChromeRepeatsStage().in_memory([(d, ctx) for d in docs]), strict=True):
        lines = d.text.split("\n")
        out.append({lines[i] for i in remove})
    return out


def test_the_blurbs_a_footer_stacks_all_go() -> None:
    assert all(len(b.split()) > 40 for b in (SHOP, PITCH, ABOUT))
    assert BLURB_LINES >= 3
    docs = _docs([SHOP, "पूरा स्टोर देखें", PITCH, "सब्सक्राइब करें", "हमारे बारे में", ABOUT])
    for (h, p1, p2), gone in zip(STORIES, _removed(docs), strict=True):
        assert {SHOP, PITCH, ABOUT} <= gone, gone
        assert not gone & {h, p1, p2}


def test_a_blurb_above_the_pages_last_paragraph_stays() -> None:
    """The same long line above the article's last paragraph is above the page's own text: it stays."""
    docs = [Document(id=f"p{i}", text="\n".join([*MENU, h, p1, PITCH, p2, ABOUT, "© 2026 सखी पत्रिका"]), source="t",
                     url=f"{SITE}{i}") for i, (h, p1, p2) in enumerate(STORIES)]
    for gone in _removed(docs):
        assert PITCH not in gone
        assert ABOUT in gone
