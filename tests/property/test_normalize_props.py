"""normalize is idempotent over generated Indic strings."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from shuddh.text.normalize import fold_digits, normalize

_DEVANAGARI = [chr(c) for c in range(0x0900, 0x0980)]  # letters, matras, nukta, virama, danda, digits
_SPECIAL = ["\u200c", "\u200d", "|", "||", "।", "।।", "॥", " ", "  ", "\t", "\n", "\n\n\n", "\r\n",
            "\u00a0", "\u200b", "\ufeff", "\u202e", "\u2066", "\x00", "\x85", "\u00ad", "0", "7", "a", "Z",
            ".", "?", "à¤", "Ã©", "\u0301", "\u2028"]
_ALPHABET = st.sampled_from(_DEVANAGARI + _SPECIAL)
INDIC = st.lists(_ALPHABET, max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(INDIC, st.booleans(), st.sampled_from(["keep", "ascii", "native"]))
@example("ऀ0|", True, "native")  # found in CI: the pipe became a danda only once the 0 was '०'
@example("सूची 5|", True, "native")
def test_normalize_idempotent(text: str, danda: bool, digits: str) -> None:
    once = normalize(text, danda=danda, digits=digits)  # type: ignore[arg-type]
    assert normalize(once, danda=danda, digits=digits) == once  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(INDIC)
def test_fold_digits_idempotent_and_length_preserving(text: str) -> None:
    folded = fold_digits(text)
    assert fold_digits(folded) == folded
    assert len(folded) == len(text)
