"""Check-digit and structure validators for Indian identifiers and payment cards.

All validators accept digits of any script (see :func:`to_ascii_digits`) and return ``False`` -- never
raise -- on malformed input, so callers can feed them any candidate span.
"""

from __future__ import annotations

import ipaddress

import regex

from shuddh.pii._digits import to_ascii_digits

# Verhoeff (1969) dihedral-group D5 tables, as used by UIDAI for the Aadhaar check digit.
_VERHOEFF_D: tuple[tuple[int, ...], ...] = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P: tuple[tuple[int, ...], ...] = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)
_VERHOEFF_INV: tuple[int, ...] = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def _ascii_digit_string(digits: str) -> str | None:
    s = to_ascii_digits(digits)
    if not s or not s.isascii() or not s.isdigit():
        return None
    return s


def verhoeff_valid(digits: str) -> bool:
    """True if the last digit of ``digits`` is the Verhoeff check digit of the rest."""
    s = _ascii_digit_string(digits)
    if s is None:
        return False
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][ord(ch) - 48]]
    return c == 0


def verhoeff_check_digit(digits: str) -> str:
    """The Verhoeff check digit to append to ``digits`` (raises ValueError if not all digits)."""
    s = _ascii_digit_string(digits)
    if s is None:
        raise ValueError("verhoeff_check_digit() needs a non-empty string of decimal digits")
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][ord(ch) - 48]]
    return str(_VERHOEFF_INV[c])


def _luhn_sum(s: str, double_first_from_right: bool) -> int:
    total = 0
    double = double_first_from_right
    for ch in reversed(s):
        d = ord(ch) - 48
        if double:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        double = not double
    return total


def luhn_valid(digits: str) -> bool:
    """True if ``digits`` passes the Luhn (mod 10) check used by payment cards."""
    s = _ascii_digit_string(digits)
    if s is None or len(s) < 2:
        return False
    return _luhn_sum(s, double_first_from_right=False) % 10 == 0


def luhn_check_digit(digits: str) -> str:
    """The Luhn check digit to append to ``digits`` (raises ValueError if not all digits)."""
    s = _ascii_digit_string(digits)
    if s is None:
        raise ValueError("luhn_check_digit() needs a non-empty string of decimal digits")
    return str((10 - _luhn_sum(s, double_first_from_right=True) % 10) % 10)


# PAN: 3 letters, holder type, initial of surname/name, 4 digits (0001-9999), check letter.
# Holder types (Income Tax Dept.): A association of persons, B body of individuals, C company,
# F firm, G government, H Hindu undivided family, J artificial juridical person, L local authority,
# P individual, T trust. Any other fourth letter is not a PAN.
PAN_HOLDER_TYPES = frozenset("ABCFGHJLPT")
_PAN_RE = regex.compile(r"[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]")


def pan_valid(s: str) -> bool:
    """True if ``s`` is structurally a PAN: ``AAAAA9999A``, upper case, valid holder-type letter."""
    t = to_ascii_digits(s)
    return _PAN_RE.fullmatch(t) is not None and t[5:9] != "0000"


# Card networks by IIN prefix and length (ISO/IEC 7812 issuer ranges as published by the networks).
# A Luhn-valid number outside these ranges is more likely an order or transaction id than a card.
_CARD_RANGES: tuple[tuple[int, int, frozenset[int]], ...] = (
    (4, 4, frozenset({13, 16, 19})),  # Visa
    (51, 55, frozenset({16})),  # Mastercard
    (2221, 2720, frozenset({16})),  # Mastercard 2-series
    (34, 34, frozenset({15})),  # American Express
    (37, 37, frozenset({15})),
    (300, 305, frozenset({14, 16, 17, 18, 19})),  # Diners Club
    (36, 36, frozenset({14, 16, 17, 18, 19})),
    (38, 39, frozenset({14, 16, 17, 18, 19})),
    (3528, 3589, frozenset({16, 17, 18, 19})),  # JCB
    (6011, 6011, frozenset({16, 17, 18, 19})),  # Discover
    (644, 649, frozenset({16, 17, 18, 19})),
    (65, 65, frozenset({16, 17, 18, 19})),  # Discover / RuPay
    (60, 60, frozenset({16})),  # RuPay
    (81, 82, frozenset({16})),  # RuPay
    (508, 508, frozenset({16})),  # RuPay
    (353, 353, frozenset({16})),  # RuPay-JCB
    (356, 356, frozenset({16})),
    (62, 62, frozenset({16, 17, 18, 19})),  # UnionPay
    (50, 50, frozenset({13, 14, 15, 16, 17, 18, 19})),  # Maestro
    (56, 58, frozenset({13, 14, 15, 16, 17, 18, 19})),
    (63, 63, frozenset({13, 14, 15, 16, 17, 18, 19})),
    (67, 67, frozenset({13, 14, 15, 16, 17, 18, 19})),
)


