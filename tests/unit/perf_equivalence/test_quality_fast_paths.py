"""The fast paths of the quality stages on English web pages (issue 17, session 15: wcxb) compute
exactly what the code they replaced computed.

Gopher quality: the letters and the words without one counted with ``re`` and ``bytes.translate`` when the
words hold only ASCII and ’ (``_Segmented.ascii_words``); the bullet and ellipsis lines picked in C.
FineWeb and ``line_classes``: the sentence lines classified once for both (``sentence_lines``), the relation
separator looked for first (``_RELATION_ANY``), the digits of ASCII words found by ``re``. Gopher repetition:
each n-gram hashed once (its first position), the repeated ones and their counts taken from the positions seen
again. The scorer's basis memoised.

Each is compared with the former definition (``_reference.py``, or the code as it was, inline) on generated
text mixing what the fast paths branch on (ASCII and non-ASCII words, ’, accents, digits of two scripts, marks,
separators, brackets, bullets, ellipses, sentence ends, line breaks of every kind) and on real-looking English
and Hindi web text.
"""

from __future__ import annotations

import hashlib

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from shuddh.lang.profile import load_profile
from shuddh.quality import content, signals
from shuddh.quality.content import RELATION_RE, line_classes
from shuddh.quality.signals import (
    _ngram_chars_by_size,
    _Segmented,
    fineweb_line_signals,
    gopher_quality_signals,
    is_sentence_line,
    sentence_lines,
)
from shuddh.stages.quality.scorer import SignalScorer
from shuddh.text.segment import lines, words
from tests.unit.perf_equivalence import _reference as ref

HI = load_profile("hi")
WEB = load_profile("web-common")

# real-looking web text (written for this test): English article lines, list items, captions, bylines, and
# Hindi prose and chrome, with the characters the fast paths branch on
_EN = [
    "Top Nutrition Trends for Fall 2025: What Fitness Experts Are Eating (and How Scratch Makes It Easy)",
    "It’s the season’s best-kept secret — and you don’t need a 10-step plan to get there.",
    "Posted by Jane O’Neil on March 3, 2024 at 9:30 am",
    "• Protein-packed bowls", "• Fermented foods…", "Read more...", "Home - Blog - Recipes",
    "Step 1: Preheat the oven to 350°F.", "The Godfather (1972)", "Seasons 1–3 (2019–2021)",
    "Café au lait, naïve résumé: déjà vu.", "Price: $1,299.99 — 20% off!", "© 2025 Example Media, Inc.",
    "Q&A with the chef", "#fitness #food #2025", "Call 555-0100 or email us.", "10 000 steps a day",
    "Chapter IV: The Return", "x² + y² = z²", "½ cup sugar, ¼ tsp salt", "He said: “It works.” Then left.",
    "U.S.-based start-ups", "rock ’n’ roll", "e-mail: hello [at] example.com", "A -B", "A- B", "A:B", "12:30",
]
_HI = [
    "पुलिस ने बताया कि आरोपी को गिरफ्तार कर लिया गया है और उससे पूछताछ की जा रही है।",
    "होम | देश | विदेश | खेल", "यह भी पढ़ें: नए पुल का उद्घाटन अगले महीने", "रवीना टंडन - संध्या", "हाउसफुल (2010)",
    "क्षेत्रफल: 558 वर्ग कि॰मी॰", "१ मार्च १९२२ को जन्म हुआ था। वे लेखक थे", "खबर एक । खबर दो । खबर तीन । खबर चार ।",
    "क़ानून-व्यवस्था पर चर्चा हुई", "क्\u200dष त्र ज्ञ", "शेयर करें", "मनु । इला । पुरुरवस् ।",
]
_SEPS = [" ", " ", "\n", "\n", "\n\n", " | ", "\t", "\xa0", "\r\n", "\u2028", "\x1c", ". ", "। ", ": ", " - "]
_CHARS = ("abcXYZ09'’-éñßİſK" "कि़्\u0301\u200c\u200d" "०५²½" "•·*-–—→…#.?!।॥:;,()[]{}\"“”©°$%&@/" " \t\xa0\n\r")

real_text = st.lists(st.tuples(st.sampled_from(_EN + _HI), st.sampled_from(_SEPS)), max_size=40).map(
    lambda parts: "".join(a + b for a, b in parts))
english_text = st.lists(st.tuples(st.sampled_from(_EN), st.sampled_from(_SEPS)), max_size=40).map(
    lambda parts: "".join(a + b for a, b in parts))
char_text = st.text(alphabet=_CHARS, max_size=300)
texts = st.one_of(real_text, english_text, char_text)


