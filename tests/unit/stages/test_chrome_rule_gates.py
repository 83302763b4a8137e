"""Every chrome pattern of every profile sits behind a literal of its own (issue 13, session 19).

The lexicon searches a pattern only on a line that holds one of its literals. A literal of one common character
("a", ":", "हा") stands for every literal of the profile that holds it (the index keeps the shortest), so the
searches of all those patterns run on most lines: a toolbar rule needing "a" and a prompt rule needing "हा" made the
chrome stage 45 % dearer on the Hindi crawl until they were rewritten. A pattern without any literal is searched on
every line. This test keeps both out; a new one-character literal must be a rare character and be added here."""

import pytest

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
