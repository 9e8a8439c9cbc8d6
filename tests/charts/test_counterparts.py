"""The timeline's partner lanes read from the pack's exploded parties (``Pack.event_parties``): the
same lanes, main counterparts and focus as the former way, which split every parties cell."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.charts import timeline_layout as tl
from explorer.data.pack import Pack
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path

# id, kind, member_of: states, a bloc, people and an organisation that stand for one, a company
# and an organisation that stand for none
ACTORS = [("jp", "state", ""), ("eu", "bloc", ""), ("us", "state", ""), ("fr", "state", "eu"),
          ("pm", "person", "jp"), ("agency", "organisation", "us;jp"), ("firm", "company", ""),
          ("ngo", "organisation", "")]
ITEMS = [a for a, _k, _m in ACTORS] + ["unknown", " jp ", ""]


def former_counterparts(pack, focus: str | None = None) -> tl.Counterparts:
    """The former per-cell way: each distinct parties cell split, resolved and deduplicated."""
    resolve = tl._resolution(pack)
    actors = tuple(a for a in pack.actors["id"] if resolve.get(a) == a)
    code_of = {a: i for i, a in enumerate(actors)}
    mapping = {a: code_of[r] for a, r in resolve.items()}
    a = len(actors)
    cells = [tuple(dict.fromkeys(mapping[i.strip()] for i in str(text).split(";")
                                 if i.strip() in mapping)) for text in pack.events["parties"]]
    if focus is None:
        per_actor = np.zeros(max(a, 1), dtype=np.int64)
        for cell in cells:
            for code in cell:
                per_actor[code] += 1
        focus_code = int(np.argmax(per_actor)) if per_actor.any() else -1
        focus = actors[focus_code] if focus_code >= 0 else None
    else:
        focus_code = actors.index(focus) if focus in actors else -1
    lanes, mains = [], []
    for cell in cells:
        others = [c for c in cell if c != focus_code]
        if focus_code in cell:
            lanes.append(2 * a + 1 if not others else others[0] if len(others) == 1 else 2 * a)
            mains.append(others[0] if others else focus_code)
        elif cell:
            lanes.append(a + cell[0])
            mains.append(cell[0])
        else:
            lanes.append(2 * a + 2)
            mains.append(-1)
    return tl.Counterparts(focus, actors, np.array(lanes, dtype=np.int64),
                           np.array(mains, dtype=np.int64))


def fake_pack(cells: list[str], actors=ACTORS):
    """What ``counterparts`` reads of a pack; ``event_parties`` exploded as the loader does (one
    row per item in cell order, stripped, empty items dropped)."""
    items = [(row, item.strip()) for row, cell in enumerate(cells) for item in cell.split(";")
             if item.strip()]
    pack = SimpleNamespace(
        actors=pd.DataFrame(actors, columns=["id", "kind", "member_of"]),
        events=pd.DataFrame({"parties": cells}),
        event_parties=pd.DataFrame({"row": pd.Series([r for r, _ in items], dtype="int64"),
                                    "actor": pd.Series([i for _, i in items], dtype="str")}))
    pack.factorized = lambda table, column: Pack.factorized(pack, table, column)  # hashed here
    pack.table_values = lambda table, column: Pack.table_values(pack, table, column)
    return pack


def assert_same(new: tl.Counterparts, old: tl.Counterparts) -> None:
    assert new.focus == old.focus and new.actors == old.actors
    for x, y in ((new.lane_code, old.lane_code), (new.main, old.main)):
        assert x.dtype == y.dtype == np.int64 and np.array_equal(x, y)


cell = st.lists(st.sampled_from(ITEMS), max_size=5).map(";".join)


@settings(max_examples=300, deadline=None)
@given(cells=st.lists(cell, max_size=40),
       focus=st.sampled_from([None, "jp", "eu", "us", "fr", "pm", "firm", "nobody"]))
def test_lanes_from_exploded_parties_are_the_former_lanes(cells, focus):
    pack = fake_pack(cells)
    assert_same(tl.counterparts(pack, focus), former_counterparts(pack, focus))


def test_an_actor_listed_twice_or_through_a_member_counts_once():
    # "pm" stands for Japan, "agency" for the US (its first state), "fr" for itself
    pack = fake_pack(["jp;pm;eu;eu", "agency;pm;eu", "pm;jp", "us;us", "eu;fr", "firm;ngo", ""])
    got = tl.counterparts(pack, "jp")
    a = len(got.actors)
    jp, eu, us, fr = (got.actors.index(x) for x in ("jp", "eu", "us", "fr"))
    assert got.lane_code.tolist() == [eu, 2 * a, 2 * a + 1, a + us, a + eu, 2 * a + 2, 2 * a + 2]
    assert got.main.tolist() == [eu, us, jp, us, eu, -1, -1]
    assert fr >= 0
    assert_same(got, former_counterparts(pack, "jp"))


def test_no_state_among_the_actors_puts_every_event_in_other():
    pack = fake_pack(["firm", "ngo;firm", ""], actors=[("firm", "company", ""),
                                                      ("ngo", "organisation", "")])
    got = tl.counterparts(pack)
    assert got.focus is None and got.actors == ()
    assert got.lane_code.tolist() == [2, 2, 2] and got.main.tolist() == [-1, -1, -1]
    assert_same(got, former_counterparts(pack))


@pytest.mark.parametrize("focus", [None, "jp", "us", "cn", "eu"])
def test_the_default_pack_keeps_its_lanes(focus):
    pack = load_pack(default_pack_path())
    assert_same(tl.counterparts(pack, focus), former_counterparts(pack, focus))
