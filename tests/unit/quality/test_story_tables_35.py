"""Session 35: a match report with its scorecard is not dropped as ``quality.gopher.alpha_words``.

Gopher's rule wants 80 % of a document's words to hold a letter. A scorecard's rows name a player and give his
figures ("जो रूट b कुलदीप 49 88 5 0 55.68"), so a report with its full scorecard falls to ~0.64 and was dropped,
prose and all. With ``alpha_words_rows_prose_share`` (hi: 0.25) the number-only words of such labelled rows are
left out of the ratio when prose lines hold at least that share of the document's words. A scorecard without its
report, and prose padded with lines of numbers alone, are still dropped. Text written for this test."""

from __future__ import annotations

from pathlib import Path

from shuddh.document import Document, Dropped
from shuddh.lang.profile import load_profile
from shuddh.quality.content import alpha_words_ratio
from shuddh.quality.signals import gopher_quality_signals
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.quality.gopher import GopherQualityFilter
from shuddh.stages.quality.scorer import SignalScorer

REPORT = [
    "इंदौर टेस्ट: अश्विन के पांच विकेट, भारत ने इंग्लैंड को 7 विकेट से हराया",
    "होलकर स्टेडियम में खेले गए तीसरे टेस्ट मैच के चौथे दिन भारतीय टीम ने इंग्लैंड को सात विकेट से हरा दिया। जीत "
    "के लिए मिले 164 रन के लक्ष्य को भारत ने 41.3 ओवर में तीन विकेट खोकर हासिल कर लिया।",
    "दूसरी पारी में रविचंद्रन अश्विन ने 58 रन देकर पांच विकेट लिए और इंग्लैंड की बल्लेबाजी को बिखेर दिया। कप्तान "
    "ने मैच के बाद कहा कि पिच पर गेंद घूम रही थी और हमारे स्पिनरों ने उसका पूरा फायदा उठाया।",
    "लक्ष्य का पीछा करते हुए यशस्वी जायसवाल ने 62 गेंदों पर 55 रन बनाए। शुभमन गिल 48 रन बनाकर नाबाद रहे और "
    "उन्होंने चौका लगाकर टीम को जीत दिलाई।",
    "इस जीत के साथ भारत ने पांच मैचों की सीरीज में 2-1 की बढ़त बना ली है। सीरीज का चौथा मैच 23 फरवरी से रांची "
    "में खेला जाएगा।",
]
SCORECARD = [
    "स्कोरकार्ड",
    "इंग्लैंड दूसरी पारी",
    "बल्लेबाज आउट रन गेंद 4s 6s SR",
    "जैक क्रॉली c जुरेल b अश्विन 18 27 3 0 66.66",
    "बेन डकेट lbw b अश्विन 24 31 4 0 77.41",
    "ओली पोप c रोहित b जडेजा 11 19 1 0 57.89",
    "जो रूट b कुलदीप 49 88 5 0 55.68",
    "जॉनी बेयरस्टो c गिल b अश्विन 4 12 0 0 33.33",
    "बेन स्टोक्स lbw b जडेजा 15 28 2 0 53.57",
    "बेन फोक्स नाबाद 17 41 1 0 41.46",
    "टॉम हार्टली b अश्विन 7 9 1 0 77.77",
    "मार्क वुड c सिराज b कुलदीप 0 3 0 0 0.00",
    "ओली रॉबिन्सन b अश्विन 2 6 0 0 33.33",
    "जेम्स एंडरसन रन आउट 1 4 0 0 25.00",
    "अतिरिक्त 12 (b 4, lb 6, w 2)",
    "कुल 160 ऑल आउट (46.1 ओवर)",
    "विकेट पतन: 1-31, 2-47, 3-58, 4-71, 5-101, 6-121, 7-136, 8-137, 9-150, 10-160",
    "गेंदबाज ओवर मेडन रन विकेट इकॉनमी",
    "जसप्रीत बुमराह 8 2 21 0 2.62",
    "मोहम्मद सिराज 6 1 19 0 3.16",
    "रविचंद्रन अश्विन 15.1 3 58 5 3.82",
    "रवींद्र जडेजा 11 2 34 2 3.09",
    "कुलदीप यादव 6 0 16 2 2.66",
    "भारत दूसरी पारी (लक्ष्य 164)",
    "बल्लेबाज आउट रन गेंद 4s 6s SR",
    "रोहित शर्मा c फोक्स b रूट 21 27 3 0 77.77",
    "यशस्वी जायसवाल c पोप b हार्टली 55 62 7 1 88.70",
    "शुभमन गिल नाबाद 48 71 5 1 67.60",
    "रजत पाटीदार c स्टोक्स b हार्टली 0 5 0 0 0.00",
    "सरफराज खान नाबाद 28 34 3 0 82.35",
    "अतिरिक्त 12 (b 5, lb 5, nb 2)",
    "कुल 164/3 (41.3 ओवर)",
    "गेंदबाज ओवर मेडन रन विकेट इकॉनमी",
    "जेम्स एंडरसन 7 1 24 0 3.42",
    "टॉम हार्टली 16.3 2 61 2 3.69",
    "जो रूट 12 1 44 1 3.66",
    "मार्क वुड 6 0 25 0 4.16",
]


def _run(text: str, profile: str = "hi") -> Document | Dropped:
    stage = GopherQualityFilter(profile=profile)
    return next(iter(stage.run([Document(id="1", text=text, source="t")], StageContext(StageStats("g")))))


