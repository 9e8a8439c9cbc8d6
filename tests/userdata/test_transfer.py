"""Export/import of the user's own data between two laptops (two temporary homes)."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest

from explorer.export.view_state import ViewState
from explorer.state.comparison_setup import ComparisonSetup
from explorer.userdata.briefings import Briefing, BriefingItem, BriefingStore
from explorer.userdata.locations import data_dir
from explorer.userdata.notes import NotesStore
from explorer.userdata.settings import Settings
from explorer.userdata.store import StoreError
from explorer.userdata.transfer import (
    FORMAT_KEY,
    UserDataError,
    export_user_data,
    import_user_data,
)
from explorer.userdata.views import ViewStore

CHART = ViewState(view="chart", comparison=ComparisonSetup(indicator_id="goods_exports"))
EVENT = ViewState(view="event", event_id="eu-jp-epa")


@pytest.fixture
def homes(tmp_path, monkeypatch):
    """Switch between two laptops' user folders: ``homes("a")``, ``homes("b")``."""
    def use(name: str) -> Path:
        home = tmp_path / f"home-{name}"
        monkeypatch.setenv("BRIEFING_EXPLORER_HOME", str(home))
        return home
    return use


def fill_laptop_a() -> dict:
    notes = NotesStore()
    notes.save("japan-eu-us", "eu-jp-epa", "Ask about the review clause")
    notes.save("japan-eu-us", "gcap", "Italy's share?\nSecond line")
    notes.save("other-pack", "x", "日本語のメモ")
    notes.close()
    view = ViewStore().save("Trade", CHART)
    store = BriefingStore()
    b = store.save(Briefing("visit1", "Japan visit", (
        BriefingItem("a", CHART, "Trade", "EU leads."), BriefingItem("b", EVENT, "EPA")), "OFFICIAL"))
    s = Settings()
    s.update({"export_marking": "OFFICIAL-SENSITIVE", "marking_required": True, "export_scale": 3,
              "window_geometry": "AAAA", "export_folder": "/home/a/Desktop", "last_pack": "/home/a/p.zip"})
    s.add_recent_pack("/home/a/packs/japan.zip")
    s.save()
    return {"view": view, "briefing": b}


def test_round_trip_between_two_laptops(homes, tmp_path):
    homes("a")
    made = fill_laptop_a()
    out = tmp_path / "my-data.json"
    summary = export_user_data(out)
    assert (summary.notes, summary.views, summary.briefings) == (3, 1, 1)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc[FORMAT_KEY] == 1
    assert doc["settings"] == {"export_marking": "OFFICIAL-SENSITIVE", "marking_required": True,
                               "export_scale": 3}
    assert "/home/a" not in out.read_text(encoding="utf-8")  # laptop-specific paths stay behind

    homes("b")
    result = import_user_data(out)
    assert (result.notes, result.views, result.briefings, result.settings) == (3, 1, 1, 3)
    assert "3 notes, 1 saved views, 1 briefings, 3 settings" in str(result)
    notes = NotesStore()
    assert notes.notes_for("japan-eu-us") == {"eu-jp-epa": "Ask about the review clause",
                                              "gcap": "Italy's share?\nSecond line"}
    assert notes.notes_for("other-pack") == {"x": "日本語のメモ"}
    assert ViewStore().list() == [made["view"]]
    assert BriefingStore().load("visit1") == made["briefing"]
    s = Settings()
    assert s.get("export_marking", "", str) == "OFFICIAL-SENSITIVE" and s.get("export_scale", 1, int) == 3
    assert s.recent_packs() == [] and not s.has("window_geometry") and not s.has("last_pack")

    again = import_user_data(out)  # importing the same file twice changes nothing
    assert (again.notes, again.views, again.briefings) == (0, 0, 0)
    assert (again.notes_kept, again.views_same, again.briefings_same) == (3, 1, 1)
    assert len(BriefingStore().list()) == 1 and len(ViewStore().list()) == 1


def test_merge_rules_newer_notes_win_and_conflicting_ids_are_kept_as_copies(homes, tmp_path):
    homes("a")
    made = fill_laptop_a()
    out = tmp_path / "a.json"
    export_user_data(out)

    homes("b")
    notes = NotesStore()
    notes.save("japan-eu-us", "gcap", "Written on B after the export")  # newer: kept
    db = sqlite3.connect(data_dir() / "user.sqlite3")
    with db:  # an older note on B: replaced
        db.execute("INSERT INTO notes VALUES ('japan-eu-us', 'eu-jp-epa', 'Old B note', 1.0)")
    db.close()
    ViewStore().save("Different view, same id", EVENT, view_id=made["view"].id)
    mine = BriefingStore().save(Briefing("visit1", "B's own briefing", (BriefingItem("z", EVENT),)))

    result = import_user_data(out)
    assert (result.notes, result.notes_updated, result.notes_kept) == (1, 1, 1)
    assert (result.views_renamed_ids, result.briefings_renamed_ids) == (1, 1)
    assert NotesStore().notes_for("japan-eu-us") == {"eu-jp-epa": "Ask about the review clause",
                                                     "gcap": "Written on B after the export"}
    views = ViewStore().list()
    assert {v.name for v in views} == {"Different view, same id", "Trade"}
    assert len({v.id for v in views}) == 2
    briefings = {b.title: b for b in BriefingStore().list()}
    assert briefings["B's own briefing"] == mine  # untouched, under its id
    copy_of_a = briefings["Japan visit"]
    assert copy_of_a.id != "visit1" and copy_of_a.items == made["briefing"].items


