"""Volumes, languages, quality-signal distributions and examples of a run: a small, mergeable accumulator.

What the report (:mod:`shuddh.report`) needs that per-stage statistics do not carry. Pure: no I/O, no
imports of executors; one :class:`Volumes` per shard task, merged **in shard order** by the runner (so
the examples, like ``StageStats.samples``, are the same for any worker count or executor).

The contract with the shard executor and ``stats.json`` (wired by the runner, not here)::

    acc = Volumes(thresholds=signal_thresholds(stage.describe() for stage in stages))
    acc.add(doc, "read")                         # every Document as the reader made it
    acc.add(doc, "kept")                         # every kept Document, as written
    acc.add(dropped.doc, "dropped", dropped.reason, dropped.detail)   # every Dropped (detail: kept_id …)
    acc.add_quarantined(q)                       # every Quarantined record (reader or stage.timeout)
    total.merge(acc)                             # in shard order
    stats.update(total.to_dict())                # -> stats["volumes"], stats["languages"], stats["signals"],
                                                 #    stats["examples"]

``stats["volumes"][outcome]`` (outcome: read, kept, dropped, quarantined) = ``{"docs", "words", "chars",
"bytes"}`` (words: whitespace-separated tokens, ``len(text.split())``, within ~0.5 % of the
Indic-aware count the quality filters use; chars: code points; bytes: UTF-8). A quarantined record
counts its raw excerpt (what the reader could keep of it), not the whole unreadable input.

``stats["languages"][lang][outcome]`` (outcome: kept, dropped) = the same four numbers, ``lang`` being
``doc.lang`` at the end (``und`` when langid did not run or the document was dropped before it).

``stats["signals"][name]`` = ``{"bins": spec, "threshold": x | None, "keep": "min"|"max"|None, "stage":
str|None, "kept": {bin: n}, "dropped": {bin: n}}``: a fixed-bin histogram (:data:`SIGNAL_BINS`; sparse,
bin index as a string, the last bin also holds every larger value) of ``metadata["signals"][name]`` over
kept documents and over documents dropped for a ``quality.*`` reason (documents dropped for language or
duplication passed the quality filters and would blur the picture). Memory and size are flat in the
number of documents.

``stats["examples"]`` = ``{"dropped": {reason: [ex]}, "lines": {reason: [ex]}, "dedup": {reason:
[{"id", "url", "kept_id"}]}, "quarantined": {reason: [{"source", "position", "error"}]}, "clusters":
{size: n}}`` with ``ex = {"id", "url", "text"}``: at most :data:`EXAMPLES` *distinct* texts per reason
(the first met in shard order), cut to :data:`EXAMPLE_CHARS`; a document dropped with no text left
(``clean.empty``) shows what its lines were and why they went. ``clusters``: how many kept documents
stand for a duplicate cluster of each size (``metadata["dup_cluster_size"]``). All of it is what the
stages wrote, so PII is already redacted (the pii stage runs before any stage that drops or removes).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

__all__ = ["EXAMPLES", "EXAMPLE_CHARS", "OUTCOMES", "SIGNAL_BINS", "Volumes", "bin_edges", "bin_of",
           "signal_thresholds"]

OUTCOMES = ("read", "kept", "dropped", "quarantined")
#: distinct examples kept per reason (the report shows them all: bounded, so the report stays small)
EXAMPLES = 3
#: examples are cut to this many characters
EXAMPLE_CHARS = 240
#: dedup pairs kept per reason
PAIRS = 5
#: cluster sizes above this are counted in one "larger" bucket (key ``str(MAX_CLUSTER)+"+"``)
MAX_CLUSTER = 1000

# Bins: ("lin", lo, hi, n): n equal bins on [lo, hi); ("log", lo, hi, n): n bins equal in log space.
_RATIO = ("lin", 0.0, 1.0, 100)
#: the histogram of each quality signal a filter reads; a signal not listed here is not recorded
SIGNAL_BINS: dict[str, tuple[str, float, float, int]] = {
    "words": ("log", 1.0, 1_048_576.0, 80),  # 4 bins per doubling up to 2^20 words
    "mean_word_length": ("lin", 0.0, 40.0, 80),
    "stopwords": ("lin", 0.0, 100.0, 100),  # one bin per count
    "hash_ratio": _RATIO, "ellipsis_ratio": _RATIO, "bullet_lines_ratio": _RATIO,
    "ellipsis_lines_ratio": _RATIO, "alpha_words_ratio": _RATIO, "letter_ratio": _RATIO,
    "line_punct_ratio": _RATIO, "short_line_ratio": _RATIO, "char_dup_ratio": _RATIO, "newline_ratio": _RATIO,
    "dup_line_frac": _RATIO, "dup_para_frac": _RATIO, "dup_line_char_frac": _RATIO, "dup_para_char_frac": _RATIO,
    **{f"top_{n}gram_frac": _RATIO for n in (2, 3, 4)},
    **{f"dup_{n}gram_frac": _RATIO for n in range(5, 11)},
}  # fmt: skip

# stage parameter (describe()) -> (signal, "min": values below it drop / "max": values above it drop)
_PARAMS: dict[str, tuple[str, str]] = {
    "min_words": ("words", "min"), "max_words": ("words", "max"),
    "min_mean_word_length": ("mean_word_length", "min"), "max_mean_word_length": ("mean_word_length", "max"),
    "max_symbol_word_ratio": ("hash_ratio", "max"), "max_bullet_lines_ratio": ("bullet_lines_ratio", "max"),
    "max_ellipsis_lines_ratio": ("ellipsis_lines_ratio", "max"),
    "min_alpha_words_ratio": ("alpha_words_ratio", "min"), "min_letter_ratio": ("letter_ratio", "min"),
    "min_stopwords": ("stopwords", "min"), "line_punct_thr": ("line_punct_ratio", "min"),
    "short_line_thr": ("short_line_ratio", "max"), "char_dup_ratio": ("char_dup_ratio", "max"),
    "new_line_ratio": ("newline_ratio", "max"),
    **{k: (k, "max") for k in SIGNAL_BINS if k.endswith("_frac")},
}  # fmt: skip


def signal_thresholds(described: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """``{signal: {"threshold", "keep", "stage"}}`` from the stages' ``describe()`` dicts (the first stage
    setting a signal's threshold wins; a threshold of 0 switches its rule off and is left out)."""
    out: dict[str, dict[str, Any]] = {}
    for d in described:
        for param, value in d.items():
            if param not in _PARAMS or isinstance(value, bool) or not isinstance(value, int | float) or not value:
                continue
            signal, keep = _PARAMS[param]
            out.setdefault(signal, {"threshold": float(value), "keep": keep, "stage": d.get("stage")})
    return out


