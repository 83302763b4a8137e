from __future__ import annotations

from shuddh.document import Document, Dropped
from shuddh.stages.base import Stage, StageContext, StageStats


def run_stage(stage: Stage, texts: list[str]) -> tuple[list[Document | Dropped], StageStats]:
    stats = StageStats(stage.name)
    docs = [Document(id=str(i), text=t, source="test") for i, t in enumerate(texts)]
    out = list(stage.run(docs, StageContext(stats)))
    return out, stats
