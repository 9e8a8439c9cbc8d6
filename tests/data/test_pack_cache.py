"""The validated-pack cache: a reopened pack is the same pack, a changed pack misses, a damaged
cache entry is ignored and rebuilt, never trusted. No timing is asserted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks.generator import TIERS, generate_pack
from explorer.data import pack_cache, pack_loader
from explorer.data.pack import Pack
from explorer.data.pack_loader import load_pack
from explorer.data.pack_schema import LoadLimits
from explorer.data.problems import PackInvalid
from explorer.paths import default_pack_path
from tests.data import test_default_pack, test_pack_loading
from tests.packs import VALID_FILES, replace_line, write_pack
from tests.state import test_filters

TABLES = Pack.RESOURCE_NAMES + ("event_parties", "event_involved", "event_domains")


pytestmark = pytest.mark.usefixtures("cache_every_pack")


class FullLoads:
    """Counts the loads that parsed and validated the CSV files (misses of the cache)."""

    def __init__(self, monkeypatch):
        self.count = 0
        real = pack_loader._PackReader.read

        def counted(reader):
            self.count += 1
            return real(reader)

        monkeypatch.setattr(pack_loader._PackReader, "read", counted)


@pytest.fixture
def full_loads(monkeypatch):
    return FullLoads(monkeypatch)


def fresh(path: Path, monkeypatch) -> Pack:
    """The pack loaded without the cache, the way it was loaded before the cache existed."""
    with monkeypatch.context() as m:
        m.setenv("BRIEFING_EXPLORER_PACK_CACHE", "off")
        return load_pack(path)


def assert_same_pack(a: Pack, b: Pack) -> None:
    assert a.meta == b.meta
    assert a.present == b.present
    for name in TABLES:
        fa, fb = getattr(a, name), getattr(b, name)
        assert list(fa.columns) == list(fb.columns), name
        assert list(fa.dtypes.astype(str)) == list(fb.dtypes.astype(str)), name
        pd.testing.assert_frame_equal(fa, fb, check_exact=True, obj=name)
    # Derived views the panels use behave the same.
    assert a.actors_by_prominence == b.actors_by_prominence
    assert np.array_equal(a.event_chrono_rank, b.event_chrono_rank)
    assert a.event_span() == b.event_span()


def _header(entry: Path) -> dict:
    return json.loads((entry / "header.json").read_text(encoding="utf-8"))


def _write_header(entry: Path, header: dict) -> None:
    (entry / "header.json").write_text(json.dumps(header), encoding="utf-8")


def read_array(entry: Path, name: str) -> np.ndarray:
    """A copy of one array of an entry, by its name in the header's index ("t5c4", "t0c1.codes")."""
    offset, dtype, length, file = _header(entry)["arrays"][name]
    dt = np.dtype(dtype)
    data = (entry / file).read_bytes()[offset:offset + length * dt.itemsize]
    return np.frombuffer(data, dtype=dt).copy()


def write_array(entry: Path, name: str, arr: np.ndarray) -> None:
    """``arr`` in place of an entry's array: over it when it has the same size, else appended to
    the arrays file, the header's index and size made to match (checksums are the caller's)."""
    header = _header(entry)
    offset, dtype, length, file = header["arrays"][name]
    arr = np.ascontiguousarray(arr, dtype=np.dtype(dtype))
    with (entry / file).open("r+b") as fh:
        if len(arr) == length:
            fh.seek(offset)
        else:
            end = fh.seek(0, 2)
            offset = end + (-end % pack_cache.ALIGN)
            fh.write(bytes(offset - end))
            header["arrays"][name] = [offset, dtype, len(arr), file]
            header["arrays_bytes"][file] = offset + arr.nbytes
        fh.write(arr.tobytes())
    _write_header(entry, header)


def entries() -> list[Path]:
    pack_cache.wait_for_writes()  # the entry is written in the background after the first open
    root = pack_cache.cache_root()
    return sorted(p for p in root.iterdir() if not p.name.startswith(".")) if root.is_dir() else []


# -- round trips -----------------------------------------------------------------------------------
def test_the_default_pack_reopens_from_the_cache_unchanged(monkeypatch, full_loads):
    path = default_pack_path()
    expected = fresh(path, monkeypatch)
    first = load_pack(path)
    assert full_loads.count == 2 and len(entries()) == 1  # the fresh load, then the caching one
    again = load_pack(path)
    assert full_loads.count == 2  # reopened: no parsing, no validation
    assert_same_pack(expected, first)
    assert_same_pack(expected, again)


