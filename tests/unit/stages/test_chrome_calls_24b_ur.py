"""Issue 13, session 24, round 2, Urdu: the site's membership, paywall, alert and follow calls.

A second fresh writer's set (set p5 of ``bench_chrome_probe.py``) held Urdu calls the first round missed: the login
form's bare buttons and its prompt for a reader with an account, membership and its price, the paywall and the metered
wall, the subscribe button, the site's app after the news or by its paper's name, the site's channels by "ہم/ہمیں",
news on a messenger by a click, the site's newsletter by "ہمارا", the site's alert switch and the alert dialog's
buttons.
The near misses are article lines with the same words: a how-to's step, a price list, a leader's or a principal's call
after a colon, a public body's updates, a study call, a caption or a line of dialogue. Every line here is written for
this test."""

import pytest

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARA = "ضلعی انتظامیہ نے بتایا کہ نیا نظام اگلے پیر سے نافذ ہوگا اور اس سے ہزاروں شہریوں کو فائدہ ہوگا۔"

CHROME = [
    # account: bare buttons, the prompt for a reader with an account, membership and its price, the paywall
    ("ur", "سائن ان", "account"),
    ("ur", "رجسٹر", "account"),
    ("ur", "کیا آپ کا پہلے سے اکاؤنٹ ہے؟ سائن ان کیجیے", "account"),
    ("ur", "پہلے ہی اکاؤنٹ موجود ہے؟ یہاں لاگ اِن کریں", "account"),
    ("ur", "ڈیجیٹل ممبر بن جائیں", "account"),
    ("ur", "ابھی رکنیت حاصل کریں", "account"),
    ("ur", "ای پیپر سبسکرپشن صرف 150 روپے ماہانہ", "account"),
    ("ur", "صرف 99 روپے ماہانہ میں ڈیجیٹل سبسکرپشن حاصل کریں", "account"),
    ("ur", "اشتہارات کے بغیر خبریں پڑھنے کے لیے ممبرشپ خریدیں", "account"),
    ("ur", "آپ اس ماہ کے تمام مفت مضامین پڑھ چکے ہیں", "account"),
    ("ur", "آپ کی مفت خبروں کی ماہانہ حد ختم ہو چکی ہے", "account"),
    ("ur", "یہ پریمیم خبر ہے، آگے پڑھنے کے لیے سائن ان کریں", "account"),
    # promo: the subscribe button, the site's app, its channels and newsletter
    ("ur", "ابھی سبسکرائب کیجیے", "promo"),
    ("ur", "کھیلوں کی تمام خبروں اور تجزیوں کے لیے ہماری موبائل ایپ انسٹال کیجیے", "promo"),
    ("ur", "روزنامہ شہر نامہ کی ایپ ڈاؤن لوڈ کریں اور ہر خبر سے باخبر رہیں", "promo"),
    ("ur", "تازہ ترین اپ ڈیٹس فوراً، ابھی انسٹال کریں شہر نامہ ایپ", "promo"),
    ("ur", "گوگل پلے اسٹور پر دستیاب", "promo"),
    ("ur", "ہمیں لائک کیجیے", "promo"),
    ("ur", "انسٹاگرام پر ہمیں", "promo"),
    ("ur", "تازہ خبریں ٹیلی گرام پر پانے کے لیے اس لنک پر کلک کریں", "promo"),
    ("ur", "ہفتہ وار خلاصے کے لیے ہمارا نیوز لیٹر جوائن کریں", "promo"),
    # notifications: the site's alert switch, the dialog's question and its buttons in a row
    ("ur", "ہماری سائٹ کے نوٹیفکیشنز کو چالو کریں", "notifications"),
    ("ur", "بریکنگ نیوز کے الرٹس کو فعال کیجیے", "notifications"),
    ("ur", "کیا آپ اہم خبروں کی اطلاع پانا چاہیں گے؟", "notifications"),
    ("ur", "ابھی نہیں | اجازت دیں", "notifications"),
]

KEPT = [
    # a how-to's step, an app's alerts, a bank account, a store
    ("ur", "سیٹنگز میں جا کر ایپ کی نوٹیفکیشنز کو فعال کریں۔"),
    ("ur", "ایپ کی نوٹیفکیشنز کو آن کریں تاکہ ادائیگی کی یاد دہانی ملتی رہے۔"),
    ("ur", "اکاؤنٹ ہے؟ تو موبائل ایپ میں لاگ ان کر کے بیلنس چیک کریں۔"),
    ("ur", "کیا آپ کا بینک اکاؤنٹ ہے؟ ان سہولیات سے فائدہ اٹھائیں"),
    ("ur", "نادرا کی ایپ انسٹال کریں اور گھر بیٹھے درخواست دیں۔"),
    ("ur", "پنجاب حکومت کی ایپ ڈاؤن لوڈ کریں اور شکایت درج کرائیں"),
    ("ur", "یوٹیوب ویڈیوز بغیر اشتہارات کے دیکھنے کے لیے پریمیم سبسکرپشن لیں۔"),
    # a price list, a reader's count, a study call
    ("ur", "یوٹیوب پریمیم سبسکرپشن 479 روپے ماہانہ"),
    ("ur", "پریمیم سبسکرپشن: 1100 روپے ماہانہ"),
    ("ur", "آپ اس سال کتنی کتابیں پڑھ چکے ہیں؟"),
    ("ur", "لائبریری کے اراکین مفت مضامین پڑھ چکے ہیں اور اب امتحان کی تیاری کر رہے ہیں۔"),
    ("ur", "اسکالرشپ کے اہل طلبہ کا اعلان، مزید پڑھنے کے لیے رجسٹر کریں"),
    ("ur", "کلب کا ممبر بنیں اور رعایت حاصل کریں، میلے کے منتظمین کی پیشکش"),
    # a speaker's call after a colon or in reported speech, a public body's updates
    ("ur", "پارٹی رہنما: سوشل میڈیا پر ہمیں فالو کریں"),
    ("ur", "پرنسپل: ہمارے نیوز لیٹر کو سبسکرائب کریں اور اسکول کی سرگرمیوں سے باخبر رہیں"),
    ("ur", "یونیورسٹی نے کہا کہ طلبہ ہمارے نیوز لیٹر کو سبسکرائب کریں"),
    ("ur", "محکمہ موسمیات کی اپ ڈیٹس واٹس ایپ پر حاصل کرنے کے لیے یہاں کلک کریں۔"),
    ("ur", "بارش کی اطلاعات واٹس ایپ پر حاصل کرنے کے لیے یہاں کلک کریں۔"),
    ("ur", "ہم سے جڑیں گے تو فائدہ ہوگا، وزیر کا تاجروں سے خطاب"),
    # a caption pair's word, a line of dialogue, the store as a step's source
    ("ur", "بعد میں"),
    ("ur", "نہیں، شکریہ"),
    ("ur", "ایپ اسٹور سے ڈاؤن لوڈ کریں"),
    ("ur", "گوگل پلے سے ڈاؤن لوڈ کریں۔"),
]

test_the_sites_call_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_the_near_miss_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, PARA, [line])
