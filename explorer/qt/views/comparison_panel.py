"""The partner comparison panel: choose what to compare, see it as a live chart and as a table.

Controls on the left (a preset question, the indicator grouped by domain, the series, the basis,
the chart kind, event markers, "link time axes"); on the right the warnings, then the chart
(``ChartView``) and its data table in tabs. With no indicator chosen the right side offers the
preset questions instead of an empty chart.

The panel never changes the session: every edit becomes ``sig_comparison_change_requested(dict)``
(keyword arguments for ``Session.set_comparison``) and marker clicks become
``sig_event_selection_requested``; the window applies them. Session changes flow back into the
controls with signals blocked, so nothing echoes. The chart spec is recomputed by the Qt-free
``build_comparison`` after pack, filter or comparison changes, once per event-loop turn however
many changes arrive in it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.charts import comparison as cmp
from explorer.charts.chart_spec import ChartKind, ChartSpec
from explorer.charts.palette import OTHER_GREY
from explorer.charts.timeline_layout import pack_domain_label
from explorer.domain.labels import phrase
from explorer.qt import theme as qt_theme
from explorer.qt.models.chart_table_model import ChartTableModel
from explorer.qt.session_link import subscribe_while_alive
from explorer.qt.signal_tools import QSignalDebouncer, signals_blocked
from explorer.qt.views.chart_labels import WrappedLabel
from explorer.qt.views.chart_view import FOOTER_MAX_PX, ChartView
from explorer.state.comparison_setup import CURRENCIES, ComparisonSetup
from explorer.state.origins import Origin
from explorer.state.session import COMPARISON, FILTER, LABELS, PACK, SELECTION, Change, Session

ORIGIN = Origin.COMPARISON
_C = "ComparisonPanel"  # the translation context of this module's tables
_BASES = (("published", QT_TRANSLATE_NOOP("ComparisonPanel", "&As published")),
          ("converted", QT_TRANSLATE_NOOP("ComparisonPanel", "Con&verted")),
          ("index", QT_TRANSLATE_NOOP("ComparisonPanel", "&Index")),
          ("growth", QT_TRANSLATE_NOOP("ComparisonPanel", "&Growth")))
_BASIS_TIPS = {
    "published": QT_TRANSLATE_NOOP("ComparisonPanel",
                                   "Each figure in its own unit; different units get separate axes."),
    "converted": QT_TRANSLATE_NOOP("ComparisonPanel", "Currencies converted with the pack's exchange "
                                                      "rates for each figure's period."),
    "index": QT_TRANSLATE_NOOP("ComparisonPanel", "Every series divided by its value in one base "
                                                  "period they all share, times 100."),
    "growth": QT_TRANSLATE_NOOP("ComparisonPanel",
                                "Percentage change on the previous period of the same series."),
}
_CHART_KINDS = (("auto", QT_TRANSLATE_NOOP("ComparisonPanel", "Auto")),
                ("bar", QT_TRANSLATE_NOOP("ComparisonPanel", "Bars (one period)")),
                ("line", QT_TRANSLATE_NOOP("ComparisonPanel", "Lines (over time)")))
_MARKER_MODES = (("linked", QT_TRANSLATE_NOOP("ComparisonPanel", "Linked events")),
                 ("all", QT_TRANSLATE_NOOP("ComparisonPanel", "All filtered events")),
                 ("none", QT_TRANSLATE_NOOP("ComparisonPanel", "None")))
# The preset questions are the interface's (the pack's data is not): translated by id.
_PRESET_QUESTIONS = {
    "trade-eu-us": QT_TRANSLATE_NOOP(
        "ComparisonPanel", "Trade: who sells more goods to Japan, the EU or the US? (in USD)"),
    "trade-growth": QT_TRANSLATE_NOOP(
        "ComparisonPanel", "Trade: how fast are EU and US exports to Japan growing?"),
    "investment": QT_TRANSLATE_NOOP(
        "ComparisonPanel", "Investment: Japan's investment stock and pledges abroad"),
    "investment-pledge": QT_TRANSLATE_NOOP(
        "ComparisonPanel", "Investment: Japan's pledge to the US under the 2025 deal"),
    "energy": QT_TRANSLATE_NOOP("ComparisonPanel", "Energy: what Japan pays for US LNG (yen and dollars)"),
    "defence": QT_TRANSLATE_NOOP("ComparisonPanel", "Defence: Japan's defence budget request (as published)"),
    "defence-target": QT_TRANSLATE_NOOP(
        "ComparisonPanel", "Defence: the 2%-of-GDP target and when Japan reaches it"),
    "minerals": QT_TRANSLATE_NOOP(
        "ComparisonPanel", "Critical minerals: how dependent is Japan on China for rare earths?"),
    "minerals-eu": QT_TRANSLATE_NOOP(
        "ComparisonPanel", "Critical minerals: the EU's dependence on outside lithium"),
}


def _t(text: object) -> str:
    """``text``: a QT_TRANSLATE_NOOP literal (typed ``object`` by PySide6's stubs)."""
    return QCoreApplication.translate(_C, str(text))


def _question(preset: cmp.Preset) -> str:
    """A preset's question in the interface language (its English if no translation is known)."""
    known = _PRESET_QUESTIONS.get(preset.id)
    return _t(known) if known is not None and known == preset.question else preset.question


def _warning_style() -> str:
    t = qt_theme.current()
    return (f"QLabel {{ background: {t.warning_ground}; color: {t.warning_text}; "
            f"border: 1px solid {t.warning_border}; border-radius: 3px; padding: 6px; }}")


def _muted_style() -> str:
    return f"color: {qt_theme.current().muted_text};"
_ADJUST_TO_MIN_LENGTH = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
_PRESET_DEFAULTS = {"series": (), "basis": "published", "currency": "USD", "base_period": "",
                    "chart": "auto", "period": ""}
# Whether the builder takes the selected event (to add it as a marker); else selection redraws only.


_SWATCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the colour a series item's swatch shows


def _swatch(colour: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(colour))
    return QIcon(pix)


def _elide(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _set_combo_data(combo: QComboBox, value) -> None:
    """Select the item whose data is ``value`` without emitting signals."""
    with signals_blocked(combo):
        i = combo.findData(value)
        combo.setCurrentIndex(i if i >= 0 else 0)


class ChartTableView(QTableView):
    """The chart's figures as a table; Ctrl+C copies the selection (or everything) as TSV."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Chart data table"))
        self.setAccessibleDescription(self.tr("The figures of the chart, one row per series and one "
                                              "column per period; Ctrl+C copies the selection, or "
                                              "the whole table."))
        self.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        copy = QAction(self.tr("&Copy (Ctrl+C)"), self)
        copy.triggered.connect(self.copy_selection)
        copy_all = QAction(self.tr("Copy the &whole table"), self)
        copy_all.triggered.connect(self.copy_all)
        self.addActions([copy, copy_all])

    def copy_selection(self) -> None:
        """Put the selected cells (or the whole table) on the clipboard as tab-separated text."""
        model = self.model()
        if not isinstance(model, ChartTableModel):  # (None before a model is set)
            return
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        QApplication.clipboard().setText(model.text_for(indexes))

    def copy_all(self) -> None:
        model = self.model()
        if isinstance(model, ChartTableModel):
            QApplication.clipboard().setText(model.text_for(None))

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)


class _ChartTabs(QTabWidget):
    """The Chart and Table tabs, repainted only when their layout changed.

    QTabWidget answers every layout request (a child's size hint may have changed: the chart
    switching to its message and back, a legend re-worded) by placing its tab bar and pages again
    and repainting itself whole: the frame, the tab bar and every page widget that is not opaque,
    ~1 ms a filter change on the app's style. Placed where they were, nothing on screen changed:
    that repaint is skipped (the children placed anew, or a size change, repaint as before)."""

    def event(self, event) -> bool:
        if event.type() != QEvent.Type.LayoutRequest or not self.isVisible():
            return super().event(event)
        bar = self.tabBar()
        page = self.findChild(QStackedWidget, "qt_tabwidget_stackedwidget",
                              Qt.FindChildOption.FindDirectChildrenOnly)
        before = (self.size(), bar.geometry(), page.geometry() if page is not None else None)
        disabled = Qt.WidgetAttribute.WA_UpdatesDisabled
        blocked = self.testAttribute(disabled)
        self.setAttribute(disabled, True)  # not setUpdatesEnabled: turning it back on repaints
        try:
            handled = super().event(event)
        finally:
            self.setAttribute(disabled, blocked)
        after = (self.size(), bar.geometry(), page.geometry() if page is not None else None)
        if after != before:
            self.update()
        return handled


class _FootRepaintedBox(QGroupBox):
    """A group box whose height change repaints its frame's foot, not its whole area.

    The Series box grows or shrinks whenever the hidden-series notice at its foot takes more or
    fewer lines (most partner filters at tiers S and M), and Qt repainted the whole box with the
    series list in it: ~1.2 ms a change at M, for a list that had not changed. Its contents
    (``WA_StaticContents``) stay; what a height change alters is the frame's foot, at the old
    height and the new one, and the room uncovered (Qt repaints that). A width change repaints all."""

    # The frame's foot and its rounded corners, with room to spare (Fusion's: 6 px); above it a
    # group box's ground is the same at any height (tested under the three looks, on Fusion).
    FOOT_PX = 12

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        old, new = event.oldSize(), event.size()
        if not old.isValid() or old.width() != new.width():
            self.update()
            return
        if old.height() != new.height():
            for height in (old.height(), new.height()):
                self.update(0, height - self.FOOT_PX, new.width(), self.FOOT_PX)


class ComparisonPanel(QWidget):
    sig_comparison_change_requested = Signal(dict)
    """The user changed what is compared: keyword arguments for Session.set_comparison."""
    sig_event_selection_requested = Signal(object)
    """The user clicked an event marker on the chart: the event's id."""
    sig_link_time_axes_toggled = Signal(bool)
    """The user turned "Link time axes" on or off."""
    sig_filter_change_requested = Signal(dict)
    """The user asked to show series the partner filter hides: keyword arguments for
    Session.set_filter (``{"partners": [...]}``, the filter's partners plus theirs)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_panel")
        self.setAccessibleName(self.tr("Partner comparison"))
        self._session = session
        self._spec: ChartSpec | None = None
        self._presets: list[cmp.Preset] = []
        self._series_keys: list[str] = []
        self._series_indicator: str | None = None
        self._link_time_axes = False
        self._time_range: tuple[float, float] | None = None
        self._rebuild_count = 0

        # -- controls ------------------------------------------------------------------------------
        controls = QWidget(self)
        # Grown or shrunk (the hidden-series notice comes or goes), the column repaints what moved
        # or came into view, not the question and indicator above it.
        controls.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        col = QVBoxLayout(controls)
        col.setContentsMargins(6, 6, 6, 6)

        self.preset_combo = QComboBox(controls)
        self.preset_combo.setAccessibleName(self.tr("Preset question"))
        self.preset_combo.setAccessibleDescription(self.tr("A ready-made comparison to start from"))
        self.preset_combo.setSizeAdjustPolicy(_ADJUST_TO_MIN_LENGTH)
        self.preset_combo.setMinimumContentsLength(18)
        self.preset_combo.currentIndexChanged.connect(self._on_q_preset_combo_changed)
        preset_label = QLabel(self.tr("&Question"), controls)
        preset_label.setBuddy(self.preset_combo)
        col.addWidget(preset_label)
        col.addWidget(self.preset_combo)

        self._indicator_model = QStandardItemModel(self)
        self.indicator_combo = QComboBox(controls)
        self.indicator_combo.setAccessibleName(self.tr("Indicator"))
        self.indicator_combo.setAccessibleDescription(self.tr("What to compare, grouped by domain"))
        self.indicator_combo.setModel(self._indicator_model)
        self.indicator_combo.setSizeAdjustPolicy(_ADJUST_TO_MIN_LENGTH)
        self.indicator_combo.setMinimumContentsLength(18)
        self.indicator_combo.setMaxVisibleItems(24)
        self.indicator_combo.currentIndexChanged.connect(self._on_q_indicator_combo_changed)
        indicator_label = QLabel(self.tr("I&ndicator"), controls)
        indicator_label.setBuddy(self.indicator_combo)
        self.indicator_description = QLabel("", controls)
        self.indicator_description.setAccessibleName(self.tr("Indicator description"))
        self.indicator_description.setWordWrap(True)

        col.addWidget(indicator_label)
        col.addWidget(self.indicator_combo)
        col.addWidget(self.indicator_description)

        self.series_list = QListWidget(controls)
        self.series_list.setAccessibleName(self.tr("Series to compare"))
        self.series_list.setAccessibleDescription(self.tr("Tick the reporter and partner pairs to draw"))
        self.series_list.setUniformItemSizes(True)
        self.series_list.itemChanged.connect(self._on_q_series_item_changed)
        self.series_hint = QLabel("", controls)
        self.series_hint.setAccessibleName(self.tr("Series hint"))
        self.series_hint.setWordWrap(True)
        # Ticked series the partner filter hides: said, never silently left out.
        self.hidden_notice = WrappedLabel("", controls)
        self.hidden_notice.setObjectName("compare_hidden_series")
        self.hidden_notice.setAccessibleName(self.tr("Series hidden by the partner filter"))
        self.hidden_notice.setWordWrap(True)
        self.hidden_notice.hide()
        self.show_hidden_button = QPushButton(self.tr("Show &them too"), controls)
        self.show_hidden_button.setAccessibleName(self.tr("Show the hidden series"))
        self.show_hidden_button.setAccessibleDescription(
            self.tr("Adds their partners to the partner filter"))
        self.show_hidden_button.clicked.connect(self._on_q_show_hidden_clicked)
        self.show_hidden_button.hide()
        self._hidden_reporters: list[str] = []
        series_box = _FootRepaintedBox(self.tr("&Series"), controls)
        series_layout = QVBoxLayout(series_box)
        self._controls, self._controls_layout = controls, col
        self._series_box, self._series_layout = series_box, series_layout
        # The column's tallest height with the notice, for one indicator, width, font and language
        # (``_hold_column``): see ``_show_hidden_notice``.
        self._column_hold: tuple[tuple[object, ...], int] | None = None
        series_layout.addWidget(self.series_list)
        series_layout.addWidget(self.series_hint)
        series_layout.addWidget(self.hidden_notice)
        series_layout.addWidget(self.show_hidden_button)
        col.addWidget(series_box)

        basis_box = QGroupBox(self.tr("&Basis"), controls)
        basis_layout = QVBoxLayout(basis_box)
        self.basis_group = QButtonGroup(self)
        self.basis_buttons: dict[str, QRadioButton] = {}
        for i, (basis, text) in enumerate(_BASES):
            button = QRadioButton(_t(text), basis_box)
            button.setAccessibleName(self.tr("Basis: {name}").format(name=_t(text).replace("&", "")))
            button.setAccessibleDescription(_t(_BASIS_TIPS[basis]))
            button.setToolTip(_t(_BASIS_TIPS[basis]))
            self.basis_group.addButton(button, i)
            self.basis_buttons[basis] = button
            basis_layout.addWidget(button)
        self.basis_group.idToggled.connect(self._on_q_basis_toggled)
        basis_form = QFormLayout()
        # a field that does not fit beside its label goes under it: the Japanese labels and
        # periods are wider, and the column must never be wider than its scroll area (it was
        # clipped at the right edge in Japanese at 1366×768)
        basis_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.currency_combo = QComboBox(basis_box)
        self.currency_combo.setAccessibleName(self.tr("Target currency"))
        for c in CURRENCIES:
            self.currency_combo.addItem(c, c)
        self.currency_combo.currentIndexChanged.connect(
            lambda _i: self._on_q_combo_changed("currency", self.currency_combo))
        self.base_period_combo = QComboBox(basis_box)
        self.base_period_combo.setAccessibleName(self.tr("Base period of the index"))
        self.base_period_combo.currentIndexChanged.connect(
            lambda _i: self._on_q_combo_changed("base_period", self.base_period_combo))
        currency_label = QLabel(self.tr("C&urrency"), basis_box)
        currency_label.setBuddy(self.currency_combo)
        base_label = QLabel(self.tr("Base (= 100)"), basis_box)
        base_label.setBuddy(self.base_period_combo)
        basis_form.addRow(currency_label, self.currency_combo)
        basis_form.addRow(base_label, self.base_period_combo)
        basis_layout.addLayout(basis_form)
        self.rates_label = QLabel("", basis_box)
        self.rates_label.setAccessibleName(self.tr("Exchange rates used"))
        self.rates_label.setWordWrap(True)
        self.rates_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        basis_layout.addWidget(self.rates_label)
        col.addWidget(basis_box)

        chart_box = QGroupBox(self.tr("&Chart"), controls)
        chart_form = QFormLayout(chart_box)
        chart_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.chart_combo = QComboBox(chart_box)
        self.chart_combo.setAccessibleName(self.tr("Chart kind"))
        for value, text in _CHART_KINDS:
            self.chart_combo.addItem(_t(text), value)
        self.chart_combo.currentIndexChanged.connect(
            lambda _i: self._on_q_combo_changed("chart", self.chart_combo))
        self.period_combo = QComboBox(chart_box)
        self.period_combo.setAccessibleName(self.tr("Period of the bars"))
        self.period_combo.currentIndexChanged.connect(
            lambda _i: self._on_q_combo_changed("period", self.period_combo))
        self.markers_combo = QComboBox(chart_box)
        self.markers_combo.setAccessibleName(self.tr("Event markers"))
        self.markers_combo.setToolTip(self.tr("Events drawn as vertical lines on time-series charts"))
        self.markers_combo.setAccessibleDescription(self.markers_combo.toolTip())
        for value, text in _MARKER_MODES:
            self.markers_combo.addItem(_t(text), value)
        self.markers_combo.currentIndexChanged.connect(
            lambda _i: self._on_q_combo_changed("markers", self.markers_combo))
        self.link_check = QCheckBox(self.tr("&Link time axes to the timeline"), chart_box)
        self.link_check.setAccessibleName(self.tr("Link time axes"))
        self.link_check.setToolTip(self.tr("The chart's time axis follows the timeline's visible range"))
        self.link_check.setAccessibleDescription(self.link_check.toolTip())
        self.link_check.toggled.connect(self._on_q_link_check_toggled)
        for text, widget in ((self.tr("&Kind"), self.chart_combo), (self.tr("&Period"), self.period_combo),
                             (self.tr("&Events"), self.markers_combo)):
            label = QLabel(text, chart_box)
            label.setBuddy(widget)
            chart_form.addRow(label, widget)
        chart_form.addRow(self.link_check)
        col.addWidget(chart_box)
        col.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Comparison settings"))
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(controls)
        scroll.setMinimumWidth(230)
        self._settings_scroll = scroll

        # -- results -------------------------------------------------------------------------------
        self.chart_view = ChartView(self)
        self.chart_view.sig_event_selection_requested.connect(self.sig_event_selection_requested)
        # The table follows the spec while its tab is shown, else when shown or asked for
        # (``table_model``, ``copy_table``): filling it was a tenth of a filter change at tier M.
        self._table_model = ChartTableModel(self)
        self._table_spec_pending = False
        self.table_view = ChartTableView(self)
        self.table_view.setModel(self._table_model)
        self.table_footer = QLabel("", self)
        self.table_footer.setAccessibleName(self.tr("Table notes and sources"))
        self.table_footer.setWordWrap(True)
        self.table_footer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("C&opy table"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the table as text"))
        self.copy_button.clicked.connect(self.table_view.copy_all)
        table_page = QWidget(self)
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(4, 4, 4, 4)
        table_layout.addWidget(self.table_view, 1)
        # The notes scroll, at most as tall as the chart's: in the layout unbounded, the hidden
        # Table tab's notes (thousands of characters at tier M) set the Chart tab's height, so a
        # filter change that re-worded them re-laid out and repainted the whole panel.
        self.table_footer_scroll = QScrollArea(table_page)
        # Named as the notes it scrolls (a string the catalogue already translates).
        self.table_footer_scroll.setAccessibleName(self.tr("Table notes and sources"))
        self.table_footer_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.table_footer_scroll.setWidgetResizable(True)
        self.table_footer_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table_footer_scroll.setWidget(self.table_footer)
        self.table_footer_scroll.setMaximumHeight(FOOTER_MAX_PX)
        self.table_footer_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        table_layout.addWidget(self.table_footer_scroll)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        table_layout.addLayout(row)

        self.tabs = _ChartTabs(self)
        self.tabs.setAccessibleName(self.tr("Chart or table"))
        self.tabs.addTab(self.chart_view, self.tr("C&hart"))
        self.tabs.addTab(table_page, self.tr("&Table"))
        self._table_needs_resize = False
        self.tabs.currentChanged.connect(self._resize_table_if_shown)

        self.warnings_label = QLabel("", self)
        self.warnings_label.setAccessibleName(self.tr("Chart warnings"))
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_label.hide()

        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.warnings_label)
        results_layout.addWidget(self.tabs, 1)

        start = QWidget(self)
        start_layout = QVBoxLayout(start)
        start_layout.setContentsMargins(24, 24, 24, 24)
        self.start_heading = QLabel(self.tr("Compare partners"), start)
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(self.font().pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.start_heading.setFont(heading_font)
        self.start_hint = QLabel("", start)
        self.start_hint.setAccessibleName(self.tr("How to start a comparison"))
        self.start_hint.setWordWrap(True)
        self._start_buttons_box = QWidget(start)
        self._start_buttons = QVBoxLayout(self._start_buttons_box)
        self._start_buttons.setContentsMargins(0, 8, 0, 0)
        start_layout.addWidget(self.start_heading)
        start_layout.addWidget(self.start_hint)
        start_layout.addWidget(self._start_buttons_box)
        start_layout.addStretch(1)
        self.preset_buttons: list[QPushButton] = []

        self.pages = QStackedWidget(self)
        self.pages.addWidget(start)
        self.pages.addWidget(results)
        self._start_page, self._results_page = start, results

        # The start page's preset buttons and the chart with its legend and notes are taller than
        # a laptop's bottom dock: they scroll rather than force the window off the screen.
        pages_scroll = QScrollArea(self)
        pages_scroll.setObjectName("compare_results_scroll")
        pages_scroll.setAccessibleName(self.tr("Comparison results"))
        pages_scroll.setFrameShape(QFrame.Shape.NoFrame)
        pages_scroll.setWidgetResizable(True)
        pages_scroll.setWidget(self.pages)
        # The chart's notes area is as tall as the dock allows, not as its text: a filter change
        # that re-words the notes or the legend leaves the chart's size alone (before, each such
        # change resized the chart and repainted the whole results side).
        self._pages_scroll = pages_scroll
        pages_scroll.viewport().installEventFilter(self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(pages_scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 640])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._rebuild_pending = False  # a rebuild deferred while the panel is hidden
        # A burst of changes rebuilds once, in the next event-loop turn (a zero-time debounce).
        self._rebuild = QSignalDebouncer(parent=self)
        self._rebuild.setTimeout(0)
        self._rebuild.triggered.connect(self._update_spec)
        self._rebuild_due = False  # the debounced rebuild has not run yet

        self._loading = False
        self._apply_theme()
        qt_theme.notifier().changed.connect(self._apply_theme)
        self._unsubscribe = subscribe_while_alive(self, session, self._on_session_changed)
        self._update_choices()
        self._update_controls()
        self._update_spec()

    # -- session ---------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._pages_scroll.viewport():
            self._fit_notes_height()
        return super().eventFilter(watched, event)

    def _fit_notes_height(self) -> None:
        """The chart's notes area: a quarter of the results' visible height, at least three lines
        of text and at most ``FOOTER_MAX_PX`` (longer notes scroll)."""
        lines = 3 * self.chart_view.fontMetrics().lineSpacing() + 4
        room = self._pages_scroll.viewport().height() // 4
        self.chart_view.set_notes_height(max(lines, min(room, FOOTER_MAX_PX)))

    def detach(self) -> None:
        """Stop listening to the session (the window calls this when it closes)."""
        self._rebuild_due = False
        self._rebuild.cancel()
        if self._unsubscribe is not None:
            self._unsubscribe()

    def _apply_theme(self) -> None:
        """Hints and warnings in the window's theme (Preferences may change it at any time)."""
        muted = _muted_style()
        for label in (self.indicator_description, self.series_hint, self.rates_label,
                      self.table_footer, self.start_hint):
            label.setStyleSheet(muted)
        self.warnings_label.setStyleSheet(_warning_style())
        self.hidden_notice.setStyleSheet(_warning_style())
        self._fit_notes_height()  # the text size may have changed: at least three lines

    @property
    def _lang(self) -> str:
        return getattr(self._session, "label_language", "en")

    def set_loading(self, loading: bool) -> None:
        """A pack is being opened: the start page says so instead of "Open a pack…" (the window
        calls this around a load)."""
        self._loading = bool(loading)
        self._update_page()

    def _on_session_changed(self, change: Change) -> None:
        if PACK in change.what:
            self._loading = False
        if PACK in change.what or LABELS in change.what:
            self._update_choices()
        if change.what & {PACK, COMPARISON, LABELS}:
            self._update_controls()
        if change.what & {PACK, FILTER, COMPARISON, LABELS}:
            self._schedule_rebuild()
        if SELECTION in change.what:
            self._update_selection()

    def _schedule_rebuild(self) -> None:
        """Rebuild in the next event-loop turn (a burst of changes rebuilds once); while the panel
        is not on screen (hidden, or its dock tabbed behind another: Qt 6.10 keeps a tabbed-away
        dock ``isVisible()``, only its visible region is empty), only when it is shown or painted
        again or its spec is asked for: a chart nobody sees costs a filter change nothing."""
        if self.isVisible() and not self.visibleRegion().isEmpty():
            self._start_rebuild()
        else:
            self._rebuild_pending = True

    def _catch_up(self) -> None:
        if self._rebuild_pending:
            self._rebuild_pending = False
            self._start_rebuild()

    def _start_rebuild(self) -> None:
        self._rebuild_due = True
        self._rebuild.throttle()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._catch_up()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self._catch_up()  # a dock tab raised: painted again, without a show

    # -- public API ------------------------------------------------------------------------------
    @property
    def current_spec(self) -> ChartSpec | None:
        """The spec shown (None without a pack or an indicator); a rebuild deferred while the
        panel was hidden happens now."""
        if self._rebuild_pending or self._rebuild_due:
            self.flush()
        return self._spec

    @property
    def rebuild_count(self) -> int:
        """How many times the spec was rebuilt (coalescing shows as a small number)."""
        return self._rebuild_count

    def focus_widget(self) -> QWidget:
        """Where a keyboard user arriving in the panel starts: the chart/table tabs once a chart
        shows, else the first preset (or the preset list) that starts a comparison."""
        if self.pages.currentWidget() is self._results_page:
            return self.tabs
        for button in self.preset_buttons:
            if button.isEnabled():
                return button
        return self.preset_combo

    def link_time_axes(self) -> bool:
        return self._link_time_axes

    def set_link_time_axes(self, on: bool) -> None:
        """Make the chart's time axis follow ``follow_time_range`` (on) or fit its data (off)."""
        self._link_time_axes = bool(on)
        with signals_blocked(self.link_check):
            self.link_check.setChecked(self._link_time_axes)
        if self._link_time_axes and self._time_range is not None:
            self.chart_view.set_x_range(*self._time_range)
        else:
            self.chart_view.set_x_range(None)

    @Slot(float, float)
    def follow_time_range(self, day0: float, day1: float) -> None:
        """The timeline shows ``[day0, day1)``: follow it when "Link time axes" is on."""
        self._time_range = (float(day0), float(day1))
        if self._link_time_axes:
            self.chart_view.set_x_range(day0, day1)

    def flush(self) -> None:
        """Rebuild and redraw now whatever is pending, deferred while off screen or not (tests,
        exports; a caller that only wants what is on screen checks ``visibleRegion()`` first)."""
        if self._rebuild_due or self._rebuild_pending:
            self._update_spec()
        self.chart_view.flush()

    # -- session -> widgets (signals blocked; never writes back) ---------------------------------
    def _update_choices(self) -> None:
        """A new pack: presets, indicators (grouped by domain) and the start page's buttons."""
        pack = self._session.pack
        self._presets = list(cmp.presets_for(pack)) if pack is not None else []
        with signals_blocked(self.preset_combo):
            self.preset_combo.clear()
            self.preset_combo.addItem(self.tr("Choose a question…"), None)
            for p in self._presets:
                self.preset_combo.addItem(_question(p), p.id)
                self.preset_combo.setItemData(self.preset_combo.count() - 1, _question(p),
                                              Qt.ItemDataRole.ToolTipRole)

        with signals_blocked(self.indicator_combo):
            self._indicator_model.clear()
            placeholder = QStandardItem(self.tr("Choose an indicator…"))
            placeholder.setData("", Qt.ItemDataRole.UserRole)
            self._indicator_model.appendRow(placeholder)
            bold = QFont(self.font())
            bold.setBold(True)
            for domain, indicators in (cmp.indicator_choices(pack, self._lang)
                                       if pack is not None else []):
                domain_label = self._domain_label(domain)
                header = QStandardItem(domain_label)
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a group title, not a choice
                header.setFont(bold)
                header.setData(None, Qt.ItemDataRole.UserRole)
                self._indicator_model.appendRow(header)
                for indicator_id, name, description in indicators:
                    item = QStandardItem(f"    {name}")
                    item.setData(indicator_id, Qt.ItemDataRole.UserRole)
                    item.setData(description, Qt.ItemDataRole.ToolTipRole)
                    item.setData(f"{name} ({domain_label})", Qt.ItemDataRole.AccessibleTextRole)
                    self._indicator_model.appendRow(item)
            self.indicator_combo.setCurrentIndex(0)

        for button in self.preset_buttons:
            self._start_buttons.removeWidget(button)
            button.deleteLater()
        self.preset_buttons = []
        for p in self._presets:
            button = QPushButton(_question(p), self._start_buttons_box)
            button.setAccessibleName(self.tr("Preset question: {question}").format(question=_question(p)))
            button.setStyleSheet("QPushButton { text-align: left; padding: 6px 10px; }")
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, preset=p: self._request_preset(preset))
            self._start_buttons.addWidget(button)
            self.preset_buttons.append(button)
        self._series_indicator = None
        self.setEnabled(pack is not None)

    def _domain_label(self, domain: str) -> str:
        """A domain in the label language: the one vocabulary every view and export uses."""
        pack = self._session.pack
        assert pack is not None  # asked only for the domains of the loaded pack's indicators
        return pack_domain_label(pack, domain, self._lang)

    def _update_controls(self) -> None:
        """Every control shows session.comparison (nothing is emitted)."""
        pack = self._session.pack
        setup = self._session.comparison
        indicator = setup.indicator_id

        with signals_blocked(self.indicator_combo):
            i = self.indicator_combo.findData(indicator, Qt.ItemDataRole.UserRole) if indicator else 0
            self.indicator_combo.setCurrentIndex(max(i, 0))
        self.indicator_description.setText(self._indicator_description(indicator))
        self.indicator_description.setVisible(bool(indicator))

        _set_combo_data(self.preset_combo, self._matching_preset(setup))

        if indicator != self._series_indicator:
            self._update_series_choices()
        self._update_series_checks()

        with signals_blocked(self.basis_group):
            self.basis_buttons[setup.basis].setChecked(True)
        _set_combo_data(self.currency_combo, setup.currency)
        _set_combo_data(self.base_period_combo, setup.base_period)
        _set_combo_data(self.chart_combo, setup.chart)
        _set_combo_data(self.period_combo, setup.period)
        _set_combo_data(self.markers_combo, setup.markers)
        has = bool(indicator) and pack is not None
        for w in (self.series_list, *self.basis_buttons.values(), self.chart_combo, self.markers_combo,
                  self.link_check):
            w.setEnabled(has)
        self.currency_combo.setEnabled(has and setup.basis == "converted")
        self.base_period_combo.setEnabled(has and setup.basis == "index")
        self._update_kind_dependent()
        self._update_page()

    def _indicator_description(self, indicator_id: str) -> str:
        pack = self._session.pack
        if not indicator_id or pack is None:
            return ""
        found = cmp.indicator_text(pack, indicator_id, self._lang)
        return "" if found is None else found[1]

    def _matching_preset(self, setup: ComparisonSetup) -> str | None:
        current = setup.to_dict()
        for p in self._presets:
            wanted = {**_PRESET_DEFAULTS, **p.setup}
            if all(current.get(k) == (list(v) if isinstance(v, tuple) else v) for k, v in wanted.items()):
                return p.id
        return None

    def _update_series_choices(self) -> None:
        pack = self._session.pack
        indicator = self._session.comparison.indicator_id
        self._series_indicator = indicator
        choices = (cmp.series_choices(pack, indicator, self._lang)
                   if pack is not None and indicator else [])
        periods = cmp.periods_of(pack, indicator) if pack is not None and indicator else []
        self._series_keys = [k for k, _ in choices]
        colours = cmp.indicator_series_colours(pack, indicator) if pack is not None and indicator else {}
        with signals_blocked(self.series_list):
            self.series_list.clear()
            for key, label in choices:
                item = QListWidgetItem(_swatch(colours.get(key, OTHER_GREY)), label, self.series_list)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            rows = min(max(self.series_list.count(), 2), 8)
            height = self.series_list.sizeHintForRow(0) if self.series_list.count() else 18
            self.series_list.setFixedHeight(rows * height + 8)
        self.series_hint.setText("")
        with signals_blocked(self.period_combo):
            self.period_combo.clear()
            self.period_combo.addItem(self.tr("Latest of each series"), "")
            for per in periods:
                self.period_combo.addItem(per, per)

    def _update_base_choices(self) -> None:
        """The index base can only be a period every compared series has (the spec knows which,
        after the filter and the series chosen); the default is the latest of them."""
        spec = self._spec
        choices = spec.base_choices if spec is not None else ()
        combo = self.base_period_combo
        first = (self.tr("Latest shared: {period}").format(period=choices[-1]) if choices
                 else self.tr("None shared"))
        shown = (tuple(choices), first, self._session.comparison.base_period)
        # Refilled only when they changed: a refilled combo repaints itself and its group box.
        if shown == getattr(self, "_base_choices_shown", None) and combo.count() == len(choices) + 1:
            return
        self._base_choices_shown = shown
        with signals_blocked(combo):
            combo.clear()
            combo.addItem(first, "")
            for per in choices:
                combo.addItem(per, per)
            combo.setToolTip(self.tr("Only periods for which every compared series has a figure")
                             if choices else
                             self.tr("The compared series share no period: nothing is indexed"))
        _set_combo_data(combo, self._session.comparison.base_period)

    def _update_series_checks(self) -> None:
        wanted = set(self._session.comparison.series)
        with signals_blocked(self.series_list):
            for i in range(self.series_list.count()):
                item = self.series_list.item(i)
                on = not wanted or item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update_series_swatches(self) -> None:
        """The colours the chart uses (the builder assigns them) on the series list."""
        if self._spec is None:
            return
        colours = {s.key: s.colour for p in self._spec.panels for s in p.series}
        with signals_blocked(self.series_list):
            for i in range(self.series_list.count()):
                item = self.series_list.item(i)
                colour = colours.get(item.data(Qt.ItemDataRole.UserRole))
                # Only a changed colour: a re-set icon re-lays out and repaints the list per change.
                if colour is not None and colour != item.data(_SWATCH_ROLE):
                    item.setIcon(_swatch(colour))
                    item.setData(_SWATCH_ROLE, colour)

    def _update_kind_dependent(self) -> None:
        """Period (bars) and event markers (lines) only matter for one kind of chart."""
        setup = self._session.comparison
        has = bool(setup.indicator_id) and self._session.pack is not None
        spec_kind = self._spec.kind if self._spec is not None and not self._spec.is_empty else None
        bars = setup.chart == "bar" or (setup.chart == "auto" and spec_kind is ChartKind.BAR)
        lines = setup.chart == "line" or (setup.chart == "auto" and spec_kind is ChartKind.LINE)
        self.period_combo.setEnabled(has and bars)
        self.markers_combo.setEnabled(has and lines)
        self.link_check.setEnabled(has and lines)

    def _update_page(self) -> None:
        pack = self._session.pack
        if pack is None:
            self.start_hint.setText(self.tr("Loading the pack…") if getattr(self, "_loading", False)
                                    else self.tr("Open a pack to compare partners."))
            self.pages.setCurrentWidget(self._start_page)
        elif not self._session.comparison.indicator_id:
            self.start_hint.setText(
                self.tr("Pick a question below, or choose an indicator on the left and the partners "
                        "to compare. Figures stay as published unless you convert them; every "
                        "number keeps its source.") if self._presets else
                self.tr("Choose an indicator on the left and the partners to compare."))
            self.pages.setCurrentWidget(self._start_page)
        else:
            self.pages.setCurrentWidget(self._results_page)

    def _update_selection(self) -> None:
        pack = self._session.pack
        event_id = self._session.selected_event
        x, label = None, ""
        if pack is not None and event_id is not None:
            row = self._session.event_row.get(event_id)
            if row is not None:
                x = float(pack.events["start_day"].iat[row])
                label = str(pack.events["title"].iat[row])
        self.chart_view.set_selected_event(event_id, x, label)

    # -- the spec --------------------------------------------------------------------------------
    def _update_spec(self) -> None:
        self._rebuild_due = False
        self._rebuild.cancel()
        self._rebuild_pending = False
        self._rebuild_count += 1
        pack = self._session.pack
        setup = self._session.comparison
        if pack is None or not setup.indicator_id:
            spec = None
        else:
            spec = cmp.build_comparison(pack, setup, self._session.filter,
                                        self._session.visible_events, lang=self._lang)
        self._spec = spec
        self.chart_view.set_spec(spec)
        self._update_selection()
        if self._link_time_axes and self._time_range is not None:
            self.chart_view.set_x_range(*self._time_range)
        self._table_spec_pending = True
        self._update_base_choices()
        # Measuring every cell is the slowest part of a filter change with thousands of figures:
        # only while the table is on screen; otherwise when its tab is next shown.
        self._table_needs_resize = True
        self._resize_table_if_shown()
        self._update_notes()
        self._update_hidden_notice()
        self._update_series_swatches()
        self._update_kind_dependent()
        self._update_page()
        # The chart redraws in this turn too: left to its own zero-time debouncer it ran after the
        # panel's changes had been painted, and the panel painted twice per change.
        self.chart_view.flush()

    @property
    def table_model(self) -> ChartTableModel:
        """The chart's data table, up to date with the chart."""
        self._sync_table()
        return self._table_model

    def _sync_table(self) -> None:
        if self._table_spec_pending:
            self._table_spec_pending = False
            self._table_model.set_spec(self._spec)

    def _resize_table_if_shown(self, *_args) -> None:
        if self.tabs.currentWidget() is not self.chart_view:
            self._sync_table()
        if self._table_needs_resize and self.tabs.currentWidget() is not self.chart_view:
            self._table_needs_resize = False
            self.table_view.resizeColumnsToContents()

    def _update_notes(self) -> None:
        spec = self._spec
        warnings = spec.warnings if spec is not None else ()
        self.warnings_label.setText("<br>".join(f"⚠ {escape(w)}" for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.table_footer.setText("\n".join(spec.footer_lines()) if spec is not None else "")
        self.rates_label.setText(self._rates_text())
        self.rates_label.setVisible(bool(self.rates_label.text()))

    def _rates_text(self) -> str:
        """Beside the chart: the exchange rates a converted chart used, with their sources."""
        spec = self._spec
        if spec is None or self._session.comparison.basis != "converted":
            return ""
        converted = phrase("Converted at {rate} {markers}.", spec.label_language, rate="\0",
                           markers="\0").split("\0")
        rates = [f for f in spec.footnotes
                 if f.startswith(converted[0]) and f.endswith(converted[-1])] if converted[0] else \
            [f for f in spec.footnotes if converted[1].strip() in f]
        if not rates:
            return self.tr("No figure needed converting.") if not spec.is_empty else ""
        sources = dict(spec.sources)
        cited = [m for m in sources if any(m in line for line in rates)]
        return "\n".join([*rates, *(f"{m} {_elide(sources[m], 90)}" for m in cited)])

    # -- widgets -> requests -----------------------------------------------------------------------
    def _request(self, **changes) -> None:
        self.sig_comparison_change_requested.emit(changes)

    def _request_preset(self, preset: cmp.Preset) -> None:
        changes = {**_PRESET_DEFAULTS, **preset.setup}
        changes["series"] = list(changes["series"])
        self._request(**changes)

    def _on_q_preset_combo_changed(self, index: int) -> None:
        preset_id = self.preset_combo.itemData(index)
        preset = next((p for p in self._presets if p.id == preset_id), None)
        if preset is not None:
            self._request_preset(preset)

    def _on_q_indicator_combo_changed(self, index: int) -> None:
        indicator = self.indicator_combo.itemData(index, Qt.ItemDataRole.UserRole)
        if indicator and indicator != self._session.comparison.indicator_id:
            self._request(indicator_id=indicator)

    def _on_q_series_item_changed(self, item: QListWidgetItem) -> None:
        checked = [self.series_list.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.series_list.count())
                   if self.series_list.item(i).checkState() == Qt.CheckState.Checked]
        if not checked:  # none would mean "all": keep the last one instead
            with signals_blocked(self.series_list):
                item.setCheckState(Qt.CheckState.Checked)
            self.series_hint.setText(self.tr("Keep at least one series."))
            return
        self.series_hint.setText("")
        self._request(series=[] if len(checked) == len(self._series_keys) else checked)

    def _on_q_basis_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self._request(basis=_BASES[button_id][0])

    def _on_q_combo_changed(self, field: str, combo: QComboBox) -> None:
        value = combo.currentData()
        if value is not None and value != getattr(self._session.comparison, field):
            self._request(**{field: value})

    def _on_q_link_check_toggled(self, on: bool) -> None:
        self.set_link_time_axes(on)
        self.sig_link_time_axes_toggled.emit(bool(on))

    def _hidden_by_filter(self) -> list[str]:
        """Series keys the user ticked (all, when none is picked) that the partner filter hides:
        neither their reporter nor their partner is among the filter's partners."""
        partners = self._session.filter.partners
        if self._session.pack is None or not self._session.comparison.indicator_id or not partners:
            return []
        wanted = self._session.comparison.series or self._series_keys
        return [k for k in wanted
                if k.partition(">")[0] not in partners and k.partition(">")[2] not in partners]

    def _update_hidden_notice(self) -> None:
        hidden = self._hidden_by_filter()
        self._hidden_reporters = list(dict.fromkeys(k.partition(">")[0] for k in hidden))
        pack = self._session.pack
        text = self.hidden_notice.text()
        if hidden and pack is not None:  # (nothing is hidden without a pack)
            names = ", ".join(cmp.series_label(pack, k, self._lang) for k in hidden)
            text = (self.tr("1 ticked series is hidden by the partner filter: {names}")
                    if len(hidden) == 1 else
                    self.tr("{n} ticked series are hidden by the partner filter: {names}")
                    ).format(n=len(hidden), names=names)
        self._hold_column(0)  # forgotten when the indicator, width, font or language changed
        shown = self.hidden_notice.isVisibleTo(self._controls)
        if bool(hidden) != shown or (shown and text != self.hidden_notice.text()):
            # re-worded while shown, it may take more or fewer lines: laid out the same way
            self._show_hidden_notice(bool(hidden), text)
        else:
            self.hidden_notice.setText(text)  # (hidden: laid out when it shows)

    def _hold_column(self, height: int) -> int:
        """The settings column's held height: the tallest it was with the notice shown (at least
        ``height``), for the same indicator, column width, font and label language; else none."""
        controls = self._controls
        key = (self._session.comparison.indicator_id, controls.width(), controls.font().key(),
               self._lang)
        held = self._column_hold[1] if self._column_hold and self._column_hold[0] == key else 0
        if max(held, height) != (self._column_hold[1] if self._column_hold else 0):
            controls.setMinimumHeight(max(held, height))
        self._column_hold = (key, max(held, height))
        return max(held, height)

    def _show_hidden_notice(self, shown: bool, text: str) -> None:
        """Show or hide the notice and its button, or re-word it (``text``), with the settings
        column laid out once, at its new height. Qt lays out a shown widget's parents at once, at
        their present size: the column, still as tall as without the notice, squeezed the boxes
        below it (their buttons resized), then again for the button, then once more when the
        scroll area grew it (three passes, every widget below moved and resized twice, per filter
        change that hid a series); hidden or re-worded, the Series box laid itself out at its old
        height first (the hint below the list moved into the notice's room), then again.

        The column keeps the tallest height it had with the notice while the indicator, its
        width, font and label language stay (``_hold_column``): with the notice gone or shorter,
        that room is blank at the column's foot, and the column's scroll bar, whose range would
        change, is not repainted (Fusion's scroll bar and the strip behind it, ~0.5-0.8 ms: each
        filter change that showed, hid or re-worded the notice in a short dock)."""
        controls, col, series_layout = self._controls, self._controls_layout, self._series_layout
        series_layout.setEnabled(False)
        col.setEnabled(False)
        self.hidden_notice.setText(text)
        self.hidden_notice.setVisible(shown)
        self.show_hidden_button.setVisible(shown)
        series_layout.setEnabled(True)
        col.setEnabled(True)
        series_layout.invalidate()
        self._series_box.updateGeometry()  # its size cached in the column's layout, too
        if not controls.isVisible() or not col.hasHeightForWidth():
            return  # laid out when shown; or left to the scroll area
        # The height the scroll area gives a resizable widget whose layout has a height for its
        # width (at least the viewport's); set first, the one layout pass is the final one. If it
        # is wrong (a scroll bar came), the scroll area corrects it as before.
        needed = controls.heightForWidth(controls.width())
        height = max(self._hold_column(needed if shown else 0), needed,
                     self._settings_scroll.viewport().height())
        if height != controls.height():
            controls.resize(controls.width(), height)
        # At a held height nothing was resized: the column first, then the box at its new size
        # (left to their posted requests, the box went first, at its old size).
        col.activate()
        series_layout.activate()

    def _on_q_show_hidden_clicked(self) -> None:
        partners = sorted({*self._session.filter.partners, *self._hidden_reporters})
        self.sig_filter_change_requested.emit({"partners": partners})

    def copy_table(self) -> None:
        """Copy the chart's whole data table as tab-separated text (for a menu action)."""
        self._sync_table()
        self.table_view.copy_all()
