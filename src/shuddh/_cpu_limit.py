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

import signal
import threading
import time
from collections.abc import Callable
from types import FrameType, TracebackType

try:  # the C-level functions: signal.getsignal wraps every answer in an enum (slow, once per document)
    import _signal as _sig  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - not CPython
    _sig = signal

__all__ = ["available", "cpu_limit"]

_HAS_TIMER = hasattr(signal, "setitimer")
_SIGPROF = int(getattr(signal, "SIGPROF", 0))
_ITIMER_PROF = getattr(signal, "ITIMER_PROF", 0)
# active limits, outermost first: (deadline in process_time seconds, exception factory)
_active: list[tuple[float, Callable[[], BaseException]]] = []
#: a timer that fires this close before its deadline counts as run out (the timer's granularity)
_SLACK = 1e-3


_MAIN = threading.main_thread().ident


def available() -> bool:
    """Whether :func:`cpu_limit` can enforce a limit here (POSIX, main thread)."""
    return _HAS_TIMER and threading.get_ident() == _MAIN


def _arm() -> None:
    if not _active:
        signal.setitimer(_ITIMER_PROF, 0)
        return
    left = min(d for d, _ in _active) - time.process_time()
    signal.setitimer(_ITIMER_PROF, max(left, _SLACK))


def _on_sigprof(signum: int, frame: FrameType | None) -> None:
    now = time.process_time() + _SLACK
    for deadline, make in _active:
        if now >= deadline:
            raise make()
    _arm()  # fired early (or for a limit that has ended since): wait for what is left


class cpu_limit:  # noqa: N801 - used like a function: ``with cpu_limit(30, make) as enforced:``
    """Raise ``make()`` in the ``with`` block once it used ``seconds`` of this process's CPU time.

    ``__enter__`` returns whether the limit is enforced (``seconds > 0`` and :func:`available`). A class,
    not a generator-based context manager: it is entered once per document and stage (a few µs)."""

    __slots__ = ("_entry", "make", "seconds")

    def __init__(self, seconds: float, make: Callable[[], BaseException]) -> None:
        self.seconds = seconds
        self.make = make
        self._entry: tuple[float, Callable[[], BaseException]] | None = None

    def __enter__(self) -> bool:
        if self.seconds <= 0 or not available():
            return False
        if _sig.getsignal(_SIGPROF) is not _on_sigprof:
            # installed for good: a stray tick of a timer must find a handler that ignores it, never the
            # default action of SIGPROF (terminating the process)
            signal.signal(_SIGPROF, _on_sigprof)
        self._entry = entry = (time.process_time() + self.seconds, self.make)
        _active.append(entry)
        if len(_active) == 1:
            signal.setitimer(_ITIMER_PROF, self.seconds)
        else:
            _arm()
        return True

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        entry = self._entry
        if entry is None:
            return
        self._entry = None
        if _active and _active[-1] is entry:
            _active.pop()
        else:
            for k in range(len(_active) - 1, -1, -1):
                if _active[k] is entry:
                    del _active[k]
                    break
        if _active:
            _arm()
        # else the timer is left running: the next limit re-arms it, and should it fire first, the handler
        # finds no limit and disarms it (a system call saved per document and stage)
