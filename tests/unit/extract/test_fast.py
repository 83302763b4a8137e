"""The ``fast`` extraction engine on Hindi pages written for these tests: main text kept block by block,
chrome out, metadata, charsets, limits, malformed markup."""

from __future__ import annotations

import pytest

from shuddh.errors import ShuddhError
from shuddh.extract import ExtractError, extract_html

HEADLINE = "बाढ़ प्रभावित गांवों में राहत सामग्री पहुंचाने का काम तेज"
PARAS = [
    "ज़िला प्रशासन ने बुधवार को बताया कि नदी का जलस्तर घटने के बाद बाढ़ से घिरे बारह गांवों तक नावों से राहत "
    "सामग्री पहुंचाई जा रही है। अधिकारियों के अनुसार हर परिवार को अनाज, पीने का पानी और दवाइयां दी जाएंगी।",
    "ज़िलाधिकारी ने कहा कि जिन घरों को नुकसान पहुंचा है उनका सर्वे अगले तीन दिनों में पूरा कर लिया जाएगा और "
    "मुआवज़े की राशि सीधे बैंक खातों में भेजी जाएगी। उन्होंने लोगों से अफ़वाहों पर ध्यान न देने की अपील की।",
    "स्वास्थ्य विभाग की टीमें गांवों में शिविर लगाकर लोगों की जांच कर रही हैं, ताकि पानी से फैलने वाली बीमारियों "
    "को समय रहते रोका जा सके। अब तक चार सौ से अधिक लोगों की जांच हो चुकी है।",
]
NAV = ["होम", "देश", "विदेश", "खेल", "मनोरंजन", "राशिफल"]
RELATED = ["चुनाव आयोग ने मतदान की तारीखों का ऐलान किया", "क्रिकेट: भारत ने सीरीज़ अपने नाम की",
           "सोने के दाम में फिर आई तेज़ी"]
SHARE = "फेसबुक पर शेयर करें"
FOOTER = "© 2024 ग्राम समाचार. सर्वाधिकार सुरक्षित."
COMMENT = "बहुत अच्छी ख़बर है, प्रशासन को ऐसे ही काम करना चाहिए।"


def _news_page(head_extra: str = "", charset: str = "utf-8") -> str:
    nav = "".join(f'<li><a href="/{i}">{w}</a></li>' for i, w in enumerate(NAV))
    related = "".join(f'<li><a href="/r/{i}">{t}</a></li>' for i, t in enumerate(RELATED))
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<!DOCTYPE html><html lang="hi"><head><meta charset="{charset}">
<title>{HEADLINE} | ग्राम समाचार</title>
<link rel="canonical" href="/rajya/badh-rahat-123">
<meta property="article:published_time" content="2024-08-14T09:30:00+05:30">
<script type="application/ld+json">{{"@type": "NewsArticle", "articleSection": "राज्य"}}</script>
{head_extra}</head><body>
<header class="site-header"><a href="/">ग्राम समाचार</a><nav class="main-menu"><ul>{nav}</ul></nav></header>
<div class="breadcrumb"><a href="/">होम</a> » <a href="/rajya">राज्य</a></div>
<div class="wrapper"><article class="story">
<h1>{HEADLINE}</h1>
<div class="share-bar"><a href="#">{SHARE}</a> <a href="#">व्हाट्सऐप</a></div>
<div class="story-body">{paras}</div>
</article>
<aside class="sidebar"><h3>यह भी पढ़ें</h3><ul>{related}</ul></aside>
<section id="comments" class="comments-area"><h3>टिप्पणियां</h3>
<div class="comment"><span>रमेश</span><p>{COMMENT}</p></div></section>
</div>
<footer class="site-footer"><p>{FOOTER}</p><a href="/about">हमारे बारे में</a></footer>
</body></html>"""


def _lines(ex) -> list[str]:
    return ex.text.split("\n")


def test_news_page_keeps_headline_and_every_paragraph_as_lines_and_drops_chrome():
    ex = extract_html(_news_page().encode(), url="https://gram.example.in/rajya/123", engine="fast")
    lines = _lines(ex)
    assert HEADLINE in lines
    for p in PARAS:
        assert p in lines  # one block, one line: the line cleaner sees paragraphs
    for chrome in [*NAV[1:], *RELATED, SHARE, FOOTER, COMMENT, "टिप्पणियां", "यह भी पढ़ें"]:
        assert chrome not in ex.text
    assert lines.index(HEADLINE) < lines.index(PARAS[0]) < lines.index(PARAS[2])
    assert ex.engine == "fast"


def test_news_page_metadata():
    ex = extract_html(_news_page().encode(), url="https://gram.example.in/rajya/123", engine="fast")
    assert ex.title == HEADLINE  # the <h1>, not "<h1> | site name"
    assert ex.date == "2024-08-14"
    assert ex.section == "राज्य"
    assert ex.breadcrumb == ["होम", "राज्य"]
    assert ex.canonical_url == "https://gram.example.in/rajya/badh-rahat-123"
    assert ex.charset == "utf-8"


def test_title_without_h1_loses_the_site_name():
    page = _news_page().replace(f"<h1>{HEADLINE}</h1>", "")
    ex = extract_html(page, engine="fast")
    assert ex.title == HEADLINE


def test_title_declared_twice_wins_over_a_translated_h1():
    # a Gujarati/Hindi site whose <h1> holds an English translation while og:title and <title> agree
    page = _news_page(head_extra=f'<meta property="og:title" content="{HEADLINE}">').replace(
        f"<h1>{HEADLINE}</h1>", "<h1>Relief work speeds up in flood-hit villages</h1>").replace(
        f"<title>{HEADLINE} | ग्राम समाचार</title>",
        f"<title>Relief work speeds up in flood-hit villages|{HEADLINE}</title>")
    assert extract_html(page, engine="fast").title == HEADLINE


def test_table_layout_page_keeps_cells_as_lines_and_drops_the_menu_cell():
    menu = "".join(f'<a href="/{i}">{w}</a><br>' for i, w in enumerate(NAV))
    page = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<table width="100%"><tr><td colspan="2"><a href="/">ग्राम समाचार</a></td></tr>
<tr><td width="20%" valign="top">{menu}</td>
<td valign="top"><table><tr><td><b>{HEADLINE}</b></td></tr>
<tr><td>{PARAS[0]}</td></tr><tr><td>{PARAS[1]}</td></tr><tr><td>{PARAS[2]}</td></tr></table></td></tr>
<tr><td colspan="2"><font size="1">{FOOTER}</font></td></tr></table></body></html>"""
    ex = extract_html(page, engine="fast")
    lines = _lines(ex)
    for p in PARAS:
        assert p in lines
    assert HEADLINE in lines
    for w in NAV[1:]:
        assert w not in lines
    # the copyright row is part of the layout table the article sits in: it stays, but on its own line,
    # where the line cleaner's chrome lexicon finds it (never glued to a paragraph)
    assert all(FOOTER not in ln or ln == FOOTER for ln in lines)


def test_list_page_keeps_every_list_item():
    items = ["आटा गूंधने के लिए गुनगुने पानी का इस्तेमाल करें, इससे रोटियां नरम बनती हैं।",
             "आटे को कम से कम बीस मिनट ढककर रखें ताकि वह अच्छी तरह फूल जाए।",
             "तवा अच्छी तरह गर्म होने पर ही रोटी डालें, वरना रोटी सख़्त हो जाती है।",
             "सेंकते समय रोटी को साफ़ कपड़े से हल्का दबाएं, इससे वह पूरी फूलती है।"]
    nav = "".join(f'<li><a href="/{i}">{w}</a></li>' for i, w in enumerate(NAV))
    lis = "".join(f"<li>{t}</li>" for t in items)
    page = f"""<html><head><meta charset="utf-8"><title>नरम रोटी के चार आसान उपाय</title></head><body>
<nav><ul>{nav}</ul></nav><main><h1>नरम रोटी के चार आसान उपाय</h1>
<p>रसोई में रोज़ बनने वाली रोटी को नरम बनाने के लिए ये बातें याद रखें।</p><ol>{lis}</ol></main>
<footer>{FOOTER}</footer></body></html>"""
    lines = _lines(extract_html(page, engine="fast"))
    for t in items:
        assert t in lines
    assert "नरम रोटी के चार आसान उपाय" in lines
    assert not set(NAV[1:]) & set(lines)


