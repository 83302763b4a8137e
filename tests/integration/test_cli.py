"""End to end through the command line, as a user runs it."""

import gzip
import json
import unicodedata

import orjson
import pytest
from click.testing import CliRunner

from shuddh.cli import main
from tests.conftest import EXAMPLES, PAGE, REPO, SAMPLE_GOLD, SAMPLE_PAGE, TITLE, needs_shared


def read_jsonl_gz(path):
    with gzip.open(path, "rb") as f:
        return [orjson.loads(line) for line in f]


def kept(outdir):
    return [r for p in sorted((outdir / "kept").glob("*.jsonl.gz")) for r in read_jsonl_gz(p)]


def dropped(outdir):
    return [r for p in sorted((outdir / "dropped").glob("*.jsonl.gz")) for r in read_jsonl_gz(p)]


@needs_shared
def test_sample_page_is_cleaned_to_its_gold(tmp_path):
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(SAMPLE_PAGE), "-o", str(out)])
    assert res.exit_code == 0, res.output
    gold = json.loads(SAMPLE_GOLD.read_text(encoding="utf-8"))
    (doc,) = kept(out)
    nfc = [unicodedata.normalize("NFC", x) for x in gold["body_lines"]]
    title = unicodedata.normalize("NFC", gold["metadata"]["title"])
    paragraphs = doc["text"].split("\n\n")
    assert paragraphs == [title, *nfc]
    for chrome in gold["boilerplate_lines"]:
        assert chrome not in doc["text"]
    assert doc["metadata"]["section"] == gold["metadata"]["section"]
    assert doc["metadata"]["title"] == title
    assert doc["lang"] == gold["metadata"]["language"]


@pytest.mark.slow
def test_clean_own_page_and_summary(tmp_path):
    src = tmp_path / "page.txt"
    src.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "records read" in res.output
    assert "chrome.comment_form" in res.output
    (doc,) = kept(out)
    assert doc["text"].startswith(TITLE)
    assert "Back to top" not in doc["text"]
    assert doc["metadata"]["section"] == "शहर"
    stats = json.loads((out / "stats.json").read_text())
    assert stats["accounted"]
    assert stats["lines_removed_by_reason"]["chrome.comment_form"] == 2
    assert (out / "report.html").read_text().count("chrome.comment_form") >= 1
    assert "profile: hi" in (out / "config.yaml").read_text()


@pytest.mark.slow
def test_bundled_example(tmp_path):
    out = tmp_path / "ex"
    res = CliRunner().invoke(main, ["clean", str(EXAMPLES), "-o", str(out), "-w", "2"])
    assert res.exit_code == 0, res.output
    ids = sorted(r["id"] for r in kept(out))
    assert "khel-001" in ids
    assert "mausam-002" in ids
    assert len(ids) == 3
    reasons = {r["id"]: r["reason"] for r in dropped(out)}
    assert reasons == {"teaser-003": "quality.too_short", "chrome-004": "clean.empty"}


def test_run_yaml_and_stats_command(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"body": PAGE}, ensure_ascii=False) + "\n", encoding="utf-8")
    cfg = tmp_path / "pipeline.yaml"
    cfg.write_text(
        "inputs: [in.jsonl]\noutput: out\nformat: parquet\nreader: {text_field: body}\n"
        "stages:\n  - normalize\n  - chrome\n  - length: {min_words: 10}\n",
        encoding="utf-8",
    )
    res = CliRunner().invoke(main, ["run", str(cfg), "--no-progress"])
    assert res.exit_code == 0, res.output
    import pyarrow.parquet as pq

    (row,) = pq.read_table(tmp_path / "out" / "kept" / "part-00000.parquet").to_pylist()
    assert row["text"].startswith("शहर\n\n" + TITLE)  # no header stage configured: label stays
    res = CliRunner().invoke(main, ["stats", str(tmp_path / "out")])
    assert res.exit_code == 0
    assert "kept" in res.output
    res = CliRunner().invoke(main, ["stats", str(tmp_path / "out"), "--json"])
    assert json.loads(res.output)["kept"] == 1


