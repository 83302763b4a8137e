"""Structural chrome signals: where a line sits on the page and what shape it has.

A line cleaner that only knows phrases misses the long tail of site chrome (menus, headline lists of
other articles, footers in English on a Hindi page). The shape of a scraped page is more regular than
its words: the article is a block of *body lines* — lines in the profile's script(s) with at least
:data:`BODY_MIN_WORDS` words that end like a sentence (``।`` counts) or hold at least two sentences
(a paragraph closed by an attribution: "… थे। - संवाददाता, शहर") — and chrome sits around it.
This is jusText's context idea (Pomikálek 2011) applied to lines of text instead of DOM blocks:

1. **Body lines** are found first (lexicon chrome never counts as one).
2. They are grouped into **blocks**: a gap of at least :data:`BLOCK_GAP` non-body lines separates
   two blocks. The block with the most words is the article; another block is kept only if it has at
   least :data:`MIN_BLOCK_SHARE` of the article's words (a poll question or a teaser sentence in the
   footer is a block of its own, far smaller than the article). Evidence: the dev pages'
   poll question ("क्या … होगा?", 11 words) sits 8 lines after a 150-word article.
3. Lines **above** the first kept block are chrome (``structure.top``), except the last
   :data:`HEADER_LINES` short lines right above it — the headline and a section label, which the
   ``header`` stage turns into metadata (sample page: "दुनिया", headline, body). A label that directly
   follows a menu is part of the menu's run (rule 5) and goes with it: in a text dump nothing tells
   the two apart.
4. Lines **below** the last kept block are chrome (``structure.bottom``): comment forms, footers,
   link labels (sample page, all five dev pages).
   Rules 3 and 4 take only lines of at most :data:`POSITION_MAX_WORDS` words, or lines not in the
   page's script (an English disclaimer on a Hindi page, in a profile with scripts): position alone is weak
   evidence, and a longer line outside the article block was content more often than not on pages that
   are not one article (a shop's product names, a job board's titles, a blog index: 1,111 of the 1,591
   body lines of >= 4 words the wcxb TUNE pages lost, ``bench_chrome_sites.py``); longer chrome there is
   left to the lexicon, teaser boxes and ``chrome_repeats`` (wcxb TUNE: prose lost 3.81 % -> 1.18 %,
   precision 0.930 -> 0.945 with the letter rule of ``chrome_repeats``; Indic TUNE recall unchanged 0.969,
   thanks to the script exception).
5. **Menus**: a run of at least :data:`MENU_RUN` lines of at most :data:`MENU_MAX_WORDS` words is a
   link list wherever it is (``structure.menu``) — dev pages: every navigation bar and footer link list.
6. **Teaser boxes**: the unterminated short lines under a teaser label ("यह भी पढ़ें", "संबंधित खबरें",
   "Related Articles") are other articles' headlines (``structure.headlines``, :func:`_teaser_boxes`).
7. **Rails** without a label: below the article, past a share bar, tags or a comment form, three or more
   headline-shaped lines in a row are a rail of other stories or a widget's rows (``structure.rail``,
   :func:`_rails`; Indic profiles only); there, an author's card — the name, then a bio sentence that opens with
   it — goes too (``structure.bio``).

A document with no body line at all is left alone: without an article to anchor on, position says
nothing (a poem, a list, a Wikipedia stub); the lexicon and the cross-document statistics still apply.

**Precision guards** (issue 13; evidence: ``benchmarks/bench_chrome_sites.py``, 1,805 hand-labelled lines
of 15 Indic sources and 1,497 wcxb pages, results in ``benchmarks/results/chrome_sites.md``). Position
and shape alone removed article text on every source that was not a full page dump: a Dainik Jagran
lead paragraph of 128 words under ``top``, list items and table rows under ``headlines``, 44 % of the
lines of Dakshina Wikipedia pages. So:

* **Page evidence**: ``top``, ``bottom``, ``far_block`` and ``menu`` apply only to a document that shows
  site chrome — at least :data:`EVIDENCE_MIN_LEXICON` lines matched by the lexicon, or a separator menu
  (a run holding a line of only ``|``/``•``-like separators). Clean article text (a news archive, a
  Wikipedia dump) has none and is left to the lexicon and ``chrome_repeats``.
* **Prose is never removed by structure** (:func:`reads_as_prose`): a line with a clause-closing verb
  or copula of the profile (``quality.runon_markers``: है, था, गया …) and at least 4 words, a
  terminated line of at least :data:`BODY_MIN_WORDS` words, or a line of :data:`PROSE_MIN_WORDS` words.
* **A headline followed by its article** (the next line is prose) is never removed by ``top`` or
  ``bottom``; above the article, a line of :data:`BODY_MIN_WORDS` words or more in the page's script is
  kept (the headline sits above bylines, credits and summary points: Business Standard and Divya
  Bhaskar headlines were ``top``).
* **A body block of :data:`BLOCK_MIN_WORDS` words or more is article text** wherever it is (the share
  rule only drops small blocks: a poll question, a teaser sentence).
* **Menus inside the article** need evidence of their own (a lexicon line in the run): a list of short
  items between two paragraphs is a list, not navigation. A separator line is no such evidence there (a
  row of an ASCII table, a scorecard's dash, a code block's output: wcxb TUNE 49 body lines of 200 removed
  in such runs), nor is a "See also" heading (lexicon ``see_also``: a reference page's own links, 134 body
  of 308).
* **A list opened by a label ending in ":"** ("Former sponsors:", "Key features:", "Contents:") — a run
  whose first line is such a label — is no menu wherever it is, and position does not take its lines
  (wcxb TUNE: 142 body lines against 246 chrome/neutral in such runs; "Follow us:" over social links is
  left to the lexicon). Together with the two guards above, wcxb TUNE ``structure.menu`` 2,452 -> 2,164
  body lines, 46,792 -> 46,219 chrome/neutral.
* **Headline runs** need a box label: the run follows (or holds) a lexicon line of a teaser category
  (``read_more``, ``related``) — "यह भी पढ़ें" over four headlines, not four sub-heads of a live blog.
  A label that occurs twice or more on the page is a card's button ("Read more" / "और पढ़ें" closing
  each item of a listing), not a box label, and opens no box; a box ends at a line right above prose (a
  sub-head over its paragraph) or a line ending in ":" (a list's intro). wcxb TUNE: 131 of the 644 lines
  under a bare "read more" were body; held-out body lines lost to ``headlines`` 253 -> 31. Above the article a
  box also ends at the page's own headline (the last title-like line above the article, or any line right above
  a body line there) and at a breadcrumb (two one- or two-word items in a row; a navigation line of at most two
  words, the home link, over a short crumb, session 37): in a page's visible text a ticker's box ran on into the
  story's headline (``bench_page_lines.py``: 42 of 192 TUNE pages -> 2). A headline that asks is one of a box's links,
  an initialism's full stop ends no sentence in it, and a label without a Latin letter may have five words (session
  31, :func:`_teaser_boxes`).
* **Far blocks** (a small body block between kept parts of the article) are removed only when the
  block's line is not in the page's script (as ``top``/``bottom``): in the page's script they were body
  as often as one time in five (wcxb TUNE 69 body / 350 chrome; held-out 96 / 285; Indic 0 either way).
* **Poll boxes**: a question right after a lexicon ``poll`` label ("आपका मत") is the poll's question
  (``structure.poll``). A poll's results button has its own reason (``poll_results``): what follows it is not the
  poll's.
* **Box items** (session 36): a short line right between two lines the box rules took (teaser headlines, a rail, a
  comment thread) is the box's (``structure.box_item``, :func:`_sandwiched`); in a teaser box of cards, a card's
  one-sentence summary right before its date or reading time and the next card's one-word tag (:func:`_card_meta`).
* **Separator menus on one line** ("होम | देश | विदेश | खेल", "Home » News » India": at least three
  items of one to three words between ``|``/``»``/``›``, none holding a clause marker of
  the profile; :func:`shuddh.text.normalize.menu_items`, which is also why ``normalize`` leaves their
  pipes alone) are ``structure.menu`` wherever they are, and are page evidence — unless the line next to
  it has the same shape and as many items: rows of a table.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from functools import cache
from itertools import pairwise

import regex

from shuddh.lang.profile import LanguageProfile, line_key
from shuddh.text.bmp import bmp_class, bmp_only
from shuddh.text.normalize import menu_items
from shuddh.text.segment import WORD_RE, sentences, words

__all__ = ["BLOCK_GAP", "BODY_MIN_WORDS", "structural_reasons"]

#: a body line has at least this many words. News body sentences in the dev pages have 9-40 words;
#: the shortest gold "with" sentence on its own line has 10 ("जनवरी में लगातार छठे महीने निर्यात में कमी
#: आई है।"). Chrome sentences with an end mark are mostly shorter ("Leave a reply.", "Post your
#: comment."). 6 leaves room for short body sentences without letting 2-5-word buttons count.
BODY_MIN_WORDS = 6
#: this many non-body lines in a row end a block. Dev pages: the gaps *inside* articles are 1-3 lines
#: (sub-headings, an image caption, an "also read" line); the gaps between an article and the next
#: body-like text in the footer are 8 and more.
BLOCK_GAP = 5
#: a separate block is kept if it has at least this share of the article block's words. A second part
#: of an article after an inline box is usually comparable in size; footer teasers are < 10 %.
MIN_BLOCK_SHARE = 0.25
#: short lines kept right above the article: headline and section label (or headline and byline)
HEADER_LINES = 2
#: structure.top and structure.bottom take lines of at most this many words (module doc, rules 3-4)
POSITION_MAX_WORDS = 3
#: a link list: this many consecutive lines of at most MENU_MAX_WORDS words. Two short lines in a row
#: are common in articles (label + headline, a sub-heading and a caption); three one-to-three-word lines
#: in a row are navigation on every dev page, and never body text there.
MENU_RUN = 3
MENU_MAX_WORDS = 3
#: a teaser headline has at most this many words (and is unterminated)
_HEADLINE_WORDS = (3, 20)
#: a line of at least this many words reads as prose whatever its ending (in a profile with clause
#: markers it must also hold one: a 21-word headline strip "होम । देश । …" closes no clause)
PROSE_MIN_WORDS = 20
#: a body block of at least this many words is kept wherever it is (Dainik Jagran: a 128-word lead
#: paragraph above a 13-line fact box was dropped as a "far block" by the share rule alone)
BLOCK_MIN_WORDS = 40
#: lexicon matches that show a document is a page dump with site chrome (menus, footers) around the text
EVIDENCE_MIN_LEXICON = 2
#: a teaser box holds at most this many links
_BOX_MAX = 12
#: inside a teaser box, a line over running text is taken for the article's sub-head (and ends the box) only
#: when it has at most this many words; a longer one is the box's last headline, which an inline "also read"
#: box between two paragraphs always has over running text (blind-written news pages of 4 site families,
#: bench_pages.py, session 25: 7 of the 9 teaser headlines left in the TUNE families' text). Sub-heads of
#: the same pages have 2-6 words ("श्रेणीवार खुदरा बिक्री का हाल"); a page's own headline is kept by its
#: title (``structural_reasons``' ``title``). A line that opens with a figure keeps the guard at any length: a
#: fact box's rows under a box label read so ("97,035 लोग दुनिया भर में संक्रमित हुए हैं", crawl-hindi-news)
_SUBHEAD_MAX_WORDS = 6
#: lexicon reasons that label a box of teaser headlines below them
_TEASER_REASONS = frozenset({"read_more", "related"})
#: lexicon reasons of a list's own heading: "See also" over a reference page's links (wcxb TUNE: the runs
#: between two parts of an article whose only chrome was such a line held 134 body lines of 308 removed)
_LIST_REASONS = frozenset({"see_also"})
#: ... and the lexicon reason of a live blog's entry time, which bounds whatever an entry holds: a run holding one is
#: not shown to be navigation by it (a rainfall table between two entries' times went as a menu: blind-written pages
#: f32/06 ml, f33/06 hi; bench_pages TUNE body kept 2,815 -> 2,827 of 2,845, chrome left 218 -> 220 of 12,695,
#: HELD-OUT counted 59 -> 59). Measured and not taken: an ad slot's label (a fee table above "विज्ञापन" on one page,
#: f39/01, two rows; WCXB pages kept 108 more lines, HELD-OUT pages one more chrome element), and byline and credit
#: lines (WCXB pages kept 1,800 more chrome lines, recall 0.465 -> 0.453 TUNE, and no prose line more). Session 33: the
#: skip link and end mark of an embed ("X पोस्ट को स्किप करें, 1" … "पॉडकास्ट समाप्त", lexicon ``embed``) bound the embed
#: as an entry's time bounds an entry (as ``navigation`` they made a podcast box's last lines and the sub-head under it
#: a menu: blind-written page f55/01). Session 39: a quiz's buttons (lexicon ``quiz``: "उत्तर पहा", "निकाल पहा") bound a
#: question and its short options as an entry's time bounds an entry
_INLINE_REASONS = frozenset({"live", "embed", "quiz"})
#: the lexicon reasons that do not make a run between two parts of an article a menu (the two sets above)
_NO_MENU_EVIDENCE = _LIST_REASONS | _INLINE_REASONS
#: words are counted up to this many: one more than the largest count compared with
_WORD_CAP = max(BODY_MIN_WORDS, MENU_MAX_WORDS, PROSE_MIN_WORDS, *_HEADLINE_WORDS) + 1
#: the shape of a line needs its words counted only up to this many: ``min(n, _SHAPE_CAP)`` answers every
#: ``n >= BODY_MIN_WORDS``, ``n <= MENU_MAX_WORDS + 1`` and ``n <= POSITION_MAX_WORDS`` (the two limits of 20
#: words are counted again where a line reaches the cap: prose and teaser headlines, a few lines a page)
_SHAPE_CAP = max(BODY_MIN_WORDS, MENU_MAX_WORDS + 2, POSITION_MAX_WORDS + 1)
#: a line of only separators is a menu's divider ("|", "•", "·", "»")
_SEPARATOR_LINE = regex.compile(r"^[\s|।•·»›/\\\-–—:]+$")
#: what a separator line may start with besides whitespace (``str.isspace``, a superset of the class's ``\s``): a
#: line starting with anything else is none (a character test instead of a search per line)
_SEPARATOR_FIRST = "|।•·»›/\\-–—:"
#: a character that can separate the items of a one-line menu (a cheap test before menu_items)
_MENU_SEPARATOR = regex.compile(r"[|»›]")
_MENU_SPLIT = regex.compile(r"[|»›]+")
#: what a line must hold to be a separator menu (:func:`_inline_menus`)
_MENU_SEPARATORS = ("|", "»", "›")
#: a line counts as "in the profile's script" when at least half its letters are
_SCRIPT_SHARE = 0.5

# runs of what is *not* counted: deleting them leaves exactly the counted characters, so a count is
# one C pass with a match per gap between words, not a list of one-character strings
_NON_LETTERS = regex.compile(r"[^\p{L}\p{M}]+")
_CLOSERS = "\"'”’)]»*"


_LETTER = regex.compile(r"[\p{L}\p{M}]")
#: a sentence end, closing quotes and the space after it: the first match ends where the first split of
#: ``sentences`` does (the same classes as segment's lookbehind, read forwards: no closer is an end mark)
_SENT_GAP = regex.compile(r"[.?!।॥۔؟…][\"'”’)\]]*+\s+")


_ScriptRes = tuple[regex.Pattern[str], regex.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]


@cache
def _script_res(scripts: tuple[str, ...]) -> _ScriptRes | None:
    """(a letter in none of ``scripts``, a run of characters in none of ``scripts``; by stdlib ``re`` a
    BMP letter in none of them or any character beyond the BMP — where it finds nothing, the first finds
    nothing either —, and the runs of non-letters and of characters in none of ``scripts`` of a line
    without characters beyond the BMP)."""
    if not scripts:
        return None
    cls = "".join(rf"\p{{sc={s}}}" for s in scripts)
    other = rf"[[\p{{L}}\p{{M}}]--[{cls}]]"
    fast = re.compile(f"[{bmp_class(regex.compile(other + '+', regex.V1))}\U00010000-\U0010ffff]")
    letters = bmp_class(regex.compile(r"[\p{L}\p{M}]+"))
    in_scripts = bmp_class(regex.compile(f"[{cls}]+"))
    return (regex.compile(other, regex.V1), regex.compile(f"[^{cls}]+"), fast, re.compile(f"[^{letters}]+"),
            re.compile(f"[^{in_scripts}]+"))


@cache
def _counter(cap: int) -> regex.Pattern[str]:
    """Up to ``cap`` words of WORD_RE from a line's start in one match: each repetition skips what is
    not a letter/mark/digit and takes one word atomically (greedy, no backtracking into it), which is
    exactly the next match of ``WORD_RE.finditer``; the group's captures are the words (one C call a line
    instead of a Python step per word: word counts were a third of the structural rules' cost)."""
    assert WORD_RE.pattern == _WORD_PATTERN, "WORD_RE changed: update _WORD_PATTERN"
    return regex.compile(rf"(?:[^\p{{L}}\p{{M}}\p{{N}}]*+((?>{_WORD_PATTERN}))){{0,{cap}}}")


