"""Chrome removal quality: with/without evaluation (trafilatura's form) on the dev pages.

Data (read from ../shared, never copied): ``data/html-indic-news`` (5 pages, ``gold.json``),
``data/html-bengali-trafilatura-eval`` (1 page), ``samples/hindi-news-page.txt`` (+ gold).

Two settings, each scored by pooling over pages (as trafilatura's ``tests/comparison.py`` does):
a "with" snippet found in the output is a true positive, missing a false negative; a "without"
snippet found is a false positive, missing a true negative. Snippets and outputs are compared after
NFC and whitespace folding.

* **html** — the raw page. Systems: trafilatura 2 (``extract``, defaults), resiliparse
  (``main_content=True``), shuddh (``extract_html`` with the trafilatura engine, then the default
  ``normalize`` and ``chrome`` stages with the page language's profile).
* **text** — every visible text line of the page (resiliparse, ``main_content=False``), one document
  per page: what a WET file or an OSCAR/mC4-style dump holds; plus the sample page's lines. Systems:
  the C4 line rule as datatrove ships it (lines must end in ``. ? ! " '``, have >= 3 words, and not
  contain "javascript" or a cookie/terms phrase), the same with ``।``/``॥`` added, and shuddh
  (``normalize`` + ``chrome``).

The sample page is also checked exactly: ``normalize`` → ``chrome`` → ``header`` must give its gold.

Run: ``python benchmarks/bench_chrome.py [--write]`` (``--write`` updates benchmarks/results/chrome.md).
Time is CPU time (``time.process_time``) of this process, one core.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHUDDH_SHARED", REPO.parent / "shared"))
NEWS = SHARED / "data" / "html-indic-news"
BENGALI = SHARED / "data" / "html-bengali-trafilatura-eval"
SAMPLE = SHARED / "samples" / "hindi-news-page.txt"
SAMPLE_GOLD = SHARED / "samples" / "hindi-news-page.gold.json"
RESULTS = REPO / "benchmarks" / "results" / "chrome.md"


@dataclass
class Page:
    name: str
    lang: str
    url: str | None
    with_: list[str]
    without: list[str]
    html: bytes | None = None
    text: str | None = None


@dataclass
class Score:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def add(self, out: str, page: Page) -> None:
        o = _fold(out)
        for s in page.with_:
            if _fold(s) in o:
                self.tp += 1
            else:
                self.fn += 1
                self.misses.append(f"{page.name}: lost   {s[:70]}")
        for s in page.without:
            if _fold(s) in o:
                self.fp += 1
                self.misses.append(f"{page.name}: leaked {s[:70]}")
            else:
                self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _fold(s: str) -> str:
    from shuddh.text.normalize import normalize

    return " ".join(normalize(unicodedata.normalize("NFC", s)).split())


def load_pages() -> list[Page]:
    """The HTML dev pages with their with/without snippets (empty when ../shared is absent)."""
    pages: list[Page] = []
    if (NEWS / "gold.json").is_file():
        gold = json.loads((NEWS / "gold.json").read_text(encoding="utf-8"))
        for name, g in gold.items():
            pages.append(Page(name, g["lang"], g.get("url"), g["with"], g["without"],
                              html=(NEWS / "html" / name).read_bytes()))
    if (BENGALI / "gold_with_without.json").is_file():
        gold = json.loads((BENGALI / "gold_with_without.json").read_text(encoding="utf-8"))
        for url, g in gold.items():
            pages.append(Page(g["file"], "bn", url, g["with"], g["without"],
                              html=(BENGALI / g["file"]).read_bytes()))
    return pages


def sample_page() -> Page | None:
    if not SAMPLE_GOLD.is_file():
        return None
    gold = json.loads(SAMPLE_GOLD.read_text(encoding="utf-8"))
    return Page("hindi-news-page.txt", "hi", None, gold["body_lines"], gold["boilerplate_lines"],
                text=SAMPLE.read_text(encoding="utf-8"))


def text_pages(pages: list[Page]) -> list[Page]:
    """The text-level variant: every visible text line of each page, one document per page."""
    from shuddh.extract import decode_html, visible_lines

    out: list[Page] = []
    for p in pages:
        assert p.html is not None
        html, _ = decode_html(p.html)
        out.append(Page(p.name, p.lang, p.url, p.with_, p.without, text="\n".join(visible_lines(html))))
    sp = sample_page()
    if sp is not None:
        out.append(sp)
    return out


# -- systems -----------------------------------------------------------------------------------
def sys_trafilatura(p: Page) -> str:
    import trafilatura

    return trafilatura.extract(p.html, url=p.url) or ""


def sys_resiliparse(p: Page) -> str:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    from shuddh.extract import decode_html

    assert p.html is not None
    html, _ = decode_html(p.html)
    return str(extract_plain_text(HTMLTree.parse(html), main_content=True))


def _profile_for(lang: str) -> str:
    from shuddh.lang.profile import available_profiles

    return lang if lang in available_profiles() else "hi"


def shuddh_clean(text: str, lang: str, *, structure: bool = True) -> str:
    from shuddh.document import Document
    from shuddh.stages.base import StageContext, StageStats
    from shuddh.stages.clean.chrome import ChromeLineStage
    from shuddh.stages.normalize import NormalizeStage

    doc = Document(id="x", text=text, source="bench")
    for st in (NormalizeStage(), ChromeLineStage(profile=_profile_for(lang), structure=structure)):
        (doc,) = list(st.run([doc], StageContext(StageStats(st.name))))  # type: ignore[assignment]
    return doc.text


def sys_shuddh_html(p: Page, engine: str = "trafilatura") -> str:
    from shuddh.extract import extract_html

    ex = extract_html(p.html or b"", url=p.url, engine=engine)  # type: ignore[arg-type]
    return shuddh_clean(ex.text, p.lang)


C4_END = (".", "?", "!", '"', "'")
C4_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")


def c4_lines(text: str, end: tuple[str, ...] = C4_END) -> str:
    """datatrove's C4QualityFilter line rules (the document-level rules are left out)."""
    kept = []
    for raw in text.splitlines():
        line = raw.strip()
        ws = line.split()
        if (not line.endswith(end) or len(ws) < 3 or any(len(w) > 1000 for w in ws)
                or "javascript" in line.lower() or any(x in line.lower() for x in C4_POLICY)):
            continue
        kept.append(line)
    return "\n".join(kept)


