"""Dates and periods as users publish them in spreadsheets, read into the pack's notation.

Pure functions over one cell's text (the import engine calls them per distinct text and caches the
result). Precision and markers are data: ``Oct 2001`` stays a month, ``c. 2001`` stays an approximate
year; a day or month is never invented and a century never guessed. Anything unreadable raises
``ValueProblem`` with a message the person who typed the cell understands.

Forms read by :func:`parse_messy_date` (after an optional ``c.``/``circa``/``about``/``~`` prefix and
a trailing ``~``, ``?``, ``(?)``, ``%`` or ``頃``):

- ISO with reduced precision ``2019``, ``2019-02``, ``2019-02-01``; unpadded ``1953-05-5`` (noted);
  ISO date-times (the day is kept); ``XX`` for unknown parts (``1964-06-XX`` is June 1964); a day
  without its month keeps only the year (noted); trailing separators are dropped (noted).
- ``YYYY/MM/DD``, ``YYYY/MM``, ``YYYY.MM`` (``2001.1`` is January, ``2001.10`` October).
- ``DD/MM/YYYY`` or ``MM/DD/YYYY`` with ``/``, ``.`` or ``-``, as ``DateOptions.order`` says; with
  ``"auto"`` only unambiguous ones (a number over 12, or day equal to month), otherwise
  :class:`AmbiguousDayOrder`.
- English month names: ``Jan 2001``, ``January-2001``, ``1 January 2001``, ``January 1st, 2001``,
  ``01-Jan-2001``, ``2001 Jan 5``; Japanese ``2001年10月5日``, ``2001年10月``, ``2001年`` and era years
  (``平成13年`` is 2001, noted).
- Ranges ``A..B``. An open end (``2019..``, or an end that is a sentinel) gives the start with a
  note; an open start (``..2019``) is a ValueProblem, because an event cannot be placed without it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from explorer.domain.dates import MAX_YEAR, MIN_YEAR, PartialDate, Period, Precision
from explorer.domain.errors import ValueProblem

DayOrder = Literal["auto", "day_first", "month_first"]

NOTE_DAY_WITHOUT_MONTH = "day given without month: kept the year"
NOTE_OPEN_END = "open-ended range: no end date given"
NOTE_BOTH_MARKERS = "marked both approximate and uncertain: kept approximate"
NOTE_TIME_DROPPED = "time of day dropped"

_NOT_A_DATE = "not a date; expected a form like 2001, 2001-10, 2001-10-05, 5 Oct 2001 or 05/10/2001"
_TWO_DIGIT_YEAR = "two-digit year: write the century"
_YEAR_OUTSIDE = f"year outside {MIN_YEAR}-{MAX_YEAR} (name it as a sentinel if it means open-ended)"
_UNKNOWN_YEAR_DIGITS = "year with unknown digits: write the year, marked ~ if approximate"

_MONTHS: dict[str, int] = {}
for _i, _name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                            "august", "september", "october", "november", "december"), start=1):
    _MONTHS[_name] = _i
    _MONTHS[_name[:3]] = _i
_MONTHS["sept"] = 9
# Words that may surround a written date without changing it ("Monday, 1st of January 2001").
_FILLER_WORDS = frozenset({"of", "the", "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday",
                           "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday",
                           "sun", "sunday"})
# Japanese eras: first Gregorian year and how many years each lasted (Reiwa is open).
_ERAS = {"明治": (1868, 45), "大正": (1912, 15), "昭和": (1926, 64), "平成": (1989, 31), "令和": (2019, 0)}

_APPROX_PREFIX_RE = re.compile(
    r"(?i)(?:circa|approximately|approx\.?|about|around|ca\.?|c\.?|~|約)\s*(?=\S)")
_MARKER_SUFFIX_RE = re.compile(r"\s*(\(\?\)|[~?%]|頃|ごろ)$")
_ISO_RE = re.compile(r"(\d{4})(?:-(\d{1,2}|[Xx]{1,2})(?:-(\d{1,2}|[Xx]{1,2}))?)?([-./]+)?")
_ISO_TIME_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ]\s*(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:Z|[+-]\d{2}:?\d{2})?")
_YEAR_FIRST_RE = re.compile(r"(\d{4})([/.])(\d{1,2})(?:\2(\d{1,2}))?")
_YEAR_FLOAT_RE = re.compile(r"(\d{4})\.0+")
# NN/NN/YYYY, the same separator twice; Excel's CSV export adds " 0:00" or " 12:00:00 AM".
_NUMERIC_DMY_RE = re.compile(
    r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})"
    r"(?:[ T]\s*(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:\s*[AaPp]\.?[Mm]\.?)?)?")
_NUMERIC_DMY_PART_RE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}")  # what every _NUMERIC_DMY_RE match holds
_JAPANESE_RE = re.compile(
    r"(?:(明治|大正|昭和|平成|令和)\s*(\d{1,2}|元)|(\d{4}))\s*年"
    r"(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?")
_WORDY_RE = re.compile(r"[A-Za-z0-9\s,./\-]+")
_TOKEN_RE = re.compile(r"(\d+)(?:st|nd|rd|th)?|([A-Za-z]+)")
_TIME_ZERO_RE = re.compile(r"[0:.]+")
_HAS_UNKNOWN_YEAR_RE = re.compile(r"[0-9Xx]{4}(?:[-/.].*)?")
_QUARTER_HINT_RE = re.compile(r"(?i).*(?:\bq|\dq)\d\b.*")
_FISCAL_HINT_RE = re.compile(r"(?i)fy\s*-?\s*\d+|\d{4}\s*年度")
_RANGE_HINT_RE = re.compile(r"\d{4}\s*[-–—/]\s*\d{4}")
_NO_YEAR_RE = re.compile(r"\d{1,2}[/.\-]\d{1,2}")
_PERIOD_QUARTER_RE = re.compile(
    r"(\d{4})\s*[-/:. ]?\s*[Qq](\d)|[Qq](\d)\s*[-/:. ]?\s*(\d{4})|(\d{4})\s*年\s*第?\s*(\d)\s*四半期")
_PERIOD_IMF_MONTH_RE = re.compile(r"(\d{4})\s*[Mm]\s*(\d{1,2})")
_PERIOD_FISCAL_RE = re.compile(r"(?i)fy\s*-?\s*(\d{4})|(\d{4})\s*年度")
_PERIOD_FISCAL_SHORT_RE = re.compile(r"(?i)fy\s*-?\s*'?\d{2}")


@dataclass(frozen=True)
class DateOptions:
    """How a file writes its dates; decided per file (``order``) or named by the user (tokens)."""

    order: DayOrder = "auto"  # for NN/NN/YYYY: decided per file by detect_day_order, or given
    sentinels: frozenset[str] = frozenset()  # texts the user named as "no date / open-ended"
    missing: frozenset[str] = frozenset({"", "NA", "N/A", "n/a", "..", "...", "-", "—", "–"})


@dataclass(frozen=True)
class MessyDate:
    """A date read from a cell: a start, an end for ranges, and what the reader had to do."""

    start: PartialDate
    end: PartialDate | None = None
    note: str = ""  # empty when the text was read as written


class AmbiguousDayOrder(ValueProblem):
    """``03/04/2001`` with no day order known: the caller asks the user which way round."""


def parse_messy_date(text: str, options: DateOptions = DateOptions()) -> MessyDate | None:
    """Read one cell as a date or range; None for missing tokens and sentinels."""
    if not isinstance(text, str):
        raise ValueProblem("not a date", repr(text))
    s = text.strip()
    if s in options.missing or s in options.sentinels:
        return None
    if ".." not in s:
        plain = _plain_iso(s)  # most cells of a real file: read without the general parser
        if plain is not None:
            return MessyDate(plain, None, "")
        date, notes = _parse_single(s, options, text)
        return MessyDate(date, None, _join(notes))
    head, _, tail = s.partition("..")
    head, tail = head.strip(), tail.strip()
    if tail.startswith(".") or ".." in tail:
        raise ValueProblem(_NOT_A_DATE, text)
    if not head or head in options.missing or head in options.sentinels:
        raise ValueProblem("range without a start: write the start date before '..'", text)
    start, notes = _parse_single(head, options, text)
    if not tail or tail in options.missing or tail in options.sentinels:
        return MessyDate(start, None, _join([*notes, NOTE_OPEN_END]))
    end, end_notes = _parse_single(tail, options, text)
    if end.end_day < start.start_day:
        raise ValueProblem("range ends before it starts", text)
    return MessyDate(start, end, _join([*notes, *end_notes]))


def date_from_parts(year: str, month: str = "", day: str = "",
                    options: DateOptions = DateOptions()) -> MessyDate | None:
    """A date split over year, month and day columns; month/day may be empty or ``XX``."""
    found = " ".join(p.strip() for p in (year, month, day) if isinstance(p, str) and p.strip())
    y_text, m_text, d_text = (p.strip() if isinstance(p, str) else "" for p in (year, month, day))
    m_known = not _part_unknown(m_text, options)
    d_known = not _part_unknown(d_text, options)
    if not y_text or y_text in options.missing or y_text in options.sentinels:
        if m_known or d_known:
            raise ValueProblem("month without a year" if m_known else "day without a year", found)
        return None
    core, approximate, uncertain, notes = _peel_markers(_normalize(y_text))
    if _YEAR_FLOAT_RE.fullmatch(core):  # a year column read as floats writes 2001.0
        core = core.partition(".")[0]
    if not re.fullmatch(r"\d{4}", core):
        raise ValueProblem(_explain_bad_year(core), found)
    month_no = _month_number(_normalize(m_text), found) if m_known else None
    day_no = _day_number(_normalize(d_text), found) if d_known else None
    if month_no is None and day_no is not None:
        notes.append(NOTE_DAY_WITHOUT_MONTH)
        day_no = None
    start = _build(int(core), month_no, day_no, approximate, uncertain, found)
    return MessyDate(start, None, _join(notes))


def surely_no_numeric_dmy(samples: Iterable[str]) -> bool:
    """True when no sample can be an NN/NN/YYYY date, checked in one search over them all: every
    sample is ASCII and none holds NN/NN/YY (``detect_day_order`` then says ``"none"``)."""
    joined = "\n".join(samples)  # (the pattern cannot match across a line break)
    return joined.isascii() and _DMY_START_RE.search(joined) is None


# Where a counted NN/NN/YYYY date starts in an ASCII sample: after the start, a space or a prefix
# marker, never after a digit (which rules out the "19-02-01" inside "2019-02-01").
_DMY_START_RE = re.compile(r"(?<![0-9])[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{2}")


def detect_day_order(samples: Iterable[str]) -> Literal["day_first", "month_first", "ambiguous", "none"]:
    """Which way round a file writes NN/NN/YYYY dates, judged from all of its samples.

    A first number over 12 proves day-first, a second one over 12 month-first; both seen (a mixed
    file) or only pairs up to 12 is ``"ambiguous"``; no such dates at all is ``"none"``.
    """
    seen_any = day_first = month_first = False
    for text in samples:
        if not isinstance(text, str) or _PLAIN_ISO_RE.fullmatch(text):  # 2019-02-01 is no NN/NN/YYYY
            continue
        if text.isascii() and _NUMERIC_DMY_PART_RE.search(text) is None:
            continue  # ASCII text is its own normal form: without NN/NN/YY in it, no marker peels one out
        m = _NUMERIC_DMY_RE.fullmatch(_strip_markers_quietly(text))
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


def parse_messy_period(text: str, options: DateOptions = DateOptions(), *, as_precision: str = "") -> str | None:
    """Read one cell as an observation period in the pack's notation (``2001``, ``FY2001``,
    ``2001-Q3``, ``2001-10``, ``2001-10-05``); None for missing tokens and sentinels.

    ``as_precision`` ("year" or "month") truncates a finer result: an annual file that writes
    ``1971-01-01`` means the year 1971. A fiscal year is not a finer calendar year: it stays.
    Markers (``~``, ``?``, ``c.``) and ranges are ValueProblems: a value belongs to one exact period.
    """
    if as_precision not in ("", "year", "month"):
        raise ValueError(f"as_precision must be '', 'year' or 'month', not {as_precision!r}")
    if not isinstance(text, str):
        raise ValueProblem("not a period", repr(text))
    s = text.strip()
    if s in options.missing or s in options.sentinels:
        return None
    if ".." in s:
        raise ValueProblem("periods cannot be ranges: one period per row", text)
    core, approximate, uncertain, _ = _peel_markers(_normalize(s))
    if approximate or uncertain:
        raise ValueProblem("periods cannot be approximate", text)
    label = _period_only_form(core, text)
    if label is None:
        notes: list[str] = []
        date = _build(*_read_core(core, options, text, notes), False, False, text)
        if NOTE_DAY_WITHOUT_MONTH in notes:
            raise ValueProblem("day given without month: not a period", text)
        if as_precision == "year" or (as_precision == "month" and date.precision is Precision.YEAR):
            label = f"{date.year:04d}"
        elif as_precision == "month" or date.precision is Precision.MONTH:
            label = f"{date.year:04d}-{date.month:02d}"
        else:
            label = date.iso()
    elif as_precision == "year" and "Q" in label:
        label = label[:4]
    try:  # the pack's own grammar and bounds have the last word
        return Period.parse(label).label()
    except ValueProblem as e:
        raise ValueProblem(_YEAR_OUTSIDE if e.message.startswith("year outside") else e.message, text) from None


def _period_only_form(core: str, text: str) -> str | None:
    """Quarters, IMF months and fiscal years, which are periods but not dates; None otherwise."""
    m = _PERIOD_QUARTER_RE.fullmatch(core)
    if m is not None:
        year, quarter = (m[1], m[2]) if m[1] else (m[4], m[3]) if m[3] else (m[5], m[6])
        if not "1" <= quarter <= "4":
            raise ValueProblem(f"no quarter {quarter}", text)
        return f"{year}-Q{quarter}"
    m = _PERIOD_IMF_MONTH_RE.fullmatch(core)
    if m is not None:
        return f"{m[1]}-{int(m[2]):02d}"
    m = _PERIOD_FISCAL_RE.fullmatch(core)
    if m is not None:
        return f"FY{m[1] or m[2]}"
    if _PERIOD_FISCAL_SHORT_RE.fullmatch(core):
        raise ValueProblem(_TWO_DIGIT_YEAR, text)
    return None


_PLAIN_ISO_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _plain_iso(s: str) -> PartialDate | None:
    """``2019``, ``2019-02`` or ``2019-02-01`` that is a real date, else None (the general parser
    then reads it, or says what is wrong). What the general parser makes of such a text, sooner."""
    parts = plain_iso_parts(s)
    return None if parts is None else PartialDate(*parts)


def plain_iso_parts(s: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a plain ISO date that is a real date (``_plain_iso``), else None."""
    m = _PLAIN_ISO_RE.fullmatch(s)
    if m is None:
        return None
    year = int(m[1])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if m[2] is None:
        return (year, None, None)
    month = int(m[2])
    if not 1 <= month <= 12:
        return None
    if m[3] is None:
        return (year, month, None)
    day = int(m[3])
    if not 1 <= day <= month_days(year, month):
        return None
    return (year, month, day)


