"""Issue 13, session 30: share bars and alert prompts, as categories in every profile: a share call to the reader (of
"this story/update", "with friends") alone or with the buttons after it (reason ``share``); a row of networks with the
site's channel word or a copy-link button, or a share count before the networks; a join/follow button naming a network
(``promo``); a push prompt of the site's news alerts (``notifications``). A story's sentence about sharing, alerts or a
network stays: a subject before the verb, a reported appeal, a weather alert, a stock's shares.

Every line here is written for this test."""

from tests.unit.stages.helpers import chrome_form_tests

CHROME = [
    ("hi", "इस स्टोरी को शेयर करें: WhatsApp | Facebook | X", "share"),
    ("hi", "अपने दोस्तों के साथ शेयर करें", "share"),
    ("hi", "मित्रों को भेजें Telegram WhatsApp", "share"),
    ("hi", "Telegram चैनल YouTube WhatsApp", "share"),
    ("hi", "WhatsApp चैनल से जुड़ें", "promo"),
    ("hi", "अभी ज्वाइन करें", "promo"),
    ("hi", "खबरनामा डेली को फॉलो करें और पाएं हर ताजा खबर", "promo"),
    ("web-common", "Share with your friends: Facebook X", "share"),
    ("web-common", "Messenger Viber Email", "share"),
    ("ta", "87 Shares Facebook Viber Messenger", "share"),
    ("ne", "३४५ शेयर Facebook Viber", "share"),
    ("ne", "यो खबर सेयर गर्नुहोस्: Facebook Viber", "share"),
    ("bn", "বন্ধুদের সাথে শেয়ার করুন: Facebook WhatsApp", "share"),
    ("bn", "Telegram চ্যানেল YouTube", "share"),
    ("bn", "টেলিগ্রামে আমাদের চ্যানেল জয়েন করুন", "promo"),
    ("gu", "આ માહિતી મિત્રો સાથે શેર કરો", "share"),
    ("gu", "દૈનિક સંદેશના લેટેસ્ટ ન્યૂઝના એલર્ટ મેળવો", "notifications"),
    ("mr", "हे अपडेट शेअर करा: Facebook X", "share"),
    ("mr", "WhatsApp चॅनेल वर अपडेट्स मिळवा", "promo"),
    ("ur", "یہ خبر شیئر کریں: فیس بک واٹس ایپ", "share"),
    ("ur", "ٹیلی گرام چینل میں شامل ہوں", "promo"),
    ("te", "ఈ కథనాన్ని షేర్ చేయండి: WhatsApp Telegram", "share"),
    ("te", "లింక్ కాపీ చేయండి Facebook X", "share"),
    ("ta", "இந்தக் கட்டுரையை பகிருங்கள்: WhatsApp X", "share"),
    ("kn", "ಈ ವರದಿಯನ್ನು ಹಂಚಿಕೊಳ್ಳಿ: Facebook X", "share"),
    ("kn", "WhatsApp ನಲ್ಲಿ ನಮ್ಮನ್ನು ಫಾಲೋ ಮಾಡಿ", "promo"),
    ("ml", "ഈ റിപ്പോർട്ട് ഷെയർ ചെയ്യുക: WhatsApp Telegram", "share"),
    ("or", "ଏହି ସମ୍ବାଦ ସେୟାର କରନ୍ତୁ: Facebook X", "share"),
    ("or", "ଖେଳ ଖବର ପାଇଁ ଆମକୁ ଫେସବୁକରେ ଫଲୋ କରନ୍ତୁ", "promo"),
    ("pa", "ਇਹ ਜਾਣਕਾਰੀ ਸ਼ੇਅਰ ਕਰੋ: WhatsApp Facebook", "share"),
    ("pa", "YouTube 'ਤੇ ਸਾਡਾ ਚੈਨਲ ਫਾਲੋ ਕਰੋ", "promo"),
    ("pa", "ਜੇ ਤੁਸੀਂ ਖੇਡ ਖ਼ਬਰਾਂ ਦੇ ਅਲਰਟ ਚਾਹੁੰਦੇ ਹੋ ਤਾਂ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਸੈਟਿੰਗ ਖੋਲ੍ਹੋ", "notifications"),
    ("hi-Latn", "is khabar ko share karein: WhatsApp Facebook", "share"),
]

KEPT = [
    ("hi", "मौसम विभाग ने तीन जिलों के लिए ऑरेंज अलर्ट जारी किया"),
    ("hi", "प्रशासन ने लोगों से भ्रामक संदेश शेयर न करने की अपील की।"),
    ("hi", "दोस्तों के साथ शेयर करें अपनी सफलता की कहानी"),
    ("hi", "बैंकिंग शेयरों में तेजी, सेंसेक्स 300 अंक चढ़ा"),
    ("hi", "उन्होंने बताया कि छात्र Telegram पर जुड़ें और नोट्स पाएं।"),
    ("web-common", "She shared the video with friends on Facebook and WhatsApp."),
    ("ne", "कम्पनीले ५ लाख शेयर सर्वसाधारणलाई जारी गर्नेछ।"),
    ("bn", "পুলিশ গুজব শেয়ার না করার অনুরোধ জানিয়েছে।"),
    ("gu", "હવામાન વિભાગે દરિયાકાંઠાના જિલ્લાઓ માટે એલર્ટ જાહેર કર્યું."),
    ("mr", "पोलिसांनी अफवा शेअर न करण्याचे आवाहन केले."),
    ("ur", "پولیس نے شہریوں سے افواہیں شیئر نہ کرنے کی اپیل کی۔"),
    ("te", "వదంతులను షేర్ చేయవద్దని పోలీసులు ప్రజలను కోరారు."),
    ("ta", "வதந்திகளைப் பகிர வேண்டாம் என்று காவல்துறை கேட்டுக்கொண்டது."),
    ("kn", "ವದಂತಿಗಳನ್ನು ಹಂಚಿಕೊಳ್ಳಬೇಡಿ ಎಂದು ಪೊಲೀಸರು ಮನವಿ ಮಾಡಿದರು."),
    ("ml", "വ്യാജ സന്ദേശങ്ങൾ ഷെയർ ചെയ്യരുതെന്ന് പൊലീസ് മുന്നറിയിപ്പ് നൽകി."),
    ("or", "ପୁଲିସ ଗୁଜବ ସେୟାର ନକରିବାକୁ ଲୋକଙ୍କୁ ଅନୁରୋଧ କରିଛି।"),
    ("or", "ମନ୍ତ୍ରୀ କହିଲେ ଯୁବକମାନେ ଆମକୁ ଫଲୋ କରନ୍ତୁ"),
    ("pa", "ਮੌਸਮ ਵਿਭਾਗ ਨੇ ਅਗਲੇ ਦੋ ਦਿਨਾਂ ਲਈ ਅਲਰਟ ਜਾਰੀ ਕੀਤਾ ਹੈ।"),
    ("hi-Latn", "Police ne logon se afwah share na karne ki appeal ki."),
]

test_each_share_or_alert_line_is_removed, test_a_story_line_about_sharing_is_kept = chrome_form_tests(
    None, CHROME, KEPT)
