"""Issue 13, session 29: a site's template sentences (an "about us" blurb, a newsletter pitch, a comment policy) go
where they stand below a page's own text, through the real pipeline (collect, reduce, apply) and in memory.

Every line here is written for this test."""

from __future__ import annotations

import orjson

import shuddh
from shuddh.document import Document
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.clean.repeats import ChromeRepeatsStage
from tests.unit.stages.helpers import read_records

SITE = "https://purvanchal-samachar.example.in/news/"
MENU = ["होम", "देश", "प्रदेश", "खेल", "मनोरंजन"]
BLURB = "पूर्वांचल समाचार गोरखपुर से चलने वाला एक स्वतंत्र हिंदी डिजिटल समाचार पोर्टल है, जो 2016 से खबरें दे रहा है।"
PITCH = "रोज़ सुबह सात बजे पूर्वांचल की दस बड़ी खबरें सीधे अपने ईमेल में पाएं, बिल्कुल मुफ्त।"
FOOTER = ["हमारे बारे में", BLURB, PITCH, "संपर्क करें"]
#: each story: headline and two paragraphs of 20+ words (its own text: more than 40 words)
STORIES = [
    ("गोरखपुर में कोहरे से ट्रेनें घंटों लेट",
     "गोरखपुर में बुधवार रात से छाए घने कोहरे के कारण दिल्ली और मुंबई जाने "
     "वाली बारह ट्रेनें चार से नौ घंटे की देरी से चलीं और यात्री परेशान रहे।",
     "रेलवे के अधिकारियों ने बताया कि सिग्नल दिखने में दिक्कत के कारण ट्रेनों की "
     "रफ्तार कम रखी गई है और यात्रियों से स्थिति जांचने की अपील की गई है।"),
    ("बस्ती में धान खरीद केंद्रों पर लंबी कतारें",
     "बस्ती जिले के धान खरीद केंद्रों पर बोरे खत्म होने से किसान तीन दिन "
     "से ट्रॉलियों में धान लेकर खड़े हैं और तौल का इंतजार कर रहे हैं।",
     "जिला खाद्य विपणन अधिकारी ने कहा कि नए बोरे शुक्रवार तक पहुंच "
     "जाएंगे और तब तक किसानों को टोकन देकर क्रम से तौल कराई जाएगी।"),
    ("देवरिया में नई सड़क का काम शुरू",
     "देवरिया शहर को बाईपास से जोड़ने वाली नई सड़क का काम सोमवार को शुरू "
     "हो गया, जिसके पूरा होने से शहर के भीतर जाम कम होने की उम्मीद है।",
     "लोक निर्माण विभाग के अभियंता ने बताया कि सड़क का पहला हिस्सा मार्च "
     "तक बन जाएगा और पूरे काम पर करीब चालीस करोड़ रुपये खर्च होंगे।"),
    ("कुशीनगर एयरपोर्ट से फिर शुरू होगी उड़ान",
     "कुशीनगर अंतरराष्ट्रीय हवाई अड्डे से दिल्ली के लिए सीधी उड़ान जनवरी "
     "से फिर शुरू होगी, जिसकी बुकिंग अगले सप्ताह से खुल जाएगी।",
     "पर्यटन विभाग का कहना है कि बौद्ध सर्किट पर आने वाले विदेशी पर्यटकों "
     "को इस उड़ान से सबसे ज्यादा सुविधा मिलेगी और होटलों की मांग बढ़ेगी।"),
    ("महराजगंज में वन विभाग ने लगाया पिंजरा",
     "महराजगंज के सोहगीबरवा जंगल से सटे गांवों में तेंदुआ दिखने के बाद वन "
     "विभाग ने दो पिंजरे लगाए हैं और रात में गश्त बढ़ा दी है।",
     "वन अधिकारियों ने ग्रामीणों से अपील की है कि वे शाम के बाद बच्चों "
     "को अकेले खेतों की ओर न जाने दें और मवेशियों को बाड़े में रखें।"),
    ("आजमगढ़ में स्कूलों का समय बदला",
     "आजमगढ़ में ठंड बढ़ने के कारण कक्षा आठ तक के सभी स्कूल अब "
     "सुबह दस बजे से खुलेंगे, यह आदेश जिलाधिकारी ने मंगलवार को जारी किया।",
     "बेसिक शिक्षा अधिकारी ने कहा कि आदेश का पालन न करने वाले "
     "निजी स्कूलों पर कार्रवाई होगी और अभिभावक शिकायत दर्ज करा सकते हैं।"),
]


def _write(path, docs):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(orjson.dumps(d) + b"\n" for d in docs))
    return str(path)


def _pages() -> list[dict[str, str]]:
    return [{"id": f"p{i}", "url": f"{SITE}{i}", "text": "\n".join([*MENU, h, p1, p2, *FOOTER])}
            for i, (h, p1, p2) in enumerate(STORIES)]


def test_template_sentences_below_the_story_go_through_the_pipeline(tmp_path):
    path = _write(tmp_path / "in" / "site.jsonl", _pages())
    res = shuddh.clean([path], str(tmp_path / "out"), stages=["chrome_repeats"], workers=1)
    assert res.stats["accounted"]
    kept = {r["id"]: r["text"].split("\n") for r in read_records(tmp_path / "out", "kept")}
    for i, (h, p1, p2) in enumerate(STORIES):
        assert kept[f"p{i}"] == [h, p1, p2]
    trail = {r["id"]: r["removed"] for r in read_records(tmp_path / "out", "removed")}
    assert {e["text"] for e in trail["p0"] if e["reason"] == "chrome.repeated"} == {*MENU, *FOOTER}


