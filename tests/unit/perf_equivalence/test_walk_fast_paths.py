"""The fast paths of the fast extractor's walk and main-element choice give exactly what the general code gave.

The oracle is the walk as it was before its fast paths (shuddh 2136132, :func:`_reference_walk` below, verbatim
but for the class/id verdict, read here token by token without a memo, and for the rules added since: ``<aside>``
and ``<footer>`` marks strong like a ``<nav>`` one, a data table's cells without link characters, a box whose class
is a screen-reader-only utility skipped like a display:none one, a ``<button>`` that is a heading's content read as
text): every element through one general path.
The fast paths it checks:

* an inline element without children (a link, a ``<span>``, an ``<img>``) is handled whole when it opens: its
  text, its tail, its link and breadcrumb marks and a ``<time>``'s date, and its end event is passed over;
* a skipped element's tail is taken when it opens (its end event comes next);
* a ``<script>``, ``<svg>`` or hidden box is walked into when a ``<p>`` or ``<div>`` lies below it
  (``iterdescendants`` instead of ``find(".//p")``);
* the class and the id are judged string by string, with one memo per string (not per pair);
* the main-element choice and the teaser, item and signature scans look only at the spans whose end block lies
  in the range they read (the spans' ends never go down: :func:`_fast._inside`).

Pages are written here (English and Hindi: inline markup, links, ``<br>``, nested chrome marks, breadcrumbs,
hidden boxes) and generated (hypothesis).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]

from shuddh.extract import _fast
from shuddh.extract._fast import (
    _CELLS,
    _K_A,
    _K_BLOCK,
    _K_BR,
    _K_CHROME,
    _K_H1,
    _K_HEAD,
    _K_ROOT,
    _K_SKIP,
    _K_TIME,
    _KIND,
    _LISTED,
    _N_CHROME,
    _N_CRUMB,
    _N_HIDDEN,
    _N_STRONG,
    _N_TALK,
    _SENT_END,
    _STRONG_TAGS,
    _WRAPPED,
    AUTHOR_PROP,
    MAX_LINK_DENSITY,
    TEASER_HEAD,
    _Block,
    _hidden,
    _note_head,
    _token_names,
    fast_extract,
    parse,
)

_CHROME_ROLES = _fast._CHROME_ROLES


def _pair_names(cls: str | None, ident: str | None) -> int:
    """The flags of a class and id pair as the walk read them before: the tokens of both (as written: a token's
    camelCase joints are read), together."""
    both = f"{cls or ''} {ident or ''}"
    chrome = 0
    for token in both.split():
        verdict = _token_names(token)
        if verdict < 0:
            chrome = 0
            break
        chrome |= verdict & ~_N_HIDDEN
    return chrome | (_N_CRUMB if "breadcrumb" in both.lower() else 0)


def _pair_content(cls: str | None, ident: str | None) -> bool:
    """Does a token of the class or the id name content (``entry-content``)?"""
    return any(_token_names(token) == -1 for token in f"{cls or ''} {ident or ''}".split())


def _screen_reader_only(cls: str | None) -> bool:
    """Is a token of the class a screen-reader-only utility (``sr-only``, ``visually-hidden``)?"""
    return any(_token_names(token) == _N_HIDDEN for token in (cls or "").split())


def _reference_walk(root: Any) -> tuple[list[_Block], list[tuple[int, int, int]], dict[int, tuple[int, int, int]],
                             set[int], set[int], str | None, Any, dict[str, list[str]],
                             list[str | None], dict[int, Any], list[tuple[int, str]], set[int], list[int],
                             list[tuple[int, int, int]], list[tuple[int, int]]]:
    """``_fast._walk`` before its fast paths (shuddh 2136132): every element through the general path, the
    class/id pair judged token by token; with the rules added since (``<aside>`` strong, data table cells,
    the comment-thread marks, read the same way as the strong marks, the spans of the <article> and
    <main> elements, the <figcaption>s but those of a code or table figure, the content-named elements)."""
    blocks: list[_Block] = []
    buf: list[str] = []
    link_chars = 0
    depth = 0
    chrome: tuple[int, ...] = ()
    chrome_els: dict[int, tuple[int, int, int]] = {}
    strong: set[int] = set()  # the chrome-marked elements whose mark is a strong word
    navs: set[int] = set()  # the <nav> elements (a menu however much of the page it holds)
    talk: set[int] = set()  # the chrome-marked elements whose mark names a comment thread
    wrapped: list[int] = []  # the spans of the <article> and <main> elements
    captions: list[tuple[int, int, int]] = []  # <figcaption>s: block range and parent (not of a code/table figure)
    contents: list[tuple[int, int]] = []  # the block ranges of the elements whose class or id names content
    block_tags: list[str] = ["body"]
    tables: list[int] = []  # the open <table> elements
    rows: dict[int, int] = {}  # per table: its own rows holding text
    cells: dict[int, int] = {}  # a block in a table cell -> its table
    in_link = 0
    link_el: Any = None  # the last <a> opened
    heads: dict[int, Any] = {}  # a block mostly of links, long enough for a headline -> its (last) <a>
    elem_index = 0
    spans: list[tuple[int, int, int]] = []
    span_kin: list[str | None] = []  # per span: its element's class (see _teasers)
    span_pos: list[tuple[int, str]] = []  # per span: its parent's element index and its tag (_items; class above)
    # per open element: (elem index, first block, chrome mark, kind flags, class); None for a skipped element
    # (its tail counts), False for a node that is no element (neither it nor its tail counts)
    opened: list[Any] = []
    h1: str | None = None
    crumb: Any = None
    head: dict[str, list[str]] = {}
    kinds = _KIND
    chrome_roles = _CHROME_ROLES
    sent_end = _SENT_END.search
    append_block = blocks.append

    def flush() -> None:
        nonlocal link_chars
        text = " ".join((buf[0] if len(buf) == 1 else "".join(buf)).split())
        buf.clear()
        if text:
            n = len(text)
            w = 1.5 if sent_end(text) else (0.3 if n < 25 else 1.0)
            if link_chars and n >= TEASER_HEAD and link_chars > MAX_LINK_DENSITY * n:
                heads[len(blocks)] = link_el
            if tables and block_tags[-1] in _CELLS:
                cells[len(blocks)] = tables[-1]
            append_block(_Block(text, link_chars if link_chars < n else n, block_tags[-1], chrome, w))
        link_chars = 0

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if tag.__class__ is not str:  # (iterwalk's start and end events come for elements only)
                opened.append(False)
                continue
            kind = kinds.get(tag, 0)
            if tag == "button" and _fast._heading_button(el):  # (session 26: an accordion's question is text)
                kind = 0
            # the element's attribute names, once: an absent attribute is not looked up (one lxml call per
            # name otherwise, most of them for a style, role or itemprop the element does not have)
            keys = el.keys()
            get = el.get
            if kind & _K_SKIP:
                if kind & _K_HEAD:
                    _note_head(tag, el, head)
                skip = True
            elif keys and "class" in keys and _screen_reader_only(get("class")):
                skip = True
            elif keys and "style" in keys:
                style = get("style")
                skip = bool(style) and "none" in style and _hidden(style)
            else:
                skip = False
            if skip:
                # libxml2 sometimes nests the rest of a page inside an element it could not close (a
                # <script>, a <button>, an <svg>): then walk the children, not the element's own text.
                # The same for a display:none box holding paragraphs: product pages hide their
                # description and specification tabs that way (WCXB TUNE products: F1 0.583 -> 0.605)
                if len(el) == 0 or (el.find(".//p") is None and el.find(".//div") is None):
                    walker.skip_subtree()
                opened.append(None)
                continue
            if kind & _K_BLOCK and buf:
                flush()
            elem_index += 1
            depth += 1
            marked = False
            content = False
            if keys:
                cls = get("class") if "class" in keys else None
                ident = get("id") if "id" in keys else None
                if cls or ident:
                    content = _pair_content(cls, ident)
                    names = _pair_names(cls, ident)
                    if names & _N_CRUMB and crumb is None:
                        crumb = el
                    marked = bool(names & _N_CHROME) and not kind & _K_ROOT
                    if marked and names & _N_STRONG:
                        strong.add(elem_index)
                    if marked and names & _N_TALK:
                        talk.add(elem_index)
            else:
                cls = None
            if kind & _K_CHROME:
                marked = True
                if tag in _STRONG_TAGS:
                    strong.add(elem_index)
                if tag == "nav":
                    navs.add(elem_index)
                elif tag == "footer":
                    strong.add(elem_index)
            elif not marked and keys and not kind & _K_ROOT:
                if "role" in keys:
                    role = get("role")
                    if role:
                        marked = role.lower() in chrome_roles
                        if marked and role.lower() == "navigation":
                            strong.add(elem_index)
                # a block that schema.org microdata calls the author is chrome (see AUTHOR_PROP)
                if not marked and kind & _K_BLOCK and "itemprop" in keys and get("itemprop") == AUTHOR_PROP:
                    marked = True
            if kind & _K_TIME and "time" not in head and get("datetime"):
                head["time"] = [get("datetime")]
            if marked:
                chrome = (*chrome, elem_index)
            if kind & _K_BLOCK:
                block_tags.append(tag)
            if kind & _K_A:
                in_link += 1
                link_el = el
            opened.append((elem_index, len(blocks), marked, kind, cls, content))
            if tag == "table":
                tables.append(elem_index)
            text = el.text
            # whitespace before a block's first text adds nothing (and most of a page's whitespace is the
            # indentation between block tags): not buffered, so no empty flush
            if text and (buf or not text.isspace()):
                buf.append(text)
                if in_link:
                    link_chars += len(text.strip())
            if kind & _K_BR and buf:
                flush()
        else:
            op = opened.pop()
            if op:
                idx, first, marked, kind, cls, content = op
                if kind & _K_BLOCK:
                    if buf:
                        flush()
                    block_tags.pop()
                if el.tag == "table":
                    tables.pop()
                elif el.tag == "tr" and tables and len(blocks) > first:
                    rows[tables[-1]] = rows.get(tables[-1], 0) + 1
                nb = len(blocks)
                if nb > first:  # elements without text cannot be the main element
                    if kind & _K_H1 and h1 is None:
                        h1 = blocks[first].text
                    spans.append((first, nb, depth))
                    span_kin.append(cls)
                    par = opened[-1] if opened else None
                    span_pos.append((par[0] if par else -1, el.tag))
                    if el.tag in _WRAPPED:
                        wrapped.append(len(spans) - 1)
                    if content:
                        contents.append((first, nb))
                    if el.tag == "figcaption":
                        captions.append((first, nb, par[0] if par else -1))
                    elif any(blocks[i].tag in _LISTED for i in range(first, nb)):
                        captions = [c for c in captions if c[2] != idx]
                if kind & _K_A:
                    in_link -= 1
                if marked:
                    chrome_els[idx] = (first, nb, depth)
                    chrome = chrome[:-1]
                depth -= 1
            elif op is False:
                continue
            tail = el.tail
            if tail and (buf or not tail.isspace()):
                buf.append(tail)
                if in_link:
                    link_chars += len(tail.strip())
    if buf:
        flush()
    for i in _fast._data_cells(blocks, cells, Counter(rows)):
        blocks[i].links = 0
    return (blocks, spans, chrome_els, strong, navs, h1, crumb, head, span_kin, heads, span_pos, talk, wrapped,
            captions, contents)


def _walks(html: str) -> tuple[Any, Any, Any]:
    root = parse(html.encode())
    assert root is not None
    return root, _fast._walk(root), _reference_walk(root)


def _assert_same_walk(html: str) -> None:
    """The walk's results are the general path's. The general path also noted the chrome mark of an inline
    element without children (a ``<span class="share">``): it holds no block, so its range is empty and it
    changes no choice; those marks are all the fast walk leaves out."""
    _, new, ref = _walks(html)
    (blocks, spans, chrome_els, strong, navs, h1, crumb, head, kin, heads, pos, talk, wrapped, captions,
     contents) = new
    (r_blocks, r_spans, r_chrome_els, r_strong, r_navs, r_h1, r_crumb, r_head, r_kin, r_heads, r_pos, r_talk,
     r_wrapped, r_captions, r_contents) = ref
    assert [(b.text, b.links, b.tag, b.chrome, b.weight) for b in blocks] == [
        (b.text, b.links, b.tag, b.chrome, b.weight) for b in r_blocks]
    assert (spans, kin, pos) == (r_spans, r_kin, r_pos)
    assert {i: r_chrome_els[i] for i in chrome_els} == chrome_els
    assert all(f == e for i, (f, e, _) in r_chrome_els.items() if i not in chrome_els)
    assert strong <= r_strong
    assert all(i in r_chrome_els and i not in chrome_els for i in r_strong - strong)
    assert talk <= r_talk
    assert wrapped == r_wrapped
    assert (captions, contents) == (r_captions, r_contents)
    assert all(i in r_chrome_els and i not in chrome_els for i in r_talk - talk)
    assert navs == r_navs
    assert (h1, head) == (r_h1, r_head)
    assert crumb is r_crumb
    assert heads.keys() == r_heads.keys()
    assert all(heads[i] is r_heads[i] for i in heads)


def _assert_same_lines(html: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    root = parse(html.encode())
    assert root is not None
    lines = fast_extract(root).lines
    with monkeypatch.context() as m:
        m.setattr(_fast, "_walk", _reference_walk)
        assert fast_extract(root).lines == lines
    return lines


HEADLINE = "बाढ़ से प्रभावित गाँवों में राहत शिविर खोले गए"
BODY = ["ज़िला प्रशासन ने बताया कि नदी का जलस्तर ख़तरे के निशान से ऊपर बह रहा है और निचले इलाक़ों को ख़ाली"
        " कराया जा रहा है।",
        "The district administration said on Monday that relief camps had been opened in twelve villages.",
        "राहत शिविरों में भोजन, पीने का पानी और दवाइयाँ पहुँचाई जा रही हैं; स्वास्थ्य विभाग की टीमें भी तैनात हैं।"]

PAGES = {
    # inline markup inside paragraphs: bold, italics, a link with a nested <span>, an image, a <br>
    "inline": f"""<html><head><title>{HEADLINE} - समाचार</title></head><body><article class="entry-content">
