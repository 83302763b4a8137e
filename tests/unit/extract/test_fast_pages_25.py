"""The ``fast`` engine on markup that blind-written news pages (``benchmarks/bench_pages.py``, session 25) showed it
mishandled: a headline in a header box beside the story's content element, and chrome boxes whose class glues a
chrome word to a layout part (``authorbiobox``, ``relatedstories``). Pages written for these tests."""

from __future__ import annotations

import pytest

from shuddh.extract import extract_html
from shuddh.extract._fast import _glued

HEADLINE = "बस्ती में जिला पंचायत अध्यक्ष के खिलाफ अविश्वास प्रस्ताव पर मतदान आज"
PARAS = [
    "जिला पंचायत सदस्यों ने अध्यक्ष के खिलाफ अविश्वास प्रस्ताव पर मतदान के लिए विशेष बैठक बुलाने की मांग की थी, "
    "जिसे जिलाधिकारी ने मंजूर कर लिया है। बैठक कलेक्ट्रेट सभागार में सुबह ग्यारह बजे शुरू होगी।",
    "प्रस्ताव लाने वाले सदस्यों का आरोप है कि विकास कार्यों के बंटवारे में पक्षपात किया गया और कई वार्डों में "
    "पिछले दो साल से एक भी सड़क नहीं बनी। अध्यक्ष ने सभी आरोपों को निराधार बताया है।",
    "प्रशासन ने मतदान के दौरान सुरक्षा के कड़े इंतजाम किए हैं। सभागार के आसपास धारा 144 लागू रहेगी और "
    "किसी भी बाहरी व्यक्ति को परिसर में आने की अनुमति नहीं होगी।",
]
RELATED_HEAD = "संबंधित खबरें"
RELATED = ["गोंडा में तेज रफ्तार ट्रक ने बाइक सवार को रौंदा, मौके पर मौत",
           "अयोध्या में दीपोत्सव की तैयारियां तेज, बनेगा नया रिकॉर्ड",
           "बस्ती: धान खरीद केंद्रों पर किसानों की लंबी कतारें"]
BIO = ("जिले की राजनीति और पंचायत चुनावों पर पंद्रह साल से लिख रहे हैं। ग्रामीण विकास और स्थानीय प्रशासन उनकी "
       "रिपोर्टिंग के मुख्य विषय हैं।")


def _jannah_like(h1: str = HEADLINE, og: str | None = HEADLINE, bio_class: str = "authorbiobox",
                 inner: str = "authorbio") -> str:
    """A WordPress theme's post: breadcrumbs, category, headline and byline in a header box, the story in
    ``entry-content`` beside it, an author box after it."""
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    related = "".join(f'<li><a href="/r/{i}">{t}</a></li>' for i, t in enumerate(RELATED))
    og_tag = f'<meta property="og:title" content="{og}">' if og else ""
    return f"""<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8">
<title>{HEADLINE} - सरयू संदेश</title>{og_tag}</head><body>
<div id="tie-wrapper"><div class="container">
<article id="the-post" class="container-wrapper post-content">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="/">होम</a> / <a href="/basti">बस्ती</a></nav>
<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat" href="/basti">बस्ती</a></span>
<h1 class="post-title entry-title">{h1}</h1>
<div class="single-post-meta post-meta clearfix">
<span class="meta-author"><a href="/author/r">रमेश चंद्र</a></span>
<span class="date meta-item">दिसम्बर 2, 2025</span>
<span class="meta-item last-updated">Last Updated: दिसम्बर 2, 2025</span>
<span class="meta-views meta-item">4,210</span>
<span class="meta-reading-time meta-item">2 minutes read</span></div></div>
</header>
<div class="featured-area"><figure><img src="/a.jpg" alt="">
<figcaption>कलेक्ट्रेट सभागार (फाइल फोटो)</figcaption></figure></div>
<div id="share-buttons-top" class="share-buttons share-buttons-top"><div class="share-links">
<a href="https://www.facebook.com/sharer.php?u=x" class="facebook-share-btn">फेसबुक</a>
<a href="https://x.com/intent/post?u=x" class="twitter-share-btn">एक्स</a>
<a href="https://wa.me/?text=x" class="whatsapp-share-btn">व्हाट्सएप</a></div></div>
<div class="entry-content entry clearfix">{paras}</div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title">टैग</div>
<span class="tagcloud"><a href="/tag/basti">बस्ती</a> <a href="/tag/panchayat">जिला पंचायत</a>
<a href="/tag/no-confidence">अविश्वास प्रस्ताव</a></span></div>
<div class="{bio_class}"><div class="{inner}"><h4>रमेश चंद्र</h4><p>{BIO}</p></div></div>
<div class="post-components">
<div id="related-posts" class="container-wrapper"><h3>{RELATED_HEAD}</h3><ul>{related}</ul></div>
<div id="comments" class="comments-area"><h3>एक टिप्पणी छोड़ें</h3><p>आपका ईमेल पता प्रकाशित नहीं किया जाएगा।</p></div></div>
</article></div></div></body></html>"""


def test_a_headline_beside_the_story_element_is_put_first():
    text = extract_html(_jannah_like(), engine="fast").text
    lines = text.split("\n")
    assert lines[0] == HEADLINE
    assert all(p in lines for p in PARAS)
    assert lines.count(HEADLINE) == 1


