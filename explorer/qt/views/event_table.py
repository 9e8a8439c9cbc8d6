"""The event table: the accessible, sortable alternative to the timeline.

Data is shown in the session's label language (relabelled on a "labels" change). Title takes the
width the other columns leave: they get what their usual content needs, and give way in proportion
when the panel is narrow, until the user resizes a column by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from explorer.qt import theme
from explorer.qt.models.event_table_model import DATE, DOMAINS, KIND, PARTIES, STATUS, TITLE, EventTableModel
from explorer.state.session import FILTER, LABELS, NOTES, PACK, SELECTION, Change, Session

# What a column usually holds, to size it (Title gets the rest); "M" pads for the sort indicator.
_SAMPLE = {DATE: "14 Dec 2023 – 2035M", PARTIES: "Japan, European UnionM", DOMAINS: "Economic securityM",
           KIND: "NegotiationM", STATUS: "Provisionally appM", 6: "japan-eu-usM"}
_TITLE_SHARE = 0.4  # Title keeps at least this share of the width when the others give way


class EventTable(QWidget):
    sig_event_selection_requested = Signal(object)
    """The user selected a row: the event id (or None when the selection is cleared)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("event_table")
        # Opaque (filled with the window colour the dock shows behind it anyway): the rows' scroll
        # bar coming or going then repaints the table alone, not the Events dock and its title.
        self.setAutoFillBackground(True)
        self._session = session
        self.model = EventTableModel(session, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Events table"))
        self.view.setAccessibleDescription(self.tr(
            "The events the filters keep, one per row; choose a row to see its details. Click a "
            "column heading to sort by it."))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        # Every row one line high (set in _restyle): the view never asks rows for their size.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self._fitting = False
        self._syncing = False  # showing the session's selection: not a user's choice
        self._user_sized = False  # a column resized by hand: widths are the user's from then on
        self._fitted_for: tuple | None = None  # room, columns, font and dpi of the last fit
        header.sectionResized.connect(self._on_section_resized)
        self.model.modelReset.connect(self._fit_columns)  # the Pack column comes and goes
        self.view.selectionModel().currentRowChanged.connect(self._on_q_current_row_changed)
        self.model.layoutChanged.connect(self._update_selection)  # re-find the row after a sort
        self.view.viewport().installEventFilter(self)  # its paints let the sort orders start
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._restyle()
        theme.notifier().changed.connect(self._restyle)
        self._unsubscribe = session.subscribe(self._on_session_changed)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:  # the model's per-pack sort orders wait for this
            self.model.painted()
        return False

    def _on_session_changed(self, change: Change) -> None:
        if PACK in change.what:
            self.model.reset_pack()
        elif FILTER in change.what:
            self.model.reset_rows()
        if LABELS in change.what and PACK not in change.what:
            self.model.relabel()
        if NOTES in change.what and PACK not in change.what:
            self.model.refresh_notes()
        if change.what & {PACK, FILTER, SELECTION, LABELS}:
            self._update_selection()

    def _restyle(self) -> None:
        """The theme or text size changed: row height from the font, the note pencil's colour."""
        self._follow_style()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.model.restyle(theme.current().text)
        self._fit_columns()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # the application's look was replaced
            self._follow_style()

    def _follow_style(self) -> None:
        """The rows and the column headings are painted by the style the application's look wraps
        (``LookStyle``'s base), not through the look itself, in the light and dark themes: there
        the look changes only check boxes and radio buttons, which the table has none of, so the
        pixels are the same, but each of its calls from Qt's item painting into Python (several
        per cell) cost ~0.5 ms of a 3.2 ms table paint at tier S (the headings ~0.07 ms). High
        contrast rules every frame: the look stays. The scroll bars keep the application's style
        (a widget's style is its own, not its children's). The base belongs to the look: when a
        new look replaces it, Qt forgets it here too."""
        from PySide6.QtWidgets import QApplication

        from explorer.qt.look_style import LookStyle

        look = QApplication.style()
        for widget in (self.view, self.view.horizontalHeader()):
            if isinstance(look, LookStyle) and look.theme.name != "high_contrast":
                base = look.plain()  # the base alone: no call back into the look
                if widget.style() is not base:
                    widget.setStyle(base)
            elif widget.style() is not look:
                widget.setStyle(None)  # type: ignore[arg-type]  # None: the application's style

    # -- column widths -------------------------------------------------------------------------------
    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != TITLE:
            self._user_sized = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column but Title as wide as its usual content; narrower in proportion when that
        would leave Title less than its share of the width. The widths follow from the room, the
        font and the columns alone (any other change of a width is the user's, which stops the
        fitting): when those are as at the last fit, the widths it would set are already set, and
        nothing is measured again (every filter change resets the model, which asks for a fit:
        0.16 ms at tier S)."""
        if self._user_sized:
            return
        width = self.view.viewport().width() or self.width()
        count = self.model.columnCount()
        key = (width, count, self.view.font().key(), self.view.logicalDpiX())
        if key == self._fitted_for:
            return
        self._fitted_for = key
        metrics = self.view.fontMetrics()
        columns = [c for c in range(count) if c != TITLE]
        wanted = {c: metrics.horizontalAdvance(_SAMPLE.get(c, "MMMMMMMMMM")) + 12 for c in columns}
        room = width * (1 - _TITLE_SHARE)
        total = sum(wanted.values())
        scale = min(1.0, room / total) if total else 1.0
        floor = metrics.horizontalAdvance("MMMM")
        self._fitting = True
        try:
            header = self.view.horizontalHeader()
            for c in columns:
                header.resizeSection(c, max(floor, int(wanted[c] * scale)))
        finally:
            self._fitting = False

    # -- selection -----------------------------------------------------------------------------------
    def _update_selection(self) -> None:
        """Show the session's selection without echoing it back as a request. The selection
        model's signals reach the view, which repaints the rows that changed (not the whole
        table); ``_syncing`` keeps them from coming back as a request."""
        row = self.model.row_of_event(self._session.selected_event)
        sel = self.view.selectionModel()
        self._syncing = True
        try:
            if row is None:
                sel.clearSelection()
                sel.setCurrentIndex(self.model.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.model.index(row, 0)
                sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                    | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(index)
        finally:
            self._syncing = False

    def _on_q_current_row_changed(self, current, _previous) -> None:
        if self._syncing:
            return
        event_id = self.model.event_id_at(current.row()) if current.isValid() else None
        if event_id is not None and event_id != self._session.selected_event:
            self.sig_event_selection_requested.emit(event_id)

    def detach(self) -> None:
        self._unsubscribe()
        theme.notifier().changed.disconnect(self._restyle)
