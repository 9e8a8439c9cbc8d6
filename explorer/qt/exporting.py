"""Exporting a view (chart, table, timeline, event) or a whole briefing, in any format.

Shared by the window (File ▸ Export, the briefing panel) and the headless ``export`` and ``deck``
commands: a ``ViewState`` is rebuilt on a fresh Session, so what is written never depends on widget
state, and the receipt embedded in each file rebuilds the same figure later.
"""

from __future__ import annotations

import base64
import json
import os
import re
import stat
import struct
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from explorer.atomic_write import write_atomic
from explorer.charts.chart_spec import ChartSpec
from explorer.charts.comparison import build_comparison
from explorer.data.pack import Pack
from explorer.data.pack_loader import load_pack
from explorer.data.problems import PackInvalid
from explorer.domain.labels import phrase
from explorer.export import slides as sl
from explorer.export.view_state import (
    ExportOptions,
    Receipt,
    ViewError,
    ViewState,
    has_visible_text,
    marking_problem,
)
from explorer.paths import default_pack_path
from explorer.qt.fonts import export_font, register_fonts
from explorer.qt.render import slide_render as sr
from explorer.state.origins import Origin
from explorer.state.session import Session

SOURCES_PER_PAGE = 12  # on a deck's closing pages, at 12 pt
APPENDIX_LINES_PER_PAGE = 16  # an appendix's one-line entries per page


class MarkingUnavailable(ViewError):
    """The marking would come from settings that cannot be read: the export refuses (fails closed)."""


class MarkingRequired(ViewError):
    """The settings require a marking and none was given (``warnings``: why they were read so)."""

    warnings: tuple[str, ...] | list[str] = ()


def load_view_pack(view: ViewState, cache: dict[str, Pack] | None = None) -> Pack:
    """The pack a view names (the default pack if none); PackInvalid if it is broken."""
    path = view.pack or str(default_pack_path())
    if cache is not None and path in cache:
        return cache[path]
    pack = load_pack(path)
    if cache is not None:
        cache[path] = pack
    return pack


def unopenable(e: PackInvalid) -> str:
    """The one problem of a pack that could not be opened at all (missing, not a pack), or ""
    when it opened and is broken in ways worth listing one by one."""
    one = e.problems[0] if len(e.problems) == 1 else None
    return str(one) if one is not None and one.row is None and one.column is None else ""


def session_for(view: ViewState, pack: Pack) -> Session:
    session = Session()
    session.open_pack(pack, origin=Origin.EXPORT, filter=view.filter, comparison=view.comparison)
    if view.comparison.indicator_id and session.comparison.indicator_id != view.comparison.indicator_id:
        raise ViewError(f"view.comparison.indicator_id: the pack has no indicator "
                        f"{view.comparison.indicator_id!r}")
    return session


def spec_for(view: ViewState, pack: Pack, session: Session) -> ChartSpec:
    if not view.comparison.indicator_id:
        raise ViewError("view.comparison.indicator_id: a chart or table view needs an indicator")
    return build_comparison(pack, session.comparison, session.filter, session.visible_events,
                            lang=view.label_language)


def receipt_for(view: ViewState, options: ExportOptions, pack: Pack) -> Receipt:
    """The pack by name, version and SHA-256; its folder and the search words only where the user
    allows it (``receipt_pack_location``; docs/export.md says why)."""
    keep = location_allowed()
    kept, left_out = receipt_view(view, keep)
    return Receipt(kept, options, pack.meta.name, pack.meta.version, pack.meta.digest,
                   pack_location=kept.pack, left_out=left_out)


def receipt_view(view: ViewState, keep: bool | None = None) -> tuple[ViewState, tuple[str, ...]]:
    """``view`` as a receipt records it, and what was left out: without the user's opt-in, no
    pack folder (folder names say whose and what) and no search words (the user's own text, kept
    in properties nobody sees and that survive deleting the slide's filter footnote)."""
    keep = location_allowed() if keep is None else keep
    if keep:
        return replace(view, pack=pack_location(view)), ()
    left_out = ("view.filter.text",) if view.filter.text.strip() else ()
    return replace(view, pack="", filter=view.filter.with_changes(text="")), left_out


def location_allowed() -> bool:
    """The user's opt-in to receipts that record where the pack lives and the search words."""
    return _marking_settings().get("receipt_pack_location")


def pack_location(view: ViewState) -> str:
    """The absolute location of the view's pack (receipts then work from any folder)."""
    return str(Path(view.pack).expanduser().resolve()) if view.pack else str(default_pack_path())


