"""Packs written before the reader/editor note split: how they read, and their migration to format 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.data import pack_migration
from explorer.data.pack_loader import load_pack
from explorer.data.pack_migration import MigrationError, migrate_pack
from explorer.data.pack_schema import FORMAT_VERSION
from explorer.data.problems import PackInvalid
from tests.packs import descriptor_of, write_pack


def old_pack(folder: Path, declared: int | None = 1) -> Path:
    """The test pack as format 1 wrote it: one ``note`` column, no ``editor_note``."""
    write_pack(folder)
    desc = descriptor_of(folder)
    if declared is None:
        desc.pop("briefing_pack_format")
    else:
        desc["briefing_pack_format"] = declared
    (folder / "datapackage.json").write_text(json.dumps(desc, indent=2), encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- reading an old pack ----------------------------------------------------------------------------

@pytest.mark.parametrize("declared", [1, None])
def test_an_old_pack_loads_and_its_notes_are_kept_for_editors_only(tmp_path, declared):
    pack = load_pack(old_pack(tmp_path / "old", declared))
    assert pack.meta.format_version == 1
    src = pack.source_by_id["src-b"]
    assert src["note"] == "" and src["editor_note"] == "cites A, B"
    us = pack.observations[pack.observations.reporter == "us"].iloc[0]
    assert us["note"] == "" and us["editor_note"] == "price effects"
    assert (pack.events["editor_note"] == "").all()
    assert len(pack.events) == 5 and len(pack.observations) == 5  # nothing else changed


def test_a_current_pack_shows_its_notes_to_readers(tmp_path):
    pack = load_pack(write_pack(tmp_path / "new"))
    assert pack.meta.format_version == FORMAT_VERSION
    assert pack.source_by_id["src-b"]["note"] == "cites A, B"
    assert pack.source_by_id["src-b"]["editor_note"] == ""


def test_an_editor_note_column_means_the_notes_were_split(tmp_path):
    """A hand-made pack without the format key but with the new column is read as written."""
    folder = old_pack(tmp_path / "p", declared=None)
    (folder / "sources.csv").write_text(
        "id,title,publisher,published,url,note,editor_note\n"
        "src-a,Article A,ECFR,2025-11~,,for readers,for editors\n"
        "src-b,Article B,The Economy,2025,,,\n", encoding="utf-8")
    src = load_pack(folder).source_by_id["src-a"]
    assert (src["note"], src["editor_note"]) == ("for readers", "for editors")


@pytest.mark.parametrize("value,message", [
    ("two", "must be a whole number"), (True, "must be a whole number"),
    (FORMAT_VERSION + 1, "newer format"),
])
def test_a_bad_or_newer_format_version_is_refused_with_the_key_named(tmp_path, value, message):
    folder = old_pack(tmp_path / "p")
    desc = descriptor_of(folder)
    desc["briefing_pack_format"] = value
    (folder / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    with pytest.raises(PackInvalid) as e:
        load_pack(folder)
    assert any(p.column == "briefing_pack_format" and message in p.message for p in e.value.problems)


# -- migration ---------------------------------------------------------------------------------

def test_migration_round_trip_keeps_notes_as_editor_notes(tmp_path):
    folder = old_pack(tmp_path / "pack")
    (folder / "README.txt").write_text("kept as it is\n", encoding="utf-8")
    before = load_pack(folder)

    result = migrate_pack(folder)
    assert result.changed and result.path == folder and result.moved_notes == 3

    after = load_pack(folder)
    assert after.meta.format_version == FORMAT_VERSION
    assert descriptor_of(folder)["briefing_pack_format"] == FORMAT_VERSION
    for name in ("sources", "observations"):
        assert after.table(name)["editor_note"].tolist() == before.table(name)["editor_note"].tolist()
        assert (after.table(name)["note"] == "").all()
    header = (folder / "sources.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "id,title,publisher,published,url,note,editor_note"
    assert (folder / "events.csv").read_text(encoding="utf-8").splitlines()[0].endswith(",editor_note")
    # every other cell as it was, and files the format does not know are carried over
    for name in ("events", "observations", "actors", "milestones", "fx_rates"):
        cols = [c for c in before.table(name).columns if c not in ("note", "editor_note", "involved")]
        assert after.table(name)[cols].equals(before.table(name)[cols]), name
    assert after.events["involved"].tolist() == [""] * len(after.events)  # added, for the author
    assert (folder / "README.txt").read_text(encoding="utf-8") == "kept as it is\n"
    assert not [p for p in tmp_path.iterdir() if p.name != "pack"]  # no staging folder left


def test_running_the_migration_twice_is_a_no_op(tmp_path):
    folder = old_pack(tmp_path / "pack")
    migrate_pack(folder)
    once = snapshot(folder)
    result = migrate_pack(folder)
    assert not result.changed and "already" in result.summary()
    assert snapshot(folder) == once


def test_migration_to_a_new_folder_leaves_the_original_alone(tmp_path):
    folder = old_pack(tmp_path / "pack")
    original = snapshot(folder)
    result = migrate_pack(folder, tmp_path / "out" / "pack2")
    assert result.path == tmp_path / "out" / "pack2"
    assert load_pack(result.path).meta.format_version == FORMAT_VERSION
    assert snapshot(folder) == original
    with pytest.raises(MigrationError, match="already exists"):
        migrate_pack(folder, result.path)


def test_a_failed_validation_leaves_the_original_untouched(tmp_path, monkeypatch):
    folder = old_pack(tmp_path / "pack")
    original = snapshot(folder)

    def broken_rewrite(staging: Path, _changes) -> None:
        (staging / "events.csv").write_text("id\nbroken\n", encoding="utf-8")

    monkeypatch.setattr(pack_migration, "_rewrite", broken_rewrite)
    with pytest.raises(MigrationError, match="did not validate"):
        migrate_pack(folder)
    assert snapshot(folder) == original
    assert [p.name for p in tmp_path.iterdir()] == ["pack"]  # the staging folder is gone


def test_a_failed_swap_puts_the_original_back(tmp_path, monkeypatch):
    folder = old_pack(tmp_path / "pack")
    original = snapshot(folder)
    real_rename = pack_migration.os.rename
    calls = []

    def rename(src, dst):
        calls.append((Path(src).name, Path(dst).name))
        if len(calls) == 2:  # the staged pack moving into place
            raise OSError(28, "No space left on device")
        return real_rename(src, dst)

    monkeypatch.setattr(pack_migration.os, "rename", rename)
    with pytest.raises(MigrationError, match="original is unchanged"):
        migrate_pack(folder)
    assert snapshot(folder) == original
    assert [p.name for p in tmp_path.iterdir()] == ["pack"]


def test_a_refused_pack_is_not_migrated(tmp_path):
    folder = old_pack(tmp_path / "pack")
    (folder / "events.csv").write_text("id\nx\n", encoding="utf-8")
    original = snapshot(folder)
    with pytest.raises(MigrationError, match="refused"):
        migrate_pack(folder)
    assert snapshot(folder) == original


def test_a_zip_or_missing_folder_is_a_one_line_error(tmp_path):
    (tmp_path / "p.zip").write_bytes(b"PK")
    with pytest.raises(MigrationError, match="unzip"):
        migrate_pack(tmp_path / "p.zip")
    with pytest.raises(MigrationError, match="no such pack folder"):
        migrate_pack(tmp_path / "nowhere")


# -- the command -------------------------------------------------------------------------------

def test_migrate_command_rewrites_then_reports_nothing_to_do(tmp_path):
    import io

    from explorer.__main__ import is_command
    from explorer.cli import main

    folder = old_pack(tmp_path / "pack")
    assert is_command(["migrate", str(folder)])  # headless: never opens the window
    out, err = io.StringIO(), io.StringIO()
    assert main(["migrate", str(folder), "--out", str(tmp_path / "new")], out, err) == 0
    assert "migrated to pack format 3; 3 old notes kept as editors' notes" in out.getvalue()
    assert "events have an empty 'involved' column" in out.getvalue()
    assert load_pack(tmp_path / "new").meta.format_version == FORMAT_VERSION
    out = io.StringIO()
    assert main(["migrate", str(tmp_path / "new")], out, err) == 0
    assert "already in pack format 3" in out.getvalue() and err.getvalue() == ""


def test_migrate_command_fails_in_one_line_naming_the_pack(tmp_path):
    import io

    from explorer.cli import main

    folder = old_pack(tmp_path / "pack")
    (folder / "events.csv").write_text("id\nx\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["migrate", str(folder)], out, err) == 1
    lines = err.getvalue().splitlines()
    assert len(lines) == 1 and str(folder) in lines[0] and "nothing was changed" in lines[0]


# -- format 2 -> 3: parties and actors involved ---------------------------------------------------

def format2_pack(folder):
    """The test pack as format 2 wrote it: notes split, no ``involved`` column."""
    folder = write_pack(folder)
    desc = descriptor_of(folder)
    desc["briefing_pack_format"] = 2
    (folder / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    return folder


def test_a_format_2_pack_reads_unchanged_with_nobody_involved(tmp_path):
    pack = load_pack(format2_pack(tmp_path / "p"))
    assert pack.meta.format_version == 2
    assert pack.event_involved.empty and (pack.events["involved"] == "").all()
    assert pack.events.set_index("id").loc["minerals", "parties"] == "jp;eu;na"


def test_migrating_a_format_2_pack_adds_an_empty_involved_column_beside_parties(tmp_path):
    folder = format2_pack(tmp_path / "pack")
    before = load_pack(folder)
    sources_before = (folder / "sources.csv").read_bytes()
    result = migrate_pack(folder)
    assert result.changed and result.moved_notes == 0
    assert "involved" in result.summary() and "notes" not in result.summary()
    header = (folder / "events.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[header.index("parties") + 1] == "involved"
    assert descriptor_of(folder)["briefing_pack_format"] == FORMAT_VERSION
    events = next(r for r in descriptor_of(folder)["resources"] if r["name"] == "events")
    assert "involved" in [f["name"] for f in events["schema"]["fields"]]
    after = load_pack(folder)
    assert after.meta.format_version == FORMAT_VERSION
    assert (after.events["involved"] == "").all()
    assert after.events["parties"].tolist() == before.events["parties"].tolist()
    assert (folder / "sources.csv").read_bytes() == sources_before  # notes already split: untouched
    assert not migrate_pack(folder).changed
