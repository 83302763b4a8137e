"""chrome_repeats, cost round 18 (second part): the scan as flat rows, collect's counted keys and rows from them and its
spool cut by one sort, the document hash in two parts, the sentence test called only for lines that may end like a
sentence, the month-name hints as whole names, the reduce's site counts added at once — against verbatim copies of
the code they replaced (shuddh bcc62bf: ``old_scan_keyed``, ``old_joined_forms``, ``old_collect``, ``old_doc_hash``,
``old_reduce_partition``).

The keys are spooled and compared across shards and runs, and apply reads the scans back by document hash: the scans,
every file collect writes and every file the reduce writes must be the same bytes.

The copies key no sentence: session 29 keyed sentences too (``sentences=True``, the stage's default; the definition
is ``test_repeats_scan.ref_scan``'s), so the stages compared with them here are built with ``sentences=False``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from itertools import chain
from pathlib import Path

import numpy as np
import orjson
import regex
import xxhash
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.document import Document
from shuddh.errors import StageError
from shuddh.io.writers import atomic_write_bytes
from shuddh.stages.base import ShardInfo, StageContext, StageStats
from shuddh.stages.clean import repeats as R  # noqa: N812
from shuddh.stages.dedup._common import Spool, read_array, stage_workdir
from tests.unit.perf_equivalence.test_repeats_cost_17 import _doc
from tests.unit.perf_equivalence.test_repeats_cost_round_18 import (
    _END_BITS,
    _collected,
    _line,
    _real_docs,
    _real_keyed_lines,
    _real_lines,
    _with_dates,
    _without_copy_keys,
)

# -- the former code (shuddh bcc62bf), verbatim ----------------------------------------------------------------
old_date_hints_after = re.compile(f"[^{R._WORD_CHARS}](?:{R._DATE_HINT_FAST.pattern})").finditer
old_date_hint_first = R._DATE_HINT_FAST.match


def old_joined_forms(lines: list[str], split_only: bool) -> str | None:
    if len(lines) < 3 or split_only:  # (joining and splitting a line or two costs more than it saves)
        return None
    joined = "\n".join([line if line.isascii() else unicodedata.normalize("NFC", line) for line in lines])
    folded: str = R._DIGITS.sub("0", joined.casefold())
    if folded.count("\n") != len(lines) - 1:
        return None
    pieces: list[str] = []
    done = 0  # the end of the last line substituted
    hints = (m.start() + 1 for m in old_date_hints_after(folded))
    for at in chain((0,), hints) if old_date_hint_first(folded) else hints:
        if at < done:  # (a line already substituted)
            continue
        start, end = folded.rfind("\n", 0, at) + 1, folded.find("\n", at)
        if end < 0:
            end = len(folded)
        pieces += (folded[done:start], R._DATE_WORDS.sub("<d>", folded[start:end]))
        done = end
    if pieces:
        folded = "".join(pieces) + folded[done:]
    if not R._collapsed(folded):
        folded = "\n".join([" ".join(f.split()) for f in folded.split("\n")])
    return folded


def old_scan_keyed(self: R.ChromeRepeatsStage, doc: Document, site: str) -> tuple[R.Scan, list[int]]:
    tag = R.site_tag(site)
    sb = site.encode() + b"\x00"
    text = doc.text
    lines = text.split("\n")
    keys: list[int | None] = [None] * len(lines)
    pairs: list[tuple[int, int] | None] = [None] * len(lines)
    at = [i for i, ln in enumerate(lines) if (len(ln) > 1 and ln[:2].isalpha()) or R._two_letters(ln) is not None]
    max_words = self.max_words
    ctx_lines = [lines[i] for i in at]
    keyed = [j for j, ln in enumerate(ctx_lines) if ln.count(" ") < max_words
             and (ln[-1].isalnum() or not R._is_sentence(ln))]
    tokens: list[int | None] = [None] * len(at)
    keyed_lines = [ctx_lines[j] for j in keyed]
    split_only = R._has_split_only(text)
    joined = old_joined_forms(keyed_lines, split_only)
    forms = ([R._template_form(ln, split_only).encode() for ln in keyed_lines] if joined is None
             else joined.encode().split(b"\n"))
    for j, tb in zip(keyed, forms, strict=True):
        tokens[j] = R._xxh(tb)
        keys[at[j]] = (R._xxh(sb + tb) & R._KEY_MASK) | tag
    last = len(tokens) - 1
    high, low = ~R._TAG_MASK, R._PAIR_BIT | tag
    nxt_j, nxt = -1, 0  # the pair below the previous keyed line: the pair above this one if adjacent
    for j in keyed:
        t = tokens[j]
        if j == nxt_j:
            above = nxt
        else:
            a = tokens[j - 1] if j else R._START
            if a is None:
                a = tokens[j - 1] = R._context_token(ctx_lines[j - 1])
            above = (R._xxh(sb + R._QQ(a, t)) & high) | low
        b = tokens[j + 1] if j < last else R._END_OF_DOC
        if b is None:
            b = tokens[j + 1] = R._context_token(ctx_lines[j + 1])
        nxt_j, nxt = j + 1, (R._xxh(sb + R._QQ(t, b)) & high) | low
        pairs[at[j]] = (above, nxt)
    return R.Scan(keys, pairs), [at[j] for j in keyed]


def old_doc_hash(self: R.ChromeRepeatsStage, doc: Document, site: str) -> int:
    return xxhash.xxh3_128_intdigest(f"{site}\x00{self.max_words}\x00{doc.text}".encode())


def old_collect(self: R.ChromeRepeatsStage, docs: Iterable[Document], ctx: StageContext) -> None:
    wd, name = stage_workdir(ctx)
    spool = Spool(wd, name)
    shift = self._shift()
    sites: Counter[int] = Counter()
    n = 0
    buf: list[int] = []
    doc_rows: list[int] = []
    line_rows: list[int] = []
    end = 0

    def flush() -> None:
        if buf:
            arr = R._uint64s(buf)
            part = (arr >> shift).astype(np.int64)
            for j in np.unique(part):
                spool.append(f"lines.p{j:02d}", arr[part == j])
            buf.clear()
        if doc_rows:
            spool.append("scan.docs", R._uint64s(doc_rows))
            spool.append("scan.lines", R._uint64s(line_rows))
            doc_rows.clear()
            line_rows.clear()

    try:
        for doc in docs:
            n += 1
            site = self._site(doc, ctx)
            sites[R.site_tag(site)] += 1
            sc, keyed = old_scan_keyed(self, doc, site)
            keys, pairs = sc.keys, sc.pairs
            counted: set[int] = {keys[i] for i in keyed}  # type: ignore[misc]
            for i in keyed:
                p = pairs[i]
                counted.update(p)  # type: ignore[arg-type]
                line_rows += (i, keys[i], *p)  # type: ignore[arg-type,misc]
            buf.extend(counted)
            end += len(keyed)
            h = old_doc_hash(self, doc, site)
            doc_rows += (h >> 64, h & R._U64, end)
            if len(buf) >= self.batch:
                flush()
        flush()
        for j in range(self.partitions):
            spool.touch(f"lines.p{j:02d}", "uint64")
        spool.touch("scan.docs", "uint64")
        spool.touch("scan.lines", "uint64")
        spool.commit()
    except BaseException:
        spool.abort()
        raise
    atomic_write_bytes(wd / f"{name}.meta.json", orjson.dumps({"n": n}))
    atomic_write_bytes(wd / f"{name}.sites.json", orjson.dumps({str(k): v for k, v in sorted(sites.items())}))


def old_reduce_partition(self: R.ChromeRepeatsStage, workdir: Path, shard_names: list[str], k: int,
                         ctx: StageContext) -> None:
    site_docs = np.zeros(R._TAG_MASK + 1, dtype=np.int64)
    for name in shard_names:
        f = workdir / f"{name}.sites.json"
        if not f.is_file():
            raise StageError(f"site counts of {name} are missing in {workdir}: collect unfinished")
        for tag, n in orjson.loads(f.read_bytes()).items():
            site_docs[int(tag)] += n
    hashes = np.concatenate([read_array(workdir / f"{name}.lines.p{k:02d}.uint64", "uint64")
                             for name in shard_names])
    uniq, counts = np.unique(hashes, return_counts=True)
    keep = self._kept(uniq, counts.astype(np.int64), site_docs)
    atomic_write_bytes(workdir / f"repeated.p{k:02d}.counts.uint32",
                       np.minimum(counts[keep], 0xFFFFFFFF).astype(np.uint32).tobytes())
    atomic_write_bytes(workdir / f"repeated.p{k:02d}.uint64", uniq[keep].tobytes())


# -- the scan ---------------------------------------------------------------------------------------------------
def _assert_same_scan(stage: R.ChromeRepeatsStage, doc: Document, site: str) -> None:
    want, keyed = old_scan_keyed(stage, doc, site)
    got, got_keyed = stage._scan_keyed(doc, site)
    assert (got.keys, got.pairs, got_keyed) == (want.keys, want.pairs, keyed)
    rows = stage._rows(doc, site)
    assert rows == [v for i in keyed for v in (i, want.keys[i], *want.pairs[i])]  # type: ignore[misc]


def test_scan_is_the_former_one_on_real_pages() -> None:
    stage = R.ChromeRepeatsStage(sentences=False)
    docs = _real_docs()
    assert sum(len(stage._rows(d, "x")) for d in docs) > 4 * 200  # (200 keyed lines and more)
    for doc in docs:
        for site in ("x", "nagar-samachar.example.in"):
            _assert_same_scan(stage, doc, site)
    lines = _real_keyed_lines()
    for k in range(0, len(lines), 7):  # the real lines, sentences and months among them, as pages
        _assert_same_scan(stage, Document(id="d", text="\n".join(lines[k:k + 23]), source="t"), "x")


@settings(max_examples=300, deadline=None)
@given(_doc | st.lists(_with_dates | _line, max_size=12).map("\n".join), st.sampled_from([40, 3]))
def test_scan_is_the_former_one_on_generated_pages(text: str, max_words: int) -> None:
    stage = R.ChromeRepeatsStage(max_words=max_words, sentences=False)
    _assert_same_scan(stage, Document(id="d", text=text, source="t"), "a.in")


def test_a_line_ending_with_none_of_the_sentence_lasts_is_no_sentence() -> None:
    # _SENTENCE_LAST is every character str.rstrip strips, every closer and every sentence end: a line ending with
    # another character is no sentence (the keyed lines' gate)
    for c in map(chr, range(0x110000)):
        assert (c in R._SENTENCE_LAST) == (c.isspace() or c in R._CLOSERS or c in R._END), hex(ord(c))
    for line in _real_lines():
        if line and line[-1] not in R._SENTENCE_LAST:
            assert not R._is_sentence(line), line


@settings(max_examples=2000, deadline=None)
@given(_line, st.sampled_from([*_END_BITS, "ा", "्", ":", ")", "a", "7", "\u3000", "\u2028", "\x85"]))
def test_the_sentence_gate_on_generated_lines(line: str, last: str) -> None:
    ln = line + last
    if ln[-1] not in R._SENTENCE_LAST:
        assert not R._is_sentence(ln)


# -- the month-name hints ---------------------------------------------------------------------------------------
def test_the_grouped_names_are_the_date_words() -> None:
    body = R._DATE_WORDS.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
    assert R._DATE_WORDS.pattern == rf"\b(?:{body})\b"
    names = body.split("|")
    assert all(n.count("(") == n.count(")") for n in names)  # (no | inside a group)
    # every prefix of each name spelled in full (its optional tails taken): the names, their short forms and more
    full = [n.replace("(?:", "").replace(")?", "").replace("?", "") for n in names]
    assert all(w.isalpha() or regex.fullmatch(r"[\p{L}\p{M}]+", w) for w in full)
    grouped = re.compile(f"(?:{R._DATE_NAMES})")
    for s in {w[:k] for w in full for k in range(1, len(w) + 1)} | {"julyy", "mayo", "marchx"}:
        assert (grouped.fullmatch(s) is not None) == (regex.fullmatch(f"(?:{body})", s) is not None), s


def test_joined_forms_are_the_former_ones_on_real_lines() -> None:
    lines = _real_keyed_lines()
    assert sum("<d>" in R.template_form(ln) for ln in lines) >= 5
    for k in range(len(lines) - 3):
        chunk = lines[k:k + 4]
        assert R._joined_forms(chunk, False) == old_joined_forms(chunk, False), chunk
    assert R._joined_forms(lines, False) == old_joined_forms(lines, False)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_with_dates | _line, min_size=3, max_size=8))
def test_joined_forms_are_the_former_ones_on_generated_lines(lines: list[str]) -> None:
    lines = [ln.replace("\n", " ") for ln in lines]
    assert R._joined_forms(lines, False) == old_joined_forms(lines, False)


# -- collect's and the reduce's files ------------------------------------------------------------------------------
def _reduced(wd: Path, shards: list[str], reduce_partition: object) -> dict[str, bytes]:
    # (a share that sets the threshold of every site of more than 4 documents: the site counts matter)
    stage = R.ChromeRepeatsStage(min_docs=2, min_share=0.5, sentences=False)
    ctx = StageContext(StageStats("r"))
    for k in range(stage.partitions):
        reduce_partition(stage, wd, shards, k, ctx)  # type: ignore[operator]
    return {f.name: f.read_bytes() for f in sorted(wd.glob("repeated.p*")) if f.is_file()}


def test_collect_and_reduce_write_the_former_files_for_real_pages(tmp_path: Path) -> None:
    docs = _real_docs()
    for batch in (8192, 7):
        want = _collected(tmp_path / f"old{batch}", docs, old_collect, batch, sentences=False)
        got = _collected(tmp_path / f"new{batch}", docs, _without_copy_keys, batch, sentences=False)
        assert got == want
        assert sum(len(v) for k, v in got.items() if ".lines.p" in k) > 8 * 500  # (500 keys and more)
    # two shards, the pages and every other page again: the reduce's site counts added across shards
    for name, part in (("a", docs), ("b", docs[::2])):
        stage = R.ChromeRepeatsStage(sentences=False)
        stage.collect(part, StageContext(StageStats("c"), ShardInfo(index=0, name=name, workdir=tmp_path / "two")))
    new = _reduced(tmp_path / "two", ["a", "b"], R.ChromeRepeatsStage.reduce_partition)
    old = _reduced(tmp_path / "two", ["a", "b"], old_reduce_partition)
    assert new == old
    assert sum(map(len, new.values())) > 8 * 10  # (some kept keys)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_doc, st.sampled_from(["https://a.example.in/x", "https://b.example.in/y", None])),
                max_size=12), st.sampled_from([8192, 5]))
def test_collect_and_reduce_write_the_former_files_for_generated_pages(tmp_path_factory: object,
                                                                       pages: list[tuple[str, str | None]],
                                                                       batch: int) -> None:
    docs = [Document(id=f"d{i}", text=t, source="t", url=u) for i, (t, u) in enumerate(pages)]
    base: Path = tmp_path_factory.mktemp("c")  # type: ignore[attr-defined]
    got = _collected(base / "new", docs, _without_copy_keys, batch, sentences=False)
    assert got == _collected(base / "old", docs, old_collect, batch, sentences=False)
    assert (_reduced(base / "new", ["part-00000"], R.ChromeRepeatsStage.reduce_partition)
            == _reduced(base / "old", ["part-00000"], old_reduce_partition))


@settings(max_examples=300, deadline=None)
@given(_doc | st.text(max_size=200), st.sampled_from(["x", "hindi.example.in", "file:a ब.jsonl"]),
       st.sampled_from([40, 3]))
def test_document_hash_is_the_former_one(text: str, site: str, max_words: int) -> None:
    stage = R.ChromeRepeatsStage(max_words=max_words, sentences=False)
    doc = Document(id="d", text=text, source="t")
    try:
        want = old_doc_hash(stage, doc, site)
    except UnicodeEncodeError:  # (a lone surrogate: the same error both ways)
        try:
            stage._doc_hash(doc, site)
        except UnicodeEncodeError:
            return
        raise AssertionError("the new hash took a lone surrogate") from None
    assert stage._doc_hash(doc, site) == want