_WORD_PATTERN = r"[\p{L}\p{M}\p{N}]+(?:(?:[\u200c\u200d]+|['’\-])[\p{L}\p{M}\p{N}]+)*"


def _count_words(line: str, cap: int) -> int:
    """``min(len(words(line)), cap)``, scanning ``line`` only up to its cap-th word."""
    m = _counter(cap).match(line)
    return len(m.starts(1)) if m is not None else 0


@cache
def _bmp_word() -> tuple[str, str, re.Pattern[str]]:
    """The BMP word class, WORD_RE's pattern over it, and that pattern compiled in stdlib ``re`` (built once: the
    class has ~1,200 ranges, ~15 ms to build and ~13 ms to compile)."""
    assert WORD_RE.pattern == _WORD_PATTERN, "WORD_RE changed: update _WORD_PATTERN"
    w = bmp_class(regex.compile(r"[\p{L}\p{M}\p{N}]+"))
    word = rf"[{w}]+(?:(?:[\u200c\u200d]+|['’\-])[{w}]+)*"
    return w, word, re.compile(word)


@cache
def _bmp_words(cap: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """WORD_RE and "at least ``cap`` words from the start" (:func:`_counter`'s steps, ``cap`` times), in
    stdlib ``re`` with the word class of the BMP: exact on a line without characters beyond the BMP. (Only the
    second is compiled per cap: a run asks for ~5 caps.)"""
    w, word, every = _bmp_word()
    return every, re.compile(rf"(?:[^{w}]*+(?>{word})){{{cap}}}")


def _count_bmp(line: str, cap: int) -> int:
    """:func:`_count_words` of a line without characters beyond the BMP: one match for a line of ``cap`` or
    more words (most lines of a page), all the words of a shorter one."""
    every, at_least = _bmp_words(cap)
    if at_least.match(line) is not None:
        return cap
    return min(len(every.findall(line)), cap)


def _two_sentences(line: str, gap: regex.Pattern[str] = _SENT_GAP) -> bool:
    """``len(sentences(line)) >= 2``: the first split has a sentence end before it, and after it text
    that is not all whitespace (``str.strip``'s, as ``sentences``). ``gap``: another test of a sentence end
    (:data:`_STATEMENT_GAP`)."""
    m = gap.search(line)
    return m is not None and len(line.rstrip()) > m.end()


#: a sentence end inside a line, not two full stops: a headline's pause ("ఖరారు.. ఎప్పుడంటే?") (an ellipsis of three
#: or "…" still ends one: a listing's titles cut short end so, and were a shop page's only body lines). A body line is
#: terminated or two sentences by this test: an unterminated line whose only sentence end inside is ".." is a headline
#: that pauses ("మెట్రో రెండో దశ: ఎయిర్‌పోర్ట్ కారిడార్‌కు కేంద్రం పచ్చజెండా.. నాలుగేళ్లలో పూర్తి లక్ష్యం"), not two
#: sentences of a paragraph. Nor is the last full stop of an initialism ("ए.टी.एम. से", "ਪੀ.ਏ.ਪੀ. ਚੌਕ", "ஏ.டி.எம். கொள்ளை":
#: a full stop after a dot and at most four letters and signs of a script other than Latin): a teaser headline that
#: names an ATM read as two sentences, so as a body line, and ended its box (session 31). Latin initialisms stay
#: sentence ends here: on English pages "U.S." lines were body, and the article's bounds moved without them
_STATEMENT_GAP = regex.compile(r"(?:(?<!\.)\.\.\.++|(?<!\.)(?<!\.[^\W\d\p{Latin}]{1,4})\.(?!\.)|[?!।॥۔؟…])"
                                r"[\"'”’)\]]*+\s+")


#: a sentence end inside a line other than a question or exclamation mark (a teaser headline asks and goes on:
#: "… क्या करें? जानिए …"; a paragraph's sentences end in dandas and full stops)
_STATEMENT_END = regex.compile(r"[।॥۔.](?:\s|$)")


_RANK = regex.compile(r"\s*(\d{1,2})[.)]?\s")
#: a line that opens with a figure: digits (with their separators, a sign or a unit mark) standing as a word of their
#: own ("97,035 लोग …", "12.5% …"); an ordinal or a name with a figure in it is a word ("8वां वेतन आयोग: …", "8th Pay
#: Commission: …", "5G सेवा …": session 34, a most-read box's headline that opened so ended the box as a fact row)
_FIGURE_FIRST = regex.compile(r"\s*[+-]?\d[\d,.:/%-]*(?:[)%]|\s|$)")


def _rank(line: str) -> int | None:
    m = _RANK.match(line)
    return int(m.group(1)) if m else None


def _figure_row(lines: Sequence[str], i: int, before: int | None, after: int | None) -> bool:
    """Line i opens with a figure and is no item of a numbered list: a fact box's row ("97,035 लोग दुनिया भर में
    संक्रमित हुए हैं"), which the teaser box's sub-head guard keeps at any length. A list numbered 1, 2, 3 … under a
    teaser label is the site's ranked headlines ("सबसे ज्यादा पढ़ी गईं": "3 बहराइच: नेपाल से छोड़ा गया पानी, …")."""
    if not _FIGURE_FIRST.match(lines[i]):
        return False
    n = _rank(lines[i])
    if n is None:
        return True
    if before is not None and _rank(lines[before]) == n - 1:
        return False
    return not (after is not None and _rank(lines[after]) == n + 1)


#: at most this many words in a box item's date or meta line ("नवम्बर 30, 2025", "दिसम्बर 4, 2025 at 7:42 am")
_DATE_MAX_WORDS = 8


def _figures_line(line: str) -> bool:
    """A line of at most :data:`_DATE_MAX_WORDS` words, more of them figures than words with a letter: a teaser's
    date or time ("नवम्बर 30, 2025", "2 दिसंबर 2025, 10:41 am"), never a sub-head, which is words ("2025 में क्या
    बदला")."""
    ws = WORD_RE.findall(line)
    if not ws or len(ws) > _DATE_MAX_WORDS:
        return False
    letters = sum(1 for w in ws if _LETTER.search(w))
    return letters < len(ws) - letters


#: a comment's header above its text (the author, the time, "X says:") has at most this many words
_COMMENT_HEAD_WORDS = 8


def _header_above(lines: Sequence[str], idx: list[int], k: int, floor: int, lexicon: Sequence[str | None],
                  out: Sequence[str | None], ends: tuple[str, ...], max_words: int,
                  skip: tuple[Collection[int], ...] = ()) -> list[int]:
    """The lines of a comment's header above ``idx[k]``: at most two, in a row upwards, each below ``floor`` (the
    section's label), neither a lexicon line nor taken nor in one of ``skip``, unterminated and of at most
    ``max_words`` words."""
    found: list[int] = []
    for j in (idx[k - 1], idx[k - 2] if k >= 2 else -1):
        if (j <= floor or lexicon[j] is not None or out[j] is not None or any(j in c for c in skip)
                or _terminated(lines[j], ends)
                or _count_words(lines[j], max_words + 1) > max_words):
            break
        found.append(j)
    return found


def _comments(lines: Sequence[str], idx: list[int], lexicon: Sequence[str | None], ends: tuple[str, ...],
              out: list[str | None], body: set[int]) -> None:
    """Readers' comments: the line right above a reply button (lexicon ``reply``: "जवाब दें", "Reply") is a comment's
    text, and the short unterminated lines right above it (at most two, of at most :data:`_COMMENT_HEAD_WORDS` words:
    the author, the time, "सीमा श्रीवास्तव ने कहा:") its header, all ``structure.comment``.

    Only in a comment section below an article: the section starts at the last comment label, count or form line
    (lexicon ``comment_form``: "2 टिप्पणियाँ", "N thoughts on “…”") above the first reply button, and above that line
    there are at least :data:`BLOCK_MIN_WORDS` words of body lines. A forum shows a "Reply" under every post and no
    such label between its posts (or only a login form's "Name" above all of them): its posts are its text."""
    replies = [k for k, i in enumerate(idx) if lexicon[i] == "reply"]
    if not replies:
        return
    section = next((i for i in reversed(idx[:replies[0]]) if lexicon[i] == "comment_form"), None)
    if section is None or sum(len(words(lines[i])) for i in body if i < section) < BLOCK_MIN_WORDS:
        return
    for k in replies:
        text = idx[k - 1]
        if text <= section or lexicon[text] is not None or out[text] is not None:
            continue
        out[text] = "structure.comment"
        for h in _header_above(lines, idx, k - 1, section, lexicon, out, ends, _COMMENT_HEAD_WORDS):
            out[h] = "structure.comment"


#: a reader's comment under a header (:func:`_comment_threads`): this many lines that are neither the thread's (a
#: comment, its header, a lexicon line — a reply or like button, the form) end the thread
_THREAD_GAP = 2
_DIGIT = re.compile(r"\d")
#: a time or date written in figures alone ("16-10-2019 08:05", "14/09/2024", "9:12")
_FIGURE_TIME = re.compile(r"\d[:/.-]\d")


def _comment_head(line: str, ends: tuple[str, ...]) -> bool:
    """A comment's header line: short, unterminated, with its time — figures with words ("राकेश श्रीवास्तव 2 घंटे
    पहले", "শুভজিৎ রায়১ ঘণ্টা আগে", "संदीप तिवारी 15 नव॰") or a date or time in figures ("14-03-2025 09:12 PM"); a bare
    number (a vote count, a rank) is none."""
    return (_DIGIT.search(line) is not None and not _terminated(line, ends)
            and (_LETTER.search(line) is not None or _FIGURE_TIME.search(line) is not None)
            and _count_words(line, _COMMENT_HEAD_WORDS + 1) <= _COMMENT_HEAD_WORDS)


def _comment_threads(lines: Sequence[str], idx: list[int], lexicon: Sequence[str | None], ends: tuple[str, ...],
                     out: list[str | None], body: set[int]) -> None:
    """Readers' comments without reply buttons, each a header with its time (:func:`_comment_head`: the author and "2
    घंटे पहले", a date) right above its text; up to two more unterminated lines of at most :data:`MENU_MAX_WORDS` words
    above the header are the header's too (an avatar's initial, the author and place on a line of their own). All
    ``structure.comment``.

    Only in a thread under a comment section's label, count or form line (lexicon ``comment_form``: "टिप्पणियां (3)",
    "Comments", "Leave a reply") that stands once on the page (a label on every card of a listing — "Add Comment" — is a
    button) and below an article: at least :data:`BLOCK_MIN_WORDS` words of body lines above the label. The thread is
    the run of comments that starts within :data:`_THREAD_GAP` other lines of the label and goes on while no more than
    that many other lines stand between two comments (lexicon lines — a like or reply button, the form — and lines
    already taken are passed over).

    A forum or a Q&A page has the same shape (a post, "60 replies", then "name · 03/03/2026 19:49" over each reply)
    and there the replies are the page's text: a thread whose comments hold more words than the body above its label
    is left alone. Readers' comments under a news story or a blog post are shorter than the story (wcxb TUNE: the
    replies of seven forum and Q&A pages had gone, 75 body lines)."""
    counts = Counter(line_key(lines[i]) for i in idx if lexicon[i] == "comment_form")
    above = 0  # words of the body lines above the line looked at
    last = len(idx) - 1
    k = 0
    while k <= last:
        s = idx[k]
        if s in body:
            above += len(words(lines[s]))
        if lexicon[s] != "comment_form" or above < BLOCK_MIN_WORDS or counts[line_key(lines[s])] > 1:
            k += 1
            continue
        taken: list[int] = []
        said = 0  # words of the comments' texts
        gap = 0
        k += 1
        while k <= last and gap <= _THREAD_GAP:
            h = idx[k]
            # (a header a teaser box took as a headline is still its comment's: the box runs on from the section's
            # lexicon lines into the first header, and the comment under it was left, session 38)
            if lexicon[h] is not None or (out[h] is not None and out[h] != "structure.headlines"):
                k += 1
                continue
            t = idx[k + 1] if k < last else -1
            if (t >= 0 and h not in body and _comment_head(lines[h], ends) and lexicon[t] is None
                    and out[t] is None and _LETTER.search(lines[t]) is not None and not _comment_head(lines[t], ends)):
                taken += [h, t]
                said += len(words(lines[t]))
                taken += _header_above(lines, idx, k, s, lexicon, out, ends, MENU_MAX_WORDS, (body, taken))
                gap = 0
                k += 2
                continue
            if out[h] is None:
                gap += 1
            k += 1
        if taken and said <= above:
            for j in taken:
                out[j] = "structure.comment"


def _question_headline(line: str) -> bool:
    """A headline that asks and goes on ("ऑनलाइन ठगी हो जाए तो तुरंत क्या करें? जानिए पैसे वापस पाने का पूरा तरीका"):
    two sentences by :func:`_two_sentences` (so a body line) only at a ``?`` or ``!``. The teaser box takes it
    (unterminated, at most 20 words, under a label) like any other headline."""
    return _STATEMENT_END.search(line) is None


def _asks(line: str) -> bool:
    """A headline that asks ("पीएम किसान की किस्त कब आएगी?"): it ends in ``?`` and holds no statement's end."""
    return line.rstrip().rstrip(_CLOSERS).rstrip().endswith("?") and _question_headline(line)


#: a letter of the Latin script (a box label in it is "Related Articles", "More from India": at most
#: MENU_MAX_WORDS + 1 words)
_LATIN_LETTER = regex.compile(r"\p{Latin}")


def _label_words(line: str) -> int:
    """The most words a teaser box's label has: one more in a label without a Latin letter. Labels in the Indic
    languages say with postpositions and auxiliaries what English says in two or three words: "ਸਿਹਤ ਨਾਲ ਜੁੜੀਆਂ ਹੋਰ
    ਖ਼ਬਰਾਂ" (more health news), "ଆପଣଙ୍କୁ ଏହା ମଧ୍ୟ ଭଲ ଲାଗିପାରେ" (you may also like), "इस लेखक की और खबरें" (more by
    this author) (session 31; ``bench_page_lines.py`` TUNE: +75 chrome lines, no body line; WCXB's English pages keep
    the four-word limit: session 30 measured five words there and lost text)."""
    return MENU_MAX_WORDS + (1 if _LATIN_LETTER.search(line) else 2)


def _two_labels(line: str, profile: LanguageProfile) -> bool:
    """A teaser box's two tab labels printed as one line ("संबंधित खबरें लेखक की और खबरें": related stories | more by
    the author): two parts, each a label of at most :func:`_label_words` words that the lexicon reads as a teaser
    label alone (session 32: a WordPress theme's tabbed related box, its headlines left in 5 of 6 pages of a TUNE
    family). Asked only of a lexicon teaser line too long for one label."""
    from shuddh.stages.clean.chrome import chrome_reasons  # (chrome imports this module)

    ws = line.split()
    most = _label_words(line)
    if len(ws) > 2 * most or _SENTENCE_MARK.search(line):
        return False
    for k in range(max(1, len(ws) - most), min(len(ws), most + 1)):
        halves = chrome_reasons([" ".join(ws[:k]), " ".join(ws[k:])], profile)
        if all(r in _TEASER_REASONS for r in halves):
            return True
    return False


#: a sentence's end mark anywhere in a line (a label has none)
_SENTENCE_MARK = re.compile(r"[.!?।॥۔؟]")


def _asks_and_goes_on(line: str, n: int, ends: tuple[str, ...]) -> bool:
    """A headline that asks and goes on, unterminated ("इनकम टैक्स रिफंड अब तक नहीं आया? इन वजहों से अटक सकता है आपका
    पैसा"): two sentences by their shape, but no running text under a box's headline (session 31: the headline above
    it was taken for a sub-head over a paragraph and ended the box)."""
    return 0 < n <= _HEADLINE_WORDS[1] and "?" in line and not _terminated(line, ends) and _question_headline(line)


def _terminated(line: str, ends: tuple[str, ...]) -> bool:
    s = line.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(s) and s.endswith(ends)


def _in_script(line: str, profile: LanguageProfile) -> bool:
    res = _script_res(profile.scripts)
    if res is None:
        return True
    other_letter, non_script, fast, non_letters_bmp, non_script_bmp = res
    m = fast.search(line)
    if m is None:
        # no letter outside the script (the common case: one stdlib scan that finds nothing), as below
        return _LETTER.search(line) is not None
    if m.group() <= "\uffff" and bmp_only(line):
        # a letter outside the script: the shares counted by stdlib re (exact in the BMP)
        letters = len(non_letters_bmp.sub("", line))
        return letters > 0 and len(non_script_bmp.sub("", line)) >= _SCRIPT_SHARE * letters
    if m.group() > "\uffff" and other_letter.search(line) is None:
        # every letter is in the script, so the script characters (those letters, plus digits and
        # signs of the script) number at least all the letters, and _SCRIPT_SHARE <= 1: only "has a
        # letter at all" is left to decide
        return _LETTER.search(line) is not None
    letters = len(_NON_LETTERS.sub("", line))
    return letters > 0 and len(non_script.sub("", line)) >= _SCRIPT_SHARE * letters


_MARKERS: dict[str, regex.Pattern[str] | None] = {}


def _inline_menus(lines: Sequence[str], idx: list[int], lexicon: Sequence[str | None],
                  profile: LanguageProfile, text: str) -> set[int]:
    """Lines that are a separator menu on their own (module doc), not rows of a table (``text``: the lines
    joined)."""
    if not any(c in text for c in _MENU_SEPARATORS):  # (one scan of the page instead of three per line)
        return set()
    marks = frozenset(profile.threshold("runon_markers", ()))
    shape = {i: len(items) for i in idx
             if lexicon[i] is None and ("|" in lines[i] or "»" in lines[i] or "›" in lines[i])
             and (items := menu_items(lines[i], marks)) is not None}
    if not shape:
        return set()
    nxt = dict(pairwise(idx))
    prev = {b: a for a, b in nxt.items()}

    def cells(j: int | None) -> int:
        """Items of line j split at the separators, whatever they hold (a table row: "राम | 2001 | नायक")."""
        return 0 if j is None else len([c for c in _MENU_SPLIT.split(lines[j]) if c.strip()])

    return {i for i, n in shape.items() if cells(prev.get(i)) != n and cells(nxt.get(i)) != n}


def _markers(profile: LanguageProfile) -> regex.Pattern[str] | None:
    """One pattern for the profile's clause markers as whole words (one C-level search per line)."""
    if profile.code not in _MARKERS:
        ms = sorted(set(profile.threshold("runon_markers", ())), key=len, reverse=True)
        _MARKERS[profile.code] = (regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(map(regex.escape, ms))
                                                + r")(?![\p{L}\p{M}])") if ms else None)
    return _MARKERS[profile.code]


