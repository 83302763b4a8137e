"""Issue 13, session 20: the language-independent chrome forms three more blind-written sets showed missing
(notification prompts with their buttons, cookie banners in the site's voice, live-page controls and entry times,
bylines with a desk and a date, weather, score and price strips, scroll-to-continue ad labels), each written here in
a wording of its own, with near misses that must stay: a sentence about the same thing, a list item of an article."""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reason, clean_lines
from tests.unit.stages.helpers import chrome_form_tests


def _reason(profile: str, line: str) -> str | None:
    return chrome_reason(line, load_profile(profile))


CHROME = [
    ("web-common", "Nagar Times would like to send you push notifications. Later  Allow", "prompt"),
    ("hi", "\"नगर समाचार\" wants to show notifications: Allow | Block", "prompt"),
    ("web-common", "We'd like to show you notifications for breaking stories. Allow  Not Now", "prompt"),
    ("bn", "Show notifications  Block  Allow", "prompt"),
    ("web-common", "Allow notifications from Nagar Times", "prompt"),
    ("ur", "Allow Notifications? You can switch them off in settings.", "prompt"),
    ("web-common", "By continuing to browse this website you accept our cookie policy and privacy policy.", "legal"),
    ("gu", "Our site uses cookies to improve your experience.", "legal"),
    ("mr", "Manage Cookie Preferences", "legal"),
    ("hi", "Live Coverage • Auto-Refresh: OFF", "live"),
    ("bn", "Nagar TV Live TV", "live"),
    ("mr", "Live TV | नगर वार्ता", "live"),
    ("hi", "०९:५० AM (IST)", "live"),
    ("gu", "7:05 PM, 4 May 2025", "live"),
    ("ur", "May 04, 2025 19:05 (PKT)", "live"),
    ("web-common", "Story first published: Sunday, May 4, 2025, 19:05 [IST]", "byline"),
    ("hi", "सीमा वर्मा | Updated on - May 4, 2025 7:05 pm", "byline"),
    ("gu", "Nagar News • 4 May 2025 • 7:05 PM", "byline"),
    ("mr", "By Nagar Varta Team | May 4, 2025 | 3", "byline"),
    ("web-common", "Written by: Asha Rao | Edited by: Vikram Shah", "byline"),
    ("hi", "भोपाल ⛅ 33°C", "ticker"),
    ("bn", "শিলচর 29°C হালকা বৃষ্টি | আর্দ্রতা 81%", "ticker"),
    ("ur", "کوئٹہ: 18° / 6° | ہوا کا معیار: AQI 95", "ticker"),
    ("gu", "વડોદરા 39°C, ભેજ 30%", "ticker"),
    ("web-common", "CSK 176/6 (20) | RCB 170/8 (20) - CSK won by 6 runs", "ticker"),
    ("mr", "Gold ₹95,100 | Silver ₹97,000", "ticker"),
    ("web-common", "Gold Price Today: 22K ₹ 88,450", "ticker"),
    ("hi", "BSE 80,501.20 (+0.44%)  NSE 24,480.35 (+0.39%)", "ticker"),
    ("web-common", "Advertisement | Scroll to continue reading", "ad"),
    ("web-common", "No comments yet", "comment_form"),
    ("ur", "Follow Us: X | Instagram | YouTube", "promo"),
]



PROSE = [
    # a prompt, a cookie banner and a live page described in a sentence
    ("web-common", "The bank's app would like to send you notifications, but most users say no."),
    ("web-common", "Allow notifications only from apps you trust, the agency advised."),
    ("web-common", "By continuing to use the old portal, taxpayers risk missing the deadline."),
    ("web-common", "Refresh the page if the form does not load."),
    ("hi", "चैनल ने बताया कि उसका Live TV प्रसारण सोमवार से बंद रहेगा।"),
    # weather, a score and prices in an article's sentences or list items
    ("hi", "दिल्ली में आज अधिकतम तापमान 45°C और न्यूनतम 30°C रहा, मौसम विभाग ने लू की चेतावनी दी।"),
    ("hi", "- अधिकतम तापमान: 45°C"),
    ("hi", "अधिकतम तापमान 45° दर्ज किया गया। न्यूनतम तापमान 30° रहा।"),  # after a danda, a sentence
    ("bn", "কলকাতায় আজ তাপমাত্রা ছিল ৩৬°, আর্দ্রতা ৮০% ছাড়িয়ে যায়।"),
    ("web-common", "India made 176/6 (20) and won by 6 runs after a late collapse."),
    ("web-common", "Gold rose to ₹95,100 on Monday as silver fell."),
    ("web-common", "The Sensex closed 0.44% higher at 80,501.20 on Monday."),
    # a byline word, a time and a date in a sentence
    ("web-common", "The team said on May 4, 2025 that the project was delayed."),
    ("web-common", "The meeting starts at 7:05 PM (IST) on Monday."),
    ("web-common", "Scroll down to the second table for the results."),
]


#: every chrome line removed with its reason, every near miss kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, PROSE)


