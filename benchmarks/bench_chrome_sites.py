"""Line cleaning measured on real sites, split by site (issue 13).

The *line stages* of the default pipeline — ``normalize`` → ``chrome`` → ``header`` →
``chrome_repeats`` (``pii`` is left out: it only rewrites digits/e-mails and would change line hashes)
— run over real text, and every line they remove is compared with a label:

* **Indic sites, labelled by hand** (``benchmarks/labels/indic.tsv``): documents of
  ``crawl-hindi-news`` (Dainik Jagran, Prabhat Khabar), the visible text lines of the
  ``html-indic-news`` pages (what a WET file or an OSCAR-style dump holds), the OSCAR 2019 samples and
  the newspaper4k articles. Each line of the text the chrome stages see is ``body``, ``chrome`` or
  ``neutral`` (a dateline, a copy, a lone caption: removing or keeping it is fine). The label file holds
  no third-party text: source, document id, line number, a 10-hex hash of the line, label, category.
  Every labelled crawl document is loaded (the seeded sample and the documents labelled later).
* **wcxb-dev, by hand** (``benchmarks/labels/wcxb_hand.tsv``, same columns): these pages' hand labels
  replace the automatic ones. ``benchmarks/labels/agreement.tsv`` (``source doc_id line hash set pass_a
  pass_b final``), or a ``pass2`` column of ``indic.tsv``, gives the agreement of two independent passes.
* **wcxb-dev** (1,497 real pages, 1,295 domains, mostly English; profile ``web-common`` = the
  language-independent rules): the visible text lines of each page, labelled *automatically*: ``body``
  when the line occurs in the page's gold main content (a line of >= 3 words as a substring, a shorter
  one only as a whole gold line), ``neutral`` for a short line found only inside a gold line, ``chrome``
  otherwise.

Metrics (per site, pooled per group): **removal precision** = removed lines labelled chrome or neutral /
removed lines; **precision, copies correct** counts a removed body line as correct too when its text stays on
the page as often as the gold holds it (the automatic labels call every copy of a gold line body; issue 13
counts copies as correct); **chrome recall** = removed chrome lines / chrome lines; **prose lost** = removed
body lines of >= 4 words / body lines of >= 4 words. Groups are split by *site*, fixed before any tuning
(:func:`group_of`): TUNE = Dainik Jagran, hindi.business-standard.com, divyabhaskar.co.in and the wcxb domains
whose hash is even; HELD-OUT = Prabhat Khabar, OSCAR, newspaper4k, bn.wikipedia.org and the other wcxb
domains.

**Clean prose** (every removed line is a false removal): Dakshina Hindi Wikipedia pages, UD Hindi-PUD
documents, FLORES-200 hin_Deva dev (10 sentences a document, one per line), CLTK prose works (gandhi,
seva, vaktavya; blocks of 40 lines), the newspaper4k Hindi article, and from sources outside all of these
(``lid-outdomain/``, dev/train splits): Nepali news articles (profile ne), Magahi folk tales and Hindi legal
sentences (hi), Marathi news sentences (mr). Reported: share of lines removed, lines of >= 12 words
removed, first lines (headlines/leads) removed.

Run: ``python benchmarks/bench_chrome_sites.py [--write] [--wcxb N]`` (``--wcxb 200`` for a quick
look); ``cost`` prints only the chrome stage's CPU per ~4 KB document; ``dump`` writes the text of the
labelled documents with line numbers to a file outside the repo, for labelling.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHUDDH_SHARED", REPO.parent / "shared"))
DATA = SHARED / "data"
LABEL_DIR = REPO / "benchmarks" / "labels"
#: hand labels of Indic documents (crawl, html, OSCAR, newspaper4k)
LABELS = LABEL_DIR / "indic.tsv"
#: hand labels of wcxb-dev pages (same columns): they replace the automatic labels of those pages
WCXB_HAND = LABEL_DIR / "wcxb_hand.tsv"
#: two independent passes per line: source doc_id line hash set pass_a pass_b final
AGREEMENT = LABEL_DIR / "agreement.tsv"
RESULTS = REPO / "benchmarks" / "results" / "chrome_sites.md"
SEED = 1313
#: crawl-hindi-news documents labelled per site (chosen with SEED, fixed before labelling)
CRAWL_PER_SITE = 24

TUNE_SITES = frozenset({"Dainik Jagran", "hindi.business-standard.com", "divyabhaskar.co.in"})
HELD_OUT_SITES = frozenset({"Prabhat Khabar", "bn.wikipedia.org", "oscar-hi", "oscar-mr", "oscar-ne",
                            "oscar-bh", "oscar-mai", "oscar-new", "oscar-sa", "oscar-gom",
                            "newspaper4k-hi", "newspaper4k-ne"})


def group_of(site: str) -> str:
    """TUNE or HELD-OUT, by site; wcxb domains by the parity of a hash of the domain (fixed up front)."""
    if site in TUNE_SITES:
        return "tune"
    if site in HELD_OUT_SITES:
        return "held-out"
    return "tune" if hashlib.sha1(site.encode()).digest()[0] % 2 == 0 else "held-out"


from shuddh.text.normalize import _DANDA_RE, _DOUBLE_DANDA_RE  # noqa: E402


def line_hash(line: str) -> str:
    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:10]


@dataclass
class Doc:
    source: str
    doc_id: str
    site: str
    profile: str
    text: str
    url: str | None = None
    #: wcxb: the gold main content (labels are computed from it)
    gold: str | None = None
    #: wcxb: the page type its ground truth declares (article, product, listing …)
    page_type: str = ""
    lines: list[str] = field(default_factory=list)  # the text the chrome stages see
    removed: dict[int, str] = field(default_factory=dict)  # line number -> reason
    #: pieces cut from the edge of a kept line: (line number, reason, piece)
    parts: list[tuple[int, str, str]] = field(default_factory=list)


# --------------------------------------------------------------------------------------------- data
def crawl_docs(labelled: set[str] | frozenset[str] = frozenset()) -> list[Doc]:
    """The seeded sample of CRAWL_PER_SITE documents per site, then every other document whose id is in
    ``labelled`` (documents labelled later, outside the sample), in file order."""
    f = DATA / "crawl-hindi-news" / "prabhatkhabar-jagran-2020.jsonl"
    if not f.is_file():
        return []
    rows = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    by_site: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_site[r["site"]].append(r)
    rng = random.Random(SEED)
    out = []
    for site in sorted(by_site):
        for r in rng.sample(by_site[site], min(CRAWL_PER_SITE, len(by_site[site]))):
            out.append(Doc("crawl-hindi-news", r["id"], site, "hi", r["text"]))
    chosen = {d.doc_id for d in out}
    out += [Doc("crawl-hindi-news", r["id"], r["site"], "hi", r["text"]) for r in rows
            if r["id"] in labelled and r["id"] not in chosen]
    return out


def all_crawl_docs() -> list[Doc]:
    """Every crawl-hindi-news document (chrome_repeats counts over all pages of a site)."""
    f = DATA / "crawl-hindi-news" / "prabhatkhabar-jagran-2020.jsonl"
    if not f.is_file():
        return []
    rows = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [Doc("crawl-hindi-news", r["id"], r["site"], "hi", r["text"]) for r in rows]


def html_docs() -> list[Doc]:
    from shuddh.extract import decode_html, visible_lines

    gold_f = DATA / "html-indic-news" / "gold.json"
    if not gold_f.is_file():
        return []
    out = []
    for name, g in sorted(json.loads(gold_f.read_text(encoding="utf-8")).items()):
        html, _ = decode_html((DATA / "html-indic-news" / "html" / name).read_bytes())
        host = (urlsplit(g["url"]).hostname or "").removeprefix("www.")
        out.append(Doc("html-indic-news", name, host, g["lang"], "\n".join(visible_lines(html)), url=g["url"]))
    return out


_OSCAR_PROFILE = {"hi": "hi", "mr": "mr", "ne": "ne"}


def oscar_docs() -> list[Doc]:
    base = DATA / "oscar2019-indic-samples"
    out = []
    for d in sorted(base.glob("oscar_deduplicated_*")) if base.is_dir() else []:
        lang = d.name.removeprefix("oscar_deduplicated_")
        for f in sorted(d.glob("*.txt")):
            # one document per blank-line block (each block a page of Common Crawl text)
            blocks = f.read_text(encoding="utf-8").split("\n\n")
            for i, b in enumerate(blocks):
                if b.strip():
                    prof = _OSCAR_PROFILE.get(lang, "hi")
                    out.append(Doc(f"oscar/{lang}", f"{f.name}#{i}", f"oscar-{lang}", prof, b))
    return out


def newspaper_docs() -> list[Doc]:
    base = DATA / "newspaper4k-articles"
    out = []
    for name, lang in (("hindi_article.txt", "hi"), ("nepali_article.txt", "ne")):
        if (base / name).is_file():
            out.append(Doc("newspaper4k", name, f"newspaper4k-{lang}", lang, (base / name).read_text(encoding="utf-8")))
    return out


def labelled_indic_docs(labels: dict[tuple[str, str], Any] | None = None) -> list[Doc]:
    """The Indic documents: the seeded crawl sample plus every crawl document ``labels`` has lines of."""
    crawl_ids = {did for (src, did) in (labels or {}) if src == "crawl-hindi-news"}
    return crawl_docs(crawl_ids) + html_docs() + oscar_docs() + newspaper_docs()


def wcxb_docs(limit: int, include: set[str] | frozenset[str] = frozenset()) -> list[Doc]:
    from shuddh.extract import decode_html, visible_lines

    base = DATA / "wcxb-dev"
    if not base.is_dir():
        return []
    names = sorted(p.name.removesuffix(".json") for p in (base / "ground-truth").glob("*.json"))
    if limit and limit < len(names):
        # a sample (for a quick look), plus the hand-labelled pages
        names = sorted(set(random.Random(SEED).sample(names, limit)) | (include & set(names)))
    out = []
    for n in names:
        g = json.loads((base / "ground-truth" / f"{n}.json").read_text(encoding="utf-8"))
        try:
            html, _ = decode_html(gzip.decompress((base / "html" / f"{n}.html.gz").read_bytes()))
            text = "\n".join(visible_lines(html))
        except Exception:
            continue
        host = (urlsplit(g.get("url") or "").hostname or n).removeprefix("www.")
        ptype = ((g.get("_internal") or {}).get("page_type") or {}).get("primary") or "unknown"
        out.append(Doc("wcxb-dev", n, host, "web-common", text, url=g.get("url"),
                       gold=(g.get("ground_truth") or {}).get("main_content") or "", page_type=ptype))
    return out


# ------------------------------------------------------------------------------------------- stages
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold()
    return " ".join(s.replace("*", " ").replace("#", " ").split())


#: the strict view of the automatic labels: a line found only inside a longer gold line is body when it has at
#: least this many words (shorter: neutral; a navigation item whose words also occur in a gold paragraph)
STRICT_INSIDE_WORDS = 8


def wcxb_labels(doc: Doc, strict: bool = False) -> list[str | None]:
    """body / chrome / neutral per line from the page's gold main content (None for a blank line); ``strict``:
    see :data:`STRICT_INSIDE_WORDS`."""
    gold = doc.gold or ""
    gold_lines = set()
    for g in gold.split("\n"):
        f = _fold(g).lstrip("-•· ").strip()
        if f:
            gold_lines.add(f)
    flat = " ".join(_fold(gold).split())
    out: list[str | None] = []
    for ln in doc.lines:
        f = _fold(ln).lstrip("-•· ").strip()
        if not f:
            out.append(None)
        elif f in gold_lines:
            out.append("body")
        elif f in flat:
            out.append("body" if len(f.split()) >= (STRICT_INSIDE_WORDS if strict else 3) else "neutral")
        else:
            out.append("chrome")
    return out


class _Recorder:
    """A StageContext that keeps every removed line (the real one samples 5 per reason)."""

    def __init__(self) -> None:
        from shuddh.stages.base import StageContext, StageStats

        removed: list[tuple[str, str, int]] = []
        parts: list[tuple[int, str, str]] = []

        class _Ctx(StageContext):
            __slots__ = ()

            def remove_line(self, reason: str, line: str, doc: Any = None, index: int = -1) -> None:
                if reason.endswith(".part"):  # a piece of a line that stays (index: line of the stage's input)
                    parts.append((index, reason, line))
                else:
                    removed.append((reason, line, index))
                if doc is not None and self.audit:  # the document's trail, as a run keeps it (chrome_repeats reads it)
                    self._record(doc, index, line, reason)

        self.ctx = _Ctx(StageStats("bench"))
        self.removed = removed
        self.parts = parts


def _mark(doc: Doc, removed: list[tuple[str, str, int]]) -> None:
    """Map removed lines back to line numbers of doc.lines: the chrome stage's by their index (its input
    is doc.lines), the later stages' by their text (first unremoved equal line: their input has fewer
    lines). By text alone, a removed copy of a sub-head further down marked the sub-head itself. A line the chrome
    stage cut pieces from (``doc.parts``) reaches the later stages without them, and is matched so (session 38: such
    lines chrome_repeats removed were counted kept — a newsletter pitch whose "no spam" sentence was cut)."""
    cut = _cut_lines(doc)
    for reason, text, index in removed:
        if (reason.startswith("chrome.") and reason != "chrome.repeated" and 0 <= index < len(doc.lines)
                and doc.lines[index] == text):
            doc.removed[index] = reason
            continue
        for i, ln in enumerate(doc.lines):
            if (ln == text or cut.get(i) == text) and i not in doc.removed:
                doc.removed[i] = reason
                break


def _cut_lines(doc: Doc) -> dict[int, str]:
    """Each line the chrome stage cut pieces from (``doc.parts``: line number, reason, piece; a piece is cut from the
    start or the end of what is left) as the later stages receive it."""
    pieces: dict[int, list[str]] = defaultdict(list)
    for i, _, piece in doc.parts:
        if piece:
            pieces[i].append(piece)
    out: dict[int, str] = {}
    for i, cuts in pieces.items():
        ln, todo = doc.lines[i], cuts
        while todo:  # (in whatever order they were recorded: each pass takes the pieces now at an edge)
            left = [p for p in todo if not (ln.startswith(p) or ln.endswith(p))]
            if len(left) == len(todo):
                break
            for p in todo:
                if p not in left:
                    ln = ln[len(p):] if ln.startswith(p) else ln[:-len(p)]
            todo = left
        out[i] = ln
    return out


def run_line_stages(docs: list[Doc], *, repeats_pool: list[Doc] | None = None) -> float:
    """Runs normalize → chrome → header → chrome_repeats; fills doc.lines and doc.removed.

    ``repeats_pool``: extra documents of the same sites that chrome_repeats counts over (the pipeline
    counts over every page of a site in the run); their removals are not scored. Returns CPU seconds
    of the chrome, header and repeats stages.
    """
    from shuddh.document import Document
    from shuddh.stages.base import ShardInfo
    from shuddh.stages.clean.chrome import ChromeLineStage
    from shuddh.stages.clean.header import HeaderStage
    from shuddh.stages.clean.repeats import ChromeRepeatsStage
    from shuddh.stages.normalize import NormalizeStage

    norm = NormalizeStage()
    chrome: dict[str, ChromeLineStage] = {}
    header: dict[str, HeaderStage] = {}
    repeats = ChromeRepeatsStage()
    pool = list(docs) + [d for d in (repeats_pool or []) if all(d.doc_id != x.doc_id for x in docs)]
    work: list[tuple[Doc, Document]] = []
    cpu = 0.0
    for d in pool:
        rec = _Recorder()
        doc = Document(id=d.doc_id, text=d.text, source=d.source, url=d.url)
        out = norm.map(doc, rec.ctx)
        assert isinstance(out, Document)
        d.lines = out.text.split("\n")
        d.removed = {}
        if d.profile not in chrome:
            chrome[d.profile] = ChromeLineStage(profile=d.profile)
            header[d.profile] = HeaderStage(profile=d.profile)
        t0 = time.process_time()
        r1 = chrome[d.profile].map(out, rec.ctx)
        r2 = header[d.profile].map(r1, rec.ctx) if isinstance(r1, Document) else r1
        cpu += time.process_time() - t0
        _mark(d, rec.removed)
        d.parts = list(rec.parts)
        if isinstance(r2, Document):
            work.append((d, r2))
    # chrome_repeats: a line in >= max(min_docs, min_share x the site's documents) documents of a site, next
    # to the same neighbour on half of them (the site = URL host, or the input file: the crawl's two sites are
    # two input files); in_memory is the stage's collect + reduce + apply in one process
    t0 = time.process_time()
    ctx_by_site: dict[str, Any] = {}
    items = []
    for d, doc in work:
        rec = ctx_by_site.setdefault(d.site, _Recorder())
        rec.ctx.shard = ShardInfo(index=0, name=d.site, label=d.site)
        items.append((doc, rec.ctx))
    for (d, doc), remove in zip(work, repeats.in_memory(items), strict=True):
        lines = doc.text.split("\n")
        if remove:
            _mark(d, [("chrome.repeated", lines[i], -1) for i in sorted(remove)])
    cpu += time.process_time() - t0
    return cpu


# ------------------------------------------------------------------------------------------- labels
def read_labels(path: Path = LABELS) -> dict[tuple[str, str], dict[int, tuple[str, str, str]]]:
    """(source, doc id) -> line number -> (hash, label, category). Columns by the header row
    (``source doc_id line hash label category``, more columns ignored); a file without one has them in
    that order."""
    out: dict[tuple[str, str], dict[int, tuple[str, str, str]]] = defaultdict(dict)
    if not path.is_file():
        return out
    cols = {c: k for k, c in enumerate(["source", "doc_id", "line", "hash", "label", "category"])}
    for row in path.read_text(encoding="utf-8").splitlines():
        if not row or row.startswith("#"):
            continue
        f = row.split("\t")
        if f[0] == "source":
            cols = {c: k for k, c in enumerate(f)}
            continue
        cat = f[cols["category"]] if "category" in cols and cols["category"] < len(f) else ""
        out[(f[cols["source"]], f[cols["doc_id"]])][int(f[cols["line"]])] = (f[cols["hash"]], f[cols["label"]], cat)
    return out


def _kappa(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """(observed agreement, Cohen's kappa) of two label sequences."""
    n = len(pairs)
    if not n:
        return float("nan"), float("nan")
    agree = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[c] * cb[c] for c in set(ca) | set(cb)) / n / n
    return agree, (agree - pe) / (1 - pe) if pe < 1 else 1.0


