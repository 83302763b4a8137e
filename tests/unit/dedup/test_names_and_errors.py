"""The dedup helpers whose names used to collide with different meanings elsewhere, and the errors the
dedup stages raise when their work files are missing (issue 16, item 11)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from shuddh.dedup.hashing import fold_indic_digits, line_hash, line_hashes
from shuddh.document import Document
from shuddh.errors import ShuddhError, StageError
from shuddh.lang.profile import line_key
from shuddh.stages.base import ShardInfo, StageContext, StageStats
from shuddh.stages.dedup._common import shard_counts, stage_workdir
from shuddh.stages.dedup.exact import ExactDedup
from shuddh.stages.dedup.lines import LineDedup
from shuddh.text.normalize import fold_digits


def test_the_two_digit_folds_differ_on_fullwidth_and_thai_digits() -> None:
    # Devanagari २०२४ and Arabic-Indic ٣ fold in both; fullwidth １ (U+FF11) and Thai ๑ (U+0E51) are
    # decimal digits to Unicode, so only the normaliser's fold_digits turns them into "1"
    text = "वर्ष २०२४ ٣ १ ১ １ ๑"
    assert fold_indic_digits(text) == "वर्ष 2024 3 1 1 １ ๑"
    assert fold_digits(text) == "वर्ष 2024 3 1 1 1 1"


def test_line_hash_is_an_integer_hash_and_profile_line_key_a_string() -> None:
    line = "  यह भी पढ़ें :  "
    assert line_key(line) == "यह भी पढें"          # the lexicon's match key: edge punctuation gone, spelling folded
    h = line_hash(line)
    assert isinstance(h, int)
    assert 0 <= h < 2**64
    assert line_hashes([line, "   "]) == [h, None]
    assert line_hash("यह भी पढ़ें") != h            # the hash keeps the colon (canonical text only)


def _ctx(workdir: Path | None) -> StageContext:
    shard = None if workdir is None else ShardInfo(0, "part-00000", workdir)
    return StageContext(StageStats("dedup_exact"), shard)


def test_stage_workdir_outside_a_global_phase_is_a_stage_error() -> None:
    with pytest.raises(StageError, match="only as global stages"):
        stage_workdir(_ctx(None))
    with pytest.raises(StageError, match="only as global stages"):
        next(iter(ExactDedup().apply(iter([Document(id="a", text="नमस्ते दुनिया", source="t.jsonl")]), _ctx(None))))


def test_missing_dedup_partials_are_stage_errors(tmp_path: Path) -> None:
    with pytest.raises(StageError, match="dedup partials of part-00001 are missing"):
        shard_counts(tmp_path, ["part-00001"])
    stage = ExactDedup()
    (tmp_path / "part-00000.meta.json").write_bytes(orjson.dumps({"n": 2}))
    with pytest.raises(StageError, match="reduce partition 0 of dedup_exact is missing"):
        stage.finalize(tmp_path, ["part-00000"], _ctx(tmp_path))


def test_missing_line_partials_are_stage_errors(tmp_path: Path) -> None:
    stage = LineDedup(min_docs=2)
    with pytest.raises(StageError, match="line partials of part-00000 are missing") as err:
        stage.reduce_partition(tmp_path, ["part-00000"], 0, _ctx(tmp_path))
    assert isinstance(err.value, ShuddhError)
    with pytest.raises(StageError, match="reduce partition 0 of dedup_lines is missing"):
        stage.finalize(tmp_path, ["part-00000"], _ctx(tmp_path))
