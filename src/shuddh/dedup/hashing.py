"""Canonical text and vectorised hashing for deduplication.

* :func:`canonical_text` — what "the same text" means: normalised (NFC, invisible characters removed,
  whitespace collapsed — combining marks are *never* stripped), case-folded, and with the decimal digits
  of Indic scripts folded to ASCII so "२०२४" and "2024" compare equal. :func:`canonical_texts`,
  :func:`exact_keys` and :func:`line_hashes` do the same for a batch with numpy table look-ups on UTF-32
  code units; they return exactly what the one-text reference functions return (each declines to the
  reference path wherever a table could be wrong) and cost about a third.
* :func:`canonical_word_hashes` finds the words of a batch of canonical texts (exactly the matches of
  ``WORD_RE``) and hashes each (a polynomial hash over random per-code-point values) with numpy array
  operations on the UTF-32 code units: no Python string or call per word; :func:`word_hashes` gives
  the same hash for a list of words. :func:`ngram_hashes` then builds every word-n-gram hash with a
  handful of numpy operations (an order-sensitive linear combination of the n word hashes with fixed
  odd multipliers, finished with the splitmix64 mixer), so there is no per-shingle Python loop.
"""

from __future__ import annotations

import unicodedata

import numpy as np
import numpy.typing as npt
import regex
import xxhash

from shuddh.text.nfc import BMP as _BMP
from shuddh.text.nfc import EVERY_BMP as _EVERY_BMP
from shuddh.text.nfc import SEP as _SEP
from shuddh.text.nfc import bmp_where as _where
from shuddh.text.nfc import code_points as _codes
from shuddh.text.nfc import from_code_points as _text
from shuddh.text.nfc import nfc_joined
from shuddh.text.normalize import _INVISIBLE_RE, _MOJIBAKE_RE, _VOWEL_PIECES, normalize
from shuddh.text.segment import words

__all__ = [
    "canonical_text", "canonical_texts", "canonical_word_hashes", "canonical_words",
    "exact_key", "exact_keys", "fold_indic_digits", "line_hash", "line_hashes", "mix64", "ngram_hashes",
    "word_hashes", "word_spans",
]

U64 = npt.NDArray[np.uint64]

# Decimal digits of the scripts shuddh handles (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
# Telugu, Kannada, Malayalam, Arabic-Indic, Extended Arabic-Indic) -> ASCII.
_DIGIT_BLOCKS = (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0660, 0x06F0)
_DIGITS = {base + i: ord("0") + i for base in _DIGIT_BLOCKS for i in range(10)}
# The same map as a lookup table over code points below U+0E00 (all the blocks above lie there).
# Folding through numpy on the UTF-32 code units costs ~9 µs for an 830-character Hindi document,
# ``str.translate`` with a dict ~48 µs (benchmarks/bench_dedup.py corpus, 3,000 documents).
_TABLE_END = 0x0E00
_DIGIT_TABLE = np.arange(_TABLE_END, dtype=np.uint32)
for _src, _dst in _DIGITS.items():
    _DIGIT_TABLE[_src] = _dst

# splitmix64 finaliser constants (Steele, Lea & Flood 2014)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)


def canonical_text(text: str) -> str:
    """Normalised, case-folded, digit-folded text with every whitespace run turned into one space
    (line breaks included). Combining marks are kept: "मैं हिंदी में" stays "मैं हिंदी में"."""
    return canonical_texts([text])[0]


def _canonical_slow(text: str) -> str:
    return fold_indic_digits(" ".join(normalize(text).casefold().split()))


# -- fast path ---------------------------------------------------------------------------------------
# Full normalisation costs ~145 µs per 830-character Hindi document, most of it four regex passes that
# only delete invisible characters and tidy whitespace — which the canonical form then collapses anyway.
# The fast path does those with table look-ups on the UTF-32 code units (~60 µs in all, NFC included)
# and gives *exactly* the slow path's result; it declines (returns None) whenever a step of
# normalize() that is not a deletion or a whitespace change could apply: a mojibake lead character,
# ZWJ/ZWNJ (kept inside words, removed elsewhere), "|" or "।।" (danda repair) and the two-piece vowel
# spellings. tests/unit/dedup checks fast == slow on text drawn from all of these characters.
_DEL = np.uint32(0xFFFFFFFF)
_SPACE = np.uint32(0x20)
_ZWNJ, _ZWJ = np.uint32(0x200C), np.uint32(0x200D)


