"""The legacy-font detector's fast paths (issue 17: detection cost ~9 ms per English web page).

Each fast path must give the verdict the full computation gives: checked here against the former
definitions on generated text, and by counting the decodings it saves on real English web lines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shuddh.text.legacy as legacy
from shuddh.text.legacy import detect_legacy, repair_legacy_text
from shuddh.text.legacy._detect import _URLISH, _is_site, best_font, is_protected_token
from shuddh.text.legacy._engine import _MARKERS, FONT_FILES, FontProgram, _tokenise, _TokenTable, load_font

KRUTI_LINE = "Hkkjr ,d fo'kky ns'k gS vkSj bldh jkt/kkuh ubZ fnYyh gSA"


def _tokenise_reference(text: str, tt: _TokenTable) -> list[str]:
    """The former tokeniser: at each position the longest code, tried size by size (a Python loop)."""
    pieces: list[str] = []
    i, n = 0, len(text)
    while i < n:
        for size in range(min(tt.max_len, n - i), 0, -1):
            value = tt.table.get(text[i:i + size])
            if value is not None:
                break
        else:
            value, size = text[i], 1
        i += size
        if not value:
            continue
        if len(value) > 1 and any(m in value for m in _MARKERS):
            buf = ""
            for ch in value:
                if ch in _MARKERS:
                    if buf:
                        pieces.append(buf)
                        buf = ""
                    pieces.append(ch)
                else:
                    buf += ch
            if buf:
                pieces.append(buf)
        else:
            pieces.append(value)
    return pieces


def _token_tables() -> list[tuple[str, _TokenTable]]:
    return [(font, step.tokens) for font in FONT_FILES for step in load_font(font).steps
            if step.tokens is not None]


_CODES = sorted({c for _, tt in _token_tables() for code in tt.table for c in code} | set(" a1.\n\x01"))


@pytest.mark.parametrize(("font", "tt"), _token_tables(), ids=lambda v: v if isinstance(v, str) else "")
@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_CODES), max_size=40))
def test_tokeniser_cuts_as_the_longest_match_loop_did(font: str, tt: _TokenTable, chars: list[str]) -> None:
    text = "".join(chars)
    assert _tokenise(text, tt) == _tokenise_reference(text, tt)


@pytest.mark.parametrize(("font", "tt"), _token_tables(), ids=lambda v: v if isinstance(v, str) else "")
def test_tokeniser_on_every_code_and_real_text(font: str, tt: _TokenTable) -> None:
    text = " ".join(tt.table) + " " + KRUTI_LINE + " Shipping & Returns — don’t miss 40in x 15in"
    assert _tokenise(text, tt) == _tokenise_reference(text, tt)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*"aw.@:#/-_1xcom", "in", "www.", "://", "html"]), max_size=12))
def test_protected_token_pre_check_is_exact(parts: list[str]) -> None:
    token = "".join(parts)
    assert is_protected_token(token) == (_URLISH.match(token) is not None or _is_site(token))


_IN_TOKENS = [c for c in _CODES if not c.isspace()] + ["f", "Z", "ç", "ü", "ः", "~", "–", "I+k", "oQ", "iQ", "p"]


@pytest.mark.parametrize("font", list(FONT_FILES))
@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_IN_TOKENS), min_size=1, max_size=6), min_size=1, max_size=6))
def test_no_font_program_adds_a_word(font: str, tokens: list[list[str]]) -> None:
    # best_font(verdict_only=True) relies on it: the decoding of its text (tokens joined by one space)
    # has at most as many words as the text has tokens. (A pre-posed short i before a *trailing* newline
    # lands after it, "!p\n" -> "!\nि" under Shree-Lipi: the text best_font decodes never ends in one.)
    text = " ".join("".join(t) for t in tokens)
    assert len(load_font(font).convert(text).split()) <= len(text.split())


@pytest.fixture
def decodings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = FontProgram.convert

    def counting(self: FontProgram, text: str) -> str:
        seen.append(text)
        return original(self, text)

    monkeypatch.setattr(FontProgram, "convert", counting)
    legacy._latin_line_font.cache_clear()
    return seen


# short Latin lines of real English web pages (wcxb-dev) that have a legacy glyph code ("©", "’", "—")
# and are not all legacy-shaped: no font can be accepted for them
SHORT_WEB_LINES = ["© 2024 Acme, Inc.", "Don’t miss", "Shipping — Returns", "Rated 4.50 out of 5"]


def test_short_web_lines_are_not_decoded(decodings: list[str]) -> None:
    text = "\n".join(SHORT_WEB_LINES)
    assert repair_legacy_text(text) == (text, 0)
    assert decodings == []  # decoded under all seven fonts before


def test_short_legacy_lines_still_are(decodings: list[str]) -> None:
    # every token legacy-shaped: decoded and converted as before
    assert repair_legacy_text("gS vkSj\nfnYyh gSA")[1] == 2
    assert decodings


@pytest.mark.parametrize("line", [*SHORT_WEB_LINES, "gS vkSj", "Hkkjr ,d", "fnYyh gSA", KRUTI_LINE, "in the", "US$ 5"])
def test_verdict_only_gives_the_same_verdict(line: str) -> None:
    ok_full, _ = best_font(line)
    ok_fast, _ = best_font(line, verdict_only=True)
    assert ok_full == ok_fast
    assert detect_legacy(line).font == legacy._line_font(line)


# ---- the all-natural line gate (_ALL_NATURAL) and the per-token score memo (issue 17, brief "speed")

def test_re_whitespace_is_what_split_cuts_at() -> None:
    # _ALL_NATURAL is compiled by re: its \s must be str.split()'s whitespace, on every code point
    import re
    import sys

    space = re.compile(r"\s")
    assert all((space.match(chr(cp)) is not None) == chr(cp).isspace() for cp in range(sys.maxunicode + 1))


def _gate_reference(line: str) -> bool:
    """The verdict the gate stands for: every candidate token natural-looking (or none)."""
    from shuddh.text.legacy._detect import _NATURAL, candidate_tokens

    return all(_NATURAL.match(t) for t in candidate_tokens(line))


# pieces of English web lines, of legacy text, of the _NATURAL branches and of protected tokens
_LINE_PIECES = [" ", "  ", "\t", "\xa0", "\u2003", "\x1c", "the", "The", "AND", "e-mail", "E-mail", "don't", "’",
                "5K", "5", "k", "th", "40in", "2.4GHz", "$125/hr", "COVID-19", "—", "–", "•", "©", "(", ")", "\"",
                ".", ",", ":", "gS", "vkSj", "fnYyh", ";", "=", "[", "{", "ü", "ç", "www.", "x.com", "@a", "#t",
                "१२", "٣", "é", "Z", "MacBook", "'", "12", "-"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=14))
def test_all_natural_gate_is_exact(pieces: list[str]) -> None:
    from shuddh.text.legacy._detect import _ALL_NATURAL

    line = "".join(pieces)
    if _ALL_NATURAL.match(line) is not None:
        assert _gate_reference(line)
    elif not any(c in line for c in "१٣.@#:"):
        # a false "no" only costs time (the per-token path), but the gate answers every all-natural
        # line of ASCII digits without a URL-like token
        assert not _gate_reference(line)


@pytest.mark.parametrize("line", ["Add to cart and checkout in 5 minutes",
                                  "Free shipping on orders over $50 (US only)",
                                  "Rated 4.50 out of 5 based on 12 reviews",
                                  "Dimension: 40in x 15in x 6in, weight 23g"])
def test_english_lines_are_not_tokenised_or_decoded(line: str, decodings: list[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import shuddh.text.legacy._detect as detect

    calls: list[str] = []
    monkeypatch.setattr(detect, "candidate_tokens", lambda s: calls.append(s) or [])
    assert best_font(line) == (None, None)
    assert repair_legacy_text(line) == (line, 0)
    assert calls == []
    assert decodings == []


def test_legacy_and_mixed_lines_still_go_through_the_tokens() -> None:
    from shuddh.text.legacy._detect import _ALL_NATURAL

    for line in [KRUTI_LINE, "gS vkSj", "Facebook X LinkedIn WhatsApp", "maoM kI", "rgb(96, 0, 0)"]:
        assert _ALL_NATURAL.match(line) is None
    assert detect_legacy(KRUTI_LINE).font == "krutidev"


def test_long_failing_lines_are_matched_in_linear_time() -> None:
    # "5K" fits two branches of _NATURAL: without the atomic groups a failing line backtracks 2^n ways
    import time

    from shuddh.text.legacy._detect import _ALL_NATURAL

    line = "5K " * 2000 + "x—y"
    t0 = time.process_time()
    assert _ALL_NATURAL.match(line) is None
    assert time.process_time() - t0 < 1.0  # microseconds in practice; seconds would mean backtracking


@pytest.mark.parametrize("font", list(FONT_FILES))
def test_memoised_token_counts_score_as_before(font: str) -> None:
    # score_font adds per-token counts kept in a memo: the same FontScore as counting every token,
    # with and without a document's own words, on a second call (memo filled) as on the first
    from shuddh.text.legacy import _detect as detect

    def reference(text: str, extra: frozenset[str]) -> tuple[int, int, int]:
        words = valid = known = 0
        for tok in load_font(font).convert(text).split():
            core = detect._core(tok)
            if not core:
                words += bool(detect._HAS_LETTER.search(tok))
                continue
            words += 1
            if detect._VALID_WORD.match(core):
                valid += 1
                known += len(core) > 1 and (core in detect.hindi_words() or core in extra)
        return words, valid, known

    texts = [KRUTI_LINE, "maoM kI baat hO", "Facebook X LinkedIn WhatsApp E-mail", "13C US$ 1800's ;s",
             "fnYyh gSA ubZ"]
    extra = frozenset({"दिल्ली", "है", "में"})
    for _ in range(2):
        for text in texts:
            for ex in (frozenset(), extra):
                s = detect.score_font(font, text, 0.5, ex)
                w, v, k = reference(text, ex)
                assert (s.words, s.valid, s.known) == ((w, v / w, k / w) if w else (0, 0.0, 0.0))


def _best_font_reference(line: str, verdict_only: bool) -> tuple[object, object]:
    """best_font as it was before the line gate and the per-token memos."""
    from shuddh.text.legacy._detect import (
        MIN_SHAPE,
        SHORT_LINE,
        accept,
        candidate_tokens,
        score_font,
        shape_score,
    )

    tokens = candidate_tokens(line)
    if not tokens:
        return None, None
    shape = shape_score(tokens)
    if shape < MIN_SHAPE or (verdict_only and shape < 1.0 and len(tokens) <= SHORT_LINE):
        return None, None
    best = best_ok = None
    for font in FONT_FILES:
        s = score_font(font, " ".join(tokens), shape)
        key = (s.known, s.valid)
        if best is None or key > (best.known, best.valid):
            best = s
        if accept(s) and (best_ok is None or key > (best_ok.known, best_ok.valid)):
            best_ok = s
    return best_ok, best


_LEGACY_PIECES = [*_LINE_PIECES, "Hkkjr", ",d", "fo'kky", "ns'k", "gS", "vkSj", "bldh", "jkt/kkuh", "ubZ", "gSA",
                  "maoM", "kI", "hO", "ko", "p`qa", "Ê", "Ã", "ç", "ü"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LEGACY_PIECES), max_size=10).map(" ".join), st.booleans())
def test_best_font_with_gate_and_token_memos_is_the_former_best_font(line: str, verdict_only: bool) -> None:
    for _ in range(2):  # the second time from the per-token memos
        got, ref = best_font(line, verdict_only=verdict_only), _best_font_reference(line, verdict_only)
        # with verdict_only the best score overall is not part of the answer (fonts that cannot be
        # accepted are not decoded: the inert-letter gate)
        assert (got[0] if verdict_only else got) == (ref[0] if verdict_only else ref)
