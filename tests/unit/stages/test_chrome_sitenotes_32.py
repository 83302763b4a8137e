"""Issue 13, session 32: the site's notes about itself, as categories in hi, mr, bn, gu, pa, ur, ne and web-common.
Removed: a comment box's rule with the call to give an opinion before it or the civility call glued after it by a comma
("अपनी राय दें। टिप्पणियां मॉडरेशन के बाद प्रकाशित होती हैं, कृपया भाषा की मर्यादा बनाए रखें।", ``comment_form``); a
footer's reproduction notice in the site's voice ("इस वेबसाइट की किसी भी सामग्री का बिना अनुमति पुनः प्रकाशन वर्जित है।",
``legal``); an "about us" blurb calling the site a group's digital edition, in the first person (``legal``, as the
session-30 blurb rule); a sticky reading bar's "अभी आप पढ़ रहे हैं" (``navigation``) and a live blog's "पिन किया गया"
(``live``), whole lines only. Kept: news about moderation, copyright rulings and media groups, and sentences that go on
after the same words.

Every line here is written for this test."""

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARAGRAPH = ("इंदौर : नगर निगम ने शुक्रवार को शहर के 40 वार्डों में पानी की नई पाइपलाइन बिछाने का काम शुरू किया। महापौर ने "
             "बताया कि काम तीन महीने में पूरा होगा।")

