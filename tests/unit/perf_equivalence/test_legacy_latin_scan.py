"""Legacy-font repair of a Latin-script document by one scan of it (issue 17, brief "speed", session 11).

``repair_legacy_text`` on a text with no Indic letter and no C1 control finds the tokens ``_ALL_NATURAL`` does
not take with one ``_ODD_TOKEN`` scan of the whole text, and asks ``_latin_line_font`` only about the lines
that can be detected on their own: in a Latin-prose document, a line with two or more such tokens and no more
than twice as many tokens starting with a letter (``_LETTER_START``). Checked against the former line-by-line
definition (the general path, ``_repair_lines``) on generated documents, and each claim the shortcut rests on on
its own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shuddh.text.legacy as legacy
from shuddh.text.legacy import _LETTER_START, _latin_prose, _repair_lines, repair_legacy_text
from shuddh.text.legacy._detect import _ALL_NATURAL, _ODD_TOKEN, _token_kind, best_font

# KrutiDev and Shusha lines typed for these tests (the first two are detected on their own in a prose page)
KRUTI_1 = "Hkkjr ,d fo'kky ns'k gS vkSj bldh jkt/kkuh ubZ fnYyh gSA"
KRUTI_2 = "cPpksa us Ldwy esa ubZ fdrkcsa i<+h vkSj f'k{kd us mudh iz'kalk dhA"
KRUTI_WEAK = "ckfj'k ds ckn unh dk ikuh c<+ x;k vkSj iqy ij ls vkuk tkuk can gks x;kA"
SHUSHA = "maOM kI AaOr jaba vah hO ko p`qa"
ENGLISH = [
    "The library opens at nine, and the reading room is on the first floor of the old building.",
    "Members can borrow up to six books at a time and renew them online for another two weeks.",
    "Our café serves tea, coffee and sandwiches; the iPhone app shows today's menu (in PDF).",
    "Contact: info@example.org or www.example.org/help — call 555-0100 between 9am and 5pm.",
]
# tokens of web pages: natural words, odd shapes, protected ones, glyph codes, the "www." corner case
PIECES = ["the", "of", "and", "to", "is", "that", "with", "The", "Read", "more", "iPhone", "McDonald's", "COVID-19",
          "5K", "2.4GHz", "$3,000–$6,000/mo", "www.:", "WWW.),", "www.example.com", "a@b.in", "#tag", "@user",
          "gSa", "dks", "esa", ";g", "fd", "Hkkjr", "ns'k", "maoM", "kI", "–", "©", "2024", "|", "“quoted”", "x",
          "Ã", "é", "naïve", "Straße", "HRM260N6TSE", "e-mail", "Let's", "(see", "below)."]


def _line(tokens: list[str]) -> str:
    return " ".join(tokens)


_lines = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=14).map(_line),
    st.sampled_from([KRUTI_1, KRUTI_2, KRUTI_WEAK, SHUSHA, *ENGLISH, ""]),
)
# (U+0085 is a line boundary and a C1 control: such a text takes the line-by-line path)
_endings = st.sampled_from(["\n", "\r\n", "\n\n", "\x0b", "\x0c", "\u2028", "\x1c", "\x85"])


@st.composite
def _documents(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_lines, min_size=1, max_size=12))
    prose = draw(st.booleans())
    if prose:  # enough function words for _latin_prose
        lines = [*ENGLISH[:2], *lines]
    return "".join(ln + draw(_endings) for ln in lines)


@settings(max_examples=400, deadline=None)
@given(_documents())
def test_latin_documents_are_repaired_as_line_by_line(text: str) -> None:
    assert not legacy._has_indic(text)
    assert repair_legacy_text(text) == _repair_lines(text)


@pytest.mark.parametrize("page", [
    "\n".join([*ENGLISH, KRUTI_1, KRUTI_WEAK, KRUTI_2, *ENGLISH]),  # two lines detected, one in context
    "\n".join([*ENGLISH, KRUTI_1, *ENGLISH]),  # one detected: no document font
    "\n".join([KRUTI_1, KRUTI_2, KRUTI_WEAK, "The end"]),  # a legacy document: not prose
    "\r\n".join([*ENGLISH, KRUTI_1, KRUTI_2]) + "\r\n",
    "\n".join(ENGLISH),  # nothing to convert
])
def test_real_pages_are_repaired_as_line_by_line(page: str) -> None:
    assert repair_legacy_text(page) == _repair_lines(page)


def test_legacy_paragraphs_in_an_english_page_are_converted() -> None:
    page = "\n".join([*ENGLISH, KRUTI_1, KRUTI_WEAK, KRUTI_2, *ENGLISH])
    assert _latin_prose(page)
    out, n = repair_legacy_text(page)
    assert n == 3
    lines = out.split("\n")
    assert lines[:4] == ENGLISH
    assert lines[-4:] == ENGLISH
    assert lines[4].startswith("भारत एक विशाल देश है")
    assert lines[5] == "बारिश के बाद नदी का पानी बढ़ गया और पुल पर से आना जाना बंद हो गया।"


def test_only_lines_that_may_be_detected_are_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    original = legacy._latin_line_font

    def recording(line: str, prose: bool = False) -> str | None:
        asked.append(line)
        return original(line, prose)

    monkeypatch.setattr(legacy, "_latin_line_font", recording)
    page = "\n".join([*ENGLISH, KRUTI_1, *ENGLISH])
    assert repair_legacy_text(page)[1] == 1
    # the English lines with at most one odd token, or more than twice as many letter-started tokens, are not
    # asked; the contact line is (three odd tokens: the e-mail, the URL and "—", a cp1252 glyph code, against
    # six letter starts)
    assert asked == [ENGLISH[3], KRUTI_1, ENGLISH[3]]
    asked.clear()
    assert repair_legacy_text("\n".join(ENGLISH[:2])) == ("\n".join(ENGLISH[:2]), 0)
    assert asked == []


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, " ", "  ", "\t", "\n", "\u00a0", "\u2028", "\x1f"]), max_size=16)
       .map("".join))
def test_odd_tokens_are_the_tokens_all_natural_rejects(text: str) -> None:
    odd = [m.group(1) for m in _ODD_TOKEN.finditer(text) if m.start(1) >= 0]
    assert odd == [t for t in text.split() if _ALL_NATURAL.match(t) is None]
    # per line: no odd token exactly when the line is all natural (tokens never cross a line boundary)
    for line in text.splitlines():
        assert (_ODD_TOKEN.match(line).start(1) < 0) == (_ALL_NATURAL.match(line) is not None)  # type: ignore[union-attr]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map(_line))
def test_letter_started_tokens_outside_the_odd_ones_are_natural_candidates(line: str) -> None:
    odd = {m.start(1) for m in _ODD_TOKEN.finditer(line) if m.start(1) >= 0}
    for m in _LETTER_START.finditer(line):
        end = line.find(" ", m.start())
        tok = line[m.start():] if end < 0 else line[m.start():end]
        if m.start() not in odd:
            assert _token_kind(tok) == 1, tok  # a candidate (not protected) that looks natural
    # the bound: a line with k odd tokens and 2k < (letter starts) has shape < 1/2
    k = len(odd)
    if 2 * k < len(_LETTER_START.findall(line)):
        kinds = [_token_kind(t) for t in line.split()]
        n = sum(1 for x in kinds if x)
        assert 2 * kinds.count(2) < n
        assert best_font(line, verdict_only=True, min_shape=0.5, min_tokens=4) == (None, None)


def test_www_with_punctuation_is_protected_and_not_counted() -> None:
    # "www.:" passes _ALL_NATURAL ("www" and closing punctuation) but is a URL shape: kind 0, no letter start
    assert _ALL_NATURAL.match("www.:") is not None
    assert _token_kind("www.:") == 0
    assert _LETTER_START.findall("www.: WWW.), Www.; wwwx") == ["w"]


def _former_latin_prose(text: str) -> bool:
    from collections import Counter

    tokens = text[:legacy._PROSE_SAMPLE].split()
    counts = Counter(tokens)
    hits = sum(counts[w] for w in legacy._FUNCTION_WORDS if w in counts)
    return hits >= legacy.PROSE_DOC_MIN_WORDS and hits >= legacy.PROSE_DOC_MIN_SHARE * len(tokens)


def test_function_words_are_listed_once() -> None:
    # (the former count summed a Counter over the list: a word listed twice would have counted twice)
    assert len(set(legacy._FUNCTION_WORDS)) == len(legacy._FUNCTION_WORDS)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["the", "The", "of", "and", "und", "yang", "dan", "x", "gSa", "esa", "us", "a"]),
                max_size=200).map(" ".join))
def test_prose_test_is_the_former_count(text: str) -> None:
    assert _latin_prose(text) == _former_latin_prose(text)
