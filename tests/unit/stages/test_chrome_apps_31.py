"""Issue 13, session 31: app-store badges, install prompts and e-paper / print-edition links, as categories in every
profile. Removed: the store badges as printed ("Google Play App Store", "Download on the App Store", "Google Play पर
उपलब्ध" and each language's "available on <store>"), the platform pair and a store link with its platform's label, the
site's app pitch with its name and a benefit after a dash ("… ऐप डाउनलोड करें — … सीधे आपके फोन पर") or "every news in the
app", the install button, the e-paper / today's paper / print edition links, alone or with their date, the calls to read
today's paper or a magazine's issue, and the note that a piece appeared in print (``promo``; the bare links
``navigation``, as the older "e-paper" rule; an issue's dateline ``byline``; the print note ``disclaimer``). Kept: news
about apps (a launch, fake apps pulled from a store), a sentence with a subject saying an app is "available on" a store,
a how-to's step that names a public service's app ("आयुष्मान कार्ड बनाने के लिए आयुष्मान ऐप डाउनलोड करें और …": a
site's own pitch never goes on with the next step, and a public body's app is the story's), a department's app with
the same dash-and-phone pitch, and news about papers, editions and magazine issues.

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("इंदौर : नगर निगम ने शुक्रवार को शहर के 40 वार्डों में पानी की नई पाइपलाइन बिछाने का काम शुरू किया। महापौर ने "
             "बताया कि काम तीन महीने में पूरा होगा।")

CHROME = [
    # web-common
    ('web-common', 'Google Play App Store', 'promo'),
    ('web-common', 'App Store | Google Play', 'promo'),
    ('web-common', 'For Android: https://play.google.com/store/apps/details?id=com.metroledger.news', 'promo'),
    ('web-common', 'iOS: https://apps.apple.com/in/app/metro-ledger/id1234567890', 'promo'),
    ('web-common', 'Android | iOS', 'promo'),
    ('web-common', "Today's Paper", 'navigation'),
    ('web-common', "Read today's e-paper", 'promo'),
    ('web-common', 'Print Edition', 'navigation'),
    ('web-common', 'E-Paper: 14 November 2024', 'navigation'),
    ('web-common', 'Read the digital edition', 'promo'),
    ('web-common', "Read this week's issue", 'promo'),
    ('web-common', '(This article appeared in the print edition of 14 November 2024.)', 'disclaimer'),
    ('web-common', 'A version of this article appears in print on Nov. 14, 2024, Section A, Page 1 of the New York '
                   'edition', 'disclaimer'),
    ('web-common', 'This story first appeared in the June 2025 issue of Down To Earth.', 'disclaimer'),
    # hi
    ('hi', 'Google Play App Store', 'promo'),
    ('hi', 'Google Play पर उपलब्ध', 'promo'),
    ('hi', 'App Store और Google Play पर उपलब्ध', 'promo'),
    ('hi', 'गूगल प्ले स्टोर पर भी उपलब्ध', 'promo'),
    ('hi', 'नौकरी दर्पण ऐप डाउनलोड करें — भर्ती, रिजल्ट और एडमिट कार्ड की हर सूचना सीधे आपके फोन पर', 'promo'),
    ('hi', 'खेल संसार ऐप पर पाएं क्रिकेट की हर खबर सबसे पहले', 'promo'),
    ('hi', 'नगर दर्पण ऐप पर पढ़ें हर ख़बर', 'promo'),
    ('hi', 'यह खबर ऐप में पढ़ें — तेज़ और बिना विज्ञापन के', 'promo'),
    ('hi', 'समाचार सेतु ऐप में यह खबर और बेहतर दिखती है।', 'promo'),
    ('hi', 'जनवाणी ऐप आज ही डाउनलोड करें।', 'promo'),
    ('hi', 'लोक भारती ऐप डाउनलोड करें और पाएं LIVE TV, ब्रेकिंग न्यूज़ अलर्ट और वीडियो बिना रुकावट के।', 'promo'),
    ('hi', 'ई-पेपर', 'navigation'),
    ('hi', 'आज का अखबार पढ़ें, बिल्कुल वैसा ही जैसा छपता है', 'promo'),
    ('hi', 'आज का ई-पेपर', 'navigation'),
    ('hi', '14 नवंबर 2024 का ई-पेपर', 'navigation'),
    ('hi', 'इस हफ्ते का अंक', 'related'),  # a teaser box's label (test_chrome_furniture_labels_31.py)
    ('hi', 'इस सप्ताह का अंक पढ़ें', 'promo'),
    ('hi', 'इस हफ्ते का अंक: 9 जून 2025 आवरण कथा: खेतों में ड्रोन ई-मैगज़ीन पढ़ें', 'promo'),
    ('hi', 'डिजिटल अंक पढ़ें', 'promo'),
    ('hi', 'शहर की हर खबर के लिए पढ़ते रहें नगर दर्पण इंदौर संस्करण', 'promo'),
    ('hi', '(यह लेख जन चेतना के 9 जून 2025 के अंक में ‘खेतों में ड्रोन’ शीर्षक से प्रकाशित हुआ है। पूरा अंक '
           'ई-मैगज़ीन पर पढ़ें।)', 'disclaimer'),
    ('hi', '(यह आलेख दैनिक प्रहरी के प्रिंट संस्करण में प्रकाशित हुआ है)', 'disclaimer'),
    ('hi', 'डिजिटल अंक पढ़ें प्रिंट सब्सक्रिप्शन', 'promo'),
    ('hi', 'जन चेतना का नया अंक बाज़ार में: गांवों का पानी', 'promo'),
    ('hi', 'वर्ष 12, अंक 7 | 9 जून 2025', 'byline'),
    ('hi', 'इस अंक में और', 'related'),
    ('hi', 'पुराने अंकों में खोजें', 'navigation'),
    # bn
    ('bn', 'ইনস্টল', 'promo'),
    ('bn', 'আজকের পত্রিকা', 'navigation'),
    ('bn', '২১ মার্চ ২০২৫ এর ছাপা সংস্করণ', 'navigation'),
    ('bn', 'আজকের কাগজ পড়ুন ই-পেপারে', 'promo'),
    ('bn', 'নগর বার্তার অ্যাপে পড়ুন জেলার সব খবর, পান ব্রেকিং নিউজের নোটিফিকেশন।', 'promo'),
    ('bn', 'গুগল প্লে-তে পাওয়া যাচ্ছে', 'promo'),
    ('bn', 'Google Play App Store', 'promo'),
    # gu
    ('gu', 'ગુજરાતના દરેક શહેરના તાજા સમાચાર, ઈ-પેપર અને વીડિયો હવે એક જ ક્લિકમાં તમારા મોબાઇલમાં.', 'promo'),
    ('gu', 'Google Play પર ઉપલબ્ધ', 'promo'),
    ('gu', '14 નવેમ્બર 2024નું ઈ-પેપર', 'navigation'),
    # mr
    ('mr', 'Google Play वर उपलब्ध', 'promo'),
    ('mr', 'आजचा ई-पेपर वाचा', 'promo'),
    ('mr', '14 नोव्हेंबर 2024 चा ई-पेपर', 'navigation'),
    ('mr', 'Google Play App Store', 'promo'),
    # ne
    ('ne', 'Google Play App Store', 'promo'),
    ('ne', 'Google Play मा उपलब्ध', 'promo'),
    ('ne', 'आजको ई-पेपर पढ्नुहोस्', 'promo'),
    ('ne', 'हाम्रो एप डाउनलोड गर्नुहोस् — ताजा समाचार सिधै तपाईंको मोबाइलमा', 'promo'),
    # pa
    ('pa', 'For Android:- https://play.google.com/store/apps/details?id=com.example.news', 'promo'),
    ('pa', "Google Play 'ਤੇ ਉਪਲਬਧ", 'promo'),
    ('pa', 'ਅੱਜ ਦਾ ਈ-ਪੇਪਰ ਪੜ੍ਹੋ', 'promo'),
    # ta
    ('ta', 'இ-பேப்பர் | சந்தா | உள்நுழைய', 'toolbar'),
    ('ta', 'இன்றைய இ-பேப்பர் படிக்க', 'promo'),
    ('ta', 'Google Play-ல் கிடைக்கிறது', 'promo'),
    ('ta', 'பதிப்பு: சேலம் நெல்லை வேலூர்', 'navigation'),
    # te
    ('te', 'Google Play App Store', 'promo'),
    ('te', 'నేటి (13 మార్చి 2025) ఈ-పేపర్ చదవండి', 'promo'),
    ('te', 'కృష్ణా వార్తలు యాప్\u200cను ఉచితంగా డౌన్\u200cలోడ్ చేసుకోండి.', 'promo'),
    ('te', 'Google Play లో అందుబాటులో ఉంది', 'promo'),
    ('te', 'కృష్ణా ఎడిషన్ గుంటూరు ఎడిషన్ విశాఖ సిటీ', 'navigation'),
    # kn
    ('kn', 'ಇಂದಿನ ಇ-ಪೇಪರ್ ಓದಿ', 'promo'),
    ('kn', 'Google Play ನಲ್ಲಿ ಲಭ್ಯವಿದೆ', 'promo'),
    # ml
    ('ml', 'ഇന്നത്തെ ഇ-പേപ്പർ വായിക്കുക', 'promo'),
    ('ml', 'Google Play-ൽ ലഭ്യമാണ്', 'promo'),
    # or
    ('or', 'ଆଜିର ଇ-ପେପର ପଢ଼ନ୍ତୁ', 'promo'),
    ('or', 'Google Play ରେ ଉପଲବ୍ଧ', 'promo'),
    # ur
    ('ur', 'Android | iOS', 'promo'),
    ('ur', 'آج کا ای پیپر', 'navigation'),
    ('ur', 'روزنامہ مشرق کا 3 جون کا مکمل ای پیپر پڑھنے کے لیے یہاں کلک کریں', 'promo'),
    ('ur', 'شہر کی خبریں اب آپ کے موبائل پر — ابھی ڈاؤن لوڈ کریں', 'promo'),
]
KEPT = [
    # web-common
    ('web-common', 'Google removed 20 fake loan apps from the Play Store after complaints from users.'),
    ('web-common', 'The app is available on Google Play and the App Store.'),
    ('web-common', 'The newspaper stopped its print edition in 2020 and now publishes only a digital edition.'),
    ('web-common', 'Download the DigiLocker app and sign in with your Aadhaar number.'),
    ('web-common', 'The ministry launched a new app for farmers on Google Play on Monday.'),
    ('web-common', 'Apple App Store'),
    ('web-common', "The newspaper's e-paper: 14 November 2024 edition carried the report that triggered the inquiry."),
    ('web-common', 'Read the paper by Smith et al. for details of the method.'),
    ('web-common', 'Android/iOS'),
    ('web-common', 'The column appeared in the March issue and drew protests from readers.'),
    ('web-common', "Read the full report on the ministry's website."),
    ('web-common', "Today's paper carried a front-page apology from the editor."),
    ('web-common', 'Print edition sales fell by 12 per cent last year, the publisher said.'),
    ('web-common', 'iOS users can download the update from the App Store from Monday.'),
    # hi
    ('hi', 'सरकार ने नया ऐप लॉन्च किया, किसान घर बैठे कर सकेंगे आवेदन'),
    ('hi', 'Google Play से 20 फर्जी ऐप हटाए गए'),
    ('hi', 'आयुष्मान कार्ड बनाने के लिए आयुष्मान ऐप डाउनलोड करें और आधार नंबर से लॉगिन करें।'),
    ('hi', 'यह ऐप Google Play और App Store पर उपलब्ध है।'),
    ('hi', 'कोरोना काल में कई अखबारों ने अपने प्रिंट संस्करण बंद कर दिए और सिर्फ ई-पेपर निकाला।'),
    ('hi', '14 नवंबर 2024 के ई-पेपर में छपी खबर पर प्रशासन ने संज्ञान लिया।'),
    ('hi', 'पत्रिका का नया अंक जारी करते हुए मुख्यमंत्री ने कहा कि साहित्य समाज का दर्पण है।'),
    ('hi', 'किसान ऐप पर पाएं मौसम की जानकारी, कृषि विभाग ने शुरू की सेवा'),
    ('hi', 'मौसम विभाग का ऐप डाउनलोड करें — बारिश की चेतावनी सीधे आपके फोन पर'),
    ('hi', 'ऐप पर ज़िंदगी: गिग वर्कर्स की अनकही कहानी'),
    ('hi', 'उमंग ऐप आज ही डाउनलोड करने की सलाह दी गई है।'),
    ('hi', 'अखबार पढ़ने की आदत बच्चों में कम हो रही है, शिक्षकों ने जताई चिंता'),
    ('hi', 'पुलिस ने बताया कि ठगों ने फर्जी ऐप आज ही डाउनलोड करने को कहा।'),
    ('hi', 'ठगों ने लोगों से कहा कि यह ऐप आज ही डाउनलोड करें।'),
    ('hi', 'रोज़ का अखबार पढ़ें, इससे सामान्य ज्ञान बढ़ता है और लेखन सुधरता है'),
    ('hi', 'हंस का नया अंक प्रेमचंद पर केंद्रित है।'),
    ('hi', 'जिले में ई-पेपर पढ़ने वालों की संख्या दोगुनी हुई'),
    ('hi', 'विवादित लेख पत्रिका के मई अंक में प्रकाशित हुआ था, जिसके बाद संपादक ने माफी मांगी।'),
    ('hi', 'यह लेख अखबार के संपादकीय पृष्ठ पर प्रकाशित हुआ था, जिस पर विवाद खड़ा हो गया।'),
    ('hi', 'हंस का नया अंक: दलित साहित्य पर विशेष'),
    ('hi', 'पत्रिका के वर्ष 12, अंक 7 में यह लेख छपा था।'),
    ('hi', 'गूगल प्ले स्टोर पर उपलब्ध कई लोन ऐप फर्जी निकले'),
    ('hi', 'ई-पेपर पढ़ने वाले पाठकों की संख्या में इजाफा, सर्वे में खुलासा'),
    # bn
    ('bn', 'সরকার নতুন অ্যাপ চালু করল, কৃষকরা ঘরে বসেই আবেদন করতে পারবেন'),
    ('bn', 'গুগল প্লে স্টোর থেকে ২০টি ভুয়া অ্যাপ সরানো হয়েছে'),
    ('bn', '১৪ নভেম্বর ২০২৪ এর ছাপা সংস্করণে প্রকাশিত প্রতিবেদনটি নিয়ে বিতর্ক শুরু হয়েছে।'),
    ('bn', 'করোনার সময় বহু পত্রিকা ছাপা সংস্করণ বন্ধ করে দেয়।'),
    ('bn', 'কৃষি দপ্তরের অ্যাপে পড়ুন সব নির্দেশিকা, জানাল প্রশাসন।'),
    ('bn', 'অ্যাপটি গুগল প্লে-তে পাওয়া যাচ্ছে।'),
    ('bn', 'ছাপা সংস্করণের বিক্রি কমেছে বলে জানিয়েছেন প্রকাশক।'),
    # gu
    ('gu', 'સરકારે નવી એપ લોન્ચ કરી, ખેડૂતો ઘરે બેઠા અરજી કરી શકશે'),
    ('gu', 'ગૂગલ પ્લે સ્ટોર પરથી 20 નકલી એપ હટાવાઈ'),
    ('gu', 'કોરોના દરમિયાન ઘણા અખબારોએ પ્રિન્ટ આવૃત્તિ બંધ કરી દીધી હતી.'),
    ('gu', 'આ એપ Google Play પર ઉપલબ્ધ છે.'),
    ('gu', 'સરકારી યોજનાઓની માહિતી હવે એક જ ક્લિકમાં તમારા મોબાઇલમાં'),
    ('gu', 'આજનું ઈ-પેપર વાંચનારાઓની સંખ્યા વધી છે.'),
    # mr
    ('mr', 'सरकारने नवे ॲप सुरू केले, शेतकऱ्यांना घरबसल्या अर्ज करता येणार'),
    ('mr', 'गुगल प्ले स्टोअरवरून 20 बनावट ॲप हटवले'),
    ('mr', 'हे ॲप Google Play वर उपलब्ध आहे.'),
    ('mr', 'शासनाचे ॲप आजच डाउनलोड करा, असे आवाहन जिल्हाधिकाऱ्यांनी केले.'),
    ('mr', 'आजचा अंक वाचकांना मोफत देण्यात आला, असे संपादकांनी सांगितले.'),
    # ne
    ('ne', 'सरकारले नयाँ एप सार्वजनिक गर्\u200dयो, किसानले घरबाटै आवेदन दिन सक्ने'),
    ('ne', 'गुगल प्ले स्टोरबाट २० नक्कली एप हटाइयो'),
    ('ne', 'यो एप Google Play मा उपलब्ध छ।'),
    ('ne', 'गुगल प्ले स्टोरमा उपलब्ध नक्कली एपबाट ठगी'),
    # pa
    ('pa', 'ਸਰਕਾਰ ਨੇ ਨਵਾਂ ਐਪ ਲਾਂਚ ਕੀਤਾ, ਕਿਸਾਨ ਘਰ ਬੈਠੇ ਅਪਲਾਈ ਕਰ ਸਕਣਗੇ'),
    ('pa', 'ਗੂਗਲ ਪਲੇ ਸਟੋਰ ਤੋਂ 20 ਜਾਅਲੀ ਐਪ ਹਟਾਏ ਗਏ'),
    ('pa', "ਇਹ ਐਪ Google Play 'ਤੇ ਉਪਲਬਧ ਹੈ।"),
    ('pa', 'ਅੱਜ ਦਾ ਈ-ਪੇਪਰ ਪੜ੍ਹਨ ਵਾਲਿਆਂ ਦੀ ਗਿਣਤੀ ਵਧੀ ਹੈ।'),
    # ta
    ('ta', 'அரசு புதிய செயலியை அறிமுகம் செய்தது, விவசாயிகள் வீட்டிலிருந்தே விண்ணப்பிக்கலாம்'),
    ('ta', 'கூகுள் பிளே ஸ்டோரில் இருந்து 20 போலி செயலிகள் நீக்கம்'),
    ('ta', 'இந்த செயலி Google Play-ல் கிடைக்கிறது.'),
    ('ta', 'பதிப்பு: இரண்டாம் பதிப்பு, 2019'),
    ('ta', 'பிளே ஸ்டோரில் கிடைக்கும் போலி செயலிகள் குறித்து காவல்துறை எச்சரிக்கை'),
    # te
    ('te', 'ప్రభుత్వం కొత్త యాప్\u200cను ప్రారంభించింది, రైతులు ఇంటి నుంచే దరఖాస్తు చేసుకోవచ్చు'),
    ('te', 'గూగుల్ ప్లే స్టోర్ నుంచి 20 నకిలీ యాప్\u200cల తొలగింపు'),
    ('te', 'ఈ యాప్ Google Play లో అందుబాటులో ఉంది అని అధికారులు తెలిపారు.'),
    ('te', 'ప్రభుత్వ మీసేవ యాప్\u200cను ఉచితంగా డౌన్\u200cలోడ్ చేసుకోండి.'),
    ('te', 'ఈ-పేపర్ చదివే వారి సంఖ్య పెరిగిందని సర్వే తెలిపింది.'),
    # kn
    ('kn', 'ಸರ್ಕಾರ ಹೊಸ ಆ್ಯಪ್ ಬಿಡುಗಡೆ ಮಾಡಿದೆ, ರೈತರು ಮನೆಯಿಂದಲೇ ಅರ್ಜಿ ಸಲ್ಲಿಸಬಹುದು'),
    ('kn', 'ಈ ಆ್ಯಪ್ Google Play ನಲ್ಲಿ ಲಭ್ಯವಿದೆ.'),
    ('kn', 'ಪ್ಲೇ ಸ್ಟೋರ್\u200cನಲ್ಲಿ ಲಭ್ಯವಿರುವ ನಕಲಿ ಆ್ಯಪ್\u200cಗಳ ಬಗ್ಗೆ ಪೊಲೀಸರ ಎಚ್ಚರಿಕೆ'),
    # ml
    ('ml', 'സർക്കാർ പുതിയ ആപ്പ് പുറത്തിറക്കി, കർഷകർക്ക് വീട്ടിലിരുന്ന് അപേക്ഷിക്കാം'),
    ('ml', 'ഈ ആപ്പ് Google Play-ൽ ലഭ്യമാണ്.'),
    ('ml', 'പ്ലേ സ്റ്റോറിൽ ലഭ്യമായ വ്യാജ ആപ്പുകൾക്കെതിരെ പൊലീസ് മുന്നറിയിപ്പ്'),
    # or
    ('or', 'ସରକାର ନୂଆ ଆପ୍ ଲଞ୍ଚ କଲେ, ଚାଷୀ ଘରେ ବସି ଆବେଦନ କରିପାରିବେ'),
    ('or', 'ଏହି ଆପ୍ Google Play ରେ ଉପଲବ୍ଧ।'),
    ('or', 'ପ୍ଲେ ଷ୍ଟୋରରେ ଉପଲବ୍ଧ ନକଲି ଆପ୍ ବିରୋଧରେ ପୋଲିସର ସତର୍କତା'),
    # ur
    ('ur', 'حکومت نے نئی ایپ متعارف کرا دی، کسان گھر بیٹھے درخواست دے سکیں گے'),
    ('ur', 'گوگل پلے اسٹور سے 20 جعلی ایپس ہٹا دی گئیں'),
    ('ur', 'یہ ایپ گوگل پلے پر دستیاب ہے۔'),
    ('ur', 'قومی سفیر کا ای پیپر پڑھنے والوں کی تعداد دگنی ہو گئی'),
    ('ur', 'آج کا اخبار پڑھنے والوں کی تعداد کم ہو رہی ہے۔'),
]

test_each_app_or_edition_line_is_removed, test_a_story_line_about_apps_or_papers_is_kept = chrome_form_tests(
    None, CHROME, KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    assert_kept_between("hi", PARAGRAPH, [line for prof, line in KEPT if prof == "hi"])


def test_a_pitch_of_two_sentences_goes_whole() -> None:
    # the app's contents "in one place" and then the site's install call: each sentence is chrome, so the line goes
    # whole (it was kept with its first sentence cut, the call left behind as text)
    cases = [
        ("hi", "ई-पेपर, वीडियो और शहर की खबरें एक ही जगह। जनवाणी ऐप आज ही डाउनलोड करें।"),
        ("hi", "समाचार सेतु ऐप में यह खबर और बेहतर दिखती है। अपने शहर की ताज़ा खबरों के नोटिफिकेशन भी पाएं।"),
        ("te", "బ్రేకింగ్ న్యూస్, ఈ-పేపర్, వీడియోలు ఒకే చోట. కృష్ణా వార్తలు యాప్‌ను ఉచితంగా డౌన్‌లోడ్ చేసుకోండి."),
    ]
    for prof, line in cases:
        cuts: dict[int, list[tuple[str, str]]] = {}
        out = clean_lines([PARAGRAPH, line, PARAGRAPH], load_profile(prof), cuts=cuts)
        assert out[1] == "promo", line
        assert 1 not in cuts, line
