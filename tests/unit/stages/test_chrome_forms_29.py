"""Issue 13, session 29: the labels of boxes below the article that the lexicon did not know, as categories in each
profile (``benchmarks/bench_page_lines.py``, TUNE families): most read with a time frame, more of a section, more by
the author, the next and previous story, a reply button and a comment count, a newsletter box's label, WordPress's
"N thoughts on “…”" and a Jetpack related card's 'In "…"'; reply buttons under readers' comments as a reason of
their own (``reply``, formerly ``comment_form`` where a profile had them); cookie notices in the site's voice in the
profiles that had none (te, kn, ta, ml, or, pa, ne); an update time alone on its line ("2 గంటల క్రితం", "2 hours
ago") as a byline, in web-common and the profiles that did not read it. Each comes with a line of a story about
the same thing, which stays.

Every line here is written for this test."""

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("गोरखपुर : पूर्वांचल में बुधवार रात से छाए घने कोहरे के कारण दिल्ली और मुंबई जाने वाली 12 ट्रेनें चार से नौ घंटे "
             "की देरी से चलीं। स्टेशन पर प्रतीक्षालय भर जाने से कई यात्रियों को प्लेटफॉर्म पर ही रात गुजारनी पड़ी।")

CHROME = [
    ("hi", "इस हफ़्ते सबसे ज़्यादा पढ़ी गईं", "related"),
    ("hi", "आज सबसे ज्यादा पढ़े गए", "related"),
    ("hi", "बिज़नेस की और खबरें", "related"),
    ("hi", "वाराणसी से और अच्छी खबरें", "related"),
    ("hi", "लेखक की सभी खबरें पढ़ें", "related"),
    ("hi", "स्तंभकार के सभी लेख", "related"),
    ("hi", "हाल ही के पोस्ट", "related"),
    ("hi", "ये भी ज़रूर पढ़ें", "read_more"),
    ("hi", "सभी एडमिट कार्ड देखें »", "navigation"),
    ("hi", "रिपोर्टर के बारे में", "byline"),
    ("hi", '"फोटो गैलरी" में', "tags"),
    ("hi", "Check Also", "related"),
    ("hi", "2 thoughts on “गोरखपुर में घने कोहरे से 12 ट्रेनें लेट”", "comment_form"),
    ("or", 'In "ଓଡ଼ିଶା"', "tags"),
    ("kn", "ಮುಂದಿನ ಸುದ್ದಿ", "related"),
    ("kn", "ನೀವು ಇದನ್ನೂ ಇಷ್ಟಪಡಬಹುದು", "related"),
    ("ml", "അടുത്ത വാർത്ത", "related"),
    ("te", "తర్వాతి వార్త", "related"),
    ("te", "ఎక్కువ మంది చదివినవి", "related"),
    ("te", "పాఠకుల కామెంట్లు (4)", "comment_form"),
    ("te", "3 వ్యాఖ్యలు", "comment_form"),
    ("ta", "அதிகம் வாசிக்கப்பட்டவை", "related"),
    ("ta", "வாசகர் கருத்துகள் (12)", "comment_form"),
    ("or", "ସର୍ବାଧିକ ପଠିତ", "related"),
    ("or", "ନ୍ୟୁଜଲେଟର", "promo"),
    ("mr", "क्रीडा विभागातील आणखी बातम्या", "related"),
    ("mr", "वाचकांच्या प्रतिक्रिया (5)", "comment_form"),
    ("mr", "उत्तर द्या", "reply"),
    ("ne", "जवाफ दिनुहोस्", "reply"),
    ("gu", "લેખકના બધા લેખ વાંચો", "related"),
    ("bn", "একই লেখকের আরও", "related"),
    # reply buttons under a reader's comment (their own reason: the line above one is the comment, structure.comment)
    ("hi", "जवाब दें", "reply"),
    ("hi", "Reply", "reply"),
    ("te", "ప్రత్యుత్తరం", "reply"),
    ("bn", "উত্তর দিন", "reply"),
    ("ur", "جواب دیں", "reply"),
    ("ta", "பதில் அளிக்க", "reply"),
    # cookie notices in the site's voice, in the profiles that had no such category
    ("te", "ఈ వెబ్‌సైట్ మీకు మెరుగైన అనుభవాన్ని అందించేందుకు మేము కుకీలను ఉపయోగిస్తాము.", "legal"),
    ("kn", "ಈ ಜಾಲತಾಣ ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತದೆ. ಮುಂದುವರಿಸುವ ಮೂಲಕ ನೀವು ಅವುಗಳ ಬಳಕೆಗೆ ಒಪ್ಪುತ್ತೀರಿ.", "legal"),
    ("ta", "இந்த இணையதளம் சிறந்த அனுபவத்திற்காக குக்கீகளைப் பயன்படுத்துகிறது.", "legal"),
    ("ml", "ഈ വെബ്സൈറ്റ് മികച്ച അനുഭവത്തിനായി കുക്കികൾ ഉപയോഗിക്കുന്നു.", "legal"),
    ("or", "ଏହି ୱେବସାଇଟ ଉନ୍ନତ ଅଭିଜ୍ଞତା ପାଇଁ କୁକିଜ ବ୍ୟବହାର କରେ।", "legal"),
    ("pa", "ਇਹ ਵੈੱਬਸਾਈਟ ਬਿਹਤਰ ਅਨੁਭਵ ਲਈ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੀ ਹੈ।", "legal"),
    ("ne", "यो वेबसाइटले राम्रो अनुभवका लागि कुकीज प्रयोग गर्छ।", "legal"),
    # an update time alone on its line, in the profiles that did not read it
    ("te", "2 గంటల క్రితం", "byline"),
    ("ta", "2 நாட்களுக்கு முன்பு", "byline"),
    ("kn", "2 ಗಂಟೆಗಳ ಹಿಂದೆ", "byline"),
    ("ml", "2 മണിക്കൂർ മുമ്പ്", "byline"),
    ("ne", "२ घण्टा अगाडि", "byline"),
    ("or", "୨ ଘଣ୍ଟା ପୂର୍ବରୁ", "byline"),
    ("pa", "3 ਹਫ਼ਤੇ ਪਹਿਲਾਂ", "byline"),
    ("hi", "Updated 5 mins ago", "byline"),
]
KEPT = [
    ("hi", "इस हफ़्ते सबसे ज़्यादा पढ़ी गईं किताबों में प्रेमचंद का उपन्यास पहले स्थान पर रहा।"),
    ("hi", "व्यापारियों ने कहा कि बिज़नेस की और खबरें जल्द आएंगी।"),
    ("hi", "लेखक की सभी खबरें पढ़ने के बाद संपादक ने उन्हें सम्मानित किया।"),
    ("hi", "सभी छात्र परिणाम देखें और अंक पत्र संभाल कर रखें, बोर्ड ने कहा।"),
    ("hi", "रिपोर्टर के बारे में पुलिस ने कोई जानकारी नहीं दी।"),
    ("hi", 'उन्होंने "फोटो गैलरी" में नई तस्वीरें जोड़ने की बात कही।'),
    ("hi", "In 2025 the city got a new bus depot"),
    ("te", "తర్వాతి వార్త కోసం పాఠకులు ఎదురుచూస్తున్నారు."),
    ("ta", "அதிகம் வாசிக்கப்பட்டவை பட்டியலில் இந்த நூல் முதலிடம் பிடித்தது."),
    ("mr", "त्यांनी पत्राला उत्तर द्या असे सांगितले."),
    ("kn", "ಮುಂದಿನ ಸುದ್ದಿ ಗೋಷ್ಠಿ ಸೋಮವಾರ ನಡೆಯಲಿದೆ ಎಂದು ಸಚಿವರು ತಿಳಿಸಿದರು."),
    # news about cookie rules: no "we", no "this website"
    ("te", "యూరోప్‌లో వెబ్‌సైట్లు కుకీలను వాడాలంటే వినియోగదారుల అనుమతి తప్పనిసరి అని కోర్టు తీర్పు ఇచ్చింది."),
    ("kn", "ಕುಕೀಗಳ ಬಳಕೆಗೆ ಬಳಕೆದಾರರ ಒಪ್ಪಿಗೆ ಕಡ್ಡಾಯ ಎಂದು ಯುರೋಪಿಯನ್ ನ್ಯಾಯಾಲಯ ಹೇಳಿದೆ."),
    ("ta", "குக்கீகளைப் பயன்படுத்த பயனர்களின் ஒப்புதல் கட்டாயம் என்று நீதிமன்றம் தீர்ப்பளித்தது."),
    ("ne", "युरोपमा कुकी प्रयोग गर्न प्रयोगकर्ताको सहमति अनिवार्य छ भनी अदालतले भन्यो।"),
    # the time inside a sentence is text
    ("te", "2 గంటల క్రితం వర్షం మొదలైంది."),
    ("hi", "He left the station 2 hours ago."),
]

test_each_label_is_removed_with_its_reason, test_a_story_line_about_it_is_kept = chrome_form_tests(None, CHROME, KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    for prof, line in KEPT:
        if prof == "hi":
            assert_kept_between(prof, PARAGRAPH, [line])
