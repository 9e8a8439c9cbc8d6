"""`briefing-explorer diff OLD NEW`, called as a user would."""

from __future__ import annotations

import csv
import io
import json
import zipfile

from explorer.cli import main
from tests.packs import replace_line, write_pack


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def two_versions(tmp_path):
    old = write_pack(tmp_path / "old")
    events = replace_line("events.csv", "gcap,GCAP,,agreement,signed", "gcap,GCAP,,agreement,in_force")
    new = write_pack(tmp_path / "new", {"events.csv": events})
    return old, new


def test_text_report_lists_changes_and_exits_0(tmp_path):
    old, new = two_versions(tmp_path)
    code, out, err = run("diff", str(old), str(new))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"test-pack 1.0 ({old}) → test-pack 1.0 ({new})"
    assert lines[1] == "1 event changed"
    assert "Events changed (1):" in out and "      status: signed → in_force" in out


def test_no_changes_says_so(tmp_path):
    old = write_pack(tmp_path / "old")
    code, out, _ = run("diff", str(old), str(old / "datapackage.json"))
    assert code == 0
    assert out.splitlines()[1] == "no changes"


def test_json_and_csv_formats(tmp_path):
    old, new = two_versions(tmp_path)
    archive = tmp_path / "new.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in new.iterdir():
            z.write(f, f.name)
    code, out, _ = run("diff", str(old), str(archive), "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["summary"] == "1 event changed"
    assert data["events"] == [{"key": "gcap", "kind": "changed", "title": "GCAP",
                               "fields": [{"field": "status", "old": "signed", "new": "in_force"}]}]
    code, out, _ = run("diff", str(old), str(new), "--format", "csv")
    assert list(csv.reader(io.StringIO(out))) == [
        ["what", "kind", "key", "title", "field", "old", "new"],
        ["event", "changed", "gcap", "GCAP", "status", "signed", "in_force"],
    ]


def test_refused_pack_lists_its_problems_and_exits_1(tmp_path):
    old = write_pack(tmp_path / "old")
    bad = write_pack(tmp_path / "bad", {"events.csv": replace_line("events.csv", "2019-02-01", "2019-13-01")})
    code, out, err = run("diff", str(old), str(bad))
    assert code == 1 and out == ""
    assert f"NEW {bad}: 1 problem; the pack is refused:" in err
    assert "events.csv:2:start: impossible date: no month 13 (found: '2019-13-01')" in err
    assert "Traceback" not in err


def test_usage_errors_exit_2(tmp_path):
    code, _, err = run("diff", str(tmp_path))
    assert code == 2 and "the following arguments are required: NEW" in err
    code, _, err = run("diff", str(tmp_path), str(tmp_path), "--format", "xml")
    assert code == 2 and "invalid choice: 'xml'" in err


def test_csv_never_writes_a_live_formula(tmp_path):
    """Item 5 (issue 15): a changed title that reads as a formula comes out as text."""
    old = write_pack(tmp_path / "old")
    events = replace_line("events.csv", "gcap,GCAP,,agreement,signed", "gcap,=HYPERLINK(1),,agreement,signed")
    new = write_pack(tmp_path / "new", {"events.csv": events})
    code, out, _ = run("diff", str(old), str(new), "--format", "csv")
    assert code == 0
    cells = [c for row in csv.reader(io.StringIO(out)) for c in row]
    assert "'=HYPERLINK(1)" in cells
    assert not any(c.startswith("=") for c in cells)
