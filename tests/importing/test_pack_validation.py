"""An import validates the pack it writes from the bytes it writes, held in memory
(``pack_loader.check_pack_files``), instead of reading the new files back: the verdict and every
message (file, row, column) must be exactly what ``load_pack`` of the same files says."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from benchmarks.scenarios.import_throughput import _HEADER, _mapping, _rows
from explorer.data.pack_loader import check_pack_files, load_pack
from explorer.data.pack_schema import LoadLimits
from explorer.data.pack_source import DESCRIPTOR
from explorer.data.problems import PackInvalid
from explorer.importing.engine import ImportCancelled, run_import
from explorer.importing.pack_builder import ImportWriteError, pack_files, write_import_pack
from explorer.importing.source_table import read_table
from tests.importing.fixtures import write_rows

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _result(tmp_path: Path, n: int = 400):
    path = write_rows(tmp_path, "treaties.csv", [_HEADER, *_rows(n)])
    return run_import(read_table(path), _mapping(), now=NOW)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _problems(exc: PackInvalid) -> list[tuple]:
    return [(p.file, p.row, p.column, p.message, p.found) for p in exc.problems]


def test_the_pack_written_is_the_bytes_validated_and_opens_with_load_pack(tmp_path):
    result = _result(tmp_path)
    folder = write_import_pack(result, tmp_path / "pack")
    on_disk = _files(folder)
    for name, data in pack_files(result).items():
        assert on_disk[name] == data  # the bytes checked in memory are the bytes on disk
    check_pack_files(str(folder), on_disk)  # no problem
    pack = load_pack(folder)
    assert len(pack.events) == len(result.records) > 200
    assert set(pack.events["title"]) == {r["title"] for r in result.records}


def _damage(files: dict[str, bytes]) -> dict[str, bytes]:
    files = dict(files)
    rows = list(csv.reader(io.StringIO(files["events.csv"].decode("utf-8"))))
    header = rows[0]
    rows[2][header.index("start")] = "2019-02-30"  # file row 3: a date that cannot be, an unknown kind
    rows[2][header.index("kind")] = "pact"
    rows.insert(4, rows[3])  # a row twice: a duplicate id
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    files["events.csv"] = out.getvalue().encode("utf-8")
    files["actors.csv"] = files["actors.csv"] + b"\xff\xfe,broken\n"  # not UTF-8
    return files


@pytest.mark.parametrize("how", ["damaged", "too_big", "file_missing", "descriptor_broken"])
def test_a_pack_that_would_not_load_is_refused_with_the_messages_load_pack_gives(tmp_path, how):
    files = _files(write_import_pack(_result(tmp_path), tmp_path / "pack"))
    limits = None
    if how == "damaged":
        files = _damage(files)
    elif how == "too_big":
        limits = LoadLimits(max_file_bytes=len(files["events.csv"]) - 1)
    elif how == "file_missing":
        del files["sources.csv"]
    else:
        desc = json.loads(files[DESCRIPTOR])
        desc["briefing_pack_format"] = 99
        files[DESCRIPTOR] = json.dumps(desc).encode("utf-8")
    folder = tmp_path / "copy"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with pytest.raises(PackInvalid) as from_disk:
        load_pack(folder, limits)
    with pytest.raises(PackInvalid) as from_memory:
        check_pack_files(str(folder), files, limits)
    assert _problems(from_memory.value) == _problems(from_disk.value)
    assert from_memory.value.report() == from_disk.value.report()
    if how == "damaged":
        located = {(p.file, p.row, p.column) for p in from_memory.value.problems}
        assert ("events.csv", 3, "start") in located and ("events.csv", 3, "kind") in located
        assert any(p.file == "events.csv" and p.row == 5 and "id" in (p.column or "")
                   for p in from_memory.value.problems)


def test_an_invalid_record_from_the_engine_is_refused_naming_file_row_and_column(tmp_path):
    result = _result(tmp_path, 50)
    result.records[2]["start"] = "2019-13-45"  # what a bug in the engine could produce
    target = tmp_path / "pack"
    with pytest.raises(ImportWriteError) as e:
        write_import_pack(result, target)
    assert "a bug in the importer" in str(e.value)
    assert "events.csv:4:start: impossible date" in str(e.value)
    assert not target.exists()  # nothing written
    assert not list(tmp_path.glob(".pack.*"))  # the staging folder is gone


def test_the_descriptor_is_the_one_the_pack_writer_writes_for_those_files(tmp_path):
    from explorer.data.pack_writer import write_descriptor
    from explorer.importing.pack_builder import pack_meta

    for result in (_result(tmp_path, 60), _with_new_domain(tmp_path)):
        folder = write_import_pack(result, tmp_path / f"pack-{result.kind}-{len(result.domains)}")
        written = (folder / DESCRIPTOR).read_bytes()
        copy = tmp_path / "copy"
        copy.mkdir(exist_ok=True)
        for p in copy.iterdir():
            p.unlink()
        for p in folder.iterdir():
            if p.name != DESCRIPTOR:
                (copy / p.name).write_bytes(p.read_bytes())
        assert written == write_descriptor(copy, pack_meta(result)).read_bytes()
        assert json.loads(written)["resources"]


def _with_new_domain(tmp_path: Path):
    from explorer.importing.mapping import ImportMapping

    path = write_rows(tmp_path, "deals.csv", [["Title", "Begin", "Area"], ["Deal on chips", "2020-01-02", "Chips"],
                                              ["Deal on ships", "2021", "Ships"]])
    mapping = ImportMapping(kind="events", columns={"title": ("Title",), "start": ("Begin",),
                                                    "domains": ("Area",)},
                            constants={"kind": "agreement", "status": "signed", "parties": "jp"},
                            values={"domains": {"Chips": "chips", "Ships": "trade"}},
                            new_domains=(("chips", "Semiconductors", "半導体", "#336699"),))
    result = run_import(read_table(path), mapping, now=NOW)
    assert result.domains and len(result.records) == 2
    return result


def test_an_import_leaves_nothing_for_the_cyclic_collector(tmp_path):
    # A refusal kept for every row with the same cells once held its traceback, whose frames led back
    # to the cache holding it: the whole cache became a cycle only the collector freed, after every import.
    import gc

    from explorer.importing.engine import _Reject

    path = write_rows(tmp_path, "treaties.csv", [_HEADER, *_rows(300)])
    table = read_table(path)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        result = run_import(table, _mapping(), now=NOW)
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, _Reject) or type(o).__name__ in ("frame", "traceback")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert result.rejected_rows > 50 and any("impossible date" in i.reason for i in result.issues)
    assert left == []


def test_a_cancel_while_the_pack_is_written_publishes_nothing(tmp_path):
    """The wizard's Cancel can land after the last row is mapped: the pack must not appear."""
    result = _result(tmp_path)
    target = tmp_path / "packs" / "cancelled"
    with pytest.raises(ImportCancelled):
        write_import_pack(result, target, cancelled=lambda: True)
    assert not target.exists()
    assert list((tmp_path / "packs").iterdir()) == []  # no staging folder left either
    assert write_import_pack(result, target, cancelled=lambda: False) == target
    assert (target / "datapackage.json").is_file()
