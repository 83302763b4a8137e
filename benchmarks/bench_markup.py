"""Word/Office style code leaked into page text: reach, false cuts and what it does to documents (issue 13).

Blog posts pasted from Microsoft Word carry Word's document settings and style sheet as text ("Normal 0
false false false EN-IN X-NONE X-NONE /* Style Definitions */ table.MsoNormalTable {mso-style-name: …}"),
usually glued to the post's first line. ``chrome`` cuts them (``chrome.markup``,
``shuddh.stages.clean.markup``). This bench measures, on real text:

* **reach** — the Magahi blog posts of ``lid-outdomain/mag-kmi-blog.tsv`` (real web posts, sentence per
  line as the file holds them): lines and posts holding Office marks (found by a plain substring test of
  the marks, independent of the rule's grammar), and how many of those lines the rule cuts at an edge,
  removes whole, or leaves (a leak in the middle of a line);
* **false cuts** — every line of the other real text in ``../shared/data`` the rule touches (the crawl,
  wcxb pages' visible text, Dakshina Wikipedia, UD, FLORES, CLTK, the other lid-outdomain files, OSCAR):
  a line without Office marks that the rule cut is a false cut;
* **documents** — the blog posts through the default pipeline with Hindi and Magahi kept
  (``--langs hi,mag``), with the chrome stage's ``markup`` option on (default) and off: kept and dropped
  documents by reason.

Run: ``python benchmarks/bench_markup.py [--write]`` (``benchmarks/results/markup.md`` with ``--write``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "benchmarks" / "results" / "markup.md"
BLOG = DATA / "lid-outdomain" / "mag-kmi-blog.tsv"
#: Office's marks, as plain substrings (the reach count does not use the rule's grammar)
MARKS = ("mso-", "MsoNormal", "#default#VML", "#ieooui", "X-NONE", "MicrosoftInternetExplorer4", "Style Definitions")


def has_marks(line: str) -> bool:
    return any(m in line for m in MARKS)


def blog_posts() -> list[list[str]]:
    raw = BLOG.read_text(encoding="utf-8")
    return [[ln.split("\t", 1)[-1] for ln in b.splitlines() if ln.strip()] for b in raw.split("\n\n") if b.strip()]


def reach(posts: list[list[str]]) -> list[str]:
    from shuddh.stages.clean.markup import markup_cut

    lines = marked = cut = whole = left = posts_marked = posts_clean = 0
    for post in posts:
        m_post = False
        clean_after = True
        for ln in post:
            lines += 1
            if not has_marks(ln):
                continue
            marked += 1
            m_post = True
            r = markup_cut(ln)
            if r is None:
                left += 1
                clean_after = False
                continue
            rest, _ = r
            if rest == "":
                whole += 1
            else:
                cut += 1
                if has_marks(rest):
                    left += 1
                    clean_after = False
        posts_marked += m_post
        posts_clean += m_post and clean_after
    return [
        "| posts | lines | posts with Office marks | lines with marks | cut at an edge (rest kept) | removed whole "
        "| marks left (a leak mid-line) | marked posts left without marks |",
        "|---|---|---|---|---|---|---|---|",
        f"| {len(posts)} | {lines:,} | {posts_marked} ({posts_marked / len(posts):.1%}) | {marked} | {cut} | {whole} "
        f"| {left} | {posts_clean} of {posts_marked} |",
    ]


def other_texts() -> dict[str, list[str]]:
    """Lines of real text other than the blog set, per set."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_chrome_sites as bcs

    out: dict[str, list[str]] = {}
    out["crawl-hindi-news"] = [ln for d in bcs.all_crawl_docs() for ln in d.text.split("\n")]
    out["wcxb-dev (visible text)"] = [ln for d in bcs.wcxb_docs(0) for ln in d.text.split("\n")]
    out["oscar"] = [ln for d in bcs.oscar_docs() for ln in d.text.split("\n")]
    for name, docs in bcs.clean_sets().items():
        out[name] = [ln for d in docs for ln in d.text.split("\n")]
    for f in sorted((DATA / "lid-outdomain").glob("*.tsv")):
        if f != BLOG:
            text = f.read_text(encoding="utf-8")
            out[f"lid-outdomain/{f.stem}"] = [ln.split("\t", 1)[-1] for ln in text.splitlines()]
    return out


def false_cuts(sets: dict[str, list[str]]) -> tuple[list[str], list[str]]:
    from shuddh.stages.clean.markup import GATE, markup_cut

    rows = ["| set | lines | lines with Office marks | lines the rule cut | of them without marks (false cuts) |",
            "|---|---|---|---|---|"]
    examples: list[str] = []
    for name, lines in sets.items():
        marked = touched = false = 0
        for ln in lines:
            marked += has_marks(ln)
            if not any(g in ln for g in GATE):
                continue
            r = markup_cut(ln)
            if r is None:
                continue
            touched += 1
            pieces = r[1]
            if not any(has_marks(p) for p in pieces):
                false += 1
                examples.append(f"{name}: {ln[:160]}")
        rows.append(f"| {name} | {len(lines):,} | {marked} | {touched} | {false} |")
    return rows, examples


def documents(posts: list[list[str]]) -> list[str]:
    import shuddh

    rows = ["| markup cut | kept | dropped | dropped by reason |", "|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "blog.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for i, post in enumerate(posts):
                fh.write(json.dumps({"id": f"post-{i}", "text": "\n".join(post)}, ensure_ascii=False) + "\n")
        for on in (False, True):
            out = Path(tmp) / f"out-{on}"
            from shuddh.stages.registry import DEFAULT_STAGES

            stages = [{"chrome": {"markup": on}} if s == "chrome" else {"langid": {"keep": "hi,mag"}}
                      if s == "langid" else s for s in DEFAULT_STAGES]
            shuddh.clean([str(src)], str(out), stages=stages, workers=1)
            stats = json.loads((out / "stats.json").read_text())
            reasons: Counter[str] = Counter()
            for f in sorted((out / "dropped").glob("part-*")):
                with gzip.open(f, "rt", encoding="utf-8") as fh:
                    for line in fh:
                        reasons[json.loads(line)["reason"]] += 1
            rows.append(f"| {'on' if on else 'off'} | {stats['kept']} | {stats['dropped']} | "
                        + ", ".join(f"`{r}` {n}" for r, n in reasons.most_common()) + " |")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    if not BLOG.is_file():
        print(f"{BLOG} not found: shared data absent, nothing to measure")
        return 0
    posts = blog_posts()
    parts = ["# Office style code leaked into page text (issue 13)", "",
             "`python benchmarks/bench_markup.py --write` — see the module docstring for the terms.", "",
             "## Reach: Magahi blog posts (`lid-outdomain/mag-kmi-blog.tsv`)", "", *reach(posts), ""]
    rows, examples = false_cuts(other_texts())
    parts += ["## False cuts on other real text", "", *rows, ""]
    if examples:
        parts += ["```", *examples[:40], "```", ""]
    parts += ["## The blog posts through the pipeline (`langs: [hi, mag]`)", "", *documents(posts), ""]
    text = "\n".join(parts)
    print(text)
    if args.write:
        OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