def _valid_doc(homes, tmp_path) -> dict:
    homes("a")
    fill_laptop_a()
    out = tmp_path / "a.json"
    export_user_data(out)
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update({FORMAT_KEY: 2}), "briefing_explorer_user_data: format 2 is newer"),
    (lambda d: d.pop(FORMAT_KEY), "briefing_explorer_user_data: must be 1"),
    (lambda d: d.update(extra=1), "unknown field 'extra'"),
    (lambda d: d.update(notes={}), "notes: must be a list"),
    (lambda d: d["notes"][1].update(updated="yesterday"), "notes[1].updated: must be a date and time"),
    (lambda d: d["notes"][0].update(text=5), "notes[0].text: must be text"),
    (lambda d: d["notes"][0].pop("pack"), "notes[0].pack: missing"),
    (lambda d: d["notes"].append(dict(d["notes"][0])), "notes[3]: a second note for"),
    (lambda d: d["views"][0].update(name=""), "views[0].name: must not be empty"),
    (lambda d: d["views"][0]["view"].update(view="map"), "views[0].view.view: must be one of"),
    (lambda d: d["views"][0].update(id="../x"), "views[0].id: must be"),
    (lambda d: d["briefings"][0]["items"][1]["view"].update(event_id=""),
     "briefings[0]: items[1].view.event_id: an event view needs"),
    (lambda d: d["briefings"][0].pop("id"), "briefings[0].id: missing"),
    (lambda d: d["briefings"].append(copy.deepcopy(d["briefings"][0])),
     "briefings[1].id: 'visit1' is used by an earlier briefing"),
    (lambda d: d["settings"].update(export_scale="3"), "settings: export_scale should be a whole number"),
    (lambda d: d["settings"].update(recent_packs=["/x"]), "settings: 'recent_packs' is not carried"),
])
def test_a_bad_file_is_refused_naming_the_field_and_nothing_changes(homes, tmp_path, change, message):
    doc = _valid_doc(homes, tmp_path)
    change(doc)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    homes("b")
    with pytest.raises(UserDataError) as e:
        import_user_data(bad)
    assert message in str(e.value) and str(bad) in str(e.value)
    assert not data_dir().exists() or NotesStore().notes_for("japan-eu-us") == {}
    assert not Settings().has("export_marking")


@pytest.mark.parametrize("content, message", [(b"{not json", "not valid JSON"), (b"\xff\xfe", "not UTF-8"),
                                              (b"[]", "must be a JSON object")])
def test_files_that_are_not_user_data_at_all(tmp_path, content, message):
    bad = tmp_path / "x.json"
    bad.write_bytes(content)
    with pytest.raises(UserDataError, match=message):
        import_user_data(bad)
    with pytest.raises(UserDataError, match="cannot read"):
        import_user_data(tmp_path / "missing.json")
    with pytest.raises(ValueError, match="mode"):
        import_user_data(bad, mode="replace")


def test_an_import_that_fails_midway_changes_nothing(homes, tmp_path):
    homes("a")
    fill_laptop_a()
    out = tmp_path / "a.json"
    export_user_data(out)
    homes("b")
    NotesStore().close()
    db = sqlite3.connect(data_dir() / "user.sqlite3")
    with db:  # the disk fills up at the briefings, after the notes and views were written
        db.execute("CREATE TRIGGER boom BEFORE INSERT ON briefings "
                   "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    db.close()
    with pytest.raises(StoreError, match="disk is full"):
        import_user_data(out)
    assert NotesStore().notes_for("japan-eu-us") == {} and ViewStore().list() == []
    assert not Settings().has("export_marking")  # settings come after the commit only


def test_export_leaves_out_rows_that_do_not_check_out_and_says_so(homes, tmp_path):
    homes("a")
    fill_laptop_a()
    BriefingStore().save(Briefing("broken1", "Broken", (BriefingItem("i", EVENT),)))
    db = sqlite3.connect(data_dir() / "user.sqlite3")
    with db:
        db.execute("UPDATE briefing_items SET view_json = 'not json' WHERE briefing_id = 'broken1'")
    db.close()
    summary = export_user_data(tmp_path / "out.json")
    assert summary.briefings == 1 and len(summary.skipped) == 1 and "broken1" in summary.skipped[0]
    assert "unreadable and left out" in str(summary)
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [b["id"] for b in doc["briefings"]] == ["visit1"]


def test_export_right_after_an_upgrade_includes_the_old_files(tmp_path):
    """Files of earlier releases not yet imported by the app are imported first, not left out."""
    old_notes = data_dir() / "notes.sqlite3"
    old_notes.parent.mkdir(parents=True)
    db = sqlite3.connect(old_notes)
    with db:
        db.execute("CREATE TABLE notes (pack TEXT NOT NULL, event_id TEXT NOT NULL, text TEXT NOT NULL, "
                   "updated REAL NOT NULL, PRIMARY KEY (pack, event_id))")
        db.execute("INSERT INTO notes VALUES ('p', 'e', 'from the old file', 5.0)")
    db.close()
    (data_dir() / "briefings").mkdir()
    (data_dir() / "briefings" / "old1.json").write_text(
        Briefing("old1", "Old", (BriefingItem("a", EVENT),)).to_json(), encoding="utf-8")
    export_user_data(tmp_path / "out.json")
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [n["text"] for n in doc["notes"]] == ["from the old file"]
    assert [b["title"] for b in doc["briefings"]] == ["Old"]


def test_importing_an_export_back_into_the_same_laptop_changes_nothing(tmp_path):
    fill_laptop_a()
    out = tmp_path / "out.json"
    export_user_data(out)
    result = import_user_data(out)
    assert (result.notes, result.notes_updated, result.notes_kept) == (0, 0, 3)
    assert (result.views, result.briefings) == (0, 0)
