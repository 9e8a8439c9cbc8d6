"""Composition root: builds the QApplication, Session and main window. Nothing else wires things.

Imported only when a window is wanted (``explorer.__main__``); headless commands never load Qt.

Order matters for start-up: the window is shown and painted first; pandas and the pack are loaded
afterwards on a worker (``MainWindow.start``).
"""

from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from explorer import c_allocator
from explorer.qt import collector


def _display_problem() -> str | None:
    """Why no window can be shown, before Qt aborts the process trying."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return ("no display available (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it on a "
                    "desktop, or use the headless commands: briefing-explorer --help")
    return None


_START_FALLBACK_MS = 1000
# What the first frame does not need and would wait for (about 0.3 s for pandas, 0.15 s for
# pyqtgraph on a 2-core laptop): loaded after it, by the panels built then and the pack loader.
HEAVY_MODULES = ("pandas", "pyqtgraph", "superqt", "matplotlib", "docx", "pptx", "openpyxl",
                 "explorer.charts.comparison", "explorer.qt.exporting")


class _StartAfterFirstPaint(QObject):
    """Runs ``start`` once, right after the first paint of the watched widget.

    Loading (pandas, the pack) begins only once the user sees a window, never before.
    """

    def __init__(self, parent: QObject, start) -> None:
        super().__init__(parent)
        self._start = start
        self.fired = False
        self.pandas_at_first_paint: bool | None = None
        self.heavy_at_first_paint: frozenset[str] | None = None  # of HEAVY_MODULES, those loaded

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.pandas_at_first_paint = "pandas" in sys.modules
            if self.heavy_at_first_paint is None:
                self.heavy_at_first_paint = frozenset(m for m in HEAVY_MODULES if m in sys.modules)
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        if not self.fired:
            self.fired = True
            collect_after_start_up()
            self._start()


def build_window(path: str | None = None):
    """Create the application objects and show the window; the pack starts loading right after."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from explorer import __version__
    from explorer.paths import resources_path
    from explorer.qt.fonts import register_fonts
    from explorer.qt.i18n import effective_label_language, install_translators, interface_language
    from explorer.qt.main_window import MainWindow
    from explorer.qt.theme_apply import apply_look
    from explorer.state.origins import Origin
    from explorer.state.session import Session
    from explorer.userdata.notes import NotesError, NotesStore
    from explorer.userdata.settings import Settings

    running = QApplication.instance()  # a test's, or none yet
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    from explorer.qt.qt_messages import drop_offscreen_noise

    drop_offscreen_noise(app_was_ours=running is None)  # the smoke test's offscreen window
    collector.start(app)  # cyclic garbage collected on this thread between events, never inside Qt
    app.setApplicationName("Briefing Explorer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("briefing-explorer")
    app.setWindowIcon(QIcon(str(resources_path() / "icons" / "briefing-explorer.svg")))
    register_fonts()  # Japanese renders even where the laptop has no CJK font
    from explorer import app_log
    from explorer.qt import error_dialog

    app_log.configure_logging(defer=True)  # the file is opened after the first frame (below)

    # Every uncaught exception (a slot, a worker) is logged on this machine and shown, not lost.
    # kept on the application for its lifetime (QApplication declares no such attribute)
    app.error_reporter = error_dialog.install(app)  # type: ignore[attr-defined]

    settings = Settings()
    # The interface language is chosen before any widget exists: every tr() then finds its text.
    ui_lang = interface_language(settings)
    translators = install_translators(app, ui_lang)
    apply_look(app, settings)  # theme and text size before the first widget, so nothing flashes light
    notes_problem = None
    try:
        notes = NotesStore()
    except NotesError as e:  # the app still works; notes are off and the user is told why
        notes, notes_problem = None, str(e)
    session = Session(notes=notes)
    if hasattr(session, "set_label_language"):
        session.set_label_language(effective_label_language(settings, ui_lang), Origin.START)
    window = MainWindow(session, settings)
    # read by the smoke test and tests; MainWindow (not this module) does not declare it yet
    window.interface_language = ui_lang  # type: ignore[attr-defined]
    problems = list(translators.problems)
    if notes_problem:
        problems.append(QCoreApplication.translate("app", "Notes are off: {why}").format(
            why=notes_problem))
    elif notes is not None and notes.problems:  # e.g. a damaged store was set aside
        problems += notes.problems
    if problems:
        window.statusBar().showMessage(" ".join(problems), 20000)

    def start() -> None:
        c_allocator.keep_large_blocks_mapped()  # before the pack's first large block (ctypes: ~2.5 ms)
        # numpy and the timeline's painter, put off by the first frame, load before the pack's
        # worker starts and are frozen with the start-up's objects: loaded beside the pack, the
        # collector's passes went over them (+35 ms of CPU by the pack's first paint, measured).
        import explorer.qt.render.timeline_painter  # noqa: F401

        gc.freeze()
        window.start(path)
        app_log.open_deferred_log()  # with what was logged before, in order

    starter = _StartAfterFirstPaint(window, start)
    window.timeline.installEventFilter(starter)
    # kept with the window and fired by tests; MainWindow does not declare it yet
    window.start_after_first_paint = starter  # type: ignore[attr-defined]
    window.show()
    QTimer.singleShot(_START_FALLBACK_MS, starter.fire)  # a window never exposed still loads
    return app, window


def _hand_off_or_guard(path: str | None):
    """The first window of this user gets the lock (returned, to hold while it runs); any other
    launch hands ``path`` to it and gets None (see ``single_instance``)."""
    from explorer.qt.single_instance import InstanceGuard

    guard = InstanceGuard()
    if guard.try_become_primary():
        if guard.problem:  # a read-only config folder: run without the guard rather than not at all
            print(f"briefing-explorer: running without the one-window guard: {guard.problem}",
                  file=sys.stderr)
        return guard
    target = os.path.abspath(path) if path else None
    try:
        outcome = guard.hand_off(target)
    except OSError as e:
        print(f"briefing-explorer: could not reach the running window ({e}); opening another one",
              file=sys.stderr)
        return guard
    if outcome == "primary":  # the running window quit meanwhile: this launch is the window now
        return guard
    if outcome == "pending":
        pid = guard.holder_pid()
        print("briefing-explorer: Briefing Explorer is already running"
              + (f" (process {pid})" if pid else "")
              + " but has not answered yet; it will open the request when it does. "
              "To open a separate window anyway: briefing-explorer --new-instance [PATH]",
              file=sys.stderr)
    return None


def _on_session_end(window) -> None:
    """The desktop session is ending (logout, shutdown): do what Quit does, now, while the session
    manager waits: notes and talking points flushed, layout and filters saved, then leave."""
    if getattr(window, "_closed", True):
        return
    window.quit_cleanly()


def _leave_now(code: int, guard) -> None:
    """Exit without waiting for workers still inside a stage that cannot be interrupted (a hostile
    pack being read): Qt would join them when the application object goes, leaving a windowless
    process running for as long as the load takes. Everything of the user's was saved when the
    window closed. Exit handlers are not run: PySide's own deletes the application object, which
    is the very join that would hang."""
    if guard is not None:
        guard.release()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(code)


def pause_collector_for_start_up() -> None:
    """Automatic collection off for good (``collector``: a pass inside some Qt calls deadlocks),
    and no pass at all over the objects the start-up makes (modules, classes, Qt's enums, widgets:
    ~100 passes took ~19 ms of the way to the first frame) until that frame is on screen
    (``collect_after_start_up``)."""
    collector.install()
    collector.hold(collector.START_UP)


def collect_after_start_up() -> None:
    """Right after the first paint: what the start-up made lives as long as the window, so it is
    frozen out of the collector's passes (``pack_loading.freeze_heap`` does the same for an
    opened pack), and collecting starts again."""
    if collector.release(collector.START_UP):
        gc.freeze()


def _one_blas_thread() -> None:
    """numpy's OpenBLAS starts a thread per core when numpy is imported, which the timeline's
    modules do before the first paint: ~30 ms of process CPU there, and on a busy 2-core machine
    up to ~0.25 s of its wall time (one alternated run; docs/performance-log.md, "launch-12"). The app
    multiplies no matrices (no matrix product or linear algebra in ``explorer``), so one thread
    loses nothing. A value the user set is kept."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _plain_source_scan(original):
    """PySide6's answer to "does this module use PySide6?", read from the file's bytes."""
    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))  # built-in, compiled or frozen: PySide6's own way
        try:
            with open(path, "rb") as fh:
                return b"PySide6" in fh.read()
        except OSError:
            return bool(original(module))

    uses_pyside.plain_scan_of = original  # type: ignore[attr-defined]
    return uses_pyside


def scan_sources_plainly(feature=None) -> bool:
    """PySide6 asks of every module imported after it whether its source mentions "PySide6"
    (``shibokensupport.feature._mod_uses_pyside``, for its ``__feature__`` switches) through
    ``inspect.getsource``, which decodes the file and keeps every line of it in ``linecache`` for
    the life of the process: at a launch that loads pandas, pyqtgraph and superqt, ~720 modules,
    0.12-0.15 s of CPU and 15.7 MB of source text kept (~40 MB of memory; docs/performance-log.md,
    "reopen-5").
    The same question is answered here from the file's bytes, kept nowhere. Private PySide6 code:
    replaced only where it is found as expected and the replacement answers as it does for a
    module that uses PySide6 and one that does not; else PySide6's own scan stays (hazard 12 in
    docs/dependencies.md). True if the plain scan is in place."""
    feature = feature if feature is not None else sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original) or not callable(getattr(feature, "feature_imported", None)):
        return False
    if getattr(original, "plain_scan_of", None) is not None:
        return True  # in place already
    plain = _plain_source_scan(original)
    try:
        import contextlib

        agrees = all(plain(m) == bool(original(m)) for m in (sys.modules[__name__], contextlib))
    except Exception:
        return False
    if not agrees:
        return False
    feature._mod_uses_pyside = plain
    return True


def run_window(path: str | None, new_instance: bool = False) -> int:
    _one_blas_thread()  # before numpy is first imported
    scan_sources_plainly()
    problem = _display_problem()
    if problem:
        print(f"briefing-explorer: {problem}", file=sys.stderr)
        return 1
    guard = None
    if not new_instance:
        guard = _hand_off_or_guard(path)
        if guard is None:
            return 0
    from PySide6.QtCore import QThreadPool

    pause_collector_for_start_up()
    app, window = build_window(path)
    if guard is not None and guard.is_primary:
        guard.sig_launch_received.connect(window.receive_launch)
        guard.start_listening()
        # Once the window is closing it takes no more requests: a launch in that moment finds the
        # lock free and becomes the window itself instead of handing its pack to one going away.
        app.lastWindowClosed.connect(guard.release)
        app.aboutToQuit.connect(guard.release)
    # Taking no argument: the session manager object is not needed (and is never touched).
    app.commitDataRequest.connect(lambda: _on_session_end(window))
    code = app.exec()
    window.loader.cancel()
    if window.loader.running() or QThreadPool.globalInstance().activeThreadCount():
        _leave_now(code, guard)
    if guard is not None:
        guard.release()
    return code
