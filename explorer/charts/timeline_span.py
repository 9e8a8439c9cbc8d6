"""What a timeline on a slide covers and what it labels first. Qt-free.

* ``slide_span``: the span the user asked for (the view's range, else the filter's dates), or else
  the span holding the bulk of the events. A few events far from the rest (a 1902 treaty in a pack
  about 2019-2025) are left off the axis and named at its edge instead of stretching it to a
  century; a lone long span (a programme running to 2035) is cut at the edge, not followed.
* ``label_priority``: the event the user selected, then agreements and events with a life cycle
  (milestones), then the latest first.
* ``source_numbers``: every source of the events on the slide numbered once, in date order, and
  each event's numbers as a compact marker ("[1, 3–5]").
* ``stack_labelled_first``: sub-rows where labelled items claim their room before the others.

Day numbers as in ``explorer.domain.dates``; spans are ``[day0, day1)``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from explorer.charts import timeline_layout as tl
from explorer.data.pack_schema import LIST_SEPARATOR

MIN_SPAN_DAYS = 60.0
_OUTLIER_SHARE = 0.1  # at most this share of the events is left off each end
# An outlier sits at least five years away from the rest, and further than the rest spans: a
# 1902 treaty beside 2019-2025 is one, the 2019 EPA beside 2024-2025 trade events is not (a trade
# timeline without its founding agreement would mislead).
_OUTLIER_MIN_GAP = 5 * 365.25
_LONG_SPAN = 400  # events longer than this (days) do not stretch the axis by their end


@dataclass(frozen=True)
class SlideSpan:
    day0: float
    day1: float
    before: tuple[int, ...] = ()  # event rows left off the axis: earlier than it, by date
    after: tuple[int, ...] = ()  # later than it
    asked: bool = False  # the user asked for this span (view range or filter dates)


def _rounded(lo: float, hi: float) -> tuple[float, float]:
    """``[lo, hi)`` widened a little and out to year (or month) starts, so ticks fall on its
    ends; a whole year is added only when it costs less than a tenth of the span."""
    span = max(hi - lo, MIN_SPAN_DAYS)
    pad = span * 0.005 + 2.0  # marks on the last day stay whole
    lo, hi = lo - pad, hi + pad
    a, b = np.datetime64(int(np.floor(lo)), "D"), np.datetime64(int(np.ceil(hi)), "D")
    year0 = float(a.astype("datetime64[Y]").astype("datetime64[D]").astype(np.int64))
    month0 = float(a.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64))
    year1 = float((b.astype("datetime64[Y]") + (0 if b == b.astype("datetime64[Y]") else 1))
                  .astype("datetime64[D]").astype(np.int64))
    month1 = float((b.astype("datetime64[M]") + (0 if b == b.astype("datetime64[M]") else 1))
                   .astype("datetime64[D]").astype(np.int64))
    lo = year0 if lo - year0 <= 0.1 * span else month0
    hi = year1 if year1 - hi <= 0.1 * span else month1
    return lo, hi


def slide_span(start_day: np.ndarray, end_day: np.ndarray, rows: np.ndarray, *,
               view_from: float | None = None, view_to: float | None = None,
               filter_from: float | None = None, filter_to: float | None = None) -> SlideSpan:
    """The axis for the events ``rows`` (filtered; ``start_day``/``end_day`` per event row,
    inclusive). Each end comes from the view's range, else the filter's dates, else the bulk of
    the events."""
    rows = np.asarray(rows, dtype=np.int64)
    lo_asked = view_from if view_from is not None else filter_from
    hi_asked = view_to if view_to is not None else (None if filter_to is None else filter_to + 1.0)
    if lo_asked is not None and hi_asked is not None:
        return SlideSpan(float(lo_asked), float(max(hi_asked, lo_asked + 1.0)), asked=True)
    if not len(rows) and len(start_day) and lo_asked is None and hi_asked is None:
        # Nothing matches and no dates were asked: the years the pack covers, not 1969 (day 0);
        # no edge notes, since no event outside the axis matches either.
        whole = slide_span(start_day, end_day, np.arange(len(start_day)))
        return SlideSpan(whole.day0, whole.day1, asked=False)
    s = start_day[rows].astype(np.float64)
    e = end_day[rows].astype(np.float64) + 1.0
    # What stretches the axis: a short event's end, a long one's start only.
    reach = np.where(e - s > _LONG_SPAN, s + 1.0, e)
    inside = np.ones(len(rows), dtype=bool)
    if lo_asked is not None:
        inside &= e > lo_asked
    if hi_asked is not None:
        inside &= s < hi_asked
    cand = np.flatnonzero(inside)
    if lo_asked is None or hi_asked is None:
        bulk, before, after = _bulk(s, reach, cand, rows, trim_lo=lo_asked is None,
                                    trim_hi=hi_asked is None)
    else:
        bulk, before, after = cand, [], []
    if len(bulk) == 0:
        lo = float(lo_asked) if lo_asked is not None else float(hi_asked or 0.0) - 365.0
        return SlideSpan(lo, float(hi_asked) if hi_asked is not None else lo + 365.0,
                         asked=True)
    lo_data, hi_data = float(s[bulk].min()), float(reach[bulk].max())
    lo_r, hi_r = _rounded(lo_data, hi_data)
    lo = float(lo_asked) if lo_asked is not None else lo_r
    hi = float(hi_asked) if hi_asked is not None else hi_r
    return SlideSpan(lo, max(hi, lo + 1.0), tuple(before), tuple(after),
                     asked=lo_asked is not None or hi_asked is not None)



def _bulk(s: np.ndarray, reach: np.ndarray, cand: np.ndarray, rows: np.ndarray, *,
          trim_lo: bool = True, trim_hi: bool = True, presorted: bool = False
          ) -> tuple[np.ndarray, list[int], list[int]]:
    """The one outlier rule (slides and the screen's Zoom to fit): ``cand`` (indices into ``s``,
    ``reach`` and ``rows``) without the few events far from the rest at either end. At most
    ``_OUTLIER_SHARE`` of the events go at each end, cut where the gap is wider than the rest
    spans and than ``_OUTLIER_MIN_GAP``. Returns the bulk (indices) and the event
    rows left off before (earliest first) and after it (earliest first)."""
    # presorted: ``cand`` already by start day. Every cut falls between different start days
    # (a gap wider than _OUTLIER_MIN_GAP), so the bulk, and the span, do not depend on how
    # ties are ordered; only the order of ``before`` and ``after`` within a day may differ.
    order = cand if presorted else cand[np.lexsort((reach[cand], s[cand]))]
    first, last = _cuts(s[order], trim_lo=trim_lo, trim_hi=trim_hi)
    before = [int(rows[i]) for i in order[:first]]
    after = [int(rows[i]) for i in order[last + 1:]]
    return order[first:last + 1], before, after


def _cuts(so: np.ndarray, *, trim_lo: bool = True, trim_hi: bool = True) -> tuple[int, int]:
    """``_bulk``'s cuts in start days ``so`` (ascending): the first and last position kept."""
    limit = int(len(so) * _OUTLIER_SHARE)
    first, last = 0, len(so) - 1
    # The deepest cut that qualifies, so a cluster of old events (two treaties of 1721 and
    # 1722 beside 1970-2035) goes as a whole: the gap before the cut is what counts.
    # Every candidate cut tested at once (a loop over them cost 16 ms per Zoom to fit at 10^5
    # events, and a filter change refits): the deepest that qualifies wins, as before.
    if trim_lo and min(limit, last - 3) >= 1:
        k = np.arange(1, min(limit, last - 3) + 1)
        ok = so[k] - so[k - 1] > np.maximum(so[last] - so[k], _OUTLIER_MIN_GAP)
        if ok.any():
            first = int(k[ok][-1])
    if trim_hi and min(limit, last - first - 3) >= 1:
        k = np.arange(1, min(limit, last - first - 3) + 1)
        j = last - k  # the last event kept
        ok = so[j + 1] - so[j] > np.maximum(so[j] - so[first], _OUTLIER_MIN_GAP)
        if ok.any():
            last = int(j[ok][-1])
    return first, last


