"""Data-driven legacy-font → Unicode conversion engine (private).

Every supported font is one JSON file in ``maps/`` holding an ordered list of *steps*. The
engine knows a handful of step kinds; the font files decide which run and with what tables:

``replace``              ordered ``str.replace`` pairs (the KrutiDev family's classic table: some
                         entries are deliberately intermediate and resolved by later ones)
``regex``                ordered ``regex.sub`` pairs (keyboard hacks that combine two keys)
``tokens``               longest-match tokenising with a code → Unicode table, then reordering of
                         the visual-order markers below (fonts with a stem glyph: Shusha, APS …)
``short_i``              move a pre-posed short-i trigger after the letter that follows it
``repair_matra_halant``  ``ि ् C`` → ``् C ि`` (a short i that landed on a half form)
``reph``                 move a reph trigger to the front of the cluster it is typed after

Legacy fonts store glyphs in *visual* order: ि is typed before its consonant cluster and the
reph (र्) after its syllable. Unicode is in *logical* order, hence the reordering passes.

Markers used inside ``tokens`` tables (they never survive into the output):
``\\x01`` reph, ``\\x02`` pre-posed short i, ``\\x03`` nukta typed before its letter.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import regex

HALANT = "\u094d"
NUKTA = "\u093c"
REPH = "\x01"
PRE_I = "\x02"
NUKTA_BEFORE = "\x03"
_MARKERS = REPH + PRE_I + NUKTA_BEFORE
_MARKER_SET = frozenset(_MARKERS)

# Dependent signs a reph skips over when it looks for its cluster. Independent vowels and spaces
# are deliberately excluded: a reph never attaches across them.
_MATRAS = frozenset("\u093e\u093f\u0940\u0941\u0942\u0943\u0944\u0962\u0963\u0945\u0946\u0947"
                    "\u0948\u0949\u094a\u094b\u094c\u0901\u0902\u0903" + NUKTA)

#: Font id → JSON file stem in ``maps/``. Order = detection tie-break order (most common first).
FONT_FILES: dict[str, str] = {
    "krutidev": "krutidev",
    "walkman-chanakya": "walkman-chanakya",
    "chanakya": "chanakya",
    "shusha": "shusha",
    "shree-lipi": "shree-lipi",
    "aps": "aps",
    "aakriti": "aakriti",
}

#: Accepted spellings of font ids (lower-cased) → canonical id.
ALIASES: dict[str, str] = {
    "devlys": "krutidev", "krutidev010": "krutidev", "devlys010": "krutidev",
    "kruti-dev": "krutidev", "walkman": "walkman-chanakya", "ncert": "walkman-chanakya",
    "walkman-chanakya-905": "walkman-chanakya", "susha": "shusha", "shreelipi": "shree-lipi",
    "shree-dev": "shree-lipi", "aps-dv-priyanka": "aps", "priyanka": "aps", "akruti": "aakriti",
}


def canonical_font(font: str) -> str:
    """Return the canonical font id for ``font`` or raise ``ValueError``."""
    key = font.strip().lower()
    key = ALIASES.get(key, key)
    if key not in FONT_FILES:
        known = ", ".join(FONT_FILES)
        raise ValueError(f"unknown legacy font {font!r}; supported: {known}")
    return key


# --------------------------------------------------------------------------------------------
# Structural passes (ported from krutiextract 1.6.1, MIT, with its index-safe rewrites)
# --------------------------------------------------------------------------------------------

def _short_i(text: str, trigger: str, matra: str) -> str:
    """Move each pre-posed short-i ``trigger`` after the letter (and its nuktas) that follows it.

    From one trigger to the next with ``str.find``, the text between copied whole: the former loop visited
    every character in Python ("f" is KrutiDev's trigger, so every English line decoded as KrutiDev or Walkman
    reached it; on the 1,609 lines the wcxb pages decode, those two fonts' convert went from 0.046 and 0.051 to
    0.028 and 0.033 ms per page; tests/unit/perf_equivalence/test_legacy_engine_chunks.py compares the two)."""
    step = len(trigger)
    n = len(text)
    out: list[str] = []
    pos = 0  # text[pos:] not yet copied
    i = text.find(trigger)
    while i != -1 and i + step < n:  # (a trigger with nothing after it stays, as every one after it)
        j = i + step + 1
        while j < n and text[j] == NUKTA:  # फ + ़ is one letter: ि goes after both
            j += 1
        out.append(text[pos:i])
        out.append(text[i + step:j])
        out.append(matra)
        pos = j
        i = text.find(trigger, j)
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _repair_matra_halant(text: str) -> str:
    """``ि ् C`` -> ``् C ि``, from one ``ि्`` to the next (``str.find``): a swap leaves the text after it as it
    was, and the search goes on after the three characters it wrote."""
    i = text.find("\u093f\u094d")
    n = len(text)
    if i == -1 or i >= n - 2:
        return text  # nothing to move (most decodings)
    out: list[str] = []
    pos = 0
    while i != -1 and i < n - 2:
        out.append(text[pos:i])
        out.append(HALANT + text[i + 2] + "\u093f")
        pos = i + 3
        i = text.find("\u093f\u094d", pos)
    out.append(text[pos:])
    return "".join(out)


def _reph(text: str, trigger: str) -> str:
    """Each reph ``trigger`` dropped and र् put at the head of the cluster before it (after the matras, signs
    and half letters that precede the trigger); a stray one is dropped. The text between two triggers is
    copied whole (``list.extend``) instead of one character at a time."""
    if len(trigger) != 1:
        return text  # (the former loop compared the trigger with one character at a time: only one can match)
    parts = text.split(trigger)
    out: list[str] = list(parts[0])
    for part in parts[1:]:
        j = len(out)
        while j > 0 and out[j - 1] in _MATRAS:
            j -= 1
        if j > 0:  # else nothing to attach to: the stray reph is dropped
            k = j - 1  # last letter of the cluster
            while k - 1 >= 1 and out[k - 1] == HALANT:
                k -= 2  # step to the head of the conjunct
            if k >= 0:
                out[k:k] = ["\u0930", HALANT]
        out.extend(part)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Longest-match tokeniser + visual→logical reordering for stem-glyph fonts
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _TokenTable:
    table: dict[str, str]
    max_len: int
    #: every code, longest first, then any one character: ``findall`` cuts a text exactly as the longest
    #: match at each position does (an alternation takes its first matching branch, so the longest code;
    #: two codes of one length that both match are the same string), in C instead of a Python loop
    #: over positions and sizes (4-5x cheaper)
    pattern: re.Pattern[str]
    #: code -> the pieces its value gives (the value split around the markers; () for an empty value)
    pieces: dict[str, tuple[str, ...]]


def _value_pieces(value: str) -> tuple[str, ...]:
    if len(value) > 1 and any(m in value for m in _MARKERS):
        # Split multi-character values around markers ("ी\x01" → "ी", "\x01").
        out: list[str] = []
        buf = ""
        for ch in value:
            if ch in _MARKERS:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(ch)
            else:
                buf += ch
        if buf:
            out.append(buf)
        return tuple(out)
    return (value,) if value else ()


def _token_table(table: dict[str, str]) -> _TokenTable:
    codes = sorted(table, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, codes)) + "|.", re.DOTALL)
    return _TokenTable(table, max(map(len, table)), pattern, {k: _value_pieces(v) for k, v in table.items()})


def _tokenise(text: str, tt: _TokenTable) -> list[str]:
    """``text`` cut into codes by longest match (a character that starts no code is its own piece),
    each code replaced by the pieces of its value."""
    pieces: list[str] = []
    get = tt.pieces.get
    for seg in tt.pattern.findall(text):
        got = get(seg)
        if got is None:
            pieces.append(seg)
        else:
            pieces.extend(got)
    return pieces


def _is_half(piece: str) -> bool:
    return len(piece) > 1 and piece.endswith(HALANT)


def _is_sign(piece: str) -> bool:
    return bool(piece) and all(unicodedata.category(c) in ("Mn", "Mc") for c in piece)


def _reorder(pieces: list[str]) -> str:
    """The marker pieces applied, the pieces between them copied as they are: from one marker to the next
    (their indices found first), not piece by piece (~25 % less on the lines the wcxb pages decode under Shusha,
    Aakriti and Shree-Lipi, whose markers English text holds: "i", "l", "u";
    tests/unit/perf_equivalence/test_legacy_engine_chunks.py keeps the piece-by-piece loop)."""
    if _MARKER_SET.isdisjoint(pieces):
        return "".join(pieces)  # no marker piece: every piece stays where it is
    out: list[str] = []
    i, n = 0, len(pieces)
    for m in [k for k, piece in enumerate(pieces) if piece in _MARKER_SET]:
        if m < i:
            continue  # taken by the marker before it (a nukta-before takes the next piece, whatever it is)
        out.extend(pieces[i:m])
        i = m
        piece = pieces[i]
        if piece == NUKTA_BEFORE:
            if i + 1 < n:
                out.append(pieces[i + 1] + NUKTA)
                i += 2
            else:
                out.append(NUKTA)
                i += 1
        elif piece == PRE_I:
            j = i + 1
            while j < n and _is_half(pieces[j]):
                out.append(pieces[j])
                j += 1
            if j < n and pieces[j] not in _MARKERS:
                out.append(pieces[j])
                j += 1
            while j < n and pieces[j] in (HALANT + "\u0930", NUKTA):
                out.append(pieces[j])
                j += 1
            out.append("\u093f")
            i = j
        else:  # REPH
            k = len(out)
            while k > 0 and _is_sign(out[k - 1]):
                k -= 1
            if k > 0 and not out[k - 1].isspace():
                k -= 1
                while k > 0 and _is_half(out[k - 1]):
                    k -= 1
                out.insert(k, "\u0930" + HALANT)
            i += 1
    out.extend(pieces[i:])
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Font programs
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Step:
    op: str
    pairs: tuple[tuple[str, str], ...] = ()
    patterns: tuple[tuple[regex.Pattern[str], str], ...] = ()
    tokens: _TokenTable | None = None
    trigger: str = ""
    matra: str = ""


@dataclass(frozen=True, slots=True)
class FontProgram:
    """A compiled font file: its id, display family and conversion steps."""

    font: str
    family: str
    steps: tuple[_Step, ...]
    #: Every legacy code the font maps (used by the detector to measure coverage).
    codes: frozenset[str]
    #: Letters the program leaves as they are, where they are (:func:`_inert_letters`): a token holding
    #: one decodes to a token holding it, which is no Devanagari word.
    inert: frozenset[str] = frozenset()

    def convert(self, text: str) -> str:
        s = text
        for step in self.steps:
            op = step.op
            if op == "replace":
                for old, new in step.pairs:
                    if old in s:
                        s = s.replace(old, new)
            elif op == "regex":
                for pat, rep in step.patterns:
                    s = pat.sub(rep, s)
            elif op == "tokens":
                assert step.tokens is not None
                s = _reorder(_tokenise(s, step.tokens))
            elif op == "short_i":
                if step.trigger in s:
                    s = _short_i(s, step.trigger, step.matra)
            elif op == "repair_matra_halant":
                s = _repair_matra_halant(s)
            elif op == "reph" and step.trigger in s:
                s = _reph(s, step.trigger)
        for m in _MARKERS:
            s = s.replace(m, "")
        return unicodedata.normalize("NFC", s)


def _compile_step(raw: dict[str, Any]) -> tuple[_Step, set[str]]:
    op = str(raw["op"])
    codes: set[str] = set()
    if op == "replace":
        pairs = tuple((str(a), str(b)) for a, b in raw["pairs"])
        return _Step(op, pairs=pairs), codes
    if op == "regex":
        pats = tuple((regex.compile(str(a)), str(b)) for a, b in raw["pairs"])
        return _Step(op, patterns=pats), codes
    if op == "tokens":
        table = {str(k): str(v) for k, v in raw["table"].items()}
        codes.update(table)
        return _Step(op, tokens=_token_table(table)), codes
    if op in ("short_i", "reph"):
        return _Step(op, trigger=str(raw["trigger"]), matra=str(raw.get("matra", ""))), codes
    if op == "repair_matra_halant":
        return _Step(op), codes
    raise ValueError(f"unknown step op {op!r}")


_LOOKAROUND = re.compile(r"\(\?<?[=!][^()]*\)")


def _consumed_chars(pattern: str) -> set[str] | None:
    """Every character a match of ``pattern`` can consume, or None when that is not read off simply.

    Look-arounds (not nested) consume nothing and are left out; the rest may hold literal characters,
    escaped punctuation, explicit classes (no negation; ranges spelt out) and the syntax ``( ) | ? * + {m,n}``.
    Anything else (``.``, ``\\S``, ``\\w``, a negated class, a back-reference …) gives None."""
    rest = _LOOKAROUND.sub("", pattern)
    out: set[str] = set()
    i, n = 0, len(rest)
    while i < n:
        c = rest[i]
        if c == "\\":
            if i + 1 >= n or rest[i + 1].isalnum():
                return None
            out.add(rest[i + 1])
            i += 2
        elif c == "[":
            j = rest.find("]", i + 1)
            body = rest[i + 1:j]
            if j < 0 or not body or body[0] == "^" or "\\" in body or "[" in body:
                return None
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    out.update(chr(x) for x in range(ord(body[k]), ord(body[k + 2]) + 1))
                    k += 3
                else:
                    out.add(body[k])
                    k += 1
            i = j + 1
        elif c == "{":
            j = rest.find("}", i)
            if j < 0 or not regex.fullmatch(r"\d+(?:,\d*)?", rest[i + 1:j]):
                return None
            i = j + 1
        elif c in "()|?*+":
            if c == "(" and rest.startswith("(?", i):
                return None  # a group with flags or a name: not read here
            i += 1
        elif c in ".^$":
            return None
        else:
            out.add(c)
            i += 1
    return out


def _inert_letters(steps: tuple[_Step, ...]) -> frozenset[str]:
    """Letters of U+0041-U+024F that ``steps`` never touch: in no replaced string, regex match, token code or
    trigger, so each stays in the output, in its token (the passes that move characters move signs, matras
    and the character after a trigger, never across the whitespace around the letter); with no NFC
    decomposition (NFC leaves them as they are, or composes one with a following combining mark into another
    Latin letter). Empty when a step could delete whitespace (a replaced string or token code holding some,
    a regex not read off by :func:`_consumed_chars`): then tokens may join."""
    touched: set[str] = set(_MARKERS)
    for step in steps:
        olds: list[str] = [old for old, _ in step.pairs]
        if step.tokens is not None:
            olds.extend(step.tokens.table)
        for pat, _ in step.patterns:
            chars = _consumed_chars(pat.pattern)
            if chars is None:
                return frozenset()
            olds.append("".join(chars))
        olds.append(step.trigger)
        for old in olds:
            if any(c.isspace() for c in old):
                return frozenset()
            touched.update(old)
    return frozenset(c for c in map(chr, range(0x41, 0x250))
                     if c not in touched and unicodedata.category(c).startswith("L")
                     and unicodedata.normalize("NFD", c) == c)


@cache
def load_font(font: str) -> FontProgram:
    """Load and compile ``maps/<font>.json`` (cached)."""
    font = canonical_font(font)
    ref = resources.files("shuddh.text.legacy").joinpath("maps").joinpath(FONT_FILES[font] + ".json")
    data = json.loads(ref.read_text(encoding="utf-8"))
    steps: list[_Step] = []
    codes: set[str] = set()
    for raw in data["steps"]:
        step, step_codes = _compile_step(raw)
        steps.append(step)
        codes.update(step_codes)
        codes.update(old for old, _ in step.pairs)
    return FontProgram(font, str(data["family"]), tuple(steps), frozenset(codes), _inert_letters(tuple(steps)))
