"""Issue 13, session 21 (Bengali): the chrome forms the blind-written TUNE sets w13, w14 and w15 showed missing in
bn.toml — desk and correspondent lines with their dates, masthead dates with the Bengali calendar, bureaus and TV
correspondents, writer and translator credits, author boxes, reading times, promos with more words or a handle,
subscription calls, location, region and login prompts, consent panels, imprints, mastheads and contact strips,
previous/next links with a headline, editor's and agency notes, comment boxes and reactions, share rows, bullion
strips — each written here in a wording of its own, with near misses that must stay: a reported sentence, a list
item of an article, news about the same thing."""

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reason


def _reason(line: str) -> str | None:
    return chrome_reason(line, load_profile("bn"))


CHROME = [
    # bylines: desk + date, datelines, masthead dates, bureaus, TV correspondents, credits, reading time, initials
    ("নগর বার্তা ডেস্ক রিপোর্ট : শনিবার, ৪ মে ২০২৪", "byline"),
    ("স্টাফ রিপোর্টার | প্রকাশ: ৪ মে ২০২৪, ১০:০০ | প্রিন্ট সংস্করণ", "byline"),
    ("খবর২৪ ডিজিটাল | শিলচর | 4 মে 2024, 9:10 AM IST", "byline"),
    ("নিজস্ব সংবাদদাতা: আসানসোল, ৪ মে—", "byline"),
    ("Last Update : ৪ মে, ২০২৪ ১০:১০ AM", "byline"),
    ("খুলনা, শনিবার, ৪ মে ২০২৪, ২১ বৈশাখ ১৪৩১", "byline"),
    ("রাজশাহী, সোমবার ১১ নভেম্বর ২০২৪ | ২৬ কার্তিক ১৪৩১ | ৮ জমাদিউল আউয়াল ১৪৪৬", "byline"),
    ("বরিশাল, রোববার, ৬ অক্টোবর ২০২৪", "byline"),
    ("দৈনিক নগর, নিজস্ব সংবাদদাতা, বাঁকুড়া", "byline"),
    ("খুলনা প্রতিনিধি, নগর টেলিভিশন", "byline"),
    ("রংপুর ও দিনাজপুর, নগর টিভি", "byline"),
    ("খুলনা ব্যুরো", "byline"),
    ("নিজস্ব বার্তা পরিবেশক", "byline"),
    ("লেখা: রুমানা হক", "byline"),
    ("ভাষান্তর - মিতা রায়", "byline"),
    ("লেখক পরিচিতি: নাসির আলী একজন কলামিস্ট, শিক্ষা নিয়ে লেখেন।", "byline"),
    ("পড়ার সময়: ৫ মিনিট", "byline"),
    ("পড়তে লাগবে প্রায় ২ মিনিট", "byline"),
    ("/এমএইচ/বাসস", "byline"),
    ("এসআর/জেডএইচ/বাসস", "byline"),
    # live
    ("০৯:১০ এএম, ৪ মে ২০২৪", "live"),
    ("লাইভ সর্বশেষ", "live"),
    # promos
    ("হোয়াটসঅ্যাপে নগর বার্তা — এখনই ফলো করুন", "promo"),
    ("ইনস্টাগ্রামে যুক্ত থাকুন: @nagarbarta", "promo"),
    ("আমাদের এক্স (টুইটার) অ্যাকাউন্ট ফলো করুন", "promo"),
    ("টেলিগ্রামে নগর বার্তা - আজই জয়েন করুন", "promo"),
    ("নগর টিভির YouTube চ্যানেল সাবস্ক্রাইব করতে এখানে ক্লিক করুন", "promo"),
    ("নগর টিভির সরাসরি সম্প্রচার দেখতে ক্লিক করুন", "promo"),
    ("নগর দর্পণের ই-পেপার পড়তে গ্রাহক হোন", "promo"),
    ("নগর দর্পণ পড়ুন, আজই গ্রাহক হয়ে যান", "promo"),
    ("নগর বার্তার অ্যাপ ডাউনলোড করুন, সব খবর পড়ুন বিনামূল্যে", "promo"),
    # prompts: location, region, login, consent
    ("এলাকার খবর পেতে লোকেশন চালু করুন", "prompt"),
    ("আবহাওয়ার আপডেট জানতে আপনার লোকেশন শেয়ার দিন", "prompt"),
    ("আপনার লোকেশন জানালে কাছের খবর দেখাব। অনুমতি দিন", "prompt"),
    ("আপনার শহর বেছে নিন, শহরের খবর পড়ুন", "prompt"),
    ("আপনার জেলা বেছে নিন | জেলার সব খবর পান", "prompt"),
    ("লগইন / রেজিস্টার", "prompt"),
    ("সাইন ইন অথবা সাইন আপ করুন", "prompt"),
    ("বাকি লেখাটি পড়তে লগইন করুন", "prompt"),
    ("লগইন করুন, পছন্দের খবর সংরক্ষণ করে রাখুন", "prompt"),
    ("গোপনীয়তা সেটিংস পরিচালনা করুন  সব গ্রহণ করুন  প্রত্যাখ্যান", "prompt"),
    ("আমরা আপনার গোপনীয়তাকে মূল্য দিই। এগিয়ে যেতে সম্মতি দিন", "prompt"),
    ("আমরা আপনার প্রাইভেসিকে সম্মান করি। Settings", "prompt"),
    # imprint, masthead, address, contacts
    ("নগর প্রিন্টার্স লিমিটেড কর্তৃক খুলনা থেকে প্রকাশিত ও মুদ্রিত", "legal"),
    ("সম্পাদক ও প্রকাশক: রহিম উদ্দিন | বার্তা সম্পাদক: করিম শেখ", "legal"),
    ("প্রকাশক: রহিম উদ্দিন | ২০ কাওরান বাজার, ঢাকা-১২১৫", "legal"),
    ("বার্তা ও বাণিজ্যিক কার্যালয়: ১২ নগর ভবন, শিববাড়ি, খুলনা-৯১০০", "legal"),
    ("ঠিকানা: ১২ নগর ভবন, খুলনা-৯১০০ | ফোন: ০৪১-৭২০০০০", "legal"),
    ("ফোন: ০৪১-৭২০০০০ | ইমেইল: news@nagar.com", "legal"),
    ("বিজ্ঞাপনের জন্য যোগাযোগ: ০১৮১১-২২২৩৩৩", "legal"),
    ("বিজ্ঞাপন দিতে কল করুন", "legal"),
    # related, navigation
    ("এই সংক্রান্ত আরো প্রতিবেদন", "related"),
    ("এ সংক্রান্ত খবর", "related"),
    ("পরের খবর: নদীভাঙনে দিশেহারা চরের মানুষ", "navigation"),
    ("আগের সংবাদ » বন্যায় ক্ষতিগ্রস্তদের ত্রাণ বিতরণ", "navigation"),
    # disclaimers
    ("বিঃদ্রঃ প্রকাশিত মতামত লেখকের একান্ত নিজস্ব।", "disclaimer"),
    ("বিঃ দ্রঃ এই কলামের মতামত লেখকের নিজস্ব", "disclaimer"),
    ("দ্রষ্টব্য: এই লেখা শুধু সাধারণ তথ্যের জন্য; শারীরিক সমস্যায় ডাক্তারের পরামর্শ নিন।", "disclaimer"),
    ("এই খবরটি বার্তা সংস্থা থেকে নেওয়া, আমরা কিছু বদলাইনি।", "disclaimer"),
    ("(ইউএনবি থেকে)", "disclaimer"),
    # comments, share, ticker
    ("মন্তব্য লিখুন  পাঠান", "comment_form"),
    ("পাঠকের মন্তব্য (৩)", "comment_form"),
    ("লেখাটি কেমন লাগল? 👍 😢", "comment_form"),
    ("প্রতিক্রিয়া: 👍 ৪ ❤️ ১", "comment_form"),
    ("মন্তব্য প্রকাশের আগে সেটি যাচাই করা হবে", "comment_form"),
    ("প্রতিবেদনটি শেয়ার করুন: f X in", "share"),
    ("খবরটি শেয়ার করুন  ফেসবুক  হোয়াটসঅ্যাপ", "share"),
    ("স্বর্ণ (২১ ক্যারেট) প্রতি ভরি ১,০৮,০০০ টাকা | রুপা ভরি ১,৭০০ টাকা", "ticker"),
]