def _timeline_widget(view: ViewState, session: Session, pack: Pack, options: ExportOptions,
                     design: QSize | None = None):
    """The timeline laid out for this slide (see ``render.timeline_picture``) and its plan."""
    from explorer.qt.render.timeline_picture import design_size, timeline_picture

    t, f = view.timeline, session.filter
    selected = (session.event_row[view.event_id],) if view.event_id in session.event_row else ()
    return timeline_picture(pack, session.visible_events, lanes=t.lanes, eras=t.eras,
                            view_from=t.day_from, view_to=t.day_to, filter_from=f.day_from,
                            filter_to=f.day_to, slide_width=options.width,
                            design=design or design_size(options.width, options.height),
                            selected=selected, label_language=view.label_language)


def _timeline_slide(view: ViewState, session: Session, pack: Pack, options: ExportOptions,
                    filter_text: str, receipt: str, for_pptx: bool):
    """The timeline slide and the widget that paints it (None for PowerPoint, which gets a
    picture drawn for the exact box the slide gives it, so its type keeps its size)."""
    from explorer.qt.render.timeline_picture import SLIDE_WIDTH_PT

    def slide_for(plan, png: bytes) -> sl.Slide:
        return sl.timeline_slide(pack, png, filter_text, rows=plan.on_axis,
                                 labelled=plan.labelled, off_axis=plan.off_axis,
                                 source_ids=plan.source_ids, marking=options.marking,
                                 receipt_json=receipt, title=view.title,
                                 span_text=_span_text(plan, view.label_language),
                                 label_language=view.label_language)

    timeline, plan = _timeline_widget(view, session, pack, options)
    if not for_pptx:
        return slide_for(plan, b""), timeline
    from explorer.export.pptx_writer import picture_box

    w_in, h_in = picture_box(slide_for(plan, b""))
    px_per_pt = options.width / SLIDE_WIDTH_PT
    design = QSize(round(w_in * 72 * px_per_pt), max(round(h_in * 72 * px_per_pt), 120))
    timeline.deleteLater()
    timeline, plan = _timeline_widget(view, session, pack, options, design)
    png = sr.picture_png(timeline, design)
    timeline.deleteLater()
    return slide_for(plan, png), None


def _span_text(plan, label_language: str = "en") -> str:
    from explorer.qt.render.timeline_picture import span_text

    return span_text(plan.span, label_language)


def build_slide(view: ViewState, pack: Pack, options: ExportOptions, *, for_pptx: bool = False,
                notes_extra: str = "", warm: bool = False
                ) -> tuple[sl.Slide, QWidget | None, ChartSpec | None]:
    """The slide for a view, the live content widget to paint (None for text), and its spec.
    ``warm``: a chart is the warm one (the caller disposes of its canvases with ``_dispose``)."""
    session = session_for(view, pack)
    receipt = receipt_for(view, options, pack).to_json()
    filter_text = sl.describe_filter(pack, session.filter, view.label_language)
    marking = options.marking
    spec = None
    content: QWidget | None = None
    if view.view in ("chart", "table"):
        spec = spec_for(view, pack, session)
        slide = sl.chart_slide(spec, kind=view.view, marking=marking, filter_text=filter_text,
                               receipt_json=receipt, title=view.title)
        if not for_pptx:
            content = _spec_widget(view.view, spec, options, warm=warm)
    elif view.view == "timeline":
        slide, content = _timeline_slide(view, session, pack, options, filter_text, receipt,
                                         for_pptx)
    else:
        if view.event_id not in session.event_row:
            raise ViewError(f"view.event_id: the pack has no event {view.event_id!r}")
        slide = sl.event_slide(pack, view.event_id, marking=marking, receipt_json=receipt,
                               title=view.title, label_language=view.label_language)
    if view.subtitle:  # the user's own, from the export dialog (kept in the receipt)
        slide = replace(slide, subtitle=view.subtitle)
    if not session.filter.is_empty():  # what was left out is part of what the slide says
        slide = replace(slide, footnotes=(*slide.footnotes, filter_text))
    if notes_extra:
        slide = replace(slide, notes=f"{notes_extra}\n\n{slide.notes}")
    return slide, content, spec


def _canvas(slide: sl.Slide, content: QWidget | None, options: ExportOptions, *,
            paged: bool = False) -> sr.SlideCanvas:
    canvas = sr.SlideCanvas(slide, content, QSize(options.width, options.height),
                            paged=paged)
    flush = getattr(content, "flush", None)
    canvas.settle(flush)
    return canvas


def page_canvases(slide: sl.Slide, content: QWidget | None,
                   options: ExportOptions) -> list[sr.SlideCanvas]:
    """A slide as PDF pages of its size: the slide, the sources that did not fit on it, then its
    appendix, on pages of their own."""
    pages = [_canvas(slide, content, options, paged=True)]
    rest = pages[0].overflow  # sources that did not fit at 12 pt: pages of their own, in order
    lang = slide.lang
    for start in range(0, len(rest), SOURCES_PER_PAGE):
        more = sl.Slide(title=phrase("{title} — sources (continued)", lang, title=slide.title),
                        subtitle=slide.subtitle,
                        kind="sources", paragraphs=tuple(rest[start:start + SOURCES_PER_PAGE]),
                        marking=slide.marking, date=slide.date, receipt_json=slide.receipt_json,
                        label_language=lang)
        pages.append(_canvas(more, None, options))
    if slide.appendix:
        appendix = sl.appendix_slide(slide)
        for start in range(0, len(slide.appendix), APPENDIX_LINES_PER_PAGE):
            lines = slide.appendix[start:start + APPENDIX_LINES_PER_PAGE]
            title = (appendix.title if start == 0
                     else phrase("{title} (continued)", lang, title=appendix.title))
            pages.append(_canvas(replace(appendix, title=title, paragraphs=lines), None, options))
    return pages