def bin_edges(spec: tuple[str, float, float, int] | list[Any]) -> list[float]:
    """The n + 1 edges of a bin spec."""
    kind, lo, hi, n = spec
    if kind == "log":
        return [lo * (hi / lo) ** (i / n) for i in range(n + 1)]
    return [lo + (hi - lo) * i / n for i in range(n + 1)]


def bin_of(spec: tuple[str, float, float, int] | list[Any], value: float) -> int:
    """The bin holding ``value`` (values below the range go to bin 0, above it to the last bin)."""
    kind, lo, hi, n = spec
    if kind == "log":
        if value <= lo:
            return 0
        i = int(math.log(value / lo) / math.log(hi / lo) * n)
    else:
        i = int((value - lo) / (hi - lo) * n)
    return min(max(i, 0), n - 1)


def _volume() -> dict[str, int]:
    return {"docs": 0, "words": 0, "chars": 0, "bytes": 0}


def _add_volume(v: dict[str, int], other: Mapping[str, int]) -> None:
    for k in v:
        v[k] += int(other.get(k, 0))


def _measure(text: str) -> dict[str, int]:
    # whitespace tokens (what `wc -w` counts): the Indic-aware segmentation of the quality filters
    # (text.segment.words) cost 170 us per 5 KB document and was counted twice per document, 10-15 % of the
    # pipeline's CPU; on Hindi prose the two counts differ by ~0.5 % (benchmarks/results/report.md)
    return {"docs": 1, "words": _count_words(text), "chars": len(text),
            "bytes": len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))}


#: text length from which :func:`_count_words` counts with numpy: below it ``str.split``'s list costs less than
#: numpy's per-call overhead (measured: about equal at 1,000 characters, 2.3-2.8 times faster at 10,000)
_ARRAY_CHARS = 1024
#: the last code point ``str.isspace`` holds true for (U+3000: tests/unit/perf_equivalence/test_volumes_word_count.py)
_LAST_SPACE = 0x3000


@cache
def _space_table() -> Any:
    """A numpy bool array over all code points: True where ``str.isspace`` is."""
    import numpy as np

    table = np.zeros(0x110000, dtype=bool)
    table[[c for c in range(_LAST_SPACE + 1) if chr(c).isspace()]] = True
    return table


