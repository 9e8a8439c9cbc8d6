"""The hidden-series notice re-worded by a partner filter (more or fewer hidden series, more or fewer
lines) changes the Series box's height below the series list: the list, the settings column's scroll
bar and the column above the notice are not repainted, and the window shows what a fresh paint of
the panel draws, in every look."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject

from explorer.qt.theme_apply import apply_look, reset_look
from explorer.userdata.settings import Settings
from tests.qt.helpers import comparison_panel_on
from tests.qt.test_comparison_layout import _screen

IDLE_MS = 300
# Goods exports on the default pack (EU → Japan, US → Japan): one series hidden by "us" or "eu"
# (a shorter notice), both by "cn" (a longer one), none by "jp" (no notice).
PARTNERS = ["us", "cn", "eu", "cn", "jp", "cn", "us"]


_KINDS = {QEvent.Type.Paint: "paint", QEvent.Type.Move: "move", QEvent.Type.Resize: "resize"}


class _Events(QObject):
    """Paint, Move and Resize events of some widgets, by name."""

    def __init__(self, named: dict) -> None:
        super().__init__()
        self.names = {id(w): n for n, w in named.items()}
        self.widgets = list(named.values())
        self.counts: dict[tuple[str, str], int] = {}
        for w in self.widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = _KINDS.get(event.type())
        if kind is not None and id(watched) in self.names:
            key = (self.names[id(watched)], kind)
            self.counts[key] = self.counts.get(key, 0) + 1
        return False

    def detach(self) -> None:
        for w in self.widgets:
            w.removeEventFilter(self)


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_a_reworded_notice_repaints_neither_the_series_list_nor_the_scroll_bar(qapp, qtbot, theme):
    settings = Settings()
    settings.set("theme", theme)
    apply_look(qapp, settings)
    try:
        session, panel = comparison_panel_on(qtbot, None, 1000, 330, indicator="goods_exports")
        qtbot.wait(IDLE_MS)
        scroll = panel._settings_scroll
        box = panel.series_list.parentWidget()
        seen = _Events({"list": panel.series_list, "list viewport": panel.series_list.viewport(),
                        "scroll bar": scroll.verticalScrollBar(), "hint": panel.series_hint,
                        "box": box})
        heights, shown = [], []
        for i, partner in enumerate(PARTNERS):
            seen.counts.clear()
            session.set_filter(origin="filter-bar", partners=frozenset({partner}))
            qtbot.wait(IDLE_MS)
            heights.append(box.height())
            shown.append(panel.hidden_notice.isVisible())
            if partner != "jp":
                assert panel.hidden_notice.text().startswith("2 " if partner == "cn" else "1 ")
            assert not panel.series_list.visibleRegion().isEmpty()  # the list is on screen
            assert ("hint", "move") not in seen.counts, (partner, seen.counts)
            assert seen.counts.get(("box", "resize"), 0) <= 1, (partner, seen.counts)
            if i >= 2:  # the column has been as tall as the longer notice needs: held since
                for name in ("list", "list viewport", "scroll bar"):
                    assert (name, "paint") not in seen.counts, (partner, seen.counts)
            assert _screen(panel) == panel.grab().toImage(), (theme, partner)  # (grab() paints)
        seen.detach()
        assert shown == [p != "jp" for p in PARTNERS]
        assert len(set(heights)) == 3  # the box took three heights: shorter, longer, no notice
    finally:
        reset_look(qapp)
