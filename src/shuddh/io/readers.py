"""Readers: turn input files into :class:`Document`\\ s, and unreadable records into quarantine records.

Formats (by file name): ``.jsonl``/``.json``/``.ndjson`` (plain, ``.gz``, ``.zst``), ``.parquet``, ``.txt``
(plain, ``.gz``, ``.zst``), ``.html``/``.htm`` (one document per file, main text extracted, see
:mod:`shuddh.io.html`), ``.warc``/``.warc.gz`` (one document per HTML response or
resource record, see :mod:`shuddh.io.warc`).
With ``html_field`` set, a JSONL/Parquet record's HTML in that field is extracted into the text.
A bad record — invalid UTF-8, invalid JSON, no text field, more than ``max_record_bytes``, a truncated
or corrupt compressed stream, a damaged Parquet row group, a file that cannot be opened — never stops a
file: it becomes a :class:`Quarantined` with the line/row and error, and reading goes on where it can.
Memory is bounded by the record limit, not by the input (lines are read with a bounded ``readline``).
Every reader also fills a :class:`FileCount`: the file's units counted apart from the record parser,
and those the reader accounted for, which the run compares (``stats.json`` ``accounted``).
Fields other than the text, id and url are kept as metadata (made JSON-safe: :func:`_json_safe`).
"""

from __future__ import annotations

import codecs
import contextlib
import datetime
import decimal
import gzip
import io
import itertools
import zlib
from collections import Counter
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import IO, Any, Literal, cast

import orjson

from shuddh.document import EXCERPT_WINDOW, Document, Quarantined, make_doc_id
from shuddh.errors import InputError
from shuddh.io.writers import bytes_as_text

__all__ = ["DEFAULT_MAX_RECORD_BYTES", "DEFAULT_SPLIT_BYTES", "FORMATS", "FileCount", "ReadOptions", "Span",
           "bytes_read", "check_text_field", "detect_format", "is_url", "open_binary", "plan_spans", "read_file"]

#: an input: a local path, or a URL fsspec opens (``s3://``, ``gs://`` with s3fs/gcsfs; ``file://``,
#: ``memory://`` built in)
Source = Path | str

#: at most this much raw input is copied into a quarantine record
#: raw input kept for a quarantine excerpt: more than the window, which redaction reads whole before the
#: excerpt is cut to 300 characters (document.EXCERPT_WINDOW)
RAW_EXCERPT_CHARS = EXCERPT_WINDOW + 1

FORMATS: dict[str, str] = {
    ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl",
    ".parquet": "parquet", ".pq": "parquet",
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc",
}
_COMPRESSIONS = (".gz", ".zst", ".zstd")

# the keys shuddh itself writes; read back as Document fields (so shuddh output can be re-cleaned)
_OWN_KEYS = ("source", "lang", "metadata")


#: default ``reader.max_record_bytes``: 64 MiB. Memory per record is a small multiple of it (the bytes, the
#: decoded str, the parsed object), so a worker needs a few hundred MB at worst whatever the input holds,
#: while a real document is far smaller (the HTML extractor's own page limit is 10 MiB)
DEFAULT_MAX_RECORD_BYTES = 64 * 1024**2


@dataclass(frozen=True, slots=True)
class ReadOptions:
    text_field: str = "text"
    id_field: str = "id"
    url_field: str = "url"
    text_mode: Literal["file", "blank-lines"] = "file"  # .txt: one document per file, or per blank-line block
    html_field: str | None = None  # JSONL/Parquet: a field holding a page's HTML, extracted into the text
    extractor: str = "fast"  # the shuddh.extract engine for HTML pages (files, WARC, html_field)
    #: the largest record read (a JSONL line, a text block or file, an HTML file, a Parquet row's text):
    #: a bigger one is quarantined (``read.too_large``) while streaming, without being held whole
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES


@dataclass(slots=True)
class FileCount:
    """What a reader saw of one file (or span of it): the run's count of the input, independent of its
    record counters (``stats.json`` ``input.per_file``; ``accounted`` requires :attr:`ok` for every file).

    ``counted`` is the number of input units (``unit``) found without the record parser: physical lines of
    a plain JSONL/text file (a separate ``\\n``-counting pass over its byte range), of a compressed one
    (counted on the decompressed bytes as they pass, once the decompressor's end-of-stream check passed:
    gzip's trailer, every zstd frame complete), Parquet rows (the footer's ``num_rows`` of the row
    groups read), WARC records (record headers found by a byte scan, see :mod:`shuddh.io.warc`), or one
    ``file`` for a whole text/HTML file. ``read`` is the units the reader accounted for: records it gave
    (documents and quarantine records), blank lines, skipped records and the units a quarantine record for
    a damaged range stands for (a Parquet row group's rows). ``damaged``: the reader quarantined damage
    whose units cannot be counted exactly — an unreadable rest (cut or corrupt), or a WARC record whose
    framing is broken (an impossible ``Content-Length``: header lines inside it may be payload) — and then
    only ``read <= counted`` is required.
    """

    unit: str = ""
    counted: int | None = None
    read: int = 0
    damaged: bool = False
    #: the read stopped at ``--limit`` records (a trial run): the rest of the file was not read, nor counted
    limited: bool = False

    @property
    def ok(self) -> bool:
        """Every counted unit was read (or lies in the quarantined damaged rest, or after the limit)."""
        if self.counted is None:
            return self.damaged or self.limited
        return self.read == self.counted or ((self.damaged or self.limited) and self.read <= self.counted)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"unit": self.unit, "counted": self.counted, "read": self.read, "damaged": self.damaged}
        if self.limited:
            d["limited"] = True
        return d


