"""Era names in the strip above the lanes never overlap: terms of one row can overlap (a user's
pack can, the generated ones do), and each name starts at its band's left end, so two terms both
covering the view's left edge wrote their names on top of each other ("Leader 33" over
"Leader 34 →"). The later term's name shows; an earlier term's name stops where the next term
of its row begins."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from explorer.charts import timeline_layout as tl
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import day_number
from explorer.qt.render.timeline_backdrop import _era_label_ends
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session
from tests.packs import write_pack

SIZE = QSize(1000, 420)
HEADER = "id,label,actor,start,end,source_id\n"


def day(y: int, m: int = 1, d: int = 1) -> float:
    return float(day_number(dt.date(y, m, d)))


def strip(qtbot, folder, eras_csv: str, day_range) -> tuple[np.ndarray, TimelineView]:
    """The view's picture (as rows of pixels) for a pack with these eras, and the view."""
    session = Session()
    session.open_pack(load_pack(write_pack(folder, {"eras.csv": HEADER + eras_csv})))
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(SIZE)
    view.set_visible_range(*day_range)
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(),
                                                                 image.width()).copy()
    return pixels, view


def test_two_terms_over_the_left_edge_show_one_name(qtbot, tmp_path):
    """Both terms cover the view's left edge: the strip shows the later term's name only, as
    if the earlier term had no name (same bands, same picture)."""
    rng = (day(2025, 1, 1), day(2025, 6, 1))
    both, view = strip(qtbot, tmp_path / "both",
                       "alpha,Alphonse Longname (JP PM),jp,2020-01-01,2026-01-01,src-a\n"
                       "beta,Beta (JP PM),jp,2024-10-01,2025-10-21,src-b\n", rng)
    f = view._ensure_frame()
    eras = view._painter.eras
    assert f.era_rect is not None and eras is not None and eras.row_labels == ("JP PM",)
    # "A" is a lone letter: the strip draws no name for it (it says nothing).
    later_only, _ = strip(qtbot, tmp_path / "later_only",
                          "alpha,A (JP PM),jp,2020-01-01,2026-01-01,src-a\n"
                          "beta,Beta (JP PM),jp,2024-10-01,2025-10-21,src-b\n", rng)
    assert (both == later_only).all(), "the earlier term's name is not drawn under the later's"
    # and the later term's name is there: a picture without it differs in the strip
    no_names, _ = strip(qtbot, tmp_path / "no_names",
                        "alpha,A (JP PM),jp,2020-01-01,2026-01-01,src-a\n"
                        "beta,B (JP PM),jp,2024-10-01,2025-10-21,src-b\n", rng)
    top, bottom = round(f.era_rect.top()), round(f.era_rect.bottom())
    assert (both[top:bottom] != no_names[top:bottom]).any()


def test_a_name_stops_where_the_next_term_begins(qtbot, tmp_path):
    """A term that starts in view and is overlapped by the next one: its (long) name is cut
    where the next term begins, so nothing of it shows over the next term's band."""
    rng = (day(2025, 1, 1), day(2025, 6, 1))
    nxt = "beta,B (JP PM),jp,2025-02-01,2025-10-21,src-b\n"
    named, view = strip(qtbot, tmp_path / "named",
                        "alpha,Alphonse Extraordinarily Longname The Third (JP PM),jp,"
                        "2025-01-10,2026-01-01,src-a\n" + nxt, rng)
    unnamed, _ = strip(qtbot, tmp_path / "unnamed",
                       "alpha,A (JP PM),jp,2025-01-10,2026-01-01,src-a\n" + nxt, rng)
    f = view._ensure_frame()
    assert f.era_rect is not None
    x_alpha = round(f.x_origin + day(2025, 1, 10) * f.px_per_day)
    x_beta = round(f.x_origin + day(2025, 2, 1) * f.px_per_day)
    assert x_beta - x_alpha > 60, "room for the start of a name before the next term"
    top, bottom = round(f.era_rect.top()), round(f.era_rect.bottom())
    assert (named[top:bottom, x_alpha:x_beta] != unnamed[top:bottom, x_alpha:x_beta]).any(), \
        "the name shows, cut, before the next term"
    assert (named[top:bottom, x_beta:] == unnamed[top:bottom, x_beta:]).all(), \
        "nothing of it over the next term's band"


def test_the_tooltip_names_the_term_whose_name_shows(qtbot, tmp_path):
    """Over two overlapping terms the tooltip names the later term, the one the strip shows,
    whatever order the pack lists them in."""
    from PySide6.QtCore import QPointF

    rng = (day(2025, 1, 1), day(2025, 6, 1))
    for name, csv in (("later_last", "alpha,Alphonse (JP PM),jp,2020-01-01,2026-01-01,src-a\n"
                                      "beta,Beta (JP PM),jp,2024-10-01,2025-10-21,src-b\n"),
                      ("later_first", "beta,Beta (JP PM),jp,2024-10-01,2025-10-21,src-b\n"
                                       "alpha,Alphonse (JP PM),jp,2020-01-01,2026-01-01,src-a\n")):
        _, view = strip(qtbot, tmp_path / name, csv, rng)
        f = view._ensure_frame()
        assert f.era_rect is not None
        tip = view._tooltip_at(QPointF(view._x_of_day(day(2025, 3, 1)), f.era_rect.center().y()))
        assert "Beta" in tip and "Alphonse" not in tip, (name, tip)