def reads_as_prose(line: str, profile: LanguageProfile, nwords: int | None = None) -> bool:
    """Whether ``line`` reads as running text, which no structural rule may remove (``nwords``: its words
    counted up to any cap of at least BODY_MIN_WORDS, if the caller has them).

    A line of >= 4 words that holds one of the profile's clause-closing verbs or copulas
    (``quality.runon_markers``: है, था, गया …); or a line of >= BODY_MIN_WORDS words, in sentences of
    >= BODY_MIN_WORDS words on average and in the profile's script, that is terminated or holds two
    sentences; or, in a profile without markers, such a line of >= PROSE_MIN_WORDS words even
    unterminated. A menu typed with dandas ("होम । देश । विदेश ।") has sentences of one to three words
    and no marker; an English promo on a Hindi page is not in the page's script.
    """
    n = _count_words(line, _WORD_CAP) if nwords is None else nwords
    if n < 4:
        return False
    marks = _markers(profile)
    if marks is not None and marks.search(line) is not None:
        return True
    if n < BODY_MIN_WORDS or not _in_script(line, profile):
        return False
    k = max(1, len(sentences(line)))
    n = len(words(line))
    if n < BODY_MIN_WORDS * k:
        return False
    ends = tuple(p for p in profile.terminal_punctuation if p not in _CLOSERS) or (".", "?", "!")
    return _terminated(line, ends) or k >= 2 or (marks is None and n >= PROSE_MIN_WORDS)


