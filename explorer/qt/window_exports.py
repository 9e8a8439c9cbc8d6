"""Export and briefing glue for the main window: the view the user sees as data
(``current_view``), the Export dialog, Copy chart, Print, Export note, Add to briefing, and the
export / import of the user's own notes, views and briefings.

The window owns one ``WindowExports`` and keeps the names other code and tests call
(``current_view``, ``make_export_dialog``, ``copy_chart``, ``print_kind``, ``print_pages``,
``_add_to_briefing``, ``export_user_data_to``, ``import_user_data_from``) as delegates; the menus'
other commands point here. Messages keep the translation context "MainWindow": the catalogue did not
change when they moved.
"""

from __future__ import annotations

import atexit
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from explorer.state.origins import Origin

if TYPE_CHECKING:
    from explorer.export.view_state import ViewState
    from explorer.qt.main_window import MainWindow
    from explorer.qt.views.export_dialog import ExportDialog

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


class WindowExports:
    """What File ▸ Export, Copy chart, Print and Add to briefing do (see the module)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def current_view(self, kind: str) -> ViewState | None:
        """The view the user sees, as data (None when that kind has nothing to show)."""
        pack = self.window.session.pack
        if pack is None:
            return None
        from explorer.export.view_state import TimelineState, ViewState  # not before the first paint

        timeline = TimelineState(self.window.timeline.lane_mode(), self.window.timeline.eras_visible())
        base = ViewState(view="chart", pack=pack.meta.location, filter=self.window.session.filter,
                         comparison=self.window.session.comparison, timeline=timeline,
                         label_language=getattr(self.window.session, "label_language", "en"))
        if kind in ("chart", "table"):
            if not self.window.session.comparison.indicator_id:
                return None
            return replace(base, view=kind)
        # A timeline carries the selected event: a slide labels it right after the agreements.
        selected = self.window.session.selected_event or ""
        if kind == "timeline":
            day0, day1 = self.window.timeline.visible_range()
            return replace(base, view="timeline", event_id=selected,
                           timeline=replace(timeline, day_from=day0, day_to=day1))
        if kind == "timeline_all":
            return replace(base, view="timeline", event_id=selected)
        if kind == "event":
            event_id = self.window.session.selected_event
            return replace(base, view="event", event_id=event_id) if event_id else None
        raise ValueError(kind)

    def export_views(self) -> dict[str, tuple[str, ViewState | None]]:
        pack = self.window.session.pack
        spec = self.window.comparison.current_spec
        chart_name = (spec.title if spec is not None and not spec.is_empty
                      else QCoreApplication.translate("MainWindow", "no indicator chosen"))
        event = self.window.session.selected_event
        event_title = (pack.events["title"].iat[self.window.session.event_row[event]]
                       if pack is not None and event else QCoreApplication.translate("MainWindow", "none selected"))
        # "Kind: name": the part after ": " titles a briefing item (keep ": " in translations).
        return {
            "chart": (QCoreApplication.translate("MainWindow", "Chart: {name}").format(name=chart_name), self.window.current_view("chart")),
            "table": (QCoreApplication.translate("MainWindow", "Table of that chart"), self.window.current_view("table")),
            "timeline": (QCoreApplication.translate("MainWindow", "Timeline, as shown now"), self.window.current_view("timeline")),
            "timeline_all": (QCoreApplication.translate("MainWindow", "Timeline, the whole filtered span"),
                             self.window.current_view("timeline_all")),
            "event": (QCoreApplication.translate("MainWindow", "Selected event: {title}").format(title=event_title),
                      self.window.current_view("event")),
        }

    def make_export_dialog(self) -> ExportDialog:
        from explorer.qt import exporting
        from explorer.qt.views.export_dialog import ExportDialog

        def run(view: ViewState, options, out: Path) -> Path:
            return exporting.export_view(view, options, out, pack=self.window.session.pack)

        initial = "chart" if self.window.session.comparison.indicator_id else "timeline"
        def preview(view: ViewState, options):
            return exporting.preview_image(view, options, pack=self.window.session.pack)

        dialog = ExportDialog(self.export_views(), self.window.settings, run, self.window, initial=initial,
                              preview=preview)
        dialog.accepted.connect(lambda: self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Exported {files}").format(files=dialog.written), 10000))
        return dialog

    def _on_q_export_triggered(self) -> None:
        dialog = self.window.make_export_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def copy_chart(self) -> bool:
        """Put the chart on the clipboard: a slide picture with marking and sources, and its data
        (tab-separated, with sources) as text, so a paste into a slide or a mail keeps both."""
        view = self.window.current_view("chart")
        if view is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Choose an indicator in Compare before copying a chart"), 6000)
            return False
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QApplication

        from explorer.export.view_state import ExportOptions
        from explorer.qt import exporting

        options = ExportOptions.make("png", "1600x900", 1, self.window.settings.get("export_marking", "", str))
        with tempfile.TemporaryDirectory() as tmp:
            out = exporting.export_view(view, options, Path(tmp) / "chart.png", pack=self.window.session.pack)
            image = QImage(str(out))
        spec = self.window.comparison.current_spec
        assert spec is not None  # a chart view exists: an indicator is chosen
        header, rows = spec.table()
        lines = ["\t".join(header), *("\t".join(r) for r in rows), "",
                 *(f"{m} {t}" for m, t in spec.sources)]
        mime = QMimeData()
        mime.setImageData(image)
        mime.setText("\n".join(lines))
        QApplication.clipboard().setMimeData(mime)
        _release_clipboard_before_exit()
        self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Chart copied (picture and data)"), 5000)
        return True

    def print_kind(self) -> str:
        """Which view File ▸ Print prints: the panel with focus decides (chart, event), else the
        timeline as shown."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()

        def inside(dock) -> bool:
            return focus is not None and dock.isAncestorOf(focus)

        if inside(self.window.compare_dock) and self.window.current_view("chart") is not None:
            return "chart"
        if (inside(self.window.detail_dock) or inside(self.window.table_dock)) and self.window.current_view("event"):
            return "event"
        return "timeline"

    def print_pages(self, kind: str | None = None):
        """The current view laid out for printing (None with a status message if there is none)."""
        kind = kind or self.window.print_kind()
        view = self.window.current_view(kind)
        if view is None:
            self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Nothing to print: no {view} to show yet").format(
                view=self._kind_name(kind)), 6000)
            return None
        from explorer.export.view_state import ViewError
        from explorer.qt.printing import view_pages

        title = self.export_views()[kind][0]
        pack = self.window.session.pack
        assert pack is not None  # a view exists: so does a pack
        try:
            return view_pages(replace(view, title=view.title or title.split(": ", 1)[-1]),
                              pack,
                              marking=self.window.settings.get("export_marking", "", str))
        except ViewError as e:
            self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Not printed: {reason}").format(reason=e), 10000)
            return None

    def _on_q_print_triggered(self) -> None:
        pages = self.window.print_pages()
        if pages is not None:
            from explorer.qt.printing import open_preview

            open_preview(self.window, pages)

    def _on_q_export_note_triggered(self) -> None:
        b = self.window.briefing.current_briefing
        if b is not None and b.items:
            self.window.briefing.ask_note_export()
            return
        for kind in ("chart", "event", "timeline"):
            view = self.window.current_view(kind)
            if view is not None:
                title = self.export_views()[kind][0].split(": ", 1)[-1]
                packs = {view.pack: self.window.session.pack} if view.pack else None
                self.window.briefing.ask_note_export(items=[(view, title, "")], title=title, packs=packs,
                                              marking=self.window.settings.get("export_marking", "", str))
                return
        self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Nothing to write a note from: open a pack first"), 6000)

    def _kind_name(self, kind: str) -> str:
        """A view kind as words in a sentence ("no chart to show yet")."""
        return {"chart": QCoreApplication.translate("MainWindow", "chart"), "table": QCoreApplication.translate("MainWindow", "table"), "timeline": QCoreApplication.translate("MainWindow", "timeline"),
                "timeline_all": QCoreApplication.translate("MainWindow", "timeline"), "event": QCoreApplication.translate("MainWindow", "event")}.get(kind, kind)

    def _add_to_briefing(self, kind: str) -> None:
        view = self.window.current_view(kind)
        if view is None:
            self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Nothing to add: no {view} to show yet").format(
                view=self._kind_name(kind)), 6000)
            return
        titles = self.export_views()
        title = titles[kind][0].split(": ", 1)[-1] if kind in ("chart", "event") else titles[kind][0]
        self.window.briefing.add_item(view, title)
        self.window.briefing_dock.show()
        self.window.briefing_dock.raise_()

    def export_user_data_to(self, path: str) -> str:
        from explorer.userdata.transfer import export_user_data

        self.window.detail.flush_note()
        self.window.briefing.flush()
        summary = export_user_data(path)
        message = QCoreApplication.translate("MainWindow", "Saved {what} to {path}").format(what=summary, path=path)
        self.window.statusBar().showMessage(message, 10000)
        return message

    def import_user_data_from(self, path: str) -> str:
        """Merge another laptop's notes, views and briefings; problems are shown, never raised."""
        from explorer.userdata.transfer import UserDataError, import_user_data

        try:
            summary = import_user_data(path)
        except (UserDataError, OSError) as e:
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Nothing imported"), str(e),
                              QMessageBox.StandardButton.Close, self.window)
            box.setObjectName("import_failed_box")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return ""
        if self.window.session.pack is not None:  # show imported notes on the open pack at once
            self.window.session.reload_notes(origin=Origin.IMPORT)
        self.window.briefing.reload()
        message = QCoreApplication.translate("MainWindow", "Imported {what}").format(what=summary)
        self.window.statusBar().showMessage(message, 10000)
        return message

    def _on_q_export_user_data_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("MainWindow", "Export my notes and briefings"),
                                              str(Path.home() / "briefing-explorer-my-data.json"),
                                              QCoreApplication.translate("MainWindow", "Briefing Explorer data (*.json)"))
        if path:
            try:
                self.window.export_user_data_to(path)
            except OSError as e:
                QMessageBox.warning(self.window, QCoreApplication.translate("MainWindow", "Not exported"),
                                    QCoreApplication.translate("MainWindow", "{path} was not written: {reason}").format(path=path, reason=e))

    def _on_q_import_user_data_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, QCoreApplication.translate("MainWindow", "Import notes and briefings"),
                                              str(Path.home()), QCoreApplication.translate("MainWindow", "Briefing Explorer data (*.json)"))
        if path:
            self.window.import_user_data_from(path)
