"""An input file that disappears between listing the input folder and planning the run stops the run with a
clear InputError naming it (it was a bare FileNotFoundError traceback from the plan's file versions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shuddh.errors import InputError, ShuddhError
from shuddh.executors.shard import Shard
from shuddh.runner import file_versions


def test_file_versions_of_present_files(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("दिल्ली में आज बारिश हुई।\n", encoding="utf-8")
    [[label, size, version]] = file_versions([Shard(index=0, path=str(f), label="a.txt")])
    assert (label, size) == ("a.txt", f.stat().st_size)
    assert version == f.stat().st_mtime_ns


def test_a_vanished_input_is_an_input_error(tmp_path: Path) -> None:
    kept = tmp_path / "a.txt"
    kept.write_text("दिल्ली में आज बारिश हुई।\n", encoding="utf-8")
    gone = tmp_path / "b.txt"
    gone.write_text("मुंबई में बाजार खुले रहे।\n", encoding="utf-8")
    shards = [Shard(index=0, path=str(kept), label="a.txt"), Shard(index=1, path=str(gone), label="b.txt")]
    gone.unlink()  # deleted after the folder was listed
    with pytest.raises(InputError, match=r"b\.txt.*vanished") as err:
        file_versions(shards)
    assert isinstance(err.value, ShuddhError)
