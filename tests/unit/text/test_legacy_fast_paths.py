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
    legacy._line_font.cache_clear()
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
