"""The default executor: shard tasks in parallel worker processes on this machine.

Workers are started with ``spawn`` (safe with threads in the parent, same behaviour on every OS); each
builds and sets up the stages once, then runs any number of tasks. ``workers=1`` runs in-process, which
is also what tests and debuggers like. Output never depends on the number of workers: every task writes
only its own shard's files. Workers end when the driver dies, however it dies (see ``_exit_with_parent``).
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing as mp
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from shuddh import _interrupt
from shuddh.executors.shard import ReducePartitionTask, ShardTask, run_shard_phase
from shuddh.layout import PartitionResult, ShardResult

__all__ = ["LocalExecutor"]

Progress = Callable[[str, int], None]

_PROGRESS_QUEUE: Any = None


#: how often a worker's watchdog looks whether its parent is still alive (seconds)
PARENT_POLL_SECONDS = 0.5
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _init_worker(q: Any, parent: int) -> None:
    global _PROGRESS_QUEUE  # noqa: PLW0603 - one queue per worker process, set once at start
    _PROGRESS_QUEUE = q
    _exit_with_parent(parent)
    # a worker lives for one run: the collector's young threshold as the driver's during a run
    from shuddh.runner import GC_YOUNG_THRESHOLD

    young, *older = gc.get_threshold()
    if young < GC_YOUNG_THRESHOLD:
        gc.set_threshold(GC_YOUNG_THRESHOLD, *older)


def _exit_with_parent(parent: int) -> None:
    """End this worker when the driver dies (SIGKILL, OOM kill …): an orphan would go on writing into the
    output directory while a rerun works there. On Linux the kernel sends SIGKILL on the parent's death
    (``prctl(PR_SET_PDEATHSIG)``); everywhere a daemon thread also checks the parent process id, which
    changes when the process is re-parented, and exits. The check after ``prctl`` closes the race of a
    parent that died before the call."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl: the watchdog remains
            pass
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)  # no cleanup: the driver's rerun deletes temp files and redoes unmarked work

    threading.Thread(target=watch, name="shuddh-parent-watchdog", daemon=True).start()


def _report(event: str, n: int) -> None:
    if _PROGRESS_QUEUE is not None and n:
        _PROGRESS_QUEUE.put((event, n))


def _run_in_worker(task: ShardTask | ReducePartitionTask) -> ShardResult | PartitionResult:
    return run_shard_phase(task, _report)


class LocalExecutor:
    """Runs shard tasks in ``workers`` processes (default: one per core)."""

    def __init__(self, workers: int = 1) -> None:
        if workers < 1:
            raise ValueError("workers must be >= 1")
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._queue: Any = None

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            ctx = mp.get_context("spawn")
            self._queue = ctx.Queue()
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                             initargs=(self._queue, os.getpid()))
        return self._pool

    def map_unordered(self, tasks: Sequence[ShardTask | ReducePartitionTask],
                      progress: Progress | None) -> Iterator[ShardResult | PartitionResult]:
        """Run ``tasks``; report ("docs", n) and ("bytes", n) as workers read, ("shard", 1) per finished
        task (a shard-phase or a reduce partition); yield the results as they finish."""
        if not tasks:
            return
        if self.workers == 1 or len(tasks) == 1:
            for t in tasks:
                _interrupt.check()  # a Ctrl-C whose KeyboardInterrupt a finalizer swallowed (shuddh._interrupt)
                yield run_shard_phase(t, progress)
                if progress:
                    progress("shard", 1)
            return
        pool = self._ensure_pool()
        stop = threading.Event()
        drainer = threading.Thread(target=self._drain, args=(progress, stop), daemon=True)
        drainer.start()
        pending: set[Future[ShardResult | PartitionResult]] = {pool.submit(_run_in_worker, t) for t in tasks}
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                _interrupt.check()
                for f in done:
                    res = f.result()  # a worker's exception is re-raised here and ends the run
                    if progress:
                        progress("shard", 1)
                    yield res
        except BaseException:
            for f in pending:
                f.cancel()
            self.close()
            raise
        finally:
            stop.set()
            drainer.join(timeout=2)

    def _drain(self, progress: Progress | None, stop: threading.Event) -> None:
        while not stop.is_set() or (self._queue is not None and not self._queue.empty()):
            try:
                event, n = self._queue.get(timeout=0.1)
            except (queue.Empty, OSError, ValueError):
                continue
            if progress:
                progress(event, n)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
