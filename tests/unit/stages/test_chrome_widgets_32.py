"""Issue 13, session 32: page widgets — the small sidebar and footer boxes of rates, markets, weather, horoscope and
thought of the day — as a category. Removed: a market widget's row (a name, a price and a signed percent change, or a
price, a signed change and the percent in brackets; an arrow and one figure), a weather widget's row (a place and a °
pair; in hi with the sky's words) (``ticker``, web-common); a bullion or fuel widget's row with the unit in brackets
before a price ending the line (hi gu kn ml ta), with the unit after a slash (pa), an exchange-rate row of a currency,
its unit and two rates (ne), a stock quote's high / low / market-cap rows and a widget's source and time lines
(``ticker``); and a widget's box label alone on its line ("आज का राशिफल", "विदेशी विनिमय दर", ``navigation``). Kept:
news sentences on prices, markets and weather (a verb, a postposition, the unit in the sentence), the horoscope and
price stories' headlines that go on after the label, and a source line naming anything but a market or association.

Every line here is written for this test."""

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("इंदौर : नगर निगम ने शुक्रवार को शहर के 40 वार्डों में पानी की नई पाइपलाइन बिछाने का काम शुरू किया। महापौर ने "
             "बताया कि काम तीन महीने में पूरा होगा।")

CHROME = [
    # web-common (read under hi and the other profiles: every profile inherits it)
    ('web-common', 'Tata Steel 152.30 +2.15%', 'ticker'),
    ('web-common', 'Infosys 1,512.40 -18.25 (-1.19%)', 'ticker'),
    ('web-common', 'Pune 33°C / 21°C', 'ticker'),
    ('hi', 'निफ्टी आईटी 38,120.70 -1.25%', 'ticker'),
    ('hi', 'सूर्यकांत फार्मा 2,318.60 -4.12%', 'ticker'),
    ('hi', 'मालवा टेक्सटाइल्स (SME) ₹96 +12.5%', 'ticker'),
    ('hi', '₹2,318.60 -99.65 (-4.12%)', 'ticker'),
    ('hi', '▼ 650', 'ticker'),
    ('hi', '▲ 0.12', 'ticker'),
    ('hi', 'इंदौर 34° / 22° आंशिक बादल', 'ticker'),
    ('hi', 'भोपाल 33°/21°', 'ticker'),
    ('ta', 'மதுரை 35° / 26°', 'ticker'),
    ('te', 'వరంగల్ 36° / 25°', 'ticker'),
    # hi
    ('hi', 'आज का राशिफल', 'navigation'),
    ('hi', 'आज का सुविचार', 'navigation'),
    ('hi', 'आज का पंचांग', 'navigation'),
    ('hi', 'बाजार का हाल', 'navigation'),
    ('hi', 'सोना-चांदी के भाव', 'navigation'),
    ('hi', 'सोना 24 कैरेट (10 ग्राम) 71,250', 'ticker'),
    ('hi', 'चांदी (प्रति किलो) 84,600', 'ticker'),
    ('hi', 'सोना (10 ग्राम)', 'ticker'),
    ('hi', 'दिन का लो: ₹2,280.00', 'ticker'),
    ('hi', '52 हफ्ते का हाई: ₹2,640.15', 'ticker'),
    ('hi', 'मार्केट कैप: ₹18,420 करोड़', 'ticker'),
    ('hi', 'स्रोत: सराफा एसोसिएशन, रतलाम (12-03-2024)', 'ticker'),
    ('hi', 'स्रोत: कृषि उपज मंडी, खंडवा । 4 मार्च 2025', 'ticker'),
    ('hi', 'आंकड़े 14 मार्च, 3:30 PM तक के। स्रोत: NSE', 'ticker'),
    # ne
    ('ne', 'विदेशी विनिमय दर', 'navigation'),
    ('ne', 'सबै विनिमय दर', 'navigation'),
    ('ne', 'आजको राशिफल', 'navigation'),
    ('ne', 'मुद्रा एकाइ खरिद बिक्री', 'navigation'),
    ('ne', 'अस्ट्रेलियन डलर १ ९२.१० ९२.५२', 'ticker'),
    ('ne', 'चिनियाँ युआन १ १९.४० १९.४९', 'ticker'),
    ('ne', 'छापावाल सुन रु. १,६२,३००', 'ticker'),
    ('ne', 'पुस ३, २०८१ (प्रतितोला)', 'ticker'),
    ('ne', 'स्रोत: नेपाल सुनचाँदी व्यवसायी महासंघ', 'ticker'),
    ('ne', 'नेपाल राष्ट्र बैंकद्वारा निर्धारित, पुस ३, २०८१', 'ticker'),
    # gu
    ('gu', 'સોનું (22 કેરેટ, 10 ગ્રામ) ₹71,900', 'ticker'),
    ('gu', 'ચાંદી (1 કિલો) ₹86,200', 'ticker'),
    # kn
    ('kn', 'ಚಿನ್ನ 24 ಕ್ಯಾರೆಟ್ (10 ಗ್ರಾಂ) ₹78,300', 'ticker'),
    ('kn', 'ಬೆಳ್ಳಿ (1 ಕೆಜಿ) ₹92,000', 'ticker'),
    # ml
    ('ml', 'സ്വർണം 22K (പവൻ) ₹57,120', 'ticker'),
    ('ml', 'ഡീസൽ (തൃശൂർ, ലിറ്റർ) ₹95.80', 'ticker'),
    ('ml', 'യൂറോ ₹91.42', 'ticker'),
    ('ml', 'ഇന്നത്തെ വിപണി നിരക്ക്', 'ticker'),
    # pa
    ('pa', 'ਸੋਨਾ (22 ਕੈਰੇਟ) ₹71,800/10 ਗ੍ਰਾਮ', 'ticker'),
    ('pa', 'ਝੋਨਾ ₹2,320/ਕੁਇੰਟਲ', 'ticker'),
    # ta
    ('ta', 'தங்கம் (22 கேரட், 1 கிராம்) ரூ.7,150 -25', 'ticker'),
    ('ta', 'வெள்ளி (1 கிராம்) ரூ.101', 'ticker'),
    ('ta', 'நிஃப்டி 23,410.25 -86.40', 'ticker'),
    ('ta', 'காலை 11.00 மணி நிலவரப்படி', 'ticker'),
]
KEPT = [
    # web-common
    ('web-common', 'Tata Steel shares rose 2.15% to close at 152.30 on Friday.'),
    ('web-common', 'Pune recorded 33°C / 21°C today'),
    ('web-common', 'The index ended at 22,410.30, up 0.84%, as banks gained.'),
    # hi
    ('hi', 'सोने का भाव 78,000 रुपये प्रति 10 ग्राम पहुंचा'),
    ('hi', 'दिल्ली में पारा 45 डिग्री पहुंचा'),
    ('hi', 'सेंसेक्स 500 अंक गिरकर 72,000 पर बंद हुआ'),
    ('hi', 'निफ्टी बैंक में 0.63% की गिरावट, 49,502 पर बंद'),
    ('hi', 'हिमगिरि मेटल्स के शेयर में 3% की गिरावट, क्या अब खरीदारी का मौका है?'),
    ('hi', 'कंपनी का शेयर 712.55 रुपये पर 3.07% नीचे बंद हुआ।'),
    ('hi', 'इंदौर में अधिकतम 34° और न्यूनतम 22° रहा'),
    ('hi', 'भोपाल में आज 33°/21° रहेगा तापमान'),
    ('hi', 'आज का राशिफल 5 सितंबर 2025: मेष और सिंह राशि वालों को मिलेगा लाभ'),
    ('hi', 'सोना-चांदी के भाव में फिर उछाल, जानें आज के रेट'),
    ('hi', 'सोना 24 कैरेट 10 ग्राम का भाव 71,250 रुपये रहा।'),
    ('hi', 'स्रोत: पुलिस अधीक्षक कार्यालय, रतलाम'),
    ('hi', 'आज का विचार करने लायक सवाल यह है कि शहर का पानी कहां जाता है।'),
    # ne
    ('ne', 'विदेशी विनिमय दरमा अमेरिकी डलर महँगियो'),
    ('ne', 'अमेरिकी डलरको खरिददर १४१ रुपैयाँ २८ पैसा कायम छ।'),
    ('ne', 'छापावाल सुनको मूल्य तोलामा ३ हजार रुपैयाँले घट्यो'),
    ('ne', 'नेपाल राष्ट्र बैंकद्वारा निर्धारित विनिमय दर अनुसार आज डलरको भाउ बढेको छ।'),
    # gu
    ('gu', 'સોનાનો ભાવ 10 ગ્રામે ₹71,900 પહોંચ્યો'),
    ('gu', 'ચાંદીમાં એક કિલોએ ₹1,200નો ઘટાડો નોંધાયો'),
    # kn
    ('kn', 'ಚಿನ್ನದ ದರ 10 ಗ್ರಾಂಗೆ ₹500 ಇಳಿಕೆ'),
    # ml
    ('ml', 'സ്വർണവില വീണ്ടും റെക്കോർഡിൽ; പവന് 480 രൂപ കൂടി'),
    ('ml', 'ഡോളറിനെതിരെ രൂപയുടെ മൂല്യം 88.64 ആയി ഇടിഞ്ഞു'),
    # pa
    ('pa', 'ਕਣਕ ਦਾ ਭਾਅ 2,425 ਰੁਪਏ ਪ੍ਰਤੀ ਕੁਇੰਟਲ ਰਿਹਾ'),
    ('pa', 'ਸਰਕਾਰ ਨੇ ਝੋਨੇ ਦਾ ਐਮਐਸਪੀ ₹2,320/ਕੁਇੰਟਲ ਤੈਅ ਕੀਤਾ'),
    # ta
    ('ta', 'சென்னையில் தங்கம் விலை சவரனுக்கு ரூ.480 உயர்வு'),
    ('ta', 'சென்செக்ஸ் 412 புள்ளிகள் உயர்ந்து 84,562 ஆக நிறைவு'),
    # more near misses: a story's list line, a table caption, a quote, a weather report
    ('web-common', 'Infosys fell 18.25 points (-1.19%) after the results'),
    ('web-common', 'Gold prices climbed 1.2% this week'),
    ('hi', 'बीएसई मिडकैप इंडेक्स 1.40% टूटा, स्मॉलकैप में भी बिकवाली'),
    ('hi', 'इंडिया VIX 6% उछलकर 15.82 पर पहुंचा'),
    ('hi', 'कंपनी का शेयर ₹1,295.60 पर बंद हुआ, जो 10.99% की तेजी है।'),
    ('hi', 'वाराणसी में आज दिन का तापमान 31° और रात का 20° रहा, आसमान साफ रहा।'),
    ('hi', 'लखनऊ का तापमान 30° / 18° के बीच रहेगा'),
    ('hi', 'सोना 10 ग्राम 63,450 रुपये पर बिका, चांदी भी महंगी हुई'),
    ('hi', 'चांदी की कीमत प्रति किलो 72,800 रुपये पर पहुंच गई।'),
    ('hi', 'स्रोत: जिला प्रशासन'),
    ('hi', 'मंडी में गेहूं का भाव 2,425 रुपये प्रति क्विंटल रहा।'),
    ('hi', 'बाजार का हाल बुरा है, व्यापारी परेशान'),
    ('hi', 'राशिफल के अनुसार आज मेष राशि वालों को लाभ होगा।'),
    ('hi', 'दिन का हाई ₹1,312 रहा और शेयर बाद में फिसल गया।'),
    ('hi', 'कंपनी का मार्केट कैप ₹47,380 करोड़ पहुंच गया है।'),
    ('ne', 'सबै विनिमय दर नेपाल राष्ट्र बैंकले तोक्छ।'),
    ('ne', 'आजको राशिफल अनुसार मेष राशिलाई लाभ हुनेछ।'),
    ('ne', 'जापानी येनको भाउ १० येन बराबर ९.११ रुपैयाँ छ।'),
    ('ne', 'तेजाबी सुनको भाउ रु. २,४०,६०० कायम भएको छ।'),
    ('gu', 'સોનું (24 કેરેટ) આજે ₹1,22,450ની સપાટીએ પહોંચ્યું'),
    ('kn', 'ಚಿನ್ನ 22 ಕ್ಯಾರೆಟ್ ಬೆಲೆ ಇಂದು ₹1,15,400 ಆಗಿದೆ'),
    ('ml', 'വെള്ളി ഗ്രാമിന് 165 രൂപയായി ഉയർന്നു'),
    ('ml', 'കൊച്ചിയിൽ പെട്രോൾ ലിറ്ററിന് ₹107.48 ആണ് ഇന്നത്തെ വില'),
    ('pa', 'ਸੋਨੇ ਦੀ ਕੀਮਤ 93,450 ਰੁਪਏ ਪ੍ਰਤੀ 10 ਗ੍ਰਾਮ ਹੋ ਗਈ'),
    ('ta', 'வெள்ளி விலை கிராமுக்கு ரூ.1 குறைந்து ரூ.172 ஆனது'),
    ('ta', 'மாலை 3.30 மணி நிலவரப்படி சென்செக்ஸ் 412 புள்ளிகள் உயர்ந்தது'),
    ('ta', 'சென்னையில் இன்று 35° / 26° வெப்பம் பதிவானது'),
    ('te', 'హైదరాబాద్‌లో 35° / 24° ఉష్ణోగ్రత నమోదైంది'),
    ('web-common', 'Pune 33°C / 21°C on Sunday, rain likely'),
    ('bn', 'কলকাতায় আজ সর্বোচ্চ তাপমাত্রা ২৯° এবং সর্বনিম্ন ২১° ছিল'),
]
KEPT = [tuple(k) for k in KEPT]

test_each_widget_line_is_removed, test_a_news_line_on_prices_or_weather_is_kept = chrome_form_tests(None, CHROME, KEPT)


def test_the_news_lines_stay_between_paragraphs() -> None:
    assert_kept_between("hi", PARAGRAPH, [k[1] for k in KEPT if k[0] == "hi"])
