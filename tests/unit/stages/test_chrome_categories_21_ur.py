"""Issue 13, session 21 (Urdu): the chrome forms the blind-written TUNE sets w13, w14 and w15 showed missing in ur —
news-service and bureau bylines, datelines with a date before the source, writer/translator/editor labels, the
about-the-author box, reading times, app calls with their platforms, follow calls with a handle, join-by-link calls,
newsletter e-mail fields, e-paper and subscriber calls, location and login prompts, print lines, rights and copy
notices, ad contacts, teaser labels, closed comments and comment-form fields, agency input labels, previous/next links
with a title, price strips with a purity or a city, prayer times under a two-word label, sponsored labels, live labels
and live stamps, share-call rows — each written here in a wording of its own (made-up sites "شہر نامہ", "نگر"), with
near misses that must stay: a reported sentence, an article's list item, a sentence of news about the same thing."""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reason, clean_lines
from tests.unit.stages.helpers import chrome_form_tests


def _reason(line: str) -> str | None:
    return chrome_reason(line, load_profile("ur"))


CHROME = [
    # bylines
    ("شہر نامہ نیوز بیورو", "byline"),
    ("ملتان: نگر نیوز سروس", "byline"),
    ("(شہر نامہ بیورو)", "byline"),
    ("(92 نیوز)", "byline"),
    ("کانپور، 5 مئی (نگر نیوز)", "byline"),
    ("سکھر (شہر نامہ بیورو)", "byline"),
    ("سٹاف رپورٹر، ملتان", "byline"),
    ("ترجمہ: نسرین بانو", "byline"),
    ("ایڈٹ کردہ: شہر نامہ ڈیسک", "byline"),
    ("از: عمران علی، کانپور", "byline"),
    ("مضمون نگار: پروفیسر جمیل احمد", "byline"),
    ("مضمون نگار: ڈاکٹر سلمان حیدر قریشی — 5 گھنٹے پہلے", "byline"),
    ("از: نگر ڈیسک | پوسٹ کیا گیا: 2 دن پہلے", "byline"),
    ("مصنف کے بارے میں", "byline"),
    ("کالم نگار کے بارے میں: جمیل احمد ملتان میں مقیم صحافی ہیں۔", "byline"),
    ("لکھاری تجزیہ کار ہیں اور معیشت پر لکھتے ہیں۔ ان سے ٹوئٹر پر رابطہ کیا جا سکتا ہے۔", "byline"),
    ("مطالعے کا وقت: 6 منٹ", "byline"),
    ("3 منٹ میں پڑھیں", "byline"),
    ("اشاعت: پیر، 6 مئی 2024 | آخری اپ ڈیٹ: 9:10 شام", "byline"),
    # promos
    ("📱 ہماری نیوز ایپ ڈاؤن لوڈ کریں — اینڈرائیڈ اور آئی فون پر دستیاب", "promo"),
    ("شہر نامہ کی موبائل ایپ انسٹال کریں | Android / iOS", "promo"),
    ("انسٹاگرام پر ہمیں فالو کریں @shehrnama", "promo"),
    ("نگر کے ٹیلی گرام گروپ میں شامل ہونے کے لیے یہاں کلک کریں", "promo"),
    ("چینل سبسکرائب کریں اور گھنٹی کا آئیکن دبائیں", "promo"),
    ("ہفتہ وار نیوز لیٹر پانے کے لیے اپنا ای میل ایڈریس درج کریں", "promo"),
    ("آج کا ای پیپر پڑھنے کے لیے سبسکرپشن لیں", "promo"),
    ("شہر نامہ کا ای پیپر ہر صبح واٹس ایپ پر حاصل کرنے کے لیے اس نمبر پر رابطہ کریں", "promo"),
    ("شہر نامہ کے خریدار بنیں، ماہانہ زر تعاون 150 روپے", "promo"),
    # prompts
    ("موسم کی خبریں دیکھنے کے لیے لوکیشن کی اجازت دیں", "prompt"),
    ("اپنی لوکیشن شیئر کریں تاکہ ہم آپ کو قریبی خبریں دکھا سکیں", "prompt"),
    ("اپنا ضلع منتخب کریں", "prompt"),
    ("پوری خبر پڑھنے کے لیے براہ کرم سائن ان کریں", "prompt"),
    ("جاری رکھنے کے لیے لاگ اِن کریں — Google سے", "prompt"),
    ("لاگ ان | رجسٹر کریں", "prompt"),
    ("ہم آپ کی پرائیویسی کا احترام کرتے ہیں۔ آگے بڑھنے کے لیے رضامندی دیں۔", "prompt"),
    # footers
    ("پرنٹر و پبلشر نعیم احمد نے نگر پرنٹنگ پریس، کانپور سے چھپوا کر شائع کیا۔", "footer"),
    ("جملہ حقوق بحق شہر نامہ محفوظ ہیں", "footer"),
    ("اس ویب سائٹ پر شائع خبروں کی بلا اجازت اشاعت ممنوع ہے۔", "footer"),
    ("اشتہارات کے لیے رابطہ: 0300-1234567", "footer"),
    ("شہر ٹی وی، مال روڈ، ملتان | فون: 061-4500000", "footer"),
    # teasers, comments, disclaimers, navigation
    ("ضرور پڑھیے: ملتان میں گرمی کی شدت میں اضافہ", "read_more"),
    ("پڑھیے: بجلی کے نرخوں میں کمی کا امکان", "read_more"),
    ("تفصیلی خبر پڑھیں", "read_more"),
    ("کمنٹس بند کر دیے گئے ہیں", "comment_form"),
    ("تبصرے (3) بند ہیں", "comment_form"),
    ("نام * ای میل * ویب سائٹ", "comment_form"),
    ("ان پٹ: اے پی پی، رائٹرز", "disclaimer"),
    ("ادارے کا بلاگر اور قارئین کے تبصروں سے متّفق ہونا ضروری نہیں", "disclaimer"),
    ("اگلی خبر: کانپور میں نئے فلائی اوور کا افتتاح", "navigation"),
    # tickers, ads, live labels, share rows
    ("سونا (22 قیراط) ₹66,100 فی 10 گرام | چاندی ₹80,500 فی کلو", "ticker"),
    ("پٹرول ₹96.72 | ڈیزل ₹89.62 (دہلی)", "ticker"),
    ("نماز کے اوقات: فجر 4:30 | ظہر 12:25 | عصر 4:55 | مغرب 7:05 | عشاء 8:30", "ticker"),
    ("اسپانسر شدہ مواد", "ad"),
    ("لائیو | تازہ ترین اپڈیٹس", "live"),
    ("فیس بک پر شیئر کریں · ٹویٹ کریں", "share"),
]

