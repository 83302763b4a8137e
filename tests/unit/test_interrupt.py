"""One Ctrl-C stops a run even when a finalizer swallows its KeyboardInterrupt (shuddh._interrupt)."""

from __future__ import annotations

import gc
import signal
import threading
from typing import Any

import pytest

from shuddh import _interrupt
from shuddh.executors import local

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the swallowed one


@pytest.fixture(autouse=True)
def _fresh() -> Any:
    _interrupt.reset()
    before = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, before)
    _interrupt.reset()


class _ClosesOnCollect:
    """Stands for a file object whose ``__del__`` runs Python code when the garbage collector frees it: the
    interrupt arrives while it runs."""

    def __init__(self) -> None:
        self.me = self  # a cycle: freed by the collector, as an abandoned reader's file may be

    def __del__(self) -> None:
        _interrupt._on_sigint(signal.SIGINT, None)


def _swallowed_interrupt() -> None:
    _ClosesOnCollect()
    gc.collect()  # "Exception ignored in ... __del__": the KeyboardInterrupt is lost here


def test_an_interrupt_a_finalizer_swallowed_is_raised_at_the_next_check() -> None:
    _interrupt.check()  # nothing pending
    _swallowed_interrupt()  # no exception reaches us
    with pytest.raises(KeyboardInterrupt):
        _interrupt.check()


def test_the_local_executor_stops_before_the_next_shard(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def run_shard_phase(task: Any, progress: Any) -> str:
        ran.append(task)
        if task == "shard-2":
            _swallowed_interrupt()  # Ctrl-C while this shard's reader closed a file
        return task

    monkeypatch.setattr(local, "run_shard_phase", run_shard_phase)
    ex = local.LocalExecutor(workers=1)
    out: list[Any] = []

    def run() -> None:
        out.extend(ex.map_unordered([f"shard-{k}" for k in range(1, 6)], None))  # type: ignore[list-item]

    with pytest.raises(KeyboardInterrupt):
        run()
    assert ran == ["shard-1", "shard-2"]  # shard 3 never started
    assert out == ["shard-1", "shard-2"]  # what was done is handed on (and kept by the runner)


def test_installed_only_over_pythons_own_handler() -> None:
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("signals are set from the main thread only")
    signal.signal(signal.SIGINT, signal.default_int_handler)
    assert _interrupt.install()
    assert signal.getsignal(signal.SIGINT) is _interrupt._on_sigint
    with pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt):
        _interrupt.check()  # remembered as well
    _interrupt.reset()

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a program (or a shell) that ignores Ctrl-C keeps doing so
    assert not _interrupt.install()
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
