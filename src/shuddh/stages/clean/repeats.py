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
that is a sentence (:func:`_is_sentence`): a site's template is made of labels, links and notices; nor
a line without a letter: digits fold to one form, so every price, count and rating ("₹499", "4.5",
"1,592") would be one line (on the wcxb TUNE pages 1,309 removals, mostly prices and numbers of product
grids and code braces; the lines of separators such a template holds are menus' business).

A global stage in three phases (memory-bounded and deterministic):

1. ``collect`` — per shard, the 64-bit hash of (site, template line), once per document, appended to
   ``PARTITIONS`` spool files by the hash's top bits; and the number of documents of each site (by the
   site's 16-bit tag, which is also the low 16 bits of every key of that site).
2. ``reduce`` — 64 partitions (executor tasks; memory: one partition of all shards' hashes) count in
   how many documents each (site, line) occurs and keep those found in at least
   ``max(min_docs, min_share × the site's documents)``. Counting does not depend on shard order. The
   mechanism is shared with ``dedup_lines`` (:class:`shuddh.stages.dedup.lines.RepeatedLineStage`);
   the line key and the per-site threshold differ.

**Template, not a repeated name** (issue 13): a site's template is on a large part of its pages, so a
line must be on at least ``min_share`` (1 %) of the site's documents as well as on ``min_docs``. Five
pages are enough evidence for a site of a few hundred pages; of a corpus of 1,975 Wikipedia pages read
as one file, a cast member on 6 film pages ("ओम प्रकाश") or a navigation box on 9 meridian pages is not
(those were 56 of the 64 lines ``bench_chrome_sites.py`` removed from clean Dakshina pages).
Sites whose tags collide add up their documents: the threshold only rises.
3. ``apply`` — removes every matching line, counted as ``chrome.repeated``.

**Not teasers by repetition** (issue 13): the floor holds for headline-shaped lines too. A related-story
teaser was thought to stand, elsewhere in a crawl of its site, as the headline of its article followed by
that article's body; ``benchmarks/bench_teasers.py`` found none of the 48 related-story headlines the line
stages keep on the two crawl sites standing so anywhere (their articles are not in the crawl), and the rules
removed mostly body on TUNE sites: "a headline elsewhere followed by its body, here not" 16 chrome and
12 body lines on wcxb TUNE pages; "a headline-shaped line in >= 2 documents of a site" 6 body lines and no
chrome on Dainik Jagran (articles copied into two daily files).

Run it after ``header`` (a section label repeated on every page of a section is metadata, which the
header stage takes first) and before the quality filters.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import numpy as np
import orjson
import regex
import xxhash

from shuddh.document import Document, Dropped
from shuddh.errors import StageError
from shuddh.io.writers import atomic_write_bytes
from shuddh.stages.base import StageContext, remove_lines
from shuddh.stages.clean.structure import BODY_MIN_WORDS
from shuddh.stages.dedup._common import read_array, stage_workdir
from shuddh.stages.dedup.lines import RepeatedLineStage
from shuddh.text.segment import sentences, words

__all__ = ["ChromeRepeatsStage", "site_of", "site_tag", "template_form"]

_DIGITS = regex.compile(r"\p{Nd}+(?:[.,:]\p{Nd}+)*")
_SPACES = regex.compile(r"\s+")
# month and weekday names in English (full and 3-letter) and Hindi: datelines differ only in these
_DATE_WORDS = regex.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|"
    r"अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार)\b"
)


_LETTER = regex.compile(r"\p{L}")
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


#: the low bits of a line key that hold its site's tag
_TAG_MASK = 0xFFFF


def site_tag(site: str) -> int:
    """A site's 16-bit tag: the low bits of each of its line keys, and the key of its document count."""
    return xxhash.xxh3_64_intdigest(site.encode()) & _TAG_MASK


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

    def __init__(self, *, min_docs: int = 5, max_words: int = 40, min_share: float = 0.01) -> None:
        # 5: a template line is on (nearly) every page of a site, so any site with a handful of pages
        # in a shard shows it; an article sentence quoted verbatim on 5 pages of one site is rare, and
        # 2-3 would catch "same story, updated" pairs that dedup_near is for. min_share: module doc.
        if min_docs < 2:
            raise ValueError("min_docs must be >= 2")
        if not 0.0 <= min_share <= 1.0:
            raise ValueError("min_share must be between 0 and 1")
        self.min_docs = min_docs
        self.max_words = max_words
        self.min_share = min_share

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "min_docs": self.min_docs, "max_words": self.max_words,
                "min_share": self.min_share}

    def needed(self, site_docs: int) -> int:
        """Documents of a site of ``site_docs`` documents a line must be found in to be its template."""
        return max(self.min_docs, math.ceil(self.min_share * site_docs - 1e-9))

    def _site(self, doc: Document, ctx: StageContext) -> str:
        # the site of URL-less documents: the input file's stable name (same in collect and apply, and for
        # every shard of a file split into several; a shard grouping small files: each document's own)
        sh = ctx.shard
        return site_of(doc, doc.file or ((sh.label or sh.name) if sh is not None else "?"))

    def line_keys(self, doc: Document, ctx: StageContext) -> list[int | None]:
        site = self._site(doc, ctx)
        tag = site_tag(site)
        out: list[int | None] = []
        for ln in doc.text.split("\n"):
            if not ln.strip() or ln.count(" ") >= self.max_words or _LETTER.search(ln) is None or _is_sentence(ln):
                out.append(None)
                continue
            t = template_form(ln)
            out.append((xxhash.xxh3_64_intdigest(f"{site}\x00{t}".encode()) & ~_TAG_MASK) | tag if t else None)
        return out

    def collect(self, docs: Iterable[Document], ctx: StageContext) -> None:
        sites: Counter[int] = Counter()

        def counted() -> Iterator[Document]:
            for doc in docs:
                sites[site_tag(self._site(doc, ctx))] += 1
                yield doc

        super().collect(counted(), ctx)
        wd, name = stage_workdir(ctx)
        atomic_write_bytes(wd / f"{name}.sites.json", orjson.dumps({str(k): v for k, v in sorted(sites.items())}))

    def reduce_partition(self, workdir: Path, shard_names: list[str], k: int, ctx: StageContext) -> None:
        site_docs = np.zeros(_TAG_MASK + 1, dtype=np.int64)
        for name in shard_names:
            f = workdir / f"{name}.sites.json"
            if not f.is_file():
                raise StageError(f"site counts of {name} are missing in {workdir}: collect unfinished")
            for tag, n in orjson.loads(f.read_bytes()).items():
                site_docs[int(tag)] += n
        hashes = np.concatenate([read_array(workdir / f"{name}.lines.p{k:02d}.uint64", "uint64")
                                 for name in shard_names])
        uniq, counts = np.unique(hashes, return_counts=True)
        of_site = site_docs[(uniq & np.uint64(_TAG_MASK)).astype(np.int64)]
        need = np.maximum(self.min_docs, np.ceil(self.min_share * of_site - 1e-9))
        atomic_write_bytes(workdir / f"repeated.p{k:02d}.uint64", uniq[counts >= need].tobytes())

    def finish(self, doc: Document, lines: list[str], remove: set[int], ctx: StageContext) -> Document | Dropped:
        reason = self.removed_reason
        doc.text = remove_lines(doc, lines, [reason if i in remove else None for i in range(len(lines))], ctx)
        return doc
