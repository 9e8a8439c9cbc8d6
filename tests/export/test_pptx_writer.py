"""The PowerPoint export, read back with python-pptx: native charts and tables equal to the spec,
marking/title/source line/date on every slide, notes and properties carrying sources and receipt."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE, XL_MARKER_STYLE
from pptx.oxml.ns import qn

from explorer.charts.chart_spec import Basis, ChartKind, ChartSpec, Figure, Panel, Series
from explorer.charts.comparison import build_comparison
from explorer.data.pack_loader import load_pack
from explorer.export import pptx_writer
from explorer.export.pptx_writer import read_receipt, write_pptx
from explorer.export.slides import Slide, chart_slide, event_slide, timeline_slide
from explorer.export.view_state import ViewError
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup

MARKING = "OFFICIAL – SENSITIVE"
RECEIPT = json.dumps({"receipt": 1, "app": "briefing-explorer", "view": {"note": "x" * 600}})
EMU_PER_INCH = 914400


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def spec_of(pack, **kw) -> ChartSpec:
    return build_comparison(pack, ComparisonSetup(**kw))


@pytest.fixture(scope="module")
def bar_spec(pack):
    return spec_of(pack, indicator_id="goods_exports", basis="converted", currency="USD", chart="bar")


@pytest.fixture(scope="module")
def line_spec(pack):
    return spec_of(pack, indicator_id="goods_exports", basis="published", chart="line")


def png(width: int, height: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), (0, 114, 178)).save(buf, "PNG")
    return buf.getvalue()


def write_and_open(tmp_path, slides, **kw):
    path = write_pptx(slides, tmp_path / "deck.pptx", **kw)
    return Presentation(str(path))


def charts_of(slide):
    """The slide's charts, left to right."""
    return [sh.chart for sh in sorted((s for s in slide.shapes if s.has_chart), key=lambda s: s.left)]


def texts_of(slide) -> list[str]:
    out = []
    for sh in slide.shapes:
        if sh.has_text_frame:
            out.append(sh.text_frame.text)
        if sh.has_table:
            out += [c.text_frame.text for row in sh.table.rows for c in row.cells]
    return out


def notes_of(slide) -> str:
    return slide.notes_slide.notes_text_frame.text


def rgb_hex(colour) -> str:
    return "#" + str(colour.rgb)


# -- charts ----------------------------------------------------------------------------------------

def test_bar_chart_is_native_with_the_spec_numbers_and_colours(tmp_path, bar_spec):
    prs = write_and_open(tmp_path, [chart_slide(bar_spec)])
    (chart,) = charts_of(prs.slides[0])
    assert chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
    panel = bar_spec.panels[0]
    plot = chart.plots[0]
    # every category names its period; every series its sources
    assert list(plot.categories) == [f"{s.label} ({s.figures[0].period})" for s in panel.series]
    assert [s.name for s in plot.series] == [s.legend_label for s in panel.series]
    for j, (ser, series) in enumerate(zip(plot.series, panel.series)):
        # one bar per series, at its own category; the other categories are empty
        assert ser.values[j] == pytest.approx(series.figures[0].value)
        assert [v for i, v in enumerate(ser.values) if i != j] == [None] * (len(panel.series) - 1)
        assert rgb_hex(ser.format.fill.fore_color).upper() == series.colour.upper()
        assert ser.points[j].data_label.text_frame.text == series.figures[0].label
    assert chart.value_axis.axis_title.text_frame.text == panel.unit
    assert chart.value_axis.minimum_scale == 0  # bars never start above zero
    assert not chart.has_title
    # "Edit data" works: the chart carries its own workbook
    assert chart.part.chart_workbook.xlsx_part is not None


