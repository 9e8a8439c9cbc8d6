"""The interface in Japanese: the catalogue is complete and compiled, every translated character is
in the bundled font, the window and its dialogs show no English under a Japanese interface, and the
window still fits the laptop in Japanese.

The walk's failure message is a to-do list: every English text left, with the widget it is on.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QRawFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
    QWizardPage,
)

from explorer.qt import i18n
from explorer.userdata.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py)

TS = translations.TS
QM = translations.QM
GUIDE_JA = ROOT / "resources" / "guide" / "ja"
FONTS = ROOT / "resources" / "fonts"


def _messages() -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message of the merged catalogue."""
    return [(c, s, translations.translation_text(m)) for c, s, m in translations.messages(TS)]


# -- the catalogue ---------------------------------------------------------------------------------

def test_every_message_has_a_finished_translation():
    assert TS.is_file(), f"{TS} is missing: run packaging/translations.py update"
    todo = translations.unfinished(TS)
    assert not todo, (f"{len(todo)} messages are not translated (packaging/translations.py update "
                      "adds them to resources/i18n/explorer_ja.ts: translate them there, then "
                      "compile):\n" + "\n".join(todo))


def test_no_string_is_marked_in_a_way_that_cannot_be_translated():
    """``tr = self.tr; tr("…")`` or ``tr`` from elsewhere gives lupdate no context: the .qm would
    hold the text under "" while the running code asks under the class's name, so it stays English."""
    nameless = [f"{s!r}" for c, s, _t in _messages() if not c]
    assert not nameless, ("lupdate found these outside any class or context: call self.tr(\"…\") "
                          "directly (not an alias) or QCoreApplication.translate(\"Context\", \"…\"):\n"
                          + "\n".join(nameless))


_BRACED = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")
_PERCENT = re.compile(r"%(?:L?\d+|n)")


def _mnemonic(text: str) -> bool:
    return bool(re.search(r"&[^&\s]", text.replace("&&", "")))


def test_translations_keep_the_placeholders_mnemonics_and_ellipses():
    wrong = []
    for context, source, text in _messages():
        if not text:
            continue  # reported by the completeness test
        why = []
        if sorted(_BRACED.findall(source)) != sorted(_BRACED.findall(text)):
            why.append(f"placeholders {sorted(_BRACED.findall(source))}")
        if sorted(_PERCENT.findall(source)) != sorted(_PERCENT.findall(text)):
            why.append(f"placeholders {sorted(_PERCENT.findall(source))}")
        if _mnemonic(source) and not _mnemonic(text):
            why.append("the & mnemonic (write it as \"(&F)\" at the end)")
        if source.rstrip().endswith("…") and not text.rstrip().endswith("…"):
            why.append("the trailing … (the command opens a dialog)")
        if why:
            wrong.append(f"{context} / {source!r} -> {text!r}: keep " + ", ".join(why))
    assert not wrong, "\n".join(wrong)


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    translations.lrelease(TS, fresh)
    assert QM.is_file(), f"{QM} is missing: run packaging/translations.py compile"
    assert QM.read_bytes() == fresh.read_bytes(), (
        "resources/i18n/explorer_ja.qm is older than explorer_ja.ts: run "
        "packaging/translations.py compile and commit the .qm")


def test_every_translatable_string_of_the_sources_is_in_the_catalogue(tmp_path):
    copy = tmp_path / "explorer_ja.ts"
    shutil.copy(TS, copy)
    translations.lupdate(copy)
    have = {(c, s) for c, s, _t in _messages()}
    found = {(c, s) for c, s, _m in translations.messages(copy)}
    missing = sorted(found - have)
    assert not missing, ("strings in the code that explorer_ja.ts lacks (run packaging/"
                         "translations.py update compile):\n"
                         + "\n".join(f"{c} / {s!r}" for c, s in missing))


