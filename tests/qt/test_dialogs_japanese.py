"""The import wizard, the export dialog and the Briefing panel under a Japanese interface (the
catalogue resources/i18n/explorer_ja.ts compiled afresh with pyside6-lrelease), and in every theme: a
Japanese reader finds no English word that is not data or a format's name, and the colours follow
``explorer.qt.theme.set_look``."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
    QWizard,
)

from explorer.charts.theme import DARK, HIGH_CONTRAST, LIGHT
from explorer.export.view_state import ViewState
from explorer.qt import exporting
from explorer.qt import theme as qt_theme
from explorer.qt.views.briefing_panel import BriefingPanel
from explorer.qt.views.export_dialog import ExportDialog
from explorer.qt.views.import_wizard import PAGE_MAPPING, ImportWizard
from explorer.state.comparison_setup import ComparisonSetup
from explorer.userdata.briefings import BriefingStore
from explorer.userdata.settings import Settings
from tests.qt.test_import_wizard import wait_for_preview

ROOT = Path(__file__).resolve().parents[2]
PART = ROOT / "resources" / "i18n" / "explorer_ja.ts"
CHART = ViewState(view="chart", comparison=ComparisonSetup(indicator_id="goods_exports", basis="converted",
                                                           currency="USD", chart="bar"))
# Names a Japanese official reads as they are: formats, encodings, standards, code systems, units.
NAMES = {"PNG", "SVG", "PDF", "PowerPoint", "CSV", "Excel", "XLSX", "TSV", "TXT", "UTF", "Windows",
         "Shift_JIS", "JIS", "Shift", "ISO", "Correlates", "of", "War", "px", "latin", "euc", "jp",
         "gb", "NA", "Word", "UTC", "csv", "tsv", "txt", "xlsx", "Ctrl", "Up", "Down", "Delete",
         "Enter", "RRGGBB", "NN", "YYYY", "ID", "Tab", "OK", "utf", "cp", "shift_jis"}
WORD = re.compile(r"[A-Za-z][A-Za-z_]+")


def _lrelease() -> Path:
    """pyside6-lrelease, next to the interpreter running the tests (PySide6 ships it)."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = here if here.exists() else shutil.which("pyside6-lrelease")
    if not found:
        pytest.skip("pyside6-lrelease is not installed")
    return Path(found)


@pytest.fixture
def japanese(qapp, tmp_path):
    """The dialogs' Japanese part compiled to a .qm and installed (Qt's own catalogue too, when
    PySide6 ships it, for the standard buttons); removed after the test."""
    qm = tmp_path / "dialogs_ja.qm"
    subprocess.run([str(_lrelease()), str(PART), "-qm", str(qm)], check=True, capture_output=True)
    ours = QTranslator()
    assert ours.load(str(qm))
    translators = [ours]
    from PySide6.QtCore import QLibraryInfo
    qtbase = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_ja.qm"
    if qtbase.is_file():
        qt_own = QTranslator()
        if qt_own.load(str(qtbase)):
            translators.append(qt_own)
    for t in translators:
        QCoreApplication.installTranslator(t)
    yield
    for t in translators:
        QCoreApplication.removeTranslator(t)


@pytest.fixture
def restore_look():
    yield
    qt_theme.set_look(LIGHT, 1.0)


def visible_texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear under ``root``: labels, buttons, group
    titles, placeholders, combo entries, table headers, tooltips, accessible names and descriptions."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if any(w is s or s.isAncestorOf(w) for s in skip):
            continue
        where = f"{type(w).__name__}({w.objectName() or w.accessibleName()!r})"
        texts = [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle()
                 if w.isWindow() else ""]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())] + [w.placeholderText()]
        if isinstance(w, QTableWidget):
            texts += [w.horizontalHeaderItem(c).text() for c in range(w.columnCount())
                      if w.horizontalHeaderItem(c) is not None]
        out += [(where, t) for t in texts if t]
    return out


