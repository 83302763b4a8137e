"""WARC input: one document per HTML response, other records skipped and counted, failures quarantined."""

from __future__ import annotations

import gzip
import io
from collections import Counter
from pathlib import Path

import pytest
from fastwarc.warc import WarcRecord, WarcRecordType

from shuddh.document import Document, Quarantined
from shuddh.io.readers import FileCount, ReadOptions, read_file
from shuddh.io.warc import read_warc
from tests.conftest import BODY_1, BODY_2, TITLE

HTML = (f"<html><head><title>{TITLE}</title></head><body><nav><a href='/'>होम</a></nav>"
        f"<article><h1>{TITLE}</h1><p>{BODY_1}</p><p>{BODY_2}</p></article></body></html>")


def _record(rtype: WarcRecordType, uri: str, payload: bytes, *, http: bool = True,
            ctype: str = "text/html; charset=utf-8", status: str = "200 OK") -> WarcRecord:
    r = WarcRecord()
    r.init_headers(record_type=rtype)
    if uri:
        r.headers["WARC-Target-URI"] = uri
    if http:
        head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(payload)}\r\n\r\n"
        r.headers["Content-Type"] = "application/http; msgtype=response"
        r.set_bytes_content(head.encode() + payload)
    else:
        r.set_bytes_content(payload)
    return r


def write_warc(path: Path, records: list[WarcRecord], *, gz: bool = False) -> list[str]:
    """Write ``records``; returns their WARC-Record-IDs. ``gz``: one gzip member per record, as crawlers do."""
    out = io.BytesIO()
    ids = []
    for r in records:
        buf = io.BytesIO()
        r.write(buf)
        ids.append(r.headers["WARC-Record-ID"])
        out.write(gzip.compress(buf.getvalue()) if gz else buf.getvalue())
    path.write_bytes(out.getvalue())
    return ids


def _crawl() -> list[WarcRecord]:
    return [
        _record(WarcRecordType.warcinfo, "", b"software: shuddh-test\r\n", http=False),
        _record(WarcRecordType.request, "https://samachar.example.in/a", b"GET /a HTTP/1.1\r\n\r\n", http=False),
        _record(WarcRecordType.response, "https://samachar.example.in/a", HTML.encode()),
        _record(WarcRecordType.response, "https://samachar.example.in/logo.png", b"\x89PNG\r\n", ctype="image/png"),
        _record(WarcRecordType.response, "https://samachar.example.in/gone", b"<p>nahin</p>", status="404 Not Found"),
        _record(WarcRecordType.metadata, "https://samachar.example.in/a", b"fetchTimeMs: 12\r\n", http=False),
        # a legacy-encoded page: the charset comes from the HTTP header
        _record(WarcRecordType.response, "https://purana.example.in/b",
                "<html><body><article><p>Café société — a long enough paragraph of text for the extractor "
                "to keep it as the main content of this page.</p></article></body></html>".encode("cp1252"),
                ctype="text/html; charset=windows-1252"),
    ]


