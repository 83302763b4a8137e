"""Issue 13, session 31: labels of page furniture the lexicon missed, in every profile.

* a teaser box's label that carries a section's, a series' or a magazine issue's name ("काम की बात : और भी पढ़ें",
  "इंटरव्यू सीरीज़: और बातचीत", "इस अंक में और", "More in this category"), more of a kind of story ("और एक्सप्लेनर
  पढ़ें", "আরও এক্সপ্লেনার"), more by this author by pronoun or honorific ("इनके सभी लेख पढ़ें", "… यांचे सर्व लेख"):
  ``related``, which opens a teaser box (structure.py): the headlines under a label of at most four words go with it;
* a table of contents' label alone on the line ("विषय सूची", "ସୂଚୀପତ୍ର", "ಪರಿವಿಡಿ", "या लेखात", "Jump to section"):
  ``navigation`` (the entries under it repeat the article's sub-heads and stay to them);
* a video player's now-playing and next-videos labels (``related``: the title under them is the player's), a gallery's
  or a slideshow's button (``navigation``), a full-screen button and a photo count badge (``toolbar``);
* an issue archive ("अंक आर्काइव", "सभी अंक", "सभी वर्ष", "Past issues"): ``navigation``.

The watch-the-video buttons ("वीडियो देखें", "ਵੀਡੀਓ ਦੇਖੋ", "ویڈیو دیکھیں", …) were prefixes: a sentence that starts so
("वीडियो देखें तो पता चलता है कि …") went whole. They are the label alone or before a separator now.

Each label comes with a line of a story in the same words, which stays: a sub-head that names a section ("काम की बात"),
"विषय सूची में 12 अध्याय हैं" of a book review, an intro "इस लेख में हम जानेंगे …" (the article's own words, not its
contents box).

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("इटारसी : शहर के बिजली उपभोक्ताओं के लिए कंपनी ने सोमवार से नया शिकायत नंबर जारी किया है। अधिकारियों ने "
             "बताया कि अब शिकायत दर्ज होने के चार घंटे के भीतर लाइनमैन मौके पर पहुंचेगा।")

CHROME = [
    # Hindi: a section's or a series' box, an issue's box, more by this author, more of a kind, a gallery's see-too
    ("hi", "काम की बात : और भी पढ़ें", "related"),
    ("hi", "इंटरव्यू सीरीज़: और बातचीत", "related"),
    ("hi", "फैक्ट चेक | और खबरें", "related"),
    ("hi", "व्याख्या सीरीज़ और अन्य लेख", "related"),
    ("hi", "इस सीरीज़ की और कड़ियां", "related"),
    ("hi", "इस अंक में और", "related"),
    ("hi", "इनके सभी लेख पढ़ें", "related"),
    ("hi", "और एक्सप्लेनर पढ़ें", "related"),
    ("hi", "ये गैलरी भी देखें", "related"),
    ("hi", "इस हफ्ते का अंक", "related"),
    ("hi", "अभी देख रहे हैं", "related"),
    ("hi", "फोटो और वीडियो", "related"),
    ("hi", "पिछली गैलरी: दिवाली की रात रोशनी से जगमगाया शहर", "related"),
    # contents, gallery buttons, the archive, the player's buttons
    ("hi", "विषय सूची", "navigation"),
    ("hi", "इस लेख में", "navigation"),
    ("hi", "पूरी गैलरी देखें", "navigation"),
    ("hi", "स्लाइडशो देखें", "navigation"),
    ("hi", "अंक आर्काइव", "navigation"),
    ("hi", "सभी अंक", "navigation"),
    ("hi", "सभी वर्ष", "navigation"),
    ("hi", "पुराने अंकों में खोजें", "navigation"),
    ("hi", "पूरी स्क्रीन पर देखें", "toolbar"),
    ("hi", "+12 फोटो", "toolbar"),
    ("hi", "वीडियो देखें", "read_more"),
    ("hi", "और भी पढ़ें", "read_more"),
    ("hi", "वीडियो के बारे में", "navigation"),
    ("hi", "वीडियो देखें: बाढ़ में फंसे लोगों को ऐसे निकाला गया", "read_more"),
    # English (web-common, in every profile)
    ("web-common", "More in this category", "related"),
    ("web-common", "More in this issue", "related"),
    ("web-common", "Now playing", "related"),
    ("web-common", "Jump to section", "navigation"),
    ("web-common", "Article contents", "navigation"),
    ("web-common", "Watch now", "navigation"),
    ("web-common", "View gallery", "navigation"),
    ("web-common", "Magazine archive", "navigation"),
    ("web-common", "Past issues", "navigation"),
    ("web-common", "Full screen", "toolbar"),
    ("web-common", "+12 photos", "toolbar"),
    ("bn", "Jump to section", "navigation"),
    # the other profiles
    ("bn", "আরও এক্সপ্লেনার", "related"),
    ("bn", "লেখকের অন্যান্য প্রতিবেদন", "related"),
    ("bn", "কাজের কথা : আরও পড়ুন", "related"),
    ("bn", "এখন দেখছেন", "related"),
    ("bn", "সূচিপত্র", "navigation"),
    ("bn", "পুরো গ্যালারি দেখুন", "navigation"),
    ("bn", "+১২ ছবি", "toolbar"),
    ("gu", "વધુ એક્સપ્લેનર", "related"),
    ("gu", "કામની વાત : વધુ વાંચો", "related"),
    ("gu", "અનુક્રમણિકા", "navigation"),
    ("gu", "આ લેખમાં", "navigation"),
    ("gu", "સંપૂર્ણ ગેલેરી જુઓ", "navigation"),
    ("mr", "आणखी एक्स्प्लेनर", "related"),
    ("mr", "अश्विनी भागवत यांचे सर्व लेख", "related"),
    ("mr", "कामाची गोष्ट : आणखी वाचा", "related"),
    ("mr", "या अंकातील इतर लेख", "related"),
    ("mr", "या लेखात", "navigation"),
    ("mr", "अनुक्रमणिका", "navigation"),
    ("mr", "सर्व अंक", "navigation"),
    ("mr", "व्हिडिओ पाहा", "read_more"),
    ("ne", "अर्थतर्फ धेरै पढिएको", "related"),
    ("ne", "खेलकुदमा धेरै पढिएका", "related"),
    ("ne", "विषय सूची", "navigation"),
    ("ne", "यो लेखमा", "navigation"),
    ("ne", "भिडियो हेर्नुहोस्", "read_more"),
    ("pa", "ਕੰਮ ਦੀ ਗੱਲ : ਹੋਰ ਪੜ੍ਹੋ", "related"),
    ("pa", "ਵਿਸ਼ਾ ਸੂਚੀ", "navigation"),
    ("pa", "ਸਲਾਈਡਸ਼ੋ ਦੇਖੋ", "navigation"),
    ("pa", "ਪੂਰੀ ਗੈਲਰੀ ਦੇਖੋ", "navigation"),
    ("pa", "9 ਤਸਵੀਰਾਂ", "toolbar"),
    ("pa", "ਵੀਡੀਓ ਦੇਖੋ", "read_more"),
    ("ta", "பொருளடக்கம்", "navigation"),
    ("ta", "இந்தக் கட்டுரையில்", "navigation"),
    ("ta", "அடுத்த வீடியோக்கள்", "related"),
    ("ta", "வீடியோ பார்க்க", "read_more"),
    ("te", "విషయ సూచిక", "navigation"),
    ("te", "ఈ కథనంలో", "navigation"),
    ("te", "తదుపరి వీడియోలు", "related"),
    ("te", "12 ఫోటోలు", "toolbar"),
    ("te", "వీడియో చూడండి", "read_more"),
    ("kn", "ಇನ್ನಷ್ಟು ವಿವರಣೆಗಳು", "related"),
    ("kn", "ಮುಂದಿನ ವಿಡಿಯೋಗಳು", "related"),
    ("kn", "ಪರಿವಿಡಿ", "navigation"),
    ("kn", "ಈ ಲೇಖನದಲ್ಲಿ", "navigation"),
    ("kn", "ವಿಡಿಯೋ ನೋಡಿ", "read_more"),
    ("ml", "ഇപ്പോൾ കാണുന്നത്", "related"),
    ("ml", "അടുത്ത വിഡിയോകൾ", "related"),
    ("ml", "ഇതുകൂടി വായിക്കൂ", "read_more"),
    ("ml", "ഉള്ളടക്കം", "navigation"),
    ("ml", "ഈ ലേഖനത്തിൽ", "navigation"),
    ("ml", "വീഡിയോ കാണുക", "read_more"),
    ("or", "ସୂଚୀପତ୍ର", "navigation"),
    ("or", "ଏହି ଲେଖାରେ", "navigation"),
    ("or", "ଭିଡିଓ ଦେଖନ୍ତୁ", "read_more"),
    ("ur", "فہرست مضامین", "navigation"),
    ("ur", "اس مضمون میں", "navigation"),
    ("ur", "مکمل گیلری دیکھیں", "navigation"),
    ("ur", "اگلی ویڈیوز", "related"),
    ("ur", "ویڈیو دیکھیں", "read_more"),
]
KEPT = [
    # the same words as a story's sub-head, or going on into a sentence of a story or a review
    ("hi", "काम की बात"),
    ("hi", "वीडियो देखें तो पता चलता है कि पुलिस मौके पर पहले से मौजूद थी।"),
    ("hi", "विषय सूची में 12 अध्याय हैं और हर अध्याय एक गांव की कहानी कहता है।"),
    ("hi", "इस लेख में हम जानेंगे कि आयुष्मान कार्ड कैसे बनता है"),
    ("hi", "इस अंक में और भी कई लेख हैं जो पाठकों को पसंद आएंगे।"),
    ("hi", "मंत्री बोले: और बातचीत के बाद ही होगा फैसला"),
    ("hi", "भारत-पाक: और बातचीत"),
    ("hi", "अगली गैलरी में हमने शहर के पुराने घाटों की तस्वीरें रखी हैं।"),
    ("hi", "वेब सीरीज़ और अन्य फिल्में"),
    ("hi", "इनके सभी लेख किताब के रूप में प्रकाशित हुए हैं।"),
    ("hi", "पूरी गैलरी देखें तो लगता है कि कलाकार ने बरसों मेहनत की।"),
    ("hi", "सभी वर्षों में बारिश का औसत कम रहा।"),
    ("hi", "12 तस्वीरें लेकर फोटोग्राफर ने प्रदर्शनी लगाई।"),
    ("hi", "काम की बात यह है कि बिजली कंपनी ने बकाया बिल पर ब्याज माफ कर दिया है।"),
    ("hi", "इंटरव्यू सीरीज़ के तीसरे हिस्से में लेखिका ने अपने बचपन की बातें बताईं।"),
    ("hi", "फैक्ट चेक में दावा गलत निकला और तस्वीर पुरानी पाई गई।"),
    ("hi", "इस सीरीज़ की और कड़ियां अगले महीने प्रसारित होंगी, निर्माता ने बताया।"),
    ("hi", "इनके सभी लेख पढ़ने के बाद समिति ने पुरस्कार की घोषणा की।"),
    ("hi", "एक्सप्लेनर पढ़ने के बाद पाठकों ने और सवाल भेजे।"),
    ("hi", "ये गैलरी भी देखने लायक है, क्योंकि इसमें 1950 के दशक की तस्वीरें हैं।"),
    ("hi", "इस हफ्ते का अंक किसानों के आंदोलन पर केंद्रित है।"),
    ("hi", "अभी देख रहे हैं कि नुकसान कितना हुआ, जिलाधिकारी ने कहा।"),
    ("hi", "पूरी स्क्रीन पर देखें तो फिल्म का हर दृश्य साफ दिखता है।"),
    ("hi", "अंक आर्काइव में 1986 से अब तक की सभी प्रतियां रखी गई हैं।"),
    ("hi", "सभी अंक एक साथ खरीदने पर पाठकों को छूट मिलेगी।"),
    ("hi", "पुराने अंकों में खोजें तो ऐसे कई लेख मिल जाएंगे।"),
    ("hi", "फोटो और वीडियो के जरिए पुलिस ने आरोपियों की पहचान की।"),
    ("hi", "वीडियो के बारे में पूछे जाने पर प्रवक्ता ने कोई टिप्पणी नहीं की।"),
    ("hi", "पिछली गैलरी की तुलना में इस बार ज्यादा कलाकारों ने हिस्सा लिया।"),
    ("hi", "12 फोटो और 3 वीडियो सबूत के तौर पर अदालत में पेश किए गए।"),
    ("hi", "इस लेख में दी गई जानकारी विशेषज्ञों से बातचीत पर आधारित है।"),
    ("web-common", "More in this section of the report deals with the budget."),
    ("web-common", "More in this category will be added next month, the museum said."),
    ("web-common", "In this story, the author returns to her village after 20 years."),
    ("web-common", "Jump to section 4 of the report for the methodology."),
    ("web-common", "Watch video footage released by the police on Monday."),
    ("web-common", "All issues raised by the residents will be addressed, the mayor said."),
    ("web-common", "Back issues of the journal are available in the library."),
    ("web-common", "Full screen time limits were introduced for children under 12."),
    ("web-common", "12 photos were submitted as evidence in the case."),
    ("web-common", "Now watching the market closely, analysts expect a rate cut."),
    ("web-common", "Magazine archive opens to the public after restoration"),
    ("web-common", "Contents of the parcel were seized by customs officers."),
    ("web-common", "Watch now as the rover lands, the agency said on Friday."),
    ("web-common", "Now playing at the city theatre is a new adaptation of Hamlet."),
    ("web-common", "Past issues of the magazine are held in the state library."),
    ("bn", "আরও এক্সপ্লেনার তৈরি করবে বলে জানিয়েছে সংস্থাটি।"),
    ("bn", "সূচিপত্রে মোট বারোটি অধ্যায় রয়েছে।"),
    ("gu", "આ લેખમાં આપણે જાણીશું કે આધાર કાર્ડ કેવી રીતે અપડેટ થાય છે."),
    ("gu", "કામની વાત"),
    ("mr", "या लेखात आपण पाहणार आहोत की अर्ज कसा करायचा."),
    ("mr", "व्हिडिओ पाहा आणि तुम्हीच ठरवा, असे आवाहन त्यांनी केले."),
    ("ne", "यो लेखमा हामी नागरिकता प्रमाणपत्र बनाउने प्रक्रिया हेर्नेछौं।"),
    ("ne", "भिडियो हेर्नुहोस् र आफैं निर्णय गर्नुहोस् भनेर उनले आग्रह गरे।"),
    ("pa", "ਵੀਡੀਓ ਦੇਖੋ ਤਾਂ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ ਪੁਲਿਸ ਪਹਿਲਾਂ ਹੀ ਮੌਕੇ ਉੱਤੇ ਸੀ।"),
    ("pa", "ਵਿਸ਼ਾ ਸੂਚੀ ਵਿੱਚ ਬਾਰਾਂ ਅਧਿਆਇ ਹਨ।"),
    ("ta", "இந்தக் கட்டுரையில் நாம் ஆதார் அட்டையை புதுப்பிக்கும் முறையை பார்ப்போம்."),
    ("ta", "வீடியோ பார்க்க வந்தவர்கள் கூட்டத்தில் சிக்கிக்கொண்டனர்."),
    ("te", "ఈ కథనంలో రేషన్ కార్డు ఎలా పొందాలో తెలుసుకుందాం."),
    ("te", "వీడియో చూడండి అని చెప్పి మోసగాళ్లు లింక్ పంపారు."),
    ("kn", "ಈ ಲೇಖನದಲ್ಲಿ ಆಧಾರ್ ಕಾರ್ಡ್ ನವೀಕರಣದ ಬಗ್ಗೆ ತಿಳಿಯೋಣ."),
    ("kn", "ವಿಡಿಯೋ ನೋಡಿ ಜನರು ಆಕ್ರೋಶ ವ್ಯಕ್ತಪಡಿಸಿದರು."),
    ("ml", "ഇപ്പോൾ കാണുന്നത് വലിയ മാറ്റമാണെന്ന് മന്ത്രി പറഞ്ഞു."),
    ("ml", "വീഡിയോ കാണുക എന്ന് പറഞ്ഞ് തട്ടിപ്പുകാർ ലിങ്ക് അയച്ചു."),
    ("or", "ଏହି ଲେଖାରେ ଆମେ ରାସନ କାର୍ଡ ବିଷୟରେ ଜାଣିବା।"),
    ("or", "ଭିଡିଓ ଦେଖନ୍ତୁ ଓ ନିଜେ ବିଚାର କରନ୍ତୁ ବୋଲି ସେ କହିଲେ।"),
    ("ur", "ویڈیو دیکھیں تو پتہ چلتا ہے کہ پولیس پہلے سے موجود تھی۔"),
    ("ur", "اس مضمون میں ہم جانیں گے کہ شناختی کارڈ کیسے بنتا ہے۔"),
    ("bn", "এখন দেখছেন কীভাবে কাজ এগোচ্ছে, বললেন প্রকল্প পরিচালক।"),
    ("bn", "লেখকের অন্যান্য প্রতিবেদনও পুরস্কার পেয়েছে।"),
    ("bn", "পুরো গ্যালারি দেখুন বলে দর্শকদের আমন্ত্রণ জানান আয়োজকেরা।"),
    ("bn", "১২টি ছবি প্রদর্শনীতে রাখা হয়েছে।"),
    ("bn", "কাজের কথা হলো, সরকার নতুন ভাতা ঘোষণা করেছে।"),
    ("bn", "এই প্রতিবেদনে উল্লিখিত তথ্য সরকারি নথি থেকে নেওয়া।"),
    ("gu", "વધુ એક્સપ્લેનર વીડિયો બનાવવાની યોજના છે, એમ સંસ્થાએ જણાવ્યું."),
    ("gu", "અનુક્રમણિકામાં કુલ બાર પ્રકરણ છે."),
    ("gu", "સંપૂર્ણ ગેલેરી જુઓ તો ખ્યાલ આવે કે કલાકારે કેટલી મહેનત કરી છે."),
    ("mr", "आणखी एक्स्प्लेनर व्हिडिओ लवकरच प्रसिद्ध केले जातील, असे संस्थेने सांगितले."),
    ("mr", "अश्विनी भागवत यांचे सर्व लेख पुस्तकरूपात प्रसिद्ध झाले आहेत."),
    ("mr", "कामाची गोष्ट म्हणजे सरकारने अर्जाची मुदत वाढवली आहे."),
    ("mr", "या अंकातील इतर लेखांमध्ये शेतीवर भर देण्यात आला आहे."),
    ("mr", "अनुक्रमणिकेत एकूण बारा प्रकरणे आहेत."),
    ("mr", "सर्व अंक ग्रंथालयात उपलब्ध आहेत."),
    ("ne", "अर्थतर्फ धेरै पढिएको समाचार सुनको मूल्यसँग सम्बन्धित छ।"),
    ("ne", "विषय सूचीमा बाह्र अध्याय छन्।"),
    ("ne", "खेलकुदमा धेरै पढिएका खबरमध्ये क्रिकेटका समाचार अगाडि छन्।"),
    ("pa", "ਕੰਮ ਦੀ ਗੱਲ ਇਹ ਹੈ ਕਿ ਸਰਕਾਰ ਨੇ ਅਰਜ਼ੀ ਦੀ ਤਰੀਕ ਵਧਾ ਦਿੱਤੀ ਹੈ।"),
    ("pa", "ਸਲਾਈਡਸ਼ੋ ਦੇਖੋ ਤਾਂ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ ਮੇਲੇ ਵਿੱਚ ਕਿੰਨੀ ਭੀੜ ਸੀ।"),
    ("pa", "9 ਤਸਵੀਰਾਂ ਪ੍ਰਦਰਸ਼ਨੀ ਵਿੱਚ ਲਗਾਈਆਂ ਗਈਆਂ ਹਨ।"),
    ("pa", "ਪੂਰੀ ਗੈਲਰੀ ਦੇਖੋ ਤਾਂ ਕਲਾਕਾਰ ਦੀ ਮਿਹਨਤ ਸਮਝ ਆਉਂਦੀ ਹੈ।"),
    ("ta", "பொருளடக்கத்தில் பன்னிரண்டு அத்தியாயங்கள் உள்ளன."),
    ("ta", "அடுத்த வீடியோவில் முழு விவரங்களை வெளியிடுவதாக அவர் கூறினார்."),
    ("te", "విషయ సూచికలో పన్నెండు అధ్యాయాలు ఉన్నాయి."),
    ("te", "తదుపరి వీడియోలో పూర్తి వివరాలు చెబుతానని ఆయన అన్నారు."),
    ("te", "12 ఫోటోలను పోలీసులు కోర్టుకు సమర్పించారు."),
    ("kn", "ಪರಿವಿಡಿಯಲ್ಲಿ ಹನ್ನೆರಡು ಅಧ್ಯಾಯಗಳಿವೆ."),
    ("kn", "ಇನ್ನಷ್ಟು ವಿವರಣೆಗಳು ಬೇಕು ಎಂದು ಸಮಿತಿ ಕೇಳಿದೆ."),
    ("kn", "ಮುಂದಿನ ವಿಡಿಯೋದಲ್ಲಿ ಪೂರ್ಣ ಮಾಹಿತಿ ನೀಡುವುದಾಗಿ ಅವರು ಹೇಳಿದರು."),
    ("ml", "അടുത്ത വിഡിയോയിൽ മുഴുവൻ വിവരങ്ങളും നൽകുമെന്ന് അദ്ദേഹം പറഞ്ഞു."),
    ("ml", "ഉള്ളടക്കം പരിശോധിച്ച ശേഷം മാത്രമേ അനുമതി നൽകൂ എന്ന് ബോർഡ് അറിയിച്ചു."),
    ("ml", "ഇതുകൂടി വായിക്കൂ എന്ന് പറഞ്ഞ് അധ്യാപിക കുട്ടികൾക്ക് പുസ്തകം നൽകി."),
    ("ml", "ഈ ലേഖനത്തിൽ പറയുന്ന കണക്കുകൾ സർക്കാർ രേഖകളിൽ നിന്നാണ്."),
    ("or", "ସୂଚୀପତ୍ରରେ ବାରଟି ଅଧ୍ୟାୟ ଅଛି।"),
    ("ur", "فہرست میں بارہ امیدواروں کے نام شامل ہیں۔"),
    ("ur", "مکمل گیلری دیکھیں تو اندازہ ہوتا ہے کہ فنکار نے کتنی محنت کی۔"),
    ("ur", "اگلی ویڈیو میں مکمل تفصیلات بتاؤں گا، انہوں نے کہا۔"),
]

test_each_furniture_label_is_removed, test_a_story_line_with_the_same_words_is_kept = chrome_form_tests(
    None, CHROME, KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    for prof, line in KEPT:
        if prof == "hi":
            assert_kept_between(prof, PARAGRAPH, [line])


HEADS = ["‘गांव की कहानियां अब भी सबसे ज़्यादा बिकती हैं’: उपन्यासकार मीरा सक्सेना",
         "‘हिंदी रंगमंच को दर्शक नहीं, भरोसा चाहिए’: निर्देशक अरुण जोशी से बातचीत",
         "‘लोकगीतों को स्टूडियो से निकालकर गलियों में ले जाना है’: गायक हरीश राणा"]


def test_the_headlines_under_a_series_label_go_with_it() -> None:
    # "इंटरव्यू सीरीज़: और बातचीत" has four words: a box label (structure.py opens a box at a label of at most four)
    out = clean_lines([PARAGRAPH, PARAGRAPH, "इंटरव्यू सीरीज़: और बातचीत", *HEADS], load_profile("hi"))
    assert out == [None, None, "related", *["structure.headlines"] * len(HEADS)]


def test_the_entries_under_a_contents_label_are_not_taken_for_headlines() -> None:
    # a table of contents repeats the article's sub-heads: its label goes, its entries are left to them
    entries = ["आयुष्मान कार्ड के लिए कौन पात्र है", "ज़रूरी दस्तावेज़ क्या हैं", "आवेदन कैसे करें"]
    out = clean_lines([PARAGRAPH, "विषय सूची", *entries, PARAGRAPH], load_profile("hi"))
    assert out[1] == "navigation"
    assert all(r is None or not r.startswith("structure.headlines") for r in out[2:5]), out
