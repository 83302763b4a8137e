"""The implementations as they were before the speed work (shuddh 5d1dfd2), kept as test oracles.

Each function here is the straightforward definition its fast replacement must agree with exactly,
including float results (the signals are written to the output, so a last-bit difference would change
output bytes). Only what the fast paths replaced is here; helpers that did not change are imported.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

import regex

from shuddh.lang.profile import LanguageProfile, fold_spelling
from shuddh.quality.content import RELATION_RE, LineClasses, _is_strip
from shuddh.quality.signals import _ELLIPSES, _HAS_WORD_RE, _INTERNAL_END_RE, BULLETS, Signals
from shuddh.stages.clean.chrome import (
    _HOW_TO_STEP,
    CALL_REASONS,
    PART_REASONS,
    _rule_index,
    _starts_with_phrase,
    menu_run,
)
from shuddh.text.legacy import _WS_SPLIT, MIN_MIXED_RUN, _convert_line, _fix_c1
from shuddh.text.legacy._detect import best_font, candidate_tokens
from shuddh.text.normalize import (
    _BLANKS_RE,
    _DANDA_RE,
    _DOUBLE_DANDA_RE,
    _INVISIBLE_RE,
    _STRAY_JOINER_RE,
    _VOWEL_PIECES,
    _VOWEL_PIECES_RE,
    _devanagari_markers,
    menu_items,
)
from shuddh.text.segment import is_terminated, lines, paragraphs, sentences, words

#: the whitespace fold of normalize before session 16 (now ``normalize._SPACE_RUNS``), and its characters less " "
_SPACE_RE = regex.compile(r"[\t\p{Zs}]+")
_OTHER_SPACE_RE = regex.compile(r"[[\t\p{Zs}]--[ ]]", regex.V1)
_LETTER_RE = regex.compile(r"[\p{L}\p{M}]")
_HAS_LETTER_RE = regex.compile(r"\p{L}")
_NUMBER_RE = regex.compile(r"\p{N}")
# the legacy scans as the regex module compiled them (the fast code compiles them with re)
INDIC_LETTER = regex.compile(r"[\u0900-\u0DFF]")
_LEGACY_HINT = regex.compile(r"[A-Za-z\u00a1-\u024f\u0152-\u0192\u02c6-\u02dc\u2013-\u2122\x80-\x9f]")
_NON_SPACE_RE = regex.compile(r"\S")


def count_letters(text: str) -> int:
    return len(_LETTER_RE.findall(text))


def letter_ratio(text: str) -> float:
    total = len(_NON_SPACE_RE.findall(text))
    return count_letters(text) / total if total else 0.0


def gopher_quality_signals(text: str, stopwords: Iterable[str] = ()) -> Signals:
    ws = words(text)
    n = len(ws)
    ls = lines(text)
    n_lines = len(ls)
    stop = frozenset(stopwords)
    return {
        "words": n,
        "mean_word_length": sum(len(w) for w in ws) / n if n else 0.0,
        "hash_ratio": text.count("#") / n if n else 0.0,
        "ellipsis_ratio": (text.count("...") + text.count("…")) / n if n else 0.0,
        # issue 13: a bullet / ellipsis line holds no sentence end followed by more text (not a speed change)
        "bullet_lines_ratio": sum(ln.startswith(BULLETS) and _INTERNAL_END_RE.search(ln) is None
                                  for ln in ls) / n_lines if n_lines else 0.0,
        "ellipsis_lines_ratio": sum(ln.endswith(_ELLIPSES) and _INTERNAL_END_RE.search(ln) is None
                                    for ln in ls) / n_lines if n_lines else 0.0,
        "alpha_words_ratio": sum(1 for w in ws if _HAS_LETTER_RE.search(w)) / n if n else 0.0,
        "stopwords": len(stop.intersection(ws)),
        "letter_ratio": letter_ratio(text),
    }


def _duplicates(items: Sequence[str]) -> tuple[int, int]:
    seen: set[str] = set()
    n = chars = 0
    for x in items:
        if x in seen:
            n += 1
            chars += len(x)
        else:
            seen.add(x)
    return n, chars


def _top_ngram_chars(ws: Sequence[str], n: int, min_count: int = 2) -> int:
    if len(ws) < n:
        return 0
    grams = Counter(tuple(ws[i : i + n]) for i in range(len(ws) - n + 1))
    gram, count = grams.most_common(1)[0]
    if count < max(2, min_count):
        return 0
    return (sum(len(w) for w in gram) + n - 1) * count


def _dup_ngram_chars(ws: Sequence[str], n: int) -> int:
    if len(ws) < 2 * n:
        return 0
    seen: set[tuple[str, ...]] = set()
    covered = [False] * len(ws)
    for i in range(len(ws) - n + 1):
        g = tuple(ws[i : i + n])
        if g in seen:
            for j in range(i, i + n):
                covered[j] = True
        else:
            seen.add(g)
    return sum(len(w) for w, c in zip(ws, covered, strict=True) if c)


def repetition_signals(text: str, top_sizes: Sequence[int] = (2, 3, 4),
                       dup_sizes: Sequence[int] = (5, 6, 7, 8, 9, 10), *, top_min_count: int = 2) -> Signals:
    total = len(text)
    ls = lines(text)
    ps = paragraphs(text)
    ln_dup, ln_chars = _duplicates(ls)
    p_dup, p_chars = _duplicates(ps)
    out: Signals = {
        "dup_lines": ln_dup,
        "dup_line_frac": ln_dup / len(ls) if ls else 0.0,
        "dup_line_char_frac": ln_chars / total if total else 0.0,
        "dup_para_frac": p_dup / len(ps) if ps else 0.0,
        "dup_para_char_frac": p_chars / total if total else 0.0,
    }
    ws = words(text)
    for n in top_sizes:
        out[f"top_{n}gram_frac"] = _top_ngram_chars(ws, n, top_min_count) / total if total else 0.0
    for n in dup_sizes:
        out[f"dup_{n}gram_frac"] = _dup_ngram_chars(ws, n) / total if total else 0.0
    return out


def is_sentence_line(line: str, terminal: str | tuple[str, ...] = ".?!।॥۔؟…", min_sentence_words: float = 0.0,
                     *, internal_ends: bool = True) -> bool:
    if not (is_terminated(line, terminal) or (internal_ends and _INTERNAL_END_RE.search(line) is not None)):
        return False
    if min_sentence_words <= 0:
        return True
    n_sent = sum(1 for s in sentences(line) if _HAS_WORD_RE.search(s))
    return n_sent > 0 and len(words(line)) / n_sent >= min_sentence_words


def fineweb_line_signals(text: str, terminal: str | tuple[str, ...] = ".?!।॥۔؟…", short_line_length: int = 30,
                         *, internal_ends: bool = True, min_sentence_words: float = 0.0) -> Signals:
    ls = lines(text)
    n = len(ls)
    ws_n = len(words(text))
    _, dup_chars = _duplicates(ls)
    body = sum(len(ln) for ln in ls)
    n_prose = prose_words = line_words = 0
    for ln in ls:
        k = len(words(ln))
        line_words += k
        if is_sentence_line(ln, terminal, min_sentence_words, internal_ends=internal_ends):
            n_prose += 1
            prose_words += k
    return {
        "line_punct_ratio": n_prose / n if n else 0.0,
        "prose_word_ratio": prose_words / line_words if line_words else 0.0,
        "short_line_ratio": sum(len(ln) <= short_line_length for ln in ls) / n if n else 0.0,
        "char_dup_ratio": dup_chars / body if body else 0.0,
        "newline_ratio": (n - 1) / ws_n if ws_n and n else 0.0,
    }


_EDGE = regex.compile(r"^[\p{P}\p{S}\p{Z}\s]+|[\p{P}\p{S}\p{Z}\s]+$")
_SPACES = regex.compile(r"\s+")


def line_key(line: str) -> str:
    key: str = _EDGE.sub("", _SPACES.sub(" ", fold_spelling(line).casefold()))
    return key


def chrome_reason(line: str, profile: LanguageProfile, *, parts: bool = False) -> str | None:
    """The line's lexicon reason, rule by rule; ``parts``: as ``chrome_reasons(..., parts=True)`` looks up a
    piece of a line (the rules of PART_REASONS only, patterns on the key alone). The line is read spelling
    folded, as the rules are (``fold_spelling``)."""
    line = fold_spelling(line)
    if len(line) > profile.chrome_max_words * 25:
        return None
    key = line_key(line)
    if not key:
        return None
    reason = _first_rule(line, key, profile, parts)
    if reason is not None:
        # the gates after the lexicon (session 23): a how-to's numbered step is no promo, a call in reported speech
        # no call
        if reason == "promo" and _HOW_TO_STEP.match(line) is not None:
            return None
        if reason in CALL_REASONS:
            low = line.casefold()
            reported, story, site = profile.chrome_reported, profile.chrome_story_calls, profile.chrome_site_calls
            if reported is not None and reported.search(low) is not None:
                return None
            # (session 24) a call with a mark of a public service or a step and none of the site's own
            if story is not None and story.search(low) is not None and (site is None or site.search(low) is None):
                return None
        return reason
    if not parts:
        # no rule matched: a menu printed on one line (chrome.menu_run, over the profile's menu items)
        menu = _rule_index(profile).menu
        if menu is not None and menu_run(line, menu):
            return menu.reason
    return None


def _first_rule(line: str, key: str, profile: LanguageProfile, parts: bool) -> str | None:
    """The reason of the first rule that matches the line (its key, or its case-folded raw form for a pattern)."""
    short = key.count(" ") < profile.chrome_max_words
    raw: str | None = None
    for rule in profile.chrome_rules:
        if parts and rule.reason not in PART_REASONS:
            continue
        if key in rule.exact:
            return rule.reason
        if short:
            if any(_starts_with_phrase(key, p) for p in rule.prefix):
                return rule.reason
            if any(p in key for p in rule.contains):
                return rule.reason
            if rule.patterns:
                if raw is None:
                    raw = key if parts else " ".join(line.casefold().split())
                if any(p.search(key) or p.search(raw) for p in rule.patterns):
                    return rule.reason
    return None


def in_script(line: str, scripts: tuple[str, ...]) -> bool:
    if not scripts:
        return True
    sre = regex.compile("[" + "".join(rf"\p{{sc={s}}}" for s in scripts) + "]")
    letters = len(_LETTER_RE.findall(line))
    return letters > 0 and len(sre.findall(line)) >= 0.5 * letters


def repair_mixed(line: str) -> str | None:
    parts = _WS_SPLIT.split(line)
    runs: list[tuple[int, int]] = []
    start: int | None = None
    last = 0
    for i, part in enumerate(parts):
        if not part or part.isspace():
            continue
        if INDIC_LETTER.search(part) or not _LEGACY_HINT.search(part):
            if start is not None:
                runs.append((start, last))
                start = None
            continue
        if start is None:
            start = i
        last = i
    if start is not None:
        runs.append((start, last))
    changed = False
    for a, b in reversed(runs):
        segment = "".join(parts[a:b + 1])
        if len(candidate_tokens(segment)) < MIN_MIXED_RUN:
            continue
        ok, _ = best_font(_fix_c1(segment))
        if ok is None:
            continue
        parts[a:b + 1] = [_convert_line(segment, ok.font)]
        changed = True
    return "".join(parts) if changed else None


def normalize_core(text: str, danda: bool = True) -> str:
    """``_normalize`` with digits="keep"."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE_RE.sub("", text)
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _STRAY_JOINER_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if _VOWEL_PIECES_RE.search(text):
        text = _VOWEL_PIECES_RE.sub(lambda m: _VOWEL_PIECES[m.group()], text)
    text = _SPACE_RE.sub(" ", text)
    text = "\n".join(ln.strip() for ln in text.split("\n"))
    if danda and ("|" in text or "।।" in text):
        # line by line; a separator menu keeps its pipes (issue 13)
        text = "\n".join(ln if "|" in ln and menu_items(ln, _devanagari_markers())
                         else _DANDA_RE.sub("।", _DOUBLE_DANDA_RE.sub("॥", ln)) for ln in text.split("\n"))
    text = _BLANKS_RE.sub("\n\n", text)
    return text.strip()


