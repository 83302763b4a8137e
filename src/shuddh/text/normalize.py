"""Unicode normalisation for Indic web text. Idempotent: ``normalize(normalize(x)) == normalize(x)``.

What :func:`normalize` does, in order:

1. mojibake repair (``mojibake=True``, the default): only when a cheap pre-check finds UTF-8 read as
   Windows-1252/Latin-1 (``à¤¸à¤®`` for "सम", ``Ã©`` for "é") is the text handed to ``ftfy``, limited to
   its encoding fixes. Clean Devanagari never reaches ``ftfy`` (:func:`looks_mojibake` is a single
   regex search);
2. line ends to ``\\n``; NFC (which also puts nukta letters in one canonical form: NFC decomposes the
   composition-excluded क़ ख़ ग़ … into consonant + U+093C, so every spelling compares equal, and orders
   nukta before virama);
3. removes invisible and control characters: C0/C1 controls except tab and newline, zero-width space,
   BOM, soft hyphen, word joiner, bidi embedding/isolate/mark controls; ZWJ/ZWNJ are kept only inside a
   word (between letters/marks), where they select a conjunct form;
4. Devanagari vowel spellings typed as two pieces (``अ`` + ``ा`` for ``आ``, ``ा`` + ``े`` for ``ो`` …):
   joined into the one code point every keyboard produces (NFC leaves these alone);
5. optionally (``danda=True``, the default) turns ``|``/``||``/``।।`` used as sentence ends after
   Devanagari into ``।``/``॥`` — except on a line that is a separator menu or breadcrumb
   (:func:`menu_items`: "होम | देश | विदेश | खेल"), whose pipes stay, so it does not read as sentences
   and the chrome stage can remove it;
6. digits (``digits=``): ``"keep"`` (default) leaves them as written; ``"ascii"`` writes every decimal
   digit of any script as ASCII; ``"native"`` writes ASCII digit runs next to Devanagari text (not glued
   to Latin letters, like ``mp3``) as Devanagari digits. For matching without rewriting, use
   :func:`fold_digits` on keys;
7. whitespace: every space separator (NBSP, thin space …) and tab becomes a space, runs collapse,
   lines are stripped, more than one blank line becomes one, and the text is stripped.

Combining marks are never removed (DESIGN rule 3).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import regex

from shuddh.text.nfc import code_points, maybe_not_nfc

__all__ = ["DigitMode", "fold_digits", "looks_mojibake", "menu_items", "normalize", "normalize_line",
           "repair_mojibake"]

DigitMode = Literal["keep", "ascii", "native"]

# C0 and C1 controls except \t and \n; invisible format characters; bidi controls.
_INVISIBLE_RE = regex.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    "\u00ad"  # soft hyphen
    "\u034f"  # combining grapheme joiner (used as a spacing hack, not linguistically)
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator (old zero-width space)
    "\u200b"  # zero-width space
    "\u200e\u200f"  # LRM, RLM
    "\u202a-\u202e"  # bidi embeddings/overrides
    "\u2060-\u2064"  # word joiner, invisible operators
    "\u2066-\u2069"  # bidi isolates
    "\ufeff"  # BOM / zero-width no-break space
    "\ufff9-\ufffb"  # interlinear annotation controls
    "]"
)
# ZWJ/ZWNJ not between two word characters: remove.
_STRAY_JOINER_RE = regex.compile(r"(?<![\p{L}\p{M}])[\u200c\u200d]+|[\u200c\u200d]+(?![\p{L}\p{M}])")
# Pipes used as danda after Devanagari text (optionally one space between).
# (after whitespace is collapsed, so "at most one space" means the same on every pass: idempotent)
_DOUBLE_DANDA_RE = regex.compile(r"(?<=[\p{Devanagari}] ?)(?:\|\||।।|\|।|।\|)(?!\|)")
_DANDA_RE = regex.compile(r"(?<=[\p{Devanagari}] ?)\|(?![|।])")
#: tab and the space separators (Zs) spelt out, and those less " ": what the former ``regex`` pattern
#: ``[\t\p{Zs}]+`` matched (the same set in the regex module's Unicode and in CPython's:
#: tests/unit/perf_equivalence/test_normalize_cost_round_16.py, whose reference keeps that pattern)
_SPACE_CHARS = "\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_OTHER_SPACE_CHARS = _SPACE_CHARS.replace(" ", "")
#: ``[\t\p{Zs}]+`` replaced by " ", by the standard library's re: a run of those characters that is not one " " (a
#: space and more, or one of the others and any): a lone " " is left as it is, which writing " " for it did
#: too. The regex module's scan for ``\p{Zs}`` read the text at ~0.03 µs a character, and every word's space
#: was a match to replace (the step with its test: 0.180 -> 0.081 ms per news document of prabhatkhabar-jagran, 90
#: of whose 152 texts are not plain and 60 hold a double space; 0.059 -> 0.057 per wcxb page)
_SPACE_RUNS = re.compile(f" [{_SPACE_CHARS}]+|[{_OTHER_SPACE_CHARS}][{_SPACE_CHARS}]*")
# Separator menus and breadcrumbs ("होम | देश | विदेश | खेल", "होम » राज्य » बिहार"): items split at these
_MENU_SEP_RE = regex.compile(r"\s*(?:[|»›]\s*)+")
_HAS_LETTER_RE = regex.compile(r"[\p{L}\p{M}]")
# a colon or comma in an item: a labelled list or a byline ("Sources: A | B | C", "Name | Writer | July 2,
# 2025": wcxb gold text), not navigation
_LIST_MARK_RE = regex.compile(r"[:,]")
# a separator with no space on either side ("lan|scsi|eisa", "a»b"): code or a path, not a menu
_TIGHT_SEP_RE = regex.compile(r"\S[|»›]+\S")
#: a menu has at least this many items of at most MENU_ITEM_WORDS words. Three: "होम | देश | विदेश" is a
#: menu; two short pieces are as often two short sentences typed with a pipe ("वह घर गया| फिर आया||")
MENU_MIN_ITEMS = 3
MENU_ITEM_WORDS = 3
_BLANKS_RE = regex.compile(r"\n{3,}")

# Two-piece Devanagari vowel spellings -> the single code point (no canonical equivalence covers these,
# so NFC keeps them apart and a search for "आज" misses "अाज"). Each target is not a source, so one
# pass is idempotent.
_VOWEL_PIECES: dict[str, str] = {
    "\u0905\u093e": "\u0906",  # अ + ा -> आ
    "\u0905\u094b": "\u0913",  # अ + ो -> ओ
    "\u0905\u094c": "\u0914",  # अ + ौ -> औ
    "\u090f\u0947": "\u0910",  # ए + े -> ऐ
    "\u093e\u0947": "\u094b",  # ा + े -> ो
    "\u093e\u0948": "\u094c",  # ा + ै -> ौ
}
_VOWEL_PIECES_RE = regex.compile("|".join(_VOWEL_PIECES))
#: the same pieces, for the test whether a text holds one: one scan of it by ``re`` instead of six substring
#: searches (each read all of a text with a character above U+00FF and no piece; 0.050 -> 0.030 ms per wcxb page)
_VOWEL_PIECES_SCAN = re.compile("|".join(_VOWEL_PIECES))
#: the first characters of the pieces (अ ए ा)
_PIECE_HEADS = "".join(sorted({piece[0] for piece in _VOWEL_PIECES}))


def _may_hold_piece(text: str) -> bool:
    """Whether ``text`` holds a first character of a piece: three character searches (C speed, and none at all
    in a text of characters up to U+00FF) spare a text without Devanagari the scan for the pieces
    (0.030 -> 0.001 ms per wcxb page)."""
    return any(head in text for head in _PIECE_HEADS)

# UTF-8 bytes read as cp1252/Latin-1: a lead byte character (Â Ã for 2-byte Latin, à-ï for 3-byte
# sequences such as Devanagari's E0 A4/A5) followed by a continuation byte character (0x80-0xBF, or
# its cp1252 glyph). One such pair is enough to look; ftfy decides whether to fix.
_CONT = "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e" \
        "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE_RE = regex.compile(f"[\u00c2\u00c3\u00c5\u00e0-\u00ef][{_CONT}]")

# The two patterns above compiled by the standard library's re, for scanning: for a class of explicit
# code points (no \p{..}, \w or \s) both engines match the same characters, and re scans such a class
# several times faster. (The regex originals stay: shuddh.dedup.hashing derives its tables from them.)
_INVISIBLE_SCAN = re.compile(_INVISIBLE_RE.pattern)
_MOJIBAKE_SCAN = re.compile(_MOJIBAKE_RE.pattern)

_ASCII_DIGIT_RUN_RE = regex.compile(r"(?<![\p{Latin}\p{N}])[0-9]+(?![\p{Latin}\p{N}])")
_DEVA_LETTER_RE = regex.compile(r"(?=[\p{L}\p{M}])\p{sc=Devanagari}")
_LATIN_LETTER_RE = regex.compile(r"\p{sc=Latin}")
_NON_ASCII_DIGIT_RE = regex.compile(r"[^\x00-\x7f]")
_DEVA_ZERO = 0x0966


def menu_items(line: str, markers: frozenset[str] = frozenset()) -> list[str] | None:
    """The items of ``line`` if it is a separator menu or breadcrumb, else None.

    A menu is at least :data:`MENU_MIN_ITEMS` items separated by ``|``, ``»`` or ``›`` (a separator at
    either end is allowed; each with a space on at least one side; not ``>``: "मागधी > मागही > मगही"
    is an etymology, nor ``•``/``·``, which separate the items of in-text lists and bylines too), each
    of 1 to :data:`MENU_ITEM_WORDS` words with a letter and no colon or comma, and no item holding a
    word of ``markers`` (clause-closing verbs: "राम आया | सीता गई | सब खुश हुए |" is pipe-typed prose).
    Words are whitespace tokens, so digits in any script count alike."""
    if _TIGHT_SEP_RE.search(line):
        return None
    items: list[str] = _MENU_SEP_RE.split(line.strip())
    if items and not items[0]:
        items.pop(0)
    if items and not items[-1]:
        items.pop()
    if len(items) < MENU_MIN_ITEMS:
        return None
    for item in items:
        toks = item.split()
        if not 0 < len(toks) <= MENU_ITEM_WORDS or not _HAS_LETTER_RE.search(item) or _LIST_MARK_RE.search(item):
            return None
        if markers and any(t in markers for t in toks):
            return None
    return items


@cache
def _devanagari_markers() -> frozenset[str]:
    """Clause-closing verbs of the Devanagari profiles (``quality.runon_markers``: है, था, गया, आहे …)."""
    from shuddh.lang.profile import available_profiles, profile_settings

    out: set[str] = set()
    for code in available_profiles():
        prof = profile_settings(code)  # (not load_profile: the chrome rules of every profile are not needed here)
        if "Deva" in prof.scripts:
            out.update(str(m) for m in prof.threshold("runon_markers", ()))
    return frozenset(out)


#: a character the look-behind of ``_DANDA_RE`` and ``_DOUBLE_DANDA_RE`` asks for
_DEVA_CHAR = regex.compile(r"[\p{Devanagari}]")


def _danda_site(text: str) -> bool:
    """Whether ``_DOUBLE_DANDA_RE`` or ``_DANDA_RE`` can match in ``text``: each match starts at a "|" or "।"
    with a Devanagari character before it (one space between allowed), so when no such character stands there
    neither can (nor can the second after the first, which then changed nothing). The pipes of an English page
    (menus, titles) are looked at one by one instead of both patterns trying their look-behind at every position
    and the menu test reading every line with a pipe (166 of the 1,497 wcxb pages: 0.015 -> 0.001 ms per page)."""
    for mark in ("|", "।"):
        i = text.find(mark)
        while i >= 0:
            j = i - 2 if i >= 2 and text[i - 1] == " " else i - 1
            if j >= 0 and _DEVA_CHAR.match(text, j) is not None:
                return True
            i = text.find(mark, i + 1)
    return False


def _danda(text: str) -> str:
    """Pipes used as dandas after Devanagari -> ``।``/``॥``, on every line but separator menus."""
    if not _danda_site(text):
        return text
    menus: set[int] = set()
    if "|" in text:
        markers = _devanagari_markers()
        lines = text.split("\n")
        menus = {i for i, ln in enumerate(lines) if "|" in ln and menu_items(ln, markers)}
    if not menus:
        out: str = _DANDA_RE.sub("।", _DOUBLE_DANDA_RE.sub("॥", text))
        return out
    # each line on its own, as the patterns see it in the whole text (none crosses a line break)
    return "\n".join(ln if i in menus else _DANDA_RE.sub("।", _DOUBLE_DANDA_RE.sub("॥", ln))
                     for i, ln in enumerate(lines))


def looks_mojibake(text: str) -> bool:
    """Cheap pre-check: does ``text`` contain UTF-8 read as cp1252/Latin-1 (``à¤``, ``Ã©`` …)?

    Every lead character of the pair (U+00C2, U+00C3, U+00C5, U+00E0-U+00EF) is written in UTF-8 as 0xC3 and
    a second byte: a text whose UTF-8 holds no byte 0xC3 has none, told by an encoding and a byte search
    instead of the scan for the pair (which reads ~3 ns a character: 0.031 -> 0.011 ms per wcxb page, 0.030 ->
    0.017 per news document of prabhatkhabar-jagran)."""
    if text.isascii() or b"\xc3" not in text.encode("utf-8", "surrogatepass"):
        return False
    return _MOJIBAKE_SCAN.search(text) is not None


@cache
def _ftfy_config() -> Any:
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


#: lines of at most this many characters have their ftfy result remembered (:func:`_ftfy_line`), this many
#: lines at most (2M characters when full; web lines are far shorter)
_FTFY_MEMO_CHARS = 2048
_FTFY_MEMO = 1024


@lru_cache(maxsize=_FTFY_MEMO)
def _ftfy_line(segment: str) -> str:
    """``ftfy.fix_text`` of one line, remembered: a pure function of the line. ``normalize`` hands a text that
    holds a mojibake pair to ftfy, normalises it and hands it again while it still holds one (the fixed point):
    the lines that ftfy and the normalisation left as they were come back (and a site's boilerplate lines come
    back from page to page)."""
    import ftfy

    fixed: str = ftfy.fix_text(segment, _ftfy_config())
    return fixed


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-as-cp1252/Latin-1 mojibake with ``ftfy``; text that passes the pre-check is returned
    unchanged without calling ``ftfy``."""
    if not looks_mojibake(text):
        return text
    import ftfy

    # ftfy.fix_text fixes each line (up to and with its "\n") on its own, and leaves an ASCII one as it is (its
    # first test; no other fix of this configuration touches ASCII): those are not handed to it (773 of the
    # 3,066 lines of the 32 wcxb pages that reach ftfy are not ASCII), and a line seen before is answered from
    # memory (_ftfy_line). normalize of those 32 pages: 0.110 -> 0.089 ms per wcxb page (each alone: ~0.012 and
    # ~0.009)
    config = _ftfy_config()
    out: list[str] = []
    pos, end = 0, len(text)
    while pos < end:
        stop = text.find("\n", pos) + 1 or end
        segment = text[pos:stop]
        if segment.isascii():
            out.append(segment)
        elif stop - pos <= _FTFY_MEMO_CHARS:
            out.append(_ftfy_line(segment))
        else:
            out.append(ftfy.fix_text(segment, config))
        pos = stop
    return "".join(out)


