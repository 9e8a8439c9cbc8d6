"""The timeline's words: event labels, the time axis, lane and era names in the gutter, the legend,
the notes of events left off a slide, and the gutter and legend kept as pictures on screen.

Each function is a method of ``TimelinePainter`` (``explorer.qt.render.timeline_painter``),
assigned in its class body: ``self`` is the painter.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPen,
    QStaticText,
    QTransform,
)

from explorer.charts.palette import LABEL_ON_DARK
from explorer.domain.labels import timeline_phrase
from explorer.qt.render.timeline_frame import (
    SCREEN_LEGEND_LINES,
    Frame,
    _draw_lines,
    _draw_rects,
    _line_array,
    _luminance,
    _rect_array,
)
from explorer.qt.render.timeline_items import _outline_is_strips

if TYPE_CHECKING:
    from explorer.qt.render.timeline_painter import TimelinePainter


def _update_edge_notes(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    """Slides: the events left off the axis, named at its ends."""
    if self.slide is None or not any(self.slide.edge_notes):
        return
    fm = QFontMetricsF(self._label_font)
    painter.setFont(self._label_font)
    painter.setPen(self._c.text)
    line_h = self._line_h(self._label_font, fm)
    y = f.axis_y + line_h + 14.0
    rect = QRectF(f.plot.left(), y, f.plot.width(), line_h + 4.0)
    before, after = self.slide.edge_notes
    half = int(f.plot.width() / (2 if before and after else 1)) - 12
    if before:
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(before, Qt.TextElideMode.ElideRight, half))
    if after:
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(after, Qt.TextElideMode.ElideRight, half))


TITLES_FAST = True  # False: the former path (pandas per title, always elided, shaped per width)


# A title with no shape yet is drawn directly (``drawText``) the first time, shaped only when
# drawn again at its width: a new filter's titles are mostly seen once, a pan's come back.
# Only ASCII titles on an unscaled raster device: a static text's baseline follows its line's
# tallest font (a Japanese title's fallback font), and scaled text drawn directly is not the
# static text's (both found by the pixel tests). False: shaped at once (the tests).
TITLES_SEEN_TWICE = True
_UNSCALED = (QTransform.TransformationType.TxNone, QTransform.TransformationType.TxTranslate)


def _static_title(self: TimelinePainter, row: int, width: float,
                  direct: bool = False) -> QStaticText | str:
    """An event's title elided to ``width``, shaped once in the label font. The shapes are
    shared by their text: a title that fits whole at several widths (a new zoom after a new
    filter gives most bars a new width) is shaped once, not once per width. ``direct``: an
    ASCII title with no shape yet is returned as its text, kept so until asked for again."""
    key = (row, math.ceil(width))
    st = self._statics.get(key)
    if st is None or st.__class__ is str:
        if len(self._statics) > 20000:
            self._statics.clear()
            self._statics_by_text.clear()
        text = st if st is not None else self._elided_title(row, width)
        shape = self._statics_by_text.get(text) if TITLES_FAST else None
        if shape is None:
            if direct and st is None and _ascii(text):
                self._statics[key] = text
                return text
            shape = QStaticText(text)
            shape.setTextFormat(Qt.TextFormat.PlainText)
            shape.prepare(QTransform(), self._label_font)
            if TITLES_FAST:
                self._statics_by_text[text] = shape
        self._statics[key] = st = shape
    return st


def _ascii(text: str) -> bool:
    """ASCII, or ASCII elided with "…" (Qt elides with it only where the label font has it)."""
    return text.isascii() or (text.endswith("…") and text[:-1].isascii())


def _draws_titles_directly(painter: QPainter) -> bool:
    """An unscaled raster device: ``drawText`` gives a static text's pixels there."""
    engine = painter.paintEngine()
    return (TITLES_SEEN_TWICE and engine is not None
            and engine.type() == QPaintEngine.Type.Raster
            and painter.deviceTransform().type() in _UNSCALED)


def _white_text_on(self: TimelinePainter) -> np.ndarray:
    """Per palette colour: whether a label inside a bar of that colour is white."""
    if self._white_on is None or len(self._white_on) != len(self._colours):
        self._white_on = np.array([_luminance(c) < 0.55 for c in self._colours], dtype=bool)
    return self._white_on


