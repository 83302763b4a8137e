"""Words, sentences, graphemes, lines: Indic-correct segmentation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.text.segment import (
    WORD_RE,
    count_letters,
    graphemes,
    is_terminated,
    letter_ratio,
    lines,
    paragraphs,
    sentences,
    words,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("समाचार पत्र", ["समाचार", "पत्र"]),  # matras never split a word
        ("क़ानून ज़्यादा", ["क़ानून", "ज़्यादा"]),  # nukta + virama
        ("क्\u200dष और क्\u200cष", ["क्\u200dष", "और", "क्\u200cष"]),  # ZWJ/ZWNJ inside a word
        ("भारत-पाक मैच, 2023 में।", ["भारत-पाक", "मैच", "2023", "में"]),
        ("मैं हिंदी में", ["मैं", "हिंदी", "में"]),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    assert WORD_RE.findall(text) == expected


def test_sentences_split_at_danda_and_urdu_marks() -> None:
    assert sentences("यह पहला है। यह दूसरा॥ तीसरा? “चौथा।” पाँचवाँ") == [
        "यह पहला है।", "यह दूसरा॥", "तीसरा?", "“चौथा।”", "पाँचवाँ"
    ]
    assert sentences("یہ پہلا ہے۔ دوسرا؟ تیسرا") == ["یہ پہلا ہے۔", "دوسرا؟", "تیسرا"]


def test_graphemes_are_aksharas() -> None:
    assert graphemes("हिंदी") == ["हिं", "दी"]
    assert graphemes("क्षत्रिय")[0].startswith("क्")


def test_letters_include_marks() -> None:
    assert count_letters("मैं") == 3  # म + ै + ं: all letters (L or M)
    assert letter_ratio("हिंदी 123") == pytest.approx(5 / 8)
    assert letter_ratio("   ") == 0.0


def test_lines_and_paragraphs() -> None:
    text = "पहली पंक्ति\r\n\n  दूसरी \u2028तीसरी\n\n\nचौथी"
    assert lines(text) == ["पहली पंक्ति", "दूसरी", "तीसरी", "चौथी"]
    assert paragraphs("क\nख\n\nग\n \nघ") == ["क\nख", "ग", "घ"]


@pytest.mark.parametrize(
    ("line", "ok"),
    [("वह घर गया।", True), ("क्या?", True), ("श्लोक॥", True), ("उसने कहा “जाओ।”", True),
     ("होम | देश | विदेश", False), ("", False)],
)
def test_is_terminated(line: str, ok: bool) -> None:
    assert is_terminated(line) is ok
    assert is_terminated(line, (".", "।", "॥", "?", "”")) is ok


# ---- the ASCII word split (issue 17, brief "speed"): WORD_RE's words, by re, on ASCII lines

def test_ascii_word_classes_are_word_re_classes_on_ascii() -> None:
    import regex

    from shuddh.text.segment import ASCII_WORD_RE

    letter = regex.compile(r"[\p{L}\p{M}\p{N}]")
    joiner = regex.compile(r"[\u200c\u200d]|['’\-]")
    for cp in range(128):
        c = chr(cp)
        assert (letter.match(c) is not None) == c.isalnum(), repr(c)
        assert (joiner.match(c) is not None) == (c in "'-"), repr(c)
        assert (ASCII_WORD_RE.fullmatch(c) is not None) == c.isalnum(), repr(c)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*"aZ09'- .,\t\n_’", "don't", "e-mail", "--", "''", "x1"]), max_size=30))
def test_line_words_is_word_re_on_generated_text(parts: list[str]) -> None:
    from shuddh.text.segment import WORD_RE, line_words

    text = "".join(parts)
    assert line_words(text) == WORD_RE.findall(text)


@pytest.mark.parametrize("line", ["Don't miss the e-mail -- it's 5-star, isn't it?", "COVID-19 cases rose",
                                  "भारत-पाक मैच में बारिश", "naïve café — don’t", ""])
def test_line_words_on_real_lines(line: str) -> None:
    from shuddh.text.segment import WORD_RE, line_words

    assert line_words(line) == WORD_RE.findall(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"aZ09'- .,\t\n_’", "don't", "e-mail", "--", "''", "x1", "मैं", "é"]), max_size=40))
def test_words_is_word_re_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert words(text) == WORD_RE.findall(text)


def test_words_of_ascii_text_skip_the_unicode_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """An ASCII text (English web lines, which the chrome rules split into words) is split by
    ASCII_WORD_RE (issue 17, brief "e2e"); other text still by WORD_RE."""
    import shuddh.text.segment as seg

    text = "Don't miss the e-mail -- it's 5-star, isn't it?\nCOVID-19 cases rose by 12% in 2021."
    expected = WORD_RE.findall(text)

    class _Unused:
        def findall(self, s: str) -> list[str]:
            raise AssertionError(f"WORD_RE used on an ASCII text: {s!r}")

    monkeypatch.setattr(seg, "WORD_RE", _Unused())
    assert seg.words(text) == expected
    monkeypatch.undo()
    assert seg.words("भारत-पाक मैच, 2023 में।") == ["भारत-पाक", "मैच", "2023", "में"]


def test_typographic_characters_are_in_no_word_re_class() -> None:
    import regex

    from shuddh.text.segment import TYPOGRAPHIC

    word_char = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d'’\-]")
    for c in TYPOGRAPHIC:
        assert word_char.match(c) is None, hex(ord(c))
        assert WORD_RE.findall(f"a{c}b") == ["a", "b"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*"aZ09'- .,\t_’‘“”–—‑…•★→©™\u00a0\u200b", "don’t", "e-mail", "x1", "é", "मैं",
                                 "\u200d"]), max_size=40))
def test_line_words_with_typographic_characters_is_word_re(parts: list[str]) -> None:
    from shuddh.text.segment import line_words

    text = "".join(parts)
    assert line_words(text) == WORD_RE.findall(text)
    assert words(text) == WORD_RE.findall(text)


def test_english_paragraph_with_curly_quotes_skips_the_unicode_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line of English with curly quotes, dashes and ™ (most non-ASCII lines of English web pages) is split
    by LATIN_WORD_RE (issue 17, brief "e2e"); a line with a letter outside ASCII still by WORD_RE."""
    import shuddh.text.segment as seg

    line = "“It’s the state’s best-known diner”—no, it isn’t… Apple™ sold 5‑star items for €20 × 3."
    other = "The café’s menu"  # é is a letter: WORD_RE
    expected, expected_other = WORD_RE.findall(line), WORD_RE.findall(other)
    assert "It’s" in expected
    assert "isn’t" in expected

    class _Unused:
        def findall(self, s: str) -> list[str]:
            raise AssertionError(f"WORD_RE used: {s!r}")

    monkeypatch.setattr(seg, "WORD_RE", _Unused())
    assert seg.line_words(line) == expected
    assert seg.words(line) == expected
    with pytest.raises(AssertionError):
        seg.line_words(other)
    monkeypatch.undo()
    assert seg.line_words(other) == expected_other
