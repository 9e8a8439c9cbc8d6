"""Reduced-precision dates and periods: precision kept, sortable, displayed as published."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.dates import PartialDate, Period, Precision, parse_bound
from explorer.domain.errors import ValueProblem


@pytest.mark.parametrize("text,display,precision", [
    ("2019", "2019", Precision.YEAR),
    ("2019-02", "Feb 2019", Precision.MONTH),
    ("2019-02-01", "1 Feb 2019", Precision.DAY),
    ("2025-06~", "c. Jun 2025", Precision.MONTH),
    ("2010?", "2010 (?)", Precision.YEAR),
])
def test_dates_keep_precision_and_display_as_published(text, display, precision):
    d = PartialDate.parse(text)
    assert d.display() == display
    assert d.precision is precision
    assert d.iso() == text


def test_a_month_covers_the_whole_month_and_a_leap_february():
    d = PartialDate.parse("2024-02")
    assert (d.first_day, d.last_day) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert PartialDate.parse("2024").end_day - PartialDate.parse("2024").start_day == 365


def test_sorting_puts_coarse_dates_before_the_fine_dates_they_contain():
    texts = ["2019-03-05", "2019-03", "2018-12-31", "2019", "2019-01-01", "2020~"]
    ordered = [d.iso() for d in sorted(PartialDate.parse(t) for t in texts)]
    assert ordered == ["2018-12-31", "2019", "2019-01-01", "2019-03", "2019-03-05", "2020~"]
    assert PartialDate.parse("2019-02") < PartialDate.parse("2019-02-01")
    assert PartialDate.parse("2019-02-01") == PartialDate.parse(" 2019-02-01 ")


@pytest.mark.parametrize("text,message", [
    ("2019-13-01", "no month 13"),
    ("1972-06-31", "Jun 1972 has 30 days"),
    ("2023-02-29", "Feb 2023 has 28 days"),
    ("9999-12-31", "year outside"),
    ("19-02-01", "not a date"),
    ("2019/02/01", "not a date"),
    ("2019-2-1", "not a date"),
    ("", "not a date"),
    ("2019~?", "not a date"),
])
def test_bad_dates_raise_the_loaders_error(text, message):
    with pytest.raises(ValueProblem, match=message):
        PartialDate.parse(text)


@pytest.mark.parametrize("text,first,last", [
    ("2024", "2024-01-01", "2024-12-31"),
    ("FY2024", "2024-04-01", "2025-03-31"),
    ("2024-Q2", "2024-04-01", "2024-06-30"),
    ("2024-06", "2024-06-01", "2024-06-30"),
    ("2024-06-11", "2024-06-11", "2024-06-11"),
])
def test_periods_cover_their_span(text, first, last):
    p = Period.parse(text)
    assert (p.first_day.isoformat(), p.last_day.isoformat()) == (first, last)
    assert p.label() == text


@pytest.mark.parametrize("text", ["2024-Q0", "2024-Q5", "FY24", "2024-13", "Q2 2024", "2024-02-30"])
def test_bad_periods_raise_the_loaders_error(text):
    with pytest.raises(ValueProblem):
        Period.parse(text)


def test_filter_bounds_cover_whole_units():
    assert parse_bound("2019", upper=False) == PartialDate.parse("2019-01-01").start_day
    assert parse_bound("2019-06", upper=True) == PartialDate.parse("2019-06-30").start_day


@given(st.text(max_size=30))
def test_any_text_parses_as_a_date_or_raises_the_loaders_error(text):
    try:
        d = PartialDate.parse(text)
    except ValueProblem:
        return
    assert PartialDate.parse(d.iso()) == d  # whatever parses round-trips
    assert d.start_day <= d.end_day


@given(st.text(alphabet="0123456789-~?QFY ", max_size=14))
def test_date_like_text_parses_or_raises_the_loaders_error(text):
    for parse in (PartialDate.parse, Period.parse):
        try:
            parse(text)
        except ValueProblem:
            pass


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2200, 12, 31)),
       st.sampled_from(["", "~", "?"]))
def test_every_real_day_parses_and_round_trips(day, marker):
    d = PartialDate.parse(day.isoformat() + marker)
    assert d.first_day == day and d.iso() == day.isoformat() + marker


@pytest.mark.parametrize("text,display,first,last", [
    ("2018/2023", "2018–2023", "2018-01-01", "2023-12-31"),
    ("FY2023/FY2027", "FY2023–FY2027", "2023-04-01", "2028-03-31"),
    ("../2035", "through 2035", "1000-01-01", "2035-12-31"),
    ("2024", "2024", "2024-01-01", "2024-12-31"),
])
def test_a_span_is_a_period_of_its_own_not_its_last_year(text, display, first, last):
    p = Period.parse(text)
    assert (p.label(), p.display(), p.first_day.isoformat(), p.last_day.isoformat()) == (
        text, display, first, last)
    assert p.is_span == ("/" in text)


@pytest.mark.parametrize("text", ["2025/2020", "2020/", "/2020", "../..", "2020/2021/2022", "../x"])
def test_bad_spans_are_refused(text):
    with pytest.raises(ValueProblem):
        Period.parse(text)
