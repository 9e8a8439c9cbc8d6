"""The Import wizard on treaty lists with the traps of real ones: members spread over c1…cN, a date
that falls back to a second column, columns full of "NA", and the guesses a HUGGO-like header invites
(End over Term, the Coder column is people, not an id). Driven through the widgets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWizard

from explorer.data.pack_loader import load_pack
from explorer.qt.views.import_wizard import (
    PAGE_MAPPING,
    PAGE_VALUES,
    TOKEN_AS_DETECTED,
    TOKEN_DROP_COLUMN,
    TOKEN_NO_VALUE,
    TOKEN_TEXT,
)
from tests.qt.test_import_wizard import (
    choose,
    click,
    make_wizard,
    run_import,
    wait_for_preview,
    wait_for_trial,
    write,
)

# Begin is empty where only the signature date is known; members are ISO numeric codes in c1..c4,
# unused slots "NA"; Depository and Comments are mostly "NA"; Coder names people.
TREATIES = """\
Title,Begin,Signature,Term,End,Depository,Comments,Coder,c1,c2,c3,c4
Pacific Pact,2001-02-03,2001-02-03,2011-02-03,NA,NA,NA,"Crisina, Moral",392,840,NA,NA
Atlantic Pact,NA,1999-04-01,NA,2009-04-01,NA,Signed in Lisbon.,"Moral, Evrard",840,826,276,NA
Lake Treaty,2003,2003,NA,NA,Government of France,NA,"Crisina, Moral",250,NA,NA,NA
"""


def set_constant(wizard, name: str, value: str) -> None:
    editor = wizard.mapping_page.rows[name].constant
    if hasattr(editor, "findData"):
        choose(editor, value)
    else:
        editor.setText(value)


def to_mapping_page(qtbot, wizard, path) -> None:
    wizard.file_page.set_file(path)
    wait_for_preview(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_MAPPING
    choose(wizard.mapping_page.kind_combo, "events")


def test_the_guesses_prefer_end_to_term_never_take_coder_as_id_and_fall_back_to_signature(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    to_mapping_page(qtbot, wizard, write(tmp_path, "treaties.csv", TREATIES))
    rows = wizard.mapping_page.rows
    assert rows["end"].combos[0].currentData() == "End"
    assert rows["start"].combos[0].currentData() == "Begin"
    assert rows["id"].combos[0].currentData() == ""  # made from the title, not from "Crisina, Moral"
    # Depository's NA is no column of countries; c1 holds numeric codes, and c1…c4 are one list
    assert rows["parties"].many_check.isChecked() and rows["parties"].chosen_columns() == ("c1", "c2", "c3", "c4")
    assert rows["start"].fallback_combo.currentData() == "Signature"
    assert wizard.mapping_page.mapping().fallbacks["start"] == "Signature"


def test_members_across_columns_are_ticked_by_a_range_and_saved_as_one(qtbot, tmp_path):
    path = write(tmp_path, "treaties.csv", TREATIES)
    wizard = make_wizard(qtbot)
    to_mapping_page(qtbot, wizard, path)
    row = wizard.mapping_page.rows["parties"]
    row.many_check.setChecked(False)  # start from one column, as with a file the guesses miss
    choose(row.combos[0], "c1")
    qtbot.mouseClick(row.many_check, Qt.MouseButton.LeftButton)
    assert row.many_list.isVisible() and not row.combos[0].isVisible()
    assert row.chosen_columns() == ("c1",)  # the column chosen so far stays chosen
    row.many_pattern.setText("c1..c4")
    qtbot.keyClick(row.many_pattern, Qt.Key.Key_Return)
    ticked = [row.many_list.item(i).text() for i in range(row.many_list.count())
              if row.many_list.item(i).checkState() == Qt.CheckState.Checked]
    assert ticked == ["c1", "c2", "c3", "c4"] and row.note.text() == "4 columns: c1..c4"
    row.many_list.item(row.many_list.count() - 1).setCheckState(Qt.CheckState.Unchecked)  # c4 off
    assert wizard.mapping_page.mapping().columns["parties"] == ("c1..c3",)
    row.many_list.item(row.many_list.count() - 1).setCheckState(Qt.CheckState.Checked)
    for name, value in (("kind", "agreement"), ("status", "signed"), ("domains", "trade")):
        set_constant(wizard, name, value)
    saved = wizard.mapping_page.save_mapping_to(tmp_path / "m.json")
    assert json.loads(saved.read_text(encoding="utf-8"))["map"]["parties"] == "c1..c4"

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_VALUES
    wait_for_trial(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    parties = {r["title"]: r["parties"] for r in wizard.result.records}
    assert parties == {"Pacific Pact": "jp;us", "Atlantic Pact": "us;uk;de", "Lake Treaty": "fr"}
    starts = {r["title"]: r["start"] for r in wizard.result.records}
    assert starts["Atlantic Pact"] == "1999-04-01"  # from Signature, where Begin says NA

    again = make_wizard(qtbot)
    to_mapping_page(qtbot, again, path)
    assert again.mapping_page.load_mapping_from(saved) == ""
    wait_for_preview(qtbot, again)
    row = again.mapping_page.rows["parties"]
    assert row.many_check.isChecked()
    assert row.chosen_columns() == ("c1", "c2", "c3", "c4")


def test_a_mostly_na_column_is_asked_about_on_the_values_page(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    to_mapping_page(qtbot, wizard, write(tmp_path, "treaties.csv", TREATIES))
    page = wizard.mapping_page
    choose(page.rows["summary"].combos[0], "Comments")
    for name, value in (("kind", "agreement"), ("status", "signed"), ("domains", "trade")):
        set_constant(wizard, name, value)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wait_for_trial(qtbot, wizard)
    values = wizard.values_page
    table = values.tokens_table
    assert values.tokens_box.isVisible()
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert "Comments" in rows and table.item(rows["Comments"], 2).text() == "2 of 3 cells are 'NA'"
    combo = table.cellWidget(rows["Comments"], 3)
    assert combo.currentText() == "no value"
    end = table.cellWidget(rows["End"], 3)  # a date cannot be the text "NA": not offered
    assert [end.itemText(i) for i in range(end.count())] == ["no value", "leave the column out"]

    choose(combo, TOKEN_TEXT)
    assert wizard.not_missing == {"summary": ("NA",)}
    assert wizard.current_mapping().not_missing == {"summary": ("NA",)}
    wait_for_trial(qtbot, wizard)
    table = values.tokens_table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    choose(table.cellWidget(rows["Comments"], 3), TOKEN_DROP_COLUMN)
    assert wizard.not_missing == {}
    assert page.rows["summary"].chosen_columns() == ()
    wait_for_trial(qtbot, wizard)
    assert "Comments" not in {values.tokens_table.item(r, 0).text() for r in range(values.tokens_table.rowCount())}
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    summaries = {r["summary"] for r in wizard.result.records}
    assert "NA" not in summaries and all(s.startswith("Imported from treaties.csv") for s in summaries)


def test_an_unknown_domain_can_become_a_new_domain_of_the_pack(qtbot, tmp_path):
    text = "Title,Begin,Parties,TypeDomain\nRiver Accord,2001,JP,Environment\nTariff Pact,2002,US,Trade\n"
    wizard = make_wizard(qtbot)
    to_mapping_page(qtbot, wizard, write(tmp_path, "treaties.csv", text))
    for name, value in (("kind", "agreement"), ("status", "signed")):
        set_constant(wizard, name, value)
    assert wizard.mapping_page.rows["domains"].combos[0].currentData() == "TypeDomain"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wait_for_trial(qtbot, wizard)
    table = wizard.values_page.values_table
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    combo = table.cellWidget(rows["Environment"], 3)
    assert "new domain “Environment” (environment)" in [combo.itemText(i) for i in range(combo.count())]
    choose(combo, "environment")
    assert wizard.current_mapping().new_domains == (("environment", "Environment", "", ""),)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    pack = load_pack(wizard.pack_folder)
    assert dict(zip(pack.events["title"], pack.events["domains"])) == {"River Accord": "environment",
                                                                        "Tariff Pact": "trade"}
    assert pack.domain_label("environment") == "Environment"


REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"


@pytest.mark.skipif(not (REALDATA / "treaties-huggo").is_dir(), reason="the shared real-data folder is not here")
def test_the_real_huggo_file_through_the_wizards_guesses_has_no_corrupted_row(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    to_mapping_page(qtbot, wizard, REALDATA / "treaties-huggo" / "HUGGO_clean.csv")
    rows = wizard.mapping_page.rows
    guessed = {name: row.chosen_columns() for name, row in rows.items() if row.chosen_columns()}
    assert guessed["end"] == ("End",) and "id" not in guessed and "parties" not in guessed
    for name, value in (("kind", "agreement"), ("status", "signed"), ("parties", "unspecified")):
        set_constant(wizard, name, value)
    choose(rows["kind"].combos[0], "")  # TypeAgree holds Protocol, Amendment…: one kind for all
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wait_for_trial(qtbot, wizard)
    shown = {wizard.values_page.tokens_table.item(r, 0).text()
             for r in range(wizard.values_page.tokens_table.rowCount())}
    assert {"Comments", "Source"} <= shown  # mostly NA: asked about
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    records = wizard.result.records
    assert len(records) > 100  # the rest: domains nothing maps yet (Environment), each reported
    assert not any("na" in r["parties"].split(";") for r in records)
    assert not {"NA", "N/A"} & {r["summary"] for r in records}
    assert not {"NA", "N/A"} & {s["title"] for s in wizard.result.sources}
    assert all(i.row and i.column and i.reason for i in wizard.result.rejected())


# Members as numbers that are countries in both ISO 3166-1 numeric and Correlates of War (360 is
# Indonesia or Romania, 710 South Africa or China, ...): the wizard asks which before importing.
BOTH_SYSTEMS = """\
Title,Begin,c1,c2,c3
Jakarta Accord,1992-02-07,360,380,484
Pretoria Pact,1995-01-01,710,702,NA
"""


def test_numbers_both_systems_read_alike_are_asked_about_on_the_values_page(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    to_mapping_page(qtbot, wizard, write(tmp_path, "members.csv", BOTH_SYSTEMS))
    assert wizard.mapping_page.rows["parties"].chosen_columns() == ("c1", "c2", "c3")
    for name, value in (("kind", "agreement"), ("status", "signed"), ("domains", "trade")):
        set_constant(wizard, name, value)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wait_for_trial(qtbot, wizard)
    values = wizard.values_page
    assert values.codes_box.isVisible() and values.codes_combo.currentData() == ""
    assert "c1,c2,c3 (parties)" in values.codes_label.text()
    assert "choose which under “Country codes as numbers”" in values.status_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no guess: the user says

    choose(values.codes_combo, "cow")
    assert wizard.current_mapping().codes == "cow"
    qtbot.waitUntil(lambda: values.findings is not None and values.findings.codes_question is None,
                    timeout=30000)
    assert "read as Correlates of War codes, as the mapping says" in values.codes_label.text()
    saved = wizard.mapping_page.save_mapping_to(tmp_path / "m.json")
    assert json.loads(saved.read_text(encoding="utf-8"))["codes"] == "cow"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    parties = {r["title"]: r["parties"] for r in wizard.result.records}
    assert parties == {"Jakarta Accord": "ro;se;cg", "Pretoria Pact": "cn;tj"}
    assert {a["id"]: a["name_ja"] for a in wizard.result.actors}["cn"] == "中国"


def test_a_correlates_of_war_column_is_recognised_and_shown_without_asking(qtbot, tmp_path):
    text = "Title,Begin,c1,c2,c3\nParis Accord,1992-02-07,2,200,220\nBonn Pact,1995-01-01,255,740,NA\n"
    wizard = make_wizard(qtbot)
    to_mapping_page(qtbot, wizard, write(tmp_path, "members.csv", text))
    for name, value in (("kind", "agreement"), ("status", "signed"), ("domains", "trade")):
        set_constant(wizard, name, value)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wait_for_trial(qtbot, wizard)
    values = wizard.values_page
    assert values.codes_box.isVisible() and not values.problem
    assert "read as Correlates of War codes, decided on the column's values" in values.codes_label.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    parties = {r["title"]: r["parties"] for r in wizard.result.records}
    assert parties == {"Paris Accord": "us;uk;fr", "Bonn Pact": "de;jp"}


# ISO-2 members where "NA" would be Namibia: the values page says why, and lets the user say it
# means no party in this file (saved as "missing" in the mapping).
ISO2_MEMBERS = "Title,Begin,Parties\nFisheries,2001,JP;NA\nWhaling,2002,US;GB\nTariff,2003,JPN;DE\n"


def tokens_rows(wizard) -> dict[str, int]:
    table = wizard.values_page.tokens_table
    return {table.item(r, 0).text(): r for r in range(table.rowCount())}


def test_na_read_as_namibia_can_be_made_no_value_on_the_values_page(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    to_mapping_page(qtbot, wizard, write(tmp_path, "members.csv", ISO2_MEMBERS))
    choose(wizard.mapping_page.rows["parties"].combos[0], "Parties")
    for name, value in (("kind", "agreement"), ("status", "signed"), ("domains", "trade")):
        set_constant(wizard, name, value)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wait_for_trial(qtbot, wizard)
    values = wizard.values_page
    assert values.tokens_box.isVisible()
    combo = values.tokens_table.cellWidget(tokens_rows(wizard)["Parties"], 3)
    assert combo.isEnabled() and combo.currentData() == TOKEN_AS_DETECTED
    assert combo.currentText() == "'NA' read as Namibia (na)"
    assert [combo.itemData(i) for i in range(combo.count())] == [TOKEN_AS_DETECTED, TOKEN_NO_VALUE,
                                                                  TOKEN_DROP_COLUMN]

    choose(combo, TOKEN_NO_VALUE)
    assert wizard.current_mapping().missing_in == {"parties": ("NA",)}
    wait_for_trial(qtbot, wizard)
    combo = values.tokens_table.cellWidget(tokens_rows(wizard)["Parties"], 3)  # still shown, to undo
    assert combo.currentData() == TOKEN_NO_VALUE
    assert "read as no value, as the mapping says" in values.tokens_table.item(
        tokens_rows(wizard)["Parties"], 2).toolTip()
    saved = wizard.mapping_page.save_mapping_to(tmp_path / "m.json")
    assert json.loads(saved.read_text(encoding="utf-8"))["missing"] == {"parties": ["NA"]}
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    parties = {r["title"]: r["parties"] for r in wizard.result.records}
    assert parties == {"Fisheries": "jp", "Whaling": "us;uk", "Tariff": "jp;de"}
    assert "na" not in {a["id"] for a in wizard.result.actors}

    again = make_wizard(qtbot)  # the saved mapping brings the choice back
    to_mapping_page(qtbot, again, tmp_path / "members.csv")
    assert again.mapping_page.load_mapping_from(saved) == ""
    wait_for_preview(qtbot, again)
    assert again.current_mapping().missing_in == {"parties": ("NA",)}


def test_undoing_no_value_brings_namibia_back_without_a_word_in_the_mapping(qtbot, tmp_path):
    wizard = make_wizard(qtbot)
    to_mapping_page(qtbot, wizard, write(tmp_path, "members.csv", ISO2_MEMBERS))
    choose(wizard.mapping_page.rows["parties"].combos[0], "Parties")
    for name, value in (("kind", "agreement"), ("status", "signed"), ("domains", "trade")):
        set_constant(wizard, name, value)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wait_for_trial(qtbot, wizard)
    choose(wizard.values_page.tokens_table.cellWidget(tokens_rows(wizard)["Parties"], 3), TOKEN_NO_VALUE)
    wait_for_trial(qtbot, wizard)
    combo = wizard.values_page.tokens_table.cellWidget(tokens_rows(wizard)["Parties"], 3)
    choose(combo, TOKEN_TEXT)  # "the actor Namibia (na)"
    assert wizard.current_mapping().missing_in == {}
    assert wizard.current_mapping().not_missing == {"parties": ("NA",)}
    wait_for_trial(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    assert {r["title"]: r["parties"] for r in wizard.result.records}["Fisheries"] == "jp;na"


def type_japanese(edit, text: str) -> None:
    """Text committed by an input method, as a Japanese keyboard enters it (key clicks are ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def test_a_new_domain_gets_its_japanese_label_and_a_checked_colour_where_it_is_chosen(qtbot, tmp_path):
    text = ("Title,Begin,Parties,TypeDomain\nRiver Accord,2001,JP,Environment\nTariff Pact,2002,US,Trade\n"
            "Lake Pact,2003,FR,Env.\n")
    wizard = make_wizard(qtbot)
    to_mapping_page(qtbot, wizard, write(tmp_path, "treaties.csv", text))
    for name, value in (("kind", "agreement"), ("status", "signed")):
        set_constant(wizard, name, value)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wait_for_trial(qtbot, wizard)
    values = wizard.values_page
    table = values.values_table
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    fields = table.cellWidget(rows["Environment"], 4)
    assert not fields.isEnabled()  # nothing to describe while the text is rejected
    choose(table.cellWidget(rows["Environment"], 3), "environment")
    assert fields.isEnabled() and fields.label_ja.placeholderText() == "日本語ラベル"
    type_japanese(fields.label_ja, "環境")
    qtbot.keyClicks(fields.colour, "#2E7D3")  # one digit short
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert values.domain_message.isVisible() and "colour '#2E7D3' is not #RRGGBB" in values.domain_message.text()
    assert not next_button.isEnabled()
    qtbot.keyClicks(fields.colour, "2")
    assert not values.domain_message.isVisible() and next_button.isEnabled()
    assert wizard.current_mapping().new_domains == (("environment", "Environment", "環境", "#2E7D32"),)

    qtbot.mouseClick(values.recheck_button, Qt.MouseButton.LeftButton)  # the other rows now offer it
    wait_for_trial(qtbot, wizard)
    table = values.values_table
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    other = table.cellWidget(rows["Env."], 4)  # a second text imported as the same new domain shows it
    choose(table.cellWidget(rows["Env."], 3), "environment")
    assert other.isEnabled() and (other.label_ja.text(), other.colour.text()) == ("環境", "#2E7D32")

    saved = wizard.mapping_page.save_mapping_to(tmp_path / "m.json")
    assert json.loads(saved.read_text(encoding="utf-8"))["new_domains"] == [
        {"id": "environment", "label": "Environment", "label_ja": "環境", "colour": "#2E7D32"}]
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    run_import(qtbot, wizard)
    pack = load_pack(wizard.pack_folder)
    assert pack.domain_label("environment", ja=True) == "環境"
    assert pack.domain_colour("environment").upper() == "#2E7D32"
    assert set(pack.events["domains"]) == {"environment", "trade"}

    again = make_wizard(qtbot)  # a saved mapping brings the label and colour back into the fields
    to_mapping_page(qtbot, again, tmp_path / "treaties.csv")
    assert again.mapping_page.load_mapping_from(saved) == ""
    wait_for_preview(qtbot, again)
    click(qtbot, again, QWizard.WizardButton.NextButton)
    wait_for_trial(qtbot, again)
    table = again.values_page.values_table
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    fields = table.cellWidget(rows["Environment"], 4)
    assert fields.isEnabled() and (fields.label_ja.text(), fields.colour.text()) == ("環境", "#2E7D32")
