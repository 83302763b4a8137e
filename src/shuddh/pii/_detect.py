"""Detectors: find candidate spans, validate them, and type them. Internal; see ``shuddh.pii``.

Every detector yields ``(priority, start, end, type)`` tuples and nothing else: no matched text leaves
this module, so nothing raw can reach a repr, a log line or an exception message.

Numbers are handled in one pass over *runs*: maximal sequences of digit groups (any script) joined by
one separator each (space, hyphen/dash, dot; spaces allowed around a hyphen or dot), with an optional
leading ``+`` and parenthesised groups ``(011)``. A whole run is typed from its digit count, its
grouping, its check digits and the context words before it; a run is never searched for a
sub-string that happens to pass a checksum (that is how "12-digit slice of a 16-digit card" or
"10 digits out of a table row" false positives arise). A run that fails as a whole is split only at
separators of a different kind than those inside the pieces ("192.168.1.1 9876543210") or into
single groups ("9876543210 9123456789").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from shuddh.pii._context import hints_before, not_phone_context
from shuddh.pii._digits import to_ascii_digits
from shuddh.pii._validators import (
    aadhaar_valid,
    aadhaar_vid_valid,
    card_valid,
    gstin_valid,
    ip_private,
    ipv4_valid,
    ipv6_valid,
    pan_valid,
)

Hit = tuple[int, int, int, str]  # (priority, start, end, type); lower priority value wins overlaps

PRIO_URL = 1
PRIO_EMAIL = 2
PRIO_UPI = 2  # "9876543210@paytm" is one UPI id, not a phone number before "@paytm"
PRIO_IPV6 = 3
PRIO_NUMBER = 4
PRIO_ALNUM = 5

# ---------------------------------------------------------------------------------------------------
# Numbers
_SPACES = " \u00a0\u2009\u202f"  # a space, no-break, thin and narrow no-break spaces
_SP = f"[{_SPACES}]"
_HY = r"[\-\u2010\u2011\u2012\u2013.]"
_SEP = rf"(?:{_SP}?{_HY}{_SP}?|{_SP})"
_GROUP = rf"(?:\({_SP}?\+?\p{{Nd}}{{1,5}}{_SP}?\)|\p{{Nd}}++)"
_BOUND = r"[\p{Latin}\p{Nd}_]"
# A run ends where no separator + group follows; one glued to a letter or digit there ("12 12 … 12x")
# is no run. That end test is made on the match (``_BOUND_RE``), not as a look-ahead in the pattern:
# a failing look-ahead made the engine retry from every later group of the run, the same run to the
# same end each time (quadratic). Those retries could only succeed inside a parenthesised group
# ("(+12345)" from its "+"), which is shorter than _MIN_RUN_CHARS and skipped anyway.
_RUN_RE = regex.compile(rf"(?<!{_BOUND})(?:\+{_SP}?)?{_GROUP}(?:{_SEP}{_GROUP})*+")
_BOUND_RE = regex.compile(_BOUND)
# A digit and the characters a run may hold after it (digits, spaces, dashes, dots, brackets, "+"), as far as
# they go: every run lies in such a stretch and the characters before its first digit ("+", "(", a space
# after either: at most _RUN_LEAD_MAX of them). A stretch too short for a run of _MIN_RUN_CHARS is not
# searched (:func:`_run_windows`).
_DIGIT_STRETCH_RE = regex.compile(rf"\p{{Nd}}[\p{{Nd}}()+{_SPACES}{_HY[1:-1]}]*+")
_RUN_LEAD = "+(" + _SPACES  # the characters a run may hold before its first digit
_RUN_LEAD_MAX = 5  # "+ ( +" in "+ ( +91)"
_GROUP_TOKEN_RE = regex.compile(rf"\({_SP}?(\+?)(\p{{Nd}}{{1,5}}){_SP}?\)|(\p{{Nd}}+)")

# Groupings (digit counts per group) of a 10-digit Indian mobile number as people write it.
_MOBILE_GROUPINGS = frozenset(
    {
        (10,),
        (5, 5),
        (3, 3, 4),
        (4, 3, 3),
        (3, 4, 3),
        (2, 4, 4),
        (4, 4, 2),
        (4, 6),
        (6, 4),
        (3, 7),
        (5, 3, 2),
    }
)
# Pairs and triples also make up rows of a table ("45 67 89 12 34"): only with a prefix or a hint.
_WEAK_GROUPINGS = frozenset({(2, 2, 2, 2, 2), (3, 3, 2, 2), (2, 3, 2, 3), (2, 2, 3, 3)})
# Groupings of local (no STD code) landline numbers, only accepted after a phone context word.
_LOCAL_GROUPINGS = frozenset({(7,), (8,), (4, 4), (3, 4), (4, 3), (2, 3, 3), (2, 2, 2, 2)})
_MAX_SUBRUN_GROUPS = 6  # "+91 98 76 54 32 10" is the longest grouping we accept
_LOCAL_MAX_GAP = 12  # "फोन नंबर: " -- a local number needs its context word this close
_MIN_RUN_CHARS = 7  # "8.8.8.8"; anything shorter cannot be any identifier
# Fewest digits of a typed number but an IP: a local landline after a context word (7); a dotted quad
# has 4 groups (and 5 digits or more, one octet of two).
_MIN_TYPED_DIGITS = 7
_CARD_MIN_DIGITS, _CARD_MAX_DIGITS = 13, 19  # payment card numbers (ISO/IEC 7812)
# Groups of a card number as _card_grouping accepts them: one, the three-group forms, or fours with a
# shorter last group (4+4+4+4+3 = 19 digits: five groups at most).
_CARD_MAX_GROUPS = 5
# Toll-free (1800), shared-cost (1860) and premium/service (1861) lines: not personal data, and a
# longer number starting with one is no phone either ("+91 1861 123 456 789").
_SERVICE_PREFIXES = ("1800", "1860", "1861")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _date_like(digits: str) -> bool:
    """ "20120102" (YYYYMMDD) or "02012012" (DDMMYYYY): an 8-digit date, years 1900-2099."""
    if len(digits) != 8:
        return False
    for y, m, d in ((digits[:4], digits[4:6], digits[6:]), (digits[4:], digits[2:4], digits[:2])):
        if "1900" <= y <= "2099" and "01" <= m <= "12" and "01" <= d <= f"{_MONTH_DAYS[int(m) - 1]:02d}":
            return True
    return False


@dataclass(slots=True)
class _Run:
    start: int
    plus: bool
    groups: list[str]  # ASCII digits per group
    spans: list[tuple[int, int]]
    parens: list[bool]
    seps: list[str]  # raw separator text between group i and i+1


def _parse_run(text: str, start: int, end: int) -> _Run:
    plus = text[start] == "+"
    groups: list[str] = []
    spans: list[tuple[int, int]] = []
    parens: list[bool] = []
    seps: list[str] = []
    prev_end = -1
    for m in _GROUP_TOKEN_RE.finditer(text, start, end):
        if m.group(3) is not None:
            groups.append(to_ascii_digits(m.group(3)))
            parens.append(False)
        else:
            groups.append(to_ascii_digits(m.group(2)))
            parens.append(True)
            if m.group(1):
                plus = True
        if prev_end >= 0:
            seps.append(text[prev_end : m.start()])
        spans.append((m.start(), m.end()))
        prev_end = m.end()
    return _Run(start=start, plus=plus, groups=groups, spans=spans, parens=parens, seps=seps)


def _sep_kind(sep: str) -> str:
    core = sep.strip(" \u00a0\u2009\u202f")
    if not core:
        return " "
    return "." if core == "." else "-"


def _uniform(seps: list[str]) -> bool:
    return len(set(seps)) <= 1


def _prefix_sums(groups: list[str]) -> set[int]:
    out, total = set(), 0
    for g in groups:
        total += len(g)
        out.add(total)
    return out


def _all_years(groups: list[str]) -> bool:
    """ "2004 2019 2021", "2017-2020": a list or range of years."""
    return len(groups) > 1 and all(len(g) == 4 and "1800" <= g <= "2099" for g in groups)


def _strip_prefix(groups: list[str], k: int) -> list[str]:
    """Drop the first ``k`` digits (a country or trunk prefix) from the groups: whole groups when
    the prefix was written apart ("+91 98765 43210"), else the front of the group ("09876 54321")."""
    out = list(groups)
    while k > 0 and out:
        g = out[0]
        if len(g) <= k:
            k -= len(g)
            out.pop(0)
        else:
            out[0] = g[k:]
            k = 0
    return out


def _phone_kind(groups: list[str], *, plus: bool, hinted: bool, text: str, start: int, end: int) -> bool:
    digits = "".join(groups)
    n = len(digits)
    if plus:
        if digits[0] == "0":
            return False
        if digits.startswith("91"):
            nat = digits[2:]
            if nat.startswith("0"):
                nat = nat[1:]
            return len(nat) == 10 and nat[0] != "0" and not nat.startswith(_SERVICE_PREFIXES)
        # E.164: country code + subscriber number, at most 15 digits in all.
        return 8 <= n <= 15 and len(groups) <= 6
    if n == 14 and digits.startswith("0091"):
        k = 4
    elif n == 13 and digits.startswith("910"):
        k = 3
    elif n == 12 and digits.startswith("91"):
        k = 2
    elif n == 11 and digits[0] == "0":
        k = 1
    elif n == 10:
        k = 0
    elif n in (7, 8) and hinted:
        # A local number without STD code is the weakest form: the context word must be close
        # ("फोन: 2345 6789"), and "2017-2020" stays a range of years.
        sizes = tuple(len(g) for g in groups)
        return (
            digits[0] in "234567"
            and sizes in _LOCAL_GROUPINGS
            and not _all_years(groups)
            and not _date_like(digits)
            and "PHONE" in hints_before(text, start, max_gap=_LOCAL_MAX_GAP)
            and not not_phone_context(text, start, end)
        )
    else:
        return False
    if k >= 2 and len(groups) > 1 and k not in _prefix_sums(groups):
        return False  # a country code is written apart ("91 98765 43210") or not split at all
    nat_groups = _strip_prefix(groups, k)
    if not nat_groups:
        return False
    nat = "".join(nat_groups)
    if nat[0] == "0" or nat.startswith(_SERVICE_PREFIXES):  # toll-free lines are not personal data
        return False
    sizes = tuple(len(g) for g in nat_groups)
    if nat.endswith("00000"):  # 7,000,000,000: a round count, not a subscriber number
        return False
    if nat[0] in "6789" and (sizes in _MOBILE_GROUPINGS or (sizes in _WEAK_GROUPINGS and (k or hinted))):
        # Without a prefix, a price or an ISBN stays one even after "मोबाइल": "मोबाइल 6644641009 रुपये".
        return not (k == 0 and not_phone_context(text, start, end))
    # Landline: STD code (2-4 digits, first digit 1-8) + local number; needs a prefix or a hint.
    if k == 1 and len(groups[0]) == 1:
        return False  # "0 1786251463": a lone trunk zero is only ever seen before a mobile number
    if k == 0 and hinted and len(nat_groups) == 1 and nat[0] in "12345":
        # "मोबाइल नंबर 1244196137": a landline with its STD code but without the trunk 0, written
        # in one piece; only right after a context word and not before a quantity word.
        return "PHONE" in hints_before(text, start, max_gap=_LOCAL_MAX_GAP) and not not_phone_context(
            text, start, end
        )
    if k == 0 and (not hinted or len(nat_groups) == 1):
        return False  # without a prefix only an explicit STD grouping after a context word will do
    if len(nat_groups) == 1:
        return True
    std = len(nat_groups[0])
    if not 2 <= std <= 4 or len(nat_groups) > 3 or any(len(g) < 2 for g in nat_groups):
        return False
    return nat_groups[1][0] not in "01"


def _card_grouping(sizes: tuple[int, ...]) -> bool:
    if len(sizes) == 1:
        return True
    if sizes in {(4, 6, 5), (4, 6, 4), (4, 4, 5)}:
        return True
    return all(s == 4 for s in sizes[:-1]) and 1 <= sizes[-1] <= 4 and len(sizes) >= 4


def _types_for(run: _Run, i: int, j: int, text: str, *, private_ips: bool = False) -> list[str]:
    """Plausible types for groups ``i:j`` of ``run``, most likely first. ``private_ips``: private,
    loopback and documentation IPv4 addresses are typed too (by default they are not: see ip_private)."""
    groups = run.groups[i:j]
    seps = run.seps[i : j - 1]
    plus = run.plus and i == 0
    start = run.start if i == 0 else run.spans[i][0]
    end = run.spans[j - 1][1]
    digits = "".join(groups)
    n = len(digits)
    sizes = tuple(len(g) for g in groups)
    has_parens = any(run.parens[i:j])
    hints = hints_before(text, start)
    out: list[str] = []

    if not plus and not has_parens and len(groups) == 4 and all(s == "." for s in seps):
        if (
            ipv4_valid(groups)
            and any(len(g) > 1 for g in groups)
            and (private_ips or not ip_private(".".join(groups)))
        ):
            out.append("IP")
        return out  # dotted quads are nothing else

    if "." in seps and (len(groups) < 3 or any(sp != "." for sp in seps)):
        return out  # "91.8383297727", "0.3088811626": decimals; dotted phones are "987.654.3210"

    plain = not plus and not has_parens and _uniform(seps)
    if plain and sizes in {(12,), (4, 4, 4)} and not _all_years(groups) and aadhaar_valid(digits):
        # "91" + a mobile number written without separators is far more often a phone (wa.me links).
        if sizes == (12,) and digits[:2] == "91" and digits[2] in "6789" and "AADHAAR" not in hints:
            pass
        else:
            out.append("AADHAAR")
    if plain and _CARD_MIN_DIGITS <= n <= _CARD_MAX_DIGITS and _card_grouping(sizes) and card_valid(digits):
        out.append("CARD")
    vid_hinted = "AADHAAR_VID" in hints or "AADHAAR" in hints
    if plain and sizes in {(16,), (4, 4, 4, 4)} and vid_hinted and aadhaar_vid_valid(digits):
        # A Virtual ID only after a VID or Aadhaar word: unbroken, 16 digits are as often an order or
        # transaction number, and 4-4-4-4 is how card numbers are written — one card number in ten with a
        # wrong digit passes Verhoeff (bench_pii: 3 % of card near-misses were taken as VIDs without the
        # word). A number valid as both a card and a VID is typed by the nearer word (the sort below), and
        # is a card without one.
        out.append("AADHAAR_VID")
    if (
        not plus
        and not has_parens
        and n == 14
        and (
            (sizes == (2, 4, 4, 4) and all(_sep_kind(sp) == "-" for sp in seps))
            or ("HEALTH_ID" in hints and sizes in {(14,), (2, 4, 4, 4)} and _uniform(seps))
        )
    ):
        # ABHA number: 14 digits, written 2-4-4-4 with hyphens ("91-1234-5678-9012"); no public check digit.
        out.append("HEALTH_ID")
    phone_hinted = "PHONE" in hints
    aadhaar_shaped = not plus and sizes in {(12,), (4, 4, 4)}
    if aadhaar_shaped and hints and hints[0] == "AADHAAR":
        pass  # right after "आधार नंबर" a 12-digit number that fails Verhoeff is no "91…" phone
    elif _phone_kind(groups, plus=plus, hinted=phone_hinted, text=text, start=start, end=end):
        out.append("PHONE")
    if (
        # The account word must be the nearest one: "खाते में … डेबिट कार्ड संख्या 5082-…" or "… वर्चुअल
        # आईडी 9490…" with a failed check is a mistyped card or VID, not an account number.
        hints
        and hints[0] == "BANK_ACCOUNT"
        and not plus
        and not has_parens
        and 9 <= n <= 18
        and (len(groups) == 1 or min(sizes) >= 3)
        and not not_phone_context(text, start, end)
    ):
        out.append("BANK_ACCOUNT")
    if len(out) > 1 and hints:
        rank = {t: k for k, t in enumerate(hints)}
        if "AADHAAR" in rank:  # "आधार नंबर" before 16 digits announces the VID
            rank["AADHAAR_VID"] = min(rank["AADHAAR"], rank.get("AADHAAR_VID", len(rank)))
        out.sort(key=lambda t: rank.get(t, len(rank)))
    return out


def _pick(types: list[str], enabled: frozenset[str]) -> str | None:
    for t in types:
        if t in enabled:
            return t
    return None


def _cut_ok(run: _Run, kinds: list[str], i: int, j: int) -> bool:
    """May groups ``i:j`` be taken out of the run (whose whole did not match)?

    Not if a larger window around the piece, joined by the same kind of separator as inside the
    piece, is shaped like a card number (13-19 digits in fours): then the run is most likely a card
    whose check failed (a near-miss), and a 4-4-4 slice of it must not pass as an Aadhaar number.
    No network test here: the digit that broke the check may be the one that named the network.
    """
    inner = set(kinds[i : j - 1])
    if not inner:
        return True
    # A window of more than _CARD_MAX_GROUPS groups is never card-shaped, so only windows reaching
    # that far past the piece are looked at: the cost per piece is constant. (Extending to the run's
    # whole length made it quadratic, and the scan of every window cubic: "12 12 12 …" of 200 groups
    # took a minute.)
    groups = run.groups
    lo, hi = i, j
    lo_min = max(0, j - _CARD_MAX_GROUPS)
    hi_max = min(len(groups), i + _CARD_MAX_GROUPS)
    while lo > lo_min and kinds[lo - 1] in inner:
        lo -= 1
    while hi < hi_max and kinds[hi - 1] in inner:
        hi += 1
    for a in range(lo, i + 1):
        if len(groups[a]) != 4:
            continue  # every card grouping of two or more groups starts with four digits
        for b in range(j, hi + 1):
            if (a, b) == (i, j):
                continue
            n = 0
            for g in groups[a:b]:
                n += len(g)
            if _CARD_MIN_DIGITS <= n <= _CARD_MAX_DIGITS and _card_grouping(tuple(len(g) for g in groups[a:b])):
                return False
    return True


def _run_windows(text: str) -> Iterator[tuple[int, int]]:
    """Stretches of ``text`` (in order, disjoint) that hold every match of ``_RUN_RE`` of _MIN_RUN_CHARS or more
    characters. A run holds a digit and only characters of ``_DIGIT_STRETCH_RE``: it lies in one of its matches
    and the few characters before it that may start a run ("+", "(", not a space: a run starts at "+", "(" or
    a digit). Every match of ``_RUN_RE`` in that stretch is the one a scan of the whole text finds there (no
    match reaches outside it, and the look-behind sees the text before it); a stretch shorter than
    _MIN_RUN_CHARS holds only runs find_numbers skips."""
    for g in _DIGIT_STRETCH_RE.finditer(text):
        a, end = g.span()
        start, floor = a, max(0, a - _RUN_LEAD_MAX)
        while start > floor and text[start - 1] in _RUN_LEAD:
            start -= 1
        while start < a and text[start] in _SPACES:
            start += 1
        if end - start >= _MIN_RUN_CHARS:
            yield start, end


def find_numbers(text: str, enabled: frozenset[str], *, private_ips: bool = False) -> Iterator[Hit]:
    # _RUN_RE searched only in the stretches that may hold a run long enough to be kept (_run_windows): the
    # 1,497 wcxb pages hold ~46 runs each, 3 % of them of 7 characters or more, and 2.6 such stretches; the
    # whole-text scan tried the look-behind at every position (find_numbers 0.19 -> 0.125 ms per page)
    for m in (m for lo, hi in _run_windows(text) for m in _RUN_RE.finditer(text, lo, hi)):
        start, end = m.span()
        if end - start < _MIN_RUN_CHARS or _BOUND_RE.match(text, end) is not None:
            continue
        run = _parse_run(text, start, end)
        k = len(run.groups)
        if not k:
            continue
        typ = _pick(_types_for(run, 0, k, text, private_ips=private_ips), enabled)
        if typ is not None:
            yield (PRIO_NUMBER, start, end, typ)
            continue
        if k == 1:
            continue
        # Otherwise take out pieces (longest first) where a cut is safe; see _cut_ok.
        kinds = [_sep_kind(s) for s in run.seps]
        ends = [0]  # ends[i]: digits in groups[:i]
        for g in run.groups:
            ends.append(ends[-1] + len(g))
        i = 0
        while i < k:
            found = False
            for j in range(min(k, i + _MAX_SUBRUN_GROUPS), i, -1):
                if i == 0 and j == k:
                    continue
                if ends[j] - ends[i] < _MIN_TYPED_DIGITS and (j - i != 4 or ends[j] - ends[i] < 4):
                    continue  # too short for any type (_types_for would find none): skip the checks
                # Never cut at a tight dot: "0.9876543210" is a decimal, not a phone.
                if (i > 0 and run.seps[i - 1] == ".") or (j < k and run.seps[j - 1] == "."):
                    continue
                if j - i > 1 and not _cut_ok(run, kinds, i, j):
                    continue
                typ = _pick(_types_for(run, i, j, text, private_ips=private_ips), enabled)
                if typ is not None:
                    s = start if (i == 0 and run.plus) else run.spans[i][0]
                    yield (PRIO_NUMBER, s, run.spans[j - 1][1], typ)
                    i = j
                    found = True
                    break
            if not found:
                i += 1


# ---------------------------------------------------------------------------------------------------
# Letter + digit identifiers: PAN (always), voter id / EPIC and passport (next to a context word).
_ALNUM_RE = regex.compile(
    r"(?<![\p{Latin}\p{Nd}_])"
    r"(?:[A-Za-z]{5}\p{Nd}{4}[A-Za-z]|[A-Za-z]{3}\p{Nd}{7}|[A-Za-z]\p{Nd}{7})"
    r"(?![\p{Latin}\p{Nd}_])"
)
# Indian passports: one letter (not Q, X, Z) + 7 digits, first digit non-zero.
_PASSPORT_RE = regex.compile(r"[A-PR-WY][1-9][0-9]{6}")
_EPIC_RE = regex.compile(r"[A-Z]{3}[0-9]{7}")


def _one_case(s: str) -> str | None:
    letters = "".join(c for c in s if c.isalpha())
    if letters.isupper() or letters.islower():
        return to_ascii_digits(s).upper()
    return None


# Every branch of _ALNUM_RE holds a letter followed by four digits: one search for that (digits first,
# the letter by a look-behind: the regex module then scans for a digit, ~20x cheaper than trying the
# look-behind and the branches at every position) rules out almost every text (180 of 200 wcxb pages).
_ALNUM_GATE = regex.compile(r"\p{Nd}{4}(?<=[A-Za-z]\p{Nd}{4})")


def _alnum_starts(text: str) -> list[int]:
    """Every position where a match of ``_ALNUM_RE`` can start, in order (a superset): each branch holds a
    letter followed by four digits at a fixed offset from its start (4, 2 or 0), and ``_ALNUM_GATE``'s
    matches are all such pairs (two never overlap: the letter of a later one follows the digits of this
    one), so the starts are those offsets before each pair's letter."""
    out: set[int] = set()
    for g in _ALNUM_GATE.finditer(text):
        p = g.start() - 1
        out.update(s for s in (p - 4, p - 2, p) if s >= 0)
    return sorted(out)


