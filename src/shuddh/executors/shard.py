"""The unit of work every executor runs: one phase of the pipeline over one shard.

A pipeline is split into *phases* at its global stages. Phase ``p`` of a shard reads either the input
file (``p == 0``) or the documents phase ``p-1`` left in the work directory, applies the previous
global stage's decisions, runs the stages of its segment, and then either hands the survivors to the
next global stage's ``collect`` (and to an intermediate file) or writes them to ``kept/``. Dropped and
quarantined records are written on the way. Every file is written atomically, and the shard-phase is
marked done only afterwards — so a killed run redoes at most the shard-phases in flight.

This module imports no executor library: the local and Ray executors both call :func:`run_shard_phase`.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

import orjson

from shuddh.document import Document, Dropped, Quarantined
from shuddh.io.readers import FileCount, ReadOptions, Span, bytes_read, is_url, open_binary, read_file
from shuddh.io.writers import (
    EXTENSIONS,
    RecordWriter,
    RemoteDir,
    atomic_write_bytes,
    deferred_sync,
    snapshot,
    sync_files,
)
from shuddh.layout import Layout, PartitionResult, ReadCounts, ShardResult, WorkFiles, partition_marker, shard_name
from shuddh.stages.base import GlobalStage, ShardInfo, Stage, StageContext, StageStats, TimedOut
from shuddh.stages.registry import StageSpec, build_stage
from shuddh.volumes import Volumes, signal_thresholds

__all__ = ["ReducePartitionTask", "Shard", "ShardFile", "ShardTask", "build_stages", "is_partitioned", "phases_of",
           "reduce_info", "run_reduce_partition", "run_shard_phase", "timed", "upstream_files", "work_files"]

T = TypeVar("T")

#: how many documents a worker reads between two progress reports
PROGRESS_EVERY = 500


@dataclass(frozen=True, slots=True)
class ShardFile:
    """One whole input file of a shard that groups several small files."""

    path: str
    label: str
    nbytes: int = 0  # its bytes (progress; 0 when unknown)


@dataclass(frozen=True, slots=True)
class Shard:
    index: int
    path: str  # the file to read (of a group: its first file)
    label: str  # stable name used in provenance and document ids (of a group: its first file's)
    span: Span | None = None  # the part of the file this shard reads (None: all of it)
    #: this shard's share of its file's bytes, of a group the sum of its files' bytes (progress only; 0
    #: when unknown)
    nbytes: int = 0
    #: small whole files read one after the other as this one shard (``runner.plan_shards`` groups them;
    #: empty: the shard is ``path`` or its ``span``). Each file keeps its own label, so ids, positions,
    #: provenance and per-file counts are those of a shard per file.
    group: tuple[ShardFile, ...] = ()

    @property
    def name(self) -> str:
        return shard_name(self.index)

    def files(self) -> tuple[ShardFile, ...]:
        """The input files this shard reads, in order (one, unless it is a group)."""
        return self.group or (ShardFile(self.path, self.label, self.nbytes),)


@dataclass(frozen=True, slots=True)
class ShardTask:
    """Everything a worker needs; picklable (stages travel as specs and are built in the worker)."""

    shard: Shard
    phase: int
    outdir: str
    fingerprint: str
    specs: tuple[StageSpec, ...]
    read: ReadOptions
    output_format: str
    route_by_lang: bool = False
    #: CPU seconds a document may use in one per-document stage before it is quarantined (stage.timeout);
    #: 0: no limit (see shuddh.stages.base)
    stage_cpu_seconds: float = 0.0
    #: record removed lines (the audit trail): ``removed/`` for kept documents, ``removed`` in dropped ones
    audit: bool = True
    #: read at most this many records of the shard's file (``--limit``, a trial run); None: all
    limit: int | None = None


_STAGE_CACHE: dict[str, list[Stage]] = {}


def build_stages(fingerprint: str, specs: Iterable[StageSpec]) -> list[Stage]:
    """Stages built and ``setup()`` once per worker process (models load once, not per shard)."""
    stages = _STAGE_CACHE.get(fingerprint)
    if stages is None:
        from shuddh.stages.bylang import wrap_after_langid

        specs = list(specs)
        # after language identification, each document is judged with its own language's profile
        stages = wrap_after_langid(specs, [build_stage(s) for s in specs])
        for st in stages:
            st.setup()
        _STAGE_CACHE[fingerprint] = stages
    return stages


def stats_names(stages: list[Stage]) -> list[str]:
    """The name each stage's statistics go under: its stage name, with ``#2``, ``#3`` … for the second
    and later stages of the same name in one pipeline (two ``length`` filters must not pool their
    counts)."""
    seen: Counter[str] = Counter()
    out = []
    for st in stages:
        seen[st.name] += 1
        out.append(st.name if seen[st.name] == 1 else f"{st.name}#{seen[st.name]}")
    return out


def phases_of(stages: list[Stage]) -> list[tuple[list[int], tuple[int, ...] | None]]:
    """Split stage indices into phases: (indices of the segment's stages, indices of the global stages
    that close it, or None for the last phase). A global stage's ``apply`` runs at the start of the next
    phase. Consecutive global stages close one phase together when each shares its barrier with the one
    before it (:meth:`GlobalStage.shares_barrier_with`): they collect in one pass and apply in one pass."""
    phases: list[tuple[list[int], tuple[int, ...] | None]] = []
    seg: list[int] = []
    for i, st in enumerate(stages):
        if isinstance(st, GlobalStage):
            prev = phases[-1][1] if phases and not seg else None
            if prev is not None and st.shares_barrier_with(cast(GlobalStage, stages[prev[-1]])):
                phases[-1] = (phases[-1][0], (*prev, i))
            else:
                phases.append((seg, (i,)))
            seg = []
        else:
            seg.append(i)
    phases.append((seg, None))
    return phases


def work_files(g: Stage) -> WorkFiles:
    """What the global stage ``g`` declares about its work files (:attr:`GlobalStage.work_files`)."""
    assert isinstance(g, GlobalStage)
    return g.work_files


def _read_intermediate(path: Path) -> Iterator[Document]:
    if not path.is_file():
        # phase p-1 of this shard completed (its marker exists) but no document reached the global
        # stage, so no intermediate file was written: nothing to read
        return
    with open_binary(path) as fh:
        for line in fh:
            rec = orjson.loads(line)
            doc = Document.from_record(rec)
            doc.removed = rec.get(_TRAIL)
            doc.file = rec.get(_FILE)
            yield doc


#: the key of a document's audit trail in the work files between phases and in dropped/ records
_TRAIL = "removed"


#: the key of a document's input file label (Document.file) in the work files
_FILE = "file"


def _with_trail(rec: dict[str, Any], doc: Document) -> dict[str, Any]:
    if doc.removed:
        rec[_TRAIL] = doc.removed
    if doc.file is not None:
        rec[_FILE] = doc.file
    return rec


def removed_record(doc: Document) -> dict[str, Any]:
    """The ``removed/`` record of a kept document: its id and every removed line (see
    ``shuddh.stages.base``): ``line`` is its index in the text the stage received."""
    return {"id": doc.id, "url": doc.url, "removed": _trail_dicts(doc)}


def _trail_dicts(doc: Document) -> list[dict[str, Any]]:
    return [{"line": i, "text": t, "reason": r, "stage": s} for i, t, r, s in doc.removed or ()]


@dataclass(frozen=True, slots=True)
class ReducePartitionTask:
    """Partition ``k`` of a global stage's reduce (see :meth:`GlobalStage.reduce_partition`); picklable."""

    outdir: str
    fingerprint: str
    specs: tuple[StageSpec, ...]
    stage_index: int
    shard_names: tuple[str, ...]
    k: int
    upstream: int | None = None  # the global stage this one shares its barrier with


