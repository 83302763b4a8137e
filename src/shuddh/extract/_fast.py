"""The ``fast`` engine: one lxml parse, one walk, shuddh's own main-content selection.

The page is parsed once (lxml/libxml2: ~4 ms for a 350 KB page here, and the tree is walked by a C
iterator, ``etree.iterwalk``: ~2 ms for 1,500 elements — resiliparse's Lexbor parses faster but walking
its DOM from Python costs ~15 ms a page; the walk itself runs compiled when shuddh was built with a C compiler,
see :data:`_walk`). The walk cuts the visible text (not a ``display: none`` box's, nor
a screen-reader-only label's: see :data:`_SCREEN_READER`) into **blocks** — the inline text between two
block-level tags (paragraph, heading, list item, table cell, ``<br>``) — and notes for each its link text,
the tag it sits in, and whether an ancestor is **chrome by its markup** (``<nav>``, ``<footer>``,
``<aside>``, a ``role`` such as ``navigation``, a class or id word such as ``sidebar``, ``share``,
``related``, ``comment``, ``breadcrumb``, ``cookie``; see :data:`_CHROME_WORDS`; a block that schema.org
microdata calls the ``author``, a forum post's user card: see :data:`AUTHOR_PROP`).

Main content is the element whose subtree maximises ``good − ALPHA·bad`` (computed bottom-up in the same
walk, see :func:`_select`):

* *good*: the non-link characters of blocks that read as content — not under chrome markup, link density
  below :data:`MAX_LINK_DENSITY`; weighted up when the block holds a sentence end (``. ! ? । ॥ ۔ ؟``, the
  Indic danda included), down when it is a short fragment;
* *bad*: link characters, and every character under chrome markup.

A chrome mark around most of the page's biggest ``<article>`` or ``<main>`` names a wrapper, not chrome
(:data:`WRAPPER_SHARE`). When the marks leave little of the page, the choice is made again with the strong ones
only (:data:`MIN_KEPT_SHARE`), unless what that adds to the story the marks found is its comment thread
(:data:`COMMENTS_SHARE`).

Inside the chosen element, blocks under chrome markup (below the element), link lists, a teaser grid
after the story's last paragraph (cards of one class headed by a link to another page, see
:func:`_teasers`), forum signatures (:func:`_signatures`), image captions (:data:`_LISTED`) and what lies
around the story's own ``<article>``, ``<main>`` or content-named container (:func:`_around_story`) are left
out, but the short title links of a
listing's repeated items (rows or cards of one tag and class, see :func:`_items`) stay, and so do the link
cells of a data table (a "List of ..." page's rows, see :data:`DATA_ROWS`: their link text counts as text);
headings, paragraphs, list items and table cells become one line each, so shuddh's line cleaner sees the page
block by block. A page whose best element holds almost nothing (a gallery, a login wall) yields no text, which the
pipeline drops as ``clean.empty``.

Every constant below was set on the TUNE half of WCXB dev (domains of even hash, see
``benchmarks/bench_extract.py``); the HELD-OUT half was only measured.
"""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter, itemgetter
from typing import Any
from urllib.parse import urlsplit

import regex
from lxml import etree  # type: ignore[import-untyped]

from shuddh.urls import site_host

__all__ = ["FastResult", "fast_extract", "parse"]

#: elements whose content is never visible text. ``<noscript>``: what a browser without JavaScript shows ("You
#: need to enable JavaScript to run this app", a tracking pixel); one that holds paragraphs is still walked (a
#: forum's crawler view of its posts), like every skipped element (see the walk). WCXB TUNE 0.8619 -> 0.8631 (5
#: pages up, 0 down: JavaScript notices; 4 of them on 4 sites, one an empty-gold page that the notice alone made
#: 0); HELD-OUT 0.8646 -> 0.8647 (4 up, 0 down); Indic pages unchanged. trafilatura drops it too.
_SKIP = frozenset({"script", "style", "template", "svg", "math", "iframe", "canvas", "object",
                   "embed", "select", "option", "textarea", "button", "input", "title", "meta",
                   "link", "video", "audio", "map", "dialog", "noscript"})
#: elements that start and end a block (a line of output)
_BLOCK = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "pre",
                    "blockquote", "section", "article", "main", "header", "footer", "nav", "aside", "ul",
                    "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "caption", "figure",
                    "figcaption", "address", "form", "fieldset", "legend", "center", "details", "summary",
                    "body", "html", "hr", "br", "hgroup", "menu", "label"})
_HEAD_TAGS = frozenset({"meta", "link", "title", "script"})
_ROOTS = frozenset({"html", "body"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: the elements that say "this is the page's content" (:func:`_wrappers`)
_WRAPPED = frozenset({"article", "main"})
#: tags that are chrome wherever they are. ``<form>``: a login, sign-up, newsletter, search or contact form
#: (a page-wide ASP.NET ``<form>`` holds most of the page's text: see :data:`CHROME_MAX_SHARE`; a shop's
#: add-to-cart form is not a strong mark, see :func:`fast_extract`). With the strong words below: WCXB TUNE
#: 0.852 -> 0.856 (listings 0.688 -> 0.713, forums 0.730 -> 0.738, services 0.832 -> 0.837), held-out
#: 0.851 -> 0.855 (products 0.644 -> 0.658, services 0.822 -> 0.836, listings 0.645 -> 0.637); the two Hindi
#: news pages keep every body snippet and leave out 4-5 more chrome snippets
_CHROME_TAGS = frozenset({"nav", "footer", "aside", "menu", "form"})
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
    "copyright", "disclaimer", "outbrain", "taboola", "onetrust", "sharethis", "addthis", "reviews", "ratings",
    # the author box / bio below an article (trafilatura discards "author" too) and the reference list /
    # footnotes (WCXB TUNE 0.848 -> 0.850, articles 0.938 -> 0.941, listings 0.685 -> 0.687; held-out
    # 0.850 -> 0.851, articles 0.933 -> 0.936)
    "author", "bio", "authorbox", "references", "footnotes", "bibliography", "reflist",
})
#: a class token starting with one of these says what the element is *not* (``no-sidebar``, ``has-ads``)
_NEGATORS = frozenset({"no", "has", "with", "without", "is", "hide"})
#: class/id words that mark the main content (they protect a subtree from the chrome words)
_CONTENT_WORDS = frozenset({"article", "content", "entry", "post", "story", "body", "main", "text",
                            "articlebody", "postbody", "storybody", "maincontent"})
