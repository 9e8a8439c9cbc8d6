"""The main window's settings: restored at start (geometry kept on the screen, the dock layout, the
timeline's lanes and eras), written about a second after each change while the app runs (so a crash
or a logout loses nothing), and a clean quit on SIGTERM / SIGHUP.

The window owns one ``WindowSettings`` and keeps the names other code and tests call
(``save_settings``, ``_save_settings_quietly``, ``quit_cleanly``, ``_on_terminate_signal``) as
delegates; ``schedule_save`` and the Qt event handlers that call it stay on the window. The state
(``save_timer``, ``_restoring``, ``_closed``, the previous signal handlers) stays on the window.
Messages keep the translation context "MainWindow": the catalogue did not change when they moved.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer

if TYPE_CHECKING:
    from explorer.qt.main_window import MainWindow

SAVE_DELAY_MS = 1000  # layout, filters and views are written this long after the last change


class WindowSettings:
    """What the window restores, saves while running, and does on a terminate signal (see the module)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _restore_settings(self) -> None:
        s = self.window.settings
        geometry = s.get("window_geometry", "", str)
        state = s.get("window_state", "", str)
        if geometry:
            self.window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
            self.fit_to_screen()  # saved on a bigger monitor, now on the laptop's own screen
        elif self.window.screen() is not None:  # first run: most of the screen, centred
            area = self.window.screen().availableGeometry()
            self.window.resize(int(area.width() * 0.9), int(area.height() * 0.9))
            self.window.move(area.center() - self.window.rect().center())
            self.window._size_docks_on_show = True
        if not state or not self.window.restoreState(QByteArray.fromBase64(state.encode("ascii"))):
            self.window.window_layout.apply_first_run_layout()
        mode = s.get("timeline_lanes", "partner", str)
        if mode in ("partner", "domain"):
            (self.window.lanes_domain_action if mode == "domain" else self.window.lanes_partner_action).setChecked(True)
            self.window.timeline.set_lane_mode(mode)
        eras = s.get("timeline_eras", True, bool)
        self.window.eras_action.setChecked(eras)
        self.window.timeline.set_eras_visible(eras)
        if self.window._comparison is not None:
            self.window._comparison.set_link_time_axes(s.get("compare_link_time_axes", False, bool))
        if s.problem:
            self.window.statusBar().showMessage(s.problem, 15000)
        self.window._restoring = False  # from now on, layout changes are the user's: saved

    def fit_to_screen(self) -> None:
        """Keep the whole window, title bar and status bar included, on the screen's available area
        (minus panels and taskbar): never larger than it, never partly off it."""
        screen = self.window.screen()
        if screen is None or self.window.isMaximized() or self.window.isFullScreen():
            return
        area = screen.availableGeometry()
        frame = self.window.frameGeometry()
        extra_w, extra_h = frame.width() - self.window.width(), frame.height() - self.window.height()
        width = max(min(self.window.width(), area.width() - extra_w), self.window.minimumSizeHint().width())
        height = max(min(self.window.height(), area.height() - extra_h), self.window.minimumSizeHint().height())
        if (width, height) != (self.window.width(), self.window.height()):
            self.window.resize(width, height)
        frame = self.window.frameGeometry()
        x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
        y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.window.move(max(x, area.left()), max(y, area.top()))

    def _timeline_span_setting(self) -> dict | None:
        """The timeline's visible span, whole days, tagged with the primary pack."""
        if self.window.session.pack is None:
            return None
        day0, day1 = self.window.timeline.visible_range()
        return {"pack": self.window.session.packs[0].meta.location, "day_from": math.floor(day0),
                "day_to": math.ceil(day1)}

    def _build_saving(self) -> None:
        """Layout, filters, comparison and view state are written about a second after they change
        (one write per burst), so a crash or a logout loses nothing; not only on a clean Quit."""
        self.window._restoring = True  # restoring the saved layout is no change of the user's
        self.window._closed = False
        self.window.save_timer = QTimer(self.window)
        self.window.save_timer.setSingleShot(True)
        self.window.save_timer.setInterval(SAVE_DELAY_MS)
        self.window.save_timer.timeout.connect(self.window._save_settings_quietly)
        for dock in self.window._panel_docks().values():
            if dock is not None:
                dock.dockLocationChanged.connect(self.window.schedule_save)
                dock.topLevelChanged.connect(self.window.schedule_save)
                dock.visibilityChanged.connect(self.window.schedule_save)
                dock.installEventFilter(self.window)  # a dragged separator resizes docks: no signal for it
        self.window.timeline.sig_visible_range_changed.connect(self.window.schedule_save)

    def _install_terminate_handler(self) -> None:
        """SIGTERM (a logout, a shutdown) and SIGHUP (its terminal closed) quit as File ▸ Quit
        does: notes flushed, settings saved.

        Python runs a signal handler only between bytecodes; while Qt's loop waits nothing runs,
        so a timer wakes the interpreter twice a second."""
        import signal
        import threading

        self.window._previous_sigterm = None
        self.window._previous_sighup = None
        if threading.current_thread() is not threading.main_thread():
            return
        try:
            self.window._previous_sigterm = signal.signal(signal.SIGTERM, self.window._on_terminate_signal)
        except (ValueError, OSError):  # not allowed here (an embedding host): Quit still saves
            return
        if hasattr(signal, "SIGHUP"):  # the terminal it was started from closed, or the session ended
            try:
                self.window._previous_sighup = signal.signal(signal.SIGHUP, self.window._on_terminate_signal)
            except (ValueError, OSError):
                pass
        self.window._wake_timer = QTimer(self.window)
        self.window._wake_timer.setInterval(500)
        self.window._wake_timer.timeout.connect(lambda: None)
        self.window._wake_timer.start()

    def _restore_terminate_handler(self) -> None:
        import signal

        previous, self.window._previous_sigterm = self.window._previous_sigterm, None
        hup, self.window._previous_sighup = getattr(self.window, "_previous_sighup", None), None
        for signum, handler in ((signal.SIGTERM, previous),
                                (getattr(signal, "SIGHUP", None), hup)):
            if signum is None or handler is None:
                continue
            try:
                if signal.getsignal(signum) == self.window._on_terminate_signal:
                    signal.signal(signum, handler)
            except (ValueError, OSError):
                pass

    def _on_terminate_signal(self, _signum=None, _frame=None) -> None:
        """Ask for a clean quit from the event loop (never close widgets inside the handler)."""
        QTimer.singleShot(0, self.window.quit_cleanly)

    def quit_cleanly(self) -> None:
        """Close the window (which flushes and saves) and leave the event loop."""
        from PySide6.QtWidgets import QApplication

        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def save_settings(self) -> None:
        self.window.save_timer.stop()
        s = self.window.settings
        s.set("window_geometry", bytes(self.window.saveGeometry().toBase64().data()).decode("ascii"))
        s.set("window_state", bytes(self.window.saveState().toBase64().data()).decode("ascii"))
        # While the first pack loads the session is empty: keep the filter and comparison that will
        # be restored (a crash then must not forget them).
        if self.window.session.pack is not None and "open" not in self.window._load_modes.values():
            s.set("last_filter", self.window.session.filter.to_dict())
            s.set("last_comparison", self.window.session.comparison.to_dict())
            s.set("timeline_span", self._timeline_span_setting())
        if self.window.session.packs:  # the primary, and those open (or still loading) alongside
            loading = [p for p, mode in self.window._load_modes.items() if mode == "alongside"]
            s.set("last_pack", self.window.session.packs[0].meta.location)
            s.set("open_alongside", [p.meta.location for p in self.window.session.packs[1:]] + loading)
        s.save()

    def _save_settings_quietly(self) -> None:
        try:
            self.window.save_settings()
        except OSError as e:
            self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Settings not saved: {reason}").format(reason=e), 10000)
