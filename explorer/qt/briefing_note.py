"""The one-page briefing note: charts drawn at 300 dpi, then written as Word (.docx) or PDF.

The content comes from ``explorer.export.briefing_note`` (Qt-free) and the Word layout from
``explorer.export.docx_writer``; this module only does what needs Qt: drawing each chart with the
same ``ChartView`` the window and the slides use, and laying the same note out as a PDF (or onto a
printer) with a ``QTextDocument``, the marking painted at the top and bottom of every page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from explorer import __version__
from explorer.atomic_write import write_atomic
from explorer.data.pack import Pack
from explorer.data.problems import PackInvalid
from explorer.export.briefing_note import BriefingNote, NoteFigure, build_note
from explorer.export.view_state import ViewError, ViewState
from explorer.qt.fonts import EXPORT_FAMILY, register_fonts
from explorer.qt.render import slide_render as sr

DPI = 300
CHART_HEIGHT_IN = 2.5
CHART_FONT_PX = 18  # on a 900-pixel-wide chart printed 6 in wide: about 8.5 pt
NOTE_FORMATS = ("docx", "pdf")
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
DOC_DPI = 96.0  # the QTextDocument is laid out in 96-dpi pixels and scaled onto the device
MARGIN_MM = 18.0
BAND_PX = 30.0  # the marking band at the top and bottom of a page, in document pixels
MARKING_COLOUR = sr.MARKING_COLOUR
INK = sr.INK  # the note is printed: always the light theme


# -- content ----------------------------------------------------------------------------------------

def chart_png(fig: NoteFigure, width_in: float | None = None) -> bytes:
    """The figure's chart drawn by ``ChartView`` at 300 dpi (``width_in`` × 2.9 in)."""
    from explorer.qt.views.chart_view import ChartView

    width_in = width_in or fig.width_in
    scale = 2
    size = QSize(round(width_in * DPI / scale), round(CHART_HEIGHT_IN * DPI / scale))
    chart = ChartView()
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    try:
        chart.set_export_style(CHART_FONT_PX)
        chart.set_spec(fig.spec)
        chart.resize(size)
        chart.show()
        for _ in range(3):
            QApplication.processEvents()
            chart.flush()
        return sr.picture_png(chart, size, scale)
    finally:
        chart.close()
        chart.deleteLater()


def with_charts(note: BriefingNote) -> BriefingNote:
    """The note with every chart figure drawn (tables stay tables)."""
    figures = tuple(replace(f, png=chart_png(f)) if f.kind == "chart" else f for f in note.figures)
    return replace(note, figures=figures)


def note_receipt(title: str, items, marking: str, paper: str,
                 packs: dict[str, Pack] | None = None) -> dict:
    """What makes the note again: the briefing as BRIEFING.json holds it, and the options; pack
    folders and search words only where the user allows it (``exporting.receipt_view``)."""
    from explorer.qt import exporting

    keep = exporting.location_allowed()
    views = [exporting.receipt_view(v, keep) for v, _t, _p in items]
    left_out = sorted({f"briefing.items[{i}].{x}" for i, (_k, left) in enumerate(views) for x in left})
    cache = packs if packs is not None else {}
    try:
        identities = [exporting._identity(v, exporting.load_view_pack(v, cache)) for v, _t, _p in items]
    except (PackInvalid, ViewError):  # building the note says which item and why
        identities = []
    return {"briefing_note": 1, "paper": paper, **({"left_out": left_out} if left_out else {}),
            "packs": identities,  # each item's pack by name, version and SHA-256
            "briefing": {"briefing": 1, "title": title, "marking": marking,
                         "items": [{"title": t, "talking_points": p, "view": kept.to_dict()}
                                   for (kept, _l), (_v, t, p) in zip(views, items)]}}