def test_a_reopened_pack_brings_its_chronological_order_from_the_cache(monkeypatch, tmp_path):
    """Opening computes the events' chronological rank (0.1-0.4 s at 10^5 events); a reopened pack
    has it already, read from the entry, equal to the one computed from the tables."""
    folder = generate_pack(tmp_path / "S", TIERS["S"], seed=5)
    expected = fresh(folder, monkeypatch).event_chrono_rank
    load_pack(folder)
    entries()
    again = load_pack(folder)
    assert "event_chrono_rank" in again.__dict__  # not computed: stored
    assert np.array_equal(again.event_chrono_rank, expected)
    assert again.event_chrono_rank.dtype == expected.dtype


def test_categorical_columns_round_trip_with_their_categories(monkeypatch, tmp_path):
    """The figures' repeated text columns are Categorical; a reopened pack has the same frames,
    the same dtype and the same categories in the same order (sorting them sorts as text)."""
    folder = generate_pack(tmp_path / "S", TIERS["S"], seed=7)
    expected = fresh(folder, monkeypatch).observations
    load_pack(folder)
    entries()
    again = load_pack(folder).observations
    names = pack_loader.CATEGORICAL_COLUMNS["observations"]  # note_ja too, left out of the pack
    for name in names:
        a, b = again[name], expected[name]
        assert isinstance(a.dtype, pd.CategoricalDtype) and isinstance(b.dtype, pd.CategoricalDtype)
        assert a.cat.categories.dtype == object and not a.cat.ordered
        assert list(a.cat.categories) == list(b.cat.categories) == sorted(b.cat.categories)
        assert np.array_equal(a.cat.codes.to_numpy(), b.cat.codes.to_numpy())
    pd.testing.assert_frame_equal(again, expected, check_exact=True)
    # read as text they are the cells of the CSV, "01" and "1" kept apart
    assert list(again["period"].astype(object)) == list(expected["period"].astype(object))


def _categories_repeated(entry: Path) -> None:
    """Two categories made the same text (offsets and checksums kept consistent): refused."""
    header = _header(entry)
    col = {c["name"]: c for c in header["tables"]["observations"]["columns"]}["unit"]
    offsets = read_array(entry, f"{col['file']}.offsets")
    blob = read_array(entry, f"{col['file']}.blob")
    whole = bytes(blob).decode()
    texts = whole.split(pack_cache.SEPARATOR)
    assert [len(t) for t in texts] == np.diff(offsets).tolist()
    texts[1] = texts[0]
    new_blob = np.frombuffer(pack_cache.SEPARATOR.join(texts).encode(), dtype=np.uint8)
    new_offsets = np.r_[0, np.cumsum([len(t) for t in texts])].astype(np.int64)
    write_array(entry, f"{col['file']}.offsets", new_offsets)
    write_array(entry, f"{col['file']}.blob", new_blob)
    header = _header(entry)
    col = {c["name"]: c for c in header["tables"]["observations"]["columns"]}["unit"]
    col["sha256"][1:] = [pack_cache._checksum(new_offsets), pack_cache._checksum(new_blob)]
    _write_header(entry, header)


def test_a_generated_pack_round_trips(tmp_path, monkeypatch, full_loads):
    folder = generate_pack(tmp_path / "S", TIERS["S"], seed=3)
    expected = fresh(folder, monkeypatch)
    load_pack(folder)
    again = load_pack(folder)
    assert full_loads.count == 2
    assert_same_pack(expected, again)
    assert len(again.observations) == TIERS["S"].observations


def test_a_zipped_pack_and_its_folder_share_one_entry(tmp_path, monkeypatch, full_loads):
    folder = write_pack(tmp_path / "pack")
    zipped = Path(shutil.make_archive(str(tmp_path / "pack"), "zip", folder))
    for path in (folder, zipped):
        expected = fresh(path, monkeypatch)
        load_pack(path)
        reopened = load_pack(path)
        assert_same_pack(expected, reopened)
        assert reopened.meta.location == expected.meta.location
    assert full_loads.count == 3  # the same bytes: the zip reopens from the folder's entry


