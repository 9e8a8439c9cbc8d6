"""Briefings: pure edits, the BRIEFING.json format, and a store that survives damage and crashes
(the crash tests with killed processes are in test_crash_safety.py)."""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.charts.comparison import PRESETS, build_comparison, series_choices
from explorer.data.pack_loader import load_pack
from explorer.data.pack_schema import DOMAINS
from explorer.export.view_state import ExportOptions, ViewError, ViewState, read_view_file
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup
from explorer.userdata import briefings as bf
from explorer.userdata.briefings import (
    Briefing,
    BriefingItem,
    BriefingStore,
    briefing_from_dict,
    read_briefing_file,
)
from explorer.userdata.store import StoreError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"
CHART = ViewState(comparison=ComparisonSetup(indicator_id="goods_exports", basis="converted",
                                             currency="USD", chart="line"))
TIMELINE = ViewState(view="timeline")
EVENT = ViewState(view="event", event_id="eu-jp-epa")


def _briefing() -> Briefing:
    b = Briefing("b1", "Japan")
    for iid, view, title in (("a", CHART, "Trade"), ("b", TIMELINE, "Timeline"), ("c", EVENT, "EPA")):
        b = b.add(BriefingItem(iid, view, title))
    return b


def _ids(b: Briefing) -> list[str]:
    return [i.id for i in b.items]


def _valid_dict() -> dict:
    return {"briefing": 1, "title": "T", "marking": "OFFICIAL",
            "items": [{"id": i.id, "title": i.title, "talking_points": "", "view": i.view.to_dict()}
                      for i in _briefing().items]}


@pytest.fixture
def clock(monkeypatch):
    """A controllable now_iso: each call one second later."""
    ticks = iter(range(1, 10_000))

    def now() -> str:
        t = next(ticks)
        return f"2026-01-01T{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}.000+00:00"

    monkeypatch.setattr(bf, "now_iso", now)


# -- pure edits -----------------------------------------------------------------------------------

def test_edits_return_new_briefings_and_leave_the_old_alone():
    b = _briefing()
    assert _ids(b) == ["a", "b", "c"]
    moved = b.move("c", 0)
    assert _ids(moved) == ["c", "a", "b"] and _ids(b) == ["a", "b", "c"]
    assert _ids(b.move("a", 99)) == ["b", "c", "a"]  # clamped
    assert _ids(b.move("a", 1)) == ["b", "a", "c"]
    assert _ids(b.move("c", -2)) == ["a", "c", "b"]
    assert _ids(b.remove("b")) == ["a", "c"]
    renamed = b.rename("b", "Agreements since 2018")
    assert renamed.item("b").title == "Agreements since 2018" and b.item("b").title == "Timeline"
    assert renamed.item("b").view == TIMELINE
    pointed = b.set_talking_points("a", "EU up 7.5%.\nUS flat.")
    assert pointed.item("a").talking_points == "EU up 7.5%.\nUS flat."
    assert b.renamed("New title").title == "New title" and b.title == "Japan"
    assert _ids(b.add(BriefingItem("d", EVENT), index=1)) == ["a", "d", "b", "c"]


def test_impossible_edits_are_refused():
    b = _briefing()
    with pytest.raises(KeyError):
        b.remove("zz")
    with pytest.raises(KeyError):
        b.move("zz", 0)
    with pytest.raises(ValueError, match="already"):
        b.add(BriefingItem("a", EVENT))
    with pytest.raises(ValueError, match="one line"):
        b.rename("a", "two\nlines")
    with pytest.raises(ValueError, match="at most"):
        b.set_talking_points("a", "x" * (bf.MAX_TALKING_POINTS + 1))
    full = Briefing("f", "", tuple(BriefingItem(str(i), EVENT) for i in range(bf.MAX_ITEMS)))
    with pytest.raises(ValueError, match="at most 500"):
        full.add(BriefingItem("one-more", EVENT))


def test_new_items_get_short_random_hex_ids():
    ids = {BriefingItem.new(CHART).id for _ in range(50)}
    assert len(ids) == 50
    assert all(len(i) == 12 and int(i, 16) >= 0 for i in ids)


