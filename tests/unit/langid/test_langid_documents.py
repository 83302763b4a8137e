"""Document-level decisions (``predict_documents``): segments spread over the whole document.

Every sentence here was written for these tests (none is copied from the shared data sets).
"""

from __future__ import annotations

from shuddh.langid import LanguageIdentifier
from shuddh.langid._model import DOC_MAX_SEGMENTS, document_segments

HINDI = [
    "कल रात बहुत तेज़ बारिश हुई, इसलिए हम घर से बाहर नहीं निकल पाए और खाना भी घर पर ही बना।",
    "सरकार ने किसानों के लिए नई योजना की घोषणा की है जिससे उन्हें सस्ता कर्ज़ मिलेगा।",
    "शहर के बड़े अस्पताल में अब रात को भी डॉक्टर मौजूद रहेंगे, यह जानकारी प्रशासन ने दी।",
]
MARATHI = "आमच्या गावात पावसाळ्यात नदीला पूर येतो, त्यामुळे शाळा बंद ठेवाव्या लागतात आणि मुले घरी राहतात."


def test_segments_cover_the_document_from_first_to_last_line() -> None:
    lines = [f"{HINDI[i % 3]} ({i})" for i in range(200)]
    segs = document_segments("\n".join(lines))
    assert 2 <= len(segs) <= DOC_MAX_SEGMENTS
    assert segs[0].startswith(lines[0])
    assert segs[-1].endswith(lines[-1])
    # short lines are merged, never judged alone; blank lines are skipped
    assert document_segments("नमस्ते\n\n\nआप कैसे हैं") == ["नमस्ते\nआप कैसे हैं"]
    # a very long line is cut at spaces
    long_line = " ".join(HINDI * 20)
    assert all(len(s) <= 800 for s in document_segments(long_line))
    assert document_segments("   \n\n") == []


def test_last_lines_count_too() -> None:
    # 60 Hindi lines then 100 Marathi lines: a prefix-only decision says hi
    lid = LanguageIdentifier.load()
    doc = "\n".join(HINDI * 20 + [MARATHI] * 100)
    pred = lid.predict_documents([doc])[0]
    assert pred.label == "mr"
    assert pred.shares["mr"] > 0.5
    assert pred.shares.get("hi", 0) > 0.1


def test_batches_with_empty_documents_and_mixed_scripts() -> None:
    lid = LanguageIdentifier.load()
    docs = ["", HINDI[0], "   \n ", "The weather was pleasant, so we walked to the market after lunch.", ""]
    preds = lid.predict_documents(docs)
    assert [p.label for p in preds] == ["und", "hi", "und", "en", "und"]
    assert preds[0].confidence == 0.0
    assert preds[0].shares == {}
    assert preds[1].scripts == {"Deva": 1.0}
    assert preds[1].shares == {"hi": 1.0}
    assert preds[3].code_mix == 1.0
    assert preds[3].english_words > 0.5
    # a one-segment document gets the same label as predict() of its text
    assert preds[1].label == lid.predict(HINDI[0]).label
