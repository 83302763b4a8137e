"""Issue 13, session 31: a teaser box's headline that asks.

News headlines ask as often as they state ("पीएम किसान की अगली किस्त कब आएगी?"). Inside a teaser box a headline
ending in "?" counted as a terminated line, so it ended the box and every headline below it stayed
(``benchmarks/bench_page_lines.py``: the rest of "ट्रेंडिंग" and "इस लेखक की और खबरें" boxes in Telugu, Hindi and Bengali
families). A line that ends in "?" and holds no statement's end is a headline to the box; a line that asks and then
states ("… कब आएगी? सरकार ने बताया।") still ends it, and a question over running text is still the article's sub-head.

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines

MENU = ["होम", "देश", "राज्य", "खेल", "मनोरंजन", "बिजनेस", "वीडियो"]
HEADLINE = "रीवा में गेहूं खरीद केंद्रों पर लंबी कतारें, किसानों ने की तौल जल्द कराने की मांग"
ARTICLE = [
    "रीवा : जिले के गेहूं खरीद केंद्रों पर मंगलवार को सुबह से ही ट्रैक्टर-ट्रॉलियों की लंबी कतारें लगी रहीं। कई किसानों "
    "ने बताया कि वे दो दिन से अपनी बारी का इंतजार कर रहे हैं और रात भी केंद्र पर ही गुजारनी पड़ी।",
    "खाद्य विभाग के अधिकारियों ने कहा कि बारदाने की कमी के कारण तौल में देरी हुई है। बुधवार तक नया बारदाना पहुंचने के "
    "बाद हर केंद्र पर दो अतिरिक्त कांटे लगाए जाएंगे।",
    "किसान संघ के जिला अध्यक्ष ने चेतावनी दी है कि अगर तीन दिन में व्यवस्था नहीं सुधरी तो किसान कलेक्ट्रेट पर धरना देंगे।",
]
TRENDING = ["ट्रेंडिंग",
            "सतना में रेलवे ओवरब्रिज का काम फिर अटका, ठेकेदार को नोटिस",
            "पीएम किसान की अगली किस्त कब आएगी? जानिए तारीख",
            "सोने के दाम में फिर उछाल, जानें आज का भाव",
            "मध्य प्रदेश में कब से शुरू होगी धान की खरीद?",
            "सीधी में बस पलटी, 14 यात्री घायल"]
FOOTER = ["हमें फॉलो करें", "फेसबुक", "ट्विटर", "यूट्यूब", "© 2025 विंध्य समाचार. सर्वाधिकार सुरक्षित।"]


def _reasons(lines: list[str], profile: str = "hi") -> list[str | None]:
    return clean_lines(list(lines), load_profile(profile))


def _box_goes(box: list[str], menu: list[str] = MENU, head: str = HEADLINE, article: list[str] = ARTICLE,
              footer: list[str] = FOOTER, profile: str = "hi") -> dict[str, str | None]:
    """A page with a teaser box below its article: every line under the box's label goes as its headline, and the
    page's headline and article stay. Returns each line's reason."""
    lines = [*menu, head, *article, *box, *footer]
    got = dict(zip(lines, _reasons(lines, profile), strict=True))
    assert all(got[h] == "structure.headlines" for h in box[1:]), got
    assert all(got[p] is None for p in [head, *article]), got
    return got


def test_a_headline_that_asks_does_not_end_the_box() -> None:
    _box_goes(TRENDING)


def test_a_line_that_asks_and_then_states_ends_the_box() -> None:
    """"… कब आएगी? सरकार ने बताया।" holds a statement's end: not a headline; the box ends there."""
    asks_and_states = "पीएम किसान की अगली किस्त कब आएगी? कृषि मंत्रालय ने बताया कि पैसा अगले सप्ताह खातों में पहुंचेगा।"
    after = "सीधी में बस पलटी, 14 यात्री घायल"
    lines = [*MENU, HEADLINE, *ARTICLE, TRENDING[0], TRENDING[1], asks_and_states, after, *FOOTER]
    got = dict(zip(lines, _reasons(lines), strict=True))
    assert got[TRENDING[1]] == "structure.headlines"
    assert got[asks_and_states] is None
    assert got[after] is None