def _title_like(line: str, profile: LanguageProfile, nwords: int) -> bool:
    """A line above the article that may be its headline: in the page's script (a profile with
    scripts), with at least BODY_MIN_WORDS words that hold a letter (a dateline is mostly digits)."""
    if not profile.scripts or nwords < BODY_MIN_WORDS or not _in_script(line, profile):
        return False
    return sum(1 for w in words(line) if _LETTER.search(w)) >= BODY_MIN_WORDS


def structural_reasons(lines: Sequence[str], profile: LanguageProfile,
                       lexicon: Sequence[str | None], title: int | None = None, *,
                       comments: bool = True) -> list[str | None]:
    """A removal reason (``structure.*``) for each line, or None; lexicon matches are left to the caller.

    ``lines`` may contain blank lines (ignored for adjacency); ``lexicon[i]`` is the lexicon reason of
    line ``i`` or None. ``title``: the index of the page's headline (the line equal to the title its HTML
    declared, see ``chrome.title_line``), which no rule takes and which ends a teaser box. ``comments``: readers'
    comments below the article go (:func:`_comments`).
    """
    out = _structural_reasons(lines, profile, lexicon, title, comments)
    _read_more_cards(lines, lexicon, out, title)
    _sandwiched(lines, lexicon, out, title)
    if title is not None:
        out[title] = None
    return out