def test_forum_whose_posts_are_called_comments_is_kept():
    # chrome words also name content: here every post is a "comment"; the marks are then not trusted
    posts = "".join(f'<div class="comment-body"><p>{p}</p></div>' for p in PARAS)
    page = f"""<html><body><nav><a href="/">फ़ोरम</a> <a href="/new">नया विषय</a></nav>
<div class="comments-list">{posts}</div></body></html>"""
    lines = _lines(extract_html(page, engine="fast"))
    for p in PARAS:
        assert p in lines


def test_a_wrapper_named_like_chrome_around_the_whole_page_is_not_chrome():
    # a sticky-footer layout wraps the page in "flex-wrap-footer"; it holds most of the text
    page = _news_page().replace('<div class="wrapper">', '<div class="flex-wrap-footer">')
    lines = _lines(extract_html(page, engine="fast"))
    for p in PARAS:
        assert p in lines


def test_content_in_noscript_and_in_a_hidden_attribute_div_is_found():
    # a forum's crawler view sits in <noscript>; Next.js streams the page into <div hidden>
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    for wrap in (f"<noscript><div class='crawler-post'>{paras}</div></noscript>", f"<div hidden>{paras}</div>"):
        lines = _lines(extract_html(f"<html><body><div id='app'></div>{wrap}</body></html>", engine="fast"))
        for p in PARAS:
            assert p in lines


def test_a_noscript_notice_is_not_text_and_the_story_beside_it_is_kept():
    for notice in ("इस साइट को देखने के लिए कृपया अपने ब्राउज़र में JavaScript चालू करें",
                   "You need to enable JavaScript to run this app."):
        page = (f"<html><body><noscript>{notice}</noscript><noscript><img src='/px.gif'></noscript>"
                f"<article><h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article></body></html>")
        ex = extract_html(page, engine="fast")
        assert notice not in ex.text
        assert _lines(ex) == [HEADLINE, *PARAS]


def test_display_none_menus_and_scripts_are_not_text():
    page = (f"<html><body><article><p>{PARAS[0]}</p><ul style='display: none'><li>{COMMENT}</li></ul>"
            f"<script>var x = 'स्क्रिप्ट का पाठ';</script><p>{PARAS[1]}</p></article></body></html>")
    ex = extract_html(page, engine="fast")
    assert COMMENT not in ex.text
    assert "स्क्रिप्ट" not in ex.text
    assert PARAS[0] in ex.text
    assert PARAS[1] in ex.text


def test_windows_1252_declared_over_a_utf8_body_is_read_as_utf8():
    data = _news_page(charset="windows-1252").encode("utf-8")
    ex = extract_html(data, engine="fast")
    assert ex.charset == "utf-8"
    assert PARAS[0] in ex.text


def test_utf8_declared_over_a_windows_1252_body_is_decoded_with_a_fallback():
    # a Latin page whose bytes are cp1252 while its <meta> says utf-8: no mojibake, no crash
    body = "Café, naïve résumé — «Prix» 12 €. " * 5
    page = f'<html><head><meta charset="utf-8"></head><body><article><p>{body}</p></article></body></html>'
    ex = extract_html(page.encode("cp1252"), engine="fast", declared_charset="windows-1252")
    assert "Café, naïve résumé" in ex.text
    assert ex.charset == "cp1252"


def test_too_large_page_is_refused_before_parsing():
    with pytest.raises(ExtractError) as e:
        extract_html(_news_page().encode(), engine="fast", max_bytes=1000)
    assert e.value.reason == "extract.too_large"


def test_a_runaway_extraction_hits_the_cpu_time_limit(monkeypatch):
    import shuddh.extract._html as mod

    def spin(root):
        while True:
            pass

    monkeypatch.setattr(mod, "fast_extract", spin)
    with pytest.raises(ExtractError) as e:
        extract_html(_news_page(), engine="fast", timeout=0.05)
    assert e.value.reason == "extract.timeout"


def test_extract_error_is_a_shuddh_error_importable_from_extract():
    from shuddh import extract

    assert issubclass(extract.ExtractError, ShuddhError)
    with pytest.raises(ShuddhError):
        extract_html(_news_page(), engine="fast", max_bytes=10)


@pytest.mark.parametrize("page", [
    "",
    "   \n  ",
    "<html><body>",
    "</div></p><p>",
    "\x00\x01\x02 बाइनरी \xff",
    f"<p>{PARAS[0]}<div><p>{PARAS[1]}</span></td></table>",  # unclosed and stray end tags
    f"<html><body><p>{PARAS[0]}</p></body></html><p>{PARAS[1]}</p>",  # text after </html>
    "<div>" * 1500 + PARAS[0] + "</div>" * 1500,  # deep nesting (libxml2 keeps 2,048 levels)
    f'<?xml version="1.0" encoding="utf-8"?><html><body><p>{PARAS[0]}</p></body></html>',
], ids=["empty", "blank", "unclosed", "stray-ends", "binary", "misnested", "after-html", "deep", "xml-decl"])
def test_malformed_html_gives_text_or_nothing_never_a_crash(page):
    ex = extract_html(page, engine="fast")
    assert isinstance(ex.text, str)
    for p in PARAS[:2]:
        if p in page:
            assert p in ex.text


def test_page_without_text_is_empty_not_an_error():
    ex = extract_html("<html><body><img src='a.png'><nav><a href='/'>होम</a></nav></body></html>", engine="fast")
    assert ex.text == ""


def test_a_block_repeated_for_another_layout_is_kept_once():
    # the same paragraph in a mobile and a desktop box; short repeated cells ("₹") stay
    page = (f"<html><body><article><div class='mobile'><p>{PARAS[0]}</p></div><div class='desktop'>"
            f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p></div><table><tr><td>₹</td><td>₹</td></tr></table>"
            "</article></body></html>")
    lines = _lines(extract_html(page, engine="fast"))
    assert lines.count(PARAS[0]) == 1
    assert PARAS[1] in lines
    assert lines.count("₹ ₹") == 1  # (a data table's row is one line: both cells kept)


REVIEWS = ["कपड़ा बहुत अच्छा है और धुलाई के बाद भी रंग नहीं उतरा, मैं इसे दोबारा ख़रीदूंगी।",
           "डिलीवरी समय पर हुई, पर नाप थोड़ा छोटा निकला, इसलिए एक साइज़ बड़ा लें।",
           "दाम के हिसाब से ठीक है, सिलाई मज़बूत है और बटन भी अच्छे लगे हैं।",
           "मेरी बेटी को यह कुर्ता बहुत पसंद आया, गर्मियों के लिए एकदम सही है।"]


def _product_page(reviews: int) -> str:
    desc = ("यह सूती कुर्ता हाथ से छपे फूलों के डिज़ाइन के साथ आता है। हल्का कपड़ा गर्मियों में ठंडक देता है और "
            "रोज़ पहनने के लिए आरामदायक है।")
    rv = "".join(f'<div class="review-card"><p>{REVIEWS[i % len(REVIEWS)]} ({i})</p></div>' for i in range(reviews))
    return f"""<html><head><meta charset="utf-8"><title>सूती कुर्ता</title></head><body>
<nav><a href="/">होम</a> <a href="/kapde">कपड़े</a></nav>
<div class="page"><div class="product-main"><h1>हाथ से छपा सूती कुर्ता</h1><p>₹ 799</p>
<div class="product-description"><p>{desc}</p><table><tr><td>कपड़ा</td><td>सूती</td></tr></table></div></div>
<div class="product-reviews"><h2>ग्राहकों की राय</h2>{rv}</div></div>
<footer><ul>{"".join(f'<li><a href="/c/{i}">{t}</a></li>' for i, t in enumerate(RELATED * 3))}</ul>
<p>{FOOTER}</p></footer></body></html>"""


def test_product_reviews_that_outweigh_the_description_stay_out():
    # the reviews hold far more text than the description (but not most of the page): the "reviews" mark
    # is kept even when the other marks are not trusted (the choice without marks takes the reviews in)
    lines = _lines(extract_html(_product_page(reviews=9), engine="fast"))
    assert "हाथ से छपा सूती कुर्ता" in lines
    assert any(ln.startswith("यह सूती कुर्ता हाथ से छपे") for ln in lines)
    assert "कपड़ा सूती" in lines  # the specification row (a data table's row is one line)
    assert not any(r[:20] in ln for r in REVIEWS for ln in lines)
    assert "ग्राहकों की राय" not in lines