def test_a_question_over_running_text_stays_the_articles_sub_head() -> None:
    """After an inline box inside the article, a short question right over a paragraph is the story's sub-head."""
    subhead = "किसानों को भुगतान कब मिलेगा?"
    lines = [*MENU, HEADLINE, ARTICLE[0], "यह भी पढ़ें", TRENDING[1], subhead, ARTICLE[1], ARTICLE[2], *FOOTER]
    got = dict(zip(lines, _reasons(lines), strict=True))
    assert got[TRENDING[1]] == "structure.headlines"
    assert got[subhead] is None
    assert got[ARTICLE[1]] is None
    assert got[ARTICLE[2]] is None


def test_a_question_in_a_box_in_another_profile() -> None:
    """The same in Bengali: a headline that asks inside a "আরও পড়ুন" box."""
    head = "কলকাতায় ডেঙ্গির প্রকোপ বাড়ছে, হাসপাতালে শয্যার সঙ্কট"
    body = ["কলকাতা পুরসভার স্বাস্থ্য দফতর জানিয়েছে, গত এক সপ্তাহে শহরে ডেঙ্গিতে আক্রান্তের সংখ্যা প্রায় দ্বিগুণ হয়েছে। "
            "বেশ কয়েকটি সরকারি হাসপাতালে শয্যা খালি নেই বলে রোগীর পরিবারের অভিযোগ।",
            "পুরসভা জানিয়েছে, প্রতিটি ওয়ার্ডে জমা জল সরাতে বিশেষ দল কাজ করছে এবং বাড়ি বাড়ি গিয়ে সচেতনতা প্রচার চালানো হচ্ছে।"]
    box = ["আরও পড়ুন", "হাওড়ায় জলের পাইপ ফেটে বিপত্তি, তিন ওয়ার্ডে সঙ্কট", "পুজোর আগে কি বাড়বে মেট্রোর ভাড়া?",
           "সল্টলেকে নতুন সাইকেল ট্র্যাক চালু হল"]
    _box_goes(box, ["হোম", "রাজ্য", "দেশ", "খেলা", "বিনোদন"], head, body, ["আমাদের ফলো করুন", "ফেসবুক", "টুইটার", "ইউটিউব"],
              "bn")


def test_an_initialism_is_no_sentence_end_in_a_boxs_headline() -> None:
    """"ए.टी.एम." made a headline two sentences, so a body line, and it ended the box; the headlines below it stayed."""
    box = ["संबंधित खबरें",
           "सतना में बैंक के ए.टी.एम. से छेड़छाड़ की कोशिश, दो युवक गिरफ्तार",
           "रीवा मेडिकल कॉलेज में नई ओ.पी.डी. पर्ची व्यवस्था शुरू",
           "सीधी में बस पलटी, 14 यात्री घायल",
           "मऊगंज में बिजली कटौती से लोग परेशान"]
    _box_goes(box)


def test_a_paragraph_with_an_initialism_stays_the_articles() -> None:
    para = ("जिला अस्पताल के सी.एम.एस. डॉ. आर.के. तिवारी ने बताया कि खरीद केंद्रों पर लू से बचाव के लिए ओ.आर.एस. के "
            "पैकेट भेजे गए हैं। हर केंद्र पर एक स्वास्थ्यकर्मी की ड्यूटी भी लगाई गई है।")
    lines = [*MENU, HEADLINE, ARTICLE[0], para, ARTICLE[1], *TRENDING, *FOOTER]
    got = dict(zip(lines, _reasons(lines), strict=True))
    assert got[para] is None
    assert all(got[h] == "structure.headlines" for h in TRENDING[1:]), got


def test_a_headline_over_one_that_asks_and_goes_on_is_no_sub_head() -> None:
    """A headline that asks and goes on ("… नहीं आया? इन वजहों से …") reads as two sentences with a verb, but is no running
    text: the headline above it stays a link of the box, not an article's sub-head."""
    box = ["बिज़नेस की और खबरें",
           "सोने-चांदी के दाम में बड़ी गिरावट, जानिए आज आपके शहर में 10 ग्राम गोल्ड का भाव",
           "8वां वेतन आयोग: कर्मचारियों की सैलरी में कितनी होगी बढ़ोतरी, फिटमेंट फैक्टर पर आया बड़ा अपडेट",
           "इनकम टैक्स रिफंड अब तक नहीं आया? इन वजहों से अटक सकता है आपका पैसा",
           "घर बैठे ऐसे बनवाएं आयुष्मान कार्ड, 5 लाख तक मुफ्त इलाज का मिलेगा लाभ"]
    _box_goes(box)


