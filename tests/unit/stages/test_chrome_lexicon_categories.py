"""Issue 13: the chrome *categories* of every profile (patterns, not seen strings).

For each category a line of site chrome, written for these tests in the form news sites of that language
print it, is removed with its reason; and a near miss — a sentence of news prose that uses the same words
(someone quoted saying "फॉलो करें", an article about an app, a photo, a copyright case) — is kept.
Hindi first, then Marathi, Bengali, Urdu, Gujarati, the other Indic profiles, Hinglish and English.
"""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reason


def _reason(profile: str, line: str) -> str | None:
    return chrome_reason(line, load_profile(profile))


# -- chrome lines, with their reason --------------------------------------------------------------------
CHROME = [
    # Hindi
    ("hi", "ये खबर भी पढ़ें: मानसून ने समय से पहले दी दस्तक", "read_more"),
    ("hi", "वेब स्टोरीज", "related"),
    ("hi", "इस खबर को शेयर करें", "share"),
    ("hi", "व्हाट्सएप पर शेयर करें", "share"),
    ("hi", "फेसबुक ट्विटर व्हाट्सएप टेलीग्राम", "share"),
    ("hi", "देश-दुनिया की ताजा खबरों के लिए हमें फेसबुक और ट्विटर पर फॉलो करें", "share"),
    ("hi", "Hindi News से जुड़ी अन्य अपडेट के लिए हमें फेसबुक और ट्विटर पर फॉलो करें", "promo"),
    ("hi", "हमारे न्यूज़लेटर को सब्सक्राइब करें", "promo"),
    ("hi", "हमारे यूट्यूब चैनल को सब्सक्राइब करें", "promo"),
    ("hi", "इमेज स्रोत, Getty Images", "credit"),
    ("hi", "साभार: सोशल मीडिया", "credit"),
    ("hi", "(आईएएनएस)", "disclaimer"),
    ("hi", "यहां दी गई जानकारी सामान्य मान्यताओं पर आधारित है। नगर समाचार इसकी पुष्टि नहीं करता है।", "disclaimer"),
    ("hi", "(ये लेखक के निजी विचार हैं)", "disclaimer"),
    ("hi", "जागरण संवाददाता, आगरा", "byline"),
    ("hi", "लेखक के बारे में", "byline"),
    ("hi", "5 मिनट में पढ़ें", "byline"),
    ("hi", "सबसे पहले कमेंट करें", "comment_form"),
    ("hi", "कमेंट करने के लिए लॉगिन करें", "comment_form"),
    ("hi", "सभी स्वीकार करें", "legal"),
    ("hi", "कॉपीराइट © 2024 नगर समाचार", "legal"),
    ("hi", "सभी अधिकार सुरक्षित", "legal"),
    ("hi", "विज्ञापन के नीचे खबर जारी है", "ad"),
    ("hi", "आगे पढ़ने के लिए नीचे स्क्रॉल करें", "ad"),
    ("hi", "होम » देश » उत्तर प्रदेश", "navigation"),
    ("hi", "होम देश विदेश मनोरंजन खेल बिज़नेस", "navigation"),
    ("hi", "सेंसेक्स 65,001.12 +250.11 (0.38%) | निफ्टी 19,456.20 -12.30", "ticker"),
    ("hi", "नगर समाचार के नए ऐप से अपने फोन पर पाएं रियल टाइम अलर्ट और सभी खबरें. डाउनलोड करें", "promo"),
    ("hi", "रहें हर खबर से अपडेट, डाउनलोड करें Android Hindi News App अपने मोबाइल पे|", "promo"),
    ("hi", "(आप हमें फ़ेसबुक, ट्विटर, इंस्टाग्राम और यूट्यूब पर फ़ॉलो भी कर सकते हैं.)", "promo"),
    ("hi", "nagarsamachar.com पर पढ़ें ताज़ा राष्ट्रीय समाचार, लेटेस्ट हिंदी समाचार", "promo"),
    ("hi", "अपडेटेड Sat, 09 Mar 2024 10:15 AM (IST)", "byline"),
    ("hi", "Ye Bhi Padhein: Delhi mein barish se jaam", "read_more"),  # Hinglish, from hi-Latn
    ("hi", "WhatsApp Channel Join Karein", "promo"),
    ("hi", "Rahul Sharma | 2 din pehle", "byline"),  # Hinglish, from hi-Latn
    ("hi", "12 Jun 2023, 10:15 AM IST", "byline"),  # English, from web-common
    # promos by what they are made of (the site's "we", a channel, a call at the end), in other word orders
    ("hi", "ताजा अपडेट के लिए हमारे साथ फेसबुक, ट्विटर और टेलीग्राम पर जुड़ें", "promo"),
    ("hi", "Google News पर हमें फॉलो करें", "promo"),
    ("hi", "हमारे व्हाट्सऐप चैनल से जुड़ने के लिए यहां क्लिक करें", "promo"),
    ("hi", "खबरों के लिए डाउनलोड करें हमारा ऐप", "promo"),
    ("hi", "हमारे न्यूजलेटर की सदस्यता लें", "promo"),
    ("hi", "WhatsApp पर शेयर करें", "share"),
    ("hi", "पूरी खबर पढ़ने के लिए यहां क्लिक करें", "read_more"),
    ("hi", "सम्बंधित ख़बरें", "related"),
    ("hi", "पोस्ट किया गया: 2 मई 2020", "byline"),
    ("hi", "Last Modified: April 2, 2020, 7:40 pm", "byline"),
    ("hi", "(यह खबर एजेंसी फीड से ऑटो-पब्लिश की गई है)", "disclaimer"),
    ("hi", "अपडेटेड 15 मिनट पहले", "byline"),
    ("hi", "लखनऊ, राज्य ब्यूरो", "byline"),
    ("hi", "एजेंसी, नई दिल्ली", "byline"),
    ("hi", "टिप्पणियां: 0", "comment_form"),
    # a nukta written or left out: one key (the rules were written with "पढ़ें", "फॉलो")
    ("hi", "ये भी पढें: नदी पर नया पुल खुला", "read_more"),
    ("hi", "इसे भी पढें", "read_more"),
    ("hi", "फ़ॉलो करें", "share"),
    ("hi", "राहुल शर्मा | 2 दिन पहले", "byline"),
    # Marathi
    ("mr", "हे सुद्धा वाचा: पुण्यात पावसाचा जोर वाढला", "read_more"),
    ("mr", "ताज्या बातम्यांसाठी आम्हाला फेसबुक आणि ट्विटरवर फॉलो करा", "promo"),
    ("mr", "लोकमतच्या व्हॉट्सअ‍ॅप चॅनेलला फॉलो करा", "promo"),
    ("mr", "नगर वार्ता ॲप डाउनलोड करा", "promo"),
    ("mr", "फोटो: सोशल मीडिया", "credit"),
    ("mr", "प्रातिनिधिक छायाचित्र", "credit"),
    ("mr", "(वृत्तसंस्था)", "disclaimer"),
    ("mr", "(टीप: वरील लेखात दिलेली माहिती सामान्य माहिती आहे, नगर वार्ता याची पुष्टी करत नाही.)", "disclaimer"),
    ("mr", "लोकमत न्यूज नेटवर्क", "byline"),
    ("mr", "पुणे, प्रतिनिधी", "byline"),
    ("mr", "मंगळवार, 5 मार्च 2024", "byline"),
    ("mr", "12 प्रतिक्रिया", "comment_form"),
    ("mr", "ही बातमी शेअर करा", "share"),
    ("mr", "© 2024 नगर वार्ता. सर्व हक्क राखीव.", "legal"),
    ("mr", "होम महाराष्ट्र मुंबई पुणे क्रीडा मनोरंजन", "navigation"),
    ("mr", "(नगर वार्ताचे सर्व अपडेट्स मिळवण्यासाठी तुम्ही आम्हाला फेसबुक, इन्स्टाग्राम, यूट्यूब, ट्विटर वर फॉलो करू शकता.)",
     "promo"),
    # Bengali
    ("bn", "সব খবর পেতে আমাদের ফেসবুক পেজ ফলো করুন", "promo"),
    ("bn", "আমাদের হোয়াটসঅ্যাপ চ্যানেলে যুক্ত হোন", "promo"),
    ("bn", "আমাদের ফেসবুক পেজে লাইক দিন", "promo"),
    ("bn", "ছবি: সংগৃহীত", "credit"),
    ("bn", "প্রতীকী ছবি", "credit"),
    ("bn", "ছবির উৎস, Getty Images", "credit"),
    ("bn", "(পিটিআই)", "disclaimer"),
    ("bn", "নিজস্ব সংবাদদাতা, কলকাতা", "byline"),
    ("bn", "অনলাইন ডেস্ক", "byline"),
    ("bn", "১২ জুন ২০২৩", "byline"),
    ("bn", "৫টি মন্তব্য", "comment_form"),
    ("bn", "খবরটি শেয়ার করুন", "share"),
    ("bn", "হোম » রাজ্য » কলকাতা", "navigation"),
    # Urdu
    ("mr", "अपडेटेड: 2 दिवसांपूर्वी", "byline"),
    ("bn", "নিজস্ব প্রতিবেদক | ১০ মিনিট আগে", "byline"),
    ("ur", "3 گھنٹے پہلے", "byline"),
    ("gu", "અપડેટેડ: 2 દિવસ પહેલાં", "byline"),
    ("ur", "ہمارے واٹس ایپ چینل میں شامل ہوں", "promo"),
    ("ur", "تازہ ترین خبروں کے لیے ہمیں فیس بک پر فالو کریں", "promo"),
    ("ur", "ہمارا واٹس ایپ چینل جوائن کریں", "promo"),
    ("ur", "،تصویر کا ذریعہGetty Images", "credit"),
    ("ur", "فائل فوٹو", "credit"),
    ("ur", "(اے پی پی)", "disclaimer"),
    ("ur", "ویب ڈیسک", "byline"),
    ("ur", "12 تبصرے", "comment_form"),
    ("ur", "جملہ حقوق محفوظ ہیں © 2024", "legal"),
    ("ur", "ہوم پاکستان دنیا کھیل کاروبار صحت", "navigation"),
    # Gujarati
    ("gu", "તાજા સમાચાર માટે અમને ફેસબુક અને ટ્વિટર પર ફોલો કરો", "promo"),
    ("gu", "અમારી વ્હોટ્સએપ ચેનલ સાથે જોડાઓ", "promo"),
    ("gu", "પ્રતીકાત્મક તસવીર", "credit"),
    ("gu", "(પીટીઆઈ)", "disclaimer"),
    ("gu", "અમદાવાદ, ન્યૂઝ ડેસ્ક", "byline"),
    ("gu", "આ સમાચાર શેર કરો", "share"),
    ("gu", "હોમ ગુજરાત અમદાવાદ સુરત દેશ વિદેશ", "navigation"),
    ("gu", "(નગર સમાચારના સમાચારો તમે ફેસબુક, ઇન્સ્ટાગ્રામ, યૂટ્યૂબ અને ટ્વિટર પર વાંચી શકો છો.)", "promo"),
    # the other Indic profiles
    ("ne", "ताजा अपडेटका लागि हामीलाई फेसबुकमा फलो गर्नुहोस्", "promo"),
    ("ne", "फाइल तस्बिर", "credit"),
    ("pa", "ਤਸਵੀਰ ਸਰੋਤ, Getty Images", "credit"),
    ("pa", "ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ ਲਈ ਸਾਨੂੰ ਫੇਸਬੁੱਕ 'ਤੇ ਫਾਲੋ ਕਰੋ", "promo"),
    ("pa", "(ਨਗਰ ਸਮਾਚਾਰ ਨਾਲ FACEBOOK, INSTAGRAM, TWITTER ਅਤੇ YouTube 'ਤੇ ਜੁੜੋ।)", "promo"),
    ("or", "ଫାଇଲ ଫଟୋ", "credit"),
    ("ta", "பட மூலாதாரம், Getty Images", "credit"),
    ("ta", "கோப்புப் படம்", "credit"),
    ("te", "ఫొటో సోర్స్, Getty Images", "credit"),
    ("te", "ప్రతీకాత్మక చిత్రం", "credit"),
    ("kn", "ಸಾಂದರ್ಭಿಕ ಚಿತ್ರ", "credit"),
    ("ml", "പ്രതീകാത്മക ചിത്രം", "credit"),
    ("ml", "Content Highlights: Kerala rain, orange alert", "tags"),
    # English (web-common)
    ("web-common", "Table of Contents", "navigation"),
    ("web-common", "English | हिन्दी | मराठी", "language_switch"),
    ("web-common", "Do Not Sell or Share My Personal Information", "legal"),
    ("web-common", "Your cart is empty", "shop"),
    ("web-common", "5 min read", "byline"),
    ("web-common", "Mon, 09 Mar 2020 05:18 PM (IST)", "byline"),
    ("web-common", "Sensex 65,001.12 +250.11 (0.38%)", "ticker"),
    ("web-common", "Copyright © 2024 Example Media Pvt. Ltd.", "legal"),
    ("web-common", "Samachar Media Pvt. Ltd. Copyright & Disclaimer", "legal"),
    ("web-common", "Stay updated with us for all breaking news from India", "promo"),
    ("web-common", "Get the latest news delivered to your inbox.", "promo"),
    ("web-common", "Written by: Asha Verma, Senior Editor", "byline"),
    ("web-common", "Necessary cookies are absolutely essential for the website to function properly.", "legal"),
    ("web-common", "Type above and press Enter to search. Press Esc to cancel.", "navigation"),
    ("web-common", "Advertisement - Continue Reading Below", "promo"),
    ("web-common", "Home » Travel » Rajasthan", "navigation"),
    ("web-common", "Home / Recipes", "navigation"),
    ("web-common", "Priya Sharma says:", "comment_form"),
    ("web-common", "Substack is the home for great culture", "promo"),
    ("web-common", "March 3, 2025 | 7 min read", "byline"),
    # forum software's post furniture, bylines with a "Posted <date> by" label or a relative time, comment counts,
    # form messages, browser notices, gallery counters and a docs page's edit link
    ("web-common", "View Public Profile", "forum"),
    ("web-common", "Find More Posts by riverrat42", "forum"),
    ("web-common", "Last edited by meera_k on Sun Jun 02, 2024 6:15 pm, edited 2 times in total.", "forum"),
    ("web-common", "15th August 2024, 09:12 #3 | Link", "forum"),
    ("web-common", "Thread starter kavya_reads", "forum"),
    ("web-common", "[Security] Posted Feb 3, 2025 11:20 UTC (Mon) by asha", "byline"),
    ("web-common", "Last Updated on June 4, 2024 by Ravi Menon", "byline"),
    ("web-common", "Updated: 6/11/2024", "byline"),
    ("web-common", "Ravi Menon | 4 days ago", "byline"),
    ("web-common", "tinkerer 2 years ago", "byline"),
    ("web-common", "·3d ago·6 min read", "byline"),
    ("web-common", "2 hours ago, trailblazer said:", "byline"),
    ("web-common", "Author: Kavya Iyer", "byline"),
    ("web-common", "Comments (3 posted)", "comment_form"),
    ("web-common", "Full Story (comments: none)", "comment_form"),
    ("web-common", "Show 2 more comments", "comment_form"),
    ("web-common", "Thanks! Your message has been sent.", "form"),
    ("web-common", "Oops! Something went wrong while submitting the form.", "form"),
    ("web-common", "Thank you for subscribing! Please check your inbox to confirm.", "form"),
    ("web-common", "Your browser is not supported. Please switch to a newer one.", "legal"),
    ("web-common", "Please enable JavaScript to view this page.", "legal"),
    ("web-common", "Image 3 of 7", "navigation"),
    ("web-common", "Edit this page on GitHub", "navigation"),
]


