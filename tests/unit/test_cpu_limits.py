"""Limits that decide the output count CPU time, not wall-clock time (issue 15 items 14-15).

The extraction limit (``extract.timeout``) and the per-document stage budget (``stage.timeout``) must give
the same result on an idle and on a busy machine: a block that waits (sleep, a blocked lock, being
descheduled) never reaches them, one that computes does.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

import shuddh
from shuddh._cpu_limit import available, cpu_limit
from shuddh.document import Document, Dropped
from shuddh.extract._limits import ExtractTimeout, time_limit
from shuddh.io.html import page_to_document
from shuddh.stages import registry
from shuddh.stages.base import Mapper, StageContext, StageStats, TimedOut
from tests.conftest import BODY_1, BODY_2, TITLE, article

pytestmark = pytest.mark.skipif(not available(), reason="no setitimer (not POSIX)")

HTML = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"<p>{BODY_1}</p><p>{BODY_2}</p></article></body></html>")


def _burn(seconds: float) -> None:
    t = time.process_time()
    while time.process_time() - t < seconds:
        pass


class _Limit(Exception):  # noqa: N818
    pass


# ---------------------------------------------------------------------------------------------------
# the extraction limit (issue 15 item 15)


def test_extraction_limit_ignores_a_sleep_longer_than_the_limit() -> None:
    # a wall-clock limit (the old SIGALRM) fires here: the same page timed out on a loaded machine only
    with time_limit(0.1) as enforced:
        assert enforced
        time.sleep(0.4)


def test_extraction_limit_ignores_a_blocking_wait() -> None:
    done = threading.Event()
    with time_limit(0.1):
        assert not done.wait(0.4)  # blocked the whole time: no CPU used


def test_extraction_limit_stops_cpu_burn_near_the_limit() -> None:
    t = time.process_time()
    with pytest.raises(ExtractTimeout, match="CPU time"), time_limit(0.15):
        _burn(5.0)
    assert 0.14 <= time.process_time() - t < 1.0


def test_slow_but_idle_extraction_keeps_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    import shuddh.extract._html as mod

    real = mod._trafilatura

    def waits_then_extracts(tree, url):  # type: ignore[no-untyped-def]
        time.sleep(0.8)  # a page whose extraction waits (a busy machine, a slow disk) but computes little
        return real(tree, url)

    page_to_document(HTML, doc_id="d", source="s", position="record 1", timeout=0,
                     engine="trafilatura")  # imports, caches
    monkeypatch.setattr(mod, "_trafilatura", waits_then_extracts)
    out = page_to_document(HTML, doc_id="d", source="s", position="record 1", timeout=0.3, engine="trafilatura")
    assert isinstance(out, Document), out
    assert BODY_1 in out.text


def test_cpu_limits_nest() -> None:
    class Outer(Exception):  # noqa: N818
        pass

    class Inner(Exception):  # noqa: N818
        pass

    # the inner limit is the shorter one: it fires, and the outer one still holds afterwards
    def inner_then_outer() -> None:
        with cpu_limit(0.4, Outer):
            with pytest.raises(Inner), cpu_limit(0.1, Inner):
                _burn(5.0)
            _burn(5.0)

    with pytest.raises(Outer):
        inner_then_outer()
    # the outer limit is the shorter one: it fires through the inner block
    def outer_first() -> None:
        with cpu_limit(0.1, Outer), cpu_limit(5.0, Inner):
            _burn(10.0)

    t = time.process_time()
    with pytest.raises(Outer):
        outer_first()
    assert time.process_time() - t < 1.0


def test_cpu_limit_is_not_enforced_outside_the_main_thread() -> None:
    seen: list[bool] = []

    def worker() -> None:
        with cpu_limit(0.01, _Limit) as enforced:
            seen.append(enforced)

    th = threading.Thread(target=worker)
    th.start()
    th.join()
    assert seen == [False]


def test_a_limit_that_ended_leaves_no_timer_behind() -> None:
    with cpu_limit(0.05, _Limit):
        pass
    _burn(0.2)  # would raise _Limit if the timer were still armed for it


# ---------------------------------------------------------------------------------------------------
# the per-document stage budget (issue 15 item 14)

SLOW = "धीमा"  # a document holding this word burns CPU in BurnStage
WAIT = "प्रतीक्षा"  # … and this one sleeps in it


class BurnStage(Mapper):
    """Burns ``burn`` CPU seconds on documents holding SLOW, sleeps ``burn`` on those holding WAIT."""

    name: ClassVar[str] = "burn"

    def __init__(self, *, burn: float = 1.0) -> None:
        self.burn = burn

    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        if SLOW in doc.text:
            _burn(self.burn)
        if WAIT in doc.text:
            time.sleep(self.burn)
        return doc


def _run_stage(budget: float, texts: list[str]) -> tuple[list[Document | Dropped], StageStats]:
    stats = StageStats("burn")
    docs = [Document(id=str(i), text=t, source=f"corpus.jsonl:line {i + 1}") for i, t in enumerate(texts)]
    out = list(BurnStage(burn=1.0).run(iter(docs), StageContext(stats, cpu_budget=budget)))
    return out, stats


def test_budget_stops_the_one_slow_document_and_keeps_the_rest() -> None:
    texts = [article(i) for i in range(5)]
    texts[2] += f" {SLOW}"
    out, stats = _run_stage(0.15, texts)
    assert [type(o) for o in out] == [Document, Document, TimedOut, Document, Document]
    t = out[2]
    assert isinstance(t, TimedOut)
    assert (t.reason, t.stage, t.doc.id) == ("stage.timeout", "burn", "2")
    q = t.quarantined()
    assert (q.reason, q.source, q.position) == ("stage.timeout", "corpus.jsonl:line 3", "document 2")
    assert "burn" in q.error
    assert "CPU" in q.error
    assert stats.counters["timeouts"] == 1
    assert (stats.docs_in, stats.docs_out, sum(stats.dropped.values())) == (5, 4, 0)


def test_budget_ignores_a_document_that_waits_instead_of_computing() -> None:
    out, _ = _run_stage(0.15, [f"{article(1)} {WAIT}"])
    assert [type(o) for o in out] == [Document]


def test_budget_zero_is_off() -> None:
    out, _ = _run_stage(0.0, [f"{article(1)} {SLOW}"])
    assert [type(o) for o in out] == [Document]


def _phone_page(i: int) -> str:
    return f"संपर्क करें: 98765 43210 {SLOW}\n{article(i)}"


@pytest.fixture
def burn_registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(registry.STAGE_PATHS, "burn", f"{__name__}:BurnStage")
    return


def test_pipeline_quarantines_the_slow_document_and_the_counts_add_up(tmp_path: Path, burn_registered: None) -> None:
    inp = tmp_path / "corpus.jsonl"
    recs = [{"id": f"doc-{i}", "text": article(i)} for i in range(12)]
    recs[7]["text"] = _phone_page(7)
    inp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    out = tmp_path / "out"
    res = shuddh.run({"inputs": [str(inp)], "output": str(out), "workers": 1, "stage_cpu_seconds": 0.2,
                      "stages": ["normalize", {"burn": {"burn": 3.0}}, "pii", "length"]})
    stats = json.loads((out / "stats.json").read_text())
    assert stats["input"]["records"] == 12
    assert stats["quarantined"] == 1
    assert stats["quarantined_by_reason"] == {"stage.timeout": 1}
    assert stats["accounted"]
    assert stats["kept"] + stats["dropped"] == 11
    burn = next(s for s in stats["stages"] if s["name"] == "burn")
    assert burn["counters"]["timeouts"] == 1
    (qfile,) = (out / "quarantine").iterdir()
    (q,) = [json.loads(line) for line in gzip.open(qfile)]
    assert q["reason"] == "stage.timeout"
    assert "stage burn" in q["error"]
    assert q["source"] == "doc-7" or inp.name in q["source"]
    assert q["position"] == "document doc-7"
    # the excerpt is the document's text, redacted although the stage ran before pii
    assert "98765" not in json.dumps(q, ensure_ascii=False)
    assert "<PHONE>" in q["raw_excerpt"]
    assert res is not None
    # the other eleven documents are all in kept/ or dropped/, the slow one in neither
    ids = [json.loads(line)["id"] for d in ("kept", "dropped") if (out / d).exists()
           for p in (out / d).iterdir() for line in gzip.open(p)]
    assert sorted(ids) == sorted(r["id"] for r in recs if r["id"] != "doc-7")
