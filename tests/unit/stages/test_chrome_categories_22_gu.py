"""Issue 13, session 22 (Gujarati): the chrome forms the blind-written TUNE sets w19, w20 showed missing in the gu
profile (a news network or service as the byline, a dateline with the agency in brackets, a compiler's credit, the app
link with its stores, the newsletter's e-mail box, photo contests, subscription offers with a price, "send us your news"
and "add our number" calls, video grabs and source credits, tags and topic bars, the link to the story in another
language, translation and agency-copy notes, the imprint with several roles, the "no use without permission" note with
the permission first, the advertising contact without a number, the site maker's credit, "must read" labels, "share
with your friends", the site's slogan), each written here in a wording of its own, with near misses that must stay: a
reported sentence, a list item of an article, news using the same words."""


from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import chrome_form_tests

CHROME = [
    # bylines, datelines, compilers
    ("કચ્છ ઉદય ન્યૂઝ નેટવર્ક", "byline"),
    ("સૌરાષ્ટ્ર ટુડે ન્યૂઝ સર્વિસ, રાજકોટ", "byline"),
    ("Saurashtra Today News Network", "byline"),
    ("જૂનાગઢ (એજન્સી)", "byline"),
    ("મુંબઈ (આઈએએનએસ)", "byline"),
    ("સંકલન: હેતલ જોષી", "byline"),
    ("સંકલન - વેબ ટીમ", "byline"),
    # promos: app, newsletter, contests, subscription, reader news
    ("કચ્છ ઉદયની એપ ઇન્સ્ટોલ કરો: એન્ડ્રોઇડ / આઇફોન", "promo"),
    ("અમારી એપ ડાઉનલોડ કરો | Google Play | App Store", "promo"),
    ("સાપ્તાહિક ન્યૂઝલેટર મેળવવા તમારું ઈમેલ એડ્રેસ લખો", "promo"),
    ("ઉત્તરાયણ પતંગ સ્પર્ધા: તમારી પતંગનો ફોટો અપલોડ કરો અને જીતો રોકડ ઇનામ!", "promo"),
    ("રંગોળીનો ફોટો મોકલો અને આકર્ષક ભેટ જીતો", "promo"),
    ("માત્ર ₹149 માં છ મહિનાનું ઈ-પેપર સબ્સ્ક્રિપ્શન લો", "promo"),
    ("ડિજિટલ સબ્સ્ક્રિપ્શન ફક્ત રૂ. 399, આજે જ ક્લિક કરો", "promo"),
    ("તમારા ગામની સમસ્યાના ફોટા અમને મોકલો: 98250 12345", "promo"),
    ("જામનગરના દરેક સમાચાર માટે અમારો વોટ્સએપ નંબર સેવ કરો", "promo"),
    # credits
    ("(વીડિયો ગ્રેબ)", "credit"),
    ("સ્ક્રીનગ્રેબ: X", "credit"),
    ("વીડિયો સોર્સ: ઈન્સ્ટાગ્રામ/@gujarat_police", "credit"),
    ("સ્ત્રોત: કૃષિ વિભાગ, ગુજરાત સરકાર", "credit"),
    # tags, language link
    ("ટૅગ્સ: જૂનાગઢ, ગિરનાર, પરિક્રમા", "tags"),
    ("વિષય: ભુજ • ભૂકંપ • રાહત", "tags"),
    ("આ અહેવાલ અંગ્રેજીમાં વાંચો", "navigation"),
    ("આ સમાચાર English માં વાંચો", "navigation"),
    # notes
    ("(મૂળ હિન્દી અહેવાલનો ગુજરાતી અનુવાદ)", "disclaimer"),
    ("આ લેખ મૂળ અંગ્રેજીમાં પ્રકાશિત થયો હતો.", "disclaimer"),
    ("આ સમાચાર ન્યૂઝ એજન્સી પાસેથી મેળવાયા છે", "disclaimer"),
    ("(શીર્ષક સિવાય આ સમાચારમાં અમે કોઈ ફેરફાર કર્યો નથી)", "disclaimer"),
    # footers
    ("માલિક-તંત્રી: કિશોર દવે, જૂનાગઢ", "legal"),
    ("તંત્રી: અલ્પા શાહ | મુદ્રક અને પ્રકાશક: ઉદય પ્રિન્ટર્સ, ભુજ", "legal"),
    ("લેખિત મંજૂરી વગર આ પોર્ટલના સમાચારો કે તસવીરોનો ઉપયોગ સજાપાત્ર છે", "legal"),
    ("જાહેરખબર આપવા અમારો સંપર્ક કરો", "legal"),
    ("વેબસાઇટ ડિઝાઇન અને ડેવલપમેન્ટ: ઉદય ડિજિટલ", "legal"),
    # teasers, share, slogan
    ("જરૂર વાંચો – ચોમાસામાં બીમારીથી બચવાના ઉપાયો", "read_more"),
    ("અવશ્ય જુઓ", "read_more"),
    ("આ માહિતી પરિવાર અને મિત્રો સાથે જરૂર શેર કરો 🙏", "share"),
    ("કચ્છ ઉદય | સચોટ ખબર સૌથી ઝડપી", "tagline"),
]

