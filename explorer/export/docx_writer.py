"""A ``BriefingNote`` as a Word document (python-docx). Qt-free: charts arrive as PNG bytes.

Everything is styled through named styles (Title, Heading 1, List Bullet, Caption, Table Grid and
our own Marking / Source / Table Text), never through hand-formatted runs, so the note stays
editable in Word and LibreOffice Writer: changing a style changes the whole note. The marking is in
the page header and footer of every page; the sources are listed in full, numbered as the markers
in the table and on the charts. The core properties carry the marking, the sources and the receipt
(the briefing, as JSON) from which the note can be made again. The fixed words (headings, table
header, captions, footer) are in the note's label language (``BriefingNote.phrase``), and Japanese
text is set in a Japanese face (East Asian font of every style).
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt, RGBColor

from explorer import __version__
from explorer.atomic_write import write_atomic
from explorer.charts import theme
from explorer.export.briefing_note import BriefingNote

# The note is printed: the light theme's colours, the same the PDF note and the slides use.
INK = theme.LIGHT
MARKING_RGB = RGBColor(*theme.rgb(INK.marking_text))
MUTED_RGB = RGBColor(*theme.rgb(INK.muted_text))
WARNING_RGB = RGBColor(*theme.rgb(INK.warning_text))
HEADING_RGB = RGBColor(*theme.rgb(INK.heading_text))  # the PDF note's headings, not the template's
PAPER_SIZES = {"a4": (Cm(21.0), Cm(29.7)), "letter": (Inches(8.5), Inches(11.0))}
MARGIN = Cm(1.8)
APP_NAME = "Briefing Explorer"
FONT = "Arial"
FONT_JA = "Yu Gothic"  # Word's East Asian face for Japanese text (Writer substitutes its own)
_THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
EVENT_COLUMNS = ("Date", "Event", "Status", "Parties", "Sources")


def note_docx_bytes(note: BriefingNote, thumbnail_png: bytes = b"") -> bytes:
    """The note as a .docx; ``thumbnail_png`` (its first page, drawn by the caller) replaces the
    template's blank preview, which is dropped when none is given."""
    doc = Document()
    _page(doc, note)
    _styles(doc)
    _header_footer(doc, note)
    doc.add_paragraph(note.title, style="Title")
    doc.add_paragraph(note.phrase("Briefing note · {date}", date=note.date), style="Subtitle")

    doc.add_heading(note.phrase("Talking points"), level=1)
    if note.talking_points:
        for item_title, lines in note.talking_points:
            if len(note.talking_points) > 1:
                doc.add_paragraph(item_title, style="Heading 2")
            for line in lines:
                doc.add_paragraph(line, style="List Bullet")
    else:
        doc.add_paragraph(note.phrase("No talking points were written for this briefing."))

    if note.events:
        doc.add_heading(note.phrase("Events"), level=1)
        _events_table(doc, note)
        if note.events_line:
            doc.add_paragraph(note.events_line, style="Caption")

    for fig in note.figures:
        doc.add_heading(note.phrase("Figure {number}. {title}", number=fig.number, title=fig.title),
                        level=1)
        if fig.spec.warnings:
            for w in fig.spec.warnings:
                doc.add_paragraph(f"⚠ {w}", style="Warning")
        if fig.kind == "table" or not fig.png:
            _figure_table(doc, fig)
        else:
            doc.add_picture(io.BytesIO(fig.png), width=Inches(fig.width_in))
            doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        caption = fig.subtitle
        markers = " ".join(m for m, _line in fig.spec.sources)
        if markers:
            said = note.phrase("Sources: {markers}.", markers=markers)
            caption = f"{caption} {said}" if caption else said
        if caption:
            doc.add_paragraph(caption, style="Caption")
        for n in fig.spec.footnotes:
            doc.add_paragraph(n, style="Caption")

    if note.left_out:
        doc.add_paragraph(note.phrase("Also in this briefing, not shown on this page: {items}.",
                                      items="; ".join(note.left_out)), style="Caption")

    doc.add_heading(note.phrase("Sources"), level=1)
    if note.sources:
        for marker, line in note.sources:
            doc.add_paragraph(f"{marker} {line}", style="Source")
    else:
        doc.add_paragraph(note.phrase("No sources are cited by what this note shows."),
                          style="Source")
    if note.packs:
        doc.add_paragraph(note.phrase("Figures and events from the pack {packs}.",
                                      packs="; ".join(note.packs)), style="Source")
    _properties(doc, note)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _own_package_parts(buffer.getvalue(), thumbnail_png)


