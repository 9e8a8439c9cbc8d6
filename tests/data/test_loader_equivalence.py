"""The faster loader (one parse per CSV, checks once per distinct text) reads every pack into the
same tables as the former loader (tests/data/former_loader): every column, dtype and value; and a
broken pack into the same problems, in the same order, with the same rows and words."""

from __future__ import annotations

import csv
import io
import random
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks.generator import TIERS, generate_pack
from explorer.data import pack_loader
from explorer.data.pack import Pack
from explorer.data.pack_schema import LoadLimits
from explorer.data.pack_source import open_source
from explorer.data.problems import PackInvalid
from explorer.paths import default_pack_path
from tests.data.former_loader import pack_loader as former
from tests.packs import VALID_FILES, write_pack

TABLES = Pack.RESOURCE_NAMES + ("event_parties", "event_involved", "event_domains")


def _read(module, folder: Path) -> Pack | list[str]:
    """The pack as ``module``'s reader builds it (no cache), or its problems as text."""
    limits = LoadLimits()
    source = open_source(folder, limits)
    try:
        return module._PackReader(source, limits).read()
    except PackInvalid as e:
        return [str(p) for p in e.problems]
    finally:
        source.close()


def assert_same_load(folder: Path) -> Pack | list[str]:
    new, old = _read(pack_loader, folder), _read(former, folder)
    if isinstance(old, list) or isinstance(new, list):
        assert new == old
        return new
    # The former loader predates the descriptor's title_ja; everything else in the metadata is equal.
    assert replace(new.meta, title_ja="") == old.meta
    assert new.present == old.present
    for name in TABLES:
        a, b = getattr(new, name), getattr(old, name)
        if name == "observations":
            a = _figures_as_before(new)
        assert list(a.columns) == list(b.columns), name
        a = _as_text(name, _rows_widened(name, a))
        assert [str(t) for t in a.dtypes] == [str(t) for t in b.dtypes], name
        pd.testing.assert_frame_equal(a, b, check_exact=True, obj=name)
    return new


def _figures_as_before(pack: Pack) -> pd.DataFrame:
    """The figures' table as the former loader built it: each figure's period days per row (now
    kept per distinct period: ``Pack.observation_days``), the scale in 16 bits (now 8 where every
    scale fits)."""
    frame = pack.observations
    assert "period_start" not in frame and "period_end" not in frame
    assert frame["scale"].dtype == (np.int8 if frame["scale"].abs().max() < 128 else np.int16)
    start, end = pack.observation_days()
    return frame.assign(scale=frame["scale"].astype(np.int16), period_start=start, period_end=end)


