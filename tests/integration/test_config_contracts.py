"""Issue 16, items 1-5: a configuration means what it says (CLI over YAML, profile tables, the signal
cache's key, resume across spellings of a path, a runnable OUTDIR/config.yaml)."""

import os
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
from shuddh.stages.quality.signals import SignalScorer, cached_signals
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
    assert d["profile"] == "mr" and d["format"] == "parquet"
    assert d["reader"]["text_field"] == "content" and d["reader"]["split_bytes"] == 12345
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
    assert str(p) in str(e.value) and "min_stopword" in str(e.value) and "[quality]" in str(e.value)


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
