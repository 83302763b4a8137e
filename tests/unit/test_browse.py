"""shuddh.browse: the inspect page of a run (issue 18 item 2), on real small runs of Hindi pages."""

from __future__ import annotations

import gzip
import json
import urllib.error
import urllib.request
from pathlib import Path

import lxml.html
import pytest

import shuddh
from shuddh.browse import CSP, SCRIPT_HASH, render_browser, serve_browser, write_browser
from shuddh.stages.registry import DEFAULT_STAGES
from tests.conftest import PAGE, article

STAGES = [s for s in DEFAULT_STAGES if s not in ("dedup_exact", "dedup_near")]
HOSTILE_ID = '"><img src=x onerror=alert(1)>'
HOSTILE_TEXT = "<script>alert('xss')</script>"


def _run(tmp_path: Path, audit: bool = True, n: int = 4) -> Path:
    rows = [{"id": "page", "url": "https://nagar.example.in/page", "text": PAGE}]
    rows += [{"id": f"a{i}", "url": f"https://nagar.example.in/a{i}", "text": article(i)} for i in range(n)]
    rows.append({"id": "chrome-only", "url": "javascript:alert(1)",
                 "text": "होम » देश » विदेश\n\nशेयर करें\n\nBack to top button"})
    rows.append({"id": HOSTILE_ID, "url": "https://nagar.example.in/x", "text": f"{HOSTILE_TEXT} नमस्ते"})
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    res = shuddh.clean(str(src), str(out), workers=1, stages=STAGES, audit=audit)
    assert res.stats["accounted"]
    return out


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    return _run(tmp_path_factory.mktemp("browse"))


def _doc(dom, doc_id: str):
    (a,) = [a for a in dom.xpath("//article") if a.get("data-id") == doc_id]
    return a


def test_kept_document_shows_removed_lines_struck_through_and_labelled(run_dir):
    dom = lxml.html.document_fromstring(render_browser(run_dir))
    page = _doc(dom, "page")
    assert page.get("data-status") == "kept"
    struck = {d.text_content(): d.getparent().xpath("string(.//span[@class='why'])") for d in page.xpath(".//del")}
    assert struck["Back to top button"] == "chrome.navigation [chrome]"
    assert struck["यह भी पढ़ें: नए पुल का उद्घाटन अगले महीने"] == "chrome.read_more [chrome]"
    kept_lines = [d.text_content() for d in page.xpath(".//div[@class='l'][not(del)]")]
    assert any(line.startswith("नगर निगम ने शहर की सभी मुख्य सड़कों") for line in kept_lines)
    assert "chrome.navigation" in page.get("data-reasons").split()


def test_dropped_documents_by_reason_with_their_text(run_dir):
    dom = lxml.html.document_fromstring(render_browser(run_dir))
    empty = _doc(dom, "chrome-only")
    assert empty.get("data-status") == "dropped"
    assert "clean.empty" in empty.get("data-reasons").split()
    # nothing was left, so the lines it had are shown, struck through
    assert [d.text_content() for d in empty.xpath(".//del")] == ["होम » देश » विदेश", "शेयर करें", "Back to top button"]
    reasons = {o.get("value") for o in dom.xpath("//select[@id='f-reason']/option")}
    assert {"clean.empty", "quality.too_short", "chrome.navigation"} <= reasons
    assert {o.get("value") for o in dom.xpath("//select[@id='f-lang']/option")} >= {"hi", "und"}


def test_data_stays_inert_and_only_the_page_script_may_run(run_dir):
    html = render_browser(run_dir)
    dom = lxml.html.document_fromstring(html)
    (script,) = dom.xpath("//script")
    assert f"'{SCRIPT_HASH}'" in CSP
    assert dom.xpath("//meta[@http-equiv='Content-Security-Policy']")[0].get("content") == CSP
    assert not dom.xpath("//img | //iframe | //*[@src]")
    assert not [el for el in dom.iter() if any(a.lower().startswith("on") for a in el.attrib)]
    hostile = _doc(dom, HOSTILE_ID)
    assert HOSTILE_TEXT in hostile.text_content()
    for a in dom.xpath("//a"):
        assert a.get("href").startswith("https://")
        assert "noopener" in a.get("rel")
    assert "javascript:alert(1)" in _doc(dom, "chrome-only").text_content()
    assert script.text.strip()
    assert "innerHTML" not in script.text


def test_without_the_audit_trail_the_page_says_so(tmp_path, run_dir):
    out = _run(tmp_path, audit=False)
    dom = lxml.html.document_fromstring(render_browser(out))
    assert "audit trail of removed lines is absent" in dom.xpath("string(//*[@id='banner'])")
    assert not dom.xpath("//del")
    with_trail = lxml.html.document_fromstring(render_browser(run_dir))
    assert not with_trail.xpath("//*[@id='banner']")


def test_the_sample_is_bounded_and_does_not_depend_on_order(tmp_path):
    out = _run(tmp_path, n=8)
    dom = lxml.html.document_fromstring(render_browser(out, sample=3))
    kept = [a.get("data-id") for a in dom.xpath("//article[@data-status='kept']")]
    assert len(kept) == 3
    # the same kept documents after their file is reversed: chosen by id, not by position
    f = next((out / "kept").rglob("part-*"))
    lines = gzip.decompress(f.read_bytes()).decode().splitlines(keepends=True)
    f.write_bytes(gzip.compress("".join(reversed(lines)).encode()))
    again = lxml.html.document_fromstring(render_browser(out, sample=3))
    assert sorted(a.get("data-id") for a in again.xpath("//article[@data-status='kept']")) == sorted(kept)


def test_write_and_serve_on_localhost_only_that_file(run_dir):
    path = write_browser(run_dir, sample=5)
    assert path == run_dir / "inspect.html"
    server, _ = serve_browser(path)
    try:
        host, port = server.server_address[:2]
        assert host == "127.0.0.1"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as r:
            assert r.read() == path.read_bytes()
            assert r.headers["Content-Security-Policy"] == CSP
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/stats.json")
    finally:
        server.shutdown()
        server.server_close()


def test_parquet_output_shows_the_same_documents_and_struck_lines(tmp_path, run_dir):
    src = run_dir.parent / "in.jsonl"
    out = tmp_path / "pq"
    assert shuddh.clean(str(src), str(out), workers=1, stages=STAGES, format="parquet").stats["accounted"]

    def view(d: Path) -> dict[str, list[str]]:
        dom = lxml.html.document_fromstring(render_browser(d))
        return {a.get("data-id"): [x.text_content() for x in a.xpath(".//del")] for a in dom.xpath("//article")}

    assert view(out) == view(run_dir)
    assert view(out)["page"]


def test_the_inspect_command_writes_the_page(run_dir):
    from click.testing import CliRunner

    from shuddh.cli import main

    (run_dir / "inspect.html").unlink(missing_ok=True)
    res = CliRunner().invoke(main, ["inspect", str(run_dir), "--sample", "2"])
    assert res.exit_code == 0, res.output
    assert res.output.strip() == str(run_dir / "inspect.html")
    dom = lxml.html.document_fromstring((run_dir / "inspect.html").read_text(encoding="utf-8"))
    assert len(dom.xpath("//article[@data-status='kept']")) == 2
