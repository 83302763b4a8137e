"""Issue 13, session 33: the site's or the writer's own pitches to the reader, written as a sentence. The page or
section to see "for more such news" (hi, mr), the newsletter to subscribe to "for such reports" and the paid
subscription (hi), a subscriber's or reader's note under its label (hi, `disclaimer`), the app call with notifications
kept on and what the channel brings "straight to your mobile" (hi, mr), a supplement's e-paper note and the premium
membership with its trial price and cancel note (mr), the channel call with a long lead and the news straight to your
phone (gu), the news "now on WhatsApp too" (ur). A story's sentence on the same subject stays: reported speech, a public
body's page, app or channel, an IPO subscribed to, a department visited.

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("भोपाल : नगर निगम ने शनिवार को शहर के बारह वार्डों में नई पाइपलाइन बिछाने का काम शुरू किया। अधिकारियों ने "
             "बताया कि काम अगले तीन महीने में पूरा होगा।")

CHROME = [
    # hi: the page or section for more such news
    ("hi", "ऐसी ही और खबरों के लिए नगर दर्पण का चुनाव पेज देखें", "promo"),
    ("hi", "खेती-किसानी की और ख़बरों के लिए ग्राम संवाद का 'खेत-खलिहान' सेक्शन देखें, जहाँ हम हर सोमवार मंडी भाव भी देते "
           "हैं।", "promo"),
    ("hi", "ऐसे ही और लेखों के लिए हमारा सेहत पन्ना पढ़ते रहें।", "promo"),
    # hi: the newsletter by name for such reports, the call opening its sentence, the paid subscription
    ("hi", "ऐसी ही पड़ताल भरी रिपोर्ट्स के लिए गांव डायरी को मुफ़्त में सब्सक्राइब करें और इसे अपने दोस्तों तक पहुंचाएं।",
     "promo"),
    ("hi", "ऐसी और कहानियों के लिए पगडंडी को सब्सक्राइब कीजिए — हर शुक्रवार एक नई कहानी, सीधे आपके ईमेल में।", "promo"),
    ("hi", "पगडंडी को सब्सक्राइब करें ताकि अगली यात्रा भी मुमकिन हो सके।", "promo"),
    ("hi", "पूरा विश्लेषण पढ़ने के लिए गांव डायरी का पेड सब्सक्रिप्शन लीजिए।", "promo"),
    ("hi", "अगर आपको यह रिपोर्ट पसंद आई हो तो इसे अपने गांव के व्हाट्सऐप ग्रुप में भेजिए।", "promo"),
    # hi: the app call with notifications on, what the channel brings
    ("hi", "इंदौर के हर अपडेट के लिए मालवा समाचार ऐप डाउनलोड करें और नोटिफिकेशन ऑन रखें।", "promo"),
    ("hi", "ताज़ा खबरें सीधे आपके मोबाइल पर मिलेंगी।", "promo"),
    # hi: the subscribers' or readers' note
    ("hi", "पेड सब्सक्राइबर्स के लिए: इस पोस्ट के साथ मैंने सर्वे की पूरी तालिका भी जोड़ी है। बुधवार को आपके इनबॉक्स में।",
     "disclaimer"),
    ("hi", "पाठकों के लिए: यह रिपोर्ट सभी के लिए खुली है। इसका खर्च गांव डायरी के पेड सब्सक्राइबर्स ने उठाया है।",
     "disclaimer"),
    # mr: the section, the app with notifications, the channel's promise, the supplement, the premium pitch
    ("mr", "अशाच आणखी बातम्यांसाठी नगर वार्ताचे ‘शहर’ पान पाहा.", "promo"),
    ("mr", "क्रिकेटच्या सर्व ताज्या घडामोडींसाठी सह्याद्री दर्पणचा खेळ विभाग नक्की वाचा.", "promo"),
    ("mr", "शिक्षणविषयक ताज्या माहितीसाठी नगर वार्ताच्या ‘शाळा-कॉलेज’ विभागाला नियमित भेट द्या.", "promo"),
    ("mr", "पुणे शहराच्या प्रत्येक अपडेटसाठी नगर वार्ता ॲप डाउनलोड करा आणि नोटिफिकेशन चालू ठेवा.", "promo"),
    ("mr", "ताज्या बातम्या थेट तुमच्या मोबाईलवर मिळतील.", "promo"),
    ("mr", "दर रविवारी प्रसिद्ध होणारी ‘चतुरंग’ पुरवणी ई-पेपरमध्येही वाचता येईल.", "promo"),
    ("mr", "जाहिरातमुक्त वाचनासाठी सह्याद्री दर्पण प्रीमियमचे सदस्य व्हा.", "promo"),
    ("mr", "पहिल्या महिन्यासाठी फक्त ₹९ मध्ये सर्व प्रीमियम लेख वाचा.", "promo"),
    ("mr", "सदस्यत्व कधीही रद्द करता येईल.", "promo"),
    ("mr", "ब्रेकिंग बातम्यांचे अलर्ट मिळवा, तेही एकाच क्लिकवर.", "promo"),
    # gu: the channel call with a long lead, the news straight to your phone
    ("gu", "વડોદરા અને મધ્ય ગુજરાતના દરેક મહત્વના સમાચાર સૌથી પહેલાં મેળવવા માટે નગર સમાચારની WhatsApp ચેનલ સાથે જોડાઓ.",
     "promo"),
    ("gu", "શહેરના તાજા સમાચાર અને ખાસ અહેવાલો સીધા તમારા મોબાઇલમાં મેળવો.", "promo"),
    # ur: the news now on WhatsApp too
    ("ur", "شہر نامہ کی تازہ خبریں اب واٹس ایپ پر بھی دستیاب ہیں۔", "promo"),
]

KEPT = [
    # hi: a public body's page or app (the call gates), reported speech, a page named without news
    ("hi", "बाढ़ की ताज़ा खबरों के लिए जिला प्रशासन का फेसबुक पेज देखें।"),
    ("hi", "मौसम की खबरों के लिए आईएमडी का पेज देखें।"),
    ("hi", "अधिकारियों ने कहा कि ताज़ा खबरों के लिए लोग विभाग का पेज देखें।"),
    ("hi", "बच्चों के लिए पुस्तकालय का नया सेक्शन देखें।"),
    ("hi", "ग्रामीणों ने बताया कि पानी की खबरों के लिए वे पंचायत का पेज देखते रहते हैं।"),
    # hi: an IPO or a fund subscribed to, a paid subscription in a story, a liked scheme
    ("hi", "लिस्टिंग गेन के लिए इस IPO को सब्सक्राइब करें या नहीं?"),
    ("hi", "टाटा टेक के आईपीओ को सब्सक्राइब करें, ब्रोकरेज की सलाह"),
    ("hi", "ब्रोकरेज ने लंबी अवधि की रिपोर्ट्स के लिए इस फंड को सब्सक्राइब करने की सलाह दी है।"),
    ("hi", "यूट्यूबर ने कहा कि ऐसी ही वीडियो के लिए उनके चैनल को सब्सक्राइब करें।"),
    ("hi", "कंपनी ने ग्राहकों से पेड सब्सक्रिप्शन लेने को कहा है।"),
    ("hi", "नेटफ्लिक्स का पेड सब्सक्रिप्शन लें या नहीं, यह आपके बजट पर निर्भर है।"),
    ("hi", "अगर आपको यह योजना पसंद आई हो तो आवेदन करें।"),
    # hi: a public body's or the story's farmers' app, alerts that reach the story's people
    ("hi", "बारिश के अलर्ट के लिए मौसम विभाग का ऐप डाउनलोड करें और नोटिफिकेशन ऑन रखें।"),
    ("hi", "मंडी भाव के अपडेट के लिए किसान सुविधा ऐप डाउनलोड करें और नोटिफिकेशन ऑन रखें।"),
    ("hi", "अब ट्रेन की लाइव लोकेशन के अलर्ट सीधे आपके मोबाइल पर मिलेंगे।"),
    ("hi", "रेलवे ने बताया कि यात्रियों को जरूरी अलर्ट सीधे उनके मोबाइल पर मिलेंगे।"),
    # hi: a label that is not the subscribers' or names no post
    ("hi", "पाठकों के लिए: पुस्तक मेला पांच जनवरी से शुरू होगा।"),
    ("hi", "किसानों के लिए: इस योजना का पैसा सीधे खाते में आएगा।"),
    ("hi", "सदस्यों के लिए: इस बैठक में बजट पर चर्चा होगी।"),
    # mr: a department visited or seen, a public body's app or page, reported appeals
    ("mr", "अधिक माहितीसाठी जवळच्या कृषी विभागाला भेट द्या."),
    ("mr", "योजनेच्या माहितीसाठी कृषी विभागाच्या ‘महाडीबीटी’ विभागाला भेट द्या."),
    ("mr", "अधिक माहितीसाठी कृषी विभागाचे पेज पाहा."),
    ("mr", "पूरस्थितीच्या ताज्या माहितीसाठी जिल्हा प्रशासनाच्या फेसबुक पेजला भेट द्या."),
    ("mr", "वाहतुकीच्या अपडेटसाठी मध्य रेल्वेचे अधिकृत ॲप डाउनलोड करा."),
    ("mr", "प्रशासनाने नागरिकांना पावसाच्या अपडेटसाठी ‘सचेत’ ॲप डाउनलोड करण्याचे आवाहन केले."),
    ("mr", "महापालिकेने नागरिकांना तक्रारींसाठी ‘नागरी सेवा’ पोर्टलला भेट देण्याचे आवाहन केले."),
    # mr: a story's alerts, cancellations, premiums and schedules
    ("mr", "या ॲपमुळे शेतकऱ्यांना हवामानाच्या सूचना थेट त्यांच्या मोबाइलवर मिळतील."),
    ("mr", "ग्राहकांना ॲपवरून सदस्यत्व कधीही रद्द करता येईल."),
    ("mr", "विमा कंपनीचा प्रीमियम वेळेत भरा, अन्यथा पॉलिसी रद्द होईल."),
    ("mr", "पहिल्या महिन्यात योजनेसाठी दोन लाख अर्ज आले."),
    ("mr", "सांस्कृतिक विभागाच्या वतीने दर शनिवारी कार्यक्रम होणार आहे."),
    ("mr", "मंडळाचे सदस्य व्हा, असे आवाहन अध्यक्षांनी केले."),
    # gu: a public body's channel, reported speech, the story's people
    ("gu", "સાયબર ફ્રોડના તાજા અપડેટ મેળવવા માટે ગુજરાત પોલીસની વોટ્સએપ ચેનલ ફોલો કરો."),
    ("gu", "ચૂંટણી પંચે કહ્યું, તાજા સમાચાર મેળવવા માટે પંચની વોટ્સએપ ચેનલ ફોલો કરો."),
    ("gu", "ખેડૂતોને હવામાનની માહિતી સીધા તેમના ફોનમાં મળશે."),
    # ur: a service on WhatsApp, reported speech
    ("ur", "بجلی کے بل اب واٹس ایپ پر بھی دستیاب ہیں۔"),
    ("ur", "وزیر نے کہا کہ محکمے کی خبریں اب واٹس ایپ پر بھی دستیاب ہیں۔"),
]

test_each_pitch_is_removed, test_a_story_line_on_the_same_subject_is_kept = chrome_form_tests(None, CHROME, KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    assert_kept_between("hi", PARAGRAPH, [line for prof, line in KEPT if prof == "hi"])


# a pitch of two or three sentences goes whole: the call, then what the channel brings, a supplement's note, or the
# premium membership's trial price and cancel note (each sentence is a rule of its own, so cutting one from the edge
# leaves a line the lexicon removes too)
WHOLE = [
    ("hi", "बारिश के हर अपडेट के लिए मालवा समाचार का WhatsApp चैनल फॉलो करें। जरूरी अलर्ट सीधे आपके मोबाइल पर मिलेंगे।"),
    ("mr", "पावसाच्या प्रत्येक अपडेटसाठी नगर वार्ताचे WhatsApp चॅनल फॉलो करा. महत्त्वाच्या सूचना थेट तुमच्या मोबाइलवर "
           "मिळतील."),
    ("mr", "आरोग्यविषयक ताज्या माहितीसाठी सह्याद्री दर्पणच्या ‘आरोग्यम्’ विभागाला नियमित भेट द्या. दर बुधवारी प्रसिद्ध "
           "होणारी ‘आरोग्यम्’ पुरवणी ई-पेपरमध्येही वाचता येईल."),
    ("mr", "सखोल विश्लेषण, तज्ज्ञांचे स्तंभ आणि जाहिरातमुक्त वाचनासाठी सह्याद्री दर्पण प्लसचे सदस्य व्हा. पहिल्या "
           "महिन्यासाठी फक्त ₹९ मध्ये सर्व प्रीमियम लेख आणि ई-पेपर वाचा. सदस्यत्व कधीही रद्द करता येईल."),
]


def test_a_pitch_of_several_sentences_goes_whole() -> None:
    for prof, line in WHOLE:
        cuts: dict[int, list[tuple[str, str]]] = {}
        out = clean_lines([line], load_profile(prof), structure=False, cuts=cuts)
        assert out[0] == "promo", line
        assert not cuts, line


def test_a_long_pitch_loses_its_closing_call() -> None:
    # a writer's pitch of more than chrome.max_words words is not read whole: its closing call is cut as a part
    line = ("नदी किनारे के गांवों से लौटते हुए हर बार लगता है कि यह कहानी अभी अधूरी है — पानी, खेती, पलायन और स्कूल, सब एक "
            "दूसरे से जुड़े हैं और हर गांव की अपनी अलग मुश्किल है। पगडंडी को मुफ़्त में सब्सक्राइब करें, और अगर हो सके तो "
            "पेड सब्सक्राइबर बनें — अगली यात्रा आपके सहयोग से ही होगी।")
    lines = [line]
    cuts: dict[int, list[tuple[str, str]]] = {}
    out = clean_lines(lines, load_profile("hi"), structure=False, cuts=cuts)
    assert out[0] is None
    assert [r for r, _ in cuts[0]] == ["promo"]
    assert lines[0].endswith("मुश्किल है।")