def test_config_errors_stop_before_any_work(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": PAGE}, ensure_ascii=False) + "\n", encoding="utf-8")
    cases = {
        "stages: [normalise]": "unknown stage 'normalise'",
        "stages: [{length: {min_wrds: 3}}]": "min_wrds",
        "stages: [{length: {min_words: many}}]": "min_words",
        "workers: 0": "workers",
        "colour: blue": "colour",
        "profile: xx": "unknown language profile",
        # a value the constructor rejects is a config error too, not a traceback from a worker
        "stages: [{dedup_in_doc: {min_words: 0}}]": "min_words must be at least 1",
        "stages: [{dedup_near: {threshold: 2.0}}]": "threshold must be in [0, 1]",
    }
    for extra, message in cases.items():
        cfg = tmp_path / "p.yaml"
        cfg.write_text(f"inputs: [in.jsonl]\noutput: out\n{extra}\n", encoding="utf-8")
        res = CliRunner().invoke(main, ["run", str(cfg)])
        assert res.exit_code == 2, (extra, res.output)
        assert message in res.output, (extra, res.output)
        assert not (tmp_path / "out").exists()
    res = CliRunner().invoke(main, ["clean", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o")])
    assert res.exit_code == 2
    assert "does not exist" in res.output


# what the README ("Use") says each command takes: its arguments and the options it shows
HELP_MUST_NAME = {
    "clean": ["Usage: main clean [OPTIONS] INPUTS...", "--output", "--workers", "--config", "--langs",
              "--text-field", "--text-mode", "--route-by-lang", "--overwrite", "--dry-run", "--executor",
              "--address", "--format"],
    "run": ["Usage: main run [OPTIONS] PIPELINE", "--workers", "--overwrite", "--dry-run", "--executor"],
    "stats": ["Usage: main stats [OPTIONS] OUTDIR", "funnel"],
    "report": ["Usage: main report [OPTIONS] OUTDIR", "report.html"],
    "inspect": ["Usage: main inspect [OPTIONS] OUTDIR", "--sample", "--serve", "inspect.html"],
    "show": ["Usage: main show [OPTIONS] OUTDIR KEY", "reason"],
    "identify": ["Usage: main identify [OPTIONS] [FILE]", "confidence", "hi-Latn"],
    "stages": ["Usage: main stages [OPTIONS]", "--profile"],
    "profiles": ["Usage: main profiles [OPTIONS]", "--keys"],
}


def test_every_command_has_help_naming_what_the_readme_documents():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    use = readme.split("## Use", 1)[1].split("```", 2)[1]  # the block of example commands
    assert set(main.commands) == {line.split()[1] for line in use.splitlines() if line.startswith("shuddh ")}
    assert set(main.commands) == set(HELP_MUST_NAME)
    for cmd, fragments in HELP_MUST_NAME.items():
        res = CliRunner().invoke(main, [cmd, "--help"])
        assert res.exit_code == 0, res.output
        for fragment in fragments:
            assert fragment in res.output, (cmd, fragment)


@pytest.mark.slow
def test_rerun_with_other_config_refuses_unless_overwrite(tmp_path):
    src = tmp_path / "page.txt"
    src.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["clean", str(src), "-o", str(out)]).exit_code == 0
    res = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "--format", "parquet"])
    assert res.exit_code == 2
    assert "different configuration" in res.output
    res = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "--format", "parquet", "--overwrite"])
    assert res.exit_code == 0
    assert not list((out / "kept").glob("*.jsonl.gz"))


def test_identify_prints_one_label_per_line(tmp_path):
    f = tmp_path / "lines.txt"
    f.write_text("मुझे आज बाज़ार जाना है और शाम को लौटना है।\naaj mausam bahut accha hai yaar\n\n"
                 "मी आज बाजारात जाणार आहे आणि संध्याकाळी परत येईन.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["identify", str(f)])
    assert res.exit_code == 0, res.output
    rows = [line.split("\t") for line in res.output.splitlines()]
    assert [r[0] for r in rows] == ["hi", "hi-Latn", "und", "mr"]
    assert all(0.0 <= float(r[1]) <= 1.0 for r in rows)


@pytest.mark.slow
def test_route_by_language(tmp_path):
    src = tmp_path / "mix.jsonl"
    hindi = PAGE
    marathi = (
        "महानगरपालिकेने शहरातील सर्व मुख्य रस्त्यांची दुरुस्ती पुढील आठवड्यापासून सुरू करण्याचा निर्णय घेतला आहे. "
        "पावसाळ्यानंतर अनेक भागांत खड्डे पडले होते, त्यामुळे नागरिकांना मोठा त्रास सहन करावा लागत होता. "
        "पहिल्या टप्प्यात बाजारपेठ आणि रुग्णालयांच्या परिसरातील रस्त्यांना प्राधान्य दिले जाईल.\n\n"
        "स्थानिक व्यापाऱ्यांनी या निर्णयाचे स्वागत केले आहे, परंतु काम रात्री करावे अशी मागणी त्यांनी केली आहे, "
        "जेणेकरून दिवसा वाहतूक विस्कळीत होणार नाही. ठेकेदारांना ठरलेल्या वेळेत काम पूर्ण करण्याचे निर्देश दिले "
        "आहेत आणि दर आठवड्याला कामाचा आढावा घेतला जाईल, असे आयुक्तांनी सांगितले."
    )
    src.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (hindi, marathi)) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "--langs", "hi,mr", "--route-by-lang"])
    assert res.exit_code == 0, res.output
    assert sorted(p.parent.name for p in (out / "kept").rglob("*.jsonl.gz")) == ["hi", "mr"]
    res = CliRunner().invoke(main, ["clean", str(src), "-o", str(tmp_path / "o2")])
    stats = json.loads((tmp_path / "o2" / "stats.json").read_text())
    assert stats["dropped_by_reason"] == {"lang.mr": 1}