def _fast_tables() -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    letter_or_mark = np.zeros(_BMP, dtype=bool)
    letter_or_mark[_where(r"[\p{L}\p{M}]")] = True
    code_map = np.arange(_BMP, dtype=np.uint32)
    code_map[[ord(c) for c in _EVERY_BMP[:0x3001] if c.isspace()]] = _SPACE  # str.split()'s whitespace
    code_map[_where(_INVISIBLE_RE)] = _DEL  # normalize() deletes these …
    code_map[[0x0D, 0x2028, 0x2029]] = _SPACE  # … after turning line ends into "\n"
    decline = np.zeros(_BMP, dtype=bool)
    decline[ord("|")] = True
    decline[[ord(c) for c in _EVERY_BMP[:0x100] if _MOJIBAKE_RE.match(c + "\x80")]] = True
    return code_map, decline, letter_or_mark


_CODE_MAP, _DECLINE, _LETTER_OR_MARK = _fast_tables()
# "।।" and the two-piece vowel spellings: normalize() rewrites them, so the fast path declines them
_PAIRS_DECLINED = frozenset({"।।", *_VOWEL_PIECES})
_PIECE_FIRST = np.zeros(_BMP, dtype=bool)
_PIECE_FIRST[[ord(p[0]) for p in _PAIRS_DECLINED]] = True
_PIECE_SECOND = np.zeros(_BMP, dtype=bool)
_PIECE_SECOND[[ord(p[1]) for p in _PAIRS_DECLINED]] = True


def _case_digit_table() -> npt.NDArray[np.uint32]:
    """``fold_indic_digits(chr(c).casefold())`` for every BMP code point whose case folding is one character;
    ``_DEL`` where it is several (e.g. "ß" → "ss"). str.casefold works character by character, so this
    table gives exactly its result wherever no ``_DEL`` occurs."""
    t = np.arange(_BMP, dtype=np.uint32)
    for c in _EVERY_BMP:
        f = c.casefold()
        if f != c:
            t[ord(c)] = ord(f) if len(f) == 1 else _DEL
    low = t < _TABLE_END
    t[low] = _DIGIT_TABLE[t[low]]
    return t


_CASE_DIGIT = _case_digit_table()


# -- batches -------------------------------------------------------------------------------------------
# Documents are canonicalised a batch at a time: joined with a separator, transformed with a handful of
# numpy operations on the UTF-32 code units, and split again, so the per-call overhead of numpy and of
# unicodedata is paid per batch, not per document (per-document code spent more time in that overhead
# than in the work). U+E000 (private use) separates: it is a starter that composes with nothing, is not
# a letter, mark, digit or space, and casefold() keeps it — so every step below acts on each document as
# it would alone. A batch whose text contains U+E000 itself goes document by document.
#: documents canonicalised together: the temporaries take ~60 bytes per character, so 512 documents of
#: ~830 characters need ~30 MB (2,048 needed 117 MB), and the per-batch overhead is already negligible
_SUB_BATCH = 512
_SEP_CODE = np.uint32(ord(_SEP))


def _join(texts: list[str]) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int32]] | None:
    """Code points of the joined batch and, for each, its document index (None: use one by one)."""
    if any(_SEP in t for t in texts):
        return None
    a = _codes(_SEP.join(texts))
    return a, np.cumsum(a == _SEP_CODE, dtype=np.int32)


def _nfc_casefold_digits(a: npt.NDArray[np.uint32], doc: npt.NDArray[np.int32]) -> npt.NDArray[np.uint32]:
    """Code points of ``fold_indic_digits(NFC(text).casefold())`` for the joined batch ``a``: table look-ups,
    with a string round trip only where NFC must run (unicodedata) or a folding is several characters."""
    joined = nfc_joined(a, doc)
    if joined is not None:
        a = _codes(joined)
    astral = np.flatnonzero(a >= _BMP)
    if len(astral) == 0:
        f = _CASE_DIGIT[a]
    else:  # emoji and the like: few, folded one by one
        f = _CASE_DIGIT[np.where(a >= _BMP, 0, a)]
        for i in astral.tolist():
            c = chr(a[i]).casefold()
            f[i] = ord(c) if len(c) == 1 else _DEL
    if (f == _DEL).any():  # a folding of several characters ("ß" → "ss"): the string way
        return _fold(_codes(_text(a).casefold()))
    return f


