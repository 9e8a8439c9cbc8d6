"""Saved views: list, save, rename, delete; each change survives a new store on the same file."""

from __future__ import annotations

import sqlite3

import pytest

from explorer.export.view_state import TimelineState, ViewError, ViewState
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from explorer.userdata.locations import data_dir
from explorer.userdata.views import ViewStore

CHART = ViewState(view="chart", filter=Filter().with_changes(partners={"eu"}, day_from=17532),
                  comparison=ComparisonSetup(indicator_id="goods_exports", basis="index"))
TIMELINE = ViewState(view="timeline", timeline=TimelineState("domain", False, 17532.25, 20453.5))


def test_saved_views_survive_a_new_store_and_list_by_name(tmp_path):
    path = tmp_path / "user.sqlite3"
    store = ViewStore(path)
    b = store.save("  trade since 2018 ", CHART)
    a = store.save("Agreements", TIMELINE)
    assert b.name == "trade since 2018" and b.created
    again = ViewStore(path)
    assert again.list() == [a, b]  # by name, case-insensitive
    assert again.get(b.id).view == CHART and again.get(a.id).view == TIMELINE
    assert again.problems == []


def test_save_with_an_id_replaces_keeping_the_creation_time(tmp_path):
    store = ViewStore(tmp_path / "user.sqlite3")
    first = store.save("Trade", CHART)
    replaced = store.save("Trade, as line", TIMELINE, view_id=first.id)
    assert (replaced.id, replaced.created) == (first.id, first.created)
    assert ViewStore(tmp_path / "user.sqlite3").list() == [replaced]


def test_rename_and_delete(tmp_path):
    store = ViewStore()
    assert store.path == data_dir() / "user.sqlite3"
    v = store.save("Old name", CHART)
    assert store.rename(v.id, "New name").name == "New name"
    assert [x.name for x in ViewStore().list()] == ["New name"]
    with pytest.raises(KeyError):
        store.rename("nosuchview", "x")
    store.delete(v.id)
    store.delete(v.id)  # already gone: fine
    assert ViewStore().list() == []
    with pytest.raises(KeyError):
        store.get(v.id)


@pytest.mark.parametrize("name, message", [("", "must not be empty"), ("   ", "must not be empty"),
                                           ("two\nlines", "one line"), ("x" * 301, "at most 300"),
                                           (3, "must be text")])
def test_bad_names_are_refused(tmp_path, name, message):
    store = ViewStore(tmp_path / "user.sqlite3")
    with pytest.raises(ViewError, match=message):
        store.save(name, CHART)
    v = store.save("ok", CHART)
    with pytest.raises(ViewError, match=message):
        store.rename(v.id, name)
    assert store.get(v.id).name == "ok"


def test_ids_are_checked(tmp_path):
    store = ViewStore(tmp_path / "user.sqlite3")
    for bad in ("../x", "", "a b", "x" * 65):
        for call in (lambda bad=bad: store.get(bad), lambda bad=bad: store.delete(bad),
                     lambda bad=bad: store.rename(bad, "n"),
                     lambda bad=bad: store.save("n", CHART, view_id=bad)):
            with pytest.raises(ViewError):
                call()


def test_a_view_that_does_not_check_out_is_skipped_kept_and_reported(tmp_path):
    path = tmp_path / "user.sqlite3"
    store = ViewStore(path)
    good = store.save("good", CHART)
    bad = store.save("bad", TIMELINE)
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE views SET view_json = '{\"view\": \"map\"}' WHERE id = ?", (bad.id,))
    db.close()
    fresh = ViewStore(path)
    assert fresh.list() == [good]
    assert len(fresh.problems) == 1 and f"view {bad.id!r}.view.view: must be one of" in fresh.problems[0]
    with pytest.raises(ViewError):
        fresh.get(bad.id)


def test_a_view_holding_infinity_is_refused_not_half_saved(tmp_path):
    store = ViewStore(tmp_path / "user.sqlite3")
    bad = ViewState(view="timeline", timeline=TimelineState(day_from=float("inf")))
    with pytest.raises(ViewError, match="cannot be saved"):
        store.save("inf", bad)
    assert store.list() == []
