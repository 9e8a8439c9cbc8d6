"""Dates and periods with reduced precision.

A pack states dates as published: ``2019``, ``2019-02`` or ``2019-02-01``, optionally marked approximate
(``~``) or uncertain (``?``). The precision is data: a date known to the month covers the whole month,
it is never silently turned into the 1st. Every date is therefore an *interval* of days; sorting and
vectorised filtering use the interval's first and last day as integer day numbers (days since
1970-01-01, the same unit as ``numpy.datetime64[D]``).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass, replace
from enum import IntEnum

from explorer.domain.errors import ValueProblem
from explorer.domain.labels import MONTH_ABBR_EN as _MONTH_ABBR

_EPOCH = _dt.date(1970, 1, 1).toordinal()
# Years outside this range are almost certainly typos (or 9999 "open-ended" markers) in a briefing;
# real treaty lists reach back to the 14th century.
MIN_YEAR, MAX_YEAR = 1000, 2200

_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?])?")
_PERIOD_RE = re.compile(
    r"(?:(FY)(\d{4})|(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?)"
)


class Precision(IntEnum):
    """How much of a date is known; larger is finer."""

    YEAR = 1
    MONTH = 2
    DAY = 3


def day_number(d: _dt.date) -> int:
    """Days since 1970-01-01 (numpy datetime64[D] units)."""
    return d.toordinal() - _EPOCH


def date_from_day_number(n: int) -> _dt.date:
    return _dt.date.fromordinal(int(n) + _EPOCH)


def _check_year(year: int, text: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueProblem(f"year outside {MIN_YEAR}-{MAX_YEAR}", text)


def _check_month_day(year: int, month: int | None, day: int | None, text: str) -> None:
    if month is not None and not 1 <= month <= 12:
        raise ValueProblem("impossible date: no month " + str(month), text)
    if day is not None:
        assert month is not None
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise ValueProblem(
                f"impossible date: {_MONTH_ABBR[month - 1]} {year} has {last} days", text
            )


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to a year, month or day, possibly approximate or uncertain."""

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False
    uncertain: bool = False

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` with an optional trailing ``~`` or ``?``.

        Raises ValueProblem (the loader's own error) for anything else.
        """
        if not isinstance(text, str):
            raise ValueProblem("not a date", repr(text))
        s = text.strip()
        m = _DATE_RE.fullmatch(s)
        if m is None:
            raise ValueProblem("not a date; expected YYYY, YYYY-MM or YYYY-MM-DD, then ~ or ?", text)
        year = int(m[1])
        month = int(m[2]) if m[2] else None
        day = int(m[3]) if m[3] else None
        _check_year(year, text)
        _check_month_day(year, month, day, text)
        return cls(year, month, day, approximate=m[4] == "~", uncertain=m[4] == "?")

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> _dt.date:
        if self.day is not None:
            return self.first_day
        if self.month is not None:
            return _dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return _dt.date(self.year, 12, 31)

    @property
    def start_day(self) -> int:
        """First day covered, as a day number."""
        return day_number(self.first_day)

    @property
    def end_day(self) -> int:
        """Last day covered (inclusive), as a day number."""
        return day_number(self.last_day)

    def sort_key(self) -> tuple[int, int, int]:
        # Coarser dates sort before the finer dates they contain (2019 < 2019-01 < 2019-01-01).
        return (self.start_day, int(self.precision), -self.end_day)

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: PartialDate) -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: PartialDate) -> bool:
        return self.sort_key() >= other.sort_key()

    @property
    def marker(self) -> str:
        return "~" if self.approximate else "?" if self.uncertain else ""

    def iso(self) -> str:
        """The pack notation, round-trippable through ``parse``."""
        s = f"{self.year:04d}"
        if self.month is not None:
            s += f"-{self.month:02d}"
        if self.day is not None:
            s += f"-{self.day:02d}"
        return s + self.marker

    def display(self) -> str:
        """As published: ``2019``, ``Feb 2019``, ``1 Feb 2019``; ``c. `` / `` (?)`` for markers."""
        if self.day is not None:
            s = f"{self.day} {_MONTH_ABBR[self.month - 1]} {self.year}"  # type: ignore[operator]
        elif self.month is not None:
            s = f"{_MONTH_ABBR[self.month - 1]} {self.year}"
        else:
            s = str(self.year)
        if self.approximate:
            return "c. " + s
        if self.uncertain:
            return s + " (?)"
        return s

    def __str__(self) -> str:
        return self.display()


def parse_bound(text: str, *, upper: bool) -> int:
    """A filter bound (``--from 2019``, ``--to 2023-06``) as an inclusive day number.

    A lower bound starts at the first day of what was written, an upper bound ends at its last day,
    so ``--from 2019 --to 2019`` means the whole of 2019.
    """
    d = PartialDate.parse(text)
    return d.end_day if upper else d.start_day


class PeriodKind(IntEnum):
    YEAR = 1
    FISCAL_YEAR = 2
    QUARTER = 3
    MONTH = 4
    DAY = 5


@dataclass(frozen=True, slots=True)
class Period:
    """The period an observation refers to: ``2024``, ``FY2024``, ``2024-Q2``, ``2024-06``, ``2024-06-11``.

    ``FY2024`` is a Japanese fiscal year (April 2024 to March 2025), the convention of the figures
    this tool is built for; the label is always shown as published.
    """

    kind: PeriodKind
    year: int
    sub: int = 0  # quarter or month number
    day: int = 0
    # A span ("2018/2023": a change over five years, a cumulative total) ends with this period and
    # starts with ``start``; "../2035" (a total "through 2035" whose start is not stated) has an
    # open start. Such a figure is never a value *of* its last period.
    start: Period | None = None
    open_start: bool = False

    @classmethod
    def parse(cls, text: str) -> Period:
        if not isinstance(text, str):
            raise ValueProblem("not a period", repr(text))
        s = text.strip()
        if "/" in s:
            first, _, last = s.partition("/")
            end = cls._parse_one(last.strip(), text)
            if first.strip() == "..":
                return replace(end, open_start=True)
            begin = cls._parse_one(first.strip(), text)
            if begin.start_day > end.start_day:
                raise ValueProblem("a span must start before it ends", text)
            return replace(end, start=begin)
        return cls._parse_one(s, text)

    @classmethod
    def _parse_one(cls, s: str, text: str) -> Period:
        m = _PERIOD_RE.fullmatch(s)
        if m is None:
            raise ValueProblem(
                "not a period; expected YYYY, FYYYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD "
                "(or a span: FIRST/LAST, ../LAST)", text
            )
        if m[1]:
            year = int(m[2])
            _check_year(year, text)
            return cls(PeriodKind.FISCAL_YEAR, year)
        year = int(m[3])
        _check_year(year, text)
        if m[4]:
            return cls(PeriodKind.QUARTER, year, int(m[4]))
        if m[5]:
            month = int(m[5])
            day = int(m[6]) if m[6] else None
            _check_month_day(year, month, day, text)
            if day is None:
                return cls(PeriodKind.MONTH, year, month)
            return cls(PeriodKind.DAY, year, month, day)
        return cls(PeriodKind.YEAR, year)

    @property
    def first_day(self) -> _dt.date:
        if self.open_start:  # not stated: it may have begun any time before its end
            return _dt.date(MIN_YEAR, 1, 1)
        if self.start is not None:
            return self.start.first_day
        k = self.kind
        if k is PeriodKind.YEAR:
            return _dt.date(self.year, 1, 1)
        if k is PeriodKind.FISCAL_YEAR:
            return _dt.date(self.year, 4, 1)
        if k is PeriodKind.QUARTER:
            return _dt.date(self.year, 3 * self.sub - 2, 1)
        if k is PeriodKind.MONTH:
            return _dt.date(self.year, self.sub, 1)
        return _dt.date(self.year, self.sub, self.day)

    @property
    def last_day(self) -> _dt.date:
        k = self.kind
        if k is PeriodKind.YEAR:
            return _dt.date(self.year, 12, 31)
        if k is PeriodKind.FISCAL_YEAR:
            return _dt.date(self.year + 1, 3, 31)
        if k is PeriodKind.QUARTER:
            m = 3 * self.sub
            return _dt.date(self.year, m, calendar.monthrange(self.year, m)[1])
        if k is PeriodKind.MONTH:
            return _dt.date(self.year, self.sub, calendar.monthrange(self.year, self.sub)[1])
        return self.first_day

    @property
    def start_day(self) -> int:
        return day_number(self.first_day)

    @property
    def end_day(self) -> int:
        return day_number(self.last_day)

    def label(self) -> str:
        if self.open_start:
            return f"../{self._own_label()}"
        if self.start is not None:
            return f"{self.start.label()}/{self._own_label()}"
        return self._own_label()

    def display(self) -> str:
        """As readers read it: "2018–2023", "through 2035"; a single period as written."""
        if self.open_start:
            return f"through {self._own_label()}"
        if self.start is not None:
            return f"{self.start.label()}–{self._own_label()}"
        return self._own_label()

    @property
    def is_span(self) -> bool:
        return self.open_start or self.start is not None

    def _own_label(self) -> str:
        k = self.kind
        if k is PeriodKind.YEAR:
            return str(self.year)
        if k is PeriodKind.FISCAL_YEAR:
            return f"FY{self.year}"
        if k is PeriodKind.QUARTER:
            return f"{self.year}-Q{self.sub}"
        if k is PeriodKind.MONTH:
            return f"{self.year}-{self.sub:02d}"
        return f"{self.year}-{self.sub:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.label()
