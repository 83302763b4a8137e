"""``_fast._glued`` returns a word at once when it neither starts nor ends with a chrome word's edge (session 28): the
same answer as the former loop for every word.

Oracle: the former definition, verbatim, run against the module's own tables. Words: every chrome word glued to every
layout part and to every other chrome word (both orders), the layout parts before chrome words, near misses (an
edge letter changed), generated letter strings, and the class and id words of the WCXB dev pages when
``../shared`` is there."""

from __future__ import annotations

import gzip
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.extract import _fast
from tests.conftest import SHARED

_GLUE_MIN = _fast._GLUE_MIN
_CHROME_WORDS = _fast._CHROME_WORDS
_GLUE_NOT = _fast._GLUE_NOT
_GLUE_AFTER = _fast._GLUE_AFTER
_GLUE_BEFORE = _fast._GLUE_BEFORE


def _former_glued(word: str) -> str:  # the former definition, verbatim
    n = len(word)
    if n <= _GLUE_MIN:
        return word
    for k in range(n - 2, _GLUE_MIN - 1, -1):  # the longest chrome word first (``sidebar`` before ``side``)
        head, rest = word[:k], word[k:]
        if head in _CHROME_WORDS and head not in _GLUE_NOT and (rest in _GLUE_AFTER or rest in _CHROME_WORDS
                                      or any(rest[:j] in _CHROME_WORDS and rest[j:] in _GLUE_AFTER
                                             for j in range(2, len(rest) - 1))):
            return head
    for k in range(2, n - _GLUE_MIN + 1):
        head, rest = word[:k], word[k:]
        if head in _GLUE_BEFORE and rest in _CHROME_WORDS:
            return rest
    return word


def _glue_words() -> list[str]:
    chrome = sorted(_CHROME_WORDS)
    parts = sorted(_GLUE_AFTER | _GLUE_BEFORE)
    out = [c + p for c in chrome for p in parts] + [p + c for c in chrome for p in parts]
    out += [a + b for a in chrome for b in chrome]
    out += [a + b + p for a in chrome[:40] for b in chrome[:40] for p in sorted(_GLUE_AFTER)[:10]]
    # near misses: the first or last letter changed
    out += [("x" + w[1:]) for w in list(out[:5000])] + [(w[:-1] + "q") for w in list(out[:5000])]
    return out


def test_glued_words_and_near_misses_are_read_as_before() -> None:
    words = _glue_words()
    assert len(words) > 10_000
    changed = [w for w in words if _fast._glued(w) != _former_glued(w)]
    assert not changed, changed[:10]
    # (the oracle is no constant: many of these words glue)
    assert sum(_former_glued(w) != w for w in words) > 1_000


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="abcdefghilmnorstuvw", min_size=0, max_size=24))
def test_generated_words_are_read_as_before(word: str) -> None:
    assert _fast._glued(word) == _former_glued(word)


_WCXB = SHARED / "data" / "wcxb-dev"
_CLASS = re.compile(rb'(?:class|id)\s*=\s*"([^"]{1,400})"')


@pytest.mark.skipif(not _WCXB.is_dir(), reason="../shared/data/wcxb-dev not present")
def test_the_class_words_of_the_wcxb_pages_are_read_as_before() -> None:
    words: set[str] = set()
    for f in sorted((_WCXB / "html").glob("*.html.gz"))[:600]:
        for m in _CLASS.finditer(gzip.decompress(f.read_bytes())):
            for token in m.group(1).decode("utf-8", "replace").split():
                words.update(_fast._WORDS(token.lower()))
    assert len(words) > 5_000
    assert all(_fast._glued(w) == _former_glued(w) for w in words)
