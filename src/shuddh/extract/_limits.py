"""A wall-clock limit for one extraction, so a pathological page is quarantined instead of hanging a worker.

The limit uses ``SIGALRM`` (``setitimer``), which interrupts Python code between bytecodes: trafilatura's
and lxml's tree walks return to Python constantly, so a runaway page is stopped within milliseconds of
the limit. Signals only work in the main thread of a process (where shuddh's local executor runs
stages); elsewhere, and on platforms without ``SIGALRM``, the limit is not enforced and the size
limit (checked before parsing) is the only guard — :func:`time_limit` says which by its return value.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

__all__ = ["ExtractTimeout", "time_limit"]


class ExtractTimeout(Exception):  # noqa: N818 - reads as the reason it stands for: extract.timeout
    """The extraction of one page ran past its time limit."""


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[bool]:
    """Raise :class:`ExtractTimeout` in the block after ``seconds``; yields whether the limit is enforced."""
    if seconds <= 0 or not _can_alarm():
        yield False
        return

    def _on_alarm(signum: int, frame: FrameType | None) -> None:
        raise ExtractTimeout(f"extraction took longer than {seconds:g} s")

    old = signal.signal(signal.SIGALRM, _on_alarm)
    prev_delay, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        if prev_delay:  # someone else's timer was running: give it back what is left of it
            signal.setitimer(signal.ITIMER_REAL, prev_delay)
