"""Run shard tasks on a Ray cluster (``pip install 'shuddh[ray]'``): the same stages, the same output.

Only this module imports Ray. Each shard-phase is a Ray task that calls
:func:`shuddh.executors.shard.run_shard_phase` — the function the local executor calls — so output is
byte-identical to a local run. Ray reuses a worker process for many tasks, and ``build_stages`` caches
the set-up stages per process, so models load once per worker, not once per shard.

Fault tolerance: a task whose worker dies (killed, out of memory, node lost) is retried by Ray up to
``max_retries`` times. That is safe because a shard-phase writes every file under a temporary name,
renames it into place, and writes its done-marker last: a retry rewrites the same names with the same
bytes, and the runner removes the dead worker's temporary files when the run finishes. Exceptions raised
by a stage are *not* retried (they would fail again); they end the run like they do locally.

Global stages: a stage's reduce partitions (dedup: one per band key range or hash range, see
:meth:`shuddh.stages.base.GlobalStage.reduce_partition`) go through :meth:`RayExecutor.map_unordered` like
shard tasks — ``run_shard_phase`` runs either kind — so they are spread over the cluster, retried when
their worker dies, and each writes its own done-marker; ``finalize`` then runs as one Ray task
(:meth:`RayExecutor.run_reduce`). The driver never reads the dedup partials.

Documents never pass through the driver or the object store: tasks read and
write files in the output directory, which must therefore be visible to every node (a shared filesystem
on a multi-node cluster; any local directory on one machine). See ``docs/ray.md``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from shuddh import _interrupt
from shuddh.executors.shard import ReducePartitionTask, ShardTask, run_shard_phase
from shuddh.layout import PartitionResult, ShardResult

__all__ = ["DEFAULT_OBJECT_STORE_MEMORY", "RayExecutor"]

Progress = Callable[[str, int], None]

#: object store cap when this executor starts a local Ray instance itself. Only task arguments (a
#: ShardTask: paths and stage specs, < 10 KB) and result dicts (stage statistics, ~10-50 KB) go through
#: the object store — documents travel as files — so 256 MB is ample; Ray's own default (30% of RAM)
#: would reserve ~5 GB of /dev/shm on a 16 GB laptop for nothing. Ray's minimum is 75 MB.
DEFAULT_OBJECT_STORE_MEMORY = 256 * 1024 * 1024

#: Ray retries a task whose worker process died this many times before the run fails. Three covers a
#: preempted node plus a retry that lands on another node that is drained too; a shard that kills its
#: worker every time (e.g. OOM on one huge document) should fail the run rather than loop.
DEFAULT_MAX_RETRIES = 3

#: most shard tasks queued on the cluster at once when ``workers`` is not given (see _max_in_flight)
MAX_QUEUED_TASKS = 10_000


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:  # pragma: no cover - depends on the environment
        from shuddh.errors import ConfigError

        raise ConfigError("the Ray executor needs Ray: pip install 'shuddh[ray]'") from None
    return ray


def _shard_phase(task: ShardTask | ReducePartitionTask) -> ShardResult | PartitionResult:
    return run_shard_phase(task)


def _reduce(task: Any) -> dict[str, Any]:
    from shuddh.runner import run_reduce

    return run_reduce(task)


class RayExecutor:
    """Runs shard tasks as Ray tasks on the cluster at ``address`` (or a local Ray started on demand).

    * ``address``: ``None`` starts a private local Ray instance (or uses the one this process already
      joined with ``ray.init``, or the cluster in ``$RAY_ADDRESS``, as inside ``ray job submit``);
      ``"auto"`` joins the cluster on this node (``ray start --head`` or a KubeRay head pod);
      ``"ray://host:10001"`` connects through Ray Client.
    * ``workers``: most tasks running at once (default: as many as the cluster has CPUs for). On a local
      instance it is also the number of CPUs Ray may use.
    * ``num_cpus`` / ``object_store_memory``: only for a local instance started here; a cluster's
      resources are set where it is started (``ray start``, the KubeRay ``RayCluster``).
    * ``memory_per_task``: bytes of RAM Ray reserves per task (scheduling only; ``None`` reserves none).
    * ``runtime_env``: passed to ``ray.init`` (e.g. ``{"pip": [...]}`` or environment variables).
    """

    def __init__(self, *, address: str | None = None, workers: int | None = None, num_cpus: int | None = None,
                 object_store_memory: int | None = None, memory_per_task: int | None = None,
                 max_retries: int = DEFAULT_MAX_RETRIES, runtime_env: dict[str, Any] | None = None) -> None:
        if workers is not None and workers < 1:
            raise ValueError("workers must be >= 1")
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.address = address
        self.workers = workers
        self.num_cpus = num_cpus
        self.object_store_memory = object_store_memory
        self.memory_per_task = memory_per_task
        self.max_retries = max_retries
        self.runtime_env = runtime_env
        self._ray: Any = None
        self._started_here = False
        self._shard_fn: Any = None
        self._reduce_fn: Any = None

    # -- connection ----------------------------------------------------------------------------------
    def _ensure(self) -> Any:
        if self._ray is not None:
            return self._ray
        ray = _import_ray()
        if not ray.is_initialized():
            kwargs: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING,
                                      "configure_logging": True}
            if self.runtime_env is not None:
                kwargs["runtime_env"] = self.runtime_env
            if self.address is not None:
                kwargs["address"] = self.address
            elif not os.environ.get("RAY_ADDRESS"):  # set inside `ray job submit`: join that cluster as is
                kwargs["num_cpus"] = self.num_cpus or self.workers or os.cpu_count() or 1
                kwargs["object_store_memory"] = self.object_store_memory or DEFAULT_OBJECT_STORE_MEMORY
            ray.init(**kwargs)
            self._started_here = True
        opts: dict[str, Any] = {"num_cpus": 1, "max_retries": self.max_retries, "retry_exceptions": False}
        if self.memory_per_task:
            opts["memory"] = self.memory_per_task
        self._shard_fn = ray.remote(_shard_phase).options(**opts)
        self._reduce_fn = ray.remote(_reduce).options(**opts)
        self._ray = ray
        return ray

    def _max_in_flight(self, n_tasks: int) -> int:
        if self.workers is not None:
            return self.workers
        # no cap given: queue (nearly) everything, so Ray keeps every CPU busy and an autoscaling
        # cluster sees the whole demand; the bound keeps the scheduler's queue and the driver's list of
        # pending references small for runs of 100k+ shards (~1 KB of task spec each)
        return min(n_tasks, MAX_QUEUED_TASKS)

    # -- the Executor protocol -----------------------------------------------------------------------
    def map_unordered(self, tasks: Sequence[ShardTask | ReducePartitionTask],
                      progress: Progress | None) -> Iterator[ShardResult | PartitionResult]:
        if not tasks:
            return
        ray = self._ensure()
        window = self._max_in_flight(len(tasks))
        todo = list(reversed(tasks))
        pending: list[Any] = []
        try:
            while todo or pending:
                while todo and len(pending) < window:
                    pending.append(self._shard_fn.remote(todo.pop()))
                done, pending = ray.wait(pending, num_returns=1)
                _interrupt.check()  # a Ctrl-C whose KeyboardInterrupt a finalizer swallowed (shuddh._interrupt)
                res: ShardResult | PartitionResult = ray.get(done[0])  # a stage's exception is re-raised here
                if progress is not None:
                    if isinstance(res, ShardResult):  # Ray reports a task's work when it ends
                        progress("docs", res.docs)
                        progress("bytes", res.input_bytes)
                    progress("shard", 1)
                yield res
        except BaseException:
            for ref in pending:
                ray.cancel(ref, force=True)
            raise

    def run_reduce(self, task: Any) -> dict[str, Any]:
        """Run a global stage's finalize (a :class:`shuddh.runner.ReduceTask`: merge the partitions'
        results, write the decisions) as a Ray task."""
        ray = self._ensure()
        out: dict[str, Any] = ray.get(self._reduce_fn.remote(task))
        return out

    def close(self) -> None:
        """Shut down the local Ray instance if this executor started it (a cluster is left running)."""
        if self._ray is not None and self._started_here:
            self._ray.shutdown()
        self._ray = None
        self._started_here = False