def test_a_trending_box_three_times_the_description_stays_out():
    # the marks leave a quarter of the text the unmarked choice would keep: still trusted (a product's
    # description is short next to the shop's "trending" tiles)
    tiles = "".join(f'<div class="tile"><p>{t} — ₹ {100 + i} में, आज ही ऑर्डर करें और मुफ़्त डिलीवरी पाएं।</p></div>'
                    for i, t in enumerate(RELATED * 2))
    page = _product_page(reviews=0).replace('<div class="product-reviews">',
                                            f'<div class="trending-products">{tiles}</div><div>')
    lines = _lines(extract_html(page, engine="fast"))
    assert "हाथ से छपा सूती कुर्ता" in lines
    assert any(ln.startswith("यह सूती कुर्ता हाथ से छपे") for ln in lines)
    assert not any(t in ln for t in RELATED for ln in lines)


JOBS = ["हिंदी कंटेंट लेखक", "डेटा विश्लेषक", "ग्राहक सेवा प्रतिनिधि", "सॉफ़्टवेयर इंजीनियर", "अनुवादक",
        "बिक्री प्रबंधक", "ग्राफ़िक डिज़ाइनर", "लेखाकार", "शिक्षक (गणित)", "नर्स", "ड्राइवर", "रसोइया"]
CITIES = ["जयपुर", "भोपाल", "पटना", "लखनऊ"]


def test_a_job_board_whose_items_are_short_links_keeps_every_item():
    # each card is three short links (title, company, city): link text is the listing's text
    cards = "".join(f'<li class="job"><a href="/j/{i}"><span class="title">{t}</span>'
                    f'<span class="company">कंपनी {i + 1}</span><span class="city">{CITIES[i % 4]}</span></a></li>'
                    for i, t in enumerate(JOBS))
    nav = "".join(f'<li><a href="/{i}">{w}</a></li>' for i, w in enumerate(NAV))
    page = f"""<html><head><meta charset="utf-8"><title>घर से काम की नौकरियां</title></head><body>
<header><nav><ul>{nav}</ul></nav></header>
<section class="intro"><p>घर बैठे काम खोज रहे हैं? यहां हर दिन नई नौकरियां जुड़ती हैं।</p></section>
<section class="jobs"><h2>नई नौकरियां</h2><ul>{cards}</ul></section>
<footer><p>{FOOTER}</p></footer></body></html>"""
    lines = _lines(extract_html(page, engine="fast"))
    for t in JOBS:
        assert any(t in ln for ln in lines), t
    assert not set(NAV[1:]) & set(lines)
    assert FOOTER not in lines


BIO = ("सुनीता वर्मा ग्राम समाचार की वरिष्ठ संवाददाता हैं और पिछले पंद्रह वर्षों से ग्रामीण विकास, कृषि और आपदा "
       "प्रबंधन पर लिखती रही हैं। उन्हें दो बार राज्य पत्रकारिता पुरस्कार मिल चुका है।")
REFERENCES = ["केंद्रीय जल आयोग, बाढ़ पूर्वानुमान रिपोर्ट, अगस्त 2024, पृष्ठ 12-18।",
              "राज्य आपदा प्रबंधन प्राधिकरण, राहत वितरण दिशानिर्देश, संशोधित संस्करण 2023।"]


def test_the_author_box_and_the_reference_list_below_an_article_stay_out():
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    refs = "".join(f"<li>{r}</li>" for r in REFERENCES)
    page = f"""<html><body><article class="story"><h1>{HEADLINE}</h1>
<div class="story-body">{paras}</div>
<div class="author-box"><img src="a.jpg"><h4>सुनीता वर्मा</h4><p>{BIO}</p></div>
<div class="references"><h3>संदर्भ</h3><ol>{refs}</ol></div>
</article></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://gram.example.in/rajya/124", engine="fast"))
    assert HEADLINE in lines
    assert all(p in lines for p in PARAS)
    assert BIO not in lines
    assert not any(r in lines for r in REFERENCES)


def test_an_article_about_an_author_named_in_its_class_is_kept():
    # "author" decides only as a class token's first or last word: an "author-page-content" wrapper is content
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"""<html><body><nav><a href="/">होम</a></nav><div class="author-page-content"><h1>{HEADLINE}</h1>
{paras}</div></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://gram.example.in/lekhak/1", engine="fast"))
    assert HEADLINE in lines
    assert all(p in lines for p in PARAS)


def test_the_headline_beside_the_chosen_body_is_kept_when_chrome_in_the_article_outweighs_it():
    # the newsletter box inside <article> makes the body <div> score above the article: its <h1> sibling
    # before it is kept all the same
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"""<html><body><article class="story"><h1>{HEADLINE}</h1>
<div class="story-body">{paras}</div>
<div class="newsletter-box"><p>{BIO}</p><p>{BIO[::-1]}</p></div>
</article></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://gram.example.in/rajya/125", engine="fast"))
    assert lines[0] == HEADLINE
    assert lines[1:4] == PARAS
    assert BIO not in lines


DOC_TOPICS = ["शुरुआत", "स्थापना", "पहला कार्यप्रवाह", "चर", "रहस्य", "कैश", "परिवेश", "अनुमतियां", "धावक",
              "कंटेनर", "मैट्रिक्स", "पुन: उपयोग", "कलाकृतियां", "सूचनाएं", "समस्या निवारण", "संदर्भ सूची"]


def test_a_documentation_menu_holding_most_of_the_page_stays_out_of_a_short_page():
    # the site's menu tree (a <nav> of links) holds far more text than the short page beside it
    menu = "".join(f'<li><a href="/docs/{i}/{j}">{t} — भाग {j}</a></li>'
                   for i, t in enumerate(DOC_TOPICS) for j in range(1, 4))
    page = f"""<html><body><div class="layout"><div class="side-col"><nav><ul>{menu}</ul></nav></div>
<main><h1>{HEADLINE}</h1><p>{PARAS[0]}</p></main></div></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://docs.example.in/kaam/1", engine="fast"))
    assert HEADLINE in lines
    assert PARAS[0] in lines
    assert not any(t in ln for ln in lines for t in DOC_TOPICS)


def test_a_nav_that_swallowed_the_article_is_still_a_wrapper():
    # an unclosed <nav> around a whole story (prose, not links) is not a menu: its text is kept
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"""<html><body><nav><a href="/">होम</a> <a href="/desh">देश</a>
<h1>{HEADLINE}</h1>{paras}</nav></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://gram.example.in/rajya/126", engine="fast"))
    assert HEADLINE in lines
    assert all(p in lines for p in PARAS)


def test_a_nav_with_blurbs_stays_out_of_a_forum_whose_posts_are_called_comments():
    # the "comment" marks are not trusted on this page (they hold the posts); the <nav> mark still is
    posts = "".join(f'<div class="comment"><p>{p}</p></div>' for p in PARAS)
    blurbs = "".join(f'<li><a href="/s/{i}">विभाग {i}</a><p>{BIO}</p></li>' for i in range(2))
    page = f"""<html><body><div class="page"><nav class="mega"><ul>{blurbs}</ul></nav>
<div class="comments-list"><h1>{HEADLINE}</h1>{posts}</div></div></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://charcha.example.in/t/1", engine="fast"))
    assert HEADLINE in lines
    assert all(p in lines for p in PARAS)
    assert BIO not in lines


SIGNUP = "रोज़ की बड़ी ख़बरें सीधे अपने ईमेल पर पाने के लिए नीचे अपना ईमेल पता लिखें और सदस्यता लें।"


def test_a_form_inside_the_article_is_chrome():
    # a newsletter sign-up form in the story (no class or id to say so): its prose is not the story's
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"""<html><body><article><h1>{HEADLINE}</h1>{paras}
<form action="/subscribe" method="post"><p>{SIGNUP}</p><label>ईमेल पता</label><input type="email" name="email">
<button>सदस्यता लें</button></form></article></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://gram.example.in/rajya/127", engine="fast"))
    assert lines[0] == HEADLINE
    assert lines[1:4] == PARAS
    assert not any(SIGNUP in ln for ln in lines)
    assert "ईमेल पता" not in lines


def test_a_page_wide_form_is_a_wrapper_not_chrome():
    # ASP.NET pages (many Indian news sites) wrap the whole body in one <form>: its text is the page's
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    nav = "".join(f'<li><a href="/{i}">{w}</a></li>' for i, w in enumerate(NAV))
    page = f"""<html><body><form id="aspnetForm" method="post" action="./khabar.aspx">
