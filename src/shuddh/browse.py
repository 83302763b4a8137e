"""``OUTDIR/inspect.html``: a browsable sample of a run's decisions (``shuddh inspect``; docs/report.md).

Kept documents with the lines the stages removed put back, struck through and labelled with reason and
stage (the audit trail: ``removed/`` beside ``kept/``, the ``removed`` key of ``dropped/`` records; see
:mod:`shuddh.audit`); dropped documents by reason with the text they had when the stage dropped them.
Filter by status, reason and language, search by id or URL (``inspect.html#q=<id>`` opens on one
document): one small inline script, allowed by its hash in the page's Content-Security-Policy, which
forbids everything else (no request leaves the page).
Every value from the data is escaped and only ever set as text or attribute by the script.

The sample is bounded and deterministic: the ``sample`` kept documents, and per drop reason the
``max(3, sample // 10)`` dropped ones, with the smallest BLAKE2b hash of their id (a uniform sample that
does not depend on file order or worker count); each text is cut at :data:`TEXT_CHARS` characters.
One pass over ``kept/`` and ``dropped/``, and over the ``removed/`` files of the shards sampled.
"""

from __future__ import annotations

import hashlib
import heapq
import http.server
import threading
from base64 import b64encode
from pathlib import Path
from typing import Any

from shuddh.audit import PART, Entry, _records, marked_lines, trail_entries
from shuddh.io.writers import atomic_write_bytes
from shuddh.layout import Layout, part_files, shard_of
from shuddh.report import CSS, _e, _link
from shuddh.stages.base import BLANK

__all__ = ["DEFAULT_SAMPLE", "TEXT_CHARS", "render_browser", "serve_browser", "write_browser"]

DEFAULT_SAMPLE = 200
#: a document's text is cut after this many characters (its lines stay whole up to there)
TEXT_CHARS = 6000

_SCRIPT = """
(function(){
var $=function(id){return document.getElementById(id);};
var docs=Array.prototype.slice.call(document.querySelectorAll('article.doc'));
function apply(){
  var st=$('f-status').value, rs=$('f-reason').value, lg=$('f-lang').value, q=$('f-q').value.trim();
  var shown=0;
  docs.forEach(function(d){
    var ok=(!st||d.dataset.status===st)&&(!lg||d.dataset.lang===lg)&&
      (!rs||(' '+d.dataset.reasons+' ').indexOf(' '+rs+' ')>=0)&&
      (!q||d.dataset.id.indexOf(q)>=0||d.dataset.url.indexOf(q)>=0);
    d.hidden=!ok; if(ok){shown++;}
  });
  $('n-shown').textContent=String(shown);
}
['f-status','f-reason','f-lang','f-q'].forEach(function(id){
  $(id).addEventListener('input',apply); $(id).addEventListener('change',apply);});
var m=/^#q=(.*)$/.exec(location.hash);
if(m){$('f-q').value=decodeURIComponent(m[1]);}
apply();
document.body.setAttribute('data-ready','1');
})();
""".strip()
SCRIPT_HASH = "sha256-" + b64encode(hashlib.sha256(_SCRIPT.encode()).digest()).decode()
#: the page may run only its own script (by hash) and fetch nothing
CSP = (f"default-src 'none'; style-src 'unsafe-inline'; script-src '{SCRIPT_HASH}'; img-src data:; "
       "base-uri 'none'; form-action 'none'")

_CSS = CSS + """
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #d0d7de;z-index:1}
.filters label{margin-right:1rem}
article.doc{border:1px solid #d0d7de;border-radius:6px;margin:1rem 0;padding:.6rem .8rem}
article.doc[data-status=dropped]{border-left:4px solid #cf222e}
article.doc[data-status=kept]{border-left:4px solid #2f81f7}
.head{font-size:.85rem;color:#656d76;overflow-wrap:anywhere}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin-top:.4rem}
.l{min-height:1.2em}del.rm{color:#8c959f;text-decoration:line-through}
.why{font-size:.75rem;color:#9a6700;background:#fff8c5;border-radius:3px;padding:0 .3rem;margin-left:.4rem;
text-decoration:none;display:inline-block}
.banner{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem .8rem;border-radius:6px}
"""


def _rank(doc_id: Any) -> int:
    return int.from_bytes(hashlib.blake2b(str(doc_id).encode("utf-8", "surrogatepass"), digest_size=8).digest())


