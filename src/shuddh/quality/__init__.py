"""Quality signals: pure functions of a text (no stages). :mod:`.signals`: the Gopher / FineWeb-2 signal
families; :mod:`.content`: their Indic content-structure refinements."""

from shuddh.quality.signals import (
    BULLETS,
    DUP_NGRAM_SIZES,
    TOP_NGRAM_SIZES,
    Signals,
    fineweb_line_signals,
    gopher_quality_signals,
    letter_ratio,
    repetition_signals,
)

__all__ = [
    "BULLETS",
    "DUP_NGRAM_SIZES",
    "TOP_NGRAM_SIZES",
    "Signals",
    "fineweb_line_signals",
    "gopher_quality_signals",
    "letter_ratio",
    "repetition_signals",
]
