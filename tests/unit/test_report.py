"""shuddh.report: what a curator reads (issue 18): sections, numbers, examples with ids, inert data."""

from __future__ import annotations

import copy

import lxml.html
import pytest

from shuddh.document import Document, Quarantined
from shuddh.report import CSP, render_report
from shuddh.stages.quality.gopher import GopherQualityFilter
from shuddh.volumes import Volumes, signal_thresholds
from tests.conftest import BODY_1, BODY_2, TITLE

HOSTILE_ID = '"><img src=x onerror=alert(1)>'
HOSTILE_URL = "javascript:alert(document.domain)"
HOSTILE_TEXT = "<script>alert('xss')</script> नगर निगम की खबर"


def _stage(name, docs_in, docs_out, dropped=None, lines=None, counters=None, samples=None):
    return {"name": name, "docs_in": docs_in, "docs_out": docs_out, "dropped": dropped or {},
            "lines_removed": lines or {}, "counters": counters or {}, "samples": samples or {}}


def _stats() -> dict:
    """A stats dict in the shape runner._merge_stats writes: 7 records, 1 quarantined, 6 documents."""
    nav = ["Back to top button"] * 5
    return {
        "shuddh_version": "0.1.0", "config_fingerprint": "abc123",
        "input": {"files": 2, "records": 7, "skipped_files": ["notes.docx (unknown type)"],
                  "skipped_records": {"warc.skipped.request": 4, "warc.skipped.warcinfo": 1}, "per_file": {}},
        "kept": 3, "dropped": 3, "quarantined": 1, "accounted": True, "unmatched_files": [],
        "dropped_by_reason": {"quality.too_short": 2, "dedup.exact": 1},
        "quarantined_by_reason": {"read.invalid_json": 1},
        "lines_removed_by_reason": {"chrome.navigation": 5, "header.section_label": 1},
        "stages": [
            _stage("normalize", 6, 6),
            _stage("chrome", 6, 6, lines={"chrome.navigation": 5}, samples={"chrome.navigation": nav}),
            _stage("length", 6, 4, dropped={"quality.too_short": 2},
                   samples={"dropped:quality.too_short": ["नमस्ते", "नमस्ते"]}),
            _stage("header", 4, 4, lines={"header.section_label": 1}, samples={"header.section_label": ["शहर"]}),
            _stage("dedup_exact", 4, 3, dropped={"dedup.exact": 1}),
            _stage("dedup_exact.reduce", 0, 0, counters={"clusters": 1, "duplicates": 1}),
        ],
    }


def _volumes() -> Volumes:
    v = Volumes(thresholds=signal_thresholds([GopherQualityFilter().describe()]))
    for i, body in enumerate((BODY_1, BODY_2, f"{TITLE}\n\n{BODY_1}")):
        v.add(Document(id=f"k{i}", text=body, source="in.jsonl", url=f"https://nagar.example.in/k{i}", lang="hi",
                       metadata={"signals": {"stopwords": 12 + i, "words": 60 + i}},
                       removed=[[3, "Back to top button", "chrome.navigation", "chrome"]]), "kept")
    v.add(Document(id=HOSTILE_ID, text=HOSTILE_TEXT, source="in.jsonl", url=HOSTILE_URL, lang=None,
                   metadata={"signals": {"words": 5}}), "dropped", "quality.too_short")
    v.add(Document(id="s2", text="नमस्ते", source="in.jsonl", url=None, lang=None), "dropped", "quality.too_short")
    v.add(Document(id="d1", text=BODY_1, source="in.jsonl", url="https://nagar.example.in/d1", lang="hi"),
          "dropped", "dedup.exact", {"kept_id": "k0"})
    v.add_quarantined(Quarantined(source="in.jsonl", position="line 7", reason="read.invalid_json",
                                  error=f"invalid JSON near {HOSTILE_TEXT}", raw_excerpt="{bad"))
    return v


def _full() -> dict:
    stats = _stats()
    stats.update(_volumes().to_dict())
    return stats


def _dom(html: str):
    return lxml.html.document_fromstring(html)


