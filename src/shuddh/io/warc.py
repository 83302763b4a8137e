"""WARC input (``.warc``, ``.warc.gz``): one document per HTML ``response`` or ``resource`` record, read
with FastWARC.

* id = ``WARC-Record-ID`` (``<urn:uuid:…>``), url = ``WARC-Target-URI``; the WARC date and the HTTP
  status go to metadata (``warc_date``, ``http_status``; a ``resource`` record has no HTTP status).
* A ``resource`` record (wget ``--warc-file``, Webrecorder, warcio captures of local files) holds the
  file itself: it is a page when the WARC header's ``Content-Type`` is HTML (its ``charset`` is the
  declared one), else skipped as ``warc.skipped.resource``.
* Every other record — ``request``, ``metadata``, ``warcinfo``, ``revisit``, responses that are not
  HTML (images, PDF, JSON) or not HTTP 200 — is skipped and counted in ``skipped`` by kind
  (``warc.skipped.<type>``, ``warc.skipped.not_html``, ``warc.skipped.http_<status>``).
* A response whose extraction fails is quarantined with the extractor's reason (``extract.timeout``,
  ``extract.too_large``, ``extract.failed``); a page without main text becomes an empty document
  (dropped later as ``clean.empty``, see :mod:`shuddh.io.html`).
* The HTTP ``Content-Encoding`` (gzip, deflate, br) is decoded here, to at most ``max_bytes + 1`` bytes:
  a body that does not decode is that record's ``read.content_encoding``, a decompression bomb is
  ``extract.too_large``; either way the next record is read (FastWARC's own decoding ended the file).
* A ``.warc.gz`` record whose ``Content-Length`` runs past the decompressed file is quarantined alone
  (``read.corrupt``) and reading restarts at the next gzip member (FastWARC would take every later record
  as its block). A record's member is the one FastWARC's position names, or, for a record inside a member of
  several records (whose position can be a later member's), the earlier member holding its
  ``WARC-Record-ID`` (:func:`_member_of`). An empty gzip member (where FastWARC stops) is stepped over
  (:func:`_after_empty_member`). The records are counted apart from FastWARC (record headers found by a byte
  scan) for the run's independent count (:class:`shuddh.io.readers.FileCount`).
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

import bisect
import io
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from shuddh.document import Document, Quarantined
from shuddh.extract import DEFAULT_MAX_BYTES, Engine
from shuddh.io.html import page_to_document
from shuddh.io.readers import FileCount, _open_error

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
#: the end of one record and the start of the next one's header (where reading restarts after a record
#: whose Content-Length cannot be true)
_NEXT_RECORD = b"\r\n\r\nWARC/"
#: what the independent record count looks for: a line that starts a WARC header. Not the stricter
#: ``_NEXT_RECORD``: FastWARC also reads a header after a damaged separator (``\n\r\nWARC/``, found by the
#: fuzz), and a count below what was read would flag a file that lost nothing
_RECORD_LINES = (b"\nWARC/1.", b"\nWARC/0.")  # WARC/1.0, 1.1 and the old 0.17, 0.18
#: the first 7 bytes of a member that starts with a record: a record line without its newline
_RECORD_HEADS = tuple(m[1:] for m in _RECORD_LINES)


#: the :data:`_RECORD_LINES` as one pattern (they cannot overlap: their only newline is the first byte)
_RECORD_LINE_RE = re.compile(rb"\nWARC/[01]\.")


def _record_lines(buf: bytes) -> int:
    """Occurrences of the :data:`_RECORD_LINES` in ``buf``, by one :mod:`re` scan. Measured on the 417 MB
    of the 1,497 wcxb pages inflated (``time.process_time``, best of 3): 0.132 s, against 0.215 s for the
    former ``bytes.find`` loop on ``\\nWARC/`` with each hit's version checked (itself 0.097 -> 0.061 s on
    400 pages against counting each pattern apart): ``bytes.find`` is slow on a needle whose last byte
    (``/``) is common in HTML. The former loop is the oracle of
    ``tests/unit/perf_equivalence/test_warc_record_lines.py``."""
    return len(_RECORD_LINE_RE.findall(buf))


@dataclass(frozen=True, slots=True)
class _Damage:
    """The unreadable end of a file: from byte ``start`` to the end."""

    start: int
    reason: str  # read.truncated | read.corrupt
    what: str


@dataclass(slots=True)
class _GzipScan:
    """What one streaming inflate of a ``.warc.gz`` finds (see :func:`_gzip_scan`)."""

    good: int = 0  # offset just past the last complete gzip member
    damage: _Damage | None = None
    members: list[int] = field(default_factory=list)  # compressed start offset of every complete member
    out_before: list[int] = field(default_factory=list)  # decompressed bytes before each of them
    out_total: int = 0  # decompressed bytes of the complete members
    records: int = 0  # WARC record headers found in them
    inner: list[int] = field(default_factory=list)  # per member: record header lines not at its start


def _gzip_scan(fh: BinaryIO, size: int) -> _GzipScan:
    """The offset just past the last complete gzip member of ``fh`` and, when bytes follow it, why; the
    members' offsets, and the WARC records in them counted by a byte scan of the inflated data (a member
    that starts with ``WARC/``, and every line starting ``WARC/1.`` or ``WARC/0.`` inside a member): the reader's count
    is checked against it (:class:`shuddh.io.readers.FileCount`).

    A member counts as complete when zlib reaches its end (its CRC-32 and length trailer checked). On a
    multi-member ``.warc.gz`` (one member per record, as crawlers write) everything before a cut is
    kept. Cost: one more inflate of the file. Measured (``time.process_time``, one core; 2 000 records
    of ~60 KB generated Hindi HTML, 21.5 MB gzip → 121 MB; 3 runs): 0.13 ms CPU per record (≈ 12 s per
    GB of ``.warc.gz``), ~2.5× FastWARC's own decompression but ≈ 0.3 % of the ≈ 45 ms trafilatura
    spends extracting one page. An intact file is then read straight, without the :class:`_Prefix` wrapper.
    """
    scan = _GzipScan()
    offset = 0  # file offset of data[0]
    out = 0  # decompressed bytes so far (complete members and the current one)
    head = b""  # the current member's first bytes (up to 7)
    # the last 7 inflated bytes, carried from one member into the next: a record line split between two outputs
    # or two members (a file gzipped in blocks) is found whole
    tail = b""
    start_tail = b""  # what tail was at the current member's start
    found = 0  # record lines found while inflating the current member
    d = zlib.decompressobj(wbits=31)  # 31: gzip header and trailer
    start, start_out = 0, 0
    while chunk := fh.read(_CHUNK):
        data = chunk
        while data:
            try:
                piece = d.decompress(data, _MAX_OUT)
            except zlib.error as e:
                scan.damage = _Damage(scan.good, "read.corrupt", f"not a valid gzip member ({e})")
                return scan
            if len(head) < 7:
                head += piece[:7 - len(head)]
            buf = tail + piece
            found += _record_lines(buf)
            tail = buf[-(len(_RECORD_LINES[0]) - 1):]
            out += len(piece)
            if d.eof:
                rest = d.unused_data
                offset += len(data) - len(rest)
                scan.members.append(start)
                scan.out_before.append(start_out)
                # a member that starts with a record: counted by the record line found across the boundary when
                # the member before ended its line, else here (the file's first record)
                at_start = start_tail.endswith(b"\n") and head in _RECORD_HEADS
                scan.records += found + (head.startswith(b"WARC/") and not at_start)
                scan.inner.append(found - at_start)
                scan.good, scan.out_total, data = offset, out, rest
                start, start_out = offset, out
                head, start_tail, found = b"", tail, 0
                d = zlib.decompressobj(wbits=31)
            else:
                tail_in = d.unconsumed_tail
                offset += len(data) - len(tail_in)
                data = tail_in
    if scan.good < size:  # the bytes after ``good`` were all fed to one member that never ended
        scan.damage = _Damage(scan.good, "read.truncated", "an incomplete gzip member (the file is cut short)")
    return scan


#: the most inflated bytes :func:`_member_of` inflates again for one record (a member over it is not searched;
#: the reader's memory stays bounded like a record's, ``reader.max_record_bytes``)
_FIND_MAX = 64 << 20


def _member_of(probe: BinaryIO, scan: _GzipScan, k: int, lo: int, record_id: str,
               memo: dict[int, bytes]) -> tuple[int, int] | None:
    """The member a record FastWARC placed in member ``k`` of a ``.warc.gz`` really starts in, when that is an
    earlier one (``k - 1`` down to ``lo``, a member no later record can start before), and the inflated bytes
    the file holds after the record's header; None when no earlier member holds the record's header.

    FastWARC's ``stream_pos`` of a record is the start of its gzip member when the record starts that member
    (one record per member, as crawlers write). Of a record inside a member of several records it can be the
    start of a later member, wherever FastWARC's read-ahead was: mapped to that member, a valid record was
    taken to run past the end of the file (``read.corrupt``) and the records after it were not read (a member
    of three records before a small one, found in session 17). The record is looked for by its own
    ``WARC-Record-ID`` line in the earlier members that hold a record header line after their start
    (``scan.inner``: a record inside a member), inflated again (complete members, checked by
    :func:`_gzip_scan`; the last one kept in ``memo``; at most :data:`_FIND_MAX` bytes per record). Only a
    record the check would quarantine comes here: a file of one record per member never does, unless damaged."""
    line = re.compile(rb"(?im)^WARC-Record-ID:[ \t]*" + re.escape(record_id.strip().encode("utf-8", "replace"))
                      + rb"[ \t]*\r?$")
    budget = _FIND_MAX
    for j in range(k - 1, max(lo, 0) - 1, -1):
        if not scan.inner[j]:
            continue
        data = memo.get(j)
        if data is None:
            end_out = scan.out_before[j + 1] if j + 1 < len(scan.members) else scan.out_total
            budget -= end_out - scan.out_before[j]
            if budget < 0:
                return None
            end = scan.members[j + 1] if j + 1 < len(scan.members) else scan.good
            probe.seek(scan.members[j])
            data = zlib.decompress(probe.read(end - scan.members[j]), wbits=31)
            memo.clear()
            memo[j] = data
        m = line.search(data)
        if m is None:
            continue
        head_end = data.find(b"\r\n\r\n", m.end())
        if head_end < 0:  # (a header split between two members: not placed)
            return None
        return j, scan.out_total - (scan.out_before[j] + head_end + 4)
    return None


def _after_empty_member(scan: _GzipScan, start: int) -> int | None:
    """Where reading goes on after the first empty gzip member (``gzip`` of nothing) at or after file offset
    ``start`` that has members after it: FastWARC ends a gzip stream at an empty member, and the records of the
    members after it were left unread (counted but neither read nor quarantined: the run was not accounted for).
    None when there is none."""
    members, before = scan.members, scan.out_before
    for j in range(bisect.bisect_left(members, start), len(members) - 1):
        if before[j + 1] == before[j]:
            return members[j + 1]
    return None


def _count_plain_records(fh: BinaryIO, size: int) -> int:
    """WARC record headers in an uncompressed file, by a byte scan (the file starts with one, and each
    later one is a line starting ``WARC/1.`` or ``WARC/0.``): ~GB/s, independent of FastWARC."""
    fh.seek(0)
    n = 0
    tail = b""
    first = b""
    while chunk := fh.read(_CHUNK):
        if len(first) < 5:
            first += chunk[:5 - len(first)]
        buf = tail + chunk
        n += _record_lines(buf)
        tail = buf[-(len(_RECORD_LINES[0]) - 1):]
    return n + first.startswith(b"WARC/")


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


def _next_header(probe: BinaryIO, pos: int, size: int) -> int | None:
    """Offset of the first WARC record header after the header of the record at ``pos`` (a line starting
    ``WARC/`` just after a CRLF CRLF), or ``None``; reads from the header's end on, in chunks."""
    probe.seek(pos)
    head = probe.read(_MAX_HEADER + 4)
    sep = head.find(b"\r\n\r\n")
    if sep < 0:
        return None
    at = pos + sep  # the CRLF CRLF ending this header: an empty block followed by a header matches too
    probe.seek(at)
    tail = b""
    base = at
    while chunk := probe.read(_CHUNK):
        buf = tail + chunk
        i = buf.find(_NEXT_RECORD)
        if i >= 0:
            return base + i + 4
        keep = len(_NEXT_RECORD) - 1
        base += len(buf) - keep if len(buf) > keep else 0
        tail = buf[-keep:] if len(buf) > keep else buf
    return None


