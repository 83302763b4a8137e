"""Content-structure signals that refine the Gopher / FineWeb-2 ones for pages we must not drop.

Pure functions of a text (plus a profile's stop words and terminal punctuation); the quality filters
use them through :class:`shuddh.stages.quality.scorer.SignalScorer`, which switches each refinement on
from the language profile (``[quality]`` keys; off by default, so a profile without them gets
Gopher/FineWeb-2 semantics). Each refinement and its evidence is listed in
``benchmarks/results/quality.md`` ("Reading the numbers") and next to its key in ``hi.toml``.

* **Run-on prose lines** (:func:`line_classes`): a line that does not end like a sentence but is long,
  made of function words as much as prose is, and closes clauses (verbs and auxiliaries: "… होती है
  … किया जा सकता …" with no danda) reads as a sentence. FineWeb's line rule uses terminal punctuation as
  a proxy for "this line is a sentence"; informal Hindi often leaves the danda out, while menus and tag
  clouds have almost no function words, and headline strips — titles cut before their verb — few
  clause-closing verbs.
* **Title strips** (:func:`line_classes`): the converse — a line whose four or more danda-separated
  parts mostly close no clause is a strip of titles that ``normalize`` punctuated ("|" between
  Devanagari words becomes "।"), not a paragraph of sentences.
* **Structured list items** (:func:`line_classes`): a line that is not a sentence but relates two
  things with a separator ("रवीना टंडन - संध्या", "हाउसफुल (2010)", "क्षेत्रफल: 558 वर्ग कि॰मी॰")
  is a list *item* carrying a fact; menu entries, tags and section names are bare labels.
* **Numbers in sentences** (:func:`alpha_words_ratio`): Gopher's "words with a letter" rule counts a
  number as a non-alphabetic word; inside a sentence ("१ मार्च १९२२ को …") a number is content, so it
  is left out of the ratio there; numbers in non-sentence lines (tables, price lists, symbol soup)
  still count against it.
* **A story's table** (:func:`alpha_words_ratio` with ``rows_prose_share``): a match report with its
  scorecard, a results story with its toppers' table — the rows name something and give its figures
  ("जो रूट b कुलदीप 49 88 5 0 55.68"), and their numbers are the table's content. When the document's
  prose lines hold at least that share of its words, the number-only words of such labelled rows (item
  lines holding a word with a letter too) are left out of the ratio as well. A table without prose
  around it, and lines of numbers alone, still count against it.
* **Repetition from a count** (:func:`repetition_at_least`): Gopher's duplicate-line and duplicate
  n-gram fractions count every second occurrence; with ``min_count`` k a line or n-gram counts only
  when it occurs at least k times (Hindi: 4). A paragraph kept twice or three times (an editing or
  extraction artefact, a scorecard line) is a duplicate, not a repetitive document — ``dedup_in_doc``
  removes its later copies from the kept page; boilerplate loops, pagination and spam repeat many
  times. (The same reasoning as ``top_ngram_min_count`` for the top n-gram rule.)
* **Repeated labels are structure** (``min_line_words`` of :func:`repetition_at_least`): a line of
  fewer words than a paragraph line (Hindi: 5, ``dedup_in_doc``'s ``min_words``) does not count as a
  duplicate line — the field names and values of flattened tables ("राशि स्वामी", "मंगल" in each of
  twelve infoboxes) repeat by construction on any page with more than one table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress

import regex

from shuddh.quality.signals import (
    _ASCII_NO_LETTER_WORD_RE,
    _NO_LETTER_WORD_RE,
    _SEP,
    DUP_NGRAM_SIZES,
    Signals,
    sentence_lines,
)
from shuddh.quality.signals import _segment as memo_segment  # memoised lines and words, shared with them
from shuddh.quality.signals import _words as memo_words
from shuddh.text.segment import lines, words

__all__ = [
    "RELATION_RE",
    "LineClasses",
    "alpha_words_ratio",
    "line_classes",
    "repetition_at_least",
]

#: a separator relating two things on one line: "A - B", "A – B", "A: B", "A (1998)", "A (1998-2004)".
#: Content on both sides is required, so a bare "-" bullet or a trailing ":" (a heading) is not one.
RELATION_RE = regex.compile(
    r"[\p{L}\p{M}\p{N}.)]\s*[-–—:]\s+[\p{L}\p{M}\p{N}(]"  # "A - B", "A: B", "A– B"
    r"|[\p{L}\p{M}\p{N}.)]\s+[-–—]\s*[\p{L}\p{M}\p{N}(]"  # "A -B"
    r"|\(\s*[\p{Nd}]{3,4}(?:\s*[-–—]\s*[\p{Nd}]{2,4})?\s*\)"  # "(1998)", "(1998–2004)"
)
# Whether RELATION_RE matches somewhere in a line (not where): the same alternatives, each written from its
# separator on ("-", "–", "—", ":" or "("), what comes before it checked by a look-behind. The regex module
# then scans for the separator and tries the classes only there, not at every letter of the line (item lines
# of English web pages, wcxb: 0.15 -> 0.03 ms per page). tests/unit/perf_equivalence/test_quality_fast_paths.py
# compares the two.
_RELATION_ANY = regex.compile(
    r"[-–—:](?<=[\p{L}\p{M}\p{N}.)]\s*[-–—:])\s+[\p{L}\p{M}\p{N}(]"
    r"|[-–—](?<=[\p{L}\p{M}\p{N}.)]\s+[-–—])\s*[\p{L}\p{M}\p{N}(]"
    r"|\(\s*[\p{Nd}]{3,4}(?:\s*[-–—]\s*[\p{Nd}]{2,4})?\s*\)"
)
_DIGIT_RE = regex.compile(r"\p{N}")
_ASCII_DIGIT_RE = re.compile(r"[0-9]")


class LineClasses:
    """Per line of a text (its non-empty stripped lines): sentence line, run-on prose line, structured
    item, words and number-only words. Built by :func:`line_classes` (memoised)."""

    __slots__ = ("item_lines", "lines", "n_words", "prose_lines", "prose_numbers",
                 "prose_words", "row_numbers", "runon_lines", "strip_lines", "structured_items")  # fmt: skip

    def __init__(self) -> None:
        self.lines = 0  #: non-empty lines
        self.n_words = 0  #: words of all lines
        self.prose_lines = 0  #: sentence lines plus run-on prose lines
        self.prose_words = 0  #: words in them
        self.runon_lines = 0  #: of which run-on prose lines (no sentence end)
        self.strip_lines = 0  #: lines ending like sentences that are strips of titles (not prose)
        self.item_lines = 0  #: lines that are neither (list items, labels, menu entries)
        self.structured_items = 0  #: item lines relating two things (RELATION_RE)
        self.prose_numbers = 0  #: words without a letter (numbers) in prose lines
        self.row_numbers = 0  #: words without a letter in item lines that hold a word with a letter (table rows)


@lru_cache(maxsize=8)
def line_classes(
    text: str,
    terminal: tuple[str, ...],
    min_sentence_words: float,
    stopwords: frozenset[str],
    runon_min_words: int,
    runon_min_stopword_share: float,
    runon_markers: frozenset[str] = frozenset(),
    runon_min_marker_rate: float = 0.0,
    strip_min_sentences: int = 0,
    strip_max_marker_share: float = 0.0,
) -> LineClasses:
    """Classify the lines of ``text``: sentence lines (:func:`shuddh.quality.signals.is_sentence_line`
    with ``terminal`` and ``min_sentence_words``); run-on prose lines (not sentence lines, at least
    ``runon_min_words`` words, of which at least ``runon_min_stopword_share`` are ``stopwords`` and, when
    ``runon_min_marker_rate`` > 0, at least that share are ``runon_markers`` — the verbs and auxiliaries
    that close a clause; ``runon_min_words`` 0 disables run-on lines); a sentence line of at least
    ``strip_min_sentences`` danda-separated parts of which fewer than ``strip_max_marker_share`` hold a
    ``runon_markers`` word is a *strip* of titles, not prose (0 = off); the remaining lines are items,
    structured when they hold a :data:`RELATION_RE` separator. Memoised: the FineWeb and Gopher filters
    both ask for one text."""
    out = LineClasses()
    seg = memo_segment(text)  # the lines and words the Gopher/FineWeb signals already split
    ws_all = memo_words(text)
    # the sentence lines, as the FineWeb signals classified them (memoised)
    sentence = sentence_lines(text, terminal, min_sentence_words, True)
    # words of ASCII and ’ only: a line's digits are [0-9], its words without a letter have no [A-Za-z]
    ascii_words = seg.ascii_words
    digit = _ASCII_DIGIT_RE if ascii_words else _DIGIT_RE
    no_letter = _ASCII_NO_LETTER_WORD_RE if ascii_words else _NO_LETTER_WORD_RE
    pos = 0
    for ln, k, is_sentence in zip(seg.lines, seg.line_counts, sentence, strict=True):
        prose = is_sentence
        pos += k  # the line's words are ws_all[pos - k : pos] (sliced only where they are looked at)
        out.lines += 1
        out.n_words += k
        if prose and strip_min_sentences and _is_strip(ln, runon_markers, strip_min_sentences, strip_max_marker_share):
            prose = False
            out.strip_lines += 1
        if not prose and runon_min_words and k >= runon_min_words:
            ws = ws_all[pos - k : pos]
            if sum(w in stopwords for w in ws) >= runon_min_stopword_share * k and (
                runon_min_marker_rate <= 0 or sum(w in runon_markers for w in ws) >= runon_min_marker_rate * k
            ):
                prose = True
                out.runon_lines += 1
        if prose:
            out.prose_lines += 1
            out.prose_words += k
            if k and digit.search(ln):
                out.prose_numbers += _no_letter_words(no_letter, ws_all[pos - k : pos])
        else:
            out.item_lines += 1
            if k >= 2:
                if _RELATION_ANY.search(ln):
                    out.structured_items += 1
                if digit.search(ln):
                    n = _no_letter_words(no_letter, ws_all[pos - k : pos])
                    if n < k:  # a label and its figures, not a line of numbers alone
                        out.row_numbers += n
    return out


def _no_letter_words(no_letter: regex.Pattern[str] | re.Pattern[str], ws: list[str]) -> int:
    """The words of ``ws`` with no letter (digits, or marks/joiners only), counted as Gopher's alpha_words_ratio counts
    them in :mod:`shuddh.quality.signals` (its patterns, over the words joined and enclosed by ``_SEP``)."""
    return len(no_letter.findall(_SEP + _SEP.join(ws) + _SEP))


_DANDA_RE = regex.compile(r"[।॥]")


def _is_strip(line: str, markers: frozenset[str], min_parts: int, max_share: float) -> bool:
    """A line of at least ``min_parts`` danda-separated parts, fewer than ``max_share`` of them holding a
    clause-closing ``markers`` word: titles joined by separators that ``normalize`` made dandas
    ("खबर एक । खबर दो । …" from "खबर एक | खबर दो | …"), not sentences."""
    if line.count("।") + line.count("॥") < min_parts - 1:
        return False
    parts = [ws for ws in (words(p) for p in _DANDA_RE.split(line)) if ws]
    if len(parts) < min_parts:
        return False
    closed = sum(1 for ws in parts if any(w in markers for w in ws))
    return closed < max_share * len(parts)


def alpha_words_ratio(lc: LineClasses, alpha_words: int, rows_prose_share: float = 0.0) -> float:
    """Share of words with a letter, number-only words inside prose lines left out of the count
    (``alpha_words``: words with a letter, from the Gopher signals); with ``rows_prose_share`` > 0, those of
    labelled table rows too when prose lines hold at least that share of the words (a story's table)."""
    n = lc.n_words - lc.prose_numbers
    if rows_prose_share > 0 and lc.prose_words >= rows_prose_share * lc.n_words:
        n -= lc.row_numbers
    return alpha_words / n if n > 0 else 0.0


def _multi_counts(items: Iterable[str], min_count: int, min_words: int = 0) -> tuple[int, int, int]:
    """(occurrences after the first of items occurring at least ``min_count`` times and having at
    least ``min_words`` words, their characters, number of items)."""
    items = list(items)
    counts = Counter(items)
    seen: set[str] = set()
    n = chars = 0
    for x in items:
        if counts[x] >= min_count and (min_words <= 0 or len(words(x)) >= min_words):
            if x in seen:
                n += 1
                chars += len(x)
            else:
                seen.add(x)
    return n, chars, len(items)


def repetition_at_least(
    text: str, ws: Sequence[str], min_count: int, dup_sizes: Sequence[int] = DUP_NGRAM_SIZES,
    min_line_words: int = 0,
) -> Signals:
    """Gopher's duplicate-line and duplicate n-gram signals, and FineWeb's duplicate-line character
    ratio, counting a line or n-gram only when it occurs at least ``min_count`` times (2 = Gopher's
    and datatrove's definitions), and a line only when it has at least ``min_line_words`` words (0 =
    every line, as Gopher and datatrove). ``ws`` are the words of ``text``.

    Keys: ``dup_lines``, ``dup_line_frac`` (over non-empty lines), ``char_dup_ratio`` (characters in
    such repeated lines over characters of non-empty lines), ``dup_{n}gram_frac`` (characters of words
    inside such repeated n-grams, each word once, over all characters)."""
    ls = lines(text)
    n_dup, dup_chars, n_lines = _multi_counts(ls, min_count, min_line_words)
    body = sum(len(ln) for ln in ls)
    total = len(text)
    out: Signals = {
        "dup_lines": n_dup,
        "dup_line_frac": n_dup / n_lines if n_lines else 0.0,
        "char_dup_ratio": dup_chars / body if body else 0.0,
    }
    covered = _dup_ngram_chars_at_least(ws, dup_sizes, min_count)
    for n in dup_sizes:
        out[f"dup_{n}gram_frac"] = covered[n] / total if total else 0.0
    return out


def _dup_ngram_chars_at_least(ws: Sequence[str], sizes: Sequence[int], min_count: int) -> dict[int, int]:
    """Characters of words inside second and later occurrences of n-grams occurring at least
    ``min_count`` times, each word counted once, for every n in ``sizes``. An n-gram occurs at most
    as often as its prefix (n-1)-gram, so only positions whose smaller n-gram occurs ``min_count``
    times can start one: each size scans the survivors of the previous one, and most texts have none
    after the first Counter."""
    out = dict.fromkeys(sizes, 0)
    if not sizes or len(ws) < 2 * min(sizes):
        return out
    m = min(sizes)
    m_grams = list(zip(*(ws[i:] for i in range(m)), strict=False))
    counts = Counter(m_grams)
    # positions whose n-gram occurs min_count times, for growing n: a subset of the previous size's
    starts = [i for i, g in enumerate(m_grams) if counts[g] >= min_count]
    lens: list[int] | None = None
    for n in sorted(set(sizes)):
        if not starts:
            break
        if len(ws) < 2 * n:
            continue
        last = len(ws) - n
        cand = [i for i in starts if i <= last]
        grams = [tuple(ws[i : i + n]) for i in cand]
        ncount = Counter(grams)
        seen: set[tuple[str, ...]] = set()
        covered = bytearray(len(ws))  # 1 = the word lies in a repeated n-gram (each word counted once)
        ones = b"\x01" * n
        starts = []
        for i, g in zip(cand, grams, strict=True):
            if ncount[g] < min_count:
                continue
            starts.append(i)
            if g in seen:
                covered[i : i + n] = ones
            else:
                seen.add(g)
        if seen:
            if lens is None:
                lens = list(map(len, ws))
            out[n] = sum(compress(lens, covered))
    return out
