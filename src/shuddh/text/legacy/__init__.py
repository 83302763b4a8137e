"""Legacy-font detection and conversion (DESIGN.md, Indic rule 5).

Before Unicode, Hindi was typed in 8-bit fonts that put Devanagari glyphs on Latin code points,
so on the web it surfaces as Latin garbage: KrutiDev ``gSa`` is हैं, Shusha ``maoM`` is में.
This package finds such lines and converts them to Unicode Devanagari (NFC).

Public API::

    FONTS                      supported font ids
    detect_legacy(line)        -> LegacyDetection(font | None, confidence)
    convert_legacy(text, font) -> Unicode Devanagari (NFC)
    repair_legacy_text(text)   -> (text with legacy lines converted, lines converted)

Detection decodes the line with every font and checks that the result is well-formed Hindi
(valid akshara sequences, common words) and that the source looks unlike natural Latin words;
see ``_detect.py``. Conversion is table-driven: one JSON file per font in ``maps/`` (provenance
in ``maps/README.md``), run by ``_engine.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice

import regex

from shuddh.text.legacy._detect import (
    _ALL_NATURAL,
    _ODD_TOKEN,
    INDIC_LETTER,
    LEGACY_CHAR_CLASS,
    SHORT_LINE,
    accept_in_context,
    best_font,
    candidate_tokens,
    confidence,
    decoded_words,
    is_protected_token,
    score_font,
    shape_score,
)
from shuddh.text.legacy._engine import FONT_FILES, canonical_font, load_font

__all__ = [
    "FONTS",
    "LegacyDetection",
    "convert_legacy",
    "detect_legacy",
    "repair_legacy_text",
]

#: Font family ids this package converts. Aliases accepted by :func:`convert_legacy`:
#: ``devlys`` (= krutidev), ``walkman``/``ncert``, ``susha``, ``shreelipi``, ``priyanka``, ``akruti``.
FONTS: tuple[str, ...] = tuple(FONT_FILES)

# Bytes 0x80-0x9F read as Latin-1 give C1 controls; legacy fonts mean the Windows-1252 glyphs.
_C1_TO_CP1252 = {
    cp: bytes([cp]).decode("cp1252")
    for cp in range(0x80, 0xA0)
    if cp not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
# classes of explicit code points, compiled by the standard library's re: it matches them exactly as
# the regex module does, and scans for them several times faster (every line of a document is scanned)
_C1 = re.compile(r"[\x80-\x9f]")
#: an Indic letter (``INDIC_LETTER``) or a C1 control (``_C1``): a text with neither takes :func:`_repair_latin`,
#: told by one scan of it instead of one for each (an English page holds neither, so each read all of it: 0.03 ms
#: per wcxb page)
_INDIC_OR_C1 = re.compile(r"[\x80-\x9f\u0900-\u0DFF]")
_LEGACY_HINT = re.compile(r"[A-Za-z\u00a1-\u024f\u0152-\u0192\u02c6-\u02dc\u2013-\u2122\x80-\x9f]")
_WS_SPLIT = regex.compile(r"(\s+)")
#: The start of a whitespace token that begins with an ASCII letter and not with "www.". Such a token is a
#: candidate (it holds a glyph code, and is not protected: a token ``_ODD_TOKEN`` passes as natural has an
#: "@" nowhere, a "://" nowhere and after each "." only digits or closing punctuation, so no URL, e-mail,
#: @handle, #tag or "site.com" shape fits it but "www." with punctuation after it) and either one of the
#: line's ``_ODD_TOKEN`` tokens or natural (kind 1). So a line with k odd-scan tokens and m such starts has
#: at least m - k natural candidates beside at most k legacy-shaped ones: when 2k < m, shape < 1/2.
_LETTER_START = re.compile(r"(?<!\S)(?![Ww][Ww][Ww]\.)[A-Za-z]")
#: A legacy run inside a Unicode Hindi line must have at least this many words to be converted.
MIN_MIXED_RUN = 4
# A whitespace token as str.split() makes them (Python's whitespace is regex \s plus \x1c-\x1f)
# holding a legacy glyph code: matched from its first code to the token's end, so once per token.
_LEGACY_TOKEN = regex.compile(rf"{LEGACY_CHAR_CLASS}[^\s\x1c-\x1f]*")
#: distinct lines whose detection is remembered: web pages repeat their Latin boilerplate lines
#: ("Facebook Twitter WhatsApp Telegram" decodes under every font before it is rejected) on every
#: page; the lines that reach detection are short, so this costs well under a megabyte
_DETECT_MEMO = 4096
#: Document context: a font becomes the document's legacy font when at least this many of its
#: lines are detected on their own (one detection could be a fluke; the per-line false-detection
#: rate is 0 in 40k negative lines, so two independent ones are strong evidence) …
CONTEXT_MIN_LINES = 2
#: … and it holds at least this share of the document's detected lines (a page mixing two
#: legacy fonts gets no context: the benchmark's Shusha files reach 0.99+ for their font).
CONTEXT_MIN_SHARE = 0.9
#: The commonest function words of English and of the other big Latin-script languages of the web (French,
#: German, Spanish, Italian, Portuguese, Dutch, Indonesian), lower case and capitalised, counted as whitespace
#: tokens. Left out: those that are common tokens of legacy-font text ("us" is KrutiDev ने, "a" Shusha अ; also
#: "in", "can", "for", "i", "do", "de", "o", "e", "di", "para": 3,111 of the 3,167 hits of the longer lists in
#: 973k tokens of Shusha originals and FLORES/Dakshina encoded to KrutiDev/DevLys by hinlegacy; of the other 56,
#: the English ones sit in English titles quoted there, 11 are "le"/"la")
_FUNCTION_WORDS = tuple(w for word in (
    # English
    "the", "of", "and", "to", "is", "that", "it", "with", "as", "was", "on", "be", "by", "this", "are", "or",
    "from", "at", "an", "you", "your", "not", "have", "will", "we", "has", "which", "their", "more", "our",
    # French, German, Spanish, Italian, Portuguese, Dutch, Indonesian
    "la", "le", "les", "et", "des", "du", "une", "que", "qui", "pour", "dans", "sur", "der", "die", "das", "und",
    "nicht", "den", "von", "zu", "el", "los", "las", "por", "con", "una", "il", "che", "per", "não", "het",
    "een", "van", "yang", "dan", "untuk", "dengan", "ini", "itu", "dari",
) for w in (word, word.capitalize()))
_FUNCTION_WORD_SET = frozenset(_FUNCTION_WORDS)
#: the prose test reads this many characters of a document (its start: the test is a gate for cost)
_PROSE_SAMPLE = 16384
#: A document whose start holds at least this many of those function words, and this share of its whitespace
#: tokens, is Latin-script prose (1,421 of the 1,497 wcxb-dev pages: share median 0.23, 0.08 at the 5th
#: percentile; legacy-font documents: <= 0.016 in 2,101 Shusha files and in KrutiDev/DevLys blocks of 5-30
#: sentences). In it a Latin line is decoded on its own only when it is long and strongly legacy-shaped
#: (:data:`PROSE_DOC_MIN_SHAPE`, more than ``SHORT_LINE`` tokens): the others are the page's own words
#: (product names, prices, code, a user name) that cost seven decodings each and that no font should accept
#: but some did — on all 1,497 wcxb pages 6 lines were converted, every one wrongly ("Jump to navigationJump
#: to search" as Aakriti, "1 of 5 stars2 of 5 stars…", "nl6720", "Matière de la cuve"); now none. Those lines
#: stay candidates for the document's own legacy font (the context pass of :func:`repair_legacy_text`)
#: when its strong lines establish one.
PROSE_DOC_MIN_WORDS = 8
PROSE_DOC_MIN_SHARE = 0.08
#: shape score (share of tokens that do not look like a natural Latin word) a line of a prose document needs to
#: be decoded on its own: accepted legacy lines reach it in 77 % (Shusha) and 53 % (KrutiDev) of cases, the
#: lines of 400 wcxb pages that reached decoding in 17 %
PROSE_DOC_MIN_SHAPE = 0.5


@dataclass(frozen=True, slots=True)
class LegacyDetection:
    """Verdict for one line.

    ``font`` is the detected font id, or ``None`` when the line is not legacy text.
    ``confidence`` is the confidence in that verdict, 0..1: for a detection, how strongly the
    decoded text looks like Hindi; for ``None``, one minus the best legacy score (1.0 when the
    line was ruled out without decoding).
    """

    font: str | None
    confidence: float


_NOT_LEGACY = LegacyDetection(None, 1.0)


def _fix_c1(text: str) -> str:
    if not text.isascii() and _C1.search(text):  # (no scan of an ASCII text: str.isascii reads a flag)
        return text.translate(_C1_TO_CP1252)
    return text


@lru_cache(maxsize=_DETECT_MEMO)
def detect_legacy(line: str) -> LegacyDetection:
    """Detect whether one line is legacy-font text, and which font.

    Cheap for normal text: a line holding any Indic letter, or no Latin/high-byte character,
    returns at once without decoding; and a line seen recently is answered from memory (the verdict
    is a pure function of the line).
    """
    if INDIC_LETTER.search(line) or not _LEGACY_HINT.search(line):
        return _NOT_LEGACY
    ok, best = best_font(_fix_c1(line))
    if ok is not None:
        return LegacyDetection(ok.font, confidence(ok))
    if best is None:
        return _NOT_LEGACY
    return LegacyDetection(None, round(1.0 - confidence(best), 4))


def _line_font(line: str) -> str | None:
    """``detect_legacy(line).font``, without the confidence of a rejection (so without decoding the
    lines that no font can accept: ``best_font(verdict_only=True)``)."""
    if _has_indic(line) or not _LEGACY_HINT.search(line):
        return None
    return _latin_line_font(line)


@lru_cache(maxsize=_DETECT_MEMO)
def _latin_line_font(line: str, prose: bool = False) -> str | None:
    """:func:`_line_font` of a line known to hold a legacy hint and no Indic letter (repair_legacy_text has
    tested both: not again). ``prose``: the line is in a Latin-script prose document (:func:`_latin_prose`),
    where only a line of more than ``SHORT_LINE`` candidate tokens with a shape score of at least
    :data:`PROSE_DOC_MIN_SHAPE` is decoded on its own (None for the others)."""
    if prose:
        ok, _ = best_font(_fix_c1(line), verdict_only=True, min_shape=PROSE_DOC_MIN_SHAPE,
                          min_tokens=SHORT_LINE + 1)
    else:
        ok, _ = best_font(_fix_c1(line), verdict_only=True)
    return None if ok is None else ok.font


def _latin_prose(text: str) -> bool:
    """The start of ``text`` (:data:`_PROSE_SAMPLE` characters) is Latin-script prose by its function words:
    at least :data:`PROSE_DOC_MIN_WORDS` of them and :data:`PROSE_DOC_MIN_SHARE` of its whitespace tokens."""
    tokens = text[:_PROSE_SAMPLE].split()
    hits = len(list(filter(_FUNCTION_WORD_SET.__contains__, tokens)))  # (the tokens that are one, in C)
    return hits >= PROSE_DOC_MIN_WORDS and hits >= PROSE_DOC_MIN_SHARE * len(tokens)


def _has_indic(line: str) -> bool:
    """``INDIC_LETTER.search(line)``, not scanned for an ASCII line (``str.isascii`` reads a flag)."""
    return not line.isascii() and INDIC_LETTER.search(line) is not None


def convert_legacy(text: str, font: str) -> str:
    """Convert legacy-font ``text`` typed in ``font`` to Unicode Devanagari (NFC).

    Everything in ``text`` is treated as legacy glyph codes (use :func:`repair_legacy_text` to
    keep URLs and non-legacy lines apart). Raises ``ValueError`` for an unknown font.
    """
    return load_font(canonical_font(font)).convert(_fix_c1(text))


def _convert_line(line: str, font: str) -> str:
    """Convert a legacy line, leaving whitespace, URLs, e-mails, @handles and #tags untouched."""
    parts = _WS_SPLIT.split(line)
    out: list[str] = []
    chunk: list[str] = []

    def flush() -> None:
        if chunk:
            # chunk alternates token, space, token …; trailing space is kept outside.
            tail = chunk.pop() if chunk[-1].isspace() else ""
            out.append(convert_legacy("".join(chunk), font))
            out.append(tail)
            chunk.clear()

    for part in parts:
        if not part:
            continue
        if part.isspace():
            if chunk:
                chunk.append(part)
            else:
                out.append(part)
        elif is_protected_token(part):
            flush()
            out.append(part)
        else:
            chunk.append(part)
    flush()
    return "".join(out)


