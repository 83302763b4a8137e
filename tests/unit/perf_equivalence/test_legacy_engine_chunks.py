"""The legacy-font engine's structural passes copy the text between two triggers (or markers) whole instead of
one character (piece) at a time (session 15, cost round): the short-i move, the ि्-swap, the reph and the
reordering of the tokenising fonts' markers. Each oracle below is the loop as it was before (shuddh 9397f04),
kept verbatim; the fast pass must give the same string on hypothesis-generated text over the characters the
passes look at, on pieces cut from real KrutiDev/Shusha/English/Hindi lines, and through every font's
``convert``.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.text.legacy._engine import (
    _MARKERS,
    _MATRAS,
    FONT_FILES,
    HALANT,
    NUKTA,
    NUKTA_BEFORE,
    PRE_I,
    REPH,
    _is_half,
    _is_sign,
    _reorder,
    _repair_matra_halant,
    _reph,
    _short_i,
    _tokenise,
    load_font,
)

# ---------------------------------------------------------------------------------------------------
# oracles (before the rewrite)


def _old_short_i(text: str, trigger: str, matra: str) -> str:
    step = len(trigger)
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith(trigger, i) and i + step < n:
            j = i + step + 1
            while j < n and text[j] == NUKTA:
                j += 1
            out.append(text[i + step:j])
            out.append(matra)
            i = j
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def _old_repair_matra_halant(text: str) -> str:
    if "\u093f\u094d" not in text:
        return text
    out = list(text)
    i = 0
    while i < len(out) - 2:
        if out[i] == "\u093f" and out[i + 1] == HALANT:
            out[i:i + 3] = [HALANT, out[i + 2], "\u093f"]
            i += 3
            continue
        i += 1
    return "".join(out)


def _old_reph(text: str, trigger: str) -> str:
    out: list[str] = []
    for ch in text:
        if ch != trigger:
            out.append(ch)
            continue
        j = len(out)
        while j > 0 and out[j - 1] in _MATRAS:
            j -= 1
        if j == 0:
            continue
        k = j - 1
        while k - 1 >= 1 and out[k - 1] == HALANT:
            k -= 2
        if k < 0:
            continue
        out[k:k] = ["\u0930", HALANT]
    return "".join(out)


def _old_reorder(pieces: list[str]) -> str:
    if set(_MARKERS).isdisjoint(pieces):
        return "".join(pieces)
    out: list[str] = []
    i, n = 0, len(pieces)
    while i < n:
        piece = pieces[i]
        if piece == NUKTA_BEFORE:
            if i + 1 < n:
                out.append(pieces[i + 1] + NUKTA)
                i += 2
            else:
                out.append(NUKTA)
                i += 1
        elif piece == PRE_I:
            j = i + 1
            while j < n and _is_half(pieces[j]):
                out.append(pieces[j])
                j += 1
            if j < n and pieces[j] not in _MARKERS:
                out.append(pieces[j])
                j += 1
            while j < n and pieces[j] in (HALANT + "\u0930", NUKTA):
                out.append(pieces[j])
                j += 1
            out.append("\u093f")
            i = j
        elif piece == REPH:
            k = len(out)
            while k > 0 and _is_sign(out[k - 1]):
                k -= 1
            if k > 0 and not out[k - 1].isspace():
                k -= 1
                while k > 0 and _is_half(out[k - 1]):
                    k -= 1
                out.insert(k, "\u0930" + HALANT)
            i += 1
        else:
            out.append(piece)
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------------------------------
# inputs

LINES = [
    "Hkkjr ,d fo'kky ns'k gS vkSj bldh jkt/kkuh ubZ fnYyh gSA",
    "fd esa Çfr¯ f=k dk;Z Zfa ÆoZ ±",
    "maoM kI hO ko p`qa AaOr jaba vah",
    "Women’s health in focus – The Personal “Language Teacher” fff fa faf",
    "import React, { useState } from 'react'; interface Todo { id: number; text: string; }",
    "भारत एक विशाल देश है। कि्त ि्",
    "f", "fa", "Z", "ZZ", "fZ", "Zf", "", " ", "ि्", "कि्", "कि्ष", "ि्ि्क",
]
# every character the passes look at, plus letters, signs and spaces around them
ALPHABET = [*"fazZçü \tkK;'", NUKTA, HALANT, "\u093f", "\u0930", "क", "ष", "ा", "े", "ं", "अ", "\u200d",
            REPH, PRE_I, NUKTA_BEFORE, *sorted(_MATRAS)]
TRIGGERS = [("f", "\u093f"), ("fa", "\u093f\u0902"), ("ç", "\u093f"), ("", "\u093f")]
# the pieces _tokenise makes, and pieces of every kind _reorder tells apart
PIECES = ["क", "क्", "र्", HALANT + "\u0930", NUKTA, "ा", "\u093f", "ं", " ", "a", "\u093e\u0902", "ष्",
          REPH, PRE_I, NUKTA_BEFORE, "ी", "अ"]


def test_passes_on_real_lines() -> None:
    for line in LINES:
        for trigger, matra in TRIGGERS:
            assert _short_i(line, trigger, matra) == _old_short_i(line, trigger, matra)
        for trigger in ("Z", "ü", "f"):
            assert _reph(line, trigger) == _old_reph(line, trigger)
        assert _repair_matra_halant(line) == _old_repair_matra_halant(line)


def test_reorder_on_real_lines_of_every_tokenising_font() -> None:
    for font in FONT_FILES:
        for step in load_font(font).steps:
            if step.tokens is None:
                continue
            for line in LINES:
                pieces = _tokenise(line, step.tokens)
                assert _reorder(pieces) == _old_reorder(pieces)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=30), st.sampled_from(TRIGGERS))
def test_short_i_matches_the_loop(chars: list[str], trigger_matra: tuple[str, str]) -> None:
    text = "".join(chars)
    trigger, matra = trigger_matra
    assert _short_i(text, trigger, matra) == _old_short_i(text, trigger, matra)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=30), st.sampled_from(["Z", "ü", "f", HALANT, "Zf", ""]))
def test_reph_matches_the_loop(chars: list[str], trigger: str) -> None:
    text = "".join(chars)
    assert _reph(text, trigger) == _old_reph(text, trigger)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=30))
def test_repair_matra_halant_matches_the_loop(chars: list[str]) -> None:
    text = "".join(chars)
    assert _repair_matra_halant(text) == _old_repair_matra_halant(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_reorder_matches_the_loop(pieces: list[str]) -> None:
    assert _reorder(pieces) == _old_reorder(pieces)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET + list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
                                + list("ÂÃÆ±£Ê¯Çð'=/`~{}-()^*_”")), max_size=40),
       st.sampled_from(list(FONT_FILES)))
def test_convert_matches_the_loops(chars: list[str], font: str) -> None:
    # the whole program with the former passes swapped back in gives the same decoding
    text = "".join(chars)
    assert load_font(font).convert(text) == _old_convert(font, text)


def _old_convert(font: str, text: str) -> str:
    s = text
    for step in load_font(font).steps:
        op = step.op
        if op == "replace":
            for old, new in step.pairs:
                if old in s:
                    s = s.replace(old, new)
        elif op == "regex":
            for pat, rep in step.patterns:
                s = pat.sub(rep, s)
        elif op == "tokens":
            assert step.tokens is not None
            s = _old_reorder(_tokenise(s, step.tokens))
        elif op == "short_i":
            if step.trigger in s:
                s = _old_short_i(s, step.trigger, step.matra)
        elif op == "repair_matra_halant":
            s = _old_repair_matra_halant(s)
        elif op == "reph" and step.trigger in s:
            s = _old_reph(s, step.trigger)
    for m in _MARKERS:
        s = s.replace(m, "")
    return unicodedata.normalize("NFC", s)
