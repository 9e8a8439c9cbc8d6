"""Page 4 of the import wizard: the pack's name, title and folder, and the import itself on a worker
thread with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from explorer.importing.engine import ImportResult
from explorer.importing.source_table import ReadOptions
from explorer.importing.wizard_logic import (
    DEST_EARLIER_IMPORT,
    DEST_NONE,
    DEST_TAKEN,
    destination_state,
)
from explorer.qt.import_worker import (
    ImportWorker,
    import_file_task,
)
from explorer.qt.views.import_wizard.common import (
    _ERROR_STYLE,
    _MUTED_STYLE,
    _OK_STYLE,
    _WARNING_STYLE,
    _set_message,
    default_destination,
    for_the_wizard,
)
from explorer.userdata.locations import user_packs_dir

if TYPE_CHECKING:
    from explorer.qt.views.import_wizard.wizard import ImportWizard

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
        rows: tuple[tuple[str, QWidget | QLayout, QWidget], ...] = (  # (label, field, the label's buddy)
            (self.tr("Pack &folder"), dest_row, self.dest_edit), ("", self.dest_hint, self.dest_hint),
            (self.tr("Pack &title"), self.title_edit, self.title_edit))
        for text, field, buddy in rows:
            label = QLabel(text, self)
            label.setBuddy(buddy)
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

    def initializePage(self) -> None:
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

    def isComplete(self) -> bool:
        return self._wiz.pack_folder is not None and not self.worker.busy

    def _update_dest_hint(self, text: str) -> None:
        p = Path(text.strip()).expanduser() if text.strip() else None
        path = self._wiz.path
        state = destination_state(p, path)
        if state == DEST_NONE:
            _set_message(self.dest_hint, self.tr("Choose a folder for the pack."), _ERROR_STYLE)
        elif state == DEST_EARLIER_IMPORT and path is not None:
            _set_message(self.dest_hint, self.tr("An earlier import of {file} is there: it will be updated "
                                                 "(a window showing it reloads).").format(file=path.name),
                         _WARNING_STYLE)
        elif state == DEST_TAKEN:
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
