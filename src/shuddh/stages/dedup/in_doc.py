"""Repeated paragraphs inside one document: keep the first copy, remove the others.

The repetition filters (``gopher_repetition``, FineWeb's ``char_dup_ratio``) judge whether a document
is *dominated* by repetition and drop it; the Hindi profile counts a line or n-gram as repetition
only from its ``repeat_min_count``-th occurrence, so a page whose lead paragraph was extracted twice,
or whose scorecard says "इंडिया रेड ने टॉस जीता …" three times, is kept — with its copies. Exact and near
dedup compare documents, not the paragraphs of one document, so nothing else removes them. This
stage does: every later copy of a paragraph line (at least ``min_words`` words) is removed and
recorded as ``dedup.in_doc_repeat``. Short lines — table labels and values ("स्वामी", "मंगल"), list
items, headings — are structure and are never touched.

Lines are compared stripped, with whitespace runs collapsed, as ``normalize`` left them (NFC); case
and digits are kept ("अंक - भारत ए: 2" and "अंक - भारत ए: 0" are different results, not copies). If what
is left has fewer than ``min_doc_words`` words (default: the profile's ``quality.min_words``, the length
filter's minimum), the document is dropped as ``dedup.in_doc_too_short``: a page that was mostly copies
of a few sentences.

Run it after the quality filters (they must see the copies to judge a document dominated by them) and
before ``dedup_exact`` (a page printed twice then equals the page printed once).
"""

from __future__ import annotations

from typing import Any, ClassVar

from shuddh.document import Document, Dropped
from shuddh.lang.profile import load_profile
from shuddh.quality.signals import count_words
from shuddh.stages.base import Mapper, StageContext, remove_lines
from shuddh.text.segment import words

__all__ = ["InDocumentDedup", "paragraph_key", "repeated_paragraphs"]


def paragraph_key(line: str) -> str:
    """The form in which two paragraph lines are compared: stripped, whitespace runs collapsed.

    Case is kept (a paragraph copy is the same text, not a heading in capitals) and so is the
    normal form: the default pipeline's ``normalize`` has made every line NFC before this stage."""
    key = line.strip()
    if "  " in key or "\t" in key or "\xa0" in key:
        key = " ".join(key.split())
    return key


def repeated_paragraphs(lines: list[str], min_words: int) -> list[bool]:
    """For each line, True when it is a later copy of an earlier line of at least ``min_words`` words.

    Cheap when nothing repeats (nearly always): a strip per line and a set look-up; words are counted
    only for lines that repeat."""
    out = [False] * len(lines)
    first: dict[str, int] = {}
    repeated: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        key = paragraph_key(line)
        if not key:
            continue
        if key in first:
            repeated.append((i, key))
        else:
            first[key] = i
    paragraph: dict[str, bool] = {}
    for i, key in repeated:
        ok = paragraph.get(key)
        if ok is None:
            ok = paragraph[key] = len(words(lines[first[key]])) >= min_words
        out[i] = ok
    return out


class InDocumentDedup(Mapper):
    """Removes later copies of a paragraph inside a document (see the module docstring).

    ``min_words`` (default 5): lines shorter than this are never removed. ``min_doc_words`` (default:
    the profile's ``quality.min_words``; 0 = never drop): a document left shorter is dropped as
    ``dedup.in_doc_too_short``.
    """

    name: ClassVar[str] = "dedup_in_doc"

    def __init__(self, *, profile: str = "hi", min_words: int = 5, min_doc_words: int | None = None) -> None:
        if min_words < 1:
            raise ValueError("min_words must be at least 1")
        prof = load_profile(profile)
        self.profile_name = profile
        self.min_words = int(min_words)
        self.min_doc_words = int(min_doc_words if min_doc_words is not None else prof.threshold("min_words", 50))

    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        lines = doc.text.split("\n")
        if len(lines) < 2:
            return doc
        repeated = repeated_paragraphs(lines, self.min_words)
        if not any(repeated):
            return doc
        doc.text = remove_lines(doc, lines, ["dedup.in_doc_repeat" if rep else None for rep in repeated], ctx)
        ctx.count("docs_with_repeats")
        if self.min_doc_words and count_words(doc.text) < self.min_doc_words:
            return Dropped(doc, reason="dedup.in_doc_too_short")
        return doc

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "profile": self.profile_name, "min_words": self.min_words,
                "min_doc_words": self.min_doc_words}
