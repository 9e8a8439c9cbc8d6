"""Help ▸ User guide: opens at the asked section, in Japanese under a Japanese interface, links
between sections work, links outside are never followed, find reaches every section."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QApplication

from explorer.qt.views import user_guide
from explorer.qt.views.user_guide import SECTIONS, guide_dir, show_user_guide


@pytest.fixture
def english():
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def japanese():
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def guide_windows(qtbot):
    opened = []
    yield opened
    for w in opened:
        if user_guide._instance and user_guide._instance[0] is w:
            w.close()
    user_guide._instance.clear()


def open_guide(guide_windows, section="getting-started"):
    w = show_user_guide(None, section)
    guide_windows.append(w)
    return w


def test_the_guide_opens_at_the_section_a_panel_asks_for(english, guide_windows):
    w = open_guide(guide_windows, "compare")
    assert w.isVisible()
    assert w.contents.currentItem().text() == "Comparing partners"
    text = w.browser.toPlainText()
    assert text.startswith("Comparing partners") and "As published" in text and "Index" in text
    w.resize(700, 300)  # shorter than the section: it must open at its top, not scrolled down
    QApplication.processEvents()
    assert w.browser.verticalScrollBar().maximum() > 0
    assert w.browser.verticalScrollBar().value() == 0
    # Asking again raises the same window at another section: one guide, never two.
    again = show_user_guide(None, "timeline")
    assert again is w and w.browser.toPlainText().startswith("The timeline")
    assert w.contents.currentItem().text() == "The timeline"


def test_choosing_a_section_in_the_contents_shows_it(english, guide_windows):
    w = open_guide(guide_windows)
    row = SECTIONS.index("importing")
    w.contents.setCurrentRow(row)
    assert w.browser.toPlainText().startswith("Importing your own data")


def test_under_a_japanese_interface_the_guide_is_japanese(japanese, guide_windows):
    w = open_guide(guide_windows, "compare")
    assert w.lang == "ja"
    assert w.browser.toPlainText().startswith("国・地域を比較")
    titles = [w.contents.item(i).text() for i in range(w.contents.count())]
    assert titles[0] == "はじめに" and "キーボードショートカット" in titles
    assert not any(re.search(r"[A-Za-z]{4,}", t) for t in titles), titles
    assert "公表値のまま" in w.browser.toPlainText() and "基準期間" in w.browser.toPlainText()


def test_a_link_to_another_section_opens_it_from_the_keyboard(english, guide_windows, qtbot):
    w = open_guide(guide_windows, "getting-started")
    qtbot.waitExposed(w)
    w.browser.setFocus()
    # Tab walks the links of the text; the first ones lead to other sections. Enter follows.
    for _ in range(40):
        qtbot.keyClick(w.browser, Qt.Key.Key_Tab)
        anchor = w.browser.textCursor().charFormat().anchorHref() \
            or w.browser.textCursor().selectedText()
        if w.browser.textCursor().hasSelection():
            break
    with qtbot.waitSignal(w.browser.anchorClicked) as clicked:
        qtbot.keyClick(w.browser, Qt.Key.Key_Return)
    target = clicked.args[0].path().removesuffix(".md")
    assert target in SECTIONS and target != "getting-started", anchor
    assert w.current_section == target
    assert w.contents.currentItem().data(Qt.ItemDataRole.UserRole) == target


def test_outside_links_are_named_never_followed(english, guide_windows):
    w = open_guide(guide_windows, "filters")
    before = w.browser.toPlainText()
    w.browser.anchorClicked.emit(QUrl("https://example.org/guide"))
    assert "not opened" in w.status.text() and "https://example.org/guide" in w.status.text()
    assert w.browser.toPlainText() == before and w.current_section == "filters"
    # Nothing is loaded from anywhere: an image in the text asks for nothing (the autouse network
    # guard would fail the test on any connection).
    assert w.browser.loadResource(2, QUrl("https://example.org/x.png")) is None
    w.browser.setMarkdown("![x](https://example.org/x.png) ![y](file:///etc/passwd)")
    w.browser.document().adjustSize()


def test_find_reaches_the_section_that_has_the_words(english, guide_windows, qtbot):
    w = open_guide(guide_windows, "getting-started")
    qtbot.keyClicks(w.find_edit, "Correlates of War")
    qtbot.keyClick(w.find_edit, Qt.Key.Key_Return)
    assert w.current_section == "importing"
    assert w.browser.textCursor().selectedText() == "Correlates of War"
    w.find_edit.setText("no such words anywhere xyzzy")
    assert w.find_next() is False and "not in the guide" in w.status.text()


def test_every_interactive_part_has_an_accessible_name(english, guide_windows):
    w = open_guide(guide_windows)
    for widget in (w.contents, w.browser, w.find_edit, w.find_button):
        assert widget.accessibleName()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_section_exists_with_a_title_and_its_links_lead_to_sections(lang):
    for section in SECTIONS:
        text = (guide_dir(lang) / f"{section}.md").read_text(encoding="utf-8")
        assert text.startswith("# "), (lang, section)
        for target in re.findall(r"\]\(([^)]+)\)", text):
            assert target.split("#")[0].removesuffix(".md") in SECTIONS, (lang, section, target)


# -- Help ▸ Keyboard shortcuts ------------------------------------------------------------------------

def test_the_shortcuts_dialog_lists_each_actions_own_keys_by_menu_and_filters(qtbot):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from explorer.qt.views.shortcuts_dialog import ShortcutsDialog

    window = QMainWindow()
    qtbot.addWidget(window)
    file_menu = window.menuBar().addMenu("&File")
    open_action = QAction("&Open pack…", window)
    open_action.setShortcut(QKeySequence("Ctrl+O"))
    file_menu.addAction(open_action)
    view_menu = window.menuBar().addMenu("表示(&V)")
    panels = view_menu.addMenu("&Panels")
    goto = QAction("Go to &compare", window)
    goto.setShortcuts([QKeySequence("Ctrl+4"), QKeySequence("Alt+4")])
    panels.addAction(goto)
    no_keys = QAction("&About", window)
    file_menu.addAction(no_keys)
    loose = QAction("Next panel", window)
    loose.setShortcut(QKeySequence("F6"))

    dialog = ShortcutsDialog([open_action, goto, no_keys, loose], window)
    qtbot.addWidget(dialog)
    native = QKeySequence("Ctrl+O").toString(QKeySequence.SequenceFormat.NativeText)
    rows = dialog.rows()
    assert ("File", "Open pack…", native) in rows
    assert ("表示", "Panels ▸ Go to compare",
            ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                      for k in ("Ctrl+4", "Alt+4"))) in rows
    assert not any(r[1] == "About" for r in rows)  # no shortcut, not listed
    assert any(r[1] == "Next panel" and r[2] == "F6" for r in rows)  # in no menu: "Other"

    # A shortcut changed on the action is what a new dialog shows: generated, not hand-written.
    open_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
    again = ShortcutsDialog([open_action], window)
    qtbot.addWidget(again)
    assert again.rows()[0][2] == QKeySequence("Ctrl+Shift+K").toString(
        QKeySequence.SequenceFormat.NativeText)

    qtbot.keyClicks(dialog.filter_edit, "compare")
    assert [r[1] for r in dialog.rows()] == ["Panels ▸ Go to compare"]
    dialog.filter_edit.setText("F6")
    assert [r[1] for r in dialog.rows()] == ["Next panel"]
    dialog.filter_edit.setText("nothing like this")
    assert dialog.rows() == [] and dialog.empty_label.isVisibleTo(dialog)
    assert dialog.filter_edit.accessibleName() and dialog.tree.accessibleName()
