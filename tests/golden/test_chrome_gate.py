"""Ratcheting quality gate for chrome removal (like trafilatura's tests/eval_gate.py).

Runs ``benchmarks/bench_chrome.py``'s with/without evaluation on the dev pages in ../shared and fails
when shuddh's pooled F1 drops below the floor. The floors only go up: when a change improves the
score, raise them here in the same change. Skipped when ../shared is absent.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from tests.conftest import REPO, SHARED

NEWS = SHARED / "data" / "html-indic-news" / "gold.json"

# measured with `python benchmarks/bench_chrome.py` (see benchmarks/results/chrome.md); ratchet only up
FLOOR_HTML_F1 = 1.0  # shuddh: trafilatura engine + normalize + chrome; trafilatura alone: 0.778
# 1.0 -> 0.978 in session 5, a deliberate precision-first trade (the only time this floor went down): the
# top/bottom position rules take only short lines (<= 3 words) or lines outside the page's script, which cut
# prose lost on held-out wcxb sites from 3.32 % to 1.40 % (benchmarks/results/chrome_sites.md) and leaves two
# unlabelled lines at the bottom of one Bengali dev page (a related headline and a date)
FLOOR_TEXT_F1 = 0.978  # shuddh: normalize + chrome on every visible line; C4 + ।: 0.764
EPS = 1e-9

pytestmark = [pytest.mark.shared_data,
              pytest.mark.skipif(not NEWS.is_file(), reason="../shared (evaluation data) not present")]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_chrome", REPO / "benchmarks" / "bench_chrome.py")
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_chrome"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def pages(bench: ModuleType) -> list:
    return bench.load_pages()


def test_html_f1_floor(bench: ModuleType, pages: list) -> None:
    s = bench.score({"shuddh": bench.sys_shuddh_html}, pages)["shuddh"]
    assert s.f1 >= FLOOR_HTML_F1 - EPS, "\n".join(s.misses)


def test_text_level_f1_floor(bench: ModuleType, pages: list) -> None:
    s = bench.score({"shuddh": bench.sys_shuddh_text}, bench.text_pages(pages))["shuddh"]
    assert s.f1 >= FLOOR_TEXT_F1 - EPS, "\n".join(s.misses)


def test_sample_page_is_exact(bench: ModuleType) -> None:
    ok, text = bench.sample_exact()
    assert ok, text


def test_line_cleaner_beats_the_c4_rule_on_text(bench: ModuleType, pages: list) -> None:
    tp = bench.text_pages(pages)
    res = bench.score({"c4": bench.sys_c4, "c4_danda": bench.sys_c4_danda, "shuddh": bench.sys_shuddh_text}, tp)
    assert res["shuddh"].f1 > max(res["c4"].f1, res["c4_danda"].f1)