def is_partitioned(g: GlobalStage) -> bool:
    """Whether ``g`` splits its reduce into partitions (overrides ``reduce_partition``)."""
    return type(g).reduce_partition is not GlobalStage.reduce_partition


def run_reduce_partition(task: ReducePartitionTask) -> PartitionResult:
    """Run one reduce partition, write its done-marker (its statistics) last, return its statistics.
    Idempotent (the stage writes its output atomically under a fixed name), so a retry is harmless."""
    stages = build_stages(task.fingerprint, task.specs)
    g = stages[task.stage_index]
    assert isinstance(g, GlobalStage)
    wd = Layout(Path(task.outdir)).workdir(task.stage_index)
    st = StageStats(f"{stats_names(stages)[task.stage_index]}.reduce")
    info = reduce_info(Path(task.outdir), task.stage_index, task.upstream)
    g.reduce_partition(wd, list(task.shard_names), task.k, StageContext(st, info))
    d = st.to_dict()
    atomic_write_bytes(partition_marker(wd, task.k), orjson.dumps(d))
    return PartitionResult(task.stage_index, task.k, d)


def reduce_info(outdir: Path, stage_index: int, upstream: int | None) -> ShardInfo:
    """The context of a global stage's reduce (with the work directory of the stage it shares its barrier
    with, if any)."""
    lay = Layout(outdir)
    return ShardInfo(-1, "reduce", lay.workdir(stage_index), None if upstream is None else lay.workdir(upstream))


