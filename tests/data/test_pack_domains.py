"""Packs declaring their own domains: loading, validation with file:row:column, the writer for
importers, several packs open at once, and packs that declare none."""

from __future__ import annotations

import pytest

from explorer.data.pack_domains import Domain, domain_id_for, read_domains, write_domains
from explorer.data.pack_loader import load_pack
from explorer.data.pack_schema import DOMAINS
from explorer.data.pack_union import combine_packs
from explorer.data.pack_writer import write_descriptor
from explorer.data.problems import PackInvalid
from tests.packs import META, descriptor_of, replace_line, write_file, write_pack

ENVIRONMENT = Domain("environment", "Environment", "環境", "#117733")
HEALTH = Domain("health", "Public health", "保健", "")


def pack_with_domains(folder, domains=(ENVIRONMENT, HEALTH), events=None, domains_csv=None):
    """The test pack with domains declared (through the importers' function, or as raw CSV), the
    minerals corridor filed under environment and the defence budget under health."""
    folder = write_pack(folder, {
        "events.csv": events or replace_line(
            "events.csv", "jp;eu;na,critical_minerals", "jp;eu;na,critical_minerals;environment"),
        "indicators.csv": replace_line("indicators.csv", "request,defence,budget", "request,health,budget"),
    })
    if domains_csv is not None:
        write_file(folder / "domains.csv", domains_csv)
    else:
        write_domains(folder, domains)
    write_descriptor(folder, META)
    return folder


def problems(folder) -> list[str]:
    with pytest.raises(PackInvalid) as e:
        load_pack(folder)
    return [str(p) for p in e.value.problems]


def test_declared_domains_load_with_their_labels_and_colours(tmp_path):
    pack = load_pack(pack_with_domains(tmp_path / "p"))
    assert pack.has("domains") and pack.counts()["domains"] == 2
    assert pack.domain_ids == DOMAINS + ("environment", "health")
    assert pack.domain_label("environment") == "Environment"
    assert pack.domain_label("environment", ja=True) == "環境"
    assert pack.domain_label("critical_minerals") == "Critical minerals"  # built-in, as before
    assert pack.domain_colour("environment") == "#117733" and pack.domain_colour("health") == ""
    assert "environment" in set(pack.event_domains["domain"])
    assert pack.indicators.set_index("id").loc["defence_budget", "domain"] == "health"
    desc = descriptor_of(tmp_path / "p")
    assert "domains" in [r["name"] for r in desc["resources"]]


def test_a_pack_without_the_table_keeps_the_built_in_domains_and_refuses_others(tmp_path):
    folder = write_pack(tmp_path / "p", {"events.csv": replace_line(
        "events.csv", "jp;eu;na,critical_minerals", "jp;eu;na,critical_minerals;environment")})
    assert load_pack(write_pack(tmp_path / "plain")).domain_ids == DOMAINS
    found = problems(folder)
    assert len(found) == 1
    assert found[0].startswith("events.csv:6:domains: unknown domains value")
    assert "(or declare it in domains.csv)" in found[0] and "(found: 'environment')" in found[0]


def test_an_undeclared_domain_is_refused_with_file_row_and_column(tmp_path):
    folder = pack_with_domains(tmp_path / "p", events=replace_line(
        "events.csv", "jp;it,defence", "jp;it,defence;space"))
    found = problems(folder)
    assert len(found) == 1 and found[0].startswith("events.csv:5:domains: unknown domains value")
    assert "environment, health (or declare it in domains.csv)" in found[0]


@pytest.mark.parametrize("csv_text,expected", [
    ("id,label,label_ja,colour\nenvironment,Environment,,green\n",
     "domains.csv:2:colour: not a colour: expected #RRGGBB"),
    ("id,label,label_ja,colour\nenvironment,Environment,,#12345\n",
     "domains.csv:2:colour: not a colour"),
    ("id,label,label_ja,colour\nenvironment,Environment,,\nhealth,Health,,\nenvironment,Env,,\n",
     "domains.csv:4:id: duplicate id; first used in row 2"),
    ("id,label,label_ja,colour\nEnvironment,Environment,,\nhealth,Health,,\n",
     "domains.csv:2:id: not a valid id"),
    ("id,label,label_ja,colour\nenvironment,,,\nhealth,Health,,\n",
     "domains.csv:2:label: empty cell; a value is required"),
])
def test_bad_declarations_are_refused_where_they_are(tmp_path, csv_text, expected):
    found = problems(pack_with_domains(tmp_path / "p", domains_csv=csv_text))
    assert any(p.startswith(expected) for p in found), found


def test_write_domains_merges_and_refuses_bad_declarations_without_writing(tmp_path):
    folder = pack_with_domains(tmp_path / "p")
    write_domains(folder, [Domain("environment", "Ignored: already declared"), Domain("oceans", "Oceans")])
    assert [d.id for d in read_domains(folder)] == ["environment", "health", "oceans"]
    assert read_domains(folder)[0].label == "Environment"
    before = (folder / "domains.csv").read_bytes()
    with pytest.raises(ValueError, match="colour 'red' is not #RRGGBB"):
        write_domains(folder, [Domain("fisheries", "Fisheries", colour="red")])
    with pytest.raises(ValueError, match="not a valid id"):
        write_domains(folder, [Domain("Fisheries", "Fisheries")])
    assert (folder / "domains.csv").read_bytes() == before
    write_descriptor(folder, META)
    assert load_pack(folder).domain_ids[-3:] == ("environment", "health", "oceans")


def test_domain_ids_from_labels():
    assert domain_id_for("Environment") == "environment"
    assert domain_id_for("Environment & Health") == "environment_health"
    assert domain_id_for("Énergie") == "energie"
    with pytest.raises(ValueError):
        domain_id_for("環境")


def test_packs_open_together_share_their_declared_domains(tmp_path):
    first = load_pack(pack_with_domains(tmp_path / "a"))
    second = load_pack(pack_with_domains(
        tmp_path / "b", domains=(Domain("environment", "Nature"), HEALTH, Domain("oceans", "Oceans"))))
    both = combine_packs([first, second])
    assert both.domain_ids == DOMAINS + ("environment", "health", "oceans")
    assert both.domain_label("environment") == "Environment"  # the first definition wins
    assert both.domain_label("oceans") == "Oceans"
