"""Issue 13, session 38: what batch 13's families, TUNE since batch 14's split was fixed, showed missing (f86 ne
Next.js, f88 hi automobile site on Next.js, f90 hi lifestyle magazine on Squarespace), each a category the profiles had
in another wording:

* hi: the comments' moderation note with "appear" for its predicate ("टिप्पणियाँ मॉडरेशन के बाद दिखती हैं।"; session 30's
  rule has "published"); a sign-up box's "we respect your privacy" (web-common has the English); a teaser list's time
  stamp in weeks ("2 हफ्ते पहले"; months and years alone stay: a then-and-now sub-heading); a reviewer's "all reviews"
  link ("… के सभी रिव्यू", as "… के सभी लेख"); a box label "ये <things> भी पढ़ें";
* ne: a reaction widget's question about the story itself ("यो खबर पढेर तपाईंलाई कस्तो महसुस भयो ?"), the comment policy
  "as the editorial policy says" ("… सम्पादकीय नीतिअनुरूप प्रकाशित हुनेछ").

And a comment thread whose first header a teaser box took as a headline (the box ran on from the section's labels and
notes into it): the header is still its comment's, and the comment under it goes with the thread.

Every line here is written for this test."""

from tests.unit.stages.helpers import chrome_form_tests, reasons_by_line

CHROME = [
    ("hi", "टिप्पणियाँ मॉडरेशन के बाद दिखती हैं।", "comment_form"),
    ("hi", "आपकी टिप्पणी समीक्षा के बाद ही दिखाई देगी।", "comment_form"),
    ("hi", "कमेंट्स मॉडरेशन के बाद दिखते हैं। अपमानजनक भाषा वाले कमेंट्स हटा दिए जाते हैं।", "comment_form"),
    ("hi", "हम आपकी प्राइवेसी का सम्मान करते हैं।", "legal"),
    ("hi", "हम आपकी निजता का सम्मान करते हैं", "legal"),
    ("hi", "हम आपकी निजता का सम्मान करते हैं। आप कभी भी अनसब्सक्राइब कर सकते हैं।", "promo"),
    ("hi", "2 हफ्ते पहले", "byline"),
    ("hi", "1 सप्ताह पहले", "byline"),
    ("hi", "विवेक सहगल के सभी रिव्यू", "related"),
    ("hi", "ये तुलनाएं भी पढ़ें", "read_more"),
    ("hi", "ये रिव्यू भी पढ़ें:", "read_more"),
    ("ne", "यो खबर पढेर तपाईंलाई कस्तो महसुस भयो ?", "comment_form"),
    ("ne", "यो समाचार पढेर तपाईलाई कस्तो महसुस भयो? खुसी ४ दुःखी १", "comment_form"),
    ("ne", "तपाईंको प्रतिक्रिया सम्पादकीय नीतिअनुरूप प्रकाशित हुनेछ।", "comment_form"),
    ("ne", "पाठकका प्रतिक्रिया सम्पादकीय नीति अनुसार मात्र प्रकाशित गरिनेछ। गालीगलौज र घृणा फैलाउने प्रतिक्रिया हटाइनेछ।",
     "comment_form"),
]

KEPT = [
    ("hi", "टिप्पणियां अब हिंदी में भी दिखेंगी"),
    ("hi", "कंपनी ने कहा कि टिप्पणियाँ मॉडरेशन के बाद दिखती हैं, पर उपयोगकर्ताओं की शिकायत है कि इसमें हफ्तों लगते हैं।"),
    ("hi", "हम आपकी निजता का सम्मान करते हैं, इसलिए बैंक ने ग्राहकों का डेटा किसी से साझा नहीं किया: प्रबंधक"),
    ("hi", "1 महीना पहले"),
    ("hi", "20 साल पहले"),
    ("hi", "दो हफ्ते पहले इसी सड़क पर हादसा हुआ था।"),
    ("hi", "उन्होंने कहा कि ये रिपोर्टें भी पढ़ें और फिर फैसला करें।"),
    ("ne", "यो खबर पढेर किसानहरूलाई कस्तो महसुस भयो भनेर हामीले सोध्यौं।"),
    ("ne", "सरकारी नीतिअनुरूप बजेट प्रकाशित हुनेछ।"),
]

test_labels_are_removed, test_near_misses_are_kept = chrome_form_tests(None, CHROME, KEPT)

ARTICLE = [
    "भोपाल। शहर की तीन महिला स्वयं सहायता समूहों ने मिलकर बांस की टोकरियों और लैंप का एक छोटा कारखाना शुरू किया है, "
    "जिसमें अब चालीस से ज्यादा महिलाएं काम करती हैं। समूह की अध्यक्ष कमला बाई बताती हैं कि पहले साल उन्हें कच्चा माल "
    "खरीदने के लिए भी कर्ज लेना पड़ा था।",
    "आज उनके बनाए लैंप दिल्ली और बेंगलुरु की दुकानों तक जाते हैं। समूह हर महीने करीब दो लाख रुपये का सामान बेचता है और "
    "मुनाफे का एक हिस्सा सदस्यों के बच्चों की पढ़ाई पर खर्च करता है।",
    "जिला पंचायत ने समूह को अगले साल से सरकारी मेलों में मुफ्त स्टॉल देने का वादा किया है, ताकि बिक्री और बढ़ सके।",
]
COMMENTS = [
    ("रेखा सोनी 4 दिसंबर 2026, 10:15 am", "मेरी मौसी भी ऐसे ही समूह से जुड़ी हैं। इन महिलाओं की मेहनत को सलाम।"),
    ("अजय चौरसिया 4 दिसंबर 2026, 3:40 pm", "क्या ये लैंप ऑनलाइन भी मिलते हैं? पता हो तो जरूर बताइए।"),
    ("सलमा बी 5 दिसंबर 2026, 9:02 am", "पंचायत का वादा पूरा हो तो बहुत अच्छा रहेगा, पिछली बार स्टॉल नहीं मिला था।"),
]


def test_a_thread_takes_back_the_first_header_a_box_ran_into() -> None:
    """Below the share bar, the tags and the author's link, under the comment count, the form's short lines and the
    moderation note a teaser box runs on into the first comment's header; the thread takes that header back, and the
    first comment goes with the others (with the box's header the first comment had stayed)."""
    below = ["शेयर करें: WhatsApp Facebook X Pinterest", "टैग: हस्तशिल्प महिला उद्यमी भोपाल", "सीमा वर्मा के और लेख →"]
    section = ["3 टिप्पणियाँ", "नए पहले ईमेल से सब्सक्राइब करें", "अपनी राय लिखें…", "प्रीव्यू",
               "टिप्पणियाँ मॉडरेशन के बाद दिखती हैं। अभद्र भाषा वाली टिप्पणियाँ हटा दी जाती हैं।"]
    thread = [x for head, text in COMMENTS for x in (head, text, "पसंद 12 जवाब दें रिपोर्ट करें")]
    lines = ["होम", "समाज", "महिलाएं", "भोपाल की महिलाओं का बांस कारखाना: चालीस परिवारों की कमाई का जरिया", *ARTICLE,
             *below, *section, *thread, "© 2026 मेहर मीडिया. सर्वाधिकार सुरक्षित।"]
    got = reasons_by_line(lines)
    assert all(got[p] is None for p in ARTICLE), got
    assert got[section[-1]] == "comment_form"
    for head, text in COMMENTS:
        assert got[head] == "structure.comment", (head, got)
        assert got[text] == "structure.comment", (text, got)