def test_line_chart_two_units_makes_two_charts_with_their_own_axes(tmp_path, line_spec):
    assert len(line_spec.panels) == 2
    prs = write_and_open(tmp_path, [chart_slide(line_spec)])
    charts = charts_of(prs.slides[0])
    assert len(charts) == len(line_spec.panels)
    frames = sorted((s for s in prs.slides[0].shapes if s.has_chart), key=lambda s: s.left)
    assert frames[0].width == pytest.approx(frames[1].width, abs=2)
    assert frames[0].left + frames[0].width < frames[1].left  # side by side, not overlapping
    for chart, panel in zip(charts, line_spec.panels):
        assert chart.chart_type == XL_CHART_TYPE.LINE_MARKERS
        assert chart.value_axis.axis_title.text_frame.text == panel.unit
        periods = sorted({f.period: f.x for s in panel.series for f in s.figures}.items(),
                         key=lambda kv: kv[1])
        assert list(chart.plots[0].categories) == [p for p, _ in periods]
        assert [s.name for s in chart.plots[0].series] == [s.legend_label for s in panel.series]
        for ser, series in zip(chart.plots[0].series, panel.series):
            by_period = {f.period: f.value for f in series.figures}
            assert list(ser.values) == [pytest.approx(by_period[p]) if p in by_period else None
                                        for p, _ in periods]
            assert rgb_hex(ser.format.line.color).upper() == series.colour.upper()
        assert chart.has_legend


def test_line_chart_union_of_periods_leaves_gaps(tmp_path):
    def fig(period, x, value):
        return Figure("a>", period, x, value, f"{value} %", f"{value} %", "", "s", "[1]")
    spec = ChartSpec(
        "Growth", "Per year", "g", ChartKind.LINE, Basis.PUBLISHED,
        (Panel("%", (Series("a>", "A", "a", "#0072B2", (fig("2022", 1.0, 1.5), fig("2024", 3.0, 2.5))),
                     Series("b>", "B", "b", "#E69F00", (fig("2023", 2.0, 4.0),)))),),
        (("[1]", "Source one."),), (), ())
    prs = write_and_open(tmp_path, [chart_slide(spec)])
    (chart,) = charts_of(prs.slides[0])
    assert list(chart.plots[0].categories) == ["2022", "2023", "2024"]
    assert [list(s.values) for s in chart.plots[0].series] == [[1.5, None, 2.5], [None, 4.0, None]]


def test_one_actor_two_lines_share_the_colour_but_not_the_line_style(tmp_path):
    def fig(key, period, x, value, qualifier=""):
        return Figure(key, period, x, value, f"{qualifier}{value} Mt", "", qualifier, "s", "[1]")
    spec = ChartSpec(
        "LNG", "Volumes", "v", ChartKind.LINE, Basis.PUBLISHED,
        (Panel("Mt", (Series("j>us", "JERA → US", "j", "#56B4E9", (fig("j>us", "2024", 1.0, 5.0),
                                                                  fig("j>us", "2025", 2.0, 5.5))),
                      Series("j>gf", "JERA → Glenfarne", "j", "#56B4E9",
                             (fig("j>gf", "2024", 1.0, 1.0, "~"), fig("j>gf", "2025", 2.0, 1.2))))),),
        (("[1]", "One."),), (), ())
    prs = write_and_open(tmp_path, [chart_slide(spec)])
    (chart,) = charts_of(prs.slides[0])
    first, second = chart.plots[0].series
    assert rgb_hex(first.format.line.color) == rgb_hex(second.format.line.color) == "#56B4E9"
    assert first.marker.style != second.marker.style
    assert first.format.line.dash_style != second.format.line.dash_style
    assert chart.value_axis.minimum_scale == 0  # amounts start at zero, as on screen
    # the approximate figure keeps its qualifier in the label and gets the hollow diamond
    assert second.points[0].data_label.text_frame.text == "~1.0 Mt [1]"
    assert second.points[0].marker.style == XL_MARKER_STYLE.DIAMOND


def test_two_units_and_qualifiers_stay_visible(tmp_path, pack):
    defence = spec_of(pack, indicator_id="defence_budget_request")
    rare = spec_of(pack, indicator_id="rare_earth_import_share_china")
    prs = write_and_open(tmp_path, [chart_slide(defence), chart_slide(rare)])
    charts = charts_of(prs.slides[0])
    assert [c.value_axis.axis_title.text_frame.text for c in charts] == [p.unit for p in defence.panels]
    assert len({p.unit for p in defence.panels}) == 2
    labels = [c.plots[0].series[0].points[0].data_label.text_frame.text for c in charts]
    assert labels == [p.series[0].figures[0].label for p in defence.panels]
    (chart,) = charts_of(prs.slides[1])
    fig = rare.panels[0].series[0].figures[0]
    assert fig.qualifier == ">"
    assert chart.plots[0].series[0].points[0].data_label.text_frame.text == fig.label


