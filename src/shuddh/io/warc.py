"""WARC input (``.warc``, ``.warc.gz``): one document per HTML ``response`` record, read with FastWARC.

* id = ``WARC-Record-ID`` (``<urn:uuid:…>``), url = ``WARC-Target-URI``; the WARC date and the HTTP
  status go to metadata (``warc_date``, ``http_status``).
* Every other record — ``request``, ``metadata``, ``warcinfo``, ``resource``, responses that are not
  HTML (images, PDF, JSON) or not HTTP 200 — is skipped and counted in ``skipped`` by kind
  (``warc.skipped.<type>``, ``warc.skipped.not_html``, ``warc.skipped.http_<status>``).
* A response whose extraction fails is quarantined with the extractor's reason (``extract.timeout``,
  ``extract.too_large``, ``extract.failed``); a page without main text becomes an empty document
  (dropped later as ``clean.empty``, see :mod:`shuddh.io.html`).
* A damaged file ends with one ``read.truncated`` (the file is cut short) or ``read.corrupt`` (bytes
  that are not WARC) quarantine record after the records that could be read whole; a record whose
  content is cut short is never read into a document. FastWARC itself reads a cut gzip member or a
  cut record as far as it goes without an error, so the reader checks:

  - gzip (``.warc.gz``, found by its magic bytes): one streaming :mod:`zlib` pass finds the end of the
    last *complete* gzip member, and FastWARC reads only the members before it;
  - uncompressed: each record's block (WARC header + ``Content-Length`` bytes) must fit in the file
    (checked as it is read, before the record becomes a document).

  Other compressions FastWARC detects (zstd, lz4) have no such check: FastWARC raises when a frame is
  cut ("incomplete frame"), which ends the file with ``read.truncated`` after the last whole record
  (tested for zstd at every cut point of the last two records: no partial page becomes a document); a
  file cut exactly between two frames cannot be told from a shorter file. The path is always a local
  file (:func:`shuddh.io.readers.read_file` copies a URL to fsspec's local cache first).
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from shuddh.document import Document, Quarantined
from shuddh.extract import DEFAULT_MAX_BYTES, Engine
from shuddh.io.html import page_to_document

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")

_GZIP_MAGIC = b"\x1f\x8b"
#: the longest WARC header FastWARC accepts (its own default, passed explicitly so the two agree): a
#: record whose ``Content-Length`` ends this far before the end of the file cannot be cut short
_MAX_HEADER = 32 << 10
#: compressed bytes read per step of the gzip check, and the most output one inflate call may make
#: (the output is thrown away; the cap keeps a gzip bomb from filling memory)
_CHUNK = 1 << 20
_MAX_OUT = 4 << 20
#: what FastWARC's decompressors say when a compressed stream ends inside a frame (zstd: "incomplete
#: frame"): the file is cut short, not corrupt
_CUT_MESSAGES = ("truncat", "incomplete frame", "unexpected end")


@dataclass(frozen=True, slots=True)
class _Damage:
    """The unreadable end of a file: from byte ``start`` to the end."""

    start: int
    reason: str  # read.truncated | read.corrupt
    what: str


def _gzip_readable_end(fh: BinaryIO, size: int) -> tuple[int, _Damage | None]:
    """The offset just past the last complete gzip member of ``fh`` and, when bytes follow it, why.

    A member counts as complete when zlib reaches its end (its CRC-32 and length trailer checked). On a
    multi-member ``.warc.gz`` (one member per record, as crawlers write) everything before a cut is
    kept. Cost: one more inflate of the file. Measured (``time.process_time``, one core; 2 000 records
    of ~60 KB generated Hindi HTML, 21.5 MB gzip → 121 MB; 3 runs): 0.13 ms CPU per record (≈ 12 s per
    GB of ``.warc.gz``), ~2.5× FastWARC's own decompression but ≈ 0.3 % of the ≈ 45 ms trafilatura
    spends extracting one page. An intact file is then read straight, without the :class:`_Prefix` wrapper.
    """
    good = 0  # end of the last complete member
    offset = 0  # file offset of data[0]
    d = zlib.decompressobj(wbits=31)  # 31: gzip header and trailer
    while chunk := fh.read(_CHUNK):
        data = chunk
        while data:
            try:
                d.decompress(data, _MAX_OUT)
            except zlib.error as e:
                return good, _Damage(good, "read.corrupt", f"not a valid gzip member ({e})")
            if d.eof:
                rest = d.unused_data
                offset += len(data) - len(rest)
                good, data = offset, rest
                d = zlib.decompressobj(wbits=31)
            else:
                tail = d.unconsumed_tail
                offset += len(data) - len(tail)
                data = tail
    if good < size:  # the bytes after ``good`` were all fed to one member that never ended
        return good, _Damage(good, "read.truncated", "an incomplete gzip member (the file is cut short)")
    return good, None


class _Prefix:
    """The first ``limit`` bytes of a binary file, as the file-like object FastWARC reads."""

    def __init__(self, fh: BinaryIO, limit: int) -> None:
        self._fh = fh
        self._limit = limit

    def read(self, size: int = -1) -> bytes:
        left = self._limit - self._fh.tell()
        if left <= 0:
            return b""
        return self._fh.read(left if size is None or size < 0 else min(size, left))

    def tell(self) -> int:
        return self._fh.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence == 2:
            return self._fh.seek(self._limit + offset)
        return self._fh.seek(offset, whence)

    def close(self) -> None:  # the caller closes the file
        pass


def _block_end(probe: BinaryIO, pos: int, content_length: int | None) -> int | None:
    """End offset of the block of the uncompressed record at ``pos``, or ``None`` when its WARC header
    is itself cut short. ``content_length=None``: the header has no valid ``Content-Length``."""
    probe.seek(pos)
    head = probe.read(_MAX_HEADER + 4)
    sep = head.find(b"\r\n\r\n")
    if sep < 0:
        return None
    return pos + sep + 4 + (content_length or 0)


def _cut_header_start(probe: BinaryIO, start: int, size: int) -> int | None:
    """Where the bytes from ``start`` (after the CRLF CRLF ending the previous record) to the end of an
    uncompressed file begin, when they are the beginning of a WARC header and nothing else — a file cut
    in a record's first line, which FastWARC reports as an invalid header; ``None`` otherwise."""
    if size - start > _MAX_HEADER:
        return None
    probe.seek(start)
    raw = probe.read()
    tail = raw.lstrip(b"\r\n")
    if tail and b"\r\n\r\n" not in tail and (tail.startswith(b"WARC/") or b"WARC/".startswith(tail)):
        return start + len(raw) - len(tail)
    return None


