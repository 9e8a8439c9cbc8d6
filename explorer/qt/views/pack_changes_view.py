"""What changed between two versions of a pack: a summary line and a filterable table.

Shown after a live reload ("What changed") and for File ▸ "What changed since…". Rows are the
diff's field changes (``PackDiff.rows()``), events first, then figures; picking a row of an event
the open pack has asks for it to be selected, and everything else follows the selection.
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import QSignalDebouncer

from explorer.atomic_write import write_atomic
from explorer.data.pack_diff import CHANGE_KINDS, EMPTY_TEXT, REMOVED, PackDiff

_ANY_INDEX = QModelIndex | QPersistentModelIndex
COLUMNS = (QT_TRANSLATE_NOOP("PackChangesModel", "Kind"), QT_TRANSLATE_NOOP("PackChangesModel", "What"),
           QT_TRANSLATE_NOOP("PackChangesModel", "Title"), QT_TRANSLATE_NOOP("PackChangesModel", "Field"),
           QT_TRANSLATE_NOOP("PackChangesModel", "Old"), QT_TRANSLATE_NOOP("PackChangesModel", "New"))
# Position of each shown column in a PackDiff row (pack_diff.CSV_HEADER: what, kind, key, title,
# field, old, new).
_ROW_FIELDS = (1, 0, 3, 4, 5, 6)
# The kinds of change (pack_diff.CHANGE_KINDS), as the kind filter offers them.
_KIND_NAMES = {"added": QT_TRANSLATE_NOOP("PackChangesView", "Added"),
               "removed": QT_TRANSLATE_NOOP("PackChangesView", "Removed"),
               "changed": QT_TRANSLATE_NOOP("PackChangesView", "Changed")}
_KIND_CHOICES = ((QT_TRANSLATE_NOOP("PackChangesView", "All changes"), ""),
                 *((_KIND_NAMES.get(k, k.capitalize()), k) for k in CHANGE_KINDS))
FILTER_DELAY_MS = 200  # typing in the filter box is debounced
_C = "PackChangesSummary"
# pack_diff.NOUNS in the interface language: (singular, plural) per resource.
_NOUNS = {
    "domains": (QT_TRANSLATE_NOOP("PackChangesSummary", "domain"),
                QT_TRANSLATE_NOOP("PackChangesSummary", "domains")),
    "events": (QT_TRANSLATE_NOOP("PackChangesSummary", "event"),
               QT_TRANSLATE_NOOP("PackChangesSummary", "events")),
    "observations": (QT_TRANSLATE_NOOP("PackChangesSummary", "figure"),
                     QT_TRANSLATE_NOOP("PackChangesSummary", "figures")),
    "actors": (QT_TRANSLATE_NOOP("PackChangesSummary", "actor"),
               QT_TRANSLATE_NOOP("PackChangesSummary", "actors")),
    "sources": (QT_TRANSLATE_NOOP("PackChangesSummary", "source"),
                QT_TRANSLATE_NOOP("PackChangesSummary", "sources")),
    "indicators": (QT_TRANSLATE_NOOP("PackChangesSummary", "indicator"),
                   QT_TRANSLATE_NOOP("PackChangesSummary", "indicators")),
    "eras": (QT_TRANSLATE_NOOP("PackChangesSummary", "era"),
             QT_TRANSLATE_NOOP("PackChangesSummary", "eras")),
    "milestones": (QT_TRANSLATE_NOOP("PackChangesSummary", "milestone"),
                   QT_TRANSLATE_NOOP("PackChangesSummary", "milestones")),
    "fx_rates": (QT_TRANSLATE_NOOP("PackChangesSummary", "exchange rate"),
                 QT_TRANSLATE_NOOP("PackChangesSummary", "exchange rates")),
    "links": (QT_TRANSLATE_NOOP("PackChangesSummary", "link"),
              QT_TRANSLATE_NOOP("PackChangesSummary", "links")),
}
_EMPTY = QT_TRANSLATE_NOOP("PackChangesSummary", "(empty)")  # pack_diff.EMPTY_TEXT
_KIND_WORDS = {"added": QT_TRANSLATE_NOOP("PackChangesSummary", "added"),
               "removed": QT_TRANSLATE_NOOP("PackChangesSummary", "removed"),
               "changed": QT_TRANSLATE_NOOP("PackChangesSummary", "changed")}
_WHAT_NAMES = {"event": QT_TRANSLATE_NOOP("PackChangesSummary", "event"),
               "figure": QT_TRANSLATE_NOOP("PackChangesSummary", "figure")}


def _t(text: object) -> str:
    """``text`` translated; typed ``object`` because PySide6 types QT_TRANSLATE_NOOP's result so
    (at run time it is the literal ``str`` itself)."""
    return QCoreApplication.translate(_C, str(text))


def summary_text(diff: PackDiff) -> str:
    """``PackDiff.summary()`` in the interface language ("2 events added, 1 removed; 1 figure
    changed" in English, the same as the CLI's)."""
    groups = []
    for name, counts in diff.counts().items():
        singular, plural = _NOUNS.get(name, (name, name))
        bits = [(n, kind) for n, kind in zip(counts, CHANGE_KINDS) if n]
        if not bits:
            continue
        (n0, k0), rest = bits[0], bits[1:]
        first = _t("{n} {noun} {change}").format(
            n=n0, noun=_t(singular if n0 == 1 else plural), change=_t(_KIND_WORDS.get(k0, k0)))
        groups.append(_t(", ").join(
            [first, *(_t("{n} {change}").format(n=n, change=_t(_KIND_WORDS.get(k, k))) for n, k in rest)]))
    return _t("; ").join(groups) or _t("no changes")


class PackChangesModel(QAbstractTableModel):
    """The diff's rows, filtered by a text and a kind; ``_shown`` indexes ``_rows``."""

    def __init__(self, diff: PackDiff, parent=None) -> None:
        super().__init__(parent)
        self._rows = list(diff.rows())
        self._haystack = [" ".join(r).lower() for r in self._rows]
        self._shown = list(range(len(self._rows)))

    def set_filter(self, text: str, kind: str) -> None:
        words = text.lower().split()
        self.beginResetModel()
        self._shown = [i for i, (row, hay) in enumerate(zip(self._rows, self._haystack))
                       if (not kind or row[1] == kind) and all(w in hay for w in words)]
        self.endResetModel()

    def total(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> tuple[str, ...] | None:
        """The diff row (what, kind, key, title, field, old, new) shown at ``row``."""
        return self._rows[self._shown[row]] if 0 <= row < len(self._shown) else None

    def shown_rows(self) -> list[tuple[str, ...]]:
        return [self._rows[i] for i in self._shown]

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < len(COLUMNS):
            return None
        text = row[_ROW_FIELDS[index.column()]]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row[2]}\n{text}" if index.column() == 2 else (text or None)
        if not text and row[4] and index.column() in (4, 5):
            return _t(EMPTY_TEXT)  # a field that was or became empty
        if index.column() == 0:
            return _t(_KIND_WORDS.get(text, text))
        if index.column() == 1:
            return _t(_WHAT_NAMES.get(text, text))
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (QCoreApplication.translate("PackChangesModel", str(COLUMNS[section]))
                if 0 <= section < len(COLUMNS) else None)

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PackChangesView(QDialog):
    """Non-modal window on one ``PackDiff``."""

    sig_event_selection_requested = Signal(str)
    """The user picked a row of an event that is in the newer version: its id."""

    def __init__(self, diff: PackDiff, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pack_changes_view")
        self.setWindowTitle(title or self.tr("What changed"))
        self.setModal(False)
        self.resize(1000, 560)
        self.diff = diff

        self.summary_label = QLabel(summary_text(diff), self)
        self.summary_label.setObjectName("changes_summary")
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        versions = QLabel(self.tr("From {old}\nto {new}").format(old=diff.old_label, new=diff.new_label),
                          self)
        versions.setWordWrap(True)
        versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes = QLabel("\n".join(diff.notes), self)
        notes.setWordWrap(True)
        notes.setVisible(bool(diff.notes))

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter: words in any column"))
        self.filter_edit.setAccessibleName(self.tr("Filter changes"))
        self.filter_edit.setAccessibleDescription(self.tr("Shows only the rows with all these words"))
        self.filter_edit.setClearButtonEnabled(True)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of change"))
        for label, kind in _KIND_CHOICES:
            self.kind_combo.addItem(QCoreApplication.translate("PackChangesView", str(label)), kind)
        self.count_label = QLabel(self)
        self._filter_debouncer = QSignalDebouncer(parent=self)  # filters once typing pauses
        self._filter_debouncer.setTimeout(FILTER_DELAY_MS)
        self._filter_debouncer.triggered.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_debouncer.throttle())
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())

        self.model = PackChangesModel(diff, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Changes table"))
        self.view.setAccessibleDescription(
            self.tr("Picking an event's row selects that event in the main window"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((80, 70, 320, 110, 180)):
            header.resizeSection(col, width)
        self.view.selectionModel().currentRowChanged.connect(self._on_q_current_row_changed)

        self.copy_button = QPushButton(self.tr("&Copy as text"), self)
        self.copy_button.setAccessibleName(self.tr("Copy as text"))
        self.copy_button.clicked.connect(self.copy_text)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export CSV"))
        self.export_button.clicked.connect(self._on_q_export_clicked)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.setAccessibleName(self.tr("Close"))
        close_button.clicked.connect(self.close)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(versions)
        layout.addWidget(notes)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_count()

    # -- filtering -------------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._filter_debouncer.cancel()
        self.model.set_filter(self.filter_edit.text(), self.kind_combo.currentData() or "")
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(self.tr("{shown} of {total} rows").format(shown=shown, total=total)
                                 if shown != total else self.tr("{total} rows").format(total=total))

    # -- selection -------------------------------------------------------------------------------
    def _on_q_current_row_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        # Removed events are not in the newer version: nothing to select.
        if row is not None and row[0] == "event" and row[1] != REMOVED:
            self.sig_event_selection_requested.emit(row[2])

    # -- copy and export -------------------------------------------------------------------------
    def copy_text(self) -> str:
        """The whole diff as text on the clipboard (what the CLI prints)."""
        text = self.diff.to_text()
        QApplication.clipboard().setText(text)
        return text

    def export_csv(self, path: str | Path) -> Path:
        """Write the diff's rows (every row, whatever the filter) as CSV, readable by Excel."""
        buf = io.StringIO()
        self.diff.write_csv(buf)
        target = Path(path)
        write_atomic(target, buf.getvalue().encode("utf-8-sig"))
        return target

    def _on_q_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export changes as CSV"),
                                              str(Path.home() / "pack-changes.csv"), self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            self.export_csv(path)
        except OSError as e:
            QMessageBox.warning(self, self.tr("Not exported"),
                                self.tr("{path} was not written: {reason}").format(path=path, reason=e))

