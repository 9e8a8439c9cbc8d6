"""What changed between two versions of a pack, as a reader of the diff would check it."""

from __future__ import annotations

import csv
import io

import pytest

from explorer.data.pack_diff import RowChange, diff_packs, pack_label
from explorer.data.pack_loader import load_pack
from explorer.data.pack_writer import write_descriptor
from tests.packs import META, VALID_FILES, replace_line, write_pack

NEW_EVENT = "summit-2026,EU–Japan summit 2026,,summit,announced,2026-05,,jp;eu,diplomacy,Next one.,,src-a\n"
MINERALS_ROW = ("minerals,Critical minerals corridor,,policy,proposed,2025~,,jp;eu;na,critical_minerals,"
                "Proposal.,,src-a\n")


@pytest.fixture
def old(tmp_path):
    return load_pack(write_pack(tmp_path / "old"))


def version(tmp_path, name="new", **files):
    return load_pack(write_pack(tmp_path / name, {f"{k}.csv": v for k, v in files.items()}))


def test_same_pack_has_no_changes(old, tmp_path):
    diff = diff_packs(old, version(tmp_path))
    assert diff.is_empty()
    assert diff.summary() == "no changes"
    assert diff.events == () and diff.observations == ()


def test_events_added_removed_and_changed_field_by_field(old, tmp_path):
    events = replace_line("events.csv", "gcap,GCAP,,agreement,signed", "gcap,GCAP,,agreement,in_force")
    events = events.replace(MINERALS_ROW, "") + NEW_EVENT
    diff = diff_packs(old, version(tmp_path, events=events))
    assert diff.events == (
        RowChange("summit-2026", "added", "EU–Japan summit 2026"),
        RowChange("minerals", "removed", "Critical minerals corridor"),
        RowChange("gcap", "changed", "GCAP", (("status", "signed", "in_force"),)),
    )
    assert diff.summary() == "1 event added, 1 removed, 1 changed"
    assert not diff.is_empty()


def test_text_is_compared_as_written_and_numbers_by_value(old, tmp_path):
    events = replace_line("events.csv", "us-deal,US–Japan trade agreement,,agreement,signed,2025-07-22,,jp;us",
                          "us-deal,US–Japan trade agreement,,agreement,signed,2025-07-22,,jp; us")
    obs = replace_line("observations.csv", "2024,68.8,EUR,9", "2024,68.80,EUR,+9")
    obs = obs.replace("79.7,USD", "80.1,USD")
    diff = diff_packs(old, version(tmp_path, events=events, observations=obs))
    assert [(c.key, c.fields) for c in diff.events] == [("us-deal", (("parties", "jp;us", "jp; us"),))]
    # 68.8 -> 68.80 and 9 -> +9 are the same numbers: only the US figure changed.
    assert [(c.key, c.title, c.fields) for c in diff.observations] == [
        ("goods_exports|us|jp|2024|src-b", "Goods exports · us→jp · 2024", (("value", "79.7", "80.1"),)),
    ]
    assert diff.summary() == "1 event changed; 1 figure changed"


def test_figures_keyed_naturally_with_duplicates_matched_in_file_order(old, tmp_path):
    # The two FY2024 defence budget rows share indicator, reporter, period and source.
    obs = replace_line("observations.csv", "52.7,USD,9,~", "52.7,USD,9,>")
    obs += "goods_exports,eu,jp,2025,70,EUR,9,,nominal,src-a,\n"
    obs = obs.replace("goods_exports,eu,jp,2023,64,EUR,9,,nominal,src-b,\n", "")
    diff = diff_packs(old, version(tmp_path, observations=obs))
    assert [(c.kind, c.key, c.title) for c in diff.observations] == [
        ("added", "goods_exports|eu|jp|2025|src-a", "Goods exports · eu→jp · 2025"),
        ("removed", "goods_exports|eu|jp|2023|src-b", "Goods exports · eu→jp · 2023"),
        ("changed", "defence_budget|jp||FY2024|src-b#2", "Defence budget · jp · FY2024"),
    ]
    assert diff.observations[2].fields == (("qualifier", "~", ">"),)
    assert any("defence_budget|jp||FY2024|src-b" in note and "file order" in note for note in diff.notes)
    assert diff.summary() == "1 figure added, 1 removed, 1 changed"


