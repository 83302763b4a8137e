"""Inputs and outputs on fsspec URLs (issue 7): ``file://`` and ``memory://`` here; ``s3://`` and ``gs://``
go through the same code with s3fs / gcsfs installed (not tested). An output URL gives the same bytes as
a local output directory, also when resumed, and leaves no temporary keys."""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fsspec
import orjson
import pytest

import shuddh
from shuddh import runner
from shuddh.executors.local import LocalExecutor
from shuddh.io.readers import ReadOptions, read_file
from shuddh.stages import registry
from tests.engines import _killer
from tests.engines._corpus import output_tree, write_corpus

STAGES = ["normalize", "length", "dedup_lines", "dedup_exact", "dedup_near"]


@pytest.fixture
def mem() -> Iterator[str]:
    """A fresh memory:// prefix (the memory filesystem is global to this process)."""
    root = f"memory://t-{uuid.uuid4().hex}"
    yield root
    fs = fsspec.filesystem("memory")
    if fs.exists(root):
        fs.rm(root, recursive=True)


def _remote_tree(url: str) -> dict[str, bytes]:
    fs, root = fsspec.core.url_to_fs(url)
    files = {f[len(root.rstrip("/")) + 1:]: fs.cat_file(f) for f in fs.find(root)}
    out = {k: v for k, v in files.items() if k.split("/")[0] in ("kept", "dropped", "quarantine")}
    out["stats.json"] = files["stats.json"]
    return out


