"""Main-content extraction from HTML, with metadata, size and time limits.

Engines:

* ``trafilatura`` (default) — trafilatura's main-content extraction, turned into one line per block
  (paragraph, heading, list item, table cell), so the line cleaner sees table-layout pages (Indian
  news sites built on ``<table>``) cell by cell instead of as one pipe-separated row.
* ``resiliparse`` — resiliparse's main-content heuristic (faster, less precise).
* ``visible`` — every visible text line, no main-content selection: the same text a WET file or an
  OSCAR-style dump holds, left to the line cleaner.

Metadata comes from the page itself: ``<title>``/trafilatura's title, the publication date
(trafilatura/htmldate), section (``article:section``, JSON-LD ``articleSection``, or the last
breadcrumb item), breadcrumb (JSON-LD ``BreadcrumbList``, or an element whose class or id says
``breadcrumb``), canonical URL (``<link rel=canonical>``, else ``og:url``).

Failures are exceptions with a reason (never ``None``): :class:`ExtractError` with ``reason`` one of
``extract.too_large``, ``extract.timeout``, ``extract.failed``. A page that parses but has no main
text is *not* an error: it returns an :class:`Extraction` with empty ``text`` and the caller decides
(shuddh's readers keep it as an empty document, which the ``length`` stage drops as ``clean.empty``).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import Any, Literal
from urllib.parse import urljoin

import regex

from shuddh.errors import ShuddhError
from shuddh.extract._charset import decode_html_exact, decode_html_lazy
from shuddh.extract._fast import fast_extract, json_ld_objects, parse
from shuddh.extract._limits import ExtractTimeout, time_limit

__all__ = ["DEFAULT_ENGINE", "DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "Engine", "ExtractError", "Extraction",
           "extract_html", "visible_lines"]

Engine = Literal["fast", "trafilatura", "resiliparse", "visible"]
#: the engine used when none is given (chosen by measurement: benchmarks/results/extract.md)
DEFAULT_ENGINE: Engine = "fast"

#: pages larger than this are quarantined unparsed. 10 MiB: the HTTP Archive's largest-percentile HTML
#: documents are ~1-2 MiB; Common Crawl truncates payloads at 1 MiB (WARC-Truncated). 10x headroom.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: CPU seconds one page may take (CPU time, not wall-clock: see _limits). trafilatura needs ~20-80 ms per
#: news page here (bench_chrome.py, CPU time); 30 s is several hundred times that, so only a pathological
#: page (deep nesting, huge tables) hits it.
DEFAULT_TIMEOUT = 30.0


class ExtractError(ShuddhError):
    """Extraction failed; ``reason`` is the quarantine reason (``extract.timeout`` …). Readers turn it into
    a quarantine record; called directly (``extract_html``), it is a :class:`~shuddh.errors.ShuddhError`."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(slots=True)
class Extraction:
    """The main text of a page and what the page says about itself."""

    text: str
    engine: str
    charset: str | None = None
    title: str | None = None
    date: str | None = None
    section: str | None = None
    breadcrumb: list[str] = field(default_factory=list)
    url: str | None = None
    canonical_url: str | None = None

    def metadata(self) -> dict[str, Any]:
        """The non-empty metadata fields (for ``Document.metadata``)."""
        # the fields read by name, the breadcrumb list copied: what ``asdict`` gave, without its generic deep copy
        # of every field, the page's text included (once per page: 11.0 -> 1.4 us)
        meta = {k: v for k in _METADATA if (v := getattr(self, k)) not in (None, "", [])}
        if "breadcrumb" in meta:
            meta["breadcrumb"] = list(meta["breadcrumb"])
        return meta


#: the fields of :meth:`Extraction.metadata`, in their order
_METADATA = tuple(f.name for f in fields(Extraction) if f.name != "text")


_WS = regex.compile(r"\s+")
#: trafilatura's output XML: elements that start a new line
_BLOCKS = frozenset({"p", "head", "item", "cell", "row", "quote", "code", "list", "table", "body", "div",
                     "lb", "fw", "note", "graphic", "ab"})


def _clean(s: str) -> str:
    out: str = _WS.sub(" ", s).strip()
    return out


