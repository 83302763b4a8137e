"""The ``fast`` engine on an article's inline related-stories box (session 27): a ``<ul>`` of other stories'
headlines between two paragraphs, each item wholly one link to another page of the same site. Indic headlines are
longer than the link blocks left out by length alone (``LINK_BLOCK_KEEP``); these items go whatever their length,
while a list of sources on other sites, a table of contents and an item with text beside its link stay. Pages
written for these tests."""

from __future__ import annotations

import pytest

from shuddh.extract import extract_html
from tests.unit.extract.test_fast_pages_26 import PARAS as PARAS_26

HEADLINE = "नगर निगम ने सड़कों की मरम्मत के लिए बारह करोड़ की योजना को मंजूरी दी"
PARAS = [
    *PARAS_26,  # (a city story's first three paragraphs, written for session 26's tests)
    "निगम के मुख्य अभियंता के अनुसार पहले चरण में अस्पतालों, स्कूलों और बाजारों को जोड़ने वाली सड़कों पर काम होगा। "
    "दूसरे चरण में गलियों और कॉलोनियों की सड़कों को लिया जाएगा।",
    "विपक्षी पार्षदों ने योजना का स्वागत किया, लेकिन कहा कि पिछली बार भी ऐसी घोषणाएं हुई थीं और काम अधूरा रह गया "
    "था। उन्होंने हर महीने काम की प्रगति रिपोर्ट सार्वजनिक करने की मांग की।",
    "शहर के व्यापार मंडल ने कहा कि बाजारों में काम रात के समय कराया जाए, ताकि दुकानदारों का कारोबार प्रभावित न हो। "
    "निगम ने इस सुझाव पर विचार करने का भरोसा दिया है।",
]
#: other stories' headlines, each longer than LINK_BLOCK_KEEP characters
TEASERS = [
    "वाराणसी में गंगा का जलस्तर खतरे के निशान के पार, तटवर्ती गांवों में अलर्ट जारी",
    "मिर्जापुर में सड़क हादसे में दो की मौत, परिजनों ने मुआवजे की मांग को लेकर लगाया जाम",
]
SITE = "https://www.kashivani.in"


