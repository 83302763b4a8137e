"""Issue 13, session 31: links to the previous / next story and pagers, in every profile.

A story page ends with links to the story before and after it ("« <headline>", "<headline> »", "पिछली खबर <headline>",
"Next Post: <headline>"), and a paged story or a listing prints its pager ("पेज: 1 2", "Page: [1] 2 3 Next"), its pointer
to the next page ("आगे की खबर अगले पेज पर पढ़ें") and a load-more button. The lexicon had the labels alone and an arrow
with at most three words; these are the links with the other story's headline, the number pagers and the buttons, in
each profile's words (``navigation``). What stays: quotations in guillemets, an arrow inside a line (a step chain, a
score), a sentence about the next report, numbers alone, a page of the printed paper ("पेज 3 पर पढ़ें पूरी खबर": an
e-paper's jump line or a briefing points into the print edition, not to a web page's next page).

Every line here is written for this test."""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reasons

REMOVE: dict[str, list[str]] = {
    "web-common": [
        "Next Post: Choosing a Pressure Cooker for a Small Kitchen",
        "Previous Post Fixing a Leaky Tap in Ten Minutes",
        "Prev: Configuring the cache backend",
        "PrevPreviousA Beginner's Guide to Sourdough Starters",
        "NextWhy Cold Showers Are Overrated: What the Studies SayNext",
        "« Previous Topic | Next Topic »",
        "« Newer Older »",
        "« previous 1 2 3 4 5 … 41 42 next »",
        "Pages: 1 2 3",
        "Load more stories",
    ],
    "hi": [
        "« बिहार पुलिस सिपाही भर्ती 2025: आवेदन की आखिरी तारीख बढ़ी",
        "राजस्थान पटवारी परीक्षा का रिजल्ट जारी, ऐसे देखें अपना नाम »",
        "पिछली खबर: इंदौर में मेट्रो का ट्रायल रन अगले हफ्ते",
        "अगली गैलरी होली 2025: बरसाना की लट्ठमार होली की रंगीन तस्वीरें",
        "अगला पेज: आवेदन फॉर्म भरते समय इन बातों का रखें ध्यान →",
        "पेज: 1 2 3",
        "पृष्ठ : [1] 2 आगे पढ़ें »",
        "बाकी खबर अगले पेज पर पढ़ें »",
        "और वीडियो लोड करें",
    ],
    "bn": [
        "আগের খবর হাওড়ায় নতুন উড়ালপুল চালু, কমবে যানজট",
        "পরবর্তী পৃষ্ঠা: মাধ্যমিকের পূর্ণ সময়সূচি",
        "পাতা: ১ ২ ৩ পরের পাতা",
        "আরও খবর লোড করুন",
    ],
    "gu": [
        "પાછલું પૃષ્ઠ",
        "આગળનું પેજ: ભરતીની સંપૂર્ણ યાદી",
        "પેજ: 1 2 3 આગળ",
        "વધુ સમાચાર લોડ કરો",
    ],
    "mr": [
        "पुढील बातमी पुण्यात पाणीकपात दोन दिवस पुढे ढकलली",
        "मागची बातमी सांगलीत हळदीला विक्रमी दर",
        "पान: 1 2 3 पुढील",
        "आणखी बातम्या लोड करा",
    ],
    "ne": [
        "अर्को समाचार: पोखरामा अन्तर्राष्ट्रिय उडान सुरु",
        "अघिल्लो समाचार | अर्को समाचार",
        "पृष्ठ: १ २ ३ अर्को",
        "थप समाचार लोड गर्नुहोस्",
    ],
    "pa": [
        "ਅਗਲੀ ਖ਼ਬਰ: ਅੰਮ੍ਰਿਤਸਰ 'ਚ ਨਵੀਂ ਬੱਸ ਸੇਵਾ ਸ਼ੁਰੂ",
        "ਪਿਛਲੀ ਖ਼ਬਰ | ਅਗਲੀ ਖ਼ਬਰ",
        "ਪੂਰੀ ਸੂਚੀ ਅਗਲੇ ਪੰਨੇ 'ਤੇ ਪੜ੍ਹੋ",
        "ਹੋਰ ਖ਼ਬਰਾਂ ਲੋਡ ਕਰੋ",
    ],
    "ta": [
        "அடுத்த செய்தி: மதுரையில் புதிய பேருந்து நிலையம் திறப்பு",
        "அடுத்த பக்கம்: தேர்வு முடிவுகளின் முழு பட்டியல் »",
        "பக்கம் 2 / 3",
        "மேலும் செய்திகளை ஏற்றவும்",
    ],
    "te": [
        "మునుపటి కథనం: విజయవాడలో కొత్త ఫ్లైఓవర్ ప్రారంభం",
        "తర్వాతి పేజీ: పూర్తి ఫలితాల జాబితా",
        "పేజీలు: 1 2 3",
        "మరిన్ని వార్తలు లోడ్ చేయండి",
    ],
    "kn": [
        "ಮುಂದಿನ ಸುದ್ದಿ: ಮೈಸೂರಿನಲ್ಲಿ ದಸರಾ ಸಿದ್ಧತೆ ಆರಂಭ",
        "ಪುಟಗಳು: 1 2 3 ಮುಂದಿನ ಪುಟ",
        "ಇನ್ನಷ್ಟು ಸುದ್ದಿ ಲೋಡ್ ಮಾಡಿ",
    ],
    "ml": [
        "അടുത്ത വാർത്ത: തൃശൂരിൽ പുതിയ ബസ് സ്റ്റാൻഡ് തുറന്നു",
        "പേജ് 1 / 4",
        "കൂടുതൽ വാർത്തകൾ ലോഡ് ചെയ്യുക",
    ],
    "or": [
        "← ପୁରୀରେ ନୂଆ ବସ ଷ୍ଟାଣ୍ଡ ଉଦଘାଟିତ, ଯାତ୍ରୀଙ୍କୁ ମିଳିବ ସୁବିଧା",
        "ସମ୍ବଲପୁରରେ ହାଡ଼ଭଙ୍ଗା ଶୀତ, ପାରଦ ୭ ଡିଗ୍ରୀ →",
        "ପରବର୍ତ୍ତୀ ଖବର: ବାଲେଶ୍ୱରରେ ନୂଆ ରେଳ ଲାଇନ",
        "ଅଧିକ ଖବର ଲୋଡ୍ କରନ୍ତୁ",
    ],
    "ur": [
        "پچھلا صفحہ",
        "اگلا صفحہ: امتحانی نتائج کی مکمل فہرست",
        "مزید خبریں لوڈ کریں",
    ],
}

