"""The events' search text held as one blob (issue 16, engineer "memory-1"): the same texts, the same
words found in them as ``in`` finds in each text, for a few rows or for all, in less memory than one
Python string per event."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.generator import TIERS, generate_pack
from explorer.data.pack_loader import load_pack
from explorer.state.filtering import search_text
from explorer.state.folded_texts import FoldedTexts

_ALPHABET = st.sampled_from(list("ab e\n-日本協定ｱ\u00e9\U0001f600") + ["\ud800"])
_TEXTS = st.lists(st.text(_ALPHABET, max_size=12), max_size=40)
_WORDS = st.text(st.sampled_from(list("ab -\n日本協ｱ\u00e9\U0001f600") + ["\ud800"]), min_size=1, max_size=3)


@settings(max_examples=300, deadline=None)
@given(texts=_TEXTS, word=_WORDS, picked=st.lists(st.booleans(), max_size=40))
def test_a_word_is_found_in_the_rows_whose_text_holds_it(texts, word, picked):
    folded = FoldedTexts(texts)
    assert len(folded) == len(texts) and list(folded) == texts
    assert [folded[i] for i in range(-len(texts), 0)] == texts
    rows = np.flatnonzero(np.resize(np.asarray(picked or [True], dtype=bool), len(texts)))
    searched, held = folded.rows_holding(word, rows)
    assert set(rows.tolist()) <= set(searched.tolist())  # few rows: those; many: every row
    assert held.tolist() == [word in texts[i] for i in searched.tolist()]


def test_every_row_or_only_the_asked_rows_are_searched():
    texts = [f"ev-{i}\nword{i % 3}\n日本" for i in range(80)]
    folded = FoldedTexts(texts)
    few = np.array([3, 4, 5])
    searched, held = folded.rows_holding("word1", few)
    assert searched.tolist() == [3, 4, 5] and held.tolist() == [False, True, False]
    searched, held = folded.rows_holding("word1", np.arange(0, 80, 2))  # half: one pass over all
    assert searched.tolist() == list(range(80))
    assert held.tolist() == [i % 3 == 1 for i in range(80)]
    searched, held = folded.rows_holding("\n", np.arange(80))  # a line break in a row, not between
    assert searched.tolist() == list(range(80))
    assert held.all()
    with pytest.raises(ValueError, match="empty"):
        folded.rows_holding("", few)


def test_the_search_text_is_kept_in_less_memory_than_a_string_per_event(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_EXPLORER_PACK_CACHE", "off")
    pack = load_pack(generate_pack(tmp_path / "S", TIERS["S"], seed=13))
    tracemalloc.start()
    try:
        text = search_text(pack)
        blob_bytes = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        as_strings = np.array([t.encode().decode() for t in text], dtype=object)  # as kept before
        strings_bytes = tracemalloc.get_traced_memory()[0] - blob_bytes
    finally:
        tracemalloc.stop()
    assert len(text) == len(as_strings) == len(pack.events)
    assert blob_bytes < strings_bytes * 0.75  # measured at S: ~0.6 (at L, 10^5 events: ~0.45)
