"""Short lines in ``identify``: too short to tell a dialect from Hindi → ``und-Deva``, not a confident dialect.

Every line here was written for these tests (none is copied from the shared data sets).
"""

from __future__ import annotations

import regex

from shuddh.langid import LanguageIdentifier, identify_lines
from shuddh.langid._model import SHORT_LINE_LETTERS, SHORT_LINE_WITHHELD

# Short Hindi lines (a dateline, a name, greetings) that a character-n-gram model has called bho/bra/mag
SHORT_HINDI = ["नोएडा, उत्तर प्रदेश।", "घर चलो अब", "राम और श्याम", "मेरा नाम राहुल", "धन्यवाद भैया", "गाँव के लोग"]
SHORT_DIALECT = ["बढ़िया बा", "हमर गाम", "कहाँ जात बाड़"]
LONG_BHOJPURI = "गाँव में एह साल धान के फसल बढ़िया भइल बा, किसान लोग खुश बाड़ें आ मेला के तइयारी होता।"
_LETTER = regex.compile(r"[\p{L}\p{M}]")


def test_short_devanagari_lines_never_get_a_dialect_label() -> None:
    lines = SHORT_HINDI + SHORT_DIALECT
    assert all(len(_LETTER.findall(t)) < SHORT_LINE_LETTERS for t in lines)
    out = list(identify_lines(lines))
    assert len(out) == len(lines)
    assert not [lab for lab, _ in out if lab in SHORT_LINE_WITHHELD]
    assert {lab for lab, _ in out} <= {"hi", "und", "und-Deva"}
    # und-Deva: the line is Devanagari, so its confidence is the Devanagari share of the letters
    assert all(conf == 1.0 for lab, conf in out if lab == "und-Deva")
    assert next(identify_lines(["आज का मौसम बहुत अच्छा है"]))[0] == "hi"


def test_the_model_labels_are_kept_for_long_lines_and_without_the_rule() -> None:
    lid = LanguageIdentifier.load()
    assert next(identify_lines([LONG_BHOJPURI]))[0] == "bho"
    lines = SHORT_HINDI + SHORT_DIALECT
    assert list(identify_lines(lines, short_lines=False)) == lid.predict_labels(lines)
