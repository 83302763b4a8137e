"""Choosing an executor (issue 7): config keys, CLI options, API — none of which needs Ray installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import shuddh
from shuddh.api import make_executor
from shuddh.cli import main
from shuddh.executors.local import LocalExecutor
from shuddh.executors.ray import RayExecutor


def _cfg(tmp_path: Path, **extra: object) -> shuddh.PipelineConfig:
    (tmp_path / "a.jsonl").write_text('{"text": "नमस्ते दुनिया"}\n', encoding="utf-8")
    return shuddh.load_config({"inputs": [str(tmp_path / "a.jsonl")], "output": str(tmp_path / "out"), **extra})


def test_executor_does_not_change_the_fingerprint(tmp_path: Path) -> None:
    local = _cfg(tmp_path)
    ray = _cfg(tmp_path, executor="ray", ray={"address": "auto", "num_cpus": 4})
    assert local.executor == "local"
    assert ray.executor == "ray"
    assert ray.ray.address == "auto"
    assert ray.fingerprint() == local.fingerprint()  # so a run can be resumed with the other executor


@pytest.mark.parametrize("bad", [{"ray": {"adress": "auto"}}, {"executor": "dask"},
                                 {"ray": {"object_store_memory": 1024}}, {"ray": {"max_retries": -1}}])
def test_bad_executor_settings_are_config_errors(tmp_path: Path, bad: dict[str, object]) -> None:
    with pytest.raises(shuddh.ConfigError):
        _cfg(tmp_path, **bad)


def test_make_executor_maps_settings(tmp_path: Path) -> None:
    assert isinstance(make_executor(_cfg(tmp_path)), LocalExecutor)
    cfg = _cfg(tmp_path, executor="ray", workers=3,
               ray={"num_cpus": 2, "object_store_memory": 200 * 1024**2, "max_retries": 5})
    ex = make_executor(cfg, address="ray://head:10001")
    assert isinstance(ex, RayExecutor)  # built without connecting: Ray is imported on first use
    assert (ex.address, ex.workers, ex.num_cpus, ex.object_store_memory, ex.max_retries) == (
        "ray://head:10001", 3, 2, 200 * 1024**2, 5)
    assert make_executor(cfg).address is None  # type: ignore[attr-defined]
    assert isinstance(make_executor(cfg, executor="local"), LocalExecutor)  # the argument wins


def test_ray_executor_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="workers"):
        RayExecutor(workers=0)
    with pytest.raises(ValueError, match="max_retries"):
        RayExecutor(max_retries=-1)


@pytest.mark.parametrize("command", ["clean", "run"])
def test_cli_has_executor_and_address_options(command: str) -> None:
    out = CliRunner().invoke(main, [command, "--help"]).output
    assert "--executor [local|ray]" in out
    assert "--address" in out


def test_cli_rejects_unknown_executor(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "नमस्ते"}\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "o"),
                                  "--executor", "spark"])
    assert r.exit_code == 2
    assert "spark" in r.output
