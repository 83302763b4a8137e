"""HTML input: one document per ``.html``/``.htm`` file, and the shared page-to-document step.

:func:`page_to_document` is used by every HTML source (files, WARC records, JSONL ``html`` fields):
it extracts the main text with :func:`shuddh.extract.extract_html` (engine ``reader.extractor``,
default ``fast``) and returns a :class:`Document`
with the page's metadata, or a :class:`Quarantined` record whose reason says why it failed
(``extract.too_large``, ``extract.timeout``, ``extract.failed``).

A page that parses but has no main text is **dropped, not quarantined**: the input was readable and
the extractor did its job — the page simply has nothing to keep (a login wall, an image gallery).
Quarantine is for input that a better reader could read. Readers cannot drop, so the page becomes a
document with empty text and ``metadata["extract"]["status"] == "no_text"``, which the ``length``
stage drops as ``clean.empty`` (with the document, its URL and metadata, in ``dropped/``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shuddh.document import EXCERPT_WINDOW, Document, Quarantined, make_doc_id
from shuddh.extract import DEFAULT_ENGINE, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Engine, ExtractError, extract_html

__all__ = ["page_to_document", "read_html_file"]

#: at most this much of a failing page is copied into its quarantine record
_EXCERPT = EXCERPT_WINDOW + 1  # redaction reads the whole window, then the excerpt is cut


def page_to_document(
    html: str | bytes,
    *,
    doc_id: str,
    source: str,
    position: str,
    url: str | None = None,
    declared_charset: str | None = None,
    engine: Engine = DEFAULT_ENGINE,
    metadata: dict[str, Any] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
) -> Document | Quarantined:
    """Extract one page into a Document (or a Quarantined with the reason)."""
    try:
        ex = extract_html(html, url=url, engine=engine, declared_charset=declared_charset,
                          max_bytes=max_bytes, timeout=timeout)
    except ExtractError as e:
        raw = html[:_EXCERPT] if isinstance(html, str) else html[:_EXCERPT].decode("utf-8", errors="replace")
        return Quarantined(source=source, position=position, reason=e.reason, error=str(e), raw_excerpt=raw)
    meta = dict(metadata or {})
    meta.update(ex.metadata())
    meta.pop("url", None)  # Document.url holds it
    meta["extract"] = {"engine": ex.engine, "status": "ok" if ex.text.strip() else "no_text"}
    if ex.charset:
        meta["extract"]["charset"] = ex.charset
    meta.pop("engine", None)
    meta.pop("charset", None)
    return Document(id=doc_id, text=ex.text, source=source, url=url or ex.canonical_url, metadata=meta)


def read_html_file(path: Path, label: str, data: bytes, engine: Engine = DEFAULT_ENGINE) -> Iterator[
        Document | Quarantined]:
    """One ``.html`` file (already read and decompressed) as one document."""
    yield page_to_document(data, doc_id=make_doc_id(label, "file"), source=label, position="file",
                           engine=engine)
