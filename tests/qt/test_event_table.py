"""The event table: a correct model, numpy sorting, selection synced both ways, labels in the
label language, the note marker, and Title given the width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

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
    assert column(model, 5) == ["Announced", "In force", "Proposed", "Signed", "Signed"]
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


def test_labels_follow_the_label_language(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    table = EventTable(session)
    qtbot.addWidget(table)
    session.open_pack(session.pack)
    model = table.model
    session.select_event("gcap")
    session.set_label_language("ja")
    assert column(model, 0) == ["2019年2月1日", "2023年12月14日～2035年", "2025年頃", "2025年7月",
                                "2025年7月22日"]
    assert column(model, 1)[0] == "日EU経済連携協定"
    assert column(model, 1)[1] == "GCAP"  # no Japanese title: the English one, never empty
    assert column(model, 2)[0] == "日本、欧州連合"
    assert column(model, 2)[4] == "日本、United States"  # no Japanese name for the US in this pack
    assert column(model, 3)[0] == "貿易"
    assert column(model, 3)[4] == "貿易、投資"
    assert column(model, 4)[0] == "協定"
    assert column(model, 5)[:2] == ["発効済み", "署名済み"]
    # the selection stays on its event
    assert model.event_id_at(table.view.currentIndex().row()) == "gcap"
    session.set_label_language("both")
    assert column(model, 1)[0] == "EU–Japan EPA / 日EU経済連携協定"
    assert column(model, 0)[0] == "1 Feb 2019"  # dates read in English for both
    assert column(model, 5)[0] == "In force / 発効済み"
    session.set_label_language("en")
    assert column(model, 1)[0] == "EU–Japan EPA" and column(model, 5)[0] == "In force"


def test_sorting_is_by_the_data_except_title(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    table = EventTable(session)
    qtbot.addWidget(table)
    session.open_pack(session.pack)
    model = table.model
    model.sort(5, Qt.SortOrder.AscendingOrder)
    english_order = [model.event_id_at(r) for r in range(model.rowCount())]
    session.set_label_language("ja")
    model.sort(5, Qt.SortOrder.AscendingOrder)  # statuses: the same order in every language
    assert [model.event_id_at(r) for r in range(model.rowCount())] == english_order
    model.sort(0, Qt.SortOrder.DescendingOrder)  # dates: chronological, not by the Japanese text
    assert [model.event_id_at(r) for r in range(model.rowCount())] == [
        "us-deal", "summit-2025", "minerals", "gcap", "epa"]
    model.sort(1, Qt.SortOrder.AscendingOrder)  # titles: as displayed
    titles = column(model, 1)
    assert titles == sorted(titles, key=str.casefold) and "日EU経済連携協定" in titles
    session.set_label_language("en")  # sorted by title: re-sorted by the titles now shown
    titles = column(model, 1)
    assert titles == sorted(titles, key=str.casefold)


def test_events_with_a_note_are_marked(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    table = EventTable(session)
    qtbot.addWidget(table)
    session.open_pack(session.pack)
    model = table.model

    def marked():
        return [model.event_id_at(r) for r in range(model.rowCount())
                if isinstance(model.data(model.index(r, 1), Qt.ItemDataRole.DecorationRole), QIcon)]

    assert marked() == []
    session.set_note("gcap", "Ask MoD about the 2035 date")
    assert marked() == ["gcap"]
    row = model.row_of_event("gcap")
    assert "Has a note" in model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert "has a note" in model.data(model.index(row, 1), Qt.ItemDataRole.AccessibleTextRole)
    assert model.data(model.index(row, 2), Qt.ItemDataRole.DecorationRole) is None  # title only
    icon = model.data(model.index(row, 1), Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()
    session.set_note("gcap", "")
    assert marked() == []


def test_title_gets_the_width(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    table = EventTable(session)
    qtbot.addWidget(table)
    session.open_pack(session.pack)
    header = table.view.horizontalHeader()
    for width in (1280, 640):
        table.resize(width, 400)
        table.show()
        qtbot.waitExposed(table)
        qtbot.waitUntil(lambda w=width: abs(table.width() - w) < 5)
        widths = [header.sectionSize(c) for c in range(table.model.columnCount())]
        assert max(widths) == widths[1], (width, widths)
        assert sum(widths) <= table.view.viewport().width() + 1  # no sideways scrolling
    table.close()


def test_model_in_japanese_with_notes_passes_qt_model_tester(qtmodeltester, tmp_path):
    session = session_on_test_pack(tmp_path)
    session.set_label_language("ja")
    session.set_note("epa", "メモ")
    model = EventTableModel(session)
    model.reset_pack()
    qtmodeltester.check(model, force_py=True)
    session.set_label_language("both")
    model.relabel()
    qtmodeltester.check(model, force_py=True)


def test_column_widths_are_fitted_again_only_when_the_room_the_font_or_the_columns_change(
        qtbot, tmp_path):
    """A filter change resets the rows, which asks for a fit: with the room, the font and the
    columns as at the last fit, nothing is measured again, and the widths are always those of a
    table that measures every time (through filters that show and hide the rows' scroll bar, a
    new width, a new font); a width set by hand stays."""
    from PySide6.QtGui import QFont

    class EveryTime(EventTable):  # the fit as it was: measured on every call
        def _fit_columns(self) -> None:
            self._fitted_for = None
            super()._fit_columns()

    session = session_on_test_pack(tmp_path)
    tables = (EventTable(session), EveryTime(session))
    for table in tables:
        qtbot.addWidget(table)
        table.resize(900, 90)  # short: a filter that keeps every event shows the rows' scroll bar
        table.show()
        qtbot.waitExposed(table)
    session.open_pack(session.pack)
    table = tables[0]
    measured = []
    real = table.view.fontMetrics
    table.view.fontMetrics = lambda: (measured.append(1), real())[1]

    def widths(t):
        header = t.view.horizontalHeader()
        return [header.sectionSize(c) for c in range(t.model.columnCount())]

    def same() -> bool:
        return widths(tables[0]) == widths(tables[1])

    bars = set()
    for change in ({"partners": frozenset({"us"})}, None, {"text": "tariff"}, None,
                   {"partners": frozenset({"jp"})}, {"partners": frozenset({"eu"})}):
        measured.clear()
        if change is None:
            session.clear_filter(origin="test")
        else:
            session.set_filter(origin="test", **change)
        qtbot.wait(20)
        bars.add(table.view.verticalScrollBar().isVisible())
        assert same(), change
    assert bars == {True, False}
    assert measured == []  # the last change: the same room as the one before
    for t in tables:
        t.resize(500, 90)  # less room: fitted again, narrower
    qtbot.waitUntil(lambda: tables[0].view.viewport().width() < 500)
    assert measured and same()
    before = widths(table)
    for t in tables:
        font = QFont(t.view.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        t.view.setFont(font)
        t._fit_columns()  # as _restyle does after a text size change
    assert same() and widths(table) != before
    table.view.horizontalHeader().resizeSection(3, 300)  # by hand: the user's from then on
    session.clear_filter(origin="test")
    session.set_filter(origin="test", text="tariff")
    qtbot.wait(20)
    assert widths(table)[3] == 300
    for t in tables:
        t.close()