def write_note_docx(note: BriefingNote, out: str | Path) -> Path:
    """Write ``note`` to ``out`` atomically (a failure leaves no half-written file)."""
    out = Path(out)
    write_atomic(out, note_docx_bytes(note))
    return out


def read_receipt(path: str | Path) -> str:
    """The receipt a note carries (its core properties' comments); "" if none.

    Only docProps/core.xml is read, bounded (issue 15: a crafted file must not be opened whole)."""
    from explorer.export.table_writer import read_receipt_from_package

    return read_receipt_from_package(path, required=False)


def _own_package_parts(data: bytes, thumbnail_png: bytes) -> bytes:
    """python-docx's template says "Microsoft Macintosh Word" and carries a blank page as its
    thumbnail: the application is named as ours, and the thumbnail is the note's first page."""
    app_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>{APP_NAME}</Application><AppVersion>{_app_version()}</AppVersion>"
        "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/thumbnail.jpeg":
                continue
            if info.filename == "docProps/app.xml":
                body = app_xml.encode("utf-8")
            elif info.filename == "_rels/.rels":
                target = "docProps/thumbnail.png" if thumbnail_png else ""
                body = re.sub(rb'<Relationship [^>]*Target="docProps/thumbnail\.jpeg"/>',
                              (f'<Relationship Id="rIdThumb" Type="{_THUMBNAIL_REL}" '
                               f'Target="{target}"/>').encode() if target else b"", body)
            elif info.filename == "[Content_Types].xml" and b'Extension="png"' not in body:
                body = body.replace(b"<Default ", b'<Default Extension="png" ContentType="image/png"/>'
                                    b"<Default ", 1)
            dst.writestr(info, body)
        if thumbnail_png:
            dst.writestr("docProps/thumbnail.png", thumbnail_png)
    return out.getvalue()


def _app_version() -> str:
    """Office's XX.YYYY form, from our version (1.2.3 -> 01.0002)."""
    parts = [int(p) for p in re.findall(r"\d+", __version__)[:2]] + [0, 0]
    return f"{parts[0]:02d}.{parts[1]:04d}"


# -- pieces ----------------------------------------------------------------------------------------

def _page(doc, note: BriefingNote) -> None:
    width, height = PAPER_SIZES[note.paper]
    for section in doc.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = width, height
        section.left_margin = section.right_margin = MARGIN
        section.top_margin = section.bottom_margin = Cm(2.0)
        section.header_distance = section.footer_distance = Cm(0.8)


