"""Redaction of whole records (issue 15, items 1-3): every field, URLs, ids, quarantine excerpts, the salt."""

from __future__ import annotations

import json

import pytest

from shuddh.config import load_config
from shuddh.document import EXCERPT_CHARS, EXCERPT_WINDOW, Document, Quarantined
from shuddh.errors import ConfigError
from shuddh.pii import RedactionConfig, Redactor
from shuddh.pii._fields import FieldRedactor, decode_escapes
from shuddh.stages.base import ShardInfo, StageContext, StageStats
from shuddh.stages.pii import PiiStage
from tests.conftest import BODY_1


def _run(stage: PiiStage, docs: list[Document]) -> tuple[list[Document], StageStats]:
    stats = StageStats("pii")
    out = list(stage.run(docs, StageContext(stats, ShardInfo(3, "part-00003"))))
    assert all(isinstance(d, Document) for d in out)
    return out, stats  # type: ignore[return-value]


def _url(url: str, **kw: object) -> str:
    return FieldRedactor(Redactor(RedactionConfig(**kw))).string(url, lambda t, n: None)  # type: ignore[arg-type]


# -- URLs ------------------------------------------------------------------------------------------
def test_url_keeps_site_and_path_and_replaces_only_personal_and_secret_parts():
    url = "https://news.example.in/desh/khabar-123?email=priya.verma@example.org&token=Zx9QpL2mN8vB4cR7&page=2"
    assert _url(url) == "https://news.example.in/desh/khabar-123?email=<EMAIL>&token=<URL_SECRET>&page=2"


def test_url_credentials_percent_encoded_email_and_phone_in_path():
    assert _url("ftp://ramesh:pa55word@files.example.in/a.txt") == "ftp://<URL_SECRET>@files.example.in/a.txt"
    assert _url("https://e.in/share?to=priya%40example.org") == "https://e.in/share?to=<EMAIL>"
    assert _url("https://e.in/call/9876543210/") == "https://e.in/call/<PHONE>/"
    clean = "https://www.bhaskar.com/national/news/2023/10/05/modi-visit-131888.html?ref=home"
    assert _url(clean) == clean  # dates, article numbers, ordinary parameters stay


def test_url_in_hash_mode_tags_secret_values_by_salt():
    a = _url("https://e.in/x?api_key=AbCdEf0123456789&u=1", mode="hash", salt="k1")
    assert a.startswith("https://e.in/x?api_key=<URL_SECRET:")
    assert "AbCdEf0123456789" not in a
    assert a == _url("https://e.in/x?api_key=AbCdEf0123456789&u=1", mode="hash", salt="k1")  # stable


# -- escapes ---------------------------------------------------------------------------------------
def test_decode_escapes_json_and_html_numeric_references():
    assert decode_escapes("फोन \\u096f\\u0968\\u0966") == "फोन ९२०"
    assert decode_escapes("\\ud83d\\ude00 \\n \\\"") == "😀 \n \""
    assert decode_escapes("\\\\u0039") == "\\u0039"  # an escaped backslash, then the letters u0039
    assert decode_escapes("\\ud83d x") == "\ufffd x"  # a lone surrogate cannot be written as UTF-8
    assert decode_escapes("&#57;&#56;&#x37;") == "987"
    assert decode_escapes("साफ़ पाठ") == "साफ़ पाठ"


# -- quarantine excerpts ---------------------------------------------------------------------------
def _quarantine_excerpt(raw: str) -> str:
    q = Quarantined(source="a.jsonl", position="line 1", reason="read.invalid_json", error="bad", raw_excerpt=raw)
    PiiStage().redact_quarantined(q)
    return str(q.to_record()["raw_excerpt"])


@pytest.mark.parametrize("start", range(290, 301))
def test_phone_at_the_300th_character_is_redacted_not_cut_in_two(start):
    raw = '{"text": "' + "क" * (start - 10 - 4) + " फोन" + " " + "98765 43210" + ' आगे' + " ख" * 200
    assert raw.index("98765") == start + 1
    out = _quarantine_excerpt(raw)
    assert len(out) <= EXCERPT_CHARS
    assert "98765" not in out
    assert "9876" not in out[start - 5:]


def test_identifier_cut_at_the_window_edge_never_reaches_the_excerpt():
    # URLs with tokens shrink to <URL_SECRET>, so the redacted window is short; the phone straddling the
    # window's end is cut to "98765 4" and not recognised: the window's tail is never shown
    head = "https://e.in/?token="
    raw = (head + "a" * 200 + " ") * 18
    raw += head + "a" * (EXCERPT_WINDOW - 7 - 1 - len(raw) - len(head)) + " "  # fills the window up to the phone
    raw += "98765 43210 " + "x" * 100
    assert raw[:EXCERPT_WINDOW].endswith(" 98765 4")
    out = _quarantine_excerpt(raw)
    assert "98765" not in out
    assert "aaaa" not in out