def test_a_match_report_with_its_scorecard_is_kept() -> None:
    assert isinstance(_run("\n".join(REPORT + SCORECARD)), Document)


def test_the_ratio_counts_the_rows_numbers_without_the_key(tmp_path: Path) -> None:
    hi = load_profile("hi")
    text = "\n".join(REPORT + SCORECARD)
    lines = SignalScorer(hi)._lines(text)
    # the words with a letter, as Gopher counts them
    plain = gopher_quality_signals(text, hi.stopwords)
    alpha = round(float(plain["alpha_words_ratio"]) * int(plain["words"]))
    assert plain["alpha_words_ratio"] < 0.7  # Gopher's own ratio: the drop of before
    # the figures of the rows: most of the scorecard's numbers
    assert lines.row_numbers > 100
    # with the key: the rows' figures left out too, and the report passes
    assert alpha_words_ratio(lines, alpha, 0.25) >= 0.8
    # without it (numbers in sentences left out only): still under 0.8
    assert alpha_words_ratio(lines, alpha) < 0.8
    # a profile that does not set the key keeps Gopher's rule
    prof = tmp_path / "xx.toml"
    prof.write_text('code = "xx"\nname = "test"\nterminal_punctuation = [".", "।"]\n'
                    'stopwords = ["के", "में", "है", "और", "की"]\n[quality]\nmin_stopwords = 0\n'
                    "alpha_words_prose_numbers = true\n", encoding="utf-8")
    out = _run(text, str(prof))
    assert isinstance(out, Dropped)
    assert out.reason == "quality.gopher.alpha_words"


def test_a_scorecard_without_its_report_is_still_dropped() -> None:
    out = _run("\n".join([REPORT[0], *SCORECARD]))
    assert isinstance(out, Dropped)
    assert out.reason == "quality.gopher.alpha_words"


def test_lines_of_numbers_alone_still_count_against_it() -> None:
    # the same prose padded with rows of bare numbers (a lottery's draw, a dump of a spreadsheet's cells)
    numbers = [" ".join(str((7 * i + 13 * j) % 97) for j in range(8)) for i in range(30)]
    out = _run("\n".join(REPORT + numbers))
    assert isinstance(out, Dropped)
    assert out.reason == "quality.gopher.alpha_words"


def test_a_story_with_little_prose_around_its_table_is_still_dropped() -> None:
    # one sentence over the whole scorecard: prose under a quarter of the words
    out = _run("\n".join([REPORT[0], REPORT[4], *SCORECARD]))
    assert isinstance(out, Dropped)
    assert out.reason == "quality.gopher.alpha_words"


# every Indic profile (session 35): a Marathi market story with its rate table, figures in its sentences
MARATHI = [
    "कांद्याच्या दरात क्विंटलमागे ३०० रुपयांची वाढ; लासलगाव बाजार समितीत आवक घटली",
    "लासलगाव : आशियातील सर्वात मोठी कांदा बाजारपेठ असलेल्या लासलगाव बाजार समितीत मंगळवारी (ता. १४) कांद्याची आवक "
    "सुमारे १८ हजार क्विंटलपर्यंत घटली. त्यामुळे सर्वसाधारण दर २ हजार ४५० रुपयांवरून २ हजार ७५० रुपयांपर्यंत वाढला.",
    "गेल्या आठवड्यात झालेल्या अवकाळी पावसामुळे शेतात काढणीला आलेल्या कांद्याचे नुकसान झाले असून, साठवणुकीतील "
    "कांदाही कमी प्रमाणात बाजारात येत आहे, असे व्यापाऱ्यांनी सांगितले.",
    "येत्या १५ दिवसांत नवीन लाल कांद्याची आवक वाढल्यानंतर दर पुन्हा स्थिर होतील, असा अंदाज बाजार अभ्यासकांनी व्यक्त केला. "
    "शेतकऱ्यांनी माल टप्प्याटप्प्याने विक्रीस आणावा, असे आवाहन बाजार समितीने केले आहे.",
    "आजचे कांदा बाजारभाव (रु./क्विंटल)",
    "बाजार समिती आवक किमान दर कमाल दर सर्वसाधारण दर",
    "लासलगाव 18,250 1,800 3,100 2,750",
    "पिंपळगाव 14,600 1,750 3,050 2,700",
    "मनमाड 6,300 1,600 2,900 2,600",
    "येवला 5,900 1,700 2,950 2,650",
    "चांदवड 4,100 1,650 2,880 2,600",
    "सिन्नर 2,750 1,500 2,800 2,500",
]


def test_a_marathi_rates_story_with_its_table_is_kept() -> None:
    text = "\n".join(MARATHI)
    assert isinstance(_run(text, "mr"), Document)
    # ... as Gopher's rule did not (the table's figures and those in the sentences counted against it)
    lines = SignalScorer(load_profile("mr"))._lines(text)
    assert lines.row_numbers >= 24
    assert lines.prose_numbers >= 6


def test_symbol_soup_is_still_dropped_in_every_indic_profile() -> None:
    # digits, symbols and a few letters, lines ending in a sentence mark (so they read as sentence lines)
    soup = "\n".join(f"#{i}% @@ {i * 7} :: ~~ {i}/{i + 3} == क{i} ।" for i in range(40))
    for code in ("bn", "gu", "kn", "ml", "mr", "ne", "or", "pa", "ta", "te", "ur"):
        out = _run(soup, code)
        assert isinstance(out, Dropped), code
