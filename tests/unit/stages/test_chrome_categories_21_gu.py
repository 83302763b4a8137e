"""Issue 13, session 21 (Gujarati): the chrome forms the blind-written TUNE sets w13, w14, w15 showed missing in the
gu profile (a bureau, desk or paper's representative and its city, datelines with the bureau in brackets, translator
and about-the-author credits, reading times, newsletter, channel and bell-icon calls, location and login prompts,
consent banners, imprint and advertising-contact footers, "read the whole story" labels, prev/next links, reaction
counters, health notes, fuel-price strips, live-blog labels, font-size buttons), each written here in a wording of its
own, with near misses that must stay: a reported sentence, a list item of an article, news using the same words."""


from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import chrome_form_tests

CHROME = [
    # bylines
    ("સવાર સમાચાર પ્રતિનિધિ | ભાવનગર", "byline"),
    ("પ્રભાત બ્યુરો, જામનગર", "byline"),
    ("લોકવાણી ન્યૂઝ ડેસ્ક | વડોદરા", "byline"),
    ("ABC ટીવી ટીમ, મહેસાણા", "byline"),
    ("કચ્છ મિરર ન્યૂઝ, ભુજ | પ્રકાશિત: 3-7-2025", "byline"),
    ("ભાવનગર તા. 9 : (લોકવાણી સમાચાર બ્યુરો)", "byline"),
    ("જૂનાગઢ, તા.૪ (અમારા પ્રતિનિધિ)", "byline"),
    ("ભાષાંતર: મીરા શાહ", "byline"),
    ("લેખન: ડૉ. અશોક મહેતા (લેખક જાણીતા તબીબ છે)", "byline"),
    ("લેખક પરિચય", "byline"),
    ("લેખક વિશે: નિશા દેસાઈ વીસ વર્ષથી શિક્ષણ અને સમાજ વિશે લખે છે.", "byline"),
    ("વાંચન સમય: 5 મિનિટ", "byline"),
    ("વાંચવાનો સમય - ૨ મિનિટ", "byline"),
    # promos
    ("દર અઠવાડિયે વિશેષ લેખો માટે અમારું ન્યૂઝલેટર સબ્સ્ક્રાઈબ કરો", "promo"),
    ("ન્યુઝલેટર માટે રજિસ્ટર કરો અને દર સવારે મુખ્ય સમાચાર મેળવો", "promo"),
    ("અમારા ન્યૂઝલેટર માટે ઈમેલ નોંધાવો", "promo"),
    ("લોકવાણીની ટેલિગ્રામ ચેનલ જોઈન કરો, દરેક અપડેટ સૌથી પહેલાં", "promo"),
    ("અમારી યુટ્યુબ ચેનલને સબસ્ક્રાઇબ કરો અને બેલ આઈકન દબાવો", "promo"),
    ("નવા વીડિયો માટે બેલ આઇકન પર ક્લિક કરો 🔔", "promo"),
    ("ટ્વિટર અને ઇન્સ્ટાગ્રામ પર અમને ફોલો કરો", "promo"),
    ("લોકવાણી લાઈવ ટીવી જોવા ક્લિક કરો 👇", "promo"),
    # prompts: location, login, notifications, consent
    ("નજીકના સમાચાર જોવા લોકેશનની પરવાનગી આપો", "prompt"),
    ("તમારું લોકેશન ચાલુ કરો અને તમારા જિલ્લાના સમાચાર વાંચો", "prompt"),
    ("તમારો જિલ્લો પસંદ કરો: કચ્છ | ભાવનગર | મહેસાણા", "prompt"),
    ("પૂરો અહેવાલ વાંચવા માટે લોગિન કરો", "prompt"),
    ("ચાલુ રાખવા માટે કૃપા કરીને સાઇન ઇન કરો", "prompt"),
    ("લોગિન કરો / રજિસ્ટર કરો", "prompt"),
    ("લોકવાણી તમને અપડેટ મોકલવા માગે છે  ના  મંજૂરી આપો", "prompt"),
    ("અમે તમારી ગોપનીયતાનો આદર કરીએ છીએ. આગળ વધવા સંમતિ આપો.", "prompt"),
    # footers
    ("મુદ્રક અને પ્રકાશક: રમેશ દવે દ્વારા લોકવાણી પ્રેસ, ભાવનગર ખાતેથી છાપી પ્રસિદ્ધ કર્યું.", "legal"),
    ("તંત્રી: સુનીલ વ્યાસ | સરનામું: સ્ટેશન રોડ, ભુજ - 370001", "legal"),
    ("જાહેરખબર માટે સંપર્ક: 0265-2XXXXXX", "legal"),
    ("જાહેરાત અંગે સંપર્ક કરો: ads@lokvani.in", "legal"),
    ("આ વેબસાઇટના લેખો મંજૂરી વગર વાપરવા ગેરકાનૂની છે", "legal"),
    # teasers, related, navigation
    ("આખો અહેવાલ વાંચો »", "read_more"),
    ("અન્ય સમાચાર પણ વાંચો: સુરતમાં નવો ફ્લાયઓવર ખુલ્લો મુકાયો", "read_more"),
    ("બીજા સમાચાર", "related"),
    ("અગાઉનો લેખ: ભુજમાં પાણીની તંગી", "navigation"),
    ("« અગાઉના સમાચાર  પછીના સમાચાર »", "navigation"),
    ("મુખ્ય પૃષ્ઠ » ક્રિકેટ", "navigation"),
    # comments, disclaimers, tickers, live, toolbar
    ("પ્રતિક્રિયા: ❤️ 14 😮 3", "comment_form"),
    ("ખાસ નોંધ - કોઈ પણ ઉપાય અજમાવતા પહેલાં તબીબની સલાહ અવશ્ય લેવી.", "disclaimer"),
    ("આજના ઇંધણ ભાવ: ભુજ ₹95.10 | ડીઝલ ₹90.80", "ticker"),
    ("ફોન્ટ સાઈઝ", "toolbar"),
]