def fit_span(start_day: np.ndarray, end_day: np.ndarray, rows: Iterable[int] | np.ndarray, *, margin: float = 0.03,
             min_margin_days: float = 10.0, presorted: bool = False) -> SlideSpan:
    """What Home / Zoom to fit shows on screen: the bulk of the events ``rows`` by the same
    outlier rule as a slide (a 1902 treaty beside 2019-2025 is left off and counted at the edge,
    not stretching the view to a century), with ``margin`` of the span either side. No cap on
    the span: a list running from 1720 to 2035 is shown whole. ``before``/``after``: the event
    rows left off. An empty ``rows`` gives a zero-width span at 0 (the caller keeps its view).
    ``presorted``: ``rows`` are already by start day (``TimelineSource.in_order``), so they
    are not sorted again; the same span."""
    rows = np.asarray(rows, dtype=np.int64)
    if len(rows) == 0:
        return SlideSpan(0.0, 0.0)
    if presorted:  # the bulk is a run of ``rows``: its first start, the run's reach; the days
        # in their own type (whole days in 4 bytes add and compare as exactly as in floats)
        s = start_day[rows]
        first, last = _cuts(s)
        before, after = rows[:first].tolist(), rows[last + 1:].tolist()
        s = s[first:last + 1]
        e = end_day[rows[first:last + 1]] + 1
        lo, hi = float(s[0]), float(np.where(e - s > _LONG_SPAN, s + 1, e).max())
    else:
        s = start_day[rows].astype(np.float64)
        e = end_day[rows].astype(np.float64) + 1.0
        reach = np.where(e - s > _LONG_SPAN, s + 1.0, e)
        bulk, before, after = _bulk(s, reach, np.arange(len(rows)), rows)
        lo, hi = float(s[bulk].min()), float(reach[bulk].max())
    width = max(hi - lo, MIN_SPAN_DAYS)
    centre = (lo + hi) / 2
    pad = width * margin + min_margin_days
    return SlideSpan(centre - width / 2 - pad, centre + width / 2 + pad, tuple(before),
                     tuple(after))