def agreement_lines(path: Path = AGREEMENT, indic: Path = LABELS) -> list[str]:
    """Agreement of the two independent label passes, per set, as markdown lines (none without a file).

    Read from ``agreement.tsv`` (``source doc_id line hash set pass_a pass_b final``) or, failing that,
    from a ``pass2`` column of ``indic.tsv`` (against its ``label`` column)."""
    rows: list[tuple[str, str, str, str]] = []  # (set, pass a, pass b, final)
    for f, kind in ((path, "agreement"), (indic, "pass2")):
        if rows or not f.is_file():
            continue
        cols: dict[str, int] = {}
        for row in f.read_text(encoding="utf-8").splitlines():
            if not row or row.startswith("#"):
                continue
            x = row.split("\t")
            if x[0] == "source":
                cols = {c: k for k, c in enumerate(x)}
                continue
            if kind == "agreement" and {"pass_a", "pass_b"} <= cols.keys():
                fin = x[cols["final"]] if "final" in cols else ""
                rows.append((x[cols["set"]] if "set" in cols else "all", x[cols["pass_a"]], x[cols["pass_b"]], fin))
            elif kind == "pass2" and "pass2" in cols and cols["pass2"] < len(x) and x[cols["pass2"]]:
                rows.append(("indic", x[cols["label"]], x[cols["pass2"]], x[cols["label"]]))
    if not rows:
        return []
    out = ["| set | lines with two passes | agreement | Cohen's kappa | chrome-vs-rest kappa | disagreements "
           "| final = pass a |", "|---|---|---|---|---|---|---|"]
    for name in [*sorted({r[0] for r in rows}), None]:
        sel = [r for r in rows if name is None or r[0] == name]
        ag, k = _kappa([(a, b) for _, a, b, _ in sel])
        _, kc = _kappa([(str(a == "chrome"), str(b == "chrome")) for _, a, b, _ in sel])
        dis = [r for r in sel if r[1] != r[2]]
        same_a = sum(1 for r in dis if r[3] == r[1])
        out.append(f"| {name or '**all**'} | {len(sel):,} | {ag:.3f} | {k:.3f} | {kc:.3f} | {len(dis)} | "
                   f"{same_a} of {len(dis)} |")
    return out


