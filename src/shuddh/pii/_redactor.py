"""Redactor: runs the detectors, resolves overlaps, writes placeholders. See ``shuddh.pii``."""

from __future__ import annotations

import bisect
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

import regex

from shuddh.pii._detect import (
    Hit,
    find_alnum,
    find_emails,
    find_ids,
    find_ipv6,
    find_numbers,
    find_upi,
    find_url_secrets,
    maybe_obfuscated,
)
from shuddh.pii._digits import to_ascii_digits

CORE_TYPES: tuple[str, ...] = (
    "EMAIL",
    "PHONE",
    "AADHAAR",
    "PAN",
    "CARD",
    "IP",
    "URL_SECRET",
    # issue 19: each names or reaches one person (a payment handle, a proprietor's tax id holding the
    # PAN, a vehicle's registered owner, Aadhaar's stand-in, a health record), and each has a check
    # character or a shape narrow enough to be on by default
    "UPI",
    "GSTIN",
    "VEHICLE",
    "AADHAAR_VID",
    "HEALTH_ID",
)
BONUS_TYPES: tuple[str, ...] = ("VOTER_ID", "PASSPORT", "BANK_ACCOUNT")
PII_TYPES: tuple[str, ...] = CORE_TYPES + BONUS_TYPES

_NUMERIC_TYPES = frozenset({"PHONE", "AADHAAR", "CARD", "IP", "BANK_ACCOUNT", "AADHAAR_VID", "HEALTH_ID"})
_ALNUM_TYPES = frozenset({"PAN", "VOTER_ID", "PASSPORT"})
_ID_TYPES = frozenset({"GSTIN", "VEHICLE", "AADHAAR"})
_HASH_HEX = 8  # 32 bits: enough to tell identifiers apart within a corpus, short in the text
_CLOSERS = ">])}"


#: redaction passes at most (see Redactor.redact)
_MAX_PASSES = 4

