from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import orjson
import pytest

from shuddh.document import Document, Dropped
from shuddh.lang.profile import load_profile
from shuddh.stages.base import Stage, StageContext, StageStats
from shuddh.stages.clean.chrome import chrome_reason, clean_lines


def run_stage(stage: Stage, texts: list[str]) -> tuple[list[Document | Dropped], StageStats]:
    stats = StageStats(stage.name)
    docs = [Document(id=str(i), text=t, source="test") for i, t in enumerate(texts)]
    out = list(stage.run(docs, StageContext(stats)))
    return out, stats


def read_records(outdir: Path, sub: str) -> list[dict[str, Any]]:
    """The records of a run's ``sub`` folder (``kept``, ``dropped``, ``removed``), jsonl.gz shards in name order."""
    out: list[dict[str, Any]] = []
    for f in sorted((outdir / sub).glob("*.gz")):
        with gzip.open(f, "rb") as fh:
            out.extend(orjson.loads(ln) for ln in fh if ln.strip())
    return out


def chrome_form_tests(profile: str | None, chrome: list[Any], kept: list[Any]) -> tuple[Any, Any]:
    """The two tests of issue 13's chrome-forms files (one per round and language): every chrome line is removed by the
    lexicon with its reason, every near miss is kept. ``chrome`` holds (line, reason) pairs and ``kept`` lines, read
    under ``profile``; with ``profile`` None, (profile, line, reason) triples and (profile, line) pairs. A module binds
    the two to names starting with ``test_`` for pytest to collect them."""
    chrome_cases = [c if profile is None else (profile, *c) for c in chrome]
    kept_cases = [k if profile is None else (profile, k) for k in kept]

    @pytest.mark.parametrize(("prof", "line", "reason"), chrome_cases)
    def removed(prof: str, line: str, reason: str) -> None:
        assert chrome_reason(line, load_profile(prof)) == reason, line

    @pytest.mark.parametrize(("prof", "line"), kept_cases)
    def kept_line(prof: str, line: str) -> None:
        assert chrome_reason(line, load_profile(prof)) is None, line

    return removed, kept_line


def assert_kept_between(profile: str, para: str, lines: list[str]) -> None:
    """Each of ``lines`` read between two article paragraphs ``para`` under ``profile``: not removed, nothing cut from
    it (the near misses of issue 13's chrome-forms files, in context)."""
    prof = load_profile(profile)
    for line in lines:
        cuts: dict[int, list[tuple[str, str]]] = {}
        out = clean_lines([para, line, para], prof, cuts=cuts)
        assert out[1] is None, line
        assert 1 not in cuts, line


def reasons_by_line(lines: list[str], profile: str = "hi") -> dict[str, str | None]:
    """``clean_lines``' reason for each of ``lines`` read as one page's text under ``profile``, by the line's text (the
    page tests of issue 13 write every line once)."""
    return dict(zip(lines, clean_lines(list(lines), load_profile(profile)), strict=True))
