"""``volumes._measure`` counts a long text's words over a numpy array (issue 17, brief "speed2", session 11).

The former definition was ``len(text.split())`` and ``len(text.encode("utf-8", "surrogatepass"))`` on every
document (read and kept/dropped: twice per page). :func:`shuddh.volumes._count_words` counts, for a text of
:data:`~shuddh.volumes._ARRAY_CHARS` characters or more, the non-space code points that start the text or
follow a space one; checked here against ``str.split`` on every whitespace character Python knows, lone
surrogates, astral characters, both edges, and on real Hindi and English prose.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh import volumes
from shuddh.volumes import _ARRAY_CHARS, _LAST_SPACE, _count_words, _measure

SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
PIECES = [*SPACES, "समाचार", "ि", "a", "The", "naïve", "\ud800", "\udfff", "😀", "\x00", "\u200b", "\u200c",
          "\ufeff", "।", "12", "१२", "\u3001", "\u180e", "\x1b"]


def _former(text: str) -> dict[str, int]:
    return {"docs": 1, "words": len(text.split()), "chars": len(text),
            "bytes": len(text.encode("utf-8", "surrogatepass"))}


def test_no_whitespace_past_the_table() -> None:
    assert max(map(ord, SPACES)) == _LAST_SPACE
    table = volumes._space_table()
    assert [chr(c) for c in table.nonzero()[0]] == SPACES


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=0, max_size=60).map("".join),
       st.integers(min_value=0, max_value=3), st.booleans())
def test_measure_is_the_former_definition(text: str, pad: int, ascii_only: bool) -> None:
    if ascii_only:
        text = text.encode("ascii", "ignore").decode("ascii")
    # long enough for the array path (and, with pad 0, often the short path)
    text = text * (pad * _ARRAY_CHARS // max(1, len(text)) + 1) if pad else text
    assert _measure(text) == _former(text)


@pytest.mark.parametrize("edge", ["", " ", "\n", "\u3000", "\x1c", "\u0085", "\u00a0 ", "x", "शब्द"])
def test_edges_of_a_long_text(edge: str) -> None:
    body = ("भारत की राजधानी नई दिल्ली है।\nThe capital of India is New Delhi.\u2003 " * 40)
    assert len(body) >= _ARRAY_CHARS
    for text in (edge + body + edge, edge + body, body + edge, edge * _ARRAY_CHARS):
        assert _count_words(text) == len(text.split())
        assert _measure(text) == _former(text)


def test_a_long_text_takes_the_array_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not only the short path is tested: with ``str.split`` unusable the long text is still counted."""
    text = "सूचना का अधिकार अधिनियम 2005 में लागू हुआ। " * 60
    expected = len(text.split())

    class _NoSplit(str):
        def split(self, *args: object, **kwargs: object) -> list[str]:
            raise AssertionError("split called")

    assert _count_words(_NoSplit(text)) == expected
    with pytest.raises(AssertionError):
        _count_words(_NoSplit("छोटा पाठ"))