def fold_digits(text: str) -> str:
    """Every decimal digit (Devanagari ``०-९``, Bengali, Arabic-Indic …) as ASCII: for match keys."""
    if not _NON_ASCII_DIGIT_RE.search(text):
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and c > "\x7f" else c for c in text)


def _to_deva(m: regex.Match[str]) -> str:
    return "".join(chr(_DEVA_ZERO + ord(c) - 48) for c in m.group())


def _native_digits(text: str) -> str:
    """ASCII digit runs not glued to Latin letters, on lines with more Devanagari than Latin letters.

    Decided per line (never by distance), so later whitespace changes cannot change the decision."""
    out = []
    for line in text.split("\n"):
        deva = len(_DEVA_LETTER_RE.findall(line))
        if deva and deva > len(_LATIN_LETTER_RE.findall(line)):
            out.append(_ASCII_DIGIT_RUN_RE.sub(_to_deva, line))
        else:
            out.append(line)
    return "\n".join(out)


def normalize_line(line: str, *, danda: bool = True, digits: DigitMode = "keep") -> str:
    """Normalise one line (no newlines inside)."""
    return normalize(line, danda=danda, digits=digits)


def normalize(text: str, *, danda: bool = True, digits: DigitMode = "keep", mojibake: bool = True) -> str:
    """Normalise ``text``; see the module docstring. Idempotent."""
    if not mojibake:
        return _normalize(text, danda, digits)
    # repair before the control characters go (Latin-1 mojibake holds C1 bytes), then again until the
    # normalised text no longer changes under ftfy: a fixed point, so normalize stays idempotent
    clean = not looks_mojibake(text)
    text, same = _normalize_same(text if clean else repair_mojibake(text), danda, digits)
    if clean and same:
        # the normalised text holds no pair the pre-check finds either: on a plain NFC text _normalize drops
        # only whitespace beside whitespace that stays (the rest of a run, a line's newline) or at the text's
        # edges, and writes only spaces, newlines, Devanagari and ASCII digits (no lead or continuation
        # character of the pre-check): no two characters that were apart come to stand side by side
        return text
    for _ in range(3):
        fixed = repair_mojibake(text)
        if fixed == text:
            break
        text = _normalize(fixed, danda, digits)
    return text


