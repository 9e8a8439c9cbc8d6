"""A step to the next event in the Details panel: the new details are handed to the browser whole
(its scroll bar stays while both events' details are longer than the panel, and the text looks as
``setHtml`` showed it), and the panel fills its own ground, so the step repaints neither the
Details dock nor the window behind it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.views.detail_panel import DetailPanel
from explorer.state.session import Session
from explorer.userdata.settings import Settings
from tests.qt.helpers import PaintRecorder
from tests.qt.test_main_window_paints import IDLE_MS, open_every_panel


class _Hides(QObject):
    """Counts Hide events of a widget."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Hide:
            self.count += 1
        return False


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_a_step_repaints_the_details_alone_and_keeps_their_scroll_bar(qtbot, qapp, theme):
    from explorer.qt.theme_apply import apply_look, reset_look

    settings = Settings()
    settings.set("theme", theme)
    apply_look(qapp, settings)
    window = open_every_panel(qtbot, compare=False)
    window.detail_dock.show()
    window.detail_dock.raise_()
    try:
        session = window.session
        visible = list(session.visible_events)
        session.select_event(str(session.pack.events["id"].iat[int(visible[0])]), origin="test")
        window.activateWindow()
        window.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.wait(IDLE_MS)
        bar = window.detail._browser.verticalScrollBar()
        hides = _Hides(bar)
        behind = PaintRecorder({"dock": window.detail_dock, "window": window})
        long_steps = 0
        for _ in range(8):
            before, shown_before = session.selected_event, bar.isVisible()
            hides.count = 0
            qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
            qtbot.wait(IDLE_MS)
            assert session.selected_event != before
            if shown_before and bar.isVisible():  # both events longer than the panel
                long_steps += 1
                assert hides.count == 0, session.selected_event  # the bar never went away
        assert long_steps >= 3
        assert behind.counts == {}  # neither the dock nor the window repainted for the details
        opaque = window.detail_dock.grab().toImage()
        window.detail.setAutoFillBackground(False)  # the dock paints behind it again
        qtbot.wait(50)
        assert window.detail_dock.grab().toImage() == opaque
    finally:
        window.detail.setAutoFillBackground(True)
        window.close()
        reset_look(qapp)


def test_the_details_look_as_set_html_shows_them(qtbot):
    """Each event's details, and after a new font, are the pixels of a browser given the same
    text with ``setHtml``."""
    session = Session()
    session.open_pack(load_pack(default_pack_path()))
    panel = DetailPanel(session)
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    qtbot.waitExposed(panel)
    browser = panel._browser
    reference = QTextBrowser()
    qtbot.addWidget(reference)
    reference.show()
    ids = [str(e) for e in session.pack.events["id"]]
    for step, event_id in enumerate(ids[::7]):
        if step == 3:
            browser.setFont(QFont("Serif", 12))
        session.select_event(event_id, origin="test")
        reference.setFont(browser.font())
        reference.resize(browser.size())
        reference.setHtml(panel._html())
        qtbot.wait(5)
        assert browser.toPlainText() == reference.toPlainText()
        assert browser.viewport().grab().toImage() == reference.viewport().grab().toImage(), event_id


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_author_notes_toggle_is_narrower_than_the_note_label(qtbot, qapp, lang):
    """The toggle's row asks nothing of the panel's width (its count changes with each step): the
    note's label below sets the panel's minimum width, in English and Japanese, for every event
    of the default pack, as when the toggle stood in the layout."""
    from explorer.qt.i18n import install_translators, remove_translators

    if lang != "en":
        install_translators(qapp, lang)
    try:
        session = Session()
        session.open_pack(load_pack(default_pack_path()))
        panel = DetailPanel(session)
        qtbot.addWidget(panel)
        panel.show()
        label = panel._note_label.minimumSizeHint().width()
        widest = 0
        for event_id in session.pack.events["id"]:
            session.select_event(str(event_id), origin="test")
            toggle = panel._editor_toggle
            if toggle.isVisible():
                widest = max(widest, toggle.sizeHint().width())
                assert toggle.geometry().size() == toggle.sizeHint()  # placed at its own size
        assert 0 < widest < label
    finally:
        if lang != "en":
            remove_translators(qapp)