def card_network_plausible(digits: str) -> bool:
    """True if ``digits`` has the length and IIN prefix of a known card network."""
    s = _ascii_digit_string(digits)
    if s is None:
        return False
    n = len(s)
    for lo, hi, lengths in _CARD_RANGES:
        width = len(str(lo))
        if n in lengths and lo <= int(s[:width]) <= hi:
            return True
    return False


def card_valid(digits: str) -> bool:
    """Luhn-valid, 13-19 digits, and a known network's prefix and length."""
    s = _ascii_digit_string(digits)
    return s is not None and 13 <= len(s) <= 19 and luhn_valid(s) and card_network_plausible(s)


def aadhaar_valid(digits: str) -> bool:
    """12 digits, first digit 2-9, not a palindrome (UIDAI issues neither), Verhoeff check digit valid."""
    s = _ascii_digit_string(digits)
    return s is not None and len(s) == 12 and s[0] not in "01" and s != s[::-1] and verhoeff_valid(s)


def ipv4_valid(parts: list[str]) -> bool:
    """Four dotted decimal octets 0-255 without leading zeros."""
    if len(parts) != 4:
        return False
    for p in parts:
        if not (1 <= len(p) <= 3) or not p.isascii() or not p.isdigit():
            return False
        if len(p) > 1 and p[0] == "0":
            return False
        if int(p) > 255:
            return False
    return True


def ip_private(address: str) -> bool:
    """True for addresses that identify no one: private, loopback, link-local, documentation and other
    special-purpose ranges (``10.x``, ``127.0.0.1``, ``192.168.x``, ``192.0.2.x``, ``fe80::``, ``fd00::``,
    ``2001:db8::``); an IPv4-mapped IPv6 address is judged by its IPv4 part."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip.is_multicast


def ipv6_valid(s: str) -> bool:
    try:
        ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return True


def aadhaar_vid_valid(digits: str) -> bool:
    """Aadhaar Virtual ID: 16 digits, first digit 2-9, not a palindrome, Verhoeff check digit valid."""
    s = _ascii_digit_string(digits)
    return s is not None and len(s) == 16 and s[0] not in "01" and s != s[::-1] and verhoeff_valid(s)


# GSTIN: state code (01-38, 97 other territory), the holder's PAN, entity number
# (1-9, A-Z), "Z" (default), check character: mod 36 over 0-9A-Z with weights 1, 2, 1, 2 … from the left;
# each product contributes quotient + remainder of its division by 36 (GSTN's published rule).
_GSTIN_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_GSTIN_RE = regex.compile(r"[0-9]{2}[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]")
GSTIN_STATE_CODES = frozenset({f"{i:02d}" for i in range(1, 39)} | {"97"})


def gstin_check_char(body: str) -> str:
    """The check character of the first 14 characters of a GSTIN (raises ValueError on other input)."""
    t = to_ascii_digits(body).upper()
    if len(t) != 14 or any(c not in _GSTIN_ALPHABET for c in t):
        raise ValueError("gstin_check_char() needs 14 characters of 0-9 and A-Z")
    total = 0
    for i, c in enumerate(t):
        p = _GSTIN_ALPHABET.index(c) * (2 if i % 2 else 1)
        total += p // 36 + p % 36
    return _GSTIN_ALPHABET[(36 - total % 36) % 36]


def gstin_valid(s: str) -> bool:
    """15 characters: a state code, a valid PAN, entity number, ``Z``, and the mod-36 check character."""
    t = to_ascii_digits(s)
    if _GSTIN_RE.fullmatch(t) is None or t[:2] not in GSTIN_STATE_CODES or not pan_valid(t[2:12]):
        return False
    return gstin_check_char(t[:14]) == t[14]