PROSE = [
    # representatives, desks and teams in sentences; a delegate; a team and its city; a lone name and place
    "ભાજપના પ્રતિનિધિ, સુરત",
    "ખેડૂતોના પ્રતિનિધિ દ્વારા કલેક્ટરને આવેદનપત્ર આપવામાં આવ્યું.",
    "ગુજરાત ટાઇટન્સ ટીમ, અમદાવાદ",
    "હેલ્પ ડેસ્ક પર લાંબી લાઇનો લાગી હતી.",
    "સવાર પ્રેસ, રાજકોટ",
    "રાજકોટ તા. 12: શહેરમાં આજે સવારથી વરસાદ",
    "અનુવાદ કરવામાં ઘણો સમય લાગ્યો.",
    "લેખક વિશે ઘણી વાતો જાણવા મળી.",
    "આ પુસ્તક વાંચવાનો સમય મળતો નથી.",
    # newsletters, channels and platforms reported or in news
    "કંપનીએ ગ્રાહકો માટે નવું ન્યૂઝલેટર શરૂ કર્યું છે.",
    "ઠગોએ કહ્યું કે ન્યૂઝલેટર સબ્સ્ક્રાઇબ કરો અને ઇનામ મેળવો.",
    "લોકોને વોટ્સએપ ચેનલ ફોલો કરો, એવી અપીલ કરવામાં આવી.",
    "બેલ આઇકન દબાવવાથી નવા વીડિયોની સૂચના મળે છે.",
    "ફેસબુક પર તેમના લાખો ફોલોઅર્સ છે.",
    "પરિણામ જોવા માટે બોર્ડની વેબસાઇટ ખોલો.",
    # location, login, consent as news or how-to
    "કોઈપણ અજાણી એપને લોકેશનની મંજૂરી ન આપો.",
    "તમારું શહેર પસંદ કરો અને ફોર્મ સબમિટ કરો.",
    "બેંકે ગ્રાહકોને લોગિન કરવામાં તકલીફ પડી હોવાનું સ્વીકાર્યું.",
    "કંપનીએ કહ્યું કે અમે તમારી ગોપનીયતાનો આદર કરીએ છીએ.",
    "એપ તમને સૂચનાઓ મોકલવા માંગે છે કે નહીં તે તમે નક્કી કરી શકો છો.",
    # imprint, contacts and copyright in news
    "અખબારના માલિક, મુદ્રક અને પ્રકાશક સામે પોલીસે ગુનો નોંધ્યો.",
    "જાહેરાત માટે સંપર્ક કરનાર વેપારીઓને રાહત મળશે.",
    "કોર્ટે કહ્યું કે વેબસાઇટની સામગ્રી પરવાનગી વિના વાપરવી ગેરકાયદેસર છે.",
    # teasers and navigation words in sentences
    "સંપૂર્ણ લેખ વાંચો તો ખ્યાલ આવશે કે સમસ્યા કેટલી ગંભીર છે.",
    "આ સમાચાર પણ વાંચો એમ કહીને તેમણે લિંક મોકલી.",
    "અન્ય સમાચાર માધ્યમોએ પણ આ વાતની નોંધ લીધી.",
    "પાછલા સમાચારમાં અમે જણાવ્યું હતું કે પુલ બંધ છે.",
    # reactions, health notes, prices, live, font as prose
    "પ્રતિક્રિયા આપતાં મંત્રીએ કહ્યું કે તપાસ થશે.",
    "ડૉક્ટરની સલાહ લીધા વિના દવા ન લેવી જોઈએ.",
    "આજના પેટ્રોલ ભાવ ગઈકાલ જેટલા જ રહ્યા.",
    "આજના ભાવ: ₹94.49",
    "લાઇવ-ઇન રિલેશનશિપમાં રહેતી યુવતીની હત્યા",
    "લાઈવ: બજેટ સત્રનો બીજો દિવસ",  # a live page's own headline (docs/architecture.md)
    "લાઇવ પ્રસારણ દરમિયાન ટેકનિકલ ખામી સર્જાઈ.",
    "નવા ફોનમાં ફોન્ટ સાઇઝ બદલવાનો વિકલ્પ છે.",
]


#: every chrome line removed with its reason, every near miss kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests("gu", CHROME, PROSE)


def test_in_a_page_the_forms_go_and_the_article_stays():
    lines = ["ભાવનગરમાં આજે સવારથી ભારે વરસાદ પડી રહ્યો છે અને અનેક વિસ્તારોમાં પાણી ભરાયાં છે.",
             "પ્રભાત બ્યુરો, જામનગર",
             "મનપાએ લોકોને બિનજરૂરી રીતે ઘરની બહાર ન નીકળવા અપીલ કરી છે.",
             "વાંચન સમય: 5 મિનિટ",
             "ખેડૂતોના પ્રતિનિધિ દ્વારા કલેક્ટરને આવેદનપત્ર આપવામાં આવ્યું હતું અને વળતરની માંગ કરાઈ હતી.",
             "પૂરો અહેવાલ વાંચવા માટે લોગિન કરો"]
    reasons = clean_lines(list(lines), load_profile("gu"))
    assert reasons == [None, "byline", None, "byline", None, "prompt"]