def _count_words(text: str) -> int:
    """``len(text.split())`` (whitespace is ``str.isspace``): for a long text, the number of non-space code
    points that start the text or follow a space one, counted over an array (without a list of words)."""
    if len(text) < _ARRAY_CHARS:
        return len(text.split())
    import numpy as np

    if text.isascii():
        codes = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    else:  # (a lone surrogate is a code point like another: not a space)
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    space = _space_table()[codes]
    return int(np.count_nonzero(space[:-1] > space[1:])) + (not space[0])


def _cut(text: str) -> str:
    return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1] + "…"


def _add_example(bucket: list[dict[str, Any]], ex: dict[str, Any]) -> None:
    """Append ``ex`` unless the bucket is full or holds the same text (whitespace-insensitive)."""
    if len(bucket) >= EXAMPLES:
        return
    key = " ".join(str(ex.get("text", "")).split())
    if any(" ".join(str(b.get("text", "")).split()) == key for b in bucket):
        return
    bucket.append(ex)


def _trail_text(removed: Iterable[Any]) -> str:
    """What an emptied document's lines were: ``line ⟵ reason`` for each removed non-blank line."""
    from shuddh.audit import trail_entries
    from shuddh.stages.base import BLANK

    parts = [f"{e.text.strip()}  ⟵ {e.reason}" for e in trail_entries(list(removed)) if e.reason != BLANK]
    return "\n".join(parts)