def _section(dom, sid: str):
    (sec,) = dom.xpath(f"//section[@id='{sid}']")
    return sec


def test_no_script_no_request_and_a_policy_that_forbids_both():
    html = render_report(_full(), {"stage_seconds": {}, "worker_seconds": 1.0, "wall_seconds": 1.0, "workers": 1})
    dom = _dom(html)
    assert not dom.xpath("//script | //img | //iframe | //link | //object | //embed | //*[@src]")
    (meta,) = dom.xpath("//meta[@http-equiv='Content-Security-Policy']")
    assert meta.get("content") == CSP
    assert "default-src 'none'" in CSP
    assert "script-src" not in CSP  # default-src 'none' covers scripts


def test_hostile_id_url_and_text_stay_text():
    dom = _dom(render_report(_full()))
    assert not [el for el in dom.iter() if any(a.lower().startswith("on") for a in el.attrib)]
    text = dom.text_content()
    assert HOSTILE_ID in text
    assert "<script>alert('xss')</script>" in text  # shown, as characters
    assert HOSTILE_URL in text
    for a in dom.xpath("//a"):
        assert a.get("href").startswith(("http://", "https://"))
        assert "noopener" in a.get("rel")
    assert not dom.xpath("//a[contains(@href, 'javascript')]")


def test_summary_and_languages_show_the_recorded_volumes():
    stats = _full()
    dom = _dom(render_report(stats))
    cell = {td.get("data-key"): td.text_content() for td in dom.xpath("//section[@id='summary']//td[@data-key]")}
    assert cell["kept"] == "3"
    assert cell["kept.words"] == f"{stats['volumes']['kept']['words']:,}"
    assert cell["dropped.bytes"] == f"{stats['volumes']['dropped']['bytes']:,}"
    langs = {td.get("data-key"): td.text_content() for td in dom.xpath("//table[@id='languages']//td[@data-key]")}
    assert langs["lang.hi.kept.docs"] == "3"
    assert langs["lang.und.dropped.docs"] == "2"  # dropped before langid
    assert langs["lang.hi.kept.chars"] == f"{stats['languages']['hi']['kept']['chars']:,}"


def test_sections_without_their_data_say_so():
    dom = _dom(render_report(_stats()))
    for sid in ("summary", "languages", "signals", "dedup"):
        assert "not recorded by this run" in _section(dom, sid).text_content(), sid
    assert "not recorded" not in _section(dom, "funnel").text_content()


def test_funnel_has_a_bar_per_document_stage_with_its_count():
    dom = _dom(render_report(_stats()))
    (svg,) = dom.xpath("//section[@id='funnel']//svg")
    shown = {t.get("data-key"): t.text for t in svg.xpath(".//text[@data-key]")}
    assert shown == {"read": "7", "readable": "6", "stage:normalize": "6", "stage:chrome": "6", "stage:length": "4",
                     "stage:header": "4", "stage:dedup_exact": "3", "kept": "3"}  # no .reduce row


def test_examples_carry_their_id_and_url_and_repeat_no_text():
    dom = _dom(render_report(_full()))
    drops = _section(dom, "drops")
    (row,) = [tr for tr in drops.xpath(".//tr") if "dedup.exact" in tr.text_content()]
    assert "id d1" in row.text_content()
    assert row.xpath(".//a[@href='https://nagar.example.in/d1']")
    lines = _section(dom, "lines")
    (nav,) = [tr for tr in lines.xpath(".//tr") if "chrome.navigation" in tr.text_content()]
    assert nav.text_content().count("Back to top button") == 1
    assert "id k0" in nav.text_content()


def test_without_recorded_examples_the_stage_samples_are_shown_once_each():
    dom = _dom(render_report(_stats()))
    (nav,) = [tr for tr in _section(dom, "lines").xpath(".//tr") if "chrome.navigation" in tr.text_content()]
    assert nav.text_content().count("Back to top button") == 1
    (short,) = [tr for tr in _section(dom, "drops").xpath(".//tr") if "quality.too_short" in tr.text_content()]
    assert short.text_content().count("नमस्ते") == 1


