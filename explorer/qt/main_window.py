"""The main window: docks, menus, actions; wires panels' requests to Session intents.

Panels never call each other or mutate the session: they emit ``sig_*_requested`` and this window
decides. The window is shown before pandas or the pack load (on a worker, see ``workers``).
"""

from __future__ import annotations

import atexit
import sys
import tempfile
from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabBar,
    QToolBar,
    QWidget,
)

from explorer import __version__
from explorer.paths import default_pack_path
from explorer.qt.views import comparison_panel
from explorer.qt.views.comparison_panel import ComparisonPanel
from explorer.qt.views.briefing_panel import BriefingPanel
from explorer.qt.views.detail_panel import DetailPanel
from explorer.qt.views.export_dialog import ExportDialog
from explorer.qt.views.event_table import EventTable
from explorer.qt.views.filter_bar import FilterBar
from explorer.qt.views.timeline_view import TimelineView
from explorer.qt.pack_watcher import PackWatcher
from explorer.qt.workers import PackLoader
from explorer.export.view_state import TimelineState, ViewState
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from explorer.state.session import FILTER, PACK, Change, Session
from explorer.userdata.briefings import BriefingStore
from explorer.userdata.notes import NotesError
from explorer.userdata.settings import Settings

APP_TITLE = "Briefing Explorer"
RELOAD_REFUSED = "Reload refused — keeping the previous version"
_clipboard_release_registered = False


