"""Quality filters for the other Indic languages (and Hindi, as an independent check of its profile):
FineWeb-2's published settings (each profile's ``stopwords`` and ``[quality]`` table) against shuddh's
code defaults, on clean text and on junk built per language from the same text.

    python benchmarks/bench_quality_langs.py [--data ../shared/data] [--langs mr,bn,ur]

Writes ``benchmarks/results/quality_langs.md``. Needs the shared data folder (skips cleanly without
it). Seeded: same data, same numbers.

Clean documents (stated grouping): the sentences of FLORES-200 dev (file order: consecutive sentences
come from the same article) and of the Leipzig web sentences (shuffled with the seed first: the file is
sorted) are cut into consecutive runs of 8-15 sentences; a run is split into paragraphs of 2-4 sentences
(one paragraph per line, sentences joined by a space); a run shorter than 50 words takes further
paragraphs until it has 50; a tail that never reaches 50 words is not used. Each document goes through
``normalize`` then ``quality_signals``, ``gopher_repetition``, ``fineweb_quality``, ``gopher_quality``
(FineWeb-2's order) with the language's profile; a document is dropped by the first filter that drops it.

Junk (per language, PER_CLASS documents per class, each >= 50 words): repeated lines (1-3 of the
language's sentences, each 4-10 times), symbol soup (symbols, numbers, a few real words), tag clouds
(frequent content words, rank 51-550 by frequency in the language's sentences, joined by separators
without punctuation), menus (the profile's own chrome lexicon entries, one per line) and headline strips
(the first 3-8 words of sentences as titles, none holding a sentence end, 6-15 of them joined on a line
by " - ", "  ", " • ", " : " or " / ", 1-3 such lines).

"Code defaults" = the same profile with its ``stopwords`` list and ``[quality]`` table removed (what the
profiles held before FineWeb-2's settings were added): shuddh's built-in defaults and no stop-word rule.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import regex
from bench_quality import (  # benchmarks/ is on sys.path when run as a script
    half,
    repeated_lines,
    shuddh_decide,
    symbol_soup,
)

from shuddh.lang.profile import load_profile
from shuddh.text.normalize import normalize
from shuddh.text.segment import words

ROOT = Path(__file__).resolve().parents[1]
PROFILES = ROOT / "src/shuddh/lang/profiles"
SEED = 20240601
# 100 per class and language: 500 junk documents a language, 5,500 in all (a 1-document miss is 1%)
PER_CLASS = 100
MIN_WORDS = 50  # Gopher / FW2 minimum document length, applied to every document built here

#: shuddh profile -> (FLORES-200 file, Leipzig file or None)
LANGS: dict[str, tuple[str, str | None]] = {
    "hi": ("hin_Deva", "hi"),  # an independent check of the Hindi profile (its own benchmark: bench_quality.py)
    "mr": ("mar_Deva", "mr"), "ne": ("npi_Deva", None), "bn": ("ben_Beng", "bn"), "gu": ("guj_Gujr", "gu"),
    "pa": ("pan_Guru", "pa"), "or": ("ory_Orya", None), "ta": ("tam_Taml", "ta"), "te": ("tel_Telu", "te"),
    "kn": ("kan_Knda", None), "ml": ("mal_Mlym", None), "ur": ("urd_Arab", "ur"),
}  # fmt: skip
JUNK_CLASSES = ("repeated_lines", "symbol_soup", "tag_cloud", "menu", "headline_strip")
# stress class, reported apart from the target: headline strips whose titles are joined by " | ". In
# Devanagari, normalize turns "|" into a danda (DESIGN.md rule 4), so each title then ends a "sentence"
STRESS_CLASSES = ("headline_strip_bar",)

# ---------------------------------------------------------------------------------------------- clean


def read_sentences(data: Path, code: str) -> dict[str, list[str]]:
    flores, leipzig = LANGS[code]
    out = {"flores": [s.strip() for s in (data / f"flores200-dev/dev/{flores}.dev").read_text(
        encoding="utf-8").splitlines() if s.strip()]}
    if leipzig:
        f = data / f"leipzig-sentences-lingua/sentences/{leipzig}.txt"
        if f.is_file():
            sents = [s.strip() for s in f.read_text(encoding="utf-8").splitlines() if s.strip()]
            random.Random(f"{SEED}-leipzig-{code}").shuffle(sents)  # the file is sorted
            out["leipzig"] = sents
    return out


def group_documents(sents: list[str], rng: random.Random) -> list[str]:
    """Consecutive runs of 8-15 sentences, paragraphs of 2-4 sentences (one per line), >= 50 words."""
    docs: list[str] = []
    i = 0
    while i < len(sents):
        paras: list[str] = []
        target = rng.randint(8, 15)
        used = 0
        while i < len(sents) and (used < target or len(words("\n".join(paras))) < MIN_WORDS):
            k = rng.randint(2, 4)
            paras.append(" ".join(sents[i : i + k]))
            i += k
            used += k
        if len(words("\n".join(paras))) >= MIN_WORDS:
            docs.append("\n".join(paras))
    return docs


def clean_documents(data: Path, code: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for src, sents in read_sentences(data, code).items():
        rng = random.Random(f"{SEED}-group-{code}-{src}")
        for j, d in enumerate(group_documents(sents, rng)):
            out[f"{code}/{src}/{j}"] = normalize(d)
    return out


# ----------------------------------------------------------------------------------------------- junk

_SYMBOLS = list("★☆●■□▲►▼◆♦♥✓✔✗→←↑↓|/\\-_=+*#@$%&₹©®™§¶°±×÷~^<>[]{}()…•·")
_SENT_END_RE = regex.compile(r"[.?!।॥۔؟…]")
_EDGE_PUNCT_RE = regex.compile(r"[\p{P}\s]+$")


def chrome_entries(code: str) -> list[str]:
    """The profile's own chrome lexicon (exact and prefix phrases of its rules; not web-common's)."""
    with (PROFILES / f"{code}.toml").open("rb") as fh:
        data = tomllib.load(fh)
    out: list[str] = []
    for rule in data.get("chrome", {}).get("rules", []):
        for key in ("exact", "prefix"):
            out.extend(rule.get(key, []))
    return sorted(set(out))


def build_junk(code: str, sents: list[str]) -> dict[str, list[str]]:
    rng = random.Random(f"{SEED}-junk-{code}")
    usable = [s for s in sents if len(words(s)) >= 6]
    freq = Counter(w for s in sents for w in words(s) if not regex.fullmatch(r"\p{N}+", w))
    # the 50 most frequent words are function words; tags are content words (a stated, list-free rule)
    tags = [w for w, _ in freq.most_common(550)[50:]]
    menu = chrome_entries(code)
    junk: dict[str, list[str]] = {c: [] for c in (*JUNK_CLASSES, *STRESS_CLASSES)}

    def long_enough(build: Any) -> str:
        while True:
            doc = build()
            if len(words(doc)) >= MIN_WORDS:
                return str(doc)

    def repeated() -> str:
        return repeated_lines(rng, usable)

    def soup() -> str:
        return symbol_soup(rng, usable, _SYMBOLS)

    def cloud() -> str:
        sep = rng.choice([", ", " | ", " · ", " ", "\n"])
        return sep.join(rng.choices(tags, k=rng.randint(30, 80)))

    def menus() -> str:
        return "\n".join(rng.choices(menu, k=rng.randint(25, 60)))

    def title() -> str:
        # the first 3-8 tokens of a sentence, holding no sentence end (a title, not a sentence)
        while True:
            t: str = _EDGE_PUNCT_RE.sub("", " ".join(rng.choice(usable).split()[: rng.randint(3, 8)]))
            if t and not _SENT_END_RE.search(t):
                return t

    def strip(bar: bool = False) -> str:
        # separators that are no sentence end ("|" only in the stress class: see STRESS_CLASSES)
        sep = " | " if bar else rng.choice([" - ", "  ", " • ", " : ", " / "])
        return "\n".join(sep.join(title() for _ in range(rng.randint(6, 15))) for _ in range(rng.randint(1, 3)))

    for _ in range(PER_CLASS):
        junk["repeated_lines"].append(long_enough(repeated))
        junk["symbol_soup"].append(long_enough(soup))
        junk["tag_cloud"].append(long_enough(cloud))
        junk["menu"].append(long_enough(menus))
        junk["headline_strip"].append(long_enough(strip))
        junk["headline_strip_bar"].append(long_enough(lambda: strip(bar=True)))
    return junk


# ------------------------------------------------------------------------------------------ filtering


def defaults_profile(code: str, tmp: Path) -> str:
    """A copy of the profile without its ``stopwords`` list and ``[quality]`` table (the code defaults)."""
    text = (PROFILES / f"{code}.toml").read_text(encoding="utf-8")
    text = regex.sub(r"(?ms)^stopwords = \[.*?\]\n", "", text)
    text = regex.sub(r"(?ms)^\[quality\]\n.*?(?=^\[)", "", text)
    p = tmp / f"{code}.toml"
    p.write_text(text, encoding="utf-8")
    prof = load_profile(str(p))
    assert not prof.stopwords, code
    assert not prof.quality, code
    return str(p)


def decide(texts: dict[str, str], profile: str) -> tuple[dict[str, str | None], dict[str, dict[str, Any]], float]:
    """First drop reason of gopher_repetition, fineweb_quality, gopher_quality after the annotator (None =
    kept), the signals, and the CPU seconds (``time.process_time``, this process) spent."""
    t0 = time.process_time()
    reasons, sigs = shuddh_decide(texts, profile=profile)
    return reasons, sigs, time.process_time() - t0


def short(reason: str) -> str:
    return reason.replace("quality.", "")


def reasons_of(dec: dict[str, str | None], keys: list[str]) -> str:
    c = Counter(short(r) for k in keys if (r := dec[k]))
    return ", ".join(f"`{r}` {n}" for r, n in c.most_common()) or "—"


def rate(n: int, d: int) -> str:
    return f"{n}/{d} = {n / d:.1%}" if d else "n/a"


# ------------------------------------------------------------------------------------------------ main


def outdomain_rows() -> list[str]:
    """False drops on real running text outside FLORES/Leipzig (bench_chrome_sites.OUTDOMAIN, MahaNER aside)."""
    import bench_chrome_sites as bcs

    rows = []
    for name, docs in bcs.outdomain_sets().items():
        if name == "mr-mahaner":
            continue
        texts = {d.doc_id: normalize(d.text) for d in docs if len(d.text.split()) >= 50}
        if not texts:
            continue
        dec, _, _ = decide(texts, docs[0].profile)
        ks = list(texts)
        halves = [[k for k in ks if half(k) == h] for h in (0, 1)]
        rows.append(f"| {name} | {docs[0].profile} | {len(ks)} | "
                    + " | ".join(rate(sum(dec[k] is not None for k in hk), len(hk)) for hk in halves)
                    + f" | {reasons_of(dec, ks) or '—'} |")
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    ap.add_argument("--langs", default=",".join(LANGS), help="comma-separated profile codes")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/quality_langs.md")
    args = ap.parse_args()
    data: Path = args.data
    if not (data / "flores200-dev/dev").is_dir():
        print(f"shared data not found at {data}; skipping")
        return 0
    codes = [c for c in args.langs.split(",") if c]

    summary: list[str] = []
    detail: list[str] = []
    signals: list[str] = []
    cpu = 0.0
    ndocs = 0
    with tempfile.TemporaryDirectory() as tmpdir:
        for code in codes:
            clean = clean_documents(data, code)
            sents = [s for ss in read_sentences(data, code).values() for s in ss]
            junk_sets = build_junk(code, sents)
            junk = {f"{code}/{c}/{i}": normalize(t) for c, docs in junk_sets.items() for i, t in enumerate(docs)}
            fw2_c, sig_c, t1 = decide(clean, code)
            fw2_j, _, t2 = decide(junk, code)
            dflt = defaults_profile(code, Path(tmpdir))
            def_c, _, _ = decide(clean, dflt)
            def_j, _, _ = decide(junk, dflt)
            cpu += t1 + t2
            ndocs += len(clean) + len(junk)

            ck = list(clean)
            jk = [k for k in junk if k.split("/")[1] in JUNK_CLASSES]
            bar = [k for k in junk if k.split("/")[1] in STRESS_CLASSES]
            n_fw2 = sum(fw2_c[k] is not None for k in ck)
            n_def = sum(def_c[k] is not None for k in ck)
            halves = {h: [k for k in ck if half(k) == h] for h in (0, 1)}
            per_cls = {c: [k for k in jk if k.split("/")[1] == c] for c in JUNK_CLASSES}
            caught = sum(fw2_j[k] is not None for k in jk)
            caught_def = sum(def_j[k] is not None for k in jk)
            low = min((sum(fw2_j[k] is not None for k in ks) / len(ks), c) for c, ks in per_cls.items())
            fw2_file = LANGS[code][0]
            srcs = Counter(k.split("/")[1] for k in ck)
            summary.append(
                f"| {code} | `{fw2_file}` | {', '.join(f'{s} {n}' for s, n in srcs.items())} | "
                f"**{rate(n_fw2, len(ck))}** | "
                + " · ".join(str(sum(fw2_c[k] is not None for k in halves[h])) + "/" + str(len(halves[h]))
                             for h in (0, 1))
                + f" | {rate(n_def, len(ck))} | **{caught / len(jk):.1%}** | {low[1]} {low[0]:.0%} | "
                f"{caught_def / len(jk):.1%} | {rate(sum(fw2_j[k] is not None for k in bar), len(bar))} |")

            detail.append(f"### {code} ({load_profile(code).name}, FW2 `{fw2_file}`)\n")
            detail.append("| set | documents | FW2 settings: dropped | reasons | code defaults: dropped | reasons |")
            detail.append("|---|---|---|---|---|---|")
            for src in srcs:
                ks = [k for k in ck if k.split("/")[1] == src]
                detail.append(
                    f"| clean {src} | {len(ks)} | {rate(sum(fw2_c[k] is not None for k in ks), len(ks))} | "
                    f"{reasons_of(fw2_c, ks)} | {rate(sum(def_c[k] is not None for k in ks), len(ks))} | "
                    f"{reasons_of(def_c, ks)} |")
            for c, ks in {**per_cls, **{c: [k for k in bar if k.split("/")[1] == c] for c in STRESS_CLASSES}}.items():
                detail.append(
                    f"| junk {c} | {len(ks)} | {rate(sum(fw2_j[k] is not None for k in ks), len(ks))} | "
                    f"{reasons_of(fw2_j, ks)} | {rate(sum(def_j[k] is not None for k in ks), len(ks))} | "
                    f"{reasons_of(def_j, ks)} |")
            dropped_ids = [k for k in ck if fw2_c[k]]
            if dropped_ids:
                detail.append("\nClean documents dropped with FW2 settings (id: reason; tuning half = crc32 % 2 == 0): "
                              + "; ".join(f"`{k}` ({'tuning' if half(k) == 0 else 'held out'}): "
                                          f"{short(fw2_c[k] or '')}" for k in dropped_ids))
            detail.append("")

            def pc(key: str, p: float, *, s: dict[str, dict[str, Any]] = sig_c) -> str:
                vals = sorted(float(v[key]) for v in s.values())
                return f"{vals[min(len(vals) - 1, int(p * len(vals)))]:.3g}"

            prof = load_profile(code)
            signals.append(
                f"| {code} | {pc('stopwords', 0)} ({prof.threshold('min_stopwords', '')}) | "
                f"{pc('mean_word_length', 0)} – {pc('mean_word_length', 1)} "
                f"({prof.threshold('min_mean_word_length', '')} – {prof.threshold('max_mean_word_length', '')}) | "
                f"{pc('alpha_words_ratio', 0)} ({prof.threshold('min_alpha_words_ratio', '')}) | "
                f"{pc('line_punct_ratio', 0)} ({prof.threshold('line_punct_thr', '')}) | "
                f"{pc('newline_ratio', 1)} ({prof.threshold('new_line_ratio', '')}) | "
                f"{pc('top_2gram_frac', 1)} ({prof.threshold('top_2gram_frac', '')}) | "
                f"{pc('top_4gram_frac', 1)} ({prof.threshold('top_4gram_frac', '')}) | "
                f"{pc('dup_5gram_frac', 1)} ({prof.threshold('dup_5gram_frac', '')}) | "
                f"{pc('letter_ratio', 0)} |")
            print(summary[-1], flush=True)

    lines: list[str] = []
    w = lines.append
    w("# Quality filters for the other Indic languages: FineWeb-2 settings vs code defaults\n")
    w("Produced by `python benchmarks/bench_quality_langs.py` (seeded; rerun to reproduce). Each document is "
      "normalised (`shuddh.text.normalize`), then `quality_signals`, `gopher_repetition`, `fineweb_quality`, "
      "`gopher_quality` run with the language's profile (`src/shuddh/lang/profiles/<code>.toml`); the first "
      "filter that drops names the reason. **FW2 settings** = the profile as shipped (stop words and "
      "`[quality]` from FineWeb-2's `configs/<lang>.yml`, each value cited in the profile); **code defaults** = "
      "the same profile without its `stopwords` and `[quality]` (the state before: shuddh's built-in "
      "thresholds, no stop-word rule). Targets (as for Hindi, issue 3): false drops on clean text ≤ 0.5% of "
      "documents, junk catch ≥ 95%.\n")
    w("Clean text: FLORES-200 dev (professional translations of Wikinews/Wikivoyage/Wikibooks sentences) and, "
      "where the language exists, Leipzig web sentences (`leipzig-sentences-lingua`). Grouping: consecutive "
      "runs of 8–15 sentences (FLORES in file order; Leipzig shuffled with the seed, the file is sorted), "
      "one paragraph (line) per 2–4 sentences, extended to ≥ 50 words; a tail under 50 words is not used. "
      f"Junk: {PER_CLASS} documents per class and language, built from the same sentences (see the module "
      "docstring). Split for any tuning: `zlib.crc32(id) % 2` (0 = tuning, 1 = held out); junk is never "
      "used to choose a threshold.\n")
    w("## Per language\n")
    w("| lang | FW2 config | clean documents | false drops, FW2 settings | by half (tuning · held out) | "
      "false drops, code defaults | junk caught, FW2 settings | lowest class | junk caught, code defaults | "
      "stress: strips joined by \" \\| \", FW2 settings |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    lines.extend(summary)
    w("")
    w(f"CPU time (`time.process_time`, one core, machine shared with other jobs) of the annotator and the "
      f"three filters with FW2 settings: {cpu / max(1, ndocs) * 1000:.2f} ms per document "
      f"({ndocs} clean and junk documents).\n")
    w("## Real text from other sources (`lid-outdomain/`, dev/train files)\n")
    w("Whole source documents of >= 50 words (articles, stories; legal sentences in runs of 20), one sentence a "
      "line as the file holds them, through the same filters with the profile named. Every drop is a false "
      "drop, except that a document truncated by its source (the news set's excerpts end in \"...\") is fair "
      "game for the ellipsis rule, and < 50 words by shuddh's count is the length floor. Marathi MahaNER is "
      "left out: its sentences are tokens without punctuation.\n")
    w("| set | profile | documents | false drops, tuning half | held out | reasons (all) |")
    w("|---|---|---|---|---|---|")
    lines.extend(outdomain_rows())
    w("")
    w("## Signals on the clean documents (evidence; threshold in brackets)\n")
    w("Minimum of `stopwords` (distinct), `alpha_words_ratio`, `line_punct_ratio`, `letter_ratio`; "
      "min – max of `mean_word_length`; maximum of `newline_ratio`, `top_2gram_frac`, `top_4gram_frac`, "
      "`dup_5gram_frac`.\n")
    w("| lang | stopwords min | mean word length | alpha_words min | line_punct min | newline max | "
      "top_2gram max | top_4gram max | dup_5gram max | letter_ratio min |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    lines.extend(signals)
    w("")
    w("## Detail per language\n")
    lines.extend(detail)
    w(ANALYSIS)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


ANALYSIS = """## Reading the numbers (hand-written; update when the numbers move)

