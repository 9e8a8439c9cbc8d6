"""The events' search text with a part many events share kept once (issue 16, engineer "memory-6"):
the same texts read back, the same rows found as ``in`` finds them, whether a word is in a row's
own part or in a shared one, across the build's chunks; a summary 10^3 events share is kept once."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.state import folded_texts
from explorer.state.folded_texts import FoldedTexts

_PART = st.text(st.sampled_from(list("ab e-日本協ｱ\u00e9\U0001f600") + ["\ud800"]), max_size=6)
_ROW = st.lists(st.sampled_from(["概要を定める", "sets out financing", "日本", "フランス", ""]) | _PART,
                max_size=6).map("\n".join)
_WORDS = st.text(st.sampled_from(list("ab e-\n日本協ｱ概要\u00e9\U0001f600") + ["\ud800"]), min_size=1, max_size=3)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(_ROW, max_size=30), words=st.lists(_WORDS, min_size=1, max_size=4),
       chunk=st.integers(1, 7), picked=st.lists(st.booleans(), max_size=30))
def test_rows_sharing_parts_read_back_and_are_found_as_in_finds_them(texts, words, chunk, picked):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(folded_texts, "_CHUNK", chunk)  # parts shared within a chunk, chunks of any size
        folded = FoldedTexts(texts)
    assert len(folded) == len(texts) and list(folded) == texts
    rows = np.flatnonzero(np.resize(np.asarray(picked or [True], dtype=bool), len(texts)))
    for word in words:
        for asked in (rows, np.arange(len(texts))):
            searched, held = folded.rows_holding(word, asked)
            assert set(asked.tolist()) <= set(searched.tolist())
            assert held.tolist() == [word in texts[i] for i in searched.tolist()]


def test_a_summary_a_thousand_events_share_is_kept_once_and_found_in_each():
    summaries = ["sets out financing, guarantees and insurance.", "extends research and testing.", "概要。"]
    texts = [f"ev-{i:06d}\ndigital tariff consultation {i}\n{summaries[i % 3]}\n日本" + ("\nフランス" if i % 2 else "")
             for i in range(1000)]
    folded = FoldedTexts(texts)
    assert list(folded) == texts
    held = bytes(folded._blob) + bytes(folded._shared)
    for summary in summaries:
        assert held.count(summary.encode()) == 1  # not once per event
    assert held.count("フランス".encode()) == 1
    for word, expected in (("guarantees", [i % 3 == 0 for i in range(1000)]), ("概要", [i % 3 == 2 for i in range(1000)]),
                           ("フランス", [i % 2 == 1 for i in range(1000)]), ("consultation 99", [
                               "consultation 99" in t for t in texts])):
        searched, found = folded.rows_holding(word, np.arange(1000))  # one pass over every row
        assert found.tolist() == expected
        few = np.arange(0, 1000, 50)
        searched, found = folded.rows_holding(word, few)  # each asked row alone
        assert searched.tolist() == few.tolist() and found.tolist() == [expected[i] for i in few]

