"""The chrome lexicon's document-wide prefilters (``chrome_reasons``, issue 13: chrome cost) decide every
line as the straightforward per-line, rule-by-rule lookup (``_reference.chrome_reason``) does — on the
shipped profiles and on rule sets written to trip the pattern readers (top-level alternatives, escapes
with arguments, look-aheads, anchored alternations, inline flags, back-references)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import _gate, _start_gate, chrome_reason, chrome_reasons, clean_lines, cut_parts
from shuddh.stages.clean.header import HeaderStage
from shuddh.text.segment import count_letters, words
from tests.unit.perf_equivalence import _reference as ref

_PROSE = [
    "पुलिस ने बताया कि आरोपी को गिरफ्तार कर लिया गया है और उससे पूछताछ की जा रही है।",
    "राज्य सरकार ने किसानों के लिए नई योजना की घोषणा की, जिससे लाखों परिवारों को लाभ मिलेगा।",
    "The minister said the new rules will apply to every school in the state from June.",
]
_CHROME = [
    "यह भी पढ़ें: नए पुल का उद्घाटन अगले महीने", "शेयर करें", "होम | देश | विदेश | खेल", "विज्ञापन",
    "हमें फेसबुक पर फॉलो करें", "© 2024 समाचार डॉट कॉम. All rights reserved.", "Copyright 2019 The Hindu",
    "फोटो: सोशल मीडिया", "(डिस्क्लेमर: यह खबर सिंडिकेट फीड से ली गई है)", "नई दिल्ली, जागरण डेस्क",
    "Jagran.com अब whatsapp चैनल पर भी उपलब्ध है", "मोबाइल पर ताजा खबरें देखने के लिए जाएं m.jagran.com पर",
    "Leave a Reply", "Related Articles", "Facebook Twitter WhatsApp Telegram", "We use cookies. Accept all",
]


def _variants(line: str) -> list[str]:
    return [line, line.upper(), f"» {line} ।", f"उन्होंने कहा कि {line} और फिर", line.replace(" ", "  "),
            f"{line}\t{line}", f"  {line}  ", f"{_PROSE[0]} {line}", f"{line} {_PROSE[1]}"]


def _lines() -> list[str]:
    return [v for x in [*_CHROME, *_PROSE] for v in _variants(x)] + ["", " ", "।", "—"]


@pytest.mark.parametrize("profile", ["hi", "mr", "ur", "web-common"])
def test_a_document_at_once_equals_the_reference_line_by_line(profile: str) -> None:
    prof = load_profile(profile)
    lines = _lines()
    assert chrome_reasons(lines, prof) == [ref.chrome_reason(ln, prof) for ln in lines]
    # the sentence rules of the cuts: the part index, line by line
    assert chrome_reasons(lines, prof, parts=True) == [chrome_reason(ln, prof, parts=True) for ln in lines]
    # lines holding a newline (a caller's list, not a split text) are folded one by one
    joined = ["\n".join(lines[k:k + 3]) for k in range(0, 30, 3)]
    assert chrome_reasons(joined, prof) == [ref.chrome_reason(ln, prof) for ln in joined]


def test_cut_lines_are_the_same_in_a_document_and_alone() -> None:
    hi = load_profile("hi")
    lines = _lines()
    cuts: dict[int, list[tuple[str, str]]] = {}
    copy = list(lines)
    clean_lines(copy, hi, structure=False, cuts=cuts)
    assert cuts  # the variants hold chrome sentences at a line's edge
    for i, pieces in cuts.items():
        assert (copy[i], pieces) == cut_parts(lines[i], hi)


_RULES = r"""
code = "xx"
name = "test"
[chrome]
max_words = 40
[[chrome.rules]]
reason = "top_level_or"
pattern = ['पढ़ें\s+यहाँ|देखें\s+वीडियो']
[[chrome.rules]]
reason = "escape"
pattern = ['\x41bc\s+फोटो', '\u0915\u0947\s+साथ\s+जुड़ें$', '\p{N}+\s+मिनट\s+पहले$']
[[chrome.rules]]
reason = "anchored_lookahead"
pattern = ['^(?=.*(?:सर्वाधिकार|rights))(?:\S+\s+){0,6}(?:कॉपीराइट|©)(?:\s+\S+){0,6}$']
[[chrome.rules]]
reason = "anchored_words"
pattern = ['^(?:मुख्य|ताज़ा|ताजा)\s+(?:समाचार|खबरें)$', '^लाइव\s+अपडेट', '^[\p{L}\p{M}]+\s+लाइव$']
[[chrome.rules]]
reason = "class_first"
pattern = ['[^]a]bc\s+क्लिक', '(?:खबर|समाचार)s?\s+(?:का\s+)?लिंक']
[[chrome.rules]]
reason = "backref"
pattern = ['^(\S+)\s+\1$', '^(?:वीडियो|फोटो)\s+(?:गैलरी|देखें)$']
[[chrome.rules]]
reason = "fuzzy"
pattern = ['(?:न्यूज़लेटर){e<=1}\s+पाएं', '^(?:ताज़ा\s+अपडेट){e<=1}$']
[[chrome.rules]]
reason = "ignorecase"
pattern = ['(?i)SUBSCRIBE\s+NOW']
[[chrome.rules]]
reason = "started_words"
pattern = ['^इस\s+(?:खबर|लेख)\s+(?:की|के)\s+पुष्टि', '^["“]\S[^"”]{0,40}["”]\s+में$', '^(?:यह|ये)\s+भी\s+पढ़ें$']
[[chrome.rules]]
reason = "lookahead_gate"
pattern = ['^(?=.*(?:ई-?पेपर|वीडियो))(?:\S+\s+){1,6}?एक\s+(?:ही\s+)?जगह$']
[[chrome.rules]]
reason = "contains"
contains = ["सब्सक्राइब करें", "बने रहें"]
prefix = ["और पढ़ें"]
exact = ["होम"]
"""

_TRICKY = ["देखें वीडियो", "यहाँ देखें वीडियो अभी", "पढ़ें यहाँ", "Abc फोटो", "abc फोटो", "41bc फोटो",
           "हमारे के साथ जुड़ें", "5 मिनट पहले", "५ मिनट पहले", "© 2024 कॉपीराइट सर्वाधिकार सुरक्षित",
           "कॉपीराइट नीति", "ताजा खबरें", "मुख्य समाचार", "लाइव अपडेट: मैच शुरू", "मैच लाइव", "xbc क्लिक",
           "]bc क्लिक", "abc क्लिक", "खबर लिंक", "खबरs का लिंक", "नमस्ते नमस्ते", "नमस्ते राम", "वीडियो गैलरी",
           "subscribe now", "Subscribe Now!", "चैनल सब्सक्राइब करें", "हमसे जुड़े बने रहें", "और पढ़ें: कुछ",
           "होम", "और पढ़ेंगे", "न्यूजलेटर पाएं", "न्यूज़लेटर पाएं", "ताजा अपडेट", "ताज़ा अपडेट",
           "इस खबर की पुष्टि नहीं", "इस  खबर\tकी पुष्टि", "इस लेख के पुष्टि", "इस बात की पुष्टि", '"चुनाव 2024" में',
           "“बजट” में", "बजट में", "ये भी  पढ़ें", "यह भी पढ़ें", "यहभी पढ़ें", "खबरें, वीडियो सब एक ही जगह",
           "ईपेपर पढ़ें एक जगह", "सब कुछ एक जगह", "वीडियो: एक  जगह"]


def test_rule_sets_that_trip_the_pattern_readers(tmp_path: Path) -> None:
    f = tmp_path / "xx.toml"
    f.write_text(_RULES, encoding="utf-8")
    prof = load_profile(str(f))
    lines = [v for x in _TRICKY for v in (x, f"» {x} ।", f"कुछ {x}", f"{x} और", x.upper())]
    got = chrome_reasons(lines, prof)
    assert got == [ref.chrome_reason(ln, prof) for ln in lines]
    # the rules do match: each reason is found on some line
    assert {"top_level_or", "escape", "anchored_lookahead", "anchored_words", "class_first", "backref",
            "ignorecase", "contains", "fuzzy", "started_words", "lookahead_gate"} <= set(got)


def test_gates_of_top_level_alternatives_and_escapes() -> None:
    # every top-level alternative needs its own literal (before: the first alternative's alone)
    assert _gate(r"पढ़ें\s+यहाँ|देखें\s+वीडियो") == ("पढ़ें", "वीडियो")
    assert _gate(r"पढ़ें|\d+") is None
    # an escape's argument is no literal: "\x41bc" matches "Abc", which holds no "41bc"
    assert _gate(r"\x41bc\s+फोटो") == ("फोटो",)
    assert _gate(r"\p{N}+\s+मिनट") == ("मिनट",)
    # a class opening with "]" or "^]" holds it: "[^]a]bc" needs "bc", not "a"
    assert _gate(r"[^]a]bc") == ("bc",)
    # an anchored match starts with one of the literals of its first item, unless it may be left out
    # ... and the words that follow it after whitespace, where every alternative is all literal
    assert _start_gate(r"^(?:मुख्य|ताज़ा|ताजा)\s+समाचार") == ("मुख्य समाचार", "ताज़ा समाचार", "ताजा समाचार")
    assert _start_gate(r"^लाइव\s+अपडेट") == ("लाइव अपडेट",)
    assert _start_gate(r"^(?:इस\s+\S+|नया)\s+अंक") == ("इस", "नया")
    assert _start_gate(r"^(?:खबर|लेख)+\s+पढ़ें") == ("खबर", "लेख")
    assert _start_gate(r"^यह\s+?भी") == ("यह",)
    assert _start_gate(r"^यह\s+भी?") == ("यह भ",)
    # a class of a few plain characters starts the match with one of them; a negated or ranged one does not
    assert _start_gate(r'^["“]\S[^"”]{0,40}["”]\s+में$') == ('"', "“")
    assert _start_gate(r"^[^“]\S+") is None
    assert _start_gate(r"^[a-c]\S+") is None
    assert _start_gate(r"^[“]?खबर") is None
    # a look-ahead's literals are in the line: the rarer words of it, not "एक"
    assert _gate(r"^(?=.*(?:ई-?पेपर|वीडियो|न्यूज))(?:\S+\s+){1,12}?एक\s+जगह") == ("पेपर", "वीडियो", "न्यूज")
    assert _gate(r"^(?!.*(?:सरकार|पुलिस))(?:\S+\s+){1,12}?एक\s+जगह") == ("जगह",)
    assert _start_gate(r"^(?:मुख्य)?\s+समाचार") is None
    assert _start_gate(r"^(?=.*©)(?:\S+\s+){0,6}©") is None
    assert _start_gate(r"^[\p{L}]+\s+लाइव$") is None
    # a fuzzy brace lets the group's literal differ: it needs nothing known
    assert _gate(r"(?:सब्सक्राइब){e<=1}\s+करें") == ("करें",)
    assert _start_gate(r"^(?:होम|देश){e<=1}\s+") is None


def _old_title(stage: HeaderStage, line: str) -> bool:
    s = stage.settings
    n = len(words(line))
    if line.startswith(("(", "[", "（")) and line.rstrip().endswith((")", "]", "）")):
        return False
    return 0 < n <= s.title_max_words and len(line) <= s.title_max_chars and not line.endswith(("।", "॥", ".", "۔"))


def _old_label(stage: HeaderStage, line: str) -> list[str] | None:
    s = stage.settings
    if line.endswith(("।", "॥", ".", "۔", "?", "!")) or not count_letters(line):
        return None
    parts = [p for p in stage._crumbs(line) if p]
    if len(parts) > 1:
        if len(line) <= 120 and all(len(words(p)) <= s.label_max_words for p in parts):
            return parts
        return None
    if len(words(line)) <= s.label_max_words and len(line) <= s.label_max_chars:
        return [line]
    return None


def test_header_word_limits_counted_only_up_to_the_limit_decide_as_full_counts() -> None:
    stage = HeaderStage(profile="hi")
    lines = [*_lines(), "होम » दुनिया", "होम » देश » उत्तर प्रदेश » लखनऊ के समाचार और भी", "दुनिया", "१२३", "—",
             " ".join(["शब्द"] * 30), " ".join(["शब्द"] * 31), "(Quantitative Revolution in Geography)"]
    for line in lines:
        assert stage._title(line) == _old_title(stage, line), line
        assert stage._label(line) == _old_label(stage, line), line


def test_sentence_gaps_found_forward_are_the_regex_module_gaps() -> None:
    import random

    import regex

    from shuddh.stages.clean.chrome import _SENTENCE_GAP, _last_gap

    old_first = regex.compile(r"[.?!।॥۔؟…][\"'”’)\]]*(\s+)")
    old_last = regex.compile(r"(?r)[.?!।॥۔؟…][\"'”’)\]]*(\s+)")
    alphabet = ".!?।…)\"'” \t\u00a0\u2003\x1c\x85\u3000कa"
    rng = random.Random(13)
    for _ in range(20000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        start, end = rng.randint(0, len(line)), rng.randint(0, len(line) + 2)
        for new, old in ((_last_gap(line, start), old_last.search(line, start)),
                         (_SENTENCE_GAP.search(line, 0, end), old_first.search(line, 0, end))):
            assert (new is None) == (old is None), line
            if new is not None and old is not None:
                assert (new.span(), new.span(1)) == (old.span(), old.span(1)), line
