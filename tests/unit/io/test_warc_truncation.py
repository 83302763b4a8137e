"""A WARC file cut short: every whole record is read, the damaged tail is one quarantine record, and a record
whose content is cut is never read into a document (no silent loss)."""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import shuddh
from shuddh.document import Document, Quarantined
from shuddh.io.readers import ReadOptions, read_file
from shuddh.io.warc import read_warc

# three Hindi pages written for these tests; each ends with a sentence that is only whole when the page is
_PAGES = [
    ("https://gaon.example.in/kheti",
     "गाँव के किसानों ने इस साल गेहूँ की बुवाई समय से पहले शुरू कर दी है क्योंकि बारिश अच्छी हुई थी। "
     "कृषि विभाग के अधिकारियों ने खेतों का दौरा किया और बीज की गुणवत्ता की जाँच की।",
     "अधिकारियों के अनुसार इस बार पैदावार पिछले वर्ष से कहीं अधिक होने की उम्मीद है।"),
    ("https://gaon.example.in/pathshala",
     "पंचायत ने गाँव की पुरानी पाठशाला की इमारत की मरम्मत के लिए नया बजट पास किया है। "
     "बच्चों के लिए पुस्तकालय और पीने के साफ़ पानी की व्यवस्था भी इसी योजना में शामिल है।",
     "प्रधान ने बताया कि काम दिवाली से पहले पूरा कर लिया जाएगा।"),
    ("https://gaon.example.in/mela",
     "हर साल की तरह इस बार भी नदी के किनारे पशु मेले का आयोजन किया जा रहा है। "
     "आसपास के ज़िलों से हज़ारों लोग मेले में आने की तैयारी कर रहे हैं और दुकानदारों ने अपने तंबू लगा दिए हैं।",
     "प्रशासन ने सुरक्षा के लिए अतिरिक्त पुलिस बल तैनात करने का निर्णय लिया है।"),
]


def _html(i: int) -> bytes:
    _, body, last = _PAGES[i]
    return (f"<html><head><title>समाचार {i}</title></head><body><article><h1>समाचार {i}</h1>"
            f"<p>{body}</p><p>{body}</p><p>{last}</p></article></body></html>").encode()


