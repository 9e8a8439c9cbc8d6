"""Drawing a ``Slide`` onto any paint device: PNG (crisp at 1×–4×), SVG and PDF (vector, text as text).

One composition serves every format: the handling marking at the top and bottom, title, subtitle,
warnings, the content (a live chart, table, timeline or text), the source line and the date. It is
laid out at the slide's logical size and painted with ``QWidget.render``; the PNG gets a device
pixel ratio instead of a bigger layout, so text and legends scale with the picture (pyqtgraph's own
ImageExporter does not, see docs/dependencies.md). The receipt goes into each file's metadata.
"""

from __future__ import annotations

import base64
import bisect
import os
import re
import struct
import sys
import zlib
from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPoint, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontInfo,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explorer import __version__
from explorer.charts import theme
from explorer.domain.labels import phrase
from explorer.export.pdf_info import with_info
from explorer.export.slides import Slide
from explorer.export.view_state import RECEIPT_KEY
from explorer.qt.fonts import EXPORT_FAMILY, export_font

# Exports are always light (a slide goes on a white screen whatever the laptop's theme).
INK = theme.LIGHT
PAPER = INK.surface
MARKING_COLOUR = INK.marking_text
TEXT = INK.text
MUTED = INK.muted_text
WARNING_TEXT = INK.warning_text
WARNING_BACKGROUND = INK.warning_ground
SLIDE_WIDTH_IN = 13.333  # a 16:9 PowerPoint slide: type is sized for this physical width
MIN_PT = 12  # no text under 12 pt at that size
PAGED_NOTES_SHARE = 0.3  # PDF pages: the notes block's height at most, the rest on the next pages
CONTENT_SHARE = 0.38  # the chart, table or timeline keeps at least this share of the asked height
_XMP_RECEIPT_RE = re.compile(rb"<be:receipt>([A-Za-z0-9+/=\s]+)</be:receipt>")


def px_per_pt(width: int) -> float:
    """Pixels per typographic point when the slide is shown at 13.33 in wide (16:9 PowerPoint)."""
    return width / (SLIDE_WIDTH_IN * 72.0)


def min_text_px(width: int) -> int:
    """The smallest legible type on a slide ``width`` pixels wide: ``MIN_PT`` points, in pixels."""
    return round(MIN_PT * px_per_pt(width))


