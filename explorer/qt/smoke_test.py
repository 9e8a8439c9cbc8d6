"""``briefing-explorer --smoke-test``: prove an installation works, offline, in a few seconds.

Opens the default pack, builds the real window offscreen, renders the timeline and a chart, exports a
PNG and a PowerPoint slide to a temporary folder and re-opens both, then imports a CSV and an XLSX
and opens one alongside, and imports an XLSX only the fallback reader (openpyxl) can read. Uses a
throw-away user folder, so
the user's own settings, notes and briefings are never touched. Exit 0 when every step passes;
otherwise the first failing step and why, and exit 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path


def _not_blank(image, what: str) -> None:
    """At least 2% of sampled pixels differ from white: something was drawn."""
    w, h = image.width(), image.height()
    if w == 0 or h == 0:
        raise AssertionError(f"{what} is empty")
    samples = [(x, y) for x in range(0, w, max(w // 60, 1)) for y in range(0, h, max(h // 40, 1))]
    inked = sum(image.pixelColor(x, y).lightness() < 235 for x, y in samples)
    if inked < len(samples) * 0.02:
        raise AssertionError(f"{what} looks blank ({inked} of {len(samples)} sampled pixels drawn)")


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="briefing-explorer-smoke-")
    os.environ["BRIEFING_EXPLORER_HOME"] = home
    out = Path(home) / "exports"
    out.mkdir()
    state: dict = {}
    started = time.perf_counter()

    def load_pack() -> str:
        from explorer.data.pack_loader import load_pack as load
        from explorer.paths import default_pack_path

        pack = load(default_pack_path())
        counts = pack.counts()
        if not counts["events"] or not counts["observations"]:
            raise AssertionError(f"the default pack is empty: {counts}")
        state["pack"] = pack
        return f"{pack.meta.title}: {counts['events']} events, {counts['observations']} figures"

    def open_window() -> str:
        from explorer.qt.app import build_window

        app, window = build_window(None)
        deadline = time.monotonic() + 60
        while window.session.pack is None:
            if time.monotonic() > deadline:
                raise AssertionError("the pack did not load within 60 s")
            app.processEvents()
            window.loader.wait(50)
        state.update(app=app, window=window)
        return f"window open on {window.session.pack.meta.name}"

    def interface_language() -> str:
        """The interface speaks the language it started in: a Japanese system locale (and no
        setting) gives Japanese menus, so the catalogue and Qt's own are in the install."""
        from explorer.qt.i18n import catalogue_path, qt_catalogue_path

        window = state["window"]
        lang = getattr(window, "interface_language", "en")
        # Every action of the menu bar is a menu's. QAction.menu() is not called: with PySide6 6.10
        # it ended the smoke test with a "QMenu already deleted" traceback.
        menus = [a.text() for a in window.menuBar().actions() if a.text() and not a.isSeparator()]
        if not menus:
            raise AssertionError("the window has no menus")
        if lang == "ja":
            if not catalogue_path().is_file() or qt_catalogue_path() is None:
                raise AssertionError(f"a Japanese catalogue is missing: {catalogue_path()} or "
                                     "qtbase_ja.qm")
            from PySide6.QtCore import QCoreApplication

            if QCoreApplication.translate("printing", "Briefing") == "Briefing":
                raise AssertionError("the Japanese catalogue did not load (a known string is English)")
            if menus[0].isascii():
                raise AssertionError(f"the interface is Japanese but the first menu reads {menus[0]!r}")
        return f"{lang}, menu {menus[0]!r}"

    def render_timeline() -> str:
        window = state["window"]
        window.timeline.resize(1200, 600)
        image = window.timeline.grab().toImage()
        _not_blank(image, "the timeline")
        return f"timeline drew {window.timeline.drawn_placement_count} events"

    def render_chart() -> str:
        window = state["window"]
        window.session.set_comparison(indicator_id="goods_exports", basis="converted", currency="USD",
                                      chart="bar")
        window.comparison.flush()
        spec = window.comparison.current_spec
        if spec is None or spec.is_empty:
            raise AssertionError("the goods-exports comparison is empty")
        view = window.comparison.chart_view
        view.resize(900, 600)
        view.flush()
        _not_blank(view.grab().toImage(), "the chart")
        return f"chart of {sum(len(p.series) for p in spec.panels)} series"

    def export_png() -> str:
        from PySide6.QtGui import QImage

        from explorer.export.view_state import ExportOptions
        from explorer.qt import exporting

        window = state["window"]
        view = window.current_view("chart")
        path = exporting.export_view(view, ExportOptions.make("png", "1280x720", 2, "SMOKE TEST"),
                                     out / "chart.png", pack=window.session.pack)
        image = QImage(str(path))
        if (image.width(), image.height()) != (2560, 1440):
            raise AssertionError(f"PNG is {image.width()}×{image.height()}, expected 2560×1440")
        _not_blank(image, "the exported PNG")
        receipt = exporting.read_receipt(path)
        # The receipt names the pack by digest (its folder only where the user allows it).
        if receipt.view != replace(view, pack=receipt.view.pack) or \
                receipt.pack_sha256 != window.session.pack.meta.digest:
            raise AssertionError("the PNG's receipt does not match the view")
        return f"PNG {path.stat().st_size // 1024} KB"

    def export_pptx() -> str:
        from pptx import Presentation

        from explorer.export.view_state import ExportOptions
        from explorer.qt import exporting

        window = state["window"]
        path = exporting.export_view(window.current_view("chart"),
                                     ExportOptions.make("pptx", marking="SMOKE TEST"),
                                     out / "chart.pptx", pack=window.session.pack)
        slide = Presentation(str(path)).slides[0]
        charts = [s.chart for s in slide.shapes if s.has_chart]
        if not charts or not list(charts[0].plots[0].series):
            raise AssertionError("the PowerPoint slide has no chart with series")
        texts = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        if "SMOKE TEST" not in texts or "[1] " not in texts:
            raise AssertionError("the slide lacks its marking or its sources")
        return f"PowerPoint chart with {len(list(charts[0].plots[0].series))} series"

    def import_files() -> str:
        """A CSV and an XLSX through the import engine (the lookup tables must be in the install),
        the XLSX pack then opened alongside the default pack."""
        import xlsxwriter

        from explorer.importing.engine import run_import
        from explorer.importing.mapping import ImportMapping
        from explorer.importing.pack_builder import write_import_pack
        from explorer.importing.source_table import read_table

        rows = [["Country", "2019", "2020"], ["日本", "5,118.0", "5,055.6"], ["NA", "12.5a", ".."]]
        csv_path = Path(home) / "gdp.csv"
        csv_path.write_bytes("\n".join(",".join(f'"{c}"' for c in r) for r in rows).encode("shift_jis"))
        xlsx_path = Path(home) / "gdp.xlsx"
        book = xlsxwriter.Workbook(str(xlsx_path))
        sheet = book.add_worksheet("GDP")
        for i, r in enumerate(rows):
            sheet.write_row(i, 0, r)
        book.close()
        mapping = ImportMapping(kind="observations", columns={"reporter": ("Country",)}, wide_periods=True,
                                constants={"indicator_id": "gdp", "indicator.domain": "finance",
                                           "unit": "USD", "scale": "9"})
        made = {}
        for path in (csv_path, xlsx_path):
            result = run_import(read_table(path), mapping)
            got = sorted((r["reporter"], r["period"], r["value"]) for r in result.records)
            if got != [("jp", "2019", "5118"), ("jp", "2020", "5055.6"), ("na", "2019", "12.5")]:
                raise AssertionError(f"{path.name} imported as {got}")
            made[path.suffix] = write_import_pack(result, Path(home) / "packs" / path.suffix[1:])
        window, app = state["window"], state["app"]
        window.add_pack(str(made[".xlsx"]))
        deadline = time.monotonic() + 60
        while len(window.session.packs) < 2:
            if time.monotonic() > deadline:
                raise AssertionError("the imported pack did not open alongside within 60 s")
            app.processEvents()
            window.loader.wait(50)
        return f"CSV (Shift_JIS) and XLSX imported; {len(window.session.packs)} packs open"

    def import_iso_date_workbook() -> str:
        """An XLSX with ISO 8601 date cells (t="d"), which the streaming reader hands to openpyxl:
        the fallback reader, et_xmlfile and defusedxml must all be in the install."""
        import datetime as dt

        import openpyxl
        import openpyxl.xml

        from explorer.importing.engine import run_import
        from explorer.importing.mapping import ImportMapping
        from explorer.importing.source_table import read_table
        from explorer.importing.xlsx_reader import XlsxUnsupported, XlsxWorkbook

        path = Path(home) / "treaties-iso-dates.xlsx"
        book = openpyxl.Workbook()
        book.iso_dates = True  # written as <c t="d"><v>2019-10-07</v></c>, as LibreOffice can
        sheet = book.active
        sheet.title = "Treaties"
        for row in (["Title", "Signed"], ["日米貿易協定", dt.date(2019, 10, 7)],
                    ["EU–Japan EPA", dt.date(2018, 7, 17)]):
            sheet.append(row)
        book.save(path)
        try:
            with XlsxWorkbook(path.read_bytes()) as streaming:
                list(streaming.rows("Treaties"))
            raise AssertionError("the streaming reader read ISO date cells: this step no longer "
                                 "reaches the openpyxl fallback")
        except XlsxUnsupported:
            pass
        if not openpyxl.xml.DEFUSEDXML:
            raise AssertionError("openpyxl cannot import defusedxml: workbooks would be parsed unguarded")
        mapping = ImportMapping(kind="events", columns={"title": ("Title",), "start": ("Signed",)},
                                constants={"kind": "agreement", "status": "signed", "parties": "jp",
                                           "domains": "trade"})
        result = run_import(read_table(path), mapping)
        got = sorted((r["title"], r["start"]) for r in result.records)
        if got != [("EU–Japan EPA", "2018-07-17"), ("日米貿易協定", "2019-10-07")]:
            raise AssertionError(f"{path.name} imported as {got}")
        return f"openpyxl {openpyxl.__version__} read {len(got)} rows with ISO date cells"

    steps: list[tuple[str, Callable[[], str]]] = [
        ("load the default pack", load_pack), ("open the window", open_window),
        ("interface language", interface_language),
        ("render the timeline", render_timeline), ("render a chart", render_chart),
        ("export a PNG", export_png), ("export a PowerPoint slide", export_pptx),
        ("import a CSV and an XLSX", import_files),
        ("import an XLSX through the fallback reader", import_iso_date_workbook),
    ]
    code = 0
    for name, step in steps:
        try:
            detail = step()
        except Exception as e:  # the point of a smoke test: report, never a traceback
            print(f"smoke test FAILED at '{name}': {type(e).__name__}: {e}", file=sys.stderr)
            code = 1
            break
        print(f"ok  {name}: {detail}")
    window = state.get("window")
    if window is not None:
        window.close()
    if code == 0:
        print(f"smoke test passed in {time.perf_counter() - started:.1f} s")
    return code
