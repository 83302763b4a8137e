"""Issue 13, session 22 (Marathi): the chrome forms the round-6 blind-written TUNE sets (w19, w20) showed missing in
mr.toml — a site's team credit, "By" credits after a dash or with a desk, a place before the paper's desk, a desk word
with the place and the date, a site name with a CMS date, joined credit labels and the compiler's credit, an author
with the reading time, the e-paper link, calls to fund the site, subscription prices with a call, contests with prizes,
the channel bell, the WhatsApp number to save, courtesy and source labels, translation notes, the plural ad contact, the
one-word teaser label, the empty comment box, a topic row, market and dam strips, a site's tagline, the
language link and a view counter. Each written here in a wording of its own, with near misses that must stay: a
reported sentence, a list item or table row of an article, a sentence of news about the same thing."""


from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

CHROME = [
    # bylines: the site's team, "By" credits, a place before the desk, a desk word with the place and date, a CMS date
    ("कोल्हापूर लाइव्ह टीम", "byline"),
    ("जय महाराष्ट्र टीम", "byline"),
    ("दैनिक पश्चिमरंग टीम", "byline"),
    ("टीम सातारा न्यूज", "byline"),
    ("By – Sahyadri Varta | 3 Mar 2025 8:15 PM IST", "byline"),
    ("By दैनिक पश्चिमरंग वृत्तसेवा", "byline"),
    ("मिरज : दैनिक पश्चिमरंग वृत्तसेवा", "byline"),
    ("कराड - सह्याद्री न्यूज नेटवर्क", "byline"),
    ("वार्ताहर, वाई : दि. 12 मार्च", "byline"),
    ("विशेष प्रतिनिधी, पंढरपूर, दि. 9 जुलै 2025", "byline"),
    ("सह्याद्री वार्ता 18-Mar-2025", "byline"),
    # credit labels joined, the compiler's credit, an author with the reading time
    ("बातमी आणि फोटो - अमोल शिंदे", "byline"),
    ("छायाचित्रे व मजकूर : सविता माने", "byline"),
    ("वृत्तांकन : पश्चिमरंग टीम", "byline"),
    ("लेखक – सुधीर पाटील | वाचन वेळ: ४ मिनिटे", "byline"),
    ("लेखिका: नेहा कदम • ७ मिनिटांचे वाचन", "byline"),
    # promos
    ("दैनिक पश्चिमरंग ई-पेपर येथे वाचा", "promo"),
    ("आजचा epaper डाउनलोड करा", "promo"),
    ("सह्याद्री वार्ताला आर्थिक पाठबळ द्या | Donate", "promo"),
    ("निर्भीड पत्रकारितेला साथ द्या – सपोर्ट करा", "promo"),
    ("डिजिटल सदस्यता फक्त ₹९९ : आजच सदस्य व्हा", "promo"),
    ("मासिक वर्गणी ₹60 - सर्व लेख वाचा आणि नोंदणी करा", "promo"),
    ("रांगोळी स्पर्धा : तुमच्या रांगोळीचा फोटो पाठवा आणि बक्षिसे जिंका", "promo"),
    ("आमच्या पाककृती स्पर्धेत भाग घ्या व जिंका भरघोस बक्षीस", "promo"),
    ("चॅनलला सबस्क्राइब करा व बेल बटण दाबा", "promo"),
    ("ताज्या अपडेट्ससाठी आमचा व्हॉट्सअॅप क्रमांक सेव्ह करा - 90xxxxxx44", "promo"),
    # credits, notes, the ad contact, the teaser label, the comment box, tags
    ("साभार - कृषी विज्ञान केंद्र, बारामती", "credit"),
    ("माहिती स्रोत : जिल्हा परिषद", "credit"),
    ("(हा लेख मूळ हिंदी बातमीचा स्वैर अनुवाद आहे.)", "disclaimer"),
    ("(सदर लेख सर्वप्रथम साप्ताहिक साधनामध्ये प्रसिद्ध झाला होता.)", "disclaimer"),
    ("जाहिरातींकरिता संपर्क : ९८२२० ११२२३", "legal"),
    ("हेसुद्धा पाहा : पावसाळ्यात घ्या त्वचेची काळजी", "read_more"),
    ("सर्वप्रथम प्रतिक्रिया द्या", "comment_form"),
    ("प्रतिक्रिया देणारे पहिले व्हा!", "comment_form"),
    ("विषय • कोल्हापूर • पूर • प्रशासन", "tags"),
    # strips
    ("हरभरा भाव (अकोला): किमान ₹5,100 | कमाल ₹5,900 | सरासरी ₹5,550", "ticker"),
    ("उजनी धरण पाणीसाठा : ६१ टक्के | विसर्ग : ५,००० क्युसेक", "ticker"),
    # the tagline, the language link, the view counter
    ("कोकण लाईव्ह | कोकणचा हक्काचा आवाज", "tagline"),
    ("सांगली न्यूज — विश्वासार्ह मराठी न्यूज पोर्टल", "tagline"),
    ("ही बातमी इंग्रजीमध्ये वाचा", "language_switch"),
    ("व्ह्यूज: ८४५", "toolbar"),
]

