"""``briefing-explorer import``: exit codes, the summary, the report beside the pack, and the
documented example mappings run against the real public files they were written for."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.data.pack_loader import load_pack

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples" / "import"
REALDATA = ROOT.parent / "shared" / "realdata"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


EVENTS = "Name,Begin,Kind\nTokyo Accord,2019-02-01,Signed\nOsaka Pact,2019-06-31,Signed\nNagoya MoU,06/07/2020,in force\n"


def events_args(tmp_path: Path, *extra: str) -> list[str]:
    src = tmp_path / "events.csv"
    src.write_text(EVENTS, encoding="utf-8")
    return ["import", str(src), "--kind", "events", "--map", "title=Name", "--map", "start=Begin",
            "--map", "status=Kind", "--const", "kind=agreement", "--const", "parties=jp",
            "--const", "domains=trade", "--out", str(tmp_path / "pack"), *extra]


def test_rejected_rows_exit_1_with_the_report_beside_the_pack(tmp_path):
    code, out, err = run(*events_args(tmp_path, "--day-first"))
    assert code == 1
    assert "3 rows read, 2 events rows imported, 1 rejected" in out
    assert "events.csv:3:Begin: start: impossible date: Jun 2019 has 30 days" in err
    report = tmp_path / "pack.import-report.csv"
    with report.open(encoding="utf-8-sig", newline="") as fh:
        (row,) = [r for r in csv.DictReader(fh) if r["status"] == "rejected"]
    assert (row["row"], row["column"], row["found"]) == ("3", "Begin", "2019-06-31")
    pack = load_pack(tmp_path / "pack")
    assert dict(zip(pack.events["title"], pack.events["status"])) == {
        "Tokyo Accord": "signed", "Nagoya MoU": "in_force"}
    assert dict(zip(pack.events["title"], pack.events["start"]))["Nagoya MoU"] == "2020-07-06"


def test_ambiguous_dates_without_an_order_are_rejected_with_the_fix_named(tmp_path):
    code, _, err = run(*events_args(tmp_path))
    assert code == 1 and "--day-first / --month-first" in err


def test_clean_import_exits_0(tmp_path):
    src = tmp_path / "gdp.csv"
    src.write_text("Country,2019,2020\nJapan,5118,5056\nGermany,3889,..\n", encoding="utf-8")
    code, out, _ = run("import", str(src), "--kind", "observations", "--wide-periods",
                       "--map", "reporter=Country", "--const", "indicator_id=gdp",
                       "--const", "indicator.domain=finance", "--const", "unit=USD", "--const", "scale=9",
                       "--out", str(tmp_path / "gdp"))
    assert code == 0, out
    assert "3 observations rows imported" in out and "1 skipped" in out
    obs = load_pack(tmp_path / "gdp").observations
    assert sorted(zip(obs["reporter"], obs["period"])) == [("de", "2019"), ("jp", "2019"), ("jp", "2020")]


@pytest.mark.parametrize("argv, message", [
    (["--kind", "events"], "required fields not mapped"),
    (["--kind", "nonsense"], "invalid choice"),
    (["--kind", "events", "--map", "title"], "expected NAME=VALUE"),
    (["--kind", "observations", "--map", "reporter=Country", "--map", "period=Year", "--map", "value=V",
      "--const", "indicator_id=gdp", "--const", "unit=USD"], "indicator.domain"),
])
def test_bad_arguments_exit_2_on_one_line(tmp_path, argv, message):
    src = tmp_path / "x.csv"
    src.write_text("a,b\n1,2\n", encoding="utf-8")
    code, _out, err = run("import", str(src), *argv, "--out", str(tmp_path / "o"))
    assert code == 2 and message in err and err.count("\n") == 1, err
    assert not (tmp_path / "o").exists()


def test_unreadable_file_exits_2_naming_it(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not a workbook")
    code, _, err = run("import", str(bad), "--kind", "actors", "--out", str(tmp_path / "o"))
    assert code == 2 and "bad.xlsx" in err


def test_mapping_file_errors_name_the_key(tmp_path):
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"kind": "events", "map": {"title": 5}}), encoding="utf-8")
    src = tmp_path / "x.csv"
    src.write_text("a\n1\n", encoding="utf-8")
    code, _, err = run("import", str(src), "--mapping", str(mapping), "--out", str(tmp_path / "o"))
    assert code == 2 and "map.title" in err


@pytest.mark.parametrize("name", sorted(p.stem for p in EXAMPLES.glob("*.json")))
def test_documented_example_mappings_parse(name):
    from explorer.importing.mapping import ImportMapping

    ImportMapping.load(EXAMPLES / f"{name}.json")


# -- the real public files the examples were written for (present on the development machines) --
REAL = [
    ("treaties-huggo/HUGGO_clean.csv", "huggo-treaties", 1, 4400),
    ("gdp-worldbank/gdp.csv", "worldbank-gdp", 0, 13000),
    ("fx-fred/annual.csv", "fred-annual", 1, 900),
    ("country-names-ja/country_ja.csv", "country-names-ja", 0, 240),
    ("country-codes/country-codes.csv", "country-codes", 0, 240),
]


@pytest.mark.skipif(not REALDATA.is_dir(), reason="the shared real-data folder is not on this machine")
@pytest.mark.parametrize("file, mapping, exit_code, at_least", REAL, ids=[r[1] for r in REAL])
def test_real_files_import_with_messy_rows_reported(tmp_path, file, mapping, exit_code, at_least):
    out_dir = tmp_path / mapping
    code, out, err = run("import", str(REALDATA / file), "--mapping", str(EXAMPLES / f"{mapping}.json"),
                         "--out", str(out_dir))
    assert code == exit_code, out + err
    pack = load_pack(out_dir)
    kind = json.loads((EXAMPLES / f"{mapping}.json").read_text(encoding="utf-8"))["kind"]
    assert len(pack.table(kind)) >= at_least
    if code == 1:  # every rejection is in the report with its reason
        with (tmp_path / f"{mapping}.import-report.csv").open(encoding="utf-8-sig", newline="") as fh:
            rejected = [r for r in csv.DictReader(fh) if r["status"] == "rejected"]
        assert rejected and all(r["row"] and r["reason"] for r in rejected)
    if mapping == "huggo-treaties":
        starts = set(pack.events["start"])
        assert {"1964-06", "1897-05-15?", "1981-09?"} <= starts  # precision, markers, a range
        assert "9999-12-31" not in set(pack.events["end"])
        domains = {d for cell in pack.events["domains"] for d in cell.split(";")}
        assert {"environment", "health", "trade"} <= domains  # declared, not mislabelled as diplomacy
        assert "diplomacy" not in domains
        assert pack.domain_label("environment", ja=True) == "環境"
    if mapping == "country-names-ja":
        names = dict(zip(pack.actors["id"], pack.actors["name_ja"]))
        assert names["na"] == "ナミビア" and names["uk"]  # NA is Namibia, GB is the pack's uk


# -- missing tokens, spread lists and numeric codes through the command line --------------------
TREATY_TRAPS = """\
Title,Begin,Depository,Comments,Source,c1,c2,c3,c4
Pacific Pact,2001,NA,NA,NA,392,840,NA,NA
Atlantic Pact,2002,NA,Signed in Lisbon.,https://example.org/atlantic,840,826,276,NA
Lake Treaty,2003,Government of France,NA,NA,250,NA,NA,NA
"""


def traps_args(tmp_path: Path, *extra: str) -> list[str]:
    src = tmp_path / "treaties.csv"
    src.write_text(TREATY_TRAPS, encoding="utf-8")
    return ["import", str(src), "--kind", "events", "--map", "title=Title", "--map", "start=Begin",
            "--map", "summary=Comments", "--map", "source_ids=Source", "--const", "kind=agreement",
            "--const", "status=signed", "--const", "domains=trade", "--out", str(tmp_path / "pack"), *extra]


@pytest.mark.parametrize("spec", ["c1..c4", "c*"])
def test_members_across_columns_with_numeric_codes_and_na_slots(tmp_path, spec):
    code, out, err = run(*traps_args(tmp_path, "--map", f"parties={spec}"))
    assert code == 0, out + err
    pack = load_pack(tmp_path / "pack")
    events = pack.events.set_index("title")
    assert events.loc["Pacific Pact", "parties"] == "jp;us"
    assert events.loc["Atlantic Pact", "parties"] == "us;uk;de"
    assert events.loc["Lake Treaty", "parties"] == "fr"
    assert dict(zip(pack.actors["id"], pack.actors["name_ja"]))["jp"] == "日本"
    # No summary and no source reads "NA"
    assert events.loc["Pacific Pact", "summary"] == "Imported from treaties.csv, row 2."
    assert events.loc["Atlantic Pact", "summary"] == "Signed in Lisbon."
    assert "NA" not in set(pack.sources["title"])


def test_a_mostly_na_column_is_reported_and_nobody_becomes_namibia(tmp_path):
    code, out, err = run(*traps_args(tmp_path, "--map", "parties=Depository"))
    assert code == 1
    assert "column Depository (parties): 2 of 3 cells hold 'NA': mostly 'NA', read as no value" in out
    assert "treaties.csv:2:Depository: parties: 'NA' means no value; a value is required" in err
    pack = load_pack(tmp_path / "pack")
    assert list(pack.events["parties"]) == ["government-of-france"]
    assert "na" not in set(pack.actors["id"])


def test_not_missing_says_a_token_is_a_value_in_one_field(tmp_path):
    code, out, _ = run(*traps_args(tmp_path, "--map", "parties=c1..c4", "--not-missing", "summary=NA"))
    assert code == 0
    assert "'NA' read as a value, as the mapping says" in out
    events = load_pack(tmp_path / "pack").events.set_index("title")
    assert events.loc["Pacific Pact", "summary"] == "NA"
    assert events.loc["Pacific Pact", "parties"] == "jp;us"  # other fields keep NA as no value


ISO2_MEMBERS = "Title,Begin,Parties\nFisheries,2001,JP;NA\nWhaling,2002,US;GB\nTariff,2003,JPN;DE\n"


def iso2_args(tmp_path: Path, *extra: str) -> list[str]:
    src = tmp_path / "members.csv"
    src.write_text(ISO2_MEMBERS, encoding="utf-8")
    return ["import", str(src), "--kind", "events", "--map", "title=Title", "--map", "start=Begin",
            "--map", "parties=Parties", "--const", "kind=agreement", "--const", "status=signed",
            "--const", "domains=trade", "--out", str(tmp_path / "pack"), *extra]


def test_missing_field_token_overrides_the_namibia_reading_in_one_field(tmp_path):
    code, out, err = run(*iso2_args(tmp_path))
    assert code == 0 and "'NA' read as Namibia (na)" in out and "--missing parties=NA" in out
    code, out, err = run(*iso2_args(tmp_path, "--missing", "parties=NA"))
    assert code == 0, out + err
    assert "'NA' read as no value, as the mapping says" in out
    pack = load_pack(tmp_path / "pack")
    assert list(pack.events["parties"]) == ["jp", "us;uk", "jp;de"]
    assert "na" not in set(pack.actors["id"])


def test_missing_field_token_in_a_mapping_file_and_plain_tokens_still_replace_the_list(tmp_path):
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"kind": "events", "missing": {"parties": ["NA"]},
                                   "map": {"title": "Title", "start": "Begin", "parties": "Parties"},
                                   "const": {"kind": "agreement", "status": "signed", "domains": "trade"}}),
                       encoding="utf-8")
    src = tmp_path / "members.csv"
    src.write_text(ISO2_MEMBERS, encoding="utf-8")
    code, out, err = run("import", str(src), "--mapping", str(mapping), "--out", str(tmp_path / "pack"))
    assert code == 0, out + err
    assert "na" not in set(load_pack(tmp_path / "pack").actors["id"])
    # A plain token keeps its old meaning (every column) beside a FIELD=TOKEN one
    args = iso2_args(tmp_path, "--missing", "parties=NA", "?")
    src.write_text(ISO2_MEMBERS.replace("JPN;DE", "JPN;DE;?"), encoding="utf-8")
    code, out, err = run(*args)
    assert code == 0, out + err
    assert list(load_pack(tmp_path / "pack").events["parties"]) == ["jp", "us;uk", "jp;de"]


def test_missing_for_an_unknown_field_in_a_mapping_file_exits_2_naming_it(tmp_path):
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"kind": "events", "missing": {"partys": ["NA"]}}), encoding="utf-8")
    code, _out, err = run(*iso2_args(tmp_path, "--mapping", str(mapping)))
    assert code == 2 and "missing: 'partys' is not a field of events" in err


@pytest.mark.skipif(not REALDATA.is_dir(), reason="the shared real-data folder is not on this machine")
def test_huggo_mapped_as_the_wizard_first_guessed_imports_no_corrupted_row(tmp_path):
    """Depository as parties, Comments as summary, Source as source: before, every treaty's party
    was Namibia, summaries read "NA" and events cited a source called "NA"."""
    out_dir = tmp_path / "huggo"
    code, out, err = run("import", str(REALDATA / "treaties-huggo/HUGGO_clean.csv"),
                         "--mapping", str(EXAMPLES / "huggo-treaties.json"), "--map", "parties=Depository",
                         "--map", "summary=Comments", "--map", "source_ids=Source", "--out", str(out_dir))
    assert code == 1, out + err
    pack = load_pack(out_dir)
    assert len(pack.events) > 0
    assert not any("na" in p.split(";") for p in pack.events["parties"])
    assert not {"NA", "N/A", ""} & set(pack.events["summary"])
    assert not {"NA", "N/A"} & set(pack.sources["title"])
    assert "column Depository (parties)" in out and "read as no value" in out
    with (tmp_path / "huggo.import-report.csv").open(encoding="utf-8-sig", newline="") as fh:
        rejected = [r for r in csv.DictReader(fh) if r["status"] == "rejected"]
    assert rejected and all(r["row"] and r["column"] and r["reason"] for r in rejected)
    first = err.splitlines()[0]
    assert first.startswith("HUGGO_clean.csv:") and first.split(":")[1].isdigit() and first.split(":")[2]


def test_create_domains_declares_the_files_domains_in_the_new_pack(tmp_path):
    src = tmp_path / "treaties.csv"
    src.write_text("Title,Begin,TypeDomain\nRiver Accord,2001,Environment\nTariff Pact,2002,Trade\n",
                   encoding="utf-8")
    args = ["import", str(src), "--kind", "events", "--map", "title=Title", "--map", "start=Begin",
            "--map", "domains=TypeDomain", "--const", "kind=agreement", "--const", "status=signed",
            "--const", "parties=jp", "--out", str(tmp_path / "pack")]
    code, _, err = run(*args)
    assert code == 1 and "declare it (new_domains, --create-domains)" in err
    code, out, err = run(*args, "--create-domains")
    assert code == 0, out + err
    pack = load_pack(tmp_path / "pack")
    assert dict(zip(pack.events["title"], pack.events["domains"])) == {"River Accord": "environment",
                                                                        "Tariff Pact": "trade"}
    assert pack.domain_label("environment") == "Environment"


# Members as numbers every one of which is a country in both ISO 3166-1 numeric and Correlates of War.
BOTH_SYSTEMS = "Title,Signed,c1,c2,c3\nJakarta Accord,1992-02-07,360,380,484\nPretoria Pact,1995-01-01,710,702,\n"


def codes_args(tmp_path: Path, *extra: str) -> list[str]:
    src = tmp_path / "members.csv"
    src.write_text(BOTH_SYSTEMS, encoding="utf-8")
    return ["import", str(src), "--kind", "events", "--map", "title=Title", "--map", "start=Signed",
            "--map", "parties=c1..c3", "--const", "kind=agreement", "--const", "status=signed",
            "--const", "domains=trade", "--out", str(tmp_path / "pack"), *extra]


def test_numbers_both_systems_read_alike_need_codes_in_one_line_naming_the_column(tmp_path):
    code, out, err = run(*codes_args(tmp_path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("briefing-explorer import: column c1,c2,c3 (parties): ")
    assert "--codes iso-numeric or --codes cow" in err
    assert not (tmp_path / "pack").exists()


def test_codes_cow_reads_them_as_correlates_of_war_and_says_so(tmp_path):
    code, out, _ = run(*codes_args(tmp_path, "--codes", "cow"))
    assert code == 0
    assert ("column c1,c2,c3 (parties): numbers read as Correlates of War codes, as the mapping says"
            in out)
    pack = load_pack(tmp_path / "pack")
    assert dict(zip(pack.events["title"], pack.events["parties"])) == {
        "Jakarta Accord": "ro;se;cg", "Pretoria Pact": "cn;tj"}


def test_codes_in_a_mapping_file_and_the_option_overrides_it(tmp_path):
    mapping = tmp_path / "MAPPING.json"
    mapping.write_text(json.dumps({"kind": "events", "codes": "iso-numeric",
                                   "map": {"title": "Title", "start": "Signed", "parties": "c1..c3"},
                                   "const": {"kind": "agreement", "status": "signed", "domains": "trade"}}),
                       encoding="utf-8")
    src = tmp_path / "members.csv"
    src.write_text(BOTH_SYSTEMS, encoding="utf-8")
    code, _, _ = run("import", str(src), "--mapping", str(mapping), "--out", str(tmp_path / "iso"))
    assert code == 0
    assert set(load_pack(tmp_path / "iso").events["parties"]) == {"id;it;mx", "za;sg"}
    code, _, _ = run("import", str(src), "--mapping", str(mapping), "--codes", "cow", "--out", str(tmp_path / "cow"))
    assert code == 0
    assert set(load_pack(tmp_path / "cow").events["parties"]) == {"ro;se;cg", "cn;tj"}


def test_report_onto_the_input_file_is_refused_and_the_input_kept(tmp_path):
    """Item 8 (issue 15): `import --report` pointed at the input CSV replaced the user's data."""
    argv = events_args(tmp_path, "--day-first")
    source = tmp_path / "events.csv"
    code, _out, err = run(*argv, "--report", str(source))
    assert code == 2
    assert err.strip() == (f"briefing-explorer import: --report {source}: is an input of this command "
                           f"({source}); choose another file for the output")
    assert source.read_text(encoding="utf-8") == EVENTS
    assert not (tmp_path / "pack").exists()


