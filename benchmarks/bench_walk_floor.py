"""What a compiled walk could save the fast extractor (issue 17): the cost of reading the parsed tree in C
against shuddh's Python walk, per page of wcxb-dev.

    pip install 'cython>=3.0'   # not a dependency of shuddh: this benchmark only
    python benchmarks/bench_walk_floor.py [--pages 1497] [--repeat 3]

Every page is parsed (``shuddh.extract._fast.parse``, timed apart, each tree dropped at once); then, best of
``--repeat`` passes over all the parsed trees, each measured in CPU time:

* ``_py_walk``: shuddh's walk in Python (blocks, spans, chrome marks, head metadata), and ``_cwalk.walk``, the same
  walk compiled (``src/shuddh/extract/_cwalk.pyx``, the extractor's when built; the Python walk's row twice when it
  is not). 1,497 pages, best of 3, session 18: 3.28 -> 1.21 ms per page (the bare C visit 0.14, the bare Python
  visit 1.34); what remains is mostly Python objects and helpers both walks share (each block's ``_Block`` and
  sentence-end search, ``_string_names`` for a class or id not yet memoised);
* the whole of ``fast_extract`` after the parse (the walk and the choice of the main content);
* a bare Python visit: ``etree.iterwalk`` reading each element's tag, attribute names, class, text, children count
  and tail — what the walk reads, no decisions;
* the same visit in C (``benchmarks/prototypes/cwalk.pyx``, built here with Cython against lxml's public C API).

The difference between ``_walk`` and the C visit bounds what compiling the walk can save; the Python visit
shows how much of the walk is reading the tree and how much its own logic. (mypyc on ``_fast.py`` as it is:
measured in session 18, 6.7 -> 6.6 ms per page for the extractor alone: the code is untyped lxml calls and
closures, which mypyc runs as the interpreter does.)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

_SETUP = """
from setuptools import Extension, setup
from Cython.Build import cythonize
import lxml
setup(ext_modules=cythonize([Extension("cwalk", ["cwalk.pyx"], include_dirs=lxml.get_include())],
                            language_level=3, quiet=True))
"""


def build(folder: Path) -> Any:
    """The prototype compiled in ``folder`` and imported (SystemExit with the reason when it cannot be)."""
    try:
        import Cython  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        raise SystemExit("this benchmark needs Cython: pip install 'cython>=3.0'") from None
    shutil.copy(HERE / "prototypes" / "cwalk.pyx", folder / "cwalk.pyx")
    (folder / "setup.py").write_text(_SETUP)
    res = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=folder, capture_output=True,
                         text=True, check=False)
    if res.returncode:
        raise SystemExit(f"building the prototype failed:\n{res.stderr[-2000:]}")
    sys.path.insert(0, str(folder))
    import cwalk  # type: ignore[import-not-found]
    return cwalk


def py_visit(root: Any) -> int:
    """What the walk reads of the tree, in Python, without its decisions."""
    from lxml import etree  # type: ignore[import-untyped]

    n = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            if el.tag.__class__ is not str:
                continue
            keys = el.keys()
            if keys and "class" in keys:
                el.get("class")
            _ = el.text, len(el)
            n += 1
        else:
            _ = el.tail
    return n


def _compiled(fast: Any) -> Any:
    """The compiled walk (``_cwalk.pyx``), or a stand-in saying it is not built."""
    walk = fast._compiled_walk()
    if walk is None:
        print("the compiled walk is not built (or SHUDDH_PURE_PYTHON=1): its row times the Python walk")
        return fast._py_walk
    return walk


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=1497)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args(argv)
    from bench_extract import wcxb_pages

    from shuddh.extract import _fast
    from shuddh.extract._charset import decode_html_lazy

    pages = wcxb_pages()[:a.pages]
    if not pages:
        print("wcxb-dev not found: nothing to measure")
        return 0
    with tempfile.TemporaryDirectory(prefix="cwalk_") as tmp:
        cwalk = build(Path(tmp))
        import gzip

        datas = [gzip.decompress(p["path"].read_bytes()) for p in pages]
        # as extract_html hands a page to the parser: its bytes when they are UTF-8, else its text
        inputs: list[str | bytes] = []
        for d in datas:
            text, _charset, exact = decode_html_lazy(d)
            inputs.append(d if exact else (text or ""))
        parse_s = float("inf")
        for _ in range(a.repeat):  # each tree dropped at once, as in a run (not all of them kept)
            t0 = time.process_time()
            for x in inputs:
                _fast.parse(x)
            parse_s = min(parse_s, time.process_time() - t0)
        roots = [r for r in map(_fast.parse, inputs) if r is not None]
        cells = {"shuddh `_py_walk` (the walk in Python)": _fast._py_walk,
                 "shuddh `_cwalk.walk` (the walk compiled)": _compiled(_fast),
                 "shuddh `fast_extract` (walk + choice)": _fast.fast_extract,
                 "bare Python visit (`iterwalk`)": py_visit, "the same visit in C (Cython prototype)": cwalk.visit}
        best = dict.fromkeys(cells, float("inf"))
        for _ in range(a.repeat):
            for name, fn in cells.items():
                t0 = time.process_time()
                for r in roots:
                    fn(r)
                best[name] = min(best[name], time.process_time() - t0)
    print(f"{len(roots)} wcxb pages parsed (of {len(datas)}), best of {a.repeat}, load {os.getloadavg()[0]:.1f}\n")
    print("| step | ms per page |\n|---|---|")
    print(f"| parse (`_fast.parse`) | {1000 * parse_s / len(inputs):.2f} |")
    for name, v in best.items():
        print(f"| {name} | {1000 * v / len(roots):.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
