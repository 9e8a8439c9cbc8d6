"""``sort_rank`` (the event table's sort key, computed on the GUI thread right after a pack is
shown) ranks texts as the case-insensitive order always did, whether it folds row by row (a plain
column such as the titles) or once per distinct value (a ``LazyTexts`` column)."""

from __future__ import annotations

import numpy as np

from explorer.qt.models.event_table_model import LazyTexts, _distinct, sort_rank


def reference(values) -> np.ndarray:
    """The rank of each value's ``str(value).casefold()`` among the distinct folded texts."""
    folded = [str(v).casefold() for v in values]
    order = {text: i for i, text in enumerate(sorted(set(folded)))}
    return np.array([order[f] for f in folded], dtype=np.int64)


MIXED = ["b", "B", None, float("nan"), "a", "ä", "A", None, "ß", "ss", "", "Ärger", "zebra",
         "Zebra", "日本", "にほん", "ＡＢＣ", "abc"]


def test_a_plain_column_ranks_as_the_case_insensitive_order():
    rng = np.random.default_rng(7)
    values = np.array(MIXED, dtype=object)[rng.integers(0, len(MIXED), 5000)]
    assert np.array_equal(sort_rank(values), reference(values))


def test_a_column_of_distinct_titles_ranks_as_the_case_insensitive_order():
    rng = np.random.default_rng(8)
    letters = np.array(list("abcXYZäÄ 日本-"), dtype=object)
    titles = ["".join(rng.choice(letters, rng.integers(0, 12))) for _ in range(3000)]
    assert np.array_equal(sort_rank(np.array(titles, dtype=object)), reference(titles))


def test_a_lazy_column_ranks_by_its_texts():
    rng = np.random.default_rng(9)
    values = np.array(MIXED, dtype=object)[rng.integers(0, len(MIXED), 4000)]
    codes, uniques = _distinct(values)
    lazy = LazyTexts(codes, uniques, lambda v: f"label {v}".upper())
    texts = [f"label {v}".upper() for v in values]
    assert np.array_equal(sort_rank(lazy), reference(texts))
