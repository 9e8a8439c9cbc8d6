"""Every problem the import engine reports carries a structured code and a short hint: the wizard and
the report (import --report) read the code, never the message text."""

from __future__ import annotations

import ast
import csv
from pathlib import Path

from explorer.importing import engine
from explorer.importing.engine import REJECTED, SKIPPED
from explorer.importing.mapping import ImportMapping
from explorer.importing.pack_builder import REPORT_COLUMNS, write_report_csv
from explorer.importing.problems import HINTS, NOT_IN_LOOKUP, ProblemCode, hint_for
from tests.importing.test_engine import do_import, treaty_result, write


def test_every_code_has_a_short_hint():
    assert set(HINTS) == set(ProblemCode)
    assert all(HINTS[c].strip() and len(HINTS[c]) <= 100 for c in ProblemCode)
    assert hint_for("not-in-vocabulary") == HINTS[ProblemCode.NOT_IN_VOCABULARY]
    assert hint_for("no such code") == ""


# The engine and the modules it was split into (the records, refusals and notes are made in all of them).
_ENGINE_FILES = [Path(engine.__file__).with_name(f"{m}.py") for m in (
    "engine", "results", "slugs", "import_context", "findings", "record_builder", "columnwise")]


def _trees() -> list[ast.Module]:
    return [ast.parse(f.read_text(encoding="utf-8")) for f in _ENGINE_FILES]


def _calls(name: str) -> list[ast.Call]:
    return [n for tree in _trees() for n in ast.walk(tree) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name) and n.func.id == name]


def test_every_place_the_engine_makes_a_problem_sets_its_code():
    rejects = _calls("_Reject")
    assert len(rejects) > 15
    for call in rejects:  # a refusal names its code
        assert any(k.arg == "code" for k in call.keywords), f"line {call.lineno}: _Reject without code"
    issues = _calls("RowIssue")
    assert len(issues) > 10
    for call in issues:  # a note or problem made in place: the 7th argument, or a tuple that holds it
        starred = any(isinstance(a, ast.Starred) for a in call.args)
        assert starred or len(call.args) == 7, f"line {call.lineno}: RowIssue without code"
    for tup in (n for tree in _trees() for n in ast.walk(tree)):
        # the (column, field, NOTE, reason, found, code) tuples the fast path caches
        if isinstance(tup, ast.Tuple) and isinstance(tup.ctx, ast.Load) and any(isinstance(e, ast.Name) and e.id == "NOTE" for e in tup.elts):
            assert len(tup.elts) == 6, f"line {tup.lineno}: a cached note without its code"


def test_treaty_list_problems_carry_codes_and_hints(tmp_path):
    result = treaty_result(tmp_path)
    assert result.issues and all(i.code in set(ProblemCode) and i.hint for i in result.issues)
    by_reason = {i.reason: i.code for i in result.issues}
    assert by_reason["impossible date: Jun 1972 has 30 days"] == ProblemCode.UNPARSED_DATE
    assert by_reason["ends before it starts"] == ProblemCode.ENDS_BEFORE_START
    assert by_reason["a range: read as 1981-09? (uncertain)"] == ProblemCode.DATE_RANGE


def test_rejections_of_each_kind_have_their_code(tmp_path):
    text = ("Title,Signed,Status,Partners\n"
            "Good,2019-02-01,in force,JP\n"
            "Odd status,2019-02-01,Concluded,JP\n"
            "Too many,2019-02-01,in force,JP,extra\n"
            ",2019-02-01,in force,JP\n"
            "Bad date,soon,in force,JP\n"
            "Odd number,2019-02-01,in force,999\n")
    mapping = ImportMapping.from_json_dict({
        "kind": "events", "map": {"title": "Title", "start": "Signed", "status": "Status", "parties": "Partners"},
        "const": {"kind": "agreement", "domains": "trade"}})
    result = do_import(write(tmp_path, "t.csv", text), mapping)
    codes = {i.row: i.code for i in result.issues if i.status in (REJECTED, SKIPPED)}
    assert codes == {3: ProblemCode.NOT_IN_VOCABULARY, 4: ProblemCode.WRONG_CELL_COUNT,
                     5: ProblemCode.MISSING_REQUIRED, 6: ProblemCode.UNPARSED_DATE,
                     7: ProblemCode.UNKNOWN_COUNTRY_CODE}
    # the report a user opens in a spreadsheet names the code and the hint of each line
    report = write_report_csv(result, tmp_path / "report.csv")
    with report.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == REPORT_COLUMNS and {"code", "hint"} <= set(REPORT_COLUMNS)
    odd = next(r for r in rows if r["row"] == "3")
    assert odd["code"] == "not-in-vocabulary" and odd["hint"] == HINTS[ProblemCode.NOT_IN_VOCABULARY]


def test_actors_created_outside_the_lookup_are_marked_so(tmp_path):
    text = "Title,Signed,Partners\nA,2019-02-01,Japan;Atlantis\n"
    mapping = ImportMapping.from_json_dict({
        "kind": "events", "map": {"title": "Title", "start": "Signed", "parties": "Partners"},
        "const": {"kind": "agreement", "status": "signed", "domains": "trade"}, "list_separator": ";"})
    result = do_import(write(tmp_path, "t.csv", text), mapping)
    made = {c.name: c.origin for c in result.created if c.resource == "actors"}
    assert made["Atlantis"] == NOT_IN_LOOKUP and made["Japan"] != NOT_IN_LOOKUP
