"""``OUTDIR/report.html``: what a run did, for a curator deciding whether to trust it (docs/report.md).

Self-contained: inline CSS and SVG, no script, no font or image fetched (a Content-Security-Policy of
``default-src 'none'`` makes the browser refuse any request the page might still make), system fonts for
Devanagari and the other Indic scripts. Everything taken from the data (ids, URLs, titles, text, reasons,
file names) is escaped; a URL becomes a link only when it is ``http(s)``, with ``rel=noopener``.

Sections: summary and volumes, funnel (read → after each stage → kept), languages, drops by reason,
removed lines by reason (count, share, distinct examples with their document id/URL), quality-signal
distributions with the threshold marked (kept vs quality drops), dedup (cluster sizes, kept/dropped
pairs), quarantine (reason, source, position, error), skipped input, PII, stages with their time.
The volumes, languages, signals and examples come from :mod:`shuddh.volumes` (``stats["volumes"]`` …);
a section whose data the run did not record says so. Size is bounded by the number of reasons,
languages and signals, not documents: ~2 MB is far off for any run (``benchmarks/bench_report.py``).
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from shuddh.io.writers import atomic_write_bytes
from shuddh.layout import Layout
from shuddh.stages.base import DROP_SAMPLE_PREFIX

__all__ = ["CSP", "render_report", "write_report"]

#: no request of any kind, no script; inline styles only
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
#: at most this many skipped files are listed by name
SKIPPED_SHOWN = 50
#: at most this many examples per reason from the per-stage samples (runs without stats["examples"])
SAMPLES_SHOWN = 3

_FONTS = ("system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Sans Devanagari','Noto Sans Bengali',"
          "'Noto Sans Tamil','Noto Sans Telugu','Noto Sans Gujarati','Noto Sans Gurmukhi','Noto Sans Kannada',"
          "'Noto Sans Malayalam','Noto Sans Oriya','Noto Nastaliq Urdu','Nirmala UI','Mangal','Lohit Devanagari',"
          "sans-serif")
CSS = f"""
body{{font-family:{_FONTS};margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328;line-height:1.45}}
h1{{font-size:1.6rem}}h2{{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #d0d7de}}
h3{{font-size:1rem;margin:1rem 0 .2rem}}
table{{border-collapse:collapse;width:100%;margin:.5rem 0}}
td:first-child code{{word-break:normal;white-space:nowrap}}
td,th{{padding:.3rem .6rem;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:top}}
th{{background:#f6f8fa;font-weight:600}}td.n,th.n{{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}}
.ok{{color:#1a7f37}}.bad{{color:#b42318}}.muted{{color:#656d76}}
code{{font-family:ui-monospace,monospace;font-size:.85rem;background:#f6f8fa;padding:.1rem .3rem;word-break:break-all}}
.ex{{display:block;margin:.2rem 0;padding:.2rem .4rem;background:#f6f8fa;border-left:3px solid #d0d7de;
white-space:pre-wrap;overflow-wrap:anywhere;font-size:.92rem}}
.ref{{display:block;font-size:.78rem;color:#656d76;overflow-wrap:anywhere}}
.charts{{display:flex;flex-wrap:wrap;gap:.5rem}}.chart{{flex:0 0 auto;margin:0}}
svg text{{font-family:{_FONTS};font-size:11px;fill:#1f2328}}
.note{{color:#656d76;font-style:italic}}
"""

_KEPT, _DROPPED, _THRESH = "#2f81f7", "#cf222e", "#1f2328"


def _e(x: Any) -> str:
    return html.escape(str(x), quote=True)


def _n(x: Any) -> str:
    return f"{x:,}" if isinstance(x, int) else (f"{x:,.3f}" if isinstance(x, float) else _e(x))


def _pct(part: float, whole: float) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "–"


def _link(url: Any) -> str:
    """An ``http(s)`` URL as a link (rel=noopener, opened elsewhere); anything else as inert text."""
    if not url:
        return ""
    s = str(url)
    try:
        scheme = urlsplit(s.strip()).scheme.lower()
    except ValueError:
        scheme = ""
    if scheme in ("http", "https") and not any(c in s for c in "\x00\r\n\t"):
        return f'<a href="{_e(s)}" rel="noopener noreferrer nofollow" target=_blank>{_e(s)}</a>'
    return f"<code>{_e(s)}</code>"


def _ref(ex: Mapping[str, Any]) -> str:
    parts = []
    if ex.get("id") is not None:
        parts.append(f"id <code>{_e(ex['id'])}</code>")
    if ex.get("url"):
        parts.append(_link(ex["url"]))
    return f"<span class=ref>{' · '.join(parts)}</span>" if parts else ""


def _examples(exs: list[Mapping[str, Any]]) -> str:
    out = []
    for ex in exs:
        text = str(ex.get("text", ""))
        body = _e(text) if text.strip() else "<span class=note>(no text)</span>"
        out.append(f"<span class=ex>{body}{_ref(ex)}</span>")
    return "".join(out)


def _none(cols: int, what: str = "none") -> str:
    return f"<tr><td colspan={cols} class=muted>{_e(what)}</td></tr>"


def _not_recorded(what: str) -> str:
    return f"<p class=note>{_e(what)}: not recorded by this run.</p>"


# -- charts -------------------------------------------------------------------------------------------


def _funnel(stats: Mapping[str, Any]) -> str:
    """Horizontal bars: records read, documents after each document stage, kept."""
    rows: list[tuple[str, int, str]] = [("read", int(stats["input"]["records"]), "read")]
    doc_stages = [st for st in stats.get("stages", []) if not st["name"].endswith((".collect", ".reduce"))]
    if doc_stages and int(doc_stages[0]["docs_in"]) != rows[0][1]:  # the reader quarantined some records
        rows.append(("readable", int(doc_stages[0]["docs_in"]), "readable"))
    rows += [(st["name"], int(st["docs_out"]), f"stage:{st['name']}") for st in doc_stages]
    rows.append(("kept", int(stats["kept"]), "kept"))
    top = max((r[1] for r in rows), default=0) or 1
    label_w, bar_w, row_h = 170, 520, 22
    h = row_h * len(rows) + 6
    parts = [f'<svg id=funnel-chart role=img aria-label="funnel" width="{label_w + bar_w + 130}" height="{h}" '
             f'xmlns="http://www.w3.org/2000/svg">']
    for i, (name, n, key) in enumerate(rows):
        y = 3 + i * row_h
        w = max(1.0, bar_w * n / top) if n else 0.0
        color = _KEPT if key in ("read", "readable", "kept") else "#8c959f"
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{_e(name)}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{color}">'
                     f'<title>{_e(name)}: {n:,}</title></rect>'
                     f'<text x="{label_w + w + 6:.1f}" y="{y + 15}" data-key="{_e(key)}">{n:,}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _edges(spec: list[Any]) -> tuple[str, float, float, int]:
    kind, lo, hi, n = spec
    return str(kind), float(lo), float(hi), int(n)


def _pos(spec: list[Any], x: float) -> float:
    """``x`` as a fractional bin index (for the threshold line)."""
    kind, lo, hi, n = _edges(spec)
    if kind == "log":
        return n * math.log(max(x, lo) / lo) / math.log(hi / lo)
    return n * (x - lo) / (hi - lo)


def _value_at(spec: list[Any], i: float) -> float:
    kind, lo, hi, n = _edges(spec)
    return lo * (hi / lo) ** (i / n) if kind == "log" else lo + (hi - lo) * i / n


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:.3g}"


def _histogram(name: str, s: Mapping[str, Any]) -> str:
    spec = s["bins"]
    kept = {int(k): int(v) for k, v in s.get("kept", {}).items()}
    dropped = {int(k): int(v) for k, v in s.get("dropped", {}).items()}
    used = sorted(set(kept) | set(dropped))
    t = s.get("threshold")
    n_bins = _edges(spec)[3]
    if not used and t is None:
        return ""
    lo_i = min(used) if used else 0
    hi_i = max(used) + 1 if used else 1
    if t is not None:
        tp = _pos(spec, float(t))
        lo_i, hi_i = min(lo_i, max(0, math.floor(tp) - 1)), max(hi_i, min(n_bins, math.ceil(tp) + 1))
    lo_i, hi_i = max(0, lo_i), min(n_bins, max(hi_i, lo_i + 1))
    span = hi_i - lo_i
    width, height, pad_l, pad_b, pad_t = 320, 120, 36, 30, 18
    bw = width / span
    top = max((kept.get(i, 0) + dropped.get(i, 0) for i in range(lo_i, hi_i)), default=0) or 1
    parts = [f'<svg class=hist data-signal="{_e(name)}" role=img aria-label="{_e(name)}" '
             f'width="{width + pad_l + 8}" height="{height + pad_b + pad_t}" xmlns="http://www.w3.org/2000/svg">',
             f'<text x="{pad_l}" y="12">{_e(name)}</text>']
    base = pad_t + height
    for i in range(lo_i, hi_i):
        k, d = kept.get(i, 0), dropped.get(i, 0)
        if not (k or d):
            continue
        x = pad_l + (i - lo_i) * bw
        hk, hd = height * k / top, height * d / top
        rng = f"{_fmt(_value_at(spec, i))}–{_fmt(_value_at(spec, i + 1))}"
        if k:
            parts.append(f'<rect x="{x:.1f}" y="{base - hk:.1f}" width="{max(bw - .5, .5):.1f}" height="{hk:.1f}" '
                         f'fill="{_KEPT}"><title>{rng}: {k:,} kept</title></rect>')
        if d:
            parts.append(f'<rect x="{x:.1f}" y="{base - hk - hd:.1f}" width="{max(bw - .5, .5):.1f}" '
                         f'height="{hd:.1f}" fill="{_DROPPED}"><title>{rng}: {d:,} dropped</title></rect>')
    parts.append(f'<line x1="{pad_l}" y1="{base}" x2="{pad_l + width}" y2="{base}" stroke="#8c959f"/>'
                 f'<text x="{pad_l}" y="{base + 13}">{_fmt(_value_at(spec, lo_i))}</text>'
                 f'<text x="{pad_l + width}" y="{base + 13}" text-anchor="end">{_fmt(_value_at(spec, hi_i))}</text>'
                 f'<text x="{pad_l - 4}" y="{pad_t + 8}" text-anchor="end">{top:,}</text>')
    if t is not None:
        x = pad_l + (_pos(spec, float(t)) - lo_i) * bw
        parts.append(f'<line class=threshold x1="{x:.1f}" y1="{pad_t - 2}" x2="{x:.1f}" y2="{base}" '
                     f'stroke="{_THRESH}" stroke-width="1.5" stroke-dasharray="4 2"/>'
                     f'<text x="{min(max(x, pad_l + 40), pad_l + width - 40):.1f}" y="{base + 26}" '
                     f'text-anchor="middle">threshold {_fmt(float(t))}</text>')
    parts.append("</svg>")
    nk, nd = sum(kept.values()), sum(dropped.values())
    rule = ""
    if t is not None:
        side = "below" if s.get("keep") == "min" else "above"
        rule = f"<br>{_e(s.get('stage') or 'a filter')} drops a value {side} {_fmt(float(t))}"
    return (f"<figure class=chart>{''.join(parts)}<figcaption class=muted>{nk:,} kept, {nd:,} dropped by a "
            f"quality rule{rule}</figcaption></figure>")


def _bars(counts: Mapping[str, int], label: str, key: str) -> str:
    """A small vertical bar chart of ``counts`` (keys in the given order)."""
    items = list(counts.items())
    if not items:
        return ""
    top = max(v for _, v in items) or 1
    bw, height, pad = 28, 100, 20
    w = bw * len(items) + 10
    parts = [f'<svg id="{_e(key)}" role=img aria-label="{_e(label)}" width="{w}" height="{height + 2 * pad}" '
             f'xmlns="http://www.w3.org/2000/svg">']
    for i, (k, v) in enumerate(items):
        h = height * v / top
        x = 5 + i * bw
        parts.append(f'<rect x="{x}" y="{pad + height - h:.1f}" width="{bw - 4}" height="{h:.1f}" fill="{_KEPT}">'
                     f'<title>{_e(label)} {_e(k)}: {v:,}</title></rect>'
                     f'<text x="{x + (bw - 4) / 2}" y="{pad + height + 13}" text-anchor="middle">{_e(k)}</text>'
                     f'<text x="{x + (bw - 4) / 2}" y="{pad + height - h - 3:.1f}" text-anchor="middle">{v:,}</text>')
    parts.append("</svg>")
    return "".join(parts)


# -- sections -----------------------------------------------------------------------------------------


def _summary(stats: Mapping[str, Any]) -> str:
    rec = stats["input"]["records"]
    ok = stats["accounted"]
    vol = stats.get("volumes")
    rows = [("records read", "read", rec), ("kept", "kept", stats["kept"]),
            ("dropped", "dropped", stats["dropped"]), ("quarantined", "quarantined", stats["quarantined"])]
    head = "<tr><th>outcome</th><th class=n>records</th><th class=n>share</th>"
    if vol:
        head += "<th class=n>words</th><th class=n>characters</th><th class=n>bytes (UTF-8)</th>"
    out = [f"<table id=summary>{head}</tr>"]
    for label, key, n in rows:
        cells = f"<td>{label}</td><td class=n data-key=\"{key}\">{n:,}</td><td class=n>{_pct(n, rec)}</td>"
        if vol:
            v = vol.get(key, {})
            cells += "".join(f'<td class=n data-key="{key}.{m}">{_n(v.get(m, 0))}</td>'
                             for m in ("words", "chars", "bytes"))
        out.append(f"<tr>{cells}</tr>")
    if vol and vol.get("read", {}).get("docs"):
        # text the stages took out of documents (removed lines, normalisation): a document's volume is that
        # of its text when it was kept or dropped
        diff = {m: vol["read"].get(m, 0) - vol.get("kept", {}).get(m, 0) - vol.get("dropped", {}).get(m, 0)
                for m in ("words", "chars", "bytes")}
        out.append("<tr><td>taken out of documents by the stages (read − kept − dropped)</td><td></td><td></td>"
                   + "".join(f'<td class=n data-key="removed.{m}">{_n(v)}</td>' for m, v in diff.items()) + "</tr>")
    out.append(f"<tr><td>accounted for (every record kept, dropped or quarantined)</td>"
               f"<td class=\"n {'ok' if ok else 'bad'}\" data-key=accounted>{'yes' if ok else 'NO'}</td></tr></table>")
    if not vol:
        out.append(_not_recorded("Words, characters and bytes"))
    return "".join(out)


def _languages(stats: Mapping[str, Any]) -> str:
    langs = stats.get("languages")
    if not langs:
        labels: dict[str, int] = {}
        for st in stats.get("stages", []):
            for k, v in st.get("counters", {}).items():
                if k.startswith("label."):
                    labels[k[6:]] = labels.get(k[6:], 0) + v
        if not labels:
            return _not_recorded("Documents per language")
        rows = "".join(f"<tr><td><code>{_e(k)}</code></td><td class=n>{v:,}</td></tr>"
                       for k, v in sorted(labels.items(), key=lambda kv: (-kv[1], kv[0])))
        return (_not_recorded("Kept and dropped volumes per language")
                + f"<p>Labels langid gave (documents it saw):</p><table id=languages><tr><th>label</th>"
                  f"<th class=n>documents</th></tr>{rows}</table>")
    metrics = ("docs", "words", "chars", "bytes")
    head = "".join(f"<th class=n>{m} kept</th><th class=n>{m} dropped</th>" for m in metrics)
    rows_l = []
    for lang, per in sorted(langs.items(), key=lambda kv: (-kv[1].get("kept", {}).get("docs", 0), kv[0])):
        cells = "".join(f'<td class=n data-key="lang.{_e(lang)}.{o}.{m}">{_n(per.get(o, {}).get(m, 0))}</td>'
                        for m in metrics for o in ("kept", "dropped"))
        rows_l.append(f"<tr><td><code>{_e(lang)}</code></td>{cells}</tr>")
    return f"<table id=languages><tr><th>language</th>{head}</tr>{''.join(rows_l)}</table>"


def _stage_samples(stats: Mapping[str, Any], drops: bool) -> dict[str, list[dict[str, Any]]]:
    """Examples from the per-stage samples (text only, no id): distinct, at most SAMPLES_SHOWN."""
    out: dict[str, list[dict[str, Any]]] = {}
    for st in stats.get("stages", []):
        for key, texts in st.get("samples", {}).items():
            if key.startswith(DROP_SAMPLE_PREFIX) != drops:
                continue
            reason = key[len(DROP_SAMPLE_PREFIX):] if drops else key
            bucket = out.setdefault(reason, [])
            for t in texts:
                if len(bucket) < SAMPLES_SHOWN and all(" ".join(t.split()) != " ".join(b["text"].split())
                                                       for b in bucket):
                    bucket.append({"text": t})
    return out


def _reasons(counts: Mapping[str, int], total: int, examples: Mapping[str, list[Any]], unit: str,
             table_id: str, share_of: str) -> str:
    rows = []
    for reason, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"<tr><td><code>{_e(reason)}</code></td><td class=n data-key=\"{_e(reason)}\">{n:,}</td>"
                    f"<td class=n>{_pct(n, total)}</td><td>{_examples(examples.get(reason, []))}</td></tr>")
    return (f"<table id={table_id}><tr><th>reason</th><th class=n>{unit}</th><th class=n>share of {share_of}</th>"
            f"<th>examples (distinct; PII redacted)</th></tr>{''.join(rows) or _none(4)}</table>")


def _drops(stats: Mapping[str, Any]) -> str:
    ex = stats.get("examples", {}).get("dropped")
    note = "" if ex is not None else _not_recorded("Document ids of the examples (texts from the stage samples)")
    return note + _reasons(stats["dropped_by_reason"], stats["input"]["records"],
                           ex if ex is not None else _stage_samples(stats, True), "documents", "drops",
                           "records read")


def _lines(stats: Mapping[str, Any]) -> str:
    counts = stats.get("lines_removed_by_reason", {})
    ex = stats.get("examples", {}).get("lines")
    note = "" if ex is not None else _not_recorded("Document ids of the examples (texts from the stage samples)")
    return note + _reasons(counts, sum(counts.values()), ex if ex is not None else _stage_samples(stats, False),
                           "lines", "lines", "removed lines")


def _signals(stats: Mapping[str, Any]) -> str:
    sig = stats.get("signals")
    if not sig:
        return _not_recorded("Quality-signal distributions")
    # a signal whose rule is off (no threshold) is not one a filter uses; without any threshold, show all
    used = {k: v for k, v in sig.items() if v.get("threshold") is not None} or sig
    charts = [_histogram(name, s) for name, s in sorted(used.items())]
    legend = (f'<p class=muted><span style="color:{_KEPT}">■</span> kept · <span style="color:{_DROPPED}">■</span> '
              f"dropped by a quality rule · dashed line: the threshold in effect (the first stage using the "
              f"signal; a per-language profile may set another)</p>")
    return legend + f"<div class=charts id=signal-charts>{''.join(c for c in charts if c)}</div>"


def _dedup(stats: Mapping[str, Any]) -> str:
    counters: dict[str, int] = {}
    for st in stats.get("stages", []):
        if st["name"].startswith("dedup"):
            for k, v in st.get("counters", {}).items():
                counters[f"{st['name']}: {k}"] = v
    out = []
    if counters:
        out.append("<table id=dedup-counters>" + "".join(
            f"<tr><td>{_e(k)}</td><td class=n>{v:,}</td></tr>" for k, v in counters.items()) + "</table>")
    ex = stats.get("examples")
    if ex is None:
        return "".join(out) + _not_recorded("Cluster sizes and (kept, dropped) pairs")
    clusters = ex.get("clusters", {})
    out.append("<h3>Cluster sizes (kept documents standing for a cluster of that many)</h3>"
               + (_bars(clusters, "clusters of size", "cluster-chart") or "<p class=muted>no cluster</p>"))
    rows = []
    for reason, pairs in sorted(ex.get("dedup", {}).items()):
        for p in pairs:
            rows.append(f"<tr><td><code>{_e(reason)}</code></td><td><code>{_e(p.get('kept_id'))}</code></td>"
                        f"<td><code>{_e(p.get('id'))}</code>{_ref({'url': p.get('url')})}</td></tr>")
    out.append("<h3>Example pairs</h3><table id=dedup-pairs><tr><th>reason</th><th>kept id</th><th>dropped id</th></tr>"
               + ("".join(rows) or _none(3)) + "</table>")
    return "".join(out)


def _quarantine(stats: Mapping[str, Any]) -> str:
    counts = stats.get("quarantined_by_reason", {})
    ex = stats.get("examples", {}).get("quarantined")
    rows = []
    for reason, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        items = (ex or {}).get(reason) or [{}]
        for j, q in enumerate(items):
            first = (f"<td rowspan={len(items)}><code>{_e(reason)}</code></td>"
                     f"<td class=n rowspan={len(items)} data-key=\"{_e(reason)}\">{n:,}</td>") if j == 0 else ""
            rows.append(f"<tr>{first}<td>{_e(q.get('source', ''))}</td><td>{_e(q.get('position', ''))}</td>"
                        f"<td>{_e(q.get('error', ''))}</td></tr>")
    note = "" if ex is not None or not counts else _not_recorded("Source, position and error of each reason")
    return (note + "<table id=quarantine><tr><th>reason</th><th class=n>records</th><th>source</th>"
            "<th>position</th><th>error</th></tr>" + ("".join(rows) or _none(5)) + "</table>")


def _skipped(stats: Mapping[str, Any]) -> str:
    inp = stats["input"]
    files = list(inp.get("skipped_files", []))
    recs = inp.get("skipped_records", {})
    shown = "".join(f"<li><code>{_e(f)}</code></li>" for f in files[:SKIPPED_SHOWN])
    more = f"<li class=muted>… and {len(files) - SKIPPED_SHOWN:,} more</li>" if len(files) > SKIPPED_SHOWN else ""
    rec_rows = "".join(f"<tr><td><code>{_e(k)}</code></td><td class=n data-key=\"{_e(k)}\">{v:,}</td></tr>"
                       for k, v in sorted(recs.items(), key=lambda kv: (-kv[1], kv[0])))
    return (f"<h3>Files not read ({len(files):,})</h3>" + (f"<ul id=skipped-files>{shown}{more}</ul>" if files
                                                          else "<p class=muted>none</p>")
            + "<h3>Input records skipped by type (not documents: WARC requests, metadata, non-HTML …)</h3>"
            + f"<table id=skipped-records><tr><th>type</th><th class=n>records</th></tr>{rec_rows or _none(2)}</table>")


def _pii(stats: Mapping[str, Any]) -> str:
    pii: dict[str, int] = {}
    for st in stats.get("stages", []):
        for k, v in st.get("counters", {}).items():
            if k.startswith("pii."):
                pii[k[4:]] = pii.get(k[4:], 0) + v
    rows = "".join(f"<tr><td><code>&lt;{_e(k)}&gt;</code></td><td class=n>{v:,}</td></tr>"
                   for k, v in sorted(pii.items(), key=lambda kv: (-kv[1], kv[0])))
    return (f"<table id=pii><tr><th>type</th><th class=n>matches replaced</th></tr>"
            f"{rows or _none(2, 'none found')}</table>")


def _stages(stats: Mapping[str, Any], timing: Mapping[str, Any] | None) -> str:
    secs: Mapping[str, float] = (timing or {}).get("stage_seconds", {})
    worker = (timing or {}).get("worker_seconds")
    total_stage = sum(float(v) for v in secs.values())
    rows = []
    for st in stats.get("stages", []):
        name = st["name"]
        phase = name.endswith((".collect", ".reduce"))
        cells = ["", "", "", ""] if phase else [
            f"{st['docs_in']:,}", f"{st['docs_out']:,}", f"{sum(st['dropped'].values()):,}",
            f"{sum(st['lines_removed'].values()):,}"]
        s = secs.get(name)
        tcell = "" if s is None else f"{float(s):,.2f}"
        share = "" if s is None or not worker else _pct(float(s), float(worker))
        counters = ", ".join(f"{k}={v:,}" for k, v in st.get("counters", {}).items()) or (
            "(no documents pass through this phase)" if phase else "")
        rows.append(f"<tr><td>{_e(name)}</td>" + "".join(f"<td class=n>{c}</td>" for c in cells)
                    + f"<td class=n>{tcell}</td><td class=n>{share}</td><td>{_e(counters)}</td></tr>")
    if worker and secs and float(worker) > total_stage:
        rest = float(worker) - total_stage
        rows.append(f"<tr><td class=muted>(reading, writing, between stages)</td><td colspan=4></td>"
                    f"<td class=n>{rest:,.2f}</td><td class=n>{_pct(rest, float(worker))}</td><td></td></tr>")
    out = [("<table id=stages><tr><th>stage</th><th class=n>in</th><th class=n>out</th><th class=n>dropped</th>"
            "<th class=n>lines removed</th><th class=n>seconds</th><th class=n>share of worker time</th>"
            "<th>counters</th></tr>") + "".join(rows) + "</table>"]
    if timing is None:
        out.append(_not_recorded("Time per stage (timing.json)"))
    elif worker:
        w = float(worker)
        msg = (f"Stages: {total_stage:,.2f} s in all; worker time (reading, stages, writing): {w:,.2f} s; "
               f"wall-clock time {float(timing.get('wall_seconds', 0)):,.2f} s with {timing.get('workers', '?')} "
               f"worker(s).")
        if total_stage > 1.05 * w:
            msg += (" The stage times add up to more than the worker time: this run measured each stage "
                    "including the time of the stages that feed it, so they overlap and are not CPU shares.")
        out.append(f"<p class=muted id=timing-note>{_e(msg)}</p>")
    return "".join(out)


def render_report(stats: Mapping[str, Any], timing: Mapping[str, Any] | None = None) -> str:
    """The report of a run from its ``stats.json`` (and ``timing.json``) as a self-contained HTML page."""
    inp = stats["input"]
    sections = [
        ("summary", "Summary", _summary(stats)),
        ("funnel", "Funnel: documents left after each stage", _funnel(stats)),
        ("languages", "Languages", _languages(stats)),
        ("drops", "Dropped documents by reason", _drops(stats)),
        ("lines", "Removed lines by reason", _lines(stats)),
        ("signals", "Quality signals: distribution and threshold", _signals(stats)),
        ("dedup", "Duplicates", _dedup(stats)),
        ("quarantine", "Quarantined records (unreadable input, documents a stage gave up on)", _quarantine(stats)),
        ("skipped", "Skipped input", _skipped(stats)),
        ("pii", "Personal data redacted (matches replaced, by type)", _pii(stats)),
        ("stages", "Stages", _stages(stats, timing)),
    ]
    body = "".join(f"<section id={sid}><h2>{_e(title)}</h2>{content}</section>" for sid, title, content in sections)
    return (f'<!doctype html><html lang=en><head><meta charset=utf-8>'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f'<meta name=viewport content="width=device-width,initial-scale=1">'
            f"<title>shuddh report</title><style>{CSS}</style></head><body>"
            f"<h1>shuddh run report</h1><p>shuddh {_e(stats.get('shuddh_version', '?'))} · config "
            f"<code>{_e(stats.get('config_fingerprint', '?'))}</code> · {inp.get('files', 0):,} input file(s)"
            + (f" · trial run: first {int(inp['limit']):,} records of each file" if inp.get("limit") else "")
            + f"</p>{body}</body></html>\n")


def write_report(outdir: Path, stats: Mapping[str, Any], timing: Mapping[str, Any] | None = None) -> Path:
    path = Layout(Path(outdir)).report
    atomic_write_bytes(path, render_report(stats, timing).encode())
    return path
