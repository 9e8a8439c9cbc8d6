"""The Compare panel's text boxes: a word-wrapped label that answers its size questions once per
text and width, the chart's notes drawn from their own laid-out documents, and the legend's
fixed-height box."""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QEvent,
    QRectF,
    QSize,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStyleOption,
    QWidget,
)


class WrappedLabel(QLabel):
    """A word-wrapped label that answers its layouts' size questions (heights per width, the size
    hint) once per text, width and constraints: Qt's layouts ask a label's height several times
    per relayout (each level of the Compare panel, its scroll areas), and a QLabel lays its whole
    text out again for each (2-3 ms for the notes of a tier-S chart; the hidden-series notice,
    re-worded by most partner filters, 13 heights and 9 size hints per filter change at tier M,
    ~0.43 ms: measured). The answers are QLabel's own, so the same layout and pixels. Kept by
    text and the settings QLabel lays it out with, so a text shown again (partners compared in
    turn) is answered at once; all forgotten on any change event (font, style, contents margins).

    The Compare chart's notes and legend (``_NotesLabel``) and the Compare panel's hidden-series
    notice."""

    remember = True  # off: every size laid out again (the reference in tests and measurements)
    hints_from_width = False  # the notes: size hints from the width the scroll area gives
    KEPT = 32  # answers kept (texts × widths); more and it starts again

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._sizes: dict[tuple, object] = {}
        self.text_version = 0  # counts the texts set (each gives the label a new document)

    def setText(self, text: str) -> None:
        if text != self.text():
            self.text_version += 1
        super().setText(text)

    def kept_size(self, width: int | None, ask):
        """``ask()``'s answer for the text at ``width`` (None: the size hint), asked once. The key
        holds what else QLabel lays a text out with and sends no change event for (margin, indent,
        alignment, wrapping, format, its minimum and maximum width) and ``_NotesLabel``'s minimum
        height."""
        if not self.remember:
            return ask()
        key = (self.text(), width, self.margin(), self.indent(), int(self.alignment().value),
               self.wordWrap(), self.textFormat(), self.minimumWidth(), self.maximumWidth(),
               self.minimumHeight())
        found = self._sizes.get(key)
        if found is None:
            if len(self._sizes) >= self.KEPT:
                self._sizes.clear()
            found = self._sizes[key] = ask()
        return found

    def sizeHint(self) -> QSize:
        if not self.hints_from_width or self.width() <= 0:
            return QSize(self.kept_size(None, lambda: QLabel.sizeHint(self)))
        # QLabel's own lays the text out at other widths (a golden-ratio search, one line, the
        # longest word): three more layouts of the notes per new text, 13 ms at tier M.
        return QSize(self.width(), self.heightForWidth(self.width()))

    def minimumSizeHint(self) -> QSize:
        if not self.hints_from_width or self.width() <= 0:
            return super().minimumSizeHint()
        return QSize(0, 0)  # in a scroll area that sets its width and asks its height for it

    def heightForWidth(self, width: int) -> int:
        return self.kept_size(width, lambda: QLabel.heightForWidth(self, width))

    def changeEvent(self, event) -> None:
        self._sizes.clear()
        super().changeEvent(event)

    def lay_out_for_paint(self) -> None:
        """Lay the text out now at the label's width, so its paint does not (a QLabel that lays
        its rich text out in its paint asks for a second paint)."""
        QLabel.heightForWidth(self, self.width())


