"""Issue 13, session 19: the chrome forms a blind-written set of news-site chrome showed missing (live-blog labels,
reading tools, notification prompts, price and score strips, unedited-feed notes, bylines with their times, promos
whose call stands mid-line) — each written here in a wording of its own, with a near miss per form that must stay:
a reported sentence, a list item of an article, a sentence of news about the same thing."""


from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import chrome_form_tests

CHROME = [
    # language-independent forms (web-common, in every profile)
    ("hi", "Live", "live"),
    ("bn", "৯:১৫ PM", "live"),
    ("ur", "8:05 AM PKT", "live"),
    ("gu", "Font size: A- A A+", "toolbar"),
    ("mr", "a+ a-", "toolbar"),
    ("hi", "Promoted Stories", "ad"),
    ("hi", "ENG 145/3 (22.4) vs IND • इंग्लैंड को 160 रन चाहिए", "ticker"),
    ("ur", "SL 98/2 (12) | BAN 101/9 (19.5)", "ticker"),
    ("bn", "নিফটি ২৩,১০০.৫০ ▼ ০.২১%", "ticker"),
    ("hi", "Written by: सीमा वर्मा | Updated: 4 May 2025, 8:10 pm", "byline"),
    ("mr", "Posted: May 4, 2025 8:10 PM | Updated: May 4, 2025 9:00 PM", "byline"),
    ("gu", "ગુજરાતી ન્યૂઝ ડેસ્ક | Published: 4 May 2025", "byline"),
    ("bn", "পরের খবর →", "navigation"),
    ("ur", "Share via WhatsApp", "share"),
    # Hindi
    ("hi", "(यह ख़बर एनडीटीवी टीम द्वारा संपादित नहीं की गई है, इसे ऑटोमेटेड न्यूज़ फ़ीड से लिया गया है.)", "disclaimer"),
    ("hi", "क्रिकेट की हर अपडेट पाने के लिए हमारा नया ऐप डाउनलोड करें", "promo"),
    ("hi", "क्रिकेट स्कोर के लिए डाउनलोड करें नगर समाचार ऐप", "promo"),
    ("hi", "नगर समाचार का Telegram चैनल जॉइन करें और पाएं हर अपडेट", "promo"),
    ("hi", "नगर न्यूज | भोपाल", "byline"),
    ("hi", "नगर समाचार डेस्क, भोपाल Mon, 5 May 2025 09:30 AM", "byline"),
    ("hi", "अपना कॉमेंट लिखें", "comment_form"),
    ("hi", "ब्रेकिंग खबरों के अलर्ट पाने के लिए Allow बटन दबाएं", "prompt"),
    ("hi", "क्या आप हमारी खबरों के अपडेट पाना चाहते हैं? हां / नहीं", "prompt"),
    ("hi", "यह वेबसाइट कूकीज़ का इस्तेमाल करती है", "legal"),
    ("hi", "पेट्रोल ₹96.10 • डीजल ₹89.05 (भोपाल)", "ticker"),
    ("hi", "विज्ञापन मुक्त पढ़ें सिर्फ ₹99 में", "ad"),
    ("hi", "लाइव अपडेट्स", "live"),
    ("hi", "ताज़ा जानकारी के लिए पेज रिफ्रेश करते रहें", "live"),
    ("hi", "यह ख़बर सुनें", "toolbar"),
    # Marathi
    ("mr", "आणखी वाचा: पुण्यात पावसाचा जोर वाढला", "read_more"),
    ("mr", "पुढील बातमी पाहण्यासाठी इथे क्लिक करा", "read_more"),
    ("mr", "नगर वार्ता ॲप डाउनलोड करा आणि मिळवा प्रत्येक अपडेट", "promo"),
    ("mr", "नगर ऑनलाइन टीम, सातारा", "byline"),
    ("mr", "शेवटचे अपडेट: ५ मे २०२५, ०९:३०", "byline"),
    ("mr", "कमेंट करण्यासाठी लॉगिन करा", "comment_form"),
    ("mr", "सोने ₹95,100 | चांदी ₹97,000/किलो", "ticker"),
    ("mr", "बातमी जाहिरातीनंतर सुरू", "ad"),
    ("mr", "लाइव्ह अपडेट्स", "live"),
    # Bengali
    ("bn", "সব খবর পেতে ডাউনলোড করুন নগর বার্তার অ্যাপ", "promo"),
    ("bn", "লাইক করুন আমাদের ফেসবুক পেজ", "promo"),
    ("bn", "ফাইল ছবি", "credit"),
    ("bn", "(মতামত লেখকের নিজস্ব)", "disclaimer"),
    ("bn", "অনলাইন ডেস্ক:", "byline"),
    ("bn", "মন্তব্য করতে লগ ইন করুন", "comment_form"),
    ("bn", "পেট্রল ₹১০৪.১০ | ডিজেল ₹৯১.০০", "ticker"),
    ("bn", "লাইভ আপডেট", "live"),
    ("bn", "খবর শুনুন", "toolbar"),
    # Urdu
    ("ur", "مکمل خبر پڑھنے کے لیے یہاں کلک کریں", "read_more"),
    ("ur", "شہر نامہ ایپ ڈاؤن لوڈ کریں", "promo"),
    ("ur", "(ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں)", "disclaimer"),
    ("ur", "نمائندہ شہر نامہ، ملتان", "byline"),
    ("ur", "تبصرہ کرنے کے لیے لاگ ان کریں", "comment_form"),
    ("ur", "پیٹرول 255.60 روپے | ڈیزل 260.10 روپے", "ticker"),
    ("ur", "لائیو اپڈیٹس", "live"),
    # Gujarati
    ("gu", "વિગતવાર વાંચવા અહીં ક્લિક કરો", "read_more"),
    ("gu", "નગર સમાચારની એપ ડાઉનલોડ કરો", "promo"),
    ("gu", "(લેખકના વિચારો વ્યક્તિગત છે)", "disclaimer"),
    ("gu", "સુરત, તા. 5 મે 2025, સોમવાર", "byline"),
    ("gu", "કોમેન્ટ કરવા માટે લૉગિન કરો", "comment_form"),
    ("gu", "જાહેરાત બાદ સમાચાર ચાલુ", "ad"),
    ("gu", "લાઇવ અપડેટ્સ", "live"),
    # second round
    ("hi", "Published at : 5 May 2025 09:30 AM (IST) | Edited By: Ravi Kumar", "byline"),
    ("mr", "Updated on: May 5, 2025 | 09:30 AM", "byline"),
    ("hi", "Inputs: PTI, ANI", "disclaimer"),
    ("bn", "Copied!", "share"),
    ("gu", "Share this: Facebook WhatsApp Print", "share"),
    ("ur", "Advertisement - اشتہار", "ad"),
    ("hi", "5 May 2025 | 09:30 AM IST", "live"),
    ("mr", "RCB 201/5 (19.1 ov) vs KKR | CRR: 10.5", "ticker"),
    ("hi", "भारत 210/4 (40 ओवर) - लाइव स्कोर", "ticker"),
    ("gu", "SENSEX 80,112 +0.41% NIFTY 24,300 +0.38%", "ticker"),
    ("hi", "जयपुर 39°C साफ आसमान", "ticker"),
    ("bn", "ঢাকা ৩০° | আর্দ্রতা ৮০%", "ticker"),
    ("hi", "मुख्य समाचार / राजस्थान / जयपुर", "navigation"),
    ("ur", "کراچی: (ویب ڈیسک)", "byline"),
    ("hi", "नगर समाचार को फॉलो करें: Facebook | Instagram | YouTube", "promo"),
    ("gu", "Do you want notifications? Yes / No", "prompt"),
    ("hi", "नगर समाचार के Telegram चैनल से जुड़ने के लिए यहां क्लिक करें", "promo"),
    ("mr", "(ही बातमी एजन्सी फीडमधून थेट प्रसिद्ध करण्यात आली आहे.)", "disclaimer"),
    ("bn", "নগর বার্তা প্রতিবেদক", "byline"),
    ("ur", "(اس تحریر میں پیش کیے گئے خیالات مصنف کے ذاتی ہیں، ادارے کا ان سے متفق ہونا ضروری نہیں۔)", "disclaimer"),
    ("gu", "(તસવીરો: નગર સમાચાર)", "credit"),
    ("mr", "पुढील बातमी वाचण्यासाठी येथे क्लिक करा...", "read_more"),  # a truncated call: no sentence
    # third round
    ("hi", "- पीटीआई", "disclaimer"),
    ("ur", "— اے این آئی", "disclaimer"),
    ("bn", "(সূত্র: রয়টার্স)", "disclaimer"),
    ("gu", "f  t  in  ✉", "share"),
    ("mr", "Share via: WhatsApp | Facebook | X", "share"),
    ("hi", "Follow Nagar Samachar on Google News", "promo"),
    ("hi", "Updated Mar 4, 2025 | 09:10 PM IST", "byline"),
    ("bn", "একটি উত্তর দিন উত্তর বাতিল করুন", "comment_form"),
    ("ur", "آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا۔", "comment_form"),
    ("mr", "← मागील बातमी   पुढील बातमी →", "navigation"),
]



