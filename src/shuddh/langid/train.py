"""Rebuild the shipped language-ID model from the shared data.

Usage::

    python -m shuddh.langid.train [--data DIR] [--out PATH] [--bits 18] [--epochs 6]

``--data`` defaults to ``$SHUDDH_SHARED_DATA`` or ``../shared/data`` relative to the working directory;
``--out`` to ``src/shuddh/langid/models/langid.npz`` inside the package. Only numpy is needed. The run is
deterministic by construction (fixed shuffling seed, no threads, no RNG elsewhere, temperatures from a
fixed grid); rebuilt by hand the output was byte-identical to the shipped ``langid.npz`` (2026-11-28,
and 2026-12-03 for the issue-14 model: ~9 min of wall time on the shared 2-core machine, ~4.5 min CPU).
No automated test checks this (a rebuild takes minutes of CPU).

Training: for each script group (Devanagari, Latin, Bengali–Assamese, Arabic), multinomial logistic
regression on the hashed features of :mod:`shuddh.langid._features`, fitted by mini-batch AdaGrad with
L2 regularisation and class-balanced example weights; then one temperature per group (dividing the scores
before the softmax) is fitted on the held-out and tuning-only sources of
:func:`shuddh.langid._data.calibration_sources`. The data, the held-out split and the leak filter are in
:mod:`shuddh.langid._data`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import regex

from shuddh.langid import _data, _features
from shuddh.langid._model import DEFAULT_MODEL_PATH, GROUPS, WORD_GROUP, WORD_LABELS, LanguageIdentifier
from shuddh.text.scripts import SCRIPTS, codepoints, letter_counts, script_ids

__all__ = ["TrainConfig", "fit_group", "fragment", "main", "train", "word_training_data"]

#: Hash space: 2**18 buckets per script group. Chosen for size: 18 label columns × 2**18 × 2 bytes
#: (float16) ≈ 9 MB before compression, under the 20 MB budget with room to spare. Larger spaces were
#: not evaluated; with 2**18 every held-out accuracy target is already met (benchmarks/results/langid.md).
DEFAULT_BITS = 18


class TrainConfig:
    """Optimisation settings; defaults are the ones the shipped model was trained with.

    * ``epochs`` 6 and ``lr`` 0.4: AdaGrad on unit-length feature vectors; 10 epochs moved held-out ILI
      macro-F1 by only +0.001 in our runs.
    * ``l2`` 1e-6: per-update weight decay on touched rows; mostly keeps rare hashed buckets small.
    * ``batch`` 256 examples per update.
    * ``balance`` 0.5: example weight ∝ (class count) ** -0.5, halfway between the natural class mix
      (Hindi is ~5× more frequent than any dialect in the training data) and fully balanced classes;
      0.8 gave the same ILI macro-F1 (±0.001) in our runs. ``balance_by_group`` overrides it per script
      group: Devanagari is fully balanced (1.0) since issue 14, because the classes now differ by up to
      5× (Magahi and Braj gained KMI data, Bhojpuri and Maithili none) and at 0.5 the out-of-domain
      Magahi YouTube documents went to Hindi more often (0.43 vs 0.35) with the same Bhojpuri recall.
    """

    def __init__(
        self,
        *,
        bits: int = DEFAULT_BITS,
        epochs: int = 6,
        lr: float = 0.4,
        l2: float = 1e-6,
        batch: int = 256,
        balance: float = 0.5,
        balance_by_group: dict[str, float] | None = None,
        seed: int = 0,
    ) -> None:
        self.bits, self.epochs, self.lr, self.l2 = bits, epochs, lr, l2
        self.batch, self.balance, self.seed = batch, balance, seed
        self.balance_by_group = dict(balance_by_group) if balance_by_group is not None else {"Deva": 1.0}

    def for_group(self, group: str) -> TrainConfig:
        """These settings with ``balance`` set for ``group``."""
        return TrainConfig(
            bits=self.bits, epochs=self.epochs, lr=self.lr, l2=self.l2, batch=self.batch,
            balance=self.balance_by_group.get(group, self.balance), balance_by_group={}, seed=self.seed,
        )  # fmt: skip

    def as_dict(self) -> dict[str, Any]:
        """Settings as a JSON-able dict (stored in the model's metadata)."""
        return {
            "bits": self.bits, "epochs": self.epochs, "lr": self.lr, "l2": self.l2,
            "batch": self.batch, "balance": self.balance, "balance_by_group": dict(self.balance_by_group),
            "seed": self.seed,
        }  # fmt: skip


def fit_group(
    texts: Sequence[str], labels: Sequence[int], n_labels: int, cfg: TrainConfig, *, prepared: bool = False
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """Fit softmax regression on hashed features; returns ``(W [2**bits, n_labels], b [n_labels])``.

    ``prepared``: the texts are already :func:`shuddh.langid._features.feature_string` outputs.
    """
    feats = _features.extract(texts, cfg.bits, prepared=prepared)
    order = np.argsort(feats.rows, kind="stable")
    index = feats.index[order]
    value = feats.value[order]
    indptr = np.concatenate(([0], np.cumsum(np.bincount(feats.rows, minlength=feats.n_rows))))
    y = np.asarray(labels, dtype=np.int64)
    usable = np.flatnonzero(np.diff(indptr) > 0)
    class_n = np.bincount(y[usable], minlength=n_labels).astype(np.float64)
    class_w = np.where(class_n > 0, np.maximum(class_n, 1.0) ** -cfg.balance, 0.0)
    sample_w = class_w[y]
    sample_w *= usable.size / sample_w[usable].sum()

    dim = 1 << cfg.bits
    w = np.zeros((dim, n_labels), dtype=np.float32)
    g2 = np.full((dim, n_labels), 1e-6, dtype=np.float32)
    b = np.zeros(n_labels, dtype=np.float32)
    bg2 = np.full(n_labels, 1e-6, dtype=np.float32)
    rng = np.random.default_rng(cfg.seed)
    for _epoch in range(cfg.epochs):
        perm = usable[rng.permutation(usable.size)]
        for start in range(0, perm.size, cfg.batch):
            rows = perm[start : start + cfg.batch]
            lens = indptr[rows + 1] - indptr[rows]
            seg = np.repeat(np.arange(rows.size), lens)
            pos = np.repeat(indptr[rows] - np.concatenate(([0], np.cumsum(lens)[:-1])), lens) + np.arange(
                lens.sum()
            )
            idx = index[pos]
            val = value[pos]
            uniq, inv = np.unique(idx, return_inverse=True)
            wu = w[uniq]
            contrib = wu[inv] * val[:, None]
            logits = (
                np.stack(
                    [np.bincount(seg, weights=contrib[:, c], minlength=rows.size) for c in range(n_labels)],
                    axis=1,
                )
                + b
            )
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(rows.size), y[rows]] -= 1.0
            d = p * sample_w[rows][:, None]
            gfeat = d[seg] * val[:, None]
            grad = np.stack(
                [np.bincount(inv, weights=gfeat[:, c], minlength=uniq.size) for c in range(n_labels)], axis=1
            ).astype(np.float32)
            grad += cfg.l2 * wu
            g2[uniq] += grad * grad
            w[uniq] = wu - cfg.lr * grad / np.sqrt(g2[uniq])
            gb = d.sum(axis=0).astype(np.float32)
            bg2 += gb * gb
            b -= cfg.lr * gb / np.sqrt(bg2)
    return w, b


def _group_of(text: str) -> str | None:
    counts = letter_counts(text)
    if counts.sum() == 0:
        return None
    return SCRIPTS[int(np.argmax(counts))]


_WORD = regex.compile(r"[\p{L}\p{M}]+")
#: Fragments added for short-text robustness have 2…6 words (``_FRAG_MIN`` + bucket % ``_FRAG_SPAN``):
#: web lines (menus, captions, chat) are often that short, while every labelled source is sentences.
_FRAG_MIN, _FRAG_SPAN = 2, 5
#: Only sentences with at least this many words get a fragment (shorter ones are fragments already).
_FRAG_FROM_WORDS = 8


def _stable_int(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def fragment(text: str) -> str | None:
    """A deterministic 2–6-word window of ``text`` (None if it has fewer than 8 words)."""
    words = _WORD.findall(text)
    if len(words) < _FRAG_FROM_WORDS:
        return None
    h = _stable_int(text)
    k = _FRAG_MIN + h % _FRAG_SPAN
    start = (h >> 16) % (len(words) - k + 1)
    return " ".join(words[start : start + k])


def word_training_data(
    examples: Sequence[_data.Example], lexicon: Sequence[str]
) -> tuple[list[str], list[int]]:
    """Latin word types labelled 0 = English, 1 = romanized Hindi, by relative corpus frequency.

    A type is English when its frequency per token in the English sentences exceeds its frequency in
    the romanized-Hindi sentences (Dakshina roman + the roman side of the Dakshina lexicon), both with
    add-one smoothing. So "movie" and "phone" (loans, much more frequent in English text) are English,
    "hai", "mein", "kar" are Hindi, and ambiguous "to"/"me" go where they are more frequent.
    """
    en: Counter[str] = Counter()
    hi: Counter[str] = Counter()
    for ex in examples:
        if ex.source in _data.ENGLISH_SOURCES:
            en.update(w.lower() for w in _WORD.findall(ex.text))
        elif ex.source in _data.ROMAN_HINDI_SOURCES:
            hi.update(w.lower() for w in _WORD.findall(ex.text))
    hi.update(w.lower() for w in lexicon)
    n_en, n_hi = sum(en.values()) + 1, sum(hi.values()) + 1
    texts: list[str] = []
    labels: list[int] = []
    for word in sorted(set(en) | set(hi)):
        if len(word) < 2 or not all(SCRIPTS[int(s)] == "Latn" for s in _word_scripts(word)):
            continue
        texts.append(word)
        labels.append(0 if (en[word] + 1) / n_en > (hi[word] + 1) / n_hi else 1)
    return texts, labels


def _word_scripts(word: str) -> npt.NDArray[np.uint8]:
    return script_ids(codepoints(word))[0]


def train(
    examples: Sequence[_data.Example],
    cfg: TrainConfig,
    *,
    lexicon: Sequence[str] = (),
    log: bool = True,
) -> LanguageIdentifier:
    """Train every script group's model, and the Latin word model, from ``examples``."""
    weights: dict[str, npt.NDArray[np.float32]] = {}
    biases: dict[str, npt.NDArray[np.float32]] = {}
    per_group: dict[str, Counter[str]] = {g: Counter() for g in GROUPS}
    buckets: dict[str, tuple[list[str], list[int]]] = {g: ([], []) for g in GROUPS}
    for ex in examples:
        group = _group_of(ex.text)
        if group not in GROUPS or ex.label not in GROUPS[group]:
            continue  # e.g. an English sentence that is mostly digits, or a script we decide by rule
        buckets[group][0].append(_features.feature_string(ex.text))
        buckets[group][1].append(GROUPS[group].index(ex.label))
        per_group[group][ex.label] += 1
        frag = fragment(ex.text)
        if frag is not None:
            buckets[group][0].append(_features.feature_string(frag))
            buckets[group][1].append(GROUPS[group].index(ex.label))
    for group, (texts, ys) in buckets.items():
        t0 = time.perf_counter()
        weights[group], biases[group] = fit_group(texts, ys, len(GROUPS[group]), cfg.for_group(group), prepared=True)
        if log:
            _say(f"{group}: {len(texts)} texts {dict(per_group[group])} in {time.perf_counter() - t0:.1f}s")
    wtexts, wlabels = word_training_data(examples, lexicon)
    t0 = time.perf_counter()
    weights[WORD_GROUP], biases[WORD_GROUP] = fit_group(wtexts, wlabels, len(WORD_LABELS), cfg)
    if log:
        _say(
            f"words: {len(wtexts)} types ({sum(1 for y in wlabels if y == 0)} English) "
            f"in {time.perf_counter() - t0:.1f}s"
        )
    meta = {
        "format": 1,
        "word_labels": list(WORD_LABELS),
        "bits": cfg.bits,
        "groups": {g: list(v) for g, v in GROUPS.items()},
        "train_config": cfg.as_dict(),
        "train_counts": {g: dict(sorted(c.items())) for g, c in per_group.items()},
        "min_confidence": {},
    }
    return LanguageIdentifier(weights, biases, meta)


#: Temperatures tried when calibrating (a grid keeps the fit deterministic and byte-reproducible).
TEMPERATURE_GRID = tuple(round(0.5 + 0.05 * i, 2) for i in range(111))  # 0.50 … 6.00


def fit_temperature(scores: npt.NDArray[np.float32], gold: npt.NDArray[np.int64]) -> float:
    """The temperature of :data:`TEMPERATURE_GRID` minimising the mean negative log-likelihood of ``gold``
    under ``softmax(scores / T)`` (temperature scaling, Guo et al. 2017)."""
    best, best_nll = 1.0, float("inf")
    s64 = scores.astype(np.float64)
    rows = np.arange(gold.size)
    for t in TEMPERATURE_GRID:
        z = s64 / t
        z -= z.max(axis=1, keepdims=True)
        nll = float(np.mean(np.log(np.exp(z).sum(axis=1)) - z[rows, gold]))
        if nll < best_nll - 1e-12:
            best, best_nll = t, nll
    return best


def calibration_scores(
    model: LanguageIdentifier, sources: Sequence[_data.Source]
) -> dict[str, tuple[npt.NDArray[np.float32], npt.NDArray[np.int64], npt.NDArray[np.int64]]]:
    """Per script group: raw scores (temperature 1), gold label indices and source numbers of the lines
    of ``sources`` whose dominant script is the group's and whose label is one of the group's."""
    texts: dict[str, list[str]] = {g: [] for g in GROUPS}
    gold: dict[str, list[int]] = {g: [] for g in GROUPS}
    src_no: dict[str, list[int]] = {g: [] for g in GROUPS}
    for k, src in enumerate(sources):
        for text in src.lines:
            group = _group_of(text)
            if group in GROUPS and src.label in GROUPS[group]:
                texts[group].append(text)
                gold[group].append(GROUPS[group].index(src.label))
                src_no[group].append(k)
    out = {}
    for g in GROUPS:
        if texts[g]:
            raw = model._scores(texts[g], g) * np.float32(model._temperature.get(g, 1.0))
            out[g] = (raw, np.array(gold[g], dtype=np.int64), np.array(src_no[g], dtype=np.int64))
    return out


def _say(*parts: object, file: Any = None) -> None:
    """Progress output of the training CLI (stdout unless ``file`` is given)."""
    (file or sys.stdout).write(" ".join(map(str, parts)) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m shuddh.langid.train", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data", default=None, help="shared data dir (default $SHUDDH_SHARED_DATA or ../shared/data)"
    )
    parser.add_argument("--out", default=str(DEFAULT_MODEL_PATH), help="output .npz path")
    parser.add_argument("--bits", type=int, default=DEFAULT_BITS)
    parser.add_argument("--epochs", type=int, default=TrainConfig().epochs)
    args = parser.parse_args(argv)
    root = _data.resolve_data_dir(args.data)
    if not (root / "flores200-dev").is_dir():
        _say(f"error: no shared data at {root} (set --data or SHUDDH_SHARED_DATA)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    examples, leaks = _data.training_examples(root)
    _say(f"{len(examples)} training texts, {leaks} dropped as overlapping held-out text")
    cfg = TrainConfig(bits=args.bits, epochs=args.epochs)
    model = train(examples, cfg, lexicon=list(_data.roman_hindi_lexicon(root)))
    meta = dict(model.meta)
    meta["data"] = {
        "sources": dict(sorted(Counter(ex.source for ex in examples).items())),
        "dropped_leaks": leaks,
        "flores_eval_percent": _data.FLORES_EVAL_PERCENT,
        "vardial_eval_percent": _data.VARDIAL_EVAL_PERCENT,
        "vardial_split": "by source text (_data.vardial_split)",
        "dakshina_eval_percent": _data.DAKSHINA_EVAL_PERCENT,
    }
    weights = {g: model._weights[g] for g in (*GROUPS, WORD_GROUP)}
    biases = {g: model._b[g] for g in (*GROUPS, WORD_GROUP)}
    calib = calibration_scores(model, _data.calibration_sources(root))
    meta["temperature"] = {g: fit_temperature(sc, gold) for g, (sc, gold, _) in sorted(calib.items())}
    meta["data"]["calibration_lines"] = {g: int(v[1].size) for g, v in sorted(calib.items())}
    _say(f"temperatures {meta['temperature']}")
    model = LanguageIdentifier(weights, biases, meta)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    _say(json.dumps(meta["data"]["sources"], indent=1))
    _say(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
