"""Issue 13, session 22 (Bengali): the chrome forms the blind-written TUNE sets w19 and w20 showed missing in bn.toml —
a site's report line, a site's name glued with "ডটকম", an agency dateline, a byline's "॥" and "place: date",
camera and photographer credits, contest and subscription promos, a channel call with a click, a follow call for an
account, an app's store "থেকে", a click for the whole story, one-story teaser labels, keyword rows, a site's slogan, a
score ticker, fuel and sunrise strips, agency, liability and translation notes, consent buttons, a notification call
with its offer, a reuse notice, a masthead's office and "থেকে প্রকাশিত", an ad break's "সংবাদ", the archive link, a
live page's running label — each written here in a wording of its own, with near misses that must stay: a reported
sentence, a list or table row of an article, news about the same thing."""


from tests.unit.stages.helpers import chrome_form_tests

CHROME = [
    # bylines: a site's report line, a glued site name, an agency dateline, separators
    ("চট্টগ্রাম নিউজ রিপোর্ট", "byline"),
    ("নগর পোস্ট ডেস্ক রিপোর্ট", "byline"),
    ("নগরবার্তা২৪ডটকম", "byline"),
    ("খবর২৪ ডট কম", "byline"),
    ("রাজশাহী, ১৮ ফেব্রুয়ারি (ইউএনবি) —", "byline"),
    ("খুলনা, ৩ মার্চ ২০২৫ (বাসস)", "byline"),
    ("নিজস্ব প্রতিনিধি ॥ ভোলা", "byline"),
    ("নিজস্ব প্রতিবেদক, দুর্গাপুর: ৯ সেপ্টেম্বর", "byline"),
    # credits
    ("ক্যামেরায়: আরিফ হোসেন", "credit"),
    ("ছবি তুলেছেন - সুদীপ্ত পাল", "credit"),
    ("ভিডিও সম্পাদনা: তানভীর আহমেদ", "credit"),
    # promos: contest, channel click, subscription with price, account, app store
    ("ঈদ কুইজে অংশ নিন, জিতে নিন নগদ পুরস্কার!", "promo"),
    ("আপনার তোলা বর্ষার ছবি পাঠান — জিতুন আকর্ষণীয় উপহার", "promo"),
    ("নগর বার্তার টেলিগ্রাম চ্যানেলে যুক্ত হোন ➡️ এখানে ক্লিক করুন", "promo"),
    ("মাসিক গ্রাহক হোন মাত্র ৳১৯৯ টাকায়, পড়ুন সব প্রিমিয়াম লেখা", "promo"),
    ("তাজা খবর পেতে ফলো করুন আমাদের ইনস্টাগ্রাম অ্যাকাউন্ট", "promo"),
    ("নগর খবর অ্যাপ ইনস্টল করুন: Play Store থেকে", "promo"),
    # read more and teaser labels
    ("সম্পূর্ণ প্রতিবেদন পড়তে লিংকে ক্লিক করুন", "read_more"),
    ("পুরো সংবাদ জানতে নিচের লিঙ্কে ক্লিক করুন", "read_more"),
    ("এ খবরটিও পড়ুন: নদীভাঙনে বিলীন দুই গ্রাম", "read_more"),
    ("মিস করবেন না: পাহাড়ে ধসে বন্ধ সড়ক", "read_more"),
    # keywords, slogan
    ("কী-ওয়ার্ড: বন্যা | ত্রাণ | সুনামগঞ্জ", "tags"),
    ("নগর টিভি – সত্যের সন্ধানে", "tagline"),
    ("দৈনিক নগর | সত্য প্রকাশে অবিচল", "tagline"),
    # tickers: a score with the minute, fuel with the unit, sunrise and sunset
    ("আবাহনী ১-১ মোহামেডান (৬৫') | লাইভ স্কোর", "ticker"),
    ("পেট্রোল ১২২ টাকা | ডিজেল ১০৬ টাকা | অকটেন ১২৬ টাকা (প্রতি লিটার)", "ticker"),
    ("রাজশাহী: সূর্যোদয় ৬:১০ | সূর্যাস্ত ৫:৩৫ | মাগরিব ৫:৩৮", "ticker"),
    # disclaimers: source agency, liability label, translation note
    ("খবরটি রয়টার্স থেকে সংগৃহীত", "disclaimer"),
    ("এই লেখাটি বার্তা সংস্থার তথ্যের ভিত্তিতে প্রস্তুত করা হয়েছে", "disclaimer"),
    ("দায়মুক্তি: এই কলামের মতামত লেখকের ব্যক্তিগত।", "disclaimer"),
    ("(হিন্দি থেকে ভাষান্তরিত)", "disclaimer"),
    # prompts: consent buttons, notification with its offer
    ("বাতিল / সব গ্রহণ করুন", "prompt"),
    ("অনুমতি দিন · এখন নয়", "prompt"),
    ("পুশ নোটিফিকেশন অন করুন — ব্রেকিং নিউজ জানুন সবার আগে", "prompt"),
    # legal: reuse notice, masthead, advertising contact with a masked number
    ("আমাদের পোর্টালের খবর অনুমতি ব্যতীত পুনঃপ্রকাশ করা আইনত দণ্ডনীয়", "legal"),
    ("সম্পাদক ও প্রকাশক: রহিম উদ্দিন | বাণিজ্যিক কার্যালয়: স্টেশন রোড, খুলনা", "legal"),
    ("প্রকাশক: করিম শেখ | নগর বার্তা, আসানসোল থেকে প্রকাশিত", "legal"),
    ("বিজ্ঞাপনের জন্য যোগাযোগ: 01711XXXXXX", "legal"),
    # live stream, ad break, archive, running label
    ("নগর টিভি সরাসরি দেখুন এখানে", "live"),
    ("বিজ্ঞাপনের পরে সংবাদ চলবে", "ad"),
    ("আর্কাইভ", "navigation"),
    ("আপডেট চলছে", "live"),
]


