"""How exports render (issue 16): the chart is painted once per file, into the file, never also in
hidden event-loop turns; what is written is the same picture however the renderer got there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QGraphicsView

from explorer.export.view_state import ExportOptions, ViewState
from explorer.qt import exporting
from explorer.state.comparison_setup import ComparisonSetup

TRADE = ViewState(view="chart", comparison=ComparisonSetup(
    indicator_id="goods_exports", basis="converted", currency="USD", chart="bar"))


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.chart_paints = 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(obj.parent(), QGraphicsView):
            self.chart_paints += 1
        return False


def test_a_chart_export_paints_the_chart_once(qapp, tmp_path):
    counter = _PaintCounter()
    QApplication.instance().installEventFilter(counter)
    try:
        for fmt in ("png", "svg", "pdf"):
            counter.chart_paints = 0
            exporting.export_view(TRADE, ExportOptions.make(fmt, "1280x720"), tmp_path / f"c.{fmt}")
            assert counter.chart_paints == 1, fmt  # into the file; hidden turns used to paint it 3x
    finally:
        QApplication.instance().removeEventFilter(counter)


def test_the_marking_follows_the_settings_file_between_exports(qapp, tmp_path):
    """The settings are read once per change of the file, not once per question: a marking set,
    changed or removed between two exports is the one the next export carries."""
    from PySide6.QtGui import QImage

    from explorer.userdata.settings import Settings

    options = ExportOptions.make("png", "1280x720")
    for i, marking in enumerate(("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "")):
        settings = Settings()
        settings.set("export_marking", marking)
        settings.save()
        out = exporting.export_view(TRADE, options, tmp_path / f"m{i}.png")
        assert QImage(str(out)).text("Classification") == marking
    settings = Settings()
    settings.set("marking_required", True)
    settings.save()
    import pytest

    with pytest.raises(exporting.MarkingRequired):
        exporting.export_view(TRADE, options, tmp_path / "refused.png")