CHROME = [
    # web-common
    ('web-common', 'Have your say. Comments are moderated before publication; please be respectful.', 'comment_form'),
    ('web-common', 'Comments are moderated and will appear after approval. Please keep it civil.', 'comment_form'),
    ('web-common', 'No part of this website may be reproduced without permission.', 'legal'),
    ('web-common', 'No part of this site may be reproduced, stored or transmitted in any form without the prior '
                   'written permission of the publisher.', 'legal'),
    ('web-common', 'Content on this site may not be republished without permission.', 'legal'),
    ('web-common', 'Reproduction of any content from this website without permission is prohibited.', 'legal'),
    ('web-common', 'You are reading', 'navigation'),
    ('web-common', 'Now reading', 'navigation'),
    ('web-common', 'Pinned', 'live'),
    ('web-common', 'Pinned post', 'live'),
    # hi
    ('hi', 'अपनी राय दें। टिप्पणियां मॉडरेशन के बाद प्रकाशित होती हैं, कृपया भाषा की मर्यादा बनाए रखें।', 'comment_form'),
    ('hi', 'अपनी राय दें। आपकी टिप्पणी मॉडरेशन के बाद प्रकाशित होगी।', 'comment_form'),
    ('hi', 'टिप्पणियां समीक्षा के बाद ही प्रकाशित की जाती हैं, कृपया भाषा की शालीनता का ध्यान रखें', 'comment_form'),
    ('hi', 'इस वेबसाइट की किसी भी सामग्री का बिना अनुमति पुनः प्रकाशन वर्जित है।', 'legal'),
    ('hi', 'इस साइट पर प्रकाशित सामग्री का बिना लिखित अनुमति के उपयोग करना दंडनीय अपराध है', 'legal'),
    ('hi', 'हमारी वेबसाइट की सामग्री को बिना अनुमति कॉपी करना मना है।', 'legal'),
    ('hi', 'इस वेबसाइट पर प्रकाशित किसी भी लेख, फोटो या वीडियो का बिना अनुमति के इस्तेमाल वर्जित है।', 'legal'),
    ('hi', 'जनवाणी डॉट कॉम, जनवाणी दैनिक का ऑनलाइन संस्करण है। हम आप तक हर खबर सबसे पहले पहुंचाते हैं।', 'legal'),
    ('hi', 'समाचार सेतु हिंदी, सेतु मीडिया समूह का हिंदी डिजिटल संस्करण है। हमारा मकसद है पाठकों तक भरोसेमंद खबरें '
           'पहुंचाना।', 'legal'),
    ('hi', 'अभी आप पढ़ रहे हैं', 'navigation'),
    ('hi', 'आप पढ़ रहे हैं:', 'navigation'),
    ('hi', 'पिन किया गया', 'live'),
    # bn
    ('bn', 'আপনার মতামত দিন। মন্তব্য মডারেশনের পর প্রকাশিত হবে, দয়া করে শালীন ভাষা ব্যবহার করুন।', 'comment_form'),
    ('bn', 'এই ওয়েবসাইটের কোনো লেখা, ছবি, অডিও, ভিডিও অনুমতি ছাড়া ব্যবহার বেআইনি।', 'legal'),
    ('bn', 'আপনি পড়ছেন', 'navigation'),
    ('bn', 'পিন করা পোস্ট', 'live'),
    # gu
    ('gu', 'તમારો અભિપ્રાય આપો. ટિપ્પણીઓ મોડરેશન પછી જ પ્રકાશિત થાય છે, કૃપા કરીને ભાષાની મર્યાદા જાળવો.', 'comment_form'),
    ('gu', 'આ વેબસાઇટની કોઈપણ સામગ્રીનો પરવાનગી વિના ઉપયોગ પ્રતિબંધિત છે.', 'legal'),
    ('gu', 'તમે વાંચી રહ્યા છો', 'navigation'),
    ('gu', 'પિન કરેલી પોસ્ટ', 'live'),
    # mr
    ('mr', 'तुमचे मत मांडा. प्रतिक्रिया मॉडरेशननंतरच प्रसिद्ध होतात, कृपया भाषेची मर्यादा पाळा.', 'comment_form'),
    ('mr', 'या वेबसाइटवरील कोणत्याही मजकुराचे परवानगीशिवाय पुनर्प्रकाशन करण्यास मनाई आहे.', 'legal'),
    ('mr', 'तुम्ही वाचत आहात', 'navigation'),
    ('mr', 'पिन केलेले', 'live'),
    # ne
    ('ne', 'आफ्नो प्रतिक्रिया दिनुहोस्। प्रतिक्रियाहरू मोडरेसनपछि मात्र प्रकाशित हुन्छन्, कृपया भाषाको मर्यादा कायम '
           'राख्नुहोस्।', 'comment_form'),
    ('ne', 'यस वेबसाइटका कुनै पनि सामग्री अनुमति बिना पुनः प्रकाशन गर्न पाइने छैन।', 'legal'),
    ('ne', 'तपाईं पढ्दै हुनुहुन्छ', 'navigation'),
    ('ne', 'पिन गरिएको', 'live'),
    # pa
    ('pa', 'ਆਪਣੀ ਰਾਇ ਦਿਓ। ਟਿੱਪਣੀਆਂ ਮਾਡਰੇਸ਼ਨ ਤੋਂ ਬਾਅਦ ਪ੍ਰਕਾਸ਼ਿਤ ਹੁੰਦੀਆਂ ਹਨ, ਕਿਰਪਾ ਕਰਕੇ ਭਾਸ਼ਾ ਦੀ ਮਰਯਾਦਾ ਬਣਾਈ ਰੱਖੋ।', 'comment_form'),
    ('pa', 'ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਕਿਸੇ ਵੀ ਸਮੱਗਰੀ ਨੂੰ ਬਿਨਾਂ ਇਜਾਜ਼ਤ ਦੁਬਾਰਾ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨਾ ਮਨ੍ਹਾ ਹੈ।', 'legal'),
    ('pa', 'ਤੁਸੀਂ ਪੜ੍ਹ ਰਹੇ ਹੋ', 'navigation'),
    ('pa', 'ਪਿੰਨ ਕੀਤਾ ਗਿਆ', 'live'),
    # ur
    ('ur', 'اپنی رائے دیں۔ تبصرے ماڈریشن کے بعد شائع کیے جاتے ہیں، براہ کرم شائستہ زبان استعمال کریں۔', 'comment_form'),
    ('ur', 'اس ویب سائٹ پر شائع ہونے والے مواد کو ادارے کی پیشگی اجازت کے بغیر استعمال کرنا ممنوع ہے', 'legal'),
    ('ur', 'آپ پڑھ رہے ہیں', 'navigation'),
    ('ur', 'پن کیا گیا', 'live'),
]
KEPT = [
    # web-common
    ('web-common', 'The court said no part of this website may be reproduced without permission.'),
    ('web-common', 'On Reddit, comments are moderated by volunteers.'),
    ('web-common', 'Comments are moderated by volunteers who work for free, the report found.'),
    ('web-common', 'Pinned down by enemy fire, the soldiers waited for hours.'),
    ('web-common', 'You are reading a story about how we read.'),
    ('web-common', 'The High Court barred republication of the content without permission.'),
    ('web-common', 'The media group launched a new digital edition for readers in the north on Monday.'),
    ('web-common', 'No part of the report may be reproduced, the ministry said in a statement.'),
    ('web-common', 'Pinned posts on the platform will now show a warning label.'),
    ('web-common', 'Readers who commented said the comments are moderated too strictly.'),
    ('web-common', 'The newspaper said its website would block reproduction of its content without permission.'),
    ('web-common', 'Now reading the verdict aloud, the judge paused twice.'),
    ('web-common', 'Pinned to the wall was a note from the mayor.'),
    # hi
    ('hi', 'हाईकोर्ट ने बिना अनुमति सामग्री के पुनः प्रकाशन पर रोक लगाई'),
    ('hi', 'प्रभात मीडिया समूह ने नया चैनल शुरू किया'),
    ('hi', 'सोशल मीडिया पर टिप्पणियां मॉडरेशन के बाद प्रकाशित होंगी, मंत्रालय ने नए नियम जारी किए'),
    ('hi', 'कोर्ट ने कहा कि इस वेबसाइट की सामग्री का बिना अनुमति प्रकाशन वर्जित है।'),
    ('hi', 'इस वेबसाइट की सामग्री का बिना अनुमति प्रकाशन करने पर कंपनी ने मुकदमा दायर किया'),
    ('hi', 'आप पढ़ रहे हैं कि सरकार ने नई योजना शुरू की है'),
    ('hi', 'पिन किया गया ट्वीट हटाने पर विवाद'),
    ('hi', 'कंपनी ने बताया कि यह ऐप अखबार का डिजिटल संस्करण है और हमारे पाठक इसे पसंद करते हैं'),
    ('hi', 'पत्रिका का डिजिटल संस्करण है, लेकिन उसका प्रिंट बंद हो गया।'),
    ('hi', 'नए नियमों के तहत अब टिप्पणियां मॉडरेशन के बाद ही प्रकाशित होंगी।'),
    ('hi', 'बिना अनुमति किसी की तस्वीर का इस्तेमाल करना अपराध है, पुलिस ने चेतावनी दी'),
    ('hi', 'मीडिया समूह का डिजिटल संस्करण अगले महीने से सदस्यता के आधार पर मिलेगा'),
    ('hi', 'इस वेबसाइट की सामग्री चोरी होने की शिकायत साइबर थाने में दर्ज'),
    ('hi', 'मॉडरेशन के बाद टिप्पणियां प्रकाशित करने का नियम कंपनी ने वापस लिया'),
    ('hi', 'अखबार का डिजिटल संस्करण है, हमें यह जानकारी संपादक ने दी।'),
    # bn
    ('bn', 'হাইকোর্ট অনুমতি ছাড়া সংবাদ পুনঃপ্রকাশ বন্ধের নির্দেশ দিয়েছে।'),
    ('bn', 'সামাজিক মাধ্যমে মন্তব্য মডারেশনের পর প্রকাশিত হবে বলে জানিয়েছে মন্ত্রণালয়।'),
    ('bn', 'আপনি পড়ছেন এমন একটি বই যা নিষিদ্ধ ছিল।'),
    ('bn', 'আদালত বলেছে, এই ওয়েবসাইটের কোনো লেখা অনুমতি ছাড়া পুনঃপ্রকাশ করা বেআইনি।'),
    # gu
    ('gu', 'હાઈકોર્ટે પરવાનગી વિના સમાચાર ફરી પ્રકાશિત કરવા પર રોક લગાવી.'),
    ('gu', 'સોશિયલ મીડિયા પર ટિપ્પણીઓ મોડરેશન પછી જ પ્રકાશિત થશે, મંત્રાલયે કહ્યું.'),
    ('gu', 'તમે વાંચી રહ્યા છો તે પુસ્તક ખૂબ જૂનું છે.'),
    # mr
    ('mr', 'उच्च न्यायालयाने परवानगीशिवाय बातम्यांच्या पुनर्प्रकाशनावर बंदी घातली.'),
    ('mr', 'समाजमाध्यमांवरील प्रतिक्रिया मॉडरेशननंतरच प्रसिद्ध होतील, असे मंत्रालयाने सांगितले.'),
    ('mr', 'तुम्ही वाचत आहात ते पुस्तक कोणी लिहिले?'),
    # ne
    ('ne', 'अदालतले अनुमति बिना समाचार पुनः प्रकाशन गर्न रोक लगायो।'),
    ('ne', 'सामाजिक सञ्जालमा प्रतिक्रियाहरू मोडरेसनपछि मात्र प्रकाशित हुनेछन्, मन्त्रालयले भन्यो।'),
    ('ne', 'तपाईं पढ्दै हुनुहुन्छ भने यो पुस्तक पनि हेर्नुहोस्।'),
    # pa
    ('pa', 'ਹਾਈਕੋਰਟ ਨੇ ਬਿਨਾਂ ਇਜਾਜ਼ਤ ਖ਼ਬਰਾਂ ਦੁਬਾਰਾ ਛਾਪਣ ਉੱਤੇ ਰੋਕ ਲਗਾਈ।'),
    ('pa', 'ਸੋਸ਼ਲ ਮੀਡੀਆ ਉੱਤੇ ਟਿੱਪਣੀਆਂ ਮਾਡਰੇਸ਼ਨ ਤੋਂ ਬਾਅਦ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋਣਗੀਆਂ, ਮੰਤਰਾਲੇ ਨੇ ਕਿਹਾ।'),
    ('pa', 'ਤੁਸੀਂ ਪੜ੍ਹ ਰਹੇ ਹੋ ਕਿ ਸਰਕਾਰ ਨੇ ਨਵੀਂ ਯੋਜਨਾ ਸ਼ੁਰੂ ਕੀਤੀ ਹੈ।'),
    # ur
    ('ur', 'ہائی کورٹ نے بغیر اجازت خبریں دوبارہ شائع کرنے پر پابندی لگا دی۔'),
    ('ur', 'سوشل میڈیا پر تبصرے ماڈریشن کے بعد شائع ہوں گے، وزارت نے کہا۔'),
    ('ur', 'آپ پڑھ رہے ہیں کہ حکومت نے نئی اسکیم شروع کی ہے۔'),
    ('ur', 'عدالت نے کہا کہ اس ویب سائٹ کے مواد کو بغیر اجازت شائع کرنا منع ہے۔'),
]

test_each_site_note_is_removed, test_a_story_line_about_comments_copyright_or_media_is_kept = chrome_form_tests(
    None, CHROME, KEPT)


def test_the_story_lines_stay_between_paragraphs() -> None:
    assert_kept_between("hi", PARAGRAPH, [line for prof, line in KEPT if prof == "hi"])
