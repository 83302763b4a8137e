"""Per-line legacy-font detector (private): decode with every font, then check the result.

A legacy line is Latin/ASCII (+ Windows-1252 high bytes) whose *decoding* under some font is
well-formed Hindi: every word a valid sequence of aksharas, and a good share of the words
common Hindi words. English, romanized Hindi, German … decode to Devanagari too (every font maps
almost every ASCII key), but to strings that break akshara rules (a vowel sign after an
independent vowel, a half consonant before a space, leftover Latin) and that are not words.

Evidence used, per candidate font:

* ``valid``  share of words whose decoding is a well-formed akshara sequence of Devanagari;
* ``known``  share of words found in a 5,000-word Hindi frequency list (``data/hi_words.txt``);
* ``shape``  share of *source* tokens that do not look like natural Latin words
  (``[A-Z]?[a-z]+`` or all-caps): legacy text has capitals mid-word and ``; ' [ ] { } = /``
  used as letters, English and romanized Hindi almost never do.

Short lines (1–3 words) are ambiguous — "in" decodes to पद and "he" to हम under KrutiDev — so they
need every word valid *and* known *and* legacy-shaped. The thresholds below were tuned on
development sets (Leipzig/Tatoeba English, Hinglish train, Dakshina Wikipedia encoded to
KrutiDev, the CLTK Shusha originals) that the benchmark does not score false positives on;
the benchmark (``benchmarks/bench_legacy_fonts.py``) reports FLORES/Dakshina dev.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TypeVar

import regex

from shuddh.text.legacy._engine import FONT_FILES, load_font

# Any letter of an Indic script block (Devanagari … Malayalam, plus Gurmukhi etc.):
# a line holding one is Unicode Indic text, not legacy bytes.
# (explicit code point classes are compiled by the standard library's re, which matches them exactly
# as the regex module does and scans for them several times faster)
INDIC_LETTER = re.compile(r"[\u0900-\u0DFF]")
# Latin letters, Latin-1/cp1252 high characters, and the cp1252 punctuation block that
# Chanakya/APS/Walkman use as glyph codes.
LEGACY_CHAR_CLASS = (r"[A-Za-z\u00a1-\u024f\u02c6-\u02dc\u2013-\u203a\u2122\u0192\u0152"
                     r"\u0153\u0160\u0161\u0178\u017d\u017e]")
_LEGACY_CHAR = re.compile(LEGACY_CHAR_CLASS)
# The e-mail branch takes the first "@" after the first character, possessively, and checks the rest is
# all non-space before looking for its dot: the same strings as ``^\S+@\S+\.\S+$`` (some "@" at index
# >= 1 with a dot two or more characters after it and one before the end), without retrying the search
# for the dot from every "@" of the token ("a@a@a@…": quadratic, 11 s for 64,000 characters).
_URLISH = regex.compile(r"(?i)^(?:[a-z][a-z0-9+.-]*://|www\.)\S+$|^\S[^\s@]*+@(?=\S*+$)\S+\.\S|^[@#]\w+$")
# "site.com", "page.html/x": ``^\S+\.(?:com|…)(?:/\S*)?$``, tested as a non-space token plus one anchored
# look at what follows each of its dots (:func:`_is_site`). As a single pattern the regex module rescanned
# the token from every dot: quadratic ("a1.1.1.…": 0.5 s for 80,000 characters).
_NON_SPACE = regex.compile(r"^\S+$")
_SITE_TAIL = regex.compile(r"(?i)(?:com|org|net|in|gov|edu|html?|php)(?:/|$)")
_NATURAL_BODY = (r"[\"'(\[]*(?:[A-Z]?[a-z]+|[A-Z]+|[A-Z][a-z]+(?:-[A-Za-z]+)+"
                         r"|[a-z]+(?:-[a-z]+)+|[A-Za-z]+'[a-z]{1,2}"
                         # numbers with unit/ordinal suffixes and codes: 90s, 5th, 10km, COVID-19; the
                         # units of product specs too (40in, 23g, 2.4GHz, 4000mAh, 16GB): the lines
                         # "Dimension: 40in x 15in x 6in" and "23g" of wcxb pages decoded as KrutiDev (33 lines
                         # of the 1,497 pages were; 6 after this rule and the next, none of them legacy)
                         r"|\d+(?:s|st|nd|rd|th|am|pm|k|m|kg|km|cm|mm)|[A-Z]+-?\d+"
                         r"|\d+(?:[.,]\d+)?(?:in|ft|yd|g|mg|lbs?|oz|ml|l|ltr|[kmgt]b|[kmg]?hz|k?w|v|mah|px|p|x"
                         r"|hrs?|mins?|sec|ms|yrs?|mph|kmh|[KMGT]B|[kMG]?Hz|kW|W|V|mAh|MP|K|L|ML|gr)"
                         # prices and magnitudes: $125/hr, ~25M, £1.5bn
                         r"|[$€£¥₹~≈]?\d+(?:[.,]\d+)*(?:[KMBT]|bn|/[a-z]{1,4}))"
                         r"[\"')\].,!?:;]*")
_NATURAL = regex.compile(rf"^{_NATURAL_BODY}$")
# A line whose every whitespace token is natural-looking or holds no legacy glyph code: its candidate
# tokens (:func:`candidate_tokens`) all look natural (a protected one left out changes nothing), so its
# shape score is 0 (or it has no candidate), and :func:`best_font` returns at once. One scan in ``re``
# instead of a Python call per token (17,518 of the ~21,500 Latin lines of 200 English wcxb pages end
# there): ``re``'s ``\s`` is ``str.isspace`` (what ``str.split`` cuts at: checked over every code point in
# tests/unit/text/test_legacy_fast_paths.py, with the line test against the per-token one); digits are
# ASCII here (``re`` and the regex module disagree on a few new Unicode digits: a line with other digits
# only takes the per-token path). Each token is matched in an atomic group (Python >= 3.11), so a line that
# fails is not re-parsed (a token like "5K" fits two branches: backtracking would be exponential).
_ASCII_NATURAL_BODY = _NATURAL_BODY.replace(r"\d", "[0-9]")
#: :data:`_NATURAL` for an ASCII token, compiled by ``re`` (there ``\d`` is ``[0-9]`` in both engines, the rest
#: is explicit characters, and both find the same matches: tests/unit/perf_equivalence/test_legacy_gates.py);
#: the regex module's call costs several times re's, once per new token of every decoded-or-tested line
_NATURAL_ASCII = re.compile(rf"^{_ASCII_NATURAL_BODY}$")
#: one whitespace token (after the whitespace before it) that looks natural or holds no legacy glyph code
_NATURAL_TOKEN = rf"\s*+(?>(?:{_ASCII_NATURAL_BODY}|[^\s{LEGACY_CHAR_CLASS[1:-1]}]++)(?=\s|\Z))"
_ALL_NATURAL = re.compile(rf"(?:{_NATURAL_TOKEN})*+\s*+\Z")
#: The tokens of a text that :data:`_ALL_NATURAL` does not take (group 1; -1 at the end of the text), each
#: after the run of natural ones before it: one ``finditer`` over a whole document finds them, in C. A line
#: holds none of them exactly when ``_ALL_NATURAL`` matches it (tokens never cross a line: every line
#: boundary of ``str.splitlines`` is whitespace to ``re``), and every token :func:`_token_kind` calls
#: legacy-shaped (2) is one of them. Possessive and atomic throughout: each token is tried once. A token of one
#: letter, then lower-case letters, then closing punctuation (most tokens of English text) is tried first by that
#: shape alone: such a token is natural ("[A-Z]?[a-z]+" or "[A-Z]+", then closing punctuation); then a token with
#: no glyph code (numbers, symbols), before the whole natural body; every branch takes a whole token or nothing,
#: so the tokens taken are the same as with the body alone, at ~15 % less cost (and 12 % less again since the
#: fast shape takes any closing punctuation, not only "," or ".", and the no-glyph-code branch comes before the
#: body: 0.190 -> 0.166 ms per wcxb page; tests/unit/perf_equivalence/test_legacy_normalize_scans.py keeps the
#: former pattern). Each natural token takes the whitespace after it (or ends the text) instead of looking ahead
#: at it and leaving it to the next token's "\s*+": one step less per token, the same matches (0.177 -> 0.158 ms
#: per wcxb page; tests/unit/perf_equivalence/test_legacy_odd_token_16.py keeps the look-ahead form)
_ODD_TOKEN = re.compile(rf"\s*+(?:[A-Za-z][a-z]*+[\"')\].,!?:;]*+\s++|[^\s{LEGACY_CHAR_CLASS[1:-1]}]++(?:\s++|\Z)"
                        rf"|(?>(?:{_ASCII_NATURAL_BODY})(?:\s++|\Z)))*+(\S++)?")
_HAS_LETTER = regex.compile(r"[\p{L}]")
_LETTER_OR_MARK = regex.compile(r"[\p{L}\p{M}]")
_LAST_LETTER_OR_MARK = regex.compile(r"(?r)[\p{L}\p{M}]")  # searched from the end


def _core(tok: str) -> str:
    """``tok`` from its first to its last letter or mark ("" without one): the edges stripped.

    Two searches, one from each end. (Substituting a pattern for the trailing non-letters tried it
    from every position of a long non-letter stretch inside the token: quadratic.)"""
    first = _LETTER_OR_MARK.search(tok)
    if first is None:
        return ""
    last = _LAST_LETTER_OR_MARK.search(tok)
    assert last is not None
    return tok[first.start() : last.end()]


# One word of well-formed Devanagari: syllables of (C nukta? virama)* C nukta? (virama|matras)?
# plus candrabindu/anusvara/visarga, or an independent vowel with its modifiers. ZWJ/ZWNJ allowed
# after a virama.
_C = r"[\u0915-\u0939\u0958-\u095f\u0978-\u097f]\u093c?"
_V = r"[\u0904-\u0914\u0960\u0961\u0972-\u0977]"
_M = r"[\u093a\u093b\u093e-\u094c\u094e\u094f\u0955-\u0957\u0962\u0963]"
_B = r"[\u0900-\u0903]"
# Every quantifier is possessive: no piece can start with what ends the one before it (a syllable
# never starts with a virama, sign or joiner), so giving characters back never lets a word match, and
# the backtracking quantifiers made a rejected long "word" ("व्व्व्…", Chanakya's decoding of a run
# of "Ã") cost time quadratic in its length. (tests/unit/perf_equivalence/test_linear_rewrites.py
# compares it with the backtracking form.)
_SYL = (rf"(?:(?:{_C}\u094d[\u200c\u200d]?+)*+{_C}{_M}?+{_B}{{0,2}}+"
        rf"|{_V}{_B}{{0,2}}+|\u093d|\u0950)")
# A dead consonant (C + virama) ends a word (Sanskrit जगत्, Shusha poetry), never precedes an
# independent vowel: "म्एरा" is romanized "mera" read as Shusha. One vowel sign per syllable.
# Compiled by the standard library's re (explicit code point classes, possessive quantifiers: Python >= 3.11),
# which matches exactly as the regex module does at a third of its cost per call: it is tried on the core of each
# new token of every decoding (32,209 in one pass over the wcxb pages: 0.034 -> 0.011 ms per page; the whole
# repair_legacy_text 0.707 -> 0.673; tests/unit/perf_equivalence/test_legacy_cost_round_19.py keeps the
# regex-module form)
_VALID_WORD = re.compile(rf"^(?=.)(?:{_SYL})*+(?:(?:{_C}\u094d)++[\u200c\u200d]?)?$")

# Thresholds (see module docstring for how they were tuned).
#: Minimum share of decoded words that are well-formed Devanagari.
MIN_VALID = 0.75
#: Minimum share of decoded words found in the Hindi word list (lines of >= 4 words).
MIN_KNOWN = 0.40
#: Minimum share of source tokens that are not natural-looking Latin words (lines of >= 4 words).
#: Even Shusha, mostly lowercase ASCII, has capitals mid-word (``kI`` की, ``maoM`` में) in most
#: lines; romanized Hindi decoded as Shusha reaches known >= 0.4 only with shape < 0.2.
MIN_SHAPE = 0.20
#: Lines with at most this many words need every word valid, known and legacy-shaped.
SHORT_LINE = 3


@dataclass(frozen=True, slots=True)
class FontScore:
    font: str
    words: int
    valid: float
    known: float
    shape: float


@cache
def hindi_words() -> frozenset[str]:
    ref = resources.files("shuddh.text.legacy").joinpath("data").joinpath("hi_words.txt")
    # Drop lone half letters (स् व् न् क्, from abbreviations in the source corpora): as
    # evidence they let "US$" pass as Chanakya and "1800's" as Shusha.
    return frozenset(w for w in ref.read_text(encoding="utf-8").split()
                     if w and not (len(w) == 2 and w.endswith("\u094d")))


def _is_site(token: str) -> bool:
    if _NON_SPACE.match(token) is None:
        return False
    i = token.find(".", 1)
    while i != -1:
        if _SITE_TAIL.match(token, i + 1) is not None:
            return True
        i = token.find(".", i + 1)
    return False


def is_protected_token(token: str) -> bool:
    """URLs, e-mail addresses, @handles and #tags are never legacy text."""
    if "." not in token and "@" not in token and ":" not in token and token[:1] != "#":
        # every protected shape needs one of these: "scheme://" a ":", "www." and "site.com" a ".",
        # an e-mail or @handle an "@", a #tag its leading "#" (most tokens of a line: no search)
        return False
    return _URLISH.match(token) is not None or _is_site(token)


