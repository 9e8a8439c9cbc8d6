"""Help ▸ Keyboard shortcuts: every shortcut of the actions given, grouped by menu, filterable; and
the keys a view handles itself (the timeline's arrows, +/−, Home, wheel and drag), which that view
publishes as rows (``timeline_view.key_bindings``).

Generated from the ``QAction`` objects themselves (their text, shortcuts and the menus they sit in),
never a hand-written list, so it cannot drift from what the keys really do and shows the keys in
the platform's own notation (Ctrl on Linux and Windows, ⌘ on macOS) in the interface language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

_MNEMONIC_IN_BRACKETS = re.compile(r"\s*\(&[^)]\)")  # Japanese style: "ファイル(&F)"
_MNEMONIC = re.compile(r"&(.)")


def plain_text(text: str) -> str:
    """A menu text without its mnemonic markers: "&Open pack…" -> "Open pack…", "ファイル(&F)" ->
    "ファイル", "Save && close" -> "Save & close"."""
    return _MNEMONIC.sub(r"\1", _MNEMONIC_IN_BRACKETS.sub("", text)).strip()


def _parent_menu(menu: QMenu) -> QMenu | None:
    for obj in menu.menuAction().associatedObjects():
        if isinstance(obj, QMenu) and obj is not menu:
            return obj
    return None


def menu_path(action: QAction) -> list[str]:
    """The titles of the menus that lead to ``action``, outermost first ([] if in no menu)."""
    menus = [obj for obj in action.associatedObjects() if isinstance(obj, QMenu)]
    if not menus:
        return []
    path: list[str] = []
    menu: QMenu | None = menus[0]
    seen: set[int] = set()
    while menu is not None and id(menu) not in seen:
        seen.add(id(menu))
        path.insert(0, plain_text(menu.title()))
        menu = _parent_menu(menu)
    return [p for p in path if p]


def shortcut_text(action: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            if not k.isEmpty()]
    return ", ".join(keys)


class ShortcutsDialog(QDialog):
    """Every shortcut of ``actions``, grouped by their top menu; a field filters the list."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None,
                 extra: Sequence[tuple[str, str, str]] = ()) -> None:
        """``extra``: (group, what, keys) rows of keys a view handles itself, already translated."""
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by action, menu or key"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter the shortcuts"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Shows only the shortcuts whose action, menu or keys contain the text"))
        self.filter_edit.textChanged.connect(self._on_q_filter_changed)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Shortcuts"))
        self.tree.setAccessibleDescription(self.tr("Each action with its keys, grouped by menu"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.empty_label = QLabel(self.tr("No shortcut matches."), self)
        self.empty_label.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)

        self._fill(actions)
        self._fill_extra(extra)
        em = self.fontMetrics().height()
        self.resize(em * 34, em * 30)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(min(self.width(), int(room.width() * 0.9)),
                        min(self.height(), int(room.height() * 0.85)))

    def _group(self, name: str) -> QTreeWidgetItem:
        group = self._groups.get(name)
        if group is None:
            group = QTreeWidgetItem(self.tree, [name, ""])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self._groups[name] = group
        return group

    def _add_row(self, group_name: str, path: list[str], name: str, keys: str, tip: str) -> None:
        item = QTreeWidgetItem(self._group(group_name), [name, keys])
        item.setData(0, Qt.ItemDataRole.UserRole, " ".join([*path, name, keys]).casefold())
        item.setToolTip(0, tip or name)
        item.setData(1, Qt.ItemDataRole.AccessibleTextRole, keys)

    def _fill_extra(self, rows) -> None:
        for group_name, name, keys in rows:
            self._add_row(group_name, [group_name], name, keys, name)
        self.tree.expandAll()

    def _fill(self, actions: list[QAction]) -> None:
        self._groups: dict[str, QTreeWidgetItem] = {}
        seen: set[int] = set()
        other = self.tr("Other")
        for action in actions:
            keys = shortcut_text(action)
            if not keys or id(action) in seen or action.isSeparator():
                continue
            seen.add(id(action))
            path = menu_path(action)
            group_name = path[0] if path else other
            name = plain_text(action.text())
            if len(path) > 1:
                # A submenu and its item ("Panels ▸ Go to compare"; Japanese "パネル＞…": the
                # bundled Japanese face has no ▸).
                name = self.tr(" ▸ ").join(path[1:] + [name])
            self._add_row(group_name, path, name, keys,
                          plain_text(action.toolTip()) if action.toolTip() else name)
        self.tree.expandAll()

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) of every row shown now (tests and screen readers' view)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None or group.isHidden():
                continue
            for j in range(group.childCount()):
                child = group.child(j)
                if child is not None and not child.isHidden():
                    out.append((group.text(0), child.text(0), child.text(1)))
        return out

    def _on_q_filter_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        any_shown = False
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            group_match = bool(needle) and needle in group.text(0).casefold()
            shown = 0
            for j in range(group.childCount()):
                child = group.child(j)
                if child is None:
                    continue
                visible = not needle or group_match or needle in child.data(0, Qt.ItemDataRole.UserRole)
                child.setHidden(not visible)
                shown += visible
            group.setHidden(shown == 0)
            any_shown = any_shown or shown > 0
        self.empty_label.setVisible(not any_shown)
