"""Runs a configured pipeline over its inputs with an executor: planning, resume, barriers, statistics.

Output layout (fixed)::

    OUTDIR/kept/part-NNNNN.<ext>           documents kept (kept/<lang>/part-NNNNN.<ext> with route_by_lang)
    OUTDIR/dropped/part-NNNNN[.phaseK].<ext>  documents dropped, each with "reason" and "stage"
    OUTDIR/quarantine/part-NNNNN.<ext>     input records that could not be read, with error and position
    OUTDIR/stats.json                      the funnel: counts per stage and reason (adds up)
    OUTDIR/timing.json                     wall-clock numbers (the only output that varies between runs)
    OUTDIR/config.yaml                     the resolved configuration and shuddh version
    OUTDIR/report.html                     the same, to look at
    OUTDIR/.shuddh/                        plan, done-markers and work files (resume state)

``OUTDIR`` (and any input) may be an fsspec URL (``s3://``, ``gs://``, ``file://``, ``memory://``): the same
layout is kept under it, and tasks work in a local scratch directory, uploading each file under a
temporary key, moving it into place, and uploading done-markers last (see
:class:`shuddh.io.writers.RemoteDir`).

One shard is one input file, or one span of a large local JSONL/Parquet file (``reader.split_bytes``);
``part-NNNNN`` is its position in the sorted list of (file, span), so names do not depend on the number
of workers or the order shards finish in.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

import orjson

from shuddh import __version__
from shuddh.config import PipelineConfig
from shuddh.errors import InputError, OutputError
from shuddh.executors.shard import (
    ReducePartitionTask,
    Shard,
    ShardTask,
    build_stages,
    is_partitioned,
    marker_path,
    partition_marker,
    phases_of,
    reduce_info,
    run_reduce_partition,
    run_remote,
    stage_files,
    stats_names,
    upstream_files,
    workdir_of,
)
from shuddh.io.readers import ReadOptions, Span, detect_format, is_url, plan_spans
from shuddh.io.writers import RemoteDir, atomic_write_bytes
from shuddh.stages.base import GlobalStage, StageContext, StageStats
from shuddh.stages.registry import StageSpec

__all__ = ["Executor", "ReducePartitionTask", "ReduceTask", "RunResult", "plan_shards", "run_pipeline", "run_reduce",
           "run_reduce_partition"]

Progress = Callable[[str, int], None]  # (event, amount): "docs" read, "shard" finished


class Executor(Protocol):
    """Runs shard tasks somewhere and yields their results as they finish (any order)."""

    def map_unordered(self, tasks: Sequence[ShardTask], progress: Progress | None) -> Iterator[dict[str, Any]]: ...

    # ``map_unordered`` also runs a global stage's reduce partitions (ReducePartitionTask; both executors
    # hand every task to ``run_shard_phase``, which runs either kind) with ``progress=None``.
    # optional: ``run_reduce(task: ReduceTask) -> dict`` runs a global stage's finalize elsewhere (the Ray
    # executor runs it as a task); without it the finalize runs here, in the driver


@dataclass(frozen=True, slots=True)
class ReduceTask:
    """A global stage's reduce: picklable, so an executor can run it on another machine."""

    outdir: str
    fingerprint: str
    specs: tuple[StageSpec, ...]
    stage_index: int
    shard_names: tuple[str, ...]
    upstream: int | None = None  # the global stage this one shares its barrier with


def run_reduce(task: ReduceTask) -> dict[str, Any]:
    """Finish one global stage's reduce: merge the partitions' statistics (in partition order), run
    ``finalize`` (for a stage without partitions: its whole ``reduce``), write the done-marker last, return
    the statistics. Idempotent (decisions are written atomically), so a retried task is harmless."""
    if is_url(task.outdir):
        # finalize reads every shard's partials except the documents, and the partitions' outputs
        return run_remote(task, run_reduce, lambda remote: stage_files(
            remote, task.stage_index, lambda n: not n.endswith((".docs.jsonl.zst", ".decisions.json")))
            + upstream_files(remote, task.upstream))
    stages = build_stages(task.fingerprint, task.specs)
    g = stages[task.stage_index]
    assert isinstance(g, GlobalStage)
    wd = workdir_of(Path(task.outdir), task.stage_index)
    st = StageStats(f"{stats_names(stages)[task.stage_index]}.reduce")
    if is_partitioned(g):
        for k in range(g.reduce_partitions()):
            m = partition_marker(wd, k)
            if not m.is_file():
                raise RuntimeError(f"reduce partition {k} of {g.name} has not finished ({m} is missing)")
            st.merge(StageStats.from_dict(orjson.loads(m.read_bytes())))
    g.finalize(wd, list(task.shard_names),
               StageContext(st, reduce_info(Path(task.outdir), task.stage_index, task.upstream)))
    d = st.to_dict()
    atomic_write_bytes(wd / "reduced.json", orjson.dumps(d))
    return d