def make_note(title: str, items: list[tuple[ViewState, str, str]], *, marking: str, paper: str = "a4",
              packs: dict[str, Pack] | None = None, label_language: str = "en") -> BriefingNote:
    """The note for ``items`` without its pictures (no widget needed: runs on a worker thread), its
    data and fixed words in ``label_language`` ("en", "ja" or "both")."""
    from explorer.qt import exporting

    cache = packs if packs is not None else {}
    return build_note(title, items, marking=marking, paper=paper,
                      load_pack=lambda view: exporting.load_view_pack(view, cache),
                      receipt=note_receipt(title, items, marking, paper, cache),
                      label_language=label_language)


def note_format(out: str | Path) -> str:
    fmt = Path(out).suffix.lower().lstrip(".")
    if fmt not in NOTE_FORMATS:
        raise ViewError(QCoreApplication.translate(
            "NoteJob", "{file}: a briefing note is written as .docx or .pdf").format(file=out))
    return fmt


def write_note(note: BriefingNote, out: str | Path) -> Path:
    """Draw the charts and write ``note`` to ``out`` (.docx or .pdf), atomically."""
    return prepare_note(note, out)()


def prepare_note(note: BriefingNote, out: str | Path) -> Callable[[], Path]:
    """What needs the GUI thread of ``write_note`` (the charts drawn; a PDF laid out and painted),
    done now; returns the rest, which touches no widget: the Word file assembled and the file
    written (``write()`` returns its path). The export service runs that on the background runner."""
    out = Path(out)
    fmt = note_format(out)
    register_fonts()
    drawn = with_charts(note)
    if fmt == "docx":
        from explorer.export.docx_writer import note_docx_bytes

        thumbnail = note_thumbnail(drawn)

        def write_docx() -> Path:
            write_atomic(out, note_docx_bytes(drawn, thumbnail_png=thumbnail))
            return out
        return write_docx
    data = note_pdf_bytes(drawn)

    def write_pdf() -> Path:
        write_atomic(out, data)
        return out
    return write_pdf


def export_note(title: str, items, out: str | Path, *, marking: str = "", paper: str = "a4",
                packs: dict[str, Pack] | None = None, label_language: str = "en") -> Path:
    """A briefing (or one view) as a one-page note in ``out`` (.docx or .pdf)."""
    from explorer.qt import exporting

    marking = exporting.effective_marking(marking)
    exporting.require_marking_if_set(marking)
    note_format(out)
    return write_note(make_note(title, items, marking=marking, paper=paper, packs=packs,
                                label_language=label_language), out)


# -- the same note as a text document (PDF and printing) ---------------------------------------------

def _px(pt: float) -> str:
    return f"{pt * DOC_DPI / 72:.1f}px"


