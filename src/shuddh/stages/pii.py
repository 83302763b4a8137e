"""PII redaction stage (a mapper), on by default: e-mail, Indian phones, Aadhaar (Verhoeff), PAN,
cards (Luhn), IP addresses and URLs with secrets are replaced by typed placeholders (``<PHONE>`` …).

It runs right after normalisation, before any stage that can drop a document or sample a removed line,
so ``dropped/`` records and the report's examples are already redacted. Counts per type go to the
stage counters (``pii.PHONE`` …) — numbers only, never values. With ``max_count`` set, a document with
more PII matches than that is dropped as ``pii.too_many`` (its text redacted first).
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from shuddh.document import Document, Dropped
from shuddh.errors import ConfigError
from shuddh.pii import CORE_TYPES, RedactionConfig, Redactor
from shuddh.stages.base import Mapper, StageContext

__all__ = ["PiiStage"]


class PiiStage(Mapper):
    """Redact personal data. ``types``: comma-separated (default: the core types); ``mode``:
    ``placeholder`` or ``hash`` (needs ``salt``); ``max_count``: drop documents with more matches."""

    name: ClassVar[str] = "pii"

    def __init__(self, *, types: str | None = None, mode: Literal["placeholder", "hash"] = "placeholder",
                 salt: str = "", max_count: int | None = None) -> None:
        self.types_spec = types or ",".join(CORE_TYPES)
        try:
            self.config = RedactionConfig(
                types=frozenset(t.strip().upper() for t in self.types_spec.split(",") if t.strip()),
                mode=mode, salt=salt,
            )
        except ValueError as e:
            raise ConfigError(f"pii: {e}") from None
        self.max_count = max_count
        self.redactor = Redactor(self.config)

    def redact(self, text: str) -> str:
        """Redacted text only (used for quarantine excerpts)."""
        return self.redactor.redact(text).text

    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        res = self.redactor.redact(doc.text)
        if res.counts:
            doc.text = res.text
            total = 0
            for t, n in res.counts.items():
                ctx.count(f"pii.{t}", n)
                total += n
            ctx.count("docs_with_pii")
            doc.metadata["pii"] = dict(res.counts)
            if self.max_count is not None and total > self.max_count:
                return Dropped(doc, "pii.too_many", self.name)
        # metadata copied from the input (titles, urls …) may leak PII too
        for key in ("title", "section"):
            v = doc.metadata.get(key)
            if isinstance(v, str):
                doc.metadata[key] = self.redactor.redact(v).text
        return doc

    def describe(self) -> dict[str, Any]:
        # never the salt
        return {"stage": self.name, "types": self.types_spec, "mode": self.config.mode,
                "max_count": self.max_count}
