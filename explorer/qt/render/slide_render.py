"""Drawing a ``Slide`` onto any paint device: PNG (crisp at 1×–4×), SVG and PDF (vector, text as text).

One composition serves every format: the handling marking at the top and bottom, title, subtitle,
warnings, the content (a live chart, table, timeline or text), the source line and the date. It is
laid out at the slide's logical size and painted with ``QWidget.render``; the PNG gets a device
pixel ratio instead of a bigger layout, so text and legends scale with the picture (pyqtgraph's own
ImageExporter does not, see docs/dependencies.md). The receipt goes into each file's metadata.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPoint, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPageLayout, QPageSize, QPalette, QPdfWriter, QPixmap
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from explorer import __version__
from explorer.export.slides import Slide
from explorer.export.view_state import RECEIPT_KEY
from explorer.qt.fonts import EXPORT_FAMILY, export_font

MARKING_COLOUR = "#B00020"
TEXT = "#1F2328"
MUTED = "#57606A"
_XMP_RECEIPT_RE = re.compile(rb"<be:receipt>([A-Za-z0-9+/=\s]+)</be:receipt>")


class SlideCanvas(QWidget):
    """A slide laid out at ``size`` (logical pixels), white, in the export font."""

    def __init__(self, slide: Slide, content: QWidget | None, size: QSize) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.setAutoFillBackground(True)
        pal = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            pal.setColor(role, QColor("#FFFFFF"))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
        self.setPalette(pal)
        self.resize(size)
        h = size.height()
        unit = max(h / 1080.0, 0.45)  # type scale: 1080 px tall = 1
        self.setFont(export_font(int(20 * unit)))

        layout = QVBoxLayout(self)
        margin = int(48 * unit)
        layout.setContentsMargins(margin, int(18 * unit), margin, int(18 * unit))
        layout.setSpacing(int(8 * unit))

        def label(text: str, px: int, *, bold: bool = False, colour: str = TEXT,
                  align=Qt.AlignmentFlag.AlignLeft, rich: bool = False) -> QLabel:
            lab = QLabel(self)
            lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
            lab.setText(text)
            lab.setFont(export_font(int(px * unit), bold))
            lab.setStyleSheet(f"color: {colour};")
            lab.setWordWrap(True)
            lab.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            return lab

        marking = slide.marking.strip()
        if marking:
            layout.addWidget(label(marking, 22, bold=True, colour=MARKING_COLOUR,
                                   align=Qt.AlignmentFlag.AlignHCenter))
        if slide.kind == "title":
            layout.addStretch(2)
        layout.addWidget(label(slide.title, 60 if slide.kind == "title" else 44, bold=True))
        if slide.subtitle:
            layout.addWidget(label(slide.subtitle, 28 if slide.kind == "title" else 22, colour=MUTED))
        warnings = slide.spec.warnings if slide.spec is not None else ()
        if warnings:
            warn = label("<br>".join("⚠ " + escape(w) for w in warnings[:3]), 18, colour="#6B4500",
                         rich=True)
            warn.setStyleSheet("color: #6B4500; background: #FFF4D6; padding: 6px;")
            layout.addWidget(warn)
        if content is not None:
            content.setParent(self)
            content.setFont(export_font(int(20 * unit)))
            content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            layout.addWidget(content, 1)
        elif slide.paragraphs:
            body = label("".join(f"<p>{escape(p)}</p>" for p in slide.paragraphs),
                         26 if slide.kind != "sources" else 16, rich=True)
            body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(body, 1)
        else:
            layout.addStretch(1)
        if slide.kind == "title":
            layout.addStretch(3)
        footer = QHBoxLayout()
        if slide.source_line:
            footer.addWidget(label(slide.source_line, 16, colour=MUTED), 1)
        else:
            footer.addStretch(1)
        footer.addWidget(label(slide.date, 16, colour=MUTED, align=Qt.AlignmentFlag.AlignRight))
        layout.addLayout(footer)
        if marking:
            layout.addWidget(label(marking, 22, bold=True, colour=MARKING_COLOUR,
                                   align=Qt.AlignmentFlag.AlignHCenter))

    def settle(self, flush: Callable[[], None] | None = None) -> None:
        """Lay everything out at the final size before painting (hidden: never on screen)."""
        self.show()
        for _ in range(3):
            QApplication.processEvents()
            if flush is not None:
                flush()
        self.layout().activate()


def render_png(canvas: SlideCanvas, scale: int, *, title: str, marking: str, receipt_json: str) -> bytes:
    size = canvas.size()
    image = QImage(size.width() * scale, size.height() * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("#FFFFFF"))
    _paint(canvas, image)
    image.setText("Title", title)
    image.setText("Software", f"Briefing Explorer {__version__}")
    if marking:
        image.setText("Classification", marking)
    image.setText(RECEIPT_KEY, receipt_json)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("the PNG could not be encoded")
    buffer.close()
    return bytes(data)


def render_svg(canvas: SlideCanvas, *, title: str, marking: str, receipt_json: str) -> bytes:
    size = canvas.size()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buffer)
    gen.setSize(size)
    gen.setViewBox(QRect(0, 0, size.width(), size.height()))
    gen.setResolution(96)
    gen.setTitle(title)
    # <desc> holds the marking and, on its own line, the receipt (base64: no XML escaping issues).
    gen.setDescription(f"{marking}\n{RECEIPT_KEY}: {_b64(receipt_json)}")
    _paint(canvas, gen)
    buffer.close()
    return bytes(data)


def render_pdf(canvases: list[SlideCanvas], *, title: str, marking: str, receipt_json: str) -> bytes:
    """One page per canvas, each page the canvas' size at 96 dpi (the layout-preserving resolution)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(96)
    writer.setTitle(title)
    writer.setCreator(f"Briefing Explorer {__version__}")
    writer.setAuthor("Briefing Explorer")
    writer.setDocumentXmpMetadata(_xmp(title, marking, receipt_json))
    painter: QPainter | None = None
    try:
        for canvas in canvases:
            size = canvas.size()
            page = QPageSize(QSizeF(size.width() / 96.0, size.height() / 96.0), QPageSize.Unit.Inch,
                             "slide", QPageSize.SizeMatchPolicy.ExactMatch)
            writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait,
                                             QMarginsF(0, 0, 0, 0)))
            if painter is None:
                painter = QPainter(writer)
            else:
                writer.newPage()
            canvas.render(painter, QPoint(0, 0))
    finally:
        if painter is not None:
            painter.end()
    buffer.close()
    return bytes(data)