def preview_image(view: ViewState, options: ExportOptions, pack: Pack | None = None,
                  width: int = 560):
    """The slide as the export would draw it, small (the export dialog's live preview), with the
    title and subtitle it shows."""
    register_fonts()
    pack = pack or load_view_pack(view)
    slide, content, _spec = build_slide(view, pack, replace(options, format="png"), warm=True)
    canvas = _canvas(slide, content, options)
    try:
        return sr.canvas_image(canvas, width), slide.title, slide.subtitle
    finally:
        _dispose([canvas])


def _spec_widget(kind: str, spec: ChartSpec, options: ExportOptions, *,
                 warm: bool = False) -> QWidget:
    """The chart or table of ``spec`` drawn for a slide of ``options``' size. ``warm``: the one
    chart kept between exports (``_WarmChart``), for a caller that hands it back with
    ``_dispose`` when its canvas is done."""
    px = sr.min_text_px(options.width)
    if kind != "chart":
        return sr.table_label(spec, px)
    if warm and _warm.available():
        return _warm.take(spec, px, _content_size(options))
    from explorer.qt.views.chart_view import ChartView

    chart = ChartView()
    chart.setFont(export_font(px))  # ticks, legend: the bundled font
    chart.set_export_style(px)
    chart.resize(_content_size(options))
    chart.set_spec(spec)
    chart.flush()
    _lay_out(chart)
    return chart


def _lay_out(chart: QWidget) -> None:
    """Lay the hidden chart out at its size now (its legend wraps at the chart's width, not at
    the width of a widget never laid out), so the slide reads its true minimum height."""
    layout = chart.layout()
    if layout is None:
        return
    layout.activate()  # the legend's box gets the chart's width (its resize event waits: hidden)
    legend = getattr(chart, "_legend", None)
    fit = getattr(legend.parentWidget(), "fit", None) if legend is not None else None
    if fit is not None:  # ChartView's _LegendBox: its height for that width, then the chart's
        fit()
        layout.activate()


def _content_size(options: ExportOptions) -> QSize:
    """The chart's size before the slide lays it out: the slide's width inside its margins (the
    legend's height, and with it the chart's minimum height, depends on the width it wraps at;
    drawn at whatever size the widget had before, a slide grew taller or kept its shape by
    chance), and the smallest share of the height the slide gives it."""
    margin = int(0.35 * 72 * sr.px_per_pt(options.width))  # as SlideCanvas
    return QSize(options.width - 2 * margin, int(options.height * sr.CONTENT_SHARE))


class _WarmChart:
    """One export chart kept warm between exports in a process (issue 16).

    Building a ``ChartView`` (pyqtgraph plots, axes, a text item per value label and marker) was
    most of a chart export; the warm chart is drawn again with ``set_spec`` instead, its export
    style set once per text size. Between exports it is a parentless widget of window type
    ``Qt.Desktop`` (never shown; not one of the application's top-level widgets, so nothing
    lists it as an open window), and the windows pyqtgraph makes for its plots (context menus,
    the plot control panel, all never shown on an export chart) become hidden plain children of
    the chart, so they live and die with it. Only one export holds it at a time (``busy``); a
    second chart needed meanwhile (a deck, printing) is built as before. Deleted when the
    application quits."""

    def __init__(self) -> None:
        self.chart: QWidget | None = None
        self.holder: QWidget | None = None  # made with the chart: a hidden plain child of it
        self.px: int | None = None
        self.busy = False
        self._quit_hooked = False

    def _alive(self) -> bool:
        import shiboken6

        return self.chart is not None and shiboken6.isValid(self.chart)

    def available(self) -> bool:
        if self._alive() and self.busy and self.chart.parent() is None:  # type: ignore[union-attr]
            self.busy = False  # taken by an export that failed before a canvas held it
        return not (self._alive() and self.busy)

    def take(self, spec: ChartSpec, px: int, size: QSize) -> QWidget:
        from explorer.qt.views.chart_view import ChartView

        before = _top_level_ids()
        if not self._alive():
            self.chart, self.px = ChartView(), None
            # made while the chart is a plain widget: a child of a Desktop widget is a window
            self.holder = QWidget(self.chart)
            self.holder.hide()
            self.chart.setParent(None, Qt.WindowType.Desktop)
            app = QApplication.instance()
            if not self._quit_hooked and app is not None:
                app.aboutToQuit.connect(self.drop)
                self._quit_hooked = True
        chart = self.chart
        assert isinstance(chart, ChartView)
        self.busy = True
        chart.setFont(export_font(px))  # ticks, legend: the bundled font
        if self.px != px:
            chart.set_export_style(px)
            self.px = px
        chart.resize(size)
        chart.set_spec(spec)
        chart.flush()
        _lay_out(chart)
        assert self.holder is not None
        _adopt_new_windows(self.holder, chart, before)
        return chart

    def give_back(self, canvas: QWidget) -> None:
        """Before ``canvas`` is deleted: the warm chart, if it holds it, leaves it unharmed."""
        if self._alive() and self.chart.parent() is canvas:  # type: ignore[union-attr]
            self.chart.setParent(None, Qt.WindowType.Desktop)  # type: ignore[union-attr]
            self.busy = False

    def drop(self) -> None:
        if self._alive():
            self.chart.deleteLater()  # type: ignore[union-attr]
        self.chart, self.px, self.busy = None, None, False


