"""``normalize`` scans for mojibake once when nothing can have made any (issue 17, brief "speed", session 11).

A text without a mojibake pair (``looks_mojibake``) that is plain and certainly NFC comes out of ``_normalize``
without one too, so the second scan, which the former definition made on every text, is skipped. Checked
against that definition on generated text that mixes mojibake, its pieces and what ``_normalize`` removes,
composes or replaces.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.text import normalize as nz
from shuddh.text.normalize import DigitMode, _normalize, looks_mojibake, normalize, repair_mojibake


def _former(text: str, danda: bool, digits: DigitMode) -> str:
    text = _normalize(repair_mojibake(text), danda, digits)
    for _ in range(3):
        fixed = repair_mojibake(text)
        if fixed == text:
            break
        text = _normalize(fixed, danda, digits)
    return text


PIECES = [
    "समाचार", "अ", "ा", "े", "ए", "|", "||", "।।", " ", "  ", "\n", "\n\n\n", "\t", "\u00a0", "\u00ad", "\u200b",
    "\u200c", "\r\n", "\u2028", "A", "\u0303", "Ã", "©", "Â", "\u00a9", "à¤¸", "à¤®", "â€™", "Ã©", "café", "’",
    "—", "\x85", "\x92", "12", "१२", "x", "The", "naïve", "Œ", "é", "\u0301", "e",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join), st.booleans(),
       st.sampled_from(["keep", "ascii", "native"]))
def test_normalize_is_the_former_definition(text: str, danda: bool, digits: DigitMode) -> None:
    assert normalize(text, danda=danda, digits=digits) == _former(text, danda, digits)


@pytest.mark.parametrize("text", [
    "Ã\u00ad©",  # a soft hyphen between a lead and a continuation character: removed, they meet
    "A\u0303©",  # NFC composes Ã in front of ©
    "Ã \u00a0©",  # NBSP (a continuation character) collapsed with the space
    "It’s a “quoted” café — naïve Œuvre",  # plain, NFC, no pair: one scan
    "à¤¸à¤®à¤¾à¤šà¤¾à¤°",  # mojibake
])
def test_texts_whose_pairs_appear_or_go_are_normalized_as_before(text: str) -> None:
    assert normalize(text) == _former(text, True, "keep")


def test_a_plain_nfc_text_is_scanned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    original = nz.looks_mojibake

    def recording(text: str) -> bool:
        seen.append(text)
        return original(text)

    text = "It’s a “quoted” café — naïve.\n\n\nभारत |  देश"
    expected = _former(text, True, "keep")
    monkeypatch.setattr(nz, "looks_mojibake", recording)
    assert normalize(text) == expected
    assert seen == [text]
    seen.clear()
    normalize("Ã\u00ad©")  # not plain: scanned again after _normalize (which makes the pair "Ã©")
    assert len(seen) >= 2
    assert looks_mojibake(_normalize("Ã\u00ad©", True, "keep"))