#: default ``reader.split_bytes``. Measured (default pipeline, synthetic 4 MB Hindi JSONL, 2 workers): one
#: shard took 1.7 s of worker time, four spans 3.8 s, so ~0.7 s of fixed cost per extra shard (output
#: files, global-stage work files, reduce bookkeeping); the same run read ~1-2 MB/s per core of CPU. At
#: 256 MiB a shard is minutes of work, so that overhead stays well under 1 %, while a 20 GB file still
#: makes ~80 shards — enough for any machine or small Ray cluster
DEFAULT_SPLIT_BYTES = 256 * 1024**2

#: chunk of the newline-counting pass in :func:`plan_spans` (large enough to amortise the read calls,
#: small enough to stay in cache-friendly memory)
_COUNT_CHUNK = 16 * 1024**2
#: an over-long line is read and thrown away in pieces of this size (memory stays at the record limit)
_PIECE = 1 << 20
#: ``Span.end`` of the last span of a compressed file: read to the end of the stream
TO_END = -1
#: a compressed JSONL file smaller than ``split_bytes`` / this is never split (nor decompressed to plan):
#: Hindi JSONL compresses 4-5x with gzip, ~5x with zstd, so such a file holds less than one span of text
_MAX_RATIO = 16


@dataclass(frozen=True, slots=True)
class Span:
    """A part of one input file read as its own shard.

    JSONL: bytes ``[start, end)``; ``start`` is 0 or just after a ``\\n``, ``end`` just after one (or the
    end of the file); ``first`` is the number of lines before ``start``, so positions (``line N``) and the
    ids derived from them are those of an unsplit read. Compressed JSONL: the same, in bytes of the
    *decompressed* stream, and the last span's ``end`` is :data:`TO_END` (it reads on until the stream
    ends, so a damaged tail still gives its one quarantine record). Parquet: row groups ``[start, end)``;
    ``first`` is the file's row number of their first row (``row N`` stays global in the file).
    """

    start: int
    end: int
    first: int

    def to_list(self) -> list[int]:
        return [self.start, self.end, self.first]


def plan_spans(path: Source, split_bytes: int, text_mode: str = "file") -> list[Span] | None:
    """The spans a large splittable file is read in, or ``None`` to read it whole (one shard).

    Only local JSONL (byte ranges cut at newlines; for ``.gz``/``.zst`` ranges of the decompressed
    stream, found by one decompressing pass), local text read in ``blank-lines`` mode (plain or
    compressed: ranges cut just after a blank line, so no document is cut) and local Parquet (runs of
    whole row groups of about ``split_bytes`` compressed bytes) are split; ``split_bytes <= 0`` never
    splits, and a file that fits in one span is not split either. Plans are remembered per file version
    (path, size, modification time) within the process: the CLI's progress bar and the run plan once.
    """
    if split_bytes <= 0 or is_url(path):
        return None
    p = Path(path)
    fmt = detect_format(p)
    compressed = p.name.lower().endswith(_COMPRESSIONS)
    if fmt == "jsonl":
        kind = "stream" if compressed else "jsonl"
    elif fmt == "text" and text_mode == "blank-lines":
        kind = "text"
    elif fmt == "parquet":
        kind = "parquet"
    else:
        return None
    st = p.stat()
    if compressed and st.st_size * _MAX_RATIO < split_bytes:
        return None
    try:
        spans = _planned(str(p), st.st_size, st.st_mtime_ns, split_bytes, kind)
    except (OSError, ValueError, EOFError, IndexError, zlib.error):
        # an empty or corrupt Parquet footer (pyarrow's ArrowInvalid is a ValueError, its IO errors
        # OSErrors), a file that cannot be opened: read the file whole; its reader quarantines what it
        # cannot read
        return None
    return list(spans) if len(spans) > 1 else None


@lru_cache(maxsize=64)
def _planned(path: str, _size: int, _mtime_ns: int, split_bytes: int, kind: str) -> tuple[Span, ...]:
    """The spans of one file version by its planner (``kind``), remembered."""
    p = Path(path)
    if kind == "jsonl":
        return tuple(_jsonl_spans(p, split_bytes))
    if kind == "stream":
        return tuple(_compressed_jsonl_spans(p, split_bytes))
    if kind == "text":
        return tuple(_text_spans(p, split_bytes))
    return tuple(_parquet_spans(p, split_bytes))


