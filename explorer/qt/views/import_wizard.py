"""File ▸ Import data…: a wizard over the Qt-free import engine in ``explorer/importing``.

Five pages: (1) the file and how it is read, (2) which columns feed which fields of a pack resource,
(3) the enum texts and actor names the engine would not recognise, (4) the import itself, on a
worker thread with progress and cancel, and (5) the report of every row not taken. Each page calls
the functions ``briefing-explorer import`` calls (read_table, ImportMapping.check, suggest_mapping,
run_import, write_import_pack, write_report_csv); nothing here reads a cell's value itself.

Remembered in the app settings (``import_*`` keys): the last folders used and the reading options
that are habits rather than properties of one file (kind, missing tokens, decimal comma, list
separator, day order).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from explorer.atomic_write import write_atomic
from explorer.data.pack_schema import (
    ACTOR_KINDS,
    COLOUR_PATTERN,
    DOMAINS,
    MEASURES,
    RESOURCE_BY_NAME,
    SLUG_PATTERN,
    Column,
    Kind,
)
from explorer.data.pack_domains import Domain, domain_id_for, domain_problems
from explorer.data.pack_source import DESCRIPTOR
from explorer.importing.actor_lookup import ActorEntry, ActorLookup
from explorer.importing.engine import REJECTED, ColumnFinding, ImportResult, RowIssue, run_import, slugify
from explorer.importing.mapping import (
    AUTO_FIELDS,
    EXTRA_CONSTANTS,
    IMPORT_KINDS,
    WIDE_FIELDS,
    ImportMapping,
    MappingError,
    compact_columns,
    expand_columns,
)
from explorer.importing.messy_dates import detect_day_order
from explorer.importing.messy_numbers import DEFAULT_MISSING
from explorer.importing.numeric_codes import AmbiguousCodes, CodeSystemFinding
from explorer.importing.problems import NOT_IN_LOOKUP, ProblemCode
from explorer.importing.pack_builder import IMPORT_KEY, REPORT_COLUMNS, write_report_csv
from explorer.importing.source_table import (
    ReadOptions,
    SourceFileError,
    SourceTable,
    list_sheets,
    read_table,
)
from explorer.importing.suggest import (
    Suggestion,
    numbered_run,
    period_columns,
    suggest_fallbacks,
    suggest_mapping,
)
from explorer.qt import theme as qt_theme
from explorer.qt.import_worker import Cancelled, ImportWorker, PreviewReader, Progress, Task, import_file_task
from explorer.userdata.locations import user_packs_dir
from explorer.userdata.settings import Settings

PAGE_FILE, PAGE_MAPPING, PAGE_VALUES, PAGE_IMPORT, PAGE_REPORT = range(5)
PREVIEW_ROWS = 50  # rows shown on the first page
SAMPLE_ROWS = 5000  # rows read for suggestions, the day-order check and the trial run of page 3
TRIAL_PASSES = 4  # page 3 re-runs the engine to find texts hidden behind an earlier unknown one
LIST_LIMIT = 300  # rows of page 3's tables (the rest are counted, and reported after the import)
# Words in the tables below are translated where shown (QT_TRANSLATE_NOOP marks them for
# pyside6-lupdate; ``_t`` translates them in the "ImportWizard" context).


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def _file_filter() -> str:
    return (QCoreApplication.translate("ImportWizard", "Tables") + " (*.csv *.tsv *.txt *.xlsx);;"
            + QCoreApplication.translate("ImportWizard", "All files") + " (*)")


def _mapping_filter() -> str:
    return QCoreApplication.translate("ImportWizard", "Import mapping") + " (*.json)"


OTHER = "other"
ENCODINGS = (("UTF-8", "utf-8"), ("Windows-1252", "cp1252"), ("Shift_JIS", "shift_jis"),
             (QT_TRANSLATE_NOOP("ImportWizard", "Other…"), OTHER))
DELIMITERS = ((QT_TRANSLATE_NOOP("ImportWizard", "Comma  ,"), ","),
              (QT_TRANSLATE_NOOP("ImportWizard", "Semicolon  ;"), ";"),
              (QT_TRANSLATE_NOOP("ImportWizard", "Tab"), "\t"),
              (QT_TRANSLATE_NOOP("ImportWizard", "Pipe  |"), "|"))
DELIMITER_NAMES = {",": QT_TRANSLATE_NOOP("ImportWizard", "comma"),
                   ";": QT_TRANSLATE_NOOP("ImportWizard", "semicolon"),
                   "\t": QT_TRANSLATE_NOOP("ImportWizard", "tab"),
                   "|": QT_TRANSLATE_NOOP("ImportWizard", "pipe")}
KIND_LABELS = {
    "events": QT_TRANSLATE_NOOP("ImportWizard", "Events: agreements, summits, policies (one per row)"),
    "observations": QT_TRANSLATE_NOOP("ImportWizard", "Figures: observations (one value per row, or "
                                                      "one column per period)"),
    "fx_rates": QT_TRANSLATE_NOOP("ImportWizard", "Exchange rates"),
    "actors": QT_TRANSLATE_NOOP("ImportWizard", "Actors: countries, blocs, organisations"),
}
DAY_ORDER_LABELS = (("auto", QT_TRANSLATE_NOOP("ImportWizard", "&Detect")),
                    ("day_first", QT_TRANSLATE_NOOP("ImportWizard", "Da&y first (31/12/2001)")),
                    ("month_first", QT_TRANSLATE_NOOP("ImportWizard", "Month &first (12/31/2001)")))
PRECISION_LABELS = ((QT_TRANSLATE_NOOP("ImportWizard", "as written"), ""),
                    (QT_TRANSLATE_NOOP("ImportWizard", "cut to the year"), "year"),
                    (QT_TRANSLATE_NOOP("ImportWizard", "cut to the month"), "month"))
# Settings (constants) of the records an import creates, which have allowed values.
EXTRA_CHOICES = {"indicator.domain": DOMAINS, "indicator.measure": MEASURES, "actor.kind": ACTOR_KINDS}
# What the engine fills in when a field is left out (engine module docstring, docs/import.md).
AUTO_DEFAULTS = {
    ("events", "id"): QT_TRANSLATE_NOOP("ImportWizard", "made from the title"),
    ("events", "summary"): QT_TRANSLATE_NOOP("ImportWizard", "“Imported from FILE, row N.”"),
    ("events", "source_ids"): QT_TRANSLATE_NOOP("ImportWizard", "the imported file"),
    ("observations", "source_id"): QT_TRANSLATE_NOOP("ImportWizard", "the imported file"),
    ("observations", "scale"): QT_TRANSLATE_NOOP("ImportWizard", "0 (units as written)"),
    ("fx_rates", "source_id"): QT_TRANSLATE_NOOP("ImportWizard", "the imported file"),
    ("actors", "id"): QT_TRANSLATE_NOOP("ImportWizard", "from the actor lookup, else from the name"),
    ("actors", "name"): QT_TRANSLATE_NOOP("ImportWizard", "from the actor lookup"),
    ("actors", "kind"): QT_TRANSLATE_NOOP("ImportWizard", "from the actor lookup"),
}
# The engine's messages name command-line options; say the same with the wizard's words.
# (The engine's own text around them stays English: it is core text, shared with the command line.)
_CLI_WORDING = (
    ("(map a column with --map FIELD=COLUMN or give a value with --const FIELD=VALUE)",
     QT_TRANSLATE_NOOP("ImportWizard", "(choose a column for it, or type a value for every row)")),
    ("give --const indicator.domain=D (or \"const\": {\"indicator.domain\": D} in the mapping file)",
     QT_TRANSLATE_NOOP("ImportWizard", "choose one for indicator.domain below")),
    ("(--day-first / --month-first)", QT_TRANSLATE_NOOP("ImportWizard", "(see “Dates” below)")),
    ("say which with --codes iso-numeric or --codes cow",
     QT_TRANSLATE_NOOP("ImportWizard", "choose which under “Country codes as numbers”")),
)
# Page 3: what numbers in country-code columns are ("" = decided from the column's values).
CODES_CHOICES = ((QT_TRANSLATE_NOOP("ImportWizard", "decide from the values"), ""),
                 (QT_TRANSLATE_NOOP("ImportWizard", "ISO 3166-1 numeric (392 = Japan)"), "iso-numeric"),
                 (QT_TRANSLATE_NOOP("ImportWizard", "Correlates of War (740 = Japan)"), "cow"))
# Message styles: which colour of the window's theme a message is drawn in (``_style``).
_ERROR_STYLE = "error"
_OK_STYLE = "ok"
_MUTED_STYLE = "muted"
_WARNING_STYLE = "warning"
_STYLE_PROPERTY = "explorer_message_style"
_SLUG_RE = re.compile(SLUG_PATTERN)
_COLOUR_RE = re.compile(COLOUR_PATTERN)


def _style(style: str) -> str:
    """The style sheet of a message in ``style``, in the current theme's colours."""
    t = qt_theme.current()
    colour = {_ERROR_STYLE: t.error_text, _OK_STYLE: t.ok_text, _MUTED_STYLE: t.muted_text,
              _WARNING_STYLE: t.warning_text}.get(style)
    return f"color: {colour};" if colour else ""


def _restyle_messages(root: QWidget) -> None:
    """Redraw every message label under ``root`` in the current theme (the theme changed)."""
    for label in root.findChildren(QLabel):
        style = label.property(_STYLE_PROPERTY)
        if style:
            label.setStyleSheet(_style(style))


def for_the_wizard(message: str) -> str:
    """An engine message with its command-line wording replaced by the wizard's (translated)."""
    for cli, gui in _CLI_WORDING:
        message = message.replace(cli, _t(gui))
    return message


def _set_message(label: QLabel, text: str, style: str) -> None:
    label.setText(text)
    _set_style(label, style)
    label.setVisible(bool(text))


def _set_style(label: QLabel, style: str) -> None:
    """Draw ``label`` in a message style (one of the ``_*_STYLE``), following theme changes."""
    label.setProperty(_STYLE_PROPERTY, style)
    label.setStyleSheet(_style(style))


def _select_data(combo: QComboBox, data: object) -> bool:
    i = combo.findData(data)
    if i >= 0:
        combo.setCurrentIndex(i)
    return i >= 0


