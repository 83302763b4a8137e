"""Grouping and connected components, vectorised (no per-edge Python loop).

:func:`star_edges` turns "these items share a key" into edges from each item to the smallest item
with the same key (sort-based grouping). :func:`components` labels every node with the smallest node of
its connected component by min-label propagation with pointer jumping; since nodes are global document
indices in (shard index, position) order, the label *is* the document to keep.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["components", "star_edges"]

I64 = npt.NDArray[np.int64]


def star_edges(keys: npt.NDArray[np.uint64], items: I64) -> tuple[I64, I64]:
    """Edges ``(first, other)``: each item to the smallest item that has the same key.

    ``keys`` is ``(n,)`` or ``(n, k)`` (rows compared whole); ``items`` ``(n,)`` distinct ints."""
    if len(items) == 0:
        e = np.zeros(0, dtype=np.int64)
        return e, e
    cols = [keys] if keys.ndim == 1 else [keys[:, c] for c in range(keys.shape[1] - 1, -1, -1)]
    order = np.lexsort([items, *cols])  # last key is primary: sort by key, then by item
    k = keys[order]
    it = items[order]
    same = k[1:] == k[:-1] if k.ndim == 1 else (k[1:] == k[:-1]).all(axis=1)
    new_group = np.concatenate([[True], ~same])
    group_first = it[np.maximum.accumulate(np.where(new_group, np.arange(len(it)), 0))]
    dup = ~new_group
    return group_first[dup], it[dup]


def components(u: I64, v: I64) -> tuple[I64, I64]:
    """Connected components of the graph with edges ``(u, v)``.

    Returns ``(nodes, roots)``: the sorted distinct nodes, and for each the smallest node of its
    component. Deterministic: depends only on the set of edges."""
    if len(u) == 0:
        e = np.zeros(0, dtype=np.int64)
        return e, e
    nodes, inv = np.unique(np.concatenate([u, v]), return_inverse=True)
    a, b = inv[: len(u)], inv[len(u) :]
    parent = np.arange(len(nodes), dtype=np.int64)
    while True:
        pa, pb = parent[a], parent[b]
        m = np.minimum(pa, pb)
        before = parent.copy()
        np.minimum.at(parent, pa, m)
        np.minimum.at(parent, pb, m)
        # pointer jumping until every node points at a root
        while True:
            pp = parent[parent]
            if np.array_equal(pp, parent):
                break
            parent = pp
        if np.array_equal(before, parent):
            break
    return nodes, nodes[parent]
