"""Dedup stages in real pipelines: reasons, kept ids, cluster sizes, line removal, and determinism
across worker counts and input orders (issue 6)."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import orjson
import pytest

import shuddh
from shuddh.stages import registry
from shuddh.stages.base import GlobalStage

# Fixtures written for the project: three unrelated Hindi articles and edited copies of them.
A = ("भारत एक विशाल देश है और इसकी राजधानी नई दिल्ली है। यहाँ अनेक भाषाएँ बोली जाती हैं और लोग मिलजुल "
     "कर रहते हैं। हिंदी यहाँ की सबसे अधिक बोली जाने वाली भाषा है और इसे देवनागरी लिपि में लिखा जाता है। "
     "गंगा नदी उत्तर भारत के मैदानों से होकर बहती है और करोड़ों लोगों को जल देती है।")
B = ("मौसम विभाग ने कहा कि अगले दो दिनों में राज्य के कई हिस्सों में भारी बारिश हो सकती है। किसानों को "
     "सलाह दी गई है कि वे फसल की कटाई जल्दी पूरी कर लें और अनाज को सुरक्षित स्थान पर रखें। प्रशासन ने "
     "निचले इलाकों में रहने वाले लोगों से सतर्क रहने की अपील की है।")
C = ("शहर के पुस्तकालय में इस सप्ताह बच्चों के लिए कहानी सुनाने का कार्यक्रम आयोजित किया जाएगा। आयोजकों "
     "ने बताया कि प्रवेश निःशुल्क है और माता-पिता भी बच्चों के साथ आ सकते हैं। कार्यक्रम सुबह दस बजे "
     "शुरू होगा।")
BOILER = "इस समाचार को अपने मित्रों के साथ साझा करें और हमें फेसबुक पर फॉलो करें"


def _write(path: Path, docs: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(orjson.dumps(d) + b"\n" for d in docs))


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    f1 = [
        {"id": "a1", "text": A},
        {"id": "b1", "text": B + "\n" + BOILER},
        {"id": "c1", "text": C},
    ]
    f2 = [
        {"id": "a2", "text": A.replace("विशाल", "बड़ा")},  # near duplicate of a1
        {"id": "b2", "text": "  " + (B + "\n" + BOILER).replace(" ", "  ")},  # = b1 after normalising
        {"id": "x2", "text": "पूरी तरह अलग विषय पर एक छोटा सा लेख जिसमें खेल की बात है।\n" + BOILER},
    ]
    f3 = [
        {"id": "a3", "text": A + " यह जानकारी उपयोगी है।"},  # near duplicate of a1
        {"id": "c3", "text": C.replace("१०", "10")},  # exact duplicate of c1
        {"id": "y3", "text": "आज क्रिकेट मैच में भारत ने शानदार जीत दर्ज की।\n" + BOILER},
    ]
    paths = [tmp_path / "in" / "f1.jsonl", tmp_path / "in" / "sub" / "f2.jsonl", tmp_path / "in" / "f3.jsonl"]
    for p, docs in zip(paths, [f1, f2, f3], strict=True):
        _write(p, docs)
    return [str(p) for p in paths]


def test_dedup_stages_are_global_and_close_the_default_pipeline() -> None:
    # README, "What the default pipeline does": … dedup_in_doc (a mapper) → dedup_exact → dedup_near
    # (global stages); dedup_lines is global but not in the default pipeline
    assert registry.DEFAULT_STAGES[-3:] == ("dedup_in_doc", "dedup_exact", "dedup_near")
    assert "dedup_lines" not in registry.DEFAULT_STAGES
    for name in ("dedup_exact", "dedup_near", "dedup_lines"):
        stage = registry.build_stage(registry.StageSpec(name))
        assert isinstance(stage, GlobalStage)
        assert stage.name == name
    assert not isinstance(registry.build_stage(registry.StageSpec("dedup_in_doc")), GlobalStage)


def _records(outdir: Path, sub: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for f in sorted((outdir / sub).glob("*")):
        with gzip.open(f, "rb") if f.suffix == ".gz" else f.open("rb") as fh:
            out.extend(orjson.loads(ln) for ln in fh if ln.strip())
    return out


def _files(outdir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(outdir)): p.read_bytes() for sub in ("kept", "dropped")
            for p in sorted((outdir / sub).glob("*"))}


STAGES = ["normalize", "dedup_exact", "dedup_near"]


def test_exact_and_near_dedup_reasons_kept_ids_and_sizes(corpus: list[str], tmp_path: Path) -> None:
    res = shuddh.clean(corpus, str(tmp_path / "out"), stages=STAGES, workers=1)
    assert res.stats["accounted"]
    dropped = {r["id"]: r for r in _records(tmp_path / "out", "dropped")}
    kept = {r["id"]: r for r in _records(tmp_path / "out", "kept")}
    # shards are numbered in sorted path order: f1 (0), f3 (1), sub/f2 (2); the first document wins
    assert {k: (v["reason"], v["detail"]["kept_id"]) for k, v in dropped.items()} == {
        "b2": ("dedup.exact", "b1"),
        "c3": ("dedup.exact", "c1"),
        "a2": ("dedup.near", "a1"),
        "a3": ("dedup.near", "a1"),
    }
    assert set(kept) == {"a1", "b1", "c1", "x2", "y3"}
    assert kept["a1"]["metadata"]["dup_cluster_size"] == 3
    assert kept["b1"]["metadata"]["dup_cluster_size"] == 2
    assert kept["c1"]["metadata"]["dup_cluster_size"] == 2
    assert "dup_cluster_size" not in kept["x2"]["metadata"]
    assert res.stats["dropped_by_reason"] == {"dedup.exact": 2, "dedup.near": 2}


@pytest.mark.slow
def test_output_independent_of_workers_and_input_order(corpus: list[str], tmp_path: Path) -> None:
    stages = [*STAGES, {"dedup_lines": {"min_docs": 3, "min_chars": 10}}]
    shuddh.clean(corpus, str(tmp_path / "w1"), stages=stages, workers=1)
    shuddh.clean(list(reversed(corpus)), str(tmp_path / "w2"), stages=stages, workers=2)
    shuddh.clean([corpus[1], corpus[2], corpus[0]], str(tmp_path / "w2b"), stages=stages, workers=2)
    one = _files(tmp_path / "w1")
    assert one
    assert one == _files(tmp_path / "w2") == _files(tmp_path / "w2b")
    s1 = orjson.loads((tmp_path / "w1" / "stats.json").read_bytes())
    s2 = orjson.loads((tmp_path / "w2" / "stats.json").read_bytes())
    assert s1["stages"] == s2["stages"]


def test_repeated_lines_are_removed(corpus: list[str], tmp_path: Path) -> None:
    res = shuddh.clean(corpus, str(tmp_path / "out"),
                       stages=["normalize", {"dedup_lines": {"min_docs": 3, "min_chars": 10}}], workers=1)
    assert res.stats["lines_removed_by_reason"] == {"dedup.repeated_line": 4}
    kept = {r["id"]: r for r in _records(tmp_path / "out", "kept")}
    assert all(BOILER not in r["text"] for r in kept.values())
    assert kept["y3"]["text"] == "आज क्रिकेट मैच में भारत ने शानदार जीत दर्ज की।"
    assert len(kept) == 9  # lines go, documents stay


def test_lines_dedup_drops_document_with_nothing_left(tmp_path: Path) -> None:
    docs = [{"id": f"d{i}", "text": BOILER if i == 0 else f"{BOILER}\nलेख संख्या {i} का अपना अलग पाठ है"}
            for i in range(3)]
    _write(tmp_path / "in.jsonl", docs)
    res = shuddh.clean([str(tmp_path / "in.jsonl")], str(tmp_path / "out"),
                       stages=[{"dedup_lines": {"min_docs": 2, "min_chars": 10}}], workers=1)
    assert res.stats["dropped_by_reason"] == {"dedup.repeated_lines_only": 1}


def test_near_dedup_params_are_validated(corpus: list[str], tmp_path: Path) -> None:
    with pytest.raises(shuddh.errors.ConfigError):
        shuddh.clean(corpus, str(tmp_path / "out"), stages=[{"dedup_near": {"bands": "many"}}], workers=1)


def test_empty_shard_and_no_duplicates(tmp_path: Path) -> None:
    _write(tmp_path / "in" / "a.jsonl", [{"id": "a", "text": A}, {"id": "e", "text": "   "}])
    _write(tmp_path / "in" / "b.jsonl", [])
    (tmp_path / "in" / "b.jsonl").write_bytes(b"")
    res = shuddh.clean([str(tmp_path / "in")], str(tmp_path / "out"), stages=["dedup_exact", "dedup_near"],
                       workers=1)
    assert res.stats["kept"] == 2
    assert res.stats["dropped"] == 0


# -- resume after SIGKILL between the dedup phases ----------------------------------------------------
# Sentences written for this test; documents are random draws of them, so most are distinct, and every
# tenth document of a shard repeats (exactly, after normalising) or edits one of the previous shard.
SENTENCES = [
    "सुबह से ही आसमान में घने बादल छाए हुए थे और ठंडी हवा चल रही थी।",
    "गाँव के लोग मेले की तैयारी में कई दिनों से लगे हुए थे।",
    "विद्यालय के प्रधानाचार्य ने बच्चों को पुरस्कार बाँटे।",
    "नदी के किनारे एक पुराना मंदिर है जिसे देखने दूर-दूर से लोग आते हैं।",
    "बाज़ार में सब्ज़ियों के दाम पिछले हफ़्ते से काफ़ी बढ़ गए हैं।",
    "रेलवे स्टेशन पर यात्रियों की भारी भीड़ देखी गई।",
    "किसानों ने नई सिंचाई योजना के बारे में अधिकारियों से बात की।",
    "पुस्तकालय में हिंदी साहित्य की कई दुर्लभ पुस्तकें रखी हैं।",
    "शाम को पार्क में बच्चे क्रिकेट खेलते हैं और बुज़ुर्ग टहलते हैं।",
    "अस्पताल में नए उपकरण लगाए जाने से मरीज़ों को राहत मिलेगी।",
    "डाकघर के बाहर लंबी कतार लगी थी क्योंकि पेंशन का दिन था।",
    "पहाड़ों पर बर्फ़ गिरने से सैलानियों की संख्या बढ़ गई है।",
    "नगर पालिका ने सफ़ाई अभियान के लिए स्वयंसेवकों को बुलाया।",
    "परीक्षा के परिणाम अगले सोमवार को घोषित किए जाएँगे।",
    "दादी ने बच्चों को राजा और चतुर मंत्री की कहानी सुनाई।",
    "नए पुल के बनने से दोनों गाँवों के बीच की दूरी घट गई है।",
    "संगीत समारोह में शास्त्रीय गायकों ने अपनी प्रस्तुति दी।",
    "बिजली विभाग ने बताया कि कल दोपहर तक आपूर्ति बंद रहेगी।",
    "खेतों में गेहूँ की फ़सल पककर तैयार खड़ी है।",
    "पुलिस ने यातायात नियमों के पालन के लिए अभियान चलाया।",
    "छात्रों ने विज्ञान प्रदर्शनी में सौर ऊर्जा से चलने वाली गाड़ी दिखाई।",
    "त्योहार के मौसम में मिठाइयों की दुकानों पर रौनक़ रहती है।",
    "जंगल में हाथियों का एक झुंड पानी की तलाश में भटक रहा था।",
    "लेखक ने अपनी नई किताब में गाँव के जीवन का सुंदर चित्रण किया है।",
]
N_SHARDS = 12
DOCS_PER_SHARD = 150


def _resume_corpus(root: Path) -> Path:
    import random

    rng = random.Random(7)
    texts: list[list[str]] = []
    inp = root / "in"
    for f in range(N_SHARDS):
        shard: list[str] = []
        for k in range(DOCS_PER_SHARD):
            if f and k % 10 == 0:
                shard.append("  " + texts[f - 1][k + 1].replace(" ", "  "))  # exact after normalising
            elif f and k % 10 == 5:
                shard.append(texts[f - 1][k + 2] + " " + SENTENCES[k % len(SENTENCES)])  # near duplicate
            else:
                shard.append(f"लेख {f}-{k}। " + " ".join(rng.sample(SENTENCES, 8)))
        texts.append(shard)
        _write(inp / f"crawl-{f:03d}.jsonl", [{"id": f"{f}-{k}", "text": t} for k, t in enumerate(shard)])
    return inp


def _run_cmd(cfg: Path, out: Path, workers: int) -> list[str]:
    import sys

    return [sys.executable, "-m", "shuddh.cli", "run", str(cfg), "-o", str(out), "-w", str(workers), "--no-progress"]


def _outputs(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for sub in ("kept", "dropped", "quarantine")
            for p in sorted((out / sub).rglob("*")) if p.is_file()} | {"stats.json": (out / "stats.json").read_bytes()}


@pytest.mark.slow
@pytest.mark.parametrize(("phase", "workers", "shared"), [(1, 1, True), (1, 2, False), (2, 2, False)])
def test_sigkill_between_dedup_phases_resumes_to_identical_output(tmp_path: Path, phase: int, workers: int,
                                                                   shared: bool) -> None:
    """Shared barrier (the default): phase 0 collects exact keys and MinHash bands in one pass, both
    reduce, phase 1 applies both. Without it: phase 0 collects exact keys, phase 1 applies them and
    collects MinHash bands, phase 2 applies the near-duplicate decisions. Kill the run while phase
    ``phase`` is half done (after the barrier and the reduce before it), then rerun: the output equals
    that of a run never interrupted."""
    import os
    import signal
    import subprocess
    import time

    inp = _resume_corpus(tmp_path)
    cfg = tmp_path / "dedup.yaml"
    near = "dedup_near" if shared else "{dedup_near: {share_barrier: false}}"
    # reader.split_bytes 0: a shard per file (the twelve small files would be grouped into one)
    cfg.write_text(f"inputs: [{inp}]\noutput: {tmp_path / 'unused'}\nstages: [dedup_exact, {near}]\n"
                   "reader: {split_bytes: 0}\n", encoding="utf-8")
    ref = tmp_path / "ref"
    subprocess.run(_run_cmd(cfg, ref, 1), check=True, capture_output=True)
    ref_stats = orjson.loads((ref / "stats.json").read_bytes())
    assert ref_stats["dropped_by_reason"]["dedup.exact"] >= N_SHARDS - 1
    assert ref_stats["dropped_by_reason"]["dedup.near"] >= N_SHARDS - 1

    out = tmp_path / "out"
    proc = subprocess.Popen(_run_cmd(cfg, out, workers), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    done = out / ".shuddh" / "done"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if done.is_dir() and any(done.glob(f"p{phase}-*.json")):
            break
        time.sleep(0.002)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    n_done = len(list(done.glob(f"p{phase}-*.json")))
    assert 0 < n_done < N_SHARDS, f"not stopped inside phase {phase} ({n_done} of {N_SHARDS} shards done)"
    assert len(list(done.glob(f"p{phase - 1}-*.json"))) == N_SHARDS
    work = out / ".shuddh" / "work"
    assert (work / f"stage{1 if shared else phase - 1}" / "reduced.json").is_file()  # the barrier before was passed
    assert not (out / "stats.json").exists()

    res = subprocess.run(_run_cmd(cfg, out, workers), capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr
    timing = orjson.loads((out / "timing.json").read_bytes())
    assert timing["shard_phases_resumed"] >= phase * N_SHARDS + n_done
    assert _outputs(out) == _outputs(ref)
    assert not work.exists()  # intermediate documents and partials are removed once the run completes
    assert not list(out.rglob(".*.tmp-*"))