def _data_combo(parent: QWidget, name: str, items: Iterable[tuple[str, object]]) -> QComboBox:
    """A combo of (label, data) items with an accessible name; labels marked QT_TRANSLATE_NOOP in
    the ImportWizard context are shown translated."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for label, data in items:
        combo.addItem(_t(label), data)
    return combo


def _split_tokens(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in text.split() if t))


# -- where the pack goes --------------------------------------------------------------------------
def is_earlier_import_of(folder: Path, file_name: str) -> bool:
    """True if ``folder`` is a pack an import of a file called ``file_name`` wrote (safe to replace)."""
    try:
        desc = json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    info = desc.get(IMPORT_KEY) if isinstance(desc, dict) else None
    return isinstance(info, dict) and info.get("file") == file_name


def default_destination(source: Path, pack_name: str, parent: Path | None = None) -> Path:
    """``parent/<pack name>`` (default: the user's packs folder), made unique with -2, -3… unless the
    folder is empty or an earlier import of the same file (re-importing then updates it in place)."""
    parent = parent if parent is not None else user_packs_dir()
    name = pack_name or slugify(source.stem, 40) or "imported"
    candidate, n = parent / name, 2
    while candidate.exists() and not (candidate.is_dir() and not any(candidate.iterdir())) \
            and not is_earlier_import_of(candidate, source.name):
        candidate, n = parent / f"{name}-{n}", n + 1
    return candidate


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

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
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

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                if 0 <= section < len(self._rows):
                    return str(self._rows[section][1])
                return None
            return _column_letter(section)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical \
                and 0 <= section < len(self._rows):
            kind, rowno = self._rows[section][:2]
            if kind == self.TITLE:
                return self.tr("Row {row}: above the header (a title); not imported").format(row=rowno)
            if kind == self.HEADER:
                return self.tr("Row {row}: the header (column names)").format(row=rowno)
            return self.tr("Row {row}").format(row=rowno)
        return None


def _column_letter(i: int) -> str:
    """Spreadsheet column names: A…Z, AA…"""
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


class ReportModel(QAbstractTableModel):
    """The import's issues (row, column, field, status, reason, found), filtered by status and text.
    Filtering builds an index list in one pass: fast for 10^5 issues, no proxy model."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._issues: list[RowIssue] = []
        self._shown: list[int] = []

    def set_issues(self, issues: list[RowIssue]) -> None:
        self.beginResetModel()
        self._issues = list(issues)
        self._shown = list(range(len(self._issues)))
        self.endResetModel()

    def set_filter(self, status: str = "", text: str = "") -> None:
        words = text.lower().split()
        self.beginResetModel()
        self._shown = [k for k, i in enumerate(self._issues)
                       if (not status or i.status == status)
                       and all(w in self._haystack(i) for w in words)]
        self.endResetModel()

    @staticmethod
    def _haystack(i: RowIssue) -> str:
        return f"{i.row} {i.column} {i.field} {i.status} {i.reason} {i.found}".lower()

    def issue(self, row: int) -> RowIssue:
        return self._issues[self._shown[row]]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(REPORT_COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.ForegroundRole):
            return None
        issue = self._issues[self._shown[index.row()]]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(qt_theme.current().error_text)) if issue.status == REJECTED else None
        value = getattr(issue, REPORT_COLUMNS[index.column()])
        return str(value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            name = REPORT_COLUMNS[section]
            return _t(REPORT_HEADERS[name]) if name in REPORT_HEADERS else name.capitalize()
        return None


# The report's column titles (the CSV keeps the engine's names).
REPORT_HEADERS = {"row": QT_TRANSLATE_NOOP("ImportWizard", "Row"),
                  "column": QT_TRANSLATE_NOOP("ImportWizard", "Column"),
                  "field": QT_TRANSLATE_NOOP("ImportWizard", "Field"),
                  "status": QT_TRANSLATE_NOOP("ImportWizard", "Status"),
                  "reason": QT_TRANSLATE_NOOP("ImportWizard", "Reason"),
                  "found": QT_TRANSLATE_NOOP("ImportWizard", "Found")}


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
        for col, (text, widget, buddy) in enumerate((
                (self.tr("&Encoding"), encoding_row, self.encoding_combo),
                (self.tr("&Delimiter"), self.delimiter_combo, None),
                (self.tr("&Header row"), self.header_spin, None), (self.tr("&Sheet"), self.sheet_combo, None))):
            label = QLabel(text, self)
            label.setBuddy(buddy or widget)
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
    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
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
        for w in widgets:
            w.blockSignals(True)
        try:
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
        finally:
            for w in widgets:
                w.blockSignals(False)
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

        def read():  # on a pool thread: touches no widget
            sheets = None
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
            sheets, table = value  # type: ignore[misc]
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

    def _show_sheets(self, path: Path, sheets: list[str]) -> None:
        self._sheets_of = path
        self.sheet_combo.blockSignals(True)
        try:
            self.sheet_combo.clear()
            for name in sheets:
                self.sheet_combo.addItem(name, name)
            self.sheet_combo.setEnabled(len(sheets) > 0)
        finally:
            self.sheet_combo.blockSignals(False)

    def _explain(self, table: SourceTable) -> str:
        """What was detected and why, in a few lines."""
        lines = []
        more = "" if len(table.rows) < SAMPLE_ROWS else "+"
        where = self.tr(", sheet {sheet}").format(sheet=repr(table.sheet)) if table.sheet else ""
        lines.append(self.tr("{file}{sheet}: {columns} columns, {rows} rows after the header (row {header}).")
                     .format(file=table.path.name, sheet=where, columns=len(table.header),
                             rows=f"{len(table.rows):,}{more}", header=table.header_row))
        for key, why in _detected_items(table):
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
        start = self._wiz.settings.get("import_folder", str(Path.home()), str)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import data from"), start, _file_filter())
        if path:
            self._wiz.settings.set("import_folder", str(Path(path).parent))
            self.set_file(path)


def _detected_items(table: SourceTable) -> list[tuple[str, str]]:
    """The reader's explanations of what it detected, as (what, why) pairs."""
    detected = table.detected
    if isinstance(detected, dict):
        return [(str(k).replace("_", " ").capitalize(), str(v)) for k, v in detected.items()]
    out = []
    for item in detected or ():
        if isinstance(item, tuple) and len(item) == 2:
            out.append((str(item[0]).replace("_", " ").capitalize(), str(item[1])))
        else:
            out.append(("Detected", str(item)))
    return out


# -- page 2: the mapping ----------------------------------------------------------------------------
NO_COLUMN = ""
# How a suggestion matched (the suggester's three words; any other reason is shown as it is).
_WHY = {"name and content": QT_TRANSLATE_NOOP("ImportWizard", "name and content"),
        "name": QT_TRANSLATE_NOOP("ImportWizard", "name"),
        "content": QT_TRANSLATE_NOOP("ImportWizard", "content")}
_PART_NAMES = ("year", "month", "day")
_PART_COLUMNS = (QT_TRANSLATE_NOOP("ImportWizard", "(year column)"),
                 QT_TRANSLATE_NOOP("ImportWizard", "(month column)"),
                 QT_TRANSLATE_NOOP("ImportWizard", "(day column)"))
_PART_WORDS = (QT_TRANSLATE_NOOP("ImportWizard", "year"), QT_TRANSLATE_NOOP("ImportWizard", "month"),
               QT_TRANSLATE_NOOP("ImportWizard", "day"))


class _FieldRow:
    """One field's controls in the mapping grid: source column(s), or a value for every row."""

    def __init__(self, page: MappingPage, grid: QGridLayout, r: int, name: str, column: Column | None,
                 header: list[str], suggestion: Suggestion | None, fallback: Suggestion | None = None) -> None:
        self.name = name
        self.column = column
        self.header = header
        kind = page.kind
        required = column is not None and column.required and name not in AUTO_FIELDS[kind]
        self.label = QLabel(f"{name}{' *' if required else ''}", page)
        self.label.setToolTip((column.description if column is not None and column.description else
                               QCoreApplication.translate("ImportWizard",
                                                          "A setting of the records this import creates"))
                              + (QCoreApplication.translate("ImportWizard", " (required)") if required else ""))
        self.combos: list[QComboBox] = []
        self.split_check: QCheckBox | None = None
        self.fallback_combo: QComboBox | None = None  # dates: a second column where the first is empty
        self.many_check: QCheckBox | None = None  # lists: items spread over several columns
        self.many_list: QListWidget | None = None
        self.many_pattern: QLineEdit | None = None
        self.constant: QComboBox | QLineEdit
        self.boxes = QHBoxLayout()
        parts = 3 if column is not None and column.kind is Kind.DATE else (
            2 if column is not None and column.kind is Kind.PERIOD else 1)
        if column is not None:
            for k in range(parts):
                combo = QComboBox(page)
                combo.addItem(QCoreApplication.translate("ImportWizard", "(not from a column)") if k == 0
                              else _t(_PART_COLUMNS[k]), NO_COLUMN)
                for h in header:
                    combo.addItem(h, h)
                combo.setAccessibleName(
                    QCoreApplication.translate("ImportWizard", "Column for {field}").format(field=name)
                    + (f" ({_t(_PART_WORDS[k])})" if parts > 1 else ""))
                combo.setVisible(k == 0)
                combo.currentIndexChanged.connect(page.on_changed)
                self.combos.append(combo)
                self.boxes.addWidget(combo, 1)
            if suggestion is not None:
                _select_data(self.combos[0], suggestion.column)
                self.combos[0].setToolTip(QCoreApplication.translate(
                    "ImportWizard", "Suggested: {column} — matched by {why} (score {score})").format(
                    column=repr(suggestion.column), why=_t(_WHY[suggestion.why]) if suggestion.why in _WHY
                    else suggestion.why, score=f"{suggestion.score:.2f}"))
            if parts > 1:
                self.split_check = QCheckBox("y/m/d" if parts == 3 else "y/m", page)
                self.split_check.setToolTip(QCoreApplication.translate(
                    "ImportWizard", "{field} is split over {n} columns ({parts}); choose each").format(
                    field=name, n=parts, parts=", ".join(_t(w) for w in _PART_WORDS[:parts])))
                self.split_check.setAccessibleName(
                    QCoreApplication.translate("ImportWizard", "{field} from separate year, month and day "
                                                               "columns").format(field=name) if parts == 3
                    else QCoreApplication.translate("ImportWizard", "{field} from separate year and month "
                                                                    "columns").format(field=name))
                self.split_check.toggled.connect(self._on_q_split_toggled)
                self.split_check.toggled.connect(page.on_changed)
                self.boxes.addWidget(self.split_check)
            if column.kind is Kind.DATE:
                self._add_fallback(page, header, fallback)
            if column.kind in (Kind.SLUG_LIST, Kind.ENUM_LIST):
                self._add_many(page, header)
            self.combos[0].currentIndexChanged.connect(self._update_constant_enabled)
        choices = column.choices if column is not None else EXTRA_CHOICES.get(name, ())
        if choices:
            combo = QComboBox(page)
            combo.addItem("", "")
            for c in choices:
                combo.addItem(c, c)
            combo.currentIndexChanged.connect(page.on_changed)
            self.constant = combo
        else:
            edit = QLineEdit(page)
            edit.textChanged.connect(page.on_changed)
            self.constant = edit
        self.label.setBuddy(self.combos[0] if self.combos else self.constant)
        self.constant.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Value of {field} for every row").format(field=name))
        self.constant.setToolTip(QCoreApplication.translate(
            "ImportWizard", "The same {field} for every row (used when no column is chosen)").format(field=name))
        auto = AUTO_DEFAULTS.get((kind, name))
        self.idle_note = (QCoreApplication.translate("ImportWizard", "if left out: {value}").format(value=_t(auto))
                          if auto else (QCoreApplication.translate("ImportWizard", "required")
                                        if required else ""))
        self.note = QLabel(self.idle_note, page)
        _set_style(self.note, _MUTED_STYLE)
        grid.addWidget(self.label, r, 0)
        if column is not None:
            grid.addLayout(self.boxes, r, 1)
        grid.addWidget(self.constant, r, 2)
        grid.addWidget(self.note, r, 3)
        self.widgets: list[QWidget] = [self.label, *self.combos, self.constant, self.note]
        for extra in (self.split_check, self.fallback_combo, self.many_check, self.many_list, self.many_pattern):
            if extra is not None:
                self.widgets.append(extra)
        if self.many_check is not None and suggestion is not None:
            run = numbered_run(header, suggestion.column)
            if len(run) > 1:  # members in c1, c2, …: the whole run, not c1 alone
                self.many_check.setChecked(True)
                self.check_columns(tuple(run))

    def _add_fallback(self, page: MappingPage, header: list[str], suggestion: Suggestion | None) -> None:
        combo = QComboBox(page)
        combo.addItem(QCoreApplication.translate("ImportWizard", "(no second column)"), NO_COLUMN)
        otherwise = QCoreApplication.translate("ImportWizard", "else {column}")
        for h in header:
            combo.addItem(otherwise.format(column=h), h)
        combo.setAccessibleName(QCoreApplication.translate(
            "ImportWizard", "Second column for {field}, read where the first has no date").format(field=self.name))
        combo.setToolTip(QCoreApplication.translate(
            "ImportWizard", "Where the chosen column has no date, read {field} from this one (each such row "
                            "gets a note in the report)").format(field=self.name))
        if suggestion is not None:
            _select_data(combo, suggestion.column)
            combo.setToolTip(QCoreApplication.translate("ImportWizard", "Suggested: {column} — {why}").format(
                column=repr(suggestion.column), why=suggestion.why))
        combo.currentIndexChanged.connect(page.on_changed)
        self.fallback_combo = combo
        self.boxes.addWidget(combo, 1)

    def _add_many(self, page: MappingPage, header: list[str]) -> None:
        self.many_check = QCheckBox(QCoreApplication.translate("ImportWizard", "several"), page)
        self.many_check.setAccessibleName(QCoreApplication.translate(
            "ImportWizard", "{field} from several columns").format(field=self.name))
        self.many_check.setToolTip(QCoreApplication.translate(
            "ImportWizard", "The items of {field} are spread over several columns (members in c1…c194): "
                            "tick them, or type a range or a pattern").format(field=self.name))
        self.many_pattern = QLineEdit(page)
        self.many_pattern.setPlaceholderText(QCoreApplication.translate("ImportWizard",
                                                                        "c1..c194 or c*, then Enter"))
        self.many_pattern.setAccessibleName(QCoreApplication.translate(
            "ImportWizard", "Columns for {field} by range or pattern").format(field=self.name))
        self.many_list = QListWidget(page)
        self.many_list.setAccessibleName(QCoreApplication.translate(
            "ImportWizard", "Columns for {field}").format(field=self.name))
        self.many_list.setMaximumHeight(110)
        for h in header:
            item = QListWidgetItem(h, self.many_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.many_pattern.setVisible(False)
        self.many_list.setVisible(False)
        self.many_check.toggled.connect(self._on_q_many_toggled)
        self.many_check.toggled.connect(page.on_changed)
        self.many_list.itemChanged.connect(page.on_changed)
        self.many_list.itemChanged.connect(self._update_constant_enabled)
        self.many_list.itemChanged.connect(self._update_many_note)
        self.many_pattern.returnPressed.connect(self._on_q_pattern_entered)
        self.boxes.addWidget(self.many_check)
        box = QVBoxLayout()
        box.addWidget(self.many_pattern)
        box.addWidget(self.many_list)
        self.boxes.addLayout(box, 2)

    def _on_q_split_toggled(self, on: bool) -> None:
        for combo in self.combos[1:]:
            combo.setVisible(on)
        self.combos[0].setItemText(0, _t(_PART_COLUMNS[0]) if on
                                   else QCoreApplication.translate("ImportWizard", "(not from a column)"))
        if self.fallback_combo is not None:
            self.fallback_combo.setVisible(not on)

    def _on_q_many_toggled(self, on: bool) -> None:
        assert self.many_list is not None and self.many_pattern is not None
        self.combos[0].setVisible(not on)
        self.many_list.setVisible(on)
        self.many_pattern.setVisible(on)
        if on and self.combos[0].currentData():  # the single column chosen so far stays chosen
            self.check_columns((self.combos[0].currentData(),))
        self._update_constant_enabled()
        if on:
            self._update_many_note()
        else:
            _set_message(self.note, self.idle_note, _MUTED_STYLE)

    def _update_many_note(self, *_args) -> None:
        """Say which columns are ticked: the list shows only a few of a file's columns at once."""
        if self.many_check is None or not self.many_check.isChecked():
            return
        chosen = self.chosen_columns()
        shown = (", ".join(compact_columns(chosen, self.header)) if chosen
                 else QCoreApplication.translate("ImportWizard", "none ticked"))
        count = (QCoreApplication.translate("ImportWizard", "1 column: {columns}") if len(chosen) == 1
                 else QCoreApplication.translate("ImportWizard", "{n} columns: {columns}"))
        _set_message(self.note, count.format(n=len(chosen), columns=shown), _MUTED_STYLE)
        first = next((i for i in range(self.many_list.count())  # type: ignore[union-attr]
                      if self.many_list.item(i).checkState() == Qt.CheckState.Checked), None)  # type: ignore[union-attr]
        if first is not None:
            self.many_list.scrollToItem(self.many_list.item(first))  # type: ignore[union-attr]

    def _on_q_pattern_entered(self) -> None:
        assert self.many_pattern is not None
        text = self.many_pattern.text().strip()
        try:
            found = expand_columns((text,), self.header) if text else ()
        except MappingError as e:
            _set_message(self.note, str(e), _ERROR_STYLE)
            return
        self.check_columns(found)

    def check_columns(self, columns: tuple[str, ...]) -> None:
        """Tick exactly ``columns`` in the several-columns list (one change signal at the end)."""
        assert self.many_list is not None
        wanted = set(columns)
        self.many_list.blockSignals(True)
        for i in range(self.many_list.count()):
            item = self.many_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in wanted else Qt.CheckState.Unchecked)
        self.many_list.blockSignals(False)
        if self.many_list.count():
            self.many_list.itemChanged.emit(self.many_list.item(0))

    def fallback_column(self) -> str:
        if self.fallback_combo is None or (self.split_check is not None and self.split_check.isChecked()):
            return ""
        return self.fallback_combo.currentData() or ""

    def _update_constant_enabled(self, *_args) -> None:
        self.constant.setEnabled(not self.chosen_columns())

    def chosen_columns(self) -> tuple[str, ...]:
        if not self.combos:
            return ()
        if self.many_check is not None and self.many_list is not None and self.many_check.isChecked():
            return tuple(self.many_list.item(i).text() for i in range(self.many_list.count())
                         if self.many_list.item(i).checkState() == Qt.CheckState.Checked)
        used = self.combos if self.split_check is not None and self.split_check.isChecked() else self.combos[:1]
        first = used[0].currentData()
        if not first:
            return ()
        return tuple(c.currentData() for c in used if c.currentData())

    def constant_text(self) -> str:
        if isinstance(self.constant, QComboBox):
            return self.constant.currentData() or ""
        return self.constant.text().strip()

    def set_from(self, columns: tuple[str, ...], constant: str | None, fallback: str = "") -> None:
        for combo in self.combos:
            combo.setCurrentIndex(0)
        if self.fallback_combo is not None:
            if fallback and not _select_data(self.fallback_combo, fallback):
                self.fallback_combo.addItem(QCoreApplication.translate(
                    "ImportWizard", "else {column} (not in this file)").format(column=fallback), fallback)
                _select_data(self.fallback_combo, fallback)
            elif not fallback:
                self.fallback_combo.setCurrentIndex(0)
        if self.many_check is not None:
            try:
                spread = expand_columns(columns, self.header) if columns else ()
            except MappingError:
                spread = ()
            many = len(spread) > 1 or (len(spread) == 1 and spread != columns)
            self.many_check.setChecked(many)
            if many:
                self.check_columns(spread)
                columns = ()
        if self.split_check is not None:
            self.split_check.setChecked(len(columns) > 1)
        if columns and self.combos:
            for combo, col in zip(self.combos, columns):
                if not _select_data(combo, col):  # a loaded mapping names a column this file lacks
                    combo.addItem(QCoreApplication.translate(
                        "ImportWizard", "{column} (not in this file)").format(column=col), col)
                    _select_data(combo, col)
        if constant is not None:
            if isinstance(self.constant, QComboBox):
                if not _select_data(self.constant, constant):
                    self.constant.addItem(QCoreApplication.translate(
                        "ImportWizard", "{value} (not allowed)").format(value=constant), constant)
                    _select_data(self.constant, constant)
            else:
                self.constant.setText(constant)
        self._update_constant_enabled()

    def set_enabled(self, on: bool) -> None:
        for w in self.widgets:
            w.setEnabled(on)
        if on:
            self._update_constant_enabled()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.kind = "events"
        self.rows: dict[str, _FieldRow] = {}
        self._built_for: tuple[str, tuple[str, ...]] | None = None
        self._pending: ImportMapping | None = None  # a loaded mapping waiting for its kind's grid
        self._building = False
        self.ok = False
        s = wizard.settings
        self.setTitle(self.tr("Columns to fields"))
        self.setSubTitle(self.tr("Say what the file holds and which column feeds each field. Suggestions "
                                 "are pre-filled; hover a column choice to see why. * marks a required "
                                 "field."))

        self.kind_combo = _data_combo(self, self.tr("What the file holds"),
                                      ((KIND_LABELS[k], k) for k in IMPORT_KINDS))
        _select_data(self.kind_combo, s.get("import_kind", "events", str))
        self.kind = self.kind_combo.currentData()
        self.kind_combo.currentIndexChanged.connect(self._on_q_kind_changed)
        self.load_button = QPushButton(self.tr("&Load mapping…"), self)
        self.load_button.setAccessibleName(self.tr("Load mapping"))
        self.load_button.setAccessibleDescription(self.tr("Take the columns, values and reading options "
                                                          "saved from an earlier import"))
        self.load_button.clicked.connect(self._on_q_load_clicked)
        self.save_button = QPushButton(self.tr("Sa&ve mapping…"), self)
        self.save_button.setAccessibleName(self.tr("Save mapping"))
        self.save_button.clicked.connect(self._on_q_save_clicked)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(3, 2)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid_host)
        self.scroll.setAccessibleName(self.tr("Fields and the columns that feed them"))

        # Options that apply to the whole file
        self.wide_check = QCheckBox(self.tr("&Wide table: one column per period"), self)
        self.wide_check.setAccessibleName(self.tr("Wide table"))
        self.wide_check.toggled.connect(self.on_changed)
        self.wide_label = QLabel("", self)
        self.wide_label.setWordWrap(True)
        _set_style(self.wide_label, _MUTED_STYLE)
        self.precision_combo = _data_combo(self, self.tr("Period precision"), PRECISION_LABELS)
        self.precision_combo.setMaximumWidth(240)
        self.precision_combo.currentIndexChanged.connect(self.on_changed)
        self.order_buttons: dict[str, QRadioButton] = {}
        self.order_group = QButtonGroup(self)
        order_row = QHBoxLayout()
        for key, label in DAY_ORDER_LABELS:
            button = QRadioButton(_t(label), self)
            button.setAccessibleName(self.tr("Day order: {order}").format(order=_t(label).replace("&", "")))
            self.order_group.addButton(button)
            self.order_buttons[key] = button
            order_row.addWidget(button)
        order_row.addStretch(1)
        self.order_buttons.get(s.get("import_day_order", "auto", str), self.order_buttons["auto"]).setChecked(True)
        self.order_group.buttonToggled.connect(lambda *_: self.on_changed())
        self.order_hint = QLabel("", self)
        self.order_hint.setWordWrap(True)
        self.sentinels_edit = QLineEdit(self)
        self.sentinels_edit.setPlaceholderText(self.tr("e.g. 9999-12-31 0   (dates meaning “open-ended”; "
                                                       "space between)"))
        self.sentinels_edit.setAccessibleName(self.tr("Sentinel dates"))
        self.sentinels_edit.textChanged.connect(self.on_changed)
        self.missing_edit = QLineEdit(" ".join(sorted(t for t in DEFAULT_MISSING if t)), self)
        self.missing_edit.setText(s.get("import_missing", self.missing_edit.text(), str))
        self.missing_edit.setAccessibleName(self.tr("Missing-value tokens"))
        self.missing_edit.setToolTip(self.tr("Cells holding one of these mean “no value” in every column: "
                                             "a figure is skipped, a summary or source left out, a list "
                                             "item dropped. NA stays Namibia in a column of ISO-2 country "
                                             "codes. An empty cell always means no value."))
        self.missing_edit.textChanged.connect(self.on_changed)
        self.decimal_comma_check = QCheckBox(self.tr("De&cimal comma (1.234,5 means 1234.5)"), self)
        self.decimal_comma_check.setAccessibleName(self.tr("Decimal comma"))
        self.decimal_comma_check.setChecked(s.get("import_decimal_comma", False, bool))
        self.decimal_comma_check.toggled.connect(self.on_changed)
        self.list_sep_edit = QLineEdit(s.get("import_list_separator", ";", str), self)
        self.list_sep_edit.setMaxLength(3)
        self.list_sep_edit.setMaximumWidth(60)
        self.list_sep_edit.setAccessibleName(self.tr("List separator"))
        self.list_sep_edit.setToolTip(self.tr("Between the items of a list cell (several parties or "
                                              "domains)"))
        self.list_sep_edit.textChanged.connect(self.on_changed)

        options = QGroupBox(self.tr("Reading values"), self)
        form = QFormLayout(options)
        wide_row = QVBoxLayout()
        wide_row.addWidget(self.wide_check)
        wide_row.addWidget(self.wide_label)
        self.wide_host = QWidget(self)
        self.wide_host.setLayout(wide_row)
        wide_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.wide_host)
        self.precision_label = QLabel(self.tr("&Periods"), self)
        self.precision_label.setBuddy(self.precision_combo)
        form.addRow(self.precision_label, self.precision_combo)
        dates_label = QLabel(self.tr("Dates like 03/04/2001"), self)
        form.addRow(dates_label, order_row)
        form.addRow("", self.order_hint)
        for text, widget in ((self.tr("Se&ntinel dates"), self.sentinels_edit),
                             (self.tr("&Missing values"), self.missing_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        misc = QHBoxLayout()
        misc.addWidget(self.decimal_comma_check)
        misc.addSpacing(24)
        sep_label = QLabel(self.tr("List separa&tor"), self)
        sep_label.setBuddy(self.list_sep_edit)
        misc.addWidget(sep_label)
        misc.addWidget(self.list_sep_edit)
        misc.addStretch(1)
        form.addRow("", misc)

        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Mapping check"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        kind_label = QLabel(self.tr("The file &holds"), self)
        kind_label.setBuddy(self.kind_combo)
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo, 1)
        top.addWidget(self.load_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 3)
        layout.addWidget(options)
        layout.addWidget(self.message)

    # -- building the grid --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.rebuild()

    def rebuild(self, force: bool = False) -> None:
        """(Re)build the field rows, pre-filled from the suggestions (or a loaded mapping), when the
        kind or the file's header changed; the user's choices stay while neither does."""
        table = self._wiz.table
        header = list(table.header) if table is not None else []
        key = (self.kind, tuple(header))
        if key == self._built_for and not force and self._pending is None:
            self.on_changed()
            return
        self._building = True
        try:
            self._clear_grid()
            spec = RESOURCE_BY_NAME[self.kind]
            rows = table.rows if table else []
            suggestions = {s.field: s for s in suggest_mapping(header, rows, self.kind)} if header else {}
            fallbacks = suggest_fallbacks(header, rows, self.kind, {f: s.column for f, s in suggestions.items()}) \
                if header else {}
            self._add_grid_header()
            for r, col in enumerate(spec.columns, start=1):
                self.rows[col.name] = _FieldRow(self, self.grid, r, col.name, col, header,
                                                suggestions.get(col.name), fallbacks.get(col.name))
            for r, name in enumerate(EXTRA_CONSTANTS[self.kind], start=len(spec.columns) + 1):
                self.rows[name] = _FieldRow(self, self.grid, r, name, None, header, None)
            self.grid.setRowStretch(len(self.rows) + 1, 1)
            if self._pending is not None:
                self._apply_mapping(self._pending)
                self._pending = None
            self._built_for = key
            self._update_wide(header)
        finally:
            self._building = False
        self.on_changed()

    def _add_grid_header(self) -> None:
        if self.grid.itemAtPosition(0, 0) is not None:
            return
        for c, text in enumerate((self.tr("Field"), self.tr("From the column"),
                                  self.tr("…or this value for every row"), "")):
            label = QLabel(f"<b>{text}</b>", self.grid_host)
            self.grid.addWidget(label, 0, c)

    def _clear_grid(self) -> None:
        for row in self.rows.values():
            for w in row.widgets:
                self.grid.removeWidget(w)
                w.hide()
                w.deleteLater()
            self.grid.removeItem(row.boxes)
            row.boxes.deleteLater()
        self.rows = {}

    def _update_wide(self, header: list[str]) -> None:
        periods = period_columns(header) if self.kind in WIDE_FIELDS else []
        offered = len(periods) >= 3
        self.wide_host.setVisible(offered)
        if not offered:
            self.wide_check.setChecked(False)
        shown = ", ".join(periods[:12]) + (self.tr(", … {n} more").format(n=len(periods) - 12)
                                           if len(periods) > 12 else "")
        fields = self.tr(" and ").join(WIDE_FIELDS.get(self.kind, ()))
        self.wide_label.setText(self.tr("{n} columns are periods ({columns}): each becomes a row, with "
                                        "{fields} taken from the column. Map the other fields as usual.")
                                .format(n=len(periods), columns=shown, fields=fields) if offered else "")
        has_periods = self.kind in ("observations", "fx_rates")
        self.precision_label.setVisible(has_periods)
        self.precision_combo.setVisible(has_periods)

    # -- the mapping -----------------------------------------------------------------------------------
    def mapping(self) -> ImportMapping:
        """The mapping the controls describe (reading options and page 3's maps added by the wizard)."""
        columns: dict[str, tuple[str, ...]] = {}
        constants: dict[str, str] = {}
        fallbacks: dict[str, str] = {}
        header = list(self._wiz.table.header) if self._wiz.table is not None else []
        wide = self.wide_check.isChecked() and self.wide_host.isVisibleTo(self)
        wide_fields = WIDE_FIELDS.get(self.kind, ()) if wide else ()
        for name, row in self.rows.items():
            if name in wide_fields:
                continue
            cols = row.chosen_columns()
            if cols:
                # c1, c2, … c194 saved as "c1..c194": the mapping file stays readable
                columns[name] = compact_columns(cols, header) if row.many_list is not None else cols
                if len(cols) == 1 and row.fallback_column():
                    fallbacks[name] = row.fallback_column()
            elif row.constant_text():
                constants[name] = row.constant_text()
        missing = _split_tokens(self.missing_edit.text())
        default = tuple(sorted(t for t in DEFAULT_MISSING if t))
        order = next((k for k, b in self.order_buttons.items() if b.isChecked()), "auto")
        return ImportMapping(
            kind=self.kind, columns=columns, constants=constants, fallbacks=fallbacks,
            list_separator=self.list_sep_edit.text() or ";",
            day_order=order, sentinels=_split_tokens(self.sentinels_edit.text()),
            missing=None if tuple(sorted(missing)) == default else ("", *missing),
            decimal_comma=self.decimal_comma_check.isChecked(), wide_periods=wide,
            period_precision=self.precision_combo.currentData() if self.precision_combo.isVisibleTo(self)
            else "",
        )

    def on_changed(self, *_args) -> None:
        if self._building:
            return
        wide_fields = WIDE_FIELDS.get(self.kind, ()) if self.wide_check.isChecked() else ()
        for name, row in self.rows.items():
            row.set_enabled(name not in wide_fields)
        table = self._wiz.table
        mapping = self.mapping()
        problem = ""
        if not self.list_sep_edit.text():
            problem = self.tr("The list separator must not be empty.")
        else:
            try:
                mapping.check(table.header if table is not None else None)
            except MappingError as e:
                problem = for_the_wizard(str(e))
        self.ok = not problem and table is not None
        if problem:
            _set_message(self.message, self.tr("✖ {problem}").format(problem=problem), _ERROR_STYLE)
        else:
            _set_message(self.message, self.tr("✔ The mapping can work. Next: check values the import "
                                               "would not recognise."), _OK_STYLE)
        self.save_button.setEnabled(self.ok)
        self.save_button.setToolTip("" if self.ok else self.tr("Complete the mapping first"))
        self._update_order_hint(mapping)
        self.completeChanged.emit()

    def _update_order_hint(self, mapping: ImportMapping) -> None:
        """Say before the import whether NN/NN/YYYY dates would be read or rejected as ambiguous."""
        table = self._wiz.table
        if table is None:
            self.order_hint.setText("")
            return
        spec = mapping.resource
        samples = []
        for name, cols in mapping.columns.items():
            if spec.column(name).kind in (Kind.DATE, Kind.PERIOD) and len(cols) == 1 and cols[0] in table.header:
                i = table.header.index(cols[0])
                samples += [r[i] for r in table.rows if i < len(r)]
        verdict = detect_day_order(samples)
        if verdict == "none":
            _set_message(self.order_hint, self.tr("No dates written as NN/NN/YYYY in the mapped columns."),
                         _MUTED_STYLE)
        elif mapping.day_order != "auto":
            _set_message(self.order_hint, self.tr("Dates like 03/04/2001 are read day first.")
                         if mapping.day_order == "day_first"
                         else self.tr("Dates like 03/04/2001 are read month first."), _MUTED_STYLE)
        elif verdict == "ambiguous":
            _set_message(self.order_hint, self.tr("⚠ Dates such as 03/04/2001 could be day/month or "
                                                  "month/day and nothing in the file settles it: choose day "
                                                  "first or month first, or rows with such dates will be "
                                                  "rejected."), _WARNING_STYLE)
        else:
            _set_message(self.order_hint, self.tr("Detected day first (a date in the file only reads that "
                                                  "way).") if verdict == "day_first"
                         else self.tr("Detected month first (a date in the file only reads that way)."),
                         _MUTED_STYLE)

    def isComplete(self) -> bool:  # noqa: N802
        return self.ok

    def _on_q_kind_changed(self, *_args) -> None:
        self.kind = self.kind_combo.currentData()
        self.rebuild()

    # -- load and save -------------------------------------------------------------------------------
    def load_mapping_from(self, path: str | Path) -> str:
        """Apply a mapping file; returns "" or the problem (also shown on the page)."""
        try:
            loaded = ImportMapping.load(path)
        except MappingError as e:
            _set_message(self.message, self.tr("✖ Mapping not loaded: {problem}").format(problem=e),
                         _ERROR_STYLE)
            return str(e)
        self._wiz.values = {f: dict(m) for f, m in loaded.values.items()}
        self._wiz.actors = dict(loaded.actors)
        self._wiz.not_missing = {f: tuple(t) for f, t in loaded.not_missing.items()}
        self._wiz.missing_in = {f: tuple(t) for f, t in loaded.missing_in.items()}
        self._wiz.codes = loaded.codes
        self._wiz.new_domains = {d[0]: tuple(d) for d in loaded.new_domains}  # type: ignore[misc]
        self._wiz.pack_name = loaded.pack_name
        self._wiz.pack_title = loaded.pack_title
        if any((loaded.encoding, loaded.delimiter, loaded.header_row, loaded.sheet)):
            self._wiz.file_page.apply_read_options(loaded)
        self._pending = loaded
        self.kind_combo.blockSignals(True)
        _select_data(self.kind_combo, loaded.kind)
        self.kind_combo.blockSignals(False)
        self.kind = loaded.kind
        if not self._wiz.file_page.reading:  # else the rows are built once the file is read again
            self.rebuild(force=True)
        return ""

    def _apply_mapping(self, m: ImportMapping) -> None:
        for name, row in self.rows.items():
            row.set_from(m.columns.get(name, ()), m.constants.get(name), m.fallbacks.get(name, ""))
        self.wide_check.setChecked(m.wide_periods)
        self.order_buttons.get(m.day_order, self.order_buttons["auto"]).setChecked(True)
        self.sentinels_edit.setText(" ".join(m.sentinels))
        if m.missing is not None:
            self.missing_edit.setText(" ".join(t for t in m.missing if t))
        self.decimal_comma_check.setChecked(m.decimal_comma)
        self.list_sep_edit.setText(m.list_separator)
        _select_data(self.precision_combo, m.period_precision)

    def save_mapping_to(self, path: str | Path) -> Path:
        """Write the whole mapping (reading options, value and actor maps included) as JSON."""
        p = Path(path)
        write_atomic(p, self._wiz.current_mapping().to_json().encode("utf-8"))
        return p

    def _on_q_load_clicked(self) -> None:
        s = self._wiz.settings
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load mapping"), s.get("import_mapping_folder",
                                                                          str(Path.home()), str), _mapping_filter())
        if path:
            s.set("import_mapping_folder", str(Path(path).parent))
            self.load_mapping_from(path)

    def _on_q_save_clicked(self) -> None:
        s = self._wiz.settings
        stem = self._wiz.path.stem if self._wiz.path is not None else "import"
        start = Path(s.get("import_mapping_folder", str(Path.home()), str)) / f"{stem}.mapping.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save mapping"), str(start), _mapping_filter())
        if not path:
            return
        s.set("import_mapping_folder", str(Path(path).parent))
        try:
            self.save_mapping_to(path)
        except OSError as e:
            _set_message(self.message, self.tr("✖ Mapping not saved: {file}: {problem}").format(
                file=path, problem=e.strerror or e), _ERROR_STYLE)


