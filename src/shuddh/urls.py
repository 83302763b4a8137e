"""The site of an address, as the stages that group pages by site read it."""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["site_host"]


def site_host(url: str) -> str | None:
    """The host of ``url`` lower-cased, without ``www.``; ``None`` when the address names no host or cannot be read
    (``urlsplit`` raises on an unclosed IPv6 bracket, "http://[x": a crawl's malformed link or canonical, which is
    no reason to fail a document or a page)."""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None
