"""One big JSONL (plain or compressed) or Parquet file is several shards (``reader.split_bytes``), with the
same output records and statistics as one shard per file; a killed split run resumes; a different split is
refused."""

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from shuddh.api import run
from shuddh.errors import OutputError
from tests.conftest import article

SPLIT = 6000  # bytes: ~4 articles of ~1.6 KB per JSONL shard
FOOTER = "समाचार संस्थान की ओर से प्रस्तुत, सभी अधिकार सुरक्षित"


def _url(i: int) -> str:
    return f"https://samachar.example.in/khabar/{i}"


def _corpus(root: Path) -> tuple[Path, int, int]:
    """A JSONL with bad lines, blank lines, duplicates across cuts and a line ending exactly at a cut, and
    a Parquet file with several row groups. Returns the directory, the expected JSONL and Parquet shard
    counts (computed from the bytes and the file metadata, not by the planner)."""
    inp = root / "in"
    inp.mkdir()
    # every other document has no URL and ends with the same footer line: chrome_repeats counts repeated
    # lines per site, and a URL-less document's site is its input file — the footer (in ~20 documents,
    # ~2 per shard when split) must go whether or not the file is split
    lines: list[bytes] = []
    for i in range(40):
        if i % 2:
            lines.append(json.dumps({"text": article(i), "url": _url(i)}, ensure_ascii=False).encode())
        else:
            text = article(i) + "\n" + FOOTER
            lines.append(json.dumps({"text": text}, ensure_ascii=False).encode())
        if i % 9 == 4:
            lines.append(b'{"text": "' + "अधूरी".encode() + b'", ')  # bad JSON
        if i % 11 == 6:
            lines.append(b'{"text": "\xff\xfe ' + "खराब".encode() + b'"}')  # invalid UTF-8
        if i % 5 == 2:
            lines.append(b"")
        if i % 13 == 12:
            # an exact duplicate of a document ~5 lines back (~8 KB): in an earlier shard when split
            lines.append(json.dumps({"text": article(i - 5), "url": _url(900 + i)}, ensure_ascii=False).encode())
    # make one line end exactly at a multiple of SPLIT: pad a record's extra field
    used = sum(len(x) + 1 for x in lines[:10])
    rec = {"text": article(1000), "url": _url(1000), "pad": ""}
    base = len(json.dumps(rec, ensure_ascii=False).encode()) + 1
    target = ((used + base) // SPLIT + 1) * SPLIT
    rec["pad"] = "x" * (target - used - base)
    lines.insert(10, json.dumps(rec, ensure_ascii=False).encode())
    data = b"\n".join(lines) + b"\n"
    assert data[target - 1:target] == b"\n"
    (inp / "big.jsonl").write_bytes(data)
    ends = [i + 1 for i, b in enumerate(data) if b == 0x0A]
    n_jsonl = 1 + sum(1 for prev, e in zip([0, *ends], ends, strict=False)
                      if e < len(data) and (e // SPLIT) * SPLIT > prev)

    texts: list[str | None] = [article(500 + i) + f" पंक्ति {i} " + "ग" * (97 * i % 1500) for i in range(24)]
    texts[5] = None  # no text: quarantined
    texts[17] = texts[3]  # a duplicate in a later row group
    pq.write_table(pa.table({"text": texts, "url": [_url(500 + i) for i in range(24)]}), inp / "rows.parquet",
                   row_group_size=4)
    md = pq.ParquetFile(inp / "rows.parquet").metadata
    sizes = [sum(md.row_group(g).column(c).total_compressed_size for c in range(md.row_group(g).num_columns))
             for g in range(md.num_row_groups)]
    assert md.num_row_groups == 6
    assert min(sizes) >= 1500
    # the same lines gzipped: split on its decompressed stream, at the same cuts
    (inp / "small.jsonl.gz").write_bytes(gzip.compress(data))
    return inp, n_jsonl, md.num_row_groups  # split at 1500: one row group per shard


def _cfg(inp: Path, out: Path, split: int) -> dict[str, Any]:
    return {"inputs": [str(inp)], "output": str(out), "workers": 2, "reader": {"split_bytes": split}}


def _records(out: Path, sub: str) -> list[str]:
    return sorted(line.decode() for p in sorted((out / sub).rglob("*.gz")) for line in gzip.open(p))


def _plan(out: Path) -> list[list[Any]]:
    return json.loads((out / ".shuddh" / "plan.json").read_bytes())["shards"]


@pytest.mark.slow
def test_split_run_keeps_records_and_totals(tmp_path: Path) -> None:
    inp, n_jsonl, n_parquet = _corpus(tmp_path)
    whole = run(_cfg(inp, tmp_path / "whole", 0))
    split = run(_cfg(inp, tmp_path / "split", SPLIT))
    assert len(_plan(tmp_path / "whole")) == 3  # split_bytes 0: one shard per file
    plan = _plan(tmp_path / "split")
    labels = [row[1] for row in plan]
    assert labels.count(str(inp / "big.jsonl")) == n_jsonl > 3
    assert labels.count(str(inp / "small.jsonl.gz")) == n_jsonl
    assert [row[0] for row in plan] == list(range(len(plan)))
    for sub in ("kept", "dropped", "quarantine"):
        assert _records(tmp_path / "split", sub) == _records(tmp_path / "whole", sub), sub
    a = {k: v for k, v in whole.stats.items() if k not in ("files", "config_fingerprint")}
    b = {k: v for k, v in split.stats.items() if k not in ("files", "config_fingerprint")}
    assert a == b
    assert b["accounted"]
    assert b["input"]["files"] == 3
    # 4 bad JSON and 4 invalid UTF-8 lines in each of the two JSONL files, one Parquet row without text
    assert b["quarantined_by_reason"] == {"read.invalid_json": 8, "read.invalid_utf8": 8, "read.missing_text": 1}
    assert b["dropped_by_reason"].get("dedup.exact", 0) >= 1
    assert b["lines_removed_by_reason"].get("chrome.repeated", 0) >= 20  # the footer, file-wide
    assert not any(FOOTER in r for r in _records(tmp_path / "split", "kept"))

    # Parquet split by row groups: one group per shard at 1500 bytes (every group is bigger)
    pq_only = tmp_path / "pq"
    pq_only.mkdir()
    (pq_only / "rows.parquet").write_bytes((inp / "rows.parquet").read_bytes())
    w = run(_cfg(pq_only, tmp_path / "pq-whole", 0))
    s = run(_cfg(pq_only, tmp_path / "pq-split", 1500))
    assert len(_plan(tmp_path / "pq-split")) == n_parquet
    for sub in ("kept", "dropped", "quarantine"):
        assert _records(tmp_path / "pq-split", sub) == _records(tmp_path / "pq-whole", sub), sub
    assert {k: v for k, v in w.stats.items() if k not in ("files", "config_fingerprint")} == {
        k: v for k, v in s.stats.items() if k not in ("files", "config_fingerprint")}
    assert s.stats["quarantined_by_reason"] == {"read.missing_text": 1}
    assert s.stats["input"]["records"] == 24


def _tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes()
            for sub in ("kept", "dropped", "quarantine") for p in sorted((out / sub).rglob("*")) if p.is_file()} | {
        "stats.json": (out / "stats.json").read_bytes()}


@pytest.mark.slow
@pytest.mark.parametrize("gz", [False, True])
def test_killed_split_run_resumes_and_refuses_another_split(tmp_path: Path, gz: bool) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    data = ("\n".join(json.dumps({"id": f"d{i}", "text": article(i)}, ensure_ascii=False)
                      for i in range(2400)) + "\n").encode()
    if gz:  # spans of the decompressed stream
        (inp / "one.jsonl.gz").write_bytes(gzip.compress(data))
    else:
        (inp / "one.jsonl").write_bytes(data)
    split = len(data) // 12 + 1  # about 12 shards
    cfg = tmp_path / "pipeline.yaml"
    cfg.write_text(f"inputs: [in]\nworkers: 2\nreader: {{split_bytes: {split}}}\n", encoding="utf-8")

    def cmd(out: str) -> list[str]:
        return [sys.executable, "-m", "shuddh.cli", "run", str(cfg), "-o", out, "--no-progress"]

    subprocess.run(cmd(str(tmp_path / "ref")), check=True, capture_output=True)
    assert len(_plan(tmp_path / "ref")) == 12
    out = tmp_path / "out"
    proc = subprocess.Popen(cmd(str(out)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    done = out / ".shuddh" / "done"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (len(list(done.glob("*.json"))) if done.is_dir() else 0) < 3:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert not (out / "stats.json").exists()
    res = subprocess.run(cmd(str(out)), capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr
    assert json.loads((out / "timing.json").read_text())["shard_phases_resumed"] >= 3
    assert _tree(out) == _tree(tmp_path / "ref")
    # the same output directory with another split is another plan: refused
    with pytest.raises(OutputError):
        run({"inputs": [str(inp)], "output": str(out), "reader": {"split_bytes": split // 2}})


# -- small files grouped into shards (issue 17) ---------------------------------------------------------

#: a line of site template (not a sentence, <= 40 words) in every small file: each URL-less file is its own
#: site, so it must stay however the files are grouped (pooled under the group it would be on 12 pages)
TEMPLATE = "नगर संस्करण मध्य प्रदेश ब्यूरो"


def _small_files(root: Path) -> Path:
    inp = root / "small"
    inp.mkdir()
    for i in range(12):
        head, rest = article(i).split("\n\n", 1)
        (inp / f"khabar-{i:02d}.txt").write_text(f"{head}\n\n{TEMPLATE}\n\n{rest}\n", encoding="utf-8")
    # a bad file among them: over the record limit (reader.max_record_bytes below): quarantined alone
    (inp / "khabar-05b.txt").write_text("\n\n".join(article(100 + i) for i in range(20)), encoding="utf-8")
    # and a cut gzip JSONL: its whole lines are read, its tail is one quarantine record
    full = "\n".join(json.dumps({"id": f"j{i}", "text": article(200 + i)}, ensure_ascii=False) for i in range(4))
    raw = gzip.compress(full.encode())
    (inp / "khabar-07b.jsonl.gz").write_bytes(raw[: len(raw) * 3 // 4])
    return inp


def _small_cfg(inp: Path, out: Path, split: int) -> dict[str, Any]:
    return {"inputs": [str(inp)], "output": str(out), "workers": 1,
            "stages": ["normalize", "chrome", "chrome_repeats", "length", {"langid": {"keep": "hi"}}],
            "reader": {"split_bytes": split, "max_record_bytes": 20_000}}


def test_small_files_are_grouped_deterministically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from shuddh import runner

    inp = _small_files(tmp_path)
    sizes = {p.as_posix(): p.stat().st_size for p in inp.iterdir()}
    limit = 3 * max(sizes[k] for k in sizes if k.endswith(("-00.txt", "-01.txt")))
    monkeypatch.setattr(runner, "GROUP_FILES", 4)
    first, _ = runner.plan_shards([str(inp)], 0, group_bytes=limit)
    again, _ = runner.plan_shards([str(inp)], 0, group_bytes=limit)
    assert first == again
    groups = [s for s in first if s.group]
    assert groups, "no small files were grouped"
    for s in first:
        assert len(s.files()) <= 4
        assert s.nbytes == sum(sizes[f.path] for f in s.files())
        assert len(s.files()) == 1 or s.nbytes <= limit
    # every file once, in the sorted order of a shard per file
    assert [f.label for s in first for f in s.files()] == sorted(sizes)
    assert [s.index for s in first] == list(range(len(first)))
    # 0: a shard per file (and split_bytes 0 never groups in a run, see group_limit)
    per_file, _ = runner.plan_shards([str(inp)], 0, group_bytes=0)
    assert len(per_file) == len(sizes)
    assert not any(s.group for s in per_file)
    assert runner.group_limit(0) == 0


def test_grouped_run_keeps_every_file_and_record(tmp_path: Path) -> None:
    inp = _small_files(tmp_path)
    one_each = run(_small_cfg(inp, tmp_path / "each", 0))
    grouped = run(_small_cfg(inp, tmp_path / "grouped", 16_000))
    shards = _plan(tmp_path / "grouped")
    assert any(isinstance(s[1], list) and len(s[1]) > 1 for s in shards), shards
    assert len(shards) < len(_plan(tmp_path / "each")) == 14
    for res in (one_each, grouped):
        st = res.stats
        assert st["accounted"]
        assert st["input"]["files"] == 14
        assert st["input"]["records"] == st["kept"] + st["dropped"] + st["quarantined"]
    a, b = one_each.stats, grouped.stats
    for key in ("kept", "dropped", "quarantined", "dropped_by_reason", "quarantined_by_reason",
                "lines_removed_by_reason"):
        assert a[key] == b[key], key
    assert a["input"]["per_file"] == b["input"]["per_file"]
    # the bad files end in quarantine with their reasons, their neighbours in the group are kept
    assert b["quarantined_by_reason"] == {"read.too_large": 1, "read.truncated": 1}
    q = _records(tmp_path / "grouped", "quarantine")
    assert any("khabar-05b.txt" in r and "read.too_large" in r for r in q)
    kept = {json.loads(r)["id"]: json.loads(r) for r in _records(tmp_path / "grouped", "kept")}
    assert kept == {json.loads(r)["id"]: json.loads(r) for r in _records(tmp_path / "each", "kept")}
    assert {r["source"] for r in kept.values()} >= {(inp / f"khabar-{i:02d}.txt").as_posix() for i in range(12)}
    # each URL-less file is its own site for chrome_repeats: the template line is not site chrome
    assert all(TEMPLATE in r["text"] for r in kept.values() if r["source"].endswith(".txt"))
