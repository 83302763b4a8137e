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
array (texts separated by U+0000, which the normalisation can never emit), so the Python cost per text is
one ``unicodedata.normalize`` + one ``regex.sub``. Hashing is 64-bit polynomial hashing with wrap-around
uint64 arithmetic, finished by a multiply-xorshift mix and a right shift to ``bits`` bits; it is fully
deterministic (no ``PYTHONHASHSEED`` dependence).

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

__all__ = ["NGRAM_ORDERS", "FeatureBatch", "extract", "feature_string"]

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


def feature_string(text: str) -> str:
    """NFC, lower-case, non-letters → single space, padded with one space on each side."""
    t = unicodedata.normalize("NFC", text).lower()
    t = _NON_LETTERS.sub(" ", t).strip(" ")
    return f" {t} " if t else ""


def _mix(h: npt.NDArray[np.uint64], salt: np.uint64) -> npt.NDArray[np.uint64]:
    """SplitMix64 finaliser of ``h ^ salt`` (uint64, wraps)."""
    z = h ^ salt
    z = (z ^ (z >> np.uint64(30))) * _MIX1
    z = (z ^ (z >> np.uint64(27))) * _MIX2
    return z ^ (z >> np.uint64(31))


@dataclass(frozen=True, slots=True)
class FeatureBatch:
    """Hashed features of a batch of texts in coordinate form.

    ``rows[k]`` is the text that feature occurrence ``k`` belongs to, ``index[k]`` its bucket in
    ``[0, 2**bits)`` and ``value[k]`` its weight. ``n_feats[i]`` is the number of occurrences of text
    ``i`` (0 for a text without letters). ``parts`` holds the same occurrences split by feature kind
    (1-grams, …, 5-grams, words, word bigrams) as ``(rows, index)`` pairs whose ``rows`` are
    non-decreasing, which lets prediction sum weights with one ``np.add.reduceat`` per part.
    ``scale[i]`` is the value of every occurrence in text ``i``.
    """

    n_rows: int
    rows: npt.NDArray[np.int64]
    index: npt.NDArray[np.int64]
    value: npt.NDArray[np.float32]
    n_feats: npt.NDArray[np.int64]
    scale: npt.NDArray[np.float32]
    parts: tuple[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]], ...]


def extract(texts: Sequence[str], bits: int, *, prepared: bool = False) -> FeatureBatch:
    """Hash the features of every text in ``texts`` into ``[0, 2**bits)``.

    With ``prepared=True`` the texts are already :func:`feature_string` outputs (used by training,
    which prepares each text once).
    """
    strs = list(texts) if prepared else [feature_string(t) for t in texts]
    n_rows = len(strs)
    joined = "\x00".join(strs) + "\x00"
    c = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    length = c.size
    is_sep = c == _SEP
    row_at = np.cumsum(is_sep) - is_sep  # row id of each position (separator belongs to its row)
    # sep_cum[i] = number of separators in c[:i]; a window [i, i+n) is valid iff it has none.
    sep_cum = np.concatenate(([0], np.cumsum(is_sep)))
    is_space = c == _SPACE
    # Word ids: a word starts at a letter preceded by a space (feature strings start with a space).
    is_letter = ~(is_sep | is_space)
    starts = is_letter & np.concatenate(([False], ~is_letter[:-1]))

    rows_parts: list[npt.NDArray[np.int64]] = []
    idx_parts: list[npt.NDArray[np.uint64]] = []
    shift = np.uint64(64 - bits)

    h = np.zeros(length, dtype=np.uint64)
    for n in range(1, max(NGRAM_ORDERS) + 1):
        m = length - n + 1
        if m <= 0:
            break
        # h[i] now hashes c[i : i+n]
        h = h[:m] * _BASE + c[n - 1 : n - 1 + m]
        if n not in NGRAM_ORDERS:
            continue
        valid = (sep_cum[n : n + m] - sep_cum[:m]) == 0
        if n == 1:
            valid &= ~is_space[:m]  # the lone-space 1-gram is in every text: no information
        pos = np.flatnonzero(valid)
        rows_parts.append(row_at[pos])
        idx_parts.append(_mix(h[pos], np.uint64(n)) >> shift)

    # Word unigrams: position-keyed sum hash over each word's letters.
    n_words = int(starts.sum())
    word_rows = row_at[np.flatnonzero(starts)]
    if n_words:
        lpos = np.flatnonzero(is_letter)
        wid = (np.cumsum(starts) - 1)[lpos]
        word_start_pos = np.flatnonzero(starts)
        offset = np.minimum(lpos - word_start_pos[wid], _POS_KEYS.size - 1)
        contrib = c[lpos] * _POS_KEYS[offset]
        # Sum per word in uint64 with wrap-around (bincount would go through float64 and lose bits).
        bounds = np.searchsorted(wid, np.arange(n_words))
        wh = np.add.reduceat(contrib, bounds).astype(np.uint64)
        wh_mixed = _mix(wh, _SALT_WORD)
        rows_parts.append(word_rows)
        idx_parts.append(wh_mixed >> shift)
        # Word bigrams within the same text.
        same = word_rows[1:] == word_rows[:-1]
        if same.any():
            bi = wh_mixed[:-1][same] * _BASE + wh_mixed[1:][same]
            rows_parts.append(word_rows[1:][same])
            idx_parts.append(_mix(bi, _SALT_BIGRAM) >> shift)

    parts = tuple(
        # bucket ids are < 2**bits, so viewing the uint64 array as int64 is exact and copy-free
        (r.astype(np.int64, copy=False), i.view(np.int64))
        for r, i in zip(rows_parts, idx_parts, strict=True)
        if r.size
    )
    if parts:
        rows = np.concatenate([r for r, _ in parts])
        index = np.concatenate([i for _, i in parts])
    else:
        rows = np.zeros(0, dtype=np.int64)
        index = np.zeros(0, dtype=np.int64)
    n_feats = np.bincount(rows, minlength=n_rows).astype(np.int64)
    scale = (1.0 / np.sqrt(np.maximum(n_feats, 1))).astype(np.float32)
    value = scale[rows]
    return FeatureBatch(n_rows, rows, index, value, n_feats, scale, parts)


def _position_keys(count: int) -> npt.NDArray[np.uint64]:
    """Fixed pseudo-random odd uint64 keys, one per letter position inside a word (SplitMix64)."""
    seq = np.arange(1, count + 1, dtype=np.uint64) * _SALT_WORD
    return _mix(seq, _SALT_BIGRAM) | np.uint64(1)


#: Keys for letter positions 0…63 in a word; letters beyond position 63 share the last key (words that
#: long are URLs or junk, and a collision there is harmless).
_POS_KEYS = _position_keys(64)
