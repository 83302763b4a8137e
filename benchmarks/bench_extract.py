"""HTML main-content extraction: quality on WCXB dev and the Indic news pages, speed end to end (issue 17).

Quality (``quality``): every page of ``/work/shared/data/wcxb-dev`` (1,497 real pages, 7 page types,
mostly English) through :func:`shuddh.extract.extract_html` with each engine, scored with WCXB's metric
(``evaluate.py`` there): per-page F1 of the bags of lower-cased ``\\w+`` tokens of the extracted text and
of ``ground_truth.main_content`` (a page where both are empty scores 1, where one is empty 0), averaged
per page, per page type and per group. Groups are split by domain as in ``bench_chrome_sites.group_of``
(sha1 of the host without ``www.``: first byte even = TUNE, odd = HELD-OUT), fixed before any tuning; the
``fast`` engine's constants were tuned on TUNE only. Rows:

* ``fast`` — shuddh's own engine (the default), ``trafilatura``, ``resiliparse`` — the engines alone;
* ``fast+lines`` — ``fast`` then shuddh's line stages (``normalize → chrome → header → chrome_repeats``,
  profile ``web-common``, for the Indic pages the page's language profile; ``chrome_repeats`` counts per
  host over the whole set), i.e. the text the pipeline's line cleaning keeps (``pii`` left out: it
  rewrites numbers, not words).

Indic pages (``indic``): ``/work/shared/data/html-indic-news`` (``gold.json``: title, ``with`` snippets that
the main text must hold, ``without`` chrome snippets it must not) — every ``with`` kept? every
``without`` out? title found?

Speed (``speed``): CPU seconds of a real ``shuddh run`` (1 worker, in-process; default pipeline minus the
dedup stages, profile ``web-common`` with ``langid`` keeping ``en``) over N wcxb pages (a seeded sample of all
page types) as ``.html`` files and as one ``.warc.gz`` built from the same pages (fastwarc writes it), per
engine; peak RSS at two sizes.

Run: ``nice python benchmarks/bench_extract.py quality [--engines fast,trafilatura] [--limit N] [--cache DIR]``,
``... indic``, ``... speed [--pages 400] [--repeat 5]``, ``... all``; the tables it prints are in
``benchmarks/results/extract.md``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DATA = Path(os.environ.get("SHUDDH_DATA", "/work/shared/data"))
WCXB = DATA / "wcxb-dev"
INDIC = DATA / "html-indic-news"
_TOKEN = re.compile(r"\w+")


def group_of(host: str) -> str:
    """TUNE or HELD-OUT by domain: the same rule as ``bench_chrome_sites.group_of`` for wcxb domains."""
    return "tune" if hashlib.sha1(host.encode()).digest()[0] % 2 == 0 else "held-out"


def f1(pred: str, gold: str) -> float:
    """WCXB's word F1: bags of lower-cased ``\\w+`` tokens."""
    p = Counter(_TOKEN.findall(pred.lower()))
    g = Counter(_TOKEN.findall(gold.lower()))
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    common = sum((p & g).values())
    if not common:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def wcxb_pages(limit: int = 0) -> list[dict[str, Any]]:
    if not WCXB.is_dir():
        return []
    out = []
    for gt in sorted((WCXB / "ground-truth").glob("*.json")):
        g = json.loads(gt.read_text(encoding="utf-8"))
        n = gt.name.removesuffix(".json")
        host = (urlsplit(g.get("url") or "").hostname or n).removeprefix("www.")
        out.append({"id": n, "url": g.get("url"), "host": host, "group": group_of(host),
                    "type": ((g.get("_internal") or {}).get("page_type") or {}).get("primary") or "unknown",
                    "gold": (g.get("ground_truth") or {}).get("main_content") or "",
                    "path": WCXB / "html" / f"{n}.html.gz"})
        if limit and len(out) >= limit:
            break
    return out


def extract_all(pages: list[dict[str, Any]], engine: str) -> tuple[dict[str, str], float]:
    """Text per page id (``""`` for a failed page) and the CPU seconds of the extractions."""
    from shuddh.extract import ExtractError, extract_html

    out: dict[str, str] = {}
    cpu = 0.0
    for p in pages:
        data = gzip.decompress(p["path"].read_bytes())
        t0 = time.process_time()
        try:
            out[p["id"]] = extract_html(data, url=p["url"], engine=engine).text  # type: ignore[arg-type]
        except ExtractError:
            out[p["id"]] = ""
        cpu += time.process_time() - t0
    return out, cpu