def note_html(note: BriefingNote) -> str:
    """The note's body as the HTML subset QTextDocument lays out (text stays text in the PDF)."""
    e = escape
    muted = INK.muted_text
    h1 = f"font-size:{_px(12)}; font-weight:bold; color:{INK.heading_text}; margin-top:10px; margin-bottom:3px;"
    h2 = f"font-size:{_px(10.5)}; font-weight:bold; color:{INK.heading_text}; margin-top:4px; margin-bottom:2px;"
    small = f"font-size:{_px(8)}; margin-top:0; margin-bottom:1px;"
    cap = f"font-size:{_px(8)}; color:{muted}; margin-top:1px; margin-bottom:1px;"
    say = note.phrase  # the fixed words in the note's label language, as the Word note has them
    out = [f"<p style='font-size:{_px(20)}; margin:0;'>{e(note.title)}</p>",
           f"<p style='font-size:{_px(11)}; color:{muted}; margin-top:0; margin-bottom:4px;'>"
           f"{e(say('Briefing note · {date}', date=note.date))}</p>",
           f"<p style='{h1}'>{e(say('Talking points'))}</p>"]
    if note.talking_points:
        for item_title, lines in note.talking_points:
            if len(note.talking_points) > 1:
                out.append(f"<p style='{h2}'>{e(item_title)}</p>")
            out.append("<ul style='margin-top:0; margin-bottom:0; margin-left:-20px;'>"
                       + "".join(f"<li>{e(ln)}</li>" for ln in lines) + "</ul>")
    else:
        out.append(f"<p>{e(say('No talking points were written for this briefing.'))}</p>")
    if note.events:
        out.append(f"<p style='{h1}'>{e(say('Events'))}</p>")
        header = tuple(say(h) for h in ("Date", "Event", "Status", "Parties", "Sources"))
        rows = [(ev.date, ev.title, ev.status, ev.parties, ev.markers) for ev in note.events]
        out.append(_html_table(header, rows, small, widths=(15, 40, 12, 21, 12)))
        if note.events_line:
            out.append(f"<p style='{cap}'>{e(note.events_line)}</p>")
    for fig in note.figures:
        out.append(f"<p style='{h1}'>{e(say('Figure {number}. {title}', number=fig.number, title=fig.title))}"
                   "</p>")
        for w in fig.spec.warnings:
            out.append(f"<p style='font-size:{_px(9.5)}; font-weight:bold; color:{INK.warning_text}; "
                       "margin-top:0; margin-bottom:2px;'>"
                       f"⚠ {e(w)}</p>")
        if fig.kind == "chart" and fig.png:
            out.append(f"<p align='center' style='margin:0;'><img src='note://figure{fig.number}.png' "
                       f"width='{round(fig.width_in * DOC_DPI)}' "
                       f"height='{round(CHART_HEIGHT_IN * DOC_DPI)}'></p>")
        else:
            fig_header, fig_rows = fig.spec.table()
            out.append(_html_table(fig_header, fig_rows, small))
        markers = " ".join(m for m, _line in fig.spec.sources)
        caption = " ".join(p for p in (fig.subtitle, say("Sources: {markers}.", markers=markers)
                                       if markers else "") if p)
        if caption:
            out.append(f"<p style='{cap}'>{e(caption)}</p>")
        out += [f"<p style='{cap}'>{e(n)}</p>" for n in fig.spec.footnotes]
    if note.left_out:
        out.append(f"<p style='{cap}'>"
                   f"{e(say('Also in this briefing, not shown on this page: {items}.', items='; '.join(note.left_out)))}"
                   "</p>")
    out.append(f"<p style='{h1}'>{e(say('Sources'))}</p>")
    source_lines = [f"{m} {line}" for m, line in note.sources] or [
        say("No sources are cited by what this note shows.")]
    if note.packs:
        source_lines.append(say("Figures and events from the pack {packs}.", packs="; ".join(note.packs)))
    out += [f"<p style='{small}'>{e(ln)}</p>" for ln in source_lines]
    return "\n".join(out)


def _html_table(header, rows, style: str, widths=None) -> str:
    e = escape
    w = widths or (None,) * len(header)
    head = "".join(f"<th align='left' bgcolor='{INK.gutter}'"
                   + (f" width='{pc}%'" if pc else "") + f">{e(h)}</th>" for h, pc in zip(header, w))
    body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (f"<table width='100%' border='1' cellspacing='0' cellpadding='3' "
            f"style='{style} border-collapse:collapse; border-color:{INK.axis};'>"
            f"<thead><tr>{head}</tr></thead>{body}</table>")


def note_document(note: BriefingNote) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(EXPORT_FAMILY)
    font.setPixelSize(round(10 * DOC_DPI / 72))
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    for fig in note.figures:
        if fig.png:
            image = QImage()
            # PySide6 6.10 takes the format as str at run time (bytes raise ValueError); stubs say bytes.
            image.loadFromData(fig.png, "PNG")  # type: ignore[arg-type]
            doc.addResource(QTextDocument.ResourceType.ImageResource,
                            QUrl(f"note://figure{fig.number}.png"), image)
    doc.setHtml(note_html(note))
    return doc


def page_layout(paper: str, orientation=QPageLayout.Orientation.Portrait) -> QPageLayout:
    return QPageLayout(QPageSize(PAGE_SIZES[paper]), orientation,
                       QMarginsF(MARGIN_MM, MARGIN_MM - 6, MARGIN_MM, MARGIN_MM - 6),
                       QPageLayout.Unit.Millimeter)


