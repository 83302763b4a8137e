"""The hand-label files of the line-cleaning benchmark (``benchmarks/labels/``) are well formed: each line of a
document labelled once, a known label, a chrome line with its category, a 10-digit hex hash (the labels hold no
third-party text), and every hand label equal to the final label of its two passes in ``agreement.tsv``. The
benchmark reads them by column name and would silently skip or double-count a malformed row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

LABELS = Path(__file__).resolve().parents[2] / "benchmarks" / "labels"
_HASH = re.compile(r"[0-9a-f]{10}")
_KINDS = {"body", "chrome", "neutral"}


def _rows(path: Path) -> list[dict[str, str]]:
    cols: list[str] = []
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if fields[0] == "source":
            cols = fields
            continue
        assert cols, f"{path.name}: a row before the header row"
        out.append(dict(zip(cols, fields, strict=False)))
    return out


@pytest.mark.parametrize("name", ["indic.tsv", "wcxb_hand.tsv"])
def test_hand_labels_are_well_formed(name: str) -> None:
    rows = _rows(LABELS / name)
    assert len(rows) > 500
    seen: set[tuple[str, str, int]] = set()
    for r in rows:
        key = (r["source"], r["doc_id"], int(r["line"]))
        assert key not in seen, f"{name}: {key} labelled twice"
        seen.add(key)
        assert _HASH.fullmatch(r["hash"]), f"{name}: {key} hash {r['hash']!r}"
        assert r["label"] in _KINDS, f"{name}: {key} label {r['label']!r}"
        if r["label"] == "chrome":
            assert r.get("category"), f"{name}: {key} chrome without a category"


def test_every_hand_label_is_the_final_label_of_its_two_passes() -> None:
    final = {(r["source"], r["doc_id"], int(r["line"])): (r["hash"], r["final"], r["pass_a"], r["pass_b"])
             for r in _rows(LABELS / "agreement.tsv")}
    for name in ("indic.tsv", "wcxb_hand.tsv"):
        for r in _rows(LABELS / name):
            key = (r["source"], r["doc_id"], int(r["line"]))
            assert key in final, f"{name}: {key} has no second pass"
            h, fin, a, b = final[key]
            assert (h, fin) == (r["hash"], r["label"]), f"{name}: {key}"
            assert {a, b} <= _KINDS, f"{key}: passes {a!r}, {b!r}"
            # an agreed label is final; a disagreement is adjudicated (the reader may take a third label)
            assert a != b or fin == a, f"{key}: the two passes agree on {a!r}, the final label is {fin!r}"
