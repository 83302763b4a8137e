"""A Ctrl-C that stops a run even when Python swallows its ``KeyboardInterrupt``.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be when SIGINT arrives. If that is
a finalizer — a file object's ``__del__`` closing it during garbage collection, a weakref callback — the
exception is printed as "Exception ignored in …" and lost, and the run goes on to the end (CI saw a run
finish all of its shards after one SIGINT). :func:`install` (called by the CLI) puts a handler in place that
also *remembers* the interrupt; the executors call :func:`check` between tasks, which raises it again. So
one Ctrl-C stops the run at the latest after the shard in progress, and completed shards are kept as ever.

Only the CLI installs the handler: a program that uses the Python API keeps its own SIGINT handling.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType

__all__ = ["check", "install", "reset"]

#: set by :func:`_on_sigint`, cleared by :func:`reset`
_pending = threading.Event()


def _on_sigint(signum: int, frame: FrameType | None) -> None:
    _pending.set()
    raise KeyboardInterrupt


def install() -> bool:
    """Handle SIGINT with :func:`_on_sigint` when this is the main thread and SIGINT has Python's default
    handler (not ignored, not the program's own). Returns whether it is installed."""
    if threading.current_thread() is not threading.main_thread():
        return False
    current = signal.getsignal(signal.SIGINT)
    if current is _on_sigint:
        return True
    if current is not signal.default_int_handler:
        return False
    signal.signal(signal.SIGINT, _on_sigint)
    return True


def check() -> None:
    """Raise ``KeyboardInterrupt`` if a SIGINT came since :func:`reset` (its own exception may have been
    swallowed by a finalizer)."""
    if _pending.is_set():
        raise KeyboardInterrupt


def reset() -> None:
    """Forget an interrupt (tests; a process runs one command)."""
    _pending.clear()
