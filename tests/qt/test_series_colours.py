"""Every series of a comparison has a colour of its own, the same in the chart, its legend and
the series list: Japan's investment in the EU and in the US (one reporter, two partners) is drawn
in the EU's blue and the US's orange, not twice in Japan's colour on one panel."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from explorer.charts.palette import _FIXED_ACTORS, series_colours
from explorer.state.session import Session
from tests.qt.test_comparison_panel import make_panel, settle


def test_one_reporter_two_partners_take_the_partners_colours():
    colours = series_colours(["jp>eu", "jp>us"], _FIXED_ACTORS)
    assert colours == {"jp>eu": _FIXED_ACTORS["eu"], "jp>us": _FIXED_ACTORS["us"]}


def test_two_reporters_one_partner_keep_the_reporters_colours():
    colours = series_colours(["eu>jp", "us>jp"], _FIXED_ACTORS)
    assert colours == {"eu>jp": _FIXED_ACTORS["eu"], "us>jp": _FIXED_ACTORS["us"]}


def test_no_two_series_share_a_colour():
    keys = ["eu>jp", "eu>us", "us>jp", "us>eu", "jp>eu", "jp>us", "jp>"]
    colours = series_colours(keys, _FIXED_ACTORS)
    assert len({c.upper() for c in colours.values()}) == len(keys)
    # told apart by partner (four of them against three reporters): each partner's first series
    # keeps the partner's colour
    assert [colours[k] for k in ("eu>jp", "eu>us", "us>eu")] == [
        _FIXED_ACTORS["jp"], _FIXED_ACTORS["us"], _FIXED_ACTORS["eu"]]


def test_the_chart_and_the_series_list_show_each_series_in_its_own_colour(qtbot, default_pack):
    session = Session()
    session.open_pack(default_pack)
    panel = make_panel(qtbot, session)
    session.set_comparison(origin="test", indicator_id="fdi_stock", chart="line",
                           basis="converted", currency="USD", series=[])
    settle(panel)
    spec = panel.chart_view.spec
    assert spec is not None and len(spec.panels) == 1  # both in USD: one panel
    series = spec.panels[0].series
    assert {s.key for s in series} == {"jp>eu", "jp>us"}
    image = panel.chart_view.graphics.grab().toImage()
    vb = panel.chart_view.plot_items[0].vb
    drawn = {}
    for s in series:  # the colour at the centre of each series' last point, as drawn
        last = [f for f in s.figures if f.value is not None][-1]
        at = panel.chart_view.graphics.mapFromScene(vb.mapViewToScene(QPointF(last.x, last.value)))
        drawn[s.key] = image.pixelColor(at).name()
    assert drawn["jp>eu"] != drawn["jp>us"]
    assert drawn == {s.key: QColor(s.colour).name() for s in series}
    swatches = {}
    for i in range(panel.series_list.count()):
        item = panel.series_list.item(i)
        icon = item.icon().pixmap(12, 12).toImage()
        swatches[item.data(Qt.ItemDataRole.UserRole)] = icon.pixelColor(6, 6).name()
    assert swatches == drawn
