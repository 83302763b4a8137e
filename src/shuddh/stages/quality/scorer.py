"""The ``quality_signals`` annotator, and the signal cache the quality filters share.

Scores are split from decisions (DESIGN.md): the annotator writes every signal of
:mod:`shuddh.quality.signals` into ``doc.metadata["signals"]``; the filters read them from there when
present and computed on the current text, so users can re-threshold without recomputing. The cache is
keyed on what the signals depend on (``signals["basis"]``: a hash of the text and of the scorer's
settings, i.e. the profile's stop words, punctuation and thresholds): when a mapper changed the text in
between, or a document cleaned with one profile is cleaned again with another (metadata travels with a
document through shuddh's output), the quality signals are dropped and recomputed.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any, ClassVar

from shuddh.document import Document
from shuddh.lang.profile import LanguageProfile, load_profile
from shuddh.quality.content import LineClasses, alpha_words_ratio, line_classes, repetition_at_least
from shuddh.quality.signals import (
    DUP_NGRAM_SIZES,
    TOP_NGRAM_SIZES,
    Signals,
    fineweb_line_signals,
    gopher_quality_signals,
    repetition_signals,
)
from shuddh.quality.signals import _words as memo_words  # the memoised word list the other signals use
from shuddh.stages.base import Annotator, StageContext

__all__ = ["FAMILIES", "QualitySignals", "SignalScorer", "cached_signals"]

#: signal keys of each family (what a filter needs present to reuse them)
FAMILIES: dict[str, tuple[str, ...]] = {
    "gopher": ("words", "mean_word_length", "hash_ratio", "ellipsis_ratio", "bullet_lines_ratio",
               "ellipsis_lines_ratio", "alpha_words_ratio", "stopwords", "letter_ratio"),
    "repetition": ("dup_lines", "dup_line_frac", "dup_line_char_frac", "dup_para_frac", "dup_para_char_frac",
                   *(f"top_{n}gram_frac" for n in TOP_NGRAM_SIZES),
                   *(f"dup_{n}gram_frac" for n in DUP_NGRAM_SIZES)),
    "fineweb": ("line_punct_ratio", "prose_word_ratio", "short_line_ratio", "char_dup_ratio", "newline_ratio",
                "item_lines", "structured_item_ratio"),
}  # fmt: skip
_ALL_KEYS = frozenset(k for keys in FAMILIES.values() for k in keys)
CHARS_KEY = "chars"
BASIS_KEY = "basis"  #: what the cached signals were computed from (see :meth:`SignalScorer.basis`)
# repetition signals that repeat_min_count recounts
_RECOUNT = ("dup_lines", *(f"dup_{n}gram_frac" for n in DUP_NGRAM_SIZES))


class SignalScorer:
    """Computes one family of signals with a profile's stop words, terminal punctuation, short-line
    length, words per sentence of a prose line (``min_sentence_words``), the count from which the
    top n-gram is repetition (``top_ngram_min_count``), and the refinements of
    :mod:`shuddh.quality.content`, each off unless the profile sets it:

    * ``repeat_min_count`` (2 = Gopher/datatrove): a line or n-gram counts in ``dup_lines``,
      ``dup_line_frac``, ``dup_{n}gram_frac`` and ``char_dup_ratio`` only when it occurs at least this
      many times;
    * ``dup_line_min_words`` (0 = Gopher/datatrove): a line counts in ``dup_lines``, ``dup_line_frac``
      and ``char_dup_ratio`` only when it has at least this many words (repeated table labels do not);
    * ``runon_min_words`` / ``runon_min_stopword_share`` (0 = off): an unterminated line with at least
      that many words, at least that share of them stop words (and, with ``runon_markers`` and
      ``runon_min_marker_rate``, at least that share clause-closing verbs), counts as a sentence line in
      ``line_punct_ratio`` and ``prose_word_ratio``;
    * ``strip_min_sentences`` / ``strip_max_marker_share`` (0 = off; needs ``runon_markers``): a line of at
      least that many danda-separated parts, fewer than that share of them holding a marker, is not a
      sentence line there (a strip of titles);
    * ``alpha_words_rows_prose_share`` (0 = off; with ``alpha_words_prose_numbers``): when prose lines hold at
      least this share of the words, ``alpha_words_ratio`` leaves out the number-only words of labelled table
      rows as well (a match report's scorecard);
    * ``alpha_words_prose_numbers`` (false = Gopher): ``alpha_words_ratio`` leaves number-only words
      inside sentence lines out of the count.

    ``item_lines`` (lines that are not sentences) and ``structured_item_ratio`` (the share of them
    relating two things, ``content.RELATION_RE``) are always computed."""

    __slots__ = ("alpha_prose_numbers", "alpha_rows_prose_share", "dup_line_min_words", "identity",
                 "min_sentence_words", "repeat_min_count", "runon_markers", "runon_min_marker_rate",
                 "runon_min_share", "runon_min_words", "short_line_length", "stopwords", "strip_max_marker_share",
                 "strip_min_sentences", "terminal", "top_ngram_min_count")  # fmt: skip

    def __init__(self, prof: LanguageProfile, short_line_length: int | None = None) -> None:
        self.stopwords = prof.stopwords
        self.terminal = prof.terminal_punctuation
        self.min_sentence_words = float(prof.threshold("min_sentence_words", 0.0))
        self.top_ngram_min_count = int(prof.threshold("top_ngram_min_count", 2))
        self.repeat_min_count = int(prof.threshold("repeat_min_count", 2))
        self.dup_line_min_words = int(prof.threshold("dup_line_min_words", 0))
        self.runon_min_words = int(prof.threshold("runon_min_words", 0))
        self.runon_min_share = float(prof.threshold("runon_min_stopword_share", 0.0))
        self.runon_markers = frozenset(prof.threshold("runon_markers", ()))
        self.runon_min_marker_rate = float(prof.threshold("runon_min_marker_rate", 0.0)) if self.runon_markers else 0.0
        self.strip_min_sentences = int(prof.threshold("strip_min_sentences", 0)) if self.runon_markers else 0
        self.strip_max_marker_share = float(prof.threshold("strip_max_marker_share", 0.0))
        self.alpha_prose_numbers = bool(prof.threshold("alpha_words_prose_numbers", False))
        self.alpha_rows_prose_share = float(prof.threshold("alpha_words_rows_prose_share", 0.0))
        self.short_line_length = int(
            short_line_length if short_line_length is not None else prof.threshold("short_line_length", 30)
        )
        self.identity = _scorer_identity(self)

    def basis(self, text: str) -> str:
        """The cache key of ``text``'s signals computed by this scorer."""
        return _basis(text, self.identity)

    @property
    def _recount(self) -> bool:
        """Whether the duplicate signals differ from Gopher's/datatrove's (then they are recounted)."""
        return self.repeat_min_count > 2 or self.dup_line_min_words > 0

    def _lines(self, text: str) -> LineClasses:
        return line_classes(text, self.terminal, self.min_sentence_words, self.stopwords,
                            self.runon_min_words if self.stopwords else 0, self.runon_min_share,
                            self.runon_markers, self.runon_min_marker_rate, self.strip_min_sentences,
                            self.strip_max_marker_share)

    def compute(self, family: str, text: str) -> Signals:
        if family == "gopher":
            out = gopher_quality_signals(text, self.stopwords)
            if self.alpha_prose_numbers and out["alpha_words_ratio"] < 1.0:
                alpha = round(float(out["alpha_words_ratio"]) * int(out["words"]))
                out["alpha_words_ratio"] = alpha_words_ratio(self._lines(text), alpha, self.alpha_rows_prose_share)
            return out
        if family == "repetition":
            out = repetition_signals(text, top_min_count=self.top_ngram_min_count)
            # counting from more occurrences only lowers these: nothing repeated, nothing to recount
            if self._recount and any(out[k] for k in _RECOUNT if k in out):
                rep = repetition_at_least(text, memo_words(text), self.repeat_min_count,
                                          min_line_words=self.dup_line_min_words)
                out.update({k: v for k, v in rep.items() if k != "char_dup_ratio"})
            return out
        if family == "fineweb":
            out = fineweb_line_signals(
                text, self.terminal, self.short_line_length, min_sentence_words=self.min_sentence_words
            )
            lc = self._lines(text)
            if lc.runon_lines or lc.strip_lines:
                out["line_punct_ratio"] = lc.prose_lines / lc.lines
                out["prose_word_ratio"] = lc.prose_words / lc.n_words if lc.n_words else 0.0
            out["item_lines"] = lc.item_lines
            out["structured_item_ratio"] = lc.structured_items / lc.item_lines if lc.item_lines else 0.0
            if self._recount and out["char_dup_ratio"]:
                out["char_dup_ratio"] = repetition_at_least(
                    text, (), self.repeat_min_count, (), self.dup_line_min_words)["char_dup_ratio"]
            return out
        raise ValueError(f"unknown signal family {family!r}")


@lru_cache(maxsize=8)
def _basis(text: str, identity: bytes) -> str:
    """:meth:`SignalScorer.basis`, memoised: the three quality filters of a run share one scorer identity
    and ask it for one document after another (a digest of the whole text: 0.02 ms per wcxb page each)."""
    h = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8, key=identity)
    return h.hexdigest()


def _scorer_identity(s: SignalScorer) -> bytes:
    """A digest of every setting a scorer's signals depend on (the blake2b key of :meth:`basis`)."""
    parts = [sorted(s.stopwords), list(s.terminal), sorted(s.runon_markers)] + [
        repr(getattr(s, k)) for k in SignalScorer.__slots__ if k not in ("identity", "stopwords", "terminal",
                                                                        "runon_markers")]
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def cached_signals(
    doc: Document, family: str, scorer: SignalScorer, *, force: bool = False
) -> dict[str, Any]:
    """``doc.metadata["signals"]`` with ``family``'s signals present and computed on the current text."""
    sig: dict[str, Any] = doc.metadata.setdefault("signals", {})
    basis = scorer.basis(doc.text)
    if sig.get(BASIS_KEY) != basis:
        for k in _ALL_KEYS & sig.keys():
            del sig[k]
        sig[CHARS_KEY] = len(doc.text)
        sig[BASIS_KEY] = basis
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
        out: dict[str, Any] = {CHARS_KEY: len(doc.text), BASIS_KEY: self.scorer.basis(doc.text)}
        for family in FAMILIES:
            out.update(self.scorer.compute(family, doc.text))
        return out

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "profile": self.profile_name}
