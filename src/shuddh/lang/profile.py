"""Language profiles: every language-specific constant is data in ``profiles/<code>.toml``.

A profile may ``include`` others (e.g. ``web-common`` for the English UI strings every site uses);
their chrome rules are appended after the language's own. Unknown keys are errors, so a typo in a
profile fails loudly instead of silently falling back to a default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from shuddh.errors import ConfigError

__all__ = ["QUALITY_KEYS", "SPELLING_FOLD", "ChromeRule", "HeaderSettings", "LanguageProfile", "available_profiles",
           "fold_spelling", "folded_key", "langid_threshold", "line_key", "load_profile", "profile_settings"]

_TOP_KEYS = {"code", "name", "scripts", "include", "terminal_punctuation", "stopwords", "quality", "header", "langid",
             "chrome"}
_RULE_KEYS = {"reason", "exact", "prefix", "contains", "pattern", "menu"}
_LONG_RULE_KEYS = {"reason", "gate", "pattern", "max_words"}
#: a long rule reads lines of at most this many words
LONG_RULE_MAX_WORDS = 120
#: every key a profile's ``[quality]`` table may set: the thresholds of the quality stages (gopher_quality,
#: gopher_repetition, fineweb_quality, length) and the refinements of the signal scorer
#: (:class:`shuddh.stages.quality.scorer.SignalScorer`). Anything else is a typo, refused when loading.
QUALITY_KEYS = frozenset({
    "min_words", "max_words", "min_letters", "min_mean_word_length", "max_mean_word_length",
    "max_symbol_word_ratio", "max_bullet_lines_ratio", "max_ellipsis_lines_ratio", "min_alpha_words_ratio",
    "min_letter_ratio", "min_stopwords", "stopwords_full_words",
    "min_dup_lines", "dup_line_frac", "dup_para_frac", "dup_line_char_frac", "dup_para_char_frac",
    *(f"top_{n}gram_frac" for n in (2, 3, 4)), *(f"dup_{n}gram_frac" for n in range(5, 11)),
    "line_punct_thr", "line_punct_word_thr", "short_line_thr", "short_line_length", "char_dup_ratio",
    "new_line_ratio", "list_min_items", "list_structured_item_ratio",
    "min_sentence_words", "top_ngram_min_count", "repeat_min_count", "dup_line_min_words", "runon_min_words",
    "runon_min_stopword_share", "runon_markers", "runon_min_marker_rate", "strip_min_sentences",
    "strip_max_marker_share", "alpha_words_prose_numbers", "alpha_words_rows_prose_share",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class ChromeRule:
    """One group of chrome phrases sharing a removal reason."""

    reason: str
    exact: frozenset[str] = frozenset()
    prefix: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    patterns: tuple[regex.Pattern[str], ...] = ()
    #: menu items (keys): a line made only of several of them, the profile's menu items of every rule together,
    #: is a menu printed on one line (``chrome.menu_items``, :func:`shuddh.stages.clean.chrome.menu_run`)
    menu: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class LongChromeRule:
    """A chrome rule for lines longer than the profile's ``[chrome] max_words`` (``[[chrome.long_rules]]``): a
    newsletter's pitch, a cookie or embed consent notice, a labelled disclaimer run past 40 words, which the lexicon
    does not read. A line of up to ``max_words`` words (counted by spaces) is searched with ``patterns`` (on the
    spelling-folded, case-folded line, whitespace collapsed) only when it holds one of the ``gate`` literals."""

    reason: str
    gate: tuple[str, ...]
    patterns: tuple[regex.Pattern[str], ...]
    max_words: int


@dataclass(frozen=True, slots=True)
class HeaderSettings:
    label_max_words: int = 4
    label_max_chars: int = 40
    title_max_words: int = 30
    title_max_chars: int = 250
    body_min_words: int = 20
    breadcrumb_separators: tuple[str, ...] = ("»", "›", ">", "/", "|", "→", "::")


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    code: str
    name: str
    scripts: tuple[str, ...] = ()
    terminal_punctuation: tuple[str, ...] = (".", "?", "!")
    stopwords: frozenset[str] = frozenset()
    quality: dict[str, Any] = field(default_factory=dict)
    header: HeaderSettings = HeaderSettings()
    chrome_rules: tuple[ChromeRule, ...] = ()
    chrome_max_words: int = 40
    #: the rules for lines longer than ``chrome_max_words`` (``[[chrome.long_rules]]``, the includes' appended)
    chrome_long_rules: tuple[LongChromeRule, ...] = ()
    #: reported speech and attribution (``[chrome] reported_speech``, the includes' appended): a line the lexicon
    #: takes for a call to the reader (:data:`shuddh.stages.clean.chrome.CALL_REASONS`) that holds one of them is
    #: the story's ("ने कहा कि … ग्रुप ज्वाइन करें", "… , the YouTuber told fans") and kept. None: no guard
    chrome_reported: regex.Pattern[str] | None = None
    #: the marks of a call the story makes for a public service (``[chrome] story_calls``, the includes' appended): a
    #: how-to's step ("सबसे पहले …"), an official or a public body's app, page or portal ("… पुलिस के एक्स हैंडल को
    #: फॉलो करें", "… from the App Store"), a service to use ("शिकायत के लिए …"). A call the lexicon takes that holds
    #: one and none of :attr:`chrome_site_calls` is the story's and kept. None: no such gate
    chrome_story_calls: regex.Pattern[str] | None = None
    #: the marks of the site's own call (``[chrome] site_calls``, the includes' appended): "our", "हमारा", the news and
    #: updates where no public body owns the page (the profiles write that condition into the pattern) — a call that
    #: holds one is the site's whatever story mark it holds
    chrome_site_calls: regex.Pattern[str] | None = None
    #: the language identifier's confidence needed to label a document as this language (else "und")
    langid_min_confidence: float | None = None

    def threshold(self, key: str, default: Any) -> Any:
        """A quality threshold from ``[quality]``, or ``default`` when the profile does not set it."""
        assert key in QUALITY_KEYS, f"{key!r} is not in QUALITY_KEYS"  # a profile could not set it
        return self.quality.get(key, default)


def _profiles_dir() -> Path:
    return Path(str(resources.files("shuddh.lang") / "profiles"))


def available_profiles() -> list[str]:
    return sorted(p.stem for p in _profiles_dir().glob("*.toml"))


def _read(code_or_path: str) -> tuple[dict[str, Any], str]:
    p = Path(code_or_path)
    if p.suffix != ".toml":
        p = _profiles_dir() / f"{code_or_path}.toml"
    if not p.is_file():
        raise ConfigError(
            f"unknown language profile {code_or_path!r}; available: {', '.join(available_profiles())} "
            "(or give a path to a .toml profile)"
        )
    st = p.stat()
    return _parse(str(p), st.st_mtime_ns, st.st_size), str(p)


@cache
def _parse(path: str, mtime_ns: int, size: int) -> dict[str, Any]:
    """The TOML of the profile file at ``path`` (as it was at ``mtime_ns`` and ``size``), parsed once per process:
    :func:`langid_threshold` and :func:`load_profile` both read it (the langid stage reads every profile's
    ``[langid]``, the stages of a document's language load that profile). Callers must not modify it."""
    try:
        with Path(path).open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"profile {path}: {e}") from e


