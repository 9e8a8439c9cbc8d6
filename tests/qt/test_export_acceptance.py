"""Every view kind in every slide format, re-opened as a reader and a file manager would see it:
every source the shown figures or events cite is printed in full (visible text) and carried in the
file's metadata; nothing defers to notes a format does not have, and no placeholder reaches a reader.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pytest
from pptx import Presentation
from pypdf import PdfReader
from PySide6.QtGui import QImage

from explorer.data.pack_loader import load_pack
from explorer.domain.citation import citation
from explorer.export.view_state import ExportOptions, ViewState
from explorer.paths import default_pack_path
from explorer.qt import exporting
from explorer.qt.render.slide_render import SVG_FONT_FAMILIES
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter

SVG = "{http://www.w3.org/2000/svg}"
MARKING = "OFFICIAL-SENSITIVE"
FORBIDDEN = ("zoom in", "more in notes", "full list in the notes", "Title not in the copy",
             "listed in the notes")
VIEWS = {
    "bar": ViewState(view="chart", comparison=ComparisonSetup(
        indicator_id="goods_exports", basis="converted", currency="USD", chart="bar")),
    "line-index": ViewState(view="chart", comparison=ComparisonSetup(
        indicator_id="goods_exports", basis="index", chart="line")),
    "table": ViewState(view="table", comparison=ComparisonSetup(
        indicator_id="goods_exports", basis="published", chart="line")),
    "timeline": ViewState(view="timeline", filter=Filter(domains=frozenset({"trade"}))),
    "event": ViewState(view="event", event_id="eu-jp-epa"),
}


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def _flat(text: str) -> str:
    """Whitespace collapsed (PDF and SVG break lines and words their own way; a line may break
    after the hyphen of "20-year")."""
    text = re.sub(r"(\S)- ", r"\1-", " ".join(text.replace("\u2012", "\u2013").split()))
    return re.sub(rf"\s+(?=[{CJK}])|(?<=[{CJK}])\s+", "", text)  # pypdf splits runs of kanji


CJK = "\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef"


def _expected_sources(kind: str, view: ViewState, pack) -> list[str]:
    """The sources the figures or events on the slide cite, worked out from the pack itself."""
    slide, content, spec = exporting.build_slide(view, pack, ExportOptions.make("png"))
    if content is not None:
        content.deleteLater()
    lines = [f"{m} {text}" for m, text in slide.sources]
    if spec is not None:  # every figure's marker is listed, and nothing else
        used = {f.source_marker for p in spec.panels for s in p.series for f in s.figures}
        assert used <= {m for m, _t in spec.sources}
    if kind == "event":
        ev = pack.events.set_index("id").loc[view.event_id]
        cited = [citation(pack.source_by_id[s]) for s in ev["source_ids"].split(";") if s]
        assert [t for _m, t in slide.sources] == cited
    assert lines, kind
    return lines


def _visible_and_metadata(path, fmt: str) -> tuple[str, str]:
    if fmt == "png":
        image = QImage(str(path))
        assert not image.isNull()
        return "", image.text("Description") + "\n" + image.text("Classification")
    if fmt == "svg":
        root = ET.parse(path).getroot()
        visible = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
        meta = (root.findtext(f"{SVG}desc") or "") + " ".join(
            e.text or "" for e in root.iter("{http://purl.org/dc/elements/1.1/}source"))
        return visible, meta
    if fmt == "pdf":
        reader = PdfReader(path)
        visible = " ".join(p.extract_text() for p in reader.pages)
        xmp = reader.xmp_metadata
        return visible, f"{reader.metadata.get('/Keywords', '')} {reader.metadata.get('/Subject', '')} " + (
            str(xmp.rdf_root.toxml()) if xmp is not None else "")
    prs = Presentation(str(path))
    visible = " ".join(sh.text_frame.text for sl in prs.slides for sh in sl.shapes if sh.has_text_frame)
    notes = " ".join(sl.notes_slide.notes_text_frame.text for sl in prs.slides if sl.has_notes_slide)
    return visible + " " + notes, f"{prs.core_properties.keywords} {prs.core_properties.subject}"


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf", "pptx"])
@pytest.mark.parametrize("kind", list(VIEWS))
def test_every_source_is_printed_in_full_and_travels_in_the_metadata(qapp, tmp_path, pack, kind, fmt):
    view = VIEWS[kind]
    expected = _expected_sources(kind, view, pack)
    out = exporting.export_view(view, ExportOptions.make(fmt, "1920x1080", 1, MARKING),
                                tmp_path / f"{kind}.{fmt}", pack)
    visible, meta = _visible_and_metadata(out, fmt)
    visible, meta = _flat(visible), _flat(meta)
    for line in expected:
        if fmt != "png":  # a PNG's pixels are the SVG's drawing; its text is checked there
            assert _flat(line) in visible, (kind, fmt, line)
        assert _flat(line) in meta, (kind, fmt, line)
    assert MARKING in meta
    for phrase in FORBIDDEN:
        assert phrase not in visible and phrase not in meta, (kind, fmt, phrase)


def test_index_bases_are_shared_or_the_difference_is_said(qapp, pack):
    view = VIEWS["line-index"]
    spec = exporting.spec_for(view, pack, exporting.session_for(view, pack))
    units = {p.unit for p in spec.panels}
    assert len(units) == 1 and "= 100" in units.pop()  # one base for every series, named


def test_every_svg_text_is_in_the_bundled_font(qapp, tmp_path, pack):
    """Ticks, legends and value labels too: a laptop without the font shows the same slide."""
    for kind in ("bar", "line-index", "timeline"):
        out = exporting.export_view(VIEWS[kind], ExportOptions.make("svg"), tmp_path / f"{kind}.svg", pack)
        families = {t.get("font-family") for t in ET.parse(out).getroot().iter(f"{SVG}text")}
        assert families == {SVG_FONT_FAMILIES}, (kind, families)


def test_png_and_pdf_metadata_name_every_source_for_a_cropped_copy(qapp, tmp_path, pack):
    out = exporting.export_view(VIEWS["bar"], ExportOptions.make("pdf", marking=MARKING),
                                tmp_path / "x.pdf", pack)
    info = PdfReader(io.BytesIO(out.read_bytes())).metadata
    assert info["/Subject"] == MARKING and info["/Keywords"].startswith(f"{MARKING}; [1] ")
    assert info["/Creator"].startswith("Briefing Explorer")


@pytest.mark.parametrize("size", ["1920x1080", "1280x720"])
def test_no_text_on_a_slide_is_under_12_pt(qapp, tmp_path, pack, size):
    """12 pt on a slide shown 13.33 in wide: 24 px at 1920 wide, 16 px at 1280."""
    width = int(size.split("x")[0])
    least = 12 * width / (13.333 * 72) - 0.5
    for kind, view in VIEWS.items():
        out = exporting.export_view(view, ExportOptions.make("svg", size, 1, MARKING),
                                    tmp_path / f"{kind}.svg", pack)
        small = {(t.text or "").strip()[:40]: float(t.get("font-size"))
                 for t in ET.parse(out).getroot().iter(f"{SVG}text")
                 if any(c.isalnum() for c in t.text or "")  # not the legend's ■ swatches
                 and float(t.get("font-size")) < least}
        assert not small, (kind, size, small)


def test_pdf_pages_keep_the_slide_shape_and_continue_the_sources(qapp, tmp_path, pack):
    """A whole-pack timeline cites dozens of sources: the PDF continues them on pages of their own
    rather than stretch the slide into a poster (PNG and SVG, single pictures, grow instead)."""
    out = exporting.export_view(ViewState(view="timeline"), ExportOptions.make("pdf", "1920x1080"),
                                tmp_path / "t.pdf", pack)
    reader = PdfReader(out)
    heights = [float(p.mediabox.height) for p in reader.pages]
    assert len(heights) > 2 and max(heights) < 1.3 * 810  # 1080 px at 96 dpi = 810 pt
    first = _flat(reader.pages[0].extract_text())
    assert "Continued on the next page" in first
    assert "sources (continued)" in _flat(reader.pages[1].extract_text())


def test_pptx_properties_are_the_applications_with_a_real_thumbnail(qapp, tmp_path, pack):
    import zipfile

    import pptx

    out = exporting.export_view(VIEWS["bar"], ExportOptions.make("pptx", marking=MARKING),
                                tmp_path / "b.pptx", pack)
    with zipfile.ZipFile(out) as z:
        app = z.read("docProps/app.xml").decode("utf-8")
        thumb = z.read("docProps/thumbnail.jpeg")
    n = len(Presentation(str(out)).slides)
    assert "Briefing Explorer" in app and "Macintosh" not in app
    assert "Widescreen (16:9)" in app and f"<Slides>{n}</Slides>" in app
    template = zipfile.ZipFile(pptx.__path__[0] + "/templates/default.pptx").read("docProps/thumbnail.jpeg")
    image = QImage.fromData(thumb, "JPEG")
    assert thumb != template and image.width() == 256
    colours = {image.pixel(x, y) for x in range(0, 256, 8) for y in range(0, image.height(), 8)}
    assert len(colours) > 20  # the slide itself (title, bars, sources), not a blank page


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_exports_keep_the_bundled_font_whatever_the_windows_theme(qapp, tmp_path, pack, theme):
    """The window's look (a style wrapping Fusion, never an application style sheet, which would
    stop fonts reaching a slide's legend) does not reach an export."""
    from explorer.qt.theme_apply import apply_look, reset_look
    from explorer.userdata.settings import Settings

    settings = Settings()
    settings.update({"theme": theme, "text_scale": 140})
    apply_look(qapp, settings)
    try:
        out = exporting.export_view(VIEWS["bar"], ExportOptions.make("svg"), tmp_path / "bar.svg", pack)
        families = {t.get("font-family") for t in ET.parse(out).getroot().iter(f"{SVG}text")}
        assert families == {SVG_FONT_FAMILIES}
    finally:
        reset_look(qapp)
