from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import orjson

from shuddh.document import Document, Dropped
from shuddh.stages.base import Stage, StageContext, StageStats


def run_stage(stage: Stage, texts: list[str]) -> tuple[list[Document | Dropped], StageStats]:
    stats = StageStats(stage.name)
    docs = [Document(id=str(i), text=t, source="test") for i, t in enumerate(texts)]
    out = list(stage.run(docs, StageContext(stats)))
    return out, stats


def read_records(outdir: Path, sub: str) -> list[dict[str, Any]]:
    """The records of a run's ``sub`` folder (``kept``, ``dropped``, ``removed``), jsonl.gz shards in name order."""
    out: list[dict[str, Any]] = []
    for f in sorted((outdir / sub).glob("*.gz")):
        with gzip.open(f, "rb") as fh:
            out.extend(orjson.loads(ln) for ln in fh if ln.strip())
    return out
