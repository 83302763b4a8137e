"""The README's code blocks, run as written (issue 16, item 6): the set-up command that cleans the example
(in a fresh virtual environment, as on a Debian/Ubuntu system Python), and the Python example saved as
a script, with the README's pipeline.yaml beside it. The test command is the one `.ci/run` runs."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import orjson
import pytest

from tests.conftest import REPO

README = REPO / "README.md"


def _blocks(lang: str, section: str | None = None) -> list[str]:
    text = README.read_text(encoding="utf-8")
    if section is not None:
        text = text.split(f"\n{section}\n", 1)[1]
        text = re.split(r"\n#{2,3} ", text, maxsplit=1)[0]
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.DOTALL)


def _kept(outdir: Path) -> list[dict[str, object]]:
    return [orjson.loads(line) for f in sorted((outdir / "kept").glob("*.jsonl.gz"))
            for line in gzip.decompress(f.read_bytes()).splitlines()]


def test_set_up_has_exactly_two_commands_and_ci_runs_the_second() -> None:
    setup = _blocks("bash", "## Set up")
    assert len(setup) == 2
    example, tests = (b.strip() for b in setup)
    assert "\n" not in example
    assert "\n" not in tests
    # a venv first: `pip install` into a Debian/Ubuntu system Python is refused (PEP 668)
    for cmd in (example, tests):
        assert cmd.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install ")
    assert "shuddh clean examples/hindi-news -o out/example" in example
    assert tests.endswith("python3 -m pytest")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert tests in ci


def test_python_example_guards_its_runs_for_spawned_workers() -> None:
    (code,) = _blocks("python", "### Python")
    body = code.split('if __name__ == "__main__":', 1)
    assert len(body) == 2, "without the guard a spawned worker re-runs the script"
    assert "shuddh.clean(" not in body[0]
    assert "shuddh.run(" not in body[0]


def _copy_source(dst: Path) -> None:
    # setup.py too: the install builds the extractor's compiled walk where a C compiler is at hand (README); the
    # build's own products in this tree (the module, Cython's C file) are not copied, the install makes its own
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(REPO / name, dst / name)
    for name in ("src", "examples"):
        shutil.copytree(REPO / name, dst / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc", "*.so", "_cwalk.c"))


def _can_compile() -> bool:
    """A C compiler and Python's headers: what the optional extension of setup.py needs."""
    return (shutil.which("cc") or shutil.which("gcc")) is not None and (
        Path(sysconfig.get_paths()["include"]) / "Python.h").is_file()


@pytest.mark.slow
def test_python_example_runs_as_a_script_twice(tmp_path: Path) -> None:
    """The Python block saved as a script, the README's pipeline.yaml beside it and the bundled example
    as crawl/: both runs finish, and running the script again resumes them instead of colliding."""
    (code,) = _blocks("python", "### Python")
    (yaml_text,) = _blocks("yaml", "### pipeline.yaml")
    (tmp_path / "example.py").write_text(code, encoding="utf-8")
    (tmp_path / "pipeline.yaml").write_text(yaml_text, encoding="utf-8")
    shutil.copytree(REPO / "examples" / "hindi-news", tmp_path / "crawl")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    for attempt in (1, 2):
        res = subprocess.run([sys.executable, "example.py"], cwd=tmp_path, env=env, capture_output=True,
                             text=True, timeout=900, check=False)
        assert res.returncode == 0, (attempt, res.stdout, res.stderr)
        lines = res.stdout.strip().splitlines()
        assert lines[-1].endswith(" True"), lines  # the YAML run's counts add up
        assert int(lines[0].split()[0]) >= 1, lines
    # the Python call wrote out/, the YAML run (output overridden) out-yaml/: two runs, side by side
    for out in ("out", "out-yaml"):
        # the two news articles of examples/hindi-news/pages.jsonl (their ids are in the input)
        assert {"khel-001", "mausam-002"} <= {doc["id"] for doc in _kept(tmp_path / out)}, out
        assert (tmp_path / out / "stats.json").is_file()
    assert not (tmp_path / "out" / "out-yaml").exists()


@pytest.mark.slow
def test_set_up_example_command_runs_as_written(tmp_path: Path) -> None:
    """The first set-up command, verbatim, in a copy of the repository: a new venv, `pip install .`
    (from the package index pip is configured with), then the bundled example. Minutes, mostly pip."""
    if shutil.which("bash") is None:
        pytest.skip("no bash")
    example = _blocks("bash", "## Set up")[0].strip()
    _copy_source(tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    res = subprocess.run(["bash", "-c", example], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=1800, check=False)
    assert res.returncode == 0, (res.stdout[-3000:], res.stderr[-3000:])
    # `ls out/example out/example/kept` printed the output directory and the kept files
    assert "report.html" in res.stdout
    assert "part-00000.jsonl.gz" in res.stdout
    assert {"khel-001", "mausam-002"} <= {doc["id"] for doc in _kept(tmp_path / "out" / "example")}
    stats = orjson.loads((tmp_path / "out" / "example" / "stats.json").read_bytes())
    assert stats["accounted"] is True
    assert stats["dropped"] >= 1  # the teaser and the chrome-only page (README)
    if _can_compile():  # the README's promise: with a compiler, `pip install .` built the compiled walk
        check = subprocess.run([str(tmp_path / ".venv" / "bin" / "python"), "-c",
                                "from shuddh.extract import _cwalk, _fast; assert _fast._walk is _cwalk.walk"],
                               cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False)
        assert check.returncode == 0, check.stderr[-3000:]
