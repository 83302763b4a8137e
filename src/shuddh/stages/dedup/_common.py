"""Shared machinery of the clustering dedup stages: spooled per-shard partials, the reduce that turns
candidate edges into clusters and per-shard decisions, and the apply that executes them.

Work directory layout (one stage)::

    <shard>.<part>.<dtype>     raw little-endian arrays appended batch by batch while collecting
    <shard>.ids.jsonl          document ids in stream order (read back only for kept documents)
    <shard>.meta.json          {"n": documents seen} — written last: the shard's partials are complete
    reduce.kNNNN.int64         written by reduce partition k: rows (first, other, verified) of candidate edges
    <shard>.decisions.json     written by finalize: {"drop": [[pos, kept_id] …], "keep": [[pos, size] …]}

Every file is written to a temporary name and renamed, so a killed run leaves no half-written partial
that looks complete.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, ClassVar

import numpy as np
import numpy.typing as npt
import orjson

from shuddh.dedup.unionfind import components
from shuddh.document import Document, Dropped
from shuddh.errors import StageError
from shuddh.io.writers import atomic_write_bytes, fsync_or_defer
from shuddh.layout import WorkFiles
from shuddh.stages.base import Collector, GlobalStage, StageContext

__all__ = ["ClusterDedup", "Spool", "read_array", "shard_counts", "stage_workdir"]

I64 = npt.NDArray[np.int64]
#: documents hashed per batch in ``collect`` (amortises numpy call overhead; memory stays small)
BATCH = 2048


class Spool:
    """Append-only raw array files for one shard, committed atomically together."""

    def __init__(self, workdir: Path, shard: str) -> None:
        self.workdir = workdir
        self.shard = shard
        self._files: dict[str, tuple[Path, Path, IO[bytes]]] = {}
        workdir.mkdir(parents=True, exist_ok=True)

    def path(self, part: str, dtype: str) -> Path:
        return self.workdir / f"{self.shard}.{part}.{dtype}"

    def append(self, part: str, arr: npt.NDArray[Any]) -> None:
        dtype = arr.dtype.name
        key = f"{part}.{dtype}"
        if key not in self._files:
            final = self.path(part, dtype)
            tmp = final.with_name(f".{final.name}.tmp-{os.getpid()}")
            self._files[key] = (final, tmp, tmp.open("wb"))
        self._files[key][2].write(np.ascontiguousarray(arr).tobytes())

    def touch(self, part: str, dtype: str) -> None:
        """Make sure ``part`` exists even if nothing was appended."""
        self.append(part, np.zeros(0, dtype=dtype))

    def commit(self) -> None:
        # inside a shard task the fsyncs are deferred to one batch before its done-marker (io.writers)
        for final, tmp, fh in self._files.values():
            fh.flush()
            fsync_or_defer(fh, final)
            fh.close()
            tmp.replace(final)
        self._files.clear()

    def abort(self) -> None:
        for _final, tmp, fh in self._files.values():
            fh.close()
            tmp.unlink(missing_ok=True)
        self._files.clear()


def read_array(path: Path, dtype: str, *, mmap: bool = False) -> npt.NDArray[Any]:
    """A raw array written by :class:`Spool` (memory-mapped on request; empty files are fine)."""
    if path.stat().st_size == 0:
        return np.zeros(0, dtype=dtype)
    if mmap:
        return np.memmap(path, dtype=dtype, mode="r")
    return np.fromfile(path, dtype=dtype)


def shard_counts(workdir: Path, shard_names: list[str]) -> list[int]:
    """Documents each shard's collect saw; a missing meta file means its collect never finished."""
    out = []
    for name in shard_names:
        meta = workdir / f"{name}.meta.json"
        if not meta.is_file():
            raise StageError(f"dedup partials of {name} are missing in {workdir}: collect did not finish")
        out.append(int(orjson.loads(meta.read_bytes())["n"]))
    return out