def test_conflicting_figures_get_a_second_series_not_a_merged_value(tmp_path):
    a = Figure("a>", "2024", 1.0, 10.0, "10 bn", "10 bn", "", "s1", "[1]")
    b = Figure("a>", "2024", 1.0, 12.0, "12 bn", "12 bn", "", "s2", "[2]")
    c = Figure("a>", "2025", 2.0, 11.0, "11 bn", "11 bn", "", "s1", "[1]")
    spec = ChartSpec("T", "S", "i", ChartKind.BAR, Basis.PUBLISHED,
                     (Panel("bn EUR", (Series("a>", "A", "a", "#0072B2", (a, b, c)),)),),
                     (("[1]", "One."), ("[2]", "Two.")), (), ("Sources disagree.",))
    prs = write_and_open(tmp_path, [chart_slide(spec)])
    (chart,) = charts_of(prs.slides[0])
    assert list(chart.plots[0].categories) == ["2024", "2025"]  # several figures: periods
    assert [list(s.values) for s in chart.plots[0].series] == [[10.0, 11.0], [12.0, None]]
    assert chart.plots[0].series[0].name == "A [1]"
    assert chart.plots[0].series[1].name == "A (other source) [2]"


# -- what every slide carries ------------------------------------------------------------------------

def full_deck(pack, bar_spec, line_spec):
    ev = str(pack.events[pack.events["title_ja"] != ""]["id"].iloc[0])
    return [
        Slide(title="Japan between the US and Europe", subtitle="Briefing", kind="title",
              paragraphs=(f"Pack {pack.meta.name} v{pack.meta.version}",), date="2025-11-21",
              marking=MARKING, source_line="Source: the default pack"),
        chart_slide(bar_spec, marking=MARKING, receipt_json=RECEIPT, date="2025-11-21"),
        chart_slide(line_spec, kind="table", marking=MARKING, date="2025-11-21"),
        timeline_slide(pack, png(1600, 600), "No filter.", marking=MARKING, date="2025-11-21"),
        event_slide(pack, ev, marking=MARKING, date="2025-11-21"),
        Slide(title="Sources", subtitle="", kind="sources", marking=MARKING, date="2025-11-21",
              paragraphs=tuple(f"{m} {t}" for m, t in bar_spec.sources),
              source_line="Sources: every source cited in this briefing"),
    ]


def test_every_slide_has_title_source_line_date_and_marking_top_and_bottom(tmp_path, pack, bar_spec,
                                                                           line_spec):
    slides = full_deck(pack, bar_spec, line_spec)
    prs = write_and_open(tmp_path, slides)
    assert len(prs.slides) >= len(slides)  # a long event continues on a slide of its own
    assert prs.slide_width == 12192000 and prs.slide_height == 6858000  # 16:9, 13.333 × 7.5 in
    firsts, pptx_slides = [], list(prs.slides)
    for s in slides:  # each Slide's first PowerPoint slide, in order
        at = next(i for i, sl in enumerate(pptx_slides) if s.title in texts_of(sl))
        firsts.append(pptx_slides[at])
        pptx_slides = pptx_slides[at + 1:]
    all_slides = list(prs.slides)
    for s, slide in zip(slides, firsts):
        texts = texts_of(slide)
        joined = "\n".join(texts)
        assert s.title in texts, s.kind
        assert s.source_line in joined, s.kind
        # Every source in full: on the slide itself, or (too many for one slide at 12 pt) on the
        # continuation slides right after it, to which the slide points.
        at = all_slides.index(slide)
        continued = [t for sl in all_slides[at + 1:] for t in texts_of(sl)
                     if any(x.startswith(f"{s.title} — sources (continued)") for x in texts_of(sl))]
        if continued:  # the slide points to them
            assert "Continued on the next slide" in joined or "are on the next slide" in joined
        for marker, citation in s.sources:
            assert f"{marker} {citation}" in "\n".join([joined, *continued]), s.kind
        assert "more in notes" not in joined and "full list in the notes" not in joined
        assert any(s.date in t for t in texts), s.kind
        marks = [sh for sh in slide.shapes if sh.has_text_frame and sh.text_frame.text == MARKING]
        tops = sorted(sh.top / EMU_PER_INCH for sh in marks)
        assert len(tops) == 2 and tops[0] < 0.5 and tops[1] > 6.9, s.kind
        run = marks[0].text_frame.paragraphs[0].runs[0]
        assert run.font.bold and run.font.size.pt >= 12
    body_sizes = [r.font.size.pt for sh in firsts[4].shapes if sh.has_text_frame
                  for p in sh.text_frame.paragraphs for r in p.runs
                  if r.text in slides[4].paragraphs]
    assert body_sizes and min(body_sizes) >= 14


