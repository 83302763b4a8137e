"""Related-story teasers found across documents: candidate rules for ``chrome_repeats``, measured (issue 13).

Hypothesis (brief F): a related-story teaser is the headline of *another article of the same site*; in a
crawl that article is often present too, where the same line stands as a headline followed by its body.
So a headline-shaped line that elsewhere in the site is followed by its body, and here is not, would be
a teaser. This bench measures whether the data holds that, and what candidate rules built on it would
remove, on the line stages' output (``bench_chrome_sites.run_line_stages``: normalize, chrome, header,
chrome_repeats; lines they removed are not seen again):

* **reach** — of the labelled chrome lines the line stages keep on each crawl site, in how many documents
  of the site the line occurs (template form), and how many of them occur elsewhere as a headline followed
  by its body (the hypothesis' precondition). Counts only (Prabhat Khabar is held out).
* **rules** — each candidate applied over every document of each site (all 152 crawl files, every wcxb
  page, the clean-prose sets with one site per set); removed lines by label (Indic hand labels, wcxb hand or
  automatic labels), and removals on clean prose (all false):

  - ``headline_elsewhere``: a headline-shaped line (5-25 words, a letter, no sentence or colon end, not a
    sentence) that occurs in *another* document of the site followed by its body (>= 50 % of its content
    words among the next two lines' words, a different next line) and here is not (<= 25 %);
  - ``headline_anywhere``: the same, the headline occurrence may be in the same document;
  - ``below_floor``: a headline-shaped line found in >= 2 documents of the site (below chrome_repeats'
    max(5, 1 %) floor), every occurrence;
  - ``below_floor_new_context``: the same, only lines whose next line differs between occurrences;
  - ``adjacent_copy``: a headline-shaped line (3-25 words) repeated on the next line (an image alt and a
    link of one card), not followed by its body (<= 25 %).

A rule would be adopted only with removal precision >= 0.97 on TUNE and no clean-prose removal.

Run: ``python benchmarks/bench_teasers.py [--write] [--wcxb N]`` (results/teasers.md with ``--write``).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_chrome_sites as b
import regex

from shuddh.stages.clean.repeats import _LETTER, _is_sentence, template_form
from shuddh.text.segment import words

RESULTS = b.REPO / "benchmarks" / "results" / "teasers.md"
#: a headline followed by its body shares at least this share of its content words with the next two lines
BODY_OVERLAP = 0.5
#: a teaser shares at most this share with what follows it
TEASER_OVERLAP = 0.25
_SPACES = regex.compile(r"\s+")
_ENDS = ("।", "॥", ".", "?", "!", ":", "-", "|", "؟", "۔")


def key(line: str) -> str:
    """Exact comparison form (digits kept: "… 0 नए संक्रमित मिले" headlines of two days differ)."""
    folded: str = _SPACES.sub(" ", unicodedata.normalize("NFC", line).casefold())
    return folded.strip()


def headline_shaped(line: str, lo: int = 5) -> bool:
    n = len(words(line))
    return (lo <= n <= 25 and _LETTER.search(line) is not None and not line.rstrip().endswith(_ENDS)
            and not _is_sentence(line))


def overlap(line: str, following: str) -> float:
    """Share of the line's content words (>= 3 characters) found among the words of ``following``."""
    mine = {w.casefold() for w in words(line) if len(w) >= 3}
    if not mine:
        return 0.0
    return len(mine & {w.casefold() for w in words(following)}) / len(mine)


# an occurrence: (line number in doc.lines, key, key of the next different line, overlap with the next two)
Occ = tuple[int, str, str, float]


def occurrences(d: b.Doc, lo: int = 5) -> list[Occ]:
    idx = [i for i, ln in enumerate(d.lines) if ln.strip() and i not in d.removed]
    out: list[Occ] = []
    for j, i in enumerate(idx):
        ln = d.lines[i]
        if not headline_shaped(ln, lo):
            continue
        k = key(ln)
        nxt = [d.lines[x] for x in idx[j + 1:j + 8] if key(d.lines[x]) != k][:2]
        out.append((i, k, key(nxt[0]) if nxt else "", overlap(ln, " ".join(nxt))))
    return out


def by_site(docs: list[b.Doc]) -> dict[str, list[b.Doc]]:
    out: dict[str, list[b.Doc]] = defaultdict(list)
    for d in docs:
        out[d.site].append(d)
    return out