_warm = _WarmChart()


def _top_level_ids() -> set[int]:
    import shiboken6

    return {shiboken6.getCppPointer(w)[0] for w in QApplication.topLevelWidgets()}


def _adopt_new_windows(holder: QWidget, chart: QWidget, before: set[int]) -> None:
    """Windows that drawing ``chart`` created (pyqtgraph's menus and plot control panel, never
    shown on an export) become hidden plain children of ``holder``, a hidden child of the chart."""
    import shiboken6

    for w in QApplication.topLevelWidgets():
        if w is chart or shiboken6.getCppPointer(w)[0] in before:
            continue
        w.setParent(w.parentWidget() or holder, Qt.WindowType.Widget)
        w.hide()


def _dispose(canvases) -> None:
    """Close and delete slide canvases, the warm chart taken out of them first."""
    for canvas in canvases:
        _warm.give_back(canvas)
        canvas.close()
        canvas.deleteLater()


def _thumbnail_jpeg(view: ViewState, pack: Pack, options: ExportOptions,
                    built: tuple[sl.Slide, ChartSpec | None]) -> bytes:
    """Slide 1 as a small JPEG, for the thumbnail file managers and Office show (a chart or table
    reuses the slide and figures already computed for the deck). Laid out as a page (``paged``,
    as the PDF's first page): the slide's 16:9 shape, as PowerPoint shows slide 1, the notes
    that do not fit said to continue, instead of a picture grown as tall as every source."""
    small = replace(options, width=1280, height=720)
    slide, spec = built
    if spec is not None:
        content: QWidget | None = _spec_widget(view.view, spec, small, warm=True)
    else:
        slide, content, _spec = build_slide(view, pack, small, warm=True)
    canvas = _canvas(slide, content, small, paged=True)
    try:
        return sr.thumbnail_jpeg(canvas)
    finally:
        _dispose([canvas])


_settings_read: tuple[tuple, object] | None = None  # (the files' identity, Settings read then)


def _marking_settings():
    """The user's settings as the marking needs them: a damaged file is left where it is (and
    reported by ``marking_from_settings``), never moved aside to read as "no marking" next time.

    Read again whenever the settings file (or the old settings.json) changed in any way (inode,
    size, times, mode); an export asked three times and read the file three times."""
    from explorer.userdata.locations import config_dir
    from explorer.userdata.settings import FILE_NAME, LEGACY_FILE_NAME, Settings

    global _settings_read
    path = config_dir() / FILE_NAME
    key = (str(path), _file_identity(path), _file_identity(path.with_name(LEGACY_FILE_NAME)))
    if _settings_read is not None and _settings_read[0] == key:
        return _settings_read[1]
    settings = Settings(set_aside_damaged=False)
    # as the files are after reading (reading may convert an old settings.json)
    _settings_read = ((str(path), _file_identity(path),
                       _file_identity(path.with_name(LEGACY_FILE_NAME))), settings)
    return settings


def _file_identity(p: Path) -> tuple | None:
    try:
        st = p.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_mode)


def marking_from_settings(settings=None) -> tuple[str, bool, list[str]]:
    """The marking the settings give, whether one is required, and warnings (a wrongly typed
    ``marking_required`` is treated as required: fail closed). ``MarkingUnavailable`` when the
    settings file cannot be read or its marking is unusable: the export cannot know what marking
    the user set, so it must not write unmarked output."""
    s = settings if settings is not None else _marking_settings()
    if s.unreadable:
        raise MarkingUnavailable(QCoreApplication.translate(
            "exporting", "The settings file {file} cannot be read: {why}. The marking it sets "
            "is unknown, so nothing was exported. Give a marking (--marking) or repair or remove "
            "the file.").format(file=s.path, why=s.unreadable))
    if "export_marking" in s.dropped:
        raise MarkingUnavailable(QCoreApplication.translate(
            "exporting", "export_marking in {file} is not text (found {value}), so the marking is "
            "unknown; nothing was exported. Give a marking (--marking) or correct the file."
        ).format(file=s.path, value=repr(s.dropped["export_marking"])[:40]))
    warnings: list[str] = []
    required = s.get("marking_required")
    if "marking_required" in s.dropped:
        required = True
        warnings.append(QCoreApplication.translate(
            "exporting", "marking_required in {file} should be true or false (found {value}); "
            "treated as true: a marking is required").format(
                file=s.path, value=repr(s.dropped["marking_required"])[:40]))
    marking = s.get("export_marking")
    if marking and not has_visible_text(marking):
        marking = ""  # an invisible marking is no marking
    return marking.strip(), required, warnings


