"""The lanes' era shading and the era strip's columns for a few eras (``ERA_SHADING_FEW``:
worked out in plain loops) are what numpy's paths give: the same bands, hairlines, columns and
names' ends, and so the same frames."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.charts import timeline_layout as tl
from explorer.charts.theme import DARK
from explorer.qt.render import timeline_backdrop as tb
from tests.qt.test_timeline_frame_pixels import _pixels, _script, _two_views


def test_a_few_eras_shade_the_lanes_as_numpy_does():
    """Random eras in three rows (ongoing ones, shared starts, terms cut by the view's edges or
    outside it) at zooms and origins that put columns on exact halves (rounded to even)."""
    rng = np.random.default_rng(18)
    banded = named = 0
    for trial in range(4000):
        n = int(rng.integers(1, tb.ERA_SHADING_FEW + 1))
        start = rng.integers(0, 3000, n).astype(np.float64)
        if trial % 3 == 0:
            start[rng.integers(0, n, n // 2)] = start[0]
        ongoing = rng.random(n) < 0.2
        end = np.where(ongoing, np.inf, start + rng.integers(0, 800, n))
        er = tl.EraBands(("a", "b", "c"), rng.integers(0, 3, n), start, end, ("x",) * n, ongoing)
        where = (er, float(rng.uniform(1000, 4000)), float(rng.integers(-2000, 500))
                 + (0.5 if trial % 5 == 0 else 0.0), float(rng.choice([0.5, 0.37, 1.0, 2.5])),
                 220, int(rng.integers(800, 1600)))
        few, full = tb._era_shading_few(*where), tb._era_shading(*where)
        assert few is not None
        assert few[0] == full[0] and few[1].dtype == full[1].dtype, f"trial {trial}"
        assert np.array_equal(few[1], full[1]), f"trial {trial}"
        banded += bool(full[0])
        strip = (er, tb._era_label_order(er), *where[1:4], 220.0 + where[2] % 1,
                 float(where[5]) - 0.25)
        columns = tb._era_columns_few(*strip)
        assert columns == tb._era_columns(*strip), f"trial {trial}"
        named += sum(e > a for e, a in zip(columns[3], columns[0]))
    assert banded > 1000 and named > 5000


def test_eras_beyond_a_few_or_not_finite_go_the_numpy_way(monkeypatch):
    """A start that is not a number; more eras than ``ERA_SHADING_FEW``."""
    n = 4
    start = np.array([10.0, np.nan, 30.0, 40.0])
    er = tl.EraBands(("a",), np.zeros(n, np.int64), start, start + 5, ("x",) * n,
                     np.zeros(n, bool))
    order = tb._era_label_order(er)
    assert tb._era_shading_few(er, 100.0, 0.0, 1.0, 0, 200) is None
    assert tb._era_columns_few(er, order, 100.0, 0.0, 1.0, 0.0, 200.0) is None
    monkeypatch.setattr(tb, "ERA_SHADING_FEW", 3)
    er = tl.EraBands(("a",), np.zeros(n, np.int64), start * 0 + 10, start * 0 + 15, ("x",) * n,
                     np.zeros(n, bool))
    assert tb._era_shading_few(er, 100.0, 0.0, 1.0, 0, 200) is None
    assert tb._era_columns_few(er, order, 100.0, 0.0, 1.0, 0.0, 200.0) is None


@pytest.mark.parametrize("width", [1200, 1163])
def test_frames_shaded_by_the_loop_are_the_frames_shaded_by_numpy(qtbot, monkeypatch,
                                                                  default_pack, width):
    """The shipped pack (8 eras): the pixel tests' script, then again in the dark look."""
    new_view, old_view = _two_views(qtbot, default_pack, width)
    script = _script(*new_view.visible_range())
    few = tb.ERA_SHADING_FEW
    assert 0 < len(default_pack.eras) <= few
    for i, rng in enumerate(script + script):
        if i == len(script):
            for v in (new_view, old_view):
                v._painter.set_theme(DARK)
        pictures = []
        for view, most in ((new_view, few), (old_view, 0)):
            monkeypatch.setattr(tb, "ERA_SHADING_FEW", most)
            view.set_visible_range(*rng)
            pictures.append(_pixels(view))
        differ = int((pictures[0] != pictures[1]).sum())
        assert differ == 0, f"{differ} pixels differ at frame {i} {rng}"
