"""How the CPU cost of every default stage grows with the size of a hostile document (issue 15 item 14).

    python benchmarks/bench_complexity.py [--n 20000] [--repeats 2] [--stages pii,normalize]
                                          [--patterns number_run,at_run] [--out benchmarks/results/complexity.md]

Every stage of the default pipeline (the global ones — chrome_repeats, dedup_exact, dedup_near — through
collect, reduce and apply over three copies of the document) runs on one generated document of n and of
4n characters for each pattern of ``tests/unit/test_complexity.py`` (number runs, "@" runs, "Ã" runs, one
huge line, 100k tiny lines, punctuation, long words, danda and ZWJ runs, legacy-font Latin, glued URLs
and e-mails …). The table gives the best-of-``--repeats`` CPU time (``time.process_time``) at both sizes
and their ratio: about 4 for a linear stage, 16 for a quadratic one. A cell is flagged when the ratio is
above 8 (and the larger run is above the noise floor). Writes the markdown table to ``--out``.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.unit.test_complexity import (  # noqa: E402  (the harness lives with its test)
    MAX_RATIO,
    PATTERNS,
    build,
    growth,
    is_superlinear,
    runner,
)

from shuddh.stages.registry import DEFAULT_STAGES  # noqa: E402

#: a stage taking longer than this at n is not run at 4n (it is flagged anyway)
SLOW_AT_N = 5.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=20_000, help="characters of the smaller document")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--stages", default=",".join(DEFAULT_STAGES))
    ap.add_argument("--patterns", default=",".join(PATTERNS))
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "complexity.md")
    args = ap.parse_args()
    stages = [s for s in args.stages.split(",") if s]
    patterns = [p for p in args.patterns.split(",") if p]
    n = args.n

    rows: list[str] = []
    flagged: list[str] = []
    worst: dict[str, tuple[float, str]] = {}
    t_start = time.process_time()
    for name in stages:
        fn = runner(build(name))
        for pat in patterns:
            small = PATTERNS[pat](n)
            t = time.process_time()
            fn(small)
            if time.process_time() - t > SLOW_AT_N:
                rows.append(f"| {name} | {pat} | > {SLOW_AT_N:g} | not run | — | **superlinear?** |")
                flagged.append(f"{name}/{pat}")
                print(rows[-1], flush=True)
                continue
            t1, t4 = growth(fn, pat, n, repeats=args.repeats)
            ratio = t4 / t1 if t1 > 0 else float("inf")
            bad = is_superlinear(t1, t4)
            if bad:
                flagged.append(f"{name}/{pat}")
            if t4 >= 0.004 and ratio > worst.get(name, (0.0, ""))[0]:
                worst[name] = (ratio, pat)
            verdict = "**superlinear**" if bad else ("linear" if t4 >= 0.004 else "fast")
            rows.append(f"| {name} | {pat} | {t1 * 1000:.1f} | {t4 * 1000:.1f} | {ratio:.1f} | {verdict} |")
            print(rows[-1], flush=True)
    total = time.process_time() - t_start

    lines = [
        "# Complexity of every default stage on hostile documents (issue 15 item 14)",
        "",
        f"`python benchmarks/bench_complexity.py --n {n} --repeats {args.repeats}` — Python "
        f"{platform.python_version()}, {platform.machine()}; CPU time of this process (best of "
        f"{args.repeats}), so load on the shared machine does not inflate it. {total:.0f} CPU-s in all.",
        "",
        f"Each stage runs on one generated document of n = {n:,} and of 4n = {4 * n:,} characters; the "
        "global stages (chrome_repeats, dedup_exact, dedup_near) run collect, reduce and apply over three "
        "copies of it. Ratio 4 = linear, 16 = quadratic; flagged above "
        f"{MAX_RATIO:g} when the larger run takes 4 ms or more (below that the cell is *fast* and its "
        "ratio is timer noise). Patterns: `tests/unit/test_complexity.py` `PATTERNS`.",
        "",
        "Worst ratio per stage (cells ≥ 4 ms): "
        + ", ".join(f"{s} {r:.1f} ({p})" for s, (r, p) in worst.items()) + ".",
        "",
        f"Flagged: {', '.join(flagged) if flagged else 'none'}.",
        "",
        "| stage | pattern | ms at n | ms at 4n | ratio | verdict |",
        "|---|---|---:|---:|---:|---|",
        *rows,
        "",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"flagged: {flagged or 'none'}; wrote {args.out}")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