def test_other_resources_are_counted(old, tmp_path):
    sources = VALID_FILES["sources.csv"] + "src-c,Article C,Nikkei,2026,,\n"
    actors = replace_line("actors.csv", "na,Namibia,,state,NAM,", "na,Republic of Namibia,,state,NAM,")
    folder = write_pack(tmp_path / "new", {"sources.csv": sources, "actors.csv": actors})
    (folder / "fx_rates.csv").unlink()
    write_descriptor(folder, META)  # declares only the files left
    diff = diff_packs(old, load_pack(folder))
    assert diff.other["sources"] == (1, 0, 0)
    assert diff.other["actors"] == (0, 0, 1)
    assert diff.other["fx_rates"] == (0, 3, 0)  # the file was deleted: every rate removed
    assert diff.summary() == "1 actor changed; 1 source added; 3 exchange rates removed"


def test_text_csv_and_dict_renderings_agree(old, tmp_path):
    events = replace_line("events.csv", "GCAP,,agreement,signed", "GCAP,,agreement,in_force") + NEW_EVENT
    new = version(tmp_path, events=events, observations=VALID_FILES["observations.csv"].replace("79.7", "80"))
    diff = diff_packs(old, new)
    text = diff.to_text()
    assert text.splitlines()[:2] == [f"{pack_label(old)} → {pack_label(new)}",
                                     "1 event added, 1 changed; 1 figure changed"]
    assert "Events added (1):\n  + summit-2026  EU–Japan summit 2026" in text
    assert "  ~ gcap  GCAP\n      status: signed → in_force" in text
    assert "Figures changed (1):\n  ~ Goods exports · us→jp · 2024  [goods_exports|us|jp|2024|src-b]\n" \
           "      value: 79.7 → 80" in text
    out = io.StringIO()
    diff.write_csv(out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["what", "kind", "key", "title", "field", "old", "new"]
    assert ["event", "changed", "gcap", "GCAP", "status", "signed", "in_force"] in rows
    assert ["event", "added", "summit-2026", "EU–Japan summit 2026", "", "", ""] in rows
    d = diff.to_dict()
    assert d["summary"] == diff.summary() and d["events"][1]["fields"] == [
        {"field": "status", "old": "signed", "new": "in_force"}]


def test_label_names_pack_version_and_location(old):
    assert pack_label(old) == f"test-pack 1.0 ({old.meta.location})"


def test_empty_values_show_as_empty_in_text(old, tmp_path):
    events = replace_line("events.csv", "gcap,GCAP,,agreement,signed,2023-12-14,2035",
                          "gcap,GCAP,,agreement,signed,2023-12-14,")
    text = diff_packs(old, version(tmp_path, events=events)).to_text()
    assert "      end: 2035 → (empty)" in text


def test_moving_an_actor_from_parties_to_involved_and_declaring_a_domain_show(old, tmp_path):
    from explorer.data.pack_domains import Domain, write_domains

    rows = list(csv.reader(io.StringIO(VALID_FILES["events.csv"])))
    at = rows[0].index("parties") + 1
    for r in rows:
        involved = "involved" if r[0] == "id" else ""
        if r[0] == "minerals":
            r[at - 1], involved = "jp;eu", "na"
        r.insert(at, involved)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    folder = write_pack(tmp_path / "new", {"events.csv": out.getvalue()})
    write_domains(folder, [Domain("environment", "Environment")])
    write_descriptor(folder, META)
    diff = diff_packs(old, load_pack(folder))
    assert diff.events == (RowChange("minerals", "changed", "Critical minerals corridor",
                                     (("parties", "jp;eu;na", "jp;eu"), ("involved", "", "na"))),)
    assert diff.other["domains"] == (1, 0, 0)
    assert "1 domain added" in diff.summary()
