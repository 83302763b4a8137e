"""Issue 13, session 23: the older ur chrome rules narrowed for precision after an adversarial pass
(/tmp/s23/adv/ur.report.md): per narrowed rule, article lines in a new wording that must stay (alone and between two
article paragraphs) and one chrome line that must still go, with its reason."""

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

CHROME = [
    ("© 2025 روزنامہ شہر نامہ۔ جملہ حقوق محفوظ ہیں۔", "legal"),                        # rights: no possessor
    ("ہم بہتر تجربے کے لیے کوکیز استعمال کرتے ہیں۔ قبول کریں", "legal"),               # cookies: the site's voice
    ("تازہ خبروں کی اطلاعات کے لیے Allow پر کلک کریں", "prompt"),                        # push prompt
    ("آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا۔", "comment_form"),                    # anchored form notice
    ("دوستوں کے ساتھ شیئر کریں", "share"),                                               # share call alone
    ("تازہ اپ ڈیٹس کے لیے صفحہ ریفریش کریں", "live"),                                    # refresh call
    ("اس مضمون کو پڑھنے میں 6 منٹ لگیں گے", "byline"),                                   # reading time of the piece
    ("تازہ ترین خبروں کے لیے ہمیں ٹیلی گرام پر فالو کریں", "promo"),                    # the site's own account
    ("شہر نامہ کے یوٹیوب چینل کو سبسکرائب کریں", "promo"),                               # channel call, anchored
    ("شہر نامہ کو انسٹاگرام پر فالو کریں", "promo"),                                    # follow on a platform
    ("شہر نامہ ایپ ڈاؤن لوڈ کریں اور ہر خبر فوراً پائیں", "promo"),                      # app call with a news tail
    ("ملتان 39°C دھوپ", "ticker"),                                                      # weather with a condition
    ("اپ ڈیٹ: 14 مارچ 2025، 11:20 صبح", "byline"),                                       # label and date
    ("ٹیگ: بجٹ، مہنگائی", "tags"),                                                       # tag label with separator
    ("بریکنگ نیوز کے لیے نوٹیفیکیشنز آن کریں", "prompt"),                                # notifications with a news cue
    ("(ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں)", "disclaimer"),             # the site not agreeing
    ("آج کا ای پیپر پڑھنے کے لیے یہاں کلک کریں", "promo"),                               # click call
]

KEPT = [
    "عدالت نے کہا کہ کرایہ داروں کے تمام حقوق محفوظ ہیں۔",
    "معاہدے کے تحت کسانوں کے تمام حقوق محفوظ ہیں۔",
    "رپورٹ کے مطابق کئی سرکاری ویب سائٹس صارفین کی رضامندی کے بغیر کوکیز استعمال کرتی ہیں۔",
    "وزیر اطلاعات نے ہدایت دی کہ نجی چینلز کو جلسے کی کوریج کی اجازت دیں",
    "یونیورسٹی نے اعلان کیا کہ امیدواروں کا ای میل ایڈریس شائع نہیں کیا جائے گا۔",
    "دوستوں کے ساتھ اپنی پریشانیاں شیئر کریں تو دل ہلکا ہوتا ہے۔",
    "اگر فارم جمع نہ ہو تو صفحہ ریفریش کریں۔",
    "ماہرین کے مطابق بچوں کو ایک کہانی پڑھنے میں 10 منٹ لگتے ہیں۔",
    "امتحان کی تازہ معلومات کے لیے صرف بورڈ کا آفیشل فیس بک پیج فالو کریں۔",
    "نوجوان اپنے اساتذہ کو ٹوئٹر پر فالو کریں۔",
    "دھوکے سے بچنے کے لیے صرف سرکاری واٹس ایپ چینل کو جوائن کریں۔",
    "فیس جمع کرانے کے لیے بینک کی ایپ انسٹال کریں",
    "بینک ایپ ڈاؤن لوڈ کریں اور اپنا اکاؤنٹ نمبر درج کریں۔",
    "سبی 50°",
    "شائع ہونے والے اعداد و شمار میں 7 فیصد کمی",
    "ٹیگ ہونے والی تصاویر پر صارفین کو اطلاع دی جائے گی",
    "آئی فون میں سیلاب الرٹس آن کریں",
    "قارئین کا مصنف سے متفق ہونا ضروری نہیں، مگر ناول کی زبان قابل داد ہے۔",
    "فارم پُر کریں اور رسید دیکھنے کے لیے کلک کریں۔",
]

test_chrome_forms, test_near_misses_kept = chrome_form_tests("ur", CHROME, KEPT)

PARA = "یہ ایک لمبا پیراگراف ہے جس میں خبر کی پوری تفصیل دی گئی ہے اور اس میں کئی جملے موجود ہیں۔"


def test_kept_between_paragraphs() -> None:
    assert_kept_between("ur", PARA, KEPT)
