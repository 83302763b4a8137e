"""PII redaction stage (a mapper), on by default: e-mail, Indian phones, Aadhaar (Verhoeff), PAN,
cards (Luhn), public IP addresses, URLs with secrets, UPI ids, GSTIN, vehicle registration numbers,
Aadhaar Virtual IDs and ABHA health ids are replaced by typed placeholders (``<PHONE>`` …).

Every string a document carries is redacted, not only its text: ``id``, ``url``, ``source``, ``lang`` and
all of ``metadata`` (any input field other than text, id and url lands there; nested dicts and lists,
dict keys, integers that read as a phone number). ``fields`` narrows this down, ``exempt`` names fields
known to be safe. A URL keeps its scheme, host and path: only the personal or secret parts are replaced.
An id that held personal data stays unique: ``user-<EMAIL>~part-00003.17`` (placeholder mode: the
shard and the document's position in it) or ``user-<EMAIL:1a2b3c4d>~<16 hex>`` (hash mode: a keyed hash
of the whole raw id, so the same raw id gets the same new id in every run with the same salt).

It runs right after normalisation, before any stage that can drop a document or sample a removed line,
so ``dropped/`` records (and what dedup copies from a kept document, ``detail.kept_id``) and the report's
examples are already redacted. Quarantined records get their excerpt and error redacted
(:meth:`PiiStage.redact_quarantined`). Counts per type go to the stage counters (``pii.PHONE`` …, matches
in every field) — numbers only, never values; ``metadata.pii`` counts the matches in the text. With
``max_count`` set, a document with more matches in its text than that is dropped as ``pii.too_many``
(redacted first).

Hash mode needs a secret salt: the ``salt`` parameter or the environment variable ``SHUDDH_PII_SALT``.
It is never written: not to config.yaml, stats.json, plan.json or any message (the config fingerprint
holds a slow hash of it, so a rerun with another salt is another configuration).
"""

from __future__ import annotations

import os
from typing import Any, ClassVar, Literal

from shuddh.config import SALT_ENV
from shuddh.document import Document, Dropped, Quarantined
from shuddh.errors import ConfigError
from shuddh.pii import CORE_TYPES, RedactionConfig, Redactor
from shuddh.pii._fields import FieldRedactor, decode_escapes, parse_field_paths
from shuddh.stages.base import Mapper, StageContext

__all__ = ["PiiStage"]


class PiiStage(Mapper):
    """Redact personal data. ``types``: comma-separated (default: the core types); ``mode``:
    ``placeholder`` or ``hash`` (needs ``salt`` or ``SHUDDH_PII_SALT``); ``max_count``: drop documents
    with more matches in their text; ``fields``: ``all`` or comma-separated fields to redact (``id``,
    ``text``, ``source``, ``url``, ``lang``, ``metadata``, ``metadata.<key>[.<key>…]``); ``exempt``: fields
    never redacted, in the same form; ``redact_private_ips``: also replace private, loopback and
    documentation IP addresses (kept by default: they identify no one)."""

    name: ClassVar[str] = "pii"

    def __init__(self, *, types: str | None = None, mode: Literal["placeholder", "hash"] = "placeholder",
                 salt: str = "", max_count: int | None = None, fields: str = "all", exempt: str = "",
                 redact_private_ips: bool = False) -> None:
        self.types_spec = types or ",".join(CORE_TYPES)
        if mode == "hash" and not salt:
            salt = os.environ.get(SALT_ENV, "")
            if not salt:
                raise ConfigError(
                    f"pii: hash mode needs a secret salt: set the environment variable {SALT_ENV} (or the "
                    "stage's salt parameter); an unsalted hash of a phone or Aadhaar number can be reversed "
                    "by enumerating all numbers"
                )
        try:
            self.config = RedactionConfig(
                types=frozenset(t.strip().upper() for t in self.types_spec.split(",") if t.strip()),
                mode=mode, salt=salt, redact_private_ips=bool(redact_private_ips),
            )
            chosen = None if fields.strip() == "all" else parse_field_paths(fields, "pii fields")
            skipped = parse_field_paths(exempt, "pii exempt")
        except ValueError as e:
            raise ConfigError(f"pii: {e}") from None
        self.max_count = max_count
        self.fields_spec, self.exempt_spec = fields, exempt
        self.redactor = Redactor(self.config)
        self.fields = FieldRedactor(self.redactor, chosen, skipped)

    def __repr__(self) -> str:  # never the salt
        return f"PiiStage(types={self.types_spec!r}, mode={self.config.mode!r}, fields={self.fields_spec!r})"

    def redact(self, text: str) -> str:
        """Redacted text only."""
        return self.redactor.redact(text).text

    def redact_quarantined(self, q: Quarantined) -> None:
        """Redact what a quarantine record shows of the input: its excerpt (JSON ``\\u`` escapes and HTML
        character references decoded first, the whole window before it is cut, see
        :meth:`Quarantined.shown_excerpt`) and its error message (which may quote field names)."""
        if q.raw_excerpt:
            q.raw_excerpt = self.redact(decode_escapes(q.raw_excerpt))
        if q.error:
            q.error = self.redact(decode_escapes(q.error))

    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        found: dict[str, int] = {}

        def count(t: str, n: int) -> None:
            found[t] = found.get(t, 0) + n

        text_counts: dict[str, int] = {}
        f = self.fields
        if f.applies(("text",)):
            res = self.redactor.redact(doc.text)
            if res.counts:
                doc.text = res.text
                text_counts = res.counts
                for t, n in res.counts.items():
                    count(t, n)
        if f.applies(("id",)):
            self._redact_id(doc, ctx, count)
        if doc.url is not None and f.applies(("url",)):
            doc.url = f.string(doc.url, count)
        if f.applies(("source",)):
            doc.source = f.string(doc.source, count)
        if doc.lang is not None and f.applies(("lang",)):
            doc.lang = f.string(doc.lang, count)
        if doc.metadata:
            doc.metadata = f.mapping(doc.metadata, ("metadata",), count)
        if found:
            for t, n in found.items():
                ctx.count(f"pii.{t}", n)
            ctx.count("docs_with_pii")
        if text_counts:
            doc.metadata["pii"] = dict(text_counts)
            if self.max_count is not None and sum(text_counts.values()) > self.max_count:
                return Dropped(doc, "pii.too_many", self.name)
        return doc

    def _redact_id(self, doc: Document, ctx: StageContext, count: Any) -> None:
        raw = doc.id
        red = self.fields.string(raw, count)
        if red == raw:
            return
        # two ids that differ only in their personal data must stay two ids
        if self.config.mode == "hash":
            doc.id = f"{red}~{self.redactor.keyed_digest(raw)}"
        else:
            shard = ctx.shard.name if ctx.shard is not None else "doc"
            doc.id = f"{red}~{shard}.{ctx.stats.docs_in}"

    def describe(self) -> dict[str, Any]:
        # never the salt
        out = {"stage": self.name, "types": self.types_spec, "mode": self.config.mode,
               "max_count": self.max_count, "fields": self.fields_spec, "exempt": self.exempt_spec}
        if self.config.redact_private_ips:  # only when set: configurations from before issue 19 keep their key
            out["redact_private_ips"] = True
        return out
