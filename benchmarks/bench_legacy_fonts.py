"""Legacy-font repair benchmark: conversion accuracy, detection recall, false detections.

Run from the repository root::

    python benchmarks/bench_legacy_fonts.py

Reads ``../shared/data`` (override with ``SHUDDH_DATA``); sections whose data is missing are
skipped. Writes ``benchmarks/results/legacy_fonts.md`` and prints it.

Sections
1. Word accuracy per font on ``legacy-font-pairs/krutiextract_pairs.tsv`` (``convert_legacy``
   with the gold font). Caveat: our maps are derived from krutiextract, whose own test corpus
   this is, so this table measures the port, not independent quality — see sections 2 and 4.
2. Independent KrutiDev check: FLORES hin_Deva dev and Dakshina Wikipedia sentences encoded to
   KrutiDev 010 by a *different* implementation (``hinlegacy``, optional; skipped if absent),
   then decoded by us: word accuracy on Devanagari words, and line-level detection recall.
3. False detections: share of lines ``detect_legacy`` flags on English, romanized Hindi,
   Hinglish, other Latin-script languages and Unicode Hindi (target <= 0.1 %).
4. Shusha documents: ``repair_legacy_text`` on each LTRC Shusha original (one file = one
   document) vs. its Unicode version in ``cltk-hindi-literature`` (aligned per work, not per
   line): word-multiset recall/precision and character 3-gram F1, before/after.
5. Mixed documents: negative lines (section 3's test sets, whole and in 1–3-word pieces)
   injected into the Shusha documents; share of them that ``repair_legacy_text`` changes.
"""

from __future__ import annotations

import gzip
import os
import random
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import regex

from shuddh.text.legacy import FONTS, convert_legacy, detect_legacy, repair_legacy_text

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("SHUDDH_DATA", ROOT.parent / "shared" / "data"))
OUT = ROOT / "benchmarks" / "results" / "legacy_fonts.md"

PAIR_FONTS = {
    "krutidev010/devlys010": "krutidev",
    "walkman-chanakya(ncert)": "walkman-chanakya",
    "chanakya": "chanakya",
    "shusha": "shusha",
    "shree-lipi": "shree-lipi",
    "aps-dv-priyanka": "aps",
    "aakriti": "aakriti",
}
DEVA_WORD = regex.compile(r"^[\p{Devanagari}&&[\p{L}\p{M}]]+$", regex.V1)
EDGE = regex.compile(r"^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$")
WORD = regex.compile(r"[\p{L}\p{M}]+")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def unquote(field: str) -> str:
    """The TSV was written with CSV quoting: ``"a""b"`` is ``a"b``."""
    if len(field) >= 2 and field[0] == '"' and field[-1] == '"':
        return field[1:-1].replace('""', '"')
    return field


def read_lines(path: Path, limit: int | None = None, col: int | None = None) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    out: list[str] = []
    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if col is not None:
                cols = line.split("\t")
                if len(cols) <= col:
                    continue
                line = cols[col]
            if line.strip():
                out.append(line)
            if limit and len(out) >= limit:
                break
    return out


def section_pairs(md: list[str]) -> None:
    path = DATA / "legacy-font-pairs" / "krutiextract_pairs.tsv"
    md.append("## 1. Word accuracy per font (`legacy-font-pairs`)\n")
    if not path.exists():
        md.append(f"_skipped: {path} not found_\n")
        return
    ok: Counter[str] = Counter()
    tot: Counter[str] = Counter()
    det: Counter[str] = Counter()
    for line in read_lines(path)[1:]:
        font_raw, legacy, uni = line.split("\t")
        font = PAIR_FONTS[font_raw]
        legacy, uni = unquote(legacy), nfc(unquote(uni))
        tot[font] += 1
        ok[font] += convert_legacy(legacy, font) == uni
        det[font] += detect_legacy(legacy).font == font
    md.append("| font | pairs | exact-match word accuracy | target | single-word detection |")
    md.append("|---|---:|---:|---|---:|")
    for font in FONTS:
        if tot[font]:
            target = "≥ 98 %" if font == "krutidev" else "—"
            md.append(f"| {font} | {tot[font]} | {100 * ok[font] / tot[font]:.1f} % | {target} "
                      f"| {100 * det[font] / tot[font]:.1f} % |")
    all_ok, all_tot = sum(ok.values()), sum(tot.values())
    md.append(f"| **all** | {all_tot} | {100 * all_ok / all_tot:.1f} % | | "
              f"{100 * sum(det.values()) / all_tot:.1f} % |")
    md.append("\nThe mapping tables are ported from krutiextract 1.6.1 (MIT), whose test corpus "
              "this is, so 100 % here shows a faithful port rather than independent accuracy. "
              "Single-word detection is low by design: isolated 1–3-word lines need every word "
              "valid, known and legacy-shaped, and many pairs are sub-word fragments "
              "(`Ø` = द्भ).\n")