def _repair_mixed(line: str) -> str | None:
    """Convert runs of legacy words inside a line that also holds Unicode Indic text."""
    # A run is converted only if it holds MIN_MIXED_RUN candidate tokens: whitespace tokens of the
    # line (a run starts and ends at whitespace) with a legacy glyph code. Fewer such tokens in the
    # whole line (most Hindi lines quoting an English word or two): nothing can be converted.
    if len(_LEGACY_TOKEN.findall(line)) < MIN_MIXED_RUN:
        return None
    parts = _WS_SPLIT.split(line)
    # Indices of token parts; group maximal runs of tokens without Indic letters.
    runs: list[tuple[int, int]] = []
    start: int | None = None
    last = 0
    for i, part in enumerate(parts):
        if not part or part.isspace():
            continue
        if INDIC_LETTER.search(part) or not _LEGACY_HINT.search(part):
            if start is not None:
                runs.append((start, last))
                start = None
            continue
        if start is None:
            start = i
        last = i
    if start is not None:
        runs.append((start, last))
    changed = False
    for a, b in reversed(runs):
        segment = "".join(parts[a:b + 1])
        if len(candidate_tokens(segment)) < MIN_MIXED_RUN:
            continue
        ok, _ = best_font(_fix_c1(segment), verdict_only=True)
        if ok is None:
            continue
        parts[a:b + 1] = [_convert_line(segment, ok.font)]
        changed = True
    return "".join(parts) if changed else None