def _title(self: TimelinePainter, row: int) -> str:
    """The title of event ``row``: from a NumPy object array made once per pack and language
    (a pandas ``iat`` per label was ~14 µs, a sixth of a new label's cost)."""
    values = self._title_values
    if values is None:
        t = self._titles
        values = self._title_values = (t.to_numpy(dtype=object) if hasattr(t, "to_numpy")
                                       else np.asarray(list(t), dtype=object))
    return str(values[row])


def _elided_title(self: TimelinePainter, row: int, width: float) -> str:
    key = (row, math.ceil(width))
    text = self._elided.get(key)
    if text is None:
        if len(self._elided) > 20000:
            self._elided.clear()
        limit = math.ceil(width) + 1  # a width measured as 29.6 px must not elide a 29.6 px text
        if not TITLES_FAST:
            text = QFontMetricsF(self._label_font).elidedText(
                str(self._titles.iat[row]), Qt.TextElideMode.ElideRight, limit)
        else:
            title = _title(self, row)
            whole = self._label_widths[row] if row < len(self._label_widths) else math.nan
            # Qt's elidedText gives the text itself when its advance (the same shaping as
            # horizontalAdvance, measured once per event in label_widths_for) is within the
            # width; texts with Qt's variant separator (U+009C) go the whole way.
            if whole <= limit and "\x9c" not in title:
                text = title
            else:
                text = self._label_metrics.elidedText(title, Qt.TextElideMode.ElideRight, limit)
        self._elided[key] = text
    return text


def _draw_layers(self: TimelinePainter, painter: QPainter, f: Frame) -> bool:
    """Screens: the gutter (lane and era names) and the legend as pictures kept while what
    they show is unchanged (a pan changes neither), each drawn as one copy. False (nothing
    drawn) where they are drawn directly: slides, vector devices, a scaled painter."""
    if not self._backdrop_fits(painter, f) or painter.transform().type() not in (
            QTransform.TransformationType.TxNone, QTransform.TransformationType.TxTranslate):
        return False
    c = self._c
    look = (c.theme, *self.font_keys, painter.device().devicePixelRatioF())
    legend_top = math.floor(f.legend_y)

    def legend(p: QPainter) -> None:
        p.fillRect(QRectF(0, 0, f.gutter, self._h), c.gutter)
        self._update_legend(p, f)

    self._draw_layer(painter, "legend", look + self._legend_key(self._w - 20.0) + (
        f.gutter, f.legend_y, self._w, self._h),
        QRectF(0, legend_top, self._w, self._h - legend_top), legend)
    geom = f.lanes
    assert geom is not None  # _backdrop_fits: only frames with lanes

    hidden = (np.bincount(f.overflow_lane.astype(np.int64), minlength=len(geom.top))
              if f.overflow_lane is not None else None)
    # The "+N more" counts drawn over the picture, not in it, on whole device pixels: the
    # picture then shows which lanes have a count (their names move up), not the counts,
    # which change on nearly every pan step where lanes overflow (tier M: the gutter was
    # drawn again on most frames).
    apart = NOTES_APART and hidden is not None and _outline_is_strips(painter)

    def gutter(p: QPainter) -> None:
        p.fillRect(QRectF(0, 0, f.gutter, self._h), c.gutter)
        self._update_gutter(p, f, notes=not apart)

    counts = None if hidden is None else (hidden > 0 if apart else hidden)
    eras = (self._eras.row_labels, f.era_rect.top(), f.era_row_h) if (
        f.era_rect is not None and self._eras is not None) else None
    more = QCoreApplication.translate("TimelinePainter", "+{n} more, zoom in")
    bottom = math.floor(f.axis_y)
    self._draw_layer(painter, "gutter", ("gutter",) + look + (
        f.gutter, f.plot.top(), bottom, geom.top.tobytes(), geom.height.tobytes(),
        None if counts is None else counts.tobytes(), self.lane_labels, eras, more),
        QRectF(0, 0, math.floor(f.gutter), bottom), gutter)
    if apart:
        assert hidden is not None  # apart: there are counts
        _draw_notes(self, painter, f, hidden, self._layers["gutter"][0][1])
    return True


NOTES_APART = True  # False: the counts drawn in the gutter's picture (the tests, the measurement)