def test_deck_marking_applies_to_slides_without_their_own(tmp_path, bar_spec):
    prs = write_and_open(tmp_path, [chart_slide(bar_spec)], marking="RESTRICTED")
    assert texts_of(prs.slides[0]).count("RESTRICTED") == 2
    prs = write_and_open(tmp_path, [chart_slide(bar_spec)])
    assert not any(t in ("RESTRICTED", MARKING) for t in texts_of(prs.slides[0]))


def test_a_long_marking_is_never_cut(tmp_path, bar_spec):
    marking = "OFFICIAL – SENSITIVE – for the committee on trade and economic security only; " * 2
    marking = marking[:190].strip()
    prs = write_and_open(tmp_path, [chart_slide(bar_spec, marking=marking)])
    marks = [sh for sh in prs.slides[0].shapes if sh.has_text_frame and sh.text_frame.text == marking]
    assert len(marks) == 2
    for sh in marks:
        assert sh.text_frame.paragraphs[0].runs[0].font.size.pt >= 12
        assert sh.top >= 0 and sh.top + sh.height <= prs.slide_height


def test_notes_hold_every_source_and_the_receipt(tmp_path, bar_spec):
    prs = write_and_open(tmp_path, [chart_slide(bar_spec, receipt_json=RECEIPT)])
    notes = notes_of(prs.slides[0])
    for marker, text in bar_spec.sources:
        assert f"{marker} {text}" in notes
    assert RECEIPT in notes


def test_receipt_reaches_the_notes_even_if_the_slide_notes_lack_it(tmp_path):
    s = Slide(title="T", subtitle="", kind="text", paragraphs=("p",), source_line="Sources: x",
              notes="Only this.", receipt_json=RECEIPT, date="2025-01-01")
    prs = write_and_open(tmp_path, [s])
    assert "Only this." in notes_of(prs.slides[0]) and RECEIPT in notes_of(prs.slides[0])


def test_warnings_are_boxed_on_the_slide_and_in_full_in_the_notes(tmp_path, pack):
    spec = spec_of(pack, indicator_id="lng_offtake_volume", chart="bar")
    assert spec.warnings
    prs = write_and_open(tmp_path, [chart_slide(spec)])
    boxed = [t for t in texts_of(prs.slides[0]) if t.startswith("⚠")]
    assert len(boxed) == 1 and spec.warnings[0][:40] in boxed[0]
    for w in spec.warnings:
        assert w in notes_of(prs.slides[0])


def test_long_warnings_are_cut_on_the_slide(tmp_path, bar_spec):
    long = ("The compared figures are from different periods and several sources disagree. " * 8,)
    spec = ChartSpec(bar_spec.title, bar_spec.subtitle, bar_spec.indicator_id, bar_spec.kind,
                     bar_spec.basis, bar_spec.panels, bar_spec.sources, bar_spec.footnotes, long)
    prs = write_and_open(tmp_path, [chart_slide(spec)])
    (boxed,) = [t for t in texts_of(prs.slides[0]) if t.startswith("⚠")]
    assert len(boxed) < len(long[0]) and boxed.endswith("(full text in the notes)")
    assert long[0].strip() in notes_of(prs.slides[0])


# -- table, picture, text, title, sources ------------------------------------------------------------

