"""A figure's period days, kept per distinct period (``Pack.observation_days``), not per figure:
every figure has its own period's days, a date filter keeps the figures it kept when the days were
per figure (years, fiscal years, quarters, months, days, spans), a reopen gives the same, and a
pack cache entry holding per-figure days (written before) is read again. Every scale the checks
allow is kept as written in its byte. No byte count is asserted."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from explorer.data import pack_cache
from explorer.data.pack_loader import load_pack
from explorer.domain.figures import format_figure
from explorer.paths import default_pack_path
from explorer.state.filtering import filter_observations, observation_mask
from explorer.state.filters import Filter
from tests.data.figure_days import figure_days
from tests.data.test_pack_cache import FullLoads
from tests.packs import VALID_FILES, write_pack

pytestmark = pytest.mark.usefixtures("cache_every_pack")

PERIODS = ("2023", "FY2024", "2024-Q2", "2024-06", "2024-06-11", "2018/2023", "../2035", "FY2023/FY2027",
           "2024-Q4", "1999-02")
SCALES = ("9", "12", "", "-3", "15", "0", "6", "3", "-12", "9")


def _figures(periods=PERIODS, scales=SCALES) -> str:
    head, *_rows = VALID_FILES["observations.csv"].splitlines()
    rows = [f"goods_exports,{'eu' if i % 2 else 'us'},jp,{p},{1 + i / 8},USD,{s},,nominal,src-b,"
            for i, (p, s) in enumerate(zip(periods, scales))]
    return "\n".join([head, *rows]) + "\n"


@pytest.fixture
def folder(tmp_path) -> Path:
    return write_pack(tmp_path / "pack", {"observations.csv": _figures()})


def _entry() -> Path:
    pack_cache.wait_for_writes()
    [entry] = [p for p in pack_cache.cache_root().iterdir() if not p.name.startswith(".")]
    return entry


def _kept_before(pack, f: Filter) -> np.ndarray:
    """``filter_observations`` as it was with the days per figure: overlap per figure, then the
    order by indicator, period start, reporter."""
    start, end = figure_days(pack)
    keep = np.ones(len(start), dtype=bool)
    if f.day_from is not None:
        keep &= end >= f.day_from
    if f.day_to is not None:
        keep &= start <= f.day_to
    rows = np.flatnonzero(keep)
    obs = pack.observations.iloc[rows]
    order = np.lexsort((obs["reporter"].to_numpy(dtype=str), start[rows],
                        obs["indicator_id"].to_numpy(dtype=str)))
    return rows[order]


def _edge_filters(pack) -> list[Filter]:
    """A filter from and to each period's first and last day, a day either side, and both."""
    start, end = figure_days(pack)
    days = sorted({int(d) + k for d in (*start, *end) for k in (-1, 0, 1)})
    return ([Filter()] + [Filter(day_from=d) for d in days] + [Filter(day_to=d) for d in days]
            + [Filter(day_from=a, day_to=b) for a, b in zip(days, days[len(days) // 3:])])


def test_every_figure_has_its_own_periods_days(folder):
    for pack in (load_pack(folder), load_pack(folder)):  # first open, then from its cache entry
        assert "period_start" not in pack.observations and "period_end" not in pack.observations
        start, end = pack.observation_days()
        want_start, want_end = figure_days(pack)
        assert start.dtype == end.dtype == np.int32
        assert np.array_equal(start, want_start) and np.array_equal(end, want_end)
        rows = np.array([7, 0, 3, 3])
        assert [a.tolist() for a in pack.observation_days(rows)] == [want_start[rows].tolist(),
                                                                     want_end[rows].tolist()]
        some = pack.observations_with_days(rows)
        assert some["period_start"].tolist() == want_start[rows].tolist()
        assert some["period"].tolist() == [PERIODS[r] for r in rows]


@pytest.mark.parametrize("which", ["test", "default"])
def test_a_date_filter_keeps_the_figures_it_kept_with_days_per_figure(folder, which):
    pack = load_pack(folder if which == "test" else default_pack_path())
    for f in _edge_filters(pack):
        assert filter_observations(pack, f).tolist() == _kept_before(pack, f).tolist(), f
        assert observation_mask(pack, f).dtype == bool


@pytest.mark.parametrize("cache_format", [9, pack_cache.CACHE_FORMAT])
def test_an_entry_holding_days_per_figure_is_read_again(folder, monkeypatch, cache_format):
    """An entry written before the days were kept per period (format 9: the figures' table with
    ``period_start`` and ``period_end``) is not served, even with the format number made current."""
    load_pack(folder)
    entry = _entry()
    header = json.loads((entry / pack_cache.HEADER).read_text(encoding="utf-8"))
    header["cache_format"] = cache_format
    columns = header["tables"]["observations"]["columns"]
    scale = next(c for c in columns if c["name"] == "scale")  # an int8 array of the figures' length
    columns += [dict(scale, name="period_start"), dict(scale, name="period_end")]
    (entry / pack_cache.HEADER).write_text(json.dumps(header), encoding="utf-8")
    loads = FullLoads(monkeypatch)
    again = load_pack(folder)
    assert loads.count == 1
    assert "period_start" not in again.observations
    assert np.array_equal(again.observation_days()[0], figure_days(again)[0])


def test_every_scale_the_checks_allow_is_kept_as_written(folder):
    """Scales from -12 to 15 (``SCALE_RANGE``), one byte each: the figures read the same on a
    first open and a reopen, none wrapped."""
    want = [int(s or 0) for s in SCALES]
    for pack in (load_pack(folder), load_pack(folder)):
        obs = pack.observations
        assert obs["scale"].dtype == np.int8 and obs["scale"].tolist() == want
        shown = [format_figure(v, u, int(s), q) for v, u, s, q in zip(
            obs["value"], obs["unit"], obs["scale"], obs["qualifier"])]
        assert shown == [format_figure(1 + i / 8, "USD", s, "") for i, s in enumerate(want)]


@pytest.mark.parametrize("which", ["test", "default"])
def test_an_indicators_last_figures_are_the_sorted_frames_last(folder, which):
    """``last_observations`` (the Details card's latest figures): the very records, ties included,
    that sorting the indicator's figures by their period's last day and taking the tail gives."""
    pack = load_pack(folder if which == "test" else default_pack_path())
    for rows in pack.observation_rows_by_indicator.values():
        want = pack.observations_with_days(rows).sort_values("period_end").tail(3)
        assert list(pack.last_observations(rows, 3).itertuples()) == list(want.itertuples())
    assert pack.last_observations([], 3).empty
