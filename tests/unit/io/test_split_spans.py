"""Large JSONL/Parquet inputs (JSONL also gzip/zstd-compressed) read in spans give exactly the records
of an unsplit read."""

import gzip
import itertools
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from shuddh.document import make_doc_id
from shuddh.io.readers import TO_END, ReadOptions, Span, plan_spans, read_file

SPLIT = 400  # bytes: small enough that a ~2.5 KB fixture is cut several times

SENTENCES = ["आज बाज़ार में बहुत भीड़ थी।", "बच्चे पार्क में खेल रहे हैं।", "किसान ने खेत में गेहूँ बोया।",
             "शाम को हल्की बारिश हुई।", "पुस्तकालय सुबह नौ बजे खुलता है।"]


def _doc(i: int, pad: int = 0) -> bytes:
    return json.dumps({"text": SENTENCES[i % 5] + f" ({i})", "pad": "x" * pad}, ensure_ascii=False).encode()


def _jsonl_fixture(path: Path) -> tuple[bytes, dict[str, int]]:
    """A JSONL file with a line ending exactly at byte SPLIT, a bad JSON line across the cut near
    2*SPLIT, an invalid UTF-8 line across the cut near 3*SPLIT, and blank lines. Returns the bytes and
    the 1-based line numbers of the special lines."""
    lines: list[bytes] = [_doc(0), b"", _doc(1)]
    used = sum(len(x) + 1 for x in lines)
    # pad line 4 so that its newline is byte SPLIT-1: the line ends exactly at the first nominal cut
    base = len(_doc(2)) + 1
    lines.append(_doc(2, pad=SPLIT - used - base))
    at_cut = len(lines)
    lines += [_doc(3), b"   "]
    # a bad JSON line that straddles byte 2*SPLIT
    used = sum(len(x) + 1 for x in lines)
    bad_json = b'{"text": "' + "टूटी पंक्ति".encode() + b" " + b"y" * (2 * SPLIT - used) + b'"'
    lines.append(bad_json)
    bad_json_no = len(lines)
    used = sum(len(x) + 1 for x in lines)
    lines.append(_doc(4, pad=3 * SPLIT - used - (len(_doc(4)) + 1) - 50))  # ends 50 bytes before the cut
    # an invalid UTF-8 line that straddles byte 3*SPLIT
    bad_utf8 = b'{"text": "\xff\xfe ' + b"z" * 100 + b'"}'
    lines.append(bad_utf8)
    bad_utf8_no = len(lines)
    lines += [_doc(i) for i in range(5, 12)] + [b""]
    data = b"\n".join(lines) + b"\n"
    path.write_bytes(data)
    return data, {"at_cut": at_cut, "bad_json": bad_json_no, "bad_utf8": bad_utf8_no}


def _starts(data: bytes) -> list[int]:
    """Byte offset of the start of each line (1-based line number -> offset at index n-1)."""
    out = [0]
    for i, b in enumerate(data):
        if b == 0x0A:
            out.append(i + 1)
    return out


def _records(path: Path, spans: list[Span] | list[None]) -> list[dict[str, object]]:
    return [item.to_record() for sp in spans for item in read_file(path, "in.jsonl", ReadOptions(), span=sp)]


