"""The output directory and the task protocol: the one owner of every name in ``OUTDIR``.

The runner, the shard task (:mod:`shuddh.executors.shard`), the writers (temporary names), the remote
output directory (:class:`shuddh.io.writers.RemoteDir`: which uploads are done-markers) and the CLI all
take their paths from here, so a name changes in one place. Layout::

    OUTDIR/kept/part-NNNNN.<ext>              kept documents (kept/<lang>/part-NNNNN.<ext> with route_by_lang)
    OUTDIR/dropped/part-NNNNN[.phaseK].<ext>  dropped documents, each with "reason" and "stage"
    OUTDIR/quarantine/part-NNNNN[.phaseK].<ext>  unreadable input records, and documents a stage gave up on
    OUTDIR/removed/part-NNNNN.<ext>           the audit trail of lines removed from kept documents
    OUTDIR/stats.json · timing.json · config.yaml · report.html
    OUTDIR/.shuddh/plan.json                  fingerprint, shards, input file versions (what a resume must match)
    OUTDIR/.shuddh/lock                       the running driver's flock (pid, host, start time)
    OUTDIR/.shuddh/log.txt                    what the terminal showed, with debug details (appended per run)
    OUTDIR/.shuddh/done/p<P>-part-NNNNN.json  shard-phase done-marker: its ShardResult, written last
    OUTDIR/.shuddh/done/reduced-stage<G>.json a global stage's reduce statistics (outlives the work folder)
    OUTDIR/.shuddh/work/stage<G>/             global stage G's work folder (deleted when the run completes):
        part-NNNNN.docs.jsonl.zst             documents a phase hands to the next (written by the runner)
        reduce-KKKK.json                      done-marker of reduce partition K
        reduced.json                          done-marker of the reduce (its statistics)
        anything else                         the stage's own partials and decisions (see WorkFiles)

Every file is written under :func:`temp_path` and renamed into place; a name matching :data:`TEMP_GLOB`
is garbage of a dead task. ``NNNNN`` is the shard's position in the plan (file order, span order).

The task protocol: a shard task returns a :class:`ShardResult` (also its done-marker's content), a
reduce partition a :class:`PartitionResult`; a global stage declares in :class:`WorkFiles` which of its
work files only ``apply`` reads and which a later stage sharing its barrier reads, so that a task whose
output is remote downloads only what it needs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["LOG", "OUTPUTS", "PLAN", "STATE", "TEMP_GLOB", "Layout", "PartitionResult", "ReadCounts",
           "ShardResult", "WorkFiles", "is_marker", "is_temp", "part_files", "shard_name", "shard_of", "temp_key",
           "temp_path"]

#: the run's state folder (plan, markers, work files, lock, log)
STATE = ".shuddh"
PLAN = f"{STATE}/plan.json"
LOCK = f"{STATE}/lock"
LOG = f"{STATE}/log.txt"
DONE = f"{STATE}/done"
WORK = f"{STATE}/work"

#: what ``--overwrite`` removes (the lock file stays: the running driver holds it)
OUTPUTS = ("kept", "dropped", "quarantine", "removed", PLAN, DONE, WORK, LOG, "stats.json", "timing.json",
           "config.yaml", "report.html", "inspect.html")
#: state files that do not make a folder "a run" (a folder holding only these is empty for shuddh)
NOT_A_RUN = frozenset({"lock", "log.txt"})

#: a temporary file: ``.<name>.tmp-<pid>`` next to its final name
TEMP_GLOB = ".*.tmp-*"
_TEMP_MARK = ".tmp-"
#: the suffix of the documents one phase hands to the next, in a global stage's work folder
DOCS_SUFFIX = ".docs.jsonl.zst"


def shard_name(index: int) -> str:
    """``part-NNNNN``: a shard's name, from its position in the plan."""
    return f"part-{index:05d}"


