"""Document confidence calibration and per-label document thresholds (issue 14, items 4 and 1).

``metadata.langid.confidence`` is what users threshold on. Before calibration a document's confidence was
the softmax of its mean segment log-probabilities, over-confident out of domain: dialect documents called
``hi`` at 0.95–0.99. :data:`shuddh.langid._model.DOC_TEMPERATURE` divides the document scores before the
softmax. The dialect documents below were written for these tests in the registers the identifier fails on
(Maithili legal prose full of Hindi phrasing, as in machine-translated court text; a Bhojpuri government press
release); their labels were measured on the code before calibration.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from shuddh.document import Document
from shuddh.lang.profile import available_profiles, load_profile
from shuddh.langid import LABELS, LanguageIdentifier, _data
from shuddh.langid._model import DOC_MIN_CONFIDENCE, DOC_TEMPERATURE, GROUPS
from shuddh.stages.base import StageContext, StageStats
from shuddh.stages.langid import LanguageIdStage, label_thresholds
from shuddh.text.normalize import repair_mojibake

MAITHILI_LEGAL = (
    "उच्च न्यायालय द्वारा दिए गए निर्णय के विरुद्ध अपील दायर करने का अधिकार एक वैधानिक अधिकार अछि जे कानून "
    "में बाद के संशोधन से प्रभावित नहि होइत अछि।\n"
    "अदालत ने यह स्पष्ट किया कि अभियुक्त को जमानत देने के संबंध में विवेकाधिकार का प्रयोग सावधानी के साथ "
    "कैल जेबाक चाही।\n"
    "राज्य सरकार द्वारा जारी अधिसूचना के अनुसार ई प्रावधान तत्काल प्रभाव से लागू होयत।"
)
MAITHILI_PETITION = (
    "याचिकाकर्ता की ओर से प्रस्तुत तर्क के अनुसार संबंधित अधिकारी द्वारा पारित आदेश मनमाना अछि आ प्राकृतिक "
    "न्याय के सिद्धांत के विपरीत अछि।\n"
    "न्यायालय ने अभिलेख पर उपलब्ध साक्ष्य की जांच के बाद पाया कि प्रतिवादी को सुनवाई का उचित अवसर नहि देल "
    "गेल छल।\n"
    "तदनुसार याचिका स्वीकार कैल जाइत अछि आ मामला पुनर्विचार हेतु वापस भेजल जाइत अछि।"
)
BHOJPURI_PRESS = (
    "सरकार द्वारा जारी प्रेस विज्ञप्ति में कहल गइल बा कि राज्य के सभी जिलों में टीकाकरण अभियान को तेज किया "
    "जाएगा।\n"
    "स्वास्थ्य मंत्री ने अधिकारियों के साथ समीक्षा बैठक में निर्देश दिहलन कि किसी भी केंद्र पर टीके की कमी "
    "ना होखे।\n"
    "बैठक में विभाग के प्रधान सचिव समेत कई वरिष्ठ अधिकारी उपस्थित रहलन।"
)
HINDI_NEWS = (
    "नई दिल्ली, 5 मार्च। केंद्र सरकार ने सोमवार को किसानों के लिए नई योजना की घोषणा की।\n"
    "कृषि मंत्री ने कहा कि इस योजना से देश के करोड़ों किसानों को सीधा लाभ मिलेगा और उनकी आय बढ़ेगी।\n"
    "योजना के तहत हर किसान के खाते में सालाना छह हज़ार रुपये भेजे जाएंगे।"
)


def _stage_metadata(text: str) -> dict[str, object]:
    stage = LanguageIdStage(profile="hi", keep="*")
    stage.setup()
    doc = Document(id="d", text=text, source="test")
    (out,) = stage.run([doc], StageContext(StageStats("langid")))
    assert out is doc
    meta = doc.metadata["langid"]
    assert isinstance(meta, dict)
    return meta


@pytest.fixture(scope="module")
def lid() -> LanguageIdentifier:
    return LanguageIdentifier.load().with_min_confidence(label_thresholds(LABELS, None))


def test_dialect_document_called_hindi_gets_a_calibrated_confidence(lid: LanguageIdentifier) -> None:
    # the identifier still calls this Maithili document Hindi (a known error); uncalibrated it said so with
    # 0.98, a confidence no threshold a user sets would question. Calibrated it is under 0.95.
    uncalibrated = lid.with_doc_temperature(1.0).predict_documents([MAITHILI_LEGAL])[0]
    assert (uncalibrated.label, uncalibrated.confidence >= 0.95) == ("hi", True)
    meta = _stage_metadata(MAITHILI_LEGAL)
    assert meta["label"] == "hi"
    assert isinstance(meta["confidence"], float)
    assert meta["confidence"] < 0.95
    assert meta["confidence"] < uncalibrated.confidence


def test_calibration_lowers_confidence_but_never_changes_the_top_label(lid: LanguageIdentifier) -> None:
    texts = [MAITHILI_LEGAL, MAITHILI_PETITION, BHOJPURI_PRESS, HINDI_NEWS]
    loose = lid.with_min_confidence(dict.fromkeys(LABELS, 0.0))
    raw = loose.with_doc_temperature(1.0).predict_documents(texts)
    cal = loose.predict_documents(texts)
    assert DOC_TEMPERATURE > 1.0
    assert lid.doc_temperature == DOC_TEMPERATURE
    assert [p.label for p in raw] == [p.label for p in cal]
    assert [p.shares for p in raw] == [p.shares for p in cal]
    assert all(c.confidence <= r.confidence for r, c in zip(raw, cal, strict=True))
    with pytest.raises(ValueError, match="positive"):
        lid.with_doc_temperature(0.0)


def test_clean_hindi_news_is_confident_hindi() -> None:
    meta = _stage_metadata(HINDI_NEWS)
    assert meta["label"] == "hi"
    assert isinstance(meta["confidence"], float)
    assert meta["confidence"] >= 0.95


def test_every_devanagari_label_has_a_measured_document_threshold() -> None:
    # a profile's [langid] min_confidence, else DOC_MIN_CONFIDENCE; never the bare default of 0.5, which
    # was chosen on the uncalibrated scale
    profiles = set(available_profiles())
    for label in GROUPS["Deva"][:-1]:
        in_profile = label in profiles and load_profile(label).langid_min_confidence is not None
        assert in_profile or label in DOC_MIN_CONFIDENCE, label
    th = label_thresholds(LABELS, None)
    assert th["bho"] == DOC_MIN_CONFIDENCE["bho"] < 0.5
    assert th["hi"] == load_profile("hi").langid_min_confidence
    assert label_thresholds(LABELS, 0.9)["bho"] == 0.9  # an explicit setting still wins


# -- held-out sources (skipped without ../shared/data) ---------------------------------------------------

ROOT = _data.resolve_data_dir(None)
if not (ROOT / "lid-outdomain").is_dir():
    ROOT = Path(__file__).resolve().parents[4] / "shared" / "data"
HAVE_DATA = (ROOT / "lid-outdomain").is_dir() and (ROOT / "cltk-hindi-literature").is_dir()
#: out-of-domain sources neither trained on nor used to tune the priors or thresholds
EVALUATION = (
    "bho-loresmt2020", "hi-loresmt2020", "mag-loresmt2020", "mai-maithilimt-law", "mr-mahasent-tweets",
    "ne-news", "sa-itihasa", "awa-cltk-tulsidas-manas",
)  # fmt: skip


def _ece(conf: list[float], ok: list[bool], bins: int = 10) -> float:
    c, o = np.asarray(conf), np.asarray(ok, dtype=float)
    idx = np.minimum((c * bins).astype(int), bins - 1)
    return float(sum((idx == b).mean() * abs(o[idx == b].mean() - c[idx == b].mean()) for b in set(idx.tolist())))


@pytest.mark.shared_data
@pytest.mark.skipif(not HAVE_DATA, reason="shared data (lid-outdomain, cltk-hindi-literature) not present")
def test_document_confidence_is_calibrated_on_held_out_sources(lid: LanguageIdentifier) -> None:
    sources = {s.name: s for s in _data.outdomain_sources(ROOT) + _data.awadhi_verse(ROOT)}
    conf: list[float] = []
    ok: list[bool] = []
    for name in EVALUATION:
        src = sources[name]
        docs = src.docs[:: max(1, len(src.docs) // 300)]
        for p in lid.predict_documents([repair_mojibake("\n".join(d)) for d in docs]):
            if p.label != "und":
                conf.append(p.confidence)
                ok.append(p.label == src.label)
    assert len(conf) > 1500
    # 0.066 uncalibrated; 0.039 measured (benchmarks/results/langid.md, "Document calibration")
    assert _ece(conf, ok) <= 0.05
