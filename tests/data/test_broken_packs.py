"""Every kind of broken pack is refused with a precise ``file:row:column`` message, and nothing loads."""

from __future__ import annotations

import codecs
import json
import zipfile
from pathlib import Path

import pytest

from explorer.data.pack_loader import load_pack
from explorer.data.pack_schema import LoadLimits
from explorer.data.problems import PackInvalid
from tests.packs import VALID_FILES, descriptor_of, drop_column, replace_line, write_pack

EV = "events.csv"
EV_HEADER = VALID_FILES[EV].splitlines()[0]


def _without_resource(name: str):
    def edit(desc: dict) -> dict:
        desc["resources"] = [r for r in desc["resources"] if r["name"] != name]
        return desc
    return edit


def _path_of(name: str, path: str):
    def edit(desc: dict) -> dict:
        for r in desc["resources"]:
            if r["name"] == name:
                r["path"] = path
        return desc
    return edit


# (case id, file overrides, descriptor edit, expected problem text: location and message)
CASES = [
    ("missing-resource", {}, _without_resource("events"),
     "datapackage.json:resources: required resource 'events' is not declared"),
    ("missing-file", {EV: None}, None, "events.csv: file is missing"),
    ("missing-descriptor", {"datapackage.json": None}, None,
     "datapackage.json: not a briefing pack: datapackage.json is missing"),
    ("missing-column", {EV: drop_column(EV, "status")}, None,
     "events.csv:1:status: required column is missing from the header"),
    ("duplicate-id", {EV: VALID_FILES[EV] + "epa,Copy,,agreement,signed,2019,,jp;eu,trade,X.,,src-a\n"},
     None, "events.csv:7:id: duplicate id; first used in row 2 (found: 'epa')"),
    ("dangling-foreign-key", {EV: replace_line(EV, "jp;us,trade", "jp;xx,trade")}, None,
     "events.csv:4:parties: refers to an unknown actors id (actors.csv has no such id) (found: 'xx')"),
    ("dangling-milestone-event", {"milestones.csv": VALID_FILES["milestones.csv"] + "nope,signed,2020,src-a\n"},
     None, "milestones.csv:4:event_id: refers to an unknown events id"),
    ("impossible-month", {EV: replace_line(EV, "2019-02-01", "2019-13-01")}, None,
     "events.csv:2:start: impossible date: no month 13 (found: '2019-13-01')"),
    ("impossible-day", {"sources.csv": replace_line("sources.csv", "2025-11~", "1972-06-31")}, None,
     "sources.csv:2:published: impossible date: Jun 1972 has 30 days (found: '1972-06-31')"),
    ("not-a-date", {EV: replace_line(EV, "2025-07,", "July 2025,")}, None,
     "events.csv:3:start: not a date; expected YYYY, YYYY-MM or YYYY-MM-DD"),
    ("open-ended-9999", {EV: replace_line(EV, "2023-12-14,2035", "2023-12-14,9999-12-31")}, None,
     "events.csv:5:end: year outside 1000-2200 (found: '9999-12-31')"),
    ("unknown-enum", {EV: replace_line(EV, "agreement,in_force", "treaty,in_force")}, None,
     "events.csv:2:kind: unknown kind value; expected one of: agreement, summit"),
    ("unknown-enum-in-list", {EV: replace_line(EV, "jp;it,defence", "jp;it,defense")}, None,
     "events.csv:5:domains: unknown domains value; expected one of: trade"),
    ("enum-wrong-case", {EV: replace_line(EV, "agreement,in_force", "Agreement,in_force")}, None,
     "unknown kind value (values are lowercase, with '_' for spaces)"),
    ("non-numeric-value", {"observations.csv": replace_line("observations.csv", ",68.8,", ',"1,234",')},
     None, "observations.csv:3:value: not a number: remove the thousands separators (found: '1,234')"),
    ("percent-in-value", {"observations.csv": replace_line("observations.csv", ",64,", ",64%,")}, None,
     "observations.csv:2:value: not a number: put the % in the unit column"),
    ("empty-required-cell", {EV: replace_line(EV, "EU–Japan summit", "")}, None,
     "events.csv:3:title: empty cell; a value is required"),
    ("event-without-source", {EV: replace_line(EV, "Proposal.,,src-a", "Proposal.,,")}, None,
     "events.csv:6:source_ids: empty cell; a value is required"),
    ("url-path", {}, _path_of("events", "https://example.org/events.csv"),
     "datapackage.json:resources[2].path: path is a URL or has a scheme"),
    ("file-scheme-path", {}, _path_of("events", "file:///etc/passwd.csv"),
     "path is a URL or has a scheme"),
    ("parent-path", {}, _path_of("events", "../events.csv"),
     "datapackage.json:resources[2].path: path leaves the pack ('..')"),
    ("absolute-path", {}, _path_of("events", "/etc/events.csv"),
     "datapackage.json:resources[2].path: path is absolute"),
    ("not-csv-path", {}, _path_of("events", "events.xlsx"), "resources must be .csv files"),
    ("empty-file", {EV: ""}, None, "events.csv:1: file is empty; expected a header row"),
    ("header-only-blank", {EV: "\n\n"}, None, "events.csv:1: file is empty"),
    ("non-utf8", {EV: VALID_FILES[EV].encode("cp1252", errors="replace")},
     None, "events.csv:2: not valid UTF-8 at character 7 of the line (it looks like Windows-1252"),
    ("utf16-bom", {EV: codecs.BOM_UTF16_LE + VALID_FILES[EV].encode("utf-16-le")}, None,
     "events.csv:1: file is UTF-16; save it as UTF-8"),
    ("nul-byte", {EV: VALID_FILES[EV].replace("Free trade.", "Free\x00trade.")}, None,
     "events.csv:2: file contains a NUL character"),
    ("too-many-fields", {EV: replace_line(EV, "Free trade.,,src-b", "Free trade.,,src-b,extra")}, None,
     "events.csv:2: row has 13 fields but the header has 12"),
    ("too-few-fields", {EV: replace_line(EV, ",Free trade.,,src-b", ",Free trade.")}, None,
     "events.csv:2: row has 10 fields but the header has 12"),
    ("unclosed-quote", {EV: replace_line(EV, "Free trade.", '"Free trade.')}, None,
     "events.csv:2: not a well-formed CSV file: a quoted cell is never closed"),
    ("stray-quote", {EV: replace_line(EV, "Fighter programme.", '"Fighter" programme.')}, None,
     "events.csv:5: not a well-formed CSV file: a quote inside a cell must be doubled"),
    ("cell-beyond-csv-field-limit", {EV: replace_line(EV, "Fighter programme.", '"' + "x" * 200_000 + '"')},
     None, "events.csv:5: a cell is longer than 131,072 characters"),
    ("control-character", {EV: replace_line(EV, "Fighter programme.", "Fighter\x07 programme.")}, None,
     "events.csv:5:summary: contains the control character U+0007"),
    ("c1-control-character", {"actors.csv": replace_line("actors.csv", "Namibia", "Nami\x85bia")}, None,
     "actors.csv:6:name: contains the control character U+0085"),
    ("full-width-digits", {"observations.csv": replace_line("observations.csv", ",68.8,", ",６８.８,")}, None,
     "observations.csv:3:value: not a number: write the digits as ASCII 0-9"),
    ("overflows-when-scaled", {"observations.csv": replace_line("observations.csv", ",68.8,EUR,9,",
                                                               ",1e300,EUR,15,")}, None,
     "observations.csv:3:value: number too large once scaled"),
    ("duplicate-header", {EV: replace_line(EV, "title_ja,", "title,")}, None,
     "events.csv:1:title: column appears twice in the header"),
    ("bad-slug", {EV: replace_line(EV, "gcap,GCAP", "GCAP Deal,GCAP")}, None,
     "events.csv:5:id: not a valid id: use lowercase letters, digits"),
    ("end-before-start", {EV: replace_line(EV, "2023-12-14,2035", "2023-12-14,2020")}, None,
     "events.csv:5:end: ends before it starts (found: '2023-12-14 to 2020')"),
    ("bad-period", {"observations.csv": replace_line("observations.csv", "eu,jp,2023", "eu,jp,2023-Q5")},
     None, "observations.csv:2:period: not a period"),
    ("ascii-qualifier", {"observations.csv": replace_line("observations.csv", "9,~,", "9,>=,")}, None,
     "observations.csv:6:qualifier: unknown qualifier value (write ≥)"),
    ("bad-scale", {"observations.csv": replace_line("observations.csv", "EUR,9", "EUR,99")}, None,
     "observations.csv:2:scale: scale must be a power of ten between -12 and 15 (found: '99')"),
    ("bad-currency", {"fx_rates.csv": replace_line("fx_rates.csv", "USD,JPY,151", "USD,yen,151")}, None,
     "fx_rates.csv:2:quote: not a currency code"),
    ("negative-rate", {"fx_rates.csv": replace_line("fx_rates.csv", "1.082", "-1.082")}, None,
     "fx_rates.csv:3:rate: rate must be positive"),
    ("nan-rate", {"fx_rates.csv": replace_line("fx_rates.csv", "1.082", "NaN")}, None,
     "fx_rates.csv:3:rate: not a number: leave the row out rather than writing a placeholder"),
    ("invalid-json", {}, lambda d: json.dumps(d, indent=1)[:-3],
     "datapackage.json:"),
    ("descriptor-not-object", {}, lambda d: "[1, 2]", "datapackage.json: must be a JSON object"),
    ("descriptor-duplicate-key", {}, lambda d: '{"name": "a", "name": "b", "title": "t", "resources": []}',
     "datapackage.json:name: key appears twice in the same object"),
    ("descriptor-no-title", {}, lambda d: {**d, "title": ""},
     "datapackage.json:title: required text is missing or empty"),
    ("descriptor-title-ja-not-text", {}, lambda d: {**d, "title_ja": ["日本"]},
     "datapackage.json:title_ja: must be text (the Japanese title)"),
    ("deeply-nested-json", {}, lambda d: "[" * 100000 + "]" * 100000, "datapackage.json: JSON nested too deeply"),
    ("declared-field-missing", {}, lambda d: (d["resources"][2]["schema"]["fields"].append(
        {"name": "extra", "type": "string"}) or d),
     "events.csv:1:extra: column declared in datapackage.json is missing from the header"),
]