<h1 class="entry-title">{HEADLINE}</h1>
<p>{BODY[0][:40]}<b>{BODY[0][40:60]}</b> <i class="x">{BODY[0][60:]}</i></p>
<p>The <a href="/relief"><span class="hl">district administration</span></a> said<br>on Monday
<img src="a.jpg" alt=""> that <em>relief camps</em>\n   had been opened.</p>
<p>{BODY[2]}<span></span> <span class="icon"><img src="i.png"></span></p></article></body></html>""",
    # nested chrome marks: a share bar inside the article, a related list inside a sidebar, a nav with a span
    "chrome": f"""<html><body><div class="site"><nav><span class="logo">साइट</span><ul><li><a href="/">होम</a></li>
<li><a href="/desh">देश</a></li></ul></nav><main><article><h1>{HEADLINE}</h1><p>{BODY[0]}</p>
<div class="share-bar"><span class="share">शेयर करें</span> <a href="https://x.example/s">X</a> <a href="#">ईमेल</a></div>
<p>{BODY[1]}</p><aside class="sidebar"><div class="related-posts"><h3>यह भी पढ़ें</h3><ul>
<li class="post-item"><a href="/a/1">नगर निगम ने नालों की सफ़ाई शुरू की</a> <time datetime="2024-06-12">12 जून</time></li>
<li class="post-item"><a href="/a/2">सरकारी स्कूलों में दाख़िले की तारीख़ बढ़ी</a></li>
<li class="post-item"><a href="/a/3">शहर में नई बस सेवा शुरू</a></li></ul></div></aside><p>{BODY[2]}</p></article>
</main><footer role="contentinfo"><p>© समाचार <span class="year">2024</span></p></footer></div></body></html>""",
    # a breadcrumb on a leaf <span>, a hidden leaf, a script and an svg (leaves), an svg holding a paragraph
    "crumbs": f"""<html><body><div><span class="Breadcrumb-item">मुख्य पृष्ठ</span> › <a href="/desh">देश</a></div>
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/news">News</a></div><article><h1>{HEADLINE}</h1>
<p>{BODY[0]}<span style="display: none">छिपा हुआ पाठ</span> tail after hidden</p>
<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "2024-06-12"}}</script>
<p>{BODY[1]}<svg><path d="M0"/></svg> after the icon</p><svg class="wrap"><g><p>{BODY[2]}</p></g></svg>
<div style="display:none"><p>एक छिपा हुआ अनुच्छेद जो टैब में है।</p></div></article></body></html>""",
    # a class token marking content and one marking chrome, in the class and in the id; a user card by itemprop
    "names": f"""<html><body><div class="sidebar" id="main-content"><h1>{HEADLINE}</h1><p>{BODY[0]}</p></div>
