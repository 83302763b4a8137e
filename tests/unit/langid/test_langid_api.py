"""Behaviour of the public language-ID API with the shipped model.

Every sentence here was written for these tests (none is copied from the shared data sets).
"""

from __future__ import annotations

import pytest
import regex

import shuddh.langid as langid
from shuddh.langid import LABELS, LanguageIdentifier, Prediction, _model, identify_lines
from shuddh.langid._model import DEFAULT_MODEL_PATH

CASES: list[tuple[str, str]] = [
    ("hi", "कल रात बहुत तेज़ बारिश हुई, इसलिए हम घर से बाहर नहीं निकल पाए।"),
    ("hi", "सरकार ने किसानों के लिए नई योजना की घोषणा की है जिससे उन्हें सस्ता कर्ज़ मिलेगा।"),
    ("mr", "आज सकाळी मी बाजारात गेलो होतो आणि तिथे खूप गर्दी होती."),
    ("mr", "आमच्या गावात पावसाळ्यात नदीला पूर येतो, त्यामुळे शाळा बंद ठेवाव्या लागतात."),
    ("ne", "हामी भोलि बिहान काठमाडौं जाँदैछौं र त्यहाँ दुई दिन बस्नेछौं।"),
    ("ne", "यो वर्ष धेरै पानी परेकाले खेतीमा राम्रो उब्जनी हुने अपेक्षा गरिएको छ।"),
    ("sa", "अस्माकं विद्यालये बहवः छात्राः प्रतिदिनं संस्कृतं पठन्ति।"),
    ("sa", "रामः वनं गत्वा तत्र मुनीनां आश्रमं अपश्यत् तेभ्यः च प्रणामम् अकरोत्।"),
    ("mai", "हम सभ काल्हि गाम जाएब आ ओतए अपन माय-बाबू सँ भेंट करब, कारण ओ सभ बहुत दिन सँ असगर छथि।"),
    ("bho", "हम काल्ह बजार गइल रहनी, उहाँ एतना भीड़ रहे कि सामान कीने में बहुत देर हो गइल बा।"),
    ("hi-Latn", "kal raat bahut tez baarish hui isliye hum ghar se bahar nahi nikal paaye"),
    ("hi-Latn", "mujhe lagta hai ki is baar chunav mein naye chehre jeetenge"),
    ("en", "The weather was pleasant, so we walked to the market after lunch."),
    ("en", "Please remember to switch off the lights before you leave the office."),
    ("ur", "میں ہر روز صبح اسکول جاتا ہوں اور شام کو گھر واپس آتا ہوں۔"),
    ("bn", "আমি প্রতিদিন সকালে স্কুলে যাই এবং বিকেলে বাড়ি ফিরে আসি।"),
    ("as", "মই প্ৰতিদিনে পুৱা বিদ্যালয়লৈ যাওঁ আৰু আবেলি ঘৰলৈ উভতি আহোঁ।"),
    ("gu", "હું દરરોજ સવારે શાળાએ જાઉં છું અને સાંજે ઘરે પાછો આવું છું."),
    ("pa", "ਮੈਂ ਹਰ ਰੋਜ਼ ਸਵੇਰੇ ਸਕੂਲ ਜਾਂਦਾ ਹਾਂ ਅਤੇ ਸ਼ਾਮ ਨੂੰ ਘਰ ਵਾਪਸ ਆਉਂਦਾ ਹਾਂ।"),
    ("or", "ମୁଁ ପ୍ରତିଦିନ ସକାଳେ ସ୍କୁଲ ଯାଏ ଏବଂ ସନ୍ଧ୍ୟାରେ ଘରକୁ ଫେରେ।"),
    ("ta", "நான் தினமும் காலையில் பள்ளிக்குச் செல்கிறேன்."),
    ("te", "నేను ప్రతిరోజూ ఉదయం పాఠశాలకు వెళ్తాను."),
    ("kn", "ನಾನು ಪ್ರತಿದಿನ ಬೆಳಿಗ್ಗೆ ಶಾಲೆಗೆ ಹೋಗುತ್ತೇನೆ."),
    ("ml", "ഞാൻ എല്ലാ ദിവസവും രാവിലെ സ്കൂളിൽ പോകുന്നു."),
    ("und", "Wir sind gestern Abend spät nach Hause gekommen, weil der Zug Verspätung hatte."),
    ("und", "Nous avons mangé au restaurant avec nos amis hier soir."),
    ("und", "Вчера вечером мы долго гуляли по набережной."),
]


@pytest.fixture(scope="module")
def lid() -> LanguageIdentifier:
    return LanguageIdentifier.load()


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_labels_on_handwritten_sentences(lid: LanguageIdentifier, expected: str, text: str) -> None:
    pred = lid.predict(text)
    assert pred.label == expected, pred
    assert 0.0 <= pred.confidence <= 1.0


