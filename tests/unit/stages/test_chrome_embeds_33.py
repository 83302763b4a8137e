"""Issue 13, session 33: notices around embedded third-party content and other page-UI notes that no reader wrote.

An embedded post, video or podcast comes with the site's marks around it: a skip link before it and an end mark
after it (``embed``: "X पोस्ट को स्किप करें, 1", "YouTube वीडियो समाप्त, 1", "Skip Twitter post, 1"), the consent
notice over it and the third-party warning under it (``disclaimer``, sentence by sentence), a cookie banner's heading
and note (``legal``), a post's copy-link button and its feedback (``share``), a live blog's note on how updates arrive
(``live``). A story's line about a platform, a how-to, reported speech and a product's feature stay. ``embed`` is an
inline mark: inside the article it does not make a run of short lines a menu (the sub-head under a podcast box
stays). A line too long to be read whole whose every sentence is such a note goes whole (the consent notice).

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines, cut_parts
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("लखनऊ : राज्य सरकार ने गुरुवार को नई खेल नीति को मंजूरी दी, जिसके तहत हर जिले में एक आधुनिक स्टेडियम बनाया "
             "जाएगा। खेल मंत्री ने बताया कि पहले चरण में बारह जिलों को चुना गया है।")

CHROME = [
    # skip links and end marks of embeds, with or without the embed's number
    ("hi", "X पोस्ट को स्किप करें, 1", "embed"),
    ("hi", "Instagram पोस्ट को स्किप करें, 2", "embed"),
    ("hi", "यूट्यूब वीडियो समाप्त, 1", "embed"),
    ("hi", "फेसबुक वीडियो का अंत", "embed"),
    ("hi", "ट्विटर पोस्ट छोड़कर आगे बढ़ें", "embed"),
    ("hi", "पॉडकास्ट को स्किप करें", "embed"),
    ("hi", "पॉडकास्ट समाप्त", "embed"),
    ("hi", "पोस्ट Twitter समाप्त, 1", "embed"),
    ("hi", "X सामग्री की अनुमति दें?", "embed"),
    ("hi", "Skip Instagram post, 1", "embed"),
    ("hi", "मुख्य सामग्री पर जाएं", "navigation"),
    ("hi", "सामग्री को स्किप करें", "navigation"),
    # the consent notice's sentences and the warning
    ("hi", "इस लेख में इंस्टाग्राम से मिली सामग्री शामिल है।", "disclaimer"),
    ("hi", "इस खबर में YouTube द्वारा प्रदान की गई सामग्री शामिल है", "disclaimer"),
    ("hi", "कुछ भी दिखाने से पहले हम आपकी मंज़ूरी लेते हैं, क्योंकि इसमें दूसरी तकनीकों का इस्तेमाल हो सकता है।",
     "disclaimer"),
    ("hi", "मंज़ूरी देने से पहले आप Instagram की कुकी नीति और निजता नीति पढ़ सकते हैं।", "disclaimer"),
    ("hi", "सामग्री देखने के लिए 'स्वीकार करें और जारी रखें' चुनें।", "disclaimer"),
    ("hi", "चेतावनी: तीसरे पक्ष की सामग्री में विज्ञापन हो सकते हैं।", "disclaimer"),
    # a cookie banner's heading and note
    ("hi", "आपको कुकीज़ से कोई परेशानी तो नहीं?", "legal"),
    ("hi", "क्या आप हमारी कुकी नीति से सहमत हैं?", "legal"),
    ("hi", "आप किसी भी समय 'कुकी सेटिंग्स' में जाकर अपनी सहमति वापस ले सकते हैं।", "legal"),
    # copy-link buttons, a live blog's note
    ("hi", "पोस्ट का लिंक कॉपी करें", "share"),
    ("hi", "इस अपडेट का लिंक कॉपी करें", "share"),
    ("hi", "नए अपडेट अपने आप दिखेंगे; न दिखें तो पेज रिफ्रेश करें", "live"),
    ("hi", "यह पेज अपने आप अपडेट होता है।", "live"),
    # Marathi
    ("mr", "X पोस्ट वगळा, 1", "embed"),
    ("mr", "Twitter पोस्ट समाप्त, 1", "embed"),
    ("mr", "पॉडकास्ट वगळून पुढे वाचा", "embed"),
    ("mr", "या लेखात इन्स्टाग्राम कडून मिळालेला मजकूर आहे.", "disclaimer"),
    ("mr", "चेतावणी: तिसऱ्या पक्षाच्या मजकुरात जाहिराती असू शकतात.", "disclaimer"),
    ("mr", "पोस्टची लिंक कॉपी करा", "share"),
    ("mr", "नवीन अपडेट्स आपोआप दिसतील; न दिसल्यास पेज रिफ्रेश करा.", "live"),
    # English (web-common)
    ("web-common", "Skip Twitter post, 1", "embed"),
    ("web-common", "End of Twitter post, 1", "embed"),
    ("web-common", "Skip YouTube video", "embed"),
    ("web-common", "End of YouTube video", "embed"),
    ("web-common", "Skip podcast and continue reading", "embed"),
    ("web-common", "Allow TikTok content?", "embed"),
    ("web-common", "This article contains content provided by Instagram.", "disclaimer"),
    ("web-common", "We ask for your permission before anything is loaded, as they may be using cookies and other "
                   "technologies.", "disclaimer"),
    ("web-common", "To view this content choose 'accept and continue'.", "disclaimer"),
    ("web-common", "Warning: Third party content may contain adverts", "disclaimer"),
    ("web-common", "Link copied to clipboard!", "share"),
    ("web-common", "The link has been copied!", "share"),
    ("web-common", "Click to copy link", "share"),
    ("web-common", "Facebook X Threads Bluesky Flipboard Copy link", "share"),
    ("web-common", "New updates will appear automatically; refresh the page if they don't.", "live"),
    ("web-common", "This live blog updates automatically", "live"),
]

KEPT = [
    # a story about a platform, its posts and videos
    ("hi", "X ने पोस्ट हटाई"),
    ("hi", "यूट्यूब वीडियो वायरल"),
    ("hi", "शो का पॉडकास्ट समाप्त"),
    ("hi", "मंत्री का एक्स पोस्ट समाप्त होते ही विवाद शुरू हो गया।"),
    ("hi", "इंस्टाग्राम पर किसी पोस्ट को स्किप करें और अगली पोस्ट पर जाएं।"),
    ("hi", "विज्ञापन को स्किप करें"),
    ("hi", "कंपनी ने कहा कि इस लेख में यूट्यूब से मिली सामग्री शामिल है।"),
    ("hi", "तीसरे पक्ष की सामग्री में विज्ञापन हो सकते हैं, अदालत ने कहा कि इसकी जिम्मेदारी प्लेटफॉर्म की है।"),
    ("hi", "यूट्यूब ने नई नीति में कहा कि बच्चों के वीडियो पर विज्ञापन नहीं दिखेंगे।"),
    # cookies in an explainer, a how-to
    ("hi", "क्या कुकीज़ से आपकी निजता को खतरा है?"),
    ("hi", "आप ब्राउज़र की कुकी सेटिंग में जाकर उन्हें हटा सकते हैं।"),
    ("hi", "क्या आप कुकीज़ के बारे में जानते हैं?"),
    # copy links and updates in a story
    ("hi", "पुलिस ने पोस्ट का लिंक कॉपी करके साइबर सेल को भेजा।"),
    ("hi", "ऐप में नए अपडेट अपने आप इंस्टॉल होंगे।"),
    ("hi", "नए अपडेट अपने आप इंस्टॉल होंगे, कंपनी ने बताया।"),
    ("hi", "सामग्री को सुरक्षित रखने के लिए सरकार ने नए नियम बनाए।"),
    ("hi", "फेसबुक वीडियो का अंत देखकर लोग भावुक हो गए।"),
    ("hi", "टिकटॉक पर प्रतिबंध के बाद कई क्रिएटर यूट्यूब पर आ गए।"),
    ("hi", "सामग्री देखने के लिए दर्शकों को अब शुल्क देना होगा।"),
    ("hi", "इस लेख में विशेषज्ञों से मिली जानकारी शामिल है।"),
    ("hi", "चेतावनी: मौसम विभाग ने अगले दो दिन भारी बारिश की आशंका जताई है।"),
    ("hi", "आपको कुकीज़ से क्या परेशानी है, यह सर्वे में पूछा गया।"),
    ("hi", "मुख्य सामग्री पर जाने से पहले प्रस्तावना पढ़ें।"),
    ("hi", "स्पॉटिफाई पॉडकास्ट समाप्त करने की खबरों का कंपनी ने खंडन किया।"),
    # Marathi
    ("mr", "X ने पोस्ट हटवली"),
    ("mr", "यूट्यूब व्हिडिओ व्हायरल"),
    ("mr", "मालिकेचा शेवटचा भाग समाप्त"),
    ("mr", "या लेखात तज्ज्ञांकडून मिळालेली माहिती आहे."),
    ("mr", "पोलिसांनी पोस्टची लिंक कॉपी करून सायबर विभागाला पाठवली."),
    ("mr", "पेज रिफ्रेश केल्यास नवीन अपडेट्स दिसतील असे कंपनीने सांगितले."),
    ("mr", "अभिनेत्याची इन्स्टाग्राम पोस्ट चर्चेत"),
    ("mr", "तिसऱ्या पक्षाच्या मजकुरात जाहिराती असू शकतात, असे न्यायालयाने म्हटले."),
    ("mr", "नवीन अपडेट्स आपोआप इन्स्टॉल होतील, असे कंपनीने सांगितले."),
    ("mr", "पॉडकास्टचा पहिला भाग प्रसिद्ध"),
    # English
    ("web-common", "X removed the post after complaints."),
    ("web-common", "YouTube video goes viral"),
    ("web-common", "Skip sugary drinks, limit milk and dairy products."),
    ("web-common", "Skip the Tutorial?"),
    ("web-common", "End of the road for Twitter"),
    ("web-common", "The end of YouTube videos as we know them?"),
    ("web-common", "New updates will install automatically overnight."),
    ("web-common", "Third-party content may contain adverts, the regulator said, and platforms must label them."),
    ("web-common", "Allow content creators to earn more?"),
    ("web-common", "The link was copied to thousands of group chats within an hour."),
    ("web-common", "Copy the link from the address bar and paste it into the form."),
    ("web-common", "Skip YouTube ads with this one setting"),
    ("web-common", "End of an era: Twitter becomes X"),
    ("web-common", "This article contains content provided by our partners at the university."),
    ("web-common", "We ask for your patience while the site is upgraded."),
    ("web-common", "Allow Instagram to access your photos?"),
    ("web-common", "This page was last updated automatically by the build."),
]

test_each_embed_note_is_removed, test_a_story_about_a_platform_is_kept = chrome_form_tests(None, CHROME, KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    assert_kept_between("hi", PARAGRAPH, [line for prof, line in KEPT if prof == "hi"])


def test_the_sub_head_under_a_podcast_box_stays() -> None:
    # the box's end mark is an inline mark: the run "नया एपिसोड सुनें" / "पॉडकास्ट समाप्त" / sub-head is no menu
    lines = ["होम", "देश", "दुनिया", "खेल", PARAGRAPH, PARAGRAPH, "पॉडकास्ट को स्किप करें", "पॉडकास्ट", "शाम की बात",
             "नया एपिसोड सुनें", "पॉडकास्ट समाप्त", "अभ्यर्थियों की मांगें", PARAGRAPH, PARAGRAPH]
    out = clean_lines(lines, load_profile("hi"))
    assert out[6] == out[10] == "embed"
    assert out[11] is None


def test_the_long_consent_notice_goes_whole() -> None:
    # the whole notice is past chrome.max_words (not read whole): its last three sentences are cut as disclaimer parts,
    # and the first, which the cut guard (PART_MIN_REST_WORDS) kept, is a disclaimer too: the line goes whole
    notice = ("इस लेख में X से मिली सामग्री शामिल है. कुछ भी दिखाने से पहले हम आपकी मंज़ूरी लेते हैं, क्योंकि हो सकता है "
              "कि वो कुकीज़ या इसी तरह की दूसरी तकनीकों का इस्तेमाल करते हों. मंज़ूरी देने से पहले आप X की कुकी नीति और "
              "निजता नीति पढ़ सकते हैं. सामग्री देखने के लिए 'स्वीकार करें और जारी रखें' चुनें.")
    hi = load_profile("hi")
    rest, cuts = cut_parts(notice, hi)
    assert rest == "इस लेख में X से मिली सामग्री शामिल है."
    assert [reason for reason, _ in cuts] == ["disclaimer"] * 3
    got: dict[int, list[tuple[str, str]]] = {}
    assert clean_lines([PARAGRAPH, notice, PARAGRAPH], hi, cuts=got) == [None, "disclaimer", None]
    assert got == {}
    english = ("This article contains content provided by Twitter. We ask for your permission before anything is "
               "loaded, as they may be using cookies and other technologies. You may want to read Twitter's cookie "
               "policy and privacy policy before accepting. To view this content choose 'accept and continue'.")
    story = ("The council approved the new budget on Tuesday after a long debate about road repairs and school "
             "funding in the district.")
    assert clean_lines([story, english, story], load_profile("web-common"), cuts={}) == [None, "disclaimer", None]


def test_a_paragraph_that_ends_in_a_note_keeps_its_text() -> None:
    # the rest is a sentence of the story (not a note), or two sentences: it stays, only the note is cut
    hi = load_profile("hi")
    line = PARAGRAPH + " चेतावनी: तीसरे पक्ष की सामग्री में विज्ञापन हो सकते हैं।"
    got: dict[int, list[tuple[str, str]]] = {}
    assert clean_lines([PARAGRAPH, line, PARAGRAPH], hi, cuts=got)[1] is None
    assert [reason for reason, _ in got[1]] == ["disclaimer"]
    short = "खेल मंत्री ने नई नीति का एलान किया। चेतावनी: तीसरे पक्ष की सामग्री में विज्ञापन हो सकते हैं।"
    got = {}
    assert clean_lines([PARAGRAPH, short, PARAGRAPH], hi, cuts=got)[1] is None
