"""The line stages, cost round 20: the chrome lexicon's menu gate tries its case-blind heads behind a lookahead for
their first characters; chrome_repeats tells a non-ASCII forms text free of odd whitespace by ``str.isprintable``
before the class search, counts no spaces in a line shorter than ``max_words``, and finds its context lines with fewer
searches for two letters (none in a line shorter than two characters, none where the first and third characters are
letters) — against verbatim copies of the code they replaced (shuddh 19ba384: ``chrome._build_menu``,
``repeats._collapsed`` and ``ChromeRepeatsStage._rows``).

The menu gate picks the lines ``menu_run`` looks at (a line it misses is never a menu; one more is looked at, not
removed, so only a line it misses changes the output: the test asks for the same matches, start and end); the forms
test decides how chrome_repeats folds a document's keyed lines, and the row list is what collect spools and apply
reads back.
"""

from __future__ import annotations

import textwrap
import types
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.document import Document
from shuddh.lang.profile import available_profiles, load_profile
from shuddh.stages.clean import chrome
from shuddh.stages.clean import repeats as R  # noqa: N812
from tests.unit.perf_equivalence.test_chrome_cost_round_18 import _CRAWL, _crawl_pieces
from tests.unit.perf_equivalence.test_line_stages_cost_round_19 import _HI, _lines_ended
from tests.unit.perf_equivalence.test_line_stages_round16 import _literal_lines
from tests.unit.perf_equivalence.test_repeats_cost_17 import _hi_line
from tests.unit.perf_equivalence.test_repeats_cost_round_18 import _END_BITS, _line, _real_lines
from tests.unit.stages.test_chrome_repeats_text import _pages

# -- the former definitions (shuddh 19ba384), verbatim ----------------------------------------------------------------
_FORMER_BUILD_MENU = r'''
def _build_menu(rules: tuple[ChromeRule, ...]) -> _MenuIndex | None:
    """The menu of ``rules`` (:class:`_RuleIndex` ``menu``): their menu items, and the exact phrases of at most
    3 words of the kinds a menu lists."""
    listing = [r for r in rules if r.menu]
    if not listing:
        return None
    items = frozenset().union(*(r.menu for r in listing), *(
        {k for k in r.exact if k.count(" ") < 3} for r in rules if r.reason in _MENU_KINDS))
    heads = frozenset(k.split(" ")[0] for k in items)
    # (a line's start written as the newline before it, which the search finds by a fast scan; the text searched
    # starts with one)
    gate = re.compile(r"\n[^\S\n]*(?i:" + _trie_pattern(_prefix_minimal(heads), re.escape) + ")" + _MENU_REST)
    return _MenuIndex(listing[0].reason, items, heads, max(k.count(" ") + 1 for k in items), gate)
'''

_FORMER_COLLAPSED = r'''
def _collapsed(text: str) -> bool:
    """Whether each line of ``text`` is ``" ".join(line.split())``: no two spaces in a row, no space at a line's
    edge, no other whitespace than spaces and newlines. (A handful of C scans of the text, where the split and
    join of every line took twice as long: the line stages hand chrome_repeats normalised text, where this holds.)
    """
    if "  " in text or " \n" in text or "\n " in text or text.startswith(" ") or text.endswith(" "):
        return False
    if text.isascii():
        return not ("\t" in text or "\r" in text or "\x0b" in text or "\x0c" in text or _has_split_only(text))
    return _OTHER_SPACE.search(text) is None
'''

