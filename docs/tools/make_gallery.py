"""Regenerate docs/gallery.md and docs/gallery/: every export of the default pack, as a reader sees it.

Run from the project root:  .venv/bin/python docs/tools/make_gallery.py

Every view kind (a bar chart, an index line chart, a growth bar chart, a table, the whole timeline,
a trade timeline and an event) is exported as PNG, SVG, PDF and PowerPoint through the app's own
export code (``explorer.qt.exporting``), and so are the example briefing (docs/examples/
briefing-japan.json) as a deck (PowerPoint, PDF) and as a briefing note (Word, PDF). Each page of
each file becomes a PNG thumbnail about 640 pixels wide in docs/gallery/, and docs/gallery.md is
rewritten whole to show them.

Thumbnails: PNG exports are scaled; SVG is drawn by Qt's QSvgRenderer; PDF pages are drawn by
poppler's ``pdftoppm``; PowerPoint and Word files are first converted to PDF by LibreOffice
(``soffice --headless``), so those thumbnails show LibreOffice's rendering, not Microsoft Office's.
Both tools are therefore required: without either, the script says so in one line and exits 2.

The exported files go to a temporary folder; thumbnails are made in a staging folder and only copied
into docs/ once every one of them was made, so a failure leaves the previous gallery whole. A
throw-away user folder is used, so your own settings (export marking, ...) neither apply nor change.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DOCS = ROOT / "docs"
GALLERY_DIR = DOCS / "gallery"
GALLERY_MD = DOCS / "gallery.md"
VIEW_EXAMPLE = DOCS / "examples" / "view-trade-eu-us.json"
BRIEFING_EXAMPLE = DOCS / "examples" / "briefing-japan.json"

MARKING = "OFFICIAL"
SLIDE_SIZE = "1920x1080"
THUMB_WIDTH = 640
RASTER_WIDTH = 2 * THUMB_WIDTH  # pages are rasterised at twice the thumbnail width, then reduced
TOOLS = ("soffice", "pdftoppm")
SOFFICE_TIMEOUT_S = 600

VIEW_FORMATS = ("png", "svg", "pdf", "pptx")
FORMAT_LABELS = {"png": "PNG", "svg": "SVG", "pdf": "PDF", "pptx": "PowerPoint", "docx": "Word"}
HOW_DRAWN = {"png": "the exported PNG, scaled", "svg": "drawn by Qt's SVG renderer",
             "pdf": "drawn by pdftoppm", "pptx": "converted to PDF by LibreOffice, then pdftoppm",
             "docx": "converted to PDF by LibreOffice, then pdftoppm"}


@dataclass(frozen=True)
class ViewRender:
    """One view of the default pack, exported in every format of VIEW_FORMATS."""

    slug: str  # thumbnail names start with it: bar-pptx-1.png
    heading: str
    blurb: str
    view: dict  # a VIEW.json view (without "export")

    @property
    def kind(self) -> str:
        return self.view["view"]


@dataclass(frozen=True)
class Export:
    """One exported file: which thing, in which format."""

    slug: str
    fmt: str
    kind: str  # a view kind, or "deck" / "note"


def _example_view() -> dict:
    view = json.loads(VIEW_EXAMPLE.read_text(encoding="utf-8"))
    view.pop("export", None)
    return view


def _variant(base: dict, *, title: str = "", **changes) -> dict:
    """``base`` with some top-level fields replaced and ``comparison``/``filter`` entries merged."""
    view = copy.deepcopy(base)
    view["title"] = title
    for key, value in changes.items():
        if key in ("comparison", "filter") and isinstance(value, dict):
            view[key] = {**view.get(key, {}), **value}
        else:
            view[key] = value
    return view


def view_renders() -> list[ViewRender]:
    """The views of the gallery, modelled on docs/examples/view-trade-eu-us.json."""
    bar = _example_view()
    return [
        ViewRender("bar", "Bar chart: goods exports to Japan, converted to USD",
                   "docs/examples/view-trade-eu-us.json as it is: the latest year of each series.",
                   bar),
        ViewRender("line", "Line chart on the index basis",
                   "Goods exports to Japan, every series indexed on one shared base period; "
                   "the app's own title.",
                   _variant(bar, comparison={"basis": "index", "chart": "line"})),
        ViewRender("growth", "Growth bar chart",
                   "Goods exports to Japan as % change on the previous figure; the app's own title.",
                   _variant(bar, comparison={"basis": "growth", "chart": "bar"})),
        ViewRender("table", "Table",
                   "The bar chart's figures as a table (converted to USD).",
                   _variant(bar, view="table")),
        ViewRender("timeline", "Timeline of the whole pack",
                   "Every event of the default pack, lanes by partner, leaders' terms as bands.",
                   _variant(bar, view="timeline")),
        ViewRender("timeline-trade", "Timeline filtered to trade",
                   "Only events in the trade domain.",
                   _variant(bar, view="timeline", filter={"domains": ["trade"]})),
        ViewRender("event", "Event: the EU–Japan EPA",
                   "The detail of one event (eu-jp-epa): summary, life cycle, sources.",
                   _variant(bar, view="event", event_id="eu-jp-epa")),
    ]


RENDERS = view_renders()


def planned_exports() -> list[Export]:
    """Every file the gallery is made from: each view in each slide format, the deck, the note."""
    exports = [Export(r.slug, fmt, r.kind) for r in RENDERS for fmt in VIEW_FORMATS]
    exports += [Export("deck", fmt, "deck") for fmt in ("pptx", "pdf")]
    exports += [Export("note", fmt, "note") for fmt in ("docx", "pdf")]
    return exports


# -- checking the tools ------------------------------------------------------------------------------

def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


# -- exporting through the app's code ----------------------------------------------------------------

def _start_qt(home: Path):
    """A headless QApplication using the throw-away user folder ``home``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BRIEFING_EXPLORER_HOME"] = str(home)
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quiet(_mode, _context, message: str) -> None:  # the offscreen platform's one harmless note
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    return QApplication.instance() or QApplication(sys.argv[:1])


