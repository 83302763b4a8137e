"""Issue 13, session 24, Gujarati: the site's own account, app and alert calls.

The news site asks the reader to log in to *it*, read in *its* app, follow *its* channel, allow *its* notifications;
a how-to asks the reader to log in to a portal or download an official app, and a news story reports an app. The
``# ---- session 24`` rules at the end of ``gu.toml`` (tuned on set p4 of ``bench_chrome_probe.py``) remove the first
kind: a whole-line button, or a call that names the news, "અમારી" or the site's app. Every line here is written for
this test, none copied from the probe set."""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARA = "જિલ્લા તંત્રએ જણાવ્યું કે નવી વ્યવસ્થા આવતા સોમવારથી અમલમાં આવશે અને હજારો લોકોને તેનો લાભ મળશે."

CHROME = [
    # account: the buttons, a question with its button, the paywall, "register and read"
    ("gu", "સાઇન અપ કરો", "account"),
    ("gu", "હમણાં જ રજિસ્ટર કરો", "account"),
    ("gu", "ફેસબુક સાથે લોગિન કરો", "account"),
    ("gu", "ગૂગલ સાથે ચાલુ રાખો", "account"),
    ("gu", "તમારું મફત એકાઉન્ટ બનાવો", "account"),
    ("gu", "તમારો પાસવર્ડ ભૂલી ગયા?", "account"),
    ("gu", "હજુ એકાઉન્ટ નથી? અહીં રજિસ્ટર કરો", "account"),
    ("gu", "પહેલેથી સભ્ય છો? સાઇન ઇન કરો", "account"),
    ("gu", "આ અહેવાલ આગળ વાંચવા માટે સબ્સ્ક્રાઇબ કરો", "account"),
    ("gu", "આગળના સમાચાર વાંચવા પ્રીમિયમ સબ્સ્ક્રિપ્શન લો", "account"),
    ("gu", "લોગિન કરો અને તમારી પસંદના સમાચાર વાંચો", "account"),
    # promo: "our" after the call, the site's app, the store buttons, the site's news on a platform, the bell
    ("gu", "તાજા સમાચાર માટે ઇન્સ્ટોલ કરો અમારી એપ", "promo"),
    ("gu", "દરરોજ નવા અપડેટ માટે સબ્સ્ક્રાઇબ કરો અમારી યુટ્યુબ ચેનલ", "promo"),
    ("gu", "શહેરની ખબરો માટે જોડાઓ અમારા વોટ્સએપ ગ્રુપ સાથે", "promo"),
    ("gu", "બ્રેકિંગ ન્યૂઝ માટે હમણાં જ ડાઉનલોડ કરો નગર ખબર એપ", "promo"),
    ("gu", "નગર ટાઇમ્સની એન્ડ્રોઇડ એપ | આઇફોન એપ", "promo"),
    ("gu", "નગર ટાઇમ્સ એપ ઇન્સ્ટોલ કરો: Android | iPhone", "promo"),
    ("gu", "અમારી ન્યૂઝ એપ હવે એન્ડ્રોઇડ અને આઇફોન બંને પર ઉપલબ્ધ છે", "promo"),
    ("gu", "આ સમાચાર એપમાં ખોલો", "promo"),
    ("gu", "અમારી એપ ડાઉનલોડ કરવા માટે અહીં ક્લિક કરો", "promo"),
    ("gu", "દરેક મોટા સમાચાર હવે સીધા તમારા વોટ્સએપ પર", "promo"),
    ("gu", "સુરત ન્યૂઝ હવે ટેલિગ્રામ પર, આજે જ જોડાઓ", "promo"),
    ("gu", "ફેસબુક અને ઇન્સ્ટાગ્રામ પર અમારી સાથે જોડાયેલા રહો", "promo"),
    ("gu", "બેલ આઇકન પર ક્લિક કરો અને દરેક નવો વીડિયો સૌથી પહેલા જુઓ", "promo"),
    ("gu", "તાજા વીડિયો જોવા માટે ફોલો બટન દબાવો", "promo"),
    ("gu", "ચૂંટણીના તમામ અપડેટ તમારા ઇમેઇલ પર મેળવવા માટે સબ્સ્ક્રાઇબ કરો", "promo"),
    ("gu", "દરેક અપડેટ માટે અમારી વેબસાઇટની મુલાકાત લો", "promo"),
    # notifications
    ("gu", "શું તમે બ્રેકિંગ ન્યૂઝના નોટિફિકેશન મેળવવા માંગો છો?", "notifications"),
    ("gu", "નગર ખબર તમને તાજા સમાચારના નોટિફિકેશન મોકલવા માંગે છે", "notifications"),
]

# a how-to's step, an advisory, a news sentence about an app or a channel, a reported call: the same words, kept
KEPT = [
    ("gu", "પોર્ટલ પર લોગિન કરો અને અરજીની સ્થિતિ જુઓ."),
    ("gu", "મોબાઇલ નંબરથી લોગિન કરો."),
    ("gu", "ગૂગલે જણાવ્યું કે જીમેઇલમાં સાઇન ઇન કરવા માટે હવે પાસકી વાપરી શકાશે."),
    ("gu", "એકાઉન્ટ નથી? તો પોર્ટલ પર નવું એકાઉન્ટ બનાવો."),
    ("gu", "આ સેવાનો લાભ લેવા માટે નવું એકાઉન્ટ બનાવો."),
    ("gu", "પાસવર્ડ ભૂલી ગયા હો તો 'Forgot Password' પર ક્લિક કરો."),
    ("gu", "રજિસ્ટર કરો અને પરિણામ જુઓ."),
    ("gu", "અરજદારો પોતાના ઇમેઇલ પર પરિણામ મેળવવા માટે રજિસ્ટર કરો."),
    ("gu", "પુસ્તકાલયના ઈ-બુક્સ વાંચવા માટે સભ્યપદ લો."),
    ("gu", "કંપનીએ નવી એપ લોન્ચ કરી, હવે ગ્રાહકો એપમાં જ બિલ ભરી શકશે."),
    ("gu", "એપમાં જુઓ કે તમારું નામ મતદાર યાદીમાં છે કે નહીં."),
    ("gu", "ગુજરાત પોલીસની એપ હવે પ્લે સ્ટોર અને એપ સ્ટોર પર ઉપલબ્ધ છે."),
    ("gu", "કંપનીના સીઈઓએ કહ્યું કે અમારી એપ હવે પ્લે સ્ટોર અને એપ સ્ટોર પર ઉપલબ્ધ છે."),
    ("gu", "“અમારી એપ ગૂગલ પ્લે સ્ટોર અને એપ સ્ટોર પર ઉપલબ્ધ છે,” તેમણે ઉમેર્યું."),
    ("gu", "મુખ્યમંત્રીએ કહ્યું, ડાઉનલોડ કરો અમારી સરકારની નવી એપ"),
    ("gu", "ખેડૂતો માટે મોટા સમાચાર, ડાઉનલોડ કરો આ એપ"),
    ("gu", "ડિજીલોકર એપ ડાઉનલોડ કરવા માટે અહીં ક્લિક કરો."),
    ("gu", "એન્ડ્રોઇડ એપ અને આઇફોન એપમાં અલગ ફીચર્સ છે."),
    ("gu", "અફવા ફેલાવતા સમાચાર વોટ્સએપ પર"),
    ("gu", "ચૂંટણીના તાજા સમાચાર હવે દૂરદર્શનની યુટ્યુબ ચેનલ પર જોઈ શકાશે."),
    ("gu", "ઠગોએ મેસેજ કર્યો: ટેલિગ્રામ પર અમારી સાથે જોડાઓ"),
    ("gu", "ગુજરાત સમાચારને ટ્વિટર પર 10 લાખ લોકો ફોલો કરે છે."),
    ("gu", "હવે સબ્સ્ક્રાઇબ બટન દબાવો."),
    ("gu", "વધુ માહિતી માટે યુનિવર્સિટીની વેબસાઇટની મુલાકાત લો."),
    ("gu", "એપને નોટિફિકેશનની મંજૂરી આપો જેથી હપ્તાની અપડેટ મળે."),
    ("gu", "શું તમે સરકારી યોજનાઓના એલર્ટ મેળવવા માંગો છો? આ રીતે કરો રજિસ્ટ્રેશન"),
    ("gu", "ઠગો તમને નોટિફિકેશન મોકલવા માગે છે"),
]

test_the_sites_call_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_the_near_miss_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, PARA, [line])


def test_a_how_to_keeps_its_steps_and_loses_the_sites_buttons() -> None:
    """A Gujarati how-to as a page prints it: the steps stay, the site's login button and app call go."""
    page = ["આ રીતે ડાઉનલોડ કરો તમારું ઈ-રેશન કાર્ડ",
            PARA,
            "સૌથી પહેલા પ્લે સ્ટોરમાંથી મેરા રેશન એપ ડાઉનલોડ કરો.",
            "ત્યારબાદ આધાર નંબર નાખીને એપમાં લોગિન કરો.",
            "રેશન કાર્ડની સ્થિતિ જોવા માટે 'Ration Card' વિકલ્પ પસંદ કરો.",
            PARA,
            "લોગિન કરો",
            "આ સમાચાર એપમાં ખોલો"]
    out = clean_lines(page, load_profile("gu"))
    assert out[:6] == [None] * 6, out
    assert out[6:] == ["account", "promo"], out