#: the structural reasons of a box's items below or beside the article: a teaser box's headlines, a rail's, a
#: readers' comment thread's lines
_BOX_ITEMS = frozenset({"structure.headlines", "structure.rail", "structure.comment"})
#: a line between two box items, or a card's summary, is one of them up to this many words (a one-sentence summary)
_BOX_ITEM_MAX_WORDS = 30


#: a card of a box whose every card closes with a "read more" link (:func:`_read_more_cards`) holds at most this many
#: lines (its headline, a summary, a date)
_CARD_MAX_LINES = 3


def _read_more_cards(lines: Sequence[str], lexicon: Sequence[str | None], out: list[str | None],
                     title: int | None) -> None:
    """The cards of a teaser box whose every card closes with its "read more" link (session 38): under a box label
    (lexicon ``related``: "Related Posts", "संबंधित खबरें"), two or more cards in a row, each one to
    :data:`_CARD_MAX_LINES` lines of at most :data:`_BOX_ITEM_MAX_WORDS` words (a headline that ends in no full stop
    or danda, then a summary or a date) and its lexicon ``read_more`` line ("Read More »", "आगे पढ़ें"), are the box's
    (``structure.box_item``). A WordPress theme's related posts print so; the teaser box rule ends at the first card's
    summary, a sentence (f91: the box kept 8 of its 9 card lines). The cards end at the first line that is none of
    these (a comment heading, a long line, a card of four lines); one card alone is no evidence."""
    if "read_more" not in lexicon or "related" not in lexicon:
        return
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    k = 0
    while k < len(idx):
        if lexicon[idx[k]] != "related":
            k += 1
            continue
        cards: list[list[int]] = []
        card: list[int] = []
        j = k + 1
        while j < len(idx):
            x = idx[j]
            if lexicon[x] == "read_more":
                if not card or lines[card[0]].rstrip().endswith((".", "।")):
                    break
                cards.append(card)
                card = []
            elif (lexicon[x] is None and x != title and out[x] in (None, *_BOX_ITEMS) and len(card) < _CARD_MAX_LINES
                  and len(lines[x].split()) <= _BOX_ITEM_MAX_WORDS):
                card.append(x)
            else:
                break
            j += 1
        if len(cards) >= 2:
            for x in (x for c in cards for x in c if out[x] is None):
                out[x] = "structure.box_item"
        k = j if cards else k + 1


def _sandwiched(lines: Sequence[str], lexicon: Sequence[str | None], out: list[str | None], title: int | None) -> None:
    """A short kept line right between two lines a box rule took is the box's too (``structure.box_item``): a teaser
    card's summary under its headline ("ज़िले के 40 सरोवरों की पड़ताल, जिनमें से ज़्यादातर …" between a recommended
    post's headline and the next card's date line), a reader's comment the thread rule left between two of its
    lines. The summary reads as a sentence, so the box rules end the box there; the cards on both sides are the
    evidence."""
    if _BOX_ITEMS.isdisjoint(out):  # (most pages: no box rule took a line, nothing to look for)
        return
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    for a, i, b in zip(idx, idx[1:], idx[2:], strict=False):
        if (out[i] is None and lexicon[i] is None and i != title and out[a] in _BOX_ITEMS and out[b] in _BOX_ITEMS
                and len(lines[i].split()) <= _BOX_ITEM_MAX_WORDS):
            out[i] = "structure.box_item"


