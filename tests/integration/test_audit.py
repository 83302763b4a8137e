"""The audit trail of removed lines (issue 13, item 2): ``removed/`` beside ``kept/``, the text of dropped
documents, the ``audit`` switch and ``shuddh show``."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner

import shuddh
from shuddh.audit import marked_lines, restore
from shuddh.cli import main
from shuddh.document import Document, Dropped
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.dedup.in_doc import InDocumentDedup
from shuddh.stages.registry import DEFAULT_STAGES
from shuddh.text.normalize import normalize
from tests.conftest import BODY_1, BODY_2, PAGE, TITLE, article

TEASER = "यह भी पढ़ें: नए पुल का उद्घाटन अगले महीने"
# a line that no lexicon rule knows but that every page of the site carries: only chrome_repeats removes it
SITE_LINE = "नगर दर्पण दिल्ली संस्करण"
# the default stages without document dedup: the test articles differ only in their numbers
STAGES = [s for s in DEFAULT_STAGES if s not in ("dedup_exact", "dedup_near")]


def _read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _all(out: Path, sub: str) -> list[dict]:
    return [r for p in sorted((out / sub).rglob("part-*")) for r in _read(p)]


def _corpus(path: Path) -> dict[str, str]:
    """Pages of one site: the conftest page (section label, headline, body, chrome), articles with the
    site's edition line under their body, and a page that is all chrome."""
    texts = {"page": PAGE}
    for i in range(6):
        texts[f"a{i}"] = f"{article(i)}\n\n{SITE_LINE}"
    texts["chrome-only"] = "होम » देश » विदेश\n\nशेयर करें\n\nBack to top button"
    path.write_text("".join(json.dumps({"id": k, "url": f"https://nagar.example.in/{k}", "text": t},
                                       ensure_ascii=False) + "\n" for k, t in texts.items()), encoding="utf-8")
    return texts


def test_removed_sidecar_reconstructs_the_text_before_cleaning(tmp_path):
    texts = _corpus(tmp_path / "in.jsonl")
    for t in texts.values():  # no normalisation or redaction changes these texts: they are what cleaning saw
        assert normalize(t) == t
    out = tmp_path / "out"
    res = shuddh.clean(str(tmp_path / "in.jsonl"), str(out), workers=1, stages=STAGES)
    assert res.stats["accounted"]

    kept = {r["id"]: r for r in _all(out, "kept")}
    assert (out / "removed" / "part-00000.jsonl.gz").is_file()  # same shard name as kept/
    trails = {r["id"]: r["removed"] for r in _all(out, "removed")}
    assert set(trails) <= set(kept)
    assert {"page", "a0", "a5"} <= set(trails)
    for doc_id, trail in trails.items():
        assert restore(kept[doc_id]["text"], trail) == texts[doc_id], doc_id

    page = {(e["text"], e["reason"], e["stage"]) for e in trails["page"]}
    assert ("शहर", "header.section_label", "header") in page
    assert any(t == TEASER and s == "chrome" and r.startswith("chrome.") for t, r, s in page)
    assert ("Back to top button", "chrome.navigation", "chrome") in page
    # the global stage's removals (a later phase) land in the same record, with its position
    site = [e for e in trails["a3"] if e["stage"] == "chrome_repeats" and e["text"] == SITE_LINE]
    assert [e["reason"] for e in site] == ["chrome.repeated"]
    before_repeats = restore(kept["a3"]["text"], [e for e in trails["a3"] if e["stage"] == "chrome_repeats"])
    assert before_repeats.split("\n")[site[0]["line"]] == SITE_LINE
    # every counted removal of a kept document is in the trail (blank lines are recorded, never counted)
    counted = sum(n for n in res.stats["lines_removed_by_reason"].values())
    recorded = sum(1 for t in trails.values() for e in t if e["reason"] != "blank")
    dropped = _all(out, "dropped")
    assert counted == recorded + sum(1 for d in dropped for e in d["removed"] if e["reason"] != "blank")
    # nothing kept lost a body line
    assert all(BODY_1 in kept[k]["text"] for k in kept)


def test_audit_off_writes_no_sidecar_and_the_same_kept_output(tmp_path):
    _corpus(tmp_path / "in.jsonl")
    shuddh.clean(str(tmp_path / "in.jsonl"), str(tmp_path / "on"), workers=1)
    shuddh.clean(str(tmp_path / "in.jsonl"), str(tmp_path / "off"), workers=1, audit=False)
    assert not (tmp_path / "off" / "removed").exists()
    assert (tmp_path / "on" / "removed").is_dir()
    assert (tmp_path / "off/kept/part-00000.jsonl.gz").read_bytes() == (
        tmp_path / "on/kept/part-00000.jsonl.gz").read_bytes()
    assert all("removed" not in r for r in _all(tmp_path / "off", "dropped"))


