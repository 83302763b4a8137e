"""The Python API: ``shuddh.clean(...)`` and ``shuddh.run(...)`` — the CLI is a thin layer over these."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from shuddh.config import PipelineConfig, load_config
from shuddh.errors import ConfigError
from shuddh.executors.local import LocalExecutor
from shuddh.runner import Executor, Progress, RunResult, run_pipeline

__all__ = ["clean", "make_executor", "run"]


def make_executor(cfg: PipelineConfig, executor: str | None = None, address: str | None = None) -> Executor:
    """The executor ``cfg`` asks for (``executor`` and ``address`` override its ``executor``/``ray.address``)."""
    kind = executor or cfg.executor
    if kind == "local":
        return LocalExecutor(cfg.n_workers)
    if kind == "ray":
        from shuddh.executors.ray import RayExecutor

        rc = cfg.ray
        return RayExecutor(address=address or rc.address, workers=cfg.workers, num_cpus=rc.num_cpus,
                           object_store_memory=rc.object_store_memory, max_retries=rc.max_retries)
    raise ConfigError(f"unknown executor {kind!r}; use local or ray")


def run(config: PipelineConfig | Path | str | dict[str, Any], *, overwrite: bool = False,
        progress: Progress | None = None, executor: str | None = None, address: str | None = None,
        limit: int | None = None, **overrides: Any) -> RunResult:
    """Run a pipeline from a config object, a YAML path or a dict (``overrides`` win).

    ``executor="ray"`` runs it on Ray (``address="auto"`` joins this node's cluster; default: a local
    Ray instance); the output is the same as with the default ``"local"``. ``limit=N``: a trial run of
    the first N records of each input file (it never resumes into a full run). ``progress``: a
    :class:`shuddh.runner.RunProgress` or a callable ``(event, amount)``.
    """
    if isinstance(config, str):
        config = Path(config)
    if isinstance(config, PipelineConfig):
        # overrides (workers=8 …) apply to a config object too: validated again, nested tables merged
        cfg = load_config(config.model_dump(), **overrides) if overrides else config
    else:
        cfg = load_config(config, **overrides)
    ex = make_executor(cfg, executor, address)
    try:
        return run_pipeline(cfg, ex, overwrite=overwrite, progress=progress, limit=limit)
    finally:
        close = getattr(ex, "close", None)
        if close is not None:
            close()


def clean(inputs: str | Sequence[str], output: str, *, overwrite: bool = False,
          progress: Progress | None = None, executor: str | None = None, address: str | None = None,
          limit: int | None = None, **options: Any) -> RunResult:
    """Clean ``inputs`` (files or directories) into ``output`` with the default Hindi pipeline.

    ``options`` are config keys: ``profile``, ``format``, ``compression``, ``workers``, ``reader``,
    ``stages``, ``ray``. ``executor``/``address``: as in :func:`run`.
    """
    data: dict[str, Any] = {"inputs": [inputs] if isinstance(inputs, str) else list(inputs), "output": output}
    data.update(options)
    return run(load_config(data), overwrite=overwrite, progress=progress, executor=executor, address=address,
               limit=limit)
