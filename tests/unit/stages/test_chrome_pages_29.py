"""Issue 13, session 29: what stays of the boxes below a page's article, in its visible text.

``benchmarks/bench_page_lines.py`` (the line stages alone on the visible text of the blind-written pages) showed four
fifths of the chrome left in the TUNE families' text below the article. Two causes:

* **an item's date ends no teaser box.** A related box's headlines alternate with their dates ("नवम्बर 30, 2025").
  A headline with a verb reads as prose, so the date above it looked like an article's sub-head over running text
  and ended the box after its first headline. A line mostly of figures is never a sub-head: inside an open box it
  is the box's (not counted among its links), except right above the article's first paragraph, where it is the
  story's own dateline;
* labels of boxes the lexicon did not know: ``test_chrome_forms_29.py``.

Every line here is written for this test."""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines

MENU = ["होम", "देश", "राज्य", "खेल", "मनोरंजन", "बिजनेस", "वीडियो"]
HEADLINE = "गोरखपुर में घने कोहरे से 12 ट्रेनें घंटों लेट, यात्रियों को स्टेशन पर गुजारनी पड़ी रात"
ARTICLE = [
    "गोरखपुर : पूर्वांचल में बुधवार रात से छाए घने कोहरे के कारण दिल्ली और मुंबई जाने वाली 12 ट्रेनें चार से नौ घंटे "
    "की देरी से चलीं। स्टेशन पर प्रतीक्षालय भर जाने से कई यात्रियों को प्लेटफॉर्म पर ही रात गुजारनी पड़ी।",
    "रेलवे के जनसंपर्क अधिकारी ने बताया कि कोहरे में सिग्नल दिखने में दिक्कत के कारण ट्रेनों की रफ्तार कम रखी गई है। "
    "यात्रियों से अपील की गई है कि वे स्टेशन आने से पहले ट्रेन की स्थिति जांच लें।",
    "मौसम विभाग के अनुसार अगले तीन दिन तक सुबह के समय घना कोहरा छाया रहेगा और दृश्यता पचास मीटर से कम रह सकती है।",
]
# teaser headlines with a verb ("होगी", "चलेंगी"): they read as prose
RELATED = ["लखनऊ में कक्षा 8 तक के स्कूलों का समय बदला, अब 10 बजे से चलेंगी कक्षाएं",
           "बीआरडी मेडिकल कॉलेज में जल्द शुरू होगी किडनी ट्रांसप्लांट की सुविधा",
           "कुशीनगर एयरपोर्ट से दिल्ली के लिए फिर शुरू होगी सीधी उड़ान, जनवरी से बुकिंग"]
DATES = ["नवम्बर 30, 2025", "नवम्बर 25, 2025", "दिसम्बर 1, 2025"]
FOOTER = ["हमें फॉलो करें", "फेसबुक", "ट्विटर", "यूट्यूब", "© 2025 पूर्वांचल समाचार. सर्वाधिकार सुरक्षित।"]


def _reasons(lines: list[str], profile: str = "hi") -> list[str | None]:
    return clean_lines(list(lines), load_profile(profile))


def test_a_box_of_headlines_and_their_dates_goes_whole() -> None:
    box = ["संबंधित खबरें"] + [x for pair in zip(RELATED, DATES, strict=True) for x in pair]
    lines = [*MENU, HEADLINE, *ARTICLE, *box, *FOOTER]
    got = dict(zip(lines, _reasons(lines), strict=True))
    assert all(got[h] == "structure.headlines" for h in RELATED), got
    assert all(got[d] == "structure.headlines" for d in DATES), got
    assert all(got[p] is None for p in [HEADLINE, *ARTICLE])


def test_dates_do_not_count_among_a_boxs_links() -> None:
    """Twelve links and their twelve dates: every one goes (the dates would have filled the box's twelve places)."""
    heads = [f"{city} में नगर निगम ने शुरू किया सफाई अभियान, {n} वार्डों में लगेंगे कूड़ेदान"
             for n, city in enumerate(["बस्ती", "गोंडा", "देवरिया", "बलिया", "मऊ", "आजमगढ़", "जौनपुर", "गाजीपुर",
                                       "चंदौली", "मिर्जापुर", "सोनभद्र", "भदोही"], start=3)]
    box = ["ताजा खबरें"]
    for k, h in enumerate(heads):
        box += [h, f"दिसम्बर {k + 1}, 2025"]
    lines = [HEADLINE, *ARTICLE, *box, *FOOTER]
    out = _reasons(lines)
    assert all(r == "structure.headlines" for r in out[len(ARTICLE) + 2:len(ARTICLE) + 1 + len(box)]), out


def test_the_storys_dateline_right_above_its_first_paragraph_stays() -> None:
    """A box whose label is above the article: a date right above the first paragraph is the story's own."""
    dateline = "दिसम्बर 4, 2025"
    lines = [*MENU, "ब्रेकिंग न्यूज", RELATED[0], RELATED[1], "होम", "उत्तर प्रदेश", HEADLINE, dateline, *ARTICLE,
             *FOOTER]
    got = dict(zip(lines, _reasons(lines), strict=True))
    assert got[dateline] is None
    assert got[HEADLINE] is None
    assert got[RELATED[0]] == "structure.headlines"


