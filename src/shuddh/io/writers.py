"""Writers for kept / dropped / quarantine records. Every file is written to a temporary name in the
same directory and renamed into place, so a reader never sees half a file.

JSONL: one object per line, ``orjson``; ``.jsonl.gz`` (gzip with mtime 0, so the bytes are
reproducible), ``.jsonl.zst`` or plain ``.jsonl``. Parquet: flat columns; ``metadata`` (and ``detail``
for dropped records) is a JSON string, because arbitrary per-document metadata has no fixed schema.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import gzip
import os
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal

import orjson

from shuddh.layout import is_marker, is_temp, temp_key, temp_path

__all__ = ["EXTENSIONS", "RecordWriter", "RemoteDir", "atomic_write_bytes", "deferred_sync", "fsync_or_defer",
           "snapshot", "sync_files"]

OutputFormat = Literal["jsonl", "jsonl.gz", "jsonl.zst", "parquet"]
EXTENSIONS: dict[str, str] = {
    "jsonl": ".jsonl", "jsonl.gz": ".jsonl.gz", "jsonl.zst": ".jsonl.zst", "parquet": ".parquet",
}
#: Parquet row group size: large enough for good compression, small enough to bound writer memory
PARQUET_ROWS_PER_GROUP = 5_000
_JSON_COLUMNS = ("metadata", "detail", "removed")
#: gzip level of ``.jsonl.gz`` output. Measured on Hindi JSONL (Dakshina Wikipedia text, 2 MB; and the
#: dedup benchmark corpus): level 4 costs 15.5 ns/byte for a ratio of 0.292, level 6 (zlib's default)
#: 71 ns/byte for 0.243 and level 1 10.7 ns/byte for 0.356 — at level 6 compressing the output was the
#: largest single cost of a dedup run. Use ``compression: zstd`` for smaller *and* faster files (0.229 at
#: ~4 ns/byte, level 3).
GZIP_LEVEL = 4


def bytes_as_text(v: bytes | bytearray | memoryview) -> str:
    """Binary data as JSON text: the text itself when it is UTF-8 (so the PII stage sees it), else
    ``base64:…``."""
    raw = bytes(v)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "base64:" + base64.b64encode(raw).decode("ascii")


def _json_default(v: Any) -> Any:
    """A value orjson cannot write (the readers make metadata JSON-safe, see ``readers._json_safe``; this
    covers what a stage or an API caller puts in): bytes as UTF-8 text or ``base64:…``, a Decimal as its
    exact string, a timedelta as seconds, a set as a list, anything else as its ``str``."""
    if isinstance(v, bytes | bytearray | memoryview):
        return bytes_as_text(v)
    if isinstance(v, datetime.timedelta):
        return v.total_seconds()
    if isinstance(v, set | frozenset):
        return sorted(v, key=str)
    return str(v)


#: files renamed into place inside :func:`deferred_sync` whose fsync is still owed (None: fsync each file)
_PENDING: ContextVar[list[Path] | None] = ContextVar("shuddh_pending_sync", default=None)


@contextlib.contextmanager
def deferred_sync() -> Iterator[list[Path]]:
    """Inside, :func:`atomic_write_bytes`, :meth:`RecordWriter.commit` and the dedup spools (anything that
    calls :func:`fsync_or_defer`) rename their files into place without an ``fsync`` each and list them in
    the yielded list; the caller makes them durable with :func:`sync_files` before it writes the marker that
    makes the work count (a shard task's done-marker). A task writes tens of small files (64 partition files
    of ``chrome_repeats`` alone): one fsync each cost ~0.3 ms of CPU and several ms of wall time apiece."""
    pending: list[Path] = []
    token = _PENDING.set(pending)
    try:
        yield pending
    finally:
        _PENDING.reset(token)


def fsync_or_defer(fh: IO[bytes], final: Path) -> None:
    """fsync ``fh`` (to be renamed to ``final``) now, or list ``final`` when inside :func:`deferred_sync`."""
    pending = _PENDING.get()
    if pending is None:
        os.fsync(fh.fileno())
    else:
        pending.append(final)


def sync_files(paths: Iterable[Path]) -> None:
    """fsync every file of ``paths`` and then each folder holding one (its rename), one call each. A file
    gone since (a later write replaced it by another name) is skipped."""
    folders: dict[Path, None] = {}
    for p in dict.fromkeys(paths):
        try:
            fd = os.open(p, os.O_RDONLY)
        except FileNotFoundError:
            continue
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        folders[p.parent] = None
    for d in folders:
        try:
            fd = os.open(d, os.O_RDONLY)
        except OSError:  # pragma: no cover - a folder cannot be opened on this OS
            continue
        try:
            os.fsync(fd)
        except OSError:  # pragma: no cover - some file systems refuse fsync on a folder
            pass
        finally:
            os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temp file in the same directory, fsync — or listed inside
    :func:`deferred_sync` — and rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    with tmp.open("wb") as f:
        f.write(data)
        f.flush()
        fsync_or_defer(f, path)
    tmp.replace(path)


class RecordWriter:
    """Writes records to ``path`` (atomically on :meth:`commit`). Creates no file if nothing was written."""

    def __init__(self, path: Path, fmt: OutputFormat) -> None:
        self.path = path
        self.fmt = fmt
        self.count = 0
        self._tmp = temp_path(path)
        self._raw: IO[bytes] | None = None
        self._stream: Any = None
        self._rows: list[dict[str, Any]] = []
        self._pq: Any = None

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._raw = self._tmp.open("wb")
        if self.fmt == "jsonl.gz":
            self._stream = gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0,
                                         compresslevel=GZIP_LEVEL)
        elif self.fmt == "jsonl.zst":
            import zstandard

            self._stream = zstandard.ZstdCompressor(level=3).stream_writer(self._raw, closefd=False)
        elif self.fmt == "jsonl":
            self._stream = self._raw

    def write(self, rec: dict[str, Any]) -> None:
        if self._raw is None:
            self._open()
        self.count += 1
        if self.fmt == "parquet":
            self._rows.append(rec)
            if len(self._rows) >= PARQUET_ROWS_PER_GROUP:
                self._flush_parquet()
        else:
            self._stream.write(orjson.dumps(rec, default=_json_default, option=orjson.OPT_APPEND_NEWLINE))

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [
            {k: (orjson.dumps(v, default=_json_default).decode() if k in _JSON_COLUMNS else v) for k, v in r.items()}
            for r in self._rows
        ]
        if self._pq is None:
            # every column is a string (JSON columns are serialised), so the schema is fixed by the keys
            schema = pa.schema([(k, pa.string()) for k in rows[0]])
            self._pq = pq.ParquetWriter(self._raw, schema, compression="zstd")
        self._pq.write_table(pa.Table.from_pylist(rows, schema=self._pq.schema))
        self._rows = []

    def commit(self) -> bool:
        """Finish the file and rename it into place. Returns whether a file was written."""
        if self._raw is None:
            return False
        if self.fmt == "parquet":
            if self._rows:
                self._flush_parquet()
            if self._pq is not None:
                self._pq.close()
        elif self._stream is not self._raw:
            self._stream.close()
        self._raw.flush()
        fsync_or_defer(self._raw, self.path)
        self._raw.close()
        self._tmp.replace(self.path)
        self._raw = None
        return True

    def abort(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        if et is None:
            self.commit()
        else:
            self.abort()


class RemoteDir:
    """An output directory at an fsspec URL (``s3://``, ``gs://``, ``file://``, ``memory://`` …).

    Tasks do their work in a node-local scratch directory laid out like the output directory: they
    :meth:`fetch` the files they read, run unchanged, then :meth:`publish` every file they wrote. Each
    file is uploaded to a temporary key and moved to its final key, so a reader never sees half a file
    under a final name: on filesystems with a rename (``file://``, HDFS, …) the move is atomic; on S3
    and GCS (no rename: copy + delete) the final object appears only when the copy is complete, since a
    single object write is atomic there. Done-markers are uploaded last, and only work with a marker
    counts, so an upload cut off half-way is simply redone; temporary keys of dead tasks are removed by
    :meth:`remove_temp_files`.
    """

    def __init__(self, url: str) -> None:
        import fsspec

        self.url = url
        self.fs, root = fsspec.core.url_to_fs(url)
        self.root = str(root).rstrip("/")

    def key(self, rel: str) -> str:
        return f"{self.root}/{rel}" if rel else self.root

    def exists(self, rel: str) -> bool:
        return bool(self.fs.exists(self.key(rel)))

    def read(self, rel: str) -> bytes | None:
        """The content of ``rel``, or ``None`` when it does not exist."""
        try:
            data: bytes = self.fs.cat_file(self.key(rel))
        except FileNotFoundError:
            return None
        return data

    def write(self, rel: str, data: bytes) -> None:
        """Upload ``data`` to ``rel`` (temporary key, then move)."""
        final = self.key(rel)
        parent = final.rsplit("/", 1)[0]
        tmp = temp_key(final)
        self.fs.makedirs(parent, exist_ok=True)  # a no-op on object stores (no directories)
        self.fs.pipe_file(tmp, data)
        self.fs.mv(tmp, final)

    def files(self, reldir: str = "") -> list[str]:
        """Paths (relative to the root) of every file under ``reldir``, sorted; none if it is missing."""
        base = self.key(reldir)
        if not self.fs.exists(base):
            return []
        n = len(self.root) + 1
        return sorted(str(f)[n:] for f in self.fs.find(base))

    def fetch(self, rels: list[str], local: Path) -> None:
        """Download ``rels`` (those that exist) into the scratch directory ``local``."""
        for rel in rels:
            dest = local / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                self.fs.get_file(self.key(rel), str(dest))
            except FileNotFoundError:
                dest.unlink(missing_ok=True)

    def publish(self, local: Path, before: dict[str, tuple[int, int, int]]) -> None:
        """Upload every file of ``local`` that is new or changed since :func:`snapshot` gave ``before``;
        done-markers last."""
        changed = [rel for rel, st in snapshot(local).items() if before.get(rel) != st]
        for rel in sorted(changed, key=lambda r: (is_marker(r), r)):
            final = self.key(rel)
            parent = final.rsplit("/", 1)[0]
            tmp = temp_key(final)
            self.fs.makedirs(parent, exist_ok=True)
            self.fs.put_file(str(local / rel), tmp)
            self.fs.mv(tmp, final)

    def remove(self, rel: str) -> None:
        """Delete ``rel`` (a file or everything under a prefix); nothing if it does not exist."""
        if self.fs.exists(self.key(rel)):
            self.fs.rm(self.key(rel), recursive=True)

    def is_empty(self) -> bool:
        return not self.files()

    def remove_temp_files(self) -> None:
        for rel in self.files():
            if is_temp(rel.rsplit("/", 1)[-1]):
                self.fs.rm(self.key(rel))


def snapshot(local: Path) -> dict[str, tuple[int, int, int]]:
    """(inode, mtime, size) of every file under ``local``, by relative path (to find what a task wrote)."""
    out: dict[str, tuple[int, int, int]] = {}
    for p in local.rglob("*"):
        if p.is_file():
            st = p.stat()
            out[p.relative_to(local).as_posix()] = (st.st_ino, st.st_mtime_ns, st.st_size)
    return out
