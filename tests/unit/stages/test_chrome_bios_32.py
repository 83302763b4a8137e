"""Issue 13, session 32: the author box's bio, read past its first sentence. The session-30 bio patterns read the first
sentence (a journalist's role with the copula, or the beat) and then needed the line to end or to hold a beat verb; a
bio goes on with one or two free sentences (experience, studies, a series the reporter wrote), and those lines stayed.
The session-32 patterns read the first sentence's shape and let the line go on, with three guards: nothing of a story
in the line (an agent "ने", a speech verb, an event, the past tense of an obituary), a first sentence that opens with a
name and points at no event (no pronoun, no quantifier, no demonstrative), and a word of journalism in the line. Also
the author box's name line with a correspondent's title (hi, ne).

Every line here is written for this test."""

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("जयपुर : राज्य सरकार ने गुरुवार को नई खेल नीति को मंजूरी दी, जिसके तहत हर जिले में एक आधुनिक स्टेडियम बनाया "
             "जाएगा। खेल मंत्री ने बताया कि पहले चरण में बारह जिलों को चुना गया है।")

CHROME = [
    # the role with the copula, then more of the bio
    ("hi", "मीनाक्षी राठौर नगर ज्योति में बिज़नेस डेस्क की सीनियर कॉरेस्पॉन्डेंट हैं। शेयर बाजार, बैंकिंग और स्टार्टअप "
           "की दुनिया पर उनकी खास पकड़ है।"),
    ("hi", "विवेक सोलंकी जनमत भारती के अजमेर संवाददाता हैं। जमीन, खनन और नगर परिषद के मामलों पर उनकी कई रिपोर्ट चर्चा "
           "में रही हैं।"),
    ("hi", "हर्ष वर्धन कोलकाता स्थित स्वतंत्र फोटो पत्रकार हैं। उनकी तस्वीरें पूर्वी भारत के मछुआरा समुदायों पर केंद्रित हैं।"),
    ("hi", "खेल संवाददाता। हॉकी और एथलेटिक्स उनकी रिपोर्टिंग के मुख्य विषय हैं।"),
    # a researcher's or a scholar's bio with the writing verb or the column's views note
    ("hi", "नंदिनी घोष पुणे स्थित शोधकर्ता हैं और जल नीति पर काम करती हैं। इस लेख में व्यक्त विचार उनके निजी हैं।"),
    ("hi", "आचार्य देवेंद्र शास्त्री वेद और उपनिषद साहित्य के अध्येता हैं। पर्व-त्योहारों और संस्कारों पर लिखते हैं।"),
    # the beat first, then more of the bio
    ("hi", "कविता बघेल रायपुर से आदिवासी इलाकों, वन अधिकार और खनन से जुड़ी खबरें कवर करती हैं। पत्रकारिता में आने से "
           "पहले उन्होंने समाजशास्त्र में एमए किया।"),
    ("hi", "पिछले दस वर्षों से हाईकोर्ट और जिला अदालतों पर रिपोर्टिंग कर रहे हैं। इससे पहले वे एक साप्ताहिक अखबार में "
           "काम कर चुके हैं।"),
    ("hi", "नगर निगम, परिवहन और शहरी विकास से जुड़ी खबरों पर पैनी नजर रखती हैं। स्मार्ट सिटी पर उनकी श्रृंखला पाठकों "
           "में लोकप्रिय रही है।"),
    ("hi", "अमन त्यागी सहारनपुर और शामली क्षेत्र से लोक आवाज़ के लिए रिपोर्टिंग करते हैं। गन्ना किसानों के मुद्दे उनकी "
           "रुचि के विषय हैं।"),
    ("hi", "गौरव राणा खेल प्रहरी में कुश्ती और मुक्केबाजी की कवरेज करते हैं। वह पिछले चार सीजन से प्रो रेसलिंग लीग को "
           "रिंग के किनारे से देख रहे हैं।"),
    # writing on a list of topics, then more of the bio
    ("hi", "रेखा चौधरी आगरा ब्यूरो में पर्यटन और विरासत के मामलों पर लिखती हैं। ताजमहल के आसपास के बाजारों पर उनकी "
           "श्रृंखला खूब पढ़ी गई।"),
    # the author box's name line
    ("hi", "अजय कुमार पाठक मुख्य संवाददाता"),
    ("hi", "नेहा कुलकर्णी प्रिंसिपल कॉरेस्पॉन्डेंट"),
    ("ne", "सुरेश अधिकारी राजनीतिक संवाददाता"),
    ("ne", "विना थापा वरिष्ठ संवाददाता"),
]

