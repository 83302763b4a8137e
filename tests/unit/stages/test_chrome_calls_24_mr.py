"""Issue 13, session 24: the Marathi site's own calls to the reader.

The site asks the reader to log in and read on, to sign up, to pay for a premium story, to read it in *its* app, to
update or download *its* app, to subscribe to *its* channel or podcast, to add it as a preferred source on Google, to
keep reading it and to turn on its news alerts; a how-to's step, a public body's call or a news sentence about an app
uses the same words and stays. Tuned on the shapes of set p4 of ``bench_chrome_probe.py``; every line here is written
for this test."""

import pytest

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARA = "जिल्हा प्रशासनाने सांगितले की नवी व्यवस्था पुढील सोमवारपासून लागू होईल आणि हजारो नागरिकांना फायदा होईल."

# the site's account, paywall, app, channel and alert calls (the new patterns)
CHROME = [
    ("mr", "साइन इन करा व पुढे वाचा", "account"),
    ("mr", "लॉग इन करा आणि सविस्तर लेख वाचा", "account"),
    ("mr", "अकाउंट नाही? मोफत नोंदणी करा", "account"),
    ("mr", "आजच साइन अप करा आणि आवडते लेख बुकमार्क करा", "account"),
    ("mr", "जाहिरातमुक्त अनुभवासाठी साइन इन करा", "account"),
    ("mr", "हा लेख पुढे वाचण्यासाठी सबस्क्रिप्शन घ्या", "account"),
    ("mr", "हा लेख फक्त प्रीमियम सदस्यांसाठी आहे", "account"),
    ("mr", "हा लेख ॲपवर वाचा", "promo"),
    ("mr", "हा व्हिडिओ ॲपमध्ये पाहा", "promo"),
    ("mr", "क्रीडा आणि राजकीय बातम्यांसाठी डाउनलोड करा 'नगर वार्ता' ॲप", "promo"),
    ("mr", "ॲपचे नवे अपडेट उपलब्ध आहे, लगेच अपडेट करा", "promo"),
    ("mr", "गुगल प्ले स्टोअरवर डाउनलोड करा / ॲप स्टोअरवर उपलब्ध", "promo"),
    ("mr", "रोजच्या व्हिडिओंसाठी आमच्या यूट्यूब चॅनेलला सबस्क्राइब करा आणि बेल आयकॉन दाबा", "promo"),
    ("mr", "आमचे न्यूज पॉडकास्ट सबस्क्राइब करा", "promo"),
    ("mr", "नगर वार्ता आता टेलिग्रामवर! ताज्या बातम्या रोज सकाळी मोबाईलवर मिळवण्यासाठी जॉईन करा", "promo"),
    ("mr", "'नगर वार्ता'ला गुगलवर पसंतीचा स्रोत म्हणून निवडा", "promo"),
    ("mr", "राजकारण आणि क्रीडा बातम्यांसाठी वाचत राहा 'नगर वार्ता'", "promo"),
    ("mr", "नोटिफिकेशन्स ऑन करा व ताज्या बातम्या मिळवा", "notifications"),
    ("mr", "ब्रेकिंग न्यूजचे अलर्ट मिळवायचे आहेत का?", "notifications"),
    ("mr", "ताज्या बातम्यांच्या सूचना हव्या आहेत का?", "notifications"),
]

# a how-to's step, an advisory, a news sentence about an app or a service: the same words, kept
KEPT = [
    ("mr", "पोर्टलवर लॉगिन करा आणि अर्जाची स्थिती पाहा."),
    ("mr", "लॉगिन करा आणि प्रमाणपत्र डाउनलोड करा."),
    ("mr", "खाते नाही? आधी पोर्टलवर नोंदणी करा."),
    ("mr", "मोफत नोंदणी करा आणि प्रशिक्षणाचा लाभ घ्या."),
    ("mr", "ॲपमध्ये लॉगिन करा."),
    ("mr", "पीक विम्याच्या माहितीसाठी डाउनलोड करा 'ई-पीक पाहणी' ॲप"),
    ("mr", "ई-पीक पाहणी ॲपचे नवीन व्हर्जन उपलब्ध आहे, शेतकऱ्यांनी आताच अपडेट करावे."),
    ("mr", "ॲपचे नवीन व्हर्जन उपलब्ध झाले आहे."),
    ("mr", "महापालिका आता व्हॉट्सॲपवर! नागरिकांना तक्रारी थेट नोंदवता येणार"),
    ("mr", "विद्यापीठाचे पॉडकास्ट फॉलो करा"),
    ("mr", "आमचे पॉडकास्ट आता स्पॉटिफायवर उपलब्ध आहे, असे संस्थेने जाहीर केले."),
    ("mr", "गुगल डिस्कव्हरमध्ये आता वाचक बातम्यांचा पसंतीचा स्रोत म्हणून निवडू शकतात."),
    ("mr", "शाळेचे न्यूजलेटर वाचत राहा आणि अपडेट राहा"),
    ("mr", "नोटिफिकेशन सुरू करा आणि हवामानाचे अपडेट मिळवा."),
    ("mr", "सचेत ॲपचे नोटिफिकेशन सुरू करा आणि वीज पडण्याचा इशारा मिळवा."),
    ("mr", "तुम्हाला हवामानाचे अलर्ट हवे आहेत का?"),
    ("mr", "तुम्हाला सूचना हवी आहे का?"),
    ("mr", "हा लेख फक्त माहितीसाठी आहे."),
    ("mr", "प्रीमियम लेख वाचण्यासाठी सबस्क्रिप्शन घ्यावे लागते, असे कंपनीने सांगितले."),
    ("mr", "नेटफ्लिक्सवरील चित्रपट पाहण्यासाठी सबस्क्रिप्शन घ्या"),
    ("mr", "जाहिरातमुक्त अनुभवासाठी कंपनीने नवे प्लॅन आणले."),
]

test_the_sites_call_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_the_near_miss_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, PARA, [line])