def label_summary(sets: dict[str, tuple[dict[tuple[str, str], dict[int, tuple[str, str, str]]], dict[str, str]]]
                  ) -> list[str]:
    """Lines, pages and sites per label set and group, with the body / chrome / neutral split.

    ``sets``: name -> (labels, doc key "source\tdoc_id" -> site)."""
    out = ["| labels | group | lines | pages | sites | body | chrome | neutral |", "|---|---|---|---|---|---|---|---|"]
    for name, (labels, site_of_doc) in sets.items():
        for g in ("tune", "held-out"):
            c: Counter[str] = Counter()
            pages: set[tuple[str, str]] = set()
            sites: set[str] = set()
            for key, lines in labels.items():
                site = site_of_doc.get("\t".join(key))
                if site is None or group_of(site) != g:
                    continue
                pages.add(key)
                sites.add(site)
                c.update(lab for _h, lab, _c in lines.values())
            if pages:
                out.append(f"| {name} | {g} | {sum(c.values()):,} | {len(pages)} | {len(sites)} | {c['body']:,} | "
                           f"{c['chrome']:,} | {c['neutral']:,} |")
    return out


def attach(doc: Doc, labels: dict[int, tuple[str, str, str]]) -> tuple[list[str | None], list[str], int]:
    """Labels per line of doc.lines; a label whose hash no longer matches its line (normalize changed)
    is looked up by hash in the document instead. Returns (labels, categories, unmatched)."""
    labs: list[str | None] = [None] * len(doc.lines)
    cats = [""] * len(doc.lines)
    by_hash: dict[str, list[int]] = defaultdict(list)
    for i, ln in enumerate(doc.lines):
        by_hash[line_hash(ln)].append(i)
        # labelled before normalize kept the pipes of separator menus (issue 13 item 4): the line as it
        # was then ("होम । देश । …") finds its label too
        old = _DANDA_RE.sub("।", _DOUBLE_DANDA_RE.sub("॥", ln)) if "|" in ln else ln
        if old != ln:
            by_hash[line_hash(old)].append(i)
    unmatched = 0
    for n, (h, lab, cat) in sorted(labels.items()):
        if n < len(doc.lines) and line_hash(doc.lines[n]) == h and labs[n] is None:
            labs[n], cats[n] = lab, cat
            continue
        cand = [i for i in by_hash.get(h, []) if labs[i] is None]
        if cand:
            labs[cand[0]], cats[cand[0]] = lab, cat
        else:
            unmatched += 1
    return labs, cats, unmatched