class _NotesLabel(WrappedLabel):
    """The chart's notes: a word-wrapped rich-text label that lays its text out once per text,
    font and width, in a document of its own, and paints that document.

    A QLabel lays its rich text out again on every ``heightForWidth`` (at the width asked, then
    once more at its own width, which it restores) and once more in its paint: the notes of a
    tier-M chart (3,600-5,200 characters) were laid out four to five times per filter change,
    5.9 ms (measured). Here a new text is parsed and laid out once per width asked; the paint
    draws that layout as QLabel's paint draws its own (same document options, palette and
    clip: the same pixels, tested). While the reader has text selected the QLabel paints (its
    selection lives in its own document), so selecting with the mouse works as before."""

    own_layout = True  # off: QLabel's own layouts and paint (the reference in tests)
    # Documents kept laid out: the text shown and the ones before it, so a text that comes back
    # (a filter taken back or cleared, partners compared in turn) is not parsed and laid out
    # again (tier M's notes: ~1.4 ms). Eight: four partners in turn, each with its own notes and
    # legend, missed every time with three (M: notes and legend ~0.8 ms a new filter, measured;
    # a document of M's notes is tens of KB). 1: one document, refilled for every new text.
    kept_texts = 8

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._doc: QTextDocument | None = None
        self._doc_key: tuple[int, str] | None = None
        self._docs: dict[tuple, QTextDocument] = {}  # by text and options, the latest last

    def _document(self, text_width: int) -> QTextDocument:
        """The label's text laid out at ``text_width`` pixels, as QLabel lays out its own."""
        key = (self.text_version, self.font().key())
        doc = self._doc
        if doc is None or self._doc_key != key:
            doc = self._doc = self._filled(text_width)
            self._doc_key = key
        if doc.textWidth() != text_width:
            doc.setTextWidth(text_width)
        return doc

    def _filled(self, text_width: int) -> QTextDocument:
        """A document holding the label's text in its font and options: a kept one, else the
        oldest kept one (or a new one) filled anew."""
        wrap = QTextOption.WrapMode.WordWrap if self.wordWrap() else QTextOption.WrapMode.ManualWrap
        key = (self.text(), self.font().key(), int(self.alignment()), wrap)
        doc = self._docs.pop(key, None)
        if doc is not None and doc.defaultFont() == self.font():
            self._docs[key] = doc
            return doc
        if doc is None and len(self._docs) >= max(_NotesLabel.kept_texts, 1):
            doc = self._docs.pop(next(iter(self._docs)))
        if doc is None:
            doc = QTextDocument(self)
            doc.setUndoRedoEnabled(False)
            # The root frame's margin 0, kept by every text set later (QLabel's own is 0). Set
            # once here, not after each text: setting the frame's format lays the text out again.
            doc.setDocumentMargin(0)
        # Emptied first: each option set below lays out again whatever text the document holds,
        # and the old text laid out three times per new text (font, options, width) was most of
        # the notes' cost (M: 2.5 ms a filter change, measured).
        doc.clear()
        if doc.defaultFont() != self.font():
            doc.setDefaultFont(self.font())
        option = doc.defaultTextOption()
        option.setAlignment(self.alignment())
        option.setWrapMode(wrap)
        doc.setDefaultTextOption(option)
        doc.setTextWidth(text_width)  # before the text: one layout, at this width
        doc.setHtml(key[0])
        self._docs[key] = doc
        return doc

    def _extra(self) -> tuple[int, int]:
        """The room around the text (QLabel's margin and contents margins), across and down."""
        m = self.contentsMargins()
        return 2 * self.margin() + m.left() + m.right(), 2 * self.margin() + m.top() + m.bottom()

    def heightForWidth(self, width: int) -> int:
        if not self.own_layout or self.indent() > 0 or not self.wordWrap():
            return super().heightForWidth(width)
        return self.kept_size(width, lambda: self._laid_out_height(width))

    def _laid_out_height(self, width: int) -> int:
        across, down = self._extra()
        doc = self._document(max(width - across, 0))
        return max(math.ceil(doc.size().height()) + down, self.minimumHeight())

    def lay_out_for_paint(self) -> None:
        if not self.own_layout:
            super().lay_out_for_paint()
            return
        self._document(max(self.width() - self._extra()[0], 0)).size()

    def paintEvent(self, event) -> None:
        if (not self.own_layout or self.hasSelectedText() or self.indent() > 0
                or not self.wordWrap() or self.frameWidth()):
            super().paintEvent(event)
            return
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        doc = self._document(rect.width())
        option = QStyleOption()
        option.initFrom(self)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = option.palette
        if self.foregroundRole() != QPalette.ColorRole.Text and self.isEnabled():
            context.palette.setColor(QPalette.ColorRole.Text, context.palette.color(self.foregroundRole()))
        # Only the blocks in the part repainted (in the notes' scroll area, the lines in view;
        # QLabel draws every block of the text and lets the painter's clip drop them: M's
        # 3,600-5,200 characters, 0.9 ms a filter change, measured).
        exposed = event.rect().intersected(rect)
        context.clip = QRectF(exposed.translated(-rect.x(), -rect.y()))
        painter = QPainter(self)
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.x(), -rect.y()))
        doc.documentLayout().draw(painter, context)
        painter.end()


class _LegendBox(QWidget):
    """The legend's place in the chart's layout, as tall as the legend's text needs at its width.

    A QLabel in a layout asks the whole window to lay itself out again on every new text, even one
    of the same height: on a filter change that moved the legend's flags (the qualified / conflict
    keys) that relayout of the Compare panel was 12 of the 18 ms spent settling the redraw (tier S,
    measured). Here the label lies in a box without a layout: a new text of the same height
    repaints the legend alone; only a new height (or width) changes the box's fixed height, and
    with it the layout."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        label.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(0)
        # Room kept (on screen in the Compare panel): the box keeps the tallest height it had
        # while ``hold_key`` (the chart's title), its width and its font stay the same, so a
        # filter change that drops a key or a series (or shows the "No figures" message) leaves
        # the chart where it is. Off: as tall as the legend, no more.
        self.hold = False
        self.hold_key: object = None
        self._held: tuple[object, int] = (None, 0)

    def fit(self) -> None:
        """The label over the box's width, and the box as tall as the label needs there (or the
        room it keeps, when taller)."""
        label = self._label
        width = self.width()
        height = label.heightForWidth(width) if width > 0 else label.sizeHint().height()
        height = max(height, 0)
        if label.geometry().width() != width or label.height() != height:
            label.setGeometry(0, 0, width, height)  # top-aligned in its room
        box = height
        if self.hold:
            key = (self.hold_key, width, label.font().key())
            if self._held[0] == key:
                box = max(box, self._held[1])
            self._held = (key, box)
        if self.maximumHeight() != box:
            self.setFixedHeight(box)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._label.minimumSizeHint().width(), self.maximumHeight())

    def sizeHint(self) -> QSize:
        return QSize(self._label.sizeHint().width(), self.maximumHeight())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the label's text or font changed
            self.fit()
            return True
        return super().event(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