# -- page 3: values and actors ----------------------------------------------------------------------
@dataclass(frozen=True)
class TrialFindings:
    """What a trial run on the sample rows found: counts, enum texts and actor texts not recognised."""

    rows_read: int
    accepted: int
    rejected: int
    skipped: int
    unknown_values: dict[tuple[str, str], int]  # (field, text) -> rows
    unknown_actors: dict[str, list[ActorEntry]]  # text -> suggested actors
    columns: tuple[ColumnFinding, ...] = ()  # missing tokens read as values, or filling a column
    codes: tuple[CodeSystemFinding, ...] = ()  # how numbers in country-code columns were read
    codes_question: CodeSystemFinding | None = None  # numbers both systems read alike: the user must say


def trial_task(table: SourceTable, mapping: ImportMapping, lookup: ActorLookup) -> Task:
    """Run the engine on the sample rows; return TrialFindings.

    The engine stops at a row's first bad value, so a text in a later column of a row can hide behind
    an unknown one in an earlier column: after each pass the unknown texts are mapped to a stand-in
    value and the engine runs again, until nothing new turns up (at most TRIAL_PASSES times).
    """
    spec = mapping.resource
    enum_fields = {c.name: c.choices for c in spec.columns if c.kind in (Kind.ENUM, Kind.ENUM_LIST)}

    def task(progress: Progress, cancelled: Cancelled) -> TrialFindings:
        unknown: dict[tuple[str, str], int] = {}
        standins = {f: dict(m) for f, m in mapping.values.items()}
        first: ImportResult | None = None
        result: ImportResult | None = None
        for _ in range(TRIAL_PASSES):
            try:
                result = run_import(table, mapping.with_changes(values=standins), lookup=lookup,
                                    cancelled=cancelled)
            except AmbiguousCodes as e:  # nothing can be read until the user says which system
                return TrialFindings(len(table.rows), 0, 0, 0, {}, {}, codes_question=e.finding)
            first = first or result
            new = False
            for i in result.issues:
                if i.status == REJECTED and i.field in enum_fields and i.code == ProblemCode.NOT_IN_VOCABULARY:
                    key = (i.field, i.found.strip())
                    new = new or key not in unknown
                    unknown[key] = unknown.get(key, 0) + 1
                    standins.setdefault(i.field, {})[key[1]] = enum_fields[i.field][0]
            if not new:
                break
        assert first is not None and result is not None
        actors = {c.name: lookup.suggest(c.name) for c in result.created
                  if c.resource == "actors" and c.origin == NOT_IN_LOOKUP}
        return TrialFindings(first.rows_read, first.accepted_rows, first.rejected_rows, first.skipped_rows,
                             unknown, actors, tuple(first.column_findings), tuple(first.code_systems))
    return task