def _structural_reasons(lines: Sequence[str], profile: LanguageProfile,
                        lexicon: Sequence[str | None], title: int | None, comments: bool = True) -> list[str | None]:
    n = len(lines)
    out: list[str | None] = [None] * n
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    if not idx:
        return out

    # poll boxes: the question right after a poll label ("आपका मत", "Poll") (looked for line by line only on a page
    # that has one, found by one C scan of the lexicon: ~0.004 -> ~0.001 ms per English wcxb page)
    if "poll" in lexicon:
        for i, j in zip(idx, [*idx[1:], -1], strict=True):
            if lexicon[i] == "poll" and j >= 0 and lexicon[j] is None and lines[j].rstrip().endswith(("?", "؟")):
                out[j] = "structure.poll"

    text = "\n".join(lines)
    inline = _inline_menus(lines, idx, lexicon, profile, text)
    for i in inline:
        out[i] = "structure.menu"
    lexicon_lines = sum(1 for i in idx if lexicon[i] is not None)
    teaser = any(lexicon[i] in _TEASER_REASONS for i in idx)
    # (a separator line looked for only when nothing else shows chrome: a search per line, ~0.02 ms per wcxb page,
    # for most pages that have lexicon lines)
    # (the search only on a line that starts with a separator or a space: :data:`_SEPARATOR_FIRST`)
    if (lexicon_lines < EVIDENCE_MIN_LEXICON and not inline and not teaser
            and not any(lexicon[i] is None and ((c := lines[i][0]) in _SEPARATOR_FIRST or c.isspace())
                        and _SEPARATOR_LINE.match(lines[i]) for i in idx)):
        # no sign of site chrome (no menu run can hold a separator line) and no teaser box label: no rule
        # below takes a line (see the returns further down), whose words then need not be counted (nor the
        # line after each, nor the profile's sentence ends: 591 of the Hindi crawl's 614 ~4 KB pieces end here;
        # with the separator test above, structural_reasons ~0.0098 -> ~0.0069 ms per piece, session 18)
        return out
    ends = tuple(p for p in profile.terminal_punctuation if p not in _CLOSERS) or (".", "?", "!")
    nxt = dict(zip(idx, [*idx[1:], -1], strict=True))

    # words per line, counted up to _SHAPE_CAP: the tests below compare with smaller bounds (the limits of
    # 20 words count again), and a long paragraph is scanned only to its cap-th word; by stdlib re when
    # the page has no character beyond the BMP (all but a few pages)
    count = _count_bmp if bmp_only(text) else _count_words
    nwords = {i: count(lines[i], _SHAPE_CAP) for i in idx}

    # menus: runs of very short lines (lexicon lines are short too and belong to the run; no body line is
    # that short: MENU_MAX_WORDS < BODY_MIN_WORDS)
    runs: list[list[int]] = []
    run: list[int] = []
    for i in [*idx, -1]:
        if i >= 0 and out[i] is None and nwords[i] <= MENU_MAX_WORDS:
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            runs.append(run)
        run = []
    sep = {i for r in runs for i in r if lexicon[i] is None and _SEPARATOR_LINE.match(lines[i])}
    evidence = lexicon_lines >= EVIDENCE_MIN_LEXICON or bool(sep) or bool(inline)
    if not evidence and not teaser:
        # no sign of site chrome and no teaser box label: no rule below takes a line (see the return
        # after the body lines), which then need not be found (clean text: most documents of a corpus)
        return out

    body = {i for i in idx if lexicon[i] is None and nwords[i] >= BODY_MIN_WORDS
            and (_terminated(lines[i], ends) or _two_sentences(lines[i], _STATEMENT_GAP))
            and _in_script(lines[i], profile)}
    memo: dict[int, bool] = {}

    def prose(i: int) -> bool:
        """Line i reads as prose (computed when a rule asks: most lines never need it)."""
        if i < 0 or lexicon[i] is not None:
            return False
        if i not in memo:
            memo[i] = reads_as_prose(lines[i], profile, nwords[i])
        return memo[i]

    def head(i: int) -> bool:
        """Line i stands right above running text: a headline (or sub-head) over its article. Running text includes
        a sentence that leads into a list ("डॉक्टरों ने इस मौसम के लिए लोगों को ये सावधानियां बताईं:"): in the page's script,
        at least :data:`BODY_MIN_WORDS` words, ending in a colon."""
        j = nxt[i]
        return j in body or prose(j) or (j >= 0 and _lead_in(lines[j], lexicon[j], nwords[j], profile))

    if not body:
        return out  # without an article, what follows a label may be the page's own content (module doc)

    # blocks of body lines, split by gaps of BLOCK_GAP non-body lines
    blocks: list[list[int]] = []
    gap = 0
    for i in idx:
        if i in body:
            if blocks and gap < BLOCK_GAP:
                blocks[-1].append(i)
            else:
                blocks.append([i])
            gap = 0
        else:
            gap += 1
    if len(blocks) == 1:
        kept = blocks  # the article itself: its share of its own words is 1 (mass not needed)
        main_end = blocks[0][-1]
    else:
        mass = [sum(len(words(lines[i])) for i in b) for b in blocks]
        main = max(mass)
        kept = [b for b, m in zip(blocks, mass, strict=True) if m >= MIN_BLOCK_SHARE * main or m >= BLOCK_MIN_WORDS]
        main_end = blocks[mass.index(main)][-1]

    if comments and "reply" in lexicon:
        _comments(lines, idx, lexicon, ends, out, body)  # readers' comments below the article
    navigation = lexicon.count("navigation") >= 2  # a post navigation needs two labels
    if teaser or navigation:
        # the page's own headline, which no box nor post navigation takes: the declared title, else the headline found
        # above the article (looked for only where a box can open or a navigation stands)
        keep = _headlines_above(idx, lexicon, kept[0][0], body, lambda i: _title_like(lines[i], profile, nwords[i]))
        if title is not None:
            keep.add(title)
        if teaser:
            # teaser boxes, on a page with a box label (the page's headline and the article's start end them)
            _teaser_boxes(lines, idx, lexicon, nwords, body, ends, out, head, keep, kept[0][0],
                          lambda i: _two_labels(lines[i], profile))
        if navigation:
            _previous_next(lines, idx, lexicon, nwords, body, ends, out, head, keep)
    if comments and "comment_form" in lexicon:
        _comment_threads(lines, idx, lexicon, ends, out, body)  # readers' comments under a header with its time
    if not evidence:
        # no sign of site chrome around the text: position and runs say nothing (see the module doc); the
        # lexicon and the cross-document statistics still apply
        return out
    kept_body = {i for b in kept for i in b}
    # the article runs from its first to its last kept body line or body line that reads as prose: a
    # small block of prose is not a reason to cut what lies between it and the article (a headline
    # with a verb is not a body line: the page title above a menu does not pull the menu in) (the body lines
    # block by block are in line order)
    first, last = _article_bounds([i for b in blocks for i in b], kept_body, lambda i: out[i] is None and prose(i))

    def sub_head(i: int) -> bool:
        """Line i (in a run inside the article, right after an ad slot, a live entry's time or a photo's counter: a
        :data:`_SLOTS` line) is the article's sub-head: two words or more in the page's script, over running text."""
        return nwords[i] >= 2 and head(i) and _in_script(lines[i], profile)

    listed: set[int] = set()  # items of a list opened by a label line ending in ":" or led into by a sentence
    # (a list after its lead-in sentence: Indic profiles only — on WCXB's English pages a code block or a download
    # list after a line ending in ":" is chrome to its gold, 60 TUNE chrome lines kept for 10 body lines)
    indic = bool(profile.scripts) and "Latn" not in profile.scripts
    for whole in runs:
        r = whole
        if lexicon[r[0]] is None and lines[r[0]].rstrip().endswith(":"):
            listed.update(r)
            continue
        at = bisect_left(idx, r[0]) if indic else 0  # (the lines before the run: idx[at - 1], idx[at - 2])
        p = idx[at - 1] if at else -1
        if (p >= 0 and lexicon[p] is None and out[p] is None and nwords[p] < BODY_MIN_WORDS
                and not _lead_in(lines[p], None, nwords[p], profile)):
            p = idx[at - 2] if at >= 2 else -1  # (a short table header row between the sentence and its rows)
        if p >= 0 and out[p] is None and _lead_in(lines[p], lexicon[p], nwords[p], profile):
            # the list a sentence leads into ("… के आंकड़े इस तरह हैं:"), up to the run's first lexicon line (an ad slot
            # after a rainfall table); what follows that line is a run of its own
            end = next((n for n, j in enumerate(r) if lexicon[j] is not None), len(r))
            listed.update(r[:end])
            r = r[end:]
            if len(r) < MENU_RUN:
                continue
        inside = first < r[0] and r[-1] < last
        # a run between two parts of the article is a list unless it carries chrome of its own: a lexicon
        # line of a category that is not a list's own heading ("See also") — a separator line there is a
        # row of an ASCII table or a code block's output, not a menu's divider
        if inside and not any(lexicon[j] is not None and lexicon[j] not in _NO_MENU_EVIDENCE for j in r):
            continue
        for j, before in zip(r, [-1, *r], strict=False):
            if (lexicon[j] is None and out[j] is None and not prose(j)
                    and not (inside and before >= 0 and lexicon[before] in _SLOTS and sub_head(j))):
                out[j] = "structure.menu"

    def positional(i: int) -> bool:
        """Position may take line i: a short line, or one not in the page's script (an English
        disclaimer or promo on a Hindi page; a profile without scripts has no such lines)."""
        return nwords[i] <= POSITION_MAX_WORDS or (bool(profile.scripts) and not _in_script(lines[i], profile))

    if profile.scripts and "Latn" not in profile.scripts:
        _rails(lines, idx, lexicon, nwords, out, main_end, ends, profile,
               lambda i: i in body or prose(i) or _lead_in(lines[i], lexicon[i], nwords[i], profile))

    # headline and label right above the article survive the top rule
    header: set[int] = set()
    for i in reversed([i for i in idx if i < first]):
        if len(header) >= HEADER_LINES or lexicon[i] is not None or out[i] is not None:
            break
        if nwords[i] == 0 or _terminated(lines[i], ends):
            break
        header.add(i)

    for i in idx:
        if out[i] is not None or lexicon[i] is not None or i in listed:
            continue
        if i < first:
            if (i not in header and not head(i) and not _title_like(lines[i], profile, nwords[i])
                    and not prose(i) and positional(i)):
                out[i] = "structure.top"
        elif i > last:
            if not head(i) and not prose(i) and positional(i):
                out[i] = "structure.bottom"
        elif i in body and i not in kept_body and not prose(i) and positional(i):
            out[i] = "structure.far_block"

    return out


