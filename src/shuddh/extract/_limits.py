"""A CPU-time limit for one extraction, so a pathological page is quarantined instead of hanging a worker.

The limit counts CPU time of the process (``ITIMER_PROF``, see :mod:`shuddh._cpu_limit`), not wall-clock
time: whether a page is kept or quarantined as ``extract.timeout`` must not depend on how busy the machine
is (issue 15 item 15: with a wall-clock limit the same 10 MB page was kept on an idle machine and timed
out on a loaded one). The timer's signal interrupts Python code between bytecodes: trafilatura's and
lxml's tree walks return to Python constantly, so a runaway page is stopped within milliseconds of the
limit. Signals only work in the main thread of a process (where shuddh's executors run stages);
elsewhere, and on platforms without ``setitimer``, the limit is not enforced and the size limit (checked
before parsing) is the only guard — :func:`time_limit` says which by its return value.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from shuddh._cpu_limit import cpu_limit

__all__ = ["ExtractTimeout", "time_limit"]


class ExtractTimeout(Exception):  # noqa: N818 - reads as the reason it stands for: extract.timeout
    """The extraction of one page ran past its CPU-time limit."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[bool]:
    """Raise :class:`ExtractTimeout` in the block once it used ``seconds`` of CPU time; yields whether the
    limit is enforced."""
    with cpu_limit(seconds, lambda: ExtractTimeout(f"extraction used more than {seconds:g} s of CPU time")) as on:
        yield on
