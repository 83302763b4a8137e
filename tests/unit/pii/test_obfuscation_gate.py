"""The cheap gate in front of the e-mail obfuscation search (issue 17, brief "e2e"): ``maybe_obfuscated`` answers
what ``_OBF_QUICK.search`` answers, and a plain English page no longer runs the regex-module search."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.pii import _detect
from shuddh.pii._detect import _OBF_QUICK, maybe_obfuscated

PIECES = [" ", "\u00a0", "\u2009", "\u202f", "at", "AT", "aT", "At", "(", ")", "[", "]", "{", "}", "@", "एट",
          "gmail", "GMAIL", "yahoo", "rocketmail", "ROC\u212aETMAIL", "m\u017fn", "MSN", "sify", "nic", "N\u0130C",
          "\u0130", "gov", "me", "live", ".", "com", "in", "(dot)", "[dot]", " डॉट ", "डॉट", "x", "ß", "ﬁ",
          "raju", "राजू", "\n"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_gate_answers_what_the_search_answers(parts: list[str]) -> None:
    text = "".join(parts)
    assert maybe_obfuscated(text) == (_OBF_QUICK.search(text) is not None)


@pytest.mark.parametrize("text", [
    "raju (at) gmail (dot) com", "raju [ @ ] yahoo.com", "raju at gmail.com पर लिखें", "RAJU AT GMAIL[DOT]COM",
    "raju\u00a0at\u00a0rediffmail.com", "राजू एट जीमेल", "mail me (एट) example", "raju at ROC\u212aETMAIL.com",
    "raju at m\u017fn.com", "raju at N\u0130C.in", "We met at me.com offices",
])
def test_written_out_addresses_pass_the_gate(text: str) -> None:
    assert maybe_obfuscated(text) == (_OBF_QUICK.search(text) is not None)


def test_letters_of_the_search_fold_only_as_the_gate_assumes() -> None:
    """Under IGNORECASE the literal letters of _OBF_QUICK match their ASCII cases and only K, ſ and İ beyond:
    casefold() takes K and ſ to k and s; a text holding İ goes to the full search."""
    letters = set("at" + _detect._MAIL_PROVIDERS.replace("|", ""))
    extra = {"k": "\u212a", "s": "\u017f", "i": "\u0130"}
    for cp in range(0x80, 0x10000):
        c = chr(cp)
        for letter in letters:
            if regex.fullmatch(letter, c, regex.IGNORECASE):
                assert extra.get(letter) == c, (letter, hex(cp))
    assert "\u212a".casefold() == "k"
    assert "\u017f".casefold() == "s"


def test_plain_english_page_skips_the_regex_search(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("That is what we looked at: the meeting at 5 pm (about the budget) was held at the town hall. "
            "Contact the office for details.\n") * 20

    class _Unused:
        def search(self, s: str) -> None:
            raise AssertionError("_OBF_QUICK searched")

    monkeypatch.setattr(_detect, "_OBF_QUICK", _Unused())
    assert maybe_obfuscated(text) is False
    assert list(_detect.find_emails(text)) == []