def _eras(rows, starts, ends) -> tl.EraBands:
    n = len(rows)
    return tl.EraBands(("r0", "r1"), np.asarray(rows, dtype=np.int64),
                       np.asarray(starts, dtype=np.float64), np.asarray(ends, dtype=np.float64),
                       tuple(f"e{i}" for i in range(n)), np.zeros(n, dtype=bool))


@pytest.mark.parametrize("pack_order", [False, True])
def test_name_ends_per_row(pack_order):
    """Where each name must end: at the next term of its row (by start, then pack order), not
    at a term of another row; hidden where the next term shares its start (cut to the edge);
    a term alone keeps its band; terms out of view do not count."""
    rows = [0, 0, 0, 1, 1, 0]
    starts = [0, 10, 50, 20, 30, 500]
    ends = [100, 60, 80, 40, 90, 600]
    a = np.array([0.0, 0.0, 50.0, 20.0, 30.0, 100.0])  # cut to a view from x 0 to 100
    b = np.array([100.0, 60.0, 80.0, 40.0, 90.0, 100.0])
    if pack_order:  # the same eras in another pack order: the same ends
        perm = np.array([5, 3, 1, 4, 0, 2])
        er = _eras([rows[i] for i in perm], [starts[i] for i in perm], [ends[i] for i in perm])
        got = _era_label_ends(er, a[perm], b[perm])
        back = np.empty_like(got)
        back[perm] = got
        got = back
    else:
        got = _era_label_ends(_eras(rows, starts, ends), a, b)
    assert got[0] == -np.inf  # term 1 covers term 0's start at the left edge
    assert got[1] == 50.0  # cut where term 2 begins
    assert got[2] == 80.0  # the last of its row in view: its band
    assert got[3] == 30.0 and got[4] == 90.0  # row 1 on its own
    assert got[5] == 100.0  # out of view (empty band): untouched


def test_terms_in_pack_order_ties_go_to_the_later_listed():
    """Two terms with the same start: the one listed later (drawn over) shows its name."""
    er = _eras([0, 0], [5, 5], [50, 60])
    got = _era_label_ends(er, np.array([5.0, 5.0]), np.array([50.0, 60.0]))
    assert got[0] == -np.inf and got[1] == 60.0


@pytest.fixture
def look():
    """Leave the window's look as it was found."""
    from explorer.qt import theme as qt_theme

    theme, scale = qt_theme.current(), qt_theme.text_scale()
    yield
    qt_theme.set_look(theme, scale)


def _pixels(view: TimelineView) -> np.ndarray:
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(),
                                                               image.width()).copy()


@pytest.mark.parametrize("tier", ["XS", "S"])
def test_bands_composed_in_a_line_are_the_bands_drawn_one_by_one(qtbot, tmp_path, monkeypatch,
                                                                 look, tier):
    """Overlapping era bands are composed once per row in a pixel line and filled down the
    row: the same pixels as each band blended down the row in turn, at the whole span, zoomed
    and panned, light and dark, at three text sizes (the gutter's edge on other fractions of a
    pixel), forced on the default pack's few bands too."""
    from benchmarks.generator import ensure_pack
    from explorer.charts.theme import DARK, LIGHT
    from explorer.qt import theme as qt_theme
    from explorer.qt.render import timeline_backdrop as bd
    from explorer.qt.render.timeline_painter import TimelinePainter

    if tier == "XS":
        from explorer.paths import default_pack_path

        folder = default_pack_path()
        monkeypatch.setattr(bd, "ERA_LINE_MIN", 0.0)  # the few bands there: forced
    else:
        folder, _ = ensure_pack(tmp_path / "s", "S")
    session = Session()
    session.open_pack(load_pack(folder))
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(QSize(1300, 620))
    view.zoom_to_fit()
    lo, hi = view.visible_range()
    mid, span = (lo + hi) / 2, (hi - lo) * 0.01
    ranges = [(lo, hi), (mid - span / 2, mid + span / 2)]
    ranges += [(mid - span / 2 + k * span * 0.37, mid + span / 2 + k * span * 0.37)
               for k in (1, 2, 5)]
    composed = []
    fill_row = TimelinePainter._fill_era_row

    def counted(*args):
        composed.append(1)
        return fill_row(*args)

    monkeypatch.setattr(TimelinePainter, "_fill_era_row", counted)
    line_min = bd.ERA_LINE_MIN
    checked = 0
    for theme in (LIGHT, DARK):
        qt_theme.set_look(theme, qt_theme.text_scale())
        for point_size in (None, 11.3, 8.6):
            if point_size is not None:
                font = view.font()
                font.setPointSizeF(point_size)
                view.setFont(font)
            for rng in ranges:
                view.set_visible_range(*rng)
                monkeypatch.setattr(bd, "ERA_LINE_MIN", line_min)
                view._painter.invalidate()
                n = len(composed)
                a = _pixels(view)
                if len(composed) == n:
                    continue  # not composed in a line here (few bands in view)
                monkeypatch.setattr(bd, "ERA_LINE_MIN", 1e12)  # band by band
                view._painter.invalidate()
                b = _pixels(view)
                assert (a == b).all(), (theme, point_size, rng)
                checked += 1
    assert checked >= 10, "the line was used"
