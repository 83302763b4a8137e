import pytest

from shuddh.errors import ConfigError
from shuddh.lang.profile import available_profiles, line_key, load_profile


def test_hindi_profile_is_data_and_includes_web_common():
    p = load_profile("hi")
    assert p.code == "hi"
    assert "।" in p.terminal_punctuation
    assert "है" in p.stopwords
    reasons = {r.reason for r in p.chrome_rules}
    assert {"read_more", "comment_form", "navigation", "share"} <= reasons
    # English UI phrases come from the included web-common profile
    assert any("leave a reply" in r.exact for r in p.chrome_rules)
    assert any(line_key("यह भी पढ़ें") in r.prefix for r in p.chrome_rules)


def test_line_key_folds_case_spacing_and_edge_punctuation():
    assert line_key("  READ MORE »  ") == "read more"
    assert line_key("यह भी पढ़ें :") == "यह भी पढें"
    # matras survive; a nukta is folded (the key only matches a line, the line itself is kept or removed whole):
    # "ज़रूर पढ़ें" and "जरूर पढें" are one key, so a rule written either way matches both spellings
    assert line_key("ज़रूर पढ़ें!") == "जरूर पढें" == line_key("जरूर पढें")
    # the Marathi eyelash ra (a letter, or ra + virama + ZWJ): र; a chandrabindu: the anusvara; joiners dropped
    assert line_key("दुसऱ्या दिवशी") == line_key("दुसर\u094d\u200dया दिवशी") == "दुसर्या दिवशी"
    assert line_key("यहाँ पढ़ें") == line_key("यहां पढें") == "यहां पढें"
    assert line_key("दिल्\u200dली") == line_key("दिल्ली")