<div class="top"><ul>{nav}</ul></div><div class="khabar"><h1>{HEADLINE}</h1>{paras}</div>
</form></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://gram.example.in/khabar.aspx", engine="fast"))
    assert HEADLINE in lines
    assert all(p in lines for p in PARAS)
    assert not any(w in lines for w in NAV[1:])


PRODUCT = "Trailhead 40L Hiking Backpack"
PRODUCT_TEXT = [
    "Made of rip-stop 210D nylon, this daypack keeps your gear dry in light rain and shrugs off brambles on "
    "narrow trails.",
    "The padded back panel and breathable mesh shoulder straps spread the load, so a full day out does not "
    "leave your shoulders sore.",
]
SPECS = [("Capacity", "40 litres"), ("Weight", "0.9 kg"), ("Material", "210D rip-stop nylon"),
         ("Dimensions", "55 x 30 x 20 cm")]
COOKIE_TEXT = [
    "We and our partners use cookies and similar technologies to store and access information on your device, "
    "to measure how our pages perform and to show you personalised offers and advertising.",
    "Strictly necessary cookies keep the site working: they remember what is in your basket and keep you "
    "signed in while you move from page to page, and they cannot be switched off in our systems.",
    "Performance cookies count visits and traffic sources so that we can measure and improve the performance "
    "of our site; all information these cookies collect is aggregated and therefore anonymous.",
    "Targeting cookies may be set through our site by our advertising partners to build a profile of your "
    "interests and show you relevant adverts on other sites; they do not store personal information directly.",
    "Functional cookies let the site remember the choices you make, such as your language, your region and the "
    "size of the text, and they provide enhanced, more personal features such as live chat.",
]
NEWSLETTER_TEXT = [
    "Join our mailing list and be the first to hear about new arrivals, trail guides and members-only sales.",
    "You can unsubscribe at any time with the link at the end of every email; we never sell your address.",
    "Subscribers also get a printable packing checklist for day hikes, overnight trips and winter walks.",
]
LOGIN_TEXT = [
    "Sign in to your account to track your orders, save your favourite products and check out faster next time.",
    "Not sure whether you already have an account? Enter your email address and we will check it for you.",
    "Keep me signed in on this device: you will not need to sign in as often, but use this option only on "
    "devices that you do not share with other people.",
]


def test_a_product_page_keeps_its_specs_and_leaves_out_a_large_cookie_dialog_and_login_box():
    # the cookie dialog, the sign-in and the newsletter box hold far more text than the product: the chrome
    # marks are then checked against a choice without them, and the consent, login and newsletter marks hold
    # in that choice too
    specs = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in SPECS)
    cookie = "".join(f"<p>{t}</p>" for t in COOKIE_TEXT)
    login = "".join(f"<p>{t}</p>" for t in LOGIN_TEXT)
    letter = "".join(f"<p>{t}</p>" for t in NEWSLETTER_TEXT)
    page = f"""<html><body><div class="page">
<div class="product-main"><h1>{PRODUCT}</h1><div class="price">$39.99</div>
<div class="description">{"".join(f"<p>{t}</p>" for t in PRODUCT_TEXT)}</div>
<table class="specs">{specs}</table></div>
<div id="cookie-consent-banner"><h2>Your privacy choices</h2>{cookie}</div>
<div class="account-login"><h2>Welcome back</h2>{login}</div>
<div class="newsletter-signup"><h2>Stay in the loop</h2>{letter}</div>
</div></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://shop.example.com/p/40l", engine="fast"))
    assert PRODUCT in lines
    assert all(t in lines for t in PRODUCT_TEXT)
    assert all(f"{k} {v}" in lines for k, v in SPECS)  # (a data table's row is one line)
    assert not any(t in lines for t in COOKIE_TEXT + LOGIN_TEXT + NEWSLETTER_TEXT)


FOOTER_PROSE = [
    "ग्राम समाचार एक स्वतंत्र डिजिटल समाचार मंच है, जो गांवों और छोटे कस्बों की ख़बरें हिंदी में आप तक पहुंचाता है।",
    "हमारा कार्यालय: दूसरी मंज़िल, पुराना डाकघर भवन, मुख्य बाज़ार, सीतापुर। संपादक से संपर्क के लिए हमें पत्र लिखें।",
    "इस साइट पर प्रकाशित सभी लेखों, चित्रों और वीडियो का सर्वाधिकार सुरक्षित है; बिना अनुमति इनका उपयोग न करें।",
    "विज्ञापन और साझेदारी के लिए हमारे विपणन विभाग से सोमवार से शनिवार, सुबह दस से शाम छह बजे तक बात करें।",
]


def test_a_big_footer_beside_a_short_story_stays_out():
    # the site footer holds about two thirds of this short page's text: still chrome, not a wrapper
    footer = "".join(f"<p>{t}</p>" for t in FOOTER_PROSE)
    page = f"""<html><body><div class="page"><article><h1>{HEADLINE}</h1><p>{PARAS[0]}</p></article>
<footer>{footer}</footer></div></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://gram.example.in/rajya/128", engine="fast"))
    assert lines == [HEADLINE, PARAS[0]]


@pytest.mark.parametrize(("names", "verdict"), [
    ("site-footer", "strong"), ("footer-widgets", "strong"), ("share-bar", "strong"), ("sidebar", "chrome"),
    ("cookie-consent-banner", "strong"), ("related-posts", "strong"), ("comments-area", "chrome"),
    ("entry-content", "none"), ("no-sidebar", "none"), ("container row col-md-8", "none"),
    # a content token anywhere in the class/id pair wins, before or after a chrome token
    ("sidebar entry-content", "none"), ("entry-content sidebar", "none"),
])
def test_class_tokens_are_read_the_same_from_a_cold_and_a_warm_memo(names, verdict):
    from shuddh.extract import _fast

    want = {"none": 0, "chrome": _fast._N_CHROME, "strong": _fast._N_CHROME | _fast._N_STRONG}[verdict]
    _fast._TOKENS.clear()
    _fast._MEMO.clear()  # (the string memo too: class and id strings are memoised whole)
    assert _fast._chrome_names(names) == want
    assert _fast._chrome_names(names) == want  # tokens and the string now memoised
    assert _fast._chrome_names(names.upper()) == want


# teaser cards after the story (issue 17): other stories' headlines and excerpts, repeated in one class,
# with no chrome word in the markup
TEASERS = [("/n/1", "मानसून से पहले नालों की सफ़ाई का काम शुरू",
            "नगर निगम ने शहर के बड़े नालों की सफ़ाई के लिए बीस टीमें लगाई हैं।", "12 जून 2024"),
           ("/n/2", "सरकारी स्कूलों में दाख़िले की तारीख़ बढ़ी",
            "शिक्षा विभाग ने कहा कि अभिभावक अब महीने के अंत तक आवेदन कर सकेंगे।", "11 जून 2024"),
           ("/n/3", "किसानों को बीज पर मिलेगा अनुदान",
            "कृषि विभाग के अनुसार धान और मक्का के बीज आधी क़ीमत पर मिलेंगे।", "10 जून 2024"),
           ("/n/4", "रेलवे स्टेशन पर नया फ़ुट ओवरब्रिज खुला",
            "यात्रियों को अब प्लेटफ़ॉर्म बदलने के लिए पटरियां पार नहीं करनी होंगी।", "9 जून 2024")]


def _cards(cards: list[tuple[str, str, str, str]] = TEASERS, href: str = "/n/{i}") -> str:
    return "".join(f'<div class="post-card"><h3 class="post-card__title"><a href="{href.format(i=i)}">{t}</a></h3>'
                   f'<p class="post-card__excerpt">{x}</p><span class="post-card__date">{d}</span></div>'
                   for i, (_, t, x, d) in enumerate(cards))


MORE_PARAS = [
    "राहत शिविरों में रह रहे लोगों ने बताया कि पिछले तीन दिनों से उन्हें समय पर खाना मिल रहा है, लेकिन "
    "पशुओं के लिए चारे की कमी बनी हुई है। प्रशासन ने चारे की गाड़ियां भेजने का भरोसा दिया है।",
    "मौसम विभाग ने अगले अड़तालीस घंटों में ज़िले के कुछ हिस्सों में भारी बारिश की चेतावनी दी है। नदी किनारे "
    "रहने वाले परिवारों से ऊंचे स्थानों पर जाने को कहा गया है और नावें तैयार रखी गई हैं।",
]


