"""Quality floors on the held-out shared data (skipped when ../shared/data is absent).

Only held-out sentences are used (see shuddh.langid._data); floors are a little under the measured
benchmark numbers so that they catch regressions, not noise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shuddh.langid import LanguageIdentifier, _data

ROOT = _data.resolve_data_dir(None)
if not (ROOT / "flores200-dev").is_dir():
    ROOT = Path(__file__).resolve().parents[4] / "shared" / "data"
HAVE_DATA = (ROOT / "flores200-dev").is_dir() and (ROOT / "vardial2018-ili-dev").is_dir()

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not HAVE_DATA, reason="shared data (../shared/data) not present"),
]


@pytest.fixture(scope="module")
def evals() -> dict[str, list[_data.Example]]:
    return _data.eval_sets(ROOT)


def _acc(lid: LanguageIdentifier, examples: list[_data.Example]) -> float:
    preds = lid.predict_labels([e.text for e in examples])
    return sum(p == e.label for (p, _), e in zip(preds, examples, strict=True)) / len(examples)


@pytest.mark.parametrize(
    ("stem", "floor"),
    [
        ("hin_Deva", 0.98),
        ("mar_Deva", 0.98),
        ("npi_Deva", 0.97),
        ("san_Deva", 0.95),
        ("mai_Deva", 0.90),
        ("urd_Arab", 0.97),
    ],
)
def test_flores_heldout_accuracy(evals: dict[str, list[_data.Example]], stem: str, floor: float) -> None:
    subset = [e for e in evals["flores"] if e.source == f"flores:{stem}"]
    assert len(subset) > 200
    assert _acc(LanguageIdentifier.load(), subset) >= floor


def test_vardial_heldout_accuracy(evals: dict[str, list[_data.Example]]) -> None:
    assert _acc(LanguageIdentifier.load(), evals["vardial"]) >= 0.90


def test_romanized_hindi_recall_and_english_false_positives(evals: dict[str, list[_data.Example]]) -> None:
    lid = LanguageIdentifier.load()
    assert _acc(lid, evals["dakshina_roman"][:600]) >= 0.95
    eng = [e for e in evals["flores"] if e.source == "flores:eng_Latn"]
    fp = sum(p == "hi-Latn" for p, _ in lid.predict_labels([e.text for e in eng]))
    assert fp / len(eng) <= 0.01
