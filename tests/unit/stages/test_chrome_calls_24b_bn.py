"""Issue 13, session 24, round 2, Bengali: the site's membership, paywall, notification and store prompts.

The shapes a second fresh writer's set held (set p5 of ``bench_chrome_probe.py``) in new wording: a bare button
("লগিন", "সাইন আউট"), membership alone or with the news it reads, the wall's label and its meter, reading on behind a
login or a subscription, the price of the site's digital pass, a store badge, following the site by its name for the
news, the news in "আমাদের" app, the notification switch and the site's question. The near misses are article lines
with the same words: a how-to's step that names its app, a club's or a library's membership, an OTT pack's price, a
public body's page, a phone's emergency alert, a reported call, a headline that goes on. Every line here is written for
this test."""

import pytest

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARA = "জেলা প্রশাসন জানিয়েছে, নতুন ব্যবস্থা আগামী সোমবার থেকে চালু হবে এবং এতে হাজার হাজার মানুষ উপকৃত হবেন।"

CHROME = [
    ("bn", "লগিন", "account"),
    ("bn", "সাইন আউট", "account"),
    ("bn", "এখনই মেম্বার হয়ে যান", "account"),
    ("bn", "খবরটি কেবল প্রিমিয়াম সদস্যদের জন্য", "account"),
    ("bn", "এটি একটি প্রিমিয়াম প্রতিবেদন", "account"),
    ("bn", "গ্রাহক হয়ে উপভোগ করুন বিজ্ঞাপনমুক্ত প্রতিবেদন", "account"),
    ("bn", "বাকিটা পড়তে সাইন ইন করুন", "account"),
    ("bn", "সীমাহীন পড়তে ডিজিটাল সাবস্ক্রিপশন কিনুন", "account"),
    ("bn", "আপনি আজকের ফ্রি খবর পড়া শেষ করেছেন", "account"),
    ("bn", "এই মাসে বিনামূল্যের আর্টিকেল পড়ার সীমা শেষ", "account"),
    ("bn", "সাবস্ক্রাইব করে পড়ুন জেলার সব খবর", "account"),
    ("bn", "প্লে স্টোর থেকে ডাউনলোড করুন", "promo"),
    ("bn", "Google Play থেকে ডাউনলোড করুন / App Store থেকে ডাউনলোড করুন", "promo"),
    ("bn", "iOS / Android", "promo"),
    ("bn", "মাত্র ১৯৯ টাকায় তিন মাসের ই-পেপার সাবস্ক্রিপশন", "promo"),
    ("bn", "সদস্য হোন: মাসে মাত্র ৫০ টাকা", "promo"),
    ("bn", "খেলার আপডেট জানতে সাবস্ক্রাইব করুন নগর টিভি", "promo"),
    ("bn", "টেলিগ্রামে সব আপডেট পেতে এখানে ট্যাপ করুন", "promo"),
    ("bn", "খেলার সংবাদ দেখুন আমাদের অ্যাপে", "promo"),
    ("bn", "আমরা এখন হোয়াটসঅ্যাপে", "promo"),
    ("bn", "ফলো করে নিন আমাদের ফেসবুক পেজ", "promo"),
    ("bn", "আমাদের সাথে যুক্ত থাকুন | ইউটিউব | এক্স", "promo"),
    ("bn", "ঝটপট খবর, এক ক্লিকে — ইনস্টল করুন নগর সংবাদ অ্যাপ", "promo"),
    ("bn", "নোটিফিকেশন অন করুন", "notifications"),
    ("bn", "আপনি কি ব্রেকিং নিউজ অ্যালার্ট চালু করতে চান?", "notifications"),
    ("bn", "নগর বার্তা আপনাকে সর্বশেষ খবরের নোটিফিকেশন পাঠাতে চায়", "notifications"),
    ("bn", "জেলার খবরের অ্যালার্ট পেতে নোটিফিকেশন চালু করুন", "notifications"),
]

