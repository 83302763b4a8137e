"""Cross-document chrome: lines that repeat across many documents of one site are site template.

A site's menus, footers, share bars and subscription pitches are identical on every page (only a
date or a counter changes), so a line that occurs in many documents *of the same site* is chrome
even when no lexicon knows its words — "BS E-Paper", "Get seamless access to Business Standard &
WSJ.com …" on every hindi.business-standard.com page of the dev set. The site is the host of the
document's URL (``www.`` dropped), or the shard (input file) when a document has no URL.

Lines are compared in a *template form*: NFC, case-folded, whitespace collapsed, every run of
digits (any script) folded to ``0``, month and weekday names (English and the profile languages'
common forms) folded to one token — so "Wednesday, September 30, 2020 02:45 PM" and "Friday,
February 14, 2020 10:18 PM" are the same line. Lines of more than ``max_words`` words are not
counted: a repeated *paragraph* is syndicated content, which the dedup stages judge — unless it is the page's last
such line and a line of sentences of fewer than :data:`BLURB_MAX_WORDS` words (a site's blurb about itself, an author's
standard bio: session 31),
which like every line that is a sentence (:func:`_is_sentence`) goes only below the page's own text (see
"Sentences" below); nor a line without a
letter: digits fold to one form, so every price, count and rating ("₹499", "4.5",
"1,592") would be one line (on the wcxb TUNE pages 1,309 removals, mostly prices and numbers of product
grids and code braces; the lines of separators such a template holds are menus' business).

A global stage in three phases (memory-bounded and deterministic):

1. ``collect`` — per shard, once per document, the 64-bit hashes of (site, template line) and of (site,
   line, neighbour) pairs (:meth:`ChromeRepeatsStage.scan`), appended to ``PARTITIONS`` spool files by
   the hash's top bits; and the number of documents of each site (by the site's 16-bit tag, which is also
   the low 16 bits of every key of that site; bit 16 tells a pair key from a line key). Each document's
   scan is also written (``<shard>.scan.docs`` / ``.scan.lines``: a 128-bit hash of site, ``max_words``
   and text; line, key and pair keys of each keyed line), and the shard's ``apply`` reads it back instead
   of scanning the text a second time (a document not found there, e.g. one a later stage of the phase
   changed, is scanned again: the same keys either way).
2. ``reduce`` — 64 partitions (executor tasks; memory: one partition of all shards' hashes) count in how
   many documents each key occurs and keep the lines found in at least ``max(min_docs, min_share × the
   site's documents)`` and the pairs found in at least half as many, with their counts. Counting does not
   depend on shard order. The spooling is shared with ``dedup_lines``
   (:class:`shuddh.stages.dedup.lines.RepeatedLineStage`); the keys and thresholds differ.
3. ``apply`` — removes every line that passes both tests below (:meth:`ChromeRepeatsStage.decide`),
   counted as ``chrome.repeated``; :meth:`ChromeRepeatsStage.in_memory` gives the same decisions for a
   list of documents held in memory (benchmarks, tests).

**A template stands in the same place on every page; a text's own lines do not** (issue 13). A line
found on enough pages of a site is removed from a page only where it stands in its *template context*:
next to the same neighbour — the line above or below it (blank lines, lines without a letter and debris
skipped; the start and end of the document count as neighbours) — on at least ``same_context`` (half) of
the pages it is on, and on at least 2. A menu's items follow each other on every page, a header sits at
the top and a footer at the bottom; a play's speaker label ("सुमन र्" with its colon mangled), a short
reply ("हाँ .", "नहीं .") or a refrain stands between different lines of text on every page. Sentences and
long lines count as neighbours, so a footer's labels between its notice sentences still go.
``bench_chrome_sites.py`` (the line count alone -> with the context): the CLTK prose set (3 works cut in
40-line chunks, one site per work) 5,538 -> 540 lines removed, 530 of them the printed book's garbled
running head (two lines by its page number, next to each other on 230 of 243 pages: print chrome) and
10 a phrase split over two lines ("कमर्" / "सेर्", 10 times); wcxb-dev automatic labels (body / chrome /
neutral) TUNE 296 / 2,480 / 199 -> 180 / 2,111 / 175, HELD-OUT 62 / 2,679 / 198 -> 57 / 2,124 / 96 — the
chrome kept is mostly the badges of product-grid cards ("Top Rated", "REI OUTLET"), whose neighbours are
other products; the Indic sets lose nothing to this stage either way.

**Debris is not template**: a line with fewer than two letters and vowel signs ("ऽ", "ऋ": conversion
debris of a legacy font in the CLTK text, 2,271 of those 5,538 lines) is neither counted nor anyone's
neighbour; whether it is junk is the quality rules' business, not a site's template.

**Template, not a repeated name** (issue 13): a site's template is on a large part of its pages, so a
line must be on at least ``min_share`` (1 %) of the site's documents as well as on ``min_docs``. Five
pages are enough evidence for a site of a few hundred pages; of a corpus of 1,975 Wikipedia pages read
as one file, a cast member on 6 film pages ("ओम प्रकाश") or a navigation box on 9 meridian pages is not
(those were 56 of the 64 lines ``bench_chrome_sites.py`` removed from clean Dakshina pages).
Sites whose tags collide add up their documents: the threshold only rises.

**Not teasers by repetition** (issue 13): the floor holds for headline-shaped lines too. A related-story
teaser was thought to stand, elsewhere in a crawl of its site, as the headline of its article followed by
that article's body; ``benchmarks/bench_teasers.py`` found none of the 48 related-story headlines the line
stages keep on the two crawl sites standing so anywhere (their articles are not in the crawl), and the rules
removed mostly body on TUNE sites: "a headline elsewhere followed by its body, here not" 16 chrome and
12 body lines on wcxb TUNE pages; "a headline-shaped line in >= 2 documents of a site" 6 body lines and no
chrome on Dainik Jagran (articles copied into two daily files).

**Sentences** (session 29): a site's template holds sentences too — its "about us" blurb in the footer, a cookie
notice, a newsletter pitch, a comment policy, an author's bio — on every page, in every language, which no lexicon
lists. A sentence found on enough of a site's pages, in its template context, goes only **below the page's own
text**: below the last sentence of the page that is not removed, on a page that keeps at least
:data:`OWN_TEXT_WORDS` words of such sentences (``sentences=False``: sentences are never keyed, as before). So
Wikipedia's "462 ग्रेगोरी कैलंडर का एक साधारण वर्ष है।" (the year pages' first line, above their own text) stays, and an
article served under five addresses of a site, whose every sentence repeats, keeps them all (nothing of its own is
left above them: dedup judges such copies). ``bench_page_lines.py``: chrome recall 0.848 -> 0.857 TUNE, 0.822 -> 0.827
HELD-OUT, no body line removed; WCXB automatic labels 240 more chrome lines removed and one body line; the Indic
hand-labelled and clean-prose sets unchanged (``bench_chrome_sites.py``). Session 31 keys the page's last line of
more than ``max_words`` words too when it is such a line of fewer than :data:`BLURB_MAX_WORDS` words: the blurbs of
41-59 words on every page of eleven TUNE families stayed. ``bench_page_lines.py`` TUNE +71 chrome lines, HELD-OUT +18,
no body line; WCXB TUNE +63 chrome lines, no body line; the Indic hand-labelled and clean-prose sets unchanged.

Run it after ``header`` (a section label repeated on every page of a section is metadata, which the
header stage takes first) and before the quality filters.

**Counted on the text the line stages received** (session 34): the template is counted, and each line's context
read, on the page as ``chrome`` and ``header`` received it — their removals undone from the document's audit trail
(:func:`_received`) — and only the lines still in the text are removed. Counted after them, a line the structural
rules took from some of a site's pages (a rail of headlines) was on too few pages to show as template on the others.
The runner keeps the trail in memory for this stage even with ``audit: false`` (which then only leaves ``removed/``
unwritten), so what is kept does not depend on the switch. ``bench_page_lines.py`` TUNE +153 chrome lines, 9 neutral,
no body line; WCXB TUNE +268 chrome, 32 neutral and 33 gold body lines, product and collection pages' repeated
badges and product names ("Lifetime Guarantee", "MacBook Air"); the Indic hand-labelled and clean-prose sets unchanged.
"""

from __future__ import annotations

import math
import re
import struct
import unicodedata
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt
import orjson
import regex
import xxhash

