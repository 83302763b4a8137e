"""The driver's worker processes and the output directory's lock: workers die with the driver (a
SIGKILLed driver must not leave orphans writing into OUT while the rerun works there), and two runs
never write into one directory at once."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import article
from tests.integration.test_resume import _cmd

N_FILES = 12
DOCS_PER_FILE = 300


def _corpus(root: Path) -> Path:
    inp = root / "in"
    inp.mkdir()
    for f in range(N_FILES):
        lines = [json.dumps({"id": f"{f}-{i}", "text": article(f * DOCS_PER_FILE + i)}, ensure_ascii=False)
                 for i in range(DOCS_PER_FILE)]
        (inp / f"crawl-{f:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return inp


def _alive_children(pid: int) -> set[int]:
    """Processes (not zombies) whose parent is ``pid``, from /proc."""
    out = set()
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            out.add(int(d.name))
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2:].split()[0] != "Z"


def _wait_for_done_markers(out: Path, n: int, proc: subprocess.Popen) -> None:
    done = out / ".shuddh" / "done"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if done.is_dir() and len(list(done.glob("*.json"))) >= n:
            return
        assert proc.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.01)
    raise AssertionError("the run did not start")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_exit_when_the_driver_is_killed(tmp_path):
    inp = _corpus(tmp_path)
    out = tmp_path / "out"
    proc = subprocess.Popen(_cmd(inp, out, 2), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    workers: set[int] = set()
    try:
        _wait_for_done_markers(out, 1, proc)
        workers = _alive_children(proc.pid)
        assert len(workers) >= 2, workers  # two workers (and the resource tracker)
        os.kill(proc.pid, signal.SIGKILL)  # the driver only, as the OOM killer would
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.05)
        left = [w for w in workers if _alive(w)]
        assert not left, f"worker processes {left} outlived their driver"
        # nothing writes into OUT any more: the rerun resumes to a complete, accounted run
        res = subprocess.run(_cmd(inp, out, 2), capture_output=True, text=True, check=False)
        assert res.returncode == 0, res.stderr
        stats = json.loads((out / "stats.json").read_text())
        assert stats["accounted"]
        assert stats["input"]["records"] == N_FILES * DOCS_PER_FILE
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        for w in workers:  # never leave orphans behind, even when the test fails
            if _alive(w):
                os.kill(w, signal.SIGKILL)


@pytest.mark.slow
def test_a_second_run_into_a_busy_output_directory_is_refused(tmp_path):
    inp = _corpus(tmp_path)
    out = tmp_path / "out"
    first = subprocess.Popen(_cmd(inp, out, 1), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    try:
        _wait_for_done_markers(out, 1, first)
        # even --overwrite must not touch a directory another run is writing into
        second = subprocess.run([*_cmd(inp, out, 1), "--overwrite"], capture_output=True, text=True, check=False)
        assert second.returncode == 2, second.stderr
        msg = " ".join(second.stderr.split())
        assert "in use by another shuddh run" in msg
        assert f"pid {first.pid} on " in msg
        assert first.wait(timeout=300) == 0, first.stderr.read() if first.stderr else ""
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
            first.wait()
    stats = json.loads((out / "stats.json").read_text())
    assert stats["accounted"]
    assert stats["input"]["records"] == N_FILES * DOCS_PER_FILE
    assert stats["kept"] + stats["dropped"] == N_FILES * DOCS_PER_FILE
    # the lock goes with the run: the same command again finds the finished run and resumes it (a no-op)
    again = subprocess.run(_cmd(inp, out, 1), capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr


_ORPHAN = """
import os, sys, time
from shuddh.executors.local import _exit_with_parent
sys.platform = "darwin"  # no prctl: only the watchdog thread is left to notice the parent's death
_exit_with_parent(int(sys.argv[1]))
print("ready", flush=True)
time.sleep(120)
"""

_PARENT = """
import os, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", sys.argv[1], str(os.getpid())])
print(child.pid, flush=True)
time.sleep(120)
"""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_the_parent_watchdog_ends_a_worker_without_prctl():
    parent = subprocess.Popen([sys.executable, "-c", _PARENT, _ORPHAN], stdout=subprocess.PIPE, text=True,
                              start_new_session=True)
    child = 0
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert parent.stdout.readline().strip() == "ready"  # the child's watchdog runs
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _alive(child):
            time.sleep(0.05)
        assert not _alive(child), "the child outlived its parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if child and _alive(child):
            os.kill(child, signal.SIGKILL)
