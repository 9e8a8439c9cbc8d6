"""File ▸ Print… and Briefing ▸ Export briefing note… through the window."""

from __future__ import annotations

from docx import Document
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMenu

from explorer.qt.main_window import MainWindow
from explorer.state.session import Session
from explorer.userdata.settings import Settings
from tests.packs import write_pack

MARKING = "OFFICIAL-SENSITIVE"


def open_window(qtbot, path) -> MainWindow:
    settings = Settings()
    settings.set("export_marking", MARKING)
    window = MainWindow(Session(), settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(str(path))
    return window


def menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == title)
    return [a.text() for a in menu.actions()]


def test_print_is_in_the_file_menu_with_ctrl_p_and_prints_the_view_with_its_marking(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    assert "&Print…" in menu_texts(window, "&File")
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.print_kind() == "timeline"  # nothing else has focus
    pages = window.print_pages()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    try:
        assert pages.paint(printer) == 1
    finally:
        pages.close()
    text = PdfReader(tmp_path / "printed.pdf").pages[0].extract_text()
    assert text.count(MARKING) >= 2  # top and bottom of the printed page
    assert "Timeline" in text


def test_ctrl_p_opens_a_print_preview_that_is_freed_when_closed(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    window.print_action.trigger()
    dialog = window.findChild(QPrintPreviewDialog)
    assert dialog is not None and dialog.isVisible()
    pages = dialog._pages
    assert len(pages.canvases) == 1
    dialog.close()
    qtbot.waitUntil(lambda: pages.canvases == [])


def test_export_briefing_note_from_the_current_view_when_the_briefing_is_empty(qtbot, tmp_path,
                                                                             monkeypatch):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    assert "Export briefing &note…" in menu_texts(window, "&Briefing")
    window.session.select_event("epa", origin="test")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "epa.docx"), "Word document (*.docx)")))
    with qtbot.waitSignal(window.briefing.sig_status_message, timeout=60000,
                          check_params_cb=lambda t: t.startswith("Wrote the briefing note")):
        window.note_action.trigger()
    doc = Document(str(tmp_path / "epa.docx"))
    table = doc.tables[0]
    assert [c.text for c in table.rows[1].cells][1] == "EU–Japan EPA"
    assert doc.sections[0].header.paragraphs[0].text == MARKING  # the export marking setting
    assert window.statusBar().currentMessage() == f"Wrote the briefing note {tmp_path / 'epa.docx'}"
