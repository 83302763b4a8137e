"""Word/Office style code leaked into page text (``chrome.markup``).

A post pasted from Microsoft Word into a blog editor carries Word's hidden document settings and style
sheet; text extraction keeps them as text, usually glued to the post's first line::

    Normal 0 false false false EN-IN X-NONE X-NONE /* Style Definitions */ table.MsoNormalTable
    {mso-style-name:"Table Normal"; … font-family:"Calibri","sans-serif";} रूसी उपन्यास - "अपराध आउ दंड" …

In the Magahi blog posts of ``lid-outdomain/mag-kmi-blog.tsv`` 55 of 578 posts hold such a leak, and it
decides what happens to the post: a 500-character run of Latin code beside a few Hindi paragraphs makes
language ID call the document undetermined, or the repetition filters drop it. The leak is never text, so
it is cut wherever it stands at the start or the end of a line (the rest of the line is kept) and a line
that is nothing else is removed.

Only Office's own marks make a leak (:data:`_SIGNATURE`: ``mso-`` properties, ``Mso…`` classes, VML
behaviours, ``X-NONE``, ``MicrosoftInternetExplorer4``, ``/* Style Definitions */``, ``[if gte mso 9]``):
a CSS rule without them is left alone (a web-design tutorial's code is its content). A leak in the middle
of a line stays: the audit trail restores a cut piece only at a line's edge.
"""

from __future__ import annotations

import re

__all__ = ["GATE", "markup_cut", "markup_cuts"]

# one unit of a leak; units are separated by whitespace
_UNIT = (
    r"(?:"
    r"\d{3,4}x\d{3,4}"  # the editor's window size ("800x600") before the settings
    # the document settings: "Normal 0 [21] false false false [EN-US X-NONE HI] [MicrosoftInternetExplorer4]"
    r"|Normal(?:\s+\d+(?:\.\d+)?)+(?:\s+(?:false|true))+(?:\s+(?:X-NONE|[A-Z]{2,3}(?:-[A-Z]{2,4})?)(?![\w-]))*"
    r"|MicrosoftInternetExplorer4"
    r"|/\*[^*]{0,80}\*/"  # a CSS comment ("/* Style Definitions */")
    r"|<!--\[if[^\]]{0,40}\]>|<!\[endif\]-->|\[if\s+(?:!\s*)?(?:gte\s+|lt\s+)?(?:mso|vml|supportFields)[^\]]{0,20}\]|\[endif\]"
    # a CSS rule: selectors { … }; a selector holds no comma, so a list of them splits one way only (with
    # commas inside, a JSON line's "a":"b","c":… split 80^12 ways: seconds per line)
    r"|[^\s{},]{1,80}(?:\s*,\s*[^\s{},]{1,80}){0,12}\s*\{[^{}]{0,4000}\}"
    r")"
)
#: a unit with the whitespace before it; units found left to right (each position tried once: linear)
_UNITS = re.compile(rf"\s*({_UNIT})")
#: what makes a run of units Office's (any one of them)
_SIGNATURE = re.compile(r"mso-|\bMso[A-Z]|#default#VML|#ieooui|X-NONE|MicrosoftInternetExplorer4|Style Definitions"
                        r"|\[if\s+(?:!\s*)?(?:gte\s+|lt\s+)?(?:mso|vml)")
#: a document holds no leak unless one of these occurs in it (a substring test per document): a cut needs a
#: signature, and every unit that can hold one holds one of these — a CSS rule "{", a CSS comment "/*", a
#: conditional comment "[if", the settings' "X-NONE", "MicrosoftInternetExplorer4" (five scans of a 4 KB
#: Hindi page cost 0.003 ms; the eight signature literals cost 0.010)
GATE = ("{", "/*", "[if", "X-NONE", "MicrosoftInternetExplorer4")
_LETTER = re.compile(r"[^\W\d_]")


def markup_cut(line: str) -> tuple[str, list[str]] | None:
    """``(rest, pieces)`` when ``line`` starts or ends with Office style code: the pieces cut (the one at
    the start with its trailing whitespace, the one at the end with its leading whitespace, in that
    order) and the line left, ``""`` when nothing with a letter is left; None when there is no leak."""
    if _SIGNATURE.search(line) is None:  # a line of code or JSON without Office's marks: nothing to parse
        return None
    # runs of units that follow each other with only whitespace between: [start of the first unit, end]
    runs: list[list[int]] = []
    for m in _UNITS.finditer(line):
        if runs and m.start() == runs[-1][1]:
            runs[-1][1] = m.end()
        else:
            runs.append([m.start(1), m.end()])
    if not runs:
        return None
    pieces: list[str] = []
    lo, hi = 0, len(line)
    first = runs[0]
    if not line[:first[0]].strip() and _SIGNATURE.search(line, first[0], first[1]):
        lo = len(line) - len(line[first[1]:].lstrip())  # with the whitespace after it
        pieces.append(line[:lo])
    last = runs[-1]
    if lo < last[0] and not line[last[1]:].strip() and _SIGNATURE.search(line, last[0], last[1]):
        start = len(line[:last[0]].rstrip())
        pieces.append(line[start:])
        hi = start
    if not pieces:
        return None
    rest = line[lo:hi]
    if _LETTER.search(rest) is None:
        return "", [line]
    return rest, pieces


def markup_cuts(lines: list[str], parts: bool = True) -> dict[int, tuple[str, list[str]]]:
    """:func:`markup_cut` of every line of a document that has a leak: index -> (the rest, the pieces); with
    ``parts`` False only the lines that are nothing but a leak (rest ``""``). A document without one of
    :data:`GATE`'s literals holds none (one substring test per literal, not a look at each line)."""
    text = "\n".join(lines)
    if not any(g in text for g in GATE):
        return {}
    out: dict[int, tuple[str, list[str]]] = {}
    for i, ln in enumerate(lines):
        if any(g in ln for g in GATE):
            r = markup_cut(ln)
            if r is not None and (parts or not r[0]):
                out[i] = r
    return out
