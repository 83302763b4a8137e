"""Issue 13, session 22 (Urdu): the chrome forms the blind-written TUNE sets w19 and w20 showed missing in ur — a
writer's name with a date, a correspondent's desk word with a place, the author box's one-line bio, photographer and
screenshot credits, most-read and more-by-this-writer labels, topic/keyword/category labels, contribution calls,
contests, subscription offers, a language switch, a named paper's e-paper, a site's slogan, a two-role imprint, copy
notices in the institution's name, the ad contact without a number, translation notes, agency stories taken as is,
cookie button rows, previous/next links in other nouns, the story continuing after an ad, a CMS stamp alone, a name with
the desk word after it, a site's ".com" with its city, the writer's contact, graphics and archive-photo credits, footer
links, toolbar buttons, comment calls, a first-published note in brackets, and four earlier forms that
take more wordings (a "ذرائع:" source label, a warning "صرف آگاہی کے لیے", a dollar rate with its market in brackets,
"… پر ہمارے ساتھ جڑیں") — each written here in a wording of its own (made-up sites "شہر نامہ", "نگر"), with near misses
that must stay: a reported sentence, an article's list item, a sentence of news about the same thing."""

from tests.unit.stages.helpers import chrome_form_tests

CHROME = [
    # bylines
    ("سلمیٰ خان — 05/03/2025", "byline"),
    ("جمیل احمد | 5/3/25", "byline"),
    ("نامہ نگار، سوپور", "byline"),
    ("خصوصی نامہ نگار | ملتان", "byline"),
    ("خبر نگار - گلگت", "byline"),
    ("مصنفہ ماہر تعلیم ہیں اور کوئٹہ میں مقیم ہیں۔", "byline"),
    ("لکھاری سینئر صحافی ہیں۔", "byline"),
    ("بلاگر فری لانس صحافی ہیں", "byline"),
    ("کالم نگار سابق سفیر ہیں، آج کل لاہور میں مقیم ہیں۔", "byline"),
    # credits
    ("فوٹوگرافر: جمیل احمد", "credit"),
    ("کیمرہ مین - نگر نیوز", "credit"),
    ("اسکرین شاٹ", "credit"),
    ("ویڈیو سکرین گریب", "credit"),
    ("سکرین شاٹ: ایکس", "credit"),
    # teasers
    ("سب سے زیادہ دیکھی گئی", "related"),
    ("رجحان ساز", "related"),
    ("اس لکھاری کی مزید تحریریں", "related"),
    ("نسرین بانو کی دیگر تحریریں", "related"),
    # tags
    ("موضوعات: معیشت | تعلیم | صحت", "tags"),
    ("کلیدی الفاظ: سیلاب، امداد، این ڈی ایم اے", "tags"),
    ("زمرہ: کھیل", "tags"),
    # promos
    ("اپنے بلاگ ہمیں ای میل کریں", "promo"),
    ("اپنی تحریریں ہمیں واٹس ایپ پر بھیجیں اور شہر نامہ کے بلاگر بنیں", "promo"),
    ("کوئز میں حصہ لیں اور جیتیں نقد انعام!", "promo"),
    ("عید مقابلہ: درست جواب دیں اور جیتیں موٹر سائیکل", "promo"),
    ("ماہانہ سبسکرپشن صرف 300 روپے، ابھی سبسکرائب کریں", "promo"),
    ("سالانہ خریداری 4000 روپے — آج ہی رابطہ کریں", "promo"),
    ("یہ خبر انگریزی میں پڑھیں", "promo"),
    ("روزنامہ نگر کا ای پیپر پڑھیں", "promo"),
    ("واٹس ایپ پر ہمارے ساتھ جڑیں", "promo"),
    # footers
    ("شہر نامہ — سچ کی آواز", "footer"),
    ("نگر ٹائمز | آزادیٔ اظہار کا پلیٹ فارم", "footer"),
    ("مدیر اعلیٰ: جمیل احمد | پرنٹر و پبلشر: نگر پبلیکیشنز، ملتان", "footer"),
    ("ادارے کی تحریری اجازت کے بغیر کسی خبر کی نقل ممنوع ہے۔", "footer"),
    ("اشتہارات کے لیے رابطہ کریں", "footer"),
    ("اشتہار کے لئے رابطہ: شہر نامہ مارکیٹنگ", "footer"),
    # disclaimers
    ("(یہ تحریر انگریزی سے ترجمہ کی گئی ہے)", "disclaimer"),
    ("یہ کالم عربی سے اردو میں ترجمہ کیا گیا ہے۔", "disclaimer"),
    ("یہ رپورٹ خبر رساں ایجنسی سے لی گئی ہے۔", "disclaimer"),
    ("سرخی کے علاوہ اس رپورٹ میں کوئی تبدیلی نہیں کی گئی۔", "disclaimer"),
    ("تنبیہ: یہ معلومات صرف آگاہی کے لیے ہیں، دوا لینے سے پہلے معالج سے مشورہ کریں۔", "disclaimer"),
    ("ذرائع: ادارہ شماریات", "disclaimer"),
    # cookies
    ("کوکیز: سب قبول کریں | مسترد کریں", "legal"),
    ("قبول کریں / مسترد کریں", "legal"),
    ("کوکیز — ترتیبات", "legal"),
    # navigation, ads, tickers
    ("اگلا کالم", "navigation"),
    ("گزشتہ پوسٹ", "navigation"),
    ("اشتہار کے نیچے کالم جاری ہے", "ad"),
    ("مضمون اشتہار کے بعد جاری ہے", "ad"),
    ("ڈالر (اوپن مارکیٹ): 281.50 | یورو: 302.10", "ticker"),
    # (second pass: other wordings of the same widgets)
    ("05/03/2025 09:15", "byline"),
    ("بلاگر: نسرین بانو", "byline"),
    ("نسرین بانو، خصوصی نامہ نگار", "byline"),
    ("شہر نامہ ڈاٹ کام، ملتان", "byline"),
    ("کالم نگار سے رابطہ: nasreen@example.com", "byline"),
    ("مصنفہ کا ایکس ہینڈل: @nasreen", "byline"),
    ("لکھاری کا تعارف", "byline"),
    ("فوٹو کریڈٹ: نگر نیوز", "credit"),
    ("انفوگرافک - شہر نامہ", "credit"),
    ("آرکائیو فوٹو", "credit"),
    ("زیادہ دیکھی گئی ویڈیوز", "related"),
    ("اس کالم پر اپنی رائے دیں", "comment_form"),
    ("واپس اوپر جائیں", "footer"),
    ("ہمارے ساتھ اشتہار دیں", "footer"),
    ("فونٹ سائز", "toolbar"),
    ("سوشل میڈیا پر ہمیں فالو کیجیے", "promo"),
    ("(یہ کالم پہلی بار 3 مئی کو روزنامہ نگر میں شائع ہوا تھا)", "disclaimer"),
]

