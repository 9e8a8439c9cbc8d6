"""What a screen reader reads of the timeline (its description: the events, the years shown, the
events outside the view) follows a drag once the view rests, with the list of events in view
(``DESCRIPTION_FOLLOWS``), not on every step; a selection or a filter changes it at once."""

from __future__ import annotations

import datetime as dt

from explorer.domain.dates import day_number
from explorer.qt.views import timeline_view as tv
from tests.qt.helpers import session_on_test_pack


def test_a_drag_is_described_once_the_view_rests(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    view = tv.TimelineView(session)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    d0 = float(day_number(dt.date(2019, 1, 1)))
    view.set_visible_range(d0, d0 + 5 * 365)
    qtbot.wait(tv.LIST_FOLLOWS_MS * 2)
    first = view.accessibleDescription()
    assert first == view.describe() and "2019–2023" in first
    for step in range(1, 8):  # a drag towards 2025, steps well inside the delay
        view.set_visible_range(d0 + step * 120, d0 + 5 * 365 + step * 120)
        qtbot.wait(5)
        assert view.accessibleDescription() == first, "rewritten while the view was moving"
    qtbot.waitUntil(lambda: view.accessibleDescription() != first, timeout=2000)
    assert view.accessibleDescription() == view.describe()
    assert "2021–" in view.accessibleDescription()
    # a selection is described at once, mid-drag or not
    view.set_visible_range(d0, d0 + 5 * 365)
    session.step_selection(1)
    assert "selected:" in view.accessibleDescription()
    view.close()
