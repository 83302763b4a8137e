"""A whole file read in pieces (:func:`shuddh.io.readers._read_up_to`, used by ``_read_whole`` for ``.html``
files) gives what the former ``fh.read(limit + 1)`` gave: the same bytes, or the same error, for plain,
gzip and zstd files, whole, cut short or corrupt, at limits around the file's size and the piece size."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest
import zstandard

from shuddh.io import readers

_PAGE = ("<html><head><title>समाचार</title></head><body><article><p>गाँव के किसानों ने इस साल गेहूँ की बुवाई "
         "समय से पहले शुरू कर दी है। The council met on Tuesday to discuss the new road.</p></article>"
         "</body></html>\n").encode()


def _outcome(path: Path, n: int, former: bool) -> tuple[str, object]:
    try:
        with readers.open_binary(path) as fh:
            data = fh.read(n) if former else readers._read_up_to(fh, n)
    except readers._STREAM_ERRORS as e:
        return "error", (type(e), readers._stream_error(e))
    return "data", data


@pytest.mark.parametrize("kind", ["html", "html.gz", "html.zst"])
def test_pieces_read_as_one_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    monkeypatch.setattr(readers, "_PIECE", 1000)  # many pieces per file
    rng = random.Random(kind)
    raw = _PAGE * 40 + bytes(rng.randrange(256) for _ in range(3000))
    packed = {"html": raw, "html.gz": gzip.compress(raw, mtime=0),
              "html.zst": zstandard.ZstdCompressor().compress(raw)}[kind]
    path = tmp_path / f"x.{kind}"
    variants = [packed, packed[: len(packed) // 2], packed[:-3]]
    if kind != "html":
        variants.append(packed[:20] + bytes(b ^ 0x55 for b in packed[20:60]) + packed[60:])
    for data in variants:
        path.write_bytes(data)
        for n in (1, 999, 1000, 1001, len(raw) - 1, len(raw), len(raw) + 1, 64 * 1024**2 + 1):
            assert _outcome(path, n, former=False) == _outcome(path, n, former=True), (len(data), n)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "x.html"
    path.write_bytes(b"")
    assert _outcome(path, 10, former=False) == _outcome(path, 10, former=True) == ("data", b"")
