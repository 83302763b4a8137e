"""Vectorised hashed features for language identification.

A text becomes a bag of hashed features:

* character n-grams, ``n = 1 … 5`` (:data:`NGRAM_ORDERS`), over the *feature string*: NFC, lower-cased,
  every run of non-letters (anything outside ``\\p{L}\\p{M}``: digits, punctuation, danda, emoji,
  whitespace) collapsed to one space, with a space added at both ends so that word starts and ends
  are n-gram material (``" की "`` is a strong Hindi feature, ``" कें "`` a Maithili one). Five is the
  usual ceiling for character-n-gram language ID (Cavnar & Trenkle 1994; langid.py uses 1–4, HeLI and
  the best VarDial-2018 ILI systems up to 5–6); longer n-grams are mostly whole words, which we add
  directly:
* word unigrams and word bigrams (a word is a maximal letter run), which carry the function-word
  evidence that separates Hindi from Bhojpuri/Magahi/Awadhi/Braj (``है``/``बा``/``हइ``/``है``/``है``
  differ mostly in their neighbours).

Everything is computed for a whole batch of texts at once with numpy on one concatenated code-point
array (texts separated by U+0000, which the normalisation can never emit): one ``unicodedata.normalize``
and one ``str.lower`` for the whole batch, and the non-letter collapsing done on code points with the
letter table of :mod:`shuddh.text.scripts` (:func:`feature_codepoints`; :func:`feature_string` is the
one-text reference it is tested against). Hashing is 64-bit polynomial hashing with wrap-around uint64
arithmetic, finished by a multiply-xorshift mix and a right shift to ``bits`` bits; it is fully
deterministic (no ``PYTHONHASHSEED`` dependence).

Two layouts of the same hashed features:

* :class:`HashedBatch` (prediction): a dense ``(positions, orders)`` matrix of n-gram buckets and a
  ``(words, 2)`` matrix of word and word-bigram buckets, where "no feature here" is the extra bucket
  ``2**bits`` (whose weights are zero). Rows are contiguous, so a linear model's scores are one
  ``np.take`` and one ``np.add.reduceat`` per matrix (:func:`linear_scores`), with no filtering.
* :class:`FeatureBatch` (training): coordinate form, one entry per feature occurrence.

Each occurrence of a feature contributes ``1 / sqrt(number of feature occurrences in the text)``, so a
text's feature vector has roughly unit length; a linear model's scores then grow like ``sqrt(length)``
(more evidence, more confidence) rather than linearly.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import regex

from shuddh.text.nfc import nfc_batch
from shuddh.text.scripts import letter_mask

__all__ = [
    "NGRAM_ORDERS",
    "FeatureBatch",
    "HashedBatch",
    "extract",
    "feature_codepoints",
    "feature_string",
    "feature_strings",
    "hash_batch",
    "linear_scores",
    "with_empty_bucket",
]

#: Character n-gram orders (see module docstring for why 1–5).
NGRAM_ORDERS: tuple[int, ...] = (1, 2, 3, 4, 5)

_NON_LETTERS = regex.compile(r"[^\p{L}\p{M}]+")

# Hashing constants. _BASE is an odd 64-bit multiplier for polynomial hashing; _MIX1/_MIX2 are the
# SplitMix64 finaliser constants (Steele et al. 2014), chosen for avalanche, not tuned.
_BASE = np.uint64(0x100000001B3)  # FNV-1a 64-bit prime
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
#: Per-feature-kind salts so that, e.g., the word "का" and the 2-gram "का" land in different buckets.
_SALT_WORD = np.uint64(0x9E3779B97F4A7C15)
_SALT_BIGRAM = np.uint64(0xC2B2AE3D27D4EB4F)
_SPACE = 0x20
_SEP = 0
_ORDERS = np.array(NGRAM_ORDERS, dtype=np.int64)
_ORDER_ROWS = _ORDERS - 1  # row of each order in the all-orders hash matrix of hash_batch
_ORDER_SALTS = _ORDERS.astype(np.uint64)[:, None]  # each order's hashes are mixed with the order as salt
_ALL_ORDERS = tuple(range(1, max(NGRAM_ORDERS) + 1)) == NGRAM_ORDERS  # every row of the hash matrix is an order


def feature_string(text: str) -> str:
    """NFC, lower-case, non-letters → single space, padded with one space on each side."""
    t = unicodedata.normalize("NFC", text).lower()
    t = _NON_LETTERS.sub(" ", t).strip(" ")
    return f" {t} " if t else ""


def feature_codepoints(texts: Sequence[str], *, prepared: bool = False) -> npt.NDArray[np.uint32]:
    """Code points of ``feature_string(t) + "\\x00"`` for every ``t`` in ``texts``, concatenated.

    Computed for the whole batch at once. Lower-casing the joined batch equals lower-casing each text:
    U+0000 and the space we wrap each text in are neither cased nor case-ignorable (so the Greek
    final-sigma context stops there too). With ``prepared=True`` the texts
    already are feature strings.
    """
    if not texts:
        return np.zeros(0, dtype=np.uint32)
    if prepared:
        return np.frombuffer(("\x00".join(texts) + "\x00").encode("utf-32-le"), dtype=np.uint32)
    # NFC text by text, and only where a table check (shuddh.text.nfc) cannot clear a text: every nukta
    # sent unicodedata's own quick check to a full normalisation (~90 µs a document)
    joined = " \x00 ".join(nfc_batch(list(texts)))
    if joined.count("\x00") != len(texts) - 1:  # NUL inside a text: it is a non-letter, i.e. a space
        joined = " \x00 ".join(nfc_batch([t.replace("\x00", " ") for t in texts]))
    norm = f" {joined} \x00".lower()
    # surrogatepass: a lone surrogate is a non-letter (→ space), as in feature_string
    cps = np.frombuffer(norm.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    sep = cps == _SEP
    letter = letter_mask(cps)
    gap = ~(letter | sep)
    gap_start = gap.copy()
    gap_start[1:] &= ~gap[:-1]
    keep = letter | sep | gap_start
    out: npt.NDArray[np.uint32] = cps[keep]
    is_space = gap_start[keep]
    out[is_space] = _SPACE
    # A text without letters is left as a lone space between separators: make it empty.
    lone = is_space.copy()
    lone[:-1] &= out[1:] == _SEP
    lone[1:] &= out[:-1] == _SEP
    if lone.any():
        out = out[~lone]
    return out


def feature_strings(texts: Sequence[str]) -> list[str]:
    """``[feature_string(t) for t in texts]``, computed batch-wise by :func:`feature_codepoints`."""
    if not texts:
        return []
    return feature_codepoints(texts).tobytes().decode("utf-32-le").split("\x00")[:-1]


def _mix(h: npt.NDArray[np.uint64], salt: np.uint64 | npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """SplitMix64 finaliser of ``h ^ salt`` (uint64, wraps; ``salt`` may broadcast, e.g. one per row)."""
    z = h ^ salt
    z ^= z >> np.uint64(30)
    z *= _MIX1
    z ^= z >> np.uint64(27)
    z *= _MIX2
    z ^= z >> np.uint64(31)
    return z


def _mix_in_place(z: npt.NDArray[np.uint64], salt: npt.NDArray[np.uint64], scratch: npt.NDArray[np.uint64]) -> None:
    """``z[:] = _mix(z, salt)``, with ``scratch`` (the shape of ``z``) for the shifted values: the same
    integer operations in the same order, without a new array per step."""
    z ^= salt
    np.right_shift(z, np.uint64(30), out=scratch)
    z ^= scratch
    z *= _MIX1
    np.right_shift(z, np.uint64(27), out=scratch)
    z ^= scratch
    z *= _MIX2
    np.right_shift(z, np.uint64(31), out=scratch)
    z ^= scratch


@dataclass(frozen=True, slots=True)
class HashedBatch:
    """Hashed features of a batch of texts in dense, row-contiguous form (see the module docstring).

    ``grams[p, k]`` is the bucket of the ``NGRAM_ORDERS[k]``-gram starting at position ``p`` of the
    concatenated feature strings, or ``empty`` (``2**bits``) if there is none (it would cross the end of
    its text, or it is the lone-space 1-gram). Text ``i`` owns positions ``gram_starts[i]`` up to the next
    text's start, its trailing separator included, so it owns at least one position. ``words[j]`` is the
    ``(word, bigram with the previous word of the same text)`` bucket pair of word ``j`` (``empty`` when
    the word is its text's first); text ``i`` owns words ``word_starts[i]`` … ``word_starts[i + 1] - 1``,
    and ``words`` ends with one ``(empty, empty)`` row so that every start is a valid index.
    ``n_feats[i]`` counts text ``i``'s feature occurrences, and ``scale[i] = 1 / sqrt(max(n_feats, 1))``
    is the value of each of them.
    """

    n_rows: int
    empty: int
    grams: npt.NDArray[np.int64]
    gram_starts: npt.NDArray[np.intp]
    words: npt.NDArray[np.int64]
    word_starts: npt.NDArray[np.intp]
    n_feats: npt.NDArray[np.int64]
    scale: npt.NDArray[np.float32]


def hash_batch(texts: Sequence[str], bits: int, *, prepared: bool = False) -> HashedBatch:
    """Hash the features of every text into ``[0, 2**bits)`` (``2**bits`` = no feature); see
    :class:`HashedBatch`. ``prepared=True``: the texts already are :func:`feature_string` outputs.
    """
    c32 = feature_codepoints(texts, prepared=prepared)
    n_rows = len(texts)
    empty = 1 << bits
    c = c32.astype(np.uint64)
    length = c.size
    sep_pos = np.flatnonzero(c32 == _SEP)
    gram_starts = np.zeros(n_rows, dtype=np.intp)
    gram_starts[1:] = sep_pos[:-1] + 1
    row_len = sep_pos - gram_starts  # feature-string length of each text (separator excluded)
    row_at = np.repeat(np.arange(n_rows), row_len + 1)
    # Room left in the text from each position: the n-gram at p exists iff room[p] >= n.
    room = sep_pos[row_at] - np.arange(length)
    is_space = c32 == _SPACE

    # All orders at once: hashes[n-1, p] hashes c[p : p+n] (positions where that would run past the end
    # are never valid and keep 0).
    max_n = max(NGRAM_ORDERS)
    hashes = np.zeros((max_n, length), dtype=np.uint64)
    hashes[0] = c
    for n in range(2, max_n + 1):
        m = length - n + 1
        if m <= 0:
            break
        np.multiply(hashes[n - 2, :m], _BASE, out=hashes[n - 1, :m])
        hashes[n - 1, :m] += c[n - 1 :]
    shift = np.uint64(64 - bits)
    # mixed in place, with one scratch array for the shifts, and the missing n-grams written over in place:
    # _mix's temporaries of the size of the matrix, a copy of it and np.where's cost ~10 % of this function
    # (wcxb, with nfc_batch's ASCII skip: 0.18 -> 0.17 ms per page)
    buckets = hashes if _ALL_ORDERS else hashes[_ORDER_ROWS]
    _mix_in_place(buckets, _ORDER_SALTS, np.empty_like(buckets))
    buckets >>= shift
    grams_by_order = buckets.view(np.int64)
    for k, n in enumerate(NGRAM_ORDERS):
        np.copyto(grams_by_order[k], empty, where=room < n)  # it would cross the end of its text
    if 1 in NGRAM_ORDERS:  # the lone-space 1-gram is in every text: no information
        np.copyto(grams_by_order[NGRAM_ORDERS.index(1)], empty, where=is_space)
    grams = np.ascontiguousarray(grams_by_order.T)

    # Words: position-keyed sum hash over each word's letters (every non-space, non-separator is a letter).
    is_letter = ~(is_space | (c32 == _SEP))
    starts = is_letter.copy()
    starts[1:] &= ~is_letter[:-1]
    start_pos = np.flatnonzero(starts)
    n_words = start_pos.size
    words = np.full((n_words + 1, 2), empty, dtype=np.int64)
    word_rows = row_at[start_pos]
    if n_words:
        lpos = np.flatnonzero(is_letter)
        first = starts[lpos]
        wid = np.cumsum(first) - 1
        offset = np.minimum(lpos - start_pos[wid], _POS_KEYS.size - 1)
        contrib = c[lpos] * _POS_KEYS[offset]
        # Sum per word in uint64 with wrap-around (bincount would go through float64 and lose bits).
        wh = np.add.reduceat(contrib, np.flatnonzero(first)).astype(np.uint64)
        wh_mixed = _mix(wh, _SALT_WORD)
        words[:n_words, 0] = (wh_mixed >> shift).view(np.int64)
        same = np.flatnonzero(word_rows[1:] == word_rows[:-1])  # word same+1 follows word same in a text
        if same.size:
            bi = wh_mixed[same] * _BASE + wh_mixed[same + 1]
            words[same + 1, 1] = (_mix(bi, _SALT_BIGRAM) >> shift).view(np.int64)
    word_starts = np.searchsorted(word_rows, np.arange(n_rows)).astype(np.intp)
    n_words_row = np.bincount(word_rows, minlength=n_rows)

    # n-grams of each order that fit, minus the spaces (not 1-grams; w words have w + 1 spaces), plus
    # words and word bigrams
    n_feats = np.maximum(row_len[:, None] - _ORDERS[None, :] + 1, 0).sum(axis=1)
    if 1 in NGRAM_ORDERS:
        n_feats -= np.where(row_len > 0, n_words_row + 1, 0)
    n_feats += np.maximum(2 * n_words_row - 1, 0)
    scale = (1.0 / np.sqrt(np.maximum(n_feats, 1))).astype(np.float32)
    return HashedBatch(n_rows, empty, grams, gram_starts, words, word_starts, n_feats, scale)


def with_empty_bucket(w: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """``w`` with one extra row of zeros: the weights of the "no feature" bucket ``2**bits``."""
    out = np.zeros((w.shape[0] + 1, w.shape[1]), dtype=np.float32)
    out[:-1] = w
    return out


def linear_scores(hb: HashedBatch, w_ext: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """``Σ value · weight`` over each text's features: an ``(n_rows, n_labels)`` array (no bias).

    ``w_ext`` is ``with_empty_bucket(W)``. ``np.take`` (not fancy indexing, which is several times
    slower on a 2-D table) gathers the weight rows; rows are contiguous, so one ``reduceat`` sums them.
    """
    if hb.n_rows == 0:
        return np.zeros((0, w_ext.shape[1]), dtype=np.float32)
    k = hb.grams.shape[1]
    total: npt.NDArray[np.float32] = np.add.reduceat(
        np.take(w_ext, hb.grams.reshape(-1), axis=0), hb.gram_starts * k, axis=0
    )
    if hb.words.shape[0] > 1:
        per_word = np.add.reduceat(np.take(w_ext, hb.words.reshape(-1), axis=0), hb.word_starts * 2, axis=0)
        # reduceat gives the element at the start (not 0) for a text without words: mask those out
        has_words = np.empty(hb.n_rows, dtype=np.bool_)
        has_words[:-1] = hb.word_starts[1:] > hb.word_starts[:-1]
        has_words[-1] = hb.word_starts[-1] < hb.words.shape[0] - 1
        total += np.where(has_words[:, None], per_word, np.float32(0))
    total *= hb.scale[:, None]
    return total


@dataclass(frozen=True, slots=True)
class FeatureBatch:
    """Hashed features of a batch of texts in coordinate form (used by training).

    ``rows[k]`` is the text that feature occurrence ``k`` belongs to, ``index[k]`` its bucket in
    ``[0, 2**bits)`` and ``value[k]`` its weight. ``n_feats[i]`` is the number of occurrences of text
    ``i`` (0 for a text without letters). ``parts`` holds the same occurrences split by feature kind
    (1-grams, …, 5-grams, words, word bigrams) as ``(rows, index)`` pairs whose ``rows`` are
    non-decreasing. ``scale[i]`` is the value of every occurrence in text ``i``.
    """

    n_rows: int
    rows: npt.NDArray[np.int64]
    index: npt.NDArray[np.int64]
    value: npt.NDArray[np.float32]
    n_feats: npt.NDArray[np.int64]
    scale: npt.NDArray[np.float32]
    parts: tuple[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]], ...]


def extract(texts: Sequence[str], bits: int, *, prepared: bool = False) -> FeatureBatch:
    """The features of :func:`hash_batch` in coordinate form, in the same occurrence order as before
    the dense layout existed (so training is unchanged): per kind, by position.
    """
    hb = hash_batch(texts, bits, prepared=prepared)
    n_rows = hb.n_rows
    row_len = np.diff(np.append(hb.gram_starts, hb.grams.shape[0]))
    row_at = np.repeat(np.arange(n_rows, dtype=np.int64), row_len)
    n_words = hb.words.shape[0] - 1
    word_rows = np.repeat(np.arange(n_rows, dtype=np.int64), np.diff(np.append(hb.word_starts, n_words)))
    parts: list[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]] = []
    for k in range(hb.grams.shape[1]):
        pos = np.flatnonzero(hb.grams[:, k] != hb.empty)
        parts.append((row_at[pos], hb.grams[pos, k]))
    for k in range(2):
        pos = np.flatnonzero(hb.words[:n_words, k] != hb.empty)
        parts.append((word_rows[pos], hb.words[pos, k]))
    parts = [(r, i) for r, i in parts if r.size]
    if parts:
        rows = np.concatenate([r for r, _ in parts])
        index = np.concatenate([i for _, i in parts])
    else:
        rows = np.zeros(0, dtype=np.int64)
        index = np.zeros(0, dtype=np.int64)
    n_feats = np.bincount(rows, minlength=n_rows).astype(np.int64)
    scale = (1.0 / np.sqrt(np.maximum(n_feats, 1))).astype(np.float32)
    value = scale[rows]
    return FeatureBatch(n_rows, rows, index, value, n_feats, scale, tuple(parts))


def _position_keys(count: int) -> npt.NDArray[np.uint64]:
    """Fixed pseudo-random odd uint64 keys, one per letter position inside a word (SplitMix64)."""
    seq = np.arange(1, count + 1, dtype=np.uint64) * _SALT_WORD
    return _mix(seq, _SALT_BIGRAM) | np.uint64(1)


#: Keys for letter positions 0…63 in a word; letters beyond position 63 share the last key (words that
#: long are URLs or junk, and a collision there is harmless).
_POS_KEYS = _position_keys(64)
