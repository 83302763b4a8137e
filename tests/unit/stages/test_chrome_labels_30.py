"""Issue 13, session 30: the labels of teaser boxes, as categories in every profile (reason ``related`` / ``read_more``,
which open a teaser box in structure.py: the headlines under the label go too). "More news of <section / place /
author>" with the language's genitive, limited to a short label line ("ક્રાઇમના વધુ સમાચાર", "খেলার আরও খবর", "کھیل کی
مزید خبریں"); trending news; a gallery's, a web-story shelf's or a video shelf's label. Each comes with a sentence of a
story on a close topic, which stays: the same words go on into a sentence ("… की और खबरें आने की उम्मीद है").

A label written twice, in the page's script and in English with a separator between ("کھیل کی مزید خبریں | More from
Sports"), is a label too: the separator is no word of either half.

Every line here is written for this test."""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("पटना : राज्य में शुक्रवार को हुई भारी बारिश से कई जिलों में जलजमाव हो गया और कई ट्रेनें देर से चलीं। "
             "मौसम विभाग ने अगले दो दिन के लिए चेतावनी जारी की है।")

CHROME = [
    # Hindi: more news tied to a topic, a place's latest news, an author's all news, trending in a place, video shelves
    ("hi", "बारिश से जुड़ी और खबरें", "related"),
    ("hi", "शेयर बाजार से जुड़ी अन्य खबरें", "related"),
    ("hi", "लखनऊ की ताजा खबरें", "related"),
    ("hi", "सुनीता वर्मा की सभी खबरें पढ़ें", "related"),
    ("hi", "जयपुर में ट्रेंडिंग", "related"),
    ("hi", "ट्रेंडिंग खबरें", "related"),
    ("hi", "और फोटो गैलरी", "related"),
    ("hi", "इस खबर से जुड़े वीडियो", "related"),
    ("hi", "इससे जुड़ी खबरें", "related"),
    ("hi", "करियर में और पढ़ें", "read_more"),
    # English (web-common, in every profile)
    ("web-common", "More from Sports", "related"),
    ("web-common", "More from Business", "related"),
    ("web-common", "Web Stories", "related"),
    ("web-common", "Latest Videos", "related"),
    ("web-common", "Trending Stories", "related"),
    ("web-common", "More stories by this author", "related"),
    ("bn", "More from Entertainment", "related"),
    ("hi-Latn", "Khel ki aur khabren", "related"),
    ("hi-Latn", "Trending khabren", "related"),
    # the other profiles
    ("bn", "স্বাস্থ্যের আরও খবর", "related"),
    ("bn", "খেলার আরও খবর", "related"),
    ("bn", "সর্বশেষ আরও খবর", "related"),
    ("bn", "লেখকের সব খবর", "related"),
    ("bn", "ট্রেন্ডিং খবর", "related"),
    ("bn", "ভিডিও গ্যালারি", "related"),
    ("gu", "બિઝનેસના વધુ સમાચાર", "related"),
    ("gu", "ક્રાઇમના વધુ સમાચાર", "related"),
    ("gu", "સુરતના અન્ય સમાચાર", "related"),
    ("gu", "ટ્રેન્ડિંગ સમાચાર", "related"),
    ("mr", "पुण्याच्या आणखी बातम्या", "related"),
    ("mr", "ट्रेंडिंग व्हिडिओ", "related"),
    ("mr", "व्हिडिओ गॅलरी", "related"),
    ("ur", "کھیل کی مزید خبریں", "related"),
    ("ur", "لاہور کی دیگر خبریں", "related"),
    ("ur", "ٹرینڈنگ خبریں", "related"),
    ("ur", "فوٹو گیلری", "related"),
    ("te", "మరిన్ని క్రీడా వార్తలు", "related"),
    ("te", "ట్రెండింగ్ వార్తలు", "related"),
    ("te", "ఫోటో గ్యాలరీ", "related"),
    ("ta", "அரசியல் - மேலும் செய்திகள்", "related"),
    ("ta", "சினிமா - தொடர்புடைய செய்திகள்", "related"),
    ("ta", "இவரது மற்ற செய்திகள்", "related"),
    ("ta", "டிரெண்டிங் செய்திகள்", "related"),
    ("ta", "புகைப்பட தொகுப்பு", "related"),
    ("kn", "ಹಾಸನ ಜಿಲ್ಲೆಯ ಇನ್ನಷ್ಟು ಸುದ್ದಿ", "related"),
    ("kn", "ರಾಜಕೀಯ: ಇನ್ನಷ್ಟು ಸುದ್ದಿ", "related"),
    ("kn", "ಟ್ರೆಂಡಿಂಗ್ ಸುದ್ದಿ", "related"),
    ("kn", "ಫೋಟೋ ಗ್ಯಾಲರಿ", "related"),
    ("ml", "ലേഖകന്റെ കൂടുതൽ വാർത്തകൾ", "related"),
    ("ml", "കായികം: കൂടുതൽ വാർത്തകൾ", "related"),
    ("ml", "ട്രെൻഡിംഗ് വാർത്തകൾ", "related"),
    ("ml", "ഫോട്ടോ ഗാലറി", "related"),
    ("or", "ଟ୍ରେଣ୍ଡିଂ ଖବର", "related"),
    ("or", "କଟକର ଅଧିକ ଖବର", "related"),
    ("or", "ଫଟୋ ଗ୍ୟାଲେରୀ", "related"),
    ("pa", "ਅੰਮ੍ਰਿਤਸਰ ਦੀਆਂ ਹੋਰ ਖ਼ਬਰਾਂ", "related"),
    ("pa", "ਸਿੱਖਿਆ ਨਾਲ ਜੁੜੀਆਂ ਹੋਰ ਖ਼ਬਰਾਂ", "related"),
    ("pa", "ਫੋਟੋ ਗੈਲਰੀ", "related"),
    ("ne", "अर्थतन्त्रका थप समाचार", "related"),
    ("ne", "ट्रेन्डिङ समाचार", "related"),
    ("ne", "फोटो ग्यालरी", "related"),
]
KEPT = [
    # the same words going on into a sentence of a story, or a headline about the topic
    ("hi", "इस मामले की और खबरें आने की उम्मीद है।"),
    ("hi", "खेल की और खबरें पढ़ने के लिए पाठक अखबार के अंतिम पन्ने पर जाते हैं।"),
    ("hi", "बारिश से जुड़ी और खबरें आने पर प्रशासन अलर्ट मोड में रहेगा।"),
    ("hi", "सोशल मीडिया पर ट्रेंडिंग वीडियो की जांच शुरू"),
    ("hi", "आज की बड़ी खबरें"),
    ("web-common", "More from the minister's speech will be published tomorrow."),
    ("hi-Latn", "Is mamle ki aur khabren aane ki ummeed hai"),
    ("web-common", "Photo gallery opened at the museum on Sunday."),
    ("web-common", "Trending stories on social media often spread misinformation, the study found."),
    ("bn", "রাজধানীতে ডেঙ্গুতে আরও তিনজনের মৃত্যু"),
    ("bn", "বন্যার আরও খবর পাওয়া যাচ্ছে উত্তরের জেলাগুলো থেকে।"),
    ("gu", "રાજ્યમાં વરસાદના વધુ સમાચાર આવતા તંત્ર એલર્ટ પર છે."),
    ("mr", "पुण्याच्या आणखी बातम्या येत असून पोलीस तपास करत आहेत."),
    ("ur", "اس معاملے کی مزید خبریں آنے کی توقع ہے۔"),
    ("te", "మరిన్ని వార్తలు వస్తున్నాయని అధికారులు తెలిపారు."),
    ("ta", "விளையாட்டு செய்திகள்"),
    ("ta", "மேலும் செய்திகள் கிடைத்தவுடன் தெரிவிக்கப்படும் என்று காவல்துறை கூறியது."),
    ("kn", "ಈ ಪ್ರಕರಣದ ಇನ್ನಷ್ಟು ಸುದ್ದಿ ಶೀಘ್ರದಲ್ಲೇ ಹೊರಬರಲಿದೆ ಎಂದು ಮೂಲಗಳು ತಿಳಿಸಿವೆ."),
    ("ml", "കൂടുതൽ വാർത്തകൾ പുറത്തുവരുമെന്ന് പൊലീസ് അറിയിച്ചു."),
    ("or", "ବନ୍ୟାର ଅଧିକ ଖବର ମିଳିବା ପରେ ପ୍ରଶାସନ ସତର୍କ ହୋଇଛି।"),
    ("pa", "ਹੜ੍ਹਾਂ ਦੀਆਂ ਹੋਰ ਖ਼ਬਰਾਂ ਆਉਣ ਤੋਂ ਬਾਅਦ ਪ੍ਰਸ਼ਾਸਨ ਚੌਕਸ ਹੋ ਗਿਆ ਹੈ।"),
    ("ne", "बाढीका थप समाचार आउने क्रम जारी छ।"),
]