def _document_font(per_font: dict[str, int]) -> str | None:
    total = sum(per_font.values())
    if not total:
        return None
    font, n = max(per_font.items(), key=lambda kv: kv[1])
    if n >= CONTEXT_MIN_LINES and n >= CONTEXT_MIN_SHARE * total:
        return font
    return None


def repair_legacy_text(text: str) -> tuple[str, int]:
    """Convert every legacy-font line of ``text``; return (text, number of lines converted).

    Lines that are not legacy are returned byte-identical, line endings included. A line of
    Unicode Hindi with a run of at least ``MIN_MIXED_RUN`` legacy words inside it has just that
    run converted (and counts as converted).

    ``text`` is treated as one document. When its lines detected on their own point to one
    font (``CONTEXT_MIN_LINES``, ``CONTEXT_MIN_SHARE``), the remaining Latin lines (short
    poetry lines, lines of rare words) are decoded in that font and converted when every word
    decodes to well-formed Devanagari with some known word (Hindi list, or a word of the
    document's detected lines) and some legacy-shaped token (``_detect.accept_in_context``).
    English lines in such a document still fail that test (benchmark section 5).

    In a document of Latin-script prose (:func:`_latin_prose`: English, French … by their function words),
    only long, strongly legacy-shaped lines are detected on their own (:data:`PROSE_DOC_MIN_SHAPE`); its
    other Latin lines are left to the document's font, as above.
    """
    if not _LEGACY_HINT.search(text):
        return text, 0  # no line holds a Latin or high-byte character: every line is kept as it is
    if _latin_only(text):
        return _repair_latin(text)
    return _repair_lines(text)


