"""Page 1 of the import wizard: the file, how it is read (encoding, delimiter, sheet, header row), and a
preview of its first rows read off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from superqt.utils import signals_blocked

from explorer.importing.mapping import ImportMapping
from explorer.importing.source_table import (
    ReadOptions,
    SourceFileError,
    SourceTable,
    list_sheets,
    read_table,
)
from explorer.importing.wizard_logic import column_letter, detected_items
from explorer.qt import theme as qt_theme
from explorer.qt.import_worker import PreviewReader
from explorer.qt.views.import_wizard.common import (
    _ERROR_STYLE,
    DELIMITER_NAMES,
    DELIMITERS,
    ENCODINGS,
    OTHER,
    PREVIEW_ROWS,
    SAMPLE_ROWS,
    _data_combo,
    _file_filter,
    _select_data,
    _set_message,
    _t,
)

if TYPE_CHECKING:
    from explorer.qt.views.import_wizard.wizard import ImportWizard

# -- item models ----------------------------------------------------------------------------------
class PreviewModel(QAbstractTableModel):
    """The first rows of a file as read: title rows (grey), the header row (highlighted), data rows.
    The vertical header shows each row's number in the file, as a spreadsheet would."""

    TITLE, HEADER, DATA = "title", "header", "data"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, list[str]]] = []  # (role, file row number, cells)
        self._width = 0

    def set_table(self, table: SourceTable | None, limit: int = PREVIEW_ROWS) -> None:
        self.beginResetModel()
        self._rows = []
        if table is not None:
            header_row = table.header_row or 1
            titles = list(table.title_rows)
            first_title = header_row - len(titles)
            for k, cells in enumerate(titles):
                self._rows.append((self.TITLE, first_title + k, list(cells)))
            self._rows.append((self.HEADER, header_row, list(table.header)))
            for cells, rowno in zip(table.rows[:limit], table.row_numbers[:limit]):
                self._rows.append((self.DATA, rowno, list(cells)))
        self._width = max((len(r[2]) for r in self._rows), default=0)
        self.endResetModel()

    def row_role(self, row: int) -> str:
        return self._rows[row][0]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._width

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, _rowno, cells = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.ForegroundRole and kind == self.TITLE:
            return QBrush(QColor(qt_theme.current().muted_text))
        if role == Qt.ItemDataRole.BackgroundRole and kind == self.HEADER:
            return QBrush(QColor(qt_theme.current().gutter))
        if role == Qt.ItemDataRole.FontRole and kind != self.DATA:
            font = QFont()
            font.setBold(kind == self.HEADER)
            font.setItalic(kind == self.TITLE)
            return font
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                if 0 <= section < len(self._rows):
                    return str(self._rows[section][1])
                return None
            return column_letter(section)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical \
                and 0 <= section < len(self._rows):
            kind, rowno = self._rows[section][:2]
            if kind == self.TITLE:
                return self.tr("Row {row}: above the header (a title); not imported").format(row=rowno)
            if kind == self.HEADER:
                return self.tr("Row {row}: the header (column names)").format(row=rowno)
            return self.tr("Row {row}").format(row=rowno)
        return None


