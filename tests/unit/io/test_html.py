"""HTML input: charset detection, extraction with metadata, limits, the html field of JSONL."""

from __future__ import annotations

import time

import orjson
import pytest

from shuddh.document import Document, Quarantined
from shuddh.extract import ExtractError, decode_html, extract_html
from shuddh.extract._limits import ExtractTimeout, time_limit
from shuddh.io.html import page_to_document
from shuddh.io.readers import ReadOptions, detect_format, read_file
from tests.conftest import BODY_1, BODY_2, TITLE

PAGE = f"""<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8">
<title>{TITLE} - नगर समाचार</title>
<link rel="canonical" href="/shahar/sadak-marammat">
<meta property="article:section" content="शहर">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "BreadcrumbList",
 "itemListElement": [{{"@type": "ListItem", "position": 1, "name": "होम"}},
                     {{"@type": "ListItem", "position": 2, "name": "शहर"}}]}}</script>
<meta property="article:published_time" content="2024-03-05T10:00:00+05:30">
</head><body>
<nav><ul><li><a href="/">होम</a></li><li><a href="/desh">देश</a></li><li><a href="/khel">खेल</a></li></ul></nav>
<article><h1>{TITLE}</h1><p>{BODY_1}</p><p>{BODY_2}</p></article>
<footer><p>© 2024 नगर समाचार. सर्वाधिकार सुरक्षित.</p></footer>
</body></html>"""


def test_formats_are_detected_by_name():
    from pathlib import Path

    assert detect_format(Path("a.html")) == "html"
    assert detect_format(Path("a.HTM")) == "html"
    assert detect_format(Path("a.html.gz")) == "html"
    assert detect_format(Path("crawl.warc.gz")) == "warc"
    assert detect_format(Path("crawl.warc")) == "warc"


def test_extraction_gives_main_text_and_metadata():
    ex = extract_html(PAGE.encode(), url="https://samachar.example.in/shahar/123")
    assert BODY_1 in ex.text
    assert BODY_2 in ex.text
    assert "सर्वाधिकार" not in ex.text
    assert ex.title == TITLE
    assert ex.date == "2024-03-05"
    assert ex.section == "शहर"
    assert ex.breadcrumb == ["होम", "शहर"]
    assert ex.canonical_url == "https://samachar.example.in/shahar/sadak-marammat"
    assert ex.charset == "utf-8"


@pytest.mark.parametrize("engine", ["trafilatura", "resiliparse", "visible"])
def test_other_engines_find_the_body_too(engine):
    ex = extract_html(PAGE, engine=engine)
    assert BODY_1 in ex.text
    assert (engine == "visible") == ("खेल" in ex.text)  # only "visible" keeps the menu


def test_charset_declared_but_wrong_falls_back_to_utf8():
    # a Hindi page served as iso-8859-1 (old CMS templates): decoding as declared would be mojibake
    data = b'<html><head><meta charset="iso-8859-1"></head><body>' + "हिंदी".encode() + b"</body></html>"
    text, codec = decode_html(data)
    assert "हिंदी" in text
    assert codec == "utf-8"


def test_charset_legacy_page_is_decoded_with_its_declaration():
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>' \
           "<body><p>Café “quoted” — naïve</p></body></html>"
    text, codec = decode_html(html.encode("cp1252"))
    assert "Café “quoted” — naïve" in text
    assert codec == "cp1252"


def test_charset_from_transport_and_bom():
    assert decode_html("<p>ক খ</p>".encode("utf-16"))[0] == "<p>ক খ</p>"
    text, codec = decode_html("<p>Ünïcödé</p>".encode("latin-1"), declared="ISO-8859-1")
    assert text == "<p>Ünïcödé</p>"
    assert codec == "cp1252"


def test_charset_undeclared_non_utf8_is_detected():
    html = "<html><body><p>Привет, как дела? Это обычная страница на русском языке.</p></body></html>"
    text, codec = decode_html(html.encode("cp1251"))
    assert "Привет" in text
    assert codec != "utf-8"


def test_too_large_page_is_quarantined_with_reason():
    out = page_to_document(PAGE.encode(), doc_id="d", source="s", position="file", max_bytes=100)
    assert isinstance(out, Quarantined)
    assert out.reason == "extract.too_large"
    with pytest.raises(ExtractError) as e:
        extract_html(PAGE, max_bytes=100)
    assert e.value.reason == "extract.too_large"


def test_time_limit_interrupts_a_runaway_loop():
    def spin() -> None:
        with time_limit(0.05) as enforced:
            assert enforced
            while True:
                pass

    t0 = time.perf_counter()
    with pytest.raises(ExtractTimeout):
        spin()
    assert time.perf_counter() - t0 < 2


def test_slow_extraction_is_quarantined_as_timeout(monkeypatch):
    import shuddh.extract._html as mod

    def slow(tree, url):
        while True:
            pass

    monkeypatch.setattr(mod, "_trafilatura", slow)
    out = page_to_document(PAGE, doc_id="d", source="s", position="record 7", timeout=0.05, engine="trafilatura")
    assert isinstance(out, Quarantined)
    assert out.reason == "extract.timeout"
    assert out.position == "record 7"


def test_page_without_main_text_is_an_empty_document_marked_no_text():
    out = page_to_document("<html><body><img src='a.png'></body></html>", doc_id="d", source="s", position="file")
    assert isinstance(out, Document)
    assert out.text.strip() == ""
    assert out.metadata["extract"]["status"] == "no_text"


def test_html_file_is_one_document(tmp_path):
    f = tmp_path / "page.html"
    f.write_bytes(PAGE.encode())
    (doc,) = list(read_file(f, "page.html", ReadOptions()))
    assert isinstance(doc, Document)
    assert BODY_1 in doc.text
    assert doc.metadata["title"] == TITLE
    assert doc.metadata["section"] == "शहर"
    assert doc.metadata["extract"]["status"] == "ok"


def test_jsonl_html_field_is_extracted_and_other_fields_kept(tmp_path):
    f = tmp_path / "pages.jsonl"
    rows = [{"id": "p1", "url": "https://samachar.example.in/a", "html": PAGE, "crawl": "2024-10"},
            {"id": "p2", "text": "पहले से निकाला गया पाठ।"},
            {"id": "p3", "html": 42}]
    f.write_bytes(b"\n".join(orjson.dumps(r) for r in rows))
    out = list(read_file(f, "pages.jsonl", ReadOptions(html_field="html")))
    d1, d2, q3 = out
    assert isinstance(d1, Document)
    assert d1.id == "p1"
    assert BODY_1 in d1.text
    assert d1.url == "https://samachar.example.in/a"
    assert d1.metadata["crawl"] == "2024-10"
    assert "html" not in d1.metadata
    assert isinstance(d2, Document)
    assert d2.text == "पहले से निकाला गया पाठ।"
    assert isinstance(q3, Quarantined)
    assert q3.reason == "read.missing_text"


def test_jsonl_without_html_field_option_is_unchanged(tmp_path):
    f = tmp_path / "pages.jsonl"
    f.write_bytes(orjson.dumps({"id": "p1", "text": "पाठ", "html": "<p>x</p>"}))
    (doc,) = list(read_file(f, "pages.jsonl", ReadOptions()))
    assert doc.text == "पाठ"
    assert doc.metadata["html"] == "<p>x</p>"