def _deva_words(text: str) -> list[str]:
    out = []
    for tok in text.split():
        core = EDGE.sub("", tok)
        out.append(core if core and DEVA_WORD.match(core) else "")
    return out


def section_kruti_roundtrip(md: list[str]) -> None:
    md.append("## 2. Independent KrutiDev check (sentences encoded by `hinlegacy`)\n")
    try:
        import hinlegacy  # optional, benchmark-only dependency
    except ImportError:
        md.append("_skipped: `pip install hinlegacy` to run this section_\n")
        return
    sources = {
        "FLORES hin_Deva dev": DATA / "flores200-dev" / "dev" / "hin_Deva.dev",
        "Dakshina hi Wikipedia (first 2,000)": DATA / "dakshina-hi-dev" / "hi"
        / "native_script_wikipedia" / "hi.wiki-filt.valid.text.shuf.txt.gz",
    }
    md.append("hinlegacy's encoder leaves nukta letters (ड़, ज़ …) as Unicode, so the nukta is "
              "removed from the reference before encoding; sentences are otherwise unchanged. "
              "Accuracy counts Devanagari words of the reference (numbers, Latin and "
              "punctuation that KrutiDev cannot represent are excluded).\n")
    md.append("| source | lines | Devanagari words | word accuracy (gold font) | target | "
              "lines detected as krutidev | detected as other font |")
    md.append("|---|---:|---:|---:|---|---:|---:|")
    for name, path in sources.items():
        if not path.exists():
            md.append(f"| {name} | _missing_ | | | | | |")
            continue
        refs = [nfc(x).replace("\u093c", "") for x in read_lines(path, limit=2000)]
        words = ok = hit = other = 0
        for ref in refs:
            enc = hinlegacy.encode(ref, "krutidev_010")
            out = convert_legacy(enc, "krutidev")
            for a, b in zip(_deva_words(ref), _deva_words(out), strict=False):
                if a:
                    words += 1
                    ok += a == b
            d = detect_legacy(enc)
            hit += d.font == "krutidev"
            other += d.font not in (None, "krutidev")
        md.append(f"| {name} | {len(refs)} | {words} | {100 * ok / words:.2f} % | ≥ 98 % | "
                  f"{100 * hit / len(refs):.1f} % | {100 * other / len(refs):.2f} % |")
    md.append("")


def _negatives() -> dict[str, list[str]]:
    flores = DATA / "flores200-dev" / "dev"
    dak = DATA / "dakshina-hi-dev" / "hi"
    hing = DATA / "hinglish-codemixed"
    sets: dict[str, tuple[Path, int | None]] = {
        "FLORES eng_Latn dev": (flores / "eng_Latn.dev", None),
        "Dakshina hi romanized dev": (dak / "romanized" / "hi.romanized.rejoined.dev.roman.txt",
                                      None),
        "FLORES hin_Deva dev (Unicode)": (flores / "hin_Deva.dev", None),
        "Dakshina hi Wikipedia (Unicode, 20k lines)": (
            dak / "native_script_wikipedia" / "hi.wiki-filt.valid.text.shuf.txt.gz", None),
        "FLORES deu_Latn dev": (flores / "deu_Latn.dev", None),
        "FLORES fra_Latn dev": (flores / "fra_Latn.dev", None),
        "FLORES spa_Latn dev": (flores / "spa_Latn.dev", None),
        "Hinglish MT dev (Hinglish side)": (hing / "mt_enghinglish" / "dev.txt", 1),
        "Hinglish MT test (file holds the English side only)": (
            hing / "mt_enghinglish" / "test.txt", None),
        "Hinglish-TOP test (code-mixed side)": (hing / "hinglish_top_human" / "test.tsv", 1),
    }
    out: dict[str, list[str]] = {}
    for name, (path, col) in sets.items():
        if path.exists():
            limit = 20000 if "Wikipedia" in name else None
            lines = read_lines(path, limit=limit, col=col)
            if "TOP" in name:
                lines = lines[1:]  # header row
            out[name] = lines
        else:
            out[name] = []
    return out


