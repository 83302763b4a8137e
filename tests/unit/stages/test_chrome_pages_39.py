"""Issue 13, session 39: what blind-written pages (``benchmarks/bench_page_lines.py``) showed the line stages take: a
live blog's entry heading after the entry's time and a photo story's sub-head after an ad slot and the photo's counter
made a run of short lines with them, which went as a menu (``structure.menu``) though running text follows. Every line
here is written for this test."""

from __future__ import annotations

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines
from tests.unit.stages.helpers import chrome_form_tests

HI = load_profile("hi")
P1 = ("हाईकोर्ट की खंडपीठ ने गुरुवार सुबह जयपुर हादसे की मजिस्ट्रेट जांच रिपोर्ट तलब की और राज्य सरकार से पूछा कि "
      "पीड़ित परिवारों को मुआवजा अब तक क्यों नहीं मिला।")
P2 = ("महाधिवक्ता ने अदालत को बताया कि रिपोर्ट अंतिम चरण में है और अगले सप्ताह तक सीलबंद लिफाफे में पेश कर दी "
      "जाएगी।")
P3 = ("जस्टिस अरविंद मेहरोत्रा और जस्टिस नीलम सक्सेना की पीठ ने याचिकाकर्ताओं के वकील से पहले उन परिवारों की सूची "
      "मांगी जिन्हें अब तक कोई सहायता नहीं मिली है।")
P4 = ("सुनवाई के दौरान अदालत कक्ष में पीड़ित परिवारों के कई सदस्य मौजूद रहे और पीठ ने उनसे भी सीधे बात की।")
P5 = ("अदालत ने मामले की अगली सुनवाई सोमवार को तय की है और तब तक जिला प्रशासन से राहत शिविरों की स्थिति पर हलफनामा "
      "मांगा है।")


def _reasons(lines: list[str]) -> dict[str, str]:
    return {ln: r for ln, r in zip(lines, clean_lines(list(lines), HI), strict=True) if r}


def test_a_live_entrys_heading_after_its_time_is_no_menu_item():
    heading = "सुनवाई शुरू हुई"
    lines = [P1, P2, "इस अपडेट को शेयर करें", "विज्ञापन", "11:40 AM", heading, P3, P4, "10:55 AM", "पीड़ित पहुंचे",
             P5]
    removed = _reasons(lines)
    assert heading not in removed
    assert "पीड़ित पहुंचे" not in removed
    assert removed.get("विज्ञापन") == "ad"
    assert not {P1, P2, P3, P4, P5} & set(removed)


def test_a_menu_inside_the_article_still_goes():
    # a box of short links between two parts of the article after the same share bar and ad slot: its first item
    # follows the slot but stands over no running text
    items = ["राजस्थान की खबरें", "जयपुर शहर", "हाईकोर्ट अपडेट"]
    lines = [P1, P2, "इस अपडेट को शेयर करें", "विज्ञापन", *items, P3, P4]
    removed = _reasons(lines)
    assert [removed.get(x) for x in items] == ["structure.menu"] * 3
    assert not {P1, P2, P3, P4} & set(removed)


# the labels and buttons the TUNE families of batches 14 and 15 showed, each with near misses that stay (every line
# written for this test)
CHROME = [
    ("hi", "इस कवयित्री की और रचनाएँ", "related"),
    ("hi", "बारिश पर और कविताएँ", "related"),
    ("hi", "पाठकों की अन्य कहानियाँ", "related"),
    ("hi", "और रचनाएँ", "related"),
    ("hi", "नई ग़ज़लें", "related"),
    ("hi", "संबंधित विषय", "related"),
    ("hi", "सुझाए गए विषय", "related"),
    ("hi", "उत्तर देखें", "quiz"),
    ("hi", "फिर से प्रयास करें", "quiz"),
    ("mr", "“पोलीस भरती 2026 : मैदानी चाचणीचे नवे नियम” वर 6 प्रतिक्रिया", "comment_form"),
    ("mr", "“MPSC पूर्व परीक्षा : उजळणीचे नियोजन” वर एक विचार", "comment_form"),
    ("mr", "उत्तर पहा", "quiz"),
    ("mr", "निकाल पहा", "quiz"),
    ("mr", "तुमचा स्कोअर :", "quiz"),
    ("mr", "याही संकल्पना वाचा", "read_more"),
    ("mr", "हे प्रश्नसंचही सोडवा", "read_more"),
    ("ml", "കൂടുതൽ ഫുട്ബോൾ വാർത്തകൾ", "related"),
    ("ml", "കൂടുതൽ റിവ്യൂകൾ", "related"),
    ("ur", "کھیل سے مزید", "related"),
    ("ur", "کراچی سے مزید خبریں", "related"),
    ("ur", "08:30 صبح", "live"),
    ("ur", "۱۱:۴۰ صبح", "live"),
]
KEPT = [
    ("hi", "कवि ने बारिश पर और कविताएँ लिखने का वादा किया"),
    ("hi", "इस संग्रह में उनकी और रचनाएँ भी शामिल हैं।"),
    ("hi", "नई रचनाएँ भेजने की अंतिम तिथि 30 नवंबर है।"),
    # a biography's section heading over its list of works (an encyclopedia's): no box label
    ("hi", "निराला की अन्य रचनाएँ"),
    ("hi", "अन्य रचनाएँ"),
    ("hi", "चर्चित कविताएँ"),
    ("hi", "संबंधित विषय पर शिक्षकों की राय बंटी हुई है।"),
    ("hi", "उत्तर देखें तो साफ़ है कि सरकार के पास आंकड़े नहीं हैं।"),
    ("mr", "या प्रश्नांची उत्तरे पहा आणि सराव करा, असे आवाहन शिक्षकांनी केले."),
    ("mr", "निकाल पहा असे सांगत मंडळाने संकेतस्थळाचा पत्ता दिला."),
    ("mr", "याही वर्षी परीक्षा डिसेंबरमध्येच होणार आहे."),
    ("ml", "കൂടുതൽ വാർത്തകൾ ലഭിക്കുന്നതോടെ ചിത്രം വ്യക്തമാകും."),
    ("ur", "کاروبار سے مزید سرمایہ کاری کی توقع ہے۔"),
    ("ur", "اجلاس 08:30 صبح شروع ہوگا"),
]
test_lexicon_takes_the_form, test_lexicon_keeps_the_near_miss = chrome_form_tests(None, CHROME, KEPT)