# a live post's stamp, time before the date: a session 20 byline form extended
STAMPS = ["10:05 AM، 3 مئی 2024", "9:15 شام | 3 مئی 2024"]

KEEP = [
    # a government bureau, a lone agency, a translated verse, a sentence about a writer or a book
    "قومی احتساب بیورو",
    "لاہور (قومی احتساب بیورو)",
    "ایران کی سرکاری نیوز ایجنسی",
    "ترجمہ: اور اللہ ہی بہتر جاننے والا ہے",
    "مصنف کے بارے میں کہا جاتا ہے کہ وہ بہت محنتی تھے",
    "مصنف پیشے کے لحاظ سے صحافی ہیں اور ای میل کے ذریعے قارئین سے رابطے میں رہتے ہیں۔",
    "طلبہ کو پڑھنے کا وقت 3 منٹ دیا گیا",
    # reported calls and advice
    "حکومت نے عوام سے کہا کہ نئی ایپ ڈاؤن لوڈ کریں - android اور ios پر دستیاب",
    "ہیکرز نے واٹس ایپ گروپ میں شامل ہونے کے لیے اس لنک پر کلک کریں کا پیغام بھیجا",
    "ای پیپر پڑھنے کے لیے اخبار کی ویب سائٹ پر جانا ہوگا",
    "انہوں نے کہا کہ عوام پارٹی کے رکن بنیں",
    "- ایپ کو صرف استعمال کے وقت لوکیشن کی اجازت دیں",
    "ایپ کو لوکیشن کی اجازت نہ دیں",
    "اپنا امیدوار منتخب کریں",
    "نتائج دیکھنے کے لیے طلبہ ویب سائٹ پر لاگ ان کریں",
    "\"ہم آپ کی رازداری کا احترام کرتے ہیں اور کوکیز محدود کرتے ہیں،\" کمپنی نے کہا",
    # a court, a printer in the news, a helpline of an article
    "پرنٹر اور پبلشر نے عدالت میں بیان دیا",
    "عدالت نے درخواست گزار کے تمام قانونی حقوق محفوظ رکھتے ہوئے اسے نئی عرضی داخل کرنے کی اجازت دی۔",
    "اس ویب سائٹ کے مواد بغیر اجازت شائع کرنا غیر قانونی ہے، عدالت نے کہا",
    "اشتہارات کے لیے رابطہ کرنے والی کمپنی نے 10 لاکھ روپے ادا کیے",
    "ریسکیو 1122 دفتر، پشاور | فون: 091-9222222",
    # a technical spec, a lone price, a live page's headline, a sentence with a time and a date
    "ان پٹ: 220 وولٹ",
    "- سونا: 72,000 روپے فی 10 گرام",
    "سونا فی تولہ: 2,42,100 روپے",
    "براہ راست: وزیراعظم کا خطاب",
    "10:30 صبح، 3 مئی 2024 کو اجلاس ہوا",
    "تبصرے بند ہیں تو بھی",
]



@pytest.mark.parametrize("line", STAMPS)
def test_live_stamp_is_removed(line):
    assert _reason(line) is not None


#: every chrome line removed with its reason, every near miss kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests("ur", CHROME, KEEP)


def test_in_a_page_the_forms_go_and_the_article_stays():
    body = ["ملتان میں گزشتہ روز شدید بارش کے باعث نشیبی علاقوں میں پانی جمع ہو گیا اور ٹریفک کا نظام درہم برہم رہا۔",
            "ضلعی انتظامیہ نے شہریوں کو مشورہ دیا ہے کہ وہ غیر ضروری سفر سے گریز کریں"
            " اور ہنگامی صورت میں ہیلپ لائن سے رابطہ کریں۔"]
    lines = ["شہر نامہ نیوز بیورو", body[0], "ضرور پڑھیے: ملتان میں گرمی کی شدت میں اضافہ", body[1],
             "جملہ حقوق بحق شہر نامہ محفوظ ہیں"]
    reasons = clean_lines(list(lines), load_profile("ur"))
    assert reasons == ["byline", None, "read_more", None, "footer"]