def test_table_cells_equal_the_spec_table(tmp_path, line_spec):
    prs = write_and_open(tmp_path, [chart_slide(line_spec, kind="table")])
    (table,) = [sh.table for sh in prs.slides[0].shapes if sh.has_table]
    header, rows = line_spec.table()
    cells = [[c.text_frame.text for c in row.cells] for row in table.rows]
    assert cells == [header, *rows]
    first = table.cell(0, 0).text_frame.paragraphs[0].runs[0].font
    assert first.bold
    sizes = {r.font.size.pt for row in table.rows for c in row.cells
             for p in c.text_frame.paragraphs for r in p.runs}
    assert min(sizes) >= 12


def test_a_long_table_is_capped_and_continued_in_the_notes(tmp_path):
    series = tuple(Series(f"s{i}>", f"Series {i:02d}", "x", "#0072B2",
                          (Figure(f"s{i}>", "2024", 1.0, float(i), f"{i} %", f"{i} %", "", "s",
                                  "[1]"),))
                   for i in range(30))
    spec = ChartSpec("Many", "Rows", "m", ChartKind.BAR, Basis.PUBLISHED, (Panel("%", series),),
                     (("[1]", "One."),), (), ())
    prs = write_and_open(tmp_path, [chart_slide(spec, kind="table")])
    (table,) = [sh.table for sh in prs.slides[0].shapes if sh.has_table]
    shown = len(table.rows) - 1
    assert 10 <= shown <= pptx_writer.TABLE_MAX_ROWS
    header, rows = spec.table()
    assert [[c.text_frame.text for c in r.cells] for r in table.rows] == [header, *rows[:shown]]
    assert any(f"Showing {shown} of 30 rows" in t and "continued in the notes" in t
               for t in texts_of(prs.slides[0]))
    notes = notes_of(prs.slides[0])
    for row in rows[shown:]:
        assert " | ".join(row) in notes
    sizes = {r.font.size.pt for row in table.rows for c in row.cells
             for p in c.text_frame.paragraphs for r in p.runs}
    assert min(sizes) >= 10
    frame = next(sh for sh in prs.slides[0].shapes if sh.has_table)
    assert (frame.top + frame.height) / EMU_PER_INCH <= pptx_writer.CONTENT_BOTTOM + 0.01


@pytest.mark.parametrize("size", [(1600, 600), (600, 900)])
def test_picture_keeps_its_aspect_ratio_and_fits(tmp_path, pack, size):
    prs = write_and_open(tmp_path, [timeline_slide(pack, png(*size), "No filter.")])
    pics = [sh for sh in prs.slides[0].shapes if sh.shape_type == 13]  # MSO_SHAPE_TYPE.PICTURE
    assert len(pics) == 1
    pic = pics[0]
    assert pic.width / pic.height == pytest.approx(size[0] / size[1], rel=0.01)
    assert pic.left >= 0 and pic.left + pic.width <= prs.slide_width
    assert (pic.top + pic.height) / EMU_PER_INCH <= pptx_writer.CONTENT_BOTTOM + 0.01


def test_japanese_text_round_trips_with_an_east_asian_font(tmp_path, pack):
    ev = str(pack.events[pack.events["title_ja"] != ""]["id"].iloc[0])
    s = event_slide(pack, ev)
    prs = write_and_open(tmp_path, [s])
    bodies = [t for sl in prs.slides for t in texts_of(sl)
              if any(t.startswith(p) for p in s.paragraphs)]
    assert "\n".join(bodies).split("\n") == list(s.paragraphs)  # in order, continued if long
    runs = [r for sh in prs.slides[0].shapes if sh.has_text_frame
            for p in sh.text_frame.paragraphs for r in p.runs if r.text == s.paragraphs[0]]
    rpr = runs[0]._r.find(qn("a:rPr"))
    assert rpr.find(qn("a:ea")).get("typeface") == pptx_writer.EA_FONT
    assert rpr.find(qn("a:latin")).get("typeface") == pptx_writer.LATIN_FONT
    assert rpr.get("lang") == "ja-JP"


def test_title_slide(tmp_path):
    s = Slide(title="Deck title", subtitle="For the committee", kind="title",
              paragraphs=("Pack demo v1.2.3",), date="2025-11-21", marking=MARKING)
    prs = write_and_open(tmp_path, [s])
    texts = "\n".join(texts_of(prs.slides[0]))
    for part in ("Deck title", "For the committee", "Pack demo v1.2.3", "2025-11-21"):
        assert part in texts
    title_run = next(r for sh in prs.slides[0].shapes if sh.has_text_frame
                     for p in sh.text_frame.paragraphs for r in p.runs if r.text == "Deck title")
    assert title_run.font.size.pt >= 28


