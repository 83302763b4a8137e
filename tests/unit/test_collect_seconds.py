"""A global stage's collect gets its own time in the statistics (timing.json's ``<stage>.collect``), not
the time of the stages that produce its documents, and not 0 (it was never timed)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

import shuddh.executors.shard as shard_mod
from shuddh.document import Document
from shuddh.executors.shard import Shard, _collect
from shuddh.layout import Layout
from shuddh.stages.base import Collector, GlobalStage, Stage, StageContext, StageStats

TEXTS = ["दिल्ली में आज बारिश हुई।", "मुंबई में बाजार खुले रहे।", "पटना में परीक्षा के नतीजे आए।"]


class Clock:
    """A perf_counter that moves only when told to."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Counting(GlobalStage):
    name = "counting"

    def __init__(self, clock: Clock, cost: float) -> None:
        self.clock, self.cost, self.seen = clock, cost, 0

    def collect(self, docs: Iterable[Document], ctx: StageContext) -> None:
        for d in docs:
            self.add(d)

    def add(self, doc: Document) -> None:
        self.seen += 1
        self.clock.now += self.cost  # this stage's own work on a document

    def collector(self, ctx: StageContext) -> Collector:
        stage = self

        class Push(Collector):
            def add(self, doc: Document) -> None:
                stage.add(doc)

            def close(self) -> None:
                pass

        return Push()


def upstream(clock: Clock, cost: float) -> Iterator[Document]:
    """The stages before the collect: each document costs them ``cost`` seconds to produce."""
    for i, t in enumerate(TEXTS):
        clock.now += cost
        yield Document(id=str(i), text=t, source="test")


@pytest.mark.parametrize("n_stages", [1, 2])
def test_collect_seconds_are_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n_stages: int) -> None:
    clock = Clock()
    monkeypatch.setattr(shard_mod, "time", type("FakeTime", (), {"perf_counter": staticmethod(clock)}))
    stages: list[Stage] = [Counting(clock, 0.5) for _ in range(n_stages)]
    stats: list[StageStats] = []
    _collect(stages, tuple(range(n_stages)), upstream(clock, 10.0), Layout(tmp_path),
             Shard(index=0, path="x.jsonl", label="x.jsonl"), stats)
    assert all(isinstance(st, Counting) and st.seen == len(TEXTS) for st in stages)
    assert stats[0].name == "counting.collect"
    # 3 documents x 0.5 s of each stage's own work, shared evenly; the 30 s upstream are not theirs
    total = sum(s.seconds for s in stats)
    assert total == pytest.approx(len(TEXTS) * 0.5 * n_stages)
    assert all(s.seconds == pytest.approx(total / n_stages) for s in stats)
