"""The ``fast`` engine keeps a story's deck (standfirst) under its headline (session 35). A theme puts headline, deck
and byline in a header box beside the story's element; the extractor kept the ``<h1>`` with the story but left the deck
between them out unless it was the page's declared description (session 33). On the blind-written pages that deck was
45 of the 54 paragraphs the extractor lost on TUNE pages (11 families). Now the element right after the headline's
``<h1>`` is the deck when it is an ``<h2>`` or its class names one (``jeg_post_subtitle``, ``article__deck``), it has
at least six words and is not a link. Pages written for these tests."""

from __future__ import annotations

import pytest

from shuddh.extract import extract_html
from shuddh.extract._html import _deck, _overlaps, parse

HEADLINE = "जयपुर में बनेगा नया बस टर्मिनल, 85 करोड़ रुपये की परियोजना को कैबिनेट की मंजूरी"
DECK = "सीकर रोड पर बनने वाले टर्मिनल से रोज 1,200 बसें चलेंगी; दो साल में काम पूरा करने का लक्ष्य"
PARAS = [
    "जयपुर, 12 दिसंबर। राज्य कैबिनेट ने बुधवार को सीकर रोड पर नए अंतरराज्यीय बस टर्मिनल के निर्माण को मंजूरी दे दी। "
    "परियोजना पर करीब 85 करोड़ रुपये खर्च होंगे और इसे जयपुर विकास प्राधिकरण बनाएगा।",
    "परिवहन मंत्री ने बताया कि सिंधी कैंप बस स्टैंड पर भीड़ कम करने के लिए यह फैसला लिया गया है। नए टर्मिनल से "
    "हरियाणा, पंजाब और दिल्ली जाने वाली बसें चलेंगी।",
    "टर्मिनल में यात्रियों के लिए प्रतीक्षालय, फूड कोर्ट, पार्किंग और चार्जिंग स्टेशन बनाए जाएंगे। प्राधिकरण ने "
    "अगले महीने निविदा जारी करने की तैयारी शुरू कर दी है।",
]


# the article's own box of other stories (links), which makes the story's element score above the article
RELATED = '<div class="related-stories"><h3>ये भी पढ़ें</h3><ul>' + "".join(
    f'<li><a href="/rajasthan/story-{i}">{t}</a></li>' for i, t in enumerate([
        "अजमेर में रोडवेज की 50 नई इलेक्ट्रिक बसें सड़कों पर उतरीं, किराया पहले जितना ही रहेगा",
        "सिंधी कैंप बस स्टैंड पर यात्रियों की भीड़, त्योहारों पर चलेंगी 200 अतिरिक्त बसें",
        "जोधपुर में नए रेलवे ओवरब्रिज का काम शुरू, छह महीने तक बदला रहेगा ट्रैफिक का रास्ता",
        "उदयपुर एयरपोर्ट से अगले महीने शुरू होंगी तीन नई उड़ानें, बुकिंग आज से",
        "कोटा में स्मार्ट सिटी के तहत बनेंगी 12 नई सड़कें, नगर निगम ने जारी की निविदा",
        "बीकानेर में रात का तापमान पांच डिग्री तक गिरा, मौसम विभाग ने जारी की शीतलहर की चेतावनी",
    ])) + "</ul></div>"


def _page(after_h1: str, description: str = "जयपुर में नए बस टर्मिनल को मंजूरी") -> str:
    story = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>{HEADLINE} | राजधानी समाचार</title>
<meta property="og:title" content="{HEADLINE}"><meta name="description" content="{description}"></head><body>
<header class="site-header"><nav class="main-menu"><a href="/">होम</a> <a href="/rajasthan">राजस्थान</a>
<a href="/desh">देश</a></nav></header>
<main class="container"><article class="article"><nav class="breadcrumb"><a href="/">होम</a>
<a href="/rajasthan">राजस्थान</a></nav><h1 class="article__title">{HEADLINE}</h1>{after_h1}<div class="article__meta">
<span class="author">रमेश शर्मा</span><time datetime="2025-12-12">12 दिसंबर 2025</time></div>
<div class="article__body">{story}</div>{RELATED}</article></main>
<footer class="site-footer"><p>© 2025 राजधानी समाचार. सर्वाधिकार सुरक्षित।</p></footer></body></html>"""


@pytest.mark.parametrize("after_h1", [f'<h2 class="jeg_post_subtitle">{DECK}</h2>',
                                      f'<p class="article__deck">{DECK}</p>',
                                      f'<div class="story-summary-text">{DECK}</div>',
                                      f"<h2>{DECK}</h2>"])
def test_the_deck_under_the_headline_is_kept(after_h1: str) -> None:
    lines = extract_html(_page(after_h1)).text.split("\n")
    assert lines[:3] == [HEADLINE, DECK, PARAS[0]]


@pytest.mark.parametrize("after_h1", [
    # another story's headline as a link right under the headline
    '<h2 class="jeg_post_subtitle"><a href="/rajasthan/sindhi-camp">सिंधी कैंप बस स्टैंड पर यात्रियों की भीड़, '
    "त्योहारों पर चलेंगी 200 अतिरिक्त बसें</a></h2>",
    # a short label, not a deck
    '<p class="article-intro">राजस्थान | परिवहन</p>',
    # a paragraph with no deck name (a promo the theme puts there)
    '<p class="promo-strip">ताजा खबरों के लिए हमारे व्हाट्सएप चैनल से जुड़ें और हर अपडेट सबसे पहले पाएं</p>',
])
def test_what_is_not_a_deck_stays_out(after_h1: str) -> None:
    lines = extract_html(_page(after_h1)).text.split("\n")
    assert lines[:2] == [HEADLINE, PARAS[0]]


def _deck_of(after_h1: str) -> str | None:
    return _deck(parse(f"<html><body><h1>{HEADLINE}</h1>{after_h1}<p>{PARAS[0]}</p></body></html>"), HEADLINE)


def test_a_section_under_the_headline_is_no_deck() -> None:
    assert _deck_of(f'<p class="article__deck">{DECK}</p>') == DECK
    # an intro of several blocks, or longer than a standfirst (a page's whole intro section under its <h1>)
    assert _deck_of(f'<div class="intro"><p>{DECK}</p><p>{PARAS[1]}</p></div>') is None
    assert _deck_of(f'<div class="intro">{PARAS[0]} {PARAS[1]} {PARAS[2]}</div>') is None


def test_a_deck_that_holds_a_kept_line_is_a_copy() -> None:
    # a tagline and a chart's controls under the <h1>, the tagline kept in the story's element too
    tagline = "राजस्थान के सभी 200 विधानसभा क्षेत्रों के नतीजों का आंकड़ों पर आधारित विश्लेषण"
    assert _overlaps(f"{tagline} चार्ट देखें तालिका देखें", tagline)
    assert _overlaps(DECK, f"{DECK} (पूरी खबर नीचे)")
    assert not _overlaps(DECK, PARAS[0])
    assert not _overlaps(DECK, "राजस्थान")  # a short line inside it is no copy
