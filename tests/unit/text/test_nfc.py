"""shuddh.text.nfc returns exactly unicodedata's NFC, skipping it only for text that certainly is NFC."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.text.nfc import certainly_nfc, nfc, nfc_batch

# Devanagari with nuktas (precomposed forms are composition exclusions), Bengali two-part vowels,
# combining marks out of canonical order, Hangul jamo, the batch separator, an astral character
_ALPHABET = [*"कखगजडढफयरनऩक़ज़ड़ढ़फ़य़ािीुेैोौंः्", "\u093c", "\u0951", "\u0952", "\u0301", "\u0323", "e",
             "\u09c7", "\u09be", "\u09cb", "\u1100", "\u1161", "\u11a8", "\uac00", " ", "\n", "\ue000", "\U0001d15e",
             "A", "Å", "\u212b"]
_text = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=30)


@given(_text)
@settings(max_examples=800, deadline=None)
def test_nfc_is_unicodedatas(text: str) -> None:
    assert nfc(text) == unicodedata.normalize("NFC", text)
    if certainly_nfc(text):
        assert unicodedata.is_normalized("NFC", text)


@given(st.lists(_text, max_size=8))
@settings(max_examples=400, deadline=None)
def test_nfc_batch_is_nfc_of_each(texts: list[str]) -> None:
    assert nfc_batch(texts) == [unicodedata.normalize("NFC", t) for t in texts]


def test_common_hindi_is_cleared_without_unicodedata() -> None:
    # ड़ ढ़ (consonant + nukta; their precomposed forms are excluded from composition) are NFC already,
    # which CPython's quick check cannot tell (NFC_QC=Maybe): the table check can
    assert certainly_nfc("बड़ा पेड़ पढ़ाई करता है और सड़क पर खड़ा है।")
    assert not certainly_nfc("न\u093c")  # composes to ऩ
    assert nfc("\u095c") == "\u0921\u093c"  # the precomposed ड़ decomposes