def test_unknown_profile_and_unknown_key_are_errors(tmp_path):
    with pytest.raises(ConfigError, match="unknown language profile"):
        load_profile("xx-nope")
    bad = tmp_path / "bad.toml"
    bad.write_text('code = "hi"\nstopwrods = ["के"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="stopwrods"):
        load_profile(str(bad))


# --- langid_threshold: a profile's [langid] without loading the profile (issue 17, brief "speed2") ---------------

@pytest.mark.parametrize("code", available_profiles())
def test_langid_threshold_is_the_loaded_profiles(code: str) -> None:
    from shuddh.lang.profile import langid_threshold

    assert langid_threshold(code) == load_profile(code).langid_min_confidence


def test_langid_threshold_compiles_no_chrome_pattern(tmp_path, monkeypatch) -> None:
    import regex

    from shuddh.lang import profile as prof

    path = tmp_path / "xx.toml"
    path.write_text('code = "xx"\ninclude = ["hi"]\n[langid]\nmin_confidence = 0.65\n[chrome]\n'
                    '[[chrome.rules]]\nreason = "share"\npattern = ["^शेयर\\\\s+करें$"]\n', encoding="utf-8")

    def no_compile(*args, **kwargs):
        raise AssertionError("a pattern was compiled")

    monkeypatch.setattr(regex, "compile", no_compile)
    assert prof.langid_threshold(str(path)) == 0.65
    monkeypatch.undo()
    prof.load_profile.cache_clear()
    try:
        assert prof.load_profile(str(path)).langid_min_confidence == 0.65
    finally:
        prof.load_profile.cache_clear()


def test_langid_threshold_rejects_a_bad_table(tmp_path) -> None:
    from shuddh.lang.profile import langid_threshold

    path = tmp_path / "yy.toml"
    path.write_text('code = "yy"\n[langid]\nmin_confidence = 2\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        langid_threshold(str(path))
    with pytest.raises(ConfigError):
        langid_threshold("no-such-language")


@pytest.mark.parametrize("code", available_profiles())
def test_profile_settings_is_the_profile_less_its_rules(code: str) -> None:
    import dataclasses

    from shuddh.lang.profile import profile_settings

    settings = profile_settings(code)
    assert settings.chrome_rules == ()
    assert settings.chrome_reported is None
    assert settings.chrome_story_calls is None
    assert settings.chrome_site_calls is None
    assert settings.chrome_long_rules == ()
    assert settings == dataclasses.replace(load_profile(code), chrome_rules=(), chrome_long_rules=(),
                                           chrome_reported=None, chrome_story_calls=None, chrome_site_calls=None)


def test_profile_settings_compiles_no_pattern_and_checks_the_keys(tmp_path, monkeypatch) -> None:
    import regex

    from shuddh.lang import profile as prof

    good = tmp_path / "zz.toml"
    good.write_text('code = "zz"\nscripts = ["Deva"]\ninclude = ["hi"]\n[quality]\nrunon_markers = ["है"]\n[chrome]\n'
                    '[[chrome.rules]]\nreason = "share"\npattern = ["^शेयर$"]\n', encoding="utf-8")
    bad = tmp_path / "zb.toml"
    bad.write_text('code = "zb"\n[quality]\nno_such_threshold = 1\n', encoding="utf-8")

    def no_compile(*args, **kwargs):
        raise AssertionError("a pattern was compiled")

    monkeypatch.setattr(regex, "compile", no_compile)
    got = prof.profile_settings(str(good))
    assert got.scripts == ("Deva",)
    assert got.threshold("runon_markers", ()) == ["है"]
    with pytest.raises(ConfigError):
        prof.profile_settings(str(bad))


def test_a_profile_file_is_parsed_again_when_it_changes(tmp_path) -> None:
    from shuddh.lang.profile import langid_threshold

    path = tmp_path / "ww.toml"
    path.write_text('code = "ww"\n[langid]\nmin_confidence = 0.6\n', encoding="utf-8")
    assert langid_threshold(str(path)) == 0.6
    path.write_text('code = "ww"\n[langid]\nmin_confidence = 0.75\n', encoding="utf-8")  # another size
    assert langid_threshold(str(path)) == 0.75


def test_reported_speech_is_merged_from_the_includes_and_checked(tmp_path) -> None:
    """``[chrome] reported_speech``: the profile's own patterns and its includes', one search; a bad pattern or a
    value that is not a list of strings is a clear error."""
    good = tmp_path / "zr.toml"
    good.write_text('code = "zr"\ninclude = ["web-common"]\n[chrome]\nreported_speech = ["बोले"]\n', encoding="utf-8")
    got = load_profile(str(good))
    assert got.chrome_reported is not None
    assert got.chrome_reported.search("नेता बोले कि ऐप डाउनलोड करें") is not None
    assert got.chrome_reported.search("the mayor said so") is not None  # web-common's
    assert got.chrome_reported.search("हमारा ऐप डाउनलोड करें") is None
    for value in ('"बोले"', '["(बोले"]', "[1]"):
        bad = tmp_path / f"zb{len(value)}.toml"
        bad.write_text(f'code = "zb"\n[chrome]\nreported_speech = {value}\n', encoding="utf-8")
        with pytest.raises(ConfigError, match="reported_speech"):
            load_profile(str(bad))


@pytest.mark.parametrize("key", ["story_calls", "site_calls"])
def test_story_and_site_calls_are_merged_from_the_includes_and_checked(tmp_path, key: str) -> None:
    """``[chrome] story_calls`` / ``site_calls`` (session 24): read like ``reported_speech`` — the profile's own
    patterns and its includes', one search; a bad pattern or a value that is not a list of strings is a clear error."""
    good = tmp_path / f"zs{len(key)}.toml"
    good.write_text(f'code = "zs"\ninclude = ["web-common"]\n[chrome]\n{key} = ["सरकारी"]\n', encoding="utf-8")
    got = load_profile(str(good))
    pattern = got.chrome_story_calls if key == "story_calls" else got.chrome_site_calls
    assert pattern is not None
    assert pattern.search("सरकारी ऐप डाउनलोड करें") is not None
    # web-common's own marks come with the include: an official body, "our"
    assert pattern.search("follow the district police on x" if key == "story_calls" else "download our app")
    assert pattern.search("नगर खबर ऐप डाउनलोड करें") is None
    for value in ('"सरकारी"', '["(सरकारी"]', "[1]"):
        bad = tmp_path / f"zb{len(value)}{len(key)}.toml"
        bad.write_text(f'code = "zb"\n[chrome]\n{key} = {value}\n', encoding="utf-8")
        with pytest.raises(ConfigError, match=key):
            load_profile(str(bad))
