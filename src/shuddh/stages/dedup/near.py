"""Near-duplicate removal: MinHash-LSH on word n-grams of Indic-correctly segmented, canonical text.

Collect (per shard): words and their hashes (numpy, no per-word Python object) → n-gram hashes (numpy)
→ ``bands × rows`` MinHash permutations (numpy) → one 64-bit key per band. It spools, per shard, one file
per band with the band keys of documents that have words, their positions, and (when ``threshold > 0``) the signatures.

Reduce: ``bands × reduce_buckets`` independent partitions — one band, or with ``reduce_buckets > 1``
the keys ``≡ b (mod reduce_buckets)`` of one band — run in parallel (local pool or Ray tasks; memory
bounded by one partition's keys). In a partition, documents sharing a band key become candidate edges to
the first such document (sort-based grouping). With ``threshold > 0`` each distinct candidate pair is
verified by its estimated Jaccard similarity from the signatures (memory-mapped), which removes LSH
false positives and sharpens the cut-off. Finalize merges the partitions' edges; union-find
(vectorised) turns them into clusters; the first document of a cluster in (shard, position) order is
kept. None of this depends on the number of partitions or the order they ran in.

Defaults: 5-grams; 20 bands × 6 rows (120 permutations) put the LSH S-curve's midpoint near 0.6, so a
pair with Jaccard 0.8 shares a band with probability 1-(1-0.8**6)**20 ≈ 0.998 (datatrove's 14 × 8
gives 0.92); verification at 0.7 then drops the candidates that are not similar enough
(std. error of the estimate at J=0.75 with 120 permutations ≈ 0.04).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt

from shuddh.dedup.hashing import canonical_word_hashes
from shuddh.dedup.minhash import MinHasher, estimate_jaccard
from shuddh.dedup.unionfind import star_edges
from shuddh.stages.base import StageContext
from shuddh.stages.dedup._common import ClusterDedup, Spool, read_array

__all__ = ["NearDedup"]

I64 = npt.NDArray[np.int64]


class NearDedup(ClusterDedup):
    """Drop near-duplicates (reason ``dedup.near``) found by MinHash-LSH on word n-grams."""

    name: ClassVar[str] = "dedup_near"
    reason: ClassVar[str] = "dedup.near"

    def __init__(self, *, ngram: int = 5, bands: int = 20, rows: int = 6, threshold: float = 0.7,
                 seed: int = 0, reduce_buckets: int = 1, share_barrier: bool = True) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError("threshold must be in [0, 1] (0 disables verification)")
        self.hasher = MinHasher(ngram=ngram, bands=bands, rows=rows, seed=seed)
        if reduce_buckets < 1:
            raise ValueError("reduce_buckets must be >= 1")
        self.ngram, self.bands, self.rows, self.threshold, self.seed = ngram, bands, rows, threshold, seed
        # never changes the decisions (tested), only how the reduce is cut up, so not in describe()
        self.reduce_buckets = reduce_buckets
        self.share_barrier = share_barrier  # the same: only how many passes the decisions take

    def collect_batch(self, texts: list[str], first_pos: int, spool: Spool, ctx: StageContext) -> None:
        wh, counts = canonical_word_hashes(texts)
        sigs = self.hasher.signatures_of_hashes(wh, counts)
        valid = counts > 0
        keys = self.hasher.band_keys(sigs[valid])
        spool.append("near.pos", np.flatnonzero(valid).astype(np.int64) + first_pos)
        for k in range(self.bands):
            spool.append(f"near.b{k:03d}", keys[:, k])
        if self.threshold > 0:
            spool.append("near.sig", sigs)

    def finish_collect(self, spool: Spool) -> None:
        spool.touch("near.pos", "int64")
        for k in range(self.bands):
            spool.touch(f"near.b{k:03d}", "uint64")
        if self.threshold > 0:
            spool.touch("near.sig", "uint32")

    def reduce_partitions(self) -> int:
        return self.bands * self.reduce_buckets

    def partition_edges(self, workdir: Path, shard_names: list[str], offsets: I64, k: int,
                        ctx: StageContext) -> tuple[I64, npt.NDArray[np.bool_]]:
        band, bucket = divmod(k, self.reduce_buckets)
        q = np.uint64(self.reduce_buckets)
        keys: list[npt.NDArray[np.uint64]] = []
        items: list[I64] = []
        for s, name in enumerate(shard_names):
            kk = read_array(workdir / f"{name}.near.b{band:03d}.uint64", "uint64")
            pos = read_array(workdir / f"{name}.near.pos.int64", "int64")
            keep = self.surviving(ctx, name, pos)  # shared barrier: leave out what the previous stage drops
            if keep is not None:
                kk, pos = kk[keep], pos[keep]
            pos = pos + offsets[s]
            if self.reduce_buckets > 1:  # equal keys share a bucket, so grouping per bucket loses no pair
                sel = kk % q == np.uint64(bucket)
                kk, pos = kk[sel], pos[sel]
            keys.append(kk)
            items.append(pos)
        u, v = star_edges(np.concatenate(keys), np.concatenate(items))
        cand = np.unique(np.stack([u, v], axis=1), axis=0)
        if self.threshold > 0 and len(cand):
            est = estimate_jaccard(self._sigs(workdir, shard_names, offsets, cand[:, 0]),
                                   self._sigs(workdir, shard_names, offsets, cand[:, 1]))
            return cand, est >= self.threshold
        return cand, np.ones(len(cand), dtype=bool)

    def count_collected(self, workdir: Path, shard_names: list[str], ctx: StageContext) -> None:
        n = 0
        for name in shard_names:
            pos = read_array(workdir / f"{name}.near.pos.int64", "int64")
            keep = self.surviving(ctx, name, pos)
            n += len(pos) if keep is None else int(keep.sum())
        ctx.count("shingled_docs", n)

    def count_pairs(self, ctx: StageContext, candidates: int, verified: int) -> None:
        ctx.count("candidate_pairs", candidates)
        if self.threshold > 0 and candidates:
            ctx.count("verified_pairs", verified)

    def _sigs(self, workdir: Path, shard_names: list[str], offsets: I64,
              gidx: I64) -> npt.NDArray[np.uint32]:
        out = np.empty((len(gidx), self.hasher.num_perm), dtype=np.uint32)
        shard_of = np.searchsorted(offsets, gidx, side="right") - 1
        for s in np.unique(shard_of):
            sel = shard_of == s
            m = read_array(workdir / f"{shard_names[s]}.near.sig.uint32", "uint32", mmap=True)
            out[sel] = m.reshape(-1, self.hasher.num_perm)[gidx[sel] - offsets[s]]
        return out

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "ngram": self.ngram, "bands": self.bands, "rows": self.rows,
                "threshold": self.threshold, "seed": self.seed, "keep": "first in (shard, position) order"}
