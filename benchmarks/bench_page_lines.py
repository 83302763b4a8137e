"""The line stages alone on the visible text of the blind-written pages, line by line (issue 13).

What a WET file, an OSCAR-style dump or a JSONL of scraped page text holds is a page's visible text with every
menu, ticker, breadcrumb and footer in it: no HTML left to tell the story from the chrome. Here the line stages
of the default pipeline (``normalize`` → ``chrome`` → ``header`` → ``chrome_repeats`` over the family's pages,
profile = the page's language) run alone over that text of the pages of ``benchmarks/labels/pages/`` (288 pages
of 48 families, written blind: see ``bench_pages.py``), and every line they remove or keep is scored against a label
derived from the writer's gold (no hand labelling of lines, no third-party text):

* a line is **body** when its text (shuddh's normalisation, whitespace collapsed) is the page's headline or a
  run of whole words of a body string (paragraph, sub-head, list item, table row);
* **chrome** when it is a run of whole words of a chrome string, **neutral** when of a neutral one (byline,
  date, caption, standfirst, embed);
* **neutral** when it is in strings of two of these kinds (a one-word breadcrumb that also occurs in a
  paragraph), **unlabelled** when in none (the writers skipped small UI words: not scored).

The visible text is ``shuddh.extract.visible_lines`` (one line per block, as ``bench_chrome_sites.py`` reads
the real pages). Metrics as in ``bench_chrome_sites.py``: removal precision (chrome and neutral count as
correct), chrome recall, prose lost (body lines of >= 4 words), plus **headlines removed** (pages whose headline
line was removed: issue 13, "a headline is never removed"). Split by family as ``bench_pages.py`` (TUNE /
HELD-OUT, fixed before each batch was written); rules are changed on what TUNE shows, HELD-OUT is counted.

Run: ``python benchmarks/bench_page_lines.py [--misses] [--families f1,f2] [--write]`` (``--misses``: the TUNE
pages' lost prose lines and kept chrome lines; ``--write``: the table to ``benchmarks/results/page_lines.md``, below
its notes).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "page_lines.md"
#: the line of the results file under which --write puts the table (the notes above it are kept)
_MARK = "<!-- bench_page_lines.py --write: the table below -->"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_chrome_sites as cs  # noqa: E402
import bench_pages as bp  # noqa: E402


def page_docs(pages: list[dict[str, Any]]) -> list[cs.Doc]:
    """One document per page: its visible text, the family as its site (chrome_repeats counts per family)."""
    from shuddh.extract import decode_html, visible_lines

    out = []
    for p in pages:
        html, _ = decode_html(p["html"])
        d = cs.Doc("pages", p["id"], p["family"], p["lang"], "\n".join(visible_lines(html)), url=p["url"])
        out.append(d)
    return out


def _padded(s: str) -> str:
    return f" {s} "


def line_labels(lines: list[str], gold: dict[str, Any]) -> list[str | None]:
    """body / chrome / neutral / 'unlabelled' per line (None for a blank line), from the writer's gold (module
    doc). Both sides go through ``bench_pages.canon`` (shuddh's normalisation, whitespace collapsed)."""
    title = bp.canon(gold["title"])
    kinds = {k: [_padded(bp.canon(x)) for x in gold.get(k, [])] for k in ("body", "chrome", "neutral")}
    out: list[str | None] = []
    for ln in lines:
        s = bp.canon(ln)
        if not s:
            out.append(None)
            continue
        ps = _padded(s)
        found = {k for k, xs in kinds.items() if any(ps in x for x in xs)}
        if s == title:
            found.add("body")
        out.append("unlabelled" if not found else found.pop() if len(found) == 1 else "neutral")
    return out


def run(pages: list[dict[str, Any]]) -> tuple[list[cs.Doc], dict[str, list[str | None]]]:
    docs = page_docs(pages)
    cs.run_line_stages(docs)
    gold = {p["id"]: p["gold"] for p in pages}
    return docs, {d.doc_id: line_labels(d.lines, gold[d.doc_id]) for d in docs}


def copies(pages: list[dict[str, Any]], n: int = 5) -> dict[str, int]:
    """Each family's pages with ``n`` more copies of its first page under other addresses of its site (an AMP, print or
    tracking variant: the same text): the prose lines (body, >= 4 words) of that first page the line stages remove with
    the copies there and without them (session 33: chrome_repeats' copy key)."""
    import copy as _copy

    docs, labels = run(pages)
    alone = {d.doc_id: d for d in docs}
    out: Counter[str] = Counter()
    for fam in sorted({p["family"] for p in pages}, key=lambda f: int(f[1:])):
        fam_docs = page_docs([p for p in pages if p["family"] == fam])
        first = fam_docs[0]
        extra = []
        for k in range(n):
            c = _copy.copy(first)
            c.doc_id, c.url = f"{first.doc_id}-copy{k}", f"{first.url or ''}?amp={k}"
            extra.append(c)
        cs.run_line_stages([*fam_docs, *extra])
        labs = labels[first.doc_id]
        prose = [i for i, x in enumerate(labs) if x == "body" and len(first.lines[i].split()) >= 4]
        out["pages"] += 1
        out["prose"] += len(prose)
        out["prose lost with copies"] += sum(1 for i in prose if i in first.removed)
        out["prose lost alone"] += sum(1 for i in prose if i in alone[first.doc_id].removed)
    return dict(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--families", default="", help="only these families (comma-separated)")
    ap.add_argument("--copies", action="store_true",
                    help="the TUNE families with 5 copies of their first page: prose lost with and without (no table)")
    ap.add_argument("--misses", action="store_true", help="list the TUNE pages' lost prose and kept chrome lines")
    ap.add_argument("--held-out-misses", action="store_true", help="... and the HELD-OUT pages' (reads them)")
    ap.add_argument("--write", action="store_true", help="write benchmarks/results/page_lines.md")
    a = ap.parse_args(argv)
    pages = bp.load_pages([f for f in a.families.split(",") if f] or None)
    if not pages:
        print("no pages found under benchmarks/labels/pages: skipped")
        return 0
    if a.copies:
        print(copies([p for p in pages if p["group"] == "tune"]))
        return 0
    docs, labels = run(pages)
    group = {p["id"]: p["group"] for p in pages}
    titles = {p["id"]: bp.canon(p["gold"]["title"]) for p in pages}
    tally: dict[Any, cs.Tally] = defaultdict(cs.Tally)
    unlabelled: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    lost: list[str] = []
    kept: list[str] = []
    for d in docs:
        g = group[d.doc_id]
        labs = labels[d.doc_id]
        unlabelled[g] += labs.count("unlabelled")
        scored = [None if x == "unlabelled" else x for x in labs]
        show = a.held_out_misses or (a.misses and g == "tune")
        t = cs.score_doc(d, scored, [""] * len(scored), lost if show else None)
        for k in (g, (g, d.site)):
            tally[k].add(t)
        # the headline: removed when every line equal to it was removed (a copy of it in a teaser list may go)
        hl = [i for i, ln in enumerate(d.lines) if bp.canon(ln) == titles[d.doc_id]]
        if hl and all(i in d.removed for i in hl):
            heads[g] += 1
            if show:
                lost.append(f"{d.site} {d.doc_id}:{hl[0]} HEADLINE [{d.removed[hl[0]]}] {d.lines[hl[0]][:90]}")
        if show:
            kept += [f"{d.doc_id}:{i} {ln[:100]}" for i, (ln, x) in enumerate(zip(d.lines, labs, strict=True))
                     if x == "chrome" and i not in d.removed]
    fams = Counter(p["family"] for p in pages)
    out = [f"{len(pages)} pages of {len(fams)} families; TUNE {' '.join(bp.TUNE)}, HELD-OUT {' '.join(bp.HELD_OUT)}. "
           f"Unlabelled lines (not scored): TUNE {unlabelled['tune']}, HELD-OUT {unlabelled['held-out']}.", "",
           "| group | family | pages | lines | removed | precision | chrome | recall | prose | prose lost | "
           "headlines removed | body removed by |",
           "|---|---|---|---|---|---|---|---|---|---|---|---|"]

    def row(g: str, fam: str, t: cs.Tally, nheads: int | str) -> str:
        by = ", ".join(f"{r} {n}" for r, n in t.body_removed_by.most_common(3))
        return (f"| {g} | {fam} | {t.pages} | {t.lines} | {t.removed} | {t.precision:.3f} | {t.chrome} | "
                f"{t.recall:.3f} | {t.prose} | {t.prose_removed} ({100 * t.lost:.2f} %) | {nheads} | {by} |")

    for g in ("tune", "held-out"):
        for k in sorted((k for k in tally if isinstance(k, tuple) and k[0] == g), key=lambda k: int(k[1][1:])):
            out.append(row(g, k[1], tally[k], ""))
        if g in tally:
            out.append(row(f"**{g}**", "all", tally[g], heads[g]))
    print("\n".join(out))
    if a.write:
        notes = (RESULTS.read_text(encoding="utf-8").split(_MARK)[0] if RESULTS.exists()
                 else "# The line stages alone on the blind-written pages' visible text (issue 13)\n\n")
        RESULTS.write_text(notes.rstrip("\n") + "\n\n" + _MARK + "\n\n" + "\n".join(out) + "\n", encoding="utf-8")
    if a.misses or a.held_out_misses:
        print("\nprose lost:\n" + "\n".join(lost))
        print("\nchrome kept:\n" + "\n".join(kept))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
