"""chrome_repeats removes a site's template, not a text's own recurring lines (issue 13).

A line found on enough pages of a site goes only where it stands next to the same neighbour on at least
half of the pages it is on (a menu's items follow each other, a header is at the top, a footer at the
bottom); a play's speaker labels and short replies stand between different lines on every page. Lines of
fewer than two letters are debris, neither template nor anyone's neighbour. The plays and pages here are
written for the tests."""

from __future__ import annotations

import orjson
import pytest

import shuddh
from shuddh.document import Document
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.clean.repeats import ChromeRepeatsStage, is_debris
from tests.unit.stages.helpers import read_records

# -- a play cut in chunks: one input file, no URLs (the file is the site) ---------------------------------
SUMAN, VITTHAL, PADMA = "सुमन:", "विट्ठलदास:", "पद्मसिंह:"
YES = "जी हाँ"  # a short reply, said by each of them
DEBRIS = "ऽ"  # conversion debris of a legacy font: one letter left of a punctuation mark
SCENES = [
    ("संध्या का समय था और आश्रम के आँगन में दीपक जल रहे थे",
     [(SUMAN, "आज बाज़ार में बहुत भीड़ थी, मैं समय पर लौट नहीं सकी"),
      (VITTHAL, "कोई बात नहीं, पर माँ जी तुम्हारी राह देख रही थीं"), (SUMAN, YES)]),
    ("दूसरे दिन प्रातःकाल ही विट्ठलदास आश्रम पहुँच गए",
     [(VITTHAL, "क्या पंडित जी आज सभा में बोलेंगे"), (PADMA, YES),
      (SUMAN, "तब तो मुझे भी वहाँ चलना चाहिए")]),
    ("कई दिनों से नगर में इसी सभा की चर्चा हो रही थी",
     [(PADMA, "आश्रम की लड़कियों के लिए नई किताबें कब आएँगी"),
      (VITTHAL, "अगले सप्ताह तक पुस्तकालय से भेज दी जाएँगी"), (SUMAN, "मैं उन्हें पढ़ाने का काम ले लूँगी")]),
    ("सुमन बरामदे में बैठी चरखा कात रही थी",
     [(VITTHAL, "शान्ता की चिट्ठी आई है, वह अगले महीने आएगी"), (SUMAN, YES),
      (PADMA, "यह तो बड़ी अच्छी ख़बर है, घर में सबको बता दो")]),
    ("दोपहर को आकाश में घने बादल घिर आए",
     [(SUMAN, "वर्षा के कारण रास्ते में पानी भर गया है"), (VITTHAL, YES),
      (PADMA, "तो आज की बैठक कल पर टाल देते हैं")]),
    ("रात को देर तक आश्रम में दीपक जलता रहा",
     [(PADMA, "मैंने तुम्हारे भाई से बात कर ली है"), (SUMAN, "उन्होंने क्या कहा, क्या वे मान गए"),
      (VITTHAL, "वे कुछ दिन सोचने का समय चाहते हैं")]),
    ("सावन के अंत में गाँव से चिट्ठी आई",
     [(VITTHAL, "तुम्हारे गाँव में इस बार अच्छी फ़सल हुई है"), (PADMA, "किसानों के चेहरे खिले हुए हैं"),
      (SUMAN, "माँ की तबीयत अब कैसी है")]),
    ("सुबह की हवा में ठंडक थी और गलियाँ सूनी थीं",
     [(SUMAN, "क्या आज भी सभा होगी"), (PADMA, YES), (VITTHAL, "पर इस बार नगर के बाहर मैदान में होगी")]),
]


def _play_chunks() -> list[str]:
    """8 chunks of the play: a line of narration, then speeches (label, words, debris): each label on
    every chunk or nearly, the reply in 5 chunks by three speakers, always between other lines."""
    chunks = []
    for narration, speeches in SCENES:
        lines = [narration]
        for label, words in speeches:
            lines += [label, words, DEBRIS]
        chunks.append("\n".join(lines))
    return chunks


def _write(path, docs):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(orjson.dumps(d) + b"\n" for d in docs))
    return str(path)


