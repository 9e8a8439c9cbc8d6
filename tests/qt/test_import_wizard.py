"""The Import wizard driven as a user would: choose a file, check how it was read, map its columns,
map unknown values, import on the worker (with progress and cancel), read the report, open the pack."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from explorer.importing.source_table import ReadOptions, read_table
from explorer.importing.suggest import suggest_mapping
from explorer.qt.views.import_wizard import (
    PAGE_IMPORT,
    PAGE_MAPPING,
    PAGE_REPORT,
    PAGE_VALUES,
    ImportWizard,
    PreviewModel,
    ReportModel,
    default_destination,
)
from explorer.userdata.locations import user_packs_dir
from explorer.userdata.settings import Settings
from tests.packs import write_pack
from tests.qt.test_main_window import close_window, open_window

# A ministry export: a title line above the header, a status the pack does not know ("Concluded"),
# a misspelt partner ("Jpan"), and an impossible date on file line 6.
TREATIES = (
    "Ministry of Foreign Affairs: treaty list (extract)\n"
    "Title,Signed,Status,Partners,Area\n"
    "Imported Accord,2018-07-17,In force,JP;EU,Trade\n"
    "Imported Partnership,2022-12-09,Concluded,Jpan;IT,Defence\n"
    "Imported Charter,2020-05,signed,JP,Trade\n"
    "Tariff Arrangement,1972-06-31,signed,JP,Trade\n"
)
TREATY_COLUMNS = {"title": "Title", "start": "Signed", "status": "Status", "parties": "Partners",
                  "domains": "Area"}


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def make_wizard(qtbot, settings: Settings | None = None) -> ImportWizard:
    wizard = ImportWizard(settings or Settings())
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def wait_for_preview(qtbot, wizard_or_page) -> None:
    """Page 1 reads its preview on the thread pool: wait until that read has ended."""
    page = getattr(wizard_or_page, "file_page", wizard_or_page)
    qtbot.waitUntil(lambda: not page.reading, timeout=15000)


def click(qtbot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(i)


def map_fields(wizard: ImportWizard, columns: dict[str, str], constants: dict[str, str]) -> None:
    rows = wizard.mapping_page.rows
    for name, row in rows.items():
        if row.combos and name not in columns:
            row.combos[0].setCurrentIndex(0)
    for name, column in columns.items():
        choose(rows[name].combos[0], column)
    for name, value in constants.items():
        editor = rows[name].constant
        if hasattr(editor, "findData"):
            choose(editor, value)
        else:
            editor.setText(value)


def wait_for_trial(qtbot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.values_page.findings is not None or bool(wizard.values_page.problem),
                    timeout=30000)


def through_mapping(qtbot, wizard: ImportWizard, path, kind="events", columns=None, constants=None) -> None:
    """Page 1 with ``path``, page 2 with the mapping, on to page 3 once the trial has run."""
    wizard.file_page.set_file(path)
    wait_for_preview(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_MAPPING
    choose(wizard.mapping_page.kind_combo, kind)
    map_fields(wizard, TREATY_COLUMNS if columns is None else columns,
               {"kind": "agreement"} if constants is None else constants)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_VALUES
    wait_for_trial(qtbot, wizard)


# The worker's signals cross threads; tests watch the widgets they drive (pytest-qt's waitSignal on a
# signal emitted many times from another thread can receive a stale queued call after it exits).
def run_import(qtbot, wizard: ImportWizard, progress: list | None = None) -> None:
    page = wizard.import_page
    if progress is not None:
        page.progress.valueChanged.connect(lambda value: progress.append((value, page.progress.maximum())))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.worker.busy, timeout=60000)
    assert wizard.currentId() == PAGE_REPORT, page.status_label.text()


# -- page 1 ----------------------------------------------------------------------------------------
def test_a_title_row_above_the_header_is_detected_and_shown_greyed_in_the_preview(qtbot, tmp_path,
                                                                                   qtmodeltester):
    wizard = make_wizard(qtbot)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no file yet
    wizard.file_page.set_file(write(tmp_path, "treaties.csv", TREATIES))
    wait_for_preview(qtbot, wizard)
    page = wizard.file_page
    assert page.header_spin.text() == "Detected (2)"
    assert "Header row: 2 (detected" in page.detected_label.text()
    assert "Delimiter: comma (detected" in page.detected_label.text()
    model = page.preview_model
    qtmodeltester.check(model)
    assert model.row_role(0) == PreviewModel.TITLE
    assert model.index(0, 0).data() == "Ministry of Foreign Affairs: treaty list (extract)"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert model.row_role(1) == PreviewModel.HEADER
    assert [model.index(1, c).data() for c in range(5)] == ["Title", "Signed", "Status", "Partners", "Area"]
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert model.index(2, 0).data() == "Imported Accord"
    # The row numbers are the file's, as a spreadsheet shows them.
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == ["1", "2", "3"]
    assert model.rowCount() == 2 + 4
    assert next_button.isEnabled()


def test_overriding_the_delimiter_reads_the_file_again(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    path = write(tmp_path, "figures.csv", "Country;Value\nJapan, the;1,5\nItaly;2,5\n")
    wizard.file_page.set_file(path)
    wait_for_preview(qtbot, wizard)
    page = wizard.file_page
    assert wizard.table.header == ["Country", "Value"]
    assert page.delimiter_combo.itemText(0) == "Detected (semicolon)"
    page.header_spin.setValue(1)
    wait_for_preview(qtbot, page)
    choose(page.delimiter_combo, ",")
    wait_for_preview(qtbot, page)
    assert wizard.table.delimiter == ","
    assert wizard.table.header == ["Country;Value"]
    assert wizard.table.rows[0] == ["Japan", " the;1", "5"]
    assert "Delimiter: comma (given)" in page.detected_label.text()
    assert page.preview_model.index(0, 0).data() == "Country;Value"
    assert page.preview_model.index(1, 2).data() == "5"


def test_a_file_that_cannot_be_read_says_where_and_keeps_next_disabled(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    path = write(tmp_path, "short.csv", "Title,Signed\nA,2001\n")
    wizard.file_page.set_file(path)
    wait_for_preview(qtbot, wizard)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.header_spin.setValue(9)
    wait_for_preview(qtbot, wizard)
    error = wizard.file_page.error_label
    assert error.isVisibleTo(wizard) and "short.csv" in error.text() and "header row 9" in error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.file_page.preview_model.rowCount() == 0
    wizard.file_page.header_spin.setValue(0)  # back to "detected"
    wait_for_preview(qtbot, wizard)
    assert not error.isVisibleTo(wizard)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_an_xlsx_workbook_offers_its_sheets(qtbot, tmp_path):
    import xlsxwriter

    path = tmp_path / "book.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Notes").write_row(0, 0, ["Nothing here but notes"])
    sheet = book.add_worksheet("Treaties")
    for r, row in enumerate([["Title", "Signed"], ["Accord", "2001"], ["Pact", "2002"]]):
        sheet.write_row(r, 0, row)
    book.close()
    wizard = make_wizard(qtbot)
    wizard.file_page.set_file(path)
    wait_for_preview(qtbot, wizard)
    page = wizard.file_page
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == ["Notes", "Treaties"]
    choose(page.sheet_combo, "Treaties")
    wait_for_preview(qtbot, page)
    assert wizard.table.sheet == "Treaties" and wizard.table.header == ["Title", "Signed"]
    assert wizard.current_mapping().sheet == "Treaties"


# -- page 2 ----------------------------------------------------------------------------------------
def test_a_mapping_missing_a_required_field_keeps_next_disabled_and_says_which(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    wizard.file_page.set_file(write(tmp_path, "treaties.csv", TREATIES))
    wait_for_preview(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    # Pre-filled from the suggestions, with the reason as tooltip.
    suggested = {s.field: s.column for s in suggest_mapping(wizard.table.header, wizard.table.rows, "events")}
    assert page.rows["start"].combos[0].currentData() == suggested["start"] == "Signed"
    assert "Suggested: 'Signed'" in page.rows["start"].combos[0].toolTip()
    assert page.rows["start"].label.text() == "start *"
    assert "made from the title" in page.rows["id"].note.text()  # an auto field says its default
    map_fields(wizard, {k: v for k, v in TREATY_COLUMNS.items() if k != "start"}, {"kind": "agreement"})
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert "required field not mapped: start" in page.message.text()
    assert "--map" not in page.message.text()  # the wizard's words, not the command line's
    choose(page.rows["start"].combos[0], "Signed")
    assert next_button.isEnabled() and "can work" in page.message.text()
    # A value for every row instead of a column also satisfies it; the two exclude each other.
    choose(page.rows["start"].combos[0], "")
    page.rows["start"].constant.setText("2001")
    assert next_button.isEnabled()
    assert wizard.current_mapping().constants["start"] == "2001"


def test_observations_need_an_indicator_domain_and_offer_the_wide_table(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    text = "Country,Indicator,2019,2020,2021\nJapan,GDP,5.1,5.0,4.9\nItaly,GDP,2.0,1.9,2.1\n"
    wizard.file_page.set_file(write(tmp_path, "gdp.csv", text))
    wait_for_preview(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    choose(page.kind_combo, "observations")
    assert page.wide_host.isVisibleTo(wizard)
    assert "3 columns are periods (2019, 2020, 2021)" in page.wide_label.text()
    page.wide_check.setChecked(True)
    assert not page.rows["period"].combos[0].isEnabled()  # comes from the period columns
    map_fields(wizard, {"reporter": "Country", "indicator_id": "Indicator"}, {"unit": "USD"})
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled() and "need a domain" in page.message.text()
    assert "--const" not in page.message.text()
    assert [page.rows["indicator.domain"].constant.itemData(i)
            for i in range(1, 4)] == ["trade", "investment", "defence"]  # allowed values only
    choose(page.rows["indicator.domain"].constant, "finance")
    assert next_button.isEnabled()
    mapping = wizard.current_mapping()
    assert mapping.wide_periods and mapping.constants["indicator.domain"] == "finance"


def test_ambiguous_day_order_is_flagged_before_the_import(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    path = write(tmp_path, "dates.csv", "Title,Signed\nAccord,03/04/2001\nPact,05/06/2002\n")
    wizard.file_page.set_file(path)
    wait_for_preview(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    map_fields(wizard, {"title": "Title", "start": "Signed"},
               {"kind": "agreement", "status": "signed", "parties": "jp", "domains": "trade"})
    assert "could be day/month or month/day" in page.order_hint.text()
    page.order_buttons["day_first"].setChecked(True)
    assert "read day first" in page.order_hint.text()
    assert wizard.current_mapping().day_order == "day_first"


def test_a_saved_mapping_loads_back_into_a_new_wizard(qtbot, tmp_path):
    path = write(tmp_path, "treaties.csv", TREATIES)
    wizard = make_wizard(qtbot)
    through_mapping(qtbot, wizard, path)
    wizard.values["status"] = {"Concluded": "signed"}
    wizard.actors["Jpan"] = "jp"
    wizard.mapping_page.sentinels_edit.setText("9999-12-31")
    saved = wizard.mapping_page.save_mapping_to(tmp_path / "treaties.mapping.json")
    assert json.loads(saved.read_text(encoding="utf-8"))["values"] == {"status": {"Concluded": "signed"}}
    expected = wizard.current_mapping()

    again = make_wizard(qtbot)
    again.file_page.set_file(path)
    wait_for_preview(qtbot, again)
    click(qtbot, again, QWizard.WizardButton.NextButton)
    choose(again.mapping_page.kind_combo, "actors")  # the loaded mapping sets the kind back
    assert again.mapping_page.load_mapping_from(saved) == ""
    wait_for_preview(qtbot, again)
    assert again.current_mapping() == expected
    assert again.button(QWizard.WizardButton.NextButton).isEnabled()
    broken = write(tmp_path, "broken.json", '{"kind": "events", "map": {"nope": "Title"}}')
    assert "'nope' is not a field of events" in again.mapping_page.load_mapping_from(broken)
    wait_for_preview(qtbot, again)
    assert again.current_mapping() == expected  # a refused file changes nothing


# -- pages 3 to 5 --------------------------------------------------------------------------------
def test_unknown_values_and_actors_are_listed_and_their_maps_used(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    through_mapping(qtbot, wizard, write(tmp_path, "treaties.csv", TREATIES))
    page = wizard.values_page
    assert page.findings.unknown_values == {("status", "Concluded"): 1}
    table = page.values_table
    assert [table.item(0, c).text() for c in range(3)] == ["status", "Concluded", "1"]
    choose(table.cellWidget(0, 3), "signed")
    assert wizard.values == {"status": {"Concluded": "signed"}}
    actors = page.actors_table
    assert actors.item(0, 0).text() == "Jpan"
    combo = actors.cellWidget(0, 1)
    assert "jp — Japan" in [combo.itemText(i) for i in range(combo.count())]  # from ActorLookup.suggest
    combo.setCurrentIndex(combo.findText("jp — Japan"))
    assert wizard.actors == {"Jpan": "jp"}
    assert "Japan (jp, from the lookup)" in actors.item(0, 2).text()
    combo.setCurrentText("Not An Id")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Not a valid actor id" in page.actor_message.text()
    combo.setCurrentText("jp")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    by_title = {r["title"]: r for r in wizard.result.records}
    assert by_title["Imported Partnership"]["status"] == "signed"
    assert by_title["Imported Partnership"]["parties"] == "jp;it"


def test_a_full_import_reports_progress_and_the_rejected_row(qtbot, tmp_path, qtmodeltester):
    settings = Settings()
    wizard = make_wizard(qtbot, settings)
    through_mapping(qtbot, wizard, write(tmp_path, "treaties.csv", TREATIES))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_IMPORT
    page = wizard.import_page
    assert page.dest_edit.text() == str(user_packs_dir() / "treaties")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # import first
    progress: list[tuple[int, int]] = []
    run_import(qtbot, wizard, progress)
    assert progress[-1] == (4, 4)
    assert page.progress.value() == page.progress.maximum() == 4
    assert (user_packs_dir() / "treaties" / "events.csv").is_file()

    report = wizard.report_page
    assert "4 rows read from treaties.csv: 2 imported" in report.summary_label.text()
    assert "2 rejected" in report.summary_label.text()  # "Concluded" unmapped, and the bad date
    qtmodeltester.check(report.model)
    # Opened on the rejected rows; each names its file row, column, field and reason.
    lines = [[report.model.index(r, c).data() for c in range(6)] for r in range(report.model.rowCount())]
    assert lines[-1][:4] == ["6", "Signed", "start", "rejected"]
    assert "Jun 1972 has 30 days" in lines[-1][4] and lines[-1][5] == "1972-06-31"
    assert lines[0][:4] == ["4", "Status", "status", "rejected"]
    report.filter_edit.setText("1972")
    assert report.model.rowCount() == 1
    assert report.shown_label.text().startswith("1 of ")
    # The habits are remembered for the next import.
    assert settings.get("import_kind") == "events"
    assert settings.get("import_folder") == str(tmp_path)


def test_the_exported_report_reopens_with_every_line(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    through_mapping(qtbot, wizard, write(tmp_path, "treaties.csv", TREATIES))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    wizard.report_page.filter_edit.setText("1972")  # the export holds everything, not only what is shown
    out = wizard.report_page.export_report_to(tmp_path / "report.csv")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {(r["row"], r["field"], r["status"]) for r in rows} >= {("4", "status", "rejected"),
                                                                 ("6", "start", "rejected")}
    assert len(rows) == len(wizard.result.issues)
    assert "Report written to" in wizard.report_page.export_message.text()


def start_large_import(qtbot, tmp_path) -> ImportWizard:
    """A 200,000-row file mapped and importing: returns once rows are being mapped on the worker
    (the window handling the progress signals meanwhile)."""
    path = tmp_path / "large.csv"
    lines = ["Title,Signed,Status,Partners,Area"]
    lines += [f"Event {i},2001-01-{i % 28 + 1:02d},signed,JP,Trade" for i in range(200_000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wizard = make_wizard(qtbot)
    through_mapping(qtbot, wizard, path)
    assert "Trial on the first 5,000 rows" in wizard.values_page.status_label.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.import_page
    assert page.dest_edit.text() == str(user_packs_dir() / "large")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.progress.maximum() == 200_000 and page.progress.value() > 0, timeout=60000)
    return wizard


def nothing_written() -> bool:
    packs = user_packs_dir()
    return not packs.exists() or list(packs.iterdir()) == []  # not even a half-written staging folder


def test_cancelling_a_large_import_writes_nothing(qtbot, tmp_path):
    wizard = start_large_import(qtbot, tmp_path)
    page = wizard.import_page
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert page.progress.value() > 0  # under way: mapping rows, or already writing the pack
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.worker.busy, timeout=60000)
    assert "nothing was written" in page.status_label.text()
    assert nothing_written()
    assert wizard.currentId() == PAGE_IMPORT and page.import_button.isEnabled()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_closing_the_wizard_during_an_import_cancels_it(qtbot, tmp_path):
    wizard = start_large_import(qtbot, tmp_path)
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.import_page.worker.busy, timeout=60000)
    assert "nothing was written" in wizard.import_page.status_label.text()
    assert nothing_written()


def test_the_destination_is_made_unique_unless_it_is_an_earlier_import_of_the_same_file(tmp_path):
    source = tmp_path / "treaties.csv"
    parent = tmp_path / "packs"
    assert default_destination(source, "", parent) == parent / "treaties"
    (parent / "treaties").mkdir(parents=True)
    (parent / "treaties" / "notes.txt").write_text("someone else's")
    assert default_destination(source, "", parent) == parent / "treaties-2"
    earlier = parent / "treaties-2"
    earlier.mkdir()
    (earlier / "datapackage.json").write_text(json.dumps({"briefing_import": {"file": "treaties.csv"}}))
    assert default_destination(source, "", parent) == earlier  # re-importing updates it
    assert default_destination(tmp_path / "other.csv", "treaties", parent) == parent / "treaties-3"


def test_the_report_model_filters_by_status_and_words(qtmodeltester):
    from explorer.importing.engine import RowIssue

    model = ReportModel()
    model.set_issues([RowIssue(3, "Signed", "start", "rejected", "not a date", "soon"),
                      RowIssue(4, "Signed", "start", "note", "time of day dropped", "2001-01-01T10:00"),
                      RowIssue(5, "Value", "value", "skipped", "no value", "..")])
    qtmodeltester.check(model)
    model.set_filter("rejected")
    assert model.rowCount() == 1 and model.issue(0).row == 3
    model.set_filter("", "time dropped")
    assert model.rowCount() == 1 and model.issue(0).row == 4
    model.set_filter("", "5")
    assert model.rowCount() == 1 and model.issue(0).status == "skipped"



def test_the_report_table_shows_what_to_do_about_a_problem_and_finds_it_by_its_code(qtmodeltester):
    from explorer.importing.engine import RowIssue
    from explorer.importing.problems import HINTS, ProblemCode

    model = ReportModel()
    model.set_issues([RowIssue(4, "Status", "status", "rejected", "not one of in_force, signed; map it under "
                               "values.status", "Concluded", ProblemCode.NOT_IN_VOCABULARY),
                      RowIssue(6, "Signed", "start", "rejected", "impossible date: Jun 1972 has 30 days",
                               "1972-06-31", ProblemCode.UNPARSED_DATE)])
    qtmodeltester.check(model)
    assert model.columnCount() == 6  # row, column, field, status, reason, found: as before
    reason = model.index(0, 4)
    assert reason.data() == model.issue(0).reason  # the cell reads as the engine wrote it
    tip = reason.data(Qt.ItemDataRole.ToolTipRole)
    assert model.issue(0).reason in tip and HINTS[ProblemCode.NOT_IN_VOCABULARY] in tip
    model.set_filter("", "unparsed-date")
    assert model.rowCount() == 1 and model.issue(0).row == 6


def test_the_exported_report_names_each_problem_s_code_and_hint(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    through_mapping(qtbot, wizard, write(tmp_path, "treaties.csv", TREATIES))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    out = wizard.report_page.export_report_to(tmp_path / "report.csv")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["row"]: r for r in csv.DictReader(fh) if r["status"] == "rejected"}
    assert (rows["4"]["code"], rows["6"]["code"]) == ("not-in-vocabulary", "unparsed-date")
    assert rows["4"]["hint"] and rows["6"]["hint"]


def test_the_wizard_package_names_what_other_modules_import_and_loads_no_qt_until_used():
    import subprocess
    import sys

    from explorer.qt.views import import_wizard as package

    assert all(getattr(package, name) is not None for name in package.__all__)
    code = ("import sys, pkgutil, explorer.qt.views.import_wizard as w\n"
            "print('PySide6' in sys.modules, sorted(w.__all__) == sorted(w._WHERE))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert out.stdout.split() == ["False", "True"], out.stderr

# -- with the main window --------------------------------------------------------------------------
def test_finishing_opens_the_imported_pack_alongside_the_current_one(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    assert window.import_data_action.shortcut().toString() == "Ctrl+I"
    wizard = window.make_import_wizard()
    wizard.show()
    through_mapping(qtbot, wizard, write(tmp_path, "treaties.csv", TREATIES))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()
    assert len(window.session.packs) == 2
    titles = set(window.session.pack.events["title"])
    assert {"Imported Accord", "Imported Charter", "EU–Japan EPA"} <= titles
    assert window.table.model.rowCount() == 5 + 2
    wizard.deleteLater()
    close_window(window)


def test_the_menu_action_opens_the_wizard_window_modal(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    window.import_data_action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    assert wizard.windowModality() == Qt.WindowModality.WindowModal
    wizard.reject()
    close_window(window)


@pytest.mark.parametrize(("encoding", "text", "bad_row"), [
    ("cp1252", "Name,Note\nCôte d'Ivoire,été\n", 2),
    ("shift_jis", "国名,備考\n日本,東京\n", 1),
])
def test_the_encoding_is_detected_and_can_be_overridden(qtbot, tmp_path, encoding, text, bad_row):
    path = write(tmp_path, f"{encoding}.csv", text, encoding)
    wizard = make_wizard(qtbot)
    wizard.file_page.set_file(path)
    wait_for_preview(qtbot, wizard)
    page = wizard.file_page
    assert page.encoding_combo.itemText(0) == f"Detected ({encoding})"
    assert wizard.table.rows[0][0] == text.splitlines()[1].split(",")[0]
    choose(page.encoding_combo, "utf-8")  # wrong on purpose: the error names the file and the row
    wait_for_preview(qtbot, page)
    assert page.error_label.text().startswith(f"✖ {path.name}: row {bad_row}: not valid utf-8 (byte ")
    assert wizard.table is None and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    choose(page.encoding_combo, encoding)
    wait_for_preview(qtbot, page)
    assert wizard.table.header == read_table(path, ReadOptions(encoding=encoding)).header
    assert "(given)" in page.detected_label.text()
    choose(page.encoding_combo, "other")
    wait_for_preview(qtbot, page)
    page.encoding_other.setText("klingon")
    page.encoding_other.editingFinished.emit()
    wait_for_preview(qtbot, page)
    assert "unknown text encoding 'klingon'" in page.error_label.text()


# -- the preview is read off the GUI thread (issue 15, item 3) -----------------------------------------
def slow_reader(monkeypatch, seconds: float = 3.0, slow_names=("treaties.csv",)):
    """Page 1's reader, made slow (a hostile or huge file) for the files named; returns an Event set
    when a slow read has ended."""
    import threading
    import time

    from explorer.qt.views.import_wizard import file_page as module  # the page that reads the file
    real = module.read_table
    ended = threading.Event()

    def read(path, options, **kwargs):
        if Path(path).name in slow_names:
            time.sleep(seconds)
            try:
                return real(path, options, **kwargs)
            finally:
                ended.set()
        return real(path, options, **kwargs)

    monkeypatch.setattr(module, "read_table", read)
    return ended


def test_a_slow_file_is_read_while_the_window_stays_responsive_and_next_waits(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QElapsedTimer, QTimer
    slow_reader(monkeypatch)
    wizard = make_wizard(qtbot)
    ticks = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        clock = QElapsedTimer()
        clock.start()
        wizard.file_page.set_file(write(tmp_path, "treaties.csv", TREATIES))
        assert clock.elapsed() < 1000, "set_file waited for the read"
        assert wizard.file_page.detected_label.text() == "Reading treaties.csv…"
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # Next waits for the read
        qtbot.wait(1500)
        assert len(ticks) >= 10, f"the GUI thread was blocked: the timer fired {len(ticks)} times in 1.5 s"
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wait_for_preview(qtbot, wizard)
        assert wizard.file_page.preview_model.rowCount() > 0
        assert "5 columns" in wizard.file_page.detected_label.text()
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    finally:
        timer.stop()


def test_a_newer_read_supersedes_a_slower_older_one(qtbot, tmp_path, monkeypatch):
    ended = slow_reader(monkeypatch, seconds=1.0)
    wizard = make_wizard(qtbot)
    wizard.file_page.set_file(write(tmp_path, "treaties.csv", TREATIES))  # slow
    wizard.file_page.set_file(write(tmp_path, "other.csv", "Name,Year\nA,2001\nB,2002\n"))  # fast
    wait_for_preview(qtbot, wizard)
    assert wizard.path.name == "other.csv"
    assert ended.wait(5)
    qtbot.wait(200)  # the older result arrives and is dropped
    assert wizard.path.name == "other.csv"
    assert list(wizard.table.header) == ["Name", "Year"] and len(wizard.table.rows) == 2
    assert "other.csv" in wizard.file_page.detected_label.text()


def test_closing_the_wizard_mid_read_returns_at_once_and_the_late_result_harms_nothing(qtbot, tmp_path,
                                                                                       monkeypatch):
    import shiboken6
    from PySide6.QtCore import QElapsedTimer
    ended = slow_reader(monkeypatch)
    wizard = ImportWizard(Settings())
    wizard.show()
    wizard.file_page.set_file(write(tmp_path, "treaties.csv", TREATIES))
    assert wizard.file_page.reading
    clock = QElapsedTimer()
    clock.start()
    wizard.reject()  # Cancel
    wizard.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard), timeout=2000)
    assert clock.elapsed() < 1000, f"closing waited {clock.elapsed()} ms for the read"
    assert not ended.is_set()  # the read was still going when the wizard went
    assert ended.wait(10)
    qtbot.wait(300)  # the late result reaches nothing: no crash, no warning


def test_leaving_the_file_field_during_a_read_does_not_start_it_again(qtbot, tmp_path, monkeypatch):
    slow_reader(monkeypatch, seconds=1.0)
    wizard = make_wizard(qtbot)
    page = wizard.file_page
    page.set_file(write(tmp_path, "treaties.csv", TREATIES))
    generation = page._generation
    page.path_edit.editingFinished.emit()  # focus moved on while the file is read
    assert page._generation == generation
    wait_for_preview(qtbot, wizard)
    assert wizard.table is not None
