"""The structural rules' fast paths (stdlib ``re`` classes read off the regex module, counts stopped at a
cap, the first sentence gap only) compute what the plain definitions compute.

``structure._count_bmp`` stands for ``min(len(words(line)), cap)`` on a line without characters beyond the
BMP, ``structure._two_sentences`` for ``len(sentences(line)) >= 2``, ``structure._in_script`` for the
letter-share rule of ``_reference.in_script``; characters beyond the BMP (emoji, Gothic letters,
mathematical letters, a CJK extension ideograph) take the regex module's path.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.lang.profile import load_profile
from shuddh.stages.clean import structure
from shuddh.stages.clean.chrome import chrome_reasons
from shuddh.stages.clean.structure import _count_bmp, _count_words, _in_script, _two_sentences
from shuddh.text.bmp import bmp_only
from shuddh.text.segment import sentences, words
from tests.unit.perf_equivalence import _reference as ref

# what the fast paths branch on: words of several scripts, the word connectors (joiners, apostrophes,
# hyphens), sentence ends and closers, spaces of every kind (incl. U+001C-U+001F, which str.strip takes
# and the regex module's \s does not), and characters beyond the BMP, letters among them
_CHARS = (
    "कखगजटडतदनपमयरलवसहअआएओािीुूेैोौंःँ़्\u0951\u0952"  # Devanagari; Vedic stress signs (script Inherited)
    "অকবািਕਖਾਿکبےabcxyzÉé0123४५६"  # Bengali, Gurmukhi, Arabic, Latin, digits of two scripts
    "\u200c\u200d'’-"  # word connectors
    ".?!।॥۔؟…\"”)]»*|:,"  # sentence ends, closers, separators
    " \t\xa0\u2003\n\u2028\x1c\x1f\x85"  # spaces
    "\U0001f600\U00010330\U0001d400\U00020000\U0001f44d"  # beyond the BMP: emoji, Gothic, math A, CJK ext B
)
WORDS = ["भारत", "में", "है।", "के", "लिए", "सरकार", "ने", "कहा", "क़ानून", "क्\u200dष", "भारत-पाक", "news", "don't",
         "e-mail", "Read", "more", "२०२४", "😀", "𝐀𝐁", "।", "…", "\"", ")"]
SEPS = [" ", " ", "  ", "\t", "। ", ". ", "? ", "।” ", "\x1c", "\xa0", "-", "\u200c"]

chars = st.text(alphabet=_CHARS, max_size=200)


@st.composite
def wordy(draw: st.DrawFn) -> str:
    ws = draw(st.lists(st.sampled_from(WORDS), max_size=40))
    seps = draw(st.lists(st.sampled_from(SEPS), min_size=len(ws), max_size=len(ws)))
    return "".join(w + s for w, s in zip(ws, seps, strict=True))


texts = st.one_of(chars, wordy())


@settings(max_examples=500, deadline=None)
@given(texts, st.integers(1, 22))
def test_word_counts_by_stdlib_re_are_the_regex_module_counts(line: str, cap: int) -> None:
    expected = min(len(words(line)), cap)
    assert _count_words(line, cap) == expected
    assert bmp_only(line) == all(ord(c) <= 0xFFFF for c in line)
    if bmp_only(line):
        assert _count_bmp(line, cap) == expected


@settings(max_examples=500, deadline=None)
@given(texts)
def test_two_sentences_is_the_sentence_split(line: str) -> None:
    assert _two_sentences(line) == (len(sentences(line)) >= 2)


@pytest.mark.parametrize(("line", "two"), [
    ("वह सुबह घर से निकला। शाम को लौटा", True),
    ("“ठीक है।” उसने कहा और चला गया", True),  # closing quote after the danda
    ("वह सुबह घर से निकला।   ", False),  # only spaces after the end
    ("वह सुबह घर से निकला। \x1c", False),  # U+001C: not a space to the regex module, stripped by str.strip
    ("वह सुबह घर से निकला।\x1c दूसरा", False),  # no gap: U+001C is no space to the regex module
    ("कीमत 2.5 लाख रुपये है", False),  # a point inside a number is no gap
    ("Wait... what? Yes.", True),
])
def test_two_sentences_on_real_lines(line: str, two: bool) -> None:
    assert _two_sentences(line) == (len(sentences(line)) >= 2) == two


@settings(max_examples=500, deadline=None)
@given(texts)
def test_in_script_with_characters_beyond_the_bmp(line: str) -> None:
    for code in ("hi", "bn", "ur", "pa", "web-common"):
        prof = load_profile(code)
        assert _in_script(line, prof) == ref.in_script(line, prof.scripts), code


@pytest.mark.parametrize("line", [
    "प्रधानमंत्री ने आज दिल्ली में नई योजना की घोषणा की।",  # Hindi sentence: the stdlib scan finds nothing
    "Prime Minister ने आज Delhi में नई scheme की घोषणा की",  # mixed: letters counted
    "नई दिल्ली 😀 में बारिश",  # an emoji: the regex module's path
    "𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 न्यूज़",  # mathematical bold letters (beyond the BMP, not Devanagari)
    "१२३ ४५६",  # Devanagari digits only: no letter
    "राम abc",  # 3 of 6 letters in the script: exactly half
    "राम abcd",  # 3 of 7: less than half
    "राम १ abcd",  # a Devanagari digit is a character of the script: 4 against 7 letters
    "",
])
def test_in_script_on_real_lines(line: str) -> None:
    for code in ("hi", "mr", "hi-Latn", "web-common"):
        prof = load_profile(code)
        assert _in_script(line, prof) == ref.in_script(line, prof.scripts)


def test_shape_cap_answers_every_bound_the_rules_compare_with() -> None:
    # min(n, _SHAPE_CAP) must tell n >= BODY_MIN_WORDS, n <= MENU_MAX_WORDS + 1 and n <= POSITION_MAX_WORDS
    assert structure._SHAPE_CAP >= structure.BODY_MIN_WORDS
    assert structure._SHAPE_CAP > structure.MENU_MAX_WORDS + 1
    assert structure._SHAPE_CAP > structure.POSITION_MAX_WORDS
    # a menu run's lines are never body lines (the runs are found before the body lines, without them)
    assert structure.MENU_MAX_WORDS < structure.BODY_MIN_WORDS


_HEADLINE = "राज्य सरकार ने किसानों के लिए नई बीमा योजना शुरू की जिसमें छोटे और सीमांत किसान शामिल हैं बाढ़ से फसल नुकसान पर"


def _box(headline_words: int) -> list[str]:
    """A page with a teaser box: its label, then one headline of ``headline_words`` words."""
    body = ("भारतीय रिज़र्व बैंक ने बुधवार को रेपो दर में कोई बदलाव नहीं किया और महंगाई पर नज़र रखने की बात कही। "
            "गवर्नर ने कहा कि विकास दर का अनुमान पहले जैसा ही रहेगा।")
    vocab = _HEADLINE.split()
    headline = " ".join((vocab * 2)[:headline_words])
    return ["होम", body, body, "यह भी पढ़ें", headline, "विज्ञापन"]


@pytest.mark.parametrize("n", [5, 6, 7, 19, 20, 21, 22])
def test_teaser_headline_limit_counts_past_the_shape_cap(n: int) -> None:
    # a headline of up to 20 words under a box label is a teaser; the shape counts stop at _SHAPE_CAP words,
    # so the limit of 20 is counted again: 20 words removed, 21 kept
    hi = load_profile("hi")
    lines = _box(n)
    lex = chrome_reasons(lines, hi)
    assert lex[3] == "read_more"
    got = structure.structural_reasons(lines, hi, lex)[4]
    assert got == ("structure.headlines" if n <= 20 else None)
