"""Every chrome pattern of every profile sits behind a literal of its own (issue 13, session 19).

The lexicon searches a pattern only on a line that holds one of its literals. A literal of one common character
("a", ":", "हा") stands for every literal of the profile that holds it (the index keeps the shortest), so the
searches of all those patterns run on most lines: a toolbar rule needing "a" and a prompt rule needing "हा" made the
chrome stage 45 % dearer on the Hindi crawl until they were rewritten. A pattern without any literal is searched on
every line. This test keeps both out; a new one-character literal must be a rare character and be added here."""

import re

import pytest
import regex

from shuddh.lang.profile import available_profiles, load_profile
from shuddh.stages.clean.chrome import _rule_index

#: one-character literals that are rare in running text of every script (symbols, arrows, the ASCII pipe that
#: normalize turns into a danda between Indic words, the slash, the reaction emoji of a comment bar)
RARE = {"/", "|", "©", "°", "»", "›", "→", "▲", "▼", "👍", "❤", "😮", "😢", "😡", "😂", "👎", "😍"}


@pytest.mark.parametrize("name", available_profiles())
@pytest.mark.parametrize("parts", [False, True])
def test_no_pattern_is_searched_on_every_line(name, parts):
    assert _rule_index(load_profile(name), parts=parts).always == ()


@pytest.mark.parametrize("name", available_profiles())
def test_no_common_one_character_literal_gates_the_patterns(name):
    short = {k for k in _rule_index(load_profile(name)).needed_by if len(k) <= 1}
    assert short <= RARE, sorted(short - RARE)


#: a run of words before the line's end that is not possessive: "(?:\S+\s*){1,10}$" tries every split of a long
#: line's words into pieces before it fails (issue 13, session 22: hi's home breadcrumb took ~10 ms on one Leipzig line
#: that starts "Home »", two thirds of hi's lexicon time on prose); "(?:\S++\s*+){1,10}+$" matches the same lines
SPLITTING_RUN = re.compile(r"\(\?:\\S\+\\s\*\)\{[01],\d+\}(?:\$|\)\?\$)")


@pytest.mark.parametrize("name", available_profiles())
def test_no_run_of_words_backtracks_into_every_split(name):
    bad = [p.pattern for rule in load_profile(name).chrome_rules for p in rule.patterns
           if SPLITTING_RUN.search(p.pattern)]
    assert not bad, bad[:3]


def test_the_possessive_run_matches_the_same_lines():
    """The two writings of a home breadcrumb agree on short and long lines, with and without the label (the cost of
    the old one on long lines is measured in benchmarks/RESULTS.md, session 22, not here)."""
    old = regex.compile(r"^(?:होम|home)\s*(?:[»›>/→]|::)\s*(?:\S+\s*){1,10}$")
    new = regex.compile(r"^(?:होम|home)\s*(?:[»›>/→]|::)\s*(?:\S++\s*+){1,10}+$")
    sentence = "दिल्ली में आज सुबह से तेज बारिश हो रही है और कई इलाकों में जलभराव की खबरें आ रही हैं"
    words = sentence.split(" ")
    for n in range(len(words) + 1):
        for head in ("home » ", "होम > ", "होम ", ""):
            line = head + " ".join(words[:n])
            assert bool(old.search(line)) == bool(new.search(line)), line
    assert new.search("होम » देश » बिहार")
    assert not new.search("होम » " + sentence)


@pytest.mark.parametrize(("pattern", "lines"), [
    # each alternative anchored: a start of its own
    (r"^android\s*\|\s*ios$|^ios\s*\|\s*android$", ["Android | iOS", "iOS | Android"]),
    # the second alternative unanchored: no start gate at all
    (r"^नया\s+खाता$|खाता\s+बनाएं$", ["नया खाता", "अभी खाता बनाएं"]),
])
def test_every_top_level_alternative_of_an_anchored_pattern_is_searched(tmp_path, pattern, lines):
    """A pattern ``^a$|^b$`` was gated by the first alternative's literal alone: a line of the second was never
    searched (session 24; no shipped pattern had the shape, a user's profile may)."""
    from shuddh.stages.clean.chrome import chrome_reason

    path = tmp_path / "zalt.toml"
    path.write_text(f'code = "zalt"\n[chrome]\n[[chrome.rules]]\nreason = "promo"\npattern = [\'{pattern}\']\n',
                    encoding="utf-8")
    prof = load_profile(str(path))
    for line in lines:
        assert regex.search(pattern, line.casefold()) is not None, line
        assert chrome_reason(line, prof) == "promo", line
    assert chrome_reason("Android phones and iOS", prof) is None


def test_a_pattern_searched_on_every_line_keeps_its_unanchored_alternative(tmp_path):
    """Patterns without a known literal are joined into one anchored search; one whose second alternative is not
    anchored ("^ok$|[@#]{2}") was anchored by the join, and "@@" inside a line no longer matched (session 24)."""
    from shuddh.stages.clean.chrome import chrome_reason

    path = tmp_path / "zall.toml"
    path.write_text('code = "zall"\n[chrome]\n[[chrome.rules]]\nreason = "promo"\n'
                    "pattern = ['^ok$|[@#]{2}', '^[xz]{3}$']\n", encoding="utf-8")
    prof = load_profile(str(path))
    assert chrome_reason("OK", prof) == "promo"
    assert chrome_reason("write to us @@ here", prof) == "promo"
    assert chrome_reason("xxx", prof) == "promo"
    assert chrome_reason("one @ two", prof) is None
