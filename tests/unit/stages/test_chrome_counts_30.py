"""Issue 13, session 30: a comment section's count labels and notices, as categories in every profile (reason
``comment_form``): a count label, the whole line ("पाठकों की टिप्पणियां (4)", "कुल टिप्पणियां: 1", "মোট ৫টি মন্তব্য"); a
"comments closed" notice; a comments plugin still loading; the add-a-comment button; WordPress's "save my name, email
and website in this browser" checkbox as each translation words it; and (reason ``reply``) a comment's like count
with its reply button ("पसंद (24) | जवाब दें"). structure.py opens the readers' comment thread at a comment_form line.
Each comes with news on a close topic, which stays: a count inside a sentence, comments closed by an agent, a story
about a browser's saved passwords.

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("इंदौर : शहर में शुक्रवार को हुई तेज बारिश के बाद कई कॉलोनियों में पानी भर गया और बिजली आपूर्ति घंटों बाधित रही। "
             "नगर निगम ने राहत के लिए बारह टीमें लगाईं।")

CHROME = [
    # Hindi
    ("hi", "पाठकों की टिप्पणियाँ (7)", "comment_form"),
    ("hi", "यूजर्स की प्रतिक्रियाएं (12)", "comment_form"),
    ("hi", "कुल कमेंट्स: 9", "comment_form"),
    ("hi", "कुल 3 टिप्पणियां", "comment_form"),
    ("hi", "इस खबर पर कमेंट्स बंद कर दिए गए हैं।", "comment_form"),
    ("hi", "फेसबुक टिप्पणियां लोड हो रही हैं...", "comment_form"),
    ("hi", "अपना कमेंट जोड़ें", "comment_form"),
    ("hi", "अगली बार जब मैं कमेंट करूं, तब के लिए इस ब्राउजर में मेरा नाम, ईमेल और वेबसाइट सेव करें।", "comment_form"),
    ("hi", "प्रातिक्रिया दे जवाब रद्द करें", "comment_form"),
    ("hi", "लाइक (3) | जवाब दें", "reply"),
    ("hi", "जवाब दें · पसंद (15)", "reply"),
    # English (web-common, in every profile)
    ("web-common", "Reader comments (6)", "comment_form"),
    ("web-common", "Total comments: 14", "comment_form"),
    ("web-common", "Comments for this story are now closed.", "comment_form"),
    ("web-common", "Commenting has been disabled on this post", "comment_form"),
    ("web-common", "Add your comment", "comment_form"),
    ("web-common", "Loading comments...", "comment_form"),
    ("web-common", "Like (8) | Reply", "reply"),
    ("ta", "Reply · 3 likes", "reply"),
    ("hi-Latn", "Pathakon ki tippaniyan (5)", "comment_form"),
    ("hi-Latn", "Is post par comments band kar diye gaye hain", "comment_form"),
    # Bengali
    ("bn", "পাঠকদের মন্তব্য (৬)", "comment_form"),
    ("bn", "মোট মন্তব্য: ৮", "comment_form"),
    ("bn", "এই খবরে মন্তব্য করার সুযোগ বন্ধ রয়েছে।", "comment_form"),
    ("bn", "ফেসবুক কমেন্ট লোড হচ্ছে...", "comment_form"),
    ("bn", "মন্তব্য যোগ করুন", "comment_form"),
    ("bn", "পরবর্তীতে মন্তব্য করার জন্য এই ব্রাউজারে আমার নাম, ইমেইল ও ওয়েবসাইট সেভ করুন।", "comment_form"),
    ("bn", "পছন্দ (৪) | উত্তর দিন", "reply"),
    # Gujarati
    ("gu", "વાચકોના પ્રતિભાવો (5)", "comment_form"),
    ("gu", "કુલ કોમેન્ટ્સ: 2", "comment_form"),
    ("gu", "આ સમાચાર પર કોમેન્ટ કરવાની સુવિધા બંધ કરવામાં આવી છે", "comment_form"),
    ("gu", "કોમેન્ટ ઉમેરો", "comment_form"),
    ("gu", "હવે પછી કોમેન્ટ કરું ત્યારે માટે આ બ્રાઉઝરમાં મારું નામ, ઈમેલ અને વેબસાઈટ સેવ કરો.", "comment_form"),
    ("gu", "પસંદ (11) | જવાબ આપો", "reply"),
    # Marathi
    ("mr", "वाचकांच्या प्रतिक्रिया: 6", "comment_form"),
    ("mr", "एकूण 4 कमेंट्स", "comment_form"),
    ("mr", "या बातमीवर प्रतिक्रिया नोंदवण्याची सुविधा बंद करण्यात आली आहे", "comment_form"),
    ("mr", "प्रतिक्रिया जोडा", "comment_form"),
    ("mr", "पुढील वेळी प्रतिक्रिया देताना वापरण्यासाठी या ब्राउझरमध्ये माझे नाव, ईमेल आणि वेबसाईट सेव्ह करा.", "comment_form"),
    ("mr", "आवडले (9) | उत्तर द्या", "reply"),
    # Nepali
    ("ne", "पाठकहरूका प्रतिक्रिया (८)", "comment_form"),
    ("ne", "प्रतिक्रियाहरू बन्द छन्", "comment_form"),
    ("ne", "फेसबुक प्रतिक्रियाहरू लोड हुँदैछन्", "comment_form"),
    ("ne", "टिप्पणी थप्नुहोस्", "comment_form"),
    ("ne", "अर्को पटक प्रतिक्रिया दिँदा प्रयोग गर्न यो ब्राउजरमा मेरो नाम, ईमेल र वेबसाइट सेभ गर्नुहोस्।", "comment_form"),
    ("ne", "लाइक (२) | जवाफ", "reply"),
    # Punjabi
    ("pa", "ਪਾਠਕਾਂ ਦੀਆਂ ਟਿੱਪਣੀਆਂ (6)", "comment_form"),
    ("pa", "ਕੁੱਲ ਕੁਮੈਂਟਸ: 3", "comment_form"),
    ("pa", "ਇਸ ਲੇਖ ’ਤੇ ਕੁਮੈਂਟ ਕਰਨ ਦੀ ਸਹੂਲਤ ਬੰਦ ਕੀਤੀ ਗਈ ਹੈ।", "comment_form"),
    ("pa", "ਫੇਸਬੁੱਕ ਟਿੱਪਣੀਆਂ ਲੋਡ ਹੋ ਰਹੀਆਂ ਹਨ...", "comment_form"),
    ("pa", "ਟਿੱਪਣੀ ਜੋੜੋ", "comment_form"),
    ("pa", "ਅਗਲੀ ਵਾਰ ਕੁਮੈਂਟ ਕਰਨ ਲਈ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਮੇਰਾ ਨਾਂ, ਈ-ਮੇਲ ਅਤੇ ਵੈਬਸਾਈਟ ਸੇਵ ਕਰੋ।", "comment_form"),
    ("pa", "ਲਾਈਕ (12) | ਜਵਾਬ ਦਿਓ", "reply"),
    # Urdu
    ("ur", "قارئین کے تبصرے (4)", "comment_form"),
    ("ur", "کل تبصرے: ۷", "comment_form"),
    ("ur", "اس مضمون پر تبصرہ کرنے کی سہولت بند کر دی گئی ہے", "comment_form"),
    ("ur", "فیس بک کمنٹس لوڈ ہو رہے ہیں", "comment_form"),
    ("ur", "اپنی رائے شامل کریں", "comment_form"),
    ("ur", "اگلی مرتبہ تبصرہ کرنے کے لیے میرا نام، ای میل اور ویب سائٹ اس براؤزر میں محفوظ کر لیں۔", "comment_form"),
    ("ur", "لائک (3) | جواب دیں", "reply"),
    # Telugu
    ("te", "పాఠకుల వ్యాఖ్యలు: 4", "comment_form"),
    ("te", "మొత్తం 6 కామెంట్లు", "comment_form"),
    ("te", "ఈ కథనంపై కామెంట్లు మూసివేయబడ్డాయి", "comment_form"),
    ("te", "ఫేస్‌బుక్ వ్యాఖ్యలు లోడ్ అవుతున్నాయి...", "comment_form"),
    ("te", "కామెంట్ జోడించండి", "comment_form"),
    ("te", "మళ్లీ కామెంట్ చేసేటప్పుడు కోసం ఈ బ్రౌజర్‌లో నా పేరు, ఈమెయిల్, వెబ్‌సైట్ సేవ్ చేయండి.", "comment_form"),
    ("te", "ఇష్టం (5) | జవాబు ఇవ్వండి", "reply"),
    # Tamil
    ("ta", "வாசகர்களின் கருத்துகள் (9)", "comment_form"),
    ("ta", "மொத்தம் 2 கருத்துகள்", "comment_form"),
    ("ta", "இந்தக் கட்டுரைக்கு கருத்து தெரிவிக்கும் வசதி நிறுத்தப்பட்டுள்ளது", "comment_form"),
    ("ta", "ஃபேஸ்புக் கருத்துகள் ஏற்றப்படுகின்றன...", "comment_form"),
    ("ta", "கருத்தைச் சேர்க்கவும்", "comment_form"),
    ("ta", "அடுத்த முறை கருத்திடும்போது பயன்படுத்த இந்த பிரவுசரில் என் பெயர், இமெயில், வலைதள முகவரியைச் சேமிக்கவும்.",
     "comment_form"),
    ("ta", "விருப்பம் (7) | பதிலளி", "reply"),
    # Kannada
    ("kn", "ಓದುಗರ ಪ್ರತಿಕ್ರಿಯೆಗಳು (3)", "comment_form"),
    ("kn", "ಒಟ್ಟು ಕಾಮೆಂಟ್‌ಗಳು: 5", "comment_form"),
    ("kn", "ಈ ಸುದ್ದಿಗೆ ಕಾಮೆಂಟ್‌ಗಳನ್ನು ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಲಾಗಿದೆ", "comment_form"),
    ("kn", "ಕಾಮೆಂಟ್ ಸೇರಿಸಿ", "comment_form"),
    ("kn", "ಮುಂದಿನ ಸಲ ಕಾಮೆಂಟ್ ಮಾಡಲು ಈ ಬ್ರೌಸರ್‌ನಲ್ಲಿ ನನ್ನ ಹೆಸರು, ಇ-ಮೇಲ್ ಮತ್ತು ವೆಬ್‌ಸೈಟ್ ಸೇವ್ ಮಾಡಿ.", "comment_form"),
    ("kn", "ಇಷ್ಟ (6) | ಪ್ರತ್ಯುತ್ತರ", "reply"),
    # Malayalam
    ("ml", "വായനക്കാരുടെ അഭിപ്രായങ്ങൾ (4)", "comment_form"),
    ("ml", "ആകെ കമന്റുകൾ: 8", "comment_form"),
    ("ml", "ഈ ലേഖനത്തിന് കമന്റുകൾ പ്രവർത്തനരഹിതമാക്കിയിരിക്കുന്നു", "comment_form"),
    ("ml", "കമന്റ് ചേർക്കുക", "comment_form"),
    ("ml", "അടുത്ത തവണ കമന്റ് ചെയ്യാനായി ഈ ബ്രൗസറിൽ എന്റെ പേര്, ഇ-മെയിൽ, വെബ്സൈറ്റ് എന്നിവ സേവ് ചെയ്യുക.", "comment_form"),
    ("ml", "ലൈക്ക് (9) | മറുപടി", "reply"),
    # Odia
    ("or", "ପାଠକମାନଙ୍କ ମନ୍ତବ୍ୟ (୫)", "comment_form"),
    ("or", "ମୋଟ ୩ ମନ୍ତବ୍ୟ", "comment_form"),
    ("or", "ଏହି ଲେଖାରେ ମନ୍ତବ୍ୟ ଦେବା ସୁବିଧା ବନ୍ଦ ରହିଛି", "comment_form"),
    ("or", "ମନ୍ତବ୍ୟ ଯୋଗ କରନ୍ତୁ", "comment_form"),
    ("or", "ପରେ ମନ୍ତବ୍ୟ ଦେବା ପାଇଁ ଏହି ବ୍ରାଉଜରରେ ମୋର ନାମ, ଇ-ମେଲ ଓ ୱେବସାଇଟ ସେଭ କରନ୍ତୁ।", "comment_form"),
    ("or", "ପସନ୍ଦ (୨) | ଉତ୍ତର", "reply"),
]
KEPT = [
    # a count inside a sentence, comments closed by an agent, a browser story, likes in a report
    ("hi", "इस वीडियो पर 2 हजार से ज्यादा टिप्पणियां आईं।"),
    ("hi", "यूट्यूब ने बच्चों के वीडियो पर कमेंट्स बंद कर दिए हैं।"),
    ("hi", "विशेषज्ञों के मुताबिक ब्राउज़र में नाम, ईमेल और वेबसाइट के पासवर्ड सेव करना जोखिम भरा हो सकता है, "
           "इसलिए टिप्पणी करते समय सावधानी रखें।"),
    ("hi", "पोस्ट को 24 घंटे में 5 लाख लाइक मिले और हजारों लोगों ने जवाब दिया।"),
    ("hi", "पाठकों की टिप्पणियों के आधार पर संपादक ने लेख में सुधार किया।"),
    ("web-common", "The platform said comments are closed on children's videos."),
    ("web-common", "Total comments rose to 4,000 within an hour of the post."),
    ("web-common", "He got 5 likes and a reply from the minister."),
    ("bn", "ভিডিওটিতে দুই হাজারের বেশি মন্তব্য জমা পড়েছে।"),
    ("bn", "কর্তৃপক্ষ ফেসবুক পেজে মন্তব্য করার সুবিধা বন্ধ রেখেছে।"),
    ("gu", "આ વીડિયો પર 3 હજારથી વધુ કોમેન્ટ્સ આવી છે."),
    ("gu", "યુટ્યુબે બાળકોના વીડિયો પર કોમેન્ટ્સ બંધ કરી દીધી છે."),
    ("mr", "या पोस्टवर दोन हजारांहून अधिक प्रतिक्रिया आल्या आहेत."),
    ("mr", "कंपनीने बालकांच्या व्हिडिओंवरील कमेंट्स बंद केल्या आहेत."),
    ("ne", "भिडियोमा दुई हजारभन्दा बढी प्रतिक्रिया आएका छन्।"),
    ("ne", "कम्पनीले बालबालिकाका भिडियोमा प्रतिक्रिया बन्द गरेको छ।"),
    ("pa", "ਇਸ ਵੀਡੀਓ ਉੱਤੇ 2 ਹਜ਼ਾਰ ਤੋਂ ਵੱਧ ਟਿੱਪਣੀਆਂ ਆਈਆਂ।"),
    ("pa", "ਕੰਪਨੀ ਨੇ ਬੱਚਿਆਂ ਦੀਆਂ ਵੀਡੀਓਜ਼ ਉੱਤੇ ਟਿੱਪਣੀਆਂ ਬੰਦ ਕਰ ਦਿੱਤੀਆਂ ਹਨ।"),
    ("ur", "اس ویڈیو پر دو ہزار سے زائد تبصرے آئے۔"),
    ("ur", "کمپنی نے بچوں کی ویڈیوز پر تبصرے بند کر دیے ہیں۔"),
    ("te", "ఈ వీడియోపై రెండు వేలకు పైగా కామెంట్లు వచ్చాయి."),
    ("te", "సంస్థ పిల్లల వీడియోలపై కామెంట్లను నిలిపివేసింది."),
    ("ta", "இந்த வீடியோவுக்கு இரண்டாயிரத்துக்கும் மேற்பட்ட கருத்துகள் வந்துள்ளன."),
    ("ta", "நிறுவனம் குழந்தைகளின் வீடியோக்களில் கருத்துகளை முடக்கியுள்ளது."),
    ("kn", "ಈ ವಿಡಿಯೊಗೆ ಎರಡು ಸಾವಿರಕ್ಕೂ ಹೆಚ್ಚು ಪ್ರತಿಕ್ರಿಯೆಗಳು ಬಂದಿವೆ."),
    ("kn", "ಕಂಪನಿಯು ಮಕ್ಕಳ ವಿಡಿಯೊಗಳಿಗೆ ಕಾಮೆಂಟ್‌ಗಳನ್ನು ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಿದೆ."),
    ("ml", "ഈ വീഡിയോയ്ക്ക് രണ്ടായിരത്തിലധികം കമന്റുകൾ ലഭിച്ചു."),
    ("ml", "കമ്പനി കുട്ടികളുടെ വീഡിയോകളിൽ കമന്റുകൾ പ്രവർത്തനരഹിതമാക്കി."),
    ("or", "ଏହି ଭିଡିଓରେ ଦୁଇ ହଜାରରୁ ଅଧିକ ମନ୍ତବ୍ୟ ଆସିଛି।"),
    ("or", "କମ୍ପାନୀ ପିଲାଙ୍କ ଭିଡିଓରେ ମନ୍ତବ୍ୟ ବନ୍ଦ କରିଛି।"),
]

test_each_comment_label_is_removed, test_a_story_line_about_comments_is_kept = chrome_form_tests(None, CHROME, KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    assert_kept_between("hi", PARAGRAPH, [line for prof, line in KEPT if prof == "hi"])


def test_a_count_label_and_its_like_row_go_between_paragraphs() -> None:
    prof = load_profile("hi")
    out = clean_lines([PARAGRAPH, "पाठकों की टिप्पणियां (2)", PARAGRAPH, "पसंद (4) | जवाब दें"], prof, cuts={})
    assert out == [None, "comment_form", None, "reply"]
