"""The sentence gates of the line-edge cuts (``chrome._part_gates``): with them, ``chrome_reasons(...,
parts=True)`` looks up only the sentences that may match a rule of ``PART_REASONS`` and must decide every
sentence as the lookup without them does — on every shipped profile, with the rules' own phrases and
literals written in other cases, with other whitespace inside and edge characters around them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.lang.profile import LanguageProfile, available_profiles, fold_spelling, load_profile
from shuddh.stages.clean import chrome
from shuddh.stages.clean.chrome import chrome_reasons


def _plain(lines: list[str], prof: LanguageProfile, monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """chrome_reasons(parts=True) with no gate: every sentence looked up."""
    with monkeypatch.context() as m:
        m.setattr(chrome, "_part_gates", lambda profile: None)
        return chrome_reasons(lines, prof, parts=True)


def _phrases(prof: LanguageProfile) -> list[str]:
    index = chrome._rule_index(prof, parts=True)
    return sorted({*index.exact, *(p for ps in index.prefix_by_char.values() for _, p in ps),
                   *(x for xs in index.starts.values() for x in xs), *index.needed_by, *(p for _, p in index.contains)})


def _variants(p: str) -> Iterator[str]:
    yield from (p, p.upper(), p.title(), f"» {p} :", f"“{p}”", f"({p})", f"{p}.", f"- {p} -", p.replace(" ", "  "),
                p.replace(" ", "\xa0"), p.replace(" ", "\t"), p.replace(" ", "\u3000"), p.replace(" ", "\x1c"),
                f"उन्होंने कहा कि {p} और फिर", f"{p} के बाद पुलिस पहुंची", f"😀 {p}", f"{p}x", f"x{p}")


@pytest.mark.parametrize("code", available_profiles())
def test_gated_lookup_equals_the_full_lookup_on_the_rules_own_phrases(code: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    prof = load_profile(code)
    lines = [v for p in _phrases(prof) for v in _variants(p)]
    assert chrome_reasons(lines, prof, parts=True) == _plain(lines, prof, monkeypatch)


_PROSE_WORDS = ["पुलिस", "ने", "बताया", "कि", "आरोपी", "को", "गिरफ्तार", "कर", "लिया", "है", "The", "minister", "said",
                "२०२४", "😀", "𝐀𝐁", "(", ")", ":", "|", "»", "।", ".", "?", "©"]
_SEPS = [" ", " ", "  ", "\t", "\xa0", "\u3000", "\x1c", "\n", ""]


@st.composite
def sentences(draw: st.DrawFn) -> list[str]:
    hi = _phrases(load_profile("hi")) + _phrases(load_profile("web-common"))
    vocab = _PROSE_WORDS + [w for p in hi for w in p.split(" ")][:400] + hi[:200]
    out = []
    for _ in range(draw(st.integers(1, 6))):
        ws = draw(st.lists(st.sampled_from(vocab), max_size=8))
        seps = draw(st.lists(st.sampled_from(_SEPS), min_size=len(ws), max_size=len(ws)))
        text = "".join(w + s for w, s in zip(ws, seps, strict=True))
        out.append(draw(st.sampled_from([text, text.upper(), text.title()])))
    return out


@settings(max_examples=300, deadline=None)
@given(sentences())
def test_gated_lookup_equals_the_full_lookup_on_generated_sentences(lines: list[str]) -> None:
    with pytest.MonkeyPatch.context() as mp:
        for code in ("hi", "ur", "web-common"):
            prof = load_profile(code)
            assert chrome_reasons(lines, prof, parts=True) == _plain(lines, prof, mp)


def test_gates_pass_chrome_sentences_and_stop_ordinary_ones() -> None:
    hi = load_profile("hi")
    gates = chrome._part_gates(hi)
    assert gates is not None
    start, inside = gates
    assert start is not None
    assert inside is not None

    def passes(sentence: str) -> bool:
        s = fold_spelling(sentence).casefold()  # (the lexicon reads lines spelling folded, its rules alike)
        return start.match(s) is not None or inside.search(s) is not None

    # the last sentences of article paragraphs: no rule can match them, none is looked up
    for s in ["उन्होंने कहा कि अगले हफ्ते से स्कूल खुलेंगे।", "मौसम विभाग ने बारिश का अनुमान जताया है।",
              "The court will hear the case again on Monday."]:
        assert not passes(s), s
    # chrome sentences at a line's edge pass (and are then looked up in full)
    for s in ["यह भी पढ़ें: नए पुल का उद्घाटन", "(डिस्क्लेमर: यह खबर सिंडिकेट फीड से ली गई है)", "फोटो: सोशल मीडिया",
              "हमें  फेसबुक पर फॉलो करें"]:
        assert passes(s), s
        assert chrome_reasons([s], hi, parts=True)[0] is not None, s
