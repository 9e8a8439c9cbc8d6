"""The events' chronological order (the timeline's and the events table's default order): by start
day, coarser dates first, then title by code points, equal titles in row order. Made without the
titles as fixed-width numpy text (docs/performance-log.md, "firstopen-2"); the order is the one the
former lexsort over that text gave, which these tests keep. No timing is asserted."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.data.pack import Pack
from explorer.domain.dates import PartialDate


def chrono_rank(titles: list[object], starts: list[str]) -> np.ndarray:
    dates = [PartialDate.parse(s) for s in starts]
    # a year, its January and its 1 January share a day
    days = [d.year * 400 + (d.month or 1) * 32 + (d.day or 1) for d in dates]
    events = pd.DataFrame({"title": pd.Series(titles, dtype=object),
                           "start_date": pd.Series(dates, dtype=object),
                           "start_day": np.asarray(days, dtype=np.int32)})
    rank: np.ndarray = Pack.event_chrono_rank.func(SimpleNamespace(events=events))  # type: ignore[attr-defined]
    return rank


def former_rank(titles: list[object], starts: list[str]) -> np.ndarray:
    """The order as it was made before: lexsort over the titles as numpy text."""
    dates = [PartialDate.parse(s) for s in starts]
    days = np.asarray([d.year * 400 + (d.month or 1) * 32 + (d.day or 1) for d in dates])
    precision = np.asarray([int(d.precision) for d in dates], dtype=np.int64)
    order = np.lexsort((pd.Series(titles, dtype=object).to_numpy(dtype=str), precision, days))
    rank = np.empty(len(order), dtype=np.int32)
    rank[order] = np.arange(len(order))
    return rank


def test_same_start_sorts_coarser_dates_first_then_titles_by_code_point():
    titles = ["b", "a", "Zebra", "zebra", "Äpfel", "a", "", "東京", "ab"]
    starts = ["2020-05-01", "2020-05-01", "2020-05", "2020-05", "2020-05", "2020-05-01", "2020", "2020",
              "2020-05-01"]
    rank = chrono_rank(titles, starts)
    ordered = [titles[i] for i in np.argsort(rank)]
    # 2020 (year) first, then May 2020 (month), then 1 May (day); equal titles keep their rows
    assert ordered == ["", "東京", "Zebra", "zebra", "Äpfel", "a", "a", "ab", "b"]
    assert list(np.flatnonzero(rank == rank[[1, 5]].min())) == [1]
    assert rank.dtype == np.int32
    assert np.array_equal(rank, former_rank(titles, starts))


def test_a_missing_title_orders_as_before():
    titles = ["b", None, "None", "a"]
    starts = ["2001"] * 4
    assert np.array_equal(chrono_rank(titles, starts), former_rank(titles, starts))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="aAbZ ~é東\u00e9\u0301", max_size=4),
                          st.sampled_from(["1999", "1999-12", "1999-12-31", "2000", "2000-01-01"])),
                max_size=40))
def test_any_titles_and_starts_order_as_the_former_lexsort(rows):
    titles = [t for t, _ in rows]
    starts = [s for _, s in rows]
    assert np.array_equal(chrono_rank(titles, starts), former_rank(titles, starts))
