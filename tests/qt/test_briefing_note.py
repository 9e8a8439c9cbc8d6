"""The briefing note through Qt: charts drawn at 300 dpi, the PDF (marking on every page, every
source extractable), the `note` command's exit codes, LibreOffice opening the DOCX, and printing."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtGui import QImage, QPageLayout
from PySide6.QtPrintSupport import QPrinter

from explorer.export.view_state import ViewState
from explorer.qt import briefing_note as bn
from explorer.qt import printing
from explorer.qt.export_commands import main as commands_main
from explorer.state.comparison_setup import ComparisonSetup
from explorer.userdata.briefings import read_briefing_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "briefing-japan.json"
MARKING = "RESTRICTED — FOR BRIEFING ONLY"
TRADE = ViewState(view="chart", comparison=ComparisonSetup(
    indicator_id="goods_exports", basis="converted", currency="USD", chart="line"))


def flat(text: str) -> str:
    """Extracted PDF text as one line: Qt writes words apart and lines break after hyphens. The
    bundled font maps U+2012 and U+2013 to one glyph, so an en dash extracts as a figure dash
    (a known limit of the font subset, not of the note)."""
    text = re.sub(r"-\s+", "-", " ".join(text.split())).replace("\u2012", "\u2013")
    return re.sub(rf"\s+(?=[{CJK}])|(?<=[{CJK}])\s+", "", text)  # pypdf splits runs of kana/kanji


CJK = "\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef"


def example_items():
    b = read_briefing_file(EXAMPLE)
    return b.title, [(i.view, i.title, i.talking_points) for i in b.items]


@pytest.fixture(scope="module")
def example_note(qapp):
    title, items = example_items()
    return bn.make_note(title, items, marking=MARKING)


def test_charts_are_drawn_at_300_dpi_and_the_docx_holds_them(qapp, example_note, tmp_path):
    out = bn.write_note(example_note, tmp_path / "note.docx")
    doc = Document(str(out))
    (shape,) = doc.inline_shapes
    blob = doc.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
    image = QImage.fromData(blob, "PNG")
    assert image.width() / (shape.width / 914400) == pytest.approx(300, abs=1)
    # Not a blank picture: the chart's lines and text are drawn.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_the_docx_thumbnail_is_its_first_page(qapp, example_note, tmp_path):
    import zipfile

    out = bn.write_note(example_note, tmp_path / "note.docx")
    with zipfile.ZipFile(out) as z:
        assert b'Target="docProps/thumbnail.png"' in z.read("_rels/.rels")
        thumb = QImage.fromData(z.read("docProps/thumbnail.png"), "PNG")
    assert thumb.height() / thumb.width() == pytest.approx(297 / 210, abs=0.01)  # an A4 page
    red = sum(thumb.pixelColor(x, y).red() > thumb.pixelColor(x, y).green() + 60
              for x in range(thumb.width()) for y in range(thumb.height() // 12))
    assert red > 5  # the marking, in red, at the top of the page
    chart_band = {thumb.pixel(x, y) for x in range(thumb.width() // 6, thumb.width() * 5 // 6)
                  for y in range(thumb.height() * 3 // 4, thumb.height() * 7 // 8)}
    assert len(chart_band) > 50  # the chart is drawn, not a blank box


def test_pdf_note_has_the_marking_on_every_page_and_every_source_in_its_text(qapp, example_note,
                                                                            tmp_path):
    out = bn.write_note(example_note, tmp_path / "note.pdf")
    reader = PdfReader(out)
    pages = [flat(p.extract_text()) for p in reader.pages]
    assert 1 <= len(pages) <= 3
    for i, text in enumerate(pages):
        assert text.count(MARKING) >= 2, f"page {i + 1}: marking at top and bottom"
        assert f"page {i + 1} of {len(pages)}" in text
    whole = " ".join(pages)
    assert "Talking points" in whole and "Compare with the US in one currency" in whole
    assert "Figure 1. EU and US goods exports to Japan, in USD" in whole
    for marker, line in example_note.sources:
        assert flat(f"{marker} {line}") in whole
    for banned in ("zoom in", "more in notes", "[Title not in the copy]"):
        assert banned not in whole
    assert reader.metadata.title == example_note.title
    assert reader.metadata.subject == MARKING  # the document information, as every PDF of ours
    assert example_note.sources[0][1].split(",")[0] in reader.metadata["/Keywords"]
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert MARKING in xmp and example_note.sources[0][1].split(",")[0] in xmp


def test_a_japanese_pdf_note_has_its_headings_and_footer_in_japanese(qapp, tmp_path):
    title, items = example_items()
    note = bn.make_note(title, items, marking=MARKING, label_language="ja")
    out = bn.write_note(note, tmp_path / "note.pdf")
    pages = [flat(p.extract_text()) for p in PdfReader(out).pages]
    whole = " ".join(pages)
    for heading in ("発言要領", "出来事", "出典", "図1"):
        assert heading in whole
    for i, text in enumerate(pages):
        assert f"{i + 1}/{len(pages)}ページ" in text
    for english in ("Talking points", "Briefing note ·", "Figure 1.", "page 1 of"):
        assert english not in whole


def test_letter_paper_is_letter(qapp, tmp_path):
    note = bn.make_note("Trade", [(TRADE, "Trade", "")], marking="", paper="letter")
    page = PdfReader(bn.write_note(note, tmp_path / "n.pdf")).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    doc = Document(str(bn.write_note(note, tmp_path / "n.docx")))
    assert round(doc.sections[0].page_width.inches, 2) == 8.5


# -- the command ------------------------------------------------------------------------------------

def run(capsys, *args):
    code = commands_main(["note", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_note_command_writes_docx_and_pdf_from_the_extension(qapp, tmp_path, capsys):
    code, out, err = run(capsys, EXAMPLE, "--out", tmp_path / "n.docx", "--marking", MARKING)
    assert code == 0, err
    assert "wrote" in out
    doc = Document(str(tmp_path / "n.docx"))
    assert doc.sections[0].header.paragraphs[0].text == MARKING
    receipt = json.loads(doc.core_properties.comments)
    assert receipt["briefing"]["title"] == "Japan: trade and the EU–Japan EPA"
    code, _out, err = run(capsys, EXAMPLE, "--out", tmp_path / "n.pdf", "--paper", "letter")
    assert code == 0, err
    assert "OFFICIAL" in PdfReader(tmp_path / "n.pdf").pages[0].extract_text()


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_note_command_writes_a_japanese_briefing_in_japanese(qapp, tmp_path, capsys):
    """A briefing whose views are labelled in Japanese gives a Japanese note (it was always English
    from the command line); --labels chooses for the whole note."""
    briefing = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for item in briefing["items"]:
        item["view"]["label_language"] = "ja"
    japanese = tmp_path / "ja.json"
    japanese.write_text(json.dumps(briefing, ensure_ascii=False), encoding="utf-8")
    code, _out, err = run(capsys, japanese, "--out", tmp_path / "ja.docx")
    assert code == 0, err
    text = _docx_text(tmp_path / "ja.docx")
    assert "発言要領" in text and "欧州連合、日本" in text and "Talking points" not in text
    assert "米欧のはざまの日本" in text  # the pack named by its Japanese title
    code, _out, err = run(capsys, japanese, "--out", tmp_path / "en.docx", "--labels", "en")
    assert code == 0, err
    text = _docx_text(tmp_path / "en.docx")
    assert "Talking points" in text and "発言要領" not in text
    code, _out, err = run(capsys, EXAMPLE, "--out", tmp_path / "ja2.docx", "--labels", "ja")
    assert code == 0, err
    assert "発言要領" in _docx_text(tmp_path / "ja2.docx")


@pytest.mark.parametrize("args", [("--out", "n.pptx"), ("--out", "n"), ("--paper", "a3", "--out", "n.pdf")])
def test_note_command_refuses_other_formats_with_one_line(qapp, tmp_path, capsys, args):
    args = [a if not a.startswith("n") else tmp_path / a for a in args]
    code, _out, err = run(capsys, EXAMPLE, *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content,expected", [
    ("{not json", r"bad\.json:1:2: not valid JSON"),
    ('{"briefing": 1, "items": [{"view": {"view": "map"}}]}', r"bad\.json: items\[0\]\.view\.view: must be one of"),
    ('{"briefing": 1, "items": [{"view": {"view": "timeline", "pack": "{tmp}/gone"}}]}',
     r"bad\.json: items\[0\]\.view\.pack: the pack cannot be opened \(.*gone: no such file or folder\)"),
    ('{"briefing": 1, "items": [{"view": {"view": "event", "event_id": "nope"}}]}',
     r"bad\.json: items\[0\] \(event\): view\.event_id: the pack has no event 'nope'"),
    ('{"briefing": 1, "title": "x", "items": []}', r"bad\.json: items: the briefing has no items"),
])
def test_a_broken_briefing_is_one_line_naming_file_and_field_and_nothing_is_written(
        qapp, tmp_path, capsys, content, expected):
    bad = tmp_path / "bad.json"
    bad.write_text(content.replace("{tmp}", str(tmp_path)), encoding="utf-8")
    out = tmp_path / "out" / "note.docx"
    code, _out, err = run(capsys, bad, "--out", out)
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert re.search(expected, err), err
    assert not out.exists() and not (out.parent.exists() and list(out.parent.iterdir()))


def test_a_failed_write_leaves_the_previous_file_whole(qapp, tmp_path, monkeypatch, capsys):
    out = tmp_path / "note.docx"
    out.write_bytes(b"the previous note")

    def broken(_note, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("explorer.export.docx_writer.note_docx_bytes", broken)
    code, _out, err = run(capsys, EXAMPLE, "--out", out)
    assert code == 1 and "No space left" in err
    assert out.read_bytes() == b"the previous note"
    assert [p.name for p in tmp_path.iterdir()] == ["note.docx"]  # no temp file left either


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: cannot check that Writer opens the DOCX")
def test_libreoffice_converts_the_docx_and_finds_its_text(qapp, example_note, tmp_path):
    out = bn.write_note(example_note, tmp_path / "note.docx")
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(out)],
                   check=True, capture_output=True, timeout=240)
    text = " ".join(flat(p.extract_text()) for p in PdfReader(tmp_path / "lo" / "note.pdf").pages)
    assert "Japan: trade and the EU–Japan EPA" in text
    assert "Talking points" in text and MARKING in text
    assert "page 1 of" in text  # the footer's fields were laid out by Writer


# -- printing ----------------------------------------------------------------------------------------

def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_a_briefing_puts_each_item_on_a_page_with_the_marking(qapp, tmp_path):
    title, items = example_items()
    pages = printing.briefing_pages(title, items, marking=MARKING)
    try:
        count = pages.paint(pdf_printer(tmp_path / "printed.pdf"))
    finally:
        pages.close()
    reader = PdfReader(tmp_path / "printed.pdf")
    # One slide per item; the timeline's unlabelled events follow it on a page of their own, as
    # in the PDF export.
    assert len(reader.pages) == count >= len(items)
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape, like the slides
    texts = [flat(p.extract_text()) for p in reader.pages]
    for i, text in enumerate(texts):
        assert text.count(MARKING) >= 2, f"page {i + 1}"
    starts = [next(i for i, t in enumerate(texts) if t.startswith(f"{MARKING} {flat(item[1])}"))
              for item in items]
    assert starts == sorted(starts) and starts[0] == 0  # each item's title heads a page, in order


def test_print_preview_paints_the_pages_it_was_given(qtbot, qapp, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    pages = printing.briefing_pages("One", [(TRADE, "Goods exports", "")], marking=MARKING)
    dialog = printing.open_preview(parent, pages)
    try:
        assert dialog.isVisible()
        printer = pdf_printer(tmp_path / "p.pdf")
        dialog.paintRequested.emit(printer)  # what the dialog's Print button does
        assert dialog._printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    finally:
        dialog.close()
    qtbot.waitUntil(lambda: pages.canvases == [])  # freed with the dialog
    assert MARKING in flat(PdfReader(tmp_path / "p.pdf").pages[0].extract_text())
