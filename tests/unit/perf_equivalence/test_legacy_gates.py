"""Legacy-font detection on English web pages (issue 17, brief "speed", session 9): an exact gate.

``best_font(verdict_only=True)`` does not decode a font under which more than a quarter of the tokens hold a
letter the font program never touches (``FontProgram.inert``): such a token stays a word that is not valid
Devanagari, so the font cannot be accepted. Checked: the letters stay in their tokens, the fonts skipped are
never accepted, the verdict equals the former best_font's (tests/unit/text/test_legacy_fast_paths.py).
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.text.legacy import _detect
from shuddh.text.legacy._detect import accept, best_font, candidate_tokens, score_font, shape_score
from shuddh.text.legacy._engine import _MATRAS, FONT_FILES, FontProgram, _consumed_chars, load_font

KRUTI = ["Hkkjr", ",d", "fo'kky", "ns'k", "gS", "vkSj", "bldh", "jkt/kkuh", "ubZ", "fnYyh", "gSA", "fd", "esa"]
SHUSHA = ["maoM", "kI", "hO", "ko", "p`qa", "AaOr", "jaba", "vah"]
ENGLISH = ["Women’s", "health", "in", "focus", "The", "Personal", "“Language", "Teacher”", "–", "IaaS", "of",
           "HRM260N6TSE", "Let’s", "get", "it!", "$3,000–$6,000/mo", "www.example.com", "a@b.in", "#tag"]
GLYPHS = ["Ê", "Ã", "ç", "ü", "Æ", "±", "%", "~", "f", "Z", "X", "q", "x", "z", "Q", "\x92", "\x85"]
HINDI = ["भारत", "एक", "विशाल", "देश", "है।"]
PIECES = KRUTI + SHUSHA + ENGLISH + GLYPHS + HINDI


@pytest.mark.parametrize("font", list(FONT_FILES))
def test_inert_letters_are_letters_no_step_touches(font: str) -> None:
    prog = load_font(font)
    for c in prog.inert:
        assert unicodedata.category(c).startswith("L")
        assert c not in _MATRAS
        assert unicodedata.normalize("NFC", c) == c
        assert prog.convert(c) == c
    if font in ("krutidev", "walkman-chanakya"):
        assert not prog.inert  # their ' ः' -> ':' joins two tokens: no bound from inert letters


def test_no_composition_takes_an_inert_letter_second() -> None:
    # NFC (the last step of every font) could only change an inert letter by composing it as the second
    # character of a pair: none is
    inert = set().union(*(load_font(f).inert for f in FONT_FILES))
    for cp in range(0x110000):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            assert chr(int(parts[1], 16)) not in inert


def test_consumed_chars_reads_only_simple_patterns() -> None:
    assert _consumed_chars(r"o([sSq]{0,2})Q") == set("osSqQ")
    assert _consumed_chars(r"(?<=\S)–(?=\S)") == {"–"}
    assert _consumed_chars("ऋ(?![ऀ-ॿ])") == {"ऋ"}
    assert _consumed_chars("[a-c]x") == set("abcx")
    for pattern in (r"a.b", r"\Sx", r"[^a]", r"\w", r"(?i)a", r"(a)\1", r"^a"):
        assert _consumed_chars(pattern) is None


_INERT_ALPHABET = sorted(set().union(*(load_font(f).inert for f in FONT_FILES)) & set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzéñ"))
_CODES = sorted({c for p in KRUTI + SHUSHA + GLYPHS for c in p if not c.isspace()} | set("`'[]{}=/;.,!"))


@pytest.mark.parametrize("font", [f for f in FONT_FILES if load_font(f).inert])
@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.sampled_from(_INERT_ALPHABET + _CODES), min_size=1, max_size=7), min_size=1,
                max_size=8))
def test_inert_letters_stay_in_their_tokens(font: str, tokens: list[str]) -> None:
    prog = load_font(font)
    out = prog.convert(" ".join(tokens)).split()
    inert_tokens = [t for t in tokens if not prog.inert.isdisjoint(t)]
    # each token holding an inert letter gives a decoded token holding it (in order: none joins or splits)
    with_inert = [t for t in out if not prog.inert.isdisjoint(t)]
    assert len(with_inert) == len(inert_tokens)
    assert len(out) <= len(tokens)
    for src, dec in zip(inert_tokens, with_inert, strict=True):
        assert [c for c in src if c in prog.inert] == [c for c in dec if c in prog.inert]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES[:-5] + _INERT_ALPHABET), min_size=1, max_size=10).map(" ".join))
def test_fonts_the_gate_skips_are_never_accepted(line: str) -> None:
    tokens = candidate_tokens(line)
    if not tokens:
        return
    counts = _detect._inert_counts(tokens)
    for j, font in enumerate(FONT_FILES):
        if 4 * counts[j] > len(tokens):
            assert not accept(score_font(font, " ".join(tokens), shape_score(tokens)))
            assert not accept(score_font(font, " ".join(tokens), 1.0))  # whatever the shape


def test_english_web_line_is_decoded_under_fewer_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    fonts: list[str] = []
    original = FontProgram.convert

    def counting(self: FontProgram, text: str) -> str:
        fonts.append(self.font)
        return original(self, text)

    monkeypatch.setattr(FontProgram, "convert", counting)
    line = "Gymglish – The Personal “Language Teacher”"  # a wcxb-dev line: shape 0.5, six tokens
    assert best_font(line, verdict_only=True)[0] is None
    assert "aps" not in fonts
    assert "shree-lipi" not in fonts
    assert "krutidev" in fonts
    fonts.clear()
    best_font(line)  # the full answer (detect_legacy's confidence) still decodes every font
    assert sorted(fonts) == sorted(FONT_FILES)


def test_token_kind_memo_emptied_mid_line_gives_the_same_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    line = " ".join(KRUTI)
    expected = best_font(line, verdict_only=True)[0]
    assert expected is not None
    assert expected.font == "krutidev"
    monkeypatch.setattr(_detect, "_TOKEN_MEMO", 3)
    _detect._TOKEN_KINDS.clear()
    _detect._TOKEN_INERT.clear()
    for _ in range(2):
        assert best_font(line, verdict_only=True)[0] == expected


# ---- each Latin line tested once for Indic letters, an ASCII line (str.isascii: a flag) not scanned at all


class _Recording:
    def __init__(self, pattern: object) -> None:
        self.pattern = pattern
        self.seen: list[str] = []

    def search(self, text: str) -> object:
        self.seen.append(text)
        return self.pattern.search(text)  # type: ignore[attr-defined]


def test_ascii_lines_are_not_scanned_for_indic_letters_or_c1(monkeypatch: pytest.MonkeyPatch) -> None:
    import shuddh.text.legacy as legacy

    indic, c1 = _Recording(legacy.INDIC_LETTER), _Recording(legacy._C1)
    monkeypatch.setattr(legacy, "INDIC_LETTER", indic)
    monkeypatch.setattr(legacy, "_C1", c1)
    legacy._latin_line_font.cache_clear()
    kruti = " ".join(KRUTI)
    text = "\n".join(["Women’s health in focus", "Ready to get started?", kruti, "भारत एक विशाल देश है। " + kruti])
    _, n = legacy.repair_legacy_text(text)
    assert n == 2  # the KrutiDev line and the run inside the Hindi line, as before
    assert "Ready to get started?" not in indic.seen + c1.seen
    assert kruti not in indic.seen + c1.seen  # ASCII: converted without a scan
    assert indic.seen.count("Women’s health in focus") == 1  # once (not again inside _line_font)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8).map(" ".join))
def test_line_font_gates_are_the_scans(line: str) -> None:
    import shuddh.text.legacy as legacy

    assert legacy._has_indic(line) == (_detect.INDIC_LETTER.search(line) is not None)
    if not legacy._has_indic(line) and legacy._LEGACY_HINT.search(line):
        assert legacy._line_font(line) == legacy._latin_line_font(line) == legacy.detect_legacy(line).font


_ASCII_TOKEN_PIECES = [*"aZq09.,'-\"()[]$~/!?:;", "in", "km", "GHz", "mAh", "5K", "COVID-19", "90s", "Let's", "e-mail",
                       "IaaS", "x", "hr", "bn", "£", "€", "’"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ASCII_TOKEN_PIECES), min_size=1, max_size=5).map("".join))
def test_natural_token_test_by_re_is_the_regex_one(tok: str) -> None:
    if tok.isascii():
        assert (_detect._NATURAL_ASCII.match(tok) is None) == (_detect._NATURAL.match(tok) is None)
    assert _detect._token_kind(tok) == (0 if _detect.is_protected_token(tok) or not _detect._LEGACY_CHAR.search(tok)
                                        else 1 if _detect._NATURAL.match(tok) else 2)
