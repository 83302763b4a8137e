"""The fast paths of the speed work compute exactly what the straightforward code computed.

Each fast function is compared with its former definition (``_reference.py``) on generated text that
mixes what the fast paths branch on: Devanagari with matras, nukta, virama and joiners, Latin words,
digits, dandas and pipes, tabs and exotic spaces, invisible characters, repeated words and lines.
"""

from __future__ import annotations

import sys
import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.lang.profile import line_key, load_profile
from shuddh.quality.signals import (
    _dup_ngram_chars,
    _dup_ngram_chars_by_size,
    _top_ngram_chars,
    _top_ngram_chars_by_size,
    fineweb_line_signals,
    gopher_quality_signals,
    repetition_signals,
)
from shuddh.stages.clean.chrome import chrome_reason
from shuddh.stages.clean.structure import _in_script
from shuddh.text import normalize as norm
from shuddh.text.legacy import _repair_mixed
from shuddh.text.segment import count_letters, letter_ratio
from tests.unit.perf_equivalence import _reference as ref

HI = load_profile("hi")

# what the fast paths branch on, a few characters each
_CHARS = (
    "कखगजटडतदनपमयरलवसहअआएओ"  # consonants, vowels
    "ािीुूेैोौंःँ़्\u0301\u0327"  # matras, anusvara, nukta, virama; Latin combining marks
    "\u200c\u200d"  # ZWNJ, ZWJ
    "0123४५६abcxyzQWgSa;[]{}=/@"  # digits of two scripts, Latin and legacy-font glyph codes
    "।॥.?!|,'’-#…*•\"©"  # sentence ends, pipes, bullets, symbols
    " \t\xa0\u2003\n\r\u2028"  # spaces of every kind, line ends
    "\u200b\u00ad\ufeff\u034f\x85\x1c"  # invisible and control characters
)
WORDS = ["भारत", "में", "है।", "के", "लिए", "राज्य", "सरकार", "ने", "कहा", "news", "Read", "more", "२०२४",
         "क़ानून", "क्\u200dष", "e-mail", "don't", "#", "...", "•"]
SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", "। ", "\t", " | "]

chars = st.text(alphabet=_CHARS, max_size=300)


@st.composite
def wordy(draw: st.DrawFn) -> str:
    """Text of a small vocabulary, so words, n-grams, lines and paragraphs repeat."""
    ws = draw(st.lists(st.sampled_from(WORDS), max_size=120))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(ws), max_size=len(ws)))
    return "".join(w + s for w, s in zip(ws, seps, strict=True))


texts = st.one_of(chars, wordy())


@settings(max_examples=400, deadline=None)
@given(texts)
def test_quality_signals(text: str) -> None:
    stop = sorted(HI.stopwords)
    for new, old in [
        (gopher_quality_signals(text, stop), ref.gopher_quality_signals(text, stop)),
        (repetition_signals(text), ref.repetition_signals(text)),
        (repetition_signals(text, top_min_count=3), ref.repetition_signals(text, top_min_count=3)),
        (repetition_signals(text, (1, 3), (2, 7, 4)), ref.repetition_signals(text, (1, 3), (2, 7, 4))),
        (fineweb_line_signals(text), ref.fineweb_line_signals(text)),
        (fineweb_line_signals(text, HI.terminal_punctuation, min_sentence_words=2),
         ref.fineweb_line_signals(text, HI.terminal_punctuation, min_sentence_words=2)),
    ]:
        assert list(new.items()) == list(old.items())  # same keys, same order, bit-identical floats
    assert count_letters(text) == ref.count_letters(text)
    assert letter_ratio(text) == ref.letter_ratio(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["क", "ख", "ग", "घ"]), max_size=80), st.integers(1, 12))
def test_ngram_counts_on_highly_repetitive_word_lists(ws: list[str], n: int) -> None:
    # four words only: long repeated stretches, overlapping repeats, repeats of the m-gram but not the n-gram
    assert _dup_ngram_chars(ws, n) == ref._dup_ngram_chars(ws, n)
    for min_count in (2, 3, 5):
        assert _top_ngram_chars(ws, n, min_count) == ref._top_ngram_chars(ws, n, min_count)
        sizes = (n, 2, 1, n + 2, 5)  # several sizes at once, unsorted: counts restricted size by size
        assert _top_ngram_chars_by_size(ws, sizes, min_count) == {
            k: ref._top_ngram_chars(ws, k, min_count) for k in sizes}
    sizes = (5, n, 7, n + 3)
    assert _dup_ngram_chars_by_size(ws, sizes) == {k: ref._dup_ngram_chars(ws, k) for k in sizes}


def _chrome_lines() -> list[str]:
    """Every phrase of the Hindi profile (with its includes), bare and with text around it."""
    out = []
    for rule in HI.chrome_rules:
        for p in [*rule.exact, *rule.prefix, *rule.contains]:
            out += [p, p.upper(), f"» {p} :", f"{p} आगे की ख़बर", f"{p}x", f"कुछ {p} और", f"{p}  {p}"]
    return out