@pytest.mark.parametrize(("profile", "line", "reason"), CHROME)
def test_a_line_of_each_chrome_category_is_removed_with_its_reason(profile, line, reason):
    assert _reason(profile, line) == reason


# -- near misses: prose that uses the same words --------------------------------------------------------
PROSE = [
    # Hindi
    ("hi", "उन्होंने कहा कि लोग उन्हें ट्विटर पर फॉलो करें।"),
    ("hi", "उन्होंने कहा कि ताजा जानकारी के लिए लोग विभाग को ट्विटर पर फॉलो करें।"),
    ("hi", "मंत्री ने कहा कि सभी लोग ऐप डाउनलोड करें।"),
    ("hi", "किसान ऐप पर जाकर अपना नाम दर्ज करें और फिर प्रमाणपत्र डाउनलोड करें।"),
    ("hi", "मंत्री ने लोगों से अपील की कि वे इस खबर को शेयर करने से पहले उसकी सच्चाई जांच लें।"),
    ("hi", "पुलिस ने कहा कि आरोपी ने फेसबुक पर एक फर्जी पेज बनाकर लोगों से फॉलो करने को कहा था।"),
    ("hi", "कंपनी के न्यूज़लेटर में बताया गया कि नए ग्राहकों को छूट मिलेगी।"),
    ("hi", "यहां दी गई जानकारी के अनुसार पुल का काम अगले महीने पूरा होगा।"),
    ("hi", "संवाददाता सम्मेलन में मुख्यमंत्री ने नई योजना की घोषणा की।"),
    ("hi", "सेंसेक्स आज 500 अंक चढ़कर 65,001 पर बंद हुआ।"),
    ("hi", "होम लोन की ब्याज दरें फिर बढ़ गई हैं।"),
    ("hi", "देश विदेश की यात्रा"),  # two section words: a title, not a menu
    ("hi", "दुनिया"),  # one section word alone stays (a page's heading)
    ("hi", "लेखक ने अपने उपन्यास में गांव के जीवन का सजीव चित्रण किया है।"),
    ("hi", "कॉपीराइट कानून के उल्लंघन के मामले में अदालत ने फैसला सुनाया।"),
    ("hi", "विज्ञापन के नीचे दिए गए नंबर पर लोगों ने शिकायत दर्ज कराई और पुलिस ने जांच शुरू कर दी।"),
    ("hi", "हिन्दी"),  # one language name alone: a Wikipedia section heading
    ("hi", "हमें यह ऐप डाउनलोड करने से पहले उसकी शर्तें पढ़नी चाहिए।"),  # the article's own "we", no call
    ("hi", "मुख्यमंत्री ने कहा कि हमारे राज्य के किसान आरोग्य सेतु ऐप डाउनलोड करें।"),  # a reported call
    ("hi", "हमारे गांव में अब भी लोग फेसबुक पर कम और अखबार में ज्यादा भरोसा करते हैं।"),
    ("hi", "छात्र पूरी जानकारी पढ़ने के लिए विश्वविद्यालय की वेबसाइट पर जाएं और आवेदन करें।"),
    ("hi", "संशोधित राष्ट्रीय शिक्षा नीति, 1986"),  # a title with a year, no dateline label
    ("hi", "उन्होंने बताया कि यह घटना 3 दिन पहले हुई थी।"),  # a relative time inside a sentence
    ("mr", "तीन दिवसांपूर्वी पुण्यात पाऊस झाला."),
    ("bn", "তিনি বলেন, ৩ দিন আগে এই ঘটনা ঘটে।"),
    ("ur", "انہوں نے کہا کہ یہ واقعہ 3 دن پہلے پیش آیا۔"),
    ("gu", "તેમણે કહ્યું કે આ ઘટના 3 દિવસ પહેલા બની હતી."),
    ("hi", "दो दिन पहले"),  # a heading in words
    ("hi", "नई दिल्ली, जेएनएन। राजधानी में आज सुबह से बारिश हो रही है।"),  # a dateline opening a paragraph
    ("hi", "भारत, पाकिस्तान"),
    ("hi", "Main 3 din pehle Delhi gaya tha."),  # Hinglish prose
    # Marathi
    ("mr", "ते म्हणाले की नागरिकांनी अफवांवर विश्वास ठेवू नये आणि ट्विटरवर अधिकृत खाते फॉलो करावे."),
    ("mr", "सरकारने शेतकऱ्यांसाठी नवे ॲप सुरू केले असून ते डाउनलोड करण्याचे आवाहन केले आहे."),
    ("mr", "या फोटोमध्ये गावातील जुने मंदिर दिसते."),
    ("mr", "प्रतिनिधी सभेत या विषयावर चर्चा झाली."),
    # Bengali
    ("bn", "তিনি বলেন, সবাই যেন সরকারি ফেসবুক পেজের তথ্যই বিশ্বাস করেন।"),
    ("bn", "পুলিশ জানিয়েছে, অভিযুক্তের ছবি সামাজিক মাধ্যমে প্রকাশ করা হয়েছে।"),
    ("bn", "নিজস্ব প্রতিবেদকের তথ্য অনুযায়ী ঘটনাটি গতকাল রাতে ঘটেছে।"),
    # Urdu
    ("ur", "وزیر اعظم نے کہا کہ عوام سرکاری ایپ ڈاؤن لوڈ کر کے شکایات درج کرائیں۔"),
    ("ur", "پولیس نے ملزم کی تصویر سوشل میڈیا پر جاری کر دی۔"),
    # Gujarati
    ("gu", "મુખ્યમંત્રીએ કહ્યું કે લોકો સરકારી એપ ડાઉનલોડ કરીને ફરિયાદ નોંધાવી શકે છે."),
    ("gu", "આ તસવીરમાં ગામનું જૂનું મંદિર દેખાય છે."),
    # English
    ("web-common", "He has also been accused previously of copyright infringement, but was not charged."),
    ("web-common", "Silver 2024"),
    ("web-common", "The author of the report said the cart was empty when police arrived."),
    ("web-common", "We asked the bank to get a quote for the repairs before the monsoon arrived."),
    ("web-common", "Readers who start a free trial often forget to cancel it before they are charged."),
    ("web-common", "Request a free demo"),  # a call to action that some product pages' own text holds: not taken
    ("web-common", "Home is where the heart is, she wrote in her diary."),
    ("web-common", "Home/away splits matter less in cup ties"),
    ("web-common", "The minister says the new bridge will open to traffic next month."),
    ("web-common", "By Jane Doe"),  # a card's byline that a listing page's own text keeps as often: not taken
    ("web-common", "View all the photos of the festival before you decide which day to visit the old city."),
    ("web-common", "Learn more"),  # a button of a product page as often as chrome: not taken
    ("web-common", "What the latest research says"),  # a headline: the comment author line needs its colon
    ("web-common", "View all recipes"),  # a listing page's own link as often as chrome: not taken
    # a sentence may say it: only anchored calls to action are taken
    ("web-common", "Members can unsubscribe at any time under the new rules, the regulator said."),
    # near misses of the forum, byline, comment, form, browser and gallery rules: sentences, a code line
    ("web-common", "Registered users can vote in the readers' poll until Friday."),
    ("web-common", "Thread tools were on display at the hardware fair in Pune."),
    ("web-common", "On 8 Oct 2022 the river burst its banks near the old mill."),
    ("web-common", "Posted letters took three weeks to reach the village in 1990."),
    ("web-common", "We moved here 3 years ago and never looked back."),
    ("web-common", "She left 2 days ago"),
    ("web-common", "The article drew 12 comments within an hour of going live."),
    ("web-common", "Thank you for subscribing to the idea that libraries matter, she wrote."),
    ("web-common", "Update your browser regularly to stay safe online."),
    ("web-common", "Enable JavaScript in the settings menu, then reload the page."),
    ("web-common", "Page 3 of the report lists the missing funds."),
    ("web-common", 'author: String::from("Meera"),'),
]


