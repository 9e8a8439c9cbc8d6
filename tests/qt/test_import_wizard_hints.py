"""The import report tells a Japanese reader what to do about each problem in Japanese: the hint
of every problem code is translated (the catalogue resources/i18n/explorer_ja.ts, compiled afresh
with pyside6-lrelease), in the reason's tooltip and under the table for the selected line, while the
report CSV keeps the engine's English (it is data)."""

from __future__ import annotations

import csv
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QWizard

from explorer.importing.engine import RowIssue
from explorer.importing.problems import HINTS, ProblemCode
from explorer.qt.views.import_wizard.report_page import HINT_TEXTS, ReportModel
from tests.qt.test_dialogs_japanese import _lrelease
from tests.qt.test_import_wizard import TREATIES, click, make_wizard, run_import, through_mapping, write

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "explorer_ja.ts"


@pytest.fixture
def japanese(qapp, tmp_path):
    qm = tmp_path / "explorer_ja.qm"
    subprocess.run([str(_lrelease()), str(CATALOGUE), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_problem_code_has_its_hint_in_the_wizard_s_table_in_the_engine_s_words():
    assert set(HINT_TEXTS) == set(ProblemCode)
    for code, text in HINT_TEXTS.items():
        assert str(text) == HINTS[ProblemCode(code)], code


def test_every_hint_has_a_finished_japanese_translation_written_as_a_sentence():
    translations = {}
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        t = message.find("translation")
        assert t is not None and t.get("type") is None, message.findtext("source")
        translations[message.findtext("source")] = t.text or ""
    for code, text in HINT_TEXTS.items():
        ja = translations.get(str(text), "")
        assert ja.endswith("。"), (code, ja)
        assert not re.search(r"[A-Za-z]{2,}", ja.replace("ISO", "").replace("JPY", "").replace("ID", "")), ja


def test_the_tooltip_gives_the_hint_in_japanese(qtmodeltester, japanese):
    model = ReportModel()
    model.set_issues([RowIssue(6, "Signed", "start", "rejected", "impossible date: Jun 1972 has 30 days",
                               "1972-06-31", ProblemCode.UNPARSED_DATE),
                      RowIssue(7, "", "", "rejected", "row has 3 cells, the header has 5", "a,b,c", "no-such-code")])
    qtmodeltester.check(model)
    tip = model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == ("impossible date: Jun 1972 has 30 days\n"
                   "ファイルの日付を修正するか、別の日付の列を選んでください。")
    assert model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole) == "row has 3 cells, the header has 5"


def test_the_selected_line_s_hint_shows_under_the_table_and_the_csv_stays_english(qtbot, tmp_path, japanese):
    wizard = make_wizard(qtbot)
    through_mapping(qtbot, wizard, write(tmp_path, "treaties.csv", TREATIES))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    page = wizard.report_page
    assert page.hint_label.accessibleName() == "選択した行への対応"
    rows = {page.model.issue(r).code: r for r in range(page.model.rowCount())}
    page.view.setCurrentIndex(page.model.index(rows[ProblemCode.NOT_IN_VOCABULARY], 0))
    assert page.hint_label.text() == "対応：この文字列を、使用できる値のいずれかに対応付けてください。"
    page.view.setCurrentIndex(page.model.index(rows[ProblemCode.UNPARSED_DATE], 0))
    assert page.hint_label.text() == "対応：ファイルの日付を修正するか、別の日付の列を選んでください。"
    page.filter_edit.setText("no such words")  # nothing shown, nothing selected: no hint
    assert page.hint_label.text() == ""
    out = page.export_report_to(tmp_path / "report.csv")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        hints = {r["code"]: r["hint"] for r in csv.DictReader(fh)}
    assert hints["unparsed-date"] == HINTS[ProblemCode.UNPARSED_DATE]  # data: the engine's English


def test_every_character_of_the_hints_is_in_the_bundled_font(qapp):
    from PySide6.QtGui import QRawFont

    fonts = sorted((CATALOGUE.parents[1] / "fonts").glob("*.otf"))
    assert fonts
    raw = QRawFont(str(fonts[0]), 12)
    assert raw.isValid()
    hints = {str(text) for text in HINT_TEXTS.values()}
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        if message.findtext("source") not in hints:
            continue
        text = message.findtext("translation") or ""
        tofu = [ch for ch in text if not (ch.isspace() or ch.isascii() or raw.supportsCharacter(ord(ch)))]
        assert tofu == [], (message.findtext("source"), tofu)