def test_a_pack_copied_elsewhere_reopens_with_its_new_location(tmp_path, full_loads):
    a = load_pack(write_pack(tmp_path / "a"))
    b = load_pack(write_pack(tmp_path / "b"))  # same bytes: the same entry
    assert full_loads.count == 1
    assert b.meta.location == str(tmp_path / "b") and a.meta.digest == b.meta.digest


def test_stricter_limits_do_not_reuse_an_entry_made_under_looser_ones(tmp_path, full_loads):
    folder = write_pack(tmp_path / "pack")
    load_pack(folder)
    with pytest.raises(PackInvalid):
        load_pack(folder, LoadLimits(max_columns=3))  # refused, as without the cache
    assert full_loads.count == 2


# -- invalidation ----------------------------------------------------------------------------------
@pytest.mark.parametrize("file", ["datapackage.json", *sorted(VALID_FILES)])
def test_any_change_to_any_pack_file_misses_the_cache(tmp_path, file, full_loads):
    folder = write_pack(tmp_path / "pack")
    load_pack(folder)
    path = folder / file
    path.write_bytes(path.read_bytes() + (b" " if file.endswith(".json") else b"\n"))
    load_pack(folder)
    assert full_loads.count == 2
    assert len(entries()) == 2


def test_a_changed_figure_is_seen_on_reopen(tmp_path, monkeypatch):
    folder = write_pack(tmp_path / "pack")
    assert 68.8 in load_pack(folder).observations["value"].tolist()
    (folder / "observations.csv").write_text(
        replace_line("observations.csv", ",68.8,", ",68.9,"), encoding="utf-8")
    reopened = load_pack(folder)
    assert 68.9 in reopened.observations["value"].tolist()
    assert 68.8 not in reopened.observations["value"].tolist()
    assert_same_pack(fresh(folder, monkeypatch), reopened)


def test_a_pack_that_became_invalid_is_refused_not_served_from_the_cache(tmp_path):
    folder = write_pack(tmp_path / "pack")
    load_pack(folder)
    (folder / "observations.csv").write_text(
        replace_line("observations.csv", ",68.8,", ",68,8x,"), encoding="utf-8")
    with pytest.raises(PackInvalid) as info:
        load_pack(folder)
    assert "observations.csv" in info.value.report()


# -- damaged entries -------------------------------------------------------------------------------
def _truncate_an_array(entry: Path) -> None:
    """The texts file cut in half, its size in the header made to match: the arrays placed past
    the cut are beyond its end."""
    path = entry / pack_cache.TEXTS
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    header = _header(entry)
    header["arrays_bytes"][pack_cache.TEXTS] = path.stat().st_size
    _write_header(entry, header)


def _cut_the_arrays_file(entry: Path) -> None:
    path = entry / pack_cache.ARRAYS
    path.write_bytes(path.read_bytes()[:-1])


def _garble_the_header(entry: Path) -> None:
    data = bytearray((entry / "header.json").read_bytes())
    data[10:30] = b"\x00garbled\xff" * 2 + b"xx"
    (entry / "header.json").write_bytes(bytes(data))


def _flip_a_figure(entry: Path) -> None:
    cols = {c["name"]: c for c in _header(entry)["tables"]["observations"]["columns"]}
    arr = read_array(entry, cols["value"]["file"])
    arr[1] = 1e9
    write_array(entry, cols["value"]["file"], arr)  # a well-formed array with the wrong content


def _remove_a_file(entry: Path) -> None:
    (entry / pack_cache.TEXTS).unlink()


def _an_array_left_out_of_the_index(entry: Path) -> None:
    header = _header(entry)
    del header["arrays"][next(n for n in header["arrays"] if n.endswith(".codes"))]
    _write_header(entry, header)