def _is_plain(text: str) -> bool:
    """True when ``text`` holds no character that steps 2-3 remove or replace, nor a space character
    other than " ": no control character but newline (\\r, tab, C0/C1), no format character (Cf:
    soft hyphen, zero-width and bidi controls, BOM, ZWJ/ZWNJ …), no separator but " " (NBSP, other
    Zs, U+2028/2029), no U+034F. Python's ``str.isprintable`` is False for exactly those categories;
    U+034F (Mn) is the one invisible character it calls printable. Most web text is plain, and this
    C-speed test is far cheaper than the regex scans it saves (``tests/unit/perf_equivalence`` checks
    that every character those scans match is non-printable)."""
    return "\u034f" not in text and text.replace("\n", "").isprintable()


def _nfc_lines(text: str, codes: npt.NDArray[np.uint32], bad: npt.NDArray[np.bool_]) -> str:
    """NFC of ``text``, given its ``codes = code_points(text)`` and ``bad = maybe_not_nfc(codes)`` (one flag per
    character): the lines holding no flagged position are NFC already and stay as they are, the others go to
    unicodedata.

    The check reads a line alike alone or inside the text: what it looks at before a position (the character
    before it, the starter before a run of non-starters) is a "\\n" at the line's start, which has combining
    class 0 and composes with nothing, as the check reads a line's start; so a line without a flag in the text
    is certainly NFC on its own. Formerly unicodedata ran on every line of such a text (the step with its check:
    0.158 -> 0.089 ms per news document of prabhatkhabar-jagran: 59 of 152 such texts, 122 of their 4,271 lines
    flagged, a precomposed क़/ज़ being NFC_Quick_Check No)."""
    lines = text.split("\n")
    if len(lines) == 1:
        return unicodedata.normalize("NFC", text)
    # the line of each flagged position: how many line breaks come before it (a "\n" is never flagged)
    starts = np.flatnonzero(bad)
    breaks = np.flatnonzero(codes == 10)
    for i in np.unique(np.searchsorted(breaks, starts)).tolist():
        lines[i] = unicodedata.normalize("NFC", lines[i])
    return "\n".join(lines)


