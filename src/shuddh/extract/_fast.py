"""The ``fast`` engine: one lxml parse, one walk, shuddh's own main-content selection.

The page is parsed once (lxml/libxml2: ~4 ms for a 350 KB page here, and the tree is walked by a C
iterator, ``etree.iterwalk``: ~2 ms for 1,500 elements — resiliparse's Lexbor parses faster but walking
its DOM from Python costs ~15 ms a page). The walk cuts the visible text into **blocks** — the inline text
between two block-level tags (paragraph, heading, list item, table cell, ``<br>``) — and notes for each
its link text, the tag it sits in, and whether an ancestor is **chrome by its markup** (``<nav>``,
``<footer>``, ``<aside>``, a ``role`` such as ``navigation``, a class or id word such as ``sidebar``,
``share``, ``related``, ``comment``, ``breadcrumb``, ``cookie``; see :data:`_CHROME_WORDS`).

Main content is the element whose subtree maximises ``good − ALPHA·bad`` (computed bottom-up in the same
walk, see :func:`_select`):

* *good*: the non-link characters of blocks that read as content — not under chrome markup, link density
  below :data:`MAX_LINK_DENSITY`; weighted up when the block holds a sentence end (``. ! ? । ॥ ۔ ؟``, the
  Indic danda included), down when it is a short fragment;
* *bad*: link characters, and every character under chrome markup.

Inside the chosen element, blocks under chrome markup (below the element) and link lists are left out;
headings, paragraphs, list items and table cells become one line each, so shuddh's line cleaner sees the
page block by block. A page whose best element holds almost nothing (a gallery, a login wall) yields
no text, which the pipeline drops as ``clean.empty``.

Every constant below was set on the TUNE half of WCXB dev (domains of even hash, see
``benchmarks/bench_extract.py``); the HELD-OUT half was only measured.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import regex
from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lhtml

__all__ = ["FastResult", "fast_extract", "parse"]

#: elements whose content is never visible text
_SKIP = frozenset({"script", "style", "template", "svg", "math", "iframe", "canvas", "object",
                   "embed", "select", "option", "textarea", "button", "input", "title", "meta",
                   "link", "video", "audio", "map", "dialog"})
#: elements that start and end a block (a line of output)
_BLOCK = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "pre",
                    "blockquote", "section", "article", "main", "header", "footer", "nav", "aside", "ul",
                    "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "caption", "figure",
                    "figcaption", "address", "form", "fieldset", "legend", "center", "details", "summary",
                    "body", "html", "hr", "br", "hgroup", "menu", "label"})
#: skipped elements that the parser may have wrapped around the rest of a page
_MISNESTED = frozenset({"script", "style", "title", "noscript", "template", "textarea"})
_ROOTS = frozenset({"html", "body"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: tags that are chrome wherever they are
_CHROME_TAGS = frozenset({"nav", "footer", "aside", "menu"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu",
                           "menubar", "dialog", "alertdialog", "tablist"})
#: class/id words (split at non-letters, lower-cased) that mark chrome
_CHROME_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "submenu", "megamenu", "footer", "sidebar", "side", "aside",
    "breadcrumb", "breadcrumbs", "share", "sharing", "social", "sociallinks", "related",
    "recommended", "recommendations", "comment", "comments", "disqus", "cookie", "cookies", "consent",
    "newsletter", "subscribe", "subscription", "signup", "login", "popup", "modal", "banner", "advert",
    "advertisement", "ads", "ad", "adsbygoogle", "sponsored", "promo", "promotion", "trending", "popular",
    "tags", "tagcloud", "pagination", "pager", "masthead", "toolbar", "byline", "meta",
    "copyright", "disclaimer", "outbrain", "taboola", "sharethis", "addthis",
})
#: a class token starting with one of these says what the element is *not* (``no-sidebar``, ``has-ads``)
_NEGATORS = frozenset({"no", "has", "with", "without", "is", "hide"})
#: class/id words that mark the main content (they protect a subtree from the chrome words)
_CONTENT_WORDS = frozenset({"article", "content", "entry", "post", "story", "body", "main", "text",
                            "articlebody", "postbody", "storybody", "maincontent"})
_WORD_SPLIT = regex.compile(r"[^a-z]+")
_WS = regex.compile(r"\s+")
_DOC_END = regex.compile(r"</(?:body|html)\s*>", regex.IGNORECASE)
#: sentence ends, Indic included (danda, double danda, Urdu full stop and question mark)
_SENT_END = regex.compile(r"[.!?।॥۔؟](?:[\s\"'”’)\]]|$)")

#: weight of bad (link, chrome) characters against good ones when choosing the main element
ALPHA = 1.0
#: a chrome mark (class, id, tag) on an element holding more than this share of the page's text is ignored
CHROME_MAX_SHARE = 0.6
#: when the main element chosen with the chrome marks keeps less than this share of the text chosen without
#: them, the marks are not trusted on this page
MIN_KEPT_SHARE = 0.3
#: a sibling of the main element whose score is above this share of the main element's is kept too
SIBLING_SHARE = 0.2
#: a block with more of its characters in links than this is a link list, not content
MAX_LINK_DENSITY = 0.5


@dataclass(slots=True)
class _Block:
    text: str
    links: int  # characters inside <a>
    tag: str  # the block-level element it sits in
    chrome: tuple[int, ...]  # element indexes of its chrome-marked ancestors (outermost first)


@dataclass(slots=True)
class FastResult:
    lines: list[str]
    h1: str | None = None
    breadcrumb_el: Any = None


def parse(html: str) -> Any:
    """The lxml tree of ``html`` (comments and processing instructions dropped); ``None`` when empty."""
    parser = lhtml.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False,
                              huge_tree=True, encoding="utf-8")
    # libxml2 drops what follows </body></html> (browsers put it into the body): drop those end tags
    data = _DOC_END.sub("", html).encode("utf-8", errors="replace")
    if not data.strip():
        return None
    try:
        root = lhtml.document_fromstring(data, parser=parser)
    except etree.ParserError:  # "Document is empty": only markup-free whitespace or nothing parseable
        return None
    return root


def _chrome_attr(el: Any) -> bool:
    """Does ``el``'s role, class or id mark it as chrome (and none of them as content)?

    Class names are read token by token, each split at ``-``/``_``: a token is chrome when its *last* word
    is a chrome word (``site-footer``, ``entry-meta``, ``ast-no-sidebar`` is skipped: it starts with
    ``no``), content when its last word is a content word (``entry-content``), else chrome when its first
    word is (``footer-widgets``, ``comment-respond``). Page builders' generic words (``widget``,
    ``container``, ``column``) decide nothing."""
    role = el.get("role")
    if role and role.lower() in _CHROME_ROLES:
        return True
    cls = el.get("class") or ""
    ident = el.get("id") or ""
    if not cls and not ident:
        return False
    chrome = False
    for token in f"{cls} {ident}".lower().split():
        words = [w for w in _WORD_SPLIT.split(token) if w]
        if not words or words[0] in _NEGATORS:
            continue
        last = words[-1]
        if last in _CONTENT_WORDS:
            return False
        if last in _CHROME_WORDS or words[0] in _CHROME_WORDS:
            chrome = True
    return chrome


def _hidden(el: Any) -> bool:
    """Hidden by an inline ``display: none``. (The ``hidden`` attribute is not trusted: Next.js streams
    the server-rendered page into a ``<div hidden>`` and moves it in with a script.)"""
    style = el.get("style")
    if style and "none" in style:
        return "display:none" in style.replace(" ", "").lower()
    return False


def _clean(s: str) -> str:
    out: str = _WS.sub(" ", s).strip()
    return out


def _walk(root: Any) -> tuple[list[_Block], list[tuple[int, int, int]], dict[int, tuple[int, int, int]],
                             str | None, Any]:
    """One pass over the tree: the blocks in document order, every element's block range
    ``(first, end, depth)``, the chrome-marked elements (index -> first, end, depth), the first ``<h1>``
    and the first element whose class or id says ``breadcrumb``."""
    blocks: list[_Block] = []
    buf: list[str] = []
    link_chars = 0
    depth = 0
    chrome: tuple[int, ...] = ()
    chrome_els: dict[int, tuple[int, int, int]] = {}
    block_tags: list[str] = ["body"]
    in_link = 0
    elem_index = 0
    spans: list[tuple[int, int, int]] = []
    opened: list[tuple[int, int, bool, bool]] = []  # (elem index or -1 when skipped, first block, chrome, block)
    h1: str | None = None
    crumb: Any = None

    def flush() -> None:
        nonlocal link_chars
        if not buf:
            return
        text = _clean("".join(buf))
        buf.clear()
        if text:
            blocks.append(_Block(text, min(link_chars, len(text)), block_tags[-1], chrome))
        link_chars = 0

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if tag in _SKIP or _hidden(el):
                if len(el) == 0 or tag not in _MISNESTED:
                    walker.skip_subtree()
                    opened.append((-1, 0, False, False))
                    continue
                # libxml2 sometimes nests the rest of a page inside a <script>/<style>/<title> it could
                # not close: walk the children, not the element's own text
                opened.append((-1, 0, False, False))
                continue
            is_block = tag in _BLOCK
            if is_block:
                flush()
            elem_index += 1
            depth += 1
            marked = tag in _CHROME_TAGS or (tag not in _ROOTS and _chrome_attr(el))
            if crumb is None:
                ident = (el.get("class") or "") + (el.get("id") or "")
                if ident and "breadcrumb" in ident.lower():
                    crumb = el
            if marked:
                chrome = (*chrome, elem_index)
            if is_block:
                block_tags.append(tag)
            if tag == "a":
                in_link += 1
            opened.append((elem_index, len(blocks), marked, is_block))
            if el.text:
                buf.append(el.text)
                if in_link:
                    link_chars += len(el.text.strip())
            if tag == "br":
                flush()
        else:
            idx, first, marked, is_block = opened.pop()
            if idx >= 0:
                if is_block:
                    flush()
                    block_tags.pop()
                if tag == "h1" and h1 is None and len(blocks) > first:
                    h1 = blocks[first].text
                if tag == "a":
                    in_link -= 1
                spans.append((first, len(blocks), depth))
                if marked:
                    chrome_els[idx] = (first, len(blocks), depth)
                    chrome = chrome[:-1]
                depth -= 1
            if el.tail:
                buf.append(el.tail)
                if in_link:
                    link_chars += len(el.tail.strip())
    flush()
    return blocks, spans, chrome_els, h1, crumb


def fast_extract(root: Any) -> FastResult:
    """The main-content lines of ``root`` (see the module docstring)."""
    blocks, spans, chrome_els, h1, crumb = _walk(root)
    lines = _select(blocks, spans, chrome_els)
    # chrome words also name content: a forum's posts are "comments", a course page sits in a
    # "sidebar-first" layout. When the marks leave little, choose again by text and link density alone
    kept = sum(map(len, lines))
    plain = _select(blocks, spans, {})
    if kept < MIN_KEPT_SHARE * sum(map(len, plain)):
        lines = plain
    return FastResult(lines=lines, h1=h1, breadcrumb_el=crumb)


def _select(blocks: list[_Block], spans: list[tuple[int, int, int]],
            chrome_els: dict[int, tuple[int, int, int]]) -> list[str]:
    if not blocks or not spans:
        return []
    lengths = [len(b.text) for b in blocks]
    cum = [0]
    for n in lengths:
        cum.append(cum[-1] + n)
    total = cum[-1]
    # a chrome mark on an element holding most of the page is a wrapper's name ("flex-wrap-footer",
    # "sidebar-first-only" around the article), not chrome
    valid = {i: d for i, (f, e, d) in chrome_els.items() if cum[e] - cum[f] <= CHROME_MAX_SHARE * total}
    good = [0.0]
    bad = [0.0]
    chrome_depth: list[int] = []
    for b, n in zip(blocks, lengths, strict=True):
        cd = max((valid[i] for i in b.chrome if i in valid), default=-1)
        chrome_depth.append(cd)
        g = x = 0.0
        lk = b.links
        if cd >= 0:
            x = n
        elif lk > MAX_LINK_DENSITY * n:
            x = lk
        else:
            w = 1.5 if _SENT_END.search(b.text) else (0.3 if n < 25 else 1.0)
            g, x = (n - lk) * w, lk
        good.append(good[-1] + g)
        bad.append(bad[-1] + x)
    best, best_score = None, 0.0
    for first, end, depth in spans:
        sc = good[end] - good[first] - ALPHA * (bad[end] - bad[first])
        if sc > best_score:
            best, best_score = (first, end, depth), sc
    if best is None:
        return []
    first, end, depth = best
    # siblings of the main element that score well too (a product page's description and its
    # specification table, a listing's item blocks): the parent's range, same depth
    parent = min(((f, e) for f, e, d in spans if d == depth - 1 and f <= first and end <= e),
                 key=lambda fe: fe[1] - fe[0], default=(first, end))
    ranges = [(first, end)]
    for f, e, d in spans:
        if (d == depth and parent[0] <= f and e <= parent[1] and (f, e) != (first, end) and e > f
                and good[e] - good[f] - ALPHA * (bad[e] - bad[f]) > SIBLING_SHARE * best_score):
            ranges.append((f, e))
    out = []
    for f, e in sorted(ranges):
        for i in range(f, e):
            b = blocks[i]
            if chrome_depth[i] > depth:
                continue
            if b.links > MAX_LINK_DENSITY * lengths[i]:
                continue
            out.append(b.text)
    return out


def json_ld(root: Any) -> list[dict[str, Any]]:
    objs: list[dict[str, Any]] = []
    for raw in root.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            cur = stack.pop()
            if isinstance(cur, list):
                stack.extend(cur)
            elif isinstance(cur, dict):
                objs.append(cur)
                if "@graph" in cur:
                    stack.append(cur["@graph"])
    return objs