def _body_lines(body: Any) -> list[str]:
    """One line per block element of trafilatura's output tree (table cells included)."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        # trafilatura trims whitespace inside blocks, except in its fallback (whole-page text as one
        # block, with the page's line breaks): keep those breaks so the line cleaner sees lines
        for part in "".join(buf).split("\n"):
            s = _clean(part)
            if s:
                out.append(s)
        buf.clear()

    def walk(el: Any) -> None:
        block = el.tag in _BLOCKS
        if block:
            flush()
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()

    walk(body)
    flush()
    return out


def _first(values: list[Any]) -> str | None:
    for v in values:
        s = _clean(str(v))
        if s:
            return s
    return None


#: what the metadata reads, by key: the XPath for a tree (the trafilatura path); the fast engine's walk
#: collects the same values in document order (``FastResult.head``) instead of one tree scan per key
_XPATHS = {
    "ld": '//script[@type="application/ld+json"]/text()',
    "canonical": '//link[@rel="canonical"]/@href',
    "og:url": '//meta[@property="og:url"]/@content',
    "article:section": '//meta[@property="article:section"]/@content',
    "og:title": '//meta[@property="og:title"]/@content',
    "title": "//title//text()",
}


def _lookup(tree: Any, head: dict[str, list[str]] | None) -> Any:
    if head is not None:
        return lambda key: head.get(key, [])
    return lambda key: tree.xpath(_XPATHS[key])


_json_ld = json_ld_objects


_FIND: Any = object()
#: a breadcrumb text of punctuation and symbols only (a separator: ``›``, ``/``, ``»``), compiled once: the module's
#: ``regex.fullmatch`` looked the pattern up in regex's cache on every call (the 1,497 wcxb pages, the metadata
#: alone, old and new alternated, best of 5: 0.061-0.071 -> 0.046-0.047 ms per page, 3 rounds)
_MARKS_ONLY = regex.compile(r"[\p{P}\p{S}]+")


def _breadcrumb(tree: Any, ld: list[dict[str, Any]], crumb_el: Any = _FIND) -> list[str]:
    for obj in ld:
        if obj.get("@type") == "BreadcrumbList" and isinstance(obj.get("itemListElement"), list):
            names: list[str] = []
            for it in obj["itemListElement"]:
                if not isinstance(it, dict):
                    continue
                name = it.get("name")
                if name is None and isinstance(it.get("item"), dict):
                    name = it["item"].get("name")
                if isinstance(name, str) and _clean(name):
                    names.append(_clean(name))
            if names:
                return names
    if crumb_el is _FIND:
        found = tree.xpath('//*[contains(translate(@class, "BREADCUMB", "breadcumb"), "breadcrumb") '
                           'or contains(translate(@id, "BREADCUMB", "breadcumb"), "breadcrumb")]')[:1]
    else:  # the fast engine's walk noted the first such element already
        found = [crumb_el] if crumb_el is not None else []
    for el in found:
        crumbs = [_clean(t) for t in el.xpath(".//a//text() | .//li//text() | .//span//text()")]
        crumbs = [c for c in crumbs if c and not _MARKS_ONLY.fullmatch(c)]
        if crumbs:
            return list(dict.fromkeys(crumbs))  # the same crumb as link text and span text: once
    return []


def _metadata(tree: Any, url: str | None, crumb_el: Any = _FIND,
              head: dict[str, list[str]] | None = None) -> dict[str, Any]:
    look = _lookup(tree, head)
    ld = _json_ld(look("ld"))
    canonical = _first(look("canonical")) or _first(look("og:url"))
    if canonical and url:
        canonical = urljoin(url, canonical)
    section = _first(look("article:section"))
    if section is None:
        section = _first([o["articleSection"] for o in ld if isinstance(o.get("articleSection"), str)])
    crumbs = _breadcrumb(tree, ld, crumb_el)
    if section is None and crumbs:
        section = crumbs[-1] if len(crumbs) > 1 else crumbs[0]
    og_title = _first(look("og:title"))
    title_tag = _first(look("title"))
    return {"canonical_url": canonical, "section": section, "breadcrumb": crumbs, "title": og_title or title_tag,
            "ld": ld, "title_tag": title_tag, "og_title": og_title}


def _date(html: str) -> str | None:
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=False)
    except (ValueError, TypeError):
        return None
    return found if isinstance(found, str) else None


#: separators between a page title and the site name ("Headline - Site", "Site | Headline")
_TITLE_SEP = regex.compile(r"\s+[|\-–—:·»]\s+")
_ISO_DATE = regex.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_DATE_META = ('//meta[@property="article:published_time" or @property="og:published_time" '
              'or @property="article:published" or @itemprop="datePublished" or @name="pubdate" '
              'or @name="publishdate" or @name="publish-date" or @name="date" or @name="DC.date.issued" '
              'or @name="dcterms.date" or @name="parsely-pub-date" or @name="article.published"]/@content')


def _best_title(og: str | None, tag: str | None, h1: str | None) -> str | None:
    """The page's headline: ``og:title`` when ``<title>`` contains it too; else the ``<h1>`` when a declared
    title contains it (the declared title then only adds the site's name); else ``og:title``; else
    ``<title>`` without the site name (its longest part)."""
    if og and tag and og in tag:  # both declarations agree: the site's own headline (not a translated <h1>)
        return og
    if h1 and any(t and h1 in t for t in (og, tag)):
        return h1
    if og:
        return og
    if tag:
        return _title_main(tag)
    return h1


def _title_main(tag: str) -> str:
    """``<title>`` without the site's name: its longest part between separators (the whole title when none)."""
    parts = [p.strip() for p in _TITLE_SEP.split(tag) if p.strip()]
    return max(parts, key=len) if parts else tag


def _text(el: Any) -> str:
    """An element's text, whitespace collapsed."""
    return " ".join("".join(el.itertext()).split())


def _page_date(tree: Any, ld: list[dict[str, Any]], head: dict[str, list[str]] | None = None) -> str | None:
    """The publication date the page declares (meta tags, JSON-LD, the first ``<time datetime>``), as
    YYYY-MM-DD; ``None`` when it declares none."""
    values: list[Any] = list(head.get("date", [])) if head is not None else list(tree.xpath(_DATE_META))
    values += [o.get("datePublished") for o in ld] + [o.get("dateCreated") for o in ld]
    values += head.get("time", []) if head is not None else tree.xpath("(//time[@datetime])[1]/@datetime")
    for v in values:
        if isinstance(v, str):
            m = _ISO_DATE.search(v)
            if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
                found: str = m.group(0)
                return found
    return None


def visible_lines(html: str) -> list[str]:
    """Every visible text line of ``html`` (scripts, styles and hidden elements left out)."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    text = extract_plain_text(HTMLTree.parse(html), main_content=False, preserve_formatting=True,
                              list_bullets=False, alt_texts=False, links=False)
    return [s for s in (_clean(ln) for ln in text.split("\n")) if s]


def _trafilatura(tree: Any, url: str | None) -> tuple[list[str], dict[str, Any]]:
    from trafilatura import bare_extraction

    res = bare_extraction(tree, url=url, with_metadata=True, include_tables=True, include_comments=False,
                          include_images=False, deduplicate=False)
    if res is None or isinstance(res, dict):  # a dict only with as_dict=True, which is not asked for
        return [], {}
    meta = {"title": res.title, "date": res.date}
    if res.categories:
        meta["section"] = _clean(res.categories[0])
    return (_body_lines(res.body) if res.body is not None else []), meta


def _resiliparse(html: str) -> list[str]:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    text = extract_plain_text(HTMLTree.parse(html), main_content=True, preserve_formatting=True,
                              list_bullets=False, alt_texts=False, links=False)
    return [s for s in (_clean(ln) for ln in text.split("\n")) if s]


def extract_html(
    data: str | bytes,
    *,
    url: str | None = None,
    engine: Engine = DEFAULT_ENGINE,
    declared_charset: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
) -> Extraction:
    """Main text and metadata of one HTML page. Raises :class:`ExtractError` (with a reason)."""
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", errors="replace"))
    if max_bytes and size > max_bytes:
        raise ExtractError("extract.too_large", f"page is {size} bytes, the limit is {max_bytes}")
    charset = None
    exact = False
    if isinstance(data, bytes) and engine == "fast":
        # valid UTF-8 is only checked, not decoded: the fast engine parses the bytes as they came (then no text)
        text, charset, exact = decode_html_lazy(data, declared_charset)
        html = "" if text is None else text
    elif isinstance(data, bytes):
        html, charset, exact = decode_html_exact(data, declared_charset)
    else:
        html = data
    try:
        with time_limit(timeout):
            own: dict[str, Any] = {}
            if engine == "fast":
                # valid UTF-8 goes to the parser as it came (the decode checked it), not encoded again
                lines, meta, own = _fast(data if exact else html, url)
                return _result(lines, engine, charset, url, meta, own)
            from trafilatura.utils import load_html

            tree = load_html(html)
            if tree is None:
                raise ExtractError("extract.failed", "not parseable as HTML")
            meta = _metadata(tree, url)
            if engine == "trafilatura":
                lines, own = _trafilatura(copy.deepcopy(tree), url)
                lines = _with_headline(lines, _declared_h1(tree, meta), meta)
            elif engine == "resiliparse":
                lines = _resiliparse(html)
            elif engine == "visible":
                lines = visible_lines(html)
            else:
                raise ExtractError("extract.failed", f"unknown extraction engine {engine!r}")
    except ExtractTimeout as e:
        raise ExtractError("extract.timeout", str(e)) from None
    except ExtractError:
        raise
    except (ValueError, TypeError, AttributeError, RecursionError, MemoryError, UnicodeError, LookupError) as e:
        # lxml and the extractors signal malformed input with these; anything else is a bug and raises
        raise ExtractError("extract.failed", f"{e.__class__.__name__}: {e}") from None
    if own.get("date") is None and engine != "trafilatura":
        own["date"] = _date(html)
    return _result(lines, engine, charset, url, meta, own)


def _fast(html: str | bytes, url: str | None) -> tuple[list[str], dict[str, Any], dict[str, Any]]:
    """The ``fast`` engine: one parse; main text, metadata and date from the same tree. ``html`` as text, or
    as bytes that are valid UTF-8."""
    tree = parse(html)
    if tree is None:  # nothing parseable: a page without text, not an error
        return [], {}, {}
    res = fast_extract(tree)
    meta = _metadata(tree, url, res.breadcrumb_el, res.head)
    h1 = _og_h1(tree, res.h1, meta.get("og_title"), meta.get("title_tag"))
    own = {"title": _best_title(meta.get("og_title"), meta.get("title_tag"), h1),
           "date": _page_date(tree, meta.get("ld") or [], res.head)}
    lines = _with_headline(res.lines, h1, meta, tree, res.article)
    return _with_key_points(lines, tree, h1), meta, own


def _og_h1(tree: Any, first: str | None, og: str | None, tag: str | None = None) -> str | None:
    """The page's ``<h1>`` for its headline: the first one, unless another ``<h1>`` is the title the page declares
    (``og:title``, whitespace collapsed), or failing that restates it (:func:`_restates`). A site's name in its navbar's
    ``<h1>`` comes first on every page of some themes (a newsletter platform's publication name above the post's
    ``<h1>``): the headline was lost on all 6 pages of a blind-written family at its arrival (f59, ``bench_pages.py``,
    session 33). The other ``<h1>`` elements are read only on a page whose first one is neither.

    When no ``<h1>`` is the declared title (or the page has none), the first ``<h2>`` or ``<h3>`` whose text is
    ``og:title`` itself is the headline: Blogger's themes put the blog's name in the ``<h1>`` and the post's title in an
    ``<h3 class="post-title entry-title">`` (4 of 6 headlines lost on a blind-written Blogger family at its arrival,
    f77, session 36). Only the exact declared title: a box's heading is never the page's ``og:title``."""
    if not og:
        return first
    want = " ".join(og.split())
    if first is not None:
        head = " ".join(first.split())
        if head == want or _restates(head, og, tag):
            return first
        heads = [_text(h) for h in tree.iter("h1")]
        found = next((h for h in heads if h == want), None) or next((h for h in heads if _restates(h, og, tag)), None)
        if found is not None:
            return found
    return next((t for t in (_text(h) for h in tree.iter("h2", "h3")) if t == want), first)


#: an ``<h1>`` of fewer words is not put above the text (a site's name, a category's "Men's Shoes") unless the page
#: declares itself a story (``story``: og:type article, an article in its JSON-LD) and ``og:title`` is that ``<h1>``
#: word for word: a poem's title ("खिड़की", "पिता की साइकिल"), which took its deck with it (a poetry magazine's pages,
#: blind-written: f92, session 39)
HEADLINE_MIN_WORDS = 4


def _with_headline(lines: list[str], h1: str | None, meta: dict[str, Any], tree: Any = None,
                   story: bool = False) -> list[str]:
    """``lines`` with the page's headline first when the main element left it out: the ``<h1>`` :func:`_og_h1` chose,
    when the page declares it as its title (``og:title`` equal to it, ``<title>`` holding it, or either restated by it:
    :func:`_restates`; not a logo's ``<h1>``) and it has at least :data:`HEADLINE_MIN_WORDS` words (fewer on a story
    page, ``story``: see there); with the deck under it (:func:`_deck`) when ``tree`` is given. A theme that puts the
    headline in a header box beside the story's content element (WordPress's Jannah: breadcrumbs, category, ``<h1>``,
    byline in ``entry-header``, the story in ``entry-content``) loses it otherwise: 4 of 6 pages of one blind-written
    site family (bench_pages.py, session 25)."""
    if not h1 or not lines:
        return lines
    head = " ".join(h1.split())
    og, tag = meta.get("og_title"), meta.get("title_tag")
    short = len(head.split()) < HEADLINE_MIN_WORDS
    if short and not (story and og and " ".join(og.split()) == head):
        return lines
    if not ((og and " ".join(og.split()) == head) or (tag and head in " ".join(tag.split()))
            or _restates(head, og, tag)):
        return lines
    flat = [" ".join(ln.split()) for ln in lines]
    # (a short headline only as a line of its own: a poem's title is quoted in its note, "'पिता की साइकिल' भी …")
    at = next((k for k, ln in enumerate(flat) if (ln == head if short else head in ln)), None)
    if at is not None:  # (or inside a longer block: a headline-and-deck line)
        # the headline kept as a line of its own (the ``<h1>`` beside the story's element kept with it): its deck,
        # between the two, was left out (11 blind-written families, 45 of the 54 paragraphs the extractor lost on
        # TUNE pages, session 35)
        if tree is None or flat[at] != head:
            return lines
        deck = _deck(tree, head)
        if deck is None or any(_overlaps(deck, ln) for ln in flat):
            return lines
        return [*lines[: at + 1], deck, *lines[at + 1 :]]
    deck = _deck(tree, head) if tree is not None else None
    if deck is not None and not any(deck in ln for ln in flat):
        return [head, deck, *lines]
    return [head, *lines]


#: an ``<h1>`` restates the declared title when it holds at least this share of the title's words
RESTATED_SHARE = 0.8
_WORDS = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def _restates(head: str, og: str | None, tag: str | None) -> bool:
    """The ``<h1>`` restates a title the page declares in other words: it holds at least :data:`RESTATED_SHARE` of the
    words of ``og:title``, or of the longest part of ``<title>`` (the site's name split off), and the title has at least
    :data:`HEADLINE_MIN_WORDS` words. A news site's SEO title is often a shorter or reworded headline ("कॉल सेंटर की आड़
    में ठगी, … 9 गिरफ्तार" over "कॉल सेंटर की आड़ में चल रहा था ठगी का खेल, … सरगना समेत 9 गिरफ्तार"), and a ``<title>``
    cut short keeps the headline's first words: the headline was lost on 9 TUNE pages of three blind-written families
    (f34, f42, f46; session 33). A logo's or a section's ``<h1>`` holds few of the story title's words."""
    have = set(_WORDS.findall(head.casefold()))
    for t in (og, _title_main(tag) if tag else None):
        words = _WORDS.findall(t.casefold()) if t else []
        if len(words) >= HEADLINE_MIN_WORDS and sum(w in have for w in words) >= RESTATED_SHARE * len(words):
            return True
    return False


#: a deck of fewer words is not put under the headline
DECK_MIN_WORDS = 6
#: ... nor one of more words (a page's whole intro section under its ``<h1>``, not a story's standfirst)
DECK_MAX_WORDS = 60
#: a deck holding two or more of these with text of their own is a section of the page, not one standfirst
_DECK_INNER = ("p", "div", "li", "h2", "h3", "h4", "h5", "h6", "td", "blockquote")


def _overlaps(deck: str, line: str) -> bool:
    """Whether a deck is already in the text: it is inside a kept line, or a kept line of at least
    :data:`DECK_MIN_WORDS` words is inside it (a tagline and a chart's controls under the ``<h1>`` whose tagline
    the story's element holds too: the copy made Gopher's duplicate 5-grams drop a WCXB page)."""
    return deck in line or (len(line.split()) >= DECK_MIN_WORDS and line in deck)


_DESCRIPTIONS = '//meta[@property="og:description"]/@content | //meta[@name="description"]/@content'
#: the words of a class or id that name a story's deck (standfirst) in news themes: ``article__deck``,
#: ``jeg_post_subtitle``, ``newspack-post-subtitle``, ``article-introtext lead``, ``article-module--deck--3DkhZ``
DECK_WORDS = frozenset({"deck", "dek", "subtitle", "subheadline", "standfirst", "strapline", "excerpt", "summary",
                        "intro", "introtext", "lead", "lede", "synopsis"})
_NAME_WORDS = regex.compile(r"[a-z]+")
_CASE_CHANGE = regex.compile(r"([a-z])([A-Z])")


def _name_words(el: Any) -> Iterator[list[str]]:
    """The words of each token of ``el``'s class and id, lower-cased: split at ``-``, ``_``, digits and case changes
    (``jeg_post_subtitle`` -> jeg, post, subtitle; ``articleDeck`` -> article, deck)."""
    for name in (el.get("class"), el.get("id")):
        if name:
            for token in name.split():
                yield _NAME_WORDS.findall(_CASE_CHANGE.sub(r"\1 \2", token).lower())


def _names_deck(el: Any) -> bool:
    """Whether ``el``'s class or id names a deck: a word of :data:`DECK_WORDS` in one of its tokens
    (:func:`_name_words`), or a token that is one without its separators (``sub-headline``)."""
    return any(not DECK_WORDS.isdisjoint(words) or "".join(words) in DECK_WORDS for words in _name_words(el))


def _h1_of(tree: Any, head: str) -> Any:
    """The first ``<h1>`` whose text (whitespace collapsed) is ``head``, or None."""
    return next((h for h in tree.iter("h1") if _text(h) == head), None)


#: at most this many wrappers around the headline's <h1> are climbed to find the element after it
_WRAPPERS_MAX = 4


def _next_element(el: Any) -> Any:
    """The element after ``el`` among its siblings (comments and processing instructions skipped), or None."""
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):  # (a comment or processing instruction)
        nxt = nxt.getnext()
    return nxt


