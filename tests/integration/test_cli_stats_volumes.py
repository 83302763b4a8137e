"""`shuddh stats OUTDIR` shows the run's volumes (documents, words, characters, bytes) as stats.json has them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from shuddh import clean
from shuddh.cli import main

ARTICLE = ("नगर निगम ने शहर की सड़कों की मरम्मत के लिए नई योजना शुरू की है। अधिकारियों के अनुसार काम अगले महीने से "
           "शुरू होगा और इसे तीन चरणों में पूरा किया जाएगा। स्थानीय लोगों ने इस फैसले का स्वागत किया है क्योंकि "
           "बारिश के मौसम में गड्ढों के कारण आवाजाही में भारी परेशानी होती थी। ") * 3


def test_stats_prints_volumes_that_match_stats_json(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ARTICLE}, ensure_ascii=False) + "\n"
                   + json.dumps({"id": "b", "text": "होम"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    clean(str(src), str(out), workers=1)
    st = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    kept = st["volumes"]["kept"]
    assert kept["docs"] == 1
    assert kept["words"] == len(ARTICLE.split())
    assert st["volumes"]["read"]["bytes"] == len(ARTICLE.encode()) + len("होम".encode())
    assert st["languages"]["hi"]["kept"] == kept
    res = CliRunner().invoke(main, ["stats", str(out)])
    assert res.exit_code == 0, res.output
    assert "volumes" in res.output
    assert f"{kept['words']:,}" in res.output
    assert f"{st['volumes']['read']['bytes']:,}" in res.output
    assert "kept hi" in res.output
