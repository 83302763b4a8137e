"""The Ray executor gives the local executor's output byte for byte — also when a worker is killed
mid-shard (Ray retries the task) and when a failed run is resumed (issue 7).

Needs ``pip install 'shuddh[ray]'``; skipped without it. One small local Ray instance serves the module
(2 CPUs, 100 MB object store: what a laptop or a CI runner can spare).
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

import shuddh
from shuddh import runner
from shuddh.cli import main
from shuddh.executors import shard
from shuddh.stages import registry
from tests.engines import _killer
from tests.engines._corpus import TRIGGER, output_tree, write_corpus

ray = pytest.importorskip("ray")
from shuddh.executors.ray import RayExecutor  # noqa: E402 - only importable usefully with Ray present

pytestmark = pytest.mark.slow  # every test here starts a local Ray instance (worker processes)

REPO = Path(__file__).resolve().parents[2]
DEDUP = ["normalize", "length", "dedup_exact", "dedup_near"]


@pytest.fixture(scope="module")
def ray_session() -> Iterator[None]:
    if ray.is_initialized():
        ray.shutdown()
    pythonpath = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    ray.init(num_cpus=2, object_store_memory=100 * 1024**2, include_dashboard=False,
             runtime_env={"env_vars": {"PYTHONPATH": pythonpath},
                          # Ray workers never see a test's monkeypatch: register the kill-once stage there
                          "worker_process_setup_hook": "tests.engines._killer.register"})
    yield
    ray.shutdown()


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    return write_corpus(tmp_path / "in")


@pytest.fixture
def killer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    monkeypatch.setitem(registry.STAGE_PATHS, _killer.STAGE_NAME, _killer.STAGE_PATH)
    return {_killer.STAGE_NAME: {"trigger": TRIGGER, "marker": str(tmp_path / "killed-once")}}


def _no_temp_files(out: Path) -> bool:
    return not list(out.rglob(".*.tmp-*"))


def test_default_pipeline_same_bytes_as_local(ray_session: None, corpus: list[str], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    local = shuddh.clean(corpus, str(tmp_path / "local"), workers=1)
    # the dedup reduce must run in a Ray task, not here in the driver
    monkeypatch.setattr(runner, "run_reduce", lambda task: pytest.fail("reduce ran in the driver"))
    monkeypatch.setattr(shard, "run_reduce_partition", lambda task: pytest.fail("partition ran in the driver"))
    remote = shuddh.clean(corpus, str(tmp_path / "ray"), executor="ray", workers=2)
    # what the corpus was built to contain: 4 originals + the trigger article + the mixed one kept;
    # 4 exact and 4 near copies, one too-short and one empty record dropped; one bad JSON line
    assert local.stats["kept"] == 6
    assert local.stats["dropped_by_reason"] == {"clean.empty": 1, "dedup.exact": 4, "dedup.near": 4,
                                                "quality.too_short": 1}
    assert local.stats["quarantined"] == 1
    assert remote.stats == local.stats
    assert output_tree(tmp_path / "ray") == output_tree(tmp_path / "local")
    assert any(k.startswith("kept/") for k in output_tree(tmp_path / "ray"))


def test_split_input_same_bytes_as_local(ray_session: None, corpus: list[str], tmp_path: Path) -> None:
    """A JSONL file read in byte ranges (several shards, reader.split_bytes) travels to Ray workers as
    spans and gives the local executor's bytes — a gzipped one too (ranges of its decompressed stream)."""
    cfg = {"reader": {"split_bytes": 2000}}  # the corpus files are 2-11 KB: a few spans each
    gz = Path(corpus[1] + ".gz")  # the file with the bad JSON line, gzipped in place of the plain one
    gz.write_bytes(gzip.compress(Path(corpus[1]).read_bytes()))
    Path(corpus[1]).unlink()
    corpus = [*corpus[:1], str(gz), *corpus[2:]]
    local = shuddh.clean(corpus, str(tmp_path / "local"), workers=1, **cfg)
    remote = shuddh.clean(corpus, str(tmp_path / "ray"), executor="ray", workers=2, **cfg)
    plan = orjson.loads((tmp_path / "ray" / ".shuddh" / "plan.json").read_bytes())["shards"]
    assert len(plan) > len(corpus)  # some file was split
    assert sum(row[1].endswith(".jsonl.gz") for row in plan) > 1  # the gzipped one too
    assert remote.stats == local.stats
    assert output_tree(tmp_path / "ray") == output_tree(tmp_path / "local")
    assert local.stats["dropped_by_reason"]["dedup.exact"] == 4  # as unsplit (test above)


def test_killed_worker_is_retried_nothing_lost_or_duplicated(ray_session: None, corpus: list[str],
                                                              tmp_path: Path, killer: dict[str, object]) -> None:
    stages = ["normalize", killer, *DEDUP[1:]]
    marker = Path(str(killer[_killer.STAGE_NAME]["marker"]))  # type: ignore[index]
    marker.touch()  # the local reference run must not die (it runs in this process)
    local = shuddh.clean(corpus, str(tmp_path / "local"), stages=stages, workers=1)
    marker.unlink()
    remote = shuddh.clean(corpus, str(tmp_path / "ray"), stages=stages, executor="ray", workers=2)
    assert marker.is_file(), "the kill-once stage never fired"
    assert int(marker.read_text()) != os.getpid()  # it killed a Ray worker, not the driver
    assert remote.stats == local.stats
    assert remote.stats["accounted"]
    assert output_tree(tmp_path / "ray") == output_tree(tmp_path / "local")
    assert _no_temp_files(tmp_path / "ray")  # the dead worker's half-written files are gone


