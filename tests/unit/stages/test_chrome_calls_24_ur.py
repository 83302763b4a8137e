"""Issue 13, session 24, Urdu: the site's own account, app, newsletter and alert calls.

The Urdu forms of the calls a fresh writer's set held (set p4 of ``bench_chrome_probe.py``) are now removed as
categories: a whole login button or prompt, a paywall that names the story, the site's app by "ہماری" or by its
paper's name, the site's channels by "ہمارے/ہمارا", news on the reader's messenger or e-mail, and alert prompts that
name the news. The near misses are article lines with the same words: a how-to's login step, a report about an app or
a channel, an advisory, a headline with a leader's call. Every line here is written for this test."""

import pytest

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARA = "ضلعی انتظامیہ نے بتایا کہ نیا نظام اگلے پیر سے نافذ ہوگا اور اس سے ہزاروں شہریوں کو فائدہ ہوگا۔"

CHROME = [
    # account: the login form's buttons and questions, a sign-in with another site, the paywall
    ("ur", "سائن ان کریں", "account"),
    ("ur", "ابھی رجسٹر کریں", "account"),
    ("ur", "میرا اکاؤنٹ", "account"),
    ("ur", "اپنا پاس ورڈ بھول گئے؟", "account"),
    ("ur", "مفت اکاؤنٹ بنائیے", "account"),
    ("ur", "کیا آپ کا اکاؤنٹ نہیں ہے؟ یہاں رجسٹر کریں", "account"),
    ("ur", "پہلے سے ممبر ہیں؟ لاگ اِن کریں", "account"),
    ("ur", "فیس بک کے ساتھ لاگ ان کریں", "account"),
    ("ur", "آگے پڑھنے کے لیے مفت رجسٹر کریں", "account"),
    ("ur", "پوری خبر پڑھنے کے لیے سبسکرپشن لیں", "account"),
    ("ur", "ابھی سبسکرائب کریں اور تمام خبریں پڑھیں", "account"),
    ("ur", "یہ مضمون صرف سبسکرائبرز کے لیے ہے", "account"),
    # promo: the app as a button, the site's app and channels, news on the reader's phone or e-mail
    ("ur", "اس خبر کو ایپ میں پڑھیں", "promo"),
    ("ur", "شہر نامہ کی آئی فون ایپ | اینڈرائیڈ ایپ", "promo"),
    ("ur", "ابھی انسٹال کریں ہماری نیوز ایپ", "promo"),
    ("ur", "ہماری نئی ایپ میں خبریں پڑھیں ایک کلک پر", "promo"),
    ("ur", "روزنامہ نگر کی ایپ پلے اسٹور پر بھی دستیاب ہے", "promo"),
    ("ur", "ہمارے ساتھ جڑیں: فیس بک | ایکس | یوٹیوب", "promo"),
    ("ur", "واٹس ایپ پر ہمارے ساتھ جڑے رہیں", "promo"),
    ("ur", "ہمیں انسٹاگرام پر فالو کرنا مت بھولیں", "promo"),
    ("ur", "تمام اہم خبریں براہ راست اپنے موبائل پر حاصل کریں", "promo"),
    ("ur", "ہفتہ وار خبروں کا خلاصہ ان باکس میں پانے کے لیے سبسکرائب کریں", "promo"),
    ("ur", "تازہ خبروں کے لیے ہماری ویب سائٹ وزٹ کریں", "promo"),
    ("ur", "تازہ ترین خبروں کے لیے پڑھتے رہیں روزنامہ نگر", "promo"),
    # notifications: alert prompts that name the news or updates
    ("ur", "گھنٹی کے نشان پر کلک کریں تاکہ کوئی اپ ڈیٹ رہ نہ جائے", "notifications"),
    ("ur", "تازہ خبروں کے لیے سبسکرائب کا بٹن دبائیں", "notifications"),
    ("ur", "کیا آپ بریکنگ نیوز کے نوٹیفکیشن حاصل کرنا چاہتے ہیں؟", "notifications"),
    ("ur", "نگر نیوز آپ کو تازہ خبروں کے نوٹیفکیشن بھیجنا چاہتا ہے", "notifications"),
]