def effective_marking(marking: str | None) -> str:
    """The marking an export carries: the one given (a briefing's own, ``--marking``, the dialog's),
    else the user's one marking setting, so charts, decks, notes and prints are marked alike.
    ViewError for a given marking without a visible character; ``MarkingUnavailable`` when none is
    given and the settings that would give it cannot be read."""
    given = (marking or "").strip()
    if given:
        problem = marking_problem(given)
        if problem:
            raise ViewError(problem)
        return given
    return marking_from_settings()[0]


def require_marking_if_set(marking: str | None, settings=None) -> list[str]:
    """The user's setting "require a marking before any export" holds for every export path.
    Returns warnings about the settings (a wrongly typed value, treated as required)."""
    given = (marking or "").strip()
    if given:  # a marking is there: the settings cannot make the export less marked
        problem = marking_problem(given)
        if problem:
            raise ViewError(problem)
        return []
    own, required, warnings = marking_from_settings(settings)
    if required and not (given or own):
        e = MarkingRequired(" ".join([*warnings, QCoreApplication.translate(
            "exporting", "A handling marking is required before any export (see the Export dialog's "
            "settings); add one.")]))
        e.warnings = warnings
        raise e
    return warnings


def export_view(view: ViewState, options: ExportOptions, out: str | Path,
                pack: Pack | None = None) -> Path:
    """Write one view to ``out`` in ``options.format``. ViewError for an unusable view."""
    options = replace(options, marking=effective_marking(options.marking))
    require_marking_if_set(options.marking)
    register_fonts()
    out = Path(out)
    pack = pack or load_view_pack(view)
    fmt = options.format
    if fmt in ("csv", "xlsx"):
        if view.view not in ("chart", "table"):
            raise ViewError(QCoreApplication.translate(
                "exporting", "A {format} export holds a chart's data: choose a chart or table view."
            ).format(format=fmt.upper()))
        from explorer.export import table_writer

        session = session_for(view, pack)
        spec = spec_for(view, pack, session)
        metadata = export_metadata(view, options, pack, session, spec)
        writer = table_writer.write_csv if fmt == "csv" else table_writer.write_xlsx
        return writer(spec, out, metadata=metadata)
    if fmt == "pptx":
        from explorer.export.pptx_writer import write_pptx

        slide, _content, slide_spec = build_slide(view, pack, options, for_pptx=True)
        return write_pptx([slide], out, title=slide.title, marking=options.marking,
                          receipt_json=slide.receipt_json,
                          thumbnail_jpeg=_thumbnail_jpeg(view, pack, options, (slide, slide_spec)))
    if fmt not in ("png", "svg", "pdf"):
        raise ViewError(f"format: unknown {fmt!r}")
    slide, content, _spec = build_slide(view, pack, options, warm=True)
    canvases = (page_canvases(slide, content, options) if fmt == "pdf"
                else [_canvas(slide, content, options)])
    try:
        kwargs = {"title": slide.title, "marking": options.marking, "receipt_json": slide.receipt_json,
                      "sources": sl.sources_metadata(slide.sources)}
        if fmt == "png":
            data = sr.render_png(canvases[0], options.scale, **kwargs)
        elif fmt == "svg":
            data = sr.render_svg(canvases[0], **kwargs)
            if options.svg_text == "paths":
                data = sr.svg_text_as_paths(data)
        else:
            data = sr.render_pdf(canvases, **kwargs)
    finally:
        _dispose(canvases)
        QApplication.processEvents()
    write_atomic(out, data)
    return out


def export_metadata(view: ViewState, options: ExportOptions, pack: Pack, session: Session,
                    spec: ChartSpec) -> dict[str, str]:
    receipt = receipt_for(view, options, pack)
    return {
        "title": spec.title,
        "subtitle": spec.subtitle,
        "basis": spec.basis.value,
        "marking": options.marking,
        "filter": sl.describe_filter(pack, session.filter, view.label_language),
        "warnings": "\n".join(spec.warnings),
        "footnotes": "\n".join(spec.footnotes),
        "sources": "\n".join(f"{m} {t}" for m, t in spec.sources),
        "pack": f"{pack.meta.title} ({pack.meta.name} v{pack.meta.version})",
        "pack_sha256": pack.meta.digest,
        "exported": sl.today(),
        "receipt": receipt.to_json(),
    }


