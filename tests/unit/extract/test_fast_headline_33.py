"""The ``fast`` engine on a page whose first ``<h1>`` is the site's name (session 33): the headline put above the text
is the ``<h1>`` the page declares as its title (``og:title``), and the deck right after it goes with it when it is the
description the page declares. A newsletter platform's pages carry the publication's name in the navbar's ``<h1>``
and the post's headline and deck in a header beside the post's body: both were lost on all 6 pages of a
blind-written family at its arrival (f59, ``benchmarks/bench_pages.py``). Pages written for these tests."""

from __future__ import annotations

from shuddh.extract import extract_html

SITE = "ज़मीनी बात"
HEADLINE = "बुंदेलखंड के सूखे तालाब: मनरेगा में खुदाई हुई, पर बारिश का पानी नहीं ठहरा"
DECK = ("महोबा जिले के चार गांवों में पिछले साल 60 लाख रुपये से तालाब गहरे किए गए। आज उनमें दरारें हैं और गांव "
        "वाले फिर से टैंकरों का इंतजार कर रहे हैं।")
BODY = [
    "महोबा के कबरई ब्लॉक में सुबह सात बजे से ही हैंडपंप पर बाल्टियों की कतार लग जाती है। गांव की सबसे बुजुर्ग "
    "महिला रामप्यारी बताती हैं कि तालाब की खुदाई के समय उम्मीद जगी थी, पर पहली ही बारिश में किनारे ढह गए।",
    "ग्राम प्रधान का कहना है कि खुदाई का काम ठेकेदार ने जल्दबाजी में पूरा किया और मेड़ों पर पत्थर की पिचिंग नहीं "
    "हुई। ब्लॉक के अधिकारियों ने जांच का भरोसा दिया है, लेकिन अब तक कोई टीम गांव नहीं पहुंची।",
    "जल विशेषज्ञों के मुताबिक बुंदेलखंड की पथरीली जमीन में तालाब तभी काम करते हैं जब उनके जलग्रहण क्षेत्र को भी "
    "ठीक किया जाए। केवल गहराई बढ़ाने से पानी नीचे रिस जाता है और गर्मी आते ही तालाब सूख जाते हैं।",
]


def _page(og_title: str, description: str, deck: str = DECK, title: str = HEADLINE,
          deck_class: str = "subtitle") -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return f"""<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>{title} - {SITE}</title>
<meta property="og:title" content="{og_title}"><meta property="og:type" content="article">
<meta property="og:description" content="{description}"></head><body>
<div class="main-menu" role="banner"><div class="navbar-title"><h1 class="navbar-title-link"><a href="/">{SITE}</a>
</h1></div><a class="button" href="/subscribe">सब्सक्राइब करें</a><a href="/sign-in">साइन इन</a></div>
<div class="section-bar"><a href="/">होम</a> <a href="/s/reports">ज़मीनी रिपोर्ट</a> <a href="/archive">आर्काइव</a></div>
<article class="newsletter-post post"><div class="post-header" role="region" aria-label="Post header">
<h1 class="post-title">{HEADLINE}</h1>
<h3 class="{deck_class}">{deck}</h3><div class="byline-wrapper"><a href="/@lekhak">सुनीता वर्मा</a> <span>5 दिसंबर</span>
</div><div class="post-ufi style-top"><button class="like-button" aria-label="Like (412)">412</button>
<a class="post-ufi-comment-button" href="#comments">57</a><button class="share-button">साझा करें</button></div></div>
<div class="available-content"><div class="body markup">{paras}</div></div>
<div class="post-footer"><div class="post-ufi style-bottom"><button class="like-button">412</button>
<button class="share-button">साझा करें</button></div>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><p>{SITE} हर हफ़्ते एक ज़मीनी
रिपोर्ट आपके इनबॉक्स तक पहुंचाता है। यह पूरी तरह पाठकों के सहयोग से चलता है, इसलिए सब्सक्राइब करें और इसे आगे
बढ़ाएं।</p><form class="subscription-widget-subscribe"><input type="email" placeholder="अपना ईमेल लिखें">
<button>सब्सक्राइब करें</button></form></div></div>
<div class="about-publication"><h4>{SITE} के बारे में</h4><p>{SITE} एक स्वतंत्र न्यूज़लेटर है, जो गांवों और कस्बों की
उन खबरों को सामने लाता है जिन्हें बड़े अखबारों में जगह नहीं मिलती। यहां हर हफ़्ते एक लंबी रिपोर्ट आती है।</p>
</div></div></article>
<div class="footer"><p>© 2025 {SITE}</p><a href="/privacy">गोपनीयता</a> <a href="/terms">शर्तें</a></div></body></html>"""


def test_the_headline_declared_by_og_title_is_put_above_the_text_not_the_sites_name() -> None:
    lines = extract_html(_page(HEADLINE, DECK)).text.split("\n")
    assert lines[0] == HEADLINE
    assert SITE not in lines
    assert all(p in lines for p in BODY)


def test_the_deck_the_page_declares_goes_under_the_headline() -> None:
    lines = extract_html(_page(HEADLINE, DECK)).text.split("\n")
    assert lines[:2] == [HEADLINE, DECK]


def test_a_line_after_the_headline_that_is_not_the_declared_description_is_not_taken() -> None:
    """The element after the ``<h1>`` is the deck only when the page declares it as its description (or, since session
    35, its class names a deck or it is an ``<h2>``: ``test_fast_decks_35.py``): a promo line there stays out."""
    promo = "हमारी हर ज़मीनी रिपोर्ट सीधे अपने इनबॉक्स में पाने के लिए आज ही सब्सक्राइब करें और जुड़े रहें"
    lines = extract_html(_page(HEADLINE, DECK, deck=promo, deck_class="post-cta")).text.split("\n")
    assert lines[0] == HEADLINE
    assert promo not in lines


def test_without_a_declared_headline_the_sites_name_is_not_put_above() -> None:
    """No ``<h1>`` is ``og:title``: the first one, the site's name, is too short to be a headline (as before)."""
    lines = extract_html(_page("एक और शीर्षक जो पेज पर कहीं नहीं है", DECK)).text.split("\n")
    assert SITE not in lines
    assert DECK not in lines[:1]


def test_an_h1_that_restates_a_shorter_declared_title_is_put_above() -> None:
    """A news site's SEO title is often a shorter wording of its headline: the ``<h1>`` holding most of its words is the
    headline (f34, f42, f46: 9 TUNE pages had lost it)."""
    seo = "बुंदेलखंड के सूखे तालाब: मनरेगा में खुदाई, पर पानी नहीं ठहरा"
    lines = extract_html(_page(seo, DECK)).text.split("\n")
    assert lines[0] == HEADLINE
    assert SITE not in lines


def test_a_title_sharing_few_words_with_the_h1_does_not_restate_it() -> None:
    other = "महोबा में जल संकट गहराया, टैंकरों के भरोसे चार गांव"
    lines = extract_html(_page(other, DECK, title=other)).text.split("\n")
    assert HEADLINE not in lines[:1]
