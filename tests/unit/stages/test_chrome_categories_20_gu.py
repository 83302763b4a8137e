"""Issue 13, session 20 (Gujarati): the chrome forms the blind-written TUNE sets w5, w7, w8, w9 showed missing in the
gu profile (correspondent credits, a news team or paper and its city, "for information only" and "need not agree"
notes, channel and e-paper calls, the reaction widget, weather, air-quality and market strips, live-blog labels,
cookie buttons and notification prompts), each written here in a wording of its own, with near misses that must stay:
a reported sentence, a list item or table row of an article, a sentence of news using the same words."""


from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import chrome_form_tests

CHROME = [
    # bylines
    ("ખાસ સંવાદદાતા દ્વારા", "byline"),
    ("નગર ટાઇમ્સ સંવાદદાતા | 5-3-2025", "byline"),
    ("(અમારા પ્રતિનિધિ તરફથી)", "byline"),
    ("પ્રતિનિધિ દ્વારા | 7-1-2025", "byline"),
    ("નગર સમાચાર ટીમ", "byline"),
    ("સવાર ન્યૂઝ, વડોદરા", "byline"),
    ("પ્રભાત સમાચાર | જામનગર", "byline"),
    ("રિપોર્ટર: મહેશ પરમાર, અમરેલી", "byline"),
    ("લેખન: અમિત જોશી | સંપાદન: રીના દવે", "byline"),
    ("લેખક: નગર ન્યૂઝ ડેસ્ક | 3 મિનિટ વાંચન", "byline"),
    ("પ્રકાશિત: 5 મે, 2025 | 9:30 AM", "byline"),
    # disclaimers
    ("(નોંધ: આ માહિતી ફક્ત સામાન્ય જાણકારી માટે છે, અમલ કરતાં પહેલાં તબીબની સલાહ લો.)", "disclaimer"),
    ("અહીં આપેલી વિગતો માત્ર માહિતી માટે છે, નગર સમાચાર તેની પુષ્ટિ કરતું નથી", "disclaimer"),
    ("(લેખકના મંતવ્યો સાથે તંત્રી સંમત હોય એ જરૂરી નથી)", "disclaimer"),
    ("(લેખક અર્થશાસ્ત્રી છે. આ તેમના વ્યક્તિગત વિચારો છે.)", "disclaimer"),
    ("મત વ્યક્તિગત છે.", "disclaimer"),
    ("(નોંધઃ નગર ન્યૂઝ આ વીડિયોની પુષ્ટિ કરતું નથી)", "disclaimer"),
    ("નોંધ: આ દાવો સોશિયલ મીડિયા પર વાયરલ થયેલી માહિતી પર આધારિત છે, નગર ન્યૂઝ તેની પુષ્ટિ કરતું નથી.", "disclaimer"),
    ("(આ સમાચારમાં નગર ન્યૂઝ દ્વારા કોઈ ફેરફાર કરાયો નથી.)", "disclaimer"),
    # promos
    ("નગર સમાચારની Telegram ચેનલ ફોલો કરવા અહીં ક્લિક કરો", "promo"),
    ("નગર ન્યૂઝના WhatsApp ગ્રુપમાં જોડાવા ક્લિક કરો 👉", "promo"),
    ("નગર સમાચારનું ઈ-પેપર વાંચો", "promo"),
    ("નગર ટાઇમ્સની ઇ-પેપર આવૃત્તિ ડાઉનલોડ કરો", "promo"),
    ("લવાજમ ભરવા અહીં ક્લિક કરો", "promo"),
    ("દરેક અપડેટ માટે અમારી સાથે જોડાયેલા રહો", "promo"),
    ("નગર સમાચાર એપ ડાઉનલોડ કરો | Play Store", "promo"),
    ("નગર ન્યૂઝને Google News પર ફોલો કરો", "promo"),
    ("તમે અમને Instagram અને YouTube પર ફોલો કરી શકો છો.", "promo"),
    ("નગર સમાચારના લેખો તમે અહીં ક્લિક કરીને વાંચી શકો છો.", "promo"),
    # comment widgets
    ("તમને આ લેખ કેવો લાગ્યો? 😊 😢 😡", "comment_form"),
    ("આ ખબર પર તમારો પ્રતિભાવ? 👍 ગમ્યું 😢 દુઃખ", "comment_form"),
    ("પ્રથમ ટિપ્પણી કરો", "comment_form"),
    ("કોમેન્ટ પોસ્ટ કરો", "comment_form"),
    ("તમારું ઈ-મેલ સરનામું પ્રકાશિત કરવામાં આવશે નહીં", "comment_form"),
    # teaser, credit, share, navigation, ad
    ("આપણ વાંચો: રાજકોટમાં ભારે વરસાદ, અનેક વિસ્તારો જળબંબાકાર", "read_more"),
    ("ઇમેજ સ્રોત, Reuters", "credit"),
    ("લિંક કોપિ કરો", "share"),
    ("« અગાઉનો લેખ", "navigation"),
    ("લેખ આગળ વાંચવા નીચે સ્ક્રોલ કરો", "ad"),
    ("જાહેરાત બાદ લેખ ચાલુ રહેશે", "ad"),
    # tickers
    ("ભુજ ☀ 38°C", "ticker"),
    ("વડોદરા 31° / 25°", "ticker"),
    ("જામનગર: 33°C | ભેજ 64% | વાદળછાયું", "ticker"),
    ("AQI વડોદરા 96 (સંતોષકારક)", "ticker"),
    ("રાજકોટ AQI: 180 ખરાબ", "ticker"),
    ("સીંગતેલ (15 કિલો) ₹2,600 | જીરું: ₹5,100 પ્રતિ મણ", "ticker"),
    ("ઘઉં ₹540–610 / 20 કિલો | ચણા ₹1,150", "ticker"),
    # live blogs
    ("5 નવા અપડેટ્સ જુઓ", "live"),
    ("વધુ પોસ્ટ લોડ કરો", "live"),
    ("🔴 લાઇવ ટીવી જુઓ", "live"),
    ("મુખ્ય અંશો", "live"),
    ("હમણા જ", "live"),
    ("લોડ થઈ રહ્યું છે...", "live"),
    # cookie panels and notification prompts
    ("તમામ કૂકીઝ નકારો", "prompt"),
    ("ફક્ત જરૂરી કૂકીઝ", "prompt"),
    ("કૂકી પસંદગીઓ મેનેજ કરો", "prompt"),
    ("અમારી સાઇટ કૂકીઝનો ઉપયોગ કરે છે. ઠીક છે", "legal"),
    ("આ વેબસાઇટનો ઉપયોગ કરીને તમે કૂકી નીતિ સાથે સંમત થાઓ છો", "legal"),
    ("બ્રેકિંગ ન્યૂઝ માટે નોટિફિકેશન ઓન કરો", "prompt"),
    ("નોટિફિકેશનની મંજૂરી આપો અને દરેક અપડેટ સૌથી પહેલાં મેળવો", "prompt"),
    ("નગર સમાચાર તમને અપડેટ્સ મોકલવા માગે છે. મંજૂરી આપો  પછીથી", "prompt"),
    ("શું તમે તાજા સમાચારના અપડેટ્સ ઇચ્છો છો? હમણાં નહીં | હા", "prompt"),
]



