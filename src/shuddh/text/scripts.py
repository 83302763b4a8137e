"""Unicode script detection for Indic web text.

Script codes are ISO 15924 (``"Deva"``, ``"Beng"``, ``"Latn"`` …), taken from the Unicode *Script*
property (``sc``, not ``scx``) as implemented by the ``regex`` module, so the data follows the Unicode
version of the installed ``regex`` and never a hand-written block table. Two pseudo-scripts matter:

* ``"Zyyy"`` (Common): spaces, punctuation, ASCII digits, the danda ``।``/``॥`` (shared by many
  Indic scripts, hence Common in Unicode) and symbols.
* ``"Zinh"`` (Inherited): combining diacritics, variation selectors, ZWJ/ZWNJ. They take the script of
  the character they attach to whenever text is split into runs or letters are counted.

Note that Devanagari vowel signs, virama and nukta are ``sc=Deva`` (not Inherited), and Devanagari
digits ``०–९`` are ``sc=Deva`` as in Unicode. Characters of scripts not listed in :data:`SCRIPTS` and
unassigned code points are reported as ``"Zzzz"`` (Unknown).

Letters are ``\\p{L}`` or ``\\p{M}`` (see DESIGN.md, Indic text rule 1): ``str.isalpha`` is wrong for
matras. The per-code-point table is built lazily, once per process, in a few milliseconds.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import regex

__all__ = [
    "SCRIPTS",
    "batch_letter_counts",
    "char_script",
    "dominant_script",
    "letter_mask",
    "script_ids",
    "script_runs",
    "script_shares",
]

#: Scripts we name. Order fixes the integer ids used by :func:`script_ids` (index in this tuple).
#: ``Zzzz`` must stay first (id 0) so that unknown/unassigned code points map to it by default.
SCRIPTS: tuple[str, ...] = (
    "Zzzz", "Zyyy", "Zinh",
    # Indic scripts first: the ones shuddh cares about.
    "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh", "Olck", "Mtei",
    "Limb", "Lepc", "Tibt", "Sora", "Wara", "Gonm", "Tirh", "Kthi", "Shrd", "Takr", "Sylo", "Modi",
    "Newa", "Brah", "Gran", "Nand", "Dogr", "Khoj", "Sind", "Mahj", "Mult", "Gong", "Cakm", "Saur",
    "Rjng", "Chrs",
    # Other scripts seen on the web.
    "Latn", "Arab", "Cyrl", "Grek", "Armn", "Hebr", "Syrc", "Thaa", "Nkoo", "Ethi", "Geor", "Hang",
    "Hira", "Kana", "Bopo", "Hani", "Thai", "Laoo", "Mymr", "Khmr", "Mong", "Tfng", "Cher", "Cans",
    "Yiii", "Tglg", "Java", "Bali", "Sund", "Adlm", "Vaii", "Copt", "Runr", "Ogam", "Brai",
)  # fmt: skip

_SCRIPT_ID: dict[str, int] = {name: i for i, name in enumerate(SCRIPTS)}
ZYYY_ID: int = _SCRIPT_ID["Zyyy"]
ZINH_ID: int = _SCRIPT_ID["Zinh"]

#: The table covers planes 0–2 (BMP, SMP, SIP). Code points above are rare in web text (plane 3+ is
#: mostly CJK extension and private use) and are reported as ``Zzzz``.
_TABLE_SIZE = 0x30000

_LETTER_RE = regex.compile(r"[\p{L}\p{M}]+")


#: the scripts (with Unknown) that hold most code points of planes 0–2 (159,670 of 196,608): looked up over
#: the whole table first, the other scripts then only over the ~37,000 code points left
_BIG_SCRIPTS = ("Zzzz", "Hani", "Hang", "Zyyy")


@functools.cache
def _tables() -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.bool_]]:
    """Build ``(script id per code point, is-letter per code point)`` for planes 0–2, once.

    A code point has one script, whatever its neighbours: each script's search finds the same code points in
    any string that holds them, so the scripts after :data:`_BIG_SCRIPTS` are searched in the code points
    those leave (~12 ms instead of ~65 ms per process for all of them over the whole table)."""
    # Surrogates cannot be in a Python str that was encoded; replace them with a non-letter (a space).
    codes = np.arange(_TABLE_SIZE, dtype=np.uint32)
    codes[0xD800:0xE000] = 0x20
    chars = codes.tobytes().decode("utf-32-le")
    script = np.zeros(_TABLE_SIZE, dtype=np.uint8)
    left = np.ones(_TABLE_SIZE, dtype=np.bool_)
    for name in _BIG_SCRIPTS:
        for m in regex.finditer(rf"\p{{sc={name}}}+", chars):
            script[m.start() : m.end()] = _SCRIPT_ID[name]  # (Zzzz: 0, as the table starts)
            left[m.start() : m.end()] = False
    at = np.flatnonzero(left)  # the code points of no big script, in order
    rest = codes[at].tobytes().decode("utf-32-le")
    for sid, name in enumerate(SCRIPTS):
        if name in _BIG_SCRIPTS:
            continue
        for m in regex.finditer(rf"\p{{sc={name}}}+", rest):
            script[at[m.start() : m.end()]] = sid
    letter = np.zeros(_TABLE_SIZE, dtype=np.bool_)
    for m in _LETTER_RE.finditer(chars):
        letter[m.start() : m.end()] = True
    letter[0xD800:0xE000] = False
    script.setflags(write=False)
    letter.setflags(write=False)
    return script, letter


def codepoints(text: str) -> npt.NDArray[np.uint32]:
    """Code points of ``text`` as a uint32 array (lone surrogates become U+FFFD first)."""
    data = text.encode("utf-32-le", errors="replace")
    return np.frombuffer(data, dtype=np.uint32)


def script_ids(cps: npt.NDArray[np.uint32]) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.bool_]]:
    """Vectorised lookup: per code point, its script id (index into :data:`SCRIPTS`) and letterhood.

    Inherited characters (``Zinh``) are *not* resolved here; see :func:`resolve_inherited`.
    """
    script, letter = _tables()
    clipped = np.minimum(cps, _TABLE_SIZE - 1)
    sid = script[clipped]
    isl = letter[clipped]
    if cps.size and int(cps.max()) >= _TABLE_SIZE:
        high = cps >= _TABLE_SIZE
        sid = np.where(high, 0, sid).astype(np.uint8)
        isl = np.where(high, False, isl)
    return sid, isl


def letter_mask(cps: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """Vectorised ``\\p{L}`` or ``\\p{M}`` per code point, exactly as the ``regex`` module decides it.

    Code points past the table (plane 3 and up: rare CJK extensions) are looked up with ``regex`` one by
    one, so the answer never depends on the table size.
    """
    letter = _tables()[1]
    out: npt.NDArray[np.bool_] = letter[np.minimum(cps, _TABLE_SIZE - 1)]
    if cps.size and int(cps.max()) >= _TABLE_SIZE:
        high = np.flatnonzero(cps >= _TABLE_SIZE)
        out[high] = [_LETTER_RE.fullmatch(chr(int(c))) is not None for c in cps[high].tolist()]
    return out


def batch_letter_counts(texts: Sequence[str]) -> npt.NDArray[np.int64]:
    """:func:`letter_counts` of every text at once: an ``(len(texts), len(SCRIPTS))`` array.

    One encode and one table lookup for the whole batch; the result is identical to calling
    :func:`letter_counts` on each text.
    """
    n_scripts = len(SCRIPTS)
    if not texts:
        return np.zeros((0, n_scripts), dtype=np.int64)
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:  # a NUL inside a text would shift the rows below
        joined = "\x00".join(t.replace("\x00", " ") for t in texts)  # NUL is not a letter: same counts
    cps = codepoints(joined)
    sid, isl = script_ids(cps)
    letters = np.flatnonzero(isl)
    lsid = sid[letters]
    if (lsid == ZINH_ID).any():  # inherited marks count for their base; rare, so resolved only if present
        lsid = resolve_inherited(sid)[letters]
    row = np.cumsum(cps == 0)[letters]
    flat = row * n_scripts + lsid
    counts = np.bincount(flat, minlength=len(texts) * n_scripts)
    return counts.reshape(len(texts), n_scripts).astype(np.int64, copy=False)


def resolve_inherited(sid: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """Give each Inherited (and, transitively, run of Inherited) code point the script before it.

    A mark with no preceding non-Inherited character keeps ``Zinh``. Common characters are *not*
    bases: a combining mark after a space is left as it is (``Zinh``), as in UAX #24.
    """
    if sid.size == 0:
        return sid
    idx = np.arange(sid.size)
    is_base = sid != ZINH_ID
    last_base = np.maximum.accumulate(np.where(is_base, idx, -1))
    inherited = sid[np.maximum(last_base, 0)]
    keep = (last_base < 0) | (inherited == ZYYY_ID)
    return np.where(keep, sid, inherited).astype(np.uint8)


@functools.lru_cache(maxsize=4096)
def char_script(ch: str) -> str:
    """ISO 15924 code of one character's Unicode Script property.

    ``"Zyyy"`` for Common (space, punctuation, ASCII digits, danda), ``"Zinh"`` for Inherited
    (combining marks, ZWJ, ZWNJ), ``"Zzzz"`` for unknown or unlisted scripts.

    >>> char_script("क"), char_script("ा"), char_script("a"), char_script("।"), char_script("\u200d")
    ('Deva', 'Deva', 'Latn', 'Zyyy', 'Zinh')
    """
    if len(ch) != 1:
        raise ValueError(f"char_script expects exactly one character, got {len(ch)}")
    cp = ord(ch)
    if cp >= _TABLE_SIZE:
        return "Zzzz"
    return SCRIPTS[int(_tables()[0][cp])]


def script_runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into maximal runs of one script: ``[(script, run_text), ...]``.

    Rules (after UAX #24): Inherited characters (combining marks, ZWJ, ZWNJ) stay in the run of the
    character they follow; Common characters (spaces, punctuation, digits, danda) join the run in
    progress, and Common characters at the very start join the first real-script run. A text with no
    character of a real script is a single ``("Zyyy", text)`` run. The runs concatenate back to
    ``text``.

    >>> script_runs("मैं Delhi में हूँ")
    [('Deva', 'मैं '), ('Latn', 'Delhi '), ('Deva', 'में हूँ')]
    """
    if not text:
        return []
    sid = resolve_inherited(script_ids(codepoints(text))[0])
    real = (sid != ZYYY_ID) & (sid != ZINH_ID)
    if not real.any():
        return [("Zyyy", text)]
    # Forward-fill real scripts over Common/Inherited, then back-fill the leading part.
    idx = np.arange(sid.size)
    last_real = np.maximum.accumulate(np.where(real, idx, -1))
    first_real = int(np.argmax(real))
    last_real[:first_real] = first_real
    filled = sid[last_real]
    cuts = np.flatnonzero(filled[1:] != filled[:-1]) + 1
    bounds = [0, *cuts.tolist(), sid.size]
    return [(SCRIPTS[int(filled[a])], text[a:b]) for a, b in itertools.pairwise(bounds)]


