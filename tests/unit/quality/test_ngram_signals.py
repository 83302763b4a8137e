"""The n-gram signals of gopher_repetition (top 2-4-gram and duplicate 5-10-gram characters): the fast
walk over the sizes (``_ngram_chars_by_size``) against a plain reference written here, on many generated
Hindi/English texts, and the work it does (issue 17: counted at the survivors of the size before)."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.quality import signals
from shuddh.quality.signals import DUP_NGRAM_SIZES, TOP_NGRAM_SIZES, repetition_signals
from shuddh.text.segment import words

HINDI = ("भारत", "की", "राजधानी", "नई", "दिल्ली", "है", "और", "यहाँ", "संसद", "भवन", "स्थित", "में",
         "क्रिकेट", "मैच", "खेला", "गया", "प्रधानमंत्री", "ने", "कहा", "कि")  # fmt: skip
ENGLISH = ("the", "of", "read", "more", "news", "India", "capital", "New", "Delhi", "is", "and",
           "Parliament", "share", "this", "article", "login", "to", "comment")  # fmt: skip
VOCAB = HINDI + ENGLISH


def ref_top(ws: Sequence[str], n: int, min_count: int) -> int:
    """Characters of the most frequent n-gram times its count (the first one seen among equally frequent)."""
    grams = [tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)]
    if not grams:
        return 0
    counts: dict[tuple[str, ...], int] = {}
    for g in grams:
        counts[g] = counts.get(g, 0) + 1
    best = max(counts.values())
    if best < max(2, min_count):
        return 0
    gram = next(g for g in counts if counts[g] == best)
    return (len(" ".join(gram))) * best


def ref_dup(ws: Sequence[str], n: int) -> int:
    """Characters of the words inside an n-gram that occurred at an earlier position, each word once."""
    if len(ws) < 2 * n:
        return 0
    seen: set[tuple[str, ...]] = set()
    covered: set[int] = set()
    for i in range(len(ws) - n + 1):
        g = tuple(ws[i : i + n])
        if g in seen:
            covered.update(range(i, i + n))
        seen.add(g)
    return sum(len(ws[j]) for j in covered)


def check(ws: list[str], min_count: int) -> None:
    top, dup = signals._ngram_chars_by_size(ws, TOP_NGRAM_SIZES, DUP_NGRAM_SIZES, min_count)
    assert top == {n: ref_top(ws, n, min_count) for n in TOP_NGRAM_SIZES}
    assert dup == {n: ref_dup(ws, n) for n in DUP_NGRAM_SIZES}


def text_from(rng: random.Random, vocab: Sequence[str], n_words: int, phrase_repeats: int) -> list[str]:
    """Random words with a few copied phrases of 1-14 words (overlapping and adjacent repeats too)."""
    ws = [rng.choice(vocab) for _ in range(n_words)]
    for _ in range(phrase_repeats):
        if len(ws) < 2:
            break
        k = rng.randint(1, min(14, len(ws) - 1))
        src = rng.randrange(len(ws) - k + 1)
        dst = rng.randrange(len(ws) + 1)
        ws[dst:dst] = ws[src : src + k]
    return ws


@settings(max_examples=300, deadline=None)
@given(
    ws=st.lists(st.sampled_from(VOCAB[:6] + ENGLISH[:4]), max_size=60),
    min_count=st.integers(min_value=1, max_value=5),
)
def test_ngram_chars_equal_reference_hypothesis(ws: list[str], min_count: int) -> None:
    check(ws, min_count)


@pytest.mark.parametrize("vocab", [HINDI, ENGLISH, VOCAB, HINDI[:3]])
def test_ngram_chars_equal_reference_generated_texts(vocab: Sequence[str]) -> None:
    rng = random.Random(17)
    for _ in range(150):
        ws = text_from(rng, vocab, rng.randint(0, 300), rng.randint(0, 6))
        for min_count in (2, 3):
            check(ws, min_count)


def test_repetition_signals_equal_reference_on_hindi_pages() -> None:
    """The whole signal dict, from text: a page with a repeated share line and a repeated paragraph."""
    rng = random.Random(5)
    for _ in range(40):
        body = [" ".join(text_from(rng, HINDI, rng.randint(5, 25), 1)) + "।" for _ in range(rng.randint(1, 8))]
        share = "यह लेख शेयर करें फेसबुक ट्विटर"
        text = "\n".join([*body, share, *body[: rng.randint(0, 2)], share])
        ws = words(text)
        s = repetition_signals(text)
        for n in TOP_NGRAM_SIZES:
            assert s[f"top_{n}gram_frac"] == ref_top(ws, n, 2) / len(text)
        for n in DUP_NGRAM_SIZES:
            assert s[f"dup_{n}gram_frac"] == ref_dup(ws, n) / len(text)


def test_ngrams_counted_only_at_survivors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Work, not time: on a 3,000-word page whose only repetition is one 12-word phrase said twice, the
    n-grams counted over all sizes are the 2-grams (once each) plus a few dozen at repeated positions:
    the 5-grams are not all counted again (they were before issue 17: 2,999 + 2,996 + ...)."""
    counted = [0]  # n-gram positions looked at, over all sizes (each once: ``ne(first position, position)``)

    def counting_ne(a: int, b: int) -> bool:
        counted[0] += 1
        return a != b

    monkeypatch.setattr(signals, "ne", counting_ne)
    monkeypatch.setattr(signals, "_NGRAM_ARRAY_WORDS", 10**9)  # the tuple walk (long texts use arrays)
    ws = [f"{HINDI[i % len(HINDI)]}{i}" for i in range(3000)]  # 3,000 distinct words
    phrase = ws[100:112]
    ws[2000:2012] = phrase
    top, dup = signals._ngram_chars_by_size(ws, TOP_NGRAM_SIZES, DUP_NGRAM_SIZES)
    assert dup[10] == ref_dup(ws, 10) > 0
    assert top[2] == ref_top(ws, 2, 2) > 0
    # the 2-grams, then for later sizes only positions inside the two copies
    assert len(ws) - 1 <= counted[0] <= len(ws) - 1 + 9 * 2 * 12


