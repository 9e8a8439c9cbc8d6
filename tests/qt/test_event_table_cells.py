"""The events table draws its plain text cells itself (``_TextCells``), with the pixels Qt's own item
painting gives them: pictures compared with Qt's delegate painting the same rows, on the default
and a tier-S pack, in the light and dark looks, in English, Japanese and both, through filters, an
elided narrow table, a noted title, a selected row and a new font. The high contrast look is left
to Qt."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from explorer.qt.theme_apply import reset_look
from explorer.qt.views import event_table
from explorer.qt.views.event_table import EventTable
from explorer.state.session import Session
from tests.qt.test_event_table_style import _look, shown_table


def _pictures(table: EventTable):
    """The rows as the table paints them with every text new to it, then seen once, then seen
    twice (each way of drawing a text in turn), and as Qt's own item delegate paints them."""
    view = table.view
    assert view.itemDelegate() is table._cells
    table._cells._texts.clear()
    quick = [view.viewport().grab().toImage() for _ in range(3)]  # each grab is a paint
    view.setItemDelegate(table._qt_cells)
    qt = view.viewport().grab().toImage()
    view.setItemDelegate(table._cells)
    return quick, qt


@pytest.fixture
def make_table(qtbot, qapp):
    made = []

    def make(pack, theme: str = "light") -> EventTable:
        _look(qapp, theme)
        session = Session()
        table = shown_table(qtbot, session)
        session.open_pack(pack)
        made.append(table)
        return table

    yield make
    for table in made:
        table.detach()
    reset_look(qapp)


def _count_quick_texts(monkeypatch) -> list[str]:
    """The texts the quick cell painting draws from here on (a cell it hands to Qt is not)."""
    drawn: list[str] = []
    shown = event_table._TextCells._shown

    def counted(self, text: str, width: int):
        drawn.append(text)
        return shown(self, text, width)

    monkeypatch.setattr(event_table._TextCells, "_shown", counted)
    return drawn


@pytest.mark.parametrize(("theme", "lang"), [("light", "en"), ("dark", "en"), ("light", "ja"),
                                             ("dark", "both")])
@pytest.mark.parametrize("which", ["default_pack", "tier_s_pack"])
def test_plain_cells_are_drawn_quickly_with_qts_pixels(request, qtbot, make_table, monkeypatch, theme, lang,
                                                       which):
    pack = request.getfixturevalue(which)
    table = make_table(pack, theme)
    session = table._session
    session.set_label_language(lang, origin="test")
    ids = [str(e) for e in session.pack.events["id"]]
    session.set_note(ids[1], "Ask about the date")  # a pencil beside a title: Qt's painting
    session.select_event(ids[2], origin="test")  # a selected row: drawn quickly too
    drawn = _count_quick_texts(monkeypatch)
    partners = list(pack.event_parties["actor"].value_counts().index[:2])
    steps = [lambda: None,
             lambda: session.set_filter(origin="test", partners=frozenset({partners[0]})),
             lambda: session.set_filter(origin="test", partners=frozenset({partners[1]})),
             lambda: table.resize(520, 300),  # columns narrower: long texts elided
             lambda: session.clear_filter(origin="test"),
             lambda: table.view.setFont(QFont("Serif", 11)),  # a new font: prepared again
             lambda: table.view.verticalHeader().setDefaultSectionSize(12)]  # lines taller than rows
    for step in steps:
        step()
        qtbot.wait(5)
        quick, qt = _pictures(table)
        assert quick == [qt, qt, qt]
    assert len(drawn) > 200  # the cells were drawn here, not handed back to Qt


def test_the_high_contrast_look_is_painted_by_qt(qapp, make_table, default_pack):
    table = make_table(default_pack)
    assert table.view.itemDelegate() is table._cells
    _look(qapp, "high_contrast")
    assert table.view.itemDelegate() is table._qt_cells
    _look(qapp, "light")
    assert table.view.itemDelegate() is table._cells


def test_right_to_left_text_tabs_and_line_breaks_are_left_to_qt(make_table, default_pack):
    table = make_table(default_pack)
    cells = table._cells
    cells.begin_paint()  # prepared for the view's font, as before each paint
    assert cells._shown("Trade agreement", 400) is not None
    assert cells._shown("日本との協定", 400) is None  # a fallback font's glyphs: Qt's the first time,
    assert cells._shown("日本との協定", 400) is not None  # then measured and drawn here
    assert cells._shown("עברית", 400) is None  # right to left
    assert cells._shown("a\tb", 400) is None  # a tab
    assert cells._shown("a\nb", 400) is None  # a line break


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_selected_row_is_drawn_quickly_with_qts_pixels(qtbot, make_table, monkeypatch, default_pack, theme):
    """A step to the next event repaints the row it selects: its cells are drawn here too (on the
    selection colour), with the pixels Qt gives them, in an active and an inactive window."""
    table = make_table(default_pack, theme)
    session = table._session
    drawn = _count_quick_texts(monkeypatch)
    model = table.model
    for row in (0, 3, 4):
        event_id = model.event_id_at(row)
        session.select_event(event_id, origin="test")
        qtbot.wait(5)
        assert table.view.selectionModel().isRowSelected(row)
        title = model.plain_text_at(row, event_table.TITLE)
        drawn.clear()
        quick, qt = _pictures(table)
        assert quick == [qt, qt, qt]
        assert title in drawn  # the selected row's title was drawn here, not by Qt
    table.view.setFocus()  # the current cell of a focused table: Qt's (its focus frame)
    qtbot.wait(5)
    quick, qt = _pictures(table)
    assert quick == [qt, qt, qt]
