"""The ``fast`` engine on a poetry magazine's pages (session 39; a blind-written family, f92, became TUNE evidence):

* a poem's title is one to three words ("खिड़की"): the ``<h1>`` was not put above the text, and its deck went with it,
  though ``og:title`` is that ``<h1>`` word for word; a short title quoted in the poem's note ("'पिता की साइकिल' भी …")
  is no headline kept as a line;
* a ghazal's whole post is shorter than an author box may be: the post's first paragraph, which opens with the poet's
  name, was left out as an author bio (the author box's link climbed to the post's element, which holds the headline).

Pages written for these tests."""

from __future__ import annotations

from shuddh.extract import extract_html
from shuddh.extract._html import _with_headline, parse

TITLE = "पिता की साइकिल"
DECK = "एक पुरानी साइकिल, जिसकी घंटी में मोहल्ले की हर सुबह बजती थी — पिता की याद में लिखी कविता।"
NOTE = ("कानपुर के अरविंद मिश्र पेशे से शिक्षक हैं और बीस बरसों से कविताएँ लिख रहे हैं। 'पिता की साइकिल' उनकी ऐसी ही एक "
        "कविता है, जिसमें एक पुरानी चीज़ के बहाने स्मृति और रिश्तों की गर्माहट दर्ज हुई है।")
VERSES = ["आँगन के कोने में", "अब भी टिकी है पिता की साइकिल,", "जंग खाए हैंडल पर", "उनकी हथेलियों की गर्मी बाक़ी है।",
          "हर सुबह छह बजे", "उसकी घंटी बजती थी", "और पूरा मोहल्ला जान जाता था", "कि मास्टर जी निकल चुके हैं।"]


def _poem_page(title: str = TITLE, og: str = TITLE) -> bytes:
    verses = "".join(f"<p>{v}</p>" for v in VERSES)
    return f"""<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>{title} - शब्दवाणी</title>
<meta property="og:title" content="{og}"><meta property="og:type" content="article"></head><body>
<header class="site-header"><a href="/">शब्दवाणी</a><nav><ul><li><a href="/kavita">कविता</a></li>
<li><a href="/kahani">कहानी</a></li><li><a href="/ghazal">ग़ज़ल</a></li></ul></nav></header>
<main><article class="post"><header class="entry-header"><span class="cat-links"><a href="/kavita">कविता</a></span>
<h1 class="entry-title">{title}</h1><p class="ak-deck">{DECK}</p>
<div class="entry-meta"><a href="/author/arvind-mishra">अरविंद मिश्र</a> / 14 सितंबर 2025</div></header>
<div class="entry-content"><h3>रचना के बारे में</h3><p>{NOTE}</p>{verses}</div></article></main>
<footer><p>© 2025 शब्दवाणी। सर्वाधिकार सुरक्षित।</p></footer></body></html>""".encode()


def _with_title(og: str) -> list[str]:
    # the lines of the post's content element (the extractor's main element on such a page: its header, with the
    # headline and the deck, stands beside it), the headline put above them as the engine does
    lines = ["रचना के बारे में", NOTE, *VERSES]
    meta = {"og_title": og, "title_tag": f"{TITLE} - शब्दवाणी"}
    return _with_headline(lines, TITLE, meta, parse(_poem_page(og=og)), story=True)


def test_a_short_headline_the_page_declares_is_put_above_the_text_with_its_deck() -> None:
    # (the note quotes the title: "'पिता की साइकिल' उनकी …" is no headline kept as a line of its own)
    assert _with_title(TITLE)[:3] == [TITLE, DECK, "रचना के बारे में"]


def test_a_short_headline_the_page_does_not_declare_is_not_put_above_the_text() -> None:
    assert _with_title("शब्दवाणी: कविता, कहानी और ग़ज़ल")[0] == "रचना के बारे में"


def test_the_short_headline_of_a_page_that_is_no_story_is_not_put_above_the_text() -> None:
    # a category page's "कविता" (no og:type article): a listing's heading, as before
    lines = ["रचना के बारे में", NOTE, *VERSES]
    meta = {"og_title": TITLE, "title_tag": f"{TITLE} - शब्दवाणी"}
    assert _with_headline(lines, TITLE, meta, parse(_poem_page()))[0] == "रचना के बारे में"


POET = "इरफ़ान 'राही'"
INTRO = (f"{POET} की शायरी में लखनऊ की तहज़ीब और आज के शहर की बेचैनी साथ-साथ चलती है। वे पारंपरिक बहर में लिखते हैं, पर "
         "उनके शेर रोज़मर्रा की ज़बान से दूर नहीं जाते।")
BIO = (f"{POET} लखनऊ के पुराने शहर में रहते हैं और एक इंटर कॉलेज में उर्दू पढ़ाते हैं। तीन दशक से मुशायरों में पढ़ते आ रहे "
       "हैं।")
SHERS = ["हम उम्र भर किसी के इंतज़ार में रहे", "जैसे चराग़ कोई हवा के दयार में रहे",
         "बिकने को सारे ख़्वाब थे, बोली लगी नहीं", "हम शाम तक उदास-से बाज़ार में रहे"]


def _ghazal_page() -> bytes:
    head = "हम उम्र भर किसी के इंतज़ार में रहे"
    shers = "".join(f"<p>{a}<br>{b}</p>" for a, b in zip(SHERS[::2], SHERS[1::2], strict=True))
    return f"""<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>{head} - शब्दवाणी</title>
<meta property="og:title" content="{head}"><meta property="og:type" content="article"></head><body>
<main><article class="post"><div class="post-inner">
<header class="entry-header"><h1 class="entry-title">{head}</h1>
<div class="entry-meta"><a href="/author/irfan-rahi">{POET}</a> / 2 अक्टूबर 2025</div></header>
<div class="entry-content"><p>{INTRO}</p>{shers}</div>
<div class="saboxplugin-wrap"><div class="saboxplugin-tab"><div class="saboxplugin-authorname">
<a href="/author/irfan-rahi">{POET}</a></div><div class="saboxplugin-desc"><p>{BIO}</p></div></div></div>
</div></article></main></body></html>""".encode()


def test_a_short_posts_first_paragraph_that_opens_with_the_poets_name_is_kept() -> None:
    lines = extract_html(_ghazal_page()).text.split("\n")
    assert INTRO in lines
    assert BIO not in lines  # the author box's bio still goes