def upstream_files(remote: RemoteDir, stages: list[Stage], upstream: int | None) -> list[str]:
    """The files a reduce task of a stage sharing its barrier needs from the stage before it (what that
    stage declares in ``WorkFiles.for_next``)."""
    if upstream is None:
        return []
    return stage_files(remote, upstream, work_files(stages[upstream]).for_downstream)


def stage_files(remote: RemoteDir, global_index: int, keep: Callable[[str], bool]) -> list[str]:
    """Work files of a global stage in a remote output directory whose names pass ``keep``."""
    out = []
    for rel in remote.files(Layout(Path()).workdir(global_index).as_posix()):
        name = rel.rsplit("/", 1)[-1]
        if not name.startswith(".") and keep(name):
            out.append(rel)
    return out


def run_remote(task: Any, run: Callable[[Any], Any], needs: Callable[[RemoteDir], list[str]]) -> Any:
    """Run ``task`` (whose ``outdir`` is a URL) in a local scratch copy of the output directory: download
    the files ``needs`` names, run, upload what the task wrote (done-markers last, see RemoteDir).
    ``task`` is a frozen dataclass with an ``outdir`` (ShardTask, ReducePartitionTask, ReduceTask)."""
    remote = RemoteDir(task.outdir)
    with tempfile.TemporaryDirectory(prefix="shuddh-task-") as d:
        local = Path(d)
        remote.fetch(needs(remote), local)
        before = snapshot(local)
        res = run(dataclasses.replace(task, outdir=d))
        remote.publish(local, before)
    return res


def _shard_needs(task: ShardTask) -> Callable[[RemoteDir], list[str]]:
    if task.phase == 0:
        return lambda remote: []
    stages = build_stages(task.fingerprint, task.specs)
    prev = phases_of(stages)[task.phase - 1][1]
    assert prev is not None
    name = task.shard.name
    # this shard's files (its documents, its decisions) and the stages' global ones (e.g. the repeated
    # lines); not other shards' files, nor the reduce's edges and markers
    return lambda remote: [f for g in prev for f in stage_files(
        remote, g, lambda n, g=g: work_files(stages[g]).for_shard_apply(name, n))]  # type: ignore[misc]


def _partition_needs(task: ReducePartitionTask) -> Callable[[RemoteDir], list[str]]:
    # every shard's partials, without documents and decisions (all key ranges: a stage does not say which
    # of its files a partition reads; see docs/ray.md for the cost), and what the previous stage dropped
    # when the barrier is shared
    stages = build_stages(task.fingerprint, task.specs)
    wf = work_files(stages[task.stage_index])
    return lambda remote: stage_files(remote, task.stage_index, lambda n: wf.for_reduce(n, partition=True)) + \
        upstream_files(remote, stages, task.upstream)


#: progress events a task reports: ("docs", documents read or processed), ("bytes", input bytes read)
TaskProgress = Callable[[str, int], None]