KEPT = [
    # a how-to's login and account steps
    ("ur", "نتائج دیکھنے کے لیے بورڈ کی ویب سائٹ پر لاگ ان کریں۔"),
    ("ur", "اکاؤنٹ بنائیں اور شناختی کارڈ نمبر درج کریں۔"),
    ("ur", "اگر آپ پاس ورڈ بھول گئے تو ای میل کے ذریعے نیا پاس ورڈ حاصل کریں۔"),
    ("ur", "ای میل کے ذریعے سائن ان کرنے کے بعد درخواست فارم کھولیں۔"),
    ("ur", "اکاؤنٹ نہیں ہے؟ تو پہلے بینک جا کر اکاؤنٹ کھلوائیں۔"),
    ("ur", "ایپ میں کھولیں اور 'رجسٹریشن' کے آپشن پر کلک کریں۔"),
    ("ur", "مفت رجسٹر کریں اور کورس میں داخلہ لیں۔"),
    ("ur", "کتاب پڑھنے کے لیے رجسٹر کریں اور لائبریری کارڈ حاصل کریں۔"),
    # reports about an app, a store, a subscription, a channel
    ("ur", "نادرا کی نئی ایپ پلے اسٹور پر دستیاب ہے۔"),
    ("ur", "روشن ڈیجیٹل ایپ اینڈرائیڈ اور آئی فون دونوں پر دستیاب ہے۔"),
    ("ur", "ڈیلی میل کی ایپ برطانیہ میں دستیاب ہے۔"),
    ("ur", "یہ سہولت صرف سبسکرائبرز کے لیے ہے۔"),
    ("ur", "ہر خبر واٹس ایپ پر درست نہیں ہوتی۔"),
    ("ur", "تازہ ترین خبریں اپنے موبائل پر پڑھنے والوں کی تعداد بڑھ گئی۔"),
    ("ur", "ہماری ایپ کے ساتھ خبریں پڑھنے والے صارفین کی تعداد دس لاکھ ہو گئی"),
    ("ur", "اینڈرائیڈ ایپ اور آئی فون ایپ میں فرق یہ ہے کہ دونوں کے فیچرز الگ ہیں۔"),
    ("ur", "یونیورسٹی کا نیوز لیٹر طلبہ کو ای میل پر بھیجا جاتا ہے۔"),
    # a leader's call in a headline, an advisory on alerts
    ("ur", "ٹک ٹاک پر ہمارے ساتھ جڑیں، وزیر اعلیٰ کی نوجوانوں کو دعوت"),
    ("ur", "ہمارے ساتھ جڑیں اور ملک کو بدلیں، پارٹی کا نیا نعرہ"),
    ("ur", "ٹیکس کی معلومات ای میل پر حاصل کرنے کے لیے رجسٹر کریں۔"),
    ("ur", "تازہ خبروں کے لیے دیکھتے رہیں محکمہ موسمیات کی ویب سائٹ"),
    ("ur", "بارش کی اطلاعات کے لیے ایپ کے نوٹیفکیشنز آن کریں۔"),
    ("ur", "بیل آئیکن دبائیں اور نوٹیفکیشن سیٹنگز کھولیں۔"),
    ("ur", "کیا آپ بینک کے ایس ایم ایس الرٹس حاصل کرنا چاہتے ہیں؟ یہ طریقہ اپنائیں"),
    ("ur", "یہ ایپ آپ کو نوٹیفکیشن بھیجنا چاہتی ہے، اجازت نہ دیں۔"),
    ("ur", "کسی بھی چینل کی نئی ویڈیوز کی اطلاع کے لیے سبسکرائب کا بٹن دبائیں۔"),
]

test_the_sites_call_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_the_near_miss_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, PARA, [line])
