"""Issue 13, session 24, round 2: the Marathi site's membership, paywall, sign-in, store, follow, newsletter and alert
calls that round 1 missed.

The site asks the reader to register or subscribe (a whole button), to become a premium member, to sign in with
Google, to pay when the free articles run out, to pick a plan, to support its journalism, to find its app in both
stores, to press YouTube's bell, to get its news in the inbox, to follow it on Google News or at its handle, and to
turn on its news alerts; a how-to's step, an advisory, a public body's handle or a news sentence about a plan, an app
or a newsletter uses the same words and stays. Tuned on the shapes of sets p4 and p5 of ``bench_chrome_probe.py``;
every line here is written for this test."""

import pytest

from tests.unit.stages.helpers import assert_kept_between, chrome_form_tests

PARA = "जिल्हा प्रशासनाने सांगितले की नवी व्यवस्था पुढील सोमवारपासून लागू होईल आणि हजारो नागरिकांना फायदा होईल."

# the site's calls (the new and widened patterns)
CHROME = [
    ("mr", "आजच नोंदणी करा", "account"),
    ("mr", "आता सदस्य व्हा!", "account"),
    ("mr", "सदस्यता घ्या", "account"),
    ("mr", "आधीच खाते आहे? साइन इन करा", "account"),
    ("mr", "फेसबुकसह साइन इन करा", "account"),
    ("mr", "Google सह पुढे जा", "account"),
    ("mr", "आजच साइन अप करा आणि सविस्तर बातमी वाचा", "account"),
    ("mr", "ही बातमी संपूर्ण वाचण्यासाठी प्रीमियम सदस्य व्हा", "account"),
    ("mr", "हा सशुल्क लेख आहे", "account"),
    ("mr", "या महिन्यात तुम्ही ५ पैकी ५ मोफत लेख वाचले आहेत", "account"),
    ("mr", "तुमच्या सर्व मोफत बातम्या वाचून झाल्या आहेत", "account"),
    ("mr", "केवळ ९९ रुपयांत वर्षभराचे सबस्क्रिप्शन", "account"),
    ("mr", "प्रीमियम प्लॅन निवडा", "account"),
    ("mr", "आमच्या पत्रकारितेला साथ द्या", "account"),
    ("mr", "निर्भीड पत्रकारितेला बळ द्या — सबस्क्रिप्शन घ्या", "account"),
    ("mr", "जाहिरातींशिवाय वाचनासाठी सदस्य व्हा", "account"),
    ("mr", "नोंदणी केल्याबद्दल आभार", "account"),
    ("mr", "गुगल न्यूजवर नगर वार्ताला फॉलो करा", "promo"),
    ("mr", "इन्स्टाग्रामवर नगर वार्ताला फॉलो करा - @nagarvarta", "promo"),
    ("mr", "ॲप स्टोअर आणि गुगल प्ले वरून डाउनलोड करा", "promo"),
    ("mr", "चॅनेल सबस्क्राइब करा आणि बेल आयकॉन दाबायला विसरू नका", "promo"),
    ("mr", "बेल आयकॉन दाबा आणि नवे व्हिडिओ मिळवा", "promo"),
    ("mr", "दिवसभरातील ठळक बातम्या थेट तुमच्या ईमेलवर मिळवा", "promo"),
    ("mr", "राजकारणाच्या बातम्यांसाठी वाचत राहा व आम्हाला यूट्यूबवर सबस्क्राइब करा", "promo"),
    ("mr", "एकही बातमी चुकवू नका: अलर्ट सुरू करा", "notifications"),
    ("mr", "ब्रेकिंग न्यूजसाठी नोटिफिकेशन सुरू करा", "notifications"),
    ("mr", "ताज्या बातम्यांसाठी आमचे अलर्ट ऑन करा", "notifications"),
]

# a how-to's step, an advisory, a public body's handle, a news sentence: the same words, kept
KEPT = [
    ("mr", "पोर्टलवर नोंदणी करा आणि अर्ज भरा."),
    ("mr", "शिबिरात सहभागी होण्यासाठी आजच नोंदणी करा."),
    ("mr", "ग्रंथालयाची सदस्यता घ्या आणि पुस्तके वाचा."),
    ("mr", "मुलांनी वाचनालयाचे सदस्य व्हावे."),
    ("mr", "तुमचे आधीच खाते असल्यास लॉग इन करा."),
    ("mr", "तुमच्या नोंदणीकृत ईमेलने लॉग इन करा."),
    ("mr", "नियमावली पूर्ण वाचण्यासाठी पोर्टलवर लॉगिन करा."),
    ("mr", "हा एक महत्त्वाचा लेख आहे."),
    ("mr", "तुमचे मोफत रेशन संपले आहे का?"),
    ("mr", "नेटफ्लिक्सची नवी ऑफर: फक्त ₹149 मध्ये एका महिन्याची सदस्यता"),
    ("mr", "फक्त ₹49 मध्ये मिळणार नवा रिचार्ज प्लॅन"),
    ("mr", "नवे रिचार्ज प्लॅन पहा"),
    ("mr", "स्वतंत्र पत्रकारितेला पाठिंबा द्या, असे आवाहन संपादकांनी केले."),
    ("mr", "माध्यम स्वातंत्र्य दिनानिमित्त पत्रकारितेला पाठिंबा द्या"),
    ("mr", "स्वरेल ॲप Google Play आणि App Store वर उपलब्ध आहे."),
    ("mr", "यूट्यूबवर नोटिफिकेशन मिळवण्यासाठी बेल आयकॉन दाबा."),
    ("mr", "वाहतूक अपडेटसाठी मुंबई पोलिसांना फॉलो करा: @MumbaiPolice"),
    ("mr", "आता पीएफ पासबुक थेट तुमच्या ईमेलवर मिळवा"),
    ("mr", "हप्त्याच्या अपडेटसाठी ॲपचे नोटिफिकेशन सुरू करा."),
    ("mr", "हवामानाच्या बातम्यांसाठी सचेत ॲपचे अलर्ट सुरू करा."),
    ("mr", "वीज कोसळण्याचा इशारा - दामिनी ॲपचे नोटिफिकेशन सुरू करा"),
    ("mr", "नोंदणी केल्याबद्दल सर्व स्पर्धकांचे आभार."),
    ("mr", "शाळेच्या न्यूजलेटरसाठी नोंदणी केल्याबद्दल पालकांचे आभार मानले."),
    ("mr", "सबस्क्रिप्शन घेतल्यानंतर पुढे वाचण्यासाठी लॉगिन करावे लागेल, असे कंपनीने सांगितले."),
]

test_the_sites_call_is_removed_with_its_reason, test_the_near_miss_is_kept = chrome_form_tests(None, CHROME, KEPT)


@pytest.mark.parametrize(("prof", "line"), KEPT)
def test_the_near_miss_is_kept_between_paragraphs(prof: str, line: str) -> None:
    assert_kept_between(prof, PARA, [line])