def candidate_tokens(line: str) -> list[str]:
    """Whitespace tokens of ``line`` that could be legacy text (not URLs, with a glyph code)."""
    return [t for t in line.split() if not is_protected_token(t) and _LEGACY_CHAR.search(t)]


#: kind of a whitespace token (:func:`_token_kind`), per token; bounded, emptied when full
_TOKEN_KINDS: dict[str, int] = {}


def _token_kind(tok: str) -> int:
    """0: not a candidate token (:func:`candidate_tokens`); 1: a natural-looking one; 2: a legacy-shaped one
    (counted by :func:`shape_score`)."""
    if is_protected_token(tok) or not _LEGACY_CHAR.search(tok):
        return 0
    return 1 if (_NATURAL_ASCII if tok.isascii() else _NATURAL).match(tok) else 2


def shape_score(tokens: list[str]) -> float:
    """Share of tokens that do *not* look like a natural Latin-script word."""
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if not _NATURAL.match(t)) / len(tokens)


#: (words, valid, known) counts of a decoded token, per token: English lines decode to the same tokens
#: page after page (a pure function of the token; bounded, emptied when full)
_TOKEN_COUNTS: dict[str, tuple[int, int, int]] = {}
#: entries of each per-token memo (both together ~6.5 MB when full: short strings, the four count tuples
#: shared; 16,384 saved 4 MB and cost 0.6 ms per page on 400 wcxb pages)
_TOKEN_MEMO = 32768
_NOTHING, _WORD, _VALID, _KNOWN = (0, 0, 0), (1, 0, 0), (1, 1, 0), (1, 1, 1)


