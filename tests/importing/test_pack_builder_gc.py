"""Writing an imported pack pauses the cyclic garbage collector while its tables are written and
checked, and always gives it back as it was: after a pack is written, after the check refuses one,
and when it was off before. Run with automatic collection on, as the headless import has it (the
window turns it off for good: ``explorer.qt.collector``)."""

from __future__ import annotations

import csv
import datetime as dt
import gc
from pathlib import Path

import pytest

from explorer.data.problems import PackInvalid
from explorer.importing import pack_builder
from explorer.importing.engine import run_import
from explorer.importing.pack_builder import ImportWriteError, write_import_pack
from explorer.importing.source_table import read_table

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _result(tmp_path: Path):
    from benchmarks.scenarios.import_throughput import _HEADER, _mapping, _rows

    path = tmp_path / "treaties.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(_HEADER)
        w.writerows(_rows(300))
    return run_import(read_table(path), _mapping(), now=NOW)


@pytest.fixture(autouse=True)
def _automatic_collection():
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def test_the_collector_is_paused_for_the_check_and_given_back(monkeypatch, tmp_path):
    result = _result(tmp_path)
    seen: list[bool] = []
    real = pack_builder.check_pack_files

    def spy(label, files, limits=None):
        seen.append(gc.isenabled())
        return real(label, files, limits)

    monkeypatch.setattr(pack_builder, "check_pack_files", spy)
    assert gc.isenabled()
    folder = write_import_pack(result, tmp_path / "pack")
    assert seen == [False]
    assert gc.isenabled()
    assert (folder / "events.csv").read_text(encoding="utf-8").count("\n") == len(result.records) + 1


def test_the_collector_is_given_back_when_the_check_refuses_the_pack(monkeypatch, tmp_path):
    result = _result(tmp_path)

    def refuse(label, files, limits=None):
        raise PackInvalid(label, [])

    monkeypatch.setattr(pack_builder, "check_pack_files", refuse)
    with pytest.raises(ImportWriteError):
        write_import_pack(result, tmp_path / "pack")
    assert gc.isenabled()
    assert not (tmp_path / "pack").exists()


def test_a_collector_that_was_off_stays_off(tmp_path):
    result = _result(tmp_path)
    gc.disable()
    try:
        write_import_pack(result, tmp_path / "pack")
        assert not gc.isenabled()
    finally:
        gc.enable()
