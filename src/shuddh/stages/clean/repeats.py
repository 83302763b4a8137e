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
counted: a repeated *paragraph* is syndicated content, which the dedup stages judge.

A global stage in three phases (memory-bounded and deterministic):

1. ``collect`` — per shard, the 64-bit hash of (site, template line), once per document, appended to
   ``PARTITIONS`` spool files by the hash's top bits.
2. ``reduce`` — one partition at a time (memory: one partition of all shards' hashes), counts in how
   many documents each (site, line) occurs, keeps those with at least ``min_docs``, and writes them
   sorted. Counting does not depend on shard order.
3. ``apply`` — removes every matching line, counted as ``chrome.repeated``.

Run it after ``header`` (a section label repeated on every page of a section is metadata, which the
header stage takes first) and before the quality filters.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt
import orjson
import regex
import xxhash

from shuddh.document import Document, Dropped
from shuddh.io.writers import atomic_write_bytes
from shuddh.stages.base import GlobalStage, StageContext
from shuddh.stages.clean.chrome import _tidy_blank_lines
from shuddh.stages.dedup._common import Spool, read_array, workdir_of

__all__ = ["ChromeRepeatsStage", "site_of", "template_form"]

#: hash-space partitions reduced one at a time (top 6 bits): reduce memory is 1/64 of all line hashes
PARTITIONS = 64
_SHIFT = np.uint64(58)
_BATCH = 8192

_DIGITS = regex.compile(r"\p{Nd}+(?:[.,:]\p{Nd}+)*")
_SPACES = regex.compile(r"\s+")
# month and weekday names in English (full and 3-letter) and Hindi: datelines differ only in these
_DATE_WORDS = regex.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|"
    r"अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार)\b"
)


def template_form(line: str) -> str:
    """The form lines are compared in: digits, dates and whitespace folded (see the module doc)."""
    t = unicodedata.normalize("NFC", line).casefold()
    t = _DIGITS.sub("0", t)
    t = _DATE_WORDS.sub("<d>", t)
    out: str = _SPACES.sub(" ", t).strip()
    return out


def site_of(doc: Document, shard: str) -> str:
    """The host of the document's URL without ``www.``, or ``shard:<name>`` when it has none."""
    if doc.url:
        host = (urlsplit(doc.url).hostname or "").lower()
        if host:
            return host.removeprefix("www.")
    return f"shard:{shard}"


class ChromeRepeatsStage(GlobalStage):
    """Removes lines found in at least ``min_docs`` documents of the same site."""

    name: ClassVar[str] = "chrome_repeats"

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

    def _keys(self, doc: Document, shard: str) -> list[int | None]:
        site = site_of(doc, shard)
        out: list[int | None] = []
        for ln in doc.text.split("\n"):
            if not ln.strip() or ln.count(" ") >= self.max_words:
                out.append(None)
                continue
            t = template_form(ln)
            out.append(xxhash.xxh3_64_intdigest(f"{site}\x00{t}".encode()) if t else None)
        return out

    def _shard_site(self, ctx: StageContext) -> str:
        # the site of URL-less documents: the input file's stable name (same in collect and apply)
        return ctx.shard.name if ctx.shard is not None else "?"

    def collect(self, docs: Iterable[Document], ctx: StageContext) -> None:
        wd, name = workdir_of(ctx)
        spool = Spool(wd, name)
        buf: list[int] = []
        n = 0

        def flush() -> None:
            if buf:
                arr = np.array(buf, dtype=np.uint64)
                part = (arr >> _SHIFT).astype(np.int64)
                for j in np.unique(part):
                    spool.append(f"lines.p{j:02d}", arr[part == j])
                buf.clear()

        try:
            for doc in docs:
                n += 1
                buf.extend({k for k in self._keys(doc, self._shard_site(ctx)) if k is not None})
                if len(buf) >= _BATCH:
                    flush()
            flush()
            for j in range(PARTITIONS):
                spool.touch(f"lines.p{j:02d}", "uint64")
            spool.commit()
        except BaseException:
            spool.abort()
            raise
        atomic_write_bytes(wd / f"{name}.meta.json", orjson.dumps({"n": n}))

    def reduce(self, workdir: Path, shard_names: list[str], ctx: StageContext) -> None:
        for name in shard_names:
            if not (workdir / f"{name}.meta.json").is_file():
                raise RuntimeError(f"line partials of {name} are missing in {workdir}: collect unfinished")
        parts: list[npt.NDArray[np.uint64]] = []
        for j in range(PARTITIONS):
            hashes = np.concatenate([read_array(workdir / f"{name}.lines.p{j:02d}.uint64", "uint64")
                                     for name in shard_names])
            uniq, counts = np.unique(hashes, return_counts=True)
            parts.append(uniq[counts >= self.min_docs])
        repeated = np.concatenate(parts)  # partitions are ranges of the top bits: already sorted
        ctx.count("template_lines_distinct", len(repeated))
        tmp = workdir / f".template.uint64.tmp-{os.getpid()}"
        repeated.tofile(tmp)
        tmp.replace(workdir / "template.uint64")

    def apply(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        wd, _name = workdir_of(ctx)
        repeated = read_array(wd / "template.uint64", "uint64", mmap=True)
        for doc in docs:
            if len(repeated) == 0:
                yield doc
                continue
            lines = doc.text.split("\n")
            keys = self._keys(doc, self._shard_site(ctx))
            idx = [i for i, k in enumerate(keys) if k is not None]
            if not idx:
                yield doc
                continue
            arr = np.array([keys[i] for i in idx], dtype=np.uint64)
            at = np.searchsorted(repeated, arr)
            hit = (at < len(repeated)) & (repeated[np.minimum(at, len(repeated) - 1)] == arr)
            if not hit.any():
                yield doc
                continue
            remove = {idx[i] for i in np.flatnonzero(hit)}
            for i in sorted(remove):
                ctx.remove_line("chrome.repeated", lines[i])
            doc.text = _tidy_blank_lines([ln for i, ln in enumerate(lines) if i not in remove])
            yield doc