PROSE = [
    # correspondents, representatives and papers in sentences; a lone "name, place"
    "ગામના પ્રતિનિધિ દ્વારા કલેક્ટરને રજૂઆત કરવામાં આવી હતી.",
    "અમારા પ્રતિનિધિએ સ્થળની મુલાકાત લીધી ત્યારે ત્યાં પાણી ભરાયેલું હતું.",
    "સંવાદદાતા સંમેલનમાં મુખ્યમંત્રીએ નવી યોજનાની જાહેરાત કરી",
    "ભાજપના પ્રતિનિધિ",
    "ભારતીય ક્રિકેટ ટીમ",
    "ભારત પોસ્ટ, દિલ્હી",
    "અબતક, રાજકોટ",
    # the disclaimer words in news and reported speech
    "તેમણે કહ્યું કે દરેક વ્યક્તિ લેખકના વિચારો સાથે સહમત હોય તે જરૂરી નથી.",
    "દરેક નાગરિક સરકારની નીતિ સાથે સહમત હોય તે જરૂરી નથી",
    "આ પુસ્તક માત્ર માહિતી માટે છે, વેચાણ માટે નથી.",
    "પોલીસ આ દાવાની પુષ્ટિ કરતી નથી.",
    "નોંધ: ફોર્મ ભરવાની છેલ્લી તારીખ 30 જૂન છે",
    "સરકારે નિયમમાં કોઈ ફેરફાર કર્યો નથી.",
    "આ સમાચાર બાદ સરકારે નિયમમાં કોઈ ફેરફાર કર્યો નથી.",
    "ગુજરાતમાં મત વ્યક્તિગત છે",
    "આ તેમના અંગત વિચારો છે, પાર્ટીના નથી.",
    # promos and widgets quoted or reported
    "સાયબર ઠગોએ WhatsApp ગ્રુપમાં જોડાવા ક્લિક કરો એવો મેસેજ મોકલ્યો હતો.",
    "મુખ્યમંત્રીએ કહ્યું કે અમારી સાથે જોડાયેલા રહો.",
    "વિદ્યાર્થીઓ માટે ઈ-પેપર વાંચો અભિયાન શરૂ કરાયું છે.",
    "તમે ફિલ્મનું ટ્રેલર યુટ્યુબ પર જોઈ શકો છો.",
    "પરિણામ તમે બોર્ડની વેબસાઇટ પર ક્લિક કરીને જોઈ શકો છો.",
    "તમે અમને ઇન્સ્ટાગ્રામ પર ફોલો કરી શકો છો, એમ અભિનેત્રીએ કહ્યું.",
    "લોકોને આ સમાચાર કેવા લાગ્યા તે જાણવા સર્વે કરાયો.",
    "આ સમાચાર પર તમારી પ્રતિક્રિયા આપવા બદલ આભાર, એમ મંત્રીએ કહ્યું.",
    # prices, air and weather in sentences and list items
    "અમદાવાદનો AQI 142 નોંધાયો હતો.",
    "કપાસ ₹1,450–1,620 પ્રતિ મણ",
    "પ્રવેશ ફી ₹500 | વાર્ષિક ફી ₹12,000",
    "• લઘુત્તમ રોકાણ: ₹500",
    # live, cookies and notifications as news or how-to
    "હમણાં જ તેઓ ઘરે પહોંચ્યા.",
    "મુખ્ય મુદ્દા",
    "કૂકીઝ",
    "ગ્રાહક કોર્ટે કહ્યું કે બધી કૂકીઝ સ્વીકારો એવું દબાણ ગેરકાયદે છે.",
    "ઘણી વેબસાઇટ પર કૂકીઝનો ઉપયોગ થાય છે. તેનાથી ડેટા એકત્ર થાય છે.",
    "ફોનના સેટિંગ્સમાં જઈને નોટિફિકેશન ચાલુ કરો",
    "સરકાર તમને નોટિસ મોકલવા માંગે છે.",
]


#: every chrome line removed with its reason, every near miss kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests("gu", CHROME, PROSE)


def test_in_a_page_the_forms_go_and_the_article_stays():
    lines = ["રાજકોટમાં આજે સવારથી ભારે વરસાદ પડી રહ્યો છે અને અનેક વિસ્તારોમાં પાણી ભરાયાં છે.",
             "ખાસ સંવાદદાતા દ્વારા",
             "મનપાએ લોકોને બિનજરૂરી રીતે ઘરની બહાર ન નીકળવા અપીલ કરી છે.",
             "જામનગર: 33°C | ભેજ 64% | વાદળછાયું",
             "તમને આ લેખ કેવો લાગ્યો? 😊 😢 😡"]
    reasons = clean_lines(list(lines), load_profile("gu"))
    assert reasons == [None, "byline", None, "ticker", "comment_form"]
