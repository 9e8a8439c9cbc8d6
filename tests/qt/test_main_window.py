"""The window opens a pack, lists its events, and keeps the old pack when a new one is refused."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from explorer.qt.main_window import MainWindow
from tests.packs import write_pack


def test_window_shows_the_pack_and_keeps_it_when_a_broken_one_is_opened(qtbot, tmp_path):
    good = write_pack(tmp_path / "good")
    bad = write_pack(tmp_path / "bad", {"events.csv": ""})
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_pack(str(good))
    assert "Test pack" in window._summary.text()
    assert window._events.topLevelItemCount() == 5
    assert window._events.topLevelItem(0).text(0) == "1 Feb 2019"

    assert not window.open_pack(str(bad))
    box = window.findChild(QMessageBox)
    assert box is not None and "events.csv:1: file is empty" in box.detailedText()
    box.close()
    assert window.session.pack.meta.title == "Test pack"
    assert window._events.topLevelItemCount() == 5
