"""The fast extractor's stdlib ``re`` patterns find exactly what its former ``regex`` patterns found.

``_fast._DOC_END_UTF8`` drops the end tags ``</body>``/``</html>`` from valid UTF-8 bytes as ``_DOC_END`` drops them
from the decoded text (the page is no longer decoded and encoded again before parsing).
``_fast._WORDS`` (the a-z runs of a class/id token) replaced splitting at ``[^a-z]+`` with ``regex``, and
``_fast._SENT_END`` (a sentence end in a block) moved from ``regex`` to ``re``. The two libraries read ``\\s``
differently (``re`` also takes the separators U+001C-U+001F), which cannot matter for a block's text: the
walk joins its words with single spaces. These tests hold the new patterns to the old ones on real class
names and on Hindi, Bengali, Urdu and English block texts, and on generated text with every kind of space.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.extract._fast import _DOC_END, _DOC_END_UTF8, _SENT_END, _WORDS

OLD_WORD_SPLIT = regex.compile(r"[^a-z]+")
OLD_SENT_END = regex.compile(r"[.!?।॥۔؟](?:[\s\"'”’)\]]|$)")


def _old_words(token: str) -> list[str]:
    return [w for w in OLD_WORD_SPLIT.split(token) if w]


TOKENS = ["entry-content", "td-post-content", "ast-no-sidebar", "cookie-consent-banner", "sidebar_first",
          "wp-block-group__inner-container", "css-1x2y3z", "col-md-8", "--", "123", "", "nav2menu",
          "footer-widgets", "x", "mw-parser-output", "समाचार-सूची", "é-related", "post_body-text"]

BLOCKS = [
    "भारत की राजधानी नई दिल्ली है। यह एक बड़ा शहर है।",
    "मुख्य समाचार",
    "कहा गया कि \"सब ठीक है।\" फिर",
    "প্রধানমন্ত্রী আজ বলেছেন। আরও পড়ুন",
    "یہ ایک جملہ ہے۔ دوسرا؟",
    "Read more...",
    "Price: 4.99 USD",
    "Is it? (yes.) ok",
    "e.g.example",
    "end.",
    "॥ श्री ॥",
]


def test_words_are_the_old_split_on_real_class_names() -> None:
    for token in TOKENS:
        assert _WORDS(token) == _old_words(token), token


def test_sentence_end_is_the_old_one_on_real_blocks() -> None:
    for text in BLOCKS:
        assert bool(_SENT_END.search(text)) == bool(OLD_SENT_END.search(text)), text
    # and the verdicts differ between the texts (the test would catch a pattern that always says one thing)
    assert {bool(_SENT_END.search(t)) for t in BLOCKS} == {True, False}


_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2003\u2028\u2029\u202f\u205f\u3000"
_CHARS = st.sampled_from(list("ab.!?।॥۔؟\"'”’)]z-_1क" + _SPACES))


@settings(max_examples=400, deadline=None)
@given(st.text(_CHARS, max_size=40))
def test_words_equal_old_split_on_generated_tokens(token: str) -> None:
    assert _WORDS(token) == _old_words(token)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(_CHARS, max_size=12), min_size=1, max_size=5))
def test_sentence_end_equal_old_on_generated_block_texts(parts: list[str]) -> None:
    text = " ".join("".join(parts).split())  # a block's text, as the walk's flush makes it
    assert bool(_SENT_END.search(text)) == bool(OLD_SENT_END.search(text))


# ---- the end tags dropped before parsing, in UTF-8 bytes (valid UTF-8 is parsed as it came) -------------------

#: pieces of end tags and what may stand in them (every space kind, look-alikes: U+200B is no space, U+0130)
_TAG_PIECES = st.sampled_from(["</", "<", "/", ">", "body", "BoDy", "html", "HTML", "htm", "x", "क", "ি", "।", "\u0130",
                               "\u200b", "\u00b7", "\u2000", "\u200a", "\u2007", *_SPACES])


def test_end_tags_in_bytes_are_those_of_the_text_on_a_hindi_page() -> None:
    page = ("<html><body><p>भारत की राजधानी नई दिल्ली है।</p></body\u00a0></HTML\u3000\n>"
            "<p>यह पंक्ति बाद में आई।</p></body\x1c><p>अंत</p></Body ></html>")
    old = _DOC_END.sub("", page).encode("utf-8")
    assert _DOC_END_UTF8.sub(b"", page.encode("utf-8")) == old
    assert old.count(b"</body") == 1  # the one with U+001C, which neither engine reads as a space, stays


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.lists(_TAG_PIECES, max_size=4), st.sampled_from(["body", "BODY", "Html", "htm", "bodyx"]),
                          st.lists(st.sampled_from([*_SPACES, "\u200b", "\u2000", "x"]), max_size=3),
                          st.sampled_from([">", "", "x>"])), max_size=4))
def test_end_tags_in_bytes_equal_old_on_generated_text(tags: list[tuple[list[str], str, list[str], str]]) -> None:
    # text around end tags, some of them broken (another name, a non-space inside, no ">")
    text = "".join("".join(before) + "</" + name + "".join(spaces) + end for before, name, spaces, end in tags)
    assert _DOC_END_UTF8.sub(b"", text.encode("utf-8")) == _DOC_END.sub("", text).encode("utf-8")
