"""Page header of scraped text: a leading section label goes to metadata, the headline becomes the title.

Scraped news text typically starts ``<section label>\\n\\n<headline>\\n\\n<body…>`` (or with a breadcrumb
such as ``होम » दुनिया``). The label is site chrome for the text but useful metadata; the headline is
content: it stays as the first line and is copied to ``metadata["title"]``.

The rule is structural, with limits from the profile's ``[header]`` table: the label is a short line
without a sentence end, the headline a line of at most ``title_max_words`` words that does not end like a
sentence, and a body line (long, or with two sentence ends) must follow — so a document that is just a
few short lines is never rewritten.
"""

from __future__ import annotations

from itertools import islice
from typing import Any, ClassVar

import regex

from shuddh.document import Document, Dropped
from shuddh.lang.profile import HeaderSettings, load_profile
from shuddh.stages.base import Mapper, StageContext
from shuddh.stages.clean.structure import _bmp_words
from shuddh.text.bmp import bmp_only
from shuddh.text.segment import WORD_RE, sentences

__all__ = ["HeaderStage"]

_SENTENCE_END = ("।", "॥", ".", "۔")
#: brackets around a whole line: a gloss of the line above, never a headline under a label
_GLOSS_OPEN = ("(", "[", "（")
_GLOSS_CLOSE = (")", "]", "）")
#: a breadcrumb trail may be longer than a single label, but not paragraph-long
_BREADCRUMB_MAX_CHARS = 120
#: a first line of at least this many words over a second of at least _DECK_MIN_WORDS is a headline and its deck
_HEADLINE_MIN_WORDS = 3
_DECK_MIN_WORDS = 12
#: what the regex module's ``\s`` matches (Python's whitespace less \x1c-\x1f; U+3000 is the last)
#: a letter (L* or M*): a line without one is no label (``count_letters(line) == 0``)
_LETTER = regex.compile(r"[\p{L}\p{M}]")
_WS = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and not "\x1c" <= c <= "\x1f")


def _has_words(line: str, n: int) -> bool:
    """``len(words(line)) >= n``, scanning only up to the n-th word (a body line is long): one stdlib ``re``
    match on a line without characters beyond the BMP (structure's word counter), else the regex module."""
    if n <= 0:
        return True
    if bmp_only(line):
        return _bmp_words(n)[1].match(line) is not None
    return next(islice(WORD_RE.finditer(line), n - 1, None), None) is not None


class HeaderStage(Mapper):
    """Moves a leading section label / breadcrumb to ``metadata["section"]``; sets ``metadata["title"]``."""

    name: ClassVar[str] = "header"

    def __init__(self, *, profile: str = "hi") -> None:
        self.profile_name = profile
        self.settings: HeaderSettings = load_profile(profile).header
        seps = sorted(self.settings.breadcrumb_separators, key=len, reverse=True)
        self._crumb_re = regex.compile(r"\s*(?:" + "|".join(regex.escape(s) for s in seps) + r")\s*")
        # The same split in linear time: split at the separators alone, then strip the whitespace next to
        # them. (The pattern above retried from every position of a long run of spaces not followed by a
        # separator: quadratic, 15 s for a line of 20,000 spaces.) Equal only when no separator is empty
        # or starts or ends with whitespace; such a profile keeps the pattern.
        plain = all(sep and sep.strip(_WS) == sep for sep in seps)
        self._sep_re = regex.compile("|".join(regex.escape(s) for s in seps)) if plain else None

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "profile": self.profile_name}

    # -- line shapes -------------------------------------------------------------------------
    def _label(self, line: str) -> list[str] | None:
        """The crumbs of a section label / breadcrumb line, or None if the line is not one."""
        s = self.settings
        if line.endswith((*_SENTENCE_END, "?", "!")) or _LETTER.search(line) is None:
            return None
        parts = [p for p in self._crumbs(line) if p]
        if len(parts) > 1:
            if len(line) <= _BREADCRUMB_MAX_CHARS and not any(
                _has_words(p, s.label_max_words + 1) for p in parts
            ):
                return parts
            return None
        if len(line) <= s.label_max_chars and not _has_words(line, s.label_max_words + 1):
            return [line]
        return None

    def _crumbs(self, line: str) -> list[str]:
        """``self._crumb_re.split(line)``."""
        if self._sep_re is None:
            whole: list[str] = self._crumb_re.split(line)
            return whole
        pieces: list[str] = self._sep_re.split(line)
        if len(pieces) == 1:
            return pieces
        inner = [p.strip(_WS) for p in pieces[1:-1]]
        return [pieces[0].rstrip(_WS), *inner, pieces[-1].lstrip(_WS)]

    def _title(self, line: str) -> bool:
        s = self.settings
        if line.startswith(_GLOSS_OPEN) and line.rstrip().endswith(_GLOSS_CLOSE):
            # a line in brackets glosses the one above it ("भूगोल में मात्रात्मक क्रांति" /
            # "(Quantitative Revolution in Geography)": an encyclopedia's headline and its English name)
            return False
        if len(line) > s.title_max_chars or line.endswith(_SENTENCE_END):
            return False
        # 0 < words <= title_max_words, counting only up to the first word past the limit
        return _has_words(line, 1) and not _has_words(line, s.title_max_words + 1)

    def _body(self, line: str) -> bool:
        # two sentences with words: a mark at the line's start ("? माँ", ". लेकिन अब …": a play's text whose
        # marks a legacy-font conversion moved to the next line) is no sentence of its own (CLTK prose:
        # 51 chunks' first lines taken as section labels over such a line)
        if _has_words(line, self.settings.body_min_words):
            return True
        return sum(1 for s in sentences(line) if _LETTER.search(s) is not None) >= 2

    # -- the stage ---------------------------------------------------------------------------
    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        text = doc.text
        # the first three non-empty lines are all the rule looks at: (index, start, line) of each, read off the text by
        # str.find, not a split of the whole document into lines (~0.0086 -> ~0.0080 ms per ~4 KB piece of the Hindi
        # crawl, session 18)
        found: list[tuple[int, int, str]] = []
        i = at = 0
        while len(found) < 3:
            end = text.find("\n", at)
            line = text[at:] if end < 0 else text[at:end]
            if line:
                found.append((i, at, line))
            if end < 0:
                break
            i, at = i + 1, end + 1
        if len(found) < 2:
            return doc
        (label_at, _, first), (title_at, title_start, second) = found[:2]
        third = found[2][2] if len(found) > 2 else ""
        crumbs = self._label(first)
        if crumbs is not None and len(crumbs) == 1 and _has_words(first, _HEADLINE_MIN_WORDS) and _has_words(
                second, _DECK_MIN_WORDS):
            # a headline over its deck ("Making Google Sans Flex" / "How seven design problems shaped Google's iconic
            # typeface — from …"), not a section label over a headline: a label of several words does not stand
            # over a title of a dozen or more (the labels of wcxb TUNE pages that are followed by one: 1 of 26)
            crumbs = None
        if crumbs is not None and self._title(second) and self._body(third):
            doc.metadata.setdefault("section", crumbs[-1])
            if len(crumbs) > 1:
                doc.metadata.setdefault("breadcrumb", crumbs)
            doc.metadata.setdefault("title", second)
            for k in range(title_at):  # the label, and blank lines before the title
                if k == label_at:
                    ctx.remove_line("header.section_label", first, doc, k)
                else:
                    ctx.record_blank(doc, k)
            ctx.count("titles_found")
            doc.text = text[title_start:]  # the lines from the title on
        elif self._title(first) and self._body(second):
            doc.metadata.setdefault("title", first)
            ctx.count("titles_found")
        return doc
