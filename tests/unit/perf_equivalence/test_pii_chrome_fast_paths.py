"""The fast paths of the pii and chrome stages on web pages (issue 17, speed) compute exactly what the code they
replaced computed.

pii: the URL, letter+digit id and "@" patterns are tried only where a match can start (``_url_matches``,
``_alnum_matches``, ``_at_spans``) instead of at every position (``finditer``). chrome: a line's key without a
search when the document has no whitespace to collapse, the prefixes ruled out by one ``str.startswith``, the
contained phrases and patterns tried only on lines that hold one of their literals, the literals of a line with
edge symbols taken from its key, the lines ending in ")" looked up in the document's batch.

Each is compared with the straightforward definition (the code as it was, written out below, or
``_reference.chrome_reason``) on generated text mixing what the fast paths branch on, and on real-looking
Hindi and English lines; the new loops are checked to stay linear on hostile input (the harness of
tests/unit/test_complexity.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from shuddh.lang import profile as lang_profile
from shuddh.lang.profile import LanguageProfile, load_profile
from shuddh.pii import PII_TYPES, RedactionConfig, Redactor, _detect
from shuddh.pii._context import hints_before
from shuddh.pii._validators import pan_valid
from shuddh.stages.clean import chrome
from shuddh.stages.clean.chrome import (
    PART_REASONS,
    _cut_many,
    _last_gap,
    _opening_paren,
    _part_reason,
    chrome_reasons,
    cut_parts,
)
from tests.unit.perf_equivalence import _reference as ref
from tests.unit.test_complexity import cpu_seconds, is_superlinear

ALL_CHARS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
ALL_TYPES = frozenset(PII_TYPES)

# ---------------------------------------------------------------------------------------------------
# pii: the code as it was


def _old_url_secrets(text: str) -> Iterator[_detect.Hit]:
    # (the old code also had a case-sensitive gate, "://" / "www." / "WWW.", that let "Www." links through:
    # the reference is the pattern's own matches, which the new code must find)
    for m in _detect._URL_RE.finditer(text):
        url = m.group().rstrip(_detect._URL_TRAIL)
        if _detect._url_has_secret(url):
            yield (_detect.PRIO_URL, m.start(), m.start() + len(url), "URL_SECRET")


def _old_alnum(text: str, enabled: frozenset[str]) -> Iterator[_detect.Hit]:
    if _detect._ALNUM_GATE.search(text) is None:
        return
    for m in _detect._ALNUM_RE.finditer(text):
        start, end = m.span()
        tok = _detect._one_case(m.group())
        if tok is None:
            continue
        if len(tok) == 10 and tok[4].isalpha():
            if "PAN" in enabled and pan_valid(tok):
                yield (_detect.PRIO_ALNUM, start, end, "PAN")
        elif len(tok) == 10:
            if ("VOTER_ID" in enabled and _detect._EPIC_RE.fullmatch(tok)
                    and "VOTER_ID" in hints_before(text, start)):
                yield (_detect.PRIO_ALNUM, start, end, "VOTER_ID")
        elif ("PASSPORT" in enabled and _detect._PASSPORT_RE.fullmatch(tok)
              and "PASSPORT" in hints_before(text, start)):
            yield (_detect.PRIO_ALNUM, start, end, "PASSPORT")


def _old_at_spans(text: str) -> list[tuple[int, int, bool]]:
    return [(m.start(), m.end(), m.group() == "@") for m in _detect._AT_RE.finditer(text)]


# ---------------------------------------------------------------------------------------------------
# pii: the premises


def test_only_the_two_cases_of_w_match_a_w_of_the_url_pattern() -> None:
    # _url_starts finds "www." in any case as "w."/"W." after two more of them
    w = regex.compile("w", _detect._URL_RE.flags)
    assert set(w.findall(ALL_CHARS)) == {"w", "W"}
    dot = regex.compile(r"\.", _detect._URL_RE.flags)
    assert dot.findall(ALL_CHARS) == ["."]


def test_no_scheme_character_is_a_colon() -> None:
    # a scheme ends at its first colon: a match starts 2-16 characters before a "://"
    scheme = regex.compile(r"[A-Za-z0-9+.\-]", _detect._URL_RE.flags)
    assert ":" not in scheme.findall(ALL_CHARS)
    assert "{1,15}://" in _detect._URL_RE.pattern
    assert _detect._SCHEME_MAX == 16


# ---------------------------------------------------------------------------------------------------
# pii: generated text

_URL_PARTS = ["https://", "http://", "ftp://", "://", "a://", ":/", "x+y.z-w://", "abcdefghijklmnop://",
              "abcdefghijklmnopq://", "www.", "WWW.", "wWw.", "ww.", "w.", "W.", "wwww.", "example.com", "/path",
              "?token=", "abcdef0123456789abcd", "&sig=", "?code=", "@", "user:pass@", " ", "\n", "\t", "भारत",
              "ख़बर", "।", "(", ")", '"', "<", "1", "9", "_", "\u017f", "\u212a", "K", "é"]
_ALNUM_PARTS = ["A", "b", "Z", "1", "2", "9", "०", "५", "_", " ", "-", "é", "ABCPD", "1234", "5678901", "E", "J",
                "8369854", "ABC", "abcpd", "पैन", "पासपोर्ट", "वोटर", "\u212a", "x1234", "Q"]
_AT_PARTS = ["@", "[at]", "(at)", "{at}", "[@]", "[ at ]", " at ", "at", "AT", "gmail", "yahoo", "rediffmail", ".com",
             "(dot)", "[.]", " [dot] ", "एट", "डॉट", "(एट)", "ram", "kumar", "priya", ".", " ", "\xa0", "\u0130",
             "\u212a", "\u017f", "x", "1", "@ybl", "://", "-"]


def _joined(parts: list[str]) -> Any:
    return st.lists(st.sampled_from(parts), max_size=16).map("".join)


@settings(max_examples=400, deadline=None)
@given(_joined(_URL_PARTS))
def test_url_matches_are_finditer_matches(text: str) -> None:
    assert [m.span() for m in _detect._url_matches(text)] == [m.span() for m in _detect._URL_RE.finditer(text)]
    assert list(_detect.find_url_secrets(text)) == list(_old_url_secrets(text))


@settings(max_examples=400, deadline=None)
@given(_joined(_ALNUM_PARTS))
@example("वोटर कार्ड ABC1234567 और पैन ABCPD1234E, पासपोर्ट J8369854")  # each branch's letter+4 digits offset
@example("xABC1234567 ABCPD1234EX J83698541 AB1234567")
def test_alnum_matches_are_finditer_matches(text: str) -> None:
    assert [m.span() for m in _detect._alnum_matches(text)] == [m.span() for m in _detect._ALNUM_RE.finditer(text)]
    assert list(_detect.find_alnum(text, ALL_TYPES)) == list(_old_alnum(text, ALL_TYPES))


@settings(max_examples=400, deadline=None)
@given(_joined(_AT_PARTS))
def test_at_spans_are_the_at_pattern_matches(text: str) -> None:
    assert list(_detect._at_spans(text, _detect.maybe_obfuscated(text))) == _old_at_spans(text)


# real-looking lines (written for this test): English and Hindi web text around URLs, ids and addresses
_REAL = [
    "Reset your password here: https://accounts.example.com/reset?token=9f8e7d6c5b4a3210fedcba (valid 24 hours).",
    "Read the full report at www.example.org/reports/2024/annual.pdf or write to us.",
    "पासवर्ड बदलने के लिए WWW.EXAMPLE.IN/login?password=Secret123 पर जाएं और फिर लॉगिन करें।",
    "मेरा पैन ABCPD1234E है और ईमेल ram.kumar@example.com है, पासपोर्ट नंबर J8369854 भी देख लें।",
    "वोटर आईडी कार्ड नंबर ABC1234567 है। संपर्क: priya [at] example [dot] org",
    "Write to anil at gmail.com or call after 6 pm; the office (Room 12B) is on the 3rd floor.",
    "Version 3.2.1 adds H2645 decoding, mp4 support and a faster parser (see https://x.io/changelog).",
    "पूरी खबर पढ़ें: https://www.jagran.com/news/national-1234.html?utm_source=app&sid=ab12cd34ef56",
]


@pytest.mark.parametrize("line", _REAL)
def test_real_lines_give_the_old_spans(line: str) -> None:
    assert list(_detect.find_url_secrets(line)) == list(_old_url_secrets(line))
    assert list(_detect.find_alnum(line, ALL_TYPES)) == list(_old_alnum(line, ALL_TYPES))
    assert list(_detect._at_spans(line, _detect.maybe_obfuscated(line))) == _old_at_spans(line)


def test_real_lines_are_redacted() -> None:
    red = Redactor(RedactionConfig(types=ALL_TYPES)).redact
    assert red(_REAL[0]).text == "Reset your password here: <URL_SECRET> (valid 24 hours)."
    assert red(_REAL[1]).text == _REAL[1]
    assert red(_REAL[2]).text == "पासवर्ड बदलने के लिए <URL_SECRET> पर जाएं और फिर लॉगिन करें।"
    assert red(_REAL[3]).text == "मेरा पैन <PAN> है और ईमेल <EMAIL> है, पासपोर्ट नंबर <PASSPORT> भी देख लें।"
    assert red(_REAL[4]).text == "वोटर आईडी कार्ड नंबर <VOTER_ID> है। संपर्क: <EMAIL>"
    assert red(_REAL[5]).text.startswith("Write to <EMAIL> or call")
    assert red(_REAL[6]).text == _REAL[6]
    assert red(_REAL[7]).text == "पूरी खबर पढ़ें: <URL_SECRET>"


class _CountingMatch:
    """Wraps a compiled pattern; counts the positions its match is tried at."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, text: str, pos: int = 0) -> Any:
        self.calls += 1
        return self.pattern.match(text, pos)

    def finditer(self, text: str) -> Any:
        raise AssertionError("the pattern is no longer searched at every position")


