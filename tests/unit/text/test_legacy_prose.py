"""Legacy-font repair inside documents of Latin-script prose (English, French …): only long, strongly
legacy-shaped lines are detected on their own there; the page's own short or natural-looking lines (names,
codes, chrome) are left to the document's font."""

from __future__ import annotations

from shuddh.text.legacy import _latin_prose, detect_legacy, repair_legacy_text

# KrutiDev lines typed for these tests; shape score (share of tokens that do not look like a Latin word):
STRONG_1 = "Hkkjr ,d fo'kky ns'k gS vkSj bldh jkt/kkuh ubZ fnYyh gSA"  # 0.73
STRONG_2 = "cPpksa us Ldwy esa ubZ fdrkcsa i<+h vkSj f'k{kd us mudh iz'kalk dhA"  # 0.54
WEAK = "ckfj'k ds ckn unh dk ikuh c<+ x;k vkSj iqy ij ls vkuk tkuk can gks x;kA"  # 0.24
WEAK_UNICODE = "बारिश के बाद नदी का पानी बढ़ गया और पुल पर से आना जाना बंद हो गया।"

ENGLISH = [
    "The museum is open from Tuesday to Sunday, and the entry is free for children under twelve.",
    "Visitors who arrive by train can walk to the main gate from the station in about ten minutes.",
    "Most of the collection was donated by families of the town over the last hundred years.",
]
FRENCH = ("Le musée est ouvert du mardi au dimanche et l'entrée est gratuite pour les enfants. "
          "La collection a été donnée par les familles de la ville pour les visiteurs qui viennent "
          "de loin.")


def test_prose_test_reads_function_words_not_legacy_text() -> None:
    assert _latin_prose("\n".join(ENGLISH))
    assert _latin_prose(FRENCH)
    # KrutiDev text holds none of the listed words ("us", ने in KrutiDev, is left out of the list on purpose)
    assert not _latin_prose("\n".join([STRONG_1, STRONG_2, WEAK] * 5))
    assert not _latin_prose("the and of")  # too few words to say anything


def test_english_page_chrome_that_decodes_as_a_font_is_left_alone() -> None:
    # MediaWiki's skip links, glued by a text dump: on its own the line passes as Aakriti (two "to" decode to
    # the Hindi word तय), in an English page it is the page's own text
    chrome = "Jump to navigationJump to search"
    assert detect_legacy(chrome).font is not None
    page = "\n".join([chrome, *ENGLISH, "1 of 5 stars2 of 5 stars3 of 5 stars", "nl6720"])
    assert repair_legacy_text(page) == (page, 0)
    french = "\n".join(["Matière de la cuve", FRENCH])
    assert repair_legacy_text(french) == (french, 0)


def test_legacy_paragraph_inside_an_english_page_is_still_converted() -> None:
    # the two strong lines are detected on their own and establish KrutiDev as the document's font; the weak
    # one (shape 0.24, detected on its own outside a prose document) is converted in that context
    assert detect_legacy(WEAK).font == "krutidev"
    page = "\n".join([*ENGLISH, STRONG_1, WEAK, STRONG_2, *ENGLISH])
    assert _latin_prose(page)
    out, n = repair_legacy_text(page)
    assert n == 3
    lines = out.split("\n")
    assert lines[4] == WEAK_UNICODE
    assert lines[:3] == ENGLISH
    assert lines[-3:] == ENGLISH
    assert lines[3].startswith("भारत एक विशाल देश है")


def test_legacy_document_with_an_english_line_is_repaired_as_before() -> None:
    # legacy text dominates: not a prose document, every line is detected on its own as before
    doc = "\n".join([WEAK, STRONG_1, ENGLISH[0], WEAK])
    assert not _latin_prose(doc)
    out, n = repair_legacy_text(doc)
    assert n == 3
    assert out.split("\n")[0] == WEAK_UNICODE
    assert out.split("\n")[2] == ENGLISH[0]