def _jsonl_spans(path: Path, split_bytes: int) -> list[Span]:
    size = path.stat().st_size
    cuts = [0]
    with path.open("rb") as fh:
        nominal = split_bytes
        while nominal < size:
            # the range ends just after the first newline at or after byte nominal-1: a line that ends
            # exactly at the nominal cut is cut there, any other line goes wholly to this range
            fh.seek(nominal - 1)
            at = nominal - 1
            while True:
                block = fh.read(1 << 16)
                if not block:
                    at = size
                    break
                i = block.find(b"\n")
                if i >= 0:
                    at += i + 1
                    break
                at += len(block)
            if at >= size:
                break
            cuts.append(at)
            # the next nominal cut: the first multiple of split_bytes past this cut (a line longer than
            # split_bytes swallows the cuts inside it), so a line end ``e`` is a cut exactly when a
            # multiple of split_bytes lies in (previous line end, e]
            nominal = (at // split_bytes + 1) * split_bytes
        cuts.append(size)
        # one pass counting the newlines before each cut, so every range knows its first line number.
        # Measured (2026-11, this 2-core box, time.process_time): the whole planning pass over a
        # page-cached 537 MB JSONL runs at ~1.7 GB/s of CPU per core (0.31 s; count alone ~2.5 GB/s), so
        # ~12 s for 20 GB; an uncached file is bound by the disk's read speed instead
        spans: list[Span] = []
        fh.seek(0)
        lines = 0
        for a, b in itertools.pairwise(cuts):
            spans.append(Span(a, b, lines))
            left = b - a
            while left > 0:
                chunk = fh.read(min(_COUNT_CHUNK, left))
                if not chunk:
                    break
                lines += chunk.count(b"\n")
                left -= len(chunk)
    return spans


def _compressed_jsonl_spans(path: Path, split_bytes: int) -> list[Span]:
    """:func:`_jsonl_spans` over the decompressed stream of a ``.gz``/``.zst`` file, in one streaming
    pass (the cuts obey the same rule). A stream that cannot be read to its end (cut short, corrupt)
    is planned as far as it can be read; its last span reads on to the error, which the reader turns
    into the file's one quarantine record.

    Each span's task decompresses the stream from its start and skips to its range (a compressed
    stream cannot be entered in the middle): the skipping costs ~N²/2 span-lengths of decompression for
    N spans. Measured (2026-11, this 2-core box): gzip decompresses ~300 MB/s, zstd ~1.1 GB/s, the default
    pipeline processes ~2 MB/s per core, so N spans of 256 MiB add ~0.4 % × N of CPU for gzip (~12 % for
    a 7.5 GB-text file, 30 spans) and ~0.1 % × N for zstd — against N-fold parallelism."""
    starts = [0]
    firsts = [0]
    pos = lines = 0
    nominal = split_bytes
    try:
        with open_binary(path) as fh:
            # read1: whatever one decompression step gives, so a damaged stream is planned up to the
            # damage (read(n) would lose the up to n bytes decompressed before the error)
            read = getattr(fh, "read1", fh.read)
            while True:
                block = read(_COUNT_CHUNK)
                if not block:
                    break
                # cuts inside this block: just after the first newline at or after byte nominal-1
                while nominal - 1 < pos + len(block):
                    i = block.find(b"\n", max(0, nominal - 1 - pos))
                    if i < 0:
                        break  # the newline is in a later block: search it from that block's start
                    cut = pos + i + 1
                    starts.append(cut)
                    firsts.append(lines + block.count(b"\n", 0, i + 1))
                    nominal = (cut // split_bytes + 1) * split_bytes
                if nominal - 1 < pos + len(block):
                    nominal = pos + len(block) + 1  # no newline left in this block: take the next one
                lines += block.count(b"\n")
                pos += len(block)
    except _STREAM_ERRORS:
        pass  # planned as far as it reads; the last span's task meets the error and quarantines the tail
    return _streamed_plan(starts, firsts, pos)


def _streamed_plan(starts: list[int], firsts: list[int], end: int) -> list[Span]:
    """Spans from the cuts (``starts``, with the line counts before them) found in a stream of ``end``
    bytes: a cut at the very end makes no empty span, and the last span reads to the end (:data:`TO_END`)."""
    if len(starts) > 1 and starts[-1] >= end:
        starts, firsts = starts[:-1], firsts[:-1]
    ends = [*starts[1:], TO_END]
    return [Span(a, b, f) for a, b, f in zip(starts, ends, firsts, strict=True)]


def _text_spans(path: Path, split_bytes: int) -> list[Span]:
    """Spans of a text file read in ``blank-lines`` mode (plain or compressed), in one pass over its
    lines: a range ends just after the first blank line (whitespace only) ending at or after byte
    nominal-1, so every document (a block between blank lines) lies in one range. ``first`` counts
    lines as the reader does (``bytes.splitlines``: a bare ``\\r`` ends a line too). The last span reads
    to the end (:data:`TO_END`). Measured (2026-11, this box, 200 MB of Hindi sentences in 5-line
    blocks, cached): 1.6 s of CPU per GB (a Python loop over lines), ~0.3 % of what the default pipeline
    spends on the same text on one core."""
    starts = [0]
    firsts = [0]
    pos = lines = 0
    nominal = split_bytes
    try:
        with open_binary(path) as fh:
            # one physical line at a time, a long one in pieces (never held whole: a hostile file may be one
            # multi-GB line); a line longer than a piece is never blank, so no cut falls inside it
            while raw := _read_line(fh, _PIECE):
                if isinstance(raw, _Overlong):
                    pos += raw.size
                    lines += raw.lines
                    continue
                pos += len(raw)
                lines += len(raw.splitlines())
                if pos >= nominal and raw.endswith(b"\n") and not raw.strip():
                    starts.append(pos)
                    firsts.append(lines)
                    nominal = (pos // split_bytes + 1) * split_bytes
    except _STREAM_ERRORS:
        pass  # as for compressed JSONL: the last span reads on to the damage
    return _streamed_plan(starts, firsts, pos)


def _parquet_spans(path: Path, split_bytes: int) -> list[Span]:
    import pyarrow.parquet as pq

    md = pq.ParquetFile(path).metadata
    spans: list[Span] = []
    start = row = first = acc = 0
    for g in range(md.num_row_groups):
        rg = md.row_group(g)
        acc += sum(rg.column(c).total_compressed_size for c in range(rg.num_columns))
        row += rg.num_rows
        if acc >= split_bytes:
            spans.append(Span(start, g + 1, first))
            start, first, acc = g + 1, row, 0
    if start < md.num_row_groups or not spans:
        spans.append(Span(start, md.num_row_groups, first))
    return spans


def is_url(path: Source) -> bool:
    """Whether ``path`` is a URL with a protocol (read through fsspec) rather than a local path."""
    return isinstance(path, str) and "://" in path


def detect_format(path: Source) -> str | None:
    """``"jsonl"``, ``"parquet"``, ``"text"``, ``"html"``, ``"warc"`` or ``None`` for a file shuddh does not read."""
    suffixes = [s.lower() for s in PurePosixPath(str(path)).suffixes]
    if suffixes and suffixes[-1] in _COMPRESSIONS:
        suffixes = suffixes[:-1]
    return FORMATS.get(suffixes[-1]) if suffixes else None


class _CountedFile(io.RawIOBase):
    """A local file (opened unbuffered) that adds the bytes read from it to this process's
    :func:`bytes_read` (progress)."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        self.raw = raw

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self.raw.seekable()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        return self.raw.tell()

    def fileno(self) -> int:
        return self.raw.fileno()

    def readinto(self, b: Any) -> int | None:
        n: int | None = self.raw.readinto(b)  # type: ignore[attr-defined]  # a FileIO
        if n:
            _BYTES_READ[0] += n
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


_BYTES_READ = [0]


def bytes_read() -> int:
    """Bytes the readers of this process have read from local input files so far (for progress: a task
    takes the difference between two calls; the separate line-counting pass is not included)."""
    return _BYTES_READ[0]


def _open_raw(path: Source) -> IO[bytes]:
    if is_url(path):
        import fsspec

        # fsspec's buffered file has no ``readline(limit)``, which the bounded line reader needs
        fh: IO[bytes] = io.BufferedReader(fsspec.open(str(path), "rb").open())
        return fh
    return io.BufferedReader(_CountedFile(Path(path).open("rb", buffering=0)))


def open_binary(path: Source) -> IO[bytes]:
    """Open ``path`` (a local path or a URL) for binary reading, decompressing ``.gz``/``.zst``
    transparently."""
    name = str(path).lower()
    if name.endswith(".gz"):
        if is_url(path):
            import fsspec

            # fsspec's gzip wrapper is the stdlib GzipFile, and closing it closes the remote file too
            gz: IO[bytes] = fsspec.open(str(path), "rb", compression="gzip").open()
            return gz
        raw = _open_raw(path)
        local = gzip.GzipFile(fileobj=raw, mode="rb")
        local.myfileobj = raw  # type: ignore[assignment]  # GzipFile.close() closes it, as gzip.open's own file
        return local  # type: ignore[return-value]  # GzipFile is a binary IO
    if name.endswith((".zst", ".zstd")):
        return io.BufferedReader(_ZstdRaw(_open_raw(path)), buffer_size=1 << 17)
    return _open_raw(path)


class _ZstdFrames:
    """The compressed bytes of a zstd stream as they pass to the decompressor, followed through the frame
    structure (frame header, block headers, checksum; skippable frames) without decompressing, so that the
    end of the input can be told to fall between two frames or inside one.

    python-zstandard's stream reader ends silently when its input stops inside a frame (a file cut short
    read as a shorter file: issue 15 found 862 such cuts), so this is the end-of-stream check."""

    _MAGIC = 0xFD2FB528

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._buf = b""
        self._need = 4  # bytes of the next header field
        self._skip = 0  # bytes to pass over (frame header rest, block content, checksum)
        self._state = "magic"
        self._checksum = False

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self._feed(data)
        return data

    def _feed(self, data: bytes) -> None:
        i, n = 0, len(data)
        while i < n and self._state != "bad":
            if self._skip:
                k = min(self._skip, n - i)
                self._skip -= k
                i += k
                continue
            k = min(self._need - len(self._buf), n - i)
            self._buf += data[i:i + k]
            i += k
            if len(self._buf) == self._need:
                field, self._buf = self._buf, b""
                self._step(field)

    def _step(self, field: bytes) -> None:
        v = int.from_bytes(field, "little")
        if self._state == "magic":
            if v == self._MAGIC:
                self._state, self._need = "header", 1
            elif v & 0xFFFFFFF0 == 0x184D2A50:  # a skippable frame: 4 bytes of size, then its data
                self._state, self._need = "skippable", 4
            else:
                self._state = "bad"  # the decompressor reports it
        elif self._state == "skippable":
            self._skip, self._state, self._need = v, "magic", 4
        elif self._state == "header":
            single = (v >> 5) & 1
            self._checksum = bool(v & 4)
            self._skip = (0 if single else 1) + (0, 1, 2, 4)[v & 3] + ((1 if single else 0), 2, 4, 8)[v >> 6]
            self._state, self._need = "block", 3
        else:  # a block header: last-block bit, type (raw, RLE, compressed, reserved), size
            kind, size = (v >> 1) & 3, v >> 3
            if kind == 3:
                self._state = "bad"
                return
            self._skip = 1 if kind == 1 else size
            if v & 1:  # the frame's last block, then its checksum
                self._skip += 4 if self._checksum else 0
                self._state, self._need = "magic", 4

    def complete(self) -> bool:
        """Whether the bytes so far end exactly after a whole frame (or are empty)."""
        return self._state == "magic" and not self._buf and not self._skip

    def close(self) -> None:
        self._raw.close()


class _ZstdRaw(io.RawIOBase):
    """A zstd stream, every frame of it, decompressed; cut short it raises :class:`EOFError`, corrupt
    :class:`OSError` (as :mod:`gzip` does), so the readers' one handler serves both."""

    def __init__(self, raw: IO[bytes]) -> None:
        import zstandard

        self._frames = _ZstdFrames(raw)
        self._error = zstandard.ZstdError
        # read_across_frames: a file of several frames (pzstd, concatenated files) is read to its end
        self._reader = zstandard.ZstdDecompressor().stream_reader(
            self._frames, read_across_frames=True, closefd=False)  # type: ignore[arg-type]  # has read()

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        try:
            data = self._reader.read(len(b))
        except self._error as e:
            raise OSError(f"corrupt zstd data: {e}") from None
        if not data:
            if not self._frames.complete():
                raise EOFError("zstd stream ended inside a frame (the file is cut short)")
            return 0
        n = len(data)
        b[:n] = data
        return n

    def close(self) -> None:
        if not self.closed:
            self._frames.close()
        super().close()


def _excerpt(raw: bytes) -> str:
    return raw[:RAW_EXCERPT_CHARS].decode("utf-8", errors="replace")


_STREAM_ERRORS = (EOFError, OSError, zlib.error)


def _stream_error(exc: BaseException) -> tuple[str, str]:
    msg = str(exc) or exc.__class__.__name__
    if isinstance(exc, EOFError) or "end of stream" in msg.lower() or "ended" in msg.lower():
        return "read.truncated", f"compressed stream is truncated: {msg}"
    return "read.corrupt", f"{exc.__class__.__name__}: {msg}"


def read_file(path: Source, label: str, opts: ReadOptions, skipped: Counter[str] | None = None,
              span: Span | None = None, count: FileCount | None = None,
              limit: int | None = None) -> Iterator[Document | Quarantined]:
    """Read one input file (or only ``span`` of it, see :func:`plan_spans`). ``label`` is the stable name
    used in provenance and ids.

    Records that are neither documents nor bad input (a WARC's request and metadata records, non-HTML
    responses) are counted by kind in ``skipped`` when it is given; ``count`` receives the file's own
    count of its units and how many of them the reader accounted for (:class:`FileCount`). ``limit``:
    stop after that many records (documents and quarantine records; a trial run, ``--limit``): the file
    is then not counted apart (``count.limited``), so a trial run never reads a whole file.
    """
    count = count if count is not None else FileCount()
    if limit is None:
        yield from _read_file(path, label, opts, skipped, span, count)
        return
    count.limited = True  # no separate counting pass (it would read the whole file)
    records = cast(Generator[Document | Quarantined, None, None], _read_file(path, label, opts, skipped, span, count))
    try:
        yield from itertools.islice(records, limit)
    finally:
        records.close()
        count.counted = None


def _read_file(path: Source, label: str, opts: ReadOptions, skipped: Counter[str] | None, span: Span | None,
               count: FileCount) -> Iterator[Document | Quarantined]:
    fmt = detect_format(path)
    if span is not None and fmt not in ("jsonl", "parquet") and not (fmt == "text" and opts.text_mode == "blank-lines"):
        raise InputError(f"{path}: only JSONL, Parquet and blank-lines text files are read in spans")
    if fmt == "warc":
        from shuddh.io.warc import read_warc

        if is_url(path):
            import fsspec

            # the WARC reader needs a local file: a URL is copied to fsspec's local cache first
            yield from read_warc(Path(fsspec.open_local(f"simplecache::{path}")), label, skipped=skipped,
                                 count=count, engine=opts.extractor)  # type: ignore[arg-type]
        else:
            yield from read_warc(Path(path), label, skipped=skipped, count=count,
                                 engine=opts.extractor)  # type: ignore[arg-type]
        return
    if fmt == "html":
        yield from _read_html(path, label, opts, count)
        return
    if fmt == "jsonl":
        yield from _read_jsonl(path, label, opts, span, count)
    elif fmt == "parquet":
        yield from _read_parquet(path, label, opts, span, count)
    elif fmt == "text":
        yield from _read_text(path, label, opts, span, count)
    else:
        raise InputError(f"{path}: unknown input format (known: {', '.join(sorted(FORMATS))})")


def _record_to_doc(rec: Any, label: str, pos: str, opts: ReadOptions) -> Document | Quarantined:
    if not isinstance(rec, dict):
        return Quarantined(source=label, position=pos, reason="read.not_an_object",
                           error=f"expected a JSON object, got {type(rec).__name__}",
                           raw_excerpt=str(rec)[:RAW_EXCERPT_CHARS])
    text = rec.get(opts.text_field)
    html = rec.get(opts.html_field) if opts.html_field else None
    if isinstance(html, str | bytes) and opts.html_field:
        return _html_record(rec, html, label, pos, opts)
    if not isinstance(text, str):
        what = "missing" if text is None else f"not a string ({type(text).__name__})"
        return Quarantined(source=label, position=pos, reason="read.missing_text",
                           error=f"text field {opts.text_field!r} is {what}; fields: {sorted(rec)[:20]}",
                           raw_excerpt=orjson.dumps(rec, default=str).decode()[:RAW_EXCERPT_CHARS])
    meta: dict[str, Any] = {}
    own_meta = rec.get("metadata")
    if isinstance(own_meta, str) and own_meta.startswith("{"):
        # shuddh's Parquet output stores metadata as a JSON string column
        with contextlib.suppress(orjson.JSONDecodeError):
            own_meta = orjson.loads(own_meta)
    for k, v in rec.items():
        if k in (opts.text_field, opts.id_field, opts.url_field) or k in _OWN_KEYS:
            continue
        meta[k] = _json_safe(v)
    if isinstance(own_meta, dict):
        meta.update(own_meta)
    elif own_meta is not None:
        meta["metadata"] = own_meta
    rid = rec.get(opts.id_field)
    url = rec.get(opts.url_field)
    src = rec.get("source")
    lang = rec.get("lang")
    return Document(
        id=str(rid) if rid not in (None, "") else make_doc_id(label, pos),
        text=text,
        source=src if isinstance(src, str) and src else f"{label}:{pos}",
        url=url if isinstance(url, str) else None,
        lang=lang if isinstance(lang, str) else None,
        metadata=meta,
    )


def _json_safe(v: Any) -> Any:
    """A metadata value as JSON can hold it (Parquet columns can be binary, decimal, duration …): bytes
    become text when they are UTF-8 (so the PII stage sees them) and base64 otherwise, a Decimal its exact
    decimal string, a timedelta its seconds (float); containers are converted inside. Dates and times stay
    (the writers serialise them as ISO 8601)."""
    if isinstance(v, str | int | float | bool) or v is None:
        return v
    if isinstance(v, dict):
        return {str(k): _json_safe(x) for k, x in v.items()}
    if isinstance(v, list | tuple | set | frozenset):
        return [_json_safe(x) for x in v]
    if isinstance(v, bytes | bytearray | memoryview):
        return bytes_as_text(v)
    if isinstance(v, decimal.Decimal):
        return str(v)
    if isinstance(v, datetime.timedelta):
        return v.total_seconds()
    if isinstance(v, datetime.date | datetime.time):
        return v
    return str(v)


def _html_record(rec: dict[str, Any], html: str | bytes, label: str, pos: str,
                 opts: ReadOptions) -> Document | Quarantined:
    """A record whose page HTML is in ``opts.html_field``: its main text becomes the document text."""
    from shuddh.io.html import page_to_document

    rest = {k: v for k, v in rec.items() if k not in (opts.html_field, opts.text_field)}
    base = _record_to_doc({**rest, opts.text_field: ""}, label, pos, opts)
    assert isinstance(base, Document)  # a dict with a string text field always makes a Document
    out = page_to_document(html, doc_id=base.id, source=base.source, position=pos, url=base.url,
                           metadata=base.metadata, engine=opts.extractor)  # type: ignore[arg-type]
    if isinstance(out, Document):
        out.lang = base.lang
    return out


def _open_error(label: str, e: OSError) -> Quarantined:
    """The quarantine record of a file that cannot be opened (permissions, vanished, a directory …)."""
    return Quarantined(source=label, position="file", reason="read.unreadable",
                       error=f"cannot open the file: {e.__class__.__name__}: {e.strerror or e}")


def _too_large(label: str, pos: str, what: str, size: int | None, limit: int, head: bytes) -> Quarantined:
    """``size``: the record's bytes, ``None`` when only "more than ``limit``" is known."""
    return Quarantined(source=label, position=pos, reason="read.too_large",
                       error=f"{what} is {'more than ' + str(limit) if size is None else size} bytes, over the "
                             f"record limit of {limit} bytes (reader.max_record_bytes)", raw_excerpt=_excerpt(head))


def _read_whole(path: Source, label: str, limit: int, count: FileCount) -> bytes | Quarantined:
    """A whole (decompressed) file of at most ``limit`` bytes, or a quarantine record for the file when it
    cannot be read or is bigger (only ``limit + 1`` bytes are ever held)."""
    count.unit, count.counted, count.read = "files", 1, 1
    try:
        fh = open_binary(path)
    except OSError as e:
        return _open_error(label, e)
    # read in pieces of at most _PIECE bytes, not by one ``read(limit + 1)``: a buffered reader's ``read(n)``
    # allocates ``n`` bytes first, which for the 64 MiB record limit cost more than reading the page (the 1,497
    # wcxb ``.html`` files, 280 KB on average, cached; ``time.process_time``, best of 3: 0.21 -> 0.07 ms per
    # file); a file over the limit is not joined (only its head is kept for the excerpt), so at most
    # ``limit + 1`` bytes are held for it, and a file within it ~2x its size while joined
    parts: list[bytes] = []
    total = 0
    try:
        with fh:
            while total <= limit:
                piece = fh.read(min(limit + 1 - total, _PIECE))
                if not piece:
                    break
                parts.append(piece)
                total += len(piece)
    except _STREAM_ERRORS as e:
        reason, msg = _stream_error(e)
        return Quarantined(source=label, position="file", reason=reason, error=msg)
    if total > limit:
        head = b""
        for piece in parts:  # (a stream may give short pieces: the excerpt's bytes from as many as it takes)
            head += piece[:RAW_EXCERPT_CHARS]
            if len(head) >= RAW_EXCERPT_CHARS:
                break
        return _too_large(label, "file", "the file", None, limit, head)
    data = parts[0] if len(parts) == 1 else b"".join(parts)
    return data.removeprefix(codecs.BOM_UTF8)


def _read_html(path: Source, label: str, opts: ReadOptions, count: FileCount) -> Iterator[Document | Quarantined]:
    from shuddh.io.html import read_html_file

    data = _read_whole(path, label, opts.max_record_bytes, count)
    if isinstance(data, Quarantined):
        yield data
        return
    yield from read_html_file(Path(str(path)), label, data, engine=opts.extractor)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class _Overlong:
    """A physical line longer than the record limit: read in pieces and thrown away, never held whole."""

    size: int  # its bytes, with the newline
    head: bytes  # its first bytes (for the quarantine excerpt)
    lines: int  # lines in it as ``bytes.splitlines`` counts them (bare ``\r`` ends a line)


def _splitlines_count(pieces: Iterator[bytes]) -> int:
    """``len(b"".join(pieces).splitlines())`` without joining."""
    n = 0
    prev_cr = False
    last = b""
    for piece in pieces:
        if not piece:
            continue
        n += piece.count(b"\n") + piece.count(b"\r") - piece.count(b"\r\n")
        if prev_cr and piece.startswith(b"\n"):
            n -= 1  # a \r\n split between two pieces was counted twice
        prev_cr = piece.endswith(b"\r")
        last = piece
    return n + (1 if last and not last.endswith((b"\n", b"\r")) else 0)


def _read_line(fh: IO[bytes], limit: int) -> bytes | _Overlong:
    """The next physical line of ``fh`` (``b""`` at the end), or an :class:`_Overlong` for one longer than
    ``limit`` bytes, which is consumed in pieces of at most ``_PIECE`` bytes."""
    raw = fh.readline(limit + 1)
    if len(raw) <= limit:
        return raw
    head, size = raw[:RAW_EXCERPT_CHARS], len(raw)

    def pieces() -> Iterator[bytes]:
        nonlocal size
        yield raw
        piece = raw
        while not piece.endswith(b"\n"):
            piece = fh.readline(_PIECE)
            if not piece:
                return
            size += len(piece)
            yield piece

    lines = _splitlines_count(pieces())
    return _Overlong(size, head, lines)


def _lines(fh: IO[bytes], span: Span | None, limit: int) -> Iterator[bytes | _Overlong]:
    """The physical lines of ``fh``, or of the byte range ``span`` (which starts and ends at line
    boundaries; a decompressing ``fh`` seeks forward by decompressing and discarding); a line longer than
    ``limit`` comes as an :class:`_Overlong`."""
    if span is not None:
        if fh.seekable():
            fh.seek(span.start)
        else:  # a zstd stream: decompress and discard up to the span
            left = span.start
            while left > 0:
                skipped = fh.read(min(left, _COUNT_CHUNK))
                if not skipped:
                    return
                left -= len(skipped)
    left = -1 if span is None or span.end == TO_END else span.end - span.start
    while left != 0:
        raw = _read_line(fh, limit)
        if not raw:
            return
        if left > 0:
            left -= raw.size if isinstance(raw, _Overlong) else len(raw)
            left = max(left, 0)
        yield raw


def _count_physical_lines(path: Path, span: Span | None) -> int:
    """Physical lines (``\\n``-terminated, and a last unterminated one) of a plain local file or of its
    byte range ``span``: a pass of ``bytes.count`` (~2.5 GB/s per core, cached) that shares nothing with
    the record reader but the file."""
    n = 0
    last = b"\n"
    with path.open("rb") as fh:
        start = 0 if span is None else span.start
        left = -1 if span is None or span.end == TO_END else span.end - start
        fh.seek(start)
        while left != 0:
            chunk = fh.read(_COUNT_CHUNK if left < 0 else min(_COUNT_CHUNK, left))
            if not chunk:
                break
            n += chunk.count(b"\n")
            last = chunk[-1:]
            if left > 0:
                left -= len(chunk)
    return n + (last != b"\n")


def _start_count(path: Source, span: Span | None, count: FileCount) -> bool:
    """Count ``path``'s physical lines in a separate pass when it is a plain local file; returns whether
    it did (otherwise the reader counts the lines of the decompressed stream as they pass)."""
    count.unit = "lines"
    if is_url(path) or str(path).lower().endswith(_COMPRESSIONS) or count.limited:
        count.counted = 0
        return False
    count.counted = _count_physical_lines(Path(path), span)
    return True


def _read_jsonl(path: Source, label: str, opts: ReadOptions, span: Span | None,
                count: FileCount) -> Iterator[Document | Quarantined]:
    lineno = span.first if span is not None else 0
    limit = opts.max_record_bytes
    try:
        fh = open_binary(path)
        separate = _start_count(path, span, count)
    except OSError as e:
        yield _open_error(label, e)
        count.counted, count.damaged = None, True
        return
    bom = span is None or span.start == 0
    try:
        with fh:
            for raw in _lines(fh, span, limit):
                lineno += 1
                count.read += 1
                if not separate:
                    count.counted = (count.counted or 0) + 1
                pos = f"line {lineno}"
                if isinstance(raw, _Overlong):
                    yield _too_large(label, pos, "the line", raw.size, limit, raw.head)
                    continue
                if bom:
                    bom = False
                    raw = raw.removeprefix(codecs.BOM_UTF8)  # noqa: PLW2901 - a UTF-8 byte-order mark: not the record's
                if not raw.strip():
                    continue
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as e:
                    yield Quarantined(source=label, position=pos, reason="read.invalid_utf8",
                                      error=f"invalid UTF-8 at byte {e.start} of the line: {e.reason}",
                                      raw_excerpt=_excerpt(raw))
                    continue
                try:
                    rec = orjson.loads(line)
                except orjson.JSONDecodeError as e:
                    yield Quarantined(source=label, position=pos, reason="read.invalid_json",
                                      error=f"invalid JSON: {e}", raw_excerpt=_excerpt(raw))
                    continue
                yield _record_to_doc(rec, label, pos, opts)
    except _STREAM_ERRORS as e:
        reason, msg = _stream_error(e)
        count.damaged = True
        yield Quarantined(source=label, position=f"after line {lineno}", reason=reason,
                          error=f"{msg}; lines after {lineno} could not be read")


def _row_size(rec: Any, limit: int) -> int:
    """The bytes of a Parquet row's strings and binaries (a string's UTF-8 length is only computed when it
    could be over ``limit``)."""
    if not isinstance(rec, dict):
        return 0
    n = 0
    for v in rec.values():
        if isinstance(v, bytes):
            n += len(v)
        elif isinstance(v, str):
            n += len(v.encode("utf-8", "surrogatepass")) if len(v) * 4 > limit else len(v)
    return n


def _read_parquet(path: Source, label: str, opts: ReadOptions, span: Span | None,
                  count: FileCount) -> Iterator[Document | Quarantined]:
    """Rows of a Parquet file (or of the row groups ``span`` names), one row group at a time: a damaged row
    group is one quarantine record for the rows it could not give (the number its metadata claims) and
    reading goes on with the next one."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    count.unit = "rows"
    row = span.first if span is not None else 0
    limit = opts.max_record_bytes
    bad = (pa.ArrowException, OSError, ValueError, IndexError, TypeError)
    try:
        src = _open_raw(path)
    except OSError as e:
        count.damaged = True
        yield _open_error(label, e)
        return
    with src:
        try:
            pf = pq.ParquetFile(src)
            md = pf.metadata
            groups = range(md.num_row_groups) if span is None else range(span.start, min(span.end, md.num_row_groups))
            claimed = [md.row_group(g).num_rows for g in groups]
        except bad as e:
            count.damaged = True
            yield Quarantined(source=label, position="file", reason="read.corrupt",
                              error=f"unreadable Parquet file (footer): {e.__class__.__name__}: {e}")
            return
        count.counted = sum(claimed)
        for g, n in zip(groups, claimed, strict=True):
            # a batch of rows is held in memory: about one record limit's worth (by the row group's
            # uncompressed size per row), at most 1024 rows
            per_row = md.row_group(g).total_byte_size // max(n, 1)
            batch = max(1, min(1024, limit // max(per_row, 1)))
            done = 0
            error = ""
            try:
                for b in pf.iter_batches(batch_size=batch, row_groups=[g]):
                    for rec in b.to_pylist():
                        pos = f"row {row}"
                        row += 1
                        done += 1
                        count.read += 1
                        size = _row_size(rec, limit)
                        if size > limit:
                            yield _too_large(label, pos, "the row", size, limit, orjson.dumps(
                                {k: (v[:RAW_EXCERPT_CHARS] if isinstance(v, str | bytes) else None)
                                 for k, v in rec.items()}, default=str))
                            continue
                        yield _record_to_doc(rec, label, pos, opts)
            except bad as e:
                error = f"{e.__class__.__name__}: {e}"
            if done < n or error:
                rest = max(n - done, 0)
                count.read += rest
                where = f"rows {row}-{row + rest - 1}" if rest > 1 else f"row {row}"
                yield Quarantined(source=label, position=where, reason="read.corrupt",
                                  error=f"row group {g} is damaged: {rest} of the {n} rows it claims could not "
                                        f"be read ({error or 'it has fewer rows than its metadata says'})")
                row += rest


def _read_text(path: Source, label: str, opts: ReadOptions, span: Span | None,
               count: FileCount) -> Iterator[Document | Quarantined]:
    limit = opts.max_record_bytes
    if opts.text_mode == "file":
        data = _read_whole(path, label, limit, count)
        if isinstance(data, Quarantined):
            yield data
            return
        yield _text_doc(label, "file", data)
        return
    # blank-lines: streamed, one block in memory at a time (a corpus dump of many GB is one file)
    lineno = span.first if span is not None else 0
    try:
        fh = open_binary(path)
        separate = _start_count(path, span, count)
    except OSError as e:
        count.counted, count.damaged = None, True
        yield _open_error(label, e)
        return
    cur: list[bytes] = []
    size = 0  # bytes of the current block; over the limit, its lines are no longer kept
    head = b""
    start = 0
    bom = span is None or span.start == 0
    try:
        with fh:
            for raw in _lines(fh, span, limit):
                count.read += 1
                if not separate:
                    count.counted = (count.counted or 0) + 1
                if isinstance(raw, _Overlong):
                    if size == 0:
                        start, head = lineno + 1, raw.head
                    lineno += raw.lines
                    size += raw.size
                    cur = []
                    continue
                if bom:
                    bom = False
                    raw = raw.removeprefix(codecs.BOM_UTF8)  # noqa: PLW2901
                for line in raw.splitlines(keepends=True):  # as bytes.splitlines: a bare \r ends a line
                    lineno += 1
                    if line.strip():
                        if size == 0:
                            start, head = lineno, line[:RAW_EXCERPT_CHARS]
                        size += len(line)
                        if size <= limit:
                            cur.append(line)
                        else:
                            cur = []
                    elif size:
                        yield _block(label, start, cur, size, limit, head)
                        cur, size = [], 0
    except _STREAM_ERRORS as e:
        reason, msg = _stream_error(e)
        count.damaged = True
        # a block the damage cut short is not a document: it goes with the unreadable rest
        after = start - 1 if size else lineno
        yield Quarantined(source=label, position=f"after line {after}", reason=reason,
                          error=f"{msg}; lines after {after} could not be read")
        return
    if size:
        yield _block(label, start, cur, size, limit, head)


def _block(label: str, start: int, lines: list[bytes], size: int, limit: int, head: bytes) -> Document | Quarantined:
    if size > limit:
        return _too_large(label, f"line {start}", "the block", size, limit, head)
    return _text_doc(label, f"line {start}", b"".join(lines))


def _text_doc(label: str, pos: str, block: bytes) -> Document | Quarantined:
    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError as e:
        return Quarantined(source=label, position=pos, reason="read.invalid_utf8",
                           error=f"invalid UTF-8 at byte {e.start}: {e.reason}", raw_excerpt=_excerpt(block))
    return Document(id=make_doc_id(label, pos), text=text, source=f"{label}:{pos}" if pos != "file" else label)


#: records of a JSONL file :func:`check_text_field` looks at (the first readable ones)
PROBE_RECORDS = 20
#: a JSONL line longer than this is skipped by the probe (not parsed: the reader will judge it)
_PROBE_LINE_BYTES = 1 << 20
#: the probe reads at most this many lines of a file (blank, invalid ones included)
_PROBE_LINES = 200


def check_text_field(path: Source, opts: ReadOptions) -> str | None:
    """Whether the configured text field can be found in a JSONL or Parquet file: ``None`` when it can
    (or the file is of another type, or unreadable: its reader quarantines what it cannot read), else the
    message for the user. A JSONL file fails when *all* of its first :data:`PROBE_RECORDS` readable
    records (JSON objects; all of them if fewer) lack the field (and the ``html_field``, when set); a
    Parquet file when its schema has no such column. A file whose first records have the field and later
    ones lack it is read as usual (those records are quarantined, ``read.missing_text``)."""
    fmt = detect_format(path)
    wanted = {opts.text_field} | ({opts.html_field} if opts.html_field else set())
    fields: dict[str, int] = {}  # field -> characters of string values (to suggest the text field)
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            with _open_raw(path) as fh:
                schema = pq.read_schema(fh)
            if wanted & set(schema.names):
                return None
            for name, typ in zip(schema.names, schema.types, strict=True):
                fields[name] = 1 if str(typ) in ("string", "large_string") else 0
        elif fmt == "jsonl":
            records = 0
            with open_binary(path) as fh:
                for _ in range(_PROBE_LINES):
                    line = fh.readline(_PROBE_LINE_BYTES + 1)
                    if not line:
                        break
                    if len(line) > _PROBE_LINE_BYTES or not line.strip():
                        continue
                    try:
                        rec = orjson.loads(line.removeprefix(codecs.BOM_UTF8))
                    except orjson.JSONDecodeError:
                        continue
                    if not isinstance(rec, dict):
                        continue
                    if wanted & rec.keys():
                        return None
                    records += 1
                    for k, v in rec.items():
                        fields[k] = fields.get(k, 0) + (len(v) if isinstance(v, str) else 0)
                    if records >= PROBE_RECORDS:
                        break
            if not records:
                return None
        else:
            return None
    except (*_STREAM_ERRORS, ValueError, IndexError):
        return None  # damaged or unreadable: the reader quarantines it
    names = ", ".join(sorted(fields)[:12]) + (", …" if len(fields) > 12 else "")
    best = max((k for k in fields if fields[k]), key=lambda k: fields[k], default=None)
    hint = f" — use --text-field {best}" if best else " — no field holds text"
    return f"text field {opts.text_field!r} not found in {path}; fields: {names or '(none)'}{hint}"