def _release_clipboard_before_exit() -> None:
    """Clipboard data we created is a Python object that Qt's own exit handlers would destroy after
    Python has finalized: a segfault at quit. Release it while Python is still alive."""
    global _clipboard_release_registered
    if _clipboard_release_registered:
        return
    _clipboard_release_registered = True

    def release() -> None:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            QApplication.clipboard().clear()

    atexit.register(release)


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.session = session
        self.settings = settings
        self.loader = PackLoader(self)
        self.loader.sig_pack_loaded.connect(self._on_pack_loaded)
        self.loader.sig_pack_refused.connect(self._on_pack_refused)
        self.loader.sig_load_failed.connect(self._on_load_failed)
        self._pending_filter: Filter | None = None
        self._pending_comparison: ComparisonSetup | None = None
        self._load_modes: dict[str, str] = {}  # path -> why it is loading: "open", "alongside", "reload"
        self._range_before_load: tuple[float, float] | None = None  # zoom kept on alongside/reload
        self._restore_alongside: list[str] = []  # opened alongside once the start-up pack loaded
        self._last_problem_box: QMessageBox | None = None
        self.setWindowTitle(APP_TITLE)
        self.resize(1280, 760)  # replaced by the screen's size or the saved geometry

        # Panels
        self.timeline = TimelineView(session, self)
        self.setCentralWidget(self.timeline)
        self.filter_bar = FilterBar(session, self)
        self.table = EventTable(session, self)
        self.detail = DetailPanel(session, self)
        self.comparison = ComparisonPanel(session, self)
        self.filter_dock = self._dock("Filters", "filters_dock", self.filter_bar,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.table_dock = self._dock("Events", "events_dock", self.table,
                                     Qt.DockWidgetArea.BottomDockWidgetArea)
        self.detail_dock = self._dock("Details", "details_dock", self.detail,
                                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.compare_dock = self._dock("Compare", "compare_dock", self.comparison,
                                       Qt.DockWidgetArea.BottomDockWidgetArea)
        self.briefing = BriefingPanel(BriefingStore(), self, settings=self.settings)
        self.briefing_dock = self._dock("Briefing", "briefing_dock", self.briefing,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.detail_dock, self.briefing_dock)
        self.detail_dock.raise_()
        self.briefing.sig_status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.tabifyDockWidget(self.table_dock, self.compare_dock)
        self.table_dock.raise_()
        self._name_dock_tab_bars()

        # Requests from panels -> session intents (the only place they meet)
        self.filter_bar.sig_filter_change_requested.connect(
            lambda changes: self.session.set_filter(origin="filter-bar", **changes))
        self.filter_bar.sig_filter_clear_requested.connect(
            lambda: self.session.clear_filter(origin="filter-clear"))
        self.table.sig_event_selection_requested.connect(
            lambda event_id: self._select(event_id, "table"))
        self.timeline.sig_event_selection_requested.connect(
            lambda event_id: self._select(event_id, "timeline"))
        self.timeline.sig_step_requested.connect(
            lambda step: self.session.step_selection(step, origin="timeline"))
        self.detail.sig_note_edit_requested.connect(self._on_note_edit_requested)
        self.detail.sig_indicator_show_requested.connect(self._on_indicator_show_requested)
        self.comparison.sig_comparison_change_requested.connect(self._on_comparison_change_requested)
        self.comparison.sig_event_selection_requested.connect(
            lambda event_id: self._select(event_id, comparison_panel.ORIGIN))
        self.comparison.sig_link_time_axes_toggled.connect(
            lambda on: self.settings.set("compare_link_time_axes", on))
        self.timeline.sig_visible_range_changed.connect(self.comparison.follow_time_range)

        self._build_live_reload()
        self._build_actions()
        self._build_status_bar()
        self._unsubscribe = session.subscribe(self._on_session_changed)
        self._first_run_state = self.saveState()  # View ▸ Reset layout goes back to it
        self._size_docks_on_show = False  # first run: share the height once the window has one
        self._restore_settings()

    # -- construction -------------------------------------------------------------------------
    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(f"{title} panel")
        self.addDockWidget(area, dock)
        return dock

    def _name_dock_tab_bars(self) -> None:
        """Qt creates the tab bars of tabbed docks itself, unnamed; screen readers need a name."""
        for bar in self.findChildren(QTabBar):
            if not bar.accessibleName():
                bar.setAccessibleName("Panel tabs")

    def childEvent(self, event) -> None:  # noqa: N802 (docks re-tabbed by the user get new bars)
        super().childEvent(event)
        if event.added() and isinstance(event.child(), QTabBar):
            event.child().setAccessibleName("Panel tabs")

    def _action(self, text: str, slot, shortcut=None, checkable: bool = False, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action("&Open pack…", self._on_q_open_triggered,
                                        QKeySequence.StandardKey.Open, tip="Open a pack folder or .zip")
        self.open_alongside_action = self._action(
            "Open &alongside…", self._on_q_open_alongside_triggered, "Ctrl+Shift+O",
            tip="Open another pack next to the open one: their events and figures show together")
        self.import_data_action = self._action(
            "Import &data…", self._on_q_import_data_triggered, "Ctrl+I",
            tip="Turn a CSV or Excel file into a new pack, opened alongside the current one")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.find_action = self._action("&Find…", self.filter_bar.focus_search, QKeySequence.StandardKey.Find,
                                        tip="Search titles, summaries, Japanese text and notes")
        self.clear_filters_action = self._action(
            "C&lear filters", lambda: self.session.clear_filter(origin="menu"), "Ctrl+Shift+L")
        self.fit_action = self._action("Zoom to &fit", self.timeline.zoom_to_fit, "Ctrl+0",
                                       tip="Show every visible event (Home on the timeline)")
        self.zoom_in_action = self._action("Zoom &in", lambda: self.timeline.zoom_by(2.0),
                                           QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action("Zoom &out", lambda: self.timeline.zoom_by(0.5),
                                            QKeySequence.StandardKey.ZoomOut)
        self.eras_action = self._action("Show &eras", self._on_q_eras_toggled, checkable=True,
                                        tip="Leaders' terms as background bands")
        self.eras_action.setChecked(True)
        self.full_screen_action = self._action("F&ull screen", self._on_q_full_screen_toggled,
                                               "F11", checkable=True)
        lanes = QActionGroup(self)
        self.lanes_partner_action = self._action(
            "Lanes by &partner", lambda: self._set_lane_mode("partner"), checkable=True)
        self.lanes_domain_action = self._action(
            "Lanes by &domain", lambda: self._set_lane_mode("domain"), checkable=True)
        for a in (self.lanes_partner_action, self.lanes_domain_action):
            lanes.addAction(a)
        self.lanes_partner_action.setChecked(True)
        self.about_action = self._action("&About Briefing Explorer", self._on_q_about_triggered)
        self.export_user_data_action = self._action(
            "Export my notes and &briefings…", self._on_q_export_user_data_triggered,
            tip="One file with your notes, saved views and briefings, to move to another laptop")
        self.import_user_data_action = self._action(
            "&Import notes and briefings…", self._on_q_import_user_data_triggered,
            tip="Merge a file exported on another laptop; nothing here is overwritten by older notes")
        self.export_action = self._action("&Export…", self._on_q_export_triggered, "Ctrl+E",
                                          tip="Chart, table, timeline or event as PNG, SVG, PDF, "
                                              "PowerPoint, CSV or Excel, with sources and marking")
        self.copy_chart_action = self._action("Copy c&hart (image and data)", self.copy_chart,
                                              "Ctrl+Shift+C",
                                              tip="The chart as a sourced slide picture, and its data")
        self.add_chart_action = self._action("Add &chart to briefing", lambda: self._add_to_briefing("chart"),
                                             "Ctrl+B")
        self.add_table_action = self._action("Add &table to briefing", lambda: self._add_to_briefing("table"))
        self.add_timeline_action = self._action("Add time&line view to briefing",
                                                lambda: self._add_to_briefing("timeline"))
        self.add_event_action = self._action("Add selected &event to briefing",
                                             lambda: self._add_to_briefing("event"))
        self.print_action = self._action("&Print…", self._on_q_print_triggered,
                                         QKeySequence.StandardKey.Print,
                                         tip="Print preview of the current view (the chart if the "
                                             "Compare panel has focus, else the timeline), marking "
                                             "on every page")
        self.note_action = self._action(
            "Export briefing &note…", self._on_q_export_note_triggered,
            tip="A one-page note (Word or PDF) from the current briefing, or from the current view "
                "when the briefing is empty")
        self.print_briefing_action = self._action(
            "&Print briefing…", lambda: self.briefing.open_print_preview(),
            tip="Every item of the current briefing, one slide per page")

        # Keyboard routes to every panel: a tabbed dock is brought to the front, then focused
        # (its visibility toggle alone would leave Compare behind Events).
        self.panel_actions = {
            name: self._action(text, lambda _=False, n=name: self.go_to_panel(n), shortcut)
            for name, text, shortcut in (
                ("timeline", "Go to &timeline", "Ctrl+1"),
                ("filters", "Go to filter&s", "Ctrl+2"),
                ("events", "Go to e&vents", "Ctrl+3"),
                ("compare", "Go to &compare", "Ctrl+4"),
                ("details", "Go to det&ails", "Ctrl+5"),
                ("briefing", "Go to &briefing", "Ctrl+6"))}
        self.next_panel_action = self._action("Ne&xt panel", lambda: self.cycle_panel(1), "F6")
        self.previous_panel_action = self._action("Previous pane&l", lambda: self.cycle_panel(-1),
                                                  "Shift+F6")
        self.reset_layout_action = self._action(
            "Reset la&yout", self.reset_layout,
            tip="Put every panel back where it was on first start, all of them shown")

        menu = self.menuBar().addMenu("&File")
        menu.addAction(self.open_action)
        self.recent_menu = menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._update_recent_menu)
        menu.addAction(self.open_alongside_action)
        menu.addAction(self.import_data_action)
        self.close_pack_menu = menu.addMenu("&Close pack")
        self.close_pack_menu.aboutToShow.connect(self._update_close_pack_menu)
        self.close_pack_menu.menuAction().setEnabled(False)  # only while several packs are open
        menu.addAction(self.what_changed_since_action)
        menu.addAction(self.what_changed_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.print_action)
        menu.addSeparator()
        menu.addAction(self.export_user_data_action)
        menu.addAction(self.import_user_data_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        menu = self.menuBar().addMenu("&Edit")
        menu.addAction(self.find_action)
        menu.addAction(self.clear_filters_action)
        menu.addSeparator()
        menu.addAction(self.copy_chart_action)
        menu = self.menuBar().addMenu("&Briefing")
        for a in (self.add_chart_action, self.add_table_action, self.add_timeline_action,
                  self.add_event_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.note_action)
        menu.addAction(self.print_briefing_action)
        menu.addSeparator()
        menu.addAction(self.briefing_dock.toggleViewAction())
        menu = self.menuBar().addMenu("&View")
        for dock in (self.filter_dock, self.table_dock, self.compare_dock, self.detail_dock,
                     self.briefing_dock):
            menu.addAction(dock.toggleViewAction())
        menu.addSeparator()
        menu.addAction(self.lanes_partner_action)
        menu.addAction(self.lanes_domain_action)
        menu.addAction(self.eras_action)
        menu.addSeparator()
        menu.addAction(self.fit_action)
        menu.addAction(self.zoom_in_action)
        menu.addAction(self.zoom_out_action)
        menu.addSeparator()
        menu.addAction(self.full_screen_action)
        menu.addSeparator()
        for action in self.panel_actions.values():
            menu.addAction(action)
        menu.addAction(self.next_panel_action)
        menu.addAction(self.previous_panel_action)
        menu.addSeparator()
        menu.addAction(self.reset_layout_action)
        menu = self.menuBar().addMenu("&Help")
        menu.addAction(self.about_action)

        toolbar = QToolBar("Main toolbar", self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.open_action, self.fit_action, self.zoom_in_action, self.zoom_out_action,
                  self.lanes_partner_action, self.lanes_domain_action, self.eras_action):
            toolbar.addAction(a)
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator: loading has no meaningful percentage
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName("Loading")
        self.progress.setVisible(False)
        self.pack_label = QLabel("", self)
        self.statusBar().addPermanentWidget(self.pack_label)
        self.statusBar().addPermanentWidget(self.progress)

    # -- panels and layout --------------------------------------------------------------------------
    def _panel_docks(self) -> dict[str, QDockWidget | None]:
        return {"timeline": None, "filters": self.filter_dock, "events": self.table_dock,
                "compare": self.compare_dock, "details": self.detail_dock,
                "briefing": self.briefing_dock}

    def _panel_focus_widget(self, name: str) -> QWidget:
        """The widget a panel's keyboard user starts in."""
        if name == "timeline":
            return self.timeline
        if name == "filters":
            return self.filter_bar.search
        if name == "events":
            return self.table.view
        if name == "details":
            return self.detail.focus_widget()
        if name == "briefing":
            return self.briefing.items
        return self.comparison.focus_widget()

    def go_to_panel(self, name: str) -> None:
        """Show ``name``'s dock (in front of the docks it is tabbed with) and put the focus in it."""
        dock = self._panel_docks()[name]
        if dock is not None:
            dock.show()
            dock.raise_()
        self._panel_focus_widget(name).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_panel(self) -> str | None:
        """The panel that holds the keyboard focus, if any."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for name, dock in self._panel_docks().items():
            widget = self.timeline if dock is None else dock
            if widget is focus or widget.isAncestorOf(focus):
                return name
        return None

    def visible_panels(self) -> list[str]:
        """Panels a user can see now (a dock behind another's tab is not among them)."""
        return [name for name, dock in self._panel_docks().items()
                if dock is None or (dock.isVisible() and dock.widget().isVisible()
                                    and not dock.visibleRegion().isEmpty())]

    def cycle_panel(self, step: int) -> None:
        """F6 / Shift+F6: focus the next / previous visible panel."""
        panels = self.visible_panels()
        current = self.current_panel()
        index = panels.index(current) + step if current in panels else (0 if step > 0 else -1)
        self.go_to_panel(panels[index % len(panels)])

    def reset_layout(self) -> None:
        """Every dock back where it was on first start, shown, with Events and Details in front."""
        self.restoreState(self._first_run_state)
        for dock in self._panel_docks().values():
            if dock is not None:
                dock.setFloating(False)
                dock.show()
        self.table_dock.raise_()
        self.detail_dock.raise_()
        self.share_space_with_timeline()

    def share_space_with_timeline(self) -> None:
        """The first-run split: left to itself Qt gives the events table most of a laptop's
        height and leaves the timeline, the reason to open the app, a strip."""
        width, height = self.width(), self.height()
        self.resizeDocks([self.table_dock, self.compare_dock], [int(height * 0.32)] * 2,
                         Qt.Orientation.Vertical)
        self.resizeDocks([self.filter_dock, self.detail_dock, self.briefing_dock],
                         [int(width * 0.2), int(width * 0.22), int(width * 0.22)],
                         Qt.Orientation.Horizontal)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._size_docks_on_show:
            self._size_docks_on_show = False
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.share_space_with_timeline)  # once maximised or placed

    # -- opening packs ------------------------------------------------------------------------------
    def open_pack(self, path: str | None = None, restore_filter: Filter | None = None,
                  restore_comparison: ComparisonSetup | None = None) -> None:
        """Start loading ``path`` (default pack if None) on a worker; the current pack stays meanwhile."""
        target = str(path or default_pack_path())
        self._pending_filter = restore_filter
        self._pending_comparison = restore_comparison
        self._start_loading(target, "open")

    def add_pack(self, path: str) -> None:
        """Start loading ``path`` on the worker to open it alongside the open pack(s)."""
        self._start_loading(str(path), "alongside")

    def _start_loading(self, target: str, mode: str, previous=None) -> None:
        """Load ``target`` on the worker; ``mode`` says what to do with it (``_route_loaded_pack``);
        ``previous``, the version open now, has the worker compute what changed as well."""
        self._load_modes[target] = mode
        self.progress.setVisible(True)
        self.statusBar().showMessage(f"Loading {target}…")
        self.loader.load(target, previous)

    def close_pack(self, location: str) -> None:
        """Close one of several open packs (the last one cannot be closed, only replaced)."""
        try:
            self.session.close_pack(location, origin="close-pack")
        except (KeyError, ValueError) as e:
            self.statusBar().showMessage(f"Not closed: {e}", 8000)
            return
        self._save_settings_quietly()

    def _loading_done(self) -> None:
        self.loader.busy -= 1
        self.progress.setVisible(self.loader.busy > 0)

    def _on_pack_loaded(self, pack, path: str) -> None:
        self._loading_done()
        self._route_loaded_pack(pack, path)

    def _route_loaded_pack(self, pack, path: str) -> None:
        """Hand a loaded pack to the session according to why it was loaded (``_load_modes``)."""
        mode = self._load_modes.pop(path, "open")
        self._range_before_load = self.timeline.visible_range() if self.session.pack is not None else None
        if mode == "reload":
            self._on_pack_reloaded(pack, path)
        elif mode == "since":
            self._on_version_loaded(pack)
        elif mode == "alongside":
            self.session.add_pack(pack, origin="alongside")
            self._save_settings_quietly()
            self.statusBar().showMessage(f"Opened {pack.meta.title} alongside", 5000)
        else:
            self._open_loaded_pack(pack, path)

    def _open_loaded_pack(self, pack, path: str) -> None:
        restore, comparison = self._pending_filter, self._pending_comparison
        self._pending_filter = self._pending_comparison = None
        self.session.open_pack(pack, origin="window", filter=restore or Filter(),
                               comparison=comparison or ComparisonSetup())
        restore_alongside, self._restore_alongside = self._restore_alongside, []
        for alongside in restore_alongside:
            self.add_pack(alongside)
        self.settings.set("last_pack", path)
        self.settings.add_recent_pack(path)
        self._save_settings_quietly()
        self.statusBar().showMessage(f"Opened {pack.meta.title}", 5000)

    def _on_pack_refused(self, error, path: str) -> None:
        self._loading_done()
        reload = self._load_modes.pop(path, None) == "reload"
        self.statusBar().showMessage(f"{path} was not {'reloaded' if reload else 'opened'}", 8000)
        kept = (f"\n\nStill open: {self.session.pack.meta.title}." if self.session.pack is not None
                else "")
        n = len(error.problems)
        if reload:
            self._reload_done(path)
            self._close_reload_refused_box()
        title = RELOAD_REFUSED if reload else "Pack refused"
        box = QMessageBox(QMessageBox.Icon.Warning, title,
                          f"{path} breaks the briefing-pack format ({n} problem{'s' * (n != 1)}); "
                          f"nothing from it was loaded.{kept}\n\nFirst problem:\n{error.problems[0]}",
                          QMessageBox.StandardButton.Close, self)
        box.setDetailedText(error.report())
        box.setObjectName("pack_refused_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._last_problem_box = box
        box.open()

    def _on_load_failed(self, message: str, path: str) -> None:
        self._loading_done()
        if self._load_modes.pop(path, None) == "reload":
            self._reload_done(path)
        box = QMessageBox(QMessageBox.Icon.Critical, "Could not open pack",
                          f"{path} could not be opened because of an internal error:\n{message}\n\n"
                          "The current pack stays open.", QMessageBox.StandardButton.Close, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _on_q_open_triggered(self) -> None:
        path = self._ask_pack_path("Open briefing pack")
        if path:
            self.open_pack(path)

    def _on_q_open_alongside_triggered(self) -> None:
        path = self._ask_pack_path("Open a pack alongside")
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
        start = str(Path(self.settings.get("last_pack", "", str) or default_pack_path()).parent)
        dialog = QFileDialog(self, title, start, "Briefing packs (datapackage.json *.zip);;All files (*)")
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
            action = self.recent_menu.addAction(f"&{i} {path}")
            action.triggered.connect(lambda _checked=False, p=path: self.open_pack(p))
        if not recent:
            self.recent_menu.addAction("(none)").setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("&Clear list", self._on_q_clear_recent_triggered)

    def _on_q_clear_recent_triggered(self) -> None:
        self.settings.set("recent_packs", [])
        self._save_settings_quietly()

    # -- live reload and what changed ----------------------------------------------------------------
    def _build_live_reload(self) -> None:
        """Open packs are watched on disk; a change reloads them (see ``pack_watcher``)."""
        from PySide6.QtWidgets import QToolButton

        self.pack_watcher = PackWatcher(self)
        self.pack_watcher.sig_pack_changed.connect(self._on_pack_files_changed)
        self._reloading: set[str] = set()  # locations being reloaded now
        self._reload_again: set[str] = set()  # ... that changed again meanwhile: one more reload
        self.last_reload_diff = None  # PackDiff of the last reload, for "What changed"
        self._last_reload_location = ""
        self.what_changed_since_action = self._action(
            "What changed &since…", self._on_q_what_changed_since_triggered,
            tip="Pick another version of the open pack and see what differs from it")
        self.what_changed_action = self._action(
            "What changed in the last re&load", self.show_last_changes,
            tip="The events and figures the last reload from disk added, removed or changed")
        self.what_changed_action.setEnabled(False)
        self.what_changed_action.setIconText("What changed")  # the status-bar button's text
        self.what_changed_button = QToolButton(self)
        self.what_changed_button.setDefaultAction(self.what_changed_action)
        self.what_changed_button.setVisible(False)
        self.statusBar().addPermanentWidget(self.what_changed_button)

    def _watch_open_packs(self) -> None:
        wanted = {p.meta.location for p in self.session.packs}
        for location in set(self.pack_watcher.watched()) - wanted:
            self.pack_watcher.unwatch(location)
        for location in sorted(wanted):
            self.pack_watcher.watch(location)

    def _on_pack_files_changed(self, location: str) -> None:
        if location in self._reloading:  # no reload storms: one more once this one is done
            self._reload_again.add(location)
            return
        self._reloading.add(location)
        previous = next((p for p in self.session.packs if p.meta.location == location), None)
        self._start_loading(location, "reload", previous)

    def _close_reload_refused_box(self) -> None:
        """One box for a pack saved broken again and again, not a stack of them."""
        box = self._last_problem_box
        try:
            if box is not None and box.isVisible() and box.windowTitle().startswith(RELOAD_REFUSED):
                box.close()
        except RuntimeError:  # closed by the user and deleted already
            pass

    def _reload_done(self, location: str) -> None:
        self._reloading.discard(location)
        if location in self._reload_again:
            self._reload_again.discard(location)
            self._on_pack_files_changed(location)

    def _on_pack_reloaded(self, pack, location: str) -> None:
        from explorer.data.pack_diff import diff_packs

        old = next((p for p in self.session.packs if p.meta.location == pack.meta.location), None)
        computed = self.loader.diffs.pop(location, None)
        if old is not None:  # else it was closed while reloading
            diff = computed if computed is not None else diff_packs(old, pack)
            self.session.replace_pack(pack, origin="reload")
            self.last_reload_diff, self._last_reload_location = diff, pack.meta.location
            self.what_changed_action.setEnabled(True)
            self.what_changed_button.setVisible(True)
            self.statusBar().showMessage(f"Reloaded {pack.meta.title}: {diff.summary()}", 15000)
        self._reload_done(location)

    def show_last_changes(self):
        """Open the What-changed view on the last reload (None before any reload)."""
        if self.last_reload_diff is None:
            return None
        return self.show_changes(self.last_reload_diff, "What changed in the last reload",
                                 self._last_reload_location)

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
                self._select(local_id if i == 0 else namespaced_id(key, local_id), "changes")
                return

    def compare_with_version(self, path: str) -> None:
        """Load another version of the open (primary) pack on the worker, then show what changed."""
        self._start_loading(str(path), "since")

    def _on_version_loaded(self, pack) -> None:
        from explorer.data.pack_diff import diff_packs

        if not self.session.packs:
            return
        primary = self.session.packs[0]
        self.show_changes(diff_packs(pack, primary), f"What changed since {pack.meta.title} "
                          f"{pack.meta.version}".strip(), primary.meta.location)

    def _on_q_what_changed_since_triggered(self) -> None:
        if not self.session.packs:
            self.statusBar().showMessage("Open a pack first", 6000)
            return
        path = self._ask_pack_path("What changed since… (pick the earlier version)")
        if path:
            self.compare_with_version(path)

    # -- requests ----------------------------------------------------------------------------------
    def _select(self, event_id: str | None, origin: str) -> None:
        if event_id is None or event_id in self.session.event_row:
            self.session.select_event(event_id, origin=origin)

    def _on_note_edit_requested(self, event_id: str, text: str) -> None:
        try:
            self.session.set_note(event_id, text, origin="detail")
        except NotesError as e:
            self.detail.show_note_error(str(e))
            self.statusBar().showMessage(f"Note not saved: {e}", 10000)
        except KeyError:
            pass  # the pack changed under the editor; the note belonged to another pack

    def _on_comparison_change_requested(self, changes: dict) -> None:
        try:
            self.session.set_comparison(origin=comparison_panel.ORIGIN, **changes)
        except (KeyError, ValueError) as e:  # a stale request (pack changed meanwhile): say so
            self.statusBar().showMessage(f"Comparison not changed: {e}", 8000)

    def _on_indicator_show_requested(self, indicator_id: str) -> None:
        try:
            self.session.set_comparison(origin="detail", indicator_id=indicator_id)
        except KeyError:
            return
        self.compare_dock.show()
        self.compare_dock.raise_()

    # -- export and briefing ---------------------------------------------------------------------
    def current_view(self, kind: str) -> ViewState | None:
        """The view the user sees, as data (None when that kind has nothing to show)."""
        pack = self.session.pack
        if pack is None:
            return None
        timeline = TimelineState(self.timeline.lane_mode(), self.timeline.eras_visible())
        base = ViewState(view="chart", pack=pack.meta.location, filter=self.session.filter,
                         comparison=self.session.comparison, timeline=timeline)
        if kind in ("chart", "table"):
            if not self.session.comparison.indicator_id:
                return None
            return replace(base, view=kind)
        # A timeline carries the selected event: a slide labels it right after the agreements.
        selected = self.session.selected_event or ""
        if kind == "timeline":
            day0, day1 = self.timeline.visible_range()
            return replace(base, view="timeline", event_id=selected,
                           timeline=replace(timeline, day_from=day0, day_to=day1))
        if kind == "timeline_all":
            return replace(base, view="timeline", event_id=selected)
        if kind == "event":
            event_id = self.session.selected_event
            return replace(base, view="event", event_id=event_id) if event_id else None
        raise ValueError(kind)

    def export_views(self) -> dict[str, tuple[str, ViewState | None]]:
        pack = self.session.pack
        spec = self.comparison.current_spec
        chart_name = spec.title if spec is not None and not spec.is_empty else "no indicator chosen"
        event = self.session.selected_event
        event_title = (pack.events["title"].iat[self.session.event_row[event]]
                       if pack is not None and event else "none selected")
        return {
            "chart": (f"Chart: {chart_name}", self.current_view("chart")),
            "table": ("Table of that chart", self.current_view("table")),
            "timeline": ("Timeline, as shown now", self.current_view("timeline")),
            "timeline_all": ("Timeline, the whole filtered span", self.current_view("timeline_all")),
            "event": (f"Selected event: {event_title}", self.current_view("event")),
        }

    def make_export_dialog(self) -> ExportDialog:
        from explorer.qt import exporting

        def run(view: ViewState, options, out: Path) -> Path:
            return exporting.export_view(view, options, out, pack=self.session.pack)

        initial = "chart" if self.session.comparison.indicator_id else "timeline"
        def preview(view: ViewState, options):
            return exporting.preview_image(view, options, pack=self.session.pack)

        dialog = ExportDialog(self.export_views(), self.settings, run, self, initial=initial,
                              preview=preview)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            f"Exported {dialog.written}", 10000))
        return dialog

    def _on_q_export_triggered(self) -> None:
        dialog = self.make_export_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def copy_chart(self) -> bool:
        """Put the chart on the clipboard: a slide picture with marking and sources, and its data
        (tab-separated, with sources) as text, so a paste into a slide or a mail keeps both."""
        view = self.current_view("chart")
        if view is None:
            self.statusBar().showMessage("Choose an indicator in Compare before copying a chart", 6000)
            return False
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QApplication

        from explorer.export.view_state import ExportOptions
        from explorer.qt import exporting

        options = ExportOptions.make("png", "1600x900", 1, self.settings.get("export_marking", "", str))
        with tempfile.TemporaryDirectory() as tmp:
            out = exporting.export_view(view, options, Path(tmp) / "chart.png", pack=self.session.pack)
            image = QImage(str(out))
        spec = self.comparison.current_spec
        header, rows = spec.table()
        lines = ["\t".join(header), *("\t".join(r) for r in rows), "",
                 *(f"{m} {t}" for m, t in spec.sources)]
        mime = QMimeData()
        mime.setImageData(image)
        mime.setText("\n".join(lines))
        QApplication.clipboard().setMimeData(mime)
        _release_clipboard_before_exit()
        self.statusBar().showMessage("Chart copied (picture and data)", 5000)
        return True

    def print_kind(self) -> str:
        """Which view File ▸ Print prints: the panel with focus decides (chart, event), else the
        timeline as shown."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()

        def inside(dock) -> bool:
            return focus is not None and dock.isAncestorOf(focus)

        if inside(self.compare_dock) and self.current_view("chart") is not None:
            return "chart"
        if (inside(self.detail_dock) or inside(self.table_dock)) and self.current_view("event"):
            return "event"
        return "timeline"

    def print_pages(self, kind: str | None = None):
        """The current view laid out for printing (None with a status message if there is none)."""
        kind = kind or self.print_kind()
        view = self.current_view(kind)
        if view is None:
            self.statusBar().showMessage(f"Nothing to print: no {kind} to show yet", 6000)
            return None
        from explorer.export.view_state import ViewError
        from explorer.qt.printing import view_pages

        title = self.export_views()[kind][0]
        try:
            return view_pages(replace(view, title=view.title or title.split(": ", 1)[-1]),
                              self.session.pack,
                              marking=self.settings.get("export_marking", "", str))
        except ViewError as e:
            self.statusBar().showMessage(f"Not printed: {e}", 10000)
            return None

    def _on_q_print_triggered(self) -> None:
        pages = self.print_pages()
        if pages is not None:
            from explorer.qt.printing import open_preview

            open_preview(self, pages)

    def _on_q_export_note_triggered(self) -> None:
        b = self.briefing.current_briefing
        if b is not None and b.items:
            self.briefing.ask_note_export()
            return
        for kind in ("chart", "event", "timeline"):
            view = self.current_view(kind)
            if view is not None:
                title = self.export_views()[kind][0].split(": ", 1)[-1]
                packs = {view.pack: self.session.pack} if view.pack else None
                self.briefing.ask_note_export(items=[(view, title, "")], title=title, packs=packs,
                                              marking=self.settings.get("export_marking", "", str))
                return
        self.statusBar().showMessage("Nothing to write a note from: open a pack first", 6000)

    def _add_to_briefing(self, kind: str) -> None:
        view = self.current_view(kind)
        if view is None:
            self.statusBar().showMessage(f"Nothing to add: no {kind} to show yet", 6000)
            return
        titles = self.export_views()
        title = titles[kind][0].split(": ", 1)[-1] if kind in ("chart", "event") else titles[kind][0]
        self.briefing.add_item(view, title)
        self.briefing_dock.show()
        self.briefing_dock.raise_()

    def export_user_data_to(self, path: str) -> str:
        from explorer.userdata.transfer import export_user_data

        self.detail.flush_note()
        self.briefing.flush()
        summary = export_user_data(path)
        message = f"Saved {summary} to {path}"
        self.statusBar().showMessage(message, 10000)
        return message

    def import_user_data_from(self, path: str) -> str:
        """Merge another laptop's notes, views and briefings; problems are shown, never raised."""
        from explorer.userdata.transfer import UserDataError, import_user_data

        try:
            summary = import_user_data(path)
        except (UserDataError, OSError) as e:
            box = QMessageBox(QMessageBox.Icon.Warning, "Nothing imported", str(e),
                              QMessageBox.StandardButton.Close, self)
            box.setObjectName("import_failed_box")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return ""
        if self.session.pack is not None:  # show imported notes on the open pack at once
            self.session.reload_notes(origin="import")
        self.briefing.reload()
        message = f"Imported {summary}"
        self.statusBar().showMessage(message, 10000)
        return message

    def _on_q_export_user_data_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export my notes and briefings",
                                              str(Path.home() / "briefing-explorer-my-data.json"),
                                              "Briefing Explorer data (*.json)")
        if path:
            try:
                self.export_user_data_to(path)
            except OSError as e:
                QMessageBox.warning(self, "Not exported", f"{path} was not written: {e}")

    def _on_q_import_user_data_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import notes and briefings", str(Path.home()),
                                              "Briefing Explorer data (*.json)")
        if path:
            self.import_user_data_from(path)

    def _set_lane_mode(self, mode: str) -> None:
        self.timeline.set_lane_mode(mode)
        self.settings.set("timeline_lanes", mode)

    def _on_q_eras_toggled(self, checked: bool) -> None:
        self.timeline.set_eras_visible(checked)
        self.settings.set("timeline_eras", checked)

    def _on_q_full_screen_toggled(self, checked: bool) -> None:
        self.showFullScreen() if checked else self.showNormal()

    def _on_q_about_triggered(self) -> None:
        QMessageBox.about(self, f"About {APP_TITLE}", self.about_html())

    def about_html(self) -> str:
        import numpy
        import PySide6
        import pyqtgraph
        from PySide6.QtCore import qVersion

        versions = (f"{APP_TITLE} {__version__}<br>Python {sys.version.split()[0]}, Qt {qVersion()}, "
                    f"PySide6 {PySide6.__version__}, pyqtgraph {pyqtgraph.__version__}, "
                    f"numpy {numpy.__version__}")
        if "pandas" in sys.modules:
            versions += f", pandas {sys.modules['pandas'].__version__}"
        parts = [f"<p><b>{APP_TITLE}</b>: explore sourced briefing packs offline.</p><p>{versions}</p>"]
        pack = self.session.pack
        if pack is not None:
            meta = pack.meta
            licences = ", ".join(escape(lic.get("title") or lic.get("name", "")) for lic in meta.licenses)
            sources = "".join(f"<li>{escape(s.get('title', ''))}</li>" for s in meta.sources)
            parts.append(f"<p><b>Open pack:</b> {escape(meta.title)} (version {escape(meta.version)})"
                         f"<br>Licence: {licences or 'not stated'}</p>")
            if sources:
                parts.append(f"<p>Sources:</p><ul>{sources}</ul>")
            parts.append(f"<p>{len(pack.sources)} documents are cited row by row; see each event's "
                         "details.</p>")
        return "".join(parts)

    # -- session ----------------------------------------------------------------------------------
    def _on_session_changed(self, change: Change) -> None:
        pack = self.session.pack
        if PACK in change.what and pack is not None:
            self.setWindowTitle(f"{pack.meta.title} — {APP_TITLE}")
            kept = self._range_before_load
            self._range_before_load = None
            if change.origin in ("reload", "alongside") and kept is not None:
                self.timeline.set_visible_range(*kept)  # the user keeps their zoom
            else:
                self._update_initial_range()
            self.close_pack_menu.menuAction().setEnabled(len(self.session.packs) > 1)
            self._watch_open_packs()
        if change.what & {PACK, FILTER} and pack is not None:
            self.pack_label.setText(f"{len(self.session.visible_events)} of {len(pack.events)} events")

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
        ev = self.session.pack.events
        span = slide_span(ev["start_day"].to_numpy(), ev["end_day"].to_numpy(), rows)
        self.timeline.set_visible_range(span.day0, span.day1)

    # -- settings -----------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.get("window_geometry", "", str)
        state = s.get("window_state", "", str)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
            self.fit_to_screen()  # saved on a bigger monitor, now on the laptop's own screen
        elif self.screen() is not None:  # first run: most of the screen, centred
            area = self.screen().availableGeometry()
            self.resize(int(area.width() * 0.9), int(area.height() * 0.9))
            self.move(area.center() - self.rect().center())
            self._size_docks_on_show = True
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        mode = s.get("timeline_lanes", "partner", str)
        if mode in ("partner", "domain"):
            (self.lanes_domain_action if mode == "domain" else self.lanes_partner_action).setChecked(True)
            self.timeline.set_lane_mode(mode)
        eras = s.get("timeline_eras", True, bool)
        self.eras_action.setChecked(eras)
        self.timeline.set_eras_visible(eras)
        self.comparison.set_link_time_axes(s.get("compare_link_time_axes", False, bool))
        if s.problem:
            self.statusBar().showMessage(s.problem, 15000)

    def fit_to_screen(self) -> None:
        """Keep the whole window, title bar and status bar included, on the screen's available area
        (minus panels and taskbar): never larger than it, never partly off it."""
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = max(min(self.width(), area.width() - extra_w), self.minimumSizeHint().width())
        height = max(min(self.height(), area.height() - extra_h), self.minimumSizeHint().height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
        y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.move(max(x, area.left()), max(y, area.top()))

    def start(self, path: str | None) -> None:
        """Open the pack asked for on the command line, else the last one (with its filters)."""
        last = self.settings.get("last_pack", None, str)
        target = path or last or str(default_pack_path())
        restore = comparison = None
        if target == last:
            saved = self.settings.get("last_filter", None, dict)
            restore = Filter.from_dict(saved) if saved else None
            saved = self.settings.get("last_comparison", None, dict)
            comparison = ComparisonSetup.from_dict(saved) if saved else None
            alongside = self.settings.get("open_alongside", [], list)
            self._restore_alongside = [p for p in alongside if isinstance(p, str) and p != target]
        self.open_pack(target, restore_filter=restore, restore_comparison=comparison)

    def save_settings(self) -> None:
        s = self.settings
        s.set("window_geometry", bytes(self.saveGeometry().toBase64()).decode("ascii"))
        s.set("window_state", bytes(self.saveState().toBase64()).decode("ascii"))
        s.set("last_filter", self.session.filter.to_dict())
        s.set("last_comparison", self.session.comparison.to_dict())
        if self.session.packs:  # the primary, and those open (or still loading) alongside
            loading = [p for p, mode in self._load_modes.items() if mode == "alongside"]
            s.set("last_pack", self.session.packs[0].meta.location)
            s.set("open_alongside", [p.meta.location for p in self.session.packs[1:]] + loading)
        s.save()

    def _save_settings_quietly(self) -> None:
        try:
            self.save_settings()
        except OSError as e:
            self.statusBar().showMessage(f"Settings not saved: {e}", 10000)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.detail.flush_note()
        self.briefing.flush()
        self._save_settings_quietly()
        self.pack_watcher.clear()  # no reload may start while closing
        self.loader.wait(10000)
        for panel in (self.filter_bar, self.table, self.detail, self.comparison):
            panel.detach()
        self.timeline.close()
        self._unsubscribe()
        super().closeEvent(event)
