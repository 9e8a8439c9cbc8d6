"""Timeline layout without Qt: lanes, placements, visible queries, stacking, labels, ticks,
density, milestone tracks and eras."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from explorer.charts import timeline_layout as tl
from explorer.data.pack_loader import load_pack
from explorer.data.pack_schema import DOMAINS
from explorer.domain.dates import Precision, day_number
from explorer.paths import default_pack_path
from tests.packs import VALID_FILES, replace_line, write_pack

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


@pytest.fixture
def test_pack(tmp_path):
    return load_pack(write_pack(tmp_path / "pack"))


def lane_of(p: tl.Placements, pack, event_id: str) -> list[str]:
    row = int(np.flatnonzero(pack.events["id"].to_numpy() == event_id)[0])
    return [p.lane_labels[int(p.lane[i])] for i in p.of_event(row)]


def day(y: int, m: int = 1, d: int = 1) -> int:
    return day_number(dt.date(y, m, d))


def test_layout_module_never_loads_qt():
    probe = ("import sys; import explorer.charts.timeline_layout; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


# -- lanes -----------------------------------------------------------------------------------------
def test_partner_lanes_of_the_test_pack(test_pack):
    p = tl.build_placements(test_pack, "partner")
    assert p.focus == "jp"
    assert lane_of(p, test_pack, "epa") == ["Japan–European Union"]
    assert lane_of(p, test_pack, "summit-2025") == ["Japan–European Union"]
    assert lane_of(p, test_pack, "us-deal") == ["Japan–United States"]
    assert lane_of(p, test_pack, "gcap") == ["Japan–Italy"]  # a state stays itself
    assert lane_of(p, test_pack, "minerals") == ["Multilateral"]
    assert p.lane_labels[0] == "Japan–European Union"  # most events first
    assert len(p) == 5


def test_person_member_of_maps_to_its_state_and_unresolved_parties_are_ignored(tmp_path):
    actors = VALID_FILES["actors.csv"] + "pm,A prime minister,,person,,jp\nfirm,A firm,,company,,\n"
    events = replace_line("events.csv", "epa,EU–Japan EPA,日EU経済連携協定,agreement,in_force,"
                          "2019-02-01,,jp;eu,", "epa,EU–Japan EPA,日EU経済連携協定,agreement,"
                          "in_force,2019-02-01,,pm;eu;firm,")
    events = events.replace("us-deal,US–Japan trade agreement,,agreement,signed,2025-07-22,,jp;us,",
                            "us-deal,US–Japan trade agreement,,agreement,signed,2025-07-22,,jp;pm,")
    events = events.replace(",jp;it,defence,", ",it;firm,defence,")
    pack = load_pack(write_pack(tmp_path / "p", {"actors.csv": actors, "events.csv": events}))
    p = tl.build_placements(pack, "partner")
    assert lane_of(p, pack, "epa") == ["Japan–European Union"]  # pm counts as Japan
    assert lane_of(p, pack, "us-deal") == ["Japan (domestic)"]
    assert lane_of(p, pack, "gcap") == ["Italy"]  # no focus: the first state names the lane


def test_partner_lanes_of_the_default_pack(default_pack):
    assert tl.focus_actor(default_pack) == "jp"
    p = tl.build_placements(default_pack, "partner")
    assert lane_of(p, default_pack, "eu-jp-epa") == ["Japan–European Union"]
    # an organisation without member_of is not a counterpart
    assert lane_of(p, default_pack, "eu-jp-submarine-cable-moc") == ["Japan–European Union"]
    assert lane_of(p, default_pack, "takaichi-becomes-pm") == ["Japan (domestic)"]
    assert lane_of(p, default_pack, "gcap-convention") == ["Multilateral"]
    assert lane_of(p, default_pack, "us-jp-trade-agreement-2025") == ["Japan–United States"]
    assert lane_of(p, default_pack, "trump-returns") == ["United States"]
    assert len(p) == len(default_pack.events)  # one placement per event in partner mode
    assert len(p.lane_labels) <= tl.MAX_LANES
    assert p.lane_labels[-1] == "Other"
    counts = np.bincount(p.lane, minlength=p.n_lanes)[:-1]
    assert list(counts) == sorted(counts, reverse=True)


def test_lanes_past_the_cap_merge_into_other(default_pack):
    wide = tl.build_placements(default_pack, "partner", max_lanes=50)
    assert lane_of(wide, default_pack, "russia-invades-ukraine") == ["Russia"]
    assert lane_of(wide, default_pack, "cn-gallium-export-controls") == ["China"]
    assert len(wide.lane_labels) > tl.MAX_LANES
    capped = tl.build_placements(default_pack, "partner", max_lanes=4)
    assert len(capped.lane_labels) == 4 and capped.lane_labels[-1] == "Other"
    assert capped.lane_labels[:3] == wide.lane_labels[:3]
    assert lane_of(capped, default_pack, "russia-invades-ukraine") == ["Other"]


def test_domain_mode_places_a_multi_domain_event_in_each_of_its_lanes(test_pack, default_pack):
    p = tl.build_placements(test_pack, "domain")
    assert sorted(lane_of(p, test_pack, "summit-2025")) == ["Diplomacy", "Economic security"]
    assert sorted(lane_of(p, test_pack, "us-deal")) == ["Investment", "Trade"]
    assert len(p) == 7
    order = [tl.domain_label(d) for d in DOMAINS]
    assert list(p.lane_labels) == sorted(p.lane_labels, key=order.index)

    d = tl.build_placements(default_pack, "domain")
    n_domains = default_pack.event_domains.drop_duplicates().shape[0]
    assert len(d) == n_domains
    assert sorted(lane_of(d, default_pack, "eu-jp-summit-2025")) == [
        "Defence", "Diplomacy", "Economic security", "Trade"]


def test_colours_by_first_domain_and_by_main_counterpart(test_pack):
    p = tl.build_placements(test_pack, "partner")
    row = lambda eid: int(np.flatnonzero(test_pack.events["id"].to_numpy() == eid)[0])  # noqa: E731
    epa = p.of_event(row("epa"))[0]
    assert p.palette_labels[p.colour[epa]] == "Trade"
    d = tl.build_placements(test_pack, "domain")
    for i in d.of_event(row("us-deal")):
        assert d.palette_labels[d.colour[i]] == "United States"
    for i in d.of_event(row("minerals")):
        assert d.palette_labels[d.colour[i]] == "European Union"  # first counterpart listed


def test_placement_columns(test_pack):
    p = tl.build_placements(test_pack, "partner")
    by_id = {test_pack.events["id"].iat[int(r)]: i for i, r in enumerate(p.event_row)}
    epa, summit = by_id["epa"], by_id["summit-2025"]
    gcap, minerals = by_id["gcap"], by_id["minerals"]
    assert p.precision[epa] == Precision.DAY and not p.is_span[epa] and not p.inexact[epa]
    assert p.precision[summit] == Precision.MONTH
    assert p.end_day[summit] - p.start_day[summit] == 30  # the whole of July
    assert p.is_span[gcap] and p.end_day[gcap] == day(2035, 12, 31)
    assert p.inexact[minerals] and p.precision[minerals] == Precision.YEAR
    assert p.has_track[epa] and p.extent_start[epa] == day(2018, 7, 17)  # signed before in force
    assert np.all(np.diff(p.extent_start) >= 0)


def test_milestone_tracks_are_ordered(default_pack):
    p = tl.build_placements(default_pack, "partner")
    row = int(np.flatnonzero(default_pack.events["id"].to_numpy() == "eu-jp-epa")[0])
    stages = p.milestones.stages_of(row)
    assert [s for s, _ in stages] == ["negotiation_opened", "signed", "ratified",
                                      "entry_into_force", "review"]
    days = [d for _, d in stages]
    assert days == sorted(days)
    assert days[1] == day(2018, 7, 17) + 0.5  # an exact day's tick sits mid-day
    assert days[-1] == pytest.approx((day(2024) + day(2024, 12, 31) + 1) / 2)  # "2024": mid-year


def test_unknown_mode_is_refused(test_pack):
    with pytest.raises(ValueError):
        tl.build_placements(test_pack, "colour")


# -- visible query ---------------------------------------------------------------------------------
def test_visible_query_matches_a_brute_force_mask():
    rng = np.random.default_rng(3)
    n = 20_000
    start = rng.integers(-20_000, 30_000, n)
    length = np.where(rng.random(n) < 0.9, rng.integers(0, 40, n), rng.integers(0, 20_000, n))
    end = start + length
    index = tl.IntervalIndex(start, end)
    for _ in range(200):
        d0 = rng.uniform(-25_000, 35_000)
        d1 = d0 + rng.choice([0.5, 3.0, 100.0, 2_000.0, 40_000.0])
        brute = np.flatnonzero((start < d1) & (end + 1 > d0))
        assert np.array_equal(index.query(d0, d1), brute)


def test_visible_query_respects_the_filter_subset(default_pack):
    p = tl.build_placements(default_pack, "domain")
    keep = np.array([0, 5, 9])
    index = p.index_for(keep)
    got = p.query(day(1900), day(2100), index)
    assert set(p.event_row[got]) == {0, 5, 9}
    assert len(got) == int(np.isin(p.event_row, keep).sum())
    window = p.query(day(2019), day(2020))
    expected = np.flatnonzero((p.extent_start < day(2020)) & (p.extent_end + 1 > day(2019)))
    assert np.array_equal(window, expected)


# -- stacking and labels ---------------------------------------------------------------------------
def _random_items(rng, n, lanes=4, width=1000.0):
    lane = rng.integers(0, lanes, n).astype(np.int16)
    x0 = rng.uniform(-50, width, n)
    x1 = x0 + np.where(rng.random(n) < 0.7, 10.0, rng.uniform(0, 300, n))
    return lane, x0, x1


def test_stacking_keeps_items_of_a_row_apart():
    rng = np.random.default_rng(5)
    lane, x0, x1 = _random_items(rng, 600)
    rows = tl.stack_rows(lane, x0, x1, gap=3.0, max_rows=500)
    for key in set(zip(lane.tolist(), rows.tolist())):
        sel = np.flatnonzero((lane == key[0]) & (rows == key[1]))
        order = sel[np.argsort(x0[sel])]
        assert np.all(x0[order][1:] >= x1[order][:-1] + 3.0)
    # first fit: an item is in row r > 0 only because every lower row was busy there
    i = int(np.argmax(rows))
    for r in range(rows[i]):
        same = (lane == lane[i]) & (rows == r)
        assert np.any(same & (x0 < x1[i] + 3.0) & (x1 + 3.0 > x0[i]))


@pytest.mark.parametrize("max_rows", [500, 3])
def test_labels_never_overlap_labels_or_items(max_rows):
    rng = np.random.default_rng(11)
    lane, x0, x1 = _random_items(rng, 400)
    rows = tl.stack_rows(lane, x0, x1, max_rows=max_rows)  # 3 rows: crowded rows overlap
    text_w = rng.uniform(20, 250, len(x0))
    lx, lw, _inside = tl.place_labels(lane, rows, x0, x1, text_w, left=0.0, right=1000.0)
    shown = np.flatnonzero(lw > 0)
    assert 20 < len(shown) < len(x0)
    assert np.all(lx[shown] >= 0) and np.all(lx[shown] + lw[shown] <= 1000.0)
    assert np.all(lw[shown] <= text_w[shown] + 1e-9)
    for i in shown:
        same = np.flatnonzero((lane == lane[i]) & (rows == rows[i]))
        others = same[same != i]
        a, b = lx[i], lx[i] + lw[i]
        labelled = others[lw[others] > 0]
        assert not np.any((lx[labelled] < b) & (lx[labelled] + lw[labelled] > a)), i
        # a label outside its own item never runs into another item of its row
        if not (x0[i] <= a and b <= x1[i]):
            assert not np.any((x0[others] < b) & (x1[others] > a)), i


def test_wide_bars_carry_their_label_inside():
    lane = np.zeros(2, dtype=np.int16)
    rows = np.zeros(2, dtype=np.int32)
    x0, x1 = np.array([10.0, 400.0]), np.array([300.0, 410.0])
    lx, lw, inside = tl.place_labels(lane, rows, x0, x1, np.array([100.0, 100.0]), left=0.0,
                                     right=900.0)
    assert inside[0] and 10 < lx[0] < 300 and lw[0] == 100
    assert not inside[1] and lx[1] == 414.0


def test_lane_allocation_fits_the_height():
    lab, cmp_ = np.array([6, 2, 1, 9]), np.array([3, 1, 1, 4])
    roomy = tl.allocate_lanes(lab, cmp_, 1000.0, pitch=18.0)
    assert roomy.labelled.all() and np.array_equal(roomy.rows, lab)
    assert roomy.height.sum() == pytest.approx(1000.0)
    tight = tl.allocate_lanes(lab, cmp_, 220.0, pitch=18.0, min_pitch=15.0)
    assert not tight.labelled[3]  # the deepest lane gave up label room first
    assert tight.height.sum() <= 220.0 + 1e-6
    assert np.all(tight.height >= tight.rows * tight.pitch)
    tiny = tl.allocate_lanes(lab, cmp_, 60.0)
    assert tiny.height.sum() <= 60.0 + 1e-6 or tiny.rows.max() == 1


# -- ticks -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("d0", "d1", "unit"), [
    (day(1900), day(2040), "year"),  # decades
    (day(2019), day(2026), "month"),  # half years at 1200 px
    (day(2015), day(2030), "year"),
    (day(2025, 1, 1), day(2025, 9, 1), "month"),
    (day(2025, 7, 1), day(2025, 8, 20), "day"),
    (day(2025, 7, 20), day(2025, 7, 31), "day"),
])
def test_ticks_are_spaced_and_labelled(d0, d1, unit):
    width = 1200.0
    t = tl.time_ticks(d0, d1, width)
    assert t.unit == unit
    assert len(t.major) >= 2 and len(t.major) == len(t.labels)
    x = (t.major - d0) / (d1 - d0) * width
    assert np.all(np.diff(x) >= tl.MIN_LABEL_SPACING_PX)
    assert np.all((t.major >= d0) & (t.major <= d1))
    assert not set(t.minor.tolist()) & set(t.major.tolist())
    # labels are about as wide as they are far apart at most (~7 px per character)
    assert max(len(s) for s in t.labels) * 7 <= np.diff(x).min() + 15


def test_tick_label_formats():
    decades = tl.time_ticks(day(1900), day(2040), 1200)
    assert decades.step >= 10 and all(s.isdigit() for s in decades.labels)
    assert int(decades.labels[1]) - int(decades.labels[0]) == decades.step
    months = tl.time_ticks(day(2024, 11, 15), day(2026, 1, 1), 1200)
    assert months.labels[:3] == ("Dec 2024", "Jan 2025", "Feb")
    days = tl.time_ticks(day(2025, 7, 20), day(2025, 7, 31), 1200)
    assert days.labels[:2] == ("20 Jul 2025", "21 Jul")
    assert days.step == 1
    weeks = tl.time_ticks(day(2025, 6, 25), day(2025, 8, 30), 900)
    assert set(weeks.labels[1:]) <= {f"{d} {m}" for d in (1, 8, 15, 22) for m in ("Jul", "Aug")}


def test_zooming_in_never_coarsens_ticks():
    spans = [50_000, 10_000, 2_000, 500, 120, 30, 12]
    gaps = []
    for span in spans:
        t = tl.time_ticks(day(2020), day(2020) + span, 1000)
        gaps.append(np.diff(t.major).min())
    assert gaps == sorted(gaps, reverse=True)


# -- density, item extents, eras -------------------------------------------------------------------
def test_density_kicks_in_above_the_threshold_and_counts_everything():
    assert not tl.is_crowded(tl.DENSITY_THRESHOLD)
    assert tl.is_crowded(tl.DENSITY_THRESHOLD + 1)
    rng = np.random.default_rng(2)
    lane = rng.integers(0, 5, 10_000)
    x = rng.uniform(-10, 810, 10_000)
    hist = tl.density_histogram(lane, x, 5, 800)
    assert hist.shape == (5, 800)
    assert hist.sum() == 10_000
    assert np.array_equal(hist.sum(axis=1), np.bincount(lane, minlength=5))


def test_item_extents_keep_imprecise_dates_wide(test_pack):
    p = tl.build_placements(test_pack, "partner")
    idx = np.arange(len(p))
    ppd = 0.01  # zoomed far out: a month is a fraction of a pixel
    ext = tl.item_extents(p, idx, 0.0, ppd, marker_radius=5.0, min_bar=6.0)
    ids = test_pack.events["id"].to_numpy()[p.event_row]
    summit = int(np.flatnonzero(ids == "summit-2025")[0])
    epa = int(np.flatnonzero(ids == "epa")[0])
    assert not ext.is_point[summit] and ext.shape_x1[summit] - ext.shape_x0[summit] >= 6.0
    assert ext.is_point[epa] and ext.shape_x1[epa] - ext.shape_x0[epa] == pytest.approx(10.0)
    assert ext.extent_x0[epa] == ext.shape_x0[epa]  # the short track hides behind the marker
    wide = tl.item_extents(p, idx, 0.0, 5.0)
    assert wide.extent_x0[epa] == pytest.approx(day(2018, 7, 17) * 5.0)  # track from signing
    assert wide.extent_x0[epa] < wide.shape_x0[epa]
    assert wide.shape_x1[summit] - wide.shape_x0[summit] == pytest.approx(31 * 5.0)


def test_era_bands_group_offices_and_run_ongoing_eras_to_the_edge(default_pack, test_pack):
    bands = tl.era_bands(default_pack)
    assert bands.row_labels == ("JP PM", "US President")
    labels = dict(zip(bands.labels, bands.row.tolist()))
    assert labels["Abe"] == 0 and labels["Biden"] == 1 and labels["Trump, first term"] == 1
    assert bands.ongoing.sum() == 2
    edge = float(day(2030))
    ends = bands.clipped_end(edge)
    assert np.all(ends[bands.ongoing] == edge)
    assert np.all(np.isfinite(ends))
    assert tl.era_bands(test_pack).row_labels == ("JP PM",)


def test_lanes_use_the_free_height_before_hiding_rows():
    # one deep lane, a few shallow ones: a uniform cap of 2 rows would leave most height unused
    need = np.array([14, 2, 2, 1, 1])
    geom = tl.allocate_lanes(need, need, 300.0, pitch=14.0, min_pitch=14.0, pad=4.0)
    assert geom.rows[1:].tolist() == [2, 2, 1, 1]
    used = float((geom.rows * geom.pitch + 2 * geom.pad).sum())
    assert used <= 300.0 and 300.0 - used < geom.pitch  # less than a row left over
    assert geom.rows[0] > 2
    roomy = tl.allocate_lanes(need, need, 2000.0, pitch=14.0, min_pitch=14.0, pad=4.0)
    assert roomy.rows.tolist() == need.tolist()


def test_leaders_terms_read_in_the_label_language():
    """Eras carry an optional Japanese label; rows group by the English office in every language,
    and a pack without Japanese keeps its English bands."""
    from explorer.charts.timeline_layout import era_bands
    from explorer.data.pack_loader import load_pack
    from explorer.paths import default_pack_path

    pack = load_pack(default_pack_path())
    en, ja, both = (era_bands(pack, lang) for lang in ("en", "ja", "both"))
    assert en.row_labels == ("JP PM", "US President")
    assert ja.row_labels == ("日本の首相", "米国大統領")
    assert both.row_labels[0] == "JP PM / 日本の首相"
    assert ja.labels[:2] == ("安倍", "菅") and "トランプ（第2期）" in ja.labels
    assert list(ja.row) == list(en.row)
    pack.eras["label_ja"] = ""  # a pack written before the column
    assert era_bands(pack, "ja").labels == en.labels


@pytest.mark.parametrize("seed", range(6))
def test_the_interval_count_is_the_number_the_query_finds(seed):
    rng = np.random.default_rng(seed)
    start = rng.integers(0, 20_000, 3000).astype(np.float64)
    end = start + rng.choice([0, 30, 400, 9000], 3000) * rng.random(3000)
    index = tl.IntervalIndex(start, np.floor(end), np.arange(3000) * 2)
    for _ in range(50):
        a = float(rng.uniform(-1000, 21_000))
        b = a + float(rng.choice([1.0, 50.0, 2000.0, 40_000.0]))
        assert index.count(a, b) == len(index.query(a, b))


# The former ``allocate_lanes`` (numpy on a handful of numbers), the reference the plain-Python
# steps must match exactly.
def _former_allocate_lanes(rows_labelled: np.ndarray, rows_compact: np.ndarray, height: float, *,
                   pitch: float = 18.0, min_pitch: float = 15.0, hard_min_pitch: float = 8.0,
                   min_cap: int = 2, pad: float = 4.0) -> tl.LaneGeometry:
    """Share ``height`` between lanes needing some rows each.

    Fallbacks in order, each only while the lanes still do not fit: the lane needing most rows
    switches from the stacking that leaves room for labels to its compact one (repeatedly); rows
    shrink to ``min_pitch`` (still tall enough for a label); deep rows wrap, down to ``min_cap``
    rows per lane; rows shrink to ``hard_min_pitch``; rows wrap further. Spare height is spread
    evenly over the lanes.
    """
    rows_labelled = np.maximum(np.asarray(rows_labelled, dtype=np.int64), 1)
    rows_compact = np.maximum(np.minimum(np.asarray(rows_compact, dtype=np.int64),
                                         rows_labelled), 1)
    n = len(rows_labelled)
    if n == 0:
        z = np.zeros(0)
        return tl.LaneGeometry(z, z, z.astype(np.int64), z.astype(bool), pitch, pad)
    labelled = np.ones(n, dtype=bool)
    rows = rows_labelled.copy()

    def fits(r: np.ndarray, p: float) -> bool:
        return bool(float(r.sum()) * p + 2 * pad * n <= height)

    def best_pitch(r: np.ndarray, floor: float) -> float:
        return float(max(floor, min(pitch, (height - 2 * pad * n) / max(float(r.sum()), 1.0))))

    def capped(r: np.ndarray, p: float, floor_cap: int) -> np.ndarray:
        cap = int(r.max())
        while cap > floor_cap and not fits(np.minimum(r, cap), p):
            cap -= 1
        out: np.ndarray = np.minimum(r, cap)
        return out

    while not fits(rows, pitch):
        gain = np.where(labelled, rows - rows_compact, 0)
        if not np.any(gain > 0):
            break
        worst = int(np.argmax(np.where(gain > 0, rows, -1)))
        labelled[worst] = False
        rows[worst] = rows_compact[worst]
    if not fits(rows, pitch):
        pitch = best_pitch(rows, min_pitch)
    if not fits(rows, pitch):
        rows = capped(rows, pitch, min_cap)
    if not fits(rows, pitch):
        pitch = best_pitch(rows, hard_min_pitch)
    if not fits(rows, pitch):
        rows = capped(rows, pitch, 1)
    # A uniform cap leaves height unused (lanes needing fewer rows than the cap); give it, a row
    # at a time, to the lanes that still hide most rows, before anything says "+N more".
    need = np.where(labelled, rows_labelled, rows_compact)
    while True:
        short = need - rows
        if not np.any(short > 0):
            break
        grow = int(np.argmax(short))
        rows[grow] += 1
        if not fits(rows, pitch):
            rows[grow] -= 1
            break
    base = rows * pitch + 2 * pad
    spare = max(0.0, height - float(base.sum()))
    h = base + spare / n
    top = np.r_[0.0, np.cumsum(h)[:-1]]
    return tl.LaneGeometry(top, h, rows, labelled, float(pitch), pad)


@pytest.mark.parametrize("seed", range(60))
def test_lanes_are_allocated_as_the_former_numpy_steps_did(seed):
    """Lanes that fit, lanes that switch to compact stacking, rows that shrink, lanes that wrap
    down to the floor, spare height handed back: every outcome equal, to the float."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 14))
    labelled = rng.integers(1, 20, n) * (rng.random(n) < 0.8) + 1
    compact = np.maximum(labelled - rng.integers(0, 10, n), 1)
    height = float(rng.choice([80.0, 200.0, 420.0, 798.0, 2000.0])) + float(rng.uniform(0, 50))
    pitch = float(rng.choice([14.0, 18.0, 21.5]))
    kwargs = {"pitch": pitch, "min_pitch": pitch - 4.0, "pad": 4.0}
    new = tl.allocate_lanes(labelled, compact, height, **kwargs)
    old = _former_allocate_lanes(labelled, compact, height, **kwargs)
    assert new.pitch == old.pitch and new.pad == old.pad
    for a, b in ((new.top, old.top), (new.height, old.height), (new.rows, old.rows),
                 (new.labelled, old.labelled)):
        assert a.dtype == b.dtype and np.array_equal(a, b)