def _rule(raw: dict[str, Any], where: str) -> ChromeRule:
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)} in a chrome rule")
    if "reason" not in raw:
        raise ConfigError(f"{where}: a chrome rule needs a 'reason'")
    pats = raw.get("pattern", [])
    if isinstance(pats, str):
        pats = [pats]
    try:
        compiled = tuple(regex.compile(fold_spelling(p)) for p in pats)  # (matched on spelling-folded lines)
    except regex.error as e:
        raise ConfigError(f"{where}: bad pattern in rule {raw['reason']!r}: {e}") from e
    return ChromeRule(
        reason=str(raw["reason"]),
        exact=frozenset(line_key(s) for s in raw.get("exact", [])),
        prefix=tuple(line_key(s) for s in raw.get("prefix", [])),
        contains=tuple(line_key(s) for s in raw.get("contains", [])),
        patterns=compiled,
        menu=frozenset(k for k in (line_key(s) for s in raw.get("menu", [])) if k),
    )


def _long_rule(raw: dict[str, Any], where: str, max_words: int) -> LongChromeRule:
    unknown = set(raw) - _LONG_RULE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)} in a long chrome rule")
    if "reason" not in raw or not raw.get("gate") or not raw.get("pattern"):
        raise ConfigError(f"{where}: a long chrome rule needs a 'reason', a 'gate' (literals) and a 'pattern'")
    words = int(raw.get("max_words", 80))
    if not max_words < words <= LONG_RULE_MAX_WORDS:
        raise ConfigError(f"{where}: a long chrome rule's max_words must be above [chrome] max_words ({max_words}) "
                          f"and at most {LONG_RULE_MAX_WORDS}")
    pats = raw["pattern"] if isinstance(raw["pattern"], list) else [raw["pattern"]]
    try:
        compiled = tuple(regex.compile(fold_spelling(p)) for p in pats)
    except regex.error as e:
        raise ConfigError(f"{where}: bad pattern in long rule {raw['reason']!r}: {e}") from e
    gate = tuple(fold_spelling(str(g)).casefold() for g in raw["gate"])
    return LongChromeRule(reason=str(raw["reason"]), gate=gate, patterns=compiled, max_words=words)