def test_teaser_cards_after_the_story_stay_out():
    paras = "".join(f"<p>{p}</p>" for p in [*PARAS, *MORE_PARAS])
    page = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<div id="content"><h1>{HEADLINE}</h1>{paras}
<div class="more-stories"><h2>और ख़बरें</h2><div class="grid">{_cards()}</div></div></div></body></html>"""
    lines = _lines(extract_html(page, engine="fast"))
    assert HEADLINE in lines
    for p in [*PARAS, *MORE_PARAS]:
        assert p in lines
    for _, title, excerpt, date in TEASERS:
        assert title not in lines
        assert excerpt not in lines
        assert date not in lines


MORE_TEASERS = [
    ("/n/5", "शहर में दो नए बस रूट शुरू", "परिवहन निगम की नई बसें हर आधे घंटे पर चलेंगी।", "8 जून 2024"),
    ("/n/6", "ज़िला अस्पताल में नई जांच मशीन लगी", "मरीज़ों को अब जांच के लिए बाहर नहीं जाना पड़ेगा।", "7 जून 2024"),
    ("/n/7", "पुस्तकालय का समय शाम आठ बजे तक बढ़ा", "परीक्षा की तैयारी कर रहे छात्रों ने इसकी मांग की थी।", "6 जून 2024"),
    ("/n/8", "पार्क में योग शिविर रविवार से", "शिविर में सुबह छह बजे से मुफ़्त प्रशिक्षण दिया जाएगा।", "5 जून 2024"),
]


def test_cards_that_make_up_the_page_or_stand_between_its_paragraphs_or_open_in_place_are_kept():
    # a section page that is mostly cards (a listing), cards between the story's paragraphs, and an
    # accordion whose titles are in-page toggles (href="#"): all kept
    story = [*PARAS, *MORE_PARAS]
    paras = "".join(f"<p>{p}</p>" for p in story)
    listing = ('<html><body><div id="content"><h1>ताज़ा ख़बरें</h1>' + "".join(f"<p>{p}</p>" for p in PARAS)
               + f"{_cards(TEASERS + MORE_TEASERS)}</div></body></html>")
    between = (f'<html><body><div id="content"><h1>{HEADLINE}</h1>{paras}{_cards()}'
               f"<p>{PARAS[0].replace('बुधवार', 'गुरुवार')}</p></div></body></html>")
    accordion = (f'<html><body><div id="content"><h1>{HEADLINE}</h1>{paras}{_cards(href="#faq-{i}")}'
                 "</div></body></html>")
    for page, cards in ((listing, TEASERS + MORE_TEASERS), (between, TEASERS), (accordion, TEASERS)):
        lines = _lines(extract_html(page, engine="fast"))
        for p in story if page is not listing else PARAS:
            assert p in lines
        for _, title, excerpt, _ in cards:
            assert excerpt in lines
            assert title in lines or len(title) < 60  # a short headline link is a link block (left out)


FORUM_POSTS = [
    "मेरे गांव में पिछले हफ़्ते से बिजली दिन में केवल चार घंटे आ रही है। क्या किसी को पता है कि विभाग में "
    "शिकायत कहां और कैसे दर्ज करनी चाहिए, ताकि जल्दी सुनवाई हो?",
    "आप बिजली विभाग के टोल-फ्री नंबर पर शिकायत दर्ज कर सकते हैं। शिकायत संख्या ज़रूर लिख लें, क्योंकि "
    "तीन दिन में समाधान न होने पर उसी संख्या से आगे अपील होती है।",
    "हमारे यहां भी यही समस्या थी। हमने पंचायत के साथ मिलकर लिखित आवेदन दिया और दो हफ़्ते में नया "
    "ट्रांसफ़ॉर्मर लग गया। सामूहिक आवेदन का असर जल्दी होता है।",
]
FORUM_USERS = [("रमेश यादव", "12 मार्च 2021", "1,284"), ("सुनीता शर्मा", "3 जनवरी 2019", "7,902"),
               ("अजय कुमार", "28 अगस्त 2022", "356")]


def test_the_author_card_of_each_forum_post_stays_out_and_a_reading_lists_author_names_stay_in():
    # schema.org microdata: a post's user card is itemprop="author" (name, join date, message count); the posts
    # and the thread title are the page. A <span itemprop="author"> in a list's item (holding a <div>, as a
    # reading-list site writes it) is the item's own text
    posts = "".join(
        f'<article class="message" itemprop="comment"><section class="message-user" itemprop="author">'
        f'<h4 class="message-name">{name}</h4><dl><dt>सदस्य बने</dt><dd>{joined}</dd></dl>'
        f'<dl><dt>संदेश</dt><dd>{count}</dd></dl></section>'
        f'<div class="message-content"><div itemprop="text">{post}</div></div></article>'
        for (name, joined, count), post in zip(FORUM_USERS, FORUM_POSTS, strict=True))
    page = f"""<html><body><div class="p-body"><h1>गांव में बिजली कटौती की शिकायत कहां करें?</h1>
<div class="block-body">{posts}</div></div></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://charcha.example.in/threads/42", engine="fast"))
    assert "गांव में बिजली कटौती की शिकायत कहां करें?" in lines
    assert all(p in lines for p in FORUM_POSTS)
    for name, joined, count in FORUM_USERS:
        assert name not in lines
        assert joined not in lines
        assert count not in lines
    books = [("गोदान", "प्रेमचंद", "किसान होरी के जीवन और उसके संघर्ष की कथा, जो गांव की ग़रीबी को सामने रखती है।"),
             ("मैला आंचल", "फणीश्वरनाथ रेणु", "पूर्णिया ज़िले के एक गांव के जीवन का आंचलिक उपन्यास।"),
             ("राग दरबारी", "श्रीलाल शुक्ल", "शिवपालगंज नाम के क़स्बे की राजनीति पर तीखा व्यंग्य।")]
    items = "".join(f'<li itemscope itemtype="https://schema.org/Book"><h3>{title}</h3>'
                    f'<span itemprop="author"><div class="book-writer">{author}</div></span><p>{about}</p></li>'
                    for title, author, about in books)
    reading = f'<html><body><div id="content"><h1>हिंदी के तीन उपन्यास</h1><ol>{items}</ol></div></body></html>'
    lines = _lines(extract_html(reading.encode(), engine="fast"))
    for title, author, about in books:
        assert title in lines
        assert author in lines
        assert about in lines


SIGNATURES = ["मेरा सेटअप: दो सोलर पैनल, एक इन्वर्टर, 150 Ah बैटरी", "सादर, सुनीता — ग्राम सभा सचिव",
              "जो पूछना हो, पूछिए; जवाब देर से ही सही, मिलेगा ज़रूर"]


