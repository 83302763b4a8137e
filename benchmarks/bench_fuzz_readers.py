"""Reader fuzz and memory benchmark (issue 15): no record lost silently, memory bounded by the record limit.

    python benchmarks/bench_fuzz_readers.py [--examples N] [--seed S] [--memory-gb G] [--out PATH]

1. **Fuzz**: the harness of ``tests/property/test_reader_fuzz.py`` (seeded mutations of valid Hindi files:
   truncation, byte flips, inserted garbage and format magic, deleted and duplicated ranges) with a large
   budget, per reader: JSONL plain/gz/zst, Parquet, text (whole, and blank-lines gz), HTML, WARC plain/gz.
   A failure is an uncaught exception, an unknown quarantine reason, more items than units, or a file
   whose independent count (``FileCount``) does not match what the reader accounted for.
2. **Memory**: hostile files of ``--memory-gb`` GB of NUL bytes (no newline) as ``.jsonl.gz``, ``.txt.gz``,
   ``.html.gz``, and one 200 MB JSONL record, each read in a fresh process with the default record limit
   (64 MiB); reports the peak RSS (``VmHWM``) and what the reader made of it.

Writes ``benchmarks/results/fuzz.md`` and prints it. Needs no shared data.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.property.test_reader_fuzz import SEEDS, fuzz  # noqa: E402

_CHILD = """
import sys, time
from collections import Counter
from pathlib import Path
from shuddh.io.readers import FileCount, ReadOptions, read_file
count = FileCount()
t = time.process_time()
kinds = Counter(getattr(o, "reason", "document") for o in read_file(Path(sys.argv[1]), "x", ReadOptions(), count=count))
# VmHWM, not ru_maxrss: Linux keeps the forking parent's ru_maxrss across exec, VmHWM belongs to this image
hwm = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM"))
print(dict(kinds), round(time.process_time() - t, 1), hwm // 1024, count.ok, sep="\\t")
"""


def _nul_gz(path: Path, gb: float, prefix: bytes = b"", suffix: bytes = b"") -> None:
    zero = b"\0" * (1 << 20)
    with gzip.open(path, "wb", compresslevel=1) as fh:
        fh.write(prefix)
        for _ in range(int(gb * 1024)):
            fh.write(zero)
        fh.write(suffix)


def memory(gb: float, tmp: Path) -> list[tuple[str, str, str, str, str, str]]:
    from tests.conftest import article

    good = json.dumps({"text": article(1)}, ensure_ascii=False).encode() + b"\n"
    files = []
    p = tmp / "nul.jsonl.gz"
    _nul_gz(p, gb, good, b"\n" + good)
    files.append((p, f"{gb:g} GB of NULs in one line between two records"))
    p = tmp / "nul.txt.gz"
    _nul_gz(p, gb)
    files.append((p, f"{gb:g} GB of NULs, one text file"))
    p = tmp / "nul.html.gz"
    _nul_gz(p, gb, b"<html><body><p>")
    files.append((p, f"{gb:g} GB of NULs in one page"))
    p = tmp / "big.jsonl"
    with p.open("wb") as fh:
        fh.write(good)
        fh.write(b'{"text": "')
        chunk = "क".encode() * (1 << 18)
        for _ in range(200 * (1 << 20) // len(chunk)):
            fh.write(chunk)
        fh.write(b'"}\n' + good)
    files.append((p, "a 200 MB record between two records"))
    p = tmp / "tiny.jsonl"
    p.write_bytes(good * 2)
    files.insert(0, (p, "baseline: two small records (the interpreter and imports)"))
    rows = []
    for path, what in files:
        out = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True)
        kinds, cpu, rss, ok = out.stdout.strip().split("\t")
        rows.append((path.name, f"{path.stat().st_size / 1e6:.1f}", what, kinds, rss, f"{cpu} / {ok}"))
        path.unlink()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--examples", type=int, default=2000, help="mutated files per reader")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--memory-gb", type=float, default=2.0, help="GB of NUL bytes in the hostile files (0: skip)")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "fuzz.md")
    args = ap.parse_args()

    lines = ["# Reader fuzz and memory (issue 15)", "",
             f"`python benchmarks/bench_fuzz_readers.py --examples {args.examples} --seed {args.seed} "
             f"--memory-gb {args.memory_gb:g}`", ""]
    lines += ["## Fuzz", "",
              "Seeded mutations (1-3 of: truncation, byte flips, inserted garbage or format magic, deleted or "
              "duplicated range) of a valid Hindi file per reader, each read whole. A failure: an uncaught "
              "exception, an unknown reason, more items than units, or a file whose independent count does not "
              "match what the reader accounted for (`FileCount.ok`).", "",
              "| reader | examples | failures | documents | quarantine records by reason | CPU s |",
              "|---|---:|---:|---:|---|---:|"]
    failures: list[str] = []
    total = 0
    with tempfile.TemporaryDirectory() as d:
        for fmt in SEEDS:
            t = time.process_time()
            res = fuzz(fmt, args.examples, Path(d), seed=args.seed)
            cpu = time.process_time() - t
            total += res.examples
            failures += res.failures
            top = ", ".join(f"{k} {v}" for k, v in res.reasons.most_common())
            lines.append(f"| {fmt} | {res.examples:,} | {len(res.failures)} | {res.documents:,} | {top} | {cpu:.1f} |")
            print(lines[-1], flush=True)
    lines += ["", f"**{total:,} examples, {len(failures)} failures.**", ""]
    for f in failures[:30]:
        lines.append(f"- `{f[:400]}`")
    if args.memory_gb > 0:
        lines += ["", "## Memory", "",
                  "Each file read in a fresh process with the default `reader.max_record_bytes` (64 MiB); peak RSS is "
                  "the process's `VmHWM` (the first row: the interpreter and imports alone).", "",
                  "| file | MB on disk | content | items | peak RSS MB | CPU s / count ok |",
                  "|---|---:|---|---|---:|---|"]
        with tempfile.TemporaryDirectory() as d:
            for row in memory(args.memory_gb, Path(d)):
                lines.append("| " + " | ".join(row) + " |")
                print(lines[-1], flush=True)
    lines += ["", f"Machine: {os.cpu_count()} cores; the fuzzing process's own peak RSS "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB.", ""]
    args.out.write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