class _Bottom:
    """The ``k`` items of smallest (rank, arrival) seen, in O(k) memory."""

    def __init__(self, k: int) -> None:
        self.k = k
        self.n = 0
        self.heap: list[tuple[int, int, Any]] = []  # (-rank, -arrival, item): heap[0] is the largest kept

    def add(self, rank: int, item: Any) -> None:
        self.n += 1
        key = (-rank, -self.n, item)
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, key)
        elif self.k and key[:2] > self.heap[0][:2]:
            heapq.heapreplace(self.heap, key)

    def items(self) -> list[Any]:
        return [x[2] for x in sorted(self.heap, key=lambda x: (-x[0], -x[1]))]


def _kept(outdir: Path, k: int) -> list[tuple[str, dict[str, Any]]]:
    b = _Bottom(k)
    for f in part_files(Layout(outdir).kept_dir):
        for rec in _records(f):
            b.add(_rank(rec.get("id")), (shard_of(f), rec))
    return b.items()


def _dropped(outdir: Path, per_reason: int) -> dict[str, list[dict[str, Any]]]:
    by_reason: dict[str, _Bottom] = {}
    for f in part_files(Layout(outdir).dropped_dir):
        for rec in _records(f):
            by_reason.setdefault(str(rec.get("reason", "?")), _Bottom(per_reason)).add(_rank(rec.get("id")), rec)
    return {reason: b.items() for reason, b in sorted(by_reason.items())}


def _trails(outdir: Path, wanted: dict[str, set[str]]) -> dict[str, list[Entry]]:
    """The trails of the kept documents ``wanted`` (shard -> ids), from those shards' ``removed/`` files."""
    out: dict[str, list[Entry]] = {}
    for f in part_files(Layout(outdir).removed_dir):
        ids = wanted.get(shard_of(f))
        if not ids:
            continue
        for rec in _records(f):
            if rec.get("id") in ids:
                out[str(rec["id"])] = trail_entries(rec.get("removed"))
    return out


def _lines_html(text: str, trail: list[Entry]) -> tuple[str, list[str]]:
    """The text with removed lines struck through and labelled; and the line-removal reasons it shows."""
    try:
        marked = marked_lines(text, trail)
    except ValueError as e:  # a trail that does not fit its text: show the text as written, and say so
        return (f"<div class=banner>the audit trail does not fit this text ({_e(e)}); shown as written</div>"
                + "".join(f"<div class=l>{_e(ln)}</div>" for ln in text.split("\n"))), []
    out, reasons, used = [], [], 0
    for line, entry in marked:
        if used > TEXT_CHARS:
            out.append("<div class=l><i class=muted>… (cut)</i></div>")
            break
        used += len(line) + 1
        if entry is None:
            out.append(f"<div class=l>{_e(line)}</div>")
            continue
        why = f"<span class=why>{_e(entry.reason)} [{_e(entry.stage)}]</span>"
        if entry.reason == BLANK:
            continue  # a blank line that collapsing removed: nothing to show
        reasons.append(entry.reason)
        if entry.reason.endswith(PART):
            piece = entry.text
            if piece[:1].isspace() and line.endswith(piece):
                rest = line[: len(line) - len(piece)]
                out.append(f"<div class=l>{_e(rest)}<del class=rm>{_e(piece)}</del>{why}</div>")
            elif line.startswith(piece):
                out.append(f"<div class=l><del class=rm>{_e(piece)}</del>{_e(line[len(piece):])}{why}</div>")
            else:
                out.append(f"<div class=l>{_e(line)}{why}</div>")
        else:
            out.append(f"<div class=l><del class=rm>{_e(line)}</del>{why}</div>")
    return "".join(out), reasons


def _article(rec: dict[str, Any], status: str, trail: list[Entry] | None) -> tuple[str, str, set[str]]:
    lang = str(rec.get("lang") or "und")
    text = str(rec.get("text", ""))
    body, reasons = _lines_html(text, trail or [])
    if not text.strip() and not reasons:
        body = "<div class=l><i class=muted>(no text)</i></div>"
    all_reasons = set(reasons)
    head = [f"<b>{_e(status)}</b>", f"id <code>{_e(rec.get('id'))}</code>", f"lang <code>{_e(lang)}</code>"]
    if status == "dropped":
        all_reasons.add(str(rec.get("reason", "?")))
        head.insert(1, f"reason <code>{_e(rec.get('reason'))}</code> [stage {_e(rec.get('stage'))}]")
        kept_id = (rec.get("detail") or {}).get("kept_id") if isinstance(rec.get("detail"), dict) else None
        if kept_id is not None:
            head.append(f"duplicate of <code>{_e(kept_id)}</code>")
    if rec.get("url"):
        head.append(_link(rec["url"]))
    title = (rec.get("metadata") or {}).get("title") if isinstance(rec.get("metadata"), dict) else None
    title_html = f"<div><b>{_e(title)}</b></div>" if title else ""
    n_removed = len(reasons)
    head.append(f"{n_removed} line(s) removed")
    attrs = (f'data-status="{status}" data-lang="{_e(lang)}" data-id="{_e(rec.get("id", ""))}" '
             f'data-url="{_e(rec.get("url") or "")}" data-reasons="{_e(" ".join(sorted(all_reasons)))}"')
    return (f"<article class=doc {attrs}><div class=head>{' · '.join(head)}</div>{title_html}"
            f"<div class=text>{body}</div></article>"), lang, all_reasons