def test_report_onto_a_folder_or_a_fifo_is_a_clear_error(tmp_path):
    """Item 6/8 (issue 15): `import --report` at a folder ended in a traceback."""
    import os

    folder = tmp_path / "reports"
    folder.mkdir()
    code, _, err = run(*events_args(tmp_path, "--day-first"), "--report", str(folder))
    assert code == 2 and "Traceback" not in err
    assert err.strip() == (f"briefing-explorer import: --report {folder}: is a folder; outputs are "
                           "written to regular files only")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    code, _, err = run(*events_args(tmp_path, "--day-first"), "--report", str(fifo))
    assert code == 2 and "is a pipe (FIFO); outputs are written to regular files only" in err
    assert fifo.is_fifo()


def test_out_onto_the_pack_holding_the_input_is_refused_and_the_input_kept(tmp_path):
    """Item 8 (issue 15): re-importing an imported pack's own file into that pack replaced it mid-read."""
    code, _, _ = run(*events_args(tmp_path, "--day-first"))
    assert code == 1
    pack = tmp_path / "pack"
    source = pack / "events.csv"
    before = source.read_bytes()
    code, _, err = run("import", str(source), "--kind", "events", "--map", "title=title", "--map", "start=start",
                       "--map", "status=status", "--const", "kind=agreement", "--const", "parties=jp",
                       "--const", "domains=trade", "--out", str(pack))
    assert code == 2
    assert "the pack would replace the file being imported" in err
    assert source.read_bytes() == before
