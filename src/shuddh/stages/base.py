"""Stage kinds. Stages are engine-agnostic: they import no executor and no Ray.

* :class:`Mapper` rewrites text (normalise, remove lines, redact) and reports what it removed.
* :class:`Annotator` computes signals into ``metadata["signals"]`` and decides nothing.
* :class:`Filter` decides from signals and thresholds: keep, or ``Dropped(doc, reason=...)``.
* :class:`GlobalStage` needs to see the whole corpus (dedup): it runs in three phases with a barrier —
  ``collect`` per shard (write a partial summary to disk), ``reduce`` once over all partials (write
  decisions to disk; optionally split into independent partitions run in parallel, then ``finalize``),
  then ``apply`` per shard.

A stage counts what it does in a :class:`StageStats` handed to it through a :class:`StageContext`, so
the executor can merge counts from many processes (or machines) deterministically.

**CPU budget per document.** When ``StageContext.cpu_budget`` is above 0 (the executor sets it from the
pipeline's ``stage_cpu_seconds``), :meth:`Stage.run` hands a per-document stage (``budgeted``: mappers,
annotators, filters) one document at a time and stops it once the document has used that many seconds of
CPU time (``shuddh._cpu_limit``: CPU time, not wall-clock time, so a busy machine does not change the
outcome). The document then leaves the stage as a :class:`TimedOut` — which the executor writes to
``quarantine/`` with reason ``stage.timeout`` (:meth:`TimedOut.quarantined`), not to ``dropped/`` — and
the stage counts it under ``timeouts``. Stages that batch documents (``langid``: 256 per model call, each
cut to 2,000 characters) and global stages are not budgeted.

**Audit trail of removed lines.** A stage that removes lines calls :meth:`StageContext.remove_line` with the
document and the line's index in the text *the stage received* (or :func:`remove_lines`, which also
records the blank lines a removal leaves to collapse, as reason :data:`BLANK`, not counted). When
``StageContext.audit`` is on (the default; ``audit: false`` in the config turns it off) each removal is
appended to ``doc.removed`` as ``[line, text, reason, stage]``, in stage order, so undoing the stages
last-first (:func:`shuddh.audit.restore`) gives back the text as the first line-removing stage received it
— after ``pii``, so every recorded line is redacted (``normalize`` and ``pii`` remove no lines). The
executor writes the trail of kept documents to ``removed/`` and of dropped ones into their ``dropped/``
record. A mapper that removes lines from a document and then drops it leaves it with the text (and trail)
it received: a dropped document shows the text as it was before the stage that dropped it. (A mapper that
rewrites without removing lines — ``pii`` dropping ``pii.too_many`` — keeps its rewrite: redacted text.)
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from shuddh._cpu_limit import cpu_limit
from shuddh.document import EXCERPT_WINDOW, Document, Dropped, Quarantined
from shuddh.layout import WorkFiles

__all__ = [
    "Annotator",
    "Collector",
    "Filter",
    "GlobalStage",
    "Mapper",
    "ShardInfo",
    "Stage",
    "StageContext",
    "StageStats",
    "TimedOut",
    "remove_lines",
]

#: the reason recorded (never counted) for a blank line dropped because a removal left two blank lines in a
#: row, or one at the end of the text
BLANK = "blank"

#: removed-line examples kept per reason per stage (for the report); small so stats stay small
SAMPLES_PER_REASON = 5
#: removed-line examples are cut to this many characters
SAMPLE_CHARS = 200
#: samples of dropped documents are stored under "dropped:<reason>"
DROP_SAMPLE_PREFIX = "dropped:"


@dataclass(slots=True)
class StageStats:
    """What one stage did: documents in/out, drops and removed lines by reason, free counters."""

    name: str
    docs_in: int = 0
    docs_out: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    lines_removed: Counter[str] = field(default_factory=Counter)
    counters: Counter[str] = field(default_factory=Counter)
    samples: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "docs_in": self.docs_in,
            "docs_out": self.docs_out,
            "dropped": dict(sorted(self.dropped.items())),
            "lines_removed": dict(sorted(self.lines_removed.items())),
            "counters": dict(sorted(self.counters.items())),
            "samples": {k: self.samples[k] for k in sorted(self.samples)},
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], seconds: float = 0.0) -> StageStats:
        return cls(
            name=d["name"],
            docs_in=d["docs_in"],
            docs_out=d["docs_out"],
            dropped=Counter(d["dropped"]),
            lines_removed=Counter(d["lines_removed"]),
            counters=Counter(d["counters"]),
            samples={k: list(v) for k, v in d["samples"].items()},
            seconds=seconds,
        )

    def merge(self, other: StageStats) -> None:
        """Add ``other`` into this one. Merging in shard order keeps samples deterministic."""
        self.docs_in += other.docs_in
        self.docs_out += other.docs_out
        self.dropped.update(other.dropped)
        self.lines_removed.update(other.lines_removed)
        self.counters.update(other.counters)
        for reason, lines in other.samples.items():
            mine = self.samples.setdefault(reason, [])
            mine.extend(lines[: SAMPLES_PER_REASON - len(mine)])
        self.seconds += other.seconds


@dataclass(slots=True)
class ShardInfo:
    """Which shard a stage is working on, and a private scratch directory for global stages."""

    index: int
    name: str
    workdir: Path | None = None
    #: set when the stage shares its barrier with the global stage right before it (see
    #: :meth:`GlobalStage.shares_barrier_with`): that stage's work directory
    upstream: Path | None = None
    #: the stable name of the input file the shard reads (a big file may be split into several shards)
    label: str | None = None


class StageContext:
    """Handed to a stage for one shard; collects its statistics. ``cpu_budget``: CPU seconds one document
    may use in a budgeted stage (0: no limit; see the module docstring)."""

    __slots__ = ("audit", "cpu_budget", "removals", "shard", "stats")

    def __init__(self, stats: StageStats, shard: ShardInfo | None = None, cpu_budget: float = 0.0,
                 audit: bool = True) -> None:
        self.stats = stats
        self.shard = shard
        self.cpu_budget = cpu_budget
        #: record removed lines in ``doc.removed`` (the audit trail; see the module docstring)
        self.audit = audit
        #: lines removed so far through this context (a mapper that drops a document undoes its removals)
        self.removals = 0

    def remove_line(self, reason: str, line: str, doc: Document | None = None, index: int = -1) -> None:
        """Record that a line was removed from a document, and why: counted, sampled, and (with ``doc``
        and ``index``, the line's position in the text this stage received) added to the document's audit
        trail. Call in ascending ``index`` order within one document."""
        self.stats.lines_removed[reason] += 1
        self.removals += 1
        self.sample(reason, line)
        if doc is not None and self.audit:
            self._record(doc, index, line, reason)

    def record_blank(self, doc: Document, index: int, text: str = "") -> None:
        """Add a blank (or whitespace) line dropped at ``index`` to the audit trail (not counted as a
        removed line)."""
        if self.audit:
            self._record(doc, index, text, BLANK)

    def _record(self, doc: Document, index: int, text: str, reason: str) -> None:
        trail = doc.removed
        if trail is None:
            trail = doc.removed = []
        trail.append([index, text, reason, self.stats.name])

    def sample(self, key: str, text: str) -> None:
        """Keep the first few examples per key (for the report)."""
        bucket = self.stats.samples.setdefault(key, [])
        if len(bucket) < SAMPLES_PER_REASON:
            bucket.append(text[:SAMPLE_CHARS])

    def count(self, key: str, n: int = 1) -> None:
        self.stats.counters[key] += n


#: the quarantine reason of a document that ran out of its CPU budget in a stage
TIMEOUT_REASON = "stage.timeout"


class _BudgetExceeded(Exception):  # noqa: N818 - internal signal, never leaves Stage.run
    pass


@dataclass(slots=True)
class TimedOut(Dropped):
    """A document that used up its CPU budget in stage ``stage``: quarantined, not dropped."""

    def quarantined(self) -> Quarantined:
        """The quarantine record: the document's source and id, the stage and the budget in the message,
        the start of its text (as it was when the stage stopped) as the excerpt."""
        budget = self.detail.get("cpu_seconds", 0)
        return Quarantined(
            source=self.doc.source,
            position=f"document {self.doc.id}",
            reason=self.reason,
            error=f"stage {self.stage}: the document used more than {budget:g} s of CPU time",
            raw_excerpt=self.doc.text[:EXCERPT_WINDOW],
        )


class Stage:
    """Base of all stages. Subclasses set ``name`` and implement :meth:`process` (or a kind's hook)."""

    name: ClassVar[str] = "stage"
    kind: ClassVar[str] = "stage"
    #: whether ``process`` treats every document on its own, so that :meth:`run` may hand it one document
    #: at a time under a CPU budget (see the module docstring)
    budgeted: ClassVar[bool] = False
    #: whether the stage reads the documents' audit trail (``chrome_repeats`` counts a site's template on the text
    #: the line stages received): the stages before it record the trail even with ``audit: false``, which then
    #: only leaves ``removed/`` unwritten
    reads_trail: ClassVar[bool] = False

    def setup(self) -> None:
        """Load models or tables; called once per worker process before the first document."""

    def process(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        raise NotImplementedError

    def run(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        """:meth:`process` with bookkeeping: counts in/out/dropped and time spent."""
        if ctx.cpu_budget > 0 and self.budgeted:
            return self._run_budgeted(docs, ctx, ctx.cpu_budget)
        return self._run(docs, ctx)

    def _count_out(self, out: Document | Dropped, ctx: StageContext) -> None:
        stats = ctx.stats
        if isinstance(out, Dropped):
            if not out.stage:
                out.stage = self.name
            stats.dropped[out.reason] += 1
            ctx.sample(f"{DROP_SAMPLE_PREFIX}{out.reason}", out.doc.text)
        else:
            stats.docs_out += 1

    def _run_budgeted(self, docs: Iterable[Document], ctx: StageContext, budget: float) -> Iterator[Document | Dropped]:
        """:meth:`_run` one document at a time, each under a CPU limit of ``budget`` seconds."""
        stats = ctx.stats

        limit = cpu_limit(budget, _BudgetExceeded)
        for doc in docs:
            stats.docs_in += 1
            t0 = time.perf_counter()
            try:
                with limit:
                    outs = self._one(doc, ctx)
            except _BudgetExceeded:
                stats.seconds += time.perf_counter() - t0
                ctx.count("timeouts")
                yield TimedOut(doc, TIMEOUT_REASON, self.name, {"cpu_seconds": budget})
                continue
            stats.seconds += time.perf_counter() - t0
            for out in outs:
                self._count_out(out, ctx)
                yield out

    def _one(self, doc: Document, ctx: StageContext) -> list[Document | Dropped]:
        """:meth:`process` on one document (a budgeted stage's kind overrides it with a direct call)."""
        return list(self.process((doc,), ctx))

    def _run(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        stats = ctx.stats

        def counted() -> Iterator[Document]:
            # the time spent pulling the next document is the earlier stages' (and the reader's), not this
            # stage's: without this, a stage's seconds held those of every stage before it in the chain
            it = iter(docs)
            while True:
                t = time.perf_counter()
                d = next(it, None)
                stats.seconds -= time.perf_counter() - t
                if d is None:
                    return
                stats.docs_in += 1
                yield d

        t0 = time.perf_counter()
        for out in self.process(counted(), ctx):
            self._count_out(out, ctx)
            stats.seconds += time.perf_counter() - t0
            yield out
            t0 = time.perf_counter()
        stats.seconds += time.perf_counter() - t0

    def describe(self) -> dict[str, Any]:
        """The resolved settings of this stage, written next to the output."""
        return {"stage": self.name}


class Mapper(Stage):
    """Rewrites documents one at a time. Return a Document, or a Dropped (e.g. nothing left): a dropped
    document leaves with the text and audit trail it came in with."""

    kind = "mapper"
    budgeted = True

    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        raise NotImplementedError

    def _map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        text = doc.text
        trail = doc.removed
        n = len(trail) if trail is not None else 0
        removals = ctx.removals
        out = self.map(doc, ctx)
        if isinstance(out, Dropped) and out.doc is doc and ctx.removals != removals:
            # the stage removed lines, then dropped the document: it leaves with the text it came in with
            # (its removals stay counted). Other rewrites stay: a pii drop keeps its redacted text.
            doc.text = text
            if trail is None:
                doc.removed = None
            else:
                del trail[n:]
                doc.removed = trail
        return out

    def process(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        for doc in docs:
            yield self._map(doc, ctx)

    def _one(self, doc: Document, ctx: StageContext) -> list[Document | Dropped]:
        if type(self).process is not Mapper.process:
            return list(self.process((doc,), ctx))
        return [self._map(doc, ctx)]


class Annotator(Stage):
    """Computes signals into ``doc.metadata["signals"]``; never drops."""

    kind = "annotator"
    budgeted = True

    def annotate(self, doc: Document, ctx: StageContext) -> dict[str, Any]:
        raise NotImplementedError

    def process(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        for doc in docs:
            signals = doc.metadata.setdefault("signals", {})
            signals.update(self.annotate(doc, ctx))
            yield doc


class Filter(Stage):
    """Keeps a document or drops it with a reason. :meth:`decide` returns ``None`` to keep."""

    kind = "filter"
    budgeted = True

    def decide(self, doc: Document, ctx: StageContext) -> str | None:
        raise NotImplementedError

    def process(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        for doc in docs:
            reason = self.decide(doc, ctx)
            yield doc if reason is None else Dropped(doc, reason, self.name)

    def _one(self, doc: Document, ctx: StageContext) -> list[Document | Dropped]:
        if type(self).process is not Filter.process:
            return list(self.process((doc,), ctx))
        reason = self.decide(doc, ctx)
        return [doc if reason is None else Dropped(doc, reason, self.name)]


class Collector:
    """Receives one shard's documents for a global stage's collect: :meth:`add` each, then
    :meth:`close` (write the partials) or, on failure, :meth:`abort`."""

    def add(self, doc: Document) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        """Remove whatever was written so far (default: nothing)."""


class GlobalStage(Stage):
    """A stage that must see the whole corpus before deciding (e.g. deduplication).

    The executor runs it in phases, with a barrier between them:

    1. :meth:`collect` — once per shard, on the documents that reach this stage; writes a partial
       summary (hashes, signatures …) into ``ctx.shard.workdir``.
    2. :meth:`reduce` — once, after every shard finished phase 1; reads all partials from ``workdir``
       and writes its decisions there. Must not depend on the order shards finished in. A stage may
       split it into :meth:`reduce_partitions` independent :meth:`reduce_partition` calls (run in
       parallel) and a :meth:`finalize` that merges them.
    3. :meth:`apply` — once per shard, on the same documents in the same order; drops or rewrites
       them using the decisions.

    Partials and decisions live on disk, so corpora larger than RAM work and a rerun can resume.
    """

    kind = "global"
    #: which of its work files only ``apply`` reads, and which a later stage sharing the barrier reads
    #: (a task whose output is remote downloads only those; see :class:`shuddh.layout.WorkFiles`)
    work_files: ClassVar[WorkFiles] = WorkFiles()

    def collect(self, docs: Iterable[Document], ctx: StageContext) -> None:
        raise NotImplementedError

    def reduce(self, workdir: Path, shard_names: list[str], ctx: StageContext) -> None:
        raise NotImplementedError

    # -- partitioned reduce (optional) ---------------------------------------------------------------
    # A stage whose reduce splits into independent partitions (dedup: by band key or hash range)
    # overrides these three; the executor then runs ``reduce_partition(k)`` for every ``k`` in parallel
    # (local process pool or Ray tasks), then ``finalize`` once. The defaults keep a plain ``reduce``
    # working unchanged: one partition that does nothing, and ``finalize`` that calls ``reduce``.

    def reduce_partitions(self) -> int:
        """How many independent reduce partitions this stage has (default 1: the whole reduce)."""
        return 1

    def reduce_partition(self, workdir: Path, shard_names: list[str], k: int, ctx: StageContext) -> None:
        """Reduce partition ``k`` (``0 <= k < reduce_partitions()``) of every shard's partials and write
        its result into ``workdir`` atomically. Must depend only on the partials, never on which other
        partitions ran, where, or in which order. Default: nothing (``finalize`` does the whole reduce)."""

    def finalize(self, workdir: Path, shard_names: list[str], ctx: StageContext) -> None:
        """After every partition finished: merge their results and write the decisions ``apply`` reads.
        Default: :meth:`reduce`."""
        self.reduce(workdir, shard_names, ctx)

    def apply(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        raise NotImplementedError

    # -- shared barrier (optional) -------------------------------------------------------------------
    # Two global stages in a row normally cost two barriers: the second collects only after the first
    # has applied its decisions, so every document is written, read and parsed once more in between. A
    # stage that can take the previous global stage's decisions into account in its own reduce says so
    # here; the executor then collects both in one pass over the same documents, reduces the previous
    # stage first and this one after it (``ctx.shard.upstream`` is the previous stage's work directory),
    # and applies both at the start of the next phase, this one on what the previous one kept. The
    # results must be exactly those of running the two stages one after the other.

    def shares_barrier_with(self, previous: GlobalStage) -> bool:
        """Whether this stage can collect in the same pass as ``previous`` (default: no)."""
        return False

    def collector(self, ctx: StageContext) -> Collector:
        """A push-style :meth:`collect` (needed by stages that share a barrier): documents are handed
        over one by one, so several stages can collect from one pass."""
        raise NotImplementedError(f"{self.name} has no push-style collector")

    def process(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        return self.apply(docs, ctx)


def remove_lines(doc: Document, lines: list[str], reasons: list[str | None], ctx: StageContext) -> str:
    """Remove the lines whose reason is not None from ``doc`` (``lines``: its text split at newlines) and
    return the text left: kept lines joined, with runs of blank lines collapsed to one and no blank line
    at the end (the blank lines dropped so are recorded as :data:`BLANK`). Each removal is counted and
    recorded with :meth:`StageContext.remove_line`."""
    kept: list[int] = []
    blanks: list[int] = []
    for i, line in enumerate(lines):
        if reasons[i] is not None:
            continue
        if not line and (not kept or not lines[kept[-1]]):
            blanks.append(i)
            continue
        kept.append(i)
    while kept and not lines[kept[-1]]:
        blanks.append(kept.pop())
    if not ctx.audit:
        for line, reason in zip(lines, reasons, strict=True):
            if reason is not None:
                ctx.remove_line(reason, line)
    else:
        blank = set(blanks)
        for i, line in enumerate(lines):
            reason = reasons[i]
            if reason is not None:
                ctx.remove_line(reason, line, doc, i)
            elif i in blank:
                ctx.record_blank(doc, i)
    return "\n".join([lines[i] for i in kept])