#: the words of a lower-cased class/id token (the runs of a-z: ``entry-content2`` -> entry, content); the
#: stdlib ``re`` for its speed (the same runs as splitting at ``[^a-z]+``; half the time of ``regex``'s split)
_WORDS = re.compile(r"[a-z]+").findall
#: the words of a camelCase or PascalCase class/id token, as written (``customerReviews`` -> customer, Reviews;
#: ``RecommendedProductsBlock_x`` -> Recommended, Products, Block, x; ``NAVBar`` -> NAV, Bar): CSS modules and
#: component libraries name a box after its component, one word glued to the next (see :func:`_token_names`)
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])").findall
#: class tokens (lower-cased) of the CSS frameworks' "visible to screen readers only" utility: the box is moved
#: off screen or clipped to one pixel, so a reader of the page never sees its words ("Sale price", "(opens in a
#: new tab)", "Previous", "18 products" after each filter of a shop's facet list). Bootstrap 3-4 and Tailwind
#: ``sr-only``, Bootstrap 5, Drupal 8+ and Shopify themes ``visually-hidden``, HTML5 Boilerplate
#: ``visuallyhidden``, WordPress ``screen-reader-text``, Drupal 7 ``element-invisible``, Foundation
#: ``show-for-sr``. Such an element is not walked, like a ``display: none`` one. WCXB TUNE 0.8631 -> 0.8644,
#: 48 pages up on 36 sites (a shop's facet list no longer outscores its product grid for its "(18 products)"
#: labels: headphones.com 0.23 -> 0.76; ikea, americantourister, thomann, ghostwares), 9 down on 8 (an apple.com
#: shop page -0.39: the marks then kept under MIN_KEPT_SHARE of the choice without them, which took the legal
#: footnotes of its ``<footer>``, see :data:`_STRONG_WORDS`; the rest -0.06 to -0.005, labels WCXB's gold
#: keeps); collections 0.716 -> 0.726, products 0.658 -> 0.663. Also matching these words inside a site's own
#: token (``u-text-sr-only``, ``av-screen-reader-only``, ``utilities_visuallyhidden__5vJWI``): TUNE +0.0002
#: only (three more knife-edge choices flipped, -0.1 to -0.6), not taken
_SCREEN_READER = frozenset({"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                            "element-invisible", "show-for-sr"})
#: the class of a block an author puts into a WordPress story (Gutenberg's list, table, heading, quote, paragraph and
#: image blocks): content, whatever extra class the author gave it as a style hook (``wp-block-list cg-ott-meta``: a
#: film list's platform and release date, left out as an entry's meta; blind-written pages, f22/05, 12 list items).
#: Not the blocks that are site widgets (``wp-block-latest-posts``, ``wp-block-social-links``, ``wp-block-search``)
_AUTHOR_BLOCKS = frozenset({"wp-block-list", "wp-block-table", "wp-block-heading", "wp-block-quote",
                            "wp-block-paragraph", "wp-block-image"})
_DOC_END = regex.compile(r"</(?:body|html)\s*>", regex.IGNORECASE)
#: the same end tags in UTF-8 bytes: ``\s`` spelled out as the UTF-8 of every character ``regex`` reads as one
#: (tab, LF, VT, FF, CR, space, U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F,
#: U+3000), the letters ASCII only (``regex``'s case folding maps no other character to them). A match starts at
#: ``<``, a character boundary, and takes whole characters, so in valid UTF-8 it is the UTF-8 of a match of
#: :data:`_DOC_END` in the decoded text.
_DOC_END_UTF8 = re.compile(rb"</(?:[bB][oO][dD][yY]|[hH][tT][mM][lL])"
                           rb"(?:[\t\n\x0b\x0c\r ]|\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]"
                           rb"|\xe2\x81\x9f|\xe3\x80\x80)*>")
#: sentence ends, Indic included (danda, double danda, Urdu full stop and question mark)
#: (searched in a block's text, whose only whitespace is single spaces: ``re`` and ``regex`` read ``\s`` alike
#: there, and ``re`` takes half the time)
_SENT_END = re.compile(r"[.!?।॥۔؟](?:[\s\"'”’)\]]|$)")

#: weight of bad (link, chrome) characters against good ones when choosing the main element
ALPHA = 1.0
#: a chrome mark (class, id, tag) on an element holding more than this share of the page's text is ignored
#: (0.6 -> 0.7: a big site footer, a mega-menu header, a search form holding 60-70 % of a thin page's text
#: stay chrome; WCXB TUNE 0.856 -> 0.858, 4 pages up, none down: collections 0.679 -> 0.696, listings
#: 0.713 -> 0.724, services 0.837 -> 0.840; held-out 0.855 -> 0.861, 7 up, 1 down: products 0.658 -> 0.722)
CHROME_MAX_SHARE = 0.7
#: when the main element chosen with the chrome marks keeps less than this share of the text chosen without
#: them, the marks are not trusted on this page (0.3 -> 0.2: WCXB TUNE 0.833 -> 0.834, products 0.635 ->
#: 0.649, services 0.847 -> 0.835; held-out 0.839 -> 0.842)
MIN_KEPT_SHARE = 0.2
#: a chrome mark (class, id, tag, role) on an element of whose text at least this share is the page's biggest
#: ``<article>`` or its biggest ``<main>`` is a wrapper's name, not chrome (:func:`_wrappers`): a newsletter
#: page's ``section.cc-newsletter`` around its ``article.newsletter-content``, a layout's
#: ``layout-content-aside`` around the post, a one-post forum thread's ``#comments`` and reply ``<form>`` around
#: the post's ``<article>``, a mega-menu's ``<nav>`` that an unclosed tag made the parent of the page's
#: ``<main>``. Not an ``<aside>``: an ``<article>`` in an ``<aside>`` is a card beside the page (Discourse's
#: link previews, ``aside.onebox > article.onebox-body``, the biggest article of a forum page: 2 forum pages
#: down by 0.01 when trusted). Not the marks around smaller articles: a comment's ``<article>`` in a comment
#: list, a related post's card. WCXB TUNE (after :data:`COMMENTS_SHARE`) 0.8652 -> 0.8670 (4 pages up on 4
#: sites, 1 down by 0.002; articles 0.9491 -> 0.9508, services 0.8400 -> 0.8465, forums 0.7500 -> 0.7534); the
#: same at 0.4 to 0.6, at 0.8 the forum thread not up, at 0.9 nor the service page. 50 marks on 28 TUNE pages are
#: left out, 14 of them on 11 pages not already ignored (:data:`CHROME_MAX_SHARE`). Tried and not taken: only
#: the ``<article>`` holding the page's ``<h1>`` (1 page up: the newsletter's ``<h1>`` is above its article);
#: every ``<article>`` and ``<main>``, not the biggest (the same pages); any element whose class names content
#: as the inner one (``sidebar-content``, ``modal-content``, ``comment-body``: TUNE 0.8652 -> 0.8539)
WRAPPER_SHARE = 0.5
#: the chrome words that name a comment thread (a token whose first or last word is one: ``comment-list``,
#: ``entry-comments``, ``disqus_thread``). Not strong (a forum's posts are "comments"), but when the marks
#: are not trusted (:data:`MIN_KEPT_SHARE`) ...
_TALK_WORDS = frozenset({"comment", "comments", "disqus"})
#: ... and the choice made with all the marks is a story (at least LISTING_ALWAYS characters, a sentence of
#: PROSE_MIN characters) holding at least this share of the text the other choice (strong marks only) holds
#: outside comment marks, that other choice is the story and its comment thread, and the story is kept: an
#: article's comments are no part of it. Not on a page that declares itself a forum thread or a Q&A page
#: (:data:`_DISCUSSION`): there the "comments" are the replies. WCXB TUNE 0.8631 -> 0.8652 (2 pages up on 2
#: sites, none down: a news story and a blog post under 40 and 30 kB of comments; articles 0.9452 -> 0.9491).
#: Of the 32 TUNE pages that choose again, 7 have comment marks in the other choice; their shares: the two
#: stories 0.79 and 0.71, a forum thread declaring ``QAPage`` 0.57, a forum post whose body the marks cut
#: 0.31, product pages 0.13 and 0.27
COMMENTS_SHARE = 0.6
#: inside the main element, the ``<article>`` holding at least this share of the text kept (not all of it) is the
#: story, and what the element holds outside it is left out (:func:`_around_story`): the byline bar, "about the
#: author", the related-posts list, the sign-up box and the reference list a theme puts beside the story's
#: ``<article>`` in one container; the same for the ``<main>`` (the page's main content, by HTML's definition).
#: Not when another ``<article>`` (``<main>``) holds kept text apart from it (a forum thread's posts, a listing's
#: cards), nor an ``<h1>`` outside it (a headline above the story's element). WCXB TUNE ``<article>`` (after the
#: captions, :data:`_LISTED`): 0.8732 -> 0.8741, 38 pages up on 37 sites (healthline 0.88 -> 1.00, ironhack
#: 0.85 -> 0.97, hubermanlab 0.83 -> 1.00, freightwaves, aaa, a B&H product page 0.74 -> 0.85), 2 down (a
#: TypeScript handbook page whose gold keeps the "contributors" footer beside its ``<article>`` 1.00 -> 0.92, and
#: -0.001); articles 0.9528 -> 0.9543; the same at 0.3 to 0.5, at 0.6 hubermanlab's story (59 % of the text) not
#: taken. Without the guard for other articles a forum thread's replies were dropped (tomshardware 0.99 ->
#: 0.83). ``<main>`` then: 0.8741 -> 0.8743, 10 up, 1 down (an adorama category page whose gold keeps the SEO
#: copy below its ``<main>``, 0.41 -> 0.13, while another adorama page gains 0.71 -> 0.85); not in the listing
#: choice (there 2 collection pages lost their copy). Only what follows the ``<article>``: TUNE -0.0003 (21
#: pages down: the byline and share bar above the story stay)
ARTICLE_SHARE = 0.5
#: ... and what follows the smallest element whose class or id names content (:data:`_CONTENT_WORDS`:
#: ``entry-content``, ``article-body``, ``post-content``) holding at least this share of the text kept (not all
#: of it) is left out too: an author box, a "was this helpful?" form, a newsletter box, "related topics", the
#: sources, after the story's own container. Only what follows it: the headline, byline and lead above the
#: body's container stay (with what precedes it too, TUNE articles 0.9584 at share 0.7 but 33 pages down: MDN's
#: introduction sits outside its content sections, 7 pages -0.01 to -0.05; a forum's question). WCXB TUNE
#: (after ARTICLE_SHARE) 0.8743 -> 0.8760, 69 pages up on 67 sites (marketingsherpa 0.90 -> 0.99, saraharberson
#: 0.89 -> 0.97, synergycustomfitness 0.92 -> 1.00, nationwide 0.91 -> 0.97, docs.aws 0.84 -> 0.98, a forum
#: 0.92 -> 0.98), 4 down (a course page whose gold keeps its activity list, -0.033; a forum -0.024; two article
#: pages -0.021, -0.005); articles 0.9547 -> 0.9573. At 0.7: +0.0016, 8 down (a Q&A page's answers, product
#: specifications); at 0.6: +0.0019, 12 down (forums -0.004 as a type); at 0.9: +0.0006. Not in the listing
#: choice
CONTENT_SHARE = 0.8
#: an infinite-scroll page: the ``<article>`` holding the page's ``<h1>`` and at least this share of the kept text,
#: and other ``<article>`` elements only below it (the next story's headline and opening, loaded in advance): what
#: follows the first is left out (a forum thread's posts and a listing's cards hold no ``<h1>``; the thread's
#: title above them is outside every post). Blind-written Malayalam portal pages (bench_pages.py f18, session 26):
#: the next story's preview, nearly as long as a short story, was kept
NEXT_STORY_SHARE = 0.3
#: a sibling of the main element whose score is above this share of the main element's is kept too
SIBLING_SHARE = 0.2
#: inside the main element, a link block this long (characters) is an item (a listing's entry, a
#: product tile), not a menu entry, and is kept
LINK_BLOCK_KEEP = 60
#: weight of the link text of such an item when choosing the main element
LINK_ITEM_WEIGHT = 0.3
#: a later exact copy of a block this long (characters) is a layout duplicate and left out (WCXB TUNE:
#: 0.825 -> 0.831; the pipeline's quality filters dropped 65 of 400 pages for duplicated characters with
#: the copies, trafilatura's output 37)
DUP_MIN_CHARS = 10
#: main text shorter than this (characters) is chosen again with link text counted as text (a listing: job
#: cards, product tiles, "List of ..." pages; 300 -> 1000 with link text really counted: WCXB TUNE 0.834 ->
#: 0.848, listings 0.562 -> 0.685, collections 0.552 -> 0.663; held-out 0.842 -> 0.850)
MIN_TEXT = 1000
#: ... and that choice is taken when it holds this many times the text of the first, and this many characters
LISTING_GAIN = 1.1
LISTING_MIN = 50
#: ... or when the first holds less than this
LISTING_ALWAYS = 300
#: (the listing choice is tried when the choice made with all the chrome marks holds less than MIN_TEXT, even
#: when the choice made without the weak ones (:data:`MIN_KEPT_SHARE`) was taken and holds more: a listing's
#: cards under weak marks leave little to the first choice, and the second one can then be a sidebar or a filter
#: form beside the cards; the listing choice competes with it by the same LISTING_GAIN. Before, it was tried
#: only when the second choice held little too. Alone: WCXB TUNE 0.8631 -> 0.8645, 3 pages up on 3 sites (a blog
#: index 0.20 -> 0.72, a shop's collection whose second choice was its filter form 0.23 -> 0.60, an events
#: listing 0.79 -> 0.97), none down; after ``<aside>`` strong (:data:`_STRONG_TAGS`), which fixes the other two,
#: the shop's page. Of the 30 TUNE pages that take the second choice, 2 have a listing choice of more than
#: LISTING_GAIN times its text; the listing choice keeps the chrome marks, so a forum whose posts are "comments"
#: keeps its second choice)
#: a block with more of its characters in links than this is a link list, not content
MAX_LINK_DENSITY = 0.5
#: a heading that is all one link is another story's headline (an unlabelled "also read" between two paragraphs,
#: styled as a sub-head: blind-written pages of three site families, session 25), left out like a short link block
#: whatever its length — when the chosen element holds at most this many such headings and three paragraphs (blocks
#: with a sentence end) for each; never in the listing choice. A listing's or a blog index's titles are one per
#: item: WCXB TUNE without the limits 0.8762 -> 0.8758 (arstechnica, wired, nytimes listings chosen as articles)
LINKED_HEADINGS_MAX = 3
#: teaser cards inside the main element (:func:`_teasers`): at least this many elements of one class
#: (``div.post-item``, ``article.ee-post``; elements without a class are a body's own lists and tables) ...
TEASER_MIN = 3
#: ... each of at most this many blocks and characters (a card: a headline, a date, an excerpt) ...
TEASER_BLOCKS = 8
TEASER_CHARS = 600
#: ... this share of them holding a link block of at least TEASER_HEAD characters to another page (a headline;
#: an accordion's ``href="#"`` toggle is none) ...
TEASER_LED = 0.66
TEASER_HEAD = 15
#: ... are a teaser grid ("related posts", "latest stories") when all of them stand after the element's last
#: prose block (a sentence of PROSE_MIN characters, few links, outside the cards) and all cards together hold
#: at most TEASER_SHARE of the element's text (more: the page is a listing of them). WCXB TUNE 0.858 ->
#: 0.860 (37 pages up, 6 down; articles 0.943 -> 0.945), held-out 0.861 -> 0.862 (45 up, 15 down; articles
#: 0.938 -> 0.942, services 0.836 -> 0.831, products 0.722 -> 0.718); the Indic pages unchanged
PROSE_MIN = 80
TEASER_SHARE = 0.5
#: a block-level element whose schema.org microdata ``itemprop`` is this is chrome: the author card of a forum
#: post (XenForo's ``<section class="message-user" itemprop="author">``: name, title, join date, message count,
#: reaction score, location), of a Q&A answer, an article's author box. Only block elements: a listing's
#: ``<span itemprop="author">`` (a book's author on a reading list) is an item's own text. WCXB TUNE 0.8598 ->
#: 0.8603 (16 pages up on 13 sites, none down; forums 0.739 -> 0.747), held-out 0.8622 -> 0.8631 (29 up on 27
#: sites, none down; forums 0.818 -> 0.826); no gold line lost. The class word ``signature`` (a post's
#: signature) with it: TUNE 7 more pages up, 2 down (a Q&A page's choice moved to one answer), not taken
AUTHOR_PROP = "author"
#: an image's caption (the text of a ``<figcaption>``: "Photo: Getty Images", "Credit: Reviewed / Tim Renzi", a
#: line under a photo) is left out of the main element's text, though it counts for the element when the main
#: element is chosen; but not the caption of a figure holding a code listing or a table (a block in one of these
#: tags: "Listing 9-3: Opening a file"), which names the data the text refers to. WCXB's gold leaves photo
#: captions out: on TUNE, of the figcaption words in the extracted text, 3,900 on article pages were not gold and
#: 250 were; 320 on documentation pages, all gold, all of code or table figures. WCXB TUNE 0.8721 -> 0.8732, 67
#: pages up on 63 sites (britannica 0.90 -> 0.95, houstoniamag 0.91 -> 0.96, dtphx 0.89 -> 0.94, today.com
#: 0.94 -> 0.98, a blackroll collection 0.90 -> 0.95), 13 down (a huel product page whose ingredient cards are
#: figures, -0.024; react.dev's diagram captions, -0.013; a GeeksforGeeks page; a Wirecutter review; each
#: <= 0.005 but these); articles 0.9510 -> 0.9528, collections 0.7337 -> 0.7358, documentation 0.9209 ->
#: 0.9206 (without the code/table exception 0.9201: the Rust book's listings). Also a class word ``caption``
#: (``wp-caption-text``, ``image-caption``): a shop's ``product-caption`` cards and apple.com's ``caption``
#: type style lost (a collection 0.72 -> 0.08), not taken
_LISTED = frozenset({"pre", "td", "th"})
#: a photo story: when the main element holds at least PHOTO_STORY_CAPTIONS caption blocks and they hold at least
#: PHOTO_STORY_SHARE of its characters, the captions are the story ("तस्वीरों में देखें": a gallery whose only text,
#: beyond an intro, is what each photo shows) and are kept
PHOTO_STORY_CAPTIONS = 4
PHOTO_STORY_SHARE = 0.35
#: a class with this word (``signature``, ``post-signature``, ``message-signature``) below the main element is
#: a forum post's signature (a user's footer line under every post; a Q&A answer's author card) and left out of
#: the text. Unlike a chrome mark it does not count against the element when the main element is chosen (as a
#: chrome word: TUNE 7 pages up, 2 down, a Q&A page's choice moved from the thread to one answer). WCXB TUNE
#: 0.8603 -> 0.8605 (8 pages up, 1 down: a Q&A page whose gold keeps the "answered <date>" lines; forums
#: 0.747 -> 0.750)
_SIGNATURE = regex.compile(r"(?:^|[^a-z])signature(?:$|[^a-z])")
#: repeated items (rs-trafilatura's "repeated items" idea, see :func:`_items`): inside the main element, at
#: least ITEM_MIN sibling elements of one tag and class (or all without a class: a table's rows) ...
ITEM_MIN = 4
#: ... of which this share are cards: at most ITEM_BLOCKS blocks and ITEM_CHARS characters, holding a link
#: block (an item's title) and a block with ITEM_TEXT characters outside links (a price, a date, an author,
#: a rating; a menu entry has none) ...
ITEM_SHARE = 0.75
ITEM_BLOCKS = 12
ITEM_CHARS = 400
ITEM_TEXT = 3
#: ... and together holding this share of the element's text (the element is a listing of them; a grid of
#: links with a line each inside a story is not), are one listing: their short link blocks, left out as link
#: lists otherwise, are kept when their text is not repeated in the group (an item's title; "Shop now",
#: "Read more", "Compare" under every card are not). They keep their place; the choice of the main element is
#: made without them. WCXB TUNE 0.8605 -> 0.8619 (12 pages up on 12 sites, 5 down; listings 0.724 -> 0.741,
#: collections 0.695 -> 0.699, articles 0.9452 either way), held-out 0.8636 -> 0.8646 (13 up, 1 down;
#: collections 0.695 -> 0.702); the Indic pages unchanged. Tried on TUNE and not taken: without the group
#: share (articles and services lose: a grid of links inside a story kept), without the size cap (forum posts'
#: user names and "#2" links kept), the titles' link text counted as text when the main element is chosen
#: (articles 0.9452 -> 0.9448, collections down)
ITEM_GROUP_SHARE = 0.4
#: the cells of a data table (a "List of ..." page's rows of names, a job board's numbered rows, a comparison
#: table): a table of at least DATA_ROWS rows with text (its own ``<tr>``, not a nested table's; an old table
#: layout's empty spacer rows do not count: an advert box of a few text rows among spacers is no data table, as
#: on a Hindi news page of the Indic check) of which at least DATA_TEXT_SHARE of the cells hold text of their
#: own (a year, a rank, a price: a table of links only is a link grid, a menu). The link text of its cells is
#: the table's data and counted as text (the walk gives those cells no link characters): it does not count
#: against the element holding the table when the main element is chosen, and the cells are kept (left out as
#: link lists otherwise). WCXB TUNE 0.8631 -> 0.8640 (8 pages up on 8 sites, 4 down; listings 0.741 -> 0.754: a
#: Wikipedia list 0.34 -> 0.88, a job board's rows 0.78 -> 0.92; documentation 0.9205 -> 0.9211; down: the same
#: board's "newest" page, whose gold leaves out each row's "1 point by ... | hide | discuss" line, 0.78 -> 0.70,
#: and three pages by <= 0.002). Rows >= 4: 3 more pages down by 0.002-0.010 (an abstract page's metadata
#: table, a podcast's track table); >= 2: 4 more by <= 0.021 (a forum's navigation-bar tables). No text cell
#: asked (rows >= 4): a link grid inside an article (a "Hire a ..." table) kept, 1 more down. Share 0.02-0.1 the
#: same pages; 0.2 loses the Wikipedia list (one text cell, the year, in seven)
DATA_ROWS = 8
DATA_TEXT_SHARE = 0.05
#: ... and a link text found in the table's cells this many times per row or more is a control ("Edit", "Vote",
#: "Details" in every row), not data: it stays a link. (Any repeated text a control: TUNE 4 pages down by up to
#: 0.044, a job board's rows repeat "9 days ago")
DATA_CONTROL = 0.5
_CELLS = frozenset({"td", "th"})


@dataclass(slots=True)
class _Block:
    text: str
    links: int  # characters inside <a> (none in a data table's cells: see DATA_ROWS)
    tag: str  # the block-level element it sits in
    chrome: tuple[int, ...]  # element indexes of its chrome-marked ancestors (outermost first)
    weight: float  # evidence of prose: 1.5 with a sentence end, 0.3 for a short fragment, else 1


@dataclass(slots=True)
class FastResult:
    lines: list[str]
    h1: str | None = None
    breadcrumb_el: Any = None
    #: what the page declares about itself, collected in the walk (keys: see ``_html._XPATHS``, and
    #: ``date`` for the date metas, ``time`` for the first ``<time datetime>``)
    head: dict[str, list[str]] = field(default_factory=dict)
    #: the page declares itself a story (:func:`_declares_article`)
    article: bool = False


#: what :func:`_teasers` and :func:`_items` read: each span's class, the headline-like link blocks (block -> its
#: ``<a>``) and each span's parent element index and tag
_Cards = tuple[list[str | None], dict[int, Any], list[tuple[int, str]]]
#: what :func:`_around_story` reads: the block ranges of the ``<article>``, the ``<main>`` and the content-named
#: elements
_Stories = tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]

_TEXT = attrgetter("text")
_LINKS = attrgetter("links")
_END = itemgetter(1)


def _inside(spans: list[tuple[int, int, int]], lo: int, hi: int) -> tuple[int, int]:
    """The index range of the spans that can lie in blocks ``lo`` to ``hi`` (``lo < end <= hi``): the walk
    appends a span when its element ends, and the blocks only grow, so the spans' ends never go down."""
    return bisect_right(spans, lo, key=_END), bisect_right(spans, hi, key=_END)


#: the meta properties/names (lower-cased) that carry the publication date (``_html._DATE_META``)
DATE_KEYS = frozenset({"article:published_time", "og:published_time", "article:published", "datepublished",
                       "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dcterms.date",
                       "parsely-pub-date", "article.published"})
#: the ``<meta property>`` values the metadata reads
_PROPS = frozenset({"og:url", "article:section", "og:title", "og:type"})


def _note_head(tag: str, el: Any, head: dict[str, list[str]]) -> None:
    """Collect what ``<meta>``, ``<link rel=canonical>``, ``<title>`` and JSON-LD say (skipped elements)."""
    get = el.get
    if tag == "meta":
        content = get("content")
        if content is None:
            return
        prop = get("property")
        if prop in _PROPS:
            head.setdefault(prop, []).append(content)
        key = prop or get("name") or get("itemprop")
        if key and key.lower() in DATE_KEYS:
            head.setdefault("date", []).append(content)
    elif tag == "link":
        if get("rel") == "canonical" and get("href") is not None:
            head.setdefault("canonical", []).append(get("href"))
    elif tag == "title":
        if el.text:
            head.setdefault("title", []).append(el.text)
    elif tag == "script" and get("type") == "application/ld+json" and el.text:
        head.setdefault("ld", []).append(el.text)


def parse(html: str | bytes) -> Any:
    """The lxml tree of ``html`` (comments and processing instructions dropped); ``None`` when empty.
    ``html`` is text, or bytes that are valid UTF-8 (the page as it came: not decoded and encoded again)."""
    # a plain etree parser: lxml.html's element classes cost a Python lookup per element (~15 % of the walk)
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False,
                              huge_tree=True, encoding="utf-8")
    # libxml2 drops what follows </body></html> (browsers put it into the body): drop those end tags
    if isinstance(html, bytes):
        data = _DOC_END_UTF8.sub(b"", html)
    else:
        data = _DOC_END.sub("", html).encode("utf-8", errors="replace")
    # (only ASCII whitespace or nothing: ``not data.strip()``, without copying the page when it ends in a newline)
    if not data or data.isspace():
        return None
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.ParserError:  # "Document is empty": only markup-free whitespace or nothing parseable
        return None
    return root