def picture_png(widget: QWidget, size: QSize, scale: int = 2) -> bytes:
    """A widget (e.g. the timeline) as PNG bytes, for formats that take pictures (PowerPoint)."""
    widget.resize(size)
    image = QImage(size.width() * scale, size.height() * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("#FFFFFF"))
    _paint(widget, image)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def pixmap_label(png: bytes) -> QLabel:
    """A label showing PNG bytes scaled to fit, keeping its aspect ratio."""
    pix = QPixmap()
    pix.loadFromData(png, "PNG")
    lab = _ScaledPicture(pix)
    return lab


class _ScaledPicture(QLabel):
    def __init__(self, pixmap: QPixmap) -> None:
        super().__init__()
        self._pixmap = pixmap
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(1, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._pixmap.isNull():
            self.setPixmap(self._pixmap.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))


def table_label(spec, px: int) -> QLabel:
    """The chart's table as a rich-text label (vector in SVG/PDF, text as text)."""
    header, rows = spec.table()
    cell = "padding: 6px 10px; border-bottom: 1px solid #D0D7DE;"
    html = [f"<table cellspacing='0' style='font-family: \"{EXPORT_FAMILY}\"; font-size: {px}px;'>",
            "<tr>" + "".join(f"<th align='left' style='{cell}'>{escape(h)}</th>" for h in header)
            + "</tr>"]
    for row in rows:
        html.append("<tr>" + "".join(f"<td style='{cell}'>{escape(c)}</td>" for c in row) + "</tr>")
    html.append("</table>")
    lab = QLabel("".join(html))
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    lab.setWordWrap(True)
    return lab


def _paint(widget: QWidget, device) -> None:
    """Paint ``widget`` (and children) onto ``device``; the painter always ends, even on error."""
    painter = QPainter(device)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _xmp(title: str, marking: str, receipt_json: str) -> QByteArray:
    esc = escape
    xml = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:be="urn:briefing-explorer:receipt:1">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{esc(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:subject><rdf:Bag><rdf:li>{esc(marking)}</rdf:li></rdf:Bag></dc:subject>
   <pdf:Keywords>{esc(marking)}</pdf:Keywords>
   <pdf:Producer>Briefing Explorer {__version__}</pdf:Producer>
   <be:receipt>{_b64(receipt_json)}</be:receipt>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return QByteArray(xml.encode("utf-8"))


def receipt_from_png(data: bytes) -> str:
    image = QImage()
    if not image.loadFromData(data, "PNG"):
        return ""
    return image.text(RECEIPT_KEY)


def receipt_from_svg(data: bytes) -> str:
    m = re.search(rf"{RECEIPT_KEY}: ([A-Za-z0-9+/=]+)".encode(), data)
    return base64.b64decode(m[1]).decode("utf-8") if m else ""


def receipt_from_pdf(data: bytes) -> str:
    m = _XMP_RECEIPT_RE.search(data)
    return base64.b64decode(re.sub(rb"\s", b"", m[1])).decode("utf-8") if m else ""
