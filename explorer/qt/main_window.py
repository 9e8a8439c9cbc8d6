"""The main window: docks, menus, actions; wires panels' requests to Session intents.

Panels never call each other or mutate the session: they emit ``sig_*_requested`` and this window
decides. The window is shown before pandas or the pack load (on a worker, see ``workers``).
Groups of its work live in helper objects it owns, each holding a reference to the window:
``pack_loading``, ``window_layout``, ``window_exports``, ``window_help``, ``window_settings``
(menus and actions: the tables in ``window_actions``); the window keeps delegates for the names
other code and tests call.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, QTimerEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QTabBar,
    QToolButton,
    QWidget,
)

from explorer.paths import default_pack_path
from explorer.qt import theme, window_actions
from explorer.qt.pack_loading import PackLoading, release_heap
from explorer.qt.views.detail_panel import DetailPanel
from explorer.qt.views.filter_bar import FilterBar
from explorer.qt.views.filter_widgets import SteadyLabel
from explorer.qt.views.timeline_view import TimelineView
from explorer.qt.window_exports import WindowExports
from explorer.qt.window_help import APP_TITLE, WindowHelp
from explorer.qt.window_layout import WIDE_SCREEN as WIDE_SCREEN  # re-exported: tests read it here
from explorer.qt.window_layout import WindowLayout
from explorer.qt.window_settings import SAVE_DELAY_MS as SAVE_DELAY_MS  # re-exported: tests read it here
from explorer.qt.window_settings import WindowSettings
from explorer.qt.workers import PackLoader
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from explorer.state.origins import Origin
from explorer.state.session import COMPARISON, FILTER, LABELS, PACK, SELECTION, Change, Session
from explorer.userdata.notes import NotesError
from explorer.userdata.settings import Settings

if TYPE_CHECKING:  # imported when built, after the first paint: pandas, numpy, pyqtgraph
    from explorer.export.view_state import ViewState
    from explorer.qt.export_service import ExportService
    from explorer.qt.views.briefing_panel import BriefingPanel
    from explorer.qt.views.comparison_panel import ComparisonPanel
    from explorer.qt.views.event_table import EventTable
    from explorer.qt.views.export_dialog import ExportDialog

COMPARE_ORIGIN = Origin.COMPARISON  # comparison_panel.ORIGIN
RELOAD_REFUSED = "Reload refused — keeping the previous version"  # its box's title in English
_NO_NEW_WIDGETS = frozenset({FILTER, SELECTION})  # session changes no panel builds a widget for
SETTLE_PASSES = 3  # event-loop passes run before the paint that follows a session change
CLOSE_WAIT_MS = 200  # closing waits no longer than this for a load to end (it is cancelled)
EXPORT_CLOSE_WAIT_MS = 30000  # ... and this long for a deck or note being written to be on disk


class _PanelPlaceholder(QWidget):
    """Stands in a dock for a panel built right after the first paint, or for a Compare panel off
    screen until the pack has been painted (``MainWindow.build_shown_panels``): the window's first
    frame does not wait for pandas and pyqtgraph to import. Blank, in the window's colours."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)


