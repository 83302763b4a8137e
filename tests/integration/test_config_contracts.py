"""Issue 16, items 1-5: a configuration means what it says (CLI over YAML, profile tables, the signal
cache's key, resume across spellings of a path, a runnable OUTDIR/config.yaml)."""

import gzip
from pathlib import Path

import orjson
import pytest
import yaml
from click.testing import CliRunner

import shuddh
from shuddh.cli import main
from shuddh.config import load_config
from shuddh.document import Document
from shuddh.errors import ConfigError
from shuddh.lang.profile import load_profile
from shuddh.quality.signals import gopher_quality_signals
from shuddh.stages.quality.scorer import SignalScorer, cached_signals
from tests.conftest import article

MARATHI = ("मुंबई ही महाराष्ट्राची राजधानी आहे आणि ते देशातील एक मोठे शहर आहे. येथे अनेक लोक राहतात व "
           "या शहरात रोज हजारो लोक कामासाठी येतात. हे शहर समुद्रकिनारी वसलेले आहे.")


def _docs(path: Path, n: int = 3) -> Path:
    path.write_text("".join(orjson.dumps({"content": article(i), "id": f"d{i}"}).decode() + "\n"
                            for i in range(n)), encoding="utf-8")
    return path


def _yaml(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _resolved(outdir: Path) -> dict:
    return yaml.safe_load((outdir / "config.yaml").read_text(encoding="utf-8"))


# ---- 1. only what the user gave overrides ---------------------------------------------------------------

def test_cli_options_override_only_what_was_given(tmp_path):
    src = _docs(tmp_path / "in.jsonl")
    cfg = _yaml(tmp_path / "p.yaml", {
        "inputs": [str(src)], "output": str(tmp_path / "ignored"), "profile": "mr", "format": "parquet",
        "reader": {"text_field": "content", "split_bytes": 12345},
        "stages": ["normalize", {"length": {"min_words": 3}}, "langid"],
    })
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "--config", str(cfg), "--no-progress",
                                    "--id-field", "id", "--dry-run"])
    assert res.exit_code == 0, res.output
    assert not out.exists()  # a dry run touches nothing
    d = yaml.safe_load(res.output.split("# plan")[0])
    assert d["profile"] == "mr"
    assert d["format"] == "parquet"
    assert d["reader"]["text_field"] == "content"
    assert d["reader"]["split_bytes"] == 12345
    assert d["output"] == str(out)
    assert [next(iter(s)) for s in d["stages"]] == ["normalize", "length", "langid"]
    assert d["stages"][1]["length"]["min_words"] == 3


def test_cli_langs_sets_the_langid_keep_of_the_yaml_stages(tmp_path):
    src = _docs(tmp_path / "in.jsonl")
    cfg = _yaml(tmp_path / "p.yaml", {"inputs": [str(src)], "output": str(tmp_path / "o"),
                                      "reader": {"text_field": "content"},
                                      "stages": ["normalize", {"length": {"min_words": 3}}, "langid"]})
    res = CliRunner().invoke(main, ["clean", str(src), "-o", str(tmp_path / "out"), "--config", str(cfg),
                                    "--langs", "hi,mr", "--dry-run"])
    assert res.exit_code == 0, res.output
    d = yaml.safe_load(res.output.split("# plan")[0])
    assert [next(iter(s)) for s in d["stages"]] == ["normalize", "length", "langid"]
    assert d["stages"][2]["langid"]["keep"] in ("hi,mr", ["hi", "mr"])


def test_cli_langs_without_a_langid_stage_is_an_error(tmp_path):
    src = _docs(tmp_path / "in.jsonl")
    cfg = _yaml(tmp_path / "p.yaml", {"inputs": [str(src)], "output": str(tmp_path / "o"),
                                      "stages": ["normalize"]})
    res = CliRunner().invoke(main, ["clean", str(src), "-o", str(tmp_path / "out"), "--config", str(cfg),
                                    "--langs", "hi"])
    assert res.exit_code == 2
    assert "langid" in res.output


@pytest.mark.slow
def test_api_run_honours_workers_with_a_config_object(tmp_path):
    src = _docs(tmp_path / "in.jsonl")
    cfg = load_config({"inputs": [str(src)], "output": str(tmp_path / "out"),
                       "reader": {"text_field": "content"}, "workers": 1})
    res = shuddh.run(cfg, workers=2)
    assert res.timing["workers"] == 2