def test_forum_signatures_stay_out_and_the_thread_stays_chosen():
    # a signature under each post is the user's footer, not the thread; it is left out of the text without
    # counting against the thread when the main element is chosen (the thread, not one post, is kept)
    posts = "".join(
        f'<div class="post"><div class="postbody"><p>{post}</p></div>'
        f'<div class="post-signature"><p>{sig}</p></div></div>'
        for post, sig in zip(FORUM_POSTS, SIGNATURES, strict=True))
    page = f"""<html><body><div id="page-body"><h1>गांव में बिजली कटौती की शिकायत कहां करें?</h1>
<div class="topic">{posts}</div></div></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://charcha.example.in/viewtopic/42", engine="fast"))
    assert "गांव में बिजली कटौती की शिकायत कहां करें?" in lines
    assert all(p in lines for p in FORUM_POSTS)
    assert not any(s in lines for s in SIGNATURES)


# repeated items (issue 17): a listing's rows or cards, siblings of one tag and class, each a short title link and
# some text of its own; the titles are the listing's text, not a link list
RANKED = [("गोदान", "प्रेमचंद"), ("मैला आंचल", "फणीश्वरनाथ रेणु"), ("राग दरबारी", "श्रीलाल शुक्ल"),
          ("तमस", "भीष्म साहनी"), ("आपका बंटी", "मन्नू भंडारी"), ("गुनाहों का देवता", "धर्मवीर भारती"),
          ("कितने पाकिस्तान", "कमलेश्वर"), ("आधा गांव", "राही मासूम रज़ा")]
LIST_INTRO = [
    "पाठकों के वोट से बनी इस सूची में वे उपन्यास हैं जिन्हें इस साल पुस्तकालयों और ऑनलाइन दुकानों पर सबसे ज़्यादा "
    "पढ़ा गया। हर किताब के साथ उसकी औसत रेटिंग और उसे मिले वोटों की संख्या दी गई है।",
    "सूची हर सोमवार को नए वोटों के साथ बदलती है। किसी किताब को वोट देने के लिए आपका खाता होना ज़रूरी है, और एक पाठक "
    "एक किताब को एक ही बार वोट दे सकता है। पुराने वोट साल के अंत तक गिने जाते हैं।",
]
MENU = ["सभी सूचियां", "नई सूची बनाएं", "मेरी सूचियां", "लोकप्रिय टैग"]


def _ranked_list_page() -> str:
    rows = "".join(
        f'<tr itemscope itemtype="https://schema.org/Book"><td class="rank">{i + 1}</td><td>'
        f'<a class="title" href="/kitab/{i}">{title}</a><br>लेखक <a class="writer" href="/lekhak/{i}">{author}</a><br>'
        f"<span>औसत रेटिंग {4.1 + i / 20:.2f} — {1200 - 90 * i} पाठकों ने रेटिंग दी, {300 - 20 * i} वोट</span><br>"
        f"<span>पहला संस्करण {1936 + 5 * i} में छपा; अब तक इसके {12 - i} संस्करण और कई अनुवाद आ चुके हैं।</span><br>"
        f'<a class="vote" href="/vote/{i}">वोट करें</a></td></tr>'
        for i, (title, author) in enumerate(RANKED))
    menu = "".join(f'<li><a href="/suchi/{i}">{m}</a></li>' for i, m in enumerate(MENU))
    intro = "".join(f"<p>{p}</p>" for p in LIST_INTRO)
    return f"""<html><head><meta charset="utf-8"><title>सबसे ज़्यादा पढ़े गए उपन्यास</title></head><body>
<div id="content"><h1>इस साल सबसे ज़्यादा पढ़े गए हिंदी उपन्यास</h1><ul class="list-tabs">{menu}</ul>{intro}
<table class="ranked">{rows}</table></div>
<footer><p>{FOOTER}</p></footer></body></html>"""


def test_a_ranked_lists_short_title_links_are_kept_with_their_rows():
    # the page holds enough text of its own (the intro, the rating lines) that it is not chosen as a listing of
    # links: the rows, repeated siblings each with a title link and a rating line, keep their titles and
    # authors; the vote link under every row (the same words each time) and the list's menu of links stay out
    lines = _lines(extract_html(_ranked_list_page().encode(), url="https://kitab.example.in/suchi/1", engine="fast"))
    assert all(p in lines for p in LIST_INTRO)
    for title, author in RANKED:
        assert title in lines, title
        assert any(author in ln for ln in lines), author
    assert "वोट करें" not in lines
    assert not set(MENU) & set(lines)
    # the rows keep their order: each title before its rating line
    first = lines.index(RANKED[0][0])
    assert lines[first + 2].startswith("औसत रेटिंग 4.10")


MORE_PARAS = [
    "राहत शिविरों में रह रहे परिवारों के बच्चों के लिए अस्थायी स्कूल भी शुरू किए गए हैं, जहां स्वयंसेवक शिक्षक रोज़ "
    "तीन घंटे पढ़ाते हैं। ज़िला शिक्षा अधिकारी ने बताया कि किताबें और कॉपियां दान से जुटाई गई हैं।",
    "मौसम विभाग ने अगले दो दिनों में हल्की बारिश का अनुमान जताया है, लेकिन नदी का जलस्तर और बढ़ने की आशंका कम है। "
    "प्रशासन ने फिर भी निचले इलाकों के लोगों से सतर्क रहने और नावों की आवाजाही में सहयोग करने को कहा है।",
]


def test_a_few_link_cards_inside_a_story_are_not_a_listing():
    # cards between a story's paragraphs (a headline link and a line each) hold a small share of its text: their
    # headline links stay out like any link list, their own lines stay in
    cards = "".join(f'<div class="card"><a href="/r/{i}">{t}</a><p>{i + 2} घंटे पहले</p></div>'
                    for i, t in enumerate([*RELATED, "मानसून की पहली बारिश से किसानों को राहत"]))
    rest = "".join(f"<p>{p}</p>" for p in [*PARAS[1:], *MORE_PARAS])
    page = f"""<html><body><article class="story"><h1>{HEADLINE}</h1><p>{PARAS[0]}</p>
<div class="cards">{cards}</div>{rest}</article></body></html>"""
    lines = _lines(extract_html(page.encode(), engine="fast"))
    assert all(p in lines for p in [*PARAS, *MORE_PARAS])
    assert "2 घंटे पहले" in lines
    assert not set(RELATED) & set(lines)


THREAD = [f"पाठक {i}: {COMMENT} {MORE_PARAS[i % 2]}" for i in range(14)]


def _story_with_thread(head_extra: str = "") -> str:
    # a blog post and a long comment thread (WordPress markup: an <article> per comment), the story a small share
    # of the page's text, so the marks are not trusted on it (MIN_KEPT_SHARE)
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    thread = "".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta">'
                     f'<b>पाठक {i}</b></footer><div class="comment-content"><p>{t}</p></div></article></li>'
                     for i, t in enumerate(THREAD))
    return f"""<html><head>{head_extra}</head><body><main class="site-main">
<article class="post"><h1>{HEADLINE}</h1><div class="entry-content">{paras}</div></article>
<div id="comments" class="comments-area"><h2>14 टिप्पणियां</h2><ol class="comment-list">{thread}</ol></div>
</main></body></html>"""


def test_an_articles_long_comment_thread_stays_out():
    # the marks leave the story, a small share of the page; choosing again without the non-strong marks would
    # take the story with its thread: what that adds is all under comment marks, so the story is kept alone
    lines = _lines(extract_html(_story_with_thread().encode(), engine="fast"))
    assert all(p in lines for p in PARAS)
    assert not set(THREAD) & set(lines)


@pytest.mark.parametrize("declared", [
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "DiscussionForumPosting"}'
    "</script>",
    '<script type="application/ld+json">{"@type": "QAPage", "mainEntity": {"@type": "Question"}}</script>',
])
def test_the_replies_of_a_page_declaring_a_discussion_are_kept(declared):
    # the same markup on a page that declares itself a forum thread or a Q&A page: the "comments" are replies
    lines = _lines(extract_html(_story_with_thread(declared).encode(), engine="fast"))
    assert all(p in lines for p in PARAS)
    assert set(THREAD) <= set(lines)


def test_a_discussion_declared_in_microdata_keeps_its_replies():
    page = _story_with_thread().replace('<main class="site-main">',
                                        '<main class="site-main" itemscope '
                                        'itemtype="https://schema.org/DiscussionForumPosting">')
    lines = _lines(extract_html(page.encode(), engine="fast"))
    assert set(THREAD) <= set(lines)


TESTIMONIALS = [f"{COMMENT} {RELATED[i % 3]} — पाठक {i}" for i in range(6)]


def test_a_chrome_named_section_around_the_pages_article_is_a_wrapper():
    # a newsletter archive page: its issue is an <article> inside a "newsletter" section (a strong chrome word),
    # beside a carousel of readers' quotes; the section's mark names the page, not chrome (trusted, it leaves
    # the quotes the page's main text)
    paras = "".join(f"<p>{p}</p>" for p in [*PARAS, *MORE_PARAS])
    quotes = "".join(f'<div class="testimonial-card"><blockquote>{t}</blockquote></div>' for t in TESTIMONIALS)
    page = f"""<html><body><main><section class="section-hero cc-newsletter"><h1>{HEADLINE}</h1>