def export_all(out_dir: Path) -> dict[Export, Path]:
    """Write every planned export into ``out_dir``; returns each export's file."""
    from explorer.export.view_state import ExportOptions, ViewState
    from explorer.qt import exporting
    from explorer.qt.briefing_note import export_note
    from explorer.userdata.briefings import read_briefing_file

    views = {r.slug: ViewState.from_dict(r.view, f"gallery {r.slug}") for r in RENDERS}
    pack = exporting.load_view_pack(next(iter(views.values())))
    briefing = read_briefing_file(BRIEFING_EXAMPLE)
    items = [(item.view, item.title, item.talking_points) for item in briefing.items]
    files: dict[Export, Path] = {}
    for export in planned_exports():
        out = out_dir / f"{export.slug}.{export.fmt}"
        started = time.perf_counter()
        if export.kind == "deck":
            exporting.export_deck(briefing.title, items, out, marking=MARKING)
        elif export.kind == "note":
            export_note(briefing.title, items, out, marking=MARKING, paper="a4")
        else:
            options = ExportOptions.make(export.fmt, SLIDE_SIZE, 1, MARKING)
            exporting.export_view(views[export.slug], options, out, pack)
        print(f"  exported {out.name} ({time.perf_counter() - started:.1f} s)")
        files[export] = out
    return files


# -- turning files into page images --------------------------------------------------------------

def office_to_pdf(paths: list[Path], out_dir: Path, profile: Path) -> dict[Path, Path]:
    """PowerPoint and Word files as PDFs, by one LibreOffice run with a private profile (so it
    neither uses nor disturbs a LibreOffice the user has open)."""
    if not paths:
        return {}
    out_dir.mkdir(parents=True, exist_ok=True)
    cmd = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, paths)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=SOFFICE_TIMEOUT_S)
    converted = {}
    for path in paths:
        pdf = out_dir / f"{path.stem}.pdf"
        if not pdf.is_file():
            raise RuntimeError(f"LibreOffice did not convert {path.name}")
        converted[path] = pdf
    return converted


_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*[-\d.]+\s+[-\d.]+\s+([-\d.]+)\s+[-\d.]+\s*\]")


