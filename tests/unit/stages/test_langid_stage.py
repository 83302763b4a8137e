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