def _latin_only(text: str) -> bool:
    """``text`` holds no Indic letter and no C1 control (``_INDIC_OR_C1``).

    Every such character is written in UTF-8 with a byte 0xC2 (U+0080-U+009F: C2 80-9F) or 0xE0 (U+0900-U+0DFF:
    E0 A4-B7 xx), so a text whose UTF-8 has neither is one, told by an encoding and two byte searches (C speed,
    no character class tried at each position): most English pages are not ASCII (curly quotes, dashes) and hold
    neither byte (1,025 of the 1,304 such wcxb pages), the re scan of them read ~5 ns a character (the test:
    0.051 -> 0.018 ms per wcxb page). Lone surrogates (possible in plain-text input) pass as E0-less ED xx xx."""
    if text.isascii():
        return True
    raw = text.encode("utf-8", "surrogatepass")
    if b"\xc2" not in raw and b"\xe0" not in raw:
        return True
    return _INDIC_OR_C1.search(text) is None


def _repair_lines(text: str) -> tuple[str, int]:
    """:func:`repair_legacy_text` line by line: every line visited, each Latin line asked of
    :func:`_latin_line_font` (the general path; :func:`_repair_latin` gives the same on a Latin-only text)."""
    raws = text.splitlines(keepends=True)
    out = list(raws)
    converted = 0
    prose: bool | None = None  # a Latin-script prose document (_latin_prose): asked at the first line that
    # may be decoded (the test costs ~0.1 ms; a document whose Latin lines are all natural words skips it)
    per_font: dict[str, int] = {}
    detected: list[tuple[str, str]] = []  # (font, body) of lines detected on their own
    pending: list[int] = []  # Latin lines not detected on their own
    for i, raw in enumerate(raws):
        body = raw.rstrip("\r\n")
        ending = raw[len(body):]
        if not body or not _LEGACY_HINT.search(body):
            continue
        if _has_indic(body):
            fixed = _repair_mixed(body)
            if fixed is not None:
                out[i] = fixed + ending
                converted += 1
            continue
        if prose is None and _ALL_NATURAL.match(body) is None:
            prose = _latin_prose(text)
        det = _latin_line_font(body, bool(prose))
        if det is None:
            pending.append(i)
            continue
        per_font[det] = per_font.get(det, 0) + 1
        detected.append((det, body))
        out[i] = _convert_line(body, det) + ending
        converted += 1
    font = _document_font(per_font) if pending else None
    if font is not None:
        converted += _convert_in_context(font, raws, out, pending, detected)
    return "".join(out), converted