@pytest.mark.parametrize("profile", ["hi", "ur", "web-common"])
def test_chrome_reason_on_profile_phrases(profile: str) -> None:
    prof = load_profile(profile)
    for line in _chrome_lines():
        assert chrome_reason(line, prof) == ref.chrome_reason(line, prof), line


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, st.sampled_from(_chrome_lines()).map(lambda s: s + " ©")))
def test_line_key_and_chrome_reason(line: str) -> None:
    assert line_key(line) == ref.line_key(line)
    assert chrome_reason(line, HI) == ref.chrome_reason(line, HI)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_in_script(line: str) -> None:
    for code in ("hi", "ur", "pa"):
        prof = load_profile(code)
        assert _in_script(line, prof) == ref.in_script(line, prof.scripts)


LEGACY_WORDS = ["gSa", "dk", "vkSj", "fd;k", "Fkk", "maoM", "kI", "WhatsApp", "Facebook", "news", "https://x.in/a"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LEGACY_WORDS + WORDS), max_size=14),
       st.lists(st.sampled_from([" ", "  ", "\t", "\x1c", "\xa0"]), min_size=14, max_size=14))
def test_repair_mixed(ws: list[str], seps: list[str]) -> None:
    line = "".join(w + s for w, s in zip(ws, seps, strict=False))
    assert _repair_mixed(line) == ref.repair_mixed(line)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_normalize(text: str) -> None:
    assert norm._normalize(text, True, "keep") == ref.normalize_core(text, True)
    assert norm._normalize(text, False, "keep") == ref.normalize_core(text, False)


def test_plain_text_test_covers_every_character_normalize_rewrites() -> None:
    """``_is_plain`` relies on ``str.isprintable``: every character the skipped steps act on must be
    non-printable (U+034F is tested by name), and no printable character may decompose into a space
    character other than " " (NFC runs before the space step)."""
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    acted_on = set(norm._INVISIBLE_RE.findall(everything)) | set(ref._OTHER_SPACE_RE.findall(everything))
    acted_on |= {"\r", "\u2028", "\u2029", "\u200c", "\u200d"}
    assert {c for c in acted_on if c.isprintable()} == {"\u034f"}
    spaces = set(ref._OTHER_SPACE_RE.findall(everything))
    for c in everything:
        if c.isprintable() and unicodedata.decomposition(c) and not c.isspace():
            assert not spaces & set(unicodedata.normalize("NFD", c)), hex(ord(c))


def test_python_whitespace_is_regex_space_plus_information_separators() -> None:
    """The legacy run pre-check counts ``str.split()`` tokens with ``[\\s\\x1c-\\x1f]`` as whitespace."""
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert set(regex.findall(r"[\s\x1c-\x1f]", everything)) == {c for c in everything if c.isspace()}


def test_whitespace_but_space_and_newline_is_not_printable() -> None:
    """``count_non_space`` counts " " and "\\n" only when ``str.isprintable`` passes the rest."""
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert {c for c in regex.findall(r"\s", everything) if c.isprintable()} == {" "}


@settings(max_examples=300, deadline=None)
@given(texts)
def test_nfc_line_by_line(text: str) -> None:
    assert "\n".join(unicodedata.normalize("NFC", ln) for ln in text.split("\n")) == unicodedata.normalize(
        "NFC", text)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 40))
def test_has_words_is_a_word_count_threshold(line: str, n: int) -> None:
    from shuddh.stages.clean.header import _has_words
    from shuddh.text.segment import words

    assert _has_words(line, n) == (len(words(line)) >= n)


# structural_reasons is not compared with its pre-speed-work form any more: issue 13 changed what it
# decides (precision guards); tests/unit/stages/test_chrome_structure.py covers the new behaviour.


def test_explicit_classes_match_the_same_under_re_and_regex() -> None:
    """The scans moved from the regex module to the standard library's re match the same characters."""
    import re

    from shuddh.text import legacy
    from shuddh.text.legacy import _detect

    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    for fast in (legacy._C1, legacy._LEGACY_HINT, _detect.INDIC_LETTER, _detect._LEGACY_CHAR,
                 norm._INVISIBLE_SCAN):
        assert isinstance(fast, re.Pattern)
        assert fast.findall(everything) == regex.findall(fast.pattern, everything), fast.pattern
    assert norm._INVISIBLE_SCAN.pattern == norm._INVISIBLE_RE.pattern
    # the two-character mojibake test: every pair of a Latin-1/cp1252-range character and another
    seconds = [*map(chr, range(0x300)), *map(chr, range(0x2000, 0x2200))]
    pairs = "|".join(a + b for a in map(chr, range(0x300)) for b in seconds)
    assert norm._MOJIBAKE_SCAN.findall(pairs) == norm._MOJIBAKE_RE.findall(pairs)


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from([0.0, 1.0, 2.0, 3.5]))
def test_is_sentence_line(line: str, min_words: float) -> None:
    from shuddh.quality.signals import is_sentence_line

    for terminal in (HI.terminal_punctuation, ".?!।॥۔؟…"):
        assert is_sentence_line(line, terminal, min_words) == ref.is_sentence_line(line, terminal, min_words)