def _content_length(value: str | None) -> int | None:
    try:
        n = int(value) if value is not None else -1
    except ValueError:
        return None
    return n if n >= 0 else None


def _charset(content_type: str) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` value (quotes removed), or ``None``."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip().strip("\"'"):
            return value.strip().strip("\"'")
    return None


class _BadEncodingError(Exception):
    """A response body that its ``Content-Encoding`` cannot decode."""


def _decode_content(body: bytes, encoding: str | None, max_bytes: int) -> bytes:
    """``body`` decoded by its HTTP ``Content-Encoding`` (gzip, deflate, br; several in order), at most
    ``max_bytes + 1`` bytes of it (a decompression bomb stops there: the page is then too large).
    Encodings FastWARC does not decode either (``compress``, unknown names) pass through unchanged."""
    limit = max_bytes + 1 if max_bytes else -1
    for name in reversed([e.strip().lower() for e in (encoding or "").split(",") if e.strip()]):
        if name in ("gzip", "x-gzip", "deflate"):
            # 47: a gzip or zlib header, detected; a raw deflate stream (servers that send "deflate"
            # without the zlib header) is tried next
            for wbits in (47, -15):
                d = zlib.decompressobj(wbits=wbits)
                try:
                    out = d.decompress(body, max(limit, 0))
                except zlib.error as e:
                    err = e
                    continue
                if d.eof or not d.unconsumed_tail or (limit > 0 and len(out) >= limit):
                    body = out
                    break
                err = zlib.error("the compressed body is cut short")
            else:
                raise _BadEncodingError(f"Content-Encoding {name}: {err}")
        elif name == "br":
            from fastwarc.stream_io import BrotliReader

            try:
                body = BrotliReader(io.BytesIO(body)).read(limit)
            except (OSError, ValueError) as e:
                raise _BadEncodingError(f"Content-Encoding br: {e}") from None
    return body


def read_warc(path: Path, label: str, *, engine: Engine = "fast", max_bytes: int = DEFAULT_MAX_BYTES,
              skipped: Counter[str] | None = None, count: FileCount | None = None) -> Iterator[Document | Quarantined]:
    """Documents of the HTML responses and resources of one WARC file; other records are counted in
    ``skipped``, and ``count`` gets the records an independent byte scan finds and those read (see
    :class:`FileCount`)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    counts: Counter[str] = skipped if skipped is not None else Counter()
    count = count if count is not None else FileCount()
    count.unit = "records"
    n = 0  # records read whole
    try:
        size = path.stat().st_size
        fh, probe = path.open("rb"), path.open("rb")
    except OSError as e:
        count.damaged = True
        yield _open_error(label, e)
        return
    with fh, probe:
        magic = fh.read(5)
        fh.seek(0)
        damage: _Damage | None = None
        plain = magic == b"WARC/"
        last: tuple[int, int | None] = (0, 0)  # uncompressed: stream_pos and Content-Length of the last record
        scan: _GzipScan | None = None
        end = size  # where the readable part of the file ends
        if magic.startswith(_GZIP_MAGIC):
            scan = _gzip_scan(fh, size)
            damage, end = scan.damage, scan.good
            count.counted = scan.records
        elif plain:
            count.counted = _count_plain_records(probe, size)
        resume = 0  # where FastWARC (re)starts: after a record whose Content-Length cannot be true
        lo = 0  # a gzip member no record read from now on starts before (a placed record's, a restart's)
        memo: dict[int, bytes] = {}  # the member _member_of inflated last
        while True:
            fh.seek(resume)
            stream: BinaryIO | _Prefix = _Prefix(fh, end) if end < size else fh
            restart = None
            pos = resume  # FastWARC's position of the last record it gave
            try:
                for rec in ArchiveIterator(stream, parse_http=True, auto_decode="transfer",
                                           max_header_len=_MAX_HEADER):
                    pos = rec.stream_pos
                    cl = _content_length(rec.headers.get("Content-Length"))
                    if plain:  # measured as above: 0.007 ms CPU per record (one header read near the end)
                        last = (pos, cl)
                        if cl is None or pos + _MAX_HEADER + 4 + cl > size:
                            block_end = _block_end(probe, pos, cl)
                            nxt = _next_header(probe, pos, size) if block_end is not None else None
                            if nxt is not None and block_end is not None and (cl is None or block_end > nxt):
                                # its block would run over a later record's header (a Content-Length that
                                # cannot be true, or none): this record alone, then on from that header
                                n += 1
                                yield Quarantined(source=label, position=f"record {n}", reason="read.corrupt",
                                                  error=f"the record declares Content-Length "
                                                        f"{rec.headers.get('Content-Length')!r}, past the next "
                                                        f"record header (byte {nxt})")
                                restart = nxt
                                count.damaged = True  # framing broken here: headers in it may be payload
                                break
                            if block_end is None or block_end > size:
                                damage = _Damage(pos, "read.truncated", f"record {n + 1} is cut short (its "
                                                 f"{'header' if block_end is None else 'block'} ends past the end "
                                                 "of the file)")
                                break
                            if cl is None:
                                damage = _Damage(pos, "read.corrupt", f"record {n + 1} has no valid Content-Length")
                                break
                    n += 1
                    where = f"record {n}"
                    if scan is not None:
                        k = bisect.bisect_right(scan.members, pos) - 1
                        left = scan.out_total - scan.out_before[k] if k >= 0 else 0
                        if cl is not None and cl > left and k > lo and (rid := rec.headers.get("WARC-Record-ID")):
                            # a record inside a member of several records: FastWARC's position is a later
                            # member's (_member_of)
                            placed = _member_of(probe, scan, k, lo, rid, memo)
                            if placed is not None:
                                k, left = placed
                                lo = k  # (FastWARC's position of a record passing the check: no lower bound)
                        if cl is None or cl > left:
                            # FastWARC would read on through the following records as this one's block:
                            # this record alone is quarantined and reading restarts at the next gzip member
                            restart = scan.members[k + 1] if 0 <= k < len(scan.members) - 1 else end
                            lo = k + 1
                            count.damaged = True
                            yield Quarantined(source=label, position=where, reason="read.corrupt",
                                              error=f"the record declares Content-Length "
                                                    f"{rec.headers.get('Content-Length')!r}, but only {left} "
                                                    "bytes of the file are left from its gzip member on")
                            break
                    item = _response(rec, label, where, engine, max_bytes, counts, WarcRecordType)
                    if item is not None:
                        yield item
                else:  # FastWARC ended: at the end of the readable part, or at an empty gzip member
                    if scan is not None:  # (one after the last record it gave: never one it read past)
                        restart = _after_empty_member(scan, max(resume, pos))
            except (OSError, ValueError, EOFError) as e:
                msg = str(e) or e.__class__.__name__
                cut = any(m in msg.lower() for m in _CUT_MESSAGES) or isinstance(e, EOFError)
                reason = "read.truncated" if cut else "read.corrupt"
                start = None
                if plain:  # a file cut in the first line of a record: truncated, not corrupt
                    block_end = _block_end(probe, *last) if n else 0
                    start = _cut_header_start(probe, block_end, size) if block_end is not None else None
                if start is None:
                    count.read, count.damaged = n, True
                    if count.counted is None:
                        count.counted = n
                    yield Quarantined(source=label, position=f"after record {n}", reason=reason,
                                      error=f"unreadable WARC after record {n}: {e.__class__.__name__}: {msg}")
                    return
                damage = _Damage(start, "read.truncated", f"the start of a record header, cut short (FastWARC: {msg})")
            if restart is None or restart >= end:
                break
            resume = restart
    count.read = n
    if count.counted is None:  # another compression (zstd, lz4): not counted independently
        count.counted = n
    if damage is not None:
        count.damaged = True
        yield Quarantined(source=label, position=f"after record {n}", reason=damage.reason,
                          error=f"unreadable WARC after record {n}: the last {size - damage.start} bytes "
                                f"(from byte {damage.start} of {size}) are {damage.what}")


def _response(rec: Any, label: str, where: str, engine: Engine, max_bytes: int, counts: Counter[str],
              types: Any) -> Document | Quarantined | None:
    """The document (or quarantine record) of one WARC record, or ``None`` when it is skipped (counted)."""
    if rec.record_type == types.resource:
        # the block is the resource itself: its type (and charset) are in the WARC header
        ctype = rec.headers.get("Content-Type") or ""
        if not ctype.lower().lstrip().startswith(_HTML_TYPES):
            counts["warc.skipped.resource"] += 1
            return None
        status, encoding, charset = None, None, _charset(ctype)
    elif rec.record_type == types.response:
        if not (rec.http_content_type or "").lower().startswith(_HTML_TYPES):
            counts["warc.skipped.not_html"] += 1
            return None
        status = rec.http_headers.status_code if rec.http_headers is not None else None
        if status is not None and status != 200:
            counts[f"warc.skipped.http_{status}"] += 1
            return None
        encoding = rec.http_headers.get("Content-Encoding") if rec.http_headers is not None else None
        charset = rec.http_charset
    else:
        counts[f"warc.skipped.{rec.record_type}"] += 1
        return None
    rid = rec.headers.get("WARC-Record-ID") or rec.record_id or f"{label}:{where}"
    url = rec.headers.get("WARC-Target-URI")
    # read at most one byte past the limit: a huge payload is never held in memory whole; the content
    # encoding is decoded here, bounded the same way (a gzip bomb stops at the limit, a broken one is this
    # record's quarantine record, not the end of the file)
    try:
        body = rec.reader.read(max_bytes + 1) if max_bytes else rec.reader.read()
        body = _decode_content(body, encoding, max_bytes)
    except _BadEncodingError as e:
        return Quarantined(source=f"{label}:{where}", position=where, reason="read.content_encoding",
                           error=str(e))
    except (OSError, ValueError) as e:  # a broken chunked transfer encoding
        return Quarantined(source=f"{label}:{where}", position=where, reason="read.corrupt",
                           error=f"unreadable response body: {e.__class__.__name__}: {e}")
    meta = {"warc_date": rec.headers.get("WARC-Date"), "http_status": status}
    return page_to_document(body, doc_id=rid, source=f"{label}:{where}", position=where, url=url,
                            declared_charset=charset, engine=engine,
                            metadata={k: v for k, v in meta.items() if v is not None}, max_bytes=max_bytes)