def test_a_dropped_document_keeps_the_text_it_had_before_the_dropping_stage():
    # dedup_in_doc removes the repeated paragraph, then finds the rest too short: the dropped record
    # must show the text it received, repeats included, and no trail from that stage
    text = f"{TITLE}\n\n{BODY_1}\n\n{BODY_1}"
    doc = Document(id="d", text=text, source="s")
    ctx = StageContext(StageStats("dedup_in_doc"))
    out = list(InDocumentDedup(min_doc_words=500).run([doc], ctx))
    assert len(out) == 1
    assert isinstance(out[0], Dropped)
    assert out[0].reason == "dedup.in_doc_too_short"
    assert out[0].doc.text == text
    assert out[0].doc.removed is None
    assert ctx.stats.lines_removed["dedup.in_doc_repeat"] == 1  # still counted

    kept = Document(id="k", text=f"{BODY_2}\n\n{BODY_1}\n\n{BODY_1}", source="s")
    (res,) = list(InDocumentDedup(min_doc_words=10).run([kept], StageContext(StageStats("dedup_in_doc"))))
    assert isinstance(res, Document)
    assert res.text == f"{BODY_2}\n\n{BODY_1}"
    assert [4, BODY_1, "dedup.in_doc_repeat", "dedup_in_doc"] in (res.removed or [])
    assert restore(res.text, res.removed) == f"{BODY_2}\n\n{BODY_1}\n\n{BODY_1}"


def test_a_page_dropped_after_chrome_removal_carries_its_trail(tmp_path):
    teaser_page = f"{TITLE}\n\n{TEASER}\n\nशेयर करें"
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "t", "text": teaser_page}, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    out = tmp_path / "out"
    shuddh.clean(str(tmp_path / "in.jsonl"), str(out), workers=1)
    (rec,) = _all(out, "dropped")
    assert rec["stage"] != "chrome"
    assert "शेयर करें" not in rec["text"]  # the text as the dropping stage received it
    assert restore(rec["text"], rec["removed"]) == teaser_page


def test_show_prints_removed_lines_in_place_with_their_reasons(tmp_path):
    texts = _corpus(tmp_path / "in.jsonl")
    out = tmp_path / "out"
    shuddh.clean(str(tmp_path / "in.jsonl"), str(out), workers=1, stages=STAGES)
    runner = CliRunner()
    res = runner.invoke(main, ["show", str(out), "page"])
    assert res.exit_code == 0, res.output
    body = [ln for ln in res.output.split("\n") if not ln.startswith("#")][:-1]
    # every line of the page, in order: kept lines indented, removed ones marked with their reason
    shown = ["" if ln == "-" else ln[2:].split("  ⟵ ")[0] if ln.startswith("- ") else ln[2:] for ln in body]
    assert shown == texts["page"].split("\n")
    assert "- शहर  ⟵ header.section_label [header]" in body
    assert f"  {BODY_1}" in body
    assert f"  {TITLE}" in body
    assert "- Back to top button  ⟵ chrome.navigation [chrome]" in body
    assert "\x1b[" not in res.output  # not a terminal: no colour codes
    # by URL; a chrome_repeats removal from the later phase is marked too
    by_url = runner.invoke(main, ["show", str(out), "https://nagar.example.in/a2"])
    assert by_url.exit_code == 0
    assert f"- {SITE_LINE}  ⟵ chrome.repeated [chrome_repeats]" in by_url.output
    # a dropped document
    dropped = runner.invoke(main, ["show", str(out), "chrome-only"])
    assert dropped.exit_code == 0
    assert "# dropped (" in dropped.output
    missing = runner.invoke(main, ["show", str(out), "no-such-id"])
    assert missing.exit_code == 1


def test_marked_lines_undo_stages_last_first():
    # stage B removed line 1 of the text A left; A removed lines 0 and 2 of the original
    original = ["मेन्यू", TITLE, "शेयर करें", BODY_1, "संस्करण"]
    trail = [[0, "मेन्यू", "chrome.x", "A"], [2, "शेयर करें", "chrome.y", "A"], [2, "संस्करण", "chrome.repeated", "B"]]
    after = "\n".join([TITLE, BODY_1])
    marked = marked_lines(after, trail)
    assert [t for t, _ in marked] == original
    assert [e.stage if e else None for _, e in marked] == ["A", None, "A", None, "B"]


def test_parquet_output_has_the_trail_and_show_reads_it(tmp_path):
    texts = _corpus(tmp_path / "in.jsonl")
    out = tmp_path / "out"
    shuddh.clean(str(tmp_path / "in.jsonl"), str(out), workers=1, stages=STAGES, format="parquet")
    assert (out / "removed" / "part-00000.parquet").is_file()
    res = CliRunner().invoke(main, ["show", str(out), "page"])
    assert res.exit_code == 0, res.output
    assert "- Back to top button  ⟵ chrome.navigation [chrome]" in res.output
    dropped = CliRunner().invoke(main, ["show", str(out), "chrome-only"])
    assert dropped.exit_code == 0, dropped.output
    shown = [ln for ln in dropped.output.split("\n") if ln.startswith("- ")]
    assert "- शेयर करें  ⟵ chrome.share [chrome]" in shown
    assert texts["chrome-only"]


def test_marked_lines_put_cut_parts_back_on_their_line():
    promo = " ताज़ा ख़बरों के लिए हमारा ऐप डाउनलोड करें।"
    label = "यह भी पढ़ें: "
    trail = [[1, label, "chrome.read_more.part", "chrome"], [1, promo, "chrome.promo.part", "chrome"]]
    marked = marked_lines(f"{TITLE}\n{BODY_1}", trail)
    assert [t for t, _ in marked] == [TITLE, f"{label}{BODY_1}{promo}"]
    assert marked[1][1] is not None
    assert marked[1][1].reason.endswith(".part")
