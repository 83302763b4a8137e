"""Issue 13, session 33: labels of related-story boxes that name a topic, and "more by / more from" calls.

A related box under a story is labelled with its topic and a fixed tail: "प्याज़ की क़ीमतों पर और ख़बरें" (more news on
onion prices), "पाणीपुरवठ्याशी संबंधित बातम्या" (news related to water supply), "शेतकरी योजनांविषयी अधिक"; a recommendation
box "सुझाई गई पोस्ट"; an author box ends in a call "शालिनी रावत की और रिपोर्टें पढ़ें" or "सर्व लेख वाचा". Blind-written TUNE
families kept these labels, and under a short one the box's headlines. The lexicon reads the label's grammar — a topic
phrase, a postposition and the tail, the whole line and no verb — so a headline or a sub-head on the same subject stays.

Every line here is written for this test."""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reasons, clean_lines

REMOVE = [
    # Hindi: more news on a topic, news tied to a topic, more by an author, recommendation boxes, calls
    ("hi", "प्याज़ की क़ीमतों पर और ख़बरें", "related"),
    ("hi", "मानसून पर अन्य रिपोर्टें", "related"),
    ("hi", "मंदिर दर्शन से जुड़ी खबरें", "related"),
    ("hi", "बिजली दरों संबंधी समाचार", "related"),
    ("hi", "अनुराधा मिश्रा के अन्य कॉलम", "related"),
    ("hi", "संबंधित लेख लेखक की और रचनाएं", "related"),
    ("hi", "सुझाई गई पोस्ट", "related"),
    ("hi", "आपके लिए चुनी गई खबरें", "related"),
    ("hi", "हेल्थ वेब स्टोरीज़", "related"),
    ("hi", "समूह की अन्य वेबसाइटों से", "related"),
    ("hi", "टॉप स्टोरी", "related"),
    ("hi", "शालिनी रावत की और रिपोर्टें पढ़ें", "read_more"),
    ("hi", "पूरी पोस्ट पढ़ें", "read_more"),
    ("hi", "पूरी बॉक्स ऑफिस रिपोर्ट देखें", "read_more"),
    ("hi", "सभी लेख पढ़ें", "read_more"),
    # Marathi
    ("mr", "पाणीपुरवठ्याशी संबंधित बातम्या", "related"),
    ("mr", "शेतकरी योजनांविषयी अधिक", "related"),
    ("mr", "शेतीविषयक इतर बातम्या", "related"),
    ("mr", "मान्सूनबद्दल आणखी बातम्या", "related"),
    ("mr", "समूहातील इतर संकेतस्थळांवरून", "related"),
    ("mr", "सुचवलेले लेख", "related"),
    ("mr", "सर्व लेख वाचा", "read_more"),
    ("mr", "प्रज्ञा कुलकर्णी यांचे सर्व लेख वाचा", "read_more"),
    # the same forms in the other profiles
    ("bn", "পেঁয়াজের দাম নিয়ে আরও খবর", "related"),
    ("bn", "বন্যা সংক্রান্ত খবর", "related"),
    ("bn", "সুমাইয়া আক্তারের সব লেখা পড়ুন", "read_more"),
    ("gu", "ડુંગળીના ભાવ અંગે વધુ સમાચાર", "related"),
    ("gu", "ખેતીને લગતા સમાચાર", "related"),
    ("gu", "લેખકના અન્ય લેખ વાંચો", "read_more"),
    ("pa", "ਪਰਾਲੀ ਬਾਰੇ ਹੋਰ ਖ਼ਬਰਾਂ", "related"),
    ("pa", "ਕਿਸਾਨਾਂ ਨਾਲ ਜੁੜੀਆਂ ਖ਼ਬਰਾਂ", "related"),
    ("pa", "ਤੁਹਾਨੂੰ ਇਹ ਵੀ ਪਸੰਦ ਆ ਸਕਦਾ ਹੈ", "related"),
    ("pa", "ਲੇਖਕ ਦੇ ਹੋਰ ਲੇਖ ਪੜ੍ਹੋ", "read_more"),
    ("ta", "வெங்காய விலை தொடர்பான செய்திகள்", "related"),
    ("ta", "தேர்தல் பற்றிய பிற கட்டுரைகள்", "related"),
    ("te", "ఉల్లి ధరల సంబంధిత వార్తలు", "related"),
    ("te", "ఎన్నికలకు సంబంధించిన వార్తలు", "related"),
    ("kn", "ಅಡಿಕೆ ಧಾರಣೆ ಕುರಿತ ಸುದ್ದಿಗಳು", "related"),
    ("ml", "മഴ സംബന്ധിച്ച വാർത്തകൾ", "related"),
    ("or", "ଡେଙ୍ଗୁ ସମ୍ବନ୍ଧୀୟ ଅଧିକ ଖବର", "related"),
    ("ne", "बाढी सम्बन्धी थप समाचार", "related"),
    ("ur", "سیلاب سے متعلق مزید خبریں", "related"),
    ("ur", "شاہد انصاری کی مزید تحریریں پڑھیں", "read_more"),
]

