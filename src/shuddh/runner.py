"""Runs a configured pipeline over its inputs with an executor: planning, resume, barriers, statistics.

The output layout and the task protocol (done-markers, work folders, temporary names, the typed shard
result) are :mod:`shuddh.layout`'s. ``stats.json`` holds the funnel (counts per stage and reason, adding
up); ``timing.json`` the wall-clock numbers (the only output that varies between runs); ``config.yaml``
the resolved, runnable configuration; ``.shuddh/log.txt`` what the run reported.

``OUTDIR`` (and any input) may be an fsspec URL (``s3://``, ``gs://``, ``file://``, ``memory://``): the same
layout is kept under it, and tasks work in a local scratch directory, uploading each file under a
temporary key, moving it into place, and uploading done-markers last (see
:class:`shuddh.io.writers.RemoteDir`).

One shard is one input file, or one span of a large local JSONL/Parquet file (``reader.split_bytes``);
``part-NNNNN`` is its position in the sorted list of (file, span), so names do not depend on the number
of workers or the order shards finish in.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import gc
import logging
import os
import shutil
import socket
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Protocol, cast

import orjson

from shuddh import __version__
from shuddh.config import PipelineConfig, config_difference
from shuddh.errors import ConfigError, InputError, OutputError, StageError
from shuddh.executors.shard import (
    ReducePartitionTask,
    Shard,
    ShardFile,
    ShardTask,
    build_stages,
    is_partitioned,
    phases_of,
    reduce_info,
    run_reduce_partition,
    run_remote,
    stage_files,
    stats_names,
    upstream_files,
    work_files,
)
from shuddh.io.readers import (
    FileCount,
    ReadOptions,
    Span,
    check_text_field,
    detect_format,
    is_url,
    open_binary,
    plan_spans,
)
from shuddh.io.writers import RemoteDir, atomic_write_bytes
from shuddh.layout import (
    LOCK,
    NOT_A_RUN,
    OUTPUTS,
    PLAN,
    STATE,
    TEMP_GLOB,
    Layout,
    PartitionResult,
    ReadCounts,
    ShardResult,
)
from shuddh.stages.base import GlobalStage, StageContext, StageStats
from shuddh.stages.registry import StageSpec
from shuddh.volumes import Volumes

__all__ = ["Executor", "ReducePartitionTask", "ReduceTask", "RunPlan", "RunProgress", "RunResult", "group_limit",
           "input_files", "input_notices", "phase_labels", "plan_shards", "run_pipeline", "run_reduce",
           "run_reduce_partition"]

#: a task's progress events, (event, amount): "docs" read or processed, "bytes" of input read, "shard" (a
#: task) finished
TaskProgress = Callable[[str, int], None]

log = logging.getLogger("shuddh.run")


@dataclass(frozen=True, slots=True)
class RunPlan:
    """What a run is about to do (given to :meth:`RunProgress.planned` before any task starts)."""

    files: int  # input files
    shards: int  # parts of files (a file, or a span of a big one); each phase runs once per part
    phases: tuple[str, ...]  # a label per phase (see phase_labels)
    total_bytes: int | None  # the input's bytes (None: a URL input gave no size)
    done: int  # tasks (part-phases) finished by an earlier run: resuming when > 0
    limit: int | None  # --limit: the first N records of each file


class RunProgress:
    """What a run reports while it goes: override the methods you show (each does nothing here).

    ``step`` starts each phase (``total`` parts, ``done`` of them finished before) and each global stage's
    reduce (``total`` partitions); ``advance`` reports ("docs", n) documents read or processed, ("bytes",
    n) input bytes read and ("shard", 1) per finished task of the current step. A plain callable
    ``(event, amount)`` can be given instead: it receives the ``advance`` events."""

    def planned(self, plan: RunPlan) -> None:
        """Called once, after planning, before anything is written."""

    def step(self, label: str, total: int, done: int, unit: str) -> None:
        """A phase or a reduce begins."""

    def advance(self, event: str, amount: int) -> None:
        """Work done in the current step."""


Progress = TaskProgress | RunProgress


class _CallableProgress(RunProgress):
    def __init__(self, fn: TaskProgress) -> None:
        self.fn = fn

    def advance(self, event: str, amount: int) -> None:
        self.fn(event, amount)


class Executor(Protocol):
    """Runs shard tasks somewhere and yields their results as they finish (any order)."""

    def map_unordered(self, tasks: Sequence[ShardTask | ReducePartitionTask],
                      progress: TaskProgress | None) -> Iterator[ShardResult | PartitionResult]: ...

    # ``map_unordered`` also runs a global stage's reduce partitions (ReducePartitionTask; both executors
    # hand every task to ``run_shard_phase``, which runs either kind; their progress is ("shard", 1) each).
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
    stages = build_stages(task.fingerprint, task.specs)
    if is_url(task.outdir):
        # finalize reads every shard's partials except the documents and decisions, and the partitions'
        # outputs (what the stage declares, see layout.WorkFiles)
        wf = work_files(stages[task.stage_index])
        return cast(dict[str, Any], run_remote(task, run_reduce, lambda remote: stage_files(
            remote, task.stage_index, lambda n: wf.for_reduce(n, partition=False))
            + upstream_files(remote, stages, task.upstream)))
    g = stages[task.stage_index]
    assert isinstance(g, GlobalStage)
    lay = Layout(Path(task.outdir))
    wd = lay.workdir(task.stage_index)
    st = StageStats(f"{stats_names(stages)[task.stage_index]}.reduce")
    if is_partitioned(g):
        for k in range(g.reduce_partitions()):
            m = lay.partition_done(task.stage_index, k)
            if not m.is_file():
                raise StageError(f"reduce partition {k} of {g.name} has not finished ({m} is missing)")
            st.merge(StageStats.from_dict(orjson.loads(m.read_bytes())))
    g.finalize(wd, list(task.shard_names),
               StageContext(st, reduce_info(Path(task.outdir), task.stage_index, task.upstream)))
    d = st.to_dict()
    atomic_write_bytes(lay.reduce_done(task.stage_index), orjson.dumps(d))
    return d


@dataclass
class RunResult:
    outdir: Path
    stats: dict[str, Any]
    timing: dict[str, Any]
    skipped_files: list[str] = field(default_factory=list)
    output: str = ""  # the output as the user gave it (a path or a URL such as s3://bucket/run)
    notices: list[str] = field(default_factory=list)  # said at plan time (.json read as JSONL, …)
    resumed: int = 0  # tasks (part-phases) an earlier run had finished

    @property
    def had_bad_input(self) -> bool:
        return bool(self.stats["quarantined"])


def plan_shards(inputs: Sequence[str], split_bytes: int = 0, text_mode: str = "file",
                exclude: Sequence[str] = (), group_bytes: int = 0) -> tuple[list[Shard], list[str]]:
    """Expand inputs (files, directories, URLs of files or prefixes) to shards in a stable order (file
    order, then span order: a local JSONL/Parquet file, or a text file read in ``blank-lines`` mode,
    bigger than ``split_bytes`` is several shards, see :func:`shuddh.io.readers.plan_spans`). Consecutive
    files smaller than ``group_bytes`` are read as one shard of at most ``group_bytes`` and
    :data:`GROUP_FILES` files (see :func:`group_limit`; 0: a shard per file).

    Directories are walked following symbolic links; names starting with ``.`` are not inputs. A file
    reached twice (two spellings of one path, a symlink to a file also listed) is read once, under the
    label of its first spelling in ``inputs``. ``exclude``: directories never read (the run's own output
    directory, when it lies inside an input folder). The second value lists what was not read, each as
    ``path (reason)``: files of unknown type, unreadable directories, dangling symlinks, symlink loops.
    """
    files: list[tuple[str, str]] = []
    skipped: list[str] = []
    excluded = {_real(x) for x in exclude if not is_url(x)}
    url_excluded = [x.rstrip("/") for x in exclude if is_url(x)]
    for raw in inputs:
        if is_url(raw):
            files.extend(_plan_url(raw, skipped, url_excluded))
            continue
        p = Path(raw)
        if p.is_dir():
            _walk(p, files, skipped, excluded)
        elif p.is_file():
            if detect_format(p) is None:
                raise InputError(f"{raw}: unknown input format; give .jsonl[.gz|.zst], .parquet, .txt, .html or "
                                 ".warc[.gz]")
            files.append((str(p), p.as_posix()))
        elif p.is_symlink():
            raise InputError(f"input {raw} is a {_broken_link(p)}")
        else:
            raise InputError(f"input {raw} does not exist")
    # one file, one shard: dedupe on the real path (a URL is its own key); the spelling given first wins
    by_key: dict[str, tuple[str, str]] = {}
    for path, label in files:
        by_key.setdefault(path if is_url(path) else _real(path), (path, label))
    unique = sorted(by_key.values(), key=lambda f: f[1])
    if not unique:
        raise InputError(f"no readable input files in {', '.join(inputs)}"
                         + (f" (skipped: {', '.join(skipped[:5])})" if skipped else ""))
    none: list[Span | None] = [None]  # a file read whole
    parts = [(path, label, span, share) for path, label in unique
             for span, share in _shares(path, list(plan_spans(path, split_bytes, text_mode) or none))]
    return _grouped(parts, group_bytes), skipped


#: small files are read together, as one shard of at most this many bytes (``reader.split_bytes`` if it is
#: smaller; 0 never groups) and :data:`GROUP_FILES` files. Each shard costs a phase task per phase, its
#: output and work files and a done-marker per phase (measured: ~20 ms of CPU per shard-phase before
#: grouping; one .html page per shard cost 50 ms a page end to end against 32 ms from one WARC), while a
#: shard of 32 MiB is still seconds of work, so a folder of pages keeps both workers busy
GROUP_BYTES = 32 * 1024**2
GROUP_FILES = 1000


def group_limit(split_bytes: int) -> int:
    """The most bytes of small files :func:`plan_shards` groups into one shard for a ``split_bytes``."""
    return min(GROUP_BYTES, split_bytes)


def _grouped(parts: list[tuple[str, str, Span | None, int]], group_bytes: int) -> list[Shard]:
    """Shards of the planned parts: consecutive whole files of known size under ``group_bytes`` are packed
    into one shard while it stays within ``group_bytes`` and :data:`GROUP_FILES` (in input order, so the
    same input and limit always give the same shards); a file's span, a bigger file or one of unknown size
    is a shard of its own. The sizes are in ``plan.json`` (``files``), so a resume sees the same groups."""
    shards: list[Shard] = []
    run: list[ShardFile] = []
    total = 0

    def close() -> None:
        nonlocal total
        if len(run) == 1:
            shards.append(Shard(len(shards), run[0].path, run[0].label, None, run[0].nbytes))
        elif run:
            shards.append(Shard(len(shards), run[0].path, run[0].label, None, total, tuple(run)))
        run.clear()
        total = 0

    for path, label, span, share in parts:
        # a whole file's share is its size (0: unknown for a URL; a local file that cannot be stat'ed is
        # grouped too, its reader quarantines it)
        size = share if span is None else group_bytes
        if size >= group_bytes or (size == 0 and is_url(path)):
            close()
            shards.append(Shard(len(shards), path, label, span, share))
            continue
        if len(run) >= GROUP_FILES or total + size > group_bytes:
            close()
        run.append(ShardFile(path, label, size))
        total += size
    close()
    return shards


def _shares(path: str, spans: list[Span | None]) -> list[tuple[Span | None, int]]:
    """Each span of ``path`` with its share of the file's bytes (progress only): a plain file's span its
    byte range; otherwise the file's size divided evenly (the spans of compressed and Parquet files are
    not in file bytes). 0 when the size is unknown."""
    size = _size_of(path)
    if size is None:
        return [(s, 0) for s in spans]
    if len(spans) == 1:
        return [(spans[0], size)]
    plain = not path.lower().endswith((".gz", ".zst", ".zstd", ".parquet", ".pq"))
    if plain:
        return [(s, (s.end if s.end >= 0 else size) - s.start if s else size) for s in spans]
    each = size // len(spans)
    return [(s, each + (size - each * len(spans) if i == len(spans) - 1 else 0)) for i, s in enumerate(spans)]


def _size_of(path: str) -> int | None:
    if is_url(path):
        size = _URL_INFO.get(path, {}).get("size")
        return size if isinstance(size, int) else None
    try:
        return Path(path).stat().st_size
    except OSError:
        return None


def _real(path: str | Path) -> str:
    return os.path.realpath(path)


def _broken_link(p: Path) -> str:
    """Why the symlink ``p`` leads to no file: a loop or a missing target."""
    try:
        p.stat()
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symlink loop"
        return "dangling symlink"
    return "symlink to neither a file nor a directory"


def _walk(root: Path, files: list[tuple[str, str]], skipped: list[str], excluded: set[str]) -> None:
    """Every input file below ``root`` (sorted, following directory symlinks, never twice into one real
    directory on one path: a link back to an ancestor is a loop), as (path, label) pairs."""

    def visit(d: Path, ancestors: frozenset[str]) -> None:
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:
            skipped.append(f"{d.as_posix()} (unreadable directory: {err.strerror or err})")
            return
        for ent in entries:
            if ent.name.startswith("."):
                continue
            p = d / ent.name
            try:
                is_dir, is_file = ent.is_dir(), ent.is_file()  # both follow symlinks
            except OSError:
                is_dir = is_file = False
            if is_dir:
                real = _real(p)
                if real in excluded:
                    continue
                if real in ancestors:
                    skipped.append(f"{p.as_posix()} (symlink loop)")
                    continue
                visit(p, ancestors | {real})
            elif is_file:
                if detect_format(p) is None:
                    skipped.append(f"{p.as_posix()} (unknown type)")
                else:
                    files.append((str(p), p.as_posix()))
            elif ent.is_symlink():
                skipped.append(f"{p.as_posix()} ({_broken_link(p)})")
            # sockets, FIFOs, devices: not files anyone means as input

    real_root = _real(root)
    if real_root not in excluded:
        visit(root, frozenset({real_root}))


def _plan_url(url: str, skipped: list[str], excluded: Sequence[str] = ()) -> list[tuple[str, str]]:
    """Input files under a URL (a file, or every file below a prefix), as (url, label) pairs; the label
    is the URL itself, so document ids are stable wherever the run happens. Files under an ``excluded``
    URL prefix (the run's own output) are not inputs."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    if fs.isdir(root):
        out: list[tuple[str, str]] = []
        base = root.rstrip("/")
        found = fs.find(root, detail=True)
        for f in sorted(found):
            rel = f[len(base):].lstrip("/")
            if any(part.startswith(".") for part in rel.split("/")):
                continue
            full = f"{url.rstrip('/')}/{rel}"  # the URL as the user spelled it (labels and ids depend on it)
            if any(full == x or full.startswith(x + "/") for x in excluded):
                continue
            if detect_format(full) is None:
                skipped.append(f"{full} (unknown type)")
            else:
                out.append((full, full))
                _URL_INFO[full] = found[f]  # for file_versions: no second request per file
        return out
    if fs.isfile(root):
        if detect_format(url) is None:
            raise InputError(f"{url}: unknown input format; give .jsonl[.gz|.zst], .parquet, .txt, .html or "
                             ".warc[.gz]")
        _URL_INFO[url] = fs.info(root)  # its size (progress) and version (plan): one request for both
        return [(url, url)]
    raise InputError(f"input {url} does not exist")


class _Out:
    """The driver's view of the output directory: a local path, or a URL (fsspec) whose state files the
    driver reads and writes remotely, with a local scratch directory for files it renders first."""

    def __init__(self, output: str, scratch: Path | None) -> None:
        self.remote = RemoteDir(output) if is_url(output) else None
        if self.remote is None:
            self.local = Path(output)
        elif scratch is None:
            raise ValueError("a remote output needs a local scratch directory")
        else:
            self.local = scratch
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

    def done_markers(self) -> set[str]:
        """Names of the done-markers present (one listing, not a request per marker)."""
        done = Layout(Path()).done(0, "x").parent
        if self.remote is not None:
            return {rel.rsplit("/", 1)[-1] for rel in self.remote.files(done.as_posix())}
        d = self.local / done
        return {p.name for p in d.iterdir()} if d.is_dir() else set()


_PLAN = Path(PLAN)
_LOCK = Path(LOCK)


def check_output(output: str, inputs: Sequence[str]) -> None:
    """Refuse an output that is a file, equals an input or contains one (``--overwrite`` would delete the
    input, and the run would read its own output); an output *inside* an input folder is fine (the
    planner leaves it out of the input). Touches nothing."""
    if is_url(output):
        o = output.rstrip("/")
        for raw in inputs:
            if is_url(raw) and (o == raw.rstrip("/") or raw.startswith(o + "/")):
                raise OutputError(f"the output {output} {'is' if o == raw.rstrip('/') else 'contains'} the input "
                                  f"{raw}; choose an output directory outside the input")
        return
    p = Path(output)
    if p.exists() and not p.is_dir():
        raise OutputError(f"the output {output} is an existing file, not a directory; choose a directory")
    real = _real(p)
    for raw in inputs:
        if is_url(raw):
            continue
        r = _real(raw)
        if r == real or r.startswith(real.rstrip(os.sep) + os.sep):
            raise OutputError(f"the output {output} {'is' if r == real else 'contains'} the input {raw}; choose "
                              "an output directory outside the input (one inside an input folder is fine: it is "
                              "not read as input)")


#: what a listing under a URL prefix said about each file (size, ETag …), by URL, for file_versions
_URL_INFO: dict[str, dict[str, Any]] = {}


def file_versions(shards: Sequence[Shard]) -> list[list[Any]]:
    """``[label, size, version]`` of every input file (in shard order, once per file): a local file's
    modification time in ns; for a URL the store's ETag, else its modification time, when it gives one.
    Stored in the plan so that a resume over changed input is refused instead of silently reading a
    different file."""
    out: list[list[Any]] = []
    seen: set[str] = set()
    for s in input_files(shards):
        if s.label in seen:
            continue
        seen.add(s.label)
        if is_url(s.path):
            info = _URL_INFO.get(s.path)
            if info is None:
                import fsspec

                fs, root = fsspec.core.url_to_fs(s.path)
                info = fs.info(root)
            tag = next((info[k] for k in ("ETag", "etag", "md5Hash", "mtime", "LastModified", "last_modified",
                                          "updated", "created") if info.get(k) is not None), None)
            out.append([s.label, info.get("size"), None if tag is None else str(tag)])
        else:
            try:
                st = Path(s.path).stat()
            except FileNotFoundError:
                raise InputError(f"input {s.path} vanished while the run was being planned (moved or deleted "
                                 "after the input folder was listed); run again once the input is stable") from None
            out.append([s.label, st.st_size, st.st_mtime_ns])
    return out


def input_files(shards: Sequence[Shard]) -> list[ShardFile]:
    """Every input file the shards read, in shard order (a file split into spans once per span)."""
    return [f for s in shards for f in s.files()]


def _plan_difference(old: dict[str, Any], new: dict[str, Any]) -> str:
    """What differs between a stored plan and this run's, in words."""
    if old.get("version") != new["version"]:
        return f"a run of shuddh {old.get('version')} (this is {new['version']})"
    if old.get("limit") != new.get("limit"):
        return f"{_trial(old)}; this is {_trial(new)}"
    if old.get("fingerprint") != new["fingerprint"]:
        if "config" not in old:
            return "a run with a different configuration"
        diff = config_difference(old["config"], new["config"]) or ["the PII salt"]
        more = f" and {len(diff) - 8} more" if len(diff) > 8 else ""
        return f"a run with a different configuration ({'; '.join(diff[:8])}{more})"
    if "files" not in old:
        return "a run planned by an older shuddh (it recorded no input sizes and times)"
    if old["files"] != new["files"]:
        before = {f[0]: f[1:] for f in old["files"]}
        now = {f[0]: f[1:] for f in new["files"]}
        what = [f"{k} (changed: size {before[k][0]} -> {now[k][0]} bytes)" if before[k][0] != now[k][0]
                else f"{k} (changed: modified since)" for k in before if k in now and before[k] != now[k]]
        what += [f"{k} (gone)" for k in before if k not in now]
        what += [f"{k} (new)" for k in now if k not in before]
        more = f" and {len(what) - 5} more" if len(what) > 5 else ""
        return f"a run whose input has changed since it started: {', '.join(what[:5])}{more}"
    return "a run with different input files"


def _trial(plan: dict[str, Any]) -> str:
    n = plan.get("limit")
    return "a full run" if n is None else f"a trial run of the first {n} records of each file (--limit {n})"


class _DirLock:
    """An exclusive ``flock`` on ``OUTDIR/.shuddh/lock`` held for the whole run, so two runs never write
    into one directory. The file holds the holder's pid, host and start time for the refusal message.
    The kernel releases it when the process dies, however it dies. Not taken for fsspec URLs (object
    stores have no locks): there, one run per output directory is the user's to ensure."""

    def __init__(self, outdir: Path) -> None:
        self.path = outdir / _LOCK
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not on POSIX: no lock
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 4096).decode("utf-8", "replace").strip() or "another process"
            os.close(fd)
            raise OutputError(f"{self.path.parent.parent} is in use by another shuddh run ({holder}); wait for "
                              "it to finish or stop it, or choose another directory") from None
        except BaseException:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        os.write(fd, f"pid {os.getpid()} on {socket.gethostname()}, started {started}\n".encode())
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the descriptor drops the flock
            self.fd = None


