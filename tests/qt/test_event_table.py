"""The event table: a correct model, numpy sorting, and selection synced both ways."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.qt.models.event_table_model import EventTableModel
from explorer.qt.views.event_table import EventTable
from tests.qt.helpers import session_on_test_pack


def column(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, tmp_path):
    session = session_on_test_pack(tmp_path)
    model = EventTableModel(session)
    model.reset_pack()
    qtmodeltester.check(model, force_py=True)
    session.set_filter(partners={"eu"})
    model.reset_rows()
    qtmodeltester.check(model, force_py=True)


def test_rows_follow_the_filter_and_show_dates_as_published(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    table = EventTable(session)
    qtbot.addWidget(table)
    session.open_pack(session.pack)  # the table builds from a pack change
    model = table.model
    assert column(model, 0) == ["1 Feb 2019", "14 Dec 2023 – 2035", "c. 2025", "Jul 2025", "22 Jul 2025"]
    assert column(model, 2)[0] == "Japan, European Union"
    session.set_filter(domains={"trade"})
    assert column(model, 1) == ["EU–Japan EPA", "US–Japan trade agreement"]


def test_every_column_sorts_both_ways(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    table = EventTable(session)
    qtbot.addWidget(table)
    session.open_pack(session.pack)
    model = table.model
    model.sort(1, Qt.SortOrder.AscendingOrder)
    titles = column(model, 1)
    assert titles == sorted(titles, key=str.casefold)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert column(model, 1) == titles[::-1]
    model.sort(5, Qt.SortOrder.AscendingOrder)  # status; ties stay chronological
    assert column(model, 5) == ["announced", "in force", "proposed", "signed", "signed"]
    assert column(model, 1)[3:] == ["GCAP", "US–Japan trade agreement"]


def test_selection_syncs_both_ways(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    table = EventTable(session)
    qtbot.addWidget(table)
    session.open_pack(session.pack)
    table.sig_event_selection_requested.connect(lambda eid: session.select_event(eid, "table"))
    # table -> session
    table.view.selectRow(2)
    assert session.selected_event == "minerals"
    # session -> table, without echoing a request back
    with qtbot.assertNotEmitted(table.sig_event_selection_requested):
        session.select_event("us-deal", origin="timeline")
    assert table.view.currentIndex().row() == 4
    # sorting keeps the selected event selected
    table.model.sort(1, Qt.SortOrder.AscendingOrder)
    assert table.model.event_id_at(table.view.currentIndex().row()) == "us-deal"