# -- the store ------------------------------------------------------------------------------------

def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def test_save_then_load_in_a_new_store_gives_the_same_briefing(tmp_path, clock):
    store = BriefingStore(tmp_path)
    b = store.new("Japan")
    assert b.created and b.updated == b.created
    b = b.add(BriefingItem.new(CHART, "Trade", "日本向け輸出: EU と米国"))
    b = b.add(BriefingItem.new(EVENT, "EPA")).with_marking("OFFICIAL")
    saved = store.save(b)
    assert saved.updated > b.updated and saved.created == b.created
    again = BriefingStore(tmp_path)
    assert again.load(b.id) == saved
    assert again.list() == [saved] and again.problems == []
    assert _files(tmp_path) == ["user.sqlite3"]  # one database, no temp files


def test_items_keep_their_order_and_every_field(tmp_path, clock):
    store = BriefingStore(tmp_path)
    b = store.save(_briefing().set_talking_points("b", "One.\nTwo.").with_marking("OFFICIAL"))
    b = store.save(b.move("c", 0).remove("a"))
    loaded = BriefingStore(tmp_path).load(b.id)
    assert _ids(loaded) == ["c", "b"] and loaded.item("b").talking_points == "One.\nTwo."
    assert loaded == b


def test_default_store_is_in_the_user_data_folder(clock):
    from explorer.userdata.locations import data_dir

    store = BriefingStore()
    b = store.new("x")
    assert store.path == data_dir() / "user.sqlite3" and store.path.is_file()
    assert BriefingStore(data_dir()).load(b.id) == b  # the same file, however it is named


def test_list_is_newest_first_and_delete_removes(tmp_path, clock):
    store = BriefingStore(tmp_path)
    first, second, third = store.new("first"), store.new("second"), store.new("third")
    assert [b.title for b in store.list()] == ["third", "second", "first"]
    store.save(first.renamed("first, edited"))
    assert [b.title for b in store.list()] == ["first, edited", "third", "second"]
    store.save(third.add(BriefingItem("a", EVENT)))
    store.delete(third.id)
    assert [b.id for b in store.list()] == [first.id, second.id]
    with pytest.raises(KeyError):
        store.load(third.id)
    # Its items went with it (foreign key, ON DELETE CASCADE).
    with sqlite3.connect(tmp_path / "user.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM briefing_items WHERE briefing_id = ?",
                          (third.id,)).fetchone() == (0,)
    db.close()


def test_ids_are_checked(tmp_path):
    store = BriefingStore(tmp_path / "b")
    for bad in ("../x", "a/b", "", "x" * 65, "a'; DROP TABLE briefings; --"):
        with pytest.raises(ViewError):
            store.load(bad)
        with pytest.raises(ViewError):
            store.save(Briefing(bad, "t"))
        with pytest.raises(ViewError):
            store.delete(bad)


def test_old_json_files_are_imported_once_and_damaged_ones_set_aside(tmp_path, clock):
    old = Briefing("oldone", "From the JSON days", (BriefingItem("a", CHART, "Trade"),),
                   "OFFICIAL", "2025-01-01T00:00:00.000+00:00", "2025-01-02T00:00:00.000+00:00")
    (tmp_path / "oldone.json").write_text(old.to_json(), encoding="utf-8")
    # The id is the file name, whatever the file says (as the JSON store did).
    (tmp_path / "renamed.json").write_text(replace(old, id="other", title="Renamed").to_json(),
                                           encoding="utf-8")
    (tmp_path / "abc123.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "def456.json").write_text(json.dumps({**_valid_dict(), "items": [{"view": {"view": "map"}}]}),
                                          encoding="utf-8")
    (tmp_path / "fed789.json").write_bytes(b"\xff\xfe garbage")
    (tmp_path / "bad name!.json").write_text(old.to_json(), encoding="utf-8")

    store = BriefingStore(tmp_path)
    assert {b.id: b.title for b in store.list()} == {"oldone": "From the JSON days", "renamed": "Renamed"}
    assert store.load("oldone") == old
    problems = "\n".join(store.problems)
    assert len(store.problems) == 4, problems
    assert "abc123.json:1:2: not valid JSON" in problems
    assert "def456.json: items[0].view.view: must be one of" in problems
    assert "fed789.json: not UTF-8" in problems
    assert "bad name!.json: not a briefing file name" in problems
    assert (tmp_path / "oldone.json.migrated").is_file() and not (tmp_path / "oldone.json").exists()
    for name in ("abc123", "def456", "fed789"):
        assert not (tmp_path / f"{name}.json").exists()
        (kept,) = tmp_path.glob(f"{name}.json.broken-2*")
        assert f"kept as {kept.name}" in problems
    assert (tmp_path / "bad name!.json").exists()  # not ours to move

    # Opening again imports nothing twice, and an edit made since is not overwritten by a
    # .json copied back into the folder with an older time stamp.
    edited = store.save(store.load("oldone").renamed("Edited since"))
    (tmp_path / "oldone.json").write_text(old.to_json(), encoding="utf-8")
    again = BriefingStore(tmp_path)
    assert again.load("oldone") == edited
    assert len(again.list()) == 2
    assert (tmp_path / "oldone.json.migrated-1").is_file()