def render_browser(outdir: Path, sample: int = DEFAULT_SAMPLE) -> str:
    """The inspect page of the run in ``outdir`` (see the module docstring)."""
    outdir = Path(outdir)
    lay = Layout(outdir)
    kept = _kept(outdir, sample)
    dropped = _dropped(outdir, max(3, sample // 10))
    has_removed = lay.removed_dir.is_dir()
    audit_in_dropped = any("removed" in r for rs in dropped.values() for r in rs)
    audited = has_removed or audit_in_dropped
    wanted: dict[str, set[str]] = {}
    for shard, rec in kept:
        wanted.setdefault(shard, set()).add(str(rec.get("id")))
    trails = _trails(outdir, wanted) if has_removed else {}
    articles, langs, reasons = [], set(), set()
    for _, rec in kept:
        a, lang, rs = _article(rec, "kept", trails.get(str(rec.get("id"))))
        articles.append(a)
        langs.add(lang)
        reasons |= rs
    for recs in dropped.values():
        for rec in recs:
            a, lang, rs = _article(rec, "dropped", trail_entries(rec.get("removed")))
            articles.append(a)
            langs.add(lang)
            reasons |= rs
    banners = []
    if not audited:
        banners.append("The audit trail of removed lines is absent (run with audit: false, or before it existed): "
                       "documents are shown as written, without the lines the stages removed.")
    if not lay.kept_dir.is_dir() and not lay.dropped_dir.is_dir():
        banners.append("No kept/ or dropped/ folder here: is this a shuddh output directory?")
    n_dropped = sum(len(v) for v in dropped.values())

    def options(values: set[str]) -> str:
        return "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in sorted(values))

    filters = (
        "<div class=filters>"
        "<label>status <select id=f-status><option value=''>all</option><option>kept</option>"
        "<option>dropped</option></select></label>"
        f"<label>reason <select id=f-reason><option value=''>all</option>{options(reasons)}</select></label>"
        f"<label>language <select id=f-lang><option value=''>all</option>{options(langs)}</select></label>"
        "<label>id or URL <input id=f-q type=search size=30></label>"
        f"<span class=muted><span id=n-shown>{len(articles)}</span> of {len(articles)} shown</span></div>"
    )
    return (f'<!doctype html><html lang=en><head><meta charset=utf-8>'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f"<meta name=viewport content='width=device-width,initial-scale=1'>"
            f"<title>shuddh inspect: {_e(outdir.name)}</title><style>{_CSS}</style></head><body>"
            f"<h1>shuddh inspect</h1><p class=muted>A sample of the run in <code>{_e(outdir)}</code>: "
            f"{len(kept):,} kept document(s) (at most {sample:,}) and {n_dropped:,} dropped (at most "
            f"{max(3, sample // 10):,} per reason), chosen by a hash of their id. Removed lines are struck "
            f"through and labelled with reason [stage]; a dropped document shows the text it had when the "
            f"stage dropped it. PII is already redacted.</p>"
            + "".join(f"<p class=banner id=banner>{_e(b)}</p>" for b in banners)
            + filters + "<main id=docs>" + "".join(articles) + "</main>"
            + f"<script>{_SCRIPT}</script></body></html>\n")


def write_browser(outdir: Path, sample: int = DEFAULT_SAMPLE) -> Path:
    """Write ``OUTDIR/inspect.html`` and return its path."""
    path = Layout(Path(outdir)).inspect
    atomic_write_bytes(path, render_browser(Path(outdir), sample).encode())
    return path


def serve_browser(path: Path, port: int = 0) -> tuple[http.server.ThreadingHTTPServer, threading.Thread]:
    """Serve the one file ``path`` on 127.0.0.1 (``port`` 0: any free port) from a daemon thread; every other
    path is 404. Returns the server (``server.server_address[1]`` is the port; ``shutdown()`` stops it)."""
    body = Path(path).read_bytes()

    class _One(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.split("?", 1)[0] not in ("/", f"/{Path(path).name}"):
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Security-Policy", CSP)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), _One)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    return server, t
