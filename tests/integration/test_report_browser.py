"""report.html and inspect.html in a real browser (issue 18 item 3): headless Chromium (Debian's package).

A real small run of Hindi pages with hostile strings planted in id, URL, title and text. Chromium loads
each page from disk with every request sent to a local canary (``--proxy-server`` for everything,
``--host-resolver-rules`` so nothing resolves around it); the canary records the host of each request,
and a request to any host but Chromium's own services (updates, time) fails the test — a control page
with one ``<img>`` proves the canary sees page requests. ``--dump-dom`` gives the DOM after scripts ran:
the numbers shown must be the ones in stats.json, every chart must be there, the hostile strings must be
text (no element or attribute they could have made, no script of theirs run), and the inspect page's
own script must have run (it is allowed by its hash in the CSP). Devanagari is shaped when a font covers
Hindi: ``fc-list :lang=hi`` must list one (Debian: fonts-noto-core).

Until the runner records ``stats["volumes"]`` (shuddh.volumes; the lead wires it), the test builds the
same accumulator from the run's output files and rewrites report.html with it, so the sections that
need it are rendered and checked too.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import socket
import subprocess
import threading
from pathlib import Path

import lxml.html
import orjson
import pytest

import shuddh
from shuddh.audit import _records
from shuddh.browse import write_browser
from shuddh.document import Document, Quarantined
from shuddh.layout import part_files
from shuddh.report import write_report
from shuddh.stages.registry import stage_class
from shuddh.volumes import Volumes, signal_thresholds
from tests.conftest import PAGE, article

pytestmark = pytest.mark.slow

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no chromium (apt-get install chromium)")

PWN_TITLE = "<script>document.title='PWNED'</script>"
PWN_IMG = "\"><img src=http://leak.example/i.png onerror=\"document.body.setAttribute('data-pwned','1')\">"
PWN_URL = "javascript:document.body.setAttribute('data-pwned','2')"
PWN_ID = "id\"><svg onload=\"document.body.setAttribute('data-pwned','3')\">"
# a Hindi news paragraph written for this test (not scraped), unlike the conftest articles
WEATHER = (
    "मौसम विभाग ने अगले तीन दिनों तक राज्य के कई ज़िलों में भारी बारिश की चेतावनी जारी की है। विभाग के अनुसार "
    "पहाड़ी इलाक़ों में भूस्खलन का ख़तरा बना हुआ है, इसलिए लोगों को नदी किनारे न जाने की सलाह दी गई है। प्रशासन ने "
    "राहत शिविर तैयार रखे हैं और आपदा प्रबंधन दल को सतर्क कर दिया गया है। स्कूलों को दो दिन बंद रखने का आदेश दिया "
    "गया है और किसानों से फ़सल की कटाई फ़िलहाल टालने को कहा गया है। बिजली विभाग ने भी आपात सेवाओं के लिए अतिरिक्त "
    "कर्मचारी तैनात किए हैं।"
)
#: hosts Chromium itself talks to (component updates, sign-in, network time): not the page's requests
BROWSER_HOSTS = re.compile(r"(^|\.)(google\.com|gvt1\.com|googleapis\.com|gstatic\.com)$")
PAGE_FONT_HOSTS = ("fonts.googleapis.com", "fonts.gstatic.com")


class Canary:
    """A TCP listener that records the host of every request a browser sends it as its proxy."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(32)
        self.port = self.sock.getsockname()[1]
        self.hosts: list[str] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    head = conn.recv(4096).decode("latin-1")
                except OSError:
                    head = ""
                m = re.match(r"CONNECT ([^:\s]+)", head) or re.search(r"(?im)^host:\s*([^:\s]+)", head)
                self.hosts.append(m.group(1).lower() if m else "?")
                with contextlib.suppress(OSError):
                    conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")

    def page_requests(self) -> list[str]:
        return [h for h in self.hosts if h in PAGE_FONT_HOSTS or not BROWSER_HOSTS.search(h)]


def _chromium(url: str, canary: Canary, tmp: Path) -> str:
    """The DOM of ``url`` after its scripts ran, every request going to ``canary``."""
    assert CHROMIUM is not None
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp}", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
           "--disable-default-apps", "--no-default-browser-check", "--disable-breakpad",
           "--disable-client-side-phishing-detection", "--disable-domain-reliability",
           "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter",
           f"--proxy-server=http://127.0.0.1:{canary.port}", "--proxy-bypass-list=<-loopback>",
           "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
           "--virtual-time-budget=3000", "--dump-dom", url]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert res.returncode == 0, res.stderr[-2000:]
    return res.stdout


