"""Issue 13, session 33: a page's own text ends at its last paragraph (a line of 20 words or more), not at the last
sentence of a recommendation box below it. A site's "about" blurb between the article and a box of teasers, each with
a one-sentence deck, stayed on every page of a blind-written family (f59): the decks were sentences of the page's
own, so the blurb stood above the page's own text.

Every line here is written for this test."""

from __future__ import annotations

from shuddh.document import Document
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.clean.repeats import ChromeRepeatsStage
from tests.unit.stages.test_chrome_repeats_sentences import BLURB, FOOTER, MENU, SITE, STORIES

#: per page, a recommended story and its deck (a sentence of fewer than 20 words)
TEASERS = [(f"सुझाई गई रिपोर्ट {i + 1}: {h}", f"{h} पर हमारी पिछली रिपोर्ट में {i + 2} गांवों की पड़ताल।")
           for i, (h, _, _) in enumerate(reversed(STORIES))]


def _docs(blurb_after_story: bool = True) -> list[Document]:
    out = []
    for i, (h, p1, p2) in enumerate(STORIES):
        t, deck = TEASERS[i]
        story = [h, p1, BLURB, p2] if not blurb_after_story else [h, p1, p2, BLURB]
        text = "\n".join([*MENU, *story, "सुझाई गई पोस्ट", t, deck, *FOOTER[-1:]])
        out.append(Document(id=f"p{i}", text=text, source="t", url=f"{SITE}{i}"))
    return out


def test_a_blurb_between_the_article_and_teaser_decks_goes() -> None:
    st = ChromeRepeatsStage()
    ctx = StageContext(StageStats("t"))
    docs = _docs()
    for d, remove in zip(docs, st.in_memory([(d, ctx) for d in docs]), strict=True):
        lines = d.text.split("\n")
        gone = {lines[i] for i in remove}
        assert BLURB in gone, d.id
        h, p1, p2 = STORIES[int(d.id[1:])]
        assert not gone & {h, p1, p2}, d.id


def test_a_repeated_sentence_between_two_paragraphs_stays() -> None:
    """The same sentence above the article's last paragraph: above the page's own text, it stays."""
    st = ChromeRepeatsStage()
    ctx = StageContext(StageStats("t"))
    docs = _docs(blurb_after_story=False)
    for d, remove in zip(docs, st.in_memory([(d, ctx) for d in docs]), strict=True):
        lines = d.text.split("\n")
        assert BLURB not in {lines[i] for i in remove}, d.id
