"""shuddh.volumes: the mergeable accumulator of volumes, languages, signal histograms and examples."""

from __future__ import annotations

import orjson
import pytest

from shuddh.document import Document, Quarantined
from shuddh.stages.quality.fineweb import FineWebQualityFilter
from shuddh.stages.quality.gopher import GopherQualityFilter
from shuddh.volumes import EXAMPLES, SIGNAL_BINS, Volumes, bin_edges, bin_of, signal_thresholds
from tests.conftest import BODY_1, BODY_2

# "नमस्ते" is न म स ् त े: 6 code points of 3 UTF-8 bytes each; one word
NAMASTE = "नमस्ते"
# nine words separated by 8 spaces, no punctuation; 35 Devanagari code points (नगर 3, निगम 4, ने 2, सड़कों 6,
# की 2, मरम्मत 6, का 2, फ़ैसला 6, किया 4) of 3 bytes each
NINE = "नगर निगम ने सड़कों की मरम्मत का फ़ैसला किया"


def _doc(i: str, text: str, lang: str | None = "hi", **kw) -> Document:
    return Document(id=i, text=text, source="in.jsonl", url=f"https://nagar.example.in/{i}", lang=lang, **kw)


def test_volumes_count_indic_words_code_points_and_utf8_bytes():
    v = Volumes()
    v.add(_doc("a", NAMASTE), "read")
    v.add(_doc("b", NINE), "read")
    v.add(_doc("b", NINE), "kept")
    d = v.to_dict()
    # a matra or virama is not a word break: "नमस्ते" is one word, and "सड़कों" / "फ़ैसला" one each
    assert d["volumes"]["read"] == {"docs": 2, "words": 1 + 9, "chars": 6 + 35 + 8, "bytes": 18 + 3 * 35 + 8}
    assert d["volumes"]["kept"]["words"] == 9
    assert d["volumes"]["dropped"] == {"docs": 0, "words": 0, "chars": 0, "bytes": 0}


def test_languages_split_kept_and_dropped_and_und_without_a_label():
    v = Volumes()
    v.add(_doc("a", NINE), "kept")
    v.add(_doc("b", NAMASTE, lang=None), "dropped", "quality.too_short")
    v.add(_doc("c", "aaj mausam accha hai", lang="hi-Latn"), "dropped", "lang.hi-Latn")
    langs = v.to_dict()["languages"]
    assert set(langs) == {"hi", "und", "hi-Latn"}
    assert langs["hi"]["kept"]["docs"] == 1
    assert langs["hi"]["dropped"]["docs"] == 0
    assert langs["und"]["dropped"] == {"docs": 1, "words": 1, "chars": 6, "bytes": 18}
    assert langs["hi-Latn"]["dropped"]["words"] == 4


def test_examples_are_distinct_bounded_and_carry_id_and_url():
    v = Volumes()
    for i in range(6):  # the same chrome line on six pages: one example, not six
        v.add(_doc(f"p{i}", BODY_1, removed=[[3, "Back to top button", "chrome.navigation", "chrome"]]), "kept")
    for i in range(6):
        v.add(_doc(f"s{i}", f"{NAMASTE} {i}"), "dropped", "quality.too_short")
    ex = v.to_dict()["examples"]
    assert ex["lines"]["chrome.navigation"] == [
        {"id": "p0", "url": "https://nagar.example.in/p0", "text": "Back to top button"}]
    shorts = ex["dropped"]["quality.too_short"]
    assert [e["id"] for e in shorts] == ["s0", "s1", "s2"][:EXAMPLES]
    assert len({e["text"] for e in shorts}) == len(shorts)


def test_an_emptied_document_shows_its_removed_lines_instead_of_an_empty_box():
    trail = [[0, "होम » देश » विदेश", "chrome.structure.menu", "chrome"], [1, "", "blank", "chrome"],
             [2, "शेयर करें", "chrome.share", "chrome"]]
    v = Volumes()
    v.add(_doc("e", "", removed=trail), "dropped", "clean.empty")
    (ex,) = v.to_dict()["examples"]["dropped"]["clean.empty"]
    assert "होम » देश » विदेश" in ex["text"]
    assert "chrome.share" in ex["text"]


def test_dedup_pairs_and_cluster_sizes():
    v = Volumes()
    v.add(_doc("k", BODY_1, metadata={"dup_cluster_size": 3}), "kept")
    v.add(_doc("k2", BODY_2, metadata={"dup_cluster_size": 1}), "kept")
    v.add(_doc("d1", BODY_1), "dropped", "dedup.exact", {"kept_id": "k"})
    v.add(_doc("d2", BODY_1 + " ।"), "dropped", "dedup.near", {"kept_id": "k"})
    ex = v.to_dict()["examples"]
    assert ex["clusters"] == {"3": 1}  # a document alone is no cluster
    assert ex["dedup"]["dedup.exact"] == [{"id": "d1", "url": "https://nagar.example.in/d1", "kept_id": "k"}]
    assert ex["dedup"]["dedup.near"][0]["kept_id"] == "k"