def test_the_url_pattern_is_tried_only_near_a_scheme(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = _CountingMatch(_detect._URL_RE)
    monkeypatch.setattr(_detect, "_URL_RE", counter)
    text = "The minister said the new rules apply from June. " * 40 + "Details: https://example.gov.in/rules"
    assert list(_detect.find_url_secrets(text)) == []
    assert 1 <= counter.calls <= 15  # the starts before the one "://" ("https" starts the match)


# ---------------------------------------------------------------------------------------------------
# chrome: the code as it was


def _old_opening_paren(line: str, start: int) -> int:
    depth = 0
    for k in range(len(line) - 1, start - 1, -1):
        depth += {")": 1, "(": -1}.get(line[k], 0)
        if depth == 0:
            return k
    return -1


def _old_cut_parts(line: str, profile: LanguageProfile) -> tuple[str, list[tuple[str, str]]]:
    cuts: list[tuple[str, str]] = []
    reach = profile.chrome_max_words * 25
    for _ in range(3):
        cut = -1
        reason = None
        start = max(0, len(line) - reach)
        if line.endswith(")"):
            depth = 0
            for k in range(len(line) - 1, start - 1, -1):
                depth += {")": 1, "(": -1}.get(line[k], 0)
                if depth == 0:
                    if k > 0 and line[k - 1].isspace():
                        reason = _part_reason(line[k:], profile)
                        cut = k - 1 if reason is not None else -1
                    break
        if cut < 0:
            last = _last_gap(line, start)
            if last is not None:
                reason = _part_reason(line[last.end(1):], profile)
                cut = last.start(1) if reason is not None else -1
        if cut < 0 or reason is None or len(line[:cut].split()) < chrome.PART_MIN_REST_WORDS:
            break
        cuts.append((reason, line[cut:]))
        line = line[:cut]
    g0 = chrome._SENTENCE_GAP.search(line, 0, reach)
    if g0 is not None:
        head = line[:g0.start(1)]
        reason = _part_reason(head, profile) if head.count(" ") < chrome._HEAD_MAX_WORDS else None
        if reason is not None and reason != "read_more" and len(line[g0.end(1):].split()) >= chrome.PART_MIN_REST_WORDS:
            cuts.append((reason, line[:g0.end(1)]))
            line = line[g0.end(1):]
    return line, cuts


# ---------------------------------------------------------------------------------------------------
# chrome: premises


def test_a_key_keeps_what_the_profile_keeps() -> None:
    # the key of a line without whitespace to collapse is the line less the characters _kept rejects at its ends
    assert chrome._KEPT.pattern == lang_profile._KEPT_FIRST.pattern
    assert chrome._KEPT.flags == lang_profile._KEPT_FIRST.flags
    for c in "aZक़ा्\u200d5५©•.,:;!?।|»«“”'\"()[]- \xa0\u2009\t😀𝐀":
        assert chrome._kept(c) == (lang_profile.folded_key(c, False) == c), repr(c)


@pytest.mark.parametrize("code", ["hi", "web-common"])
def test_edge_literals_are_the_literals_with_an_edge_character(code: str) -> None:
    index = chrome._rule_index(load_profile(code))
    assert index.edge_literals is not None
    assert "©" in index.edge_literals
    assert all(not (chrome._kept(x[:1]) and chrome._kept(x[-1:])) for x in index.edge_literals)
    # every contained phrase holds one of the literals it is tried under
    for j, (_, p) in enumerate(index.contains):
        assert any(j in index.contains_at[x] for x in index.contains_kept if x in p), p


# ---------------------------------------------------------------------------------------------------
# chrome: generated documents

_HI_CHROME = ["यह भी पढ़ें: नए पुल का उद्घाटन अगले महीने", "शेयर करें", "होम | देश | विदेश | खेल", "विज्ञापन",
              "हमें फेसबुक पर फॉलो करें", "© 2024 समाचार डॉट कॉम. सर्वाधिकार सुरक्षित", "फोटो: सोशल मीडिया",
              "(डिस्क्लेमर: यह खबर सिंडिकेट फीड से ली गई है)", "नई दिल्ली, जागरण डेस्क", "अपडेटेड: 12 मार्च 2024"]
_EN_CHROME = ["Leave a Reply", "Related Articles", "Facebook Twitter WhatsApp", "We use cookies. Accept all",
              "© 2023 Example Media. All rights reserved.", "Copyright 2019 The Hindu", "Read more: the budget",
              "Your email address will not be published.", "Posted on Mar 3, 2022 by admin", "Updated: May 5, 2021",
              "(Disclaimer: This story is from a syndicated feed.)", "Stay tuned for more updates!", "Log in"]
_PROSE = ["पुलिस ने बताया कि आरोपी को गिरफ्तार कर लिया गया है और उससे पूछताछ की जा रही है।",
          "राज्य सरकार ने किसानों के लिए नई योजना की घोषणा की (इसका लाभ लाखों परिवारों को मिलेगा)",
          "The minister said the new rules will apply to every school in the state from June.",
          "In summary, the market for blog technology may decide the outcome (see the comment below)",
          "Visit the museum in December; the log cabin is connected to the input of the stream."]
_EDGES = ["", "• ", "© ", "» ", "- ", "(", "“"]
_ENDS = ["", ".", " |", ")", " »", "।", ":", "”"]
_SPACE_VARIANTS = [" ", " ", " ", "  ", "\t", "\xa0"]


@st.composite
def documents(draw: st.DrawFn) -> list[str]:
    out = []
    for _ in range(draw(st.integers(1, 12))):
        base = draw(st.sampled_from(_HI_CHROME + _EN_CHROME + _PROSE))
        if draw(st.booleans()):  # a chrome sentence glued to a sentence of text, at either edge
            other = draw(st.sampled_from(_HI_CHROME + _EN_CHROME))
            base = f"{base} {other}" if draw(st.booleans()) else f"{other}. {base}"
        line = draw(st.sampled_from(_EDGES)) + base + draw(st.sampled_from(_ENDS))
        line = draw(st.sampled_from([line, line.upper(), line.lower()]))
        out.append(line.replace(" ", draw(st.sampled_from(_SPACE_VARIANTS))))
    return out


# real-looking lines (written for this test) that reach each test of chrome_reasons: a started pattern seen only
# on the raw line ("(c)" before the key), edge literals, contained phrases that share a literal with others
_REAL_CHROME = ["(c) 2021 Example Media Pvt Ltd", "(C) 2019 Example News Network", "© Reuters", "(AFP)",
                "© 2024 समाचार डॉट कॉम. सर्वाधिकार सुरक्षित", "This website uses cookies to improve your experience.",
                "Be the first to comment on this story!", "We use technologies like cookies to store device data.",
                "You must be logged in to post a comment.", "We may earn a commission from links on this page.",
                "• Follow us on Twitter and Facebook", "Photo: Reuters", "(Photo: Reuters)", "फोटो: सोशल मीडिया।",
                "यह भी पढ़ें: नए पुल का उद्घाटन अगले महीने", "The blog covers technology, markets and the log of changes.",
                "पुलिस ने बताया कि आरोपी को गिरफ्तार कर लिया गया है (फोटो: सोशल मीडिया)"]


@pytest.mark.parametrize("code", ["hi", "web-common"])
def test_real_chrome_lines_equal_the_rule_by_rule_lookup(code: str) -> None:
    prof = load_profile(code)
    lines = [v for ln in _REAL_CHROME for v in (ln, f"» {ln}", f"{ln} |", ln.upper())]
    got = chrome_reasons(lines, prof)
    assert got == [ref.chrome_reason(ln, prof) for ln in lines]
    assert {"legal", "comment_form", "credit", "share"} <= set(got)
    assert chrome_reasons(lines, prof, parts=True) == [ref.chrome_reason(ln, prof, parts=True) for ln in lines]
    assert _cut_many(lines, prof) == [_old_cut_parts(ln, prof) for ln in lines]


@pytest.mark.parametrize("code", ["hi", "web-common"])
@settings(max_examples=150, deadline=None)
@given(documents())
def test_chrome_reasons_equal_the_rule_by_rule_lookup(code: str, lines: list[str]) -> None:
    prof = load_profile(code)
    assert chrome_reasons(lines, prof) == [ref.chrome_reason(ln, prof) for ln in lines]
    assert chrome_reasons(lines, prof, parts=True) == [ref.chrome_reason(ln, prof, parts=True) for ln in lines]


@pytest.mark.parametrize("code", ["hi", "web-common"])
@settings(max_examples=100, deadline=None)
@given(documents())
def test_cut_many_equals_the_old_cut_parts_line_by_line(code: str, lines: list[str]) -> None:
    prof = load_profile(code)
    assert _cut_many(lines, prof) == [_old_cut_parts(ln, prof) for ln in lines]
    assert [cut_parts(ln, prof) for ln in lines] == [_old_cut_parts(ln, prof) for ln in lines]


def test_real_lines_ending_in_a_parenthesis() -> None:
    hi, web = load_profile("hi"), load_profile("web-common")
    note = "राज्य सरकार ने किसानों के लिए नई योजना की घोषणा की है। (डिस्क्लेमर: यह खबर सिंडिकेट फीड से ली गई है)"
    assert _cut_many([note], hi) == [_old_cut_parts(note, hi)]
    rest, cuts = _cut_many([note], hi)[0]
    assert rest == "राज्य सरकार ने किसानों के लिए नई योजना की घोषणा की है।"
    assert cuts
    assert cuts[0][0] in PART_REASONS
    prose = "The minister said the rules apply to every school (and to colleges from next year)"
    assert _cut_many([prose], web) == [(prose, [])] == [_old_cut_parts(prose, web)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="()a ", max_size=40), st.integers(0, 45))
