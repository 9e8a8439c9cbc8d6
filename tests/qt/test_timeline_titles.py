"""Event labels after a filter never applied before: each title is read from an array made once
per pack (not through pandas per label), a title that fits whole is not elided again, and a
shape is shared by every width that gives the same text. Whatever is shared, the labels must be
the ones the former path drew (Qt's elision of every title, one shape per title and width)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.render import timeline_text
from explorer.qt.render.timeline_painter import TimelinePainter
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session

SIZE = QSize(1200, 600)


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


@pytest.fixture(scope="module")
def s_pack(tmp_path_factory):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path_factory.mktemp("s"), "S")
    return load_pack(folder)


def _pixels(view: TimelineView, fast: bool, monkeypatch) -> np.ndarray:
    monkeypatch.setattr(timeline_text, "TITLES_FAST", fast)
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(),
                                                               image.width()).copy()


@pytest.mark.parametrize("which, lang", [("default", "en"), ("default", "ja"), ("S", "en"),
                                         ("S", "both")])
def test_labels_after_new_filters_are_the_ones_shaped_per_title_and_width(
        qtbot, monkeypatch, default_pack, s_pack, which, lang):
    from benchmarks.scenarios.filtering import new_filters

    pack = default_pack if which == "default" else s_pack
    views = {}
    for fast in (False, True):
        session = Session()
        session.set_label_language(lang, "test")
        session.open_pack(pack)
        view = TimelineView(session)
        qtbot.addWidget(view)
        view.resize(SIZE)
        _pixels(view, fast, monkeypatch)
        views[fast] = (session, view)
    for f in new_filters(pack, 12):
        for session, _view in views.values():
            session.set_filter(origin="test", **f)
        old = _pixels(views[False][1], False, monkeypatch)
        new = _pixels(views[True][1], True, monkeypatch)
        assert np.array_equal(old, new), f
    painter = views[True][1]._painter
    assert painter._statics, "no label drawn: the test shows nothing"
    # shapes shared by their text: fewer shapes than (title, width) pairs
    assert len(set(map(id, painter._statics.values()))) < len(painter._statics)
    assert len(views[False][1]._painter._statics_by_text) == 0  # the former path shares none


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_title_cut_or_whole_is_what_qt_elides_at_every_width(qtbot, default_pack, lang):
    from explorer.charts import timeline_layout as tl

    font = QFont()
    font.setPointSizeF(10.0)
    painter = TimelinePainter(font, label_language=lang)
    titles = tl.event_titles(default_pack, lang)
    painter.set_pack(titles, None)
    rows = np.arange(len(titles), dtype=np.int64)
    whole = painter.label_widths_for(rows)
    fm = QFontMetricsF(painter.label_font)
    checked = 0
    for row in rows.tolist():
        w = float(whole[row])
        for width in (w - 3.0, w - 1.5, w - 1.0, w - 0.6, w - 0.01, w, w + 0.3, w + 2.0, 40.0):
            if width <= 0:
                continue
            expected = fm.elidedText(str(titles.iat[row]), Qt.TextElideMode.ElideRight,
                                     math.ceil(width) + 1)
            assert painter._elided_title(row, width) == expected, (row, width)
            checked += 1
    assert checked > 8 * len(rows) // 2


def test_titles_given_as_a_list_are_read_as_a_series(qtbot, default_pack):
    font = QFont()
    painter = TimelinePainter(font)
    titles = list(default_pack.events["title"])
    painter.set_pack(titles, None)
    painter.label_widths_for(np.arange(3, dtype=np.int64))
    fm = QFontMetricsF(painter.label_font)
    for row in range(3):
        assert painter._elided_title(row, 30.0) == fm.elidedText(
            titles[row], Qt.TextElideMode.ElideRight, 31)
        assert painter._elided_title(row, 2000.0) == titles[row]