MR = load_profile("mr")
MR_INTRO = ("पोलीस भरतीच्या लेखी परीक्षेत मराठी व्याकरणावर दरवर्षी किमान दहा प्रश्न विचारले जातात, म्हणून आजचा सराव संच "
            "समास आणि संधी या घटकांवर आधारित आहे.")
MR_ANSWER = ("उत्तर : (क) पंचवटी. ज्या समासात पहिले पद संख्यावाचक असते आणि संपूर्ण सामासिक शब्दातून समूहाचा बोध होतो, तो "
             "द्विगू समास होय.")
MR_NEXT = ("प्रश्न 2 : 'राजपुत्र' या शब्दातील समास ओळखा. या प्रश्नात विद्यार्थी अनेकदा तत्पुरुष आणि कर्मधारय यांत गोंधळ "
           "करतात.")


def test_a_quizs_options_around_its_answer_button_are_no_menu():
    options = ["(अ) नीलकमल", "(ब) महादेव", "(क) पंचवटी", "(ड) घनश्याम"]
    # (on a page with chrome enough that position and runs count: a share bar and ad slots)
    page = ["जाहिरात", "हा लेख शेअर करा", MR_INTRO, "प्रश्न 1 : खालीलपैकी द्विगू समासाचे उदाहरण कोणते?", *options,
            "उत्तर पहा", MR_ANSWER, "जाहिरात", MR_NEXT, "हा लेख शेअर करा"]
    removed = {ln: r for ln, r in zip(page, clean_lines(list(page), MR), strict=True) if r}
    assert removed.get("उत्तर पहा") == "quiz"
    assert not set(options) & set(removed)
    assert not {MR_INTRO, MR_ANSWER, MR_NEXT} & set(removed)


LEAD = "सुबह 8:30 बजे तक के 24 घंटों में दर्ज बारिश के आंकड़े इस तरह हैं:"
P_AFTER = ("मौसम विभाग ने अगले दो दिन तक राजधानी में हल्की से मध्यम बारिश का अनुमान जताया है और लोगों से जलभराव वाले इलाकों से "
           "दूर रहने को कहा है।")


def test_a_table_a_sentence_leads_into_is_no_menu_though_an_ad_slot_follows_it():
    # a live entry's rainfall table under its lead-in sentence and its header row, then an ad slot and the next
    # entry's time: the rows and the ad label made a run of short lines with lexicon chrome in it
    rows = ["सफदरजंग 74", "लोधी रोड 68", "पालम 51", "आयानगर 47"]
    lines = [P1, "11:00 AM", "कहां कितनी बारिश हुई", LEAD, "इलाका बारिश (मिमी)", *rows, "विज्ञापन", "10:30 AM",
             "स्कूलों में छुट्टी", P_AFTER, P2]
    removed = _reasons(lines)
    assert not set(rows) & set(removed), removed
    assert removed.get("विज्ञापन") == "ad"
    # without the lead-in sentence the same rows and the ad slot are a run the menu rule takes, as before
    bare = [P1, "11:00 AM", "कहां कितनी बारिश हुई", P_AFTER, "इलाका बारिश (मिमी)", *rows, "विज्ञापन", "10:30 AM",
            "स्कूलों में छुट्टी", P_AFTER, P2]
    assert _reasons(bare).get("पालम 51") == "structure.menu"
