"""Several packs open in one Session: open alongside, close, live reload, filter by pack, notes."""

from __future__ import annotations

import pytest

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.state.filtering import filter_events, filter_observations
from explorer.state.filters import Filter
from explorer.state.session import Session
from explorer.userdata.notes import NotesStore
from tests.data.test_pack_union import SECOND_EPA_TITLE, write_colliding_pack
from tests.packs import VALID_FILES, write_pack

PRIMARY = "japan-eu-us"


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


@pytest.fixture
def second_path(tmp_path):
    return write_colliding_pack(tmp_path / "second")


@pytest.fixture
def second(second_path):
    return load_pack(second_path)


@pytest.fixture
def notes(tmp_path):
    store = NotesStore(tmp_path / "notes.sqlite3")
    yield store
    store.close()


def _session(*packs, notes=None) -> tuple[Session, list]:
    session = Session(notes=notes)
    session.open_pack(packs[0])
    for pack in packs[1:]:
        session.add_pack(pack, origin="alongside")
    changes: list = []
    session.subscribe(changes.append)
    return session, changes


def _titles(session: Session) -> list[str]:
    return session.pack.events["title"].iloc[list(session.visible_events)].tolist()


def test_add_pack_shows_both_and_keeps_what_the_user_chose(default_pack, second):
    session, changes = _session(default_pack)
    session.set_filter(text="EPA")
    session.select_event("eu-jp-epa")
    session.set_comparison(indicator_id="goods_exports")
    changes.clear()
    session.add_pack(second, origin="alongside")
    assert [sorted(c.what) for c in changes] == [["filter", "notes", "pack"]]  # one change
    assert changes[0].origin == "alongside"
    assert session.packs == (default_pack, second) and session.pack.meta.components
    assert session.selected_event == "eu-jp-epa" and session.filter.text == "EPA"
    assert session.comparison.indicator_id == "goods_exports"
    assert SECOND_EPA_TITLE in _titles(session)  # the new pack's rows pass the kept filter too
    # Adding a pack from a location already open replaces it rather than opening it twice.
    session.add_pack(load_pack(second.meta.location))
    assert len(session.packs) == 2 and len(session.pack.events) == len(default_pack.events) + 6


def test_filter_by_pack_keeps_that_packs_events_and_figures(default_pack, second):
    session, _ = _session(default_pack, second)
    pack = session.pack
    only_second = Filter().with_changes(packs={"test-pack"})
    rows = filter_events(pack, only_second)
    assert set(pack.events["pack"].iloc[rows]) == {"test-pack"} and len(rows) == 6
    obs = filter_observations(pack, only_second)
    assert len(obs) == len(second.observations)
    assert set(pack.observations["pack"].iloc[obs]) == {"test-pack"}
    both = Filter().with_changes(packs={"test-pack", PRIMARY}, partners={"na"})
    assert len(filter_events(pack, both)) == len(filter_events(pack, Filter(partners=frozenset({"na"}))))
    # One pack: the facet does not apply (its rows carry no pack column).
    assert len(filter_events(second, only_second.with_changes(packs={"elsewhere"}))) == 6
    session.set_filter(packs={PRIMARY})
    assert len(session.visible_events) == len(default_pack.events)


def test_the_packs_facet_is_remembered_only_when_chosen():
    assert "packs" not in Filter(text="x").to_dict()  # dicts and receipts of one pack unchanged
    chosen = Filter().with_changes(packs={"b", "a"})
    assert chosen.to_dict()["packs"] == ["a", "b"]
    assert Filter.from_dict(chosen.to_dict()) == chosen
    assert Filter.from_dict({"partners": ["eu"], "text": "x"}) == Filter(partners=frozenset({"eu"}), text="x")


def test_close_pack_promotes_the_next_and_the_selection_follows_its_event(default_pack, second):
    session, changes = _session(default_pack, second)
    session.select_event("test-pack:eu-jp-epa")
    session.set_filter(packs={"test-pack"})
    changes.clear()
    session.close_pack(default_pack.meta.location, origin="menu")
    assert session.packs == (second,) and session.pack is second  # one pack: as if opened alone
    assert session.selected_event == "eu-jp-epa"  # the same event, now under its own id
    assert session.pack.events["title"].iat[session.event_row["eu-jp-epa"]] == SECOND_EPA_TITLE
    assert [sorted(c.what) for c in changes] == [["filter", "notes", "pack", "selection"]]
    assert session.filter.packs == frozenset()  # one pack left: nothing to choose between
    with pytest.raises(ValueError):
        session.close_pack(second.meta.location)
    with pytest.raises(KeyError):
        session.close_pack("/nowhere")


