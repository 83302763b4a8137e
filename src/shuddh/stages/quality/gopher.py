"""Gopher quality and repetition filters (Rae et al. 2021, app. A), Indic-correct.

Thresholds come from the language profile's ``[quality]`` table (for Hindi: FineWeb-2's ``hin_Deva``
config, cited in ``hi.toml``); a constructor argument overrides the profile, and ``0`` disables a
rule. Signals are read from ``metadata["signals"]`` when the ``quality_signals`` annotator already
computed them on the current text, and computed (and stored) otherwise.
"""

from __future__ import annotations

from typing import Any, ClassVar

from shuddh.document import Document
from shuddh.lang.profile import LanguageProfile, load_profile
from shuddh.quality.signals import DUP_NGRAM_SIZES, TOP_NGRAM_SIZES
from shuddh.stages.base import Filter, StageContext
from shuddh.stages.quality.scorer import SignalScorer, cached_signals

__all__ = ["GopherQualityFilter", "GopherRepetitionFilter", "resolve"]


def resolve(value: float | None, prof: LanguageProfile, key: str, default: float) -> float:
    """``value`` if given, else the profile's ``[quality] key``, else ``default``."""
    return float(value if value is not None else prof.threshold(key, default))


#: the words from which a document needs all of ``min_stopwords`` distinct stop words; a shorter one needs one.
#: FineWeb-2's lists are short for the languages that glue function words to the word before (ml 14 words, bn 8):
#: FLORES dev's clean text cut into 90-word documents failed "two of the list" in 19 of 148 ml documents, 8 of 187 bn,
#: 6 of 167 te, 3 of 164 ta, 2 of 181 mr; "one" in none of them (150 words: "two" failed 3 of 91 ml, none elsewhere).
#: A blind-written 90-word Malayalam news story was dropped so once its site's promo lines had been cleaned away
#: (session 26). Junk caught by bench_quality_langs.py and bench_quality.py: unchanged in every language
STOPWORDS_FULL_WORDS = 150


class GopherQualityFilter(Filter):
    """Drops documents failing a Gopher quality rule. Reasons, checked in this order:

    ``quality.gopher.too_few_words`` / ``quality.gopher.too_many_words`` (``min_words``/``max_words``),
    ``quality.gopher.mean_word_length`` (outside ``[min_mean_word_length, max_mean_word_length]``),
    ``quality.gopher.symbol_ratio`` (``#`` or ellipses per word above ``max_symbol_word_ratio``),
    ``quality.gopher.bullet_lines`` / ``quality.gopher.ellipsis_lines``,
    ``quality.gopher.alpha_words`` (share of words with a letter below ``min_alpha_words_ratio``),
    ``quality.letter_ratio`` (letters L*/M* over non-space characters below ``min_letter_ratio``),
    ``quality.gopher.stopwords`` (fewer than ``min_stopwords`` distinct profile stop words; a document of fewer than
    ``stopwords_full_words`` words needs one: see :data:`STOPWORDS_FULL_WORDS`).
    """

    name: ClassVar[str] = "gopher_quality"

    def __init__(
        self,
        *,
        profile: str = "hi",
        min_words: int | None = None,
        max_words: int | None = None,
        min_mean_word_length: float | None = None,
        max_mean_word_length: float | None = None,
        max_symbol_word_ratio: float | None = None,
        max_bullet_lines_ratio: float | None = None,
        max_ellipsis_lines_ratio: float | None = None,
        min_alpha_words_ratio: float | None = None,
        min_letter_ratio: float | None = None,
        min_stopwords: int | None = None,
        stopwords_full_words: int | None = None,
    ) -> None:
        prof = load_profile(profile)
        self.profile_name = profile
        self.scorer = SignalScorer(prof)
        self.min_words = resolve(min_words, prof, "min_words", 50)
        self.max_words = resolve(max_words, prof, "max_words", 100_000)
        self.min_mean_word_length = resolve(min_mean_word_length, prof, "min_mean_word_length", 3)
        self.max_mean_word_length = resolve(max_mean_word_length, prof, "max_mean_word_length", 10)
        self.max_symbol_word_ratio = resolve(max_symbol_word_ratio, prof, "max_symbol_word_ratio", 0.1)
        self.max_bullet_lines_ratio = resolve(max_bullet_lines_ratio, prof, "max_bullet_lines_ratio", 0.9)
        self.max_ellipsis_lines_ratio = resolve(
            max_ellipsis_lines_ratio, prof, "max_ellipsis_lines_ratio", 0.3
        )
        self.min_alpha_words_ratio = resolve(min_alpha_words_ratio, prof, "min_alpha_words_ratio", 0.8)
        self.min_letter_ratio = resolve(min_letter_ratio, prof, "min_letter_ratio", 0.0)
        # a profile without a stop-word list cannot require stop words (the rule would drop everything)
        self.min_stopwords = resolve(min_stopwords, prof, "min_stopwords", 2 if prof.stopwords else 0)
        self.stopwords_full_words = resolve(stopwords_full_words, prof, "stopwords_full_words", STOPWORDS_FULL_WORDS)

    def decide(self, doc: Document, ctx: StageContext) -> str | None:
        s = cached_signals(doc, "gopher", self.scorer)
        if self.min_words and s["words"] < self.min_words:
            return "quality.gopher.too_few_words"
        if self.max_words and s["words"] > self.max_words:
            return "quality.gopher.too_many_words"
        if (self.min_mean_word_length and s["mean_word_length"] < self.min_mean_word_length) or (
            self.max_mean_word_length and s["mean_word_length"] > self.max_mean_word_length
        ):
            return "quality.gopher.mean_word_length"
        symbols = max(s["hash_ratio"], s["ellipsis_ratio"])
        if self.max_symbol_word_ratio and symbols > self.max_symbol_word_ratio:
            return "quality.gopher.symbol_ratio"
        if self.max_bullet_lines_ratio and s["bullet_lines_ratio"] > self.max_bullet_lines_ratio:
            return "quality.gopher.bullet_lines"
        if self.max_ellipsis_lines_ratio and s["ellipsis_lines_ratio"] > self.max_ellipsis_lines_ratio:
            return "quality.gopher.ellipsis_lines"
        if self.min_alpha_words_ratio and s["alpha_words_ratio"] < self.min_alpha_words_ratio:
            return "quality.gopher.alpha_words"
        if self.min_letter_ratio and s["letter_ratio"] < self.min_letter_ratio:
            return "quality.letter_ratio"
        if self.min_stopwords and s["stopwords"] < (
                self.min_stopwords if s["words"] >= self.stopwords_full_words else min(1, self.min_stopwords)):
            return "quality.gopher.stopwords"
        return None

    def describe(self) -> dict[str, Any]:
        return {
            "stage": self.name,
            "profile": self.profile_name,
            **{k: getattr(self, k) for k in (
                "min_words", "max_words", "min_mean_word_length", "max_mean_word_length",
                "max_symbol_word_ratio", "max_bullet_lines_ratio", "max_ellipsis_lines_ratio",
                "min_alpha_words_ratio", "min_letter_ratio", "min_stopwords", "stopwords_full_words")},
        }  # fmt: skip


