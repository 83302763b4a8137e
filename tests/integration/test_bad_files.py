"""One bad file never stops a run (issue 15, items 11 and 12): each is a quarantine record with its reason,
the other files are read, the exit code is 3, and stats.json compares every file's own count of its
units (lines, rows, WARC records) with what the reader accounted for."""

from __future__ import annotations

import decimal
import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard
from click.testing import CliRunner

from shuddh.cli import EXIT_BAD_INPUT, main
from tests.conftest import article


def _jsonl(lo: int, hi: int) -> bytes:
    return b"".join(json.dumps({"text": article(i)}, ensure_ascii=False).encode() + b"\n" for i in range(lo, hi))


def test_bad_files_are_quarantined_and_the_run_goes_on(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.jsonl").write_bytes(b"\xef\xbb\xbf" + _jsonl(0, 4) + b"\n")  # a byte-order mark, a blank line
    (inp / "empty.parquet").write_bytes(b"")
    (inp / "junk.parquet").write_bytes(b"PAR1 this is not parquet PAR1")
    z = zstandard.ZstdCompressor().compress(_jsonl(10, 40))
    (inp / "cut.jsonl.zst").write_bytes(z[: len(z) // 2])
    (inp / "notzstd.jsonl.zst").write_bytes(b"plain text, not zstd\n" * 5)
    (inp / "puny.html").write_bytes(b"<html><head><meta charset='punycode'></head><body><article><p>"
                                    + article(50).encode() + b"</p></article></body></html>")
    pq.write_table(pa.table({"text": [article(60), article(61)],
                             "price": pa.array([decimal.Decimal("1.10"), None], pa.decimal128(5, 2)),
                             "blob": pa.array([b"\x00\xff", b"ok"], pa.binary())}), inp / "typed.parquet")

    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(out), "-w", "1"])
    assert res.exit_code == EXIT_BAD_INPUT, res.output
    stats = json.loads((out / "stats.json").read_text())
    q = stats["quarantined_by_reason"]
    assert q.get("read.corrupt", 0) >= 3  # empty.parquet, junk.parquet, notzstd
    assert q["read.truncated"] == 1
    assert stats["accounted"], stats["unmatched_files"]
    per = stats["input"]["per_file"]
    a = next(v for k, v in per.items() if k.endswith("a.jsonl"))
    assert (a["unit"], a["counted"], a["read"]) == ("lines", 5, 5)
    t = next(v for k, v in per.items() if k.endswith("typed.parquet"))
    assert (t["unit"], t["counted"], t["read"]) == ("rows", 2, 2)
    assert next(v for k, v in per.items() if k.endswith("cut.jsonl.zst"))["damaged"]
    # the typed Parquet's rows reached the output with JSON-safe metadata
    recs = [json.loads(line) for p in (out / "kept").glob("*.gz") for line in gzip.open(p)]
    recs += [json.loads(line) for p in (out / "dropped").glob("*.gz") for line in gzip.open(p)]
    typed = [r for r in recs if "typed.parquet" in r.get("source", "")]
    assert len(typed) == 2
    assert any('"1.10"' in json.dumps(r) for r in typed)  # the decimal, as its exact string


def test_a_reader_that_loses_lines_is_not_accounted(tmp_path, monkeypatch):
    """The check is independent of the record counters: a reader bug that skips a line silently (here a
    patched line reader that swallows line 3) is caught by the file's own line count."""
    import shuddh.io.readers as readers

    real = readers._lines

    def lossy(fh, span, limit):
        for i, raw in enumerate(real(fh, span, limit)):
            if i != 2:
                yield raw

    monkeypatch.setattr(readers, "_lines", lossy)
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.jsonl").write_bytes(_jsonl(0, 5))
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(out), "-w", "1"])
    assert res.exit_code == 0, res.output
    stats = json.loads((out / "stats.json").read_text())
    assert stats["input"]["records"] == 4
    assert stats["input"]["records"] == stats["kept"] + stats["dropped"] + stats["quarantined"]
    assert stats["accounted"] is False
    assert stats["unmatched_files"] == [(inp / "a.jsonl").as_posix()]
