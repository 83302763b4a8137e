"""Text read in ``blank-lines`` mode: streamed one block at a time, the same documents and positions as
splitting the whole file, and big files (plain or compressed) read in spans cut at blank lines."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from shuddh.document import Document, Quarantined, make_doc_id
from shuddh.io.readers import TO_END, ReadOptions, plan_spans, read_file

BLANK = ReadOptions(text_mode="blank-lines")
SENTENCES = ["आज बाज़ार में बहुत भीड़ थी।", "बच्चे पार्क में खेल रहे हैं।", "किसान ने खेत में गेहूँ बोया।",
             "शाम को हल्की बारिश हुई।", "पुस्तकालय सुबह नौ बजे खुलता है।"]


def _fixture() -> bytes:
    """Blocks of 1-3 lines separated by blank lines of several kinds (empty, spaces, a tab, CRLF), some
    CRLF line ends, one bare-CR line break inside a block, an invalid UTF-8 block, leading and trailing
    blank lines."""
    parts: list[bytes] = [b"\n", b"  \n"]
    for i in range(40):
        lines = [f"{SENTENCES[(i + k) % 5]} ({i}.{k})".encode() for k in range(1 + i % 3)]
        end = b"\r\n" if i % 7 == 3 else b"\n"
        if i == 11:
            lines[0] += b"\r" + "दूसरी पंक्ति".encode()  # a bare CR: a line break to bytes.splitlines
        if i == 17:
            lines = [b"\xff\xfe " + "खराब".encode()]
        parts.append(end.join(lines) + end)
        parts.append([b"\n", b"   \n", b"\t\n", b"\r\n", b"\n\n"][i % 5])
    parts.append(b"\n")
    return b"".join(parts)


def _reference(data: bytes, label: str) -> list[dict[str, object]]:
    """The documents of the whole file split at blank lines (bytes.splitlines), as records."""
    out: list[dict[str, object]] = []
    cur: list[bytes] = []
    start = 0
    blocks = []
    for i, line in enumerate(data.splitlines(keepends=True), 1):
        if line.strip():
            if not cur:
                start = i
            cur.append(line)
        elif cur:
            blocks.append((start, b"".join(cur)))
            cur = []
    if cur:
        blocks.append((start, b"".join(cur)))
    for start, block in blocks:
        pos = f"line {start}"
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:
            out.append({"position": pos, "reason": "read.invalid_utf8"})
            continue
        out.append({"id": make_doc_id(label, pos), "text": text, "source": f"{label}:{pos}"})
    return out


def _read(path: Path, spans: list[object] | None = None) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for sp in spans or [None]:
        for item in read_file(path, "c.txt", BLANK, span=sp):  # type: ignore[arg-type]
            if isinstance(item, Document):
                out.append({"id": item.id, "text": item.text, "source": item.source})
            else:
                assert isinstance(item, Quarantined)
                out.append({"position": item.position, "reason": item.reason})
    return out


def test_streamed_blocks_are_the_whole_file_split_at_blank_lines(tmp_path: Path) -> None:
    data = _fixture()
    path = tmp_path / "c.txt"
    path.write_bytes(data)
    got = _read(path)
    assert got == _reference(data, "c.txt")
    assert len(got) == 40
    assert sum("reason" in r for r in got) == 1
    assert any("दूसरी पंक्ति" in str(r.get("text", "")) for r in got)


@pytest.mark.parametrize("how", ["plain", "gz", "zst"])
@pytest.mark.parametrize("split", [1, 50, 333, 1000])
def test_spans_cut_at_blank_lines_read_the_same_documents(tmp_path: Path, how: str, split: int) -> None:
    data = _fixture()
    if how == "plain":
        path = tmp_path / "c.txt"
        path.write_bytes(data)
    elif how == "gz":
        path = tmp_path / "c.txt.gz"
        path.write_bytes(gzip.compress(data))
    else:
        zstandard = pytest.importorskip("zstandard")
        path = tmp_path / "c.txt.zst"
        path.write_bytes(zstandard.ZstdCompressor().compress(data))
    spans = plan_spans(path, split, "blank-lines")
    assert spans is not None
    assert spans[-1].end == TO_END
    for sp in spans[1:]:
        # every cut is just after a blank line
        line_start = data.rfind(b"\n", 0, sp.start - 1) + 1
        assert data[sp.start - 1:sp.start] == b"\n"
        assert not data[line_start:sp.start].strip()
        assert sp.first == len(data[:sp.start].splitlines())
    assert _read(path, spans) == _reference(data, "c.txt")
    # the whole-file mode and the other formats' rules are untouched
    assert plan_spans(path, split) is None  # text_mode "file": one document per file, never split


@pytest.mark.parametrize("cut", [7, 40, 120])
def test_truncated_gzip_text_keeps_whole_blocks_then_one_quarantine(tmp_path: Path, cut: int) -> None:
    data = _fixture()
    full = gzip.compress(data)
    path = tmp_path / "c.txt.gz"
    path.write_bytes(full[: len(full) - cut])
    got = _read(path)
    assert [r["reason"] for r in got if r.get("reason") == "read.truncated"] == ["read.truncated"]
    assert got[-1]["reason"] == "read.truncated"
    ref = _reference(data, "c.txt")
    docs = got[:-1]
    # the documents read are whole documents of the file, in order; the block the cut fell in is not one
    assert docs == ref[: len(docs)]
    assert len(docs) <= len(ref)  # (a cut in the gzip trailer alone loses no block)
    spans = plan_spans(path, 60, "blank-lines")
    assert spans is not None
    assert _read(path, spans) == got