# ---- 2. unknown keys in a profile's tables -----------------------------------------------------------------

def test_unknown_quality_key_in_a_profile_names_file_and_key(tmp_path):
    p = tmp_path / "my.toml"
    p.write_text('code = "hi"\ninclude = ["hi"]\n[quality]\nmin_stopword = 99\n', encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_profile(str(p))
    assert str(p) in str(e.value)
    assert "min_stopword" in str(e.value)
    assert "[quality]" in str(e.value)


def test_every_bundled_profile_still_loads():
    from shuddh.lang.profile import available_profiles

    for code in available_profiles():
        load_profile(code)


# ---- 3. the signal cache is keyed on what the signals depend on --------------------------------------------

def test_signals_cached_for_hi_are_recomputed_for_mr():
    hi, mr = load_profile("hi"), load_profile("mr")
    text = MARATHI + "\n\n" + article(1)
    doc = Document(id="x", text=text, source="t")
    first = cached_signals(doc, "gopher", SignalScorer(hi))["stopwords"]
    assert first == gopher_quality_signals(text, hi.stopwords)["stopwords"]
    # the same document read back from shuddh's output (metadata travels with it), cleaned as Marathi
    again = Document(id="x", text=text, source="t", metadata=orjson.loads(orjson.dumps(doc.metadata)))
    want = gopher_quality_signals(text, mr.stopwords)["stopwords"]
    assert want != first
    assert cached_signals(again, "gopher", SignalScorer(mr))["stopwords"] == want


def test_signals_are_recomputed_when_text_changes_but_not_its_length():
    hi = load_profile("hi")
    doc = Document(id="x", text="और " * 60 + "है", source="t")
    cached_signals(doc, "gopher", SignalScorer(hi))
    doc.text = "कक " * 60 + "कक"  # same length, no stop words
    assert cached_signals(doc, "gopher", SignalScorer(hi))["stopwords"] == 0


# ---- 4. resume whatever the spelling of a path; a CLI run resumes the equivalent YAML run -------------------

def _clean(*args: str) -> "object":
    return CliRunner().invoke(main, ["clean", *args, "--no-progress", "-w", "1"])


def _resumed(outdir: Path) -> int:
    return orjson.loads((outdir / "timing.json").read_bytes())["shard_phases_resumed"]


def test_resume_whatever_the_spelling_of_the_input_and_from_the_yaml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "crawl").mkdir()
    _docs(tmp_path / "crawl" / "a.jsonl", 2)
    _docs(tmp_path / "crawl" / "b.jsonl", 2)
    first = _clean("crawl", "-o", "out", "--text-field", "content")
    assert first.exit_code == 0, first.output
    sources = [r["source"] for p in sorted((tmp_path / "out" / "kept").glob("*.jsonl.gz"))
               for r in map(orjson.loads, gzip.open(p).read().splitlines())]
    assert _resumed(tmp_path / "out") == 0
    stats = (tmp_path / "out" / "stats.json").read_bytes()
    for spelling in ("crawl/", "./crawl", str(tmp_path / "crawl"), "crawl/../crawl"):
        res = _clean(spelling, "-o", str(tmp_path / "out") + "/", "--text-field", "content")
        assert res.exit_code == 0, (spelling, res.output)
        assert _resumed(tmp_path / "out") > 0, spelling  # shard-phases found done, none redone
        assert (tmp_path / "out" / "stats.json").read_bytes() == stats
    # the YAML the run wrote resumes it too
    res = CliRunner().invoke(main, ["run", "out/config.yaml", "--no-progress", "-w", "1"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "out" / "stats.json").read_bytes() == stats
    # labels (sources; ids of records without one) are the input's path relative to the working directory
    assert sources
    assert all(x.startswith("crawl/") for x in sources), sources
    # from another working directory the labels (hence ids) differ: refused, naming the files
    monkeypatch.chdir(tmp_path / "crawl")
    res = CliRunner().invoke(main, ["run", str(tmp_path / "out" / "config.yaml"), "--no-progress", "-w", "1"])
    assert res.exit_code == 2
    assert "crawl/a.jsonl (gone)" in " ".join(res.output.split())


def test_refused_resume_names_the_keys_that_differ(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _docs(tmp_path / "in.jsonl", 2)
    assert _clean("in.jsonl", "-o", "out", "--text-field", "content").exit_code == 0
    res = _clean("in.jsonl", "-o", "out", "--text-field", "body", "--profile", "mr")
    assert res.exit_code == 2
    msg = " ".join(res.output.split())
    assert "reader.text_field: content -> body" in msg
    assert "profile: hi -> mr" in msg


# ---- 5. OUTDIR/config.yaml is runnable and fully resolved; --dry-run; stages and profiles -------------------

def test_outdir_config_yaml_reproduces_the_run(tmp_path):
    src = _docs(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out"
    assert _clean(str(src), "-o", str(out), "--text-field", "content").exit_code == 0
    text = (out / "config.yaml").read_text(encoding="utf-8")
    d = yaml.safe_load(text)
    assert "shuddh_version" not in d
    assert "output_format" not in d
    # every default stage, with every parameter (thresholds the profile sets show the profile's value)
    stages = {next(iter(s)): next(iter(s.values())) for s in d["stages"]}
    assert stages["length"]["min_words"] == load_profile("hi").quality["min_words"]
    assert stages["gopher_quality"]["min_stopwords"] == load_profile("hi").quality["min_stopwords"]
    assert all(v for v in stages.values() if v != {})
    assert all(stages.values())
    again = tmp_path / "again"
    res = CliRunner().invoke(main, ["run", str(out / "config.yaml"), "-o", str(again), "--no-progress", "-w", "1"])
    assert res.exit_code == 0, res.output
    for name in ("stats.json",):
        assert (again / name).read_bytes() == (out / name).read_bytes()
    assert sorted(p.name for p in (again / "kept").iterdir()) == sorted(p.name for p in (out / "kept").iterdir())
    for p in (out / "kept").iterdir():
        assert (again / "kept" / p.name).read_bytes() == p.read_bytes()


def test_config_yaml_keeps_the_pii_salt_out(tmp_path, monkeypatch):
    from shuddh.config import SALT_ENV

    monkeypatch.delenv(SALT_ENV, raising=False)
    src = _docs(tmp_path / "in.jsonl", 1)
    salt = "s3cr3t-salt-value"
    cfg = load_config({"inputs": [str(src)], "output": str(tmp_path / "o"),
                       "stages": [{"pii": {"mode": "hash", "salt": salt}}, "normalize"]})
    text = cfg.to_yaml()
    assert salt not in text
    with pytest.raises(ConfigError, match=SALT_ENV):
        load_config(yaml.safe_load(text))
    monkeypatch.setenv(SALT_ENV, salt)  # the same salt from the environment: the same configuration
    assert load_config(yaml.safe_load(text)).fingerprint() == cfg.fingerprint()


def test_dry_run_of_run_touches_nothing_and_prints_the_plan(tmp_path):
    src = _docs(tmp_path / "in.jsonl", 2)
    cfg = _yaml(tmp_path / "p.yaml", {"inputs": [str(src)], "output": "out", "reader": {"text_field": "content"},
                                      "stages": ["normalize", "dedup_exact", {"length": {"min_words": 3}}]})
    res = CliRunner().invoke(main, ["run", str(cfg), "--dry-run"])
    assert res.exit_code == 0, res.output
    assert not (tmp_path / "out").exists()
    assert "# plan: 1 shard(s), 2 phase(s)" in res.output
    assert "part-00000: " in res.output
    assert "dedup_exact (collect)" in res.output
    assert "dedup_exact (apply)" in res.output
    # the printed config is itself a runnable config
    assert load_config(yaml.safe_load(res.output)).fingerprint() == load_config(cfg).fingerprint()


def test_stages_and_profiles_commands_list_parameters_and_keys():
    from shuddh.stages.registry import STAGE_PATHS

    res = CliRunner().invoke(main, ["stages", "--profile", "mr"])
    assert res.exit_code == 0, res.output
    for name in STAGE_PATHS:
        assert f" {name}: " in res.output
    mr = load_profile("mr").quality["min_stopwords"]
    assert f"min_stopwords: default None (mr: {mr!r})" in res.output
    res = CliRunner().invoke(main, ["profiles", "--keys"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("bn: ") or "\nhi: " in res.output
    assert "mr: " in res.output
    assert "min_stopword" in res.output
