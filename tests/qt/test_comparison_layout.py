"""The Compare panel keeps its layout when a filter changes: the chart stays where it is and as tall
as it was, the notes area is as tall as the dock allows (not as its text), and notes longer than
their area scroll, so none of them is cut off unseen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from explorer.domain.dates import parse_bound
from tests.qt.helpers import comparison_panel_on

IDLE_MS = 300
TO_2025 = parse_bound("2025", upper=True)
# Services exports on the default pack: from 2019 seven lines of notes and a legend with the
# qualified and conflict keys; from 2023 two lines and neither key; from 2024 no figures at all.
YEARS = ["2019", "2023", "2019", "2021", "2024", "2019"]


@pytest.fixture
def panel(qtbot):
    session, panel = comparison_panel_on(qtbot, None, indicator="services_exports")
    qtbot.wait(IDLE_MS)
    panel.session = session  # type: ignore[attr-defined]
    return panel


def _filter(qtbot, panel, year: str) -> None:
    panel.session.set_filter(origin="filter-bar", day_from=parse_bound(year, upper=False),
                             day_to=TO_2025)
    qtbot.wait(IDLE_MS)


def test_the_chart_keeps_its_place_and_height_when_a_filter_rewords_the_notes(qtbot, panel):
    chart = panel.chart_view
    seen_notes, seen_legends, geometries = set(), set(), set()
    for year in YEARS:
        _filter(qtbot, panel, year)
        seen_notes.add(chart.footer_text)
        seen_legends.add(chart.legend_text)
        plot = chart.graphics
        geometries.add((plot.mapTo(panel, plot.rect().topLeft()).y(), plot.height(),
                        chart._footer_scroll.height(), panel.pages.height()))
        assert _screen(panel) == panel.grab().toImage(), year  # what shows is a fresh paint
    assert len(seen_notes) >= 3 and len(seen_legends) >= 3  # the words did change ...
    assert len(geometries) == 1, geometries  # ... the chart, the notes area, the page did not


def test_notes_longer_than_their_area_scroll_to_their_last_line(qtbot, panel):
    panel.resize(1000, 520)  # a laptop's dock: the notes area at its smallest
    _filter(qtbot, panel, "2019")
    chart = panel.chart_view
    area, notes = chart._footer_scroll, chart._footer
    assert chart.footer_text.count("<br>") >= 5
    assert area.isVisible() and area.height() < notes.heightForWidth(notes.width())
    bar = area.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0  # there is more, and the bar says so
    # the whole text is laid out in the scrolled label, none of it cut: the last line is reachable
    assert notes.height() >= notes.heightForWidth(notes.width())
    bar.setValue(bar.maximum())
    qtbot.wait(50)
    assert -notes.y() + area.viewport().height() >= notes.heightForWidth(notes.width())
    # a filter with new notes shows them from their first line
    _filter(qtbot, panel, "2021")
    assert bar.value() == 0


def _screen(panel):
    """What the window shows now (the offscreen platform's backing store), as a fresh grab's format."""
    from PySide6.QtWidgets import QApplication

    image = QApplication.primaryScreen().grabWindow(panel.winId()).toImage()
    return image.convertToFormat(panel.grab().toImage().format())


class _Paints(QObject):
    """Paint events: of every widget of the panel (``total``), and of a few named ones."""

    def __init__(self, root, named: dict) -> None:
        super().__init__()
        self.total = 0
        self.names = {id(w): n for n, w in named.items()}
        self.counts: dict[str, int] = {}
        self.widgets = [w for w in [root, *root.findChildren(QObject)] if isinstance(w, QWidget)]
        for w in self.widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.total += 1
            name = self.names.get(id(watched))
            if name is not None:
                self.counts[name] = self.counts.get(name, 0) + 1
        return False

    def detach(self) -> None:
        for w in self.widgets:
            w.removeEventFilter(self)


def test_a_filter_that_rewords_the_notes_repaints_the_texts_not_the_page(qtbot, panel):
    """Services exports from 2019 and from 2021 on: seven lines of notes and five, a legend with the
    flag keys and one without. Before, each such change resized the chart and repainted the whole
    results side (the chart's stack, the tabs, the page: 11-13 paint events here, 18-32 in the
    window's dock); now the legend and the notes repaint, over a plot that stays put."""
    chart = panel.chart_view
    _filter(qtbot, panel, "2019")
    paints = _Paints(panel, {"title": chart._title, "tabs": panel.tabs, "tab bar": panel.tabs.tabBar(),
                             "chart and message": chart._stack, "controls": panel.base_period_combo})
    totals = []
    for year in ["2021", "2019", "2021", "2019"]:
        paints.total = 0
        paints.counts.clear()
        notes_before = chart.footer_text
        _filter(qtbot, panel, year)
        assert chart.footer_text != notes_before
        totals.append(paints.total)
        assert not paints.counts, (year, paints.counts)
    paints.detach()
    assert max(totals) <= 10, totals


def test_a_partner_filter_that_drops_a_panel_leaves_the_page_as_it_was(qtbot, panel):
    """Goods exports: EU → Japan in euros and US → Japan in dollars, two panels. Focusing on one
    partner leaves one panel; in a short dock the page kept its height and the panel left takes the
    room (before, the plots shrank to one panel's minimum and the whole page re-laid out)."""
    panel.resize(1000, 500)
    panel.session.set_comparison(origin="test", indicator_id="goods_exports")
    qtbot.wait(IDLE_MS)
    chart = panel.chart_view
    panels, geometries = [], set()
    for partner in ["us", "eu", "jp", "us"]:
        panel.session.set_filter(origin="filter-bar", partners=frozenset({partner}))
        qtbot.wait(IDLE_MS)
        panels.append(len(chart.plot_items))
        geometries.add((chart.graphics.height(), panel.pages.height()))
    assert panels == [1, 1, 2, 1]
    assert len(geometries) == 1, geometries


def test_the_hidden_series_notice_repaints_the_column_below_it_and_the_screen_stays_right(
        qtbot, panel):
    """A partner filter that hides a ticked series shows a notice in the Series box: the settings
    column grows; what is above the box (question, indicator) is not repainted, and what the window
    shows after each change is what a fresh paint of the panel draws."""
    panel.resize(1000, 500)
    panel.session.set_comparison(origin="test", indicator_id="goods_exports")
    qtbot.wait(IDLE_MS)
    paints = _Paints(panel, {"question": panel.preset_combo, "indicator": panel.indicator_combo})
    shown = []
    for partners in [{"us"}, {"jp"}, {"eu"}, set()]:
        paints.counts.clear()
        if partners:
            panel.session.set_filter(origin="filter-bar", partners=frozenset(partners))
        else:
            panel.session.clear_filter(origin="filter-clear")
        qtbot.wait(IDLE_MS)
        shown.append(panel.hidden_notice.isVisible())
        assert not paints.counts, (partners, paints.counts)
        assert _screen(panel) == panel.grab().toImage(), partners
    paints.detach()
    assert shown == [True, False, True, False]


class _Geometry(QObject):
    """Move and Resize events of some widgets, by name."""

    def __init__(self, named: dict) -> None:
        super().__init__()
        self.names = {id(w): n for n, w in named.items()}
        self.widgets = list(named.values())
        self.counts: dict[tuple[str, str], int] = {}
        for w in self.widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = {QEvent.Type.Move: "move", QEvent.Type.Resize: "resize"}.get(event.type())
        if kind is not None and id(watched) in self.names:
            key = (self.names[id(watched)], kind)
            self.counts[key] = self.counts.get(key, 0) + 1
        return False

    def detach(self) -> None:
        for w in self.widgets:
            w.removeEventFilter(self)


def test_the_hidden_series_notice_moves_the_boxes_below_it_once_in_a_short_dock(qtbot, panel):
    """In a dock shorter than the settings column, the notice coming made Qt lay the column out at
    its old height first (the Basis box squeezed, its buttons shrunk), then again for the button,
    then at the new height: every box below moved and resized two or three times; the notice going,
    the Series box laid itself out at its old height first (the hint under the list grew into the
    notice's room). Now the Basis box moves once, straight to its place, neither its buttons nor the
    hint are resized, and the window shows what a fresh paint of the panel draws."""
    panel.resize(1000, 330)
    panel.session.set_comparison(origin="test", indicator_id="goods_exports")
    qtbot.wait(IDLE_MS)
    basis = panel.basis_buttons["published"]
    box = basis.parentWidget()
    seen = _Geometry({"basis box": box, "basis button": basis, "series hint": panel.series_hint})
    shown = []
    for partners in [{"us"}, {"jp"}, {"eu"}, {"jp"}]:
        seen.counts.clear()
        panel.session.set_filter(origin="filter-bar", partners=frozenset(partners))
        qtbot.wait(IDLE_MS)
        shown.append(panel.hidden_notice.isVisible())
        assert seen.counts.get(("basis box", "move")) == 1, (partners, seen.counts)
        assert ("basis button", "resize") not in seen.counts, (partners, seen.counts)
        assert ("basis box", "resize") not in seen.counts, (partners, seen.counts)
        assert ("series hint", "resize") not in seen.counts, (partners, seen.counts)
        assert _screen(panel) == panel.grab().toImage(), partners
    seen.detach()
    assert shown == [True, False, True, False]


def test_the_chart_switching_to_its_message_and_back_leaves_the_tabs_unpainted(qtbot, panel):
    """Services exports from 2024 on have no figure: the chart shows its message, then the chart
    again from 2019. The chart's page changes; the Chart and Table tabs around it, placed where
    they were, are not repainted (Qt's tab widget repainted itself whole, tab bar and frame, on
    every such change), and the window shows what a fresh paint of the panel draws."""
    chart = panel.chart_view
    _filter(qtbot, panel, "2019")
    paints = _Paints(panel, {"tabs": panel.tabs, "tab bar": panel.tabs.tabBar()})
    messages = []
    for year in ["2024", "2019", "2024", "2019"]:
        paints.counts.clear()
        _filter(qtbot, panel, year)
        messages.append(bool(chart.message_text))
        assert not paints.counts, (year, paints.counts)
        assert _screen(panel) == panel.grab().toImage(), year
    paints.detach()
    assert messages == [True, False, True, False]


def test_the_settings_column_keeps_its_height_once_the_notice_showed(qtbot, panel):
    """The notice coming and going changed the settings column's height, and its scroll bar (the
    range changed) repainted with each filter change. The column now keeps the height it had with
    the notice, the notice's room blank at its foot: the scroll bar is not repainted, the boxes still
    move up, the window shows what a fresh paint draws; another indicator drops the held height."""
    panel.resize(1000, 330)
    panel.session.set_comparison(origin="test", indicator_id="goods_exports")
    qtbot.wait(IDLE_MS)
    scroll = panel._settings_scroll
    controls, bar = scroll.widget(), scroll.verticalScrollBar()
    unheld = controls.height()
    panel.session.set_filter(origin="filter-bar", partners=frozenset({"us"}))
    qtbot.wait(IDLE_MS)
    assert panel.hidden_notice.isVisible()
    held = controls.height()
    assert held > unheld
    paints = _Paints(panel, {"scroll bar": bar})
    basis = panel.basis_buttons["published"].parentWidget()
    for partners in [{"jp"}, {"eu"}, {"jp"}]:
        paints.counts.clear()
        y = basis.y()
        panel.session.set_filter(origin="filter-bar", partners=frozenset(partners))
        qtbot.wait(IDLE_MS)
        assert panel.hidden_notice.isVisible() == (partners == {"eu"})
        assert (basis.y() > y) == (partners == {"eu"}), partners
        assert controls.height() == held and bar.maximum() == held - scroll.viewport().height()
        assert "scroll bar" not in paints.counts, (partners, paints.counts)
        assert _screen(panel) == panel.grab().toImage(), partners
    paints.detach()
    panel.session.set_comparison(origin="test", indicator_id="services_exports")
    qtbot.wait(IDLE_MS)
    assert controls.height() == max(controls.heightForWidth(controls.width()),
                                     scroll.viewport().height())
