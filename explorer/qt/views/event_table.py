"""The event table: the accessible, sortable alternative to the timeline.

Data is shown in the session's label language (relabelled on a "labels" change). Title takes the
width the other columns leave: they get what their usual content needs, and give way in proportion
when the panel is narrow, until the user resizes a column by hand.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QLineF,
    QPointF,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QRawFont,
    QStaticText,
    QTextLayout,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.qt import theme
from explorer.qt.models.event_table_model import DATE, DOMAINS, KIND, PARTIES, STATUS, TITLE, EventTableModel
from explorer.qt.views.event_table_pictures import RowPictures, row_ground, whole_scale
from explorer.qt.views.event_table_scroll import SteadyScrollBar
from explorer.state.session import FILTER, LABELS, NOTES, PACK, SELECTION, Change, Session

# What a column usually holds, to size it (Title gets the rest); "M" pads for the sort indicator.
_SAMPLE = {DATE: "14 Dec 2023 – 2035M", PARTIES: "Japan, European UnionM", DOMAINS: "Economic securityM",
           KIND: "NegotiationM", STATUS: "Provisionally appM", 6: "japan-eu-usM"}
_TITLE_SHARE = 0.4  # Title keeps at least this share of the width when the others give way


_STATE = QStyle.StateFlag
# A cell in any of these states is painted by Qt's item painting (the current cell of a focused
# table, a hovered or edited cell, a disabled table): the quick painting below draws plain text on
# the row's background or on an opaque selection colour only.
_QT_PAINTS = _STATE.State_HasFocus | _STATE.State_MouseOver | _STATE.State_Editing
_BIDI_NOT_PLAIN = frozenset({"R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI",
                             "PDI", "B", "S"})  # right-to-left text, embeddings, line and tab breaks
_TEXT_CACHE = 4096  # texts kept prepared besides those prepared ahead; more and the cache starts again
_AHEAD_ROWS = 20_000  # every text of a pack of up to this many events is prepared ahead
_OWN, _FALLBACK, _QTS = range(3)  # a text's glyphs: all in the view's font, some from fallback fonts, Qt's
_Shown = tuple[QStaticText, int]  # text as shown, its line's height (whole px)
_UNSEEN: tuple = ()  # not in the cache yet
_NONE = (None,)  # a text with no entry, or one Qt paints
_SEEN: tuple = ("seen",)  # a text with a fallback font's glyphs, seen once (painted by Qt)
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate
_TABLE_FLAGS = QAbstractTableModel.flags  # every cell enabled: the rows' one pass assumes it
_ACTIVE = _STATE.State_Active.value


class _TextCells(QStyledItemDelegate):
    """Paints a cell that shows nothing but left-to-right text, under the Fusion style (the look's
    base in the light and dark themes), with the pixels Qt's item painting gives it, at about
    half the cost once its text has been seen (tier S: 2.5-3.0 -> 1.4-1.7 ms a table paint of ~90
    cells, English or Japanese). A text of the view's own glyphs is prepared the first time it
    is seen; one with a fallback font's glyphs (Japanese) is painted by Qt the first time,
    through this delegate, which adds ~30 % to a paint made only of texts never seen.

    Qt's item painting lays each cell's text out twice per paint (``QCommonStyle``'s
    ``calculateElidedText`` and ``viewItemDrawText`` each build a ``QTextLayout``) after seven
    role questions to the model; this draws the text as a ``QStaticText`` prepared once per text
    and width (elided as Qt elides it), at the place Qt puts it: the text margin from the left,
    the line's box centred in whole pixels as ``QStyle::alignedRect`` centres it, the baseline at
    the line's ascent. A text wholly in the view's font has the font's line; one with glyphs from
    a fallback font (Japanese) has a taller line, laid out to measure it the second time it is
    seen; a line taller than the cell is clipped to it, as Qt clips. The rows' alternating
    backgrounds are the view's own, painted before any delegate; a selected cell is filled with
    the opaque selection colour and its text drawn in the selected text's colour, as Qt does (a
    step to the next event repaints a selected row). Anything else goes Qt's way, cell by cell:
    the current cell of a focused table, a hovered or disabled cell, the pencil beside a noted title, right-to-left
    text, tabs or line breaks; and whole paints under another style (the high contrast look, a
    platform style), another direction, elide mode or word wrap."""

    AHEAD_SLICE_S = 0.002  # thread CPU a turn of preparing texts ahead takes (a row's texts over)

    def __init__(self, view: QTableView, model: EventTableModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._key: tuple | None = None  # what the prepared state below was made for
        self._quick = False  # this paint may draw cells itself
        self._metrics = QFontMetricsF(view.font())
        self._margin = 0  # Qt's text margin each side of a cell
        self._line = 0  # the height of a line of the font's own glyphs (whole px)
        self._pens: dict[bool, QColor] = {}  # text colour in an active / inactive window
        # a selected cell's fill and text colour in an active / inactive window; empty: Qt paints
        # selected cells (a see-through selection colour would be filled twice by Qt's painting)
        self._selected: dict[bool, tuple[QBrush, QColor]] = {}
        # per (text, width): as shown, first as text (seen once), then prepared (seen again); or
        # None: Qt paints it
        self._texts: dict[tuple[str, int], _Shown | tuple | None] = {}
        self._chars: dict[str, int] = {}  # per character: _OWN, _FALLBACK or _QTS
        self._own_chars: set[str] = set()  # the characters known to be _OWN
        self._font = QRawFont()  # the view's font itself, without the fonts it falls back to
        self.rows_painted = 0  # paints of the rows in one pass (``paint_rows``)
        self._rows_look: tuple | None = None  # (key, what the pass needs of the look)
        self._pictures = RowPictures()  # rows drawn again from pictures (``_draw_kept``)
        self._text_bound = _TEXT_CACHE  # entries kept at most (more with texts prepared ahead)
        self._ahead_timer = QTimer(self)  # ``prepare_ahead``'s idle turns
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(0)
        self._ahead_timer.timeout.connect(self.prepare_ahead)
        self._ahead_for: tuple | None = None  # (look, rooms, texts) prepared or being prepared ahead
        self._ahead_row = 0  # the pack row prepared next
        self.rooms_settled: Callable[[], bool] = lambda: True  # the columns fitted to their room

    def begin_paint(self) -> None:
        """Called before each paint of the view's rows: decides whether cells may be drawn here,
        and prepares again whatever the font, palette or style changed."""
        view = self._view
        style = view.style()
        font = view.font()
        key = (font.key(), view.viewport().font().key(), view.palette().cacheKey(), id(style),
               style.name(), view.layoutDirection(), view.textElideMode(), view.wordWrap(),
               view.logicalDpiY())
        if key == self._key:
            return
        self._key = key
        self._forget_texts()
        self._chars.clear()
        self._own_chars.clear()
        from explorer.qt.look_style import LookStyle

        self._quick = (style.name().lower() == "fusion" and not isinstance(style, LookStyle)
                       and key[0] == key[1] and view.layoutDirection() == Qt.LayoutDirection.LeftToRight
                       and view.textElideMode() == Qt.TextElideMode.ElideRight and not view.wordWrap())
        if not self._quick:
            return
        self._metrics = QFontMetricsF(font)
        self._font = QRawFont.fromFont(font)
        self._margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        self._line = self._measure("Mg")
        palette = view.palette()
        groups = ((True, QPalette.ColorGroup.Active), (False, QPalette.ColorGroup.Inactive))
        self._pens = {active: palette.color(group, QPalette.ColorRole.Text) for active, group in groups}
        self._selected = {active: (palette.brush(group, QPalette.ColorRole.Highlight),
                                   palette.color(group, QPalette.ColorRole.HighlightedText))
                          for active, group in groups}
        if any(not brush.isOpaque() for brush, _pen in self._selected.values()):
            self._selected = {}

    def _measure(self, text: str) -> int:
        """The height in whole pixels of the line ``text`` is laid out on, as Qt lays a cell
        out."""
        layout = QTextLayout(text, self._view.font())
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1e6)
        line.setPosition(QPointF(0, 0))
        layout.endLayout()
        return layout.boundingRect().size().toSize().height()

    def _glyphs(self, text: str) -> int:
        """Where ``text``'s glyphs come from: all from the view's font, some from fallback fonts,
        or a character this painting leaves to Qt."""
        chars = set(text)
        if chars <= self._own_chars:
            return _OWN
        kinds = self._chars
        worst = _OWN
        for ch in chars:
            kind = kinds.get(ch)
            if kind is None:
                if not ch.isprintable() or unicodedata.bidirectional(ch) in _BIDI_NOT_PLAIN:
                    kind = _QTS
                elif self._font.supportsCharacter(ord(ch)):
                    kind = _OWN
                    self._own_chars.add(ch)
                else:
                    kind = _FALLBACK
                kinds[ch] = kind
            if kind > worst:
                worst = kind
                if worst == _QTS:
                    break
        return worst

    def _shown(self, text: str, width: int) -> _Shown | None:
        """The text as Qt shows it in ``width`` (elided at the right), prepared, with its line;
        or None when Qt paints it (``_sight``)."""
        entry = self._texts.get((text, width), _UNSEEN)
        if entry is _UNSEEN or entry is _SEEN:
            entry = self._sight(text, width, entry)
        return None if entry is _SEEN else entry

    def _sight(self, text: str, width: int, entry: tuple | None) -> _Shown | tuple | None:
        """A text's first sight in ``width`` (``entry`` ``_UNSEEN``), or the second of one with a
        fallback font's glyphs (``_SEEN``): its entry, kept. A text of the view's own glyphs is
        prepared the first time it is seen: preparing and drawing it costs a little more than
        drawing it as text once, but most texts a new filter shows come again (the next filters
        of the same partner), and then drawing it as text once more and preparing it cost twice
        that (tier M, a filter never applied before: ~10 texts new and ~13 seen a second time a
        change; the rows' paint 1.23-1.28 -> 1.02-1.03 ms median). A text with glyphs from a
        fallback font is left to Qt the first time (its line must be laid out to be measured,
        which costs as much again) and measured and prepared the second time."""
        key = (text, width)
        texts = self._texts
        if len(texts) >= self._text_bound:
            self._forget_texts()
        if entry is _UNSEEN:
            kind = self._glyphs(text)
            if kind == _OWN:
                elided = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                if elided != text:  # Qt's "…" may be a fallback font's
                    kind = self._glyphs(elided)
            if kind != _OWN:
                texts[key] = _SEEN if kind == _FALLBACK else None
                return texts[key]
            line = self._line
        else:  # a fallback font's glyphs, seen before: measured now
            elided = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            if self._glyphs(elided) == _QTS:
                texts[key] = None
                return None
            # Qt centres the whole text's line
            line = self._line if self._glyphs(text) == _OWN else self._measure(text)
        prepared = QStaticText(elided)
        prepared.setTextFormat(Qt.TextFormat.PlainText)
        prepared.prepare(QTransform(), self._view.font())
        shown = texts[key] = (prepared, line)
        return shown

    def _forget_texts(self) -> None:
        self._texts.clear()
        self._ahead_for = None

    # -- every text of the pack prepared ahead, while the window is idle -------------------------
    def _ahead_after_paint(self, view: QTableView, gap: int) -> None:
        """After a paint of the rows with their scroll bar shown and the columns fitted to its
        room (``rooms_settled``): unless the texts of the pack's every event are prepared, or being
        prepared, at the columns' rooms for this look and label language (``_AHEAD_ROWS`` events
        at most), the next idle turns prepare them (``prepare_ahead``). A filter never applied
        before then shows rows whose texts are all prepared: its first sights (~30 texts a change
        at tier M, each elided and prepared in the paint) were ~0.85 ms of its rows' paint of
        ~2.0 (the benchmark's walk of new filters). Rows that fit without a scroll bar (a dozen,
        whose few texts are prepared as shown, as before), and the columns' widths of the
        next filter after the bar came or went (the table refits them then), start nothing:
        each would start it again (~70 ms of CPU at tier S, a narrow filter). ~1.3 KB a text
        (tier M: ~20,000 texts, ~25 MB; ~0.5 s of CPU in 2-ms turns after the pack is shown)."""
        if not view.verticalScrollBar().isVisible() or not self.rooms_settled():
            return
        columns, model = view.horizontalHeader(), self._model
        rooms = tuple((c, view.columnWidth(c) - gap - 2 * self._margin) for c in range(columns.count())
                      if not columns.isSectionHidden(c))
        run = (self._key, rooms, model.texts_made)
        if run == self._ahead_for:
            return
        if self._ahead_for is not None and self._ahead_for[2] != run[2]:
            self._forget_texts()  # another pack's or label language's
        rows = model.pack_rows()
        ahead = rows <= _AHEAD_ROWS
        self._text_bound = _TEXT_CACHE + len(rooms) * rows if ahead else _TEXT_CACHE
        self._ahead_for, self._ahead_row = (run if ahead else None), 0
        if ahead:
            self._ahead_timer.start()

    def prepare_ahead(self) -> None:
        """One idle turn: the texts of the pack's next rows prepared at the run's rooms, for
        ``AHEAD_SLICE_S`` of CPU (a click waits that long at most); then the next turn is asked
        for, until every row's are. The first turn forgets the texts prepared at other rooms (a
        table resized)."""
        model, run = self._model, self._ahead_for
        if run is None or run[0] != self._key or run[2] != model.texts_made:
            return  # stale: the next paint starts again
        rows, row, rooms = model.pack_rows(), self._ahead_row, run[1]
        if row == 0:
            widths = {room for _c, room in rooms}
            self._texts = {key: entry for key, entry in self._texts.items() if key[1] in widths}
        texts = self._texts
        stop = time.thread_time() + self.AHEAD_SLICE_S
        while row < rows:
            cells = model.pack_row_texts(row)
            row += 1
            for column, room in rooms:
                text = cells[column]
                if text:
                    entry = texts.get((text, room), _UNSEEN)
                    if entry is _UNSEEN:
                        entry = self._sight(text, room, entry)
                    if entry is _SEEN:  # a fallback font's glyphs: measured and prepared too
                        self._sight(text, room, entry)
            if time.thread_time() > stop:
                break
        self._ahead_row = row
        if row < rows and self._ahead_for is not None:  # None: the texts were forgotten meanwhile
            self._ahead_timer.start()

    def paint(self, painter, option, index) -> None:
        state = option.state
        selected = state & _STATE.State_Selected
        if (self._quick and state & _STATE.State_Enabled and not state & _QT_PAINTS
                and (not selected or self._selected)):
            text = self._model.plain_text_at(index.row(), index.column())
            if text is not None:
                rect = option.rect
                active = bool(state & _STATE.State_Active)
                if not text:
                    if selected:  # Qt fills a selected cell whatever it holds
                        painter.fillRect(rect, self._selected[active][0])
                    return  # Qt draws no text for an empty text either
                entry = self._shown(text, rect.width() - 2 * self._margin)
                if entry is not None:
                    if selected:  # the selection colour over the row's background, as Qt fills it
                        fill, pen = self._selected[active]
                        painter.fillRect(rect, fill)
                    else:
                        pen = self._pens[active]
                    self.draw(painter, rect, entry, pen)
                    return
        super().paint(painter, option, index)

    def draw(self, painter, rect, entry: _Shown, pen) -> None:
        """Draws a cell's text as shown (``_shown``) where Qt draws it, in ``pen``."""
        shown, height = entry
        left = rect.x() + self._margin
        top = rect.y() + (rect.height() - height) // 2
        painter.setPen(pen)
        clip = height > rect.height()  # Qt clips a cell's painting to the cell
        if clip:
            painter.save()
            painter.setClipRect(rect)
        painter.drawStaticText(QPointF(left, top), shown)  # a static text stands on its line's top
        if clip:
            painter.restore()

    def paint_rows(self, view: QTableView, event) -> bool:
        """Paints the view's rows in one pass, as ``QTableView::paintEvent`` paints them (the same
        cells in the same order, each row's background through the style, the grid after each
        dirty rectangle's cells), without a call from Qt into Python per cell: a plain cell is
        its background and its text drawn here (a paint of 72 cells at tier S: 2.5 -> 1.1 ms with
        texts seen before, 4.3 -> 2.5 ms with every text new). A cell
        that is more (selected, the focused current cell, the pencil beside a noted title, a text
        this painting leaves to Qt) is painted as Qt's ``drawCell`` paints it, with the option Qt
        would give it. False, with nothing painted, when the paint is not one this covers (Qt
        paints it): another style or direction (``begin_paint``), hidden rows, a mouse over
        the rows (Qt's hovered cell), a drag or an edit, a disabled table, a model of its own
        item flags, what ``_look_of_rows`` turns down."""
        if not self._quick or view.state() != QAbstractItemView.State.NoState:
            return False
        rows, columns = view.verticalHeader(), view.horizontalHeader()
        model = self._model
        if (rows.count() == 0 or columns.count() == 0 or rows.sectionsHidden() or not view.isEnabled()
                or view.viewport().underMouse() or type(model).flags is not _TABLE_FLAGS):
            return False
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        style = view.style()
        look = self._look_of_rows(view, option, style)
        if look is None:
            return False
        grid_pen, plain_features, alternate_features = look
        option.palette.setCurrentColorGroup(QPalette.ColorGroup.Normal)  # every cell is enabled
        active = bool(option.state.value & _ACTIVE)
        pen = self._pens[active]
        grid = view.showGrid()
        gap = 1 if grid else 0
        alternate = view.alternatingRowColors()
        row_primitive = QStyle.PrimitiveElement.PE_PanelItemViewRow
        selected = {(i.row(), i.column()) for i in view.selectionModel().selectedIndexes()}
        current = view.currentIndex()
        focused = (current.row(), current.column()) if current.isValid() and (
            view.hasFocus() or view.viewport().hasFocus()) else None
        marked_rows = {r for r, _c in selected}
        if focused is not None:
            marked_rows.add(focused[0])
        selected_option = None
        if selected and self._selected:  # a selected cell's state, for the row's background
            selected_option = QStyleOptionViewItem(option)
            selected_option.state = option.state | _STATE.State_Selected
            selected_fill, selected_pen = self._selected[active]
        moved = rows.sectionsMoved()  # rows in their own order: a row's visual index is its own
        x_end = columns.length() - columns.offset() - 1
        y_end = rows.length() - rows.offset() - 1
        texts = self._texts
        margin = self._margin
        region = list(event.region())
        drawn: set[tuple[int, int]] | None = set() if len(region) > 1 else None  # painted once, as Qt does
        ground = row_ground(view) if drawn is None else None  # rows from pictures: one rectangle
        painter = QPainter(view.viewport())
        whole = whole_scale(painter.deviceTransform())
        ratio = whole if ground is not None else 0
        grid_fill = grid_pen.brush() if grid and whole and grid_pen.style() == Qt.PenStyle.SolidLine else None
        try:
            for dirty in region:
                dirty.setBottom(min(dirty.bottom(), y_end))
                dirty.setRight(min(dirty.right(), x_end))
                if not dirty.isValid():
                    continue
                left = max(columns.visualIndexAt(dirty.left()), 0)
                right = columns.visualIndexAt(dirty.right())
                right = columns.count() - 1 if right == -1 else right
                top = rows.visualIndexAt(dirty.top())
                bottom = rows.visualIndexAt(dirty.bottom())
                bottom = rows.count() - 1 if bottom == -1 else bottom
                if top == -1 or top > bottom:
                    continue
                # per column: where it is, its width, its text's room and where its text starts
                shown_columns = [(c, x, width, width - 2 * margin, x + margin) for c, x, width in (
                    (c, view.columnViewportPosition(c), view.columnWidth(c) - gap)
                    for c in map(columns.logicalIndex, range(left, right + 1))
                    if not columns.isSectionHidden(c))]
                if not shown_columns:
                    continue
                span_x = shown_columns[0][1]
                span_width = shown_columns[-1][1] + shown_columns[-1][2] - span_x
                kept, title_room, kept_set = None, 0, 0  # whole rows kept as pictures: when every column is painted
                if ratio and ground is not None and len(shown_columns) == columns.count() - columns.hiddenSectionCount():
                    kept = self._pictures
                    kept_set = kept.begin((self._rows_look[0] if self._rows_look else None, ground.rgba(),
                                           alternate, margin, active, ratio, span_width,
                                           tuple((c, x - span_x, width) for c, x, width, _r, _t in shown_columns)))
                    title_room = next((r for c, _x, _w, r, _t in shown_columns if c == TITLE), -1)
                    if title_room < 0:  # Title hidden: rows drawn cell by cell
                        kept = None
                bottoms: list[int] = []  # the rows' bottom grid lines
                for visual in range(top, bottom + 1):
                    row = rows.logicalIndex(visual) if moved else visual
                    y = view.rowViewportPosition(row)
                    height = view.rowHeight(row) - gap
                    features = alternate_features if alternate and visual & 1 else plain_features
                    row_texts = model.plain_row(row)
                    marked = row in marked_rows
                    # a row whose title is not prepared yet (a new filter's new rows) is not kept
                    if (kept is not None and ground is not None and not marked
                            and (title := row_texts[TITLE])
                            and type((texts.get((title, title_room)) or _NONE)[0]) is QStaticText
                            and self._draw_kept(kept, painter, view, option, (span_x, y, span_width, height),
                                                features is alternate_features, shown_columns, row_texts,
                                                pen, (ground, ratio, kept_set))):
                        if grid:
                            bottoms.append(y + height)
                        continue
                    if features is alternate_features:
                        # the row's background in one fill: what lies between its cells is the
                        # grid's (an opaque line over it) or nothing (no grid)
                        option.features = features  # set only where it is read (~3 µs a set)
                        option.rect = QRect(span_x, y, span_width, height)
                        style.drawPrimitive(row_primitive, option, painter, view)
                    pen_set = False
                    for column, x, width, room, text_x in shown_columns:
                        if drawn is not None:
                            if (row, column) in drawn:
                                continue
                            drawn.add((row, column))
                        text = row_texts[column]
                        if not marked and text:  # the usual cell: a text seen before, prepared
                            entry = texts.get((text, room))
                            if entry is not None and type(entry[0]) is QStaticText and entry[1] <= height:
                                if not pen_set:
                                    painter.setPen(pen)
                                    pen_set = True
                                painter.drawStaticText(text_x, y + (height - entry[1]) // 2, entry[0])
                                continue
                        is_selected = marked and (row, column) in selected
                        entry = None
                        if text and not (marked and (row, column) == focused) and (
                                not is_selected or selected_option is not None):
                            entry = texts.get((text, room))
                            if entry is None or entry is _SEEN:
                                entry = self._shown(text, room)
                        if entry is None:
                            if text != "" or marked:  # Qt's: selected, focused, noted or not ours
                                option.rect = QRect(x, y, width, height)
                                option.features = features
                                self._paint_as_qt(view, painter, option, model.index(row, column),
                                                  focused == (row, column))
                                pen_set = False
                            continue
                        if is_selected:  # the row's background, then the selection's fill, as Qt
                            assert selected_option is not None  # a selected cell drawn here has one
                            rect = QRect(x, y, width, height)
                            selected_option.features = features
                            selected_option.rect = rect
                            style.drawPrimitive(row_primitive, selected_option, painter, view)
                            painter.fillRect(rect, selected_fill)
                            painter.setPen(selected_pen)
                            pen_set = False
                        elif not pen_set:
                            painter.setPen(pen)
                            pen_set = True
                        shown, line = entry
                        if line > height:  # Qt clips a cell's painting to the cell
                            painter.save()
                            painter.setClipRect(QRect(x, y, width, height))
                        # a static text stands on its line's top
                        painter.drawStaticText(text_x, y + (height - line) // 2, shown)
                        if line > height:
                            painter.restore()
                            pen_set = False
                    if grid:
                        bottoms.append(y + height)
                if grid:
                    _draw_grid(painter, dirty, bottoms, [x + width for _c, x, width, _r, _t in shown_columns],
                               grid_pen, grid_fill)
        finally:
            painter.end()
        self.rows_painted += 1
        self._ahead_after_paint(view, gap)
        return True

    def _draw_kept(self, kept: RowPictures, painter, view: QTableView, option, place: tuple,
                   alternate: bool, shown_columns: list, texts: list, pen: QColor, made: tuple) -> bool:
        """Draws an unmarked row whose title is prepared from its kept picture, or keeps one and
        draws it the third time the row comes if all its texts are prepared; False (nothing
        drawn) otherwise: the cells are drawn one by one. ``made``: the rows' ground colour, the
        paint's device pixels per pixel and its set of look and columns (``RowPictures.begin``)."""
        x, y, width, height = place
        key = (made[2], *texts, height, alternate)  # the look, the columns, the pen: ``begin``'s
        if kept.draw(painter, x, y, key):
            return True
        if not kept.wanted(key):
            return False
        cells = []
        prepared = self._texts
        for column, _x, _w, room, text_x in shown_columns:
            text = texts[column]
            if text:
                entry = prepared.get((text, room))
                if entry is None or type(entry[0]) is not QStaticText or entry[1] > height:
                    return False  # new, measured only, taller than the row or left to Qt
                cells.append((text_x - x, (height - entry[1]) // 2, entry[0]))
            elif text is None:  # the pencil beside a noted title: Qt's
                return False
        picture, on = kept.make(key, width, height, made[1], made[0])
        try:
            if alternate:  # the alternate ground through the style, as the row's one fill is
                row_option = QStyleOptionViewItem(option)
                row_option.features = option.features | _ALTERNATE
                row_option.rect = QRect(0, 0, width, height)
                view.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, row_option, on, view)
            on.setFont(painter.font())  # a prepared text is drawn in the painter's font
            on.setPen(pen)
            for cell_x, cell_y, text in cells:
                on.drawStaticText(cell_x, cell_y, text)
        finally:
            on.end()
        painter.drawPixmap(x, y, picture)
        return True

    def _look_of_rows(self, view: QTableView, option, style) -> tuple | None:
        """What the rows' one pass needs of the style and palette (kept while they, the grid's
        line style and the option's features stay): the grid's pen, the cells' features without
        and with the alternate background; None when the pass does not cover them: a style
        drawing the left and top grid lines, a see-through grid or alternate background (a row
        filled whole, and a selected cell filled twice, would show through)."""
        key = (self._key, view.gridStyle(), option.features.value)
        if self._rows_look is not None and self._rows_look[0] == key:
            return self._rows_look[1]
        look: tuple | None = None
        if not style.styleHint(QStyle.StyleHint.SH_Table_AlwaysDrawLeftTopGridLines, option, view):
            color = QColor.fromRgba(style.styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, view)
                                    & 0xFFFFFFFF)
            palette = option.palette
            if color.alpha() == 255 and all(
                    palette.brush(group, QPalette.ColorRole.AlternateBase).isOpaque()
                    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)):
                plain = option.features & ~_ALTERNATE
                look = (QPen(color, 1, view.gridStyle()), plain, plain | _ALTERNATE)
        self._rows_look = (key, look)
        return look

    def _paint_as_qt(self, view: QTableView, painter, option, index, focused: bool) -> None:
        """One cell as ``QTableViewPrivate::drawCell`` paints it: its state, the row's background
        through the style, then this delegate (which hands Qt whatever it does not draw)."""
        cell = QStyleOptionViewItem(option)
        if view.selectionModel().isSelected(index):
            cell.state |= _STATE.State_Selected
        if focused:
            cell.state |= _STATE.State_HasFocus
        view.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, cell, painter, view)
        self.paint(painter, cell, index)


