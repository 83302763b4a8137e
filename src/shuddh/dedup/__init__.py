"""Deduplication algorithms: canonical keys, vectorised word-n-gram MinHash, LSH banding, grouping and
union-find. The pipeline stages that use them live in :mod:`shuddh.stages.dedup`.

Everything here is Indic-correct: text is compared after :func:`shuddh.text.normalize.normalize` (NFC,
never stripping combining marks), case folding and digit folding (Devanagari ०-९ compare equal to
0-9), and words come from :func:`shuddh.text.segment.words`, which never splits at a matra or virama.
"""

from __future__ import annotations

from shuddh.dedup.hashing import canonical_text, exact_key, line_hash, mix64, ngram_hashes, word_hashes
from shuddh.dedup.minhash import MinHasher, estimate_jaccard
from shuddh.dedup.unionfind import components, star_edges

__all__ = [
    "MinHasher",
    "canonical_text",
    "components",
    "estimate_jaccard",
    "exact_key",
    "line_hash",
    "mix64",
    "ngram_hashes",
    "star_edges",
    "word_hashes",
]
