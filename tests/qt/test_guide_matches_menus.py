"""Every menu path the user guide names in bold (**File ▸ Export…**, **ファイル＞書き出し…**) is a
real menu and item of the window, in the guide's language: built as the app builds it, with the
interface in English and in Japanese. A renamed action or a guide written from memory fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from explorer.qt import i18n
from explorer.qt.views.shortcuts_dialog import plain_text
from explorer.userdata.settings import Settings

GUIDE = Path(__file__).resolve().parents[2] / "resources" / "guide"
SEPARATOR = {"en": " ▸ ", "ja": "＞"}
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def guide_paths(lang: str) -> dict[str, list[str]]:
    """Bold menu paths of the guide in ``lang``: the path as written -> the files naming it."""
    out: dict[str, list[str]] = {}
    for md in sorted((GUIDE / lang).glob("*.md")):
        for bold in _BOLD.findall(md.read_text(encoding="utf-8")):
            if SEPARATOR[lang].strip() in bold:
                out.setdefault(bold.strip(), []).append(md.name)
    return out


def menu_entries(window) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """(every menu path to an action, every path to a menu) of the window's menu bar."""
    actions, menus = set(), set()

    def walk(menu: QMenu, path: tuple[str, ...]) -> None:
        menus.add(path)
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if sub is not None:
                walk(sub, (*path, plain_text(sub.title())))
            elif action.text():
                actions.add((*path, plain_text(action.text())))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), (plain_text(top.menu().title()),))
    return actions, menus


def dialog_texts(window) -> set[str]:
    """The labels of the Preferences dialog (the guide names its settings after the menu item)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    dialog = window.make_preferences_dialog()
    try:
        texts = set()
        for w in dialog.findChildren(QLabel):
            texts.add(plain_text(w.text()).rstrip(":："))
        for w in dialog.findChildren(QGroupBox):
            texts.add(plain_text(w.title()))
        for w in dialog.findChildren(QAbstractButton):
            texts.add(plain_text(w.text()))
        return texts
    finally:
        dialog.close()
        dialog.deleteLater()


def problems_in(path: str, lang: str, actions, menus, settings_texts) -> str | None:
    parts = [p.strip() for p in path.split(SEPARATOR[lang].strip())]
    # "View ▸ Zoom in / Zoom out": two items of one menu.
    *_head, last = parts
    for n in range(len(parts), 1, -1):
        prefix = tuple(parts[:n])
        items = [prefix] if n < len(parts) or " / " not in last else [
            (*parts[:n - 1], item.strip()) for item in last.split(" / ")]
        if all(item in actions or item in menus for item in items):
            rest = parts[n:]
            if not rest:
                return None
            # "Edit ▸ Preferences ▸ Timeline after a filter change": a setting in that dialog.
            if all(r in settings_texts for r in rest):
                return None
            return f"{path!r}: {' / '.join(rest)!r} is not in the dialog {prefix[-1]!r} opens"
    return f"{path!r}: no such menu item"


@pytest.fixture(params=["en", "ja"])
def window_in(request, qtbot, qapp):
    settings = Settings()
    settings.set("ui_language", request.param)
    settings.save()
    from explorer.qt.app import build_window

    _app, window = build_window(None)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.session.pack is not None, timeout=30000)
        yield request.param, window
    finally:
        window.close()
        i18n.remove_translators(qapp)


def test_every_menu_path_in_the_guide_is_a_real_menu_item(window_in):
    lang, window = window_in
    assert window.interface_language == lang
    paths = guide_paths(lang)
    assert len(paths) >= 10  # the guide does name menus; the pattern found them
    actions, menus = menu_entries(window)
    settings_texts = dialog_texts(window)
    wrong = [f"{problem} ({', '.join(files)})" for path, files in sorted(paths.items())
             if (problem := problems_in(path, lang, actions, menus, settings_texts))]
    assert wrong == [], "\n".join(wrong)
