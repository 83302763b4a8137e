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
4. Lines **below** the last kept block are chrome (``structure.bottom``): related-article teasers,
   comment forms, footers (sample page, all five dev pages).
5. **Menus**: a run of at least :data:`MENU_RUN` lines of at most :data:`MENU_MAX_WORDS` words is a
   link list wherever it is (``structure.menu``) — dev pages: every navigation bar and footer link list.
6. **Headline runs** inside the article: at least :data:`HEADLINE_RUN` consecutive unterminated lines of
   3-20 words are a list of other articles' headlines (``structure.headlines``).

A document with no body line at all is left alone: without an article to anchor on, position says
nothing (a poem, a list, a Wikipedia stub); the lexicon and the cross-document statistics still apply.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import islice

import regex

from shuddh.lang.profile import LanguageProfile
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
#: a link list: this many consecutive lines of at most MENU_MAX_WORDS words. Two short lines in a row
#: are common in articles (label + headline, a sub-heading and a caption); three one-to-three-word lines
#: in a row are navigation on every dev page, and never body text there.
MENU_RUN = 3
MENU_MAX_WORDS = 3
#: consecutive unterminated 3-20-word lines inside the article that make a list of headlines
HEADLINE_RUN = 4
_HEADLINE_WORDS = (3, 20)
#: words are counted up to this many: one more than the largest count compared with
_WORD_CAP = max(BODY_MIN_WORDS, MENU_MAX_WORDS, *_HEADLINE_WORDS) + 1
#: a line counts as "in the profile's script" when at least half its letters are
_SCRIPT_SHARE = 0.5

# runs of what is *not* counted: deleting them leaves exactly the counted characters, so a count is
# one C pass with a match per gap between words, not a list of one-character strings
_NON_LETTERS = regex.compile(r"[^\p{L}\p{M}]+")
_CLOSERS = "\"'”’)]»*"


_LETTER = regex.compile(r"[\p{L}\p{M}]")


@cache
def _script_res(scripts: tuple[str, ...]) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """(a letter in none of ``scripts``, a run of characters in none of ``scripts``)."""
    if not scripts:
        return None
    cls = "".join(rf"\p{{sc={s}}}" for s in scripts)
    return regex.compile(rf"[[\p{{L}}\p{{M}}]--[{cls}]]", regex.V1), regex.compile(f"[^{cls}]+")


def _count_words(line: str, cap: int) -> int:
    """``min(len(words(line)), cap)``, scanning ``line`` only up to its cap-th word."""
    return sum(1 for _ in islice(WORD_RE.finditer(line), cap))


def _terminated(line: str, ends: tuple[str, ...]) -> bool:
    s = line.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(s) and s.endswith(ends)


def _in_script(line: str, profile: LanguageProfile) -> bool:
    res = _script_res(profile.scripts)
    if res is None:
        return True
    other_letter, non_script = res
    if other_letter.search(line) is None:
        # every letter is in the script, so the script characters (those letters, plus digits and
        # signs of the script) number at least all the letters, and _SCRIPT_SHARE <= 1: only "has a
        # letter at all" is left to decide (the common case: one scan that finds nothing)
        return _LETTER.search(line) is not None
    letters = len(_NON_LETTERS.sub("", line))
    return letters > 0 and len(non_script.sub("", line)) >= _SCRIPT_SHARE * letters


def structural_reasons(lines: Sequence[str], profile: LanguageProfile,
                       lexicon: Sequence[str | None]) -> list[str | None]:
    """A removal reason (``structure.*``) for each line, or None; lexicon matches are left to the caller.

    ``lines`` may contain blank lines (ignored for adjacency); ``lexicon[i]`` is the lexicon reason of
    line ``i`` or None.
    """
    n = len(lines)
    out: list[str | None] = [None] * n
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    if not idx:
        return out
    ends = tuple(p for p in profile.terminal_punctuation if p not in _CLOSERS) or (".", "?", "!")
    # words per line, counted up to _WORD_CAP: every test below compares with a smaller bound, so
    # min(count, cap) answers them all, and a long paragraph is scanned only to its cap-th word
    nwords = {i: _count_words(lines[i], _WORD_CAP) for i in idx}
    body = {i for i in idx if lexicon[i] is None and nwords[i] >= BODY_MIN_WORDS
            and (_terminated(lines[i], ends) or len(sentences(lines[i])) >= 2) and _in_script(lines[i], profile)}

    # menus: runs of very short lines (lexicon lines are short too and belong to the run)
    run: list[int] = []
    for i in [*idx, -1]:
        if i >= 0 and i not in body and nwords[i] <= MENU_MAX_WORDS:
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            for j in run:
                out[j] = "structure.menu"
        run = []
    if not body:
        return [None] * n  # nothing to anchor on: position and runs say nothing (see module doc)

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
    else:
        mass = [sum(len(words(lines[i])) for i in b) for b in blocks]
        main = max(mass)
        kept = [b for b, m in zip(blocks, mass, strict=True) if m >= MIN_BLOCK_SHARE * main]
    first, last = kept[0][0], kept[-1][-1]
    kept_body = {i for b in kept for i in b}

    # headline and label right above the article survive the top rule
    header: set[int] = set()
    for i in reversed([i for i in idx if i < first]):
        if len(header) >= HEADER_LINES or lexicon[i] is not None or out[i] is not None:
            break
        if nwords[i] == 0 or _terminated(lines[i], ends):
            break
        header.add(i)

    for i in idx:
        if out[i] is not None or lexicon[i] is not None:
            continue
        if i < first and i not in header:
            out[i] = "structure.top"
        elif i > last:
            out[i] = "structure.bottom"
        elif i in body and i not in kept_body:
            out[i] = "structure.far_block"

    # runs of headline-like lines inside the article; a lexicon line ("यह भी पढ़ें", "विज्ञापन") belongs
    # to the same box, so it neither breaks a run nor counts towards its length
    run = []
    for i in [*idx, -1]:
        if i >= 0 and lexicon[i] is not None:
            continue
        if (i >= 0 and first <= i <= last and out[i] is None and i not in body
                and _HEADLINE_WORDS[0] <= nwords[i] <= _HEADLINE_WORDS[1] and not _terminated(lines[i], ends)):
            run.append(i)
            continue
        if len(run) >= HEADLINE_RUN:
            for j in run:
                out[j] = "structure.headlines"
        run = []
    return out
