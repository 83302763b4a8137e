"""Canonical text and vectorised hashing for deduplication.

* :func:`canonical_text` — what "the same text" means: normalised (NFC, invisible characters removed,
  whitespace collapsed — combining marks are *never* stripped), case-folded, and with the decimal digits
  of Indic scripts folded to ASCII so "२०२४" and "2024" compare equal. :func:`canonical_texts`,
  :func:`canonical_words_batch`, :func:`exact_keys` and :func:`line_keys` do the same for a batch with
  numpy table look-ups on UTF-32 code units; they return exactly what the one-text reference functions
  return (each decline to the reference path wherever a table could be wrong) and cost about a third.
* :func:`word_hashes` hashes each word once with xxh3-64 (the only per-item Python call, one per word);
  :func:`ngram_hashes` then builds every word-n-gram hash with a handful of numpy operations
  (an order-sensitive linear combination of the n word hashes with fixed odd multipliers, finished with
  the splitmix64 mixer), so there is no per-shingle Python loop.
"""

from __future__ import annotations

import unicodedata

import numpy as np
import numpy.typing as npt
import regex
import xxhash

from shuddh.text.normalize import _INVISIBLE_RE, _MOJIBAKE_RE, _VOWEL_PIECES, normalize
from shuddh.text.segment import words

__all__ = [
    "canonical_text", "canonical_texts", "canonical_words", "canonical_words_batch", "exact_key", "exact_keys",
    "fold_digits", "line_key", "line_keys", "mix64", "ngram_hashes", "word_hashes",
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


def _codes(text: str) -> npt.NDArray[np.uint32]:
    # surrogatepass: a lone surrogate (possible in plain-text input) round-trips instead of raising
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _text(codes: npt.NDArray[np.uint32]) -> str:
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


def canonical_text(text: str) -> str:
    """Normalised, case-folded, digit-folded text with every whitespace run turned into one space
    (line breaks included). Combining marks are kept: "मैं हिंदी में" stays "मैं हिंदी में"."""
    return canonical_texts([text])[0]


def _canonical_slow(text: str) -> str:
    return fold_digits(" ".join(normalize(text).casefold().split()))


# -- fast path ---------------------------------------------------------------------------------------
# Full normalisation costs ~145 µs per 830-character Hindi document, most of it four regex passes that
# only delete invisible characters and tidy whitespace — which the canonical form then collapses anyway.
# The fast path does those with table look-ups on the UTF-32 code units (~60 µs in all, NFC included)
# and gives *exactly* the slow path's result; it declines (returns None) whenever a step of
# normalize() that is not a deletion or a whitespace change could apply: a mojibake lead character,
# ZWJ/ZWNJ (kept inside words, removed elsewhere), "|" or "।।" (danda repair) and the two-piece vowel
# spellings. tests/unit/dedup checks fast == slow on text drawn from all of these characters.
_BMP = 0x10000
_DEL = np.uint32(0xFFFFFFFF)
_SPACE = np.uint32(0x20)
_ZWNJ, _ZWJ = np.uint32(0x200C), np.uint32(0x200D)


_EVERY_BMP = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, _BMP)))


def _where(pattern: regex.Pattern[str] | str) -> npt.NDArray[np.uint32]:
    """Code points of the BMP that ``pattern`` (one character) matches."""
    return _codes("".join(regex.findall(pattern, _EVERY_BMP)))


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