def _corpus(path: Path) -> None:
    rows = [{"id": "page", "url": "https://nagar.example.in/page", "title": "शहर की सड़कों की मरम्मत", "text": PAGE}]
    rows += [{"id": f"a{i}", "url": f"https://nagar.example.in/a{i}", "text": article(i)} for i in range(3)]
    rows.append({"id": "a1-copy", "url": "https://mirror.example.in/a1", "text": article(1)})  # a duplicate
    # kept (a text of its own): hostile id, URL and title; a hostile line in the text
    rows.append({"id": PWN_ID, "url": PWN_URL, "title": PWN_TITLE, "text": f"{WEATHER}\n\n{PWN_IMG}"})
    # dropped (too short): hostile text, title and URL
    rows.append({"id": "short<b>bold</b>", "url": PWN_URL, "title": PWN_TITLE, "text": f"नमस्ते {PWN_IMG}"})
    rows.append({"id": "chrome-only", "url": "https://nagar.example.in/c",
                 "text": "होम » देश » विदेश\n\nशेयर करें\n\nBack to top button"})
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + [f"{{not json {PWN_IMG}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _volumes_from_output(out: Path, stats: dict) -> dict:
    """stats["volumes"] … built from the output files (a stand-in until the runner records them)."""
    stages = [stage_class(s)() for s in ("length", "gopher_repetition", "fineweb_quality", "gopher_quality")]
    v = Volumes(thresholds=signal_thresholds(s.describe() for s in stages))
    trails = {r["id"]: r["removed"] for f in part_files(out / "removed") for r in _records(f)}

    def doc(r: dict, trail: object) -> Document:
        return Document(id=r["id"], text=r["text"], source=r["source"], url=r.get("url"), lang=r.get("lang"),
                        metadata=r.get("metadata") or {}, removed=trail)  # type: ignore[arg-type]

    for f in part_files(out / "kept"):
        for r in _records(f):
            v.add(doc(r, trails.get(r["id"])), "kept")
    for f in part_files(out / "dropped"):
        for r in _records(f):
            v.add(doc(r, r.get("removed")), "dropped", r["reason"], r.get("detail"))
    for f in part_files(out / "quarantine"):
        for r in _records(f):
            v.add_quarantined(Quarantined(source=r["source"], position=r["position"], reason=r["reason"],
                                          error=r["error"], raw_excerpt=r.get("raw_excerpt", "")))
    return {**stats, **v.to_dict()}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("no chromium (apt-get install chromium)")
    tmp = tmp_path_factory.mktemp("browser")
    _corpus(tmp / "in.jsonl")
    out = tmp / "out"
    res = shuddh.clean(str(tmp / "in.jsonl"), str(out), workers=1)
    assert res.stats["accounted"]
    stats = orjson.loads((out / "stats.json").read_bytes())
    if "volumes" not in stats:
        stats = _volumes_from_output(out, stats)
        write_report(out, stats, orjson.loads((out / "timing.json").read_bytes()))
    write_browser(out)
    canary = Canary()
    dom = {name: lxml.html.document_fromstring(_chromium((out / name).as_uri(), canary, tmp / f"profile-{name}"))
           for name in ("report.html", "inspect.html")}
    return out, stats, dom, canary


def _keyed(dom, xpath: str) -> dict[str, str]:
    return {el.get("data-key"): el.text_content().strip() for el in dom.xpath(xpath)}


def _int(s: str) -> int:
    return int(s.replace(",", ""))


@needs_chromium
def test_the_canary_sees_a_page_request(tmp_path):
    """The control: a page that loads an image from the network is caught."""
    page = tmp_path / "control.html"
    page.write_text('<!doctype html><img src="http://leak.example/control.png">', encoding="utf-8")
    canary = Canary()
    _chromium(page.as_uri(), canary, tmp_path / "profile")
    assert "leak.example" in canary.page_requests()


@needs_chromium
def test_no_request_leaves_either_page(run):
    *_, canary = run
    assert canary.page_requests() == []


@needs_chromium
def test_report_numbers_are_the_ones_in_stats_json(run):
    _, stats, dom, _ = run
    rep = dom["report.html"]
    summary = _keyed(rep, "//table[@id='summary']//td[@data-key]")
    assert _int(summary["read"]) == stats["input"]["records"]
    for k in ("kept", "dropped", "quarantined"):
        assert _int(summary[k]) == stats[k], k
        for m in ("words", "chars", "bytes"):
            assert _int(summary[f"{k}.{m}"]) == stats["volumes"][k][m], (k, m)
    assert summary["accounted"] == "yes"
    drops = _keyed(rep, "//table[@id='drops']//td[@data-key]")
    assert {k: _int(v) for k, v in drops.items()} == stats["dropped_by_reason"]
    lines = _keyed(rep, "//table[@id='lines']//td[@data-key]")
    assert {k: _int(v) for k, v in lines.items()} == stats["lines_removed_by_reason"]
    quarantine = _keyed(rep, "//table[@id='quarantine']//td[@data-key]")
    assert {k: _int(v) for k, v in quarantine.items()} == stats["quarantined_by_reason"]
    langs = _keyed(rep, "//table[@id='languages']//td[@data-key]")
    for lang, per in stats["languages"].items():
        for o in ("kept", "dropped"):
            assert _int(langs[f"lang.{lang}.{o}.docs"]) == per[o]["docs"]
    funnel = _keyed(rep, "//*[@id='funnel-chart']//*[@data-key]")
    assert _int(funnel["kept"]) == stats["kept"]
    assert _int(funnel["read"]) == stats["input"]["records"]
    for st in stats["stages"]:
        if not st["name"].endswith((".collect", ".reduce")):
            assert _int(funnel[f"stage:{st['name']}"]) == st["docs_out"]


@needs_chromium
def test_every_chart_is_there(run):
    _, stats, dom, _ = run
    rep = dom["report.html"]
    assert rep.xpath("//svg[@id='funnel-chart']//rect")
    with_threshold = {k for k, s in stats["signals"].items() if s["threshold"] is not None}
    charts = {svg.get("data-signal") for svg in rep.xpath("//section[@id='signals']//svg")}
    assert charts == with_threshold
    assert len(rep.xpath("//section[@id='signals']//line[@class='threshold']")) == len(with_threshold)
    assert stats["examples"]["clusters"]  # the duplicate made a cluster
    assert rep.xpath("//svg[@id='cluster-chart']//rect")
    pairs = [tr.xpath("string(td[2])") for tr in rep.xpath("//table[@id='dedup-pairs']//tr[td]")]
    assert "a1" in pairs or "a1-copy" in pairs


@needs_chromium
def test_data_stays_text_in_the_report(run):
    *_, dom, _ = run
    rep = dom["report.html"]
    assert rep.xpath("string(//title)") == "shuddh report"
    assert rep.find("body").get("data-pwned") is None
    assert not rep.xpath("//script | //img | //iframe | //svg//svg")
    assert not [el for el in rep.iter() if any(a.lower().startswith("on") for a in el.attrib)]
    text = rep.text_content()
    assert PWN_IMG.strip() in text or "leak.example/i.png" in text
    # the dropped document's id, URL and text (the kept one with the hostile id is in inspect.html)
    assert "short<b>bold</b>" in text
    assert not rep.xpath("//b")
    assert PWN_URL in text
    assert not rep.xpath("//a[not(starts-with(@href, 'http'))]")


@needs_chromium
def test_inspect_runs_its_own_script_and_no_other(run):
    out, _, dom, canary = run
    ins = dom["inspect.html"]
    body = ins.find("body")
    assert body.get("data-ready") == "1"  # the page's script ran (allowed by its hash)
    assert body.get("data-pwned") is None
    assert ins.xpath("string(//title)").startswith("shuddh inspect")
    assert len(ins.xpath("//script")) == 1
    assert not ins.xpath("//img | //iframe | //svg")
    assert not [el for el in ins.iter() if any(a.lower().startswith("on") for a in el.attrib)]
    (hostile,) = [a for a in ins.xpath("//article") if a.get("data-id") == PWN_ID]
    assert hostile.get("data-status") == "kept"
    assert PWN_TITLE in hostile.text_content()
    assert "leak.example/i.png" in hostile.text_content()
    (short,) = [a for a in ins.xpath("//article") if a.get("data-id") == "short<b>bold</b>"]
    assert short.get("data-status") == "dropped"
    assert not short.xpath(".//b[text()='bold']")
    # search by id from the address: only that document is shown
    one = lxml.html.document_fromstring(_chromium((out / "inspect.html").as_uri() + "#q=a2", canary,
                                                  out.parent / "profile-q"))
    shown = [a.get("data-id") for a in one.xpath("//article[not(@hidden)]")]
    assert shown
    assert all("a2" in i for i in shown)
    assert canary.page_requests() == []


@needs_chromium
def test_devanagari_has_a_font():
    fc = shutil.which("fc-list")
    if fc is None:
        pytest.skip("no fontconfig")
    fonts = subprocess.run([fc, ":lang=hi", "family"], capture_output=True, text=True, check=False).stdout
    assert fonts.strip(), "no font covers Hindi: Devanagari renders as boxes (Debian: apt-get install fonts-noto-core)"