KEPT = [
    # bylines: a report named in news, a date alone with a place, a dateline opening a sentence
    "ময়নাতদন্ত রিপোর্ট",
    "তদন্ত কমিটির রিপোর্ট",
    "ঢাকা, ৫ জানুয়ারি",
    "সিলেট, ১২ মার্চ (বাসস) : জেলায় আজ ভারী বৃষ্টি হয়েছে।",
    "রূপপুর বিদ্যুৎকেন্দ্রের নতুন ওয়েবসাইট ডটকম",
    # credits: a phone review's spec row, a sentence about a photo
    "ক্যামেরা: ডুয়াল লেন্স সেটআপ",
    "ক্যামেরা: ৫০ মেগাপিক্সেল",
    "ছবি তুলেছেন তিনি নিজেই, জানালেন আলোকচিত্রী।",
    # promos: a scam reported, the organisers quoted, a government's offer reported, a bare subscription
    "প্রতারকরা বার্তায় লেখে, লিংকে ক্লিক করে জিতে নিন পুরস্কার",
    "আয়োজকরা বলেন, অংশ নিন, জিতে নিন আকর্ষণীয় পুরস্কার",
    "সরকার জানায়, গ্রাহক হন মাত্র ৫০০ টাকায়",
    "টেলিগ্রাম চ্যানেলে শেয়ার হওয়া লিংকে ক্লিক করে প্রতারিত হন তিনি।",
    # read more: an exam notice, a book recommended in a sentence, a reader's reaction
    "পরীক্ষার ফল জানতে এখানে ক্লিক করুন",
    "অবশ্যই পড়ুন বইটি",
    "মিস করবেন না এই সুযোগ",
    "এই খবরটি পড়ে আমি অবাক হয়েছি",
    # slogans in a sentence, a score in a sentence
    "সত্যের সন্ধানে তিনি সারাজীবন কাজ করেছেন",
    "সত্যের সন্ধানে",  # alone: an essay's headline
    "এই পত্রিকার ছবি অনুমতি ছাড়া ব্যবহার করা বেআইনি, জানিয়েছে আদালত।",
    "সবার আগে খবর পৌঁছে দিতে চায় সংস্থাটি",
    "বাংলাদেশ ২-১ গোলে জিতেছে | লাইভ",
    "বাংলাদেশ ২-১ ভারত",
    # tickers: two prayer times of a list, a sunrise in a sentence, one fuel price
    "ফজর ৪:০১, যোহর ১২:০২",
    "সূর্যোদয় ৫:১২ আর সূর্যাস্ত ৬:৪৮ হবে আজ",
    "- অকটেন প্রতি লিটার ১২৫ টাকা",
    # disclaimers: news about immunity, a translated book, a story's error
    "দায়মুক্তি পেলেন সাবেক মন্ত্রী",
    "দায়মুক্তি: সংসদে পাস হলো নতুন আইন",
    "বইটি ইংরেজি থেকে অনূদিত",
    "ইংরেজি থেকে অনূদিত বইটি পাঠকপ্রিয়তা পেয়েছে",
    "সংবাদটি বাসস থেকে নেওয়া হলেও তথ্যে ভুল ছিল",
    # prompts: a how-to step, a lone button
    "নোটিফিকেশন চালু করুন, তারপর সেটিংসে গিয়ে অ্যাপটি বেছে নিন",
    "সম্মতি দিন",
    # legal: a court's ruling, a book's history after the editor
    "আদালত বলেছে, অনুমতি ছাড়া কারও ছবি ব্যবহার করা দণ্ডনীয় অপরাধ",
    "এই ওয়েবসাইটের তথ্য ব্যবহার করা যাবে",
    "সম্পাদক: রহিম উদ্দিন | বইটি ঢাকা থেকে প্রকাশিত হয়েছে ১৯৯৯ সালে",
    # live, archive
    "ম্যাচটি টিভিতে সরাসরি দেখেছেন লাখো দর্শক",
    "আর্কাইভে রাখা নথি",
]


#: every chrome line removed with its reason, every near miss kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests("bn", CHROME, KEPT)
