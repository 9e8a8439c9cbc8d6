"""Formal parties vs actors involved: the partner filter matches parties unless asked for more."""

from __future__ import annotations

import json

import pytest

from explorer.data.pack_loader import load_pack
from explorer.state.filtering import filter_events
from explorer.state.filters import Filter
from tests.packs import write_pack

# The test pack's events with an ``involved`` column: Namibia is only a place the corridor concerns,
# Italy only a commentator on the EU-Japan EPA.
EVENTS = (
    "id,title,title_ja,kind,status,start,end,parties,involved,domains,summary,summary_ja,source_ids\n"
    "epa,EU–Japan EPA,,agreement,in_force,2019-02-01,,jp;eu,it,trade,Free trade.,,src-b\n"
    "us-deal,US–Japan trade agreement,,agreement,signed,2025-07-22,,jp;us,,trade,Tariffs.,,src-a\n"
    "gcap,GCAP,,agreement,signed,2023-12-14,2035,jp;it,,defence,Fighter programme.,,src-b\n"
    "minerals,Critical minerals corridor,,policy,proposed,2025~,,jp;eu,na,critical_minerals,"
    "Mining in third countries such as Namibia.,,src-a\n"
)


@pytest.fixture
def pack(tmp_path):
    return load_pack(write_pack(tmp_path / "pack", {"events.csv": EVENTS}))


def ids(pack, f):
    return list(pack.events["id"].iloc[filter_events(pack, f)])


def test_a_partner_matches_formal_parties_by_default(pack):
    assert ids(pack, Filter().with_changes(partners={"na"})) == []
    assert ids(pack, Filter().with_changes(partners={"it"})) == ["gcap"]


def test_involved_role_also_matches_actors_an_event_only_concerns(pack):
    f = Filter().with_changes(partners={"na"}, partner_role="involved")
    assert ids(pack, f) == ["minerals"]
    f = f.with_changes(partners={"it"})
    assert ids(pack, f) == ["epa", "gcap"]  # involved in one, party to the other


def test_the_role_combines_with_other_facets(pack):
    f = Filter().with_changes(partners={"it"}, partner_role="involved", domains={"defence"})
    assert ids(pack, f) == ["gcap"]


def test_the_role_alone_filters_nothing_and_round_trips(pack):
    f = Filter(partner_role="involved")
    assert f.is_empty()
    assert len(ids(pack, f)) == 4
    g = Filter().with_changes(partners={"na"}, partner_role="involved")
    assert Filter.from_dict(g.to_dict()) == g
    # Dicts written before the role existed read as the default, and the default is not written.
    assert "partner_role" not in Filter().with_changes(partners={"na"}).to_dict()
    assert Filter.from_dict({"partners": ["na"]}).partner_role == "party"
    assert Filter.from_dict({"partners": ["na"], "partner_role": "bogus"}).partner_role == "party"
    with pytest.raises(ValueError):
        Filter(partner_role="bogus")


def test_a_pack_without_the_column_has_nobody_involved(tmp_path):
    pack = load_pack(write_pack(tmp_path / "old"))
    assert pack.event_involved.empty and set(pack.events["involved"]) == {""}
    f = Filter().with_changes(partners={"na"}, partner_role="involved")
    assert ids(pack, f) == ["minerals"]  # the old pack lists Namibia among parties


def test_view_files_carry_the_role_and_old_ones_still_read():
    from explorer.export.view_state import ViewError, ViewState

    view = ViewState(view="timeline", filter=Filter().with_changes(partners={"au"}, partner_role="involved"))
    again = ViewState.from_dict(json.loads(json.dumps(view.to_dict())))
    assert again.filter.partner_role == "involved" and again.filter.partners == {"au"}
    old = ViewState.from_dict({"view": "timeline", "filter": {"partners": ["au"]}})
    assert old.filter.partner_role == "party"
    with pytest.raises(ViewError, match=r"view\.filter\.partner_role: one of party, involved"):
        ViewState.from_dict({"view": "timeline", "filter": {"partner_role": "witness"}})
