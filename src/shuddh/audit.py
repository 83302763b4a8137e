"""The audit trail of removed lines: undoing it, and finding a document in an output directory.

A document's trail (``Document.removed``; ``removed/part-NNNNN.<ext>`` for kept documents, the
``removed`` key of a ``dropped/`` record) lists ``[line, text, reason, stage]`` in stage order, where
``line`` is the line's index in the text *that stage received* (see ``shuddh.stages.base``). Undoing the
stages last-first — inserting each stage's lines at their indices, in ascending order — gives back the
text as the first line-removing stage received it (after ``normalize`` and ``pii``). :func:`marked_lines`
does that while keeping each line's mark, which is what ``shuddh show`` prints.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from shuddh.layout import Layout, part_files, shard_of

#: the reason suffix of a piece cut from a line that stays (the line is not removed)
PART = ".part"

__all__ = ["Entry", "FoundDocument", "find_document", "marked_lines", "restore", "trail_entries"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One removed line: its index in the text its stage received, its text, reason and stage."""

    line: int
    text: str
    reason: str
    stage: str


def trail_entries(trail: Sequence[Any] | None) -> list[Entry]:
    """A trail as stored (lists in memory and work files, dicts in ``removed/``) as :class:`Entry` objects."""
    out = []
    for e in trail or ():
        if isinstance(e, Entry):
            out.append(e)
        elif isinstance(e, dict):
            out.append(Entry(int(e["line"]), str(e["text"]), str(e["reason"]), str(e["stage"])))
        else:
            i, t, r, s = e
            out.append(Entry(int(i), str(t), str(r), str(s)))
    return out


def _groups(entries: list[Entry]) -> list[list[Entry]]:
    """Consecutive runs of one stage (a stage runs once per document, so each stage is one run)."""
    groups: list[list[Entry]] = []
    for e in entries:
        if groups and groups[-1][0].stage == e.stage:
            groups[-1].append(e)
        else:
            groups.append([e])
    return groups


def marked_lines(text: str, trail: Sequence[Any] | None) -> list[tuple[str, Entry | None]]:
    """Every line of the text before cleaning, with the :class:`Entry` of its removal (None: kept; for a
    kept line with a piece cut from its edge, the Entry of that cut: its reason ends in ``.part``)."""
    lines: list[tuple[str, Entry | None]] = [(ln, None) for ln in text.split("\n")]
    for group in reversed(_groups(trail_entries(trail))):
        for e in sorted((e for e in group if not e.reason.endswith(PART)), key=lambda e: e.line):
            if not 0 <= e.line <= len(lines):
                raise ValueError(f"removed line {e.line} of stage {e.stage} lies outside the text")
            lines.insert(e.line, (e.text, e))
        # a piece cut from the edge of a kept line (chrome.<reason>.part: shuddh.stages.clean.chrome.cut_parts)
        # goes back on it, last cut first; it keeps its separating space: leading at the end, trailing at the start
        for e in reversed([e for e in group if e.reason.endswith(PART)]):
            if not 0 <= e.line < len(lines):
                raise ValueError(f"cut line {e.line} of stage {e.stage} lies outside the text")
            ln, mark = lines[e.line]
            # a kept line carries the Entry of a cut (shuddh show marks it)
            lines[e.line] = (ln + e.text if e.text[:1].isspace() else e.text + ln, mark or e)
    return lines


def restore(text: str, trail: Sequence[Any] | None) -> str:
    """The text before the stages of ``trail`` removed their lines."""
    return "\n".join(ln for ln, _ in marked_lines(text, trail))


# -- finding a document in an output directory -------------------------------------------------------


@dataclass(slots=True)
class FoundDocument:
    record: dict[str, Any]
    where: Path  # the file it was found in
    status: str  # "kept" or "dropped"
    trail: list[Entry]


_JSON_COLUMNS = ("metadata", "detail", "removed")


def _records(path: Path) -> Iterator[dict[str, Any]]:
    name = path.name
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches():
            for rec in batch.to_pylist():
                for k in _JSON_COLUMNS:  # the parquet writer stores nested values as JSON strings
                    if isinstance(rec.get(k), str):
                        rec[k] = orjson.loads(rec[k])
                yield rec
        return
    from shuddh.io.readers import open_binary

    with open_binary(path) as fh:
        for line in fh:
            if line.strip():
                yield orjson.loads(line)


def _matches(rec: dict[str, Any], key: str) -> bool:
    return rec.get("id") == key or (rec.get("url") is not None and rec.get("url") == key)


def find_document(outdir: Path, key: str) -> FoundDocument | None:
    """The kept or dropped document whose id or URL is ``key`` (kept first), with its trail."""
    lay = Layout(Path(outdir))
    for f in part_files(lay.kept_dir):
        for rec in _records(f):
            if _matches(rec, key):
                trail: list[Entry] = []
                shard = shard_of(f)
                for rf in part_files(lay.removed_dir):
                    if shard_of(rf) != shard:
                        continue
                    for r in _records(rf):
                        if r.get("id") == rec.get("id"):
                            trail = trail_entries(r["removed"])
                            break
                return FoundDocument(rec, f, "kept", trail)
    for f in part_files(lay.dropped_dir):
        for rec in _records(f):
            if _matches(rec, key):
                return FoundDocument(rec, f, "dropped", trail_entries(rec.get("removed")))
    return None