def _wrapped(el: Any, text: str) -> list[Any]:
    """``el`` and the chain of its only element children that hold all its text (a field's wrappers around an
    ``<h2 class="article-deck">``), at most :data:`_WRAPPERS_MAX` deep."""
    out = [el]
    while len(out) <= _WRAPPERS_MAX:
        kids = [c for c in out[-1] if isinstance(c.tag, str)]
        if len(kids) != 1 or _text(kids[0]) != text:
            break
        out.append(kids[0])
    return out


def _deck(tree: Any, head: str) -> str | None:
    """The story's deck (standfirst) beside the headline :func:`_with_headline` puts above the text or finds kept as
    a line of its own: the element right after the ``<h1>`` of that headline, of at least :data:`DECK_MIN_WORDS`
    words and not a link, when it is an ``<h2>``, or its class or id names a deck (:func:`_names_deck`), or its text is
    the description the page declares (``og:description`` or the ``description`` meta, whitespace collapsed); at most
    :data:`DECK_MAX_WORDS` words and not several blocks (:data:`_DECK_INNER`): a page's intro section is not a deck.

    A post header holding headline, deck and byline beside the story's element lost both (a newsletter platform's
    ``post-header``: all 6 pages of a blind-written family, f59, session 33). Decks the page does not declare as its
    description, in a theme's deck class or an ``<h2>`` under the headline, were the paragraph the extractor lost most
    (45 of 54 on the blind-written TUNE pages, 11 families, session 35)."""
    h = _h1_of(tree, head)
    if h is None:
        return None
    nxt = _next_element(h)
    # (session 36) the <h1> alone in its wrappers (Drupal's Layout Builder block, Elementor's widget): the deck is
    # the element after the nearest wrapper that holds nothing else and has one (a blind-written Drupal and an
    # Elementor family lost it on every page, f81, f83)
    el, up = h, 0
    while nxt is None and up < _WRAPPERS_MAX:
        el = el.getparent()
        if el is None or _text(el) != head:
            break
        nxt, up = _next_element(el), up + 1
    if nxt is None:
        return None
    text = _text(nxt)
    if not DECK_MIN_WORDS <= len(text.split()) <= DECK_MAX_WORDS:
        return None
    if sum(1 for d in nxt.iterdescendants(*_DECK_INNER) if (d.text or "").strip()) >= 2:
        return None
    linked = sum(len(_text(a)) for a in nxt.iter("a"))
    if 2 * linked >= len(text):  # another story's headline or a link box, not a deck
        return None
    if any(e.tag == "h2" or _names_deck(e) for e in _wrapped(nxt, text)):
        return text
    said = {" ".join(str(d).split()) for d in tree.xpath(_DESCRIPTIONS)}
    return text if text in said else None


