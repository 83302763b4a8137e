"""The language identifier: script gating, then a linear model per script group.

Decision procedure for one text (all steps vectorised over a batch of texts):

1. Count letters (``\\p{L}\\p{M}``) per script (:mod:`shuddh.text.scripts`). No letters → ``und`` 0.0.
2. The dominant script picks the route:

   * a *single-language script* (Gurmukhi → ``pa``, Gujarati → ``gu``, Odia → ``or``, Tamil → ``ta``,
     Telugu → ``te``, Kannada → ``kn``, Malayalam → ``ml``): the label is decided by script, and the
     confidence is that script's share of the letters;
   * a *modelled script group* (Devanagari, Latin, Bengali–Assamese, Arabic): a multinomial logistic
     regression over hashed character 1–5-gram and word 1–2-gram features
     (:mod:`shuddh.langid._features`) chooses among the group's labels plus an ``und`` class trained
     on other languages in that script (Kashmiri, Newari and Konkani in Devanagari; German, French,
     Spanish and IAST Sanskrit in Latin; Manipuri in Bengali script; Kashmiri, Sindhi and Persian in
     Arabic script);
   * anything else (Cyrillic, Ol Chiki, …) → ``und``.

3. The top label is returned only if its probability reaches the label's minimum confidence; otherwise,
   or when the ``und`` class wins, the label is ``und`` and the confidence is ``1 − P(best real label)``
   (how sure we are that the text is none of our labels).

The model file is one ``.npz``: per group ``W_<group>`` (float16, ``2**bits × n_labels``) and
``b_<group>`` (float32), and ``meta`` (a JSON string: bits, labels, thresholds, provenance).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt

from shuddh.langid import _features
from shuddh.text import scripts as _scripts

__all__ = [
    "DEFAULT_MIN_CONFIDENCE",
    "GROUPS",
    "LABELS",
    "SINGLE_SCRIPT_LABELS",
    "WORD_GROUP",
    "WORD_LABELS",
    "LanguageIdentifier",
    "Prediction",
    "identify_lines",
]

#: Labels decided by a model, per script group. The last label of each group, ``und``, is the
#: "some other language in this script" class.
GROUPS: dict[str, tuple[str, ...]] = {
    "Deva": ("hi", "mr", "ne", "sa", "mai", "bho", "mag", "awa", "bra", "und"),
    "Latn": ("en", "hi-Latn", "und"),
    "Beng": ("bn", "as", "und"),
    "Arab": ("ur", "und"),
}
#: The word-level Latin model behind :attr:`Prediction.english_words` (stored as ``W_word``/``b_word``).
WORD_GROUP = "word"
WORD_LABELS: tuple[str, ...] = ("en", "hi-Latn")
#: Scripts used by exactly one of our languages: script decides.
SINGLE_SCRIPT_LABELS: dict[str, str] = {
    "Guru": "pa", "Gujr": "gu", "Orya": "or", "Taml": "ta", "Telu": "te", "Knda": "kn", "Mlym": "ml",
}  # fmt: skip
#: Every label :class:`Prediction` can carry.
LABELS: tuple[str, ...] = (
    "hi", "mr", "ne", "sa", "mai", "bho", "mag", "awa", "bra", "hi-Latn", "ur",
    "bn", "as", "gu", "pa", "or", "ta", "te", "kn", "ml", "en", "und",
)  # fmt: skip

#: Default minimum confidence for every label when neither the model file nor the caller sets one.
#: 0.5 means "more likely this label than all others together"; below it we say ``und`` rather than
#: force a guess. Measured trade-off: see benchmarks/results/langid.md.
DEFAULT_MIN_CONFIDENCE = 0.5

#: Scripts counted as "Indic" in :attr:`Prediction.code_mix`: the scripts of our non-Latin labels.
_INDIC_SCRIPTS = ("Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Arab")
#: A Latin word needs this many letters to be judged English or not in
#: :attr:`Prediction.english_words`: one-letter tokens ("a", "I", "k") are ambiguous in Hinglish.
_MIN_WORD_LETTERS = 2
#: Texts are processed in chunks of this many, to bound memory (about 100 MB of temporaries at
#: 4,096 news sentences) while keeping numpy's per-call overhead amortised.
_CHUNK = 4096

_MODEL_DIR = Path(__file__).parent / "models"
DEFAULT_MODEL_PATH = _MODEL_DIR / "langid.npz"

_SID = {name: i for i, name in enumerate(_scripts.SCRIPTS)}
_LATN = _SID["Latn"]
_INDIC_IDS = np.array([_SID[s] for s in _INDIC_SCRIPTS])
# Rank of each script id by name, to break ties in the dominant script deterministically (by name).
_NAME_RANK = np.argsort(np.argsort(np.array(_scripts.SCRIPTS)))


@dataclass(frozen=True, slots=True)
class Prediction:
    """Language of one text.

    ``label``: one of :data:`LABELS`; ``und`` when unsure or not one of ours (never forced).
    ``confidence``: 0…1, the probability of ``label`` (for ``und``: ``1 − P(best real label)``, and 0.0
    for a text without letters). ``scripts``: :func:`shuddh.text.scripts.script_shares` of the text.
    ``code_mix``: Latin letters / (Latin + Indic letters), 0 when there are neither; Indic = the scripts
    of our non-Latin labels (Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada,
    Malayalam, Arabic). ``english_words``: share of the text's words (letter runs) that are English:
    Latin-script words of at least two letters that the Latin model, applied to the word alone, scores
    higher as English than as romanized Hindi or another language. It measures English inside
    romanized or Devanagari Hindi ("mujhe yeh movie pasand aayi" → 1/5); it does not catch English
    written in Devanagari ("मूवी").
    """

    label: str
    confidence: float
    scripts: dict[str, float] = field(default_factory=dict)
    code_mix: float = 0.0
    english_words: float = 0.0


_EMPTY = Prediction("und", 0.0, {}, 0.0, 0.0)


class LanguageIdentifier:
    """Document- and line-level language identification with a shipped model (see module docstring).

    Create with :meth:`load`; instances are immutable and safe to share between threads.
    """

    __slots__ = ("_b", "_bits", "_meta", "_min_conf", "_weights", "labels")

    labels: tuple[str, ...]

    def __init__(
        self,
        weights: Mapping[str, npt.NDArray[np.float32]],
        biases: Mapping[str, npt.NDArray[np.float32]],
        meta: Mapping[str, Any],
        min_confidence: Mapping[str, float] | None = None,
    ) -> None:
        self._weights = dict(weights)
        self._b = dict(biases)
        self._meta = dict(meta)
        self._bits = int(meta["bits"])
        for group, labels in GROUPS.items():
            if group not in self._weights:
                raise ValueError(f"model has no weights for script group {group}")
            if tuple(meta["groups"][group]) != labels:
                raise ValueError(f"model labels for {group} are {meta['groups'][group]}, expected {labels}")
        for group, n_labels in ((g, len(v)) for g, v in (*GROUPS.items(), (WORD_GROUP, WORD_LABELS))):
            if group not in self._weights or self._weights[group].shape != (1 << self._bits, n_labels):
                raise ValueError(f"model weights for {group} are missing or misshapen")
        thresholds = dict.fromkeys(LABELS, DEFAULT_MIN_CONFIDENCE)
        thresholds.update({k: float(v) for k, v in meta.get("min_confidence", {}).items()})
        thresholds.update(min_confidence or {})
        unknown = set(thresholds) - set(LABELS)
        if unknown:
            raise ValueError(f"thresholds for unknown labels: {sorted(unknown)}")
        self._min_conf = MappingProxyType(thresholds)
        self.labels = LABELS

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | None = None) -> LanguageIdentifier:
        """Load the shipped model (default) or the ``.npz`` at ``path``; cached per path."""
        resolved = str(Path(path).resolve()) if path is not None else str(DEFAULT_MODEL_PATH)
        return _load_cached(resolved)

    @classmethod
    def from_file(cls, path: str | Path) -> LanguageIdentifier:
        """Read a model file without the cache."""
        with np.load(path, allow_pickle=False) as npz:
            meta = json.loads(str(npz["meta"]))
            weights = {g: npz[f"W_{g}"].astype(np.float32) for g in (*GROUPS, WORD_GROUP)}
            biases = {g: npz[f"b_{g}"].astype(np.float32) for g in (*GROUPS, WORD_GROUP)}
        return cls(weights, biases, meta)

    def save(self, path: str | Path) -> None:
        """Write the model as a compressed ``.npz`` (weights stored as float16)."""
        arrays: dict[str, Any] = {
            "meta": np.array(json.dumps(self._meta, ensure_ascii=False, sort_keys=True))
        }
        for g in (*GROUPS, WORD_GROUP):
            arrays[f"W_{g}"] = self._weights[g].astype(np.float16)
            arrays[f"b_{g}"] = self._b[g].astype(np.float32)
        np.savez_compressed(path, **arrays)

    def with_min_confidence(self, overrides: Mapping[str, float]) -> LanguageIdentifier:
        """A copy whose per-label minimum confidence is updated from ``overrides`` (e.g. a profile)."""
        merged = dict(self._min_conf)
        merged.update(overrides)
        return LanguageIdentifier(self._weights, self._b, self._meta, merged)

    @property
    def min_confidence(self) -> Mapping[str, float]:
        """Minimum confidence per label (read-only)."""
        return self._min_conf

    @property
    def meta(self) -> Mapping[str, Any]:
        """Model metadata: hashing bits, labels, training provenance."""
        return MappingProxyType(self._meta)

    # -- prediction -----------------------------------------------------------------------------
    def predict(self, text: str) -> Prediction:
        """Language of a whole document (all lines together)."""
        return self.predict_lines([text])[0]

    def predict_lines(self, lines: Sequence[str]) -> list[Prediction]:
        """One prediction per input text, in order (each text judged on its own)."""
        out: list[Prediction] = []
        for start in range(0, len(lines), _CHUNK):
            out.extend(self._predict_chunk(lines[start : start + _CHUNK], details=True))
        return out

    def predict_labels(self, lines: Sequence[str]) -> list[tuple[str, float]]:
        """``(label, confidence)`` per text, skipping script shares and code-mix (faster)."""
        out: list[tuple[str, float]] = []
        for start in range(0, len(lines), _CHUNK):
            out.extend(
                (p.label, p.confidence)
                for p in self._predict_chunk(lines[start : start + _CHUNK], details=False)
            )
        return out

    def group_probabilities(self, texts: Sequence[str], group: str) -> npt.NDArray[np.float32]:
        """Raw softmax probabilities of ``group``'s model for each text (for evaluation/analysis)."""
        feats = _features.extract(texts, self._bits)
        return _softmax(self._scores(feats, group))

    def _scores(
        self, feats: _features.FeatureBatch, group: str, rows: npt.NDArray[np.intp] | None = None
    ) -> npt.NDArray[np.float32]:
        """Linear scores of ``group``'s labels for ``rows`` of ``feats`` (all rows if None)."""
        w = self._weights[group]
        if rows is None:
            rows = np.arange(feats.n_rows)
        wanted = np.zeros(feats.n_rows, dtype=np.bool_)
        wanted[rows] = True
        local = np.cumsum(wanted) - 1  # row number inside the selection
        total = np.zeros((rows.size, w.shape[1]), dtype=np.float32)
        for prow, pidx in feats.parts:
            keep = wanted[prow]
            r, i = (prow, pidx) if keep.all() else (prow[keep], pidx[keep])
            if not r.size:
                continue
            # rows are non-decreasing within a part: sum each row's weights in one reduceat
            starts = np.flatnonzero(np.concatenate(([True], r[1:] != r[:-1])))
            total[local[r[starts]]] += np.add.reduceat(w[i], starts, axis=0)
        total *= feats.scale[rows][:, None]
        out: npt.NDArray[np.float32] = total + self._b[group]
        return out

    def _predict_chunk(self, texts: Sequence[str], *, details: bool) -> list[Prediction]:
        n = len(texts)
        if n == 0:
            return []
        counts = _batch_letter_counts(texts)
        totals = counts.sum(axis=1)
        key = counts * len(_NAME_RANK) + (len(_NAME_RANK) - 1 - _NAME_RANK)[None, :]
        dominant = np.argmax(key, axis=1)
        labels: list[str] = ["und"] * n
        conf = np.zeros(n, dtype=np.float64)

        for script, label in SINGLE_SCRIPT_LABELS.items():
            rows = np.flatnonzero((dominant == _SID[script]) & (totals > 0))
            if rows.size:
                share = counts[rows, _SID[script]] / totals[rows]
                for r, s in zip(rows.tolist(), share.tolist(), strict=True):
                    self._decide(labels, conf, r, label, s)

        need_feats = np.flatnonzero(totals > 0)
        feats = (
            _features.extract([texts[i] for i in need_feats.tolist()], self._bits)
            if need_feats.size
            else None
        )
        if feats is not None:
            local_dom = dominant[need_feats]
            for group, group_labels in GROUPS.items():
                sel = np.flatnonzero(local_dom == _SID[group])
                if not sel.size:
                    continue
                probs = _softmax(self._scores(feats, group, sel))
                real = probs[:, :-1]
                best = np.argmax(real, axis=1)
                best_p = real[np.arange(sel.size), best]
                und_wins = probs[:, -1] > best_p
                for k, r in enumerate(need_feats[sel].tolist()):
                    if und_wins[k]:
                        conf[r] = 1.0 - float(best_p[k])
                    else:
                        self._decide(labels, conf, r, group_labels[int(best[k])], float(best_p[k]))
            unmodelled = np.flatnonzero(
                ~np.isin(local_dom, [_SID[g] for g in GROUPS] + [_SID[s] for s in SINGLE_SCRIPT_LABELS])
            )
            for r in need_feats[unmodelled].tolist():
                ours = sum(int(counts[r, _SID[s]]) for s in (*GROUPS, *SINGLE_SCRIPT_LABELS))
                conf[r] = 1.0 - ours / int(totals[r])

        if not details:
            return [Prediction(labels[i], round(float(conf[i]), 4)) for i in range(n)]
        english = self._english_words(texts, counts)
        latin = counts[:, _LATN]
        indic = counts[:, _INDIC_IDS].sum(axis=1)
        denom = latin + indic
        code_mix = np.where(denom > 0, latin / np.maximum(denom, 1), 0.0)
        return [
            Prediction(
                labels[i],
                round(float(conf[i]), 4),
                _scripts.shares_from_counts(counts[i]),
                round(float(code_mix[i]), 4),
                round(float(english[i]), 4),
            )
            if totals[i] > 0
            else _EMPTY
            for i in range(n)
        ]

    def _decide(
        self, labels: list[str], conf: npt.NDArray[np.float64], row: int, label: str, p: float
    ) -> None:
        if p >= self._min_conf[label]:
            labels[row] = label
            conf[row] = p
        else:
            conf[row] = 1.0 - p

    def _english_words(self, texts: Sequence[str], counts: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
        """Share of words per text that are Latin, ≥ 2 letters, and English by the word model."""
        out = np.zeros(len(texts), dtype=np.float64)
        rows = np.flatnonzero(counts[:, _LATN] > 0)
        if not rows.size:
            return out
        words_of = {int(r): _features.feature_string(texts[r]).split() for r in rows.tolist()}
        latin = {
            w for ws in words_of.values() for w in ws
            if len(w) >= _MIN_WORD_LETTERS and _scripts.char_script(w[0]) == "Latn"
        }  # fmt: skip
        if not latin:
            return out
        vocab = sorted(latin)
        feats = _features.extract([f" {w} " for w in vocab], self._bits, prepared=True)
        english = set(np.asarray(vocab)[np.argmax(self._scores(feats, WORD_GROUP), axis=1) == 0].tolist())
        for r, ws in words_of.items():
            if ws:
                out[r] = sum(w in english for w in ws) / len(ws)
        return out


def _softmax(scores: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    z = scores - scores.max(axis=1, keepdims=True)
    e: npt.NDArray[np.float32] = np.exp(z).astype(np.float32)
    out: npt.NDArray[np.float32] = e / e.sum(axis=1, keepdims=True)
    return out


def _batch_letter_counts(texts: Sequence[str]) -> npt.NDArray[np.int64]:
    """Letters per script for each text (rows) — :func:`scripts.letter_counts`, vectorised."""
    joined = "\x00".join(texts)
    cps = _scripts.codepoints(joined)
    sid, isl = _scripts.script_ids(cps)
    sid = _scripts.resolve_inherited(sid)
    is_sep = cps == 0
    row = np.cumsum(is_sep)
    n_scripts = len(_scripts.SCRIPTS)
    flat = row[isl] * n_scripts + sid[isl]
    return np.bincount(flat, minlength=len(texts) * n_scripts).reshape(len(texts), n_scripts).astype(np.int64)


_CACHE: dict[str, LanguageIdentifier] = {}


def _load_cached(path: str) -> LanguageIdentifier:
    model = _CACHE.get(path)
    if model is None:
        model = LanguageIdentifier.from_file(path)
        _CACHE[path] = model
    return model


def identify_lines(lines: Iterable[str]) -> Iterator[tuple[str, float]]:
    """``(label, confidence)`` for each input line, in order, with the shipped model.

    Lines are read lazily and classified in batches; a trailing newline is ignored, and a line without
    letters (e.g. empty) gives ``("und", 0.0)``. This backs ``shuddh identify``.
    """
    model = LanguageIdentifier.load()
    batch: list[str] = []
    for line in lines:
        batch.append(line.rstrip("\r\n"))
        if len(batch) >= _CHUNK:
            yield from model.predict_labels(batch)
            batch = []
    if batch:
        yield from model.predict_labels(batch)
