"""The WARC record-line count (:func:`shuddh.io.warc._record_lines`, one :mod:`re` scan since session 17) counts
what its former ``bytes.find`` loop counted: each ``\\nWARC/1.`` or ``\\nWARC/0.`` (:data:`_RECORD_LINES`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import shuddh.io.warc as wio

_HEAD = b"\nWARC/"
_VERSIONS = (b"1.", b"0.")


def _record_lines_former(buf: bytes) -> int:
    """The former :func:`shuddh.io.warc._record_lines`."""
    n = 0
    i = buf.find(_HEAD)
    while i >= 0:
        at = i + len(_HEAD)
        if buf[at : at + 2] in _VERSIONS:
            n += 1
        i = buf.find(_HEAD, at)
    return n


def test_the_pattern_is_the_record_lines() -> None:
    assert set(wio._RECORD_LINES) == {_HEAD + v for v in _VERSIONS}
    # the pattern matches "\nWARC/" and two bytes exactly when they make one of the record lines
    for a in range(256):
        for b in range(256):
            line = _HEAD + bytes((a, b))
            assert (wio._RECORD_LINE_RE.fullmatch(line) is not None) == (line in wio._RECORD_LINES)


_RECORDS = (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 60\r\n\r\n"
            + "<p>गाँव के किसानों ने बुवाई शुरू की। WARC/1.0 in text</p>".encode() + b"\r\n\r\n"
            + b"WARC/1.1\r\nWARC-Type: request\r\n\r\n\r\n\n\r\nWARC/0.18\r\n\nWARC/2.0\n\nWARC/1")


@pytest.mark.parametrize("cut", [0, 1, 40, 100, len(_RECORDS) - 2, len(_RECORDS)])
def test_written_records(cut: int) -> None:
    buf = _RECORDS[:cut] + _RECORDS[cut:]
    assert wio._record_lines(buf) == _record_lines_former(buf)
    assert wio._record_lines(b"\n" + buf[cut:]) == _record_lines_former(b"\n" + buf[cut:])


@given(st.lists(st.sampled_from([b"\nWARC/1.", b"\nWARC/0.", b"\nWARC/", b"WARC/1.", b"\n", b"x", b"1.", b"\r\n",
                                 b"\nWARC/2.", b"0", b".", "\nWARC/1.1 गाँव".encode()]), max_size=40))
def test_generated_buffers(parts: list[bytes]) -> None:
    buf = b"".join(parts)
    assert wio._record_lines(buf) == _record_lines_former(buf)