LAYERS_KEPT = 3  # pictures always kept per layer (gutter, legend): ~0.5 MB each full screen
# More are kept while a layer's pictures hold at most this many bytes: a new filter refits the
# view and redraws the legend (its colours) and the gutter (its lanes' heights), 0.5-1.3 ms at
# tier S; the legends and lanes a user's filters show are few, and came back after 3 (measured).
LAYER_BYTES_KEPT = 4 << 20


def _draw_layer(self: TimelinePainter, painter: QPainter, name: str, key: tuple, rect: QRectF, draw) -> None:
    """Draw ``rect`` of the frame from a picture of it made by ``draw`` (in frame
    coordinates, on the window's colour), made again when ``key`` changes. The last few
    pictures of each layer are kept: a filter taken back (cleared, or the one before again)
    shows the lanes and legend it showed before."""
    kept = self._layers.setdefault(name, [])
    cached = next((c for c in kept if c[0] == key), None)
    if cached is not None:
        kept.remove(cached)
    else:
        dpr = painter.device().devicePixelRatioF()
        w, h = max(int(rect.width()), 1), max(int(rect.height()), 1)
        image = QImage(math.ceil(w * dpr), math.ceil(h * dpr), QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(dpr)
        image.fill(self._c.bg)
        p = QPainter(image)
        try:
            p.setRenderHints(painter.renderHints())
            p.translate(-rect.left(), -rect.top())
            draw(p)
        finally:
            p.end()
        cached = (key, image)
    kept.insert(0, cached)
    held = 0
    for n, (_, picture) in enumerate(kept):
        held += picture.sizeInBytes()
        if n >= LAYERS_KEPT and held > LAYER_BYTES_KEPT:
            del kept[n:]
            break
    painter.drawImage(QPointF(rect.left(), rect.top()), cached[1])


def _update_labels(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    if f.label_w is None:
        return
    shown = np.flatnonzero(f.label_w > 0)
    if not len(shown):
        return
    p = self._placements
    assert p is not None  # paint returns early without placements
    assert f.label_x is not None  # set with label_w
    assert f.idx is not None and f.x0 is not None and f.x1 is not None and f.y is not None and f.is_point is not None  # marker mode
    painter.setFont(self._label_font)
    fm = QFontMetricsF(self._label_font)
    base = (fm.ascent() - fm.descent()) / 2
    lane = p.lane[f.idx]
    solid = p.is_span[f.idx] & f.label_inside
    outside = shown[~solid[shown]]
    # A backing in the lane's colour keeps text clear of grid lines and milestone tracks.
    for parity in (0, 1):
        sel = outside[lane[outside] % 2 == parity]
        if len(sel):
            bg = QColor(self._c.lane_bg[parity])
            bg.setAlpha(215)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bg)
            h = self._line_h(self._label_font, fm)
            _draw_rects(painter, _rect_array(f.label_x[sel] - 2, f.y[sel] - h / 2,
                                             f.label_w[sel] + 4, h))
    rows = p.event_row[f.idx]
    colours = p.colour[f.idx]
    if f.label_text is None and self.slide is None:
        # Screens: each title shaped once per width (QStaticText), drawn in two batches by
        # colour: re-shaping every label on every frame was the largest cost of text.
        dy = base - fm.ascent()  # a static text is placed by its top, not its baseline
        white = solid[shown] & self._white_text_on()[colours[shown]]
        xs, ys = f.label_x.tolist(), (f.y + dy).tolist()
        widths, rows_l = f.label_w.tolist(), rows.tolist()
        # ``_static_title``'s keys, looked up here where labels are many (a call per label was a
        # fifth of the loop at tier S's whole span; for a few, the keys' arrays cost more)
        keys = (list(zip(rows_l, np.ceil(np.where(f.label_w > 0, f.label_w, 0.0)).astype(
            np.int64).tolist())) if LABEL_KEYS_HERE and len(shown) >= LABEL_KEYS_MIN else None)
        statics, draw = self._statics, painter.drawStaticText
        direct, ascent = _draws_titles_directly(painter), fm.ascent()
        for pen, sel in ((self._c.text, shown[~white]), (QColor(LABEL_ON_DARK), shown[white])):
            if not len(sel):
                continue
            painter.setPen(pen)
            for i in sel.tolist():
                st = statics.get(keys[i]) if keys is not None else None
                if not isinstance(st, QStaticText):  # not kept, or a text drawn once
                    st = self._static_title(rows_l[i], widths[i], direct)
                    if isinstance(st, str):  # seen for the first time: drawn directly
                        painter.drawText(QPointF(xs[i], ys[i] + ascent), st)
                        continue
                draw(QPointF(xs[i], ys[i]), st)
        return
    for i in shown.tolist():
        text = (f.label_text[i] if f.label_text is not None
                else self._elided_title(int(rows[i]), float(f.label_w[i])))
        if solid[i]:
            c = self._colours[int(colours[i])]
            painter.setPen(QColor(LABEL_ON_DARK) if _luminance(c) < 0.55 else self._c.text)
        else:
            painter.setPen(self._c.text)
        painter.drawText(QPointF(float(f.label_x[i]), float(f.y[i]) + base), text)


LABEL_KEYS_HERE = True  # False: ``_static_title`` called for every label (the tests)
LABEL_KEYS_MIN = 40  # labels in a frame from which their keys are made in numpy


def _update_axis(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    t = f.ticks
    y = f.axis_y
    painter.setPen(QPen(self._c.muted, 1.0))
    painter.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y))
    minor = f.x_origin + t.minor * f.px_per_day
    major = f.x_origin + t.major * f.px_per_day
    _draw_lines(painter, _line_array(major, y, major, y + 5))
    painter.setPen(QPen(self._c.rule, 1.0))
    _draw_lines(painter, _line_array(minor, y, minor, y + 3))
    painter.setFont(self._label_font)
    fm = QFontMetricsF(self._label_font)
    painter.setPen(self._c.text)
    last_end = -1e9
    # Screens: each tick label measured and shaped once (QStaticText; a pan shows the same
    # years and months again), placed by its top; slides and vector devices draw text.
    static = self.slide is None and painter.paintEngine().type() == QPaintEngine.Type.Raster
    memo = self._tick_statics
    font_key = self.font_keys[1]
    lo, hi = f.plot.left() - 4, f.plot.right() + 10
    for x, text in zip(major.tolist(), t.labels):
        got = memo.get((text, font_key))
        if got is None:
            st = QStaticText(text)
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.prepare(QTransform(), self._label_font)
            if len(memo) > 2000:
                memo.clear()
            got = memo[(text, font_key)] = (st, fm.horizontalAdvance(text))
        st, w = got
        left = min(max(x - w / 2, lo), hi - w)
        if left < last_end + 8:  # measured text wider than planned: skip, never overlap
            continue
        if static:
            painter.drawStaticText(QPointF(left, y + 7), st)
        else:
            painter.drawText(QPointF(left, y + 7 + fm.ascent()), text)
        last_end = left + w