def test_default_store_imports_the_old_briefings_folder(clock):
    from explorer.userdata.locations import data_dir

    old_folder = data_dir() / "briefings"
    old_folder.mkdir(parents=True)
    (old_folder / "b1.json").write_text(_briefing().to_json(), encoding="utf-8")
    store = BriefingStore()
    assert store.load("b1") == _briefing()
    assert _files(old_folder) == ["b1.json.migrated"]


def test_a_damaged_row_is_skipped_kept_and_reported(tmp_path, clock):
    store = BriefingStore(tmp_path)
    good = store.save(_briefing())
    bad = store.save(Briefing("bad1", "Bad", (BriefingItem("x", EVENT),)))
    with sqlite3.connect(tmp_path / "user.sqlite3") as db:  # as a newer app might have written it
        db.execute("UPDATE briefing_items SET view_json = '{\"view\": \"map\"}' WHERE briefing_id = 'bad1'")
    db.close()
    fresh = BriefingStore(tmp_path)
    assert fresh.list() == [good]
    assert fresh.problems == [f"{tmp_path / 'user.sqlite3'}: briefing 'bad1': items[0].view.view: "
                              "must be one of chart, table, timeline, event (found: 'map')"]
    fresh.list()
    assert len(fresh.problems) == 1  # told once
    with pytest.raises(ViewError, match="bad1"):
        fresh.load(bad.id)
    with sqlite3.connect(tmp_path / "user.sqlite3") as db:  # and it is still there
        assert db.execute("SELECT title FROM briefings WHERE id = 'bad1'").fetchone() == ("Bad",)
    db.close()


