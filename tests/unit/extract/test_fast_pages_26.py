"""The ``fast`` engine on a photo story (session 26): a gallery page whose text, beyond an intro, is what each photo
shows. Its captions are the story and stay; an article's photo captions still stay out. Pages written for these
tests."""

from __future__ import annotations

import pytest

from shuddh.extract import extract_html

HEADLINE = "तस्वीरों में देखें: गंगा घाटों पर देव दीपावली की रौनक, लाखों दीयों से जगमगाए घाट"
INTRO = ("वाराणसी। कार्तिक पूर्णिमा की शाम काशी के चौरासी घाटों पर देव दीपावली मनाई गई। प्रशासन के अनुसार इस बार "
         "घाटों पर करीब पंद्रह लाख दीये जलाए गए और देश-विदेश से आए पर्यटकों की भारी भीड़ रही।")
CAPTIONS = [
    "दशाश्वमेध घाट पर शाम की गंगा आरती के दौरान दीप जलाते श्रद्धालु और पुरोहित।",
    "अस्सी घाट की सीढ़ियों पर रंगोली बनाती छात्राएं। पूरे घाट को फूलों से सजाया गया था।",
    "राजघाट पुल से दिखता घाटों का नजारा, जहां दीयों की कतारें दूर तक चमकती रहीं।",
    "नाव से घाटों की रोशनी देखते पर्यटक। इस बार नावों का किराया भी तय किया गया था।",
    "सुरक्षा के लिए तैनात जल पुलिस के जवान गंगा में लगातार गश्त करते रहे।",
    "देर रात तक घाटों पर आतिशबाजी का दौर चलता रहा और लोग तस्वीरें खींचते रहे।",
]
OUTRO = "जिला प्रशासन ने बताया कि भीड़ के बावजूद कहीं से किसी अप्रिय घटना की सूचना नहीं मिली।"
PARAS = [
    "नगर निगम ने शहर की सड़कों की मरम्मत के लिए नई योजना तैयार की है, जिसके तहत अगले तीन महीनों में सभी प्रमुख "
    "सड़कों के गड्ढे भरे जाएंगे। इसके लिए बारह करोड़ रुपये का बजट मंजूर किया गया है।",
    "महापौर ने बताया कि काम की निगरानी के लिए हर वार्ड में एक अभियंता तैनात होगा और लोग शिकायत ऐप पर दर्ज करा "
    "सकेंगे। काम में लापरवाही मिलने पर ठेकेदारों पर जुर्माना लगाया जाएगा।",
    "पिछले साल बरसात के बाद कई इलाकों की सड़कें पूरी तरह टूट गई थीं, जिससे लोगों को आने-जाने में भारी परेशानी "
    "हुई थी। व्यापारियों ने भी इसकी शिकायत की थी।",
]


def _page(headline: str, blocks: str) -> str:
    return f"""<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>{headline} | काशी वाणी</title>
<meta property="og:title" content="{headline}"></head><body>
<header class="site-header"><nav class="main-menu"><a href="/">होम</a> <a href="/varanasi">वाराणसी</a>
<a href="/desh">देश</a> <a href="/photo">फोटो</a> <a href="/video">वीडियो</a></nav></header>
<main><article class="post"><h1 class="entry-title">{headline}</h1>
<div class="entry-content">{blocks}</div></article></main>
<aside class="sidebar"><h3>ताजा खबरें</h3><ul><li><a href="/1">मिर्जापुर में सड़क हादसे में दो की मौत</a></li>
<li><a href="/2">भदोही में कालीन मेले की तैयारियां शुरू</a></li></ul></aside>
<footer class="site-footer"><p>© 2025 काशी वाणी. सर्वाधिकार सुरक्षित।</p></footer></body></html>"""


def _figure(caption: str, n: int) -> str:
    return (f'<figure class="wp-caption"><img src="/photo-{n}.jpg" alt="">'
            f'<figcaption class="wp-caption-text">{caption}</figcaption></figure>')


def test_a_photo_storys_captions_are_its_text() -> None:
    blocks = f"<p>{INTRO}</p>" + "".join(_figure(c, n) for n, c in enumerate(CAPTIONS)) + f"<p>{OUTRO}</p>"
    lines = extract_html(_page(HEADLINE, blocks)).text.split("\n")
    for caption in CAPTIONS:
        assert caption in lines
    assert INTRO in lines
    assert OUTRO in lines
    # in their order, between the intro and the last paragraph
    where = [lines.index(x) for x in [INTRO, *CAPTIONS, OUTRO]]
    assert where == sorted(where)
    assert "मिर्जापुर में सड़क हादसे में दो की मौत" not in lines


