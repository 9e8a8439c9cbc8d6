"""What an exported timeline covers and labels first: the span asked for, outliers named at the
edge, importance order, source numbers, rows where labels claim room first."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from explorer.charts import timeline_span as ts
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import day_number
from explorer.paths import default_pack_path


def day(y: int, m: int = 1, d: int = 1) -> int:
    return day_number(dt.date(y, m, d))


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def days(pack):
    return (pack.events["start_day"].to_numpy().astype(np.int64),
            pack.events["end_day"].to_numpy().astype(np.int64))


def test_a_lone_old_treaty_is_named_at_the_edge_not_stretching_the_axis(pack):
    start, end = days(pack)
    span = ts.slide_span(start, end, np.arange(len(start)))
    assert day(2018, 12) <= span.day0 <= day(2019, 2) and day(2026) <= span.day1 <= day(2026, 4)
    ids = pack.events["id"]
    assert [ids.iat[r] for r in span.before] == ["anglo-japanese-alliance", "cn-rare-earth-curbs-2010"]
    assert span.after == () and not span.asked
    on = ts.rows_in_span(start, end, np.arange(len(start)), span)
    assert set(on.tolist()) | set(span.before) == set(range(len(start)))  # nobody lost
    assert "gcap-rd-through-2035" in set(ids.iloc[on])  # a long programme is cut at the edge


def test_the_asked_span_wins(pack):
    start, end = days(pack)
    rows = np.arange(len(start))
    since = ts.slide_span(start, end, rows, filter_from=day(2018))
    assert since.day0 == day(2018) and since.asked and since.before == ()
    assert since.day1 <= day(2026, 4)
    view = ts.slide_span(start, end, rows, view_from=day(2020), view_to=day(2023),
                         filter_from=day(2018))
    assert (view.day0, view.day1) == (day(2020), day(2023))
    both = ts.slide_span(start, end, rows, filter_from=day(2019), filter_to=day(2024) - 1)
    assert (both.day0, both.day1) == (day(2019), day(2024))


def test_a_few_events_are_never_outliers():
    start = np.array([day(1902), day(2019), day(2020)])
    span = ts.slide_span(start, start, np.arange(3))
    assert span.before == () and span.day0 <= day(1902)


def test_the_selection_then_agreements_with_a_life_cycle_then_latest():
    kind = np.array(["policy", "agreement", "agreement", "summit", "policy"])
    ms = np.array([False, True, False, False, False])
    start = np.array([day(2025), day(2019), day(2024), day(2023), day(2022)])
    rank = ts.label_priority(kind, ms, start, selected=[4])
    assert np.argsort(rank).tolist() == [4, 1, 2, 0, 3]
    assert np.argsort(ts.label_priority(kind, ms, start)).tolist() == [1, 2, 0, 3, 4]


def test_markers_number_sources_once_in_order_and_compress_runs():
    ids = ["a;b", "b;c;d;e", "", "a"]
    order, markers = ts.source_numbers([0, 1, 2, 3], ids)
    assert order == ["a", "b", "c", "d", "e"]
    assert markers == {0: "[1, 2]", 1: "[2–5]", 2: "", 3: "[1]"}
    assert ts.marker_text([1, 3, 4, 5, 7, 8]) == "[1, 3–5, 7, 8]"


def test_labelled_items_stack_first_and_rows_never_overlap():
    rng = np.random.default_rng(3)
    n = 200
    lane = rng.integers(0, 4, n)
    x0 = rng.uniform(0, 1000, n)
    x1 = x0 + rng.uniform(5, 300, n)
    first = rng.random(n) < 0.3
    rows = ts.stack_labelled_first(lane, x0, x1, first, gap=4.0)
    for ln in range(4):
        for r in np.unique(rows[lane == ln]):
            sel = np.flatnonzero((lane == ln) & (rows == r))
            order = sel[np.argsort(x0[sel])]
            assert np.all(x0[order][1:] >= x1[order][:-1] + 4.0 - 1e-9)
    only_first = ts.stack_labelled_first(lane[first], x0[first], x1[first],
                                         np.ones(first.sum(), dtype=bool), gap=4.0)
    assert rows[first].tolist() == only_first.tolist()  # the others never push a label down


def test_fit_span_leaves_far_outliers_off_with_a_small_margin(pack):
    start, end = days(pack)
    fit = ts.fit_span(start, end, np.arange(len(start)))
    ids = pack.events["id"]
    assert [ids.iat[r] for r in fit.before] == ["anglo-japanese-alliance", "cn-rare-earth-curbs-2010"]
    assert day(2018, 10) <= fit.day0 < day(2019, 2)  # 1902 does not stretch it to a century
    assert day(2026) <= fit.day1 <= day(2026, 6)
    # the same rule as a slide: the same events are left off
    assert fit.before == ts.slide_span(start, end, np.arange(len(start))).before


def test_fit_span_has_no_cap_on_centuries_of_events():
    # a long imported list: one event a year from 1720 to 2035, the bulk spans centuries
    start = np.array([day(y, 6, 1) for y in range(1720, 2036)], dtype=np.int64)
    fit = ts.fit_span(start, start, np.arange(len(start)))
    assert fit.day0 < day(1720) and fit.day1 > day(2035, 6, 2)
    assert fit.day1 - fit.day0 < (day(2036) - day(1720)) * 1.1  # a small margin
    assert fit.before == fit.after == ()
    # a few early events far from a 1970-2035 bulk: the bulk is shown
    start = np.r_[[day(1721), day(1722)], [day(y, 3, 1) for y in range(1970, 2036)]].astype(np.int64)
    fit = ts.fit_span(start, start, np.arange(len(start)))
    assert day(1960) < fit.day0 < day(1970) and day(2035, 3) < fit.day1 < day(2040)
    assert fit.before == (0, 1)
    assert ts.fit_span(start, start, []).day1 == 0.0


def _bulk_by_loop(s, reach, cand, rows, *, trim_lo=True, trim_hi=True):
    """The outlier rule as first written, one candidate cut at a time (the reference)."""
    order = cand[np.lexsort((reach[cand], s[cand]))]
    limit = int(len(order) * ts._OUTLIER_SHARE)
    first, last = 0, len(order) - 1
    so = s[order]
    if trim_lo:
        for k in range(min(limit, last - 3), 0, -1):
            if so[k] - so[k - 1] > max(so[last] - so[k], ts._OUTLIER_MIN_GAP):
                first = k
                break
    if trim_hi:
        for k in range(min(limit, last - first - 3), 0, -1):
            j = last - k
            if so[j + 1] - so[j] > max(so[j] - so[first], ts._OUTLIER_MIN_GAP):
                last = j
                break
    before = [int(rows[i]) for i in order[:first]]
    after = [int(rows[i]) for i in order[last + 1:]]
    return order[first:last + 1], before, after


@pytest.mark.parametrize("seed", range(40))
def test_the_outlier_rule_cuts_where_it_always_did(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 400))
    s = rng.normal(day_number(dt.date(2015, 1, 1)), 900, n).round()
    far = rng.random(n) < rng.choice([0.0, 0.02, 0.08, 0.2])  # a few (or many) far outliers
    s[far] += rng.choice([-1, 1], far.sum()) * rng.uniform(3_000, 40_000, far.sum()).round()
    reach = s + rng.integers(1, 3000, n)
    rows = rng.permutation(n) + 7
    cand = np.arange(n)
    for lo, hi in ((True, True), (True, False), (False, True)):
        got = ts._bulk(s, reach, cand, rows, trim_lo=lo, trim_hi=hi)
        want = _bulk_by_loop(s, reach, cand, rows, trim_lo=lo, trim_hi=hi)
        assert np.array_equal(got[0], want[0]) and got[1:] == want[1:]
