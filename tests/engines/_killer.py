"""A test-only stage that kills its worker process the first time it sees a trigger text.

Ray workers are separate processes that never see a test's monkeypatch, so this module registers the
stage itself: the Ray tests run :func:`register` in every worker as Ray's ``worker_process_setup_hook``
(and put the repository on the workers' PYTHONPATH so this module can be imported).
"""

from __future__ import annotations

import os
from typing import ClassVar

from shuddh.document import Document, Dropped
from shuddh.stages.base import Mapper, StageContext

STAGE_NAME = "kill_once"
STAGE_PATH = "tests.engines._killer:KillOnceStage"


class KillOnceStage(Mapper):
    """Passes documents through; ``os._exit(1)`` on the first document containing ``trigger``, once per
    ``marker`` file (created atomically just before dying, so the retry lives)."""

    name: ClassVar[str] = STAGE_NAME

    def __init__(self, *, trigger: str, marker: str) -> None:
        self.trigger = trigger
        self.marker = marker

    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        if self.trigger in doc.text:
            try:
                fd = os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                return doc
            os.write(fd, str(os.getpid()).encode())
            os.close(fd)
            os._exit(1)  # like an OOM kill or a lost node: no exception, no cleanup, files half-written
        return doc


def register() -> None:
    from shuddh.stages import registry

    registry.STAGE_PATHS[STAGE_NAME] = STAGE_PATH