def test_a_failed_save_leaves_the_old_version_whole(tmp_path, clock):
    store = BriefingStore(tmp_path)
    b = store.save(store.new("Japan").add(BriefingItem("a", CHART, "Trade")))
    with sqlite3.connect(tmp_path / "user.sqlite3") as db:  # the disk fills up on the second item
        db.execute("CREATE TRIGGER boom BEFORE INSERT ON briefing_items WHEN NEW.title = 'boom' "
                   "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    db.close()
    with pytest.raises(StoreError, match="disk is full") as e:
        store.save(b.rename("a", "Renamed").add(BriefingItem("b", EVENT, "boom")))
    assert isinstance(e.value, OSError)  # callers that handle failed writes handle this
    assert BriefingStore(tmp_path).load(b.id) == b  # the items deleted first came back


def test_a_briefing_too_large_to_read_back_is_not_saved(tmp_path, clock, monkeypatch):
    store = BriefingStore(tmp_path)
    b = store.save(store.new("big").add(BriefingItem("a", CHART)))
    monkeypatch.setattr(bf, "MAX_FILE_BYTES", len(b.to_json().encode()) + 10)
    with pytest.raises(ViewError, match="larger than"):
        store.save(b.set_talking_points("a", "x" * 100))
    assert store.load(b.id) == b


def test_an_unusable_store_is_reported_and_nothing_crashes(tmp_path, clock):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    store = BriefingStore(blocker / "sub")  # the folder cannot be created
    assert store.list() == []
    assert store.problems and "cannot create the folder" in store.problems[0]
    with pytest.raises(OSError):
        store.new("x")
    with pytest.raises(OSError):
        store.save(_briefing())


# -- BRIEFING.json --------------------------------------------------------------------------------

def test_briefing_json_round_trips(tmp_path):
    b = _briefing().set_talking_points("a", "Line one.\nLine two: 日本語").with_marking("OFFICIAL")
    path = tmp_path / "BRIEFING.json"
    path.write_text(b.to_json(), encoding="utf-8")
    assert read_briefing_file(path) == b


@pytest.mark.parametrize("change, message", [
    (lambda d: d["items"][2]["view"].update(view="map"),
     "BRIEFING.json: items[2].view.view: must be one of chart, table, timeline, event"),
    (lambda d: d["items"][1].update(title=3), "BRIEFING.json: items[1].title: must be text"),
    (lambda d: d["items"][1].update(talkingpoints="x"), "BRIEFING.json: items[1]: unknown field 'talkingpoints'"),
    (lambda d: d["items"][0].pop("view"), "BRIEFING.json: items[0].view: missing"),
    (lambda d: d["items"][0].update(view=[]), "BRIEFING.json: items[0].view: must be a JSON object"),
    (lambda d: d["items"][2]["view"].update(event_id=""), "BRIEFING.json: items[2].view.event_id: an event"),
    (lambda d: d["items"][1].update(id="a"), "BRIEFING.json: items[1].id: 'a' is used by an earlier item"),
    (lambda d: d["items"][1].update(id="../../x"), "BRIEFING.json: items[1].id: must be"),
    (lambda d: d["items"][0]["view"].update(pack="https://x/p.zip"), "items[0].view.pack: packs are local"),
    (lambda d: d.update(marking="A\nB"), "BRIEFING.json: marking: must be one line"),
    (lambda d: d.update(title="x" * 301), "BRIEFING.json: title: at most 300"),
    (lambda d: d.update(items={}), "BRIEFING.json: items: must be a list"),
    (lambda d: d.update(briefing=2), "BRIEFING.json: briefing: format 2 is newer"),
    (lambda d: d.pop("briefing"), "BRIEFING.json: briefing: must be 1"),
    (lambda d: d.update(extra=1), "BRIEFING.json: unknown field 'extra'"),
])
def test_validation_errors_name_the_file_and_the_field(change, message):
    d = _valid_dict()
    change(d)
    with pytest.raises(ViewError) as e:
        briefing_from_dict(d, "BRIEFING.json")
    assert message in str(e.value)


def test_file_limits(tmp_path, monkeypatch):
    path = tmp_path / "BRIEFING.json"
    d = _valid_dict()
    d["items"] = [d["items"][2] | {"id": f"i{i}"} for i in range(bf.MAX_ITEMS + 1)]
    path.write_text(json.dumps(d), encoding="utf-8")
    with pytest.raises(ViewError, match=r"items: at most 500 \(found 501\)"):
        read_briefing_file(path)
    monkeypatch.setattr(bf, "MAX_FILE_BYTES", 1000)
    path.write_text(json.dumps(_valid_dict()) + " " * 1000, encoding="utf-8")
    with pytest.raises(ViewError, match=f"{path}: larger than"):
        read_briefing_file(path)
    path.write_text('{"briefing": 1, "items": [{"view": {"timeline": {"day_from": NaN}}}]}')
    with pytest.raises(ViewError, match="not valid JSON"):
        read_briefing_file(path)
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ViewError):
        read_briefing_file(path)
    with pytest.raises(ViewError, match="cannot read"):
        read_briefing_file(tmp_path / "missing.json")


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
                    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                    max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(view=JSON, title=JSON, items_extra=st.dictionaries(st.sampled_from(["id", "title", "talking_points"]), JSON))
def test_any_json_is_a_briefing_or_a_view_error(view, title, items_extra):
    d = {"briefing": 1, "title": title, "items": [{"view": view, **items_extra}]}
    try:
        briefing_from_dict(d)
    except ViewError:
        pass


