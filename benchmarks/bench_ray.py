"""Ray executor vs the local executor: per-document overhead, 1 → 2 worker scaling, 1 TB projection.

    python benchmarks/bench_ray.py [--docs 1500] [--shards 6] [--out benchmarks/results/ray.md]

Builds a Hindi web-like corpus from ../shared/data sentences (as bench_clean.py does, plus 10 % exact and
5 % near copies so the dedup phases have work), then runs the default pipeline (`shuddh clean` stages,
with exact + near dedup) on that corpus and on one twice its size, each in a fresh subprocess: local
executor with 1 and 2 workers, Ray executor (a private local Ray with ``num_cpus`` = workers) with 1
and 2 workers. Outputs are checked byte-identical. The slope between the two sizes gives the marginal
cost per document, free of fixed costs (model loading, worker start-up) that dominate small runs.

CPU time is the number to trust on this shared 2-core machine: it is read from /proc for the driver and
every descendant process (pool workers; for Ray also GCS, raylet, agents and ``ray::`` workers) before
and after the run, so it excludes Ray's start-up (measured separately) but includes everything Ray does
while the pipeline runs. Wall times are printed too, but other engineers' jobs inflate them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHUDDH_SHARED", ROOT.parent / "shared")) / "data"
WORK = ROOT / "benchmarks" / "_work" / "ray"
TICK = os.sysconf("SC_CLK_TCK")

#: $ per vCPU-hour used for the projection: AWS c6i on-demand, us-east-1 (c6i.8xlarge $1.36/h for 32
#: vCPU; list price, 2024). Spot is typically 60-70 % cheaper; say which one you plan on.
PRICE_PER_VCPU_HOUR = 1.36 / 32


# -- corpus ----------------------------------------------------------------------------------------
def sentences() -> list[str]:
    """The same pool of real Hindi sentences as bench_clean.py."""
    from bench_clean import sentences as clean_sentences  # benchmarks/ is on sys.path when run as a script

    return clean_sentences()


def build(n_docs: int, n_shards: int, inp: Path, seed: int = 7) -> tuple[Path, int]:
    """Gzipped JSONL shards; returns the directory and the UTF-8 bytes of document text written."""
    rng = random.Random(seed)
    pool = sentences()
    labels = ["देश", "दुनिया", "खेल", "मनोरंजन", "बिज़नेस", "टेक्नोलॉजी"]
    chrome = ["यह भी पढ़ें: {h}", "Related Articles", "Leave a Reply", "शेयर करें", "Back to top button"]
    inp.mkdir(parents=True)
    files = [gzip.open(inp / f"crawl-{i:03d}.jsonl.gz", "wt", encoding="utf-8")  # noqa: SIM115 - closed below
             for i in range(n_shards)]
    made: list[str] = []
    text_bytes = 0
    for d in range(n_docs):
        r = rng.random()
        if made and r < 0.10:
            text = rng.choice(made)  # exact copy
        elif made and r < 0.15:
            words = rng.choice(made).split(" ")
            words[rng.randrange(len(words))] = "संशोधित"
            text = " ".join(words)  # near copy: one word changed
        else:
            head = " ".join(rng.choice(pool).split()[:8]).rstrip("।.")
            paras = [" ".join(rng.sample(pool, rng.randint(2, 4))) for _ in range(rng.randint(3, 8))]
            lines = [rng.choice(labels), head, *paras]
            if rng.random() < 0.33:
                lines += [c.format(h=head) for c in rng.sample(chrome, 3)]
            text = "\n\n".join(lines)
            made.append(text)
        text_bytes += len(text.encode())
        files[d % n_shards].write(json.dumps({"id": f"doc-{d}", "text": text}, ensure_ascii=False) + "\n")
    for f in files:
        f.close()
    return inp, text_bytes


# -- measurement -----------------------------------------------------------------------------------
def _tree_cpu(root: int) -> float:
    """CPU seconds (user + system) of ``root`` and all its live descendants, from /proc."""
    parent: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            raw = (d / "stat").read_text()
        except OSError:
            continue
        rest = raw[raw.rindex(")") + 2:].split()  # fields after "(comm)": state is field 3
        parent[int(d.name)] = int(rest[1])
        cpu[int(d.name)] = (int(rest[11]) + int(rest[12])) / TICK  # utime, stime
    tree, frontier = {root}, [root]
    while frontier:
        p = frontier.pop()
        kids = [c for c, pp in parent.items() if pp == p and c not in tree]
        tree.update(kids)
        frontier.extend(kids)
    return sum(cpu.get(p, 0.0) for p in tree)


def one(kind: str, workers: int, inp: str, out: str) -> dict[str, Any]:
    """One run in this process (called in a fresh subprocess); prints its measurements as JSON."""
    import shuddh
    from shuddh.api import make_executor
    from shuddh.runner import run_pipeline

    cfg = shuddh.load_config({"inputs": [inp], "output": out, "workers": workers, "executor": kind})
    ex = make_executor(cfg)
    t0 = time.perf_counter()
    if kind == "ray":
        ex._ensure()  # type: ignore[attr-defined]  # start Ray now, to time start-up on its own
        # let the idle workers Ray pre-starts finish importing, so their start-up is not billed to the run
        time.sleep(3)
    startup = time.perf_counter() - t0
    c0, t1 = _tree_cpu(os.getpid()), time.perf_counter()
    res = run_pipeline(cfg, ex, overwrite=True)
    wall, cpu = time.perf_counter() - t1, _tree_cpu(os.getpid()) - c0
    ex.close()  # type: ignore[attr-defined]
    return {"executor": kind, "workers": workers, "docs": res.stats["input"]["records"], "kept": res.stats["kept"],
            "startup_s": startup, "wall_s": wall, "cpu_s": cpu, "dropped": res.stats["dropped_by_reason"]}


def _outputs(out: Path) -> dict[str, bytes]:
    files = {str(p.relative_to(out)): p.read_bytes()
             for sub in ("kept", "dropped", "quarantine") for p in sorted((out / sub).rglob("*")) if p.is_file()}
    files["stats.json"] = (out / "stats.json").read_bytes()
    return files


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1500, help="small corpus; the large one has twice as many")
    ap.add_argument("--shards", type=int, default=6)
    ap.add_argument("--out", type=Path, default=None, help="also write the results as Markdown here")
    ap.add_argument("--one", nargs=4, metavar=("KIND", "WORKERS", "IN", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        kind, w, inp, out = args.one
        print(json.dumps(one(kind, int(w), inp, out)))
        return
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return
    if WORK.exists():
        shutil.rmtree(WORK)
    sizes = (args.docs, 2 * args.docs)
    corpora = {n: build(n, args.shards, WORK / f"in-{n}") for n in sizes}
    load0 = os.getloadavg()[0]
    rows: list[dict[str, Any]] = []
    for kind in ("local", "ray"):
        for w in (1, 2):
            for n in sizes:
                out = WORK / f"out-{kind}-w{w}-{n}"
                env = {**os.environ, "RAY_AUTH_MODE": os.environ.get("RAY_AUTH_MODE", "disabled")}
                p = subprocess.run([sys.executable, __file__, "--one", kind, str(w), str(corpora[n][0]), str(out)],
                                   check=True, capture_output=True, text=True, env=env)
                rows.append({**json.loads(p.stdout.strip().splitlines()[-1]), "n": n})
                print(rows[-1], file=sys.stderr)
    same = all(_outputs(WORK / f"out-{r['executor']}-w{r['workers']}-{r['n']}")
               == _outputs(WORK / f"out-local-w1-{r['n']}") for r in rows)
    by = {(r["executor"], r["workers"], r["n"]): r for r in rows}
    n1, n2 = sizes
    b1, b2 = corpora[n1][1], corpora[n2][1]
    lines = [f"corpora: {n1:,} and {n2:,} docs in {args.shards} gzipped JSONL shards each, "
             f"{b1 / 1e6:.1f} and {b2 / 1e6:.1f} MB of UTF-8 document text ({b2 / n2 / 1e3:.1f} KB/doc); "
             "default pipeline incl. exact + near dedup",
             f"machine: {platform.machine()}, {os.cpu_count()} cores shared with other jobs, Python "
             f"{platform.python_version()}; load average {load0:.1f} before, {os.getloadavg()[0]:.1f} after", "",
             "| executor | workers | docs | kept | Ray start-up s | wall s | CPU s (all processes) |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['executor']} | {r['workers']} | {r['docs']:,} | {r['kept']:,} | "
                     f"{r['startup_s']:.1f} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} |")
    lines += ["", f"outputs (kept/, dropped/, quarantine/, stats.json) byte-identical to local/1 worker in every run: "
              f"{same}", "",
              "Marginal cost (slope between the two corpus sizes: removes fixed costs such as model loading "
              "and worker start-up) and fixed cost per run:", "",
              "| executor | workers | CPU ms per doc (marginal) | fixed CPU s per run | wall ms per doc (marginal) |",
              "|---|---:|---:|---:|---:|"]
    marg: dict[tuple[str, int], float] = {}
    for kind in ("local", "ray"):
        for w in (1, 2):
            lo, hi = by[kind, w, n1], by[kind, w, n2]
            m = (hi["cpu_s"] - lo["cpu_s"]) / (n2 - n1)
            marg[kind, w] = m
            mw = (hi["wall_s"] - lo["wall_s"]) / (n2 - n1)
            lines.append(f"| {kind} | {w} | {m * 1e3:.2f} | {lo['cpu_s'] - m * n1:.1f} | {mw * 1e3:.2f} |")
    lines.append("")
    for w in (1, 2):
        lines.append(f"Ray overhead per document, {w} worker(s): {(marg['ray', w] - marg['local', w]) * 1e3:+.2f} ms "
                     f"CPU (marginal); fixed: Ray start-up {by['ray', w, n1]['startup_s']:.1f} s wall per run")
    for kind in ("local", "ray"):
        lo1, lo2 = by[kind, 1, n2], by[kind, 2, n2]
        lines.append(f"{kind}, {n2:,} docs: 1 → 2 workers wall speed-up ×{lo1['wall_s'] / lo2['wall_s']:.2f}; "
                     f"marginal CPU per doc ×{marg[kind, 2] / marg[kind, 1]:.2f} (1.00 = no parallel overhead)")
    # projection: marginal CPU per byte of document text of the plain local run, scaled to 1 TB
    cpu_per_byte = (by["local", 1, n2]["cpu_s"] - by["local", 1, n1]["cpu_s"]) / (b2 - b1)
    cpu_h = 1e12 * cpu_per_byte / 3600
    lines += ["", f"per-core throughput (local, 1 worker, marginal): {1 / cpu_per_byte / 1e6:.2f} MB of text per "
              f"CPU-second = {1 / marg['local', 1]:,.0f} docs per CPU-second",
              f"projection, 1 TB of Hindi web text (UTF-8 document text, this mix): {cpu_h:,.0f} CPU-hours "
              f"≈ ${cpu_h * PRICE_PER_VCPU_HOUR:,.0f} at ${PRICE_PER_VCPU_HOUR:.4f}/vCPU-hour (AWS c6i on-demand); "
              f"≈ {cpu_h / 256:.1f} h on 256 vCPUs if the per-core rate holds"]
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