**Hindi (`hi`, first row) is here as an independent check** of its profile, which carries shuddh's
refinements (tuned in `bench_quality.py` on Wikipedia pages; "FW2 settings" means FW2 plus those here):
0 of 161 FLORES and Leipzig documents dropped. This check found a weakness the real-chrome benchmark did
not: the run-on rule (an unterminated line of ≥ 20 words, ≥ 30% stop words, reads as a sentence) let 83 of
100 built headline strips through — their titles are sentence openings, rich in postpositions, and two
spaces between titles collapse in `normalize`. Two rules in `hi.toml` (third round, evidence there) use a
closed list of clause-closing verbs and auxiliaries (`runon_markers`): a run-on line must also have ≥ 8%
of its words from it (strips kept 83 → 11), and a line of ≥ 4 danda-separated parts of which fewer than
25% hold one is a strip of titles, not sentences (`strip_*`: headline_strip_bar caught 0 → 61 of 100;
Hindi prose with the danda typed as "|" — FLORES and Tatoeba sentences, 300 documents — is all kept).
Neither changes a clean decision in either benchmark. Marathi has the strip rule too, with its own
closed list (`mr.toml`): strip_bar 3 → 69 of 100, clean unchanged. Nepali does not: its clause-closing
verbs are agglutinated (भरिन्छन्, हुनुपर्छ, गर्नुहोस्), so a word list covers 81% of FLORES sentences but
dropped 1 of 200 pipe-typed Nepali prose documents; it needs verb *endings* (-छ, -छन्, -यो, -होस्), not
done.