# -- NFC check -----------------------------------------------------------------------------------------
# unicodedata.normalize("NFC") costs ~40 µs per Hindi document even when it changes nothing: every nukta
# (U+093C, NFC_Quick_Check=Maybe) sends CPython's quick check to a full normalisation. _maybe_not_nfc decides
# "already NFC" with table look-ups (~8 µs): no NFC_QC=No character, combining classes in canonical
# order, and no Maybe character whose last starter could compose with it (the first character of a
# primary composite, a decomposable character, or Hangul). Anything else goes to unicodedata, so the
# result is always unicodedata's; tests/unit/dedup checks it against unicodedata.is_normalized.
def _nfc_tables() -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.uint8], npt.NDArray[np.bool_]]:
    quick = np.zeros(_BMP, dtype=np.uint8)  # 0 yes, 1 maybe, 2 no
    quick[_where(r"\p{NFC_QC=M}")] = 1
    quick[_where(r"\p{NFC_QC=N}")] = 2
    ccc = np.zeros(_BMP, dtype=np.uint8)
    for c in regex.findall(r"\p{^ccc=0}", _EVERY_BMP):
        ccc[ord(c)] = unicodedata.combining(c)  # CPython's own data decides, as it does in normalize()
    composes = np.zeros(_BMP, dtype=np.bool_)
    for c in regex.findall(r"\p{Decomposition_Type=Canonical}", _EVERY_BMP):
        d = unicodedata.decomposition(c)
        if d and not d.startswith("<"):
            composes[ord(c)] = True  # decomposes: its last starter may be another character
            first = int(d.split()[0], 16)
            if first < _BMP and unicodedata.normalize("NFC", c) == c:  # a primary composite
                composes[first] = True
    composes[0x1100:0x1113] = True  # Hangul leading consonants and syllables compose algorithmically
    composes[0xAC00:0xD7A4] = True
    return quick, ccc, composes


_NFC_QUICK, _CCC, _COMPOSES = _nfc_tables()


def _maybe_not_nfc(a: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """Positions where the text with code points ``a`` may not be NFC (none: it certainly is)."""
    n = len(a)
    bad = np.zeros(n, dtype=bool)
    if n == 0:
        return bad
    astral = a >= _BMP
    if astral.any():  # outside the tables
        bad |= astral
        a = np.where(astral, 0, a)
    q = _NFC_QUICK[a]
    bad |= q == 2
    c = _CCC[a]
    bad[1:] |= (c[1:] != 0) & (c[:-1] > c[1:])
    maybe = np.flatnonzero(q[1:] == 1) + 1
    if len(maybe):
        last_starter = np.maximum.accumulate(np.where(c == 0, np.arange(n), -1))[maybe - 1]
        found = last_starter >= 0
        bad[maybe[found]] |= _COMPOSES[a[last_starter[found]]]
    return bad


# -- batches -------------------------------------------------------------------------------------------
# Documents are canonicalised a batch at a time: joined with a separator, transformed with a handful of
# numpy operations on the UTF-32 code units, and split again, so the per-call overhead of numpy and of
# unicodedata is paid per batch, not per document (per-document code spent more time in that overhead
# than in the work). U+E000 (private use) separates: it is a starter that composes with nothing, is not
# a letter, mark, digit or space, and casefold() keeps it — so every step below acts on each document as
# it would alone. A batch whose text contains U+E000 itself goes document by document.
_SEP = "\ue000"
#: documents canonicalised together: the temporaries take ~60 bytes per character, so 512 documents of
#: ~830 characters need ~30 MB (2,048 needed 117 MB), and the per-batch overhead is already negligible
_SUB_BATCH = 512
_SEP_CODE = np.uint32(0xE000)


def _join(texts: list[str]) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int32]] | None:
    """Code points of the joined batch and, for each, its document index (None: use one by one)."""
    if any(_SEP in t for t in texts):
        return None
    a = _codes(_SEP.join(texts))
    return a, np.cumsum(a == _SEP_CODE, dtype=np.int32)


def _nfc_batch(a: npt.NDArray[np.uint32], doc: npt.NDArray[np.int32]) -> str:
    """NFC of the joined batch ``a``: unicodedata runs only on the documents that may need it."""
    bad = _maybe_not_nfc(a)
    t = _text(a)
    if not bad.any():
        return t
    parts = t.split(_SEP)
    for i in np.unique(doc[bad]).tolist():
        parts[i] = unicodedata.normalize("NFC", parts[i])
    return _SEP.join(parts)


