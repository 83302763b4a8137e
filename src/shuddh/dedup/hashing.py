"""Canonical text and vectorised hashing for deduplication.

* :func:`canonical_text` — what "the same text" means: normalised (NFC, invisible characters removed,
  whitespace collapsed — combining marks are *never* stripped), case-folded, and with the decimal digits
  of Indic scripts folded to ASCII so "२०२४" and "2024" compare equal.
* :func:`word_hashes` hashes each word once with xxh3-64 (the only per-item Python call, one per word);
  :func:`ngram_hashes` then builds every word-n-gram hash with a handful of numpy operations
  (an order-sensitive linear combination of the n word hashes with fixed odd multipliers, finished with
  the splitmix64 mixer), so there is no per-shingle Python loop.
"""

from __future__ import annotations

import unicodedata

import numpy as np
import numpy.typing as npt
import regex
import xxhash

from shuddh.text.normalize import normalize
from shuddh.text.segment import words

__all__ = [
    "canonical_text", "canonical_words", "exact_key", "line_key", "mix64", "ngram_hashes", "word_hashes",
]

U64 = npt.NDArray[np.uint64]

# Decimal digits of the scripts shuddh handles (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
# Telugu, Kannada, Malayalam, Arabic-Indic, Extended Arabic-Indic) -> ASCII.
_DIGIT_BLOCKS = (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0660, 0x06F0)
_DIGITS = {base + i: ord("0") + i for base in _DIGIT_BLOCKS for i in range(10)}
_SPACES_RE = regex.compile(r"\s+")

# splitmix64 finaliser constants (Steele, Lea & Flood 2014)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)


def canonical_text(text: str) -> str:
    """Normalised, case-folded, digit-folded text with every whitespace run turned into one space
    (line breaks included). Combining marks are kept: "मैं हिंदी में" stays "मैं हिंदी में"."""
    t = normalize(text).casefold().translate(_DIGITS)
    out: str = _SPACES_RE.sub(" ", t).strip()
    return out


def canonical_words(text: str) -> list[str]:
    """Words of the canonical text (Indic-correct segmentation: never split at matras or virama).

    Equal to ``words(canonical_text(text))`` for all practical purposes but much cheaper: word
    segmentation already ignores whitespace, punctuation and invisible characters, so only NFC, case
    folding and digit folding are needed (the full :func:`normalize` would cost more than hashing)."""
    return words(unicodedata.normalize("NFC", text).casefold().translate(_DIGITS))


def exact_key(text: str) -> tuple[int, int] | None:
    """128-bit key of the canonical text as (high, low) 64-bit halves; ``None`` for text with no words
    or other visible content (empty documents are left to the quality filters)."""
    c = canonical_text(text)
    if not c:
        return None
    d = xxhash.xxh3_128_intdigest(c.encode())
    return d >> 64, d & 0xFFFFFFFFFFFFFFFF


def line_key(line: str) -> int | None:
    """64-bit key of one line's canonical form; ``None`` for a blank line."""
    c = canonical_text(line)
    if not c:
        return None
    return xxhash.xxh3_64_intdigest(c.encode())


def mix64(x: U64) -> U64:
    """splitmix64 finaliser, vectorised (a bijection on uint64 with full avalanche)."""
    x = x ^ (x >> _S30)
    x = x * _M1
    x = x ^ (x >> _S27)
    x = x * _M2
    return x ^ (x >> _S31)


def word_hashes(ws: list[str]) -> U64:
    """xxh3-64 of every word (one call per word, not per shingle)."""
    h = xxhash.xxh3_64_intdigest
    return np.fromiter((h(w.encode()) for w in ws), dtype=np.uint64, count=len(ws))


def _multipliers(n: int, seed: int) -> U64:
    rng = np.random.Generator(np.random.PCG64(0x5EED_0000 + seed))
    return rng.integers(0, 2**63, size=n, dtype=np.uint64) * np.uint64(2) + np.uint64(1)  # odd


def ngram_hashes(wh: U64, n: int, *, doc_starts: npt.NDArray[np.int64] | None = None,
                 seed: int = 0) -> tuple[U64, npt.NDArray[np.int64]]:
    """Hashes of all word n-grams of one or many documents, vectorised.

    ``wh`` are the word hashes of the documents concatenated; ``doc_starts`` the index of each
    document's first word (default: one document). Returns the n-gram hashes (concatenated in document
    order) and the index of each document's first n-gram in that array. A document with fewer than
    ``n`` words (but at least one) gets exactly one "n-gram": all of its words. A document with no
    words gets none.
    """
    if doc_starts is None:
        doc_starts = np.zeros(1, dtype=np.int64)
    total = len(wh)
    ndocs = len(doc_starts)
    lengths = np.diff(np.append(doc_starts, total))
    mult = _multipliers(n, seed)
    s = total - n + 1
    if s > 0:
        acc = wh[:s] * mult[0]
        for k in range(1, n):
            acc = acc + wh[k : k + s] * mult[k]
        # an n-gram is valid when its last word belongs to the same document as its first word
        doc_of = np.repeat(np.arange(ndocs), lengths)
        ok = doc_of[:s] == doc_of[n - 1 :]
        grams = acc[ok]
        gram_doc = doc_of[:s][ok]
    else:
        grams = np.zeros(0, dtype=np.uint64)
        gram_doc = np.zeros(0, dtype=np.int64)
    short = np.flatnonzero((lengths > 0) & (lengths < n))
    if len(short):  # rare: documents shorter than n words get one gram over all their words
        extra = np.empty(len(short), dtype=np.uint64)
        for j, d in enumerate(short):
            seg = wh[doc_starts[d] : doc_starts[d] + lengths[d]]
            extra[j] = (seg * mult[: len(seg)]).sum(dtype=np.uint64) ^ np.uint64(len(seg))
        grams = np.concatenate([grams, extra])
        gram_doc = np.concatenate([gram_doc, short.astype(np.int64)])
        order = np.argsort(gram_doc, kind="stable")
        grams, gram_doc = grams[order], gram_doc[order]
    starts = np.searchsorted(gram_doc, np.arange(ndocs)).astype(np.int64)
    return mix64(grams), starts