def _offsets(workdir: Path, shard_names: list[str]) -> I64:
    """Global index of each shard's first document (and the total at the end)."""
    counts = shard_counts(workdir, shard_names)
    offsets = np.zeros(len(counts) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum(counts)
    return offsets


def _partition_file(k: int) -> str:
    return f"reduce.k{k:04d}.int64"


def stage_workdir(ctx: StageContext) -> tuple[Path, str]:
    """The work directory the executor gave this global stage and the shard's name (from ``ctx``); a
    :class:`StageError` outside a global-stage phase. (The executor's ``executors.shard.workdir_of``
    computes that directory from the output directory and the stage's position.)"""
    if ctx.shard is None or ctx.shard.workdir is None:
        raise StageError("dedup stages run only as global stages (the executor gives them a workdir)")
    return ctx.shard.workdir, ctx.shard.name


def _weight(doc: Document) -> int:
    w = doc.metadata.get("dup_cluster_size", 1)
    return w if isinstance(w, int) and w > 0 else 1


class _ClusterCollector(Collector):
    """Hashes documents a batch at a time into the stage's spool, and writes their ids and weights."""

    def __init__(self, stage: ClusterDedup, ctx: StageContext) -> None:
        self.stage, self.ctx = stage, ctx
        self.wd, self.name = stage_workdir(ctx)
        self.spool = Spool(self.wd, self.name)
        self.ids_tmp = self.wd / f".{self.name}.ids.jsonl.tmp-{os.getpid()}"
        self.ids = self.ids_tmp.open("wb")
        self.batch: list[str] = []
        self.weights: list[int] = []
        self.n = 0

    def add(self, doc: Document) -> None:
        self.ids.write(orjson.dumps(doc.id) + b"\n")
        self.batch.append(doc.text)
        self.weights.append(_weight(doc))
        if len(self.batch) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.batch:
            self.stage.collect_batch(self.batch, self.n, self.spool, self.ctx)
            self.spool.append("weight", np.asarray(self.weights, dtype=np.uint32))
            self.n += len(self.batch)
            self.batch, self.weights = [], []

    def close(self) -> None:
        try:
            self._flush()
            self.spool.touch("weight", "uint32")
            self.stage.finish_collect(self.spool)
            ids = self.wd / f"{self.name}.ids.jsonl"
            self.ids.flush()
            fsync_or_defer(self.ids, ids)
            self.ids.close()
            self.spool.commit()
            self.ids_tmp.replace(ids)
        except BaseException:
            self.abort()
            raise
        atomic_write_bytes(self.wd / f"{self.name}.meta.json", orjson.dumps({"n": self.n}))

    def abort(self) -> None:
        self.ids.close()
        self.spool.abort()
        self.ids_tmp.unlink(missing_ok=True)


class ClusterDedup(GlobalStage):
    """Base of exact and near dedup: subclasses hash batches in :meth:`collect_batch` and turn one
    partition of the partials into candidate edges (global document indices) in :meth:`partition_edges`."""

    reason: ClassVar[str] = "dedup"
    #: collect in the same pass as a dedup stage right before it (subclasses take it as a parameter)
    share_barrier: bool = True
    #: a dedup stage sharing the barrier after this one reads what this one dropped and kept (_upstream_*)
    work_files: ClassVar[WorkFiles] = WorkFiles(for_next=(".dropped.int64", ".kept.int64"))

    # -- hooks ---------------------------------------------------------------------------------------
    def collect_batch(self, texts: list[str], first_pos: int, spool: Spool, ctx: StageContext) -> None:
        raise NotImplementedError

    def finish_collect(self, spool: Spool) -> None:
        """Create every part file even for a shard that saw no documents."""

    # -- phase 1 -------------------------------------------------------------------------------------
    def collect(self, docs: Iterable[Document], ctx: StageContext) -> None:
        c = self.collector(ctx)
        try:
            for doc in docs:
                c.add(doc)
        except BaseException:
            c.abort()
            raise
        c.close()

    def collector(self, ctx: StageContext) -> Collector:
        return _ClusterCollector(self, ctx)

    def shares_barrier_with(self, previous: GlobalStage) -> bool:
        # the reduce drops what ``previous`` drops before grouping and takes its cluster sizes as
        # weights, so the result is the one of running the two stages one after the other (tested)
        return self.share_barrier and isinstance(previous, ClusterDedup)

    # -- phase 2: partitioned reduce -----------------------------------------------------------------
    # Partition k groups equal keys of one slice of the key space (a hash range for exact dedup, one
    # band — or one bucket of a band — for near dedup) and writes its candidate edges to
    # ``reduce.kNNNN.int64``; finalize merges every partition's edges, runs union-find once and writes the
    # decisions. Edges are pairs (first, other) of global document indices with first < other, so the
    # same pair found in two partitions is the same row: the union of edges, hence the clusters and the
    # "first document is kept" decisions, do not depend on the number of partitions or their order.

    def reduce_partitions(self) -> int:
        raise NotImplementedError

    def partition_edges(self, workdir: Path, shard_names: list[str], offsets: I64, k: int,
                        ctx: StageContext) -> tuple[I64, npt.NDArray[np.bool_]]:
        """Candidate edges of partition ``k`` as an ``(n, 2)`` array of (first, other) global indices,
        and for each whether it passed verification (all ``True`` when nothing is verified)."""
        raise NotImplementedError

    def count_pairs(self, ctx: StageContext, candidates: int, verified: int) -> None:
        """Record how many distinct candidate pairs there were and how many passed (default: nothing)."""

    def reduce_partition(self, workdir: Path, shard_names: list[str], k: int, ctx: StageContext) -> None:
        pairs, ok = self.partition_edges(workdir, shard_names, _offsets(workdir, shard_names), k, ctx)
        rows = np.empty((len(pairs), 3), dtype=np.int64)
        rows[:, :2] = pairs
        rows[:, 2] = ok
        atomic_write_bytes(workdir / _partition_file(k), rows.tobytes())

    def finalize(self, workdir: Path, shard_names: list[str], ctx: StageContext) -> None:
        offsets = _offsets(workdir, shard_names)
        parts: list[I64] = []
        for k in range(self.reduce_partitions()):
            f = workdir / _partition_file(k)
            if not f.is_file():
                raise StageError(f"reduce partition {k} of {self.name} is missing in {workdir}: it did not finish")
            parts.append(read_array(f, "int64").reshape(-1, 3))
        rows = np.concatenate(parts) if parts else np.zeros((0, 3), dtype=np.int64)
        # a pair found in several partitions (bands) counts once; verification is a function of the pair,
        # so every copy of a row carries the same flag
        cand, first = np.unique(rows[:, :2], axis=0, return_index=True)
        ok = rows[first, 2].astype(bool)
        self.count_pairs(ctx, len(cand), int(ok.sum()))
        cand = cand[ok]
        self._decide(workdir, shard_names, offsets, cand[:, 0].astype(np.int64), cand[:, 1].astype(np.int64), ctx)
        self.count_collected(workdir, shard_names, ctx)

    def count_collected(self, workdir: Path, shard_names: list[str], ctx: StageContext) -> None:
        """Counters about what was collected, taken in finalize so that documents the previous stage
        drops (collected too when the barrier is shared) are not counted (default: nothing)."""

    def reduce(self, workdir: Path, shard_names: list[str], ctx: StageContext) -> None:
        """The whole reduce in this process: every partition in turn, then finalize."""
        for k in range(self.reduce_partitions()):
            self.reduce_partition(workdir, shard_names, k, ctx)
        self.finalize(workdir, shard_names, ctx)

    # -- shared barrier ------------------------------------------------------------------------------
    # When this stage shares its barrier with the dedup stage before it, it collected every document that
    # stage saw, including the ones it drops. Those must not take part here: partition_edges leaves them
    # out *before* grouping keys (so each group's first member is its first surviving one, as if they had
    # never arrived), their cluster sizes count as weights, and the decisions are written with positions
    # in the stream of documents the previous stage keeps — the stream apply() will see.

    @staticmethod
    def surviving(ctx: StageContext, shard: str, pos: I64) -> npt.NDArray[np.bool_] | None:
        """Which of a shard's positions ``pos`` the previous stage keeps (None: no shared barrier)."""
        up = ctx.shard.upstream if ctx.shard is not None else None
        if up is None:
            return None
        return ~np.isin(pos, read_array(up / f"{shard}.dropped.int64", "int64"))

    def _decide(self, workdir: Path, shard_names: list[str], offsets: I64, u: I64, v: I64,
                ctx: StageContext) -> None:
        nodes, roots = components(u, v)
        shard_of = np.searchsorted(offsets, nodes, side="right") - 1
        pos = nodes - offsets[shard_of]
        up = ctx.shard.upstream if ctx.shard is not None else None
        # cluster sizes: sum of the members' weights (a kept duplicate stands for its cluster)
        weights = np.empty(len(nodes), dtype=np.int64)
        for s in np.unique(shard_of):
            sel = shard_of == s
            w = read_array(workdir / f"{shard_names[s]}.weight.uint32", "uint32", mmap=True)
            weights[sel] = w[pos[sel]]
            if up is not None:  # the previous stage's cluster sizes, as its apply would have set them
                kept = read_array(up / f"{shard_names[s]}.kept.int64", "int64").reshape(-1, 2)
                i = np.searchsorted(kept[:, 0], pos[sel])
                hit = i < len(kept)
                hit[hit] = kept[i[hit], 0] == pos[sel][hit]
                ws = weights[sel]
                ws[hit] = kept[i[hit], 1]
                weights[sel] = ws
        uroots, rinv = np.unique(roots, return_inverse=True)
        sizes = np.bincount(rinv, weights=weights).astype(np.int64)
        kept_ids = self._ids_of(workdir, shard_names, offsets, uroots)
        ctx.count("clusters", len(uroots))
        ctx.count("duplicates", len(nodes) - len(uroots))
        is_root = nodes == roots
        for s, name in enumerate(shard_names):
            sel = shard_of == s
            p, r, isr = pos[sel], rinv[sel], is_root[sel]
            # for a stage sharing the barrier after this one, in the coordinates of the collected
            # stream and cumulative: every document dropped so far, the latest cluster size of every
            # document that has one
            dropped = p[~isr]
            kept = np.stack([p[isr], sizes[r[isr]]], axis=1)
            if up is not None:
                up_dropped = read_array(up / f"{name}.dropped.int64", "int64")
                up_kept = read_array(up / f"{name}.kept.int64", "int64").reshape(-1, 2)
                dropped = np.union1d(up_dropped, dropped)
                kept = np.concatenate([up_kept[~np.isin(up_kept[:, 0], kept[:, 0])], kept])
                p = p - np.searchsorted(up_dropped, p)  # positions among the documents apply will see
            atomic_write_bytes(workdir / f"{name}.dropped.int64", np.sort(dropped).astype(np.int64).tobytes())
            atomic_write_bytes(workdir / f"{name}.kept.int64", kept[np.argsort(kept[:, 0])].astype(np.int64).tobytes())
            drop = [[int(q), kept_ids[int(x)]] for q, x, root in zip(p, r, isr, strict=True) if not root]
            keep = [[int(q), int(sizes[x])] for q, x, root in zip(p, r, isr, strict=True) if root]
            atomic_write_bytes(workdir / f"{name}.decisions.json", orjson.dumps({"drop": drop, "keep": keep}))

    @staticmethod
    def _ids_of(workdir: Path, shard_names: list[str], offsets: I64, gidx: I64) -> list[str]:
        """Document ids of the (sorted) global indices ``gidx``, read one shard at a time."""
        out: list[str] = []
        shard_of = np.searchsorted(offsets, gidx, side="right") - 1
        for s in np.unique(shard_of):
            want = (gidx[shard_of == s] - offsets[s]).tolist()
            i = 0
            with (workdir / f"{shard_names[s]}.ids.jsonl").open("rb") as fh:
                for p, line in enumerate(fh):
                    if p == want[i]:
                        out.append(orjson.loads(line))
                        i += 1
                        if i == len(want):
                            break
        return out

    # -- phase 3 -------------------------------------------------------------------------------------
    def apply(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        wd, name = stage_workdir(ctx)
        dec = orjson.loads((wd / f"{name}.decisions.json").read_bytes())
        drop: dict[int, str] = dict(dec["drop"])
        keep: dict[int, int] = dict(dec["keep"])
        for p, doc in enumerate(docs):
            kept_id = drop.get(p)
            if kept_id is not None:
                yield Dropped(doc, self.reason, detail={"kept_id": kept_id})
                continue
            size = keep.get(p)
            if size is not None:
                doc.metadata["dup_cluster_size"] = size
            yield doc