def test_a_sub_head_of_words_still_ends_a_box_over_running_text() -> None:
    """Only a line mostly of figures passes the sub-head guard: a short sub-head of words over a paragraph still ends
    an inline box, and the paragraph and the sub-head stay."""
    subhead = "2026 में क्या बदलेगा"
    lines = [HEADLINE, ARTICLE[0], "यह भी पढ़ें", RELATED[0], subhead, ARTICLE[1], ARTICLE[2], *FOOTER]
    got = dict(zip(lines, _reasons(lines), strict=True))
    assert got[subhead] is None
    assert got[ARTICLE[1]] is None


# ---- readers' comments below the article (a reply button under each: lexicon ``reply``) ----

COMMENTS = ["2 टिप्पणियाँ",
            "रामप्रकाश वर्मा ने कहा:", "दिसम्बर 4, 2025 at 7:42 am",
            "सुबह की ट्रेन से दिल्ली जाना था, स्टेशन पर छह घंटे बैठे रहे। रेलवे को पहले से सूचना देनी चाहिए।",
            "जवाब दें",
            "सीमा श्रीवास्तव ने कहा:", "दिसम्बर 4, 2025 at 10:15 am",
            "हर साल यही हाल होता है, कोहरे के लिए रेलवे की तैयारी कागजों पर ही रहती है।",
            "जवाब दें",
            "प्रातिक्रिया दे जवाब रद्द करें", "आपका ईमेल पता प्रकाशित नहीं किया जाएगा. आवश्यक फ़ील्ड चिह्नित हैं *"]


def test_a_comment_below_the_article_goes_with_its_author_and_time() -> None:
    lines = [*MENU, HEADLINE, *ARTICLE, *COMMENTS, *FOOTER]
    got = dict(zip(lines, _reasons(lines), strict=True))
    for k in (1, 3, 5, 7):
        assert got[COMMENTS[k]] == "structure.comment", COMMENTS[k]
    # (session 36) the lexicon reads a WordPress comment's time stamp as the comment's header, like its reply button
    assert [got[COMMENTS[2]], got[COMMENTS[6]]] == ["reply", "reply"]
    assert got["जवाब दें"] == "reply"
    assert all(got[p] is None for p in [HEADLINE, *ARTICLE])


def test_comments_stay_when_the_stage_keeps_them() -> None:
    lines = [*MENU, HEADLINE, *ARTICLE, *COMMENTS, *FOOTER]
    got = dict(zip(lines, clean_lines(list(lines), load_profile("hi"), comments=False), strict=True))
    assert got[COMMENTS[3]] is None
    assert got[COMMENTS[7]] is None
    assert got["जवाब दें"] == "reply"


def test_a_forums_posts_are_its_text() -> None:
    """A forum shows a "Reply" under every post and no comment section below an article: its posts stay."""
    posts = ["क्या कोई बता सकता है कि गोरखपुर से दिल्ली की सुबह वाली ट्रेनें आजकल कितनी देर से चल रही हैं?",
             "पिछले हफ्ते मैंने गोरखधाम एक्सप्रेस ली थी, वह पांच घंटे देर से पहुंची और खाने की भी दिक्कत रही।",
             "कोहरे के मौसम में बस बेहतर विकल्प है, हाईवे पर सुबह दस बजे के बाद दृश्यता ठीक हो जाती है।"]
    lines = [*MENU, "यात्रा चर्चा: सर्दियों में ट्रेन या बस?"]
    for k, post in enumerate(posts):
        lines += [f"सदस्य{k + 1}", "दिसम्बर 4, 2025", post, "जवाब दें"]
    lines += FOOTER
    got = dict(zip(lines, _reasons(lines), strict=True))
    assert all(got[p] is None for p in posts), got


def test_a_reply_button_right_under_the_article_takes_no_paragraph() -> None:
    """No comment section between the article and the button: the paragraph above it stays."""
    lines = [*MENU, HEADLINE, *ARTICLE, "जवाब दें", *FOOTER]
    got = dict(zip(lines, _reasons(lines), strict=True))
    assert got[ARTICLE[-1]] is None


def test_the_stage_option_is_a_config_key_and_counts_its_reason() -> None:
    from shuddh.errors import ConfigError
    from shuddh.stages.clean.chrome import ChromeLineStage
    from shuddh.stages.registry import validate_stage_params
    from tests.unit.stages.helpers import run_stage

    assert validate_stage_params("chrome", {"comments": False}, "stages[2]") == {"comments": False}
    with pytest.raises(ConfigError, match="comments"):
        validate_stage_params("chrome", {"comments": "sometimes"}, "stages[2]")
    page = "\n".join([*MENU, HEADLINE, *ARTICLE, *COMMENTS, *FOOTER])
    (doc,), stats = run_stage(ChromeLineStage(profile="hi"), [page])
    assert COMMENTS[3] not in doc.text
    assert ARTICLE[2] in doc.text
    (kept,), _ = run_stage(ChromeLineStage(profile="hi", comments=False), [page])
    assert COMMENTS[3] in kept.text
    # two comments, each with its author line: four lines under their own reason (their time lines and reply buttons,
    # four more, are the lexicon's `reply` since session 36)
    assert stats.lines_removed["chrome.structure.comment"] == 4
    assert stats.lines_removed["chrome.reply"] == 4