def run_shard_phase(task: ShardTask | ReducePartitionTask,
                    progress: TaskProgress | None = None) -> ShardResult | PartitionResult:
    """Run one phase over one shard; write its files and done-marker; return its statistics.

    Executors hand every task to this function, so a :class:`ReducePartitionTask` given here runs
    :func:`run_reduce_partition` instead: the reduce partitions run wherever the shard tasks run.
    With an output URL the task runs in a local scratch directory (:func:`run_remote`)."""
    if is_url(task.outdir):
        if isinstance(task, ReducePartitionTask):
            return cast(PartitionResult, run_remote(task, run_reduce_partition, _partition_needs(task)))
        return cast(ShardResult, run_remote(task, lambda t: run_shard_phase(t, progress), _shard_needs(task)))
    if isinstance(task, ReducePartitionTask):
        return run_reduce_partition(task)
    # the task's files are renamed into place without an fsync each (a chrome_repeats collect alone writes
    # 64 partition files a shard); all of them are made durable at once right before the done-marker,
    # which is what makes the work count: a crash before it redoes the task, after it finds every file
    with deferred_sync() as pending:
        result = _shard_phase(task, progress)
    sync_files(pending)
    atomic_write_bytes(Layout(Path(task.outdir)).done(task.phase, task.shard.name), orjson.dumps(result.to_dict()))
    return result


