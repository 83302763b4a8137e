"""The ``fast`` engine keeps the deck when the headline's ``<h1>`` sits alone in its wrappers (session 36): Drupal's
Layout Builder puts each field in a block (``<span class="field--name-title"><h1>`` in one block, the deck's
``<h2 class="article-deck">`` in the next), Elementor each widget in two ``<div>``s. The element right after the
``<h1>`` does not exist there; the deck is the element after the nearest wrapper that holds nothing but the headline
and has one. A blind-written Drupal family and an Elementor family lost the deck on every page at their arrival (f81,
f83). Pages written for these tests."""

from __future__ import annotations

import pytest

from shuddh.extract._html import _deck, parse

HEADLINE = "जयपुर में बनेगा नया बस टर्मिनल, 85 करोड़ रुपये की परियोजना को कैबिनेट की मंजूरी"
DECK = "सीकर रोड पर बनने वाले टर्मिनल से रोज 1,200 बसें चलेंगी; दो साल में काम पूरा करने का लक्ष्य"
PARA = ("जयपुर, 12 दिसंबर। राज्य कैबिनेट ने बुधवार को सीकर रोड पर नए अंतरराज्यीय बस टर्मिनल के निर्माण को मंजूरी दे दी। "
        "परियोजना पर करीब 85 करोड़ रुपये खर्च होंगे।")


def _deck_of(body: str) -> str | None:
    return _deck(parse(f"<html><body>{body}<p>{PARA}</p></body></html>"), HEADLINE)


DRUPAL = (f'<div class="block block-field-blocknodearticletitle"><span class="field field--name-title">'
          f'<h1 class="page-title">{HEADLINE}</h1></span></div>'
          f'<div class="block block-field-blocknodearticlefield-sub-heading"><div class="field field__item">'
          f'<h2 class="article-deck">{DECK}</h2></div></div>')
ELEMENTOR = (f'<div class="elementor-element elementor-widget-theme-post-title">'
             f'<div class="elementor-widget-container"><h1 class="elementor-heading-title">{HEADLINE}</h1></div></div>'
             f'<div class="elementor-element cr-deck elementor-widget-theme-post-excerpt">'
             f'<div class="elementor-widget-container">{DECK}</div></div>')


@pytest.mark.parametrize("body", [DRUPAL, ELEMENTOR], ids=["drupal-blocks", "elementor-widgets"])
def test_the_deck_after_a_wrapped_headline_is_found(body: str) -> None:
    assert _deck_of(body) == DECK


def test_a_wrapper_that_holds_more_than_the_headline_is_not_climbed() -> None:
    """The headline's block also holds the byline: what follows the block is not the element after the headline."""
    body = (f'<div class="article-header"><h1>{HEADLINE}</h1><span class="byline">रमेश शर्मा</span></div>'
            f'<h2 class="article-deck">{DECK}</h2>')
    assert _deck_of(body) is None
