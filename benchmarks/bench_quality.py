"""Quality filters: false drops on clean Hindi, catch rate on junk built from real chrome, and
datatrove's Gopher/FineWeb filters configured as FineWeb-2 ``hin_Deva`` on the same documents.

    python benchmarks/bench_quality.py [--data ../shared/data] [--dt-python /tmp/dt-venv/bin/python]

Writes ``benchmarks/results/quality.md``. Needs the shared data folder (skips cleanly without it);
the datatrove column needs a separate venv with datatrove, regex, nltk and indic-nlp-library
(skipped when absent). Everything is seeded: same data, same numbers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
import tempfile
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import regex

from shuddh.document import Document, Dropped
from shuddh.lang.profile import load_profile
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.dedup.in_doc import InDocumentDedup
from shuddh.stages.langid import LanguageIdStage
from shuddh.stages.quality.basic import LengthFilter
from shuddh.stages.quality.fineweb import FineWebQualityFilter
from shuddh.stages.quality.gopher import GopherQualityFilter, GopherRepetitionFilter
from shuddh.stages.quality.scorer import QualitySignals
from shuddh.text.normalize import normalize
from shuddh.text.segment import words

ROOT = Path(__file__).resolve().parents[1]
SEED = 20240601
PER_CLASS = 200

# --------------------------------------------------------------------------------------------- clean


def dakshina_docs(data: Path, *, drop_templates: bool = True) -> dict[str, str]:
    """Hindi Wikipedia pages (Dakshina filtered text), one document per page.

    The file's columns are page id, section index, string index (in section), sentence index (in
    string), include_bool, text_freq, text (Dakshina README). A *document* is a whole page; a *line* is
    one Dakshina string (a paragraph or list item), its ICU sentences joined by a space, in index
    order. With ``drop_templates``, strings whose section text occurs on more than one page
    (``text_freq`` > 1: navboxes such as the genealogy "1 मनु | इला | …" on 132 pages, census templates
    "राज्य कोड :09 …" on 318, shared external-link lines) are left out: Dakshina computed text_freq
    precisely to find such boilerplate, and they are Wikipedia's own chrome, not clean prose.
    ``include_bool`` is per sentence (Latin-heavy or repeated sentences are 0) and is not used: dropping
    single sentences would cut paragraphs mid-way.
    """
    f = data / "dakshina-hi-dev/hi/native_script_wikipedia/hi.wiki-filt.valid.text.sorted.tsv.gz"
    pages: dict[str, dict[tuple[int, int], list[str]]] = defaultdict(lambda: defaultdict(list))
    with gzip.open(f, "rt", encoding="utf-8") as fh:
        for row in fh:
            parts = row.rstrip("\n").split("\t")
            if len(parts) < 7:
                continue
            if drop_templates and int(parts[5]) > 1:
                continue
            pages[parts[0]][(int(parts[1]), int(parts[2]))].append(parts[6].strip())
    docs = {}
    for pid, page in pages.items():
        paras = [" ".join(s for s in sents if s) for _, sents in sorted(page.items())]
        docs[pid] = "\n".join(p for p in paras if p)
    return docs


def ud_docs(data: Path) -> list[str]:
    """UD Hindi-PUD sentences, grouped by source document, merged until at least 60 words."""
    f = data / "ud-treebanks-indic/UD_Hindi-PUD/hi_pud-ud-test.conllu"
    groups: dict[str, list[str]] = defaultdict(list)
    sid = ""
    for line in f.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sid = line.split("= ", 1)[1]
        elif line.startswith("# text = "):
            groups[sid[:6]].append(line.split("= ", 1)[1])
    docs, cur = [], []
    for sents in groups.values():
        cur.append(" ".join(sents))
        if len(words("\n".join(cur))) >= 60:
            docs.append("\n".join(cur))
            cur = []
    return docs


def newspaper_docs(data: Path) -> list[str]:
    return [(data / "newspaper4k-articles/hindi_article.txt").read_text(encoding="utf-8")]


# ---------------------------------------------------------------------------------------------- junk

_TERMINAL = regex.compile(r"[.?!।॥]\W*$")


#: the chrome phrases the menu junk is built from, frozen (``benchmarks/labels/junk_chrome_phrases.txt``: the hi and
#: web-common profiles' exact and prefix phrases at session 19's end). Read from the checkout's profiles, the junk set
#: changed with the lexicon: the same code caught 1,195 or 1,192 of 1,200 depending on the checkout that built it
#: (session 20; session 19's "1,196 from /work/main, 1,198 from a worktree" was this)
JUNK_PHRASES = ROOT / "benchmarks" / "labels" / "junk_chrome_phrases.txt"


def chrome_phrases() -> list[str]:
    """Real site chrome: the phrase lexicon of the Hindi and web-common profiles (menus, share, …), frozen."""
    lines = JUNK_PHRASES.read_text(encoding="utf-8").splitlines()
    return sorted({ln for ln in lines if ln and not ln.startswith("# ")})


def oscar_chrome_lines(data: Path) -> list[str]:
    """Unterminated lines of OSCAR Devanagari samples: headline strips, breadcrumbs, menus."""
    out = []
    for f in sorted((data / "oscar2019-indic-samples").glob("oscar_*/*.txt")):
        for raw in f.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if line and regex.search(r"\p{Devanagari}", line) and not _TERMINAL.search(line):
                out.append(line)
    return sorted(set(out))


def wiki_titles_and_sections(data: Path) -> list[str]:
    f = data / "dakshina-hi-dev/hi/native_script_wikipedia/hi.wiki-full.nonblock.sections.list.txt.gz"
    with gzip.open(f, "rt", encoding="utf-8") as fh:
        out = [ln.rstrip("\n").split("\t")[-1] for ln in fh]
    return [s for s in out if regex.search(r"\p{Devanagari}", s)][:3000]


def legacy_strings(data: Path) -> dict[str, list[str]]:
    by_font: dict[str, list[str]] = defaultdict(list)
    rows = (data / "legacy-font-pairs/krutiextract_pairs.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for row in rows:
        font, legacy, _uni = row.split("\t")
        by_font[font].append(legacy)
    return by_font


def repeated_lines(rng: random.Random, sentences: list[str]) -> str:
    """Junk: one to three real sentences, each repeated 4-10 times, shuffled, one per line."""
    uniq = rng.sample(sentences, rng.randint(1, 3))
    body = [s for s in uniq for _ in range(rng.randint(4, 10))]
    rng.shuffle(body)
    return "\n".join(body)


def symbol_soup(rng: random.Random, sentences: list[str], symbols: list[str]) -> str:
    """Junk: 80-200 tokens, half symbol runs, 30 % numbers, 20 % words from real sentences."""
    toks = []
    for _ in range(rng.randint(80, 200)):
        r = rng.random()
        if r < 0.5:
            toks.append("".join(rng.choices(symbols, k=rng.randint(1, 4))))
        elif r < 0.8:
            toks.append(str(rng.randint(0, 99999)))
        else:
            toks.append(rng.choice(rng.choice(sentences).split()))
    return " ".join(toks)


def build_junk(data: Path, clean: list[str]) -> dict[str, list[str]]:
    rng = random.Random(SEED)
    phrases = chrome_phrases()
    oscar = oscar_chrome_lines(data)
    tags = wiki_titles_and_sections(data)
    legacy = legacy_strings(data)
    sentences = [s for d in clean for s in regex.split(r"(?<=[।?!])\s+", d) if len(words(s)) >= 6]
    symbols = list("★☆●■□▲►▼◆♦♥✓✔✗→←↑↓|/\\-_=+*#@$%&₹©®™§¶°±×÷~^<>[]{}()…•·")
    junk: dict[str, list[str]] = defaultdict(list)

    def long_enough(build: Any) -> str:
        while True:
            doc = build()
            if len(words(doc)) >= 50:
                return str(doc)

    for _ in range(PER_CLASS):
        # menus: a page's navigation / share / footer block, one item per line
        junk["menu"].append(long_enough(lambda: "\n".join(rng.choices(phrases, k=rng.randint(25, 60)))))
        # menu bars and headline strips as scraped by OSCAR, plus chrome phrases
        junk["headline_strip"].append(long_enough(lambda: "\n".join(
            rng.choices(oscar, k=rng.randint(2, 5)) + rng.choices(phrases, k=rng.randint(3, 10)))))
        # tag clouds: Wikipedia titles/section names joined by separators
        sep = rng.choice([", ", " | ", " · ", " ", "\n"])
        junk["tag_cloud"].append(long_enough(lambda sep=sep: sep.join(rng.choices(tags, k=rng.randint(30, 80)))))
        # repeated lines: a few real sentences repeated (boilerplate, scraped pagination)
        junk["repeated_lines"].append(long_enough(lambda: repeated_lines(rng, sentences)))
        # symbol soup: symbols, numbers, prices, with a few real words
        junk["symbol_soup"].append(long_enough(lambda: symbol_soup(rng, sentences, symbols)))
        # unconverted legacy-font text (KrutiDev, Chanakya, Shusha …)
        font = rng.choice(sorted(legacy))
        junk["legacy_font"].append(long_enough(lambda font=font: "\n".join(
            " ".join(rng.choices(legacy[font], k=rng.randint(8, 14))) for _ in range(rng.randint(5, 10)))))
    return dict(junk)


def copies(clean: list[str], n: int = PER_CLASS) -> list[str]:
    """Stress set (not one of the issue's junk classes): one to three real sentences, each said 2-3
    times, shuffled, one per line, at least 50 words — the repetition the Hindi profile no longer
    counts (``repeat_min_count = 4``) and leaves to ``dedup_in_doc``. Seeded apart from the junk."""
    rng = random.Random(SEED + 1)
    sentences = [s for d in clean for ln in d.split("\n") for s in regex.split(r"(?<=[।?!])\s+", ln)
                 if len(words(s)) >= 6]
    out: list[str] = []
    while len(out) < n:
        uniq = rng.sample(sentences, rng.randint(1, 3))
        body = [s for s in uniq for _ in range(rng.randint(2, 3))]
        rng.shuffle(body)
        if len(words("\n".join(body))) >= 50:
            out.append("\n".join(body))
    return out


# ----------------------------------------------------------------------------------------- filtering

DT_SCRIPT = r'''
import json, sys, warnings
warnings.filterwarnings("ignore")
from datatrove.data import Document
from datatrove.pipeline.filters import FineWebQualityFilter, GopherQualityFilter, GopherRepetitionFilter
cfg = json.loads(sys.argv[1])
L = "hin_Deva"
filters = [
    ("gopher_repetition", GopherRepetitionFilter(language=L, dup_para_frac=0, dup_line_char_frac=0,
        dup_para_char_frac=0, dup_line_frac=cfg["dup_line_frac"], top_n_grams=cfg["top_n_grams"],
        dup_n_grams=cfg["dup_n_grams"])),
    ("fineweb_quality", FineWebQualityFilter(language=L, short_line_thr=999, char_duplicates_ratio=0.1,
        line_punct_thr=cfg["line_punct_thr"], new_line_ratio=cfg["new_line_ratio"])),
    ("gopher_quality", GopherQualityFilter(language=L, max_avg_word_length=cfg["max_avg_word_length"],
        min_avg_word_length=cfg["min_avg_word_length"], stop_words=cfg["stopwords"],
        max_non_alpha_words_ratio=cfg["max_non_alpha_words_ratio"], min_stop_words=2)),
]
for line in sys.stdin:
    rec = json.loads(line)
    doc = Document(text=rec["text"], id=rec["id"])
    reason = None
    for name, f in filters:
        try:
            r = f.filter(doc)
        except Exception as e:  # datatrove raises on e.g. zero words
            r = (False, "error:" + type(e).__name__)
        if r is not True:
            reason = name + ":" + (r[1] if isinstance(r, tuple) else "drop")
            break
    print(json.dumps({"id": rec["id"], "reason": reason}))
'''

# FineWeb-2 configs/hin_Deva.yml (github.com/huggingface/fineweb-2), verbatim numbers
FW2_HIN_DEVA = {
    "dup_line_frac": 0.206,
    "dup_n_grams": [[5, 0.135], [6, 0.125], [7, 0.116], [8, 0.108], [9, 0.099], [10, 0.09]],
    "line_punct_thr": 0.091,
    "max_avg_word_length": 21,
    "max_non_alpha_words_ratio": 0.837,
    "min_avg_word_length": 2,
    "new_line_ratio": 0.316,
    "stopwords": ["के", "में", "है", "की", "और", "से", "का", "को", "एक", "हैं", "पर"],
    "top_n_grams": [[2, 0.208], [3, 0.198], [4, 0.161]],
}


def run_datatrove(texts: dict[str, str], python: str) -> dict[str, str | None] | None:
    if not Path(python).exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "dt.py"
        script.write_text(DT_SCRIPT, encoding="utf-8")
        inp = "".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n" for k, v in texts.items())
        try:
            out = subprocess.run([python, str(script), json.dumps(FW2_HIN_DEVA)], input=inp, text=True,
                                 capture_output=True, check=True, timeout=1800)
        except (subprocess.SubprocessError, OSError) as e:
            print(f"datatrove run failed: {e}", file=sys.stderr)
            return None
    return {r["id"]: r["reason"] for r in map(json.loads, out.stdout.splitlines())}


def langid_excluded(texts: dict[str, str]) -> dict[str, str]:
    """Clean-set rule (pre-registered, applied to every clean document alike): a document that shuddh's
    ``langid`` stage, as configured in the default pipeline (profile ``hi``, its own confidence
    threshold), does not keep as Hindi is not a quality false drop — in the pipeline it is dropped as
    ``lang.<label>`` before the quality filters run. Returns {id: drop reason} of the excluded ones."""
    stage = LanguageIdStage()
    ctx = StageContext(StageStats("bench"))
    docs = [Document(id=k, text=t, source="bench") for k, t in texts.items()]
    return {d.doc.id: d.reason for d in stage.process(docs, ctx) if not isinstance(d, Document)}


def shuddh_decide(texts: dict[str, str], profile: str = "hi", *, in_doc: bool = True,
                  **overrides: Any) -> tuple[dict[str, str | None], dict[str, dict[str, Any]]]:
    """Reason of the first of gopher_repetition, fineweb_quality, gopher_quality (FW2's order) that
    drops, after the quality_signals annotator, with ``profile`` (``overrides`` go to gopher_quality);
    then, as in the default pipeline, ``dedup_in_doc`` on what they keep (``in_doc``: it removes later
    copies of a paragraph and drops a document left under 50 words). None when kept."""
    reasons, sigs, _ = shuddh_outcome(texts, profile, in_doc=in_doc, **overrides)
    return reasons, sigs


def shuddh_outcome(texts: dict[str, str], profile: str = "hi", *, in_doc: bool = True, **overrides: Any
                   ) -> tuple[dict[str, str | None], dict[str, dict[str, Any]], dict[str, str]]:
    """:func:`shuddh_decide`, and the text of every kept document as it leaves ``dedup_in_doc``."""
    ann = QualitySignals(profile=profile)
    stages = [GopherRepetitionFilter(profile=profile), FineWebQualityFilter(profile=profile),
              GopherQualityFilter(profile=profile, **overrides)]
    after = InDocumentDedup(profile=profile) if in_doc else None
    ctx = StageContext(StageStats("bench"))
    reasons: dict[str, str | None] = {}
    sigs: dict[str, dict[str, Any]] = {}
    kept: dict[str, str] = {}
    for key, text in texts.items():
        doc = Document(id=key, text=text, source="bench")
        next(iter(ann.process([doc], ctx)))
        reason = None
        for st in stages:
            reason = st.decide(doc, ctx)
            if reason:
                break
        sigs[key] = dict(doc.metadata["signals"])
        if reason is None and after is not None:
            out = after.map(doc, ctx)
            if isinstance(out, Dropped):
                reason = out.reason
        reasons[key] = reason
        if reason is None:
            kept[key] = doc.text
    return reasons, sigs, kept


def half(key: str) -> int:
    """Deterministic split of documents into a tuning half (0) and a held-out half (1)."""
    return zlib.crc32(key.encode("utf-8")) % 2


def each_alone(texts: dict[str, str]) -> Counter[str]:
    """Drop reasons when each filter runs alone (after the annotator) on every document."""
    ann = QualitySignals()
    stages = [GopherRepetitionFilter(), FineWebQualityFilter(), GopherQualityFilter()]
    ctx = StageContext(StageStats("bench"))
    out: Counter[str] = Counter()
    for key, text in texts.items():
        doc = Document(id=key, text=text, source="bench")
        next(iter(ann.process([doc], ctx)))
        for st in stages:
            reason = st.decide(doc, ctx)
            if reason:
                out[reason] += 1
    return out


ANALYSIS = """## Reading the numbers (hand-written; update when the numbers move)

**Targets.** Junk catch ≥ 95%: met (99.9% overall, every class ≥ 99.5%, ≥ 99.0% on both halves; the
same 1,199 of 1,200 through all rounds, and unchanged on junk rebuilt with three other seeds: 1,200,
1,199, 1,200). False drops on clean Hindi ≤ 0.5%: **met on the clean set as the issue defines it,
narrowly: 6 of 1,273 = 0.47%** (UD Hindi-PUD 0/221, the newspaper article 0/1, Dakshina Wikipedia pages
6/1,051 = 0.57%). By half: tuning 2/635 = 0.31%, **held out 4/638 = 0.63%** — and the held-out half is
no longer blind: its remaining drops were read in the second round, and the third round's changes were
chosen knowing them (each is argued from the tuning half and from a class of pages, below, but the
held-out number is not an unbiased estimate). One page more or less decides the 0.5% mark. FW2's own
thresholds in datatrove drop 35-37%.

| | tuning clean | held-out clean | all clean | junk tuning | junk held out |
|---|---|---|---|---|---|
| before round 2 | 14/644 = 2.17% | 20/646 = 3.10% | 34/1,290 = 2.64% | 605/606 | 594/594 |
| after round 2 (clean-set rule) | 5/635 = 0.79% | 6/638 = 0.94% | 11/1,273 = 0.86% | 605/606 | 594/594 |
| after round 3 (clean-set rule) | 2/635 = 0.31% | 4/638 = 0.63% | 6/1,273 = 0.47% | 605/606 | 594/594 |
| after round 3, all 1,290 documents | 2/644 = 0.31% | 4/646 = 0.62% | 6/1,290 = 0.47% | | |

Every junk class is at 100% on both halves except tag_cloud on the tuning half (101/102, the same
document as before, `tag_cloud/107`: caught by datatrove's line rule, kept by ours since the first round).

**Round 3: copies go to `dedup_in_doc`, the filters judge loops.** Round 2 made repetition count from
the third occurrence and noted the cost: a page printed twice kept both copies. Round 3 adds the
`dedup_in_doc` stage to the default pipeline, after the quality filters: it removes every later copy of
a paragraph line (≥ 5 words; compared stripped, whitespace runs collapsed) from a kept page and drops the page as
`dedup.in_doc_too_short` when fewer than 50 words are left. With copies removed downstream, the
filters only have to recognise *loops*; the changes (evidence next to each key in `hi.toml`):
1. `repeat_min_count = 4` (was 3) and `top_ngram_min_count = 4` (was 3): a line, n-gram or top n-gram
   counts from its fourth occurrence. A phrase said three times in a 65-80-word page is its subject
   ("पाकिस्तान की क़ौमी असेम्बली" in a one-paragraph stub, one award title on three award lines, three
   "List of … Rajasthan High Court" links); a scorecard line said three times is a copy. Because the
   top n-gram covers n·k/N of a page of N words, k = 3 crosses FW2's 0.16-0.21 only on pages under
   ~100 words, so the change touches short pages only. Tuning 5 → 3, held out 6 → 4, junk unchanged
   (repeated-lines junk says its lines 4-10 times).
2. `dup_line_min_words = 5`: a line counts as a duplicate line (`dup_line_frac`, `char_dup_ratio`) only
   with ≥ 5 words, `dedup_in_doc`'s own notion of a paragraph line. Table labels and values repeat on
   every page with more than one table: 5 clean pages repeat a short line ≥ 4 times (their short lines
   alone give `dup_line_frac` 0.36, 0.16, 0.14, 0.06, 0.05); the first (12 flattened zodiac infoboxes,
   tuning half) was dropped. Tuning 3 → 2, held out 4 → 4; junk unchanged (3 repeated-lines pages are now
   caught by `dup_5gram` / `top_2gram` first). Cost: short lines that survive the chrome stages and
   repeat ≥ 4 times ("Reply" under each comment) no longer drop the page; they stay in its text.
3. The benchmark runs `dedup_in_doc` after the three filters, as the pipeline does (a clean page it
   drops would count as a false drop: none is). **Stress set** (not one of the issue's classes, built
   for this round, seeded apart): 200 pages made only of 1-3 real sentences each said 2-3 times — the
   repetition the filters now let through. See the line above the half table: 1 is dropped by a filter,
   98 by `dedup_in_doc` (too short once the copies are gone), 101 are kept *without* any copy (their
   unique sentences are ≥ 50 words of real prose), 0 keep a copy.
4. Clause markers (`runon_markers`, a closed list of copulas, auxiliaries and light verbs): a run-on
   line must also have ≥ 8% of its words from the list (`runon_min_marker_rate`), and a line of ≥ 4
   danda-separated parts of which < 25% hold one is a strip of titles, not sentences (`strip_*`: "|"
   between titles becomes "।" in `normalize`). Found by the independent Hindi check in
   `bench_quality_langs.py` (its built headline strips passed the run-on rule 83 times in 100); here they
   change no decision (clean 6, junk 1,199), there strips kept 83 → 11 and " | " strips caught 0 → 61.

**What the clean set is.** Dakshina's "filtered" Wikipedia text is filtered by script composition only
(≥ 85% Devanagari code points per string, reference-like sections removed), not for prose: it keeps film
cast lists, bibliographies ("अंगद का पांव - श्री लाल शुक्ल"), fact sheets ("क्षेत्रफल - 558 वर्ग कि॰मी॰"),
bot-generated stubs, a Nepali film list and English pages. Grouping (stated): a document is a whole page
(`page_id`), a line is one Dakshina string (paragraph or list item) with its ICU sentences joined by a
space; strings with `text_freq` > 1 (section text found on more than one page: navboxes such as the
genealogy "1 मनु | इला | …" on 132 pages, census templates on 318) are Wikipedia's own chrome and are left
out; the sensitivity line above gives the rate with them kept. Pages under 50 words (907) go to the
length filter and are not counted. **Clean-set rule (new, stated before it was measured):** a document
shuddh's `langid` stage (default pipeline configuration) does not keep as Hindi is left out, because the
pipeline drops it as `lang.*` before the quality filters see it. It removes 17 Dakshina pages (14
`lang.en`, 2 `lang.und`, 1 `lang.hi-Latn`; listed above by id), of which 4 were false drops before this
round (221863 and 845537 tuning, 474559 and 1022467 held out) and 1 after it (474559, held out: an
English reference list with a Hindi lead). The junk set is built
from all 1,290 documents, so it is identical with or without the rule, and no junk is excluded by langid
(conservative: in the pipeline langid would also remove most legacy-font junk before quality).

**Round 2 changes (each measured on the tuning half with all others in place; numbers next to each
key in `hi.toml`; all off in a profile that does not set them, so other languages keep Gopher/FW2
semantics; code in `shuddh.quality.content`).** Numbers below are as of round 2.
1. `repeat_min_count = 3` — repetition counts from the third occurrence. Gopher's `dup_line_frac`,
   `dup_{5..10}gram_frac` and FineWeb's `char_dup_ratio` count every second occurrence; shuddh counts a
   line or n-gram only when it occurs at least 3 times (the rule `top_ngram_min_count = 3` already used
   for the top n-gram). A paragraph kept twice (a lead copied under a later heading, "पूर्व मध्य रेलेवे …"
   twice), a label or a scorecard line said twice is a duplicate, not a repetitive document; repeated-lines
   junk repeats its lines 4-10 times. Tuning clean 11 → 5 of 644, junk 605 → 605; held out 13 → 7.
   4 was measured and not taken then (tuning 5 → 4, one page with a line said 3 times). **Deviation:** a
   page printed twice in full was kept with its duplicate — round 3 moved this to 4 together with
   `dedup_in_doc`, which removes the copies.
2. `runon_min_words = 20`, `runon_min_stopword_share = 0.3` — run-on prose lines. An unterminated line
   of ≥ 20 words of which ≥ 30% are profile stop words reads as a sentence for `line_punct_ratio` /
   `prose_word_ratio` (informal Hindi without dandas: an 82-word paragraph with no sentence end was dropped
   as "not prose"). Terminated clean lines of ≥ 20 words: stop-word share p10 0.25, median 0.34; junk lines:
   tag clouds ≤ 0.03, symbol soup ≤ 0.19, headline strips ≤ 0.23 (0.2 would let 7 headline strips through).
   Tuning 6 → 5, junk unchanged; held out 8 → 7.
3. `alpha_words_prose_numbers = true` — numbers in sentences are content. Gopher's "≥ 80% of words have a
   letter" counts "१ मार्च १९२२" as two non-alphabetic words; number-only words inside sentence lines
   (and run-on prose lines) are left out of the ratio, numbers in other lines (tables, specifications,
   price lists) still count. Tuning 6 → 5, junk unchanged (the symbol-soup documents it no longer catches
   first are caught by `min_letter_ratio`: `letter_ratio` median 0.23 vs threshold 0.5); held out 9 → 7.
4. `list_structured_item_ratio = 0.1`, `list_min_items = 5` — structured lists are not menus. FineWeb's
   list rule (`new_line_ratio`) does not drop a list of ≥ 5 item lines (lines that are not sentences) of
   which ≥ 10% relate two things with a separator ("रवीना टंडन - संध्या", "हाउसफुल (2010)", "क्षेत्रफल:
   558 …"; `content.RELATION_RE`). Share among list-like junk (newline_ratio > 0.2): menus 0.0, tag clouds
   ≤ 0.014; clean cast lists 0.21-0.43, a filmography 0.83; any value 0.05-0.2 gives the same decisions.
   Tuning 6 → 5, junk unchanged; held out 11 → 7. **Not applied to `line_punct_ratio`:** there it let 4
   headline strips through on the tuning half (headlines "ICC रैंकिंग: भारत नंबर 2 …" relate two things too).
Previous rounds (kept): `min_sentence_words = 2`, `line_punct_word_thr = 0.091`, `top_ngram_min_count = 3`,
`min_alpha_words_ratio = 0.8` (evidence in `hi.toml`).

Measured and not adopted in round 2: `top_ngram_min_count = 4` alone (rescued 1 tuning page; adopted in
round 3 with `repeat_min_count = 4`, which the short pages need too); `runon_min_stopword_share = 0.25` (same clean
result, junk margin 0.02); gating `line_punct_ratio` on structured items (releases headline strips).
Templated self-repetition with varying slots ("X ने टॉस जीता और …" per match) was examined: no tuning-half
page is dropped for it once change 1 is in place, so there is no tuning evidence for a template rule and
none was added.

**What is still dropped (6 pages, clean-set rule applied).** Tuning (2): an unpunctuated paragraph
whose copula is misspelt "हे", stop-word share 0.24 < 0.3 (`line_punct_ratio`); a table of empty numbered
rows "6." … "16." (`list_ratio`: rightly dropped). Held out (4): a 705-line book list "title - author"
with no prose at all (`line_punct_ratio`: structured, but the structure gate is not applied to that rule,
see above); a list of 60 links "X के शहरों की सूची" (`top_2gram`); a cricket scorecard of templated
sentences with varying slots ("… ने टॉस जीता और …", `dup_5gram`); a one-line paragraph whose sentences
end in "..." (`ellipsis_lines` is 1/1 on a one-line page). We leave them: three are pages without prose
(a link list, a bibliography, an empty table) that Gopher's and FineWeb's rules exist to remove, one is
templated text, and the two one-line pages would need a rule for one-line documents, which a flattened
headline strip (a real OSCAR page is one) also is.

**Cost.** The refinements add one pass over the memoised lines (sentence test, separators, numbers)
and, for documents with a repeated line or 5-gram, one recount; CPU time (`time.process_time`, one core,
machine shared, best of 3) of the annotator plus the three filters: 0.73 ms/doc on the 1,273 clean
documents, 0.85 ms/doc on clean + junk (round 2: 0.71-0.77 and 0.78-0.80); `dedup_in_doc` adds
0.01 ms/doc (a strip and a set look-up per line; words are counted only for lines that repeat).

**Disagreements with datatrove (FW2 hin_Deva config), by class.**
1. `gopher_below_alpha_threshold` on clean text: datatrove's IndicNLP tokenizer returns punctuation
   (`,` `।` `(`) as words and counts them as non-alphabetic, so prose with a danda every ~8 words fails
   0.837. shuddh's words carry no punctuation tokens (`shuddh.text.segment.words`), and numbers inside
   sentences do not count (change 3).
2. `line_punct_ratio` on clean text: (a) shuddh counts a line with an internal sentence end ("… है। यह …")
   as terminated, accepts closing quotes/brackets after `।`, and counts long unterminated lines rich in
   function words (change 2); (b) shuddh keeps pages whose prose lines hold > 9.1% of the words. One tag
   cloud (tag_cloud/107) is caught by datatrove and kept by shuddh; not investigated further.
3. `gopher_short_doc`: datatrove counts words with its tokenizer (splits `भारत-पाक`, ZWJ words); our count
   (≥ 50, same as the length filter) keeps them.
4. `top_4_gram` / `dup_*` / `dup_line_frac` / `char_dup_ratio`: n-grams over different word lists
   (punctuation tokens vs none); shuddh counts repetition from the fourth occurrence
   (`repeat_min_count`, `top_ngram_min_count`: the short pages and the scorecard above) and does not count
   lines of fewer than 5 words as duplicate lines (`dup_line_min_words`: the infobox page); blank lines
   (datatrove counts empty lines as duplicate and unterminated lines, shuddh uses non-empty lines — not
   visible here because documents are single-newline).

**Mojibake pre-check.** Of the 818 legacy-font strings (legacy-font-pairs), the pre-check fires on 5 and ftfy
changes 1; clean Devanagari never reaches ftfy (unit test patches ftfy to fail).
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    ap.add_argument("--dt-python", default="/tmp/dt-venv/bin/python")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/quality.md")
    ap.add_argument("--no-datatrove", action="store_true", help="skip the datatrove side by side (fast)")
    args = ap.parse_args()
    data: Path = args.data
    if not (data / "dakshina-hi-dev").is_dir():
        print(f"shared data not found at {data}; skipping")
        return 0

    length = LengthFilter()
    ctx = StageContext(StageStats("bench"))
    # document ids: Dakshina page id, UD/newspaper running index; the split hashes the id
    clean_sets: dict[str, dict[str, str]] = {
        "dakshina_wiki": dakshina_docs(data),
        "ud_hindi_pud": {str(i): t for i, t in enumerate(ud_docs(data))},
        "newspaper4k": {str(i): t for i, t in enumerate(newspaper_docs(data))},
    }

    def long_docs(name: str, docs: dict[str, str], short: Counter[str]) -> dict[str, str]:
        out = {}
        for i, d in docs.items():
            doc = Document(id=f"{name}/{i}", text=normalize(d), source=name)
            if length.decide(doc, ctx):
                short[name] += 1
                continue
            out[doc.id] = doc.text
        return out

    clean: dict[str, str] = {}
    short: Counter[str] = Counter()
    for name, docs in clean_sets.items():
        clean.update(long_docs(name, docs, short))
    # the clean-set rule (langid_excluded): documents the pipeline's langid stage would not pass as Hindi
    not_hindi = langid_excluded(clean)
    clean_all = dict(clean)
    clean = {k: v for k, v in clean.items() if k not in not_hindi}
    # sensitivity: the same pages with Dakshina's cross-page template strings kept
    raw_wiki = long_docs("dakshina_wiki_with_templates", dakshina_docs(data, drop_templates=False), Counter())
    raw_not_hindi = langid_excluded(raw_wiki)
    raw_wiki = {k: v for k, v in raw_wiki.items() if k not in raw_not_hindi}
    junk_sets = build_junk(data, list(clean_all.values()))  # the same junk with or without the rule
    junk = {f"{c}/{i}": normalize(t) for c, docs in junk_sets.items() for i, t in enumerate(docs)}

    ours_clean, sig_clean = shuddh_decide(clean)
    ours_junk, sig_junk = shuddh_decide(junk)
    everything = {**clean, **junk}
    dt = None if args.no_datatrove else run_datatrove(everything, args.dt_python)

    lines: list[str] = []
    w = lines.append
    w("# Quality filters: false drops on clean Hindi, catch rate on junk\n")
    w("Produced by `python benchmarks/bench_quality.py` (seeded; rerun to reproduce). shuddh runs "
      "`quality_signals` then `gopher_repetition`, `fineweb_quality`, `gopher_quality` (FineWeb-2's order) "
      "with the `hi` profile; datatrove 0.10 runs `GopherRepetitionFilter`, `FineWebQualityFilter`, "
      "`GopherQualityFilter` configured exactly as `fineweb-2-pipeline.py` does with `configs/hin_Deva.yml`. "
      "Every document is normalised first (`shuddh.text.normalize`) and must have at least 50 words "
      "(the length filter and Gopher's minimum, applied to both).\n")
    w("## Clean Hindi (target: false-drop rate ≤ 0.5% of documents)\n")
    w("Clean-set rule (stated before measuring, applied to every clean document alike; `langid_excluded`): a "
      "document that shuddh's `langid` stage, as configured in the default pipeline, does not keep as Hindi "
      "is left out — the pipeline drops it as `lang.<label>` before the quality filters run, so it cannot be "
      "a quality false drop. Dakshina's \"clean\" text is filtered by script share only. Excluded: "
      + (", ".join(f"{name} {sum(k.startswith(name + '/') for k in not_hindi)}" for name in clean_sets))
      + " (by label: " + ", ".join(f"`{r}` {n}" for r, n in Counter(not_hindi.values()).most_common())
      + "); their ids: " + ", ".join(sorted(not_hindi, key=lambda k: (k.split("/")[0], int(k.split("/")[1]))))
      + ". The rate without the rule is given below the table.\n")
    w("| set | documents ≥ 50 words | (shorter, left to the length filter) | shuddh dropped | shuddh rate | "
      "datatrove dropped | datatrove rate |")
    w("|---|---|---|---|---|---|---|")
    tot = totd = totdt = 0
    for name in clean_sets:
        keys = [k for k in clean if k.startswith(name + "/")]
        d = sum(ours_clean[k] is not None for k in keys)
        ddt = sum(dt[k] is not None for k in keys) if dt else 0
        tot += len(keys)
        totd += d
        totdt += ddt
        w(f"| {name} | {len(keys)} | {short[name]} | {d} | {d / max(1, len(keys)):.2%} | "
          f"{ddt if dt else 'n/a'} | {f'{ddt / max(1, len(keys)):.2%}' if dt else 'n/a'} |")
    w(f"| **all** | {tot} | {sum(short.values())} | {totd} | **{totd / max(1, tot):.2%}** | "
      f"{totdt if dt else 'n/a'} | {f'{totdt / max(1, tot):.2%}' if dt else 'n/a'} |\n")
    ours_all, _ = shuddh_decide(clean_all)
    na = sum(v is not None for v in ours_all.values())
    w(f"Without the clean-set rule: {na} of {len(clean_all)} dropped ({na / max(1, len(clean_all)):.2%}); "
      "tuning half " + ", held out ".join(
          f"{sum(ours_all[k] is not None for k in clean_all if half(k) == h)} of "
          f"{sum(half(k) == h for k in clean_all)}" for h in (0, 1)) + ".\n")
    w("shuddh drop reasons on clean text: " + (", ".join(
        f"`{r}` {n}" for r, n in Counter(v for v in ours_clean.values() if v).most_common()) or "none") + "\n")
    if dt:
        w("datatrove drop reasons on clean text: " + (", ".join(
            f"`{r}` {n}" for r, n in Counter(dt[k] for k in clean if dt[k]).most_common()) or "none") + "\n")

    w("## Junk built from real chrome (target: catch rate ≥ 95%)\n")
    w("| class | documents | shuddh caught | shuddh rate | datatrove caught | datatrove rate | shuddh reasons |")
    w("|---|---|---|---|---|---|---|")
    jt = jc = jdt = 0
    for cls in junk_sets:
        keys = [k for k in junk if k.startswith(cls + "/")]
        c = sum(ours_junk[k] is not None for k in keys)
        cdt = sum(dt[k] is not None for k in keys) if dt else 0
        jt += len(keys)
        jc += c
        jdt += cdt
        reasons = Counter(ours_junk[k] for k in keys if ours_junk[k]).most_common(3)
        w(f"| {cls} | {len(keys)} | {c} | {c / len(keys):.1%} | {cdt if dt else 'n/a'} | "
          f"{f'{cdt / len(keys):.1%}' if dt else 'n/a'} | {', '.join(f'`{r}` {n}' for r, n in reasons)} |")
    w(f"| **all** | {jt} | {jc} | **{jc / jt:.1%}** | {jdt if dt else 'n/a'} | "
      f"{f'{jdt / jt:.1%}' if dt else 'n/a'} | |\n")

    # stress: pages made of 2-3 copies of a few sentences (what repeat_min_count = 4 lets past the filters)
    cp = {f"copies/{i}": normalize(d) for i, d in enumerate(copies(list(clean_all.values())))}
    cr, _, ckept = shuddh_outcome(cp)
    by_filter = sum(1 for v in cr.values() if v and not v.startswith("dedup."))
    by_in_doc = sum(1 for v in cr.values() if v and v.startswith("dedup."))
    leaked = sum(1 for txt in ckept.values() if len(set(txt.split("\n"))) < len(txt.split("\n")))
    w(f"Stress set (not an issue class; `copies()`): {len(cp)} pages of one to three real sentences each "
      f"said 2-3 times, ≥ 50 words. Dropped by a quality filter: {by_filter}; dropped by `dedup_in_doc` "
      f"(fewer than 50 words once the copies are gone): {by_in_doc}; kept: {len(ckept)}, of which with a "
      f"copy left in the text: {leaked}.\n")

    # deterministic split: thresholds were tuned on half 0 ("tuning"); half 1 is held out
    w("## Tuning half vs held-out half\n")
    w("Split: `zlib.crc32(document id) % 2` (0 = tuning, 1 = held out), the same for clean and junk "
      "documents. Every threshold moved from FW2 was chosen on the tuning half; in round 3 the held-out "
      "half's remaining drops were already known (see Reading the numbers), so it is not blind for those.\n")
    w("| half | clean documents | shuddh false drops | rate | datatrove rate | junk documents | shuddh caught | "
      "rate | lowest class |")
    w("|---|---|---|---|---|---|---|---|---|")
    for h, label in ((0, "tuning"), (1, "held out")):
        ck = [k for k in clean if half(k) == h]
        jk = [k for k in junk if half(k) == h]
        cd = sum(ours_clean[k] is not None for k in ck)
        jc_h = sum(ours_junk[k] is not None for k in jk)
        per = {c: [k for k in jk if k.startswith(c + "/")] for c in junk_sets}
        low = min((sum(ours_junk[k] is not None for k in ks) / len(ks), c) for c, ks in per.items() if ks)
        dtr = f"{sum(dt[k] is not None for k in ck) / len(ck):.2%}" if dt else "n/a"
        w(f"| {label} | {len(ck)} | {cd} | {cd / len(ck):.2%} | {dtr} | {len(jk)} | {jc_h} | "
          f"{jc_h / len(jk):.1%} | {low[1]} {low[0]:.1%} |")
    w("")
    ours_raw, _ = shuddh_decide(raw_wiki)
    rd = sum(v is not None for v in ours_raw.values())
    w(f"Sensitivity, Dakshina pages **with** the cross-page template strings (text_freq > 1) kept "
      "(clean-set rule applied): "
      f"{rd} of {len(raw_wiki)} dropped ({rd / max(1, len(raw_wiki)):.2%}); reasons: " + ", ".join(
          f"`{r}` {n}" for r, n in Counter(v for v in ours_raw.values() if v).most_common()) + "\n")

    # each filter on its own (the pipeline reports only the first that drops)
    w("Each filter alone on the clean documents (a document can count under several): " + ", ".join(
        f"`{r}` {n}" for r, n in each_alone(clean).most_common()) + "\n")

    if dt:
        w("## Disagreements with datatrove (document counts by reason pair)\n")
        w("| set | shuddh | datatrove | documents | example id |")
        w("|---|---|---|---|---|")
        pairs: Counter[tuple[str, str, str]] = Counter()
        example: dict[tuple[str, str, str], str] = {}
        for k in everything:
            ours = (ours_clean.get(k) if k in clean else ours_junk.get(k))
            theirs = dt[k]
            if (ours is None) != (theirs is None):
                key = ("clean" if k in clean else k.split("/")[0], ours or "keep", theirs or "keep")
                pairs[key] += 1
                example.setdefault(key, k)
        for (s, o, t), n in pairs.most_common():
            w(f"| {s} | `{o}` | `{t}` | {n} | {example[(s, o, t)]} |")
        w("")

    # signal distribution on clean docs, for the thresholds that are ours or that we checked
    w("## Signal percentiles on the clean documents (evidence for thresholds)\n")
    w("| signal | min | p0.5 | p1 | p5 | median | p95 | p99 | max | threshold |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    prof = load_profile("hi")
    for signal, thr in [("letter_ratio", "min_letter_ratio"), ("alpha_words_ratio", "min_alpha_words_ratio"),
                     ("stopwords", "min_stopwords"), ("mean_word_length", "min_mean_word_length|max_mean_word_length"),
                     ("line_punct_ratio", "line_punct_thr"), ("newline_ratio", "new_line_ratio"),
                     ("char_dup_ratio", "char_dup_ratio"), ("dup_line_frac", "dup_line_frac"),
                     ("top_2gram_frac", "top_2gram_frac"), ("dup_5gram_frac", "dup_5gram_frac")]:
        vals = sorted(float(s[signal]) for s in sig_clean.values())
        def pct(p: float, vals: list[float] = vals) -> str:
            return f"{vals[min(len(vals) - 1, int(p * len(vals)))]:.3f}"
        tv = " / ".join(str(prof.threshold(t, "")) for t in thr.split("|"))
        w(f"| {signal} | {vals[0]:.3f} | {pct(0.005)} | {pct(0.01)} | {pct(0.05)} | {pct(0.5)} | {pct(0.95)} | "
          f"{pct(0.99)} | {vals[-1]:.3f} | {tv} |")
    w("")
    w("Junk signal medians: " + "; ".join(
        f"{cls}: letter_ratio {sorted(sig_junk[k]['letter_ratio'] for k in junk if k.startswith(cls + '/'))[PER_CLASS // 2]:.2f}, "  # noqa: E501
        f"stopwords {sorted(sig_junk[k]['stopwords'] for k in junk if k.startswith(cls + '/'))[PER_CLASS // 2]}"
        for cls in junk_sets) + "\n")

    # stop-word list ablation: FW2's 11 vs the profile's 42
    fw2_only = [k for k, s in {**sig_clean}.items() if s["stopwords"] < 2]
    w(f"Stop-word ablation: clean documents with < 2 distinct profile stop words: {len(fw2_only)}.\n")

    w(ANALYSIS)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
