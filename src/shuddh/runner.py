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

One shard is one input file; ``part-NNNNN`` is its position in the sorted input list, so names do not
depend on the number of workers or the order shards finish in.
"""

from __future__ import annotations

import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import orjson

from shuddh import __version__
from shuddh.config import PipelineConfig
from shuddh.errors import InputError, OutputError
from shuddh.executors.shard import (
    Shard,
    ShardTask,
    build_stages,
    marker_path,
    phases_of,
    workdir_of,
)
from shuddh.io.readers import ReadOptions, detect_format
from shuddh.io.writers import atomic_write_bytes
from shuddh.stages.base import GlobalStage, ShardInfo, StageContext, StageStats
from shuddh.stages.registry import StageSpec

__all__ = ["Executor", "ReduceTask", "RunResult", "plan_shards", "run_pipeline", "run_reduce"]

Progress = Callable[[str, int], None]  # (event, amount): "docs" read, "shard" finished


class Executor(Protocol):
    """Runs shard tasks somewhere and yields their results as they finish (any order)."""

    def map_unordered(self, tasks: Sequence[ShardTask], progress: Progress | None) -> Iterator[dict[str, Any]]: ...

    # optional: ``run_reduce(task: ReduceTask) -> dict`` runs a global stage's reduce elsewhere (the Ray
    # executor runs it as a task); without it the reduce runs here, in the driver


@dataclass(frozen=True, slots=True)
class ReduceTask:
    """A global stage's reduce: picklable, so an executor can run it on another machine."""

    outdir: str
    fingerprint: str
    specs: tuple[StageSpec, ...]
    stage_index: int
    shard_names: tuple[str, ...]


def run_reduce(task: ReduceTask) -> dict[str, Any]:
    """Run one global stage's reduce over every shard's partials, write its done-marker last, return its
    statistics. Idempotent (decisions are written atomically), so a retried task is harmless."""
    stages = build_stages(task.fingerprint, task.specs)
    g = stages[task.stage_index]
    assert isinstance(g, GlobalStage)
    wd = workdir_of(Path(task.outdir), task.stage_index)
    st = StageStats(f"{g.name}.reduce")
    g.reduce(wd, list(task.shard_names), StageContext(st, ShardInfo(-1, "reduce", wd)))
    d = st.to_dict()
    atomic_write_bytes(wd / "reduced.json", orjson.dumps(d))
    return d


@dataclass
class RunResult:
    outdir: Path
    stats: dict[str, Any]
    timing: dict[str, Any]
    skipped_files: list[str] = field(default_factory=list)

    @property
    def had_bad_input(self) -> bool:
        return bool(self.stats["quarantined"])


def plan_shards(inputs: Sequence[str]) -> tuple[list[Shard], list[str]]:
    """Expand inputs (files, directories) to shards in a stable order; list unreadable file types."""
    files: list[tuple[str, str]] = []
    skipped: list[str] = []
    for raw in inputs:
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
    return [Shard(i, path, label) for i, (path, label) in enumerate(unique)], skipped


def _prepare_outdir(outdir: Path, cfg: PipelineConfig, shards: list[Shard], overwrite: bool) -> None:
    state = outdir / ".shuddh"
    plan = {"fingerprint": cfg.fingerprint(), "version": __version__,
            "shards": [[s.index, s.label] for s in shards]}
    plan_file = state / "plan.json"
    if outdir.exists() and any(outdir.iterdir()):
        if overwrite:
            for sub in ("kept", "dropped", "quarantine", ".shuddh"):
                shutil.rmtree(outdir / sub, ignore_errors=True)
            for f in ("stats.json", "timing.json", "config.yaml", "report.html"):
                (outdir / f).unlink(missing_ok=True)
        elif not plan_file.is_file():
            raise OutputError(f"{outdir} is not empty and holds no shuddh run; choose another directory "
                              "or pass --overwrite")
        else:
            old = orjson.loads(plan_file.read_bytes())
            if old != plan:
                raise OutputError(f"{outdir} holds a run with a different configuration or input; "
                                  "pass --overwrite to start again, or choose another directory")
    state.mkdir(parents=True, exist_ok=True)
    if not plan_file.is_file():
        atomic_write_bytes(plan_file, orjson.dumps(plan))
    atomic_write_bytes(outdir / "config.yaml", cfg.to_yaml().encode())
    _remove_temp_files(outdir)