<div class="entry-content sidebar"><p>{BODY[1]}</p></div><div id="comments" class="comments-area">
<section itemprop="author"><span>राम</span> <span>सदस्य</span></section><p>{BODY[2]}</p></div>
<div role="navigation"><a href="/a">एक</a> <a href="/b">दो</a></div><p>अंत में <time datetime="2024-06-13">13 जून</time></p>
</body></html>""",
    # screen-reader-only labels (a leaf, a box with children, one beside a content token), camelCase components
    "hidden": f"""<html><body><div class="pageWrapper"><h1>{HEADLINE}<span class="sr-only"> (मुख्य)</span></h1>
<p>{BODY[0]}<a href="/x">और<span class="visually-hidden"> पढ़ें</span></a> tail</p>
<div class="screen-reader-text"><span>छिपा</span> <b>लेबल</b></div><p class="entry-content sr-only">{BODY[1]}</p>
<p>{BODY[2]}</p><div class="shareButtons"><a href="/s">शेयर</a></div><div class="customerReviews"><p>{BODY[1]}</p>
</div><div class="BannerCard"><p>{BODY[0][:30]}</p></div></div><footer><p>© समाचार</p></footer></body></html>""",
    # forum posts with user cards and signatures, a listing of items with titles and prices
    "forum": "<html><body><div class=\"thread\">" + "".join(
        f"""<article class="message"><section class="message-user" itemprop="author"><a href="/u/{i}">सदस्य{i}</a>
