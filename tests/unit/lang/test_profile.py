import pytest

from shuddh.errors import ConfigError
from shuddh.lang.profile import line_key, load_profile


def test_hindi_profile_is_data_and_includes_web_common():
    p = load_profile("hi")
    assert p.code == "hi"
    assert "।" in p.terminal_punctuation
    assert "है" in p.stopwords
    reasons = {r.reason for r in p.chrome_rules}
    assert {"read_more", "comment_form", "navigation", "share"} <= reasons
    # English UI phrases come from the included web-common profile
    assert any("leave a reply" in r.exact for r in p.chrome_rules)
    assert any("यह भी पढ़ें" in r.prefix for r in p.chrome_rules)


def test_line_key_folds_case_spacing_and_edge_punctuation():
    assert line_key("  READ MORE »  ") == "read more"
    assert line_key("यह भी पढ़ें :") == "यह भी पढ़ें"
    # matras and nukta survive: the key is for matching, not for destroying text
    assert line_key("ज़रूर पढ़ें!") == "ज़रूर पढ़ें"


def test_unknown_profile_and_unknown_key_are_errors(tmp_path):
    with pytest.raises(ConfigError, match="unknown language profile"):
        load_profile("xx-nope")
    bad = tmp_path / "bad.toml"
    bad.write_text('code = "hi"\nstopwrods = ["के"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="stopwrods"):
        load_profile(str(bad))
