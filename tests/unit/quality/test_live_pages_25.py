"""Issue 13 / 3, session 25: a Gujarati live page — timestamps, update headings and a table's rows are most of its
lines, its updates' sentences most of its words — is kept by FineWeb's line rule read on words as well (gu's
``line_punct_word_thr``); a headline strip is still dropped. Text written for this test."""

from __future__ import annotations

from shuddh.document import Document, Dropped
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.quality.fineweb import FineWebQualityFilter

UPDATES = [
    ("06:40 PM 08 Jul", "ભાદર ડેમના 15 દરવાજા ખોલાયા",
     "રાજકોટ જિલ્લાના ભાદર ડેમમાં ઉપરવાસમાંથી પાણીની ભારે આવક થતાં ડેમના 15 દરવાજા ચાર ફૂટ સુધી ખોલવામાં આવ્યા છે. "
     "નીચાણવાળા વિસ્તારોના લોકોને સલામત સ્થળે ખસી જવા સૂચના આપવામાં આવી છે."),
    ("05:55 PM 08 Jul", "અમદાવાદમાં સાંજે ધોધમાર વરસાદ",
     "અમદાવાદના પશ્ચિમ વિસ્તારોમાં સાંજે અચાનક ધોધમાર વરસાદ શરૂ થયો હતો. બોડકદેવ અને થલતેજમાં રસ્તાઓ પર પાણી "
     "ભરાઈ જતાં વાહનચાલકોને ભારે મુશ્કેલી પડી હતી."),
    ("05:10 PM 08 Jul", "મુખ્યમંત્રીએ સ્થિતિની સમીક્ષા કરી",
     "મુખ્યમંત્રીએ ગાંધીનગર સ્થિત ઇમરજન્સી ઑપરેશન સેન્ટર ખાતેથી જૂનાગઢ, અમરેલી અને રાજકોટના કલેક્ટરો સાથે "
     "વાત કરી હતી. તેમણે રાહત અને બચાવની કામગીરી ઝડપી બનાવવા સૂચના આપી હતી."),
    ("04:25 PM 08 Jul", "NDRFની છ ટીમ તૈનાત",
     "રાજ્ય સરકારની વિનંતીને પગલે NDRFની છ અને SDRFની નવ ટીમ સૌરાષ્ટ્રના જિલ્લાઓમાં તૈનાત કરવામાં આવી છે. "
     "જૂનાગઢ જિલ્લામાં અત્યાર સુધીમાં 1,240 લોકોનું સ્થળાંતર કરાયું છે."),
]
TABLE = ["તાલુકો જિલ્લો વરસાદ (મિમી)", "વિસાવદર જૂનાગઢ 278", "મેંદરડા જૂનાગઢ 196", "ધારી અમરેલી 171",
         "વંથલી જૂનાગઢ 158", "ગોંડલ રાજકોટ 124"]


def _run(text: str) -> Document | Dropped:
    stage = FineWebQualityFilter(profile="gu")
    out = list(stage.run([Document(id="1", text=text, source="t")], StageContext(StageStats("fineweb_quality"))))
    return out[0]


def test_a_live_page_whose_sentences_hold_its_words_is_kept():
    lines = ["Gujarat Rain LIVE: સૌરાષ્ટ્રમાં મેઘતાંડવ, 14 જિલ્લામાં રેડ એલર્ટ"]
    for stamp, head, para in UPDATES:
        lines += [stamp, head, para]
    lines += ["ક્યાં કેટલો વરસાદ?", *TABLE]
    assert isinstance(_run("\n".join(lines)), Document)
    # FineWeb-2's rule on lines alone drops it
    stage = FineWebQualityFilter(profile="gu", line_punct_word_thr=0)
    out = list(stage.run([Document(id="1", text="\n".join(lines), source="t")], StageContext(StageStats("f"))))
    assert isinstance(out[0], Dropped)
    assert out[0].reason == "quality.fineweb.line_punct_ratio"


def test_a_headline_strip_is_still_dropped():
    heads = [head for _, head, _ in UPDATES] * 6
    out = _run("\n".join(heads))
    assert isinstance(out, Dropped)