def plain_iso_problem(s: str) -> str | None:
    """What ``parse_messy_date`` says of a plain ASCII ISO date in its years that is no real date
    (``2001-06-31``, ``2001-13``): the calendar's words, without the general parser's steps, which
    end in the same check. None for any other text."""
    m = _PLAIN_ISO_RE.fullmatch(s)
    if m is None or not MIN_YEAR <= int(m[1]) <= MAX_YEAR:
        return None
    try:
        PartialDate.parse(s)  # (what _build asks of the general parser's year, month and day)
    except ValueProblem as e:
        return e.message
    return None


def month_days(year: int, month: int) -> int:
    return _MONTH_DAYS[month - 1] + (month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))


def _parse_single(s: str, options: DateOptions, text: str) -> tuple[PartialDate, list[str]]:
    core, approximate, uncertain, notes = _peel_markers(_normalize(s))
    year, month, day = _read_core(core, options, text, notes)
    return _build(year, month, day, approximate, uncertain, text), notes


def _normalize(s: str) -> str:
    # NFKC turns full-width digits, "～" and "？" into ASCII; spreadsheets are full of them.
    s = unicodedata.normalize("NFKC", s)
    return " ".join(s.split())


def _peel_markers(s: str) -> tuple[str, bool, bool, list[str]]:
    """Split ``c. 2001?`` into the date text and its approximate/uncertain markers."""
    approximate = uncertain = False
    m = _APPROX_PREFIX_RE.match(s)
    if m is not None:
        approximate, s = True, s[m.end():]
    for _ in range(3):
        m = _MARKER_SUFFIX_RE.search(s)
        if m is None:
            break
        mark = m[1]
        approximate |= mark in ("~", "%", "頃", "ごろ")
        uncertain |= mark in ("?", "(?)", "%")
        s = s[:m.start()]
    notes: list[str] = []
    if approximate and uncertain:  # PartialDate holds one marker, as the pack notation does
        notes.append(NOTE_BOTH_MARKERS)
        uncertain = False
    return s.strip(), approximate, uncertain, notes


