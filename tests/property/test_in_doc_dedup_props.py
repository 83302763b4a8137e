"""dedup_in_doc on generated pages of Hindi lines (Hypothesis): what it keeps is the page with later
copies of paragraph lines taken out — nothing reordered, every first occurrence and every short line
kept, and a second pass changes nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.document import Document, Dropped
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.dedup.in_doc import InDocumentDedup, paragraph_key
from shuddh.text.segment import words

# a small pool of real-looking lines, long and short, so that generated pages repeat some of them
LINES = [
    "नगर निगम ने शहर की सभी सड़कों की मरम्मत का काम शुरू किया।",
    "बारिश के कारण चौथे दिन केवल चार ओवर का खेल हो सका।",
    "इंडिया रेड ने टॉस जीता और बल्लेबाज़ी करने का फ़ैसला किया।",
    "Virat Kohli ने शानदार शतक लगाया और टीम को जीत दिलाई।",
    "राशि स्वामी",
    "मंगल",
    "अंक - भारत ए: 2",
    "",
    "  स्थानीय   व्यापारियों ने इस फ़ैसले का स्वागत किया है। ",
]
pages = st.lists(st.sampled_from(LINES), min_size=1, max_size=30)


def dedup(text: str) -> Document | Dropped:
    stage = InDocumentDedup(min_doc_words=0)
    return next(iter(stage.run([Document(id="p", text=text, source="t")], StageContext(StageStats("t")))))


@settings(max_examples=200, deadline=None)
@given(page=pages)
def test_keeps_first_copies_in_order_and_is_idempotent(page: list[str]) -> None:
    text = "\n".join(page)
    out = dedup(text)
    assert isinstance(out, Document)  # min_doc_words=0: never dropped
    kept = [ln for ln in out.text.split("\n") if ln.strip()]
    # a subsequence of the input's non-blank lines
    it = iter(ln for ln in page if ln.strip())
    assert all(any(k == ln for ln in it) for k in kept)
    # every paragraph line's first occurrence stays, later copies go; short lines all stay
    seen: set[str] = set()
    expected = []
    for ln in page:
        if not ln.strip():
            continue
        key = paragraph_key(ln)
        if len(words(ln)) >= 5:
            if key in seen:
                continue
            seen.add(key)
        expected.append(ln)
    assert kept == expected
    if len(kept) == len([ln for ln in page if ln.strip()]):
        assert out.text == text  # nothing to remove: the page is untouched, blank lines and all
    else:  # removed lines leave no blank-line runs or trailing blank lines behind
        assert "\n\n\n" not in out.text
        assert not out.text.endswith("\n")
    # a second pass changes nothing
    again = dedup(out.text)
    assert isinstance(again, Document)
    assert again.text == out.text
