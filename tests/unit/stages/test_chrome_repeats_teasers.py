"""chrome_repeats and headlines found in a few documents of a site (issue 13, brief F).

A crawl of daily files repeats an article (its headline and body) in two or three files of one site.
Such a headline is body, not a teaser: ``benchmarks/bench_teasers.py`` measured the candidate rule
"a headline-shaped line in >= 2 documents of a site is a teaser" at removal precision 0.000 on Dainik
Jagran (TUNE; all 6 lines body) and 0.87 on wcxb TUNE, so chrome_repeats keeps its
max(min_docs, min_share) floor for every line. The daily files here are written for the test."""

from __future__ import annotations

import orjson

import shuddh
from tests.unit.stages.helpers import read_records

HEADLINE = "नगर निगम ने बरसात से पहले शहर के सभी नालों की सफाई का काम शुरू किया"
LEAD = ("नगर संवाददाता । नगर निगम ने सोमवार से शहर के सभी बड़े नालों की सफाई का काम शुरू कर दिया है, "
        "ताकि बरसात में सड़कों पर पानी न भरे और लोगों को परेशानी न हो।")
OTHER = [
    ("ज़िला अस्पताल में नई जाँच मशीन लगी, मरीज़ों को बाहर नहीं जाना पड़ेगा",
     "ज़िला संवाददाता । ज़िला अस्पताल में सोमवार को नई जाँच मशीन लगाई गई, जिससे अब मरीज़ों को जाँच के "
     "लिए निजी केंद्रों पर नहीं जाना पड़ेगा और उनका पैसा भी बचेगा।"),
    ("गर्मी की छुट्टियों में पुस्तकालय सुबह सात बजे से खुलेगा",
     "शिक्षा संवाददाता । गर्मी की छुट्टियों में छात्रों की सुविधा के लिए शहर का केंद्रीय पुस्तकालय अब सुबह "
     "सात बजे से खुलेगा और शाम को देर तक पढ़ने की व्यवस्था रहेगी।"),
    ("पुराने बाज़ार की सड़क चौड़ी होगी, दुकानदारों से बातचीत जारी",
     "व्यापार संवाददाता । पुराने बाज़ार की संकरी सड़क को चौड़ा करने की योजना पर प्रशासन और दुकानदारों के "
     "बीच बातचीत चल रही है, जिसका फ़ैसला अगले सप्ताह तक होने की उम्मीद है।"),
]


def test_an_article_copied_into_two_daily_files_keeps_its_headline(tmp_path):
    # four daily files of one site (no URLs: the input file is the site); the civic story is in two of
    # them, each time as headline + its lead paragraph
    days = [
        [HEADLINE, LEAD, *OTHER[0]],
        [*OTHER[1], HEADLINE, LEAD],
        [*OTHER[2], *OTHER[0]],
        [*OTHER[1], *OTHER[2]],
    ]
    p = tmp_path / "in" / "daily.jsonl"
    p.parent.mkdir(parents=True)
    p.write_bytes(b"".join(orjson.dumps({"id": f"d{i}", "text": "\n".join(d)}) + b"\n"
                           for i, d in enumerate(days)))
    out = tmp_path / "out"
    res = shuddh.clean([str(p)], str(out), stages=["chrome_repeats"], workers=1)
    assert res.stats["accounted"]
    kept = {r["id"]: r["text"].split("\n") for r in read_records(out, "kept")}
    assert kept == {f"d{i}": d for i, d in enumerate(days)}
    assert res.stats["lines_removed_by_reason"] == {}