@dataclass
class RunResult:
    outdir: Path
    stats: dict[str, Any]
    timing: dict[str, Any]
    skipped_files: list[str] = field(default_factory=list)
    output: str = ""  # the output as the user gave it (a path or a URL such as s3://bucket/run)

    @property
    def had_bad_input(self) -> bool:
        return bool(self.stats["quarantined"])


def plan_shards(inputs: Sequence[str], split_bytes: int = 0,
                text_mode: str = "file") -> tuple[list[Shard], list[str]]:
    """Expand inputs (files, directories, URLs of files or prefixes) to shards in a stable order (file
    order, then span order: a local JSONL/Parquet file, or a text file read in ``blank-lines`` mode,
    bigger than ``split_bytes`` is several shards, see :func:`shuddh.io.readers.plan_spans`); list
    unreadable file types."""
    files: list[tuple[str, str]] = []
    skipped: list[str] = []
    for raw in inputs:
        if is_url(raw):
            files.extend(_plan_url(raw, skipped))
            continue
        p = Path(raw)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if detect_format(f) is None:
                    skipped.append(str(f))
                else:
                    files.append((str(f), f.as_posix()))
        elif p.is_file():
            if detect_format(p) is None:
                raise InputError(f"{raw}: unknown input format; give .jsonl[.gz|.zst], .parquet, .txt, .html or "
                                 ".warc[.gz]")
            files.append((str(p), p.as_posix()))
        else:
            raise InputError(f"input {raw} does not exist")
    seen: set[str] = set()
    unique = [f for f in files if not (f[1] in seen or seen.add(f[1]))]  # type: ignore[func-returns-value]
    unique.sort(key=lambda f: f[1])
    if not unique:
        raise InputError(f"no readable input files in {', '.join(inputs)}")
    none: list[Span | None] = [None]  # a file read whole
    parts = [(path, label, span) for path, label in unique
             for span in (plan_spans(path, split_bytes, text_mode) or none)]
    return [Shard(i, path, label, span) for i, (path, label, span) in enumerate(parts)], skipped