test_each_box_label_is_removed, test_a_story_line_with_the_same_words_is_kept = chrome_form_tests(None, CHROME, KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    for prof, line in KEPT:
        if prof == "hi":
            assert_kept_between(prof, PARAGRAPH, [line])


def test_the_headlines_under_a_more_news_label_go_with_it() -> None:
    # the label opens a teaser box: the short, unterminated headlines under it are its links (a label of at most four
    # words opens one: structure.py's MENU_MAX_WORDS + 1)
    prof = load_profile("hi")
    heads = ["गंगा का जलस्तर खतरे के निशान के करीब पहुंचा, तटवर्ती गांवों में अलर्ट जारी",
             "दो दिन स्कूल बंद रखने का आदेश, डीएम ने की तैयारियों की समीक्षा",
             "राजधानी के कई मोहल्लों में बिजली आपूर्ति घंटों ठप रही, लोग परेशान"]
    out = clean_lines([PARAGRAPH, PARAGRAPH, "लखनऊ की ताजा खबरें", *heads], prof)
    assert out == [None, None, "related", *["structure.headlines"] * len(heads)]


BILINGUAL = [("ur", "کھیل کی مزید خبریں | More from Sports", "related"),
             ("ur", "سب سے زیادہ پڑھی گئی | Most Read", "related"),
             ("ur", "صحت کی مزید خبریں | Health", "related"),
             ("hi", "खेल की और खबरें | More from Sports", "related"),
             ("bn", "More from Sports | খেলার আরও খবর", "related")]
BILINGUAL_KEPT = [("ur", "وزیر اعظم | Prime Minister"),
                  ("hi", "नाम | Rahul Sharma"),
                  ("hi", "Photo Gallery धर्म-संस्कृति"),  # a gallery article's category line, over its headline
                  ("ur", "اس سال سب سے زیادہ پڑھی گئی کتاب | Most Read")]  # seven words: no label


@pytest.mark.parametrize(("prof", "line", "reason"), BILINGUAL)
def test_a_label_written_twice_with_a_separator_is_a_label(prof: str, line: str, reason: str) -> None:
    # (in the line stage, after the lexicon's lookup: chrome_reasons is the lookup alone)
    assert clean_lines([PARAGRAPH, line, PARAGRAPH], load_profile(prof))[1] == reason, line


@pytest.mark.parametrize(("prof", "line"), BILINGUAL_KEPT)
def test_a_line_in_two_scripts_that_is_no_label_stays(prof: str, line: str) -> None:
    assert clean_lines([PARAGRAPH, line, PARAGRAPH], load_profile(prof))[1] is None, line
