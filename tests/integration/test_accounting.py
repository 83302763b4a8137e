"""Bad input never stops a run, and every record is accounted for."""

import gzip
import json

import pytest
from click.testing import CliRunner

from shuddh.cli import EXIT_BAD_INPUT, main
from tests.conftest import article


@pytest.mark.slow
def test_bad_json_invalid_utf8_and_truncated_gzip_are_all_accounted_for(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    good = [json.dumps({"text": article(i)}, ensure_ascii=False).encode() for i in range(6)]
    (inp / "a.jsonl").write_bytes(b"\n".join([good[0], b'{"text": "broken', good[1],
                                              b'{"text": "\xff\xfe bad bytes"}', good[2]]) + b"\n")
    full = gzip.compress(b"\n".join(json.dumps({"text": article(100 + i)}, ensure_ascii=False).encode()
                                    for i in range(300)) + b"\n")
    (inp / "b.jsonl.gz").write_bytes(full[: len(full) * 2 // 3])
    (inp / "c.jsonl").write_bytes(b"\n".join([good[3], b'{"title": "no text"}', good[4], good[5]]) + b"\n")
    (inp / "notes.csv").write_text("a,b\n")

    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(out), "-w", "2"])
    assert res.exit_code == EXIT_BAD_INPUT, res.output
    assert "could not be read" in res.output
    stats = json.loads((out / "stats.json").read_text())
    assert stats["quarantined_by_reason"] == {"read.invalid_json": 1, "read.invalid_utf8": 1,
                                              "read.missing_text": 1, "read.truncated": 1}
    assert stats["accounted"]
    assert stats["input"]["records"] == stats["kept"] + stats["dropped"] + stats["quarantined"]
    assert stats["input"]["skipped_files"] == [f"{(inp / 'notes.csv').as_posix()} (unknown type)"]
    # the quarantine files hold exactly the quarantined records, with position and error
    qrecs = [json.loads(line) for p in (out / "quarantine").glob("*.gz") for line in gzip.open(p)]
    assert len(qrecs) == 4
    assert {q["position"] for q in qrecs if q["source"].endswith("a.jsonl")} == {"line 2", "line 4"}
    assert all(q["error"] for q in qrecs)
    # and the kept + dropped files hold the rest
    n_kept = sum(1 for p in (out / "kept").glob("*.gz") for _ in gzip.open(p))
    n_drop = sum(1 for p in (out / "dropped").glob("*.gz") for _ in gzip.open(p)) if (out / "dropped").exists() else 0
    assert n_kept == stats["kept"]
    assert n_drop == stats["dropped"]
    # the readable part of the truncated file was processed (the documents are near-duplicates of each
    # other, so most end in dropped/ as dedup.near: the count that matters is what was read)
    assert stats["input"]["records"] - stats["quarantined"] >= 6 + 100
    assert stats["kept"] + stats["dropped"] >= 6 + 100


@pytest.mark.slow
def test_two_stages_of_the_same_name_keep_their_own_statistics(tmp_path):
    # two length filters (and two dedup_exact, a global stage with collect/reduce entries): each
    # reports under its own name in stats.json, in pipeline order, and the funnel still adds up
    inp = tmp_path / "in"
    inp.mkdir()
    docs = [article(i) for i in range(6)] + ["आज बारिश हुई।", "कल धूप निकली।"] + [" ".join(article(7).split()[:40])]
    (inp / "a.jsonl").write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in docs) + "\n",
                                 encoding="utf-8")
    cfg = tmp_path / "p.yaml"
    cfg.write_text("stages:\n  - normalize\n  - length: {min_words: 5}\n  - dedup_exact\n"
                   "  - length: {min_words: 60}\n  - dedup_exact\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(out), "--config", str(cfg)])
    assert res.exit_code == 0, res.output
    stats = json.loads((out / "stats.json").read_text())
    by_name = {s["name"]: s for s in stats["stages"]}
    assert [s["name"] for s in stats["stages"] if not s["name"].endswith((".collect", ".reduce"))] == [
        "normalize", "length", "dedup_exact", "length#2", "dedup_exact#2"]
    assert "dedup_exact#2.reduce" in by_name
    assert by_name["length"]["docs_in"] == 9
    assert by_name["length"]["dropped"] == {"quality.too_short": 2}  # the two 3-word notes
    assert by_name["length#2"]["docs_in"] == 7
    assert by_name["length#2"]["dropped"] == {"quality.too_short": 1}  # the 40-word one
    assert stats["accounted"]
    assert stats["kept"] + stats["dropped"] == 9


def test_driver_memory_does_not_grow_with_the_shards_statistics(tmp_path, monkeypatch):
    """The driver keeps a light copy of each task's result; the statistics, volumes and per-file counts are
    read back from the done-markers when merged (issue 17: whole-run memory grew with the .html files,
    one shard each). Held bytes per shard-phase are the same at 4 and 16 shards, and small; the merged
    statistics are those of the markers."""
    import orjson

    from shuddh import runner
    from shuddh.api import run

    held: dict[int, list[int]] = {}

    def spy(results, *args):
        held[len(results)] = [len(orjson.dumps(r.to_dict())) for r in results.values()]
        return timing(results, *args)

    timing = runner._timing
    monkeypatch.setattr(runner, "_timing", spy)
    stats = {}
    for n in (4, 16):
        inp = tmp_path / f"in{n}"
        inp.mkdir()
        for i in range(n):
            (inp / f"khabar-{i:02d}.txt").write_text(article(i), encoding="utf-8")
        stats[n] = run({"inputs": [str(inp)], "output": str(tmp_path / f"out{n}"), "workers": 1,
                        "stages": ["normalize", "chrome_repeats", "length"],
                        "reader": {"split_bytes": 0}}).stats  # a shard per file
        assert stats[n]["accounted"]
        assert stats[n]["kept"] == n
        assert stats[n]["volumes"]["kept"]["docs"] == n
    assert sorted(held) == [8, 32]  # 2 phases × shards
    # what a held result costs does not depend on how many shards there are, nor on the statistics
    assert max(held[32]) <= 1.1 * max(held[8])
    assert max(held[32]) < 600, max(held[32])