def test_short_record_shows_whole_redacted_excerpt():
    out = _quarantine_excerpt('{"text": "फोन 98765 43210", "x": ')
    assert out == '{"text": "फोन <PHONE>", "x": '


def test_escaped_digits_and_error_field_names_are_redacted():
    raw = '{"text": "मेरा फोन ' + "".join(f"\\u{ord(c):04x}" for c in "९८७६५४३२१०") + '"'
    assert "<PHONE>" in _quarantine_excerpt(raw)
    q = Quarantined(source="a", position="line 1", reason="read.missing_text",
                    error="text field 'text' is missing; fields: ['body', 'ram.kumar@example.in']")
    PiiStage().redact_quarantined(q)
    assert q.error == "text field 'text' is missing; fields: ['body', '<EMAIL>']"


def test_excerpt_without_pii_stage_is_still_cut():
    q = Quarantined(source="a", position="line 1", reason="read.invalid_json", error="e", raw_excerpt="क" * 10_000)
    assert q.to_record()["raw_excerpt"] == "क" * EXCERPT_CHARS
    assert len(q.raw_excerpt) == EXCERPT_WINDOW


# -- every field of a document ---------------------------------------------------------------------
def _doc(i: int, **kw: object) -> Document:
    base: dict[str, object] = {"id": str(i), "text": BODY_1, "source": f"a.jsonl:line {i}"}
    base.update(kw)
    return Document(**base)  # type: ignore[arg-type]


def test_every_field_nested_metadata_keys_and_integers():
    doc = _doc(1, source="संवाददाता 98123 45670", lang="hi", url="https://e.in/a?mobile=9988776655",
               metadata={"author": {"name": "अमित", "contact": ["फोन +91 91234 56789", {"mail": "a.b@example.net"}]},
                         "phone": 9876501234, "year": 2023, "views": 1234567, "ram@example.in": "मालिक",
                         "score": 0.5, "flag": True, "title": "संपर्क 9123498765"})
    (out,), stats = _run(PiiStage(), [doc])
    assert out.source == "संवाददाता <PHONE>"
    assert out.url == "https://e.in/a?mobile=<PHONE>"
    m = out.metadata
    assert m["author"] == {"name": "अमित", "contact": ["फोन <PHONE>", {"mail": "<EMAIL>"}]}
    assert m["phone"] == "<PHONE>"
    assert (m["year"], m["views"], m["score"], m["flag"]) == (2023, 1234567, 0.5, True)
    assert m["<EMAIL>"] == "मालिक"
    assert m["title"] == "संपर्क <PHONE>"
    assert stats.counters["pii.PHONE"] == 5
    assert stats.counters["pii.EMAIL"] == 2
    assert "pii" not in m  # counts of the text only: the text had none
    assert "9876501234" not in json.dumps(out.to_record(), ensure_ascii=False)


def test_two_keys_redacting_alike_stay_two_keys():
    doc = _doc(1, metadata={"a@example.in": 1, "b@example.in": 2})
    (out,), _ = _run(PiiStage(), [doc])
    assert out.metadata == {"<EMAIL>": 1, "<EMAIL>~2": 2}


def test_ids_with_pii_stay_unique_and_keep_their_other_parts():
    docs = [_doc(0, id="user/asha@example.com"), _doc(1, id="user/bela@example.com"), _doc(2, id="plain-7")]
    out, _ = _run(PiiStage(), docs)
    assert [d.id for d in out] == ["user/<EMAIL>~part-00003.1", "user/<EMAIL>~part-00003.2", "plain-7"]
    h1, _ = _run(PiiStage(mode="hash", salt="s"), [_doc(0, id="user/asha@example.com"),
                                                    _doc(1, id="user/bela@example.com")])
    h2, _ = _run(PiiStage(mode="hash", salt="s"), [_doc(5, id="user/asha@example.com")])
    assert h1[0].id != h1[1].id
    assert h1[0].id == h2[0].id  # hash mode: the same raw id, the same new id wherever it is
    assert h1[0].id.startswith("user/<EMAIL:")
    h3, _ = _run(PiiStage(mode="hash", salt="t"), [_doc(5, id="user/asha@example.com")])
    assert h3[0].id != h1[0].id  # keyed by the salt