#: what the walk does with a tag, as bit flags (one dict lookup per element instead of several set tests)
_K_SKIP, _K_HEAD, _K_BLOCK, _K_CHROME, _K_ROOT, _K_A, _K_H1, _K_BR, _K_TIME, _K_WRAP, _K_TABLE, _K_FIGCAPTION = (
    1 << i for i in range(12))
_KIND: dict[str, int] = {}
for _flag, _tags in ((_K_SKIP, _SKIP), (_K_HEAD, _HEAD_TAGS), (_K_BLOCK, _BLOCK), (_K_CHROME, _CHROME_TAGS),
                     (_K_ROOT, _ROOTS), (_K_A, {"a"}), (_K_H1, {"h1"}), (_K_BR, {"br"}), (_K_TIME, {"time"}),
                     (_K_WRAP, _WRAPPED), (_K_TABLE, {"table", "tr"}), (_K_FIGCAPTION, {"figcaption"})):
    for _t in _tags:
        _KIND[_t] = _KIND.get(_t, 0) | _flag
#: the kinds the walk has more to do for when they open (a chrome tag, a <time>, a link: one test for the rest)
_K_MORE = _K_CHROME | _K_TIME | _K_A
#: what the walk learns of an open element beyond its tag, in the same flags as its kind: a chrome mark, a class
#: or id naming content (an open element's entry holds one int for its kind and these, not three fields; at its
#: end one test for the rare notes below instead of one each. Extraction of 100 wcxb pages, cachegrind, less a
#: 1-page run: 50.13 -> 50.02 M instructions per page, -0.2 %: the walk's cost is spread over every element)
_K_MARKED, _K_CONTENT = 1 << 12, 1 << 13
#: the spans the walk notes more of (an <h1>'s text, an <article>'s or <main>'s span, a content-named element's
#: range) ...
_K_NOTE = _K_H1 | _K_WRAP | _K_CONTENT
#: ... and the elements whose end changes the link count or the chrome marks
_K_UNDO = _K_A | _K_MARKED
#: what an element's class and id say, as bit flags: chrome (see :func:`_chrome_names`), breadcrumb
_N_CHROME, _N_CRUMB, _N_STRONG = 1, 2, 4
#: chrome words that never name a page's main content: their marks stay when the others are not trusted
#: (a product page whose reviews outweigh its description; a forum's posts are "comments", a course page's
#: layout a "sidebar", never these). The consent, sign-up, footer, sharing, advert and pager words joined
#: the list (a shoe shop's category text no longer drowned in its login dialog and footer when the other
#: marks are dropped): WCXB TUNE 0.852 -> 0.853, collections 0.671 -> 0.680, listings 0.688 -> 0.696.
#: A class token is strong when its first or last word is (``cookie-consent-banner``): TUNE the same,
#: held-out services 0.823 -> 0.836
_STRONG_WORDS = frozenset({
    "related", "recommended", "recommendations", "reviews", "ratings",
    "cookie", "cookies", "consent", "onetrust", "newsletter", "subscribe", "subscription", "signup", "login",
    "popup", "modal", "footer", "copyright", "disclaimer", "share", "sharing", "social", "sociallinks",
    "sharethis", "addthis", "outbrain", "taboola", "advert", "advertisement", "ads", "adsbygoogle",
    "sponsored", "breadcrumb", "breadcrumbs", "pagination", "pager",
})
#: Of the chrome tags, ``<nav>``, ``<aside>`` and ``<footer>`` are strong: HTML's "tangentially related" content
#: (a sidebar, a forum post's author pane beside the post, a pull-out box) and a page's footer are not its main
#: content, while a ``<form>`` can hold it (a forum thread inside its moderation form, a shop's grid inside its
#: filter form). ``<aside>`` strong (after DATA_ROWS): WCXB TUNE 0.8640 -> 0.8651, 5 pages up on 5 sites (forums
#: 0.750 -> 0.755: an Invision forum's author panes beside every post left out 0.58 -> 0.78, a Lemmy thread's
#: community box 0.78 -> 0.83; a blog index 0.20 -> 0.72 and an events listing 0.79 -> 0.97, whose choice without
#: the weak marks was a sidebar), 1 down (an article 0.26 -> 0.25, its comments kept either way). ``<footer>``
#: strong (after the screen-reader rule, :data:`_SCREEN_READER`): TUNE 4 pages up, none down, +0.0006 (an apple.com
#: shop page whose legal footnotes, two thirds of its text, were the choice without the marks: 0.34 -> 0.77).
#: Not taken: ``<form>`` strong (TUNE 0.8631 -> 0.8623: a forum and a search-results page lose their content to
#: the form, 0.58 -> 0.03 and 0.53 -> 0.05), ``role=complementary`` strong (no page changed)
_STRONG_TAGS = frozenset({"nav", "aside", "footer"})


