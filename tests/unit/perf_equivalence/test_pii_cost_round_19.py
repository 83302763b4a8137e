"""find_numbers searches its run pattern only in the stretches that may hold a run of _MIN_RUN_CHARS or more
characters (session 19, cost round): the same hits as the scan of the whole text (shuddh cbe99a8, kept below
verbatim as ``_old_find_numbers``), on real Hindi and English text, the wcxb pages when ../shared/data is there,
and generated runs with every lead, separator and digit script.
"""

from __future__ import annotations

import gzip
import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuddh.extract import extract_html
from shuddh.pii import PII_TYPES
from shuddh.pii._detect import (
    _BOUND_RE,
    _MAX_SUBRUN_GROUPS,
    _MIN_RUN_CHARS,
    _MIN_TYPED_DIGITS,
    _RUN_RE,
    PRIO_NUMBER,
    Hit,
    _cut_ok,
    _parse_run,
    _pick,
    _sep_kind,
    _types_for,
    find_numbers,
)

_ALL = frozenset(PII_TYPES)
SHARED = Path(os.environ.get("SHUDDH_SHARED", Path(__file__).resolve().parents[4] / "shared")) / "data"


def _old_find_numbers(text: str, enabled: frozenset[str], *, private_ips: bool = False) -> Iterator[Hit]:
    for m in _RUN_RE.finditer(text):
        start, end = m.span()
        if end - start < _MIN_RUN_CHARS or _BOUND_RE.match(text, end) is not None:
            continue
        run = _parse_run(text, start, end)
        k = len(run.groups)
        if not k:
            continue
        typ = _pick(_types_for(run, 0, k, text, private_ips=private_ips), enabled)
        if typ is not None:
            yield (PRIO_NUMBER, start, end, typ)
            continue
        if k == 1:
            continue
        # Otherwise take out pieces (longest first) where a cut is safe; see _cut_ok.
        kinds = [_sep_kind(s) for s in run.seps]
        ends = [0]  # ends[i]: digits in groups[:i]
        for g in run.groups:
            ends.append(ends[-1] + len(g))
        i = 0
        while i < k:
            found = False
            for j in range(min(k, i + _MAX_SUBRUN_GROUPS), i, -1):
                if i == 0 and j == k:
                    continue
                if ends[j] - ends[i] < _MIN_TYPED_DIGITS and (j - i != 4 or ends[j] - ends[i] < 4):
                    continue  # too short for any type (_types_for would find none): skip the checks
                # Never cut at a tight dot: "0.9876543210" is a decimal, not a phone.
                if (i > 0 and run.seps[i - 1] == ".") or (j < k and run.seps[j - 1] == "."):
                    continue
                if j - i > 1 and not _cut_ok(run, kinds, i, j):
                    continue
                typ = _pick(_types_for(run, i, j, text, private_ips=private_ips), enabled)
                if typ is not None:
                    s = start if (i == 0 and run.plus) else run.spans[i][0]
                    yield (PRIO_NUMBER, s, run.spans[j - 1][1], typ)
                    i = j
                    found = True
                    break
            if not found:
                i += 1



HINDI = (
    "संपर्क करें: फोन 98765 43210 या +91-98765-43210, कार्यालय (011) 2345 6789। आधार संख्या 2345 6789 0123 किसी को न "
    "दें। कार्ड 4532 0151 1283 0366 से भुगतान हुआ। सन् २०२३ में १२,५०० लोग आए; पेज 1 2 3 4 5 6 7 8 9 10 अगला। "
    "आईपी 8.8.8.8 और 192.168.1.1, तारीख 12.03.2024, समय 10:30, मोबाइल नंबर: ९८७६५ ४३२१०।\n"
    "दफ्तर का फोन 2345678। टोल फ्री 1800 180 1551, खाता संख्या 123456789012, ( +91 ) 98765-43210, + (+91) 9876543210।"
)
ENGLISH = (
    "Call us on +44 20 7946 0958 or (555) 123-4567 between 9-5. In 2023 the store sold 1,234,567 units; the "
    "2022–2023 season ended 3 – 1. Order no. 2024-0001-7788, ISBN 978-3-16-148410-0, card 4111 1111 1111 1111.\n"
    "DNS 8.8.8.8, 9.9.9.9; version 1.2.3.4 shipped on 12.03.2024 at 10.30 p.m.; page 1 of 10 | next. "
    "Phone: 98765 43210 (office)."
)


def _same(text: str) -> None:
    assert list(find_numbers(text, _ALL)) == list(_old_find_numbers(text, _ALL))
    assert list(find_numbers(text, _ALL, private_ips=True)) == list(_old_find_numbers(text, _ALL, private_ips=True))


def test_same_hits_on_hindi_and_english_text() -> None:
    for text in (HINDI, ENGLISH, HINDI + ENGLISH, ENGLISH.replace(" ", "\u00a0"), HINDI.replace(" ", "\u2009")):
        _same(text)
        for cut in range(0, len(text), 7):  # every window edge: cut through runs and their leads
            _same(text[cut:])
            _same(text[:cut])
    assert list(find_numbers(HINDI, _ALL))
    assert list(find_numbers(ENGLISH, _ALL))


def test_same_hits_on_wcxb_pages() -> None:
    pages = sorted((SHARED / "wcxb-dev" / "html").glob("*.html.gz"))
    if not pages:
        pytest.skip(f"{SHARED / 'wcxb-dev'} not found")
    for page in random.Random(19).sample(pages, min(150, len(pages))):
        text = extract_html(gzip.decompress(page.read_bytes())).text
        _same(text)


PIECES = ["0", "12", "345", "9876", "98765", "43210", "२०२३", "९८७६५", "١٢٣", "+", "(", ")", "( ", " )", "+ (",
          "( +", "(+91)", "+91", " ", "  ", "\u00a0", "\u2009", "\u202f", "-", " - ", ".", ". ", "\u2010", "\u2011",
          "\u2012", "\u2013", "\u2014", ",", ":", "x", "ab", "_", "क", "फोन ", "Tel. ", "\n", "4532 0151 1283 0366"]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=3000, deadline=None)
@given(texts)
def test_same_hits_on_generated_runs(text: str) -> None:
    _same(text)