def _record(i: int, *, wtype: str = "response") -> bytes:
    """One WARC record, written by hand (WARC/1.1 framing: header, block of Content-Length bytes, CRLF CRLF)."""
    payload = _html(i)
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: %d\r\n\r\n" % len(payload)) + payload
    head = (f"WARC/1.1\r\nWARC-Type: {wtype}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-00000000000{i}>\r\n"
            f"WARC-Date: 2024-05-01T10:00:0{i}Z\r\nWARC-Target-URI: {_PAGES[i][0]}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


RECORDS = [_record(i) for i in range(3)]
MEMBERS = [gzip.compress(r) for r in RECORDS]  # one gzip member per record, as crawlers write .warc.gz


def _read(path: Path, **kw: object) -> tuple[list[Document], list[Quarantined]]:
    out = list(read_warc(path, path.name, **kw))  # type: ignore[arg-type]
    docs = [o for o in out if isinstance(o, Document)]
    qs = [o for o in out if isinstance(o, Quarantined)]
    assert len(docs) + len(qs) == len(out)
    if qs:
        assert out[-1] is qs[0], "the quarantine record comes after the documents"
    return docs, qs


def _assert_whole(docs: list[Document], n: int) -> None:
    assert [d.url for d in docs] == [_PAGES[i][0] for i in range(n)]
    for i, d in enumerate(docs):
        assert _PAGES[i][2] in d.text  # the page's last sentence: nothing was cut


def _assert_truncated(qs: list[Quarantined], after: int, unreadable: int) -> None:
    assert len(qs) == 1
    (q,) = qs
    assert q.reason == "read.truncated"
    assert q.position == f"after record {after}"
    assert f"{unreadable} bytes" in q.error


@pytest.mark.parametrize(("cut", "whole"), [
    (30, 2),  # the gzip trailer and the end of the last page are gone
    (120, 2),
    (1, 2),  # only the last byte of the CRC/length trailer: the member cannot be checked, so it is not used
    (len(MEMBERS[2]) + len(MEMBERS[1]) // 2, 1),  # cut in the middle of record 2's member
    (len(MEMBERS[2]) + len(MEMBERS[1]) - 3, 1),  # only the first 3 bytes of record 2's gzip header remain
])
def test_gzip_cut_in_a_member(tmp_path, cut, whole):
    path = tmp_path / "crawl.warc.gz"
    data = b"".join(MEMBERS)
    path.write_bytes(data[:-cut])
    docs, qs = _read(path)
    _assert_whole(docs, whole)
    _assert_truncated(qs, whole, len(data) - cut - sum(len(m) for m in MEMBERS[:whole]))


@pytest.mark.parametrize("n", [1, 2, 3])
def test_gzip_cut_between_members_is_clean(tmp_path, n):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(MEMBERS[:n]))
    docs, qs = _read(path)
    _assert_whole(docs, n)
    assert qs == []


def test_gzip_garbage_after_the_last_member_is_corrupt(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(MEMBERS) + b"\0" * 64)
    docs, qs = _read(path)
    _assert_whole(docs, 3)
    assert [(q.reason, q.position) for q in qs] == [("read.corrupt", "after record 3")]
    assert "64 bytes" in qs[0].error


def test_gzip_damage_between_members_keeps_the_records_before_it(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(MEMBERS[0] + b"this is not gzip" + MEMBERS[1] + MEMBERS[2])
    docs, qs = _read(path)
    _assert_whole(docs, 1)
    assert [(q.reason, q.position) for q in qs] == [("read.corrupt", "after record 1")]


_NOTE = (b"WARC/1.1\r\nWARC-Type: metadata\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-0000000000ff>\r\n"
         b"Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nnote.\r\n\r\n")  # a small record of its own


@pytest.mark.parametrize("together", [2, 3])
def test_records_sharing_a_gzip_member_are_all_read(tmp_path, together):
    # a member of several records, then a small member: FastWARC gives the later records of the first member the
    # position of the small member; the Content-Length check then took them to run past the end of the file,
    # quarantined a valid record as read.corrupt and skipped the rest (session 17)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(b"".join(RECORDS[:together])) + b"".join(MEMBERS[together:]) + gzip.compress(_NOTE))
    skipped: Counter[str] = Counter()
    count = shuddh.io.readers.FileCount()
    docs, qs = _read(path, skipped=skipped, count=count)
    _assert_whole(docs, 3)
    assert qs == []
    assert skipped == Counter({"warc.skipped.metadata": 1})
    assert (count.counted, count.read, count.damaged) == (4, 4, False)


def _note(i: int, size: int) -> bytes:
    body = b"n" * size
    return (b"WARC/1.1\r\nWARC-Type: metadata\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-0000000001%02d>\r\n"
            b"Content-Type: text/plain\r\nContent-Length: %d\r\n\r\n" % (i, size)) + body + b"\r\n\r\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from([0, 1, 2, None]), st.integers(1, 40_000)), min_size=1, max_size=8),
       st.lists(st.integers(0, 3), min_size=8, max_size=8))
def test_any_grouping_of_whole_records_into_gzip_members_reads_them_all(tmp_path, items, sizes):
    # pages and notes of any size, grouped into gzip members of 0-3 records (0: an empty member, where FastWARC
    # stops reading): every record is read, nothing is quarantined
    records = [RECORDS[i] if i is not None else _note(k, size) for k, (i, size) in enumerate(items)]
    members, at = [], 0
    for n in sizes:
        members.append(gzip.compress(b"".join(records[at:at + n]), mtime=0))
        at += n
    members.append(gzip.compress(b"".join(records[at:]), mtime=0))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    skipped: Counter[str] = Counter()
    count = shuddh.io.readers.FileCount()
    docs, qs = _read(path, skipped=skipped, count=count)
    assert qs == []
    assert [d.url for d in docs] == [_PAGES[i][0] for i, _ in items if i is not None]
    assert skipped == (Counter({"warc.skipped.metadata": sum(i is None for i, _ in items)})
                       if any(i is None for i, _ in items) else Counter())
    assert (count.counted, count.read, count.damaged) == (len(records), len(records), False)


@pytest.mark.parametrize("empty_at", [0, 1, 2, 3])
def test_an_empty_gzip_member_does_not_end_the_file(tmp_path, empty_at):
    # gzip of nothing between two members (or first, or last): FastWARC ended the file there, and the records
    # after it were counted but never read (the run was "not accounted for", without a quarantine record)
    members = list(MEMBERS)
    members.insert(empty_at, gzip.compress(b""))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members) + (gzip.compress(b"") if empty_at == 1 else b""))  # (and two of them)
    count = shuddh.io.readers.FileCount()
    docs, qs = _read(path, count=count)
    _assert_whole(docs, 3)
    assert qs == []
    assert (count.counted, count.read, count.damaged) == (3, 3, False)


