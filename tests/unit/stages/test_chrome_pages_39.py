"""Issue 13, session 39: what blind-written pages (``benchmarks/bench_page_lines.py``) showed the line stages take: a
live blog's entry heading after the entry's time and a photo story's sub-head after an ad slot and the photo's counter
made a run of short lines with them, which went as a menu (``structure.menu``) though running text follows. Every line
here is written for this test."""

from __future__ import annotations

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines

HI = load_profile("hi")
P1 = ("हाईकोर्ट की खंडपीठ ने गुरुवार सुबह जयपुर हादसे की मजिस्ट्रेट जांच रिपोर्ट तलब की और राज्य सरकार से पूछा कि "
      "पीड़ित परिवारों को मुआवजा अब तक क्यों नहीं मिला।")
P2 = ("महाधिवक्ता ने अदालत को बताया कि रिपोर्ट अंतिम चरण में है और अगले सप्ताह तक सीलबंद लिफाफे में पेश कर दी "
      "जाएगी।")
P3 = ("जस्टिस अरविंद मेहरोत्रा और जस्टिस नीलम सक्सेना की पीठ ने याचिकाकर्ताओं के वकील से पहले उन परिवारों की सूची "
      "मांगी जिन्हें अब तक कोई सहायता नहीं मिली है।")
P4 = ("सुनवाई के दौरान अदालत कक्ष में पीड़ित परिवारों के कई सदस्य मौजूद रहे और पीठ ने उनसे भी सीधे बात की।")
P5 = ("अदालत ने मामले की अगली सुनवाई सोमवार को तय की है और तब तक जिला प्रशासन से राहत शिविरों की स्थिति पर हलफनामा "
      "मांगा है।")


def _reasons(lines: list[str]) -> dict[str, str]:
    return {ln: r for ln, r in zip(lines, clean_lines(list(lines), HI), strict=True) if r}


def test_a_live_entrys_heading_after_its_time_is_no_menu_item():
    heading = "सुनवाई शुरू हुई"
    lines = [P1, P2, "इस अपडेट को शेयर करें", "विज्ञापन", "11:40 AM", heading, P3, P4, "10:55 AM", "पीड़ित पहुंचे",
             P5]
    removed = _reasons(lines)
    assert heading not in removed
    assert "पीड़ित पहुंचे" not in removed
    assert removed.get("विज्ञापन") == "ad"
    assert not {P1, P2, P3, P4, P5} & set(removed)


def test_a_menu_inside_the_article_still_goes():
    # a box of short links between two parts of the article after the same share bar and ad slot: its first item
    # follows the slot but stands over no running text
    items = ["राजस्थान की खबरें", "जयपुर शहर", "हाईकोर्ट अपडेट"]
    lines = [P1, P2, "इस अपडेट को शेयर करें", "विज्ञापन", *items, P3, P4]
    removed = _reasons(lines)
    assert [removed.get(x) for x in items] == ["structure.menu"] * 3
    assert not {P1, P2, P3, P4} & set(removed)