KEEP = [
    # Hindi: sub-heads and headlines on the same subjects, sentences that go on, titles of their own
    ("hi", "किसानों पर असर"),
    ("hi", "आगे क्या"),
    ("hi", "प्याज़ की क़ीमतों पर सरकार का बड़ा फ़ैसला"),
    ("hi", "प्याज़ की क़ीमतों पर और ख़बरें आने की उम्मीद है"),
    ("hi", "चीन पर और प्रतिबंध"),
    ("hi", "मंदिर दर्शन से जुड़ी खबरें झूठी निकलीं, प्रशासन ने दी सफाई"),
    ("hi", "कोरोना से जुड़ी बड़ी खबरें"),
    ("hi", "पर्यावरण से संबंधित लेख"),
    ("hi", "प्रेमचंद की अन्य रचनाएं"),
    ("hi", "चुनी हुई कहानियां"),
    ("hi", "शालिनी रावत की रिपोर्ट पर विभाग ने जांच बैठाई"),
    ("hi", "पूरी रिपोर्ट पढ़ने के बाद समिति ने फैसला लिया।"),
    ("hi", "सभी लेख पढ़ें और अपनी राय दें, संपादक ने पाठकों से कहा।"),
    ("hi", "प्याज़ की क़ीमतें क्यों बढ़ीं"),
    ("hi", "समूह की बैठक में अन्य वेबसाइटों पर चर्चा"),
    # Marathi
    ("mr", "पाणीपुरवठ्यावर परिणाम"),
    ("mr", "पुढे काय?"),
    ("mr", "शेतकरी योजनांसाठी नवी अट"),
    ("mr", "अर्जाविषयी अधिक माहिती"),
    ("mr", "पाणीपुरवठ्याशी संबंधित बातम्या खोट्या असल्याचे महापालिकेचे स्पष्टीकरण"),
    ("mr", "शेतकरी योजनांविषयी अधिक जागरूकता हवी"),
    ("mr", "पर्यावरणाशी संबंधित लेख"),
    ("mr", "सर्व लेख वाचल्यानंतर समितीने अहवाल दिला."),
    # the other profiles
    ("bn", "পেঁয়াজের দাম নিয়ে সরকারের বড় সিদ্ধান্ত"),
    ("bn", "বন্যা সংক্রান্ত খবর ছড়িয়ে পড়তেই আতঙ্ক"),
    ("bn", "জলবায়ু সংক্রান্ত প্রতিবেদন"),
    ("gu", "ડુંગળીના ભાવ અંગે સરકારનો મોટો નિર્ણય"),
    ("gu", "ગાંધીજી વિશે લેખ"),
    ("pa", "ਪਰਾਲੀ ਬਾਰੇ ਸਰਕਾਰ ਦਾ ਵੱਡਾ ਫ਼ੈਸਲਾ"),
    ("pa", "ਪਰਾਲੀ ਸਬੰਧੀ ਲੇਖ"),
    ("ta", "வெங்காய விலை தொடர்பான செய்திகள் பொய் என அரசு விளக்கம்"),
    ("ta", "பாரதியார் பற்றிய கட்டுரைகள்"),
    ("te", "ఎన్నికలకు సంబంధించిన వార్తలు అవాస్తవం"),
    ("kn", "ಕುವೆಂಪು ಕುರಿತ ಲೇಖನಗಳು"),
    ("ml", "മഴ സംബന്ധിച്ച വാർത്തകൾ വ്യാജമെന്ന് പൊലീസ്"),
    ("or", "ଧାନ କିଣା ବିଷୟରେ ସରକାରଙ୍କ ନିଷ୍ପତ୍ତି"),
    ("ne", "सुनको भाउबारे सरकारको निर्णय"),
    ("ur", "پیاز کی قیمتوں پر حکومت کا بڑا فیصلہ"),
    ("ur", "سیلاب سے متعلق خبریں جھوٹی نکلیں"),
    ("hi", "मानसून पर असर"),
    ("hi", "सेहत पर और ध्यान"),
    ("mr", "पाणीपुरवठा विभागाची बैठक"),
    ("bn", "বন্যা নিয়ে আরও সতর্কতা জারি"),
    ("gu", "ખેતીને લગતા નિયમો બદલાયા"),
    ("te", "ఉల్లి ధరలపై ప్రభుత్వ నిర్ణయం"),
    ("kn", "ಅಡಿಕೆ ಧಾರಣೆ ಕುರಿತ ಸುದ್ದಿಗಳು ಸುಳ್ಳು"),
    ("or", "ନିର୍ବାଚନ ସମ୍ପର୍କିତ ଖବର ଭୁଲ ବୋଲି କମିଶନ"),
    ("ne", "निर्वाचनसँग सम्बन्धित लेख"),
]


@pytest.mark.parametrize(("lang", "line", "reason"), REMOVE)
def test_a_topic_label_or_a_call_is_chrome(lang: str, line: str, reason: str) -> None:
    assert chrome_reasons([line], load_profile(lang)) == [reason]