def _plan_url(url: str, skipped: list[str]) -> list[tuple[str, str]]:
    """Input files under a URL (a file, or every file below a prefix), as (url, label) pairs; the label
    is the URL itself, so document ids are stable wherever the run happens."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    if fs.isdir(root):
        out: list[tuple[str, str]] = []
        base = root.rstrip("/")
        for f in sorted(fs.find(root)):
            rel = f[len(base):].lstrip("/")
            if any(part.startswith(".") for part in rel.split("/")):
                continue
            full = f"{url.rstrip('/')}/{rel}"  # the URL as the user spelled it (labels and ids depend on it)
            if detect_format(full) is None:
                skipped.append(full)
            else:
                out.append((full, full))
        return out
    if fs.isfile(root):
        if detect_format(url) is None:
            raise InputError(f"{url}: unknown input format; give .jsonl[.gz|.zst], .parquet, .txt, .html or "
                             ".warc[.gz]")
        return [(url, url)]
    raise InputError(f"input {url} does not exist")


class _Out:
    """The driver's view of the output directory: a local path, or a URL (fsspec) whose state files the
    driver reads and writes remotely, with a local scratch directory for files it renders first."""

    def __init__(self, output: str, scratch: Path) -> None:
        self.remote = RemoteDir(output) if is_url(output) else None
        self.local = scratch if self.remote is not None else Path(output)
        self.for_tasks = output if self.remote is not None else str(self.local)  # tasks' ``outdir``

    def read(self, rel: Path) -> bytes | None:
        if self.remote is not None:
            return self.remote.read(rel.as_posix())
        p = self.local / rel
        return p.read_bytes() if p.is_file() else None

    def exists(self, rel: Path) -> bool:
        if self.remote is not None:
            return self.remote.exists(rel.as_posix())
        return (self.local / rel).is_file()

    def write(self, rel: Path, data: bytes) -> None:
        if self.remote is not None:
            self.remote.write(rel.as_posix(), data)
        else:
            atomic_write_bytes(self.local / rel, data)

    def is_empty(self) -> bool:
        if self.remote is not None:
            return self.remote.is_empty()
        return not (self.local.exists() and any(self.local.iterdir()))

    def remove(self, rel: str) -> None:
        if self.remote is not None:
            self.remote.remove(rel)
        elif (self.local / rel).is_dir():
            shutil.rmtree(self.local / rel, ignore_errors=True)
        else:
            (self.local / rel).unlink(missing_ok=True)

    def remove_temp_files(self) -> None:
        if self.remote is not None:
            self.remote.remove_temp_files()
        else:
            _remove_temp_files(self.local)


_PLAN = Path(".shuddh") / "plan.json"


def _prepare_outdir(out: _Out, cfg: PipelineConfig, shards: list[Shard], overwrite: bool) -> None:
    plan = {"fingerprint": cfg.fingerprint(), "version": __version__,
            "shards": [[s.index, s.label, *(s.span.to_list() if s.span else [])] for s in shards]}
    if not out.is_empty():
        old = out.read(_PLAN)
        if overwrite:
            for sub in ("kept", "dropped", "quarantine", ".shuddh", "stats.json", "timing.json", "config.yaml",
                        "report.html"):
                out.remove(sub)
            old = None
        elif old is None:
            raise OutputError(f"{out.for_tasks} is not empty and holds no shuddh run; choose another directory "
                              "or pass --overwrite")
        elif orjson.loads(old) != plan:
            raise OutputError(f"{out.for_tasks} holds a run with a different configuration or input; "
                              "pass --overwrite to start again, or choose another directory")
    else:
        old = None
    if out.remote is None:
        (out.local / ".shuddh").mkdir(parents=True, exist_ok=True)
    if old is None:
        out.write(_PLAN, orjson.dumps(plan))
    out.write(Path("config.yaml"), cfg.to_yaml().encode())
    out.remove_temp_files()


def _remove_temp_files(outdir: Path) -> None:
    # temp files of a killed run (or of a worker that died and whose task was retried) are garbage:
    # their shard-phases were never marked done, or were redone under another process id
    for tmp in outdir.rglob(".*.tmp-*"):
        tmp.unlink(missing_ok=True)


def run_pipeline(cfg: PipelineConfig, executor: Executor, *, overwrite: bool = False,
                 progress: Progress | None = None) -> RunResult:
    """Run ``cfg`` with ``executor``; resumes a previous run of the same config in the same directory."""
    with tempfile.TemporaryDirectory(prefix="shuddh-driver-") as scratch:
        return _run_pipeline(cfg, executor, _Out(cfg.output, Path(scratch)), overwrite, progress)


def _run_pipeline(cfg: PipelineConfig, executor: Executor, out: _Out, overwrite: bool,
                  progress: Progress | None) -> RunResult:
    t0 = time.perf_counter()
    rel = Path()  # state paths relative to the output directory
    shards, skipped = plan_shards(cfg.inputs, cfg.reader.split_bytes, cfg.reader.text_mode)
    _prepare_outdir(out, cfg, shards, overwrite)
    specs = tuple(cfg.stage_specs())
    fp = cfg.fingerprint()
    stages = build_stages(fp, specs)
    phases = phases_of(stages)
    # split_bytes is for planning (plan_shards above); a task reads whatever span its shard names
    read = ReadOptions(**cfg.reader.model_dump(exclude={"split_bytes"}))
    results: dict[tuple[int, str], dict[str, Any]] = {}
    reduce_stats: list[StageStats] = []
    resumed = 0

    for p, (_seg, closing) in enumerate(phases):
        todo: list[ShardTask] = []
        for s in shards:
            m = out.read(marker_path(rel, p, s))
            if m is not None:
                results[(p, s.name)] = orjson.loads(m)
                resumed += 1
                if progress is not None:
                    progress("shard", 1)
            else:
                todo.append(ShardTask(s, p, out.for_tasks, fp, specs, read, cfg.output_format, cfg.route_by_lang))
        for res in executor.map_unordered(todo, progress):
            results[(p, res["shard"])] = res
        # the global stages closing the phase reduce in order: one sharing the barrier with the stage
        # before it reads that stage's decisions
        for j, gi in enumerate(closing or ()):
            upstream = closing[j - 1] if closing and j else None
            reduce_stats.append(_reduce(out, rel, executor, stages, gi, upstream, shards, fp, specs))
    out.remove_temp_files()  # every task has finished: any temp file left belongs to a dead worker
    stats = _merge_stats(cfg, shards, skipped, phases, stages, results, reduce_stats)
    wall = time.perf_counter() - t0
    timing = _timing(results, wall, cfg.n_workers, resumed)
    # stats.json holds only what the input and config determine (byte-identical across runs and
    # executors); wall-clock numbers go to timing.json
    out.write(Path("stats.json"), orjson.dumps(stats, option=orjson.OPT_INDENT_2))
    out.write(Path("timing.json"), orjson.dumps(timing, option=orjson.OPT_INDENT_2))
    last = len(phases) - 1
    if all(out.exists(marker_path(rel, last, s)) for s in shards):
        out.remove(".shuddh/work")  # intermediate documents
    from shuddh.report import write_report

    report = write_report(out.local, stats, timing)
    if out.remote is not None:
        out.write(Path("report.html"), report.read_bytes())
    outdir = Path(cfg.output) if out.remote is None else Path(out.for_tasks)
    return RunResult(outdir=outdir, stats=stats, timing=timing, skipped_files=skipped, output=cfg.output)


def _reduce(out: _Out, rel: Path, executor: Executor, stages: list[Any], gi: int, upstream: int | None,
            shards: list[Shard], fp: str, specs: tuple[StageSpec, ...]) -> StageStats:
    """Run (or find done) the reduce of global stage ``gi``: its partitions in parallel, then finalize."""
    g = stages[gi]
    assert isinstance(g, GlobalStage)
    wd = workdir_of(rel, gi)
    # the work directory is deleted when a run completes; this copy of the reduce's statistics outlives
    # it, so rerunning a finished run finds the reduce done instead of redoing it without its inputs
    kept_marker = rel / ".shuddh" / "done" / f"reduced-stage{gi}.json"
    done = out.read(kept_marker) or out.read(wd / "reduced.json")
    if done is not None:
        return StageStats.from_dict(orjson.loads(done))
    names = tuple(s.name for s in shards)
    if is_partitioned(g):
        ptasks = [ReducePartitionTask(out.for_tasks, fp, specs, gi, names, k, upstream)
                  for k in range(g.reduce_partitions()) if not out.exists(partition_marker(wd, k))]
        # in parallel where the shard tasks run (run_shard_phase runs either kind of task); each
        # partition writes its own marker, which run_reduce merges in partition order
        for _ in executor.map_unordered(cast(list[ShardTask], ptasks), None):
            pass
    rtask = ReduceTask(out.for_tasks, fp, specs, gi, names, upstream)
    remote = getattr(executor, "run_reduce", None)  # optional part of the Executor protocol
    rstats = remote(rtask) if remote else run_reduce(rtask)
    out.write(kept_marker, orjson.dumps(rstats))
    return StageStats.from_dict(rstats)


def _merge_stats(cfg: PipelineConfig, shards: list[Shard], skipped: list[str], phases: list[Any],
                 stages: list[Any], results: dict[tuple[int, str], dict[str, Any]],
                 reduce_stats: list[StageStats]) -> dict[str, Any]:
    """Sum shard statistics in (phase, shard) order: deterministic whatever the finishing order."""
    order = {name: i for i, name in enumerate(stats_names(stages))}
    merged: dict[str, StageStats] = {}
    records = quarantined = kept = 0
    q_reasons: Counter[str] = Counter()
    skipped_records: Counter[str] = Counter()  # input records that are not documents (WARC requests …)
    files: dict[str, int] = {}
    for p in range(len(phases)):
        for s in shards:
            r = results[(p, s.name)]
            records += r["read"]["records"]
            quarantined += r["read"]["quarantined"]
            q_reasons.update(r["read"]["quarantined_by_reason"])
            skipped_records.update(r["read"].get("skipped_by_kind", {}))
            if r["final"]:
                kept += r["out"]
            for k, v in r["files"].items():
                if not k.startswith("."):
                    files[k] = v
            for sd in r["stages"]:
                st = StageStats.from_dict(sd)
                if st.name in merged:
                    merged[st.name].merge(st)
                else:
                    merged[st.name] = st
    for st in reduce_stats:
        merged[st.name] = st
    ordered = sorted(merged.values(), key=lambda st: (order.get(st.name.split(".")[0], 999), st.name))
    dropped: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    for st in ordered:
        dropped.update(st.dropped)
        lines.update(st.lines_removed)
    n_dropped = sum(dropped.values())
    return {
        "shuddh_version": __version__,
        "config_fingerprint": cfg.fingerprint(),
        "input": {"files": len({s.path for s in shards}), "records": records, "skipped_files": skipped,
                  "skipped_records": dict(sorted(skipped_records.items()))},
        "kept": kept,
        "dropped": n_dropped,
        "quarantined": quarantined,
        "accounted": records == kept + n_dropped + quarantined,
        "dropped_by_reason": dict(sorted(dropped.items())),
        "quarantined_by_reason": dict(sorted(q_reasons.items())),
        "lines_removed_by_reason": dict(sorted(lines.items())),
        "stages": [st.to_dict() for st in ordered],
        "files": dict(sorted(files.items())),
    }


def _timing(results: dict[tuple[int, str], dict[str, Any]], wall: float, workers: int,
            resumed: int) -> dict[str, Any]:
    per_stage: Counter[str] = Counter()
    cpu = 0.0
    for r in results.values():
        cpu += r["seconds"]
        for k, v in r["stage_seconds"].items():
            per_stage[k] += v
    records = sum(r["read"]["records"] for r in results.values())
    return {
        "wall_seconds": round(wall, 3),
        "worker_seconds": round(cpu, 3),
        "workers": workers,
        "records_per_second": round(records / wall, 1) if wall > 0 else None,
        "stage_seconds": {k: round(v, 3) for k, v in sorted(per_stage.items())},
        "shard_phases_resumed": resumed,
    }
