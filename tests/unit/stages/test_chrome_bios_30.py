"""Issue 13, session 30: an author bio below the story, as a category in every profile (reason ``byline``, like the
about-the-author boxes): a first sentence naming a journalist's role with the copula ("X is a senior correspondent at
Y", or the role alone: "Senior correspondent.") and, in the same line, the beat or the experience ("covers …", "writes
on …", "N years in journalism"); in Hindi also a line that is nothing but the beat. Each comes with a news sentence on
a close topic, which stays: a story about a journalist (an arrest, an award, a death, reported speech) or a writer.
Bios are never cut from the edge of a paragraph (byline is no PART_REASONS category).

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import PART_REASONS, clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("भोपाल : शहर के नए बस अड्डे का काम तय समय से दो महीने पीछे चल रहा है और ठेकेदार को नोटिस भेजा गया है। "
             "नगर निगम ने अगले हफ्ते तक रिपोर्ट मांगी है।")

CHROME = [
    # Hindi: the role with the copula, then the beat or the experience
    ("hi", "सुमन वर्मा नगर दर्पण में वरिष्ठ संवाददाता हैं और इंदौर से शिक्षा और स्वास्थ्य से जुड़ी खबरें कवर करती हैं।"),
    ("hi", "राकेश यादव लोकस्वर के भोपाल ब्यूरो प्रमुख हैं। पिछले 14 वर्षों से प्रदेश की राजनीति पर लिख रहे हैं।"),
    ("hi", "खेल डेस्क पर सब-एडिटर हैं। क्रिकेट और फुटबॉल पर लिखते हैं। पत्रकारिता में सात साल का अनुभव है।"),
    ("hi", "वरिष्ठ संवाददाता। नगर निगम और परिवहन से जुड़ी खबरें कवर करते हैं।"),
    ("hi", "नीरज पाल जनवाणी के आगरा ब्यूरो से जुड़े हैं और अपराध की रिपोर्टिंग करते हैं।"),
    # Hindi: a line that is nothing but the beat
    ("hi", "बैंकिंग, बीमा और शेयर बाजार पर लिखती हैं। बिजनेस पत्रकारिता में 8 साल का अनुभव है।"),
    ("hi", "मनोज तिवारी ग्वालियर से पुलिस, अदालत और जेल से जुड़ी खबरें कवर करते हैं।"),
    # English (web-common, in every profile)
    ("web-common", "Anita Rao is a senior correspondent at The Daily Ledger. She covers urban transport and housing."),
    ("web-common", "R. Menon is the paper's Kochi bureau chief and writes about fisheries and coastal politics."),
    ("hi", "Vikram Shah is a business reporter with 10 years of experience in journalism."),
    # the other profiles
    ("bn", "অনির্বাণ ঘোষ নগরকথার সিনিয়র রিপোর্টার। পুরসভা ও পরিবহণ নিয়ে লেখেন।"),
    ("bn", "স্বাস্থ্য বিষয়ক সাংবাদিক। এক দশক ধরে জেলার হাসপাতালের খবর করছেন।"),
    ("gu", "મિતેશ જોશી લોકવાણીના વડોદરા બ્યુરો ચીફ છે. તેઓ શિક્ષણ અને આરોગ્ય પર રિપોર્ટિંગ કરે છે."),
    ("gu", "હેતલ દવે ખેતી, હવામાન અને બજાર વિષયક સમાચાર લખે છે."),
    ("mr", "अमोल जाधव हे जनमतच्या कोल्हापूर आवृत्तीत वरिष्ठ प्रतिनिधी असून शेती आणि सहकार क्षेत्राचे वार्तांकन करतात."),
    ("ur", "نعمان احمد روزنامہ صدا کے کراچی بیورو سے وابستہ ہیں اور تعلیم کی رپورٹنگ کرتے ہیں۔"),
    ("te", "ఎం. రమేశ్ ప్రజావాణిలో సీనియర్ రిపోర్టర్. విద్య, వైద్యం అంశాలపై వార్తలు రాస్తున్నారు."),
    ("ta", "க. செல்வம், தினமலர்ச்சி கோவைப் பதிப்பின் மூத்த செய்தியாளர். விவசாயம் தொடர்பான செய்திகளை எழுதி வருகிறார்."),
    ("kn", "ಪ್ರಕಾಶ್ ಹೆಗಡೆ ಜನವಾಣಿಯ ಮೈಸೂರು ಬ್ಯೂರೋ ಮುಖ್ಯಸ್ಥರು. ಶಿಕ್ಷಣ ಮತ್ತು ಆರೋಗ್ಯ ಕುರಿತು ವರದಿ ಮಾಡುತ್ತಾರೆ."),
    ("ml", "ജനശബ്ദത്തിൽ സീനിയർ ലേഖകൻ. തൃശൂർ സ്വദേശി. ആരോഗ്യവും വിദ്യാഭ്യാസവും റിപ്പോർട്ട് ചെയ്യുന്നു."),
    ("or", "ସୁଶାନ୍ତ ମହାନ୍ତି ଜନବାଣୀର ବରିଷ୍ଠ ସମ୍ବାଦଦାତା। ଶିକ୍ଷା ଓ ସ୍ୱାସ୍ଥ୍ୟ ବିଷୟରେ ରିପୋର୍ଟିଂ କରନ୍ତି।"),
    ("pa", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਲੋਕ ਆਵਾਜ਼ ਦੇ ਸੀਨੀਅਰ ਪੱਤਰਕਾਰ ਹਨ ਅਤੇ ਖੇਤੀਬਾੜੀ ਦੀ ਕਵਰੇਜ ਕਰਦੇ ਹਨ।"),
    ("ne", "रमेश अधिकारी जनस्वरका पोखरा संवाददाता हुन्। उनी पर्यटन र कृषिका विषयमा रिपोर्टिङ गर्छन्।"),
    ("hi-Latn", "Rahul Verma Nagar Times mein senior correspondent hain aur crime par likhte hain."),
]
KEPT = [
    # news about a journalist: an agent, an arrest, a death, an award, reported speech
    ("hi", "पुलिस ने वरिष्ठ पत्रकार रमेश सिंह को गिरफ्तार किया, वे पिछले दस साल से खनन माफिया पर लिखते रहे हैं।"),
    ("hi", "रमेश सिंह वरिष्ठ पत्रकार हैं। उन्होंने कहा कि वे खनन पर रिपोर्टिंग करते रहेंगे।"),
    ("hi", "वरिष्ठ पत्रकार सुधीर मिश्रा का रविवार को निधन हो गया।"),
    ("hi", "संवाददाता ने बताया कि पुल का काम अधूरा है।"),
    ("hi", "राज्य सरकार ग्रामीण पत्रकारों के लिए बीमा योजना लाएगी।"),
    # a writer, not a staff bio
    ("hi", "वह आदिवासी बोलियों पर लिखते हैं।"),
    ("hi", "प्रसिद्ध कवि अब बच्चों के लिए भी कहानियां लिख रहे हैं।"),
    ("web-common", "The reporter said the bridge had been closed since March."),
    ("web-common", "Jane Doe, a correspondent who covers the courts, was arrested on Monday."),
    ("web-common", "Police detained a journalist who has covered mining for a decade."),
    ("bn", "পুলিশ জানিয়েছে, ওই সাংবাদিককে গ্রেপ্তার করা হয়েছে।"),
    ("bn", "প্রবীণ সাংবাদিক। তিনি বলেন, গত দশ বছর ধরে এই সমস্যা চলছে।"),
    ("gu", "પોલીસે સ્થાનિક પત્રકારની ધરપકડ કરી હોવાનું જણાવ્યું."),
    ("mr", "ज्येष्ठ पत्रकार सुधीर पाटील यांचे निधन झाले."),
    ("ur", "پولیس نے مقامی صحافی کو گرفتار کر لیا۔"),
    ("te", "సీనియర్ జర్నలిస్టుపై దాడి చేసిన వ్యక్తిని పోలీసులు అరెస్ట్ చేశారు."),
    ("ta", "மூத்த பத்திரிகையாளர் மீது தாக்குதல் நடத்தியவர் கைது செய்யப்பட்டார்."),
    ("kn", "ಹಿರಿಯ ಪತ್ರಕರ್ತರೊಬ್ಬರ ಮೇಲೆ ಹಲ್ಲೆ ನಡೆಸಿದ ಆರೋಪಿಯನ್ನು ಪೊಲೀಸರು ಬಂಧಿಸಿದ್ದಾರೆ."),
    ("ml", "മുതിർന്ന പത്രപ്രവർത്തകൻ അന്തരിച്ചു."),
    ("or", "ବରିଷ୍ଠ ସାମ୍ବାଦିକଙ୍କ ଉପରେ ଆକ୍ରମଣ ମାମଲାରେ ପୋଲିସ ଜଣେ ଅଭିଯୁକ୍ତଙ୍କୁ ଗିରଫ କରିଛି।"),
    ("pa", "ਪੁਲਿਸ ਨੇ ਸੀਨੀਅਰ ਪੱਤਰਕਾਰ ਉੱਤੇ ਹਮਲਾ ਕਰਨ ਵਾਲੇ ਨੌਜਵਾਨ ਨੂੰ ਗ੍ਰਿਫ਼ਤਾਰ ਕੀਤਾ।"),
    ("ne", "प्रहरीले स्थानीय पत्रकारलाई पक्राउ गरेको छ।"),
    ("hi-Latn", "Police ne senior patrakar ko giraftar kiya."),
]

test_each_bio_is_removed, test_a_story_about_a_journalist_is_kept = chrome_form_tests(
    None, [(p, line, "byline") for p, line in CHROME], KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    assert_kept_between("hi", PARAGRAPH, [line for prof, line in KEPT if prof == "hi"])


def test_a_bio_goes_whole_between_paragraphs() -> None:
    prof = load_profile("hi")
    line = CHROME[0][1]
    out = clean_lines([PARAGRAPH, line, PARAGRAPH], prof, cuts={})
    assert out == [None, "byline", None]


def test_a_paragraph_ending_in_a_bio_is_kept_whole() -> None:
    # a bio glued after a sentence of the story is not cut from the line's edge (byline is no part category), and the
    # line is the story's: not removed
    assert "byline" not in PART_REASONS
    prof = load_profile("hi")
    line = PARAGRAPH + " " + CHROME[0][1]
    cuts: dict[int, list[tuple[str, str]]] = {}
    lines = [PARAGRAPH, line, PARAGRAPH]
    out = clean_lines(lines, prof, cuts=cuts)
    assert out[1] is None
    assert 1 not in cuts
    assert lines[1] == line