def _strip_markers_quietly(text: str) -> str:
    return _peel_markers(_normalize(text))[0]


def _read_core(core: str, options: DateOptions, text: str, notes: list[str]) -> tuple[int, int | None, int | None]:
    """Year, month and day of a date text without markers; appends what was done to notes."""
    m = _ISO_RE.fullmatch(core)
    if m is not None:
        return _read_iso(m, notes)
    m = _ISO_TIME_RE.fullmatch(core)
    if m is not None:
        if not _TIME_ZERO_RE.fullmatch(m[4]):
            notes.append(NOTE_TIME_DROPPED)
        return int(m[1]), int(m[2]), int(m[3])
    if _YEAR_FLOAT_RE.fullmatch(core):  # 2001.0: a year read as a float, not month 0
        notes.append(f"read {core} as the year {core[:4]}")
        return int(core[:4]), None, None
    m = _YEAR_FIRST_RE.fullmatch(core)
    if m is not None:
        return int(m[1]), int(m[3]), int(m[4]) if m[4] else None
    m = _NUMERIC_DMY_RE.fullmatch(core)
    if m is not None:
        return _read_numeric_dmy(m, options, text, notes)
    m = _JAPANESE_RE.fullmatch(core)
    if m is not None:
        return _read_japanese(m, text, notes)
    if _WORDY_RE.fullmatch(core) and any(c.isalpha() for c in core):
        return _read_words(core, text)
    raise ValueProblem(_explain_not_a_date(core), text)


