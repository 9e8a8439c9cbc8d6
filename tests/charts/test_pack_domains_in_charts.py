"""A pack's own domains on the timeline (lanes, labels, colours) and in the comparison choices."""

from __future__ import annotations

import numpy as np

from explorer.charts import timeline_layout as tl
from explorer.charts.palette import DOMAIN_COLOURS, pack_domain_colours
from explorer.data.pack_domains import Domain, write_domains
from explorer.data.pack_loader import load_pack
from explorer.data.pack_writer import write_descriptor
from tests.packs import META, replace_line, write_pack


def pack_with(tmp_path, domains):
    folder = write_pack(tmp_path / "p", {"events.csv": replace_line(
        "events.csv", "jp;eu;na,critical_minerals", "jp;eu;na,environment;oceans")})
    write_domains(folder, domains)
    write_descriptor(folder, META)
    return load_pack(folder)


def test_declared_domains_are_lanes_with_their_labels_after_the_built_in_ones(tmp_path):
    pack = pack_with(tmp_path, [Domain("environment", "Environment", "環境", "#117733"),
                                Domain("oceans", "Oceans and fisheries")])
    p = tl.build_placements(pack, "domain")
    assert p.lane_labels[-2:] == ("Environment", "Oceans and fisheries")
    minerals = int(np.flatnonzero(pack.events["id"].to_numpy() == "minerals")[0])
    lanes = sorted(p.lane_labels[int(lane)] for lane in p.lane[p.event_row == minerals])
    assert lanes == ["Environment", "Oceans and fisheries"]


def test_declared_colours_are_used_and_undeclared_ones_never_borrow_a_built_in_colour(tmp_path):
    pack = pack_with(tmp_path, [Domain("environment", "Environment", "", "#117733"),
                                Domain("oceans", "Oceans")])
    colours = pack_domain_colours(pack)
    assert colours["environment"] == "#117733" and colours["trade"] == DOMAIN_COLOURS["trade"]
    assert colours["oceans"] not in DOMAIN_COLOURS.values() and colours["oceans"] != "#117733"
    p = tl.build_placements(pack, "partner")  # colour by first domain: the corridor's is environment
    assert "Environment" in p.palette_labels
    assert p.palette[p.palette_labels.index("Environment")] == "#117733"


def test_indicators_in_a_declared_domain_are_offered_for_comparison(tmp_path):
    from explorer.charts.comparison import indicator_choices

    folder = write_pack(tmp_path / "p", {"indicators.csv": replace_line(
        "indicators.csv", "request,defence,budget", "request,health,budget")})
    write_domains(folder, [Domain("health", "Public health")])
    write_descriptor(folder, META)
    groups = dict(indicator_choices(load_pack(folder)))
    assert [i[0] for i in groups["health"]] == ["defence_budget"]
    assert list(groups) == ["trade", "health"]  # built-in domains first, then the pack's own