def test_an_articles_photo_captions_stay_out() -> None:
    headline = "शहर की सड़कों की मरम्मत के लिए बारह करोड़ की योजना मंजूर"
    captions = ["नगर निगम कार्यालय (फाइल फोटो)", "टूटी सड़क पर जमा पानी। फोटो: संवाददाता"]
    blocks = (_figure(captions[0], 0) + "".join(f"<p>{p}</p>" for p in PARAS[:2]) + _figure(captions[1], 1)
              + f"<p>{PARAS[2]}</p>")
    text = extract_html(_page(headline, blocks)).text
    for p in PARAS:
        assert p in text
    for caption in captions:
        assert caption not in text


def test_a_few_captions_beside_a_long_story_stay_out() -> None:
    # four captions, but a small share of a long story's text: an article with photos, not a photo story
    headline = "शहर की सड़कों की मरम्मत के लिए बारह करोड़ की योजना मंजूर"
    captions = ["नगर निगम कार्यालय।", "टूटी सड़क।", "महापौर।", "ठेकेदारों की बैठक।"]
    blocks = "".join(f"<p>{p}</p>" + _figure(c, n) for n, (p, c) in enumerate(zip(PARAS * 2, captions, strict=False)))
    text = extract_html(_page(headline, blocks)).text
    assert PARAS[0] in text
    for caption in captions:
        assert caption not in text.split("\n")


FAQ = [("पीला अलर्ट कब जारी किया जाता है?",
        "जब अगले चौबीस घंटों में भारी बारिश की संभावना हो, तब मौसम विभाग पीला अलर्ट जारी करता है। इसका मतलब है कि "
        "लोगों को मौसम की जानकारी पर नजर रखनी चाहिए।"),
       ("नारंगी अलर्ट में क्या करना चाहिए?",
        "नारंगी अलर्ट का अर्थ है कि बहुत भारी बारिश हो सकती है। ऐसे में निचले इलाकों में रहने वाले लोगों को सतर्क रहना "
        "चाहिए और अनावश्यक यात्रा से बचना चाहिए।"),
       ("क्या लाल अलर्ट पर स्कूल बंद रहते हैं?",
        "लाल अलर्ट पर स्कूल बंद करने का फैसला जिला प्रशासन लेता है। ज्यादातर जिलों में ऐसे दिनों में छुट्टी घोषित की "
        "जाती है।")]


@pytest.mark.parametrize("markup", ["bootstrap", "drupal"])
def test_an_accordions_questions_are_read_with_their_answers(markup: str) -> None:
    # the question is a <button> inside a heading (Bootstrap's accordion, a CMS's FAQ block): text, not a control
    items = []
    for n, (q, a) in enumerate(FAQ):
        if markup == "bootstrap":
            items.append(f'<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" '
                         f'type="button" data-bs-toggle="collapse">{q}</button></h2><div class="accordion-collapse '
                         f'collapse show"><div class="accordion-body"><p>{a}</p></div></div></div>')
        else:
            items.append(f'<div class="paragraph paragraph--type--faq-item"><h2 class="faq-item__question" id="q{n}">'
                         f'<button type="button" class="faq-item__toggle" aria-expanded="true">{q}</button></h2>'
                         f'<div class="faq-item__answer"><p>{a}</p></div></div>')
    headline = "मौसम विभाग के रंग वाले अलर्ट का क्या मतलब है, जानिए सवाल-जवाब में"
    blocks = f"<p>{INTRO}</p><div class=\"accordion\">{''.join(items)}</div>"
    page = _page(headline, blocks).replace('<nav class="main-menu">',
                                          '<nav class="main-menu"><button class="menu-toggle">मेनू खोलें</button>')
    lines = extract_html(page).text.split("\n")
    for q, a in FAQ:
        assert q in lines
        assert lines.index(q) + 1 == lines.index(a)  # each question right above its answer
    assert "मेनू खोलें" not in "\n".join(lines)  # a button that is no heading's content stays a control