def test_lanes_crowded_as_at_tier_m_are_allocated_as_before():
    """Ten lanes wanting up to 16 rows (a tier-M pan: rows wrap to a cap found by bisection),
    plot heights and text heights of several windows and fonts: every outcome equal."""
    rng = np.random.default_rng(21)
    for _ in range(1000):
        n = int(rng.integers(1, 12))
        labelled = rng.integers(1, 17, n)
        compact = np.maximum(labelled - rng.integers(0, 4, n), 1)
        height = float(rng.uniform(60, 1000))
        text_h = float(rng.choice([12.796875, 14.0, 17.0, 22.5]))
        kwargs = {"pitch": text_h + 5.0, "min_pitch": text_h + 1.0, "pad": 4.0,
                  "min_cap": int(rng.integers(1, 4))}
        new = tl.allocate_lanes(labelled, compact, height, **kwargs)
        old = _former_allocate_lanes(labelled, compact, height, **kwargs)
        assert new.pitch == old.pitch
        for a, b in ((new.top, old.top), (new.height, old.height), (new.rows, old.rows),
                     (new.labelled, old.labelled)):
            assert a.dtype == b.dtype and np.array_equal(a, b)


def _stack_rows_before(lane, x0, x1, *, gap=3.0, max_rows=32):
    """``stack_rows`` as it was before the first row was tried first (the reference)."""
    n = len(x0)
    rows = np.zeros(n, dtype=np.int32)
    if n == 0:
        return rows
    order = np.lexsort((x0, lane))
    out = []
    cur = None
    ends: list[float] = []
    for ln, a, b in zip(lane[order].tolist(), x0[order].tolist(), x1[order].tolist()):
        if ln != cur:
            cur, ends = ln, []
        limit = a - gap
        first_free = min(ends) if ends else np.inf
        if first_free <= limit:
            for r, end in enumerate(ends):
                if end <= limit:
                    ends[r] = b
                    break
        elif len(ends) < max_rows:
            r = len(ends)
            ends.append(b)
        else:
            r = ends.index(first_free)
            ends[r] = max(first_free, b)
        out.append(r)
    rows[order] = out
    return rows


def test_stack_rows_trying_the_first_row_first_stacks_as_before():
    """Random lanes, starts (ties and whole pixels included), widths from nothing to wide, row
    caps from one up, gaps: the same rows as the former loop, item for item."""
    rng = np.random.default_rng(16)
    for _ in range(400):
        n = int(rng.integers(0, 300))
        lane = rng.integers(0, int(rng.integers(1, 8)), n)
        x0 = np.round(rng.uniform(-500, 3000, n), int(rng.integers(0, 3)))
        x1 = x0 + rng.choice([0.0, 1.0, 4.0, 40.0, 600.0], n) * rng.uniform(0, 2, n)
        max_rows, gap = int(rng.integers(1, 40)), float(rng.choice([0.0, 3.0, 7.5]))
        assert np.array_equal(tl.stack_rows(lane, x0, x1, gap=gap, max_rows=max_rows),
                              _stack_rows_before(lane, x0, x1, gap=gap, max_rows=max_rows))
