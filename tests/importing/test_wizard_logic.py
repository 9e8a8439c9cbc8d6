"""The import wizard's Qt-free logic (explorer/importing/wizard_logic.py), called directly: where a
pack goes, what the trial run of page 3 finds, the token choices and the small text helpers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from explorer.data.pack_source import DESCRIPTOR
from explorer.importing.actor_lookup import ActorLookup
from explorer.importing.engine import ColumnFinding
from explorer.importing.mapping import ImportMapping
from explorer.importing.pack_builder import IMPORT_KEY
from explorer.importing.source_table import ReadOptions, read_table
from explorer.importing.wizard_logic import (
    DEST_EARLIER_IMPORT,
    DEST_NEW,
    DEST_NONE,
    DEST_TAKEN,
    TOKEN_AS_DETECTED,
    TOKEN_NO_VALUE,
    TOKEN_TEXT,
    WizardChoices,
    actor_id_of_choice,
    bad_actor_ids,
    choose_token,
    column_letter,
    destination_in,
    destination_state,
    detected_items,
    is_earlier_import_of,
    set_token,
    set_value,
    split_tokens,
    trial_task,
    update_new_domains,
    with_choices,
)

ROOT = Path(__file__).resolve().parents[2]


def test_spreadsheet_column_letters():
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]


def test_tokens_are_split_on_spaces_once_each_in_order():
    assert split_tokens("  NA n/a  NA -  ") == ("NA", "n/a", "-")
    assert split_tokens("") == ()


def test_a_token_is_added_and_removed_and_an_empty_field_dropped():
    by_field: dict[str, tuple[str, ...]] = {}
    set_token(by_field, "parties", "NA", True)
    set_token(by_field, "parties", "-", True)
    set_token(by_field, "parties", "NA", True)  # once only
    assert by_field == {"parties": ("-", "NA")}
    set_token(by_field, "parties", "-", False)
    set_token(by_field, "parties", "NA", False)
    assert by_field == {}


def _pack(folder: Path, descriptor: dict) -> Path:
    folder.mkdir(parents=True)
    (folder / DESCRIPTOR).write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


def test_a_new_pack_goes_to_a_free_folder_and_a_reimport_replaces_its_own(tmp_path):
    source = tmp_path / "in" / "Treaty List.csv"
    assert destination_in(tmp_path, source, "") == tmp_path / "treaty-list"
    assert destination_in(tmp_path, source, "mine") == tmp_path / "mine"
    (tmp_path / "empty").mkdir()
    assert destination_in(tmp_path, source, "empty") == tmp_path / "empty"  # an empty folder is free
    _pack(tmp_path / "taken", {"name": "taken"})
    _pack(tmp_path / "taken-2", {"name": "other", IMPORT_KEY: {"file": "other.csv"}})
    assert destination_in(tmp_path, source, "taken") == tmp_path / "taken-3"  # somebody else's packs kept
    _pack(tmp_path / "again", {"name": "again", IMPORT_KEY: {"file": "Treaty List.csv"}})
    assert is_earlier_import_of(tmp_path / "again", "Treaty List.csv")
    assert not is_earlier_import_of(tmp_path / "taken", "Treaty List.csv")
    assert not is_earlier_import_of(tmp_path / "nowhere", "Treaty List.csv")
    assert destination_in(tmp_path, source, "again") == tmp_path / "again"  # re-import updates it


def test_what_the_reader_detected_reads_as_pairs(tmp_path):
    src = tmp_path / "t.csv"
    src.write_text("Title;Signed\nA;2019\n", encoding="utf-8")
    items = detected_items(read_table(src, ReadOptions()))
    assert items and all(isinstance(a, str) and isinstance(b, str) and a[:1].isupper() for a, b in items)


def test_the_trial_run_finds_unknown_values_hidden_behind_others_and_actors_not_in_the_lookup(tmp_path):
    src = tmp_path / "t.csv"
    src.write_text("Title,Signed,Kind,Status,Partners\n"
                   "A,2019-02-01,Pact,Concluded,Japan\n"  # both unknown: the status hides behind the kind
                   "B,2019-03-01,agreement,in force,Atlantis\n"
                   "C,2019-04-01,Pact,in force,Japan\n", encoding="utf-8")
    table = read_table(src, ReadOptions())
    mapping = ImportMapping.from_json_dict({
        "kind": "events", "map": {"title": "Title", "start": "Signed", "kind": "Kind", "status": "Status",
                                  "parties": "Partners"}, "const": {"domains": "trade"}})
    findings = trial_task(table, mapping, ActorLookup.builtin())(lambda n, m: None, lambda: False)
    assert findings.rows_read == 3
    assert findings.unknown_values == {("kind", "Pact"): 2, ("status", "Concluded"): 1}
    assert list(findings.unknown_actors) == ["Atlantis"]  # Japan is in the lookup


def test_the_wizard_logic_loads_no_qt():
    code = ("import sys, explorer.importing.wizard_logic, explorer.importing.problems\n"
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    assert out.stdout.strip() == "[]", out.stderr


def test_a_value_choice_maps_a_text_and_no_choice_forgets_it():
    values: dict[str, dict[str, str]] = {}
    set_value(values, "status", "Concluded", "in_force")
    set_value(values, "status", "Pending", "signed")
    set_value(values, "status", "Pending", "")
    assert values == {"status": {"Concluded": "in_force"}}
    set_value(values, "status", "Concluded", "")
    assert values == {}


def test_a_new_domain_is_declared_once_and_forgotten_when_no_text_uses_it():
    values = {"domains": {"Environment": "environment", "Green": "environment", "Trade": "trade"}}
    new: dict[str, tuple[str, str, str, str]] = {}
    update_new_domains(new, values, {"trade", "energy"}, "Environment", "environment")
    update_new_domains(new, values, {"trade", "energy"}, "Green", "environment")  # the first label stays
    update_new_domains(new, values, {"trade", "energy"}, "Trade", "trade")  # built in: not declared
    assert new == {"environment": ("environment", "Environment", "", "")}
    values = {"domains": {"Trade": "trade"}}
    update_new_domains(new, values, {"trade", "energy"}, "Environment", "")
    assert new == {}


def test_actor_choices_read_the_id_and_bad_ids_are_named():
    assert actor_id_of_choice("jp — Japan") == "jp"
    assert actor_id_of_choice("  atlantis ") == "atlantis"
    assert bad_actor_ids({"Japan": "jp", "Atlantis": "Atlantis!", "Mu": "mu"}) == ["'Atlantis' → 'Atlantis!'"]


def _finding(read_as_value: bool) -> ColumnFinding:
    return ColumnFinding("parties", "Partners", "NA", 3, 10, read_as_value, "")


def test_a_token_read_as_a_value_can_be_made_no_value_and_back():
    not_missing: dict[str, tuple[str, ...]] = {}
    missing_in: dict[str, tuple[str, ...]] = {}
    choose_token(not_missing, missing_in, _finding(True), TOKEN_NO_VALUE)  # NA was Namibia: say it is none
    assert (not_missing, missing_in) == ({}, {"parties": ("NA",)})
    choose_token(not_missing, missing_in, _finding(True), TOKEN_AS_DETECTED)
    assert (not_missing, missing_in) == ({}, {})
    choose_token(not_missing, missing_in, _finding(False), TOKEN_TEXT)  # NA was none: say it is a value
    assert (not_missing, missing_in) == ({"parties": ("NA",)}, {})
    choose_token(not_missing, missing_in, _finding(False), TOKEN_NO_VALUE)  # already none: nothing to say
    assert (not_missing, missing_in) == ({}, {})


def test_what_writing_to_a_folder_would_do(tmp_path):
    source = tmp_path / "t.csv"
    assert destination_state(None, source) == DEST_NONE
    assert destination_state(tmp_path / "new", source) == DEST_NEW
    (tmp_path / "empty").mkdir()
    assert destination_state(tmp_path / "empty", source) == DEST_NEW
    _pack(tmp_path / "mine", {"name": "mine", IMPORT_KEY: {"file": "t.csv"}})
    assert destination_state(tmp_path / "mine", source) == DEST_EARLIER_IMPORT
    _pack(tmp_path / "theirs", {"name": "theirs"})
    assert destination_state(tmp_path / "theirs", source) == DEST_TAKEN
    assert destination_state(source, source) == DEST_NEW  # (not there yet)
    source.write_text("x", encoding="utf-8")
    assert destination_state(source, source) == DEST_TAKEN  # a file


def test_the_mapping_run_holds_the_choices_for_its_own_fields_only():
    mapping = ImportMapping.from_json_dict({"kind": "events", "map": {"title": "Title", "start": "Signed", "parties": "P"},
                                            "const": {"kind": "agreement", "status": "signed", "domains": "trade"}})
    choices = WizardChoices(values={"status": {"Concluded": "in_force"}, "measure": {"x": "y"}, "kind": {}},
                            actors={"Atlantis": "atlantis"}, not_missing={"parties": ("NA",)}, missing_in={},
                            codes="cow", new_domains={}, pack_name="treaties", pack_title="Treaties")
    m = with_choices(mapping, ReadOptions(encoding="cp1252", delimiter=";", header_row=2), choices)
    assert m.values == {"status": {"Concluded": "in_force"}}  # no other resource's field, no empty map
    assert m.actors == {"Atlantis": "atlantis"} and m.not_missing == {"parties": ("NA",)}
    assert (m.codes, m.encoding, m.delimiter, m.header_row) == ("cow", "cp1252", ";", 2)
    assert (m.pack_name, m.pack_title) == ("treaties", "Treaties")
