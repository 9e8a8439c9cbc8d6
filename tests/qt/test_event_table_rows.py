"""A filter change tells the events table's views which rows went and came, not a model reset: the
table shows what a reset showed (rows, selection, current row, scroll position, column widths, the
picture) through filters, a sort, a selection, a scrolled table and a filter keeping nothing, on
the default and a tier-S pack; the column heading is not repainted when only the rows change, and
the same rows again repaint nothing."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from explorer.domain.dates import parse_bound
from explorer.qt.views.event_table import EventTable
from explorer.state.session import Session
from tests.qt.helpers import PaintRecorder
from tests.qt.test_event_table_style import shown_table
from tests.qt.test_main_window_paints import IDLE_MS, open_every_panel


def _reset_as_before(model) -> None:
    """The former ``reset_rows``: one model reset per filter change."""
    model.beginResetModel()
    model._rows = model._ordered(np.asarray(model._session.visible_events, dtype=np.int64),
                                 chronological=True)
    model.endResetModel()


def _state(table: EventTable, qapp):
    """What the table shows once settled (the window's settle lays item views out before its
    paint: ``MainWindow.settle_before_paint``)."""
    view, model = table.view, table.model
    for _ in range(3):
        view.executeDelayedItemsLayout()
        qapp.processEvents()
    view.clearFocus()  # two tables on screen: only one could have the focus frame
    table.repaint()
    return {
        "ids": [model.event_id_at(r) for r in range(model.rowCount())],
        "current": view.currentIndex().row(),
        "selected": sorted(i.row() for i in view.selectionModel().selectedRows()),
        "scroll": view.verticalScrollBar().value(),
        "widths": [view.columnWidth(c) for c in range(model.columnCount())],
        "room": (view.viewport().width(), view.verticalScrollBar().isVisible(), model.rowCount()),
        "picture": table.grab().toImage(),
    }


def _changes(session: Session, table: EventTable):
    """Filter changes a user makes, with a sort, a selection and a scrolled table among them."""
    pack = session.pack
    parties = pack.event_parties["actor"].value_counts().index.tolist()
    first, second = str(parties[0]), str(parties[min(1, len(parties) - 1)])
    ids = pack.events["id"].astype(str).tolist()
    yield lambda: session.set_filter(partners=frozenset({second}))
    yield lambda: session.set_filter(partners=frozenset({first}))
    yield lambda: session.set_filter(day_from=parse_bound("2010", upper=False),
                                     day_to=parse_bound("2022", upper=True))
    yield lambda: session.select_event(ids[len(ids) // 2], origin="test")
    yield lambda: session.set_filter(partners=frozenset({first}))  # the selection may stay
    yield lambda: session.clear_filter()
    yield lambda: table.view.verticalScrollBar().setValue(table.view.verticalScrollBar().maximum() // 2)
    yield lambda: session.set_filter(partners=frozenset({first}))  # scrolled, then narrowed
    yield lambda: session.set_filter(text="no event has this title")  # nothing kept
    yield lambda: session.clear_filter()
    yield lambda: table.model.sort(1, Qt.SortOrder.DescendingOrder)
    yield lambda: session.set_filter(partners=frozenset({second}))
    yield lambda: session.set_filter(partners=frozenset({second}),
                                     day_to=parse_bound("2100", upper=True))  # the same rows
    yield lambda: session.clear_filter()


@pytest.mark.parametrize("which", ["default_pack", "tier_s_pack"])
def test_the_table_shows_what_a_model_reset_showed(request, qtbot, qapp, which):
    pack = request.getfixturevalue(which)
    tables = []
    for before in (False, True):
        session = Session()
        table = shown_table(qtbot, session)
        session.open_pack(pack)
        if before:
            table.model.reset_rows = lambda model=table.model: _reset_as_before(model)
        tables.append((session, table))
    try:
        steps = [list(_changes(session, table)) for session, table in tables]
        assert _state(tables[0][1], qapp)["ids"] == _state(tables[1][1], qapp)["ids"]
        for n, (new_step, old_step) in enumerate(zip(*steps)):
            new_step()
            old_step()
            new, old = _state(tables[0][1], qapp), _state(tables[1][1], qapp)
            for key in ("ids", "current", "selected", "scroll", "room", "widths"):
                assert new[key] == old[key], (n, key)
            assert new["picture"] == old["picture"], n
    finally:
        for _session, table in tables:
            table.detach()


def test_new_rows_repaint_the_rows_not_the_heading_and_the_same_rows_nothing(qtbot):
    """In the window: rows that change (the scroll bar staying as it was) repaint the rows alone,
    not the column heading (a model reset repainted it too); the same rows again repaint neither."""
    window = open_every_panel(qtbot, compare=False)
    try:
        session, view = window.session, window.table.view
        watched = {"rows": view.viewport(), "heading": view.horizontalHeader().viewport()}
        inserted = []
        window.table.model.rowsInserted.connect(lambda *_: inserted.append(1))
        session.set_filter(origin="filter-bar", text="minerals")
        qtbot.wait(IDLE_MS)
        shown = window.table.model.rowCount()
        recorder = PaintRecorder(watched)
        session.set_filter(origin="filter-bar", text="tariff")
        qtbot.wait(IDLE_MS)
        assert 0 < window.table.model.rowCount() != shown and not view.verticalScrollBar().isVisible()
        assert recorder.counts == {"rows": 1}  # the new rows, and not the headings
        assert len(inserted) == 2
        shown_ids = [window.table.model.event_id_at(r) for r in range(window.table.model.rowCount())]
        recorder = PaintRecorder(watched)
        session.set_filter(origin="filter-bar", text="tariff", day_to=parse_bound("2100", upper=True))
        qtbot.wait(IDLE_MS)
        assert [window.table.model.event_id_at(r) for r in range(window.table.model.rowCount())] == shown_ids
        assert recorder.counts == {}  # the same rows: nothing to repaint
        assert len(inserted) == 2
    finally:
        window.close()
