"""Issue 13, session 30: a comment section's own sentences, as categories in every profile (reason ``comment_form``):
the site's moderation and etiquette policy ("comments are published after moderation", "abusive comments will not be
published", "please keep the language civil", "the comments are the readers' own"), often two sentences on one line;
"no comments yet / be the first to comment"; "log in to comment". Each comes with news about comments, moderation or
abusive posts, which stays: an agent or a reported speech before the subject, another predicate (an obligation, a
report), or a sentence of the story in the same line.

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("कानपुर : शहर में गुरुवार सुबह हुई तेज बारिश से कई निचले इलाकों में पानी भर गया और यातायात घंटों प्रभावित रहा। "
             "नगर निगम ने जल निकासी के लिए बीस पंप लगाए।")

CHROME = [
    # Hindi: the policy, one or two sentences
    ("hi", "कृपया अभद्र भाषा का इस्तेमाल न करें। टिप्पणियां मॉडरेशन के बाद ही प्रकाशित की जाती हैं।"),
    ("hi", "कमेंट्स समीक्षा के बाद प्रकाशित होंगे। अश्लील या भड़काऊ भाषा वाली टिप्पणियां प्रकाशित नहीं की जाएंगी।"),
    ("hi", "नोट: अपमानजनक और असभ्य भाषा का प्रयोग न करें। ऐसी टिप्पणियां बिना सूचना के हटा दी जाएंगी।"),
    ("hi", "आपकी प्रतिक्रिया मॉडरेशन के बाद प्रदर्शित होगी।"),
    ("hi", "कृपया भाषा की गरिमा बनाए रखें। आपत्तिजनक कमेंट हटा दिए जाएंगे।"),
    # Hindi: no comments yet, be the first; log in to comment
    ("hi", "इस लेख पर अभी कोई टिप्पणी नहीं है। सबसे पहले अपनी प्रतिक्रिया लिखें।"),
    ("hi", "अभी तक कोई कमेंट नहीं"),
    ("hi", "कमेंट करने के लिए लॉगिन करें या रजिस्टर करें"),
    ("hi", "टिप्पणी लिखने के लिए साइन इन करें। कृपया शालीन भाषा का प्रयोग करें।"),
    # English (web-common, in every profile)
    ("web-common", "All comments are reviewed by our moderators before publication. Offensive or spam comments "
                   "will not be published."),
    ("web-common", "Please keep the conversation respectful."),
    ("web-common", "No comments yet. Be the first to share your thoughts!"),
    ("web-common", "Log in or register to post a comment."),
    ("hi", "Your comment is awaiting moderation."),
    ("ta", "Please be civil. Abusive comments will be removed."),
    # the other profiles
    ("bn", "পাঠকের মন্তব্য প্রকাশের আগে যাচাই করা হয়। আপত্তিকর বা অশ্লীল মন্তব্য প্রকাশ করা হবে না।"),
    ("bn", "এখনও কোনো মন্তব্য নেই। প্রথম মন্তব্যটি আপনিই করুন।"),
    ("bn", "মন্তব্য করতে লগ ইন করুন"),
    ("gu", "ટિપ્પણીઓ ચકાસણી બાદ જ પ્રકાશિત થાય છે. અભદ્ર કે અશ્લીલ ટિપ્પણીઓ પ્રકાશિત કરવામાં આવશે નહીં."),
    ("gu", "હજુ સુધી કોઈ ટિપ્પણી નથી. સૌથી પહેલાં તમારી પ્રતિક્રિયા આપો."),
    ("gu", "કોમેન્ટ કરવા માટે લોગિન કરો"),
    ("mr", "टिप्पणी प्रकाशित होण्यापूर्वी छाननी केली जाते. कृपया असभ्य भाषा टाळा."),
    ("mr", "अद्याप एकही टिप्पणी नाही. पहिली प्रतिक्रिया तुमची नोंदवा."),
    ("mr", "प्रतिक्रिया देण्यासाठी लॉगिन करा"),
    ("ur", "تبصرے ماڈریشن کے بعد ہی شائع کیے جاتے ہیں۔ نازیبا یا توہین آمیز تبصرے شائع نہیں کیے جائیں گے۔"),
    ("ur", "ابھی تک کوئی تبصرہ نہیں۔ سب سے پہلے اپنی رائے دیں۔"),
    ("ur", "تبصرہ کرنے کے لیے لاگ ان کریں"),
    ("te", "వ్యాఖ్యలు పరిశీలన తర్వాత మాత్రమే ప్రచురించబడతాయి. అభ్యంతరకరమైన వ్యాఖ్యలు తొలగించబడతాయి."),
    ("te", "ఇంకా వ్యాఖ్యలు లేవు. మొదటి వ్యాఖ్య మీదే కావచ్చు."),
    ("te", "కామెంట్ చేయడానికి లాగిన్ అవ్వండి"),
    ("ta", "வாசகர் கருத்துகள் பரிசீலனைக்குப் பின்னரே வெளியிடப்படும். ஆபாசமான அல்லது இழிவான சொற்கள் கொண்ட கருத்துகள் "
           "நீக்கப்படும்."),
    ("ta", "இதுவரை கருத்துகள் இல்லை. நீங்களே முதல் கருத்தைப் பதிவிடுங்கள்."),
    ("ta", "கருத்து தெரிவிக்க உள்நுழையவும்"),
    ("kn", "ಕಾಮೆಂಟ್‌ಗಳು ಪರಿಶೀಲನೆಯ ನಂತರ ಪ್ರಕಟವಾಗುತ್ತವೆ. ಅಸಭ್ಯ ಅಥವಾ ಆಕ್ಷೇಪಾರ್ಹ ಪ್ರತಿಕ್ರಿಯೆಗಳನ್ನು ಪ್ರಕಟಿಸಲಾಗುವುದಿಲ್ಲ."),
    ("kn", "ಇನ್ನೂ ಯಾವುದೇ ಪ್ರತಿಕ್ರಿಯೆಗಳು ಇಲ್ಲ. ಮೊದಲ ಪ್ರತಿಕ್ರಿಯೆ ನಿಮ್ಮದಾಗಲಿ."),
    ("kn", "ಪ್ರತಿಕ್ರಿಯೆ ನೀಡಲು ಲಾಗಿನ್ ಮಾಡಿ"),
    ("ml", "അഭിപ്രായങ്ങൾ മോഡറേഷനു ശേഷം മാത്രമേ പ്രസിദ്ധീകരിക്കൂ. അസഭ്യവും അധിക്ഷേപകരവുമായ ഭാഷ ഒഴിവാക്കുക."),
    ("ml", "ഇതുവരെ കമന്റുകളില്ല. ആദ്യ കമന്റ് നിങ്ങളുടേതാവട്ടെ."),
    ("ml", "അഭിപ്രായം രേഖപ്പെടുത്താൻ ലോഗിൻ ചെയ്യുക"),
    ("or", "ମନ୍ତବ୍ୟ ଯାଞ୍ଚ ପରେ ପ୍ରକାଶିତ ହେବ। ଅଶ୍ଳୀଳ ବା ଆପତ୍ତିଜନକ ମନ୍ତବ୍ୟ ପ୍ରକାଶିତ ହେବ ନାହିଁ।"),
    ("or", "ଏପର୍ଯ୍ୟନ୍ତ କୌଣସି ମନ୍ତବ୍ୟ ନାହିଁ। ପ୍ରଥମ ମନ୍ତବ୍ୟ ଆପଣ ଦିଅନ୍ତୁ।"),
    ("or", "ମନ୍ତବ୍ୟ ଦେବା ପାଇଁ ଲଗଇନ କରନ୍ତୁ"),
    ("pa", "ਟਿੱਪਣੀਆਂ ਜਾਂਚ ਤੋਂ ਬਾਅਦ ਹੀ ਪ੍ਰਕਾਸ਼ਿਤ ਹੁੰਦੀਆਂ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਅਸ਼ਲੀਲ ਸ਼ਬਦਾਂ ਦੀ ਵਰਤੋਂ ਨਾ ਕਰੋ।"),
    ("pa", "ਅਜੇ ਤੱਕ ਕੋਈ ਟਿੱਪਣੀ ਨਹੀਂ ਹੈ। ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੀ ਟਿੱਪਣੀ ਲਿਖੋ।"),
    ("pa", "ਟਿੱਪਣੀ ਕਰਨ ਲਈ ਲੌਗਇਨ ਕਰੋ"),
    ("ne", "टिप्पणीहरू मोडरेसनपछि मात्र प्रकाशित हुनेछन्। कृपया अशिष्ट भाषाको प्रयोग नगर्नुहोस्।"),
    ("ne", "अहिलेसम्म कुनै टिप्पणी छैन। पहिलो टिप्पणी तपाईं गर्नुहोस्।"),
    ("ne", "प्रतिक्रिया दिन लगइन गर्नुहोस्"),
]
KEPT = [
    # news about moderation, abusive posts or an official's comment: an agent, a reported speech, another predicate
    ("hi", "सोशल मीडिया कंपनियों को आपत्तिजनक टिप्पणियां 24 घंटे में हटानी होंगी।"),
    ("hi", "मंत्रालय ने कहा कि अभद्र टिप्पणियां हटा दी जाएंगी।"),
    ("hi", "इस मामले पर अभी तक कोई प्रतिक्रिया नहीं आई है।"),
    ("hi", "अभी तक कोई टिप्पणी नहीं आई है।"),
    ("hi", "कंपनी ने इस खबर पर अभी कोई टिप्पणी नहीं की है।"),
    ("hi", "विधानसभा अध्यक्ष ने सदस्यों से असंसदीय भाषा का प्रयोग न करने की अपील की।"),
    ("hi", "अदालत ने कहा कि मामले पर की गई टिप्पणियां प्रकाशित नहीं की जाएंगी।"),
    ("web-common", "The court said comments on the case will not be published."),
    ("web-common", "Platforms must remove abusive comments within 24 hours under the new rules."),
    ("web-common", "No comments were made by the minister after the meeting."),
    ("web-common", "The spokesperson declined to comment."),
    ("bn", "সামাজিক মাধ্যমে আপত্তিকর মন্তব্যের অভিযোগে এক যুবককে গ্রেপ্তার করেছে পুলিশ।"),
    ("bn", "মন্ত্রী এ বিষয়ে কোনো মন্তব্য করতে রাজি হননি।"),
    ("gu", "સોશિયલ મીડિયા પર વાંધાજનક ટિપ્પણી કરનાર યુવકની પોલીસે ધરપકડ કરી."),
    ("mr", "समाजमाध्यमांवरील आक्षेपार्ह टिप्पणी प्रकरणी पोलिसांनी गुन्हा दाखल केला."),
    ("ur", "عدالت نے کہا کہ مقدمے پر تبصرے شائع نہیں کیے جائیں گے۔"),
    ("te", "సామాజిక మాధ్యమాల్లో అభ్యంతరకరమైన వ్యాఖ్యలు చేసిన వ్యక్తిపై పోలీసులు కేసు నమోదు చేశారు."),
    ("ta", "சமூக வலைதளங்களில் அவதூறான கருத்துகளைப் பதிவிட்டவர் மீது காவல்துறை வழக்குப் பதிவு செய்தது."),
    ("kn", "ಸಾಮಾಜಿಕ ಜಾಲತಾಣದಲ್ಲಿ ಅವಹೇಳನಕಾರಿ ಪ್ರತಿಕ್ರಿಯೆ ನೀಡಿದ ವ್ಯಕ್ತಿಯನ್ನು ಪೊಲೀಸರು ಬಂಧಿಸಿದ್ದಾರೆ."),
    ("ml", "സമൂഹമാധ്യമങ്ങളിലെ അധിക്ഷേപകരമായ കമന്റുകൾക്കെതിരെ പൊലീസ് കേസെടുത്തു."),
    ("or", "ସାମାଜିକ ଗଣମାଧ୍ୟମରେ ଆପତ୍ତିଜନକ ମନ୍ତବ୍ୟ ପାଇଁ ପୋଲିସ ମାମଲା ରୁଜୁ କରିଛି।"),
    ("pa", "ਸੋਸ਼ਲ ਮੀਡੀਆ ਉੱਤੇ ਇਤਰਾਜ਼ਯੋਗ ਟਿੱਪਣੀਆਂ ਕਰਨ ਵਾਲੇ ਨੌਜਵਾਨ ਨੂੰ ਪੁਲਿਸ ਨੇ ਗ੍ਰਿਫ਼ਤਾਰ ਕੀਤਾ।"),
    ("ne", "हालसम्म कुनै प्रतिक्रिया आएको छैन।"),
    ("ne", "सामाजिक सञ्जालमा अभद्र टिप्पणी गर्ने व्यक्तिलाई प्रहरीले पक्राउ गरेको छ।"),
]

test_each_comment_line_is_removed, test_a_story_line_about_comments_is_kept = chrome_form_tests(
    None, [(p, line, "comment_form") for p, line in CHROME], KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    for prof, line in KEPT:
        if prof == "hi":
            assert_kept_between(prof, PARAGRAPH, [line])


def test_a_policy_line_goes_whole_between_paragraphs() -> None:
    prof = load_profile("hi")
    line = "कृपया अभद्र भाषा का इस्तेमाल न करें। टिप्पणियां मॉडरेशन के बाद ही प्रकाशित की जाती हैं।"
    out = clean_lines([PARAGRAPH, line, PARAGRAPH], prof, cuts={})
    assert out == [None, "comment_form", None]


def test_a_paragraph_ending_in_a_policy_sentence_is_kept_whole() -> None:
    # the line is the story's (a sentence of it before the policy): not removed, and comment_form is not cut from an
    # edge
    prof = load_profile("hi")
    line = PARAGRAPH + " टिप्पणियां मॉडरेशन के बाद प्रकाशित होंगी।"
    cuts: dict[int, list[tuple[str, str]]] = {}
    lines = [PARAGRAPH, line, PARAGRAPH]
    out = clean_lines(lines, prof, cuts=cuts)
    assert out[1] is None
    assert 1 not in cuts
    assert lines[1] == line
