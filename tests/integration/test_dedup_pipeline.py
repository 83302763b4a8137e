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

DEDUP_STAGES = {
    "dedup_exact": "shuddh.stages.dedup.exact:ExactDedup",
    "dedup_near": "shuddh.stages.dedup.near:NearDedup",
    "dedup_lines": "shuddh.stages.dedup.lines:LineDedup",
}

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


def test_dedup_stages_are_registered() -> None:
    for k, v in DEDUP_STAGES.items():
        assert registry.STAGE_PATHS[k] == v


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