def _an_array_placed_beyond_the_file(entry: Path) -> None:
    header = _header(entry)
    place = header["arrays"][next(n for n in header["arrays"] if n.endswith(".codes"))]
    place[0] = (header["arrays_bytes"][place[3]] // pack_cache.ALIGN + 16) * pack_cache.ALIGN
    _write_header(entry, header)


def _an_array_placed_between_two(entry: Path) -> None:
    header = _header(entry)
    header["arrays"][next(n for n in header["arrays"] if n.endswith(".codes"))][0] += 1
    _write_header(entry, header)


def _objects_in_the_index(entry: Path) -> None:
    header = _header(entry)
    header["arrays"][next(n for n in header["arrays"] if n.endswith(".codes"))][1] = "|O"
    _write_header(entry, header)


def _an_older_app_wrote_it(entry: Path) -> None:
    header = json.loads((entry / "header.json").read_text(encoding="utf-8"))
    header["app"] = "0.0.1"
    (entry / "header.json").write_text(json.dumps(header), encoding="utf-8")


def _codes_out_of_range(entry: Path) -> None:
    name = next(n for n in _header(entry)["arrays"] if n.endswith(".codes"))
    arr = read_array(entry, name)
    arr[:] = 10**6
    write_array(entry, name, arr)


def _a_column_left_out(entry: Path) -> None:
    header = json.loads((entry / "header.json").read_text(encoding="utf-8"))
    columns = header["tables"]["events"]["columns"]
    columns[:] = [c for c in columns if c["name"] != "title"]
    (entry / "header.json").write_text(json.dumps(header), encoding="utf-8")


def _a_rank_that_is_not_a_permutation(entry: Path) -> None:
    """The stored chronological order says every event comes first; its checksum made to match,
    so only the check that a rank is a permutation of the rows can catch it."""
    name = _header(entry)["derived"]["event_chrono_rank"]["file"]
    arr = np.zeros_like(read_array(entry, name))
    write_array(entry, name, arr)
    header = _header(entry)
    header["derived"]["event_chrono_rank"]["sha256"] = pack_cache._checksum(arr)
    _write_header(entry, header)


def _the_rank_left_out(entry: Path) -> None:
    header = json.loads((entry / "header.json").read_text(encoding="utf-8"))
    del header["derived"]
    (entry / "header.json").write_text(json.dumps(header), encoding="utf-8")


@pytest.mark.parametrize("damage", [_truncate_an_array, _garble_the_header, _flip_a_figure,
                                    _remove_a_file, _an_older_app_wrote_it, _codes_out_of_range,
                                    _a_column_left_out, _a_rank_that_is_not_a_permutation,
                                    _the_rank_left_out, _categories_repeated, _cut_the_arrays_file,
                                    _an_array_left_out_of_the_index,
                                    _an_array_placed_beyond_the_file,
                                    _an_array_placed_between_two, _objects_in_the_index])
def test_a_damaged_entry_is_ignored_and_rebuilt(tmp_path, monkeypatch, full_loads, damage):
    folder = write_pack(tmp_path / "pack")
    expected = fresh(folder, monkeypatch)
    load_pack(folder)
    [entry] = entries()
    damage(entry)
    rebuilt = load_pack(folder)
    assert full_loads.count == 3  # fresh, first, and the damaged entry's full reload
    assert_same_pack(expected, rebuilt)
    assert_same_pack(expected, load_pack(folder))  # rewritten: the next open is a hit again
    assert full_loads.count == 3


def test_another_packs_entry_in_its_place_is_not_trusted(tmp_path, monkeypatch, full_loads):
    a = write_pack(tmp_path / "a")
    b = write_pack(tmp_path / "b", {"observations.csv": replace_line(
        "observations.csv", ",68.8,", ",99.9,")})
    expected = fresh(a, monkeypatch)
    load_pack(a)
    load_pack(b)
    entry_a, entry_b = (pack_cache.entry_path(p.meta.digest, LoadLimits())
                        for p in (expected, fresh(b, monkeypatch)))
    pack_cache.wait_for_writes()
    shutil.rmtree(entry_a)
    shutil.copytree(entry_b, entry_a)
    count = full_loads.count
    reopened = load_pack(a)
    assert full_loads.count == count + 1
    assert_same_pack(expected, reopened)
    assert 99.9 not in reopened.observations["value"].tolist()


def test_a_cache_folder_that_cannot_be_written_still_opens_the_pack(tmp_path, monkeypatch):
    folder = write_pack(tmp_path / "pack")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(pack_cache, "cache_root", lambda: blocker / "packs")
    assert_same_pack(fresh(folder, monkeypatch), load_pack(folder))


def test_least_recently_used_entries_are_evicted_beyond_the_size_limit(tmp_path, full_loads,
                                                                        monkeypatch):
    folders = []
    for i in range(3):
        folders.append(write_pack(tmp_path / f"p{i}", {"observations.csv": replace_line(
            "observations.csv", ",68.8,", f",6{i}.5,")}))
        load_pack(folders[-1])
    assert len(entries()) == 3
    size = max(sum(f.stat().st_size for f in e.iterdir()) for e in entries())
    monkeypatch.setattr(pack_cache, "MAX_CACHE_BYTES", int(size * 2.5))
    load_pack(folders[0])  # a hit: now the most recently used
    load_pack(write_pack(tmp_path / "p3"))  # a fourth entry pushes the least recent one out
    pack_cache.wait_for_writes()
    loads = full_loads.count
    load_pack(folders[0])
    assert full_loads.count == loads  # still cached
    load_pack(folders[1])
    assert full_loads.count == loads + 1  # evicted, loaded in full again


# -- existing behaviour, through the cached path ---------------------------------------------------
def _reopened(path, limits=None):
    load_pack(path, limits)
    return load_pack(path, limits)


@pytest.mark.parametrize("test", [
    test_pack_loading.test_valid_pack_loads_every_resource,
    test_pack_loading.test_namibia_is_not_missing_data,
    test_pack_loading.test_crlf_quoted_newlines_and_blank_lines,
    test_pack_loading.test_optional_resources_may_be_absent,
    test_pack_loading.test_optional_columns_may_be_absent_from_header,
    test_pack_loading.test_zipped_pack_with_a_top_folder_loads,
    test_pack_loading.test_digest_identifies_the_pack_content,
], ids=lambda f: f.__name__)
def test_loading_tests_pass_on_a_reopened_pack(test, tmp_path, monkeypatch, full_loads):
    monkeypatch.setattr(test_pack_loading, "load_pack", _reopened)
    test(tmp_path)


@pytest.mark.parametrize("test", [
    test_filters.test_no_filter_keeps_everything_in_chronological_order,
    test_filters.test_partners_are_alternatives,
    test_filters.test_facets_combine,
    test_filters.test_a_date_range_keeps_what_overlaps_it,
    test_filters.test_text_needs_every_word_and_searches_japanese,
    test_filters.test_observation_filters_match_reporter_or_partner_and_indicator_domain,
    test_filters.test_step_selection_walks_the_visible_events,
], ids=lambda f: f.__name__)
def test_filter_tests_pass_on_a_reopened_pack(test, tmp_path, full_loads):
    pack = _reopened(write_pack(tmp_path / "pack"))
    assert full_loads.count == 1
    test(pack)


@pytest.mark.parametrize("test", [
    test_default_pack.test_loaded_counts_match_the_files,
    test_default_pack.test_qualified_figures_are_kept_as_published,
    test_default_pack.test_converted_figures_keep_both_currencies_and_the_implied_rate,
    test_default_pack.test_agreement_life_cycles_and_eras,
    test_default_pack.test_slips_are_corrected_and_noted_for_editors_only,
], ids=lambda f: f.__name__)
def test_default_pack_tests_pass_on_a_reopened_pack(test, full_loads):
    pack = _reopened(default_pack_path())
    assert full_loads.count == 1
    test(pack)


# -- the entry is written in the background ----------------------------------------------------------
def _under_way() -> list[Path]:
    root = pack_cache.cache_root()
    return sorted(root.iterdir()) if root.is_dir() else []


def test_a_reopen_while_the_entry_is_being_written_waits_and_never_reads_half_an_entry(
        tmp_path, monkeypatch, full_loads):
    import threading

    folder = write_pack(tmp_path / "pack")
    expected = fresh(folder, monkeypatch)
    release, halfway = threading.Event(), threading.Event()
    real = pack_cache._write_table
    written = []

    def slow(tmp, stem, table, frame):
        written.append(table)
        if len(written) == 2:  # one table on disk, the rest still to come
            halfway.set()
            assert release.wait(30)
        return real(tmp, stem, table, frame)

    monkeypatch.setattr(pack_cache, "_write_table", slow)
    first = load_pack(folder)  # returns before its entry is written
    assert halfway.wait(30)
    assert [p.name.startswith(".tmp-") for p in _under_way()] == [True]  # no entry yet, only temp
    threading.Timer(0.2, release.set).start()
    reopened = load_pack(folder)  # waits for the write, then reads the whole entry
    assert full_loads.count == 2  # the fresh load and the first one: the reopen was a hit
    assert_same_pack(expected, first)
    assert_same_pack(expected, reopened)
    assert [p.name.startswith(".tmp-") for p in _under_way()] == [False]


def test_the_tables_written_are_those_loaded_even_if_the_caller_changes_the_pack(
        tmp_path, monkeypatch, full_loads):
    import threading

    folder = write_pack(tmp_path / "pack")
    expected = fresh(folder, monkeypatch)
    release = threading.Event()
    real = pack_cache._write_table

    def slow(*args):
        assert release.wait(30)
        return real(*args)

    monkeypatch.setattr(pack_cache, "_write_table", slow)
    first = load_pack(folder)
    first.observations["value"] = -1.0  # a caller that scribbles on its pack
    first.observations = first.observations.iloc[:1]
    release.set()
    assert_same_pack(expected, load_pack(folder))
    assert full_loads.count == 2


_KILLED_MID_WRITE = """
import os, sys, time
from explorer.data import pack_cache
from explorer.data.pack_loader import load_pack
pack_cache.MIN_PACK_BYTES = 0
real = pack_cache._write_table
def stuck(tmp, stem, table, frame):
    result = real(tmp, stem, table, frame)
    print("halfway", flush=True)
    time.sleep(600)
    return result
pack_cache._write_table = stuck
load_pack(sys.argv[1])
time.sleep(600)
"""


def test_a_process_killed_while_writing_leaves_only_a_temp_folder_that_is_cleaned_up(
        tmp_path, monkeypatch, full_loads):
    import os
    import subprocess
    import sys

    folder = write_pack(tmp_path / "pack")
    expected = fresh(folder, monkeypatch)
    child = subprocess.Popen([sys.executable, "-c", _KILLED_MID_WRITE, str(folder)],
                             stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).resolve().parents[2])
    try:
        assert child.stdout.readline().strip() == "halfway"
    finally:
        child.kill()
        child.wait(30)
        child.stdout.close()
    left = _under_way()
    assert [p.name.startswith(".tmp-") for p in left] == [True]
    reopened = load_pack(folder)  # the temp folder is not an entry: a full load, then cached
    assert full_loads.count == 2
    assert_same_pack(expected, reopened)
    old = left[0].stat().st_mtime - pack_cache.STALE_TMP_SECONDS - 60
    os.utime(left[0], (old, old))
    pack_cache.evict()
    assert not left[0].exists()
    assert len(entries()) == 1
    assert_same_pack(expected, load_pack(folder))
    assert full_loads.count == 2


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads Linux's /proc")
def test_a_reopened_pack_maps_two_files_and_keeps_only_what_it_holds(tmp_path, full_loads):
    """An entry is its header and two files of arrays, opened once each: what the pack keeps
    (figures) stays mapped; the texts and dates, decoded once, leave the process with their file's
    mapping, as they did when each array was a file of its own."""
    folder = write_pack(tmp_path / "pack")
    load_pack(folder)
    [entry] = entries()
    assert sorted(p.name for p in entry.iterdir()) == sorted(
        [pack_cache.HEADER, pack_cache.ARRAYS, pack_cache.TEXTS])
    again = load_pack(folder)
    assert full_loads.count == 1
    maps = Path("/proc/self/maps").read_text()
    assert str(entry / pack_cache.ARRAYS) in maps
    assert str(entry / pack_cache.TEXTS) not in maps
    assert again.observations["value"].notna().any()


@pytest.mark.parametrize("cache_format", [6, pack_cache.CACHE_FORMAT])
def test_an_entry_written_before_japanese_notes_misses(tmp_path, monkeypatch, full_loads,
                                                       cache_format):
    """An entry from before ``note_ja`` (cache format 6, its tables without the column) would show
    Japanese readers English notes: it misses and the pack is read again. Also with the format
    number made current, as a build whose code digest cannot tell the releases apart would see."""
    from tests.data.test_notes_ja import with_note_ja

    folder = write_pack(tmp_path / "pack", with_note_ja())
    load_pack(folder)
    [entry] = entries()
    header = _header(entry)
    header["cache_format"] = cache_format
    for table in ("sources", "observations"):
        columns = header["tables"][table]["columns"]
        columns[:] = [c for c in columns if c["name"] != "note_ja"]
    _write_header(entry, header)
    count = full_loads.count
    reopened = load_pack(folder)
    assert full_loads.count == count + 1
    assert "価格効果による。" in reopened.observations["note_ja"].tolist()
    assert reopened.source_by_id["src-b"]["note_ja"] == "AとBを引用"
