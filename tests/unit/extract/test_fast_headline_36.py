"""The ``fast`` engine on a Blogger page (session 36): the blog's name is the ``<h1>`` and the post's title an
``<h3 class="post-title entry-title">`` beside the post's body; the headline was lost on 4 of 6 pages of a
blind-written Blogger family at its arrival (f77, ``benchmarks/bench_pages.py``). The ``<h2>`` / ``<h3>`` whose text is
the page's ``og:title`` is now the headline; a box's heading that is not the declared title is not put above. Pages
written for these tests."""

from __future__ import annotations

from shuddh.extract import extract_html

BLOG = "ਪਿੰਡ ਦੀ ਸੱਥ"
HEADLINE = "ਮੋਗਾ ਦੇ ਸਰਕਾਰੀ ਸਕੂਲ ਵਿਚ ਬਣੀ ਸੂਬੇ ਦੀ ਪਹਿਲੀ ਸੋਲਰ ਲਾਇਬ੍ਰੇਰੀ, ਰਾਤ ਨੌਂ ਵਜੇ ਤੱਕ ਪੜ੍ਹ ਸਕਣਗੇ ਬੱਚੇ"
BODY = [
    "ਮੋਗਾ ਜ਼ਿਲ੍ਹੇ ਦੇ ਪਿੰਡ ਧੂੜਕੋਟ ਦੇ ਸਰਕਾਰੀ ਸੀਨੀਅਰ ਸੈਕੰਡਰੀ ਸਕੂਲ ਵਿਚ ਸੋਮਵਾਰ ਨੂੰ ਸੂਰਜੀ ਊਰਜਾ ਨਾਲ ਚੱਲਣ ਵਾਲੀ ਲਾਇਬ੍ਰੇਰੀ ਦਾ "
    "ਉਦਘਾਟਨ ਕੀਤਾ ਗਿਆ। ਪਿੰਡ ਦੇ ਪਰਵਾਸੀ ਪੰਜਾਬੀਆਂ ਨੇ ਇਸ ਲਈ ਸਾਢੇ ਅੱਠ ਲੱਖ ਰੁਪਏ ਇਕੱਠੇ ਕੀਤੇ ਸਨ।",
    "ਸਕੂਲ ਦੀ ਪ੍ਰਿੰਸੀਪਲ ਹਰਪ੍ਰੀਤ ਕੌਰ ਨੇ ਦੱਸਿਆ ਕਿ ਪਿੰਡ ਵਿਚ ਸ਼ਾਮ ਨੂੰ ਅਕਸਰ ਬਿਜਲੀ ਚਲੀ ਜਾਂਦੀ ਹੈ, ਜਿਸ ਕਾਰਨ ਬੱਚਿਆਂ ਦੀ ਪੜ੍ਹਾਈ "
    "ਪ੍ਰਭਾਵਿਤ ਹੁੰਦੀ ਸੀ। ਹੁਣ ਲਾਇਬ੍ਰੇਰੀ ਰਾਤ ਨੌਂ ਵਜੇ ਤੱਕ ਖੁੱਲ੍ਹੀ ਰਹੇਗੀ ਅਤੇ ਇਸ ਵਿਚ ਤਿੰਨ ਹਜ਼ਾਰ ਤੋਂ ਵੱਧ ਕਿਤਾਬਾਂ ਹਨ।",
    "ਬਾਰ੍ਹਵੀਂ ਜਮਾਤ ਦੀ ਵਿਦਿਆਰਥਣ ਜਸਮੀਨ ਨੇ ਕਿਹਾ ਕਿ ਘਰ ਵਿਚ ਪੜ੍ਹਨ ਲਈ ਸ਼ਾਂਤ ਥਾਂ ਨਹੀਂ ਮਿਲਦੀ ਸੀ। ਹੁਣ ਉਹ ਆਪਣੀਆਂ ਸਹੇਲੀਆਂ ਨਾਲ "
    "ਹਰ ਸ਼ਾਮ ਇੱਥੇ ਆ ਕੇ ਮੁਕਾਬਲੇ ਦੀਆਂ ਪ੍ਰੀਖਿਆਵਾਂ ਦੀ ਤਿਆਰੀ ਕਰੇਗੀ।",
]
RELATED = "ਬਰਨਾਲਾ ਦੇ ਪਿੰਡ ਵਿਚ ਨੌਜਵਾਨਾਂ ਨੇ ਖੋਲ੍ਹੀ ਮੁਫ਼ਤ ਕੋਚਿੰਗ ਅਕੈਡਮੀ, ਸੌ ਤੋਂ ਵੱਧ ਬੱਚੇ ਲੈ ਰਹੇ ਨੇ ਸਿਖਲਾਈ"