def test_a_pipe_read_as_a_danda_still_separates_a_byline():
    # normalize turns " | " between Devanagari words into " । "; the byline rules take either
    line = "नगर समाचार । Published: 4 May 2025, 7:05 PM IST"
    assert _reason("hi", line) == "byline"


def test_in_a_page_the_prompt_and_the_strip_go_and_the_article_stays():
    lines = ["भोपाल ⛅ 33°C",
             "Nagar Times would like to send you push notifications. Later  Allow",
             "शहर में सोमवार को तेज बारिश हुई और कई इलाकों में पानी भर गया। नगर निगम ने राहत शिविर खोले।",
             "मौसम विभाग के अनुसार अधिकतम तापमान 33°C रहा और अगले दो दिन बारिश जारी रहेगी।"]
    reasons = clean_lines(list(lines), load_profile("hi"))
    assert reasons[:2] == ["ticker", "prompt"], reasons
    assert reasons[2:] == [None, None]


@pytest.mark.parametrize(("profile", "line"), [
    ("ur", "لاہور میں پارہ 45° تک پہنچ گیا"),  # a headline (session 19's weather rule removed it)
    ("ur", "• درجہ حرارت: 45° سینٹی گریڈ"),  # a list item of an article
    ("hi", "दिल्ली में पारा 46° के पार"),
    ("hi", "तापमान 44°C, आर्द्रता 20%"),
    ("bn", "কলকাতায় পারদ ৪০° ছুঁয়ে গেল"),
    ("gu", "અમદાવાદમાં તાપમાન 45° સુધી પહોંચ્યું"),
])
def test_a_weather_headline_or_fact_line_is_kept(profile, line):
    assert _reason(profile, line) is None


def test_a_temperature_reported_in_a_sentence_is_kept():
    # the gu helper's finding: session 19's weather rule took any one to four words after the temperature
    assert _reason("gu", "અમદાવાદમાં આજે 45°C તાપમાન નોંધાયું.") is None


@pytest.mark.parametrize(("line", "kept"), [
    ("(या लेखातील मते लेखकाची वैयक्तिक आहेत.)", False),
    ("वादग्रस्त ठरलेल्या त्या लेखातील मते लेखकाची वैयक्तिक असली तरी संपादकांनी माफी मागितली.", True),  # the mr helper's find
])
def test_the_marathi_opinion_note_only_from_the_line_start(line, kept):
    assert (_reason("mr", line) is None) == kept


@pytest.mark.parametrize(("profile", "line"), [
    ("bn", "ঢাকায় আজ ৩৬° সে. তাপমাত্রা রেকর্ড করা হয়েছে।"),  # the bn helper's finds
    ("bn", "রাজশাহী ৪২.৫° সে."),  # a row of a table of temperatures
])
def test_a_temperature_row_or_report_is_kept(profile, line):
    assert _reason(profile, line) is None


@pytest.mark.parametrize(("profile", "line", "kept"), [
    ("hi", "प्रकाशित होते ही किताब चर्चा में आ गई।", True),
    ("hi", "Updated guidelines for 2024 were released on Monday", True),
    ("bn", "প্রকাশক কর্তৃক বইটি বাজারে আনা হয়েছে গত মাসে।", True),
    ("hi", "प्रकाशित: 12 जून 2023", False),
    ("bn", "আপডেট: ১২ জুন ২০২৪", False),
])
def test_a_dateline_label_needs_a_whole_word_and_a_date(profile, line, kept):
    assert (_reason(profile, line) is None) == kept


@pytest.mark.parametrize(("line", "kept"), [
    ("विज्ञापन के बाद कंपनी की बिक्री बढ़ी।", True),  # the hi helper's find
    ("विज्ञापन के नीचे खबर जारी है", False),
])
def test_the_continue_below_the_ad_line_names_the_reading(line, kept):
    assert (_reason("hi", line) is None) == kept


@pytest.mark.parametrize(("line", "reason"), [
    ("Also Check: SSC Result 2025 कैसे देखें", "read_more"),
    ("Tweet  Share  WhatsApp  Email", "menu_items"),
    ("Share this story: WhatsApp | X", "share"),
    ("Previous Article   Next Article", "navigation"),
    ("Authored By: Neha Rao | Edited By: Amit Sen", "byline"),
    ("We value your privacy. Accept all", "legal"),
])
def test_more_latin_forms(line, reason):
    assert _reason("hi", line) == reason


@pytest.mark.parametrize("line", [
    "Also check the tyre pressure before a long drive.",
    "Share this article with your friends if you found it useful, the doctor said.",
    "We value your privacy, the minister told the house.",
])
def test_more_latin_near_misses(line):
    assert _reason("web-common", line) is None


def test_a_bibliography_credit_in_wikipedia_text_is_kept():
    assert _reason("hi", "संपादन : मन (कविता कोष) (प्रकाशनाधीन)") is None
    assert _reason("hi", "संपादन: नेहा राय | रिपोर्टर: अमित सेन") == "byline"
