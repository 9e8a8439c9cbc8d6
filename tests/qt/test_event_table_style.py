"""The events table paints its rows with the style the application's look wraps, not through the
look's Python overrides, where that changes no pixel (light and dark); high contrast keeps the
look (it rules the table's frame). Same pictures in every theme, switching themes included."""

from __future__ import annotations

import pytest

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.look_style import LookStyle
from explorer.qt.theme_apply import apply_look, reset_look
from explorer.qt.views.event_table import EventTable
from explorer.state.session import Session
from explorer.userdata.settings import Settings


def _look(qapp, theme: str) -> None:
    settings = Settings()
    settings.set("theme", theme)
    apply_look(qapp, settings)


def _pictures(table: EventTable):
    """The table as shipped, then with its view and headings on the application's style (the
    look itself)."""
    widgets = (table.view, table.view.horizontalHeader())
    own = [w.style() for w in widgets]
    table.repaint()
    shipped = table.grab().toImage()
    for w in widgets:
        w.setStyle(None)  # type: ignore[arg-type]
    table.repaint()
    through_look = table.grab().toImage()
    for w, style in zip(widgets, own):
        w.setStyle(style)
    return shipped, through_look


def shown_table(qtbot, session: Session) -> EventTable:
    """An events table on ``session``, 900 × 360, on screen."""
    table = EventTable(session)
    qtbot.addWidget(table)
    table.resize(900, 360)
    table.show()
    qtbot.waitExposed(table)
    return table


@pytest.fixture
def table(qtbot, qapp):
    session = Session()
    table = shown_table(qtbot, session)
    session.open_pack(load_pack(default_pack_path()))
    ids = list(session.pack.events["id"])
    session.set_note(str(ids[1]), "Ask about the date")  # a pencil beside a title
    session.select_event(str(ids[2]), origin="test")  # a selected row
    yield table
    table.detach()
    reset_look(qapp)


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_rows_paint_as_through_the_look(qtbot, qapp, table, theme):
    _look(qapp, theme)
    qtbot.wait(20)
    look = qapp.style()
    assert isinstance(look, LookStyle)
    if theme == "high_contrast":
        assert table.view.style() is look  # the look rules the table's frame
    else:
        assert table.view.style() is look.plain()
        assert table.view.horizontalHeader().style() is look.plain()
        assert table.view.verticalScrollBar().style() is look  # the rest keeps the look
    shipped, through_look = _pictures(table)
    assert shipped == through_look


def test_the_rows_style_follows_a_theme_switch(qtbot, qapp, table):
    for theme in ("dark", "high_contrast", "light", "dark"):
        _look(qapp, theme)
        qtbot.wait(20)
        look = qapp.style()
        wanted = look if theme == "high_contrast" else look.plain()
        assert table.view.style() is wanted, theme
        assert table.view.horizontalHeader().style() is wanted, theme
        shipped, through_look = _pictures(table)
        assert shipped == through_look, theme
    reset_look(qapp)  # the look is gone: the table paints with the application's style
    qtbot.wait(20)
    assert not isinstance(qapp.style(), LookStyle)
    table.repaint()
    assert not table.grab().toImage().isNull()