# -- page 1: the file -----------------------------------------------------------------------------
class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self._sheets_of: Path | None = None  # the file whose sheets the sheet combo lists
        self.setTitle(self.tr("The file"))
        self.setSubTitle(self.tr("Choose a CSV, TSV, TXT or Excel (XLSX) file. Check how it was read, "
                                 "and change anything that looks wrong: the preview follows at once."))

        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("A .csv, .tsv, .txt or .xlsx file"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.editingFinished.connect(self._on_q_path_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAccessibleName(self.tr("Browse for the file to import"))
        self.browse_button.clicked.connect(self._on_q_browse_clicked)

        self.encoding_combo = _data_combo(self, self.tr("Encoding"),
                                          ((QT_TRANSLATE_NOOP("ImportWizard", "Detected"), ""), *ENCODINGS))
        self.encoding_other = QLineEdit(self)
        self.encoding_other.setPlaceholderText(self.tr("e.g. latin-1, euc-jp, gb18030"))
        self.encoding_other.setAccessibleName(self.tr("Other encoding"))
        self.encoding_other.setVisible(False)
        self.encoding_combo.currentIndexChanged.connect(self._on_q_encoding_changed)
        self.encoding_other.editingFinished.connect(self.reread)

        self.delimiter_combo = _data_combo(self, self.tr("Delimiter"),
                                           ((QT_TRANSLATE_NOOP("ImportWizard", "Detected"), ""), *DELIMITERS))
        self.delimiter_combo.currentIndexChanged.connect(lambda *_: self.reread())

        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(0, 1000)
        self.header_spin.setSpecialValueText(_t("Detected"))
        self.header_spin.setAccessibleName(self.tr("Header row"))
        self.header_spin.setMinimumWidth(130)  # room for "Detected (12)"
        self.header_spin.setToolTip(self.tr("The row holding the column names, counting from 1 as a "
                                            "spreadsheet does; rows above it are titles and are not "
                                            "imported"))
        self.header_spin.setAccessibleDescription(self.header_spin.toolTip())
        self.header_spin.valueChanged.connect(lambda *_: self.reread())

        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.setPlaceholderText(self.tr("none (not a workbook)"))
        self.sheet_combo.setMinimumWidth(160)
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.currentIndexChanged.connect(lambda *_: self.reread())

        self.detected_label = QLabel("", self)
        self.detected_label.setWordWrap(True)
        self.detected_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detected_label.setAccessibleName(self.tr("How the file was read"))
        self.error_label = QLabel("", self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setAccessibleName(self.tr("Problem reading the file"))
        self.error_label.setVisible(False)

        self.preview_model = PreviewModel(self)
        self._reader = PreviewReader(self)  # reads the preview off the GUI thread; goes with the page
        self._reader.sig_read.connect(self._on_q_preview_read)
        self._reading: Path | None = None  # the file being read now
        self._generation = 0  # the read whose result is wanted
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setDefaultSectionSize(120)
        self.preview.verticalHeader().setDefaultSectionSize(22)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_combo, 1)
        encoding_row.addWidget(self.encoding_other, 1)
        options = QGridLayout()
        columns: tuple[tuple[str, QWidget | QLayout, QWidget], ...] = (  # (label, field, the label's buddy)
            (self.tr("&Encoding"), encoding_row, self.encoding_combo),
            (self.tr("&Delimiter"), self.delimiter_combo, self.delimiter_combo),
            (self.tr("&Header row"), self.header_spin, self.header_spin),
            (self.tr("&Sheet"), self.sheet_combo, self.sheet_combo))
        for col, (text, widget, buddy) in enumerate(columns):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            options.addWidget(label, 0, col)
            if isinstance(widget, QWidget):
                options.addWidget(widget, 1, col)
            else:
                options.addLayout(widget, 1, col)
        for col, stretch in enumerate((3, 2, 1, 2)):
            options.setColumnStretch(col, stretch)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(options)
        layout.addWidget(self.detected_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.preview, 1)

    # the wizard's view of this page
    def isComplete(self) -> bool:
        return self._wiz.table is not None and self._reading is None

    def read_options(self) -> ReadOptions:
        """The user's overrides (None where the file's own detection applies)."""
        encoding = self.encoding_combo.currentData()
        if encoding == OTHER:
            encoding = self.encoding_other.text().strip()
        return ReadOptions(encoding=encoding or None, delimiter=self.delimiter_combo.currentData() or None,
                           header_row=self.header_spin.value() or None,
                           # the first sheet is what the reader takes anyway: a saved mapping need not name it
                           sheet=self.sheet_combo.currentData() if self.sheet_combo.currentIndex() > 0 else None)

    def set_file(self, path: str | Path) -> None:
        self.path_edit.setText(str(path))
        self.reread()

    def apply_read_options(self, mapping: ImportMapping) -> None:
        """Take a loaded mapping's reading options (encoding, delimiter, header row, sheet)."""
        widgets = (self.encoding_combo, self.encoding_other, self.delimiter_combo, self.header_spin,
                   self.sheet_combo)
        with signals_blocked(*widgets):
            if mapping.encoding:
                if not _select_data(self.encoding_combo, mapping.encoding.lower()):
                    _select_data(self.encoding_combo, OTHER)
                    self.encoding_other.setText(mapping.encoding)
                self.encoding_other.setVisible(self.encoding_combo.currentData() == OTHER)
            if mapping.delimiter:
                _select_data(self.delimiter_combo, "\t" if mapping.delimiter == "tab" else mapping.delimiter)
            if mapping.header_row:
                self.header_spin.setValue(mapping.header_row)
            if mapping.sheet:
                _select_data(self.sheet_combo, mapping.sheet)
        self.reread()

    def reread(self) -> None:
        """Read the file again with the current options (only its first SAMPLE_ROWS rows), on the
        thread pool: the page says "Reading <file>…" and stays responsive; Next waits for the read
        (``isComplete``); a newer read supersedes this one, whose result is then dropped."""
        text = self.path_edit.text().strip()
        self._wiz.set_table(None, None)
        self.preview_model.set_table(None)
        self.detected_label.setText("")
        _set_message(self.error_label, "", _ERROR_STYLE)
        if not text:
            self._reader.discard()
            self._reading = None
            self.completeChanged.emit()
            return
        path = Path(text).expanduser()
        options = self.read_options()
        sheets_needed = path != self._sheets_of

        def read() -> tuple[Sequence[str] | None, SourceTable]:  # on a pool thread: touches no widget
            sheets: Sequence[str] | None = None
            if sheets_needed:
                sheets = list_sheets(path) if path.suffix.lower() == ".xlsx" and path.is_file() else []
            return sheets, read_table(path, options, max_rows=SAMPLE_ROWS)

        self._reading = path
        self._generation = self._reader.start(read)
        self.detected_label.setText(self.tr("Reading {file}…").format(file=path.name))
        self.completeChanged.emit()

    @property
    def reading(self) -> bool:
        """A preview is being read (Next waits for it)."""
        return self._reading is not None

    def discard_preview(self) -> None:
        """The wizard closes: drop the preview being read, without waiting for it."""
        self._reader.close()
        self._reading = None

    def _on_q_preview_read(self, generation: int, value: object, error: object) -> None:
        if generation != self._generation or self._reading is None:
            return  # superseded by a newer read, or the wizard is closing
        path, self._reading = self._reading, None
        self.detected_label.setText("")
        if isinstance(error, SourceFileError):
            _set_message(self.error_label, self.tr("✖ {problem}").format(problem=error), _ERROR_STYLE)
        elif error is not None:
            detail = f"{type(error).__name__}: {error}"
            _set_message(self.error_label, self.tr("✖ Internal error (please report it): {detail}")
                         .format(detail=detail), _ERROR_STYLE)
        else:
            # the value ``read`` (in reread) returned; the reader's signal carries it as object
            sheets, table = cast("tuple[Sequence[str] | None, SourceTable]", value)
            if sheets is not None:
                self._show_sheets(path, sheets)
            self._wiz.set_table(path, table)
            self.preview_model.set_table(table)
            self.preview.resizeColumnsToContents()
            for c in range(self.preview_model.columnCount()):  # long titles must not make one huge column
                self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 260))
            self.detected_label.setText(self._explain(table))
        self.completeChanged.emit()
        self._wiz.preview_ready()

    def _show_sheets(self, path: Path, sheets: Sequence[str]) -> None:
        self._sheets_of = path
        with signals_blocked(self.sheet_combo):
            self.sheet_combo.clear()
            for name in sheets:
                self.sheet_combo.addItem(name, name)
            self.sheet_combo.setEnabled(len(sheets) > 0)

    def _explain(self, table: SourceTable) -> str:
        """What was detected and why, in a few lines."""
        lines = []
        more = "" if len(table.rows) < SAMPLE_ROWS else "+"
        where = self.tr(", sheet {sheet}").format(sheet=repr(table.sheet)) if table.sheet else ""
        lines.append(self.tr("{file}{sheet}: {columns} columns, {rows} rows after the header (row {header}).")
                     .format(file=table.path.name, sheet=where, columns=len(table.header),
                             rows=f"{len(table.rows):,}{more}", header=table.header_row))
        for key, why in detected_items(table):
            lines.append(f"{key}: {why}")
        self._show_detected_in_controls(table)
        return "\n".join(lines)

    def _show_detected_in_controls(self, table: SourceTable) -> None:
        """The "Detected" entries say what was detected, so the user sees it where they would change it."""
        detected = self.tr("Detected ({what})")
        self.encoding_combo.setItemText(0, detected.format(what=table.encoding) if table.encoding
                                        else _t("Detected"))
        delim = (_t(DELIMITER_NAMES[table.delimiter]) if table.delimiter in DELIMITER_NAMES
                 else table.delimiter or "")
        self.delimiter_combo.setItemText(0, detected.format(what=delim) if delim else _t("Detected"))
        self.header_spin.setSpecialValueText(detected.format(what=table.header_row) if table.header_row
                                             else _t("Detected"))

    def _on_q_encoding_changed(self, *_args) -> None:
        other = self.encoding_combo.currentData() == OTHER
        self.encoding_other.setVisible(other)
        if other and not self.encoding_other.text().strip():
            self.encoding_other.setFocus()
            return
        self.reread()

    def _on_q_path_edited(self) -> None:
        text = self.path_edit.text().strip()
        if self._reading is not None and str(self._reading) == str(Path(text).expanduser()):
            return  # being read already: leaving the field must not start the read again
        if self._wiz.path is None or str(self._wiz.path) != text:
            self.reread()

    def _on_q_browse_clicked(self) -> None:
        start = self._wiz.settings.get("import_folder") or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import data from"), start, _file_filter())
        if path:
            self._wiz.settings.set("import_folder", str(Path(path).parent))
            self.set_file(path)
