"""Issue 13, session 24, round 2: the English site's membership, paywall, app-store and alert prompts (web-common).

The site tells the reader a story is for its subscribers, that the free articles are used up, to register or
subscribe to read on, to become a member, to log in for its e-paper, to pick a plan or a discount, shows its store
badges and QR code, asks the reader to join its WhatsApp channel, follow it for more stories, get its stories in the
inbox, and to allow its notifications ("Allow | Later"); a how-to's step, a public body's call or a news sentence
about a paywall, a membership or an app uses the same words and stays. Tuned on the shapes of sets p4 and p5 of
``bench_chrome_probe.py``; every line here is written for this test."""

import pytest

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARA = "The district office said the new system starts next Monday and will help thousands of residents."

# the site's account, paywall, membership, app, channel and alert calls (the new patterns)
CHROME = [
    ("web-common", "Sign up for free to keep reading this article", "account"),
    ("web-common", "Premium content. Log in now to continue reading", "account"),
    ("web-common", "This report is only available to paid subscribers.", "account"),
    ("web-common", "You've used up all your free stories for this month", "account"),
    ("web-common", "You have reached the monthly limit of 3 free articles", "account"),
    ("web-common", "Create your free account to follow stories and topics", "account"),
    ("web-common", "Subscribe now to read today's e-paper", "account"),
    ("web-common", "Support quality journalism. Become a subscriber now.", "account"),
    ("web-common", "Become a supporter to unlock exclusive newsletters", "account"),
    ("web-common", "Unlock unlimited digital access at only Rs 49 a week", "promo"),
    ("web-common", "Check out our membership offers", "promo"),
    ("web-common", "Get 30% off on the digital subscription | Offer ends soon", "promo"),
    ("web-common", "Also available on the Play Store / App Store", "promo"),
    ("web-common", "Scan this QR code to install our app", "promo"),
    ("web-common", "Join the Valley Herald WhatsApp community for breaking news", "promo"),
    ("web-common", "Election results live on WhatsApp: click here to follow", "promo"),
    ("web-common", "For more articles, join Coast Courier on Telegram", "promo"),
    ("web-common", "Never miss a headline | Add us on Google News", "promo"),
    ("web-common", "Get the evening's biggest news straight to your inbox", "promo"),
    ("web-common", "Stay ahead with live updates. Enable notifications?", "notifications"),
    ("web-common", "Turn on push notifications", "notifications"),
    ("web-common", "Not now | Allow", "notifications"),
    ("web-common", "Tap the bell button and get breaking updates first", "notifications"),
    ("web-common", "Get real-time news alerts", "notifications"),
]

# article lines with the same words: a how-to's step, a public body's call, news about a paywall, a membership or an
# app, a poll's buttons
KEPT = [
    ("web-common", "Readers now have to subscribe to continue reading most of the paper's stories."),
    ("web-common", "Many users who reached their limit of free articles switched to other sites, the survey found."),
    ("web-common", "Become a member of the village cooperative to get a crop loan at 4% interest."),
    ("web-common", "Become a member today and visit the zoo free of charge all year."),
    ("web-common", "Create an account to apply for the scholarship on the state portal."),
    ("web-common", "Log in to access the portal and download your marksheet."),
    ("web-common", "The tool is available on Google Play and the App Store from Friday."),
    ("web-common", "Scan the QR code at the toll plaza to pay the fee."),
    ("web-common", "Join the university's Telegram channel for exam updates."),
    ("web-common", "Join the municipal corporation's WhatsApp channel for the latest updates."),
    ("web-common", "For more updates, follow the IMD on X."),
    ("web-common", "Never miss a deadline: set reminders in your calendar app"),
    ("web-common", "Tap the bell icon to get notified when the creator goes live."),
    ("web-common", "Get breaking news alerts from the official Sachet app during the cyclone."),
    ("web-common", "The streaming service gave students 50% off on annual subscription plans last year."),
    ("web-common", "Explore subscription plans of OTT platforms before you pay."),
    ("web-common", "Support independent journalism. That was the theme of the festival."),
    ("web-common", "Enable notifications for the Sachet app when a cyclone warning is issued."),
    ("web-common", "Yes | No"),
]

test_the_sites_call_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_the_near_miss_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, PARA, [line])