def _shard_phase(task: ShardTask, progress: TaskProgress | None) -> ShardResult:
    """The work of :func:`run_shard_phase` on a local output directory, without the done-marker."""
    t_start = time.perf_counter()
    outdir = Path(task.outdir)
    lay = Layout(outdir)
    shard = task.shard
    stages = build_stages(task.fingerprint, task.specs)
    phases = phases_of(stages)
    seg, closing = phases[task.phase]
    ext = EXTENSIONS[task.output_format]
    fmt: Any = task.output_format

    dropped_w = RecordWriter(lay.dropped(shard.name, task.phase, ext), fmt)
    # (a later phase writes its own file: stage.timeout records of the stages after a global stage)
    quarantine_w = RecordWriter(lay.quarantine(shard.name, task.phase, ext), fmt)
    writers = [dropped_w, quarantine_w]
    q_reasons: Counter[str] = Counter()
    skipped_by_kind: Counter[str] = Counter()
    read = ReadCounts()
    counts: dict[str, FileCount] = {}
    stage_stats: list[StageStats] = []
    # a group of files has no one label: its documents carry theirs (Document.file)
    label = None if shard.group else shard.label
    info = ShardInfo(index=shard.index, name=shard.name, label=label)
    # the PII stage's redaction of quarantine records (excerpt, error): no raw PII in quarantine/
    pii = next((st for st in stages if callable(getattr(st, "redact_quarantined", None))), None)
    redact_q: Callable[[Quarantined], None] | None = getattr(pii, "redact_quarantined", None)
    redact_text: Callable[[str], str] | None = getattr(pii, "redact", None)

    labels = stats_names(stages)
    # volumes, languages, signal histograms and examples for the report (shuddh.volumes)
    vol = Volumes(thresholds=signal_thresholds(st.describe() for st in stages))
    # documents a stage gave up on (stage.timeout): quarantined, counted apart from the reader's records
    stage_quarantined: Counter[str] = Counter()

    def quarantine_timeout(t: TimedOut) -> None:
        q = t.quarantined()
        if redact_q is not None:
            redact_q(q)
        if redact_text is not None:  # the record's source and id too: the stage may run before pii
            q.source, q.position = redact_text(q.source), redact_text(q.position)
        quarantine_w.write(q.to_record())
        stage_quarantined[q.reason] += 1
        vol.add_quarantined(q)

    def on_drop(d: Dropped) -> None:
        vol.add(d.doc, "dropped", d.reason, d.detail)

    # the trail in memory (and in the work files between phases) when the audit is on or a later stage reads it;
    # written to removed/ and dropped/ only with the audit on
    trail = task.audit or any(st.reads_trail for st in stages)

    def ctx_for(stage: Stage, name: str | None = None) -> StageContext:
        st = StageStats(name or stage.name)
        stage_stats.append(st)
        return StageContext(st, info, task.stage_cpu_seconds, trail)

    bytes_reported = 0

    def report_bytes(final: bool = False) -> None:
        # the shard's share of its file, as the bytes read from disk pass (never more than the share: a
        # span of a compressed file decompresses from the start of the file); all of it at the end
        nonlocal bytes_reported
        if progress is None:
            return
        now = shard.nbytes if final else min(bytes_read() - bytes_start, shard.nbytes)
        if now > bytes_reported:
            progress("bytes", now - bytes_reported)
            bytes_reported = now

    bytes_start = bytes_read()

    docs_back = 0

    def counted(items: Iterable[Document]) -> Iterator[Document]:
        # progress of a later phase: the documents it reads back
        nonlocal docs_back
        n = 0
        for d in items:
            n += 1
            docs_back = n
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress("docs", PROGRESS_EVERY)
            yield d
        if progress is not None and n % PROGRESS_EVERY:
            progress("docs", n % PROGRESS_EVERY)

    def source() -> Iterator[Document]:
        if task.phase == 0:
            n = 0
            for f in shard.files():  # one file, or a group of small ones read one after the other
                src = f.path if is_url(f.path) else Path(f.path)
                # the reader's own count of the file's units (lines, rows, WARC records), checked by the run
                count = counts[f.label] = FileCount()
                for item in read_file(src, f.label, task.read, skipped=skipped_by_kind, span=shard.span,
                                      count=count, limit=task.limit):
                    read.records += 1
                    n += 1
                    if progress is not None and n % PROGRESS_EVERY == 0:
                        progress("docs", PROGRESS_EVERY)
                        report_bytes()
                    if isinstance(item, Quarantined):
                        read.quarantined += 1
                        q_reasons[item.reason] += 1
                        if redact_q is not None:
                            redact_q(item)  # the whole excerpt window, then cut (Quarantined.shown_excerpt)
                        quarantine_w.write(item.to_record())
                        vol.add_quarantined(item)
                    else:
                        item.file = f.label
                        vol.add(item, "read")
                        yield item
            if progress is not None and n % PROGRESS_EVERY:
                progress("docs", n % PROGRESS_EVERY)
            report_bytes(final=True)
            return
        prev = phases[task.phase - 1][1]
        assert prev is not None
        # the previous phase's documents, through the decisions of each global stage that closed it
        docs: Iterable[Document] = counted(_read_intermediate(lay.documents(prev[0], shard.name)))
        for gi in prev:
            g = stages[gi]
            assert isinstance(g, GlobalStage)
            gst = StageStats(labels[gi])
            stage_stats.append(gst)
            gctx = StageContext(gst, ShardInfo(shard.index, shard.name, lay.workdir(gi), label=label),
                                audit=trail)
            docs = _drop_split(g.run(docs, gctx), dropped_w, quarantine_timeout, task.audit, on_drop)
        yield from docs

    stream: Iterable[Document] = source()
    for i in seg:
        stream = _drop_split(stages[i].run(stream, ctx_for(stages[i], labels[i])), dropped_w, quarantine_timeout,
                             task.audit, on_drop)

    kept = 0
    try:
        if closing is None:
            kept_ws: dict[str, RecordWriter] = {}
            removed_w: RecordWriter | None = None
            if task.audit:
                # same shard name as kept/ (one file per shard also with route_by_lang)
                removed_w = RecordWriter(lay.removed(shard.name, ext), fmt)
                writers.append(removed_w)
            for doc in stream:
                if removed_w is not None and doc.removed:
                    removed_w.write(removed_record(doc))
                key = lang_folder(doc.lang) if task.route_by_lang else ""
                kw = kept_ws.get(key)
                if kw is None:
                    kw = kept_ws[key] = RecordWriter(lay.kept(shard.name, ext, key), fmt)
                    writers.append(kw)
                kw.write(doc.to_record())
                vol.add(doc, "kept")
                kept += 1
        else:
            inter_w = RecordWriter(lay.documents(closing[0], shard.name), "jsonl.zst")
            writers.append(inter_w)

            def tee(docs: Iterable[Document]) -> Iterator[Document]:
                for d in docs:
                    inter_w.write(_with_trail(d.to_record(), d))
                    yield d

            _collect(stages, closing, tee(stream), lay, shard, stage_stats)
            kept = inter_w.count
        files = {str(w.path.relative_to(outdir)): w.count for w in writers if w.commit()}
    except BaseException:
        for w in writers:
            w.abort()
        raise

    read.quarantined_by_reason = dict(q_reasons)
    read.skipped_by_kind = dict(skipped_by_kind)
    read.files = {k: c.to_dict() for k, c in counts.items()}
    return ShardResult(
        shard=shard.name, phase=task.phase, final=closing is None, read=read,
        stage_quarantined=dict(sorted(stage_quarantined.items())), volumes=vol.to_dict(),
        stages=[s.to_dict() for s in stage_stats], stage_seconds={s.name: s.seconds for s in stage_stats},
        out=kept, files=files, seconds=time.perf_counter() - t_start,
        input_bytes=shard.nbytes if task.phase == 0 else 0, docs=read.records if task.phase == 0 else docs_back)