def read_receipt(path: str | Path) -> Receipt:
    """The receipt of one view embedded in a file this app exported; ViewError if there is none."""
    return Receipt.from_json(receipt_text(path), str(path))


MAX_RECEIPT_CHARS = 4 << 20  # a receipt is a few KB; a text chunk or metadata this large is not ours


def receipt_text(path: str | Path) -> str:
    """The receipt JSON embedded in any file this app exported (a view or a whole briefing).

    Bounded before anything is parsed: a regular file of at most ``MAX_RECEIPT_FILE_BYTES``; a PNG
    is walked chunk by chunk (the picture is never decoded), a PDF or SVG searched through a memory
    map, an Office file's document properties read alone (table_writer), a receipt of at most
    ``MAX_RECEIPT_CHARS``."""
    from explorer.export import table_writer

    p = Path(path)
    try:
        st = p.stat()
    except OSError as e:
        raise ViewError(QCoreApplication.translate("exporting", "{file}: cannot read ({why})").format(
            file=p, why=e.strerror)) from None
    if not stat.S_ISREG(st.st_mode):
        raise ViewError(QCoreApplication.translate(
            "exporting", "{file}: not a regular file; holds no Briefing Explorer receipt").format(file=p))
    if st.st_size > table_writer.MAX_RECEIPT_FILE_BYTES:
        raise ViewError(QCoreApplication.translate(
            "exporting", "{file}: larger than {limit} MB; not a file this app exported").format(
                file=p, limit=table_writer.MAX_RECEIPT_FILE_BYTES >> 20))
    suffix = p.suffix.lower()
    text = ""
    try:
        if suffix == ".png":
            text = _receipt_from_png_file(p)
        elif suffix in (".svg", ".pdf"):
            text = _receipt_from_mapped(p, suffix)
        elif suffix == ".pptx":
            from explorer.export.pptx_writer import read_receipt as pptx_receipt

            text = pptx_receipt(p)
        elif suffix == ".docx":  # a briefing note
            from explorer.export.docx_writer import read_receipt as docx_receipt

            text = docx_receipt(p)
        elif suffix in (".csv", ".xlsx"):
            text = (table_writer.read_receipt_from_readme(p) if suffix == ".csv"
                    else table_writer.read_receipt_from_xlsx(p))
    except OSError as e:
        raise ViewError(QCoreApplication.translate("exporting", "{file}: cannot read ({why})").format(
            file=p, why=e.strerror or e)) from None
    except (ValueError, zlib.error) as e:  # damaged base64, UTF-8 or compressed text
        if isinstance(e, ViewError):
            raise
        text = ""
    if not text:
        raise ViewError(QCoreApplication.translate(
            "exporting", "{file}: holds no Briefing Explorer receipt").format(file=p))
    return text


def _receipt_from_png_file(p: Path) -> str:
    """The receipt text chunk of a PNG (tEXt, zTXt or iTXt under ``RECEIPT_KEY``), read chunk by
    chunk: image data is skipped, never decoded, and no chunk over ``MAX_RECEIPT_CHARS`` is read."""
    from explorer.export.view_state import RECEIPT_KEY

    key = RECEIPT_KEY.encode("latin-1")
    with p.open("rb") as fh:
        if fh.read(8) != b"\x89PNG\r\n\x1a\n":
            return ""
        while True:
            head = fh.read(8)
            if len(head) < 8:
                return ""
            length, kind = struct.unpack(">I4s", head)
            if kind == b"IEND":
                return ""
            if kind not in (b"tEXt", b"zTXt", b"iTXt") or length > MAX_RECEIPT_CHARS:
                fh.seek(length + 4, os.SEEK_CUR)  # the data and its CRC
                continue
            data = fh.read(length)
            fh.seek(4, os.SEEK_CUR)
            name, _, rest = data.partition(b"\0")
            if name != key:
                continue
            if kind == b"tEXt":
                return rest.decode("latin-1")
            if kind == b"zTXt":
                return _inflate(rest[1:]).decode("latin-1")
            flag, _method, rest = rest[0], rest[1], rest[2:]  # iTXt: language and keyword follow
            _lang, _, rest = rest.partition(b"\0")
            _translated, _, rest = rest.partition(b"\0")
            return (_inflate(rest) if flag else rest).decode("utf-8")


def _inflate(data: bytes) -> bytes:
    out = zlib.decompressobj().decompress(data, MAX_RECEIPT_CHARS + 1)
    if len(out) > MAX_RECEIPT_CHARS:
        raise ValueError("a receipt larger than any this app writes")
    return out