class SlideCanvas(QWidget):
    """A slide laid out at ``size`` (logical pixels), white, in the export font.

    Type is sized in points at the slide's physical width (13.33 in), never under ``MIN_PT``.
    Sources and footnotes are printed in full: when they need more room the plot gets less (a
    second or third column first), and when even that is not enough the canvas grows taller rather
    than drop one. ``paged`` (PDF) keeps the slide's shape instead: the sources that do not fit
    are left in ``overflow`` for the pages after it, and the appendix gets pages of its own; a
    single picture (PNG/SVG) prints the appendix below the content.
    """

    def __init__(self, slide: Slide, content: QWidget | None, size: QSize, *,
                 paged: bool = False) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.setAutoFillBackground(True)
        pal = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            pal.setColor(role, QColor(PAPER))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
        self.setPalette(pal)
        self.resize(size)
        self._pt = px_per_pt(size.width())
        self.setFont(self._font(MIN_PT))
        self._content = content
        self.overflow: list[str] = []  # paged output: notes and sources for the following pages
        self._rows: list[list[tuple[QLabel, float]]] = []  # text rows: (label, its width share)
        # the slide's own words (headings) in its label language (a chart's: its spec's)
        self._lang = slide.lang

        layout = QVBoxLayout(self)
        self._margin = int(0.35 * 72 * self._pt)  # 0.35 in
        layout.setContentsMargins(self._margin, int(10 * self._pt), self._margin, int(10 * self._pt))
        layout.setSpacing(int(5 * self._pt))

        marking = slide.marking.strip()
        if marking:
            layout.addWidget(self._row(self._label(marking, 14, bold=True, colour=MARKING_COLOUR,
                                                   align=Qt.AlignmentFlag.AlignHCenter)))
        if slide.kind == "title":
            layout.addStretch(2)
        layout.addWidget(self._row(self._label(slide.title, 40 if slide.kind == "title" else 26,
                                               bold=True)))
        if slide.subtitle:
            layout.addWidget(self._row(self._label(slide.subtitle, 20 if slide.kind == "title" else 15,
                                                   colour=MUTED)))
        warnings = slide.spec.warnings if slide.spec is not None else ()
        if warnings:  # every warning: a comparison's caveats are never cut
            warn = self._label("<br>".join("⚠ " + escape(w) for w in warnings), 13, rich=True,
                               colour=WARNING_TEXT)
            warn.setStyleSheet(f"color: {WARNING_TEXT}; background: {WARNING_BACKGROUND}; "
                               f"padding: {int(4 * self._pt)}px;")
            layout.addWidget(self._row(warn))
        if content is not None:
            content.setParent(self)
            content.setFont(self._font(MIN_PT))
            # Graphics scenes (pyqtgraph axes, legends) take the application's font, not the
            # widget's: give them the bundled one so every text of an SVG/PDF is in it.
            for view in [content, *content.findChildren(QGraphicsView)]:
                if isinstance(view, QGraphicsView) and view.scene() is not None:
                    view.scene().setFont(self._font(MIN_PT))
                    # No cached background (pyqtgraph caches it): it was a PNG picture of the
                    # plot's plain background inside every SVG and PDF, encoded per export.
                    view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
            content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            layout.addWidget(content, 1)
        elif slide.paragraphs:
            small = slide.kind == "sources"
            body = self._label("".join(f"<p>{escape(p)}</p>" for p in slide.paragraphs),
                               MIN_PT if small else 18, rich=True)
            body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(self._row(body), 1)
        else:
            layout.addStretch(1)
        if slide.kind == "title":
            layout.addStretch(3)
        notes = [*slide.footnotes, *(f"{m} {text}" for m, text in slide.sources)]
        if notes:  # paged (PDF): the rest continues on the next pages, the slide keeps its shape
            cap = int(size.height() * PAGED_NOTES_SHARE) if paged else None
            heading = "Notes and sources" if slide.footnotes else "Sources"
            layout.addLayout(self._columns(notes, phrase(heading, self._lang), cap=cap))
        if not paged and slide.appendix:
            layout.addLayout(self._columns(list(slide.appendix),
                                           heading=slide.appendix_title or phrase("Appendix", self._lang)))
        if slide.source_line:
            layout.addWidget(self._row(self._label(slide.source_line, MIN_PT, colour=MUTED)))
        # The bottom row: the marking centred, the date at the right (one row, not two).
        bottom = QHBoxLayout()
        date = self._label(slide.date, MIN_PT, colour=MUTED, align=Qt.AlignmentFlag.AlignRight)
        left = self._label("", MIN_PT)
        mark = self._label(marking, 14, bold=True, colour=MARKING_COLOUR,
                           align=Qt.AlignmentFlag.AlignHCenter)
        bottom.addWidget(left, 1)
        bottom.addWidget(mark, 4)
        bottom.addWidget(date, 1)
        self._rows.append([(left, 1 / 6), (mark, 4 / 6), (date, 1 / 6)])
        layout.addLayout(bottom)
        self._fit(size)

    @property
    def content(self) -> QWidget | None:
        """The chart, table or timeline widget the slide shows (None for text)."""
        return self._content

    def _font(self, pt: float, bold: bool = False):
        return export_font(round(max(pt, MIN_PT) * self._pt), bold)

    def _label(self, text: str, pt: float, *, bold: bool = False, colour: str = TEXT,
               align=Qt.AlignmentFlag.AlignLeft, rich: bool = False) -> QLabel:
        lab = _Label(self)
        lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        lab.setText(text)
        lab.setFont(self._font(pt, bold))
        # The colour by palette, not by style sheet: a style sheet per label made every label
        # polish through the style-sheet engine (the same colour, several ms per slide).
        pal = lab.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        pal.setColor(QPalette.ColorRole.Text, QColor(colour))
        lab.setPalette(pal)
        lab.setWordWrap(True)
        lab.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        return lab

    def _row(self, lab: QLabel) -> QLabel:
        self._rows.append([(lab, 1.0)])
        return lab

    def _columns(self, lines: list[str], heading: str, *, cap: int | None = None) -> QHBoxLayout:
        """``lines`` in 1-3 columns (in reading order, top to bottom then left to right), as few
        as keep the block under a third of the slide; all at ``MIN_PT``, none left out.

        With ``cap`` (paged output), what does not fit in that height even in three columns is
        left for the pages after this one (``self.overflow``) and the block says so."""
        width = self.width() - 2 * self._margin
        gap = int(12 * self._pt)
        probe = _Label()  # its measurements remembered, as the slide's labels' are
        probe.setFont(self._font(MIN_PT))
        probe.setWordWrap(True)

        limit = min(self.height() / 3, cap or self.height())
        measure = _NotesMeasure.of(self._font(MIN_PT), heading, lines)

        def layout_of(items: list[str], tail: str = "",
                      fast: bool = False) -> tuple[list[list[str]], float] | None:
            """The columns chosen for ``items`` (+ ``tail``) and the tallest one's height.
            ``fast``: heights predicted from each line's measured height, and None when a
            prediction is too near a threshold to decide (then measure the columns exactly)."""
            best: list[list[str]] = [items]
            tallest: float = 0
            for n in (1, 2, 3):
                cols = _split_columns(items, n)
                col_w = (width - gap * (n - 1)) // n
                if fast:
                    start, tallest = 0, 0
                    for j, col in enumerate(cols):
                        end = start + len(col)
                        tallest = max(tallest, measure.predict(
                            start, end, col_w, tail if j == len(cols) - 1 else ""))
                        start = end
                    if abs(tallest - limit) < measure.tolerance:
                        return None
                if tail:
                    cols[-1] = [*cols[-1], tail]
                if not fast:
                    tallest = 0
                    for col in cols:
                        probe.setText(_lines_html(col, heading))
                        tallest = max(tallest, probe.heightForWidth(col_w))
                best = cols
                if tallest <= limit:
                    break
            return best, tallest

        def measured(items: list[str], tail: str = "") -> tuple[list[list[str]], float]:
            """``layout_of`` measuring: it always decides."""
            chosen = layout_of(items, tail)
            assert chosen is not None  # only a fast prediction can be undecided
            return chosen

        def fits(n_lines: int) -> bool:
            """Whether the first ``n_lines`` and the pointer to the rest fit under ``cap``:
            predicted where the prediction is clear of the thresholds, else measured."""
            assert cap is not None  # asked only when the block has a cap
            tail = _continued(len(lines) - n_lines, self._lang)
            quick = layout_of(lines[:n_lines], tail, fast=True)
            if quick is not None and abs(quick[1] - cap) >= measure.tolerance:
                return quick[1] <= cap
            return measured(lines[:n_lines], tail)[1] <= cap

        quick = layout_of(lines, fast=True)  # measured only where a prediction cannot decide
        if quick is None or (cap is not None and abs(quick[1] - cap) < measure.tolerance):
            quick = measured(lines)
        best, tallest = quick
        if cap is not None and tallest > cap and len(lines) > 1:
            lo, hi = 1, len(lines) - 1  # the most lines (in order) that fit, with the pointer
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if fits(mid):
                    lo = mid
                else:
                    hi = mid - 1
            self.overflow = lines[lo:]
            best, _h = measured(lines[:lo], _continued(len(lines) - lo, self._lang))
        probe.deleteLater()
        row = QHBoxLayout()
        row.setSpacing(gap)
        cells = []
        for i, col in enumerate(best):
            text = _lines_html(col, heading if i == 0 else "")
            lab = self._label(text, MIN_PT, colour=TEXT, rich=True)
            lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            row.addWidget(lab, 1, Qt.AlignmentFlag.AlignTop)
            cells.append((lab, 1 / len(best)))
        self._rows.append(cells)
        return row

    def _fit(self, size: QSize) -> None:
        """Grow taller when the text rows leave the content less than ``CONTENT_SHARE`` of the
        asked height (or the text alone is taller than the slide): nothing is cut or dropped."""
        layout = self.layout()
        assert layout is not None  # set in __init__
        inner = size.width() - 2 * self._margin
        text_h = sum(max(lab.heightForWidth(int(inner * share)) for lab, share in row)
                     for row in self._rows)
        spacing = layout.spacing() * max(layout.count() - 1, 0)
        m = layout.contentsMargins()
        content_min = (max(int(size.height() * CONTENT_SHARE), self._content.minimumHeight())
                       if self._content is not None else 0)  # a timeline asks for its design height
        needed = text_h + spacing + m.top() + m.bottom() + content_min
        if needed > size.height():
            self.resize(size.width(), needed)

    def settle(self, flush: Callable[[], None] | None = None) -> None:
        """Lay everything out at the final size before painting (hidden: never on screen).

        Nothing is painted here: the file's painter paints once. A page of text is laid out in
        one pass (``render`` sends the pending resize events itself); a chart or timeline settles
        over a few event-loop turns, with updates off so those turns do not paint it too."""
        layout = self.layout()
        assert layout is not None  # set in __init__
        if self._content is None:
            layout.activate()
            return
        self.setUpdatesEnabled(False)
        try:
            self.show()
            for _ in range(3):
                QApplication.processEvents()
                if flush is not None:
                    flush()
            layout.activate()
        finally:
            self.setUpdatesEnabled(True)