def test_signal_charts_mark_the_threshold():
    stats = _full()
    dom = _dom(render_report(stats))
    charts = {svg.get("data-signal"): svg for svg in dom.xpath("//section[@id='signals']//svg")}
    assert {"stopwords", "words"} <= set(charts)
    line = charts["stopwords"].xpath(".//line[@class='threshold']")
    assert len(line) == 1
    # kept documents (12..14 stop words) lie to the right of the minimum of 2
    bars = charts["stopwords"].xpath(".//rect")
    assert bars
    assert all(float(r.get("x")) > float(line[0].get("x1")) for r in bars)


def test_dedup_pairs_quarantine_headings_and_skipped_records():
    dom = _dom(render_report(_full()))
    pairs = dom.xpath("//table[@id='dedup-pairs']//tr")
    assert [th.text_content() for th in pairs[0]] == ["reason", "kept id", "dropped id"]
    assert [td.text_content().split("https")[0] for td in pairs[1]] == ["dedup.exact", "k0", "d1"]
    q = dom.xpath("//table[@id='quarantine']//tr")
    assert [th.text_content() for th in q[0]] == ["reason", "records", "source", "position", "error"]
    assert [td.text_content() for td in q[1]][:4] == ["read.invalid_json", "1", "in.jsonl", "line 7"]
    skipped = {td.get("data-key"): td.text_content()
               for td in dom.xpath("//table[@id='skipped-records']//td[@data-key]")}
    assert skipped == {"warc.skipped.request": "4", "warc.skipped.warcinfo": "1"}
    assert "notes.docx (unknown type)" in _section(dom, "skipped").text_content()


@pytest.mark.parametrize(("stage_sum", "flagged"), [(3.0, False), (9.0, True)])
def test_stage_times_that_overlap_are_called_so(stage_sum, flagged):
    timing = {"stage_seconds": {"normalize": stage_sum / 2, "chrome": stage_sum / 2}, "worker_seconds": 4.0,
              "wall_seconds": 5.0, "workers": 1}
    note = _dom(render_report(_stats(), timing)).xpath("//*[@id='timing-note']")[0].text_content()
    assert ("overlap" in note) == flagged


def test_size_is_bounded_by_reasons_not_by_documents():
    small = _full()
    big = copy.deepcopy(small)
    for k in ("volumes",):
        for o in big[k].values():
            for m in o:
                o[m] *= 1_000_000
    big["input"]["skipped_files"] = [f"junk/{i}.bin (unknown type)" for i in range(100_000)]
    assert len(render_report(big)) < len(render_report(small)) + 20_000


def test_worker_time_outside_the_stages_has_its_row():
    timing = {"stage_seconds": {"normalize": 1.0, "chrome": 2.0}, "worker_seconds": 4.0, "wall_seconds": 5.0,
              "workers": 1}
    rows = _dom(render_report(_stats(), timing)).xpath("//table[@id='stages']//tr[td]")
    (rest,) = [tr for tr in rows if "reading, writing" in tr.text_content()]
    assert [td.text_content() for td in rest.xpath("td[@class='n']")] == ["1.00", "25.0%"]


def test_the_text_the_stages_took_out_is_read_minus_kept_minus_dropped():
    stats = _full()
    v = _volumes()
    # what the reader read: the kept texts with the chrome line each lost, and the dropped ones as they were
    for i, body in enumerate((BODY_1, BODY_2, f"{TITLE}\n\n{BODY_1}")):
        v.add(Document(id=f"k{i}", text=f"{body}\nBack to top button", source="in.jsonl"), "read")
    for text in (HOSTILE_TEXT, "नमस्ते", BODY_1):
        v.add(Document(id="x", text=text, source="in.jsonl"), "read")
    stats.update(v.to_dict())
    cell = {td.get("data-key"): td.text_content()
            for td in _dom(render_report(stats)).xpath("//table[@id='summary']//td[@data-key]")}
    # three lines "Back to top button" (4 words, 18 characters) and their newlines went
    assert cell["removed.words"] == str(3 * 4)
    assert cell["removed.chars"] == str(3 * 19)
