"""The dedup reduce split into partitions (issue 7): decisions do not depend on how many partitions
there are or the order they run in, and a failed partition is redone on resume without redoing the
partitions that finished. Local executor only; the Ray counterparts are in test_ray_executor.py."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson
import pytest

import shuddh
from shuddh import runner
from shuddh.executors import shard
from shuddh.executors.local import LocalExecutor
from shuddh.executors.shard import ReducePartitionTask, ShardTask
from shuddh.stages import registry
from shuddh.stages.dedup.near import NearDedup
from tests.engines import _killer
from tests.engines._corpus import output_tree, write_corpus


class ReversingExecutor:
    """Runs tasks in this process in the reverse of the order given (and records the reduce partitions)."""

    def __init__(self) -> None:
        self.partitions: list[int] = []

    def map_unordered(self, tasks: Sequence[ShardTask | ReducePartitionTask],
                      progress: Any) -> Iterator[dict[str, Any]]:
        for t in reversed(tasks):
            if isinstance(t, ReducePartitionTask):
                self.partitions.append(t.k)
            yield shard.run_shard_phase(t)


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    return write_corpus(tmp_path / "in")


def _stats_without_fingerprint(out: Path) -> dict[str, Any]:
    s: dict[str, Any] = orjson.loads((out / "stats.json").read_bytes())
    s.pop("config_fingerprint")  # the stage parameters differ on purpose
    return s


def test_near_dedup_has_one_partition_per_band_and_bucket() -> None:
    assert NearDedup().reduce_partitions() == 20
    assert NearDedup(bands=8, rows=4, reduce_buckets=3).reduce_partitions() == 24
    with pytest.raises(ValueError, match="reduce_buckets"):
        NearDedup(reduce_buckets=0)


def test_decisions_do_not_depend_on_partition_count_or_order(corpus: list[str], tmp_path: Path) -> None:
    base = ["normalize", "length", "dedup_lines", "dedup_exact"]
    one = shuddh.clean(corpus, str(tmp_path / "one"), stages=[*base, "dedup_near"], workers=1)
    # 3 buckets per band: 60 near partitions, run (like every other task) in reverse order
    ex = ReversingExecutor()
    cfg = shuddh.load_config({"inputs": corpus, "output": str(tmp_path / "many"),
                              "stages": [*base, {"dedup_near": {"reduce_buckets": 3}}]})
    runner.run_pipeline(cfg, ex)
    assert ex.partitions == [*range(15, -1, -1), *range(15, -1, -1), *range(59, -1, -1)]  # lines, exact, near
    # the corpus has 4 exact and 4 near copies; the near pairs share several bands, so partitions overlap
    assert one.stats["dropped_by_reason"]["dedup.near"] == 4
    near = next(s for s in one.stats["stages"] if s["name"] == "dedup_near.reduce")["counters"]
    assert near["verified_pairs"] == 4
    assert output_tree(tmp_path / "many") == {**output_tree(tmp_path / "one"),
                                              "stats.json": output_tree(tmp_path / "many")["stats.json"]}
    assert _stats_without_fingerprint(tmp_path / "many") == _stats_without_fingerprint(tmp_path / "one")


@pytest.mark.slow
def test_pool_runs_partitions_same_bytes_as_in_process(corpus: list[str], tmp_path: Path) -> None:
    stages = ["normalize", "length", "dedup_exact", "dedup_near"]
    shuddh.clean(corpus, str(tmp_path / "one"), stages=stages, workers=1)
    shuddh.clean(corpus, str(tmp_path / "two"), stages=stages, workers=2)  # partitions in the process pool
    assert output_tree(tmp_path / "two") == output_tree(tmp_path / "one")


def test_failed_partition_is_redone_and_finished_ones_are_not(corpus: list[str], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.STAGE_PATHS, _killer.REDUCE_STAGE_NAME, _killer.REDUCE_STAGE_PATH)
    marker = tmp_path / "failed-once"
    stages: list[Any] = ["normalize", "length", "dedup_exact",
                         {_killer.REDUCE_STAGE_NAME: {"at": 5, "marker": str(marker), "mode": "raise"}}]
    marker.touch()
    ref = shuddh.clean(corpus, str(tmp_path / "ref"), stages=stages, workers=1)
    marker.unlink()
    out = tmp_path / "out"
    cfg = shuddh.load_config({"inputs": corpus, "output": str(out), "stages": stages, "workers": 1})
    with pytest.raises(RuntimeError, match="reduce partition 5 failed"):
        runner.run_pipeline(cfg, LocalExecutor(1))
    wd = out / ".shuddh" / "work" / "stage3"
    done = sorted(p.name for p in wd.glob("reduce-*.json"))
    assert done == [f"reduce-{k:04d}.json" for k in range(5)]  # partitions run in order in-process
    assert not (wd / "reduced.json").exists()
    redone: list[int] = []
    real = shard.run_reduce_partition

    def recording(task: ReducePartitionTask) -> dict[str, Any]:
        redone.append(task.k)
        return real(task)

    monkeypatch.setattr(shard, "run_reduce_partition", recording)
    res = runner.run_pipeline(cfg, LocalExecutor(1))
    assert redone == list(range(5, 20))  # only the failed partition and those after it
    assert output_tree(out) == output_tree(tmp_path / "ref")
    assert res.stats == ref.stats
    assert not list(out.rglob(".*.tmp-*"))  # the failed partition's temp file is gone