#: the class or id of a story's key-points box names it so (words of a token: :func:`_name_words`; a token that is one
#: of these without its separators too: ``keypoints``, ``key-takeaways``)
KEY_POINTS_NAMES = frozenset({"keypoints", "keypoint", "highlights", "keyhighlights", "takeaways", "keytakeaways",
                              "tldr", "keyfacts", "summary"})
#: ... or "key" with one of these in one token (``key-points``, ``key_takeaways``)
_KEY_WHAT = frozenset({"points", "point", "facts", "takeaways", "highlights"})
#: ... unless the same name says it is a box of other stories: "b-top-stories-summary" (a news portal's top stories,
#: each headline with its summary, right under the headline: 11 teaser lines on a blind-written Arc XP page, f19/02)
_OTHER_STORIES = frozenset({"top", "stories", "latest", "trending", "related", "more", "popular", "recommended",
                            "other", "news", "feed"})
#: a cheap first test of an element's class and id (one search of both; :func:`_names_key_points` decides)
_KEY_POINTS_HINT = regex.compile(r"highlight|takeaway|summar|key[-_]?(?:point|fact)|tldr", regex.IGNORECASE)
#: a key-points box holds a list of this many items ...
KEY_POINTS_ITEMS = (2, 12)
#: ... each of at least KEY_POINTS_ITEM_MIN_WORDS and at most this many words (a point is a phrase or a sentence: a
#: carousel's "Item 1", "Item 2" under a "highlights" class is none, WCXB TUNE apple.com), under a label of at most
#: KEY_POINTS_LABEL_WORDS words or none
KEY_POINTS_ITEM_WORDS = 40
KEY_POINTS_ITEM_MIN_WORDS = 3
KEY_POINTS_LABEL_WORDS = 8
#: a box inside one of these is the page's, not the story's
_NOT_STORY = frozenset({"nav", "aside", "footer"})