def _raster_dpi(pdf: Path) -> int:
    """The resolution at which the widest page is RASTER_WIDTH pixels wide (150 if not found)."""
    widths = [float(m) for m in _MEDIABOX.findall(pdf.read_bytes())]
    if not widths:
        return 150
    return max(36, round(RASTER_WIDTH * 72 / max(widths)))


def pdf_pages(pdf: Path, work: Path):
    """Every page of ``pdf`` as a PIL image, in order (``work``: an empty folder of its own)."""
    from PIL import Image

    work.mkdir(parents=True)
    subprocess.run(["pdftoppm", "-png", "-r", str(_raster_dpi(pdf)), str(pdf), str(work / "page")],
                   check=True, capture_output=True)
    pages = sorted(work.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if not pages:
        raise RuntimeError(f"pdftoppm drew no page of {pdf.name}")
    return [Image.open(p).convert("RGB") for p in pages]


def svg_page(svg: Path):
    """The SVG drawn by Qt on white, RASTER_WIDTH pixels wide."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"Qt cannot read {svg.name}")
    size = renderer.defaultSize()
    image = QImage(RASTER_WIDTH, round(RASTER_WIDTH * size.height() / size.width()),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    from io import BytesIO

    return Image.open(BytesIO(bytes(data))).convert("RGB")


def file_pages(export: Export, path: Path, office_pdfs: dict[Path, Path], work: Path) -> list:
    """The pages of one exported file as PIL images, whatever its format."""
    from PIL import Image

    if export.fmt == "png":
        return [Image.open(path).convert("RGB")]
    if export.fmt == "svg":
        return [svg_page(path)]
    pages_dir = work / f"pages-{export.slug}-{export.fmt}"
    return pdf_pages(path if export.fmt == "pdf" else office_pdfs[path], pages_dir)


def save_thumbnail(page, out: Path) -> None:
    """``page`` THUMB_WIDTH pixels wide, as a compact PNG (a 256-colour palette; slides are flat)."""
    from PIL import Image

    height = max(1, round(page.height * THUMB_WIDTH / page.width))
    small = page.resize((THUMB_WIDTH, height), Image.Resampling.LANCZOS)
    small.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        out, "PNG", optimize=True)


def thumbnail_name(export: Export, page: int) -> str:
    return f"{export.slug}-{export.fmt}-{page}.png"


def make_thumbnails(files: dict[Export, Path], stage: Path, work: Path) -> dict[Export, list[str]]:
    """Every page of every file as a thumbnail in ``stage``; returns the names per export."""
    office = [p for e, p in files.items() if e.fmt in ("pptx", "docx")]
    office_pdfs = office_to_pdf(office, work / "office", work / "lo-profile")
    names: dict[Export, list[str]] = {}
    for export, path in files.items():
        pages = file_pages(export, path, office_pdfs, work)
        names[export] = []
        for number, page in enumerate(pages, start=1):
            name = thumbnail_name(export, number)
            save_thumbnail(page, stage / name)
            names[export].append(name)
    return names


# -- the page --------------------------------------------------------------------------------------

def _images(export: Export, names: list[str], what: str) -> str:
    pages = len(names)
    return " ".join(
        f"![{what}, {FORMAT_LABELS[export.fmt]}"
        f"{f', page {i} of {pages}' if pages > 1 else ''}](gallery/{name})"
        for i, name in enumerate(names, start=1))


def _format_table(exports: list[Export], names: dict[Export, list[str]], what: str) -> list[str]:
    lines = ["| format | as a reader sees it |", "|---|---|"]
    for export in exports:
        pages = len(names[export])
        label = f"**{FORMAT_LABELS[export.fmt]}**<br>{HOW_DRAWN[export.fmt]}"
        if pages > 1:
            label += f"<br>{pages} pages"
        lines.append(f"| {label} | {_images(export, names[export], what)} |")
    return lines


def gallery_markdown(names: dict[Export, list[str]]) -> str:
    by_slug: dict[str, list[Export]] = {}
    for export in names:
        by_slug.setdefault(export.slug, []).append(export)
    lines = [
        "# Gallery: every export, as a reader sees it",
        "",
        "<!-- Written by docs/tools/make_gallery.py; edit the script, not this page. -->",
        "",
        "Every kind of view of the default pack, exported in every slide format through the app's own "
        "export code (the same code as File ▸ Export… and `briefing-explorer export`), plus the example "
        "briefing ([`docs/examples/briefing-japan.json`](examples/briefing-japan.json)) as a deck and "
        f"as a briefing note. All carry the marking \"{MARKING}\"; slides are {SLIDE_SIZE}, notes A4. "
        "Each page of each file is shown as a thumbnail "
        f"{THUMB_WIDTH} pixels wide, so small type here is smaller still on the page: judge layout, "
        "not legibility, and open the real file for that. What the formats hold: "
        "[`export.md`](export.md).",
        "",
        "Regenerate it from the project root (well under a minute; LibreOffice takes the longest) "
        "with:",
        "",
        "```sh",
        ".venv/bin/python docs/tools/make_gallery.py",
        "```",
        "",
        "It needs **LibreOffice** (`soffice`) and **poppler** (`pdftoppm`) on the PATH: a PDF page "
        "can only be seen once something draws it (poppler), and PowerPoint and Word files only once "
        "an office suite lays them out (LibreOffice converts them to PDF first, so those thumbnails "
        "show LibreOffice's rendering, which can differ from PowerPoint's or Word's in fonts and line "
        "breaks). Without either tool the script says so and exits 2, writing nothing. The exported "
        "files themselves go to a temporary folder; this page and `docs/gallery/` are rewritten whole.",
        "",
    ]
    for render in RENDERS:
        lines += [f"## {render.heading}", "", render.blurb, ""]
        lines += _format_table(by_slug[render.slug], names, render.heading)
        lines.append("")
    lines += ["## Briefing deck", "",
              "[`docs/examples/briefing-japan.json`](examples/briefing-japan.json) as one deck "
              "(`briefing-explorer deck`): a title slide, one slide per item, the sources.", ""]
    lines += _format_table(by_slug["deck"], names, "Briefing deck")
    lines += ["", "## Briefing note", "",
              "The same briefing as a one-page note on A4 (`briefing-explorer note`).", ""]
    lines += _format_table(by_slug["note"], names, "Briefing note")
    lines.append("")
    return "\n".join(lines)


# -- putting it together ---------------------------------------------------------------------------

def publish(stage: Path, markdown: str) -> None:
    """Replace docs/gallery/ and docs/gallery.md by the staged ones (old thumbnails removed)."""
    GALLERY_DIR.mkdir(exist_ok=True)
    for old in GALLERY_DIR.glob("*.png"):
        if not (stage / old.name).exists():
            old.unlink()
    for new in sorted(stage.glob("*.png")):
        shutil.copyfile(new, GALLERY_DIR / new.name)
    tmp = GALLERY_MD.with_suffix(".md.tmp")
    tmp.write_text(markdown, encoding="utf-8")
    os.replace(tmp, GALLERY_MD)


def main() -> int:
    missing = missing_tools()
    if missing:
        print(f"make_gallery: {' and '.join(missing)} not found; the gallery needs LibreOffice "
              "(soffice) and poppler (pdftoppm) on the PATH. Nothing was written.", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="be-gallery-") as tmp_name:
        tmp = Path(tmp_name)
        for sub in ("home", "exports", "work", "stage"):
            (tmp / sub).mkdir()
        app = _start_qt(tmp / "home")
        print(f"exporting into {tmp / 'exports'}")
        files = export_all(tmp / "exports")
        exported = time.perf_counter()
        print(f"drawing thumbnails (LibreOffice, pdftoppm, Qt SVG); exporting took "
              f"{exported - started:.0f} s")
        names = make_thumbnails(files, tmp / "stage", tmp / "work")
        publish(tmp / "stage", gallery_markdown(names))
        seconds = time.perf_counter() - started
        app.processEvents()
    total = sum(p.stat().st_size for p in GALLERY_DIR.glob("*.png"))
    count = sum(len(v) for v in names.values())
    print(f"wrote {GALLERY_MD.relative_to(ROOT)} and {count} thumbnails in "
          f"{GALLERY_DIR.relative_to(ROOT)} ({total / 1e6:.1f} MB) in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