class _Label(QLabel):
    """A slide's label whose measurements (size hints, height for a width) are worked out once
    per look and kept for the next label that looks the same (``_MEASURED``).

    Qt lays the label's whole text out again for every measurement: the slide asks its height
    while fitting its rows (``_fit``), the layout asks twice more and asks its size hints (three
    layouts more); a notes column of 50 sources costs ~0.9 ms a layout. The same slide is laid
    out again when it is exported again (the export dialog's preview, then the file, or one
    format after another), and its labels then look the same. The key is everything a label's
    measurement depends on: text, format, wrapping, alignment, margins, indent, style sheet,
    the resolved font and the screen's logical resolution."""

    def _look(self) -> tuple:
        m = self.contentsMargins()
        return (self.text(), self.textFormat(), self.wordWrap(), self.alignment(), self.margin(),
                self.indent(), (m.left(), m.top(), m.right(), m.bottom()), self.styleSheet(),
                _font_key(self.font()), self.logicalDpiX(), self.logicalDpiY())

    def _measured(self) -> dict:
        look = self._look()
        found = _MEASURED.pop(look, None)
        if found is None:
            found = {}
        _MEASURED[look] = found  # the most recent last
        while len(_MEASURED) > MEASURED_LOOKS:
            _MEASURED.pop(next(iter(_MEASURED)))
        return found

    def heightForWidth(self, width: int) -> int:
        found = self._measured()
        height = found.get(width)
        if height is None:
            height = found[width] = super().heightForWidth(width)
        return height

    def sizeHint(self) -> QSize:
        found = self._measured()
        if "hint" not in found:
            found["hint"] = super().sizeHint()
        return QSize(found["hint"])

    def minimumSizeHint(self) -> QSize:
        found = self._measured()
        if "min" not in found:
            found["min"] = super().minimumSizeHint()
        return QSize(found["min"])


def _font_key(font) -> tuple[str, str, str]:
    """A font as asked for and as the font database resolves it now (a family registered later,
    e.g. the bundled fonts, resolves the same request to other glyphs)."""
    info = QFontInfo(font)
    return font.toString(), info.family(), info.styleName()


MEASURED_LOOKS = 256  # labels' measurements kept (a slide has 5-12 labels; a PDF up to ~40)
_MEASURED: dict[tuple, dict] = {}