def _rows_widened(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """An exploded list column names its event's row in 4 bytes now (the former loader: 8)."""
    if "row" not in frame or not name.startswith("event_"):
        return frame
    assert frame["row"].dtype == np.int32, name
    return frame.assign(row=frame["row"].astype(np.int64))


def _as_text(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The repeated text columns are held as Categorical now (the former loader held text): the
    same cells, and sorted distinct texts as categories, so that sorting sorts as text."""
    present = [c for c in pack_loader.CATEGORICAL_COLUMNS.get(name, ()) if c in frame]
    left_out = [c for c in frame if name in pack_loader.CATEGORICAL_COLUMNS and c not in present
                and isinstance(frame[c].dtype, pd.CategoricalDtype)]  # any text column of the figures'
    if not present and not left_out:
        return frame
    frame = frame.copy()
    for c in present + left_out:
        assert isinstance(frame[c].dtype, pd.CategoricalDtype), (name, c)
        categories = frame[c].cat.categories
        if list(categories) == [""]:  # an optional column the pack left out: "", as before
            frame[c] = ""
            continue
        assert c in present, (name, c)
        assert categories.dtype == object and list(categories) == sorted(categories), (name, c)
        frame[c] = frame[c].astype(object)
    return frame


@pytest.fixture(scope="module")
def s_pack(tmp_path_factory) -> Path:
    """A generated tier-S pack (10^3 events, 10^4 figures), as the benchmarks use."""
    return generate_pack(tmp_path_factory.mktemp("tier") / "S", TIERS["S"], 1)


def test_default_pack_reads_the_same(tmp_path):
    pack = assert_same_load(default_pack_path())
    assert isinstance(pack, Pack) and len(pack.events) > 0


def test_generated_tier_s_pack_reads_the_same(s_pack):
    pack = assert_same_load(s_pack)
    assert isinstance(pack, Pack) and len(pack.observations) >= 10_000


def test_test_pack_reads_the_same(tmp_path):
    assert isinstance(assert_same_load(write_pack(tmp_path / "pack")), Pack)


# Texts a pack author gets wrong: bad ids, dates, numbers, list items, control characters,
# repeated keys, spaces; each dropped into random cells of a valid pack.
_BAD = ["", " ", " jp ", "JP", "bad id", "2019-02-30", "2025-13", "c. 2019", "1e999", "-1e300",
        "12,5", "+3", "16", "x", "NA", "jp;;eu", ";", "jp;jp", "jp; eu", "eu;nowhere", "in force",
        "In_Force", ">=", "~", "\x07bell", "ev-000001", "2019", "2018-Q5", "FY2019", "0", "-2",
        "JPY", "jpy", "#12345G", "trade;space", "src-00001", "ind-001", "2030-01-01"]


def _corrupt(folder: Path, rng: random.Random, cells: int) -> None:
    files = sorted(p for p in folder.glob("*.csv"))
    for _ in range(cells):
        path = rng.choice(files)
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        if len(rows) < 2:
            continue
        r = rng.randrange(1, len(rows))
        c = rng.randrange(len(rows[0]))
        rows[r][c] = rng.choice(_BAD)
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        path.write_text(out.getvalue(), encoding="utf-8", newline="")


@pytest.mark.parametrize("seed", range(12))
def test_broken_test_packs_report_the_same_problems(tmp_path, seed):
    folder = write_pack(tmp_path / "pack")
    _corrupt(folder, random.Random(seed), cells=1 + seed % 6)
    assert_same_load(folder)


def test_broken_tier_s_pack_reports_the_same_problems(tmp_path, s_pack):
    folder = tmp_path / "pack"
    shutil.copytree(s_pack, folder)
    _corrupt(folder, random.Random(99), cells=40)
    problems = assert_same_load(folder)
    assert isinstance(problems, list) and problems


def test_short_and_long_rows_and_a_missing_column_report_the_same(tmp_path):
    events = VALID_FILES["events.csv"].splitlines(keepends=True)
    events[2] = events[2].rstrip("\n") + ",extra\n"
    events[3] = events[3].split(",", 1)[0] + "\n"
    obs = VALID_FILES["observations.csv"].replace("indicator_id,", "indicator,", 1)
    assert_same_load(write_pack(tmp_path / "pack", {"events.csv": "".join(events),
                                                    "observations.csv": obs}))


@pytest.mark.parametrize("chunk_rows", [1, 2, 3, 997])
def test_reading_in_chunks_gives_the_same_tables(monkeypatch, tmp_path, s_pack, chunk_rows):
    """A large file is read a chunk of rows at a time; the chunks' vocabularies merge into the
    same columns whatever the chunk size (the packs above fit in one chunk)."""
    from explorer.data import csv_table
    monkeypatch.setattr(csv_table, "CHUNK_ROWS", chunk_rows)
    monkeypatch.setattr(csv_table._Merger, "FLOOR", 2)  # merge as soon as vocabularies grow
    assert isinstance(assert_same_load(write_pack(tmp_path / "pack")), Pack)
    if chunk_rows > 100:
        assert isinstance(assert_same_load(s_pack), Pack)
    folder = write_pack(tmp_path / "broken")
    _corrupt(folder, random.Random(chunk_rows), cells=5)
    assert_same_load(folder)
