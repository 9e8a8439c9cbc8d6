"""The filter bar's own widgets: a label that keeps its size while its count changes
(``SteadyLabel``, also the status bar's count) and the lists of checkable choices (``_CheckList``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QListWidget, QListWidgetItem, QWidget

from explorer.qt.signal_tools import signals_blocked

_UNBOUNDED = 16777215  # QWIDGETSIZE_MAX: no maximum size
_CHECK_STATE_ROLE = int(Qt.ItemDataRole.CheckStateRole)


class SteadyLabel(QLabel):
    """A label that keeps its size while its text changes within the room it was given: a new
    count does not ask every layout up to the window to lay out again. (A label sized to its text
    tells its layout on every change, which tells the dock, which makes Qt's main window lay out
    every dock again and make a geometry animation for each: the filter bar's count and the status
    bar's "N of M events" cost ~1.7 ms per filter change at tier S that way.) ``fit(widest)`` makes
    it as wide as the widest text expected (a pack's count of all its events); a longer text still
    widens it, and a font or style change sizes it again. ``right``: the text ends at the right
    edge, drawn from the pixel a label sized to it would start at (a left margin, not right
    alignment, which would place the glyphs at a fraction of a pixel)."""

    def __init__(self, parent: QWidget | None = None, right: bool = False,
                 opaque: bool = False) -> None:
        super().__init__("", parent)
        # ``opaque``: a new count repaints the label alone, not the dock and panel behind it; only
        # where that background is the palette's window colour it fills with (not a status bar,
        # which the high-contrast look draws otherwise).
        self.setAutoFillBackground(opaque)
        self._right = right
        self._widest = ""
        self._room = -1  # its fixed width; -1: not sized yet
        self._extra = 0  # the label's own margins around its text
        self._fitting = False

    def fit(self, widest: str) -> None:
        self._widest = widest
        self._refit()

    def setText(self, text: str) -> None:  # Qt's name: every caller of setText gets this
        if text == self.text():
            return
        width = self._natural_width(text) if self._room >= 0 else 0  # measured once
        grow = self._room < 0 or width > self._room
        super().setText(text)  # a fixed size: no layout request
        if grow:
            self._refit()
        elif self._right:
            self._push_right(width)

    def _natural_width(self, text: str) -> int:
        """The width a label sized to ``text`` gets (QLabel's size hint, which a fixed size skews):
        the text's bounding width plus the label's own margins, measured in ``_refit``."""
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return self.fontMetrics().boundingRect(0, 0, 2000, 2000, flags, text).width() + self._extra

    def _push_right(self, width: int | None = None) -> None:
        """Start the text where a label sized to it would (``width``: its natural width, if
        measured already)."""
        left = self._room - (self._natural_width(self.text()) if width is None else width)
        if left != self.contentsMargins().left():
            self.setContentsMargins(left, 0, 0, 0)

    def _refit(self) -> None:
        self._fitting = True
        try:
            self.setContentsMargins(0, 0, 0, 0)
            self.setMinimumSize(0, 0)
            self.setMaximumSize(_UNBOUNDED, _UNBOUNDED)
            shown = self.text()
            width = height = 0
            self._extra = 0
            for text in (shown, self._widest):
                super().setText(text)
                hint = self.sizeHint()
                width, height = max(width, hint.width()), max(height, hint.height())
                if text:  # the margins a label adds around a text (an empty one has none)
                    self._extra = hint.width() - self._natural_width(text)
            super().setText(shown)
            self._room = width
            self.setFixedSize(width, height)
            if self._right:
                self._push_right()
        finally:
            self._fitting = False

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if not self._fitting and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit()


class _CheckList(QListWidget):
    """A compact list of checkable choices; ``checked()`` is the set of their keys."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        # Long names ("Japan Organization for Metals and Energy Security (JOGMEC) (2)", a pack's
        # title) wrap onto a second or third line, readable in the dock's width at 1280×720; a
        # horizontal scroll bar would eat the rows the height leaves for the choices. A name too
        # long even so is cut in the middle (its counts stay) and whole in the tooltip.
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._rows_height = 0
        self._choices: list[tuple[QListWidgetItem, str]] = []  # each item and its key, in order
        self._items: dict[str, QListWidgetItem] = {}  # each key's item (keys are distinct)
        self._ticked: set[str] = set()  # the keys ticked now: every change of a tick passes
        # through ``dataChanged`` (the model's signal, which blocking the list's leaves alone)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        with signals_blocked(self):
            self.clear()
            for key, text in choices:  # each item made whole before the list holds it: set in
                item = QListWidgetItem(text)  # the list, each of its four properties would tell
                item.setToolTip(text)  # the view (~0.1 ms each: 147 partners at tier L)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.addItem(item)
        self._remember_items([(self.item(i), key) for i, (key, _text) in enumerate(choices)])
        self._fit_height()

    def _remember_items(self, choices: list[tuple[QListWidgetItem, str]]) -> None:
        self._choices = choices
        self._items = {key: item for item, key in choices}
        self._ticked = {key for item, key in choices if item.checkState() == Qt.CheckState.Checked}

    def _note_ticks(self, first: int, last: int) -> None:
        """Rows ``first``..``last`` may have changed their tick: ``_ticked`` follows them."""
        for row in range(first, last + 1):
            item = self.item(row)
            if item is None:
                continue
            key = item.data(Qt.ItemDataRole.UserRole)
            if item.checkState() == Qt.CheckState.Checked:
                self._ticked.add(key)
            else:
                self._ticked.discard(key)

    def _fit_height(self) -> None:
        """As tall as the first eight choices as they wrap at the list's width now (the rest
        scroll); recomputed when the width changes."""
        self.doItemsLayout()
        n = min(self.count(), 8)
        rows = sum(max(self.visualRect(self.model().index(i, 0)).height(), self.sizeHintForRow(i))
                   for i in range(n)) if n else 18
        height = rows + 2 * self.frameWidth() + 2
        if height != self._rows_height:
            self._rows_height = height
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def checked(self) -> frozenset[str]:
        return frozenset(
            self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked)

    def set_checked(self, keys: frozenset[str]) -> None:
        """Tick the choices in ``keys``, untick the others. Only an item whose tick changes is
        touched, found from the keys ticked now (``_ticked``) without asking every item its
        state (a filter change re-ticks five lists: 147 partners alone at tier L, ~0.3 ms of
        calls into Qt a change); the items and their keys are the ones ``set_choices`` made."""
        if len(self._choices) != self.count():  # items added or taken some other way
            self._remember_items([(self.item(i), self.item(i).data(Qt.ItemDataRole.UserRole))
                                  for i in range(self.count())])
        checked, unchecked = Qt.CheckState.Checked, Qt.CheckState.Unchecked
        if len(self._items) != len(self._choices):  # a key twice: every item asked, as before
            with signals_blocked(self):
                for item, key in self._choices:
                    state = checked if key in keys else unchecked
                    if item.checkState() != state:
                        item.setCheckState(state)
            return
        items = self._items
        # a key this list does not offer is no tick of its
        changed = [key for key in keys.symmetric_difference(self._ticked) if key in items]
        if not changed:  # most lists of a change: nothing to block or tick
            return
        with signals_blocked(self):
            for key in changed:
                items[key].setCheckState(checked if key in keys else unchecked)

    def dataChanged(self, top_left, bottom_right, roles=()) -> None:
        """A tick alone repaints its own row. ``QListView`` answers any change of an item by
        laying out every choice again (their wrapped heights asked anew) and repainting the whole
        list; a tick changes no row's size, so a change of the check state alone goes straight to
        ``QAbstractItemView``'s handling: the changed rows repaint, screen readers are told, as
        before. Any other change (a text, a font) is laid out as Qt does."""
        if len(roles) == 1 and int(roles[0]) == _CHECK_STATE_ROLE:
            self._note_ticks(top_left.row(), bottom_right.row())
            QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)
            return
        if not roles or any(int(role) == _CHECK_STATE_ROLE for role in roles):
            self._note_ticks(top_left.row(), bottom_right.row())
        super().dataChanged(top_left, bottom_right, roles)

    def keyPressEvent(self, event) -> None:
        # Space toggles the current item, as users of checklists expect.
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)