@pytest.mark.parametrize("block", [7, 100, 333, 1500, 5000])
def test_a_file_gzipped_in_blocks_is_read_and_counted(tmp_path, block):
    # the records cut into gzip members of `block` bytes (a record line split between two members): every
    # record is read, and the independent count finds every record line (a line split between two members was
    # not counted: read > counted made the run "not accounted for")
    data = b"".join(RECORDS)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(data[i:i + block], mtime=0) for i in range(0, len(data), block)))
    count = shuddh.io.readers.FileCount()
    docs, qs = _read(path, count=count)
    _assert_whole(docs, 3)
    assert qs == []
    assert (count.counted, count.read, count.damaged) == (3, 3, False)


def test_a_content_length_past_the_end_inside_a_shared_member_is_still_corrupt(tmp_path):
    # record 2 of a member of three declares more bytes than the file holds after it: it alone is quarantined,
    # record 3 (inside its block now) is not read into a document, and reading goes on at the next member
    bad = RECORDS[1].replace(b"Content-Length: %d\r\n\r\nHTTP" % (len(RECORDS[1]) - RECORDS[1].index(b"HTTP/") - 4),
                             b"Content-Length: 999999\r\n\r\nHTTP")
    assert bad != RECORDS[1]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(RECORDS[0] + bad + RECORDS[2]) + gzip.compress(_NOTE))
    skipped: Counter[str] = Counter()
    docs, qs = _read(path, skipped=skipped)
    assert [d.url for d in docs] == [_PAGES[0][0]]
    assert [(q.reason, q.position) for q in qs] == [("read.corrupt", "record 2")]
    assert "999999" in qs[0].error
    assert skipped == Counter({"warc.skipped.metadata": 1})  # the member after the damage was read


@pytest.mark.parametrize(("keep", "whole"), [
    (len(RECORDS[2]) - 100, 2),  # the last page's HTML is cut
    (len(RECORDS[2]) - 5, 2),  # the block is one byte short
    (200, 2),  # cut inside the WARC header of record 3
    (3, 2),  # cut inside record 3's first line ("WAR")
    (len(RECORDS[1]) // 2 - len(RECORDS[1]), 1),  # negative: cut in the middle of record 2, record 3 gone
])
def test_uncompressed_cut_short(tmp_path, keep, whole):
    path = tmp_path / "crawl.warc"
    full = b"".join(RECORDS)
    data = full[:len(RECORDS[0]) + len(RECORDS[1]) + keep]
    path.write_bytes(data)
    docs, qs = _read(path)
    _assert_whole(docs, whole)
    _assert_truncated(qs, whole, len(data) - sum(len(r) for r in RECORDS[:whole]))


@pytest.mark.parametrize("n", [1, 2, 3])
def test_uncompressed_cut_at_a_record_boundary_is_clean(tmp_path, n):
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(RECORDS[:n]))
    docs, qs = _read(path)
    _assert_whole(docs, n)
    assert qs == []