def _ts(path: Path, messages: list[tuple[str, str, str | None]]) -> Path:
    root = ET.Element("TS", version="2.1", language="ja_JP")
    for context, source, text in messages:
        ctx = root.find(f"context[name='{context}']")
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if text is None:
            translation.set("type", "unfinished")
        else:
            translation.text = text
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path


def test_update_fills_the_catalogue_from_the_parts_and_check_lists_what_is_left(tmp_path):
    merged = _ts(tmp_path / "explorer_ja.ts", [("MainWindow", "&File", None),
                                               ("MainWindow", "&View", None),
                                               ("Other", "Close", "閉じる")])
    parts = tmp_path / "parts"
    _ts(parts / "a_ja.ts", [("MainWindow", "&File", "ファイル(&F)"), ("MainWindow", "&View", None)])
    _ts(parts / "b_ja.ts", [("MainWindow", "&File", "ファイル(&Z)")])
    total, translated, conflicts = translations.fill(merged, parts)
    assert (total, translated) == (3, 2)
    assert len(conflicts) == 1 and "a_ja.ts and b_ja.ts" in conflicts[0]
    got = {(c, s): translations.translation_text(m) for c, s, m in translations.messages(merged)}
    assert got[("MainWindow", "&File")] == "ファイル(&F)"  # the first part wins, the other is reported
    assert got[("Other", "Close")] == "閉じる"  # kept: no part says otherwise
    assert [line.split(" (")[0] for line in translations.unfinished(merged)] == ["MainWindow / '&View'"]


# -- the bundled font has every character ----------------------------------------------------------

def _font_has(qapp) -> callable:
    fonts = sorted(FONTS.glob("*.otf"))
    assert fonts, f"no bundled font in {FONTS}"
    raw = QRawFont(str(fonts[0]), 12)
    assert raw.isValid(), fonts[0]
    # by code point: the one-character-string overload maps some kanji wrongly (PySide6 6.10)
    return lambda ch: ch.isspace() or ch.isascii() or raw.supportsCharacter(ord(ch))


def test_every_translated_character_is_in_the_bundled_font(qapp):
    has = _font_has(qapp)
    texts = [(f"{c} / {s!r}", t) for c, s, t in _messages()]
    texts += [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8"))
              for p in sorted(GUIDE_JA.glob("*.md"))] if GUIDE_JA.is_dir() else []
    tofu = []
    for where, text in texts:
        missing = sorted({ch for ch in text if not has(ch)})
        if missing:
            tofu.append(f"{where}: {' '.join(f'{ch} (U+{ord(ch):04X})' for ch in missing)}")
    assert not tofu, ("characters Briefing Sans JP (JIS X 0208) lacks would show as boxes; use "
                      "another word or kana:\n" + "\n".join(tofu))


# -- choosing the language and installing the translators -----------------------------------------

def test_interface_language_follows_the_setting_then_the_system_locale():
    settings = Settings()
    settings.set("ui_language", "ja")
    assert i18n.interface_language(settings) == "ja"
    settings.set("ui_language", "en")
    assert i18n.interface_language(settings) == "en"
    settings.set("ui_language", "system")
    assert i18n.interface_language(settings) == i18n.system_language()
    probe = ("from explorer.qt.i18n import interface_language; "
             "from explorer.userdata.settings import Settings; print(interface_language(Settings()))")
    for lang, expected in (("ja_JP.UTF-8", "ja"), ("en_GB.UTF-8", "en"), ("C", "en")):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              env={**env, "LANG": lang, "LC_ALL": lang}, cwd=ROOT, timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == expected, (lang, done.stdout)


def test_label_language_is_the_setting_or_else_the_interface_language():
    settings = Settings()
    assert i18n.effective_label_language(settings, "ja") == "ja"
    assert i18n.effective_label_language(settings, "en") == "en"
    settings.set("label_language", "both")
    assert i18n.effective_label_language(settings, "ja") == "both"
    settings.set("label_language", "en")
    assert i18n.effective_label_language(settings, "ja") == "en"


