"""The Compare panel's word-wrapped labels (the hidden-series notice, the chart's notes and legend:
``chart_labels.WrappedLabel``) answer their layouts' size questions once per text and width (a
QLabel lays its whole text out for each): QLabel's own answers, forgotten when anything QLabel
lays its text out with changes, so the Series box and the column below it are laid out and drawn
as before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.views.chart_labels import WrappedLabel
from explorer.qt.views.comparison_panel import ComparisonPanel
from explorer.state.session import Session

IDLE_MS = 300
TEXTS = ["2 ticked series are hidden by the partner filter: Japan → United States, European Union",
         "1 ticked series is hidden by the partner filter: China",
         "3 ticked series are hidden by the partner filter: 日本 → 米国, 欧州連合, インド → 韓国"]


def _label(qtbot, cls) -> QLabel:
    label = cls("")
    label.setWordWrap(True)
    qtbot.addWidget(label)
    return label


def test_the_label_answers_as_a_label_does_through_every_change_it_lays_its_text_out_with(qtbot):
    """Each answer against a fresh QLabel with the same settings and text (a QLabel's own size
    hint stays stale after a change of its minimum width until its text changes)."""
    kept = _label(qtbot, WrappedLabel)
    changes = [lambda label: None,
               lambda label: label.setFont(QFont(label.font().family(), 15)),
               lambda label: label.setStyleSheet("padding: 7px; border: 2px solid #a33"),
               lambda label: label.setContentsMargins(5, 9, 3, 11),
               lambda label: label.setMargin(13),
               lambda label: label.setIndent(40),
               lambda label: label.setAlignment(Qt.AlignmentFlag.AlignRight),
               lambda label: label.setTextFormat(Qt.TextFormat.RichText),
               lambda label: label.setMinimumWidth(260),
               lambda label: label.setMaximumWidth(300),
               lambda label: label.setMinimumHeight(170),
               lambda label: label.setWordWrap(False)]
    for done, change in enumerate(changes, start=1):
        change(kept)
        for text in TEXTS + TEXTS[:1]:
            kept.setText(text)
            plain = _label(qtbot, QLabel)
            for earlier in changes[:done]:
                earlier(plain)
            plain.setText(text)
            for _asked_again in range(2):
                assert kept.sizeHint() == plain.sizeHint(), (done, text)
                for width in (90, 233, 410, -1):
                    assert kept.heightForWidth(width) == plain.heightForWidth(width), (done, text, width)


def test_a_text_shown_before_is_not_laid_out_again(qtbot, monkeypatch):
    asked: list[int] = []
    original = QLabel.heightForWidth
    monkeypatch.setattr(QLabel, "heightForWidth",
                        lambda label, width: asked.append(width) or original(label, width))
    kept = _label(qtbot, WrappedLabel)
    for text in TEXTS + TEXTS:
        kept.setText(text)
        for _asked_again in range(3):
            kept.heightForWidth(300)
    assert len(asked) == len(TEXTS)


def test_the_settings_column_draws_as_with_a_plain_label(qtbot):
    """Two Compare panels on one session, one whose notice asks QLabel every time: through partner
    filters that show, re-word, hide and show the notice again, both lay out and draw the same."""
    session = Session()
    kept, plain = ComparisonPanel(session), ComparisonPanel(session)
    for panel in (kept, plain):
        qtbot.addWidget(panel)
        panel.resize(1000, 560)
        panel.show()
        qtbot.waitExposed(panel)
    plain.hidden_notice.remember = False  # QLabel's own answers, every time
    session.open_pack(load_pack(default_pack_path()))
    session.set_comparison(origin="test", indicator_id="goods_exports")
    qtbot.wait(IDLE_MS)
    shown = []
    for partners in [{"us"}, {"eu"}, {"us"}, {"jp"}, {"eu"}, {"us"}]:
        session.set_filter(origin="filter-bar", partners=frozenset(partners))
        qtbot.wait(IDLE_MS)
        shown.append(kept.hidden_notice.isVisible())
        assert kept.hidden_notice.geometry() == plain.hidden_notice.geometry(), partners
        assert kept._controls.height() == plain._controls.height(), partners
        assert kept.grab().toImage() == plain.grab().toImage(), partners
    assert shown.count(True) >= 4
