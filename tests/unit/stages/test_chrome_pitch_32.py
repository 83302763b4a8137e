"""Issue 13, session 32: a site's pitch for its newsletter, channel or follow, written as a sentence in its voice.
Removed (``promo``): "join us" for the news ("… की हर खबर के लिए हमसे जुड़ें"), "our editors / team send you the news",
the news "straight to your phone" with the get call, a newsletter's name and schedule ending in "your inbox", a digest's
schedule with the get call, or with its count of stories and no verb, the sign-up call for "your inbox", "keep reading
our section for the news", the sign-up box's privacy promise and a newsletter's name line; in Bengali, Gujarati,
Punjabi, Urdu and Nepali "join us for the news", the news "straight to your phone" (and in bn, gu "our editors send
you the news"); in Marathi the same forms
("आमच्याशी जोडलेले राहा", "आमचे संपादक … तुम्हाला पाठवतात", "थेट तुमच्या फोनवर मिळवा", "सबस्क्राइब करा आणि … बातमी
चुकवू नका", "… बातम्या रोज सकाळी हव्यात?"); in English (web-common) "No spam, unsubscribe anytime", "… delivered to your
inbox every morning", "Our editors … send them to you", "… news delivered straight to your phone". Kept: news sentences
on the same subjects (joining a portal or a party, a bank's e-mail alerts, a fraud's mails in the inbox, an official's
appeal in reported speech, a public body's app or website, a story about a newsletter or about spam).

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("लखनऊ : नगर निगम ने सोमवार को शहर के 25 वार्डों में सड़क मरम्मत का काम शुरू किया। अधिकारियों ने बताया कि काम "
             "दिसंबर तक पूरा होगा।")

CHROME = [
    # hi
    ('hi', 'प्रदेश की हर बड़ी खबर सबसे पहले पाने के लिए हमसे जुड़ें', 'promo'),
    ('hi', 'मौसम और खेती की हर खबर के लिए हमसे जुड़ें।', 'promo'),
    ('hi', 'ताज़ा अपडेट के लिए हमारे साथ जुड़े रहें', 'promo'),
    ('hi', 'हर शाम छह बजे हमारे संपादक दिन की दस सबसे अहम खबरें चुनकर आपको भेजते हैं।', 'promo'),
    ('hi', 'हमारा डेस्क हर हफ्ते चुनिंदा खबरें आप तक पहुंचाता है।', 'promo'),
    ('hi', 'खेल जगत की ताज़ा खबरें और लाइव स्कोर सीधे अपने फोन पर पाएं।', 'promo'),
    ('hi', 'बुंदेलखंड की खेती-बाड़ी और मंडी का हाल, हर शनिवार आपके इनबॉक्स में', 'promo'),
    ('hi', 'रोज़ सुबह 6 बजे पाएं दिन का पंचांग और व्रत-त्योहार सीधे अपने ईमेल पर।', 'promo'),
    ('hi', 'हर सुबह 8 बजे जिले की दस सबसे ज़रूरी खबरें।', 'promo'),
    ('hi', 'अपने इनबॉक्स में पाने के लिए आज ही सब्सक्राइब करें।', 'promo'),
    ('hi', 'शिक्षा से जुड़ी हर खबर के लिए नगर दर्पण का करियर सेक्शन पढ़ते रहें।', 'promo'),
    ('hi', 'हम आपकी ईमेल आईडी किसी तीसरे पक्ष के साथ साझा नहीं करेंगे।', 'promo'),
    ('hi', "'गांव की बात' हर शुक्रवार — खेती और पशुपालन पर हमारा साप्ताहिक न्यूज़लेटर", 'promo'),
    # mr
    ('mr', 'जिल्ह्यातील प्रत्येक मोठ्या बातमीसाठी आमच्याशी जोडलेले राहा', 'promo'),
    ('mr', 'आमचे संपादक दररोज सकाळी दिवसभरातील महत्त्वाच्या बातम्या निवडून तुम्हाला पाठवतात.', 'promo'),
    ('mr', 'राज्यातील महत्त्वाच्या बातम्या थेट तुमच्या फोनवर मिळवा.', 'promo'),
    ('mr', 'आजच सबस्क्राइब करा आणि एकही महत्त्वाची बातमी चुकवू नका.', 'promo'),
    ('mr', 'कोल्हापूरच्या बातम्या रोज सकाळी हव्यात?', 'promo'),
    # bn, gu, pa, ur, ne
    ('bn', 'প্রতিটি বড় খবর সবার আগে পেতে আমাদের সঙ্গে থাকুন', 'promo'),
    ('bn', 'আমাদের সম্পাদকরা প্রতিদিন সকালে দিনের সবচেয়ে গুরুত্বপূর্ণ খবর বেছে আপনাকে পাঠান।', 'promo'),
    ('bn', 'জেলার বড় খবর সরাসরি আপনার ফোনে পান।', 'promo'),
    ('gu', 'દરેક મોટા સમાચાર સૌથી પહેલા મેળવવા માટે અમારી સાથે જોડાઓ', 'promo'),
    ('gu', 'અમારા સંપાદકો દરરોજ સવારે દિવસના સૌથી મહત્વના સમાચાર પસંદ કરીને તમને મોકલે છે.', 'promo'),
    ('gu', 'રાજ્યના મોટા સમાચાર સીધા તમારા ફોન પર મેળવો.', 'promo'),
    ('pa', 'ਪੰਜਾਬ ਦੀ ਹਰ ਵੱਡੀ ਖ਼ਬਰ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਪਾਉਣ ਲਈ ਸਾਡੇ ਨਾਲ ਜੁੜੋ', 'promo'),
    ('pa', "ਦੇਸ਼-ਵਿਦੇਸ਼ ਦੀਆਂ ਵੱਡੀਆਂ ਖ਼ਬਰਾਂ ਸਿੱਧੇ ਆਪਣੇ ਫ਼ੋਨ 'ਤੇ ਪਾਓ।", 'promo'),
    ('ur', 'ہر بڑی خبر سب سے پہلے حاصل کرنے کے لیے ہم سے جڑیں', 'promo'),
    ('ur', 'ملک و دنیا کی بڑی خبریں براہ راست اپنے فون پر حاصل کریں۔', 'promo'),
    ('ne', 'हरेक ठूला समाचार सबैभन्दा पहिले पाउन हामीसँग जोडिनुहोस्', 'promo'),
    ('ne', 'देश-विदेशका ठूला समाचार सिधै आफ्नो फोनमा पाउनुहोस्।', 'promo'),
    # web-common
    ('web-common', 'No spam, unsubscribe anytime.', 'promo'),
    ('web-common', 'No spam. You can unsubscribe at any time.', 'promo'),
    ('web-common', 'The best of our journalism, delivered to your inbox every morning.', 'promo'),
    ('web-common', "Our editors pick the day's most important stories and send them to you every evening.", 'promo'),
    ('web-common', 'Stay ahead with breaking news delivered straight to your phone.', 'promo'),
]

KEPT = [
    # hi
    ('hi', 'कृषि मंत्री ने किसानों से सरकार के पोर्टल से जुड़ने की अपील की।'),
    ('hi', 'बैंक ने ग्राहकों को ईमेल पर अलर्ट भेजे।'),
    ('hi', 'पार्टी अध्यक्ष बोले- बदलाव की हर लड़ाई के लिए हमसे जुड़ें'),
    ('hi', 'मुख्यमंत्री ने कहा कि प्रदेश के विकास की हर खबर के लिए हमसे जुड़ें।'),
    ('hi', 'युवाओं से अपील: बदलाव के लिए हमसे जुड़ें'),
    ('hi', 'ठगों के फर्जी मेल हर सुबह आपके इनबॉक्स में'),
    ('hi', 'हमारे संवाददाता के अनुसार जिले में बाढ़ की खबरें लगातार आ रही हैं।'),
    ('hi', 'इसके बाद पीएम किसान योजना की किस्त का स्टेटस सीधे अपने फोन पर देखें।'),
    ('hi', 'मौसम के अपडेट के लिए आईएमडी की वेबसाइट देखते रहें।'),
    ('hi', 'पीएफ बैलेंस की जानकारी अपने ईमेल पर पाने के लिए ईपीएफओ पोर्टल पर रजिस्टर करें।'),
    ('hi', 'हर सुबह आकाशवाणी पर ताजा समाचार सुनना उनकी आदत थी।'),
    ('hi', 'कंपनी का दावा है कि हम आपका ईमेल किसी के साथ साझा नहीं करते।'),
    ('hi', 'अखबार का साप्ताहिक न्यूज़लेटर अब दो लाख पाठकों तक पहुंचता है।'),
    ('hi', 'स्पैम कॉल से परेशान लोगों के लिए ट्राई ने नया नियम जारी किया।'),
    ('hi', 'हमारे गांव में लोग आज भी रेडियो पर खबरें सुनते हैं।'),
    # mr
    ('mr', 'मुख्यमंत्र्यांनी शेतकऱ्यांना सरकारी पोर्टलशी जोडले जाण्याचे आवाहन केले.'),
    ('mr', 'बँकेने ग्राहकांना ईमेलवर सूचना पाठवल्या.'),
    ('mr', 'पक्षाध्यक्ष म्हणाले, बदलासाठी आमच्याशी जोडले जा.'),
    ('mr', 'आमचे प्रतिनिधी घटनास्थळी पोहोचले तेव्हा पोलीस तपास करत होते.'),
    ('mr', 'भामट्यांचे बनावट संदेश थेट लोकांच्या फोनवर येत आहेत.'),
    # bn, gu, pa, ur, ne
    ('bn', 'মুখ্যমন্ত্রী বললেন, রাজ্যের উন্নয়নের প্রতিটি খবর পেতে আমাদের সঙ্গে থাকুন।'),
    ('bn', 'ব্যাংক গ্রাহকদের ইমেলে সতর্কবার্তা পাঠিয়েছে।'),
    ('bn', 'আমাদের প্রতিবেদক ঘটনাস্থলে পৌঁছে দেখেন পুলিশ তদন্ত করছে।'),
    ('bn', 'উন্নয়নের জন্য আমাদের সঙ্গে থাকুন, সভায় বললেন বিধায়ক।'),
    ('gu', 'મુખ્યમંત્રીએ કહ્યું કે વિકાસના દરેક સમાચાર માટે અમારી સાથે જોડાઓ.'),
    ('gu', 'બેંકે ગ્રાહકોને ઈમેલ પર એલર્ટ મોકલ્યા.'),
    ('gu', 'અમારા પત્રકારો ઘટનાસ્થળે પહોંચ્યા ત્યારે પોલીસ તપાસ કરી રહી હતી.'),
    ('gu', 'પરિવર્તન માટે અમારી સાથે જોડાઓ, એમ ધારાસભ્યએ સભામાં જણાવ્યું.'),
    ('pa', 'ਮੁੱਖ ਮੰਤਰੀ ਨੇ ਕਿਹਾ ਕਿ ਵਿਕਾਸ ਦੀ ਹਰ ਖ਼ਬਰ ਲਈ ਸਾਡੇ ਨਾਲ ਜੁੜੋ।'),
    ('pa', 'ਬੈਂਕ ਨੇ ਗਾਹਕਾਂ ਨੂੰ ਈਮੇਲ ਰਾਹੀਂ ਅਲਰਟ ਭੇਜੇ।'),
    ('ur', 'وزیر اعلیٰ نے کہا کہ ترقی کی ہر خبر کے لیے ہم سے جڑیں۔'),
    ('ur', 'بینک نے صارفین کو ای میل پر الرٹ بھیجے۔'),
    ('ne', 'बैंकले ग्राहकलाई इमेलमा सूचना पठायो।'),
    ('ne', 'ठगहरूका नक्कली सन्देश सिधै मानिसहरूको फोनमा आइरहेका छन्।'),
    # web-common
    ('web-common', 'The bank said it had sent fraud alerts to customers by email.'),
    ('web-common', 'Phishing emails delivered to your inbox may look like they come from your bank.'),
    ('web-common', 'No spam filter caught the messages, investigators said.'),
    ('web-common', 'Our reporters spent three weeks in the flooded villages.'),
    ('web-common', 'The council urged residents to join the new alert service.'),
    ('web-common', 'Police said scam texts were sent straight to your phone by the gang.'),
]

test_each_pitch_line_is_removed, test_a_story_line_on_the_same_subject_is_kept = chrome_form_tests(None, CHROME, KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    assert_kept_between("hi", PARAGRAPH, [line for prof, line in KEPT if prof == "hi"])


def test_a_newsletter_box_of_sentences_goes_whole() -> None:
    # the box's description and its notes in one line: every sentence is the site's pitch, so the line goes whole (it
    # was kept with the notes cut, its first sentence left behind as text)
    cases = [
        "हर सुबह सात बजे हमारे संपादक दिनभर की सबसे जरूरी खबरें चुनकर आपको भेजते हैं। कोई स्पैम नहीं, सिर्फ काम की "
        "जानकारी। सब्सक्राइब करें और किसी भी समय अनसब्सक्राइब करें।",
        "अपने ईमेल पर पाने के लिए अभी साइन अप करें। कोई स्पैम नहीं।",
        "हमारे न्यूज़लेटर की सदस्यता लें। हर सुबह 7 बजे जिले की पाँच सबसे ज़रूरी ख़बरें।",
    ]
    for line in cases:
        cuts: dict[int, list[tuple[str, str]]] = {}
        out = clean_lines([PARAGRAPH, line, PARAGRAPH], load_profile("hi"), cuts=cuts)
        assert out[1] == "promo", line
        assert 1 not in cuts, line