# the key is the text between the first and the last character that is not punctuation, a symbol or
# space: found by a forward and a reverse search, which stop at once on a typical line (the same as
# deleting the leading and trailing runs of [\p{P}\p{S}\p{Z}\s], without scanning the whole line)
_KEPT_FIRST = regex.compile(r"[^\p{P}\p{S}\p{Z}\s]")
_KEPT_LAST = regex.compile(r"(?r)[^\p{P}\p{S}\p{Z}\s]")
_SPACES = regex.compile(r"\s+")
# whitespace other than the space: only a line holding one, or two spaces in a row, has spaces to
# collapse (collapsing a lone " " into " " changes nothing)
_OTHER_SPACE = regex.compile(r"[^\S ]")


#: spellings the chrome lexicon reads as one (its key only; a line is kept or removed whole): the nukta signs of
#: the Indic scripts dropped and the letters that hold one read as their base letter (NFC keeps some composed) —
#: sites write "ख़बर" and "खबर", "फ़ॉलो" and "फॉलो", "ज़रूर" and "जरूर" alike; the Devanagari chandrabindu read as the
#: anusvara ("यहाँ" / "यहां", "पहुँचें" / "पहुंचें"); zero-width joiners and non-joiners dropped ("दिल्‍ली"). A rule
#: then matches every spelling however it was written.
SPELLING_FOLD: dict[str, str] = dict.fromkeys("\u093c\u09bc\u0a3c\u0abc\u0b3c\u0c3c\u0cbc\u200c\u200d", "")
SPELLING_FOLD.update({"\u0901": "\u0902", "\u0929": "\u0928", "\u0931": "\u0930", "\u0934": "\u0933",
                      "\u0958": "\u0915", "\u0959": "\u0916", "\u095a": "\u0917", "\u095b": "\u091c",
                      "\u095c": "\u0921", "\u095d": "\u0922", "\u095e": "\u092b", "\u095f": "\u092f",
                      "\u09dc": "\u09a1", "\u09dd": "\u09a2", "\u09df": "\u09af", "\u0a33": "\u0a32",
                      "\u0a36": "\u0a38", "\u0a59": "\u0a16", "\u0a5a": "\u0a17", "\u0a5b": "\u0a1c",
                      "\u0a5e": "\u0a2b", "\u0b5c": "\u0b21", "\u0b5d": "\u0b22"})
