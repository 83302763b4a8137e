import json

import shuddh
from shuddh.document import Dropped
from shuddh.stages.pii import PiiStage
from tests.conftest import BODY_1
from tests.unit.stages.helpers import run_stage

# 234123412346 has a valid Verhoeff check digit; 4111 1111 1111 1111 is Luhn-valid
TEXT = (f"{BODY_1} अधिक जानकारी के लिए राम से 98765 43210 पर या ram.kumar@example.in पर संपर्क करें। "
        "आधार संख्या 2341 2341 2346 है।")


def test_stage_redacts_and_counts_types_without_values():
    (doc,), stats = run_stage(PiiStage(), [TEXT])
    assert "98765 43210" not in doc.text
    assert "ram.kumar@example.in" not in doc.text
    assert "2341 2341 2346" not in doc.text
    assert "<PHONE>" in doc.text
    assert "<EMAIL>" in doc.text
    assert "<AADHAAR>" in doc.text
    assert stats.counters["pii.PHONE"] == 1
    assert stats.counters["pii.EMAIL"] == 1
    assert stats.counters["pii.AADHAAR"] == 1
    assert "9876" not in json.dumps(stats.to_dict())


def test_near_miss_and_prices_stay():
    text = "आधार संख्या 2341 2341 2347 गलत है। कीमत ₹1,23,456 है और वर्ष 2023 था।"
    (doc,), stats = run_stage(PiiStage(), [text])
    assert doc.text == text
    assert not stats.counters


def test_max_count_drops_documents_full_of_pii():
    (out,), _ = run_stage(PiiStage(max_count=1), [TEXT])
    assert isinstance(out, Dropped)
    assert out.reason == "pii.too_many"
    assert "98765 43210" not in out.doc.text


def test_no_raw_pii_in_any_output_file(tmp_path):
    src = tmp_path / "in.jsonl"
    bad_line = '{"text": "फोन 98765 43210 broken json'
    src.write_text(json.dumps({"text": TEXT}, ensure_ascii=False) + "\n"
                   + json.dumps({"text": "संपर्क: 98765 43210"}, ensure_ascii=False) + "\n" + bad_line + "\n",
                   encoding="utf-8")
    res = shuddh.clean(str(src), str(tmp_path / "out"), workers=1, compression="none")
    assert res.stats["accounted"]
    assert res.stats["quarantined"] == 1
    for p in (tmp_path / "out").rglob("*"):
        if p.is_file():
            body = p.read_text(encoding="utf-8", errors="replace")
            assert "98765 43210" not in body, p
            assert "ram.kumar@example.in" not in body, p


def test_report_counts_redactions_by_type_without_values(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    shuddh.clean(str(src), str(tmp_path / "out"), workers=1)
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "&lt;PHONE&gt;</code></td><td class=n>1</td>" in html
    assert "&lt;AADHAAR&gt;" in html
    assert "98765" not in html
