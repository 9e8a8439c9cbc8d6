"""The one time axis: the timeline and the comparison chart label a range the same way."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from explorer.charts import time_axis as ta
from explorer.domain.dates import day_number


def day(y: int, m: int = 1, d: int = 1) -> int:
    return day_number(dt.date(y, m, d))


@pytest.mark.parametrize(("d0", "d1", "width"), [
    (day(2018), day(2026), 700), (day(2024, 1, 10), day(2024, 7, 20), 700),
    (day(1900), day(2040), 1200), (day(2019, 3, 5), day(2020, 2, 1), 400),
])
def test_spacing_says_the_unit_the_labels_use(d0, d1, width):
    t = ta.time_ticks(d0, d1, width)
    assert (t.unit == "year") == (t.spacing >= 360)
    if len(t.minor):
        assert 0 < t.minor_spacing < t.spacing


def test_finest_unit_is_respected_and_never_labels_days():
    t = ta.time_ticks(day(2025, 7, 20), day(2025, 7, 31), 1200, finest="month")
    assert t.unit == "month"
    assert not any(ch.isdigit() and " " in lab and lab.split()[0].isdigit()
                   for lab in t.labels for ch in lab[:1])
    full = ta.time_ticks(day(2025, 7, 20), day(2025, 7, 31), 1200)
    assert full.unit == "day"


def test_larger_spacing_for_larger_text_gives_fewer_labels():
    small = ta.time_ticks(day(2018), day(2026), 1800)
    large = ta.time_ticks(day(2018), day(2026), 1800, min_spacing=260)
    assert len(large.major) < len(small.major)
    x = (large.major - day(2018)) / (day(2026) - day(2018)) * 1800
    assert np.all(np.diff(x) >= 260)


def test_ticks_in_japanese():
    import datetime as dt

    from explorer.charts.time_axis import time_ticks
    from explorer.domain.dates import day_number

    d0, d1 = day_number(dt.date(2024, 11, 1)), day_number(dt.date(2025, 6, 1))
    en = time_ticks(d0, d1, 700)
    ja = time_ticks(d0, d1, 700, lang="ja")
    assert en.major.tolist() == ja.major.tolist() and en.unit == "month"
    assert "Jan 2025" in en.labels and "2025年1月" in ja.labels and "12月" in ja.labels
