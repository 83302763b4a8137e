"""Issue 13, session 34: a most-read box's headline that opens with an ordinal ("8वां वेतन आयोग: …", "8th Pay
Commission: …") is a word, not a fact box's row: it no longer ends the box and keeps the headlines below it. Rows that
open with a figure standing alone ("97,035 लोग …", "१२ जिलों में …", "12.5% …") still keep the guard. Every line here is
written for this test."""

from __future__ import annotations

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines

HI = load_profile("hi")
P1 = ("जिला अस्पताल में मंगलवार से डेंगू के मरीजों के लिए अलग वार्ड शुरू कर दिया गया है। मुख्य चिकित्सा अधीक्षक ने "
      "बताया कि वार्ड में फिलहाल चालीस बिस्तर हैं और जरूरत पड़ने पर इन्हें बढ़ाया जाएगा।")
P2 = ("स्वास्थ्य विभाग की टीमों ने शहर के बारह मोहल्लों में लार्वा की जांच की और तीन सौ से ज्यादा घरों को नोटिस "
      "थमाए गए हैं। नगर निगम ने फॉगिंग के लिए चार नई मशीनें भी खरीदी हैं।")
P3 = ("अधिकारियों के मुताबिक सितंबर के आखिर तक मामलों में बढ़ोतरी जारी रह सकती है, इसलिए लोगों से घर के आसपास "
      "पानी जमा न होने देने की अपील की गई है।")
# headlines with a verb: each reads as prose, so the one above it stands "over running text"
BOX = ["गोरखपुर एम्स में शुरू होगी रोबोटिक सर्जरी, पूर्वांचल के मरीजों को नहीं जाना पड़ेगा दिल्ली",
       "जयपुर में बनेगा डेजर्ट इनोवेशन पार्क, तीन सौ करोड़ रुपये के प्रोजेक्ट को मिली मंजूरी",
       "UPI से पेमेंट करने वालों के लिए नया नियम, पहली तारीख से बदल जाएगी ये सुविधा"]


def _reasons(lines: list[str]) -> dict[str, str]:
    return {ln: r for ln, r in zip(lines, clean_lines(list(lines), HI), strict=True) if r}


@pytest.mark.parametrize("first", [
    "8वां वेतन आयोग: कर्मचारियों की सैलरी में कितनी बढ़ोतरी संभव, समझिए पूरा गणित",
    "8th Pay Commission: सैलरी में कितनी होगी बढ़ोतरी, फिटमेंट फैक्टर पर आया बड़ा अपडेट",
    "5G सेवा अब जिले के सभी ब्लॉकों में शुरू, कंपनी ने किया नए टावरों का एलान",
])
def test_a_box_headline_that_opens_with_an_ordinal_is_taken_with_the_rest(first):
    lines = [P1, P2, P3, "सबसे ज्यादा पढ़ी गईं", first, *BOX, "विज्ञापन"]
    removed = _reasons(lines)
    # the session-start tree took the first headline for a fact box's row: the box ended there and all four stayed
    assert removed.get(first) == "structure.headlines"
    for b in BOX:
        assert removed.get(b) == "structure.headlines", b
    assert not {P1, P2, P3} & set(removed)


@pytest.mark.parametrize("row", [
    "97,035 लोग अब तक दुनिया भर में इस संक्रमण की चपेट में आ चुके हैं",
    "१२ जिलों में अब तक इस बीमारी के मामले सामने आ चुके हैं",
    "12.5% मरीजों को अस्पताल में भर्ती कराना पड़ा है",
])
def test_a_row_that_opens_with_a_figure_still_ends_the_box(row):
    # a fact box under a box label: its rows open with a figure standing alone, over the next row that reads as prose
    second = "53,983 लोग अब तक इस बीमारी से ठीक होकर घर लौट चुके हैं"
    lines = [P1, P2, "ये भी पढ़ें", row, second, P3]
    assert row not in _reasons(lines)