PROSE = [
    # networks, agencies and compilers in news
    "અદાણી જૂથે ખરીદ્યું ન્યૂઝ નેટવર્ક",
    "રાજ્યમાં મોબાઈલ ન્યૂઝ સર્વિસ બંધ કરાઈ",
    "જૂનાગઢ",
    "સરકારી એજન્સીએ તપાસ શરૂ કરી (એજન્સી પર આક્ષેપ)",
    "આ પુસ્તકનું સંકલન શિક્ષકોએ કર્યું છે.",
    "પ્રસ્તુતિ: ગરબા અને રાસ",
    # apps, newsletters, contests, prices, reader calls reported
    "ચૂંટણી પંચે મતદારોને એપ ડાઉનલોડ કરીને નામ ચકાસવા અપીલ કરી.",
    "કંપનીએ ન્યૂઝલેટર માટે ગ્રાહકોના ઇમેઇલ એકત્ર કર્યા હતા.",
    "ઠગોએ કહ્યું કે ફોટો મોકલો અને જીતો ઈનામ, પછી પૈસા પડાવ્યા.",
    "- પ્રથમ ઈનામ: ₹5 લાખ",
    "અખબારના લવાજમમાં ₹50નો વધારો કરાયો છે.",
    "પોલીસે કહ્યું કે શંકાસ્પદ વ્યક્તિના ફોટા અમને મોકલો.",
    "તેણે અમારો નંબર બ્લોક કરી દીધો હતો.",
    # credits, tags, languages, notes in sentences or lists
    "ખેડૂતોની આવકનો સ્ત્રોત: ખેતી અને પશુપાલન",
    "વીડિયો ગ્રેબ કરીને ઠગોએ નકલી પ્રોફાઈલ બનાવી હતી.",
    "વિષય: ગણિત, વિજ્ઞાન અને અંગ્રેજી",
    "વિષય: શાળામાં રજા બાબત",
    "ટૅગ કરેલી પોસ્ટ વાયરલ થઈ હતી.",
    "વિદ્યાર્થીઓ હવે અંગ્રેજીમાં વાંચવાનું પસંદ કરે છે.",
    "સંસદમાં મૂળ અંગ્રેજી બિલનો અનુવાદ રજૂ કરાયો.",
    "આ સમાચાર એજન્સીઓ પાસેથી મળતા હોવાનું તેમણે જણાવ્યું.",
    "સરકારે કાયદામાં કોઈ ફેરફાર કર્યો નથી.",
    # imprint, permission and ads in news
    "અખબારના માલિક અને તંત્રી સામે પોલીસે ગુનો નોંધ્યો.",
    "તંત્રી અને માલિક: કોણ જવાબદાર?",
    "પરવાનગી વિના સરકારી જમીનનો ઉપયોગ કરવો ગુનો છે.",
    "જાહેરાત માટે સંપર્ક કરનાર વેપારીઓને રાહત મળશે.",
    "વેબસાઇટ ડિઝાઇન કરવાનું કામ સ્થાનિક કંપનીને સોંપાયું.",
    # teasers, share, slogans in sentences
    "આ પુસ્તક જરૂર વાંચો એવી સલાહ શિક્ષકે આપી.",
    "ઘણા લોકો આવી માહિતી મિત્રો સાથે શેર કરે છે.",
    "નીરજ ચોપરા - દેશનું ગૌરવ",
    "લોકોને સાચા સમાચાર મળવા જોઈએ.",
]


#: every chrome line removed with its reason, every near miss kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests("gu", CHROME, PROSE)


def test_in_a_page_the_forms_go_and_the_article_stays():
    lines = ["જૂનાગઢ (એજન્સી)",
             "ગિરનાર પરિક્રમામાં આ વર્ષે દસ લાખથી વધુ શ્રદ્ધાળુઓ જોડાય તેવી શક્યતા છે અને તંત્રએ તૈયારી શરૂ કરી છે.",
             "(વીડિયો ગ્રેબ)",
             "વન વિભાગે યાત્રાળુઓને પ્લાસ્ટિક સાથે ન લાવવા અપીલ કરી છે અને ચેકપોસ્ટ પર તપાસ થશે.",
             "આ માહિતી પરિવાર અને મિત્રો સાથે જરૂર શેર કરો 🙏"]
    reasons = clean_lines(list(lines), load_profile("gu"))
    assert reasons == ["byline", None, "credit", None, "share"]
