"""Page 2 of the import wizard: which columns feed which fields of a pack resource (suggested from the
header and the values), constants, dates, numbers and missing tokens; load and save a mapping file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from superqt.utils import signals_blocked

from explorer.atomic_write import write_atomic
from explorer.data.pack_schema import (
    RESOURCE_BY_NAME,
    Kind,
)
from explorer.importing.mapping import (
    EXTRA_CONSTANTS,
    IMPORT_KINDS,
    WIDE_FIELDS,
    ImportMapping,
    MappingError,
    compact_columns,
)
from explorer.importing.messy_dates import detect_day_order
from explorer.importing.messy_numbers import DEFAULT_MISSING
from explorer.importing.suggest import (
    period_columns,
    suggest_fallbacks,
    suggest_mapping,
)
from explorer.importing.wizard_logic import split_tokens
from explorer.qt.views.import_wizard.common import (
    _ERROR_STYLE,
    _MUTED_STYLE,
    _OK_STYLE,
    _WARNING_STYLE,
    DAY_ORDER_LABELS,
    KIND_LABELS,
    PRECISION_LABELS,
    _data_combo,
    _mapping_filter,
    _select_data,
    _set_message,
    _set_style,
    _t,
    for_the_wizard,
)
from explorer.qt.views.import_wizard.field_row import FieldRow

if TYPE_CHECKING:
    from explorer.qt.views.import_wizard.wizard import ImportWizard


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.kind = "events"
        self.rows: dict[str, FieldRow] = {}
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
        _select_data(self.kind_combo, s.get("import_kind"))
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
        self.fields_scroll = QScrollArea(self)
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setWidget(self.grid_host)
        self.fields_scroll.setAccessibleName(self.tr("Fields and the columns that feed them"))

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
        self.order_buttons.get(s.get("import_day_order"), self.order_buttons["auto"]).setChecked(True)
        self.order_group.buttonToggled.connect(lambda *_: self.on_changed())
        self.order_hint = QLabel("", self)
        self.order_hint.setWordWrap(True)
        self.sentinels_edit = QLineEdit(self)
        self.sentinels_edit.setPlaceholderText(self.tr("e.g. 9999-12-31 0   (dates meaning “open-ended”; "
                                                       "space between)"))
        self.sentinels_edit.setAccessibleName(self.tr("Sentinel dates"))
        self.sentinels_edit.textChanged.connect(self.on_changed)
        self.missing_edit = QLineEdit(" ".join(sorted(t for t in DEFAULT_MISSING if t)), self)
        if s.has("import_missing"):  # "" stored means the user cleared the list: keep it cleared
            self.missing_edit.setText(s.get("import_missing"))
        self.missing_edit.setAccessibleName(self.tr("Missing-value tokens"))
        self.missing_edit.setToolTip(self.tr("Cells holding one of these mean “no value” in every column: "
                                             "a figure is skipped, a summary or source left out, a list "
                                             "item dropped. NA stays Namibia in a column of ISO-2 country "
                                             "codes. An empty cell always means no value."))
        self.missing_edit.textChanged.connect(self.on_changed)
        self.decimal_comma_check = QCheckBox(self.tr("De&cimal comma (1.234,5 means 1234.5)"), self)
        self.decimal_comma_check.setAccessibleName(self.tr("Decimal comma"))
        self.decimal_comma_check.setChecked(s.get("import_decimal_comma"))
        self.decimal_comma_check.toggled.connect(self.on_changed)
        self.list_sep_edit = QLineEdit(s.get("import_list_separator"), self)
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
        layout.addWidget(self.fields_scroll, 3)
        layout.addWidget(options)
        layout.addWidget(self.message)

    # -- building the grid --------------------------------------------------------------------------
    def initializePage(self) -> None:
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
                self.rows[col.name] = FieldRow(self, self.grid, r, col.name, col, header,
                                                suggestions.get(col.name), fallbacks.get(col.name))
            for r, name in enumerate(EXTRA_CONSTANTS[self.kind], start=len(spec.columns) + 1):
                self.rows[name] = FieldRow(self, self.grid, r, name, None, header, None)
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
        missing = split_tokens(self.missing_edit.text())
        default = tuple(sorted(t for t in DEFAULT_MISSING if t))
        order = next((k for k, b in self.order_buttons.items() if b.isChecked()), "auto")
        return ImportMapping(
            kind=self.kind, columns=columns, constants=constants, fallbacks=fallbacks,
            list_separator=self.list_sep_edit.text() or ";",
            day_order=order, sentinels=split_tokens(self.sentinels_edit.text()),
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

    def isComplete(self) -> bool:
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
        self._wiz.new_domains = {d[0]: tuple(d) for d in loaded.new_domains}
        self._wiz.pack_name = loaded.pack_name
        self._wiz.pack_title = loaded.pack_title
        if any((loaded.encoding, loaded.delimiter, loaded.header_row, loaded.sheet)):
            self._wiz.file_page.apply_read_options(loaded)
        self._pending = loaded
        with signals_blocked(self.kind_combo):
            _select_data(self.kind_combo, loaded.kind)
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
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load mapping"), s.get("import_mapping_folder")
                                              or str(Path.home()), _mapping_filter())
        if path:
            s.set("import_mapping_folder", str(Path(path).parent))
            self.load_mapping_from(path)

    def _on_q_save_clicked(self) -> None:
        s = self._wiz.settings
        stem = self._wiz.path.stem if self._wiz.path is not None else "import"
        start = Path(s.get("import_mapping_folder") or str(Path.home())) / f"{stem}.mapping.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save mapping"), str(start), _mapping_filter())
        if not path:
            return
        s.set("import_mapping_folder", str(Path(path).parent))
        try:
            self.save_mapping_to(path)
        except OSError as e:
            _set_message(self.message, self.tr("✖ Mapping not saved: {file}: {problem}").format(
                file=path, problem=e.strerror or e), _ERROR_STYLE)