def _names_key_points(el: Any) -> bool:
    """Whether a token of ``el``'s class or id (:func:`_name_words`) names a key-points box (:data:`KEY_POINTS_NAMES`)
    and not a box of other stories (:data:`_OTHER_STORIES`)."""
    return any(_OTHER_STORIES.isdisjoint(words)
               and ("".join(words) in KEY_POINTS_NAMES or not KEY_POINTS_NAMES.isdisjoint(words)
                    or ("key" in words and not _KEY_WHAT.isdisjoint(words)))
               for words in _name_words(el))


#: the key-points box is looked for among this many elements after the headline's ``<h1>``: it stands near the
#: headline, above the story (28-53 elements after it on the blind-written pages whose box the extractor had left out;
#: XPath's following axis with a name test on every element cost ~0.8-3 ms per WCXB page)
KEY_POINTS_REACH = 120


def _following(el: Any, most: int) -> Iterator[Any]:
    """The elements after ``el`` in document order (not its descendants), at most ``most`` of them."""
    n = 0
    node = el
    while node is not None:
        for sib in node.itersiblings():
            for d in sib.iter():
                if not isinstance(d.tag, str):  # (a comment or processing instruction)
                    continue
                yield d
                n += 1
                if n >= most:
                    return
        node = node.getparent()


