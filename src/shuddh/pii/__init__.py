"""PII redaction for Indic web text (issue 8).

Finds and replaces, in ASCII and in Indic digits (Devanagari, Bengali, Gujarati, Gurmukhi, Oriya,
Tamil, Telugu, Kannada, Malayalam, Arabic-Indic), with spaces, dashes or dots between groups:

=============  ==================================================================================
EMAIL          ``name@domain.tld`` (also IDN, ``name [at] domain [dot] com``, ``name at gmail.com`` for
               mail providers' domains, and ``name@123.123.123.123``)
PHONE          Indian mobiles (10 digits, 6-9 first) and landlines (0 + STD code + local number)
               with +91 / 91 / 0091 / 0 prefixes; any ``+`` E.164 number; local numbers only after
               a context word (फोन, मोबाइल, संपर्क, Tel, Ph., WhatsApp …), as are ten-digit landlines
               without the trunk 0 ("मोबाइल नंबर 1244196137"); 8-digit dates and 1800/1860/1861 lines stay
AADHAAR        12 digits, first 2-9, not a palindrome, Verhoeff valid, written 12, 4-4-4 or 4:4:4
PAN            ``AAAAA9999A`` with a valid holder-type fourth letter
CARD           13-19 digits, Luhn valid, a known network's prefix and length, usual groupings
IP             IPv4 (four octets, not all single digits) and IPv6; private, loopback, link-local and
               documentation ranges stay unless ``RedactionConfig(redact_private_ips=True)``
URL_SECRET     URLs with ``user:password@``, secret query parameters (token, api_key, sig …) or
               well-known token formats; the whole URL is replaced
UPI            ``name@ybl``, ``9876543210@paytm``: a local part and one of a closed list of UPI handles
GSTIN          15 characters: state code 01-38 (or 97), the PAN, entity number, ``Z``, mod-36 check
VEHICLE        registration numbers ``MH 12 AB 1234``, ``DL3CAB1234`` (state-code list), ``22 BH 4567 AA``
AADHAAR_VID    Aadhaar Virtual ID: 16 digits (4-4-4-4 or unbroken), Verhoeff valid, only after a VID or
               Aadhaar word (वर्चुअल आईडी, VID, आधार); also valid as a card: typed by the nearer word
               (a card without one)
HEALTH_ID      ABHA number: 14 digits written ``91-1234-5678-9012`` (other groupings after आभा/ABHA)
VOTER_ID       (bonus, opt-in) EPIC ``ABC1234567`` after मतदाता / वोटर / EPIC / voter
PASSPORT       (bonus, opt-in) ``A1234567`` after पासपोर्ट / passport
BANK_ACCOUNT   (bonus, opt-in) 9-18 digits right after खाता / अकाउंट / account / A/c (the nearest word)
=============  ==================================================================================

Numbers that only look like identifiers stay: dates, years, prices, Indian-grouped counts
(1,23,45,678), numbers that fail their checks, ISBNs, pin codes, cricket scores, toll-free lines.

No raw value is kept anywhere: :class:`Match` holds type and offsets only, counts hold numbers,
and no exception message quotes the input.
"""

from __future__ import annotations

from shuddh.pii._digits import INDIC_DIGIT_ZEROS, to_ascii_digits
from shuddh.pii._redactor import (
    BONUS_TYPES,
    CORE_TYPES,
    PII_TYPES,
    Match,
    RedactionConfig,
    RedactionResult,
    Redactor,
)
from shuddh.pii._validators import (
    aadhaar_valid,
    aadhaar_vid_valid,
    card_valid,
    gstin_check_char,
    gstin_valid,
    ip_private,
    luhn_check_digit,
    luhn_valid,
    pan_valid,
    verhoeff_check_digit,
    verhoeff_valid,
)

__all__ = [
    "BONUS_TYPES",
    "CORE_TYPES",
    "INDIC_DIGIT_ZEROS",
    "PII_TYPES",
    "Match",
    "RedactionConfig",
    "RedactionResult",
    "Redactor",
    "aadhaar_valid",
    "aadhaar_vid_valid",
    "card_valid",
    "gstin_check_char",
    "gstin_valid",
    "ip_private",
    "luhn_check_digit",
    "luhn_valid",
    "pan_valid",
    "to_ascii_digits",
    "verhoeff_check_digit",
    "verhoeff_valid",
]