def _read_iso(m: re.Match[str], notes: list[str]) -> tuple[int, int | None, int | None]:
    year, month_text, day_text, junk = m[1], m[2], m[3], m[4]
    if junk:
        notes.append(f"ignored trailing {junk!r}")
    month = None if month_text is None or month_text[0] in "Xx" else int(month_text)
    day = None if day_text is None or day_text[0] in "Xx" else int(day_text)
    if month is None and day is not None:
        notes.append(NOTE_DAY_WITHOUT_MONTH)
        day = None
    unpadded_month = month is not None and len(month_text) == 1
    if unpadded_month or (day is not None and len(day_text) == 1):
        padded = year + (f"-{month:02d}" if month is not None else "") + (f"-{day:02d}" if day is not None else "")
        notes.append(f"single-digit month or day read as {padded}")
    return int(year), month, day


def _read_numeric_dmy(m: re.Match[str], options: DateOptions, text: str,
                      notes: list[str]) -> tuple[int, int | None, int | None]:
    if len(m[4]) == 2:
        raise ValueProblem(_TWO_DIGIT_YEAR, text)
    a, b, year = int(m[1]), int(m[3]), int(m[4])
    if m[5] and not _TIME_ZERO_RE.fullmatch(m[5]):
        notes.append(NOTE_TIME_DROPPED)
    order = options.order
    if order == "auto":
        if a == 0 or b == 0:
            raise ValueProblem("impossible date: day or month 0", text)
        if a > 12 and b > 12:
            raise ValueProblem(f"impossible date: neither {a} nor {b} can be a month"
                               if a != b else f"impossible date: {a} cannot be a month", text)
        if a <= 12 and b <= 12 and a != b:
            raise AmbiguousDayOrder(
                "day and month could be either way round: say whether dates are day-first or month-first", text)
        order = "day_first" if a > 12 or a == b else "month_first"
    day, month = (a, b) if order == "day_first" else (b, a)
    if month > 12:
        hint = "day/month/year" if order == "day_first" else "month/day/year"
        raise ValueProblem(f"impossible date: no month {month} (read as {hint})", text)
    return year, month, day


