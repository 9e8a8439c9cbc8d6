"""The days an event covers, as the loader computes them for a column of many plain dates (with numpy,
as the dates are read): the same days as each date's own ``PartialDate``, so events sit where their
dates say on the timeline, and "ends before it starts" is judged by the same days."""

from __future__ import annotations

import random

import pytest

from explorer.data.pack_loader import load_pack
from explorer.data.problems import PackInvalid
from explorer.domain.dates import PartialDate
from tests.packs import VALID_FILES, write_pack

EV = "events.csv"
_HEADER = VALID_FILES[EV].splitlines()[0]


def _date(rng: random.Random) -> str:
    """A plain date of any precision, leap days and month ends included, sometimes marked."""
    year = rng.choice([1000, 1600, 1900, 1970, 1999, 2000, 2004, 2023, 2024, 2100, 2200])
    month = rng.randint(1, 12)
    day = rng.choice([1, 28, 29, 30, 31])
    last = PartialDate(year, month).last_day.day
    day = min(day, last)
    text = rng.choice([f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"])
    return text + rng.choice(["", "", "", "~", "?"])


def _events(rows: list[tuple[str, str]]) -> str:
    lines = [_HEADER] + [f"e{i},Event {i},,agreement,signed,{start},{end},jp;eu,trade,Summary.,,src-b"
                         for i, (start, end) in enumerate(rows)]
    return "\n".join(lines) + "\n"


def _files(rows: list[tuple[str, str]]) -> dict[str, str | bytes | None]:
    """The test pack with these events only (the milestones and links of its own events left out)."""
    return {EV: _events(rows), "milestones.csv": "event_id,stage,date,source_id\n",
            "links.csv": "event_id,indicator_id\n"}


def test_a_pack_of_many_plain_dates_places_each_event_on_the_days_its_dates_cover(tmp_path):
    rng = random.Random(16)
    rows: list[tuple[str, str]] = []
    while len(rows) < 400:  # (well over the 64 distinct dates from which the loader uses numpy)
        start, end = _date(rng), _date(rng) if rng.random() < 0.7 else ""
        if end and PartialDate.parse(end).end_day < PartialDate.parse(start).start_day:
            start, end = end, start
        if end and PartialDate.parse(end).end_day < PartialDate.parse(start).start_day:
            continue
        rows.append((start, end))
    pack = load_pack(write_pack(tmp_path / "pack", _files(rows)))
    ev = pack.events.set_index("id")
    for i, (start, end) in enumerate(rows):
        s = PartialDate.parse(start)
        e = PartialDate.parse(end) if end else s
        assert (ev.at[f"e{i}", "start_day"], ev.at[f"e{i}", "end_day"]) == (s.start_day, e.end_day), (start, end)


@pytest.mark.parametrize(("start", "end", "before"), [
    ("2024-02-29", "2024-02", False),  # an end known to the month covers the month's last day
    ("2024-02-29", "2024-01", True),
    ("2023-12-31", "2023", False),     # an end known to the year covers 31 December
    ("2024-01-01", "2023~", True),
    ("1900-02", "1900-02-28", False),  # 1900 is no leap year: February's last day is the 28th
    ("2100-03-01", "2100-02", True),
])
def test_ends_before_it_starts_is_judged_by_the_days_each_date_covers(tmp_path, start, end, before):
    rng = random.Random(7)
    # many plain dates in both columns: the numpy path
    rows = [(f"{1500 + i}-0{1 + i % 9}", f"{1600 + i}-0{1 + i % 9}") for i in range(80)]
    rows.append((start, end))
    rows += [(_date(rng), "") for _ in range(20)]
    folder = write_pack(tmp_path / "pack", _files(rows))
    if not before:
        load_pack(folder)
        return
    with pytest.raises(PackInvalid) as info:
        load_pack(folder)
    assert [(p.row, p.column) for p in info.value.problems] == [(82, "end")]
    assert "ends before it starts" in info.value.report()
