"""Issue 13, session 24, Bengali: the site's own account, app, newsletter and alert calls.

The shapes a fresh writer's set held (set p4 of ``bench_chrome_probe.py``) in new wording: a whole button ("লগইন করুন"),
the login form's question and its button, reading on behind a login or subscription, the site's news app by its name,
"আমাদের" channel, the news on a named page, a notification switch with the news it brings. The near misses are article
lines with the same words: a how-to's login step, a public body's channel, a story about an app, a reported call.
Every line here is written for this test."""

import pytest

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARA = "জেলা প্রশাসন জানিয়েছে, নতুন ব্যবস্থা আগামী সোমবার থেকে চালু হবে এবং এতে হাজার হাজার মানুষ উপকৃত হবেন।"

CHROME = [
    ("bn", "সাইন ইন করুন", "account"),
    ("bn", "এখনই সাইন আপ করুন", "account"),
    ("bn", "এখনও সদস্য নন? বিনামূল্যে নিবন্ধন করুন", "account"),
    ("bn", "ইতিমধ্যে অ্যাকাউন্ট আছে? লগ ইন করুন", "account"),
    ("bn", "বিনামূল্যে অ্যাকাউন্ট খুলুন", "account"),
    ("bn", "পাসওয়ার্ড ভুলে গিয়েছেন? রিসেট করুন", "account"),
    ("bn", "ফেসবুক দিয়ে সাইন ইন করুন", "account"),
    ("bn", "বাকি লেখাটি পুরো পড়তে লগইন করুন", "account"),
    ("bn", "সাইন আপ করুন, পছন্দের সব খবর পড়ুন", "account"),
    ("bn", "খবরটি অ্যাপে খুলুন", "promo"),
    ("bn", "হোয়াটসঅ্যাপে আমাদের সঙ্গে যুক্ত হন", "promo"),
    ("bn", "আমাদের সঙ্গে যুক্ত হোন ফেসবুক ও ইনস্টাগ্রামে", "promo"),
    ("bn", "নগর বার্তার প্রতিটি আপডেট এবার টেলিগ্রামে — ফলো করুন", "promo"),
    ("bn", "খবর পড়ুন সহজে, ইনস্টল করুন নগর সংবাদ অ্যাপ", "promo"),
    ("bn", "বাংলা নিউজের অ্যাপটি ইনস্টল করুন, থাকুন আপডেটেড", "promo"),
    ("bn", "নগর বার্তার সঙ্গে থাকুন, লাইক দিন ফেসবুকে", "promo"),
    ("bn", "সাইন আপ করুন, সেরা খবর পান ইমেইলে", "promo"),
    ("bn", "ইমেইল দিয়ে সাইন আপ করুন", "promo"),
    ("bn", "আমাদের ফেসবুক পেজে লাইক দিয়ে পাশে থাকুন", "promo"),
    ("bn", "জেলার সংবাদ জানতে চোখ রাখুন নগর টাইমসের ফেসবুক পেজে", "promo"),
    ("bn", "ব্রেকিং নিউজের নোটিফিকেশন পেতে বেল আইকনে ক্লিক করুন", "notifications"),
    ("bn", "পুশ নোটিফিকেশন অন করুন, সবার আগে পান সব আপডেট", "notifications"),
]

KEPT = [
    ("bn", "জিমেইল অ্যাকাউন্ট আছে? তাহলে এভাবে লগইন করুন"),
    ("bn", "পাসওয়ার্ড ভুলে গেছেন? যেভাবে ফিরে পাবেন ফেসবুক অ্যাকাউন্ট"),
    ("bn", "মোবাইল নম্বর দিয়ে লগইন করুন।"),
    ("bn", "লগইন করুন এবং নোটিশ ও সংবাদ বিজ্ঞপ্তি অংশে যান"),
    ("bn", "প্রতিবেদন দেখতে ই-ফাইলিং পোর্টালে লগইন করুন।"),
    ("bn", "গুগল দিয়ে লগইন করলে তথ্য ফাঁস হওয়ার আশঙ্কা"),
    ("bn", "নতুন অ্যাকাউন্ট খুলতে ব্যাংকে যেতে হবে না"),
    ("bn", "নোটিফিকেশন চালু করুন, তাহলে বিলের আপডেট পাবেন।"),
    ("bn", "রাজ্য সরকারের সব খবর এখন হোয়াটসঅ্যাপে, চালু হল নতুন চ্যানেল"),
    ("bn", "কৃষি বিভাগের সব আপডেট এখন হোয়াটসঅ্যাপে, যুক্ত হোন"),
    ("bn", "বন্যার খবর জানতে চোখ রাখুন জেলা প্রশাসনের ফেসবুক পেজে"),
    ("bn", "ভর্তির খবর জানতে চোখ রাখুন বিশ্ববিদ্যালয়ের ফেসবুক পেজে"),
    ("bn", "আবহাওয়ার আপডেট পেতে, ডাউনলোড করুন মৌসম অ্যাপ"),
    ("bn", "সংবাদপত্রের অ্যাপ ডাউনলোড বেড়েছে ৩০ শতাংশ"),
    ("bn", "হোয়াটসঅ্যাপে নতুন ফিচার, এবার অ্যাপে পড়ুন মেসেজ অনুবাদ করে"),
    ("bn", "স্কুলের নিউজলেটার পেতে অভিভাবকদের ইমেইল ঠিকানা দিতে বলা হয়েছে।"),
    ("bn", "সাবস্ক্রাইব করুন, খবর পাবেন — বলছেন ইউটিউবার"),
    ("bn", "এরপর ইমেইল ঠিকানা দিন এবং সাবমিট করুন।"),
    ("bn", "এই প্রতিবেদনটি পড়তে সময় লাগবে পাঁচ মিনিট"),
]

test_the_sites_call_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_the_near_miss_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, PARA, [line])