def _content_length(value: str | None) -> int | None:
    try:
        n = int(value) if value is not None else -1
    except ValueError:
        return None
    return n if n >= 0 else None


def read_warc(path: Path, label: str, *, engine: Engine = "trafilatura", max_bytes: int = DEFAULT_MAX_BYTES,
              skipped: Counter[str] | None = None) -> Iterator[Document | Quarantined]:
    """Documents of the HTML responses of one WARC file; other records are counted in ``skipped``."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    counts: Counter[str] = skipped if skipped is not None else Counter()
    n = 0  # records read whole
    size = path.stat().st_size
    with path.open("rb") as fh, path.open("rb") as probe:
        magic = fh.read(5)
        fh.seek(0)
        damage: _Damage | None = None
        stream: BinaryIO | _Prefix = fh
        plain = magic == b"WARC/"
        last: tuple[int, int | None] = (0, 0)  # uncompressed: stream_pos and Content-Length of the last record
        if magic.startswith(_GZIP_MAGIC):
            good, damage = _gzip_readable_end(fh, size)
            fh.seek(0)
            if damage is not None:
                stream = _Prefix(fh, good)
        try:
            for rec in ArchiveIterator(stream, parse_http=True, auto_decode="all", max_header_len=_MAX_HEADER):
                if plain:  # measured as above: 0.007 ms CPU per record (one header read near the end)
                    pos = rec.stream_pos
                    cl = _content_length(rec.headers.get("Content-Length"))
                    last = (pos, cl)
                    if cl is None or pos + _MAX_HEADER + 4 + cl > size:
                        end = _block_end(probe, pos, cl)
                        if end is None or end > size:
                            damage = _Damage(pos, "read.truncated", f"record {n + 1} is cut short (its "
                                             f"{'header' if end is None else 'block'} ends past the end of the file)")
                            break
                        if cl is None:
                            damage = _Damage(pos, "read.corrupt", f"record {n + 1} has no valid Content-Length")
                            break
                n += 1
                where = f"record {n}"
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
                rid = rec.headers.get("WARC-Record-ID") or rec.record_id or f"{label}:{where}"
                url = rec.headers.get("WARC-Target-URI")
                # read at most one byte past the limit: a huge payload is never held in memory whole
                body = rec.reader.read(max_bytes + 1) if max_bytes else rec.reader.read()
                meta = {"warc_date": rec.headers.get("WARC-Date"), "http_status": status}
                yield page_to_document(body, doc_id=rid, source=f"{label}:{where}", position=where, url=url,
                                       declared_charset=rec.http_charset, engine=engine,
                                       metadata={k: v for k, v in meta.items() if v is not None},
                                       max_bytes=max_bytes)
        except (OSError, ValueError, EOFError) as e:
            msg = str(e) or e.__class__.__name__
            cut = any(s in msg.lower() for s in _CUT_MESSAGES) or isinstance(e, EOFError)
            reason = "read.truncated" if cut else "read.corrupt"
            start = None
            if plain:  # a file cut in the first line of a record: truncated, not corrupt
                end = _block_end(probe, *last) if n else 0
                start = _cut_header_start(probe, end, size) if end is not None else None
            if start is None:
                yield Quarantined(source=label, position=f"after record {n}", reason=reason,
                                  error=f"unreadable WARC after record {n}: {e.__class__.__name__}: {msg}")
                return
            damage = _Damage(start, "read.truncated", f"the start of a record header, cut short (FastWARC: {msg})")
    if damage is not None:
        yield Quarantined(source=label, position=f"after record {n}", reason=damage.reason,
                          error=f"unreadable WARC after record {n}: the last {size - damage.start} bytes "
                                f"(from byte {damage.start} of {size}) are {damage.what}")