KEEP: dict[str, list[str]] = {
    "web-common": [
        # an arrow link in Latin letters only: on English pages it is as often the article's own link ("Read the full
        # review →"), and the arrow rule takes only lines holding a letter of another script
        "« Why Our Town Needs a Second Bridge Over the River",
        "How to Store Winter Vegetables Without a Cellar »",
        "← Five Lessons From Our First Farmers' Market Season",
        "The Complete Guide to Repotting Succulents →",
        "She said «we will appeal» and left the courtroom",  # a quotation: guillemets on both sides
        "« Nous avons décidé de continuer le combat. Rien ne change.",  # a quote's first line: sentences
        "Open Settings → Privacy → Location and switch it off",  # a step chain: more than one arrow
        "pub fn get(&self) -> Option<Vec<u8>>",  # code
        "See my full review of the Instant Pot Duo >>",  # the article's own link, a call to the reader
        "Next: add the flour and stir until smooth",  # a recipe's step
        "Previous: Senior Engineer at a payments company",  # a profile's field
        "Next post I will cover the deployment scripts.",  # a sentence about the next post
        "Next article in the series is about caching",
        "Previous post covered the basics of the setup.",
        "Will the city finally fix the bridge?",  # a headline that asks, no arrow
        "1 2 3",  # numbers alone
        "Page 12",  # a citation
        "India 245/6 → 250/7",  # a score
        "Older adults often recover more slowly after surgery.",
        "Next steps",
        "Previous results on the benchmark were mixed",
    ],
    "hi": [
        "मंत्री ने कहा, «हम किसानों के साथ हैं» और बैठक खत्म कर दी",
        "मेन्यू → सेटिंग्स → अकाउंट खोलें और पासवर्ड बदलें",
        "भारत 245/6 → 250/7",
        "क्या पेट्रोल-डीजल के दाम फिर बढ़ेंगे?",
        "पेज 3 पर पढ़ें पूरी खबर",
        "पृष्ठ 12",
        "1 2 3",
        "अगली गैलरी में देखिए शादी की खास तस्वीरें",
        "पिछली गैलरी देखकर कई पाठकों ने हमें पत्र लिखे।",
        "अगली गैलरी की तस्वीरें पिछले साल की प्रदर्शनी से ली गई हैं।",
        "बाकी जानकारी अगले पेज पर दी गई है।",
        "पिछली खबर के मुताबिक पुल का काम मार्च तक पूरा होना था।",
        "ऐप ने और डेटा लोड करने में ज्यादा समय लिया।",
        "अगले हफ्ते से पोर्टल पर प्रवेश पत्र मिलेंगे।",
    ],
    "bn": [
        "পরবর্তী সংবাদ সম্মেলনে বিস্তারিত জানানো হবে বলে জানান মন্ত্রী",
        "পরের খবর আসা পর্যন্ত অপেক্ষা করতে বলা হয়েছে",
        "পৃষ্ঠা ১২",
        "পরবর্তী পর্যায়ে আরও দুটি সেতু তৈরি হবে।",
        "আগের খবরে জানানো হয়েছিল, কাজ মার্চে শেষ হবে।",
        "পরের খবর শোনার জন্য গ্রামের মানুষ রেডিও ঘিরে বসে ছিলেন।",
        "আগের প্রতিবেদন প্রকাশের পর তদন্ত কমিটি গঠন করা হয়েছে।",
    ],
    "gu": [
        "અગાઉના સમાચાર મુજબ ડેમની સપાટી વધી છે",
        "આગળના વર્ષે નવો પુલ તૈયાર થશે.",
        "પાન 12",
        "વધુ માહિતી માટે કચેરીનો સંપર્ક કરો.",
        "પાછલા વર્ષે વરસાદ ઓછો પડ્યો હતો.",
    ],
    "mr": [
        "पुढील बातमी येईपर्यंत वाट पाहा",
        "मागील बातमीनुसार पाणीसाठा घटला आहे",
        "पुढील बातमी शेतकऱ्यांसाठी दिलासा देणारी ठरू शकते.",
        "मागील लेख प्रसिद्ध झाल्यानंतर अनेक वाचकांनी प्रतिक्रिया दिल्या आहेत.",
        "पुढील वर्षी नवा पूल पूर्ण होईल.",
        "पान 12",
        "अधिक माहितीसाठी कार्यालयाशी संपर्क साधा.",
    ],
    "ne": [
        "अर्को समाचार अनुसार बाढीले ठूलो क्षति पुर्‍याएको छ",
        "पछिल्लो समाचार",
        "अर्को वर्ष नयाँ पुल बन्नेछ।",
        "पृष्ठ १२",
        "थप जानकारीका लागि कार्यालयमा सम्पर्क गर्नुहोस्।",
    ],
    "pa": [
        "ਪਿਛਲੀ ਖ਼ਬਰ ਮੁਤਾਬਕ ਪੁਲ ਦਾ ਕੰਮ ਜਾਰੀ ਹੈ",
        "ਪੰਜਾਬ 'ਚ ਅਗਲੇ ਤਿੰਨ ਦਿਨ ਮੀਂਹ ਦੀ ਸੰਭਾਵਨਾ, ਵਿਭਾਗ ਨੇ ਜਾਰੀ ਕੀਤਾ ਅਲਰਟ",
        "ਅਗਲੀ ਖ਼ਬਰ ਵਿੱਚ ਪੂਰੀ ਜਾਣਕਾਰੀ ਦੇਵਾਂਗੇ",
        "ਪੰਨਾ 12",
        "ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ ਦਫ਼ਤਰ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।",
    ],
    "ta": [
        "வீட்டுக் கடன் வட்டி குறையுமா? ரிசர்வ் வங்கி கூட்டம் அடுத்த வாரம்",
        "அடுத்த செய்தியில் முழு விவரங்களை பார்க்கலாம்.",
        "பக்கம் 12",
        "மேலும் தகவலுக்கு அலுவலகத்தை தொடர்பு கொள்ளவும்.",
    ],
    "te": [
        "తర్వాతి కథనంలో పూర్తి వివరాలు ఇస్తాము.",
        "వచ్చే వారం నుంచి కొత్త బస్సులు నడుస్తాయి.",
        "పేజీ 12",
        "మరిన్ని వివరాల కోసం కార్యాలయాన్ని సంప్రదించండి.",
    ],
    "kn": [
        "ಮುಂದಿನ ಸುದ್ದಿಗೋಷ್ಠಿಯಲ್ಲಿ ಮಾಹಿತಿ ನೀಡಲಾಗುವುದು.",
        "ಮುಂದಿನ ವರ್ಷ ಹೊಸ ಸೇತುವೆ ಸಿದ್ಧವಾಗಲಿದೆ.",
        "ಪುಟ 12",
        "ಹೆಚ್ಚಿನ ಮಾಹಿತಿಗೆ ಕಚೇರಿಯನ್ನು ಸಂಪರ್ಕಿಸಿ.",
    ],
    "ml": [
        "കൊച്ചി മെട്രോ: കാക്കനാട് പാതയുടെ നിർമാണം അടുത്ത വർഷം പൂർത്തിയാകും",
        "അടുത്ത വാർത്തയിൽ വിശദാംശങ്ങൾ നൽകും.",
        "പേജ് 12",
        "കൂടുതൽ വിവരങ്ങൾക്ക് ഓഫീസുമായി ബന്ധപ്പെടുക.",
    ],
    "or": [
        "PM କିଷାନ: ପରବର୍ତ୍ତୀ କିସ୍ତି କେବେ ଆସିବ? ଜାଣନ୍ତୁ ସମ୍ପୂର୍ଣ୍ଣ ପ୍ରକ୍ରିୟା",
        "ପରବର୍ତ୍ତୀ ଖବରରେ ବିସ୍ତୃତ ବିବରଣୀ ଦିଆଯିବ।",
        "ପୃଷ୍ଠା ୧୨",
        "ଅଧିକ ସୂଚନା ପାଇଁ କାର୍ଯ୍ୟାଳୟ ସହ ଯୋଗାଯୋଗ କରନ୍ତୁ।",
    ],
    "ur": [
        "پچھلی خبر کے مطابق بارش کا امکان ہے",
        "اگلی خبر میں تفصیل بتائیں گے",
        "صفحہ 12",
        "مزید معلومات کے لیے دفتر سے رابطہ کریں۔",
    ],
}


@pytest.mark.parametrize("lang", sorted(REMOVE))
def test_previous_next_links_and_pagers_are_navigation(lang: str) -> None:
    lines = REMOVE[lang]
    got = dict(zip(lines, chrome_reasons(lines, load_profile(lang)), strict=True))
    assert all(r == "navigation" for r in got.values()), got


@pytest.mark.parametrize("lang", sorted(KEEP))
def test_sentences_quotes_and_numbers_stay(lang: str) -> None:
    lines = KEEP[lang]
    got = dict(zip(lines, chrome_reasons(lines, load_profile(lang)), strict=True))
    assert all(r is None for r in got.values()), {k: v for k, v in got.items() if v is not None}


def test_keep_cases_outnumber_remove_cases() -> None:
    assert set(KEEP) == set(REMOVE)
    assert all(len(KEEP[lang]) >= len(REMOVE[lang]) for lang in REMOVE)