<span>पोस्ट: {i * 7}</span></section><div class="message-body"><p>{BODY[i % 3]}</p></div>
<div class="message-signature">हर दिन कुछ नया सीखें। <a href="/sig/{i}">मेरा ब्लॉग</a></div></article>"""
        for i in range(4)) + "</div><ul class=\"items\">" + "".join(
        f'<li class="item"><a href="/p/{i}">उत्पाद संख्या {i} का नाम</a> <span class="price">₹{i}99</span></li>'
        for i in range(6)) + "</ul></body></html>",
    # a data table (rows of a year and linked names, spacer rows, a nested table in a cell, a control link in
    # every row) beside an <aside>; a layout table of links only
    "tables": f"""<html><body><aside class="pane"><b>सदस्य</b> <span>पोस्ट: 12</span></aside><div><h1>{HEADLINE}</h1>
<p>{BODY[0]}</p><table class="list"><tr><th>वर्ष</th><th>नाम</th></tr>""" + "".join(
        f'<tr><td>{1901 + i}</td><td><a href="/w/{i}">व्यक्ति {i}</a> <a href="/x/{i}">संपादित</a></td>'
        f'<td><a href="/y/{i}">संपादित करें</a></td></tr><tr><td colspan="3"></td></tr>'
        for i in range(9)) + """<tr><td><table><tr><td><a href="/n">भीतर</a></td></tr></table></td></tr></table>