from shuddh.audit import PART, marked_lines
from shuddh.document import Document, Dropped
from shuddh.errors import StageError
from shuddh.io.writers import atomic_write_bytes
from shuddh.layout import WorkFiles
from shuddh.stages.base import StageContext, remove_lines
from shuddh.stages.clean.structure import BODY_MIN_WORDS
from shuddh.stages.dedup._common import Spool, read_array, stage_workdir
from shuddh.stages.dedup.lines import RepeatedLineStage
from shuddh.text.segment import (
    ASCII_WORD_RE,
    LATIN_WORD_RE,
    SENTENCE_END,
    TYPOGRAPHIC,
    WORD_RE,
    sentences,
)
from shuddh.urls import site_host

__all__ = ["ChromeRepeatsStage", "Scan", "is_debris", "site_of", "site_tag", "template_form"]

_DIGITS = regex.compile(r"\p{Nd}+(?:[.,:]\p{Nd}+)*")
_SPACES = regex.compile(r"\s+")
# month and weekday names in English (full and 3-letter) and Hindi: datelines differ only in these
_DATE_WORDS = regex.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|"
    r"अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार)\b"
)


# every match of _DATE_WORDS holds one of these (stdlib re: a fast prefilter of the slow alternation)
_DATE_HINT = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|जनवरी|"
                        "फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|"
                        "दिसम्बर|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार")


def _by_first_char(alternatives: list[str], literal: bool = True) -> str:
    """The same alternation grouped by first character ("j(?:an|un|ul)|…"): ``re`` tries one branch per
    position instead of all of them (the same strings match). ``literal``: the alternatives are strings (escaped
    here), else patterns that start with a literal character."""
    first: dict[str, list[str]] = {}
    for w in alternatives:
        first.setdefault(w[0], []).append(re.escape(w[1:]) if literal else w[1:])
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in first.items())


_DATE_HINT_FAST = re.compile(_by_first_char(_DATE_HINT.pattern.split("|")))
_date_hint = _DATE_HINT_FAST.search
#: word characters: ASCII lowercase letters and digits, the Devanagari block's letters, marks and digits (each of them
#: ``\w`` to the regex module; tests/unit/perf_equivalence/test_repeats_cost_round_18.py checks them)
_WORD_CHARS = "a-z0-9\u0900-\u0963\u0966-\u096f\u0971-\u097f"
#: _DATE_WORDS' names (no ``|`` inside their groups), grouped by first character for ``re``
#: (tests/unit/perf_equivalence/test_repeats_cost_round_18b.py checks they are all of them)
_DATE_NAMES = _by_first_char(_DATE_WORDS.pattern.removeprefix(r"\b(?:").removesuffix(r")\b").split("|"),
                             literal=False)
#: a month or weekday name after a character that is not one of _WORD_CHARS and before one that is not: a match of
#: ``_DATE_WORDS`` (``\b`` before and after it) starts the text or follows a character that is not ``\w`` and ends
#: the text or comes before one, so a line holding one holds this too or starts the text with a name. (The search
#: stops at the spaces and punctuation only, not at every j, f, m, a, s, … and म, स, न, … of the text: the hints in
#: the keyed lines of the bench_chrome_sites pages ~0.015 -> ~0.010 ms per 4 KB. Each English stem found at its
#: rarest letter instead did not pay. Then whole names, not their first three letters: "market", "money",
#: "decision" no longer send their lines to the slow substitution, 12,971 -> 5,556 lines of those pages; their
#: template forms ~0.035 -> ~0.033 ms per 4 KB.)
_date_hints_after = re.compile(f"[^{_WORD_CHARS}](?:{_DATE_NAMES})(?![{_WORD_CHARS}])").finditer
_date_hint_first = re.compile(f"(?:{_DATE_NAMES})(?![{_WORD_CHARS}])").match
_SPLIT_ONLY = re.compile("[\x1c-\x1f]")


def _has_split_only(text: str) -> bool:
    """``_SPLIT_ONLY.search(text) is not None``: four C scans for one character each (~0.002 ms on a page's text,
    where the class search took ~0.03 ms per English wcxb page)."""
    return "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text


_LETTER = regex.compile(r"\p{L}")
_END = ("।", "॥", ".", "?", "!", "۔", "؟")
_CLOSERS = "\"'”’)]»*"
#: what a line :func:`_is_sentence` may answer yes for ends with: a sentence end, a closer or whitespace (what
#: ``str.rstrip`` strips: ``str.isspace``'s characters, the last U+3000)
_SENTENCE_LAST = frozenset(_END) | frozenset(_CLOSERS) | frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
#: the characters segment.sentences splits after
_SENTENCE_ENDS = tuple(SENTENCE_END)
#: those a line :data:`_NOT_DEVANAGARI` finds nothing in can hold (not the Urdu ones)
_DEVANAGARI_ENDS = tuple(c for c in SENTENCE_END if c not in "۔؟")


def _is_sentence(line: str) -> bool:
    """A sentence of running text: >= BODY_MIN_WORDS words per sentence on average, ending like one.

    Such a line is never site template, however often its template form repeats: "462 ग्रेगोरी कैलंडर का
    एक साधारण वर्ष है।" is on every year page of Hindi Wikipedia (digits fold to one form), and the
    bench_chrome_sites.py clean-prose sets lost 86 Dakshina lines of this kind (issue 13). Menus, share
    bars, footers and promos have no sentence end or sentences of a few words; the lexicon catches the
    promo and copyright sentences."""
    if line and line[-1] in _KIND_END and _sentences_of_six(line) is not None:
        return True  # (the common case by one match: :data:`_SENTENCES_OF_SIX`)
    s = line.rstrip()
    t = s.rstrip(_CLOSERS).rstrip()
    if not t.endswith(_END):
        return False
    # sentences(line) splits only after one of _SENTENCE_ENDS: with e of them it has at most e + 1 pieces, so
    # e + 1 sentences' worth of words answers yes (a line of ASCII, Latin typography or Devanagari: found by one
    # match that stops there, without the list of all its words; and its words and sentences counted by stdlib
    # re: the lines of the bench_chrome_sites pages that end like sentences ~0.042 -> ~0.027 ms per 4 KB)
    if line.isascii():
        kind = _ASCII
        e = line.count(".") + line.count("?") + line.count("!")  # (the other ends are not ASCII)
    elif _NOT_LATIN.search(line) is None:
        kind = _LATIN
        e = line.count(".") + line.count("?") + line.count("!") + line.count("…")  # (no other end is allowed)
    elif _NOT_DEVANAGARI.search(line) is None:
        kind = _DEVANAGARI
        e = sum(map(line.count, _DEVANAGARI_ENDS))
    else:
        kind = _OTHER
        e = sum(map(line.count, _SENTENCE_ENDS))
    # a line that ends with its sentence end (no closer after it) has at most e sentences: each piece sentences()
    # keeps holds a sentence end (the pieces before a split end with one, the last holds the line's last end, or
    # is blank); so e sentences' worth of words answers yes, and with e = 1 fewer answer no. (A one-sentence line
    # of 6 to 11 words, the common case, was found by counting all its words and its sentences; with the ends
    # counted only among those a line of its kind can hold: the lines of the bench_chrome_sites pages that end like
    # sentences ~0.030 -> ~0.020 ms per 4 KB.)
    direct = len(t) == len(s)
    cap = BODY_MIN_WORDS * (e if direct else 1 + e)
    if kind == _OTHER:
        n = len(WORD_RE.findall(line))
    else:
        if e < _AT_LEAST_ENDS:
            if _at_least(cap, kind).match(line) is not None:
                return True
            if direct and e == 1:
                return False
        n = len(_KIND_WORDS[kind].findall(line))  # words(line), by the pattern of the line's characters
    if n < BODY_MIN_WORDS:
        return False
    if n >= cap:
        return True
    return n >= BODY_MIN_WORDS * max(1, len(sentences(line)) if kind == _OTHER else _sentence_count(line))