def rule_headline(docs: list[b.Doc], *, other_doc: bool) -> dict[int, set[int]]:
    hits: dict[int, set[int]] = defaultdict(set)
    for ds in by_site(docs).values():
        occ = [(d, occurrences(d)) for d in ds]
        heads: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for d, oo in occ:
            for _i, k, nx, o in oo:
                if o >= BODY_OVERLAP:
                    heads[k].add((d.doc_id, nx))
        for d, oo in occ:
            for i, k, nx, o in oo:
                if o <= TEASER_OVERLAP and any((dd != d.doc_id or not other_doc) and n2 != nx for dd, n2 in heads[k]):
                    hits[id(d)].add(i)
    return hits


def rule_below_floor(docs: list[b.Doc], *, new_context: bool) -> dict[int, set[int]]:
    hits: dict[int, set[int]] = defaultdict(set)
    for ds in by_site(docs).values():
        occ = [(d, occurrences(d)) for d in ds]
        seen: dict[str, set[str]] = defaultdict(set)
        nexts: dict[str, set[str]] = defaultdict(set)
        for d, oo in occ:
            for _i, k, nx, _o in oo:
                seen[k].add(d.doc_id)
                nexts[k].add(nx)
        for d, oo in occ:
            for i, k, _nx, _o in oo:
                if len(seen[k]) >= 2 and (not new_context or len(nexts[k]) >= 2):
                    hits[id(d)].add(i)
    return hits


def rule_adjacent_copy(docs: list[b.Doc]) -> dict[int, set[int]]:
    hits: dict[int, set[int]] = defaultdict(set)
    for d in docs:
        idx = [i for i, ln in enumerate(d.lines) if ln.strip() and i not in d.removed]
        for j in range(len(idx) - 1):
            a, c = idx[j], idx[j + 1]
            ln = d.lines[a]
            if headline_shaped(ln, 3) and key(ln) == key(d.lines[c]):
                k = key(ln)
                nxt = [d.lines[x] for x in idx[j + 2:j + 8] if key(d.lines[x]) != k][:2]
                if overlap(ln, " ".join(nxt)) <= TEASER_OVERLAP:
                    hits[id(d)].update((a, c))
    return hits


RULES: dict[str, Callable[[list[b.Doc]], dict[int, set[int]]]] = {
    "headline_elsewhere": lambda ds: rule_headline(ds, other_doc=True),
    "headline_anywhere": lambda ds: rule_headline(ds, other_doc=False),
    "below_floor": lambda ds: rule_below_floor(ds, new_context=False),
    "below_floor_new_context": lambda ds: rule_below_floor(ds, new_context=True),
    "adjacent_copy": rule_adjacent_copy,
}


Labels = dict[tuple[str, str], dict[int, tuple[str, str, str]]]


def reach(indic: list[b.Doc], crawl: list[b.Doc], labels: Labels) -> list[str]:
    """Labelled chrome lines kept by the line stages, per crawl site: documents holding the line; of those
    in >= 2 documents, how many stand elsewhere as a headline followed by its body."""
    docs_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    heads: dict[tuple[str, str], int] = Counter()
    for d in crawl:
        lines = d.text.split("\n")
        for ln in lines:
            if ln.strip():
                docs_of[(d.site, template_form(ln))].add(d.doc_id)
        tmp = b.Doc(d.source, d.doc_id, d.site, d.profile, d.text, lines=lines)
        for _i, k, _nx, o in occurrences(tmp, lo=3):
            if o >= BODY_OVERLAP:
                heads[(d.site, k)] += 1
    out = ["| site | group | chrome lines kept | in 1 document | in 2 | in 3-4 | in >= 5 "
           "| stand elsewhere as a headline followed by its body |",
           "|---|---|---|---|---|---|---|---|"]
    for site in sorted({d.site for d in indic if d.source == "crawl-hindi-news"}):
        dist: Counter[str] = Counter()
        as_head = 0
        for d in indic:
            if d.site != site or (d.source, d.doc_id) not in labels:
                continue
            labs, _cats, _ = b.attach(d, labels[(d.source, d.doc_id)])
            for i, ln in enumerate(d.lines):
                if labs[i] != "chrome" or i in d.removed:
                    continue
                n = len(docs_of[(site, template_form(ln))])
                dist["1" if n <= 1 else "2" if n == 2 else "3-4" if n <= 4 else "5+"] += 1
                as_head += n >= 2 and heads[(site, key(ln))] > 0
        out.append(f"| {site} | {b.group_of(site)} | {sum(dist.values())} | {dist['1']} | {dist['2']} | "
                   f"{dist['3-4']} | {dist['5+']} | {as_head} |")
    return out


