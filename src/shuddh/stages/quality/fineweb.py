"""FineWeb / FineWeb-2 line-level quality filter, Indic-correct (``।`` and ``॥`` end a line).

Thresholds from the profile's ``[quality]`` table (Hindi: FineWeb-2 ``hin_Deva``, cited in
``hi.toml``); a constructor argument overrides the profile, ``0`` disables a rule. Signals are reused
from ``metadata["signals"]`` when already computed on the current text.
"""

from __future__ import annotations

from typing import Any, ClassVar

from shuddh.document import Document
from shuddh.lang.profile import load_profile
from shuddh.stages.base import Filter, StageContext
from shuddh.stages.quality.gopher import resolve
from shuddh.stages.quality.scorer import SignalScorer, cached_signals

__all__ = ["FineWebQualityFilter"]


class FineWebQualityFilter(Filter):
    """Drops documents that are not prose by FineWeb's line rules. Reasons, in order:

    ``quality.fineweb.line_punct_ratio`` (share of non-empty lines that read as sentences — ending in
    the profile's terminal punctuation, with at least ``min_sentence_words`` words per sentence — *at
    most* ``line_punct_thr``, and, when ``line_punct_word_thr`` is set, the share of words in those
    lines at most ``line_punct_word_thr`` too: a page whose prose paragraphs hold most of its words is
    prose even when list lines outnumber them; the list lines are the chrome stage's business),
    ``quality.fineweb.short_line_ratio`` (share of lines of
    at most ``short_line_length`` characters above ``short_line_thr``), ``quality.fineweb.char_dup_ratio``
    (characters in repeated lines above ``char_dup_ratio``), ``quality.fineweb.list_ratio`` (line breaks
    per word above ``new_line_ratio``; when ``list_structured_item_ratio`` is set, not for a list of at
    least ``list_min_items`` item lines of which at least that share relate two things — "रवीना टंडन -
    संध्या", "हाउसफुल (2010)": a cast list, filmography or bibliography carries facts in every item,
    while menus, tag clouds and section names are bare labels).
    """

    name: ClassVar[str] = "fineweb_quality"

    def __init__(
        self,
        *,
        profile: str = "hi",
        line_punct_thr: float | None = None,
        line_punct_word_thr: float | None = None,
        short_line_thr: float | None = None,
        short_line_length: int | None = None,
        char_dup_ratio: float | None = None,
        new_line_ratio: float | None = None,
        list_structured_item_ratio: float | None = None,
        list_min_items: int | None = None,
    ) -> None:
        prof = load_profile(profile)
        self.profile_name = profile
        self.line_punct_thr = resolve(line_punct_thr, prof, "line_punct_thr", 0.12)
        # 0 = FineWeb's rule on lines alone
        self.line_punct_word_thr = resolve(line_punct_word_thr, prof, "line_punct_word_thr", 0.0)
        self.short_line_thr = resolve(short_line_thr, prof, "short_line_thr", 0.67)
        self.short_line_length = int(resolve(short_line_length, prof, "short_line_length", 30))
        self.char_dup_ratio = resolve(char_dup_ratio, prof, "char_dup_ratio", 0.01)
        self.new_line_ratio = resolve(new_line_ratio, prof, "new_line_ratio", 0.3)
        # 0 = FineWeb's list rule without exception
        self.list_structured_item_ratio = resolve(
            list_structured_item_ratio, prof, "list_structured_item_ratio", 0.0
        )
        self.list_min_items = int(resolve(list_min_items, prof, "list_min_items", 5))
        self.scorer = SignalScorer(prof, self.short_line_length)
        # the cached short_line_ratio is only valid for the profile's short-line length
        self._own_length = self.short_line_length != int(prof.threshold("short_line_length", 30))

    def decide(self, doc: Document, ctx: StageContext) -> str | None:
        s = cached_signals(doc, "fineweb", self.scorer, force=self._own_length)
        if (
            self.line_punct_thr
            and s["line_punct_ratio"] <= self.line_punct_thr
            and (not self.line_punct_word_thr or s["prose_word_ratio"] <= self.line_punct_word_thr)
        ):
            return "quality.fineweb.line_punct_ratio"
        if self.short_line_thr and s["short_line_ratio"] > self.short_line_thr:
            return "quality.fineweb.short_line_ratio"
        if self.char_dup_ratio and s["char_dup_ratio"] > self.char_dup_ratio:
            return "quality.fineweb.char_dup_ratio"
        if self.new_line_ratio and s["newline_ratio"] > self.new_line_ratio and not self._structured_list(s):
            return "quality.fineweb.list_ratio"
        return None

    def _structured_list(self, s: dict[str, Any]) -> bool:
        return bool(
            self.list_structured_item_ratio
            and s["item_lines"] >= self.list_min_items
            and s["structured_item_ratio"] >= self.list_structured_item_ratio
        )

    def describe(self) -> dict[str, Any]:
        return {
            "stage": self.name,
            "profile": self.profile_name,
            "line_punct_thr": self.line_punct_thr,
            "line_punct_word_thr": self.line_punct_word_thr,
            "short_line_thr": self.short_line_thr,
            "short_line_length": self.short_line_length,
            "char_dup_ratio": self.char_dup_ratio,
            "new_line_ratio": self.new_line_ratio,
            "list_structured_item_ratio": self.list_structured_item_ratio,
            "list_min_items": self.list_min_items,
        }
