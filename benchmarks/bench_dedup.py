"""Near-duplicate dedup benchmark: shuddh vs datasketch vs datatrove on real Hindi text.

Corpus: documents of 4–12 random sentences from real Hindi text (Dakshina Wikipedia, Leipzig,
FLORES-200 dev; read from ../shared/data, never copied into the repo), written as 8 JSONL shards.
20 % of the documents are planted near-duplicates of a distinct base document, made by substituting
random words until the exact word-5-gram Jaccard similarity (on shuddh's Indic-correct words of
case-folded, normalised text) reaches a target drawn from [0.5, 1.0] (one sixth exactly 1.0: same words,
punctuation removed). The exact Jaccard of every planted pair is recorded, and the pairs are bucketed.

Metrics:
* recall per bucket — a planted pair (base, variant) is found when both end up in the same cluster
  (one was dropped in favour of the other, or both in favour of the same kept document);
* precision — a dropped document is correct when the document kept for its cluster is from the same
  family (base + its variant), or when their exact 5-gram Jaccard is ≥ 0.5 anyway (a natural duplicate:
  base documents are random draws from one sentence pool and can share sentences);
* CPU seconds (user + system of the tool's process tree, from ``getrusage(RUSAGE_CHILDREN)``), docs/s
  per core = documents / CPU seconds, wall seconds, peak RSS of the largest process, and the load
  average around each run (the machine is shared: wall time depends on other jobs, CPU time much less).

Tools (each end to end in its own process, same input shards):
* ``shuddh`` — ``shuddh.clean(stages=["dedup_exact", "dedup_near"])``, i.e. ``shuddh clean`` with only
  the dedup stages: read JSONL → exact and near dedup collect in one pass (a shared barrier) → exact
  reduce → near reduce (leaving out exact duplicates) → both apply → write kept/dropped (gzip), with
  the runner's intermediate file and resume markers. A
  ``near:`` config runs ``stages=["dedup_near"]`` alone: the like-for-like comparison with datatrove's
  MinHash pipeline, which has no exact stage.
* ``datatrove`` — its full MinHash pipeline with the local executor: signatures (tasks=1, the default)
  → buckets (14 tasks, one per band, as it requires) → cluster (tasks=1) → filter (tasks=1) writing
  kept/removed JSONL (gzip); 5-grams, 14 bands × 8 rows, ``language="hin_Deva"``. ``workers=1`` so
  every task runs in the measured process (its CPU time is then fully counted).
* ``datasketch`` — the library in one process: read JSONL, the same Indic-correct words (it has no
  tokenizer), ``MinHash`` (112 permutations) + ``MinHashLSH`` (14 × 8) insert and query, union-find.
  It writes only the dropped ids, and keeps everything in RAM (no disk-backed phases).

Comparators run in a separate venv (never project dependencies) and are skipped when missing::

    python -m venv /tmp/bench-venv
    /tmp/bench-venv/bin/pip install datasketch datatrove 'xxhash<4' tokenizers indic-nlp-library regex

Run (≈20 min on 2 shared cores; each single run stays under 10 min)::

    python benchmarks/bench_dedup.py --docs 100000 --scaling 25000,50000 --compare-at 25000,100000 \
        --workers 1 --venv /tmp/bench-venv --configs 20x6@0.7,14x8@0,near:20x6@0.7
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
DATA = Path(os.environ.get("SHUDDH_DATA", HERE.parents[2] / "shared" / "data"))
WORD_PATTERN = r"[\p{L}\p{M}\p{N}]+(?:(?:[\u200c\u200d]+|['’\-])[\p{L}\p{M}\p{N}]+)*"
BUCKETS = [(0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0), (1.0, 1.0)]
SHARDS = 8


# ------------------------------------------------------------------------------------------------ corpus
def sentence_pool() -> list[str]:
    pool: list[str] = []
    dak = DATA / "dakshina-hi-dev/hi/native_script_wikipedia/hi.wiki-filt.valid.text.shuf.txt.gz"
    with gzip.open(dak, "rt", encoding="utf-8") as fh:
        pool.extend(ln.strip() for ln in fh if len(ln.split()) >= 5)
    for extra in [*sorted((DATA / "leipzig-sentences-lingua/sentences").glob("hi*")),
                  *sorted((DATA / "flores200-dev/dev").glob("hin*"))]:
        pool.extend(ln.strip() for ln in extra.read_text(encoding="utf-8").splitlines()
                    if len(ln.split()) >= 5)
    return sorted(set(pool))


def shingles(ws: list[str], n: int = 5) -> set[tuple[str, ...]]:
    if len(ws) < n:
        return {tuple(ws)} if ws else set()
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def jaccard(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def build_corpus(n_docs: int, outdir: Path, seed: int = 13) -> dict[str, dict[str, object]]:
    """Write ``n_docs`` documents as JSONL shards; return ground truth {id: {family, j?}}."""
    from shuddh.dedup.hashing import canonical_words

    rng = random.Random(seed)
    pool = sentence_pool()
    n_var = n_docs // 5
    n_base = n_docs - n_var
    docs: list[dict[str, str]] = []
    truth: dict[str, dict[str, object]] = {}
    for i in range(n_base):
        text = " ".join(rng.sample(pool, rng.randint(4, 12)))
        docs.append({"id": f"b{i}", "text": text})
        truth[f"b{i}"] = {"family": i}
    vocab = sorted({w for s in rng.sample(pool, 3000) for w in canonical_words(s)})
    for k, bi in enumerate(rng.sample(range(n_base), n_var)):
        ws = canonical_words(docs[bi]["text"])
        base_sh = shingles(ws)
        target = 1.0 if rng.random() < 1 / 6 else rng.uniform(0.5, 1.0)
        order = list(range(len(ws)))
        rng.shuffle(order)
        repl = [rng.choice(vocab) for _ in ws]

        def variant(m: int, ws: list[str] = ws, order: list[int] = order, repl: list[str] = repl) -> list[str]:
            out = list(ws)
            for p in order[:m]:
                out[p] = repl[p]
            return out

        lo, hi = 0, len(ws)  # largest m with J >= target
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if jaccard(base_sh, shingles(variant(mid))) >= target:
                lo = mid
            else:
                hi = mid - 1
        vws = variant(lo)
        j = jaccard(base_sh, shingles(vws))
        vid = f"v{k}"
        docs.append({"id": vid, "text": " ".join(vws)})
        truth[vid] = {"family": bi, "j": j}
    rng.shuffle(docs)
    inp = outdir / "input"
    inp.mkdir(parents=True, exist_ok=True)
    per = (len(docs) + SHARDS - 1) // SHARDS
    for s in range(SHARDS):
        with (inp / f"part-{s:02d}.jsonl").open("w", encoding="utf-8") as fh:
            for d in docs[s * per : (s + 1) * per]:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    (outdir / "truth.json").write_text(json.dumps(truth))
    return truth


# ------------------------------------------------------------------------------------------ evaluation
def bucket_name(lo: float, hi: float) -> str:
    return f"{lo:.1f}–{hi:.1f}" if lo < hi else "1.0"


def evaluate(truth: dict[str, dict[str, object]], dropped: dict[str, str], texts: dict[str, str]) -> dict[str, object]:
    """``dropped``: dropped id -> id of the document kept for its cluster."""
    from shuddh.dedup.hashing import canonical_words

    def rep(x: str) -> str:
        return dropped.get(x, x)

    def found(v: str) -> bool:
        return rep(v) == rep(f"b{truth[v]['family']}")

    recall: dict[str, tuple[int, int]] = {}
    for lo, hi in BUCKETS:
        pairs = [did for did, t in truth.items() if "j" in t and
                 (lo <= t["j"] < hi or (lo == hi == 1.0 and t["j"] == 1.0))]  # type: ignore[operator]
        recall[bucket_name(lo, hi)] = (sum(1 for v in pairs if found(v)), len(pairs))
    ok = 0
    for d, k in dropped.items():
        same_family = k in truth and truth[d]["family"] == truth[k]["family"]
        if same_family or (k in texts and jaccard(shingles(canonical_words(texts[d])),
                                                   shingles(canonical_words(texts[k]))) >= 0.5):
            ok += 1
    hi_pairs = [v for v, t in truth.items() if "j" in t and t["j"] >= 0.8]  # type: ignore[operator]
    hi_found = sum(1 for v in hi_pairs if found(v))
    return {"recall": recall, "recall_ge_0.8": hi_found / max(1, len(hi_pairs)),
            "precision": ok / max(1, len(dropped)), "dropped": len(dropped), "false_drops": len(dropped) - ok}


def read_jsonl_dir(d: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for f in sorted(d.rglob("*")):
        if not f.is_file() or f.name.startswith(".") or ".jsonl" not in f.name:
            continue
        opener = gzip.open if f.suffix == ".gz" else open
        with opener(f, "rt", encoding="utf-8") as fh:
            out.extend(json.loads(ln) for ln in fh if ln.strip())
    return out


# ------------------------------------------------------------------------------------------- runners
def run_child(cmd: list[str]) -> dict[str, object]:
    """Run ``cmd`` in a wrapper process; wall and CPU seconds of the whole process tree (every
    descendant is waited for, so ``RUSAGE_CHILDREN`` holds them all) and the peak RSS (MB) of the
    largest process."""
    wrapper = ("import os,resource,subprocess,sys,time,json;t=time.perf_counter();"
               "r=subprocess.run(sys.argv[1:]);w=time.perf_counter()-t;u=resource.getrusage(resource.RUSAGE_CHILDREN);"
               "print(json.dumps({'rc':r.returncode,'wall':w,'cpu':u.ru_utime+u.ru_stime,"
               "'rss':u.ru_maxrss/1024}))")
    load0 = os.getloadavg()[0]
    p = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=False)
    load1 = os.getloadavg()[0]
    last = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else "{}"
    info = json.loads(last) if last.startswith("{") else {}
    if info.get("rc", 1) != 0:
        return {"error": p.stderr[-3000:] or "failed"}
    return {"wall": float(info["wall"]), "cpu": float(info["cpu"]), "rss_mb": float(info["rss"]),
            "load": f"{load0:.1f}→{load1:.1f}"}


def shuddh_child(inp: str, out: str, workers: int, bands: int, rows: int, threshold: float, exact: bool) -> None:
    import shuddh

    near = {"dedup_near": {"bands": bands, "rows": rows, "threshold": threshold}}
    stages: list[object] = ["dedup_exact", near] if exact else [near]
    shuddh.clean([inp], out, stages=stages, workers=workers, overwrite=True)


def datasketch_child(inp: str, out: str) -> None:
    import regex
    from datasketch import MinHash, MinHashLSH

    word_re = regex.compile(WORD_PATTERN)
    docs: list[dict[str, Any]] = []
    for f in sorted(Path(inp).glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            docs.extend(json.loads(ln) for ln in fh)
    lsh = MinHashLSH(num_perm=112, params=(14, 8))
    sigs = []
    for i, d in enumerate(docs):
        ws = word_re.findall(d["text"].casefold())
        grams = {" ".join(ws[j : j + 5]) for j in range(max(1, len(ws) - 4))}
        m = MinHash(num_perm=112)
        m.update_batch([g.encode() for g in grams])
        lsh.insert(i, m)
        sigs.append(m)
    parent = list(range(len(docs)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, m in enumerate(sigs):
        for j in lsh.query(m):
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    dropped = {docs[i]["id"]: docs[find(i)]["id"] for i in range(len(docs)) if find(i) != i}
    Path(out).mkdir(parents=True, exist_ok=True)
    (Path(out) / "dropped.json").write_text(json.dumps(dropped))


def datatrove_child(inp: str, out: str) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup.minhash import (
        MinhashConfig,
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupFilter,
        MinhashDedupSignature,
    )
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    cfg = MinhashConfig(n_grams=5, num_buckets=14, hashes_per_bucket=8)
    o = Path(out)
    reader = JsonlReader(inp, glob_pattern="*.jsonl", id_key="id")
    # tasks=1 is LocalPipelineExecutor's default; the bucket step needs one task per band
    LocalPipelineExecutor(pipeline=[reader, MinhashDedupSignature(str(o / "sigs"), config=cfg, language="hin_Deva")],
                          workers=1, logging_dir=str(o / "logs1")).run()
    LocalPipelineExecutor(pipeline=[MinhashDedupBuckets(str(o / "sigs"), str(o / "buckets"), config=cfg)],
                          tasks=cfg.num_buckets, workers=1, logging_dir=str(o / "logs2")).run()
    LocalPipelineExecutor(pipeline=[MinhashDedupCluster(str(o / "buckets"), str(o / "remove"), config=cfg,
                                                        save_cluster_id=True)],
                          workers=1, logging_dir=str(o / "logs3")).run()
    LocalPipelineExecutor(pipeline=[JsonlReader(inp, glob_pattern="*.jsonl", id_key="id"),
                                    MinhashDedupFilter(str(o / "remove"), load_cluster_ids=True,
                                                       exclusion_writer=JsonlWriter(str(o / "removed"))),
                                    JsonlWriter(str(o / "kept"))],
                          workers=1, logging_dir=str(o / "logs4")).run()


def dropped_shuddh(out: Path) -> dict[str, str]:
    return {str(r["id"]): str(r["detail"]["kept_id"]) for r in read_jsonl_dir(out / "dropped")
            if str(r.get("reason", "")).startswith("dedup.")}


def dropped_datatrove(out: Path) -> dict[str, str]:
    """Removed id -> the kept member of its cluster (or, if none was kept, the cluster's smallest id)."""
    kept_by_cluster: dict[object, str] = {}
    for r in read_jsonl_dir(out / "kept"):
        cid = r.get("metadata", {}).get("minhash_cluster_id")
        if cid is not None:
            kept_by_cluster[cid] = str(r["id"])
    removed = [(r.get("metadata", {}).get("minhash_cluster_id"), str(r["id"]))
               for r in read_jsonl_dir(out / "removed")]
    first: dict[object, str] = {}
    for cid, rid in sorted(removed, key=lambda x: x[1]):
        first.setdefault(cid, rid)
    return {rid: kept_by_cluster.get(cid, first[cid]) for cid, rid in removed}


# --------------------------------------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--scaling", default="25000,50000", help="extra corpus sizes for shuddh's growth")
    ap.add_argument("--compare-at", default="25000,100000", help="sizes at which comparators run")
    ap.add_argument("--tools", default="shuddh,datasketch,datatrove")
    ap.add_argument("--workers", type=int, default=1, help="shuddh worker processes")
    ap.add_argument("--venv", default="/tmp/bench-venv")
    ap.add_argument("--work", default="/tmp/shuddh-bench-dedup")
    ap.add_argument("--out", default=None, help="markdown table (default: WORK/table.md; the analysis "
                    "around it lives in benchmarks/results/dedup.md)")
    ap.add_argument("--configs", default="20x6@0.7,14x8@0,near:20x6@0.7",
                    help="shuddh runs: [near:]BANDSxROWS@VERIFY_THRESHOLD (near: = without dedup_exact)")
    ap.add_argument("--table-only", action="store_true",
                    help="write the table from WORK/results.jsonl (every run so far, latest per tool and size)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--child-args", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child == "shuddh":
        i, o, w, b, r, t, e = a.child_args
        shuddh_child(i, o, int(w), int(b), int(r), float(t), e == "exact")
        return
    if a.child == "datasketch":
        datasketch_child(*a.child_args)
        return
    if a.child == "datatrove":
        datatrove_child(*a.child_args)
        return
    if not (DATA / "dakshina-hi-dev").is_dir():
        print(f"skip: {DATA} not found (set SHUDDH_DATA)")
        return

    import shutil

    work = Path(a.work)
    if a.table_only:
        latest: dict[tuple[object, object], dict[str, object]] = {}
        for ln in (work / "results.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(ln)
            latest[(r["n"], r["tool"])] = r
        write_markdown(sorted(latest.values(), key=lambda r: (r["n"], str(r["tool"]))), a,
                       Path(a.out) if a.out else work / "table.md")
        return
    sizes = sorted({a.docs, *[int(x) for x in a.scaling.split(",") if x]})
    compare_at = {int(x) for x in a.compare_at.split(",") if x}
    tools = set(a.tools.split(","))
    vpy = Path(a.venv) / "bin" / "python"
    results = work / "results.jsonl"
    rows: list[dict[str, object]] = []
    for n in sizes:
        cdir = work / f"corpus-{n}"
        if not (cdir / "truth.json").is_file():
            t0 = time.perf_counter()
            build_corpus(n, cdir)
            print(f"built corpus {n} in {time.perf_counter() - t0:.1f}s", flush=True)
        truth = json.loads((cdir / "truth.json").read_text())
        texts = {str(r["id"]): str(r["text"]) for r in read_jsonl_dir(cdir / "input")}
        inp = str(cdir / "input")
        runs: list[tuple[str, list[str], Path]] = []
        if "shuddh" in tools:
            for c in a.configs.split(","):
                near_only = c.startswith("near:")
                br, thr = c.removeprefix("near:").split("@")
                b, r = br.split("x")
                o = work / f"out-shuddh-{c.replace(':', '-')}-{n}"
                label = ("shuddh near only " if near_only else "shuddh exact + near ") + f"{b}×{r}" + (
                    f", verify ≥ {thr}" if float(thr) > 0 else ", no verify")
                runs.append((label, [sys.executable, str(HERE), "--child", "shuddh", "--child-args", inp, str(o),
                                     str(a.workers), b, r, thr, "near" if near_only else "exact"], o))
        if n in compare_at and vpy.is_file():
            if "datasketch" in tools:
                o = work / f"out-datasketch-{n}"
                runs.append(("datasketch 14×8", [str(vpy), str(HERE), "--child", "datasketch", "--child-args",
                                                 inp, str(o)], o))
            if "datatrove" in tools:
                o = work / f"out-datatrove-{n}"
                runs.append(("datatrove 14×8", [str(vpy), str(HERE), "--child", "datatrove", "--child-args",
                                                inp, str(o)], o))
        for label, cmd, o in runs:
            shutil.rmtree(o, ignore_errors=True)
            res = run_child(cmd)
            if "error" in res:
                err = str(res["error"])
                print(f"{label} @ {n}: FAILED\n{err}", flush=True)
                rows.append({"n": n, "tool": label, "error": err.strip().splitlines()[-1]})
                continue
            if label.startswith("shuddh"):
                dropped = dropped_shuddh(o)
            elif label.startswith("datasketch"):
                dropped = json.loads((o / "dropped.json").read_text())
            else:
                dropped = dropped_datatrove(o)
            ev = evaluate(truth, dropped, texts)
            cpu = float(res["cpu"])  # type: ignore[arg-type]
            row = {"n": n, "tool": label, **res, "docs_per_cpu_s": n / cpu, **ev}
            rows.append(row)
            with results.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(json.dumps(row, ensure_ascii=False), flush=True)
    write_markdown(rows, a, Path(a.out) if a.out else work / "table.md")


def write_markdown(rows: list[dict[str, object]], a: argparse.Namespace, out: Path) -> None:
    """The measured tables only; the hand-written analysis lives in results/dedup.md below them."""
    import platform

    lines = ["<!-- generated by benchmarks/bench_dedup.py -->",
             f"Command: `python benchmarks/bench_dedup.py --docs {a.docs} --scaling {a.scaling} "
             f"--compare-at {a.compare_at} --tools {a.tools} --workers {a.workers} --venv {a.venv} "
             f"--configs {a.configs}`", "",
             f"Machine: {os.cpu_count()} cores shared with other jobs, Python {platform.python_version()}. "
             "docs/s/core = documents / CPU seconds of the tool's process tree.", ""]
    bucket_names = [bucket_name(lo, hi) for lo, hi in BUCKETS]
    lines.append("| docs | tool | CPU s | docs/s/core | wall s | load | peak RSS MB | precision | false drops "
                 "| recall J≥0.8 | " + " | ".join(f"recall {b}" for b in bucket_names) + " |")
    lines.append("|" + "---|" * (10 + len(bucket_names)))
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['n']} | {r['tool']} | failed: {r['error']} |")
            continue
        rec = r["recall"]
        lines.append(
            f"| {r['n']} | {r['tool']} | {r['cpu']:.1f} | {r['docs_per_cpu_s']:.0f} | {r['wall']:.1f} | {r['load']} "
            f"| {r['rss_mb']:.0f} | {r['precision']:.4f} | {r['false_drops']} | {r['recall_ge_0.8']:.4f} | "
            + " | ".join(f"{rec[b][0] / max(1, rec[b][1]):.3f} (n={rec[b][1]})" for b in bucket_names)  # type: ignore[index]
            + " |")
    lines.append("")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out.read_text())


if __name__ == "__main__":
    main()
