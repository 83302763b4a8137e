"""CPU-time limits for a block of Python code: the extraction of one page, one document in one stage.

A limit that decides the output (a page or document over it is quarantined) must not depend on how
busy the machine is, so it counts CPU time of this process, not wall-clock time: ``ITIMER_PROF``
(``setitimer``) counts down only while the process runs (user + system time, as ``time.process_time``
measures it), and its ``SIGPROF`` handler raises the limit's exception in the main thread. A sleeping or
blocked block — waiting on I/O, on a lock, or descheduled on a loaded machine — never reaches it; one
that computes does, the same on an idle and a busy machine (up to the few percent by which contention
for caches slows the computation itself).

Limits nest: the innermost deadline arms the timer, and when it fires the outermost limit that has run
out raises. Python code is interrupted between bytecodes; a single long call into C code (one regex
search) is interrupted when it returns — which is why the stages are also kept linear in the size of a
document (``tests/unit/test_complexity.py``).

Signals work only in the main thread of a process, and ``setitimer`` is POSIX only: elsewhere (a worker
thread, Windows) :func:`cpu_limit` enforces nothing and says so by yielding ``False``.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Callable, Iterator
from types import FrameType

__all__ = ["available", "cpu_limit"]

# active limits, outermost first: [deadline in process_time seconds, exception factory]
_active: list[tuple[float, Callable[[], BaseException]]] = []
#: a timer that fires this close before its deadline counts as run out (the timer's granularity)
_SLACK = 1e-3


def available() -> bool:
    """Whether :func:`cpu_limit` can enforce a limit here (POSIX, main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _arm() -> None:
    if not _active:
        signal.setitimer(signal.ITIMER_PROF, 0)
        return
    left = min(d for d, _ in _active) - time.process_time()
    signal.setitimer(signal.ITIMER_PROF, max(left, _SLACK))


def _on_sigprof(signum: int, frame: FrameType | None) -> None:
    now = time.process_time() + _SLACK
    for deadline, make in _active:
        if now >= deadline:
            raise make()
    _arm()  # fired early (or for a limit that has ended since): wait for what is left


@contextlib.contextmanager
def cpu_limit(seconds: float, make: Callable[[], BaseException]) -> Iterator[bool]:
    """Raise ``make()`` in the block once it used ``seconds`` of this process's CPU time.

    Yields whether the limit is enforced (``seconds > 0`` and :func:`available`)."""
    if seconds <= 0 or not available():
        yield False
        return
    if signal.getsignal(signal.SIGPROF) is not _on_sigprof:
        # installed for good: a timer left armed by a limit that ended must find a handler that ignores
        # it, never the default action of SIGPROF (terminating the process)
        signal.signal(signal.SIGPROF, _on_sigprof)
    entry = (time.process_time() + seconds, make)
    _active.append(entry)
    try:
        _arm()
        yield True
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        for k in range(len(_active) - 1, -1, -1):
            if _active[k] is entry:
                del _active[k]
                break
        if _active:
            _arm()
