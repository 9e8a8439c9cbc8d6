"""Opening packs for the main window: the pack-loading state machine.

Loads run on a worker (``workers.PackLoader``); each load has a mode that says what to do with the
pack when it arrives ("open", "alongside", "reload", "since"). While the first pack loads, the
panels are covered by "Loading <pack>…". Open packs are watched on disk and reloaded when they
change (``pack_watcher``), one reload at a time per pack. The window owns one ``PackLoading`` and
keeps its former methods (``open_pack``, ``start``, ``receive_launch`` …) as delegates.
Messages keep the translation context "MainWindow": the catalogue did not change when they moved.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from explorer.paths import default_pack_path
from explorer.qt import collector
from explorer.qt.pack_watcher import PackWatcher
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from explorer.state.origins import Origin

# The status bar's busy bar comes only for a load still running after this long: its animation
# repaints the window ~60 times a second, each repaint taking the GIL from the loader's worker
# (~70 ms of GUI-thread CPU over a tier-L reopen). What loads is said at once (the status message,
# the panels' "Loading …" covers).
BUSY_AFTER_MS = 1000

if TYPE_CHECKING:
    from explorer.data.pack_diff import PackDiff
    from explorer.qt.main_window import MainWindow
    from explorer.qt.workers import PackLoader
    from explorer.state.session import Session
    from explorer.userdata.settings import Settings


def _pack_place(location: str) -> str:
    """A pack's location made comparable: absolute, links resolved, a descriptor as its folder."""
    path = Path(location).expanduser()
    if path.name == "datapackage.json":
        path = path.parent
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


def _pack_name(path: str) -> str:
    """A pack's title from its descriptor when it is a folder (a few KB, read at once), else its
    file or folder name: what "Loading …" names."""
    import json

    target = Path(path)
    folder = target.parent if target.name == "datapackage.json" else target
    try:
        with (folder / "datapackage.json").open("rb") as fh:
            title = json.loads(fh.read(1 << 20)).get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
    except (OSError, ValueError, AttributeError):
        pass
    return folder.stem if folder.suffix.lower() == ".zip" else folder.name


_pack_frozen = False  # ``freeze_heap`` ran since the last release (the start-up's freeze does not count)


def release_heap() -> bool:
    """Give what ``freeze_heap`` (and the start-up, ``app.collect_after_start_up``) froze back to
    the garbage collector (before a pack is replaced, and when the window closes), so a pack let go
    of can be freed. True if a pack's objects were among the frozen."""
    global _pack_frozen
    frozen, _pack_frozen = _pack_frozen, False
    gc.unfreeze()
    return frozen


def freeze_heap(collect_first: bool) -> None:
    """Move every object alive now (the open packs, the window, the modules) out of the garbage
    collector's sight: its full passes, which scanned them all, took 25-45 ms (XS-M) to 60-80 ms (L)
    about every ten filter changes, and now scan only what was made since (under 2 ms).
    ``gc.freeze`` itself moves a list head. With ``collect_first`` (a pack was open before, so
    what it left may be cyclic garbage) one full pass frees that first, so garbage is never frozen;
    the first load of a process skips it (nothing was let go of yet). Frozen objects are still
    freed by reference counting; only garbage in cycles waits for the next ``release_heap``."""
    global _pack_frozen
    if collect_first:
        gc.collect()
    gc.freeze()
    _pack_frozen = True


class _LoadingCover(QLabel):
    """A plain sheet over a panel that says what is loading; follows the panel's size."""

    def __init__(self, panel: QWidget) -> None:
        super().__init__(panel)
        self.setObjectName("loading_cover")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)  # the window's own background colour, in every theme
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setForegroundRole(QPalette.ColorRole.WindowText)
        panel.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        panel = self.parentWidget()
        if panel is not None:
            self.setGeometry(panel.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched, event) -> bool:
        panel = self.parentWidget()
        if event.type() == QEvent.Type.Resize and panel is not None and watched is panel:
            self.setGeometry(panel.rect())
        return False


