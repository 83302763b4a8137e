"""Issue 13, session 33: chrome lines longer than ``[chrome] max_words`` (40 words), which the lexicon does not read,
are read by a profile's long rules (``[[chrome.long_rules]]``): a newsletter's pitch, a site's blurb about itself, a
cookie notice, a labelled disclaimer, an embed's consent notice. Blind-written TUNE pages kept 39 such lines of 40+
words (newsletter boxes, "about us" blurbs, disclaimers) and a fresh family more. A long rule reads a line only when
it holds one of its gate literals, and only on a page that shows its site's chrome (two lexicon lines or more: clean
text is not scanned), and each pattern is anchored on the block's own grammar: article paragraphs of the same length
and subject stay.

Every line here is written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from shuddh.errors import ConfigError
from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reasons as _chrome_reasons

#: two chrome lines of the page around the tested line (the long rules read a page that shows its site's chrome)
PAGE = {"hi": ["होम", "विज्ञापन"], "bn": ["হোম", "বিজ্ঞাপন"], "web-common": ["Home", "Advertisement"]}


def chrome_reasons(lines: list[str], profile: object) -> list[str | None]:
    """The reasons of ``lines`` read on a page with two chrome lines above them."""
    around = PAGE[profile.code]  # type: ignore[attr-defined]
    out = _chrome_reasons([*around, *lines], profile)  # type: ignore[arg-type]
    assert all(r is not None for r in out[:len(around)])
    return out[len(around):]

HI_REMOVE = [
    ("promo", "नगर दर्पण का सुबह का न्यूज़लेटर हर दिन सात बजे आपके ईमेल पर पहुंचता है। इसमें शहर और प्रदेश की सबसे जरूरी "
              "खबरें, उनका आसान विश्लेषण, मौसम का हाल और दिनभर के लिए काम की जानकारी एक साथ होती है। इसे पढ़ने में पांच मिनट "
              "लगते हैं। सब्सक्राइब करना पूरी तरह मुफ्त है और आप कभी भी अनसब्सक्राइब कर सकते हैं।"),
    ("promo", "खेती-किसानी से जुड़े नियम, मंडी के भाव और बीज-खाद की कीमतें हर हफ्ते बदलती हैं और हर बदलाव का असर आपकी "
              "फसल पर पड़ता है। 'खेत-खलिहान' न्यूज़लेटर में हमारी कृषि टीम हर शनिवार आसान भाषा में बताती है कि क्या बदला, "
              "आपको क्या करना है और किन तारीखों को याद रखना है। एक क्लिक में मुफ्त सदस्यता लें, कभी भी अनसब्सक्राइब करें।"),
    ("legal", "जनपद वाणी बरेली से संचालित एक स्वतंत्र डिजिटल समाचार मंच है, जो 2018 से बरेली, बदायूं, पीलीभीत और शाहजहांपुर "
              "की स्थानीय खबरें आप तक पहुंचा रहा है। हमारी टीम में बीस से अधिक संवाददाता हैं। हमारा प्रयास है कि गांव-कस्बों "
              "की वे आवाजें भी सामने आएं जिन्हें बड़े मीडिया में जगह नहीं मिलती।"),
    ("legal", "हम और हमारे साझेदार इस साइट को बेहतर बनाने, आपकी पसंद याद रखने, विज्ञापनों को आपके लिए प्रासंगिक बनाने और "
              "ट्रैफिक का विश्लेषण करने के लिए कुकीज़ का इस्तेमाल करते हैं। 'सभी स्वीकार करें' पर क्लिक करके आप इसकी सहमति "
              "देते हैं। आप कभी भी 'कुकी सेटिंग' में जाकर अपनी पसंद बदल सकते हैं और अधिक जानकारी हमारी नीति में पढ़ सकते हैं।"),
    ("disclaimer", "डिस्क्लेमर: इस लेख में दी गई जानकारी सामान्य मान्यताओं, पंचांग और ज्योतिषीय गणनाओं पर आधारित है। किसी भी "
                   "उपाय को अपनाने से पहले संबंधित विशेषज्ञ से सलाह जरूर लें। नगर दर्पण इसकी सत्यता की पुष्टि नहीं करता है और "
                   "इससे होने वाले किसी भी परिणाम के लिए जिम्मेदार नहीं है।"),
    ("disclaimer", "इस लेख में यूट्यूब से मिली सामग्री शामिल है. कुछ भी दिखाने से पहले हम आपकी मंज़ूरी लेते हैं, क्योंकि हो "
                   "सकता है कि वो कुकीज़ और दूसरी तकनीकों का इस्तेमाल कर रहे हों. आप स्वीकार करने से पहले यूट्यूब की कुकी नीति "
                   "और निजता नीति पढ़ सकते हैं. इस सामग्री को देखने के लिए 'स्वीकार करें और जारी रखें' चुनें."),
]

HI_KEEP = [
    # a phishing story: a newsletter, the inbox and "free" — but the agent and the fraud named
    "साइबर सेल के मुताबिक ठगों ने एक नामी बैंक के न्यूज़लेटर की हूबहू नकल बनाकर हजारों लोगों के ईमेल इनबॉक्स में भेजी। "
    "उसमें लिखा था कि केवाईसी अपडेट करना पूरी तरह मुफ्त है और लिंक पर क्लिक करके तुरंत सदस्यता लें। कई लोगों ने लिंक "
    "खोला और उनके खातों से पैसे निकल गए।",
    # a story on a portal: the police and an accusation
    "पुलिस ने बताया कि आरोपी एक डिजिटल समाचार पोर्टल है के नाम पर लोगों से विज्ञापन के पैसे वसूलता था। उसने लोगों से "
    "कहा कि हमारा मकसद गांव की खबरें दिखाना है, लेकिन जांच में पोर्टल का कोई दफ्तर या संवाददाता नहीं मिला। उसके खिलाफ "
    "धोखाधड़ी का मुकदमा दर्ज किया गया है।",
    # a story on cookies: others' sites, not "we"
    "यूरोपीय संघ के नए नियमों के बाद कई वेबसाइटों को कुकीज़ का इस्तेमाल करने से पहले उपयोगकर्ताओं की साफ सहमति लेनी "
    "होगी। विशेषज्ञों का कहना है कि भारत में भी डेटा संरक्षण कानून लागू होने के बाद कंपनियों को अपनी कुकी नीति बदलनी "
    "पड़ेगी और उल्लंघन पर भारी जुर्माना लग सकता है।",
    # a paragraph quoting a disclaimer inside a story: the label not first
    "अदालत ने कहा कि विज्ञापन के नीचे छोटे अक्षरों में लिखा डिस्क्लेमर: 'नतीजे अलग हो सकते हैं' उपभोक्ताओं को गुमराह "
    "करने के आरोप से कंपनी को नहीं बचा सकता। पीठ ने कंपनी पर दस लाख रुपये का जुर्माना लगाया और तीस दिन में सभी "
    "विज्ञापन हटाने का आदेश दिया।",
    # an article's long paragraph about a newspaper's own history (no first-person aim, no free/subscribe close)
    "1962 में दिल्ली से शुरू हुआ यह अखबार आज चार भाषाओं में छपता है और इसका डिजिटल संस्करण हर महीने करोड़ों पाठकों तक "
    "पहुंचता है। अखबार के संस्थापक संपादक की जन्मशती पर शनिवार को एक समारोह हुआ, जिसमें कई वरिष्ठ पत्रकारों ने उनके "
    "योगदान को याद किया।",
]

EN_REMOVE = [
    ("legal", "We use cookies to help give you the best service possible. If you continue to use the website we will "
              "understand that you consent to the Terms and Conditions. These cookies are safe and secure and we will "
              "not share your history logs with third parties. You can change your settings at any time on our cookie "
              "page."),
    ("disclaimer", "Disclaimer: The information in this article is for general guidance only and does not constitute "
                   "medical advice. Always consult a qualified doctor before changing your diet, exercise routine or "
                   "medication. The author and the publisher accept no responsibility for any loss arising from the "
                   "use of this information."),
]

EN_KEEP = [
    "Browsers store small files called cookies that remember what you did on a website, and regulators in Europe now "
    "require sites to ask before setting most of them. The new rules, which took effect on Monday, also give users the "
    "right to refuse tracking without losing access to the service they came for.",
    "The court said the disclaimer printed below the advertisement could not shield the company from liability. "
    "Judges ruled that customers had been misled by claims that the product would cut energy bills in half, and "
    "ordered refunds for everyone who bought it in the last two years.",
]


@pytest.mark.parametrize(("reason", "line"), HI_REMOVE)
def test_long_hindi_chrome_goes(reason: str, line: str) -> None:
    assert line.count(" ") >= 40  # (longer than the lexicon reads)
    assert chrome_reasons([line], load_profile("hi")) == [reason]


def test_a_pitch_for_a_public_bodys_service_is_the_storys() -> None:
    """A call with a public body's mark (the profile's ``story_calls``) and none of the site's stays, as for the
    lexicon's short lines."""
    line = ("कृषि विभाग का 'किसान मित्र' न्यूज़लेटर हर महीने किसानों के ईमेल पर भेजा जाता है। इसमें सरकारी योजनाओं की "
            "तारीखें, मंडी के भाव और मौसम की सलाह होती है। विभाग के अनुसार अब तक दो लाख किसान इससे जुड़ चुके हैं और "
            "पंजीकरण पूरी तरह मुफ्त है।")
    assert line.count(" ") >= 40
    assert chrome_reasons([line], load_profile("hi")) == [None]


