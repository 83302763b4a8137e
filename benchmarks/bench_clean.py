"""Throughput and peak memory of `shuddh clean` on a Hindi web-like corpus built from ../shared/data.

    python benchmarks/bench_clean.py [--docs 20000] [--shards 8] [--workers 1 2]

Builds N documents (default 20,000) from real Hindi sentences — Dakshina Wikipedia lines, Leipzig web
sentences, FLORES dev, UD Hindi — each a section label, a headline and 3–8 paragraphs, a third of them
with site chrome appended ("यह भी पढ़ें …", "Leave a Reply", share lines …) and 5 % junk pages (chrome only).
Writes them as gzipped JSONL shards under benchmarks/_work/, runs `shuddh clean` with each worker count
in a subprocess, and reports docs/s, docs/s per core and the peak RSS of the largest process. Appends
nothing by itself: copy the printed table into benchmarks/RESULTS.md.

    python benchmarks/bench_clean.py --docs 6000 --shards 4 --audit-repeats 5

measures the cost of the audit trail instead (issue 13: ``removed/`` adds at most 5 % to a run): the same
corpus through ``shuddh run`` with ``audit: true`` and ``audit: false``, one worker, the two alternating
``--audit-repeats`` times; CPU seconds of each run (best and median), and the removed/ file's size.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHUDDH_SHARED", ROOT.parent / "shared")) / "data"
WORK = ROOT / "benchmarks" / "_work" / "clean"

CHROME = ["यह भी पढ़ें: {h}", "और पढ़ें… {h}", "Related Articles", "Leave a Reply",
          "Your email address will not be published. Required fields are marked *", "शेयर करें",
          "Facebook Twitter WhatsApp Telegram", "Back to top button", "टैग्स: {h}", "विज्ञापन"]


def sentences() -> list[str]:
    out: list[str] = []
    wiki = SHARED / "dakshina-hi-dev/hi/native_script_wikipedia/hi.wiki-filt.valid.text.shuf.txt.gz"
    with gzip.open(wiki, "rt", encoding="utf-8") as f:
        out.extend(line.strip() for line in f if len(line.split()) >= 5)
    for p in [SHARED / "leipzig-sentences-lingua/sentences/hi.txt", SHARED / "flores200-dev/dev/hin_Deva.dev"]:
        if p.is_file():
            out.extend(line.strip() for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    return out


def build(n_docs: int, n_shards: int, seed: int = 13) -> Path:
    rng = random.Random(seed)
    pool = sentences()
    labels = ["देश", "दुनिया", "खेल", "मनोरंजन", "बिज़नेस", "होम » राज्य » बिहार", "टेक्नोलॉजी"]
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    files = [gzip.open(  # noqa: SIM115 - one open file per shard, closed below
        WORK / f"crawl-{i:03d}.jsonl.gz", "wt", encoding="utf-8") for i in range(n_shards)]
    for d in range(n_docs):
        if rng.random() < 0.05:
            text = "\n\n".join(rng.sample([c.format(h="ताज़ा खबर") for c in CHROME], 4))
        else:
            head = " ".join(rng.choice(pool).split()[:8]).rstrip("।.")
            paras = [" ".join(rng.sample(pool, rng.randint(2, 4))) for _ in range(rng.randint(3, 8))]
            lines = [rng.choice(labels), head, *paras]
            if rng.random() < 0.33:
                lines += [c.format(h=head) for c in rng.sample(CHROME, 4)]
            text = "\n\n".join(lines)
        files[d % n_shards].write(json.dumps({"id": f"doc-{d}", "text": text}, ensure_ascii=False) + "\n")
    for f in files:
        f.close()
    return WORK


def run(inp: Path, workers: int) -> dict[str, float]:
    out = WORK.parent / f"out-w{workers}"
    cmd = [sys.executable, "-m", "shuddh.cli", "clean", str(inp), "-o", str(out), "-w", str(workers),
           "--overwrite", "--no-progress"]
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the run and all its worker processes: unlike wall time, not inflated by other
    # load on the machine
    cpu = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
    peak_kb = r1.ru_maxrss
    stats = json.loads((out / "stats.json").read_text())
    docs = stats["input"]["records"]
    return {"workers": workers, "docs": docs, "kept": stats["kept"], "wall_s": wall, "docs_per_s": docs / wall,
            "docs_per_s_per_core": docs / wall / workers, "cpu_s": cpu, "docs_per_cpu_s": docs / cpu,
            "peak_rss_mb": peak_kb / 1024, "dropped": stats["dropped_by_reason"]}


def run_audit(inp: Path, audit: bool) -> dict[str, float]:
    out = WORK.parent / f"out-audit-{'on' if audit else 'off'}"
    cfg = WORK.parent / f"audit-{'on' if audit else 'off'}.yaml"
    cfg.write_text(json.dumps({"inputs": [str(inp)], "output": str(out), "workers": 1, "audit": audit}))
    cmd = [sys.executable, "-m", "shuddh.cli", "run", str(cfg), "--overwrite", "--no-progress"]
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
    side = sum(p.stat().st_size for p in (out / "removed").rglob("*") if p.is_file()) if audit else 0
    kept = sum(p.stat().st_size for p in (out / "kept").rglob("*") if p.is_file())
    return {"cpu_s": cpu, "removed_bytes": side, "kept_bytes": kept}


def audit_cost(inp: Path, repeats: int) -> None:
    import statistics

    runs: dict[bool, list[dict[str, float]]] = {True: [], False: []}
    for _ in range(repeats):
        for audit in (False, True):
            runs[audit].append(run_audit(inp, audit))
    print("| audit | runs | CPU s best | CPU s median | kept/ bytes | removed/ bytes |")
    print("|---|---:|---:|---:|---:|---:|")
    for audit in (False, True):
        cpus = [r["cpu_s"] for r in runs[audit]]
        r = runs[audit][-1]
        print(f"| {'on' if audit else 'off'} | {len(cpus)} | {min(cpus):.2f} | {statistics.median(cpus):.2f} | "
              f"{r['kept_bytes']:,.0f} | {r['removed_bytes']:,.0f} |")
    best = min(r["cpu_s"] for r in runs[True]) / min(r["cpu_s"] for r in runs[False]) - 1
    med = statistics.median(r["cpu_s"] for r in runs[True]) / statistics.median(r["cpu_s"] for r in runs[False]) - 1
    print(f"audit cost: {best:+.1%} (best of {repeats}), {med:+.1%} (median)")


def audit_inprocess(inp: Path, repeats: int) -> None:
    """The audit's own work, without process start-up and machine noise: the per-document default stages
    (normalize … dedup_in_doc, chrome_repeats excluded) over the corpus in this process with the trail
    recorded or not, plus writing the removed/ records, CPU time (best of ``repeats``, alternating)."""
    from shuddh.config import load_config
    from shuddh.document import Document
    from shuddh.executors.shard import build_stages, removed_record
    from shuddh.io.writers import RecordWriter
    from shuddh.stages.base import GlobalStage, StageContext, StageStats

    cfg = load_config({"inputs": [str(inp)], "output": str(WORK.parent / "x")})
    stages = [s for s in build_stages(cfg.fingerprint(), cfg.stage_specs()) if not isinstance(s, GlobalStage)]
    recs = []
    for p in sorted(inp.iterdir()):
        with gzip.open(p, "rt", encoding="utf-8") as fh:
            recs += [json.loads(line) for line in fh]

    def once(audit: bool) -> tuple[float, int]:
        docs = [Document(id=r["id"], text=r["text"], source="bench") for r in recs]
        t0 = time.process_time()
        stream: Any = iter(docs)
        for st in stages:
            stream = (d for d in st.run(stream, StageContext(StageStats(st.name), audit=audit))
                      if isinstance(d, Document))
        out = list(stream)
        n = 0
        if audit:
            w = RecordWriter(WORK.parent / "removed-bench.jsonl.gz", "jsonl.gz")
            for d in out:
                if d.removed:
                    w.write(removed_record(d))
                    n += len(d.removed)
            w.commit()
        return time.process_time() - t0, n

    best = {True: float("inf"), False: float("inf")}
    entries = 0
    for _ in range(repeats):
        for audit in (False, True):
            cpu, n = once(audit)
            best[audit] = min(best[audit], cpu)
            entries = max(entries, n)
    print(f"in-process, {len(recs):,} documents through {', '.join(s.name for s in stages)}: audit off "
          f"{best[False]:.2f} CPU-s, on {best[True]:.2f} CPU-s (best of {repeats}; {entries:,} trail entries "
          f"written): {best[True] / best[False] - 1:+.1%}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--audit-repeats", type=int, default=0,
                    help="measure the audit trail's cost (audit on vs off, this many runs each) instead")
    args = ap.parse_args()
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return
    t0 = time.perf_counter()
    inp = build(args.docs, args.shards)
    mb = sum(p.stat().st_size for p in inp.iterdir()) / 1e6
    print(f"corpus: {args.docs} docs in {args.shards} shards, {mb:.1f} MB gzipped, built in "
          f"{time.perf_counter() - t0:.1f} s")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}")
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    if args.audit_repeats:
        audit_inprocess(inp, args.audit_repeats)
        audit_cost(inp, args.audit_repeats)
        return
    print("| workers | docs | kept | wall s | docs/s (wall) | docs/s per core (wall) | CPU s | docs per CPU-second "
          "| peak RSS MB (largest process) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    last: Any = {}
    for w in args.workers:
        r = run(inp, w)
        last = r["dropped"]
        print(f"| {w} | {r['docs']:,} | {r['kept']:,} | {r['wall_s']:.1f} | {r['docs_per_s']:,.0f} | "
              f"{r['docs_per_s_per_core']:,.0f} | {r['cpu_s']:.1f} | {r['docs_per_cpu_s']:,.0f} | "
              f"{r['peak_rss_mb']:.0f} |")
    print(f"dropped by reason (last run): {last}")


if __name__ == "__main__":
    main()