def _draw_grid(painter: QPainter, dirty: QRect, bottoms: list[int], rights: list[int], pen: QPen,
               fill: QBrush | None) -> None:
    """The grid over a dirty rectangle's cells, as Qt draws it: a line of ``pen`` along each row's
    bottom and each column's right edge. With ``fill`` (a solid grid on whole device pixels) the
    lines are filled as the one-pixel rectangles they cover (a 1-px pen's square caps reach the
    last pixel): the same pixels in one call, measured ~0.02 ms for the ~22 lines of a table
    paint at tier S against ~0.15 ms to draw them as lines with the 1-px pen."""
    left, top, right, bottom = dirty.left(), dirty.top(), dirty.right(), dirty.bottom()
    if fill is not None:
        across, down = right - left + 1, bottom - top + 1
        rects = [QRect(left, y, across, 1) for y in bottoms]
        rects += [QRect(x, top, 1, down) for x in rights]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return
    lines = [QLineF(left + 0.5, y + 0.5, right + 0.5, y + 0.5) for y in bottoms]
    lines += [QLineF(x + 0.5, top + 0.5, x + 0.5, bottom + 0.5) for x in rights]
    painter.setPen(pen)
    painter.drawLines(lines)


class _Rows(QTableView):
    """The events table's view: its rows painted in one pass by the quick cell painting when it
    can (``_TextCells.paint_rows``), else by Qt."""

    def paintEvent(self, event) -> None:
        cells = self.itemDelegate()
        if isinstance(cells, _TextCells) and cells.paint_rows(self, event):
            return
        super().paintEvent(event)