**Done: all 11 profiles** (mr, ne, bn, gu, pa, or, ta, te, kn, ml, ur) carry FineWeb-2's stop words and
thresholds, each cited in the profile; shuddh's Hindi-only refinements stay off for all of them (no
tuning-half evidence asked for one). One departure from FW2, with evidence in `te.toml`: Telugu's stop-word
list (FW2's 9 words come from village stubs and miss "మరియు" "and"; 20/78 tuning documents were dropped
for stop words, 18/79 held out) is extended with spaCy's Telugu list, taken whole: 1/78 tuning, 0/79 held
out. Terminal punctuation was checked per script: `॥` added to Marathi; the others were right (danda for
Devanagari, Bengali, Oriya, Gurmukhi; `۔ ؟` for Urdu; full stop for Gujarati, Tamil, Telugu, Kannada,
Malayalam). FW2's Urdu list holds the Arabic comma "،", which can never be a shuddh word: left out.

**Session 35: figures in sentences and a story's table, in every profile.** Three of Hindi's settings now hold for
all 11: `alpha_words_prose_numbers` (number-only words inside sentence lines are not counted against
`alpha_words_ratio`), `alpha_words_rows_prose_share = 0.25` (nor those of labelled table rows — a name and its
figures — when sentence lines hold at least a quarter of the words) and `min_letter_ratio = 0.5`. Why: a blind-written
Marathi market story with its rate table (page f69/01 of `benchmarks/labels/pages/`, a TUNE family) was dropped as
`gopher.alpha_words`, and the real Nepali news articles below lost 10 documents to it (figures in every sentence).
Measured here, before → after: clean false drops unchanged in every language; real Nepali news 23 → 15 (tuning half),
26 → 24 (held out), `gopher.alpha_words` 10 → 0; junk caught unchanged (100 %) except Tamil symbol soup 100 → 99 of
100. The first two alone let the symbol soup through (mr 91 %, ne 83 %, or 83 % of all junk): its lines end in a
sentence mark, so they read as prose and their numbers stopped counting; `min_letter_ratio` (Hindi's since issue 3:
letters at least half the non-space characters, clean minimum here 0.884) catches it instead.
Tamil's stop words also take "இந்த" with the consonant Tamil doubles after it ("இந்தப்", "இந்தக்", "இந்தச்",
"இந்தத்": one token each); a blind-written Tamil story (f71/03) with "இருந்து" and "இந்தப்" had been dropped as
`gopher.stopwords`. Tamil rows here unchanged (clean 0/159, junk 99.8 %, stop-word minimum 2).

