"""Help, preferences and About for the main window: the user guide opened at the section of the
panel in use (F1), the list of keyboard shortcuts made from the actions themselves, the Preferences
dialog and what applying it changes, and the About box.

The window owns one ``WindowHelp`` and keeps the names other code and tests call
(``show_context_help``, ``show_user_guide``, ``all_actions``, ``show_shortcuts``,
``make_preferences_dialog``, ``about_html``) as delegates; the menus' other commands point here.
Messages keep the translation context "MainWindow": the catalogue did not change when they moved.
"""

from __future__ import annotations

import sys
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from explorer import __version__
from explorer.state.origins import Origin

if TYPE_CHECKING:
    from explorer.qt.main_window import MainWindow

APP_TITLE = "Briefing Explorer"  # the product's name: the same in every language
# F1 opens the user guide at the section of the panel that has the focus.
HELP_SECTIONS = {"timeline": "timeline", "events": "timeline", "details": "timeline",
                 "filters": "filters", "compare": "compare", "briefing": "briefings-notes"}


class WindowHelp:
    """What the Help menu, Edit ▸ Preferences and About do (see the module)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _on_q_about_triggered(self) -> None:
        QMessageBox.about(self.window, QCoreApplication.translate("MainWindow", "About {app}").format(app=APP_TITLE), self.window.about_html())

    def help_section(self) -> str:
        """The user guide's section for the panel that has the focus (F1)."""
        return HELP_SECTIONS.get(self.window.current_panel() or "", "getting-started")

    def show_context_help(self) -> QWidget | None:
        """Help ▸ User guide (F1): the guide, opened at the section of the panel in use."""
        return self.window.show_user_guide(self.help_section())

    def show_user_guide(self, section: str = "getting-started") -> QWidget | None:
        try:
            from explorer.qt.views.user_guide import show_user_guide
        except ImportError:  # a build without the guide: say so rather than do nothing
            self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "The user guide is not available in this build"), 8000)
            return None
        self.window.guide_window = show_user_guide(self.window, section)
        return self.window.guide_window

    def all_actions(self) -> list[QAction]:
        """Every command of the window (menus, toolbar, panel routes), each once, menu order."""
        seen: list[QAction] = []

        def walk(actions) -> None:
            for action in actions:
                if action.isSeparator():
                    continue
                if action.menu() is not None:
                    walk(action.menu().actions())
                elif action not in seen:
                    seen.append(action)

        walk(self.window.menuBar().actions())
        for action in self.window.actions():
            if action not in seen:
                seen.append(action)
        return seen

    def show_shortcuts(self) -> QWidget | None:
        """Help ▸ Keyboard shortcuts: a list made from the actions themselves."""
        try:
            from explorer.qt.views.shortcuts_dialog import ShortcutsDialog
        except ImportError:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "The list of keyboard shortcuts is not available in this build"), 8000)
            return None
        from explorer.qt.views.timeline_view import key_bindings

        dialog = ShortcutsDialog(self.window.all_actions(), self.window, extra=key_bindings())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def make_preferences_dialog(self):
        from explorer.qt.views.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.window.settings, self.window)
        dialog.sig_applied.connect(self.apply_preferences)
        return dialog

    def show_preferences(self):
        """Edit ▸ Preferences…: applied when the user presses OK or Apply."""
        dialog = self.window.make_preferences_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def apply_preferences(self, changed: dict) -> None:
        """What the Preferences dialog changed (it has saved them and applied the look already)."""
        if "label_language" in changed and hasattr(self.window.session, "set_label_language"):
            from explorer.qt.i18n import effective_label_language, interface_language

            lang = effective_label_language(self.window.settings, interface_language(self.window.settings))
            self.window.session.set_label_language(lang, Origin.PREFERENCES)
        # timeline_refit: the timeline reads it from the settings at each filter change.
        if "ui_language" in changed:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "The interface language changes the next time Briefing Explorer starts"),
                15000)

    def about_html(self) -> str:
        import numpy
        import pyqtgraph
        import PySide6
        from PySide6.QtCore import qVersion

        versions = (f"{APP_TITLE} {__version__}<br>Python {sys.version.split()[0]}, Qt {qVersion()}, "
                    f"PySide6 {PySide6.__version__}, pyqtgraph {pyqtgraph.__version__}, "
                    f"numpy {numpy.__version__}")
        if "pandas" in sys.modules:
            versions += f", pandas {sys.modules['pandas'].__version__}"
        from explorer.app_log import log_path

        parts = [f"<p><b>{APP_TITLE}</b>: " + escape(QCoreApplication.translate("MainWindow", "explore sourced briefing packs offline."))
                 + f"</p><p>{versions}</p>"
                 + "<p>" + escape(QCoreApplication.translate("MainWindow", "Log file (kept on this computer, never sent):")) + "<br>"
                 + escape(str(log_path())) + "</p>"]
        pack = self.window.session.pack
        if pack is not None:
            meta = pack.meta
            licences = ", ".join(escape(lic.get("title") or lic.get("name", "")) for lic in meta.licenses)
            sources = "".join(f"<li>{escape(s.get('title', ''))}</li>" for s in meta.sources)
            parts.append("<p><b>" + escape(QCoreApplication.translate("MainWindow", "Open pack:")) + "</b> "
                         + escape(QCoreApplication.translate("MainWindow", "{title} (version {version})").format(
                             title=meta.title, version=meta.version))
                         + "<br>" + escape(QCoreApplication.translate("MainWindow", "Licence:")) + " "
                         + (licences or escape(QCoreApplication.translate("MainWindow", "not stated"))) + "</p>")
            if sources:
                parts.append("<p>" + escape(QCoreApplication.translate("MainWindow", "Sources:")) + f"</p><ul>{sources}</ul>")
            parts.append("<p>" + escape(QCoreApplication.translate("MainWindow", "{n} documents are cited row by row; see each event's "
                                                "details.").format(n=len(pack.sources))) + "</p>")
        return "".join(parts)