# ---- long texts: the same numbers counted with arrays (issue 17, brief "e2e")

@settings(max_examples=300, deadline=None)
@given(
    ws=st.lists(st.sampled_from(VOCAB[:6] + ENGLISH[:4]), max_size=60),
    min_count=st.integers(min_value=1, max_value=5),
)
def test_array_walk_equals_reference_hypothesis(ws: list[str], min_count: int) -> None:
    old = signals._NGRAM_ARRAY_WORDS
    signals._NGRAM_ARRAY_WORDS = 0  # every word list through the arrays
    try:
        check(ws, min_count)
    finally:
        signals._NGRAM_ARRAY_WORDS = old


@pytest.mark.parametrize("vocab", [HINDI, ENGLISH, VOCAB, HINDI[:3]])
def test_array_walk_equals_reference_on_long_texts(vocab: Sequence[str]) -> None:
    rng = random.Random(23)
    for _ in range(6):
        ws = text_from(rng, vocab, rng.randint(signals._NGRAM_ARRAY_WORDS, 4000), rng.randint(0, 30))
        for min_count in (2, 3):
            check(ws, min_count)
    # a page whose words are all distinct but one phrase said twice; and one word repeated throughout
    distinct = [f"{HINDI[i % len(HINDI)]}{i}" for i in range(3000)]
    distinct[2000:2012] = distinct[100:112]
    check(distinct, 2)
    check(["है"] * 2500, 2)


def test_sizes_subsets_through_the_arrays() -> None:
    """Sizes asked alone or with gaps: the arrays walk every size up to the largest, the tuple walk only
    the sizes asked; both equal the reference."""
    rng = random.Random(3)
    ws = text_from(rng, VOCAB, 2500, 20)
    for tops, dups in [((3,), ()), ((), (7,)), ((2, 4), (9,)), ((4,), (5, 10))]:
        top, dup = signals._ngram_chars_by_size(ws, tops, dups, 2)
        assert top == {n: ref_top(ws, n, 2) for n in tops}
        assert dup == {n: ref_dup(ws, n) for n in dups}


def test_long_text_counted_with_arrays(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text of _NGRAM_ARRAY_WORDS words or more builds no tuple Counter (arrays instead)."""

    class NoCounter(Counter):  # type: ignore[type-arg]
        def __init__(self, items: Sequence[object] = ()) -> None:
            raise AssertionError("a Counter of n-grams on a long text")

    ws = text_from(random.Random(9), ENGLISH, 3000, 10)
    expected = ({n: ref_top(ws, n, 2) for n in TOP_NGRAM_SIZES}, {n: ref_dup(ws, n) for n in DUP_NGRAM_SIZES})
    monkeypatch.setattr(signals, "Counter", NoCounter)
    assert signals._ngram_chars_by_size(ws, TOP_NGRAM_SIZES, DUP_NGRAM_SIZES, 2) == expected