_Memo = TypeVar("_Memo")


def _remember(memo: dict[str, _Memo], tok: str, value: _Memo) -> _Memo:
    """Store ``value`` for ``tok`` in one of the per-token memos (emptied when full: bounded) and return it.
    Called on a miss only: a hit stays one inline ``dict.get`` in the callers' loops."""
    if len(memo) >= _TOKEN_MEMO:
        memo.clear()
    memo[tok] = value
    return value


def _token_counts(tok: str) -> tuple[int, int, int]:
    """What one whitespace token of a decoding adds to a :class:`FontScore`'s words, valid and known
    (known in the Hindi list only; a document's own words are checked by the caller)."""
    core = _core(tok)
    if not core:
        # a token that decodes to letters plus junk: counts, not valid
        return _WORD if _HAS_LETTER.search(tok) else _NOTHING
    if not _VALID_WORD.match(core):
        return _WORD
    # A one-character core is no evidence: "13C" decodes to 13छ under Shusha and छ is
    # in the list (letters are quoted in running text), "US$" to a letter in Chanakya.
    return _KNOWN if len(core) > 1 and core in hindi_words() else _VALID


def score_font(font: str, text: str, shape: float,
               extra_words: frozenset[str] = frozenset()) -> FontScore:
    """Score the decoding of ``text`` under ``font``; ``extra_words`` also count as known."""
    decoded = load_font(font).convert(text)
    words = valid = known = 0
    memo = _TOKEN_COUNTS
    for tok in decoded.split():
        counts = memo.get(tok)
        if counts is None:
            counts = _remember(memo, tok, _token_counts(tok))
        w, v, k = counts
        words += w
        valid += v
        if k:
            known += 1
        elif v and extra_words:
            core = _core(tok)
            if len(core) > 1 and core in extra_words:
                known += 1
    if not words:
        return FontScore(font, 0, 0.0, 0.0, shape)
    return FontScore(font, words, valid / words, known / words, shape)


