"""Session 23: the older web-common rules (lines 1-504 of web-common.toml) narrowed where an adversarial pass showed
them removing article text — an unanchored cookie-consent pattern, the copyright patterns, contained phrases in
reported speech, label prefixes that took headlines, how-to steps taken as app calls. For each narrowed rule, article
lines in a wording of their own that must stay, and a chrome line of the form the rule was written for that must
still go, with its reason."""

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

CHROME = [
    # read_more: "don't miss" as a label
    ("Don't miss: ten things to do in the city this weekend", "read_more"),
    # see_also: a recommendation label before a link
    ("Recommended: The best hiking boots of the year", "see_also"),
    # share: the old prefixes, as the site prints them
    ("Subscribe to our weekly newsletter", "share"),
    ("Share on Facebook Share on X Share on Email", "share"),
    ("Follow us on Instagram and Threads", "share"),
    # legal: the contained phrases, now guarded patterns
    ("This site is best viewed in Chrome at 1280x800", "legal"),
    ("We use cookies to personalise content and ads.", "legal"),
    ("Nagar Media Pvt Ltd. All rights reserved.", "legal"),
    ("Edit cookie settings", "legal"),
    # legal: copyright
    ("© 2025 Nagar Media Pvt Ltd", "legal"),
    ("Copyright Notice", "legal"),
    ("Site content copyright Nagar Media 2024", "legal"),
    # legal: the cookie-consent pattern (a label, a banner addressed to the reader, a cookie table's row)
    ("Change Cookie Preferences", "legal"),
    ("This site uses cookies; by clicking Accept you consent to them.", "legal"),
    ("_ga 2 years This cookie is set by Google Analytics to store the visitor's consent.", "legal"),
    ("Accept Cookies", "legal"),
    # promo: the app call and the latest-news call
    ("Download the Nagar News app for free", "promo"),
    ("Get the latest news delivered to your inbox", "promo"),
    # disclaimer: a story taken from a syndicated feed
    ("This report is auto-generated from a syndicated feed.", "disclaimer"),
    # legal: the site software's credit
    ("Powered by WordPress | Theme by Nagar", "legal"),
    # tags
    ("Tags: budget, railways, Delhi", "tags"),
    ("Filed under: Politics", "tags"),
    # comment_form: a commenter's header
    ("Ravi Kumar says:", "comment_form"),
    # byline: a quoted post's header
    ("5 hours ago, nagar_user said:", "byline"),
    # forum: the forum software's footer
    ("All times are GMT +5.5. The time now is 10:12 AM.", "forum"),
    # toolbar: the font-size buttons with their label
    ("Text size: A- A A+", "toolbar"),
]

KEPT = [
    # read_more: the verb of a headline with its own object
    "Don't miss the last ferry back to the mainland on Sunday evening",
    # see_also: a value field
    "Recommended: 8 GB RAM and a quad-core processor",
    "Recommended: up to two cups of coffee a day",
    # share: a how-to's step, reported speech, a headline
    "Subscribe to the webhook with your endpoint URL before you deploy.",
    "Join us on the front line, doctors urge the health minister",
    "Share on the way down as bond yields climb",
    # legal: reported speech, a sky-watching tip, a browser's own settings
    "\"Partner with us and grow,\" the startup told investors, but few signed up.",
    "Mars is best viewed in the weeks around opposition.",
    "Go to Firefox's cookie settings and clear the site data.",
    # legal: copyright as a topic
    "How does copyright work?",
    "Copyright for photographers",
    "The author was sued over copyright in 2021.",
    "Copyright suits have multiplied since the ruling.",
    # legal: cookies in a sentence not addressed to the reader
    "Cookies baked with rye flour, tasters agree, stay soft longer.",
    "Trackers that set cookies need consent under the law, the regulator ruled.",
    "Browsers that accept cookies from any site are easier to track, researchers found.",
    # promo: how-to steps
    "Install the banking app on your new phone before you switch SIMs.",
    "Get the ride-hailing app and link your card first.",
    "Download the council app, pick your bin day and turn on reminders.",
    "Download the app from Google Play and log in with your customer ID.",
    "Get the latest firmware updates for your router from the admin page.",
    # disclaimer: a sentence that names a feed
    "Reuters' syndicated feed now reaches more than 2,000 news sites.",
    # legal: the software named in a sentence
    "Powered by Drupal, the portal now serves 300 city departments.",
    # tags: a headline that starts with the label's word
    "Category 3 Storm Lashes the Coast",
    "Topics of debate at the climate summit",
    # comment_form / byline: a document or a speaker introduced before a quotation
    "The notice says:",
    "A week ago, the mayor said:",
    # forum: a schedule's note
    "All times are UTC unless noted otherwise.",
    # toolbar: a grade
    "Rating: A+",
]

PARA = ("The council met on Tuesday evening and, after a long debate about the budget, voted to repair the old bridge "
        "before the monsoon and to open two new libraries in the eastern wards next year.")

test_the_form_is_removed_with_its_reason, test_the_article_line_is_kept = chrome_form_tests("web-common", CHROME, KEPT)


def test_the_article_lines_stay_between_paragraphs() -> None:
    assert_kept_between("web-common", PARA, KEPT)