def _holds_run_or_nothing(outdir: Path) -> bool | None:
    """For a local output directory: None if it holds nothing (a lock file alone counts as nothing),
    True if it holds a shuddh plan, False if it holds anything else."""
    if not outdir.exists():
        return None
    if (outdir / _PLAN).is_file():
        return True
    for e in outdir.iterdir():
        if e.name != STATE or any(x.name not in NOT_A_RUN for x in e.iterdir()):
            return False
    return None


def _plan_of(cfg: PipelineConfig, shards: list[Shard], limit: int | None) -> dict[str, Any]:
    """The run's ``plan.json``: what a resume must match."""
    # the resolved config (paths absolute, every stage parameter) lets a refusal name the keys that differ
    plan: dict[str, Any] = {
        "fingerprint": run_fingerprint(cfg, limit), "version": __version__, "config": cfg.fingerprinted(),
        # a shard: [index, label, *span], or [index, [label, ...]] for a group of small files
        "shards": [[s.index, [f.label for f in s.group]] if s.group else
                   [s.index, s.label, *(s.span.to_list() if s.span else [])] for s in shards],
        "files": file_versions(shards)}
    if limit is not None:
        plan["limit"] = limit
    return plan


def _refuse_other_run(out: _Out, plan: dict[str, Any], overwrite: bool) -> None:
    """Read only: refuse an output holding a run this one cannot resume (before the input is probed, so
    that the refusal names what differs)."""
    if overwrite:
        return
    old = out.read(_PLAN)
    if old is not None and _same_run(stored := orjson.loads(old)) != _same_run(plan):
        raise OutputError(f"{out.for_tasks} holds {_plan_difference(stored, plan)}; "
                          "pass --overwrite (Python: overwrite=True) to start again, or choose another directory")


