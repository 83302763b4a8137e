"""The Python API: ``shuddh.clean(...)`` and ``shuddh.run(...)`` — the CLI is a thin layer over these."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from shuddh.config import PipelineConfig, load_config
from shuddh.executors.local import LocalExecutor
from shuddh.runner import Progress, RunResult, run_pipeline

__all__ = ["clean", "run"]


def run(config: PipelineConfig | Path | str | dict[str, Any], *, overwrite: bool = False,
        progress: Progress | None = None, **overrides: Any) -> RunResult:
    """Run a pipeline from a config object, a YAML path or a dict (``overrides`` win)."""
    if isinstance(config, str):
        config = Path(config)
    cfg = config if isinstance(config, PipelineConfig) else load_config(config, **overrides)
    executor = LocalExecutor(cfg.n_workers)
    try:
        return run_pipeline(cfg, executor, overwrite=overwrite, progress=progress)
    finally:
        executor.close()


def clean(inputs: str | Sequence[str], output: str, *, overwrite: bool = False,
          progress: Progress | None = None, **options: Any) -> RunResult:
    """Clean ``inputs`` (files or directories) into ``output`` with the default Hindi pipeline.

    ``options`` are config keys: ``profile``, ``format``, ``compression``, ``workers``, ``reader``,
    ``stages``.
    """
    data: dict[str, Any] = {"inputs": [inputs] if isinstance(inputs, str) else list(inputs), "output": output}
    data.update(options)
    return run(load_config(data), overwrite=overwrite, progress=progress)
