"""The main window's commands, declared: one table of actions, one of menus, one of toolbar buttons.

``build(window)`` makes each ``QAction`` (stored on the window as ``window.<attr>``), its shortcut,
status tip and tooltip, then the menus and the toolbar in the order given here. Texts are marked with
``QT_TRANSLATE_NOOP`` in the context "MainWindow" and translated when built (``window.tr``), so the
Japanese catalogue keeps the messages it had when the window built each action by hand.

A slot is the name of a window method, or a dotted path from the window (``"timeline.zoom_by"``),
with optional arguments. A plain method name without arguments is connected directly (it receives
``checked`` if it takes it); the others are looked up when triggered, so a panel built after the
first paint (``window.briefing``) is not built for its menu.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar

if TYPE_CHECKING:
    from explorer.qt.main_window import MainWindow

Key = QKeySequence.StandardKey
# A shortcut: a portable text ("Ctrl+E"), a standard key, or (first, standard): ``first`` shown in the
# menu, then the platform's own bindings for ``standard``.
Shortcut = str | QKeySequence.StandardKey | tuple[str, QKeySequence.StandardKey] | None


@dataclass(frozen=True)
class ActionSpec:
    attr: str  # the window attribute that holds the action
    text: object  # QT_TRANSLATE_NOOP("MainWindow", …) (PySide6 types its result object)
    slot: str  # a window method, or a dotted path from the window
    shortcut: Shortcut = None
    tip: object = ""  # status tip and tooltip, QT_TRANSLATE_NOOP("MainWindow", …)
    args: tuple[Any, ...] = ()
    checkable: bool = False
    checked: bool = False
    group: str = ""  # actions of one exclusive group (lane modes)
    role: QAction.MenuRole | None = None
    enabled: bool = True
    icon_text: object = ""  # the text of a tool button showing the action


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("what_changed_since_action", QT_TRANSLATE_NOOP("MainWindow", "What changed &since…"),
               "_on_q_what_changed_since_triggered",
               tip=QT_TRANSLATE_NOOP("MainWindow",
                                     "Pick another version of the open pack and see what differs from it")),
    ActionSpec("what_changed_action",
               QT_TRANSLATE_NOOP("MainWindow", "What changed in the last re&load"), "show_last_changes",
               tip=QT_TRANSLATE_NOOP("MainWindow", "The events and figures the last reload from disk "
                                     "added, removed or changed"),
               enabled=False, icon_text=QT_TRANSLATE_NOOP("MainWindow", "What changed")),
    ActionSpec("open_action", QT_TRANSLATE_NOOP("MainWindow", "&Open pack…"), "_on_q_open_triggered",
               Key.Open, tip=QT_TRANSLATE_NOOP("MainWindow", "Open a pack folder or .zip")),
    ActionSpec("open_alongside_action", QT_TRANSLATE_NOOP("MainWindow", "Open &alongside…"),
               "_on_q_open_alongside_triggered", "Ctrl+Shift+O",
               tip=QT_TRANSLATE_NOOP("MainWindow", "Open another pack next to the open one: their "
                                     "events and figures show together")),
    ActionSpec("import_data_action", QT_TRANSLATE_NOOP("MainWindow", "Import &data…"),
               "_on_q_import_data_triggered", "Ctrl+I",
               tip=QT_TRANSLATE_NOOP("MainWindow", "Turn a CSV or Excel file into a new pack, opened "
                                     "alongside the current one")),
    ActionSpec("quit_action", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close", Key.Quit),
    ActionSpec("find_action", QT_TRANSLATE_NOOP("MainWindow", "&Find…"), "filter_bar.focus_search",
               Key.Find,
               tip=QT_TRANSLATE_NOOP("MainWindow", "Search titles, summaries, Japanese text and notes")),
    ActionSpec("clear_filters_action", QT_TRANSLATE_NOOP("MainWindow", "C&lear filters"),
               "_on_q_clear_filters_triggered", "Ctrl+Shift+L"),
    ActionSpec("fit_action", QT_TRANSLATE_NOOP("MainWindow", "Zoom to &fit"), "timeline.zoom_to_fit",
               "Ctrl+0",
               tip=QT_TRANSLATE_NOOP("MainWindow", "Show every visible event (Home on the timeline)")),
    ActionSpec("zoom_in_action", QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"), "timeline.zoom_by",
               Key.ZoomIn, args=(2.0,)),
    ActionSpec("zoom_out_action", QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"), "timeline.zoom_by",
               Key.ZoomOut, args=(0.5,)),
    ActionSpec("eras_action", QT_TRANSLATE_NOOP("MainWindow", "Show &eras"), "_on_q_eras_toggled",
               checkable=True, checked=True,
               tip=QT_TRANSLATE_NOOP("MainWindow", "Leaders' terms as background bands")),
    ActionSpec("full_screen_action", QT_TRANSLATE_NOOP("MainWindow", "F&ull screen"),
               "_on_q_full_screen_toggled", "F11", checkable=True),
    ActionSpec("lanes_partner_action", QT_TRANSLATE_NOOP("MainWindow", "Lanes by &partner"),
               "_set_lane_mode", args=("partner",), checkable=True, checked=True, group="lanes"),
    ActionSpec("lanes_domain_action", QT_TRANSLATE_NOOP("MainWindow", "Lanes by &domain"),
               "_set_lane_mode", args=("domain",), checkable=True, group="lanes"),
    ActionSpec("about_action", QT_TRANSLATE_NOOP("MainWindow", "&About Briefing Explorer"),
               "window_help._on_q_about_triggered", role=QAction.MenuRole.AboutRole),
    ActionSpec("user_guide_action", QT_TRANSLATE_NOOP("MainWindow", "&User guide"), "show_context_help",
               ("F1", Key.HelpContents),
               tip=QT_TRANSLATE_NOOP("MainWindow", "How to use Briefing Explorer, opened at the "
                                     "section of the panel you are in")),
    ActionSpec("shortcuts_action", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts…"),
               "show_shortcuts", "Ctrl+/",
               tip=QT_TRANSLATE_NOOP("MainWindow", "Every command that has a keyboard shortcut, with "
                                     "its keys")),
    # Ctrl+, (⌘, on a Mac) first: the platform's own binding may be a "Settings" key few have.
    ActionSpec("preferences_action", QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
               "window_help.show_preferences", ("Ctrl+,", Key.Preferences),
               tip=QT_TRANSLATE_NOOP("MainWindow", "Interface and label language, text size, theme, "
                                     "default marking, export folder"),
               role=QAction.MenuRole.PreferencesRole),
    ActionSpec("export_user_data_action",
               QT_TRANSLATE_NOOP("MainWindow", "Export my notes and &briefings…"),
               "window_exports._on_q_export_user_data_triggered",
               tip=QT_TRANSLATE_NOOP("MainWindow", "One file with your notes, saved views and "
                                     "briefings, to move to another laptop")),
    ActionSpec("import_user_data_action", QT_TRANSLATE_NOOP("MainWindow", "&Import notes and briefings…"),
               "window_exports._on_q_import_user_data_triggered",
               tip=QT_TRANSLATE_NOOP("MainWindow", "Merge a file exported on another laptop; nothing "
                                     "here is overwritten by older notes")),
    ActionSpec("export_action", QT_TRANSLATE_NOOP("MainWindow", "&Export…"), "window_exports._on_q_export_triggered",
               "Ctrl+E",
               tip=QT_TRANSLATE_NOOP("MainWindow", "Chart, table, timeline or event as PNG, SVG, PDF, "
                                     "PowerPoint, CSV or Excel, with sources and marking")),
    ActionSpec("copy_chart_action", QT_TRANSLATE_NOOP("MainWindow", "Copy c&hart (image and data)"),
               "copy_chart", "Ctrl+Shift+C",
               tip=QT_TRANSLATE_NOOP("MainWindow", "The chart as a sourced slide picture, and its data")),
    ActionSpec("add_chart_action", QT_TRANSLATE_NOOP("MainWindow", "Add &chart to briefing"),
               "_add_to_briefing", "Ctrl+B", args=("chart",)),
    ActionSpec("add_table_action", QT_TRANSLATE_NOOP("MainWindow", "Add &table to briefing"),
               "_add_to_briefing", args=("table",)),
    ActionSpec("add_timeline_action", QT_TRANSLATE_NOOP("MainWindow", "Add time&line view to briefing"),
               "_add_to_briefing", args=("timeline",)),
    ActionSpec("add_event_action", QT_TRANSLATE_NOOP("MainWindow", "Add selected &event to briefing"),
               "_add_to_briefing", args=("event",)),
    ActionSpec("print_action", QT_TRANSLATE_NOOP("MainWindow", "&Print…"), "window_exports._on_q_print_triggered",
               Key.Print,
               tip=QT_TRANSLATE_NOOP("MainWindow", "Print preview of the current view (the chart if "
                                     "the Compare panel has focus, else the timeline), marking on every "
                                     "page")),
    ActionSpec("note_action", QT_TRANSLATE_NOOP("MainWindow", "Export briefing &note…"),
               "window_exports._on_q_export_note_triggered",
               tip=QT_TRANSLATE_NOOP("MainWindow", "A one-page note (Word or PDF) from the current "
                                     "briefing, or from the current view when the briefing is empty")),
    ActionSpec("print_briefing_action", QT_TRANSLATE_NOOP("MainWindow", "&Print briefing…"),
               "briefing.open_print_preview",
               tip=QT_TRANSLATE_NOOP("MainWindow", "Every item of the current briefing, one slide per "
                                     "page")),
    # Keyboard routes to every panel: a tabbed dock is brought to the front, then focused (its
    # visibility toggle alone would leave Compare behind Events). Held in ``window.panel_actions``.
    ActionSpec("go_to_timeline_action", QT_TRANSLATE_NOOP("MainWindow", "Go to &timeline"),
               "go_to_panel", "Ctrl+1", args=("timeline",)),
    ActionSpec("go_to_filters_action", QT_TRANSLATE_NOOP("MainWindow", "Go to filter&s"),
               "go_to_panel", "Ctrl+2", args=("filters",)),
    ActionSpec("go_to_events_action", QT_TRANSLATE_NOOP("MainWindow", "Go to e&vents"),
               "go_to_panel", "Ctrl+3", args=("events",)),
    ActionSpec("go_to_compare_action", QT_TRANSLATE_NOOP("MainWindow", "Go to &compare"),
               "go_to_panel", "Ctrl+4", args=("compare",)),
    ActionSpec("go_to_details_action", QT_TRANSLATE_NOOP("MainWindow", "Go to det&ails"),
               "go_to_panel", "Ctrl+5", args=("details",)),
    ActionSpec("go_to_briefing_action", QT_TRANSLATE_NOOP("MainWindow", "Go to &briefing"),
               "go_to_panel", "Ctrl+6", args=("briefing",)),
    ActionSpec("next_panel_action", QT_TRANSLATE_NOOP("MainWindow", "Ne&xt panel"), "window_layout.cycle_panel", "F6",
               args=(1,)),
    ActionSpec("previous_panel_action", QT_TRANSLATE_NOOP("MainWindow", "Previous pane&l"),
               "window_layout.cycle_panel", "Shift+F6", args=(-1,)),
    ActionSpec("reset_layout_action", QT_TRANSLATE_NOOP("MainWindow", "Reset la&yout"), "window_layout.reset_layout",
               tip=QT_TRANSLATE_NOOP("MainWindow", "Put every panel back where it was on first start, "
                                     "all of them shown")),
)

PANELS = ("timeline", "filters", "events", "compare", "details", "briefing")  # go_to_<name>_action

# Menus in menu-bar order. An entry is an action's attr, "-" (a separator), "menu:<attr>" (a submenu
# the window fills when it opens: ``window._update_<name>``) or "dock:<attr>" (a dock's show/hide).
MENUS: tuple[tuple[object, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "&File"), (
        "open_action", "menu:recent_menu", "open_alongside_action", "import_data_action",
        "menu:close_pack_menu", "what_changed_since_action", "what_changed_action", "-",
        "export_action", "print_action", "-",
        "export_user_data_action", "import_user_data_action", "-",
        "quit_action")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), (
        "find_action", "clear_filters_action", "-", "copy_chart_action", "-", "preferences_action")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Briefing"), (
        "add_chart_action", "add_table_action", "add_timeline_action", "add_event_action", "-",
        "note_action", "print_briefing_action", "-", "dock:briefing_dock")),
    (QT_TRANSLATE_NOOP("MainWindow", "&View"), (
        "dock:filter_dock", "dock:table_dock", "dock:compare_dock", "dock:detail_dock",
        "dock:briefing_dock", "-",
        "lanes_partner_action", "lanes_domain_action", "eras_action", "-",
        "fit_action", "zoom_in_action", "zoom_out_action", "-",
        "full_screen_action", "-",
        *(f"go_to_{name}_action" for name in PANELS), "next_panel_action", "previous_panel_action", "-",
        "reset_layout_action")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), (
        "user_guide_action", "shortcuts_action", "-", "about_action")),
)

SUBMENUS: dict[str, tuple[object, str]] = {  # attr -> (title, the window method that fills it when it opens)
    "recent_menu": (QT_TRANSLATE_NOOP("MainWindow", "Open &recent"), "_update_recent_menu"),
    "close_pack_menu": (QT_TRANSLATE_NOOP("MainWindow", "&Close pack"), "_update_close_pack_menu"),
}

TOOLBAR = ("open_action", "fit_action", "zoom_in_action", "zoom_out_action",
           "lanes_partner_action", "lanes_domain_action", "eras_action")


def _with_platform_keys(first: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """``first`` (shown in the menu), then the platform's own bindings for ``standard``."""
    keys = [QKeySequence(first)]
    for key in QKeySequence.keyBindings(standard):
        if key not in keys and not key.isEmpty():
            keys.append(key)
    return keys