def _prepare_outdir(out: _Out, cfg: PipelineConfig, shards: list[Shard], overwrite: bool,
                    lock: _DirLock | None, plan: dict[str, Any]) -> None:
    """Check the output directory, then (under the lock) create it, or find a resumable run in it."""
    refuse_foreign = (f"{out.for_tasks} is not empty and holds no shuddh run; choose another directory "
                      "or pass --overwrite (Python: overwrite=True)")
    if out.remote is None:
        # before touching anything: a foreign directory, or one we cannot write into, is refused untouched
        if not overwrite and _holds_run_or_nothing(out.local) is False:
            raise OutputError(refuse_foreign)
        try:
            out.local.mkdir(parents=True, exist_ok=True)
            if lock is not None:
                lock.acquire()
            (out.local / ".shuddh").mkdir(exist_ok=True)
        except OSError as e:
            raise OutputError(f"cannot write into the output directory {out.for_tasks}: "
                              f"{e.strerror or e}") from None
        empty = _holds_run_or_nothing(out.local) is None
    else:
        empty = out.is_empty()
    old = None if empty else out.read(_PLAN)
    if not empty:
        if overwrite:
            for sub in OUTPUTS:
                out.remove(sub)
            if out.remote is not None:
                out.remove(".shuddh")
            old = None
        elif old is None:
            raise OutputError(refuse_foreign)
        elif _same_run(stored := orjson.loads(old)) != _same_run(plan):
            raise OutputError(f"{out.for_tasks} holds {_plan_difference(stored, plan)}; "
                              "pass --overwrite (Python: overwrite=True) to start again, or choose another directory")
    if old is None:
        out.write(_PLAN, orjson.dumps(plan))
    out.write(Path("config.yaml"), cfg.to_yaml().encode())
    out.remove_temp_files()


