"""The briefing panel, driven through its widgets; every edit must survive a restart (a new store
and panel on the same folder), and exports are opened again to check what was written."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from explorer.export.view_state import ViewState
from explorer.qt.views import briefing_panel as bp
from explorer.qt.views.briefing_panel import KIND_ROLE, BriefingPanel
from explorer.state.comparison_setup import ComparisonSetup
from explorer.userdata.briefings import Briefing, BriefingItem, BriefingStore

TRADE = ViewState(view="chart", comparison=ComparisonSetup(
    indicator_id="goods_exports", basis="converted", currency="USD", chart="bar"))
TIMELINE = ViewState(view="timeline")
EPA = ViewState(view="event", event_id="eu-jp-epa")
ROOT = Path(__file__).resolve().parents[2]
THREE = [(TRADE, "Goods exports in USD"), (TIMELINE, "Agreements since 2018"), (EPA, "The EPA")]


def make_panel(qtbot, folder, *, show: bool = False) -> BriefingPanel:
    panel = BriefingPanel(BriefingStore(folder))
    qtbot.addWidget(panel)
    if show:
        panel.resize(420, 700)
        panel.show()
        qtbot.waitExposed(panel)
        panel.activateWindow()
    return panel


def with_items(qtbot, folder, items=THREE, **kw) -> BriefingPanel:
    panel = make_panel(qtbot, folder, **kw)
    for view, title in items:
        panel.add_item(view, title)
    return panel


def titles(panel: BriefingPanel) -> list[str]:
    return [panel.items.item(i).text() for i in range(panel.items.count())]


def stored(folder) -> Briefing:
    """The one briefing in ``folder`` as a fresh store reads it."""
    (briefing,) = BriefingStore(folder).list()
    return briefing


def export_deck(qtbot, panel: BriefingPanel, out):
    """Request the deck from the panel and wait for the outcome the panel is told."""
    ticket = panel.export_deck_to(out)
    if ticket is None:
        return None
    with qtbot.waitSignal(ticket.sig_finished, timeout=60000) as finished:
        pass
    return finished.args[0]


def wait_for_status(qtbot, panel: BriefingPanel, start: str) -> None:
    qtbot.waitUntil(lambda: panel.status_label.text().startswith(start), timeout=60000)


def focus_list(qtbot, panel: BriefingPanel) -> None:
    panel.items.setFocus()
    qtbot.waitUntil(lambda: panel.items.hasFocus())


def test_adding_items_creates_a_dated_briefing_that_survives_a_restart(qtbot, tmp_path):
    folder = tmp_path / "briefings"
    panel = make_panel(qtbot, folder)
    assert panel.current_briefing is None and panel.briefing_combo.count() == 0
    assert not panel.export_pptx_button.isEnabled() and not panel.export_pdf_button.isEnabled()

    with qtbot.waitSignal(panel.sig_briefing_changed):
        panel.add_item(TRADE, "Goods exports in USD")
    today = dt.date.today().isoformat()
    assert panel.briefing_combo.currentText() == f"Briefing {today} · 1 item"
    panel.add_item(TIMELINE, "Agreements since 2018")
    panel.add_item(EPA, "The EPA")

    rows = [(panel.items.item(i).text(), panel.items.item(i).data(KIND_ROLE)) for i in range(3)]
    assert rows == [("Goods exports in USD", "Chart · goods exports"),
                    ("Agreements since 2018", "Timeline"), ("The EPA", "Event · eu-jp-epa")]
    assert panel.items.currentRow() == 2  # the new row is selected
    assert panel.briefing_combo.currentText() == f"Briefing {today} · 3 items"
    assert panel.export_pptx_button.isEnabled() and panel.export_pdf_button.isEnabled()

    reopened = make_panel(qtbot, folder)
    assert reopened.briefing_combo.currentText() == f"Briefing {today} · 3 items"
    assert titles(reopened) == ["Goods exports in USD", "Agreements since 2018", "The EPA"]
    assert [i.view for i in reopened.current_briefing.items] == [TRADE, TIMELINE, EPA]


def test_reordering_with_buttons_and_keys(qtbot, tmp_path):
    folder = tmp_path / "briefings"
    panel = with_items(qtbot, folder, show=True)
    panel.items.setCurrentRow(0)
    assert not panel.move_up_button.isEnabled()  # nowhere to go
    panel.move_down_button.click()
    assert titles(panel) == ["Agreements since 2018", "Goods exports in USD", "The EPA"]
    assert panel.items.currentRow() == 1  # the moved item stays selected

    focus_list(qtbot, panel)
    qtbot.keyClick(panel.items, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(panel) == ["Agreements since 2018", "The EPA", "Goods exports in USD"]
    assert not panel.move_down_button.isEnabled()
    qtbot.keyClick(panel.items, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.items, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(panel) == ["Goods exports in USD", "Agreements since 2018", "The EPA"]
    panel.move_up_button.setEnabled(True)  # even if forced, the top item cannot move further
    panel.move_up_button.click()
    assert titles(panel) == ["Goods exports in USD", "Agreements since 2018", "The EPA"]
    panel.items.setCurrentRow(2)
    panel.move_up_button.click()

    expected = ["Goods exports in USD", "The EPA", "Agreements since 2018"]
    assert titles(panel) == expected
    assert [i.title for i in stored(folder).items] == expected
    assert titles(make_panel(qtbot, folder)) == expected


def test_removing_and_undoing_with_keys_and_buttons(qtbot, tmp_path):
    folder = tmp_path / "briefings"
    panel = with_items(qtbot, folder, show=True)
    assert not panel.undo_remove_button.isEnabled()
    panel.items.setCurrentRow(1)
    focus_list(qtbot, panel)
    qtbot.keyClick(panel.items, Qt.Key.Key_Delete)
    assert titles(panel) == ["Goods exports in USD", "The EPA"]
    assert [i.title for i in stored(folder).items] == ["Goods exports in USD", "The EPA"]
    assert "Agreements since 2018" in panel.status_label.text()
    assert panel.undo_remove_button.isEnabled()

    panel.undo_remove_button.click()  # back where it was, with its view
    assert titles(panel) == ["Goods exports in USD", "Agreements since 2018", "The EPA"]
    assert panel.items.currentRow() == 1
    assert stored(folder).items[1].view == TIMELINE
    assert not panel.undo_remove_button.isEnabled()

    panel.items.setCurrentRow(0)
    panel.remove_button.click()
    focus_list(qtbot, panel)
    qtbot.keyClick(panel.items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(panel) == ["Goods exports in USD", "Agreements since 2018", "The EPA"]

    # Delete while typing talking points edits the text; it never removes the item.
    panel.items.setCurrentRow(2)
    panel.talking_points.setFocus()
    qtbot.waitUntil(lambda: panel.talking_points.hasFocus())
    qtbot.keyClicks(panel.talking_points, "ab")
    qtbot.keyClick(panel.talking_points, Qt.Key.Key_Left)
    qtbot.keyClick(panel.talking_points, Qt.Key.Key_Delete)
    assert panel.items.count() == 3 and panel.talking_points.toPlainText() == "a"

    panel.remove_button.click()
    assert titles(make_panel(qtbot, folder)) == ["Goods exports in USD", "Agreements since 2018"]


def test_renaming_items_inline_and_the_briefing_by_dialog(qtbot, tmp_path):
    folder = tmp_path / "briefings"
    panel = with_items(qtbot, folder, THREE[:2], show=True)
    panel.items.setCurrentRow(0)
    focus_list(qtbot, panel)
    qtbot.keyClick(panel.items, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Goods exports in USD"
    editor.selectAll()
    qtbot.keyClicks(editor, "  Trade in dollars ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: titles(panel)[0] == "Trade in dollars")
    assert stored(folder).items[0].title == "Trade in dollars"

    panel.items.setCurrentRow(1)
    panel.rename_item_button.click()  # the button opens the same inline editor
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Agreements since 2018"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Empty: the slide uses the view's own title.
    qtbot.waitUntil(lambda: stored(folder).items[1].title == "")

    panel.rename_briefing_button.click()
    dialog = panel.findChild(QInputDialog)
    assert dialog is not None and dialog.textValue().startswith("Briefing ")
    dialog.setTextValue("Japan visit")
    dialog.accept()
    assert panel.briefing_combo.currentText() == "Japan visit · 2 items"

    panel.marking_edit.setFocus()
    qtbot.waitUntil(lambda: panel.marking_edit.hasFocus())
    qtbot.keyClicks(panel.marking_edit, " OFFICIAL ")
    qtbot.keyClick(panel.marking_edit, Qt.Key.Key_Return)

    reopened = make_panel(qtbot, folder)
    assert reopened.briefing_combo.currentText() == "Japan visit · 2 items"
    assert titles(reopened) == ["Trade in dollars", ""]
    assert reopened.marking_edit.text() == "OFFICIAL"
    assert stored(folder).marking == "OFFICIAL"


def test_new_switch_and_delete_briefings(qtbot, tmp_path):
    folder = tmp_path / "briefings"
    panel = with_items(qtbot, folder, THREE[:1])
    panel.new_button.click()
    dialog = panel.findChild(QInputDialog)
    dialog.setTextValue("Second")
    dialog.accept()
    assert panel.briefing_combo.count() == 2
    assert panel.briefing_combo.currentText() == "Second · 0 items"  # newest first, and chosen
    assert panel.briefing_combo.currentIndex() == 0
    assert panel.items.count() == 0 and not panel.export_pdf_button.isEnabled()
    panel.add_item(EPA, "Only in the second")
    panel.talking_points.setPlainText("Typed just before switching")

    with qtbot.waitSignal(panel.sig_briefing_changed):
        panel.briefing_combo.setCurrentIndex(1)  # choosing another shows its items
    assert titles(panel) == ["Goods exports in USD"]
    assert panel.current_briefing.title.startswith("Briefing ")
    second = next(b for b in BriefingStore(folder).list() if b.title == "Second")
    assert second.items[0].talking_points == "Typed just before switching"  # saved, and there
    assert panel.briefing_combo.currentText().startswith("Briefing ")

    panel.delete_button.click()
    box = panel.findChild(QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(BriefingStore(folder).list()) == 2

    panel.delete_button.click()
    box = panel.findChild(QMessageBox)
    assert "Goods exports" not in box.text() and "1 item" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [b.title for b in BriefingStore(folder).list()] == ["Second"]
    assert panel.briefing_combo.count() == 1
    assert titles(panel) == ["Only in the second"]

    reopened = make_panel(qtbot, folder)
    assert reopened.briefing_combo.currentText() == "Second · 1 item"


def test_talking_points_are_saved_debounced_and_flushed_on_selection_change(qtbot, tmp_path):
    folder = tmp_path / "briefings"
    panel = with_items(qtbot, folder, THREE[:2], show=True)
    panel.items.setCurrentRow(0)
    panel.talking_points.setFocus()
    qtbot.keyClicks(panel.talking_points, "Exports rose")
    qtbot.wait(150)
    assert stored(folder).items[0].talking_points == ""  # not on every key press
    assert panel.talking_points_status.text() == "Editing…"
    qtbot.waitUntil(lambda: stored(folder).items[0].talking_points == "Exports rose", timeout=3000)
    assert panel.talking_points_status.text() == "Saved"

    qtbot.keyClicks(panel.talking_points, " in 2024")
    panel.items.setCurrentRow(1)  # moving on saves at once
    assert stored(folder).items[0].talking_points == "Exports rose in 2024"
    assert panel.talking_points.toPlainText() == ""
    panel.talking_points.setPlainText("Line one\nLine two")
    panel.items.setCurrentRow(0)
    assert panel.talking_points.toPlainText() == "Exports rose in 2024"
    panel.items.setCurrentRow(1)
    panel.talking_points.setPlainText("Line one\nLine two\nLine three")
    panel.close()  # closing saves too

    reopened = make_panel(qtbot, folder)
    reopened.items.setCurrentRow(1)
    assert reopened.talking_points.toPlainText() == "Line one\nLine two\nLine three"
    assert [i.talking_points for i in stored(folder).items] == [
        "Exports rose in 2024", "Line one\nLine two\nLine three"]


def test_a_damaged_briefing_is_reported_once_and_the_others_load(qtbot, tmp_path):
    folder = tmp_path / "briefings"
    store = BriefingStore(folder)
    good = store.save(Briefing("good1", "Good one", (BriefingItem.new(EPA, "EPA"),)))
    store.save(Briefing("good2", "Good two", (BriefingItem.new(TIMELINE, "Timeline"),)))
    (folder / "damaged.json").write_text('{"briefing": 1, "items": [', encoding="utf-8")

    panel = make_panel(qtbot, folder)
    assert panel.problems_box.isVisibleTo(panel)
    assert "damaged.json" in panel.problems_label.text()
    assert [panel.briefing_combo.itemText(i) for i in range(2)] == ["Good two · 1 item",
                                                                    "Good one · 1 item"]
    assert titles(panel) == ["Timeline"]

    # A briefing damaged after it was listed (as a newer app or a hand edit might leave its row):
    # choosing it lists again; each problem is told once.
    import sqlite3
    db = sqlite3.connect(folder / "user.sqlite3")
    with db:
        db.execute("UPDATE briefing_items SET view_json = '[' WHERE briefing_id = ?", (good.id,))
    db.close()
    panel.briefing_combo.setCurrentIndex(1)
    text = panel.problems_label.text()
    assert text.count("damaged.json") == 2  # the file and its ".broken-<time>" copy, in one line
    assert len(re.findall(r"^• ", text, flags=re.M)) == 2
    assert "briefing 'good1'" in text
    assert panel.briefing_combo.count() == 1 and titles(panel) == ["Timeline"]
    panel.dismiss_problems_button.click()
    assert not panel.problems_box.isVisibleTo(panel)


def test_export_deck_to_pptx_has_title_items_and_sources_and_the_notes(qtbot, tmp_path):
    folder = tmp_path / "briefings"
    panel = with_items(qtbot, folder, [THREE[0], THREE[2]], show=True)
    panel.rename_briefing("Japan visit")
    panel.marking_edit.setText("RESTRICTED")
    panel.marking_edit.editingFinished.emit()
    panel.items.setCurrentRow(0)
    panel.talking_points.setFocus()
    qtbot.keyClicks(panel.talking_points, "Say the EU leads")  # typed, not yet saved: export flushes

    out = tmp_path / "deck.pptx"
    said = []
    panel.sig_status_message.connect(lambda text: said.append((text, out.is_file())))
    outcome = export_deck(qtbot, panel, out)
    assert outcome.written == out and out.is_file()
    assert panel.status_label.text() == "Wrote deck.pptx (2 items)"
    assert said[0] == ("Writing the deck deck.pptx…", False)
    assert said[-1] == (f"Wrote {out} (2 items)", True)  # only once the file is on disk

    slides = list(Presentation(str(out)).slides)
    assert len(slides) >= 2 + 2  # title, the items (a timeline adds its appendix), sources

    def text_of(slide) -> str:
        return " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)

    assert "Japan visit" in text_of(slides[0])
    assert "Goods exports in USD" in text_of(slides[1])
    assert "RESTRICTED" in text_of(slides[1])
    assert "Every source cited in this briefing" in text_of(slides[-1])
    assert "Say the EU leads" in slides[1].notes_slide.notes_text_frame.text
    assert "Say the EU leads" not in slides[2].notes_slide.notes_text_frame.text
    assert stored(folder).items[0].talking_points == "Say the EU leads"


def test_export_deck_to_pdf_has_a_page_per_item_plus_two(qtbot, tmp_path):
    panel = with_items(qtbot, tmp_path / "briefings", THREE[1:])
    out = export_deck(qtbot, panel, tmp_path / "deck.pdf").written
    pages = PdfReader(out).pages
    assert len(pages) >= 2 + 2  # title, the items (a timeline adds its appendix), sources
    assert "Every source cited in this briefing" in pages[-1].extract_text().replace("\t", " ")
    assert panel.status_label.text() == "Wrote deck.pdf (2 items)"


def test_export_buttons_ask_for_a_file_and_add_the_suffix(qtbot, tmp_path, monkeypatch):
    panel = with_items(qtbot, tmp_path / "briefings", THREE[2:])
    asked = []

    def fake_dialog(parent, caption, start, filt):
        asked.append((caption, filt))
        return str(tmp_path / "from-dialog"), filt

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    panel.export_pdf_button.click()
    wait_for_status(qtbot, panel, "Wrote")
    assert asked == [("Export deck as PDF", "PDF (*.pdf)")]
    assert len(PdfReader(tmp_path / "from-dialog.pdf").pages) == 3

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    panel.export_pptx_button.click()  # cancelled: nothing written, nothing said
    assert not list(tmp_path.glob("*.pptx")) and panel.findChild(QMessageBox) is None


@pytest.mark.parametrize("view,out_name,expected", [
    (ViewState(view="chart", pack="{tmp}/no-such-pack", comparison=TRADE.comparison),
     "deck.pptx", "no-such-pack"),
    (ViewState(view="event", event_id="no-such-event"), "deck.pdf", "no-such-event"),
    (EPA, "a-file/deck.pptx", "Cannot write"),
])
def test_export_errors_are_shown_in_a_message_box(qtbot, tmp_path, view, out_name, expected):
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    view = ViewState.from_dict({**view.to_dict(), "pack": view.pack.format(tmp=tmp_path)})
    panel = with_items(qtbot, tmp_path / "briefings", [(TIMELINE, "Fine"), (view, "Broken")])
    out = tmp_path / out_name
    assert export_deck(qtbot, panel, out).status == "failed"
    box = panel.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert expected in box.text()
    assert not out.exists()
    assert panel.status_label.text() == f"{out.name} not written"
    assert QApplication.overrideCursor() is None  # the busy cursor is gone
    box.close()
    assert panel.export_pptx_button.isEnabled()  # and the panel still works


def test_a_broken_pack_names_the_items_that_use_it(qtbot, tmp_path):
    view = ViewState(view="timeline", pack=str(tmp_path / "gone"))
    panel = with_items(qtbot, tmp_path / "briefings", [(EPA, "Fine"), (view, "Old timeline")])
    export_deck(qtbot, panel, tmp_path / "deck.pptx")
    box = panel.findChild(QMessageBox)
    assert "Items using it: 2. Old timeline" in box.text()
    assert "no such file or folder" in box.detailedText()
    box.close()


def test_exporting_an_empty_briefing_explains_instead(qtbot, tmp_path):
    panel = make_panel(qtbot, tmp_path / "briefings")
    panel.new_briefing("Empty")
    assert not panel.export_pptx_button.isEnabled()
    assert panel.export_deck_to(tmp_path / "deck.pptx") is None
    box = panel.findChild(QMessageBox)
    assert "no items" in box.text()
    assert not (tmp_path / "deck.pptx").exists()
    box.close()


def test_every_control_is_named_and_mnemonics_do_not_clash(qtbot, tmp_path):
    panel = with_items(qtbot, tmp_path / "briefings", THREE[:1])
    controls = [w for w in panel.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView,
                                  QPlainTextEdit))
                and w not in (panel.briefing_combo.view(), panel.paper_combo.view())]  # named by their combos
    assert len(controls) == 18  # with the note button, its paper size and the print button
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName()]
    assert unnamed == []
    texts = [w.text() for kind in (QAbstractButton, QLabel) for w in panel.findChildren(kind)]
    keys = [m.lower() for t in texts for m in re.findall(r"&(\w)", t)]
    assert len(keys) == len(set(keys)) >= 12
    assert not set(keys) & set("febvh")  # the window's menus: File, Edit, Briefing, View, Help


def test_note_button_asks_for_a_file_and_writes_the_note_off_the_gui_thread(qtbot, tmp_path,
                                                                           monkeypatch):
    panel = with_items(qtbot, tmp_path / "briefings", THREE)
    panel.marking_edit.setText("OFFICIAL")
    panel.marking_edit.editingFinished.emit()
    panel.paper_combo.setCurrentIndex(panel.paper_combo.findData("letter"))
    asked = []

    def fake_dialog(parent, caption, start, filt):
        asked.append((caption, Path(start).suffix, filt))
        return str(tmp_path / "from-dialog"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    out = tmp_path / "from-dialog.pdf"
    said = []
    panel.sig_status_message.connect(lambda text: said.append((text, out.exists())))
    with qtbot.waitSignal(panel.sig_status_message, timeout=60000,
                          check_params_cb=lambda text: text.startswith("Wrote the briefing note")):
        panel.note_button.click()
        assert not panel.note_button.isEnabled()  # returned at once; a second click cannot nest
    assert asked == [("Export briefing note", ".docx", "Word document (*.docx);;PDF (*.pdf)")]
    assert said[0] == ("Writing the briefing note from-dialog.pdf…", False)
    assert said[-1] == (f"Wrote the briefing note {out}", True)  # only once the file is on disk
    assert panel.status_label.text() == "Wrote from-dialog.pdf" and panel.note_button.isEnabled()
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter, as chosen
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "OFFICIAL" in text and "Goods" in text


def test_a_note_that_cannot_be_written_says_why_and_writes_nothing(qtbot, tmp_path):
    view = ViewState(view="timeline", pack=str(tmp_path / "gone"))
    panel = with_items(qtbot, tmp_path / "briefings", [(EPA, "Fine"), (view, "Old timeline")])
    out = tmp_path / "note.docx"
    with qtbot.waitSignal(panel.sig_status_message, timeout=60000,
                          check_params_cb=lambda text: "not written" in text):
        panel.export_note_to(out)
    box = panel.findChild(QMessageBox)
    assert "items[1].view.pack" in box.text() and "gone: no such file or folder" in box.text()
    assert not out.exists() and panel.note_button.isEnabled()
    box.close()


def test_printing_the_briefing_lays_out_one_slide_per_item_with_the_marking(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    panel = with_items(qtbot, tmp_path / "briefings", THREE[1:])
    panel.marking_edit.setText("SECRET")
    panel.marking_edit.editingFinished.emit()
    pages = panel.print_pages()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    try:
        count = pages.paint(printer)
    finally:
        pages.close()
    texts = [p.extract_text() for p in PdfReader(tmp_path / "printed.pdf").pages]
    assert len(texts) == count >= 2  # two items (a timeline may add its appendix page)
    assert all(t.count("SECRET") >= 2 for t in texts)
    assert "The EPA" in " ".join(texts[-1].split())  # the last item's own title


def test_kind_text_names_what_each_view_shows():
    assert bp.kind_text(TRADE) == "Chart · goods exports"
    assert bp.kind_text(ViewState(view="table", comparison=TRADE.comparison, pack="/x/japan.zip")) \
        == "Table · goods exports · pack japan.zip"
    assert bp.kind_text(EPA) == "Event · eu-jp-epa"
    assert bp.kind_text(TIMELINE) == "Timeline"


def test_importing_the_panel_does_not_load_pandas():
    """The window imports this panel before its first paint; pandas must wait for the pack."""
    probe = ("import sys, explorer.qt.views.briefing_panel; "
             "print('pandas' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_a_deck_without_its_own_marking_carries_the_export_marking_and_says_so(qtbot, tmp_path,
                                                                               monkeypatch):
    from explorer.userdata.settings import Settings

    settings = Settings()
    settings.set("export_marking", "OFFICIAL-SENSITIVE")
    settings.save()
    panel = with_items(qtbot, tmp_path / "briefings", [THREE[0]])
    assert panel.marking_edit.text() == ""
    assert "OFFICIAL-SENSITIVE" in panel.marking_edit.placeholderText()  # not silently unmarked
    out = export_deck(qtbot, panel, tmp_path / "deck.pdf").written
    for page in PdfReader(out).pages:
        assert "OFFICIAL-SENSITIVE" in page.extract_text()
    # Save dialogs open where the last export went, whichever panel wrote it.
    folder = tmp_path / "exports"
    folder.mkdir()
    asked = []

    def fake_save(parent, caption, start, filt):
        asked.append(start)
        return str(folder / "again.pdf"), filt

    monkeypatch.setattr("explorer.qt.views.briefing_panel.QFileDialog.getSaveFileName", fake_save)
    panel._on_q_export_clicked("pdf")
    wait_for_status(qtbot, panel, "Wrote again.pdf")
    assert (folder / "again.pdf").is_file() and Settings().get("export_folder") == str(folder)
    panel._on_q_export_clicked("pdf")
    assert asked[-1].startswith(str(folder))
    qtbot.waitUntil(lambda: panel.export_pdf_button.isEnabled(), timeout=60000)  # written again


def test_a_briefing_changed_in_another_window_is_kept_and_this_change_saved_as_a_copy(qtbot, tmp_path):
    folder = tmp_path / "briefings"
    panel_a = with_items(qtbot, folder, THREE[:1])
    panel_b = make_panel(qtbot, folder)  # a second window on the same store, same briefing
    assert panel_b.current_briefing.id == panel_a.current_briefing.id
    panel_b.items.setCurrentRow(0)
    panel_b.talking_points.setPlainText("Written in window B")
    panel_b.flush()
    panel_a.items.setCurrentRow(0)  # A still holds the briefing as it was before B's change
    panel_a.talking_points.setPlainText("Written in window A")
    panel_a.flush()
    assert "changed in another window" in panel_a.status_label.text()
    briefings = {b.title: b for b in BriefingStore(folder).list()}
    original = panel_b.current_briefing.title
    assert len(briefings) == 2
    assert briefings[original].items[0].talking_points == "Written in window B"  # not overwritten
    copy = briefings[f"{original} (copy from this window)"]
    assert copy.items[0].talking_points == "Written in window A"  # nor lost
    assert panel_a.current_briefing.id == copy.id  # A goes on editing its copy


# -- talking points that cannot be saved are never lost (issue 15) -----------------------------------------
def _disk_full(*_args, **_kwargs):
    raise OSError(28, "No space left on device")


def test_talking_points_a_failed_save_refused_stay_shown_and_are_saved_once_the_store_works(
        qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(bp, "TALKING_POINTS_RETRY_MS", 200)
    folder = tmp_path / "briefings"
    panel = with_items(qtbot, folder, THREE[:2])
    store = panel._store
    monkeypatch.setattr(store, "save", _disk_full)
    panel.items.setCurrentRow(0)
    panel.talking_points.setPlainText("Mention the 2024 figures")
    panel.items.setCurrentRow(1)  # moving on tries to save: the disk is full
    assert panel.talking_points.toPlainText() == ""
    panel.items.setCurrentRow(0)  # back: what was typed is still there, and says it is not saved
    assert panel.talking_points.toPlainText() == "Mention the 2024 figures"
    assert panel.talking_points_status.text() == "Not saved: No space left on device"
    qtbot.wait(500)  # retried every few seconds: still refused, still said
    assert panel.talking_points_status.text() == "Not saved: No space left on device"
    assert stored(folder).items[0].talking_points == ""

    monkeypatch.undo()  # the disk has room again: the retry saves it, without another keystroke
    qtbot.waitUntil(lambda: stored(folder).items[0].talking_points == "Mention the 2024 figures",
                    timeout=3000)
    assert panel.talking_points_status.text() == "Saved"
    assert panel.unsaved_talking_points == {}
    assert not list(store.journal.folder.glob("*.json"))  # the journal is emptied once saved


def test_talking_points_not_saved_before_closing_are_saved_at_the_next_start(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "briefings"
    panel = with_items(qtbot, folder, THREE[:2])
    monkeypatch.setattr(panel._store, "save", _disk_full)
    panel.items.setCurrentRow(1)
    panel.talking_points.setPlainText("Typed while the disk was full")
    panel.close()  # the save on closing fails too
    panel._store.close()
    assert stored(folder).items[1].talking_points == "Typed while the disk was full"  # replayed

    # The next start cannot save either: the text is shown, said unsaved, and not lost.
    panel = with_items(qtbot, folder, THREE[:2])
    monkeypatch.setattr(panel._store, "save", _disk_full)
    panel.items.setCurrentRow(0)
    panel.talking_points.setPlainText("Second try")
    panel.items.setCurrentRow(1)
    panel.close()
    panel._store.close()
    monkeypatch.setattr(BriefingStore, "save", _disk_full)
    again = make_panel(qtbot, folder)
    again.items.setCurrentRow(0)
    assert again.talking_points.toPlainText() == "Second try"
    assert again.talking_points_status.text().startswith("Not saved: ")


def test_a_deck_that_cannot_be_written_shows_the_failure_and_never_success(qtbot, tmp_path, caplog):
    import logging

    caplog.set_level(logging.INFO, logger="explorer")
    panel = with_items(qtbot, tmp_path / "briefings", [THREE[2]])
    out = tmp_path / "deck.pptx"
    out.mkdir()  # a folder where the file should go: the writer on the runner refuses it
    said = []
    panel.sig_status_message.connect(said.append)
    ticket = panel.export_deck_to(out)
    assert not panel.export_pptx_button.isEnabled()  # asked, not yet answered: no second deck
    assert panel.export_deck_to(tmp_path / "other.pptx") is None
    with qtbot.waitSignal(ticket.sig_finished, timeout=60000) as finished:
        pass
    outcome = finished.args[0]
    assert outcome.status == "failed" and outcome.written is None
    assert not any(text.startswith("Wrote") for text in said)
    assert said[-1].startswith("Deck not exported: Cannot write")
    assert panel.status_label.text() == "deck.pptx not written"
    box = panel.findChild(QMessageBox)
    assert box is not None and "The deck was not written." in box.text()
    assert out.is_dir() and not list(out.iterdir())  # left as it was
    assert any(r.name == "explorer.background" and str(out) in r.getMessage() for r in caplog.records)
    box.close()
    assert panel.export_pptx_button.isEnabled() and titles(panel) == ["The EPA"]


def test_the_panel_asks_the_service_it_is_given(qtbot, tmp_path):
    from explorer.qt.export_service import ExportService

    service = ExportService()
    panel = BriefingPanel(BriefingStore(tmp_path / "briefings"), exports=service)
    qtbot.addWidget(panel)
    panel.add_item(*THREE[2])
    ticket = panel.export_deck_to(tmp_path / "deck.pdf")
    assert service.busy() == 1
    with qtbot.waitSignal(ticket.sig_finished, timeout=60000):
        pass
    assert service.busy() == 0 and (tmp_path / "deck.pdf").is_file()
    assert panel.status_label.text() == "Wrote deck.pdf (1 item)"