def english_words(texts: list[tuple[str, str]], data: set[str] = frozenset()) -> list[tuple[str, str]]:
    """Each text holding a Latin-letter word that is neither a name in NAMES nor data."""
    return [(where, text) for where, text in texts
            if any(w not in NAMES and w not in data for w in WORD.findall(text.replace("&", "")))]


def make_export_dialog(qtbot, views=None) -> ExportDialog:
    views = views or {"chart": ("グラフ：財の輸出", CHART),
                      "timeline": ("年表", ViewState(view="timeline")),
                      "event": ("選択した出来事：なし", None)}
    dialog = ExportDialog(views, Settings(), exporting.export_view)
    qtbot.addWidget(dialog)
    return dialog


def test_the_export_dialog_speaks_japanese(qtbot, japanese):
    dialog = make_export_dialog(qtbot)
    assert dialog.windowTitle() == "書き出し"
    assert dialog.format_combo.itemText(0) == "PNG 画像"
    assert dialog.export_button.text() == "書き出し(&E)…"
    assert dialog.marking_edit.accessibleName() == "取扱区分表示"
    dialog.view_buttons["timeline"].setChecked(True)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert dialog.hint.text() == "CSV はグラフのデータを収める形式です。グラフまたは表を選んでください。"
    assert english_words(visible_texts(dialog)) == []


def test_the_export_dialog_in_english_is_unchanged(qtbot):
    dialog = make_export_dialog(qtbot, {"chart": ("Chart: Goods exports", CHART)})
    assert dialog.windowTitle() == "Export" and dialog.export_button.text() == "&Export…"
    assert dialog.format_combo.itemText(0) == "PNG picture"


TREATIES = ("Title,Signed,Status,Partners,Area\n"
            "Imported Accord,2018-07-17,In force,JP;EU,Trade\n"
            "Imported Charter,2020-05,signed,JP,Trade\n")


def test_the_wizards_first_pages_speak_japanese(qtbot, japanese, tmp_path):
    source = tmp_path / "treaties.csv"
    source.write_text(TREATIES, encoding="utf-8")
    wizard = ImportWizard(Settings())
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    assert wizard.windowTitle() == "データの取り込み"
    assert page.title() == "ファイル" and "ファイルを選んでください" in page.subTitle()
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "次へ(&N) >"
    page.set_file(source)
    wait_for_preview(qtbot, page)
    assert wizard.table is not None
    # The first line is the wizard's; the lines after it are the reader's own explanations (core).
    first = page.detected_label.text().splitlines()[0]
    assert first == "treaties.csv：5 列、見出し（1 行目）の後に 2 行。"
    assert page.encoding_combo.itemText(0).startswith("自動判定（")
    data = {"treaties"}
    texts = [(w, t) for w, t in visible_texts(page, skip=(page.detected_label, page.preview))]
    assert english_words(texts, data) == []

    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    mapping = wizard.mapping_page
    assert mapping.title() == "列と項目の対応"
    # The engine's message is core text; the wizard's words around it (from the command line's
    # options to the wizard's controls) are Japanese.
    assert mapping.message.text() == ("× required field not mapped: kind "
                                      "（列を選ぶか、全行に共通の値を入力してください）")
    mapping.rows["kind"].constant.setCurrentIndex(mapping.rows["kind"].constant.findData("agreement"))
    assert mapping.message.text().startswith("○ この対応で取り込めます")
    # The grid names the pack's fields (title, start, parties…) and the file's columns: data.
    fields = set(mapping.rows) | {"Title", "Signed", "Status", "Partners", "Area", "y", "m", "d"}
    fields |= {part for name in mapping.rows for part in WORD.findall(name)}
    fields |= {c for row in mapping.rows.values() if isinstance(row.constant, QComboBox)
               for i in range(row.constant.count()) for c in WORD.findall(row.constant.itemText(i))}
    texts = visible_texts(mapping)
    leftover = [(w, t) for w, t in english_words(texts, fields)
                if "Suggested" in t or not _engine_text(t)]
    assert leftover == [], "\n".join(map(repr, leftover))