<table><tr><td><a href="/a">एक</a></td><td><a href="/b">दो</a></td></tr></table></div></body></html>""",
    # figures: a photo's caption, a code listing's caption above and below it, a table's, nested figures, a
    # caption in a skipped box; content-named containers around the story
    "figures": f"""<html><body><main class="site-main"><article><h1>{HEADLINE}</h1><div class="entry-content">
<p>{BODY[0]}</p><figure><img src="a.jpg"><figcaption>फोटो: <a href="/p">समाचार</a></figcaption></figure>
<figure><figcaption>सूची 1</figcaption><pre><code>x = 1</code></pre></figure><p>{BODY[1]}</p>
<figure><table><tr><td>२०२४</td></tr></table><figcaption>तालिका 1</figcaption></figure>
<figure><figcaption>बाहर</figcaption><div><figure><pre>y</pre><figcaption>भीतर</figcaption></figure></div></figure>
<div style="display:none"><figure><p>छिपा</p><figcaption>छिपा कैप्शन</figcaption></figure></div>
<p>{BODY[2]}</p></div><div class="post-content-footer"><p>लेखक के बारे में</p></div></article></main>
</body></html>""",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_walk_of_written_pages_is_the_general_walk(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_same_walk(PAGES[name])
    assert _assert_same_lines(PAGES[name], monkeypatch)


def test_the_inline_fast_path_keeps_text_links_tails_breadcrumb_and_date() -> None:
    # what the fast path itself must produce (not only agree with the oracle)
    html = """<html><body><div><span class="Breadcrumb">Home</span> &gt; <span>News</span></div>
