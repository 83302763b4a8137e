"""Test-only stages that kill their worker process once: a mapper on a trigger text, and a near dedup
in one reduce partition.

Ray workers are separate processes that never see a test's monkeypatch, so this module registers the
stage itself: the Ray tests run :func:`register` in every worker as Ray's ``worker_process_setup_hook``
(and put the repository on the workers' PYTHONPATH so this module can be imported).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from shuddh.document import Document, Dropped
from shuddh.stages.base import Mapper, StageContext
from shuddh.stages.dedup.near import NearDedup

STAGE_NAME = "kill_once"
STAGE_PATH = "tests.engines._killer:KillOnceStage"
REDUCE_STAGE_NAME = "dedup_near_kill_once"
REDUCE_STAGE_PATH = "tests.engines._killer:KillOnceReduceStage"


def _first_time(marker: str) -> bool:
    """Create ``marker`` (with this process id) atomically; False if it already exists."""
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return False
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)
    return True


class KillOnceStage(Mapper):
    """Passes documents through; ``os._exit(1)`` on the first document containing ``trigger``, once per
    ``marker`` file (created atomically just before dying, so the retry lives)."""

    name: ClassVar[str] = STAGE_NAME

    def __init__(self, *, trigger: str, marker: str) -> None:
        self.trigger = trigger
        self.marker = marker

    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        if self.trigger in doc.text and _first_time(self.marker):
            os._exit(1)  # like an OOM kill or a lost node: no exception, no cleanup, files half-written
        return doc


class KillOnceReduceStage(NearDedup):
    """Near dedup whose reduce partition ``at`` dies once per ``marker`` file: the process exits
    (``mode="exit"``, like an OOM kill) or the partition raises (``mode="raise"``)."""

    name: ClassVar[str] = REDUCE_STAGE_NAME

    def __init__(self, *, at: int, marker: str, mode: str = "exit", reduce_buckets: int = 1) -> None:
        super().__init__(reduce_buckets=reduce_buckets)
        self.at, self.marker, self.mode = at, marker, mode

    def reduce_partition(self, workdir: Path, shard_names: list[str], k: int, ctx: StageContext) -> None:
        if k == self.at and _first_time(self.marker):
            # half-written output of the dying partition, as a real crash could leave it
            (workdir / f".reduce.k{k:04d}.int64.tmp-{os.getpid()}").write_bytes(b"partial")
            if self.mode == "exit":
                os._exit(1)
            raise RuntimeError(f"reduce partition {k} failed (test)")
        super().reduce_partition(workdir, shard_names, k, ctx)


def register() -> None:
    from shuddh.stages import registry

    registry.STAGE_PATHS[STAGE_NAME] = STAGE_PATH
    registry.STAGE_PATHS[REDUCE_STAGE_NAME] = REDUCE_STAGE_PATH
