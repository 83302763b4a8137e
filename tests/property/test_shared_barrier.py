"""Dedup stages that share a barrier (collect in one pass, reduce one after the other, apply in one pass)
decide exactly as the same stages run one after the other, each behind its own barrier.

Hypothesis draws corpora over several shards from a few Hindi articles and their variants: exact copies
(whitespace and case changed), copies with soft hyphens inside words (equal to the original for exact
dedup, whose canonical text drops invisible characters, but not for MinHash, whose words split there),
near copies (one word replaced), near copies of copies, and documents without words."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import shuddh
from tests.engines._corpus import ARTICLES

# a second near copy of each article, so that chains (article - near - near of near) exist
_EXTRA = "इस बारे में और जानकारी बाद में दी जाएगी।"


def _variant(kind: int, i: int) -> str:
    text = ARTICLES[i]
    if kind == 0:
        return text
    if kind == 1:  # exact after canonicalisation
        return "  " + text.replace(" ", "   ") + "\n"
    if kind == 2:  # soft hyphens inside words: exact-equal, but MinHash sees other words
        return text.replace("गाड़ियाँ", "गाड़\u00adियाँ").replace("किसानों", "कि\u00adसानों").replace(
            "विद्यालय", "विद्\u00adयालय").replace("अस्पताल", "अस्\u00adपताल")
    if kind == 3:  # near copy
        return text.replace("बताया", "कहा", 1) + " " + _EXTRA
    if kind == 4:  # near copy of the near copy
        return text.replace("बताया", "कहा", 1).replace("और", "तथा", 1) + " " + _EXTRA + " " + _EXTRA
    return "।।। ... ---"  # no words


doc = st.tuples(st.integers(0, 5), st.integers(0, len(ARTICLES) - 1)).map(lambda t: _variant(*t))


def _records(out: Path, sub: str) -> dict[str, list[Any]]:
    """The records under ``out/sub`` per shard (part-NNNNN), in file order, phases concatenated."""
    by_shard: dict[str, list[Any]] = {}
    for p in sorted((out / sub).rglob("*.jsonl.gz")):
        recs = [orjson.loads(line) for line in gzip.decompress(p.read_bytes()).splitlines()]
        by_shard.setdefault(p.name.split(".")[0], []).extend(recs)
    return by_shard


def _stats(res: Any, chain: bool) -> dict[str, Any]:
    s = dict(res.stats)
    s.pop("config_fingerprint")  # share_barrier differs on purpose
    s.pop("files")  # the dropped files are named after the phase they were written in
    if chain:
        # the chain's two dedup_near stages share one stats entry and pool their samples (the first 5 per
        # reason) in the order their phases ran, which differs; counts, and every other stage's samples,
        # must be the same
        s["stages"] = [{k: v for k, v in st.items() if k != "samples" or st["name"] != "dedup_near"}
                       for st in s["stages"]]
        # the report's examples of dedup.near (shuddh.volumes: the first distinct ones in (phase, shard)
        # order) are pooled the same way; every other reason's examples must be the same
        ex = {kind: dict(by) for kind, by in s.get("examples", {}).items()}
        for kind in ("dropped", "dedup"):
            if isinstance(ex.get(kind), dict):
                ex[kind].pop("dedup.near", None)
        s["examples"] = ex
    return s


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.lists(doc, min_size=1, max_size=9), min_size=2, max_size=4),
       chain=st.booleans())
def test_shared_barrier_decides_as_separate_barriers(tmp_path_factory: Any, files: list[list[str]],
                                                     chain: bool) -> None:
    root = Path(tmp_path_factory.mktemp("sb"))
    inp = root / "in"
    inp.mkdir()
    for i, texts in enumerate(files):
        (inp / f"{i}.jsonl").write_bytes(b"".join(orjson.dumps({"text": t}) + b"\n" for t in texts))

    def stages(share: bool) -> list[Any]:
        out: list[Any] = [{"dedup_exact": {"share_barrier": share}},
                          {"dedup_near": {"share_barrier": share, "bands": 16, "rows": 4}}]
        if chain:  # a third stage: what it excludes is cumulative over both before it
            out.append({"dedup_near": {"share_barrier": share, "ngram": 3, "bands": 8, "rows": 2,
                                       "threshold": 0.5}})
        return out

    shared = shuddh.clean(str(inp), str(root / "shared"), stages=stages(True), workers=1)
    separate = shuddh.clean(str(inp), str(root / "separate"), stages=stages(False), workers=1)
    # one pass fewer per shared barrier
    assert len(list((root / "shared" / ".shuddh" / "done").glob("p*-part-00000.json"))) == 2
    assert len(list((root / "separate" / ".shuddh" / "done").glob("p*-part-00000.json"))) == (4 if chain else 3)
    assert _records(root / "shared", "kept") == _records(root / "separate", "kept")  # with dup_cluster_size
    dropped_shared = _records(root / "shared", "dropped")
    dropped_separate = _records(root / "separate", "dropped")
    assert dropped_shared.keys() == dropped_separate.keys()
    for part, recs in dropped_shared.items():  # the same records; within a shard, drops of both stages
        key = orjson.dumps  # interleave in stream order when they share a file
        assert sorted(map(key, recs)) == sorted(map(key, dropped_separate[part]))
    assert _stats(shared, chain) == _stats(separate, chain)
    assert shared.stats["accounted"]


def test_soft_hyphen_copy_is_an_exact_duplicate_but_not_a_near_one(tmp_path: Path) -> None:
    """The case the shared reduce must get right: the copy is dropped by exact dedup; near dedup must not
    see it at all (its own signature differs from the original's)."""
    inp = tmp_path / "in.jsonl"
    texts = [_variant(0, 0), _variant(2, 0), _variant(3, 0)]
    inp.write_bytes(b"".join(orjson.dumps({"id": str(i), "text": t}) + b"\n" for i, t in enumerate(texts)))
    res = shuddh.clean(str(inp), str(tmp_path / "out"), stages=["dedup_exact", "dedup_near"], workers=1)
    assert res.stats["dropped_by_reason"] == {"dedup.exact": 1, "dedup.near": 1}
    kept = [orjson.loads(x) for p in (tmp_path / "out" / "kept").glob("*.jsonl.gz")
            for x in gzip.decompress(p.read_bytes()).splitlines()]
    assert [k["id"] for k in kept] == ["0"]
    assert kept[0]["metadata"]["dup_cluster_size"] == 3  # itself, its exact copy and its near copy