@pytest.mark.slow
def test_report_shows_drop_reasons_with_examples_and_removed_lines(tmp_path):
    out = tmp_path / "ex"
    assert CliRunner().invoke(main, ["clean", str(EXAMPLES), "-o", str(out)]).exit_code == 0
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "quality.too_short" in html
    assert "चुनाव आयोग ने तारीख़ों का ऐलान किया" in html  # the teaser page, as an example of its drop
    assert "यह भी पढ़ें: टी-20 विश्व कप के लिए टीम का ऐलान जल्द" in html  # a removed chrome line
    (out / "report.html").unlink()
    assert CliRunner().invoke(main, ["report", str(out)]).exit_code == 0
    # regenerated from stats.json + timing.json: the same page
    assert (out / "report.html").read_text(encoding="utf-8") == html


def test_yaml_paths_are_relative_to_the_file_but_urls_are_kept(tmp_path):
    from shuddh.config import load_config

    cfg_file = tmp_path / "sub" / "p.yaml"
    cfg_file.parent.mkdir()
    cfg_file.write_text("inputs: [in.jsonl, 'file:///data/crawl/']\noutput: 's3://bucket/out'\n", encoding="utf-8")
    cfg = load_config(cfg_file)
    assert cfg.inputs == [str(tmp_path / "sub" / "in.jsonl"), "file:///data/crawl/"]
    assert cfg.output == "s3://bucket/out"


@pytest.mark.slow
def test_rerunning_a_finished_run_is_a_no_op_with_the_same_stats(tmp_path):
    out = tmp_path / "ex"
    assert CliRunner().invoke(main, ["clean", str(EXAMPLES), "-o", str(out)]).exit_code == 0
    first = (out / "stats.json").read_bytes()
    kept_files = {p.name: p.read_bytes() for p in (out / "kept").iterdir()}
    res = CliRunner().invoke(main, ["clean", str(EXAMPLES), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert (out / "stats.json").read_bytes() == first
    assert {p.name: p.read_bytes() for p in (out / "kept").iterdir()} == kept_files
    assert json.loads((out / "timing.json").read_text())["shard_phases_resumed"] > 0


def test_identify_converts_legacy_font_lines_first(tmp_path):
    f = tmp_path / "lines.txt"
    # the same Hindi sentence typed in KrutiDev, and romanized Hindi (which must not be converted)
    f.write_text("Hkkjr ,d fo'kky ns'k gS vkSj ;gk¡ vusd Hkk\"kk,¡ cksyh tkrh gSaA\n"
                 "aaj mausam bahut accha hai aur hum bahar ghoomne jayenge\n", encoding="utf-8")
    labels = [r.split("\t")[0] for r in CliRunner().invoke(main, ["identify", str(f)]).output.splitlines()]
    assert labels == ["hi", "hi-Latn"]
    raw = [r.split("\t")[0] for r in CliRunner().invoke(main, ["identify", "--raw", str(f)]).output.splitlines()]
    assert raw[0] != "hi"


ROMAN_HINDI = (
    "kal raat hamare mohalle mein bijli chali gayi thi aur subah tak nahi aayi. log bahut pareshan the kyunki "
    "garmi bahut zyada thi. bijli vibhag ke adhikariyon ne bataya ki transformer kharab ho gaya tha aur use "
    "theek karne mein samay laga. aaj dopahar tak sab kuch theek ho gaya aur logon ne raahat ki saans li. "
    "mohalle ke logon ne maang ki hai ki aise mein pehle se suchna di jaye taaki log taiyari kar saken."
)


@pytest.mark.slow
def test_kept_languages_are_judged_with_their_own_profile(tmp_path):
    src = tmp_path / "mix.jsonl"
    src.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (PAGE, ROMAN_HINDI)) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "--langs", "hi,hi-Latn"])
    assert res.exit_code == 0, res.output
    # Hindi (Devanagari) stop words would drop the romanized document; its own profile keeps it
    assert sorted(d["lang"] for d in kept(out)) == ["hi", "hi-Latn"]
    stats = json.loads((out / "stats.json").read_text())
    assert stats["dropped"] == 0