@pytest.mark.parametrize("gz", [False, True])
def test_html_responses_become_documents_and_the_rest_is_counted(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    ids = write_warc(path, _crawl(), gz=gz)
    skipped: Counter[str] = Counter()
    out = list(read_file(path, path.name, ReadOptions(), skipped=skipped))
    assert [type(o) for o in out] == [Document, Document]
    a, b = out
    assert isinstance(a, Document)
    assert isinstance(b, Document)
    assert a.id == ids[2]
    assert a.id.startswith("<urn:uuid:")
    assert a.url == "https://samachar.example.in/a"
    assert BODY_1 in a.text
    assert BODY_2 in a.text
    assert a.metadata["title"] == TITLE
    assert a.metadata["http_status"] == 200
    assert "warc_date" in a.metadata
    assert b.id == ids[6]
    assert "Café société" in b.text
    assert b.metadata["extract"]["charset"] == "cp1252"
    assert skipped == {"warc.skipped.warcinfo": 1, "warc.skipped.request": 1, "warc.skipped.metadata": 1,
                       "warc.skipped.not_html": 1, "warc.skipped.http_404": 1}


def test_oversized_response_is_quarantined_not_loaded(tmp_path):
    big = HTML.replace("</body>", "<p>" + "क" * 5000 + "</p></body>")
    path = tmp_path / "big.warc"
    write_warc(path, [_record(WarcRecordType.response, "https://x.example.in/big", big.encode()),
                      _record(WarcRecordType.response, "https://x.example.in/ok", HTML.encode())])
    q, d = list(read_warc(path, "big.warc", max_bytes=4000))
    assert isinstance(q, Quarantined)
    assert q.reason == "extract.too_large"
    assert q.position == "record 1"
    assert isinstance(d, Document)


def test_damaged_file_keeps_the_records_before_the_damage(tmp_path):
    path = tmp_path / "bad.warc.gz"
    write_warc(path, [_record(WarcRecordType.response, "https://x.example.in/1", HTML.encode())], gz=True)
    good = path.read_bytes()
    path.write_bytes(good + b"\x1f\x8b\x08\x00garbage that is not a gzip member at all")
    doc, q = list(read_file(path, "bad.warc.gz", ReadOptions()))
    assert isinstance(doc, Document)
    assert isinstance(q, Quarantined)
    assert q.reason == "read.corrupt"
    assert q.position == "after record 1"


def _resource(uri: str, payload: bytes, ctype: str | None) -> WarcRecord:
    """A ``resource`` record (the block is the file itself, no HTTP header; its type in the WARC header),
    as wget --warc-file, Webrecorder and warcio's capture of local files write them."""
    r = WarcRecord()
    r.init_headers(record_type=WarcRecordType.resource)
    r.headers["WARC-Target-URI"] = uri
    if ctype is not None:
        r.headers["Content-Type"] = ctype
    r.set_bytes_content(payload)
    return r


@pytest.mark.parametrize("gz", [False, True])
def test_html_resource_records_are_read_as_documents(tmp_path, gz):
    legacy = ("<html><body><article><p>Café société — a long enough paragraph of text for the extractor "
              "to keep it as the main content of this page.</p></article></body></html>").encode("cp1252")
    path = tmp_path / ("saved.warc.gz" if gz else "saved.warc")
    ids = write_warc(path, [
        _resource("https://samachar.example.in/a", HTML.encode(), "text/html"),
        _resource("https://samachar.example.in/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        # the charset of a resource comes from the WARC header's Content-Type
        _resource("https://purana.example.in/b", legacy, "text/html; charset=windows-1252"),
        _resource("https://samachar.example.in/a.pdf", b"%PDF-1.4 ...", "application/pdf"),
        _record(WarcRecordType.response, "https://samachar.example.in/c", HTML.encode()),
    ], gz=gz)
    skipped: Counter[str] = Counter()
    count = FileCount()
    out = list(read_warc(path, path.name, skipped=skipped, count=count))
    assert [type(o) for o in out] == [Document, Document, Document]
    a, b, c = out
    assert isinstance(a, Document)
    assert isinstance(b, Document)
    assert (a.id, a.url, b.id, b.url, c.id) == (ids[0], "https://samachar.example.in/a", ids[2],
                                                "https://purana.example.in/b", ids[4])
    assert BODY_1 in a.text
    assert BODY_2 in a.text
    assert a.metadata["title"] == TITLE
    assert "warc_date" in a.metadata
    assert "http_status" not in a.metadata  # a resource has no HTTP exchange
    assert a.source == f"{path.name}:record 1"
    assert "Café société" in b.text
    assert b.metadata["extract"]["charset"] == "cp1252"
    # the other resource records are skipped, counted by their record type
    assert skipped == {"warc.skipped.resource": 2}
    assert (count.counted, count.read) == (5, 5)


@pytest.mark.parametrize("buf", [b"", b"WARC/1.0\r\n", b"x\nWARC/1.0\r\n\nWARC/0.18\n\nWARC/2.0\nWARC/1",
                                 b"\nWARC/", b"\nWARC/1", b"\n\nWARC/1.\nWARC/0.\nWARC/1.1",
                                 b"<p>\nWARC/ is a format</p>\nWARC/1.0"])
def test_record_line_count_is_the_two_pattern_counts(buf: bytes) -> None:
    """One scan for the record-header lines (issue 17, brief "e2e") counts what counting each pattern did."""
    from shuddh.io.warc import _RECORD_LINES, _record_lines

    assert _record_lines(buf) == sum(buf.count(m) for m in _RECORD_LINES)


def test_record_line_count_on_generated_bytes() -> None:
    import random

    from shuddh.io.warc import _RECORD_LINES, _record_lines

    rng = random.Random(11)
    pieces = [b"\nWARC/1.", b"\nWARC/0.", b"\nWARC/2.", b"\nWARC/", b"\n", b"WARC/1.", b"1.", b"0.", b"x", b"\r\n"]
    for _ in range(3000):
        buf = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert _record_lines(buf) == sum(buf.count(m) for m in _RECORD_LINES), buf
