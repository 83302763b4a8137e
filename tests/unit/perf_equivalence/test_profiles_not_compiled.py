"""Reading the other profiles' settings does not compile their chrome rules (issue 17, brief "speed2", session 11).

``normalize``'s danda step (the clause-closing verbs of every Devanagari profile) and the langid stage's
thresholds (every profile's ``[langid]``) loaded all 14 shipped profiles with ``load_profile``: ~80 ms of CPU
per process compiling chrome patterns no stage of a web-common or a Hindi run uses. They now read
``profile_settings`` / ``langid_threshold``; the values must be those of the loaded profiles."""

from __future__ import annotations

import pytest
import regex

from shuddh.lang.profile import available_profiles, load_profile
from shuddh.langid import LABELS
from shuddh.stages.langid import label_thresholds
from shuddh.text import normalize as nz


def _former_markers() -> frozenset[str]:
    out: set[str] = set()
    for code in available_profiles():
        prof = load_profile(code)
        if "Deva" in prof.scripts:
            out.update(str(m) for m in prof.threshold("runon_markers", ()))
    return frozenset(out)


def _former_thresholds() -> dict[str, float]:
    from shuddh.langid import DEFAULT_MIN_CONFIDENCE
    from shuddh.langid._model import DOC_MIN_CONFIDENCE

    have = set(available_profiles())
    out = {}
    for label in LABELS:
        t = load_profile(label).langid_min_confidence if label in have else None
        out[label] = DOC_MIN_CONFIDENCE.get(label, DEFAULT_MIN_CONFIDENCE) if t is None else t
    return out


def test_devanagari_markers_are_the_former_ones() -> None:
    nz._devanagari_markers.cache_clear()
    try:
        got = nz._devanagari_markers()
    finally:
        nz._devanagari_markers.cache_clear()
    assert got == _former_markers()
    assert "है" in got


def test_label_thresholds_are_the_former_ones() -> None:
    assert label_thresholds(LABELS, None) == _former_thresholds()


def test_neither_compiles_a_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_compile(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pattern was compiled")

    nz._devanagari_markers.cache_clear()
    monkeypatch.setattr(regex, "compile", no_compile)
    try:
        nz._devanagari_markers()
        label_thresholds(LABELS, None)
    finally:
        monkeypatch.undo()
        nz._devanagari_markers.cache_clear()


def test_a_danda_menu_line_is_still_told_from_a_sentence() -> None:
    # (the markers decide: a line of short items is a menu, a clause with "है" is text)
    assert nz.normalize("होम | देश | विदेश | खेल") == "होम | देश | विदेश | खेल"
    assert nz.normalize("यह एक वाक्य है | दूसरा वाक्य है |") == "यह एक वाक्य है । दूसरा वाक्य है ।"
