"""The events table paints its rows in one pass of its own (``_TextCells.paint_rows``), with the
pixels of Qt's ``QTableView`` painting them cell by cell: pictures of the same rows, whole and in
parts (a paint of two overlapping rectangles, one not on a cell's edge), compared with Qt's own
delegate painting them, scrolled, with a selected row, a focused current cell, a noted title, a
hidden column, no grid and no alternating colours. A disabled table is left to Qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QRegion

from explorer.qt.views.event_table import EventTable
from tests.qt.test_event_table_cells import make_table  # noqa: F401 (fixture)

_PARTS = QRegion(QRect(0, 0, 900, 47)) + QRegion(QRect(130, 20, 301, 133)) + QRegion(QRect(3, 170, 77, 9))


def _picture(table: EventTable, region: QRegion | None) -> QImage:
    viewport = table.view.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    viewport.render(image, QPoint(), region if region is not None else QRegion(viewport.rect()))
    return image


def _same_as_qt(table: EventTable, region: QRegion | None = None) -> bool:
    """The rows painted in one pass (with every text new, then seen once, then prepared) equal
    Qt's own delegate painting them cell by cell, in ``region``; and the one pass painted them."""
    view, cells = table.view, table._cells
    cells._texts.clear()
    before = cells.rows_painted
    ours = [_picture(table, region) for _ in range(3)]
    assert cells.rows_painted == before + 3  # painted in one pass, not handed to Qt
    view.setItemDelegate(table._qt_cells)
    qt = _picture(table, region)
    view.setItemDelegate(cells)
    return ours == [qt, qt, qt]


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("which", ["default_pack", "tier_s_pack"])
def test_rows_painted_in_one_pass_have_qts_pixels(request, qtbot, make_table, theme, which):  # noqa: F811
    pack = request.getfixturevalue(which)
    table = make_table(pack, theme)
    session, view = table._session, table.view
    ids = [str(e) for e in session.pack.events["id"]]
    session.set_label_language("both", origin="test")  # Japanese glyphs: Qt's, then measured here
    session.set_note(ids[1], "Ask about the date")  # the pencil beside a title: Qt's painting
    session.select_event(table.model.event_id_at(2), origin="test")
    qtbot.wait(5)
    assert _same_as_qt(table) and _same_as_qt(table, _PARTS)
    view.setFocus()  # the focused current cell: Qt's (its focus frame)
    qtbot.wait(5)
    assert view.hasFocus() and _same_as_qt(table) and _same_as_qt(table, _PARTS)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2 + 1)  # an odd first row
    qtbot.wait(5)
    assert _same_as_qt(table) and _same_as_qt(table, _PARTS)
    session.set_label_language("en", origin="test")
    view.horizontalHeader().hideSection(2)
    qtbot.wait(5)
    assert _same_as_qt(table) and _same_as_qt(table, _PARTS)
    view.setShowGrid(False)
    view.setAlternatingRowColors(False)
    qtbot.wait(5)
    assert _same_as_qt(table) and _same_as_qt(table, _PARTS)
    view.setShowGrid(True)
    view.setAlternatingRowColors(True)
    table.resize(520, 300)  # columns narrower: long texts elided
    view.verticalHeader().setDefaultSectionSize(12)  # lines taller than the rows: clipped
    qtbot.wait(5)
    assert _same_as_qt(table) and _same_as_qt(table, _PARTS)


def test_a_disabled_table_is_painted_by_qt(qtbot, make_table, default_pack):  # noqa: F811
    table = make_table(default_pack)
    table.setEnabled(False)
    qtbot.wait(5)
    before = table._cells.rows_painted
    ours = _picture(table, None)
    assert table._cells.rows_painted == before
    table.view.setItemDelegate(table._qt_cells)
    assert _picture(table, None) == ours
    table.view.setItemDelegate(table._cells)
    table.setEnabled(True)
    table.view.setFocus(Qt.FocusReason.OtherFocusReason)
    assert _same_as_qt(table)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_grid_has_qts_pixels_on_whole_pixels_and_at_a_fractional_scale(qtbot, make_table,  # noqa: F811
                                                                            tier_s_pack, theme):
    """The grid's solid lines are filled as the one-pixel rectangles they cover when they land on
    whole device pixels, and stroked as lines at a fractional scale: with Qt's pixels either way."""
    from PySide6.QtGui import QPainter

    table = make_table(tier_s_pack, theme)
    view = table.view
    qtbot.wait(5)
    assert _same_as_qt(table) and _same_as_qt(table, _PARTS)

    def scaled() -> QImage:
        viewport = view.viewport()
        image = QImage(viewport.width() * 3 // 2, viewport.height() * 3 // 2, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.scale(1.5, 1.5)
        viewport.render(painter, QPoint(), QRegion(viewport.rect()))
        painter.end()
        return image

    ours = scaled()
    view.setItemDelegate(table._qt_cells)
    qt = scaled()
    view.setItemDelegate(table._cells)
    assert ours == qt