def test_jsonl_spans_cut_after_newlines_and_count_lines(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    data, special = _jsonl_fixture(path)
    starts = _starts(data)
    # the fixture is what it says
    assert data[SPLIT - 1:SPLIT] == b"\n"
    assert starts[special["at_cut"]] == SPLIT
    bj = special["bad_json"]
    assert starts[bj - 1] < 2 * SPLIT < starts[bj]
    bu = special["bad_utf8"]
    assert starts[bu - 1] < 3 * SPLIT < starts[bu]

    spans = plan_spans(path, SPLIT)
    assert spans is not None
    assert spans[0].start == 0
    assert spans[-1].end == len(data)
    for a, b in itertools.pairwise(spans):
        assert a.end == b.start
    for sp in spans:
        assert sp.start == 0 or data[sp.start - 1:sp.start] == b"\n"
        assert data[sp.end - 1:sp.end] == b"\n"
        assert sp.first == data[:sp.start].count(b"\n")
    cuts = [sp.start for sp in spans[1:]]
    # a line ending exactly at a nominal cut is cut there; lines straddling a nominal cut stay whole
    assert cuts[0] == SPLIT
    assert starts[bj] in cuts
    assert starts[bu] in cuts
    # expected cuts, independently: a line end e (not the end of the file) is a cut exactly when a
    # multiple of SPLIT lies in (previous line end, e]
    ends = starts[1:]
    expected = [e for prev, e in zip([0, *ends], ends, strict=False)
                if e < len(data) and (e // SPLIT) * SPLIT > prev]
    assert cuts == expected
    assert len(spans) >= len(data) // SPLIT


def test_jsonl_spans_read_the_same_records_as_one_read(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    _data, special = _jsonl_fixture(path)
    spans = plan_spans(path, SPLIT)
    assert spans is not None
    assert len(spans) >= 4
    whole = _records(path, [None])
    split = _records(path, spans)
    assert split == whole
    # positions and ids are those of the file: line numbers counted from its start
    quarantined = {r["position"]: r["reason"] for r in split if "reason" in r}
    assert quarantined == {f"line {special['bad_json']}": "read.invalid_json",
                           f"line {special['bad_utf8']}": "read.invalid_utf8"}
    docs = [r for r in split if "reason" not in r]
    assert len(docs) == 12
    at_cut = next(r for r in docs if str(r["text"]).endswith("(2)"))
    assert at_cut["id"] == make_doc_id("in.jsonl", f"line {special['at_cut']}")
    after_cut = next(r for r in docs if str(r["text"]).endswith("(3)"))
    assert after_cut["id"] == make_doc_id("in.jsonl", f"line {special['at_cut'] + 1}")
    # each bad line belongs to exactly one span
    per_span = [[r for r in _records(path, [sp]) if "reason" in r] for sp in spans]
    assert sum(len(q) for q in per_span) == 2


def test_empty_span_reads_nothing(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    _jsonl_fixture(path)
    assert _records(path, [Span(SPLIT, SPLIT, 4)]) == []
    pq_path = tmp_path / "t.parquet"
    pq.write_table(pa.table({"text": ["एक", "दो"]}), pq_path)
    assert list(read_file(pq_path, "t", ReadOptions(), span=Span(1, 1, 2))) == []


def test_what_is_not_split(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    data, _ = _jsonl_fixture(path)
    assert plan_spans(path, 0) is None  # 0 = never
    assert plan_spans(path, len(data)) is None  # fits in one span
    gz = tmp_path / "big.jsonl.gz"
    gz.write_bytes(gzip.compress(data))
    # a compressed file too small to hold more than one span's text is not even decompressed to plan
    assert gz.stat().st_size * 16 >= SPLIT
    assert plan_spans(gz, gz.stat().st_size * 16 + 1) is None
    txt = tmp_path / "big.txt"
    txt.write_bytes(data)
    assert plan_spans(txt, SPLIT) is None
    assert plan_spans(f"file://{path}", SPLIT) is None  # URLs are not split


def _parquet_fixture(path: Path, n: int = 40, group: int = 5) -> None:
    texts = [SENTENCES[i % 5] + f" पंक्ति {i} " + "ख" * (40 + i) for i in range(n)]
    texts[7] = None  # type: ignore[call-overload]  # a row without text: quarantined
    ids = [f"doc-{i}" if i % 3 == 0 else None for i in range(n)]  # the others get positional ids
    pq.write_table(pa.table({"text": texts, "id": ids}), path, row_group_size=group)


def test_parquet_spans_are_runs_of_row_groups_with_global_rows(tmp_path: Path) -> None:
    path = tmp_path / "t.parquet"
    _parquet_fixture(path)
    md = pq.ParquetFile(path).metadata
    assert md.num_row_groups == 8
    sizes = [sum(md.row_group(g).column(c).total_compressed_size for c in range(md.row_group(g).num_columns))
             for g in range(md.num_row_groups)]
    # split at twice the largest row group: every span is 2 or 3 whole groups, never one
    split = 2 * max(sizes)
    spans = plan_spans(path, split)
    assert spans is not None
    assert 2 <= len(spans) <= 4
    assert spans[0].start == 0
    assert spans[-1].end == 8
    for a, b in itertools.pairwise(spans):
        assert a.end == b.start
    for sp in spans:
        assert sp.first == 5 * sp.start  # 5 rows per group
        assert sum(sizes[sp.start:sp.end]) >= split or sp is spans[-1]
    whole = [it.to_record() for it in read_file(path, "t.parquet", ReadOptions())]
    parts = [it.to_record() for sp in spans for it in read_file(path, "t.parquet", ReadOptions(), span=sp)]
    assert parts == whole
    assert len(parts) == 40
    assert [r["position"] for r in parts if "reason" in r] == ["row 7"]
    assert parts[8]["id"] == make_doc_id("t.parquet", "row 8")
    # one group per span when split_bytes is below every group's size
    one_each = plan_spans(path, min(sizes))
    assert one_each is not None
    assert [(s.start, s.end, s.first) for s in one_each] == [
        (g, g + 1, 5 * g) for g in range(8)]


@pytest.mark.parametrize("split", [1, 7, 64])
def test_tiny_splits_never_lose_or_repeat_a_line(tmp_path: Path, split: int) -> None:
    path = tmp_path / "big.jsonl"
    _jsonl_fixture(path)
    spans = plan_spans(path, split)
    assert spans is not None
    assert _records(path, spans) == _records(path, [None])


def _compress(data: bytes, how: str) -> bytes:
    if how == "gz":
        return gzip.compress(data)
    zstandard = pytest.importorskip("zstandard")
    return bytes(zstandard.ZstdCompressor().compress(data))


@pytest.mark.parametrize("how", ["gz", "zst"])
def test_compressed_jsonl_spans_are_the_plain_spans_of_the_decompressed_stream(tmp_path: Path, how: str) -> None:
    plain = tmp_path / "big.jsonl"
    data, special = _jsonl_fixture(plain)
    comp = tmp_path / f"big.jsonl.{how}"
    comp.write_bytes(_compress(data, how))
    ref = plan_spans(plain, SPLIT)
    spans = plan_spans(comp, SPLIT)
    assert ref is not None
    assert spans is not None
    # the same cuts and first-line numbers; the last span reads to the end of the stream
    assert [(s.start, s.first) for s in spans] == [(s.start, s.first) for s in ref]
    assert [s.end for s in spans] == [s.end for s in ref[:-1]] + [TO_END]
    # and reading them gives the unsplit read's records, positions and ids
    whole = [i.to_record() for i in read_file(comp, "in.jsonl", ReadOptions())]
    split = [i.to_record() for sp in spans for i in read_file(comp, "in.jsonl", ReadOptions(), span=sp)]
    assert split == whole
    assert split == _records(plain, [None])
    assert {r["position"] for r in split if "reason" in r} == {f"line {special['bad_json']}",
                                                            f"line {special['bad_utf8']}"}


@pytest.mark.parametrize("how", ["gz", "zst"])
@pytest.mark.parametrize("split", [1, 7, 64, 333])
def test_compressed_tiny_splits_never_lose_or_repeat_a_line(tmp_path: Path, how: str, split: int) -> None:
    plain = tmp_path / "big.jsonl"
    data, _ = _jsonl_fixture(plain)
    comp = tmp_path / f"big.jsonl.{how}"
    comp.write_bytes(_compress(data, how))
    spans = plan_spans(comp, split)
    assert spans is not None
    got = [i.to_record() for sp in spans for i in read_file(comp, "in.jsonl", ReadOptions(), span=sp)]
    assert got == _records(plain, [None])


@pytest.mark.parametrize("cut", [15, 60, 150])
def test_truncated_gzip_split_keeps_the_readable_records_and_one_quarantine(tmp_path: Path, cut: int) -> None:
    plain = tmp_path / "big.jsonl"
    data, _ = _jsonl_fixture(plain)
    comp = tmp_path / "big.jsonl.gz"
    full = gzip.compress(data)
    comp.write_bytes(full[: len(full) - cut])
    whole = [i.to_record() for i in read_file(comp, "in.jsonl", ReadOptions())]
    assert [r["reason"] for r in whole if r.get("reason", "").startswith("read.truncated")] == ["read.truncated"]
    spans = plan_spans(comp, 100)  # planned as far as the stream reads (the fixture: 2 KB in 358 gzip bytes)
    assert spans is not None
    assert len(spans) >= 2
    assert spans[-1].end == TO_END
    split = [i.to_record() for sp in spans for i in read_file(comp, "in.jsonl", ReadOptions(), span=sp)]
    assert split == whole  # the same documents, and the tail's one quarantine record from the last span


@pytest.mark.parametrize("how", ["gz", "zst"])
@pytest.mark.parametrize("chunk", [1, 5, 97])
def test_compressed_planning_across_block_boundaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     how: str, chunk: int) -> None:
    # the planner reads the decompressed stream in blocks: with tiny blocks, cuts and newline searches
    # straddle block boundaries, and the plan must still be the plain file's
    import shuddh.io.readers as readers

    plain = tmp_path / "big.jsonl"
    data, _ = _jsonl_fixture(plain)
    comp = tmp_path / f"big.jsonl.{how}"
    comp.write_bytes(_compress(data, how))
    ref = plan_spans(plain, SPLIT // 3)
    monkeypatch.setattr(readers, "_COUNT_CHUNK", chunk)
    spans = plan_spans(comp, SPLIT // 3)
    assert ref is not None
    assert spans is not None
    assert [(s.start, s.first) for s in spans] == [(s.start, s.first) for s in ref]
    got = [i.to_record() for sp in spans for i in read_file(comp, "in.jsonl", ReadOptions(), span=sp)]
    assert got == _records(plain, [None])