def test_a_headline_already_in_a_block_of_the_text_is_not_added_again():
    page = _jannah_like().replace('<div class="entry-content entry clearfix">',
                                  f'<div class="entry-content entry clearfix"><p>{HEADLINE}: पूरी खबर</p>')
    text = extract_html(page, engine="fast").text
    assert text.count(HEADLINE) == 1


def test_a_headline_the_page_does_not_declare_is_not_added():
    # an <h1> that neither og:title equals nor <title> holds (a site's name in a logo box): not put above the text
    text = extract_html(_jannah_like(h1="सरयू संदेश: पूर्वांचल की हर खबर आपके पास", og=None), engine="fast").text
    assert "सरयू संदेश: पूर्वांचल की हर खबर आपके पास" not in text.split("\n")
    # a short one neither (a category page's "बस्ती समाचार")
    short = extract_html(_jannah_like(h1="बस्ती", og="बस्ती"), engine="fast").text
    assert short.split("\n")[0] != "बस्ती"


def test_an_author_box_whose_class_glues_words_is_left_out():
    text = extract_html(_jannah_like(), engine="fast").text
    assert BIO not in text
    # the same box under a class that names nothing stays (the walk has no other evidence)
    assert BIO in extract_html(_jannah_like(bio_class="xbox", inner="xinner"), engine="fast").text


@pytest.mark.parametrize(("word", "read"), [
    ("authorbiobox", "author"), ("authorbio", "author"), ("relatedstories", "related"), ("sharebar", "share"),
    ("commentbox", "comment"), ("newsletterbox", "newsletter"), ("cookiebox", "cookie"), ("loginbtn", "login"),
    ("relatedgrid", "related"), ("mainfooter", "footer"), ("menuitem", "menu"),
    # no glue: ordinary words, a chrome word too short to be glued, a data part
    ("metadata", "metadata"), ("navigator", "navigator"), ("biography", "biography"), ("adsense", "adsense"),
    ("popularity", "popularity"), ("advertiser", "advertiser"), ("container", "container"),
])
def test_glued_class_words(word: str, read: str) -> None:
    assert _glued(word) == read


MANDI = [("मंडी", "न्यूनतम", "अधिकतम", "औसत"), ("लासलगांव", "800", "1,711", "1,350"),
         ("पिंपलगांव", "900", "1,801", "1,450"), ("येवला", "700", "1,600", "1,300")]


def _mandi_page() -> str:
    head, *rows = MANDI
    table = ("<table class='rates'><thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead><tbody>"
             + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"{paras}<h2>प्रमुख मंडियों में प्याज के भाव (रुपये प्रति क्विंटल)</h2>{table}</article></body></html>")


def test_a_data_tables_row_is_one_line_and_the_line_stages_keep_it():
    from shuddh.document import Document
    from shuddh.stages.base import StageContext, StageStats
    from shuddh.stages.clean.chrome import ChromeLineStage
    from shuddh.stages.normalize import NormalizeStage

    ex = extract_html(_mandi_page(), engine="fast")
    lines = ex.text.split("\n")
    rows = [" ".join(r) for r in MANDI]
    assert all(r in lines for r in rows)
    # one cell per line read as a run of one-word lines, a menu: each row a line of four words is none
    ctx = StageContext(StageStats("t"))
    doc = NormalizeStage().map(Document(id="1", text=ex.text, source="t", metadata={"title": ex.title}), ctx)
    doc = ChromeLineStage(profile="hi").map(doc, ctx)
    assert isinstance(doc, Document)
    assert all(r in doc.text.split("\n") for r in rows)


def test_a_layout_tables_cell_keeps_its_paragraphs_apart():
    # an old portal's story in one cell of a layout table: its paragraphs stay lines of their own
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body><table><tr>"
            f"<td class='left-col'><h1>{HEADLINE}</h1>{paras}</td><td class='right-col'>विज्ञापन</td></tr></table>"
            "</body></html>")
    lines = extract_html(page, engine="fast").text.split("\n")
    assert all(p in lines for p in PARAS)


def _story_with_linked_heads(n_heads: int, n_paras: int) -> str:
    heads = [f"बस्ती की {i + 1}वीं खबर: धान खरीद केंद्रों पर किसानों की लंबी कतारें, भुगतान में देरी से नाराजगी"
             for i in range(n_heads)]
    body = []
    for k in range(n_paras):
        body.append(f"<p>{PARAS[k % len(PARAS)]} (अंश {k + 1})</p>")
        if k < n_heads:
            body.append(f'<div class="x{k}"><a href="/r/{k}"><h2 class="sub">{heads[k]}</h2></a></div>')
    return (f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"{''.join(body)}<h2>आगे क्या होगा</h2><p>{PARAS[0]} (समापन)</p></article></body></html>"), heads


def test_a_heading_that_is_one_link_between_paragraphs_is_another_storys_headline():
    page, heads = _story_with_linked_heads(2, 9)
    lines = extract_html(page, engine="fast").text.split("\n")
    assert not set(heads) & set(lines)
    assert "आगे क्या होगा" in lines  # the story's own sub-head (no link) stays
    assert all(f"{PARAS[k % 3]} (अंश {k + 1})" in lines for k in range(9))


def test_linked_headings_that_are_most_of_the_element_stay():
    # one per item, as a blog index's titles: not another story's headlines
    page, heads = _story_with_linked_heads(6, 6)
    lines = extract_html(page, engine="fast").text.split("\n")
    assert set(heads) <= set(lines)
