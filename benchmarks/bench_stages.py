"""CPU seconds per stage of the default `shuddh clean` pipeline, in one process (no executor, no I/O).

    python benchmarks/bench_stages.py [--docs 1500] [--shard benchmarks/_work/clean/crawl-000.jsonl.gz]
                                      [--repeat 3] [--digest]
    python benchmarks/bench_stages.py --wcxb 200 --profile web-common --keep en [--repeat 3] [--digest]

Reads the first N documents of one shard built by ``bench_clean.py`` (build it first), builds the
default stages exactly as a worker does (``executors.shard.build_stages``) and streams the documents
through every non-global stage (global ones — chrome_repeats, dedup — are skipped), chained as generators
like the executor chains them. Each stage's own CPU time is measured with ``time.process_time()`` — CPU
time of this process, so other load on the machine inflates it far less than wall time. Each stage's
best of ``--repeat`` runs is reported (every repeat starts again from fresh copies of the input, with
shuddh's bounded memos of text emptied: a repeat finds nothing of the previous one there).

``--digest`` prints digests of each stage's statistics and of the documents it dropped, and of the
final kept documents (id, text, metadata), so two source trees can be checked to compute the same thing:

    PYTHONPATH=/path/to/old/src python benchmarks/bench_stages.py --digest   # before
    python benchmarks/bench_stages.py --digest                              # after

``--wcxb N`` takes N pages of ``../shared/data/wcxb-dev`` instead (a random sample, seed 17; mostly
English, ~8 KB of text each), extracted with the default (``fast``) engine before any timing, with the URL
of its ground-truth file; ``--profile web-common --keep en`` runs them as an English web corpus (the
default profile ``hi`` drops them at ``langid``). Skips cleanly when the data is absent.

Appends nothing by itself: copy the printed table into benchmarks/results/stages.md.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import hashlib
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import shuddh
from shuddh.config import load_config
from shuddh.document import Document, Dropped
from shuddh.executors.shard import build_stages, timed
from shuddh.io.html import page_to_document
from shuddh.io.readers import ReadOptions, read_file
from shuddh.stages.base import GlobalStage, Stage, StageContext, StageStats

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHUDDH_SHARED", ROOT.parent / "shared")) / "data"
DEFAULT_SHARD = ROOT / "benchmarks" / "_work" / "clean" / "crawl-000.jsonl.gz"


def read_docs(path: Path, n: int) -> list[Document]:
    docs: list[Document] = []
    for item in read_file(path, path.name, ReadOptions()):
        if isinstance(item, Document):
            docs.append(item)
            if len(docs) >= n:
                break
    return docs


def wcxb_docs(n: int, seed: int = 17) -> list[Document]:
    """N pages of wcxb-dev (random sample), extracted with the default engine, as a reader yields them."""
    root = SHARED / "wcxb-dev"
    pages = sorted((root / "html").glob("*.html.gz"))
    docs: list[Document] = []
    for page in sorted(random.Random(seed).sample(pages, min(n, len(pages)))):
        stem = page.name.split(".")[0]
        gt = json.loads((root / "ground-truth" / f"{stem}.json").read_text(encoding="utf-8"))
        item = page_to_document(gzip.decompress(page.read_bytes()), doc_id=f"wcxb-{stem}",
                                source=page.name, position="file", url=gt.get("url"))
        if isinstance(item, Document):
            docs.append(item)
    return docs


def digest(items: list[Document | Dropped]) -> str:
    h = hashlib.sha256()
    for it in items:
        doc, reason = (it.doc, it.reason) if isinstance(it, Dropped) else (it, "")
        h.update(json.dumps([doc.to_record(), reason], ensure_ascii=False, sort_keys=True).encode())
    return h.hexdigest()[:16]


def clear_memos() -> None:
    """Empty shuddh's bounded memos of text (``lru_cache`` with a maxsize: the segmentation the quality
    signals share, legacy-font line verdicts, script counts; the legacy detector's per-token dicts), so a
    repeat does not find the previous repeat's documents there: every repeat costs what one pass over the
    documents costs. Unbounded caches
    (profiles, compiled tables) are kept, as a worker keeps them."""
    for name, mod in list(sys.modules.items()):
        if mod is None or not (name == "shuddh" or name.startswith("shuddh.")):
            continue
        for obj in list(vars(mod).values()):
            params = getattr(obj, "cache_parameters", None)
            if callable(params) and params().get("maxsize") is not None:
                obj.cache_clear()
    # bounded per-token memos kept in plain dicts (legacy-font detection: token kinds, decoded-token counts)
    detect = sys.modules.get("shuddh.text.legacy._detect")
    for name in ("_TOKEN_KINDS", "_TOKEN_COUNTS", "_TOKEN_INERT"):
        memo = getattr(detect, name, None)
        if isinstance(memo, dict):
            memo.clear()


def run_once(docs: list[Document], stages: list[Stage]) -> list[tuple[str, float, int, str]]:
    """(stage, CPU seconds, docs out, digest of the stream after it) for each per-document stage.

    The stages are chained as generators, document by document, as the executor runs them (so a memo
    shared by consecutive stages works as it does there). A stage's own CPU time is the time inside its
    output's ``next()`` minus the time inside its input's (the upstream stages' work).

    Global stages (``chrome_repeats``, ``dedup_*``) are skipped: they need the executor's phases. On the
    bench corpus ``chrome_repeats`` removes 22 lines in 20,000 documents, so the stages after it see
    practically the text they see in a real run."""
    per_stage = [st for st in stages if not isinstance(st, GlobalStage)]
    inclusive = [[0.0] for _ in per_stage]
    dropped: list[list[Dropped]] = [[] for _ in per_stage]
    ctxs = [StageContext(StageStats(st.name)) for st in per_stage]

    def keep_docs(items: Iterator[Document | Dropped], k: int) -> Iterator[Document]:
        for it in items:
            if isinstance(it, Dropped):
                dropped[k].append(it)
            else:
                yield it

    stream: Iterator[Document] = iter(copy.deepcopy(docs))
    clear_memos()
    for k, st in enumerate(per_stage):
        stream = keep_docs(timed(st.run(stream, ctxs[k]), inclusive[k], time.process_time), k)
    kept = list(stream)
    out: list[tuple[str, float, int, str]] = []
    prev = 0.0
    for k, st in enumerate(per_stage):
        stats = json.dumps(ctxs[k].stats.to_dict(), sort_keys=True, ensure_ascii=False)
        # a document's final state is only known at the end (documents are mutated in place), so the
        # digest after stage k covers the drops up to k, and the kept documents' final form
        gone = [d for ds in dropped[: k + 1] for d in ds]
        out.append((st.name, inclusive[k][0] - prev, ctxs[k].stats.docs_out,
                    digest([*gone]) + ":" + hashlib.sha256(stats.encode()).hexdigest()[:8]))
        prev = inclusive[k][0]
    out.append(("(kept documents)", 0.0, len(kept), digest([*kept])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1500)
    ap.add_argument("--shard", type=Path, default=DEFAULT_SHARD)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--digest", action="store_true", help="print a digest of the documents after each stage")
    ap.add_argument("--wcxb", type=int, default=0, help="N wcxb-dev pages instead of the shard")
    ap.add_argument("--profile", default="hi", help="language profile of every stage (default hi)")
    ap.add_argument("--keep", default=None, help="the langid stage's keep (e.g. en for wcxb pages)")
    args = ap.parse_args()
    if args.wcxb:
        if not (SHARED / "wcxb-dev" / "html").is_dir():
            print(f"skipped: {SHARED / 'wcxb-dev'} not found")
            return
        docs = wcxb_docs(args.wcxb)
        source = f"wcxb-dev ({args.wcxb} pages sampled, seed 17)"
    else:
        if not args.shard.is_file():
            print(f"skipped: {args.shard} not found (run benchmarks/bench_clean.py first)")
            return
        docs = read_docs(args.shard, args.docs)
        source = args.shard.name
    raw: dict[str, Any] = {"inputs": ["x"], "output": "/tmp/bench-stages-unused", "profile": args.profile}
    cfg = load_config(raw, langs=args.keep)
    stages = build_stages("bench-stages", cfg.stage_specs())
    runs = [run_once(docs, stages) for _ in range(args.repeat)]
    print(f"shuddh from {Path(shuddh.__file__).parent}; {len(docs)} docs of {source}, profile {args.profile}; "
          f"best of {args.repeat} (CPU seconds, time.process_time)")
    print("| stage | CPU s | ms per doc in | docs out |" + (" digest |" if args.digest else ""))
    print("|---|---:|---:|---:|" + ("---|" if args.digest else ""))
    total = 0.0
    n_in = len(docs)
    for i, (name, _, n_out, dig) in enumerate(runs[0][:-1]):
        best = min(r[i][1] for r in runs)
        total += best
        print(f"| {name} | {best:.3f} | {1000 * best / max(n_in, 1):.3f} | {n_out} |"
              + (f" {dig} |" if args.digest else ""))
        n_in = n_out
    print(f"| **total, per-document stages** | {total:.3f} | {1000 * total / max(len(docs), 1):.3f} per input doc | |"
          + (" |" if args.digest else ""))
    if args.digest:
        _, _, n_kept, dig = runs[0][-1]
        print(f"| (kept documents) | | | {n_kept} | {dig} |")


if __name__ == "__main__":
    main()