def _normalize(text: str, danda: bool, digits: DigitMode) -> str:
    return _normalize_same(text, danda, digits)[0]


def _normalize_same(text: str, danda: bool, digits: DigitMode) -> tuple[str, bool]:
    """:func:`_normalize`, and whether ``text`` was plain (:func:`_is_plain`) and certainly NFC: then steps 3-7
    removed only whitespace next to other whitespace or an edge, and replaced only whitespace runs, vowel
    pieces, pipes and digits."""
    plain = _is_plain(text)
    same = plain
    if not plain:
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = _INVISIBLE_SCAN.sub("", text)
        # \u2028/\u2029 are line/paragraph separators
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
        # stray joiners go before NFC: removing one can bring marks together that NFC must then reorder
        if "\u200c" in text or "\u200d" in text:  # (the pattern cannot match without a joiner)
            text = _STRAY_JOINER_RE.sub("", text)
    # line by line: "\n" is a stable code point (UAX #15, 9.1: ccc 0, NFC_Quick_Check Yes, composes
    # with nothing), so the NFC of a text is the NFC of its lines joined; only the lines where the table
    # check (shuddh.text.nfc) finds a position that may not be NFC go to unicodedata (_nfc_lines), and none
    # when it finds none (``certainly_nfc``)
    if not text.isascii():
        codes = code_points(text)
        bad = maybe_not_nfc(codes)
        if bad.any():
            same = False
            text = _nfc_lines(text, codes, bad)
    # (the pattern cannot match without a piece, nor a piece be there without its first character)
    if _may_hold_piece(text) and _VOWEL_PIECES_SCAN.search(text) is not None:
        text = _VOWEL_PIECES_RE.sub(lambda m: _VOWEL_PIECES[m.group()], text)
    # whitespace before the danda rule: its look-behind allows one space, which must already be final.
    # (NFC composes no space or tab out of other characters, so a plain text is still plain here.)
    # (_SPACE_RUNS finds nothing in a plain text without "  ": not scanned)
    if not plain or "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    text = "\n".join(ln.strip() for ln in text.split("\n"))
    if digits not in ("keep", "ascii", "native"):
        raise ValueError(f"digits must be 'keep', 'ascii' or 'native', not {digits!r}")
    # native digits before the danda rule, ASCII digits after it: a pipe after a digit the rule reads as
    # Devanagari ('०|') is a danda either way, so a second pass changes nothing ('0|' -> '०|' -> '०।' was not
    # idempotent)
    if digits == "native":
        text = _native_digits(text)
    if danda and ("|" in text or "।।" in text):
        text = _danda(text)
    if digits == "ascii":
        text = fold_digits(text)
    if "\n\n\n" in text:
        text = _BLANKS_RE.sub("\n\n", text)
    return text.strip(), same
