"""Shared set-up for widget tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from explorer.data.pack_loader import load_pack
from explorer.state.session import Session
from tests.packs import write_pack


def session_on_test_pack(tmp_path, notes=None) -> Session:
    session = Session(notes=notes)
    session.open_pack(load_pack(write_pack(tmp_path / "pack")))
    return session


def comparison_panel_on(qtbot, pack, width: int = 1000, height: int = 700, indicator: str | None = None):
    """A Compare panel shown at ``width`` × ``height`` on ``pack`` (the default pack when None), with
    ``indicator`` compared if given ("" = the pack's first): (session, panel)."""
    from explorer.paths import default_pack_path
    from explorer.qt.views.comparison_panel import ComparisonPanel

    session = Session()
    panel = ComparisonPanel(session)
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)
    session.open_pack(pack if pack is not None else load_pack(default_pack_path()))
    if indicator is not None:
        assert session.pack is not None
        chosen = indicator or str(session.pack.indicators["id"].iat[0])
        session.set_comparison(origin="test", indicator_id=chosen)
    return session, panel


def linked_comparison_on(qtbot, pack, indicator: str):
    """A Compare panel on ``pack`` comparing ``indicator`` with "Link time axes" on, and the linked
    steps the tests walk (a quarter of the chart's span, from a third in): pans of 10 % of it
    and two zooms. (session, panel, pans, zooms)."""
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    panel.set_link_time_axes(True)
    panel.flush()
    lo, hi = panel.chart_view.x_range()
    span = (hi - lo) / 4
    start = lo + (hi - lo) / 3
    pans = [(start + span * 0.1 * i, start + span + span * 0.1 * i) for i in (0, 1, 2, 1)]
    zooms = [(start - span / 2, start + span * 1.5), (start + span / 4, start + span * 0.75)]
    return session, panel, pans, zooms

def filter_and_settle(session: Session, panel, lo: str, hi: str, partners=()) -> None:
    """A date filter from year ``lo`` to ``hi`` (and ``partners``, if any) set as the filter bar
    sets it, then the Compare ``panel`` flushed and the events it posted run."""
    from PySide6.QtWidgets import QApplication

    from explorer.domain.dates import parse_bound

    session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                       day_to=parse_bound(hi, upper=True),
                       partners=frozenset(partners) if partners else frozenset())
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()


class PaintRecorder(QObject):
    """Paint events per watched widget (``widgets``: name -> widget): how many (``counts``) and the
    rectangle each asked to repaint (``regions``)."""

    def __init__(self, widgets: dict) -> None:
        super().__init__()
        self.names = {id(w): name for name, w in widgets.items()}
        self.counts: dict[str, int] = {}
        self.regions: dict[str, list] = {}
        for w in widgets.values():
            w.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            name = self.names.get(id(watched))
            if name is not None:
                self.counts[name] = self.counts.get(name, 0) + 1
                self.regions.setdefault(name, []).append(event.region().boundingRect())
        return False


def idle(qtbot) -> None:
    """Three turns of the event loop, 5 ms apart: posted paints and zero-time timers run."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(5)


def on_screen(widget):
    """``widget``'s pixels as the window holds them (what was painted, not a fresh paint), as an
    RGB32 ``QImage``."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage

    window = widget.window()
    at = widget.mapTo(window, QPoint(0, 0))
    shot = window.windowHandle().screen().grabWindow(window.winId(), at.x(), at.y(),
                                                     widget.width(), widget.height())
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def assert_same_shots(shots: list, others: list) -> None:
    """Two walks' pictures: as many, and each equal to its counterpart pixel for pixel."""
    assert len(shots) == len(others)
    for i, (a, b) in enumerate(zip(shots, others)):
        assert a == b, f"shot {i} differs"
