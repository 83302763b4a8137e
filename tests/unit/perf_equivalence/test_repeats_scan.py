"""chrome_repeats' fast scan computes exactly the keys the straightforward scan computed (issue 13, cost).

The former definitions (shuddh ae2c32b) are kept here as oracles: the line test for sentences, the
template form and the scan (every line's key, every keyed line's two pair keys). The keys are spooled and
compared across shards and runs, so one differing bit would change which lines go. Also: ``apply`` reading
back the scans ``collect`` wrote removes what scanning the text again removes.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np
import xxhash
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.document import Document
from shuddh.stages.base import ShardInfo, StageContext, StageStats
from shuddh.stages.clean import repeats as R  # noqa: N812
from shuddh.stages.clean.structure import BODY_MIN_WORDS
from shuddh.text.segment import sentences, words
from tests.unit.stages.test_chrome_repeats_text import _pages, _play_chunks


# -- the oracles ------------------------------------------------------------------------------------------
def ref_is_sentence(line: str) -> bool:
    s = line.rstrip().rstrip(R._CLOSERS).rstrip()
    if not s.endswith(R._END):
        return False
    n = len(words(line))
    return n >= BODY_MIN_WORDS and n >= BODY_MIN_WORDS * max(1, len(sentences(line)))


def ref_pair(site: bytes, tag: int, a: int, b: int) -> int:
    h = xxhash.xxh3_64_intdigest(site + a.to_bytes(8, "little") + b.to_bytes(8, "little"))
    return (h & ~R._TAG_MASK) | R._PAIR_BIT | tag


def ref_template_form(line: str) -> str:
    t = unicodedata.normalize("NFC", line).casefold()
    t = R._DIGITS.sub("0", t)
    if R._DATE_HINT.search(t):
        t = R._DATE_WORDS.sub("<d>", t)
    if R._SPLIT_ONLY.search(t):
        out: str = R._SPACES.sub(" ", t).strip()
        return out
    return " ".join(t.split())


def ref_scan(text: str, site: str, max_words: int = 40,
             sentences: bool = True) -> tuple[list[int | None], list[tuple[int, int] | None]]:
    """The scan by definition. ``sentences`` (session 29, the stage's default): sentences are keyed too (the stage
    removes them only below the page's own text) and the last long line when it is a blurb (session 31); False: the
    definition before, sentences only neighbours."""
    tag = R.site_tag(site)
    sb = site.encode() + b"\x00"
    lines = text.split("\n")
    keys: list[int | None] = [None] * len(lines)
    pairs: list[tuple[int, int] | None] = [None] * len(lines)
    ctx_idx: list[int] = []
    tokens: list[int] = []
    for i, ln in enumerate(lines):
        if not ln.strip() or R.is_debris(ln):
            continue
        ctx_idx.append(i)
        if ln.count(" ") >= max_words or (not sentences and ref_is_sentence(ln)):
            tokens.append(R._context_token(ln))
            continue
        t = ref_template_form(ln)
        tokens.append(xxhash.xxh3_64_intdigest(t.encode()))
        keys[i] = (xxhash.xxh3_64_intdigest(sb + t.encode()) & R._KEY_MASK) | tag
    # (session 31) the last long line, a line of sentences of fewer than BLURB_MAX_WORDS words, is keyed too (a site's
    # blurb about itself), by its context token; (session 38) on a page whose last line is a short one (a footer's), so
    # are the long lines above it, up to BLURB_LINES in all, up to the first that is no such line
    long = [j for j, i in enumerate(ctx_idx) if lines[i].count(" ") >= max_words]
    if sentences:
        most = R.BLURB_LINES if long and long[-1] != len(ctx_idx) - 1 else 1
        for j in long[::-1][:most]:
            ln = lines[ctx_idx[j]]
            if ln.count(" ") >= R.BLURB_MAX_WORDS or not ref_is_sentence(ln):
                break
            h = xxhash.xxh3_64_intdigest(sb + b"\x1e" + tokens[j].to_bytes(8, "little"))
            keys[ctx_idx[j]] = (h & R._KEY_MASK) | tag
    for j, i in enumerate(ctx_idx):
        if keys[i] is None:
            continue
        above = tokens[j - 1] if j else R._START
        below = tokens[j + 1] if j + 1 < len(tokens) else R._END_OF_DOC
        pairs[i] = (ref_pair(sb, tag, above, tokens[j]), ref_pair(sb, tag, tokens[j], below))
    return keys, pairs


# -- generated lines: what the fast paths branch on --------------------------------------------------------
_PIECES = [
    "समाचार", "होम", "देश", "खेल", "मनोरंजन", "जी हाँ", "सुमन:", "ऽ", "।", "॥", ".", "?", "!", "…", "”", ")", "»",
    "मार्च", "सोमवार", "May", "Sunday", "jan", "SEPT", "summary", "Monitor", "१०:१५", "2020", "4.5", "₹499",
    "Home", "News", "Top Rated", "the", "of", "and", "ﬆ", "ſ", "K", "ẞ", "e\u0301", "\u1e9b\u0323",
    "\x1c", "\x1f", "\t", "\u00a0", "\u2003", "  ", " ", "-", "'", "\u200c", "\u200d", "|",
]
_line = st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join) | st.lists(
    st.sampled_from(_PIECES), max_size=12).map("".join)
_doc = st.lists(_line | st.just("") | st.just("समाचार का पूरा विवरण यहाँ पढ़ें और अपनी राय दें।"),
                max_size=25).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(_line)
def test_sentence_test_date_hint_and_template_form(line: str) -> None:
    assert R._is_sentence(line) == ref_is_sentence(line)
    assert bool(R._date_hint(line)) == bool(R._DATE_HINT.search(line))
    assert R.template_form(line) == ref_template_form(line)
    assert R._template_form(line, R._SPLIT_ONLY.search(line) is not None) == ref_template_form(line)


def test_many_short_sentences_on_a_line() -> None:
    # the shortcut (>= 6 words per possible sentence) must not decide a line of many short sentences
    for line in ("हाँ। नहीं। शायद। कभी नहीं। अभी। कल ही आना है।", "Yes. No. Maybe. Never. Now. Come tomorrow then.",
                 "यह एक लंबा वाक्य है जिसमें बहुत सारे शब्द हैं। और यह दूसरा भी उतना ही लंबा वाक्य है।",
                 "एक. दो. तीन. चार. पाँच. छह. सात. आठ. नौ. दस. ग्यारह. बारह."):
        assert R._is_sentence(line) == ref_is_sentence(line)


def test_the_split_only_characters_come_only_from_themselves() -> None:
    # scan asks template_form about \x1c-\x1f only when the text holds one: NFC and casefold never make one
    made = [c for c in map(chr, range(0x110000)) if not 0xD800 <= ord(c) <= 0xDFFF
            and R._SPLIT_ONLY.search(unicodedata.normalize("NFC", c).casefold()) and not R._SPLIT_ONLY.search(c)]
    assert made == []


@settings(max_examples=300, deadline=None)
@given(_doc, st.sampled_from(["nagar-samachar.example.in", "file:natak.jsonl", "x"]), st.sampled_from([40, 3]))
def test_scan_keys_and_pairs_are_the_former_ones(text: str, site: str, max_words: int) -> None:
    stage = R.ChromeRepeatsStage(max_words=max_words)
    sc = stage._scan(Document(id="d", text=text, source="t"), site)
    assert (sc.keys, sc.pairs) == ref_scan(text, site, max_words)


def test_scan_of_real_pages_is_the_former_one() -> None:
    stage = R.ChromeRepeatsStage()
    texts = [p["text"] for p in _pages()] + _play_chunks()
    for t in texts:
        sc = stage._scan(Document(id="d", text=t, source="t"), "nagar-samachar.example.in")
        assert (sc.keys, sc.pairs) == ref_scan(t, "nagar-samachar.example.in")
        assert any(k is not None for k in sc.keys)


# -- apply from the scans collect wrote --------------------------------------------------------------------
def _run(wd: Path, docs_in: list[Document], docs_out: list[Document], drop_scans: bool = False
         ) -> tuple[list[tuple[str, str, object]], dict[str, int]]:
    stage = R.ChromeRepeatsStage()
    info = ShardInfo(index=0, name="part-00000", workdir=wd, label="site.jsonl")
    stage.collect(docs_in, StageContext(StageStats("c"), info))
    rctx = StageContext(StageStats("r"))
    for k in range(stage.partitions):
        stage.reduce_partition(wd, ["part-00000"], k, rctx)
    stage.finalize(wd, ["part-00000"], rctx)
    if drop_scans:
        for f in wd.glob("*.scan.*"):
            f.unlink()
    actx = StageContext(StageStats("a"), info)
    out = [(d.id, d.text, d.removed) for d in stage.apply(docs_out, actx) if isinstance(d, Document)]
    return out, dict(actx.stats.lines_removed)


def _docs() -> list[Document]:
    pages = [Document(id=p["id"], text=p["text"], source="t", url=p["url"]) for p in _pages()]
    play = [Document(id=f"c{i}", text=t, source="t", file="natak.jsonl") for i, t in enumerate(_play_chunks())]
    return pages + play


def test_collect_writes_each_documents_scan_for_apply(tmp_path: Path) -> None:
    _run(tmp_path, _docs(), [])
    docs = np.fromfile(tmp_path / "part-00000.scan.docs.uint64", dtype=np.uint64).reshape(-1, 3)
    lines = np.fromfile(tmp_path / "part-00000.scan.lines.uint64", dtype=np.uint64).reshape(-1, 4)
    assert len(docs) == len(_docs())
    assert int(docs[-1, 2]) == len(lines)
    stage = R.ChromeRepeatsStage()
    first = _docs()[0]
    sc = stage._scan(first, "nagar-samachar.example.in")
    keyed = [[i, k, *p] for i, (k, p) in enumerate(zip(sc.keys, sc.pairs, strict=True)) if k is not None and p]
    assert lines[:int(docs[0, 2])].tolist() == keyed


def test_apply_from_the_scans_is_apply_from_the_text(tmp_path: Path) -> None:
    scanned, counted = _run(tmp_path / "a", _docs(), _docs(), drop_scans=True)
    assert counted == {"chrome.repeated": 6 * 7}
    assert _run(tmp_path / "b", _docs(), _docs()) == (scanned, counted)
    # documents in another order, one changed after collect (a menu item renamed: not its scan), one gone
    changed = _docs()[::-1]
    changed[3].text = changed[3].text.replace("खेल", "खेल-कूद")
    del changed[5]
    a = _run(tmp_path / "c", _docs(), [Document(id=d.id, text=d.text, source="t", url=d.url, file=d.file)
                                       for d in changed], drop_scans=True)
    assert _run(tmp_path / "d", _docs(), changed) == a


# -- session 15: the keyed lines folded at once, the word count stopped at its bound ----------------------------
@settings(max_examples=300, deadline=None)
@given(st.lists(_line | st.just(""), max_size=20))
def test_template_forms_of_lines_folded_at_once_are_each_lines_form(lines: list[str]) -> None:
    lines = [ln.replace("\n", " ") for ln in lines]
    split_only = R._SPLIT_ONLY.search("\n".join(lines)) is not None
    assert R._template_forms(lines, split_only) == [ref_template_form(ln) for ln in lines]


def test_template_forms_across_line_edges() -> None:
    # a mark or a joiner that opens a line composes with nothing across the newline; a month name or a digit
    # run at a line's edge is folded as on its own
    lines = ["e", "\u0301x", "Café", "\u0323\u1e9b", "ΟΔΟΣ", "May", "2020", "१०:१५ मार्च", "ẞtraße", "K", "ﬆop",
             "summary", "\u200d", "jan.", "x\u0301", ""]
    for split_only in (False, True):
        assert R._template_forms(lines, split_only) == [ref_template_form(ln) for ln in lines]


_EN = ["The", "minister", "said", "don't", "e-mail", "U.S.", "3.5", "it’s", "“quoted”", "—", "–", "…", "•", "©",
       "a", "on", "Monday", "x\xa0y", "\u200b", "naïve", "२०२४", "है।", "?", "!", ".", "'", "-", "--", "’", "’s"]
_en_line = st.lists(st.sampled_from(_EN), max_size=40).map(" ".join).map(
    lambda s: s + "." if s and not s.endswith(".") else s)


@settings(max_examples=500, deadline=None)
@given(_en_line | st.lists(st.sampled_from(_EN), max_size=40).map("".join))
def test_sentence_test_on_english_lines(line: str) -> None:
    assert R._is_sentence(line) == ref_is_sentence(line)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=60) |
       st.text(alphabet="’“”–—…•©\xa0\u200bab1 .-'", max_size=60), st.integers(1, 60))
def test_word_bounds_are_the_word_counts(line: str, cap: int) -> None:
    if line.isascii():
        assert (R._latin_at_least(cap, False).match(line) is not None) == (len(words(line)) >= cap)
    assert (R._latin_at_least(cap, True).match(line) is not None) == (len(words(line)) >= cap)
