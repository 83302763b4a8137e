"""Fuzz of every reader (issue 15, evidence): seeded mutations of valid Hindi input files — truncation, byte
flips, inserted garbage (random bytes, NULs, newlines, format magic such as a gzip header or a WARC
header line), deleted and duplicated ranges — each read whole with :func:`read_file`. Every example must:

* raise nothing (no uncaught exception of any kind);
* give only :class:`Document` and :class:`Quarantined` items, each quarantine record with a known reason;
* be accounted for by the file's independent count (:attr:`FileCount.ok`: the units counted apart from
  the record parser — lines by a separate pass, Parquet footer rows, WARC record headers by a byte scan —
  equal the units the reader accounted for, or the reader ended with one quarantine record for a damaged
  rest);
* give no more items than the units it read (every item stands for at least one unit).

The suite runs a small budget (``SHUDDH_FUZZ_EXAMPLES`` per format, default 12: a few seconds);
``benchmarks/bench_fuzz_readers.py`` runs the same harness with a large one and writes
``benchmarks/results/fuzz.md``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from shuddh.document import Document, Quarantined
from shuddh.io.readers import FileCount, ReadOptions, read_file
from tests.conftest import BODY_1, BODY_2, TITLE, article

#: every reason a reader may give (README: quarantine reasons)
REASONS = {"read.invalid_json", "read.invalid_utf8", "read.missing_text", "read.not_an_object", "read.truncated",
           "read.corrupt", "read.too_large", "read.unreadable", "read.content_encoding", "extract.too_large",
           "extract.timeout", "extract.failed"}

#: a small record limit, so that mutations that join lines also exercise read.too_large
LIMIT = 16 * 1024


def _jsonl(n: int) -> bytes:
    lines = [json.dumps({"id": f"d{i}", "text": article(i), "url": f"https://e.in/{i}"}, ensure_ascii=False)
             for i in range(n)]
    lines.insert(2, "")  # a blank line
    return ("\n".join(lines) + "\n").encode()


def _zst_frames(data: bytes) -> bytes:
    """Two lines per zstd frame (as a streaming writer flushes), checksummed: a damaged frame leaves the
    frames before it readable."""
    cctx = zstandard.ZstdCompressor(write_checksum=True)
    lines = data.splitlines(keepends=True)
    return b"".join(cctx.compress(b"".join(lines[i:i + 2])) for i in range(0, len(lines), 2))


def _html(i: int) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE} {i}</title></head><body><nav>होम</nav>"
            f"<article><h1>{TITLE}</h1><p>{BODY_1}</p><p>{BODY_2} {i}</p></article></body></html>").encode()


def _warc_record(i: int, kind: str = "response") -> bytes:
    payload = _html(i)
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: %d\r\n\r\n" % len(payload)) + payload
    if kind == "request":
        http = b"GET /%d HTTP/1.1\r\nHost: e.in\r\n\r\n" % i
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{i:012d}>\r\n"
            f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: https://e.in/{i}\r\n"
            f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def _warc(gz: bool) -> bytes:
    recs = [_warc_record(0, "request"), _warc_record(0), _warc_record(1), _warc_record(2, "request"), _warc_record(2)]
    return b"".join(gzip.compress(r, mtime=0) for r in recs) if gz else b"".join(recs)


def _warc_grouped() -> bytes:
    """Records in gzip members of several, an empty member, then one record per member (session 17: FastWARC
    places a record inside a member of several at a later member, and ends a gzip stream at an empty member)."""
    recs = [_warc_record(0, "request"), _warc_record(0), _warc_record(1), _warc_record(2, "request"), _warc_record(2)]
    return (gzip.compress(b"".join(recs[:3]), mtime=0) + gzip.compress(b"", mtime=0)
            + b"".join(gzip.compress(r, mtime=0) for r in recs[3:]))


def _warc_blocks() -> bytes:
    """The WARC gzipped in 300-byte blocks: records and record lines split between members."""
    data = _warc(False)
    return b"".join(gzip.compress(data[i:i + 300], mtime=0) for i in range(0, len(data), 300))


def _parquet() -> bytes:
    buf = io.BytesIO()
    t = pa.Table.from_pylist([{"id": f"p{i}", "text": article(i), "n": i} for i in range(12)])
    pq.write_table(t, buf, row_group_size=4, compression="snappy")
    return buf.getvalue()


def _text() -> bytes:
    return "\n\n".join(article(i) for i in range(4)).encode() + b"\n"


#: (file name, seed content, read options) of every reader
SEEDS: dict[str, tuple[str, Callable[[], bytes], ReadOptions]] = {
    "jsonl": ("x.jsonl", lambda: _jsonl(8), ReadOptions(max_record_bytes=LIMIT)),
    "jsonl.gz": ("x.jsonl.gz", lambda: gzip.compress(_jsonl(8), mtime=0), ReadOptions(max_record_bytes=LIMIT)),
    "jsonl.zst": ("x.jsonl.zst", lambda: _zst_frames(_jsonl(8)), ReadOptions(max_record_bytes=LIMIT)),
    "parquet": ("x.parquet", _parquet, ReadOptions(max_record_bytes=LIMIT)),
    "text": ("x.txt", _text, ReadOptions(max_record_bytes=LIMIT)),
    "text.blank-lines": ("x.txt.gz", lambda: gzip.compress(_text(), mtime=0),
                         ReadOptions(text_mode="blank-lines", max_record_bytes=LIMIT)),
    "html": ("x.html", lambda: _html(7), ReadOptions(max_record_bytes=LIMIT)),
    "warc": ("x.warc", lambda: _warc(False), ReadOptions()),
    "warc.gz": ("x.warc.gz", lambda: _warc(True), ReadOptions()),
    "warc.gz-grouped": ("x.warc.gz", _warc_grouped, ReadOptions()),
    "warc.gz-blocks": ("x.warc.gz", _warc_blocks, ReadOptions()),
}

_GARBAGE = [b"\n", b"\r\n", b"\r", b"\0" * 64, b"\xff\xfe", b'{"text": ', b"}\n{", b"\x1f\x8b\x08\x00",
            b"\x28\xb5\x2f\xfd", b"PAR1", b"\r\n\r\nWARC/1.1\r\nContent-Length: 99999999999\r\n\r\n",
            b"Content-Encoding: gzip\r\n", b"charset=punycode", b"\xef\xbb\xbf", "क".encode() * 2000]


def mutate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One to three random mutations of ``data``, and their description."""
    out = bytearray(data)
    what = []
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(["truncate", "flip", "insert", "delete", "duplicate"])
        n = len(out)
        at = rng.randrange(n + 1) if n else 0
        if op == "truncate" and n:
            del out[at:]
        elif op == "flip" and n:
            for _ in range(rng.randint(1, 4)):
                i = rng.randrange(len(out))
                out[i] ^= 1 << rng.randrange(8) if rng.random() < 0.5 else rng.randrange(1, 256)
        elif op == "insert":
            junk = rng.choice(_GARBAGE) if rng.random() < 0.7 else rng.randbytes(rng.randint(1, 64))
            out[at:at] = junk
        elif op == "delete" and n:
            del out[at:at + rng.randint(1, 256)]
        elif op == "duplicate" and n:
            out[at:at] = out[at:at + rng.randint(1, 512)]
        what.append(f"{op}@{at}")
    return bytes(out), " ".join(what)


