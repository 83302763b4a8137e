"""Writer -> reader round trips for every output format (Hypothesis)."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shuddh.document import Document
from shuddh.io.readers import ReadOptions, read_file
from shuddh.io.writers import EXTENSIONS, RecordWriter

# Devanagari letters, vowel signs, virama, nukta, ZWJ/ZWNJ, danda, digits, Latin, spaces, newlines, emoji
hindi_text = st.text(
    alphabet=st.sampled_from(list("कखगघचजटडतदनपबमयरलवशसहािीुूेैोौंःँ़्\u200c\u200d।॥०१२३४५६७८९ abcXYZ\n\t\"\\😀")),
    max_size=200,
)
meta_value = st.one_of(st.none(), st.booleans(), st.integers(-10**9, 10**9), hindi_text,
                       st.lists(hindi_text, max_size=3))
docs = st.lists(
    st.builds(
        lambda i, text, url, lang, meta: Document(id=f"d{i}", text=text, source=f"src:{i}", url=url, lang=lang,
                                                  metadata=meta),
        st.integers(0, 10**6), hindi_text, st.one_of(st.none(), st.just("https://example.in/समाचार?id=1")),
        st.sampled_from([None, "hi", "hi-Latn", "mr"]),
        st.dictionaries(st.sampled_from(["title", "section", "signals", "tags"]), meta_value, max_size=3),
    ),
    min_size=1, max_size=20,
)


@pytest.mark.parametrize("fmt", list(EXTENSIONS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=docs)
def test_write_then_read_gives_the_same_documents(tmp_path_factory, fmt, batch):
    out = Path(tmp_path_factory.mktemp("rt")) / f"part{EXTENSIONS[fmt]}"
    w = RecordWriter(out, fmt)
    for d in batch:
        w.write(d.to_record())
    assert w.commit()
    back = list(read_file(out, "part", ReadOptions()))
    assert back == batch