def _tr(window: MainWindow, text: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP, translated in the window's context ("MainWindow")."""
    return window.tr(str(text))


def _resolve(window: MainWindow, path: str) -> Any:
    target: Any = window
    for name in path.split("."):
        target = getattr(target, name)
    return target


def _connect(window: MainWindow, action: QAction, spec: ActionSpec) -> None:
    if not spec.args and "." not in spec.slot:
        action.triggered.connect(getattr(window, spec.slot))
        return

    def run(_checked: bool = False) -> None:
        _resolve(window, spec.slot)(*spec.args)

    action.triggered.connect(run)


def make_action(window: MainWindow, spec: ActionSpec) -> QAction:
    action = QAction(_tr(window, spec.text), window)
    if isinstance(spec.shortcut, tuple):
        action.setShortcuts(_with_platform_keys(*spec.shortcut))
    elif spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
    action.setCheckable(spec.checkable)
    if spec.tip:
        tip = _tr(window, spec.tip)
        action.setStatusTip(tip)
        action.setToolTip(tip)
    _connect(window, action, spec)
    if spec.checked:
        action.setChecked(True)
    if spec.role is not None:
        action.setMenuRole(spec.role)
    if not spec.enabled:
        action.setEnabled(False)
    if spec.icon_text:
        action.setIconText(_tr(window, spec.icon_text))
    return action


def build(window: MainWindow) -> None:
    """Every action as ``window.<attr>``, ``window.panel_actions``, the menus and the toolbar."""
    groups: dict[str, QActionGroup] = {}
    for spec in ACTIONS:
        action = make_action(window, spec)
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
        setattr(window, spec.attr, action)
    window.panel_actions = {name: getattr(window, f"go_to_{name}_action") for name in PANELS}
    for dock in window._panel_docks().values():
        if dock is not None:
            dock.toggleViewAction().setStatusTip(
                _tr(window, QT_TRANSLATE_NOOP("MainWindow", "Show or hide the {panel} panel")).format(panel=dock.windowTitle()))

    for title, entries in MENUS:
        menu = window.menuBar().addMenu(_tr(window, title))
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif entry.startswith("menu:"):
                attr = entry.removeprefix("menu:")
                text, update = SUBMENUS[attr]
                submenu = menu.addMenu(_tr(window, text))
                submenu.aboutToShow.connect(getattr(window, update))
                setattr(window, attr, submenu)
            elif entry.startswith("dock:"):
                menu.addAction(getattr(window, entry.removeprefix("dock:")).toggleViewAction())
            else:
                menu.addAction(getattr(window, entry))
    window.close_pack_menu.menuAction().setEnabled(False)  # only while several packs are open

    toolbar = QToolBar(_tr(window, QT_TRANSLATE_NOOP("MainWindow", "Main toolbar")), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setAccessibleName(_tr(window, QT_TRANSLATE_NOOP("MainWindow", "Main toolbar")))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for attr in TOOLBAR:
        toolbar.addAction(getattr(window, attr))
    window.addToolBar(toolbar)