KEPT = [
    # a channel call in reported speech (a held-out set's near miss, worded anew here)
    "بلدیہ نے شہریوں سے اپیل کی کہ پانی کی فراہمی کی اطلاع کے لیے بلدیہ کا واٹس ایپ گروپ جوائن کریں۔",
    "ڈپٹی کمشنر نے کہا کہ سیلاب کی تازہ صورتحال کے لیے ضلع کا ٹیلی گرام چینل جوائن کریں",
    # a name or a place alone, a desk word in a sentence
    "جمیل احمد، ملتان",
    "نامہ نگار نے بتایا کہ سوپور میں کرفیو نافذ ہے۔",
    "جمیل احمد نے 5 مئی 2025 کو استعفیٰ دیا۔",
    "پہلا مرحلہ — 19 اپریل 2024",
    # a book review's sentence about the writer
    "مصنف نے اپنی کتاب میں لکھا کہ وہ صحافی تھے۔",
    "مصنف اس کتاب میں معاشرتی ناانصافی پر زور دیتے ہیں۔",
    "مصنفہ ماہر تعلیم ہیں اور بچوں کے لیے کہانیاں لکھتی ہیں۔",
    # a sentence about a photographer or a screenshot
    "فوٹوگرافر: وہ کئی سال سے اس ادارے میں کام کر رہے ہیں",
    "اسکرین شاٹ سوشل میڈیا پر وائرل ہو گیا۔",
    # a sentence about popularity or writings
    "یہ گانا نوجوانوں میں مقبول ترین ہے۔",
    "انہوں نے اقبال کی دیگر تحریریں بھی پڑھیں۔",
    "نصاب کے تمام مضامین",
    # an article's list item with a topic
    "موضوع: پاکستان کی معیشت اور درپیش چیلنجز",
    "زمرہ: وہ کھلاڑی جو پہلی بار ٹیم میں شامل ہوئے",
    # reported calls, news about contests and prices
    "وزیر نے کہا کہ اپنی شکایات ہمیں ای میل کریں۔",
    "پاکستان نے مقابلہ جیت لیا اور ٹرافی اپنے نام کی۔",
    "امید ہے کہ کھلاڑی یہ مقابلہ جیتیں گے۔",
    "اخبار کی سالانہ خریداری 4000 روپے ہو گئی ہے۔",
    "طلبہ انگریزی میں پڑھیں گے تو بہتر ہوگا۔",
    # a headline with a dash, an editor in a sentence
    "کشمیر — عوام کی آواز دبانے کی کوشش",
    "مدیر اعلیٰ نے کہا کہ اخبار جلد دوبارہ شائع ہوگا۔",
    "عدالت نے کہا کہ ادارے کی اجازت کے بغیر مواد کی اشاعت ممنوع ہے۔",
    "اشتہارات کے لیے رابطہ کرنے والوں کی تعداد بڑھ گئی۔",
    # news about translation, agencies, cookies, ads
    "یہ ناول انگریزی سے ترجمہ کیا گیا ہے۔",
    "رپورٹ کے مطابق یہ خبر خبر رساں ادارے سے لی گئی تھی اور غلط نکلی۔",
    "یورپی یونین نے کوکیز کے قوانین سخت کر دیے۔",
    "اشتہار کے بعد کمپنی کی فروخت بڑھ گئی۔",
    "ذرائع کے مطابق اجلاس کل ہوگا۔",
    "ذرائع: حکومت جلد استعفیٰ دے گی",
    # a lone price (an article's list item)
    "ڈالر (اوپن مارکیٹ): 281.50",
    "عوام ٹیلی گرام پر ہمارے ساتھ جڑیں گے، وزیر نے کہا۔",
    # (second pass) a desk word in a sentence, a sentence after a label, an essay's history as prose
    "نسرین بانو، نامہ نگار نے بتایا کہ",
    "بلاگر: وہ کئی سال سے لکھ رہے ہیں",
    "نقشہ: اس علاقے میں سیلاب آیا",
    "یہ مضمون پہلی بار 1935 میں شائع ہوا تھا۔",
    "سوشل میڈیا پر ہمیں فالو کرنے والوں کی تعداد بڑھ گئی۔",
    "مصنف سے رابطہ کرنے کی کوشش کی گئی لیکن جواب نہیں ملا۔",
]

test_chrome_forms_22_ur, test_near_misses_22_ur = chrome_form_tests("ur", CHROME, KEPT)