#: a line of ASCII, ’ and TYPOGRAPHIC characters with fewer sentence ends than this is matched by
#: :func:`_latin_at_least` (a pattern per count)
_AT_LEAST_ENDS = 8
#: a character that is not ASCII, ’ or one of segment's TYPOGRAPHIC characters
_NOT_LATIN = re.compile("[^\x00-\x7f\u2019" + TYPOGRAPHIC + "]")
#: the Devanagari block's letters, marks and digits (WORD_RE's ``[\p{L}\p{M}\p{N}]`` there: all of it but the
#: dandas and the abbreviation sign; tests/unit/perf_equivalence/test_repeats_cost_17.py checks each character)
_DEVANAGARI_WORD_CHARS = "\u0900-\u0963\u0966-\u096f\u0971-\u097f"
#: a character that is none of ASCII, ’, TYPOGRAPHIC, the Devanagari block and WORD_RE's two joiners
_NOT_DEVANAGARI = re.compile("[^\x00-\x7f\u2019\u0900-\u097f\u200c\u200d" + TYPOGRAPHIC + "]")
#: ``WORD_RE`` on a line of ASCII, ’, TYPOGRAPHIC, Devanagari and joiner characters, compiled by ``re`` (as
#: ``segment.LATIN_WORD_RE``): there WORD_RE's classes are exactly these (Hindi lines that end like sentences:
#: their words ~2x faster than by the regex module's ``\p{…}`` classes)
DEVANAGARI_WORD_RE = re.compile(f"[A-Za-z0-9{_DEVANAGARI_WORD_CHARS}]+"
                                "(?:(?:[\u200c\u200d]+|['\u2019\\-])"
                                f"[A-Za-z0-9{_DEVANAGARI_WORD_CHARS}]+)*")


def _sentence_line(line: str) -> bool:
    """:func:`_is_sentence`, asked only of a line whose last character may end one (:data:`_SENTENCE_LAST`)."""
    return line[-1:] in _SENTENCE_LAST and _is_sentence(line)


def _class(chars: set[str]) -> str:
    """``chars`` as the inside of a stdlib ``re`` class, in runs of consecutive code points."""
    out: list[tuple[str, str]] = []  # (first, last) of each run
    for c in sorted(chars):
        if out and out[-1][1] == chr(ord(c) - 1):
            out[-1] = (out[-1][0], c)
        else:
            out.append((c, c))
    return "".join(re.escape(a) + ("-" + re.escape(b) if b != a else "") for a, b in out)


#: the characters :data:`_NOT_DEVANAGARI` finds nothing in (ASCII, ’, TYPOGRAPHIC, Devanagari and WORD_RE's joiners),
#: and those of them a word of :data:`DEVANAGARI_WORD_RE` starts with
_KIND_CHARS = {*map(chr, range(0x80)), "\u2019", "\u200c", "\u200d", *TYPOGRAPHIC, *map(chr, range(0x900, 0x980))}
_WORD_STARTS = {c for c in _KIND_CHARS if re.fullmatch(f"[A-Za-z0-9{_DEVANAGARI_WORD_CHARS}]", c)}
#: the sentence ends a line of those characters can end with (:data:`_END`'s but the Urdu ones)
_KIND_END = "".join(c for c in _END if c in _KIND_CHARS)
#: a line of those characters made of sentences of at least BODY_MIN_WORDS words of DEVANAGARI_WORD_RE each (the words
#: of its kind's pattern: ASCII_WORD_RE's on ASCII, LATIN_WORD_RE's on ASCII, ’ and TYPOGRAPHIC), each up to a sentence
#: end of :data:`_DEVANAGARI_ENDS` (the last one the line's last character: no closer or space after it). Its kind's e
#: is its number of sentences, its cap e x BODY_MIN_WORDS, which its words reach: :func:`_is_sentence` answers yes for
#: it by this one match, where the kind's two searches, the ends' counts and the words' match were (64 % of the calls on
#: the bench_chrome_sites pages: the lines that end like sentences ~0.019 -> ~0.0155 ms per 4 KB, session 19)
_SENTENCES_OF_SIX = re.compile(rf"(?:(?:[{_class(_KIND_CHARS - _WORD_STARTS - set(SENTENCE_END))}]*+"
                               rf"(?>{DEVANAGARI_WORD_RE.pattern})){{{BODY_MIN_WORDS}}}"
                               rf"[{_class(_KIND_CHARS - set(SENTENCE_END))}]*+"
                               rf"[{re.escape(''.join(_DEVANAGARI_ENDS))}])++")
_sentences_of_six = _SENTENCES_OF_SIX.fullmatch
# the kinds of line _is_sentence tells apart, and the word pattern of each
_ASCII, _LATIN, _DEVANAGARI, _OTHER = 0, 1, 2, 3
_KIND_WORDS = (ASCII_WORD_RE, LATIN_WORD_RE, DEVANAGARI_WORD_RE)


@cache
def _latin_at_least(cap: int, latin: bool) -> re.Pattern[str]:
    """Matches a line of ASCII (``latin``: of ASCII, ’ and TYPOGRAPHIC characters) with at least ``cap`` words of
    ``ASCII_WORD_RE`` (``LATIN_WORD_RE``), which are WORD_RE's words there (``segment.line_words``): each
    repetition skips what cannot start a word and takes the next word whole (possessive, atomic: no backtracking
    into it), which is the next match of ``findall`` — as ``structure._bmp_words`` counts. (Counting all the
    words of the sentence-like lines was half the cost of this test: with it, ~0.15 -> ~0.12 ms per English wcxb
    page.)"""
    return _at_least(cap, _LATIN if latin else _ASCII)


@cache
def _at_least(cap: int, kind: int) -> re.Pattern[str]:
    """:func:`_latin_at_least` for each kind of line but ``_OTHER`` (``_DEVANAGARI``: at least ``cap`` words of
    :data:`DEVANAGARI_WORD_RE`)."""
    word = _KIND_WORDS[kind]
    starts = "A-Za-z0-9" + (_DEVANAGARI_WORD_CHARS if kind == _DEVANAGARI else "")  # what a word starts with
    assert word.pattern.startswith(f"[{starts}]+"), "the word patterns changed: update _at_least"
    return re.compile(rf"(?:[^{starts}]*+(?>{word.pattern})){{{cap}}}")


#: ``segment._SENT_END_RE``'s split, as ``re`` can say it: a sentence end, the closers after it and the whitespace
#: run ``sentences`` splits at (the regex module's ``\s`` among the characters :data:`_NOT_DEVANAGARI` allows)
_BREAK_SPACE = "\t-\r \xa0\u2009\u202f"
_SENTENCE_BREAK = re.compile("[.?!।॥۔؟…][\"'”’)\\]]*[" + _BREAK_SPACE + "]+")


def _sentence_count(line: str) -> int:
    """``len(sentences(line))`` for a line :data:`_NOT_DEVANAGARI` finds nothing in (ASCII, Latin typography,
    Devanagari). ``sentences`` splits at every whitespace run right after a sentence end and its closers and
    keeps the pieces that are not blank: each piece but the last ends with a sentence end, so it is not blank,
    and the last is the rest of the line after the last break (~3x faster than the regex module's split with its
    look-behind: 0.022 -> 0.007 ms per 4 KB of the bench_chrome_sites pages, over their lines that end like
    sentences)."""
    k, last = 0, 0
    for m in _SENTENCE_BREAK.finditer(line):
        k, last = k + 1, m.end()
    return k + 1 if line[last:].strip() else k


def template_form(line: str) -> str:
    """The form lines are compared in: digits, dates and whitespace folded (see the module doc)."""
    return _template_form(line, True)


def _template_form(line: str, split_only: bool) -> str:
    """:func:`template_form`; ``split_only``: False when the line has none of :data:`_SPLIT_ONLY`'s
    characters (NFC, casefold and the folds neither make nor remove them)."""
    t = _DIGITS.sub("0", unicodedata.normalize("NFC", line).casefold())
    if _date_hint(t):  # a cheap necessary condition: most lines name no month or weekday
        t = _DATE_WORDS.sub("<d>", t)
    if split_only and _SPLIT_ONLY.search(t):  # str.split() also splits at these; the regex's \s does not
        out: str = _SPACES.sub(" ", t).strip()
        return out
    return " ".join(t.split())


def _template_forms(lines: list[str], split_only: bool) -> list[str]:
    """``[_template_form(line, split_only) for line in lines]`` (no line holds a newline): the lines of
    :func:`_joined_forms`, or each line's form when that declines."""
    joined = _joined_forms(lines, split_only)
    if joined is None:
        return [_template_form(line, split_only) for line in lines]
    return joined.split("\n")


#: whitespace other than a space and a newline (``str.isspace``'s characters, what ``str.split`` splits at; the last
#: is U+3000)
_OTHER_SPACE = re.compile("[" + "".join(re.escape(c) for c in map(chr, range(0x3001))
                                        if c.isspace() and c not in " \n") + "]")