PROSE = [
    # a cookie story, a notification story, an app the minister asked for, a reported note (the precision fixes)
    ("hi", "यूरोपीय संघ ने वेबसाइटों पर कुकीज़ के ज़रिए उपयोगकर्ताओं का डेटा जुटाने के नियम और सख्त कर दिए हैं।"),
    ("hi", "मंत्री ने कहा कि किसानों के लिए यह ऐप डाउनलोड करें और मौसम की जानकारी लें।"),
    ("hi", "विशेषज्ञों के मुताबिक सुरक्षा के लिए यह ऐप डाउनलोड करें"),
    ("hi", "कंपनी ने बताया कि नोटिफिकेशन भेजने के लिए ऐप को अनुमति देना ज़रूरी नहीं है।"),
    ("ur", "پیمرا نے ہدایت کی کہ ہر پروگرام سے پہلے بتایا جائے کہ ادارے کا مہمانوں کی رائے سے متفق ہونا ضروری نہیں۔"),
    # a time, a score, prices and a percentage inside sentences
    ("hi", "मैच शाम 7:30 PM पर शुरू होगा और दर्शकों को एक घंटा पहले पहुंचना होगा।"),
    ("hi", "भारत ने 45.2 ओवर में 287/5 रन बनाए और ऑस्ट्रेलिया को हराया।"),
    ("hi", "दिल्ली में पेट्रोल ₹94.72 और डीजल ₹87.62 प्रति लीटर बिक रहा है।"),
    ("bn", "আজ সেনসেক্স ০.৪৮% বেড়েছে, বিনিয়োগকারীরা খুশি।"),
    ("ur", "حکومت نے پیٹرول کی قیمت 259.10 روپے فی لیٹر مقرر کر دی ہے۔"),
    # live, listen and a byline word in prose
    ("hi", "कार्यक्रम का लाइव प्रसारण दूरदर्शन पर किया जाएगा।"),
    ("mr", "प्रेक्षकांनी गाणे ऐका आणि आनंद घ्या, असे आवाहन आयोजकांनी केले."),
    ("gu", "પોલીસે જણાવ્યું કે આરોપીનો ફોટો સોશિયલ મીડિયા પર વાયરલ થયો હતો."),
    ("web-common", "By Monday, the company had updated its forecast to 3%."),
    ("web-common", "The report was published: it takes effect on 12 June."),
    ("web-common", "Share prices rose 3% on Monday."),
    ("bn", "তিনি বলেন, নিজস্ব চিত্রশিল্পীদের কাজ প্রদর্শনীতে রাখা হবে।"),
    # second round: cookie rules and rights as news, in every language; an etymology; a camera's video spec
    ("hi", "नए नियमों के तहत वेबसाइटों को कुकीज़ इस्तेमाल करने से पहले लोगों की सहमति लेनी होगी।"),
    ("mr", "नव्या नियमांनुसार वेबसाइट्सना कुकीज वापरण्यापूर्वी वापरकर्त्यांची संमती घ्यावी लागेल."),
    ("bn", "নতুন নিয়মে ওয়েবসাইটগুলোকে কুকি ব্যবহারের আগে ব্যবহারকারীর সম্মতি নিতে হবে।"),
    ("ur", "نئے قوانین کے تحت ویب سائٹس کو کوکیز استعمال کرنے سے پہلے صارفین کی رضامندی لینا ہوگی۔"),
    ("gu", "નવા નિયમો મુજબ વેબસાઇટ્સે કૂકીઝનો ઉપયોગ કરતા પહેલાં સંમતિ લેવી પડશે."),
    ("hi", "अदालत ने सभी अधिकार सुरक्षित रखते हुए याचिका खारिज कर दी।"),
    ("hi", "मागधी > मागही > मगही"),
    ("bn", "Video: 4K/60p, Full HD 120p"),
    ("ur", "پولیس نے عوام سے کہا کہ وہ ادارے کو فیس بک پر فالو کریں"),
    ("hi", "दिल्ली में आज तापमान 45°C तक पहुंच गया और लू चली।"),
    ("hi", "- पीटीआई के मुताबिक हादसे में तीन लोगों की मौत हुई"),  # a list item that cites the agency
    ("web-common", "Updated guidelines for 2024 were released on Monday."),
    ("web-common", "Follow the river on foot for two miles."),
]


#: every chrome line removed with its reason, every near miss kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, PROSE)


def test_in_a_page_the_forms_go_and_the_article_stays():
    lines = ["भोपाल में आज सुबह से तेज बारिश हो रही है और कई इलाकों में पानी भर गया है।",
             "लाइव अपडेट्स",
             "10:45 AM IST",
             "नगर निगम ने लोगों से घरों में रहने की अपील की है।",
             "यह ख़बर सुनें",
             "पेट्रोल ₹96.10 • डीजल ₹89.05 (भोपाल)"]
    reasons = clean_lines(list(lines), load_profile("hi"))
    assert reasons == [None, "live", "live", None, "toolbar", "ticker"]
