import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from shuddh.document import Document, Quarantined
from shuddh.errors import InputError
from shuddh.io.readers import ReadOptions, detect_format, read_file
from tests.conftest import BODY_1, BODY_2

OPTS = ReadOptions()


def _jsonl(records) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


RECORDS = [
    {"id": "a", "text": BODY_1, "url": "https://e.in/a", "title": "शीर्षक", "crawl": {"date": "2024-01-01"}},
    {"text": BODY_2},
]


@pytest.mark.parametrize("name", ["x.jsonl", "x.jsonl.gz", "x.jsonl.zst", "x.ndjson"])
def test_jsonl_plain_and_compressed(tmp_path, name):
    data = _jsonl(RECORDS)
    if name.endswith(".gz"):
        data = gzip.compress(data)
    elif name.endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(data)
    p = tmp_path / name
    p.write_bytes(data)
    a, b = read_file(p, "in/x", OPTS)
    assert isinstance(a, Document)
    assert (a.id, a.text, a.url) == ("a", BODY_1, "https://e.in/a")
    assert a.metadata == {"title": "शीर्षक", "crawl": {"date": "2024-01-01"}}
    assert a.source == "in/x:line 1"
    assert b.text == BODY_2
    assert len(b.id) == 32  # generated from source + position


def test_text_field_is_configurable(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_bytes(_jsonl([{"content": BODY_1, "text": "not this"}]))
    (d,) = read_file(p, "c", ReadOptions(text_field="content"))
    assert d.text == BODY_1
    assert d.metadata["text"] == "not this"


def test_bad_records_are_quarantined_and_reading_goes_on(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_bytes(
        _jsonl([{"text": BODY_1}])
        + b'{"text": "\xe0\xa4 broken utf8"}\n'
        + b'{"text": "unterminated\n'
        + b'["a list"]\n'
        + b'{"body": "no text field"}\n'
        + b'{"text": 42}\n'
        + b"\n"
        + _jsonl([{"text": BODY_2}])
    )
    out = list(read_file(p, "bad", OPTS))
    reasons = [o.reason if isinstance(o, Quarantined) else "doc" for o in out]
    assert reasons == ["doc", "read.invalid_utf8", "read.invalid_json", "read.not_an_object",
                       "read.missing_text", "read.missing_text", "doc"]
    assert out[1].position == "line 2"
    assert "no text field" in out[4].raw_excerpt


def test_truncated_gzip_keeps_what_was_read_and_quarantines_the_rest(tmp_path):
    data = gzip.compress(_jsonl([{"text": f"{BODY_1} {i}"} for i in range(200)]))
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(data[: len(data) // 2])
    out = list(read_file(p, "cut", OPTS))
    docs = [o for o in out if isinstance(o, Document)]
    assert isinstance(out[-1], Quarantined)
    assert out[-1].reason == "read.truncated"
    assert out[-1].position == f"after line {len(docs)}"
    assert 0 < len(docs) < 200


def test_parquet_rows_and_missing_text(tmp_path):
    p = tmp_path / "x.parquet"
    pq.write_table(pa.Table.from_pylist([{"text": BODY_1, "lang_hint": "hi"}, {"text": None, "lang_hint": "hi"}]), p)
    a, b = read_file(p, "x", OPTS)
    assert a.text == BODY_1
    assert a.metadata == {"lang_hint": "hi"}
    assert isinstance(b, Quarantined)
    assert b.position == "row 1"


def test_corrupt_parquet_is_quarantined(tmp_path):
    p = tmp_path / "x.parquet"
    p.write_bytes(b"PAR1 not really parquet")
    (q,) = read_file(p, "x", OPTS)
    assert isinstance(q, Quarantined)
    assert q.reason == "read.corrupt"


def test_text_file_whole_or_blank_line_separated(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(f"{BODY_1}\n\n{BODY_2}\n", encoding="utf-8")
    (whole,) = read_file(p, "page.txt", OPTS)
    assert whole.text == f"{BODY_1}\n\n{BODY_2}\n"
    a, b = read_file(p, "page.txt", ReadOptions(text_mode="blank-lines"))
    assert (a.text.strip(), b.text.strip()) == (BODY_1, BODY_2)
    assert b.source == "page.txt:line 3"


def test_formats_by_name():
    from pathlib import Path

    assert detect_format(Path("a/b.jsonl.zst")) == "jsonl"
    assert detect_format(Path("b.parquet")) == "parquet"
    assert detect_format(Path("b.txt.gz")) == "text"
    assert detect_format(Path("b.csv")) is None
    with pytest.raises(InputError):
        list(read_file(Path("b.csv"), "b", OPTS))