**Junk catch ≥ 95%: met for every language** (100% with FW2 settings, Hindi 97.8%; code defaults 95.6–100%: the
stop-word rule is what catches the tag clouds that escape the line rule: Marathi 86 → 99 of 100, Nepali
79 → 100). The built junk is easy — synthetic classes built from clean sentences, not real chrome as in
the Hindi benchmark — so these rates are an upper bound. The stress class shows a real gap: headline strips
joined by " | " are caught in every non-Devanagari language but only 3% (Marathi) and 10% (Nepali) in
Devanagari, because `normalize` turns "|" into a danda there (DESIGN.md rule 4) and each 3–8-word title then
reads as a sentence. Hindi's `min_sentence_words = 2` targets 1-word menu items and would not catch these;
Hindi's and Marathi's strip rule (above: a sentence needs a clause-closing verb) now catches 61% / 69%;
Nepali would need verb endings rather than a list.

**False drops ≤ 0.5%: met (0 drops) for mr, ne, bn, pa, or, ta, kn; missed for gu, te, ml, ur.** Note the
resolution: with 77–159 documents per language one drop is 0.6–1.3%, and 0 of 77 only bounds the rate
below ~3.8% (95%); more clean text per language is needed to certify 0.5%.
* **gu 1/158 = 0.6% (held out, `dup_5gram`)**: two Leipzig sentences of a bot-made village stub
  ("… ભારત દેશના પશ્ચિમ ભાગમાં આવેલા ગુજરાત રાજ્યના મધ્ય ભાગમાં …") fell into one document and share a
  10-word template (dup_5gram 0.178 > 0.119) — a grouping artefact, and FW2's own target (its Gujarati stop
  words are village-stub words). Held out, so not tuned.