def _read_japanese(m: re.Match[str], text: str, notes: list[str]) -> tuple[int, int | None, int | None]:
    if m[1]:
        first, length = _ERAS[m[1]]
        n = 1 if m[2] == "元" else int(m[2])
        if n < 1 or (length and n > length):
            raise ValueProblem(f"impossible date: {m[1]} has years 1-{length}" if length
                               else "impossible date: no year 0", text)
        year = first + n - 1
        notes.append(f"Japanese era year {m[1]}{m[2]} read as {year}")
    else:
        year = int(m[3])
    return year, int(m[4]) if m[4] else None, int(m[5]) if m[5] else None


def _read_words(core: str, text: str) -> tuple[int, int | None, int | None]:
    """Dates written with an English month name, in day-month-year, month-day-year or year-month-day order."""
    shape: list[str] = []
    numbers: list[str] = []
    month: int | None = None
    for number, word in _TOKEN_RE.findall(core):
        if word:
            w = word.lower()
            if w in _FILLER_WORDS:
                continue
            if w not in _MONTHS or month is not None:
                raise ValueProblem(_explain_not_a_date(core), text)
            month = _MONTHS[w]
            shape.append("M")
        else:
            numbers.append(number)
            shape.append("Y" if len(number) == 4 else "D" if len(number) <= 2 else "?")
    pattern = "".join(shape)
    if pattern in ("MY", "YM"):
        return int(numbers[0]), month, None
    if pattern in ("DMY", "MDY", "YMD"):
        year_text, day_text = (numbers[0], numbers[1]) if pattern == "YMD" else (numbers[1], numbers[0])
        return int(year_text), month, int(day_text)
    if "Y" not in pattern and any(len(n) == 2 for n in numbers):
        raise ValueProblem(_TWO_DIGIT_YEAR, text)
    if "Y" not in pattern and month is not None:
        raise ValueProblem("no year: write the year in full", text)
    raise ValueProblem(_explain_not_a_date(core), text)