def _with_key_points(lines: list[str], tree: Any, h1: str | None) -> list[str]:
    """``lines`` with the story's key points under its headline (and deck) when the main element left them out
    (session 38): the first element among the :data:`KEY_POINTS_REACH` after the headline's ``<h1>`` whose class or id
    names key points, highlights, takeaways or a summary (:func:`_names_key_points`), outside a ``<nav>``, ``<aside>``
    or ``<footer>``, holding a list of :data:`KEY_POINTS_ITEMS` items of :data:`KEY_POINTS_ITEM_MIN_WORDS` to
    :data:`KEY_POINTS_ITEM_WORDS` words, not links, none of them a line of ``lines`` yet; its label above the list (at
    most :data:`KEY_POINTS_LABEL_WORDS` words) with them. A live blog's key points stand beside its feed, which the
    extractor takes for the story: three blind-written families lost them (f81 Drupal, f86 Next.js, f54 Astro; 11 body
    lines). WCXB: it adds lines to no TUNE page and to one HELD-OUT page (counted)."""
    if not h1 or not lines:
        return lines
    head = " ".join(h1.split())
    h = _h1_of(tree, head)
    if h is None:
        return lines
    hint = _KEY_POINTS_HINT.search
    for box in _following(h, KEY_POINTS_REACH):
        if ((c := box.get("class")) is None or hint(c) is None) and ((i := box.get("id")) is None or hint(i) is None):
            continue
        if not _names_key_points(box) or any(a.tag in _NOT_STORY for a in box.iterancestors()):
            continue
        lst = next(box.iter("ul", "ol"), None)
        if lst is None:
            continue
        items = [t for li in lst.iter("li") if (t := _text(li))]
        if (not KEY_POINTS_ITEMS[0] <= len(items) <= KEY_POINTS_ITEMS[1]
                or any(not KEY_POINTS_ITEM_MIN_WORDS <= len(t.split()) <= KEY_POINTS_ITEM_WORDS for t in items)):
            return lines
        text = _text(box)
        flat = [" ".join(ln.split()) for ln in lines]  # (only for a box found: most pages have none)
        # (kept already when one of its items is a line of its own; a paragraph may repeat an item's words)
        if (head not in flat or 2 * sum(len(_text(a)) for a in box.iter("a")) >= len(text)
                or not set(items).isdisjoint(flat)):
            return lines
        whole = _text(lst)
        label = text[: text.find(whole)].strip() if whole in text else ""
        add = ([label] if 0 < len(label.split()) <= KEY_POINTS_LABEL_WORDS else []) + items
        at = flat.index(head) + 1
        deck = _deck(tree, head)
        if deck is not None and at < len(flat) and flat[at] == deck:
            at += 1
        return [*lines[:at], *add, *lines[at:]]
    return lines