def rows_in_span(start_day: np.ndarray, end_day: np.ndarray, rows: np.ndarray,
                 span: SlideSpan) -> np.ndarray:
    """The event rows whose own dates overlap the axis, by date."""
    rows = np.asarray(rows, dtype=np.int64)
    hit = (end_day[rows] + 1.0 > span.day0) & (start_day[rows] < span.day1)
    out = rows[hit]
    ordered: np.ndarray = out[np.lexsort((out, start_day[out]))]
    return ordered


_STATUS_WEIGHT = {"in_force": 0, "signed": 1, "provisional": 1, "negotiating": 2}


def label_priority(kind: np.ndarray, has_milestones: np.ndarray, start_day: np.ndarray,
                   selected: Iterable[int] = (), status: np.ndarray | None = None) -> np.ndarray:
    """Per event row, a rank (lower = labelled first): the event the user selected (one event,
    pointed at on purpose: on a crowded slide it would otherwise never get its label), then
    agreements with a life cycle, then other agreements and events with milestones, then the
    rest; within each, binding ones first (in force, signed), then the latest first."""
    n = len(start_day)
    agreement = np.asarray(kind) == "agreement"
    ms = np.asarray(has_milestones, dtype=bool)
    tier = np.full(n, 3, dtype=np.int64)
    sel = np.zeros(n, dtype=bool)
    sel[np.asarray(list(selected), dtype=np.int64)] = True
    tier[agreement | ms] = 1
    tier[agreement & ms] = 0
    tier[sel] = -1
    weight = (np.zeros(n, dtype=np.int64) if status is None else
              np.array([_STATUS_WEIGHT.get(str(x), 3) for x in status], dtype=np.int64))
    order = np.lexsort((np.arange(n), -np.asarray(start_day, dtype=np.int64), weight, tier))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    return rank


def marker_text(numbers: Iterable[Any]) -> str:
    """``[1, 3–5]`` for 1, 3, 4, 5 (runs of three or more as a range)."""
    nums = sorted({int(x) for x in numbers})
    parts: list[str] = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{nums[i]}–{nums[j]}")
        else:
            parts.extend(str(x) for x in nums[i:j + 1])
        i = j + 1
    return "[" + ", ".join(parts) + "]" if parts else ""


def source_numbers(rows: Iterable[int], source_ids: Sequence[Any]) -> tuple[list[str], dict[int, str]]:
    """Every source of the events ``rows`` (in the order given) numbered from 1 by first use, and
    each event row's marker. ``source_ids``: per event row, ids separated by ``;``."""
    number: dict[str, int] = {}
    markers: dict[int, str] = {}
    for r in rows:
        ids = [i.strip() for i in str(source_ids[int(r)] or "").split(LIST_SEPARATOR) if i.strip()]
        for sid in ids:
            number.setdefault(sid, len(number) + 1)
        markers[int(r)] = marker_text(number[i] for i in ids)
    return list(number), markers


def stack_labelled_first(lane: np.ndarray, x0: np.ndarray, x1: np.ndarray,
                         first: np.ndarray, *, gap: float = 3.0) -> np.ndarray:
    """Sub-rows per lane: the ``first`` items stacked (greedy, by x) before the others, which then
    take the lowest row free over their extent. Rows never hold overlapping items."""
    n = len(x0)
    rows = np.zeros(n, dtype=np.int64)
    if n == 0:
        return rows
    first = np.asarray(first, dtype=bool)
    rows[first] = tl.stack_rows(lane[first], x0[first], x1[first], gap=gap, max_rows=10**6)
    # occupied[(lane, row)]: sorted starts and their ends, to test a free slot by bisection
    occupied: dict[tuple[int, int], tuple[list[float], list[float]]] = {}
    for i in np.flatnonzero(first).tolist():
        starts, ends = occupied.setdefault((int(lane[i]), int(rows[i])), ([], []))
        k = bisect.bisect(starts, float(x0[i]))
        starts.insert(k, float(x0[i]))
        ends.insert(k, float(x1[i]))
    for i in np.flatnonzero(~first)[np.argsort(x0[~first], kind="stable")].tolist():
        a, b, ln = float(x0[i]) - gap, float(x1[i]) + gap, int(lane[i])
        r = 0
        while True:
            starts, ends = occupied.setdefault((ln, r), ([], []))
            k = bisect.bisect(starts, b)
            # free when no interval starting before b ends after a
            if k == 0 or max(ends[:k]) <= a:
                starts.insert(k, float(x0[i]))
                ends.insert(k, float(x1[i]))
                rows[i] = r
                break
            r += 1
    return rows
