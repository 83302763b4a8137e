"""The ``fast`` engine on a block an author put into a WordPress story (session 28): Gutenberg's list, table, heading
and quote blocks are content, whatever extra class the author gave the block as a style hook. A film list's
platform and release date in ``<ul class="wp-block-list cg-ott-meta">`` had been left out as an entry's meta
(blind-written pages, f22/05: 12 list items). A theme's own meta list without the block class still goes. Pages
written for these tests."""

from __future__ import annotations

import pytest

from shuddh.extract import extract_html

HEADLINE = "इस हफ्ते ओटीटी पर आएंगी ये चार नई फिल्में और वेब सीरीज, देखें पूरी लिस्ट"
INTRO = ("त्योहारों के मौसम में ओटीटी प्लेटफॉर्म्स ने भी अपनी तैयारी पूरी कर ली है। इस हफ्ते कई नई फिल्में और वेब "
         "सीरीज रिलीज होने जा रही हैं, जिनमें थ्रिलर से लेकर पारिवारिक ड्रामा तक सब कुछ शामिल है।")
FILMS = [
    ("1. धुंध का शहर", ["प्लेटफॉर्म: चित्रपट प्लस", "रिलीज डेट: 14 नवंबर"],
     "पहाड़ी कस्बे में एक के बाद एक गायब होते पर्यटकों की कहानी है, जिसकी जांच एक युवा महिला अफसर करती है। "
     "सीरीज के आठ एपिसोड होंगे और हर एपिसोड करीब पैंतालीस मिनट का है।"),
    ("2. आंगन की धूप", ["प्लेटफॉर्म: घरघर टीवी", "रिलीज डेट: 15 नवंबर"],
     "तीन पीढ़ियों के एक संयुक्त परिवार की यह कहानी रिश्तों की गर्माहट और छोटे झगड़ों को हल्के अंदाज में दिखाती "
     "है। फिल्म की शूटिंग लखनऊ और आसपास के गांवों में हुई है।"),
]


def _page(list_class: str) -> str:
    body = "".join(
        f'<h3 class="wp-block-heading">{title}</h3><ul class="{list_class}">'
        + "".join(f"<li>{item}</li>" for item in items) + f"</ul><p>{para}</p>"
        for title, items, para in FILMS)
    return f"""<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>{HEADLINE} | सिने चौपाल</title>
</head><body><header class="site-header"><nav class="main-menu"><a href="/">होम</a> <a href="/ott">ओटीटी</a>
<a href="/bollywood">बॉलीवुड</a></nav></header>
<main><article class="post"><h1 class="entry-title">{HEADLINE}</h1>
<div class="entry-content"><p>{INTRO}</p>{body}</div></article></main>
<footer class="site-footer"><p>© 2025 सिने चौपाल. सर्वाधिकार सुरक्षित।</p></footer></body></html>"""


@pytest.mark.parametrize("list_class", ["wp-block-list cg-ott-meta", "cg-ott-meta wp-block-list",
                                        "wp-block-list post-meta"])
def test_a_gutenberg_list_with_a_meta_class_is_the_storys(list_class: str) -> None:
    lines = extract_html(_page(list_class)).text.split("\n")
    for _, items, para in FILMS:
        assert para in lines
        for item in items:
            assert item in lines


def test_a_themes_meta_list_without_the_block_class_still_goes() -> None:
    lines = extract_html(_page("cg-ott-meta")).text.split("\n")
    assert all(para in lines for _, _, para in FILMS)
    assert not any(item in lines for _, items, _ in FILMS for item in items)
