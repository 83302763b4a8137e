"""Runs a configured pipeline over its inputs with an executor: planning, resume, barriers, statistics.

Output layout (fixed)::

    OUTDIR/kept/part-NNNNN.<ext>           documents kept (kept/<lang>/part-NNNNN.<ext> with route_by_lang:
                                           known labels only, see executors.shard.lang_folder)
    OUTDIR/dropped/part-NNNNN[.phaseK].<ext>  documents dropped, each with "reason" and "stage"
    OUTDIR/quarantine/part-NNNNN.<ext>     input records that could not be read, with error and position
    OUTDIR/stats.json                      the funnel: counts per stage and reason (adds up)
    OUTDIR/timing.json                     wall-clock numbers (the only output that varies between runs)
    OUTDIR/config.yaml                     the resolved configuration and shuddh version
    OUTDIR/report.html                     the same, to look at
    OUTDIR/.shuddh/                        plan, done-markers, work files (resume state) and the run's lock

``OUTDIR`` (and any input) may be an fsspec URL (``s3://``, ``gs://``, ``file://``, ``memory://``): the same
layout is kept under it, and tasks work in a local scratch directory, uploading each file under a
temporary key, moving it into place, and uploading done-markers last (see
:class:`shuddh.io.writers.RemoteDir`).

One shard is one input file, or one span of a large local JSONL/Parquet file (``reader.split_bytes``);
``part-NNNNN`` is its position in the sorted list of (file, span), so names do not depend on the number
of workers or the order shards finish in.
"""

from __future__ import annotations

import errno
import os
import shutil
import socket
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

import orjson

from shuddh import __version__
from shuddh.config import PipelineConfig, config_difference
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
from shuddh.io.readers import FileCount, ReadOptions, Span, detect_format, is_url, plan_spans
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


def plan_shards(inputs: Sequence[str], split_bytes: int = 0, text_mode: str = "file",
                exclude: Sequence[str] = ()) -> tuple[list[Shard], list[str]]:
    """Expand inputs (files, directories, URLs of files or prefixes) to shards in a stable order (file
    order, then span order: a local JSONL/Parquet file, or a text file read in ``blank-lines`` mode,
    bigger than ``split_bytes`` is several shards, see :func:`shuddh.io.readers.plan_spans`).

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
    parts = [(path, label, span) for path, label in unique
             for span in (plan_spans(path, split_bytes, text_mode) or none)]
    return [Shard(i, path, label, span) for i, (path, label, span) in enumerate(parts)], skipped


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
_LOCK = Path(".shuddh") / "lock"


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
    for s in shards:
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
            st = Path(s.path).stat()
            out.append([s.label, st.st_size, st.st_mtime_ns])
    return out


def _plan_difference(old: dict[str, Any], new: dict[str, Any]) -> str:
    """What differs between a stored plan and this run's, in words."""
    if old.get("version") != new["version"]:
        return f"a run of shuddh {old.get('version')} (this is {new['version']})"
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
        if e.name != ".shuddh" or any(x.name != "lock" for x in e.iterdir()):
            return False
    return None


def _prepare_outdir(out: _Out, cfg: PipelineConfig, shards: list[Shard], overwrite: bool,
                    lock: _DirLock | None) -> None:
    """Check the output directory, then (under the lock) create it, or find a resumable run in it."""
    # the resolved config (paths absolute, every stage parameter) lets a refusal name the keys that differ
    plan = {"fingerprint": cfg.fingerprint(), "version": __version__, "config": cfg.fingerprinted(),
            "shards": [[s.index, s.label, *(s.span.to_list() if s.span else [])] for s in shards],
            "files": file_versions(shards)}
    refuse_foreign = (f"{out.for_tasks} is not empty and holds no shuddh run; choose another directory "
                      "or pass --overwrite")
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
            for sub in ("kept", "dropped", "quarantine", "removed", ".shuddh/plan.json", ".shuddh/done", ".shuddh/work",
                        "stats.json", "timing.json", "config.yaml", "report.html"):
                out.remove(sub)
            if out.remote is not None:
                out.remove(".shuddh")
            old = None
        elif old is None:
            raise OutputError(refuse_foreign)
        elif _same_run(stored := orjson.loads(old)) != _same_run(plan):
            raise OutputError(f"{out.for_tasks} holds {_plan_difference(stored, plan)}; "
                              "pass --overwrite to start again, or choose another directory")
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
    for tmp in outdir.rglob(".*.tmp-*"):
        tmp.unlink(missing_ok=True)


def run_pipeline(cfg: PipelineConfig, executor: Executor, *, overwrite: bool = False,
                 progress: Progress | None = None) -> RunResult:
    """Run ``cfg`` with ``executor``; resumes a previous run of the same config in the same directory."""
    check_output(cfg.output, cfg.inputs)
    with tempfile.TemporaryDirectory(prefix="shuddh-driver-") as scratch:
        out = _Out(cfg.output, Path(scratch))
        lock = _DirLock(out.local) if out.remote is None else None
        try:
            return _run_pipeline(cfg, executor, out, overwrite, progress, lock)
        finally:
            if lock is not None:
                lock.release()


def _run_pipeline(cfg: PipelineConfig, executor: Executor, out: _Out, overwrite: bool,
                  progress: Progress | None, lock: _DirLock | None) -> RunResult:
    t0 = time.perf_counter()
    rel = Path()  # state paths relative to the output directory
    shards, skipped = plan_shards(cfg.inputs, cfg.reader.split_bytes, cfg.reader.text_mode,
                                  exclude=[cfg.output])  # the output is never input
    specs = tuple(cfg.stage_specs())
    fp = cfg.fingerprint()
    # built (and set up) before the output directory is touched: a stage's setup() may still refuse its
    # configuration (langid's unknown labels), and a refused run must leave nothing behind
    stages = build_stages(fp, specs)
    _prepare_outdir(out, cfg, shards, overwrite, lock)
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
                todo.append(ShardTask(s, p, out.for_tasks, fp, specs, read, cfg.output_format, cfg.route_by_lang,
                                          cfg.stage_cpu_seconds, cfg.audit))
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
    # per input file: its units (lines, rows, WARC records) as counted apart from the record counters, and
    # those the reader accounted for (see shuddh.io.readers.FileCount); a file whose counts disagree
    # without a quarantine record for a damaged rest makes the run not accounted
    per_file: dict[str, dict[str, Any]] = {}
    files: dict[str, int] = {}
    for p in range(len(phases)):
        for s in shards:
            r = results[(p, s.name)]
            records += r["read"]["records"]
            quarantined += r["read"]["quarantined"]
            q_reasons.update(r["read"]["quarantined_by_reason"])
            # documents a stage gave up on (stage.timeout), in the same totals
            quarantined += sum(r.get("stage_quarantined", {}).values())
            q_reasons.update(r.get("stage_quarantined", {}))
            skipped_records.update(r["read"].get("skipped_by_kind", {}))
            for label, c in r["read"].get("files", {}).items():  # phase 0 only: the reader's own count
                f = per_file.setdefault(label, {"unit": c["unit"], "counted": 0, "read": 0, "damaged": False})
                f["counted"] = None if c["counted"] is None or f["counted"] is None else f["counted"] + c["counted"]
                f["read"] += c["read"]
                f["damaged"] = f["damaged"] or c["damaged"]
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
    unmatched = sorted(label for label, f in per_file.items() if not FileCount(**f).ok)
    return {
        "shuddh_version": __version__,
        "config_fingerprint": cfg.fingerprint(),
        "input": {"files": len({s.path for s in shards}), "records": records, "skipped_files": skipped,
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