<p>Prices <a href="/p"><b>rose</b> again</a> <a href="/q">sharply</a> on <time datetime="2024-03-05">Tuesday</time>.
<span style="display:none">hidden</span>Then they fell.</p><p>दूसरा <a href="/r">अनुच्छेद</a>।</p></body></html>"""
    _, (blocks, *_rest), _ = _walks(html)
    crumb, head = _rest[5], _rest[6]
    assert [(b.text, b.links) for b in blocks] == [
        ("Home > News", 0), ("Prices rose again sharply on Tuesday. Then they fell.", 16), ("दूसरा अनुच्छेद।", 8)]
    assert crumb is not None
    assert crumb.text == "Home"
    assert head["time"] == ["2024-03-05"]


@pytest.mark.parametrize(("cls", "ident"), [
    ("sidebar", None), (None, "sidebar"), ("sidebar", "main-content"), ("entry-content", "share-bar"),
    ("site-footer", "Breadcrumbs"), ("no-sidebar", "post-12"), ("container row", ""), ("", "related"),
    ("cookie-consent-banner", "modal"), ("BREADCRUMB nav", None), ("ΣΟΦΙΑΣ", "ΣΑ nav"), ("\u212aelvin", "İndex ads"),
    ("menu-item menu-item-type-post", "menu-item-1234"), ("share\u00a0footer", "x\u2003main"),
    # a breadcrumb in a string whose other token marks content: still the breadcrumb, never chrome
    ("breadcrumb-wrap entry-content", None), ("sidebar", "post-content Breadcrumb"),
])
def test_a_pair_is_judged_string_by_string_as_it_was_as_a_pair(cls: str | None, ident: str | None) -> None:
    want = _pair_names(cls, ident)
    _fast._MEMO.clear()
    assert _fast._names(cls, ident) == want
    assert _fast._names(cls, ident) == want  # now from the memo
    _fast._TOKENS.clear()
    assert _fast._names(cls, ident) == want


def test_spans_end_in_block_order_so_a_range_is_a_slice() -> None:
    for html in PAGES.values():
        _, (blocks, spans, *_r), _ = _walks(html)
        ends = [e for _, e, _ in spans]
        assert ends == sorted(ends)
        for lo in range(len(blocks) + 1):
            for hi in range(lo, len(blocks) + 1):
                a, z = _fast._inside(spans, lo, hi)
                assert [s for s in spans if lo < s[1] <= hi] == spans[a:z]
                # every span inside the blocks lo..hi is in the slice
                assert all(a <= i < z for i, (f, e, _) in enumerate(spans) if lo <= f and e <= hi)


# generated pages: nested elements of the kinds the walk branches on, attributes it reads, English and Hindi text
_TAGS = ["div", "p", "span", "a", "b", "em", "br", "li", "ul", "nav", "footer", "section", "h1", "h2", "script",
         "svg", "time", "button", "img", "td", "tr", "table", "label", "form", "aside", "article", "font", "figure",
         "figcaption", "pre", "main"]
_ATTRS = {
    "class": ["sidebar", "entry-content", "share-bar", "post-item", "breadcrumb", "no-sidebar", "related-posts",
              "Breadcrumbs nav", "menu-item-12", "site-footer", "card", "hl", "", "breadcrumb entry-content",
              "post-signature", "message-user", "sr-only", "visually-hidden entry-content", "shareButtons",
              "customerReviews", "BannerCard"],
    "id": ["main", "sidebar", "post-12", "BreadCrumb", "content"],
    "style": ["display:none", "display: none;", "color: red", "DISPLAY:NONE"],
    "role": ["navigation", "main", "complementary"],
    "itemprop": ["author", "name"],
    "href": ["#", "/x", "javascript:void(0)", "https://example.com/a"],
    "datetime": ["2024-06-12", ""],
    "type": ["application/ld+json"],
}
_TEXTS = ["भारत में", "बाढ़ से राहत।", "सरकार ने कहा कि काम जारी है।", "Read more", "The river rose.", " ", "\n  ",
          "news", "|", "a sentence that is long enough to count as prose in English. ", "२०२४", ""]


@st.composite
def _element(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(_TAGS))
    names = draw(st.lists(st.sampled_from(sorted(_ATTRS)), max_size=3, unique=True))
    attrs = "".join(f' {n}="{draw(st.sampled_from(_ATTRS[n]))}"' for n in names)
    if tag in ("br", "img"):
        return f"<{tag}{attrs}>" + draw(st.sampled_from(_TEXTS))
    if tag == "script":
        return f"<script{attrs}>{{\"a\": 1}}</script>" + draw(st.sampled_from(_TEXTS))
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 0))):
        parts.append(draw(_element(depth + 1)) if draw(st.booleans()) else draw(st.sampled_from(_TEXTS)))
    return f"<{tag}{attrs}>{draw(st.sampled_from(_TEXTS))}{''.join(parts)}</{tag}>{draw(st.sampled_from(_TEXTS))}"


@settings(max_examples=300, deadline=None)
@given(st.lists(_element(), min_size=1, max_size=6))
def test_the_walk_of_generated_pages_is_the_general_walk(elements: list[str]) -> None:
    html = "<html><body>" + "".join(elements) + "</body></html>"
    root = parse(html.encode())
    if root is None:
        return
    _assert_same_walk(html)
    lines = fast_extract(root).lines
    original = _fast._walk
    _fast._walk = _reference_walk
    try:
        assert fast_extract(root).lines == lines
    finally:
        _fast._walk = original
