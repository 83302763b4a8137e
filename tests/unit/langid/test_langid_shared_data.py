"""Quality floors on the held-out shared data (skipped when ../shared/data is absent).

Only held-out sentences are used (see shuddh.langid._data); floors are a little under the measured
benchmark numbers so that they catch regressions, not noise.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

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


def test_vardial_is_split_by_source_text_not_by_sentence() -> None:
    held, train = _data.vardial_split(ROOT)
    held_texts = {t for ts in held.values() for t in ts}
    assert not held_texts & train
    # about a quarter of every label, as one block
    for label, texts in held.items():
        n = sum(1 for _, lab in _data._vardial(ROOT) if lab == label)
        assert 0.24 <= len(texts) / n <= 0.27
    # sentences sharing a rare word fall on the same side far more often than a random split would put
    # them (measured: 26 % of held-out sentences share a rare word with training, 61 % with the hash split)
    assert _rare_word_leak(held, train) < 0.35


def _rare_word_leak(held: dict[str, list[str]], train: frozenset[str]) -> float:
    words = regex.compile(r"[\p{L}\p{M}]{4,}")
    by_label: dict[str, list[str]] = {}
    for text, label in _data._vardial(ROOT):
        by_label.setdefault(label, []).append(text)
    shared = total = 0
    for label, texts in by_label.items():
        df: dict[str, set[str]] = {}
        for t in texts:
            for w in set(words.findall(t)):
                df.setdefault(w, set()).add(t)
        for t in held[label]:
            total += 1
            shared += any(2 <= len(df[w]) <= 3 and (df[w] - {t}) & train for w in set(words.findall(t)))
    return shared / total


def _docs(name: str, limit: int = 300) -> tuple[str, list[str]]:
    src = next(s for s in _data.outdomain_sources(ROOT) if s.name == name)
    step = max(1, len(src.docs) // limit)
    return src.label, ["\n".join(d) for d in src.docs[::step]]


@pytest.mark.parametrize(
    "name", ["hi-loresmt2020", "hi-maithilimt-law", "mr-mahaner", "mr-mahasent-tweets", "ne-news", "sa-itihasa"]
)
def test_outdomain_hi_mr_ne_sa_documents(name: str) -> None:
    """Sources the model never saw (evaluation-only licences): documents of the big four stay right."""
    label, docs = _docs(name)
    preds = LanguageIdentifier.load().predict_documents(docs)
    assert sum(p.label == label for p in preds) / len(preds) >= 0.95


def test_outdomain_english_comments_are_not_romanized_hindi() -> None:
    _, docs = _docs("en-sentimix", limit=10_000)
    lines = [line for d in docs for line in d.split("\n")]
    preds = LanguageIdentifier.load().predict_labels(lines)
    assert sum(p == "hi-Latn" for p, _ in preds) / len(lines) <= 0.005


def test_outdomain_dialect_documents_rarely_become_hindi_in_the_stage() -> None:
    """Issue 14: dialect documents labelled ``hi`` flow into a Hindi corpus. With the langid stage as the
    pipeline runs it (profile thresholds), at most 5 % of dialect documents of sources never trained on
    are called Hindi (measured 2.8 % on these samples; the issue-4 model and stage: 21 %)."""
    from shuddh.document import Document
    from shuddh.stages.base import StageContext, StageStats
    from shuddh.stages.langid import LanguageIdStage

    stage = LanguageIdStage(keep="*")
    stage.setup()
    n = to_hi = 0
    for name in ("bho-loresmt2020", "mag-wildre-youtube", "mai-maithilimt-law"):
        _, docs = _docs(name)
        batch = [Document(id=str(i), text=d, source=name) for i, d in enumerate(docs)]
        out = list(stage.process(batch, StageContext(StageStats("langid"))))
        n += len(out)
        to_hi += sum(getattr(d, "lang", None) == "hi" for d in out)
    assert to_hi / n <= 0.05
