"""Several packs combined into one: ids kept apart, each row citing its own sources, vocabulary shared."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from explorer.data.pack_loader import load_pack
from explorer.data.pack_union import (
    combine_packs,
    pack_components,
    pack_labels,
    row_pack_keys,
    unique_pack_keys,
)
from explorer.data.pack_writer import write_descriptor
from explorer.paths import default_pack_path
from tests.data.figure_days import figure_days
from tests.packs import META, VALID_FILES, replace_line, write_pack

SECOND_EPA_TITLE = "EPA as the second pack tells it"
SECOND_SOURCE_TITLE = "The second pack's own ECFR note"


def write_colliding_pack(folder: Path) -> Path:
    """The small test pack ("test-pack"), plus rows whose ids the default pack also uses: event
    ``eu-jp-epa``, source ``src-ecfr-pacific-drift``, actor ``jp`` (named differently here)."""
    events = replace_line("events.csv", "src-a;src-b\n", "src-a; src-b\n")  # spaces are allowed
    events += (f"eu-jp-epa,{SECOND_EPA_TITLE},,agreement,in_force,2019-02-01,,jp;eu,trade,"
               "Told from elsewhere.,,src-ecfr-pacific-drift;src-a\n")
    return write_pack(folder, {
        "actors.csv": replace_line("actors.csv", "jp,Japan,", "jp,Nippon (second pack),"),
        "sources.csv": VALID_FILES["sources.csv"]
        + f"src-ecfr-pacific-drift,{SECOND_SOURCE_TITLE},Test,2025,,\n",
        "events.csv": events,
        "milestones.csv": VALID_FILES["milestones.csv"]
        + "eu-jp-epa,signed,2018-07-17,src-ecfr-pacific-drift\n",
        "links.csv": VALID_FILES["links.csv"] + "eu-jp-epa,defence_budget\n",
    })


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


@pytest.fixture
def second(tmp_path):
    return load_pack(write_colliding_pack(tmp_path / "second"))


@pytest.fixture
def combined(default_pack, second):
    return combine_packs([default_pack, second])


def _source_refs(pack) -> list[str]:
    """Every source id any row of ``pack`` cites."""
    items = pack.events["source_ids"].str.split(";").explode().tolist()
    for table in ("milestones", "observations", "fx_rates", "eras"):
        items += pack.table(table)["source_id"].tolist()
    return [s for s in items if s]


def test_one_pack_is_returned_unchanged(default_pack):
    assert combine_packs([default_pack]) is default_pack
    assert "pack" not in default_pack.events.columns and default_pack.meta.components == ()
    assert set(row_pack_keys(default_pack, "events")) == {"japan-eu-us"}
    with pytest.raises(ValueError):
        combine_packs([])


def test_ids_are_kept_apart_and_each_event_cites_its_own_sources(default_pack, second, combined):
    ev = combined.events.set_index("id")
    assert len(ev) == len(default_pack.events) + len(second.events) and ev.index.is_unique
    # The primary keeps its ids; the second pack's are namespaced with its key.
    assert ev.loc["eu-jp-epa", "title"] == default_pack.events.set_index("id").loc["eu-jp-epa", "title"]
    mine = ev.loc["test-pack:eu-jp-epa"]
    assert (mine["title"], mine["local_id"], mine["pack"]) == (SECOND_EPA_TITLE, "eu-jp-epa", "test-pack")
    titles = [combined.source_by_id[s]["title"] for s in mine["source_ids"].split(";")]
    assert titles == [SECOND_SOURCE_TITLE, "Article A"]
    primary_titles = {combined.source_by_id[s]["title"] for s in ev.loc["eu-jp-epa", "source_ids"].split(";")}
    assert SECOND_SOURCE_TITLE not in primary_titles
    assert primary_titles == {default_pack.source_by_id[s]["title"]
                              for s in ev.loc["eu-jp-epa", "source_ids"].split(";")}
    assert ev.loc["test-pack:us-deal", "source_ids"] == "test-pack:src-a;test-pack:src-b"
    # Every reference of every row resolves inside the combined pack.
    assert set(_source_refs(combined)) <= set(combined.sources["id"])
    assert set(combined.milestones["event_id"]) | set(combined.links["event_id"]) <= set(ev.index)
    ms = combined.milestones[combined.milestones["event_id"] == "test-pack:eu-jp-epa"]
    assert ms["source_id"].tolist() == ["test-pack:src-ecfr-pacific-drift"]
    assert set(combined.eras["id"]) >= {"test-pack:ishiba", "test-pack:takaichi"}
    assert combined.sources["pack"].value_counts().to_dict() == {
        "japan-eu-us": len(default_pack.sources), "test-pack": len(second.sources)}


def test_actors_and_indicators_are_merged_first_definition_wins(default_pack, second, combined):
    assert combined.actors["id"].is_unique and combined.indicators["id"].is_unique
    assert combined.actor_names["jp"] == "Japan"  # the primary's, not "Nippon (second pack)"
    assert set(combined.actors["id"]) == set(default_pack.actors["id"]) | set(second.actors["id"])
    assert set(combined.indicators["id"]) == (set(default_pack.indicators["id"])
                                              | set(second.indicators["id"]))
    # The same indicator from both packs compares together: both packs' figures are there.
    exports = combined.observations[combined.observations["indicator_id"] == "goods_exports"]
    assert set(exports["pack"]) == {"japan-eu-us", "test-pack"}


def test_derived_columns_line_up_with_their_rows(default_pack, combined):
    ev = combined.events
    for attr, cell_column, item in (("event_parties", "parties", "actor"),
                                    ("event_domains", "domains", "domain")):
        exploded = getattr(combined, attr)
        got = exploded.groupby("row")[item].apply(lambda s: ";".join(sorted(s)))
        want = ev[cell_column].map(lambda cell: ";".join(sorted(x for x in cell.split(";") if x)))
        assert (got.reindex(range(len(ev))).to_numpy() == want.to_numpy()).all(), attr
    assert ev["start_day"].dtype == np.int32 and ev["end_day"].dtype == np.int32
    start, end = combined.observation_days()  # (the packs' periods differ: texts, not codes)
    assert start.dtype == np.int32 and np.array_equal(start, figure_days(combined)[0])
    assert np.array_equal(end, figure_days(combined)[1])
    assert combined.observations["value"].dtype == np.float64
    second_epa = int(np.flatnonzero(ev["id"].to_numpy() == "test-pack:eu-jp-epa")[0])
    assert ev["start_date"].iat[second_epa].iso() == "2019-02-01"
    assert len(combined.event_chrono_rank) == len(ev)  # derived arrays build over the union


def test_meta_names_the_components(default_pack, second, combined):
    meta = combined.meta
    assert meta.title == f"{default_pack.meta.title} + Test pack"
    assert meta.name == "japan-eu-us" and meta.location == default_pack.meta.location
    assert meta.components == (default_pack.meta, second.meta)
    assert len(meta.digest) == 64 and meta.digest not in (default_pack.meta.digest, second.meta.digest)
    assert combine_packs([default_pack, second]).meta.digest == meta.digest
    assert combine_packs([second, default_pack]).meta.digest != meta.digest
    assert [k for k, _m in pack_components(combined)] == ["japan-eu-us", "test-pack"]
    assert combined.present == default_pack.present | second.present


def test_packs_with_the_same_name_get_distinct_keys(tmp_path, second):
    assert unique_pack_keys(["a", "a", "b", "a"]) == ("a", "a~2", "b", "a~3")
    third = load_pack(write_pack(tmp_path / "third"))
    both = combine_packs([second, third])
    assert set(both.events["pack"]) == {"test-pack", "test-pack~2"}
    assert "test-pack~2:epa" in set(both.events["id"]) and "epa" in set(both.events["id"])
    assert pack_labels(both) == {"test-pack": "Test pack (test-pack)",
                                 "test-pack~2": "Test pack (test-pack~2)"}
    assert list(row_pack_keys(both, "fx_rates")) == ["test-pack"] * 3 + ["test-pack~2"] * 3


def test_absent_optional_tables_combine(tmp_path, default_pack):
    folder = write_pack(tmp_path / "bare", {"milestones.csv": None, "eras.csv": None,
                                            "fx_rates.csv": None, "links.csv": None})
    write_descriptor(folder, META)  # declare only the files left
    bare = load_pack(folder)
    assert not bare.has("milestones")
    both = combine_packs([bare, default_pack])
    assert len(both.milestones) == len(default_pack.milestones)
    assert both.milestones["event_id"].str.startswith("japan-eu-us:").all()
    assert both.milestones["day_start"].dtype == np.int32