def section_false_positives(md: list[str]) -> None:
    md.append("## 3. False detections (target ≤ 0.1 % of lines)\n")
    md.append("| negative set | lines | flagged | rate | target | CPU µs/line | examples |")
    md.append("|---|---:|---:|---:|---|---:|---|")
    for name, lines in _negatives().items():
        if not lines:
            md.append(f"| {name} | _missing_ | | | | | |")
            continue
        t0 = time.process_time()  # CPU time: the machine's 2 cores are shared
        flagged = [(ln, detect_legacy(ln)) for ln in lines]
        dt = (time.process_time() - t0) / len(lines) * 1e6
        bad = [(ln, d) for ln, d in flagged if d.font is not None]
        rate = 100 * len(bad) / len(lines)
        ex = "; ".join(f"`{ln[:40]}` → {d.font}" for ln, d in bad[:2]) or "—"
        verdict = "✅" if rate <= 0.1 else "❌"
        md.append(f"| {name} | {len(lines)} | {len(bad)} | {rate:.3f} % {verdict} | ≤ 0.1 % "
                  f"| {dt:.0f} | {ex} |")
    md.append("")


def _read_work(files: Iterable[Path], encoding: str) -> str:
    parts = []
    for f in files:
        parts.append(f.read_bytes().decode(encoding, errors="replace"))
    return "\n".join(parts)


# Work folder in original_classical_hindi_data → Unicode counterpart(s) in the corpus root.
SHUSHA_WORKS = {
    "Cakra": ["cakra"],
    "Kabeera": ["Kabeera"],
    "Meera/bjn": ["Meera/bjn"],
    "Meera/bjnm": ["Meera/bjnm"],
    "Rahima": ["Rahima"],
    "miscellaneous/Uddhav": ["miscellaneous/Uddhav"],
    "miscellaneous/gandhi": ["miscellaneous/gandhi"],
    "miscellaneous/kamayani": ["miscellaneous/kamayani"],
    "miscellaneous/seva": ["miscellaneous/seva"],
    "miscellaneous/skgt": ["miscellaneous/skgt"],
    "miscellaneous/vaktavya": ["miscellaneous/vaktavya"],
    "tulasidaas/KV": ["tulasidaas/KV"],
}


def _ngrams(words: list[str], n: int = 3) -> Counter[str]:
    c: Counter[str] = Counter()
    for w in words:
        padded = f" {w} "
        for i in range(len(padded) - n + 1):
            c[padded[i:i + n]] += 1
    return c


# Measured at commit 5f35adc (before the LTRC glyph additions and document context), same
# scoring: work -> (word recall with repair, word recall with the font given).
BEFORE = {
    "Cakra": (65.6, 80.5), "Kabeera": (27.0, 38.6), "Meera/bjn": (27.6, 82.9),
    "Meera/bjnm": (15.9, 35.8), "Rahima": (21.2, 34.1), "miscellaneous/Uddhav": (15.5, 76.9),
    "miscellaneous/gandhi": (73.0, 89.7), "miscellaneous/kamayani": (61.7, 82.7),
    "miscellaneous/seva": (33.8, 42.7), "miscellaneous/skgt": (55.5, 80.9),
    "miscellaneous/vaktavya": (63.5, 82.3), "tulasidaas/KV": (14.7, 45.8),
}
BEFORE_ALL = (39.8, 54.6)


def _shusha_files(work: str) -> list[Path]:
    orig = DATA / "cltk-hindi-literature" / "original_classical_hindi_data"
    return sorted((orig / work).glob("*.parsed"), key=lambda p: p.name)