def test_quarantined_records_keep_source_position_and_error():
    v = Volumes()
    v.add_quarantined(Quarantined(source="in.jsonl", position="line 12", reason="read.invalid_json",
                                  error="invalid JSON: unexpected", raw_excerpt="{bad"))
    d = v.to_dict()
    assert d["volumes"]["quarantined"]["docs"] == 1
    assert d["examples"]["quarantined"]["read.invalid_json"] == [
        {"source": "in.jsonl", "position": "line 12", "error": "invalid JSON: unexpected"}]


def test_signal_histograms_split_kept_from_quality_drops_only():
    v = Volumes(thresholds=signal_thresholds([GopherQualityFilter().describe()]))
    v.add(_doc("k", BODY_1, metadata={"signals": {"stopwords": 12, "words": 60}}), "kept")
    v.add(_doc("q", NINE, metadata={"signals": {"stopwords": 1, "words": 9}}), "dropped", "quality.gopher.stopwords")
    v.add(_doc("l", NINE, metadata={"signals": {"stopwords": 1}}), "dropped", "lang.en")  # not a quality drop
    s = v.to_dict()["signals"]["stopwords"]
    assert s["kept"] == {"12": 1}
    assert s["dropped"] == {"1": 1}
    assert s["keep"] == "min"
    assert s["stage"] == "gopher_quality"
    assert s["threshold"] > 0


def test_thresholds_come_from_the_stages_own_description():
    t = signal_thresholds([GopherQualityFilter(min_stopwords=4).describe(),
                           FineWebQualityFilter(char_dup_ratio=0.05).describe()])
    assert t["stopwords"] == {"threshold": 4.0, "keep": "min", "stage": "gopher_quality"}
    assert t["char_dup_ratio"]["threshold"] == 0.05
    assert t["char_dup_ratio"]["keep"] == "max"
    # a rule switched off (0) has no threshold to mark
    assert "letter_ratio" not in signal_thresholds([GopherQualityFilter(min_letter_ratio=0).describe()])


def test_memory_is_flat_in_the_number_of_documents():
    v = Volumes()
    for i in range(3000):
        v.add(_doc(f"d{i}", f"{BODY_1} {i}", metadata={"signals": {"words": 40 + i, "char_dup_ratio": (i % 97) / 97}},
                   removed=[[0, f"खबर संख्या {i}", "header.section_label", "header"]]), "kept")
    d = v.to_dict()
    assert len(d["signals"]["words"]["kept"]) <= SIGNAL_BINS["words"][3]
    assert len(d["signals"]["char_dup_ratio"]["kept"]) <= 100
    assert len(d["examples"]["lines"]["header.section_label"]) == EXAMPLES
    assert len(orjson.dumps(d)) < 20_000


def test_merge_in_shard_order_equals_one_accumulator_and_round_trips():
    docs = [(_doc(f"d{i}", f"{BODY_2} {i}", metadata={"signals": {"words": 30 + i}}), "kept") for i in range(8)]
    docs += [(_doc(f"x{i}", f"{NAMASTE} {i}", lang=None), "dropped") for i in range(5)]
    whole, a, b = Volumes(), Volumes(), Volumes()
    for n, (doc, outcome) in enumerate(docs):
        for acc in (whole, a if n < 6 else b):
            acc.add(doc, outcome, "quality.too_short" if outcome == "dropped" else None)
    a.merge(b)
    assert a.to_dict() == whole.to_dict()
    back = Volumes.from_dict(orjson.loads(orjson.dumps(whole.to_dict())))
    assert back.to_dict() == whole.to_dict()


@pytest.mark.parametrize("name", ["words", "stopwords", "char_dup_ratio", "mean_word_length"])
def test_every_value_falls_in_the_bin_whose_edges_hold_it(name):
    spec = SIGNAL_BINS[name]
    edges = bin_edges(spec)
    for x in (edges[0], edges[1] * 1.0001, (edges[5] + edges[6]) / 2, edges[-2]):
        i = bin_of(spec, x)
        assert edges[i] <= x * (1 + 1e-9)
        assert x < edges[i + 1] * (1 + 1e-9)
    assert bin_of(spec, edges[-1] * 10) == spec[3] - 1
    assert bin_of(spec, -1.0) == 0