def _explain_not_a_date(core: str) -> str:
    """The most useful message for a text no form matched."""
    if _HAS_UNKNOWN_YEAR_RE.fullmatch(core) and "x" in core[:4].lower():
        return _UNKNOWN_YEAR_DIGITS
    if _QUARTER_HINT_RE.fullmatch(core):
        return "a quarter is a period, not a date: give the month or day, or import it as a period"
    if _FISCAL_HINT_RE.fullmatch(core):
        return "a fiscal year is a period, not a date: import it as a period"
    if core.isdigit():
        if len(core) == 2:
            return _TWO_DIGIT_YEAR
        if len(core) in (1, 3):
            return _YEAR_OUTSIDE
        if len(core) == 5:
            return "looks like a spreadsheet day number: format the column as dates before exporting"
    if _RANGE_HINT_RE.fullmatch(core):
        return "looks like a range: write it as start..end (2001..2002)"
    if _NO_YEAR_RE.fullmatch(core):
        return "no year: write the year in full"
    return _NOT_A_DATE


def _explain_bad_year(core: str) -> str:
    if not core:
        return "not a year"
    if "X" in core or "x" in core:
        return _UNKNOWN_YEAR_DIGITS
    if core.isdigit():
        return _TWO_DIGIT_YEAR if len(core) == 2 else _YEAR_OUTSIDE
    return "not a year"


def _part_unknown(part: str, options: DateOptions) -> bool:
    return not part or part in options.missing or part in ("X", "XX", "x", "xx", "?", "??")


def _month_number(part: str, found: str) -> int:
    name = part.rstrip(".").lower()
    if name in _MONTHS:
        return _MONTHS[name]
    m = re.fullmatch(r"(\d{1,2})(?:\.0+|月)?", part)
    if m is None:
        raise ValueProblem("not a month: expected 1-12 or a month name", found)
    return int(m[1])


def _day_number(part: str, found: str) -> int:
    m = re.fullmatch(r"(\d{1,2})(?:\.0+|日|st|nd|rd|th)?", part)
    if m is None:
        raise ValueProblem("not a day of the month", found)
    return int(m[1])


def _build(year: int, month: int | None, day: int | None, approximate: bool, uncertain: bool,
           text: str) -> PartialDate:
    """A checked PartialDate; PartialDate.parse does the calendar checks so both paths agree."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueProblem(_YEAR_OUTSIDE, text)
    iso = f"{year:04d}" + (f"-{month:02d}" if month is not None else "") + (f"-{day:02d}" if day is not None else "")
    try:
        date = PartialDate.parse(iso)
    except ValueProblem as e:
        raise ValueProblem(e.message, text) from None
    if approximate or uncertain:
        return PartialDate(date.year, date.month, date.day, approximate=approximate, uncertain=uncertain)
    return date


def _join(notes: list[str]) -> str:
    return "; ".join(notes)
