"""The script and letter tables of ``shuddh.text.scripts`` are built with the scripts after the big ones
(Unknown, Han, Hangul, Common) searched only in the code points those leave (issue 17, brief "speed2", session
11: ~60 -> ~12 ms per process). They must be the tables of the former definition, every code point."""

from __future__ import annotations

import numpy as np
import regex

from shuddh.text import scripts
from shuddh.text.scripts import _TABLE_SIZE, SCRIPTS


def _former() -> tuple[np.ndarray, np.ndarray]:
    chars = "".join(chr(i) if not 0xD800 <= i < 0xE000 else " " for i in range(_TABLE_SIZE))
    script = np.zeros(_TABLE_SIZE, dtype=np.uint8)
    for sid, name in enumerate(SCRIPTS):
        if name == "Zzzz":
            continue
        for m in regex.finditer(rf"\p{{sc={name}}}+", chars):
            script[m.start() : m.end()] = sid
    letter = np.zeros(_TABLE_SIZE, dtype=np.bool_)
    for m in regex.finditer(r"[\p{L}\p{M}]+", chars):
        letter[m.start() : m.end()] = True
    letter[0xD800:0xE000] = False
    return script, letter


def test_tables_are_the_former_tables() -> None:
    script, letter = scripts._tables.__wrapped__()
    old_script, old_letter = _former()
    assert script.dtype == old_script.dtype
    assert letter.dtype == old_letter.dtype
    assert np.array_equal(script, old_script)
    assert np.array_equal(letter, old_letter)
    assert not script.flags.writeable
    assert not letter.flags.writeable


def test_every_named_script_outside_the_big_ones_is_found() -> None:
    script, _ = scripts._tables()
    for probe, name in (("क", "Deva"), ("অ", "Beng"), ("A", "Latn"), ("ب", "Arab"), ("中", "Hani"), ("한", "Hang"),
                        (" ", "Zyyy"), ("\u0301", "Zinh"), ("ᱚ", "Olck"), ("𑂍", "Kthi"), ("\U0002a700", "Hani"),
                        ("\ud800", "Zyyy"), ("\U0001e900", "Adlm")):
        code = ord(probe)
        assert SCRIPTS[script[code]] == name, (hex(code), name)
    assert SCRIPTS[script[0x0378]] == "Zzzz"  # unassigned
