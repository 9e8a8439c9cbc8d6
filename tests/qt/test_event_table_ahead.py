"""Every text of a pack is prepared while the window is idle after the events table shows it
(``_TextCells.prepare_ahead``): a filter never applied before then shows rows whose texts are all
prepared, and its paint prepares nothing, with the pixels Qt's own item painting gives the rows
(light and dark looks, English and Japanese). The work goes in short turns, starts again for a
table of another width (and another pack, whose texts replace the former's), and is not done for
packs over ``_AHEAD_ROWS`` events."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStaticText

from explorer.qt.views import event_table
from tests.qt.test_event_table_cells import make_table  # noqa: F401 (fixture)
from tests.qt.test_event_table_first_sight import _prepares


def _settled(qtbot, table) -> None:
    """Filters keeping every event, till the columns are fitted to the rows' room with their
    scroll bar (opened into a shown table, the pack's first fit is made before the bar shows,
    and the first filter's before it is laid out)."""
    for text in (" ", ""):
        table._session.set_filter(origin="test", text=text)
        qtbot.wait(5)
    table.view.viewport().grab()  # a paint: the idle turns start
    assert table.view.verticalScrollBar().isVisible() and table._fitted()


def _prepared_ahead(qtbot, table) -> None:
    qtbot.waitUntil(lambda: not table._cells._ahead_timer.isActive(), timeout=20000)


def _rooms(table) -> dict[int, int]:
    """Each column's text's room, as the rows' paint gives it."""
    view = table.view
    return {c: view.columnWidth(c) - 1 - 2 * table._cells._margin for c in range(table.model.columnCount())}


def _kept(cells, text: str, room: int) -> bool:
    entry = cells._texts.get((text, room))
    return entry is not None and isinstance(entry[0], QStaticText)


@pytest.mark.parametrize(("theme", "lang"), [("light", "en"), ("dark", "en"), ("light", "ja")])
def test_a_new_filters_rows_are_drawn_from_texts_prepared_ahead(qtbot, make_table, monkeypatch,  # noqa: F811
                                                                tier_s_pack, theme, lang):
    table = make_table(tier_s_pack, theme)
    session, view, cells, model = table._session, table.view, table._cells, table.model
    session.set_label_language(lang, origin="test")
    _settled(qtbot, table)
    _prepared_ahead(qtbot, table)
    rooms = _rooms(table)
    assert all(_kept(cells, text, rooms[c]) for row in range(0, model.pack_rows(), 7)
               for c, text in enumerate(model.pack_row_texts(row)) if text)  # every event's
    prepared = _prepares(monkeypatch)
    partners = list(tier_s_pack.event_parties["actor"].value_counts().index[:3])
    for partner in partners:
        session.set_filter(origin="test", partners=frozenset({partner}))
        view.selectionModel().clearCurrentIndex()  # no current cell (Qt's painting)
        shown = view.viewport().grab().toImage()  # rows never shown before
        assert prepared == []  # nothing elided or prepared in the paint
        view.setItemDelegate(table._qt_cells)
        qt = view.viewport().grab().toImage()
        view.setItemDelegate(cells)
        assert shown == qt


def test_prepared_in_turns_again_for_another_width_or_pack_and_not_for_large_packs(
        qtbot, make_table, monkeypatch, tier_s_pack, default_pack):  # noqa: F811
    monkeypatch.setattr(event_table._TextCells, "AHEAD_SLICE_S", 0.0)
    table = make_table(tier_s_pack)
    view, cells, model = table.view, table._cells, table.model
    _settled(qtbot, table)
    assert cells._ahead_timer.isActive()
    cells._ahead_timer.stop()
    row = cells._ahead_row
    cells.prepare_ahead()  # one turn: a row's texts, and the next turn asked for
    assert cells._ahead_row == row + 1 < model.pack_rows() and cells._ahead_timer.isActive()
    _prepared_ahead(qtbot, table)
    assert cells._ahead_row == model.pack_rows()
    old = _rooms(table)[event_table.TITLE]
    titles = {model.pack_row_texts(row)[event_table.TITLE] for row in range(20)}
    table.resize(700, 360)  # another width: prepared again, the titles at the old width forgotten
    qtbot.waitUntil(lambda: _rooms(table)[event_table.TITLE] != old and table._fitted())
    view.viewport().grab()
    _prepared_ahead(qtbot, table)
    assert not any(width == old for _text, width in cells._texts)
    assert all(_kept(cells, title, _rooms(table)[event_table.TITLE]) for title in titles)

    table._session.open_pack(default_pack)  # another pack: the former's texts forgotten
    _settled(qtbot, table)
    _prepared_ahead(qtbot, table)
    assert titles.isdisjoint(text for text, _width in cells._texts)

    monkeypatch.setattr(event_table, "_AHEAD_ROWS", model.pack_rows() - 1)  # a larger pack
    cells._forget_texts()
    view.viewport().grab()
    assert not cells._ahead_timer.isActive() and cells._ahead_for is None