def _page(box: str, canonical: str | None = f"{SITE}/varanasi/sadak-marammat-yojana-12345", declare: str = "") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>{HEADLINE} | काशी वाणी</title>
{link}{declare}</head><body>
<header class="site-header"><nav class="main-menu"><a href="/">होम</a> <a href="/varanasi">वाराणसी</a>
<a href="/desh">देश</a></nav></header>
<main><article class="post"><h1 class="entry-title">{HEADLINE}</h1>
<div class="entry-content"><p>{PARAS[0]}</p><p>{PARAS[1]}</p>{box}{"".join(f"<p>{p}</p>" for p in PARAS[2:])}</div>
</article></main>
<footer class="site-footer"><p>© 2025 काशी वाणी. सर्वाधिकार सुरक्षित।</p></footer></body></html>"""


def _box(hrefs: list[str], texts: list[str] = TEASERS, label: str = "यह भी पढ़ें") -> str:
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in zip(hrefs, texts, strict=True))
    return f'<div><strong>{label}</strong><ul class="wp-block-list">{items}</ul></div>'


@pytest.mark.parametrize("hrefs", [
    [f"{SITE}/varanasi/ganga-jalastar-alert-12301", f"{SITE}/mirzapur/sadak-hadsa-12299"],  # the canonical's host
    ["https://kashivani.in/varanasi/ganga-jalastar-alert-12301", "//www.kashivani.in/mirzapur/sadak-hadsa-12299"],
    ["/varanasi/ganga-jalastar-alert-12301", "../mirzapur/sadak-hadsa-12299"],  # relative
])
def test_an_inline_box_of_the_sites_other_stories_is_left_out(hrefs: list[str]) -> None:
    assert all(len(t) > 60 for t in TEASERS)
    lines = extract_html(_page(_box(hrefs))).text.split("\n")
    for teaser in TEASERS:
        assert teaser not in lines
    for p in PARAS:
        assert p in lines


def test_a_list_of_sources_on_other_sites_stays() -> None:
    sources = ["केंद्रीय जल आयोग की बाढ़ पूर्वानुमान रिपोर्ट, अक्टूबर 2025 (गंगा बेसिन के सभी स्टेशन)",
               "लोक निर्माण विभाग उत्तर प्रदेश की सड़क सुरक्षा वार्षिक रिपोर्ट, वर्ष 2024-25 का सारांश"]
    hrefs = ["https://cwc.gov.in/reports/flood-forecast-2025", "https://pwd.up.gov.in/annual-report-2024-25"]
    lines = extract_html(_page(_box(hrefs, sources, label="स्रोत"))).text.split("\n")
    for source in sources:
        assert source in lines


def test_a_table_of_contents_stays() -> None:
    sections = ["योजना में किन सड़कों को शामिल किया गया है और काम किस क्रम में पूरा होगा",
                "शिकायत ऐप पर गड्ढों की शिकायत कैसे दर्ज करें और उसकी स्थिति कैसे देखें"]
    lines = extract_html(_page(_box(["#sadken", "#shikayat"], sections, label="इस लेख में"))).text.split("\n")
    for section in sections:
        assert section in lines


def test_an_item_with_its_own_text_beside_the_link_stays() -> None:
    items = "".join(f'<li><a href="{SITE}/d/{n}">{t}</a> — संवाददाता की रिपोर्ट में पढ़ें पूरा ब्योरा</li>'
                    for n, t in enumerate(TEASERS))
    text = extract_html(_page(f"<ul>{items}</ul>")).text
    for teaser in TEASERS:
        assert teaser in text


def test_absolute_links_stay_on_a_page_that_does_not_declare_its_address() -> None:
    hrefs = [f"{SITE}/varanasi/ganga-jalastar-alert-12301", f"{SITE}/mirzapur/sadak-hadsa-12299"]
    lines = extract_html(_page(_box(hrefs), canonical=None)).text.split("\n")
    for teaser in TEASERS:
        assert teaser in lines


OG_ARTICLE = '<meta property="og:type" content="article">'
LD_ARTICLE = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": ["NewsArticle"], '
              f'"headline": "{HEADLINE}"}}</script>')


def _paragraph_links(hrefs: list[str]) -> str:
    return "".join(f'<p class="also"><strong><a href="{h}">{t}</a></strong></p>' for h, t in zip(hrefs, TEASERS,
                                                                                               strict=True))


@pytest.mark.parametrize("declare", [OG_ARTICLE, LD_ARTICLE])
def test_a_storys_paragraphs_that_are_one_link_to_the_site_are_left_out(declare: str) -> None:
    lines = extract_html(_page(_paragraph_links(["/varanasi/ganga-12301", f"{SITE}/mirzapur/hadsa-12299"]),
                               declare=declare)).text.split("\n")
    for teaser in TEASERS:
        assert teaser not in lines
    for p in PARAS:
        assert p in lines


def test_paragraphs_that_are_one_link_stay_on_a_page_that_is_not_declared_a_story() -> None:
    # a service's or a shop's page: its cards' titles are whole-link blocks too (WCXB: a shop's collection, a
    # documentation index lost them)
    lines = extract_html(_page(_paragraph_links(["/varanasi/ganga-12301", f"{SITE}/mirzapur/hadsa-12299"]),
                               declare='<meta property="og:type" content="website">')).text.split("\n")
    for teaser in TEASERS:
        assert teaser in lines


SUBHEAD = "विभाग ने दी वसूली प्रमाणपत्र की चेतावनी"
LATER = ("उप आयुक्त ने बताया कि सबसे ज्यादा बकाये वाली चार मिलों को नोटिस भेजा गया है और सात दिन में भुगतान न होने पर "
         "वसूली प्रमाणपत्र जारी किया जाएगा।")


def _box_then_subhead(label: str) -> str:
    items = "".join(f'<li><a href="/gorakhpur/khabar-{n}">{t}</a></li>'
                    for n, t in enumerate(["कुशीनगर में गन्ना मूल्य पर बैठक", "महराजगंज: मिल गेट पर लंबी कतार"]))
    return f'<div class="box"><p><b>{label}</b></p><ul>{items}</ul></div><h3>{SUBHEAD}</h3><p>{LATER}</p>'


@pytest.mark.parametrize("label", ["इसे भी पढ़ें", "ఇవి కూడా చదవండి"])
def test_a_link_boxs_label_goes_with_its_links(label: str) -> None:
    lines = extract_html(_page(_box_then_subhead(label))).text.split("\n")
    assert label not in lines
    assert SUBHEAD in lines
    assert LATER in lines


def test_the_storys_sub_head_after_a_link_box_survives_the_line_stages() -> None:
    from shuddh.lang.profile import load_profile
    from shuddh.stages.clean.chrome import clean_lines

    lines = extract_html(_page(_box_then_subhead("इसे भी पढ़ें"))).text.split("\n")
    reasons = clean_lines(lines, load_profile("hi"))
    assert reasons[lines.index(SUBHEAD)] is None


def test_a_label_over_links_that_stay_stays() -> None:
    # a list item with text beside its link stays, and so does the label over it
    items = "".join(f'<li><a href="/d/{n}">{t}</a> — आज की बैठक में इस पर फैसला होगा</li>' for n, t in enumerate(TEASERS))
    lines = extract_html(_page(f"<div><p><b>मुख्य मुद्दे</b></p><ul>{items}</ul></div>")).text.split("\n")
    assert "मुख्य मुद्दे" in lines


AUTHOR = "रश्मि तिवारी"
BIO = (f"{AUTHOR} काशी वाणी में वरिष्ठ संवाददाता हैं और नगर निगम, परिवहन और शहरी विकास से जुड़ी खबरें लिखती हैं। "
       "पत्रकारिता में उन्हें नौ साल का अनुभव है।")


def _author_box() -> str:
    # utility classes only (Tailwind): nothing in the markup names an author box but the link to her page
    return (f'<div class="mt-10 flex gap-4 rounded-xl bg-zinc-50 p-5"><img src="/a/rashmi.webp" alt="{AUTHOR}">'
            f'<div><p class="text-xs text-zinc-500">लेखक के बारे में</p>'
            f'<a href="{SITE}/author/rashmi-tiwari" class="text-lg font-bold">{AUTHOR}</a>'
            f'<p class="mt-2 text-zinc-700">{BIO}</p></div></div>')


@pytest.mark.parametrize("declare", [OG_ARTICLE, LD_ARTICLE])
def test_an_author_bio_under_a_link_to_her_page_is_left_out(declare: str) -> None:
    lines = extract_html(_page(_author_box(), declare=declare)).text.split("\n")
    assert BIO not in lines
    for p in PARAS:
        assert p in lines


def test_a_story_sentence_that_links_a_contributors_page_stays() -> None:
    quoted = (f'<p><a href="{SITE}/author/rashmi-tiwari">{AUTHOR}</a> ने पिछले साल इसी मुद्दे पर रिपोर्ट की थी, जिसके '
              "बाद निगम ने जांच समिति बनाई थी और तीन ठेकेदारों पर जुर्माना लगाया था।</p>")
    text = extract_html(_page(quoted, declare=OG_ARTICLE)).text
    assert f"{AUTHOR} ने पिछले साल इसी मुद्दे पर" in text


def test_an_author_bio_stays_on_a_page_not_declared_a_story() -> None:
    lines = extract_html(_page(_author_box(), declare='<meta property="og:type" content="profile">')).text.split("\n")
    assert BIO in lines


SHORT = ("कुशीनगर। जिले की तीन चीनी मिलों ने किसानों का बकाया भुगतान शुरू कर दिया है। गन्ना विभाग के अनुसार पहले चरण "
         "में बारह करोड़ रुपये किसानों के खातों में भेजे गए हैं और बाकी रकम अगले सप्ताह तक दी जाएगी।")
RELATED = ["गोरखपुर: मिल गेट पर तौल में गड़बड़ी की शिकायत", "देवरिया में गन्ना समिति का चुनाव टला",
           "महराजगंज: किसानों ने बकाया को लेकर किया प्रदर्शन", "बस्ती में नई चीनी मिल का शिलान्यास जल्द",
           "संत कबीर नगर: नहर में डूबे किशोर का शव मिला", "सिद्धार्थनगर में बाढ़ राहत शिविरों का निरीक्षण",
           "आजमगढ़: सड़क चौड़ीकरण के लिए हटेंगे अतिक्रमण", "बलिया में गंगा का जलस्तर फिर बढ़ा, अलर्ट",
           "मऊ: बुनकरों को बिजली बिल में राहत की घोषणा", "गाजीपुर में नए पुल पर आवाजाही शुरू",
           "चंदौली: धान खरीद केंद्रों पर किसानों की भीड़", "जौनपुर में स्कूलों का समय बदला"]


def _short_story(kind: str) -> str:
    ld = (f'<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "{kind}", '
          f'"headline": "{HEADLINE}"}}</script>')
    related = "".join(f'<li><a href="/purvanchal/{n}">{t}</a></li>' for n, t in enumerate(RELATED))
    return f"""<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>{HEADLINE}</title>{ld}</head><body>
<main><article><h1>{HEADLINE}</h1><div class="story"><p>{SHORT}</p></div></article>
<div><h3>पूर्वांचल</h3><ul>{related}</ul></div></main></body></html>"""


def test_a_short_news_story_is_not_taken_for_a_listing_of_the_links_beside_it() -> None:
    lines = extract_html(_short_story("NewsArticle")).text.split("\n")
    assert SHORT in lines
    for teaser in RELATED:
        assert teaser not in lines


def test_a_page_not_declared_news_is_still_chosen_as_a_listing() -> None:
    # a section page ("CollectionPage"): its headlines are what it holds
    lines = extract_html(_short_story("CollectionPage")).text.split("\n")
    assert sum(t in lines for t in RELATED) >= len(RELATED) - 1


@pytest.mark.parametrize("address", ["http://[kashivani.in/varanasi/1", "https://www.kashivani.in:99999/x", "::"])
def test_an_address_urlsplit_cannot_read_is_no_failure(address: str) -> None:
    # a malformed canonical link or item address: the page is extracted, not quarantined
    hrefs = [address, "/mirzapur/sadak-hadsa-12299"]
    lines = extract_html(_page(_box(hrefs), canonical=address)).text.split("\n")
    for p in PARAS:
        assert p in lines