def test_closing_a_pack_keeps_the_facet_on_the_packs_still_open(tmp_path, default_pack, second):
    third = load_pack(write_pack(tmp_path / "third"))  # also named "test-pack": key "test-pack~2"
    session, _ = _session(default_pack, second, third)
    assert set(session.pack.events["pack"]) == {PRIMARY, "test-pack", "test-pack~2"}
    session.set_filter(packs={"test-pack~2"})
    session.close_pack(second.meta.location)
    assert session.filter.packs == {"test-pack"}  # the third pack's key now, so still only its rows
    assert set(session.pack.events["pack"].iloc[list(session.visible_events)]) == {"test-pack"}
    assert _titles(session).count("GCAP") == 1


def test_a_facet_restored_before_its_pack_loads_applies_once_it_does(default_pack, second):
    session = Session()
    session.open_pack(default_pack, filter=Filter().with_changes(packs={"test-pack"}))
    assert len(session.visible_events) == len(default_pack.events)  # one pack: not applied yet
    session.add_pack(second)
    assert session.filter.packs == {"test-pack"} and len(session.visible_events) == 6


def test_replace_pack_keeps_the_selection_when_its_event_is_still_there(default_pack, second_path,
                                                                        second):
    session, changes = _session(default_pack, second)
    session.select_event("test-pack:gcap")
    session.set_filter(text="fighter")
    shown = _titles(session)
    assert "GCAP" in shown
    reloaded = load_pack(second_path)
    changes.clear()
    session.replace_pack(reloaded)
    assert changes[0].origin == "reload" and "selection" not in changes[0].what
    assert session.selected_event == "test-pack:gcap" and session.filter.text == "fighter"
    assert session.packs[1] is reloaded

    events = VALID_FILES["events.csv"].replace("gcap,GCAP", "gcap-2,GCAP")
    write_pack(second_path, {"events.csv": events})
    changes.clear()
    session.replace_pack(load_pack(second_path))
    assert session.selected_event is None and "selection" in changes[0].what
    assert _titles(session) == shown  # the filter was kept and applies to the new version
    with pytest.raises(KeyError):
        session.replace_pack(load_pack(write_pack(second_path.parent / "elsewhere")))


def test_a_comparison_of_an_indicator_that_left_with_its_pack_is_reset(tmp_path, default_pack):
    extra = VALID_FILES["indicators.csv"] + "solo_indicator,Only here,Counted only here,trade,flow\n"
    obs = VALID_FILES["observations.csv"] + "solo_indicator,jp,,2024,1,count,0,,,src-a,\n"
    small = load_pack(write_pack(tmp_path / "small", {"indicators.csv": extra, "observations.csv": obs}))
    session, changes = _session(default_pack, small)
    session.set_comparison(indicator_id="solo_indicator")
    changes.clear()
    session.close_pack(small.meta.location)
    assert session.comparison.indicator_id == "" and "comparison" in changes[0].what


def test_notes_on_a_second_pack_are_kept_under_that_pack(default_pack, second, notes):
    session, _ = _session(default_pack, second, notes=notes)
    session.set_note("test-pack:eu-jp-epa", "Ask the second desk")
    assert notes.notes_for("test-pack") == {"eu-jp-epa": "Ask the second desk"}
    assert notes.notes_for(PRIMARY) == {}  # the primary's own eu-jp-epa has no note
    session.set_filter(text="second desk")  # notes are searched in the combined pack too
    assert _titles(session) == [SECOND_EPA_TITLE]

    session.close_pack(second.meta.location)
    assert session.notes == {}
    session.add_pack(second)
    assert session.notes == {"test-pack:eu-jp-epa": "Ask the second desk"}
    alone = Session(notes=notes)
    alone.open_pack(second)
    assert alone.notes == {"eu-jp-epa": "Ask the second desk"}
    session.set_note("test-pack:eu-jp-epa", "")
    assert notes.notes_for("test-pack") == {}


def test_reload_notes_reads_the_store_again(default_pack, second, notes):
    session, changes = _session(default_pack, second, notes=notes)
    notes.save("test-pack", "gcap", "written elsewhere")
    session.reload_notes(origin="import")
    assert session.notes == {"test-pack:gcap": "written elsewhere"}
    assert [sorted(c.what) for c in changes] == [["notes"]]