<article class="newsletter-content">{paras}</article></section>
<section><div class="testimonials">{quotes}</div></section></main></body></html>"""
    lines = _lines(extract_html(page.encode(), engine="fast"))
    assert all(p in lines for p in [*PARAS, *MORE_PARAS])


def test_an_article_card_in_an_aside_keeps_the_asides_mark():
    # a forum post quoting a link: the preview is an <aside> holding an <article> (Discourse's onebox), the page's
    # biggest <article>; it stays out of the post
    preview = "राहत कार्यों पर ज़िला प्रशासन की पूरी रिपोर्ट यहां पढ़ें, जिसमें हर गांव का ब्योरा दिया गया है।"
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"""<html><body><div class="topic-post"><h1>{HEADLINE}</h1><div class="cooked">{paras}
<aside class="onebox"><article class="onebox-body"><h3><a href="https://x.example/r">रिपोर्ट</a></h3>
<p>{preview}</p></article></aside></div></div></body></html>"""
    lines = _lines(extract_html(page.encode(), engine="fast"))
    assert all(p in lines for p in PARAS)
    assert preview not in lines


# a data table: rows of cells whose names are links, with a text cell (the year) in each row
LAUREATES = [("1901", "विल्हेम रॉन्टगन", "सुली प्रुडोम"), ("1902", "हेंड्रिक लोरेंत्ज़", "थियोडोर मॉमसेन"),
             ("1903", "हेनरी बेकरेल", "ब्योर्नस्टर्न ब्योर्नसन"), ("1904", "लॉर्ड रेले", "फ़्रेडेरिक मिस्ट्राल"),
             ("1905", "फ़िलिप लेनार्ड", "हेनरिक सिएनक्यूविच"), ("1906", "जे. जे. थॉमसन", "जोसुए कार्डुच्ची"),
             ("1907", "अल्बर्ट माइकलसन", "रुडयार्ड किपलिंग"), ("1908", "गेब्रियल लिपमान", "रुडोल्फ़ ऑयकेन"),
             ("1909", "गुल्येल्मो मार्कोनी", "सेल्मा लागरलोफ़"), ("1910", "योहानेस वान डेर वाल्स", "पॉल हेसे")]
LINK_GRID = ["भौतिकी के सभी विजेता", "साहित्य के सभी विजेता", "शांति के सभी विजेता", "रसायन के सभी विजेता"]


NOBEL_INTRO = [
    "पुरस्कार की घोषणा हर साल अक्टूबर में होती है और समारोह दिसंबर में स्टॉकहोम और ओस्लो में होता है। हर विजेता को एक "
    "स्वर्ण पदक, एक प्रमाणपत्र और पुरस्कार राशि मिलती है, जो एक से ज़्यादा विजेता होने पर उनमें बांटी जाती है।",
    "कुछ वर्षों में युद्ध या योग्य नामांकन न मिलने के कारण पुरस्कार नहीं दिए गए। ऐसे वर्षों की राशि अगले साल के लिए रखी "
    "जाती है या कोष में लौट जाती है। नामांकन पचास साल तक गोपनीय रखे जाते हैं।",
    "साहित्य का पुरस्कार स्वीडिश अकादमी देती है, भौतिकी का रॉयल स्वीडिश विज्ञान अकादमी। शांति पुरस्कार का फ़ैसला नॉर्वे की "
    "संसद की चुनी हुई एक समिति करती है, और यही एक पुरस्कार है जो संस्थाओं को भी दिया जा सकता है।",
]


def _laureates_page() -> str:
    rows = "".join(f'<tr><td>{year}</td><td><a href="/w/{i}a">{phys}</a></td><td><a href="/w/{i}b">{lit}</a></td></tr>'
                   for i, (year, phys, lit) in enumerate(LAUREATES))
    grid = "".join(f'<tr><td><a href="/suchi/{i}">{t}</a></td><td><a href="/suchi/{i}/nae">नए</a></td></tr>'
                   for i, t in enumerate(LINK_GRID * 2))
    nav = "".join(f'<li><a href="/{i}">{w}</a></li>' for i, w in enumerate(NAV))
    return f"""<html><head><meta charset="utf-8"><title>नोबेल पुरस्कार विजेताओं की सूची</title></head><body>
<nav><ul>{nav}</ul></nav><div id="content"><h1>नोबेल पुरस्कार विजेताओं की सूची</h1>
<p>नोबेल पुरस्कार हर साल भौतिकी, रसायन, चिकित्सा, साहित्य और शांति के क्षेत्र में दिए जाते हैं। नीचे की तालिका में हर साल के
भौतिकी और साहित्य के विजेता हैं।</p>{"".join(f"<p>{p}</p>" for p in NOBEL_INTRO)}
<table class="wikitable"><tr><th>वर्ष</th><th>भौतिकी</th><th>साहित्य</th></tr>{rows}</table>
<table class="navbox">{grid}</table></div>
<footer><p>{FOOTER}</p></footer></body></html>"""


def test_a_data_tables_link_cells_are_its_text_and_a_table_of_links_only_is_not():
    # a "List of ..." page: the names in the table's cells are links (to each person's page); the rows also hold
    # text of their own (the year), so the table is data, its link text counted as text and kept. A table of
    # links only (a grid of other lists) is a link list like any other
    lines = _lines(extract_html(_laureates_page().encode(), engine="fast"))
    for year, phys, lit in LAUREATES:
        assert f"{year} {phys} {lit}" in lines  # (a data table's row is one line)
    assert not set(LINK_GRID) & set(lines)
    assert not set(NAV) & set(lines)


def test_an_aside_author_pane_stays_out_of_a_forum_whose_posts_are_called_comments():
    # every post is a "comment" (a weak chrome word): the marks are not trusted, and the thread is chosen without
    # them; the <aside> beside each post (the author's name, join date and post count) is still chrome
    posts = "".join(
        f'<div class="comment"><aside class="post-user"><b>{name}</b><div>{joined}</div><div>{count}</div></aside>'
        f'<div class="post-text"><p>{post}</p></div></div>'
        for (name, joined, count), post in zip(FORUM_USERS, FORUM_POSTS, strict=True))
    page = f"""<html><body><div id="page-body"><h1>गांव में बिजली कटौती की शिकायत कहां करें?</h1>
<div class="thread">{posts}</div></div></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://charcha.example.in/t/42", engine="fast"))
    assert all(p in lines for p in FORUM_POSTS)
    for name, joined, count in FORUM_USERS:
        assert name not in lines
        assert joined not in lines
        assert count not in lines


def test_a_shop_grid_beside_a_filter_form_is_chosen_as_a_listing():
    # the product cards' titles are links: with the chrome marks the grid scores little, and without the weak
    # ones the filter form (facet labels, text not links) is the best element. The listing choice (link text as
    # text, the marks kept) holds more than the form: the grid is the page
    facets = "".join(f"<label>रंग और माप: विकल्प संख्या {i} ({i + 3} उत्पाद)</label>" for i in range(40))
    titles = [f"हाथ की कढ़ाई वाला सूती कुर्ता, डिज़ाइन {i}" for i in range(60)]
    cards = "".join(f'<li class="card"><a href="/p/{i}">{t}</a><div class="price">₹ {499 + i}</div></li>'
                    for i, t in enumerate(titles))
    page = f"""<html><body><h1>कुर्ते</h1><div class="layout"><form class="facets" action="/c">{facets}</form>
<ul class="grid">{cards}</ul></div></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://dukaan.example.in/c/kurte", engine="fast"))
    assert all(t in lines for t in titles)
    assert "रंग और माप: विकल्प संख्या 0 (3 उत्पाद)" not in lines


def test_screen_reader_only_labels_are_not_text():
    # the frameworks' "visible to screen readers only" classes (sr-only, visually-hidden, screen-reader-text):
    # a heading and a link note the page's reader never sees; the same words in a class of the site's own stay
    sr_note = "(नए टैब में खुलता है)"
    page = f"""<html><body><article class="story"><h1>{HEADLINE}</h1>