def _same_run(plan: dict[str, Any]) -> dict[str, Any]:
    """What must match to resume: all of a plan but the resolved config stored for messages (its
    fingerprint covers it; plans of older shuddh versions have none)."""
    return {k: v for k, v in plan.items() if k != "config"}


def _remove_temp_files(outdir: Path) -> None:
    # temp files of a killed run (or of a worker that died and whose task was retried) are garbage:
    # their shard-phases were never marked done, or were redone under another process id
    for tmp in outdir.rglob(TEMP_GLOB):
        tmp.unlink(missing_ok=True)


def run_fingerprint(cfg: PipelineConfig, limit: int | None = None) -> str:
    """The configuration's fingerprint, marked when the run is a trial (``limit``): a trial never resumes
    into a full run, nor a full run into a trial."""
    fp = cfg.fingerprint()
    return fp if limit is None else f"{fp}-limit{limit}"


def phase_labels(specs: Sequence[StageSpec], phases: list[tuple[list[int], tuple[int, ...] | None]]) -> list[str]:
    """A short label per phase, ``phase K/N: FROM → TO``: it starts by reading the input (``read``) or by
    applying the decisions of the global stages that closed the phase before, runs its stages, and ends
    in the next global stages' collect or in writing the output (``write``)."""
    out = []
    n = len(phases)
    for k, (_seg, closing) in enumerate(phases):
        start = "read" if k == 0 else "+".join(specs[g].name for g in phases[k - 1][1] or ())
        end = "+".join(specs[g].name for g in closing) if closing else "write"
        out.append(f"phase {k + 1}/{n}: {start} → {end}")
    return out