@pytest.mark.parametrize("overrides,edit,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_pack_is_refused_with_location(tmp_path, overrides, edit, expected):
    folder = write_pack(tmp_path / "pack", overrides)
    if edit is not None:
        result = edit(descriptor_of(folder))
        text = result if isinstance(result, str) else json.dumps(result)
        (folder / "datapackage.json").write_text(text, encoding="utf-8")
    with pytest.raises(PackInvalid) as info:
        load_pack(folder)
    report = info.value.report()
    assert expected in report, report
    assert "Traceback" not in report


def test_at_least_twenty_kinds_of_breakage_are_covered():
    assert len(CASES) >= 20


def test_every_problem_is_listed_at_once(tmp_path):
    folder = write_pack(tmp_path / "pack", {
        EV: replace_line(EV, "2019-02-01", "2019-02-30"),
        "observations.csv": replace_line("observations.csv", ",64,", ",sixty-four,"),
        "actors.csv": replace_line("actors.csv", "bloc", "union"),
    })
    with pytest.raises(PackInvalid) as info:
        load_pack(folder)
    files = {p.file for p in info.value.problems}
    assert files == {"actors.csv", "events.csv", "observations.csv"}


def test_cell_key_and_cross_checks_are_reported_in_one_round(tmp_path):
    """Fixing one round of problems must not reveal another: all stages run on what parsed."""
    events = replace_line(EV, "agreement,in_force", "treaty,in_force")          # bad cell
    events = events.replace("jp;us,trade", "jp;xx,trade")                      # dangling key
    events = events.replace("2023-12-14,2035", "2023-12-14,2020")              # ends before start
    fx = replace_line("fx_rates.csv", "1.082", "-1.082")
    folder = write_pack(tmp_path / "pack", {EV: events, "fx_rates.csv": fx})
    with pytest.raises(PackInvalid) as info:
        load_pack(folder)
    report = info.value.report()
    for expected in ("events.csv:2:kind: unknown kind value", "events.csv:4:parties: refers to an unknown",
                     "events.csv:5:end: ends before it starts", "fx_rates.csv:3:rate: rate must be positive"):
        assert expected in report


def test_too_large_numbers_are_reported_beside_other_bad_numbers(tmp_path):
    obs = replace_line("observations.csv", ",64,", ",1e999,").replace(",68.8,", ",lots,")
    with pytest.raises(PackInvalid) as info:
        load_pack(write_pack(tmp_path / "pack", {"observations.csv": obs}))
    report = info.value.report()
    assert "observations.csv:2:value: number too large (found: '1e999')" in report
    assert "observations.csv:3:value: not a number (found: 'lots')" in report


def test_descriptor_values_are_quoted_once(tmp_path):
    folder = write_pack(tmp_path / "pack")
    desc = descriptor_of(folder)
    desc["resources"][2]["path"] = "sub\\events.csv"
    (folder / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    with pytest.raises(PackInvalid) as info:
        load_pack(folder)
    assert "path uses backslashes; use forward slashes (found: 'sub\\\\events.csv')" in info.value.report()


def test_a_million_bad_cells_are_summarised_not_listed(tmp_path):
    rows = "".join(f"goods_exports,eu,jp,2024,n/a{i},EUR,9,,,src-b,\n" for i in range(5000))
    folder = write_pack(tmp_path / "pack", {
        "observations.csv": VALID_FILES["observations.csv"] + rows})
    with pytest.raises(PackInvalid) as info:
        load_pack(folder)
    problems = info.value.problems
    assert len(problems) == 21
    assert problems[-1].message == "... and 4,980 more rows with: not a number"


def test_oversize_file_is_refused_before_reading(tmp_path):
    folder = write_pack(tmp_path / "pack")
    with pytest.raises(PackInvalid) as info:
        load_pack(folder, LoadLimits(max_file_bytes=200))
    assert "events.csv: file is larger than the 200-byte limit" in info.value.report()


def test_symlink_leaving_the_pack_is_refused(tmp_path):
    outside = tmp_path / "secret.csv"
    outside.write_text(VALID_FILES[EV], encoding="utf-8")
    folder = write_pack(tmp_path / "pack", {EV: None})
    (folder / EV).symlink_to(outside)
    with pytest.raises(PackInvalid) as info:
        load_pack(folder)
    assert "events.csv: path resolves outside the pack (symlink?)" in info.value.report()


def _zip_pack(tmp_path: Path, top: str = "") -> Path:
    folder = write_pack(tmp_path / "pack")
    target = tmp_path / "pack.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(folder.iterdir()):
            zf.write(f, top + f.name)
    return target


def test_zip_bomb_is_refused_before_inflating(tmp_path):
    target = _zip_pack(tmp_path)
    with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.csv", b"0" * (64 << 20))  # 64 MiB of zeros deflate to ~64 KiB
    desc = descriptor_of(tmp_path / "pack")
    desc["resources"].append({"name": "bomb", "path": "bomb.csv"})
    desc["resources"] = [r if r["name"] != "events" else {**r, "path": "bomb.csv"}
                         for r in desc["resources"]]
    rebuilt = tmp_path / "bomb.zip"
    with zipfile.ZipFile(target) as src, zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = json.dumps(desc).encode() if info.filename == "datapackage.json" else src.read(info)
            dst.writestr(info, data)
    with pytest.raises(PackInvalid) as err:
        load_pack(rebuilt)
    assert "bomb.csv: compression ratio above 200:1 (zip bomb?)" in err.value.report()


def test_zip_whose_total_would_inflate_too_far_is_refused(tmp_path):
    target = _zip_pack(tmp_path)
    with pytest.raises(PackInvalid) as err:
        load_pack(target, LoadLimits(max_total_bytes=1000))
    assert "zip would inflate beyond the 1,000-byte limit (zip bomb?)" in err.value.report()


def test_not_a_pack_at_all(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("hello", encoding="utf-8")
    with pytest.raises(PackInvalid) as err:
        load_pack(f)
    assert "notes.txt: not a pack" in err.value.report()
    with pytest.raises(PackInvalid) as err:
        load_pack(tmp_path / "nowhere")
    assert "no such file or folder" in err.value.report()
    with pytest.raises(PackInvalid) as err:
        load_pack("https://example.org/pack.zip")
    assert "local files only" in err.value.report()


def test_corrupt_zip_is_refused(tmp_path):
    target = _zip_pack(tmp_path)
    data = bytearray(target.read_bytes())
    data[200:260] = b"\xff" * 60  # damage the compressed stream of an early member
    target.write_bytes(bytes(data))
    with pytest.raises(PackInvalid):
        load_pack(target)


@pytest.mark.parametrize("escape,shown", [("\\u0007", "U+0007"), ("\\ud800", "U+D800")])
def test_descriptor_text_with_a_control_character_or_lone_surrogate_is_refused(tmp_path, escape, shown):
    """Item 6 (issue 15): a title escaped in JSON would otherwise break the PPTX and SVG exports."""
    folder = write_pack(tmp_path / "pack")
    text = (folder / "datapackage.json").read_text(encoding="utf-8")
    text = text.replace('"Test pack"', f'"Test{escape} pack"', 1)
    (folder / "datapackage.json").write_text(text, encoding="utf-8")
    with pytest.raises(PackInvalid) as info:
        load_pack(folder)
    assert "datapackage.json:title: contains" in info.value.report() and shown in info.value.report()


def test_a_million_duplicate_ids_are_reported_in_seconds_with_their_rows(tmp_path):
    """Item 4 (issue 15): 10^6 copies of one id took 194 s; the first few are listed, the rest counted."""
    import time

    lines = VALID_FILES["indicators.csv"].splitlines()
    folder = write_pack(tmp_path / "pack", {"indicators.csv": lines[0] + "\n" + (lines[1] + "\n") * 300_000})
    started = time.perf_counter()
    with pytest.raises(PackInvalid) as info:
        load_pack(folder)
    assert time.perf_counter() - started < 10
    report = info.value.report()
    assert "indicators.csv:3:id: duplicate id; first used in row 2 (found: 'goods_exports')" in report
    assert "indicators.csv:id: ... and 299,979 more rows with: duplicate id" in report
    assert len(report.splitlines()) < 40


def test_a_descriptor_with_many_keys_is_checked_in_linear_time(tmp_path):
    """Item 4 (issue 15): 10^5 keys took 101 s (a quadratic duplicate check)."""
    import time

    folder = write_pack(tmp_path / "pack")
    desc = descriptor_of(folder)
    desc.update({f"k{i}": 1 for i in range(60_000)})
    text = json.dumps(desc)[:-1] + ', "k5": 2, "k7": 3}'
    (folder / "datapackage.json").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(PackInvalid) as info:
        load_pack(folder)
    assert time.perf_counter() - started < 5
    assert info.value.report().splitlines() == [
        "datapackage.json:k5: key appears twice in the same object (found: 'k5')",
        "datapackage.json:k7: key appears twice in the same object (found: 'k7')"]


def test_a_csv_with_a_hundred_thousand_columns_is_refused_at_once(tmp_path):
    """Item 4 (issue 15): an 870 KB CSV of 10^5 extra columns took 178 s."""
    import time

    lines = VALID_FILES["actors.csv"].splitlines()
    lines[0] += "".join(f",x{i}" for i in range(100_000))
    lines[1:] = [line + "," * 100_000 for line in lines[1:]]
    folder = write_pack(tmp_path / "pack", {"actors.csv": "\n".join(lines) + "\n"})
    started = time.perf_counter()
    with pytest.raises(PackInvalid) as info:
        load_pack(folder)
    assert time.perf_counter() - started < 5
    assert ("actors.csv:1:column 501: the header has more than 500 columns; a pack table has about a "
            "dozen (found: '100,006 columns')") in info.value.report()


@pytest.mark.parametrize("member", ["../evil.csv", "pack/../../evil.csv", "/etc/evil.csv", "C:/evil.csv",
                                    "..\\evil.csv", "C:\\Users\\evil.csv"])
def test_zip_with_a_member_leaving_the_folder_is_refused_even_unreferenced(tmp_path, member):
    """Item 10 (issue 15): another tool unpacking this zip would write outside the folder."""
    target = _zip_pack(tmp_path)
    with zipfile.ZipFile(target, "a") as zf:
        zf.writestr(zipfile.ZipInfo(member), b"x")
    with pytest.raises(PackInvalid) as err:
        load_pack(target)
    report = err.value.report()
    assert report.startswith("pack.zip: zip has a member whose name leaves the pack folder")
    assert repr(member) in report


def test_zip_with_ordinary_extra_members_still_loads(tmp_path):
    target = _zip_pack(tmp_path)
    with zipfile.ZipFile(target, "a") as zf:
        zf.writestr("notes/readme..txt", b"x")
        zf.writestr("__MACOSX/._events.csv", b"x")
    assert load_pack(target).meta.name == "test-pack"