* **te 1/157 = 0.6% (tuning, `stopwords`)**: after the list change, one document of literary Telugu
  ("… పెరుగును. … కన్నబిడ్డలవలె పాలిస్తుంటే …") has 1 distinct stop word. Not moved further: lowering
  `min_stopwords` to 1 for one document would halve the rule for every Telugu page.
* **ml 1/77 = 1.3% (held out, `stopwords`)**: an 87-word FLORES document with none of FW2's 14 Malayalam
  stop words (the list misses "അത്", "എന്ന്", "കൂടാതെ", "അല്ലെങ്കിൽ", all frequent in FLORES). The code
  defaults drop it too (`mean_word_length` 10.1 > 10: shuddh's default maximum is far too low for
  Malayalam's long agglutinated words; FW2's 37 fixes that). Held out and 0 on the tuning half, so no
  change; a Malayalam list extended like Telugu's is the candidate once tuning evidence exists.
* **ur 7/155 = 4.5% (4 tuning, 3 held out; all `dup_{5..10}gram`)**: 6 are Leipzig documents holding the
  scraped site boilerplate "Read More Latest News from <place> (<state>) in Urdu بلاول زرداری کی کور
  کمانڈر کراچی سے ملاقات …" (47 of the 1,000 Leipzig Urdu lines contain "Read More"); in 5 of them it is
  what repeats (2–3 times) — chrome inside the "clean" set, rightly caught — and in the sixth one
  sentence occurs 3 times in the sample. The seventh, `ur/flores/7`, is a real false drop: two translated
  sentences share a 10-word phrase (dup_9gram 0.076 > FW2's 0.07). 31 of the 155 Urdu documents hold the
  boilerplate at least once; without them the rate is 1/124 = 0.8%. The code defaults (Gopher's
  0.15 … 0.10) drop 3. Not moved: Hindi's
  `repeat_min_count = 3` would rescue one tuning document, a boilerplate one (a correct drop), so the
  tuning half gives no evidence for it.

**Signals (table above).** FW2's mean-word-length ranges, alpha-word ratios, line-punctuation and list
thresholds leave wide margins on every clean document (e.g. the lowest `line_punct_ratio` is 0.4 for
Urdu against 0.238). The tight ones are the n-gram fractions tuned per language by FW2 (Marathi
top_2gram max 0.055 against 0.068) and the stop-word counts (bn, ta minimum 2 = the threshold).

**Left alone (code, not profiles):** `shuddh.quality.signals._INTERNAL_END_RE` recognises internal
sentence ends `. ? ! । ॥` but not Urdu `۔ ؟`, so an Urdu line whose last sentence lost its `۔` is not
read as prose (no clean Urdu document here was dropped for it). Langid was not run on these documents:
in the pipeline a document reaches its language's profile only when `langid` labels it so.
"""


if __name__ == "__main__":
    raise SystemExit(main())