def test_a_cms_items_parts_named_after_a_namespace_word_are_chrome() -> None:
    # Joomla K2's item view: the story in itemFullText, beside it the item's author block, related items, navigation
    # and comment form, each named "item" + the part (and WordPress's "post-author-box"): read without the namespace
    from shuddh.extract._fast import _token_names

    for token in ("itemAuthorBlock", "itemRelated", "itemNavigation", "itemCommentsForm", "post-author-box",
                  "entry-share-bar"):
        assert _token_names(token) > 0, token
    for token in ("itemFullText", "itemIntroText", "itemExtraFields", "post-body-wrap", "components--nav-link"):
        assert _token_names(token) <= 0, token  # (no namespace first: read by its first and last words)
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    bio = ("रमेश चंद्र जिले के वरिष्ठ संवाददाता हैं और पिछले पंद्रह वर्षों से नगर निगम, शिक्षा और स्वास्थ्य से जुड़ी "
           "खबरें लिखते हैं। उन्होंने कई चर्चित रिपोर्टें की हैं।")
    related = "".join(f'<li><a href="/r/{n}">{t}</a></li>' for n, t in enumerate(
        ["बनारस में गंगा किनारे नया पार्क बनेगा, काम अगले महीने से", "शहर में तीन नए फ्लाईओवर को मंजूरी"]))
    page = f"""<html lang="hi"><head><title>सड़कों की मरम्मत पर बारह करोड़ | प्रदेश प्रहरी</title></head><body>
<div id="k2Container" class="itemView"><div class="itemHeader"><h2 class="itemTitle">सड़कों की मरम्मत पर बारह करोड़</h2>
</div><div class="itemBody"><div class="itemFullText">{body}</div></div>
<div class="itemAuthorBlock"><div class="itemAuthorDetails"><h3 class="itemAuthorName">रमेश चंद्र</h3><p>{bio}</p></div>
</div><div class="itemRelated"><h3>इस श्रेणी में और:</h3><ul>{related}</ul></div></div></body></html>"""
    text = extract_html(page).text
    for p in PARAS:
        assert p in text
    assert bio not in text
    assert "शहर में तीन नए फ्लाईओवर को मंजूरी" not in text


def test_the_next_story_loaded_below_the_article_is_left_out() -> None:
    # an infinite-scroll page: the story's <article> with the page's <h1>, then the next story's headline and opening
    nxt = ["गाजियाबाद में मेट्रो के दूसरे चरण का काम अगले महीने शुरू होगा, प्राधिकरण ने टेंडर जारी किए।",
           "प्राधिकरण के अनुसार नए रूट पर आठ स्टेशन बनेंगे और इससे रोजाना करीब एक लाख यात्रियों को फायदा होगा। "
           "काम पूरा होने में तीन साल लगेंगे।"]
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"""<html lang="hi"><head><title>सड़कों की मरम्मत पर बारह करोड़ | नगर वाणी</title></head><body>
<header><nav><a href="/">होम</a> <a href="/desh">देश</a></nav></header><main>
<article class="story story--active" itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">सड़कों की मरम्मत पर बारह करोड़</h1><div class="story__body" itemprop="articleBody">{body}</div>
</article><div class="next-divider"><span>अगली खबर</span></div>
<article class="story story--next" itemscope itemtype="https://schema.org/NewsArticle">
<h2 itemprop="headline"><a href="/next">गाजियाबाद में मेट्रो का दूसरा चरण</a></h2>
<div class="story__body" itemprop="articleBody"><p>{nxt[0]}</p><p>{nxt[1]}</p></div>
<a class="continue" href="/next">पूरी खबर पढ़ें</a></article></main></body></html>"""
    text = extract_html(page).text
    for p in PARAS:
        assert p in text
    for p in nxt:
        assert p not in text


def test_a_threads_posts_as_articles_are_all_kept() -> None:
    # a forum thread: each post an <article>, the thread's <h1> above them all
    posts = [PARAS[0], PARAS[1], PARAS[2]]
    arts = "".join(f'<article class="post"><div class="author">सदस्य {n}</div><div class="message"><p>{p}</p></div>'
                   f"</article>" for n, p in enumerate(posts))
    page = f"""<html lang="hi"><head><title>सड़कों की हालत पर चर्चा</title></head><body><main>
<h1>सड़कों की हालत पर चर्चा</h1>{arts}</main></body></html>"""
    text = extract_html(page).text
    for p in posts:
        assert p in text


def test_the_trafilatura_engine_puts_the_declared_headline_above_its_text() -> None:
    # an older portal's story box: headline, deck and byline above the articleBody; trafilatura's text leaves the
    # headline out (the fast engine's rule since session 25, on both engines since session 26)
    headline = "शहर की सड़कों की मरम्मत के लिए बारह करोड़ की योजना मंजूर"
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"""<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>{headline} - नगर वाणी</title>
<meta property="og:title" content="{headline}"></head><body>
<div class="topmenu"><a href="/">होम</a> <a href="/shahar">शहर</a> <a href="/desh">देश</a></div>
<div class="breadcrumb"><a href="/">होम</a> › <a href="/shahar">शहर</a></div>
<div class="newsdet" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="newstitle" itemprop="headline">{headline}</h1>
<h2 class="newsdeck" itemprop="description">तीन महीने में सभी प्रमुख सड़कों के गड्ढे भरे जाएंगे</h2>
<div class="newsmeta"><span class="byline">लेखक: रमेश चंद्र</span> <span class="date">2 दिसम्बर 2025</span></div>
<div class="newsbody" itemprop="articleBody">{body}</div></div>
<div class="footer"><p>© 2025 नगर वाणी. सर्वाधिकार सुरक्षित।</p></div></body></html>"""
    lines = extract_html(page, engine="trafilatura").text.split("\n")
    assert lines[0] == headline
    assert lines.count(headline) == 1
    for p in PARAS:
        assert p in lines
