"""Context words (Hindi and English) that raise or lower confidence for an ambiguous number.

A *hint* is the nearest context word in the few characters before a candidate, provided only a
short, digit-free gap separates them ("मोबाइल नंबर: 98…", "A/c No. 1234…"). Identifiers with a strong
structure (checksums, the E.164 ``+``) never need a hint; weak ones (bank account, voter id, passport,
local landline numbers without STD code, the Aadhaar VID — 16 digits in fours are card-shaped) are only
redacted next to one.
"""

from __future__ import annotations

import re

import regex

# Per type: words that announce the identifier. Devanagari entries are matched with an optional inflection
# ending ("मोबाइलों", "फोनों", "कार्डों") and then a word end; Latin entries as whole words, case-insensitive.
_HINT_WORDS: dict[str, tuple[str, ...]] = {
    "PHONE": (
        "फोन",
        "फ़ोन",
        "मोबाइल",
        "मोबाईल",
        "मो.",
        "मो:",
        "मोब",
        "संपर्क",
        "सम्पर्क",
        "दूरभाष",
        "टेलीफोन",
        "टेलीफ़ोन",
        "व्हाट्सएप",
        "व्हाट्सऐप",
        "वॉट्सऐप",
        "वाट्सएप",
        "कॉल",
        "हेल्पलाइन",
        "फैक्स",
        "फ़ैक्स",
        "phone",
        "ph",
        "ph.",
        "mob",
        "mob.",
        "mobile",
        "mobile no",
        "tel",
        "tel.",
        "telephone",
        "contact",
        "whatsapp",
        "call",
        "cell",
        "fax",
        "helpline",
        "landline",
    ),
    # "आधार कार्ड" is one word for the matcher: its "कार्ड" announces no payment card
    "AADHAAR": (
        "आधार",
        "आधार कार्ड",
        "यूआईडी",
        "aadhaar",
        "aadhar",
        "adhaar",
        "aadhaar card",
        "aadhar card",
        "uid",
        "uidai",
    ),
    "PAN": ("पैन", "pan", "pan no", "pan card"),
    "CARD": (
        "कार्ड",
        "क्रेडिट",
        "डेबिट",
        "card",
        "credit card",
        "debit card",
        "visa",
        "mastercard",
        "rupay",
        "रुपे",
    ),
    # "खाता"/"खाते" alone are also the verb "to eat" ("वे फल खाते हैं"): only account phrases count.
    "BANK_ACCOUNT": (
        "खाता संख्या",
        "खाता नंबर",
        "खाता नं",
        "खाता क्रमांक",
        "खाता सं",
        "बैंक खाता",
        "बैंक खाते",
        "खाते में",
        "खाते का नंबर",
        "खाते की संख्या",
        "बचत खाता",
        "अकाउंट",
        "एकाउंट",
        "अकॉउंट",
        "account",
        "a/c",
        "acct",
        "acc no",
        "account no",
        "bank account",
        "savings account",
    ),
    "AADHAAR_VID": ("वर्चुअल आईडी", "वर्चुअल आइडी", "वीआईडी", "vid", "virtual id", "aadhaar vid"),
    "HEALTH_ID": (
        "आभा",
        "हेल्थ आईडी",
        "हेल्थ आइडी",
        "स्वास्थ्य आईडी",
        "स्वास्थ्य पहचान",
        "abha",
        "health id",
        "ndhm",
        "phr",
    ),
    "VOTER_ID": ("मतदाता", "वोटर", "निर्वाचक", "epic", "voter", "voter id", "elector"),
    "PASSPORT": ("पासपोर्ट", "पारपत्र", "passport"),
}

# Words before a number that say it is not a phone: price, ISBN.
_NOT_PHONE_BEFORE = regex.compile(
    r"(?:₹|\$|€|£|\bRs\.?|\bINR\b|\bUSD\b|\bISBN(?:-1[03])?\b|\bPNR\b|पीएनआर|रु\.?|रुपये|रुपए|रूपये)"
    r"[\s:.\-]{0,3}(?:no\.?|नंबर|संख्या)?[\s:.\-]{0,3}$",
    regex.IGNORECASE,
)
# Words right after a number that say it is a quantity.
_NOT_PHONE_AFTER = regex.compile(
    r"^\s?(?:रुपये|रुपए|रूपये|रु\b|करोड़|करोड|लाख|हजार|हज़ार|अरब|डॉलर|किमी|किलो|टन|मेगावाट|वर्ग|"
    r"rupees|rs\b|crore|lakh|dollars|usd|km\b|kg\b|tonnes|%|₹)",
    regex.IGNORECASE,
)


# Endings of inflected Devanagari nouns (plural and oblique forms) after a context word. Anything longer is
# another word: "कॉल" is no "कॉलोनी" (colony) or "कॉलेज", "आधार" no "आधारित" (based on), "आभा" no "आभार"
# (thanks), "कार्ड" no "कार्डियो…" (bench_pii: "… कॉलोनी थी। 5847955245" was redacted as a phone).
_INFLECTION = "(?:ों|ें|े|ी|ा|ो)?"