KEPT = [
    # news about a journalist: an agent, speech, an event, a death, the past tense
    ("hi", "वरिष्ठ पत्रकार रमेश सिंह ने कहा कि प्रेस की आज़ादी पर हमला बर्दाश्त नहीं किया जाएगा। उन्होंने सरकार से जांच "
           "की मांग की।"),
    ("hi", "शोधकर्ता सुमेधा राव ने बताया कि गिग कामगारों की आय पिछले दो वर्षों में घटी है। उनकी रिपोर्ट जल्द प्रकाशित "
           "होगी।"),
    ("hi", "वे 30 वर्षों से खेल पत्रकारिता से जुड़े थे। क्रिकेट और हॉकी पर उनकी रिपोर्ट याद की जाती हैं।"),
    ("hi", "मनोज वर्मा दैनिक अखबार के संवाददाता हैं और बुधवार रात उन पर हमला हुआ। पुलिस जांच कर रही है।"),
    ("hi", "सुनील यादव जिले के वरिष्ठ पत्रकार हैं। उनके अनुसार बाढ़ से सौ से अधिक गांव प्रभावित हुए हैं।"),
    ("hi", "विनोद शुक्ला क्षेत्रीय अखबार के संवाददाता थे। उनकी मौत से पत्रकार जगत में शोक है।"),
    # a reporter's sentence that points at its event, or a pronoun or a quantifier first
    ("hi", "देश-विदेश के पांच सौ पत्रकार इस सम्मेलन को कवर कर रहे हैं। सुरक्षा के कड़े इंतजाम किए गए हैं।"),
    ("hi", "कई टीवी चैनल मौके से लाइव रिपोर्टिंग कर रहे हैं। प्रशासन ने इलाके को घेर लिया है।"),
    ("hi", "वह अखबार के लिए लिखती हैं। खबरों की दुनिया उन्हें बचपन से पसंद है।"),
    # a line with no word of journalism: an insurance plan, a writer of books
    ("hi", "ये प्लान कैंसर, हार्ट अटैक और किडनी फेल होने जैसी बीमारियों को कवर करते हैं। प्रीमियम उम्र के हिसाब से तय होता है।"),
    ("hi", "अरुंधति सेन राजनीति और पर्यावरण पर लिखती हैं। उनकी नई किताब अगले महीने आएगी।"),
    ("hi", "रमेश सिंह वरिष्ठ पत्रकार हैं।"),
    # an encyclopedia's gloss: a role with no copula before "और"
    ("hi", "सुरेंद्र प्रताप, भारतीय पत्रकार और लेखक"),
    ("hi", "अमित मेहरा एक भारतीय पत्रकार हैं। वे एक हिंदी समाचार चैनल में संपादक रह चुके हैं।"),
    ("hi", "सुधीर नागर जाने-माने खेल पत्रकार हैं और क्रिकेट पर कई किताबें लिख चुके हैं।"),
    # a name line with a postposition or a verb
    ("hi", "हादसे में घायल संवाददाता"),
    ("hi", "भाजपा में शामिल हुए वरिष्ठ संवाददाता"),
    ("ne", "बस दुर्घटनामा घाइते संवाददाता"),
    ("ne", "काठमाडौंमा कार्यरत विशेष संवाददाता"),
    ("ne", "सुरेश अधिकारी संवाददाता भए"),
]

test_each_bio_is_removed, test_a_story_about_a_journalist_is_kept = chrome_form_tests(
    None, [(p, line, "byline") for p, line in CHROME], KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    assert_kept_between("hi", PARAGRAPH, [line for prof, line in KEPT if prof == "hi"])
