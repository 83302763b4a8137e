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
