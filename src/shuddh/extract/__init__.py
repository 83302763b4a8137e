"""HTML main-content extraction: text and metadata of a page, with charset detection and limits.

::

    extract_html(bytes | str, url=…, engine="trafilatura" | "resiliparse" | "visible") -> Extraction
        raises ExtractError(reason="extract.too_large" | "extract.timeout" | "extract.failed")
    decode_html(bytes, declared_charset) -> (str, codec)
    visible_lines(html) -> list[str]     every visible text line (what a WET file holds)
"""

from shuddh.extract._charset import decode_html
from shuddh.extract._html import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    Engine,
    ExtractError,
    Extraction,
    extract_html,
    visible_lines,
)

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "Engine", "ExtractError", "Extraction", "decode_html",
           "extract_html", "visible_lines"]
