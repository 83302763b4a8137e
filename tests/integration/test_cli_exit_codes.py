"""Exit codes of the CLI for shuddh's own errors: the user's mistakes exit 2, shuddh's own failures exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import shuddh.cli as cli
from shuddh.errors import ConfigError, StageError


def _page(tmp_path: Path) -> Path:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "भारत की राजधानी नई दिल्ली है और यहाँ संसद भवन स्थित है।"}\n', encoding="utf-8")
    return src


@pytest.mark.parametrize(("error", "code", "word"), [
    (StageError("reduce partition 0 of dedup_exact is missing in work/: it did not finish"), 1, "internal error"),
    (ConfigError("unknown stage 'chrom'"), 2, "error"),
])
def test_stage_error_is_an_internal_error_not_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            error: Exception, code: int, word: str) -> None:
    def boom(*a: object, **kw: object) -> None:
        raise error

    monkeypatch.setattr(cli, "_run_with_progress", boom)
    res = CliRunner().invoke(cli.main, ["clean", str(_page(tmp_path)), "-o", str(tmp_path / "out"), "--no-progress"])
    assert res.exit_code == code, res.output
    assert f"{word}: {error}" in res.output


def test_refusal_of_another_run_names_the_python_option(tmp_path: Path) -> None:
    from shuddh import clean
    from shuddh.errors import OutputError

    src, out = _page(tmp_path), tmp_path / "out"
    clean(str(src), str(out), workers=1)
    with pytest.raises(OutputError, match=r"overwrite=True"):
        clean(str(src), str(out), workers=1, profile="mr")