def test_fields_and_exempt_choose_what_is_redacted():
    def doc() -> Document:
        return _doc(1, id="a@example.in", text=f"{BODY_1} 9876543210",
                    metadata={"site": {"contact": "b@example.in", "owner": "c@example.in"}})

    (out,), _ = _run(PiiStage(exempt="id,metadata.site.owner"), [doc()])
    assert out.id == "a@example.in"
    assert out.metadata["site"] == {"contact": "<EMAIL>", "owner": "c@example.in"}
    assert out.text.endswith("<PHONE>")
    (out,), _ = _run(PiiStage(fields="text"), [doc()])
    assert out.id == "a@example.in"
    assert out.metadata["site"]["contact"] == "b@example.in"
    assert out.text.endswith("<PHONE>")
    (out,), _ = _run(PiiStage(fields="metadata.site.owner"), [doc()])
    assert out.metadata["site"] == {"contact": "b@example.in", "owner": "<EMAIL>"}
    assert out.text.endswith("9876543210")


@pytest.mark.parametrize("spec", ["body", "metadata.", "url.host", ""])
def test_unknown_field_is_a_config_error(spec):
    if spec == "":
        PiiStage(fields="all", exempt=spec)
        return
    with pytest.raises(ConfigError, match="unknown field"):
        PiiStage(exempt=spec)


# -- the salt ----------------------------------------------------------------------------------------
def _cfg(tmp_path, salt: str | None, **pii: object) -> object:
    params: dict[str, object] = {"mode": "hash", **pii}
    if salt is not None:
        params["salt"] = salt
    return load_config({"inputs": [str(tmp_path)], "output": str(tmp_path / "o"),
                        "stages": ["normalize", {"pii": params}]})


def test_salt_is_in_no_written_config_and_no_repr(tmp_path, monkeypatch):
    monkeypatch.delenv("SHUDDH_PII_SALT", raising=False)
    cfg = _cfg(tmp_path, "Very-Secret-Salt-123")
    assert "Very-Secret-Salt-123" not in cfg.to_yaml()  # type: ignore[attr-defined]
    assert "Very-Secret-Salt-123" not in json.dumps(cfg.resolved())  # type: ignore[attr-defined]
    specs = cfg.stage_specs()  # type: ignore[attr-defined]
    assert specs[1].params["salt"] == "Very-Secret-Salt-123"  # travels to the workers
    assert "Very-Secret-Salt-123" not in repr(specs)
    assert "Very-Secret-Salt-123" not in repr(PiiStage(mode="hash", salt="Very-Secret-Salt-123"))


def test_fingerprint_follows_the_salt_without_holding_it(tmp_path, monkeypatch):
    monkeypatch.delenv("SHUDDH_PII_SALT", raising=False)
    a1 = _cfg(tmp_path, "salt-one").fingerprint()  # type: ignore[attr-defined]
    assert a1 == _cfg(tmp_path, "salt-one").fingerprint()  # type: ignore[attr-defined]
    assert a1 != _cfg(tmp_path, "salt-two").fingerprint()  # type: ignore[attr-defined]
    monkeypatch.setenv("SHUDDH_PII_SALT", "salt-one")
    env = _cfg(tmp_path, None)
    assert env.fingerprint() == a1  # type: ignore[attr-defined]  # the same salt, wherever it came from
    assert env.stage_specs()[1].params["salt"] == "salt-one"  # type: ignore[attr-defined]
    assert "salt-one" not in env.to_yaml()  # type: ignore[attr-defined]


def test_hash_mode_without_any_salt_names_the_variable(tmp_path, monkeypatch):
    monkeypatch.delenv("SHUDDH_PII_SALT", raising=False)
    with pytest.raises(ConfigError, match="SHUDDH_PII_SALT"):
        _cfg(tmp_path, None)


def test_broken_yaml_error_does_not_quote_the_salt(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("inputs: [in]\noutput: out\nstages:\n  - pii: {mode: hash, salt: s3cr3t-Salt-xyz\n  - length\n",
                 encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(p)
    assert "s3cr3t-Salt-xyz" not in str(e.value)
    assert "line 4" in str(e.value)  # still says where


def test_provenance_and_repeated_strings_are_redacted_alike_and_counted_every_time():
    docs = [_doc(i, source=f"crawl/9876543210-dump.jsonl:line {i}", metadata={"date": "2020-03-21",
                                                                              "desk": "डेस्क 9123498765"})
            for i in range(3)]
    docs.append(_doc(9, source="crawl/a.jsonl:line 9876543210"))  # a position that reads as a phone
    out, stats = _run(PiiStage(), docs)
    assert [d.source for d in out] == [f"crawl/<PHONE>-dump.jsonl:line {i}" for i in range(3)] + [
        "crawl/a.jsonl:line <PHONE>"]
    assert all(d.metadata == {"date": "2020-03-21", "desk": "डेस्क <PHONE>"} for d in out[:3])
    assert stats.counters["pii.PHONE"] == 3 + 3 + 1  # remembered strings still count per document
