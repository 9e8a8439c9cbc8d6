"""One time axis for every picture of time: the timeline (screen and slides) and the comparison
chart label the same range the same way. Qt-free.

``time_ticks`` picks the finest step (centuries down to single days) whose labelled ticks stay
``min_spacing`` px apart, and labels them ``2019`` (years), ``Feb`` with ``Feb 2019`` on January and
the first tick (months), ``12 Feb`` with the year likewise (days). Minor ticks are the finest nested
step at least ``minor_spacing`` px apart. Day numbers are days since 1970-01-01, as in
``explorer.domain.dates``.
"""

from __future__ import annotations

import datetime as _dt
import functools
import math
from dataclasses import dataclass

import numpy as np

from explorer.domain.labels import MONTH_ABBR_EN as _MONTHS

MIN_LABEL_SPACING_PX = 70.0
UNITS = ("year", "month", "day")  # coarse to fine


@dataclass(frozen=True)
class Ticks:
    major: np.ndarray  # day numbers of labelled ticks
    labels: tuple[str, ...]
    minor: np.ndarray  # day numbers of unlabelled ticks
    unit: str  # "year", "month" or "day"
    step: int
    spacing: float = 0.0  # nominal days between labelled ticks
    minor_spacing: float = 0.0  # nominal days between minor ticks (0: none)


# (unit, step, fewest days between consecutive ticks)
_STEPS = (
    ("year", 100, 36524), ("year", 50, 18262), ("year", 20, 7304), ("year", 10, 3652),
    ("year", 5, 1826), ("year", 2, 730), ("year", 1, 365),
    ("month", 6, 181), ("month", 3, 89), ("month", 1, 28),
    ("day", 14, 14), ("day", 7, 7), ("day", 2, 2), ("day", 1, 1),
)
_GAP = {(u, s): g for u, s, g in _STEPS}
# Minor ticks that nest in each major step, finest first (at most about a dozen per major).
_MINOR = {
    ("year", 100): (("year", 10), ("year", 50)), ("year", 50): (("year", 10),),
    ("year", 20): (("year", 5), ("year", 10)), ("year", 10): (("year", 1), ("year", 5)),
    ("year", 5): (("year", 1),), ("year", 2): (("year", 1),),
    ("year", 1): (("month", 1), ("month", 3), ("month", 6)),
    ("month", 6): (("month", 1), ("month", 3)), ("month", 3): (("month", 1),),
    ("month", 1): (("day", 7), ("day", 14)), ("day", 14): (("day", 1), ("day", 7)),
    ("day", 7): (("day", 1),), ("day", 2): (("day", 1),), ("day", 1): (),
}
_STEPS_TO = {f: tuple(s for s in _STEPS if UNITS.index(s[0]) <= UNITS.index(f)) for f in UNITS}
_DAYS_OF_MONTH = {14: (1, 15), 7: (1, 8, 15, 22), 2: tuple(range(1, 28, 2)), 1: tuple(range(1, 32))}
_DAY_OF_MONTH_MASK = {step: np.array([d in days for d in range(32)]) for step, days in _DAYS_OF_MONTH.items()}


TICK_RUNS_KEPT = True  # False: every frame's ticks made afresh (the tests, the measurement)
_RUNS_PER_STEP = 4  # windows kept per unit and step (the timeline's and the chart's ranges)
_tick_runs: dict[tuple[str, int], list[tuple[int, int, np.ndarray]]] = {}


def _tick_days(unit: str, step: int, day0: float, day1: float) -> np.ndarray:
    """The tick days of ``unit`` and ``step`` in ``[day0, day1]``. Each unit and step ticks on
    fixed days (years and months from 1970, days of the month), so a range's ticks are a slice
    of a run made for a window round it: a pan or nudge at one zoom slices the run kept from
    the frame before (two searches) instead of making the days again (~30 µs a frame)."""
    if not TICK_RUNS_KEPT:
        return _tick_days_made(unit, step, day0, day1)
    lo, hi = math.floor(day0), math.ceil(day1)
    runs = _tick_runs.setdefault((unit, step), [])
    run = next((r for r in runs if r[0] <= lo and hi <= r[1]), None)
    if run is None:
        pad = max(hi - lo, 1)
        days = _tick_days_made(unit, step, lo - pad, hi + pad)
        days.flags.writeable = False  # handed out in slices: never changed in place
        run = (lo - pad, hi + pad, days)
        runs.insert(0, run)
        del runs[_RUNS_PER_STEP:]
    days = run[2]
    return days[np.searchsorted(days, day0, side="left"):np.searchsorted(days, day1, side="right")]