def _elided(self: TimelinePainter, fm: QFontMetricsF, font: QFont, text: str, width: int) -> str:
    """``fm.elidedText(text, ElideRight, width)`` in ``font``, once per text and width: the gutter
    is drawn again whenever a lane's "+N more" count changes (every pan step at tier M), and
    eliding its names and counts again was ~0.25 ms of each (measured)."""
    if not GUTTER_ELIDED_KEPT:
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    memo = self._elided_gutter
    key = (font.key(), text, width)
    out = memo.get(key)
    if out is None:
        if len(memo) > 2000:
            memo.clear()
        out = memo[key] = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return out


GUTTER_ELIDED_KEPT = True  # False: elided on every draw (the tests, the same-run measurement)


def _update_gutter(self: TimelinePainter, painter: QPainter, f: Frame, *,
                   notes: bool = True) -> None:
    """Lane and era row names, and under a lane's name the count of its items that did not
    fit ("+N more"). ``notes=False``: the names alone, placed as with their counts
    (``_draw_notes`` draws the counts)."""
    fm = QFontMetricsF(self._font)
    painter.setFont(self._font)
    painter.setPen(self._c.text)
    width = int(f.gutter - 16)
    if f.lanes is not None:
        hidden = (np.bincount(f.overflow_lane.astype(np.int64), minlength=len(f.lanes.top))
                  if f.overflow_lane is not None else np.zeros(len(f.lanes.top), np.int64))
        sfm = QFontMetricsF(self._label_font)
        for i, (label, top, h) in enumerate(zip(self.lane_labels, f.lanes.top.tolist(),
                                                f.lanes.height.tolist())):
            rect = QRectF(10, f.plot.top() + top, f.gutter - 16, h)
            text = _elided(self, fm, self._font, label, width)
            if hidden[i] and h >= fm.height() + sfm.height() + 4:
                # "+N more" under the lane's name: items that did not fit at this zoom
                y = rect.center().y() - (fm.height() + sfm.height()) / 2
                painter.setFont(self._font)
                painter.setPen(self._c.text)
                painter.drawText(QPointF(10, y + fm.ascent()), text)
                if notes:
                    _draw_note(self, painter, sfm, int(hidden[i]), width,
                               y + fm.height() + sfm.ascent())
                continue
            # cramped lanes on screen: the smaller font, so names don't collide (slides keep
            # one size for every lane: their lanes are always tall enough)
            short = self.slide is None and h < fm.height()
            painter.setFont(self._label_font if short else self._font)
            painter.setPen(self._c.text)
            if short:
                text = _elided(self, sfm, self._label_font, label, width)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             text)
    if f.era_rect is not None and self._eras is not None:
        painter.setFont(self._small_font)
        sfm = QFontMetricsF(self._small_font)
        painter.setPen(self._c.muted)
        for r, label in enumerate(self._eras.row_labels):
            rect = QRectF(10, f.era_rect.top() + r * f.era_row_h, f.gutter - 16, f.era_row_h)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             _elided(self, sfm, self._small_font, label, width))