@dataclass(slots=True)
class Volumes:
    """The accumulator (see the module docstring for what goes in and what comes out)."""

    thresholds: dict[str, dict[str, Any]] = field(default_factory=dict)
    volumes: dict[str, dict[str, int]] = field(default_factory=lambda: {o: _volume() for o in OUTCOMES})
    languages: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    hist: dict[str, dict[str, Counter[int]]] = field(default_factory=dict)
    dropped_examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    line_examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    dedup_pairs: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    quarantined_examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    clusters: Counter[str] = field(default_factory=Counter)

    # -- adding -------------------------------------------------------------------------------------
    def add(self, doc: Any, outcome: str, reason: str | None = None, detail: Mapping[str, Any] | None = None) -> None:
        """Count a :class:`~shuddh.document.Document` at ``outcome`` (read, kept or dropped; ``reason`` and
        ``detail`` of a drop)."""
        if outcome not in ("read", "kept", "dropped"):
            raise ValueError(f"outcome must be read, kept or dropped, not {outcome!r}")
        text = doc.text or ""
        m = _measure(text)
        _add_volume(self.volumes[outcome], m)
        if outcome == "read":
            return
        lang = doc.lang or "und"
        per = self.languages.setdefault(lang, {"kept": _volume(), "dropped": _volume()})
        _add_volume(per[outcome], m)
        ref = {"id": doc.id, "url": doc.url}
        for e in _trail(doc.removed):
            if e.reason != "blank" and e.text.strip():
                _add_example(self.line_examples.setdefault(e.reason, []), {**ref, "text": _cut(e.text.strip())})
        meta = doc.metadata or {}
        if outcome == "kept":
            size = meta.get("dup_cluster_size")
            if isinstance(size, int) and size > 1:
                self.clusters[str(size) if size <= MAX_CLUSTER else f"{MAX_CLUSTER}+"] += 1
            self._signals(meta, "kept")
            return
        reason = reason or "unknown"
        shown = text if text.strip() else _trail_text(doc.removed or ())
        _add_example(self.dropped_examples.setdefault(reason, []), {**ref, "text": _cut(shown.strip())})
        kept_id = (detail or {}).get("kept_id")
        if kept_id is not None:
            pairs = self.dedup_pairs.setdefault(reason, [])
            if len(pairs) < PAIRS:
                pairs.append({**ref, "kept_id": kept_id})
        if reason.startswith("quality."):
            self._signals(meta, "dropped")

    def add_quarantined(self, q: Any) -> None:
        """Count a :class:`~shuddh.document.Quarantined` record (its redacted excerpt, source, position, error)."""
        excerpt = q.shown_excerpt() if hasattr(q, "shown_excerpt") else str(getattr(q, "raw_excerpt", ""))
        m = _measure(excerpt)
        m["docs"] = 1
        _add_volume(self.volumes["quarantined"], m)
        bucket = self.quarantined_examples.setdefault(q.reason, [])
        if len(bucket) < EXAMPLES:
            bucket.append({"source": q.source, "position": q.position, "error": _cut(str(q.error))})

    def _signals(self, meta: Mapping[str, Any], group: str) -> None:
        sig = meta.get("signals")
        if not isinstance(sig, Mapping):
            return
        for name, value in sig.items():
            spec = SIGNAL_BINS.get(name)
            if spec is None or isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
                continue
            h = self.hist.setdefault(name, {"kept": Counter(), "dropped": Counter()})
            h[group][bin_of(spec, float(value))] += 1

    # -- merging and (de)serialising -------------------------------------------------------------------
    def merge(self, other: Volumes) -> None:
        """Add ``other`` (the next shard, in shard order) into this one."""
        for o, v in other.volumes.items():
            _add_volume(self.volumes.setdefault(o, _volume()), v)
        for lang, per in other.languages.items():
            mine = self.languages.setdefault(lang, {"kept": _volume(), "dropped": _volume()})
            for o, v in per.items():
                _add_volume(mine.setdefault(o, _volume()), v)
        for name, groups in other.hist.items():
            h = self.hist.setdefault(name, {"kept": Counter(), "dropped": Counter()})
            for g, c in groups.items():
                h[g].update(c)
        for mine_ex, theirs in ((self.dropped_examples, other.dropped_examples),
                                (self.line_examples, other.line_examples)):
            for reason, exs in theirs.items():
                bucket = mine_ex.setdefault(reason, [])
                for ex in exs:
                    _add_example(bucket, ex)
        for mine_l, theirs_l, cap in ((self.dedup_pairs, other.dedup_pairs, PAIRS),
                                      (self.quarantined_examples, other.quarantined_examples, EXAMPLES)):
            for reason, items in theirs_l.items():
                bucket = mine_l.setdefault(reason, [])
                bucket.extend(items[: max(0, cap - len(bucket))])
        self.clusters.update(other.clusters)
        for k, v in other.thresholds.items():
            self.thresholds.setdefault(k, v)

    def to_dict(self) -> dict[str, Any]:
        """``{"volumes", "languages", "signals", "examples"}``: JSON-ready, keys sorted (deterministic)."""
        signals = {}
        for name in sorted(set(self.hist) | set(self.thresholds)):
            if name not in SIGNAL_BINS:
                continue
            h = self.hist.get(name, {"kept": Counter(), "dropped": Counter()})
            t = self.thresholds.get(name, {})
            signals[name] = {
                "bins": list(SIGNAL_BINS[name]), "threshold": t.get("threshold"), "keep": t.get("keep"),
                "stage": t.get("stage"),
                **{g: {str(i): h[g][i] for i in sorted(h[g])} for g in ("kept", "dropped")},
            }
        return {
            "volumes": {o: dict(self.volumes.get(o, _volume())) for o in OUTCOMES},
            "languages": {lang: {o: dict(v) for o, v in sorted(per.items())}
                          for lang, per in sorted(self.languages.items())},
            "signals": signals,
            "examples": {
                "dropped": {k: self.dropped_examples[k] for k in sorted(self.dropped_examples)},
                "lines": {k: self.line_examples[k] for k in sorted(self.line_examples)},
                "dedup": {k: self.dedup_pairs[k] for k in sorted(self.dedup_pairs)},
                "quarantined": {k: self.quarantined_examples[k] for k in sorted(self.quarantined_examples)},
                "clusters": {k: self.clusters[k] for k in sorted(self.clusters, key=_cluster_key)},
            },
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Volumes:
        """The accumulator :meth:`to_dict` described (``d`` may be a whole stats dict)."""
        v = cls()
        for o, vol in d.get("volumes", {}).items():
            _add_volume(v.volumes.setdefault(o, _volume()), vol)
        for lang, per in d.get("languages", {}).items():
            v.languages[lang] = {o: {**_volume(), **vol} for o, vol in per.items()}
        for name, s in d.get("signals", {}).items():
            v.hist[name] = {g: Counter({int(i): n for i, n in s.get(g, {}).items()}) for g in ("kept", "dropped")}
            if s.get("threshold") is not None:
                v.thresholds[name] = {"threshold": s["threshold"], "keep": s.get("keep"), "stage": s.get("stage")}
        ex = d.get("examples", {})
        v.dropped_examples = {k: list(x) for k, x in ex.get("dropped", {}).items()}
        v.line_examples = {k: list(x) for k, x in ex.get("lines", {}).items()}
        v.dedup_pairs = {k: list(x) for k, x in ex.get("dedup", {}).items()}
        v.quarantined_examples = {k: list(x) for k, x in ex.get("quarantined", {}).items()}
        v.clusters = Counter(ex.get("clusters", {}))
        return v


def _cluster_key(k: str) -> int:
    return int(k.rstrip("+")) + (1 if k.endswith("+") else 0)


def _trail(removed: Any) -> list[Any]:
    from shuddh.audit import trail_entries

    return trail_entries(removed) if removed else []
