"""Page 5 of the import wizard: the report of every row not taken (and every note on how a value was
read), filtered by status and text, and written as CSV on request."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from explorer.importing.engine import (
    REJECTED,
    ImportResult,
    RowIssue,
)
from explorer.importing.pack_builder import write_report_csv
from explorer.importing.problems import ProblemCode
from explorer.qt import theme as qt_theme
from explorer.qt.views.import_wizard.common import (
    _ERROR_STYLE,
    _MUTED_STYLE,
    _OK_STYLE,
    _data_combo,
    _set_message,
    _set_style,
    _t,
)

if TYPE_CHECKING:
    from explorer.qt.views.import_wizard.wizard import ImportWizard

# The table's columns (the CSV written from it adds the problem's code and hint).
TABLE_COLUMNS = ("row", "column", "field", "status", "reason", "found")


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
        return f"{i.row} {i.column} {i.field} {i.status} {i.reason} {i.found} {i.code}".lower()

    def issue(self, row: int) -> RowIssue:
        return self._issues[self._shown[row]]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TABLE_COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.ForegroundRole):
            return None
        issue = self._issues[self._shown[index.row()]]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(qt_theme.current().error_text)) if issue.status == REJECTED else None
        name = TABLE_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and name == "reason" and issue.hint:
            return f"{issue.reason}\n{shown_hint(issue)}"  # what to do about it (the report CSV has it too)
        return str(getattr(issue, name))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            name = TABLE_COLUMNS[section]
            return _t(REPORT_HEADERS[name]) if name in REPORT_HEADERS else name.capitalize()
        return None


# What to do about each kind of problem, in the interface language. The English is the engine's own
# hint (explorer.importing.problems.HINTS, which the report CSV keeps: it is data); a test keeps the
# two equal.
HINT_TEXTS: dict[str, object] = {
    ProblemCode.WRONG_CELL_COUNT: QT_TRANSLATE_NOOP(
        "ImportWizard", "Check the delimiter and quoting, or repair the line in the file."),
    ProblemCode.DUPLICATE_ID: QT_TRANSLATE_NOOP(
        "ImportWizard", "Give each row its own id, or map no id column so ids are made from titles."),
    ProblemCode.NOT_IN_VOCABULARY: QT_TRANSLATE_NOOP("ImportWizard", "Map the text to one of the allowed values."),
    ProblemCode.NOT_A_CURRENCY: QT_TRANSLATE_NOOP(
        "ImportWizard", "Map the text to a three-letter ISO 4217 code such as JPY."),
    ProblemCode.UNKNOWN_COUNTRY_CODE: QT_TRANSLATE_NOOP(
        "ImportWizard", "Map the number to an actor, or say it means no value."),
    ProblemCode.NOT_AN_ACTOR: QT_TRANSLATE_NOOP("ImportWizard", "Map the text to an actor, or say it means no value."),
    ProblemCode.NOT_AN_INDICATOR: QT_TRANSLATE_NOOP("ImportWizard", "Give the indicator a name with letters or digits."),
    ProblemCode.NO_ID_TEXT: QT_TRANSLATE_NOOP("ImportWizard", "Give the row an id or a name with letters or digits."),
    ProblemCode.BAD_DOMAIN_NAME: QT_TRANSLATE_NOOP("ImportWizard", "Map the text to an existing domain."),
    ProblemCode.UNPARSED_DATE: QT_TRANSLATE_NOOP(
        "ImportWizard", "Correct the date in the file, or choose another date column."),
    ProblemCode.AMBIGUOUS_DAY_ORDER: QT_TRANSLATE_NOOP(
        "ImportWizard", "Say whether the file writes the day or the month first."),
    ProblemCode.UNPARSED_NUMBER: QT_TRANSLATE_NOOP(
        "ImportWizard", "Correct the number in the file, or check the decimal mark."),
    ProblemCode.UNPARSED_INTEGER: QT_TRANSLATE_NOOP("ImportWizard", "Correct the whole number in the file."),
    ProblemCode.MISSING_REQUIRED: QT_TRANSLATE_NOOP(
        "ImportWizard", "Fill the cell, map another column, or give a value for every row."),
    ProblemCode.MISSING_TOKEN_REQUIRED: QT_TRANSLATE_NOOP(
        "ImportWizard", "Say the token is a value in this column, or fill the cell."),
    ProblemCode.UNKNOWN_ACTOR_KIND: QT_TRANSLATE_NOOP(
        "ImportWizard", "Map a kind column, or give one kind for every row."),
    ProblemCode.ENDS_BEFORE_START: QT_TRANSLATE_NOOP(
        "ImportWizard", "Check the start and end dates (day order, year)."),
    ProblemCode.RATE_NOT_POSITIVE: QT_TRANSLATE_NOOP("ImportWizard", "Correct the rate: it must be above zero."),
    ProblemCode.SAME_CURRENCY: QT_TRANSLATE_NOOP(
        "ImportWizard", "Check the base and quote columns: they must differ."),
    ProblemCode.NO_VALUE: QT_TRANSLATE_NOOP("ImportWizard", "Nothing to do: a row without a number is left out."),
    ProblemCode.DATE_FROM_FALLBACK: QT_TRANSLATE_NOOP(
        "ImportWizard", "Nothing to do, unless the fallback date is not the one meant."),
    ProblemCode.DATE_RANGE: QT_TRANSLATE_NOOP("ImportWizard", "Nothing to do: the date is kept as uncertain."),
    ProblemCode.DATE_NOTE: QT_TRANSLATE_NOOP("ImportWizard", "Check the date was read as meant."),
    ProblemCode.CONTROL_CHARACTERS: QT_TRANSLATE_NOOP(
        "ImportWizard", "Nothing to do: invisible characters were removed."),
    ProblemCode.MISSING_TOKEN_READING: QT_TRANSLATE_NOOP(
        "ImportWizard", "Check the token was read as meant in this column."),
    ProblemCode.CODE_SYSTEM: QT_TRANSLATE_NOOP(
        "ImportWizard", "Check the numbers were read in the right code system."),
}


def shown_hint(issue: RowIssue) -> str:
    """What to do about ``issue``, in the interface language (the engine's English when its code is
    not in the table)."""
    text = HINT_TEXTS.get(issue.code)
    return _t(text) if text is not None else issue.hint


# The report's column titles (the CSV keeps the engine's names).
REPORT_HEADERS = {"row": QT_TRANSLATE_NOOP("ImportWizard", "Row"),
                  "column": QT_TRANSLATE_NOOP("ImportWizard", "Column"),
                  "field": QT_TRANSLATE_NOOP("ImportWizard", "Field"),
                  "status": QT_TRANSLATE_NOOP("ImportWizard", "Status"),
                  "reason": QT_TRANSLATE_NOOP("ImportWizard", "Reason"),
                  "found": QT_TRANSLATE_NOOP("ImportWizard", "Found")}


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
        self.view.selectionModel().currentRowChanged.connect(self._on_q_current_row_changed)
        self.hint_label = QLabel("", self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label.setAccessibleName(self.tr("What to do about the selected line"))
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
        layout.addWidget(self.hint_label)
        layout.addWidget(self.shown_label)
        layout.addWidget(self.export_message)

    def initializePage(self) -> None:
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

    def _on_q_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The selected line's hint, translated, below the table (a tooltip alone is out of reach of
        the keyboard)."""
        if not current.isValid() or not self.model.issue(current.row()).hint:
            self.hint_label.setText("")
            return
        hint = shown_hint(self.model.issue(current.row()))
        self.hint_label.setText(self.tr("What to do: {hint}").format(hint=hint))

    def _on_q_filter_changed(self, *_args) -> None:
        self.model.set_filter(self.status_combo.currentData(), self.filter_edit.text())
        self._on_q_current_row_changed(self.view.currentIndex(), QModelIndex())  # (the model was reset)
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
        start = Path(s.get("import_report_folder") or str(default.parent)) / default.name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), str(start), "CSV (*.csv)")
        if path:
            s.set("import_report_folder", str(Path(path).parent))
            self.export_report_to(path if path.lower().endswith(".csv") else path + ".csv")