def tally(docs: list[b.Doc], hits: dict[int, set[int]], labels_of: Callable[[b.Doc], list[str | None] | None]
          ) -> dict[str, Counter[str]]:
    """group -> label -> removed lines (a new removal: not removed by the line stages)."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        h = hits.get(id(d))
        if not h:
            continue
        labs = labels_of(d)
        if labs is None:  # an unlabelled crawl document: counted as such
            out[b.group_of(d.site)]["unlabelled"] += len(h)
            continue
        for i in h:
            out[b.group_of(d.site)][labs[i] or "unlabelled"] += 1
    return out


def _cell(c: Counter[str]) -> str:
    rm = c["body"] + c["chrome"] + c["neutral"]
    prec = f"{(c['chrome'] + c['neutral']) / rm:.3f}" if rm else "-"
    extra = f" (+{c['unlabelled']} unlabelled)" if c["unlabelled"] else ""
    return f"{c['body']} / {c['chrome']} / {c['neutral']}{extra}, precision {prec}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wcxb", type=int, default=0, help="wcxb pages to use (0 = all)")
    ap.add_argument("--write", action="store_true", help="write benchmarks/results/teasers.md")
    a = ap.parse_args(argv)
    if not b.DATA.is_dir():
        print(f"{b.DATA} not present: nothing to measure")
        return 0
    labels = b.read_labels()
    hand = b.read_labels(b.WCXB_HAND)
    indic = b.labelled_indic_docs(labels)
    chosen = {d.doc_id for d in indic}
    rest = [d for d in b.all_crawl_docs() if d.doc_id not in chosen]
    b.run_line_stages(indic, repeats_pool=rest)  # fills the lines of `rest` too (chrome_repeats counts over all)
    crawl = [d for d in indic if d.source == "crawl-hindi-news"] + rest
    wc = b.wcxb_docs(a.wcxb, include={did for (src, did) in hand if src == "wcxb-dev"})
    b.run_line_stages(wc)
    clean = b.clean_sets()
    for docs in clean.values():
        b.run_line_stages(docs)

    def indic_labels(d: b.Doc) -> list[str | None] | None:
        lab = labels.get((d.source, d.doc_id))
        return b.attach(d, lab)[0] if lab else None

    def wcxb_labels(d: b.Doc) -> list[str | None] | None:
        h = hand.get((d.source, d.doc_id))
        return b.attach(d, h)[0] if h else b.wcxb_labels(d)

    rep: list[str] = []
    say = rep.append
    say("# Related-story teasers across documents (issue 13, brief F)\n")
    say("`python benchmarks/bench_teasers.py --write` — the brief's hypothesis: a related-story teaser is the "
        "headline of another article of the same site, which in a crawl stands elsewhere as a headline followed "
        "by its body. Measured on the line stages' output (normalize, chrome, header, chrome_repeats over every "
        "document of a site); rules and terms in the module docstring. A rule would be adopted only with "
        "removal precision >= 0.97 on TUNE and no clean-prose removal. Prabhat Khabar (held out) is read "
        "through these counts only.\n")
    say("## Reach: where the kept teasers occur\n")
    rep.extend(reach(indic, b.all_crawl_docs(), labels))
    say("\n## Candidate rules: new removals by label (body / chrome / neutral)\n")
    say("| rule | Indic TUNE (crawl + html) | Indic HELD-OUT | wcxb TUNE | wcxb HELD-OUT | clean prose (all false) |")
    say("|---|---|---|---|---|---|")
    for name, rule in RULES.items():
        ti = tally(crawl + [d for d in indic if d.source != "crawl-hindi-news"],
                   rule(crawl + [d for d in indic if d.source != "crawl-hindi-news"]), indic_labels)
        tw = tally(wc, rule(wc), wcxb_labels)
        cl = {n: sum(len(v) for v in rule(docs).values()) for n, docs in clean.items()}
        say(f"| `{name}` | {_cell(ti['tune'])} | {_cell(ti['held-out'])} | {_cell(tw['tune'])} | "
            f"{_cell(tw['held-out'])} | {', '.join(f'{n} {v}' for n, v in cl.items())} |")
    say(f"\nwcxb pages: {len(wc)} ({len(by_site(wc))} domains, "
        f"{sum(1 for v in by_site(wc).values() if len(v) >= 2)} with >= 2 pages); crawl documents: {len(crawl)}.")
    text = "\n".join(rep) + "\n"
    print(text)
    if a.write:
        RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