def test_dialect_sentences_are_not_called_hindi(lid: LanguageIdentifier) -> None:
    # Magahi (हलइ, गेलिअइ), Awadhi (रहेन, हुआँ), Braj (हते, भौत): weaker fixtures, so we only require
    # that the Hindi-belt dialect evidence is seen and the sentence is not forced into standard Hindi.
    for text in (
        "हम कल बजार गेलिअइ हल, उहाँ बड़ी भीड़ हलइ आउ हम जल्दी लौट अइलिअइ।",
        "हम कल्ह बजार गए हते, उहाँ भौत भीड़ हती तौ हम जल्दी लौट आए।",
    ):
        assert lid.predict(text).label in {"bho", "mag", "awa", "bra", "mai", "und"}


def test_empty_and_letterless_text_is_und_zero(lid: LanguageIdentifier) -> None:
    for text in ("", "   ", "12345 ४५६ !!! ।", "😀😀"):
        pred = lid.predict(text)
        assert pred == Prediction("und", 0.0, {}, 0.0, 0.0)


def test_unmodelled_script_is_und(lid: LanguageIdentifier) -> None:
    pred = lid.predict("ᱚᱞ ᱪᱤᱠᱤ ᱟᱠᱷᱚᱨ")  # Ol Chiki
    assert pred.label == "und"
    assert pred.scripts == {"Olck": 1.0}


def test_predict_lines_matches_predict_and_is_deterministic(lid: LanguageIdentifier) -> None:
    texts = [t for _, t in CASES] + ["", "ok"]
    batch = lid.predict_lines(texts)
    assert batch == [lid.predict(t) for t in texts]
    assert batch == lid.predict_lines(texts)
    assert [(p.label, p.confidence) for p in batch] == lid.predict_labels(texts)


def test_identify_lines_one_result_per_line_in_order() -> None:
    lines = ["यह एक हिंदी वाक्य है जो परीक्षण के लिए लिखा गया है।\n", "\n", "This line is written in English.\n"]
    out = list(identify_lines(iter(lines)))
    assert len(out) == 3
    assert out[0][0] == "hi"
    assert out[1] == ("und", 0.0)
    assert out[2][0] == "en"
    assert all(isinstance(lab, str) and isinstance(c, float) for lab, c in out)


def test_scripts_and_code_mix_are_computed_from_letters(lid: LanguageIdentifier) -> None:
    text = "मैंने कल नया phone खरीदा और उसका camera बहुत अच्छा है"
    pred = lid.predict(text)
    latin = len(regex.findall(r"\p{Latin}", text))
    deva = len(regex.findall(r"[\p{Devanagari}]", text))
    assert pred.label == "hi"
    assert pred.scripts == pytest.approx({"Deva": deva / (deva + latin), "Latn": latin / (deva + latin)})
    assert pred.code_mix == pytest.approx(latin / (latin + deva), abs=1e-4)
    assert lid.predict("पूरी तरह हिंदी में लिखा वाक्य").code_mix == 0.0


def test_english_words_measure(lid: LanguageIdentifier) -> None:
    mixed = lid.predict("yaar mera phone kal se kaam nahi kar raha, battery bhi jaldi khatam ho jati hai")
    pure_roman = lid.predict("hum kal subah jaldi uthkar mandir jaayenge aur phir khana khaayenge")
    english = lid.predict("My phone has not been working since yesterday and the battery drains quickly")
    deva_mixed = lid.predict("मेरा phone कल से काम नहीं कर रहा और battery भी जल्दी खत्म हो जाती है")
    assert mixed.label == "hi-Latn"
    assert 0.05 < mixed.english_words < 0.5
    assert pure_roman.english_words < mixed.english_words
    assert english.english_words > 0.7
    assert 0.05 < deva_mixed.english_words < 0.5


def test_thresholds_turn_unsure_predictions_into_und(lid: LanguageIdentifier) -> None:
    text = "हम घर चलते हैं"
    base = lid.predict(text)
    assert base.label != "und"
    assert base.confidence < 0.999
    strict = lid.with_min_confidence({base.label: 0.999})
    pred = strict.predict(text)
    assert pred.label == "und"
    assert pred.confidence == pytest.approx(1 - base.confidence, abs=1e-3)
    with pytest.raises(ValueError, match="unknown labels"):
        lid.with_min_confidence({"xx": 0.5})


def test_labels_and_public_api() -> None:
    assert set(langid.__all__) >= {"LanguageIdentifier", "Prediction", "identify_lines"}
    lid = LanguageIdentifier.load()
    assert lid.labels == LABELS
    expected = "hi mr ne sa mai bho mag awa bra hi-Latn ur bn as gu pa or ta te kn ml en und"
    assert set(LABELS) == set(expected.split(" "))
    assert LanguageIdentifier.load() is lid  # cached