def sys_c4(p: Page) -> str:
    return c4_lines(p.text or "")


def sys_c4_danda(p: Page) -> str:
    return c4_lines(p.text or "", (*C4_END, "।", "॥"))


def sys_shuddh_text(p: Page) -> str:
    return shuddh_clean(p.text or "", p.lang)


def sys_shuddh_lexicon(p: Page) -> str:
    return shuddh_clean(p.text or "", p.lang, structure=False)


def sys_keep_all(p: Page) -> str:
    return p.text or ""


HTML_SYSTEMS: dict[str, Callable[[Page], str]] = {
    "trafilatura": sys_trafilatura,
    "resiliparse": sys_resiliparse,
    "shuddh (trafilatura + line cleaner)": sys_shuddh_html,
    "shuddh (resiliparse + line cleaner)": lambda p: sys_shuddh_html(p, "resiliparse"),
}
TEXT_SYSTEMS: dict[str, Callable[[Page], str]] = {
    "keep every line": sys_keep_all,
    "C4 line rule (datatrove)": sys_c4,
    "C4 line rule + ।": sys_c4_danda,
    "shuddh lexicon only": sys_shuddh_lexicon,
    "shuddh (lexicon + structure)": sys_shuddh_text,
}


def score(systems: dict[str, Callable[[Page], str]], pages: list[Page]) -> dict[str, Score]:
    out: dict[str, Score] = {}
    for name, fn in systems.items():
        sc = Score()
        for p in pages:
            t0 = time.process_time()
            text = fn(p)
            sc.seconds += time.process_time() - t0
            sc.add(text, p)
        out[name] = sc
    return out


def sample_exact() -> tuple[bool, str]:
    """normalize -> chrome -> header on the sample page gives exactly its gold paragraphs and metadata."""
    if not SAMPLE_GOLD.is_file():
        return False, "sample absent"
    from shuddh.document import Document
    from shuddh.stages.base import StageContext, StageStats
    from shuddh.stages.clean.chrome import ChromeLineStage
    from shuddh.stages.clean.header import HeaderStage
    from shuddh.stages.normalize import NormalizeStage

    gold = json.loads(SAMPLE_GOLD.read_text(encoding="utf-8"))
    doc = Document(id="s", text=SAMPLE.read_text(encoding="utf-8"), source="sample")
    for st in (NormalizeStage(), ChromeLineStage(profile="hi"), HeaderStage(profile="hi")):
        (doc,) = list(st.run([doc], StageContext(StageStats(st.name))))  # type: ignore[assignment]
    nfc = [unicodedata.normalize("NFC", x) for x in gold["body_lines"]]
    title = unicodedata.normalize("NFC", gold["metadata"]["title"])
    ok = (doc.text.split("\n\n") == [title, *nfc] and doc.metadata.get("section") == gold["metadata"]["section"]
          and doc.metadata.get("title") == title)
    return ok, doc.text


def evaluate() -> dict[str, Any]:
    pages = load_pages()
    tpages = text_pages(pages) if pages else []
    return {"html": score(HTML_SYSTEMS, pages) if pages else {},
            "text": score(TEXT_SYSTEMS, tpages) if tpages else {},
            "sample_exact": sample_exact()[0], "n_html": len(pages), "n_text": len(tpages)}


def table(scores: dict[str, Score]) -> str:
    rows = ["| system | precision | recall | F1 | TP | FP | FN | TN | CPU s |", "|---|---|---|---|---|---|---|---|---|"]
    for name, s in scores.items():
        rows.append(f"| {name} | {s.precision:.3f} | {s.recall:.3f} | **{s.f1:.3f}** | {s.tp} | {s.fp} | {s.fn} "
                    f"| {s.tn} | {s.seconds:.2f} |")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="update benchmarks/results/chrome.md")
    ap.add_argument("--misses", action="store_true", help="list every lost or leaked snippet")
    args = ap.parse_args()
    if not NEWS.is_dir():
        print(f"{NEWS} not found: nothing to evaluate")
        return 0
    res = evaluate()
    text = (f"### HTML pages ({res['n_html']} pages)\n\n{table(res['html'])}\n\n"
            f"### Text level: every visible line of the same pages + the sample page ({res['n_text']} documents)\n\n"
            f"{table(res['text'])}\n\nSample page cleaned exactly to its gold (normalize → chrome → header): "
            f"**{res['sample_exact']}**\n")
    print(text)
    if args.misses:
        for group in ("html", "text"):
            for name, s in res[group].items():
                if name.startswith("shuddh"):
                    print(f"-- {group} / {name}")
                    print("\n".join(s.misses))
    if args.write:
        body = RESULTS.read_text(encoding="utf-8") if RESULTS.is_file() else ""
        start = "<!-- results -->"
        end = "<!-- /results -->"
        block = f"{start}\n{text}{end}"
        if start in body and end in body:
            body = body[: body.index(start)] + block + body[body.index(end) + len(end):]
        else:
            body = body + "\n" + block + "\n"
        RESULTS.write_text(body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