@pytest.fixture
def japanese_translators(qapp):
    installed = i18n.install_translators(qapp, "ja")
    yield installed
    i18n.remove_translators(qapp)


def test_japanese_translators_put_our_text_and_qts_dialog_buttons_in_japanese(japanese_translators):
    assert not japanese_translators.problems
    assert len(japanese_translators) == 2
    assert QCoreApplication.translate("printing", "Print preview — {title}") == "印刷プレビュー — {title}"
    assert QLocale().language() == QLocale.Language.Japanese
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    try:
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"
    finally:
        box.deleteLater()


def test_english_takes_the_translators_out(qapp, japanese_translators):
    assert i18n.install_translators(qapp, "en") == []
    assert QCoreApplication.translate("printing", "Print preview — {title}") == "Print preview — {title}"


def test_a_missing_catalogue_is_reported_never_a_crash(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "catalogue_path", lambda: tmp_path / "explorer_ja.qm")
    monkeypatch.setattr(i18n, "qt_catalogue_candidates", lambda: [tmp_path / "qtbase_ja.qm"])
    try:
        installed = i18n.install_translators(qapp, "ja")
        assert installed == []
        assert len(installed.problems) == 2
        assert all("explorer_ja.qm" in p or "qtbase_ja.qm" in p for p in installed.problems)
    finally:
        i18n.remove_translators(qapp)


# -- the walk: no English on screen under the Japanese interface -----------------------------------

# Proper names and format names that stay as they are in a Japanese interface.
ALLOWED_PHRASES = ("Briefing Explorer", "Briefing Sans JP", "Noto Sans CJK JP", "PowerPoint",
                   "Creative Commons", "Correlates of War", "Shift_JIS", "UTF-8", "EUC-JP")
ALLOWED_WORDS = {
    "Word", "Excel", "PNG", "SVG", "PDF", "CSV", "XLSX", "JSON", "JPEG", "DOCX", "PPTX", "ZIP",
    "EU", "US", "USA", "ISO", "SHA", "WTO", "GDP", "USD", "EUR", "JPY", "CNY", "GBP", "SDR", "IMF",
    "OECD", "ASEAN", "APEC", "RCEP", "CPTPP", "TPP", "EPA", "FTA", "SPA", "DEU", "JPN",
    "Python", "PySide", "pyqtgraph", "numpy", "pandas", "Markdown", "OFL", "SIL", "MIT", "LGPL",
    "Ctrl", "Shift", "Alt", "Meta", "Home", "End", "Tab", "Esc", "Del", "Ins", "PgUp", "PgDown",
    "Space", "Return", "Enter", "Backspace", "Left", "Right", "Up", "Down",
    "datapackage", "json", "zip", "csv", "xlsx", "pptx", "pdf", "png", "svg", "docx", "txt",
    "RGB", "px", "pt", "dpi", "TSV", "TXT", "tsv", "LNG", "Delete", "PgDn",
    # encodings by their names, and a language's own name in the language choice
    "Windows", "latin", "euc", "English",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}")
_TAG = re.compile(r"<[^>]+>")


def _data_pattern(pack) -> re.Pattern:
    """Every text of the pack (titles, names, sources, units, ids): data, shown as it is."""
    strings: set[str] = {pack.meta.title, pack.meta.name, pack.meta.description}
    for meta in (*pack.meta.licenses, *pack.meta.sources):
        strings |= {str(v) for v in meta.values() if isinstance(v, str)}
    for name in pack.RESOURCE_NAMES:
        frame = pack.table(name)
        for column in frame.columns:
            if frame[column].dtype == object:
                strings |= {v for v in frame[column].dropna().unique() if isinstance(v, str)}
    for frame in (pack.domains,):
        for column in frame.columns:
            strings |= {v for v in frame[column].dropna().unique() if isinstance(v, str)}
    usable = sorted((s.strip() for s in strings if s and _WORD.search(s)), key=len, reverse=True)
    return re.compile("|".join(re.escape(s) for s in usable if len(s) >= 2))