def _collapsed(text: str) -> bool:
    """Whether each line of ``text`` is ``" ".join(line.split())``: no two spaces in a row, no space at a line's
    edge, no other whitespace than spaces and newlines. (A handful of C scans of the text, where the split and
    join of every line took twice as long: the line stages hand chrome_repeats normalised text, where this holds.)
    """
    if "  " in text or " \n" in text or "\n " in text or text.startswith(" ") or text.endswith(" "):
        return False
    if text.isascii():
        return not ("\t" in text or "\r" in text or "\x0b" in text or "\x0c" in text or _has_split_only(text))
    # (none of that whitespace is printable: a text printable but for its newlines holds none, which one C pass over the
    # characters' types tells before the class search, as chrome's ``_spaced`` does; 3,895 of the 4,048 non-ASCII
    # forms texts of the bench_chrome_sites pages: their test ~0.0030 -> ~0.0022 ms per 4 KB, session 20)
    return text.replace("\n", " ").isprintable() or _OTHER_SPACE.search(text) is None


def _joined_forms(lines: list[str], split_only: bool) -> str | None:
    """``"\\n".join([_template_form(line, split_only) for line in lines])`` (no line holds a newline), with
    the folds done once on the lines joined by newlines: casefold maps each character alone, and no digit run
    or month name holds a newline, so each line of the folded text is its line folded alone; NFC is done per
    line. None (fold line by line) for fewer than 3 lines, when a line holds one of :data:`_SPLIT_ONLY`'s
    characters, or when casefold made a newline.

    (Four C calls per keyed line were most of a line's form: ~0.12 -> ~0.10 ms per English wcxb page. Then the
    lines that may name a month found by one scan of the whole text for a hint (a line without one has no match),
    not a search per line, and the whitespace of each line collapsed only when the text is not
    :func:`_collapsed` already; :meth:`ChromeRepeatsStage._scan` encodes the forms at once: the keyed lines'
    forms of the bench_chrome_sites pages ~0.051 -> ~0.045 ms per 4 KB. The slow month-name substitution of the
    whole text, and ``re`` substitutions of the whitespace of the whole text, took longer than line by line.)"""
    if len(lines) < 3 or split_only:  # (joining and splitting a line or two costs more than it saves)
        return None
    # (NFC line by line: one character the quick check cannot answer — a Devanagari vowel sign — sends the whole
    # text down the slow path, which made the forms of the Hindi news ~1.3x dearer joined than one by one)
    joined = "\n".join([line if line.isascii() else unicodedata.normalize("NFC", line) for line in lines])
    folded: str = _DIGITS.sub("0", joined.casefold())
    if folded.count("\n") != len(lines) - 1:
        return None
    # the month names line by line: the slow substitution only on the lines that may hold one (as _template_form),
    # found by one scan of the text for hints (not a search of each line)
    pieces: list[str] = []
    done = 0  # the end of the last line substituted
    # (the hints that start a word, each found at its first character; the text's own start looked at alone)
    hints = (m.start() + 1 for m in _date_hints_after(folded))
    for at in chain((0,), hints) if _date_hint_first(folded) else hints:
        if at < done:  # (a line already substituted)
            continue
        start, end = folded.rfind("\n", 0, at) + 1, folded.find("\n", at)
        if end < 0:
            end = len(folded)
        pieces += (folded[done:start], _DATE_WORDS.sub("<d>", folded[start:end]))
        done = end
    if pieces:
        folded = "".join(pieces) + folded[done:]
    if not _collapsed(folded):
        folded = "\n".join([" ".join(f.split()) for f in folded.split("\n")])
    return folded


def _context_token(line: str) -> int:
    """A sentence's or a long line's identity as a neighbour: case and digits folded, cheaper than
    :func:`template_form` (such a line is never removed here, only compared)."""
    t = line.strip().casefold()
    # (an ASCII line without 0-9 has no digit to fold, told by ten C scans for one character where the regex module's
    # substitution took ~1.7x as long: half the text of these lines is ASCII, mostly without digits; the context tokens
    # of the bench_chrome_sites pages ~0.0133 -> ~0.0111 ms per 4 KB, session 19)
    if (not t.isascii() or "0" in t or "1" in t or "2" in t or "3" in t or "4" in t or "5" in t or "6" in t or "7" in t
            or "8" in t or "9" in t):
        t = _DIGITS.sub("0", t)
    return xxhash.xxh3_64_intdigest(t.encode())


#: a line of sentences longer than ``max_words`` words is keyed up to this many words (a site's blurb about itself, an
#: author's standard bio: 41-59 words on the blind-written TUNE families' pages, every page of the family); like every
#: repeated sentence it goes only below the page's own text (session 31). Only the page's last lines of more than
#: ``max_words`` words are such blurbs (:func:`_last_blurbs`): a repeated line goes only below the page's own text, so
#: a blurb is one of its last long lines, and the article's paragraphs above them are never keyed (keying every long
#: line of the Hindi crawl's ~4 KB pieces doubled chrome_repeats' instructions); its key is its context token's
#: (:meth:`_rows`)
BLURB_MAX_WORDS = 80
#: ... at most this many of the page's last long lines, up from its last one alone (session 38): a footer stacks its
#: blurbs — a shop's promo, a newsletter's pitch, the "about us" — and only the last of them was keyed (a lifestyle
#: magazine's pitch and shop promo stayed on all six of its pages, f90; so did newsletter pitches of eight more
#: blind-written families)
BLURB_LINES = 4


def _last_blurbs(lines: list[str], keyed: list[int]) -> list[int]:
    """The indexes (ascending) of the page's last long lines (those not in ``keyed``, the ascending indexes of its lines
    of fewer than ``max_words`` words) that are blurbs that may be keyed — each a line of sentences
    (:func:`_sentence_line`) of fewer than :data:`BLURB_MAX_WORDS` words —, at most :data:`BLURB_LINES` of them, up
    from the last long line to the first that is no blurb (an article's paragraph: the page's text goes on above it);
    the last long line alone on a page whose last line is a long one (no footer below the text)."""
    out: list[int] = []
    j, k = len(lines) - 1, len(keyed) - 1
    # (more than one only on a page that ends in short lines, a footer's: a text that ends in its paragraph — most ~4 KB
    # pieces of the Hindi crawl — keys its last long line alone, as before)
    most = BLURB_LINES if k >= 0 and keyed[k] == j else 1
    while j >= 0 and len(out) < most:
        while k >= 0 and keyed[k] == j:
            j, k = j - 1, k - 1
        if j < 0:
            break
        ln = lines[j]
        if ln.count(" ") >= BLURB_MAX_WORDS or not _sentence_line(ln):
            break
        out.append(j)
        j -= 1
    out.reverse()
    return out


#: what a blurb's key hashes after the site, before its context token (no template form starts so)
_BLURB_MARK = b"\x1e"

#: what a page's copy key hashes after the site (:func:`_copy_key`; no template form starts so)
_COPY_MARK = b"\x1d"
#: the lines a page's copy key is made of have at least this many characters: paragraphs of its text (~20 words;
#: characters, not words: a count of each long line's spaces cost ~0.003 ms per ~4 KB piece of the Hindi crawl)
COPY_MIN_CHARS = 120
#: ... and a page has a copy key only with at least this many such lines: a shop's product pages that share one
#: boilerplate paragraph and hold no other are not taken for copies of one text (their template still goes)
COPY_MIN_LINES = 2
#: a line of the copy key is read by its length and this many characters at each end
_COPY_EDGE = 24


def _copy_key(text: str, site: str) -> int | None:
    """A page's copy key (session 33): the hash of its lines of at least :data:`COPY_MIN_CHARS` characters in order,
    each by its length and its first and last :data:`_COPY_EDGE` characters (a copy's lines are the same; hashing them
    whole cost ~0.01 ms per ~4 KB piece of the Hindi crawl), with the site; None for a page with fewer than
    :data:`COPY_MIN_LINES` such lines.

    Pages with equal keys are copies of one text — an article served under several addresses of its site (print, AMP
    and tracking variants, comment pages). Every line of such a page is on each copy, next to the same neighbours, so
    without this key a story served under five addresses lost its headline, its sub-heads, its table's head and its
    last paragraphs to ``chrome_repeats`` in every copy before dedup saw them (``bench_page_lines.py --copies``: each
    TUNE family with five copies of its first page, 398 of 795 prose lines). A line is template only when it is on
    enough pages that are not copies of the page (:meth:`ChromeRepeatsStage.decide`). A site's template paragraph in
    each page's key (a cookie notice no rule took) leaves its pages' keys distinct as long as each has a paragraph of
    its own; pages with none but two or more shared paragraphs share a key, and their template lines then go only where
    pages outside that group carry them too.
    """
    edges = [f"{len(ln)}\x1f{ln[:_COPY_EDGE]}\x1f{ln[-_COPY_EDGE:]}" for ln in text.split("\n")
             if len(ln) >= COPY_MIN_CHARS]
    if len(edges) < COPY_MIN_LINES:
        return None
    return (_xxh(site.encode() + b"\x00" + _COPY_MARK + "\n".join(edges).encode()) & _KEY_MASK) | site_tag(site)