def test_a_plays_speaker_labels_and_replies_across_chunks_are_kept(tmp_path):
    chunks = _play_chunks()
    for line in (SUMAN, VITTHAL, PADMA, YES):  # each would pass the line-count rule alone
        assert sum(line in c.split("\n") for c in chunks) >= 5
    path = _write(tmp_path / "in" / "natak.jsonl", [{"id": f"c{i}", "text": t} for i, t in enumerate(chunks)])
    out = tmp_path / "out"
    res = shuddh.clean([path], str(out), stages=["chrome_repeats"], workers=1)
    assert res.stats["accounted"]
    kept = {r["id"]: r["text"] for r in read_records(out, "kept")}
    assert kept == {f"c{i}": t for i, t in enumerate(chunks)}
    assert res.stats["lines_removed_by_reason"] == {}


def test_debris_is_neither_template_nor_a_neighbour():
    assert [is_debris(x) for x in ("ऽ", "ऋ", "4.5", "| »")] == [True] * 4
    assert [is_debris(x) for x in ("हाँ", "जी", "OK")] == [False] * 3  # words of one akshara are not debris
    st = ChromeRepeatsStage()
    sc = st.scan(Document(id="d", text="पहली पंक्ति\nऽ\nसुमन:\nऽ\nदूसरी पंक्ति", source="t"), StageContext(StageStats("t")))
    assert [sc.keys[1], sc.keys[3]] == [None, None]
    # the label's neighbours are the lines of text around it, the debris skipped
    with_debris = sc.pairs[2]
    sc2 = st.scan(Document(id="d", text="पहली पंक्ति\nसुमन:\nदूसरी पंक्ति", source="t"), StageContext(StageStats("t")))
    assert with_debris == sc2.pairs[1]


# -- pages of one news site: a header menu, a footer of labels between notice sentences --------------------
SITE = "https://nagar-samachar.example.in/khabar/"
MENU = ["होम", "देश", "विदेश", "खेल", "मनोरंजन"]
FOOTER = [
    "हमारी वेबसाइट पर आने के लिए धन्यवाद, नई ख़बरों के लिए रोज़ पढ़ते रहें।",
    "हमारे बारे में",
    "इस वेबसाइट की सामग्री का उपयोग केवल निजी पढ़ाई के लिए किया जा सकता है।",
    "संपर्क करें",
]
SUBHEAD = "मुख्य बातें"  # a sub-head of the site's articles: between two paragraphs, different on every page
ARTICLES = [
    ("नगर निगम ने नालों की सफ़ाई शुरू की",
     "नगर निगम ने सोमवार से शहर के सभी बड़े नालों की सफ़ाई का काम शुरू कर दिया है।",
     "अधिकारियों के अनुसार बरसात से पहले यह काम पूरा कर लिया जाएगा ताकि सड़कों पर पानी न भरे।"),
    ("ज़िला अस्पताल में नई जाँच मशीन लगी",
     "ज़िला अस्पताल में सोमवार को नई जाँच मशीन लगाई गई, जिससे मरीज़ों को बाहर नहीं जाना पड़ेगा।",
     "अस्पताल के प्रमुख ने बताया कि मशीन से रोज़ सौ से अधिक जाँचें हो सकेंगी।"),
    ("पुस्तकालय अब सुबह सात बजे खुलेगा",
     "गर्मी की छुट्टियों में शहर का केंद्रीय पुस्तकालय अब सुबह सात बजे से खुलेगा।",
     "छात्रों की माँग पर शाम को भी देर तक पढ़ने की व्यवस्था की गई है।"),
    ("पुराने बाज़ार की सड़क चौड़ी होगी",
     "पुराने बाज़ार की संकरी सड़क को चौड़ा करने की योजना पर प्रशासन और दुकानदारों में बातचीत चल रही है।",
     "फ़ैसला अगले सप्ताह तक होने की उम्मीद है और काम दिवाली के बाद शुरू होगा।"),
    ("शहर में दो नए पार्क बनेंगे",
     "विकास प्राधिकरण ने शहर के पूर्वी हिस्से में दो नए पार्क बनाने की मंज़ूरी दे दी है।",
     "पार्कों में बच्चों के लिए झूले और बुज़ुर्गों के लिए टहलने का रास्ता होगा।"),
    ("रेलवे स्टेशन पर नया पैदल पुल खुला",
     "रेलवे स्टेशन के दोनों प्लेटफ़ॉर्म को जोड़ने वाला नया पैदल पुल रविवार को यात्रियों के लिए खोल दिया गया।",
     "पुराना पुल मरम्मत के लिए अगले दो महीने बंद रहेगा।"),
]