@pytest.mark.parametrize(("profile", "line"), PROSE)
def test_prose_with_the_same_words_is_kept(profile, line):
    assert _reason(profile, line) is None


def test_hindi_includes_the_hinglish_and_english_rules():
    hi = load_profile("hi")
    reasons = [r.reason for r in hi.chrome_rules]
    # hi's own rules first, then hi-Latn's, then web-common's (each once)
    assert any("ye bhi padhein" in r.prefix for r in hi.chrome_rules)
    assert sum(1 for r in hi.chrome_rules if "leave a reply" in r.exact) == 1
    assert reasons.index("shop") > reasons.index("wiki")


# -- session 13: menus printed on one line, contact lines, new-tab suffixes, footer credits
MENU_AND_FOOTER = [
    ("web-common", "AboutWorkPodcastLearnBlogPressContact", "menu_items"),
    ("web-common", "Privacy PolicyTerms of UseYour Privacy Choices", "menu_items"),
    ("web-common", "Docs Customers Pricing", "menu_items"),
    ("web-common", "Gift Cards Support Blog About us Careers Sitemap", "menu_items"),
    ("web-common", "Log in / Sign up", "menu_items"),
    ("web-common", "Terms of Use | Privacy Policy", "menu_items"),
    ("hi", "देश | दुनिया | बिजनेस | खेल", "menu_items"),
    ("hi", "मनोरंजन राशिफल धर्म", "menu_items"),
    ("mr", "About UsCareersBlog", "menu_items"),  # an Indic profile inherits web-common's items
    ("mr", "होम | महाराष्ट्र | देश-विदेश | क्रीडा", "menu_items"),
    ("ur", "ہوم | پاکستان | دنیا | کھیل", "menu_items"),
    ("mr", "गुगल न्यूजवर आम्हाला फॉलो करा", "promo"),  # the platform first
    ("mr", "ताज्या बातम्यांसाठी आमच्या व्हॉट्सअ‍ॅप चॅनेलला जॉईन व्हा", "promo"),
    ("mr", "प्रतिक्रिया लिहा", "comment_form"),
    ("bn", "গুগল নিউজে ফলো করুন", "promo"),
    ("gu", "ગૂગલ ન્યૂઝ પર ફોલો કરો", "promo"),
    ("gu", "કોપીરાઇટ © 2024 સર્વ હક્ક સુરક્ષિત", "legal"),
    ("ur", "نمائندہ خصوصی", "byline"),
    ("web-common", "Related: Electrical Shock Prevention for Utility Technicians", "teaser"),
    ("web-common", "RELATED READING: Answering the Top Ten Questions", "teaser"),
    ("web-common", "Email: info@example.com", "contact"),
    ("web-common", "Phone: 713-862-4570 • Fax: 713-862-4606", "contact"),
    ("web-common", "Sales: +1 (952) 512-5500 Email: sales@example.org", "contact"),
    ("web-common", "Email: <EMAIL>", "contact"),  # after PII redaction
    ("hi", "ईमेल: sampadak@example.in", "contact"),
    ("hi", "फोन नंबर: 0612-2234567", "contact"),
    ("web-common", "Registry(opens in new tab)", "navigation"),
    ("web-common", "(opens in new tab)", "navigation"),
    ("web-common", "Give Feedback (opens in a new window)", "navigation"),
    ("web-common", "Powered by Invision Community", "legal"),
    ("web-common", "Powered by WordPress.", "legal"),
    ("web-common", "Website by Flint Studio", "legal"),
]

