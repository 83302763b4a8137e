"""Writers for kept / dropped / quarantine records. Every file is written to a temporary name in the
same directory and renamed into place, so a reader never sees half a file.

JSONL: one object per line, ``orjson``; ``.jsonl.gz`` (gzip with mtime 0, so the bytes are
reproducible), ``.jsonl.zst`` or plain ``.jsonl``. Parquet: flat columns; ``metadata`` (and ``detail``
for dropped records) is a JSON string, because arbitrary per-document metadata has no fixed schema.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal

import orjson

__all__ = ["EXTENSIONS", "RecordWriter", "atomic_write_bytes"]

OutputFormat = Literal["jsonl", "jsonl.gz", "jsonl.zst", "parquet"]
EXTENSIONS: dict[str, str] = {
    "jsonl": ".jsonl", "jsonl.gz": ".jsonl.gz", "jsonl.zst": ".jsonl.zst", "parquet": ".parquet",
}
#: Parquet row group size: large enough for good compression, small enough to bound writer memory
PARQUET_ROWS_PER_GROUP = 5_000
_JSON_COLUMNS = ("metadata", "detail")
#: gzip level of ``.jsonl.gz`` output. Measured on Hindi JSONL (Dakshina Wikipedia text, 2 MB; and the
#: dedup benchmark corpus): level 4 costs 15.5 ns/byte for a ratio of 0.292, level 6 (zlib's default)
#: 71 ns/byte for 0.243 and level 1 10.7 ns/byte for 0.356 — at level 6 compressing the output was the
#: largest single cost of a dedup run. Use ``compression: zstd`` for smaller *and* faster files (0.229 at
#: ~4 ns/byte, level 3).
GZIP_LEVEL = 4


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temp file in the same directory, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)


class RecordWriter:
    """Writes records to ``path`` (atomically on :meth:`commit`). Creates no file if nothing was written."""

    def __init__(self, path: Path, fmt: OutputFormat) -> None:
        self.path = path
        self.fmt = fmt
        self.count = 0
        self._tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
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
            self._stream.write(orjson.dumps(rec, option=orjson.OPT_APPEND_NEWLINE))

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [
            {k: (orjson.dumps(v).decode() if k in _JSON_COLUMNS else v) for k, v in r.items()} for r in self._rows
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
        os.fsync(self._raw.fileno())
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