def test_the_same_decisions_in_memory():
    st = ChromeRepeatsStage()
    ctx = StageContext(StageStats("t"))
    docs = [Document(id=p["id"], text=p["text"], source="t", url=p["url"]) for p in _pages()]
    for remove in st.in_memory([(d, ctx) for d in docs]):
        assert remove == {0, 1, 2, 3, 4, 8, 9, 10, 11}


def test_a_sentence_above_the_pages_own_text_stays():
    """The same line first on every page (a site's standfirst formula, Wikipedia's year pages' first line): above the
    page's own text, it stays."""
    pages = [{"id": p["id"], "url": p["url"], "text": "\n".join([BLURB, *p["text"].split("\n")[len(MENU):-4]])}
             for p in _pages()]
    st = ChromeRepeatsStage()
    ctx = StageContext(StageStats("t"))
    for remove in st.in_memory([(Document(id=p["id"], text=p["text"], source="t", url=p["url"]), ctx) for p in pages]):
        assert 0 not in remove


def test_an_article_served_under_many_addresses_keeps_its_sentences():
    """Six copies of one story (print, AMP, tracking addresses): every sentence repeats, nothing of the page's own is
    left above them, so none goes — dedup judges the copies."""
    h, p1, p2 = STORIES[0]
    text = "\n".join([*MENU, h, p1, p2, *FOOTER])
    st = ChromeRepeatsStage()
    ctx = StageContext(StageStats("t"))
    docs = [Document(id=f"c{i}", text=text, source="t", url=f"{SITE}0?amp={i}") for i in range(6)]
    for remove in st.in_memory([(d, ctx) for d in docs]):
        lines = text.split("\n")
        assert not {lines[i] for i in remove} & {p1, p2, BLURB, PITCH}


def test_sentences_false_keys_no_sentence():
    st = ChromeRepeatsStage(sentences=False)
    ctx = StageContext(StageStats("t"))
    docs = [Document(id=p["id"], text=p["text"], source="t", url=p["url"]) for p in _pages()]
    for remove in st.in_memory([(d, ctx) for d in docs]):
        assert remove == {0, 1, 2, 3, 4, 8, 11}


# -- session 31: a blurb longer than max_words ---------------------------------------------------------------------
#: the site's blurb about itself, as long as real ones (41-59 words on the blind-written TUNE families' pages)
LONG_BLURB = ("पूर्वांचल समाचार गोरखपुर से चलने वाला एक स्वतंत्र हिंदी डिजिटल समाचार पोर्टल है, जो वर्ष 2016 से पूर्वी "
              "उत्तर प्रदेश के सत्रह जिलों की खबरें पाठकों तक पहुंचा रहा है। हमारी टीम में चालीस से अधिक संवाददाता "
              "हैं, जो गांव, कस्बे और शहर की हर छोटी-बड़ी घटना पर नजर रखते हैं और बिना किसी दबाव के निष्पक्ष "
              "पत्रकारिता करते हैं।")


def _long_pages(blurb: str) -> list[Document]:
    return [Document(id=f"p{i}", text="\n".join([*MENU, h, p1, p2, "हमारे बारे में", blurb, "संपर्क करें"]), source="t",
                     url=f"{SITE}{i}") for i, (h, p1, p2) in enumerate(STORIES)]


def test_a_long_blurb_below_the_pages_own_text_goes():
    """Longer than max_words (40) it was never counted, so every page kept it; as a line of sentences it is keyed up
    to BLURB_MAX_WORDS words and goes where every repeated sentence goes: below the page's own text."""
    assert len(LONG_BLURB.split()) > 40
    st = ChromeRepeatsStage()
    ctx = StageContext(StageStats("t"))
    docs = _long_pages(LONG_BLURB)
    for d, remove in zip(docs, st.in_memory([(d, ctx) for d in docs]), strict=True):
        lines = d.text.split("\n")
        assert LONG_BLURB in {lines[i] for i in remove}
        assert not {lines[i] for i in remove} & {s for story in STORIES for s in story}


def test_a_long_paragraph_repeated_above_the_pages_own_text_stays():
    """The same long paragraph first on every page (a series' standing introduction): above the page's own text, it
    stays, as a short sentence does."""
    st = ChromeRepeatsStage()
    ctx = StageContext(StageStats("t"))
    docs = [Document(id=f"p{i}", text="\n".join([LONG_BLURB, h, p1, p2]), source="t", url=f"{SITE}{i}")
            for i, (h, p1, p2) in enumerate(STORIES)]
    for remove in st.in_memory([(d, ctx) for d in docs]):
        assert 0 not in remove


def test_a_paragraph_longer_than_the_blurb_limit_is_not_counted():
    """A repeated paragraph of more than BLURB_MAX_WORDS words is syndicated text, which the dedup stages judge."""
    from shuddh.stages.clean.repeats import BLURB_MAX_WORDS

    long_para = " ".join([LONG_BLURB] * 2)
    assert long_para.count(" ") >= BLURB_MAX_WORDS
    st = ChromeRepeatsStage()
    ctx = StageContext(StageStats("t"))
    docs = _long_pages(long_para)
    for d, remove in zip(docs, st.in_memory([(d, ctx) for d in docs]), strict=True):
        assert long_para not in {d.text.split("\n")[i] for i in remove}


def test_a_long_blurb_goes_through_the_pipeline(tmp_path):
    docs = _long_pages(LONG_BLURB)
    path = _write(tmp_path / "in" / "site.jsonl", [{"id": d.id, "url": d.url, "text": d.text} for d in docs])
    res = shuddh.clean([path], str(tmp_path / "out"), stages=["chrome_repeats"], workers=1)
    assert res.stats["accounted"]
    for r in read_records(tmp_path / "out", "kept"):
        assert LONG_BLURB not in r["text"]
        assert r["text"].split("\n")[1] in {s for story in STORIES for s in story}
