"""Quality signals as pure functions of a text: the numbers the quality filters threshold.

Three families, each a function returning a flat ``dict[str, float | int]`` (written to
``doc.metadata["signals"]`` by the ``quality_signals`` annotator, so a later run can re-threshold
without recomputing):

* :func:`gopher_quality_signals` — Gopher (Rae et al. 2021, App. A) quality rules: word count, mean
  word length, ``#`` and ellipsis per word, bullet and ellipsis lines, words with a letter, stop words;
  plus :func:`letter_ratio` (letters are L* **or** M*).
* :func:`repetition_signals` — Gopher repetition: duplicate lines/paragraphs (count and character
  fractions), top 2–4-gram and duplicate 5–10-gram character fractions.
* :func:`fineweb_line_signals` — FineWeb / FineWeb-2 line rules: lines ending in terminal punctuation
  (``।`` ``॥`` included, from the profile), short lines, duplicate-line characters, lines per word.

Indic-correct throughout: words come from :func:`shuddh.text.segment.words` (never split at matras,
virama, nukta, ZWJ/ZWNJ), letters are ``\\p{L}\\p{M}`` (``str.isalpha`` is False for every matra).

Where our definition differs from datatrove 0.10 (which FineWeb-2's thresholds were tuned with), the
difference is deliberate and listed in ``benchmarks/results/quality.md``: lines are the *non-empty*
lines (a blank line between paragraphs is not a duplicate line nor an unterminated one), and words
carry no punctuation tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import ne

import regex

from shuddh.text.segment import (
    SENTENCE_END,
    count_letters,
    count_non_space,
    is_terminated,
    letter_ratio,
    line_words,
    lines,
    paragraphs,
    sentences,
)

__all__ = [
    "BULLETS",
    "DUP_NGRAM_SIZES",
    "TOP_NGRAM_SIZES",
    "Signals",
    "count_words",
    "fineweb_line_signals",
    "gopher_quality_signals",
    "is_sentence_line",
    "letter_ratio",
    "repetition_signals",
    "sentence_lines",
]

Signals = dict[str, float | int]

#: n for the "top n-gram character fraction" signals (Gopher table A1)
TOP_NGRAM_SIZES: tuple[int, ...] = (2, 3, 4)
#: n for the "duplicate n-gram character fraction" signals (Gopher table A1)
DUP_NGRAM_SIZES: tuple[int, ...] = (5, 6, 7, 8, 9, 10)
#: characters that start a bullet line (Gopher counts "•"; datatrove 0.10 adds "-")
BULLETS: tuple[str, ...] = ("•", "·", "●", "○", "◦", "■", "□", "▪", "▫", "◆", "►", "▶", "➤", "‣", "⁃", "-",
                            "*", "–", "→", "✓", "✔")
_ELLIPSES: tuple[str, ...] = ("...", "…")

_HAS_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]")
# A sentence end inside a line, followed by more text: "… है। यह …". Such a line is prose even when its
# last sentence lost its full stop (Hindi Wikipedia paragraphs often end in a citation or a bare
# clause: measured in benchmarks/results/quality.md). Menus, tag clouds and headline strips have none.
_INTERNAL_END_RE = regex.compile(r"[।॥?!۔؟]\s+\S|[.]\s+[\p{L}\p{M}]")


def _is_bullet_line(line: str) -> bool:
    """A list item: the line starts with a bullet and holds no sentence end followed by more text.

    Gopher's rule is about pages that are lists. A paragraph that starts with a dash is not an item: news
    sites print a film review as one line opening with the critic's byline dash ("-पराग छापेकर'टॉयलेट…",
    135-912 words; issue 13 found 128 such reviews dropped as bullet lists, 0 of 30 checked rightly).
    """
    return line.startswith(BULLETS) and _INTERNAL_END_RE.search(line) is None


def _is_ellipsis_line(line: str) -> bool:
    """A truncated line (a teaser or a cut link text): it ends with an ellipsis and holds no sentence end
    followed by more text. A paragraph whose last sentence trails off in "…" is not truncated."""
    return line.endswith(_ELLIPSES) and _INTERNAL_END_RE.search(line) is None


# A word with no letter (digits, or marks/joiners only), in the words joined and enclosed by _SEP:
# a whole token between two separators with no \p{L}. The regex engine looks for the literal
# separator first, so it tries a match once per word, and each attempt stops at the word's first letter.
_NO_LETTER_WORD_RE = regex.compile(r"\x00[^\x00\p{L}]++(?=\x00)")
# The same two counts for words of ASCII characters and ’ only (:attr:`_Segmented.ascii_words`): the standard
# library's re finds the words without a letter (it scans for the literal separator), and bytes.translate
# deletes the letters (English wcxb pages: 0.24 -> 0.06 ms per page for both counts).
_ASCII_NO_LETTER_WORD_RE = re.compile(r"\x00[^\x00A-Za-z]+(?=\x00)")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
#: texts whose segmentation is memoised. The length filter counts a document's words first, then the
#: language identifier holds up to 256 documents (its batch), then the three quality filters run one
#: after another on each (the executor chains stages as generators). Remembering a batch and some
#: keeps the words of the length filter for the quality filters. An entry is small (the words as one
#: string, the lines, counts: ~2 times the text's size; the memo also keeps the text alive): measured
#: 2.6 MB for 320 of the bench corpus's texts (1,800 characters each), so ~30 MB for 20,000-character ones.
_MEMO_SIZE = 320
# words never contain "\x00" (a word is letters, marks, digits, joiners, apostrophes and hyphens)
_SEP = "\x00"


class _Segmented:
    """The non-empty stripped lines of a text, the number of words of each and all its words."""

    __slots__ = ("_ascii", "joined", "line_counts", "lines", "n_words")

    def __init__(self, text: str) -> None:
        self.lines: list[str] = lines(text)
        per_line = list(map(line_words, self.lines))  # WORD_RE.findall of each line, by faster patterns
        self.line_counts: list[int] = [len(ws) for ws in per_line]
        self.n_words = sum(self.line_counts)
        # words(text) is the concatenation of the words of lines(text): a word is a run of letters,
        # marks, digits, joiners, apostrophes and hyphens, so it never spans a line break, and the
        # blank lines and edge whitespace that lines() drops hold no word. Kept as one string: a
        # list of word objects would take ~10 times the memory.
        self.joined = _SEP.join(chain.from_iterable(per_line))  #: the words, separated by _SEP
        self._ascii: bool | None = None

    @property
    def ascii_words(self) -> bool:
        """Whether the words hold no character but ASCII ones and ’ (English text: the words of 1,007 of the
        1,198 wcxb pages that reach the Gopher quality filter). A word's characters are then letters, digits,
        apostrophes and hyphens (WORD_RE's classes hold no other ASCII character, and ’ is none of L, M, N):
        its letters (L or M) are exactly ``[A-Za-z]``, its digits (N) ``[0-9]``. And every L, M or N
        character of the text lies in a word (WORD_RE takes every run of them), so the text's are those too.
        tests/unit/perf_equivalence/test_quality_fast_paths.py compares what is counted so with the
        ``\\p{…}`` counts."""
        if self._ascii is None:
            j = self.joined
            self._ascii = j.isascii() or j.replace("’", "").isascii()
        return self._ascii


@lru_cache(maxsize=_MEMO_SIZE)
def _segment(text: str) -> _Segmented:
    """Lines and words of ``text``, memoised: the length filter and the Gopher quality, Gopher
    repetition and FineWeb filters each need them for the same text, and the word regex is the
    costliest step of all of them. Callers must not modify the lists."""
    return _Segmented(text)


@lru_cache(maxsize=4)
def _words(text: str) -> list[str]:
    """The words of ``text`` as a list (for the two filters that need one, one after the other; only a
    few are kept: a list of words takes ~10 times the memory of the text). Do not modify it."""
    seg = _segment(text)
    return seg.joined.split(_SEP) if seg.n_words else []


def count_words(text: str) -> int:
    """``len(words(text))``, memoised with the segmentation the quality signals use."""
    return _segment(text).n_words


def gopher_quality_signals(text: str, stopwords: Iterable[str] = ()) -> Signals:
    """Gopher quality signals of ``text``.

    ``words``: word count; ``mean_word_length``: mean code points per word (a matra is a code point,
    as in datatrove); ``hash_ratio`` / ``ellipsis_ratio``: ``#`` / ``...``+``…`` per word;
    ``bullet_lines_ratio`` / ``ellipsis_lines_ratio``: share of non-empty lines that are a bullet item
    or a truncated teaser (:func:`_is_bullet_line`, :func:`_is_ellipsis_line`);
    ``alpha_words_ratio``: share of words containing a letter;
    ``stopwords``: *distinct* stop words present (as datatrove 0.10 counts them);
    ``letter_ratio``: letters over non-space characters.
    """
    seg = _segment(text)
    n = seg.n_words
    ls = seg.lines
    n_lines = len(ls)
    stop = frozenset(stopwords)
    joined = seg.joined
    # words with a letter = all words minus those without one (one regex pass instead of one per word);
    # every letter lies inside a word (a letter is a word character), and the words are a fraction of
    # the text: counting them there gives letter_ratio's numerator at a fraction of the cost
    if seg.ascii_words:
        alpha_words = n - len(_ASCII_NO_LETTER_WORD_RE.findall(_SEP + joined + _SEP))
        raw = joined.encode()  # ’ is three bytes, none of them a letter
        letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    else:
        alpha_words = n - len(_NO_LETTER_WORD_RE.findall(_SEP + joined + _SEP))
        letters = count_letters(joined.replace(_SEP, ""))
    non_space = count_non_space(text)
    # the lines that start with a bullet / end with an ellipsis, picked in C (few lines do), then tested
    bullets = sum(map(_is_bullet_line, compress(ls, map(str.startswith, ls, repeat(BULLETS)))))
    ellipses = sum(map(_is_ellipsis_line, compress(ls, map(str.endswith, ls, repeat(_ELLIPSES)))))
    return {
        "words": n,
        # the characters of all words: the joined words less their n - 1 separators
        "mean_word_length": (len(seg.joined) - (n - 1)) / n if n else 0.0,
        "hash_ratio": text.count("#") / n if n else 0.0,
        "ellipsis_ratio": (text.count("...") + text.count("…")) / n if n else 0.0,
        "bullet_lines_ratio": bullets / n_lines if n_lines else 0.0,
        "ellipsis_lines_ratio": ellipses / n_lines if n_lines else 0.0,
        "alpha_words_ratio": alpha_words / n if n else 0.0,
        # (no stop words: no need to walk the words; frozenset.intersection walks a list to the end)
        "stopwords": len(stop.intersection(_words(text))) if stop else 0,
        "letter_ratio": letters / non_space if non_space else 0.0,  # = letter_ratio(text)
    }


def _duplicates(items: Sequence[str]) -> tuple[int, int]:
    """(number of items seen before, characters in them)."""
    seen: set[str] = set()
    n = chars = 0
    for x in items:
        if x in seen:
            n += 1
            chars += len(x)
        else:
            seen.add(x)
    return n, chars


def _ngram_chars_by_size(
    ws: Sequence[str], top_sizes: Sequence[int], dup_sizes: Sequence[int], top_min_count: int = 2
) -> tuple[dict[int, int], dict[int, int]]:
    """The characters behind the top and the duplicate n-gram signals, for every n of ``top_sizes``
    (:func:`_top_ngram_chars_by_size`) and of ``dup_sizes`` (:func:`_dup_ngram_chars_by_size`), in one
    walk over the sizes, smallest first.

    If the n-gram at i equals the one at j, so do their prefix m-grams (m < n): an n-gram that occurs
    twice or more starts only at a position whose m-gram does. So the n-grams of the first size are
    counted at every position, and each later size only at the positions whose previous-size n-gram
    occurs twice or more (its survivors, at most the previous size's). Such an n-gram is counted in
    full (all its occurrences are survivors) and in the same order of first occurrence, which decides
    between equally frequent ones (``most_common`` returns the first counted); an n-gram occurring once
    is neither a top n-gram (it needs two occurrences) nor a duplicate. The duplicate sizes (5..10) thus
    start from the survivors of the top sizes (2..4) instead of counting every 5-gram again, and each
    scans only the survivors of the size before it; a text with no repeated 2-gram stops after one
    pass. Every count is an exact integer count: the signals are the same numbers. A text of
    :data:`_NGRAM_ARRAY_WORDS` words or more is counted with arrays (:func:`_ngram_chars_by_size_arrays`,
    the same numbers)."""
    top = dict.fromkeys(top_sizes, 0)
    dup = dict.fromkeys(dup_sizes, 0)
    need = max(2, top_min_count)
    tops, dups = set(top_sizes), set(dup_sizes)
    n_words = len(ws)
    if n_words >= _NGRAM_ARRAY_WORDS and (tops or dups) and min(tops | dups) >= 2:
        _ngram_chars_by_size_arrays(ws, tops, dups, need, top, dup)
        return top, dup
    starts: list[int] | None = None  # None: every position (the first size)
    lens: list[int] | None = None
    for n in sorted(tops | dups):
        if n_words < n:
            break  # (and every larger n is 0 too)
        positions: Sequence[int]
        if starts is None:
            grams = list(zip(*(ws[i:] for i in range(n)), strict=False))
            positions = range(len(grams))
        else:
            del starts[bisect_right(starts, n_words - n) :]  # the positions where an n-gram still fits
            grams = [tuple(ws[i : i + n]) for i in starts]
            positions = starts
        # Each n-gram hashed once: its first position, for every position (dict.setdefault, in C). An n-gram
        # occurs again where that is not the position itself; the repeated n-grams are named by the first
        # positions seen again, their counts are 1 + the times seen again; the top n-gram, most_common(1)'s
        # (the first counted of the most frequent), is the one of them that starts first. (A Counter, a set
        # of the repeated n-grams and a second lookup of every n-gram in it: 0.40 -> 0.37 ms per wcxb page of
        # fewer than _NGRAM_ARRAY_WORDS words.)
        first: dict[tuple[str, ...], int] = {}
        firsts = list(map(first.setdefault, grams, positions))
        if len(first) == len(grams):
            break  # no n-gram occurs twice
        again = list(map(ne, firsts, positions))
        seen_again = list(compress(firsts, again))
        if n in tops:
            counts = Counter(seen_again)
            count = max(counts.values()) + 1
            if count >= need:
                at = min(compress(counts, map((count - 1).__eq__, counts.values())))
                top[n] = (sum(len(w) for w in ws[at : at + n]) + n - 1) * count
        repeated = set(seen_again)
        starts = list(compress(positions, map(repeated.__contains__, firsts)))
        if n in dups and n_words >= 2 * n:
            covered = bytearray(n_words)  # 1 = the word lies in a repeated n-gram (each word counted once)
            ones = b"\x01" * n
            for i in compress(positions, again):  # the n-grams seen before
                covered[i : i + n] = ones
            if lens is None:
                lens = list(map(len, ws))
            dup[n] = sum(compress(lens, covered))
    return top, dup


#: word count from which :func:`_ngram_chars_by_size` counts with arrays: below it the tuples of words cost
#: less than numpy's per-call overhead (measured on 399 English wcxb pages and 600 Hindi documents: arrays
#: cost 2-5 times more under 500 words). 2,048 until session 16, which timed both walks on every document of
#: the 1,497 wcxb pages, the Hindi bench shard and 152 Hindi news articles (best of 3): the tuples win by
#: 3-5 % at 500-749 words (29 % on the bench shard's Hindi), the arrays by 8-14 % at 750-999, 17-34 % at
#: 1,000-1,499 and 30-45 % at 1,500-2,047. At 1,000: this function 0.56 -> 0.51 ms per wcxb page and
#: 0.69 -> 0.54 per news article (fresh word lists, best of 7); the bench shard has no text that long.
_NGRAM_ARRAY_WORDS = 1000


def _ngram_chars_by_size_arrays(ws: Sequence[str], tops: set[int], dups: set[int], need: int,
                                top: dict[int, int], dup: dict[int, int]) -> None:
    """:func:`_ngram_chars_by_size` with numpy, for long texts: fills ``top`` and ``dup``.

    Each n-gram is named by the position of its first occurrence. A word's name is its first position
    (one dict pass), and the n-gram at i is the pair (name of the (n-1)-gram at i, name of the word at
    i + n - 1), packed into one integer: equal pairs, equal n-grams. ``np.unique`` (a stable sort) gives
    each pair's first position and count. As in :func:`_ngram_chars_by_size`, each size is counted only at
    the positions whose (n-1)-gram occurs twice or more; ``most_common`` picks the most frequent n-gram that
    occurs first, here the smallest first position among the most frequent; the duplicate n-grams are those
    at a position that is not their first. Every size from 2 to the largest asked is walked (the survivors of
    a size not asked are still the right ones for the next)."""
    import numpy as np

    n_words = len(ws)
    first_at: dict[str, int] = {}
    ids = np.fromiter(map(first_at.setdefault, ws, range(n_words)), dtype=np.int64, count=n_words)
    starts = np.arange(n_words, dtype=np.int64)  # positions whose (n-1)-gram occurs twice or more
    names = ids  # the (n-1)-gram at each of them, by its first position
    lens = None
    for n in range(2, max(tops | dups) + 1):
        fits = int(np.searchsorted(starts, n_words - n, side="right"))  # where an n-gram still fits
        if not fits:
            break
        starts, names = starts[:fits], names[:fits]
        keys = names * n_words + ids[starts + (n - 1)]  # < n_words ** 2: no overflow below 3e9 words
        _, first, inverse, counts = np.unique(keys, return_index=True, return_inverse=True, return_counts=True)
        first_pos = starts[first]
        names = first_pos[inverse]
        repeated = counts[inverse] > 1
        if not repeated.any():
            break
        if n in tops:
            most = int(counts.max())
            if most >= need:
                at = int(first_pos[counts == most].min())
                top[n] = (sum(map(len, ws[at : at + n])) + n - 1) * most
        if n in dups and n_words >= 2 * n:
            again = starts[names != starts]  # an n-gram seen before: its words are covered
            edges = np.bincount(again, minlength=n_words + n) - np.bincount(again + n, minlength=n_words + n)
            covered = np.cumsum(edges[:n_words]) > 0
            if lens is None:
                lens = np.fromiter(map(len, ws), dtype=np.int64, count=n_words)
            dup[n] = int(lens[covered].sum())
        starts, names = starts[repeated], names[repeated]


def _top_ngram_chars_by_size(ws: Sequence[str], sizes: Sequence[int], min_count: int = 2) -> dict[int, int]:
    """Characters covered by the most frequent n-gram (its length with spaces times its count), for
    every n in ``sizes``; 0 when it occurs fewer than ``min_count`` times (a phrase said twice is not
    repetition), and always fewer than twice. (:func:`_ngram_chars_by_size` computes it.)"""
    return _ngram_chars_by_size(ws, sizes, (), min_count)[0]


def _top_ngram_chars(ws: Sequence[str], n: int, min_count: int = 2) -> int:
    """:func:`_top_ngram_chars_by_size` for one n."""
    return _top_ngram_chars_by_size(ws, (n,), min_count)[n]


def _dup_ngram_chars_by_size(ws: Sequence[str], sizes: Sequence[int]) -> dict[int, int]:
    """Characters of words inside n-grams that occurred before, each word counted once (Gopher's
    "fraction of characters contained within all duplicate n-grams"; overlapping repeats are not
    double counted, so the fraction never exceeds 1), for every n in ``sizes``; 0 when the text has
    fewer than 2n words. (:func:`_ngram_chars_by_size` computes it.)"""
    return _ngram_chars_by_size(ws, (), sizes)[1]


def _dup_ngram_chars(ws: Sequence[str], n: int) -> int:
    """:func:`_dup_ngram_chars_by_size` for one n."""
    return _dup_ngram_chars_by_size(ws, (n,))[n]


def repetition_signals(
    text: str,
    top_sizes: Sequence[int] = TOP_NGRAM_SIZES,
    dup_sizes: Sequence[int] = DUP_NGRAM_SIZES,
    *,
    top_min_count: int = 2,
) -> Signals:
    """Gopher repetition signals of ``text``.

    ``dup_lines``: number of non-empty lines that repeat an earlier one;
    ``dup_line_frac`` / ``dup_para_frac``: share of non-empty lines / paragraphs that repeat an earlier
    one; ``dup_line_char_frac`` / ``dup_para_char_frac``: their characters over all characters;
    ``top_{n}gram_frac``: characters of the most frequent word n-gram (when it occurs at least
    ``top_min_count`` times, and at least twice) over all characters; ``dup_{n}gram_frac``: characters
    of words inside repeated n-grams over all
    characters (datatrove's denominator, which FineWeb-2's thresholds were tuned with).
    """
    total = len(text)
    seg = _segment(text)
    ls = seg.lines
    ps = paragraphs(text)
    ln_dup, ln_chars = _duplicates(ls)
    p_dup, p_chars = _duplicates(ps)
    out: Signals = {
        "dup_lines": ln_dup,
        "dup_line_frac": ln_dup / len(ls) if ls else 0.0,
        "dup_line_char_frac": ln_chars / total if total else 0.0,
        "dup_para_frac": p_dup / len(ps) if ps else 0.0,
        "dup_para_char_frac": p_chars / total if total else 0.0,
    }
    ws = _words(text)
    top_chars, dup_chars = _ngram_chars_by_size(ws, top_sizes, dup_sizes, top_min_count)
    for n in top_sizes:
        out[f"top_{n}gram_frac"] = top_chars[n] / total if total else 0.0
    for n in dup_sizes:
        out[f"dup_{n}gram_frac"] = dup_chars[n] / total if total else 0.0
    return out


def is_sentence_line(
    line: str,
    terminal: str | tuple[str, ...] = ".?!।॥۔؟…",
    min_sentence_words: float = 0.0,
    *,
    internal_ends: bool = True,
    n_words: int | None = None,
) -> bool:
    """Does ``line`` read as sentences: it ends in terminal punctuation (or, with ``internal_ends``,
    holds a sentence end followed by more text), and its sentences have on average at least
    ``min_sentence_words`` words? ``n_words`` is ``len(words(line))`` when the caller has it.

    The second condition is for Indic chrome: a menu or a list of names joined by dandas
    ("होम । देश । विदेश । खेल ।", "मनु । इला । पुरुरवस् ।") ends in ``।`` but its "sentences" are one
    word each."""
    if not (is_terminated(line, terminal) or (internal_ends and _INTERNAL_END_RE.search(line) is not None)):
        return False
    return _enough_words(line, min_sentence_words, n_words)


def _enough_words(line: str, min_sentence_words: float, n_words: int | None) -> bool:
    """The second condition of :func:`is_sentence_line`: at least ``min_sentence_words`` words per sentence."""
    if min_sentence_words <= 0:
        return True
    if n_words is None:
        n_words = len(line_words(line))
    # Sentences with a word number at least 1 when the line has a word, and at most one more than its
    # sentence-end characters (sentences() splits only after one): a line with enough words for that
    # many sentences passes without being split (most prose lines).
    if n_words and n_words >= min_sentence_words * (sum(map(line.count, SENTENCE_END)) + 1):
        return True
    n_sent = sum(1 for s in sentences(line) if _HAS_WORD_RE.search(s))
    return n_sent > 0 and n_words / n_sent >= min_sentence_words


@lru_cache(maxsize=8)
def sentence_lines(
    text: str, terminal: str | tuple[str, ...], min_sentence_words: float, internal_ends: bool = True
) -> list[bool]:
    """:func:`is_sentence_line` of each non-empty stripped line of ``text`` (the lines of
    :func:`shuddh.text.segment.lines`), in order. Memoised: the FineWeb signals and
    :func:`shuddh.quality.content.line_classes` both classify the lines of one text with the profile's
    settings (wcxb, English: 0.05 ms per page each time). Do not modify the list."""
    seg = _segment(text)
    ls = seg.lines
    # is_sentence_line's two conditions, each over all lines: the ends first (in C for a tuple of ends: the
    # lines are stripped, so is_terminated's rstrip() is a no-op), the internal ends only where they decide
    if isinstance(terminal, tuple):
        ends: Iterable[bool] = map(str.endswith, ls, repeat(terminal))
    else:
        ends = (is_terminated(ln, terminal) for ln in ls)
    search = _INTERNAL_END_RE.search
    flags = [e or (internal_ends and search(ln) is not None) for e, ln in zip(ends, ls, strict=True)]
    if min_sentence_words > 0:
        flags = [f and _enough_words(ln, min_sentence_words, k)
                 for f, ln, k in zip(flags, ls, seg.line_counts, strict=True)]
    return flags


def fineweb_line_signals(
    text: str,
    terminal: str | tuple[str, ...] = ".?!।॥۔؟…",
    short_line_length: int = 30,
    *,
    internal_ends: bool = True,
    min_sentence_words: float = 0.0,
) -> Signals:
    """FineWeb line signals of ``text`` (over non-empty lines).

    ``line_punct_ratio``: share of lines that read as sentences (:func:`is_sentence_line`: ending in
    terminal punctuation, ``।`` included, or with ``internal_ends`` holding a sentence end followed by
    more text; and with at least ``min_sentence_words`` words per sentence on average);
    ``prose_word_ratio``: share of the document's words that sit in such lines;
    ``short_line_ratio``: share of lines of at most ``short_line_length`` characters;
    ``char_dup_ratio``: characters in lines that repeat an earlier line over characters not newlines;
    ``newline_ratio``: line breaks between non-empty lines per word (FineWeb's "list" signal).
    """
    seg = _segment(text)
    ls = seg.lines
    n = len(ls)
    ws_n = seg.n_words
    _, dup_chars = _duplicates(ls)
    body = sum(map(len, ls))
    prose = sentence_lines(text, terminal, min_sentence_words, internal_ends)
    n_prose = sum(prose)
    prose_words = sum(compress(seg.line_counts, prose))
    line_words = ws_n  # the words of every line
    return {
        "line_punct_ratio": n_prose / n if n else 0.0,
        "prose_word_ratio": prose_words / line_words if line_words else 0.0,
        "short_line_ratio": sum(map(short_line_length.__ge__, map(len, ls))) / n if n else 0.0,
        "char_dup_ratio": dup_chars / body if body else 0.0,
        "newline_ratio": (n - 1) / ws_n if ws_n and n else 0.0,
    }
