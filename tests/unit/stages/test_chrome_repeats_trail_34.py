"""Issue 13, session 34: chrome_repeats counts a site's template on the text the line stages received (the audit
trail undone). A rail of headlines that the structural rules take from most of a site's pages stayed on the pages
where they did not fire: repeats, counting after them, saw it on too few pages. Every line here is written for this
test."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import shuddh
from shuddh.document import Document
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.clean.chrome import ChromeLineStage
from shuddh.stages.clean.repeats import ChromeRepeatsStage

SITE = "https://nagar-darpan.example.in/news/"
BODIES = [
    "जिला अस्पताल में मंगलवार से डेंगू के मरीजों के लिए अलग वार्ड शुरू कर दिया गया है। मुख्य चिकित्सा अधीक्षक ने "
    "बताया कि वार्ड में फिलहाल चालीस बिस्तर हैं और जरूरत पड़ने पर इन्हें बढ़ाया जाएगा।",
    "नगर निगम ने शहर की चौदह सड़कों की मरम्मत के लिए तीन करोड़ रुपये का टेंडर जारी किया है। काम बरसात से पहले "
    "पूरा करने का लक्ष्य रखा गया है और ठेकेदारों को रोज की प्रगति रिपोर्ट देनी होगी।",
    "जिले के सरकारी स्कूलों में इस साल दाखिले पिछले साल से बारह प्रतिशत ज्यादा हुए हैं। शिक्षा विभाग के अनुसार "
    "मुफ्त किताबें और मध्याह्न भोजन की बेहतर व्यवस्था इसकी बड़ी वजह रही।",
    "रेलवे ने त्योहारों को देखते हुए शहर से होकर गुजरने वाली चार जोड़ी विशेष ट्रेनें चलाने का फैसला किया है। "
    "इनका आरक्षण शुक्रवार सुबह से शुरू होगा और किराया सामान्य ट्रेनों जैसा रहेगा।",
    "बिजली विभाग ने बकाया बिल वाले उपभोक्ताओं के लिए ब्याज माफी योजना की अवधि एक महीने बढ़ा दी है। अब तक "
    "करीब सात हजार उपभोक्ता इसका लाभ ले चुके हैं और विभाग को दो करोड़ रुपये मिले हैं।",
    "शहर के पुराने तालाब की सफाई का काम रविवार को शुरू हुआ जिसमें सैकड़ों लोगों ने श्रमदान किया। नगर आयुक्त ने "
    "कहा कि तालाब के किनारे पैदल पथ और बैठने की जगह भी बनाई जाएगी।",
]
# the site's rail of other stories: the same three headlines under every story, no label of their own
RAIL = ["गोंडा: शादी समारोह में हर्ष फायरिंग, गोली लगने से युवक की मौत; दूल्हे के चाचा पर केस",
        "साइबर ठगी से बचने के लिए पुलिस चला रही जागरूकता अभियान, स्कूलों में लग रही पाठशाला",
        "बलरामपुर: तुलसीपुर में नकली खाद की फैक्ट्री का भंडाफोड़, 400 बोरी बरामद"]
SHARE = "शेयर करें"


def _pages() -> list[str]:
    """Six pages: on four a share bar closes the story and the structural rules take the rail; on two the bar is
    missing (a lazy-loaded widget the scrape did not get), so only the site's template can show the rail."""
    out = []
    for i, body in enumerate(BODIES):
        head = f"शहर की खबर संख्या {i + 1}: प्रशासन ने दिए निर्देश"
        bar = [SHARE, "Facebook X WhatsApp Telegram"] if i < 4 else []
        out.append("\n".join([head, body, *bar, *RAIL, "हमारे बारे में", "संपर्क करें"]))
    return out


def test_the_rail_goes_on_the_pages_where_no_rule_fired():
    chrome, repeats = ChromeLineStage(profile="hi"), ChromeRepeatsStage()
    items = []
    for i, text in enumerate(_pages()):
        ctx = StageContext(StageStats("chrome"))
        doc = chrome.map(Document(id=f"p{i}", text=text, source="s", url=f"{SITE}{i}"), ctx)
        assert isinstance(doc, Document)
        items.append((doc, ctx))
    # the rule took the rail on the four pages with the bar, not on the two without it
    for doc, _ in items[:4]:
        assert not set(RAIL) & set(doc.text.split("\n"))
    for doc, _ in items[4:]:
        assert set(RAIL) <= set(doc.text.split("\n"))
    decided = repeats.in_memory(items)
    for (doc, _), remove in zip(items[4:], decided[4:], strict=True):
        lines = doc.text.split("\n")
        # counted on the text the chrome stage received, the rail is on all six pages, next to the same lines
        assert {lines[i] for i in remove} >= set(RAIL), doc.id
        assert not {lines[i] for i in remove} & set(BODIES)


def test_without_a_trail_the_counts_are_those_of_the_text():
    # a document without a trail (a run of chrome_repeats alone, or texts cleaned elsewhere) is counted as it is
    repeats = ChromeRepeatsStage()
    ctx = StageContext(StageStats("x"))
    docs = [Document(id=f"p{i}", text=t, source="s", url=f"{SITE}{i}") for i, t in enumerate(_pages())]
    for d, remove in zip(docs, repeats.in_memory([(d, ctx) for d in docs]), strict=True):
        lines = d.text.split("\n")
        assert set(RAIL) <= {lines[i] for i in remove}


def _kept(out: Path) -> dict[str, str]:
    recs = []
    for p in sorted((out / "kept").rglob("part-*")):
        with gzip.open(p, "rt", encoding="utf-8") as fh:
            recs += [json.loads(line) for line in fh]
    return {r["id"]: r["text"] for r in recs}


def test_a_run_removes_the_rail_everywhere_with_the_audit_on_or_off(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"p{i}", "url": f"{SITE}{i}", "text": t}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(_pages())), encoding="utf-8")
    stages = ["normalize", "chrome", "header", "chrome_repeats"]
    shuddh.clean(str(src), str(tmp_path / "on"), workers=1, stages=stages)
    shuddh.clean(str(src), str(tmp_path / "off"), workers=1, stages=stages, audit=False)
    on, off = _kept(tmp_path / "on"), _kept(tmp_path / "off")
    assert on == off  # the audit switch writes removed/ or not; what is kept does not depend on it
    assert not (tmp_path / "off" / "removed").exists()
    assert set(on) == {f"p{i}" for i in range(6)}
    for doc_id, text in on.items():
        assert not set(RAIL) & set(text.split("\n")), doc_id
        assert BODIES[int(doc_id[1:])] in text