def section_shusha_docs(md: list[str]) -> None:
    base = DATA / "cltk-hindi-literature"
    orig = base / "original_classical_hindi_data"
    md.append("## 4. Shusha documents (`cltk-hindi-literature`, aligned per work)\n")
    if not orig.exists():
        md.append("_skipped: corpus not found_\n")
        return
    md.append("Each `*.parsed` Shusha file is one document (as one record in the pipeline) and "
              "goes through `repair_legacy_text` (per-line detection + document context); for "
              "reference the whole work also goes through `convert_legacy(…, 'shusha')` (font "
              "given). Compared with the work's Unicode `main.txt`, aligned per work: word "
              "recall = share of the Unicode side's word multiset found in ours; word precision "
              "= share of ours found in the Unicode side; chr-3-gram F1 over words. 'before' = "
              "commit 5f35adc. Raw Shusha bytes score 0 %.\n")
    md.append("| work | Shusha lines | lines converted by repair | word recall (repair) before → "
              "after | word recall (font given) before → after | word precision (font given) | "
              "chr-3-gram F1 (font given) |")
    md.append("|---|---:|---:|---:|---:|---:|---:|")
    tot_w = tot_rep = tot_given = 0.0
    for work, uni_dirs in SHUSHA_WORKS.items():
        files = _shusha_files(work)
        uni_files = [base / d / "main.txt" for d in uni_dirs if (base / d / "main.txt").exists()]
        if not files or not uni_files:
            continue
        docs = [f.read_bytes().decode("latin-1") for f in files]
        legacy = "\n".join(docs)
        unicode_text = nfc(_read_work(uni_files, "utf-8"))
        n_conv = 0
        repaired_docs = []
        for doc in docs:
            fixed, n = repair_legacy_text(doc)
            repaired_docs.append(fixed)
            n_conv += n
        repaired = "\n".join(repaired_docs)
        given = convert_legacy(legacy, "shusha")
        ref_words = WORD.findall(unicode_text)
        ref = Counter(ref_words)
        ref_total = sum(ref.values())

        def recall(text: str, ref: Counter[str] = ref, ref_total: int = ref_total) -> float:
            got = Counter(WORD.findall(text))
            return sum((got & ref).values()) / ref_total

        def precision(text: str, ref: Counter[str] = ref) -> float:
            got = Counter(WORD.findall(text))
            return sum((got & ref).values()) / max(1, sum(got.values()))

        def f1(text: str, ref_words: list[str] = ref_words) -> float:
            a, b = _ngrams(WORD.findall(text)), _ngrams(ref_words)
            inter = sum((a & b).values())
            p = inter / max(1, sum(a.values()))
            r = inter / max(1, sum(b.values()))
            return 2 * p * r / (p + r) if p + r else 0.0

        n_lines = sum(1 for ln in legacy.splitlines() if ln.strip())
        r_rep, r_given = recall(repaired), recall(given)
        tot_w += ref_total
        tot_rep += r_rep * ref_total
        tot_given += r_given * ref_total
        b_rep, b_given = BEFORE.get(work, (float("nan"), float("nan")))
        md.append(f"| {work} | {n_lines} | {n_conv} | {b_rep:.1f} → {100 * r_rep:.1f} % | "
                  f"{b_given:.1f} → {100 * r_given:.1f} % | {100 * precision(given):.1f} % | "
                  f"{100 * f1(given):.1f} % |")
    if tot_w:
        md.append(f"| **all (word-weighted)** | | | {BEFORE_ALL[0]:.1f} → "
                  f"{100 * tot_rep / tot_w:.1f} % | {BEFORE_ALL[1]:.1f} → "
                  f"{100 * tot_given / tot_w:.1f} % | | |")
    md.append("\nThe recall ceiling is set by the references, not the converter: Kabeera's "
              "`main.txt` is a different selection of dohas than the Shusha Granthavali, seva's "
              "holds about twice the words of the Shusha files, KV's a fifth; and the Unicode "
              "side keeps unconverted glyphs (`Ý` for ौ appears ~1,500 times), so mapping `Ý` "
              "costs Uddhav some matches. Lines still left alone by repair: lowercase-only lines "
              "(`rama`, `naama`) carry no legacy-shaped token, which document context requires "
              "(section 5 shows why).\n")


def _fragments(lines: list[str], rnd: random.Random) -> list[str]:
    """Cut lines into 1–3-word pieces: the short lines (menus, captions) of a real page."""
    out = []
    for line in lines:
        words = line.split()
        i = 0
        while i < len(words):
            k = rnd.randint(1, 3)
            out.append(" ".join(words[i:i + k]))
            i += k
    return out


