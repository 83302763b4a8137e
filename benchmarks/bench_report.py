"""The report of a million-document run: its size and render time, and what recording its statistics costs.

    python benchmarks/bench_report.py [--docs 2000] [--scale 1000000]
                                      [--shard benchmarks/_work/clean/crawl-000.jsonl.gz]

1. **Recording** (``shuddh.volumes.Volumes``): CPU time of ``add(doc, "read")`` + ``add(doc, outcome)`` per
   document over the first ``--docs`` documents of a shard built by ``bench_clean.py`` (real Hindi pages
   of ≈ 4 KB; read and kept as they are, so the word count is not memoised by earlier stages: the worst
   case), and of merging 1,000 shard accumulators.
2. **A million-document run**: a stats dict as the runner writes it, with the worst bounded content a big
   run can have — every drop and line-removal reason of the code base with full example lists, every
   signal histogram with all of its bins filled, 120 languages, 12 quarantine reasons, 100,000 skipped
   files, 6 WARC record types, 20 stages with 5 samples per reason — and counts scaled to ``--scale``
   documents. Reports the size of report.html and of the stats (JSON, indented as stats.json) and the
   best of 5 render times (CPU).

Nothing depends on ../shared/data except the optional shard (without it, step 1 uses the test article).
Copy the printed table into benchmarks/results/report.md.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path
from typing import Any

import orjson

from shuddh.document import Document, Quarantined
from shuddh.report import render_report
from shuddh.stages.quality.fineweb import FineWebQualityFilter
from shuddh.stages.quality.gopher import GopherQualityFilter, GopherRepetitionFilter
from shuddh.volumes import EXAMPLE_CHARS, SIGNAL_BINS, Volumes, signal_thresholds

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARD = ROOT / "benchmarks" / "_work" / "clean" / "crawl-000.jsonl.gz"

DROP_REASONS = (
    ["clean.empty", "quality.too_short", "dedup.exact", "dedup.near", "dedup.in_doc_too_short", "pii.too_many"]
    + [
        f"quality.gopher.{r}"
        for r in (
            "too_few_words",
            "too_many_words",
            "mean_word_length",
            "symbol_ratio",
            "bullet_lines",
            "ellipsis_lines",
            "alpha_words",
            "stopwords",
        )
    ]
    + ["quality.letter_ratio"]
    + [f"quality.fineweb.{r}" for r in ("line_punct_ratio", "short_line_ratio", "char_dup_ratio", "list_ratio")]
    + [
        f"quality.repetition.{r}"
        for r in ("dup_line_frac", "dup_para_frac", "dup_line_char_frac", "dup_para_char_frac")
    ]
    + [f"quality.repetition.top_{n}gram" for n in (2, 3, 4)]
    + [f"quality.repetition.dup_{n}gram" for n in range(5, 11)]
    + [f"lang.{x}" for x in ("en", "mr", "ne", "bho", "mai", "sa", "ur", "bn", "pa", "gu")]
)
LINE_REASONS = (
    [
        f"chrome.{r}"
        for r in (
            "navigation",
            "share",
            "related",
            "comment_form",
            "read_more",
            "promo",
            "disclaimer",
            "credit",
            "copyright",
            "login",
            "cookie",
            "ads",
            "date",
            "byline",
            "repeated",
            "structure.menu",
            "structure.breadcrumb",
            "structure.tags",
        )
    ]
    + [f"chrome.{r}.part" for r in ("read_more", "promo", "share", "disclaimer", "credit")]
    + ["header.section_label", "header.title_repeat", "dedup.line"]
)
SENTENCE = "नगर निगम ने शहर की सभी मुख्य सड़कों की मरम्मत का काम अगले सप्ताह से शुरू करने का फ़ैसला किया है। "


def _docs(shard: Path, n: int) -> list[Document]:
    if shard.is_file():
        from shuddh.io.readers import ReadOptions, read_file

        out = []
        for d in read_file(str(shard), shard.name, ReadOptions()):
            if isinstance(d, Document):
                out.append(d)
                if len(out) >= n:
                    break
        return out
    from tests.conftest import article

    return [Document(id=f"d{i}", text=article(i), source="x", lang="hi") for i in range(n)]


def bench_recording(shard: Path, n: int) -> dict[str, float]:
    docs = _docs(shard, n)
    chars = sum(len(d.text) for d in docs)
    v = Volumes()
    t0 = time.process_time()
    for i, d in enumerate(docs):
        v.add(d, "read")
        d.removed = [[0, "Back to top button", "chrome.navigation", "chrome"]]
        if i % 10:
            v.add(d, "kept")
        else:
            v.add(d, "dropped", "quality.too_short")
    cpu = time.process_time() - t0
    parts = []
    for s in range(1000):
        p = Volumes()
        for d in docs[s % len(docs) : s % len(docs) + 2]:
            p.add(d, "kept")
        parts.append(Volumes.from_dict(orjson.loads(orjson.dumps(p.to_dict()))))
    t0 = time.process_time()
    total = Volumes()
    for p in parts:
        total.merge(p)
    merge = time.process_time() - t0
    return {
        "docs": len(docs),
        "kb_per_doc": chars * 3 / 1024 / len(docs) if docs else 0,
        "us_per_doc": 1e6 * cpu / len(docs),
        "merge_1000_s": merge,
    }


def big_stats(scale: int) -> dict[str, Any]:
    rnd = random.Random(18)
    thresholds = signal_thresholds(
        [GopherQualityFilter().describe(), FineWebQualityFilter().describe(), GopherRepetitionFilter().describe()]
    )
    v = Volumes(thresholds=thresholds)
    for r in DROP_REASONS:
        for j in range(3):
            v.dropped_examples.setdefault(r, []).append(
                {
                    "id": f"crawl-{rnd.getrandbits(64):016x}",
                    "url": f"https://news{j}.example.in/{r}/{'x' * 60}",
                    "text": (SENTENCE * 4)[: EXAMPLE_CHARS - 1] + "…",
                }
            )
        if r.startswith("dedup"):
            v.dedup_pairs[r] = [
                {"id": f"d{j}", "url": f"https://m.example.in/{j}", "kept_id": f"k{j}"} for j in range(5)
            ]
    for r in LINE_REASONS:
        v.line_examples[r] = [
            {
                "id": f"crawl-{rnd.getrandbits(64):016x}",
                "url": f"https://news.example.in/{'y' * 80}",
                "text": (SENTENCE * 2)[: EXAMPLE_CHARS - 1] + "…",
            }
            for _ in range(3)
        ]
    for name, spec in SIGNAL_BINS.items():
        v.hist[name] = {
            g: __import__("collections").Counter({i: rnd.randint(1, scale // 50) for i in range(spec[3])})
            for g in ("kept", "dropped")
        }
    langs = ["hi", "mr", "ne", "bho", "mai", "sa", "ur", "en", "und", "other"] + [f"x{i:03d}" for i in range(110)]
    for lang in langs:
        v.languages[lang] = {
            o: {"docs": scale // 200, "words": scale * 3, "chars": scale * 20, "bytes": scale * 55}
            for o in ("kept", "dropped")
        }
    for o in v.volumes:
        v.volumes[o] = {"docs": scale, "words": scale * 700, "chars": scale * 4000, "bytes": scale * 11000}
    for r in (
        "read.invalid_json",
        "read.invalid_utf8",
        "read.missing_text",
        "read.not_an_object",
        "read.truncated",
        "read.corrupt",
        "read.too_large",
        "read.unreadable",
        "read.content_encoding",
        "extract.too_large",
        "extract.timeout",
        "stage.timeout",
    ):
        for j in range(3):
            v.add_quarantined(
                Quarantined(
                    source=f"s3://bucket/crawl/part-{j:05d}.warc.gz",
                    position=f"byte {j * 4096}",
                    reason=r,
                    error="invalid JSON: unexpected character " + "z" * 150,
                )
            )
    v.clusters.update({str(s): scale // (s * s) for s in range(2, 300)})
    stages = []
    for name in (
        "normalize",
        "pii",
        "chrome",
        "header",
        "chrome_repeats",
        "chrome_repeats.collect",
        "chrome_repeats.reduce",
        "length",
        "langid",
        "gopher_repetition",
        "fineweb_quality",
        "gopher_quality",
        "dedup_in_doc",
        "dedup_exact",
        "dedup_exact.collect",
        "dedup_exact.reduce",
        "dedup_near",
        "dedup_near.collect",
        "dedup_near.reduce",
        "length",
    ):
        samples = {f"dropped:{r}": [(SENTENCE * 3)[:200]] * 5 for r in DROP_REASONS[:8]}
        samples.update({r: [SENTENCE[:120]] * 5 for r in LINE_REASONS[:8]})
        stages.append(
            {
                "name": name,
                "docs_in": scale,
                "docs_out": scale - 1000,
                "dropped": dict.fromkeys(DROP_REASONS[:4], 100),
                "lines_removed": dict.fromkeys(LINE_REASONS[:4], 1000),
                "counters": {"label.hi": scale},
                "samples": samples,
            }
        )
    stats = {
        "shuddh_version": "0.1.0",
        "config_fingerprint": "0123456789abcdef",
        "input": {
            "files": 10_000,
            "records": scale * 4,
            "skipped_files": [f"crawl/junk-{i:06d}.bin (unknown type)" for i in range(100_000)],
            "skipped_records": {
                "warc.skipped.request": scale,
                "warc.skipped.warcinfo": 10_000,
                "warc.skipped.metadata": scale,
                "warc.skipped.resource": 1000,
                "warc.skipped.non_html": 50_000,
                "warc.skipped.revisit": 2000,
            },
            "per_file": {},
        },
        "kept": scale,
        "dropped": scale * 2,
        "quarantined": scale,
        "accounted": True,
        "unmatched_files": [],
        "dropped_by_reason": {r: scale // len(DROP_REASONS) for r in DROP_REASONS},
        "quarantined_by_reason": dict.fromkeys(v.quarantined_examples, 100),
        "lines_removed_by_reason": dict.fromkeys(LINE_REASONS, scale),
        "stages": stages,
    }
    stats.update(v.to_dict())
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--scale", type=int, default=1_000_000)
    ap.add_argument("--shard", type=Path, default=DEFAULT_SHARD)
    a = ap.parse_args()
    rec = bench_recording(a.shard, a.docs)
    print(
        f"recording: {rec['docs']:,} docs of {rec['kb_per_doc']:.1f} KB: {rec['us_per_doc']:.0f} µs CPU per document "
        f"(read + outcome); merging 1,000 shard accumulators: {rec['merge_1000_s'] * 1000:.0f} ms CPU"
    )
    stats = big_stats(a.scale)
    timing = {
        "wall_seconds": 3600.0,
        "worker_seconds": 7000.0,
        "workers": 2,
        "stage_seconds": {s["name"]: 300.0 for s in stats["stages"]},
    }
    best = float("inf")
    html = ""
    for _ in range(5):
        t0 = time.process_time()
        html = render_report(stats, timing)
        best = min(best, time.process_time() - t0)
    stats_json = orjson.dumps(stats, option=orjson.OPT_INDENT_2)
    extra = orjson.dumps(
        {k: stats[k] for k in ("volumes", "languages", "signals", "examples")}, option=orjson.OPT_INDENT_2
    )
    print(
        "| documents | report.html | render (CPU, best of 5) | stats.json "
        "| of which volumes/languages/signals/examples |"
    )
    print("|---:|---:|---:|---:|---:|")
    print(
        f"| {a.scale:,} | {len(html.encode()) / 1e6:.2f} MB | {best * 1000:.0f} ms | {len(stats_json) / 1e6:.2f} MB | "
        f"{len(extra) / 1e3:.0f} KB |"
    )


if __name__ == "__main__":
    main()