#: every detector needs one of these (a digit of any script, an @ or a written-out "[at]", a URL): text
#: without any is returned at once (short metadata strings: ~40 us -> ~1 us)
_MAY_HOLD_PII = regex.compile(r"[\p{Nd}@]|://|www\.", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RedactionConfig:
    """What to redact and how.

    ``types``: subset of :data:`PII_TYPES` (default: the core types; the bonus types VOTER_ID,
    PASSPORT and BANK_ACCOUNT are detected only next to context words and must be asked for).
    A type left out is not searched for at all; other detectors may still match inside it (with
    EMAIL off, the digits of ``9876543210@gmail.com`` are still a PHONE).
    ``mode``: ``"placeholder"`` writes ``<PHONE>``; ``"hash"`` writes ``<PHONE:1a2b3c4d>``, an
    HMAC-SHA256 of the normalised value keyed with ``salt`` (the same number written as
    ``+91 98765 43210`` or ``09876543210`` gets the same tag; without the salt the tag cannot be
    reversed by enumerating the 10^10 phone numbers, so hash mode refuses an empty salt).
    ``placeholders``: per-type replacement text overriding ``<TYPE>``.
    ``redact_private_ips``: also replace private, loopback, link-local and documentation addresses
    (``10.x``, ``127.0.0.1``, ``192.168.x``, ``192.0.2.x``, ``fe80::``, ``2001:db8::``); by default they
    stay: they identify no one, and tech-help pages quote them.
    """

    types: frozenset[str] = frozenset(CORE_TYPES)
    mode: Literal["placeholder", "hash"] = "placeholder"
    salt: str = field(default="", repr=False)
    placeholders: Mapping[str, str] | None = None
    redact_private_ips: bool = False

    def __post_init__(self) -> None:
        types = frozenset(self.types)
        unknown = sorted(types - set(PII_TYPES))
        if unknown:
            raise ValueError(f"unknown PII types {unknown}; known: {list(PII_TYPES)}")
        object.__setattr__(self, "types", types)
        if self.mode not in ("placeholder", "hash"):
            raise ValueError(f"mode must be 'placeholder' or 'hash', not {self.mode!r}")
        if self.mode == "hash" and not self.salt:
            raise ValueError(
                "hash mode needs a non-empty secret salt: an unsalted hash of a phone or Aadhaar "
                "number can be reversed by enumerating all numbers"
            )
        if self.placeholders is not None:
            bad = sorted(set(self.placeholders) - set(PII_TYPES))
            if bad:
                raise ValueError(f"placeholders given for unknown PII types {bad}")
            for typ, ph in self.placeholders.items():
                if not ph or any(c.isdigit() for c in ph):
                    raise ValueError(f"placeholder for {typ} must be non-empty and contain no digits")
            object.__setattr__(self, "placeholders", dict(self.placeholders))


@dataclass(frozen=True, slots=True)
class Match:
    """A PII span: its type and offsets into the text searched. Never carries the matched value."""

    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RedactionResult:
    """Redacted text and how many spans of each type were replaced (types found only)."""

    text: str
    counts: dict[str, int]


_AT_DOT_OBF = regex.compile(r"\s?[\[({]\s?(at|@|एट|dot|\.|डॉट)\s?[\])}]\s?|\s(at)\s", regex.IGNORECASE)


def _obf_repl(m: regex.Match[str]) -> str:
    word = m.group(1) or m.group(2)
    return "@" if word.lower() in ("at", "@", "एट") else "."


def _canonical(typ: str, raw: str) -> str:
    """Normalised value for hash mode, so one identifier written two ways gets one tag."""
    if typ in ("EMAIL", "UPI"):
        return str(_AT_DOT_OBF.sub(_obf_repl, raw)).lower()
    if typ == "URL_SECRET":
        return raw
    if typ == "IP":
        return raw.lower()
    if typ == "PHONE":
        digits = "".join(c for c in to_ascii_digits(raw) if c.isascii() and c.isdigit())
        if "+" in raw and not digits.startswith("91"):
            return "+" + digits
        for prefix in ("0091", "91"):
            if digits.startswith(prefix) and len(digits) - len(prefix) in (10, 11):
                digits = digits[len(prefix) :]
                break
        if len(digits) == 11 and digits[0] == "0":
            digits = digits[1:]
        return "+91" + digits
    return "".join(c for c in to_ascii_digits(raw).upper() if c.isalnum())


class Redactor:
    """Finds and replaces PII in text. Thread-safe and reusable: build one per worker."""

    def __init__(self, config: RedactionConfig | None = None) -> None:
        self.config = config if config is not None else RedactionConfig()
        types = self.config.types
        self._types = types
        self._key = self.config.salt.encode("utf-8")
        given = self.config.placeholders or {}
        self._labels = {t: given.get(t, f"<{t}>") for t in PII_TYPES}
        # Spans that are our own output are skipped, so redact(redact(x)) == redact(x).
        alts = []
        for t in PII_TYPES:
            label = self._labels[t]
            if self.config.mode == "hash":
                head, tail = self._hashed_parts(label)
                alts.append(f"{regex.escape(head)}[0-9a-f]{{{_HASH_HEX}}}{regex.escape(tail)}")
            else:
                alts.append(regex.escape(label))
        self._own_re = regex.compile("|".join(sorted(alts, key=len, reverse=True)))
        self._numeric = bool(types & _NUMERIC_TYPES)
        self._alnum = bool(types & _ALNUM_TYPES)
        self._ids = bool(types & _ID_TYPES)
        self._private_ips = self.config.redact_private_ips

    @staticmethod
    def _hashed_parts(label: str) -> tuple[str, str]:
        """``<PHONE>`` -> (``<PHONE:``, ``>``): the tag goes before a closing bracket."""
        if label[-1] in _CLOSERS:
            return f"{label[:-1]}:", label[-1]
        return f"{label}:", ""

    def _hits(self, text: str) -> list[tuple[int, int, str]]:
        types = self._types
        hits: list[Hit] = [(0, m.start(), m.end(), "") for m in self._own_re.finditer(text)]
        if "URL_SECRET" in types:
            hits.extend(find_url_secrets(text))
        if "EMAIL" in types:
            hits.extend(find_emails(text))
        if "UPI" in types:
            hits.extend(find_upi(text))
        if "IP" in types:
            hits.extend(find_ipv6(text, private_ips=self._private_ips))
        if self._numeric:
            hits.extend(find_numbers(text, types, private_ips=self._private_ips))
        if self._alnum:
            hits.extend(find_alnum(text, types))
        if self._ids:
            hits.extend(find_ids(text, types))
        if len(hits) <= 1:
            return [(s, e, t) for _, s, e, t in hits if t]
        hits.sort()
        starts: list[int] = []
        chosen: list[tuple[int, int, str]] = []
        for _, s, e, t in hits:
            k = bisect.bisect_left(starts, s)
            if k > 0 and chosen[k - 1][1] > s:
                continue
            if k < len(chosen) and chosen[k][0] < e:
                continue
            starts.insert(k, s)
            chosen.insert(k, (s, e, t))
        return [c for c in chosen if c[2]]

    def find(self, text: str) -> list[Match]:
        """PII spans in ``text``, in order, non-overlapping."""
        if not isinstance(text, str):
            raise TypeError(f"find() needs str, not {type(text).__name__}")
        return [Match(t, s, e) for s, e, t in self._hits(text)]

    def redact(self, text: str) -> RedactionResult:
        """``text`` with every PII span replaced, and the count of spans per type."""
        if not isinstance(text, str):
            raise TypeError(f"redact() needs str, not {type(text).__name__}")
        if _MAY_HOLD_PII.search(text) is None and not maybe_obfuscated(text):
            return RedactionResult(text, {})
        counts: dict[str, int] = {}
        # A replacement changes what borders the text around it (a number glued to an Aadhaar is not a
        # phone; glued to "<AADHAAR>" it may look like one), so passes repeat until nothing more is
        # found: redact(redact(x)) == redact(x). Clean text costs one pass; a second pass runs only
        # where the first one redacted something, and a third has never been needed (the bound is a
        # guard, not a tuning knob).
        for _ in range(_MAX_PASSES):
            hits = self._hits(text)
            if not hits:
                break
            parts: list[str] = []
            pos = 0
            for s, e, t in hits:
                parts.append(text[pos:s])
                parts.append(self.replacement(t, text[s:e]))
                counts[t] = counts.get(t, 0) + 1
                pos = e
            parts.append(text[pos:])
            text = "".join(parts)
        ordered = {t: counts[t] for t in PII_TYPES if t in counts}
        return RedactionResult(text, ordered)

    def replacement(self, typ: str, raw: str) -> str:
        """What a ``typ`` span holding ``raw`` is replaced with (``<PHONE>``, or ``<PHONE:1a2b3c4d>``)."""
        label = self._labels[typ]
        if self.config.mode != "hash":
            return label
        msg = f"{typ}\x00{_canonical(typ, raw)}".encode()
        tag = hmac.new(self._key, msg, hashlib.sha256).hexdigest()[:_HASH_HEX]
        head, tail = self._hashed_parts(label)
        return f"{head}{tag}{tail}"

    def keyed_digest(self, raw: str, n_hex: int = 16) -> str:
        """An HMAC-SHA256 of ``raw`` keyed with the salt (hash mode only): tells values apart without
        revealing them."""
        if self.config.mode != "hash":
            raise ValueError("keyed_digest needs hash mode (a salt)")
        msg = b"value\x00" + raw.encode("utf-8", "surrogatepass")
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()[:n_hex]