def _matches_at(pattern: regex.Pattern[str], text: str, starts: list[int]) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` when ``starts`` (in order) holds every position where a match can start: the
    match at the first such position at or after the end of the last one, as finditer finds it (a pattern that
    matches no empty string)."""
    pos = 0
    for s in starts:
        if s < pos:
            continue
        m = pattern.match(text, s)
        if m is not None:
            pos = m.end()
            yield m


def _alnum_matches(text: str) -> Iterator[regex.Match[str]]:
    """``_ALNUM_RE.finditer(text)``, tried only where a match can start (:func:`_alnum_starts`), at a fraction
    of the cost (the pattern's look-behind and branches tried at every position: 0.17 -> 0.05 ms per English
    wcxb page)."""
    return _matches_at(_ALNUM_RE, text, _alnum_starts(text))


def find_alnum(text: str, enabled: frozenset[str]) -> Iterator[Hit]:
    for m in _alnum_matches(text):
        start, end = m.span()
        tok = _one_case(m.group())
        if tok is None:
            continue
        if len(tok) == 10 and tok[4].isalpha():
            if "PAN" in enabled and pan_valid(tok):
                yield (PRIO_ALNUM, start, end, "PAN")
        elif len(tok) == 10:
            if "VOTER_ID" in enabled and _EPIC_RE.fullmatch(tok) and "VOTER_ID" in hints_before(text, start):
                yield (PRIO_ALNUM, start, end, "VOTER_ID")
        elif (
            "PASSPORT" in enabled and _PASSPORT_RE.fullmatch(tok) and "PASSPORT" in hints_before(text, start)
        ):
            yield (PRIO_ALNUM, start, end, "PASSPORT")


# ---------------------------------------------------------------------------------------------------
# GSTIN, vehicle registration numbers, Aadhaar written with colons. Bounded-length patterns: the scan is
# linear.
_STATE_CODES = (
    "AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|"
    "UA|UK|UP|WB"
)
_VS = r"[ \-.]?"
_STATE_SET = frozenset(_STATE_CODES.split("|"))
# Two plain patterns, the word-boundary tests made on the match: as one alternation with a look-behind
# the regex module tried every branch at every position (4x the CPU on clean Hindi text).
_VEHICLE_RE = regex.compile(rf"[A-Z]{{2}}{_VS}\p{{Nd}}{{1,2}}{_VS}[A-Z]{{1,3}}{_VS}\p{{Nd}}{{4}}")
_DIGIT_ID_RE = regex.compile(
    r"\p{Nd}{2}(?:"
    r"(?P<gstin>[A-Za-z]{5}\p{Nd}{4}[A-Za-z][\p{Nd}A-Za-z][Zz][\p{Nd}A-Za-z])"
    rf"|(?P<bh>{_VS}BH{_VS}\p{{Nd}}{{4}}{_VS}[A-Z]{{1,2}})"
    r"|(?P<colon>\p{Nd}{2}:\p{Nd}{4}:\p{Nd}{4})"
    r")"
)
_ID_EDGE = regex.compile(r"[\p{Latin}\p{Nd}_:]")
_BH_YEAR_MIN = 21  # the BH series began in 2021


def _alone(text: str, start: int, end: int) -> bool:
    return (start == 0 or _ID_EDGE.match(text, start - 1) is None) and _ID_EDGE.match(text, end) is None


def find_ids(text: str, enabled: frozenset[str]) -> Iterator[Hit]:
    if "VEHICLE" in enabled:
        for m in _VEHICLE_RE.finditer(text):
            start, end = m.span()
            if text[start : start + 2] in _STATE_SET and _alone(text, start, end):
                yield (PRIO_ALNUM, start, end, "VEHICLE")
    for m in _DIGIT_ID_RE.finditer(text):
        start, end = m.span()
        if not _alone(text, start, end):
            continue
        kind = m.lastgroup
        if kind == "gstin":
            tok = _one_case(m.group())
            if "GSTIN" in enabled and tok is not None and gstin_valid(tok):
                yield (PRIO_ALNUM, start, end, "GSTIN")
        elif kind == "bh":
            if "VEHICLE" in enabled and int(to_ascii_digits(m.group()[:2])) >= _BH_YEAR_MIN:
                yield (PRIO_ALNUM, start, end, "VEHICLE")
        elif "AADHAAR" in enabled and aadhaar_valid(to_ascii_digits(m.group()).replace(":", "")):
            yield (PRIO_NUMBER, start, end, "AADHAAR")


# ---------------------------------------------------------------------------------------------------
# UPI ids: a local part and one of the handles the payment apps and banks issue (NPCI's list of PSP
# handles, the common ones). A closed list: "x@y" with any y is a social-media handle or a host name.
_UPI_HANDLES = (
    "ybl|ibl|axl|paytm|ptyes|ptaxis|pthdfc|ptsbi|okaxis|okhdfcbank|okicici|oksbi|upi|apl|yapl|rapl|abfspay|"
    "axisbank|axisb|icici|sbi|hdfcbank|kotak|kmbl|ikwik|freecharge|airtel|airtelpaymentsbank|jio|jiopay|"
    "indus|idfcbank|idfcfirst|idfc|federal|fbl|barodampay|pnb|boi|cnrb|aubank|yesbank|yesbankltd|yespay|"
    "waaxis|wahdfcbank|waicici|wasbi|naviaxis|timecosmos|slc|postbank|ippb|dbs|citi|citigold|hsbc|sc|uco|"
    "unionbank|unionbankofindia|ubi|mahb|cbin|centralbank|cboi|kbl|kvb|lvb|rbl|dlb|tjsb|equitas|ujjivan|"
    "fino|nsdl|indianbank|allbank|idbi|iob|psb|scb|pingpay|ezeepay|dcb|csbpay|esaf|jkb|kaypay|mairtel|"
    "myicici|obc|andb|vijb|syndicate|utbi|dnsbank|hdfcbankjd|pockets|amazonpay|apay|tapicici|superyes|"
    "goaxb|gpay|okbizaxis|paytmpayments|pty|fam|juspay|niyoicici|sib|tmb|cub|karurvysyabank|"
    "bandhan|axisgo|purz|ratn|zoicici"
)
_UPI_RE = regex.compile(
    rf"@(?:{_UPI_HANDLES})(?![\p{{L}}\p{{M}}\p{{Nd}}_@\-]|\.[\p{{L}}\p{{Nd}}])", regex.IGNORECASE
)
_UPI_LOCAL_RE = regex.compile(r"[A-Za-z0-9\p{Nd}](?:[A-Za-z0-9\p{Nd}._\-]*[A-Za-z0-9\p{Nd}_])?$")
_UPI_LOCAL_CHARS = regex.compile(r"[A-Za-z0-9\p{Nd}._\-@]")
_UPI_LOCAL_MAX = 64


def find_upi(text: str) -> Iterator[Hit]:
    if "@" not in text:
        return
    last_end = 0
    for at in _UPI_RE.finditer(text):
        lo = max(last_end, at.start() - _UPI_LOCAL_MAX)
        local = _UPI_LOCAL_RE.search(text, lo, at.start())
        if local is None:
            continue
        if local.start() > 0 and _UPI_LOCAL_CHARS.match(text, local.start() - 1) is not None:
            continue  # longer than a UPI id, or glued to another address
        last_end = at.end()
        yield (PRIO_UPI, local.start(), at.end(), "UPI")


# ---------------------------------------------------------------------------------------------------
# IPv6
_IPV6_RE = regex.compile(
    r"(?<![0-9A-Za-z_:.])"
    r"(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]{1,4})?"
    r"(?!\.?[0-9A-Za-z_:])"  # "::ffff:192.168.1": a "." and more digits is no end of an address
)


def find_ipv6(text: str, *, private_ips: bool = False) -> Iterator[Hit]:
    if text.count(":") < 2:
        return
    for m in _IPV6_RE.finditer(text):
        s = m.group()
        if not any(c.isdigit() for c in s) or not ipv6_valid(s):
            continue
        if not private_ips and ip_private(s):
            continue
        parts = [p for p in s.split(":") if p]
        if len(parts) >= 3 or any(len(p) >= 3 for p in parts):
            yield (PRIO_IPV6, m.start(), m.end(), "IP")


# ---------------------------------------------------------------------------------------------------
# E-mail (also IDN and the "[at]" / "(dot)" obfuscations)
_AT_OBF = rf"{_SP}?[\[({{]{_SP}?(?:at|@|एट){_SP}?[\])}}]{_SP}?"
_DOT_OBF = rf"{_SP}?[\[({{]{_SP}?(?:dot|\.|डॉट){_SP}?[\])}}]{_SP}?"
# "john at gmail.com": a bare "at" only before a mail provider's domain ("visit us at example.com" is
# an address of a site, not of a person).
_MAIL_PROVIDERS = (
    "gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|rediffmail|rediff|icloud|me|aol|"
    "protonmail|proton|zoho|zohomail|gmx|mail|yandex|indiatimes|sify|vsnl|bsnl|nic|gov"
)
_AT_WORD = rf"{_SP}at{_SP}(?=(?:{_MAIL_PROVIDERS})(?:\.|{_DOT_OBF})[A-Za-z])"
_AT_RE = regex.compile(rf"@|{_AT_OBF}|{_AT_WORD}", regex.IGNORECASE)
# Is there any written-out "at"? The same answer as searching _AT_OBF or _AT_WORD, but each alternative
# starts at a bracket or the letters themselves (optional spaces first made every position a start:
# 0.08 -> 0.03 CPU-s on 6 MB of clean Hindi).
_OBF_QUICK = regex.compile(
    rf"[\[({{]{_SP}?(?:at|@|एट){_SP}?[\])}}]|(?<={_SP})at{_SP}(?=(?:{_MAIL_PROVIDERS})(?:\.|{_DOT_OBF})[A-Za-z])",
    regex.IGNORECASE,
)
# A necessary condition of _OBF_QUICK, searched in the case-folded text by the standard library's re with
# literal-first patterns (the regex module tried _OBF_QUICK's lookbehind alternative at every position:
# 0.29 -> 0.15 ms per English wcxb page): its two alternatives with the trailing look-ahead cut to what a
# dot follows ("." or the bracket opening a written-out dot). Under IGNORECASE the literal letters of
# _OBF_QUICK match only their ASCII cases and K (U+212A), ſ (U+017F), İ (U+0130); casefold() maps the first
# two to k and s, and a text with İ is searched by _OBF_QUICK itself (tests/unit/pii/test_obfuscation_gate.py).
_SP_RE = "[ \u00a0\u2009\u202f]"
_OBF_GATE_BRACKET = re.compile(rf"[\[({{]{_SP_RE}?(?:at|@|एट){_SP_RE}?[\])}}]")
_OBF_GATE_WORD = re.compile(rf"at{_SP_RE}(?:{_MAIL_PROVIDERS})(?:\.|{_SP_RE}?[\[({{])")


#: brackets tried one by one by :func:`_bracket_at` before it scans the rest of a text (a text of many brackets,
#: code or a table of figures, is scanned: the tries cost ~0.3 us each, the scan ~3 ns a character)
_BRACKET_TRIES = 64


def _bracket_at(low: str) -> bool:
    """``_OBF_GATE_BRACKET.search(low) is not None``: every match starts at a bracket, so the pattern is tried at
    the brackets ``str.find`` finds (a page holds a few dozen), not at every position (0.030 -> 0.006 ms per
    English wcxb page, 0.028 -> 0.005 per news document of prabhatkhabar-jagran)."""
    tries = 0
    for bracket in "[({":
        i = low.find(bracket)
        while i >= 0:
            tries += 1
            if tries > _BRACKET_TRIES:
                return _OBF_GATE_BRACKET.search(low) is not None
            if _OBF_GATE_BRACKET.match(low, i) is not None:
                return True
            i = low.find(bracket, i + 1)
    return False


def maybe_obfuscated(text: str) -> bool:
    """``_OBF_QUICK.search(text) is not None`` (a written-out "at" of an e-mail address), cheaper."""
    if "\u0130" not in text:
        low = text.casefold()
        if not _bracket_at(low) and _OBF_GATE_WORD.search(low) is None:
            return False
    return _OBF_QUICK.search(text) is not None


_LOCAL_TAIL_RE = regex.compile(r"[\p{L}\p{M}\p{Nd}_%+\-]+(?:\.[\p{L}\p{M}\p{Nd}_%+\-]+)*$")
_LABEL = r"[\p{L}\p{M}\p{Nd}](?:[\p{L}\p{M}\p{Nd}\-]{0,61}[\p{L}\p{M}\p{Nd}])?"
_DOMAIN_RE = regex.compile(
    rf"(?:{_LABEL}(?:\.|{_DOT_OBF}))+"
    r"(?:[A-Za-z]{2,24}(?![A-Za-z0-9\-])|xn--[A-Za-z0-9\-]{2,59}|\p{L}[\p{L}\p{M}]{1,23})",
    regex.IGNORECASE,
)
_LOCAL_MAX = 64
# "email@123.123.123.123", "email@[49.36.120.7]": an address at an IP literal (RFC 5321); in any digits, as
# the IP alone is found in any digits (else "email@१२३.१२३.१२३.१२३" became "email@<IP>")
_IP_DOMAIN_RE = regex.compile(
    r"(\[?)(\p{Nd}{1,3})\.(\p{Nd}{1,3})\.(\p{Nd}{1,3})\.(\p{Nd}{1,3})(\]?)(?!\p{Nd}|\.\p{Nd})"
)


def _at_spans(text: str, obfuscated: bool) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is a plain "@") of each match of ``_AT_RE.finditer(text)``. Every match of its written-out
    alternatives holds a match of ``_OBF_QUICK``: in a text without one (``obfuscated`` False) the matches are
    the "@" signs, found by ``str.find`` (``_AT_RE`` tries its optional spaces at every position: 0.39 ms per
    English wcxb page with an "@")."""
    if obfuscated:
        for at in _AT_RE.finditer(text):
            yield at.start(), at.end(), at.group() == "@"
        return
    i = text.find("@")
    while i >= 0:
        yield i, i + 1, True
        i = text.find("@", i + 1)


def find_emails(text: str) -> Iterator[Hit]:
    obfuscated = maybe_obfuscated(text)
    if "@" not in text and not obfuscated:
        return
    last_end = 0
    for at_start, at_end, plain in _at_spans(text, obfuscated):
        if at_start < last_end:
            continue
        lo = max(last_end, at_start - _LOCAL_MAX)
        local = _LOCAL_TAIL_RE.search(text, lo, at_start)
        if local is None or text.endswith("://", 0, local.start()):
            continue  # "ftp://user@host": URL user info, not an address
        dom = _DOMAIN_RE.match(text, at_end)
        if dom is None:
            ipd = _IP_DOMAIN_RE.match(text, at_end) if plain else None
            if (
                ipd is None
                or bool(ipd.group(1)) != bool(ipd.group(6))
                or not ipv4_valid([to_ascii_digits(g) for g in ipd.group(2, 3, 4, 5)])
            ):
                continue
            dom = ipd
        last_end = dom.end()
        yield (PRIO_EMAIL, local.start(), dom.end(), "EMAIL")


# ---------------------------------------------------------------------------------------------------
# URLs carrying credentials or tokens (the whole URL is replaced)
_URL_RE = regex.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9+.\-]{1,15}://|www\.)[^\s<>\"'`{}|\\^]+",
    regex.IGNORECASE,
)
_URL_TRAIL = ".,;:!?'\")]}।॥"
_SECRET_PARAM_RE = regex.compile(
    r"[?&#;](?:[A-Za-z0-9_.\-]*[_.\-])?"
    r"(?:access_?token|refresh_?token|id_?token|auth_?token|token|api_?key|apikey|secret|client_?secret|"
    r"password|passwd|pwd|pass|passcode|auth|authorization|credentials?|signature|sig|"
    r"session_?id|sessionid|jsessionid|phpsessid|sid|otp|private_?key|x-amz-signature|x-amz-credential|"
    r"x-amz-security-token|awsaccesskeyid)=[^&#\s]+",
    regex.IGNORECASE,
)
_WEAK_PARAM_RE = regex.compile(
    r"[?&#;](?:code|key|hash|session|state)=[A-Za-z0-9_\-.%]{16,}", regex.IGNORECASE
)
_TOKEN_RE = regex.compile(
    r"gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abprs]-[A-Za-z0-9\-]{10,}|"
    r"AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_\-]{35}|sk_(?:live|test)_[0-9A-Za-z]{16,}|"
    r"eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}|"
    r"/bot[0-9]{6,}:[A-Za-z0-9_\-]{30,}|hooks\.slack\.com/services/|discord(?:app)?\.com/api/webhooks/"
)
_USERINFO_RE = regex.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://([^/?#@\s]*)@")