def _names(cls: str | None, ident: str | None) -> int:
    """The :data:`_N_CHROME` / :data:`_N_CRUMB` / :data:`_N_STRONG` flags of a class and id: those of each
    string (:func:`_string_names`), none of the chrome flags when either holds a content token.

    Class names are read token by token, each split at ``-``/``_``: a token is chrome when its *last* word
    is a chrome word (``site-footer``, ``entry-meta``, ``no-sidebar`` is skipped: it starts with
    ``no``), content when its last word is a content word (``entry-content``), else chrome when its first
    word is (``footer-widgets``, ``comment-respond``). Page builders' generic words (``widget``,
    ``container``, ``column``) decide nothing. Only a first word negates (``ast-no-sidebar`` is chrome;
    a negator anywhere before the last word: WCXB TUNE 3 pages changed, 0.858 either way). (The walk reads an
    element's class and id through the same memo, inline; an element's role is checked apart.)"""
    names = (_string_names(cls) if cls else 0) | (_string_names(ident) if ident else 0)
    return names & _N_CRUMB if names & _N_CONTENT else names


#: class and id strings already judged (:func:`_string_names`; bounded). One memo per string, not per class/id
#: pair: an element's id is mostly its own, its class mostly not (300 WCXB pages: 200 pairs judged per page)
_MEMO: dict[str, int] = {}
_MEMO_MAX = 50_000
#: class/id tokens already judged (bounded like :data:`_MEMO`)
_TOKENS: dict[str, int] = {}
#: a class or id string with a token marking content (:func:`_string_names`; never in a pair's flags)
_N_CONTENT = 8
#: a chrome mark that names a comment thread (:data:`_TALK_WORDS`; see :func:`_comments_apart`)
_N_TALK = 16
#: a class string with a token of :data:`_SCREEN_READER`: the element is not walked
_N_HIDDEN = 32


def _string_names(s: str) -> int:
    """The flags of one class or id string (memoised in :data:`_MEMO`): :data:`_N_CRUMB` when it says
    ``breadcrumb``; :data:`_N_HIDDEN` when a token is a screen-reader-only class; :data:`_N_CONTENT` when a
    token marks content, else the chrome flags of its tokens (see :func:`_chrome_names`). A class and id pair's
    flags are the union of its two strings' flags, with the chrome flags dropped when one holds content
    (:func:`_names`): the pair's tokens are the two strings' tokens."""
    if len(_MEMO) > _MEMO_MAX:
        _MEMO.clear()
    low = s.lower()
    flags = _N_CRUMB if "breadcrumb" in low else 0
    tokens = _TOKENS
    content = False
    for token in s.split():
        verdict = tokens.get(token)
        if verdict is None:
            if len(tokens) > _MEMO_MAX:
                tokens.clear()
            verdict = tokens[token] = _token_names(token)
        if verdict < 0:
            content = True
        else:
            flags |= verdict
    if content:  # (a screen-reader-only token still hides the box, before or after it)
        flags = flags & (_N_CRUMB | _N_HIDDEN) | _N_CONTENT
    _MEMO[s] = flags
    return flags


def _chrome_names(cls_and_id: str) -> int:
    """0, or :data:`_N_CHROME` (with :data:`_N_STRONG` when a word of :data:`_STRONG_WORDS` says it).

    A token's verdict is memoised (:data:`_TOKENS`): the class/id pair of an element is mostly new on a new
    site, its tokens (``container``, ``row``, ``entry-content``) mostly not. The walk over 300 WCXB pages
    with the pair memo emptied before each page, old and new interleaved, best of 5, three runs: 5.37, 5.45,
    6.22 -> 5.22, 5.31, 5.43 ms per page; the same lines on all 1,497 pages. (Now read string by string, see
    :func:`_string_names`: this is one string's chrome flags.)"""
    flags = _string_names(cls_and_id)
    return 0 if flags & _N_CONTENT else flags & (_N_CHROME | _N_STRONG)


def _token_names(token: str) -> int:
    """One class/id token as written: -1 when it marks content, else 0 or the chrome flags; :data:`_N_HIDDEN`
    for a screen-reader-only utility class (:data:`_SCREEN_READER`).

    The token's words are its runs of letters, lower-cased (``site-footer``, ``entry_content``). A token with
    capitals is also read at its camelCase joints (:data:`_CAMEL`: ``customerReviews``, ``shareButtons``,
    ``RecommendedProductsBlock_x``, ``NewsletterSignup``), with the strong words only (:data:`_STRONG_WORDS`):
    a component named after reviews, sharing, a footer, a pop-up or recommendations is never the main
    content, while its weak words also name a page's own parts (``BannerCard`` holds a shop's headline,
    ``ProductListBanner`` a category's title). WCXB TUNE 0.8631 -> 0.8637, 18 pages up on 16 sites (amazon's
    ``customerReviews``/``reviewsMedley`` 0.23 -> 0.46, XenForo's ``shareButtons`` on three forums, mailchimp's
    ``actionablePlanRecommendations``, huel's ``FooterLinks_``), 1 down (-0.01); products 0.658 -> 0.662.
    Read with every chrome word: TUNE -0.0006 (two knife-edge choices lost to ``BannerCard`` /
    ``ComponentProductListBanner``); with the content words as well: -0.0004; neither taken."""
    low = token.lower()
    if low in _SCREEN_READER:
        return _N_HIDDEN
    if low in _AUTHOR_BLOCKS:
        return -1
    words = _WORDS(low)
    if not words or words[0] in _NEGATORS:
        return 0
    if words[0] not in _CHROME_WORDS:
        words[0] = _glued(words[0])
    if words[-1] not in _CHROME_WORDS:
        words[-1] = _glued(words[-1])
    last = words[-1]
    if last in _CONTENT_WORDS:
        return -1
    if last in _CHROME_WORDS or words[0] in _CHROME_WORDS:
        return _chrome_flags(words[0], last)
    if not token.islower():  # capitals: camelCase joints (an all-lower token has none)
        words = [w.lower() for w in _CAMEL(token)]
        if words and words[0] not in _NEGATORS and words[-1] not in _CONTENT_WORDS and (
                words[-1] in _STRONG_WORDS or words[0] in _STRONG_WORDS):
            return _N_CHROME | _N_STRONG
        if not words or words[0] not in _NAMESPACE:  # (weak words only after a namespace: see _inner_chrome)
            return 0
    return _inner_chrome(words)


#: the words a CMS puts before the name of an item's part (``itemAuthorBlock``, ``itemCommentsForm`` of Joomla's K2,
#: ``post-author-box``, ``entry-share-bar``, ``td-post-sharing``, ``jeg_authorbox``) — see :func:`_inner_chrome`
_NAMESPACE = frozenset({"item", "post", "entry", "article", "story", "single", "node", "td", "jeg", "tdb"})


def _inner_chrome(words: list[str]) -> int:
    """The chrome flags of a class token read without its namespace words before (:data:`_NAMESPACE`) and its layout
    words after (:data:`_GLUE_AFTER`): ``item-author-block`` is ``author``, ``post-share-bar`` is ``share``; 0 when
    the token does not start with a namespace word (stripping the layout words of any token, ``components--nav-link``,
    ``cli-ratings-container``, cost WCXB TUNE 0.0005: a middle word then decides too often), when a content word is
    left (``post-body-wrap``) or when the part is no chrome word.
    (Blind-written pages of a Joomla K2 site: the author block, comment form, navigation and related items inside the
    ``itemView`` container were taken as the story, bench_pages.py f24, session 26.)"""
    a, b = 0, len(words)
    while a < b - 1 and words[a] in _NAMESPACE:
        a += 1
    while b - 1 > a and words[b - 1] in _GLUE_AFTER:
        b -= 1
    if a == 0:  # (a token without a namespace word first is read by its first and last words alone)
        return 0
    inner = words[a:b]
    if any(w in _CONTENT_WORDS for w in inner) or not (inner[0] in _CHROME_WORDS or inner[-1] in _CHROME_WORDS):
        return 0
    return _chrome_flags(inner[0], inner[-1])


def _chrome_flags(first: str, last: str) -> int:
    """The flags of a class token whose first or last word is a chrome word: :data:`_N_CHROME`, with :data:`_N_STRONG`
    when either is a strong word (``cookie-consent-banner``, ``related-posts``) and :data:`_N_TALK` when either names
    a comment thread."""
    return (_N_CHROME | (_N_STRONG if first in _STRONG_WORDS or last in _STRONG_WORDS else 0)
            | (_N_TALK if first in _TALK_WORDS or last in _TALK_WORDS else 0))


#: the part a theme glues to a chrome word in one lower-case class word: ``authorbiobox``, ``relatedstories``,
#: ``sharebar``, ``commentbox``, ``newsletterbox``, ``cookiebox``, ``loginbtn``, ``relatedgrid``, ``menuitem``
#: (Indian news CMSes write class names so: blind-written pages of four site families, bench_pages.py, session 25)
_GLUE_AFTER = frozenset({"box", "boxes", "bar", "card", "cards", "grid", "sec", "section", "wrap", "wrapper", "area",
                         "block", "list", "widget", "widgets", "btn", "button", "buttons", "links", "link",
                         "container", "form", "panel", "holder", "items", "item", "row", "strip", "module", "unit",
                         "slot", "zone", "bio", "info", "stories", "story", "posts", "post", "news", "articles",
                         "icons", "title", "txt", "text", "head", "heading"})
#: ... and before one: ``mainfooter``, ``sitefooter``, ``storyshare``, ``inlinerelated``
_GLUE_BEFORE = frozenset({"main", "site", "page", "global", "top", "bottom", "inline", "post", "story", "article",
                          "ftr", "hdr"})
#: a chrome word glued to another part counts from this length (``nav``, ``ad``, ``ads``, ``bio`` glue into too
#: many ordinary words: ``navigator``, ``adobe``, ``biography``)
_GLUE_MIN = 4
#: chrome words that, glued to a layout part, name a page's own part as often as chrome: ``bannercard`` holds a
#: shop's headline (the same decision as for the camelCase joints, :func:`_token_names`). WCXB TUNE (the glue
#: alone): 0.8760 -> 0.8761, 16 pages up (alternativeto 0.58 -> 0.62, ridge.com 0.73 -> 0.77), 1 down (an apple.com
#: collection -0.008); without the exception 2 down; with meta, masthead, toolbar too 14 up; with side and promo
#: too 13 up
_GLUE_NOT = frozenset({"banner"})


#: the first and the last :data:`_GLUE_MIN` letters of the chrome words at least that long (:func:`_glued`)
_GLUE_EDGES = (frozenset(w[:_GLUE_MIN] for w in _CHROME_WORDS if len(w) >= _GLUE_MIN),
               frozenset(w[-_GLUE_MIN:] for w in _CHROME_WORDS if len(w) >= _GLUE_MIN))


def _glued(word: str) -> str:
    """The chrome word of :data:`_CHROME_WORDS` a class word glues to a layout part (:data:`_GLUE_AFTER`,
    :data:`_GLUE_BEFORE`) or to another chrome word (``authorbio``), else ``word`` itself. The token is then read
    as if the two were hyphenated (``author-bio-box``): its first and last words decide (:func:`_token_names`).

    A word that neither starts nor ends with the first or last :data:`_GLUE_MIN` letters of a chrome word that long
    is returned at once: the first loop needs a chrome word of at least that length as its head, the second one as
    its rest (:data:`_GLUE_EDGES`; most class words, hashes and utility names, leave here: the class and id tokens
    of 1,497 WCXB pages, ~0.3 of the extractor's time judging new tokens, ``test_fast_glue_edges.py``)."""
    n = len(word)
    if n <= _GLUE_MIN or (word[:_GLUE_MIN] not in _GLUE_EDGES[0] and word[-_GLUE_MIN:] not in _GLUE_EDGES[1]):
        return word
    for k in range(n - 2, _GLUE_MIN - 1, -1):  # the longest chrome word first (``sidebar`` before ``side``)
        head, rest = word[:k], word[k:]
        if head in _CHROME_WORDS and head not in _GLUE_NOT and (rest in _GLUE_AFTER or rest in _CHROME_WORDS
                                      or any(rest[:j] in _CHROME_WORDS and rest[j:] in _GLUE_AFTER
                                             for j in range(2, len(rest) - 1))):
            return head
    for k in range(2, n - _GLUE_MIN + 1):
        head, rest = word[:k], word[k:]
        if head in _GLUE_BEFORE and rest in _CHROME_WORDS:
            return rest
    return word