KEEP_REJECTED = ""  # values combo: no mapping (the rows are rejected and reported)
TOKEN_NO_VALUE, TOKEN_TEXT, TOKEN_DROP_COLUMN = "missing", "text", "drop"  # a mostly-"NA" column's choices
TOKEN_AS_DETECTED = "detected"  # a token read as a country code (NA among ISO-2 codes) left as detected


class _NewDomainFields(QWidget):
    """A values-table cell: the Japanese label and colour of the new domain a text is imported as
    (disabled while the text is imported as anything else)."""

    def __init__(self, text: str, edited: Callable[[str, str, str], None]) -> None:
        super().__init__()
        self.domain_id = ""
        self.label_ja = QLineEdit(self)
        self.label_ja.setPlaceholderText("日本語ラベル")
        self.label_ja.setAccessibleName(self.tr("{text}: the new domain's Japanese label").format(
            text=repr(text)))
        self.colour = QLineEdit(self)
        self.colour.setPlaceholderText("#RRGGBB")
        self.colour.setMaxLength(7)
        self.colour.setFixedWidth(80)
        self.colour.setAccessibleName(self.tr("{text}: the new domain's colour").format(text=repr(text)))
        self.swatch = QLabel(self)
        self.swatch.setFixedSize(16, 16)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.label_ja, 1)
        layout.addWidget(self.colour)
        layout.addWidget(self.swatch)
        for edit in (self.label_ja, self.colour):
            edit.textEdited.connect(
                lambda _t: edited(self.domain_id, self.label_ja.text(), self.colour.text()))

    def show_domain(self, domain: tuple[str, str, str, str] | None) -> None:
        self.domain_id = domain[0] if domain else ""
        self.setEnabled(domain is not None)
        for edit, value in ((self.label_ja, domain[2] if domain else ""), (self.colour, domain[3] if domain else "")):
            if edit.text() != value:
                edit.setText(value)
        colour = domain[3] if domain else ""
        valid = bool(_COLOUR_RE.fullmatch(colour))
        self.swatch.setStyleSheet(f"background: {colour}; border: 1px solid {qt_theme.current().rule};"
                                  if valid else "")
        self.swatch.setToolTip(colour if valid else "")