#: a repeated sentence goes only from a page that keeps at least this many words of sentences of its own above it
#: (``ChromeRepeatsStage.below_own_text``; the structural rules' BLOCK_MIN_WORDS: an article of its own)
OWN_TEXT_WORDS = 40
#: ... and that text ends at its last line of at least this many words (counted by spaces), when it has one: a
#: paragraph, not a teaser's deck or a short reply (``below_own_text``, session 33)
OWN_PARAGRAPH_WORDS = 20

#: the low bits of a line key that hold its site's tag
_TAG_MASK = 0xFFFF


def _received(doc: Document) -> tuple[Document, list[int] | None]:
    """The document as the line stages before this one received it — its audit trail undone: the lines ``chrome`` and
    ``header`` removed and the pieces they cut from kept lines back in place — and, per line of that text, its index
    in ``doc.text`` (-1: removed there). ``(doc, None)`` for a document without a trail.

    A site's template is counted on that text (session 34): a line the structural rules take from some of a site's
    pages (a rail of headlines, a box under its label) was missing from the counts of those pages, and on the pages
    where they had kept it, too few pages were left to show it as template: the line stayed there. The counts on the
    text before the line stages do not depend on which page a rule fired on."""
    if not doc.removed:
        return doc, None
    marked = marked_lines(doc.text, doc.removed)
    where: list[int] = []
    k = 0
    for _, e in marked:
        if e is None or e.reason.endswith(PART):  # a line still in the text (a cut one holds its rest)
            where.append(k)
            k += 1
        else:
            where.append(-1)
    return replace(doc, text="\n".join(ln for ln, _ in marked), removed=None), where


def site_tag(site: str) -> int:
    """A site's 16-bit tag: the low bits of each of its line keys, and the key of its document count."""
    return xxhash.xxh3_64_intdigest(site.encode()) & _TAG_MASK


def site_of(doc: Document, source: str) -> str:
    """The host of the document's URL without ``www.`` (:func:`shuddh.urls.site_host`), or ``file:<source>`` when it
    has none or it cannot be read (a record whose ``url`` is "http://[x" had stopped the whole run)."""
    host = site_host(doc.url) if doc.url else None
    return host if host else f"file:{source}"


#: bit 16 of a key: set for a (line, neighbour) pair, clear for a line
_PAIR_BIT = 1 << 16
#: the bits of a line key's hash (the rest: pair bit clear, site tag)
_KEY_MASK = ~(_TAG_MASK | _PAIR_BIT) & 0xFFFF_FFFF_FFFF_FFFF
#: the neighbours at the document's edges (tokens no line hashes to in practice)
_START, _END_OF_DOC = 0, 1


_xxh = xxhash.xxh3_64_intdigest
#: two tokens as the 16 bytes a pair key hashes after the site. The key of neighbour tokens ``a`` above
#: ``b`` on a page of a site (``sb``: its bytes + NUL) is ``(xxh3_64(sb + _QQ(a, b)) & ~_TAG_MASK) |
#: _PAIR_BIT | tag`` (computed inline in :meth:`ChromeRepeatsStage._scan`)
_QQ = struct.Struct("<QQ").pack


#: two letters or marks anywhere in a line: fewer is debris (:func:`is_debris`)
_TWO_LETTERS = regex.compile(r"[\p{L}\p{M}][^\p{L}\p{M}]*[\p{L}\p{M}]")


_two_letters = _TWO_LETTERS.search


def is_debris(line: str) -> bool:
    """A line with fewer than two letters and vowel signs ("ऽ", "ऋ", "|", "4.5"; "हाँ" and "जी" are words):
    never template, never a neighbour."""
    return _TWO_LETTERS.search(line) is None


_U64 = 0xFFFF_FFFF_FFFF_FFFF


def _uint64s(values: list[int]) -> npt.NDArray[np.uint64]:
    """``np.array(values, dtype=np.uint64)`` (each value in 0 .. 2**64 - 1): an array('Q') converts a list of
    64-bit hashes ~1.5x faster than numpy, which takes each int above 2**63 on a slow path (collect's spools
    of the bench_chrome_sites pages ~0.006 -> ~0.004 ms per 4 KB)."""
    assert array("Q").itemsize == 8
    return np.frombuffer(array("Q", values), dtype=np.uint64)


def _mapped(path: Path, dtype: str) -> npt.NDArray[Any]:
    """``read_array(path, dtype, mmap=True)`` as a plain ndarray over the same memory map: np.memmap's slicing
    and indexing run Python code (``__getitem__``, ``__array_finalize__``) on every slice apply takes per
    document (apply of the bench_chrome_sites pages ~0.017 -> ~0.013 ms per 4 KB)."""
    return read_array(path, dtype, mmap=True).view(np.ndarray)


class _Scans:
    """A shard's scans written by ``collect`` (:meth:`ChromeRepeatsStage.collect`), found by document
    hash: in stream order, else through an index built on the first miss; the rows of document ``j`` are
    ``lines[docs[j - 1, 2]:docs[j, 2]]``."""

    def __init__(self, wd: Path, name: str) -> None:
        docs, lines = wd / f"{name}.scan.docs.uint64", wd / f"{name}.scan.lines.uint64"
        ok = docs.is_file() and lines.is_file()
        self.docs = _mapped(docs, "uint64").reshape(-1, 3) if ok else np.zeros((0, 3), np.uint64)
        self.lines = _mapped(lines, "uint64").reshape(-1, 4) if ok else np.zeros((0, 4), np.uint64)
        if ok and (len(self.docs) and int(self.docs[-1, 2]) != len(self.lines)):
            raise StageError(f"{wd}: {docs.name} and {lines.name} do not match")
        # each document's copy key (0: none); a collect of a version without them wrote none: no copy guard then
        copies = wd / f"{name}.scan.copies.uint64"
        self.copies = (_mapped(copies, "uint64") if ok and copies.is_file()
                       else np.zeros(len(self.docs), np.uint64))
        if len(self.copies) != len(self.docs):
            raise StageError(f"{wd}: {docs.name} and {copies.name} do not match")
        self.next = 0
        self.index: dict[tuple[int, int], int] | None = None

    def find(self, h: int) -> int | None:
        """The index of the document of hash ``h``, or None when collect did not see it."""
        hi, lo = h >> 64, h & _U64
        j = self.next
        if j < len(self.docs) and int(self.docs[j, 0]) == hi and int(self.docs[j, 1]) == lo:
            self.next = j + 1
        else:
            if self.index is None:
                self.index = {}
                for k, (a, b) in enumerate(self.docs[:, :2].tolist()):
                    self.index.setdefault((a, b), k)
            found = self.index.get((hi, lo))
            if found is None:
                return None
            j = found
            self.next = j + 1  # back in stream order after a document that was not (or no longer) there
        return j

    def removed(self, rows_removed: npt.NDArray[np.intp]) -> dict[int, set[int]]:
        """Document index -> its lines of the rows ``rows_removed`` (indexes into :attr:`lines`)."""
        out: dict[int, set[int]] = {}
        if len(rows_removed):
            doc_of = np.searchsorted(self.docs[:, 2], rows_removed, side="right")
            for j, i in zip(doc_of.tolist(), self.lines[rows_removed, 0].tolist(), strict=True):
                out.setdefault(j, set()).add(i)
        return out


@dataclass(slots=True)
class Scan:
    """One document as ``chrome_repeats`` sees it: ``keys[i]`` is line i's key (None: never template) and
    ``pairs[i]`` the keys of its (neighbour above, line) and (line, neighbour below) pairs."""

    keys: list[int | None]
    pairs: list[tuple[int, int] | None]
    #: the page's copy key (:func:`_copy_key`), None without one
    copy: int | None = None

    def counted(self) -> set[int]:
        """The keys this document adds one to (each once)."""
        out = {k for k in self.keys if k is not None}
        for p in self.pairs:
            if p is not None:
                out.update(p)
        if self.copy is not None:
            out.add(self.copy)
        return out


