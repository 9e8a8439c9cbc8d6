"""Event markers and lines dropped by a filter change are kept for when they are needed again (a
marker with its laid-out title, a line out of the plot; making and adding a line cost ~0.8 ms): a
returning marker keeps its title's text and draws, names and selects its event as a new one
would, and a kept line draws as a new one would."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from explorer.domain.dates import parse_bound
from explorer.qt.views import chart_markers, chart_panel
from explorer.qt.views.chart_view import ChartView
from tests.qt.helpers import comparison_panel_on

# events marked per step on the default pack: 40, 18, 9, 58, 18, none (no figures), 40
RANGES = (("2024", "2026"), ("2015", "2023"), ("2023", "2024"), ("2010", "2030"), ("2015", "2023"),
          ("2025", "2026"), ("2024", "2026"))


def _settle(panel) -> None:
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()
        panel.chart_view.graphics.ci.layout.activate()


def _on(qtbot, pack, lo: str, hi: str):
    session, panel = comparison_panel_on(qtbot, pack, indicator="goods_exports")
    session.set_comparison(origin="test", chart="line", markers="all")
    session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                       day_to=parse_bound(hi, upper=True))
    _settle(panel)
    return session, panel


def _markers(panel) -> list:
    """What every shown marker draws: its event, place, pen, title text, row and box."""
    view = panel.chart_view
    out = []
    for i, slot in enumerate(view._slots if view.plot_items else []):
        for event_id, m in sorted(slot.markers.items()):
            label = m.label
            out.append((i, event_id, m.event_id, m.value(), m.isVisible(), m.pen.widthF(), m.chosen,
                        None if label is None else
                        (label.toPlainText(), False) if not label.isVisible() else  # (where: unseen)
                        (label.toPlainText(), True, m.position, label.sceneBoundingRect().getRect())))
    return out


def _walk(qtbot, pack, monkeypatch) -> tuple[list, list, list, int]:
    """The panel through RANGES: per step what its markers draw, the plot's picture and each
    shown marker's title text object; how many title texts were made on the way."""
    made = []
    new_text = chart_markers.EventMarkers._text
    def counted(self):
        made.append(1)
        return new_text(self)

    monkeypatch.setattr(chart_markers.EventMarkers, "_text", counted)
    session, panel = _on(qtbot, pack, *RANGES[0])
    states, images, texts = [], [], []
    for lo, hi in RANGES:
        session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                           day_to=parse_bound(hi, upper=True))
        _settle(panel)
        states.append(_markers(panel))
        images.append(panel.chart_view.graphics.grab().toImage())
        texts.append({e: m.text for e, m in panel.chart_view._slots[0].markers.items()})  # titled
    panel.close()
    return states, images, texts, len(made)


def test_markers_coming_back_keep_their_titles_and_draw_what_new_markers_draw(qtbot, default_pack,
                                                                             monkeypatch):
    # One plot per row throughout: a filter that comes back would otherwise bring back the plot
    # that drew it, markers and all (test_chart_kept_drawings.py); the pool is tested here.
    monkeypatch.setattr(ChartView, "keep_drawn", False)
    states, images, texts, made = _walk(qtbot, default_pack, monkeypatch)
    # the events of the first filter came back with the titles they had (nothing re-laid out)
    back = {e for e in set(texts[0]) & set(texts[-1]) if any(e not in shown for shown in texts)}
    assert len(back) > 20 and all(texts[0][e] is texts[-1][e] for e in back)
    # the same walk with nothing kept (every marker made anew): same pictures, more titles made
    monkeypatch.setattr(chart_markers, "MARKER_POOL", 0)
    states_new, images_new, texts_new, made_new = _walk(qtbot, default_pack, monkeypatch)
    assert made_new > made + 20
    assert not any(texts_new[0][e] is texts_new[-1][e] for e in back)
    for (lo, hi), state, image, state_new, image_new in zip(RANGES, states, images, states_new, images_new):
        assert state == state_new, (lo, hi)
        assert image == image_new, (lo, hi)
    # and a fresh panel on the last filter marks the same events the same way
    _, fresh = _on(qtbot, default_pack, *RANGES[-1])
    assert _markers(fresh) == states[-1]


def test_a_marker_after_filters_selects_and_names_its_event(qtbot, default_pack):
    session, panel = _on(qtbot, default_pack, "2024", "2026")
    for lo, hi in (("2015", "2023"), ("2024", "2026")):
        session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                           day_to=parse_bound(hi, upper=True))
        _settle(panel)
    view = panel.chart_view
    slot = view._slots[0]
    event_id, line = next((e, m) for e, m in slot.markers.items() if m.label.isVisible())
    assert line.event_id == event_id and line.marker.event_id == event_id
    vb = view.plot_items[0].vb
    lo, hi = vb.viewRange()[1]
    at = view.graphics.mapFromScene(vb.mapViewToScene(QPointF(line.value(), (lo + hi) / 2)))
    # hover names it
    QTest.mouseMove(view.graphics.viewport(), at)
    view._on_q_scene_mouse_moved(view.graphics.mapToScene(at))
    assert line.marker.label in view.readout_text
    # a click selects it
    with qtbot.waitSignal(panel.sig_event_selection_requested) as blocker:
        QTest.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert blocker.args == [event_id]


PARTNERS = (None, {"us"}, {"eu"}, None, {"us"}, {"jp"}, None)  # goods exports: series go and come


