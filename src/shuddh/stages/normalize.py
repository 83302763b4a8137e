"""The normalisation stage (a mapper): legacy-font repair, then Unicode + Indic normalisation."""

from __future__ import annotations

from typing import Any, ClassVar

from shuddh.document import Document, Dropped
from shuddh.stages.base import Mapper, StageContext
from shuddh.text.legacy import repair_legacy_text
from shuddh.text.normalize import normalize

__all__ = ["NormalizeStage"]


class NormalizeStage(Mapper):
    """Legacy-font lines (KrutiDev, Chanakya, Shusha …) converted to Unicode; then NFC,
    invisible/control characters, danda look-alikes and whitespace. Idempotent.

    Legacy repair runs first because legacy text uses bytes 0x80–0x9F as glyphs, which the
    control-character clean-up would otherwise delete.
    """

    name: ClassVar[str] = "normalize"

    def __init__(self, *, danda: bool = True, legacy_fonts: bool = True) -> None:
        self.danda = danda
        self.legacy_fonts = legacy_fonts

    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        text = doc.text
        if self.legacy_fonts:
            text, converted = repair_legacy_text(text)
            if converted:
                ctx.count("legacy_font_lines_converted", converted)
                ctx.count("docs_with_legacy_font")
                doc.metadata["legacy_font_lines"] = converted
        new = normalize(text, danda=self.danda)
        if new != doc.text:
            ctx.count("docs_changed")
            doc.text = new
        return doc

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "danda": self.danda, "legacy_fonts": self.legacy_fonts}
