"""Qt pieces shared by the widget scenarios: the application, frames rendered into an image.

Imported only by scenarios that need Qt, inside their worker process (offscreen platform).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

FRAME_SIZE = QSize(1600, 900)


def qt_app() -> QApplication:
    """The process's QApplication, set up as the app's composition root does (fonts registered,
    the cyclic garbage collector run between events only)."""
    from explorer.qt import collector
    from explorer.qt.fonts import register_fonts

    app = QApplication.instance() or QApplication(["benchmarks"])
    collector.start(app)
    register_fonts()
    _apply_the_apps_look(app)
    return app


def _apply_the_apps_look(app: QApplication) -> None:
    """The look every user has: theme, palette, text size and ``LookStyle`` (a Python proxy style
    that every widget paint goes through), applied as ``explorer.qt.app`` does at start-up, with
    the default preferences. Without it the window was measured on Qt's plain C++ style, which
    no user gets (0.5–4 ms less per filter change at XS and S)."""
    from explorer.qt.look_style import LookStyle
    from explorer.qt.theme_apply import apply_look

    if not isinstance(app.style(), LookStyle):
        apply_look(app, None)  # None: every preference at its default


def plain_style(widget: QWidget) -> QWidget:
    """Draw a naive baseline and its children with the base style under the app's look: a first
    version would use Qt's own style, not pay for ours (a widget's style is not inherited by its
    children, so each gets it)."""
    from explorer.qt.look_style import LookStyle

    style = QApplication.style()
    # ``plain()``, not ``baseStyle()``: a base style under a proxy calls back into the proxy
    base = style.plain() if isinstance(style, LookStyle) else style
    for w in (widget, *widget.findChildren(QWidget)):
        w.setStyle(base)
    return widget


def settle() -> None:
    """Deliver posted events (deferred redraws, queued signals, deletions) before a timed step."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    paint_pending()


def paint_pending() -> None:
    """One event-loop turn of painting: queued scene updates, then the window's update request,
    which paints every widget marked dirty exactly once (as the event loop would)."""
    app = QApplication.instance()
    app.processEvents()
    app.processEvents()


def frame_image(size: QSize = FRAME_SIZE) -> QImage:
    return QImage(size, QImage.Format.Format_ARGB32_Premultiplied)


def render_frame(widget: QWidget, image: QImage) -> None:
    """Paint ``widget`` (and its children) into ``image``: one frame, as the screen would get it.

    ``QWidget.render`` is called unbound: QGraphicsView overloads ``render`` for its scene.
    """
    image.fill(QColor("white"))
    QWidget.render(widget, image)


def show_at(widget: QWidget, size: QSize = FRAME_SIZE) -> QWidget:
    widget.resize(size)
    widget.show()
    settle()
    return widget


def show_every_panel(window) -> None:
    """Untab the Compare dock and put it beside the Events dock: all four panels on screen."""
    window.removeDockWidget(window.compare_dock)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.compare_dock)
    window.splitDockWidget(window.table_dock, window.compare_dock, Qt.Orientation.Horizontal)
    window.compare_dock.show()
    window.resizeDocks([window.table_dock, window.compare_dock], [700, 1100], Qt.Orientation.Horizontal)
    settle()
    hidden = [p.objectName() for p in (window.filter_bar, window.table, window.timeline,
                                        window.comparison) if p.visibleRegion().isEmpty()]
    if hidden:
        raise RuntimeError(f"panels not on screen: {', '.join(hidden)}")


# -- honest clocks: to idle -------------------------------------------------------------------------

_WORK_EVENTS = None  # QEvent types that mean "the app still had work this turn"


def _work_events() -> frozenset:
    global _WORK_EVENTS
    if _WORK_EVENTS is None:
        T = QEvent.Type
        _WORK_EVENTS = frozenset(int(t.value) for t in (
            T.Paint, T.UpdateRequest, T.UpdateLater, T.LayoutRequest, T.MetaCall, T.Timer,
            T.DeferredDelete, T.Polish, T.PolishRequest, T.Resize, T.Move, T.Show, T.Hide))
    return _WORK_EVENTS