def _fold(a: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    low = a < _TABLE_END
    return np.where(low, _DIGIT_TABLE[np.where(low, a, 0)], a)


def canonical_texts(texts: list[str]) -> list[str]:
    """:func:`canonical_text` of every text (a batch at a time: much faster than one by one)."""
    out: list[str] = []
    for lo in range(0, len(texts), _SUB_BATCH):
        part = texts[lo : lo + _SUB_BATCH]
        done = _canonical_batch(part)
        if done is None:
            out.extend(_canonical_slow(t) for t in part)
            continue
        a, declined = done
        out.extend(_canonical_slow(t) if d else c
                   for c, d, t in zip(_text(a).split(_SEP), declined.tolist(), part, strict=True))
    return out


def _canonical_batch(texts: list[str]) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.bool_]] | None:
    """Code points of the canonical texts joined with the separator, and which texts the fast path
    declined (their part of the array is not their canonical text); None when they cannot be joined."""
    joined = _join(texts) if texts else None
    if joined is None:
        return None
    a, doc = joined
    n = len(texts)
    declined = np.zeros(n, dtype=bool)
    low = a < _BMP
    idx = np.where(low, a, ord("a"))  # astral characters: none is deleted, spacing or declined
    declined[doc[_DECLINE[idx]]] = True
    keep_m = np.where(low, _CODE_MAP[idx], a)
    kept = keep_m != _DEL
    m, doc = keep_m[kept], doc[kept]
    joiner = (m == _ZWNJ) | (m == _ZWJ)
    if joiner.any():
        # normalize() keeps a ZWJ/ZWNJ only when both its neighbours are letters or marks (so a run
        # of two joiners goes entirely); the separator is neither, as a text's start and end are
        nb = np.concatenate(([0], m, [0]))
        left, right = nb[:-2], nb[2:]
        declined[doc[joiner & ((left >= _BMP) | (right >= _BMP))]] = True  # astral: slow path
        ok = _LETTER_OR_MARK[np.minimum(left, _BMP - 1)] & _LETTER_OR_MARK[np.minimum(right, _BMP - 1)]
        sel = ~joiner | ok
        m, doc = m[sel], doc[sel]
    # digit folding comes before the checks below here (the reference folds last): it only turns
    # decimal digits into ASCII digits, which are neither mojibake leads nor pieces of a pair
    a = _nfc_casefold_digits(m, doc)
    doc = np.cumsum(a == _SEP_CODE, dtype=np.int32)
    declined[doc[_DECLINE[np.where(a < _BMP, a, 0)]]] = True  # NFC/casefold made a mojibake lead
    if len(a) > 1:  # "।।" and two-piece vowels: normalize() would rewrite them
        prev, cur = a[:-1], a[1:]
        cand = np.flatnonzero(_PIECE_FIRST[np.minimum(prev, _BMP - 1)] & _PIECE_SECOND[np.minimum(cur, _BMP - 1)])
        for i in cand.tolist():
            if chr(prev[i]) + chr(cur[i]) in _PAIRS_DECLINED:
                declined[doc[i]] = True
    sp = a == _SPACE
    keep = ~sp
    keep[1:] |= sp[1:] & ~sp[:-1]  # the first space of every run
    a = a[keep]
    if len(a):  # no space next to a separator or at either end
        sp = a == _SPACE
        edge = np.zeros(len(a), dtype=bool)
        edge[0] = edge[-1] = True
        sep = a == _SEP_CODE
        edge[1:] |= sep[:-1]
        edge[:-1] |= sep[1:]
        a = a[~(sp & edge)]
    return a, declined


def fold_indic_digits(text: str) -> str:
    """Decimal digits of the Indic and Arabic scripts (``_DIGIT_BLOCKS``) as ASCII digits; everything else,
    fullwidth ``'１'`` and Thai ``'๑'`` included, unchanged. (Not :func:`shuddh.text.normalize.fold_digits`,
    which folds every decimal digit Unicode knows: dedup keys keep this narrower, table-driven fold.)"""
    if text.isascii():
        return text
    return _text(_fold(_codes(text)))


