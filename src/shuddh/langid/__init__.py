"""Language and script identification for Indic web text.

Labels: ``hi mr ne sa mai bho mag awa bra`` (Devanagari), ``hi-Latn`` (romanized Hindi), ``ur``,
``bn as gu pa or ta te kn ml``, ``en``, and ``und`` when unsure or not one of these (never forced).

>>> from shuddh.langid import LanguageIdentifier
>>> lid = LanguageIdentifier.load()
>>> lid.predict("मुझे आज बाज़ार जाना है और शाम को लौटना है।").label
'hi'

Documents: :meth:`LanguageIdentifier.predict_documents` judges segments spread over the whole document and
gives each label's share (the ``langid`` stage uses it); its decisions add a log-odds prior to the labels the
model under-predicts on unfamiliar text (``_model.DOC_LOG_PRIOR``: ne, mai, awa, bho). Confidences are
calibrated (temperature scaling): lines per script group (temperatures in the model file), documents by
``_model.DOC_TEMPERATURE``; document thresholds of labels without a language profile are
``_model.DOC_MIN_CONFIDENCE``. :func:`identify_lines` (``shuddh identify``) says
``und-Deva`` instead of a dialect for a line under :data:`SHORT_LINE_LETTERS` letters.

The model ships in ``shuddh/langid/models/`` and is rebuilt by ``python -m shuddh.langid.train``
(see ``models/README.md`` for data, split and licences). Nothing is downloaded at run time.
"""

from shuddh.langid._model import (
    DEFAULT_MIN_CONFIDENCE,
    LABELS,
    SHORT_LINE_LETTERS,
    LanguageIdentifier,
    Prediction,
    identify_lines,
)

__all__ = [
    "DEFAULT_MIN_CONFIDENCE", "LABELS", "SHORT_LINE_LETTERS", "LanguageIdentifier", "Prediction", "identify_lines",
]  # fmt: skip
