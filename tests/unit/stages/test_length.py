from shuddh.document import Dropped
from shuddh.stages.quality.basic import LengthFilter
from tests.conftest import BODY_1, BODY_2
from tests.unit.stages.helpers import run_stage


def test_empty_short_and_long_documents():
    out, stats = run_stage(LengthFilter(), ["", "। ॥ ... 123", "आज मौसम अच्छा है।", BODY_1 + " " + BODY_2])
    assert [o.reason if isinstance(o, Dropped) else "kept" for o in out] == [
        "clean.empty", "clean.empty", "quality.too_short", "kept"]
    assert stats.dropped == {"clean.empty": 2, "quality.too_short": 1}
    assert stats.docs_in == 4
    assert stats.docs_out == 1


def test_min_words_counts_hindi_words_not_matra_fragments():
    # 6 words; a \\w-based counter would see many more fragments ("समाचार" -> "सम", "च", "र")
    text = "समाचार पत्रों में छपी ख़बरें पढ़ीं"
    out, _ = run_stage(LengthFilter(min_words=6), [text])
    assert not isinstance(out[0], Dropped)
    out, _ = run_stage(LengthFilter(min_words=7), [text])
    assert isinstance(out[0], Dropped)
