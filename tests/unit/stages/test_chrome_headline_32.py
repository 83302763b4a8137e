"""Issue 13, session 32: the page's own headline under a breaking-news ticker.

In a page's visible text the header's ticker ("ब्रेकिंग" over four headlines) ran on through the breadcrumb into the
story's headline: the ticker's label opens a teaser box, the breadcrumb is a lexicon line (boxes skip those), and the
headline became the box's fifth link. A fresh family of blind-written pages (benchmarks/labels/pages/f51) lost its
headline so on all 6 pages. Two things now keep it: a breadcrumb ends a box, and the page's own headline is looked for
up to three title-like lines above the article (headline, standfirst, byline with its date and reading time), where two
lines took the standfirst and the byline and missed the headline.

Every line here is written for this test."""

from tests.unit.stages.helpers import reasons_by_line as _reasons

MENU = ["होम", "लखनऊ", "ज़िले", "प्रदेश", "राजनीति", "अपराध", "शिक्षा", "सेहत"]
TICKER = ["ब्रेकिंग",
          "कानपुर में शनिवार से बदलेगा स्कूलों का समय, सुबह 9 बजे से लगेंगी कक्षाएं",
          "आगरा: एक्सप्रेसवे पर बस और ट्रक की टक्कर, 11 यात्री घायल",
          "बस्ती में गन्ना किसानों का बकाया भुगतान शुरू, पहली किस्त में 38 करोड़ जारी",
          "झांसी के जिला अस्पताल में अब रात में भी होगा अल्ट्रासाउंड"]
CRUMB = "होम » सेहत"
HEADLINE = "बहराइच में मलेरिया के मामले 150 के पार, जिला अस्पताल में जांच किट की कमी"
DECK = "अक्टूबर के आखिरी दो हफ्तों में 61 नए मरीज़; स्वास्थ्य विभाग ने 12 गांवों को संवेदनशील घोषित किया"
BYLINE = "3 नवंबर 2024, 05:10 PM IST · 4 मिनट · रमेश यादव, बहराइच"
SHARE = "शेयर करें:"
ARTICLE = [
    "बहराइच जिले में मलेरिया का प्रकोप लगातार बढ़ रहा है। स्वास्थ्य विभाग के आंकड़ों के मुताबिक इस साल अब तक 152 मरीज़ "
    "मिल चुके हैं, जिनमें से ज़्यादातर नेपाल सीमा से सटे गांवों के हैं।",
    "जिला अस्पताल के मलेरिया वार्ड में 16 बेड हैं, लेकिन बुधवार को यहां 22 मरीज़ भर्ती थे। कई मरीज़ों को बरामदे में "
    "लगाए गए अस्थायी बिस्तरों पर रखा गया है।",
    "मुख्य चिकित्सा अधिकारी ने बताया कि लखनऊ से जांच किट की नई खेप मंगाई गई है और शुक्रवार तक हर स्वास्थ्य केंद्र पर "
    "जांच फिर शुरू हो जाएगी।",
]
FOOTER = ["हमें फॉलो करें", "फेसबुक", "ट्विटर", "यूट्यूब", "© 2024 अवध समाचार. सर्वाधिकार सुरक्षित।"]



def test_the_headline_under_a_ticker_and_a_breadcrumb_is_kept() -> None:
    lines = [*MENU, *TICKER, CRUMB, HEADLINE, DECK, BYLINE, SHARE, *ARTICLE, *FOOTER]
    got = _reasons(lines)
    assert got[HEADLINE] is None
    assert got[DECK] is None
    assert all(got[p] is None for p in ARTICLE)
    # the ticker's headlines still go
    assert all(got[h] == "structure.headlines" for h in TICKER[1:]), got


def test_the_headline_over_a_standfirst_and_a_byline_is_kept_without_a_breadcrumb() -> None:
    """No breadcrumb between the ticker and the story: the headline is the third title-like line above the article."""
    lines = [*MENU, *TICKER, "विज्ञापन", HEADLINE, DECK, BYLINE, SHARE, *ARTICLE, *FOOTER]
    got = _reasons(lines)
    assert got[HEADLINE] is None
    assert all(got[h] == "structure.headlines" for h in TICKER[1:]), got


def test_a_box_below_the_article_still_takes_its_headlines() -> None:
    """The breadcrumb's end does not touch a related box below the story."""
    related = ["यह भी पढ़ें",
               "गोंडा में डेंगू के 40 नए मरीज़, मेडिकल कॉलेज में बढ़ाए गए बेड",
               "श्रावस्ती: बाढ़ के बाद गांवों में फैला बुखार, स्वास्थ्य शिविर लगे",
               "लखीमपुर में मच्छरजनित बीमारियों के लिए घर-घर सर्वे शुरू"]
    lines = [*MENU, CRUMB, HEADLINE, DECK, BYLINE, SHARE, *ARTICLE, *related, *FOOTER]
    got = _reasons(lines)
    assert got[HEADLINE] is None
    assert all(got[h] == "structure.headlines" for h in related[1:]), got


def test_a_breadcrumb_split_over_lines_ends_the_box() -> None:
    """Each crumb on its own line ("होम", "› सेहत", "› लाइव अपडेट"), a live page's headline, standfirst and byline under
    it, and its key points before its first paragraph: the box a "वेब स्टोरी" label opened above ends at the crumb."""
    lines = [*MENU, "वेब स्टोरी", "फोटो गैलरी", "ई-पेपर", "विज्ञापन", "होम", "› सेहत", "› लाइव अपडेट", "LIVE",
             HEADLINE, DECK, BYLINE, SHARE, "मुख्य बातें", "जिला अस्पताल में जांच किट खत्म",
             "12 गांव संवेदनशील घोषित", *ARTICLE, *FOOTER]
    got = _reasons(lines)
    assert got[HEADLINE] is None, got
    assert all(got[p] is None for p in ARTICLE)
