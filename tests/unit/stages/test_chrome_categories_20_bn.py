"""Issue 13, session 20 (Bengali): the chrome forms the blind-written TUNE sets w5, w7, w8 and w9 showed missing in
bn.toml — correspondent and desk lines, desks' initials, cookie and notification prompts, live-blog times and buttons,
weather, currency, market and prayer-time strips, opinion and investment disclaimers, agency notes, social and app
promos, the e-paper, reactions and comment-box notes, imprints — each written here in a wording of its own, with
near misses that must stay: a reported sentence, a list item or a table row of an article, news about the same thing."""


from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import chrome_form_tests

CHROME = [
    # bylines
    ("নিজস্ব প্রতিনিধি, বহরমপুর", "byline"),
    ("স্টাফ করেসপন্ডেন্ট, খবরেরকাগজ.কম", "byline"),
    ("খুলনা প্রতিনিধি | নগরবার্তা.কম", "byline"),
    ("বিবিসি নিউজ বাংলা, দিল্লি", "byline"),
    ("ডিজিটাল ডেস্ক | ৪ মার্চ, ২০২৫ ০৯:১০", "byline"),
    ("বাংলাদেশ সময়: ২১১০ ঘণ্টা, মার্চ ৪, ২০২৫", "byline"),
    ("কেএস/এমএইচ", "byline"),
    ("সমকাল/টিএ/আরকে", "byline"),
    ("নগর২৪ ডিজিটাল", "byline"),
    ("২০ মিনিট আগে আপডেট করা হয়েছে", "byline"),
    # cookie and notification prompts
    ("সব কুকি মেনে নিন", "prompt"),
    ("শুধুমাত্র জরুরি কুকি", "prompt"),
    ("এই পাতায় কুকি ব্যবহৃত হয়। ঠিক আছে", "prompt"),
    ("আপনার গোপনীয়তার পছন্দ পরিচালনা করুন", "prompt"),
    ("সব খবর পেতে নোটিফিকেশন চালু করুন  পরে  হ্যাঁ", "prompt"),
    ("জরুরি খবরের অ্যালার্ট পেতে চান? এখন নয় | হ্যাঁ", "prompt"),
    # live blogs
    ("০৯:৪০ এএম", "live"),
    ("সন্ধ্যা ৬টা ২০", "live"),
    ("আরও ৫টি আপডেট দেখুন", "live"),
    ("নতুন আপডেট লোড হচ্ছে…", "live"),
    ("সব আপডেট পেতে পেজটি রিফ্রেশ করুন", "live"),
    ("স্বয়ংক্রিয় রিফ্রেশ বন্ধ", "live"),
    ("🔴 সরাসরি দেখুন", "live"),
    # (session 31: a ticker's label, `related`: it opens a box of the ticker's headlines)
    ("এইমাত্র পাওয়া খবর", "related"),
    # tickers
    ("ঢাকা ৩২° সে. মেঘলা | সিলেট ২৯° সে. বৃষ্টি", "ticker"),
    ("বর্ধমান ⛅ ৩৩° / ২৬°", "ticker"),
    ("মালদা 🌧 ২৭° সে", "ticker"),
    ("শিলিগুড়ি: সর্বোচ্চ ৩১°, সর্বনিম্ন ২২° | আর্দ্রতা ৮০%", "ticker"),
    ("AQI হাওড়া: ১৮৮ (খারাপ)", "ticker"),
    ("ডলার ১২১.৫০ টাকা | পাউন্ড ১৫৩ টাকা", "ticker"),
    ("স্বর্ণ (২১ ক্যারেট): ১,১২,০০০ টাকা/ভরি | রুপা: ১,৭০০ টাকা/ভরি", "ticker"),
    ("আজকের বাজার: আলু ৩০-৩৫ টাকা কেজি | পেঁয়াজ ৬০ টাকা কেজি", "ticker"),
    ("সিলেট: ফজর ৪:০১ | যোহর ১২:০২ | আসর ৪:৪০ | মাগরিব ৬:৩৫", "ticker"),
    # disclaimers
    ("[এই কলামে প্রকাশিত মতামত একান্তই লেখকের ব্যক্তিগত]", "disclaimer"),
    ("বি.দ্র.: লেখায় প্রকাশিত তথ্যের সত্যতা আমরা যাচাই করিনি।", "disclaimer"),
    ("দায় স্বীকার: ক্রিপ্টোতে লগ্নি ঝুঁকিপূর্ণ।", "disclaimer"),
    ("এই পাতার লেখার দায় সম্পূর্ণভাবে লেখকের", "disclaimer"),
    ("(ইউএনবি থেকে নেওয়া)", "disclaimer"),
    ("সংবাদ সংস্থার দেওয়া তথ্য অপরিবর্তিত প্রকাশ করা হলো।", "disclaimer"),
    ("(বিনিয়োগের আগে আপনার আর্থিক উপদেষ্টার পরামর্শ নিন।)", "disclaimer"),
    # promos
    ("ফেসবুকে নগরবার্তা | ইউটিউবে নগরবার্তা | টেলিগ্রামে নগরবার্তা", "promo"),
    ("হোয়াটসঅ্যাপে নগরবার্তা — চ্যানেলে যুক্ত হতে ক্লিক করুন", "promo"),
    ("Google News-এ ফলো করুন নগরবার্তা", "promo"),
    ("নিয়মিত আপডেট পেতে যোগ দিন আমাদের টেলিগ্রাম চ্যানেলে", "promo"),
    ("নগরবার্তার অ্যাপ ডাউনলোড করুন: Play Store | App Store", "promo"),
    ("আজকের ই-পেপার দেখতে এখানে ক্লিক করুন", "promo"),
    ("নগরবার্তার সাথে থাকুন, ফলো করুন", "promo"),
    # comments
    ("প্রথম কমেন্টটি আপনিই করুন", "comment_form"),
    ("খবরটি পড়ে আপনার অনুভূতি কেমন?", "comment_form"),
    ("কমেন্টের দায়ভার সম্পাদকের নয়", "comment_form"),
    ("মন্তব্য প্রকাশের আগে মডারেট করা হয়", "comment_form"),
    ("আপনার ইমেইল ঠিকানা প্রকাশিত হবে না", "comment_form"),
    # related, navigation, imprint, ad
    ("এই বিভাগের অন্যান্য সংবাদ", "related"),
    ("আরও পড়তে পারেন", "related"),
    ("‹ পূর্ববর্তী খবর  পরবর্তী খবর ›", "navigation"),
    ("সম্পাদক ও প্রকাশক কর্তৃক ১২ নগর সড়ক, খুলনা থেকে মুদ্রিত ও প্রকাশিত | যোগাযোগ", "legal"),
    ("বিজ্ঞাপনের পর প্রতিবেদন চলছে", "ad"),
]



