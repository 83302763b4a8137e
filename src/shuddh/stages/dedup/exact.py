"""Exact document dedup on canonical text (normalised, case-folded, digit-folded, whitespace-collapsed).

Collect writes ``(key_hi, key_lo, position)`` of every document into one of ``PARTITIONS`` files by the
key's top bits; each reduce partition groups one of them (sort-based), so memory is bounded by a
partition, not the corpus, and the partitions can run in parallel (local pool or Ray tasks).
Documents without visible text get no key and are never duplicates here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt

from shuddh.dedup.hashing import exact_keys
from shuddh.dedup.unionfind import star_edges
from shuddh.stages.base import StageContext
from shuddh.stages.dedup._common import ClusterDedup, Spool, read_array

__all__ = ["ExactDedup"]

I64 = npt.NDArray[np.int64]
#: key-space partitions, each an independent reduce task (top 4 bits of the key)
PARTITIONS = 16
_SHIFT = np.uint64(60)


class ExactDedup(ClusterDedup):
    """Drop documents whose canonical text equals an earlier document's (reason ``dedup.exact``)."""

    name: ClassVar[str] = "dedup_exact"
    reason: ClassVar[str] = "dedup.exact"

    def __init__(self, *, share_barrier: bool = True) -> None:
        # never changes the decisions (tested), only how many passes they take, so not in describe()
        self.share_barrier = share_barrier

    def collect_batch(self, texts: list[str], first_pos: int, spool: Spool, ctx: StageContext) -> None:
        rows = [(k[0], k[1], first_pos + i) for i, k in enumerate(exact_keys(texts)) if k is not None]
        if not rows:
            return
        arr = np.array(rows, dtype=np.uint64)
        part = (arr[:, 0] >> _SHIFT).astype(np.int64)
        for j in np.unique(part):
            spool.append(f"exact.p{j:02d}", arr[part == j])

    def finish_collect(self, spool: Spool) -> None:
        for j in range(PARTITIONS):
            spool.touch(f"exact.p{j:02d}", "uint64")

    def reduce_partitions(self) -> int:
        return PARTITIONS

    def partition_edges(self, workdir: Path, shard_names: list[str], offsets: I64, k: int,
                        ctx: StageContext) -> tuple[I64, npt.NDArray[np.bool_]]:
        keys: list[npt.NDArray[np.uint64]] = []
        items: list[I64] = []
        for s, name in enumerate(shard_names):
            a = read_array(workdir / f"{name}.exact.p{k:02d}.uint64", "uint64").reshape(-1, 3)
            pos = a[:, 2].astype(np.int64)
            keep = self.surviving(ctx, name, pos)  # shared barrier: leave out what the previous stage drops
            if keep is not None:
                a, pos = a[keep], pos[keep]
            keys.append(a[:, :2])
            items.append(pos + offsets[s])
        u, v = star_edges(np.concatenate(keys), np.concatenate(items))
        return np.stack([u, v], axis=1), np.ones(len(u), dtype=bool)

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "keep": "first in (shard, position) order"}