def fold_spelling(text: str) -> str:
    """``text`` spelled as the chrome lexicon reads it (:data:`SPELLING_FOLD`: nukta, chandrabindu, joiners); the
    same string object when it holds none of those characters. An ASCII text is answered by a flag; otherwise one
    C scan per character of the table (several times faster than one class search of a page's text)."""
    if text.isascii():
        return text
    for c, base in SPELLING_FOLD.items():
        if c in text:
            text = text.replace(c, base)
    return text


def line_key(line: str) -> str:
    """The form chrome phrases are matched on: case-folded, spelling folded (:func:`fold_spelling`), spaces collapsed,
    edge punctuation gone."""
    return folded_key(fold_spelling(line).casefold())


def folded_key(s: str, spaces: bool = True) -> str:
    """:func:`line_key` of a line whose case-folded form is ``s`` (a caller that folds a whole document
    in one call splits it into lines). ``spaces=False``: the caller knows ``s`` holds no whitespace but
    single spaces (no other whitespace in the whole document, no two spaces in a row)."""
    if spaces and ("  " in s or _OTHER_SPACE.search(s)):
        s = _SPACES.sub(" ", s)
    first = _KEPT_FIRST.search(s)
    if first is None:
        return ""
    last = _KEPT_LAST.search(s)
    assert last is not None  # a first kept character is also a last one
    return s[first.start() : last.end()]


def _langid_threshold(table: dict[str, Any], where: str) -> float | None:
    bad = set(table) - {"min_confidence"}
    if bad:
        raise ConfigError(f"{where}: unknown key(s) {sorted(bad)} in [langid]")
    v = table.get("min_confidence")
    if v is None:
        return None
    if not isinstance(v, int | float) or not 0.0 <= v <= 1.0:
        raise ConfigError(f"{where}: [langid] min_confidence must be a number in [0, 1], got {v!r}")
    return float(v)


def langid_threshold(code_or_path: str) -> float | None:
    """``load_profile(code_or_path).langid_min_confidence``, read off the profile's own file alone: without
    compiling its chrome patterns or loading its includes (``[langid]`` is not inherited). The langid stage asks
    it of every language's profile at setup, where loading the 13 shipped ones took ~80 ms of CPU per process (the
    parsed file is kept for :func:`load_profile`, which the stages then call for the languages the documents hold).
    Raises ConfigError as :func:`load_profile` does for an unreadable file or a bad ``[langid]`` table."""
    data, where = _read(code_or_path)
    return _langid_threshold(data.get("langid", {}), where)


@cache
def load_profile(code_or_path: str) -> LanguageProfile:
    """Load a profile by language code (``"hi"``) or path, with its includes resolved."""
    data, where = _read(code_or_path)
    _check_top(data, where)
    rules = [_rule(r, where) for r in data.get("chrome", {}).get("rules", [])]
    max_words = int(data.get("chrome", {}).get("max_words", 40))
    long_rules = [_long_rule(r, where, max_words) for r in data.get("chrome", {}).get("long_rules", [])]
    lists = {key: _patterns(data.get("chrome", {}), key, where) for key in _PATTERN_LISTS}
    for inc in data.get("include", []):
        included = load_profile(inc)
        rules.extend(included.chrome_rules)
        long_rules.extend(included.chrome_long_rules)
        for key, attr in _PATTERN_LISTS.items():
            got = getattr(included, attr)
            if got is not None:
                lists[key].append(got.pattern)
    return _profile(data, where, tuple(rules), tuple(long_rules),
                    **{attr: regex.compile("|".join(f"(?:{x})" for x in lists[key])) if lists[key] else None
                       for key, attr in _PATTERN_LISTS.items()})


