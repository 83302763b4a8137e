"""Language identification stage: labels every document and keeps the languages asked for.

Writes ``doc.lang`` (``hi``, ``hi-Latn``, ``mr``, ``bho`` … or ``und``) and
``metadata["langid"] = {"label", "confidence", "shares", "scripts", "code_mix", "english_words"}``: the
document is judged on segments spread over all of it, not on its first characters, and ``shares`` gives
the share of its (sampled) letters in segments of each label
(:meth:`shuddh.langid.LanguageIdentifier.predict_documents`). With ``keep``
set (default: the profile's language), any other label is dropped as ``lang.<label>`` (``lang.und`` for
unsure). Documents are classified in batches: the model is numpy-vectorised, so one call per batch
costs far less than one call per document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from shuddh.document import Document, Dropped
from shuddh.lang.profile import load_profile
from shuddh.stages.base import Stage, StageContext

__all__ = ["LanguageIdStage"]

#: documents per model call: large enough to amortise numpy overhead, small enough to stream
BATCH = 256


class LanguageIdStage(Stage):
    """Identify the language of each document; optionally keep only some languages.

    ``keep``: comma-separated labels to keep ("hi,hi-Latn"); ``"*"`` keeps every language (label only).
    Default: the profile's language. A label whose confidence is below its language's threshold becomes
    ``und``: ``min_confidence`` when given (for every label), else ``[langid] min_confidence`` of that
    language's profile (``lang/profiles/<label>.toml``), else the identifier's default.
    """

    name: ClassVar[str] = "langid"
    kind: ClassVar[str] = "filter"

    def __init__(self, *, profile: str = "hi", keep: str | None = None, min_confidence: float | None = None) -> None:
        self.profile_name = profile
        code = load_profile(profile).code
        self.keep_spec = keep if keep is not None else code
        self.keep: frozenset[str] | None = None
        if self.keep_spec.strip() != "*":
            self.keep = frozenset(x.strip() for x in self.keep_spec.split(",") if x.strip())
            if not self.keep:  # would drop every document
                raise ValueError("keep names no language; give labels such as 'hi,hi-Latn', or '*' for all")
        self.min_confidence = min_confidence
        self._lid: Any = None

    def setup(self) -> None:
        from shuddh.langid import LABELS, LanguageIdentifier

        if self.keep is not None:
            unknown = self.keep - set(LABELS)
            if unknown:
                from shuddh.errors import ConfigError

                raise ConfigError(f"langid: unknown language label(s) {sorted(unknown)}; known: {', '.join(LABELS)}")
        self.thresholds = label_thresholds(LABELS, self.min_confidence)
        self._lid = LanguageIdentifier.load().with_min_confidence(self.thresholds)

    def process(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        if self._lid is None:
            self.setup()
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= BATCH:
                yield from self._flush(batch, ctx)
                batch = []
        if batch:
            yield from self._flush(batch, ctx)

    def _flush(self, batch: list[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        preds = self._lid.predict_documents([d.text for d in batch])
        for doc, p in zip(batch, preds, strict=True):
            doc.lang = p.label
            doc.metadata["langid"] = {
                "label": p.label,
                "confidence": round(float(p.confidence), 4),
                "shares": dict(p.shares),
                "scripts": {k: round(float(v), 4) for k, v in p.scripts.items()},
                "code_mix": round(float(p.code_mix), 4),
                "english_words": round(float(getattr(p, "english_words", 0.0)), 4),
            }
            ctx.count(f"label.{p.label}")
            if self.keep is not None and p.label not in self.keep:
                yield Dropped(doc, f"lang.{p.label}", self.name)
            else:
                yield doc

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "keep": self.keep_spec, "min_confidence": self.min_confidence}


def label_thresholds(labels: Iterable[str], default: float | None) -> dict[str, float]:
    """Per-label confidence thresholds: ``default`` when given (an explicit setting), else the language
    profile's ``[langid] min_confidence``, else the identifier's document threshold for a label without a
    profile (``langid._model.DOC_MIN_CONFIDENCE``: the dialects and Sanskrit), else its own default."""
    from shuddh.errors import ConfigError
    from shuddh.lang.profile import available_profiles, langid_threshold
    from shuddh.langid import DEFAULT_MIN_CONFIDENCE
    from shuddh.langid._model import DOC_MIN_CONFIDENCE

    have = set(available_profiles())
    out: dict[str, float] = {}
    for label in labels:
        t = default
        if t is None and label in have:
            try:
                t = langid_threshold(label)  # (= load_profile(label).langid_min_confidence, not compiling its rules)
            except ConfigError:
                t = None
        if t is None:
            t = DOC_MIN_CONFIDENCE.get(label, DEFAULT_MIN_CONFIDENCE)
        out[label] = t
    return out