def part_files(folder: Path) -> list[Path]:
    """The part files in an output folder (``kept/`` with its language sub-folders, ``removed/``, ...), in
    path order; a temporary file (``.part-....tmp-<pid>``) is not one. A missing folder has none."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("part-*") if p.is_file() and not p.name.startswith("."))


def shard_of(path: Path) -> str:
    """The shard a part file belongs to: ``kept/hi/part-00003.jsonl.gz`` and
    ``dropped/part-00003.phase1.jsonl.gz`` -> ``part-00003``."""
    return path.name.split(".", 1)[0]


def temp_path(path: Path, pid: int | None = None) -> Path:
    """The temporary name ``path`` is written under before it is renamed into place."""
    return path.with_name(f".{path.name}{_TEMP_MARK}{os.getpid() if pid is None else pid}")


def temp_key(key: str, pid: int | None = None) -> str:
    """:func:`temp_path` for a ``/``-separated object key."""
    parent, _, name = key.rpartition("/")
    tmp = f".{name}{_TEMP_MARK}{os.getpid() if pid is None else pid}"
    return f"{parent}/{tmp}" if parent else tmp


def is_temp(name: str) -> bool:
    """Whether a file name (no folder) is a temporary name."""
    return name.startswith(".") and _TEMP_MARK in name


def is_marker(rel: str) -> bool:
    """Whether ``rel`` (relative to OUTDIR) is a done-marker: a task writes (uploads) these after every
    other file, and only work with a marker counts."""
    name = rel.rsplit("/", 1)[-1]
    return rel.startswith(f"{DONE}/") or name == "reduced.json" or (
        name.startswith("reduce-") and name.endswith(".json"))


@dataclass(frozen=True, slots=True)
class Layout:
    """Every path of a run, under ``root`` (a local output folder, a scratch copy of a remote one, or
    ``Path()`` for paths relative to the output)."""

    root: Path

    # -- outputs -----------------------------------------------------------------------------------
    @property
    def kept_dir(self) -> Path:
        return self.root / "kept"

    @property
    def dropped_dir(self) -> Path:
        return self.root / "dropped"

    @property
    def quarantine_dir(self) -> Path:
        return self.root / "quarantine"

    @property
    def removed_dir(self) -> Path:
        return self.root / "removed"

    def kept(self, shard: str, ext: str, lang: str = "") -> Path:
        sub = self.kept_dir / lang if lang else self.kept_dir
        return sub / f"{shard}{ext}"

    def dropped(self, shard: str, phase: int, ext: str) -> Path:
        return self.dropped_dir / f"{shard}{_phase_suffix(phase)}{ext}"

    def quarantine(self, shard: str, phase: int, ext: str) -> Path:
        return self.quarantine_dir / f"{shard}{_phase_suffix(phase)}{ext}"

    def removed(self, shard: str, ext: str) -> Path:
        return self.removed_dir / f"{shard}{ext}"

    @property
    def stats(self) -> Path:
        return self.root / "stats.json"

    @property
    def timing(self) -> Path:
        return self.root / "timing.json"

    @property
    def config(self) -> Path:
        return self.root / "config.yaml"

    @property
    def report(self) -> Path:
        return self.root / "report.html"

    @property
    def inspect(self) -> Path:
        return self.root / "inspect.html"

    # -- state ---------------------------------------------------------------------------------------
    @property
    def state(self) -> Path:
        return self.root / STATE

    @property
    def plan(self) -> Path:
        return self.root / PLAN

    @property
    def lock(self) -> Path:
        return self.root / LOCK

    @property
    def log(self) -> Path:
        return self.root / LOG

    @property
    def work(self) -> Path:
        return self.root / WORK

    def done(self, phase: int, shard: str) -> Path:
        """The done-marker of phase ``phase`` of ``shard`` (its :class:`ShardResult`)."""
        return self.root / DONE / f"p{phase}-{shard}.json"

    def reduced(self, stage: int) -> Path:
        """The copy of global stage ``stage``'s reduce statistics that outlives its work folder."""
        return self.root / DONE / f"reduced-stage{stage}.json"

    def workdir(self, stage: int) -> Path:
        """The work folder of the global stage at position ``stage`` of the pipeline."""
        return self.root / WORK / f"stage{stage}"

    def documents(self, stage: int, shard: str) -> Path:
        """The documents of ``shard`` that reached global stage ``stage`` (read by the next phase)."""
        return self.workdir(stage) / f"{shard}{DOCS_SUFFIX}"

    def partition_done(self, stage: int, k: int) -> Path:
        return partition_marker(self.workdir(stage), k)

    def reduce_done(self, stage: int) -> Path:
        return self.workdir(stage) / "reduced.json"


def partition_marker(workdir: Path, k: int) -> Path:
    """The done-marker of reduce partition ``k`` in a global stage's work folder."""
    return workdir / f"reduce-{k:04d}.json"


def _phase_suffix(phase: int) -> str:
    return "" if phase == 0 else f".phase{phase}"