# -- words without strings -------------------------------------------------------------------------------
# Segmenting canonical text with the regex and hashing each word string (xxh3) cost ~150 µs per
# 830-character Hindi document: findall builds a Python string per word, then one call per word.
# canonical_word_hashes finds the same words (the spans of WORD_RE, see shuddh.text.segment) with table
# look-ups on the UTF-32 code units and hashes every word inside numpy, so no per-word Python object
# exists at all. Word classes: a letter, mark or digit (W); ZWJ/ZWNJ (J), kept inside a word when a run
# of them has W on both sides; an apostrophe or hyphen (C), kept when both neighbours are W.
# tests/unit/dedup checks the spans against WORD_RE.findall.
_W, _J, _C = np.uint8(1), np.uint8(2), np.uint8(3)


def _word_classes_bmp() -> npt.NDArray[np.uint8]:
    cls = np.zeros(_BMP, dtype=np.uint8)
    cls[_where(r"[\p{L}\p{M}\p{N}]")] = _W
    cls[[0x200C, 0x200D]] = _J
    cls[[ord("'"), ord("’"), ord("-")]] = _C
    return cls


_WORD_CLASS = _word_classes_bmp()
_WORD_CHAR = _WORD_CLASS == _W
_ASTRAL_W: npt.NDArray[np.bool_] | None = None


def _astral_word_chars() -> npt.NDArray[np.bool_]:
    """W for every code point above the BMP (built on first use: ~0.2 s, only text with such characters)."""
    global _ASTRAL_W  # noqa: PLW0603
    if _ASTRAL_W is None:
        every = _text(np.arange(_BMP, 0x110000, dtype=np.uint32))
        _ASTRAL_W = _codes(regex.sub(r"[^\p{L}\p{M}\p{N}]", "\x00", every)) != 0
    return _ASTRAL_W


