"""What redacting every field costs (issue 15, item 1): the pii stage over real documents with the
metadata readers give them, redacting every field (``fields: all``, the default) against only the text,
``metadata.title`` and ``metadata.section`` (what the stage redacted before).

    python benchmarks/bench_pii_fields.py [--pages 200] [--repeat 3]

Documents: real HTML pages of the WCXB dev set (``/work/shared/data/wcxb-dev/html``, extracted with the
default engine, so they carry title, author, date, breadcrumb, canonical URL …) and the 152 scraped Hindi
news files of ``crawl-hindi-news`` (id, site, text). CPU time of this process (``time.process_time``), best
of ``--repeat``; extraction is not timed. Copy the printed table into benchmarks/results/pii_fields.md.
With ``PYTHONPATH=/path/to/old/src`` (a tree before issue 15) both columns time the old stage.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from shuddh.document import Document
from shuddh.io.html import page_to_document
from shuddh.stages.base import ShardInfo, StageContext, StageStats
from shuddh.stages.pii import PiiStage

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHUDDH_SHARED", ROOT.parent / "shared")) / "data"


def load_docs(pages: int) -> dict[str, list[Document]]:
    out: dict[str, list[Document]] = {"wcxb pages": [], "crawl-hindi-news": []}
    for i, p in enumerate(sorted((SHARED / "wcxb-dev" / "html").glob("*.html.gz"))[:pages]):
        d = page_to_document(gzip.decompress(p.read_bytes()), doc_id=p.name, source=p.name, position="file",
                             url=f"https://example.org/page/{i}?ref=home")
        if isinstance(d, Document):
            out["wcxb pages"].append(d)
    with (SHARED / "crawl-hindi-news" / "prabhatkhabar-jagran-2020.jsonl").open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            rec = json.loads(line)
            out["crawl-hindi-news"].append(Document(id=str(rec["id"]), text=rec["text"], source=f"c.jsonl:line {n}",
                                                    metadata={k: v for k, v in rec.items() if k not in ("id", "text")}))
    return out


def cpu(make: Callable[[], PiiStage], docs: list[Document], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        fresh = copy.deepcopy(docs)
        stage = make()  # a fresh stage: nothing remembered from the previous repeat
        ctx = StageContext(StageStats("pii"), ShardInfo(0, "part-00000"))
        t0 = time.process_time()
        for _ in stage.run(fresh, ctx):
            pass
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    sets = load_docs(args.pages)
    def old() -> PiiStage:
        try:
            return PiiStage(fields="text,metadata.title,metadata.section")
        except TypeError:  # a source tree before issue 15 (PYTHONPATH=old/src): it redacted just these
            return PiiStage()

    print("| documents | n | MB text | metadata strings/doc | text + title + section CPU-s | every field CPU-s | × |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, docs in sets.items():
        mb = sum(len(d.text.encode()) for d in docs) / 1e6

        def strings(v: object) -> int:
            if isinstance(v, str):
                return 1
            if isinstance(v, dict):
                return sum(strings(x) for x in v.values()) + len(v)
            if isinstance(v, list):
                return sum(strings(x) for x in v)
            return 0

        per_doc = sum(strings(d.metadata) for d in docs) / max(len(docs), 1)
        a, b = cpu(old, docs, args.repeat), cpu(PiiStage, docs, args.repeat)
        print(f"| {name} | {len(docs)} | {mb:.2f} | {per_doc:.1f} | {a:.3f} | {b:.3f} | {b / a:.2f} |")


if __name__ == "__main__":
    main()
