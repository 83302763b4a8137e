from shuddh.document import Dropped
from shuddh.stages.langid import LanguageIdStage
from tests.conftest import BODY_1, BODY_2
from tests.unit.stages.helpers import run_stage

MARATHI = "मी आज सकाळी बाजारात गेलो होतो आणि तिथे खूप गर्दी होती. संध्याकाळी आम्ही घरी परत आलो."
ROMAN = "aaj subah main bazaar gaya tha aur wahan bahut bheed thi, phir hum ghar laut aaye"
ENGLISH = "The municipal corporation will start repairing the main roads of the city next week."


def test_default_keeps_hindi_and_drops_other_languages_with_their_label():
    out, stats = run_stage(LanguageIdStage(profile="hi"), [BODY_1 + " " + BODY_2, MARATHI, ROMAN, ENGLISH])
    assert out[0].lang == "hi"
    assert out[0].metadata["langid"]["confidence"] > 0.9
    assert out[0].metadata["langid"]["scripts"] == {"Deva": 1.0}
    assert [o.reason for o in out[1:]] == ["lang.mr", "lang.hi-Latn", "lang.en"]
    assert all(isinstance(o, Dropped) for o in out[1:])
    assert stats.counters["label.hi"] == 1


def test_keep_list_and_star():
    out, _ = run_stage(LanguageIdStage(keep="hi,hi-Latn"), [BODY_1, ROMAN, MARATHI])
    assert [o.reason if isinstance(o, Dropped) else o.lang for o in out] == ["hi", "hi-Latn", "lang.mr"]
    out, _ = run_stage(LanguageIdStage(keep="*"), [MARATHI, ENGLISH])
    assert [o.lang for o in out] == ["mr", "en"]
    assert out[1].metadata["langid"]["code_mix"] == 1.0


def test_thresholds_come_from_language_profiles(tmp_path, monkeypatch):
    from shuddh.lang import profile as prof
    from shuddh.langid import DEFAULT_MIN_CONFIDENCE
    from shuddh.stages.langid import label_thresholds

    assert label_thresholds(["hi"], None)["hi"] == prof.load_profile("hi").langid_min_confidence
    # an explicit setting applies to every label
    assert label_thresholds(["bho", "hi"], 0.8) == {"bho": 0.8, "hi": 0.8}
    # without one, each language's profile decides; no profile: the identifier's default
    strict = tmp_path / "hi.toml"
    strict.write_text('code = "hi"\n[langid]\nmin_confidence = 0.999\n', encoding="utf-8")
    monkeypatch.setattr(prof, "_profiles_dir", lambda: tmp_path)
    prof.load_profile.cache_clear()
    try:
        assert label_thresholds(["hi", "mr"], None) == {"hi": 0.999, "mr": DEFAULT_MIN_CONFIDENCE}
    finally:
        prof.load_profile.cache_clear()


def test_a_strict_threshold_turns_a_mixed_text_into_und():
    from shuddh.stages.langid import LanguageIdStage

    mixed = "aaj office mein meeting thi but the client was late, phir hum log lunch pe chale gaye"
    loose, _ = run_stage(LanguageIdStage(keep="*", min_confidence=0.0), [mixed])
    strict, _ = run_stage(LanguageIdStage(keep="*", min_confidence=0.999999), [mixed])
    assert loose[0].lang != "und"
    assert strict[0].lang == "und"


# Bhojpuri prose and a Hindi press statement, written for these tests (not from any corpus).
BHOJPURI = [
    "हम काल्ह बजार गइल रहलीं, उहाँ बहुत भीड़ रहे आ सब चीज महँग हो गइल बा।",
    "गाँव में एह साल धान के फसल बढ़िया भइल बा, किसान लोग खुश बाड़ें।",
    "लइका सब इस्कूल से लवटलें त माई खाना बना के रखले रहली।",
    "बरखा ना भइला से पिछला साल किसान लोग बहुत परेशान रहलें।",
    "हमार बाबूजी कहत रहलें कि मेहनत के फल हमेशा मीठ होला।",
    "सांझ के बेरा सगरी लोग चौपाल पर बइठ के बतियावत रहे।",
    "ओकरा घरे बियाह बा, एही से सब नाता-रिश्तेदार आइल बाड़न।",
    "सरकार के नया योजना से गाँव के गरीब लोगन के फायदा होई कि ना, ई देखे के बा।",
    "पोखरा के किनारे पीपर के पेड़ तर लइका खेलत बाड़ें आ बूढ़ लोग छाँह में सुतल बा।",
]
HINDI_QUOTE = [
    "मुख्यमंत्री ने कहा कि राज्य सरकार किसानों की हर संभव सहायता करेगी।",
    "उन्होंने बताया कि इस वर्ष सिंचाई के लिए नई नहरों का निर्माण किया जाएगा।",
    "अधिकारियों को निर्देश दिया गया है कि वे गांवों में जाकर लोगों की समस्याएं सुनें।",
]


def test_a_bhojpuri_document_quoting_hindi_lines_is_bhojpuri_and_shows_both_shares():
    doc = "\n".join([*BHOJPURI[:4], *HINDI_QUOTE[:2], *BHOJPURI[4:], HINDI_QUOTE[2]])
    out, _ = run_stage(LanguageIdStage(keep="*"), [doc])
    meta = out[0].metadata["langid"]
    assert out[0].lang == "bho"
    assert meta["label"] == "bho"
    shares = meta["shares"]
    assert 0.1 < shares["hi"] < 0.5 < shares["bho"]
    assert abs(sum(shares.values()) - 1.0) < 1e-3


def test_the_whole_document_decides_not_its_first_characters():
    # A Hindi statement quoted at length (~2,000 characters) before a longer Bhojpuri report: the first
    # 2,000 characters are Hindi, most of the document is Bhojpuri.
    hindi = "\n".join(HINDI_QUOTE * 9)
    bhojpuri = "\n".join(BHOJPURI * 6)
    assert len(hindi) > 1900
    assert len(bhojpuri) > 1.5 * len(hindi)
    out, _ = run_stage(LanguageIdStage(keep="bho"), [hindi + "\n" + bhojpuri, bhojpuri + "\n" + hindi])
    assert [o.lang for o in out] == ["bho", "bho"]
    assert not any(isinstance(o, Dropped) for o in out)
    assert out[0].metadata["langid"]["shares"]["bho"] > 0.5
    # and a document that is mostly Hindi with a Bhojpuri quote is Hindi
    out, _ = run_stage(LanguageIdStage(keep="*"), ["\n".join(HINDI_QUOTE * 12 + BHOJPURI[:2])])
    assert out[0].lang == "hi"