class MainWindow(QMainWindow):
    # Made by ``window_actions.build`` (every action of its table is an attribute; these are read here)
    panel_actions: dict[str, QAction]
    recent_menu: QMenu
    close_pack_menu: QMenu
    what_changed_action: QAction
    lanes_partner_action: QAction
    lanes_domain_action: QAction
    eras_action: QAction
    guide_window: QWidget  # the user guide, once opened (``window_help.show_user_guide``)
    # Set by ``window_settings`` (restoring, saving while running, the terminate handler)
    save_timer: QTimer
    _restoring: bool
    _closed: bool
    _wake_timer: QTimer
    _previous_sigterm: Any
    _previous_sighup: Any
    _settle_pending = False  # a session change whose deferred work must run before the next paint
    # The settle's item views and graphics views, from its last walk of the window; None: walk again
    _settled_views: tuple[list, list] | None = None
    _slider_queued = False  # the filter bar's date slider is built after the first paint of a pack
    _panels_started = False  # ``start`` built the panels; Compare, if off screen, when shown
    _panels_queued = False  # ... or right after the first paint of a pack

    def __init__(self, session: Session, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.session = session
        self.settings = settings
        self.loader = PackLoader(self)
        self._exports: ExportService | None = None  # made when the Briefing panel is built
        self.pack_loading = PackLoading(self, session, settings, self.loader)  # and live reload
        self.pack_watcher = self.pack_loading.watcher
        self.window_layout = WindowLayout(self)  # docks: going to a panel, first-run layout, reset
        self.window_exports = WindowExports(self)  # export, copy, print, briefing, my data
        self.window_help = WindowHelp(self)  # the user guide, shortcuts, Preferences, About
        self.window_settings = WindowSettings(self)  # restored, saved while running, on SIGTERM
        self.setWindowTitle(APP_TITLE)
        self.resize(1280, 760)  # replaced by the screen's size or the saved geometry

        # Panels
        self.timeline = TimelineView(session, self, settings=settings)  # reads timeline_refit
        self.setCentralWidget(self.timeline)
        self.filter_bar = FilterBar(session, self)
        self.detail = DetailPanel(session, self)
        # The Events and Compare panels import pandas and pyqtgraph: they are built right after the
        # first paint (``build_panels``, from ``start``), or when first used, in these docks.
        self._table: EventTable | None = None
        self._comparison: ComparisonPanel | None = None
        self.filter_dock = self._dock(self.tr("Filters"), "filters_dock", self.filter_bar,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.table_dock = self._dock(self.tr("Events"), "events_dock",
                                     _PanelPlaceholder(self.tr("Events"), self),
                                     Qt.DockWidgetArea.BottomDockWidgetArea)
        self.detail_dock = self._dock(self.tr("Details"), "details_dock", self.detail,
                                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.compare_dock = self._dock(self.tr("Compare"), "compare_dock",
                                       _PanelPlaceholder(self.tr("Compare"), self),
                                       Qt.DockWidgetArea.BottomDockWidgetArea)
        self._briefing: BriefingPanel | None = None  # tabbed behind Details: built after the paint
        self.briefing_dock = self._dock(self.tr("Briefing"), "briefing_dock",
                                        _PanelPlaceholder(self.tr("Briefing"), self),
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.detail_dock, self.briefing_dock)
        self.detail_dock.raise_()
        # Events and Compare side by side in the bottom area: the base of both first-run layouts
        # (``apply_first_run_layout`` tabs them on screens smaller than WIDE_SCREEN).
        self._base_state = self.saveState()
        self._name_dock_tab_bars()
        self._bottom_height_before_compare: tuple[int, int | None] | None = None
        self.compare_dock.visibilityChanged.connect(
            self.window_layout._on_compare_dock_visibility_changed)
        self.compare_dock.visibilityChanged.connect(self._on_q_compare_dock_visibility_changed)

        # Requests from panels -> session intents (the only place they meet)
        self.filter_bar.sig_filter_change_requested.connect(
            lambda changes: self.session.set_filter(origin=Origin.FILTER_BAR, **changes))
        self.filter_bar.sig_filter_clear_requested.connect(
            lambda: self.session.clear_filter(origin=Origin.FILTER_CLEAR))
        self.timeline.sig_event_selection_requested.connect(
            lambda event_id: self._select(event_id, Origin.TIMELINE))
        self.timeline.sig_step_requested.connect(
            lambda step: self.session.step_selection(step, origin=Origin.TIMELINE))
        self.detail.sig_note_edit_requested.connect(self._on_note_edit_requested)
        self.detail.sig_indicator_show_requested.connect(self._on_indicator_show_requested)

        self._build_actions()
        self._build_live_reload()
        self._build_status_bar()
        self._unsubscribe = session.subscribe(self._on_session_changed)
        self._size_docks_on_show = False  # first run: share the height once the window has one
        self.window_settings._build_saving()
        self.window_settings._restore_settings()
        self.window_settings._install_terminate_handler()

    # -- construction -------------------------------------------------------------------------
    @property
    def table(self) -> EventTable:
        """The Events panel (built on first use if ``start`` has not built it yet)."""
        if self._table is None:
            self._build_table()
        assert self._table is not None
        return self._table

    @property
    def comparison(self) -> ComparisonPanel:
        """The Compare panel (built on first use if it has not been built yet)."""
        if self._comparison is None:
            self._build_comparison()
        assert self._comparison is not None
        return self._comparison

    @property
    def exports(self) -> ExportService:
        """The window's export service: panels request decks and notes here (``export_service``);
        imported and made on first use, after the first paint."""
        if self._exports is None:
            from explorer.qt.export_service import ExportService

            self._exports = ExportService(self)
        return self._exports

    @property
    def briefing(self) -> BriefingPanel:
        """The Briefing panel (built on first use if it has not been built yet)."""
        if self._briefing is None:
            self._build_briefing()
        assert self._briefing is not None
        return self._briefing

    def build_panels(self) -> None:
        """Build every panel not built yet (Events, Compare, Briefing) into its dock. A panel
        built after the session changed catches up with it (``Session.catching_up``)."""
        self._build_table()
        self._build_comparison()
        self._build_briefing()

    def build_shown_panels(self) -> None:
        """What ``start`` builds, right after the window's first paint (so that first frame does
        not wait for pandas, pyqtgraph and the export stack): the Events and Briefing panels (the
        Briefing panel's width sets its dock area's, even in a tab behind Details), and the
        Compare panel only if its dock is on screen. In a tab behind Events, or closed, Compare is
        built once the window has painted the pack (``event``): pyqtgraph's imports and the panel,
        ~0.3-0.4 s of CPU on a 2-core laptop, no longer sit between the launch and the pack on
        screen; or at once when its dock is shown (``_on_q_compare_dock_visibility_changed``).
        The filter bar's date slider (superqt) also comes after the pack's first paint."""
        self._build_table()
        self._build_briefing()
        if _on_screen(self.compare_dock):
            self._build_comparison()
        self._panels_started = True

    def _build_table(self) -> None:
        if self._table is not None:
            return
        from explorer.qt.views.event_table import EventTable

        with self.session.catching_up(origin=Origin.WINDOW):
            table = self._table = EventTable(self.session, self)
            self._put_in_dock(self.table_dock, table)
            table.sig_event_selection_requested.connect(
                lambda event_id: self._select(event_id, Origin.TABLE))
        self.pack_loading.cover_if_loading(table)

    def _build_comparison(self) -> None:
        if self._comparison is not None:
            return
        from explorer.qt.views.comparison_panel import ComparisonPanel

        with self.session.catching_up(origin=Origin.WINDOW):
            panel = self._comparison = ComparisonPanel(self.session, self)
            self._put_in_dock(self.compare_dock, panel)
            panel.sig_comparison_change_requested.connect(self._on_comparison_change_requested)
            panel.sig_filter_change_requested.connect(  # "show them": hidden ticked series
                lambda changes: self.session.set_filter(origin=COMPARE_ORIGIN, **changes))
            panel.sig_event_selection_requested.connect(
                lambda event_id: self._select(event_id, COMPARE_ORIGIN))
            panel.sig_link_time_axes_toggled.connect(
                lambda on: self.settings.set("compare_link_time_axes", on))
            panel.sig_link_time_axes_toggled.connect(self.schedule_save)
            self.timeline.sig_visible_range_changed.connect(panel.follow_time_range)
            panel.set_link_time_axes(self.settings.get("compare_link_time_axes", False, bool))
            if self.timeline.isVisible():
                panel.follow_time_range(*self.timeline.visible_range())
        self.pack_loading.cover_if_loading(panel)

    def _build_briefing(self) -> None:
        if self._briefing is not None:
            return
        from explorer.qt.views.briefing_panel import BriefingPanel
        from explorer.userdata.briefings import BriefingStore

        briefing = self._briefing = BriefingPanel(BriefingStore(), self, settings=self.settings,
                                                  exports=self.exports)
        self._put_in_dock(self.briefing_dock, briefing)
        briefing.sig_status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    def _on_q_compare_dock_visibility_changed(self, visible: bool) -> None:
        """The Compare dock brought on screen before its panel was built (its tab clicked while
        the pack loads): the panel is built now, before the dock paints its stand-in."""
        if visible and self._panels_started:
            self._build_comparison()

    def _put_in_dock(self, dock: QDockWidget, panel: QWidget) -> None:
        placeholder = dock.widget()
        dock.setWidget(panel)
        self._settled_views = None  # the panel's views are new
        if placeholder is not None and placeholder is not panel:
            placeholder.hide()
            placeholder.deleteLater()

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(self.tr("{panel} panel").format(panel=title))
        self.addDockWidget(area, dock)
        return dock

    def _name_dock_tab_bars(self) -> None:
        """Qt creates the tab bars of tabbed docks itself, unnamed; screen readers need a name."""
        self._tab_naming_queued = False
        # They are the window's own children (no grouped floating docks here): a walk of every
        # descendant wrapped each in Python, ~8 ms of CPU over the five namings before the first frame.
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not bar.accessibleName():
                bar.setAccessibleName(self.tr("Panel tabs"))

    _tab_naming_queued = False

    def childEvent(self, event) -> None:
        super().childEvent(event)
        self._settled_views = None  # a dock, a bar or a dialog came or went: walk again
        # Named on the next event-loop turn, all at once: asking each event for its child made
        # PySide build a wrapper per child, ~50 ms of the window's construction before first paint.
        if event.added() and not self._tab_naming_queued:
            self._tab_naming_queued = True
            QTimer.singleShot(0, self, self._name_dock_tab_bars)

    def _build_actions(self) -> None:
        """Actions, menus and the toolbar, from the tables in ``window_actions``."""
        window_actions.build(self)

    def _on_q_clear_filters_triggered(self) -> None:
        self.session.clear_filter(origin=Origin.MENU)

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator: loading has no meaningful percentage
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Loading"))
        self.progress.setVisible(False)
        # Keeps its size while the count changes (no layout of every dock per filter change); the
        # text is drawn where a label sized to it would draw it.
        self.pack_label = SteadyLabel(self, right=True)
        self.pack_label.setAccessibleName(self.tr("Events shown"))
        self._follow_status_ground()
        theme.notifier().changed.connect(self._follow_status_ground)
        # When a filter hides the selected event: one click shows it again (see _on_session_changed).
        self.show_hidden_button = QToolButton(self)
        self.show_hidden_button.setObjectName("show_hidden_selection")
        self.show_hidden_button.setText(self.tr("Show it again"))
        self.show_hidden_button.setAccessibleName(self.tr("Show the hidden event again"))
        self.show_hidden_button.setAccessibleDescription(
            self.tr("Clears the filters and selects the event the filter hid"))
        self.show_hidden_button.setToolTip(
            self.tr("Clear the filters and select the event the filter hid"))
        self.show_hidden_button.clicked.connect(self.show_hidden_selection)
        self.show_hidden_button.setVisible(False)
        self._hidden_selection: str | None = None
        self._shown_selection: str | None = None
        self.statusBar().addPermanentWidget(self.show_hidden_button)
        self.statusBar().addPermanentWidget(self.pack_label)
        self.statusBar().addPermanentWidget(self.progress)

    def _follow_status_ground(self) -> None:
        """The status bar's count fills its own ground in the light and dark looks, where the
        status bar shows the window colour behind it: a new count then repaints the label alone,
        not the status bar and the window behind it too (~0.1-0.2 ms a filter change). High
        contrast draws the bar otherwise (window-6): there the count stays see-through."""
        self.pack_label.setAutoFillBackground(theme.current().name != "high_contrast")

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # a look applied without a theme change
            self._follow_status_ground()

    # -- panels and layout (``window_layout``; these delegate to it) -----------------------------
    def _panel_docks(self) -> dict[str, QDockWidget | None]:
        return self.window_layout._panel_docks()

    def go_to_panel(self, name: str) -> None:
        self.window_layout.go_to_panel(name)

    def current_panel(self) -> str | None:
        return self.window_layout.current_panel()

    def visible_panels(self) -> list[str]:
        return self.window_layout.visible_panels()

    def available_area(self) -> QRect | None:
        return self.window_layout.available_area()

    def cycle_panel(self, step: int) -> None:
        self.window_layout.cycle_panel(step)

    def is_wide_screen(self) -> bool:
        return self.window_layout.is_wide_screen()

    def apply_first_run_layout(self) -> None:
        self.window_layout.apply_first_run_layout()

    def reset_layout(self) -> None:
        self.window_layout.reset_layout()

    def share_space_with_timeline(self) -> None:
        self.window_layout.share_space_with_timeline()

    # -- one paint per change ------------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() != QEvent.Type.UpdateRequest:
            return super().event(event)
        if self._settle_pending:
            self.settle_before_paint()
        handled = super().event(event)  # the window and its panels paint here
        self.pack_loading.report_shown()  # the loader may now build what waited for this paint
        if not self._slider_queued and self.session.pack is not None:  # a pack is on screen
            self._slider_queued = True
            QTimer.singleShot(0, self, self.filter_bar.build_date_slider)
        if not self._panels_queued and self._panels_started and self.session.pack is not None:
            self._panels_queued = True  # those off screen, so that showing them later is instant
            QTimer.singleShot(0, self, lambda: None if self._closed else self.build_panels())
        return handled

    def settle_before_paint(self) -> None:
        """Do now what a session change left for the next event-loop turns (the Compare panel's
        rebuild, item views' delayed layouts, pyqtgraph's pre-paint updates, posted layouts and
        queued signals), so
        that the paint that follows a change is its only one: each visible panel paints once, with
        its final content, instead of once per deferred step (measured before this: the window
        painted 3-4 times per filter change). Runs when the window is about to paint after a
        change (``event``). Nothing is painted meanwhile: Qt posts no second paint
        request while this one is being handled. User input waits for the paint, as it would.
        Hidden item views and charts are left to their own timers: nothing of theirs paints."""
        self._settle_pending = False
        if not self.isVisible():
            return
        from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication
        from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QGraphicsView
        from shiboken6 import isValid  # a view deleted by a deferred deletion during the passes

        app = QCoreApplication.instance()
        assert app is not None  # a window exists: so does the application
        # Item views and graphics views are both scroll areas. The walk of the window's ~1,000
        # objects that finds them costs ~0.6-0.9 ms right after a change (tier S; its memory is no
        # longer in the cache by then), so it is kept while only filters and the selection change:
        # those add no widget (``_on_session_changed``, ``childEvent``, ``_put_in_dock`` drop it).
        if self._settled_views is None:
            areas = self.findChildren(QAbstractScrollArea)
            self._settled_views = ([a for a in areas if isinstance(a, QAbstractItemView)],
                                   [a for a in areas if isinstance(a, QGraphicsView)])
        views, graphics = self._settled_views
        dispatcher = QAbstractEventDispatcher.instance()
        for _ in range(SETTLE_PASSES):  # a layout may resize a view that asks for another layout
            panel = self._comparison
            if panel is not None and panel.isVisible() and not panel.visibleRegion().isEmpty():
                # Now rather than on its own timer right after this paint (it would paint twice).
                # Off screen (hidden, or its dock tabbed behind another, which Qt 6.10 keeps
                # isVisible()) it defers its rebuild until it is seen again: left alone.
                panel.flush()
            # shown, even if covered (tabbed away): found once a pass for both steps below (of
            # ~27 views at tier S, 9 are shown; the rest are pop-up lists and hidden panels')
            shown = [view for view in views if isValid(view) and view.isVisible()]
            for view in shown:
                try:
                    view.executeDelayedItemsLayout()
                except (AttributeError, TypeError):  # a Qt-made view (protected from Python)
                    pass
            for graphics_view in graphics:
                # pyqtgraph's scene updates its items at the start of a paint, which asks for a
                # second paint; doing it now folds that into this one
                if isValid(graphics_view) and graphics_view.isVisible():
                    prepare = getattr(graphics_view.scene(), "prepareForPaint", None)
                    if prepare is not None:
                        prepare()
            # Posted events only (layouts, queued signals): timers stay for after the paint, so
            # work panels defer on purpose (the table's sort orders on idle turns) stays deferred;
            # only the "next turn" steps of Qt's own item-view code are run now.
            app.sendPostedEvents(None, 0)
            if dispatcher is not None:
                for view in shown:
                    if isValid(view) and view.isVisible():  # the posted events may have hidden it
                        _run_view_zero_timers(view, dispatcher, app)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._size_docks_on_show:
            self._size_docks_on_show = False
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.window_layout.share_space_with_timeline)  # once maximised or placed

    # -- opening packs (``pack_loading``; these delegate to it) --------------------------------------
    def open_pack(self, path: str | None = None, restore_filter: Filter | None = None,
                  restore_comparison: ComparisonSetup | None = None,
                  restore_span: dict | None = None) -> None:
        """Start loading ``path`` (default pack if None) on a worker; the current pack stays meanwhile."""
        self.pack_loading.open_pack(path, restore_filter, restore_comparison, restore_span)

    def add_pack(self, path: str) -> None:
        """Start loading ``path`` on the worker to open it alongside the open pack(s)."""
        self.pack_loading.add_pack(path)

    def close_pack(self, location: str) -> None:
        """Close one of several open packs (the last one cannot be closed, only replaced)."""
        self.pack_loading.close_pack(location)

    def start(self, path: str | None) -> None:
        """Open the pack asked for on the command line, else the last one (with its filters)."""
        self.pack_loading.start(path)

    def receive_launch(self, path: str | None) -> None:
        """Another launch handed over (``single_instance``): come to the front, open its pack."""
        self.pack_loading.receive_launch(path)

    def compare_with_version(self, path: str) -> None:
        """Load another version of the open (primary) pack on the worker, then show what changed."""
        self.pack_loading.compare_with_version(path)

    def loading_text(self) -> str:
        """What the covered panels say while the first pack loads ("" once loaded)."""
        return self.pack_loading.loading_text()

    def _on_pack_files_changed(self, location: str) -> None:
        self.pack_loading.on_pack_files_changed(location)

    @property
    def loading_covers(self) -> list:
        return self.pack_loading.loading_covers

    @property
    def last_reload_diff(self):
        return self.pack_loading.last_reload_diff

    @property
    def _load_modes(self) -> dict[str, str]:
        return self.pack_loading.load_modes

    @property
    def _last_problem_box(self) -> QMessageBox | None:
        return self.pack_loading.last_problem_box

    def _on_q_open_triggered(self) -> None:
        path = self._ask_pack_path(self.tr("Open briefing pack"))
        if path:
            self.open_pack(path)

    def _on_q_open_alongside_triggered(self) -> None:
        path = self._ask_pack_path(self.tr("Open a pack alongside"))
        if path:
            self.add_pack(path)

    def make_import_wizard(self):
        """File ▸ Import data…: the wizard; on Finish its pack opens alongside the open one(s)."""
        from explorer.qt.views.import_wizard import ImportWizard  # loaded on first use, not at start-up

        wizard = ImportWizard(self.settings, self)
        wizard.sig_pack_open_requested.connect(self.add_pack)
        return wizard

    def _on_q_import_data_triggered(self) -> None:
        wizard = self.make_import_wizard()
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()  # window-modal: the main window keeps painting while the import runs

    def _ask_pack_path(self, title: str) -> str | None:
        start = str(Path(self.settings.get("last_pack") or default_pack_path()).parent)
        dialog = QFileDialog(self, title, start,
                             self.tr("Briefing packs (datapackage.json *.zip);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return dialog.selectedFiles()[0] if dialog.exec() else None

    def _update_close_pack_menu(self) -> None:
        from explorer.data.pack_union import pack_labels

        self.close_pack_menu.clear()
        if self.session.pack is None:
            return
        for pack, label in zip(self.session.packs, pack_labels(self.session.pack).values()):
            action = self.close_pack_menu.addAction(label)
            action.setStatusTip(pack.meta.location)
            action.triggered.connect(lambda _checked=False, loc=pack.meta.location: self.close_pack(loc))

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_packs()
        for i, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{i} {path}")  # a number and a path: no words
            action.triggered.connect(lambda _checked=False, p=path: self.open_pack(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear list"), self._on_q_clear_recent_triggered)

    def _on_q_clear_recent_triggered(self) -> None:
        self.settings.set("recent_packs", [])
        self._save_settings_quietly()

    # -- live reload and what changed ----------------------------------------------------------------
    def _build_live_reload(self) -> None:
        """The What-changed status-bar button (the reloads themselves: ``pack_loading``)."""
        from PySide6.QtWidgets import QToolButton

        self.what_changed_button = QToolButton(self)
        self.what_changed_button.setDefaultAction(self.what_changed_action)
        self.what_changed_button.setAccessibleName(self.tr("What changed in the last reload"))
        self.what_changed_button.setVisible(False)
        self.statusBar().addPermanentWidget(self.what_changed_button)

    def show_last_changes(self):
        """Open the What-changed view on the last reload (None before any reload)."""
        if self.last_reload_diff is None:
            return None
        return self.show_changes(self.last_reload_diff, self.tr("What changed in the last reload"),
                                 self.pack_loading.last_reload_location)

    def show_changes(self, diff, title: str, location: str):
        """A non-modal What-changed view; picking an event of the pack at ``location`` selects it."""
        from explorer.qt.views.pack_changes_view import PackChangesView

        view = PackChangesView(diff, self, title)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.sig_event_selection_requested.connect(
            lambda local_id: self._select_changed_event(location, local_id))
        view.show()
        return view

    def _select_changed_event(self, location: str, local_id: str) -> None:
        """Select an event known by its id in the pack from ``location`` (namespaced if not primary)."""
        from explorer.data.pack_union import namespaced_id, pack_components

        if self.session.pack is None:
            return
        for i, (key, meta) in enumerate(pack_components(self.session.pack)):
            if meta.location == location:
                self._select(local_id if i == 0 else namespaced_id(key, local_id), Origin.CHANGES)
                return

    def _on_q_what_changed_since_triggered(self) -> None:
        if not self.session.packs:
            self.statusBar().showMessage(self.tr("Open a pack first"), 6000)
            return
        path = self._ask_pack_path(self.tr("What changed since… (pick the earlier version)"))
        if path:
            self.compare_with_version(path)

    # -- requests ----------------------------------------------------------------------------------
    def _select(self, event_id: str | None, origin: Origin) -> None:
        if event_id is None or event_id in self.session.event_row:
            self.session.select_event(event_id, origin=origin)

    def _on_note_edit_requested(self, event_id: str, text: str) -> None:
        try:
            self.session.set_note(event_id, text, origin=Origin.DETAIL)
        except NotesError as e:
            self.detail.show_note_error(str(e))
            self.statusBar().showMessage(self.tr("Note not saved: {reason}").format(reason=e), 10000)
        except KeyError:
            pass  # the pack changed under the editor; the note belonged to another pack

    def _on_comparison_change_requested(self, changes: dict) -> None:
        try:
            self.session.set_comparison(origin=COMPARE_ORIGIN, **changes)
        except (KeyError, ValueError) as e:  # a stale request (pack changed meanwhile): say so
            self.statusBar().showMessage(
                self.tr("Comparison not changed: {reason}").format(reason=e), 8000)

    def _on_indicator_show_requested(self, indicator_id: str) -> None:
        try:
            self.session.set_comparison(origin=Origin.DETAIL, indicator_id=indicator_id)
        except KeyError:
            return
        self.compare_dock.show()
        self.compare_dock.raise_()

    # -- export and briefing (``window_exports``; these delegate to it) ------------------------
    def current_view(self, kind: str) -> ViewState | None:
        return self.window_exports.current_view(kind)

    def export_views(self) -> dict[str, tuple[str, ViewState | None]]:
        return self.window_exports.export_views()

    def make_export_dialog(self) -> ExportDialog:
        return self.window_exports.make_export_dialog()

    def copy_chart(self) -> bool:
        return self.window_exports.copy_chart()

    def print_kind(self) -> str:
        return self.window_exports.print_kind()

    def print_pages(self, kind: str | None = None):
        return self.window_exports.print_pages(kind)

    def _add_to_briefing(self, kind: str) -> None:
        self.window_exports._add_to_briefing(kind)

    def export_user_data_to(self, path: str) -> str:
        return self.window_exports.export_user_data_to(path)

    def import_user_data_from(self, path: str) -> str:
        return self.window_exports.import_user_data_from(path)

    # -- view options -----------------------------------------------------------------------------
    def _set_lane_mode(self, mode: str) -> None:
        self.timeline.set_lane_mode(mode)
        self.settings.set("timeline_lanes", mode)
        self.schedule_save()

    def _on_q_eras_toggled(self, checked: bool) -> None:
        self.timeline.set_eras_visible(checked)
        self.settings.set("timeline_eras", checked)
        self.schedule_save()

    def _on_q_full_screen_toggled(self, checked: bool) -> None:
        self.showFullScreen() if checked else self.showNormal()

    # -- help, preferences and About (``window_help``; these delegate to it) -------------------
    def show_context_help(self) -> QWidget | None:
        return self.window_help.show_context_help()

    def show_user_guide(self, section: str = "getting-started") -> QWidget | None:
        return self.window_help.show_user_guide(section)

    def all_actions(self) -> list[QAction]:
        return self.window_help.all_actions()

    def show_shortcuts(self) -> QWidget | None:
        return self.window_help.show_shortcuts()

    def make_preferences_dialog(self):
        return self.window_help.make_preferences_dialog()

    def show_preferences(self):
        return self.window_help.show_preferences()

    def apply_preferences(self, changed: dict) -> None:
        self.window_help.apply_preferences(changed)

    def help_section(self) -> str:
        return self.window_help.help_section()

    def about_html(self) -> str:
        return self.window_help.about_html()

    # -- session ----------------------------------------------------------------------------------
    def _on_session_changed(self, change: Change) -> None:
        self._settle_pending = True  # the next paint waits for the work this change deferred
        if not change.what <= _NO_NEW_WIDGETS:
            self._settled_views = None  # a pack, the labels, a comparison... may bring new views
        pack = self.session.pack
        if PACK in change.what and pack is not None:
            self.pack_loading.hide_loading()
            kept = self.pack_loading.take_range_before_load()
            if change.origin in (Origin.RELOAD, Origin.ALONGSIDE) and kept is not None:
                self.timeline.set_visible_range(*kept)  # the user keeps their zoom
            else:
                self._update_initial_range()
            self.close_pack_menu.menuAction().setEnabled(len(self.session.packs) > 1)
            self.pack_loading.watch_open_packs()
            total = len(pack.events)
            self.pack_label.fit(self.tr("{shown} of {total} events").format(shown=total, total=total))
        if change.what & {PACK, LABELS} and pack is not None:  # the pack's title in the label language
            self.setWindowTitle(f"{pack.meta.title_in(self.session.label_language)} — {APP_TITLE}")
        if change.what & {PACK, FILTER} and pack is not None:
            self.pack_label.setText(self.tr("{shown} of {total} events").format(
                shown=len(self.session.visible_events), total=len(pack.events)))
        if SELECTION in change.what:
            self._update_hidden_selection(change)
        if change.what & {FILTER, COMPARISON} and pack is not None:
            self.schedule_save()

    # -- a selection the filter hid -------------------------------------------------------------
    def _update_hidden_selection(self, change: Change) -> None:
        """A filter that hides the selected event clears the selection; never silently: the status
        bar says which event went and offers to show it again."""
        before, now = self._shown_selection, self.session.selected_event
        self._shown_selection = now
        hidden = (FILTER in change.what and PACK not in change.what and now is None
                  and before is not None and before in self.session.event_row)
        self._hidden_selection = before if hidden else None
        self.show_hidden_button.setVisible(hidden)
        pack = self.session.pack
        if hidden and pack is not None and before is not None:  # both are when hidden
            title = pack.events["title"].iat[self.session.event_row[before]]
            self.statusBar().showMessage(
                self.tr("“{title}” is hidden by the current filter, so nothing is selected now")
                .format(title=title), 30000)

    def show_hidden_selection(self) -> None:
        """Clear the filters and select again the event they hid."""
        event_id = self._hidden_selection
        self.session.clear_filter(origin=Origin.SHOW_HIDDEN)
        if event_id is not None and event_id in self.session.event_row:
            self.session.select_event(event_id, origin=Origin.SHOW_HIDDEN)
        self.show_hidden_button.setVisible(False)
        self.statusBar().clearMessage()

    def _update_initial_range(self) -> None:
        """Open on where the events are: the span a slide of them would show (a far outlier, the
        1902 alliance, is left off instead of squashing the years that matter; a founding 2019
        agreement is not). Home / Zoom to fit still shows everything."""
        import numpy as np

        from explorer.charts.timeline_span import slide_span

        rows = np.asarray(self.session.visible_events, dtype=np.int64)
        if len(rows) < 10:
            self.timeline.zoom_to_fit()
            return
        pack = self.session.pack
        assert pack is not None  # called when a pack opens
        ev = pack.events
        span = slide_span(ev["start_day"].to_numpy(), ev["end_day"].to_numpy(), rows)
        self.timeline.set_visible_range(span.day0, span.day1)

    # -- settings (``window_settings``; these delegate to it) ---------------------------------------
    def _on_terminate_signal(self, _signum=None, _frame=None) -> None:
        self.window_settings._on_terminate_signal(_signum, _frame)

    def quit_cleanly(self) -> None:
        self.window_settings.quit_cleanly()

    def save_settings(self) -> None:
        self.window_settings.save_settings()

    def fit_to_screen(self) -> None:
        self.window_settings.fit_to_screen()

    def _save_settings_quietly(self) -> None:
        self.window_settings._save_settings_quietly()

    # -- saved while running -------------------------------------------------------------------
    def schedule_save(self, *_args) -> None:
        """Write the settings once the burst of changes is over (``SAVE_DELAY_MS``)."""
        if not self._restoring and not self._closed:
            self.save_timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QDockWidget) \
                and self.isVisible():
            self.schedule_save()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self.schedule_save()

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        if self.isVisible():
            self.schedule_save()

    def closeEvent(self, event) -> None:
        if self._closed:  # closed before (a second close, e.g. a never-shown window): all let go
            super().closeEvent(event)
            return
        self.detail.flush_note()
        if self._briefing is not None:
            self._briefing.flush()
        self._save_settings_quietly()
        self._closed = True
        self.save_timer.stop()
        self.window_settings._restore_terminate_handler()
        self.pack_watcher.clear()  # no reload may start while closing
        # A load still running (a big or hostile pack takes seconds) is cancelled, not waited for:
        # the window goes at once and the process does not wait for it (``app.run_window``).
        self.loader.cancel()
        if self._exports is not None:  # a file being written is finished, not cut off
            self._exports.close(EXPORT_CLOSE_WAIT_MS)
        self.loader.wait(CLOSE_WAIT_MS)
        for panel in (self.filter_bar, self._table, self.detail, self._comparison):
            if panel is not None:  # never built (closed before its first paint)
                panel.detach()
        self.timeline.close()
        self._unsubscribe()
        release_heap()  # the packs and panels frozen at the last load can be collected again
        super().closeEvent(event)


def _on_screen(dock: QDockWidget) -> bool:
    """Whether ``dock`` shows on screen now: not closed, not a tab behind another panel (Qt keeps
    such a dock ``isVisible()``; its visible region is empty)."""
    return not dock.isHidden() and not dock.visibleRegion().isEmpty()


def _run_view_zero_timers(view, dispatcher, app) -> None:
    """Deliver now the zero-time timers Qt's own item-view code started on ``view`` (a column
    resized when the rows' scroll bar came or went, a dirty region, a delayed header resize): each
    is Qt's "next turn" step, and run after the paint it repaints the whole table a second time
    (measured: the events table painted twice per change whenever a filter showed or hid its
    scroll bar). Only Qt's own handlers: a view whose Python class handles timers itself keeps
    its timers for the event loop."""
    if _handles_own_timers(type(view)):
        return
    for timer in dispatcher.registeredTimers(view):
        if timer.interval == 0:
            app.sendEvent(view, QTimerEvent(timer.timerId))


_OWN_TIMERS: dict[type, bool] = {}  # per view class: does its Python code handle timers itself?


def _handles_own_timers(cls: type) -> bool:
    """Whether a Python class in ``cls``'s ancestry defines ``timerEvent`` (asked once per class:
    the walk through its bases ran for every visible view on each of the settle's passes)."""
    own = _OWN_TIMERS.get(cls)
    if own is None:
        own = _OWN_TIMERS[cls] = any(
            "timerEvent" in vars(base) for base in cls.__mro__
            if not base.__module__.startswith(("PySide6", "shiboken6", "Shiboken")))
    return own