def word_spans(a: npt.NDArray[np.uint32]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Start and end (code-point offsets) of every word of the text with code points ``a``: exactly the
    matches of ``shuddh.text.segment.WORD_RE``, in order."""
    return _words_in(_in_word(a))


def _in_word(a: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """For every code point of ``a``: is it part of a word (W, or a J run / C with W on both sides)?"""
    n = len(a)
    astral = np.flatnonzero(a >= _BMP)
    low = a if len(astral) == 0 else np.where(a >= _BMP, 0, a)
    w: npt.NDArray[np.bool_] = _WORD_CHAR[low]
    if len(astral):
        w[astral] = _astral_word_chars()[a[astral] - _BMP]
    special = np.flatnonzero(_WORD_CLASS[low] >= _J)  # joiners and connectors are rare: work on them only
    if len(special) == 0:
        return w
    inw = w.copy()
    kind = _WORD_CLASS[low[special]]
    c = special[kind == _C]
    c = c[(c > 0) & (c < n - 1)]
    inw[c[w[c - 1] & w[c + 1]]] = True
    j = special[kind == _J]
    if len(j):  # a run of joiners is inside a word when the characters around the whole run are W
        brk = np.flatnonzero(np.diff(j) != 1) + 1
        first = np.concatenate(([0], brk))
        last = np.concatenate((brk, [len(j)])) - 1
        left, right = j[first] - 1, j[last] + 1
        ok = (left >= 0) & (right < n)
        ok[ok] = w[left[ok]] & w[right[ok]]
        inw[j[np.repeat(ok, last - first + 1)]] = True
    return inw


def _random_u64(n: int, seed: int) -> U64:
    return np.random.Generator(np.random.PCG64(seed)).integers(0, 2**63, size=n, dtype=np.uint64) * np.uint64(2) + 1


#: a random odd 64-bit value per low 16 bits of a code point, mixed with one per plane above the BMP
#: (0 for the BMP, so a word hashes the same whether or not its batch holds astral characters)
_CHAR_TABLE = _random_u64(_BMP, 0xC0DE)
_PLANE_TABLE = _random_u64(17, 0x91A4E)
_PLANE_TABLE[0] = 0
_BASE = np.uint64(0x9E3779B97F4A7C15)  # odd, so invertible modulo 2**64
_BASE_INV = np.uint64(pow(int(_BASE), -1, 2**64))
_LEN_MULT = np.uint64(0xC2B2AE3D27D4EB4F)


def _powers(base: np.uint64, n: int) -> U64:
    p = np.empty(n, dtype=np.uint64)
    p[:1] = 1
    p[1:] = base
    return np.cumprod(p, out=p)  # wraps modulo 2**64, as intended


def _span_hashes(a: npt.NDArray[np.uint32], starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64]) -> U64:
    """A 64-bit hash of the code points of every span ``[starts[i], ends[i])`` of ``a``, numpy only.

    A polynomial hash modulo 2**64 of the code points' random table values ``T``, from one prefix sum
    over the whole batch: with ``P_k = Σ_{j<k} T[a_j]·B^-j``, the span ``[s, e)`` hashes to
    ``(P_e − P_s)·B^s = Σ T[a_j]·B^(j−s)`` — the same wherever the word occurs — then its length is added
    and the splitmix64 finaliser applied."""
    n = len(a)
    if len(starts) == 0:
        return np.zeros(0, dtype=np.uint64)
    term = _CHAR_TABLE[a & 0xFFFF]
    if n and a.max() >= _BMP:
        term ^= _PLANE_TABLE[a >> 16]
    term *= _powers(_BASE_INV, n)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum(term, out=prefix[1:])
    h = (prefix[ends] - prefix[starts]) * _powers(_BASE, n + 1)[starts]
    return mix64(h + (ends - starts).astype(np.uint64) * _LEN_MULT)


def _words_in(inw: npt.NDArray[np.bool_]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Start and end of every maximal run of ``inw``."""
    if len(inw) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    edges = np.diff(inw.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    return np.flatnonzero(edges == 1).astype(np.int64), np.flatnonzero(edges == -1).astype(np.int64)


def canonical_word_hashes(texts: list[str]) -> tuple[U64, npt.NDArray[np.int64]]:
    """Hashes of the words of every text's canonical form, concatenated, and each text's word count.

    The words are exactly :func:`canonical_words`'s (NFC, case-folded, digit-folded, then
    ``WORD_RE``); each hashed as :func:`word_hashes` does."""
    hashes: list[U64] = []
    counts = np.zeros(len(texts), dtype=np.int64)
    for lo in range(0, len(texts), _SUB_BATCH):
        part = texts[lo : lo + _SUB_BATCH]
        joined = _join(part)
        if joined is None:  # a text contains the separator: one at a time
            for i, t in enumerate(part):
                a = _codes(fold_indic_digits(unicodedata.normalize("NFC", t).casefold()))
                starts, ends = word_spans(a)
                hashes.append(_span_hashes(a, starts, ends))
                counts[lo + i] = len(starts)
            continue
        a = _nfc_casefold_digits(*joined)
        starts, ends = word_spans(a)
        hashes.append(_span_hashes(a, starts, ends))
        doc_of = np.cumsum(a == _SEP_CODE, dtype=np.int64)[starts]
        counts[lo : lo + len(part)] = np.bincount(doc_of, minlength=len(part))
    wh = np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.uint64)
    return wh, counts


def canonical_words(text: str) -> list[str]:
    """Words of the canonical text (Indic-correct segmentation: never split at matras or virama).

    Equal to ``words(canonical_text(text))`` for all practical purposes but much cheaper: word
    segmentation already ignores whitespace, punctuation and invisible characters, so only NFC, case
    folding and digit folding are needed (the full :func:`normalize` would cost more than hashing)."""
    return words(fold_indic_digits(unicodedata.normalize("NFC", text).casefold()))


def exact_keys(texts: list[str]) -> list[tuple[int, int] | None]:
    """128-bit keys (xxh3-128 of the UTF-32 code units) of the canonical texts as (high, low) 64-bit
    halves; ``None`` for a text with no words or other visible content (empty documents are left to the
    quality filters). Hashed straight from the batch's code-point array: no string per document."""
    out: list[tuple[int, int] | None] = []
    h = xxhash.xxh3_128_intdigest
    for lo in range(0, len(texts), _SUB_BATCH):
        part = texts[lo : lo + _SUB_BATCH]
        done = _canonical_batch(part)
        keys: list[bytes | memoryview]
        if done is None:
            keys = [_codes(_canonical_slow(t)).tobytes() for t in part]
        else:
            a, declined = done
            seps = np.flatnonzero(a == _SEP_CODE)
            starts = np.concatenate(([0], seps + 1)).tolist()
            ends = np.concatenate((seps, [len(a)])).tolist()
            buf = memoryview(a.tobytes())
            keys = [_codes(_canonical_slow(t)).tobytes() if slow else buf[4 * i : 4 * j]
                    for i, j, slow, t in zip(starts, ends, declined.tolist(), part, strict=True)]
        for k in keys:
            if len(k) == 0:
                out.append(None)
                continue
            v = h(k)
            out.append((v >> 64, v & 0xFFFFFFFFFFFFFFFF))
    return out


def exact_key(text: str) -> tuple[int, int] | None:
    """:func:`exact_keys` of one text."""
    return exact_keys([text])[0]


def line_hashes(lines: list[str]) -> list[int | None]:
    """64-bit hashes (xxh3) of lines' canonical forms; ``None`` for a blank line. (Not
    :func:`shuddh.lang.profile.line_key`, the string a chrome lexicon entry is matched on.)"""
    h = xxhash.xxh3_64_intdigest
    return [h(c.encode()) if c else None for c in canonical_texts(lines)]


def line_hash(line: str) -> int | None:
    """:func:`line_hashes` of one line."""
    return line_hashes([line])[0]


def mix64(x: U64) -> U64:
    """splitmix64 finaliser, vectorised (a bijection on uint64 with full avalanche)."""
    x = x ^ (x >> _S30)
    x = x * _M1
    x = x ^ (x >> _S27)
    x = x * _M2
    return x ^ (x >> _S31)


def word_hashes(ws: list[str]) -> U64:
    """A 64-bit hash of every word (the hash :func:`canonical_word_hashes` gives the same word)."""
    lens = np.fromiter(map(len, ws), dtype=np.int64, count=len(ws))
    ends = np.cumsum(lens)
    return _span_hashes(_codes("".join(ws)), ends - lens, ends)


def _multipliers(n: int, seed: int) -> U64:
    rng = np.random.Generator(np.random.PCG64(0x5EED_0000 + seed))
    return rng.integers(0, 2**63, size=n, dtype=np.uint64) * np.uint64(2) + np.uint64(1)  # odd


def ngram_hashes(wh: U64, n: int, *, doc_starts: npt.NDArray[np.int64] | None = None,
                 seed: int = 0) -> tuple[U64, npt.NDArray[np.int64]]:
    """Hashes of all word n-grams of one or many documents, vectorised.

    ``wh`` are the word hashes of the documents concatenated; ``doc_starts`` the index of each
    document's first word (default: one document). Returns the n-gram hashes (concatenated in document
    order) and the index of each document's first n-gram in that array. A document with fewer than
    ``n`` words (but at least one) gets exactly one "n-gram": all of its words. A document with no
    words gets none.
    """
    if doc_starts is None:
        doc_starts = np.zeros(1, dtype=np.int64)
    total = len(wh)
    ndocs = len(doc_starts)
    lengths = np.diff(np.append(doc_starts, total))
    mult = _multipliers(n, seed)
    s = total - n + 1
    if s > 0:
        acc = wh[:s] * mult[0]
        for k in range(1, n):
            acc = acc + wh[k : k + s] * mult[k]
        # an n-gram is valid when its last word belongs to the same document as its first word
        doc_of = np.repeat(np.arange(ndocs), lengths)
        ok = doc_of[:s] == doc_of[n - 1 :]
        grams = acc[ok]
        gram_doc = doc_of[:s][ok]
    else:
        grams = np.zeros(0, dtype=np.uint64)
        gram_doc = np.zeros(0, dtype=np.int64)
    short = np.flatnonzero((lengths > 0) & (lengths < n))
    if len(short):  # rare: documents shorter than n words get one gram over all their words
        extra = np.empty(len(short), dtype=np.uint64)
        for j, d in enumerate(short):
            seg = wh[doc_starts[d] : doc_starts[d] + lengths[d]]
            extra[j] = (seg * mult[: len(seg)]).sum(dtype=np.uint64) ^ np.uint64(len(seg))
        grams = np.concatenate([grams, extra])
        gram_doc = np.concatenate([gram_doc, short.astype(np.int64)])
        order = np.argsort(gram_doc, kind="stable")
        grams, gram_doc = grams[order], gram_doc[order]
    starts = np.searchsorted(gram_doc, np.arange(ndocs)).astype(np.int64)
    return mix64(grams), starts