class IdleWatcher(QObject):
    """Times a user action TO IDLE: ``to_idle()`` processes events until a whole event-loop turn
    delivers no paint, update request, layout request, queued call, timer or deferred deletion,
    and no zero-time timer (a deferred rebuild or redraw) nor any timer named in ``wait_for``
    (e.g. the search field's debounce, which the user waits for) is still active.

    The zero-time timers are looked for among the QTimer objects of every top-level widget, as
    before, but the list of those timers is kept between turns (walking every widget of every
    window with ``findChildren`` each turn cost ~1 ms per change at tier S, on ours and on the
    baseline alike, and more with both windows alive): it is made again whenever any object gains
    or loses a child (the ``ChildAdded`` / ``ChildRemoved`` events this filter already sees, so a
    timer created anywhere, in a new window too, is found) or a listed timer was deleted. Each
    turn then only asks the listed timers whether they are active with a zero interval.

    It also counts Paint events per panel (``panels``: name → widget; a paint of a child, such as
    a viewport, counts for its panel) so a scenario can report how often each panel painted per
    change. Installed application-wide, it costs a few microseconds per event, on ours and on the
    baselines alike.
    """

    def __init__(self, panels: dict[str, QWidget] | None = None) -> None:
        super().__init__()
        self.panels = dict(panels or {})
        self.work = 0
        self.paints: dict[str, int] = dict.fromkeys(self.panels, 0)
        self._owner: dict[int, str] = {}
        self._types = _work_events()
        self._paint = int(QEvent.Type.Paint.value)
        self._tree_changed = frozenset(int(t.value) for t in (QEvent.Type.ChildAdded,
                                                                 QEvent.Type.ChildRemoved))
        self._timers: list | None = None  # every top-level widget's QTimers; None: look again
        # A text document's blocks, frames and layout are its children: a details panel given a
        # new document adds dozens, and listing every window's timers again for each cost ~1 ms a
        # step at XS (step-11). Qt's text layout keeps no QTimer there (QBasicTimer, which
        # findChildren never found), and nothing of ours parents a QTimer to a document.
        from PySide6.QtGui import QTextDocument, QTextObject

        self._text_parts = (QTextDocument, QTextObject)
        QApplication.instance().installEventFilter(self)

    def close(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def _panel_of(self, widget) -> str | None:
        import shiboken6

        key = shiboken6.getCppPointer(widget)[0]  # id() of a transient wrapper can be reused
        if key in self._owner:
            return self._owner[key]
        found = None
        w = widget
        while w is not None:
            for name, panel in self.panels.items():
                if w is panel:
                    found = name
                    break
            if found is not None:
                break
            w = w.parentWidget() if isinstance(w, QWidget) else None
        self._owner[key] = found
        return found

    def eventFilter(self, watched, event) -> bool:
        t = int(event.type().value)
        if t in self._types:
            self.work += 1
            if t == self._paint and self.panels and isinstance(watched, QWidget):
                name = self._panel_of(watched)
                if name is not None:
                    self.paints[name] += 1
        elif t in self._tree_changed and not isinstance(watched, self._text_parts):
            self._timers = None  # a timer may have come or gone: list them again next turn
        return False

    def pending_zero_timers(self) -> list:
        """The active zero-interval QTimers of every top-level widget (a deferred rebuild or redraw
        that will run on the next turn)."""
        from PySide6.QtCore import QTimer

        for _attempt in range(2):
            if self._timers is None:
                app = QApplication.instance()
                self._timers = [t for w in app.topLevelWidgets() for t in w.findChildren(QTimer)]
            try:
                return [t for t in self._timers if t.isActive() and t.interval() == 0]
            except RuntimeError:  # a listed timer was deleted with its window: list them again
                self._timers = None
        return []

    def reset_paints(self) -> None:
        self.paints = dict.fromkeys(self.panels, 0)

    def to_idle(self, wait_for=(), max_s: float = 60.0) -> int:
        """Process events until idle (see the class); the number of turns it took."""
        import time

        from PySide6.QtCore import QEventLoop

        app = QApplication.instance()
        deadline = time.perf_counter() + max_s
        turns = 0
        while True:
            before = self.work
            app.sendPostedEvents()
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            turns += 1
            waiting = [t for t in wait_for if t.isActive()]
            zero = self.pending_zero_timers()
            if self.work == before and not waiting and not zero:
                return turns
            if time.perf_counter() > deadline:
                raise TimeoutError(f"not idle after {max_s:.0f} s")
            if self.work == before and waiting and not zero:
                # Only a delayed timer is pending: block until it (or anything else) fires.
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