class ChromeRepeatsStage(RepeatedLineStage):
    """Removes lines found in at least ``min_docs`` documents of the same site, where they stand in the
    same context as on the site's other pages (module doc)."""

    name: ClassVar[str] = "chrome_repeats"
    removed_reason: ClassVar[str] = "chrome.repeated"
    distinct_counter: ClassVar[str] = "template_lines_distinct"
    #: the template is counted on the text the line stages received (:func:`_received`), from the audit trail
    reads_trail: ClassVar[bool] = True
    #: 64 partitions (top 6 bits): one reduce task holds 1/64 of all line hashes
    partitions: ClassVar[int] = 64
    batch: ClassVar[int] = 8192
    #: each shard's scans (:meth:`collect`) are read back only by that shard's apply
    work_files: ClassVar[WorkFiles] = WorkFiles(for_apply=(".decisions.json", ".scan.docs.uint64",
                                                           ".scan.copies.uint64", ".scan.lines.uint64"))

    def __init__(self, *, min_docs: int = 5, max_words: int = 40, min_share: float = 0.01,
                 same_context: float = 0.5, sentences: bool = True) -> None:
        # 5: a template line is on (nearly) every page of a site, so any site with a handful of pages
        # in a shard shows it; an article sentence quoted verbatim on 5 pages of one site is rare, and
        # 2-3 would catch "same story, updated" pairs that dedup_near is for. min_share, same_context:
        # module doc.
        if min_docs < 2:
            raise ValueError("min_docs must be >= 2")
        if not 0.0 <= min_share <= 1.0:
            raise ValueError("min_share must be between 0 and 1")
        if not 0.0 <= same_context <= 1.0:
            raise ValueError("same_context must be between 0 and 1")
        self.min_docs = min_docs
        self.max_words = max_words
        self.min_share = min_share
        self.same_context = same_context
        self.sentences = sentences

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "min_docs": self.min_docs, "max_words": self.max_words,
                "min_share": self.min_share, "same_context": self.same_context, "sentences": self.sentences}

    def needed(self, site_docs: int) -> int:
        """Documents of a site of ``site_docs`` documents a line must be found in to be its template."""
        return max(self.min_docs, math.ceil(self.min_share * site_docs - 1e-9))

    def context_needed(self, line_docs: int) -> int:
        """Documents a (line, neighbour) pair must be found in when the line is in ``line_docs``."""
        return max(2, math.ceil(self.same_context * line_docs - 1e-9))

    def _site(self, doc: Document, ctx: StageContext) -> str:
        # the site of URL-less documents: the input file's stable name (same in collect and apply, and for
        # every shard of a file split into several; a shard grouping small files: each document's own)
        sh = ctx.shard
        return site_of(doc, doc.file or ((sh.label or sh.name) if sh is not None else "?"))

    def scan(self, doc: Document, ctx: StageContext) -> Scan:
        """Line keys and neighbour-pair keys of ``doc`` (see :class:`Scan`)."""
        return self._scan(doc, self._site(doc, ctx))

    def _scan(self, doc: Document, site: str) -> Scan:
        return self._scan_keyed(doc, site)[0]

    def _scan_keyed(self, doc: Document, site: str) -> tuple[Scan, list[int]]:
        """:meth:`_scan` and its keyed lines (in order), from :meth:`_rows`."""
        n = doc.text.count("\n") + 1
        keys: list[int | None] = [None] * n
        pairs: list[tuple[int, int] | None] = [None] * n
        rows = self._rows(doc, site)
        keyed = rows[0::4]
        for i, k, a, b in zip(keyed, rows[1::4], rows[2::4], rows[3::4], strict=True):
            keys[i], pairs[i] = k, (a, b)
        return Scan(keys, pairs, _copy_key(doc.text, site)), keyed

    def _rows(self, doc: Document, site: str) -> list[int]:
        """The scan of ``doc`` as the rows ``collect`` writes, flat: line, key, pair above, pair below of each keyed
        line, in order. (Collect takes its rows and its counted keys from this list, by slices, where it read a
        :class:`Scan`'s per-line lists back line by line; the tokens and keys hashed by ``map``: collect of the
        bench_chrome_sites pages ~0.142 -> ~0.139 ms per 4 KB.)"""
        tag = site_tag(site)
        sb = site.encode() + b"\x00"
        text = doc.text
        lines = text.split("\n")
        # the context: every line that is not blank or debris (sentences and long lines too: a footer's
        # notice sentence is the neighbour of its labels), as a 64-bit token; a sentence's token (None
        # here) is computed only when it is the neighbour of a keyed line. (A line that opens with two letters is
        # no debris without the search: str.isalpha's letters are all in _TWO_LETTERS' classes; a line that ends
        # with a letter or digit (no space, closer or sentence end) is none without the call; lists built by
        # comprehensions, not appends. With the faster _is_sentence, the line tests of the bench_chrome_sites pages
        # ~0.071 -> ~0.049 ms per 4 KB. Then no call for a line whose last character is none of _SENTENCE_LAST:
        # those ending in a vowel sign, a virama, ":", ";", … too, 55,639 of the 130,634 calls: ~0.030 -> ~0.028.)
        # (a line of fewer than two characters holds no two letters, and one whose first and third characters are
        # letters ("किसान": a consonant, its vowel sign, a consonant) holds two without the search: 10,720 and 39,378 of
        # the 96,590 searches of the bench_chrome_sites pages' lines: ~0.0093 -> ~0.0082 ms per 4 KB, session 20)
        at = [i for i, ln in enumerate(lines) if len(ln) > 1 and (
            ln[:2].isalpha() or (ln[0].isalpha() and ln[2:3].isalpha()) or _two_letters(ln) is not None)]
        max_words = self.max_words
        ctx_lines = [lines[i] for i in at]
        # (a line shorter than max_words characters holds fewer spaces: no count of its spaces, 56 % of the lines of the
        # bench_chrome_sites pages: ~0.0077 -> ~0.0067 ms per 4 KB, session 20)
        sentences = self.sentences
        keyed = [j for j, ln in enumerate(ctx_lines) if (len(ln) < max_words or ln.count(" ") < max_words)
                 and (sentences or ln[-1] not in _SENTENCE_LAST or not _is_sentence(ln))]
        blurbs = _last_blurbs(ctx_lines, keyed) if sentences else []  # (keyed: the short lines, when sentences)
        tokens: list[int | None] = [None] * len(at)
        keyed_lines = [ctx_lines[j] for j in keyed]
        # the keyed lines' template forms, folded at once and encoded at once (:func:`_joined_forms`; template_form's
        # rare case: no line holds a _SPLIT_ONLY character when the text holds none)
        split_only = _has_split_only(text)
        joined = _joined_forms(keyed_lines, split_only)
        forms = ([_template_form(ln, split_only).encode() for ln in keyed_lines] if joined is None
                 else joined.encode().split(b"\n"))
        for j, token in zip(keyed, map(_xxh, forms), strict=True):
            tokens[j] = token
        keys = list(map(_xxh, map(sb.__add__, forms)))
        for blurb in blurbs:
            # a blurb's token is its context token, as where it is no blurb (a page where it is not among the last long
            # lines), and its key that token's (its template form, folding month names in ~400 characters, cost 5x as
            # much)
            bt = tokens[blurb] = _context_token(ctx_lines[blurb])
            where = bisect_left(keyed, blurb)
            keyed = [*keyed[:where], blurb, *keyed[where:]]
            keys.insert(where, _xxh(sb + _BLURB_MARK + bt.to_bytes(8, "little")))
        last = len(tokens) - 1
        high, low = ~_TAG_MASK, _PAIR_BIT | tag
        rows: list[int] = []
        nxt_j, nxt = -1, 0  # the pair below the previous keyed line: the pair above this one if adjacent
        for j, k in zip(keyed, keys, strict=True):
            t = tokens[j]
            if j == nxt_j:
                above = nxt
            else:
                a = tokens[j - 1] if j else _START
                if a is None:
                    a = tokens[j - 1] = _context_token(ctx_lines[j - 1])
                above = (_xxh(sb + _QQ(a, t)) & high) | low
            b = tokens[j + 1] if j < last else _END_OF_DOC
            if b is None:
                b = tokens[j + 1] = _context_token(ctx_lines[j + 1])
            nxt_j, nxt = j + 1, (_xxh(sb + _QQ(t, b)) & high) | low
            rows += (at[j], (k & _KEY_MASK) | tag, above, nxt)
        return rows

    def line_keys(self, doc: Document, ctx: StageContext) -> list[int | None]:
        """The key of each line of ``doc`` (None: never template); ``collect`` also counts the pairs."""
        return self.scan(doc, ctx).keys

    def decide(self, scan: Scan, count: Mapping[int, int]) -> set[int]:
        """Lines to remove: found in enough documents of the site (``count``: documents per key the reduce
        kept) and next to the same neighbour in enough of them."""
        out: set[int] = set()
        for i, k in enumerate(scan.keys):
            if k is None:
                continue
            n = count.get(k, 0)
            if not n:
                continue
            p = scan.pairs[i]
            assert p is not None
            need = self.context_needed(n)
            if count.get(p[0], 0) >= need or count.get(p[1], 0) >= need:
                out.add(i)
        if out and scan.copy is not None and (copies := count.get(scan.copy, 0)) > 1:
            out = self._not_copies(out, [count.get(k, 0) if (k := scan.keys[i]) is not None else 0 for i in out],
                                   copies)
        return out

    def _not_copies(self, lines: set[int], found: list[int], copies: int) -> set[int]:
        """``lines`` (in set order; ``found``: the documents each one's key is in) less those not on at least
        ``min_docs`` pages counting this one and not its other copies (``copies``: the documents of the page's copy
        key, :func:`_copy_key`)."""
        return {i for i, n in zip(lines, found, strict=True) if n - copies + 1 >= self.min_docs}

    def _kept(self, keys: npt.NDArray[np.uint64], counts: npt.NDArray[np.int64],
              site_docs: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
        """Keys the reduce keeps: lines in >= needed(site) documents, pairs in >= context_needed(that)."""
        of_site = site_docs[(keys & np.uint64(_TAG_MASK)).astype(np.int64)]
        need = np.maximum(self.min_docs, np.ceil(self.min_share * of_site - 1e-9))
        pair_need = np.maximum(2, np.ceil(self.same_context * need - 1e-9))
        is_pair = (keys & np.uint64(_PAIR_BIT)) != 0
        out: npt.NDArray[np.bool_] = np.where(is_pair, counts >= pair_need, counts >= need)
        return out

    def in_memory(self, docs: Iterable[tuple[Document, StageContext]]) -> list[set[int]]:
        """The lines ``apply`` would remove from each document if these were all the documents of the run
        (collect, reduce and apply in one process; for benchmarks and tests)."""
        scans: list[Scan] = []
        counts: Counter[int] = Counter()
        sites: Counter[int] = Counter()
        docs = list(docs)
        received = [_received(doc) for doc, _ in docs]
        for (doc, ctx), (rdoc, _) in zip(docs, received, strict=True):
            sc = self.scan(rdoc, ctx)
            scans.append(sc)
            counts.update(sc.counted())
            sites[site_tag(self._site(doc, ctx))] += 1
        site_docs = np.zeros(_TAG_MASK + 1, dtype=np.int64)
        for tag, n in sites.items():
            site_docs[tag] = n
        keys = np.array(list(counts), dtype=np.uint64)
        docs_of = np.array([counts[int(k)] for k in keys], dtype=np.int64)
        keep = self._kept(keys, docs_of, site_docs)
        kept = {int(k): int(c) for k, c in zip(keys[keep], docs_of[keep], strict=True)}
        return [self._in_text(rdoc, where, self.decide(sc, kept))
                for (rdoc, where), sc in zip(received, scans, strict=True)]

    def _doc_hash(self, doc: Document, site: str) -> int:
        """What a document's scan depends on, hashed (128 bits): the site, ``max_words``, ``sentences`` and the text.
        (The xxh3_128 of ``f"{site}\\x00{max_words}{s}\\x00{text}".encode()``, ``s`` "s" when sentences are keyed, else
        empty; its two parts hashed in turn: the same digest without
        a copy of the text before its encoding; collect's and apply's hashes of the bench_chrome_sites pages ~0.0040
        -> ~0.0035 ms per 4 KB each.)"""
        # (sentences keyed: "s" after max_words, so a scan of the former kind is never read back as one of these)
        blurbs = f"s{BLURB_MAX_WORDS}b{BLURB_LINES}" if self.sentences else ""
        h = xxhash.xxh3_128(f"{site}\x00{self.max_words}{blurbs}\x00".encode())
        h.update(doc.text.encode())
        return h.intdigest()

    def collect(self, docs: Iterable[Document], ctx: StageContext) -> None:
        # RepeatedLineStage.collect's spooling, with every key a document counts (lines and pairs); and
        # each document's scan (``scan.docs``: per document its hash's two halves and the end of its rows
        # in ``scan.lines``: line, key, pair above, pair below of each keyed line), which this shard's
        # apply reads instead of scanning the same text again
        wd, name = stage_workdir(ctx)
        spool = Spool(wd, name)
        shift = self._shift()
        sites: Counter[int] = Counter()
        n = 0
        buf: list[int] = []
        doc_rows: list[int] = []
        line_rows: list[int] = []
        copy_rows: list[int] = []
        end = 0

        def flush() -> None:
            if buf:
                # each partition's keys in their order (the batch sorted by partition, stably, and cut where the
                # partition changes: one pass, where a mask per partition took 64; the spools of the
                # bench_chrome_sites pages ~0.47 -> ~0.19 ms per flush of 8,192 keys, ~0.0025 -> ~0.001 ms per 4 KB)
                arr = _uint64s(buf)
                part = (arr >> shift).astype(np.int64)
                order = np.argsort(part, kind="stable")
                part, arr = part[order], arr[order]
                cuts = (np.flatnonzero(part[1:] != part[:-1]) + 1).tolist()
                for a, b in zip([0, *cuts], [*cuts, len(arr)], strict=True):
                    spool.append(f"lines.p{part[a]:02d}", arr[a:b])
                buf.clear()
            if doc_rows:
                spool.append("scan.docs", _uint64s(doc_rows))
                spool.append("scan.lines", _uint64s(line_rows))
                spool.append("scan.copies", _uint64s(copy_rows))
                doc_rows.clear()
                line_rows.clear()
                copy_rows.clear()

        try:
            for doc in docs:
                n += 1
                site = self._site(doc, ctx)
                sites[site_tag(site)] += 1
                rdoc, _ = _received(doc)  # the template counted on the text the line stages received
                rows = self._rows(rdoc, site)
                copy = _copy_key(rdoc.text, site)
                # Scan.counted() (once per document), from the keyed lines' rows (the other lines have no key and no
                # pairs): the same keys added in the same order (the keys, then each line's two pairs), so the same
                # set in the same order
                counted = set(rows[1::4])
                both = [0] * (len(rows) // 2)
                both[0::2], both[1::2] = rows[2::4], rows[3::4]
                counted.update(both)
                if copy is not None:
                    counted.add(copy)
                copy_rows.append(copy or 0)
                buf.extend(counted)
                line_rows += rows
                end += len(rows) // 4
                h = self._doc_hash(rdoc, site)
                doc_rows += (h >> 64, h & _U64, end)
                if len(buf) >= self.batch:
                    flush()
            flush()
            for j in range(self.partitions):
                spool.touch(f"lines.p{j:02d}", "uint64")
            spool.touch("scan.docs", "uint64")
            spool.touch("scan.lines", "uint64")
            spool.touch("scan.copies", "uint64")
            spool.commit()
        except BaseException:
            spool.abort()
            raise
        atomic_write_bytes(wd / f"{name}.meta.json", orjson.dumps({"n": n}))
        atomic_write_bytes(wd / f"{name}.sites.json", orjson.dumps({str(k): v for k, v in sorted(sites.items())}))

    def reduce_partition(self, workdir: Path, shard_names: list[str], k: int, ctx: StageContext) -> None:
        site_docs = np.zeros(_TAG_MASK + 1, dtype=np.int64)
        for name in shard_names:
            f = workdir / f"{name}.sites.json"
            if not f.is_file():
                raise StageError(f"site counts of {name} are missing in {workdir}: collect unfinished")
            # (a shard's tags are distinct: added at once, not by a numpy scalar addition per site; the site counts
            # of the 64 partitions of the bench_chrome_sites pages, 1,311 sites, ~0.0032 -> ~0.0016 ms per 4 KB)
            docs_of = orjson.loads(f.read_bytes())
            site_docs[np.fromiter(map(int, docs_of), dtype=np.int64, count=len(docs_of))] += np.fromiter(
                docs_of.values(), dtype=np.int64, count=len(docs_of))
        hashes = np.concatenate([read_array(workdir / f"{name}.lines.p{k:02d}.uint64", "uint64")
                                 for name in shard_names])
        uniq, counts = np.unique(hashes, return_counts=True)
        keep = self._kept(uniq, counts.astype(np.int64), site_docs)
        atomic_write_bytes(workdir / f"repeated.p{k:02d}.counts.uint32",
                           np.minimum(counts[keep], 0xFFFFFFFF).astype(np.uint32).tobytes())
        atomic_write_bytes(workdir / f"repeated.p{k:02d}.uint64", uniq[keep].tobytes())

    def finalize(self, workdir: Path, shard_names: list[str], ctx: StageContext) -> None:
        keys: list[npt.NDArray[np.uint64]] = []
        counts: list[npt.NDArray[np.uint32]] = []
        for k in range(self.partitions):
            f, c = workdir / f"repeated.p{k:02d}.uint64", workdir / f"repeated.p{k:02d}.counts.uint32"
            if not (f.is_file() and c.is_file()):
                raise StageError(f"reduce partition {k} of {self.name} is missing in {workdir}: it did not finish")
            keys.append(read_array(f, "uint64"))
            counts.append(read_array(c, "uint32"))
        repeated = np.concatenate(keys)  # partitions are ranges of the top bits: already sorted
        ctx.count(self.distinct_counter, int(np.count_nonzero((repeated & np.uint64(_PAIR_BIT)) == 0)))
        atomic_write_bytes(workdir / "repeated.counts.uint32", np.concatenate(counts).tobytes())
        atomic_write_bytes(workdir / "repeated.uint64", repeated.tobytes())

    def _copies_kept(self, removed: dict[int, set[int]], scans: _Scans, keys: npt.NDArray[np.uint64],
                     counts: npt.NDArray[np.uint32]) -> None:
        """:meth:`decide`'s copy guard on the rows' decisions (``removed``: document index -> its lines), in place: for
        a document whose copy key the reduce kept, only the lines on ``min_docs`` pages that are not its copies
        (counting itself) stay removed. (Only pages with copies enough to be kept are read again: most runs none.)"""
        js = [j for j in removed if scans.copies[j]]
        if not js:
            return
        last = len(keys) - 1
        wanted = scans.copies[js]
        at = np.minimum(np.searchsorted(keys, wanted), last)
        for j, a, hit in zip(js, at.tolist(), (keys[at] == wanted).tolist(), strict=True):
            copies = int(counts[a]) if hit else 0
            if copies <= 1:
                continue
            rows = scans.lines[(int(scans.docs[j - 1, 2]) if j else 0):int(scans.docs[j, 2])]
            key_of = dict(zip(rows[:, 0].tolist(), rows[:, 1].tolist(), strict=True))
            lines = removed[j]
            ks = np.array([key_of[i] for i in lines], dtype=np.uint64)
            kat = np.minimum(np.searchsorted(keys, ks), last)
            found = np.where(keys[kat] == ks, counts[kat], 0).tolist()
            removed[j] = self._not_copies(lines, found, copies)

    def apply(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        wd, name = stage_workdir(ctx)
        keys = _mapped(wd / "repeated.uint64", "uint64")
        counts = _mapped(wd / "repeated.counts.uint32", "uint32")
        if len(keys) != len(counts):
            raise StageError(f"{wd}: repeated.uint64 and repeated.counts.uint32 differ in length")
        scans = _Scans(wd, name)
        # every row's decision at once (the rows collect wrote): per document only a dict look-up
        removed = scans.removed(self._removed_rows(scans.lines, keys, counts)) if len(keys) else {}
        if removed:
            self._copies_kept(removed, scans, keys, counts)
        for doc in docs:
            if len(keys) == 0:
                yield doc
                continue
            site = self._site(doc, ctx)
            rdoc, where = _received(doc)
            j = scans.find(self._doc_hash(rdoc, site))
            # (None: not scanned by this shard's collect, e.g. a later stage of the phase changed it)
            remove = self._lookup(self._scan(rdoc, site), keys, counts) if j is None else removed.get(j, set())
            if remove:
                remove = self._in_text(rdoc, where, remove)
            if not remove:
                yield doc
                continue
            yield self.finish(doc, doc.text.split("\n"), remove, ctx)

    def _in_text(self, rdoc: Document, where: list[int] | None, remove: set[int]) -> set[int]:
        """The lines of the document's text to remove, from ``remove`` (lines of the text the line stages received,
        ``rdoc``; ``where``: each one's index in the document's text, -1 for a line gone before, or None when the
        two texts are one): :meth:`below_own_text`, where a line gone before is no text of the page's own, then
        those still in the text."""
        lines = rdoc.text.split("\n")
        if where is None:
            return self.below_own_text(lines, remove)
        gone = {i for i, w in enumerate(where) if w < 0}
        return {where[i] for i in self.below_own_text(lines, remove, gone) if where[i] >= 0}

    def below_own_text(self, lines: list[str], remove: set[int], gone: Collection[int] = ()) -> set[int]:
        """``remove`` less the sentences that do not stand below the page's own text (module doc, "Sentences"): a
        repeated sentence goes only below the last sentence of the page that is not removed (here, nor ``gone``:
        removed by a stage before), and only when the page keeps at least :data:`OWN_TEXT_WORDS` words of such
        sentences. (Only with ``sentences``: otherwise no sentence is keyed, so none is in ``remove``.)"""
        if not self.sentences:
            return remove
        said = [i for i in remove if _sentence_line(lines[i])]
        if not said:
            return remove
        own = [i for i, ln in enumerate(lines)
               if i not in remove and i not in gone and (_sentence_line(ln) or ln.count(" ") >= self.max_words)]
        if own and sum(len(lines[i].split()) for i in own) >= OWN_TEXT_WORDS:
            # the page's own text ends at its last paragraph: its last own line of OWN_PARAGRAPH_WORDS words or more
            # when it has one (a recommendation box's teaser decks below the article are sentences of the page's own
            # too, and a site's "about" blurb above them stayed on every page of a blind-written family, f59)
            last = max((i for i in own if lines[i].count(" ") >= OWN_PARAGRAPH_WORDS - 1), default=max(own))
            return remove - {i for i in said if i < last}
        return remove - set(said)

    def _lookup(self, sc: Scan, keys: npt.NDArray[np.uint64], counts: npt.NDArray[np.uint32]) -> set[int]:
        """The lines of a scan ``decide`` removes, the kept keys and counts looked up in the reduce's arrays."""
        wanted = np.array(sorted(sc.counted()), dtype=np.uint64)
        if not len(wanted):
            return set()
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        hit = keys[at] == wanted
        found = {int(k): int(c) for k, c in zip(wanted[hit], counts[at[hit]], strict=True)}
        return self.decide(sc, found) if found else set()

    #: rows decided per numpy pass of :meth:`_removed_rows` (bounds its temporary arrays: ~25 MB)
    rows_per_pass: ClassVar[int] = 1 << 18

    def _removed_rows(self, rows: npt.NDArray[np.uint64], keys: npt.NDArray[np.uint64],
                      counts: npt.NDArray[np.uint32]) -> npt.NDArray[np.intp]:
        """The indexes of the ``rows`` (line, key, pair above, pair below of each keyed line collect wrote) whose
        line :meth:`decide` removes, the kept keys and counts looked up in the reduce's arrays: a key the reduce
        kept, with count ``c``, and a pair of it with a count >= ``context_needed(c)``, computed for all the rows at
        once. (Per document, the same look-ups took ~10 numpy calls: apply of the bench_chrome_sites pages ~0.013
        -> ~0.009 ms per 4 KB.)"""
        out: list[npt.NDArray[np.intp]] = []
        last = len(keys) - 1
        for start in range(0, len(rows), self.rows_per_pass):
            part = rows[start:start + self.rows_per_pass]
            at = np.minimum(np.searchsorted(keys, part[:, 1]), last)
            hit = np.flatnonzero(keys[at] == part[:, 1])
            if not len(hit):
                continue
            n = counts[at[hit]]
            pairs = part[hit, 2:].ravel()
            pat = np.minimum(np.searchsorted(keys, pairs), last)
            pn = np.where(keys[pat] == pairs, counts[pat], 0).reshape(-1, 2).max(axis=1)
            # context_needed(n), each: the same float operations, then the same comparison with an integer
            need = np.maximum(2, np.ceil(self.same_context * n.astype(np.float64) - 1e-9))
            out.append(start + hit[(n > 0) & (pn >= need)])
        return np.concatenate(out) if out else np.zeros(0, dtype=np.intp)

    def finish(self, doc: Document, lines: list[str], remove: set[int], ctx: StageContext) -> Document | Dropped:
        reason = self.removed_reason
        doc.text = remove_lines(doc, lines, [reason if i in remove else None for i in range(len(lines))], ctx)
        return doc