# -- the documented examples ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def test_example_briefing_parses_and_uses_the_default_pack(pack, tmp_path):
    b = read_briefing_file(EXAMPLES / "briefing-japan.json")
    views = [i.view.view for i in b.items]
    assert views == ["chart", "timeline", "event"]
    chart, timeline, event = (i.view for i in b.items)
    assert chart.comparison.indicator_id == "goods_exports"
    assert (chart.comparison.basis, chart.comparison.currency) == ("converted", "USD")
    assert set(chart.comparison.series) <= {k for k, _ in series_choices(pack, "goods_exports")}
    spec = build_comparison(pack, chart.comparison, chart.filter)
    assert not spec.is_empty and {s.key for p in spec.panels for s in p.series} == {"eu>jp", "us>jp"}
    assert timeline.filter.domains <= set(DOMAINS)
    assert timeline.filter.partners <= set(pack.actors["id"])
    assert event.event_id in set(pack.events["id"])
    # It survives a save/load through the store unchanged (apart from the store's timestamps).
    store = BriefingStore(tmp_path)
    saved = store.save(b)
    assert BriefingStore(tmp_path).load(b.id) == saved
    assert (saved.title, saved.marking, saved.items) == (b.title, b.marking, b.items)


def test_example_view_parses_and_is_the_trade_preset(pack):
    view, export = read_view_file(EXAMPLES / "view-trade-eu-us.json")
    preset = next(p for p in PRESETS if p.id == "trade-eu-us")
    assert view.view == "chart"
    assert view.comparison == ComparisonSetup().with_changes(**preset.setup)
    options = ExportOptions.make(**export)
    assert options.format in ("png", "svg", "pdf", "pptx", "csv", "xlsx")
    spec = build_comparison(pack, view.comparison, view.filter)
    assert {s.key for p in spec.panels for s in p.series} == {"eu>jp", "us>jp"}


def test_format_doc_shows_the_example_files_as_they_are():
    doc = (ROOT / "docs" / "briefing-format.md").read_text(encoding="utf-8")
    blocks = [json.loads(b) for b in re.findall(r"```json\n(.+?)\n```", doc, flags=re.S)]
    for name in ("briefing-japan.json", "view-trade-eu-us.json"):
        assert f"examples/{name}" in doc
        assert json.loads((EXAMPLES / name).read_text(encoding="utf-8")) in blocks


def test_a_save_over_a_briefing_changed_elsewhere_keeps_both(tmp_path):
    a, b = BriefingStore(tmp_path), BriefingStore(tmp_path)
    first = a.new("Trade")
    theirs = b.save(b.load(first.id).renamed("Trade (B)"))
    mine = a.save(first.renamed("Trade (A)"))
    assert mine.id != first.id and "changed in another window" in a.last_conflict
    assert b.load(first.id).title == "Trade (B)" and theirs.id == first.id
    assert b.load(mine.id).title == "Trade (A) (copy)"
    again = a.save(mine.renamed("Trade (A2)"))  # the copy is this window's now: no new copy
    assert again.id == mine.id and a.last_conflict == ""


def test_saves_within_one_millisecond_still_tell_a_change_elsewhere(tmp_path, monkeypatch):
    """The conflict check compares stamps: two saves in the same millisecond must still differ."""
    from explorer.userdata import briefings as mod

    monkeypatch.setattr(mod, "now_iso", lambda: "2026-12-04T10:00:00.000+00:00")  # a frozen clock
    a, b = BriefingStore(tmp_path), BriefingStore(tmp_path)
    first = a.new("Trade")
    b.save(b.load(first.id).renamed("Trade (B)"))
    mine = a.save(first.renamed("Trade (A)"))
    assert mine.id != first.id and "changed in another window" in a.last_conflict
    assert b.load(first.id).title == "Trade (B)"


# -- the talking points' journal (issue 15) -------------------------------------------------------------

def _left_by_a_killed_process(store: BriefingStore, briefing_id: str, item_id: str, text: str,
                              base: str = "") -> Path:
    """A journal file as a window killed mid-typing leaves it (its process is gone)."""
    journal = store.journal
    journal.write(briefing_id, item_id, text, base)
    (mine,) = journal.folder.glob("*.json")
    dead = mine.with_name(mine.name.replace(journal._owner, "999999999-dead"))
    mine.rename(dead)
    return dead


