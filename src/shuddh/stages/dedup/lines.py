"""Removal of lines repeated across documents (cc_net style, on canonical lines).

Collect hashes every line (canonical form: normalised, case-folded, digit-folded) of at least
``min_chars`` characters, once per document, into ``PARTITIONS`` files by the hash's top bits. Each
reduce partition (run in parallel: local pool or Ray tasks) counts in how many documents each line of
its hash range occurs and writes the sorted hashes of lines found in at least ``min_docs`` documents;
finalize concatenates them. Apply removes those lines from every document —
all copies, as cc_net does: a line repeated across many pages is boilerplate, not content — recording
each with ``ctx.remove_line("dedup.repeated_line", line, doc, index)`` (the audit trail of
``shuddh.stages.base``). A document with nothing left is dropped as ``dedup.repeated_lines_only``, with
its text as it came in.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt
import orjson

from shuddh.dedup.hashing import line_hashes
from shuddh.document import Document, Dropped
from shuddh.errors import StageError
from shuddh.io.writers import atomic_write_bytes
from shuddh.stages.base import GlobalStage, StageContext
from shuddh.stages.dedup._common import Spool, read_array, stage_workdir

__all__ = ["LineDedup", "RepeatedLineStage"]

class RepeatedLineStage(GlobalStage):
    """Base of the stages that remove lines found in at least ``min_docs`` documents.

    A subclass says how a line is keyed (:meth:`line_keys`: a 64-bit hash per line, or None for a line
    that is never counted), what a removal is called (``removed_reason``) and what happens to a document
    after its lines went (:meth:`finish`). Collect spools each document's distinct keys into
    ``partitions`` files by the hash's top bits; each reduce partition (an executor task: local pool or
    Ray) counts in how many documents each key of its hash range occurs and keeps those with at least
    ``min_docs``; finalize concatenates them (the partitions are ranges of the top bits: already sorted);
    apply removes the matching lines. Counting does not depend on shard order or partition order.
    """

    #: hash-space partitions, each an independent reduce task
    partitions: ClassVar[int] = 16
    #: keys buffered before they are spooled
    batch: ClassVar[int] = 4096
    removed_reason: ClassVar[str]
    distinct_counter: ClassVar[str]  # reduce counter: distinct repeated keys
    min_docs: int

    def line_keys(self, doc: Document, ctx: StageContext) -> list[int | None]:
        raise NotImplementedError

    def finish(self, doc: Document, lines: list[str], remove: set[int], ctx: StageContext) -> Document | Dropped:
        """Remove the lines at ``remove`` (counting and recording each, see ``base.remove_lines``), or drop
        the document."""
        raise NotImplementedError

    def _shift(self) -> np.uint64:
        return np.uint64(64 - (self.partitions - 1).bit_length())

    def collect(self, docs: Iterable[Document], ctx: StageContext) -> None:
        wd, name = stage_workdir(ctx)
        spool = Spool(wd, name)
        shift = self._shift()
        n = 0
        buf: list[int] = []

        def flush() -> None:
            if buf:
                arr = np.array(buf, dtype=np.uint64)
                part = (arr >> shift).astype(np.int64)
                for j in np.unique(part):
                    spool.append(f"lines.p{j:02d}", arr[part == j])
                buf.clear()

        try:
            for doc in docs:
                n += 1
                buf.extend({k for k in self.line_keys(doc, ctx) if k is not None})  # once per document
                if len(buf) >= self.batch:
                    flush()
            flush()
            for j in range(self.partitions):
                spool.touch(f"lines.p{j:02d}", "uint64")
            spool.commit()
        except BaseException:
            spool.abort()
            raise
        atomic_write_bytes(wd / f"{name}.meta.json", orjson.dumps({"n": n}))

    def reduce_partitions(self) -> int:
        return self.partitions

    def reduce_partition(self, workdir: Path, shard_names: list[str], k: int, ctx: StageContext) -> None:
        for name in shard_names:
            if not (workdir / f"{name}.meta.json").is_file():
                raise StageError(f"line partials of {name} are missing in {workdir}: collect unfinished")
        hashes = np.concatenate([read_array(workdir / f"{name}.lines.p{k:02d}.uint64", "uint64")
                                 for name in shard_names])
        uniq, counts = np.unique(hashes, return_counts=True)
        atomic_write_bytes(workdir / f"repeated.p{k:02d}.uint64", uniq[counts >= self.min_docs].tobytes())

    def finalize(self, workdir: Path, shard_names: list[str], ctx: StageContext) -> None:
        parts: list[npt.NDArray[np.uint64]] = []
        for k in range(self.partitions):
            f = workdir / f"repeated.p{k:02d}.uint64"
            if not f.is_file():
                raise StageError(f"reduce partition {k} of {self.name} is missing in {workdir}: it did not finish")
            parts.append(read_array(f, "uint64"))
        repeated = np.concatenate(parts)  # partitions are ranges of the top bits: already sorted
        ctx.count(self.distinct_counter, len(repeated))
        tmp = workdir / f".repeated.uint64.tmp-{os.getpid()}"
        repeated.tofile(tmp)
        tmp.replace(workdir / "repeated.uint64")

    def reduce(self, workdir: Path, shard_names: list[str], ctx: StageContext) -> None:
        for k in range(self.partitions):
            self.reduce_partition(workdir, shard_names, k, ctx)
        self.finalize(workdir, shard_names, ctx)

    def apply(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        wd, _name = stage_workdir(ctx)
        repeated = read_array(wd / "repeated.uint64", "uint64", mmap=True)
        for doc in docs:
            if len(repeated) == 0:
                yield doc
                continue
            keys = self.line_keys(doc, ctx)
            idx = [i for i, k in enumerate(keys) if k is not None]
            if not idx:
                yield doc
                continue
            arr = np.array([keys[i] for i in idx], dtype=np.uint64)
            at = np.searchsorted(repeated, arr)
            hit = (at < len(repeated)) & (repeated[np.minimum(at, len(repeated) - 1)] == arr)
            if not hit.any():
                yield doc
                continue
            lines = doc.text.split("\n")
            remove = {idx[i] for i in np.flatnonzero(hit)}
            yield self.finish(doc, lines, remove, ctx)


class LineDedup(RepeatedLineStage):
    """Remove lines that occur in at least ``min_docs`` documents."""

    name: ClassVar[str] = "dedup_lines"
    removed_reason: ClassVar[str] = "dedup.repeated_line"
    distinct_counter: ClassVar[str] = "repeated_lines_distinct"

    def __init__(self, *, min_docs: int = 3, min_chars: int = 20) -> None:
        if min_docs < 2:
            raise ValueError("min_docs must be >= 2")
        self.min_docs = min_docs
        self.min_chars = min_chars

    def line_keys(self, doc: Document, ctx: StageContext) -> list[int | None]:
        lines = doc.text.split("\n")
        idx = [i for i, ln in enumerate(lines) if len(ln.strip()) >= self.min_chars]
        out: list[int | None] = [None] * len(lines)
        for i, k in zip(idx, line_hashes([lines[i] for i in idx]), strict=True):
            out[i] = k
        return out

    def finish(self, doc: Document, lines: list[str], remove: set[int], ctx: StageContext) -> Document | Dropped:
        kept = [i for i in range(len(lines)) if i not in remove]
        # blank lines at the edges go with the removal (recorded as blank lines); the text is then
        # stripped as before, so only spaces at the start of the first / end of the last line go unrecorded
        lo, hi = 0, len(kept)
        while lo < hi and not lines[kept[lo]].strip():
            lo += 1
        while hi > lo and not lines[kept[hi - 1]].strip():
            hi -= 1
        if lo == hi:
            for i in sorted(remove):
                ctx.remove_line(self.removed_reason, lines[i])  # counted; the dropped text is kept whole
            return Dropped(doc, "dedup.repeated_lines_only")
        edge = set(kept[:lo]) | set(kept[hi:])
        for i, line in enumerate(lines):
            if i in remove:
                ctx.remove_line(self.removed_reason, line, doc, i)
            elif i in edge:
                ctx.record_blank(doc, i, line)
        doc.text = "\n".join(lines[i] for i in kept[lo:hi]).strip()
        return doc

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "min_docs": self.min_docs, "min_chars": self.min_chars}
