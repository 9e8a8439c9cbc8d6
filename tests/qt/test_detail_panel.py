"""The detail panel shows the selected event with sources and keeps the user's note; data in the
label language, colours from the theme, accessible widgets."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt

from explorer.data.pack_loader import load_pack
from explorer.qt.views.detail_panel import DetailPanel
from explorer.state.session import Session
from explorer.userdata.notes import NotesStore
from tests.packs import VALID_FILES, write_pack
from tests.qt.helpers import session_on_test_pack


def make_panel(qtbot, tmp_path, notes=None):
    session = session_on_test_pack(tmp_path, notes=notes)
    panel = DetailPanel(session)
    qtbot.addWidget(panel)
    panel.sig_note_edit_requested.connect(lambda eid, text: session.set_note(eid, text, "detail"))
    return session, panel


def test_selected_event_shows_dates_lifecycle_sources_and_indicators(qtbot, tmp_path):
    session, panel = make_panel(qtbot, tmp_path)
    assert "Select an event" in panel._browser.toPlainText()
    session.select_event("epa")
    text = panel._browser.toPlainText()
    assert "EU–Japan EPA" in text and "日EU経済連携協定" in text
    assert "1 Feb 2019" in text and "In force" in text
    assert "Signed: 17 Jul 2018" in text and "Entered into force: 1 Feb 2019" in text
    assert "Goods exports" in text and "68.8 bn EUR" in text
    assert "The Economy, “Article B”, 2025." in text  # the one citation used everywhere


def test_urls_are_text_and_never_opened_automatically(qtbot, tmp_path):
    session, panel = make_panel(qtbot, tmp_path)
    session.select_event("summit-2025")
    assert "https://example.org/a" in panel._browser.toPlainText()
    assert not panel._browser.openLinks() and not panel._browser.openExternalLinks()


def test_pack_text_is_escaped(qtbot, tmp_path):
    session, panel = make_panel(qtbot, tmp_path)
    session.pack.events.loc[0, "summary"] = "<img src='http://evil.example/x.png'><b>bold</b>"
    session.select_event("epa")
    assert "<img src='http://evil.example/x.png'><b>bold</b>" in panel._browser.toPlainText()


def test_note_is_saved_debounced_and_on_selection_change(qtbot, tmp_path):
    store = NotesStore(tmp_path / "notes.sqlite3")
    session, panel = make_panel(qtbot, tmp_path, notes=store)
    session.select_event("gcap")
    qtbot.keyClicks(panel._note, "Call Rome")
    assert session.notes == {}  # not yet: debounced
    qtbot.waitUntil(lambda: session.notes.get("gcap") == "Call Rome", timeout=3000)
    qtbot.keyClicks(panel._note, " first")
    session.select_event("epa")  # moving on flushes at once
    assert store.notes_for("test-pack") == {"gcap": "Call Rome first"}
    assert panel._note.toPlainText() == ""
    session.select_event("gcap")
    assert panel._note.toPlainText() == "Call Rome first"


def test_related_indicator_can_be_shown_in_the_charts(qtbot, tmp_path):
    from PySide6.QtCore import QUrl

    session, panel = make_panel(qtbot, tmp_path)
    session.select_event("epa")
    assert "show in charts" in panel._browser.toPlainText()
    assert "indicator:goods_exports" in panel._browser.toHtml()
    with qtbot.waitSignal(panel.sig_indicator_show_requested) as blocker:
        panel._browser.anchorClicked.emit(QUrl("indicator:goods_exports"))
    assert blocker.args == ["goods_exports"]


# -- reader-facing text and the pack author's notes ---------------------------------------------

def _with_editor_note(file: str, notes: dict[int, str]) -> str:
    """VALID_FILES[file] with an ``editor_note`` column, filled for the given data rows (0-based)."""
    rows = list(csv.reader(io.StringIO(VALID_FILES[file])))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(rows[0] + ["editor_note"])
    for i, row in enumerate(rows[1:]):
        writer.writerow(row + [notes.get(i, "")])
    return out.getvalue()


SPLIT_FILES = {
    "sources.csv": (
        "id,title,publisher,published,url,note,editor_note\n"
        "src-a,Article A,ECFR,2025-11~,https://example.org/a,,\n"
        "src-b,[Title not in the copy] Article B,The Economy,2025,,Rewritten from the original.,"
        "Undated copy; it misspells it 'EEPA'.\n"
    ),
    "events.csv": _with_editor_note("events.csv", {0: "The Economy calls it the 'Emergency' EPA."}),
    "observations.csv": _with_editor_note("observations.csv", {1: "original not seen"}),
}


def make_split_panel(qtbot, tmp_path):
    session = Session()
    session.open_pack(load_pack(write_pack(tmp_path / "pack", SPLIT_FILES)))
    panel = DetailPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    session.select_event("epa")
    return session, panel


def test_readers_see_clean_citations_and_reader_notes_only(qtbot, tmp_path):
    _, panel = make_split_panel(qtbot, tmp_path)
    text = panel._browser.toPlainText()
    assert "The Economy, “Article B”, 2025." in text and "Rewritten from the original." in text
    assert "[Title not in the copy]" not in text
    for editorial in ("misspells", "Emergency", "original not seen", "Undated copy"):
        assert editorial not in text


def test_editor_notes_appear_only_after_expanding_the_section(qtbot, tmp_path):
    _session, panel = make_split_panel(qtbot, tmp_path)
    toggle, notes = panel._editor_toggle, panel._editor_notes
    assert toggle.isVisible() and toggle.text() == "Pack author's notes (3)"
    assert not toggle.isChecked() and not notes.isVisible()  # collapsed by default

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert notes.isVisible()
    text = notes.toPlainText()
    assert "This event" in text and "The Economy calls it the 'Emergency' EPA." in text
    assert "Source [src-b]: The Economy, “Article B”, 2025." in text
    assert "Undated copy; it misspells it 'EEPA'." in text
    assert "Figure: Goods exports, European Union 2024 (68.8 bn EUR)" in text
    assert "original not seen" in text

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not notes.isVisible()


def test_the_section_is_hidden_when_there_are_no_editor_notes(qtbot, tmp_path):
    session, panel = make_split_panel(qtbot, tmp_path)
    panel._editor_toggle.setChecked(True)
    session.select_event("summit-2025")  # src-a has no editor note; nothing else linked
    assert not panel._editor_toggle.isVisible() and not panel._editor_notes.isVisible()
    session.select_event("epa")  # the user's choice to expand is kept while the panel lives
    assert panel._editor_notes.isVisible()


def test_expanding_shows_the_author_notes_of_the_event_selected_since(qtbot, tmp_path):
    """Collapsed, the notes are filled in when expanded: never the notes of an event seen before."""
    files = dict(SPLIT_FILES, **{"events.csv": _with_editor_note(
        "events.csv", {0: "The Economy calls it the 'Emergency' EPA.", 1: "Second event's slip."})})
    session = Session()
    session.open_pack(load_pack(write_pack(tmp_path / "pack", files)))
    panel = DetailPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    first, second = (str(i) for i in session.pack.events["id"].iloc[:2])
    session.select_event(first)
    toggle, notes = panel._editor_toggle, panel._editor_notes
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert "'Emergency' EPA" in notes.toPlainText()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)  # collapsed again
    session.select_event(second)
    assert toggle.text() == "Pack author's notes (1)"
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert "Second event's slip." in notes.toPlainText() and "Emergency" not in notes.toPlainText()
    session.select_event(first)  # expanded: follows the selection at once
    assert "'Emergency' EPA" in notes.toPlainText()


# -- label language, theme, accessibility ------------------------------------------------------------

def test_data_follows_the_label_language(qtbot, tmp_path):
    session, panel = make_panel(qtbot, tmp_path)
    session.select_event("epa")
    session.set_label_language("ja")
    text = panel._browser.toPlainText()
    lines = text.splitlines()
    assert lines[0] == "日EU経済連携協定" and lines[1] == "EU–Japan EPA"  # the original below
    assert "2019年2月1日" in text and "発効済み" in text and "協定" in text
    assert "日本、欧州連合" in text and "貿易" in text
    assert "署名: 2018年7月17日" in text and "発効: 2019年2月1日" in text
    assert "1 Feb 2019" not in text and "In force" not in text
    assert "“Article B”, 2025年." in text  # the source's date too
    session.set_label_language("both")
    text = panel._browser.toPlainText()
    assert text.splitlines()[0] == "EU–Japan EPA / 日EU経済連携協定"
    assert "In force / 発効済み" in text and "Japan / 日本, European Union / 欧州連合" in text
    session.set_label_language("en")
    text = panel._browser.toPlainText()
    assert text.splitlines()[:2] == ["EU–Japan EPA", "日EU経済連携協定"] and "In force" in text


def test_japanese_summary_first_when_labels_are_japanese(qtbot, tmp_path):
    files = {"events.csv": VALID_FILES["events.csv"].replace(
        "Free trade.,,src-b", "Free trade.,自由貿易。,src-b")}
    session = Session()
    session.open_pack(load_pack(write_pack(tmp_path / "pack", files)))
    panel = DetailPanel(session)
    qtbot.addWidget(panel)
    session.select_event("epa")
    text = panel._browser.toPlainText()
    assert text.index("Free trade.") < text.index("自由貿易。")
    session.set_label_language("ja")
    text = panel._browser.toPlainText()
    assert text.index("自由貿易。") < text.index("Free trade.")


def test_note_placeholder_says_what_to_do(qtbot, tmp_path):
    session, panel = make_panel(qtbot, tmp_path)
    assert panel._note.placeholderText() == "Select an event to write a note."
    assert not panel._note.isEnabled()
    session.select_event("gcap")
    assert panel._note.isEnabled()
    assert "Select an event" not in panel._note.placeholderText()  # one is selected
    assert panel._note.placeholderText() == "Write a note on this event…"


def test_colours_come_from_the_theme(qtbot, tmp_path):
    from explorer.charts.theme import DARK, LIGHT
    from explorer.qt import theme

    session, panel = make_panel(qtbot, tmp_path)
    session.select_event("epa")
    assert "#555555" not in panel._browser.toHtml().lower()  # the old hard-coded grey
    try:
        theme.set_look(DARK, theme.text_scale())
        html = panel._browser.toHtml().lower()
        assert DARK.muted_text.lower() in html
    finally:
        theme.set_look(LIGHT, theme.text_scale())
    assert LIGHT.muted_text.lower() in panel._browser.toHtml().lower()


def test_interactive_widgets_have_accessible_names(qtbot, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit, QTextBrowser

    _, panel = make_panel(qtbot, tmp_path)
    widgets = panel.findChildren(QAbstractButton) + panel.findChildren(QPlainTextEdit) + \
        panel.findChildren(QTextBrowser)
    assert widgets
    for w in widgets:
        assert w.accessibleName(), w
    assert panel._note.accessibleDescription() and panel._browser.accessibleDescription()


def test_a_burst_of_typing_is_saved_once_after_the_pause_and_again_after_the_next(qtbot, tmp_path, monkeypatch):
    from explorer.qt.views import detail_panel as dp

    monkeypatch.setattr(dp, "NOTE_SAVE_DELAY_MS", 150)
    session, panel = make_panel(qtbot, tmp_path)
    saves = []
    panel.sig_note_edit_requested.connect(lambda eid, text: saves.append((eid, text)))
    session.select_event("gcap")
    for ch in "Call":
        qtbot.keyClicks(panel._note, ch)
        qtbot.wait(40)  # shorter than the pause: each keystroke postpones the save
    assert saves == []
    qtbot.waitUntil(lambda: len(saves) == 1, timeout=2000)
    qtbot.wait(300)
    assert saves == [("gcap", "Call")]  # once, with the whole burst
    assert panel.note_status_text() == "Saved"
    qtbot.keyClicks(panel._note, " Rome")
    qtbot.waitUntil(lambda: len(saves) == 2, timeout=2000)
    assert saves[-1] == ("gcap", "Call Rome")
    session.select_event("epa")  # nothing pending: moving on saves nothing more
    assert len(saves) == 2


def test_related_indicators_and_figures_are_in_the_label_language(qtbot):
    from explorer.paths import default_pack_path

    session = Session()
    session.open_pack(load_pack(default_pack_path()))
    panel = DetailPanel(session)
    qtbot.addWidget(panel)
    session.select_event("eu-jp-epa")
    assert "Goods exports" in panel._browser.toPlainText()
    assert "68.8 bn EUR" in panel._browser.toPlainText()
    session.set_label_language("ja")
    text = panel._browser.toPlainText()
    assert "財の輸出額" in text and "Goods exports" not in text  # the pack's indicators.name_ja
    assert "欧州連合 2024: 688億ユーロ" in text and "68.8 bn EUR" not in text  # figures as Japanese write them
    session.set_label_language("both")
    assert "Goods exports / 財の輸出額" in panel._browser.toPlainText()


def test_every_line_fits_the_panel_without_a_sideways_scroll_bar(qtbot):
    """The details wrap to the panel in any language: a Japanese source note mixing Latin text, set
    by Qt ~3 px wider than the text width, showed a horizontal scroll bar in a laptop's layout, and
    a word wider than the panel breaks instead of running off it."""
    from explorer.paths import default_pack_path

    session = Session()
    session.open_pack(load_pack(default_pack_path()))
    session.set_label_language("ja")
    panel = DetailPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    browser = panel._browser
    session.select_event("eu-jp-epa")
    for width in range(440, 520, 3):  # the laptop layout's details panel is ~470 px wide
        panel.resize(width, 300)
        qtbot.waitUntil(lambda w=width: browser.viewport().width() < w)
        qtbot.wait(1)
        assert not browser.horizontalScrollBar().isVisible(), width
    doc = browser.document()
    doc.setHtml(doc.toHtml().replace("2019年", "x" * 300 + "2019年", 1))  # one unbreakable word
    block, right = doc.begin(), 0.0
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            right = max(right, layout.position().x() + line.x() + line.naturalTextWidth())
        block = block.next()
    assert right <= doc.textWidth()
