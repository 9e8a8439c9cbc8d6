"""The bulk checks over a column's distinct texts give what checking them one by one gives."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.data.csv_table import TextColumn
from explorer.data.pack_loader import _explode_column
from explorer.data.text_scan import BULK_FROM, floats_of, fullmatch_unique, plain_decimals
from explorer.domain.numbers import NUMBER_PATTERN

# what a figure's cell may hold, near misses included
_NUMBERISH = st.text(alphabet="0123456789..+-eE ,_\n;xé١", max_size=8)
_FIGURES = st.floats(allow_nan=False, allow_infinity=False, width=64).map(repr)


def _one_by_one(texts: np.ndarray) -> np.ndarray:
    match = re.compile(NUMBER_PATTERN).fullmatch
    return np.array([match(t) is not None for t in texts], dtype=bool)


def _bulk(texts: list[str]) -> np.ndarray:
    """At least BULK_FROM texts (the bulk path), the ones under test first."""
    padding = [str(i) for i in range(BULK_FROM)]
    return np.array(texts + padding, dtype=object)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_NUMBERISH, _FIGURES), max_size=40))
def test_numbers_found_in_bulk_are_the_ones_the_pattern_finds(texts):
    arr = _bulk(texts)
    assert fullmatch_unique(arr, NUMBER_PATTERN).tolist() == _one_by_one(arr).tolist()


def test_plain_decimals_is_a_part_of_the_number_pattern():
    texts = np.array(["12", "3.5", ".5", "7.", "", ".", "1.2.3", "+1", "1e5", " 1", "1 ", "١٢",
                      "1\n2", "0", "00.00"], dtype=object)
    assert plain_decimals(texts).tolist() == [True, True, True, True, False, False, False, False,
                                              False, False, False, False, False, True, True]
    assert not (plain_decimals(texts) & ~_one_by_one(texts)).any()


def test_non_ascii_texts_go_to_the_pattern():
    texts = _bulk(["١٢", "12", "é", "３.５", "4.5"])
    assert plain_decimals(texts)[:5].tolist() == [False, True, False, False, True]
    assert fullmatch_unique(texts, NUMBER_PATTERN)[:5].tolist() == [False, True, False, False, True]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_NUMBERISH, _FIGURES, st.just("1e999"), st.just("-0")), max_size=40))
def test_numbers_parsed_in_bulk_equal_pandas(texts):
    arr = _bulk(texts)
    expected = pd.to_numeric(arr, errors="coerce").astype(float)
    got = floats_of(arr, fullmatch_unique(arr, NUMBER_PATTERN))
    np.testing.assert_array_equal(got, expected)  # NaN where pandas has NaN, equal elsewhere
    assert not np.signbit(got[got == 0]).any()  # "-0" is the figure 0, whatever else is beside it


def _explode_one_by_one(c: TextColumn):
    """The former per-text split: the reference."""
    vocabulary: dict[str, int] = {}
    per_text = []
    for text in c.uniques:
        items = [x.strip() for x in text.split(";")] if text else []
        per_text.append([vocabulary.setdefault(x, len(vocabulary)) for x in items if x])
    pos, codes = [], []
    for row, code in enumerate(c.codes.tolist()):
        for item in per_text[code]:
            pos.append(row)
            codes.append(item)
    return pos, codes, list(vocabulary)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(alphabet="ab ;\t", max_size=7), max_size=30))
def test_list_cells_split_in_bulk_as_one_by_one(cells):
    c = TextColumn.from_values(np.array(cells, dtype=object))
    pos, codes, uniques = _explode_column(c)
    assert (pos.tolist(), codes.tolist(), uniques.tolist()) == _explode_one_by_one(c)
    assert pos.dtype == codes.dtype == np.int64 and uniques.dtype == object


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(_NUMBERISH, _FIGURES), max_size=40), st.sampled_from([1, 3, 7, 64]))
def test_texts_scanned_in_chunks_answer_as_in_one_pass(texts, chunk):
    """``plain_decimals`` scans ``SCAN_CHUNK`` texts at a time (its temporaries bounded): every
    text keeps its answer across the chunks' edges, an empty or line-feed text among them."""
    from unittest import mock

    from explorer.data import text_scan

    arr = np.array(texts + ["", "1\n2", "5"], dtype=object)
    whole = plain_decimals(arr)
    with mock.patch.object(text_scan, "SCAN_CHUNK", chunk):
        assert plain_decimals(arr).tolist() == whole.tolist()
        assert fullmatch_unique(_bulk(texts), NUMBER_PATTERN).tolist() == _one_by_one(_bulk(texts)).tolist()