class GopherRepetitionFilter(Filter):
    """Drops repetitive documents. Reasons: ``quality.repetition.dup_line_frac``,
    ``quality.repetition.dup_para_frac``, ``quality.repetition.dup_line_char_frac``,
    ``quality.repetition.dup_para_char_frac``, ``quality.repetition.top_{2,3,4}gram`` and
    ``quality.repetition.dup_{5..10}gram``: a signal strictly above its threshold drops.
    ``dup_line_frac`` drops only when at least ``min_dup_lines`` lines repeat (one category line
    kept twice in a three-line page is a fraction of 0.33, not a repetitive document)."""

    name: ClassVar[str] = "gopher_repetition"

    def __init__(
        self,
        *,
        profile: str = "hi",
        dup_line_frac: float | None = None,
        dup_para_frac: float | None = None,
        dup_line_char_frac: float | None = None,
        dup_para_char_frac: float | None = None,
        top_2gram_frac: float | None = None,
        top_3gram_frac: float | None = None,
        top_4gram_frac: float | None = None,
        dup_5gram_frac: float | None = None,
        dup_6gram_frac: float | None = None,
        dup_7gram_frac: float | None = None,
        dup_8gram_frac: float | None = None,
        dup_9gram_frac: float | None = None,
        dup_10gram_frac: float | None = None,
        min_dup_lines: int | None = None,
    ) -> None:
        prof = load_profile(profile)
        self.profile_name = profile
        self.scorer = SignalScorer(prof)
        given = {k: v for k, v in locals().items() if k.endswith("_frac")}
        # 1 = Gopher/datatrove (any repeated line counts)
        self.min_dup_lines = int(resolve(min_dup_lines, prof, "min_dup_lines", 1))
        # Gopher table A1 defaults, used only when neither the argument nor the profile sets a value
        gopher = {"dup_line_frac": 0.3, "dup_para_frac": 0.3, "dup_line_char_frac": 0.2,
                  "dup_para_char_frac": 0.2, "top_2gram_frac": 0.2, "top_3gram_frac": 0.18,
                  "top_4gram_frac": 0.16, "dup_5gram_frac": 0.15, "dup_6gram_frac": 0.14,
                  "dup_7gram_frac": 0.13, "dup_8gram_frac": 0.12, "dup_9gram_frac": 0.11,
                  "dup_10gram_frac": 0.10}  # fmt: skip
        self.thresholds: dict[str, float] = {k: resolve(given[k], prof, k, d) for k, d in gopher.items()}
        assert set(self.thresholds) >= {f"top_{n}gram_frac" for n in TOP_NGRAM_SIZES} | {
            f"dup_{n}gram_frac" for n in DUP_NGRAM_SIZES
        }

    def decide(self, doc: Document, ctx: StageContext) -> str | None:
        s = cached_signals(doc, "repetition", self.scorer)
        for key, limit in self.thresholds.items():
            if key == "dup_line_frac" and s["dup_lines"] < self.min_dup_lines:
                continue
            if limit and s[key] > limit:
                # dup_line_frac keeps its name (the documented reason); n-gram keys lose "_frac"
                return "quality.repetition." + (key if key.startswith(("dup_l", "dup_p")) else key[:-5])
        return None

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "profile": self.profile_name, **self.thresholds,
                "min_dup_lines": self.min_dup_lines}
