"""Issue 16 item 10: one owner of the output layout and the task protocol (shuddh.layout)."""

from __future__ import annotations

import fnmatch
import json
from pathlib import Path

import orjson
import pytest

import shuddh
from shuddh.errors import StageError
from shuddh.executors.shard import build_stages, phases_of, work_files
from shuddh.layout import TEMP_GLOB, Layout, ShardResult, is_marker, is_temp, part_files, shard_of, temp_key, temp_path
from shuddh.runner import ReduceTask, run_reduce
from shuddh.stages.registry import StageSpec
from tests.conftest import article

STAGES = ["normalize", "chrome_repeats", "length", "dedup_exact", "dedup_near"]


def test_a_run_writes_exactly_the_names_the_layout_gives(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for f in range(2):
        (inp / f"c{f}.jsonl").write_text("".join(json.dumps({"id": f"{f}-{i}", "text": article(10 * f + i)},
                                                            ensure_ascii=False) + "\n" for i in range(6)),
                                         encoding="utf-8")
    out = tmp_path / "out"
    shuddh.clean([str(inp)], str(out), stages=STAGES, workers=1, format="jsonl", compression="zstd",
                 reader={"split_bytes": 0})  # a shard per file (the two small files would be one group)
    lay = Layout(out)
    specs = tuple(StageSpec(s, {}) for s in STAGES)
    phases = phases_of(build_stages("layout-test", specs))
    shards = ["part-00000", "part-00001"]
    globals_ = [g for _seg, closing in phases for g in closing or ()]
    expected = {lay.done(p, s) for p in range(len(phases)) for s in shards} | {lay.reduced(g) for g in globals_}
    assert set(lay.done(0, "x").parent.iterdir()) == expected
    for p in range(len(phases)):
        for s in shards:
            res = ShardResult.from_dict(orjson.loads(lay.done(p, s).read_bytes()))
            assert (res.shard, res.phase, res.final) == (s, p, p == len(phases) - 1)
            assert ShardResult.from_dict(res.to_dict()) == res
            # every output file a task reports is where the layout puts it (work files go at the end)
            for rel in res.files:
                assert (out / rel).is_file() or (out / rel).is_relative_to(lay.work)
    kept = set((out / "kept").iterdir())
    assert kept <= {lay.kept(s, ".jsonl.zst") for s in shards}
    assert kept
    assert lay.plan.is_file()
    assert lay.log.is_file()
    assert lay.stats.is_file()
    assert lay.config.is_file()
    assert not lay.work.exists()  # the work folders go when the run completes
    assert not [p for p in out.rglob("*") if fnmatch.fnmatch(p.name, TEMP_GLOB)]
    # the readers of a finished run (show, inspect, audit) list the same files by part_files
    assert set(part_files(lay.kept_dir)) == kept
    assert {shard_of(p) for p in part_files(lay.kept_dir)} <= set(shards)


def test_part_files_lists_parts_of_every_language_folder_and_no_temporary_file(tmp_path):
    lay = Layout(tmp_path)
    hi, mr = lay.kept("part-00001", ".jsonl.gz", "hi"), lay.kept("part-00000", ".jsonl.gz", "mr")
    dropped = lay.dropped("part-00002", 1, ".jsonl.gz")
    for p in (hi, mr, dropped, temp_path(lay.kept("part-00003", ".jsonl.gz", "hi"), pid=7)):
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"")
    assert part_files(lay.kept_dir) == [hi, mr]  # path order: kept/hi before kept/mr
    assert [shard_of(p) for p in part_files(lay.kept_dir)] == ["part-00001", "part-00000"]
    assert [shard_of(p) for p in part_files(lay.dropped_dir)] == ["part-00002"]  # phase suffix dropped
    assert part_files(lay.removed_dir) == []  # a run without an audit trail


def test_temporary_names_and_markers():
    tmp = temp_path(Path("out/kept/part-00003.jsonl.gz"), 41)
    assert tmp == Path("out/kept/.part-00003.jsonl.gz.tmp-41")
    assert fnmatch.fnmatch(tmp.name, TEMP_GLOB)
    assert is_temp(tmp.name)
    assert not is_temp("part-00003.jsonl.gz")
    assert temp_key("bucket/run/stats.json", 7) == "bucket/run/.stats.json.tmp-7"
    lay = Layout(Path())
    assert is_marker(lay.done(2, "part-00001").as_posix())
    assert is_marker(lay.partition_done(3, 12).as_posix())
    assert is_marker(lay.reduce_done(3).as_posix())
    assert not is_marker(lay.documents(3, "part-00001").as_posix())
    assert not is_marker(lay.kept("part-00001", ".jsonl").as_posix())


def test_global_stages_declare_the_work_files_they_need():
    stages = build_stages("layout-wf", tuple(StageSpec(s, {}) for s in STAGES))
    repeats, exact, near = (work_files(stages[i]) for i in (1, 3, 4))
    # a dedup stage sharing the barrier reads what the one before it dropped and kept
    assert exact.for_downstream("part-00002.dropped.int64")
    assert exact.for_downstream("part-00002.kept.int64")
    assert not repeats.for_downstream("part-00002.dropped.int64")
    # a reduce never downloads the documents or the per-shard decisions; a shard's apply only its own files
    # and the stage's global ones
    assert not near.for_reduce("part-00002.docs.jsonl.zst", partition=False)
    assert not near.for_reduce("part-00002.decisions.json", partition=True)
    assert near.for_reduce("part-00002.near.pos.int64", partition=True)
    assert repeats.for_shard_apply("part-00002", "repeated.uint64")
    assert not repeats.for_shard_apply("part-00002", "part-00003.decisions.json")
    assert not exact.for_shard_apply("part-00002", "reduce.k0001.int64")


def test_a_reduce_with_a_missing_partition_raises_stage_error(tmp_path):
    specs = tuple(StageSpec(s, {}) for s in ["normalize", "dedup_exact"])
    build_stages("layout-reduce", specs)
    with pytest.raises(StageError, match="reduce partition 0 of dedup_exact has not finished"):
        run_reduce(ReduceTask(str(tmp_path), "layout-reduce", specs, 1, ("part-00000",)))