KEPT = [
    # a step names its app or opens with a step's word; a store in a sentence
    ("bn", "প্লে স্টোর থেকে অ্যাপটি ডাউনলোড করুন।"),
    ("bn", "প্রথমে গুগল প্লে থেকে ডাউনলোড করুন"),
    ("bn", "গুগল প্লে থেকে ডাউনলোড করুন মৌসম অ্যাপ"),
    ("bn", "আইফোন ব্যবহারকারীরা অ্যাপ স্টোর থেকে ডাউনলোড করতে পারবেন।"),
    ("bn", "Android ও iOS দুই প্ল্যাটফর্মেই মিলবে অ্যাপটি"),
    # a how-to's heading, a headline on logins or subscribers
    ("bn", "নিবন্ধন"),
    ("bn", "লগ আউট করলেই মুছে যাবে সব তথ্য"),
    ("bn", "সাবস্ক্রাইবার বাড়াতে নতুন কৌশল ইউটিউবের"),
    # a club's, a library's or a scheme's members; a benefit for customers
    ("bn", "লাইব্রেরির সদস্য হন"),
    ("bn", "গ্রন্থাগারের সদস্য হয়ে পড়ুন পছন্দের বই"),
    ("bn", "বই পড়তে সদস্যপদ নিন"),
    ("bn", "এই সুবিধা শুধুমাত্র গ্রাহকদের জন্য"),
    ("bn", "এই খবরটি শুধু সদস্যদের জন্য নয়, সবার জন্য"),
    ("bn", "গ্রাহক হয়ে পান ১০ শতাংশ ছাড়"),
    ("bn", "আরও পড়তে হবে শিক্ষার্থীদের"),
    # an OTT pack's price, a newspaper's offer in a news sentence, a reported call
    ("bn", "মাত্র ১৪৯ টাকায় নেটফ্লিক্স সাবস্ক্রিপশন"),
    ("bn", "মাত্র ৯৯ টাকায় ইউটিউব প্রিমিয়াম সাবস্ক্রিপশন দিচ্ছে জিও"),
    ("bn", "মাত্র ৪৯ টাকায় ডিজিটাল সাবস্ক্রিপশন দিচ্ছে সংবাদপত্রটি, বাড়ছে পাঠক"),
    ("bn", "সাবস্ক্রাইব করুন, খরচ মাসে ৪৯ টাকা — বলছেন ইউটিউবার"),
    # a public body's page or channel, a warning about a link
    ("bn", "বন্যার খবর জানতে ফলো করুন জেলা প্রশাসন"),
    ("bn", "ভর্তির খবর জানতে ফলো করুন কলকাতা বিশ্ববিদ্যালয়"),
    ("bn", "হোয়াটসঅ্যাপে পুলিশের আপডেট পেতে ক্লিক করুন"),
    ("bn", "হোয়াটসঅ্যাপে খবর পেতে ক্লিক করলেই বিপদ, সতর্ক করল পুলিশ"),
    # "we" and "our" in a headline or a quote
    ("bn", "টেলিগ্রামে আমরা কতটা নিরাপদ"),
    ("bn", "আমরা এখন টেলিগ্রামে, জানাল তৃণমূল"),
    ("bn", "সব তথ্য পাবেন আমাদের অ্যাপে, বললেন ব্যাংকের এমডি"),
    # a phone's settings and alerts, a plea, a scam
    ("bn", "নোটিফিকেশন চালু করুন এবং সেটিংস সেভ করুন"),
    ("bn", "অ্যাপের নোটিফিকেশন চালু করতে সেটিংসে যান।"),
    ("bn", "অনুমতি দিন, মহারাজ"),
    ("bn", "আপনি কি জরুরি অ্যালার্ট পেতে চান? জেনে নিন"),
    ("bn", "আপনি কি ফোনে ভূমিকম্পের অ্যালার্ট পেতে চান"),
    ("bn", "প্রতারকরা আপনাকে ভুয়ো নোটিফিকেশন পাঠাতে চায়"),
    ("bn", "বিনামূল্যের রেশন পাওয়ার সীমা শেষ"),
    ("bn", "আপনি কি আজকের খবর পড়ে ফেলেছেন"),
    ("bn", "লগইন করে স্কুলের নোটিশ পড়ুন"),
    ("bn", "বড় খবর, সবার আগে — ডাউনলোড করুন দামিনী অ্যাপ"),
]

test_the_sites_call_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_the_near_miss_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, PARA, [line])
