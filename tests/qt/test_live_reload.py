"""Live reload and "What changed", through the window: edit the files of an open pack on disk."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QMessageBox

from explorer.qt.main_window import RELOAD_REFUSED
from explorer.qt.views.pack_changes_view import PackChangesView
from tests.packs import VALID_FILES, replace_line, write_pack
from tests.qt.test_main_window import close_window, open_window

NEW_EVENT = "summit-2026,EU–Japan summit 2026,,summit,announced,2026-05,,jp;eu,diplomacy,Next one.,,src-a\n"
WAIT_MS = 15000


@pytest.fixture
def pack(tmp_path):
    return write_pack(tmp_path / "pack")


@pytest.fixture
def window(qtbot, pack):
    w = open_window(qtbot, pack)
    w.pack_watcher.set_debounce_ms(100)
    yield w
    close_window(w)


def append(path, text):
    with open(path, "a", encoding="utf-8", newline="") as fh:
        fh.write(text)


def replace_atomically(path, text):
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(text, encoding="utf-8", newline="")
    os.replace(tmp, path)


def event_row(n: int) -> str:
    return f"extra-{n},Extra event {n},,statement,announced,2026-0{n},,jp,trade,Extra.,,src-a\n"


def test_edit_on_disk_reloads_keeps_selection_and_says_what_changed(qtbot, window, pack):
    window.table.view.selectRow(1)
    assert window.session.selected_event == "gcap"
    append(pack / "events.csv", NEW_EVENT)
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 6, timeout=WAIT_MS)
    assert window.session.selected_event == "gcap"  # kept: it is still there
    assert "GCAP" in window.detail._browser.toPlainText()
    assert window.statusBar().currentMessage() == "Reloaded Test pack: 1 event added"
    assert window.what_changed_button.isVisible() and window.what_changed_action.isEnabled()
    assert window.what_changed_button.text() == "What changed"

    window.what_changed_button.click()
    view = window.findChild(PackChangesView, "pack_changes_view")
    assert view is not None and view.isVisible() and not view.isModal()
    assert view.summary_label.text() == "1 event added"
    view.view.selectRow(0)  # the new event: selecting it selects it in the window
    assert window.session.selected_event == "summit-2026"
    assert window.table.view.currentIndex().isValid()
    view.close()


def test_broken_file_keeps_the_old_data_and_says_where(qtbot, window, pack):
    replace_atomically(pack / "events.csv", replace_line("events.csv", "2019-02-01", "2019-13-01"))

    def refused_box():
        box = window.findChild(QMessageBox, "pack_refused_box")
        return box if box is not None and box.isVisible() else None

    qtbot.waitUntil(lambda: refused_box() is not None, timeout=WAIT_MS)
    box = refused_box()
    assert box.windowTitle() == RELOAD_REFUSED
    assert "events.csv:2:start: impossible date: no month 13" in box.text()
    assert "Still open: Test pack" in box.text()
    assert window.table.model.rowCount() == 5
    assert window.session.pack.events["start"].iat[0] == "2019-02-01"
    box.close()
    # Fixed again: the next save reloads.
    replace_atomically(pack / "events.csv", VALID_FILES["events.csv"] + NEW_EVENT)
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 6, timeout=WAIT_MS)


def test_atomic_replaces_in_a_row_stay_watched(qtbot, window, pack):
    events = pack / "events.csv"
    for n, rows in ((1, 6), (2, 7)):
        replace_atomically(events, events.read_text(encoding="utf-8") + event_row(n))
        qtbot.waitUntil(lambda rows=rows: window.table.model.rowCount() == rows, timeout=WAIT_MS)
    append(events, event_row(3))  # and the replaced file is still watched for in-place writes
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 8, timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == "Reloaded Test pack: 1 event added"


def test_changes_during_a_reload_cause_one_more_reload_not_a_storm(qtbot, window, pack):
    loads = []
    window.loader.sig_pack_loaded.connect(lambda _p, path: loads.append(path))
    # The real watcher stays quiet here: on a loaded machine its own notices (re-watching after
    # each reload) could add a load and make the count depend on timing.
    window.pack_watcher.blockSignals(True)
    for _ in range(3):  # three bursts reported while the first reload is still loading
        window._on_pack_files_changed(str(pack))
    qtbot.waitUntil(lambda: len(loads) == 2, timeout=WAIT_MS)
    qtbot.wait(500)
    assert loads == [str(pack), str(pack)]
    assert window.statusBar().currentMessage() == "Reloaded Test pack: no changes"
    window.pack_watcher.blockSignals(False)


def test_what_changed_since_an_earlier_version(qtbot, window, tmp_path):
    earlier = write_pack(tmp_path / "earlier", {
        "events.csv": replace_line("events.csv", "GCAP,,agreement,signed", "GCAP,,agreement,proposed")})
    window.compare_with_version(str(earlier))

    def view():
        found = [v for v in window.findChildren(PackChangesView) if v.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: view() is not None, timeout=WAIT_MS)
    v = view()
    assert v.windowTitle() == "What changed since Test pack 1.0"
    assert v.summary_label.text() == "1 event changed"
    assert [v.model.index(0, c).data() for c in range(6)] == [
        "changed", "event", "GCAP", "status", "proposed", "signed"]
    v.view.selectRow(0)
    assert window.session.selected_event == "gcap"
    v.close()


def test_a_pack_open_alongside_reloads_too(qtbot, window, tmp_path):
    other = write_pack(tmp_path / "other")
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=WAIT_MS):
        window.add_pack(str(other))
    assert window.table.model.rowCount() == 10
    append(other / "events.csv", NEW_EVENT)
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 11, timeout=WAIT_MS)
    view = window.show_last_changes()
    view.view.selectRow(0)  # the new event of the second pack, known there by its own id
    selected = window.session.selected_event
    assert selected is not None and selected.endswith(":summit-2026")
    view.close()
