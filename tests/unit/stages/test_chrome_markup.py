"""Word/Office style code leaked into page text is cut as ``chrome.markup`` (shuddh.stages.clean.markup).

The leaks below are written for these tests in the form Word's HTML export takes (document settings, then
the style sheet), glued to Hindi text as blog posts pasted from Word carry them."""

from __future__ import annotations

import orjson

import shuddh
from shuddh.audit import restore
from shuddh.stages.clean.chrome import ChromeLineStage
from shuddh.stages.clean.markup import GATE, markup_cut
from tests.unit.stages.helpers import read_records, run_stage

SETTINGS = "Normal 0 false false false EN-IN X-NONE HI MicrosoftInternetExplorer4"
STYLE = ('/* Style Definitions */ table.MsoNormalTable {mso-style-name:"Table Normal"; mso-tstyle-rowband-size:0; '
         'mso-style-noshow:yes; mso-padding-alt:0cm 5.4pt 0cm 5.4pt; mso-para-margin:0cm; font-size:11.0pt; '
         'font-family:"Calibri","sans-serif";}')
VML = "v\\:* {behavior:url(#default#VML);} o\\:* {behavior:url(#default#VML);} .shape {behavior:url(#default#VML);}"
POST = "गाँव के पुराने तालाब की सफाई का काम इस साल फिर शुरू नहीं हो सका, क्योंकि बजट नहीं आया।"


def test_a_leak_glued_before_the_first_line_is_cut_and_the_line_kept():
    line = f"800x600 {SETTINGS} {STYLE} {POST}"
    rest, pieces = markup_cut(line)
    assert rest == POST
    assert pieces == [f"800x600 {SETTINGS} {STYLE} "]  # with its trailing space: the audit puts it back
    assert pieces[0] + rest == line


def test_vml_behaviours_are_a_leak_too():
    rest, pieces = markup_cut(f"{VML} {POST}")
    assert rest == POST
    assert pieces == [f"{VML} "]


def test_a_leak_at_the_end_of_a_line_is_cut_with_its_leading_space():
    line = f"{POST} {SETTINGS} {STYLE}"
    rest, pieces = markup_cut(line)
    assert rest == POST
    assert pieces == [f" {SETTINGS} {STYLE}"]
    assert rest + pieces[0] == line


def test_a_line_that_is_only_a_leak_goes_whole():
    assert markup_cut(f"{SETTINGS} {STYLE}") == ("", [f"{SETTINGS} {STYLE}"])
    assert markup_cut(f"{STYLE} 1.") == ("", [f"{STYLE} 1."])  # no letter left: nothing worth a line


def test_css_without_office_marks_is_content():
    # a web-design tutorial's code line, and a rule inside a Hindi explanation
    assert markup_cut("p { color: red; font-size: 16px; }") is None
    assert markup_cut("p {color: red;} यह नियम हर अनुच्छेद के अक्षरों को लाल कर देता है।") is None
    assert markup_cut("body {margin:0} h1 {font-weight:bold}") is None


def test_prose_that_mentions_the_words_is_left():
    assert markup_cut(POST) is None
    assert markup_cut("Normal 0 is the default zoom of the editor, and false means the option is off.") is None
    assert markup_cut("रिपोर्ट में mso-style जैसे शब्द नहीं, सिर्फ़ तालाब की बात है।") is None
    assert markup_cut("") is None


def test_a_json_line_with_an_office_mark_is_parsed_in_one_pass():
    # a site's widget settings as JSON with an Office language code in it: with commas allowed inside a CSS
    # selector, the pattern tried every way of splitting "a":"b","c":… into selectors (seconds per line,
    # found on a wcxb page); now a selector holds no comma and the units are found left to right
    settings = ('{"statementLink":"","footerHtml":"","hideMobile":false,"hideTrigger":false,"language":"en",'
                '"position":"left","leadColor":"#146ff8","triggerColor":"#146ff8","locale":"X-NONE",'
                '"triggerRadius":"50%","triggerPositionX":"right","triggerIcon":"people","triggerSize":"medium"}')
    assert markup_cut(settings) is None  # not Office's style code: a JSON object is no CSS rule
    assert markup_cut(f"{settings} {POST}") is None