@pytest.mark.parametrize(("line", "reason"), CHROME)
def test_chrome_form_removed(line: str, reason: str) -> None:
    assert _reason(line) == reason


KEPT = [
    # one price alone, as an article's list item (a strip needs two items)
    "- সোনা প্রতি ভরি ১,১০,০০০ টাকা",
    "স্বর্ণ (২২ ক্যারেট) ভরি ১,১৩,০০০ টাকা",
    # bylines: a date in a sentence, a channel named in news, an agency, a serial's note, an author in prose
    "প্রকল্পের নিজস্ব প্রতিবেদক দল জানায়, ৪ মে ২০২৪ থেকে কাজ শুরু হবে।",
    "আদালত ৪ মে ২০২৪ তারিখে রায় ঘোষণা করেন।",
    "কৃষকেরা জানান, শনিবার, ৪ মে ২০২৪ থেকে বৈশাখী মেলা শুরু হবে।",
    "খুলনা, নগর টিভি ও অন্যান্য চ্যানেলে সরাসরি সম্প্রচার হয়।",
    "কেন্দ্রীয় তদন্ত ব্যুরো",
    "লেখা: চলবে",
    "অনুবাদ সাহিত্যে তাঁর অবদান অসামান্য।",
    "লেখক সম্পর্কে তিনি বলেন, তাঁর লেখা মানুষের কথা বলে।",
    "পড়তে সময় লাগবে বলে অনেকে বইটি এড়িয়ে যান।",
    # promos: reported speech, news about a platform, a bank's customers, a how-to list
    "তিনি ফেসবুকে লেখেন, সবাই আমার পেজ ফলো করুন।",
    "অভিনেত্রী ইনস্টাগ্রামে ভক্তদের ফলো করার জন্য ধন্যবাদ জানান।",
    "নগর টিভির সরাসরি সম্প্রচার দেখতে দর্শকেরা ভিড় করেন।",
    "ব্যাংকটি নতুন গ্রাহক টানতে বিশেষ অফার দিয়েছে।",
    "তিনি সবাইকে অ্যাপ ডাউনলোড করুন বলে অনুরোধ জানান।",
    "৩. সমিতির সদস্য হোন",
    # prompts: a tips list, an application guide, news about apps and privacy
    "১. ফোনের লোকেশন চালু করুন",
    "২. ওয়েবসাইটে লগইন করুন",
    "২. আপনার জেলা নির্বাচন করুন",
    "পুরসভার পোর্টালে লগইন করে নাগরিকরা অভিযোগ জানাতে পারবেন।",
    "ডিজিটাল নিরাপত্তা বিশেষজ্ঞরা অজানা অ্যাপকে লোকেশনের অনুমতি না দেওয়ার পরামর্শ দেন।",
    "কোম্পানিটি বলছে, আমরা আপনার গোপনীয়তাকে সম্মান করি।",
    # imprint, masthead, address: a book's history, an editor named, a notice's address, a committee
    "বইটি বাংলা একাডেমি কর্তৃক ঢাকা থেকে প্রকাশিত হয় ১৯৭২ সালে।",
    "সম্পাদক: মতিউর রহমান",
    "সম্পাদক: রহিম | সহ-সম্পাদক: করিম",
    "• ঠিকানা: ১২ নং রোড, ধানমন্ডি, ঢাকা-১২০৫",
    "বিজ্ঞাপন দিতে গিয়ে প্রতারণার শিকার হন এক ব্যবসায়ী।",
    # related, navigation, disclaimers
    "এ বিষয়ে আরও খবর পাওয়া যায়নি।",
    "পরের খবর শোনার জন্য সবাই অপেক্ষা করছিলেন।",
    "দ্রষ্টব্য: পরীক্ষার্থীদের প্রবেশপত্র যাচাই করা হবে।",
    "বিশেষজ্ঞরা বলছেন, এই তথ্য সাধারণ সচেতনতার জন্য গুরুত্বপূর্ণ।",
    "এই প্রতিবেদনটি তৈরিতে সংবাদ সংস্থার তথ্য ব্যবহার করা হয়েছে।",
    # comments, share, ticker, list items
    "মন্তব্য প্রকাশের আগে তিনি দলের অনুমতি নেন।",
    "পাঠকের মন্তব্য নিয়ে বিতর্ক শুরু হয়েছে।",
    "খবরটি শেয়ার করুন বলে তিনি অনুরোধ করেন।",
    "বাজুস জানিয়েছে, প্রতি ভরি সোনার দাম ১,৭৫০ টাকা কমেছে।",
    "• সোনা: ১০ গ্রাম",
    "মোট আসন: ৪২ | তৃণমূল: ২৯ | বিজেপি: ১২ | কংগ্রেস: ১",
]


@pytest.mark.parametrize("line", KEPT)
def test_near_miss_kept(line: str) -> None:
    assert _reason(line) is None