class PackLoading:
    """What is loading, why, and what to do with each pack when it arrives (see the module)."""

    def __init__(self, window: MainWindow, session: Session, settings: Settings,
                 loader: PackLoader) -> None:
        self.window = window
        self.session = session
        self.settings = settings
        self.loader = loader
        loader.sig_pack_loaded.connect(self._on_pack_loaded)
        loader.sig_pack_refused.connect(self._on_pack_refused)
        loader.sig_load_failed.connect(self._on_load_failed)
        self.packs_to_report_shown: list = []  # loaded packs whose paint the loader waits for
        self._freeze_after_paint = False  # a pack was handed over: freeze the heap after its paint
        self._save_after_paint = False  # ... and write the settings naming it (last pack, recent)
        self._collect_before_freeze = False  # ... after one full collection (a pack was let go of)
        self._pending_filter: Filter | None = None
        self._pending_comparison: ComparisonSetup | None = None
        self._pending_span: dict | None = None  # the timeline span saved for the pack being opened
        self.load_modes: dict[str, str] = {}  # path -> why it is loading: "open", "alongside", "reload"
        self.range_before_load: tuple[float, float] | None = None  # zoom kept on alongside/reload
        self.restore_alongside: list[str] = []  # opened alongside once the start-up pack loaded
        self.last_problem_box: QMessageBox | None = None
        self.loading_covers: list[_LoadingCover] = []  # over the panels while the first pack loads
        # Open packs are watched on disk; a change reloads them (see ``pack_watcher``).
        self.watcher = PackWatcher(window)
        self.watcher.sig_pack_changed.connect(self.on_pack_files_changed)
        self._reloading: set[str] = set()  # locations being reloaded now
        self._reload_again: set[str] = set()  # ... that changed again meanwhile: one more reload
        self.last_reload_diff: PackDiff | None = None  # of the last reload, for "What changed"
        self.last_reload_location = ""
        self._busy_timer = QTimer(window)  # shows the busy bar once a load has taken a while
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: window.progress.setVisible(self.loader.busy > 0))

    def report_shown(self) -> None:
        """The window has painted: the loader may now build what waited for that paint."""
        if self.packs_to_report_shown:
            packs, self.packs_to_report_shown = self.packs_to_report_shown, []
            for pack in packs:
                self.loader.shown(pack)
        self._after_paint()

    def take_range_before_load(self) -> tuple[float, float] | None:
        """The timeline's range before the pack now handed over (kept on alongside/reload), once."""
        kept, self.range_before_load = self.range_before_load, None
        return kept

    def open_pack(self, path: str | None = None, restore_filter: Filter | None = None,
                  restore_comparison: ComparisonSetup | None = None,
                  restore_span: dict | None = None) -> None:
        """Start loading ``path`` (default pack if None) on a worker; the current pack stays meanwhile.
        ``restore_span``: the saved ``timeline_span``, shown again if it names this pack."""
        target = str(path or default_pack_path())
        self._pending_filter = restore_filter
        self._pending_comparison = restore_comparison
        self._pending_span = restore_span
        self._start_loading(target, "open")

    def add_pack(self, path: str) -> None:
        """Start loading ``path`` on the worker to open it alongside the open pack(s)."""
        self._start_loading(str(path), "alongside")

    def _start_loading(self, target: str, mode: str, previous=None) -> None:
        """Load ``target`` on the worker; ``mode`` says what to do with it (``_route_loaded_pack``);
        ``previous``, the version open now, has the worker compute what changed as well."""
        self.load_modes[target] = mode
        collector.hold(collector.PACK_LOAD)  # until the pack is shown and frozen (``_after_paint``)
        if not self.window.progress.isVisible() and not self._busy_timer.isActive():
            self._busy_timer.start()  # the busy bar, if this load is still running by then
        self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Loading {path}…").format(path=target))
        # The worker starts first: building panels still to be built (``_show_loading``, and
        # ``start`` right after the first paint) overlaps the load instead of delaying it.
        opening_filter = self._pending_filter if mode == "open" else self.session.filter
        self.loader.load(target, previous,
                         search_first=bool(opening_filter and opening_filter.text.strip()),
                         label_language=getattr(self.session, "label_language", "en"))
        if self.session.pack is None:  # nothing to show meanwhile: the panels say what is coming
            self._show_loading(_pack_name(target))

    def _show_loading(self, name: str) -> None:
        """Cover the panels with "Loading <pack>…" (not "No pack open") until the pack is in."""
        text = QCoreApplication.translate("MainWindow", "Loading {pack}…").format(pack=name)
        self.window.build_shown_panels()  # the load has begun: the panels can import pandas now
        if not self.loading_covers:  # a panel built later is covered when built (cover_if_loading)
            panels = (self.window.timeline, self.window.table, self.window.detail,
                      self.window._comparison)
            self.loading_covers = [_LoadingCover(panel) for panel in panels if panel is not None]
        for cover in self.loading_covers:
            cover.setText(text)
            cover.setAccessibleName(text)
            cover.cover()

    def cover_if_loading(self, panel: QWidget) -> None:
        """A panel built while the first pack loads says "Loading …" too, like the others."""
        text = self.loading_text()
        if text and not any(c.parentWidget() is panel for c in self.loading_covers):
            cover = _LoadingCover(panel)
            cover.setText(text)
            cover.setAccessibleName(text)
            cover.cover()
            self.loading_covers.append(cover)

    def hide_loading(self) -> None:
        for cover in self.loading_covers:
            cover.hide()

    def loading_text(self) -> str:
        """What the covered panels say while the first pack loads ("" once loaded)."""
        shown = [c.text() for c in self.loading_covers if c.isVisible()]
        return shown[0] if shown else ""

    def close_pack(self, location: str) -> None:
        """Close one of several open packs (the last one cannot be closed, only replaced)."""
        self.window.detail.flush_note()
        try:
            self.session.close_pack(location, origin=Origin.CLOSE_PACK)
        except (KeyError, ValueError) as e:
            self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Not closed: {reason}").format(reason=e), 8000)
            return
        self.window._save_settings_quietly()

    def _loading_done(self) -> None:
        self.loader.busy -= 1
        if self.loader.busy <= 0:
            self._busy_timer.stop()
            self.window.progress.setVisible(False)
            self.hide_loading()

    def _on_pack_loaded(self, pack, path: str) -> None:
        self._loading_done()
        self.packs_to_report_shown.append(pack)  # told to the loader after the next paint
        # What the last load froze (the pack replaced now among it) goes back to the collector;
        # the heap is frozen again after the new pack's first paint, once the panels' deferred
        # steps have let go of the old pack (frozen before that, its cycles would stay).
        self._collect_before_freeze = release_heap() or self._collect_before_freeze
        self._freeze_after_paint = True
        self._route_loaded_pack(pack, path)
        if self.window.isVisible():
            self.window.update()  # that paint comes even if nothing on screen changed
        else:  # no paint will come
            self.packs_to_report_shown.remove(pack)
            self.loader.shown(pack)
            self._after_paint()

    def _after_paint(self) -> None:
        """What waited for the opened pack's first paint: the settings naming it, written on the
        next turn (their write and fsyncs took 7-32 ms of the way to the pack on screen), and the
        heap frozen."""
        if self._save_after_paint:
            self._save_after_paint = False
            QTimer.singleShot(0, self.window, self.window._save_settings_quietly)
        if self._freeze_after_paint:
            self._freeze_after_paint = False
            freeze_heap(collect_first=self._collect_before_freeze)
            self._collect_before_freeze = False
        self._resume_when_idle()

    def _resume_when_idle(self) -> None:
        """The collector runs again once no load is running and no opened pack awaits its freeze."""
        if self.loader.busy <= 0 and not self._freeze_after_paint:
            collector.release(collector.PACK_LOAD)

    def _route_loaded_pack(self, pack, path: str) -> None:
        """Hand a loaded pack to the session according to why it was loaded (``_load_modes``)."""
        mode = self.load_modes.pop(path, "open")
        self.window.detail.flush_note()  # a note typed just now is saved with the pack it belongs to
        self.range_before_load = self.window.timeline.visible_range() if self.session.pack is not None else None
        if mode == "reload":
            self._on_pack_reloaded(pack, path)
        elif mode == "since":
            self._on_version_loaded(pack)
        elif mode == "alongside":
            self.session.add_pack(pack, origin=Origin.ALONGSIDE)
            self.window._save_settings_quietly()
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Opened {title} alongside").format(title=pack.meta.title), 5000)
        else:
            self._open_loaded_pack(pack, path)

    def _open_loaded_pack(self, pack, path: str) -> None:
        restore, comparison = self._pending_filter, self._pending_comparison
        span, self._pending_span = self._pending_span, None
        self._pending_filter = self._pending_comparison = None
        self.session.open_pack(pack, origin=Origin.WINDOW, filter=restore or Filter(),
                               comparison=comparison or ComparisonSetup())
        self._restore_timeline_span(span, pack, path)
        restore_alongside, self.restore_alongside = self.restore_alongside, []
        for alongside in restore_alongside:
            self.add_pack(alongside)
        self.settings.set("last_pack", path)
        self.settings.add_recent_pack(path)
        self._save_after_paint = True  # written once the pack is on screen (``_after_paint``)
        self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opened {title}").format(title=pack.meta.title), 5000)

    def _on_pack_refused(self, error, path: str) -> None:
        self._loading_done()
        self._resume_when_idle()
        reload = self.load_modes.pop(path, None) == "reload"
        self.window.statusBar().showMessage(
            (QCoreApplication.translate("MainWindow", "{path} was not reloaded") if reload else QCoreApplication.translate("MainWindow", "{path} was not opened"))
            .format(path=path), 8000)
        kept = ("\n\n" + QCoreApplication.translate("MainWindow", "Still open: {title}.").format(title=self.session.pack.meta.title)
                if self.session.pack is not None else "")
        n = len(error.problems)
        if reload:
            self._reload_done(path)
            self._close_reload_refused_box()
        title = self._reload_refused_title() if reload else QCoreApplication.translate("MainWindow", "Pack refused")
        text = (QCoreApplication.translate("MainWindow", "{path} breaks the briefing-pack format (1 problem); nothing from it was "
                        "loaded.") if n == 1 else
                QCoreApplication.translate("MainWindow", "{path} breaks the briefing-pack format ({n} problems); nothing from it was "
                        "loaded.")).format(path=path, n=n)
        box = QMessageBox(QMessageBox.Icon.Warning, title,
                          text + kept + "\n\n" + QCoreApplication.translate("MainWindow", "First problem:") + f"\n{error.problems[0]}",
                          QMessageBox.StandardButton.Close, self.window)
        box.setDetailedText(error.report())
        box.setObjectName("pack_refused_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_problem_box = box
        box.open()

    def _on_load_failed(self, message: str, path: str) -> None:
        self._loading_done()
        self._resume_when_idle()
        if self.load_modes.pop(path, None) == "reload":
            self._reload_done(path)
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("MainWindow", "Could not open pack"),
                          QCoreApplication.translate("MainWindow", "{path} could not be opened because of an internal error:")
                          .format(path=path) + f"\n{message}\n\n"
                          + QCoreApplication.translate("MainWindow", "The current pack stays open."),
                          QMessageBox.StandardButton.Close, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def receive_launch(self, path: str | None) -> None:
        """Another launch of the application handed over (``single_instance``): come to the front,
        restored if minimised, and open the pack it named."""
        if self.window._closed:
            return
        state = self.window.windowState() & ~Qt.WindowState.WindowMinimized
        self.window.setWindowState(state | Qt.WindowState.WindowActive)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        from PySide6.QtWidgets import QApplication

        QApplication.alert(self.window)  # where the desktop refuses to move focus, at least flash
        if not path or path in self.load_modes:
            return
        here = _pack_place(path)
        if any(_pack_place(p.meta.location) == here for p in self.session.packs):
            return  # open already (a second double-click): keep its filters, do not reload it
        self.open_pack(path)

    def watch_open_packs(self) -> None:
        wanted = {p.meta.location for p in self.session.packs}
        for location in set(self.watcher.watched()) - wanted:
            self.watcher.unwatch(location)
        for location in sorted(wanted):
            self.watcher.watch(location)

    def on_pack_files_changed(self, location: str) -> None:
        if location in self._reloading:  # no reload storms: one more once this one is done
            self._reload_again.add(location)
            return
        self._reloading.add(location)
        previous = next((p for p in self.session.packs if p.meta.location == location), None)
        self._start_loading(location, "reload", previous)

    def _close_reload_refused_box(self) -> None:
        """One box for a pack saved broken again and again, not a stack of them."""
        box = self.last_problem_box
        try:
            if box is not None and box.isVisible() and box.windowTitle() == self._reload_refused_title():
                box.close()
        except RuntimeError:  # closed by the user and deleted already
            pass

    def _reload_refused_title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Reload refused — keeping the previous version")

    def _reload_done(self, location: str) -> None:
        self._reloading.discard(location)
        if location in self._reload_again:
            self._reload_again.discard(location)
            self.on_pack_files_changed(location)

    def _on_pack_reloaded(self, pack, location: str) -> None:
        from explorer.data.pack_diff import PackDiff, diff_packs

        old = next((p for p in self.session.packs if p.meta.location == pack.meta.location), None)
        computed = self.loader.diffs.pop(location, None)
        if old is not None:  # else it was closed while reloading
            diff = computed if isinstance(computed, PackDiff) else diff_packs(old, pack)
            self.session.replace_pack(pack, origin=Origin.RELOAD)
            self.last_reload_diff, self.last_reload_location = diff, pack.meta.location
            self.window.what_changed_action.setEnabled(True)
            self.window.what_changed_button.setVisible(True)
            self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Reloaded {title}: {changes}").format(
                title=pack.meta.title, changes=diff.summary()), 15000)
        self._reload_done(location)

    def compare_with_version(self, path: str) -> None:
        """Load another version of the open (primary) pack on the worker, then show what changed."""
        self._start_loading(str(path), "since")

    def _on_version_loaded(self, pack) -> None:
        from explorer.data.pack_diff import diff_packs

        if not self.session.packs:
            return
        primary = self.session.packs[0]
        self.window.show_changes(diff_packs(pack, primary), QCoreApplication.translate("MainWindow", "What changed since {version}").format(
                          version=f"{pack.meta.title} {pack.meta.version}".strip()),
                          primary.meta.location)

    def start(self, path: str | None) -> None:
        """Open the pack asked for on the command line, else the last one (with its filters)."""
        last = self.settings.get("last_pack")  # "" when none: falls through to the default pack
        target = path or last or str(default_pack_path())
        restore = comparison = None
        if target == last:
            saved = self.settings.get("last_filter", None, dict)
            restore = Filter.from_dict(saved) if saved else None
            saved = self.settings.get("last_comparison", None, dict)
            comparison = ComparisonSetup.from_dict(saved) if saved else None
            alongside = self.settings.get("open_alongside", [], list)
            self.restore_alongside = [p for p in alongside if isinstance(p, str) and p != target]
            span = self.settings.get("timeline_span", None, dict)
        else:
            span = None
        self.open_pack(target, restore_filter=restore, restore_comparison=comparison,
                       restore_span=span)
        self.window.build_shown_panels()  # the window has painted and the load has begun

    def _restore_timeline_span(self, span: dict | None, pack, path: str) -> None:
        """Show the timeline span saved at the last run, if it was this pack's (else it stays fitted)."""
        if not span or span.get("pack") not in (pack.meta.location, path):
            return
        day0, day1 = span.get("day_from"), span.get("day_to")
        if isinstance(day0, int) and isinstance(day1, int) and day1 > day0:
            self.window.timeline.set_visible_range(day0, day1)
