"""Language and script identification for Indic web text.

Labels: ``hi mr ne sa mai bho mag awa bra`` (Devanagari), ``hi-Latn`` (romanized Hindi), ``ur``,
``bn as gu pa or ta te kn ml``, ``en``, and ``und`` when unsure or not one of these (never forced).

>>> from shuddh.langid import LanguageIdentifier
>>> lid = LanguageIdentifier.load()
>>> lid.predict("मुझे आज बाज़ार जाना है और शाम को लौटना है।").label
'hi'

The model ships in ``shuddh/langid/models/`` and is rebuilt by ``python -m shuddh.langid.train``
(see ``models/README.md`` for data, split and licences). Nothing is downloaded at run time.
"""

from shuddh.langid._model import (
    DEFAULT_MIN_CONFIDENCE,
    LABELS,
    LanguageIdentifier,
    Prediction,
    identify_lines,
)

__all__ = ["DEFAULT_MIN_CONFIDENCE", "LABELS", "LanguageIdentifier", "Prediction", "identify_lines"]