def _fold(a: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    low = a < _TABLE_END
    return np.where(low, _DIGIT_TABLE[np.where(low, a, 0)], a)


def canonical_texts(texts: list[str]) -> list[str]:
    """:func:`canonical_text` of every text (a batch at a time: much faster than one by one)."""
    if len(texts) > _SUB_BATCH:
        return [c for i in range(0, len(texts), _SUB_BATCH) for c in canonical_texts(texts[i : i + _SUB_BATCH])]
    out: list[str | None] = [None] * len(texts)
    joined = _join(texts) if texts else None
    if joined is not None:
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
        t = _nfc_batch(m, doc).casefold()
        a = _codes(t)
        doc = np.cumsum(a == _SEP_CODE, dtype=np.int32)
        declined[doc[_DECLINE[np.where(a < _BMP, a, 0)]]] = True  # NFC/casefold made a mojibake lead
        if len(a) > 1:  # "।।" and two-piece vowels: normalize() would rewrite them
            prev, cur = a[:-1], a[1:]
            cand = np.flatnonzero(_PIECE_FIRST[np.minimum(prev, _BMP - 1)] & _PIECE_SECOND[np.minimum(cur, _BMP - 1)])
            for i in cand.tolist():
                if chr(prev[i]) + chr(cur[i]) in _PAIRS_DECLINED:
                    declined[doc[i]] = True
        a = _fold(a)
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
        parts = _text(a).split(_SEP)
        out = [None if d else p for p, d in zip(parts, declined.tolist(), strict=True)]
    return [c if c is not None else _canonical_slow(t) for c, t in zip(out, texts, strict=True)]


def fold_digits(text: str) -> str:
    """Decimal digits of the Indic and Arabic scripts as ASCII digits (everything else unchanged)."""
    if text.isascii():
        return text
    return _text(_fold(_codes(text)))


def canonical_words_batch(texts: list[str]) -> list[list[str]]:
    """:func:`canonical_words` of every text (a batch at a time)."""
    if len(texts) > _SUB_BATCH:
        return [w for i in range(0, len(texts), _SUB_BATCH) for w in canonical_words_batch(texts[i : i + _SUB_BATCH])]
    joined = _join(texts) if texts else None
    if joined is None:
        return [canonical_words(t) for t in texts]
    a, doc = joined
    t = _nfc_batch(a, doc).casefold()
    return [words(p) for p in _text(_fold(_codes(t))).split(_SEP)]


def canonical_words(text: str) -> list[str]:
    """Words of the canonical text (Indic-correct segmentation: never split at matras or virama).

    Equal to ``words(canonical_text(text))`` for all practical purposes but much cheaper: word
    segmentation already ignores whitespace, punctuation and invisible characters, so only NFC, case
    folding and digit folding are needed (the full :func:`normalize` would cost more than hashing)."""
    return words(fold_digits(unicodedata.normalize("NFC", text).casefold()))


def exact_keys(texts: list[str]) -> list[tuple[int, int] | None]:
    """128-bit keys of the canonical texts as (high, low) 64-bit halves; ``None`` for a text with no
    words or other visible content (empty documents are left to the quality filters)."""
    out: list[tuple[int, int] | None] = []
    for c in canonical_texts(texts):
        if not c:
            out.append(None)
            continue
        d = xxhash.xxh3_128_intdigest(c.encode())
        out.append((d >> 64, d & 0xFFFFFFFFFFFFFFFF))
    return out


def exact_key(text: str) -> tuple[int, int] | None:
    """:func:`exact_keys` of one text."""
    return exact_keys([text])[0]


def line_keys(lines: list[str]) -> list[int | None]:
    """64-bit keys of lines' canonical forms; ``None`` for a blank line."""
    h = xxhash.xxh3_64_intdigest
    return [h(c.encode()) if c else None for c in canonical_texts(lines)]


def line_key(line: str) -> int | None:
    """:func:`line_keys` of one line."""
    return line_keys([line])[0]


def mix64(x: U64) -> U64:
    """splitmix64 finaliser, vectorised (a bijection on uint64 with full avalanche)."""
    x = x ^ (x >> _S30)
    x = x * _M1
    x = x ^ (x >> _S27)
    x = x * _M2
    return x ^ (x >> _S31)


def word_hashes(ws: list[str]) -> U64:
    """xxh3-64 of every word (one call per word, not per shingle)."""
    # map() keeps the loop in C: ~14 µs per 157-word document against ~20 µs for a generator
    return np.fromiter(map(xxhash.xxh3_64_intdigest, map(str.encode, ws)), dtype=np.uint64, count=len(ws))


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