# --- issue 17, session 15 (quality stages, wcxb): the definitions the fast paths replaced --------------------


def line_classes(text: str, terminal: tuple[str, ...], min_sentence_words: float, stopwords: frozenset[str],
                 runon_min_words: int, runon_min_stopword_share: float, runon_markers: frozenset[str] = frozenset(),
                 runon_min_marker_rate: float = 0.0, strip_min_sentences: int = 0,
                 strip_max_marker_share: float = 0.0) -> LineClasses:
    """``content.line_classes`` before the shared sentence flags and the separator-first relation test: each
    line classified on its own, its words split again."""
    out = LineClasses()
    for ln in lines(text):
        ws = words(ln)
        k = len(ws)
        out.lines += 1
        out.n_words += k
        prose = is_sentence_line(ln, terminal, min_sentence_words)
        if prose and strip_min_sentences and _is_strip(ln, runon_markers, strip_min_sentences, strip_max_marker_share):
            prose = False
            out.strip_lines += 1
        if (
            not prose
            and runon_min_words
            and k >= runon_min_words
            and sum(w in stopwords for w in ws) >= runon_min_stopword_share * k
            and (runon_min_marker_rate <= 0 or sum(w in runon_markers for w in ws) >= runon_min_marker_rate * k)
        ):
            prose = True
            out.runon_lines += 1
        if prose:
            out.prose_lines += 1
            out.prose_words += k
            if k and _NUMBER_RE.search(ln):
                out.prose_numbers += sum(1 for w in ws if not _HAS_LETTER_RE.search(w))
        else:
            out.item_lines += 1
            if k >= 2 and RELATION_RE.search(ln):
                out.structured_items += 1
            if k >= 2 and _NUMBER_RE.search(ln):  # (session 35) a table row's figures: a label and numbers
                n = sum(1 for w in ws if not _HAS_LETTER_RE.search(w))
                if n < k:
                    out.row_numbers += n
    return out
