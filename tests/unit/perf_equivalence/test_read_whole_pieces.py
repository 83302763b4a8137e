"""A whole file read in pieces (:func:`shuddh.io.readers._read_whole`, for ``.html`` and whole text files) gives
what the former ``fh.read(limit + 1)`` gave: the same bytes, or the same quarantine record (reason, error and
excerpt), for plain, gzip and zstd files, whole, cut short or corrupt, at limits around the file's size and the
piece size."""

from __future__ import annotations

import codecs
import gzip
import random
from pathlib import Path

import pytest
import zstandard

from shuddh.document import Quarantined
from shuddh.io import readers

_PAGE = ("<html><head><title>समाचार</title></head><body><article><p>गाँव के किसानों ने इस साल गेहूँ की बुवाई "
         "समय से पहले शुरू कर दी है। The council met on Tuesday to discuss the new road.</p></article>"
         "</body></html>\n").encode()


def _former_read_whole(path: Path, label: str, limit: int) -> bytes | Quarantined:
    """The former :func:`readers._read_whole`: one ``read(limit + 1)``."""
    try:
        fh = readers.open_binary(path)
    except OSError as e:
        return readers._open_error(label, e)
    try:
        with fh:
            data = fh.read(limit + 1)
    except readers._STREAM_ERRORS as e:
        reason, msg = readers._stream_error(e)
        return Quarantined(source=label, position="file", reason=reason, error=msg)
    if len(data) > limit:
        return readers._too_large(label, "file", "the file", None, limit, data)
    return data.removeprefix(codecs.BOM_UTF8)


def _outcome(result: bytes | Quarantined) -> object:
    if isinstance(result, Quarantined):
        return ("quarantined", result.source, result.position, result.reason, result.error, result.raw_excerpt)
    return ("data", result)


@pytest.mark.parametrize("kind", ["html", "html.gz", "html.zst"])
def test_pieces_read_as_one_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    monkeypatch.setattr(readers, "_PIECE", 1000)  # many pieces per file
    rng = random.Random(kind)
    raw = codecs.BOM_UTF8 + _PAGE * 40 + bytes(rng.randrange(256) for _ in range(3000))
    packed = {"html": raw, "html.gz": gzip.compress(raw, mtime=0),
              "html.zst": zstandard.ZstdCompressor().compress(raw)}[kind]
    path = tmp_path / f"x.{kind}"
    variants = [packed, packed[: len(packed) // 2], packed[:-3]]
    if kind != "html":
        variants.append(packed[:20] + bytes(b ^ 0x55 for b in packed[20:60]) + packed[60:])
    for data in variants:
        path.write_bytes(data)
        for limit in (0, 1, 5, 999, 1000, 1001, 2500, len(raw) - 1, len(raw), len(raw) + 1, 64 * 1024**2):
            new = readers._read_whole(path, "x", limit, readers.FileCount())
            assert _outcome(new) == _outcome(_former_read_whole(path, "x", limit)), (len(data), limit)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    path = tmp_path / "x.html"
    path.write_bytes(b"")
    assert readers._read_whole(path, "x", 10, readers.FileCount()) == _former_read_whole(path, "x", 10) == b""
    gone = tmp_path / "gone.html"
    assert _outcome(readers._read_whole(gone, "g", 10, readers.FileCount())) == _outcome(
        _former_read_whole(gone, "g", 10))