def _pages() -> list[dict[str, str]]:
    pages = []
    for i, (head, p1, p2) in enumerate(ARTICLES):
        body = [head, p1, SUBHEAD, p2]
        if i == 0:  # a menu word as a line of the article itself, between two paragraphs
            body = [head, p1, "खेल", p2]
        pages.append({"id": f"p{i}", "url": f"{SITE}{i}", "text": "\n".join([*MENU, *body, *FOOTER])})
    return pages


@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_a_sites_header_and_footer_go_and_its_articles_lines_stay(tmp_path, workers):
    pages = _pages()
    path = _write(tmp_path / "in" / "site.jsonl", pages)
    out = tmp_path / f"out{workers}"
    res = shuddh.clean([path], str(out), stages=["chrome_repeats"], workers=workers)
    assert res.stats["accounted"]
    kept = {r["id"]: r["text"].split("\n") for r in read_records(out, "kept")}
    for i, (head, p1, p2) in enumerate(ARTICLES):
        middle = "खेल" if i == 0 else SUBHEAD
        # the menu and the footer's labels go; the notice sentences stay: a repeated sentence goes only below the
        # page's own text of >= 40 words (these articles have ~30; test_chrome_repeats_sentences.py)
        assert kept[f"p{i}"] == [head, p1, middle, p2, FOOTER[0], FOOTER[2]]
    # 5 menu items and 2 footer labels on each of 6 pages
    assert res.stats["lines_removed_by_reason"] == {"chrome.repeated": 6 * 7}
    # lines on enough pages: those 7, the sub-head (on 5 pages, never in its template context) and the two notice
    # sentences (keyed since session 29)
    (reduce,) = [s for s in res.stats["stages"] if s["name"] == "chrome_repeats.reduce"]
    assert reduce["counters"] == {"template_lines_distinct": 10}
    # every removal is in the audit trail with its reason
    trail = {r["id"]: r["removed"] for r in read_records(out, "removed")}
    for i in range(6):
        gone = [e for e in trail[f"p{i}"] if e["reason"] == "chrome.repeated"]
        assert sorted(e["text"] for e in gone) == sorted([*MENU, FOOTER[1], FOOTER[3]])


def test_in_memory_decisions_are_the_pipelines(tmp_path):
    pages = _pages()
    play = [{"id": f"c{i}", "url": f"https://natak.example.in/{i}", "text": t} for i, t in enumerate(_play_chunks())]
    docs = pages + play
    path = _write(tmp_path / "in" / "mixed.jsonl", docs)
    out = tmp_path / "out"
    shuddh.clean([path], str(out), stages=["chrome_repeats"], workers=1)
    kept = {r["id"]: r["text"] for r in read_records(out, "kept")}
    st = ChromeRepeatsStage()
    ctx = StageContext(StageStats("t"))
    decided = st.in_memory([(Document(id=d["id"], text=d["text"], source="t", url=d["url"]), ctx) for d in docs])
    for d, remove in zip(docs, decided, strict=True):
        lines = d["text"].split("\n")
        assert kept[d["id"]] == "\n".join(ln for i, ln in enumerate(lines) if i not in remove)
    assert sum(map(len, decided)) == 6 * 7


def test_same_context_is_validated():
    with pytest.raises(ValueError, match="same_context"):
        ChromeRepeatsStage(same_context=1.5)
    st = ChromeRepeatsStage()
    assert [st.context_needed(n) for n in (1, 5, 6, 243)] == [2, 3, 3, 122]