def _declared_h1(tree: Any, meta: dict[str, Any]) -> str | None:
    """For the ``trafilatura`` engine, whose text holds no headline on most blind-written Indic pages
    (bench_pages.py: 66 of 144 TUNE, 40 of 48 HELD-OUT): the page's ``<h1>`` to put above the text
    (:func:`_with_headline`), when it is the one the page declares. The ``<h1>`` equal to ``og:title``; else the only
    ``<h1>`` of the page. With several and none equal to ``og:title``, none: a Gujarati portal's first ``<h1>`` is an
    English headline inside its breadcrumb box, which its ``<title>`` holds too (html-indic-news, divyabhaskar)."""
    heads = [_text(h) for h in tree.iter("h1")]  # (any lxml element, not only html's)
    heads = [h for h in heads if h]
    og = " ".join((meta.get("og_title") or "").split())
    for h in heads:
        if og and h == og:
            return h
    return heads[0] if len(heads) == 1 else None


def _result(lines: list[str], engine: str, charset: str | None, url: str | None, meta: dict[str, Any],
            own: dict[str, Any]) -> Extraction:
    return Extraction(
        text="\n".join(lines),
        engine=engine,
        charset=charset,
        title=own.get("title") or meta.get("title"),  # trafilatura strips the " - Site name" suffix
        date=own.get("date"),
        section=meta.get("section") or own.get("section"),  # what the page declares, then trafilatura's
        breadcrumb=meta.get("breadcrumb") or [],
        url=url,
        canonical_url=meta.get("canonical_url"),
    )
