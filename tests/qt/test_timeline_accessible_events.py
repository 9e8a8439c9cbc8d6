"""A screen reader can step through the timeline's events: the view's accessibility tree holds a
list of the events in view (name: the title in the label language; description: dates, status,
parties), its current item the selected event, refreshed when the view pans or the filter changes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QAccessible

from explorer.domain.dates import day_number
from explorer.qt.views.timeline_view import TimelineView
from tests.qt.helpers import session_on_test_pack


@pytest.fixture(autouse=True)
def screen_reader():
    """As when a screen reader runs: Qt then keeps its accessibility caches up to date."""
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(was)


def spoken_list(view):
    """The accessible interface of the events list, found from the view's own interface."""
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None and iface.isValid()
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child.text(QAccessible.Text.Name) == "Events in view":
            assert iface.indexOfChild(child) == i
            return child
    raise AssertionError("no 'Events in view' among the timeline's accessible children")


def items(lst_iface) -> list[tuple[str, str]]:
    out = []
    for i in range(lst_iface.childCount()):
        child = lst_iface.child(i)
        if child.role() == QAccessible.Role.ListItem:
            out.append((child.text(QAccessible.Text.Name), child.text(QAccessible.Text.Description)))
    return out


def test_the_events_in_view_are_listed_for_a_screen_reader(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    view.set_visible_range(day_number(dt.date(2019, 1, 1)), day_number(dt.date(2024, 1, 1)))
    view.sync_events_list()
    spoken = items(spoken_list(view))
    names = [n for n, _d in spoken]
    assert names == ["EU–Japan EPA", "GCAP"]  # in view, date order; 2025's events are not
    assert "1 Feb 2019" in spoken[0][1] and "In force" in spoken[0][1]
    assert "Japan" in spoken[0][1] and "European Union" in spoken[0][1]

    # Panning brings the 2025 events in (a moment later: a drag does not rebuild it each pixel).
    view.set_visible_range(day_number(dt.date(2018, 1, 1)), day_number(dt.date(2026, 6, 1)))
    qtbot.waitUntil(lambda: len(items(spoken_list(view))) == 5, timeout=2000)

    # The selected event is the list's current item, at once.
    session.select_event("gcap", origin="test")
    lst = spoken_list(view)
    assert view.events_list.item(view.events_list.currentRow()).text() == "GCAP"
    chosen = [lst.child(i).text(QAccessible.Text.Name) for i in range(lst.childCount())
              if lst.child(i).role() == QAccessible.Role.ListItem and lst.child(i).state().selected]
    assert chosen == ["GCAP"]

    # The filter narrows the list too.
    session.set_filter(origin="test", text="summit")
    qtbot.waitUntil(lambda: [n for n, _d in items(spoken_list(view))] == ["EU–Japan summit"],
                    timeout=2000)
    view.close()


def test_titles_follow_the_label_language(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    if not hasattr(session, "set_label_language"):
        return
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    view.set_visible_range(day_number(dt.date(2019, 1, 1)), day_number(dt.date(2020, 1, 1)))
    session.set_label_language("ja", "test")
    view.sync_events_list()
    name, description = items(spoken_list(view))[0]
    assert name == "日EU経済連携協定" and "2019年2月1日" in description and "欧州連合" in description
    view.close()


def test_a_drag_refills_the_list_once_when_the_view_rests(qtbot, tmp_path):
    """While the view keeps moving (steps closer together than LIST_FOLLOWS_MS) the list is not
    rebuilt; once it rests, it is rebuilt once, with the events then in view."""
    from explorer.qt.views.timeline_view import LIST_FOLLOWS_MS

    session = session_on_test_pack(tmp_path)
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    d0 = float(day_number(dt.date(2019, 1, 1)))
    view.set_visible_range(d0, d0 + 5 * 365)
    view.sync_events_list()
    before = [n for n, _d in items(spoken_list(view))]
    assert before == ["EU–Japan EPA", "GCAP"]
    rebuilt, changed = [], []
    refill = view._refill_events_list
    view._refill_events_list = lambda *a: (rebuilt.append(1), refill(*a))
    model = view.events_list.model()
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
        signal.connect(lambda *_a: changed.append(1))
    for step in range(1, 8):  # a drag towards 2025, steps well inside the delay
        view.set_visible_range(d0 + step * 120, d0 + 5 * 365 + step * 120)
        qtbot.wait(5)
        assert not rebuilt and not changed, "the list changed while the view was still moving"
    assert [n for n, _d in items(spoken_list(view))] == before
    qtbot.waitUntil(lambda: len(items(spoken_list(view))) != len(before), timeout=2000)
    qtbot.wait(LIST_FOLLOWS_MS * 2)
    assert len(rebuilt) == 1
    assert "EU–Japan EPA" not in [n for n, _d in items(spoken_list(view))]
    view.close()


@pytest.fixture(scope="module")
def crowded_pack(tmp_path_factory):
    """A generated pack of 1,000 events, its rows not in date order."""
    from pathlib import Path

    from benchmarks.generator import ensure_pack
    from explorer.data.pack_loader import load_pack

    folder, _ = ensure_pack(Path(tmp_path_factory.mktemp("bench")), "S")
    return load_pack(folder)


def test_with_more_events_in_view_than_listed_the_list_holds_the_selection_as_it_steps(
        qtbot, crowded_pack):
    from explorer.qt.views.timeline_view import MAX_SPOKEN_EVENTS
    from explorer.state.session import Session

    session = Session()
    session.open_pack(crowded_pack)
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    in_view = view.events_in_view()
    assert len(in_view) > MAX_SPOKEN_EVENTS
    ids = crowded_pack.events["id"]
    middle = len(in_view) // 2
    session.select_event(str(ids.iat[int(in_view[middle])]))
    view.sync_events_list()
    for step in (+1, +1, +1, -1, +1):
        session.step_selection(step)
        view.sync_events_list()
        listed = view.events_list.event_ids
        assert len(listed) == MAX_SPOKEN_EVENTS
        assert view.events_list.currentItem() is not None  # the selected event is listed
        assert listed[view.events_list.currentRow()] == session.selected_event
        # the events around the selection, in date order, the same as a list filled afresh
        fresh = TimelineView(session)
        qtbot.addWidget(fresh)
        fresh.resize(900, 400)
        fresh.set_visible_range(*view.visible_range())
        fresh.sync_events_list()
        assert listed == fresh.events_list.event_ids
        assert items(spoken_list(view)) == items(spoken_list(fresh))
        fresh.close()
