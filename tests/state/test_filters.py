"""Filter semantics: alternatives within a facet, all facets together, overlap for dates, all words."""

from __future__ import annotations

import pytest

from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.state.filtering import filter_events, filter_observations
from explorer.state.filters import Filter
from explorer.state.session import Session
from tests.packs import write_pack


@pytest.fixture
def pack(tmp_path):
    return load_pack(write_pack(tmp_path / "pack"))


def ids(pack, rows):
    return list(pack.events["id"].iloc[rows])


def test_no_filter_keeps_everything_in_chronological_order(pack):
    assert ids(pack, filter_events(pack, Filter())) == [
        "epa", "gcap", "minerals", "summit-2025", "us-deal"]


def test_partners_are_alternatives(pack):
    f = Filter().with_changes(partners={"us", "it"})
    assert ids(pack, filter_events(pack, f)) == ["gcap", "us-deal"]


def test_facets_combine(pack):
    f = Filter().with_changes(partners={"eu"}, domains={"trade"})
    assert ids(pack, filter_events(pack, f)) == ["epa"]
    f = f.with_changes(kinds={"summit"})
    assert ids(pack, filter_events(pack, f)) == []


def test_a_date_range_keeps_what_overlaps_it(pack):
    # GCAP runs 2023-12-14 to 2035; "c. 2025" covers all of 2025; Jul 2025 covers the month.
    f = Filter(day_from=parse_bound("2025-07-15", upper=False), day_to=parse_bound("2025-07-20", upper=True))
    assert ids(pack, filter_events(pack, f)) == ["gcap", "minerals", "summit-2025"]
    f = Filter(day_to=parse_bound("2019", upper=True))
    assert ids(pack, filter_events(pack, f)) == ["epa"]


def test_text_needs_every_word_and_searches_japanese(pack):
    assert ids(pack, filter_events(pack, Filter(text="trade"))) == ["epa", "us-deal"]
    assert ids(pack, filter_events(pack, Filter(text="TRADE tariff"))) == ["us-deal"]
    assert ids(pack, filter_events(pack, Filter(text="経済連携"))) == ["epa"]


def test_observation_filters_match_reporter_or_partner_and_indicator_domain(pack):
    rows = filter_observations(pack, Filter().with_changes(partners={"us"}))
    assert pack.observations["reporter"].iloc[rows].tolist() == ["us"]
    rows = filter_observations(pack, Filter().with_changes(domains={"defence"}))
    assert pack.observations["period"].iloc[rows].tolist() == ["FY2024", "FY2024"]
    rows = filter_observations(pack, Filter(day_from=parse_bound("2024", upper=False)))
    assert len(rows) == 4  # FY2024 (Apr 2024 - Mar 2025) overlaps 2024 on


def test_session_emits_one_change_per_intent(pack):
    session = Session()
    changes = []
    session.subscribe(changes.append)
    session.open_pack(pack, origin="test")
    session.select_event("gcap")
    session.set_filter(partners={"eu"}, domains={"trade"}, origin="filter-bar")
    assert [sorted(c.what) for c in changes] == [
        ["comparison", "filter", "notes", "pack", "selection"], ["selection"], ["filter", "selection"]]
    assert changes[-1].origin == "filter-bar"
    assert session.selected_event is None  # gcap is filtered out, so it is no longer selected
    assert ids(pack, session.visible_events) == ["epa"]
    session.set_filter(partners={"eu"}, domains={"trade"})  # no change, no event
    assert len(changes) == 3
    with pytest.raises(KeyError):
        session.select_event("no-such-event")


def test_notes_persist_and_are_searched(pack, tmp_path):
    from explorer.userdata.notes import NotesStore

    store = NotesStore(tmp_path / "notes.sqlite3")
    session = Session(notes=store)
    session.open_pack(pack)
    session.set_filter(text="ambassador")
    assert ids(pack, session.visible_events) == []
    changes = []
    session.subscribe(changes.append)
    session.set_note("gcap", "Ask the ambassador about Italy's share")
    assert ids(pack, session.visible_events) == ["gcap"]
    assert changes[-1].what == frozenset({"notes", "filter"})
    store.close()

    reopened = Session(notes=NotesStore(tmp_path / "notes.sqlite3"))
    reopened.open_pack(pack)
    assert reopened.notes == {"gcap": "Ask the ambassador about Italy's share"}
    reopened.set_note("gcap", "  ")  # blank deletes
    assert NotesStore(tmp_path / "notes.sqlite3").notes_for("test-pack") == {}


def test_step_selection_walks_the_visible_events(pack):
    session = Session()
    session.open_pack(pack)
    session.step_selection(+1)
    assert session.selected_event == "epa"
    session.step_selection(+1)
    assert session.selected_event == "gcap"
    session.step_selection(-1)
    session.step_selection(-1)  # stays at the first
    assert session.selected_event == "epa"


def test_step_from_an_event_the_filter_hides_starts_at_either_end(pack):
    session = Session()
    session.open_pack(pack)
    order = ids(pack, session.visible_events)
    session.select_event(order[0])
    session.set_filter(text=pack.events.set_index("id").at[order[-1], "title"])
    assert not session.is_visible(order[0]) and session.is_visible(order[-1])
    kept = ids(pack, session.visible_events)
    session.step_selection(-1)  # the selected event is hidden: ← goes to the last visible
    assert session.selected_event == kept[-1]
    session.step_selection(+1)  # and stays there at the end
    assert session.selected_event == kept[-1]


@pytest.fixture(scope="module", params=["default", "generated-S"])
def big_pack(request, tmp_path_factory):
    from pathlib import Path

    from explorer.paths import default_pack_path

    if request.param == "default":
        return load_pack(default_pack_path())
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(Path(tmp_path_factory.mktemp("bench")), "S")
    return load_pack(folder)


def test_a_filter_keeping_every_event_gives_the_chronological_order_as_a_new_array(big_pack):
    """No filter, a date range wider than the pack, every partner ticked: the rows are the pack's
    chronological order, as the masked gather gives them, in an array the caller owns."""
    import numpy as np

    from explorer.state.filtering import chrono_order, event_mask

    pack = big_pack
    order = chrono_order(pack)
    everyone = frozenset(pack.event_parties["actor"]) | frozenset(pack.event_involved["actor"])
    days = pack.events["start_day"]
    for f in (Filter(), Filter().with_changes(day_from=int(days.min()) - 1000),
              Filter().with_changes(partners=everyone, partner_role="involved")):
        mask = event_mask(pack, f)
        kept = filter_events(pack, f)
        assert np.array_equal(kept, order[mask[order]])
        if mask.all():
            assert kept is not order and not np.shares_memory(kept, order)
    narrow = Filter().with_changes(partners={pack.event_parties["actor"].iat[0]})
    mask = event_mask(pack, narrow)
    assert not mask.all() and np.array_equal(filter_events(pack, narrow), order[mask[order]])
