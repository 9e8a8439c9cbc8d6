"""Qt pieces shared by the widget scenarios: the application, frames rendered into an image.

Imported only by scenarios that need Qt, inside their worker process (offscreen platform).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

FRAME_SIZE = QSize(1600, 900)


def qt_app() -> QApplication:
    """The process's QApplication, set up as the app's composition root does (fonts registered)."""
    from explorer.qt.fonts import register_fonts

    app = QApplication.instance() or QApplication(["benchmarks"])
    register_fonts()
    return app


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
