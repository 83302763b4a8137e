"""Content-structure refinements of the quality filters (shuddh.quality.content): structured list
items, run-on prose lines, numbers in sentences, repetition counted from k occurrences. Fixtures
are Hindi written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from shuddh.document import Document, Dropped
from shuddh.lang.profile import load_profile
from shuddh.quality.content import RELATION_RE, line_classes, repetition_at_least
from shuddh.quality.signals import fineweb_line_signals, gopher_quality_signals, repetition_signals
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.quality.fineweb import FineWebQualityFilter
from shuddh.stages.quality.gopher import GopherQualityFilter, GopherRepetitionFilter
from shuddh.stages.quality.scorer import SignalScorer
from shuddh.text.segment import words

HI = load_profile("hi")

LEAD = "सूरज की रोशनी 1975 में बनी हिन्दी भाषा की एक पारिवारिक फ़िल्म है जिसे दर्शकों ने बहुत पसंद किया।"
# a cast list: half the items relate an actor to a role, the rest are bare names
CAST = [LEAD, "रमेश कुमार - डॉक्टर", "सुनीता देवी", "अजय सिंह - पुलिस अफ़सर", "कमला", "विजय राव - गाँव का मुखिया",
        "मोहन लाल", "गीता - रमेश की बहन", "राजू", "श्याम - नौकर", "किशोर", "पूजा शर्मा", "अमर - ड्राइवर",
        "रीना", "हरि प्रसाद", "नीलम - अध्यापिका", "दीपक", "सरला", "बबलू", "मीना", "चंदू"]  # fmt: skip
# the same page shape with bare labels only: a section-name list
LABELS = [LEAD, "प्रारंभिक जीवन", "शिक्षा", "करियर", "निजी जीवन", "पुरस्कार", "फ़िल्में", "टेलीविज़न", "विवाद",
          "परिवार", "सम्मान", "संगीत", "यात्रा", "लेखन", "राजनीति", "खेल", "समाज", "दर्शन", "कला", "धर्म"]  # fmt: skip

# ~90 words of prose in four paragraphs, written for these tests
PARAS = [
    "पूर्वी रेलवे भारतीय रेल का एक पुराना क्षेत्र है। इसका मुख्यालय कोलकाता में स्थित है और इसके अंतर्गत कई मंडल आते हैं।",
    "इस क्षेत्र की स्थापना आज़ादी के कुछ वर्ष बाद हुई थी। पहले यह एक निजी कंपनी के पास था।",
    "यहाँ से रोज़ हज़ारों यात्री अपने काम पर जाते हैं और शाम को घर लौटते हैं।",
    "माल ढुलाई में भी इस क्षेत्र का बड़ा योगदान है, खासकर कोयले और इस्पात की ढुलाई में।",
]


def run(stage: object, text: str) -> Document | Dropped:
    return next(iter(stage.run([Document(id="d", text=text, source="t")], StageContext(StageStats("t")))))  # type: ignore[attr-defined]


def kept(stage: object, text: str) -> bool:
    return isinstance(run(stage, text), Document)


def reason(stage: object, text: str) -> str:
    out = run(stage, text)
    assert isinstance(out, Dropped)
    return out.reason


# ------------------------------------------------------------------------------- structured list items


@pytest.mark.parametrize(
    ("line", "related"),
    [
        ("रमेश कुमार - डॉक्टर", True),
        ("हाउसफुल (2010)", True),
        ("शासन काल (1556–1605)", True),
        ("क्षेत्रफल: 558 वर्ग कि॰मी॰", True),
        ("अंगद का पांव – श्री लाल शुक्ल", True),
        ("प्रारंभिक जीवन", False),
        ("भारत-पाक संबंध", False),  # a hyphen inside a word relates nothing
        ("- होम", False),  # a bullet
        ("मुख्य पृष्ठ:", False),  # a heading
        ("टैग (5)", False),  # a count, not a year
    ],
)
def test_relation_separator(line: str, related: bool) -> None:
    assert (RELATION_RE.search(line) is not None) is related


def test_structured_list_is_kept_and_bare_labels_are_not() -> None:
    cast, labels = "\n".join(CAST), "\n".join(LABELS)
    # both are lists by FineWeb's rule (more than 0.316 line breaks per word) with the same prose lead
    for text in (cast, labels):
        assert fineweb_line_signals(text, HI.terminal_punctuation, min_sentence_words=2)["newline_ratio"] > 0.316
    assert kept(FineWebQualityFilter(), cast)
    assert reason(FineWebQualityFilter(), labels) == "quality.fineweb.list_ratio"
    # the exception is what keeps the cast list: switched off, FineWeb's rule drops it
    assert reason(FineWebQualityFilter(list_structured_item_ratio=0), cast) == "quality.fineweb.list_ratio"
    # and a list needs enough items for its share to mean something
    assert reason(FineWebQualityFilter(list_min_items=40), cast) == "quality.fineweb.list_ratio"


def test_menu_with_relations_in_a_few_items_is_still_a_menu() -> None:
    menu = ["होम", "देश", "विदेश", "खेल", "मनोरंजन", "राशिफल", "वीडियो", "फोटो", "शिक्षा", "नौकरी"] * 3
    menu[4] = "आईपीएल 2024: लाइव स्कोर"  # one structured item among 30 bare labels (3%)
    assert reason(FineWebQualityFilter(), "\n".join(menu)) == "quality.fineweb.line_punct_ratio"
    sig = SignalScorer(HI).compute("fineweb", "\n".join(menu))
    assert sig["item_lines"] == 30
    assert sig["structured_item_ratio"] == pytest.approx(1 / 30)


# ------------------------------------------------------------------------------------ run-on prose lines

RUNON = (
    "हमारा गाँव नदी के किनारे बसा है और यहाँ के लोग खेती करते हैं गाँव में एक पुराना मंदिर है जहाँ हर साल मेला लगता है "
    "और दूर दूर से लोग आते हैं बच्चे स्कूल जाने के लिए रोज़ नाव से नदी पार करते हैं और शाम को खेतों में अपने माता पिता "
    "का हाथ बँटाते हैं"
)
TAGS = ", ".join(["प्रारंभिक जीवन", "भारत का इतिहास", "राजस्थान के किले", "हिन्दी साहित्य", "मुग़ल साम्राज्य",
                  "गंगा नदी", "पर्यटन स्थल", "भारतीय रेल", "क्रिकेट विश्व कप", "लोक संगीत", "मौसम",
                  "स्वतंत्रता संग्राम", "आयुर्वेद", "हिमालय पर्वत", "दक्षिण भारत", "शास्त्रीय नृत्य",
                  "उत्तर प्रदेश के जिले", "भारतीय सिनेमा", "योग", "संस्कृत नाटक"])  # fmt: skip


def test_run_on_prose_line_reads_as_a_sentence() -> None:
    # one line of ~55 words, no sentence end: FineWeb's rule alone calls it a list
    assert fineweb_line_signals(RUNON, HI.terminal_punctuation, min_sentence_words=2)["line_punct_ratio"] == 0
    lc = line_classes(RUNON, HI.terminal_punctuation, 2.0, HI.stopwords, 20, 0.3)
    assert (lc.runon_lines, lc.prose_lines, lc.item_lines) == (1, 1, 0)
    assert kept(FineWebQualityFilter(), RUNON)
    # a one-line tag cloud has words enough but almost no function words
    assert reason(FineWebQualityFilter(), TAGS) == "quality.fineweb.line_punct_ratio"
    # off (runon_min_words 0): the run-on line is not a sentence
    lc0 = line_classes(RUNON, HI.terminal_punctuation, 2.0, HI.stopwords, 0, 0.3)
    assert (lc0.runon_lines, lc0.prose_lines) == (0, 0)


def test_run_on_needs_enough_words() -> None:
    short = "गाँव में एक पुराना मंदिर है जहाँ हर साल मेला लगता है"  # 12 words, many stop words
    lc = line_classes(short, HI.terminal_punctuation, 2.0, HI.stopwords, 20, 0.3)
    assert lc.runon_lines == 0


# a headline strip: titles cut before their verb, rich in postpositions, joined by " - " on one line
STRIP = " - ".join([
    "दिल्ली में बारिश के बाद यातायात पर", "मुंबई के लोगों के लिए नई लोकल", "भारत और पाकिस्तान के बीच तीसरे मैच में",
    "किसानों के लिए सरकार की नई योजना से", "गंगा नदी के किनारे पर बसे गाँवों में", "राजस्थान के किलों की सैर का",
    "बच्चों की पढ़ाई के लिए स्कूलों में",
])  # fmt: skip


def test_run_on_needs_clause_closing_verbs_a_headline_strip_has_none() -> None:
    ws = words(STRIP)
    assert len(ws) >= 20
    assert sum(w in HI.stopwords for w in ws) >= 0.3 * len(ws)  # stop words alone would make it prose
    markers = frozenset(HI.threshold("runon_markers", ()))
    rate = float(HI.threshold("runon_min_marker_rate", 0.0))
    assert rate > 0
    strip = line_classes(STRIP, HI.terminal_punctuation, 2.0, HI.stopwords, 20, 0.3, markers, rate)
    assert (strip.runon_lines, strip.item_lines) == (0, 1)
    runon = line_classes(RUNON, HI.terminal_punctuation, 2.0, HI.stopwords, 20, 0.3, markers, rate)
    assert runon.runon_lines == 1
    # without the marker rule the strip read as run-on prose
    assert line_classes(STRIP, HI.terminal_punctuation, 2.0, HI.stopwords, 20, 0.3).runon_lines == 1
    assert reason(FineWebQualityFilter(), STRIP) == "quality.fineweb.line_punct_ratio"
    assert kept(FineWebQualityFilter(), RUNON)


# titles joined by " | ": normalize makes each pipe a danda, so the strip ends like sentences
TITLES = ["दिल्ली में बारिश से यातायात पर असर", "मुंबई की लोकल ट्रेनों में नई सुविधा", "भारत और पाकिस्तान के बीच तीसरा मैच",
          "किसानों के लिए सरकार की नई योजना", "गंगा किनारे के गाँवों में बाढ़ का ख़तरा", "राजस्थान के किलों की सैर",
          "बच्चों की पढ़ाई के लिए स्कूलों में नई किताबें", "शेयर बाज़ार में तेज़ी के संकेत"]  # fmt: skip
# the same number of real sentences, the danda typed as a pipe (common in Hindi typing)
SENTS = ["दिल्ली में कल रात तेज़ बारिश हुई", "इससे कई सड़कों पर पानी भर गया था", "लोगों को दफ़्तर पहुँचने में देर हुई",
         "नगर निगम ने पंप लगाकर पानी निकाला", "शाम तक ज़्यादातर रास्ते खुल गए थे", "मौसम विभाग ने और बारिश की चेतावनी दी है",
         "स्कूलों को एक दिन के लिए बंद कर दिया गया", "अधिकारी हालात पर नज़र रख रहे हैं"]  # fmt: skip


def test_title_strip_punctuated_by_normalize_is_not_prose_pipe_typed_sentences_are() -> None:
    from shuddh.text.normalize import normalize

    strip = normalize(" | ".join(TITLES))
    prose = normalize(" | ".join(SENTS) + " |")
    assert strip.count("।") == len(TITLES) - 1  # the pipes became dandas
    assert prose.count("।") == len(SENTS)
    markers = frozenset(HI.threshold("runon_markers", ()))
    args = (HI.terminal_punctuation, 2.0, HI.stopwords, 20, 0.3, markers, 0.08)
    on = (int(HI.threshold("strip_min_sentences", 0)), float(HI.threshold("strip_max_marker_share", 0.0)))
    assert on[0] > 0
    assert line_classes(strip, *args).prose_lines == 1  # without the rule: a line of sentences
    lc = line_classes(strip, *args, *on)
    assert (lc.strip_lines, lc.prose_lines, lc.item_lines) == (1, 0, 1)
    lc = line_classes(prose, *args, *on)
    assert (lc.strip_lines, lc.prose_lines) == (0, 1)
    page = "\n".join([strip, normalize(" | ".join(TITLES[::-1]))])
    assert reason(FineWebQualityFilter(), page) == "quality.fineweb.line_punct_ratio"
    assert kept(FineWebQualityFilter(), prose)


# --------------------------------------------------------------------------------- numbers in sentences

BIO = "\n".join([
    "रामेश्वर प्रसाद (१२ मार्च १९०२ - ४ जून १९७१) बिहार के एक स्वतंत्रता सेनानी थे। वे १९३० में जेल गए और १९४२ में फिर गिरफ़्तार हुए।",
    "१९५२ से १९५७ तक और फिर १९६२ से १९६७ तक वे विधान सभा के सदस्य रहे। १९६५ में उन्हें सम्मान मिला।",
    "उनका जन्म १९०२ में पटना ज़िले के एक गाँव में हुआ था और उनकी मृत्यु ४ जून १९७१ को हुई।",
])  # fmt: skip
TABLE = "\n".join([
    "वर्ष कुल मत प्रतिशत",
    *(f"{1950 + 5 * i} {12000 + 731 * i} {40 + i}.{i} {3 * i + 7} {i + 2}" for i in range(12)),
    "यह तालिका चुनाव के परिणाम है।",
])  # fmt: skip


def test_numbers_in_sentences_are_content_numbers_in_tables_are_not() -> None:
    g = GopherQualityFilter()
    assert gopher_quality_signals(BIO, HI.stopwords)["alpha_words_ratio"] < 0.8  # Gopher's rule would drop it
    assert SignalScorer(HI).compute("gopher", BIO)["alpha_words_ratio"] == 1.0  # every number is in a sentence
    assert kept(g, BIO)
    assert reason(g, TABLE) == "quality.gopher.alpha_words"


# -------------------------------------------------------------------------- repetition from three times


def test_repetition_at_least_two_is_gopher() -> None:
    texts = ["\n".join(PARAS + PARAS[:2]), "\n".join([PARAS[0]] * 4 + PARAS[1:]), "\n".join(PARAS)]
    for text in texts:
        g = repetition_signals(text)
        f = fineweb_line_signals(text)
        ours = repetition_at_least(text, words(text), 2)
        assert ours["dup_lines"] == g["dup_lines"]
        assert ours["dup_line_frac"] == pytest.approx(g["dup_line_frac"])
        assert ours["char_dup_ratio"] == pytest.approx(f["char_dup_ratio"])
        for n in range(5, 11):
            assert ours[f"dup_{n}gram_frac"] == pytest.approx(g[f"dup_{n}gram_frac"])


def test_repetition_at_least_counts() -> None:
    text = "क ख ग\nक ख ग\nघ ङ च"
    assert repetition_at_least(text, text.split(), 2)["dup_lines"] == 1
    assert repetition_at_least(text, text.split(), 3)["dup_lines"] == 0
    thrice = "क ख ग\nक ख ग\nक ख ग\nघ ङ च"
    r = repetition_at_least(thrice, thrice.split(), 3)
    assert r["dup_lines"] == 2
    assert r["dup_line_frac"] == pytest.approx(2 / 4)
    assert r["char_dup_ratio"] == pytest.approx(10 / 20)


def test_a_paragraph_kept_twice_is_kept_the_same_repeated_is_dropped() -> None:
    twice = "\n".join([PARAS[0], *PARAS, PARAS[3]])  # first and last paragraph each said twice
    assert kept(GopherRepetitionFilter(), twice)
    assert kept(FineWebQualityFilter(), twice)
    # Gopher's own counting (from the second occurrence) drops it
    assert repetition_signals(twice)["dup_5gram_frac"] > HI.threshold("dup_5gram_frac", 0)
    looped = "\n".join([PARAS[0]] * 4 + PARAS[1:])
    assert reason(GopherRepetitionFilter(), looped) == "quality.repetition.dup_line_frac"


def test_scorecard_line_twice_kept_same_line_repeated_dropped() -> None:
    toss = "मुंबई ने टॉस जीता और पहले बल्लेबाज़ी करने का फ़ैसला किया।"
    card = "\n".join([
        "मुंबई और चेन्नई के बीच तीन मैचों की एक दिवसीय श्रृंखला दिसंबर में खेली गई। मुंबई ने श्रृंखला दो-एक से जीती।",
        toss, "रोहित ने अपने करियर का पहला शतक बनाया और टीम को जीत दिलाई।",
        "चेन्नई ने टॉस जीता और गेंदबाज़ी करने का फ़ैसला किया। बारिश के कारण खेल देर से शुरू हुआ।",
        toss, "अंतिम मैच में दोनों टीमों के बीच कड़ा मुकाबला हुआ और मुंबई दो विकेट से जीती।",
    ])  # fmt: skip
    assert kept(GopherRepetitionFilter(), card)
    assert kept(FineWebQualityFilter(), card)
    spam = "\n".join([toss] * 6 + [card.splitlines()[0]])
    assert isinstance(run(GopherRepetitionFilter(), spam), Dropped)


def test_profile_without_the_keys_keeps_gopher_and_fineweb_semantics(tmp_path: Path) -> None:
    prof = tmp_path / "xx.toml"
    prof.write_text('code = "xx"\nname = "test"\nterminal_punctuation = [".", "।"]\n'
                    'stopwords = ["के", "में", "है", "और", "की"]\n[quality]\nmin_stopwords = 0\n', encoding="utf-8")
    p = str(prof)
    twice = "\n".join([PARAS[0], *PARAS, PARAS[3]])
    assert isinstance(run(GopherRepetitionFilter(profile=p), twice), Dropped)
    assert isinstance(run(FineWebQualityFilter(profile=p), RUNON), Dropped)
    assert isinstance(run(FineWebQualityFilter(profile=p, line_punct_thr=0), "\n".join(CAST)), Dropped)
    assert isinstance(run(GopherQualityFilter(profile=p), BIO), Dropped)
