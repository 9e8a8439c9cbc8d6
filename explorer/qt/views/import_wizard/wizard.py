"""The import wizard itself: five pages over one file, the user's choices, and the mapping they make
(see the package docstring)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from explorer.importing.engine import ImportResult
from explorer.importing.mapping import ImportMapping
from explorer.importing.source_table import SourceTable
from explorer.importing.wizard_logic import (
    WizardChoices,
    with_choices,
)
from explorer.qt import theme as qt_theme
from explorer.qt.views.import_wizard.common import (
    PAGE_FILE,
    PAGE_IMPORT,
    PAGE_MAPPING,
    PAGE_REPORT,
    PAGE_VALUES,
    _restyle_messages,
)
from explorer.qt.views.import_wizard.file_page import FilePage
from explorer.qt.views.import_wizard.import_page import ImportPage
from explorer.qt.views.import_wizard.mapping_page import MappingPage
from explorer.qt.views.import_wizard.report_page import (
    ReportPage,
)
from explorer.qt.views.import_wizard.values_page import ValuesPage
from explorer.userdata.settings import Settings


class _Choice:
    """A wizard attribute kept in its ``choices`` (``wizard.actors`` is ``wizard.choices.actors``)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, wizard: ImportWizard | None, owner: type | None = None) -> Any:
        return self if wizard is None else getattr(wizard.choices, self.name)

    def __set__(self, wizard: ImportWizard, value: object) -> None:
        setattr(wizard.choices, self.name, value)


class ImportWizard(QWizard):
    """File ▸ Import data…: a file in, a new pack out (see the module docstring)."""

    sig_pack_open_requested = Signal(str)
    """Open the imported pack (a folder path) alongside the current one."""

    values = _Choice()  # page 3: field -> {text in the file: pack value}
    actors = _Choice()  # page 3: text in the file -> actor id
    not_missing = _Choice()  # page 3: field -> tokens that are values there
    missing_in = _Choice()  # page 3: field -> tokens that are no value there
    codes = _Choice()  # page 3: number system of country-code columns ("" = decided per column)
    new_domains = _Choice()  # page 3: id -> (id, label, label_ja, colour)
    pack_name = _Choice()  # page 4
    pack_title = _Choice()  # page 4

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import data"))
        self.settings = settings
        self.path: Path | None = None
        self.table: SourceTable | None = None  # the first SAMPLE_ROWS rows, read with page 1's options
        # pages 3 and 4: what the user chose (values, actors, tokens, codes, new domains, pack name)
        self.choices = WizardChoices(values={}, actors={}, not_missing={}, missing_in={}, codes="",
                                     new_domains={}, pack_name="", pack_title="")
        # the last import's result; shadows QDialog.result() (the dialog code), which nothing here calls
        self.result: ImportResult | None = None  # type: ignore[assignment]
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
        return with_choices(self.mapping_page.mapping(), self.file_page.read_options(), self.choices)

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