@dataclass
class FuzzResult:
    examples: int = 0
    failures: list[str] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)
    documents: int = 0


def check_one(path: Path, opts: ReadOptions) -> tuple[str | None, Counter[str], int]:
    """Read ``path``; returns (the failure or ``None``, the quarantine reasons, the documents)."""
    count = FileCount()
    skipped: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    docs = 0
    try:
        items = list(read_file(path, path.name, opts, skipped=skipped, count=count))
    except Exception:  # noqa: BLE001 - the point of the fuzz: any exception is a finding
        return f"raised: {traceback.format_exc(limit=-3)}", reasons, docs
    for it in items:
        if isinstance(it, Quarantined):
            reasons[it.reason] += 1
            if it.reason not in REASONS:
                return f"unknown reason {it.reason!r}", reasons, docs
        elif isinstance(it, Document):
            docs += 1
            if not isinstance(it.text, str):
                return "a document without str text", reasons, docs
        else:
            return f"a {type(it).__name__} item", reasons, docs
    if not count.ok:
        return f"count does not match: {count.to_dict()}, {len(items)} items", reasons, docs
    if len(items) + sum(skipped.values()) > count.read + (1 if count.damaged else 0):
        return f"more items than units: {len(items)} items + {dict(skipped)} skipped, {count.to_dict()}", reasons, docs
    return None, reasons, docs


def fuzz(fmt: str, examples: int, workdir: Path, seed: int = 0) -> FuzzResult:
    """Run ``examples`` mutated files of format ``fmt``; the failures keep their seed and mutations."""
    name, make, opts = SEEDS[fmt]
    base = make()
    res = FuzzResult()
    path = workdir / name
    for k in range(examples):
        rng = random.Random(f"{seed}:{fmt}:{k}")
        data, what = mutate(base, rng)
        path.write_bytes(data)
        failure, reasons, docs = check_one(path, opts)
        res.examples += 1
        res.reasons.update(reasons)
        res.documents += docs
        if failure is not None:
            res.failures.append(f"{fmt} seed={seed} example={k} [{what}]: {failure}")
    return res


EXAMPLES = int(os.environ.get("SHUDDH_FUZZ_EXAMPLES", "12"))


@pytest.mark.parametrize("fmt", sorted(SEEDS))
def test_every_mutated_file_is_accounted_for(tmp_path, fmt):
    # the unmutated seed reads cleanly first (otherwise the fuzz proves nothing)
    name, make, opts = SEEDS[fmt]
    (tmp_path / name).write_bytes(make())
    failure, reasons, docs = check_one(tmp_path / name, opts)
    assert failure is None, failure
    assert not reasons
    assert docs > 0
    res = fuzz(fmt, EXAMPLES, tmp_path)
    assert res.examples == EXAMPLES
    assert not res.failures, "\n".join(res.failures)


def test_the_harness_catches_a_silent_loss(tmp_path, monkeypatch):
    """A reader that stops early without a quarantine record (as the zstd reader did) fails the check."""
    import shuddh.io.readers as readers

    real = readers._lines

    def stops_early(fh, span, limit):
        for i, raw in enumerate(real(fh, span, limit)):
            if i == 3:
                return
            yield raw

    monkeypatch.setattr(readers, "_lines", stops_early)
    p = tmp_path / "x.jsonl"
    p.write_bytes(_jsonl(8))
    failure, _, _ = check_one(p, ReadOptions())
    assert failure is not None
    assert "count does not match" in failure