def _url_has_secret(url: str) -> bool:
    ui = _USERINFO_RE.match(url)
    if ui is not None:
        info = ui.group(1)
        if ":" in info or len(info) >= 20:  # user:password, or a bare token used as user name
            return True
    return (
        _SECRET_PARAM_RE.search(url) is not None
        or _WEAK_PARAM_RE.search(url) is not None
        or _TOKEN_RE.search(url) is not None
    )


#: most characters of a scheme before its "://" in ``_URL_RE`` (a letter and 1-15 more)
_SCHEME_MAX = 16


def _url_starts(text: str) -> list[int]:
    """Every position where a match of ``_URL_RE`` can start, in order (a superset): 2-16 characters before
    a "://" (no scheme character is a colon, so the scheme ends at the first one), or at a "www." in any case
    (under IGNORECASE only "w" and "W" match a "w": tests/unit/perf_equivalence/test_pii_chrome_fast_paths.py),
    found as a "w." or "W." after two more of them."""
    starts: set[int] = set()
    i = text.find("://")
    while i >= 0:
        starts.update(range(max(0, i - _SCHEME_MAX), i - 1))
        i = text.find("://", i + 3)
    for dot in ("w.", "W."):
        i = text.find(dot, 2)
        while i >= 0:
            if text[i - 2] in "wW" and text[i - 1] in "wW":
                starts.add(i - 2)
            i = text.find(dot, i + 2)
    return sorted(starts)


def _url_matches(text: str) -> Iterator[regex.Match[str]]:
    """``_URL_RE.finditer(text)``, tried only where a match can start (:func:`_url_starts`): the leftmost
    match from each position on, as finditer finds it (the pattern's look-behind and scheme tried at every
    position took 0.18 ms per English wcxb page, ~0.1 µs a character, where a URL is)."""
    return _matches_at(_URL_RE, text, _url_starts(text))


def find_url_secrets(text: str) -> Iterator[Hit]:
    # no separate gate: _url_starts' three str.find scans are it (a gate of "://", "www." and "WWW." let a URL
    # written "Www." or "wWw." through unredacted, which the case-blind pattern matches)
    for m in _url_matches(text):
        url = m.group().rstrip(_URL_TRAIL)
        if _url_has_secret(url):
            yield (PRIO_URL, m.start(), m.start() + len(url), "URL_SECRET")
