"""MinHash signatures and LSH band keys, vectorised with numpy.

A signature has ``num_perm`` 32-bit values. Permutation ``j`` of an n-gram hash ``x`` (already a
well-mixed 64-bit value) is the universal hash ``(a_j * x + b_j) mod 2**64`` with odd ``a_j``, a
bijection on 64-bit integers; its top 32 bits are kept. All permutations of a batch of n-grams are
one ``(shingles, num_perm)`` numpy array, and each document's minimum is taken with
``np.minimum.reduceat`` — no per-shingle Python loop. Work is chunked so memory stays bounded
(``CHUNK`` shingles × ``num_perm`` × 8 bytes ≈ 4 MB for 120 permutations).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from shuddh.dedup.hashing import canonical_word_hashes, mix64, ngram_hashes, word_hashes

__all__ = ["EMPTY", "MinHasher", "estimate_jaccard"]

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]

#: signature value of a document with no shingles (never collides with a real minimum in practice)
EMPTY = np.uint32(0xFFFFFFFF)
#: shingles hashed per numpy call. 4096 × 120 permutations × 8 bytes ≈ 4 MB stays in cache: 54 µs per
#: Hindi document against 81 µs with 32768 (≈ 31 MB) on the benchmark corpus (1,024–4,096 are equal)
CHUNK = 4096
_S32 = np.uint64(32)


#: bound on ``bands × rows``: each permutation costs 4 bytes per document in every signature, and
#: 4,096 (16 KiB per document, 34 times the default 120) is far beyond any useful S-curve; without a
#: bound, ``bands: 100000, rows: 100000`` asked numpy for 75 GiB before any work
MAX_PERMUTATIONS = 4096


class MinHasher:
    """Word-n-gram MinHash with ``bands × rows`` permutations and LSH band keys."""

    def __init__(self, *, ngram: int = 5, bands: int = 14, rows: int = 8, seed: int = 0) -> None:
        if ngram < 1 or bands < 1 or rows < 1:
            raise ValueError("ngram, bands and rows must be >= 1")
        if bands * rows > MAX_PERMUTATIONS:
            raise ValueError(f"bands x rows = {bands * rows:,} permutations; at most {MAX_PERMUTATIONS:,} "
                             f"(the default is 20 x 6 = 120)")
        self.ngram = ngram
        self.bands = bands
        self.rows = rows
        self.num_perm = bands * rows
        self.seed = seed
        rng = np.random.Generator(np.random.PCG64(0xD0D0 + seed))
        self._a = rng.integers(0, 2**63, size=self.num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self._b = rng.integers(0, 2**63, size=self.num_perm, dtype=np.uint64)
        self._band_mult = rng.integers(0, 2**63, size=rows, dtype=np.uint64) * np.uint64(2) + np.uint64(1)

    # -- signatures -------------------------------------------------------------------------------
    def signatures_of_words(self, docs: Sequence[list[str]]) -> U32:
        """Signatures ``(len(docs), num_perm)`` of documents given as word lists."""
        lens = np.fromiter((len(w) for w in docs), dtype=np.int64, count=len(docs))
        return self.signatures_of_hashes(word_hashes([w for ws in docs for w in ws]), lens)

    def signatures_of_hashes(self, wh: U64, counts: npt.NDArray[np.int64]) -> U32:
        """Signatures of documents given as their word hashes, concatenated, and word counts."""
        starts = np.zeros(len(counts), dtype=np.int64)
        if len(counts) > 1:
            starts[1:] = np.cumsum(counts)[:-1]
        grams, gstarts = ngram_hashes(wh, self.ngram, doc_starts=starts, seed=self.seed)
        return self.signatures_of_grams(grams, gstarts)

    def signatures(self, texts: Sequence[str]) -> U32:
        """Signatures of raw texts (canonicalised and segmented here)."""
        return self.signatures_of_hashes(*canonical_word_hashes(list(texts)))

    def signatures_of_grams(self, grams: U64, gstarts: npt.NDArray[np.int64]) -> U32:
        """Signatures from concatenated n-gram hashes; ``gstarts[i]`` is document i's first gram."""
        ndocs = len(gstarts)
        out = np.full((ndocs, self.num_perm), EMPTY, dtype=np.uint32)
        total = len(grams)
        if ndocs == 0 or total == 0:
            return out
        ends = np.append(gstarts[1:], total)
        nonempty = np.flatnonzero(ends > gstarts)
        # process runs of whole documents whose grams fit in a chunk; a bigger document alone, in pieces
        i = 0
        while i < len(nonempty):
            d0 = nonempty[i]
            lo = gstarts[d0]
            j = int(np.searchsorted(ends[nonempty], lo + CHUNK, side="right"))
            if j <= i:  # one document larger than a chunk
                hi = ends[d0]
                acc = np.full(self.num_perm, EMPTY, dtype=np.uint32)
                for c in range(lo, hi, CHUNK):
                    part = self._permute(grams[c : min(c + CHUNK, hi)]).min(axis=0)
                    acc = np.minimum(acc, part.astype(np.uint32))
                out[d0] = acc
                i += 1
                continue
            docs = nonempty[i:j]
            hi = ends[docs[-1]]
            h = self._permute(grams[lo:hi])
            out[docs] = np.minimum.reduceat(h, gstarts[docs] - lo, axis=0).astype(np.uint32)
            i = j
        return out

    def _permute(self, x: U64) -> U64:
        """``(a*x + b) mod 2**64 >> 32`` for every permutation: ``(len(x), num_perm)``, in place."""
        h: U64 = np.multiply.outer(x, self._a)
        h += self._b
        h >>= _S32
        return h

    # -- LSH ----------------------------------------------------------------------------------------
    def band_keys(self, sigs: U32) -> U64:
        """One 64-bit key per band: ``(len(sigs), bands)``. Equal band → equal key."""
        n = len(sigs)
        x = sigs.reshape(n, self.bands, self.rows).astype(np.uint64)
        acc = (x * self._band_mult[None, None, :]).sum(axis=2, dtype=np.uint64)
        return mix64(acc)


def estimate_jaccard(a: U32, b: U32) -> npt.NDArray[np.float64]:
    """Row-wise fraction of equal signature values (the MinHash estimate of Jaccard similarity)."""
    return np.asarray((a == b).mean(axis=-1), dtype=np.float64)
