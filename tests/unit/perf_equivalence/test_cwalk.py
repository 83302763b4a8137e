"""The compiled walk (``shuddh.extract._cwalk``, built from ``_cwalk.pyx`` at install) returns exactly what the
Python walk (``_fast._py_walk``) returns: the same 15-tuple, field by field and type by type, with the same lxml
element proxies (the breadcrumb element, the headline links), on written pages (English and Hindi), generated
pages (hypothesis: nested blocks, links, tables, hidden boxes, class/id/role/itemprop attributes, comments,
entities, ``<br>``, ``<time datetime>``, the head's metas, title, canonical link and JSON-LD, unclosed tags, every
kind of whitespace) and every wcxb-dev page when ``../shared/data/wcxb-dev`` is present. Also: the selection of the
walk at import (``SHUDDH_PURE_PYTHON=1`` forces the Python walk, a module that does not import falls back to it).

Skipped (with the reason) when the module is not built: an install without a C compiler runs the Python walk.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.extract import _fast, extract_html
from shuddh.extract._charset import decode_html_lazy
from tests.unit.extract.test_fast import _news_page, _product_page
from tests.unit.perf_equivalence.test_walk_fast_paths import PAGES
from tests.unit.perf_equivalence.test_walk_fast_paths import _element as _fast_paths_element

REPO = Path(__file__).resolve().parents[3]
WCXB = Path(os.environ.get("SHUDDH_SHARED", REPO.parent / "shared")) / "data" / "wcxb-dev"

_cwalk: Any = None
with contextlib.suppress(ImportError):
    from shuddh.extract import _cwalk
compiled = pytest.mark.skipif(_cwalk is None, reason="the compiled walk is not built (no C compiler at install)")


def _key(root: Any, walked: Any) -> str:
    """The walk's results as a string that tells every value and type apart (``repr``: 1 from True, 1 from 1.0),
    an element by its path."""
    (blocks, spans, chrome_els, strong, navs, h1, crumb, head, kin, heads, pos, talk, wrapped, captions,
     contents) = walked
    path = root.getroottree().getpath
    assert all(type(b) is _fast._Block for b in blocks)
    return repr(([(b.text, b.links, b.tag, b.chrome, b.weight) for b in blocks], spans, chrome_els,
                 sorted(strong), sorted(navs), h1, crumb is None or path(crumb), head, kin,
                 {i: path(a) for i, a in heads.items()}, pos, sorted(talk), wrapped, captions, contents))


def _assert_same_walk(root: Any) -> None:
    ref = _fast._py_walk(root)
    new = _cwalk.walk(root)  # (both kept: an element proxy lives as long as a result holds it)
    assert _key(root, new) == _key(root, ref)
    assert new[6] is ref[6]  # the breadcrumb element: the same proxy
    assert all(new[9][i] is a for i, a in ref[9].items())  # the headline links
    assert [type(x) for x in new] == [type(x) for x in ref]


def _assert_same_page(html: str | bytes) -> None:
    root = _fast.parse(html.encode() if isinstance(html, str) else html)
    if root is not None:
        _assert_same_walk(root)


@compiled
def test_the_extractor_runs_the_compiled_walk_when_it_is_built() -> None:
    assert os.environ.get("SHUDDH_PURE_PYTHON") == "1" or _fast._walk is _cwalk.walk


@compiled
@pytest.mark.parametrize("name", sorted(PAGES))
def test_written_pages(name: str) -> None:
    _assert_same_page(PAGES[name])


@compiled
def test_written_news_and_product_pages() -> None:
    for charset in ("utf-8", "windows-1252"):
        _assert_same_page(_news_page(charset=charset))
    _assert_same_page(_news_page(head_extra='<meta property="article:published_time" content="2024-06-12">'))
    for n in (0, 3, 12):
        _assert_same_page(_product_page(n))


# generated pages: what the walk reads, in the shapes that reach each of its branches
_WHITESPACE = [c for c in map(chr, range(0x10000)) if c.isspace()]
_TEXTS = ["भारत में", "बाढ़ से राहत।", "Read more", "The river rose. ", "a sentence that is long enough to count "
          "as prose in English.", "२०२४", "&amp; &lt;b&gt; &nbsp;&#x2003;", "&eacute;t&eacute;", "x&#8203;y", "", " ",
          "\n\t  ", "\u00a0", "\u3000बाढ़\u2003 \u2028", "A\u00a0B", "\u200b", "\u0085", "–—", "é\u0301"]
_HEAD = ['<meta property="og:title" content="शीर्षक">', '<meta name="date" content="2024-06-12">',
         '<meta itemprop="datePublished" content="2024">', '<meta property="og:url">',
         '<link rel="canonical" href="https://example.com/a">', "<title>एक &amp; दो</title>",
         '<script type="application/ld+json">{"@type": "NewsArticle"}</script>', "<script>var a = 1;</script>",
         "<style>p {}</style>", '<meta charset="utf-8">']


@st.composite
def _text(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(st.one_of(st.sampled_from(_TEXTS), st.sampled_from(_WHITESPACE)), max_size=4)))


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    """An element as the Python walk's own tests write them, or a comment, a ``<br>``, an unclosed tag, a
    ``<time>``, a table, a hidden box or a figure, with text of any whitespace around."""
    kind = draw(st.integers(0, 9))
    inner = "".join(draw(st.lists(_markup(depth + 1), max_size=2))) if depth < 3 else ""
    t = draw(_text())
    if kind == 0:
        return draw(_fast_paths_element())
    if kind == 1:
        return f"<!-- {t} -->{draw(_text())}"
    if kind == 2:
        return f"{t}<br>{draw(_text())}"
    if kind == 3:
        return f"<p class='{draw(st.sampled_from(['entry-content', 'share', 'x']))}'>{t}{inner}"  # never closed
    if kind == 4:
        return f"<time datetime='{draw(st.sampled_from(['2024-06-12', '']))}'>{t}</time>{inner}"
    if kind == 5:
        rows = "".join(f"<tr><td><a href='/r{i}'>{t}</a></td><td>{i}</td></tr>" for i in range(draw(
            st.integers(0, 10))))
        return f"<table>{rows}</table>{inner}"
    if kind == 6:
        box = draw(st.sampled_from(["div style='display:none'", "span class='sr-only'", "svg", "button",
                                    "div hidden", "noscript"]))
        return f"<{box}>{t}{inner}</{box.split()[0]}>{draw(_text())}"
    if kind == 7:
        cap = draw(st.sampled_from(["<pre>code</pre>", "<table><tr><td>1</td></tr></table>", "<img src=x>"]))
        return f"<figure>{cap}<figcaption>{t}</figcaption></figure>{inner}"
    if kind == 8:
        tag = draw(st.sampled_from(["article", "main", "nav", "aside", "section", "header", "h1", "li", "a", "b"]))
        attrs = draw(st.sampled_from(["", " role='navigation'", " itemprop='author'", " id='breadcrumbs'",
                                      " class='comments-area'", " ID='x' CLASS='footer'", " xml:lang='hi'"]))
        return f"<{tag}{attrs}>{t}{inner}</{tag}>{draw(_text())}"
    return f"<div class='{draw(st.sampled_from(['post-item', 'card', 'content', 'sidebar']))}'>{t}{inner}</div>{t}"


@compiled
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HEAD), max_size=4), st.lists(_markup(), min_size=1, max_size=6),
       st.booleans())
def test_generated_pages(head: list[str], body: list[str], closed: bool) -> None:
    end = "</body></html>" if closed else ""
    _assert_same_page(f"<html><head>{''.join(head)}</head><body>{''.join(body)}{end}")


@compiled
def test_every_whitespace_character_of_python_and_its_neighbours() -> None:
    """Every character of the Basic Multilingual Plane (all of ``str.isspace``'s are there; beyond it every
    character is 4 bytes in UTF-8, none of them whitespace) between words, before and after a block's text, in a
    link: the block text (``" ".join(text.split())``) and its link characters (``len(text.strip())``)."""
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    for start in range(0, len(chars), 2048):
        cells = "".join(f"<p>{c}a{c}b{c} <a href='/'>{c}x{c}{c}</a>{c}</p><div><span>{c}</span>{c}y</div>"
                        for c in chars[start:start + 2048] if c not in "<&\x00")
        _assert_same_page(f"<html><body>{cells}</body></html>")


@compiled
def test_a_tree_with_an_entity_reference_is_walked_by_the_python_walk() -> None:
    from lxml import etree  # type: ignore[import-untyped]

    root = etree.fromstring("<html><body><p>a<b>b</b>c</p></body></html>")
    root.find(".//b").append(etree.Entity("nbsp"))
    root.find(".//p").insert(0, etree.Comment("c"))
    root.find(".//p").append(etree.ProcessingInstruction("pi", "x"))
    _assert_same_walk(root)


@compiled
@pytest.mark.skipif(not WCXB.is_dir(), reason="../shared/data/wcxb-dev not present")
def test_every_wcxb_page() -> None:
    files = sorted((WCXB / "html").glob("*.html.gz"))
    assert len(files) >= 1497
    for f in files:
        data = gzip.decompress(f.read_bytes())
        text, _charset, exact = decode_html_lazy(data)  # as extract_html hands a page to the parser
        root = _fast.parse(data if exact else (text or ""))
        if root is not None:
            _assert_same_walk(root)


@compiled
def test_the_extraction_is_the_same_with_either_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [*PAGES.values(), _news_page(), _product_page(12)]
    compiled_out = [extract_html(p.encode(), engine="fast") for p in pages]
    monkeypatch.setattr(_fast, "_walk", _fast._py_walk)
    for page, ex in zip(pages, compiled_out, strict=True):
        ref = extract_html(page.encode(), engine="fast")
        assert (ex.text, ex.title, ex.date) == (ref.text, ref.title, ref.date)


def _walk_in_a_new_interpreter(env: dict[str, str]) -> str:
    code = "from shuddh.extract import _fast; print(_fast._walk.__module__)"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO,
                         env={**os.environ, "PYTHONPATH": str(REPO / "src"), **env})
    return res.stdout.strip()


def test_shuddh_pure_python_forces_the_python_walk() -> None:
    assert _walk_in_a_new_interpreter({"SHUDDH_PURE_PYTHON": "1"}) == "shuddh.extract._fast"
    expected = "shuddh.extract._fast" if _cwalk is None else "shuddh.extract._cwalk"
    assert _walk_in_a_new_interpreter({"SHUDDH_PURE_PYTHON": "0"}) == expected


@pytest.mark.parametrize("error", [ImportError, ValueError, TypeError, AttributeError])
def test_a_compiled_walk_that_does_not_import_falls_back_to_the_python_walk(
        error: type[Exception], monkeypatch: pytest.MonkeyPatch) -> None:
    """Not built, or built against another lxml (lxml's ``import_lxml__etree`` raises TypeError for a C function
    of another signature, Cython ValueError for an ``_Element`` of another size)."""
    import builtins

    real_import = builtins.__import__

    def failing_import(name: str, globals_: Any = None, locals_: Any = None, fromlist: Any = (),
                       level: int = 0) -> Any:
        if name == "shuddh.extract" and fromlist and "_cwalk" in fromlist:
            raise error("simulated")
        return real_import(name, globals_, locals_, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", failing_import)
    monkeypatch.delenv("SHUDDH_PURE_PYTHON", raising=False)
    assert _fast._compiled_walk() is None
    monkeypatch.setenv("SHUDDH_PURE_PYTHON", "1")
    assert _fast._compiled_walk() is None