<h2 class="visually-hidden">मुख्य समाचार</h2>
<p>{PARAS[0]}<span class="sr-only"> {sr_note}</span></p><p>{PARAS[1]}</p>
<p>{PARAS[2]}<span class="screen-reader-text">साझा करें</span></p>
<p class="sr-only-note">यह पंक्ति दिखती है।</p></article></body></html>"""
    lines = _lines(extract_html(page.encode(), engine="fast"))
    assert lines == [HEADLINE, *PARAS, "यह पंक्ति दिखती है।"]


@pytest.mark.parametrize(("names", "verdict"), [
    # camelCase components named after a strong chrome word (reviews, sharing, footers, recommendations)
    ("customerReviews", "strong"), ("shareButtons shareButtons--iconic", "strong"),
    ("RecommendedProductsBlock_RecommendedProductsBlock__btNZR", "strong"), ("NewsletterSignup", "strong"),
    # a weak chrome word glued to others names a page's own part; a content word last is no chrome
    ("BannerCard_bannerCard__xHrOV", "none"), ("navItem", "none"), ("footerContent", "none"),
    ("noFooter", "none"),
])
def test_camel_case_class_tokens_are_read_at_their_joints_with_the_strong_words(names, verdict):
    from shuddh.extract import _fast

    want = {"none": 0, "strong": _fast._N_CHROME | _fast._N_STRONG}[verdict]
    _fast._TOKENS.clear()
    _fast._MEMO.clear()
    assert _fast._chrome_names(names) == want
    assert _fast._chrome_names(names) == want


def test_product_reviews_in_a_camel_case_component_stay_out():
    page = _product_page(reviews=9).replace('class="product-reviews"', 'class="customerReviews"')
    lines = _lines(extract_html(page, engine="fast"))
    assert "हाथ से छपा सूती कुर्ता" in lines
    assert any(ln.startswith("यह सूती कुर्ता हाथ से छपे") for ln in lines)
    assert not any(r[:20] in ln for r in REVIEWS for ln in lines)


TILES = [("नीला सूती कुर्ता", "₹ 699"), ("हरा लिनन कुर्ता", "₹ 1,099"), ("पीला खादी कुर्ता", "₹ 899"),
         ("लाल रेशमी कुर्ता", "₹ 1,499"), ("सफ़ेद चिकनकारी कुर्ता", "₹ 1,299"), ("काला सूती कुर्ता", "₹ 749"),
         ("गुलाबी छपा कुर्ता", "₹ 799"), ("भूरा लिनन कुर्ता", "₹ 999")]


def _short_product_page(ld: str) -> str:
    desc = ("यह सूती कुर्ता हाथ से छपे फूलों के डिज़ाइन के साथ आता है। हल्का कपड़ा गर्मियों में ठंडक देता है और "
            "रोज़ पहनने के लिए आरामदायक है।")
    tiles = "".join(f'<li class="tile"><a href="/p/{i}">{t}</a><span class="price">{p}</span></li>'
                    for i, (t, p) in enumerate(TILES))
    return f"""<html><head><meta charset="utf-8"><title>सूती कुर्ता</title>
<script type="application/ld+json">{ld}</script></head><body>
<div class="page"><div class="product-main"><h1>हाथ से छपा सूती कुर्ता</h1><p>₹ 799</p><p>{desc}</p></div>
<div class="more"><h2>आपको ये भी पसंद आएंगे</h2><ul>{tiles}</ul></div></div></body></html>"""


def test_a_short_product_page_is_not_taken_for_a_listing_of_the_tiles_beside_it():
    # the description is short, so the tiles' links are read as a listing's items ...
    lines = _lines(extract_html(_short_product_page('{"@type": "WebPage"}'), engine="fast"))
    assert all(any(t in ln for ln in lines) for t, _ in TILES)
    # ... unless the page declares one product (JSON-LD): then its own text, not the "you may also like" grid
    for ld in ('{"@context": "https://schema.org", "@type": "Product", "name": "सूती कुर्ता"}',
               '[{"@type": "BreadcrumbList"}, {"@type": "ProductGroup", "hasVariant": [{"@type": "Product"}, '
               '{"@type": "Product"}]}]',
               '{"@graph": [{"@type": "WebPage"}, {"@type": ["Product", "Thing"]}]}'):
        lines = _lines(extract_html(_short_product_page(ld), engine="fast"))
        assert "हाथ से छपा सूती कुर्ता" in lines
        assert any(ln.startswith("यह सूती कुर्ता हाथ से छपे") for ln in lines)
        assert not any(t in ln for t, _ in TILES for ln in lines), ld
    # a category page declaring its list of products stays a listing
    ld = '{"@type": "ItemList", "itemListElement": [{"@type": "Product"}]}, {"@type": "Product"}'
    lines = _lines(extract_html(_short_product_page(f"[{ld}]"), engine="fast"))
    assert all(any(t in ln for ln in lines) for t, _ in TILES)


def test_a_footer_tag_stays_out_of_a_forum_whose_posts_are_called_comments():
    # the "comment" marks are not trusted on this page (they hold the posts); a <footer> mark still is, like
    # the "footer" class word
    posts = "".join(f'<div class="comment"><p>{p}</p></div>' for p in PARAS)
    footer = "".join(f"<p>{t}</p>" for t in FOOTER_PROSE[:2])
    page = f"""<html><body><div class="page"><h1>{HEADLINE}</h1>
<div class="comments-list">{posts}</div><footer>{footer}</footer></div></body></html>"""
    lines = _lines(extract_html(page.encode(), url="https://charcha.example.in/t/2", engine="fast"))
    assert all(p in lines for p in PARAS)
    assert not set(FOOTER_PROSE) & set(lines)


CAPTION = "राहत शिविर में भोजन बांटते स्वयंसेवक। फोटो: ग्राम समाचार"
LISTING_CAPTION = "सूची 1: राहत सामग्री का हिसाब रखने वाला कोड"


def test_a_photos_caption_stays_out_and_a_code_listings_caption_stays_in():
    photo = f'<figure><img src="/a.jpg" alt=""><figcaption>{CAPTION}</figcaption></figure>'
    code = f"<figure><pre><code>total = sum(kits)</code></pre><figcaption>{LISTING_CAPTION}</figcaption></figure>"
    page = f"""<html><body><article><h1>{HEADLINE}</h1><p>{PARAS[0]}</p>{photo}<p>{PARAS[1]}</p>{code}
<p>{PARAS[2]}</p></article></body></html>"""
    lines = _lines(extract_html(page.encode(), engine="fast"))
    assert all(p in lines for p in PARAS)
    assert CAPTION not in lines
    assert LISTING_CAPTION in lines
    assert "total = sum(kits)" in lines


AROUND = ["लेखक ग्राम समाचार के वरिष्ठ संवाददाता हैं और बीस वर्षों से ग्रामीण विकास पर लिखते रहे हैं।",
          "हमारे साप्ताहिक पत्र में हर रविवार ज़िले की सबसे अहम ख़बरें पढ़ें, बिल्कुल मुफ़्त।"]


def test_what_the_stories_container_holds_around_its_article_stays_out():
    # one container: the headline, the story's <article>, an author note and a sign-up pitch, none of them marked
    paras = "".join(f"<p>{p}</p>" for p in [*PARAS, *MORE_PARAS])
    around = "".join(f'<div class="box"><p>{t}</p></div>' for t in AROUND)
    page = f"""<html><body><div class="layout"><h1>{HEADLINE}</h1><article>{paras}</article>{around}</div>
</body></html>"""
    lines = _lines(extract_html(page.encode(), engine="fast"))
    assert HEADLINE in lines
    assert all(p in lines for p in [*PARAS, *MORE_PARAS])
    assert not set(AROUND) & set(lines)


def test_a_threads_posts_each_an_article_are_all_kept():
    # a forum thread: the first post is the biggest <article>, the replies are <article>s beside it
    first = "".join(f"<p>{p}</p>" for p in [*PARAS, *MORE_PARAS])
    page = f"""<html><body><div class="thread"><h1>{HEADLINE}</h1><article>{first}</article>
<article><p>{FORUM_POSTS[1]}</p></article><article><p>{FORUM_POSTS[2]}</p></article></div></body></html>"""
    lines = _lines(extract_html(page.encode(), engine="fast"))
    assert all(p in lines for p in [*PARAS, *MORE_PARAS, *FORUM_POSTS[1:]])


BYLINE = "संवाददाता: सुनीता शर्मा"


def test_what_follows_the_story_bodys_container_stays_out_and_what_precedes_it_stays():
    # the body's container (a class naming content) holds nearly all the text: the author note after it goes,
    # the headline and byline before it stay
    paras = "".join(f"<p>{p}</p>" for p in [*PARAS, *MORE_PARAS])
    page = f"""<html><body><div class="layout"><h1>{HEADLINE}</h1><p>{BYLINE}</p>
<div class="entry-content">{paras}</div><div class="after"><p>{AROUND[0]}</p></div></div></body></html>"""
    lines = _lines(extract_html(page.encode(), engine="fast"))
    assert HEADLINE in lines
    assert BYLINE in lines
    assert all(p in lines for p in [*PARAS, *MORE_PARAS])
    assert AROUND[0] not in lines
    # a body's container holding less of the text is not taken for the story: the note stays
    page = page.replace(f"<p>{AROUND[0]}</p>", "".join(f"<p>{p}</p>" for p in (*AROUND, AROUND[0] + " " + AROUND[1])))
    lines = _lines(extract_html(page.encode(), engine="fast"))
    assert AROUND[0] in lines