#: a ``.txt`` file read as one document (``text_mode: file``) with at least this many blank-line-separated
#: blocks in its first :data:`_HINT_BYTES` gets the hint to use ``--text-mode blank-lines``: a long
#: article has ~5-25 paragraphs, a corpus dump thousands of documents
TEXT_BLOCKS_HINT = 30
_HINT_BYTES = 1 << 20
#: at most this many .txt files are looked at for that hint (planning stays fast on big folders)
_HINT_FILES = 50
#: at most this many URL inputs are probed for a missing text field (one request each); local files: all
_PROBE_URLS = 16


def input_notices(shards: Sequence[Shard], text_mode: str = "file") -> list[str]:
    """What the user should know about how the input is read, said once at plan time: ``.json`` files
    are read as JSON Lines; a ``.txt`` file read as one document that looks like many (blank-line
    blocks) could be read with ``--text-mode blank-lines``."""
    notes = []
    files = input_files(shards)
    labels = sorted({s.label for s in files})
    json_files = [x for x in labels if _suffix(x) == ".json"]
    if json_files:
        more = f" and {len(json_files) - 3} more" if len(json_files) > 3 else ""
        notes.append(f"{len(json_files)} .json file(s) read as JSON Lines (one object per line): "
                     f"{', '.join(json_files[:3])}{more}; a file holding one JSON array or pretty-printed object "
                     "would be quarantined line by line")
    if text_mode == "file":
        many = []
        paths = {s.label: s.path for s in files}
        txt = [x for x in labels if detect_format(x) == "text" and not is_url(paths[x])][:_HINT_FILES]
        for label in txt:
            blocks = _text_blocks(paths[label])
            if blocks >= TEXT_BLOCKS_HINT:
                many.append(f"{label} ({blocks:,}{'+' if blocks >= _HINT_BLOCKS_CAP else ''} blocks)")
        if many:
            more = f" and {len(many) - 3} more" if len(many) > 3 else ""
            notes.append(f"{len(many)} .txt file(s) read as ONE document each hold many blank-line-separated "
                         f"blocks: {', '.join(many[:3])}{more}; if each block is a document, use "
                         "--text-mode blank-lines (reader.text_mode)")
    return notes


_HINT_BLOCKS_CAP = 10_000


def _suffix(name: str) -> str:
    """The format suffix of a file name (``.json`` of ``a.json.gz``)."""
    sx = [x.lower() for x in PurePosixPath(name).suffixes]
    if sx and sx[-1] in (".gz", ".zst", ".zstd"):
        sx = sx[:-1]
    return sx[-1] if sx else ""


