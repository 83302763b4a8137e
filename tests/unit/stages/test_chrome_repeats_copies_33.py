"""Issue 13, session 33: copies of one page are not its site's template.

An article served under several addresses of its site (print, AMP and tracking variants, comment pages) repeats every
line on each copy, next to the same neighbours, so ``chrome_repeats`` took its headline, sub-heads, table head and
last paragraphs from every copy before dedup saw them. A page's copy key (its lines of 20 words or more, as a set)
now tells copies apart from other pages: a line goes only when it is on ``min_docs`` pages that are not copies of the
page (counting the page itself). The site's template still goes from the copies.

Every line here is written for this test."""

from __future__ import annotations

import shuddh
from shuddh.document import Document
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.clean.repeats import ChromeRepeatsStage
from tests.unit.stages.helpers import read_records
from tests.unit.stages.test_chrome_repeats_sentences import FOOTER, MENU, SITE, STORIES, _pages, _write

SUBHEAD = "यात्रियों के लिए हेल्पलाइन"
COPIES = 5


def _story_with_subhead() -> str:
    h, p1, p2 = STORIES[0]
    return "\n".join([*MENU, h, p1, SUBHEAD, p2, *FOOTER])


def _with_copies() -> list[dict[str, str]]:
    pages = _pages()
    pages[0]["text"] = _story_with_subhead()
    copies = [{"id": f"copy{k}", "url": f"{SITE}0/amp?utm_source={k}", "text": _story_with_subhead()}
              for k in range(COPIES)]
    return pages + copies


def test_a_copied_article_keeps_its_headline_and_subhead_in_memory() -> None:
    st = ChromeRepeatsStage()
    ctx = StageContext(StageStats("t"))
    pages = _with_copies()
    docs = [Document(id=p["id"], text=p["text"], source="t", url=p["url"]) for p in pages]
    h, p1, p2 = STORIES[0]
    for p, remove in zip(pages, st.in_memory([(d, ctx) for d in docs]), strict=True):
        lines = p["text"].split("\n")
        gone = {lines[i] for i in remove}
        if p["id"] == "p0" or p["id"].startswith("copy"):
            assert not gone & {h, SUBHEAD, p1, p2}, p["id"]
        # the site's template goes from every page, the copies too
        assert set(MENU) <= gone, p["id"]
        assert {"हमारे बारे में", "संपर्क करें"} <= gone, p["id"]


def test_a_copied_article_keeps_its_headline_and_subhead_through_the_pipeline(tmp_path) -> None:
    path = _write(tmp_path / "in" / "site.jsonl", _with_copies())
    res = shuddh.clean([path], str(tmp_path / "out"), stages=["chrome_repeats"], workers=1)
    assert res.stats["accounted"]
    kept = {r["id"]: r["text"].split("\n") for r in read_records(tmp_path / "out", "kept")}
    h, p1, p2 = STORIES[0]
    for k in range(COPIES):
        assert kept[f"copy{k}"] == [h, p1, SUBHEAD, p2]
    assert kept["p0"] == [h, p1, SUBHEAD, p2]
    assert kept["p1"] == list(STORIES[1])


def test_without_copies_a_line_on_enough_pages_still_goes() -> None:
    """Six different stories, each with the same line above the footer: the line is the site's (on six pages that are
    no copies of each other, next to the same neighbour) and goes, as before."""
    st = ChromeRepeatsStage()
    ctx = StageContext(StageStats("t"))
    pages = _pages()
    docs = []
    for p in pages:
        lines = p["text"].split("\n")
        text = "\n".join([*lines[:-len(FOOTER)], SUBHEAD, *lines[-len(FOOTER):]])
        docs.append(Document(id=p["id"], text=text, source="t", url=p["url"]))
    for d, remove in zip(docs, st.in_memory([(d, ctx) for d in docs]), strict=True):
        lines = d.text.split("\n")
        assert SUBHEAD in {lines[i] for i in remove}


def test_the_copy_key_needs_a_paragraph() -> None:
    """A page without a line of 20 words has no copy key: its lines count as before (a menu page's copies are
    template to each other)."""
    st = ChromeRepeatsStage()
    ctx = StageContext(StageStats("t"))
    text = "\n".join([*MENU, "ताज़ा खबरें", "गोरखपुर में कोहरा", "बस्ती में धान खरीद", *FOOTER[:1], FOOTER[-1]])
    docs = [Document(id=f"m{i}", text=text, source="t", url=f"{SITE}list?page={i}") for i in range(6)]
    assert st.scan(docs[0], ctx).copy is None
    for remove in st.in_memory([(d, ctx) for d in docs]):
        assert "गोरखपुर में कोहरा" in {text.split("\n")[i] for i in remove}
