"""Dates and periods typed into users' spreadsheets: read as published, precision kept, never guessed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.dates import PartialDate, Period, PeriodKind
from explorer.domain.errors import ValueProblem
from explorer.importing.messy_dates import (
    AmbiguousDayOrder,
    DateOptions,
    MessyDate,
    date_from_parts,
    detect_day_order,
    parse_messy_date,
    parse_messy_period,
)

DAY_FIRST = DateOptions(order="day_first")
MONTH_FIRST = DateOptions(order="month_first")
OPEN_ENDED = DateOptions(sentinels=frozenset({"9999-12-31", "0"}))
DEFAULT = DateOptions()


def read(text: str, options: DateOptions = DEFAULT) -> tuple[str, str | None, str]:
    got = parse_messy_date(text, options)
    assert got is not None
    return got.start.iso(), got.end.iso() if got.end else None, got.note


@pytest.mark.parametrize("text,iso", [
    ("2019", "2019"),
    ("2019-02", "2019-02"),
    ("2019-02-01", "2019-02-01"),
    (" 2019-02-01 ", "2019-02-01"),
    ("2019-02-01~", "2019-02-01~"),
    ("1802-04-18?", "1802-04-18?"),
    ("1351-08-01", "1351-08-01"),
    ("2019-02-01T00:00:00", "2019-02-01"),
    ("2019-02-01 00:00:00", "2019-02-01"),
    ("2019-02-01T00:00:00Z", "2019-02-01"),
    ("1964-XX-XX", "1964"),
    ("1964-06-XX", "1964-06"),
    ("2001/10/05", "2001-10-05"),
    ("2001/10", "2001-10"),
    ("2001.10", "2001-10"),
    ("2001.1", "2001-01"),
    ("13/01/2001", "2001-01-13"),
    ("13.1.2001", "2001-01-13"),
    ("01-13-2001", "2001-01-13"),
    ("05/05/2001", "2001-05-05"),
    ("13/01/2001 0:00", "2001-01-13"),
    ("January 2001", "2001-01"),
    ("Jan 2001", "2001-01"),
    ("Sept. 2001", "2001-09"),
    ("Jan-2001", "2001-01"),
    ("1 January 2001", "2001-01-01"),
    ("01-Jan-2001", "2001-01-01"),
    ("January 1, 2001", "2001-01-01"),
    ("Monday, 1st of January 2001", "2001-01-01"),
    ("2001 Oct 5", "2001-10-05"),
    ("2001年10月5日", "2001-10-05"),
    ("2001年10月", "2001-10"),
    ("２００１年１０月", "2001-10"),
    ("c. 2001", "2001~"),
    ("circa 2001", "2001~"),
    ("about Oct 2001", "2001-10~"),
    ("2001?", "2001?"),
    ("Feb 2019 (?)", "2019-02?"),
    ("2001年頃", "2001~"),
])
def test_published_forms_keep_their_precision_and_markers(text, iso):
    assert read(text) == (iso, None, "")


@pytest.mark.parametrize("text,iso,note", [
    ("1953-05-5", "1953-05-05", "single-digit month or day read as 1953-05-05"),
    ("1964-XX-16", "1964", "day given without month: kept the year"),
    ("2010-XX-XX-", "2010", "ignored trailing '-'"),
    ("2019-02-01 13:30", "2019-02-01", "time of day dropped"),
    ("2019-02-01T09:30:00+09:00", "2019-02-01", "time of day dropped"),
    ("2001.0", "2001", "read 2001.0 as the year 2001"),
    ("平成13年", "2001", "Japanese era year 平成13 read as 2001"),
    ("令和元年5月", "2019-05", "Japanese era year 令和元 read as 2019"),
    ("2019~?", "2019~", "marked both approximate and uncertain: kept approximate"),
])
def test_what_the_reader_had_to_do_is_noted(text, iso, note):
    assert read(text) == (iso, None, note)


@pytest.mark.parametrize("text,message", [
    ("1972-06-31", "impossible date: Jun 1972 has 30 days"),
    ("2023-02-29", "impossible date: Feb 2023 has 28 days"),
    ("2019-13", "impossible date: no month 13"),
    ("2001.13", "impossible date: no month 13"),
    ("9999-12-31", "year outside 1000-2200 (name it as a sentinel if it means open-ended)"),
    ("0", "year outside 1000-2200"),
    ("0999", "year outside 1000-2200"),
    ("19XX", "year with unknown digits"),
    ("XXXX-05", "year with unknown digits"),
    ("01/02/03", "two-digit year: write the century"),
    ("Jan-01", "two-digit year: write the century"),
    ("99", "two-digit year: write the century"),
    ("13/13/2001", "impossible date: 13 cannot be a month"),
    ("0/5/2001", "impossible date: day or month 0"),
    ("36526", "spreadsheet day number"),
    ("2001-2002", "write it as start..end"),
    ("Jan 5", "no year"),
    ("2001-Q3", "a quarter is a period, not a date"),
    ("FY2001", "a fiscal year is a period, not a date"),
    ("0014-022005", "not a date"),
    ("next spring", "not a date"),
    ("2001 Jan Feb", "not a date"),
    ("..2019", "range without a start"),
    ("2020..2019", "range ends before it starts"),
    ("2019..2020..2021", "not a date"),
])
def test_unreadable_dates_say_what_is_wrong(text, message):
    with pytest.raises(ValueProblem) as err:
        parse_messy_date(text)
    assert message in err.value.message
    assert err.value.found == text


def test_ranges_keep_both_ends_with_their_own_precision():
    assert read("1981-09..1981-10") == ("1981-09", "1981-10", "")
    assert read("2019..2020") == ("2019", "2020", "")
    assert read("2019 .. 2020-03~") == ("2019", "2020-03~", "")
    assert read("2019..2019-05") == ("2019", "2019-05", "")  # an end inside the start is not "before" it


def test_an_open_end_gives_the_start_and_says_so():
    assert read("2019..") == ("2019", None, "open-ended range: no end date given")
    assert read("2019..9999-12-31", OPEN_ENDED) == ("2019", None, "open-ended range: no end date given")


def test_missing_tokens_and_named_sentinels_are_not_dates():
    for text in ("", "  ", "NA", "N/A", "..", "...", "-", "—"):
        assert parse_messy_date(text) is None
    assert parse_messy_date("9999-12-31", OPEN_ENDED) is None
    assert parse_messy_date(" 0 ", OPEN_ENDED) is None
    # Only what this file's user named: the default options know no sentinel.
    with pytest.raises(ValueProblem, match="sentinel"):
        parse_messy_date("9999-12-31")
    only_dash = DateOptions(missing=frozenset({"-"}))
    with pytest.raises(ValueProblem):
        parse_messy_date("NA", only_dash)


def test_numeric_day_month_is_read_as_the_file_says_and_never_guessed():
    assert read("03/04/2001", DAY_FIRST)[0] == "2001-04-03"
    assert read("03/04/2001", MONTH_FIRST)[0] == "2001-03-04"
    with pytest.raises(AmbiguousDayOrder) as err:
        parse_messy_date("03/04/2001")
    assert isinstance(err.value, ValueProblem) and "day-first or month-first" in err.value.message
    with pytest.raises(ValueProblem, match=r"no month 13 \(read as month/day/year\)"):
        parse_messy_date("13/01/2001", MONTH_FIRST)


def test_huggo_like_column_reads_every_trap_it_holds():
    # Shapes found in the treaty list's Begin/End/Signature columns, one of each.
    column = ["1351-08-01", "NA", "1802-04-18?", "2008-06", "1998", "1961-01-26~", "1981-09..1981-10",
              "2010-XX-XX-", "1953-05-5", "1964-XX-16", "1972-06-31", "9999-12-31", "0014-022005"]
    read_ok: dict[str, str] = {}
    problems: dict[str, str] = {}
    for text in column:
        try:
            got = parse_messy_date(text, DateOptions(sentinels=frozenset({"9999-12-31"})))
            read_ok[text] = "missing" if got is None else got.start.iso()
        except ValueProblem as e:
            problems[text] = e.message
    assert read_ok == {"1351-08-01": "1351-08-01", "NA": "missing", "1802-04-18?": "1802-04-18?",
                       "2008-06": "2008-06", "1998": "1998", "1961-01-26~": "1961-01-26~",
                       "1981-09..1981-10": "1981-09", "2010-XX-XX-": "2010", "1953-05-5": "1953-05-05",
                       "1964-XX-16": "1964", "9999-12-31": "missing"}
    assert problems == {"1972-06-31": "impossible date: Jun 1972 has 30 days", "0014-022005": problems["0014-022005"]}
    assert problems["0014-022005"].startswith("not a date")


@pytest.mark.parametrize("samples,verdict", [
    (["13/01/2001", "02/03/2001"], "day_first"),
    (["01/13/2001", "02/03/2001 0:00"], "month_first"),
    (["13.01.2001", "01.13.2001"], "ambiguous"),  # a mixed file
    (["01/02/2001", "05/05/2001"], "ambiguous"),
    (["2001-01-13", "Jan 2001", "NA"], "none"),
    ([], "none"),
    (["c. 25/12/1999", "2001-01-01"], "day_first"),
])
def test_day_order_is_decided_from_the_whole_column(samples, verdict):
    assert detect_day_order(samples) == verdict


@pytest.mark.parametrize("parts,iso,note", [
    (("2001", "10", ""), "2001-10", ""),
    (("2001", "XX", ""), "2001", ""),
    (("2001", "", "5"), "2001", "day given without month: kept the year"),
    (("2001", "October", ""), "2001-10", ""),
    (("2001", "Oct", "5"), "2001-10-05", ""),
    (("2001", "oct.", ""), "2001-10", ""),
    (("2001.0", "10.0", "5.0"), "2001-10-05", ""),  # a year column read as floats
    (("c. 2001", "", ""), "2001~", ""),
    (("2001", "10", "NA"), "2001-10", ""),
])
def test_dates_split_over_columns_are_joined(parts, iso, note):
    got = date_from_parts(*parts)
    assert got is not None and (got.start.iso(), got.end, got.note) == (iso, None, note)


def test_dates_split_over_columns_refuse_what_they_cannot_place():
    assert date_from_parts("", "", "") is None
    assert date_from_parts("NA", "XX", "") is None
    for parts, message in [(("", "10", ""), "month without a year"), (("", "", "5"), "day without a year"),
                           (("2001", "13", ""), "no month 13"), (("2001", "2", "30"), "Feb 2001 has 28 days"),
                           (("01", "", ""), "two-digit year"), (("2001", "Brumaire", ""), "not a month"),
                           (("2001", "5", "first"), "not a day")]:
        with pytest.raises(ValueProblem, match=message):
            date_from_parts(*parts)


@pytest.mark.parametrize("text,period", [
    ("2001", "2001"), ("FY2001", "FY2001"), ("FY 2001", "FY2001"), ("2001年度", "FY2001"),
    ("2001-Q3", "2001-Q3"), ("2001Q3", "2001-Q3"), ("2001 Q3", "2001-Q3"), ("Q3 2001", "2001-Q3"),
    ("2001年第3四半期", "2001-Q3"), ("2001M10", "2001-10"), ("2001M1", "2001-01"), ("2001/01", "2001-01"),
    ("January 2001", "2001-01"), ("Jan-2001", "2001-01"), ("2001.10", "2001-10"), ("2001.1", "2001-01"),
    ("2001-10-05", "2001-10-05"), ("1971-01-01 00:00:00", "1971-01-01"), ("NA", None), ("", None),
])
def test_periods_are_written_in_the_pack_notation(text, period):
    assert parse_messy_period(text) == period


@pytest.mark.parametrize("text,precision,period", [
    ("1971-01-01", "year", "1971"),  # FRED's annual file
    ("1971-01-01", "month", "1971-01"),
    ("1971-03", "year", "1971"),
    ("2001-Q3", "year", "2001"),
    ("2001-Q3", "month", "2001-Q3"),  # a quarter is coarser than a month: kept
    ("FY2001", "year", "FY2001"),  # a fiscal year is not a finer calendar year
    ("1971", "month", "1971"),
])
def test_periods_can_be_truncated_to_the_files_precision(text, precision, period):
    assert parse_messy_period(text, as_precision=precision) == period


@pytest.mark.parametrize("text,message", [
    ("2001~", "periods cannot be approximate"),
    ("c. 2001", "periods cannot be approximate"),
    ("2001-Q3?", "periods cannot be approximate"),
    ("2001..2002", "periods cannot be ranges"),
    ("2001.13", "no month 13"),
    ("2001M13", "no month 13"),
    ("2001Q5", "no quarter 5"),
    ("FY01", "two-digit year"),
    ("FY9999", "year outside 1000-2200"),
    ("1964-XX-16", "day given without month"),
    ("next year", "not a date"),
])
def test_unreadable_periods_say_what_is_wrong(text, message):
    with pytest.raises(ValueProblem, match=message):
        parse_messy_period(text)


def test_periods_follow_the_files_day_order_and_sentinels():
    assert parse_messy_period("03/04/2001", DAY_FIRST) == "2001-04-03"
    with pytest.raises(AmbiguousDayOrder):
        parse_messy_period("03/04/2001")
    assert parse_messy_period("9999-12-31", OPEN_ENDED) is None


# --- properties -----------------------------------------------------------------------------------

partial_dates = st.builds(
    lambda day, precision, marker: PartialDate(
        day.year, day.month if precision > 1 else None, day.day if precision > 2 else None,
        approximate=marker == "~", uncertain=marker == "?"),
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2200, 12, 31)),
    st.integers(1, 3), st.sampled_from(["", "~", "?"]))


@given(partial_dates)
def test_pack_notation_and_display_text_read_back_to_the_same_date(date):
    for text in (date.iso(), date.display()):
        assert parse_messy_date(text) == MessyDate(date)


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2200, 12, 31)),
       st.sampled_from(["/", ".", "-"]), st.booleans(), st.booleans())
def test_numeric_dates_read_back_in_the_order_they_were_written(day, sep, day_first, padded):
    a, b = (day.day, day.month) if day_first else (day.month, day.day)
    fmt = "{:02d}" if padded else "{}"
    text = sep.join((fmt.format(a), fmt.format(b), f"{day.year:04d}"))
    got = parse_messy_date(text, DAY_FIRST if day_first else MONTH_FIRST)
    assert got is not None and got.start.first_day == day and got.start.day is not None
    if a > 12 or a == b:  # unambiguous without being told
        auto = parse_messy_date(text)
        assert auto is not None and auto.start.first_day == day


@given(st.lists(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), min_size=1),
       st.dates(min_value=dt.date(1900, 1, 13), max_value=dt.date(2100, 12, 31)).filter(lambda d: d.day > 12))
def test_one_day_over_twelve_decides_a_day_first_file(days, telling_day):
    samples = [f"{d.day:02d}/{d.month:02d}/{d.year}" for d in [*days, telling_day]]
    assert detect_day_order(samples) == "day_first"
    swapped = [f"{d.month:02d}/{d.day:02d}/{d.year}" for d in [*days, telling_day]]
    assert detect_day_order(swapped) == "month_first"


@given(st.one_of(st.text(), st.text(alphabet="0123456789-/.~?XQFYM年月日 cJanOct", max_size=16)))
def test_any_text_is_a_date_missing_or_a_value_problem(text):
    for parse in (parse_messy_date, parse_messy_period):
        try:
            got = parse(text)
        except ValueProblem:
            continue
        assert got is None or isinstance(got, (MessyDate, str))
    try:
        date_from_parts(text, text[:2], text[-2:])
    except ValueProblem:
        pass


@given(st.builds(Period, st.sampled_from(list(PeriodKind)), st.integers(1000, 2200), st.integers(1, 4),
                 st.integers(1, 28)))
def test_pack_period_labels_read_back_unchanged(period):
    if period.kind is PeriodKind.MONTH or period.kind is PeriodKind.DAY or period.kind is PeriodKind.QUARTER:
        label = period.label()
    else:
        label = Period(period.kind, period.year).label()
    assert parse_messy_period(label) == label
    assert parse_messy_period(label, as_precision="year") in (label, label[:4])


def _general_reading(text: str):
    """What the general parser (no plain-ISO shortcut) makes of a text: a date, or its message."""
    from explorer.importing import messy_dates

    try:
        date, notes = messy_dates._parse_single(text.strip(), DateOptions(), text)
    except ValueProblem as e:
        return ("problem", e.message)
    return MessyDate(date, None, "; ".join(notes))


def test_plain_iso_dates_read_exactly_as_the_general_parser_reads_them():
    # The shortcut for 2019 / 2019-02 / 2019-02-01 must give the same date, and leave every text it
    # does not fully check (impossible days, years out of range, full-width digits) to the general one.
    texts = [f"{y}-{m:02d}-{d:02d}" for y in (1000, 1900, 1999, 2000, 2004, 2100, 2200, 2201, 999)
             for m in range(14) for d in range(33)]
    texts += [f"{y}-{m:02d}" for y in (999, 1000, 2024, 2200, 2201) for m in range(14)]
    texts += ["2019", "0999", "2201", "１９９９-０２-０１", "1999-2-01", "1999-02-1", "٢٠١٩", " 2019-02-01 "]
    for text in texts:
        try:
            got = parse_messy_date(text)
        except ValueProblem as e:
            got = ("problem", e.message)
        assert got == _general_reading(text), text


def _day_order_by_every_sample(samples: list[str]) -> str:
    """detect_day_order as written before its ASCII shortcut: every sample normalised and peeled."""
    from explorer.importing import messy_dates as md

    seen_any = day_first = month_first = False
    for text in samples:
        if md._PLAIN_ISO_RE.fullmatch(text):
            continue
        m = md._NUMERIC_DMY_RE.fullmatch(md._strip_markers_quietly(text))
        if m is None:
            continue
        seen_any = True
        a, b = int(m[1]), int(m[3])
        if 12 < a <= 31 and 1 <= b <= 12:
            day_first = True
        elif 12 < b <= 31 and 1 <= a <= 12:
            month_first = True
    if day_first != month_first:
        return "day_first" if day_first else "month_first"
    return "ambiguous" if seen_any else "none"


_DAY_ORDER_PIECES = ["05", "13", "5", "31", "2001", "01", "/", ".", "-", " ", "?", "~", "c. ", "(?)", "0:00",
                     " 12:00:00 AM", "T", "１３", "／", "2001-02-03", "NA", "  ", "x"]


@given(st.lists(st.lists(st.sampled_from(_DAY_ORDER_PIECES), max_size=7).map("".join), max_size=6))
def test_day_order_is_judged_as_when_every_sample_was_normalised(samples):
    # the ASCII shortcut skips only texts that cannot hold NN/NN/YY once normalised and peeled
    assert detect_day_order(samples) == _day_order_by_every_sample(samples)


def test_day_order_of_marked_and_full_width_dates():
    for samples in (["13/05/2001?"], ["c. 05/13/2001"], ["１３/05/2001"], ["05／13／2001"],
                    ["(?)13.05.2001 0:00"], ["2001-02-03", "NA"]):
        assert detect_day_order(samples) == _day_order_by_every_sample(samples)
    assert detect_day_order(["13/05/2001?"]) == "day_first"
