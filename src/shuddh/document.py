"""The records that flow through a pipeline.

Every input record ends as exactly one of:

* a kept :class:`Document` (written to ``OUTDIR/kept/``),
* a :class:`Dropped` document with a dotted reason such as ``quality.too_short`` (``OUTDIR/dropped/``),
* a :class:`Quarantined` record: input that could not be read at all, with the error, the source file
  and the line or byte offset (``OUTDIR/quarantine/``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import xxhash

__all__ = ["EXCERPT_CHARS", "EXCERPT_TAIL", "EXCERPT_WINDOW", "Document", "Dropped", "Quarantined", "make_doc_id"]

#: characters of raw input a quarantine record shows (``raw_excerpt``)
EXCERPT_CHARS = 300
#: characters of raw input a reader hands over: redaction reads this much, then the excerpt is cut, so an
#: identifier that straddles the 300th character is redacted whole instead of surviving cut in two
EXCERPT_WINDOW = 4096
#: when the window itself was cut, its last characters (where an identifier may be cut in two and so go
#: unrecognised) never reach the excerpt
EXCERPT_TAIL = 256


def make_doc_id(source: str, position: int | str) -> str:
    """A stable id from where a record came from: the same file and position give the same id."""
    return xxhash.xxh3_128_hexdigest(f"{source}\x00{position}".encode())


@dataclass(slots=True, kw_only=True)
class Document:
    """One document: its text and where it came from."""

    id: str
    text: str
    source: str  # file and line/offset it came from (provenance)
    url: str | None = None
    lang: str | None = None  # BCP-47-ish: "hi", "hi-Latn", "bho", "mr", "ne" …
    metadata: dict[str, Any] = field(default_factory=dict)
    #: the audit trail: lines the stages removed, ``[line, text, reason, stage]`` in stage order (``line``:
    #: index in the text the stage received); None when nothing was removed or the audit is off. Not part
    #: of :meth:`to_record`: the executor writes it to ``removed/`` (see ``shuddh.stages.base``)
    removed: list[list[Any]] | None = None
    #: the label of the input file it was read from (set by the shard task; a shard may group several small
    #: files). Not part of :meth:`to_record`; it travels between phases in the work files
    file: str | None = None

    def to_record(self) -> dict[str, Any]:
        """The JSON-able form written to ``kept/``: fixed keys first, then metadata."""
        return {
            "id": self.id,
            "text": self.text,
            "source": self.source,
            "url": self.url,
            "lang": self.lang,
            "metadata": self.metadata,
        }

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Document:
        """Inverse of :meth:`to_record`."""
        return cls(
            id=str(rec["id"]),
            text=str(rec["text"]),
            source=str(rec.get("source", "")),
            url=rec.get("url"),
            lang=rec.get("lang"),
            metadata=dict(rec.get("metadata") or {}),
        )


@dataclass(slots=True)
class Dropped:
    """A document a stage decided not to keep, with a dotted reason (``<stage-family>.<why>``)."""

    doc: Document
    reason: str
    stage: str = ""
    detail: dict[str, Any] = field(default_factory=dict)  # e.g. {"kept_id": …} for duplicates

    def to_record(self) -> dict[str, Any]:
        rec = self.doc.to_record()
        rec["reason"] = self.reason
        rec["stage"] = self.stage
        if self.detail:
            rec["detail"] = self.detail
        return rec


@dataclass(slots=True, kw_only=True)
class Quarantined:
    """Input that could not be turned into a :class:`Document`."""

    source: str  # the input file
    position: str  # "line 17", "byte 4096", "row 3" …
    reason: str  # short machine-readable code: read.invalid_json, read.invalid_utf8, read.truncated …
    error: str  # the human-readable message
    #: the raw input, for debugging: readers give up to :data:`EXCERPT_WINDOW` characters (more are cut
    #: here); the written record shows at most :data:`EXCERPT_CHARS`, after redaction (executors/shard.py)
    raw_excerpt: str = ""
    #: how many characters of raw input ``raw_excerpt`` held when the record was made (before redaction)
    raw_chars: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.raw_excerpt = self.raw_excerpt[:EXCERPT_WINDOW]
        self.raw_chars = len(self.raw_excerpt)

    def shown_excerpt(self) -> str:
        """The part of ``raw_excerpt`` written: its first :data:`EXCERPT_CHARS` characters. Of a raw window
        longer than ``EXCERPT_CHARS + EXCERPT_TAIL`` characters (which may have been cut in the middle of an
        identifier, so that redaction did not see it) the last :data:`EXCERPT_TAIL` are never shown, even
        when redaction made the text short."""
        limit = EXCERPT_CHARS
        if self.raw_chars > EXCERPT_CHARS + EXCERPT_TAIL:
            limit = max(0, min(limit, len(self.raw_excerpt) - EXCERPT_TAIL))
        return self.raw_excerpt[:limit]

    def to_record(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "position": self.position,
            "reason": self.reason,
            "error": self.error,
            "raw_excerpt": self.shown_excerpt(),
        }