def _word_pattern(word: str) -> str:
    esc = str(regex.escape(word)).replace(r"\ ", r"\s?")
    if word.isascii():
        return rf"(?<![A-Za-z]){esc}(?![A-Za-z])"
    # Word start: "फोन" must not fire inside "स्मार्टफोन" (a product, not a number's label). An entry
    # ending in a letter or mark must also end its word (after an inflection); "मो." ends in its dot.
    if regex.match(r".*[\p{L}\p{M}]$", word):
        return rf"(?<![\p{{L}}\p{{M}}]){esc}{_INFLECTION}(?![\p{{L}}\p{{M}}])"
    return rf"(?<![\p{{L}}\p{{M}}]){esc}"


def _build() -> regex.Pattern[str]:
    alts = []
    for typ, words in _HINT_WORDS.items():
        # Longest first so "mobile no" wins over "mobile", "pan card" over "pan".
        ordered = sorted(words, key=len, reverse=True)
        alts.append(f"(?P<{typ}>" + "|".join(_word_pattern(w) for w in ordered) + ")")
    return regex.compile("|".join(alts), regex.IGNORECASE)


_HINT_RE = _build()
# A gate before _HINT_RE (a case-insensitive alternation of every word, each behind a look-behind: the
# regex module tries them all at every position, ~5 µs per character). Every match of _HINT_RE holds the
# first piece (up to a space) of its word: an ASCII word's piece not after an ASCII letter, matched
# ignoring case (the same in re and regex, and no other character matches an ASCII letter, once the four
# that match one ignoring case are absent: İ ı ſ K, tests/unit/pii/test_pii_hint_gate.py), another word's
# piece as it is written (Devanagari has no case). A window with none of them has no hint.
_FIRST_PIECES = {w.split(" ")[0] for ws in _HINT_WORDS.values() for w in ws}
_ASCII_GATE = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(re.escape(w) for w in sorted((w for w in _FIRST_PIECES if w.isascii()), key=len, reverse=True))
    + ")",
    re.IGNORECASE,
)
_OTHER_PIECES = tuple(sorted(w for w in _FIRST_PIECES if not w.isascii()))
CASE_SPECIALS = re.compile("[\u0130\u0131\u017f\u212a]")


def may_hold_hint(window: str) -> bool:
    """False only if ``_HINT_RE`` finds nothing in ``window``."""
    return (
        _ASCII_GATE.search(window) is not None
        # (none of those pieces is ASCII: an ASCII window, most of an English page's, is not searched 44 times)
        or (not window.isascii() and any(w in window for w in _OTHER_PIECES))
        or CASE_SPECIALS.search(window) is not None
    )

#: the last digit of a window, searched from its end (formerly the first digit with no digit after it,
#: ``\p{Nd}(?!.*\p{Nd})``: the rest of the window read again from each digit; with the gate above, hints_before
#: 0.039 -> 0.033 ms per wcxb page)
_LAST_DIGIT = regex.compile(r"(?r)\p{Nd}")
# A placeholder of an earlier redaction ("<PHONE>", "<PHONE:1a2b3c4d>") stands where a number stood: it
# cuts the context window like a digit does, so a second pass sees the same context as the first
# (redaction stays idempotent).
_PLACEHOLDER = regex.compile(r"<[A-Z_]+(?::[0-9a-f]+)?>")
_WINDOW = 64  # characters looked at before a candidate
_MAX_GAP = 24  # characters allowed between the nearest context word and the candidate


def hints_before(text: str, start: int, max_gap: int = _MAX_GAP) -> tuple[str, ...]:
    """Types announced by context words before ``start``, nearest first (empty if none).

    Only the digit-free stretch right before the candidate counts, and the nearest word must end
    within ``_MAX_GAP`` characters of it: "वोटर आईडी कार्ड नंबर ABC…" gives ("CARD", "VOTER_ID").
    """
    lo = max(0, start - _WINDOW)
    window = text[lo:start]
    d = _LAST_DIGIT.search(window)
    if d is not None:
        window = window[d.end() :]
    if ">" in window:
        placeholders = list(_PLACEHOLDER.finditer(window))
        if placeholders:
            window = window[placeholders[-1].end() :]
    if not may_hold_hint(window):
        return ()
    found: list[str] = []
    last_end = -1
    for m in _HINT_RE.finditer(window):
        typ = m.lastgroup
        if typ is None:
            continue
        if typ in found:
            found.remove(typ)
        found.append(typ)
        last_end = m.end()
    if not found or len(window) - last_end > max_gap:
        return ()
    return tuple(reversed(found))


def not_phone_context(text: str, start: int, end: int) -> bool:
    """True if a currency sign / ISBN precedes the number or a quantity word follows it."""
    if _NOT_PHONE_BEFORE.search(text[max(0, start - 24) : start]) is not None:
        return True
    return _NOT_PHONE_AFTER.match(text[end : end + 12]) is not None
