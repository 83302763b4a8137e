"""Issue 13, session 33: a comment section's label with its count, a platform's "discussion on this post" and a
moderation note with the comments as its object are comment UI (hi); under such a label the readers' comments go as a
thread (``structure.comment``). Two fresh blind-written families kept all their readers' comments (f55, f59):
neither label was known, so no thread was looked for.

Every line here is written for this test."""

from __future__ import annotations

import pytest

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import chrome_reasons, clean_lines

REMOVE = [
    "आपकी राय (48)",
    "पाठकों की राय (12)",
    "इस पोस्ट पर चर्चा",
    "इस लेख पर चर्चा",
    "कमेंट्स की समीक्षा के बाद ही उन्हें प्रकाशित किया जाता है. कृपया भाषा की मर्यादा का ध्यान रखें.",
    "टिप्पणियों की जांच के बाद ही उन्हें प्रकाशित किया जाता है।",
]
KEEP = [
    "इस मुद्दे पर चर्चा होगी",
    "इस रिपोर्ट पर चर्चा के लिए संसद में समिति बनी।",
    "इस पोस्ट पर चर्चा के बाद कंपनी ने माफी मांगी",
    "सोशल मीडिया कंपनियां कमेंट्स की समीक्षा के बाद ही उन्हें प्रकाशित करती हैं।",
    "आपकी राय में सरकार को क्या करना चाहिए?",
    "पाठकों की राय (सर्वे) में 48 प्रतिशत लोगों ने बदलाव का समर्थन किया",
]


@pytest.mark.parametrize("line", REMOVE)
def test_comment_labels_and_notes_go(line: str) -> None:
    assert chrome_reasons([line], load_profile("hi")) == ["comment_form"]


@pytest.mark.parametrize("line", KEEP)
def test_story_sentences_about_discussion_and_comments_stay(line: str) -> None:
    assert chrome_reasons([line], load_profile("hi")) == [None]


def test_the_comments_under_a_counted_label_go_as_a_thread() -> None:
    article = [
        "पटना : राज्य लोक सेवा आयोग की शिक्षक भर्ती परीक्षा का प्रश्नपत्र लीक होने की खबरों के बाद हजारों अभ्यर्थियों ने "
        "गुरुवार को आयोग के दफ्तर के बाहर प्रदर्शन किया और परीक्षा दोबारा कराने की मांग की।",
        "आयोग के सचिव ने कहा कि जांच पूरी होने तक परिणाम रोके गए हैं और दोषी पाए जाने वालों पर सख्त कार्रवाई होगी। "
        "पुलिस ने इस मामले में अब तक छह लोगों को गिरफ्तार किया है।",
    ]
    comments = [("रवि रंजन, दरभंगा 1 घंटा पहले", "हर साल यही कहानी है. जो लोग लीक करते हैं उनकी संपत्ति ज़ब्त होनी चाहिए."),
                ("प्रियंका 2 घंटे पहले", "मेरा भाई भी इस परीक्षा में बैठा था. घर में सब परेशान हैं, आयोग जल्दी तारीख़ बताए.")]
    lines = ["होम", "देश", "बिहार", "खेल", "मनोरंजन",
             "बिहार में शिक्षक भर्ती परीक्षा का पेपर लीक, अभ्यर्थियों का प्रदर्शन", *article, "आपकी राय (48)",
             *[x for c in comments for x in c], "© 2026 समाचार संसार. सर्वाधिकार सुरक्षित।"]
    got = dict(zip(lines, clean_lines(lines, load_profile("hi")), strict=True))
    assert all(got[p] is None for p in article)
    for head, text in comments:
        assert got[head] == "structure.comment"
        assert got[text] == "structure.comment"
