"""Redaction of whole records: every string field, nested metadata, URLs, ids, quarantine excerpts.

:class:`FieldRedactor` applies a :class:`~shuddh.pii.Redactor` to every string a record carries (dict keys
and integers that read as identifiers too), except the fields a user exempts. URLs keep their scheme,
host and path structure: only the personal or secret parts are replaced, so ``url`` still names the site.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from shuddh.pii._redactor import Redactor

__all__ = ["DOC_FIELDS", "FieldRedactor", "decode_escapes", "parse_field_paths"]

#: the fields of a written document (``Document.to_record``); ``metadata`` holds any other input field
DOC_FIELDS: tuple[str, ...] = ("id", "text", "source", "url", "lang", "metadata")

_WHOLE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{1,15}://[^\s]+")
# a reader's provenance, "<input file>:line 17": positions of up to 6 digits hold no identifier
_POSITION = re.compile(r"(.+):((?:line|row|record|byte|offset) [0-9]{1,6})", re.DOTALL)
#: redactions of strings up to this long are remembered, this many at most (then forgotten at once)
_CACHE_MAX_CHARS = 256
_CACHE_SIZE = 4096

# JSON string escapes (a broken JSON line is quarantined as it was written, so "\u096f\u096e…" must be
# read as the digits it stands for) and HTML numeric character references
_ESCAPE = re.compile(
    r"\\(u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})?|[\"\\/bfnrt])|&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?"
)
_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _unescape(m: re.Match[str]) -> str:
    esc, hexref, decref = m.group(1), m.group(2), m.group(3)
    if esc is None:
        cp = int(hexref, 16) if hexref is not None else int(decref)
        return chr(cp) if 0 < cp <= 0x10FFFF and not 0xD800 <= cp <= 0xDFFF else "\ufffd"
    if esc[0] != "u":
        return _SIMPLE[esc]
    hi = int(esc[1:5], 16)
    if len(esc) > 5:
        lo = int(esc[7:11], 16)
        if 0xD800 <= hi < 0xDC00 and 0xDC00 <= lo < 0xE000:
            return chr(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
        return _lone(hi) + _lone(lo)
    return _lone(hi)


def _lone(cp: int) -> str:
    return "\ufffd" if 0xD800 <= cp <= 0xDFFF else chr(cp)


def decode_escapes(text: str) -> str:
    """``text`` with JSON string escapes (``\\u0039``, ``\\n`` …) and HTML numeric character references
    (``&#57;``) decoded, so a value written in escapes is seen (and redacted) as what it stands for.
    A lone surrogate becomes U+FFFD."""
    if "\\" not in text and "&#" not in text:
        return text
    return _ESCAPE.sub(_unescape, text)


def parse_field_paths(spec: str, what: str) -> list[tuple[str, ...]]:
    """``"id, metadata.author"`` -> ``[("id",), ("metadata", "author")]``; ``ValueError`` for a field
    that is not written (the top level is :data:`DOC_FIELDS`)."""
    out = []
    for part in spec.split(","):
        item = part.strip()
        if not item:
            continue
        path = tuple(item.split("."))
        if path[0] not in DOC_FIELDS or any(not p for p in path) or (len(path) > 1 and path[0] != "metadata"):
            raise ValueError(f"{what}: unknown field {item!r}; fields are {', '.join(DOC_FIELDS)} "
                             "or metadata.<key>[.<key>…]")
        out.append(path)
    return out


class FieldRedactor:
    """Redacts the string values of records. ``fields``: the paths to redact (``None``: all);
    ``exempt``: paths never redacted (a path covers everything under it)."""

    def __init__(self, redactor: Redactor, fields: list[tuple[str, ...]] | None = None,
                 exempt: list[tuple[str, ...]] | None = None) -> None:
        self.redactor = redactor
        self.fields = fields
        self.exempt = exempt or []
        self._secret_query = "URL_SECRET" in redactor.config.types
        self._cache: dict[str, tuple[str, tuple[tuple[str, int], ...]]] = {}

    def applies(self, path: tuple[str, ...]) -> bool:
        """Whether the value at ``path`` is redacted."""
        if any(path[: len(e)] == e for e in self.exempt):
            return False
        return self.fields is None or any(path[: len(f)] == f for f in self.fields)

    def _may_apply_below(self, path: tuple[str, ...]) -> bool:
        """Whether anything under ``path`` may be redacted (so the walk goes on)."""
        if any(path[: len(e)] == e for e in self.exempt):
            return False
        return self.fields is None or any(path[: len(f)] == f or f[: len(path)] == path for f in self.fields)

    # -- strings -----------------------------------------------------------------------------------
    def string(self, text: str, count: Callable[[str, int], None]) -> str:
        """``text`` redacted; a whole URL keeps its structure (see :meth:`url`). Short strings are
        remembered (dates, site and author names, input file names repeat from document to document)."""
        if len(text) > _CACHE_MAX_CHARS:
            return self._string(text, count)
        hit = self._cache.get(text)
        if hit is None:
            found: dict[str, int] = {}

            def note(t: str, n: int) -> None:
                found[t] = found.get(t, 0) + n

            hit = (self._string(text, note), tuple(found.items()))
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = hit
        for t, n in hit[1]:
            count(t, n)
        return hit[0]

    def _string(self, text: str, count: Callable[[str, int], None]) -> str:
        if _WHOLE_URL.fullmatch(text):
            return self.url(text, count)
        pos = _POSITION.fullmatch(text)
        if pos is not None:  # "<input file>:line 17": the file name once, the position cannot be PII
            return f"{self.string(pos.group(1), count)}:{pos.group(2)}"
        res = self.redactor.redact(text)
        for t, n in res.counts.items():
            count(t, n)
        return res.text

    def _plain(self, text: str, count: Callable[[str, int], None]) -> str:
        """Redact ``text``, also when written percent-encoded (``priya%40example.org``)."""
        res = self.redactor.redact(text)
        if not res.counts and ("%" in text or "+" in text):
            dec = unquote_plus(text)
            if dec != text:
                d = self.redactor.redact(dec)
                if d.counts:
                    res = d
        for t, n in res.counts.items():
            count(t, n)
        return res.text

    def url(self, url: str, count: Callable[[str, int], None]) -> str:
        """A URL with its personal parts replaced: user info (``user:password@``) by ``<URL_SECRET>``,
        secret query parameters' values (token, api_key, sig …) by ``<URL_SECRET>``, and any e-mail,
        phone, IP … in the host, path, query or fragment by its placeholder. Scheme, host and the rest
        of the path stay, so the URL still names its site."""
        whole = self.redactor.redact(url)
        if not whole.counts and "%" not in url and "+" not in url:
            return url  # nothing to find, also not percent-encoded: one pass, as for any string
        try:
            parts = urlsplit(url)
        except ValueError:
            parts = None
        if parts is None or not parts.netloc:
            for t, n in whole.counts.items():
                count(t, n)
            return whole.text
        netloc = parts.netloc
        if "@" in netloc:
            user, _, host = netloc.rpartition("@")
            netloc = f"{self.redactor.replacement('URL_SECRET', user)}@{self._plain(host, count)}"
            count("URL_SECRET", 1)
        else:
            netloc = self._plain(netloc, count)
        path = self._plain(parts.path, count)
        query = self._query(parts.query, count)
        fragment = self._query(parts.fragment, count)
        rebuilt = urlunsplit((parts.scheme, netloc, path, query, fragment))
        if "URL_SECRET" not in whole.counts:
            return rebuilt
        # a token format anywhere (a bot token in the path …) that the parts alone do not show
        res = self.redactor.redact(rebuilt)
        for t, n in res.counts.items():
            count(t, n)
        return res.text

    def _query(self, query: str, count: Callable[[str, int], None]) -> str:
        if not query:
            return query
        out = []
        for pair in query.split("&"):
            key, eq, value = pair.partition("=")
            if eq and value and self._secret_query and any(
                m.type == "URL_SECRET" for m in self.redactor.find(f"https://h.invalid/?{key}={value}")
            ):
                out.append(f"{self._plain(key, count)}={self.redactor.replacement('URL_SECRET', value)}")
                count("URL_SECRET", 1)
            else:
                out.append(f"{self._plain(key, count)}{eq}{self._plain(value, count)}")
        return "&".join(out)

    # -- nested values -----------------------------------------------------------------------------
    def value(self, v: Any, path: tuple[str, ...], count: Callable[[str, int], None]) -> Any:
        """``v`` (a JSON-like value at ``path``) with its strings redacted; an integer that reads as an
        identifier (a phone number stored as a number) becomes the redacted string."""
        if isinstance(v, str):
            return self.string(v, count) if self.applies(path) else v
        if isinstance(v, bool) or v is None or isinstance(v, float):
            return v
        if isinstance(v, int):
            if not self.applies(path) or abs(v) < 100_000:
                return v
            s = str(v)
            red = self.string(s, count)
            return v if red == s else red
        if isinstance(v, dict):
            return self.mapping(v, path, count)
        if isinstance(v, list | tuple):
            if not self._may_apply_below(path):
                return v
            return [self.value(x, path, count) for x in v]
        return v

    def mapping(self, d: dict[str, Any], path: tuple[str, ...], count: Callable[[str, int], None]) -> dict[str, Any]:
        """A dict's keys and values redacted (a key is redacted with the value under it); two keys that
        redact to the same text stay two keys (``<EMAIL>``, ``<EMAIL>~2``)."""
        if not self._may_apply_below(path):
            return d
        out: dict[str, Any] = {}
        for k, v in d.items():
            sub = (*path, str(k))
            key = self.string(k, count) if isinstance(k, str) and self.applies(sub) else k
            if key != k:
                n = 2
                base = key
                while key in out or key in d:
                    key = f"{base}~{n}"
                    n += 1
            out[key] = self.value(v, sub, count)
        return out
