"""A reopened pack's dates made through PartialDate's slots (``pack_cache._new_dates``): the same
dates as a first open, equal ones shared, and the constructor used wherever PartialDate is not
the class those setters were written for. No timing is asserted."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from benchmarks.generator import TIERS, generate_pack
from explorer.data import pack_cache
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import PartialDate
from explorer.paths import default_pack_path
from tests.data.test_pack_cache import FullLoads, assert_same_pack, fresh

DATE_COLUMNS = (("events", "start_date"), ("events", "end_date"), ("milestones", "date_value"))


pytestmark = pytest.mark.usefixtures("cache_every_pack")


def _dates(pack) -> list[list]:
    return [getattr(pack, table)[column].tolist() for table, column in DATE_COLUMNS]


def _assert_same_dates(expected, again) -> None:
    for a, b in zip(_dates(expected), _dates(again), strict=True):
        assert a == b
        assert [repr(d) for d in a] == [repr(d) for d in b]  # fields and their types alike
        assert [hash(d) for d in a if d is not None] == [hash(d) for d in b if d is not None]
        for d in b:
            if d is not None:
                assert type(d) is PartialDate
                with pytest.raises(dataclasses.FrozenInstanceError):
                    d.year = 1  # type: ignore[misc]


@pytest.mark.parametrize("setters", ["slots", "constructor"])
@pytest.mark.parametrize("which", ["default", "generated"])
def test_reopened_dates_are_the_first_opens_dates(tmp_path, monkeypatch, which, setters):
    if setters == "constructor":
        monkeypatch.setattr(pack_cache, "_date_setters", lambda: None)
    folder = (default_pack_path() if which == "default"
              else generate_pack(tmp_path / "S", TIERS["S"], seed=5))
    expected = fresh(folder, monkeypatch)
    full_loads = FullLoads(monkeypatch)
    load_pack(folder)
    pack_cache.wait_for_writes()
    again = load_pack(folder)
    assert full_loads.count == 1  # the second open came from the cache
    _assert_same_dates(expected, again)
    assert_same_pack(expected, again)
    # equal dates are one object across the columns, as the memo shares them
    seen: dict[PartialDate, int] = {}
    for column in _dates(again):
        for d in column:
            if d is not None:
                assert seen.setdefault(d, id(d)) == id(d)


def test_new_dates_as_the_constructor_makes_them():
    parts = np.array([(2019, 5, 1, 0, 0), (2019, 0, 0, 1, 0), (1945, 8, 0, 0, 1),
                      (2019, 5, 1, 0, 0)], dtype=np.int32)
    made = list(pack_cache._new_dates(parts, {}))
    assert made == [PartialDate(2019, 5, 1), PartialDate(2019, approximate=True),
                    PartialDate(1945, 8, uncertain=True), PartialDate(2019, 5, 1)]
    assert made[0] is made[3]
    assert [d.month for d in made] == [5, None, 8, 5] and made[1].approximate is True


def test_a_partial_date_class_of_another_shape_is_made_by_its_constructor(monkeypatch):
    @dataclasses.dataclass(frozen=True)
    class Other:  # no slots: the setters are not there
        year: int
        month: int | None = None
        day: int | None = None
        approximate: bool = False
        uncertain: bool = False

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:  # slots, but something runs after __init__
        year: int
        month: int | None = None
        day: int | None = None
        approximate: bool = False
        uncertain: bool = False

        def __post_init__(self) -> None:
            pass

    for cls in (Other, Checked):
        monkeypatch.setattr(pack_cache, "PartialDate", cls)
        pack_cache._date_setters.cache_clear()
        try:
            assert pack_cache._date_setters() is None
            made = list(pack_cache._new_dates(np.array([(2020, 2, 29, 0, 1)], np.int32), {}))
            assert made == [cls(2020, 2, 29, False, True)]
        finally:
            pack_cache._date_setters.cache_clear()
    monkeypatch.undo()
    assert pack_cache._date_setters() is not None


def test_new_dates_tell_every_field_apart_and_share_equal_ones():
    """The memo's keys (one integer per date) keep dates apart that differ in any one field at
    its bounds, and give the same object for equal parts within a column and across columns."""
    parts = [(1, 0, 0, 0, 0), (1, 12, 0, 0, 0), (1, 12, 31, 0, 0), (1, 1, 31, 0, 0),
             (1, 0, 0, 1, 0), (1, 0, 0, 0, 1), (1, 0, 0, 1, 1), (2, 0, 0, 0, 0),
             (9999, 12, 31, 1, 1), (2, 0, 0, 0, 0)]
    memo: dict[int, PartialDate] = {}
    made = list(pack_cache._new_dates(np.array(parts, dtype=np.int32), memo))
    assert made == [PartialDate(y, m or None, d or None, a == 1, u == 1) for y, m, d, a, u in parts]
    assert len({id(d) for d in made}) == len(set(parts)) == len(memo)
    assert made[7] is made[9]
    again = list(pack_cache._new_dates(np.array(parts[::-1], dtype=np.int32), memo))
    assert all(a is b for a, b in zip(again, made[::-1], strict=True))  # the memo's, not new ones
