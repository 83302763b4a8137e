"""The runner raises the garbage collector's young-generation threshold for the length of a run (issue 17, brief
"speed", session 11: ~325 collections on 400 wcxb pages at CPython's 700, 13 at 10,000) and restores it after."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from shuddh import runner
from shuddh.config import load_config


@pytest.fixture
def threshold() -> Any:
    before = gc.get_threshold()
    yield before
    gc.set_threshold(*before)


def test_threshold_is_raised_inside_and_restored(threshold: tuple[int, int, int]) -> None:
    gc.set_threshold(700, 10, 10)
    with runner._young_threshold(10_000):
        assert gc.get_threshold() == (10_000, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)
    with pytest.raises(ValueError, match="boom"), runner._young_threshold(10_000):
        raise ValueError("boom")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_of_the_caller_is_kept(threshold: tuple[int, int, int]) -> None:
    gc.set_threshold(50_000, 20, 30)
    with runner._young_threshold(10_000):
        assert gc.get_threshold() == (50_000, 20, 30)
    assert gc.get_threshold() == (50_000, 20, 30)


def test_a_run_goes_on_under_the_raised_threshold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  threshold: tuple[int, int, int]) -> None:
    gc.set_threshold(700, 10, 10)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("भारत एक विशाल देश है।\n", encoding="utf-8")
    cfg = load_config({"inputs": [str(tmp_path / "in")], "output": str(tmp_path / "out")})
    seen: list[tuple[int, int, int]] = []

    result = object()

    def fake(*args: Any) -> Any:
        seen.append(gc.get_threshold())
        return result

    monkeypatch.setattr(runner, "_run_pipeline", fake)
    assert runner.run_pipeline(cfg, None) is result  # type: ignore[arg-type]
    assert seen == [(runner.GC_YOUNG_THRESHOLD, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)


def _threshold_here() -> tuple[int, int, int]:
    return gc.get_threshold()


def test_the_local_executors_workers_run_under_the_raised_threshold() -> None:
    import multiprocessing as mp
    import os
    from concurrent.futures import ProcessPoolExecutor

    from shuddh.executors import local

    # the pool as LocalExecutor builds it (spawned workers, its initializer)
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=ctx, initializer=local._init_worker,
                             initargs=(ctx.Queue(), os.getpid())) as pool:
        young = pool.submit(_threshold_here).result(timeout=120)[0]
    assert young == runner.GC_YOUNG_THRESHOLD
