"""The normalisation stage: Unicode + Indic normalisation of every document (a mapper)."""

from __future__ import annotations

from typing import Any, ClassVar

from shuddh.document import Document, Dropped
from shuddh.stages.base import Mapper, StageContext
from shuddh.text.normalize import normalize

__all__ = ["NormalizeStage"]


class NormalizeStage(Mapper):
    """NFC, invisible/control characters, danda look-alikes, whitespace. Idempotent."""

    name: ClassVar[str] = "normalize"

    def __init__(self, *, danda: bool = True) -> None:
        self.danda = danda

    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        new = normalize(doc.text, danda=self.danda)
        if new != doc.text:
            ctx.count("docs_changed")
            doc.text = new
        return doc

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "danda": self.danda}
