"""Value labels stack in list order (the first at z 0, each next one higher, all under the
symbols) without re-stacking every label after one inserted or dropped: through filter changes
the labels draw what they drew stacked as before (z = place in the list × LABEL_Z_STEP), and
alternating filters stop moving labels' z once each has its place."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pytest

from explorer.charts.comparison import build_comparison
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.qt.views.chart_items import LABEL_Z_MAX, LABEL_Z_STEP
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter

# per pack: ranges that keep figures; the last four alternate two filters
RANGES = {"default": (("2024", "2026"), ("2015", "2023"), ("2023", "2024"), ("2010", "2030"),
                      ("2024", "2025"), ("2024", "2026"), ("2010", "2030"), ("2024", "2026"),
                      ("2010", "2030")),
          "tier_s": (("2010", "2022"), ("2005", "2025"), ("2015", "2023"), ("1990", "2030"),
                     ("2012", "2020"), ("2010", "2022"), ("2005", "2025"), ("2010", "2022"),
                     ("2005", "2025"))}


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


@pytest.fixture(scope="module")
def tier_s_pack():
    generator = pytest.importorskip("benchmarks.generator")
    folder, _seconds = generator.ensure_pack(Path(__file__).parents[2] / "build" / "benchmarks"
                                             / "packs", "S")  # where the benchmarks keep it
    return load_pack(folder)


def _shown(qtbot) -> ChartView:
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_labels_stack_and_draw_as_a_fresh_view_s_through_filter_changes(qtbot, monkeypatch, request,
                                                                        which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else str(pack.indicators["id"].iat[0])
    setup = ComparisonSetup().with_changes(indicator_id=indicator, chart="line")
    moves = []
    original = pg.TextItem.setZValue

    def counted(self, z):
        moves.append(z)
        return original(self, z)

    monkeypatch.setattr(pg.TextItem, "setZValue", counted)
    view = _shown(qtbot)
    per_step = []
    for lo, hi in RANGES[which]:
        spec = build_comparison(pack, setup, Filter(day_from=parse_bound(lo, upper=False),
                                                    day_to=parse_bound(hi, upper=True)))
        moves.clear()
        view.set_spec(spec)
        view.flush()
        assert spec.drawable, (lo, hi)
        per_step.append(len(moves))
        for slot in view._slots:
            shown = [item for item in slot.labels[:len(slot._label_state)] if item.isVisible()]
            zs = [item.zValue() for item in shown]
            assert not shown or zs[0] == 0.0  # the first as a new panel's: with the lines' z
            assert zs == sorted(set(zs)) and all(z < LABEL_Z_MAX for z in zs)  # list order
        # the picture, then the same labels stacked as the code before stacked them (z = place
        # in the list × LABEL_Z_STEP): the very same picture
        image = view.graphics.grab().toImage()
        kept = [[item.zValue() for item in slot.labels] for slot in view._slots]
        for slot in view._slots:
            for i, item in enumerate(slot.labels[:len(slot._label_state)]):
                original(item, i * LABEL_Z_STEP)
        assert view.graphics.grab().toImage() == image, (lo, hi)
        for slot, zs in zip(view._slots, kept):
            for item, z in zip(slot.labels, zs):
                original(item, z)
    # the last four steps alternate two filters: no label changes its z any more
    assert sum(per_step[-3:]) <= 1, per_step  # (tier S: the code before moved as few)
    view.close()


def test_labels_moved_in_the_list_by_alternating_figures_keep_their_z(qtbot, monkeypatch):
    """Qualified figures from the second, then the fourth point on, in turn: the labels after them
    move two places down the list and back. The code before re-stacked each of them at every
    change; now, once placed, at most one moves, and the picture is the one stacked as before."""
    from tests.qt.test_chart_pools import _label_spec

    moves = []
    original = pg.TextItem.setZValue

    def counted(self, z):
        moves.append(z)
        return original(self, z)

    monkeypatch.setattr(pg.TextItem, "setZValue", counted)
    view = _shown(qtbot)
    per_step = []
    for first in (1, 3, 1, 3, 1, 3):
        moves.clear()
        view.set_spec(_label_spec(first))
        view.flush()
        per_step.append(len(moves))
        slot = view._slots[0]
        image = view.graphics.grab().toImage()
        kept = [item.zValue() for item in slot.labels]
        for i, item in enumerate(slot.labels[:len(slot._label_state)]):
            original(item, i * LABEL_Z_STEP)
        assert view.graphics.grab().toImage() == image, first
        for item, z in zip(slot.labels, kept):
            original(item, z)
    assert max(per_step[2:]) <= 1, per_step  # the code before: 9 a change
    view.close()