def test_a_leak_in_the_middle_of_a_line_stays():
    # the audit trail can put a piece back only at a line's edge
    assert markup_cut(f"मगही अनुवाद - नारायण प्रसाद {SETTINGS} {STYLE} {POST}") is None


def test_the_gate_admits_every_leak():
    for leak in (SETTINGS, STYLE, VML, "<!--[if gte mso 9]>"):
        assert any(g in leak for g in GATE)
    assert not any(g in POST for g in GATE)


# -- the stage: chrome cuts the leak before its other rules --------------------------------------------------

NAV = "सूची पिछला अगला"
BODY = ("पंचायत ने कई बार प्रस्ताव पास किया, लेकिन बजट नहीं आया। बरसात से पहले अगर तालाब की गाद नहीं निकाली "
        "गई तो आसपास के खेतों में पानी भर जाएगा और धान की रोपाई पर असर पड़ेगा।")


def test_the_chrome_stage_cuts_a_leak_and_the_audit_trail_puts_it_back():
    page = "\n".join([f"800x600 {SETTINGS} {STYLE} {POST}", BODY, f"{BODY} {SETTINGS} {STYLE}", f"{SETTINGS} {STYLE}"])
    (doc,), stats = run_stage(ChromeLineStage(profile="hi"), [page])
    assert doc.text == "\n".join([POST, BODY, BODY])
    assert stats.lines_removed == {"chrome.markup.part": 2, "chrome.markup": 1}
    assert restore(doc.text, doc.removed) == page


def test_a_line_left_after_the_cut_meets_the_other_rules():
    # Word's leak before a post's navigation line: the leak is cut, the rest goes as navigation... or stays,
    # as the lexicon decides for the line alone; either way the trail gives back the line
    page = "\n".join([POST, BODY, f"{SETTINGS} {STYLE} {NAV}"])
    (doc,), _ = run_stage(ChromeLineStage(profile="hi"), [page])
    assert SETTINGS not in doc.text
    assert doc.text.startswith(f"{POST}\n{BODY}")
    assert restore(doc.text, doc.removed) == page


def test_markup_can_be_switched_off_and_parts_off_keeps_only_whole_line_removals():
    page = "\n".join([f"{SETTINGS} {STYLE} {POST}", BODY, f"{SETTINGS} {STYLE}"])
    (doc,), _ = run_stage(ChromeLineStage(profile="hi", markup=False), [page])
    assert SETTINGS in doc.text
    (doc,), stats = run_stage(ChromeLineStage(profile="hi", parts=False), [page])
    assert doc.text.split("\n")[:2] == [f"{SETTINGS} {STYLE} {POST}", BODY]
    assert stats.lines_removed == {"chrome.markup": 1}


def test_a_post_pasted_from_word_is_hindi_again(tmp_path):
    # before the cut, 500 characters of Word's style sheet beside four Hindi sentences made the post "und"
    src = tmp_path / "blog.jsonl"
    text = "\n".join([f"{SETTINGS} {STYLE}", POST, BODY, "ग्रामीणों का कहना है कि वे श्रमदान से भी काम करने को "
                      "तैयार हैं, बस प्रशासन मशीन उपलब्ध करा दे। सरपंच ने जिलाधिकारी को पत्र लिखा है।"])
    src.write_text(orjson.dumps({"id": "post-1", "text": text}).decode() + "\n", encoding="utf-8")
    out = tmp_path / "out"
    shuddh.clean([str(src)], str(out), workers=1)
    kept = read_records(out, "kept")
    assert [r["id"] for r in kept] == ["post-1"]
    assert kept[0]["lang"] == "hi"
    assert "mso-" not in kept[0]["text"]
    assert read_records(out, "removed")[0]["removed"][0]["reason"] == "chrome.markup"
