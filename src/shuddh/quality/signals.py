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

from collections import Counter
from collections.abc import Iterable, Sequence

import regex

from shuddh.text.segment import is_terminated, letter_ratio, lines, paragraphs, sentences, words

__all__ = [
    "BULLETS",
    "DUP_NGRAM_SIZES",
    "TOP_NGRAM_SIZES",
    "Signals",
    "fineweb_line_signals",
    "gopher_quality_signals",
    "is_sentence_line",
    "letter_ratio",
    "repetition_signals",
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

_HAS_LETTER_RE = regex.compile(r"\p{L}")
_HAS_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]")
# A sentence end inside a line, followed by more text: "… है। यह …". Such a line is prose even when its
# last sentence lost its full stop (Hindi Wikipedia paragraphs often end in a citation or a bare
# clause: measured in benchmarks/results/quality.md). Menus, tag clouds and headline strips have none.
_INTERNAL_END_RE = regex.compile(r"[।॥?!]\s+\S|[.]\s+[\p{L}\p{M}]")


def gopher_quality_signals(text: str, stopwords: Iterable[str] = ()) -> Signals:
    """Gopher quality signals of ``text``.

    ``words``: word count; ``mean_word_length``: mean code points per word (a matra is a code point,
    as in datatrove); ``hash_ratio`` / ``ellipsis_ratio``: ``#`` / ``...``+``…`` per word;
    ``bullet_lines_ratio`` / ``ellipsis_lines_ratio``: share of non-empty lines starting with a bullet
    or ending with an ellipsis; ``alpha_words_ratio``: share of words containing a letter;
    ``stopwords``: *distinct* stop words present (as datatrove 0.10 counts them);
    ``letter_ratio``: letters over non-space characters.
    """
    ws = words(text)
    n = len(ws)
    ls = lines(text)
    n_lines = len(ls)
    stop = frozenset(stopwords)
    return {
        "words": n,
        "mean_word_length": sum(len(w) for w in ws) / n if n else 0.0,
        "hash_ratio": text.count("#") / n if n else 0.0,
        "ellipsis_ratio": (text.count("...") + text.count("…")) / n if n else 0.0,
        "bullet_lines_ratio": sum(ln.startswith(BULLETS) for ln in ls) / n_lines if n_lines else 0.0,
        "ellipsis_lines_ratio": sum(ln.endswith(_ELLIPSES) for ln in ls) / n_lines if n_lines else 0.0,
        "alpha_words_ratio": sum(1 for w in ws if _HAS_LETTER_RE.search(w)) / n if n else 0.0,
        "stopwords": len(stop.intersection(ws)),
        "letter_ratio": letter_ratio(text),
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


def _top_ngram_chars(ws: Sequence[str], n: int, min_count: int = 2) -> int:
    """Characters covered by the most frequent n-gram (its length with spaces times its count), or 0
    when it occurs fewer than ``min_count`` times (a phrase said twice is not repetition)."""
    if len(ws) < n:
        return 0
    grams = Counter(tuple(ws[i : i + n]) for i in range(len(ws) - n + 1))
    gram, count = grams.most_common(1)[0]
    if count < max(2, min_count):
        return 0
    return (sum(len(w) for w in gram) + n - 1) * count


def _dup_ngram_chars(ws: Sequence[str], n: int) -> int:
    """Characters of words inside n-grams that occurred before, each word counted once (Gopher's
    "fraction of characters contained within all duplicate n-grams"; overlapping repeats are not
    double counted, so the fraction never exceeds 1)."""
    if len(ws) < 2 * n:
        return 0
    seen: set[tuple[str, ...]] = set()
    covered = [False] * len(ws)
    for i in range(len(ws) - n + 1):
        g = tuple(ws[i : i + n])
        if g in seen:
            for j in range(i, i + n):
                covered[j] = True
        else:
            seen.add(g)
    return sum(len(w) for w, c in zip(ws, covered, strict=True) if c)


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
    ls = lines(text)
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
    ws = words(text)
    for n in top_sizes:
        out[f"top_{n}gram_frac"] = _top_ngram_chars(ws, n, top_min_count) / total if total else 0.0
    for n in dup_sizes:
        out[f"dup_{n}gram_frac"] = _dup_ngram_chars(ws, n) / total if total else 0.0
    return out


def is_sentence_line(
    line: str,
    terminal: str | tuple[str, ...] = ".?!।॥۔؟…",
    min_sentence_words: float = 0.0,
    *,
    internal_ends: bool = True,
) -> bool:
    """Does ``line`` read as sentences: it ends in terminal punctuation (or, with ``internal_ends``,
    holds a sentence end followed by more text), and its sentences have on average at least
    ``min_sentence_words`` words?

    The second condition is for Indic chrome: a menu or a list of names joined by dandas
    ("होम । देश । विदेश । खेल ।", "मनु । इला । पुरुरवस् ।") ends in ``।`` but its "sentences" are one
    word each."""
    if not (is_terminated(line, terminal) or (internal_ends and _INTERNAL_END_RE.search(line) is not None)):
        return False
    if min_sentence_words <= 0:
        return True
    n_sent = sum(1 for s in sentences(line) if _HAS_WORD_RE.search(s))
    return n_sent > 0 and len(words(line)) / n_sent >= min_sentence_words


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
    ls = lines(text)
    n = len(ls)
    ws_n = len(words(text))
    _, dup_chars = _duplicates(ls)
    body = sum(len(ln) for ln in ls)
    n_prose = prose_words = line_words = 0
    for ln in ls:
        k = len(words(ln))
        line_words += k
        if is_sentence_line(ln, terminal, min_sentence_words, internal_ends=internal_ends):
            n_prose += 1
            prose_words += k
    return {
        "line_punct_ratio": n_prose / n if n else 0.0,
        "prose_word_ratio": prose_words / line_words if line_words else 0.0,
        "short_line_ratio": sum(len(ln) <= short_line_length for ln in ls) / n if n else 0.0,
        "char_dup_ratio": dup_chars / body if body else 0.0,
        "newline_ratio": (n - 1) / ws_n if ws_n and n else 0.0,
    }
