"""The ``quality_signals`` annotator, and the signal cache the quality filters share.

Scores are split from decisions (DESIGN.md): the annotator writes every signal of
:mod:`shuddh.quality.signals` into ``doc.metadata["signals"]``; the filters read them from there when
present and computed on the current text, so users can re-threshold without recomputing. The cache is
keyed by text length (``signals["chars"]``): when a mapper changed the text in between, the quality
signals are dropped and recomputed.
"""

from __future__ import annotations

from typing import Any, ClassVar

from shuddh.document import Document
from shuddh.lang.profile import LanguageProfile, load_profile
from shuddh.quality.signals import (
    DUP_NGRAM_SIZES,
    TOP_NGRAM_SIZES,
    Signals,
    fineweb_line_signals,
    gopher_quality_signals,
    repetition_signals,
)
from shuddh.stages.base import Annotator, StageContext

__all__ = ["FAMILIES", "QualitySignals", "SignalScorer", "cached_signals"]

#: signal keys of each family (what a filter needs present to reuse them)
FAMILIES: dict[str, tuple[str, ...]] = {
    "gopher": ("words", "mean_word_length", "hash_ratio", "ellipsis_ratio", "bullet_lines_ratio",
               "ellipsis_lines_ratio", "alpha_words_ratio", "stopwords", "letter_ratio"),
    "repetition": ("dup_lines", "dup_line_frac", "dup_line_char_frac", "dup_para_frac", "dup_para_char_frac",
                   *(f"top_{n}gram_frac" for n in TOP_NGRAM_SIZES),
                   *(f"dup_{n}gram_frac" for n in DUP_NGRAM_SIZES)),
    "fineweb": ("line_punct_ratio", "prose_word_ratio", "short_line_ratio", "char_dup_ratio", "newline_ratio"),
}  # fmt: skip
_ALL_KEYS = frozenset(k for keys in FAMILIES.values() for k in keys)
CHARS_KEY = "chars"


class SignalScorer:
    """Computes one family of signals with a profile's stop words, terminal punctuation, short-line
    length, words per sentence of a prose line (``min_sentence_words``) and the count from which the
    top n-gram is repetition (``top_ngram_min_count``)."""

    __slots__ = ("min_sentence_words", "short_line_length", "stopwords", "terminal", "top_ngram_min_count")

    def __init__(self, prof: LanguageProfile, short_line_length: int | None = None) -> None:
        self.stopwords = prof.stopwords
        self.terminal = prof.terminal_punctuation
        self.min_sentence_words = float(prof.threshold("min_sentence_words", 0.0))
        self.top_ngram_min_count = int(prof.threshold("top_ngram_min_count", 2))
        self.short_line_length = int(
            short_line_length if short_line_length is not None else prof.threshold("short_line_length", 30)
        )

    def compute(self, family: str, text: str) -> Signals:
        if family == "gopher":
            return gopher_quality_signals(text, self.stopwords)
        if family == "repetition":
            return repetition_signals(text, top_min_count=self.top_ngram_min_count)
        if family == "fineweb":
            return fineweb_line_signals(
                text, self.terminal, self.short_line_length, min_sentence_words=self.min_sentence_words
            )
        raise ValueError(f"unknown signal family {family!r}")


def cached_signals(
    doc: Document, family: str, scorer: SignalScorer, *, force: bool = False
) -> dict[str, Any]:
    """``doc.metadata["signals"]`` with ``family``'s signals present and computed on the current text."""
    sig: dict[str, Any] = doc.metadata.setdefault("signals", {})
    n = len(doc.text)
    if sig.get(CHARS_KEY) != n:
        for k in _ALL_KEYS & sig.keys():
            del sig[k]
        sig[CHARS_KEY] = n
    if force or not all(k in sig for k in FAMILIES[family]):
        sig.update(scorer.compute(family, doc.text))
    return sig


class QualitySignals(Annotator):
    """Writes the Gopher quality, Gopher repetition and FineWeb line signals to
    ``metadata["signals"]`` (see :mod:`shuddh.quality.signals` for each key). Decides nothing."""

    name: ClassVar[str] = "quality_signals"

    def __init__(self, *, profile: str = "hi") -> None:
        self.profile_name = profile
        self.scorer = SignalScorer(load_profile(profile))

    def annotate(self, doc: Document, ctx: StageContext) -> dict[str, Any]:
        out: dict[str, Any] = {CHARS_KEY: len(doc.text)}
        for family in FAMILIES:
            out.update(self.scorer.compute(family, doc.text))
        return out

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "profile": self.profile_name}
