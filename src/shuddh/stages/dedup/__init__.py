"""Deduplication stages (global: collect → reduce → apply, with disk-backed partials).

* ``dedup_exact`` — :class:`~shuddh.stages.dedup.exact.ExactDedup`: identical canonical text.
* ``dedup_near`` — :class:`~shuddh.stages.dedup.near.NearDedup`: MinHash-LSH on word n-grams.
* ``dedup_lines`` — :class:`~shuddh.stages.dedup.lines.LineDedup`: lines repeated across documents.

Keep rule (exact and near): in every cluster the document that comes first in corpus order — smallest
(shard index, position in the shard's stream reaching the stage) — is kept. Shards are numbered in the
sorted order of input paths, so the rule depends neither on the order inputs are given in, nor on the
number of workers, nor on the order shards finish in.
"""

from __future__ import annotations

__all__: list[str] = []
