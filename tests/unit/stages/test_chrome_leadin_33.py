"""Issue 13, session 33: a sub-head over a sentence that leads into a list is not a teaser box's last link.

An inline "also read" box between two parts of an article ends at the article's next sub-head: a line over running
text, of at most six words, is the sub-head. A sentence that introduces a list ("… ये सावधानियां बताईं:") was not
counted as running text when it held none of the profile's clause markers, so the sub-head above it went as the
box's last headline (blind-written pages f25/05 bn and f38/05 kn, ``benchmarks/bench_page_lines.py``). Such a
sentence now counts: at least six words in the page's script, ending in a colon.

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import reasons_by_line as _reasons

MENU = ["होम", "देश", "राज्य", "सेहत", "खेल", "मनोरंजन", "वीडियो"]
HEADLINE = "राजधानी में बढ़ा प्रदूषण, एक्यूआई 400 के पार पहुंचा; अस्पतालों में बढ़े सांस के मरीज"
PART_ONE = [
    "नई दिल्ली : राजधानी में लगातार तीसरे दिन हवा की गुणवत्ता गंभीर श्रेणी में रही। केंद्रीय प्रदूषण नियंत्रण बोर्ड के "
    "अनुसार शाम चार बजे औसत एक्यूआई 412 दर्ज किया गया।",
    "सरकारी अस्पतालों की ओपीडी में पिछले एक सप्ताह में सांस और आंखों में जलन के मरीजों की संख्या करीब दोगुनी हो गई है। "
    "डॉक्टरों का कहना है कि बुजुर्गों और बच्चों पर इसका सबसे ज्यादा असर पड़ रहा है।",
]
BOX_LABEL = "इसे भी पढ़ें"
TEASERS = ["नोएडा में स्कूलों की छुट्टियां बढ़ीं, अब ऑनलाइन होंगी कक्षाएं",
           "पराली जलाने के मामलों में कमी, फिर भी नहीं सुधरी हवा की हालत"]
SUBHEAD = "क्या करें, क्या न करें"
LEAD_IN = "डॉक्टरों ने इस मौसम के लिए लोगों को ये सावधानियां बताईं:"
LIST = ["सुबह और देर शाम की सैर से बचें।",
        "बाहर निकलते समय एन-95 मास्क का इस्तेमाल करें।",
        "घर की खिड़कियां दोपहर में ही खोलें, जब प्रदूषण का स्तर अपेक्षाकृत कम रहता है।"]
PART_TWO = ["दिल्ली सरकार ने निर्माण कार्यों पर रोक को अगले आदेश तक बढ़ा दिया है। नियम तोड़ने वालों पर भारी जुर्माना लगाया "
            "जाएगा, पर्यावरण मंत्री ने बताया।"]
FOOTER = ["हमें फॉलो करें", "फेसबुक", "ट्विटर", "यूट्यूब", "© 2025 राजधानी समाचार. सर्वाधिकार सुरक्षित।"]



def test_a_subhead_over_a_lead_in_sentence_ends_the_box() -> None:
    lines = [*MENU, HEADLINE, *PART_ONE, BOX_LABEL, *TEASERS, SUBHEAD, LEAD_IN, *LIST, *PART_TWO, *FOOTER]
    got = _reasons(lines)
    assert got[SUBHEAD] is None
    assert got[LEAD_IN] is None
    assert all(got[x] is None for x in [HEADLINE, *PART_ONE, *LIST, *PART_TWO])
    # the box and its links still go
    assert got[BOX_LABEL] is not None
    assert all(got[t] == "structure.headlines" for t in TEASERS)


def test_a_box_link_over_a_colon_line_of_few_words_still_goes() -> None:
    """A colon line of fewer than six words ("ये हैं नियम:") is no lead-in sentence: the box's last link above it goes."""
    short_colon = "ये हैं नियम:"
    lines = [*MENU, HEADLINE, *PART_ONE, BOX_LABEL, *TEASERS, short_colon, *LIST, *PART_TWO, *FOOTER]
    got = _reasons(lines)
    assert all(got[t] == "structure.headlines" for t in TEASERS)


def test_a_box_link_over_a_colon_line_in_another_script_still_goes() -> None:
    """The lead-in is running text of the page's language: a Latin line ending in a colon is not one."""
    latin = "Follow us for more updates on these social media platforms:"
    lines = [*MENU, HEADLINE, *PART_ONE, BOX_LABEL, *TEASERS, latin, *LIST, *PART_TWO, *FOOTER]
    got = _reasons(lines)
    assert all(got[t] == "structure.headlines" for t in TEASERS)


def test_a_bengali_subhead_over_a_lead_in_sentence_ends_the_box() -> None:
    menu = ["হোম", "রাজ্য", "দেশ", "খেলা", "বিনোদন"]
    headline = "শহরে দূষণের মাত্রা চরমে, হাসপাতালে বাড়ছে শ্বাসকষ্টের রোগী"
    part_one = ["কলকাতা: টানা তিন দিন ধরে শহরের বাতাসের মান খুব খারাপ পর্যায়ে রয়েছে। দূষণ নিয়ন্ত্রণ পর্ষদের হিসাবে বিকেলে "
                "গড় সূচক ছিল ৩১০।",
                "সরকারি হাসপাতালগুলির বহির্বিভাগে গত এক সপ্তাহে শ্বাসকষ্ট ও চোখ জ্বালার রোগীর সংখ্যা প্রায় দ্বিগুণ হয়েছে।"]
    label = "আরও পড়ুন"
    teasers = ["শীতের শুরুতেই বাজারে সবজির দাম বাড়ল, চিন্তায় ক্রেতারা",
               "মেট্রোর নতুন রুটে পরীক্ষামূলক চলাচল শুরু হবে আগামী মাসে"]
    subhead = "কী করবেন, কী করবেন না"
    lead_in = "চিকিৎসকেরা এই সময়ে কয়েকটি বিষয়ে সতর্ক থাকতে বলছেন:"
    items = ["ভোরে ও সন্ধ্যার পরে বাইরে হাঁটাহাঁটি এড়িয়ে চলুন।", "বাইরে বেরোলে ভালো মানের মাস্ক ব্যবহার করুন।"]
    part_two = ["পুরসভা জানিয়েছে, নির্মাণস্থলে জল ছেটানোর নির্দেশ দেওয়া হয়েছে এবং নিয়ম না মানলে জরিমানা করা হবে।"]
    footer = ["আমাদের ফলো করুন", "ফেসবুক", "টুইটার", "© ২০২৫ শহর সংবাদ। সর্বস্বত্ব সংরক্ষিত।"]
    lines = [*menu, headline, *part_one, label, *teasers, subhead, lead_in, *items, *part_two, *footer]
    got = dict(zip(lines, clean_lines(lines, load_profile("bn")), strict=True))
    assert got[subhead] is None
    assert got[lead_in] is None
    assert all(got[t] == "structure.headlines" for t in teasers)