def _remove_temp_files(outdir: Path) -> None:
    # temp files of a killed run (or of a worker that died and whose task was retried) are garbage:
    # their shard-phases were never marked done, or were redone under another process id
    for tmp in outdir.rglob(".*.tmp-*"):
        tmp.unlink(missing_ok=True)


def run_pipeline(cfg: PipelineConfig, executor: Executor, *, overwrite: bool = False,
                 progress: Progress | None = None) -> RunResult:
    """Run ``cfg`` with ``executor``; resumes a previous run of the same config in the same directory."""
    t0 = time.perf_counter()
    outdir = Path(cfg.output)
    shards, skipped = plan_shards(cfg.inputs)
    _prepare_outdir(outdir, cfg, shards, overwrite)
    specs = tuple(cfg.stage_specs())
    fp = cfg.fingerprint()
    stages = build_stages(fp, specs)
    phases = phases_of(stages)
    read = ReadOptions(**cfg.reader.model_dump())
    results: dict[tuple[int, str], dict[str, Any]] = {}
    reduce_stats: list[StageStats] = []
    resumed = 0

    for p, (_seg, closing) in enumerate(phases):
        todo: list[ShardTask] = []
        for s in shards:
            m = marker_path(outdir, p, s)
            if m.is_file():
                results[(p, s.name)] = orjson.loads(m.read_bytes())
                resumed += 1
                if progress is not None:
                    progress("shard", 1)
            else:
                todo.append(ShardTask(s, p, str(outdir), fp, specs, read, cfg.output_format, cfg.route_by_lang))
        for res in executor.map_unordered(todo, progress):
            results[(p, res["shard"])] = res
        if closing is not None:
            g = stages[closing]
            assert isinstance(g, GlobalStage)
            wd = workdir_of(outdir, closing)
            done = wd / "reduced.json"
            if done.is_file():
                reduce_stats.append(StageStats.from_dict(orjson.loads(done.read_bytes())))
            else:
                rtask = ReduceTask(str(outdir), fp, specs, closing, tuple(s.name for s in shards))
                remote = getattr(executor, "run_reduce", None)  # optional part of the Executor protocol
                reduce_stats.append(StageStats.from_dict(remote(rtask) if remote else run_reduce(rtask)))

    _remove_temp_files(outdir)  # every task has finished: any temp file left belongs to a dead worker
    stats = _merge_stats(cfg, shards, skipped, phases, stages, results, reduce_stats)
    wall = time.perf_counter() - t0
    timing = _timing(results, wall, cfg.n_workers, resumed)
    # stats.json holds only what the input and config determine (byte-identical across runs and
    # executors); wall-clock numbers go to timing.json
    atomic_write_bytes(outdir / "stats.json", orjson.dumps(stats, option=orjson.OPT_INDENT_2))
    atomic_write_bytes(outdir / "timing.json", orjson.dumps(timing, option=orjson.OPT_INDENT_2))
    if _all_done(outdir, shards, phases):
        shutil.rmtree(outdir / ".shuddh" / "work", ignore_errors=True)  # intermediate documents
    from shuddh.report import write_report

    write_report(outdir, stats, timing)
    return RunResult(outdir=outdir, stats=stats, timing=timing, skipped_files=skipped)


def _all_done(outdir: Path, shards: list[Shard], phases: list[Any]) -> bool:
    last = len(phases) - 1
    return all(marker_path(outdir, last, s).is_file() for s in shards)


def _merge_stats(cfg: PipelineConfig, shards: list[Shard], skipped: list[str], phases: list[Any],
                 stages: list[Any], results: dict[tuple[int, str], dict[str, Any]],
                 reduce_stats: list[StageStats]) -> dict[str, Any]:
    """Sum shard statistics in (phase, shard) order: deterministic whatever the finishing order."""
    order = {st.name: i for i, st in enumerate(stages)}
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
        "input": {"files": len(shards), "records": records, "skipped_files": skipped,
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