def _repair_latin(text: str) -> tuple[str, int]:
    """:func:`repair_legacy_text` of a text with no Indic letter and no C1 control: the same lines converted,
    without visiting the lines that cannot be detected on their own.

    One ``_ODD_TOKEN`` scan of the whole text finds the tokens ``_ALL_NATURAL`` does not take. A line with
    none of them is all natural (``best_font`` rejects it at its first test); in a Latin-prose document a line
    with one is rejected too: it has at most one legacy-shaped token, so fewer than ``SHORT_LINE + 1``
    candidate tokens or a shape score of at most 1/4, under :data:`PROSE_DOC_MIN_SHAPE`. Only the other lines
    go through :func:`_latin_line_font`, in line order; the lines left are the ones the loop of
    :func:`repair_legacy_text` would have left pending. (C1 controls are excluded because ``_fix_c1`` turns
    U+0085, a line boundary, into "…", which a line's last token then holds.)"""
    odd = [start for start in (m.start(1) for m in _ODD_TOKEN.finditer(text)) if start >= 0]
    if not odd:
        return text, 0  # every line all natural
    prose = _latin_prose(text)
    raws = text.splitlines(keepends=True)
    ends = list(accumulate(map(len, raws)))
    per_line = Counter(bisect_right(ends, start) for start in odd)
    least = 2 if prose else 1
    per_font: dict[str, int] = {}
    detected: list[tuple[str, str]] = []
    found: set[int] = set()
    out: list[str] | None = None
    for i in sorted(i for i, k in per_line.items() if k >= least):
        raw = raws[i]
        body = raw.rstrip("\r\n")
        if prose and len(list(islice(_LETTER_START.finditer(body), 2 * per_line[i] + 1))) > 2 * per_line[i]:
            # fewer legacy-shaped tokens than natural candidate ones: shape < 1/2 (_LETTER_START). Counted up to
            # the first 2k + 1 letter starts, not all of them: the lines of a page's paragraphs are long and hold
            # few odd tokens (0.078 -> 0.025 ms per wcxb page)
            continue
        det = _latin_line_font(body, prose)
        if det is None:
            continue
        if out is None:
            out = list(raws)
        per_font[det] = per_font.get(det, 0) + 1
        detected.append((det, body))
        found.add(i)
        out[i] = _convert_line(body, det) + raw[len(body):]
    if out is None:
        return text, 0
    converted = len(found)
    font = _document_font(per_font)
    if font is not None:
        pending = [i for i, raw in enumerate(raws)
                   if i not in found and _LEGACY_HINT.search(raw.rstrip("\r\n")) is not None]
        converted += _convert_in_context(font, raws, out, pending, detected)
    return "".join(out), converted


def _convert_in_context(font: str, raws: list[str], out: list[str], pending: list[int],
                        detected: list[tuple[str, str]]) -> int:
    """The context pass of :func:`repair_legacy_text`: the ``pending`` lines (Latin lines not detected on their
    own) that decode well in the document's ``font``, converted in ``out``; returns how many."""
    lexicon: set[str] = set()
    for f, body in detected:
        if f == font:
            lexicon |= decoded_words(font, " ".join(candidate_tokens(_fix_c1(body))))
    doc_words = frozenset(lexicon)
    converted = 0
    for i in pending:
        raw = raws[i]
        body = raw.rstrip("\r\n")
        tokens = candidate_tokens(_fix_c1(body))
        if not tokens:
            continue
        s = score_font(font, " ".join(tokens), shape_score(tokens), doc_words)
        if accept_in_context(s):
            out[i] = _convert_line(body, font) + raw[len(body):]
            converted += 1
    return converted
