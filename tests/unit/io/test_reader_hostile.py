"""Hostile and damaged input (issue 15): every reader ends each record as a document or a quarantine
record with a reason — never an uncaught exception, never a silent stop — and memory is bounded by
``ReadOptions.max_record_bytes``, not by the input."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import zlib
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from shuddh.document import Document, Quarantined
from shuddh.io.readers import FileCount, ReadOptions, plan_spans, read_file
from tests.conftest import BODY_1, BODY_2

OPTS = ReadOptions()


def _jsonl(n: int, start: int = 0) -> bytes:
    return b"".join(json.dumps({"text": f"{BODY_1} {i}"}, ensure_ascii=False).encode() + b"\n"
                    for i in range(start, start + n))


def _read(p: Path, opts: ReadOptions = OPTS, **kw) -> tuple[list[Document | Quarantined], FileCount]:
    count = FileCount()
    out = list(read_file(p, p.name, opts, count=count, **kw))
    return out, count


def _reasons(out) -> list[str]:
    return [o.reason for o in out if isinstance(o, Quarantined)]


# ---- item 6: a .jsonl.zst cut inside a frame, or corrupt ----------------------------------------------------

def test_zstd_cut_inside_a_frame_ends_in_one_truncated_record(tmp_path):
    # one frame written in small blocks (as the zstd CLI streams): records before the cut are readable
    cctx = zstandard.ZstdCompressor()
    data = b"".join(cctx.compress(_jsonl(20, i)) for i in range(0, 200, 20))  # 10 frames
    p = tmp_path / "cut.jsonl.zst"
    for cut in (len(data) // 2, len(data) - 3, 7):
        p.write_bytes(data[:cut])
        out, count = _read(p)
        docs = [o for o in out if isinstance(o, Document)]
        assert _reasons(out) == ["read.truncated"], cut
        assert out[-1].position == f"after line {len(docs)}"
        assert len(docs) < 200
        assert count.ok


def test_zstd_single_frame_cut_is_not_silent(tmp_path):
    data = zstandard.ZstdCompressor().compress(_jsonl(200))
    p = tmp_path / "one.jsonl.zst"
    p.write_bytes(data[: len(data) // 2])
    out, _ = _read(p)
    assert _reasons(out) == ["read.truncated"]


def test_zstd_every_frame_is_read(tmp_path):
    # several frames back to back (pzstd, cat a.zst b.zst): all of them are read
    cctx = zstandard.ZstdCompressor()
    p = tmp_path / "frames.jsonl.zst"
    p.write_bytes(cctx.compress(_jsonl(3)) + cctx.compress(_jsonl(4, 3)))
    out, count = _read(p)
    assert [o.text for o in out] == [f"{BODY_1} {i}" for i in range(7)]
    assert (count.counted, count.read) == (7, 7)


def test_zstd_corrupt_data_is_quarantined_not_raised(tmp_path):
    p = tmp_path / "flip.jsonl.zst"
    for checksum in (True, False):
        data = bytearray(zstandard.ZstdCompressor(write_checksum=checksum).compress(_jsonl(200)))
        data[len(data) // 2] ^= 0xFF
        p.write_bytes(bytes(data))
        out, count = _read(p)
        if checksum:  # the frame's checksum tells
            assert _reasons(out)[-1] == "read.corrupt"
        assert _reasons(out)  # without it, the damaged text at least does not parse
        assert count.ok
    p.write_bytes(b"not zstd at all\n" * 10)
    out, _ = _read(p)
    assert _reasons(out) == ["read.corrupt"]


# ---- item 19: a UTF-8 byte-order mark --------------------------------------------------------------------

@pytest.mark.parametrize("name", ["bom.jsonl", "bom.jsonl.gz"])
def test_jsonl_byte_order_mark_is_accepted(tmp_path, name):
    data = codecs.BOM_UTF8 + _jsonl(2)
    p = tmp_path / name
    p.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    out, _ = _read(p)
    assert [o.text for o in out] == [f"{BODY_1} 0", f"{BODY_1} 1"]


def test_text_byte_order_mark_is_not_part_of_the_text(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(codecs.BOM_UTF8 + f"{BODY_1}\n\n{BODY_2}\n".encode())
    (whole,), _ = _read(p)
    assert whole.text.startswith(BODY_1[:10])
    a, _ = read_file(p, "bom.txt", ReadOptions(text_mode="blank-lines"))
    assert a.text.strip() == BODY_1


# ---- item 13: a record-size limit while streaming --------------------------------------------------------

LIMIT = 4096


@pytest.mark.parametrize("name", ["big.jsonl", "big.jsonl.gz", "big.jsonl.zst"])
def test_jsonl_record_over_the_limit_is_quarantined_and_reading_goes_on(tmp_path, name):
    big = json.dumps({"text": "क" * 50_000}, ensure_ascii=False).encode() + b"\n"
    nul = b"\0" * 100_000  # no newline at all until the end: must not be held whole
    data = _jsonl(1) + big + nul + b"\n" + _jsonl(1, 1) + nul
    p = tmp_path / name
    if name.endswith(".gz"):
        data = gzip.compress(data)
    elif name.endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(data)
    p.write_bytes(data)
    out, count = _read(p, ReadOptions(max_record_bytes=LIMIT))
    kinds = [o.reason if isinstance(o, Quarantined) else "doc" for o in out]
    assert kinds == ["doc", "read.too_large", "read.too_large", "doc", "read.too_large"]
    assert out[1].position == "line 2"
    assert out[2].position == "line 3"
    assert out[1].raw_excerpt.startswith("{\"text\": \"क")
    assert (count.counted, count.read) == (5, 5)


def test_jsonl_memory_is_bounded_by_the_limit_not_the_line(tmp_path):
    # 64 MiB of NUL bytes in one line, 64 KiB compressed: read with a 1 MiB limit, the reader never asks the
    # decompressor for more than the limit at once
    p = tmp_path / "nul.jsonl.gz"
    with gzip.open(p, "wb", compresslevel=1) as fh:
        fh.write(_jsonl(1))
        for _ in range(64):
            fh.write(b"\0" * (1 << 20))
        fh.write(b"\n" + _jsonl(1, 1))
    import tracemalloc

    tracemalloc.start()
    out, _ = _read(p, ReadOptions(max_record_bytes=1 << 20))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [o.reason if isinstance(o, Quarantined) else "doc" for o in out] == ["doc", "read.too_large", "doc"]
    assert peak < 24 << 20, peak  # a whole-line read needs > 64 MiB


@pytest.mark.parametrize("name", ["big.txt", "big.txt.gz", "big.html", "big.html.gz"])
def test_whole_file_over_the_limit_is_quarantined(tmp_path, name):
    data = b"<html><body><p>" + ("क" * 10_000).encode() + b"</p></body></html>"
    p = tmp_path / name
    p.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    out, count = _read(p, ReadOptions(max_record_bytes=LIMIT))
    assert _reasons(out) == ["read.too_large"]
    assert count.ok


def test_blank_line_block_over_the_limit_is_quarantined(tmp_path):
    p = tmp_path / "blocks.txt"
    p.write_bytes(f"{BODY_1}\n\n".encode() + ("क" * 3000 + "\n").encode() * 3 + f"\n{BODY_2}\n".encode())
    out, count = _read(p, ReadOptions(text_mode="blank-lines", max_record_bytes=LIMIT))
    assert [o.reason if isinstance(o, Quarantined) else "doc" for o in out] == ["doc", "read.too_large", "doc"]
    assert out[1].position == "line 3"
    assert out[2].source.endswith("line 7")
    assert count.ok


# ---- items 8 and 12: Parquet ----------------------------------------------------------------------------

def _parquet_groups(p: Path, groups: int = 3, rows: int = 1000) -> None:
    t = pa.Table.from_pylist([{"text": f"{BODY_1} {i}"} for i in range(groups * rows)])
    pq.write_table(t, p, row_group_size=rows, compression="none")


def test_damaged_parquet_row_group_hides_no_later_row_group(tmp_path):
    p = tmp_path / "rg.parquet"
    _parquet_groups(p)
    md = pq.ParquetFile(p).metadata
    col = md.row_group(1).column(0)
    data = bytearray(p.read_bytes())
    start = col.data_page_offset
    data[start:start + 64] = b"\xff" * 64  # the page header of row group 1's text column
    p.write_bytes(bytes(data))
    out, count = _read(p)
    docs = [o for o in out if isinstance(o, Document)]
    assert len(docs) == 2000
    q = [o for o in out if isinstance(o, Quarantined)]
    assert [x.reason for x in q] == ["read.corrupt"]
    assert "1000 rows" in q[0].error
    assert docs[-1].text == f"{BODY_1} 2999"  # the third group was read
    assert (count.counted, count.read) == (3000, 3000)
    assert count.ok


@pytest.mark.parametrize("content", [b"", b"PAR1", b"PAR1 junk junk PAR1"])
def test_empty_or_corrupt_parquet_does_not_stop_planning(tmp_path, content):
    p = tmp_path / "bad.parquet"
    p.write_bytes(content)
    assert plan_spans(p, 1) is None  # read whole: the reader quarantines it
    out, count = _read(p)
    assert _reasons(out) == ["read.corrupt"]
    assert count.ok


@pytest.mark.parametrize("name", ["secret.jsonl", "secret.jsonl.gz", "secret.parquet", "secret.txt", "secret.html",
                                  "secret.warc", "secret.warc.gz"])
def test_unreadable_file_is_quarantined(tmp_path, monkeypatch, name):
    """A file the process may not open (simulated: the tests may run as root, which ignores chmod)."""
    p = tmp_path / name
    p.write_bytes(b"anything")
    real_open = Path.open

    def deny(self, *a, **kw):
        if self == p:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *a, **kw)

    monkeypatch.setattr(Path, "open", deny)
    import builtins

    real_builtin_open = builtins.open

    def deny_builtin(file, *a, **kw):
        if str(file) == str(p):
            raise PermissionError(13, "Permission denied", str(file))
        return real_builtin_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", deny_builtin)
    out, count = _read(p)
    assert _reasons(out) == ["read.unreadable"]
    assert "Permission denied" in out[0].error
    assert count.ok


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file whatever its mode")
def test_unreadable_file_by_mode(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_text(BODY_1)
    p.chmod(0)
    out, _ = _read(p)
    assert _reasons(out) == ["read.unreadable"]


# ---- the independent count ------------------------------------------------------------------------------

def test_counts_of_a_healthy_file_match(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_bytes(_jsonl(3) + b"\n\n" + _jsonl(1, 3) + b'{"text": "no newline at the end"}')
    out, count = _read(p)
    assert len(out) == 5
    assert (count.unit, count.counted, count.read) == ("lines", 7, 7)
    assert count.ok
    c = Counter(type(o).__name__ for o in out)
    assert c == {"Document": 5}


# ---- item 7: WARC records that lie ----------------------------------------------------------------------

def _warc_record(i: int, *, payload: bytes | None = None, http_extra: bytes = b"", cl: int | None = None,
                 ctype: bytes = b"text/html; charset=utf-8") -> bytes:
    from tests.unit.io.test_warc_truncation import _PAGES, _html

    payload = _html(i) if payload is None else payload
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype + b"\r\n" + http_extra
            + b"Content-Length: %d\r\n\r\n" % len(payload)) + payload
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-00000000000{i}>\r\n"
            f"WARC-Target-URI: {_PAGES[i][0]}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http) if cl is None else cl}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def _warc_kinds(tmp_path: Path, middle: bytes) -> tuple[list[str], FileCount]:
    p = tmp_path / "x.warc.gz"
    p.write_bytes(b"".join(gzip.compress(r) for r in (_warc_record(0), middle, _warc_record(2))))
    out, count = _read(p)
    return [o.reason if isinstance(o, Quarantined) else o.url for o in out], count


def test_warc_gz_record_with_a_huge_content_length_swallows_nothing(tmp_path):
    kinds, count = _warc_kinds(tmp_path, _warc_record(1, cl=10**12))
    assert kinds == ["https://gaon.example.in/kheti", "read.corrupt", "https://gaon.example.in/mela"]
    assert (count.counted, count.read) == (3, 3)


def test_warc_broken_content_encoding_is_that_record_only(tmp_path):
    kinds, count = _warc_kinds(tmp_path, _warc_record(1, payload=b"\x1f\x8b\x08\x00 not gzip" * 10,
                                                      http_extra=b"Content-Encoding: gzip\r\n"))
    assert kinds == ["https://gaon.example.in/kheti", "read.content_encoding", "https://gaon.example.in/mela"]
    assert count.ok


def test_warc_content_encoding_bomb_is_too_large_and_reading_goes_on(tmp_path):
    from shuddh.extract import DEFAULT_MAX_BYTES

    z = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip, built in 1 MiB steps (never held whole)
    zero = b"\0" * (1 << 20)
    bomb = b"".join(z.compress(zero) for _ in range(DEFAULT_MAX_BYTES // len(zero) * 20)) + z.flush()
    kinds, count = _warc_kinds(tmp_path, _warc_record(1, payload=bomb, http_extra=b"Content-Encoding: gzip\r\n"))
    assert kinds == ["https://gaon.example.in/kheti", "extract.too_large", "https://gaon.example.in/mela"]
    assert count.ok


def test_warc_good_content_encoding_is_decoded(tmp_path):
    from tests.unit.io.test_warc_truncation import _html

    kinds, _ = _warc_kinds(tmp_path, _warc_record(1, payload=gzip.compress(_html(1)),
                                                  http_extra=b"Content-Encoding: gzip\r\n"))
    assert kinds == ["https://gaon.example.in/kheti", "https://gaon.example.in/pathshala",
                     "https://gaon.example.in/mela"]


@pytest.mark.parametrize("ctype", [b"text/html; charset=punycode", b"text/html; charset=utf-7",
                                   b"text/html; charset=idna"])
def test_warc_page_declaring_a_non_web_charset_is_read(tmp_path, ctype):
    page = b"<html><head><meta charset='punycode'></head><body><article><p>" + (
        b"Plain ASCII news text, long enough for the extractor to keep it as the main content. " * 5
    ) + b"</p></article></body></html>"
    kinds, count = _warc_kinds(tmp_path, _warc_record(1, payload=page, ctype=ctype))
    assert kinds == ["https://gaon.example.in/kheti", "https://gaon.example.in/pathshala",
                     "https://gaon.example.in/mela"]
    assert count.ok


def test_html_file_declaring_punycode_is_a_document(tmp_path):
    p = tmp_path / "p.html"
    p.write_bytes(b"<html><head><meta charset=\"punycode\"></head><body><article><p>"
                  + b"Plain ASCII news text, long enough for the extractor to keep it. " * 5
                  + b"</p></article></body></html>")
    (d,), _ = _read(p)
    assert isinstance(d, Document)
    assert "Plain ASCII news text" in d.text


# ---- item 12: Parquet columns JSON cannot hold ------------------------------------------------------------

def test_parquet_binary_decimal_duration_columns_are_written(tmp_path):
    import datetime
    import decimal

    from shuddh.io.writers import RecordWriter

    p = tmp_path / "typed.parquet"
    t = pa.table({
        "text": [BODY_1, BODY_2],
        "raw": pa.array([b"\xff\xfe binary", "हिंदी".encode()], pa.binary()),
        "price": pa.array([decimal.Decimal("12.50"), decimal.Decimal("0.01")], pa.decimal128(6, 2)),
        "took": pa.array([datetime.timedelta(seconds=90), datetime.timedelta(microseconds=5)], pa.duration("us")),
        "day": pa.array([datetime.date(2024, 5, 1), None], pa.date32()),
    })
    pq.write_table(t, p)
    out, _ = _read(p)
    assert [type(o) for o in out] == [Document, Document]
    m = out[0].metadata
    assert m["raw"] == "base64:" + __import__("base64").b64encode(b"\xff\xfe binary").decode()
    assert out[1].metadata["raw"] == "हिंदी"
    assert (m["price"], m["took"]) == ("12.50", 90.0)
    for fmt in ("jsonl", "parquet"):
        w = RecordWriter(tmp_path / f"out.{fmt}", fmt)
        for d in out:
            w.write(d.to_record())
        assert w.commit()
    back, _ = _read(tmp_path / "out.jsonl")
    assert back[0].metadata["price"] == "12.50"
    assert back[0].metadata["day"] == "2024-05-01"


def test_writer_takes_values_json_cannot_hold(tmp_path):
    import datetime
    import decimal

    from shuddh.io.writers import RecordWriter

    w = RecordWriter(tmp_path / "x.jsonl", "jsonl")
    w.write({"text": BODY_1, "metadata": {"d": decimal.Decimal("1.5"), "b": b"\x00\xff", "t": datetime.timedelta(1)}})
    assert w.commit()
    rec = json.loads((tmp_path / "x.jsonl").read_text())
    assert rec["metadata"] == {"d": "1.5", "b": "base64:AP8=", "t": 86400.0}


def test_blank_lines_planning_and_reading_agree_around_an_overlong_line(tmp_path, monkeypatch):
    """Planning a big blank-lines text reads a long line in pieces too; the spans' line numbers still
    match an unsplit read (the split sizes are tiny so every block is a span)."""
    import shuddh.io.readers as readers

    monkeypatch.setattr(readers, "_PIECE", 64)  # pieces of 64 bytes: every Hindi line is "long"
    long_line = ("क\r" * 50 + "ख" * 1000).encode()  # bare CRs inside: lines as bytes.splitlines counts them
    text = b"".join(f"{BODY_1}\n\n".encode() + long_line + b"\n\n" + f"{BODY_2} {i}\n\n".encode() for i in range(6))
    p = tmp_path / "t.txt"
    p.write_bytes(text)
    opts = ReadOptions(text_mode="blank-lines", max_record_bytes=2000)
    whole = [(o.source if isinstance(o, Document) else o.position, type(o).__name__) for o in read_file(p, "t", opts)]
    spans = readers._text_spans(p, 3000)
    assert len(spans) > 3
    split = [(o.source if isinstance(o, Document) else o.position, type(o).__name__)
             for sp in spans for o in read_file(p, "t", opts, span=sp)]
    assert split == whole
    # the long line is too large; its 50 bare CRs count as lines, so the next block starts at line 55
    assert whole[:3] == [("t:line 1", "Document"), ("line 3", "Quarantined"), ("t:line 55", "Document")]
    assert len(whole) == 18


def test_plain_warc_record_with_a_huge_content_length_swallows_nothing(tmp_path):
    p = tmp_path / "x.warc"
    p.write_bytes(_warc_record(0) + _warc_record(1, cl=10**12) + _warc_record(2))
    out, count = _read(p)
    assert [o.reason if isinstance(o, Quarantined) else o.url for o in out] == [
        "https://gaon.example.in/kheti", "read.corrupt", "https://gaon.example.in/mela"]
    assert (count.counted, count.read) == (3, 3)
    # a last record cut short is still the truncated rest
    p.write_bytes(_warc_record(0) + _warc_record(1)[:-200])
    out, count = _read(p)
    assert [o.reason for o in out if isinstance(o, Quarantined)] == ["read.truncated"]
    assert count.ok