@pytest.mark.parametrize("line", HI_KEEP)
def test_long_hindi_paragraphs_on_the_same_subjects_stay(line: str) -> None:
    assert line.count(" ") >= 40
    assert chrome_reasons([line], load_profile("hi")) == [None]


@pytest.mark.parametrize(("reason", "line"), EN_REMOVE)
def test_long_english_chrome_goes_in_every_profile(reason: str, line: str) -> None:
    assert line.count(" ") >= 40
    for code in ("web-common", "hi", "bn"):
        assert chrome_reasons([line], load_profile(code)) == [reason]


@pytest.mark.parametrize("line", EN_KEEP)
def test_long_english_paragraphs_on_the_same_subjects_stay(line: str) -> None:
    assert line.count(" ") >= 40
    assert chrome_reasons([line], load_profile("web-common")) == [None]


def test_a_line_longer_than_the_rules_limit_is_not_read() -> None:
    _, pitch = HI_REMOVE[0]
    longer = " ".join([HI_KEEP[4], HI_KEEP[4], pitch])  # (more than 80 words, the promo rule's max_words)
    assert chrome_reasons([longer], load_profile("hi")) == [None]


def _profile_file(tmp_path: Path, rule: str) -> str:
    p = tmp_path / "x.toml"
    p.write_text(f'code = "x"\n[chrome]\nmax_words = 40\n[[chrome.long_rules]]\n{rule}\n', encoding="utf-8")
    return str(p)


@pytest.mark.parametrize("rule", [
    'reason = "promo"\npattern = ["^x"]',  # no gate
    'reason = "promo"\ngate = ["x"]',  # no pattern
    'reason = "promo"\ngate = ["x"]\npattern = ["^x"]\nmax_words = 30',  # not above [chrome] max_words
    'reason = "promo"\ngate = ["x"]\npattern = ["^x"]\nmax_words = 500',  # too long
    'reason = "promo"\ngate = ["x"]\npattern = ["^x"]\nexact = ["y"]',  # a lexicon key
])
def test_a_bad_long_rule_is_refused(tmp_path: Path, rule: str) -> None:
    with pytest.raises(ConfigError):
        load_profile(_profile_file(tmp_path, rule))


def test_clean_text_is_not_read_by_the_long_rules() -> None:
    """A paragraph alone, no site chrome around it: the long rules do not read it (the lexicon's own rules still do)."""
    reason, pitch = HI_REMOVE[0]
    assert _chrome_reasons([pitch], load_profile("hi")) == [None]
    assert _chrome_reasons(["होम", "विज्ञापन", pitch], load_profile("hi"))[2] == reason