def _note_text(self: TimelinePainter, sfm: QFontMetricsF, n: int, width: int) -> str:
    return _elided(self, sfm, self._label_font, QCoreApplication.translate(
        "TimelinePainter", "+{n} more, zoom in").format(n=n), width)


def _draw_note(self: TimelinePainter, painter: QPainter, sfm: QFontMetricsF, n: int, width: int,
               baseline: float) -> None:
    """A lane's "+N more" under its name, its baseline at ``baseline``."""
    painter.setFont(self._label_font)
    painter.setPen(self._c.muted)
    painter.drawText(QPointF(10, baseline), _note_text(self, sfm, n, width))


NOTES_KEPT = 400  # "+N more" pictures kept (a few kilobytes each); past it they are made again
# A count seen for the first time is drawn directly where the device is unscaled, pictured only
# when seen again: a new filter's counts are new (tier M: ~3 pictures made a change, ~75 µs
# each, drawn ~18 µs directly), a pan's come back. False: pictured at once (the tests).
# (Scaled, as a picture of a window at a pixel ratio of 2: text drawn directly is not the
# picture's, measured.)
NOTES_SEEN_TWICE = True


def _note_spots(self: TimelinePainter, f: Frame, hidden: np.ndarray) -> list[tuple[int, float]]:
    """``(lane, baseline)`` of every "+N more" ``_update_gutter`` draws (its arithmetic)."""
    assert f.lanes is not None  # the gutter's picture: frames with lanes
    fm = QFontMetricsF(self._font)
    sfm = QFontMetricsF(self._label_font)
    out = []
    for i, (top, h) in enumerate(zip(f.lanes.top.tolist(), f.lanes.height.tolist())):
        if hidden[i] and h >= fm.height() + sfm.height() + 4:
            rect = QRectF(10, f.plot.top() + top, f.gutter - 16, h)
            y = rect.center().y() - (fm.height() + sfm.height()) / 2
            out.append((i, y + fm.height() + sfm.ascent()))
    return out