# (a method of ChromeRepeatsStage, as indented there)
_FORMER_ROWS = r'''
    def _rows(self, doc: Document, site: str) -> list[int]:
        """The scan of ``doc`` as the rows ``collect`` writes, flat: line, key, pair above, pair below of each keyed
        line, in order. (Collect takes its rows and its counted keys from this list, by slices, where it read a
        :class:`Scan`'s per-line lists back line by line; the tokens and keys hashed by ``map``: collect of the
        bench_chrome_sites pages ~0.142 -> ~0.139 ms per 4 KB.)"""
        tag = site_tag(site)
        sb = site.encode() + b"\x00"
        text = doc.text
        lines = text.split("\n")
        # the context: every line that is not blank or debris (sentences and long lines too: a footer's
        # notice sentence is the neighbour of its labels), as a 64-bit token; a sentence's token (None
        # here) is computed only when it is the neighbour of a keyed line. (A line that opens with two letters is
        # no debris without the search: str.isalpha's letters are all in _TWO_LETTERS' classes; a line that ends
        # with a letter or digit (no space, closer or sentence end) is none without the call; lists built by
        # comprehensions, not appends. With the faster _is_sentence, the line tests of the bench_chrome_sites pages
        # ~0.071 -> ~0.049 ms per 4 KB. Then no call for a line whose last character is none of _SENTENCE_LAST:
        # those ending in a vowel sign, a virama, ":", ";", … too, 55,639 of the 130,634 calls: ~0.030 -> ~0.028.)
        at = [i for i, ln in enumerate(lines) if (len(ln) > 1 and ln[:2].isalpha()) or _two_letters(ln) is not None]
        max_words = self.max_words
        ctx_lines = [lines[i] for i in at]
        keyed = [j for j, ln in enumerate(ctx_lines) if ln.count(" ") < max_words
                 and (ln[-1] not in _SENTENCE_LAST or not _is_sentence(ln))]
        tokens: list[int | None] = [None] * len(at)
        keyed_lines = [ctx_lines[j] for j in keyed]
        # the keyed lines' template forms, folded at once and encoded at once (:func:`_joined_forms`; template_form's
        # rare case: no line holds a _SPLIT_ONLY character when the text holds none)
        split_only = _has_split_only(text)
        joined = _joined_forms(keyed_lines, split_only)
        forms = ([_template_form(ln, split_only).encode() for ln in keyed_lines] if joined is None
                 else joined.encode().split(b"\n"))
        for j, token in zip(keyed, map(_xxh, forms), strict=True):
            tokens[j] = token
        last = len(tokens) - 1
        high, low = ~_TAG_MASK, _PAIR_BIT | tag
        rows: list[int] = []
        nxt_j, nxt = -1, 0  # the pair below the previous keyed line: the pair above this one if adjacent
        for j, k in zip(keyed, map(_xxh, map(sb.__add__, forms)), strict=True):
            t = tokens[j]
            if j == nxt_j:
                above = nxt
            else:
                a = tokens[j - 1] if j else _START
                if a is None:
                    a = tokens[j - 1] = _context_token(ctx_lines[j - 1])
                above = (_xxh(sb + _QQ(a, t)) & high) | low
            b = tokens[j + 1] if j < last else _END_OF_DOC
            if b is None:
                b = tokens[j + 1] = _context_token(ctx_lines[j + 1])
            nxt_j, nxt = j + 1, (_xxh(sb + _QQ(t, b)) & high) | low
            rows += (at[j], (k & _KEY_MASK) | tag, above, nxt)
        return rows
'''


def _former(module: types.ModuleType, source: str, name: str) -> Any:
    """The former definition of ``name``, run in a copy of ``module``'s namespace."""
    ns = dict(vars(module))
    exec(textwrap.dedent(source), ns)  # the former definition, verbatim
    return ns[name]


old_build_menu = _former(chrome, _FORMER_BUILD_MENU, "_build_menu")
old_collapsed = _former(R, _FORMER_COLLAPSED, "_collapsed")
old_rows = _former(R, _FORMER_ROWS, "_rows")


# -- chrome: the menu gate --------------------------------------------------------------------------------------------
def _gates(code: str) -> tuple[Any, Any]:
    rules = load_profile(code).chrome_rules
    new, old = chrome._build_menu(rules), old_build_menu(rules)
    assert (new is None) == (old is None)
    return (new.gate, old.gate) if new is not None and old is not None else (None, None)


def _same_gate(code: str, lines: list[str]) -> None:
    new, old = _gates(code)
    if new is None:
        return
    framed = "\n" + "\n".join(lines) + "\n"  # as chrome_reasons searches a document
    assert [m.span() for m in new.finditer(framed)] == [m.span() for m in old.finditer(framed)], lines


#: characters a case-blind match treats apart: the Kelvin sign, the long s, the dotted and dotless i, sharp s, a
#: ligature, Greek final sigma, Cherokee (whose case fold is its capital)
_ODD_CASES = ["\u212a", "\u017f", "\u0130", "\u0131", "\u00df", "\ufb01", "\u03c2", "\u03a3", "\u13a0", "\uab70"]


def _menu_lines(code: str) -> list[str]:
    """Each head of the profile's menu in every case, after each kind of leading whitespace, alone and followed by
    what keeps a line in the gate or takes it out ("Home | News", "Home 1", "Home.")."""
    menu = chrome._rule_index(load_profile(code), False).menu
    if menu is None:
        return []
    out = []
    for w in sorted(menu.heads):
        for form in {w, w.upper(), w.title(), w.swapcase(), w[:1].upper() + w[1:]}:
            for lead in ("", " ", "\t", "\u00a0", "\u3000", "  "):
                out += [lead + form + rest for rest in ("", " | News", " 1", ".", "x", " and more", "\u0915")]
    return out


@pytest.mark.parametrize("code", available_profiles())
def test_menu_gate_matches_as_before_on_every_heads_forms(code: str) -> None:
    lines = _menu_lines(code)
    for k in range(0, len(lines), 50):
        _same_gate(code, lines[k:k + 50])


@pytest.mark.parametrize("code", available_profiles())
def test_menu_gate_matches_as_before_on_real_pages(code: str) -> None:
    for p in _pages():
        _same_gate(code, p["text"].split("\n"))
    _same_gate(code, _HI)
    _same_gate(code, _literal_lines(load_profile(code)))


@pytest.mark.skipif(not _CRAWL.is_file(), reason="../shared/data/crawl-hindi-news not present")
def test_menu_gate_matches_as_before_on_the_crawl() -> None:
    pieces = _crawl_pieces()
    assert len(pieces) > 500
    for code in ("hi", "web-common"):
        for text in pieces:
            _same_gate(code, text.split("\n"))


