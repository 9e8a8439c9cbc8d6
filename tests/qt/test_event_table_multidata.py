"""The events table answers each painted cell in one call (``EventTableModel.multiData``): the
same pictures as Qt's default (one ``data`` call per role), on the default pack and a generated
tier-S pack, in every label language, with a noted title's pencil; other spans answered role by
role as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelRoleData, QModelRoleDataSpan, Qt

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.models.event_table_model import TITLE, EventTableModel
from explorer.qt.views import event_table as event_table_module
from explorer.qt.views.event_table import EventTable
from explorer.state.session import Session


class CountingModel(EventTableModel):
    """The model as shipped, counting the ``data`` calls that reach Python."""

    calls = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        type(self).calls += 1
        return super().data(index, role)


class RoleByRoleModel(EventTableModel):
    """The code before: Qt's default ``multiData``, one ``data`` call per role."""

    def multiData(self, index, roleDataSpan) -> None:
        QAbstractTableModel.multiData(self, index, roleDataSpan)


@pytest.fixture(autouse=True)
def _qts_item_painting(monkeypatch):
    """These tests are about what Qt's own item delegate asks the model (``multiData``): the
    tables paint with it here, not with the quick painting of plain text cells, which asks the
    model nothing through Qt (``tests/qt/test_event_table_cells.py``) and hands Qt's delegate only
    a selected, current or noted cell."""
    def qts(self) -> None:
        if self.view.itemDelegate() is not self._qt_cells:
            self.view.setItemDelegate(self._qt_cells)
    monkeypatch.setattr(EventTable, "_choose_cells", qts)


@pytest.fixture(scope="module", params=["default", "generated-S"])
def pack(request, tmp_path_factory):
    if request.param == "default":
        return load_pack(default_pack_path())
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(Path(tmp_path_factory.mktemp("bench")), "S")
    return load_pack(folder)


def _table(qtbot, monkeypatch, session, model_class) -> EventTable:
    monkeypatch.setattr(event_table_module, "EventTableModel", model_class)
    table = EventTable(session)
    qtbot.addWidget(table)
    table.resize(900, 420)
    table.show()
    qtbot.waitExposed(table)
    return table


def _picture(table: EventTable):
    viewport = table.view.viewport()
    viewport.repaint()
    return viewport.grab().toImage()


@pytest.mark.parametrize("lang", ["en", "ja", "both"])
def test_cells_paint_as_with_one_data_call_per_role(qtbot, monkeypatch, pack, lang):
    session = Session()
    ours = _table(qtbot, monkeypatch, session, CountingModel)
    before = _table(qtbot, monkeypatch, session, RoleByRoleModel)
    session.open_pack(pack)
    session.set_label_language(lang, origin="test")
    ids = list(pack.events["id"])
    session.set_note(str(ids[0]), "Ask about the date")  # a pencil beside a title
    session.set_note(str(ids[min(3, len(ids) - 1)]), "Check the source")
    try:
        for change in (None, {"text": "minerals"}, {"domains": frozenset({"trade"})}):
            if change is not None:
                session.set_filter(origin="test", **change)
            for table in (ours, before):
                table.view.scrollToTop()
            shown = ours.model.rowCount()
            assert shown == before.model.rowCount()
            CountingModel.calls = 0
            picture = _picture(ours)
            noted = sum(ours.model.has_note_at(r) for r in range(shown))
            # one call per noted title shown (its pencil), never one per role of every cell
            assert CountingModel.calls <= noted
            assert picture == _picture(before), (lang, change)
            assert len(ours.model._cleared_spans) == 1  # the delegate's one span, cleared once
    finally:
        ours.detach()
        before.detach()


def test_other_spans_are_answered_role_by_role(qtbot):
    session = Session()
    session.open_pack(load_pack(default_pack_path()))
    model = EventTableModel(session)
    model.reset_pack()
    index = model.index(0, TITLE)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                 Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.FontRole):
        element = QModelRoleData(int(role))
        model.multiData(index, QModelRoleDataSpan(element))
        assert element.data() == model.data(index, role)


def test_a_list_with_fonts_colours_and_ticks_painting_in_between_leaks_nothing(qtbot, monkeypatch):
    """Each view's delegate has its own span (what the model clears once per span relies on): a
    list whose items set every role the table leaves unset (font, colours, alignment, ticks),
    painted in the same window between the tables' cells, changes no pixel of them."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QWidget

    session = Session()
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    choices = QListWidget()
    bold = QFont()
    bold.setBold(True)
    bold.setPointSize(14)
    for i in range(20):
        item = QListWidgetItem(f"choice {i}", choices)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        item.setFont(bold)
        item.setForeground(Qt.GlobalColor.red)
        item.setBackground(Qt.GlobalColor.yellow)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight)
    monkeypatch.setattr(event_table_module, "EventTableModel", CountingModel)
    tables = [EventTable(session), EventTable(session)]
    layout.addWidget(choices)
    for table in tables:
        layout.addWidget(table)
    window.resize(1800, 400)
    window.show()
    qtbot.waitExposed(window)
    session.open_pack(load_pack(default_pack_path()))
    qtbot.wait(100)  # the tables' column widths settled
    try:
        for _ in range(2):
            window.repaint()  # the list and both tables, in one paint
        ours = [table.view.viewport().grab().toImage() for table in tables]
        spans = [table.model._cleared_spans for table in tables]
        assert all(len(s) == 1 for s in spans) and not spans[0] & spans[1]  # one span per view
        monkeypatch.setattr(CountingModel, "multiData", RoleByRoleModel.multiData)
        window.repaint()
        assert [table.view.viewport().grab().toImage() for table in tables] == ours
    finally:
        for table in tables:
            table.detach()