# near misses: an article's sentence, list item or table row using the same words
BODY = [
    "महाराष्ट्र टीम",  # a Ranji side's heading before the squad
    "पश्चिम महाराष्ट्र टीम",
    "बचाव टीम",
    "भारतीय टीम",
    "टीम इंडिया",
    "सदस्य : शिक्षक प्रतिनिधी",
    "पुणे : दैनिक सकाळचे संपादक उपस्थित होते",
    "प्रतिनिधी, शिक्षक आणि पालक : 5 ऑगस्ट रोजी बैठक",
    "संकलन : पोलिसांनी गोळा केलेली माहिती पुढीलप्रमाणे आहे.",
    "लेखक – सुधीर पाटील यांनी चार पुस्तके लिहिली आहेत.",
    "विद्यार्थ्यांनी रोज किमान एक तास पेपर वाचा, असे शिक्षकांनी सांगितले.",
    "शेतकऱ्यांना आर्थिक मदत द्या, असे आवाहन त्यांनी केले.",
    "आमच्या पक्षाला आर्थिक पाठबळ द्या, असे आवाहन उमेदवारांनी केले.",
    "वार्षिक वर्गणी ₹५०० असेल, असे मंडळाने सांगितले.",
    "स्पर्धेत विजेत्यांना आकर्षक बक्षिसे देण्यात आली.",
    "स्पर्धेत सहभागी व्हा आणि जिंका आकर्षक बक्षिसे, असे आवाहन मंडळाने केले.",
    "नागरिकांनी हेल्पलाइनचा व्हॉट्सॲप नंबर सेव्ह करावा, असे आवाहन पोलिसांनी केले.",
    "स्रोत: विहिरी, तलाव आणि नद्या हे गावाचे मुख्य पाणी स्रोत आहेत.",
    "ही कादंबरी मूळ इंग्रजी कादंबरीचा अनुवाद आहे.",
    "हा लेख मूळ इंग्रजी लेखाचा अनुवाद आहे, असे संपादकांनी सांगितले.",
    "पहिली कमेंट तुम्ही करा, असे तो म्हणाला.",
    "विषय : गावातील पाणीटंचाई",
    "विषय : शिक्षण, आरोग्य",
    "कांदा : ₹2,400 ते ₹2,900 प्रति क्विंटल",
    "डाळिंब : ₹80 ते ₹140 प्रति किलो (सोलापूर)",  # one crop's range: a list item, no ticker
    "बाजार समितीत सोयाबीनला किमान ४,२०० आणि कमाल ४,६०० रुपये दर मिळाला.",
    "कोयना धरणात ८२.४ टीएमसी पाणीसाठा असून आवक १२,४५० क्युसेक आहे.",
    "पाणीसाठा : ८२ टक्के",
    "संसदेत घुमला मराठवाड्याचा आवाज",
    "राजू शेट्टी - शेतकऱ्यांचा आवाज",
    "न्यायालयाचा निकाल इंग्रजीत वाचा आणि मगच प्रतिक्रिया द्या, असे वकिलांनी सुचवले.",
    "व्हिडिओला दोन दिवसांत दहा लाख व्ह्यूज मिळाले.",
]


#: every chrome line removed with its reason, every near miss kept (the shared pair of tests)
test_the_form_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests("mr", CHROME, BODY)


def test_near_misses_stay_in_context() -> None:
    """The near misses between two article paragraphs: no line of them is removed or cut."""
    para = ("उजनी धरण परिसरात गेल्या आठवड्यात जोरदार पाऊस झाल्याने धरणातील पाणीसाठा वाढला असून, भीमा नदीकाठच्या "
            "गावांना प्रशासनाने सतर्कतेचा इशारा दिला आहे.")
    assert_kept_between("mr", para, BODY)
