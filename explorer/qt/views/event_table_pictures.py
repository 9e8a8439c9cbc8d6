"""Rows of the events table kept as pictures, for the rows' one-pass painting (``event_table``).

A row the one pass draws wholly from prepared texts (no selection, no focus, no pencil, no text
left to Qt) costs ~60-80 µs of Python and six ``drawStaticText`` calls; drawn again from a picture
of the same row it is one ``drawPixmap``. Clearing a filter brings back the table's first rows, a
filter applied again its rows, scrolling back the rows just seen: each of those repaints the
same rows at the same widths. A row is kept the third time it comes with its title prepared and
all its texts are (a filter's new rows cost what they did: a picture made and never drawn costs
more than the row), as an opaque picture of the whole row: the row's background (the view's own
fill, or the alternate colour through the style), its texts where the one pass draws them, in
the painter's font; the grid's lines are drawn over it as over drawn cells.

A picture is made for one look and one set of column positions and widths (``begin``), up to
four of those at once. Their memory is bounded (``_BYTES``): the least recently drawn go first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QAbstractItemView

# Sets of look and columns kept at once: a filter that shows or hides the rows' scroll bar
# changes every column's width, and clearing it changes them back.
_SETS = 4
_BYTES = 6 * 1024 * 1024  # ~3 screens of rows on a 1920-px-wide table
_SEEN = 4096  # rows remembered as seen; more and that starts again
_KEEP_AT = 3  # a row is kept the third time it comes (a picture made and not drawn again costs)


def row_ground(view: QAbstractItemView) -> QColor | None:
    """The rows' own ground (the viewport's fill) when rows may be drawn from pictures: an opaque
    plain colour; else None."""
    viewport = view.viewport()
    brush = viewport.palette().brush(viewport.backgroundRole())
    if (not viewport.autoFillBackground() or brush.style() != Qt.BrushStyle.SolidPattern
            or not brush.isOpaque()):
        return None
    return brush.color()


def whole_scale(transform: QTransform) -> int:
    """The device pixels per pixel of a paint whose pixels are whole device pixels (a whole
    scale, no rotation, a whole offset): a row's picture lands on them pixel for pixel; else 0
    (a fractional screen scale, a table rendered onto another device)."""
    scale = transform.m11()
    if (transform.m12() or transform.m21() or transform.m22() != scale or scale != int(scale)
            or scale < 1 or transform.dx() != int(transform.dx()) or transform.dy() != int(transform.dy())):
        return 0
    return int(scale)


class RowPictures:
    """Pictures of whole rows keyed by what the row shows (its texts in column order, its
    height, alternate or not, the window active or not)."""

    def __init__(self) -> None:
        self._for: tuple | None = None  # the look and columns of the last paint
        self._ident = 0  # their number, first in its rows' keys
        self._ids: dict[tuple, int] = {}  # look and columns -> number
        self._pictures: dict[tuple, QPixmap] = {}  # oldest drawn first
        self._seen: dict[tuple, int] = {}  # row -> times it came, its title prepared
        self._bytes = 0
        self.drawn = 0  # rows drawn from a picture (for tests and measurements)
        self.made = 0  # pictures made

    def begin(self, key: tuple) -> int:
        """Called once per paint with what the rows' pixels depend on besides their own content
        (look, font, background brushes, device pixel ratio, columns' positions and widths): the
        number that goes first in the keys of this paint's rows."""
        if key != self._for:
            self._for = key
            ident = self._ids.get(key)
            if ident is None:
                if len(self._ids) >= _SETS:
                    self._ids.clear()
                    self._pictures.clear()
                    self._seen.clear()
                    self._bytes = 0
                ident = self._ids[key] = len(self._ids)
            self._ident = ident
        return self._ident

    def draw(self, painter: QPainter, x: int, y: int, row: tuple) -> bool:
        """Draws the kept picture of ``row`` at (x, y); False when none is kept."""
        pictures = self._pictures
        picture = pictures.pop(row, None)
        if picture is None:
            return False
        pictures[row] = picture  # now the most recently drawn
        painter.drawPixmap(x, y, picture)
        self.drawn += 1
        return True

    def wanted(self, row: tuple) -> bool:
        """Whether ``row`` (its title prepared) should be kept now: the third time it comes so."""
        seen = self._seen
        times = seen.get(row, 0) + 1
        if times >= _KEEP_AT:
            return True
        if len(seen) >= _SEEN:
            seen.clear()
        seen[row] = times
        return False

    def make(self, row: tuple, width: int, height: int, ratio: int, ground: QColor) -> tuple[QPixmap, QPainter]:
        """A new picture of ``row``, ``width`` × ``height`` at ``ratio`` device pixels per pixel,
        filled with ``ground`` (the view's own fill), kept from now on; and a painter on it, for
        the caller to draw the row with and end."""
        size = width * height * ratio * ratio * 4
        pictures = self._pictures
        picture = None
        while pictures and self._bytes + size > _BYTES:
            old = pictures.pop(next(iter(pictures)))
            self._bytes -= old.width() * old.height() * 4
            if old.width() == width * ratio and old.height() == height * ratio:
                picture = old  # the least recently drawn row's picture, painted over
        if picture is None:
            picture = QPixmap(width * ratio, height * ratio)
            picture.setDevicePixelRatio(ratio)
        picture.fill(ground)
        self._seen.pop(row, None)
        pictures[row] = picture
        self.made += 1
        self._bytes += size
        return picture, QPainter(picture)