def section_mixed_docs(md: list[str]) -> None:
    md.append("## 5. Mixed documents: negative lines inside legacy documents (target ≤ 0.1 %)\n")
    negs = _negatives()
    picked = ["FLORES eng_Latn dev", "Dakshina hi romanized dev", "Hinglish MT dev (Hinglish side)"]
    rnd = random.Random(0)
    pool: list[tuple[str, str]] = []
    for name in picked:
        lines = negs.get(name, [])
        pool += [(name, ln) for ln in lines]
        pool += [(name + " (1–3-word pieces)", ln) for ln in _fragments(lines, rnd)]
    if not pool or not _shusha_files("Cakra"):
        md.append("_skipped: data not found_\n")
        return
    rnd.shuffle(pool)
    md.append("Document context converts more lines of a document whose other lines are legacy, "
              "so it is tested where it is riskiest: every 5th line of each Shusha document of "
              "section 4 is followed by a negative line (whole lines and 1–3-word pieces of the "
              "test negatives of section 3) and we count injected lines that `repair_legacy_text` "
              "changed. The rule was tuned on other data (Leipzig English sentences, words and "
              "word pairs; Tatoeba English; Hinglish-TOP train; each whole and in pieces).\n")
    changed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    examples: list[str] = []
    for work in SHUSHA_WORKS:
        for f in _shusha_files(work):
            lines = f.read_bytes().decode("latin-1").split("\n")
            mixed: list[str] = []
            injected: list[tuple[int, str]] = []
            for j, line in enumerate(lines):
                mixed.append(line)
                if j % 5 == 4 and pool:
                    name, neg = pool.pop()
                    injected.append((len(mixed), name))
                    mixed.append(neg)
            out = repair_legacy_text("\n".join(mixed))[0].split("\n")
            for k, name in injected:
                total[name] += 1
                if out[k] != mixed[k]:
                    changed[name] += 1
                    if len(examples) < 3:
                        examples.append(f"`{mixed[k][:40]}` → `{out[k][:40]}`")
    md.append("| injected negative lines | lines | changed | rate | target |")
    md.append("|---|---:|---:|---:|---|")
    for name in sorted(total):
        rate = 100 * changed[name] / total[name]
        verdict = "✅" if rate <= 0.1 else "❌"
        md.append(f"| {name} | {total[name]} | {changed[name]} | {rate:.3f} % {verdict} | ≤ 0.1 % |")
    md.append(f"\nExamples: {'; '.join(examples) or '—'}\n")


def section_web_pages(md: list[str]) -> None:
    md.append("## 6. Real web pages in Latin script (wcxb-dev): lines converted (target 0)\n")
    root = DATA / "wcxb-dev" / "html"
    if not root.is_dir():
        md.append("_skipped: wcxb-dev not found_\n")
        return
    from shuddh.document import Document
    from shuddh.io.html import page_to_document

    pages = sorted(root.glob("*.html.gz"))
    texts: list[str] = []
    for page in pages:
        item = page_to_document(gzip.decompress(page.read_bytes()), doc_id=page.name, source=page.name,
                                position="file")
        if isinstance(item, Document):
            texts.append(item.text)
    t0 = time.process_time()
    converted: list[tuple[str, str]] = []
    for text in texts:
        out, n = repair_legacy_text(text)
        if n:
            converted += [(a, b) for a, b in zip(text.split("\n"), out.split("\n"), strict=True) if a != b]
    dt = (time.process_time() - t0) / max(1, len(texts)) * 1000
    md.append("Every page of wcxb-dev (mostly English; French, German, Spanish … too), extracted by the default "
              "engine, through `repair_legacy_text` as `normalize` runs it: any converted line is a false "
              "conversion. Until 2026-12-04 six were converted (\"Jump to navigationJump to search\" as Aakriti, "
              "\"1 of 5 stars2 of 5 stars…\", \"Matière de la cuve\", a user name); a document of Latin-script "
              "prose now has only its long, strongly legacy-shaped lines detected on their own "
              "(`text/legacy/__init__.py`, `_latin_prose`).\n")
    md.append("| pages | lines converted | CPU ms per page |")
    md.append("|---:|---:|---:|")
    md.append(f"| {len(texts)} | {len(converted)} | {dt:.2f} |")
    ex = "; ".join(f"`{a[:40]}` → `{b[:40]}`" for a, b in converted[:3]) or "—"
    md.append(f"\nExamples: {ex}\n")


def main() -> int:
    t0 = time.perf_counter()
    c0 = time.process_time()
    md = ["# Legacy-font repair benchmark\n",
          "Command: `python benchmarks/bench_legacy_fonts.py` (from the repository root; data "
          f"from `{os.path.relpath(DATA, ROOT)}`). Python {sys.version.split()[0]}.\n"]
    random.seed(0)
    section_pairs(md)
    section_kruti_roundtrip(md)
    section_false_positives(md)
    section_shusha_docs(md)
    section_mixed_docs(md)
    section_web_pages(md)
    md.append(f"_Total run time: {time.perf_counter() - t0:.0f} s wall, "
              f"{time.process_time() - c0:.0f} s CPU (one core)._\n")
    text = "\n".join(md)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
