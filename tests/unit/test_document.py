from shuddh.document import Document, Dropped, Quarantined, make_doc_id


def test_doc_id_is_stable_and_depends_on_position():
    # pinned: the id of an id-less record must not change between versions (resume, dedup's kept_id);
    # xxh3-128 of "crawl/a.jsonl\x00line 3", computed with xxhash.xxh3_128_hexdigest outside shuddh
    assert make_doc_id("crawl/a.jsonl", "line 3") == "f2154f8a44b8ca82bba707c2e9d95e6b"
    assert make_doc_id("crawl/a.jsonl", "line 3") != make_doc_id("crawl/a.jsonl", "line 4")
    assert make_doc_id("crawl/a.jsonl", "line 3") != make_doc_id("crawl/b.jsonl", "line 3")


def test_record_round_trip_keeps_hindi_text_and_metadata():
    d = Document(id="x1", text="मैं हिंदी में लिखता हूँ।", source="a.jsonl:line 1", url="https://e.in/1",
                 lang="hi", metadata={"title": "शीर्षक", "signals": {"words": 5}})
    assert Document.from_record(d.to_record()) == d


def test_dropped_and_quarantined_records_carry_reason():
    d = Document(id="x", text="", source="s")
    rec = Dropped(d, "clean.empty", "length", {"kept_id": "y"}).to_record()
    assert rec["reason"] == "clean.empty"
    assert rec["stage"] == "length"
    assert rec["detail"] == {"kept_id": "y"}
    q = Quarantined(source="a.jsonl", position="line 2", reason="read.invalid_json", error="bad").to_record()
    assert q["position"] == "line 2"
    assert q["reason"] == "read.invalid_json"
