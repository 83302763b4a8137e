"""A self-contained HTML report of a run (no scripts, no external assets): funnel, drops by reason,
removed lines by reason with examples, per-stage table, quarantine reasons, timing."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from shuddh.io.writers import atomic_write_bytes
from shuddh.stages.base import DROP_SAMPLE_PREFIX

__all__ = ["render_report", "write_report"]

_CSS = """
body{font-family:system-ui,'Noto Sans','Noto Sans Devanagari','Nirmala UI','Mangal',sans-serif;
margin:2rem auto;max-width:64rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{padding:.3rem .6rem;border-bottom:1px solid #eee;
text-align:left;vertical-align:top}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.bar{background:#4a90d9;height:.8rem;display:inline-block}.ok{color:#1a7f37}.bad{color:#b42318}
code{font-family:ui-monospace,monospace;font-size:.85rem;background:#f6f8fa;padding:.1rem .3rem}
.sample{font-size:.9rem;background:#f6f8fa;padding:.1rem .3rem}
.sample{display:block;margin:.15rem 0;white-space:pre-wrap}
"""


def _e(x: Any) -> str:
    return html.escape(str(x))


def _rows(counts: dict[str, int], total: int, examples: dict[str, list[str]] | None = None) -> str:
    out = []
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        pct = 100.0 * v / total if total else 0.0
        ex = "".join(f"<span class=sample>{_e(s)}</span>" for s in (examples or {}).get(k, [])[:3])
        out.append(f"<tr><td><code>{_e(k)}</code></td><td class=n>{v:,}</td><td class=n>{pct:.1f}%</td>"
                   f"<td><span class=bar style='width:{max(pct, 0.5) * 2:.0f}px'></span></td><td>{ex}</td></tr>")
    return "".join(out) or "<tr><td colspan=5>none</td></tr>"


def render_report(stats: dict[str, Any], timing: dict[str, Any] | None = None) -> str:
    rec = stats["input"]["records"]
    ok = stats["accounted"]
    samples: dict[str, list[str]] = {}
    drop_samples: dict[str, list[str]] = {}
    for st in stats["stages"]:
        for reason, lines in st["samples"].items():
            if reason.startswith(DROP_SAMPLE_PREFIX):
                drop_samples.setdefault(reason[len(DROP_SAMPLE_PREFIX):], []).extend(lines)
            else:
                samples.setdefault(reason, []).extend(lines)
    line_rows = []
    for reason, n in sorted(stats["lines_removed_by_reason"].items(), key=lambda kv: (-kv[1], kv[0])):
        ex = "".join(f"<span class=sample>{_e(s)}</span>" for s in samples.get(reason, [])[:5])
        line_rows.append(f"<tr><td><code>{_e(reason)}</code></td><td class=n>{n:,}</td><td>{ex}</td></tr>")
    def _stage_row(st: dict[str, Any]) -> str:
        # a global stage's collect/reduce phases pass no documents: only their counters matter
        phase = st["name"].endswith((".collect", ".reduce"))
        cells = ["", "", "", ""] if phase else [
            f"{st['docs_in']:,}", f"{st['docs_out']:,}", f"{sum(st['dropped'].values()):,}",
            f"{sum(st['lines_removed'].values()):,}"]
        counters = ", ".join(f"{k}={v}" for k, v in st["counters"].items())
        return (f"<tr><td>{_e(st['name'])}</td>" + "".join(f"<td class=n>{c}</td>" for c in cells)
                + f"<td>{_e(counters)}</td></tr>")

    stage_rows = "".join(_stage_row(st) for st in stats["stages"])
    pii: dict[str, int] = {}
    for st in stats["stages"]:
        for k, v in st["counters"].items():
            if k.startswith("pii."):
                pii[k[4:]] = pii.get(k[4:], 0) + v
    pii_html = "".join(f"<tr><td><code>&lt;{_e(k)}&gt;</code></td><td class=n>{v:,}</td></tr>"
                       for k, v in sorted(pii.items(), key=lambda kv: (-kv[1], kv[0])))
    timing_html = ""
    if timing:
        timing_html = (
            "<h2>Timing</h2><table>"
            + "".join(f"<tr><td>{_e(k)}</td><td class=n>{_e(v)}</td></tr>" for k, v in timing.items()
                      if not isinstance(v, dict))
            + "".join(f"<tr><td>stage {_e(k)}</td><td class=n>{v:.3f} s</td></tr>"
                      for k, v in timing.get("stage_seconds", {}).items())
            + "</table>"
        )
    return f"""<!doctype html><html lang=en><meta charset=utf-8><title>shuddh report</title><style>{_CSS}</style>
<h1>shuddh run report</h1>
<p>shuddh {_e(stats['shuddh_version'])} · config <code>{_e(stats['config_fingerprint'])}</code> ·
{stats['input']['files']:,} input files</p>
<h2>Funnel</h2><table>
<tr><th>records read</th><td class=n>{rec:,}</td></tr>
<tr><th>kept</th><td class=n>{stats['kept']:,}</td></tr>
<tr><th>dropped</th><td class=n>{stats['dropped']:,}</td></tr>
<tr><th>quarantined (unreadable input)</th><td class=n>{stats['quarantined']:,}</td></tr>
<tr><th>accounted for</th><td class="n {'ok' if ok else 'bad'}">{'yes' if ok else 'NO'}</td></tr></table>
<h2>Dropped documents by reason</h2><table><tr><th>reason</th><th class=n>documents</th><th class=n>share</th>
<th></th><th>examples (start of text)</th></tr>{_rows(stats['dropped_by_reason'], rec, drop_samples)}</table>
<h2>Quarantined records by reason</h2><table>{_rows(stats['quarantined_by_reason'], rec)}</table>
<h2>Removed lines by reason</h2><table><tr><th>reason</th><th class=n>lines</th><th>examples</th></tr>
{''.join(line_rows) or '<tr><td colspan=3>none</td></tr>'}</table>
<h2>Personal data redacted (matches replaced, by type)</h2><table>
{pii_html or '<tr><td>none found</td></tr>'}</table>
<h2>Stages</h2><table><tr><th>stage</th><th class=n>in</th><th class=n>out</th><th class=n>dropped</th>
<th class=n>lines removed</th><th>counters</th></tr>{stage_rows}</table>
{timing_html}
<h2>Skipped files</h2><p>{_e(', '.join(stats['input']['skipped_files']) or 'none')}</p>
</html>
"""


def write_report(outdir: Path, stats: dict[str, Any], timing: dict[str, Any] | None = None) -> Path:
    path = outdir / "report.html"
    atomic_write_bytes(path, render_report(stats, timing).encode())
    return path