def line_stages(pages: list[dict[str, Any]], texts: dict[str, str], profile: str = "web-common",
                titles: dict[str, str] | None = None) -> dict[str, str]:
    """The text shuddh's line stages keep of each page (normalize, chrome, header, chrome_repeats); ``titles``:
    the title each page's extraction found (document metadata, as the pipeline has it)."""
    from shuddh.document import Document
    from shuddh.stages.base import ShardInfo, StageContext, StageStats
    from shuddh.stages.clean.chrome import ChromeLineStage
    from shuddh.stages.clean.header import HeaderStage
    from shuddh.stages.clean.repeats import ChromeRepeatsStage
    from shuddh.stages.normalize import NormalizeStage

    norm, chrome = NormalizeStage(), ChromeLineStage(profile=profile)
    header, repeats = HeaderStage(profile=profile), ChromeRepeatsStage()
    docs: dict[str, Document] = {}
    for p in pages:
        ctx = StageContext(StageStats("bench"))
        doc: Any = Document(id=p["id"], text=texts.get(p["id"], ""), source=p["id"], url=p["url"],
                            metadata={"title": titles[p["id"]]} if titles and titles.get(p["id"]) else {})
        for st in (norm, chrome, header):
            if isinstance(doc, Document):
                doc = st.map(doc, ctx)
        docs[p["id"]] = doc if isinstance(doc, Document) else Document(id=p["id"], text="", source=p["id"])
    # chrome_repeats as the pipeline runs it (one site per host: collect, reduce and apply in one process)
    items = []
    for p in pages:
        ctx = StageContext(StageStats("bench"))
        ctx.shard = ShardInfo(index=0, name=p["host"], label=p["host"])
        items.append((docs[p["id"]], ctx))
    out = {}
    for p, remove in zip(pages, repeats.in_memory(items), strict=True):
        lines = docs[p["id"]].text.split("\n")
        out[p["id"]] = "\n".join(ln for i, ln in enumerate(lines) if i not in remove)
    return out


def score(pages: list[dict[str, Any]], texts: dict[str, str]) -> dict[tuple[str, str], tuple[float, int]]:
    """(group, page type) -> (mean F1, pages); group ``all`` and type ``all`` included."""
    acc: dict[tuple[str, str], list[float]] = defaultdict(list)
    for p in pages:
        s = f1(texts.get(p["id"], ""), p["gold"])
        for g in (p["group"], "all"):
            for t in (p["type"], "all"):
                acc[(g, t)].append(s)
    return {k: (sum(v) / len(v), len(v)) for k, v in acc.items()}


def quality(engines: list[str], limit: int, cache: Path | None) -> tuple[list[str], dict[str, Any]]:
    pages = wcxb_pages(limit)
    if not pages:
        return ["wcxb-dev not found: skipped"], {}
    results: dict[str, Any] = {}
    cpu: dict[str, float] = {}
    for eng in engines:
        base = eng.removesuffix("+lines")
        cached = cache / f"{base}.json" if cache else None
        if cached and cached.exists() and base != "fast":
            texts, cpu[base] = json.loads(cached.read_text())
        elif base not in cpu:
            texts, cpu[base] = extract_all(pages, base)
            if cached:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_text(json.dumps([texts, cpu[base]]))
        if eng.endswith("+lines"):
            texts = line_stages(pages, texts)
        results[eng] = score(pages, texts)
    types = sorted({p["type"] for p in pages}, key=lambda t: -sum(p["type"] == t for p in pages))
    out = [f"{len(pages)} pages; mean per-page word F1 (WCXB metric). Extraction CPU per page: "
           + ", ".join(f"{e} {1000 * c / len(pages):.1f} ms" for e, c in cpu.items()), ""]
    for grp in ("tune", "held-out", "all"):
        out.append(f"**{grp}**\n")
        head = "| engine | all | " + " | ".join(types) + " |"
        out += [head, "|" + "---|" * (len(types) + 2)]
        n_row = "| pages | " + " | ".join(str(results[engines[0]].get((grp, t), (0, 0))[1])
                                          for t in ["all", *types]) + " |"
        for eng in engines:
            r = results[eng]
            out.append(f"| {eng} | " + " | ".join(f"{r[(grp, t)][0]:.3f}" if (grp, t) in r else "-"
                                                 for t in ["all", *types]) + " |")
        out += [n_row, ""]
    return out, results