def english_words(text: str, data: re.Pattern) -> list[str]:
    text = html.unescape(_TAG.sub(" ", text or ""))
    text = data.sub(" ", text)
    for phrase in ALLOWED_PHRASES:
        text = text.replace(phrase, " ")
    text = re.sub(r"[\w.-]+\.(?:json|zip|csv|xlsx|pptx|pdf|png|svg|docx|qm|ts|md)\b", " ", text)
    text = re.sub(r"\bF\d{1,2}\b|https?://\S+", " ", text)
    # a file's path (the log's in About) is data: from a line's start or a space, two parts at least
    text = re.sub(r"(?:^|(?<=\s))(?:[A-Za-z]:\\|/)[^\s<>/\\]+[/\\][^\s<>]+", " ", text, flags=re.M)
    return [w for w in _WORD.findall(text) if w not in ALLOWED_WORDS and w.strip("'") not in ALLOWED_WORDS]


def _path(widget: QWidget) -> str:
    names = []
    w = widget
    while w is not None and len(names) < 4:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return " < ".join(names)


def _widget_texts(widget: QWidget):
    """(what, text) for every text a user can see or hear on ``widget`` itself."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    for what in ("toolTip", "statusTip", "whatsThis", "accessibleName", "accessibleDescription"):
        yield what, getattr(widget, what)()
    if isinstance(widget, QLabel):
        yield "text", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QTextEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "text", widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
        for what in ("prefix", "suffix"):
            if hasattr(widget, what):
                yield what, getattr(widget, what)()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"tab {i}", widget.tabText(i)
            yield f"tab {i} tip", widget.tabToolTip(i)
    if isinstance(widget, QDockWidget):
        yield "dock title", widget.windowTitle()
    if isinstance(widget, QWizardPage):
        yield "page title", widget.title()
        yield "page subtitle", widget.subTitle()
    if isinstance(widget, QWizard):
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            yield f"button {which.name}", widget.buttonText(which)
    header = (widget.horizontalHeader() if isinstance(widget, QTableView)
              else widget.header() if isinstance(widget, QTreeView) else None)
    if header is not None and header.model() is not None:
        for section in range(header.count()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = header.model().headerData(section, Qt.Orientation.Horizontal, role)
                if isinstance(value, str):
                    yield f"column {section} header", value
    for action in widget.actions():
        yield from _action_texts(action)


def _action_texts(action: QAction):
    yield "action text", action.text()
    yield "action tooltip", action.toolTip()
    yield "action status tip", action.statusTip()
    menu = action.menu()
    if menu is not None:
        yield "menu title", menu.title()


def collect_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text on ``top`` and its widgets and actions, shown or not."""
    out = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not shiboken6.isValid(widget):  # a menu rebuilt while the walk goes
            continue
        for what, text in _widget_texts(widget):
            if text and text.strip():
                out.append((f"{_path(widget)} [{what}]", text))
    for action in top.findChildren(QAction):
        for what, text in _action_texts(action):
            if text and text.strip():
                out.append((f"QAction {action.objectName() or action.text()!r} [{what}]", text))
    return out


def _open_and_collect(qtbot, window, name: str, open_it) -> tuple[list, list[str]]:
    """Open a dialog (modal or not), collect its texts, close it. Returns (texts, problems)."""
    before = set(QApplication.topLevelWidgets())
    found: list[tuple[str, str]] = []
    seen: list[QWidget] = []
    problems: list[str] = []

    def grab(attempt: int = 0) -> None:
        new = [w for w in QApplication.topLevelWidgets()
               if w not in before and w.isVisible() and w is not window]
        if not new and attempt < 30:
            QTimer.singleShot(100, lambda: grab(attempt + 1))
            return
        for w in new:
            if w in seen:
                continue
            seen.append(w)
            if not isinstance(w, QFileDialog):  # a file dialog lists the disk's names (data)
                found.extend((f"{name}: {where}", text) for where, text in collect_texts(w))
            if isinstance(w, QDialog):
                w.reject()
            w.close()
        if not new:
            problems.append(f"{name}: no window opened")

    # After a second: a dialog that draws something just after it opens has done so (the Export
    # dialog's preview). The timer runs inside a modal dialog's exec() too.
    QTimer.singleShot(1000, grab)
    try:
        open_it()
    except Exception as e:  # the walk goes on; the failure is listed
        problems.append(f"{name}: could not be opened ({type(e).__name__}: {e})")
    qtbot.waitUntil(lambda: bool(seen) or bool(problems), timeout=10000)
    QApplication.processEvents()
    return found, problems