def _styles(doc) -> None:
    """A compact house style: the note must fit on one page with a chart or two."""
    styles = doc.styles
    normal = styles["Normal"]
    # One named face for every style (headings inherit it): the same look in Word and in Writer,
    # which substitutes the metric-compatible Liberation Sans where Arial is not installed.
    for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2"):
        _font_name(styles[name], FONT)
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(3)
    styles["Title"].font.size = Pt(20)
    styles["Subtitle"].font.size = Pt(11)
    for name, size in (("Heading 1", 12), ("Heading 2", 10.5)):
        h = styles[name]
        h.font.size = Pt(size)
        h.font.color.rgb = HEADING_RGB
        h.paragraph_format.space_before = Pt(8 if name == "Heading 1" else 4)
        h.paragraph_format.space_after = Pt(2)
    styles["List Bullet"].paragraph_format.space_after = Pt(1)
    caption = styles["Caption"]
    caption.font.size = Pt(8)
    caption.paragraph_format.space_after = Pt(1)
    caption.font.italic = False
    caption.font.bold = False
    caption.font.color.rgb = MUTED_RGB

    def add(name: str, base: str, size: float, *, bold=False, rgb=None, centred=False):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.quick_style = True
        style.font.size = Pt(size)
        style.font.bold = bold
        if rgb is not None:
            style.font.color.rgb = rgb
        if centred:
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        style.paragraph_format.space_after = Pt(1)
        return style

    add("Marking", "Header", 10, bold=True, rgb=MARKING_RGB, centred=True)
    add("Footer Note", "Footer", 8, rgb=MUTED_RGB, centred=True)
    add("Source", "Normal", 8)
    add("Table Text", "Normal", 8.5)
    add("Table Heading", "Normal", 8.5, bold=True)
    add("Warning", "Normal", 9.5, bold=True, rgb=WARNING_RGB)


def _font_name(style, name: str) -> None:
    style.font.name = name
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), name)
    fonts.set(qn("w:eastAsia"), FONT_JA)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def _header_footer(doc, note: BriefingNote) -> None:
    for section in doc.sections:
        header = section.header.paragraphs[0]
        header.style = doc.styles["Marking"]
        header.text = note.marking
        footer = section.footer.paragraphs[0]
        footer.style = doc.styles["Marking"]
        footer.text = note.marking
        line = section.footer.add_paragraph(
            note.phrase("{title} · {date} · page ", title=note.title, date=note.date),
            style="Footer Note")
        _field(line, "PAGE", "1")
        line.add_run(note.phrase(" of "))
        _field(line, "NUMPAGES", "1")
        if note.phrase("{pages}"):  # "1/2ページ"
            line.add_run(note.phrase("{pages}"))


def _field(paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and Writer update when they lay the page out."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _table(doc, header, rows, widths_cm=None):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, header):
        cell.paragraphs[0].text = text
        cell.paragraphs[0].style = doc.styles["Table Heading"]
    _repeat_header(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            cell.paragraphs[0].text = text
            cell.paragraphs[0].style = doc.styles["Table Text"]
    if widths_cm:
        table.autofit = False
        for column, w in zip(table.columns, widths_cm):
            column.width = Cm(w)
        for row in table.rows:
            for cell, w in zip(row.cells, widths_cm):
                cell.width = Cm(w)
    return table


def _repeat_header(row) -> None:
    pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    pr.append(el)


def _events_table(doc, note: BriefingNote) -> None:
    rows = [(e.date, e.title, e.status, e.parties, e.markers) for e in note.events]
    header = [note.phrase(c) for c in EVENT_COLUMNS]
    _table(doc, header, rows, widths_cm=(2.6, 7.0, 2.2, 3.5, 2.1))


def _figure_table(doc, fig) -> None:
    header, rows = fig.spec.table()
    _table(doc, header, rows)


def _properties(doc, note: BriefingNote) -> None:
    cp = doc.core_properties
    now = _dt.datetime.now(_dt.UTC).replace(microsecond=0, tzinfo=None)
    cp.title = note.title[:255]
    cp.subject = note.marking[:255]
    cp.keywords = note.keywords()
    cp.author = APP_NAME
    cp.last_modified_by = APP_NAME
    # The receipt (with every source in full) is longer than the 255 characters python-docx's
    # setter allows; dc:description itself has no such limit, so the element is written directly.
    cp.comments = ""
    cp._element.find(qn("dc:description")).text = note.receipt_json
    cp.category = "Briefing note"
    cp.content_status = note.marking
    cp.created = now
    cp.modified = now
    cp.revision = 1
    cp.version = f"{APP_NAME} {__version__}"
