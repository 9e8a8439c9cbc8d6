"""A filter cleared or taken back finds its comparison built (``comparison.KEPT_SPECS`` specs
kept per pack, not only the last): the Compare chart draws, pixel for pixel, what it drew when
each spec was built afresh, and the comparison is built once per distinct filter."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from explorer.charts import comparison
from explorer.domain.dates import parse_bound
from tests.qt.helpers import comparison_panel_on


def _settle(panel) -> None:
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()
        panel.chart_view.graphics.ci.layout.activate()


def _steps(pack, indicator: str) -> list[dict | None]:
    """Two narrow filters (a date range and a partner each) taken in turn and cleared between,
    as the filter bar sets them; None: the filter cleared."""
    obs = pack.observations
    mine = obs[obs["indicator_id"] == indicator]
    a, b = list(mine["reporter"].value_counts().index[:2])
    # (the default pack's figures are of 2023 and 2024)
    last = int(pack.observation_days(mine.index.to_numpy())[1].max())
    narrow = [{"day_from": parse_bound("2010", upper=False), "day_to": last,
               "partners": frozenset({a})},
              {"day_from": parse_bound("2005", upper=False), "day_to": parse_bound("2025", upper=True),
               "partners": frozenset({b})}]
    return [narrow[0], narrow[1], None, narrow[0], None, narrow[1], narrow[0], None]


def _walk(qtbot, pack, indicator: str, monkeypatch, kept: int
          ) -> tuple[list[QImage], list[object], int]:
    """The Compare panel (``indicator``) through ``_steps``: the chart's picture and
    the spec's panels at each step, and how many comparisons were built."""
    monkeypatch.setattr(comparison, "KEPT_SPECS", kept, raising=False)
    pack.__dict__.pop(comparison._LAST_SPEC, None)  # (the fixture's pack is shared by the module)
    built = [0]
    build = comparison._build_comparison

    def counted(*args, **kwargs):
        built[0] += 1
        return build(*args, **kwargs)

    monkeypatch.setattr(comparison, "_build_comparison", counted)
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    _settle(panel)
    built[0] = 0
    images, panels = [], []
    for step in _steps(pack, indicator):
        if step is None:
            session.clear_filter(origin="filter-clear")
        else:
            session.set_filter(origin="filter-bar", **step)
        _settle(panel)
        images.append(panel.chart_view.graphics.grab().toImage())
        panels.append(panel.current_spec.panels)
    panel.close()
    monkeypatch.undo()
    pack.__dict__.pop(comparison._LAST_SPEC, None)
    return images, panels, built[0]


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_a_filter_cleared_or_taken_back_draws_its_kept_comparison(qtbot, monkeypatch, request, which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else str(pack.indicators["id"].iat[0])
    images, panels, built = _walk(qtbot, pack, indicator, monkeypatch, kept=4)
    ref_images, ref_panels, ref_built = _walk(qtbot, pack, indicator, monkeypatch, kept=1)
    assert [i for i, (a, b) in enumerate(zip(images, ref_images)) if a != b] == []
    assert panels == ref_panels and all(p for p in panels)  # every step draws figures
    # each distinct filter built once: the two narrow ones (the cleared one was built at the
    # start); the last spec alone rebuilt every step
    assert (built, ref_built) == (2, len(_steps(pack, indicator)))
    # the very same figures and panels as when the filter was first applied
    assert panels[3] is panels[0] and panels[4] is panels[2] and panels[7] is panels[2]