def test_model_file_is_small_and_loads() -> None:
    # the load time is measured by benchmarks/bench_langid.py (a cold from_file), not here
    assert DEFAULT_MODEL_PATH.stat().st_size < 20_000_000
    lid = LanguageIdentifier.from_file(DEFAULT_MODEL_PATH)
    assert lid.labels == LABELS


def test_bad_model_file_raises(tmp_path: pytest.TempPathFactory) -> None:
    import numpy as np

    path = tmp_path / "bad.npz"  # type: ignore[operator]
    np.savez(path, meta=np.array('{"bits": 4, "groups": {}}'))
    with pytest.raises(ValueError, match=r"bad\.npz is not a shuddh language-ID model: no array 'W_"):
        LanguageIdentifier.from_file(path)


# Texts that exercise every route of the decision: ties between scripts (broken by script name),
# marks with no base, unmodelled scripts, letterless text, and code-mixed lines.
TRICKY = [
    "ab कख",  # 2 Latin vs 2 Devanagari letters: tie, Devanagari wins by name
    "\u0951\u0951",  # Inherited marks only
    "ᱚᱞ ᱪᱤᱠᱤ and some English",
    "yaar mera phone kal se kaam nahi kar raha",
    "मेरा phone कल से काम नहीं कर रहा",
    "ਮੈਂ ਘਰ ਜਾ ਰਿਹਾ ਹਾਂ with friends",
    "১২৩ ...",
    "क़िला ज़मीन फ़ोन",  # precomposed nukta letters (NFC decomposes them)
    "Wir sind gestern spät gekommen",
]


def test_one_text_path_matches_batch_path(lid: LanguageIdentifier) -> None:
    texts = [t for _, t in CASES] + TRICKY
    for model in (lid, lid.with_min_confidence({"hi": 0.95, "en": 0.99, "pa": 0.9, "und": 0.2})):
        batch = model.predict_lines(texts)
        assert [model.predict(t) for t in texts] == batch
        assert [model.predict_labels([t])[0] for t in texts] == [(p.label, p.confidence) for p in batch]


def test_tie_between_scripts_is_broken_by_script_name(lid: LanguageIdentifier) -> None:
    pred = lid.predict("ab कख")
    assert pred.scripts == {"Deva": 0.5, "Latn": 0.5}
    assert pred.label in GROUP_DEVA_LABELS


GROUP_DEVA_LABELS = {"hi", "mr", "ne", "sa", "mai", "bho", "mag", "awa", "bra", "und"}


def test_nul_inside_a_text_is_a_non_letter(lid: LanguageIdentifier) -> None:
    # Texts are joined with U+0000 internally; a NUL inside a text must not shift the rows.
    texts = ["यह\x00एक हिंदी वाक्य है जो परीक्षण के लिए है", "this\x00is English text", "\x00"]
    assert lid.predict_lines(texts) == lid.predict_lines([t.replace("\x00", " ") for t in texts])
    assert lid.predict_lines(texts)[2] == Prediction("und", 0.0, {}, 0.0, 0.0)


def test_chunking_does_not_change_results(lid: LanguageIdentifier, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ([t for _, t in CASES] + TRICKY) * 2
    expected = lid.predict_lines(texts)
    monkeypatch.setattr(_model, "_CHUNK", 3)
    monkeypatch.setattr(_model, "_CHUNK_CHARS", 60)  # shorter than most texts: many one-text chunks
    assert lid.predict_lines(texts) == expected
    assert lid.predict_labels(texts) == [(p.label, p.confidence) for p in expected]


def test_english_word_cache_never_changes_results(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [TRICKY[3], TRICKY[4], "the phone is new but the battery is old", TRICKY[3]]
    fresh = LanguageIdentifier.from_file(DEFAULT_MODEL_PATH)
    expected = [fresh.predict(t).english_words for t in texts]
    monkeypatch.setattr(_model, "_WORD_CACHE_MAX", 3)  # forces clearing on almost every call
    tiny = LanguageIdentifier.from_file(DEFAULT_MODEL_PATH)
    assert [p.english_words for p in tiny.predict_lines(texts)] == expected
    assert [tiny.predict(t).english_words for t in texts] == expected
    assert len(tiny._word_cache) <= 3  # bounded
    tiny.predict("hello phone")
    assert 0 < len(tiny._word_cache) <= 3  # and still used


def test_with_min_confidence_copies_thresholds_only(lid: LanguageIdentifier) -> None:
    strict = lid.with_min_confidence({"hi": 0.97})
    assert strict.min_confidence["hi"] == 0.97
    assert lid.min_confidence["hi"] != 0.97  # the original is untouched
    text = "घर चलो"
    assert strict.predict(text).label == ("hi" if lid.predict(text).confidence >= 0.97 else "und")