@dataclass(frozen=True, slots=True)
class WorkFiles:
    """What a global stage's work files are for, by name suffix (set as ``GlobalStage.work_files``).

    * ``for_apply``: per-shard files that only that shard's ``apply`` reads (its decisions); a reduce
      does not download them.
    * ``for_next``: per-shard files a *later* global stage sharing the barrier reads in its reduce
      (:meth:`shuddh.stages.base.GlobalStage.shares_barrier_with`), e.g. what this stage dropped.

    Files whose name starts with ``part-`` are per shard; other names (``repeated.uint64``) are global
    and read by every ``apply``; ``reduce*`` names are the reduce's own (edges, markers)."""

    for_apply: tuple[str, ...] = (".decisions.json",)
    for_next: tuple[str, ...] = ()

    def for_shard_apply(self, shard: str, name: str) -> bool:
        """Whether the ``apply`` of ``shard`` needs the work file ``name``."""
        return name.startswith(f"{shard}.") or not name.startswith(("part-", "reduce"))

    def for_reduce(self, name: str, partition: bool) -> bool:
        """Whether a reduce needs ``name``: partials of every shard (not the documents, not decisions); a
        partition reads only ``part-`` files, the finalize also the partitions' results."""
        if name.endswith((DOCS_SUFFIX, *self.for_apply)):
            return False
        return name.startswith("part-") or not partition

    def for_downstream(self, name: str) -> bool:
        """Whether a later stage sharing the barrier reads ``name`` of this stage's work folder."""
        return name.startswith("part-") and bool(self.for_next) and name.endswith(self.for_next)


@dataclass(slots=True)
class ReadCounts:
    """What phase 0 of a shard read: records (documents and quarantine records), quarantine records by
    reason, records skipped by kind (WARC requests …) and each input file's own count
    (:class:`shuddh.io.readers.FileCount` as a dict)."""

    records: int = 0
    quarantined: int = 0
    quarantined_by_reason: dict[str, int] = field(default_factory=dict)
    skipped_by_kind: dict[str, int] = field(default_factory=dict)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(slots=True)
class ShardResult:
    """The result of one phase over one shard: what a task returns and its done-marker holds."""

    shard: str
    phase: int
    final: bool  # the last phase (documents went to kept/)
    read: ReadCounts
    stage_quarantined: dict[str, int]  # documents a stage gave up on (stage.timeout), by reason
    stages: list[dict[str, Any]]  # StageStats.to_dict() of every stage (part) that ran
    stage_seconds: dict[str, float]
    out: int  # documents written on: to kept/ (last phase) or to the next phase
    files: dict[str, int]  # output files written (relative to OUTDIR) and their record counts
    seconds: float
    input_bytes: int = 0  # phase 0: the shard's share of its input file's bytes (for progress)
    #: shuddh.volumes.Volumes.to_dict() of the task: volumes, languages, signal histograms, examples
    volumes: dict[str, Any] = field(default_factory=dict)
    docs: int = 0  # records read (phase 0) or documents read back from the phase before (progress)

    def to_dict(self) -> dict[str, Any]:
        return {"shard": self.shard, "phase": self.phase, "final": self.final,
                "read": {"records": self.read.records, "quarantined": self.read.quarantined,
                         "quarantined_by_reason": self.read.quarantined_by_reason,
                         "skipped_by_kind": self.read.skipped_by_kind, "files": self.read.files},
                "stage_quarantined": self.stage_quarantined, "stages": self.stages,
                "stage_seconds": self.stage_seconds, "out": self.out, "files": self.files,
                "seconds": self.seconds, "input_bytes": self.input_bytes, "docs": self.docs,
                "volumes": self.volumes}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ShardResult:
        r = d["read"]
        return cls(shard=d["shard"], phase=d["phase"], final=d["final"],
                   read=ReadCounts(r["records"], r["quarantined"], dict(r["quarantined_by_reason"]),
                                   dict(r.get("skipped_by_kind", {})), dict(r.get("files", {}))),
                   stage_quarantined=dict(d.get("stage_quarantined", {})), stages=list(d["stages"]),
                   stage_seconds=dict(d["stage_seconds"]), out=d["out"], files=dict(d["files"]),
                   seconds=d["seconds"], input_bytes=d.get("input_bytes", 0), docs=d.get("docs", 0),
                   volumes=dict(d.get("volumes", {})))


@dataclass(slots=True)
class PartitionResult:
    """The result of one reduce partition of a global stage: its statistics (StageStats.to_dict())."""

    stage: int
    k: int
    stats: dict[str, Any]