def _lines_walk(qtbot, pack, monkeypatch) -> tuple[list, list, int, list]:
    """The panel through PARTNERS: per step what is plotted and the plot's picture; how many lines
    were made, and each step's line objects by series."""
    made = []

    class Counted(chart_panel._Line):
        def __init__(self) -> None:
            made.append(1)
            super().__init__()

    monkeypatch.setattr(chart_panel, "_Line", Counted)
    session, panel = comparison_panel_on(qtbot, pack, indicator="goods_exports")
    session.set_comparison(origin="test", chart="line")
    plotted, images, objects = [], [], []
    for partners in PARTNERS:
        if partners is None:
            session.clear_filter(origin="filter-clear")
        else:
            session.set_filter(origin="filter-bar", partners=frozenset(partners))
        _settle(panel)
        view = panel.chart_view
        plotted.append((view.plotted_values(), [view.value_labels(i) for i in range(len(view.plot_items))]))
        images.append(view.graphics.grab().toImage())
        objects.append({(i, k): id(item) for i, slot in enumerate(view._slots) for k, item in slot.items.items()})
    panel.close()
    return plotted, images, len(made), objects


def test_lines_dropped_by_a_partner_filter_come_back_as_new_lines_would_draw(qtbot, default_pack,
                                                                             monkeypatch):
    monkeypatch.setattr(ChartView, "keep_drawn", False)  # (as above: the line pool is tested)
    plotted, images, made, objects = _lines_walk(qtbot, default_pack, monkeypatch)
    assert made == 2  # one line per panel: series dropped leave their line to the next
    assert objects[0] == objects[3] == objects[-1]  # the same series came back on the same lines
    # the same walk with no line kept (each made anew, as before the pool): the same picture
    monkeypatch.setattr(chart_panel, "LINE_POOL", 0)
    plotted_new, images_new, made_new, _ = _lines_walk(qtbot, default_pack, monkeypatch)
    assert made_new > made
    for partners, a, b, image, image_new in zip(PARTNERS, plotted, plotted_new, images, images_new):
        assert a == b, partners
        assert image == image_new, partners


def _label_spec(qualified_from: int):
    """Two line series; the first's points from ``qualified_from`` on are qualified (labelled over
    the point), so the labels after them move in the list when it changes."""
    from explorer.charts.chart_spec import Basis, ChartKind, ChartSpec, Figure, Flag, Panel, Series

    def series(key: str, colour: str, base: float, qualified: range) -> Series:
        figures = tuple(Figure(key, str(2015 + i), 16_600.0 + 365 * i, base + 3 * i, f"{base + 3 * i:g} bn",
                               f"{base + 3 * i:g} bn", ">" if i in qualified else "", "s", "[1]",
                               (Flag.QUALIFIED,) if i in qualified else ())
                        for i in range(8))
        return Series(key, key, key[:2], colour, figures)

    return ChartSpec("Labels", "", "x", ChartKind.LINE, Basis.PUBLISHED,
                     (Panel("bn", (series("eu>jp", "#1f77b4", 10, range(qualified_from, 7)),
                                   series("us>jp", "#d62728", 12, range(2, 5)))),),
                     (("[1]", "Source"),), (), ())


def _label_items(view) -> list:
    """Each shown value label: text, place, anchor and its rank in the drawing order."""
    labels = view._slots[0].value_labels
    return sorted((text.toPlainText(), (x, y), (ax, ay), rank)
                  for rank, ((x, y, ax, ay), text) in enumerate(zip(labels.shown, labels.texts)))


def _texts(view) -> dict:
    labels = view._slots[0].value_labels
    return {text.toPlainText(): text for text in labels.texts[:len(labels.shown)]}


def _shown_chart(qtbot, spec):
    """A chart view on screen, drawing ``spec``."""
    from explorer.qt.views.chart_view import ChartView

    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_spec(spec)
    view.flush()
    return view


def test_value_labels_keep_their_items_when_they_move_in_the_list_and_draw_as_fresh_ones(qtbot):
    def shown(spec):
        return _shown_chart(qtbot, spec)

    view = shown(_label_spec(1))
    items = _texts(view)
    for first in (3, 0, 5, 1):
        view.set_spec(_label_spec(first))
        view.flush()
        now = _texts(view)
        # a text shown before keeps its laid-out text, though its place in the list moved
        assert all(now[text] is items[text] for text in now.keys() & items.keys()), first
        items.update(now)
        fresh = shown(_label_spec(first))
        assert _label_items(view) == _label_items(fresh), first
        assert view.value_labels() == fresh.value_labels()
        assert view.graphics.grab().toImage() == fresh.graphics.grab().toImage(), first
        fresh.close()


def _label_spec_at(base: float):
    """``_label_spec(3)`` with every value moved by ``base``: every label's text differs."""
    from dataclasses import replace

    spec = _label_spec(3)
    panel = spec.panels[0]
    series = tuple(replace(s, figures=tuple(replace(f, value=f.value + base, display=f"{f.value + base:g} bn")
                                            for f in s.figures)) for s in panel.series)
    return replace(spec, panels=(replace(panel, series=series),))


def test_value_labels_shown_a_filter_ago_keep_their_texts_and_draw_as_fresh_ones(qtbot):
    def shown(spec):
        return _shown_chart(qtbot, spec)

    view = shown(_label_spec_at(0))
    first = _texts(view)
    view.set_spec(_label_spec_at(100))
    view.flush()
    assert first and not first.keys() & _texts(view).keys()  # other texts, all of them
    # the texts no longer shown were not re-worded for the new ones: kept for their return
    assert all(item.toPlainText() == text for text, item in first.items())
    view.set_spec(_label_spec_at(0))  # the filter taken back
    view.flush()
    again = _texts(view)
    assert again.keys() == first.keys()
    assert all(again[text] is first[text] for text in first)
    fresh = shown(_label_spec_at(0))
    assert _label_items(view) == _label_items(fresh)
    assert view.graphics.grab().toImage() == fresh.graphics.grab().toImage()
    fresh.close()