def accept(s: FontScore) -> bool:
    """Decision rule for one font's score."""
    if s.words == 0:
        return False
    if s.words <= SHORT_LINE:
        return s.valid == 1.0 and s.known == 1.0 and s.shape == 1.0
    if s.valid < MIN_VALID:
        return False
    return s.known >= MIN_KNOWN and s.shape >= MIN_SHAPE


def accept_in_context(s: FontScore) -> bool:
    """Decision rule for a line of a document whose other lines are legacy in ``s.font``.

    Every decoded word must be well-formed Devanagari, and the line must carry positive
    evidence of both kinds, at a lower bar than :func:`accept`: at least one word known (Hindi
    list or a word decoded from the document's own detected lines) and at least one token
    legacy-shaped. Validity alone is not enough: under Shusha, lowercase English such as
    "Chapter" decodes to a well-formed string.
    """
    return s.words > 0 and s.valid == 1.0 and s.known > 0.0 and s.shape > 0.0


def decoded_words(font: str, text: str) -> set[str]:
    """Well-formed Devanagari words of ``text`` decoded under ``font``."""
    out: set[str] = set()
    for tok in load_font(font).convert(text).split():
        core = _core(tok)
        if core and _VALID_WORD.match(core):
            out.add(core)
    return out


def confidence(s: FontScore) -> float:
    """A 0..1 score: mean of validity and known-word share, damped for very short lines."""
    base = 0.5 * s.valid + 0.5 * min(1.0, s.known / 0.7)
    damp = min(1.0, 0.55 + 0.15 * s.words)
    return round(max(0.0, min(1.0, base * damp)), 4)