def test_uncompressed_missing_only_the_record_separator_is_clean(tmp_path):
    # the block (header + Content-Length bytes) is whole; only the CRLF CRLF after it is missing
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(RECORDS)[:-4])
    docs, qs = _read(path)
    _assert_whole(docs, 3)
    assert qs == []


@pytest.mark.parametrize("gz", [False, True])
def test_a_cut_record_that_is_not_a_page_is_quarantined_not_skipped(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    last = _record(2, wtype="metadata")
    parts = [RECORDS[0], last]
    if gz:
        parts = [gzip.compress(p) for p in parts]
    path.write_bytes(b"".join(parts)[:-50])
    skipped: Counter[str] = Counter()
    out = list(read_warc(path, path.name, skipped=skipped))
    assert [type(o) for o in out] == [Document, Quarantined]
    assert isinstance(out[1], Quarantined)
    assert out[1].reason == "read.truncated"
    assert skipped == Counter()


@pytest.mark.parametrize("gz", [False, True])
def test_every_cut_point_of_the_last_record(tmp_path, gz):
    """Wherever the last record is cut, it is either read whole or quarantined — never read short."""
    parts = MEMBERS if gz else RECORDS
    head = parts[0] + parts[1]
    last = parts[2]
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    # every 13th byte (13: prime, so cuts land at every offset class of headers and gzip blocks) plus the
    # ends; the "visible" extractor keeps the sweep fast
    cuts = sorted({*range(0, len(last), 13), *range(len(last) - 8, len(last) + 1)})
    for k in cuts:
        path.write_bytes(head + last[:k])
        docs, qs = _read(path, engine="visible")
        # the uncompressed block is whole once only its trailing CRLF CRLF is missing; a gzip member only
        # when its trailer is there; a cut right at the start of the record leaves a clean file
        whole = k >= len(last) - (0 if gz else 4)
        if k == 0 or whole:
            assert (len(docs), qs) == (2 + (k > 0), []), k
        else:
            assert len(docs) == 2, k
            _assert_truncated(qs, 2, k)
        assert all(_PAGES[i][2] in d.text for i, d in enumerate(docs)), k


def test_zstd_cut_anywhere_in_a_frame_is_truncated_never_read_short(tmp_path):
    """.warc.zst (one zstd frame per record): FastWARC raises on a cut frame ("incomplete frame"); every
    cut inside the last frame ends the file with read.truncated after the two whole records."""
    zstandard = pytest.importorskip("zstandard")
    frames = [zstandard.ZstdCompressor().compress(r) for r in RECORDS]
    head, last = frames[0] + frames[1], frames[2]
    path = tmp_path / "crawl.warc.zst"
    for k in sorted({*range(1, len(last), 11), *range(len(last) - 6, len(last))}):
        path.write_bytes(head + last[:k])
        docs, qs = _read(path, engine="visible")
        assert len(docs) == 2, k
        assert [q.reason for q in qs] == ["read.truncated"], k
        assert "incomplete frame" in qs[0].error
        assert all(_PAGES[i][2] in d.text for i, d in enumerate(docs)), k
    path.write_bytes(head + last)
    docs, qs = _read(path, engine="visible")
    assert (len(docs), qs) == (3, [])
    _assert_whole(docs, 3)


def test_read_file_passes_the_truncation_on(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(MEMBERS)[:-30])
    out = list(read_file(path, path.name, ReadOptions()))
    assert [type(o) for o in out] == [Document, Document, Quarantined]


def test_clean_accounts_for_a_truncated_warc(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "crawl.warc.gz").write_bytes(b"".join(MEMBERS)[:-30])
    stats = shuddh.clean(str(inp), str(tmp_path / "out"), workers=1).stats
    assert stats["accounted"]
    assert stats["input"]["records"] == 3
    assert stats["quarantined"] == 1
    assert stats["quarantined_by_reason"] == {"read.truncated": 1}
    assert stats["kept"] + stats["dropped"] == 2