_MAPPED_RECEIPT = {  # the receipt's base64, bounded (a match cannot run past MAX_RECEIPT_CHARS)
    ".svg": re.compile(rb"briefing-explorer-receipt: ([A-Za-z0-9+/=]{1,%d})" % (MAX_RECEIPT_CHARS * 2)),
    ".pdf": re.compile(rb"<be:receipt>([A-Za-z0-9+/=\s]{1,%d})</be:receipt>" % (MAX_RECEIPT_CHARS * 2)),
}


def _receipt_from_mapped(p: Path, suffix: str) -> str:
    """A PDF's or SVG's receipt, searched through a memory map (the file is not read into memory)."""
    import mmap

    with p.open("rb") as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            return ""
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            m = _MAPPED_RECEIPT[suffix].search(mapped)
            found = bytes(m[1]) if m else b""
    return base64.b64decode(re.sub(rb"\s", b"", found)).decode("utf-8") if found else ""


def is_deck_receipt(text: str) -> bool:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return False
    return isinstance(data, dict) and data.get("kind") == "briefing"


def regenerate_deck(text: str, out: str | Path, *, where: str, search_dirs=(),
                    marking: str | None = None) -> tuple[Path, list[str]]:
    """Rebuild a whole briefing (PPTX or PDF, by ``out``'s extension) from a deck's receipt,
    finding each item's pack by its SHA-256. Returns the file and the warnings (packs changed)."""
    from explorer.export.pack_finder import PackIdentity, find_pack
    from explorer.userdata.briefings import briefing_from_dict

    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        raise ViewError(f"{where}: the receipt is not valid JSON ({e})") from None
    briefing = briefing_from_dict(data.get("briefing"), f"{where}: receipt.briefing")
    identities = data.get("packs") if isinstance(data.get("packs"), list) else []
    if len(identities) != len(briefing.items):
        raise ViewError(f"{where}: receipt.packs: one pack per item expected "
                        f"({len(briefing.items)} items, {len(identities)} packs)")
    found: dict[str, tuple[str, str]] = {}
    warnings: list[str] = []
    if isinstance(data.get("left_out"), list) and data["left_out"]:
        warnings.append(f"{where} does not record the search words of some items' filters "
                        "(receipts keep them only where the settings allow it: "
                        "receipt_pack_location); regenerated without them")
    items = []
    for item, raw in zip(briefing.items, identities):
        identity = PackIdentity.from_dict(raw)
        key = identity.sha256 or identity.name
        if key not in found:
            _pack, location, warning = find_pack(identity, search_dirs=search_dirs)
            found[key] = (location, warning)
            if warning:
                warnings.append(warning)
        items.append((replace(item.view, pack=found[key][0]), item.title, item.talking_points))
    options = data.get("options") if isinstance(data.get("options"), dict) else {}
    size = ExportOptions.make("pdf", str(options.get("size", "1920x1080")))
    deck_marking = briefing.marking if marking is None else marking
    path = export_deck(briefing.title, items, out, marking=deck_marking,
                       size=(size.width, size.height))
    return path, warnings


def export_deck(title: str, items: list[tuple[ViewState, str, str]], out: str | Path, *,
                marking: str = "", size: tuple[int, int] = (1920, 1080)) -> Path:
    """A whole briefing as one PPTX or PDF: a title slide, one slide per item (title override and
    talking points in the notes), and a closing slide listing every source."""
    return prepare_deck(title, items, out, marking=marking, size=size)()


