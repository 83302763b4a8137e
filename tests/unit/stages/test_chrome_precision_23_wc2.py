"""Issue 13, session 23: the older shared chrome rules of web-common.toml (sessions 19-22) narrowed by shape after an
adversarial pass took article lines with them: a dateline label followed by a clause, a name with a digit after
"Published by:", a glued hyphen after "Ad"/"Live", a score with players' figures or a label before it, a place slot
holding a weekday or a preposition before a temperature, a follow call to "your/a/someone", a curator without the
byline's second field, a prompt step with "in Settings"/"so", a cookie sentence in reported speech or without "you",
"theme by" without a theme word, a desk name with a colon, a team's result, "By law, …", "how to"/"click" before a
consent or login button, a question without an alert word, a grade "A+ Excellent". Each form in a wording of its own:
the article lines stay, a chrome line per rule still goes with its reason."""

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

CHROME = [
    ("web-common", "Updated: 4 March 2025, 9:10 AM", "byline"),
    ("web-common", "Published by: Nagar Samachar Desk", "byline"),
    ("web-common", "Advertisement - जाहिरात", "ad"),
    ("web-common", "Live Updates: Latest", "live"),
    ("web-common", "NZ 154/3 (16.4) vs SA | CRR: 9.24", "ticker"),
    ("web-common", "जयपुर 35°C साफ़ आसमान", "ticker"),
    ("web-common", "नागपुर 41°C धूप | आर्द्रता 30%", "ticker"),
    ("web-common", "कराची: (एजेंसी)", "byline"),
    ("web-common", "Follow Nagar Times on Google News", "promo"),
    ("web-common", "Updated Mar 4, 2025 | 09:12 PM IST", "byline"),
    ("web-common", "Curated by: Ramesh Gupta | Nagar Digital", "byline"),
    ("web-common", "Allow notifications from Nagar Samachar", "prompt"),
    ("web-common", "By continuing to use this website, you agree to our use of cookies.", "legal"),
    ("web-common", "WPL 2025 | MI 165/5 (20) | DC 150 (19.4) | MI won by 15 runs", "ticker"),
    ("web-common", "Theme by Nagar Themes", "legal"),
    ("web-common", "Click here to download Nagar Samachar App", "promo"),
    ("web-common", "By Nagar Times Desk", "byline"),
    ("web-common", "Nagar Samachar Team | Published on 4 March 2025, 9:10 AM", "byline"),
    ("web-common", "Posted: 2 hours ago", "byline"),
    ("web-common", "By Nagar Samachar - 4 March 2025", "byline"),
    ("web-common", "Last Update: 4 March 2025, 9:10 PM", "byline"),
    ("web-common", "Manage Consent", "legal"),
    ("web-common", "Get breaking news alerts from Nagar TV? No thanks Subscribe", "notifications"),
    ("web-common", "ताज़ा ख़बरें पढ़ने के लिए लॉगिन करें | Sign in with Google", "account"),
    ("web-common", "अपने शहर की खबरें पाएं Allow Location Access", "account"),
    ("web-common", "A+ A- फ़ॉन्ट साइज़", "toolbar"),
]

PROSE = [
    # a dateline label, then a clause (a headline), not a date
    ("web-common", "Updated: Heavy rain kills 12 in Assam"),
    ("web-common", "Posted: 5 ways to save on your power bill"),
    ("web-common", "Last update: 4 key changes to the tax code"),
    ("web-common", "Updated 2026 rankings of the best colleges"),
    # a book's fact box: a page count and a price after the publisher
    ("web-common", "Published by: HarperCollins, 288 pages, Rs 499"),
    # a hyphen glued into one Latin word
    ("web-common", "Ad-hoc"),
    ("web-common", "Live-streaming rules"),
    # a match report's figures after the score; a label and a sentence before a result strip
    ("web-common", "England 287/6 (50) - Root 112, Stokes 48; Starc 2/41"),
    ("web-common", "Scorecard summary: NZ 201/5 (20) - SL 170 (19.2) - NZ won by 31 runs"),
    # a how-to step and a forecast day before a temperature
    ("web-common", "Proof at 28°C for one hour"),
    ("web-common", "Friday 29°C scattered thunderstorms"),
    ("web-common", "Wednesday 30°C | 70% chance of showers"),
    # a recipe's or a quiz's note in brackets
    ("web-common", "Method: (see step four)"),
    # a help heading: follow "your"/"someone"
    ("web-common", "Follow your local council on Facebook"),
    ("web-common", "Follow someone new on Instagram"),
    # an exhibition's curator alone
    ("web-common", "Curated by Okwui Enwezor"),
    # a settings step
    ("web-common", "Allow notifications for the banking app so that you see every debit"),
    ("web-common", "Allow notifications from Outlook in the Focus menu"),
    # reported speech
    ("web-common", "By continuing to use the service after March, customers accept the new terms, the company said."),
    ("web-common", "Click here to download the app, the caller told her."),
    # a film score's composer
    ("web-common", "Theme by Hans Zimmer"),
    # a headline with a colon in the "By …" span
    ("web-common", "By popular request: the return of the tiffin team"),
    # a team's result
    ("web-common", "Team Nepal posted 176 for 8 in reply."),
    ("web-common", "Team USA updated its roster to 12 players on Monday."),
    # "By then, …": an adverb and a comma, not a name
    ("web-common", "By then, the river had risen on 14 July 2024"),
    ("web-common", "By comparison, rents rose on May 2, 2024."),
    # how-to lines naming a button
    ("web-common", "How to manage consent"),
    ("web-common", "In the banner, click Manage preferences"),
    ("web-common", "On the login screen, click Log in with Google"),
    ("web-common", "Log in with Google is now available for schools"),
    ("web-common", "Why games ask you to allow location"),
    # a headline's question and its answer
    ("web-common", "Another rate hike? Not now"),
    ("web-common", "Buy gold before Diwali? Maybe later"),
    # a grading scale
    ("web-common", "A+ Excellent"),
]


#: every chrome line removed with its reason, every article line kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, PROSE)


def test_in_a_paragraph_the_result_and_the_team_stay():
    para = "This is a long paragraph of the article that gives the full details of the match in several sentences."
    assert_kept_between("web-common", para, [
        "Williamson steadied the innings with 64 off 41 balls. Scores: NZ 201/5 (20) | SL 170 (19.2) | NZ won by 31"
        " runs",
        "Team Nepal posted 176 for 8 in reply. Aasif Sheikh top-scored with 61.",
    ])