def test_talking_points_left_in_the_journal_by_a_killed_window_are_saved_at_the_next_open(tmp_path, clock):
    store = BriefingStore(tmp_path)
    b = store.save(store.new("Japan").add(BriefingItem.new(ViewState(view="timeline"), "Timeline")))
    item = b.items[0].id
    left = _left_by_a_killed_process(store, b.id, item, "Typed just before the kill")
    store.close()

    reopened = BriefingStore(tmp_path)
    assert reopened.restored == 1
    assert reopened.load(b.id).items[0].talking_points == "Typed just before the kill"
    assert not left.exists()


def test_a_journal_entry_never_overwrites_talking_points_changed_elsewhere_since(tmp_path, clock):
    store = BriefingStore(tmp_path)
    b = store.save(store.new("Japan").add(BriefingItem.new(ViewState(view="timeline"), "Timeline")))
    item = b.items[0].id
    _left_by_a_killed_process(store, b.id, item, "Ours", base="")
    store.save(store.load(b.id).set_talking_points(item, "Theirs"))  # another window, meanwhile
    store.close()

    points = BriefingStore(tmp_path).load(b.id).items[0].talking_points
    assert points.startswith("Theirs") and points.endswith("Ours")


def test_a_journal_entry_whose_item_is_gone_is_kept_and_reported(tmp_path, clock):
    store = BriefingStore(tmp_path)
    b = store.new("Japan")
    left = _left_by_a_killed_process(store, b.id, "gone-item", "Words to keep")
    store.close()

    reopened = BriefingStore(tmp_path)
    assert reopened.restored == 0
    assert left.exists()
    assert any("talking points not restored" in p for p in reopened.problems)


def test_journal_entries_of_a_window_still_open_are_left_to_it(tmp_path, clock):
    store = BriefingStore(tmp_path)
    b = store.save(store.new("Japan").add(BriefingItem.new(ViewState(view="timeline"), "Timeline")))
    store.journal.write(b.id, b.items[0].id, "Being typed in the open window")
    other = BriefingStore(tmp_path)  # a second window opens meanwhile
    assert other.restored == 0
    assert other.load(b.id).items[0].talking_points == ""
    store.close()
    other.close()


TYPIST = r"""
import sys
from pathlib import Path
from explorer.userdata.briefings import BriefingStore

folder, bid, iid = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
store = BriefingStore(folder)
b = store.load(bid)
text = b.item(iid).talking_points
print("ready", flush=True)
while True:
    text += "abcdefghij"[len(text) % 10]
    store.journal.write(bid, iid, text, b.item(iid).talking_points)  # each keystroke, as the panel does
    if len(text) % 40 == 0:  # the debounced save, now and then
        b = store.save(b.set_talking_points(iid, text))
        store.journal.drop(bid, iid)
    print(len(text), flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_talking_points_typed_up_to_a_kill_at_any_moment_are_all_there_after_a_restart(tmp_path):
    import os
    import random
    import signal
    import subprocess
    import time

    root = Path(__file__).resolve().parents[2]
    store = BriefingStore(tmp_path)
    b = store.save(store.new("Japan").add(BriefingItem.new(ViewState(view="timeline"), "Timeline")))
    bid, iid = b.id, b.items[0].id
    store.close()
    rng = random.Random(15)
    for _round in range(6):
        proc = subprocess.Popen([sys.executable, "-c", TYPIST, str(tmp_path), bid, iid],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=root)
        assert proc.stdout is not None
        assert proc.stdout.readline() == "ready\n"
        first = proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.25))  # a random moment: mid-keystroke, mid-save, in between
        os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=60)
        typed = [int(n) for n in (first + out).split()]
        assert typed, err
        reopened = BriefingStore(tmp_path)  # the next start replays what the killed one left
        points = reopened.load(bid).item(iid).talking_points
        reopened.close()
        assert len(points) >= typed[-1], f"typed {typed[-1]} characters, {len(points)} kept"
        assert points == "".join("abcdefghij"[k % 10] for k in range(len(points)))  # none garbled