def _heading_button(el: Any) -> bool:
    """A ``<button>`` that is a heading's content, read as text, not skipped as a control: an accordion's question
    (Bootstrap's ``<h2 class="accordion-header"><button class="accordion-button">…``, a Drupal or WordPress FAQ
    block's ``<h2><button class="faq-item__toggle">…``), whose answer below it is the page's text. A blind-written
    Kannada explainer lost its seven questions (bench_pages.py, f17, session 26)."""
    parent = el.getparent()
    return parent is not None and parent.tag in _HEADINGS


def _hidden(style: str) -> bool:
    """An inline ``display: none``. (The ``hidden`` attribute is not trusted: Next.js streams the
    server-rendered page into a ``<div hidden>`` and moves it in with a script.)"""
    return "display:none" in style.replace(" ", "").lower()


def _clean(s: str) -> str:
    return " ".join(s.split())


#: what the walk returns (see :func:`_py_walk`)
_Walked = tuple[list[_Block], list[tuple[int, int, int]], dict[int, tuple[int, int, int]], set[int], set[int],
                str | None, Any, dict[str, list[str]], list[str | None], dict[int, Any], list[tuple[int, str]],
                set[int], list[int], list[tuple[int, int, int]], list[tuple[int, int]]]


def _py_walk(root: Any) -> _Walked:
    """The walk in Python (the extractor runs :data:`_walk`: this, or the same compiled, ``_cwalk.pyx``).

    One pass over the tree: the blocks in document order, every element's block range
    ``(first, end, depth)``, the chrome-marked elements (index -> first, end, depth), those of them whose mark
    is strong (:data:`_STRONG_WORDS`, :data:`_STRONG_TAGS`, ``role=navigation``), the ``<nav>`` elements, the
    first ``<h1>``, what the head declares (see :class:`FastResult`) and the first element whose class or id
    says ``breadcrumb``; after the cards' data (classes, headline links, parents), the chrome-marked elements
    whose mark names a comment thread (:data:`_TALK_WORDS`) and the spans of the ``<article>`` and ``<main>``
    elements (:func:`_wrappers`), the ``<figcaption>`` elements' block ranges and parents (those of a code or
    table figure left out, see :data:`_LISTED`) and the block ranges of the elements whose class or id names
    content (:func:`_around_story`). The cells of data tables (:data:`DATA_ROWS`) hold no link characters.

    This loop runs once per element (~1,300 on a WCXB page): a tag's role is one dict lookup
    (:data:`_KIND`), a class/id pair's verdict one memo lookup (:func:`_names`)."""
    blocks: list[_Block] = []
    buf: list[str] = []
    link_chars = 0
    depth = 0
    chrome: tuple[int, ...] = ()
    chrome_els: dict[int, tuple[int, int, int]] = {}
    strong: set[int] = set()  # the chrome-marked elements whose mark is a strong word
    navs: set[int] = set()  # the <nav> elements (a menu however much of the page it holds)
    talk: set[int] = set()  # the chrome-marked elements whose mark names a comment thread (_TALK_WORDS)
    wrapped: list[int] = []  # the spans of the <article> and <main> elements (_wrappers)
    contents: list[tuple[int, int]] = []  # the block ranges of elements whose class or id names content
    captions: list[tuple[int, int, int]] = []  # <figcaption>s: their block ranges and parents (_LISTED)
    caption_parents: set[int] = set()  # the element indexes of their parents
    block_tags: list[str] = ["body"]
    tables: list[int] = []  # the open <table> elements (element indexes)
    rows: Counter[int] = Counter()  # per table: its own rows that hold text
    cells: dict[int, int] = {}  # a block in a table cell -> its table
    in_link = 0
    link_el: Any = None  # the last <a> opened
    heads: dict[int, Any] = {}  # a block mostly of links, long enough for a headline -> its (last) <a>
    elem_index = 0
    spans: list[tuple[int, int, int]] = []
    span_kin: list[str | None] = []  # per span: its element's class (see _teasers)
    span_pos: list[tuple[int, str]] = []  # per span: its parent's element index and its tag (_items; class above)
    # per open element: (elem index, first block, kind flags with _K_MARKED and _K_CONTENT, class, tag); None for
    # a skipped element (its tail counts), False for a node that is no element (neither it nor its tail counts)
    opened: list[Any] = []
    h1: str | None = None
    crumb: Any = None
    head: dict[str, list[str]] = {}
    kinds = _KIND
    memo = _MEMO
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
    # an element whose end its start event handled already (a leaf, a skipped subtree: its end event comes next)
    done: Any = None
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if tag.__class__ is not str:  # (iterwalk's start and end events come for elements only)
                opened.append(False)
                continue
            kind = kinds.get(tag, 0)
            if tag == "button" and _heading_button(el):
                kind = 0  # (an accordion's question: see _heading_button)
            # the element's attribute names, once: an absent attribute is not looked up (one lxml call per
            # name otherwise, most of them for a style, role or itemprop the element does not have)
            keys = el.keys()
            # the class's flags (:func:`_string_names`, memoised): a screen-reader-only box is not walked, like
            # a skipped tag (whose class is not read) and a display:none box; the marks below read them too
            if kind & _K_SKIP:
                cnames = _N_HIDDEN
            elif keys and "class" in keys:
                cls = el.get("class")
                cnames = memo.get(cls, -1)
                if cnames < 0:
                    cnames = _string_names(cls)
            else:
                cls = None
                cnames = 0
            if cnames & _N_HIDDEN or (keys and "style" in keys and (style := el.get("style"))
                                      and "none" in style and _hidden(style)):
                if kind & _K_HEAD:
                    _note_head(tag, el, head)
                # libxml2 sometimes nests the rest of a page inside an element it could not close (a
                # <script>, a <button>, an <svg>): then walk the children, not the element's own text.
                # The same for a display:none box holding paragraphs: product pages hide their
                # description and specification tabs that way (WCXB TUNE products: F1 0.583 -> 0.605)
                # (a <p> or <div> below it: lxml's ``find(".//p")`` is this same search, in Python)
                if len(el) and next(el.iterdescendants("p", "div"), None) is not None:
                    opened.append(None)
                    continue
                walker.skip_subtree()
                done = el  # its end event comes next: its tail then, nothing else
                continue
            if kind & _K_BLOCK:
                if buf:
                    flush()
                block_tags.append(tag)
            elif not len(el):
                # an inline element without children (a link, a <span>, an <img>, ~40 % of the walked elements):
                # no block starts or ends inside it, so its chrome mark, role and span change nothing; its
                # text, link and breadcrumb mark and a <time>'s date are all it adds, and its end event (next)
                # only its tail. (Numbered like every element: the chrome marks' numbers stay the general path's.)
                elem_index += 1
                if keys and crumb is None and (
                        cnames & _N_CRUMB
                        or ("id" in keys and "breadcrumb" in el.get("id").lower())):  # (as _string_names reads it)
                    crumb = el
                if kind:
                    if kind & _K_TIME and "time" not in head and el.get("datetime"):
                        head["time"] = [el.get("datetime")]
                    if kind & _K_A:
                        link_el = el
                done = el
                text = el.text
                if text and (buf or not text.isspace()):
                    buf.append(text)
                    if in_link or kind & _K_A:
                        link_chars += len(text.strip())
                continue
            elem_index += 1
            depth += 1
            marked = False
            if keys:
                names = cnames
                if "id" in keys:
                    ident = el.get("id")
                    if ident:
                        names |= _string_names(ident) if (v := memo.get(ident)) is None else v
                if names:
                    if names & _N_CONTENT:
                        names &= _N_CRUMB
                        kind |= _K_CONTENT
                    if names & _N_CRUMB and crumb is None:
                        crumb = el
                    marked = bool(names & _N_CHROME) and not kind & _K_ROOT
                    if marked and names & _N_STRONG:
                        strong.add(elem_index)
                    if marked and names & _N_TALK:
                        talk.add(elem_index)
            else:
                cls = None
            if kind & _K_MORE:
                if kind & _K_CHROME:
                    marked = True
                    if tag in _STRONG_TAGS:
                        strong.add(elem_index)
                        if tag == "nav":
                            navs.add(elem_index)
                if kind & _K_TIME and "time" not in head and el.get("datetime"):
                    head["time"] = [el.get("datetime")]
                if kind & _K_A:
                    in_link += 1
                    link_el = el
            if not marked and keys and not kind & _K_ROOT:
                if "role" in keys:
                    role = el.get("role")
                    if role:
                        marked = role.lower() in chrome_roles
                        if marked and role.lower() == "navigation":
                            strong.add(elem_index)
                # a block that schema.org microdata calls the author is chrome (see AUTHOR_PROP)
                if not marked and kind & _K_BLOCK and "itemprop" in keys and el.get("itemprop") == AUTHOR_PROP:
                    marked = True
            if marked:
                chrome = (*chrome, elem_index)
                kind |= _K_MARKED
            opened.append((elem_index, len(blocks), kind, cls, tag))
            if kind & _K_TABLE and tag == "table":
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
            # (a leaf handled at its start, a skipped subtree: only the tail is left)
            if el is not done:
                op = opened.pop()
                if op:
                    idx, first, kind, cls, tag = op
                    if kind & _K_BLOCK:
                        if buf:
                            flush()
                        block_tags.pop()
                        if kind & _K_TABLE:
                            if tag == "table":
                                tables.pop()
                            elif tables and len(blocks) > first:  # (a row with text: not a spacer)
                                rows[tables[-1]] += 1
                    nb = len(blocks)
                    if nb > first:  # elements without text cannot be the main element
                        spans.append((first, nb, depth))
                        span_kin.append(cls)
                        par = opened[-1] if opened else None
                        span_pos.append((par[0] if par else -1, tag))
                        if kind & _K_NOTE:
                            if kind & _K_H1 and h1 is None:
                                h1 = blocks[first].text
                            if kind & _K_WRAP:
                                wrapped.append(len(spans) - 1)
                            if kind & _K_CONTENT:
                                contents.append((first, nb))
                        if kind & _K_FIGCAPTION:  # (an image's caption: see _LISTED)
                            captions.append((first, nb, par[0] if par else -1))
                            caption_parents.add(par[0] if par else -1)
                        elif captions and idx in caption_parents and any(
                                blocks[i].tag in _LISTED for i in range(first, nb)):
                            # the caption of a code listing or a table: it names the figure's data
                            captions = [c for c in captions if c[2] != idx]
                    if kind & _K_UNDO:
                        if kind & _K_A:
                            in_link -= 1
                        if kind & _K_MARKED:
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
    if cells:
        for i in _data_cells(blocks, cells, rows):
            blocks[i].links = 0
    return (blocks, spans, chrome_els, strong, navs, h1, crumb, head, span_kin, heads, span_pos, talk, wrapped,
            captions, contents)