def test_failed_run_resumes_with_only_unfinished_shards(ray_session: None, corpus: list[str], tmp_path: Path,
                                                        killer: dict[str, object]) -> None:
    stages = ["normalize", killer, *DEDUP[1:]]
    marker = Path(str(killer[_killer.STAGE_NAME]["marker"]))  # type: ignore[index]
    marker.touch()
    # a shard per file (split_bytes 0): the four small files would be one group
    shuddh.clean(corpus, str(tmp_path / "local"), stages=stages, workers=1, reader={"split_bytes": 0})
    marker.unlink()
    out = tmp_path / "ray"
    cfg = shuddh.load_config({"inputs": corpus, "output": str(out), "stages": stages, "workers": 1,
                              "reader": {"split_bytes": 0}})
    no_retry = RayExecutor(workers=1, max_retries=0)
    with pytest.raises(ray.exceptions.WorkerCrashedError):
        runner.run_pipeline(cfg, no_retry)
    # shard 0 sorts first and ran alone before the trigger shard: it is done and is not redone
    assert (out / ".shuddh" / "done" / "p0-part-00000.json").is_file()
    assert not (out / ".shuddh" / "done" / "p0-part-00001.json").is_file()
    res = runner.run_pipeline(cfg, RayExecutor(workers=2))
    assert res.timing["shard_phases_resumed"] == 1
    assert output_tree(out) == output_tree(tmp_path / "local")
    assert _no_temp_files(out)


def test_partitioned_reduce_on_ray_same_bytes_as_local(ray_session: None, corpus: list[str], tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # 16 exact + 40 near partitions (2 buckets per band) run as Ray tasks, in whatever order they finish
    stages: list[object] = ["normalize", "length", "dedup_exact", {"dedup_near": {"reduce_buckets": 2}}]
    local = shuddh.clean(corpus, str(tmp_path / "local"), stages=stages, workers=1)
    monkeypatch.setattr(runner, "run_reduce", lambda task: pytest.fail("reduce ran in the driver"))
    monkeypatch.setattr(shard, "run_reduce_partition", lambda task: pytest.fail("partition ran in the driver"))
    remote = shuddh.clean(corpus, str(tmp_path / "ray"), stages=stages, executor="ray", workers=2)
    assert local.stats["dropped_by_reason"]["dedup.near"] == 4
    assert remote.stats == local.stats
    assert output_tree(tmp_path / "ray") == output_tree(tmp_path / "local")


def test_killed_reduce_partition_is_retried(ray_session: None, corpus: list[str], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.STAGE_PATHS, _killer.REDUCE_STAGE_NAME, _killer.REDUCE_STAGE_PATH)
    marker = tmp_path / "killed-once"
    stages: list[object] = ["normalize", "length", "dedup_exact",
                            {_killer.REDUCE_STAGE_NAME: {"at": 7, "marker": str(marker)}}]
    marker.touch()  # the local reference run must not die (it runs in this process)
    local = shuddh.clean(corpus, str(tmp_path / "local"), stages=stages, workers=1)
    marker.unlink()
    remote = shuddh.clean(corpus, str(tmp_path / "ray"), stages=stages, executor="ray", workers=2)
    assert marker.is_file(), "the reduce partition was never killed"
    assert int(marker.read_text()) != os.getpid()  # it killed a Ray worker, not the driver
    assert remote.stats == local.stats
    assert output_tree(tmp_path / "ray") == output_tree(tmp_path / "local")
    assert _no_temp_files(tmp_path / "ray")  # the dead partition's half-written file is gone


def test_output_url_on_ray_same_bytes_as_local(ray_session: None, corpus: list[str], tmp_path: Path) -> None:
    # a file:// URL goes through the object-store path (fsspec): every task works in its own scratch
    # directory, downloads what it reads and uploads what it writes, markers last
    stages = ["normalize", "length", "dedup_lines", "dedup_exact", "dedup_near"]
    local = shuddh.clean(corpus, str(tmp_path / "local"), stages=stages, workers=1)
    remote = shuddh.clean(corpus, (tmp_path / "url").as_uri(), stages=stages, executor="ray", workers=2)
    assert remote.stats == local.stats
    assert output_tree(tmp_path / "url") == output_tree(tmp_path / "local")
    assert _no_temp_files(tmp_path / "url")


def test_cli_clean_and_run_with_ray(ray_session: None, corpus: list[str], tmp_path: Path) -> None:
    shuddh.clean(corpus, str(tmp_path / "local"), stages=DEDUP, workers=1)
    cli = CliRunner()
    r = cli.invoke(main, ["clean", *corpus, "-o", str(tmp_path / "c"), "--executor", "ray", "--no-progress",
                          "--config", str(_yaml(tmp_path, corpus, "unused"))])
    assert r.exit_code == 3, r.output  # 3: finished, with a quarantined record
    cfg = _yaml(tmp_path, corpus, str(tmp_path / "r"), executor="ray")
    r = cli.invoke(main, ["run", str(cfg), "--no-progress"])
    assert r.exit_code == 3, r.output
    for name in ("c", "r"):
        assert output_tree(tmp_path / name) == output_tree(tmp_path / "local")


def _yaml(tmp_path: Path, corpus: list[str], output: str, **extra: str) -> Path:
    p = tmp_path / f"pipeline-{len(list(tmp_path.glob('pipeline-*')))}.yaml"
    p.write_bytes(orjson.dumps({"inputs": corpus, "output": output, "stages": DEDUP, **extra}))  # JSON is YAML
    return p