def _tick_days_made(unit: str, step: int, day0: float, day1: float) -> np.ndarray:
    lo = np.datetime64(int(np.floor(day0)), "D")
    hi = np.datetime64(int(np.ceil(day1)), "D")
    if unit == "year":
        y0 = lo.astype("datetime64[Y]").astype(np.int64) + 1970
        y1 = hi.astype("datetime64[Y]").astype(np.int64) + 1970
        years = np.arange(y0 - y0 % step, y1 + 1, step)
        days = (years - 1970).astype("datetime64[Y]").astype("datetime64[D]").astype(np.int64)
    elif unit == "month":
        m0 = lo.astype("datetime64[M]").astype(np.int64)
        m1 = hi.astype("datetime64[M]").astype(np.int64)
        months = np.arange(m0 - m0 % step, m1 + 1, step)  # month 0 is Jan 1970: steps align on Jan
        days = months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    else:
        days = np.arange(int(np.floor(day0)), int(np.ceil(day1)) + 1, dtype=np.int64)
        dom = (days.astype("datetime64[D]") - days.astype("datetime64[D]").astype("datetime64[M]")
               ).astype(np.int64) + 1
        days = days[_DAY_OF_MONTH_MASK[step][dom]]  # a lookup table, not np.isin (arraysetops)
    return days[(days >= day0) & (days <= day1)]


def tick_label(day: int, unit: str, with_year: bool, lang: str = "en") -> str:
    """A tick's text: ``2019``, ``Feb 2019``, ``12 Feb`` (``lang`` "ja": ``2019年2月``,
    ``2月12日``; "both" reads as English, like dates)."""
    d = _dt.date(1970, 1, 1) + _dt.timedelta(days=int(day))
    if unit == "year":
        return str(d.year)
    if lang == "ja":
        if unit == "month":
            return f"{d.year}年{d.month}月" if with_year else f"{d.month}月"
        return f"{d.year}年{d.month}月{d.day}日" if with_year else f"{d.month}月{d.day}日"
    if unit == "month":
        return f"{_MONTHS[d.month - 1]} {d.year}" if with_year else _MONTHS[d.month - 1]
    text = f"{d.day} {_MONTHS[d.month - 1]}"
    return f"{text} {d.year}" if with_year else text


def tick_labels(days: list[int], unit: str, lang: str = "en") -> tuple[str, ...]:
    """The labels of consecutive labelled ticks ``days`` of one ``unit``: the first tick and each
    new year carry the year (``Feb 2019``, ``Mar``, ..., ``Jan 2020``; ``2019年2月``, ``3月``)."""
    if TICK_LABELS_KEPT:
        return tuple(_tick_label_at(int(d), unit, i == 0, lang) for i, d in enumerate(days))
    labels = []
    for i, d in enumerate(days):
        date = _dt.date(1970, 1, 1) + _dt.timedelta(days=int(d))
        with_year = i == 0 or (date.month == 1 and (unit == "month" or date.day == 1))
        labels.append(tick_label(int(d), unit, with_year, lang))
    return tuple(labels)


# A tick's text depends only on its day, unit, whether it is the first and the language: a pan
# or a zoom shows the same ticks again, and each was dated and formatted again on every frame of
# the timeline and the chart (half of ``time_ticks``' time). False: formatted afresh (the tests).
TICK_LABELS_KEPT = True


@functools.lru_cache(maxsize=8192)
def _tick_label_at(day: int, unit: str, first: bool, lang: str) -> str:
    """``tick_labels``' text for one tick (``first``: the first of its run, which names its year)."""
    date = _dt.date(1970, 1, 1) + _dt.timedelta(days=day)
    with_year = first or (date.month == 1 and (unit == "month" or date.day == 1))
    return tick_label(day, unit, with_year, lang)


def time_ticks(day0: float, day1: float, width_px: float, *,
               min_spacing: float = MIN_LABEL_SPACING_PX, minor_spacing: float = 10.0,
               finest: str = "day", lang: str = "en") -> Ticks:
    """Labelled ticks at least ``min_spacing`` px apart over ``[day0, day1]`` drawn ``width_px``
    wide, no finer than ``finest`` (a chart of monthly figures never needs day ticks); labels in
    the label language ``lang``."""
    steps = _STEPS_TO.get(finest) or [s for s in _STEPS
                                      if UNITS.index(s[0]) <= UNITS.index(finest)]
    span = max(day1 - day0, 1e-9)
    px_per_day = width_px / span
    chosen = 0
    for i, (_, _, gap) in enumerate(steps):
        if gap * px_per_day >= min_spacing:
            chosen = i
        else:
            break
    unit, step, gap = steps[chosen]
    major = _tick_days(unit, step, day0, day1)
    labels = tick_labels(major.tolist(), unit, lang)
    minor = np.empty(0, dtype=np.int64)
    minor_gap = 0.0
    for u, s in _MINOR[(unit, step)]:  # finest first
        if UNITS.index(u) > UNITS.index(finest):
            continue
        if _GAP[(u, s)] * px_per_day >= minor_spacing:
            minor, minor_gap = _tick_days(u, s, day0, day1), float(_GAP[(u, s)])
            break
    if minor.size and major.size:
        # The ticks not labelled, by a search in the sorted labelled ones (np.setdiff1d
        # imports numpy's arraysetops inside the first paint, ~45 ms; a set and a list
        # comprehension cost ~20 µs a frame).
        at = np.minimum(np.searchsorted(major, minor), len(major) - 1)
        minor = minor[major[at] != minor]
    return Ticks(major, labels, minor, unit, step, float(gap), minor_gap)