#: the ``[chrome]`` keys that are lists of regexes (merged with the includes' into one search) -> the profile's field
_PATTERN_LISTS = {"reported_speech": "chrome_reported", "story_calls": "chrome_story_calls",
                  "site_calls": "chrome_site_calls"}


def _patterns(chrome: dict[str, Any], key: str, where: str) -> list[str]:
    """The ``[chrome] <key>`` patterns of one profile file (:data:`_PATTERN_LISTS`), each checked to compile,
    spelling folded."""
    pats = chrome.get(key, [])
    if not isinstance(pats, list) or not all(isinstance(x, str) for x in pats):
        raise ConfigError(f"{where}: [chrome] {key} must be a list of regex strings")
    out = []
    for x in pats:
        try:
            regex.compile(x)
        except regex.error as e:
            raise ConfigError(f"{where}: bad [chrome] {key} pattern {x!r}: {e}") from e
        out.append(fold_spelling(x))  # (searched on the lexicon's folded lines, as the rules' patterns are)
    return out


def profile_settings(code_or_path: str) -> LanguageProfile:
    """:func:`load_profile` without its chrome rules (``chrome_rules`` and ``chrome_long_rules`` are empty and the
    ``[chrome]`` pattern lists — ``chrome_reported``, ``chrome_story_calls``, ``chrome_site_calls`` — None: no pattern
    compiled, no include
    loaded), for a reader of its other settings (scripts, quality, ``[langid]`` …): ~0.1 ms instead of up to 10 ms per
    profile. Raises ConfigError as :func:`load_profile` does, but for a bad chrome rule or include."""
    data, where = _read(code_or_path)
    _check_top(data, where)
    return _profile(data, where, ())


def _check_top(data: dict[str, Any], where: str) -> None:
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}")


def _profile(data: dict[str, Any], where: str, rules: tuple[ChromeRule, ...],
             long_rules: tuple[LongChromeRule, ...] = (),
             chrome_reported: regex.Pattern[str] | None = None,
             chrome_story_calls: regex.Pattern[str] | None = None,
             chrome_site_calls: regex.Pattern[str] | None = None) -> LanguageProfile:
    """The profile the parsed file ``data`` describes, with ``rules`` as its chrome rules."""
    bad = set(data.get("quality", {})) - QUALITY_KEYS
    if bad:
        raise ConfigError(f"{where}: unknown key(s) {sorted(bad)} in [quality] "
                          f"(known: {', '.join(sorted(QUALITY_KEYS))})")
    hdr = data.get("header", {})
    bad = set(hdr) - set(HeaderSettings.__dataclass_fields__)
    if bad:
        raise ConfigError(f"{where}: unknown key(s) {sorted(bad)} in [header]")
    if "breadcrumb_separators" in hdr:
        hdr = {**hdr, "breadcrumb_separators": tuple(hdr["breadcrumb_separators"])}
    chrome = data.get("chrome", {})
    bad = set(chrome) - {"rules", "long_rules", "max_words", *_PATTERN_LISTS}
    if bad:
        raise ConfigError(f"{where}: unknown key(s) {sorted(bad)} in [chrome]")
    return LanguageProfile(
        code=str(data.get("code", Path(where).stem)),
        name=str(data.get("name", "")),
        scripts=tuple(data.get("scripts", ())),
        terminal_punctuation=tuple(data.get("terminal_punctuation", (".", "?", "!"))),
        stopwords=frozenset(data.get("stopwords", ())),
        quality=dict(data.get("quality", {})),
        header=HeaderSettings(**hdr),
        chrome_rules=rules,
        chrome_max_words=int(chrome.get("max_words", 40)),
        chrome_long_rules=long_rules,
        chrome_reported=chrome_reported,
        chrome_story_calls=chrome_story_calls,
        chrome_site_calls=chrome_site_calls,
        langid_min_confidence=_langid_threshold(data.get("langid", {}), where),
    )
