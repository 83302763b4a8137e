"""WARC input (``.warc``, ``.warc.gz``): one document per HTML ``response`` record, read with FastWARC.

* id = ``WARC-Record-ID`` (``<urn:uuid:…>``), url = ``WARC-Target-URI``; the WARC date and the HTTP
  status go to metadata (``warc_date``, ``http_status``).
* Every other record — ``request``, ``metadata``, ``warcinfo``, ``resource``, responses that are not
  HTML (images, PDF, JSON) or not HTTP 200 — is skipped and counted in ``skipped`` by kind
  (``warc.skipped.<type>``, ``warc.skipped.not_html``, ``warc.skipped.http_<status>``).
* A response whose extraction fails is quarantined with the extractor's reason (``extract.timeout``,
  ``extract.too_large``, ``extract.failed``); a page without main text becomes an empty document
  (dropped later as ``clean.empty``, see :mod:`shuddh.io.html`).
* A damaged file (truncated gzip member, garbage between records) ends the file with one
  ``read.corrupt`` / ``read.truncated`` quarantine record after the records that could be read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from shuddh.document import Document, Quarantined
from shuddh.extract import DEFAULT_MAX_BYTES, Engine
from shuddh.io.html import page_to_document

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, label: str, *, engine: Engine = "trafilatura", max_bytes: int = DEFAULT_MAX_BYTES,
              skipped: Counter[str] | None = None) -> Iterator[Document | Quarantined]:
    """Documents of the HTML responses of one WARC file; other records are counted in ``skipped``."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    counts: Counter[str] = skipped if skipped is not None else Counter()
    n = 0
    try:
        with path.open("rb") as fh:
            for rec in ArchiveIterator(fh, parse_http=True, auto_decode="all"):
                n += 1
                pos = f"record {n}"
                if rec.record_type != WarcRecordType.response:
                    counts[f"warc.skipped.{rec.record_type}"] += 1
                    continue
                ctype = (rec.http_content_type or "").lower()
                if not ctype.startswith(_HTML_TYPES):
                    counts["warc.skipped.not_html"] += 1
                    continue
                status = rec.http_headers.status_code if rec.http_headers is not None else None
                if status is not None and status != 200:
                    counts[f"warc.skipped.http_{status}"] += 1
                    continue
                rid = rec.headers.get("WARC-Record-ID") or rec.record_id or f"{label}:{pos}"
                url = rec.headers.get("WARC-Target-URI")
                # read at most one byte past the limit: a huge payload is never held in memory whole
                body = rec.reader.read(max_bytes + 1) if max_bytes else rec.reader.read()
                meta = {"warc_date": rec.headers.get("WARC-Date"), "http_status": status}
                yield page_to_document(body, doc_id=rid, source=f"{label}:{pos}", position=pos, url=url,
                                       declared_charset=rec.http_charset, engine=engine,
                                       metadata={k: v for k, v in meta.items() if v is not None},
                                       max_bytes=max_bytes)
    except (OSError, ValueError, EOFError) as e:
        msg = str(e) or e.__class__.__name__
        reason = "read.truncated" if "truncat" in msg.lower() or isinstance(e, EOFError) else "read.corrupt"
        yield Quarantined(source=label, position=f"after record {n}", reason=reason,
                          error=f"unreadable WARC after record {n}: {e.__class__.__name__}: {msg}")
