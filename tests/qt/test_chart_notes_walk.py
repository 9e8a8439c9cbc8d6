"""Partners compared in turn, each with new dates: every filter's notes and legend (each figure's
source) are those of a chart drawn afresh on that filter, text and pixels, and a partner's notes
and legend that come back after the others are drawn from the layout kept for them, not parsed
and laid out again (``_NotesLabel.kept_texts``: four partners in turn missed it with three). The
fresh chart's labels draw with QLabel's own layout and paint (``own_layout`` off), so a kept
layout shown for the wrong text cannot match them."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QApplication

from benchmarks.scenarios.filtering import _partners_with_figures
from explorer.qt.views.chart_labels import _NotesLabel
from tests.qt.helpers import comparison_panel_on

LABELS = ("_footer", "_legend")


def _settle(panel) -> None:
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()


def _texts_and_pictures(panel) -> dict:
    view = panel.chart_view
    return {name: (getattr(view, name).text(), getattr(view, name).grab().toImage()) for name in LABELS}


def test_partners_in_turn_show_fresh_notes_from_kept_layouts(qtbot, monkeypatch, tier_s_pack):
    session, panel = comparison_panel_on(qtbot, tier_s_pack, indicator="")
    partners = _partners_with_figures(tier_s_pack)[:5]  # the harness's new filters' partners
    days = tier_s_pack.events["start_day"].to_numpy(np.float64)
    kept: dict[tuple[str, str], tuple[str, object]] = {}  # (partner, label): (text, document)
    distinct: dict[str, set[str]] = {name: set() for name in LABELS}
    for round_ in range(2):
        for partner in partners:
            step = {"day_from": int(np.quantile(days, 0.05 + 0.1 * round_)),
                    "day_to": int(np.quantile(days, 0.95 - 0.1 * round_)),
                    "partners": frozenset({partner})}
            session.set_filter(origin="filter-bar", **step)
            _settle(panel)
            view = panel.chart_view
            for name in LABELS:
                label = getattr(view, name)
                distinct[name].add(label.text())
                before = kept.get((partner, name))
                if before is not None and before[0] == label.text():
                    assert label._doc is before[1], (partner, name)  # its layout kept, not redone
                kept[(partner, name)] = (label.text(), label._doc)
            if round_ == 1:  # what a chart drawn afresh on this filter shows
                fresh_session, fresh = comparison_panel_on(qtbot, tier_s_pack, indicator="")
                fresh_session.set_filter(origin="filter-bar", **step)
                _settle(fresh)
                ours = _texts_and_pictures(panel)
                monkeypatch.setattr(_NotesLabel, "own_layout", False)
                theirs = _texts_and_pictures(fresh)
                monkeypatch.setattr(_NotesLabel, "own_layout", True)
                assert ours == theirs, partner
                fresh.close()
    assert all(len(texts) > 3 for texts in distinct.values())  # more than three came back
    assert sum(1 for (_, name), (text, _) in kept.items() if name == "_footer" and text) >= 4
