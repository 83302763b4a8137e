"""The ``fast`` engine keeps a story's key points when they stand beside the element it takes for the story (session
38): a live blog's key-points box (Drupal's Layout Builder field block, a Next.js component) between the headline and
the feed of updates. Three blind-written families lost the box's label and items on the HTML path (f81 Drupal 9, f86
Next.js, f54 Astro). The box is found by its class or id (key points, highlights, takeaways, summary) after the
headline's ``<h1>``; a list of phrases or sentences, not links, not in a ``<nav>``, ``<aside>`` or ``<footer>``. Pages
written for these tests."""

from __future__ import annotations

from shuddh.extract._html import _with_key_points, parse

HEADLINE = "विधानसभा चुनाव नतीजे लाइव: शुरुआती रुझानों में कांटे की टक्कर, 12 सीटों पर अंतर एक हजार से कम"
POINTS = ["कुल 90 सीटों पर मतगणना सुबह आठ बजे शुरू हुई", "पहले डाक मतपत्रों की गिनती, फिर ईवीएम के वोट",
          "राजधानी की तीनों सीटों पर निर्दलीय उम्मीदवार आगे"]
UPDATES = ["रायपुर ग्रामीण सीट पर तीसरे दौर की गिनती के बाद निर्दलीय उम्मीदवार 1,240 वोटों से आगे चल रहे हैं।",
           "चुनाव आयोग के मुताबिक दोपहर एक बजे तक 40 सीटों के रुझान आ चुके हैं और दोनों बड़े दल बराबरी पर हैं।"]


def _lines_and_tree(box: str) -> tuple[list[str], object]:
    feed = "".join(f'<div class="entry"><time>1{k}:05</time><p>{u}</p></div>' for k, u in enumerate(UPDATES))
    html = (f"<html><body><h1>{HEADLINE}</h1><figure><img src='a.jpg'/></figure>{box}"
            f'<div class="live-feed">{feed}</div></body></html>')
    return [HEADLINE, *UPDATES], parse(html)


def _box(cls: str, label: str = "मुख्य बातें", points: list[str] = POINTS) -> str:
    items = "".join(f"<li>{p}</li>" for p in points)
    return f'<div class="{cls}"><h2>{label}</h2><ul>{items}</ul></div>'


def test_a_key_points_box_beside_the_feed_goes_under_the_headline() -> None:
    for cls in ("LiveBlog_summary__x1Y2z", "block field--name-field-key-points key-points", "story-highlights"):
        lines, tree = _lines_and_tree(_box(cls))
        assert _with_key_points(lines, tree, HEADLINE) == [HEADLINE, "मुख्य बातें", *POINTS, *UPDATES], cls


def test_a_box_of_links_a_box_in_an_aside_or_a_carousel_is_not_taken() -> None:
    links = '<div class="highlights"><ul>' + "".join(f'<li><a href="/x{k}">{p}</a></li>'
                                                      for k, p in enumerate(POINTS)) + "</ul></div>"
    aside = "<aside>" + _box("key-points") + "</aside>"
    carousel = _box("hero-highlights", "", ["Item 1", "Item 2", "Item 3"])
    top_stories = _box("b-top-stories-summary", "टॉप स्टोरीज़")
    for box in (links, aside, carousel, top_stories, _box("article-meta")):
        lines, tree = _lines_and_tree(box)
        assert _with_key_points(lines, tree, HEADLINE) == lines, box


def test_a_box_already_kept_is_not_added_twice() -> None:
    _, tree = _lines_and_tree(_box("key-points"))
    kept = [HEADLINE, *POINTS, *UPDATES]
    assert _with_key_points(kept, tree, HEADLINE) == kept
