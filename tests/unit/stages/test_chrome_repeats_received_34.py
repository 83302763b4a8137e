"""chrome_repeats reads a document as the line stages received it (``repeats._received``, session 34): the text that
``audit.restore`` gives back and, per line, its index in the cleaned text — for whole lines of two stages, blank lines
a removal left and a piece cut from a kept line's edge, with the trail in memory (lists) and as ``removed/`` stores it
(dicts)."""

from __future__ import annotations

from shuddh.audit import PART, restore
from shuddh.document import Document
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.clean.chrome import ChromeLineStage
from shuddh.stages.clean.header import HeaderStage
from shuddh.stages.clean.repeats import _received

PAGE = "\n".join([
    "होम » देश » शहर",
    "शहर",
    "नगर निगम ने चौदह सड़कों की मरम्मत के लिए तीन करोड़ रुपये का टेंडर जारी किया",
    "",
    "नगर निगम ने शहर की चौदह सड़कों की मरम्मत के लिए तीन करोड़ रुपये का टेंडर जारी किया है। काम बरसात से पहले पूरा करने "
    "का लक्ष्य रखा गया है। मोबाइल पर ताजा खबरें, फोटो, वीडियो व लाइव स्कोर देखने के लिए जाएं m.nagar.example.in पर",
    "",
    "यह भी पढ़ें: नए पुल का उद्घाटन अगले महीने",
    "",
    "ठेकेदारों को रोज की प्रगति रिपोर्ट देनी होगी और हर हफ्ते नगर आयुक्त काम की समीक्षा करेंगे। देरी पर जुर्माना भी लगेगा।",
    "",
    "शेयर करें",
    "Facebook X WhatsApp Telegram",
    "Back to top button",
])


def test_the_undo_is_marked_lines():
    doc = ChromeLineStage(profile="hi").map(Document(id="d", text=PAGE, source="s"), StageContext(StageStats("chrome")))
    assert isinstance(doc, Document)
    doc = HeaderStage(profile="hi").map(doc, StageContext(StageStats("header")))
    assert isinstance(doc, Document)
    stages = {e[3] for e in doc.removed or []}
    reasons = [e[2] for e in doc.removed or []]
    assert {"chrome", "header"} <= stages  # two stages' removals
    assert any(r.endswith(PART) for r in reasons)  # and a cut
    got, where = _received(doc)
    assert got.text == restore(doc.text, doc.removed) == PAGE
    # each line still in the text is where the map says (a cut one holds its rest), and the rest are the trail's
    now, before = doc.text.split("\n"), got.text.split("\n")
    assert sorted(w for w in where if w >= 0) == list(range(len(now)))
    assert all(now[w] in before[i] for i, w in enumerate(where) if w >= 0)
    assert where.count(-1) == sum(1 for e in doc.removed or [] if not e[2].endswith(PART))
    # the trail as removed/ stores it (dicts): audit.marked_lines' undo, the same result
    as_dicts = Document(id="d", text=doc.text, source="s",
                        removed=[{"line": i, "text": t, "reason": r, "stage": s} for i, t, r, s in doc.removed or []])
    got2, where2 = _received(as_dicts)
    assert (got2.text, where2) == (got.text, where)