#: lexicon reasons of the slots an article's text goes on after (an ad label, a live entry's time, a photo's counter
#: "7/8"): a sub-head right after one is no menu item though the slot and it make a run of short lines (session 39:
#: live blogs' entry headings and a photo story's sub-heads went as ``structure.menu``, 8 lines of 5 TUNE families)
_SLOTS = frozenset({"ad", "live", "embed"})
#: lexicon reasons of the lines that close an article (:func:`_rails`): its share bar, tags, comment form, post
#: navigation, legal links, footer, poll (its label and answers, or its results button)
_CLOSING = frozenset({"share", "tags", "comment_form", "reply", "navigation", "legal", "footer", "poll",
                      "poll_results"})
#: a rail holds at least this many headlines
_RAIL_MIN = 3


def _rails(lines: Sequence[str], idx: list[int], lexicon: Sequence[str | None], nwords: dict[int, int],
           out: list[str | None], end: int, ends: tuple[str, ...], profile: LanguageProfile,
           running: Callable[[int], bool]) -> None:
    """Rails with no label of their own below the article: other stories' headlines, a widget's rows (market rates,
    a points table). After the article's main block (``end``: its last line) and after a lexicon line of a kind that
    closes an article (:data:`_CLOSING`: share bar, tags, comment form, post navigation, legal links), a run of at
    least :data:`_RAIL_MIN` headline-shaped lines (4 to 20 words in the page's script, no sentence end, no colon at
    the end) goes as ``structure.rail``. Lexicon lines inside the run neither end it nor count; any other line ends it,
    and running text (``running``: a body line, prose, a lead-in) also ends the closed stretch: what follows it may be
    the article again (a part after a box) — except an author's card in that stretch (:func:`_author_card`: the name,
    then a bio sentence that opens with it), which goes as ``structure.bio`` and keeps it closed.

    Why the closing kinds only: an article's own list or table follows its text, an ad label, an "also read" line or
    a promo inside the story (blind-written TUNE pages: with every lexicon reason as the closing evidence, 26 list
    items and table rows of 5 families went; with these, none). Why not on Latin-script profiles: on wcxb's English
    TUNE pages a table of contents, a forum post's parts list and a listing's cards follow share and reply bars (62 of
    the 678 lines such a rule took were gold body); the rule runs for the Indic profiles (session 34)."""
    closed = False
    run: list[int] = []
    prev = -1  # the line before, when it is no lexicon line

    def flush() -> None:
        if len(run) >= _RAIL_MIN:
            for j in run:
                out[j] = "structure.rail"
        run.clear()

    for i in idx:
        if i <= end:
            continue
        if lexicon[i] is not None:
            closed = closed or lexicon[i] in _CLOSING
            prev = -1
            continue
        if not closed:  # (nothing to look at before the article is closed: no line's prose test is needed)
            prev = i
            continue
        if (out[i] is None and nwords[i] >= 4 and _headline_long(lines[i], nwords[i])
                and not _terminated(lines[i], ends) and not lines[i].rstrip().endswith(":")
                and _in_script(lines[i], profile)):
            run.append(i)
            prev = i
            continue
        if out[i] is None and running(i):
            if prev >= 0 and out[prev] is None and _author_card(lines[prev], lines[i], ends):
                # an author's card: the name, then the bio that opens with it ("रोहित शर्मा" / "रोहित शर्मा लोक
                # प्रहरी आगरा में शिक्षा और करियर बीट देखते हैं।")
                out[prev] = out[i] = "structure.bio"
                flush()
                prev = -1
                continue
            closed = False  # running text again: what follows may be the article's (a part after a box)
        flush()
        prev = i
    flush()


#: an author card's name line has this many words
_NAME_WORDS = (2, 4)


def _author_card(name: str, bio: str, ends: tuple[str, ...]) -> bool:
    """``name`` (2 to 4 words, no figure, no sentence end) stands over ``bio``, a sentence that opens with it and goes
    on for at least :data:`BODY_MIN_WORDS` more words: an author's card below the article (:func:`_rails`). A
    headline under its kicker ("विजय हजारे ट्रॉफी" / "विजय हजारे ट्रॉफी सेमीफाइनल: …") ends in no sentence mark."""
    name = name.strip()
    if not _NAME_WORDS[0] <= len(name.split()) <= _NAME_WORDS[1] or any(c.isdigit() for c in name):
        return False
    if _terminated(name, ends) or not bio.startswith(name + " ") or not _terminated(bio, ends):
        return False
    return len(bio.split()) >= len(name.split()) + BODY_MIN_WORDS


def _article_bounds(body: list[int], kept_body: set[int], inner: Callable[[int], bool]) -> tuple[int, int]:
    """``min(x), max(x)`` of ``x = kept_body | {i for i in body if inner(i)}`` (``body``: the body lines in line
    order, ``kept_body`` a non-empty part of them; ``inner``: a pure test).

    Only a body line outside kept_body's span can move the bounds, so ``inner`` is asked of those alone, from
    either end inward, and the first that passes stops the search. (Asking it — reads_as_prose — of every body
    line was the largest part of structural_reasons on English pages: with the two shortcuts of its evidence
    tests, structural_reasons went from ~0.25 to ~0.14 ms per wcxb page, ~0.10 of it here.)"""
    lo, hi = min(kept_body), max(kept_body)
    first = next((i for i in body[:bisect_left(body, lo)] if inner(i)), lo)
    last = next((i for i in reversed(body[bisect_right(body, hi):]) if inner(i)), hi)
    return first, last


def _headlines_above(idx: list[int], lexicon: Sequence[str | None], start: int, body: set[int],
                     title_like: Callable[[int], bool]) -> set[int]:
    """The page's own headline in a text that declares no title: the last title-like line (``title_like``: in the
    page's script, at least :data:`BODY_MIN_WORDS` words) above the article (``start``: the first line of its first
    kept block of body lines), and while the line taken stands over no body line, the title-like line right before
    it, up to :data:`_HEAD_LINES` lines (a headline over an unterminated standfirst, then a byline, a date, a share
    bar). Session 32: a byline with its date, reading time and place ("14 नवंबर 2024, 06:40 PM IST · 5 मिनट · अनुराग
    वर्मा, बाराबंकी") is title-like too; with two lines the byline and the standfirst were taken and the headline above
    them went as a ticker box's last link (a fresh family of blind-written pages, its headline lost on all 6 pages)."""
    above = [i for i in idx if i < start and lexicon[i] is None and title_like(i)]
    if not above:
        return set()
    heads = {above[-1]}
    k = idx.index(above[-1])
    for j in range(len(above) - 2, -1, -1):
        if len(heads) >= _HEAD_LINES or not k or above[j] != idx[k - 1] or (k + 1 < len(idx) and idx[k + 1] in body):
            break
        heads.add(above[j])
        k -= 1
    return heads


def _headline_long(line: str, n: int) -> bool:
    """Whether ``line`` (``n``: its words counted up to :data:`_SHAPE_CAP`) has at most a headline's most words; a
    line that reached the cap is counted again, up to :data:`_WORD_CAP`."""
    return n <= _HEADLINE_WORDS[1] and (n < _SHAPE_CAP or _count_words(line, _WORD_CAP) <= _HEADLINE_WORDS[1])


#: lines :func:`_headlines_above` may take: the headline, a standfirst, a byline
_HEAD_LINES = 3


def _previous_next(lines: Sequence[str], idx: list[int], lexicon: Sequence[str | None], nwords: dict[int, int],
                   body: set[int], ends: tuple[str, ...], out: list[str | None], head: Callable[[int], bool],
                   keep: Collection[int]) -> None:
    """The two headlines of a post navigation: a navigation label of at most :data:`_NAV_LABEL_WORDS` words, the
    headline it links, a second such label and its headline ("पिछली पोस्ट" / "<headline>" / "अगली पोस्ट" /
    "<headline>", "Previous Post" / … / "Next Post" / …): each headline under its label as ``structure.headlines``.
    The labels are the lexicon's; the two label-and-headline pairs in a row are the evidence (a breadcrumb over the
    page's headline is one pair). A headline over running text, the page's own (``keep``), a terminated line or a
    body line is never taken. Session 32: 36 such headlines stayed in the text of 6 TUNE families of blind-written
    pages (WordPress themes' post navigation in hi, ml, ur; a sports site's previous and next story)."""
    def label(i: int) -> bool:
        return lexicon[i] == "navigation" and nwords[i] <= _NAV_LABEL_WORDS

    def linked(i: int) -> bool:
        return (lexicon[i] is None and out[i] is None and i not in body and i not in keep
                and _HEADLINE_WORDS[0] <= nwords[i] and _headline_long(lines[i], nwords[i])
                and not _terminated(lines[i], ends) and not head(i))

    for k in range(len(idx) - 3):
        a, b, c, d = idx[k:k + 4]
        if label(a) and label(c) and linked(b) and linked(d):
            out[b] = out[d] = "structure.headlines"