#: the shape of a language label that may name a folder: "hi", "mai", "hi-Latn"
_LANG_FOLDER = re.compile(r"[a-z]{2,3}(-[A-Z][a-z]{3})?")


@lru_cache(maxsize=1)
def _known_langs() -> frozenset[str]:
    from shuddh.lang.profile import available_profiles
    from shuddh.langid import LABELS

    return frozenset(LABELS) | frozenset(available_profiles())


def lang_folder(lang: str | None) -> str:
    """The ``kept/<folder>`` of a document's language with ``route_by_lang``: only a known label (the
    language identifier's labels, the profile names) of the plain ``ll[l][-Ssss]`` shape names a folder;
    no label is ``und`` and any other value (a record's own ``lang`` may be ``"../dropped"`` or
    ``"/tmp/x"``) is ``other``, so a value never becomes a path."""
    if not lang:
        return "und"
    if lang in _known_langs() and _LANG_FOLDER.fullmatch(lang):
        return lang
    return "other"


def _collect(stages: list[Stage], group: tuple[int, ...], docs: Iterable[Document], lay: Layout, shard: Shard,
             stage_stats: list[StageStats]) -> None:
    """Hand the documents to the collect of every global stage in ``group`` — in one pass."""
    ctxs: list[StageContext] = []
    for j, gi in enumerate(group):
        st = StageStats(f"{stats_names(stages)[gi]}.collect")
        stage_stats.append(st)
        up = lay.workdir(group[j - 1]) if j else None
        ctxs.append(StageContext(st, ShardInfo(shard.index, shard.name, lay.workdir(gi), up,
                                               None if shard.group else shard.label)))
    gs = [cast(GlobalStage, stages[gi]) for gi in group]
    # the stream is lazy: pulling a document runs the stages before the collect, whose time is theirs
    upstream = [0.0]
    t0 = time.perf_counter()
    try:
        if len(gs) == 1:
            gs[0].collect(timed(docs, upstream), ctxs[0])
            return
        collectors = [g.collector(c) for g, c in zip(gs, ctxs, strict=True)]
        try:
            for d in timed(docs, upstream):
                for c in collectors:
                    c.add(d)
        except BaseException:
            for c in collectors:
                c.abort()
            raise
        for c in collectors:
            c.close()
    finally:
        # the collect's own time, shared evenly by the stages collecting in this one pass
        own = max(0.0, time.perf_counter() - t0 - upstream[0]) / len(gs)
        for ctx in ctxs:
            ctx.stats.seconds += own


def timed(items: Iterable[T], acc: list[float], clock: Callable[[], float] | None = None) -> Iterator[T]:
    """``items``, adding the ``clock`` time (default ``time.perf_counter``, looked up at the call) spent
    producing each one (inside its ``next()``) to ``acc[0]``."""
    clock = clock or time.perf_counter
    it = iter(items)
    while True:
        t = clock()
        try:
            item = next(it)
        except StopIteration:
            return
        finally:
            acc[0] += clock() - t
        yield item


def _drop_split(items: Iterable[Document | Dropped], writer: RecordWriter,
                quarantine: Callable[[TimedOut], None], audit: bool = True,
                on_drop: Callable[[Dropped], None] | None = None) -> Iterator[Document]:
    """Write dropped records (with the document's audit trail under ``removed`` when ``audit``: always
    present, so a Parquet file's columns do not depend on its first record) and quarantine timeouts;
    pass the rest on."""
    for it in items:
        if isinstance(it, TimedOut):
            quarantine(it)
        elif isinstance(it, Dropped):
            rec = it.to_record()
            if audit:
                rec[_TRAIL] = _trail_dicts(it.doc)
            writer.write(rec)
            if on_drop is not None:
                on_drop(it)
        else:
            yield it
