"""The output directory and the input it is planned from: what may be a path, what may be read, what a
resume must refuse, and which mistakes end before anything is touched (exit 2, one line, no traceback)."""

import errno
import gzip
import json
import os
import pathlib
from pathlib import Path

import pytest
from click.testing import CliRunner

import shuddh
from shuddh.cli import main
from tests.conftest import article

STAGES = ["normalize", "length"]  # no langid: documents keep the lang their record gives


def _records(n: int, start: int = 0, **extra) -> str:
    return "".join(json.dumps({"id": f"d{start + i}", "text": article(start + i), **extra}, ensure_ascii=False)
                   + "\n" for i in range(n))


def _corpus(root: Path, files: int = 2, per_file: int = 5) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        (root / f"f{f}.jsonl").write_text(_records(per_file, f * per_file), encoding="utf-8")
    return root


def _clean(*args: str):
    return CliRunner().invoke(main, ["clean", *args, "--no-progress", "-w", "1"])


def _one_line_error(res) -> str:
    """The run ended with exit 2 through shuddh's own error (not a traceback); the message, unwrapped."""
    assert res.exit_code == 2, res.output
    assert isinstance(res.exception, SystemExit), repr(res.exception)
    assert "Traceback" not in res.output
    return " ".join(res.output.split())


def _read_gz(path: Path) -> list[dict]:
    return [json.loads(line) for line in gzip.open(path)]


# -- item 4: a record's lang never becomes a path -------------------------------------------------------

