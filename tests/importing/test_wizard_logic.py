"""The import wizard's Qt-free logic (explorer/importing/wizard_logic.py), called directly: where a
pack goes, what the trial run of page 3 finds, the token choices and the small text helpers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from explorer.data.pack_source import DESCRIPTOR
from explorer.importing.actor_lookup import ActorLookup
from explorer.importing.mapping import ImportMapping
from explorer.importing.pack_builder import IMPORT_KEY
from explorer.importing.source_table import ReadOptions, read_table
from explorer.importing.wizard_logic import (
    column_letter,
    destination_in,
    detected_items,
    is_earlier_import_of,
    set_token,
    split_tokens,
    trial_task,
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
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr
