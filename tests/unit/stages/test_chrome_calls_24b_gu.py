"""Issue 13, session 24, round 2, Gujarati: the site's own login, membership, paywall, store and alert calls.

A second writer's set (p5 of ``bench_chrome_probe.py``) held the site's calls the first round missed: the account
links and the alert dialog's buttons alone, the membership buttons, the paywall's label and price, the free quota
spent, a store button, "follow us" on a platform and the news on a platform by a click. The ``# ---- session 24, round
2`` rules at the end of ``gu.toml`` remove them: a whole-line button or prompt, or a call that names the news,
"અમારી/અમને", the site's app or reading on. A how-to's step, a public service's call, a news line about a platform's
price or an app, and a bare form field ("તમારું ઇમેઇલ દાખલ કરો") stay. Every line here is written for this test, none
copied from the probe sets."""

import pytest

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARA = "જિલ્લા તંત્રએ જણાવ્યું કે નવી વ્યવસ્થા આવતા સોમવારથી અમલમાં આવશે અને હજારો લોકોને તેનો લાભ મળશે."

CHROME = [
    # account: the links alone or paired, the account button, membership, the paywall's label, price and quota
    ("gu", "લૉગ આઉટ", "account"),
    ("gu", "સાઇન ઇન", "account"),
    ("gu", "લોગિન / રજીસ્ટર", "account"),
    ("gu", "મારું એકાઉન્ટ", "account"),
    ("gu", "સાઇન ઇન કરો અથવા નવું એકાઉન્ટ બનાવો", "account"),
    ("gu", "ખાતું બનાવો", "account"),
    ("gu", "આજે જ ગોલ્ડ સભ્ય બનો", "account"),
    ("gu", "ડિજિટલ સબ્સ્ક્રિપ્શન ખરીદો", "account"),
    ("gu", "પ્રીમિયમ સબ્સ્ક્રિપ્શન લો", "account"),
    ("gu", "આ અહેવાલ માત્ર પ્રીમિયમ સભ્યો માટે ઉપલબ્ધ છે", "account"),
    ("gu", "આ એક પ્રીમિયમ સ્ટોરી છે", "account"),
    ("gu", "પ્રીમિયમ મેમ્બરશિપ ફક્ત રૂ. 499 પ્રતિ વર્ષ", "account"),
    ("gu", "જાહેરાતો વિના સમાચાર વાંચવા માટે સબ્સ્ક્રાઇબ કરો", "account"),
    ("gu", "આપે આ અઠવાડિયાના બધા મફત લેખ વાંચી લીધા છે", "account"),
    ("gu", "આ મહિનાની મર્યાદા પૂરી થઈ, વધુ વાંચવા માટે મેમ્બરશિપ મેળવો", "account"),
    # promo: the subscribe button, a store button, "follow us", the news site on a platform, the bell, the app
    ("gu", "સબસ્ક્રાઇબ", "promo"),
    ("gu", "ગૂગલ પ્લે પર ડાઉનલોડ કરો", "promo"),
    ("gu", "ફેસબુક અને યુટ્યુબ પર અમને ફોલો કરો", "promo"),
    ("gu", "ઇન્સ્ટાગ્રામ પર પણ અમે છીએ", "promo"),
    ("gu", "સબ્સ્ક્રાઇબ કરો નગર ન્યૂઝ યુટ્યુબ પર", "promo"),
    ("gu", "તાજા અપડેટ ટેલિગ્રામ પર મેળવવા માટે અહીં ક્લિક કરો", "promo"),
    ("gu", "અમારી ચેનલને સબ્સ્ક્રાઇબ કરો અને બેલ આઇકન પર ક્લિક કરવાનું ન ભૂલો", "promo"),
    ("gu", "આ અહેવાલ એપમાં ખોલવા ટેપ કરો", "promo"),
    # notifications: the dialog's buttons alone, "turn on our alerts"
    ("gu", "હમણાં નહીં", "notifications"),
    ("gu", "ના આભાર", "notifications"),
    ("gu", "અમારી એપના નોટિફિકેશન ઓન કરો", "notifications"),
    ("gu", "નોટિફિકેશન ઓન કરો અને કોઈ પણ સમાચાર ચૂકશો નહીં", "notifications"),
]

# a how-to's step, a public service's call, a news line about a platform, an app or a price, a reported call, a
# bare form field: the same words, kept
KEPT = [
    ("gu", "તમારું ઇમેઇલ દાખલ કરો"),
    ("gu", "લોગિન કર્યા પછી 'Apply' પર ક્લિક કરો."),
    ("gu", "લોગિન કરો અથવા નવા યુઝર તરીકે રજિસ્ટર કરો."),
    ("gu", "પોર્ટલ પર એકાઉન્ટ બનાવો."),
    ("gu", "લોગિન આઈડી અને પાસવર્ડ"),
    ("gu", "સાઇન ઇન કરવામાં મુશ્કેલી"),
    ("gu", "સહકારી મંડળીના સભ્ય બનો અને લાભ મેળવો"),
    ("gu", "સભ્ય બનો"),
    ("gu", "મેમ્બરશિપ મેળવવા માટે ઓનલાઇન અરજી કરો"),
    ("gu", "નેટફ્લિક્સનું મોબાઇલ સબ્સ્ક્રિપ્શન માત્ર ₹149 પ્રતિ મહિને"),
    ("gu", "યુટ્યુબ પ્રીમિયમ મેમ્બરશિપ હવે મોંઘી થઈ"),
    ("gu", "આ લેખ ફક્ત માહિતી માટે છે"),
    ("gu", "આ સુવિધા માત્ર પ્રીમિયમ ગ્રાહકો માટે ઉપલબ્ધ છે"),
    ("gu", "આ અહેવાલ ફક્ત સભ્યો માટે નથી, તમામ નાગરિકો માટે છે"),
    ("gu", "જાહેરાત વગર વીડિયો જોવા માટે યુટ્યુબ પ્રીમિયમ સબ્સ્ક્રિપ્શન લો"),
    ("gu", "વધુ વાંચવા માટે પુસ્તકાલયમાં જાઓ"),
    ("gu", "તમે આ લેખ વાંચી લીધા પછી તમારો અભિપ્રાય આપો"),
    ("gu", "ગૂગલ પ્લે પર નકલી એપ્સનો રાફડો"),
    ("gu", "ઠગોએ કહ્યું, ટેલિગ્રામ પર અમને ફોલો કરો"),
    ("gu", "ટેલિગ્રામ પર અમે મળ્યા હતા"),
    ("gu", "ફોલો કરો આ 5 એકાઉન્ટ ઇન્સ્ટાગ્રામ પર"),
    ("gu", "WhatsApp પર પરિણામ મેળવવા અહીં ક્લિક કરો"),
    ("gu", "એપમાં જોવા માટે મતદાર યાદી પસંદ કરો"),
    ("gu", "સેટિંગ્સમાં જઈને નોટિફિકેશન ચાલુ કરો અને અપડેટ મેળવો."),
    ("gu", "નોટિફિકેશન ચાલુ કરો અને એપ ફરી શરૂ કરો."),
    ("gu", "ખેડૂતોને પાક ધિરાણ માટે મંજૂરી આપો"),
    ("gu", "પછીથી તેમણે કહ્યું કે તેઓ ફરી આવશે."),
    ("gu", "કંપનીએ કહ્યું, અમારી એપના નોટિફિકેશન ચાલુ કરો"),
    ("gu", "શાળાનું ન્યૂઝલેટર દર મહિને વાલીઓને મોકલાશે"),
]

test_the_sites_call_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_the_near_miss_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, PARA, [line])