def indic(engines: list[str]) -> list[str]:
    gold_path = INDIC / "gold.json"
    if not gold_path.exists():
        return ["html-indic-news not found: skipped"]
    from shuddh.extract import extract_html

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    out = ["| engine | page | title | `with` kept | `without` out | lines |", "|---|---|---|---|---|---|"]
    for eng in engines:
        base = eng.removesuffix("+lines")
        for name, g in sorted(gold.items()):
            path = INDIC / "html" / name
            if not path.exists():
                continue
            ex = extract_html(path.read_bytes(), url=g.get("url"), engine=base)  # type: ignore[arg-type]
            text = ex.text
            if eng.endswith("+lines"):
                page = {"id": name, "url": g.get("url"), "host": urlsplit(g.get("url") or "").hostname or name}
                text = line_stages([page], {name: text}, profile=g.get("lang") or "web-common")[name]
            flat = " ".join(text.split())
            kept = sum(" ".join(s.split()) in flat for s in g.get("with", []))
            out_ = sum(" ".join(s.split()) not in flat for s in g.get("without", []))
            title_ok = bool(ex.title) and " ".join((g.get("title") or "").split()) in " ".join((ex.title or "").split())
            out.append(f"| {eng} | {name} ({g.get('lang')}) | {'yes' if title_ok else 'no'} | "
                       f"{kept}/{len(g.get('with', []))} | {out_}/{len(g.get('without', []))} | "
                       f"{len(text.splitlines())} |")
    return out


# ------------------------------------------------------------------------------------------- speed
_RUN = """
import json, sys, time
import shuddh
t0 = time.process_time()
shuddh.run(json.loads(sys.argv[1]), overwrite=True)
cpu = time.process_time() - t0
s = json.load(open(sys.argv[2]))
# peak RSS of this process: VmHWM (ru_maxrss would include the parent's peak, kept across fork + exec)
hwm = next(int(ln.split()[1]) for ln in open("/proc/self/status") if ln.startswith("VmHWM:"))
print(json.dumps({"cpu": cpu, "rss_kb": hwm,
                  "records": s["input"]["records"], "kept": s["kept"], "quarantined": s["quarantined"]}))
"""

SPEED_SEED = 17
SPEED_STAGES: list[Any] = ["normalize", "pii", "chrome", "header", "chrome_repeats", "length",
                           {"langid": {"keep": "en"}}, "gopher_repetition", "fineweb_quality", "gopher_quality",
                           "dedup_in_doc"]


def _write_inputs(pages: list[dict[str, Any]], folder: Path) -> tuple[Path, Path]:
    """The pages as .html files and as one .warc.gz (one gzip member per response record, as crawlers do)."""
    import io

    from fastwarc.warc import WarcRecord, WarcRecordType

    html_dir = folder / "html"
    html_dir.mkdir(parents=True, exist_ok=True)
    warc = folder / "pages.warc.gz"
    with warc.open("wb") as out:
        for p in pages:
            data = gzip.decompress(p["path"].read_bytes())
            (html_dir / f"{p['id']}.html").write_bytes(data)
            rec = WarcRecord()
            rec.init_headers(record_type=WarcRecordType.response)
            rec.headers["WARC-Target-URI"] = p["url"] or f"https://example.invalid/{p['id']}"
            rec.headers["Content-Type"] = "application/http; msgtype=response"
            head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(data)}\r\n\r\n"
            rec.set_bytes_content(head.encode() + data)
            buf = io.BytesIO()
            rec.write(buf)
            out.write(gzip.compress(buf.getvalue()))
    return html_dir, warc


#: trafilatura's own ``extract()`` (its defaults: no metadata, with its fallback extractors) on the same ``.html``
#: files, in a fresh process (issue 17's reference: "76 ms per page for trafilatura alone"), then shuddh's own
#: extractor alone (``extract_html``, engine ``fast``: parse, main content, metadata); the first page warms each up
#: and is not counted. Prints the two CPU seconds per page
_EXTRACTORS_ALONE = """
import sys, time
from pathlib import Path
import trafilatura
from shuddh.extract import ExtractError, extract_html
files = sorted(Path(sys.argv[1]).glob("*.html"))
def fast(data):
    try:
        extract_html(data, engine="fast")
    except ExtractError:
        pass
out = []
for fn in (trafilatura.extract, fast):
    fn(files[0].read_bytes())
    cpu = 0.0
    for f in files:
        data = f.read_bytes()
        t0 = time.process_time()
        fn(data)
        cpu += time.process_time() - t0
    out.append(cpu / len(files))
print(*out)
"""


