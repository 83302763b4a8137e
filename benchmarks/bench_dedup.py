"""Near-duplicate dedup benchmark: shuddh vs datasketch vs datatrove on real Hindi text.

Corpus: documents of 4–12 random sentences from real Hindi text (Dakshina Wikipedia, Leipzig,
FLORES-200 dev; read from ../shared/data, never copied into the repo). 20 % of the documents are
planted near-duplicates of a distinct base document, made by substituting random words until the
exact word-5-gram Jaccard similarity (on shuddh's Indic-correct words of case-folded, normalised text)
reaches a target drawn from [0.5, 1.0] (one sixth exactly 1.0: same words, punctuation removed). The
exact Jaccard of every planted pair is recorded, and the pairs are bucketed by it.

Metrics:
* recall per bucket — a planted pair counts as found when one of its two documents was dropped;
* precision — a dropped document is correct when the document it was merged with (kept id, or the kept
  member of its cluster) is from the same family (base + its variant), or when their exact 5-gram
  Jaccard is ≥ 0.5 anyway (a natural duplicate in the source text);
* wall time end-to-end (read JSONL → dedup → write), docs/s per core, peak RSS of the largest process.

Comparators run in a separate venv (never project dependencies) and are skipped when missing:
``python -m venv /tmp/bench-venv && /tmp/bench-venv/bin/pip install datasketch datatrove indic-nlp-library``.
Both use 5-grams, 14 bands × 8 rows. datasketch gets the same Indic-correct words as shuddh (it has no
tokenizer); datatrove uses its own Hindi pipeline (IndicNLP tokenizer, its normaliser).

Run (≈10 min on 2 cores)::

    python benchmarks/bench_dedup.py --docs 100000 --scaling 25000,50000 --workers 2 \
        --venv /tmp/bench-venv --out benchmarks/results/dedup.md
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

# Until the lead registers the dedup stages: register them here, at import time, so that spawned worker
# processes (which re-import this module as __mp_main__) know them too. Comparator venvs have no shuddh.
try:
    from shuddh.stages import registry as _registry

    _registry.STAGE_PATHS.setdefault("dedup_near", "shuddh.stages.dedup.near:NearDedup")
    _registry.STAGE_PATHS.setdefault("dedup_exact", "shuddh.stages.dedup.exact:ExactDedup")
except ImportError:
    pass

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
def evaluate(truth: dict[str, dict[str, object]], dropped: dict[str, str], texts: dict[str, str]) -> dict[str, object]:
    """``dropped``: dropped id -> id of the document it was merged with (kept)."""
    from shuddh.dedup.hashing import canonical_words

    fam_members: dict[int, list[str]] = {}
    for did, t in truth.items():
        fam_members.setdefault(int(t["family"]), []).append(did)  # type: ignore[call-overload]
    recall = {}
    for lo, hi in BUCKETS:
        pairs = [did for did, t in truth.items() if "j" in t and
                 (lo <= t["j"] < hi or (lo == hi == 1.0 and t["j"] == 1.0))]  # type: ignore[operator]
        found = sum(1 for v in pairs if v in dropped or f"b{truth[v]['family']}" in dropped)
        recall[f"{lo:.1f}–{hi:.1f}" if lo < hi else "1.0"] = (found, len(pairs))
    ok = 0
    for d, k in dropped.items():
        same_family = truth[d]["family"] == truth.get(k, {}).get("family", -1)
        if same_family or jaccard(shingles(canonical_words(texts[d])), shingles(canonical_words(texts[k]))) >= 0.5:
            ok += 1
    hi_pairs = [v for v, t in truth.items() if "j" in t and t["j"] >= 0.8]  # type: ignore[operator]
    hi_found = sum(1 for v in hi_pairs if v in dropped or f"b{truth[v]['family']}" in dropped)
    return {"recall": recall, "recall_ge_0.8": hi_found / max(1, len(hi_pairs)),
            "precision": ok / max(1, len(dropped)), "dropped": len(dropped)}


def read_jsonl_dir(d: Path) -> list[dict[str, object]]:
    out = []
    for f in sorted(d.rglob("*")):
        if not f.is_file() or f.name.startswith("."):
            continue
        opener = gzip.open if f.suffix == ".gz" else open
        with opener(f, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
            out.extend(json.loads(ln) for ln in fh if ln.strip())
    return out


# ------------------------------------------------------------------------------------------- runners
def run_child(cmd: list[str]) -> tuple[float, float, str]:
    """Run ``cmd``; wall seconds and peak RSS (MB) of its largest process (itself or a descendant)."""
    wrapper = ("import resource,subprocess,sys,time,json;t=time.perf_counter();"
               "r=subprocess.run(sys.argv[1:]);w=time.perf_counter()-t;"
               "print(json.dumps({'rc':r.returncode,'wall':w,"
               "'rss':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024}))")
    p = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=False)
    last = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else "{}"
    info = json.loads(last) if last.startswith("{") else {}
    if info.get("rc", 1) != 0:
        return -1.0, 0.0, p.stderr[-3000:]
    return float(info["wall"]), float(info["rss"]), ""


def shuddh_child(inp: str, out: str, workers: int, bands: int, rows: int, threshold: float) -> None:
    import shuddh

    stage = {"dedup_near": {"bands": bands, "rows": rows, "threshold": threshold}}
    shuddh.clean([inp], out, stages=[stage], workers=workers, overwrite=True)


def datasketch_child(inp: str, out: str) -> None:
    import regex
    from datasketch import MinHash, MinHashLSH

    word_re = regex.compile(WORD_PATTERN)
    docs = []
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


def datatrove_child(inp: str, out: str, workers: int) -> None:
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
    LocalPipelineExecutor(pipeline=[reader, MinhashDedupSignature(str(o / "sigs"), config=cfg, language="hin_Deva")],
                          tasks=SHARDS, workers=workers, logging_dir=str(o / "logs1")).run()
    LocalPipelineExecutor(pipeline=[MinhashDedupBuckets(str(o / "sigs"), str(o / "buckets"), config=cfg)],
                          tasks=cfg.num_buckets, workers=workers, logging_dir=str(o / "logs2")).run()
    LocalPipelineExecutor(pipeline=[MinhashDedupCluster(str(o / "buckets"), str(o / "remove"), config=cfg,
                                                        save_cluster_id=True)],
                          tasks=1, logging_dir=str(o / "logs3")).run()
    LocalPipelineExecutor(pipeline=[JsonlReader(inp, glob_pattern="*.jsonl", id_key="id"),
                                    MinhashDedupFilter(str(o / "remove"), load_cluster_ids=True,
                                                       exclusion_writer=JsonlWriter(str(o / "removed"))),
                                    JsonlWriter(str(o / "kept"))],
                          tasks=SHARDS, workers=workers, logging_dir=str(o / "logs4")).run()


def dropped_shuddh(out: Path) -> dict[str, str]:
    return {str(r["id"]): str(r["detail"]["kept_id"]) for r in read_jsonl_dir(out / "dropped")  # type: ignore[index]
            if r.get("reason") == "dedup.near"}


def dropped_datatrove(out: Path) -> dict[str, str]:
    kept_by_cluster = {}
    for r in read_jsonl_dir(out / "kept"):
        cid = r.get("metadata", {}).get("minhash_cluster_id")  # type: ignore[union-attr]
        if cid is not None:
            kept_by_cluster[cid] = str(r["id"])
    res = {}
    for r in read_jsonl_dir(out / "removed"):
        cid = r.get("metadata", {}).get("minhash_cluster_id")  # type: ignore[union-attr]
        res[str(r["id"])] = kept_by_cluster.get(cid, "?")
    return res


# --------------------------------------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--scaling", default="25000,50000", help="extra corpus sizes for shuddh's growth")
    ap.add_argument("--compare-at", default="25000,100000", help="sizes at which comparators run")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--venv", default="/tmp/bench-venv")
    ap.add_argument("--work", default="/tmp/shuddh-bench-dedup")
    ap.add_argument("--out", default=str(HERE.parent / "results" / "dedup.md"))
    ap.add_argument("--configs", default="20x6@0.7,14x8@0", help="shuddh bands x rows @ verify threshold")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--child-args", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child == "shuddh":
        i, o, w, b, r, t = a.child_args
        shuddh_child(i, o, int(w), int(b), int(r), float(t))
        return
    if a.child == "datasketch":
        datasketch_child(*a.child_args)
        return
    if a.child == "datatrove":
        i, o, w = a.child_args
        datatrove_child(i, o, int(w))
        return
    if not (DATA / "dakshina-hi-dev").is_dir():
        print(f"skip: {DATA} not found (set SHUDDH_DATA)")
        return

    import shutil

    work = Path(a.work)
    sizes = sorted({a.docs, *[int(x) for x in a.scaling.split(",") if x]})
    compare_at = {int(x) for x in a.compare_at.split(",") if x}
    vpy = Path(a.venv) / "bin" / "python"
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
        runs: list[tuple[str, list[str], Path, int]] = []
        for c in a.configs.split(","):
            br, thr = c.split("@")
            b, r = br.split("x")
            o = work / f"out-shuddh-{c}-{n}"
            runs.append((f"shuddh {b}×{r}" + (f", verify ≥ {thr}" if float(thr) > 0 else ""),
                         [sys.executable, str(HERE), "--child", "shuddh", "--child-args", inp, str(o),
                          str(a.workers), b, r, thr], o, a.workers))
        if n in compare_at and vpy.is_file():
            o = work / f"out-datasketch-{n}"
            runs.append(("datasketch 14×8", [str(vpy), str(HERE), "--child", "datasketch", "--child-args",
                                             inp, str(o)], o, 1))
            o = work / f"out-datatrove-{n}"
            runs.append(("datatrove 14×8", [str(vpy), str(HERE), "--child", "datatrove", "--child-args",
                                            inp, str(o), str(a.workers)], o, a.workers))
        for label, cmd, o, cores in runs:
            shutil.rmtree(o, ignore_errors=True)
            wall, rss, err = run_child(cmd)
            if wall < 0:
                print(f"{label} @ {n}: FAILED\n{err}", flush=True)
                rows.append({"n": n, "tool": label, "error": err.strip().splitlines()[-1] if err else "failed"})
                continue
            if label.startswith("shuddh"):
                dropped = dropped_shuddh(o)
            elif label.startswith("datasketch"):
                dropped = json.loads((o / "dropped.json").read_text())
            else:
                dropped = dropped_datatrove(o)
            ev = evaluate(truth, dropped, texts)
            row = {"n": n, "tool": label, "wall": wall, "rss_mb": rss, "cores": cores,
                   "docs_per_s_core": n / wall / cores, **ev}
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    (work / "results.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    write_markdown(rows, a, Path(a.out))


def write_markdown(rows: list[dict[str, object]], a: argparse.Namespace, out: Path) -> None:
    import platform

    lines = ["# Dedup benchmark (near-duplicates, word 5-grams)", "",
             f"Command: `python benchmarks/bench_dedup.py --docs {a.docs} --scaling {a.scaling} "
             f"--compare-at {a.compare_at} --workers {a.workers} --venv {a.venv} --configs {a.configs}`", "",
             f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}. End-to-end = read JSONL "
             "shards, dedup, write kept/dropped. Peak RSS = largest single process.", ""]
    bucket_names = [f"{lo:.1f}–{hi:.1f}" if lo < hi else "1.0" for lo, hi in BUCKETS]
    lines.append("| docs | tool | wall s | docs/s/core | peak RSS MB | precision | recall J≥0.8 | "
                 + " | ".join(f"recall {b}" for b in bucket_names) + " |")
    lines.append("|" + "---|" * (7 + len(bucket_names)))
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['n']} | {r['tool']} | failed: {r['error']} |")
            continue
        rec = r["recall"]
        lines.append(
            f"| {r['n']} | {r['tool']} | {r['wall']:.1f} | {r['docs_per_s_core']:.0f} | {r['rss_mb']:.0f} | "
            f"{r['precision']:.4f} | {r['recall_ge_0.8']:.4f} | "
            + " | ".join(f"{rec[b][0] / max(1, rec[b][1]):.3f} (n={rec[b][1]})" for b in bucket_names)  # type: ignore[index]
            + " |")
    lines.append("")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out.read_text())


if __name__ == "__main__":
    main()