def test_long_sources_continue_on_further_slides(tmp_path):
    paras = tuple(f"[{i}] Source number {i}, a report with a reasonably long title. Publisher {i}, "
                  f"2025. https://example.org/report/{i}" for i in range(1, 61))
    prs = write_and_open(tmp_path, [Slide(title="Sources", subtitle="", kind="sources",
                                          paragraphs=paras, date="2025-11-21")])
    assert len(prs.slides) >= 3
    titles = [texts_of(sl)[0] if False else next(t for t in texts_of(sl) if t.startswith("Sources"))
              for sl in prs.slides]
    assert titles[0] == "Sources"
    assert titles[1:] == ["Sources (continued)"] * (len(prs.slides) - 1)
    listed = [line for sl in prs.slides for t in texts_of(sl) if t.startswith("[1]") or "\n[" in t
              for line in t.split("\n")]
    assert listed == list(paras)  # each once, in order
    for sl in prs.slides:
        lines = [line for t in texts_of(sl) for line in t.split("\n") if line in paras]
        assert len(lines) <= 25


def test_short_sources_stay_on_one_slide(tmp_path, bar_spec):
    paras = tuple(f"{m} {t}" for m, t in bar_spec.sources)
    prs = write_and_open(tmp_path, [Slide(title="Sources", subtitle="", kind="sources",
                                          paragraphs=paras, date="2025-11-21")])
    assert len(prs.slides) == 1
    assert any(t.split("\n") == list(paras) for t in texts_of(prs.slides[0]))


def test_empty_spec_says_why(tmp_path, bar_spec):
    spec = ChartSpec("Nothing", "", "x", ChartKind.BAR, Basis.PUBLISHED, (), (), (), (),
                     empty_reason="No figures match the filter.")
    prs = write_and_open(tmp_path, [chart_slide(spec)])
    assert not charts_of(prs.slides[0])
    assert "No figures match the filter." in texts_of(prs.slides[0])


def test_bad_input_is_refused(tmp_path):
    with pytest.raises(ValueError):
        write_pptx([], tmp_path / "x.pptx")
    with pytest.raises(ValueError):
        write_pptx([Slide(title="T", subtitle="", kind="video")], tmp_path / "x.pptx")
    assert not (tmp_path / "x.pptx").exists()


# -- properties, receipt, atomic write -----------------------------------------------------------------

def test_core_properties_carry_title_marking_and_receipt(tmp_path, bar_spec):
    assert len(RECEIPT) > 255  # longer than python-pptx's setter allows
    path = write_pptx([chart_slide(bar_spec, receipt_json=RECEIPT)], tmp_path / "deck.pptx",
                      title="My briefing", marking=MARKING)
    cp = Presentation(str(path)).core_properties
    assert cp.title == "My briefing"
    assert cp.subject == MARKING
    assert cp.keywords.startswith(f"{MARKING}; [1] ")  # the marking, then every source
    for marker, citation in bar_spec.sources:
        assert f"{marker} {citation}" in cp.keywords
    assert cp.comments == RECEIPT
    assert cp.category == "Briefing Explorer export"
    assert cp.author == cp.last_modified_by == "Briefing Explorer"
    assert cp.revision == 1 and cp.created is not None and cp.created.year >= 2025
    assert read_receipt(path) == RECEIPT
    assert json.loads(read_receipt(path)) == json.loads(RECEIPT)


def test_properties_default_to_the_first_slide_and_the_shared_receipt(tmp_path, bar_spec, line_spec):
    path = write_pptx([chart_slide(bar_spec, receipt_json=RECEIPT),
                       chart_slide(bar_spec, kind="table", receipt_json=RECEIPT)], tmp_path / "a.pptx")
    cp = Presentation(str(path)).core_properties
    assert cp.title == bar_spec.title and cp.keywords.startswith("[1] ")
    assert read_receipt(path) == RECEIPT
    other = RECEIPT.replace("x", "y")
    path = write_pptx([chart_slide(bar_spec, receipt_json=RECEIPT),
                       chart_slide(line_spec, receipt_json=other)], tmp_path / "b.pptx")
    assert read_receipt(path) == ""  # two views and no deck receipt: none is the deck's


