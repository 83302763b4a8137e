"""HTML main-content extraction: text and metadata of a page, with charset detection and limits.

::

    extract_html(bytes | str, url=…, engine="fast" | "trafilatura" | "resiliparse" | "visible") -> Extraction
        "fast" (the default): one lxml parse, shuddh's own main-content scoring (see _fast.py);
        "trafilatura": trafilatura's extraction (~8x the CPU; better on product pages)
        raises ExtractError(reason="extract.too_large" | "extract.timeout" | "extract.failed")
    decode_html(bytes, declared_charset) -> (str, codec)
    visible_lines(html) -> list[str]     every visible text line (what a WET file holds)
"""

from shuddh.extract._charset import decode_html
from shuddh.extract._html import (
    DEFAULT_ENGINE,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    Engine,
    ExtractError,
    Extraction,
    extract_html,
    visible_lines,
)

__all__ = ["DEFAULT_ENGINE", "DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "Engine", "ExtractError", "Extraction",
           "decode_html", "extract_html", "visible_lines"]