DIALOGS = (("Preferences", "preferences_action"), ("Keyboard shortcuts", "shortcuts_action"),
           ("User guide", "user_guide_action"), ("About", "about_action"),
           ("Export", "export_action"), ("Import wizard", "import_data_action"),
           ("Briefing note", "note_action"), ("Print preview", "print_action"))


@pytest.fixture
def japanese_window(qtbot, qapp):
    """The window as ``app.build_window`` makes it with the interface set to Japanese."""
    settings = Settings()
    settings.set("ui_language", "ja")
    settings.save()
    from explorer.qt.app import build_window

    _app, window = build_window(None)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.session.pack is not None, timeout=30000)
        yield window
    finally:
        window.close()
        i18n.remove_translators(qapp)


def test_no_english_on_screen_under_the_japanese_interface(qtbot, japanese_window):
    window = japanese_window
    assert window.interface_language == "ja"
    assert getattr(window.session, "label_language", "ja") == "ja"
    data = _data_pattern(window.session.pack)
    texts = collect_texts(window)
    problems: list[str] = []
    for name, attribute in DIALOGS:
        action = getattr(window, attribute, None)
        if action is None:
            problems.append(f"{name}: the window has no {attribute}")
            continue
        found, trouble = _open_and_collect(qtbot, window, name, action.trigger)
        texts += found
        problems += trouble
    english = []
    for where, text in texts:
        words = english_words(text, data)
        if words:
            english.append(f"{where}: {text.strip()[:160]!r}  (English: {', '.join(words[:6])})")
    english = sorted(set(english))
    assert texts, "no text collected"
    assert not english and not problems, (
        f"{len(english)} texts still English under the Japanese interface "
        "(wrap them in tr() and translate them in resources/i18n/explorer_ja.ts):\n"
        + "\n".join(english) + ("\n\nnot walked:\n" + "\n".join(problems) if problems else ""))


# -- the window fits the laptop in Japanese ---------------------------------------------------------

@pytest.mark.parametrize("width,height", [(1280, 680), (1366, 728)])
def test_the_japanese_window_fits_the_laptop(qtbot, japanese_window, width, height):
    from tests.qt.test_window_fits import SMALL_DOCK_HEIGHT, TITLE_BAR, docks, show_a_comparison

    window = japanese_window
    qtbot.waitUntil(lambda: window.comparison.preset_buttons != []
                    and window.comparison.preset_buttons[0].isVisibleTo(window.comparison),
                    timeout=10000)
    show_a_comparison(qtbot, window)
    for dock in docks(window):
        assert dock.minimumSizeHint().height() <= SMALL_DOCK_HEIGHT, dock.objectName()
    minimum = window.minimumSizeHint()
    assert minimum.width() <= width and minimum.height() <= height - TITLE_BAR, minimum
    window.resize(width, height - TITLE_BAR)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (width, height - TITLE_BAR)
    inside = window.rect()
    for widget in (window.menuBar(), window.statusBar(), window.timeline,
                   *(d for d in docks(window) if not d.visibleRegion().isEmpty())):
        box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        assert widget.isVisible() and inside.contains(box), widget.objectName()
    # Every menu title is on the menu bar, none pushed into the overflow (») by longer text.
    bar = window.menuBar()
    for action in bar.actions():
        assert bar.actionGeometry(action).right() <= bar.width(), action.text()