def test_read_receipt_of_a_file_that_is_not_a_deck(tmp_path):
    bad = tmp_path / "not.pptx"
    bad.write_text("hello")
    with pytest.raises(ViewError, match=r"not\.pptx"):
        read_receipt(bad)


def test_written_atomically_replacing_an_existing_file(tmp_path, bar_spec):
    target = tmp_path / "out" / "deck.pptx"
    target.parent.mkdir()
    target.write_bytes(b"old content")
    assert write_pptx([chart_slide(bar_spec)], str(target)) == target
    assert sorted(p.name for p in target.parent.iterdir()) == ["deck.pptx"]
    assert Presentation(str(target)).slides[0].shapes  # the new deck, readable


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path, bar_spec, monkeypatch):
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"old content")

    def boom(src, dst):
        raise OSError("disk full")
    monkeypatch.setattr("explorer.atomic_write.os.replace", boom)
    with pytest.raises(OSError):
        write_pptx([chart_slide(bar_spec)], target)
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


# -- a real renderer -----------------------------------------------------------------------------------

def pdf_pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60)
        return int(re.search(r"^Pages:\s+(\d+)", out.stdout, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes()))


def test_libreoffice_renders_one_page_per_slide(tmp_path, pack, bar_spec, line_spec):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    slides = [Slide(title="Deck", subtitle="Test", kind="title", date="2025-11-21", marking=MARKING),
              chart_slide(line_spec, marking=MARKING), chart_slide(bar_spec, kind="table")]
    deck = write_pptx(slides, tmp_path / "deck.pptx")
    profile = (tmp_path / "lo-profile").as_uri()  # never the user's own LibreOffice profile
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(deck)],
                   check=True, capture_output=True, timeout=180)
    assert pdf_pages(tmp_path / "deck.pdf") == 3


def test_a_long_table_and_a_long_warning_say_so_in_the_label_language(tmp_path):
    series = tuple(Series(f"s{i}>", f"系列{i:02d}", "x", "#0072B2",
                          (Figure(f"s{i}>", "2024", 1.0, float(i), f"{i} %", f"{i} %", "", "s",
                                  "[1]"),))
                   for i in range(30))
    long = ("比較する数値の期間が異なり、複数の出典で値が一致しません。" * 12,)
    spec = ChartSpec("多数", "行", "m", ChartKind.BAR, Basis.PUBLISHED, (Panel("%", series),),
                     (("[1]", "One."),), (), long, label_language="ja")
    prs = write_and_open(tmp_path, [chart_slide(spec, kind="table"), chart_slide(spec)])
    shown = len(next(sh.table for sh in prs.slides[0].shapes if sh.has_table).rows) - 1
    texts = texts_of(prs.slides[0])
    assert any(f"全30行のうち{shown}行を表示" in t for t in texts)
    assert not any("Showing" in t for t in texts)
    assert f"表の{shown + 1}～30行目" in notes_of(prs.slides[0])
    (boxed,) = [t for t in texts_of(prs.slides[1]) if t.startswith("⚠")]
    assert boxed.endswith("（全文はノートに記載）")


def test_a_table_of_many_periods_is_written_not_measured_forever(tmp_path):
    # Columns narrower than their margins gave the line count a negative width: it never ended.
    assert pptx_writer._line_count("12.5 bn", -0.15, 10) >= 1
    periods = [str(y) for y in range(1920, 2000)]  # 80 columns, each narrower than its margins
    series = (Series("a>", "A", "a", "#0072B2",
                     tuple(Figure("a>", p, float(i), float(i), f"{i} bn", f"{i} bn", "", "s", "[1]")
                           for i, p in enumerate(periods))),)
    spec = ChartSpec("Wide", "Many periods", "w", ChartKind.LINE, Basis.PUBLISHED, (Panel("bn", series),),
                     (("[1]", "One."),), (), ())
    prs = write_and_open(tmp_path, [chart_slide(spec, kind="table")])
    assert any(sh.has_table for sh in prs.slides[0].shapes)