def _text_blocks(path: str) -> int:
    """Blank-line-separated blocks in the first :data:`_HINT_BYTES` of a text file (0 if unreadable)."""
    try:
        with open_binary(path) as fh:
            head = fh.read(_HINT_BYTES)
    except (OSError, EOFError, ValueError):
        return 0
    blocks = 0
    in_block = False
    for line in head.splitlines():
        if line.strip():
            if not in_block:
                blocks += 1
                in_block = True
        else:
            in_block = False
    return min(blocks, _HINT_BLOCKS_CAP)


def check_text_fields(shards: Sequence[Shard], read: ReadOptions) -> None:
    """Stop before any work when a JSONL or Parquet file's first records all lack the text field (a wrong
    ``--text-field`` would quarantine every record): every local file, the first URL files."""
    seen: set[str] = set()
    urls = 0
    for s in input_files(shards):
        if s.label in seen or detect_format(s.path) not in ("jsonl", "parquet") or read.html_field:
            continue
        seen.add(s.label)
        if is_url(s.path):
            urls += 1
            if urls > _PROBE_URLS:
                continue
        problem = check_text_field(s.path, read)
        if problem is not None:
            raise InputError(problem.replace(s.path, s.label, 1))


class _RunLog:
    """The run's log, ``.shuddh/log.txt``: what the terminal showed plus debug details, appended per run.
    Lines before the output folder exists are kept and written when it is opened. Every line also goes
    to the ``shuddh.run`` logger (a program using the API sees warnings on stderr as usual)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.fh: Any = None

    def __call__(self, level: int, msg: str, echo: bool = True) -> None:
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
        line = f"{stamp} {logging.getLevelName(level)} {msg}\n"
        if self.fh is not None:
            self.fh.write(line)
            self.fh.flush()
        else:
            self.lines.append(line)
        if echo:
            log.log(level, msg)

    def open(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = path.open("a", encoding="utf-8")
        self.fh.write("".join(self.lines))
        self.fh.flush()
        self.lines = []

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None


#: the cyclic garbage collector's young-generation threshold while a run goes on in this process (CPython's
#: default is 700). A run allocates containers in bursts that die young (a page's parse and token lists, a
#: document's lines); at 700 the collector ran ~325 times on 400 wcxb pages and traversed what happened to be
#: alive each time, ~0.3 ms of CPU per page, and at 10,000 13 times, ~0.08 ms per page. Cycles found are freed
#: the same (later); no result depends on when. A higher threshold set by the caller is kept.
GC_YOUNG_THRESHOLD = 10_000


@contextlib.contextmanager
def _young_threshold(young: int) -> Iterator[None]:
    """Raise the collector's young-generation threshold to ``young`` inside, and restore it after."""
    before = gc.get_threshold()
    if before[0] >= young:
        yield
        return
    gc.set_threshold(young, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def run_pipeline(cfg: PipelineConfig, executor: Executor, *, overwrite: bool = False,
                 progress: Progress | None = None, limit: int | None = None) -> RunResult:
    """Run ``cfg`` with ``executor``; resumes a previous run of the same config in the same directory.

    ``progress``: a :class:`RunProgress`, or a callable ``(event, amount)``. ``limit``: a trial run of the
    first ``limit`` records of each input file (files are not split; the output says it was limited and
    never resumes into a full run, nor a full run into it)."""
    if limit is not None and limit < 1:
        raise ConfigError(f"limit must be at least 1, not {limit}")
    check_output(cfg.output, cfg.inputs)
    sink = progress if isinstance(progress, RunProgress) else RunProgress() if progress is None else \
        _CallableProgress(progress)
    runlog = _RunLog()
    # a local scratch directory only where it is used (a remote output): a local run that is killed (SIGKILL,
    # the OOM killer) cannot clean up after itself, and left an empty shuddh-driver-* folder in /tmp each time
    remote = is_url(cfg.output)
    with tempfile.TemporaryDirectory(prefix="shuddh-driver-") if remote else contextlib.nullcontext() as scratch:
        out = _Out(cfg.output, Path(scratch) if scratch is not None else None)
        lock = _DirLock(out.local) if out.remote is None else None
        try:
            with _young_threshold(GC_YOUNG_THRESHOLD):
                return _run_pipeline(cfg, executor, out, overwrite, sink, lock, limit, runlog)
        except BaseException as e:
            runlog(logging.ERROR, f"stopped: {type(e).__name__}: {e}", echo=False)  # the caller reports it
            raise
        finally:
            runlog.close()
            if out.remote is not None and (out.local / Layout(Path()).log).is_file():
                out.write(Layout(Path()).log, (out.local / Layout(Path()).log).read_bytes())
            if lock is not None:
                lock.release()


def _run_pipeline(cfg: PipelineConfig, executor: Executor, out: _Out, overwrite: bool, sink: RunProgress,
                  lock: _DirLock | None, limit: int | None, runlog: _RunLog) -> RunResult:
    t0 = time.perf_counter()
    lay = Layout(Path())  # state paths relative to the output directory
    # a trial run reads the first records of each file: files are not split (planning a split reads them)
    split = 0 if limit is not None else cfg.reader.split_bytes
    shards, skipped = plan_shards(cfg.inputs, split, cfg.reader.text_mode, exclude=[cfg.output],  # never input
                                  group_bytes=group_limit(cfg.reader.split_bytes))
    # split_bytes is for planning (plan_shards above); a task reads whatever span its shard names
    read = ReadOptions(**cfg.reader.model_dump(exclude={"split_bytes"}))
    plan = _plan_of(cfg, shards, limit)
    _refuse_other_run(out, plan, overwrite)
    check_text_fields(shards, read)  # a wrong text field stops here, before anything is written
    specs = tuple(cfg.stage_specs())
    fp = run_fingerprint(cfg, limit)
    # built (and set up) before the output directory is touched: a stage's setup() may still refuse its
    # configuration (langid's unknown labels), and a refused run must leave nothing behind
    stages = build_stages(fp, specs)
    phases = phases_of(stages)
    labels = phase_labels(specs, phases)
    notices = input_notices(shards, cfg.reader.text_mode)
    _prepare_outdir(out, cfg, shards, overwrite, lock, plan)
    runlog.open(out.local / lay.log)
    n_files = len({f.label for f in input_files(shards)})
    runlog(logging.INFO, f"shuddh {__version__}: {n_files} file(s) in {len(shards)} "
                         f"part(s), {len(phases)} phase(s) -> {cfg.output}"
                         + (f"; trial run: the first {limit} records of each file" if limit else ""))
    for x in skipped:
        runlog(logging.DEBUG, f"not read: {x}")
    for note in notices:
        runlog(logging.WARNING, f"notice: {note}")
    markers = out.done_markers()
    done_before = sum(1 for p in range(len(phases)) for s in shards if lay.done(p, s.name).name in markers)
    total_tasks = len(shards) * len(phases)
    if done_before:
        runlog(logging.INFO, f"resuming: {done_before} of {total_tasks} tasks already done "
                             f"({len(shards)} part(s) × {len(phases)} phase(s))")
    sizes = [s.nbytes for s in shards]
    known = all(s.nbytes or not is_url(s.path) for s in shards)
    sink.planned(RunPlan(files=n_files, shards=len(shards), phases=tuple(labels),
                         total_bytes=sum(sizes) if known else None, done=done_before, limit=limit))
    # the driver holds a light copy of each task's result (seconds and counts for timing.json and the log);
    # the statistics, volumes and per-file counts are read back from the done-markers one at a time when
    # they are merged, so its memory does not grow with the number of shards (a marker is 8-20 KB of JSON).
    # A remote output's results are kept whole (no request per marker at the end).
    local = out.remote is None
    results: dict[tuple[int, str], ShardResult] = {}
    reduce_stats: list[StageStats] = []
    resumed = 0

    for p, (_seg, closing) in enumerate(phases):
        todo: list[ShardTask] = []
        for s in shards:
            m = out.read(lay.done(p, s.name)) if lay.done(p, s.name).name in markers else None
            if m is not None:
                results[(p, s.name)] = _light(ShardResult.from_dict(orjson.loads(m))) if local else \
                    ShardResult.from_dict(orjson.loads(m))
                resumed += 1
            else:
                todo.append(ShardTask(s, p, out.for_tasks, fp, specs, read, cfg.output_format, cfg.route_by_lang,
                                      cfg.stage_cpu_seconds, cfg.audit, limit))
        sink.step(labels[p], len(shards), len(shards) - len(todo), "parts")
        runlog(logging.DEBUG, f"{labels[p]}: {len(todo)} of {len(shards)} part(s) to run")
        if p == 0 and len(todo) < len(shards):  # bytes of parts read by an earlier run
            sink.advance("bytes", sum(s.nbytes for s in shards) - sum(t.shard.nbytes for t in todo))
        for res in executor.map_unordered(todo, sink.advance):
            if not isinstance(res, ShardResult):
                raise StageError(f"a shard task returned {type(res).__name__}, not a ShardResult")
            results[(p, res.shard)] = _light(res) if local else res
            runlog(logging.DEBUG, f"phase {p + 1} {res.shard}: " + (f"{res.read.records} read, " if p == 0 else "")
                   + f"{res.out} {'kept' if res.final else 'passed on'}, {res.seconds:.2f} s")
        # the global stages closing the phase reduce in order: one sharing the barrier with the stage
        # before it reads that stage's decisions
        for j, gi in enumerate(closing or ()):
            upstream = closing[j - 1] if closing and j else None
            reduce_stats.append(_reduce(out, lay, executor, stages, gi, upstream, shards, fp, specs, sink, runlog))
    out.remove_temp_files()  # every task has finished: any temp file left belongs to a dead worker
    def result(p: int, name: str) -> ShardResult:
        if not local:
            return results[(p, name)]
        m = out.read(lay.done(p, name))
        if m is None:
            raise StageError(f"the done-marker of phase {p + 1} of {name} is missing")
        return ShardResult.from_dict(orjson.loads(m))

    stats = _merge_stats(cfg, shards, skipped, phases, stages, result, reduce_stats)
    stats["input"]["notices"] = notices
    if limit is not None:
        stats["input"]["limit"] = limit
        stats["config_fingerprint"] = fp
    wall = time.perf_counter() - t0
    timing = _timing(results, wall, cfg.n_workers, resumed)
    # stats.json holds only what the input and config determine (byte-identical across runs and
    # executors); wall-clock numbers go to timing.json
    out.write(lay.stats, orjson.dumps(stats, option=orjson.OPT_INDENT_2))
    out.write(lay.timing, orjson.dumps(timing, option=orjson.OPT_INDENT_2))
    last = len(phases) - 1
    if all(out.exists(lay.done(last, s.name)) for s in shards):
        out.remove(lay.work.as_posix())  # intermediate documents
    from shuddh.report import write_report

    report = write_report(out.local, stats, timing)
    if out.remote is not None:
        out.write(lay.report, report.read_bytes())
    runlog(logging.DEBUG, f"done in {wall:.1f} s: {stats['input']['records']:,} records read, {stats['kept']:,} kept, "
                         f"{stats['dropped']:,} dropped, {stats['quarantined']:,} quarantined"
                         + ("" if stats["accounted"] else "; NOT accounted for"))
    outdir = Path(cfg.output) if out.remote is None else Path(out.for_tasks)
    return RunResult(outdir=outdir, stats=stats, timing=timing, skipped_files=skipped, output=cfg.output,
                     notices=notices, resumed=resumed)


def _reduce(out: _Out, lay: Layout, executor: Executor, stages: list[Any], gi: int, upstream: int | None,
            shards: list[Shard], fp: str, specs: tuple[StageSpec, ...], sink: RunProgress,
            runlog: _RunLog) -> StageStats:
    """Run (or find done) the reduce of global stage ``gi``: its partitions in parallel, then finalize."""
    g = stages[gi]
    assert isinstance(g, GlobalStage)
    label = f"reduce {specs[gi].name}"
    # the work directory is deleted when a run completes; this copy of the reduce's statistics outlives
    # it, so rerunning a finished run finds the reduce done instead of redoing it without its inputs
    done = out.read(lay.reduced(gi)) or out.read(lay.reduce_done(gi))
    n_parts = g.reduce_partitions() if is_partitioned(g) else 0
    if done is not None:
        sink.step(label, n_parts + 1, n_parts + 1, "steps")
        return StageStats.from_dict(orjson.loads(done))
    names = tuple(s.name for s in shards)
    t = time.perf_counter()
    if is_partitioned(g):
        ptasks = [ReducePartitionTask(out.for_tasks, fp, specs, gi, names, k, upstream)
                  for k in range(n_parts) if not out.exists(lay.partition_done(gi, k))]
        sink.step(label, n_parts + 1, n_parts - len(ptasks), "steps")
        # in parallel where the shard tasks run (run_shard_phase runs either kind of task); each
        # partition writes its own marker, which run_reduce merges in partition order
        for _ in executor.map_unordered(ptasks, sink.advance):
            pass
    else:
        sink.step(label, 1, 0, "steps")
    rtask = ReduceTask(out.for_tasks, fp, specs, gi, names, upstream)
    remote = getattr(executor, "run_reduce", None)  # optional part of the Executor protocol
    rstats = remote(rtask) if remote else run_reduce(rtask)
    sink.advance("shard", 1)
    out.write(lay.reduced(gi), orjson.dumps(rstats))
    runlog(logging.DEBUG, f"{label}: {n_parts} partition(s), {time.perf_counter() - t:.2f} s")
    return StageStats.from_dict(rstats)


def _light(r: ShardResult) -> ShardResult:
    """What the driver keeps of a task's result while the run goes on (see ``_run_pipeline``)."""
    return dataclasses.replace(r, read=ReadCounts(r.read.records, r.read.quarantined), stages=[], files={},
                               volumes={}, stage_quarantined={})


def _merge_stats(cfg: PipelineConfig, shards: list[Shard], skipped: list[str], phases: list[Any],
                 stages: list[Any], result: Callable[[int, str], ShardResult],
                 reduce_stats: list[StageStats]) -> dict[str, Any]:
    """Sum shard statistics in (phase, shard) order: deterministic whatever the finishing order.
    ``result(phase, shard name)`` gives a task's whole result."""
    order = {name: i for i, name in enumerate(stats_names(stages))}
    merged: dict[str, StageStats] = {}
    records = quarantined = kept = 0
    q_reasons: Counter[str] = Counter()
    skipped_records: Counter[str] = Counter()  # input records that are not documents (WARC requests …)
    # per input file: its units (lines, rows, WARC records) as counted apart from the record counters, and
    # those the reader accounted for (see shuddh.io.readers.FileCount); a file whose counts disagree
    # without a quarantine record for a damaged rest makes the run not accounted
    per_file: dict[str, dict[str, Any]] = {}
    files: dict[str, int] = {}
    volumes = Volumes()  # merged in (phase, shard) order, like the stage samples: the same for any worker count
    for p in range(len(phases)):
        for s in shards:
            r = result(p, s.name)
            volumes.merge(Volumes.from_dict(r.volumes))
            records += r.read.records
            quarantined += r.read.quarantined
            q_reasons.update(r.read.quarantined_by_reason)
            # documents a stage gave up on (stage.timeout), in the same totals
            quarantined += sum(r.stage_quarantined.values())
            q_reasons.update(r.stage_quarantined)
            skipped_records.update(r.read.skipped_by_kind)
            for label, c in r.read.files.items():  # phase 0 only: the reader's own count
                f = per_file.setdefault(label, {"unit": c["unit"], "counted": 0, "read": 0, "damaged": False})
                f["counted"] = None if c["counted"] is None or f["counted"] is None else f["counted"] + c["counted"]
                f["read"] += c["read"]
                f["damaged"] = f["damaged"] or c["damaged"]
                if c.get("limited"):
                    f["limited"] = True
            if r.final:
                kept += r.out
            for k, v in r.files.items():
                if not k.startswith("."):
                    files[k] = v
            for sd in r.stages:
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
    unmatched = sorted(label for label, f in per_file.items() if not FileCount(**f).ok)
    return {
        "shuddh_version": __version__,
        "config_fingerprint": cfg.fingerprint(),
        "input": {"files": len({f.path for f in input_files(shards)}), "records": records, "skipped_files": skipped,
                  "skipped_records": dict(sorted(skipped_records.items())),
                  "per_file": dict(sorted(per_file.items()))},
        "kept": kept,
        "dropped": n_dropped,
        "quarantined": quarantined,
        "accounted": records == kept + n_dropped + quarantined and not unmatched,
        "unmatched_files": unmatched,
        "dropped_by_reason": dict(sorted(dropped.items())),
        "quarantined_by_reason": dict(sorted(q_reasons.items())),
        "lines_removed_by_reason": dict(sorted(lines.items())),
        "stages": [st.to_dict() for st in ordered],
        "files": dict(sorted(files.items())),
        **volumes.to_dict(),  # volumes, languages, signals, examples (shuddh.volumes; the report reads them)
    }


def _timing(results: dict[tuple[int, str], ShardResult], wall: float, workers: int,
            resumed: int) -> dict[str, Any]:
    per_stage: dict[str, float] = {}
    cpu = 0.0
    for r in results.values():
        cpu += r.seconds
        for k, v in r.stage_seconds.items():
            per_stage[k] = per_stage.get(k, 0.0) + v
    records = sum(r.read.records for r in results.values())
    return {
        "wall_seconds": round(wall, 3),
        "worker_seconds": round(cpu, 3),
        "workers": workers,
        "records_per_second": round(records / wall, 1) if wall > 0 else None,
        "stage_seconds": {k: round(v, 3) for k, v in sorted(per_stage.items())},
        "shard_phases_resumed": resumed,
    }