def page_footer(note: BriefingNote, page: int, pages: int) -> str:
    """"{title} · {date} · page 1 of 2" in the note's label language (as the Word note's footer)."""
    return (note.phrase("{title} · {date} · page ", title=note.title, date=note.date)
            + f"{page}{note.phrase(' of ')}{pages}{note.phrase('{pages}')}")


def paint_document(doc: QTextDocument, device: QPagedPaintDevice, *, marking: str,
                   footer) -> int:
    """Lay ``doc`` out page by page on ``device`` (PDF writer or printer), the marking at the top
    and bottom of every page and ``footer(page, pages)`` (or "``footer`` · page N of M") below;
    returns the number of pages."""
    scale = device.logicalDpiX() / DOC_DPI
    width = device.width() / scale
    height = device.height() / scale
    body = QRectF(0, BAND_PX, width, height - 2 * BAND_PX)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    pages = doc.pageCount()
    painter = QPainter(device)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(scale, scale)
        for page in range(pages):
            if page:
                device.newPage()
            _paint_page(painter, doc, page, pages, body, marking, footer)
    finally:
        painter.end()
    return pages


def _paint_page(painter: QPainter, doc: QTextDocument, page: int, pages: int, body: QRectF,
                marking: str, footer) -> None:
    """One page of ``doc`` (already paged to ``body``), in document pixels."""
    painter.save()
    painter.translate(0, BAND_PX - page * body.height())
    doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
    painter.restore()
    line = footer(page + 1, pages) if callable(footer) else f"{footer} · page {page + 1} of {pages}"
    _bands(painter, body.width(), body.height() + 2 * BAND_PX, marking, line)


def note_thumbnail(note: BriefingNote, width_px: int = 256) -> bytes:
    """The note's first page as a small PNG (the preview file managers and Word show)."""
    layout = page_layout(note.paper)
    paper = layout.fullRectPoints()
    margins = layout.marginsPoints()
    k = DOC_DPI / 72
    full_w, full_h = paper.width() * k, paper.height() * k
    body = QRectF(0, BAND_PX, (paper.width() - margins.left() - margins.right()) * k,
                  (paper.height() - margins.top() - margins.bottom()) * k - 2 * BAND_PX)
    doc = note_document(note)
    doc.setPageSize(body.size())
    scale = width_px / full_w
    image = QImage(width_px, round(full_h * scale), QImage.Format.Format_RGB32)
    image.fill(QColor(INK.surface))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(scale, scale)
        painter.translate(margins.left() * k, margins.top() * k)
        _paint_page(painter, doc, 0, doc.pageCount(), body, note.marking,
                    lambda page, pages: page_footer(note, page, pages))
    finally:
        painter.end()
    return sr.encode_image(image)


def _bands(painter: QPainter, width: float, height: float, marking: str, footer: str) -> None:
    font = QFont(EXPORT_FAMILY)
    if marking:
        font.setPixelSize(13)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(MARKING_COLOUR))
        top = QRectF(0, 0, width, BAND_PX * 0.7)
        bottom = QRectF(0, height - BAND_PX, width, BAND_PX * 0.55)
        painter.drawText(top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, marking)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, marking)
    font.setPixelSize(10)
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(QColor(sr.MUTED))
    painter.drawText(QRectF(0, height - BAND_PX * 0.45, width, BAND_PX * 0.45),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, footer)


def paint_note(note: BriefingNote, device: QPagedPaintDevice) -> int:
    return paint_document(note_document(note), device, marking=note.marking,
                          footer=lambda page, pages: page_footer(note, page, pages))


def note_pdf_bytes(note: BriefingNote) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(page_layout(note.paper))
    writer.setTitle(note.title)
    writer.setCreator(f"Briefing Explorer {__version__}")
    writer.setAuthor("Briefing Explorer")
    sources = [f"{m} {line}" for m, line in note.sources]
    writer.setDocumentXmpMetadata(sr.pdf_xmp(note.title, note.marking, note.receipt_json, sources,
                                             note.keywords()))
    paint_note(note, writer)
    buffer.close()
    return sr.with_pdf_info(bytes(data.data()), title=note.title, marking=note.marking,
                            keywords=note.keywords())
