"""The issue-19 patterns (UPI, GSTIN, vehicle numbers, Aadhaar with colons, "name at gmail.com", e-mail at
an IP, the IPv6 end test, VID and ABHA groupings) stay linear on hostile runs: CPU time at n and 4n
characters with the harness of ``tests/unit/test_complexity.py`` (fails only above 8x)."""

from __future__ import annotations

import pytest

from shuddh.pii import PII_TYPES, RedactionConfig, Redactor
from tests.unit.test_complexity import _no_gc, _variants, cpu_seconds, is_superlinear

_ALL = Redactor(RedactionConfig(types=frozenset(PII_TYPES), redact_private_ips=True))


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


HOSTILE = {
    "vehicle_prefixes": "MH 12 AB ",
    "vehicle_glued": "MH12AB123",
    "gstin_prefix": "27AAPFU0939F1Z",
    "colon_groups": "1234:",
    "upi_run": "a@ybl",
    "upi_handles_glued": "@ybl",
    "upi_local_dots": "a.",
    "at_word": "x at gmail",
    "at_word_dots": " at gmail.",
    "email_at_ip": "a@1.2.3.4",
    "ipv6_mapped_dots": "::ffff:1.",
    "bh_series": "22 BH 1234 ",
    "vid_groups": "1234 ",
    "abha_groups": "91-1234-",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_issue19_patterns_are_linear(name: str) -> None:
    n = 4_000
    unit = HOSTILE[name]
    small = _variants(_repeat(unit, n), 4)
    large = _variants(_repeat(unit, 4 * n), 3)

    def run(text: str) -> None:
        _ALL.redact(text)

    run(small.pop())
    with _no_gc():
        t1, t4 = cpu_seconds(run, small), cpu_seconds(run, large)
    assert not is_superlinear(t1, t4), (name, t1, t4)