def _draw_notes(self: TimelinePainter, painter: QPainter, f: Frame, hidden: np.ndarray,
                under: QImage) -> None:
    """The "+N more" counts over the names' picture ``under`` (drawn at the frame's origin),
    each from a kept picture: the box round the text copied from ``under`` with the text drawn
    over it as the gutter's picture drew it (``_draw_note``), so the same pixels. Where a box
    would leave the names' picture, the text is drawn directly."""
    spots = self._note_spots.get(under.cacheKey())
    if spots is None:  # where the counts go depends only on what the names' picture shows
        if len(self._note_spots) > 8:
            self._note_spots.clear()
        spots = self._note_spots[under.cacheKey()] = _note_spots(self, f, hidden)
    hints = int(painter.renderHints().value)
    sfm: QFontMetricsF | None = None
    width = int(f.gutter - 16)
    direct_first = NOTES_SEEN_TWICE and painter.deviceTransform().type() in _UNSCALED
    for i, baseline in spots:
        n = int(hidden[i])
        key = (under.cacheKey(), i, n, hints)
        kept = self._note_pictures.get(key)
        if kept is None and direct_first and key not in self._notes_seen:
            if len(self._notes_seen) > NOTES_KEPT:
                self._notes_seen.clear()
            self._notes_seen.add(key)
            kept = (None, None)  # drawn directly below, pictured when seen again
        elif kept is None:
            sfm = sfm or QFontMetricsF(self._label_font)
            note = _note_text(self, sfm, n, width)
            bx = 8
            by = math.floor(baseline - sfm.ascent()) - 2
            bw = math.ceil(sfm.horizontalAdvance(note)) + 6
            bh = math.ceil(baseline + sfm.descent()) + 3 - by
            if by < 0 or bx + bw > under.width() or by + bh > under.height():
                kept = (None, None)
            else:
                image = under.copy(QRect(bx, by, bw, bh))
                p = QPainter(image)
                try:
                    p.setRenderHints(painter.renderHints())
                    p.translate(-bx, -by)
                    _draw_note(self, p, sfm, n, width, baseline)
                finally:
                    p.end()
                kept = (QPointF(bx, by), image)
            if len(self._note_pictures) > NOTES_KEPT:
                self._note_pictures.clear()
            self._note_pictures[key] = kept
        if kept[1] is not None:
            painter.drawImage(kept[0], kept[1])
        else:
            sfm = sfm or QFontMetricsF(self._label_font)
            _draw_note(self, painter, sfm, n, width, baseline)


def _legend_entries(self: TimelinePainter, fm: QFontMetricsF) -> list[tuple[str, object, float]]:
    """(kind, what, width) of every legend entry: the title, the colours the kept events use
    (all of them when nothing is kept), the key of shapes; words in the label language."""
    p = self._placements
    assert p is not None  # _legend_height and the legend ask only with placements
    scale = self._key_scale(fm)
    used = self._used_colours()
    title = timeline_phrase("Colour: domain" if p.mode == "partner" else "Colour: counterpart",
                            self.lang)
    gap = 18.0 if self.slide is not None else 11.0  # between entries
    out: list[tuple[str, object, float]] = [("title", title, fm.horizontalAdvance(title) + 14)]
    for c, label in enumerate(p.palette_labels):
        if c in used:
            out.append(("colour", (c, label),
                        fm.height() * 0.7 + self._swatch_gap() + fm.horizontalAdvance(label) + gap))
    for key in self._KEY:
        text = timeline_phrase(key, self.lang)
        out.append(("key", key, 22 * scale + fm.horizontalAdvance(text) + gap))
    return out


def _used_colours(self: TimelinePainter) -> set[int]:
    """The colours the kept events use (all when none is kept), once per filter: a pass
    over every kept placement cost 1 ms a frame at 10^5 events (measured)."""
    p = self._placements
    assert p is not None  # asked by the legend, only with placements
    key = (id(p), self._kept_token)
    if self._used is None or self._used[0] != key:
        n = len(p.palette_labels)
        if len(self._kept):
            seen = np.bincount(p.colour[self._kept].astype(np.int64), minlength=n)
            used = set(np.flatnonzero(seen).tolist())
        else:
            used = set(range(n))
        self._used = (key, used)
    return self._used[1]


def _swatch_gap(self: TimelinePainter) -> float:
    return 8.0 if self.slide is not None else 6.0


def _key_scale(fm: QFontMetricsF) -> float:
    return max(1.0, fm.height() / 17.0)


def _legend_lines(self: TimelinePainter, width: float) -> list[list[tuple[str, object, float]]]:
    return self._memo(self._legend_key(width), lambda: self._wrap_legend(width))


def _legend_key(self: TimelinePainter, width: float) -> tuple:
    """Everything the legend's words, swatches and wrapping depend on."""
    p = self._placements
    assert p is not None  # the legend is drawn only with placements
    return ("legend", width, p.mode, tuple(p.palette), tuple(p.palette_labels),
            tuple(sorted(self._used_colours())), self.lang, self.font_keys[2])


def _wrap_legend(self: TimelinePainter, width: float) -> list[list[tuple[str, object, float]]]:
    fm = QFontMetricsF(self._small_font)
    lines: list[list] = [[]]
    used = 0.0
    for entry in self._legend_entries(fm):
        if lines[-1] and used + entry[2] > width:
            lines.append([])
            used = 0.0
        lines[-1].append(entry)
        used += entry[2]
    return lines