# ------------------------------------------------------------------------------------------ metrics
@dataclass
class Tally:
    pages: int = 0
    lines: int = 0
    removed: int = 0
    removed_ok: int = 0  # removed lines labelled chrome or neutral
    #: removed body lines whose text stays on the page as often as the gold holds it (a copy)
    removed_copy: int = 0
    chrome: int = 0
    chrome_removed: int = 0
    prose: int = 0  # body lines of >= 4 words
    prose_removed: int = 0
    body_removed_by: Counter[str] = field(default_factory=Counter)
    #: reason -> removed lines by label ("reason/body", "reason/chrome", "reason/neutral")
    by_reason: Counter[str] = field(default_factory=Counter)
    chrome_kept_by_cat: Counter[str] = field(default_factory=Counter)
    chrome_by_cat: Counter[str] = field(default_factory=Counter)

    def add(self, o: Tally) -> None:
        for k in ("pages", "lines", "removed", "removed_ok", "removed_copy", "chrome", "chrome_removed", "prose",
                  "prose_removed"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.body_removed_by.update(o.body_removed_by)
        self.by_reason.update(o.by_reason)
        self.chrome_kept_by_cat.update(o.chrome_kept_by_cat)
        self.chrome_by_cat.update(o.chrome_by_cat)

    @property
    def precision(self) -> float:
        return self.removed_ok / self.removed if self.removed else 1.0

    @property
    def precision_copies(self) -> float:
        """Removal precision with a removed copy counted as correct (issue 13: "copies … count as correct")."""
        return (self.removed_ok + self.removed_copy) / self.removed if self.removed else 1.0

    @property
    def recall(self) -> float:
        return self.chrome_removed / self.chrome if self.chrome else 1.0

    @property
    def lost(self) -> float:
        return self.prose_removed / self.prose if self.prose else 0.0


def _removed_copies(doc: Doc, labs: list[str | None]) -> int:
    """Removed body lines that are copies: per text on the page, lost = max(0, min(gold count, body lines)
    - kept); the other removed lines of that text are copies (a menu item equal to the page's title, a
    sub-head repeated in a table of contents). Gold count: the text's occurrences in the gold main content
    (whole gold lines, else as a substring) where the page has a gold, else its body-labelled lines."""
    by_text: dict[str, list[bool]] = defaultdict(list)
    for i, (ln, lab) in enumerate(zip(doc.lines, labs, strict=True)):
        if lab == "body" and ln.strip():
            by_text[_fold(ln).lstrip("-•· ").strip()].append(i in doc.removed)
    gold_lines: Counter[str] | None = None
    flat = ""
    if doc.gold:
        gold_lines = Counter(f for f in (_fold(g).lstrip("-•· ").strip() for g in doc.gold.split("\n")) if f)
        flat = " ".join(_fold(doc.gold).split())
    copies = 0
    for f, rm in by_text.items():
        removed = sum(rm)
        if not removed:
            continue
        n = len(rm)
        g = n if gold_lines is None else (gold_lines[f] or max(1, flat.count(f)))
        lost = max(0, min(g, n) - (n - removed))
        copies += removed - lost
    return copies


def score_doc(doc: Doc, labs: list[str | None], cats: list[str], misses: list[str] | None = None) -> Tally:
    from shuddh.text.segment import words

    t = Tally(pages=1)
    t.removed_copy = _removed_copies(doc, labs)
    for i, (ln, lab) in enumerate(zip(doc.lines, labs, strict=True)):
        if lab is None or not ln.strip():
            continue
        t.lines += 1
        rm = doc.removed.get(i)
        if rm is not None:
            t.removed += 1
            t.removed_ok += lab in ("chrome", "neutral")
            t.by_reason[f"{rm}/{lab}"] += 1
        if lab == "chrome":
            t.chrome += 1
            t.chrome_by_cat[cats[i] or "?"] += 1
            if rm is not None:
                t.chrome_removed += 1
            else:
                t.chrome_kept_by_cat[cats[i] or "?"] += 1
        if lab == "body" and len(words(ln)) >= 4:
            t.prose += 1
            if rm is not None:
                t.prose_removed += 1
                t.body_removed_by[rm] += 1
                if misses is not None:
                    misses.append(f"{doc.site} {doc.doc_id}:{i} [{rm}] {ln[:90]}")
    return t


# ------------------------------------------------------------------------------------------- clean
def clean_sets() -> dict[str, list[Doc]]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    import bench_quality as bq

    out: dict[str, list[Doc]] = {}
    if (DATA / "dakshina-hi-dev").is_dir():
        pages = bq.dakshina_docs(DATA)
        out["dakshina_wiki"] = [Doc("dakshina", k, "dakshina", "hi", v) for k, v in sorted(pages.items())]
    if (DATA / "ud-treebanks-indic").is_dir():
        out["ud_hi_pud"] = [Doc("ud", str(i), "ud", "hi", t) for i, t in enumerate(bq.ud_docs(DATA))]
    f = DATA / "flores200-dev" / "dev" / "hin_Deva.dev"
    if f.is_file():
        sents = [s for s in f.read_text(encoding="utf-8").splitlines() if s.strip()]
        out["flores_hin"] = [Doc("flores", str(i), "flores", "hi", "\n".join(sents[i:i + 10]))
                             for i in range(0, len(sents), 10)]
    cl = DATA / "cltk-hindi-literature" / "miscellaneous"
    docs = []
    for work in ("gandhi", "seva", "vaktavya"):
        p = cl / work / "main.txt"
        if p.is_file():
            lines = [x for x in p.read_text(encoding="utf-8", errors="replace").splitlines() if x.strip()]
            docs += [Doc("cltk", f"{work}#{i}", f"cltk-{work}", "hi", "\n".join(lines[i:i + 40]))
                     for i in range(0, len(lines), 40)]
    if docs:
        out["cltk_prose"] = docs
    p = DATA / "newspaper4k-articles" / "hindi_article.txt"
    if p.is_file():
        out["newspaper4k_hi"] = [Doc("newspaper4k", "hindi_article.txt", "newspaper4k-hi", "hi",
                                     p.read_text(encoding="utf-8"))]
    out.update(outdomain_sets())
    return out


#: lid-outdomain files that are clean running text (not comments or tweets), with the profile their
#: documents go through: Nepali news articles, Magahi folk tales (the Hindi profile serves the Bihari
#: dialects), Hindi legal sentences, Marathi news sentences; their dev/train splits only (see its README)
OUTDOMAIN = (("ne-news.tsv", "ne"), ("mag-kmi-story.tsv", "hi"), ("hi-maithilimt-law.tsv", "hi"),
             ("mr-mahaner.tsv", "mr"))


def outdomain_sets(chunk: int = 20) -> dict[str, list[Doc]]:
    """Clean prose from sources outside every other set: a document per source document (blank-line
    separated) or per ``chunk`` lines where the file has none; one sentence a line, as the file holds it."""
    out: dict[str, list[Doc]] = {}
    for name, prof in OUTDOMAIN:
        f = DATA / "lid-outdomain" / name
        if not f.is_file():
            continue
        raw = f.read_text(encoding="utf-8")
        blocks = [b for b in raw.split("\n\n") if b.strip()]
        texts: list[str] = []
        for b in blocks:
            lines = [ln.split("\t", 1)[-1] for ln in b.splitlines() if ln.strip()]
            step = len(lines) if len(blocks) > 1 else chunk
            texts += ["\n".join(lines[i:i + step]) for i in range(0, len(lines), step)]
        key = name.removesuffix(".tsv")
        out[key] = [Doc("lid-outdomain", f"{key}#{i}", key, prof, t) for i, t in enumerate(texts)]
    return out


def score_clean(docs: list[Doc]) -> dict[str, Any]:
    from shuddh.stages.clean.repeats import is_debris
    from shuddh.text.segment import words

    lines = removed = long_removed = first_removed = prose_removed = heads = debris = 0
    by: Counter[str] = Counter()
    ex: list[str] = []
    for d in docs:
        nz = [i for i, ln in enumerate(d.lines) if ln.strip()]
        lines += len(nz)
        removed += len(d.removed)
        debris += sum(1 for i in nz if is_debris(d.lines[i]))
        for i, r in d.removed.items():
            by[r] += 1
            # a printed book's running head: next to its page number (a line of digits alone)
            near = [d.lines[j].strip() for j in range(max(0, i - 2), min(len(d.lines), i + 3)) if j != i]
            heads += any(x.isdigit() for x in near)
            n = len(words(d.lines[i]))
            prose_removed += n >= 4
            if n >= 12:
                long_removed += 1
            if len(ex) < 8:
                ex.append(f"[{r}] {d.lines[i][:90]}")
        if nz and nz[0] in d.removed:
            first_removed += 1
    parts = [(d, p) for d in docs for p in d.parts]
    for _d, (_i, r, piece) in parts[:4]:
        ex.append(f"[{r}] {piece.strip()[:90]}")
    return {"docs": len(docs), "lines": lines, "removed": removed, "long_removed": long_removed,
            "prose_removed": prose_removed, "parts": len(parts), "running_heads": heads, "debris": debris,
            "first_removed": first_removed, "by": by, "examples": ex}


LABEL_NOTES = """## The labels

* **Indic, by hand** (`benchmarks/labels/indic.tsv`, no third-party text): documents of crawl-hindi-news
  (Dainik Jagran and Prabhat Khabar: 24 per site chosen with a fixed seed, then 12 more per site), the
  visible text of the 5 html-indic-news pages (hindi.business-standard.com, divyabhaskar.co.in,
  bn.wikipedia.org), 8 OSCAR 2019 samples (hi, mr, ne, sa, mai, bh, new, gom) and the 2 newspaper4k
  articles. Every line has two independent passes (`benchmarks/labels/agreement.tsv`): the first 1,805
  lines by their first labeller and by a second labeller who saw neither those labels nor the code; the
  lines added later by two labellers working blind from each other; disagreements adjudicated by a third
  reader who saw both labels and the document. Agreement per set below.
* **wcxb-dev, by hand** (`benchmarks/labels/wcxb_hand.tsv`): 10 pages of distinct domains, labelled the
  same way; their hand labels replace the automatic ones.
* **wcxb-dev, automatic** (every other page): a visible-text line is body when it occurs in the page's
  gold main content, chrome otherwise (short lines found only inside a longer gold line: neutral).
* **Split** (fixed before any tuning, `group_of`): TUNE = Dainik Jagran, hindi.business-standard.com,
  divyabhaskar.co.in and the wcxb domains of even hash; HELD-OUT = Prabhat Khabar, OSCAR,
  newspaper4k, bn.wikipedia.org and the other wcxb domains. Rules were tuned on TUNE sites and the clean
  sets only.
"""


# --------------------------------------------------------------------------------------------- cost
@cache
def crawl_pieces() -> tuple[list[str], list[str], int]:
    """The crawl's pages (normalised) cut at line ends into pieces of about 4 KB (issue 13's "4 KB document"), the
    site of each piece, and the number of pages (cut once per process: :func:`chrome_cost` and :func:`shape_cost` both
    read them; callers do not modify them)."""
    from shuddh.text.normalize import normalize

    pieces: list[str] = []
    sites: list[str] = []
    docs = all_crawl_docs()
    for d in docs:
        cur: list[str] = []
        size = 0
        for ln in normalize(d.text).split("\n"):
            cur.append(ln)
            size += len(ln.encode()) + 1
            if size >= 4096:
                pieces.append("\n".join(cur))
                sites.append(d.site)
                cur, size = [], 0
        if cur:
            pieces.append("\n".join(cur))
            sites.append(d.site)
    return pieces, sites, len(docs)


def chrome_cost(repeat: int = 5) -> list[str]:
    """CPU of the chrome stage per ~4 KB document: the crawl's pages (normalised) cut at line ends into
    pieces of about 4 KB, best of ``repeat`` passes, with and without cutting chrome inside lines; then all three
    line stages on those same pieces (chrome and header, then chrome_repeats over their output, one site per
    crawl site: :func:`repeats_cost`)."""
    from shuddh.document import Document
    from shuddh.stages.base import StageContext, StageStats
    from shuddh.stages.clean.chrome import ChromeLineStage
    from shuddh.stages.clean.header import HeaderStage

    docs4, sites, n_pages = crawl_pieces()
    if not docs4:
        return []
    kb4 = sum(len(t.encode()) for t in docs4) / 4096
    out = [f"CPU per ~4 KB document ({len(docs4)} pieces of the {n_pages} crawl pages, best of {repeat}; load "
           f"{os.getloadavg()[0]:.1f}):\n", "| stage | ms per 4 KB |", "|---|---|"]
    chrome, header = ChromeLineStage(profile="hi"), HeaderStage(profile="hi")
    times: dict[str, float] = {}  # row -> best CPU seconds
    for name, stages in (("chrome, parts=False", (ChromeLineStage(profile="hi", parts=False),)),
                         ("chrome (default, parts=True)", (chrome,)),
                         ("header", (header,)),
                         ("chrome + header (default)", (chrome, header))):
        for stage in stages:
            stage.map(Document(id="warm", text=docs4[0], source="x"), StageContext(StageStats("w")))
        best = float("inf")
        for _ in range(repeat):
            docs = [Document(id=str(i), text=t, source="x") for i, t in enumerate(docs4)]
            ctx = StageContext(StageStats(name))
            t0 = time.process_time()
            for d in docs:
                r: Document | Any = d
                for stage in stages:
                    r = stage.map(r, ctx)
            best = min(best, time.process_time() - t0)
        out.append(f"| {name} | {1000 * best / kb4:.3f} |")
        times[name] = best
    # chrome_repeats over what chrome + header kept of the same pieces (a piece both drop: no document)
    ctx = StageContext(StageStats("kept"))
    kept: list[tuple[str, str | None, str | None]] = []
    for t, site in zip(docs4, sites, strict=True):
        r = chrome.map(Document(id="k", text=t, source="x"), ctx)
        if isinstance(r, Document):
            r = header.map(r, ctx)
        if isinstance(r, Document):
            kept.append((r.text, None, site))
    rep = _repeats_phases(kept, 5)
    # reduce runs once per run over every partition: a fixed part and a part that grows with the keys. Its growth:
    # the same pieces four times over, each copy its own sites (four times the keys), less one time over
    many = [(t, u, f"{site}#{k}") for k in range(4) for t, u, site in kept]
    rep4 = _repeats_phases(many, 3)
    grows = (rep4["reduce"] - rep["reduce"]) / 3
    per_doc = times["chrome + header (default)"] + rep["collect"] + rep["apply"] + grows
    out += [f"| chrome_repeats: collect + apply | {1000 * (rep['collect'] + rep['apply']) / kb4:.3f} |",
            f"| chrome_repeats: reduce, its part that grows with the documents (four copies of the pieces, each "
            f"its own sites, less one) | {1000 * grows / kb4:.3f} |",
            f"| **chrome + header + chrome_repeats (target <= 0.3)** | **{1000 * per_doc / kb4:.3f}** |",
            f"| chrome_repeats: reduce's fixed part, once per run (64 partitions and finalize) | "
            f"{1000 * (rep['reduce'] - grows):.1f} ms per run |"]
    return out


def shape_cost(repeat: int = 3) -> list[str]:
    """CPU of chrome + header per ~4 KB and per line on texts of different shapes: the crawl's ~4 KB pieces (news
    paragraphs, long lines), the visible text of the html-indic-news pages and of wcxb's pages (a page's every line:
    menus, cards, footers, most of them short). The lexicon is looked up line by line, so the cost per 4 KB follows
    the number of lines in it."""
    from shuddh.document import Document
    from shuddh.stages.base import StageContext, StageStats
    from shuddh.stages.clean.chrome import ChromeLineStage
    from shuddh.stages.clean.header import HeaderStage
    from shuddh.text.normalize import normalize

    pieces, _sites, _n = crawl_pieces()
    shapes = {"crawl-hindi-news, ~4 KB pieces (hi)": [("hi", t) for t in pieces],
              "html-indic-news pages, visible text (hi, bn, gu)": [(d.profile, normalize(d.text)) for d in html_docs()],
              "wcxb-dev pages, visible text (web-common)": [("web-common", normalize(d.text)) for d in wcxb_docs(0)]}
    out = [f"chrome + header on texts of different shapes (best of {repeat}; load {os.getloadavg()[0]:.1f}):\n",
           "| text | documents | lines per 4 KB | ms per 4 KB | us per line |", "|---|---|---|---|---|"]
    stages: dict[str, tuple[ChromeLineStage, HeaderStage]] = {}
    for name, shaped in shapes.items():
        docs = [(p, t) for p, t in shaped if t]
        if not docs:
            continue
        for p, t in docs:
            if p not in stages:
                stages[p] = (ChromeLineStage(profile=p), HeaderStage(profile=p))
                stages[p][0].map(Document(id="warm", text=t, source="x"), StageContext(StageStats("w")))
        best = float("inf")
        for _ in range(repeat):
            ctx = StageContext(StageStats(name))
            t0 = time.process_time()
            for k, (p, t) in enumerate(docs):
                chrome, header = stages[p]
                r = chrome.map(Document(id=str(k), text=t, source="x"), ctx)
                if isinstance(r, Document):
                    header.map(r, ctx)
            best = min(best, time.process_time() - t0)
        kb4 = sum(len(t.encode()) for _, t in docs) / 4096
        n_lines = sum(t.count("\n") + 1 for _, t in docs)
        out.append(f"| {name} | {len(docs)} | {n_lines / kb4:.0f} | {1000 * best / kb4:.3f} | "
                   f"{1e6 * best / n_lines:.1f} |")
    return out


def _repeats_phases(pages: Sequence[tuple[str, str | None, str | None]], repeat: int) -> dict[str, float]:
    """Best CPU seconds of chrome_repeats' collect, reduce (64 partitions and finalize, over all of them) and apply
    over ``pages`` (text, url, the input file: the site of URL-less pages) as a run calls them (one shard, a
    temporary work folder, spool fsyncs left to the shard task as in a run)."""
    import tempfile

    import shuddh.stages.dedup._common as common
    from shuddh.document import Document
    from shuddh.stages.base import ShardInfo, StageContext, StageStats
    from shuddh.stages.clean.repeats import ChromeRepeatsStage

    stage = ChromeRepeatsStage()
    # (the name _common imported, patched where the stage looks it up)
    defer, common.fsync_or_defer = common.fsync_or_defer, lambda fh, final: None  # type: ignore[attr-defined]
    best = {"collect": float("inf"), "reduce": float("inf"), "apply": float("inf")}
    try:
        for _ in range(repeat):
            with tempfile.TemporaryDirectory(prefix="repeats_cost_") as tmp:
                info = ShardInfo(index=0, name="part-00000", workdir=Path(tmp))
                batch = [Document(id=str(i), text=t, source="x", url=u, file=f) for i, (t, u, f) in enumerate(pages)]
                t0 = time.process_time()
                stage.collect(batch, StageContext(StageStats("c"), info))
                t1 = time.process_time()
                rctx = StageContext(StageStats("r"))
                for part in range(stage.partitions):
                    stage.reduce_partition(Path(tmp), [info.name], part, rctx)
                stage.finalize(Path(tmp), [info.name], rctx)
                t2 = time.process_time()
                for _d in stage.apply(batch, StageContext(StageStats("a"), info)):
                    pass
                t3 = time.process_time()
            for k, v in (("collect", t1 - t0), ("reduce", t2 - t1), ("apply", t3 - t2)):
                best[k] = min(best[k], v)
    finally:
        common.fsync_or_defer = defer  # type: ignore[attr-defined]
    return best


def repeats_cost(repeat: int = 3) -> list[str]:
    """CPU of chrome_repeats per ~4 KB document: its collect, reduce and apply (:func:`_repeats_phases`), best of
    ``repeat`` passes, over every page the bench hands the stage (the crawl's, the wcxb pages' and the clean sets'
    line-stage output: :func:`run_line_stages`)."""
    from shuddh.stages.clean.repeats import ChromeRepeatsStage

    # the documents the bench hands chrome_repeats (the line stages' output), caught at its in_memory
    pages: list[tuple[str, str | None, str | None]] = []  # text, url, the site of URL-less pages
    in_memory = ChromeRepeatsStage.in_memory

    def catch(self: ChromeRepeatsStage, docs: Any) -> list[set[int]]:
        docs = list(docs)
        pages.extend((d.text, d.url, c.shard.label if c.shard else None) for d, c in docs)
        return in_memory(self, docs)

    ChromeRepeatsStage.in_memory = catch  # type: ignore[method-assign]
    try:
        labels = read_labels()
        indic = labelled_indic_docs(labels)
        chosen = {d.doc_id for d in indic}
        run_line_stages(indic, repeats_pool=[d for d in all_crawl_docs() if d.doc_id not in chosen])
        run_line_stages(wcxb_docs(0))
        for docs in clean_sets().values():
            run_line_stages(docs)
    finally:
        ChromeRepeatsStage.in_memory = in_memory  # type: ignore[method-assign]
    if not pages:
        return []
    kb4 = sum(len(t.encode()) for t, _u, _s in pages) / 4096
    best = _repeats_phases(pages, repeat)
    out = [f"chrome_repeats, CPU per ~4 KB ({len(pages)} pages of the bench, {kb4:,.0f} x 4 KB, one shard, best of "
           f"{repeat}; load {os.getloadavg()[0]:.1f}):\n", "| phase | ms per 4 KB |", "|---|---|"]
    out += [f"| {k} | {1000 * v / kb4:.3f} |" for k, v in best.items()]
    out.append(f"| **collect + reduce + apply** | {1000 * sum(best.values()) / kb4:.3f} |")
    return out


# --------------------------------------------------------------------------------------------- main
def _dump(path: Path) -> None:
    docs = labelled_indic_docs()
    run_line_stages(docs)
    from shuddh.text.segment import words

    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(f"=== {d.source}\t{d.doc_id}\t{d.site}\n")
            for i, ln in enumerate(d.lines):
                if ln.strip():
                    s = ln if len(ln) <= 150 else ln[:110] + " … " + ln[-35:]
                    fh.write(f"{i}\t{len(words(ln))}\t{line_hash(ln)}\t{s}\n")
    print(f"{len(docs)} documents -> {path}")


def _fmt(t: Tally) -> str:
    return (f"{t.pages} | {t.lines} | {t.removed} | {t.precision:.3f} | {t.precision_copies:.3f} | {t.chrome} | "
            f"{t.recall:.3f} | "
            f"{t.prose} | {t.prose_removed} ({100 * t.lost:.2f} %)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cmd", nargs="?", default="run", choices=["run", "dump", "cost"])
    ap.add_argument("--out", default="/tmp/chrome_sites_dump.txt", help="dump: where to write (outside the repo)")
    ap.add_argument("--wcxb", type=int, default=0, help="wcxb pages to use (0 = all 1,497)")
    ap.add_argument("--write", action="store_true", help="write benchmarks/results/chrome_sites.md")
    ap.add_argument("--misses", type=int, default=40, help="prose lines lost to list")
    ap.add_argument("--labels", type=Path, default=LABEL_DIR, help="folder of indic.tsv, wcxb_hand.tsv, agreement.tsv")
    a = ap.parse_args(argv)
    labels_dir: Path = a.labels
    if not DATA.is_dir():
        print(f"{DATA} not present: nothing to measure")
        return 0
    if a.cmd == "dump":
        _dump(Path(a.out))
        return 0
    if a.cmd == "cost":
        print("\n".join(chrome_cost()))
        print()
        print("\n".join(shape_cost()))
        print()
        print("\n".join(repeats_cost()))
        return 0

    report: list[str] = []
    say = report.append
    labels = read_labels(labels_dir / LABELS.name)
    hand = read_labels(labels_dir / WCXB_HAND.name)
    indic = labelled_indic_docs(labels)
    chosen = {d.doc_id for d in indic}
    cpu_indic = run_line_stages(indic, repeats_pool=[d for d in all_crawl_docs() if d.doc_id not in chosen])
    per_site: dict[tuple[str, str], Tally] = {}
    misses: list[str] = []
    unmatched = 0
    kept_chrome: list[str] = []
    for d in indic:
        lab = labels.get((d.source, d.doc_id))
        if not lab:
            continue
        labs, cats, um = attach(d, lab)
        unmatched += um
        t = score_doc(d, labs, cats, misses)
        per_site.setdefault((group_of(d.site), d.site), Tally()).add(t)
        for i, (ln, lb) in enumerate(zip(d.lines, labs, strict=True)):
            if lb == "chrome" and i not in d.removed:
                kept_chrome.append(f"{d.site} [{cats[i]}] {ln[:80]}")
    t0 = time.process_time()
    wc = wcxb_docs(a.wcxb, include={did for (src, did) in hand if src == "wcxb-dev"})
    cpu_wc = run_line_stages(wc)
    wc_site: dict[tuple[str, str], Tally] = {}
    wc_type: dict[tuple[str, str], Tally] = {}  # (page type, group): every page, its hand labels where it has them
    wc_strict = {"tune": Tally(), "held-out": Tally()}  # automatically labelled pages, strict view (wcxb_labels)
    wc_hand_site: dict[tuple[str, str], Tally] = {}
    wc_hand_type: dict[tuple[str, str], Tally] = {}  # (group, page type) of the hand-labelled pages
    wc_misses: list[str] = []
    hand_misses: list[str] = []
    hand_unmatched = 0
    for d in wc:
        h = hand.get((d.source, d.doc_id))
        if h:  # hand labels replace the automatic ones of this page
            labs, cats, um = attach(d, h)
            hand_unmatched += um
            t = score_doc(d, labs, cats, hand_misses)
            wc_hand_site.setdefault((group_of(d.site), d.site), Tally()).add(t)
            wc_hand_type.setdefault((group_of(d.site), d.page_type), Tally()).add(t)
        else:
            labs = wcxb_labels(d)
            t = score_doc(d, labs, [""] * len(labs), wc_misses)
            strict = wcxb_labels(d, strict=True)
            wc_strict[group_of(d.site)].add(score_doc(d, strict, [""] * len(strict)))
        wc_site.setdefault((group_of(d.site), d.site), Tally()).add(t)
        wc_type.setdefault((d.page_type, group_of(d.site)), Tally()).add(t)
    _ = time.process_time() - t0

    say("# Line cleaning on real sites, split by site (issue 13)\n")
    say("`python benchmarks/bench_chrome_sites.py --write` — line stages of the default pipeline (normalize, "
        "chrome, header, chrome_repeats) on real page text; labels in `benchmarks/labels/indic.tsv` "
        "(hand-labelled, no third-party text) and automatic labels from wcxb-dev's gold main content. "
        "Precision counts chrome and neutral lines as correct removals (and, in its second column, copies: a "
        "removed body line whose text stays on the page as often as the gold holds it); prose = body lines of "
        ">= 4 words.\n")
    head = ("| site | group | pages | lines | removed | precision | precision, copies correct | chrome | recall | "
            "prose | prose lost |")
    sep = "|---|---|---|---|---|---|---|---|---|---|---|"
    say(LABEL_NOTES)
    site_of_doc = {f"{d.source}\t{d.doc_id}": d.site for d in [*indic, *wc]}
    say("Label sets as read by this run (a page = a labelled document):\n")
    report.extend(label_summary({"Indic, by hand": (labels, site_of_doc),
                                 "wcxb, by hand": (hand, site_of_doc)}))
    agreement = agreement_lines(labels_dir / AGREEMENT.name, labels_dir / LABELS.name)
    if agreement:
        say("\nTwo independent passes (`benchmarks/labels/agreement.tsv`; kappa of body / chrome / neutral, and of "
            "chrome against the rest):\n")
        report.extend(agreement)
    say("")
    say("## Indic sites (hand-labelled)\n")
    say(head)
    say(sep)
    pooled = {"tune": Tally(), "held-out": Tally()}
    for (g, site), t in sorted(per_site.items()):
        say(f"| {site} | {g} | {_fmt(t)} |")
        pooled[g].add(t)
    for g, t in pooled.items():
        say(f"| **pooled Indic** | **{g}** | {_fmt(t)} |")
    say(f"\nLabels not matched to a line (text changed since labelling): {unmatched}.\n")
    wpool = {"tune": Tally(), "held-out": Tally()}
    for (g, _site), t in wc_site.items():
        wpool[g].add(t)
    say("## wcxb-dev (profile web-common)\n")
    if wc_hand_site:
        say("Hand-labelled pages (`benchmarks/labels/wcxb_hand.tsv`), one row per domain:\n")
        say(head)
        say(sep)
        hpool = {"tune": Tally(), "held-out": Tally()}
        for (g, site), t in sorted(wc_hand_site.items()):
            say(f"| {site} | {g} | {_fmt(t)} |")
            hpool[g].add(t)
        for g, t in hpool.items():
            say(f"| **pooled wcxb by hand** | **{g}** | {_fmt(t)} |")
        # by the page type wcxb declares (an aggregate only): articles apart from the pages whose content is
        # itself a list of short items (shops, listings, documentation), where precision differs most
        for g in hpool:
            art = wc_hand_type.get((g, "article"), Tally())
            others = Tally()
            for (gg, ty), t in wc_hand_type.items():
                if gg == g and ty != "article":
                    others.add(t)
            say(f"| by hand, articles | {g} | {_fmt(art)} |")
            say(f"| by hand, other page types | {g} | {_fmt(others)} |")
        say(f"\nHand labels not matched to a line: {hand_unmatched}. Body lines lost on these pages: "
            + (", ".join(hand_misses[:12]) or "none") + "\n")
        say("All pages: automatic labels (gold main content), hand labels for the pages above:\n")
    say(head)
    say(sep)
    for g, t in wpool.items():
        say(f"| {sum(1 for k in wc_site if k[0] == g)} domains | {g} | {_fmt(t)} |")
    if wc_strict["tune"].pages:
        say(f"\nThe automatically labelled pages alone, as labelled above and in a strict view: a line found only "
            f"inside a longer gold line is body with >= {STRICT_INSIDE_WORDS} words, shorter ones neutral (a menu "
            "item whose words also occur in a gold paragraph, \"Natural Language Processing\", is body above):\n")
        say(head)
        say(sep)
        for g, t in wc_strict.items():
            say(f"| automatic labels, strict | {g} | {_fmt(t)} |")
    if wc_type:
        say("\nBy the page type wcxb's ground truth declares (read only as these aggregates; no rule uses it). "
            "On pages that are not articles wcxb's gold keeps much of what issue 13 calls chrome or neutral "
            "(a listing's card fields, a product's spec rows, a forum post's user name), so precision there "
            "measures that convention as much as the cleaner:\n")
        say(head.replace("| site |", "| page type |"))
        say(sep)
        order = sorted({k[0] for k in wc_type}, key=lambda ty: -sum(t.pages for k, t in wc_type.items() if k[0] == ty))
        for ty in order:
            for g in ("tune", "held-out"):
                if (ty, g) in wc_type:
                    say(f"| {ty} | {g} | {_fmt(wc_type[(ty, g)])} |")
    allp = {g: Tally() for g in ("tune", "held-out")}
    for g, tally in allp.items():
        tally.add(pooled[g])
        tally.add(wpool[g])
    say("\n## Pooled (Indic + wcxb)\n")
    say(head)
    say(sep)
    for g, t in allp.items():
        say(f"| all | {g} | {_fmt(t)} |")
    say("\n## Where body lines were lost (reason: lines)\n")
    for name, tallies in (("Indic", pooled), ("wcxb", wpool)):
        for g, t in tallies.items():
            say(f"- {name} {g}: " + ", ".join(f"{r} {c}" for r, c in t.body_removed_by.most_common()))
    # debatable automatic labels, counted apart (not relabelled): wcxb's gold main content often holds the
    # post's date / "Posted <date>" / "Updated <date>" line, which issue 13 calls chrome (desk, byline and
    # update lines); every TUNE body line lost under chrome.byline was such a line
    say("\nDebatable labels, counted apart: body lines of >= 4 words lost under `chrome.byline` (dates and "
        "\"Posted/Updated <date>\" lines that wcxb's gold includes; issue 13 counts them as chrome):\n")
    for g, t in wpool.items():
        by = t.body_removed_by["chrome.byline"]
        rest = t.prose_removed - by
        say(f"- wcxb {g}: {by} byline lines; prose lost without them {rest} of {t.prose} "
            f"({100 * rest / max(1, t.prose):.2f} %)")
    # teaser links ("Read more: <headline>", "Also read: …", "Read the full story") that the gold keeps inside
    # the article: issue 13 counts teasers and related links as chrome, and the hand labels (indic.tsv,
    # wcxb_hand.tsv) call them chrome; a read_more line that is a closed sentence is kept by the stage
    say("\nAnd body lines of >= 4 words lost under `chrome.read_more` and `chrome.teaser` (teaser links the gold "
        "keeps; chrome in issue 13 and in the hand labels):\n")
    for g, t in wpool.items():
        by = t.body_removed_by["chrome.byline"]
        rm = t.body_removed_by["chrome.read_more"] + t.body_removed_by["chrome.teaser"]
        rest = t.prose_removed - by - rm
        say(f"- wcxb {g}: {rm} read_more / teaser lines; prose lost without them and the byline lines {rest} of "
            f"{t.prose} ({100 * rest / max(1, t.prose):.2f} %)")
    say("\n## Removals by reason (lines labelled body / chrome / neutral)\n")
    say("| reason | Indic tune | Indic held-out | wcxb tune | wcxb held-out |")
    say("|---|---|---|---|---|")
    cols = [pooled["tune"], pooled["held-out"], wpool["tune"], wpool["held-out"]]
    reasons = sorted({k.rsplit("/", 1)[0] for t in cols for k in t.by_reason})
    for r in reasons:
        cells = [" / ".join(str(t.by_reason[f"{r}/{lab}"]) for lab in ("body", "chrome", "neutral")) for t in cols]
        say(f"| {r} | " + " | ".join(cells) + " |")
    say("\n## Chrome left in, by category (Indic, kept / labelled)\n")
    for g, t in pooled.items():
        say(f"- {g}: " + ", ".join(f"{c} {t.chrome_kept_by_cat[c]}/{n}" for c, n in t.chrome_by_cat.most_common()))
    say("\n## Chrome inside a line: pieces cut from the edge of a kept line\n")
    say("Indic: every cut, with the label of its line (a body line's chrome tail is a right cut; read each).\n")
    say("```")
    n_parts = 0
    for d in indic:
        for i, r, piece in d.parts:
            n_parts += 1
            plab = labels.get((d.source, d.doc_id), {}).get(i, ("", "unlabelled", ""))[1]
            say(f"{d.site} {d.doc_id}:{i} ({plab}) [{r}] {piece.strip()[:100]}")
    say("```\n")
    say(f"Indic pieces cut: {n_parts}.")
    wc_parts = [(d, p) for d in wc for p in d.parts]
    wc_false = [(d, p) for d, p in wc_parts
                if _fold(p[2]).strip() and _fold(p[2]).strip() in " ".join(_fold(d.gold or "").split())]
    say(f"wcxb pieces cut: {len(wc_parts)}, of which {len(wc_false)} occur in the page's gold main content "
        "(false cuts):\n")
    say("```")
    for d, (_i, r, piece) in wc_false[:15]:
        say(f"{d.site} [{r}] {piece.strip()[:100]}")
    say("```")
    say("\n## Clean prose (every removed line is a false removal)\n")
    say("| set | docs | lines | removed | share | removed >= 4 words | removed >= 12 words | first line removed "
        "| reasons | line parts cut | of the removed: next to a page number (running heads) | debris lines (< 2 "
        "letters) in the set |")
    say("|---|---|---|---|---|---|---|---|---|---|---|---|")
    cpu_clean = 0.0
    clean_examples: list[str] = []
    for name, docs in clean_sets().items():
        cpu_clean += run_line_stages(docs)
        s = score_clean(docs)
        clean_examples += [f"{name}: {e}" for e in s["examples"]]
        say(f"| {name} | {s['docs']} | {s['lines']} | {s['removed']} | {100 * s['removed'] / max(1, s['lines']):.2f} % "
            f"| {s['prose_removed']} | {s['long_removed']} | {s['first_removed']} | "
            + ", ".join(f"{r} {c}" for r, c in s["by"].most_common(5)) + f" | {s['parts']} | {s['running_heads']} | "
            f"{s['debris']} |")
    say(f"\nCPU of chrome+header+repeats: Indic {cpu_indic:.2f} s, wcxb {cpu_wc:.2f} s ({len(wc)} pages), "
        f"clean sets {cpu_clean:.2f} s.\n")
    report.extend(chrome_cost())
    say("")
    report.extend(shape_cost())
    say("")
    report.extend(repeats_cost())
    say("")
    say("## Examples\n")
    say(f"Prose lost (Indic, first {a.misses}):\n")
    say("```")
    report.extend(misses[: a.misses])
    say("```\n")
    say("Chrome kept (Indic, first 40):\n")
    say("```")
    report.extend(kept_chrome[:40])
    say("```\n")
    say("Clean prose removed (first lines of each set):\n")
    say("```")
    report.extend(clean_examples)
    say("```")
    text = "\n".join(report) + "\n"
    print(text)
    if a.write:
        RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
