"""NFC without paying for it when the text already is NFC (nearly always, after normalisation).

``unicodedata.normalize("NFC")`` costs ~40–90 µs per Hindi document even when it changes nothing: every
nukta (U+093C, NFC_Quick_Check=Maybe) sends CPython's quick check to a full decomposition and
recomposition. :func:`maybe_not_nfc` decides "certainly NFC" with table look-ups on the UTF-32 code units
(a few µs): no NFC_QC=No character, combining classes in canonical order, and no Maybe character whose
last starter could compose with it (the first character of a primary composite, a decomposable
character, or Hangul). It looks only at the few code points that need attention (a non-zero combining
class or NFC_QC ≠ Yes: ~5 % of Hindi text). Anything it cannot clear goes to unicodedata, so
:func:`nfc` and :func:`nfc_batch` always return unicodedata's result (tests/unit/dedup and
tests/unit/text check the check against ``unicodedata.is_normalized``).
"""

from __future__ import annotations

import unicodedata

import numpy as np
import numpy.typing as npt
import regex

__all__ = [
    "BMP",
    "CCC",
    "COMPOSES",
    "EVERY_BMP",
    "NFC_QUICK",
    "bmp_where",
    "certainly_nfc",
    "code_points",
    "from_code_points",
    "maybe_not_nfc",
    "nfc",
    "nfc_batch",
    "nfc_joined",
]

BMP = 0x10000
#: every BMP character except the surrogates, in code point order
EVERY_BMP = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, BMP)))


def code_points(text: str) -> npt.NDArray[np.uint32]:
    """The code points of ``text`` (UTF-32; a lone surrogate, possible in plain-text input, round-trips)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def from_code_points(codes: npt.NDArray[np.uint32]) -> str:
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


def bmp_where(pattern: regex.Pattern[str] | str) -> npt.NDArray[np.uint32]:
    """Code points of the BMP that ``pattern`` (one character) matches."""
    return code_points("".join(regex.findall(pattern, EVERY_BMP)))


def _nfc_tables() -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.uint8], npt.NDArray[np.bool_]]:
    quick = np.zeros(BMP, dtype=np.uint8)  # 0 yes, 1 maybe, 2 no
    quick[bmp_where(r"\p{NFC_QC=M}")] = 1
    quick[bmp_where(r"\p{NFC_QC=N}")] = 2
    ccc = np.zeros(BMP, dtype=np.uint8)
    for c in regex.findall(r"\p{^ccc=0}", EVERY_BMP):
        ccc[ord(c)] = unicodedata.combining(c)  # CPython's own data decides, as it does in normalize()
    composes = np.zeros(BMP, dtype=np.bool_)
    for c in regex.findall(r"\p{Decomposition_Type=Canonical}", EVERY_BMP):
        d = unicodedata.decomposition(c)
        if d and not d.startswith("<"):
            composes[ord(c)] = True  # decomposes: its last starter may be another character
            first = int(d.split()[0], 16)
            if first < BMP and unicodedata.normalize("NFC", c) == c:  # a primary composite
                composes[first] = True
    composes[0x1100:0x1113] = True  # Hangul leading consonants and syllables compose algorithmically
    composes[0xAC00:0xD7A4] = True
    return quick, ccc, composes


NFC_QUICK, CCC, COMPOSES = _nfc_tables()
#: code points the check must look at: NFC_QC Maybe/No or a non-zero combining class
_ATTENTION = (NFC_QUICK != 0) | (CCC != 0)


def maybe_not_nfc(a: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """Positions where the text with code points ``a`` may not be NFC (none: it certainly is)."""
    n = len(a)
    bad = np.zeros(n, dtype=bool)
    if n == 0:
        return bad
    astral = a >= BMP
    if astral.any():  # outside the tables
        bad |= astral
        a = np.where(astral, 0, a)
    nz = np.flatnonzero(_ATTENTION[a])
    if len(nz) == 0:
        return bad
    code = a[nz]
    q, c = NFC_QUICK[code], CCC[code]
    bad[nz[q == 2]] = True
    # canonical order: a non-starter after a character of a higher combining class
    cprev = np.where(nz > 0, CCC[a[np.maximum(nz - 1, 0)]], 0)
    bad[nz[(c != 0) & (cprev > c)]] = True
    # a Maybe character may compose with the last starter before it: the previous character, or the one
    # before the run of non-starters that ends just before it
    m = nz[(q == 1) & (nz > 0)]
    if len(m):
        ns = nz[c != 0]  # every non-starter is in nz
        run_start = ns.copy()
        if len(ns) > 1:
            new_run = np.ones(len(ns), dtype=bool)
            new_run[1:] = ns[1:] != ns[:-1] + 1
            run_start = ns[np.maximum.accumulate(np.where(new_run, np.arange(len(ns)), 0))]
        before = m - 1
        k = np.minimum(np.searchsorted(ns, before), max(len(ns) - 1, 0))
        in_run = (ns[k] == before) if len(ns) else np.zeros(len(m), dtype=bool)
        starter = np.where(in_run, run_start[k] - 1 if len(ns) else before, before)
        found = starter >= 0
        bad[m[found]] |= COMPOSES[a[starter[found]]]
    return bad


def certainly_nfc(text: str) -> bool:
    """True when ``text`` is NFC for sure (False: it may or may not be; ask unicodedata)."""
    return text.isascii() or not maybe_not_nfc(code_points(text)).any()


def nfc(text: str) -> str:
    """``unicodedata.normalize("NFC", text)``, without its cost when ``text`` certainly is NFC."""
    return text if certainly_nfc(text) else unicodedata.normalize("NFC", text)


#: joins a batch: a private-use starter that composes with nothing (a text containing it goes alone)
SEP = "\ue000"


def nfc_joined(a: npt.NDArray[np.uint32], doc: npt.NDArray[np.integer]) -> str | None:
    """NFC of a batch joined with :data:`SEP` (code points ``a``; ``doc[i]``: the text position ``i``
    belongs to), unicodedata running only on the texts that may need it; None when all certainly are
    NFC already (the batch is then unchanged)."""
    bad = maybe_not_nfc(a)
    if not bad.any():
        return None
    parts = from_code_points(a).split(SEP)
    for i in np.unique(doc[bad]).tolist():
        parts[i] = unicodedata.normalize("NFC", parts[i])
    return SEP.join(parts)


def nfc_batch(texts: list[str]) -> list[str]:
    """:func:`nfc` of every text, checked a batch at a time (one numpy pass for the whole batch). ASCII texts
    (NFC as they are; ``str.isascii`` is O(1)) are left out of the pass: 58 % of the characters of English web
    documents' langid segments are in ASCII segments (wcxb, with hash_batch's in-place mixing: hash_batch 0.18 ->
    0.17 ms per page)."""
    todo = [i for i, t in enumerate(texts) if not t.isascii()]
    if len(todo) < len(texts):
        out = list(texts)
        for i, t in zip(todo, _nfc_batch([texts[i] for i in todo]), strict=True):
            out[i] = t
        return out
    return _nfc_batch(texts)


def _nfc_batch(texts: list[str]) -> list[str]:
    if not texts:
        return []
    joined = SEP.join(texts)
    if joined.count(SEP) != len(texts) - 1:
        return [nfc(t) for t in texts]
    a = code_points(joined)
    out = nfc_joined(a, np.cumsum(a == np.uint32(ord(SEP)), dtype=np.int64))
    return list(texts) if out is None else out.split(SEP)