def _ascii_words(text: str) -> bool:
    return all(c.isascii() or c == "’" for w in words(text) for c in w)


@settings(max_examples=400, deadline=None)
@given(texts)
@example("don’t 2024 x² café")
@example("1’2 3-4 '5 a\n\n• item\n…\n")
def test_gopher_quality_signals(text: str) -> None:
    for stop in ((), sorted(HI.stopwords), ["the", "a", "of", "it’s"]):
        assert list(gopher_quality_signals(text, stop).items()) == list(ref.gopher_quality_signals(text, stop).items())


@settings(max_examples=300, deadline=None)
@given(texts)
def test_ascii_words_flag(text: str) -> None:
    # the flag says what it claims: the words hold only ASCII characters and ’
    assert _Segmented(text).ascii_words == _ascii_words(text)


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, st.text(alphabet="aZ9 .)(-–—:\u0301क१\t\xa0\u2003", max_size=40)))
@example("A - B")
@example("(1998–2004)")
@example("x) :\u2003y")
@example("क\u0301 -(")
def test_relation_search_anywhere(text: str) -> None:
    for line in [text, *text.splitlines()]:
        assert (content._RELATION_ANY.search(line) is None) == (RELATION_RE.search(line) is None)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from([0.0, 2.0, 3.5]), st.booleans())
def test_sentence_lines(text: str, min_words: float, internal: bool) -> None:
    for terminal in (HI.terminal_punctuation, WEB.terminal_punctuation, ".?!।॥۔؟…"):
        expected = [is_sentence_line(ln, terminal, min_words, internal_ends=internal) for ln in lines(text)]
        assert sentence_lines(text, terminal, min_words, internal) == expected
        assert expected == [ref.is_sentence_line(ln, terminal, min_words, internal_ends=internal) for ln in lines(text)]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_fineweb_line_signals(text: str) -> None:
    for args, kwargs in [((), {}), ((HI.terminal_punctuation,), {"min_sentence_words": 2.0}),
                         ((WEB.terminal_punctuation, 40), {"internal_ends": False})]:
        new = fineweb_line_signals(text, *args, **kwargs)  # type: ignore[arg-type]
        old = ref.fineweb_line_signals(text, *args, **kwargs)  # type: ignore[arg-type]
        assert list(new.items()) == list(old.items())


_SLOTS = list(content.LineClasses.__slots__)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_line_classes(text: str) -> None:
    for prof in (HI, WEB):
        sc = SignalScorer(prof)
        args = (text, sc.terminal, sc.min_sentence_words, sc.stopwords, sc.runon_min_words if sc.stopwords else 0,
                sc.runon_min_share, sc.runon_markers, sc.runon_min_marker_rate, sc.strip_min_sentences,
                sc.strip_max_marker_share)
        new, old = line_classes(*args), ref.line_classes(*args)
        assert {k: getattr(new, k) for k in _SLOTS} == {k: getattr(old, k) for k in _SLOTS}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "the", "x’y"]), max_size=120), st.sampled_from([2, 3, 4]))
def test_ngram_counts_from_first_positions(ws: list[str], min_count: int) -> None:
    # few words: many n-grams share the largest count, and the first counted must be picked, as most_common(1)
    top, dup = _ngram_chars_by_size(ws, (2, 3, 4), (5, 6, 7, 8, 9, 10), min_count)
    assert top == {n: ref._top_ngram_chars(ws, n, min_count) for n in (2, 3, 4)}
    assert dup == {n: ref._dup_ngram_chars(ws, n) for n in (5, 6, 7, 8, 9, 10)}


def test_scorer_basis_memo() -> None:
    text = "एक दो तीन\nfour five"
    for prof in (HI, WEB):
        sc = SignalScorer(prof)
        direct = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8, key=sc.identity).hexdigest()
        assert sc.basis(text) == sc.basis(text) == direct
    assert SignalScorer(HI).basis(text) != SignalScorer(WEB).basis(text)


def test_no_letter_patterns_agree_on_ascii_words() -> None:
    # every ASCII character and ’: the regex module's \p{L} and re's [A-Za-z] take the same ones
    for c in [chr(i) for i in range(128)] + ["’"]:
        assert (regex.fullmatch(r"\p{L}", c) is not None) == ("A" <= c <= "Z" or "a" <= c <= "z")
        assert (regex.fullmatch(r"\p{N}", c) is not None) == ("0" <= c <= "9")
        assert regex.fullmatch(r"\p{M}", c) is None
    assert signals._ASCII_NO_LETTER_WORD_RE.pattern == r"\x00[^\x00A-Za-z]+(?=\x00)"