#: per token, a bit per font (FONT_FILES order) set when the token holds one of the font's inert letters
_TOKEN_INERT: dict[str, int] = {}


@cache
def _inert_sets() -> tuple[frozenset[str], ...]:
    return tuple(load_font(font).inert for font in FONT_FILES)


def _inert_counts(tokens: list[str]) -> list[int]:
    """Per font (FONT_FILES order), how many of ``tokens`` hold a letter the font never touches
    (``FontProgram.inert``)."""
    memo = _TOKEN_INERT
    sets = _inert_sets()
    counts = [0] * len(sets)
    for tok in tokens:
        mask = memo.get(tok)
        if mask is None:
            chars = set(tok)
            mask = _remember(memo, tok, sum(1 << j for j, inert in enumerate(sets) if not inert.isdisjoint(chars)))
        j = 0
        while mask:
            counts[j] += mask & 1
            mask >>= 1
            j += 1
    return counts


def best_font(line: str, *, verdict_only: bool = False, min_shape: float = MIN_SHAPE,
              min_tokens: int = 1) -> tuple[FontScore | None, FontScore | None]:
    """Score ``line`` under every font; return (best accepted score, best score overall).

    ``verdict_only``: the caller needs only the first (the best score overall may then be None when
    no font can be accepted), so lines that no font can accept are not decoded. A caller's stricter bar:
    a line with a shape score under ``min_shape`` or fewer than ``min_tokens`` candidate tokens is not
    decoded, (None, None)."""
    if _ALL_NATURAL.match(line) is not None:
        return None, None  # no candidate token, or shape 0: see _ALL_NATURAL
    # candidate_tokens and shape_score in one pass, each token's kind remembered (web pages repeat theirs)
    memo = _TOKEN_KINDS
    tokens: list[str] = []
    odd = 0
    for tok in line.split():
        kind = memo.get(tok)
        if kind is None:
            kind = _remember(memo, tok, _token_kind(tok))
        if kind:
            tokens.append(tok)
            odd += kind - 1
    n = len(tokens)
    if not n or n < min_tokens:
        return None, None
    shape = odd / n  # shape_score(tokens)
    if shape < min_shape or shape < MIN_SHAPE:
        # No font can be accepted (``accept`` needs shape >= MIN_SHAPE, short lines 1.0):
        # skip decoding. This is the fast path for English and romanized prose.
        return None, None
    if verdict_only and shape < 1.0 and n <= SHORT_LINE:
        # A decoding has at most as many words as the text has tokens (no font program ever writes
        # whitespace: tests/unit/text/test_legacy_fast_paths.py), so every font scores <= SHORT_LINE
        # words, and ``accept`` then needs shape == 1.0. Short Latin lines of web pages ("Share on X",
        # "© 2024 Acme, Inc.") end here instead of being decoded seven times.
        return None, None
    text = " ".join(tokens)
    best: FontScore | None = None
    best_ok: FontScore | None = None
    inert = _inert_counts(tokens) if verdict_only else None
    for j, font in enumerate(FONT_FILES):
        if inert is not None and 4 * inert[j] > n:
            # More than a quarter of the tokens hold a letter the font leaves as it is: each decodes to its
            # own word (the font deletes no whitespace, writes none) that is not valid, among at most n
            # words, so valid < MIN_VALID (or < 1.0 for a short line): ``accept`` is False, unseen.
            continue
        s = score_font(font, text, shape)
        key = (s.known, s.valid)
        if best is None or key > (best.known, best.valid):
            best = s
        if accept(s) and (best_ok is None or key > (best_ok.known, best_ok.valid)):
            best_ok = s
    return best_ok, best
