"""Exceptions raised by shuddh.

::

    ShuddhError                 base of everything shuddh raises on purpose
    ├── ConfigError             bad pipeline config, CLI option or profile: raised before any work starts
    ├── InputError              an input path that does not exist or cannot be opened at all
    ├── OutputError             the output directory is unusable: a file, an input, busy (locked by another
    │                           run), not writable, or holding a run with another config or changed input
    ├── StageError              a stage failed in a way that is not the input's fault
    └── ExtractError            (shuddh.extract) one HTML page could not be extracted; ``reason`` says why
                                (readers quarantine the page with it)

Bad *records* inside readable input are not exceptions: they become quarantine records.
"""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "OutputError", "ShuddhError", "StageError"]


class ShuddhError(Exception):
    """Base class of shuddh's own errors."""


class ConfigError(ShuddhError):
    """The configuration is invalid; the message says which key and why."""


class InputError(ShuddhError):
    """An input path is missing or unreadable as a whole."""


class OutputError(ShuddhError):
    """The output directory cannot be used."""


class StageError(ShuddhError):
    """A stage failed for a reason that is not a bad input record."""