def prepare_deck(title: str, items: list[tuple[ViewState, str, str]], out: str | Path, *,
                 marking: str = "", size: tuple[int, int] = (1920, 1080)) -> Callable[[], Path]:
    """What needs the GUI thread of ``export_deck`` (packs read, slides built and painted), done
    now; returns the rest, which touches no widget: assembling and writing the file (``write()``
    returns its path). The export service runs that part on the background runner."""
    marking = effective_marking(marking)
    require_marking_if_set(marking)
    register_fonts()
    out = Path(out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("pptx", "pdf"):
        raise ViewError(QCoreApplication.translate(
            "exporting", "{file}: a briefing is exported as .pptx or .pdf").format(file=out))
    options = ExportOptions(fmt, size[0], size[1], 1, marking)
    packs: dict[str, Pack] = {}
    built: list[tuple[sl.Slide, QWidget | None]] = []
    try:
        return _prepare_deck(title, items, out, fmt, options, marking, packs, built)
    finally:  # hidden slide widgets of items built before a failure must not outlive the export
        for _slide, content in built:
            if content is not None and content.parent() is None:
                content.deleteLater()


def _identity(view: ViewState, pack: Pack) -> dict:
    from explorer.export.pack_finder import PackIdentity

    return PackIdentity.of(pack, pack_location(view) if location_allowed() else "").to_dict()


def _deck_receipt(title: str, marking: str, items, identities: list[dict],
                  options: ExportOptions) -> str:
    """A briefing's receipt: the briefing itself (views without pack folders unless allowed), each
    item's pack by name, version and SHA-256, and the page size; ``--from-receipt`` rebuilds it."""
    import datetime as dt

    from explorer import __version__

    keep = location_allowed()
    views = [receipt_view(v, keep) for v, _t, _p in items]
    briefing = {"briefing": 1, "title": title, "marking": marking, "items": [
        {"title": t, "talking_points": p, "view": kept.to_dict()}
        for (kept, _left), (_v, t, p) in zip(views, items)]}
    left_out = sorted({f"briefing.items[{i}].{x}" for i, (_k, left) in enumerate(views)
                       for x in left})
    return json.dumps({
        "receipt": 1, "app": "briefing-explorer", "kind": "briefing", "app_version": __version__,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "briefing": briefing, "packs": identities,
        "options": {"size": f"{options.width}x{options.height}", "marking": marking},
        **({"left_out": left_out} if left_out else {}),
    }, ensure_ascii=False, sort_keys=True)


def shared_label_language(items) -> str:
    """The language of a deck's or a note's own words (title, headings, sources): the label
    language its views share, else English."""
    langs = {view.label_language for view, _t, _p in items}
    return langs.pop() if len(langs) == 1 else "en"


def _prepare_deck(title, items, out: Path, fmt: str, options: ExportOptions, marking: str,
                  packs: dict[str, Pack], built: list) -> Callable[[], Path]:
    source_lines: list[str] = []
    identities: list[dict] = []
    # the deck's own words in its items' label language (English when they differ)
    lang = shared_label_language(items)
    for i, (view, item_title, talking_points) in enumerate(items, start=1):
        notes = (f"{phrase('Talking points:', view.label_language)}\n{talking_points}"
                 if talking_points.strip() else "")
        try:
            pack = load_view_pack(view, packs)
            slide, content, _spec = build_slide(replace(view, title=item_title or view.title), pack,
                                               options, for_pptx=fmt == "pptx", notes_extra=notes)
        except ViewError as e:
            raise ViewError(f"item {i} ({item_title or view.view}): {e}") from None
        built.append((slide, content))
        identities.append(_identity(view, pack))
        source_lines += [text for _m, text in slide.sources] or [
            f"{pack.meta.title_in(lang)} (pack {pack.meta.name} v{pack.meta.version})"]
    first_pack = next(iter(packs.values()), None)
    receipt_json = _deck_receipt(title, marking, items, identities, options)
    pack_line = (phrase("{title} · pack {name} v{version}", lang, title=first_pack.meta.title_in(lang),
                        name=first_pack.meta.name, version=first_pack.meta.version)
                 if first_pack else "")
    title_slide = sl.Slide(title=title, subtitle=phrase("Briefing", lang), kind="title",
                           paragraphs=(pack_line,) if pack_line else (), marking=marking,
                           date=sl.today(lang), notes=phrase("{n} items.", lang, n=len(items)),
                           label_language=lang)
    unique_sources = list(dict.fromkeys(source_lines))
    numbered = [f"[{i}] {s}" for i, s in enumerate(unique_sources, 1)]
    sources_slide = sl.Slide(title=phrase("Sources", lang),
                             subtitle=phrase("Every source cited in this briefing", lang),
                             kind="sources", paragraphs=tuple(numbered), source_line="",
                             marking=marking, date=sl.today(lang), notes="\n".join(unique_sources),
                             label_language=lang)
    slides = [title_slide, *(s for s, _c in built)]
    metadata = sl.sources_metadata([(f"[{i}]", s) for i, s in enumerate(unique_sources, 1)])
    if fmt == "pptx":
        from explorer.export.pptx_writer import write_pptx

        thumb_canvas = _canvas(title_slide, None, replace(options, width=1280, height=720))
        try:
            thumbnail = sr.thumbnail_jpeg(thumb_canvas)
        finally:
            thumb_canvas.close()
            thumb_canvas.deleteLater()
        deck = [*slides, sources_slide]
        return lambda: write_pptx(deck, out, title=title, marking=marking,
                                  receipt_json=receipt_json, thumbnail_jpeg=thumbnail)
    contents: list[QWidget | None] = [None, *(c for _s, c in built)]
    canvases = [page for s, c in zip(slides, contents) for page in page_canvases(s, c, options)]
    for start in range(0, len(numbered), SOURCES_PER_PAGE):  # the closing list, page by page
        page = replace(sources_slide, paragraphs=tuple(numbered[start:start + SOURCES_PER_PAGE]),
                       title=phrase("Sources" if start == 0 else "Sources (continued)", lang))
        canvases.append(_canvas(page, None, options))
    try:
        data = sr.render_pdf(canvases, title=title, marking=marking, receipt_json=receipt_json,
                             sources=metadata)
    finally:
        for c in canvases:
            c.close()
            c.deleteLater()
        QApplication.processEvents()
    return lambda: _written(out, data)


def _written(out: Path, data: bytes) -> Path:
    write_atomic(out, data)
    return out
