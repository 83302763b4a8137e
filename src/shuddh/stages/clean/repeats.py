"""Cross-document chrome: lines that repeat across many documents of one site are site template.

A site's menus, footers, share bars and subscription pitches are identical on every page (only a
date or a counter changes), so a line that occurs in many documents *of the same site* is chrome
even when no lexicon knows its words — "BS E-Paper", "Get seamless access to Business Standard &
WSJ.com …" on every hindi.business-standard.com page of the dev set. The site is the host of the
document's URL (``www.`` dropped), or the shard (input file) when a document has no URL.

Lines are compared in a *template form*: NFC, case-folded, whitespace collapsed, every run of
digits (any script) folded to ``0``, month and weekday names (English and the profile languages'
common forms) folded to one token — so "Wednesday, September 30, 2020 02:45 PM" and "Friday,
February 14, 2020 10:18 PM" are the same line. Lines of more than ``max_words`` words are never
counted: a repeated *paragraph* is syndicated content, which the dedup stages judge; nor is a line
that is a sentence (:func:`_is_sentence`): a site's template is made of labels, links and notices.

A global stage in three phases (memory-bounded and deterministic):

1. ``collect`` — per shard, the 64-bit hash of (site, template line), once per document, appended to
   ``PARTITIONS`` spool files by the hash's top bits.
2. ``reduce`` — 64 partitions (executor tasks; memory: one partition of all shards' hashes) count in
   how many documents each (site, line) occurs and keep those with at least ``min_docs``. Counting does
   not depend on shard order. The mechanism is shared with ``dedup_lines``
   (:class:`shuddh.stages.dedup.lines.RepeatedLineStage`); only the line key differs.
3. ``apply`` — removes every matching line, counted as ``chrome.repeated``.

Run it after ``header`` (a section label repeated on every page of a section is metadata, which the
header stage takes first) and before the quality filters.
"""

from __future__ import annotations

import unicodedata
from typing import Any, ClassVar
from urllib.parse import urlsplit

import regex
import xxhash

from shuddh.document import Document, Dropped
from shuddh.stages.base import StageContext, remove_lines
from shuddh.stages.clean.structure import BODY_MIN_WORDS
from shuddh.stages.dedup.lines import RepeatedLineStage
from shuddh.text.segment import sentences, words

__all__ = ["ChromeRepeatsStage", "site_of", "template_form"]

_DIGITS = regex.compile(r"\p{Nd}+(?:[.,:]\p{Nd}+)*")
_SPACES = regex.compile(r"\s+")
# month and weekday names in English (full and 3-letter) and Hindi: datelines differ only in these
_DATE_WORDS = regex.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|"
    r"अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार)\b"
)


_END = ("।", "॥", ".", "?", "!", "۔", "؟")
_CLOSERS = "\"'”’)]»*"


def _is_sentence(line: str) -> bool:
    """A sentence of running text: >= BODY_MIN_WORDS words per sentence on average, ending like one.

    Such a line is never site template, however often its template form repeats: "462 ग्रेगोरी कैलंडर का
    एक साधारण वर्ष है।" is on every year page of Hindi Wikipedia (digits fold to one form), and the
    bench_chrome_sites.py clean-prose sets lost 86 Dakshina lines of this kind (issue 13). Menus, share
    bars, footers and promos have no sentence end or sentences of a few words; the lexicon catches the
    promo and copyright sentences."""
    s = line.rstrip().rstrip(_CLOSERS).rstrip()
    if not s.endswith(_END):
        return False
    n = len(words(line))
    return n >= BODY_MIN_WORDS and n >= BODY_MIN_WORDS * max(1, len(sentences(line)))


def template_form(line: str) -> str:
    """The form lines are compared in: digits, dates and whitespace folded (see the module doc)."""
    t = unicodedata.normalize("NFC", line).casefold()
    t = _DIGITS.sub("0", t)
    t = _DATE_WORDS.sub("<d>", t)
    out: str = _SPACES.sub(" ", t).strip()
    return out


def site_of(doc: Document, source: str) -> str:
    """The host of the document's URL without ``www.``, or ``file:<source>`` when it has none."""
    if doc.url:
        host = (urlsplit(doc.url).hostname or "").lower()
        if host:
            return host.removeprefix("www.")
    return f"file:{source}"


class ChromeRepeatsStage(RepeatedLineStage):
    """Removes lines found in at least ``min_docs`` documents of the same site."""

    name: ClassVar[str] = "chrome_repeats"
    removed_reason: ClassVar[str] = "chrome.repeated"
    distinct_counter: ClassVar[str] = "template_lines_distinct"
    #: 64 partitions (top 6 bits): one reduce task holds 1/64 of all line hashes
    partitions: ClassVar[int] = 64
    batch: ClassVar[int] = 8192

    def __init__(self, *, min_docs: int = 5, max_words: int = 40) -> None:
        # 5: a template line is on (nearly) every page of a site, so any site with a handful of pages
        # in a shard shows it; an article sentence quoted verbatim on 5 pages of one site is rare, and
        # 2-3 would catch "same story, updated" pairs that dedup_near is for.
        if min_docs < 2:
            raise ValueError("min_docs must be >= 2")
        self.min_docs = min_docs
        self.max_words = max_words

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "min_docs": self.min_docs, "max_words": self.max_words}

    def line_keys(self, doc: Document, ctx: StageContext) -> list[int | None]:
        # the site of URL-less documents: the input file's stable name (same in collect and apply, and for
        # every shard of a file split into several)
        sh = ctx.shard
        site = site_of(doc, (sh.label or sh.name) if sh is not None else "?")
        out: list[int | None] = []
        for ln in doc.text.split("\n"):
            if not ln.strip() or ln.count(" ") >= self.max_words or _is_sentence(ln):
                out.append(None)
                continue
            t = template_form(ln)
            out.append(xxhash.xxh3_64_intdigest(f"{site}\x00{t}".encode()) if t else None)
        return out

    def finish(self, doc: Document, lines: list[str], remove: set[int], ctx: StageContext) -> Document | Dropped:
        reason = self.removed_reason
        doc.text = remove_lines(doc, lines, [reason if i in remove else None for i in range(len(lines))], ctx)
        return doc