@pytest.mark.slow
def test_output_on_file_url_same_bytes_as_local_dir(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in")
    ref = shuddh.clean(corpus, str(tmp_path / "local"), stages=STAGES, workers=1)
    # two worker processes: every task downloads what it reads and uploads what it writes
    res = shuddh.clean(corpus, (tmp_path / "url").as_uri(), stages=STAGES, workers=2)
    assert res.stats == ref.stats
    assert output_tree(tmp_path / "url") == output_tree(tmp_path / "local")
    assert (tmp_path / "url" / "report.html").is_file()
    assert (tmp_path / "url" / "config.yaml").is_file()
    assert not (tmp_path / "url" / ".shuddh" / "work").exists()  # removed at the end, like locally
    assert not list((tmp_path / "url").rglob(".*.tmp-*"))


def test_input_and_output_on_memory_url(tmp_path: Path, mem: str) -> None:
    corpus = write_corpus(tmp_path / "in")
    fs = fsspec.filesystem("memory")
    for p in corpus:  # the same files, one of them gzipped, under a memory:// prefix
        data = Path(p).read_bytes()
        name = Path(p).name
        if name == "f2.jsonl":
            fs.pipe_file(f"{mem}/in/{name}.gz", gzip.compress(data))
        else:
            fs.pipe_file(f"{mem}/in/{name}", data)
    fs.pipe_file(f"{mem}/in/.hidden/x.jsonl", b'{"text": "nope"}\n')
    fs.pipe_file(f"{mem}/in/notes.pdf", b"%PDF")
    ref = shuddh.clean(corpus, str(tmp_path / "local"), stages=STAGES, workers=1)
    res = shuddh.clean([f"{mem}/in"], f"{mem}/out", stages=STAGES, workers=1)  # memory:// is per process
    assert res.skipped_files == [f"{mem}/in/notes.pdf (unknown type)"]
    # ids and provenance name the URL, so compare what does not: counts, reasons, kept texts
    for key in ("kept", "dropped", "quarantined", "dropped_by_reason", "quarantined_by_reason",
                "lines_removed_by_reason", "accounted"):
        assert res.stats[key] == ref.stats[key], key
    remote = _remote_tree(f"{mem}/out")
    local = output_tree(tmp_path / "local")
    assert sorted(remote) == sorted(local)

    def texts(tree: dict[str, bytes]) -> list[str]:
        return sorted(orjson.loads(line)["text"] for k, v in tree.items() if k.startswith("kept/")
                      for line in gzip.decompress(v).splitlines())

    assert texts(remote) == texts(local)
    assert not [f for f in fs.find(f"{mem}/out") if ".tmp-" in f]


def test_failed_run_on_memory_url_resumes_to_the_same_bytes(tmp_path: Path, mem: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.STAGE_PATHS, _killer.REDUCE_STAGE_NAME, _killer.REDUCE_STAGE_PATH)
    corpus = write_corpus(tmp_path / "in")
    marker = tmp_path / "failed-once"
    stages: list[Any] = ["normalize", "length", "dedup_exact",
                         {_killer.REDUCE_STAGE_NAME: {"at": 3, "marker": str(marker), "mode": "raise"}}]
    marker.touch()
    # reader.split_bytes 0: a shard per file (the four small files would be one group)
    ref = shuddh.clean(corpus, str(tmp_path / "local"), stages=stages, workers=1, reader={"split_bytes": 0})
    marker.unlink()
    root = f"{mem}/out"
    cfg = shuddh.load_config({"inputs": corpus, "output": root, "stages": stages, "workers": 1,
                              "reader": {"split_bytes": 0}})
    with pytest.raises(RuntimeError, match="reduce partition 3 failed"):
        runner.run_pipeline(cfg, LocalExecutor(1))
    fs = fsspec.filesystem("memory")
    work = f"{root}/.shuddh/work/stage3"
    assert sorted(f.rsplit("/", 1)[-1] for f in fs.find(work) if "/reduce-" in f) == [
        "reduce-0000.json", "reduce-0001.json", "reduce-0002.json"]  # uploaded by the finished partitions
    assert not fs.exists(f"{root}/stats.json")
    fs.pipe_file(f"{root}/kept/.part-00002.jsonl.gz.tmp-99999", b"half")  # a dead worker's upload
    res = runner.run_pipeline(cfg, LocalExecutor(1))
    # phase 0 of the 4 shards was done (dedup_exact and the near-dedup stage that fails collect in one
    # pass; its reduce reads what dedup_exact drops, fetched from the memory:// output)
    assert res.timing["shard_phases_resumed"] == 4
    assert res.stats == ref.stats
    assert _remote_tree(root) == output_tree(tmp_path / "local")
    assert not [f for f in fs.find(root) if ".tmp-" in f]
    assert not fs.exists(f"{root}/.shuddh/work")


def test_a_different_run_in_a_url_output_is_refused(tmp_path: Path, mem: str) -> None:
    corpus = write_corpus(tmp_path / "in")
    shuddh.clean(corpus, f"{mem}/out", stages=STAGES, workers=1)
    with pytest.raises(shuddh.OutputError, match="different configuration"):
        shuddh.clean(corpus, f"{mem}/out", stages=STAGES[:2], workers=1)
    fsspec.filesystem("memory").pipe_file(f"{mem}/other/x.txt", b"x")
    with pytest.raises(shuddh.OutputError, match="not empty"):
        shuddh.clean(corpus, f"{mem}/other", stages=STAGES, workers=1)
    res = shuddh.clean(corpus, f"{mem}/out", stages=STAGES[:2], workers=1, overwrite=True)
    assert res.stats["accounted"]


def test_reader_opens_urls_with_compression(tmp_path: Path, mem: str) -> None:
    import zstandard

    fs = fsspec.filesystem("memory")
    line = orjson.dumps({"id": "a", "text": "नमस्ते दुनिया। यह एक वाक्य है।"}) + b"\n"
    fs.pipe_file(f"{mem}/a.jsonl.zst", zstandard.ZstdCompressor().compress(line * 3))
    fs.pipe_file(f"{mem}/b.jsonl.gz", gzip.compress(line * 2)[:-12])  # truncated
    docs = list(read_file(f"{mem}/a.jsonl.zst", "a", ReadOptions()))
    assert [d.text for d in docs] == ["नमस्ते दुनिया। यह एक वाक्य है।"] * 3  # type: ignore[union-attr]
    items = list(read_file(f"{mem}/b.jsonl.gz", "b", ReadOptions()))
    assert items[-1].reason == "read.truncated"  # type: ignore[union-attr]  # same as a local file


def test_resume_refuses_changed_input_behind_a_url(tmp_path, mem):
    """Issue 15 item 9 for URLs: the plan keeps each input object's size and ETag/modification time."""
    from shuddh.errors import OutputError

    fs = fsspec.filesystem("memory")
    line = orjson.dumps({"id": "a", "text": "नगर निगम ने शहर की सड़कों की मरम्मत का काम शुरू किया है।"}) + b"\n"
    fs.pipe_file(f"{mem}/in/a.jsonl", line)
    fs.pipe_file(f"{mem}/in/b.jsonl", line.replace(b'"a"', b'"b"'))
    out = str(tmp_path / "out")
    shuddh.clean([f"{mem}/in"], out, stages=["normalize"], workers=1)
    fs.pipe_file(f"{mem}/in/b.jsonl", line.replace(b'"a"', b'"b"') * 3)
    with pytest.raises(OutputError, match=r"changed") as e:
        shuddh.clean([f"{mem}/in"], out, stages=["normalize"], workers=1)
    assert f"{mem}/in/b.jsonl (changed" in str(e.value)
    assert f"{mem}/in/a.jsonl" not in str(e.value)
    # and an output under an input prefix is not read as input
    res = shuddh.clean([f"{mem}/in"], f"{mem}/in/out", stages=["normalize"], workers=1)
    assert res.stats["input"]["records"] == 4
    again = shuddh.clean([f"{mem}/in"], f"{mem}/in/out", stages=["normalize"], workers=1)
    assert again.stats["input"]["records"] == 4
    assert again.timing["shard_phases_resumed"] == 1  # a.jsonl and b.jsonl: one group of small files
