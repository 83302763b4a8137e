"""Issue 16, items 7-9: the first hour of a new user — a wrong text field stops at once, skipped input is
visible, progress counts what the runner runs, trial runs (--limit), -v/--quiet and the run's log."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import shuddh
from shuddh.cli import main
from shuddh.errors import InputError
from shuddh.executors.shard import build_stages, phases_of
from shuddh.runner import RunPlan, RunProgress
from shuddh.stages.registry import StageSpec
from tests.conftest import BODY_1, BODY_2, article

FAST = ["normalize", "length"]


def _jsonl(path: Path, n: int, field: str = "text", start: int = 0) -> Path:
    path.write_text("".join(json.dumps({"id": f"{path.stem}-{i}", field: article(start + i)}, ensure_ascii=False)
                            + "\n" for i in range(n)), encoding="utf-8")
    return path


def _cli(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(main, list(args))
    return res.exit_code, res.output


# -- item 7: a wrong text field ------------------------------------------------------------------------
def test_wrong_text_field_stops_before_any_work_with_the_fix(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    _jsonl(inp / "crawl.jsonl", 30, field="content")
    out = tmp_path / "out"
    code, text = _cli("clean", str(inp), "-o", str(out), "--no-progress", "-w", "1")
    assert code == 2
    assert (f"text field 'text' not found in {(inp / 'crawl.jsonl').as_posix()}; fields: content, id — use "
            "--text-field content") in " ".join(text.split())
    assert not out.exists()  # nothing written, no worker started
    # the suggested option works
    code, text = _cli("clean", str(inp), "-o", str(out), "--no-progress", "-w", "1", "--text-field", "content",
                      "--quiet")
    assert code == 0, text


def test_wrong_text_field_in_compressed_jsonl_and_parquet_raises_from_the_api(tmp_path):
    gz = tmp_path / "a.jsonl.gz"
    gz.write_bytes(gzip.compress(b"".join(json.dumps({"body": article(i), "n": i}, ensure_ascii=False).encode()
                                          + b"\n" for i in range(5))))
    with pytest.raises(InputError, match=r"text field 'text' not found in .*a\.jsonl\.gz; fields: body, n — "
                                         r"use --text-field body"):
        shuddh.clean([str(gz)], str(tmp_path / "o1"), stages=FAST, workers=1)
    pqf = tmp_path / "b.parquet"
    pq.write_table(pa.table({"doc": [article(1), article(2)], "size": [1, 2]}), pqf)
    with pytest.raises(InputError, match=r"fields: doc, size — use --text-field doc"):
        shuddh.clean([str(pqf)], str(tmp_path / "o2"), stages=FAST, workers=1)
    assert not (tmp_path / "o1").exists()
    assert not (tmp_path / "o2").exists()


def test_probe_skips_unreadable_lines_before_judging(tmp_path):
    f = tmp_path / "x.jsonl"
    lines = ["{not json", "", "[1, 2]"] + [json.dumps({"content": article(i)}, ensure_ascii=False) for i in range(3)]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="use --text-field content"):
        shuddh.clean([str(f)], str(tmp_path / "o"), stages=FAST, workers=1)


def test_records_lacking_the_field_after_the_first_ones_are_quarantined_as_before(tmp_path):
    f = _jsonl(tmp_path / "mixed.jsonl", 20)
    with f.open("a", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"id": f"late-{i}", "content": article(100 + i)}, ensure_ascii=False) + "\n")
    res = shuddh.clean([str(f)], str(tmp_path / "o"), stages=FAST, workers=1)
    assert res.stats["quarantined_by_reason"] == {"read.missing_text": 3}
    assert res.stats["input"]["records"] == 23
    assert res.stats["accounted"]


# -- item 8: skipped input is visible --------------------------------------------------------------------
def test_summary_lists_skipped_files_and_records_and_says_json_is_read_as_jsonl(tmp_path):
    from fastwarc.warc import WarcRecordType

    from tests.unit.io.test_warc import _record, write_warc

    inp = tmp_path / "in"
    inp.mkdir()
    _jsonl(inp / "a.json", 3)
    (inp / "table.csv").write_text("id,text\n1,नमस्ते\n", encoding="utf-8")
    (inp / "README.md").write_text("# notes\n", encoding="utf-8")
    page = f"<html><body><article><p>{BODY_1}</p><p>{BODY_2}</p></article></body></html>".encode()
    write_warc(inp / "crawl.warc", [
        _record(WarcRecordType.request, "https://samachar.example.in/a", b"GET /a HTTP/1.1\r\n\r\n", http=False),
        _record(WarcRecordType.response, "https://samachar.example.in/a", page),
        _record(WarcRecordType.metadata, "https://samachar.example.in/a", b"fetchTimeMs: 12\r\n", http=False)])
    code, text = _cli("clean", str(inp), "-o", str(tmp_path / "out"), "--no-progress", "-w", "1")
    flat = " ".join(text.split())
    assert code == 0, text
    assert "not read: 2 path(s)" in flat
    assert "table.csv (unknown type)" in flat
    assert "README.md (unknown type)" in flat
    assert "skipped records (not documents): 2" in flat
    assert "warc.skipped.request 1" in flat
    assert "warc.skipped.metadata 1" in flat
    assert flat.count("read as JSON Lines") == 1
    assert "a.json" in flat


def test_a_txt_that_looks_like_many_documents_gets_the_blank_lines_hint(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "dump.txt").write_text("\n\n".join(f"पंक्ति {i}: {BODY_1}" for i in range(40)) + "\n", encoding="utf-8")
    (inp / "article.txt").write_text(article(1) + "\n", encoding="utf-8")  # four paragraphs: one document
    code, text = _cli("clean", str(inp), "-o", str(tmp_path / "out"), "--no-progress", "-w", "1")
    flat = " ".join(text.split())
    assert code == 0, text
    assert "dump.txt (40 blocks)" in flat
    assert "--text-mode blank-lines" in flat
    assert "article.txt" not in flat
    # read in blank-lines mode, no hint
    code, text = _cli("clean", str(inp), "-o", str(tmp_path / "out2"), "--no-progress", "-w", "1",
                      "--text-mode", "blank-lines")
    assert code == 0
    assert "--text-mode blank-lines" not in " ".join(text.split())


# -- item 9: progress -----------------------------------------------------------------------------------
class _Recorder(RunProgress):
    def __init__(self) -> None:
        self.plan: RunPlan | None = None
        self.steps: list[list] = []  # [label, total, done before, advanced]
        self.bytes = 0
        self.docs: list[int] = []

    def planned(self, plan: RunPlan) -> None:
        self.plan = plan

    def step(self, label: str, total: int, done: int, unit: str) -> None:
        self.steps.append([label, total, done, 0])
        self.docs.append(0)

    def advance(self, event: str, amount: int) -> None:
        if event == "bytes":
            self.bytes += amount
        elif event == "docs":
            self.docs[-1] += amount
        elif event == "shard":
            self.steps[-1][3] += amount


GLOBAL = ["normalize", "chrome_repeats", "length", "dedup_exact", "dedup_near"]


@pytest.mark.parametrize(("executor", "workers"), [("local", 1), pytest.param("local", 2, marks=pytest.mark.slow),
                                                  pytest.param("ray", 2, marks=pytest.mark.slow)])
def test_progress_counts_the_phases_the_runner_runs_and_every_step_completes(tmp_path, executor, workers):
    if executor == "ray":
        pytest.importorskip("ray")
    inp = tmp_path / "in"
    inp.mkdir()
    for f in range(3):
        _jsonl(inp / f"c{f}.jsonl", 12, start=100 * f)
    rec = _Recorder()
    shuddh.clean([str(inp)], str(tmp_path / "out"), stages=GLOBAL, workers=workers, progress=rec, executor=executor)
    phases = phases_of(build_stages("t", tuple(StageSpec(s, {}) for s in GLOBAL)))
    # chrome_repeats closes phase 1; dedup_exact and dedup_near share phase 2's barrier: 3 phases, not 4
    assert len(phases) == 3
    assert rec.plan is not None
    assert rec.plan.phases == tuple(s[0] for s in rec.steps if s[0].startswith("phase"))
    assert [s[0] for s in rec.steps] == ["phase 1/3: read → chrome_repeats", "reduce chrome_repeats",
                                         "phase 2/3: chrome_repeats → dedup_exact+dedup_near", "reduce dedup_exact",
                                         "reduce dedup_near", "phase 3/3: dedup_exact+dedup_near → write"]
    for label, total, done, advanced in rec.steps:
        assert done + advanced == total, label  # every bar completes
    # parts, not parts × phases (the three small files are read as one part: grouped, issue 17)
    assert rec.plan.shards == 1
    assert [s[1] for s in rec.steps if s[0].startswith("phase")] == [1, 1, 1]
    sizes = sum(p.stat().st_size for p in inp.iterdir())
    assert rec.plan.total_bytes == sizes
    assert rec.bytes == sizes
    assert rec.docs[0] == 36
    assert rec.docs[2] > 0


def test_cli_bars_label_what_they_count(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for f in range(5):
        _jsonl(inp / f"c{f}.jsonl", 4, start=10 * f)
    cfg = tmp_path / "p.yaml"
    # reader.split_bytes 0: a part per file (small files are grouped otherwise)
    cfg.write_text(f"inputs: [{inp}]\noutput: {tmp_path / 'out'}\nworkers: 1\nstages: {json.dumps(GLOBAL)}\n"
                   "reader: {split_bytes: 0}\n")
    code, text = _cli("run", str(cfg), "--progress")
    assert code == 0, text
    flat = " ".join(text.split())
    assert "phase 3/3: dedup_exact+dedup_near → write" in flat
    assert "5/5 parts" in flat
    assert "0/20" not in flat
    assert "/20" not in flat


def test_a_resumed_run_says_so(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for f in range(3):
        _jsonl(inp / f"c{f}.jsonl", 5, start=10 * f)
    out = tmp_path / "out"
    args = ["clean", str(inp), "-o", str(out), "--no-progress", "-w", "1", "--config", str(tmp_path / "p.yaml")]
    (tmp_path / "p.yaml").write_text(f"inputs: [{inp}]\noutput: {out}\nstages: {json.dumps(FAST)}\n"
                                     "reader: {split_bytes: 0}\n")  # a part per file, not one group
    assert _cli(*args)[0] == 0
    (out / ".shuddh" / "done" / "p0-part-00001.json").unlink()
    code, text = _cli(*args)
    assert code == 0
    assert "resuming: 2 of 3 tasks already done" in " ".join(text.split())
    assert "resumed: 2 task(s)" in " ".join(text.split())


def test_rate_is_shown_only_when_it_means_something():
    from shuddh.cli import _rate

    assert _rate(3, 0.05) == "3 records"  # not "0 records/s" on a tiny run
    assert _rate(5000, 2.0) == "5,000 records, 2.5k/s"
    assert _rate(40, 4.0) == "40 records, 10/s"


def test_limit_is_a_trial_run_that_never_resumes_into_a_full_run(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    _jsonl(inp / "a.jsonl", 30)
    _jsonl(inp / "b.jsonl", 30, start=50)
    out = tmp_path / "out"
    base = ["clean", str(inp), "-o", str(out), "--no-progress", "-w", "1", "--config", str(tmp_path / "p.yaml")]
    (tmp_path / "p.yaml").write_text(f"inputs: [{inp}]\noutput: {out}\nstages: {json.dumps(FAST)}\n")
    code, text = _cli(*base, "--limit", "5")
    assert code == 0, text
    assert "trial run: only the first 5 records of each input file" in " ".join(text.split())
    stats = json.loads((out / "stats.json").read_bytes())
    assert stats["input"]["records"] == 10
    assert stats["input"]["limit"] == 5
    assert stats["accounted"]
    assert {f: c["read"] for f, c in stats["input"]["per_file"].items()} == {
        (inp / "a.jsonl").as_posix(): 5, (inp / "b.jsonl").as_posix(): 5}
    code, text = _cli(*base)
    assert code == 2
    assert "a trial run of the first 5 records" in " ".join(text.split())
    full = shuddh.clean([str(inp)], str(tmp_path / "full"), stages=FAST, workers=1)
    assert full.stats["config_fingerprint"] != stats["config_fingerprint"]


def test_verbose_quiet_and_the_log_file(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    _jsonl(inp / "a.jsonl", 3)
    (tmp_path / "p.yaml").write_text(f"inputs: [{inp}]\nstages: {json.dumps(FAST)}\noutput: x\n")
    out_v, out_q = tmp_path / "v", tmp_path / "q"
    code, verbose = _cli("run", str(tmp_path / "p.yaml"), "-o", str(out_v), "--no-progress", "-w", "1", "-v")
    assert code == 0
    assert "part-00000: 3 read, " in verbose
    assert "shuddh: documents" in verbose
    code, quiet = _cli("run", str(tmp_path / "p.yaml"), "-o", str(out_q), "--no-progress", "-w", "1", "--quiet")
    assert code == 0
    assert quiet.strip() == ""
    log = (out_q / ".shuddh" / "log.txt").read_text(encoding="utf-8")
    # what the terminal would have shown (the summary), and the debug details
    assert "shuddh: documents" in log
    assert "records read" in log
    assert "part-00000: 3 read, 3 kept" in log
    assert _cli("run", str(tmp_path / "p.yaml"), "-o", str(out_q), "-v", "-q")[0] == 2