def _head_bits(code: str) -> list[str]:
    menu = chrome._rule_index(load_profile(code), False).menu
    heads = sorted(menu.heads) if menu is not None else []
    return [*heads, *(h.upper() for h in heads), *(h.title() for h in heads)]


_gate_bits = ["", " ", "\t", "\u00a0", "|", "1", ".", "-", "a", "K", "s", "\u0915", "\u093f", *_ODD_CASES]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_menu_gate_matches_as_before_on_generated_lines(data: st.DataObject) -> None:
    code = data.draw(st.sampled_from(["hi", "web-common", "mr", "bn", "ur", "gu"]))
    bits = _head_bits(code) + _gate_bits
    line = st.lists(st.sampled_from(bits), max_size=6).map("".join)
    lines = data.draw(st.lists(line | st.text(alphabet=st.sampled_from(_gate_bits[1:]), max_size=10), max_size=8))
    _same_gate(code, lines)


def test_menu_gate_holds_the_same_heads() -> None:
    # every head is behind one of the two alternations (the cased behind the lookahead)
    for code in available_profiles():
        new, _ = _gates(code)
        menu = chrome._rule_index(load_profile(code), False).menu
        if new is None or menu is None:
            continue
        for w in chrome._prefix_minimal(menu.heads):
            assert new.match(f"\n{w}\n") is not None, (code, w)


# -- chrome_repeats: the forms text test, the rows --------------------------------------------------------------------
_spacy = st.text(alphabet=st.sampled_from(["a", "क", "ि", " ", "\n", "\t", "\x0b", "\x1c", "\x1f", "\x85", "\xa0",
                                           "\xad", "\u1680", "\u2000", "\u200b", "\u200d", "\u2028", "\u2029",
                                           "\u202f", "\u3000", "\ufeff", "\U0001f600", "।", "©", "0"]), max_size=60)


@settings(max_examples=3000, deadline=None)
@given(_spacy)
def test_collapsed_is_the_former_one_on_generated_text(text: str) -> None:
    assert R._collapsed(text) == old_collapsed(text), repr(text)


def test_collapsed_is_the_former_one_on_every_whitespace() -> None:
    every = [c for c in map(chr, range(0x3001)) if c.isspace()] + ["\x00", "\x7f", "\xad", "\u200b", "\u200d",
                                                                   "\u2060", "\ufeff", "\U000e0001", "\U0001f600"]
    for c in every:
        for text in (f"नया{c}शब्द", f"नया शब्द\nऔर{c}", f"a{c}b"):
            assert R._collapsed(text) == old_collapsed(text), hex(ord(c))


def _docs() -> list[Document]:
    docs = [Document(id=p["id"], text=p["text"], source="t", url=p["url"]) for p in _pages()]
    docs.append(Document(id="hi", text="\n".join(_lines_ended(_HI)), source="t", url="https://www.example.in/a"))
    docs.append(Document(id="real", text="\n".join(_real_lines()), source="t", url="https://www.example.in/b"))
    # lines about max_words (40) characters long, with about as many spaces
    edge = [w + " " * n + "b" for n in range(36, 44) for w in ("a", "ab", "क")]
    edge += [" ".join(["ab"] * n) for n in range(12, 16)] + [" ".join(["a"] * n) for n in range(18, 23)]
    # lines of one or two letters or marks, the second first, second, third or later ("ऽ", "a1", "कि", "a.b", "1 कि")
    edge += ["", "ऽ", "a", "1", "ि", "a1", "कि", "a.b", "ab", "1 a", "1 कि", "ि1ि", "à", "a1̀", "𝐀x"]
    docs.append(Document(id="edge", text="\n".join(edge), source="t", url="https://www.example.in/c"))
    return docs


def _same_rows(docs: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    # (the former rows key no sentence: session 29's sentences=True keys them too, by the definition in
    # test_repeats_scan.ref_scan)
    stage = R.ChromeRepeatsStage(sentences=False)
    sites = [R.site_of(d, "t") for d in docs]
    new = [stage._rows(d, s) for d, s in zip(docs, sites, strict=True)]
    with monkeypatch.context() as m:
        m.setattr(R, "_collapsed", old_collapsed)
        old = [old_rows(stage, d, s) for d, s in zip(docs, sites, strict=True)]
    assert new == old


def test_rows_are_the_former_ones_on_real_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    _same_rows(_docs(), monkeypatch)


@settings(max_examples=300, deadline=None)
@given(st.lists(_line | _hi_line | _spacy.map(lambda t: t.replace("\n", " ")), max_size=12),
       st.lists(st.sampled_from(_END_BITS), max_size=3).map("".join))
def test_rows_are_the_former_ones_on_generated_pages(lines: list[str], end: str) -> None:
    with pytest.MonkeyPatch.context() as mp:
        _same_rows([Document(id="g", text="\n".join(ln + end for ln in lines), source="t",
                             url="https://www.example.in/g")], mp)
