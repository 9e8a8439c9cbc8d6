"""A pan or zoom of the timeline is one paint: the view's, and nothing of its children (the list a
screen reader steps through is never painted, yet stays in the accessibility tree as before); and
what the whole-span frame keeps between frames of one zoom draws what working it out afresh draws."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QApplication, QWidget

from explorer.domain.dates import day_number
from explorer.qt.views import timeline_view as tv
from explorer.qt.views.timeline_view import TimelineView
from tests.qt.helpers import session_on_test_pack

SIZE = QSize(1000, 500)


def _day(y: int, m: int = 1, d: int = 1) -> float:
    return float(day_number(dt.date(y, m, d)))


class _Paints(QObject):
    """Paint events delivered to a widget and its children, by object name."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self.root = root
        self.names: list[str] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            w = watched
            while w is not None and w is not self.root:
                w = w.parentWidget()
            if w is self.root:
                self.names.append(watched.objectName() or type(watched).__name__)
        return False


def _pixels(view: TimelineView) -> np.ndarray:
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(),
                                                               image.width()).copy()


@pytest.fixture
def view(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    v = TimelineView(session)
    qtbot.addWidget(v)
    v.resize(SIZE)
    v.show()
    qtbot.waitExposed(v)
    v.set_visible_range(_day(2018), _day(2025))
    v.sync_events_list()
    return v


def _paints_per_step(qtbot, view: TimelineView) -> list[list[str]]:
    counter = _Paints(view)
    app = QApplication.instance()
    app.installEventFilter(counter)
    steps = []
    try:
        for k in range(1, 4):
            counter.names.clear()
            view.set_visible_range(_day(2018) + 30 * k, _day(2025) + 30 * k)  # a pan step
            view.repaint()
            QApplication.processEvents()
            steps.append(list(counter.names))
    finally:
        app.removeEventFilter(counter)
    return steps


def test_a_pan_step_paints_the_view_once_and_no_child(qtbot, view):
    """Each step is one Paint event, the view's (the spoken list in the view's corner was
    painted with it on every step, through its style sheet)."""
    steps = _paints_per_step(qtbot, view)
    assert steps == [["timeline_view"]] * 3


def test_the_list_inside_the_view_would_be_painted_with_it(qtbot, view, monkeypatch):
    """The counting above sees children: with the list at (0, 0), inside the view, each step
    paints it too."""
    view.events_list.setGeometry(0, 0, 1, 1)
    steps = _paints_per_step(qtbot, view)
    assert all("timeline_events_in_view" in s for s in steps)
    view.events_list.setGeometry(*tv.LIST_GEOMETRY)


def test_the_unpainted_list_is_still_read_by_a_screen_reader(qtbot, view):
    """Shown (not hidden), outside the picture, among the view's accessible children with the
    events in view as items, as visible to assistive technology as before."""
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    try:
        lst = view.events_list
        assert lst.isVisible() and not lst.isHidden()
        assert not lst.geometry().intersects(view.rect())
        iface = QAccessible.queryAccessibleInterface(view)
        names = [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())]
        assert "Events in view" in names
        spoken = iface.child(names.index("Events in view"))
        assert not spoken.state().invisible
        items = [spoken.child(i).text(QAccessible.Text.Name) for i in range(spoken.childCount())
                 if spoken.child(i).role() == QAccessible.Role.ListItem]
        assert items == [lst.item(i).text() for i in range(lst.count())] and items
    finally:
        QAccessible.setActive(was)


def test_the_picture_is_the_same_with_the_list_inside_or_outside(qtbot, view):
    outside = _pixels(view)
    view.events_list.setGeometry(0, 0, 1, 1)
    view._painter.invalidate()
    inside = _pixels(view)
    view.events_list.setGeometry(*tv.LIST_GEOMETRY)
    assert np.array_equal(outside, inside)