KEPT = [
    # one price alone reads like an article's list item (session 21: a strip needs two items)
    "স্বর্ণ (২১ ক্যারেট): ১,১২,০০০ টাকা/ভরি",
    "লাইভ: পৌরসভা নির্বাচনের ফল",  # a live page's own headline
    # bylines: a name and a place, a correspondent in a sentence, a lone "digital" headline, a time in prose
    "রাজীব দত্ত বর্ধমান",
    "নিজস্ব প্রতিনিধি জানিয়েছেন, সেতুটি আগামী মাসে খুলে দেওয়া হবে।",
    "আমাদের খুলনা প্রতিনিধি ঘটনাস্থলে গিয়ে দেখেছেন, বাজার বন্ধ।",
    "দেশ এখন ডিজিটাল",
    "বাংলাদেশ সময় রাত ১০টায় খেলাটি শুরু হবে।",
    "২০ মিনিট আগে আপডেট করা তালিকায় নাম ছিল না বলে তিনি অভিযোগ করেন।",
    "এবং/অথবা",
    # cookie and notification: news about cookies and alerts, a how-to sentence
    "ইউরোপের আইনে ওয়েবসাইটগুলোকে কুকি ব্যবহারের আগে অনুমতি নিতে হয়।",
    "বিশেষজ্ঞরা বলছেন, অচেনা সাইটে সব কুকি গ্রহণ করা উচিত নয়।",
    "ফোনের সেটিংসে গিয়ে নোটিফিকেশন চালু করুন।",
    "তিনি কি সত্যিই পদত্যাগ করতে চান? না।",
    # live: a time inside a sentence, a live broadcast in news
    "সন্ধ্যা ৬টা ২০ মিনিটে ট্রেনটি স্টেশনে পৌঁছায়।",
    "ম্যাচটি বিটিভিতে সরাসরি সম্প্রচার করা হবে।",
    "নতুন আপডেট আসার পর ফোনটি ধীর হয়ে যায়।",
    # tickers: weather in prose, a price in a sentence, a list item of a Ramadan article
    "ঢাকায় আজ সর্বোচ্চ তাপমাত্রা ৩৬° সেলসিয়াস থাকতে পারে বলে জানিয়েছে আবহাওয়া অফিস।",
    "ডলারের দাম বেড়ে ১২১ টাকা হয়েছে।",
    "সেহরি ৪:০১, ইফতার ৬:৩৫",
    "ব্রাউজারে সমস্যা হলে ক্যাশ মুছে ফেলুন, তারপর ওয়েবসাইটটি খুলে দেখুন এবং প্রয়োজনে কিছুক্ষণ পর আবার চেষ্টা করতে রিফ্রেশ করুন",
    "আজকের বাজারে আলুর দাম কেজিতে পাঁচ টাকা বেড়েছে।",
    # disclaimers: an opinion reported, an exam notice, an investment story
    "লেখকের মতামত নিয়ে পাঠকদের মধ্যে তর্ক শুরু হয়েছে।",
    "বি.দ্র.: পরীক্ষার্থীদের প্রবেশপত্র সঙ্গে আনতে হবে।",
    "বিশেষজ্ঞরা বলছেন, বিনিয়োগের আগে বাজার ভালো করে বুঝে নেওয়া দরকার।",
    "পুলিশ এখনও এর সত্যতা যাচাই করেনি।",
    # promos: news about a platform, an app, the e-paper
    "ফেসবুকে তিনি লিখেছেন, দলের সিদ্ধান্ত তিনি মেনে নেবেন।",
    "সরকারি অ্যাপটি Android ও iOS দুই প্ল্যাটফর্মেই পাওয়া যাবে।",
    "পত্রিকাটির ই-পেপার পড়েন প্রায় দুই লাখ পাঠক।",
    "পরিবারের সঙ্গে থাকুন",
    # comments, related, imprint, ad
    "এই ঘটনায় আপনার প্রতিক্রিয়া কী?",
    "এই খবরে আপনার প্রতিক্রিয়া কী?",
    "মন্তব্যের দায় নিয়ে আদালতে শুনানি হয়েছে।",
    "এই বিষয়ে আরও খবর পাওয়া গেলে জানানো হবে।",
    "বইটি প্রকাশক কর্তৃক কলকাতা থেকে প্রকাশিত হয় ১৯৬২ সালে, জানান তিনি।",
    "বিজ্ঞাপনের পর দর্শকসংখ্যা কমে যায়।",
]


#: every chrome line removed with its reason, every near miss kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests("bn", CHROME, KEPT)


def test_opinion_note_cut_from_line_end() -> None:
    line = "ফিচার বিভাগে আপনিও লেখা পাঠাতে পারেন। প্রকাশিত মতামত লেখকের নিজস্ব।"
    prof = load_profile("bn")
    cuts: dict[int, list[tuple[str, str]]] = {}
    before = "নদীর ভাঙনে গ্রামের তিনশো পরিবার ঘর হারিয়েছে, প্রশাসন ত্রাণ পাঠিয়েছে বলে জানা গেছে।"
    after = "স্থানীয়রা বলছেন, বাঁধ মেরামতের কাজ এখনও শুরু হয়নি, তাই বর্ষায় আবার ভাঙনের আশঙ্কা রয়েছে।"
    reasons = clean_lines([before, line, after], prof, cuts=cuts)
    assert reasons == [None, None, None]
    assert cuts[1][0][0] == "disclaimer"