def test_a_sub_head_over_a_paragraph_that_asks_and_states_ends_the_box() -> None:
    """Running text that opens with a question and states is a paragraph: the short line over it is its sub-head."""
    subhead = "किसानों की मांग"
    para = ("किसानों को भुगतान कब मिलेगा? जिला आपूर्ति अधिकारी ने बताया कि तौल के 72 घंटे के भीतर पैसा खातों में भेजा जाएगा। "
            "अब तक 1,200 किसानों को भुगतान हो चुका है।")
    lines = [*MENU, HEADLINE, ARTICLE[0], "यह भी पढ़ें", TRENDING[1], subhead, para, ARTICLE[1], *FOOTER]
    got = dict(zip(lines, _reasons(lines), strict=True))
    assert got[TRENDING[1]] == "structure.headlines"
    assert got[subhead] is None
    assert got[para] is None


def test_a_five_word_label_in_an_indic_script_opens_a_box() -> None:
    """Indic labels say with postpositions what English says in two words: "इस लेखक की और खबरें" (five words)."""
    box = ["इस लेखक की और खबरें", *TRENDING[1:]]
    assert _box_goes(box)[box[0]] is not None


def test_a_five_word_label_in_punjabi() -> None:
    head = "ਜਲੰਧਰ 'ਚ ਡੇਂਗੂ ਦੇ ਮਾਮਲੇ ਵਧੇ, ਸਿਹਤ ਵਿਭਾਗ ਨੇ ਸ਼ੁਰੂ ਕੀਤੀ ਘਰ-ਘਰ ਜਾਂਚ"
    body = ["ਜਲੰਧਰ : ਸ਼ਹਿਰ ਵਿਚ ਪਿਛਲੇ ਇਕ ਹਫ਼ਤੇ ਦੌਰਾਨ ਡੇਂਗੂ ਦੇ 40 ਨਵੇਂ ਮਾਮਲੇ ਸਾਹਮਣੇ ਆਏ ਹਨ। ਸਿਹਤ ਵਿਭਾਗ ਦੀਆਂ ਟੀਮਾਂ ਨੇ "
            "ਪ੍ਰਭਾਵਿਤ ਇਲਾਕਿਆਂ ਵਿਚ ਘਰ-ਘਰ ਜਾ ਕੇ ਲਾਰਵੇ ਦੀ ਜਾਂਚ ਸ਼ੁਰੂ ਕਰ ਦਿੱਤੀ ਹੈ।",
            "ਸਿਵਲ ਸਰਜਨ ਨੇ ਲੋਕਾਂ ਨੂੰ ਅਪੀਲ ਕੀਤੀ ਹੈ ਕਿ ਉਹ ਘਰਾਂ ਵਿਚ ਪਾਣੀ ਖੜ੍ਹਾ ਨਾ ਹੋਣ ਦੇਣ ਅਤੇ ਬੁਖ਼ਾਰ ਹੋਣ 'ਤੇ ਤੁਰੰਤ ਜਾਂਚ ਕਰਵਾਉਣ।"]
    box = ["ਸਿਹਤ ਨਾਲ ਜੁੜੀਆਂ ਹੋਰ ਖ਼ਬਰਾਂ",
           "ਮੋਹਾਲੀ ਦੀਆਂ 40 ਸੁਸਾਇਟੀਆਂ 'ਚ ਮਿਲਿਆ ਡੇਂਗੂ ਦਾ ਲਾਰਵਾ, ਨਿਗਮ ਨੇ ਕੱਟੇ ਚਲਾਨ",
           "ਸਰਦੀ ਆਉਂਦਿਆਂ ਹੀ ਵਧਣ ਲੱਗੇ ਦਮੇ ਦੇ ਮਰੀਜ਼",
           "ਅੰਮ੍ਰਿਤਸਰ ਦੇ ਸਰਕਾਰੀ ਹਸਪਤਾਲ 'ਚ ਨਵੀਂ ਐਮਆਰਆਈ ਮਸ਼ੀਨ ਸ਼ੁਰੂ"]
    _box_goes(box, ["ਹੋਮ", "ਪੰਜਾਬ", "ਦੇਸ਼", "ਖੇਡਾਂ", "ਮਨੋਰੰਜਨ"], head, body, ["ਸਾਨੂੰ ਫਾਲੋ ਕਰੋ", "ਫੇਸਬੁੱਕ", "ਟਵਿੱਟਰ", "ਯੂਟਿਊਬ"], "pa")
