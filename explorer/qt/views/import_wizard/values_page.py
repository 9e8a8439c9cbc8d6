"""Page 3 of the import wizard: the enum texts and actor names a trial run of the engine would not
recognise, what missing tokens mean in each column, new domains, and the number system of codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from superqt.utils import signals_blocked

from explorer.data.pack_domains import Domain, domain_id_for, domain_problems
from explorer.data.pack_schema import (
    RESOURCE_BY_NAME,
    Kind,
)
from explorer.importing.actor_lookup import ActorEntry, ActorLookup
from explorer.importing.engine import (
    ColumnFinding,
    slugify,
)
from explorer.importing.wizard_logic import (
    KEEP_REJECTED,
    TOKEN_AS_DETECTED,
    TOKEN_DROP_COLUMN,
    TOKEN_NO_VALUE,
    TOKEN_TEXT,
    TrialFindings,
    actor_id_of_choice,
    bad_actor_ids,
    choose_token,
    set_value,
    trial_task,
    update_new_domains,
)
from explorer.qt import theme as qt_theme
from explorer.qt.import_worker import ImportWorker
from explorer.qt.views.import_wizard.common import (
    _COLOUR_RE,
    _ERROR_STYLE,
    _MUTED_STYLE,
    _OK_STYLE,
    CODES_CHOICES,
    LIST_LIMIT,
    SAMPLE_ROWS,
    _data_combo,
    _select_data,
    _set_message,
    _set_style,
    _t,
    for_the_wizard,
)

if TYPE_CHECKING:
    from explorer.qt.views.import_wizard.wizard import ImportWizard

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

    def initializePage(self) -> None:
        self.start_trial()

    def isComplete(self) -> bool:
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
        with signals_blocked(self.codes_combo):
            self.codes_combo.setItemText(0, self.tr("choose…") if question is not None else _t(CODES_CHOICES[0][0]))
            _select_data(self.codes_combo, self._wiz.codes)

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
        choose_token(self._wiz.not_missing, self._wiz.missing_in, finding, choice)
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
            editor = combo.lineEdit()
            assert editor is not None  # the combo was made editable above
            editor.setPlaceholderText(self.tr("new actor"))
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
        cell = self.actors_table.item(r, 2)
        assert cell is not None  # every row gets its column-2 item when the table is filled
        cell.setText(
            self.tr("{name} ({id}, from the lookup)").format(name=entry.name, id=entry.id)
            if entry is not None else
            self.tr("new actor {id}, named {text}").format(id=repr(actor_id or slugify(text)), text=repr(text)))

    def _on_q_value_chosen(self, field: str, text: str, value: str) -> None:
        set_value(self._wiz.values, field, text, value)
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
        update_new_domains(self._wiz.new_domains, self._wiz.values, builtin, text, value)

    def _on_q_actor_edited(self, text: str, value: str) -> None:
        actor_id = actor_id_of_choice(value)  # a suggestion reads "jp — Japan"
        if actor_id:
            self._wiz.actors[text] = actor_id
        else:
            self._wiz.actors.pop(text, None)
        for r in range(self.actors_table.rowCount()):
            cell = self.actors_table.item(r, 0)
            if cell is not None and cell.text() == text:
                self._update_would_be(r, text)
        self._update_actor_message()
        self.completeChanged.emit()

    def _bad_actor_ids(self) -> list[str]:
        return bad_actor_ids(self._wiz.actors)

    def _update_actor_message(self) -> None:
        bad = self._bad_actor_ids()
        _set_message(self.actor_message, self.tr("✖ Not a valid actor id (lowercase letters, digits, '-', "
                                                 "'_' or '.'; starting with a letter or digit): {ids}").format(
            ids=", ".join(bad)) if bad else "", _ERROR_STYLE)