def fast_extract(root: Any) -> FastResult:
    """The main-content lines of ``root`` (see the module docstring)."""
    (blocks, spans, chrome_els, strong, navs, h1, crumb, head, classes, heads, where, talk, wrapped,
     captions, contents) = _walk(root)
    caption_blocks = {i for f, e, _ in captions for i in range(f, e)}
    stories: _Stories = ([spans[k][:2] for k in wrapped if where[k][1] == "article"],
                         [spans[k][:2] for k in wrapped if where[k][1] == "main"], contents)
    cards: _Cards = (classes, heads, where)
    # the blocks' lengths and their running sums, for every choice below
    lengths = list(map(len, map(_TEXT, blocks)))
    sizes = (lengths, list(accumulate(lengths, initial=0)))
    if wrapped and chrome_els:
        _wrappers(sizes[1], spans, where, wrapped, chrome_els)
    # the choices are compared by what they hold before teaser cards are left out (a story whose cards are
    # left out is no shorter a choice)
    rows = _table_rows(blocks, spans, where)
    article = _declares_article(head)
    list_teasers = _list_teasers(blocks, lengths, heads, head, article)
    lines, kept = _select(blocks, spans, chrome_els, navs, cards, sizes=sizes, captions=caption_blocks,
                          stories=stories, rows=rows, list_teasers=list_teasers)
    first_kept = kept  # (the choice with every chrome mark: see LISTING_ALWAYS)
    # chrome words also name content: a forum's posts are "comments", a course page sits in a
    # "sidebar-first" layout. When the marks leave little, choose again by text and link density alone
    # (and the strong marks: reviews, related items)
    # (the other choice keeps at most the page's text: when the marks keep enough of that, no need to make it)
    if kept < MIN_KEPT_SHARE * sizes[1][-1]:
        held: list[int] = []
        plain, size = _select(blocks, spans, {i: v for i, v in chrome_els.items() if i in strong}, navs, cards,
                              sizes=sizes, held=held, captions=caption_blocks, stories=stories, rows=rows,
                              list_teasers=list_teasers)
        # (unless that choice is the story the marks found and its comment thread: see COMMENTS_SHARE)
        if kept < MIN_KEPT_SHARE * size and not (
                talk and kept >= LISTING_ALWAYS
                and _comments_apart(blocks, lines, kept, talk & chrome_els.keys(), held, size, root, head)):
            lines, kept = plain, size
    if first_kept < MIN_TEXT and not _one_product(head.get("ld", [])) and not _declares_news(head):
        # a listing: its items are links (job cards, product tiles); choose again with link text as text,
        # and take that when it holds clearly more (not a menu cell next to a short story, not a lone menu).
        # Tried when the choice with the marks held little, even when the choice without the weak marks holds
        # more: that one can be a sidebar or a filter form beside the items (see LISTING_ALWAYS).
        # Not on a page that declares one product (:func:`_one_product`): a short description is no listing,
        # and the tiles that choice would take are the "you may also like" grids around it
        listing, size = _select(blocks, spans, chrome_els, navs, cards, links_ok=True, sizes=sizes,
                                captions=caption_blocks, stories=stories, rows=rows)
        if size >= LISTING_MIN and (kept < LISTING_ALWAYS or size >= LISTING_GAIN * kept):
            lines = listing
    if lines and article:
        lines = _drop_author_bios(root, lines)
    return FastResult(lines=_drop_copies(lines), h1=h1, breadcrumb_el=crumb, head=head, article=article)


def _wrappers(cum: list[int], spans: list[tuple[int, int, int]], where: list[tuple[int, str]], wrapped: list[int],
              chrome_els: dict[int, tuple[int, int, int]]) -> None:
    """Leave out of ``chrome_els`` the marks of elements whose text is mostly the page's biggest ``<article>``
    or its biggest ``<main>`` (the spans ``wrapped``; see :data:`WRAPPER_SHARE`). ``cum``: the running sums of
    the blocks' lengths."""
    biggest: dict[str, tuple[int, int, int, int]] = {}
    for k in wrapped:
        f, e, d = spans[k]
        tag = where[k][1]
        n = cum[e] - cum[f]
        if n > biggest.get(tag, (0, 0, 0, 0))[0]:
            biggest[tag] = (n, f, e, d)
    for n, f, e, d in biggest.values():
        for i, (cf, ce, cd) in list(chrome_els.items()):
            if cd < d and cf <= f and e <= ce and n >= WRAPPER_SHARE * (cum[ce] - cum[cf]):
                # (the marked element's tag: the span of the same range; an <aside> keeps its mark)
                a, z = _inside(spans, ce - 1, ce)
                if not any(spans[j] == (cf, ce, cd) and where[j][1] == "aside" for j in range(a, z)):
                    del chrome_els[i]


def _comments_apart(blocks: list[_Block], lines: list[str], kept: int, talk: set[int], held: list[int],
                    size: int, root: Any, head: dict[str, list[str]]) -> bool:
    """Is the choice made with every chrome mark (``lines``, ``kept`` characters) a story, and what the choice
    made with the strong marks only (``size`` characters, of the blocks ``held``) adds to it mostly a comment
    thread, on a page that does not declare itself a discussion? See :data:`COMMENTS_SHARE`."""
    comm = sum(len(blocks[i].text) for i in held if not talk.isdisjoint(blocks[i].chrome))
    return (comm > 0 and kept >= COMMENTS_SHARE * (size - comm)
            and any(len(ln) >= PROSE_MIN and _SENT_END.search(ln) for ln in lines)
            and not _discussion(root, head))


#: schema.org types a page declares itself a discussion with (forum software: Discourse, XenForo, Invision,
#: Stack Exchange), in JSON-LD or microdata
_DISCUSSION = re.compile(r"DiscussionForumPosting|QAPage")


def _discussion(root: Any, head: dict[str, list[str]]) -> bool:
    """Does the page declare itself a forum thread or a Q&A page (:data:`_DISCUSSION`)?"""
    if any(_DISCUSSION.search(ld) for ld in head.get("ld", ())):
        return True
    return any(_DISCUSSION.search(el.get("itemtype")) for el in root.iterfind(".//*[@itemtype]"))


def json_ld_objects(raws: list[str]) -> list[dict[str, Any]]:
    """The top-level objects of a page's JSON-LD scripts (``raws``), ``@graph`` members included; a script
    that is not JSON (or nests past the parser's depth) is skipped."""
    objs: list[dict[str, Any]] = []
    for raw in raws:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
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


def _one_product(raws: list[str]) -> bool:
    """Does the page's JSON-LD (``raws``: its ``<script type="application/ld+json">`` texts) declare one product:
    one top-level object (or ``@graph`` member) typed ``Product`` or ``ProductGroup`` (whose variants are
    nested in it), and no list (:data:`_LIST_TYPES`)? A shop's product page does; its category pages declare
    an ``ItemList`` or one ``Product`` per tile (zappos: 104), an article reviewing products a list of them.
    On WCXB TUNE 33 of the 72 product pages and 8 of the 714 others (5 services, 3 collections) declare one.

    Read only for a page whose main text is short (the listing choice in :func:`fast_extract`). There WCXB
    TUNE 0.8631 -> 0.8640: products 0.658 -> 0.668 (zalando 0.20 -> 0.65, an ebay item 0.40 -> 0.68: their
    "complete the look" / "similar items" tiles no longer taken as the page's listing), 1 page down by 0.001,
    no other page changed. (Any page with ``"Product"`` in its JSON-LD: a zappos category page lost its
    listing, 0.65 -> 0.01.)"""
    if not any("Product" in raw for raw in raws):
        return False
    n = 0
    for cur in json_ld_objects(raws):
        t = cur.get("@type")
        for name in (t if isinstance(t, list) else (t,)):
            if isinstance(name, str):
                short = name.rsplit("/", 1)[-1]  # ("http://schema.org/Product" too)
                if short in _LIST_TYPES:
                    return False
                if short in _PRODUCT_TYPES:
                    n += 1
    return n == 1


#: the schema.org types of one product (a ``ProductGroup`` holds its variants as nested ``Product``\ s) ...
_PRODUCT_TYPES = frozenset({"Product", "ProductGroup"})
#: ... and of a page listing several (see :func:`_one_product`)
_LIST_TYPES = frozenset({"ItemList", "CollectionPage", "SearchResultsPage", "OfferCatalog"})


def _drop_copies(lines: list[str]) -> list[str]:
    """Later exact copies of a block of >= DUP_MIN_CHARS characters left out: pages repeat blocks for
    another layout (a mobile and a desktop copy of the price box, the tabs of a product shown twice)."""
    seen: set[str] = set()
    out = []
    for ln in lines:
        if len(ln) >= DUP_MIN_CHARS:
            if ln in seen:
                continue
            seen.add(ln)
        out.append(ln)
    return out


def _select(blocks: list[_Block], spans: list[tuple[int, int, int]],
            chrome_els: dict[int, tuple[int, int, int]], navs: set[int],
            cards: _Cards | None = None,
            links_ok: bool = False, sizes: tuple[list[int], list[int]] | None = None,
            held: list[int] | None = None, captions: set[int] | None = None,
            stories: _Stories | None = None, rows: dict[int, int] | None = None,
            list_teasers: frozenset[int] = frozenset()) -> tuple[list[str], int]:
    """The lines of the main element and its well-scoring siblings, and their characters before teaser cards
    (:func:`_teasers`), image captions (``captions``: their blocks, see :data:`_LISTED`) and what lies around the
    story (:func:`_around_story`, ``stories``) are left out (``held``, when given, gets the indexes of the blocks
    those characters are of). ``sizes``: the blocks' lengths and their running sums, when already known.
    ``list_teasers``: list items left out of an article's text (:func:`_list_teasers`), not of a listing's."""
    if not blocks or not spans:
        return [], 0
    if sizes is None:
        lengths = list(map(len, map(_TEXT, blocks)))
        cum = list(accumulate(lengths, initial=0))
    else:
        lengths, cum = sizes
    total = cum[-1]
    # a chrome mark on an element holding most of the page is a wrapper's name ("flex-wrap-footer",
    # "sidebar-first-only" around the article), not chrome; but a <nav> mostly of links is a menu
    # however much of the page it holds (a documentation site's tree beside a short page)
    cl = list(accumulate(map(_LINKS, blocks), initial=0))
    valid = {i: d for i, (f, e, d) in chrome_els.items()
             if cum[e] - cum[f] <= CHROME_MAX_SHARE * total
             or (i in navs and cl[e] - cl[f] > MAX_LINK_DENSITY * (cum[e] - cum[f]))}
    good = [0.0]
    bad = [0.0]
    chrome_depth: list[int] = []
    # the depth of a block's innermost valid chrome mark, once per chrome tuple (consecutive blocks share
    # the walk's tuple object)
    depth_of: dict[int, int] = {}
    for b, n in zip(blocks, lengths, strict=True):
        marks = b.chrome
        if not marks or not valid:
            cd = -1
        else:
            cd = depth_of.get(id(marks), -2)
            if cd == -2:  # (the marks' depths are >= 1: -1 when none of them is valid)
                cd = depth_of[id(marks)] = max([valid.get(i, -1) for i in marks])
        chrome_depth.append(cd)
        g = x = 0.0
        lk = b.links
        if cd >= 0:
            x = n
        elif lk > MAX_LINK_DENSITY * n and not links_ok:
            if n >= LINK_BLOCK_KEEP:
                g = (n - lk) * b.weight + lk * LINK_ITEM_WEIGHT
            else:
                x = lk
        elif links_ok:  # a listing's items: their link text is their text
            g = n * b.weight
        else:
            g, x = (n - lk) * b.weight, lk
        good.append(good[-1] + g)
        bad.append(bad[-1] + x)
    best, best_score = None, 0.0
    for first, end, depth in spans:
        sc = good[end] - good[first] - ALPHA * (bad[end] - bad[first])
        if sc > best_score:
            best, best_score = (first, end, depth), sc
    if best is None:
        return [], 0
    first, end, depth = best
    # siblings of the main element that score well too (a product page's description and its
    # specification table, a listing's item blocks): the parent's range, same depth
    # (only the spans ending at or after ``end`` can hold it; those between the parent's ends can be siblings)
    parent = min(((f, e) for f, e, d in spans[bisect_left(spans, end, key=_END):]
                  if d == depth - 1 and f <= first and end <= e),
                 key=lambda fe: fe[1] - fe[0], default=(first, end))
    ranges = [(first, end)]
    a, z = _inside(spans, parent[0], parent[1])
    for f, e, d in spans[a:z]:
        if d != depth or f < parent[0] or e > parent[1] or (f, e) == (first, end) or e <= f:
            continue
        # a sibling scoring well, or the headline just before a body that chrome inside the article (an
        # author box, a reference list) made score above the article (WCXB neutral: TUNE 0.850 either way)
        if (good[e] - good[f] - ALPHA * (bad[e] - bad[f]) > SIBLING_SHARE * best_score
                or (e <= first and all(blocks[i].tag == "h1" for i in range(f, e)))):
            ranges.append((f, e))
    drop = _teasers(blocks, cum, spans, cards, ranges, depth) if cards and not links_ok else set()
    if cards:
        drop |= _signatures(spans, cards[0], ranges, depth)
    kept: list[int] = []
    linked: list[int] = []  # short link blocks left out (link lists; or a listing's item titles, see _items)
    held_chars = 0
    # headings that are all one link: another story's headlines when a few stand among the story's paragraphs
    # (not a listing's titles, one per item: see LINKED_HEADINGS)
    teaser_heads: set[int] = set()
    if not links_ok:
        lh = {i for f, e in ranges for i in range(f, e)
              if blocks[i].links >= lengths[i] > 0 and blocks[i].tag in _HEADINGS and chrome_depth[i] <= depth}
        if lh and len(lh) <= LINKED_HEADINGS_MAX:
            paragraphs = sum(blocks[i].weight > 1 for f, e in ranges for i in range(f, e) if chrome_depth[i] <= depth)
            if paragraphs >= 3 * len(lh):
                teaser_heads = lh
    for f, e in sorted(ranges):
        for i in range(f, e):
            if chrome_depth[i] > depth:
                continue
            n = lengths[i]
            if not links_ok and ((blocks[i].links > MAX_LINK_DENSITY * n and n < LINK_BLOCK_KEEP) or i in teaser_heads
                                 or i in list_teasers):
                linked.append(i)
                continue
            held_chars += n
            kept.append(i)
    if held is not None:
        held.extend(kept)
    # image captions left out, unless they are all the element holds or it is a photo story (see PHOTO_STORY)
    if captions and not captions.issuperset(kept):
        told = [lengths[i] for i in kept if i in captions]
        if not (len(told) >= PHOTO_STORY_CAPTIONS and sum(told) >= PHOTO_STORY_SHARE * held_chars):
            drop |= captions
    titles: list[int] = []
    if cards and len(linked) >= ITEM_SHARE * ITEM_MIN:
        titles = _items(blocks, cum, spans, cards, ranges, depth, linked)
        if titles:
            kept = sorted(kept + titles)
    if linked and not links_ok:
        drop |= _box_labels(blocks, lengths, spans, ranges, set(linked).difference(titles))
    if stories and kept:
        drop |= _around_story(blocks, lengths, kept, stories, links_ok)
    out = [i for i in kept if i not in drop]
    if rows:
        return _row_lines(blocks, out, rows), held_chars
    return [blocks[i].text for i in out], held_chars


