"""Page 2 of the import wizard, one field's row of the mapping grid: the source column(s) a field is
read from (split into year, month and day, or spread over many columns, with a fallback date
column), or a value for every row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from explorer.data.pack_schema import (
    Column,
    Kind,
)
from explorer.importing.mapping import (
    AUTO_FIELDS,
    MappingError,
    compact_columns,
    expand_columns,
)
from explorer.importing.suggest import (
    Suggestion,
    numbered_run,
)
from explorer.qt.views.import_wizard.common import (
    _ERROR_STYLE,
    _MUTED_STYLE,
    AUTO_DEFAULTS,
    EXTRA_CHOICES,
    _select_data,
    _set_message,
    _set_style,
    _t,
)

if TYPE_CHECKING:
    from explorer.qt.views.import_wizard.mapping_page import MappingPage


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


class FieldRow:
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
        with signals_blocked(self.many_list):
            for i in range(self.many_list.count()):
                item = self.many_list.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.text() in wanted else Qt.CheckState.Unchecked)
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