def shares_from_counts(counts: Sequence[int] | npt.NDArray[np.int64]) -> dict[str, float]:
    """Turn per-script letter counts (indexed like :data:`SCRIPTS`) into shares summing to 1.0.

    Keys are ordered by decreasing share, then script name, so output is deterministic.
    """
    arr = np.asarray(counts, dtype=np.int64)
    total = int(arr.sum())
    if total == 0:
        return {}
    nz = np.flatnonzero(arr)
    items = sorted(((SCRIPTS[int(i)], int(arr[i])) for i in nz), key=lambda kv: (-kv[1], kv[0]))
    return {name: n / total for name, n in items}


def letter_counts(text: str) -> npt.NDArray[np.int64]:
    """Number of letters (``\\p{L}\\p{M}``) per script id; Inherited marks count for their base."""
    sid, isl = script_ids(codepoints(text))
    sid = resolve_inherited(sid)
    return np.bincount(sid[isl], minlength=len(SCRIPTS)).astype(np.int64)


def script_shares(text: str) -> dict[str, float]:
    """Share of letters (``\\p{L}\\p{M}``) per script; sums to 1.0, ``{}`` if there is no letter.

    Combining marks count for the script of their base letter. Digits and punctuation are not letters.

    >>> script_shares("मैं ok")
    {'Deva': 0.6, 'Latn': 0.4}
    """
    return shares_from_counts(letter_counts(text))


def dominant_script(text: str) -> str | None:
    """The script with the most letters, or ``None`` if ``text`` has no letter.

    Ties are broken by script name (alphabetical) so the result is deterministic.
    """
    shares = script_shares(text)
    if not shares:
        return None
    return next(iter(shares))