def _engine_text(text: str) -> bool:
    """A field's description from the pack schema (core text, shown as the field's tooltip)."""
    from explorer.data.pack_schema import RESOURCE_BY_NAME
    return any(c.description and c.description in text
               for spec in RESOURCE_BY_NAME.values() for c in spec.columns)


def test_the_briefing_panel_speaks_japanese(qtbot, japanese, tmp_path):
    panel = BriefingPanel(BriefingStore(tmp_path / "briefings"))
    qtbot.addWidget(panel)
    assert panel.new_button.text() == "新規(&N)…"
    assert panel.export_pptx_button.text() == "資料を書き出し（PowerPoint）(&P)…"
    panel.add_item(CHART, "財の輸出")
    assert panel.briefing_combo.currentText().endswith("1 項目")
    combo_texts = {panel.briefing_combo.itemText(i) for i in range(panel.briefing_combo.count())}
    texts = [(w, t) for w, t in visible_texts(panel) if t not in combo_texts]
    assert english_words(texts, {"goods_exports", "goods", "exports"}) == []


@pytest.mark.parametrize("look", [DARK, HIGH_CONTRAST])
def test_the_export_dialog_takes_the_themes_colours(qtbot, restore_look, look):
    dialog = make_export_dialog(qtbot)
    dialog.view_buttons["timeline"].setChecked(True)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert LIGHT.warning_text in dialog.hint.styleSheet()
    assert LIGHT.surface in dialog.preview_label.styleSheet()
    qt_theme.set_look(look, 1.0)
    assert look.warning_text in dialog.hint.styleSheet()
    assert LIGHT.warning_text not in dialog.hint.styleSheet()
    assert look.surface in dialog.preview_label.styleSheet()
    assert look.muted_text in dialog.preview_note.styleSheet()


def test_the_wizards_messages_take_the_themes_colours(qtbot, restore_look, tmp_path):
    wizard = ImportWizard(Settings())
    qtbot.addWidget(wizard)
    wizard.file_page.set_file(tmp_path / "missing.csv")  # no such file: an error message
    wait_for_preview(qtbot, wizard)
    label = wizard.file_page.error_label
    assert label.text().startswith("✖") and LIGHT.error_text in label.styleSheet()
    qt_theme.set_look(DARK, 1.0)
    assert DARK.error_text in label.styleSheet()


def test_the_briefing_problems_box_takes_the_themes_colours(qtbot, restore_look, tmp_path):
    folder = tmp_path / "briefings"
    folder.mkdir()
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    panel = BriefingPanel(BriefingStore(folder))
    qtbot.addWidget(panel)
    assert not panel.problems_box.isHidden()
    assert LIGHT.warning_ground in panel.problems_box.styleSheet()
    qt_theme.set_look(DARK, 1.0)
    assert DARK.warning_ground in panel.problems_box.styleSheet()
    assert DARK.warning_text in panel.problems_label.styleSheet()


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_the_wizard_fits_a_laptop_screen(qtbot, japanese, size):
    wizard = ImportWizard(Settings())
    qtbot.addWidget(wizard)
    wizard.show()
    width, height = size
    # Offscreen, the screen is whatever the platform says: the wizard's own limit is checked against
    # the asked size, and its minimum must fit it.
    hint = wizard.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height - 40
    assert wizard.width() <= max(1040, QApplication.primaryScreen().availableGeometry().width())


def test_every_entry_of_the_part_is_translated():
    import xml.etree.ElementTree as ET
    unfinished = [m.findtext("source") for m in ET.parse(PART).getroot().iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


def test_the_export_dialog_fits_a_laptop_screen_in_japanese(qtbot, japanese):
    dialog = make_export_dialog(qtbot)
    dialog.show()
    hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    assert hint.width() <= 1280 and hint.height() <= 720 - 60  # the title bar and a task bar
