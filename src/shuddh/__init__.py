"""shuddh (शुद्ध, "clean"): clean, deduplicated, quality-filtered Indic web text for LM training.

>>> import shuddh
>>> result = shuddh.clean("crawl/", "out/")            # doctest: +SKIP
>>> result.stats["kept"], result.stats["dropped_by_reason"]   # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from shuddh.api import clean, run
from shuddh.config import PipelineConfig, load_config
from shuddh.document import Document, Dropped, Quarantined
from shuddh.errors import ConfigError, InputError, OutputError, ShuddhError, StageError
from shuddh.lang.profile import LanguageProfile, load_profile
from shuddh.runner import RunResult

__all__ = [
    "ConfigError",
    "Document",
    "Dropped",
    "InputError",
    "LanguageProfile",
    "OutputError",
    "PipelineConfig",
    "Quarantined",
    "RunResult",
    "ShuddhError",
    "StageError",
    "__version__",
    "clean",
    "load_config",
    "load_profile",
    "run",
]
