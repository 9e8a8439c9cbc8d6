"""File ▸ Print… and Briefing ▸ Print briefing…: the slides the PDF export composes, on paper.

A view (chart, table, timeline, event) prints as the pages its PDF export draws (the slide, then
its appendix if any), scaled to the page; a briefing prints every item, one slide per page. The slide composition carries the handling
marking at its top and bottom, so every printed page does. Pages are built once when the preview
opens and painted again whenever the preview (or the printer) asks; they are freed when it closes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter, QPicture
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QWidget

from explorer.data.pack import Pack
from explorer.export.view_state import ExportOptions, ViewError, ViewState
from explorer.qt.fonts import register_fonts
from explorer.qt.render import slide_render as sr

SLIDE_SIZE = QSize(1920, 1080)


class PrintPages:
    """Slides laid out for printing, one per page; ``paint(printer)`` draws them all."""

    def __init__(self, title: str, canvases: list[sr.SlideCanvas]) -> None:
        self.title = title
        self.canvases = canvases

    def paint(self, printer: QPrinter) -> int:
        """Every slide on its own landscape page, scaled to fit, centred; returns the page count."""
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self.title)
        painter = QPainter(printer)
        try:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing
                                   | QPainter.RenderHint.TextAntialiasing)
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            for i, canvas in enumerate(self.canvases):
                if i:
                    printer.newPage()
                # QWidget.render onto a printer goes through a pixmap (text becomes pixels);
                # recorded into a QPicture and replayed, the text stays text.
                picture = QPicture()
                recorder = QPainter(picture)
                canvas.render(recorder, QPoint(0, 0))
                recorder.end()
                size = canvas.size()
                k = min(page.width() / size.width(), page.height() / size.height())
                dpi_ratio = printer.logicalDpiX() / picture.logicalDpiX()  # drawPicture scales by it
                painter.save()
                painter.translate((page.width() - size.width() * k) / 2,
                                  (page.height() - size.height() * k) / 2)
                painter.scale(k / dpi_ratio, k / dpi_ratio)
                painter.drawPicture(0, 0, picture)
                painter.restore()
        finally:
            painter.end()
        return len(self.canvases)

    def close(self) -> None:
        for canvas in self.canvases:
            canvas.close()
            canvas.deleteLater()
        self.canvases = []


def _canvases(view: ViewState, pack: Pack, marking: str) -> list[sr.SlideCanvas]:
    """The pages the PDF export draws for a view: its slide, then its appendix (e.g. the events a
    timeline could not label) on a page of its own."""
    from explorer.qt import exporting

    options = ExportOptions.make("pdf", f"{SLIDE_SIZE.width()}x{SLIDE_SIZE.height()}", 1, marking)
    slide, content, _spec = exporting.build_slide(view, pack, options)
    return exporting.page_canvases(slide, content, options)


def view_pages(view: ViewState, pack: Pack, *, marking: str) -> PrintPages:
    """The current view as the slide its PDF export draws."""
    from explorer.qt import exporting

    marking = exporting.effective_marking(marking)
    exporting.require_marking_if_set(marking)
    register_fonts()
    return PrintPages(view.title or "Briefing Explorer", _canvases(view, pack, marking))


def briefing_pages(title: str, items: list[tuple[ViewState, str, str]], *, marking: str,
                   packs: dict[str, Pack] | None = None) -> PrintPages:
    """Every item of a briefing, one slide per page (the item's title on its slide; an item's
    appendix, if it has one, on the next page, as in the PDF deck)."""
    from explorer.qt import exporting

    marking = exporting.effective_marking(marking)
    exporting.require_marking_if_set(marking)
    register_fonts()
    cache = packs if packs is not None else {}
    canvases: list[sr.SlideCanvas] = []
    try:
        for i, (view, item_title, _points) in enumerate(items):
            try:
                pack = exporting.load_view_pack(view, cache)
                canvases += _canvases(replace(view, title=item_title or view.title), pack, marking)
            except ViewError as e:
                raise ViewError(f"items[{i}] ({item_title or view.view}): {e}") from None
    except BaseException:
        PrintPages(title, canvases).close()
        raise
    return PrintPages(title or QCoreApplication.translate("printing", "Briefing"), canvases)


def open_preview(parent: QWidget, pages: PrintPages) -> QPrintPreviewDialog:
    """A print preview of ``pages`` (opened, never exec'd); the pages are freed when it closes."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(pages.title)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print preview — {title}").format(
        title=pages.title))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.paintRequested.connect(pages.paint)
    dialog.finished.connect(lambda _result: pages.close())
    dialog._printer = printer  # type: ignore[attr-defined]  # the dialog uses it until it closes
    dialog._pages = pages  # type: ignore[attr-defined]
    dialog.open()
    QApplication.processEvents()
    return dialog