def _row_lines(blocks: list[_Block], kept: list[int], rows: dict[int, int]) -> list[str]:
    """The text of the blocks ``kept``, the cells of one table row on one line (see :func:`_table_rows`)."""
    lines: list[str] = []
    last = -1
    for i in kept:
        r = rows.get(i, -1)
        if r >= 0 and r == last:
            lines[-1] += " " + blocks[i].text
        else:
            lines.append(blocks[i].text)
        last = r
    return lines


#: a table row is one line of output when it has 2 to this many cells, each one block (a ``<td>`` or ``<th>``'s
#: whole text) of at most ROW_CELL_CHARS characters: a data table's row ("लासलगाव 800 1,711 1,350"), not a layout
#: table's (an old portal's story in one ``<td>``: its paragraphs are blocks of their own, or long)
ROW_MAX_CELLS = 12
ROW_CELL_CHARS = 120


def _table_rows(blocks: list[_Block], spans: list[tuple[int, int, int]],
                where: list[tuple[int, str]]) -> dict[int, int]:
    """Block index -> the ``<tr>`` whose row it is on, for the rows of data tables (:data:`ROW_MAX_CELLS`). A data
    table's cells were one line each, and a row of short cells read as a menu to the line cleaner: a mandi's
    price table went as ``structure.menu`` (blind-written pages, session 25). WCXB's metric (a bag of words) does
    not see lines."""
    rows: dict[int, int] = {}
    cells = {(f, e) for k, (f, e, _d) in enumerate(spans) if e - f == 1 and where[k][1] in ("td", "th")}
    if not cells:
        return rows
    for k, (f, e, _d) in enumerate(spans):
        if where[k][1] != "tr" or not 2 <= e - f <= ROW_MAX_CELLS:
            continue
        # each block a whole cell (a cell of several lines, "<br>"-parted or with paragraphs, is no data cell)
        if all((i, i + 1) in cells and len(blocks[i].text) <= ROW_CELL_CHARS for i in range(f, e)):
            for i in range(f, e):
                rows[i] = k
    return rows


def _around_story(blocks: list[_Block], lengths: list[int], kept: list[int], stories: _Stories,
                  links_ok: bool) -> set[int]:
    """The blocks of ``kept`` (sorted) around the story inside the main element (see :data:`ARTICLE_SHARE` and
    :data:`CONTENT_SHARE`): outside the ``<article>`` and outside the ``<main>`` that hold most of the kept
    characters, after the smallest element named content that holds nearly all of them. Never an ``<h1>`` (a
    headline above the story's element). ``stories``: the block ranges of the page's ``<article>``, ``<main>``
    and content-named elements. In a listing choice (``links_ok``) only the ``<article>``."""
    articles, mains, contents = stories
    kcum = list(accumulate((lengths[i] for i in kept), initial=0))
    total = kcum[-1]
    out: list[int] = []
    for ranges in (articles, () if links_ok else mains):
        held = []  # the elements holding kept text: characters, first and end index in kept, block range
        for f, e in ranges:
            a, z = bisect_left(kept, f), bisect_left(kept, e)
            if kcum[z] > kcum[a]:
                held.append((kcum[z] - kcum[a], a, z, f, e))
        if not held:
            continue
        n, a, z, f, e = max(held, key=itemgetter(0))
        # (not when another one holds kept text apart from it: a forum thread's posts, a listing's cards; unless it is
        # the next story below the one with the page's headline: see NEXT_STORY_SHARE)
        apart = [f2 for *_, f2, e2 in held if e2 <= f or f2 >= e]
        if n < total and ((ARTICLE_SHARE * total <= n and not apart) or (
                apart and ranges is articles and NEXT_STORY_SHARE * total <= n
                and all(f2 >= e for f2 in apart) and any(blocks[i].tag == "h1" for i in kept[a:z]))):
            out += kept[:a]
            out += kept[z:]
    if contents and not links_ok:
        best = None
        for f, e in contents:
            a, z = bisect_left(kept, f), bisect_left(kept, e)
            if CONTENT_SHARE * total <= kcum[z] - kcum[a] < total and (best is None or e - f < best[0]):
                best = (e - f, z)
        if best is not None:
            out += kept[best[1]:]
    return {i for i in out if blocks[i].tag != "h1"}


def _teasers(blocks: list[_Block], cum: list[int], spans: list[tuple[int, int, int]],
             cards: _Cards, ranges: list[tuple[int, int]], depth: int) -> set[int]:
    """The blocks of a teaser grid at the end of the main element ("related posts", "latest stories", more
    products): cards repeating one class (a headline linking to another page, a date, an excerpt) after the
    element's last prose block. See :data:`TEASER_MIN` and below for the thresholds.

    Cards are recognised by their markup, not their words (any language): siblings repeating one class,
    small, headed by a link. A page mostly of such cards (a listing, a blog index) keeps them, and so do
    cards above or between the body's paragraphs (a product grid inside a guide)."""
    classes, heads, _ = cards
    lo = min(f for f, _ in ranges)
    hi = max(e for _, e in ranges)
    # too few headlines for any grid (the keys of heads come in block order)
    keys = list(heads)
    if bisect_left(keys, hi) - bisect_left(keys, lo) < TEASER_LED * TEASER_MIN:
        return set()
    # the elements below the main one of each class, unless the class also names a big element there
    by_class: dict[str, list[tuple[int, int]]] = {}
    big = set()
    a, z = _inside(spans, lo, hi)
    for (f, e, d), cls in zip(spans[a:z], classes[a:z], strict=True):
        if cls and d > depth and lo <= f and e <= hi and cls not in big:
            if e - f > TEASER_BLOCKS or cum[e] - cum[f] > TEASER_CHARS:
                big.add(cls)
            else:
                by_class.setdefault(cls, []).append((f, e))
    found = []
    in_cards: set[int] = set()
    for cls, spans_of in by_class.items():
        if len(spans_of) < TEASER_MIN or cls in big:
            continue
        members = spans_of
        if len(ranges) > 1:  # the main element and its siblings, not what lies between them
            members = [(f, e) for f, e in spans_of if any(rf <= f and e <= re_ for rf, re_ in ranges)]
        if len(members) < TEASER_MIN:
            continue
        # the outermost members (a card's inner element of the same class is not another card); spans come
        # in the order their elements end, an element after those inside it
        outer: list[tuple[int, int]] = []
        for f, e in members:
            while outer and outer[-1][0] >= f:
                outer.pop()
            outer.append((f, e))
        if len(outer) < TEASER_MIN:
            continue
        led = 0
        for f, e in outer:
            for i in range(f, e):
                if i in heads and _goes_out(heads[i]):
                    led += 1
                    break
        if led < TEASER_LED * len(outer):
            continue
        found.append(outer)
        for f, e in outer:
            in_cards.update(range(f, e))
    if not found or sum(cum[i + 1] - cum[i] for i in in_cards) > TEASER_SHARE * sum(
            cum[e] - cum[f] for f, e in ranges):
        return set()
    last_prose = -1
    for f, e in ranges:
        for i in range(e - 1, max(f, last_prose + 1) - 1, -1):
            b = blocks[i]
            n = cum[i + 1] - cum[i]
            if n >= PROSE_MIN and b.weight > 1 and b.links < 0.2 * n and i not in in_cards:
                last_prose = i
                break
    drop: set[int] = set()
    for outer in found:
        if outer[0][0] > last_prose:
            for f, e in outer:
                drop.update(range(f, e))
    return drop


def _items(blocks: list[_Block], cum: list[int], spans: list[tuple[int, int, int]], cards: _Cards,
           ranges: list[tuple[int, int]], depth: int, linked: list[int]) -> list[int]:
    """The blocks of ``linked`` (short link blocks of the main element, left out as link lists) that are the
    titles of a listing's items: see :data:`ITEM_MIN` and below.

    Items are recognised by their markup, not their words (any language): siblings of one tag and class, small,
    each with a link and some text of its own; a menu's entries are links only, a forum's posts are big."""
    lo = min(f for f, _ in ranges)
    hi = max(e for _, e in ranges)
    classes, _, where = cards
    groups: dict[tuple[int, str, str | None], list[tuple[int, int]]] = {}
    a, z = _inside(spans, lo, hi)
    for (f, e, d), (parent, tag), cls in zip(spans[a:z], where[a:z], classes[a:z], strict=True):
        if d > depth and lo <= f and e <= hi and parent >= 0:
            groups.setdefault((parent, tag, cls), []).append((f, e))
    whole = sum(cum[e] - cum[f] for f, e in ranges)
    wanted = set(linked)
    out: set[int] = set()
    for members in groups.values():
        if len(members) < ITEM_MIN or sum(cum[e] - cum[f] for f, e in members) < ITEM_GROUP_SHARE * whole:
            continue
        n_cards = 0
        heads: list[int] = []
        for f, e in members:
            head = text = False
            if e - f <= ITEM_BLOCKS and cum[e] - cum[f] <= ITEM_CHARS:
                for i in range(f, e):
                    b = blocks[i]
                    n = cum[i + 1] - cum[i]
                    if b.links > MAX_LINK_DENSITY * n:
                        head = True
                        heads.append(i)
                    elif n - b.links >= ITEM_TEXT:
                        text = True
            n_cards += head and text
        if n_cards < ITEM_SHARE * len(members):
            continue
        seen = Counter(blocks[i].text for i in heads)
        out.update(i for i in heads if i in wanted and seen[blocks[i].text] == 1)
    return list(out)


def _data_cells(blocks: list[_Block], cells: dict[int, int], rows: Counter[int]) -> list[int]:
    """The blocks of ``cells`` (a block in a table cell -> its table) that are mostly link text and sit in a data
    table: one of at least DATA_ROWS rows with DATA_TEXT_SHARE of its cells holding text of their own, and not
    a control (see DATA_CONTROL)."""
    text: Counter[int] = Counter()
    linked: dict[int, list[int]] = {}
    for i, table in cells.items():
        b = blocks[i]
        if b.links > MAX_LINK_DENSITY * len(b.text):
            linked.setdefault(table, []).append(i)
        else:
            text[table] += 1
    out: list[int] = []
    for table, of_table in linked.items():
        if rows[table] >= DATA_ROWS and text[table] >= DATA_TEXT_SHARE * (text[table] + len(of_table)):
            seen = Counter(blocks[i].text for i in of_table)
            out.extend(i for i in of_table if seen[blocks[i].text] < DATA_CONTROL * rows[table])
    return out


def _signatures(spans: list[tuple[int, int, int]], classes: list[str | None], ranges: list[tuple[int, int]],
                depth: int) -> set[int]:
    """The blocks of forum signatures inside the main element: elements below it whose class has the word
    ``signature`` (see :data:`_SIGNATURE`)."""
    # one C-level join and search per page: most pages have no signature class, and then no loop over spans
    if "ignature" not in " ".join(filter(None, classes)):
        return set()
    lo = min(f for f, _ in ranges)
    hi = max(e for _, e in ranges)
    out: set[int] = set()
    a, z = _inside(spans, lo, hi)
    for (f, e, d), cls in zip(spans[a:z], classes[a:z], strict=True):
        # "ignature": Signature or signature, before the lower-casing and the word test
        if cls and "ignature" in cls and d > depth and lo <= f and e <= hi and _SIGNATURE.search(cls.lower()):
            out.update(range(f, e))
    return out