def test_opening_paren_is_the_old_scan(body: str, start: int) -> None:
    line = body + ")"
    start = min(start, len(line) - 1)
    assert _opening_paren(line, start) == _old_opening_paren(line, start)


# ---------------------------------------------------------------------------------------------------
# linear on hostile input (tests/unit/test_complexity.py's harness: n and 4n characters, CPU time)


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


_HOSTILE: list[tuple[str, Callable[[str], object], Callable[[int], str], int]] = [
    ("url a://", lambda t: list(_detect.find_url_secrets(t)), lambda n: _repeat("a://", n), 4_000),
    ("url ' ://'", lambda t: list(_detect.find_url_secrets(t)), lambda n: _repeat(" ://", n), 4_000),
    ("url www.", lambda t: list(_detect.find_url_secrets(t)), lambda n: "://" + _repeat("www. ", n), 4_000),
    ("url ww.", lambda t: list(_detect.find_url_secrets(t)), lambda n: "://" + _repeat("wW.", n), 4_000),
    ("alnum A1234", lambda t: list(_detect.find_alnum(t, ALL_TYPES)), lambda n: _repeat("A1234 ", n), 4_000),
    ("alnum glued", lambda t: list(_detect.find_alnum(t, ALL_TYPES)), lambda n: _repeat("AB1234", n), 4_000),
    ("emails @", lambda t: list(_detect.find_emails(t)), lambda n: _repeat("a@", n), 4_000),
    ("paren )", lambda t: _opening_paren(t, 0), lambda n: _repeat(")", n), 20_000),
    ("paren (", lambda t: _opening_paren(t, 0), lambda n: _repeat("(", n - 1) + ")", 20_000),
    ("paren ()", lambda t: _opening_paren(t, 0), lambda n: "(" + _repeat("()", n - 2) + ")", 20_000),
]


@pytest.mark.parametrize(("fn", "make", "n"), [h[1:] for h in _HOSTILE], ids=[h[0] for h in _HOSTILE])
def test_fast_paths_are_at_most_linear(fn: Callable[[str], object], make: Callable[[int], str], n: int) -> None:
    def growth(repeats: int) -> tuple[float, float]:
        small, large = make(n), make(4 * n)
        fn(small)  # warm up
        return cpu_seconds(fn, [small] * repeats), cpu_seconds(fn, [large] * repeats)

    t1, t4 = growth(2)
    if is_superlinear(t1, t4):
        t1, t4 = growth(4)
    assert not is_superlinear(t1, t4), f"{t1:.4f} s at {n}, {t4:.4f} s at {4 * n}"