def _extractors_alone(html_dir: Path) -> tuple[float, float]:
    """CPU seconds per page of trafilatura's ``extract()`` alone and of shuddh's ``fast`` extractor alone on the
    ``.html`` files of ``html_dir``."""
    res = subprocess.run([sys.executable, "-c", _EXTRACTORS_ALONE, str(html_dir)], capture_output=True, text=True,
                         check=True)
    tra, own = res.stdout.strip().splitlines()[-1].split()
    return float(tra), float(own)


def _one_run(inp: Path, out: Path, engine: str, stages: list[Any]) -> dict[str, Any]:
    cfg = {"inputs": [str(inp)], "output": str(out), "profile": "web-common", "workers": 1,
           "stages": stages, "reader": {"extractor": engine}}
    res = subprocess.run([sys.executable, "-c", _RUN, json.dumps(cfg), str(out / "stats.json")],
                         capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(res.stdout.strip().splitlines()[-1])
    return result


def speed(engines: list[str], n_pages: int, repeat: int = 1, reference: bool = False) -> list[str]:
    """Whole-run CPU at two sizes (a quarter of ``n_pages`` and ``n_pages``), each run ``repeat`` times.

    The repeats go round the sizes and inputs in turn (a drift of the machine touches every cell alike); a
    cell shows the median (and range) of its runs, and the per-page cost without the fixed part is computed
    for each round (that round's big run minus its small run) — its median and range are the result.

    ``reference``: each round also times trafilatura's ``extract()`` alone on the big run's ``.html`` files
    (issue 17's yardstick, "five times cheaper than trafilatura alone"), and shuddh's extractor alone on them, and
    the ratios are reported per round: this machine's speed drifts by ±10 % between runs minutes apart (and more
    between days), and a ratio measured within one round is not moved by that drift.
    """
    pages = wcxb_pages()
    if not pages:
        return ["wcxb-dev not found: skipped"]
    # a seeded sample of every page type (the first pages by id are 82 % articles and smaller than the mean);
    # the small run's pages are the first of the big run's
    random.Random(SPEED_SEED).shuffle(pages)
    sizes = sorted({max(1, n_pages // 4), min(n_pages, len(pages))})
    mix = Counter(p["type"] for p in pages[:sizes[-1]])
    out = [f"Pages: a seeded sample (seed {SPEED_SEED}) of {sizes[-1]} wcxb pages ("
           + ", ".join(f"{t} {c}" for t, c in mix.most_common()) + "); the smaller run takes the first "
           f"{sizes[0]} of them. "
           + (f"Median (range) of {repeat} runs per cell." if repeat > 1 else "One run per cell."),
           "",
           "| engine | input | pages | kept | CPU s (whole run) | CPU ms / page | pages / CPU-s | peak RSS MB |",
           "|---|---|---|---|---|---|---|---|"]
    cpu: dict[tuple[str, str, int], list[float]] = defaultdict(list)
    ref: list[float] = []  # per round: trafilatura extract() alone, CPU s per page
    own: list[float] = []  # per round: shuddh's fast extractor alone, CPU s per page
    kept: dict[tuple[str, str, int], int] = {}
    rss: dict[tuple[str, str, int], float] = {}
    with tempfile.TemporaryDirectory(prefix="bench_extract_") as tmp:
        inputs = {n: _write_inputs(pages[:n], Path(tmp) / f"n{n}") for n in sizes}
        for r in range(repeat):
            for n in sizes:
                html_dir, warc = inputs[n]
                for eng in engines:
                    for label, inp in (("html files", html_dir), ("warc.gz", warc)):
                        res = _one_run(inp, Path(tmp) / f"n{n}" / f"out-{eng}-{label[:4]}-{r}", eng, SPEED_STAGES)
                        if res["records"] != n or res["quarantined"]:
                            raise SystemExit(f"{eng} {label} {n}: read {res['records']} records, "
                                             f"{res['quarantined']} quarantined: not a valid measurement")
                        key = (eng, label, n)
                        cpu[key].append(res["cpu"])
                        kept[key] = res["kept"]
                        rss[key] = max(rss.get(key, 0.0), res["rss_kb"] / 1024)
                        print(f"round {r + 1}: {eng} {label} {n} pages: {res['cpu']:.2f} CPU s", flush=True)
            if reference:
                tra, ext = _extractors_alone(inputs[sizes[-1]][0])
                ref.append(tra)
                own.append(ext)
                print(f"round {r + 1}: trafilatura extract() alone: {1000 * tra:.1f} ms per page; shuddh's "
                      f"extractor alone: {1000 * ext:.1f}", flush=True)

    def cell(xs: list[float], fmt: str = ".1f") -> str:
        mid = statistics.median(xs)
        return f"{mid:{fmt}}" if len(xs) == 1 else f"{mid:{fmt}} ({min(xs):{fmt}}-{max(xs):{fmt}})"

    for n in sizes:
        for eng in engines:
            for label in ("html files", "warc.gz"):
                xs = cpu[(eng, label, n)]
                out.append(f"| {eng} | {label} | {n} | {kept[(eng, label, n)]} | {cell(xs)} | "
                           f"{cell([1000 * x / n for x in xs])} | {n / statistics.median(xs):.0f} | "
                           f"{rss[(eng, label, n)]:.0f} |")
    if len(sizes) == 2:
        a, b = sizes
        out += ["", f"Per page without the run's fixed cost (imports, language-ID model, planning): the CPU of "
                    f"{b} pages minus that of {a}, over {b - a} pages, per round.", "",
                "| engine | input | CPU ms / page | pages / CPU-s |", "|---|---|---|---|"]
        for eng in engines:
            for label in ("html files", "warc.gz"):
                ds = [1000 * (y - x) / (b - a) for x, y in zip(cpu[(eng, label, a)], cpu[(eng, label, b)], strict=True)]
                out.append(f"| {eng} | {label} | {cell(ds)} | {1000 / statistics.median(ds):.0f} |")
        if ref:
            out += ["", f"trafilatura's `extract()` alone (its defaults) and shuddh's `fast` extractor alone (parse, "
                        f"main content, metadata) on the same {b} `.html` files, in each round (a fresh process, "
                        "imports not counted), and how many times cheaper than trafilatura alone each is, per "
                        "round:", "",
                    "| what | ms / page | times cheaper than trafilatura alone |", "|---|---|---|",
                    f"| trafilatura `extract()` alone | {cell([1000 * t for t in ref])} | 1 |",
                    f"| shuddh's extractor alone | {cell([1000 * t for t in own])} | "
                    f"{cell([t / e for t, e in zip(ref, own, strict=True)], '.2f')} |"]
            for eng in engines:
                for label in ("html files", "warc.gz"):
                    ds = [1000 * (y - x) / (b - a) for x, y in zip(cpu[(eng, label, a)], cpu[(eng, label, b)],
                                                                   strict=True)]
                    times = [1000 * t / d for t, d in zip(ref, ds, strict=True)]
                    out.append(f"| whole run, {eng}, {label} (the table above) | {cell(ds)} | {cell(times, '.2f')} |")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["quality", "indic", "speed", "all"])
    ap.add_argument("--engines", default="fast,fast+lines,trafilatura,trafilatura+lines,resiliparse")
    ap.add_argument("--limit", type=int, default=0, help="wcxb pages (0 = all)")
    ap.add_argument("--pages", type=int, default=400, help="pages for the speed runs (and a quarter of it)")
    ap.add_argument("--cache", type=Path, default=None, help="cache folder for the other engines' outputs")
    ap.add_argument("--repeat", type=int, default=1, help="speed: runs per cell (medians and ranges reported)")
    ap.add_argument("--reference", action="store_true",
                    help="speed: time trafilatura's extract() alone on the same pages in every round (the ratio)")
    a = ap.parse_args(argv)
    engines = a.engines.split(",")
    lines: list[str] = []
    if a.what in ("quality", "all"):
        q, _ = quality(engines, a.limit, a.cache)
        lines += ["## Quality: WCXB dev\n", *q]
    if a.what in ("indic", "all"):
        lines += ["## Quality: Indic news pages\n", *indic([e for e in engines if e != "resiliparse"]), ""]
    if a.what in ("speed", "all"):
        engs = [e for e in engines if "+" not in e]
        lines += ["## Speed: end to end\n", *speed(engs, a.pages, a.repeat, a.reference), ""]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