class _NotesMeasure:
    """Heights of a notes block's lines, each measured once per column width.

    The lines of a notes column are one paragraph broken by line breaks, so each line wraps on
    its own: a column's height is the sum of its lines' heights. Laying out the whole list once
    per width replaces laying out every candidate column (a paged slide's search for the most
    lines that fit measured up to ~70 columns of 150 lines each). The sums are predictions,
    trusted only when clear of a threshold by ``tolerance``; near one, columns are measured as
    before, so the choice is the one the exact measurement makes."""

    @classmethod
    def of(cls, font, heading: str, lines: list[str]) -> _NotesMeasure:
        """The measure of these lines in this font, kept for the next slide that prints them (the
        same chart exported again: the dialog's preview then the file, or another format)."""
        key = (_font_key(font), heading, tuple(lines))
        measure = _MEASURES.pop(key, None) or cls(font, heading, list(lines))
        _MEASURES[key] = measure  # the most recent last
        while len(_MEASURES) > MEASURED_NOTES:
            _MEASURES.pop(next(iter(_MEASURES)))
        return measure

    def __init__(self, font, heading: str, lines: list[str]) -> None:
        self._font = font
        self._heading = heading
        self._lines = lines
        self._prefix: dict[int, list[float]] = {}  # col_w -> heading, then running sums
        self._tails: dict[tuple[str, int], float] = {}
        self.tolerance = 3.0  # px: a column's summed line heights are within 1 px of its layout

    def _doc(self, html: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)  # as a QLabel lays out its text
        doc.setDefaultFont(self._font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(option)
        doc.setHtml(html)
        doc.setTextWidth(width)
        return doc

    def _sums(self, width: int) -> list[float]:
        sums = self._prefix.get(width)
        if sums is not None:
            return sums
        doc = self._doc(_lines_html(self._lines, self._heading), width)
        doc.size()  # laid out now (lazily otherwise: no lines yet)
        n_segments = len(self._lines) + 1  # the heading first (empty without one)
        heights = [0.0] * n_segments
        block = doc.begin()
        segment = 0
        while block.isValid():
            text, layout = block.text(), block.layout()
            starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\u2028"]
            first = 0 if self._heading else 1
            for k in range(layout.lineCount()):
                line = layout.lineAt(k)
                at = bisect.bisect_right(starts, line.textStart()) - 1
                heights[min(segment + first + at, n_segments - 1)] += line.height()
            segment += len(starts)
            block = block.next()
        sums = [heights[0]]
        for h in heights[1:]:
            sums.append(sums[-1] + h)
        self._prefix[width] = sums
        return sums

    def predict(self, start: int, end: int, width: int, tail: str = "") -> float:
        """The height of a column of lines ``start``..``end`` (with the heading and ``tail``)."""
        sums = self._sums(width)
        height = sums[0] + (sums[end] - sums[start])
        if tail:
            key = (tail, width)
            if key not in self._tails:
                doc = self._doc(_lines_html([tail]), width)
                self._tails[key] = doc.size().height()
            height += self._tails[key]
        return height


MEASURED_NOTES = 16  # notes blocks whose line heights are kept
_MEASURES: dict[tuple, _NotesMeasure] = {}


def _continued(n: int, lang: str = "en") -> str:
    return phrase("Continued on the next page ({n} more).", lang, n=n)


def _split_columns(lines: list[str], n: int) -> list[list[str]]:
    """``lines`` cut into ``n`` runs of nearly equal total length, keeping their order."""
    if n <= 1 or len(lines) <= 1:
        return [lines]
    total = sum(len(x) + 20 for x in lines)
    cols: list[list[str]] = [[]]
    acc = 0
    for line in lines:
        if cols[-1] and acc >= total * len(cols) / n and len(cols) < n:
            cols.append([])
        cols[-1].append(line)
        acc += len(line) + 20
    return cols


def _lines_html(lines: list[str], heading: str = "") -> str:
    head = f"<b>{escape(heading)}</b><br>" if heading else ""
    return head + "<br>".join(escape(x) for x in lines)


def render_png(canvas: SlideCanvas, scale: int, *, title: str, marking: str, receipt_json: str,
               sources: str = "") -> bytes:
    size = canvas.size()
    # Opaque (painted on white): RGB32 is one of the raster engine's fast formats, ARGB32 is not.
    image = QImage(size.width() * scale, size.height() * scale, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    # Not filled first: the canvas paints its whole background (autoFillBackground), every pixel.
    _paint(canvas, image)
    texts = {"Title": title, "Software": f"Briefing Explorer {__version__}"}
    if marking:
        texts["Classification"] = marking
    if sources:  # travels with the file even when the picture is cropped
        texts["Description"] = sources
    texts[RECEIPT_KEY] = receipt_json
    return png_bytes(image, texts)


PNG_LEVEL = 3  # zlib level: at a 1920×3900 slide 5× faster than Qt's writer, and a smaller file
PNG_PIECE_BYTES = 1 << 20  # no piece of a split compression smaller than this (1 MB of rows)
PNG_MAX_PIECES = 4


def png_bytes(image: QImage, texts: dict[str, str] | None = None, level: int = PNG_LEVEL,
              pieces: int | None = None) -> bytes:
    """An opaque ``image`` as an 8-bit RGB PNG, with ``texts`` as text chunks (as Qt writes them:
    Latin-1 as tEXt, or zTXt from 40 characters; anything else as UTF-8 iTXt).

    Written here rather than by Qt's PNG writer, which tries every row filter on every row and
    compresses at zlib's default level: on a slide (mostly flat colour) unfiltered rows at level 3
    give the same pixels in a fifth of the time and a smaller file. The rows are cut into
    ``pieces`` bands (by default one per processor, at most ``PNG_MAX_PIECES``, none under
    ``PNG_PIECE_BYTES``) compressed at the same time, each band's pixels taken from the 32-bit
    image there too, and joined into the one zlib stream a PNG holds (as pigz does: each band
    ends on a byte boundary, the checksum is combined). OSError if it cannot."""
    w, h = image.width(), image.height()
    if image.isNull() or w <= 0 or h <= 0:
        raise OSError("the PNG picture could not be encoded (empty image)")
    row_bytes = w * 3 + 1  # each row: filter type 0 (none), then its pixels
    if pieces is None:
        pieces = min(os.cpu_count() or 1, PNG_MAX_PIECES, max(1, row_bytes * h // PNG_PIECE_BYTES))
    pieces = max(1, min(pieces, h))
    take = _rgb_rows(image)
    cuts = [h * k // pieces for k in range(pieces + 1)]

    def band(k: int) -> tuple[bytes, int, int]:
        raw = take(cuts[k], cuts[k + 1])
        deflate = zlib.compressobj(level, zlib.DEFLATED, -15)  # raw deflate: joined below
        last = k == pieces - 1
        data = deflate.compress(raw) + deflate.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)
        return data, zlib.adler32(raw), len(raw)

    if pieces == 1:
        parts = [band(0)]
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=pieces - 1) as pool:  # zlib and numpy free the GIL
            later = [pool.submit(band, k) for k in range(1, pieces)]
            parts = [band(0), *(f.result() for f in later)]
    check = parts[0][1]
    for _data, adler, length in parts[1:]:
        check = _adler32_combine(check, adler, length)
    stream = b"".join([_zlib_header(level), *(d for d, _a, _n in parts),
                       struct.pack(">I", check)])
    dpm_x, dpm_y = max(image.dotsPerMeterX(), 0), max(image.dotsPerMeterY(), 0)
    out = [b"\x89PNG\r\n\x1a\n",
           _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)),
           _png_chunk(b"pHYs", struct.pack(">IIB", dpm_x, dpm_y, 1))]
    out += [_png_text(k, v) for k, v in sorted((texts or {}).items())]
    out += [_png_chunk(b"IDAT", stream), _png_chunk(b"IEND", b"")]
    return b"".join(out)


def _zlib_header(level: int) -> bytes:
    """A zlib stream's two header bytes as zlib writes them for ``level`` (32K window; FLEVEL 0
    for levels 0-1, 1 for 2-5, 2 for 6 and the default, 3 for 7-9; check bits: the pair % 31 == 0)."""
    flevel = 2 if level < 0 or level == 6 else 0 if level < 2 else 1 if level < 6 else 3
    second = flevel << 6
    return bytes([0x78, second + (31 - (0x78 * 256 + second) % 31) % 31])


_ADLER_BASE = 65521


def _adler32_combine(adler1: int, adler2: int, len2: int) -> int:
    """The Adler-32 of two byte strings one after the other, from theirs (zlib's adler32_combine)."""
    rem = len2 % _ADLER_BASE
    sum1 = adler1 & 0xFFFF
    sum2 = (rem * sum1) % _ADLER_BASE
    sum1 = (sum1 + (adler2 & 0xFFFF) + _ADLER_BASE - 1) % _ADLER_BASE
    sum2 = (sum2 + (adler1 >> 16) + (adler2 >> 16) + _ADLER_BASE - rem) % _ADLER_BASE
    return sum1 | (sum2 << 16)


def _rgb_rows(image: QImage) -> Callable[[int, int], memoryview]:
    """A function giving rows ``a``..``b`` of ``image`` as a PNG's filtered rows (a 0 byte, then
    R, G, B per pixel). A 32-bit RGB image (what slides are painted into) is read in place, its
    bytes reordered by numpy (little-endian B, G, R, X); anything else is converted by Qt first."""
    import numpy as np

    w, h = image.width(), image.height()
    if image.format() == QImage.Format.Format_RGB32 and sys.byteorder == "little":
        bpl = image.bytesPerLine()
        pixels = np.frombuffer(image.constBits(), np.uint8, count=bpl * h).reshape(h, bpl)

        def take(a: int, b: int, keep: QImage = image) -> memoryview:  # ``keep``: the pixels' owner
            raw = np.empty((b - a, w * 3 + 1), np.uint8)
            raw[:, 0] = 0
            rgb = raw[:, 1:].reshape(b - a, w, 3)  # a view: the row's pixels after its filter byte
            bgrx = pixels[a:b, :w * 4].reshape(b - a, w, 4)
            for c in range(3):  # channel by channel (a reversed slice of all three is 2.5× slower)
                rgb[:, :, c] = bgrx[:, :, 2 - c]
            return raw.data.cast("B")

        return take
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    bpl = rgb.bytesPerLine()
    rows = np.frombuffer(rgb.constBits(), np.uint8, count=bpl * h).reshape(h, bpl)

    def take_888(a: int, b: int, keep: QImage = rgb) -> memoryview:  # ``keep``: the pixels' owner
        raw = np.zeros((b - a, w * 3 + 1), np.uint8)
        raw[:, 1:] = rows[a:b, :w * 3]
        return raw.data.cast("B")

    return take_888


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_text(key: str, value: str) -> bytes:
    k = key.encode("latin-1")[:79]
    try:
        v = value.encode("latin-1")
    except UnicodeEncodeError:  # international text: iTXt, UTF-8 (compressed when long)
        u = value.encode("utf-8")
        long = len(value) >= 40
        return _png_chunk(b"iTXt", k + b"\0" + (b"\1\0" if long else b"\0\0") + b"\0\0"
                          + (zlib.compress(u) if long else u))
    if len(value) < 40:
        return _png_chunk(b"tEXt", k + b"\0" + v)
    return _png_chunk(b"zTXt", k + b"\0\0" + zlib.compress(v))


def encode_image(image: QImage, fmt: str = "PNG", quality: int = -1) -> bytes:
    """``image`` as PNG (or JPEG) bytes; OSError if Qt cannot encode it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.10 takes the format as str at run time (bytes raise ValueError); its stubs say bytes.
    ok = image.save(buffer, fmt, quality)  # type: ignore[call-overload]
    buffer.close()
    if not ok:
        raise OSError(f"the {fmt} picture could not be encoded")
    return bytes(data.data())


def render_svg(canvas: SlideCanvas, *, title: str, marking: str, receipt_json: str,
               sources: str = "") -> bytes:
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
    # <desc> holds the marking, the sources and, on its own line, the receipt (base64: no XML
    # escaping issues); <metadata> says the same in Dublin Core for tools that read it.
    gen.setDescription(f"{marking}\n{sources}\n{RECEIPT_KEY}: {_b64(receipt_json)}")
    _paint(canvas, gen)
    buffer.close()
    return _with_svg_metadata(svg_strokes_in_page_units(bytes(data.data())), title, marking, sources)


def render_pdf(canvases: list[SlideCanvas], *, title: str, marking: str, receipt_json: str,
               sources: str = "") -> bytes:
    """One page per canvas, each page the canvas' size at 96 dpi (the layout-preserving resolution)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(96)
    writer.setTitle(title)
    writer.setCreator(f"Briefing Explorer {__version__}")
    writer.setAuthor("Briefing Explorer")
    lines = [line for line in sources.splitlines() if line]
    keywords = "; ".join([marking, *lines] if marking else lines)
    writer.setDocumentXmpMetadata(pdf_xmp(title, marking, receipt_json, lines, keywords))
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
    return with_pdf_info(bytes(data.data()), title=title, marking=marking, keywords=keywords)


def picture_png(widget: QWidget, size: QSize, scale: int = 2) -> bytes:
    """A widget (e.g. the timeline) as PNG bytes, for formats that take pictures (PowerPoint)."""
    widget.resize(size)
    image = QImage(size.width() * scale, size.height() * scale, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor(PAPER))
    _paint(widget, image)
    return png_bytes(image)


def canvas_image(canvas: QWidget, width: int, draw_scale: float = 1.0) -> QImage:
    """The canvas painted at its size times ``draw_scale``, then scaled to ``width`` pixels
    (previews, thumbnails)."""
    size = canvas.size()
    image = QImage(round(size.width() * draw_scale), round(size.height() * draw_scale),
                   QImage.Format.Format_RGB32)
    image.fill(QColor(PAPER))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(draw_scale, draw_scale)
        canvas.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


THUMBNAIL_DRAW_SCALE = 0.5  # a thumbnail's slide painted at half its size, then scaled down


def thumbnail_jpeg(canvas: QWidget, width: int = 256) -> bytes:
    """The canvas as a small JPEG (document thumbnails). Painted at half its size before the
    smooth scaling to ``width`` (a quarter of the pixels to paint; at 256 px wide the picture
    differs from one painted full size by the weight of hairlines: 1 px of 640 instead of 1280)."""
    return encode_image(canvas_image(canvas, width, THUMBNAIL_DRAW_SCALE), "JPEG", 85)


def table_label(spec, px: int) -> QLabel:
    """The chart's table as a rich-text label (vector in SVG/PDF, text as text). ``px`` is the
    smallest legible size; a short table is set larger, so it reads from the back of the room."""
    header, rows = spec.table()
    px = round(px * (1.5 if len(rows) <= 6 else 1.25 if len(rows) <= 12 else 1.0))
    cell = f"padding: 6px 10px; border-bottom: 1px solid {INK.rule};"
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


def pdf_xmp(title: str, marking: str, receipt_json: str, sources: Sequence[str],
            keywords: str) -> QByteArray:
    """A PDF's XMP packet: title, marking, every source in full and the receipt (base64), which
    ``receipt_from_pdf`` reads back. Slides and briefing notes alike."""
    esc = escape
    items = "".join(f"<rdf:li>{esc(line)}</rdf:li>" for line in sources)
    xml = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:be="urn:briefing-explorer:receipt:1">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{esc(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:subject><rdf:Bag><rdf:li>{esc(marking)}</rdf:li></rdf:Bag></dc:subject>
   <dc:source><rdf:Seq>{items}</rdf:Seq></dc:source>
   <pdf:Keywords>{esc(keywords)}</pdf:Keywords>
   <pdf:Producer>Briefing Explorer {__version__}</pdf:Producer>
   <be:receipt>{_b64(receipt_json)}</be:receipt>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return QByteArray(xml.encode("utf-8"))


def with_pdf_info(pdf: bytes, *, title: str, marking: str, keywords: str) -> bytes:
    """The document information every PDF of ours carries (Subject = marking, Keywords)."""
    return with_info(pdf, {
        "Title": title, "Author": "Briefing Explorer", "Subject": marking, "Keywords": keywords,
        "Creator": f"Briefing Explorer {__version__}", "Producer": f"Briefing Explorer {__version__}"})


_SVG_NS = "http://www.w3.org/2000/svg"


def svg_text_as_paths(svg: bytes) -> bytes:
    """``svg`` with every ``<text>`` replaced by the outlines of its glyphs in the same font, size,
    weight and colour: the picture needs no font where it is opened (and its text is no longer
    text). Each outline keeps its string as a ``<title>`` for screen readers."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(svg, parser)
    for text in list(root.iter(f"{{{_SVG_NS}}}text")):
        content = "".join(text.itertext())
        path = etree.Element(f"{{{_SVG_NS}}}path")
        for attr in ("fill", "fill-opacity", "transform"):
            if text.get(attr) is not None:
                path.set(attr, text.get(attr))
        path.set("stroke", "none")  # the group's stroke is for lines, not glyphs
        path.set("d", _text_outline(content, text))
        label = etree.SubElement(path, f"{{{_SVG_NS}}}title")
        label.text = content
        path.tail = text.tail
        text.getparent().replace(text, path)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


# Briefing Sans JP is a subset of Noto Sans CJK JP: a viewer without the bundled font sets the
# text in the same metrics where Noto Sans CJK JP / Source Han Sans is installed, so lines keep
# their length, instead of a wider default sans-serif running past the slide's edge.
SVG_FONT_FAMILIES = (f"'{EXPORT_FAMILY}', 'Noto Sans CJK JP', 'Noto Sans JP', 'Source Han Sans JP', "
                     "'Source Han Sans', sans-serif")
_TEXT_FAMILY_RE = re.compile(rb'(<text\b[^>]*?)font-family="' + re.escape(EXPORT_FAMILY.encode())
                             + rb'"')
_MATRIX_RE = re.compile(r"\s*matrix\(([^)]*)\)\s*$")
_PATH_TOKEN_RE = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ABSOLUTE_PAIRS = set("MLCQSTZ")  # commands whose every number is an absolute (x, y) pair


def svg_strokes_in_page_units(svg: bytes) -> bytes:
    """``svg`` readable in every viewer, not only Qt's: the bundled font's family followed by fonts
    of the same metrics (``SVG_FONT_FAMILIES``), and every line drawn under a scaled group (a
    chart's data coordinates) moved into page coordinates.

    Qt writes a plot's lines and bars in data units under the group's ``matrix(…)`` and keeps their
    1-px pens thin with ``vector-effect="non-scaling-stroke"``. Viewers without that SVG Tiny 1.2
    feature (LibreOffice, librsvg, and what uses them) scale the stroke with the data: a bar's
    outline became hundreds of pixels wide, bars overlapped and the wrong one looked larger, grid
    lines ran past the plot. Each such line's points are mapped through the matrix here, so its
    pen is the same in every viewer; the rest of the group keeps its matrix, in paint order.
    """
    from lxml import etree

    # a text's family: the bundled font first, then fonts of its metrics (the groups' copies of
    # the attribute style no text of their own, and the list on each would add a tenth to a file)
    svg = _TEXT_FAMILY_RE.sub(rb"\1" + f'font-family="{SVG_FONT_FAMILIES}"'.encode(), svg)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(svg, parser)
    changed = False
    splits: dict[etree._Element, list[tuple[bool, list]]] = {}  # a group of lines and more: runs
    thin = root.xpath('//s:g[@transform][s:*[@vector-effect="non-scaling-stroke"]]',
                      namespaces={"s": _SVG_NS})  # (found in C: most groups have no such line)
    for group in thin:
        m = _MATRIX_RE.match(group.get("transform") or "")
        if not m:
            continue
        try:
            matrix = tuple(float(x) for x in m[1].split(","))
        except ValueError:
            continue
        if len(matrix) != 6 or matrix[:4] == (1.0, 0.0, 0.0, 1.0):  # a translation keeps widths
            continue
        if _thin_by_width(group, matrix):
            changed = True
            continue
        mapped = [_map_in_place(child, matrix) for child in group]
        if not any(mapped):
            continue
        changed = True
        if all(mapped):  # (Qt's usual group: one line or bar) the matrix is in the points now
            del group.attrib["transform"]
            continue
        runs: list[tuple[bool, list]] = []  # consecutive children, mapped or kept under the matrix
        for child, is_mapped in zip(list(group), mapped):
            if runs and runs[-1][0] == is_mapped:
                runs[-1][1].append(child)
            else:
                runs.append((is_mapped, [child]))
        splits[group] = runs
    for parent in {group.getparent() for group in splits}:  # each parent rebuilt in one pass
        children = []
        for child in parent:
            parts = splits.get(child)
            if parts is None:
                children.append(child)
                continue
            for is_mapped, kids in parts:
                copy = etree.Element(child.tag, dict(child.attrib))
                if is_mapped:
                    del copy.attrib["transform"]
                copy.extend(kids)
                copy.tail = child.tail
                children.append(copy)
        parent[:] = children
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") if changed else svg


def _thin_by_width(group, matrix: tuple[float, ...]) -> bool:
    """Under a uniform scale (a symbol drawn at its size), every non-scaling line of ``group``
    drawn with the pen divided by the scale instead: the same width in every viewer, and nothing
    to map point by point. False where the scale is not uniform or a child is not such a line."""
    a, b, c, d = matrix[:4]
    scale = abs(a)
    if b or c or not scale or abs(abs(d) - scale) > 1e-9 * scale or not len(group) or any(
            child.get("vector-effect") != "non-scaling-stroke" for child in group):
        return False
    try:
        width = float(group.get("stroke-width") or 1.0)
        dashes = [float(x) for x in _PATH_TOKEN_RE.findall(group.get("stroke-dasharray") or "")]
        offset = float(group.get("stroke-dashoffset") or 0.0)
    except ValueError:
        return False
    group.set("stroke-width", f"{width / scale:.6g}")
    if dashes:
        group.set("stroke-dasharray", ",".join(f"{x / scale:.6g}" for x in dashes))
    if offset:
        group.set("stroke-dashoffset", f"{offset / scale:.6g}")
    for child in group:
        del child.attrib["vector-effect"]
    return True


def _map_in_place(child, matrix: tuple[float, ...]) -> bool:
    """Map a non-scaling-stroke ``path`` / ``polyline`` / ``polygon``'s points through ``matrix``
    in place; False (nothing changed) for anything else, or a path with relative or arc commands."""
    if child.get("vector-effect") != "non-scaling-stroke":
        return False
    a, b, c, d, e, f = matrix
    tag = child.tag.rsplit("}", 1)[-1]
    if tag in ("polyline", "polygon"):
        numbers = [float(x) for x in _PATH_TOKEN_RE.findall(child.get("points") or "")]
        if len(numbers) % 2:
            return False
        xs, ys = numbers[::2], numbers[1::2]
        child.set("points", " ".join(f"{_num(a * x + c * y + e)},{_num(b * x + d * y + f)}"
                                     for x, y in zip(xs, ys)))
        return True
    if tag != "path":
        return False
    out: list[str] = []
    pending: float | None = None
    for token in _PATH_TOKEN_RE.findall(child.get("d") or ""):
        if token.isalpha():
            if token not in _ABSOLUTE_PAIRS or pending is not None:
                return False
            out.append(token)
        elif pending is None:
            pending = float(token)
        else:
            x, y = pending, float(token)
            out.append(f"{_num(a * x + c * y + e)},{_num(b * x + d * y + f)}")
            pending = None
    if pending is not None:
        return False
    child.set("d", " ".join(out))
    return True


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _text_outline(content: str, text) -> str:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFont, QPainterPath, QTransform

    size = float(text.get("font-size", "16") or 16)
    family = (text.get("font-family") or EXPORT_FAMILY).split(",")[0].strip().strip("'\"")
    font = QFont(family or EXPORT_FAMILY)  # the first of the list (the bundled font)
    font.setPixelSize(max(1, round(size * 10)))  # outlines at 10x, scaled back: no rounding of sizes
    font.setWeight(QFont.Weight(int(text.get("font-weight", "400") or 400)))
    font.setItalic(text.get("font-style") == "italic")
    glyphs = QPainterPath()
    glyphs.addText(QPointF(0, 0), font, content)
    x, y = float(text.get("x", "0") or 0), float(text.get("y", "0") or 0)
    outline = QTransform.fromTranslate(x, y).scale(0.1, 0.1).map(glyphs)
    parts = []
    i, n = 0, outline.elementCount()
    while i < n:
        e = outline.elementAt(i)
        if e.type == QPainterPath.ElementType.MoveToElement:
            parts.append(f"M{e.x:.2f} {e.y:.2f}")
        elif e.type == QPainterPath.ElementType.LineToElement:
            parts.append(f"L{e.x:.2f} {e.y:.2f}")
        elif e.type == QPainterPath.ElementType.CurveToElement and i + 2 < n:
            c2, end = outline.elementAt(i + 1), outline.elementAt(i + 2)
            parts.append(f"C{e.x:.2f} {e.y:.2f} {c2.x:.2f} {c2.y:.2f} {end.x:.2f} {end.y:.2f}")
            i += 2
        i += 1
    return "".join(parts) + ("Z" if parts else "")


def _with_svg_metadata(svg: bytes, title: str, marking: str, sources: str) -> bytes:
    """``svg`` with a Dublin Core ``<metadata>`` block (title, marking as rights, sources)."""
    esc = escape
    block = ("<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
             "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><rdf:Description rdf:about=\"\">"
             f"<dc:title>{esc(title)}</dc:title><dc:rights>{esc(marking)}</dc:rights>"
             + "".join(f"<dc:source>{esc(line)}</dc:source>" for line in sources.splitlines() if line)
             + "</rdf:Description></rdf:RDF></metadata>\n")
    at = svg.find(b"</desc>")
    if at < 0:
        return svg
    at += len(b"</desc>")
    return svg[:at] + b"\n" + block.encode("utf-8") + svg[at:]


def receipt_from_png(data: bytes) -> str:
    image = QImage()
    # PySide6 6.10 takes the format as str at run time (bytes raise ValueError); its stubs say bytes.
    if not image.loadFromData(data, "PNG"):  # type: ignore[arg-type]
        return ""
    return image.text(RECEIPT_KEY)


def receipt_from_svg(data: bytes) -> str:
    m = re.search(rf"{RECEIPT_KEY}: ([A-Za-z0-9+/=]+)".encode(), data)
    return base64.b64decode(m[1]).decode("utf-8") if m else ""


def receipt_from_pdf(data: bytes) -> str:
    m = _XMP_RECEIPT_RE.search(data)
    return base64.b64decode(re.sub(rb"\s", b"", m[1])).decode("utf-8") if m else ""
