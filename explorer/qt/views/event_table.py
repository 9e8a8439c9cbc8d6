"""The event table: the accessible, sortable alternative to the timeline."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from explorer.qt.models.event_table_model import EventTableModel
from explorer.state.session import FILTER, PACK, SELECTION, Change, Session


class EventTable(QWidget):
    sig_event_selection_requested = Signal(object)
    """The user selected a row: the event id (or None when the selection is cleared)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("event_table")
        self._session = session
        self.model = EventTableModel(session, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName("Events table")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((110, 380, 200, 180, 90)):
            header.resizeSection(col, width)
        self.view.selectionModel().currentRowChanged.connect(self._on_q_current_row_changed)
        self.model.layoutChanged.connect(self._update_selection)  # re-find the row after a sort
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._unsubscribe = session.subscribe(self._on_session_changed)

    def _on_session_changed(self, change: Change) -> None:
        if PACK in change.what:
            self.model.reset_pack()
        elif FILTER in change.what:
            self.model.reset_rows()
        if change.what & {PACK, FILTER, SELECTION}:
            self._update_selection()

    def _update_selection(self) -> None:
        """Show the session's selection without echoing it back as a request."""
        row = self.model.row_of_event(self._session.selected_event)
        sel = self.view.selectionModel()
        sel.blockSignals(True)
        if row is None:
            sel.clearSelection()
            sel.setCurrentIndex(self.model.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate)
        else:
            index = self.model.index(row, 0)
            sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)
        sel.blockSignals(False)
        self.view.viewport().update()

    def _on_q_current_row_changed(self, current, _previous) -> None:
        event_id = self.model.event_id_at(current.row()) if current.isValid() else None
        if event_id is not None and event_id != self._session.selected_event:
            self.sig_event_selection_requested.emit(event_id)

    def detach(self) -> None:
        self._unsubscribe()
