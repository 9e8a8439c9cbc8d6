"""PowerPoint decks written with the chart series and text runs as one piece of XML each
(``pptx_writer.FAST_XML``) are the decks python-pptx's objects build element by element: every part
of the package equal, on bar, line and index charts of the default pack, a generated tier-S pack, and
text, event and title slides in English and Japanese. The chart stays native: python-pptx reads its
type, series, values, colours and labels back."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from explorer.charts.chart_spec import Basis, ChartKind, ChartSpec, Figure, Panel, Series
from explorer.charts.comparison import build_comparison
from explorer.data.pack_loader import load_pack
from explorer.export import pptx_writer
from explorer.export.slides import Slide, chart_slide, event_slide
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def _parts(path: Path | io.BytesIO) -> dict[str, object]:
    """Every part of a package (an embedded workbook's parts too), without the creation times."""
    out: dict[str, object] = {}
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n == "docProps/core.xml":  # (it holds the time)
                continue
            data = z.read(n)
            out[n] = _parts(io.BytesIO(data)) if n.endswith(".xlsx") else data
    return out


def _both(tmp_path: Path, monkeypatch, slides: list[Slide]) -> tuple[dict[str, object], dict[str, object], Path]:
    monkeypatch.setattr(pptx_writer, "FAST_XML", False)
    built = pptx_writer.write_pptx(slides, tmp_path / "built.pptx", marking="OFFICIAL")
    monkeypatch.setattr(pptx_writer, "FAST_XML", True)
    fast = pptx_writer.write_pptx(slides, tmp_path / "fast.pptx", marking="OFFICIAL")
    return _parts(built), _parts(fast), fast


def _assert_same(built: dict[str, object], fast: dict[str, object]) -> None:
    assert list(fast) == list(built)  # the same parts in the same order (our zip, python-pptx's)
    for name in built:
        assert fast[name] == built[name], name


SETUPS = [
    {"indicator_id": "goods_exports", "basis": "converted", "currency": "USD", "chart": "bar"},
    {"indicator_id": "goods_exports", "basis": "published", "chart": "line"},
    {"indicator_id": "goods_exports", "basis": "index", "chart": "line"},
]


@pytest.mark.parametrize("setup", SETUPS, ids=["bar", "line", "index"])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_default_pack_charts_are_the_same_deck(tmp_path, monkeypatch, pack, setup, lang):
    spec = build_comparison(pack, ComparisonSetup(**setup), lang=lang)
    built, fast, _path = _both(tmp_path, monkeypatch, [chart_slide(spec)])
    _assert_same(built, fast)
    assert any(n.startswith("ppt/charts/chart") for n in fast)


def test_every_series_style_is_the_same_deck(tmp_path, monkeypatch):
    # qualified and conflicting figures, one actor's repeated colour, Japanese labels, bars and lines
    def fig(key: str, period: str, x: float, value: float | None, label: str, marker: str,
            qualifier: str = "") -> Figure:
        return Figure(key, period, x, value, label, label, qualifier, "s", marker)

    series = (
        Series("j>", "日本", "j", "#0072B2", (fig("j>", "2019", 1.0, 1.5, "1.5", "[1]"),
                                              fig("j>", "2020", 2.0, 2.0, "<2", "[1]", "<"),
                                              fig("j>", "2020", 2.0, 2.5, "2.5", "[2]"),
                                              fig("j>", "2021", 3.0, None, "—", "[1]"))),
        Series("j>b", "日本 (b)", "j", "#0072B2", (fig("j>b", "2019", 1.0, 3.0, "3 & <x>", "[3]"),
                                                  fig("j>b", "2021", 3.0, 4.25, "4.25 日本", "[3]"))),
        Series("e>", "EU", "e", "#DDCC77", (fig("e>", "2020", 2.0, -1.0, "~-1", "[4]", "~"),)),
    )
    sources = (("[1]", "One."), ("[2]", "Two."), ("[3]", "Three."), ("[4]", "Four."))
    for kind in (ChartKind.LINE, ChartKind.BAR):
        spec = ChartSpec("Styles", "All of them", "s", kind, Basis.PUBLISHED, (Panel("%", series),),
                         sources, (), ("Sources disagree.",))
        built, fast, _path = _both(tmp_path, monkeypatch, [chart_slide(spec)])
        _assert_same(built, fast)
        one = tuple(Series(s.key, s.label, s.actor, s.colour, s.figures[:1]) for s in series)
        spec = ChartSpec("One each", "", "s", kind, Basis.PUBLISHED, (Panel("%", one),), sources, (), ())
        built, fast, _path = _both(tmp_path, monkeypatch, [chart_slide(spec)])
        _assert_same(built, fast)


def test_a_generated_tier_s_chart_is_the_same_deck_and_reads_back(tmp_path, monkeypatch):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path / "bench", "S")
    big = load_pack(folder)
    indicator = str(big.indicators["id"].iat[0])
    spec = build_comparison(big, ComparisonSetup(indicator_id=indicator))
    built, fast, path = _both(tmp_path, monkeypatch, [chart_slide(spec), chart_slide(spec, kind="table")])
    _assert_same(built, fast)
    charts = [sh.chart for sl in Presentation(str(path)).slides for sh in sl.shapes if sh.has_chart]
    assert charts
    chart = charts[0]
    assert chart.chart_type in (XL_CHART_TYPE.LINE_MARKERS, XL_CHART_TYPE.COLUMN_CLUSTERED)
    panel = next(p for p in spec.panels if p.series)
    assert len(list(chart.plots[0].series)) >= len(panel.series)
    first = chart.plots[0].series[0]
    values = [v for v in first.values if v is not None]
    assert values and all(isinstance(v, float) for v in values)


def test_text_and_event_slides_are_the_same_deck(tmp_path, monkeypatch, pack):
    events = pack.events
    slides = [Slide(title="Briefing 日本", subtitle="Today", kind="title", paragraphs=("Pack v1",),
                    date="2025-11-21"),
              event_slide(pack, str(events["id"].iat[0])),
              event_slide(pack, str(events["id"].iat[1]), label_language="ja"),
              Slide(title="Sources", subtitle="", kind="sources", date="2025-11-21",
                    paragraphs=tuple(f"[{i}] Source {i}, 日本語の出典 {i}. https://example.org/{i}"
                                     for i in range(1, 61)))]
    built, fast, _path = _both(tmp_path, monkeypatch, slides)
    _assert_same(built, fast)