def test_route_by_lang_puts_unknown_labels_in_a_safe_folder(tmp_path):
    inp = tmp_path / "in.jsonl"
    outside = tmp_path / "escaped"
    langs = ["hi", "../dropped", "../../x", str(outside), "..", "hi/../../y", "mr", None, "zz"]
    inp.write_text("".join(json.dumps({"id": f"d{i}", "text": article(i), "lang": lang}, ensure_ascii=False)
                           + "\n" for i, lang in enumerate(langs))
                   + json.dumps({"id": "short", "text": "छोटा"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    res = shuddh.clean(str(inp), str(out), stages=STAGES, route_by_lang=True, workers=1)
    assert res.stats["accounted"]
    assert res.stats["dropped"] == 1
    # every file the run wrote is inside OUT, and kept/ has one folder per known label, the rest in other/
    assert not outside.exists()
    assert not (tmp_path / "x").exists()
    assert not (tmp_path / "y").exists()
    assert sorted(p.name for p in (out / "kept").iterdir()) == ["hi", "mr", "other", "und"]
    kept = {r["id"]: p.parent.name for p in (out / "kept").rglob("*.jsonl.gz") for r in _read_gz(p)}
    assert kept == {"d0": "hi", "d1": "other", "d2": "other", "d3": "other", "d4": "other", "d5": "other",
                    "d6": "mr", "d7": "und", "d8": "other"}
    # the dropped shard was not overwritten by a kept one: the short document is still there
    (dropped,) = (out / "dropped").glob("*.jsonl.gz")
    assert [r["id"] for r in _read_gz(dropped)] == ["short"]


# -- item 5: the output and the input ---------------------------------------------------------------------

def test_output_equal_to_input_is_refused_even_with_overwrite(tmp_path):
    inp = _corpus(tmp_path / "crawl")
    mine = inp / "kept" / "mine.jsonl"  # the user's own folder that happens to be called kept
    mine.parent.mkdir()
    mine.write_text(_records(1, 100), encoding="utf-8")
    before = sorted(p.relative_to(inp) for p in inp.rglob("*"))
    msg = _one_line_error(_clean(str(inp), "-o", str(inp), "--overwrite"))
    assert "is the input" in msg
    assert sorted(p.relative_to(inp) for p in inp.rglob("*")) == before
    assert mine.read_text(encoding="utf-8") == _records(1, 100)


def test_output_containing_an_input_is_refused_before_touching_it(tmp_path):
    inp = _corpus(tmp_path / "data" / "crawl")
    msg = _one_line_error(_clean(str(inp), "-o", str(tmp_path / "data"), "--overwrite"))
    assert "contains the input" in msg
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["crawl"]


def test_output_inside_the_input_is_not_read_and_resumes(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=2, per_file=5)
    out = inp / "out"
    res = _clean(str(inp), "-o", str(out))
    assert res.exit_code == 0, res.output
    stats = json.loads((out / "stats.json").read_text())
    assert stats["input"]["records"] == 10
    assert stats["quarantined"] == 0
    assert stats["input"]["files"] == 2
    # the documented resume: the same command again finds its own run (its output is not new input)
    again = _clean(str(inp), "-o", str(out))
    assert again.exit_code == 0, again.output
    assert json.loads((out / "timing.json").read_text())["shard_phases_resumed"] >= 2
    assert json.loads((out / "stats.json").read_text())["input"]["records"] == 10


# -- item 9: a resume over changed input is refused, naming the file -------------------------------------

def test_resume_refuses_input_that_changed_since_the_run_started(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=2, per_file=5)
    out = tmp_path / "out"
    assert _clean(str(inp), "-o", str(out)).exit_code == 0
    # as after a crash: the run is not finished, and the crawler appended to one file meanwhile
    for marker in (out / ".shuddh" / "done").glob("*part-00001*"):
        marker.unlink()
    (out / "stats.json").unlink()
    with (inp / "f1.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(_records(100, 1000))
    msg = _one_line_error(_clean(str(inp), "-o", str(out)))
    assert "f1.jsonl" in msg
    assert "f0.jsonl" not in msg
    assert "changed" in msg
    assert "--overwrite" in msg
    # starting again reads the whole, changed input
    res = _clean(str(inp), "-o", str(out), "--overwrite")
    assert res.exit_code == 0, res.output
    assert json.loads((out / "stats.json").read_text())["input"]["records"] == 110


def test_resume_refuses_a_rewritten_file_of_the_same_size(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=3)
    out = tmp_path / "out"
    assert _clean(str(inp), "-o", str(out)).exit_code == 0
    f = inp / "f0.jsonl"
    st = f.stat()
    f.write_text(f.read_text(encoding="utf-8").replace("d1", "dX"), encoding="utf-8")
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert f.stat().st_size == st.st_size
    msg = _one_line_error(_clean(str(inp), "-o", str(out)))
    assert "f0.jsonl (changed" in msg


def test_resume_refuses_an_added_input_file(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=3)
    out = tmp_path / "out"
    assert _clean(str(inp), "-o", str(out)).exit_code == 0
    (inp / "late.jsonl").write_text(_records(2, 50), encoding="utf-8")
    msg = _one_line_error(_clean(str(inp), "-o", str(out)))
    assert "late.jsonl (new)" in msg


# -- item 10: what a folder walk cannot read is listed; one file is read once ----------------------------

def test_dangling_symlinks_and_symlink_loops_are_listed_not_fatal(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=3)
    (inp / "gone.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    (inp / "a.jsonl").symlink_to(inp / "b.jsonl")
    (inp / "b.jsonl").symlink_to(inp / "a.jsonl")  # a loop of file links
    sub = inp / "sub"
    sub.mkdir()
    (sub / "up").symlink_to(inp, target_is_directory=True)  # a loop of directories
    out = tmp_path / "out"
    res = _clean(str(inp), "-o", str(out))
    assert res.exit_code == 0, res.output
    stats = json.loads((out / "stats.json").read_text())
    assert stats["input"]["records"] == 3
    skipped = stats["input"]["skipped_files"]
    assert f"{(inp / 'gone.jsonl').as_posix()} (dangling symlink)" in skipped
    assert f"{(inp / 'a.jsonl').as_posix()} (symlink loop)" in skipped
    assert f"{(inp / 'b.jsonl').as_posix()} (symlink loop)" in skipped
    assert f"{(sub / 'up').as_posix()} (symlink loop)" in skipped
    assert "not read: 4 path(s)" in " ".join(res.output.split())


def test_a_symlinked_folder_is_read(tmp_path):
    real = _corpus(tmp_path / "elsewhere", files=1, per_file=4)
    inp = _corpus(tmp_path / "crawl", files=1, per_file=3)
    (inp / "more").symlink_to(real, target_is_directory=True)
    res = shuddh.clean(str(inp), str(tmp_path / "out"), stages=STAGES, workers=1)
    assert res.stats["input"]["records"] == 7


def test_an_unreadable_folder_is_listed(tmp_path, monkeypatch):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=3)
    locked = inp / "private"
    locked.mkdir()
    (locked / "x.jsonl").write_text(_records(2, 10), encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # what a folder without read permission gives (root would read it anyway)
        if isinstance(path, str | os.PathLike) and Path(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    res = shuddh.clean(str(inp), str(tmp_path / "out"), stages=STAGES, workers=1)
    assert res.stats["input"]["records"] == 3
    assert res.skipped_files == [f"{locked.as_posix()} (unreadable directory: Permission denied)"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder without read permission")
def test_an_unreadable_folder_is_listed_for_real(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=3)
    locked = inp / "private"
    locked.mkdir()
    (locked / "x.jsonl").write_text(_records(2, 10), encoding="utf-8")
    locked.chmod(0)
    try:
        res = shuddh.clean(str(inp), str(tmp_path / "out"), stages=STAGES, workers=1)
    finally:
        locked.chmod(0o755)
    assert res.skipped_files == [f"{locked.as_posix()} (unreadable directory: Permission denied)"]


def test_one_file_under_several_spellings_is_read_once(tmp_path, monkeypatch):
    _corpus(tmp_path / "crawl", files=2, per_file=3)
    monkeypatch.chdir(tmp_path)
    res = _clean("crawl", "crawl/", "./crawl", str(tmp_path / "crawl"), "crawl/f0.jsonl", "-o", "out")
    assert res.exit_code == 0, res.output
    stats = json.loads((tmp_path / "out" / "stats.json").read_text())
    assert stats["input"]["records"] == 6
    assert stats["input"]["files"] == 2
    # the labels (and so the ids of id-less records and the provenance) are those of the first spelling
    recs = [r for p in sorted((tmp_path / "out").glob("*/*.gz")) if p.parent.name != "removed" for r in _read_gz(p)]
    assert len(recs) == 6
    assert {r["source"].split(":")[0] for r in recs} == {"crawl/f0.jsonl", "crawl/f1.jsonl"}


# -- item 18: mistakes end before anything is touched ----------------------------------------------------

def test_unknown_langs_leave_no_output_behind(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=2)
    out = tmp_path / "out"
    msg = _one_line_error(_clean(str(inp), "-o", str(out), "--langs", "zz"))
    assert "zz" in msg
    assert not out.exists()
    res = _clean(str(inp), "-o", str(out), "--langs", "hi")  # the corrected command is not refused
    assert res.exit_code == 0, res.output


def test_unknown_langid_label_in_yaml_leaves_no_output_behind(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=2)
    cfg = tmp_path / "p.yaml"
    cfg.write_text(f"inputs: [{inp}]\noutput: {tmp_path / 'out'}\nstages:\n  - langid: {{keep: 'hi,marathi'}}\n",
                   encoding="utf-8")
    res = CliRunner().invoke(main, ["run", str(cfg), "--no-progress", "-w", "1"])
    assert "marathi" in _one_line_error(res)
    assert not (tmp_path / "out").exists()


def test_empty_langs_is_an_error(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=2)
    msg = _one_line_error(_clean(str(inp), "-o", str(tmp_path / "out"), "--langs", " , "))
    assert "--langs" in msg
    assert not (tmp_path / "out").exists()


def test_huge_minhash_parameters_are_a_config_error(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=2)
    cfg = tmp_path / "p.yaml"
    cfg.write_text(f"inputs: [{inp}]\noutput: {tmp_path / 'out'}\n"
                   "stages:\n  - dedup_near: {bands: 100000, rows: 100000}\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["run", str(cfg), "--no-progress"])
    msg = _one_line_error(res)
    assert "dedup_near" in msg
    assert "bands" in msg
    assert not (tmp_path / "out").exists()


def test_non_utf8_yaml_is_a_config_error(tmp_path):
    cfg = tmp_path / "p.yaml"
    cfg.write_bytes(b"inputs: [in]\noutput: out\nprofile: \xe9\n")
    msg = _one_line_error(CliRunner().invoke(main, ["run", str(cfg), "--no-progress"]))
    assert "UTF-8" in msg


def test_output_naming_an_existing_file_is_an_error(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=2)
    target = tmp_path / "notes.txt"
    target.write_text("mine", encoding="utf-8")
    msg = _one_line_error(_clean(str(inp), "-o", str(target)))
    assert "is an existing file" in msg
    assert target.read_text(encoding="utf-8") == "mine"


def test_output_that_cannot_be_written_is_an_error(tmp_path, monkeypatch):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=2)
    out = tmp_path / "ro"
    out.mkdir()
    real_mkdir = pathlib.Path.mkdir

    def mkdir(self, *a, **kw):  # a read-only directory (as root, chmod would not stop us)
        if self != out and out in self.parents:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_mkdir(self, *a, **kw)

    monkeypatch.setattr(pathlib.Path, "mkdir", mkdir)
    msg = _one_line_error(_clean(str(inp), "-o", str(out)))
    assert "cannot write into the output directory" in msg
    assert "Permission denied" in msg


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only directory")
def test_read_only_output_directory_for_real(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=2)
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    try:
        msg = _one_line_error(_clean(str(inp), "-o", str(out)))
    finally:
        out.chmod(0o755)
    assert "cannot write into the output directory" in msg


def test_a_full_disk_ends_in_one_line_and_resumes(tmp_path, monkeypatch):
    from shuddh.io import writers

    inp = _corpus(tmp_path / "crawl", files=2, per_file=3)
    out = tmp_path / "out"
    real_commit = writers.RecordWriter.commit
    calls = {"n": 0}

    def commit(self):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device", str(self.path))
        return real_commit(self)

    monkeypatch.setattr(writers.RecordWriter, "commit", commit)
    res = _clean(str(inp), "-o", str(out))
    assert res.exit_code == 1, res.output
    assert isinstance(res.exception, SystemExit), repr(res.exception)
    msg = " ".join(res.output.split())
    assert "No space left on device" in msg
    assert "rerun the same command to resume" in msg
    assert "Traceback" not in res.output
    monkeypatch.setattr(writers.RecordWriter, "commit", real_commit)
    again = _clean(str(inp), "-o", str(out))
    assert again.exit_code == 0, again.output
    assert json.loads((out / "stats.json").read_text())["input"]["records"] == 6


def test_empty_langid_keep_in_yaml_is_an_error(tmp_path):
    inp = _corpus(tmp_path / "crawl", files=1, per_file=2)
    cfg = tmp_path / "p.yaml"
    cfg.write_text(f"inputs: [{inp}]\noutput: {tmp_path / 'out'}\nstages:\n  - langid: {{keep: ''}}\n",
                   encoding="utf-8")
    msg = _one_line_error(CliRunner().invoke(main, ["run", str(cfg), "--no-progress", "-w", "1"]))
    assert "keep names no language" in msg
    assert not (tmp_path / "out").exists()


def test_a_local_run_makes_no_scratch_folder_outside_its_output(tmp_path, monkeypatch):
    """The driver's scratch folder is for a remote output only: a local run that is killed (SIGKILL, the OOM
    killer) cannot remove one, so it must not make one (it left an empty /tmp/shuddh-driver-* each time)."""
    import tempfile as real_tempfile
    import uuid

    import shuddh.runner as runner

    made = []

    class Recording(real_tempfile.TemporaryDirectory):  # type: ignore[type-arg]
        def __init__(self, *a, **k):
            made.append(k.get("prefix"))
            super().__init__(*a, **k)

    monkeypatch.setattr(runner.tempfile, "TemporaryDirectory", Recording)
    src = _corpus(tmp_path / "in")
    res = shuddh.clean([str(src)], str(tmp_path / "out"), stages=STAGES, workers=1)
    assert res.stats["kept"] == 10
    assert "shuddh-driver-" not in made
    # a remote output still gets one (its state files are rendered there first)
    mem = f"memory://scratch-{uuid.uuid4().hex}"
    res = shuddh.clean([str(src)], mem, stages=STAGES, workers=1)
    assert res.stats["kept"] == 10
    assert "shuddh-driver-" in made
