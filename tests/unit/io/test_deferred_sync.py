"""A shard task's files are made durable in one batch right before its done-marker (issue 17): no fsync per
file while the task writes (chrome_repeats alone writes 64 partition files a shard), every file fsynced
before the marker, the marker itself fsynced."""

import os
from pathlib import Path

import pytest

from shuddh.api import run
from shuddh.io.writers import RecordWriter, atomic_write_bytes, deferred_sync, sync_files
from tests.conftest import article


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """("fsync", path) and ("rename", destination) in the order they happen, for this process."""
    seen: list[tuple[str, str]] = []
    fsync, replace = os.fsync, os.replace

    def spy_fsync(fd: int) -> None:
        seen.append(("fsync", str(Path(f"/proc/self/fd/{fd}").readlink())))
        fsync(fd)

    def spy_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        replace(src, dst)
        seen.append(("rename", os.path.realpath(dst)))

    monkeypatch.setattr(os, "fsync", spy_fsync)
    monkeypatch.setattr(os, "replace", spy_replace)
    return seen


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name a descriptor's file")
def test_writes_inside_deferred_sync_are_fsynced_only_by_sync_files(tmp_path: Path, events: list) -> None:
    w = RecordWriter(tmp_path / "kept" / "part-00000.jsonl", "jsonl")
    with deferred_sync() as pending:
        w.write({"id": "1", "text": article(1)})
        assert w.commit()
        atomic_write_bytes(tmp_path / "work" / "part-00000.meta.json", b'{"n": 1}')
    assert not [e for e in events if e[0] == "fsync"]
    assert pending == [tmp_path / "kept" / "part-00000.jsonl", tmp_path / "work" / "part-00000.meta.json"]
    sync_files(pending)
    synced = [p for kind, p in events if kind == "fsync"]
    assert synced == [str(p.resolve()) for p in pending] + [str((tmp_path / d).resolve()) for d in ("kept", "work")]
    # outside it, each write is fsynced before its rename, as before
    events.clear()
    atomic_write_bytes(tmp_path / "marker.json", b"{}")
    assert [k for k, _ in events] == ["fsync", "rename"]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name a descriptor's file")
def test_shard_task_fsyncs_its_files_in_one_batch_before_the_marker(tmp_path: Path, events: list) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(6):
        (inp / f"khabar-{i}.txt").write_text(article(i), encoding="utf-8")
    out = tmp_path / "out"
    run({"inputs": [str(inp)], "output": str(out), "workers": 1,
         "stages": ["normalize", "chrome_repeats", "length"], "reader": {"split_bytes": 0}})
    done = (out / ".shuddh" / "done").resolve()
    marker = str(done / "p0-part-00003.json")
    at = events.index(("rename", marker))
    # the task of part-00003, phase 0: from its first write to its marker
    start = max(i for i, (k, p) in enumerate(events[:at]) if k == "rename" and p.startswith(str(done)))
    task = events[start + 1:at]
    renamed = [p for k, p in task if k == "rename"]
    synced = [p for k, p in task if k == "fsync"]
    # 64 chrome_repeats partition files, their site counts and meta, dropped/ or nothing else: all renamed
    assert sum(".lines.p" in p for p in renamed) == 64
    assert set(renamed) <= set(synced), "a file of the task was not made durable before its marker"
    first_sync = next(i for i, (k, _) in enumerate(task) if k == "fsync")
    assert all(k == "fsync" for k, _ in task[first_sync:]), "fsyncs interleaved with the task's writes"
    assert events[at - 1] == ("fsync", str(done / f".{Path(marker).name}.tmp-{os.getpid()}"))
