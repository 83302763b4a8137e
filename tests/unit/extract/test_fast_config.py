"""``reader.extractor`` chooses the engine for every HTML source: .html files, WARC responses, html fields."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from shuddh.config import load_config
from shuddh.document import Document
from shuddh.errors import ConfigError
from shuddh.io.readers import ReadOptions, read_file
from tests.unit.extract.test_fast import PARAS, _news_page


def _docs(path: Path, opts: ReadOptions) -> list[Document]:
    out = [d for d in read_file(path, path.name, opts) if isinstance(d, Document)]
    assert out
    return out


def _warc(path: Path, html: bytes) -> None:
    from fastwarc.warc import WarcRecord, WarcRecordType

    rec = WarcRecord()
    rec.init_headers(record_type=WarcRecordType.response)
    rec.headers["WARC-Target-URI"] = "https://gram.example.in/rajya/123"
    rec.headers["Content-Type"] = "application/http; msgtype=response"
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(html)}\r\n\r\n"
    rec.set_bytes_content(head.encode() + html)
    buf = io.BytesIO()
    rec.write(buf)
    path.write_bytes(gzip.compress(buf.getvalue()))


@pytest.mark.parametrize("engine", ["fast", "trafilatura"])
def test_every_html_source_uses_the_configured_engine(tmp_path, engine):
    page = _news_page().encode()
    (tmp_path / "page.html").write_bytes(page)
    _warc(tmp_path / "crawl.warc.gz", page)
    (tmp_path / "pages.jsonl").write_text(json.dumps({"id": "p1", "html": page.decode()}, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    opts = ReadOptions(extractor=engine, html_field="html")
    for name in ("page.html", "crawl.warc.gz", "pages.jsonl"):
        (doc,) = _docs(tmp_path / name, opts)
        assert doc.metadata["extract"]["engine"] == engine, name
        for p in PARAS:
            assert p in doc.text


def test_the_default_engine_is_fast_and_trafilatura_is_selectable(tmp_path):
    cfg = load_config({"inputs": [str(tmp_path)], "output": str(tmp_path / "out")})
    assert cfg.reader.extractor == "fast"
    assert ReadOptions().extractor == "fast"
    cfg = load_config({"inputs": [str(tmp_path)], "output": str(tmp_path / "out"),
                       "reader": {"extractor": "trafilatura"}})
    assert cfg.reader.extractor == "trafilatura"
    with pytest.raises(ConfigError):
        load_config({"inputs": [str(tmp_path)], "output": str(tmp_path / "out"), "reader": {"extractor": "magic"}})