class _Heading(QHeaderView):
    """The column headings, which Qt draws bold while a row is selected (``highlightSections``)
    and repaints whole on every selection change. A step from one selected row to another (one
    whole row before and after, of more than one) leaves every heading as it was: that repaint
    (~0.5 ms of a step at the default pack) is skipped."""

    def selectionChanged(self, selected, deselected) -> None:
        model = self.model()
        if model is not None and model.rowCount() > 1 and all(
                _one_whole_row(s, model.columnCount()) for s in (selected, deselected)):
            return
        super().selectionChanged(selected, deselected)


def _one_whole_row(selection, columns: int) -> bool:
    if len(selection) != 1:
        return False
    part = selection[0]
    return (part.top() == part.bottom() and part.left() == 0 and part.right() == columns - 1
            and not part.parent().isValid())


class EventTable(QWidget):
    sig_event_selection_requested = Signal(object)
    """The user selected a row: the event id (or None when the selection is cleared)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("event_table")
        # Opaque (filled with the window colour the dock shows behind it anyway): the rows' scroll
        # bar coming or going then repaints the table alone, not the Events dock and its title.
        self.setAutoFillBackground(True)
        self._session = session
        self.model = EventTableModel(session, self)
        self.view: QTableView = _Rows(self)
        self.view.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, self.view))
        heading = _Heading(Qt.Orientation.Horizontal, self.view)
        heading.setSectionsClickable(True)  # as QTableView sets up its own
        heading.setHighlightSections(True)
        self.view.setHorizontalHeader(heading)
        self.view.setModel(self.model)
        self._cells = _TextCells(self.view, self.model)
        self._cells.rooms_settled = self._fitted
        self._qt_cells = QStyledItemDelegate(self.view)  # Qt's own item painting
        self.view.setItemDelegate(self._qt_cells)
        self.view.setAccessibleName(self.tr("Events table"))
        self.view.setAccessibleDescription(self.tr(
            "The events the filters keep, one per row; choose a row to see its details. Click a "
            "column heading to sort by it."))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        # Every row one line high (set in _restyle): the view never asks rows for their size.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self._fitting = False
        self._syncing = False  # showing the session's selection: not a user's choice
        self._user_sized = False  # a column resized by hand: widths are the user's from then on
        self._fitted_for: tuple | None = None  # room, columns, font and dpi of the last fit
        header.sectionResized.connect(self._on_section_resized)
        self.model.modelReset.connect(self._fit_columns)  # the Pack column comes and goes
        self.view.selectionModel().currentRowChanged.connect(self._on_q_current_row_changed)
        self.model.layoutChanged.connect(self._update_selection)  # re-find the row after a sort
        self.view.viewport().installEventFilter(self)  # its paints let the sort orders start
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._restyle()
        theme.notifier().changed.connect(self._restyle)
        self._unsubscribe = session.subscribe(self._on_session_changed)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:  # the model's per-pack sort orders wait for this
            if self.view.itemDelegate() is self._cells:
                self._cells.begin_paint()
            self.model.painted()
        return False

    def _on_session_changed(self, change: Change) -> None:
        if PACK in change.what:
            self.model.reset_pack()
        elif FILTER in change.what:
            self.model.reset_rows()  # rows removed and inserted: no modelReset, so fit here
            self._fit_columns()
        if LABELS in change.what and PACK not in change.what:
            self.model.relabel()
        if NOTES in change.what and PACK not in change.what:
            self.model.refresh_notes()
        if change.what & {PACK, FILTER, SELECTION, LABELS}:
            self._update_selection()

    def _restyle(self) -> None:
        """The theme or text size changed: row height from the font, the note pencil's colour."""
        self._follow_style()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.model.restyle(theme.current().text)
        self._fit_columns()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # the application's look was replaced
            self._follow_style()

    def _follow_style(self) -> None:
        """The rows and the column headings are painted by the style the application's look wraps
        (``LookStyle``'s base), not through the look itself, in the light and dark themes: there
        the look changes only check boxes and radio buttons, which the table has none of, so the
        pixels are the same, but each of its calls from Qt's item painting into Python (several
        per cell) cost ~0.5 ms of a 3.2 ms table paint at tier S (the headings ~0.07 ms). High
        contrast rules every frame: the look stays. The scroll bars keep the application's style
        (a widget's style is its own, not its children's). The base belongs to the look: when a
        new look replaces it, Qt forgets it here too."""
        from PySide6.QtWidgets import QApplication

        from explorer.qt.look_style import LookStyle

        look = QApplication.style()
        # the base alone: no call back into the look
        base = look.plain() if isinstance(look, LookStyle) and look.theme.name != "high_contrast" else None
        for widget in (self.view, self.view.horizontalHeader()):
            if base is not None:
                if widget.style() is not base:
                    widget.setStyle(base)
            elif widget.style() is not look:
                widget.setStyle(None)  # type: ignore[arg-type]  # None: the application's style
        # The scroll bars' boxes (Qt's) filled with the window colour this panel shows behind them
        # in the light and dark looks: a new handle (the row count moves it on most filter
        # changes) repaints the box and its bar, not this panel's ground and the view's frame too
        # (~0.03 ms a change). High contrast draws the frame there: the boxes stay see-through.
        for bar in (self.view.verticalScrollBar(), self.view.horizontalScrollBar()):
            box = bar.parentWidget()
            if box is not None:
                box.setAutoFillBackground(base is not None)
        self._choose_cells()

    def _choose_cells(self) -> None:
        """The quick cell painting (``_TextCells``) under the Fusion style, the light and dark
        looks' base. The high contrast look and a platform style would have it hand every cell
        back to Qt, at ~15 % more than Qt's painting alone: Qt's own delegate paints them."""
        from explorer.qt.look_style import LookStyle

        style = self.view.style()
        quick = style.name().lower() == "fusion" and not isinstance(style, LookStyle)
        cells = self._cells if quick else self._qt_cells
        if self.view.itemDelegate() is not cells:
            self.view.setItemDelegate(cells)

    # -- column widths -------------------------------------------------------------------------------
    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != TITLE:
            self._user_sized = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column but Title as wide as its usual content; narrower in proportion when that
        would leave Title less than its share of the width. The widths follow from the room, the
        font and the columns alone (any other change of a width is the user's, which stops the
        fitting): when those are as at the last fit, the widths it would set are already set, and
        nothing is measured again (every filter change resets the model, which asks for a fit:
        0.16 ms at tier S)."""
        if self._user_sized:
            return
        width = self.view.viewport().width() or self.width()
        count = self.model.columnCount()
        key = (width, count, self.view.font().key(), self.view.logicalDpiX())
        if key == self._fitted_for:
            return
        self._fitted_for = key
        metrics = self.view.fontMetrics()
        columns = [c for c in range(count) if c != TITLE]
        wanted = {c: metrics.horizontalAdvance(_SAMPLE.get(c, "MMMMMMMMMM")) + 12 for c in columns}
        room = width * (1 - _TITLE_SHARE)
        total = sum(wanted.values())
        scale = min(1.0, room / total) if total else 1.0
        floor = metrics.horizontalAdvance("MMMM")
        self._fitting = True
        try:
            header = self.view.horizontalHeader()
            for c in columns:
                header.resizeSection(c, max(floor, int(wanted[c] * scale)))
        finally:
            self._fitting = False

    def _fitted(self) -> bool:
        """The columns' widths are the fit for the rows' room now, or the user's (the rows'
        scroll bar come or gone changes the room; the next filter fits them again)."""
        width = self.view.viewport().width() or self.width()
        return self._user_sized or (self._fitted_for is not None and self._fitted_for[0] == width)

    # -- selection -----------------------------------------------------------------------------------
    def _update_selection(self) -> None:
        """Show the session's selection without echoing it back as a request. The selection
        model's signals reach the view, which repaints the rows that changed (not the whole
        table); ``_syncing`` keeps them from coming back as a request."""
        row = self.model.row_of_event(self._session.selected_event)
        sel = self.view.selectionModel()
        self._syncing = True
        try:
            if row is None:
                sel.clearSelection()
                sel.setCurrentIndex(self.model.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.model.index(row, 0)
                sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                    | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(index)
        finally:
            self._syncing = False

    def _on_q_current_row_changed(self, current, _previous) -> None:
        if self._syncing:
            return
        event_id = self.model.event_id_at(current.row()) if current.isValid() else None
        if event_id is not None and event_id != self._session.selected_event:
            self.sig_event_selection_requested.emit(event_id)

    def detach(self) -> None:
        self._unsubscribe()
        theme.notifier().changed.disconnect(self._restyle)
