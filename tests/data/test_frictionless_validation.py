"""Packs any data tool can read: every pack the project ships or writes passes the Frictionless
validator (the reference implementation of the Data Package standard docs/data-pack.md promises),
and still loads with the application's own loader. frictionless is a test-only dependency."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from frictionless import validate

from benchmarks.generator import TIERS, generate_pack
from explorer.cli import main as cli_main
from explorer.data.pack_domains import Domain, write_domains
from explorer.data.pack_loader import load_pack
from explorer.data.pack_writer import write_descriptor
from tests.packs import META, VALID_FILES, descriptor_of, replace_line, write_pack

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PACK = ROOT / "data" / "japan-eu-us"

# Notes as the default pack once had them: quoted 'words' next to semicolons. Left to guess, the
# validator (Python's csv.Sniffer) reads such a file as ";"-separated, one column wide.
QUOTED_NOTES = [
    "Share of Japan's total LNG bill; 'dwarfed by Australian cargoes and even by Russian volumes'.",
    "'coordinate retaliatory tariffs within thirty days'; not a deadline we could find in Regulation "
    "(EU) 2023/2675.",
    "'surpassed €58 billion'; year not stated, 2023 assumed.",
]


def frictionless_problems(folder: Path) -> list[str]:
    """Every error the Frictionless validator reports for the pack, as readable lines; [] if valid."""
    report = validate(str(folder / "datapackage.json"))
    problems = [f"package: {e.message}" for e in report.errors]
    for task in report.tasks:
        problems += [f"{task.name}: {e.message}" for e in task.errors]
    assert problems or report.valid
    return problems


def rows_read(folder: Path) -> dict[str, int]:
    """Rows the validator read per resource: proof it parsed the files rather than skipped them."""
    report = validate(str(folder / "datapackage.json"))
    return {task.name: task.stats.get("rows") or 0 for task in report.tasks}


def test_the_default_pack_validates_and_loads():
    assert frictionless_problems(DEFAULT_PACK) == []
    pack = load_pack(DEFAULT_PACK)
    read = rows_read(DEFAULT_PACK)
    assert read["events"] == pack.counts()["events"] > 0
    assert read["observations"] == pack.counts()["observations"] > 0


def test_the_default_pack_declares_its_dialect_and_a_datetime():
    desc = descriptor_of(DEFAULT_PACK)
    assert desc["created"].endswith("T00:00:00Z")
    assert all(r["dialect"]["delimiter"] == "," for r in desc["resources"])


def test_a_written_pack_with_quoted_notes_is_read_as_comma_separated(tmp_path):
    header, *rows = VALID_FILES["observations.csv"].splitlines()
    noted = [",".join(r.split(",")[:-1]) + ',"' + note.replace('"', '""') + '"'
             for r, note in zip(rows, QUOTED_NOTES + [""] * len(rows))]
    folder = write_pack(tmp_path / "p", {"observations.csv": "\n".join([header, *noted]) + "\n"})
    assert frictionless_problems(folder) == []
    assert rows_read(folder)["observations"] == len(rows)
    assert descriptor_of(folder)["created"] == "2026-11-21T00:00:00Z"
    notes = load_pack(folder).observations["note"].tolist()
    assert notes[:len(QUOTED_NOTES)] == QUOTED_NOTES


def test_a_pack_with_its_own_domains_validates_and_loads(tmp_path):
    folder = write_pack(tmp_path / "p", {
        "indicators.csv": replace_line("indicators.csv", "request,defence,budget",
                                       "request,environment,budget"),
        "events.csv": replace_line("events.csv", "jp;it,defence,", "jp;it,defence;environment,")})
    write_domains(folder, [Domain("environment", "Environment", "環境", "#2ca02c")])
    write_descriptor(folder, META)
    assert frictionless_problems(folder) == []
    assert rows_read(folder)["domains"] == 1
    pack = load_pack(folder)
    assert "environment" in set(pack.indicators["domain"])


def test_an_older_descriptor_without_dialect_or_datetime_still_loads(tmp_path):
    folder = write_pack(tmp_path / "p")
    desc = descriptor_of(folder)
    desc["created"] = "2026-11-21"
    for resource in desc["resources"]:
        del resource["dialect"]
    (folder / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    pack = load_pack(folder)
    assert pack.meta.created == "2026-11-21"
    assert pack.counts()["observations"] == len(VALID_FILES["observations.csv"].splitlines()) - 1


def test_an_imported_pack_validates_and_loads(tmp_path):
    source = tmp_path / "figures.csv"
    lines = ["Country,Year,Value,Comment"] + [
        f'Japan,{2019 + i},{100 + i},"{note}"' for i, note in enumerate(QUOTED_NOTES)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "pack"
    code = cli_main(["import", str(source), "--kind", "observations", "--map", "reporter=Country",
                     "--map", "period=Year", "--map", "value=Value", "--map", "note=Comment",
                     "--const", "indicator_id=gdp", "--const", "indicator.domain=finance",
                     "--const", "unit=USD", "--const", "scale=9", "--out", str(out)])
    assert code == 0
    assert frictionless_problems(out) == []
    assert rows_read(out)["observations"] == len(QUOTED_NOTES)
    pack = load_pack(out)
    assert sorted(pack.observations["note"]) == sorted(QUOTED_NOTES)


@pytest.mark.parametrize("seed", [7])
def test_a_benchmark_tier_s_pack_validates_and_loads(tmp_path, seed):
    folder = generate_pack(tmp_path / "s", TIERS["S"], seed)
    assert frictionless_problems(folder) == []
    assert rows_read(folder)["observations"] == TIERS["S"].observations
    assert load_pack(folder).counts()["observations"] == TIERS["S"].observations