MENU_AND_FOOTER_PROSE = [
    ("web-common", "Explore our services"),  # a heading that starts with a menu word
    ("web-common", "Security Features"),
    ("web-common", "Explore documentation"),  # two items, no separator: a button or a heading
    ("web-common", "Cart 0"),
    ("web-common", "Home, work and school were all closed for a week."),
    ("web-common", "(602) 900-0807"),  # a bare number: a service page's own phone
    ("web-common", "Powered by AI"),  # a product's claim
    ("web-common", "Powered by connected identity and data"),
    ("web-common", "Call your doctor if the fever lasts more than three days."),
    ("hi", "देश और दुनिया में खेल की खबरें पढ़ने वाले पाठक बढ़े हैं।"),
    ("hi", "राज्य सरकार ने शिक्षा और स्वास्थ्य के बजट बढ़ाए"),
    ("ur", "پاکستان اور دنیا بھر میں کھیل کے شائقین نے میچ دیکھا۔"),
    ("mr", "त्यांनी कार्यकर्त्यांना गुगल न्यूजवर बातम्या वाचण्याचे आवाहन केले."),  # reported, no call at the end
    ("bn", "তিনি বলেন, অনেকেই এখন গুগল নিউজে খবর পড়েন।"),
    ("web-common", "Related party transactions were disclosed in the annual report."),
]


@pytest.mark.parametrize(("profile", "line", "reason"), MENU_AND_FOOTER)
def test_a_menu_on_one_line_a_contact_line_and_a_footer_credit_are_removed(profile, line, reason):
    assert _reason(profile, line) == reason


@pytest.mark.parametrize(("profile", "line"), MENU_AND_FOOTER_PROSE)
def test_headings_numbers_and_sentences_with_menu_words_are_kept(profile, line):
    assert _reason(profile, line) is None
