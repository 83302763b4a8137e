"""Quality signals as pure functions, on small hand-written Hindi texts."""

from __future__ import annotations

import pytest

from shuddh.quality.signals import (
    fineweb_line_signals,
    gopher_quality_signals,
    letter_ratio,
    repetition_signals,
)

PROSE = (
    "भारत एक विशाल देश है। यहाँ अनेक भाषाएँ बोली जाती हैं और हर राज्य की अपनी संस्कृति है।\n"
    "हिंदी भारत की सबसे अधिक बोली जाने वाली भाषा है। इसे देवनागरी लिपि में लिखा जाता है।\n"
    "गंगा नदी के किनारे कई पुराने शहर बसे हैं, जिनमें वाराणसी सबसे प्रसिद्ध है।"
)
STOP = ["के", "में", "है", "की", "और", "से", "का", "को", "एक", "हैं", "पर"]


def test_gopher_signals_on_prose() -> None:
    s = gopher_quality_signals(PROSE, STOP)
    assert s["words"] == 49
    assert 3 < s["mean_word_length"] < 6
    assert s["alpha_words_ratio"] == 1.0  # every Hindi word has a letter (isalpha would say no to matras)
    assert s["stopwords"] >= 5
    assert s["hash_ratio"] == s["ellipsis_ratio"] == s["bullet_lines_ratio"] == 0.0
    assert s["letter_ratio"] > 0.9


def test_gopher_signals_bullets_ellipsis_symbols() -> None:
    text = "• पहला बिंदु...\n• दूसरा बिंदु…\n# टैग # टैग"
    s = gopher_quality_signals(text, STOP)
    assert s["bullet_lines_ratio"] == pytest.approx(2 / 3)
    assert s["ellipsis_lines_ratio"] == pytest.approx(2 / 3)
    assert s["hash_ratio"] == pytest.approx(2 / 6)
    assert s["stopwords"] == 0


def test_gopher_signals_empty() -> None:
    s = gopher_quality_signals("", STOP)
    assert s["words"] == 0
    assert s["mean_word_length"] == 0.0
    assert s["letter_ratio"] == 0.0


def test_letter_ratio_counts_marks() -> None:
    assert letter_ratio("हिंदी") == 1.0
    assert letter_ratio("★★ 12 ||") < 0.01


def test_repetition_signals() -> None:
    clean = repetition_signals(PROSE)
    assert clean["dup_line_frac"] == 0.0
    assert clean["dup_5gram_frac"] == 0.0
    line = "यह पंक्ति बार बार दोहराई गई है।"
    rep = repetition_signals("\n".join([line] * 4 + ["एक अलग पंक्ति।"]))
    assert rep["dup_line_frac"] == pytest.approx(3 / 5)
    assert rep["dup_line_char_frac"] > 0.5
    assert rep["top_2gram_frac"] > 0.2
    assert 0.5 < rep["dup_5gram_frac"] <= 1.0
    paras = repetition_signals("क ख ग\n\nक ख ग\n\nघ")
    assert paras["dup_para_frac"] == pytest.approx(1 / 3)


def test_fineweb_signals_count_danda_as_terminal() -> None:
    s = fineweb_line_signals(PROSE)
    assert s["line_punct_ratio"] == 1.0
    menu = fineweb_line_signals("होम\nदेश\nविदेश\nराजनीति\nखेल\nमनोरंजन")
    assert menu["line_punct_ratio"] == 0.0
    assert menu["short_line_ratio"] == 1.0
    assert menu["newline_ratio"] == pytest.approx(5 / 6)


def test_fineweb_internal_sentence_end_counts_as_prose() -> None:
    text = "राम घर गया। फिर वह बाज़ार गया और लौटकर नहीं आया"
    assert fineweb_line_signals(text)["line_punct_ratio"] == 1.0
    assert fineweb_line_signals(text, internal_ends=False)["line_punct_ratio"] == 0.0


def test_fineweb_char_dup_ratio_ignores_blank_lines() -> None:
    s = fineweb_line_signals("पहला अनुच्छेद।\n\nदूसरा अनुच्छेद।\n\nतीसरा।")
    assert s["char_dup_ratio"] == 0.0


def test_danda_separated_menu_is_not_a_sentence_line() -> None:
    from shuddh.quality.signals import is_sentence_line

    menu = "होम । देश । विदेश । राजनीति । खेल । मनोरंजन ।"
    assert is_sentence_line(menu)  # ends in ।, counted by FineWeb's rule as written
    assert not is_sentence_line(menu, min_sentence_words=2)  # one word per "sentence"
    assert is_sentence_line("गंगा नदी के किनारे कई पुराने शहर बसे हैं।", min_sentence_words=2)
    assert not is_sentence_line("गंगा नदी के किनारे कई पुराने शहर", min_sentence_words=2)


def test_prose_word_ratio_weights_lines_by_words() -> None:
    lead = "राजा हरिश्चंद्र एक पुरानी हिंदी फ़िल्म है जिसे बहुत लोगों ने देखा और सराहा था।"
    cast = ["मोहन", "सीता देवी", "राम लाल", "गीता"]
    s = fineweb_line_signals("\n".join([lead, *cast]), min_sentence_words=2)
    assert s["line_punct_ratio"] == pytest.approx(1 / 5)
    assert s["prose_word_ratio"] == pytest.approx(15 / 21)


def test_top_ngram_min_count() -> None:
    text = ("दिल्ली रेलवे स्टेशन से गाड़ी सुबह चलती है और पटना रेलवे स्टेशन पर रात को पहुँचती है। "
            "रास्ते में कई छोटे गाँव और खेत दिखाई देते हैं।")
    assert repetition_signals(text)["top_2gram_frac"] > 0  # "रेलवे स्टेशन" twice
    assert repetition_signals(text, top_min_count=3)["top_2gram_frac"] == 0.0
    thrice = text + " अब वह मुंबई रेलवे स्टेशन तक भी जाती है।"
    assert repetition_signals(thrice, top_min_count=3)["top_2gram_frac"] > 0
    assert repetition_signals(text)["dup_lines"] == 0