def _legend_line_h(self: TimelinePainter) -> float:
    fm = QFontMetricsF(self._small_font)
    return self._line_h(self._small_font, fm) + (8.0 if self.slide is not None else 4.0)


def _legend_height(self: TimelinePainter, width: float) -> float:
    """Slides and screens alike wrap the legend over as many lines as it takes (a screen
    at most three: past them the plot needs the height more)."""
    if self._placements is None:
        return QFontMetricsF(self._label_font).height() + 12.0
    n = len(self._legend_lines(width - 20.0))
    if self.slide is None:
        n = min(n, SCREEN_LEGEND_LINES)
    return n * self._legend_line_h() + 8.0


def _update_legend(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    """Every entry, wrapped over as many lines as it takes (never cut to "…"; a screen too
    narrow for three lines ends its last one with "…")."""
    fm = QFontMetricsF(self._small_font)
    painter.setFont(self._small_font)
    line_h = self._legend_line_h()
    scale = self._key_scale(fm)
    text_dy = (fm.ascent() - fm.descent()) / 2
    y = f.legend_y + 4.0 + line_h / 2
    lines = self._legend_lines(self._w - 20.0)
    if self.slide is None and len(lines) > SCREEN_LEGEND_LINES:
        lines = lines[:SCREEN_LEGEND_LINES]
        lines[-1] = lines[-1][:-1] + [("more", "…", 0.0)]
    for line in lines:
        x = 10.0
        for kind, what, w in line:
            if kind in ("title", "more"):
                painter.setPen(self._c.muted)
                painter.drawText(QPointF(x, y + text_dy), str(what))
            elif kind == "colour":
                c, label = cast(tuple[int, str], what)  # _legend_entries: (colour, label)
                side = fm.height() * 0.7
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._colour(c))
                painter.drawRect(QRectF(x, y - side / 2, side, side))
                painter.setPen(self._c.text)
                painter.drawText(QPointF(x + side + self._swatch_gap(), y + text_dy), label)
            else:
                self._paint_key_item(painter, fm, str(what), x, y, scale)
            x += w
        y += line_h


_KEY = ("exact day", "month/year only", "period", "approx./uncertain", "milestones")


def _paint_key_item(self: TimelinePainter, painter: QPainter, fm: QFontMetricsF, text: str, x: float, y: float,
                    scale: float = 1.0) -> None:
    """One entry of the key: its symbol (drawn ``scale`` times larger) and its text."""
    base = QColor(self._c.muted)
    text_dy = (fm.ascent() - fm.descent()) / 2
    painter.save()
    painter.translate(x, y)
    painter.scale(scale, scale)
    ox, oy = x, y
    x = y = 0.0  # the symbol is drawn around the origin, scaled
    if text == "exact day":
        painter.setBrush(base)
        painter.setPen(QPen(base.darker(135), 1.0))
        painter.translate(x + 8, y)
        painter.rotate(45)
        painter.drawRect(QRectF(-3.5, -3.5, 7, 7))
    elif text == "month/year only":
        light = QColor(base)
        light.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(light)
        painter.drawRect(QRectF(x, y - 4.5, 18, 9))
        painter.setBrush(QBrush(base, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(base.darker(135), 1.0))
        painter.drawRect(QRectF(x, y - 4.5, 18, 9))
    elif text == "period":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(base)
        painter.drawRect(QRectF(x, y - 4.5, 18, 9))
    elif text == "approx./uncertain":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(base.darker(135), 1.3, Qt.PenStyle.DashLine))
        painter.drawRect(QRectF(x, y - 5, 18, 10))
    else:
        painter.setPen(QPen(self._c.track, 1.2, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x, y), QPointF(x + 8, y))
        pen = QPen(self._c.track, 3.0)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(x + 8, y), QPointF(x + 18, y))
        painter.setPen(QPen(self._c.track, 1.4))
        painter.drawLine(QPointF(x + 8, y - 6), QPointF(x + 8, y + 6))
    painter.restore()
    painter.setPen(self._c.muted)
    painter.drawText(QPointF(ox + 22 * scale, oy + text_dy), timeline_phrase(text, self.lang))
