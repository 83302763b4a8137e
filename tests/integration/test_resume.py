"""A run killed with SIGKILL (or interrupted with Ctrl-C) resumes to byte-identical output."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import article

N_FILES = 16
DOCS_PER_FILE = 300


def _corpus(root: Path) -> Path:
    inp = root / "in"
    inp.mkdir()
    for f in range(N_FILES):
        lines = [json.dumps({"id": f"{f}-{i}", "text": article(f * DOCS_PER_FILE + i) if i % 7 else "छोटा"},
                            ensure_ascii=False) for i in range(DOCS_PER_FILE)]
        (inp / f"crawl-{f:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return inp


def _cmd(inp: Path, out: Path, workers: int, split: int | None = 0) -> list[str]:
    cmd = [sys.executable, "-m", "shuddh.cli", "clean", str(inp), "-o", str(out), "-w", str(workers),
           "--no-progress"]
    if split is not None:  # reader.split_bytes: 0 a shard per file; else small files grouped up to it
        cfg = inp.parent / f"split-{split}.yaml"
        cfg.write_text(f"reader: {{split_bytes: {split}}}\n")
        cmd += ["--config", str(cfg)]
    return cmd


def _tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes()
            for sub in ("kept", "dropped", "quarantine", "removed")
            for p in sorted((out / sub).rglob("*")) if p.is_file()} | {
        "stats.json": (out / "stats.json").read_bytes()}


def _kill_midway(cmd: list[str], out: Path, sig: int) -> int:
    # a shell without job control starts background jobs with SIGINT ignored, and Python keeps an ignored
    # SIGINT ignored: give the run the default disposition a terminal's Ctrl-C meets
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # noqa: PLW1509 (one syscall)
    done = out / ".shuddh" / "done"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        n = len(list(done.glob("*.json"))) if done.is_dir() else 0
        if n >= 3:
            break
        time.sleep(0.01)
    os.killpg(proc.pid, sig)
    proc.wait(timeout=60)
    n = len(list(done.glob("*.json")))
    assert 0 < n < N_FILES, f"the run was not stopped midway ({n} of {N_FILES} shards done)"
    return n


#: groups of two files (each ~482 KB) per shard: 8 shards
GROUPED = 1_000_000


@pytest.mark.slow
@pytest.mark.parametrize(("sig", "workers", "split"), [(signal.SIGKILL, 2, 0), (signal.SIGINT, 1, 0),
                                                       (signal.SIGKILL, 2, GROUPED), (signal.SIGINT, 1, GROUPED)])
def test_killed_run_resumes_to_identical_output(tmp_path, sig, workers, split):
    inp = _corpus(tmp_path)
    ref = tmp_path / "ref"
    subprocess.run(_cmd(inp, ref, 1, split), check=True, capture_output=True)
    shards = json.loads((ref / ".shuddh" / "plan.json").read_bytes())["shards"]
    # a shard per file, or groups of small files (issue 17): [index, [label, label]]
    assert [len(s[1]) if isinstance(s[1], list) else 1 for s in shards] == ([1] * N_FILES if split == 0
                                                                           else [2] * (N_FILES // 2))

    out = tmp_path / "out"
    _kill_midway(_cmd(inp, out, workers, split), out, sig)
    assert not (out / "stats.json").exists()
    res = subprocess.run(_cmd(inp, out, workers, split), capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr
    timing = json.loads((out / "timing.json").read_text())
    assert timing["shard_phases_resumed"] >= 3
    assert _tree(out) == _tree(ref)
    # no temp files left behind
    assert not list(out.rglob(".*.tmp-*"))
