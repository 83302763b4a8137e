"""Output does not depend on the number of workers (Hypothesis draws corpora and worker counts)."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import shuddh
from tests.conftest import PAGE, article


def _tree(out: Path) -> dict[str, bytes]:
    files = {str(p.relative_to(out)): p.read_bytes()
             for sub in ("kept", "dropped", "quarantine", "removed")
             for p in sorted((out / sub).rglob("*")) if p.is_file()}
    files["stats.json"] = (out / "stats.json").read_bytes()
    return files


doc = st.one_of(st.integers(0, 10**6).map(article), st.just(PAGE), st.just("Back to top button"),
                st.just("छोटा लेख"), st.just(""))


@pytest.mark.slow
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.lists(doc, min_size=1, max_size=8), min_size=2, max_size=5),
       workers=st.integers(2, 3))
def test_same_output_for_one_and_many_workers(tmp_path_factory, files, workers):
    root = Path(tmp_path_factory.mktemp("w"))
    inp = root / "in"
    inp.mkdir()
    for i, texts in enumerate(files):
        (inp / f"{i}.jsonl").write_text(
            "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts) + "not json\n",
            encoding="utf-8")
    one = shuddh.clean(str(inp), str(root / "one"), workers=1)
    shuddh.clean(str(inp), str(root / "many"), workers=workers)
    assert one.stats["accounted"]
    assert one.stats["quarantined"] == len(files)
    assert _tree(root / "one") == _tree(root / "many")
