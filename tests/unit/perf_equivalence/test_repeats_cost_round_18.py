"""chrome_repeats' collect, cost round 18: the sentence test, the template forms' month-name hints and collect's
spooling against verbatim copies of the session 17 code they replaced (``old_is_sentence``, ``old_joined_forms``,
``old_collect``).

The sentence test decides which lines are keyed, and the keys are spooled and compared across shards and runs: one
differing verdict changes which lines go. ``collect``'s files (the spooled keys in their order, the scans apply
reads back, the site counts) must be the same bytes.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from unittest.mock import patch

import numpy as np
import orjson
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.document import Document
from shuddh.io.writers import atomic_write_bytes
from shuddh.stages.base import ShardInfo, StageContext, StageStats
from shuddh.stages.clean import repeats as R  # noqa: N812
from shuddh.stages.clean.structure import BODY_MIN_WORDS
from shuddh.stages.dedup._common import Spool, stage_workdir
from shuddh.text.segment import WORD_RE, sentences
from tests.unit.perf_equivalence.test_repeats_cost_17 import _doc, _hi_line
from tests.unit.perf_equivalence.test_repeats_scan import ref_is_sentence
from tests.unit.stages.test_chrome_repeats_text import _pages, _play_chunks


# -- the former code (shuddh ae8a394), verbatim ----------------------------------------------------------------
def old_is_sentence(line: str) -> bool:
    if not line.rstrip().rstrip(R._CLOSERS).rstrip().endswith(R._END):
        return False
    if line.isascii():
        kind = R._ASCII
        e = line.count(".") + line.count("?") + line.count("!")  # (the other ends are not ASCII)
    else:
        kind = R._LATIN if R._NOT_LATIN.search(line) is None else (
            R._DEVANAGARI if R._NOT_DEVANAGARI.search(line) is None else R._OTHER)
        e = sum(map(line.count, R._SENTENCE_ENDS))
    if kind == R._OTHER:
        n = len(WORD_RE.findall(line))
    else:
        if e < R._AT_LEAST_ENDS and R._at_least(BODY_MIN_WORDS * (1 + e), kind).match(line) is not None:
            return True
        n = len(R._KIND_WORDS[kind].findall(line))  # words(line), by the pattern of the line's characters
    if n < BODY_MIN_WORDS:
        return False
    if n >= BODY_MIN_WORDS * (1 + e):
        return True
    return n >= BODY_MIN_WORDS * max(1, len(sentences(line)) if kind == R._OTHER else R._sentence_count(line))


def old_joined_forms(lines: list[str], split_only: bool) -> str | None:
    if len(lines) < 3 or split_only:  # (joining and splitting a line or two costs more than it saves)
        return None
    joined = "\n".join([line if line.isascii() else unicodedata.normalize("NFC", line) for line in lines])
    folded: str = R._DIGITS.sub("0", joined.casefold())
    if folded.count("\n") != len(lines) - 1:
        return None
    pieces: list[str] = []
    done = 0  # the end of the last line substituted
    for m in R._DATE_HINT_FAST.finditer(folded):
        at = m.start()
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
            sc, keyed = self._scan_keyed(doc, site)
            buf.extend(sc.counted())  # once per document
            keys, pairs = sc.keys, sc.pairs
            for i in keyed:
                line_rows += (i, keys[i], *pairs[i])  # type: ignore[arg-type,misc]
            end += len(keyed)
            h = self._doc_hash(doc, site)
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


# -- the sentence test -----------------------------------------------------------------------------------------
#: real lines: Hindi news and prose, English web text, with the ends, closers and spaces the shortcut turns on
_REAL = [
    "कोरोना पीड़ितों को चिह्नित करने के लिए क्या किया गया है?", "- ई-कामर्स पर फोकस किया गया ।",
    "पुलिस ने दूध का डिब्बा खुलवाया तो उसकी चोरी पकड़ी गई । डिब्बे में दूध की एक बूंद भी नहीं थी ।",
    "सवाल : धनबाद में जांच का इंतजाम है या नहीं?", "क्या कहते हैं सीएमएस ?", "उसने कहा, “हम कल सुबह फिर से आएंगे।”",
    "यह एक लंबा वाक्य है जिसमें बहुत सारे शब्द हैं। और यह दूसरा भी उतना ही लंबा वाक्य है। ",
    "हाँ। नहीं। शायद। कभी नहीं। अभी। कल ही आना है।\x1c", "एक दो तीन चार पाँच छह। सात। \u00a0", "राम ने कहा कि वह आएगा। *",
    "वे मुझे मन में कितना कृतघ्न समझेंगे ॐ वे मुझे देखते ही कैसे भागे ?", "जिसमें वह भी अपवित्र हो जायँ ऽ",
    "Want to see how it works? Learn more here.", "Ready to simplify your nutrition? Get started today.",
    "Scratch makes it easy to work more veggies into your routine.", "Why Tastewise?", "Leave a reply.",
    "The minister said on Monday that the plan would go ahead. It did.\u2009", "He said: “We will be back soon.”",
    "Portion control is making a comeback — especially now… It is.", "Sign up for our newsletter today! ”",
    "Copyright © 2025 Example Media. All rights reserved.", "One two three four five six. *", "Done. ”",
    "একটি বাংলা বাক্য যা এখানে অনেক শব্দ নিয়ে লেখা হয়েছে।", "یہ ایک لمبا جملہ ہے جس میں بہت سے الفاظ ہیں۔",
]
_END_BITS = [".", "?", "!", "।", "॥", "…", "۔", "؟", "”", "’", '"', "'", ")", "]", "»", "*", " ", "\u00a0", "\u2009",
             "\x1c", "\t", "  "]


def _real_lines() -> list[str]:
    lines = [ln for p in _pages() for ln in p["text"].split("\n")] + [
        ln for t in _play_chunks() for ln in t.split("\n")] + _REAL
    # each line cut after each of its words and ended each way
    out = list(lines)
    for ln in lines:
        ws = ln.rstrip(".?!।॥۔؟… ").split(" ")
        for k in range(1, len(ws) + 1):
            out += [" ".join(ws[:k]) + end for end in (".", " ।", "?", ". ”", "। *", "!\u00a0", "…", "۔")]
    return out


def test_sentence_test_is_the_former_one_on_real_lines() -> None:
    lines = _real_lines()
    assert len(lines) > 2000
    for line in lines:
        assert R._is_sentence(line) == old_is_sentence(line) == ref_is_sentence(line), line


_WORDS = ["समाचार", "होम", "देश", "खेल", "जी", "हाँ", "क्ष", "श्\u200dर", "भारत-पाक", "२०२०", "Home", "the", "U.S.",
          "3.5", "e-mail", "don't", "it’s", "বাংলা", "اردو", "x", "—", "•", "©"]
_bit = st.sampled_from(_WORDS + _END_BITS)
_line = (st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join) | st.lists(_bit, max_size=40).map("".join)
         | st.lists(_bit, max_size=40).map(" ".join))


@settings(max_examples=3000, deadline=None)
@given(_line, st.lists(st.sampled_from(_END_BITS), max_size=4).map("".join))
def test_sentence_test_is_the_former_one_on_generated_lines(line: str, end: str) -> None:
    for ln in (line + end, line):
        assert R._is_sentence(ln) == old_is_sentence(ln), ln


@settings(max_examples=500, deadline=None)
@given(_hi_line.map(lambda s: s + "।") | _hi_line)
def test_sentence_test_is_the_former_one_on_hindi_lines(line: str) -> None:
    assert R._is_sentence(line) == old_is_sentence(line)


def test_the_ends_each_kind_of_line_can_hold() -> None:
    # _DEVANAGARI_ENDS: the sentence ends _NOT_DEVANAGARI allows; a Latin line's: . ? ! and the ellipsis
    assert [c for c in R._SENTENCE_ENDS if R._NOT_DEVANAGARI.search(c) is None] == list(R._DEVANAGARI_ENDS)
    assert [c for c in R._SENTENCE_ENDS if R._NOT_LATIN.search(c) is None] == [".", "?", "!", "…"]
    # every end a line may end with is a sentence end, and no closer is one
    assert set(R._END) <= set(R._SENTENCE_ENDS)
    assert not set(R._CLOSERS) & set(R._SENTENCE_ENDS)


# -- the month-name hints of the template forms ----------------------------------------------------------------
def test_the_word_characters_before_a_hint_are_the_regex_modules_word_characters() -> None:
    cls = regex.compile(f"[{R._WORD_CHARS}]")
    word = regex.compile(r"\w")
    chars = [chr(c) for c in range(0x110000) if cls.match(chr(c))]
    assert len(chars) == 26 + 10 + 0x64 + 10 + 15
    for c in chars:
        assert word.match(c), hex(ord(c))
    assert R._DATE_WORDS.pattern.startswith(r"\b(?:")
    assert R._DATE_WORDS.pattern.endswith(r")\b")


_DATES = ["Jan", "JANUARY", "feb", "Mar", "march", "Sept", "sep", "MAY", "Monday", "tue", "Sun", "जनवरी", "फ़रवरी",
          "फरवरी", "मई", "सोमवार", "रविवार", "सितम्बर", "अक्तूबर", "common", "summary", "decade", "month", "jan."]
_BEFORE = ["", " ", "\n", "0", "7", "x", "a", "_", "-", "(", "<", "'", ".", ",", "क", "ि", "्", "़", "।", "॰", "\u00a0",
           "\u200d", "é", "Ж", "৩", "٣", "\t", "”", "ß"]
_with_dates = st.lists(st.tuples(st.sampled_from(_BEFORE), st.sampled_from(_DATES), st.sampled_from(_BEFORE)),
                       max_size=12).map(lambda ts: "".join(a + d + b for a, d, b in ts))


def _real_keyed_lines() -> list[str]:
    return [ln for ln in _real_lines() if ln.strip()] + [
        "Wednesday, September 30, 2020 02:45 PM", "Friday, February 14, 2020 10:18 PM", "सोमवार, 30 मार्च 2020",
        "अपडेटेड मंगलवार, 14 अप्रैल 2020 10:18 AM (IST)", "Posted on 2 May 2020 by admin", "Summary of the month",
        "Common questions", "Home | News | Sports", "(Jan 3) update", "x-mas-dec", "10jan 2020", "सुबह-मई-दोपहर"]


def test_joined_forms_are_the_former_ones_on_real_lines() -> None:
    lines = _real_keyed_lines()
    assert sum("<d>" in R.template_form(ln) for ln in lines) >= 5  # (month and weekday names here and there)
    for k in range(len(lines) - 3):
        chunk = lines[k:k + 4]
        assert R._joined_forms(chunk, False) == old_joined_forms(chunk, False), chunk
    assert R._joined_forms(lines, False) == old_joined_forms(lines, False)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_with_dates | _line, min_size=3, max_size=8))
def test_joined_forms_are_the_former_ones_on_generated_lines(lines: list[str]) -> None:
    lines = [ln.replace("\n", " ") for ln in lines]
    assert R._joined_forms(lines, False) == old_joined_forms(lines, False)


# -- collect's files -------------------------------------------------------------------------------------------
def _collected(wd: Path, docs: list[Document], collect: object, batch: int,
               sentences: bool = True) -> dict[str, bytes]:
    stage = R.ChromeRepeatsStage(sentences=sentences)
    stage.batch = batch  # type: ignore[misc]
    info = ShardInfo(index=0, name="part-00000", workdir=wd, label="site.jsonl")
    with patch.object(R, "_copy_key", lambda *a: None):  # (no copy keys: the former scans, and _without_copy_keys)
        collect(stage, docs, StageContext(StageStats("c"), info))  # type: ignore[operator]
    return {f.name: f.read_bytes() for f in sorted(wd.rglob("*")) if f.is_file()}


def _without_copy_keys(stage: R.ChromeRepeatsStage, docs: list[Document], ctx: StageContext) -> None:
    """Today's collect with no page's copy key (session 33: ``_copy_key``, counted with the lines, and the file of
    them, ``scan.copies``, which the former collect did not write; their tests:
    ``tests/unit/stages/test_chrome_repeats_copies_33.py``): the rest is the former files byte for byte."""
    stage.collect(docs, ctx)
    wd, name = stage_workdir(ctx)
    f = wd / f"{name}.scan.copies.uint64"
    assert f.read_bytes() == bytes(8 * len(docs))
    f.unlink()


def _real_docs() -> list[Document]:
    pages = [Document(id=p["id"], text=p["text"], source="t", url=p["url"]) for p in _pages()]
    play = [Document(id=f"c{i}", text=t, source="t", file="natak.jsonl") for i, t in enumerate(_play_chunks())]
    prose = [Document(id=f"r{i}", text="\n".join(_REAL[i:] + _REAL[:i]), source="t", url="https://www.example.com/a")
             for i in range(0, len(_REAL), 3)]
    return pages + play + prose


def test_collect_writes_the_former_files_for_real_pages(tmp_path: Path) -> None:
    docs = _real_docs()
    for batch in (8192, 7):
        want = _collected(tmp_path / f"old{batch}", docs, old_collect, batch)
        got = _collected(tmp_path / f"new{batch}", docs, _without_copy_keys, batch)
        assert got == want
        assert sum(len(v) for k, v in got.items() if ".lines.p" in k) > 8 * 500  # (500 keys and more)
        assert len(got["part-00000.scan.lines.uint64"]) > 32 * 100


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_doc, st.sampled_from(["https://a.example.in/x", "https://b.example.in/y", None])),
                max_size=12), st.sampled_from([8192, 5]))
def test_collect_writes_the_former_files_for_generated_pages(tmp_path_factory: object,
                                                              pages: list[tuple[str, str | None]],
                                                              batch: int) -> None:
    docs = [Document(id=f"d{i}", text=t, source="t", url=u) for i, (t, u) in enumerate(pages)]
    base: Path = tmp_path_factory.mktemp("c")  # type: ignore[attr-defined]
    assert (_collected(base / "new", docs, _without_copy_keys, batch)
            == _collected(base / "old", docs, old_collect, batch))