#: a post navigation's label has at most this many words ("पिछली पोस्ट", "« Previous article")
_NAV_LABEL_WORDS = 3


#: a breadcrumb's separator between two items (:func:`_teaser_boxes`)
_BREADCRUMB = re.compile(r"\S\s*[»›>]\s*\S")
#: ... or opening a line of at most three words: a breadcrumb's item printed on its own line ("› मुंबई", "» Live Updates")
_CRUMB = re.compile(r"\s*[»›>]\s*\S+(?:\s+\S+){0,2}\s*$")


def _lead_in(line: str, lex: str | None, n: int, profile: LanguageProfile) -> bool:
    """A sentence that leads into a list or a quote: at least :data:`BODY_MIN_WORDS` words in the page's script, not
    a lexicon line, ending in a colon ("চিকিৎসকেরা এই সময়ে কয়েকটি বিষয়ে বিশেষ সতর্ক থাকার পরামর্শ দিচ্ছেন:"). A teaser
    box's link never ends so (``_teaser_boxes`` takes none that does)."""
    return lex is None and n >= BODY_MIN_WORDS and line.rstrip().endswith(":") and _in_script(line, profile)


#: a clock time ("10:45", "9.30"): a live blog's entry stamp, not a card's date
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?!\d)")


def _card_meta(lines: Sequence[str], lexicon: Sequence[str | None], j: int) -> bool:
    """Line ``j`` is a card's meta line: a date or a reading time the lexicon reads as a byline, or a line of figures
    (:func:`_figures_line`); either without a clock time (a live blog's next entry is stamped "10:45 AM": the entry
    text above it, after a teaser's headline, is the story's)."""
    return ((lexicon[j] == "byline" or (lexicon[j] is None and _figures_line(lines[j])))
            and not _CLOCK.search(lines[j]))


def _teaser_boxes(lines: Sequence[str], idx: list[int], lexicon: Sequence[str | None], nwords: dict[int, int],
                  body: set[int], ends: tuple[str, ...], out: list[str | None],
                  head: Callable[[int], bool], keep: Collection[int] = (), start: int = -1,
                  two_labels: Callable[[int], bool] = lambda i: False) -> None:
    """Headlines under a teaser box label ("यह भी पढ़ें", "संबंधित खबरें", "Related Articles"); a line of two labels
    glued (a box's tabs, ``two_labels``: "संबंधित खबरें लेखक की और खबरें") opens a box too.

    A bare label (a lexicon line of a teaser reason with at most :data:`MENU_MAX_WORDS` + 1 words, one more without a
    Latin letter: :func:`_label_words`) opens a box; the unterminated, non-body lines of at most 20 words that follow
    are its links, until another line (lexicon lines inside the box — "विज्ञापन" — neither end nor count; a headline
    that asks and goes on, :func:`_question_headline`, is one of them though it reads as two sentences, and so is one
    that ends in "?" and states nothing, :func:`_asks`: it ended the box, and the headlines below it stayed). The label
    is the
    evidence: without it, short lines in a row are sub-heads, list items or table rows as often as
    teasers (bench_chrome_sites: 16 of 16 Indic and 1,389 of 2,157 wcxb lines the old run-of-four rule
    removed were article text). A line over running text ends the box when it is shaped like a sub-head (at
    most :data:`_SUBHEAD_MAX_WORDS` words): the box's last headline sits over the paragraph that follows an inline
    box too.

    What else ends a box, so that the page's own headline is never one of its links (in a page's visible text a
    ticker's or a "breaking news" box's headlines run on through the breadcrumb into the story's headline and its
    standfirst; the line stages alone removed the headline on 42 of the 192 TUNE pages of the blind-written
    families, in 15 families, ``bench_page_lines.py``):

    * a line of ``keep``: the page's declared title, and in any text the headline :func:`_headlines_above` finds;
    * in a box whose label is above the article (``start``, the first line of its first kept block), a line right
      above a body line, whatever its length: that is a headline over its article, not the box's last link;
    * two items of fewer than three words in a row: a breadcrumb or a menu, not a box's headlines;
    * in a box above the article, a navigation line of at most two words (the home link) over an item of fewer than
      three words: a breadcrumb printed one item a line (session 37).
    """
    open_box = above = short = False
    taken = 0
    headline_k = meta_k = -2  # the position (in idx) of the box's last headline taken, of its last card's meta line
    labels = Counter(line_key(lines[i]) for i in idx if lexicon[i] in _TEASER_REASONS)
    last = len(idx) - 1
    for k, i in enumerate(idx):
        if (lexicon[i] in _TEASER_REASONS and (nwords[i] <= _label_words(lines[i]) or two_labels(i))
                and labels[line_key(lines[i])] < 2):
            open_box, taken, above, short = True, 0, i < start, False
            headline_k = meta_k = -2
            continue
        if open_box and (_CRUMB.match(lines[i]) or (lexicon[i] == "navigation" and _BREADCRUMB.search(lines[i]))
                         or (above and lexicon[i] == "navigation" and nwords[i] <= 2 and k < last
                             and lexicon[idx[k + 1]] is None and nwords[idx[k + 1]] < _HEADLINE_WORDS[0])):
            # a breadcrumb ("होम » सेहत", or an item on its own line: "› मुंबई") stands over the story's headline: a
            # ticker's or a box's links above it do not run on past it into the headline (session 32: a fresh family's
            # headline went so on all 6 pages). Above the article, one printed an item a line with no separator too: a
            # navigation line of at most two words (the home link) over a section ("ہوم" / "قومی" / the headline;
            # session 37: a TV channel's family, 2 of 6 pages)
            open_box = False
            continue
        if lexicon[i] is not None:
            if open_box and lexicon[i] == "byline" and taken:
                meta_k = k  # a card's date or reading time ("2 जून 2025 6 मिनट पढ़ें")
            continue
        if open_box and nwords[i] < _HEADLINE_WORDS[0]:
            if short:  # two items of one or two words in a row: a breadcrumb or a menu, not a box's headlines
                open_box = False
                continue
            short = True
            if (meta_k == k - 1 and out[i] is None and i not in keep and k < last
                    and nwords[idx[k + 1]] >= _HEADLINE_WORDS[0]):
                # the next card's tag between the last card's meta line and its headline ("राय", "पड़ताल")
                # (session 36)
                out[i] = "structure.box_item"
                continue
        else:
            short = False
        if (open_box and taken and headline_k == k - 1 and out[i] is None and i not in keep and k < last
                and nwords[i] <= _BOX_ITEM_MAX_WORDS and _card_meta(lines, lexicon, idx[k + 1])):
            # a card's one-sentence summary between its headline and its date or reading time: the sentence would end
            # the box, and the cards after it stayed (Ghost's and Substack's "more posts" cards, session 36)
            out[i] = "structure.box_item"
            continue
        over_body = above and k < last and idx[k + 1] in body  # (a box above the article: right over its text)
        if (open_box and out[i] is None and i not in body and i not in keep and not over_body
                and _figures_line(lines[i])):
            # an item's date between two headlines ("नवम्बर 30, 2025"): the box's, whatever follows it (a headline
            # with a verb reads as prose, and the sub-head guard below took the date over it for an article's
            # sub-head and ended the box); not counted as a link
            out[i] = "structure.headlines"
            continue
        if (open_box and taken < _BOX_MAX and out[i] is None and (i not in body or _question_headline(lines[i]))
                and nwords[i] > 0 and _headline_long(lines[i], nwords[i])
                and (not _terminated(lines[i], ends) or _asks(lines[i]))
                and not lines[i].rstrip().endswith(":") and i not in keep
                and not over_body
                and not (head(i) and not (k < last and _asks_and_goes_on(lines[idx[k + 1]], nwords[idx[k + 1]], ends))
                         and (nwords[i] < _SHAPE_CAP
                              or _figure_row(lines, i, idx[k - 1] if k else None, idx[k + 1] if k < last else None)
                              or _count_words(lines[i], _SUBHEAD_MAX_WORDS + 1) <= _SUBHEAD_MAX_WORDS))):
            out[i] = "structure.headlines"
            taken += 1
            headline_k = k
            continue
        open_box = False