def _page(og_title: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return f"""<!DOCTYPE html><html dir="ltr" lang="pa"><head><meta charset="utf-8">
<title>{HEADLINE} | {BLOG}</title><meta content="{og_title}" property="og:title"/>
<meta content="article" property="og:type"/></head><body class="item-view">
<div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner">
<div class="titlewrapper"><h1 class="title"><a href="https://pinddisath.blogspot.com/">{BLOG}</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>ਪਿੰਡਾਂ ਦੀਆਂ ਖ਼ਬਰਾਂ, ਪਿੰਡਾਂ ਦੀ ਜ਼ੁਬਾਨ ਵਿਚ</span></p></div>
</div></div></div>
<div class="tabs section" id="crosscol"><ul><li><a href="/">ਮੁੱਖ ਪੰਨਾ</a></li>
<li><a href="/search/label/ਸਿੱਖਿਆ">ਸਿੱਖਿਆ</a></li>
<li><a href="/search/label/ਖੇਤੀ">ਖੇਤੀ</a></li><li><a href="/search/label/ਖੇਡਾਂ">ਖੇਡਾਂ</a></li></ul></div>
<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>ਸੋਮਵਾਰ, 9 ਦਸੰਬਰ 2024</span></h2><div class="date-posts">
<div class="post-outer"><div class="post hentry" itemprop="blogPost">
<h3 class="post-title entry-title" itemprop="name">{HEADLINE}</h3>
<div class="post-header"><div class="post-header-line-1"><span class="post-author vcard">ਦੁਆਰਾ <a class="g-profile"
href="https://www.blogger.com/profile/4471">ਗੁਰਜੰਟ ਸਿੰਘ</a></span> <span class="post-timestamp"><a class="timestamp-link"
href="#">ਦਸੰਬਰ 09, 2024</a></span> <span class="post-comment-link"><a class="comment-link" href="#comment-form">ਕੋਈ
ਟਿੱਪਣੀ ਨਹੀਂ</a></span></div></div>
<div class="share-bar"><span class="share-label">ਇਹ ਖ਼ਬਰ ਸਾਂਝੀ ਕਰੋ:</span> <a class="fb" href="#">Facebook</a>
<a class="wa" href="#">WhatsApp</a> <a class="tw" href="#">X (Twitter)</a> <a class="tg" href="#">Telegram</a>
<a class="cp" href="#">ਲਿੰਕ ਕਾਪੀ ਕਰੋ</a></div>
<div class="post-body entry-content" id="post-body-4821" itemprop="description articleBody">{paras}</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">ਵੱਲੋਂ
<span class="fn">ਗੁਰਜੰਟ ਸਿੰਘ</span></span>
<span class="post-comment-link"><a href="#comments">ਕੋਈ ਟਿੱਪਣੀ ਨਹੀਂ</a></span></div>
<div class="post-share-buttons goog-inline-block"><a class="share-button sb-email" href="#">ਇਸਨੂੰ ਈਮੇਲ ਕਰੋ</a>
<a class="share-button sb-blog" href="#">ਇਸਨੂੰ ਬਲੌਗ ਕਰੋ!</a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">ਲੇਬਲ: <a href="/search/label/ਮੋਗਾ">ਮੋਗਾ</a>,
<a href="/search/label/ਸਿੱਖਿਆ">ਸਿੱਖਿਆ</a></span></div></div>
<div class="related-posts"><h4>ਇਹ ਵੀ ਪੜ੍ਹੋ</h4><ul><li><a href="/2024/12/a.html">{RELATED}</a></li>
<li><a href="/2024/12/b.html">ਫ਼ਿਰੋਜ਼ਪੁਰ ਵਿਚ ਧੁੰਦ ਕਾਰਨ ਸਕੂਲਾਂ ਦਾ ਸਮਾਂ ਬਦਲਿਆ, ਹੁਣ ਦਸ ਵਜੇ ਲੱਗਣਗੀਆਂ ਕਲਾਸਾਂ</a></li>
<li><a href="/2024/12/c.html">ਜਗਰਾਓਂ ਦੀ ਧੀ ਨੇ ਕੌਮੀ ਕੁਸ਼ਤੀ ਮੁਕਾਬਲੇ ਵਿਚ ਜਿੱਤਿਆ ਚਾਂਦੀ ਦਾ ਤਗ਼ਮਾ</a></li>
<li><a href="/2024/12/d.html">ਮੋਗਾ ਦੇ ਕਿਸਾਨਾਂ ਨੇ ਪਰਾਲੀ ਤੋਂ ਬਣਾਈ ਜੈਵਿਕ ਖਾਦ, ਖੇਤੀ ਵਿਭਾਗ ਨੇ ਕੀਤੀ ਸ਼ਲਾਘਾ</a></li></ul></div>
</div></div></div></div></div></div></div>
<div class="sidebar section" id="sidebar"><div class="widget PopularPosts" id="PopularPosts1"><h2>ਹਰਮਨ ਪਿਆਰੀਆਂ ਪੋਸਟਾਂ</h2>
<div class="widget-content popular-posts"><ul>
<li><h3 class="post-title"><a href="/2024/12/coaching.html">{RELATED}</a></h3>
</li></ul></div></div><div class="widget BlogArchive" id="BlogArchive1"><h2>ਬਲੌਗ ਪੁਰਾਲੇਖ</h2>
<ul><li><a href="/2024/">2024</a> (212)</li><li><a href="/2023/">2023</a> (388)</li></ul></div></div>
<div class="footer-outer"><p>© 2024 {BLOG}. ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ। Powered by Blogger.</p></div></body></html>"""


def test_the_post_title_in_an_h3_declared_by_og_title_is_the_headline() -> None:
    res = extract_html(_page(HEADLINE))
    lines = res.text.split("\n")
    assert lines[0] == HEADLINE
    assert BLOG not in lines
    assert all(p in lines for p in BODY)
    assert res.title == HEADLINE


def test_a_heading_that_is_not_the_declared_title_is_not_put_above() -> None:
    """``og:title`` names another post (a related post's heading in the sidebar is not the page's title): nothing
    from an ``<h2>`` / ``<h3>`` is put above the text."""
    lines = extract_html(_page("ਇਹ ਸਿਰਲੇਖ ਪੰਨੇ ਉੱਤੇ ਕਿਤੇ ਵੀ ਨਹੀਂ ਹੈ ਅਤੇ ਨਾ ਹੀ ਕਿਸੇ ਸਿਰਲੇਖ ਵਿਚ")).text.split("\n")
    assert lines[0] != HEADLINE
    assert RELATED not in lines
