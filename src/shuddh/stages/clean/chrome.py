"""Line-level site-chrome removal driven by the language profile's phrase lexicon.

Each line is reduced to a *key* (case-folded, spaces collapsed, edge punctuation stripped) and matched
against the profile's rules (see ``lang/profiles/web-common.toml`` for the rule kinds). A removed line is
counted under ``chrome.<rule reason>``. Lines longer than the profile's ``chrome.max_words`` are never
removed by a prefix/contains rule, so an article paragraph that happens to start with "और पढ़ें" or
quote a phrase survives.

With ``structure=True`` (the default) the structural signals of :mod:`shuddh.stages.clean.structure`
are added: lines above and below the article block, menus (runs of very short lines), far blocks and
headline runs, counted as ``chrome.structure.<signal>``. Lexicon matches keep their own reason.
"""

from __future__ import annotations

from typing import Any, ClassVar

from shuddh.document import Document, Dropped
from shuddh.lang.profile import LanguageProfile, line_key, load_profile
from shuddh.stages.base import Mapper, StageContext
from shuddh.stages.clean.structure import structural_reasons
from shuddh.text.segment import WORD_RE

__all__ = ["ChromeLineStage", "chrome_reason", "clean_lines"]


def _starts_with_phrase(key: str, phrase: str) -> bool:
    if not key.startswith(phrase):
        return False
    if len(key) == len(phrase):
        return True
    nxt = key[len(phrase)]
    # the phrase must end at a word boundary: "read more…x" yes, "reader" no; a following matra
    # or letter means the phrase is only part of a longer word
    return not WORD_RE.match(nxt)


def chrome_reason(line: str, profile: LanguageProfile) -> str | None:
    """The removal reason for ``line`` if it is site chrome, else ``None``."""
    # a line far longer than max_words words can only match an exact rule, and no exact phrase is
    # that long: skip it without building its key (most article paragraphs end here)
    if len(line) > profile.chrome_max_words * 25:
        return None
    key = line_key(line)
    if not key:
        return None
    # whitespace tokens approximate words well enough for a length guard, at a fraction of the cost
    short = key.count(" ") < profile.chrome_max_words
    raw: str | None = None
    for rule in profile.chrome_rules:
        if key in rule.exact:
            return rule.reason
        if short:
            if any(_starts_with_phrase(key, p) for p in rule.prefix):
                return rule.reason
            if any(p in key for p in rule.contains):
                return rule.reason
            if rule.patterns:
                if raw is None:
                    # patterns also see the line with its edge symbols: the key drops a leading "©"
                    raw = " ".join(line.casefold().split())
                if any(p.search(key) or p.search(raw) for p in rule.patterns):
                    return rule.reason
    return None


class ChromeLineStage(Mapper):
    """Removes chrome lines (lexicon and patterns of the language profile); keeps paragraph breaks."""

    name: ClassVar[str] = "chrome"

    def __init__(self, *, profile: str = "hi", structure: bool = True) -> None:
        self.profile_name = profile
        self.profile = load_profile(profile)
        self.structure = structure

    def map(self, doc: Document, ctx: StageContext) -> Document | Dropped:
        lines = doc.text.split("\n")
        reasons = clean_lines(lines, self.profile, structure=self.structure)
        if not any(reasons):
            return doc
        kept: list[str] = []
        for line, reason in zip(lines, reasons, strict=True):
            if reason is None:
                kept.append(line)
            else:
                ctx.remove_line(f"chrome.{reason}", line)
        doc.text = _tidy_blank_lines(kept)
        return doc

    def describe(self) -> dict[str, Any]:
        return {"stage": self.name, "profile": self.profile_name, "structure": self.structure}


def clean_lines(lines: list[str], profile: LanguageProfile, *, structure: bool = True) -> list[str | None]:
    """The removal reason of each line (lexicon first, then structure), or None for a line to keep."""
    lex = [chrome_reason(ln, profile) if ln.strip() else None for ln in lines]
    if not structure:
        return lex
    struct = structural_reasons(lines, profile, lex)
    return [a if a is not None else b for a, b in zip(lex, struct, strict=True)]


def _tidy_blank_lines(lines: list[str]) -> str:
    """Join lines, collapsing the blank-line runs that removed lines leave behind."""
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