#: an author's page on the site: ``/author/rashmi-tiwari``, ``/authors/…``, ``/reporter/…``, ``/writer/…``
_AUTHOR_HREF = re.compile(r"/(?:author|authors|writer|writers|reporter|reporters|columnist|columnists|journalist"
                          r"|journalists)/[^/?#\s]", re.IGNORECASE)
#: the tags of a paragraph a link can sit in: a line holding its author link is the story's ("<a>X</a> ने कहा …")
_PARAGRAPH_TAGS = frozenset({"p", "li", "td", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt",
                             "figcaption"})
_INLINE_TAGS = frozenset({"span", "b", "strong", "em", "i", "small", "font"})
#: an author box: the link's ancestors up to this many levels, of at most AUTHOR_BOX_CHARS characters ...
AUTHOR_BOX_LEVELS = 4
AUTHOR_BOX_CHARS = 2000
#: ... and a bio: a kept line of at least this many characters that starts with the author's name
AUTHOR_BIO_CHARS = 60


def _drop_author_bios(root: Any, lines: list[str]) -> list[str]:
    """``lines`` without the author bios of a story page: a line of at least :data:`AUTHOR_BIO_CHARS` characters
    that starts with the first two words of a link to an author's page on the site (:data:`_AUTHOR_HREF`: its text
    is the author's name, "रश्मि तिवारी"), found in the text of one of the link's first :data:`AUTHOR_BOX_LEVELS`
    ancestors of at most :data:`AUTHOR_BOX_CHARS` characters, and not in the paragraph the link sits in (a story's
    sentence that names a contributor with a link to her page stays: "<a>Marisa Haber</a> has reviewed …"). The
    box's classes say nothing on the sites that showed it: Tailwind utilities, CSS modules' hashed names.

    Run on a page that declares itself a story (:func:`_declares_article`: not a book listing's author links).
    Blind-written news pages, fast+lines: TUNE chrome left 216 -> 204 (f28 Laravel, f29 Next.js: 7 bios, and 2 byline
    lines, neutral), body unchanged, HELD-OUT (counted) unchanged; WCXB dev TUNE 0.8768 -> 0.8768 (2 pages up, 2 down:
    bios WCXB's gold keeps), HELD-OUT 0.8726 -> 0.8726 (1 up)."""
    bios: set[str] = set()
    # (every <a> of the tree read from Python: 0.26 ms a WCXB page where an XPath with the same test took 0.45)
    search = _AUTHOR_HREF.search
    story: set[Any] | None = None  # the elements that hold a headline's <h1>, found when a link needs them
    for a in root.iter("a"):
        href = a.get("href")
        if not href or search(href) is None:
            continue
        name = " ".join(a.itertext()).split()
        if len(name) < 2:
            continue
        key = f"{name[0]} {name[1]}"
        candidates = [ln for ln in lines if ln.startswith(key) and len(ln) >= AUTHOR_BIO_CHARS and ln not in bios]
        if not candidates:
            continue
        par = a.getparent()
        while par is not None and par.tag in _INLINE_TAGS:
            par = par.getparent()
        own = " ".join(" ".join(par.itertext()).split()) if par is not None and par.tag in _PARAGRAPH_TAGS else ""
        if story is None:
            story = {x for h in root.iter("h1") for x in h.iterancestors()}
        el = a
        for _ in range(AUTHOR_BOX_LEVELS):
            el = el.getparent()
            if el is None or el in story:  # (an element that holds the headline holds a short story: no author box)
                break
            text = " ".join(" ".join(el.itertext()).split())
            if len(text) > AUTHOR_BOX_CHARS:
                break
            bios.update(ln for ln in candidates if ln in text and ln not in own)
    return [ln for ln in lines if ln not in bios] if bios else lines


#: a box's label: at most this many characters ("यह भी पढ़ें", "ఇవి కూడా చదవండి", "Related Articles")
BOX_LABEL_CHARS = 40


def _box_labels(blocks: list[_Block], lengths: list[int], spans: list[tuple[int, int, int]],
                ranges: list[tuple[int, int]], gone: set[int]) -> set[int]:
    """The labels of link boxes left out: an element whose first block is a short label (no link, no sentence end,
    at most :data:`BOX_LABEL_CHARS` characters) and whose other blocks are all link blocks left out (``gone``). The
    label goes with its links: left behind, "इसे भी पढ़ें" made the line cleaner take the story's next sub-head for
    the box's headline (``structure.headlines``); and a label in a language the lexicon does not know is chrome
    all the same. Not when the block after the element is a link block that stays (the box goes on past it).

    Blind-written news pages, fast+lines: TUNE body kept 2,827 -> 2,828 of 2,845 (f24/03's sub-head), chrome left 217
    -> 216 of 12,695; HELD-OUT (counted) body 667 -> 668 of 668, chrome 59 -> 61 of 3,430. WCXB dev: TUNE 0.8766 ->
    0.8768 (93 pages up, 40 down: its gold keeps some headings over link lists), HELD-OUT 0.8725 -> 0.8726 (75 up,
    20 down)."""
    labels: set[int] = set()
    for lo, hi in ranges:
        a, z = _inside(spans, lo, hi)
        for f, e, _ in spans[a:z]:
            if e - f < 2 or f + 1 not in gone or f in gone or f < lo:
                continue
            b = blocks[f]
            if (b.links == 0 and lengths[f] <= BOX_LABEL_CHARS and b.weight < 1.5
                    and all(i in gone for i in range(f + 2, e))
                    and (e >= len(blocks) or blocks[e].links <= MAX_LINK_DENSITY * lengths[e])):
                labels.add(f)
    return labels


def _list_teasers(blocks: list[_Block], lengths: list[int], heads: dict[int, Any],
                  head: dict[str, list[str]], article: bool) -> frozenset[int]:
    """The blocks that are wholly one link to another page of the page's own site: a related-stories box's
    headlines ("यह भी पढ़ें", "ఇవి కూడా చదవండి" over a ``<ul>`` between two paragraphs; bold "also read" paragraphs),
    left out of an article's text whatever their length.

    A shorter link block is left out already (:data:`LINK_BLOCK_KEEP`); this reaches the longer ones, which are
    headlines: an Indic headline of eight words is 60-90 characters. A block is one when its whole text is link
    text, its ``<a>`` leads to another page (:func:`_goes_out`: not a table of contents' ``#`` anchor), its text
    is not an address, and the link stays on the site: a relative address, or the host of the page's ``<link
    rel=canonical>`` (else ``og:url``); a page that declares neither keeps its absolute links. A list of sources
    on other sites stays. A list item (``<li>``) is one on any page; another block (a paragraph, a ``<div>``)
    only on a page that declares itself a story (``article``, :func:`_declares_article`): a shop's, a service's or a
    documentation index's cards have whole-link titles too. Headings are :data:`LINKED_HEADINGS_MAX`'s.

    Blind-written news pages (``bench_pages.py``, fast+lines), list items alone -> every block of a story: TUNE
    chrome left 182 -> 174 -> 125 of 9,685, body kept 2,035 -> 2,035 -> 2,034 of 2,050 (a scorecard's sub-head,
    "संक्षिप्त स्कोर", now the last short line above the list that ends the story, goes as ``structure.bottom``: a
    guard for such lines kept 600 more chrome lines of WCXB pages and no prose line, not taken); the HELD-OUT
    families, counted only, 73 -> 69 -> 58 of 2,994, body the same. WCXB dev: TUNE 0.8764 -> 0.8763 -> 0.8766
    (list items: 3 pages up, 6 down, its gold keeping an article's "related posts" list, which a corpus of text
    keeps out; then 23 up, 7 down), HELD-OUT 0.8716 -> 0.8716 -> 0.8725 (19 up, 3 down). Every block on any page:
    TUNE 0.8759 (a documentation index 0.70 -> 0.39, a shop's collection 0.98 -> 0.81). Batch 5 of the pages,
    written after this rule, at its arrival (HELD-OUT, counted): chrome left 70 -> 57 of 2,025 with the session's
    other changes."""
    site = next((h for key in ("canonical", "og:url") for u in head.get(key, ()) if (h := site_host(u))), None)
    out = set()
    for i, a in heads.items():
        b = blocks[i]
        if lengths[i] < LINK_BLOCK_KEEP:  # (left out already, by length: a menu's entries, most of the heads)
            continue
        if ((b.tag != "li" and not article) or b.tag in _HEADINGS or b.links < lengths[i] or not _goes_out(a)
                or "://" in b.text or b.text.startswith("www.")):
            continue
        try:
            host = urlsplit(a.get("href").strip()).hostname
        except ValueError:  # an address urlsplit cannot read ("http://[x"): not a link to judge
            continue
        if host is None or (site is not None and host.removeprefix("www.") == site):
            out.add(i)
    return frozenset(out)


def _ld_type(types: str) -> re.Pattern[str]:
    """A search for one of ``types`` (a regex alternation) as a JSON-LD ``"@type"``, alone or in a list."""
    return re.compile(r'"@type"\s*:\s*(?:\[[^\]]*)?"(?:' + types + ')"')


#: schema.org types of a story (``"@type": "NewsArticle"``, or in a list) ...
_ARTICLE_LD = _ld_type(r"\w*NewsArticle|Article|BlogPosting|LiveBlogPosting")
#: ... and of a news story (``NewsArticle``, ``ReportageNewsArticle``, a live blog)
_NEWS_LD = _ld_type(r"\w*NewsArticle|LiveBlogPosting")


def _declares_news(head: dict[str, list[str]]) -> bool:
    """Does the page's JSON-LD declare a news story (:data:`_NEWS_LD`)? Such a page is never chosen again as a
    listing (:func:`fast_extract`): a short story (80-120 words, under MIN_TEXT) had its related-story links taken
    for a listing's items and kept (blind-written pages: TUNE chrome left 189 -> 177 of 12,695 after the line
    stages, body unchanged; HELD-OUT, counted, unchanged). ``og:type article`` and a plain ``Article`` do not
    count here: WordPress and Wikipedia declare them on listings too (WCXB: a recipe index 0.94 -> 0.06, a "List
    of ..." page 0.96 -> 0.11 when they did); with NewsArticle alone WCXB dev is unchanged, page for page."""
    return any(_NEWS_LD.search(ld) for ld in head.get("ld", ()))


def _declares_article(head: dict[str, list[str]]) -> bool:
    """Does the page declare itself a story: ``og:type`` ``article``, or an article type in its JSON-LD?"""
    if any(t.strip().lower() == "article" for t in head.get("og:type", ())):
        return True
    return any(_ARTICLE_LD.search(ld) for ld in head.get("ld", ()))


def _goes_out(a: Any) -> bool:
    """Does link element ``a`` lead to another page (not ``href="#..."``, ``javascript:`` or none: an
    accordion's toggle, a tab)?"""
    href = a.get("href")
    return bool(href) and href[0] != "#" and not href.startswith("javascript")


def _compiled_walk() -> Callable[[Any], _Walked] | None:
    """The compiled walk (``_cwalk.pyx``: :func:`_py_walk` branch for branch, its loop in C), when it is built and
    imports against this lxml, and ``SHUDDH_PURE_PYTHON`` is not set to ``1``."""
    if os.environ.get("SHUDDH_PURE_PYTHON") == "1":
        return None
    try:
        from shuddh.extract import _cwalk
    # not built (no C compiler at install); or built against another lxml: its C API functions' signatures
    # (TypeError) or its _Element's size (ValueError) differ, or a function is missing (AttributeError)
    except (ImportError, ValueError, TypeError, AttributeError):
        return None
    return _cwalk.walk


#: the walk the extractor runs (:func:`fast_extract`). Compiled, the same results (``tests/unit/perf_equivalence/
#: test_cwalk.py``: every wcxb-dev page) at about a third of the cost: the 1,497 wcxb-dev pages (272 KB each on
#: average), best of 3, session 18: the walk 3.28 -> 1.21 ms per page (0.047 -> 0.018 ms per 4 KB,
#: ``benchmarks/bench_walk_floor.py``), ``extract_html(engine="fast")`` alone 6.0-6.6 -> 4.1-4.8 ms per page
#: (``SHUDDH_PURE_PYTHON=1`` against the compiled walk, interleaved, 3 rounds; text, title and date identical)
_walk: Callable[[Any], _Walked] = _compiled_walk() or _py_walk
