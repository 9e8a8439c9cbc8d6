"""The timeline's visible span is remembered: written with the window's other state a moment after
it changes (the window still open), shown again at the next start on the same pack; another pack
opens fitted."""

from __future__ import annotations

import tomllib

from explorer.qt.main_window import SAVE_DELAY_MS, MainWindow
from explorer.state.session import Session
from explorer.userdata.settings import Settings
from tests.packs import write_pack


def open_window(qtbot, path=None) -> MainWindow:
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.resize(1280, 680)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(None if path is None else str(path))
    return window


def wait_for_save(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.save_timer.isActive(), timeout=SAVE_DELAY_MS * 5)


def on_disk(window: MainWindow) -> dict:
    return tomllib.loads(window.settings.path.read_text(encoding="utf-8"))


def test_the_span_comes_back_at_the_next_start_on_the_same_pack(qtbot, tmp_path):
    pack = write_pack(tmp_path / "pack")
    window = open_window(qtbot, pack)
    fitted = window.timeline.visible_range()
    wait_for_save(qtbot, window)
    day0 = round(fitted[0]) + 40
    window.timeline.set_visible_range(day0, day0 + 360)  # the user zoomed in
    assert window.save_timer.isActive()  # saved with the rest of the state, debounced
    wait_for_save(qtbot, window)
    saved = on_disk(window)["timeline_span"]
    assert (saved["day_from"], saved["day_to"]) == (day0, day0 + 360)
    window.close()  # a crash would do as well: the span is on disk already

    again = open_window(qtbot)  # the next start: the last pack, its span
    assert again.timeline.visible_range() == (day0, day0 + 360)
    again.close()


def test_another_pack_opens_fitted(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "one"))
    fitted = window.timeline.visible_range()
    window.timeline.set_visible_range(fitted[0] + 40, fitted[0] + 400)
    window.close()

    other = open_window(qtbot, write_pack(tmp_path / "two"))
    assert other.timeline.visible_range() == fitted  # same events, another pack: fitted, not zoomed
    other.close()
