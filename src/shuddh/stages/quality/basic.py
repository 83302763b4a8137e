"""The minimal quality filter: documents left empty or too short after cleaning."""

from __future__ import annotations

from typing import Any, ClassVar

import regex

from shuddh.document import Document
from shuddh.lang.profile import load_profile
from shuddh.quality.signals import count_words
from shuddh.stages.base import Filter, StageContext
from shuddh.text.segment import count_letters

__all__ = ["LengthFilter"]

_LETTER_RE = regex.compile(r"[\p{L}\p{M}]")


class LengthFilter(Filter):
    """Drops ``clean.empty`` (no letters left) and ``quality.too_short`` (fewer than ``min_words``).

    ``min_words`` defaults to the profile's ``quality.min_words`` (50 for Hindi: Gopher's and
    FineWeb-2's minimum document length).
    """

    name: ClassVar[str] = "length"

    def __init__(self, *, profile: str = "hi", min_words: int | None = None) -> None:
        prof = load_profile(profile)
        self.profile_name = profile
        self.min_words = int(min_words if min_words is not None else prof.threshold("min_words", 50))
        self.min_letters = int(prof.threshold("min_letters", 1))

    def decide(self, doc: Document, ctx: StageContext) -> str | None:
        if self.min_letters <= 1:
            if not _LETTER_RE.search(doc.text):
                return "clean.empty"
        elif count_letters(doc.text) < self.min_letters:
            return "clean.empty"
        n = count_words(doc.text)  # = len(words(text)); memoised for the quality filters after langid
        doc.metadata.setdefault("signals", {})["words"] = n
        if n < self.min_words:
            return "quality.too_short"
        return None

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "profile": self.profile_name, "min_words": self.min_words}