@pytest.mark.parametrize(("lang", "line"), KEEP)
def test_a_headline_or_a_sub_head_on_the_subject_stays(lang: str, line: str) -> None:
    assert chrome_reasons([line], load_profile(lang)) == [None]


def _reasons(lines: list[str], profile: str) -> dict[str, str | None]:
    return dict(zip(lines, clean_lines(list(lines), load_profile(profile)), strict=True))


MENU = ["होम", "देश", "राज्य", "खेती", "मनोरंजन", "बिजनेस", "वीडियो"]
HEADLINE = "प्याज़ की क़ीमतों पर सरकार का बड़ा फ़ैसला, बफ़र स्टॉक से बिक्री दोगुनी होगी"
ARTICLE = [
    "नई दिल्ली : केंद्र सरकार ने मंगलवार को प्याज़ की बढ़ती क़ीमतों पर काबू पाने के लिए बफ़र स्टॉक से खुले बाज़ार में "
    "बिक्री दोगुनी करने का फ़ैसला किया। उपभोक्ता मामलों के मंत्रालय ने बताया कि बड़े शहरों में 35 रुपये किलो पर बिक्री होगी।",
    "किसानों पर असर",
    "लासलगांव मंडी के व्यापारियों का कहना है कि सरकारी बिक्री बढ़ने से मंडी में भाव कुछ दिन दबे रह सकते हैं और किसानों "
    "को अपनी उपज रोककर रखनी पड़ सकती है।",
    "आगे क्या",
    "मंत्रालय के अधिकारियों ने कहा कि अगले महीने नई फसल आने के बाद क़ीमतें अपने आप घटने लगेंगी और तब बफ़र से बिक्री "
    "घटा दी जाएगी।",
]
FOOTER = ["हमें फॉलो करें", "फेसबुक", "ट्विटर", "यूट्यूब", "© 2026 देश दर्पण. सर्वाधिकार सुरक्षित।"]


def test_a_topic_label_opens_a_box_and_the_article_keeps_its_sub_heads() -> None:
    """A short topic label under the story: its headlines go; the story's headline, sub-heads and text stay."""
    box = ["मानसून संबंधी खबरें",
           "नासिक के प्याज़ किसान क्यों कर रहे हैं निर्यात नीति का विरोध",
           "लासलगांव मंडी में प्याज़ के भाव एक दिन में 600 रुपये चढ़े",
           "महंगाई दर: सितंबर में खाने-पीने की चीज़ें कितनी महंगी हुईं"]
    lines = [*MENU, HEADLINE, *ARTICLE, *box, *FOOTER]
    got = _reasons(lines, "hi")
    assert got[box[0]] == "related"
    assert all(got[h] == "structure.headlines" for h in box[1:]), got
    assert all(got[x] is None for x in [HEADLINE, *ARTICLE]), got


def test_a_marathi_topic_label_opens_a_box() -> None:
    headline = "शहराचा पाणीपुरवठा गुरुवारी बंद राहणार, दुरुस्तीच्या कामांमुळे निर्णय"
    article = [
        "पुणे : जलवाहिनीच्या दुरुस्तीच्या कामांमुळे शहराच्या अर्ध्या भागाचा पाणीपुरवठा गुरुवारी दिवसभर बंद राहणार असल्याचे "
        "महापालिकेने जाहीर केले आहे. शुक्रवारी सकाळी कमी दाबाने पाणी येईल, असेही सांगण्यात आले.",
        "पाणीपुरवठ्यावर परिणाम",
        "कोथरूड, वारजे आणि कर्वेनगर भागांत या काळात टँकरने पाणी दिले जाईल, असे पाणीपुरवठा विभागाच्या अधिकाऱ्यांनी "
        "सांगितले. नागरिकांनी पाणी जपून वापरावे, असे आवाहनही करण्यात आले आहे.",
    ]
    box = ["पाणीपुरवठ्याशी संबंधित बातम्या",
           "पिंपरी-चिंचवडमध्येही आठवड्यातून एक दिवस पाणीकपात? महापालिकेचा प्रस्ताव",
           "समाविष्ट गावांना टँकरनेच पाणी; स्वतंत्र जलवाहिनीचे काम रखडले",
           "पुण्याच्या पाणीकोट्यावरून पुन्हा वाद; जलसंपदा विभागाचे पत्र"]
    menu = ["मुख्यपान", "पुणे", "मुंबई", "महाराष्ट्र", "देश", "क्रीडा"]
    footer = ["आमच्याशी संपर्क साधा", "गोपनीयता धोरण", "© 2026 लोकवार्ता. सर्व हक्क राखीव."]
    lines = [*menu, headline, *article, *box, *footer]
    got = _reasons(lines, "mr")
    assert got[box[0]] == "related"
    assert all(got[h] == "structure.headlines" for h in box[1:]), got
    assert all(got[x] is None for x in [headline, *article]), got