def _set_token(by_field: dict[str, tuple[str, ...]], field: str, token: str, on: bool) -> None:
    """Add or remove ``token`` in ``by_field[field]``, dropping the field when none is left."""
    tokens = tuple(t for t in by_field.get(field, ()) if t != token) + ((token,) if on else ())
    if tokens:
        by_field[field] = tokens
    else:
        by_field.pop(field, None)


class ValuesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self._rerun = False
        self._lookup = ActorLookup.builtin()
        self.findings: TrialFindings | None = None
        self.problem = ""
        self.setTitle(self.tr("Values and actors"))
        self.setSubTitle(self.tr("A trial run on the first rows lists texts the import would not recognise. "
                                 "Map them here, or go on: rows with an unmapped value are rejected and "
                                 "listed in the report; unknown actors are created, named after the text."))
        self.worker = ImportWorker()  # not a child: a running trial may outlive the wizard (see done())
        self.worker.sig_task_finished.connect(self._on_trial_finished)
        self.worker.sig_task_failed.connect(self._on_trial_failed)
        self.worker.sig_task_cancelled.connect(self._on_trial_cancelled)

        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Trial run"))
        self.recheck_button = QPushButton(self.tr("Check &again"), self)
        self.recheck_button.setAccessibleName(self.tr("Check again"))
        self.recheck_button.setToolTip(self.tr("Run the trial again with the maps chosen here"))
        self.recheck_button.setAccessibleDescription(self.recheck_button.toolTip())
        self.recheck_button.clicked.connect(self.start_trial)
        self.values_table = QTableWidget(0, 5, self)
        self.values_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Text in the file"),
                                                     self.tr("Rows"), self.tr("Import as"),
                                                     self.tr("New domain: 日本語, colour")])
        self.values_table.setAccessibleName(self.tr("Values not recognised"))
        self.domain_fields: dict[tuple[str, str], _NewDomainFields] = {}  # (field, text) -> its row's fields
        self.domain_message = QLabel("", self)
        self.domain_message.setWordWrap(True)
        self.domain_message.setVisible(False)
        self.actors_table = QTableWidget(0, 3, self)
        self.actors_table.setHorizontalHeaderLabels([self.tr("Text in the file"), self.tr("Actor id"),
                                                     self.tr("Would be")])
        self.actors_table.setAccessibleName(self.tr("Actors not in the lookup"))
        for t, stretch, combo_column in ((self.values_table, 1, 3), (self.actors_table, 0, 1)):
            t.verticalHeader().setVisible(False)
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            header = t.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(combo_column, QHeaderView.ResizeMode.Fixed)
            t.setColumnWidth(combo_column, 260)
        self.values_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        self.values_table.setColumnWidth(4, 250)
        self.actor_message = QLabel("", self)
        self.actor_message.setWordWrap(True)
        self.actor_message.setVisible(False)
        self.tokens_table = QTableWidget(0, 4, self)
        self.tokens_table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Field"), self.tr("Found"),
                                                     self.tr("Read as")])
        self.tokens_table.setAccessibleName(self.tr("Columns with missing-value tokens"))
        self.tokens_table.verticalHeader().setVisible(False)
        self.tokens_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tokens_header = self.tokens_table.horizontalHeader()
        tokens_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tokens_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tokens_box = QGroupBox(self.tr("Columns holding “no value” tokens (NA, N/A, …): how should "
                                            "they be read?"), self)
        QVBoxLayout(self.tokens_box).addWidget(self.tokens_table)
        self.tokens_box.setVisible(False)
        self.codes_label = QLabel("", self)
        self.codes_label.setWordWrap(True)
        self.codes_combo = _data_combo(self, self.tr("Country codes as numbers are"), CODES_CHOICES)
        self.codes_combo.currentIndexChanged.connect(self._on_q_codes_chosen)
        self.codes_box = QGroupBox(self.tr("Country codes as numbers"), self)
        codes_layout = QHBoxLayout(self.codes_box)
        codes_layout.addWidget(self.codes_label, 1)
        codes_layout.addWidget(self.codes_combo)
        self.codes_box.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.recheck_button)
        values_box = QGroupBox(self.tr("Values not allowed in the pack"), self)
        values_layout = QVBoxLayout(values_box)
        values_layout.addWidget(self.values_table)
        values_layout.addWidget(self.domain_message)
        actors_box = QGroupBox(self.tr("Actors not in the lookup (type an id, or pick a suggestion)"), self)
        actors_layout = QVBoxLayout(actors_box)
        actors_layout.addWidget(self.actors_table)
        actors_layout.addWidget(self.actor_message)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.codes_box)
        layout.addWidget(self.tokens_box, 1)
        layout.addWidget(values_box, 1)
        layout.addWidget(actors_box, 1)

    def initializePage(self) -> None:  # noqa: N802
        self.start_trial()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.problem and not self._bad_actor_ids() and not self._domain_problems()

    def start_trial(self) -> None:
        """Run the engine on the sample rows on the worker; a run already going is replaced."""
        if self.worker.busy:
            self._rerun = True
            self.worker.cancel()
            return
        table = self._wiz.table
        if table is None:
            return
        self.problem = ""
        self.findings = None
        self.recheck_button.setEnabled(False)
        _set_message(self.status_label, self.tr("Trying the mapping on the first {n} rows…").format(
            n=f"{len(table.rows):,}"), _MUTED_STYLE)
        try:
            mapping = self._wiz.current_mapping()
            lookup = self._lookup.with_entries(mapping.actors) if mapping.actors else self._lookup
        except ValueError as e:  # ValueProblem from an actor id: shown, the page stays as it is
            self._show_problem(str(e))
            return
        self.worker.start(trial_task(table, mapping, lookup))
        self.completeChanged.emit()

    def _show_problem(self, text: str) -> None:
        self.problem = text
        self.recheck_button.setEnabled(True)
        _set_message(self.status_label, self.tr("✖ {problem}").format(problem=for_the_wizard(text)),
                     _ERROR_STYLE)
        self.completeChanged.emit()

    def _restart_if_asked(self) -> bool:
        if self._rerun:
            self._rerun = False
            self.start_trial()
            return True
        return False

    def _on_trial_cancelled(self) -> None:
        self._restart_if_asked()

    def _on_trial_failed(self, message: str) -> None:
        if not self._restart_if_asked():
            self._show_problem(message)

    def _on_trial_finished(self, findings: TrialFindings) -> None:
        if self._restart_if_asked():
            return
        self.findings = findings
        self.recheck_button.setEnabled(True)
        self._fill_codes(findings)
        if findings.codes_question is not None:  # the trial read nothing: only the question is shown
            for fill in (self._fill_values, self._fill_actors, self._fill_tokens):
                fill(findings)
            self._show_problem(findings.codes_question.line())
            return
        trial = (self.tr("Trial on all {n} rows: {accepted} would be imported")
                 if findings.rows_read < SAMPLE_ROWS
                 else self.tr("Trial on the first {n} rows: {accepted} would be imported"))
        parts = [trial.format(n=f"{findings.rows_read:,}", accepted=f"{findings.accepted:,}")]
        if findings.rejected:
            parts.append(self.tr("{n} rejected").format(n=f"{findings.rejected:,}"))
        if findings.skipped:
            parts.append(self.tr("{n} skipped (no value)").format(n=f"{findings.skipped:,}"))
        text = self.tr(", ").join(parts) + self.tr(".")
        if not findings.unknown_values and not findings.unknown_actors:
            text += self.tr(" Every value and actor was recognised.")
        _set_message(self.status_label, text, _OK_STYLE if not findings.rejected else _MUTED_STYLE)
        self._fill_values(findings)
        self._fill_actors(findings)
        self._fill_tokens(findings)
        self.completeChanged.emit()

    # -- the tables ----------------------------------------------------------------------------------
    def _fill_codes(self, findings: TrialFindings) -> None:
        """Numbers in country-code columns: how they were read, or the question when both systems
        read them alike; the choice applies to every such column of the import."""
        question = findings.codes_question
        self.codes_box.setVisible(question is not None or bool(findings.codes) or bool(self._wiz.codes))
        if question is not None:  # the status line says what happened; here, what to answer
            self.codes_label.setText(self.tr("Column {column} ({field}): {counts}. Which system are they "
                                             "in?").format(column=question.column, field=question.field,
                                                           counts=question.counts()))
        else:
            self.codes_label.setText("\n".join(f.line() for f in findings.codes))
        _set_style(self.codes_label, _ERROR_STYLE if question is not None else "")
        self.codes_combo.blockSignals(True)
        self.codes_combo.setItemText(0, self.tr("choose…") if question is not None else _t(CODES_CHOICES[0][0]))
        _select_data(self.codes_combo, self._wiz.codes)
        self.codes_combo.blockSignals(False)

    def _on_q_codes_chosen(self, *_args) -> None:
        self._wiz.codes = self.codes_combo.currentData()
        self.start_trial()

    def _fill_tokens(self, findings: TrialFindings) -> None:
        """Columns that are mostly a missing token are asked about: no value (the default), the text
        itself, or leave the column out; a token read as a country code is shown with why."""
        shown = [f for f in findings.columns if f.mostly_missing or f.read_as_value
                 or f.token in self._wiz.missing_in.get(f.field, ())]
        self.tokens_table.setRowCount(0)
        self.tokens_table.setRowCount(len(shown))
        self.tokens_box.setVisible(bool(shown))
        for r, f in enumerate(shown):
            self.tokens_table.setItem(r, 0, QTableWidgetItem(f.column))
            self.tokens_table.setItem(r, 1, QTableWidgetItem(f.field))
            found = QTableWidgetItem(self.tr("{n} of {m} cells are {token}").format(
                n=f"{f.cells:,}", m=f"{f.cells_read:,}", token=repr(f.token)))
            found.setToolTip(f.why)
            self.tokens_table.setItem(r, 2, found)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("{column}: read {token} as").format(column=f.column,
                                                                                 token=repr(f.token)))
            said = f.token in self._wiz.not_missing.get(f.field, ())
            if f.read_as_value and not said:  # detected (NA among ISO-2 codes): the why, and the way out
                combo.addItem(f.why.split(":", 1)[0], TOKEN_AS_DETECTED)
                combo.setItemData(0, f.why, Qt.ItemDataRole.ToolTipRole)
                combo.addItem(self.tr("no value"), TOKEN_NO_VALUE)
                combo.addItem(self.tr("leave the column out"), TOKEN_DROP_COLUMN)
                combo.currentIndexChanged.connect(
                    lambda _i, f=f, combo=combo: self._on_q_token_chosen(f, combo.currentData()))
            else:
                column = RESOURCE_BY_NAME[self._wiz.mapping_page.kind].column(f.field)
                combo.addItem(self.tr("no value"), TOKEN_NO_VALUE)
                if column.references == "actors":  # the token as a code: NA is Namibia
                    entry = self._lookup.resolve(f.token)
                    combo.addItem(self.tr("the actor {name} ({id})").format(name=entry.name, id=entry.id)
                                  if entry is not None else
                                  self.tr("an actor named {token}").format(token=repr(f.token)), TOKEN_TEXT)
                elif column.kind not in (Kind.DATE, Kind.PERIOD, Kind.NUMBER):  # a date cannot read "NA"
                    combo.addItem(self.tr("the text {token}").format(token=repr(f.token)), TOKEN_TEXT)
                combo.addItem(self.tr("leave the column out"), TOKEN_DROP_COLUMN)
                _select_data(combo, TOKEN_TEXT if said else TOKEN_NO_VALUE)
                combo.currentIndexChanged.connect(
                    lambda _i, f=f, combo=combo: self._on_q_token_chosen(f, combo.currentData()))
            self.tokens_table.setCellWidget(r, 3, combo)

    def _on_q_token_chosen(self, finding: ColumnFinding, choice: str) -> None:
        field, token = finding.field, finding.token
        detected = finding.read_as_value and token not in self._wiz.not_missing.get(field, ())
        said_blank = token in self._wiz.missing_in.get(field, ())
        _set_token(self._wiz.not_missing, field, token, choice == TOKEN_TEXT)
        # "no value" must be said in the mapping only where the import would otherwise read a value
        _set_token(self._wiz.missing_in, field, token,
                   choice == TOKEN_NO_VALUE and (detected or said_blank))
        if choice == TOKEN_DROP_COLUMN:
            self._wiz.mapping_page.rows[finding.field].set_from((), None)
        self.start_trial()  # counts and the other tables follow the choice

    def _fill_values(self, findings: TrialFindings) -> None:
        spec = RESOURCE_BY_NAME[self._wiz.mapping_page.kind]
        rows: dict[tuple[str, str], int | None] = dict(findings.unknown_values)
        for f, m in self._wiz.values.items():  # maps chosen earlier stay visible and editable
            if f in {c.name for c in spec.columns}:
                for text in m:
                    rows.setdefault((f, text), None)
        items = sorted(rows.items(), key=lambda kv: (kv[0][0], -(kv[1] or 0), kv[0][1]))
        self.values_table.setRowCount(0)
        self.values_table.setRowCount(min(len(items), LIST_LIMIT))
        self.domain_fields = {}
        for r, ((f, text), count) in enumerate(items[:LIST_LIMIT]):
            self.values_table.setItem(r, 0, QTableWidgetItem(f))
            self.values_table.setItem(r, 1, QTableWidgetItem(text))
            self.values_table.setItem(r, 2, QTableWidgetItem("" if count is None else str(count)))
            combo = QComboBox()
            combo.addItem(self.tr("(leave: rows rejected)"), KEEP_REJECTED)
            if spec.column(f).extended_by == "domains":  # pack format 3: the new pack's own domains
                try:
                    new_id = domain_id_for(text)
                except ValueError:
                    new_id = ""
                known = set(spec.column(f).choices)
                for d in self._wiz.new_domains.values():
                    if d[0] not in known and d[0] != new_id:
                        combo.addItem(self.tr("{id} (new domain)").format(id=d[0]), d[0])
                if new_id and new_id not in known:
                    combo.addItem(self.tr("new domain “{text}” ({id})").format(text=text, id=new_id), new_id)
            for c in spec.column(f).choices:
                combo.addItem(c, c)
            combo.setAccessibleName(self.tr("{field}: import {text} as").format(field=f, text=repr(text)))
            _select_data(combo, self._wiz.values.get(f, {}).get(text, KEEP_REJECTED))
            combo.currentIndexChanged.connect(
                lambda _i, f=f, text=text, combo=combo: self._on_q_value_chosen(f, text, combo.currentData()))
            self.values_table.setCellWidget(r, 3, combo)
            if spec.column(f).extended_by == "domains":  # where a new domain is chosen, its 日本語 and colour
                fields = _NewDomainFields(text, self._on_q_domain_edited)
                self.domain_fields[(f, text)] = fields
                self.values_table.setCellWidget(r, 4, fields)
        self._sync_domain_fields()

    def _fill_actors(self, findings: TrialFindings) -> None:
        texts: dict[str, list[ActorEntry]] = dict(findings.unknown_actors)
        for text in self._wiz.actors:
            texts.setdefault(text, [])
        self.actors_table.setRowCount(0)
        self.actors_table.setRowCount(min(len(texts), LIST_LIMIT))
        for r, (text, suggestions) in enumerate(sorted(texts.items())[:LIST_LIMIT]):
            self.actors_table.setItem(r, 0, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItem("")
            for e in suggestions:
                combo.addItem(f"{e.id} — {e.name}")
            combo.setCurrentText(self._wiz.actors.get(text, ""))
            combo.lineEdit().setPlaceholderText(self.tr("new actor"))
            combo.setAccessibleName(self.tr("Actor id for {text}").format(text=repr(text)))
            combo.currentTextChanged.connect(lambda value, text=text: self._on_q_actor_edited(text, value))
            self.actors_table.setCellWidget(r, 1, combo)
            self.actors_table.setItem(r, 2, QTableWidgetItem(""))
            self._update_would_be(r, text)
        self._update_actor_message()

    def _update_would_be(self, r: int, text: str) -> None:
        """Say what the text becomes with the id given (a lookup entry, or a new actor)."""
        actor_id = self._wiz.actors.get(text, "")
        entry = self._lookup.entry(actor_id) if actor_id else None
        self.actors_table.item(r, 2).setText(
            self.tr("{name} ({id}, from the lookup)").format(name=entry.name, id=entry.id)
            if entry is not None else
            self.tr("new actor {id}, named {text}").format(id=repr(actor_id or slugify(text)), text=repr(text)))

    def _on_q_value_chosen(self, field: str, text: str, value: str) -> None:
        m = self._wiz.values.setdefault(field, {})
        if value:
            m[text] = value
        else:
            m.pop(text, None)
            if not m:
                del self._wiz.values[field]
        spec = RESOURCE_BY_NAME[self._wiz.mapping_page.kind]
        if spec.column(field).extended_by == "domains":
            self._update_new_domains(field, text, value)
            self._sync_domain_fields()

    def _sync_domain_fields(self) -> None:
        """Each row's fields show the new domain its text is imported as (several texts may share
        one); rows imported as a built-in domain, or rejected, have none."""
        for (field, text), fields in self.domain_fields.items():
            fields.show_domain(self._wiz.new_domains.get(self._wiz.values.get(field, {}).get(text, "")))
        self._update_domain_message()

    def _on_q_domain_edited(self, domain_id: str, label_ja: str, colour: str) -> None:
        d = self._wiz.new_domains.get(domain_id)
        if d is None:
            return
        self._wiz.new_domains[domain_id] = (d[0], d[1], label_ja.strip(), colour.strip())
        for fields in self.domain_fields.values():  # other texts imported as the same domain
            if fields.domain_id == domain_id:
                fields.show_domain(self._wiz.new_domains[domain_id])
        self._update_domain_message()

    def _domain_problems(self) -> list[str]:
        return domain_problems(Domain(*d) for d in self._wiz.new_domains.values())

    def _update_domain_message(self) -> None:
        problems = self._domain_problems()
        _set_message(self.domain_message, self.tr("✖ {problems} (a colour is # and six hex digits, e.g. "
                                                  "#2E7D32, or empty for one from the palette)").format(
            problems="; ".join(problems)) if problems else "", _ERROR_STYLE)
        self.completeChanged.emit()

    def _update_new_domains(self, field: str, text: str, value: str) -> None:
        """Declare a domain the user created from a text ("Environment"); forget those no longer used."""
        builtin = set(RESOURCE_BY_NAME[self._wiz.mapping_page.kind].column(field).choices)
        if value and value not in builtin and value not in self._wiz.new_domains:
            self._wiz.new_domains[value] = (value, text, "", "")
        used = {v for m in self._wiz.values.values() for v in m.values()}
        for domain_id in [d for d in self._wiz.new_domains if d not in used]:
            del self._wiz.new_domains[domain_id]

    def _on_q_actor_edited(self, text: str, value: str) -> None:
        actor_id = value.split(" — ", 1)[0].strip()  # a suggestion reads "jp — Japan"
        if actor_id:
            self._wiz.actors[text] = actor_id
        else:
            self._wiz.actors.pop(text, None)
        for r in range(self.actors_table.rowCount()):
            if self.actors_table.item(r, 0).text() == text:
                self._update_would_be(r, text)
        self._update_actor_message()
        self.completeChanged.emit()

    def _bad_actor_ids(self) -> list[str]:
        return [f"{t!r} → {a!r}" for t, a in self._wiz.actors.items() if not _SLUG_RE.fullmatch(a)]

    def _update_actor_message(self) -> None:
        bad = self._bad_actor_ids()
        _set_message(self.actor_message, self.tr("✖ Not a valid actor id (lowercase letters, digits, '-', "
                                                 "'_' or '.'; starting with a letter or digit): {ids}").format(
            ids=", ".join(bad)) if bad else "", _ERROR_STYLE)


# -- page 4: the import -----------------------------------------------------------------------------
class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self._dest_edited = False
        self._title_edited = False
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("The new pack is written as a folder and opened alongside the current one. "
                                 "The whole file is read now; you can cancel at any time and nothing is "
                                 "written."))
        self.worker = ImportWorker()  # not a child: a running import may outlive the wizard (see done())
        self.worker.sig_progress_changed.connect(self._on_progress)
        self.worker.sig_stage_changed.connect(self._on_stage)
        self.worker.sig_task_finished.connect(self._on_import_finished)
        self.worker.sig_task_cancelled.connect(self._on_import_cancelled)
        self.worker.sig_task_failed.connect(self._on_import_failed)

        self.dest_edit = QLineEdit(self)
        self.dest_edit.setAccessibleName(self.tr("Pack folder"))
        self.dest_edit.textEdited.connect(lambda *_: setattr(self, "_dest_edited", True))
        self.dest_edit.textChanged.connect(self._update_dest_hint)
        self.dest_button = QPushButton(self.tr("Bro&wse…"), self)
        self.dest_button.setAccessibleName(self.tr("Browse for the pack folder"))
        self.dest_button.clicked.connect(self._on_q_dest_browse_clicked)
        self.dest_hint = QLabel("", self)
        self.dest_hint.setWordWrap(True)
        self.dest_hint.setAccessibleName(self.tr("About the pack folder"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Pack title"))
        self.title_edit.textEdited.connect(lambda *_: setattr(self, "_title_edited", True))
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setAccessibleName(self.tr("Start the import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("&Cancel import"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel import"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.stage_label = QLabel("", self)
        self.stage_label.setAccessibleName(self.tr("Import stage"))
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Import status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        dest_row = QHBoxLayout()
        dest_row.addWidget(self.dest_edit, 1)
        dest_row.addWidget(self.dest_button)
        form = QFormLayout()
        for text, field, buddy in ((self.tr("Pack &folder"), dest_row, self.dest_edit), ("", self.dest_hint, None),
                                   (self.tr("Pack &title"), self.title_edit, None)):
            label = QLabel(text, self)
            label.setBuddy(buddy or field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        wiz = self._wiz
        wiz.result = wiz.pack_folder = None
        path = wiz.path
        assert path is not None
        if not self._dest_edited:
            self.dest_edit.setText(str(default_destination(path, wiz.pack_name)))
        if not self._title_edited:
            self.title_edit.setText(wiz.pack_title or self.tr("{file} (imported)").format(file=path.name))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.stage_label.setText("")
        _set_message(self.status_label, "", _MUTED_STYLE)
        self.import_button.setFocus()

    def isComplete(self) -> bool:  # noqa: N802
        return self._wiz.pack_folder is not None and not self.worker.busy

    def _update_dest_hint(self, text: str) -> None:
        p = Path(text.strip()).expanduser() if text.strip() else None
        path = self._wiz.path
        if p is None:
            _set_message(self.dest_hint, self.tr("Choose a folder for the pack."), _ERROR_STYLE)
        elif p.exists() and path is not None and is_earlier_import_of(p, path.name):
            _set_message(self.dest_hint, self.tr("An earlier import of {file} is there: it will be updated "
                                                 "(a window showing it reloads).").format(file=path.name),
                         _WARNING_STYLE)
        elif p.exists() and (not p.is_dir() or any(p.iterdir())):
            _set_message(self.dest_hint, self.tr("This folder is not empty and was not written by an "
                                                 "import: choose another."), _ERROR_STYLE)
        else:
            _set_message(self.dest_hint, self.tr("A new folder."), _MUTED_STYLE)
        self.import_button.setEnabled(p is not None and not self.worker.busy)

    def start_import(self) -> None:
        """Read the whole file, map it and write the pack, on the worker."""
        wiz = self._wiz
        if self.worker.busy or wiz.path is None or wiz.table is None or not self.dest_edit.text().strip():
            return
        dest = Path(self.dest_edit.text().strip()).expanduser()
        wiz.pack_title = self.title_edit.text().strip()
        mapping = wiz.current_mapping()
        table = wiz.table
        # The full read keeps what the preview settled (header row, delimiter, sheet), so the columns
        # are the ones mapped; the encoding is detected on the whole file unless the user chose one.
        read = ReadOptions(encoding=mapping.encoding, delimiter=table.delimiter,
                           header_row=table.header_row, sheet=table.sheet)
        wiz.result = wiz.pack_folder = None
        self._set_running(True)
        self.progress.setRange(0, 0)  # busy until the first rows are mapped
        _set_message(self.status_label, "", _MUTED_STYLE)
        self.worker.start(import_file_task(wiz.path, read, mapping, dest, self.worker.sig_stage_changed.emit))

    def cancel_import(self) -> None:
        if self.worker.busy:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.stage_label.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        for w in (self.dest_edit, self.dest_button, self.title_edit, self.import_button):
            w.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        back = self._wiz.button(QWizard.WizardButton.BackButton)
        back.setEnabled(not running)
        if running:
            self.cancel_button.setFocus()
        self.completeChanged.emit()
        if running:  # completeChanged re-enables Back; an import under way must finish or be cancelled
            back.setEnabled(False)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done if total else 1)

    def _on_stage(self, text: str) -> None:
        self.stage_label.setText(text)

    def _on_import_finished(self, value: tuple[ImportResult, Path]) -> None:
        result, folder = value
        self._wiz.result, self._wiz.pack_folder = result, folder
        self.progress.setRange(0, max(result.rows_read, 1))
        self.progress.setValue(max(result.rows_read, 1))
        self.stage_label.setText("")
        _set_message(self.status_label, self.tr("✔ {summary}.\nPack written to {folder}").format(
            summary=result.summary(), folder=folder), _OK_STYLE)
        self._wiz.remember()
        self._set_running(False)
        self._update_dest_hint(self.dest_edit.text())
        self._wiz.next()

    def _on_import_cancelled(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.stage_label.setText("")
        _set_message(self.status_label, self.tr("Import cancelled: nothing was written."), _WARNING_STYLE)
        self._set_running(False)

    def _on_import_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.stage_label.setText("")
        _set_message(self.status_label, self.tr("✖ Not imported: {problem}").format(
            problem=for_the_wizard(message)), _ERROR_STYLE)
        self._set_running(False)

    def _on_q_dest_browse_clicked(self) -> None:
        start = self.dest_edit.text().strip() or str(user_packs_dir())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the new pack"),
                                                  str(Path(start).parent))
        if folder:
            self._dest_edited = True
            self.dest_edit.setText(folder)


# -- page 5: the report -----------------------------------------------------------------------------
STATUS_FILTERS = ((QT_TRANSLATE_NOOP("ImportWizard", "Every line"), ""),
                  (QT_TRANSLATE_NOOP("ImportWizard", "Rejected rows"), "rejected"),
                  (QT_TRANSLATE_NOOP("ImportWizard", "Skipped rows"), "skipped"),
                  (QT_TRANSLATE_NOOP("ImportWizard", "Notes on how values were read"), "note"))


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.setTitle(self.tr("Report"))
        self.setSubTitle(self.tr("Every row not imported, with its reason, and every note on how a value "
                                 "was read. Finish opens the new pack alongside the current one."))
        self.summary_label = QLabel("", self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Import summary"))
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_combo = _data_combo(self, self.tr("Show"), STATUS_FILTERS)
        self.status_combo.currentIndexChanged.connect(self._on_q_filter_changed)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter: words in any column (row number, field, "
                                                    "reason…)"))
        self.filter_edit.setAccessibleName(self.tr("Filter the report"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_q_filter_changed)
        self.export_button = QPushButton(self.tr("&Export report as CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export report as CSV"))
        self.export_button.clicked.connect(self._on_q_export_clicked)
        self.model = ReportModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Rows not imported and notes"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)  # one line per issue: the full text is in the tooltip
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.shown_label = QLabel("", self)
        _set_style(self.shown_label, _MUTED_STYLE)
        self.shown_label.setAccessibleName(self.tr("Lines shown"))
        self.export_message = QLabel("", self)
        self.export_message.setWordWrap(True)
        self.export_message.setVisible(False)

        filters = QHBoxLayout()
        show_label = QLabel(self.tr("S&how"), self)
        show_label.setBuddy(self.status_combo)
        filters.addWidget(show_label)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.shown_label)
        layout.addWidget(self.export_message)

    def initializePage(self) -> None:  # noqa: N802
        result = self._wiz.result
        if result is None:
            return
        self.summary_label.setText(self._summary(result))
        self.model.set_issues(result.issues)
        rejected = self.status_combo.findData("rejected")
        self.status_combo.setCurrentIndex(rejected if result.rejected_rows else 0)
        self._on_q_filter_changed()
        for c, width in enumerate((60, 140, 110, 80, 0, 200)):
            if width:
                self.view.setColumnWidth(c, width)
        _set_message(self.export_message, "", _MUTED_STYLE)

    def _summary(self, result: ImportResult) -> str:
        lines = [self.tr("{read} rows read from {file}: {imported} imported ({records} {kind} records), "
                         "{rejected} rejected, {skipped} skipped (no value).").format(
                     read=f"{result.rows_read:,}", file=result.table.path.name,
                     imported=f"{result.accepted_rows:,}", records=f"{len(result.records):,}",
                     kind=result.kind, rejected=f"{result.rejected_rows:,}",
                     skipped=f"{result.skipped_rows:,}"),
                 self.tr("Pack folder: {folder}").format(folder=self._wiz.pack_folder)]
        if not result.issues:
            lines.append(self.tr("Nothing to report: every row was imported as written."))
        created = {"actors": self.tr("{n} actors created: {names}"),
                   "indicators": self.tr("{n} indicators created: {names}")}
        for resource in ("actors", "indicators"):
            made = [c for c in result.created if c.resource == resource]
            if made:
                names = ", ".join(f"{c.id} ({c.name})" for c in made[:15])
                more = self.tr(", … {n} more").format(n=len(made) - 15) if len(made) > 15 else ""
                lines.append(created[resource].format(n=len(made), names=names + more))
        return "\n".join(lines)

    def _on_q_filter_changed(self, *_args) -> None:
        self.model.set_filter(self.status_combo.currentData(), self.filter_edit.text())
        total = len(self._wiz.result.issues) if self._wiz.result is not None else 0
        self.shown_label.setText(self.tr("{n} of {m} lines shown").format(n=f"{self.model.rowCount():,}",
                                                                          m=f"{total:,}"))

    def export_report_to(self, path: str | Path) -> Path | None:
        """Write the whole report (not only the filtered lines) as CSV; problems are shown, not raised."""
        result = self._wiz.result
        if result is None:
            return None
        try:
            written = write_report_csv(result, path)
        except OSError as e:
            _set_message(self.export_message, self.tr("✖ Report not written: {file}: {problem}").format(
                file=path, problem=e.strerror or e), _ERROR_STYLE)
            return None
        _set_message(self.export_message, self.tr("Report written to {file}").format(file=written), _OK_STYLE)
        return written

    def _on_q_export_clicked(self) -> None:
        s = self._wiz.settings
        folder = self._wiz.pack_folder
        default = folder.with_name(folder.name + ".import-report.csv") if folder is not None else Path("report.csv")
        start = Path(s.get("import_report_folder", str(default.parent), str)) / default.name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), str(start), "CSV (*.csv)")
        if path:
            s.set("import_report_folder", str(Path(path).parent))
            self.export_report_to(path if path.lower().endswith(".csv") else path + ".csv")


# -- the wizard -------------------------------------------------------------------------------------
class ImportWizard(QWizard):
    """File ▸ Import data…: a file in, a new pack out (see the module docstring)."""

    sig_pack_open_requested = Signal(str)
    """Open the imported pack (a folder path) alongside the current one."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import data"))
        self.settings = settings
        self.path: Path | None = None
        self.table: SourceTable | None = None  # the first SAMPLE_ROWS rows, read with page 1's options
        self.values: dict[str, dict[str, str]] = {}  # page 3: field -> {text in the file: pack value}
        self.actors: dict[str, str] = {}  # page 3: text in the file -> actor id
        self.not_missing: dict[str, tuple[str, ...]] = {}  # page 3: field -> tokens that are values there
        self.missing_in: dict[str, tuple[str, ...]] = {}  # page 3: field -> tokens that are no value there
        self.codes = ""  # page 3: number system of country-code columns ("" = decided per column)
        self.new_domains: dict[str, tuple[str, str, str, str]] = {}  # page 3: id -> (id, label, label_ja, colour)
        self.pack_name = ""
        self.pack_title = ""
        self.result: ImportResult | None = None
        self.pack_folder: Path | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.values_page = ValuesPage(self)
        self.import_page = ImportPage(self)
        self.report_page = ReportPage(self)
        for page_id, page in ((PAGE_FILE, self.file_page), (PAGE_MAPPING, self.mapping_page),
                              (PAGE_VALUES, self.values_page), (PAGE_IMPORT, self.import_page),
                              (PAGE_REPORT, self.report_page)):
            self.setPage(page_id, page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish and open"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("&Help"))
        for which, name in ((QWizard.WizardButton.NextButton, self.tr("Next page")),
                            (QWizard.WizardButton.BackButton, self.tr("Previous page")),
                            (QWizard.WizardButton.FinishButton, self.tr("Finish and open the pack")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.button(which).setAccessibleName(name)
        self.currentIdChanged.connect(self._on_q_page_changed)
        qt_theme.notifier().changed.connect(self.restyle)
        self.resize(*self._first_size())

    def _first_size(self) -> tuple[int, int]:
        """1040 × 760, or less on a small screen (the pages scroll or wrap; a 1280 × 720 laptop's
        available height is about 680)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return 1040, 760
        room = screen.availableGeometry()
        return min(1040, room.width() - 40), min(760, room.height() - 60)

    def restyle(self) -> None:
        """Messages and tables in the theme's colours (the theme changed)."""
        _restyle_messages(self)
        for model in (self.file_page.preview_model, self.report_page.model):
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0),
                                       model.index(model.rowCount() - 1, max(model.columnCount() - 1, 0)))
        self.values_page._sync_domain_fields()

    def _on_q_page_changed(self, page_id: int) -> None:
        # Once the pack is written there is nothing to cancel: closing keeps it, unopened.
        self.setButtonText(QWizard.WizardButton.CancelButton,
                           self.tr("&Close") if page_id == PAGE_REPORT else self.tr("Cancel"))

    def set_table(self, path: Path | None, table: SourceTable | None) -> None:
        self.path = path if table is not None else None
        self.table = table

    def preview_ready(self) -> None:
        """Page 1's read ended: the mapping page, if shown (a loaded mapping changed how the file is
        read), is built on the new header."""
        if self.currentId() == PAGE_MAPPING and self.table is not None:
            self.mapping_page.rebuild(force=True)

    def current_mapping(self) -> ImportMapping:
        """Page 2's mapping with page 1's reading overrides and page 3's value and actor maps."""
        m = self.mapping_page.mapping()
        read = self.file_page.read_options()
        fields = {c.name for c in m.resource.columns}
        return m.with_changes(
            values={f: dict(v) for f, v in self.values.items() if f in fields and v},
            actors=dict(self.actors),
            not_missing={f: t for f, t in self.not_missing.items() if f in fields and t},
            missing_in={f: t for f, t in self.missing_in.items() if f in fields and t},
            codes=self.codes, new_domains=tuple(self.new_domains.values()), encoding=read.encoding, delimiter=read.delimiter,
            header_row=read.header_row, sheet=read.sheet, pack_name=self.pack_name, pack_title=self.pack_title)

    def remember(self) -> None:
        """Keep the habits (not the file's particulars) for the next import."""
        s = self.settings
        page = self.mapping_page
        s.set("import_kind", page.kind)
        s.set("import_missing", page.missing_edit.text())
        s.set("import_decimal_comma", page.decimal_comma_check.isChecked())
        s.set("import_list_separator", page.list_sep_edit.text() or ";")
        s.set("import_day_order", next((k for k, b in page.order_buttons.items() if b.isChecked()), "auto"))
        if self.path is not None:
            s.set("import_folder", str(self.path.parent))
        try:
            s.save()
        except OSError:
            pass  # the import matters more than remembering its options

    def accept(self) -> None:
        if self.pack_folder is not None:
            self.sig_pack_open_requested.emit(str(self.pack_folder))
        super().accept()

    def done(self, result: int) -> None:
        # A running trial or import is told to stop (nothing is written); its worker outlives the
        # wizard until it has.
        for worker in (self.values_page.worker, self.import_page.worker):
            worker.dispose()
        self.file_page.discard_preview()  # a preview still being read is dropped, not waited for
        super().done(result)
