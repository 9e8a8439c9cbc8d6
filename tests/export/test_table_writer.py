"""CSV and XLSX exports hold exactly the chart's figures, their context, and no formulas."""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from explorer.charts.comparison import build_comparison
from explorer.data.pack_loader import load_pack
from explorer.export import table_writer as tw
from explorer.export.view_state import ExportOptions, Receipt, ViewError, ViewState
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup
from tests.packs import replace_line, write_pack

SETUP = ComparisonSetup(indicator_id="goods_exports", basis="converted", currency="USD", chart="line")
HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
SAFE = ["-12.5", "12", "plain", "", "+3", "1,234.5", "-2%", "a=b", " =1"]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


@pytest.fixture(scope="module")
def spec(pack):
    return build_comparison(pack, SETUP)


@pytest.fixture(scope="module")
def hostile_pack(tmp_path_factory):
    """A source's publisher and title, an observation note and an indicator name a spreadsheet
    would evaluate (a citation starts with the publisher)."""
    folder = tmp_path_factory.mktemp("hostile") / "pack"
    write_pack(folder, {
        "sources.csv": replace_line("sources.csv", "src-b,Article B,The Economy",
                                    'src-b,"=HYPERLINK(""http://x"",""y"")",'
                                    '"=HYPERLINK(""http://x"",""y"")"'),
        "observations.csv": replace_line(
            "observations.csv", "goods_exports,us,jp,2024,79.7,USD,9,,nominal,src-b,price effects",
            "goods_exports,us,jp,2024,79.7,USD,9,,nominal,src-b,=1+1 日本向けの注"),
        "indicators.csv": replace_line("indicators.csv", "goods_exports,Goods exports",
                                       "goods_exports,@SUM(A1) 財の輸出"),
    })
    return load_pack(folder)


def _receipt(pack, marking: str = "") -> Receipt:
    return Receipt(ViewState(comparison=SETUP), ExportOptions.make("xlsx", marking=marking),
                   pack.meta.name, pack.meta.version, pack.meta.digest,
                   created="2026-01-02T03:04:05+00:00")


def _metadata(pack, marking="RESTRICTED", filter_text="Filter: partners European Union, Japan."):
    return tw.make_metadata(pack, filter_text=filter_text, marking=marking,
                            receipt_json=_receipt(pack, marking).to_json(), exported="2026-01-02")


def _figures(spec):
    return [(p, s, f) for p in spec.panels for s in p.series for f in sorted(s.figures, key=lambda f: f.x)]


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
    text = raw.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _all_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


# -- neutralise -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", HOSTILE)
def test_neutralise_prefixes_what_a_spreadsheet_would_evaluate(text):
    assert tw.neutralise(text) == "'" + text


@pytest.mark.parametrize("text", SAFE)
def test_neutralise_leaves_numbers_and_plain_text(text):
    assert tw.neutralise(text) == text


# -- CSV ------------------------------------------------------------------------------------------

def test_csv_has_one_row_per_figure_as_plotted(spec, pack, tmp_path):
    out = tw.write_csv(spec, tmp_path / "goods.csv", metadata=_metadata(pack))
    assert out == tmp_path / "goods.csv"
    raw = out.read_bytes()
    assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")  # RFC 4180 line ends
    rows = _read_csv(out)
    figures = _figures(spec)
    assert len(rows) == len(figures) > 0
    sources = dict(spec.sources)
    for row, (panel, series, f) in zip(rows, figures):
        assert list(row) == list(tw.COLUMNS)
        assert float(row["value"]) == f.value
        assert row["unit"] == panel.unit
        assert (row["reporter"], row["partner"]) == tuple(series.key.split(">"))
        assert row["series"] == series.label
        assert (row["period"], row["display"], row["published"]) == (f.period, f.display, f.published)
        assert row["source_marker"] == f.source_marker
        assert row["source"] == sources[f.source_marker]
        assert row["note"] == f.note
        assert row["editor_note"] == f.editor_note
        assert row["flags"] == ";".join(fl.value for fl in f.flags)


def _by_series_period(rows) -> dict[tuple[str, str], dict]:
    return {(r["reporter"], r["period"]): r for r in rows}


def test_editor_notes_have_their_own_column_beside_the_reader_note(spec, pack, tmp_path):
    """The pack author's working notes travel with the data for the analyst, never in ``note``."""
    assert tw.COLUMNS[tw.COLUMNS.index("note") + 1] == "editor_note"
    tw.write_csv(spec, tmp_path / "goods.csv", metadata=_metadata(pack))
    csv_rows = _by_series_period(_read_csv(tmp_path / "goods.csv"))
    tw.write_xlsx(spec, tmp_path / "goods.xlsx", metadata=_metadata(pack))
    ws = openpyxl.load_workbook(tmp_path / "goods.xlsx")["Data"]
    values = list(ws.iter_rows(values_only=True))
    xlsx_rows = _by_series_period([dict(zip(values[0], (v or "" for v in row))) for row in values[1:]])
    for rows in (csv_rows, xlsx_rows):
        us = rows[("us", "2024")]
        assert "original not seen" in us["editor_note"]
        assert "price effects in aerospace and LNG" in us["note"]  # the reader's note
        assert "not seen" not in us["note"]
        eu = rows[("eu", "2023")]
        assert "Reference list names European Commission (2024)" in eu["editor_note"]
        eu = rows[("eu", "2024")]
        assert eu["editor_note"] == "EU goods exports to Japan; 'extends a five-year upward trend'."
        assert "upward trend" not in eu["note"] and "converted at" in eu["note"]
    assert "editor_note:" in (tmp_path / "goods-README.txt").read_text(encoding="utf-8")


def test_readme_carries_sources_rates_filter_marking_and_receipt(spec, pack, tmp_path):
    meta = _metadata(pack)
    tw.write_csv(spec, tmp_path / "goods.csv", metadata=meta)
    readme = tmp_path / "goods-README.txt"
    text = readme.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == lines[-1] == "RESTRICTED"  # marking top and bottom
    assert spec.title in text and spec.subtitle in text
    rates = [n for n in spec.footnotes if n.startswith("Converted at")]
    assert rates and all(n in text for n in rates)
    assert all(f"{m} {line}" in text for m, line in spec.sources)
    assert meta["filter"] in text and pack.meta.digest in text
    for path in (readme, tmp_path / "goods.csv"):  # found from either file
        got = Receipt.from_json(tw.read_receipt_from_readme(path))
        assert got == Receipt.from_json(meta["receipt"])
        assert got.view.comparison == SETUP


def test_readme_lists_warnings(hostile_pack, tmp_path):
    spec = build_comparison(hostile_pack, SETUP)
    assert spec.warnings  # the small pack lacks a 2023 EUR rate
    tw.write_csv(spec, tmp_path / "x.csv", metadata=_metadata(hostile_pack))
    text = tw.readme_path_for(tmp_path / "x.csv").read_text(encoding="utf-8")
    assert all(w in text for w in spec.warnings)


def test_no_metadata_value_can_fake_the_receipt_line(spec, pack, tmp_path):
    fake = f"Filter: text\n{tw.RECEIPT_KEY}: {{\"fake\": 1}}\u2028{tw.RECEIPT_KEY}: {{}}"
    meta = _metadata(pack, filter_text=fake)
    tw.write_csv(spec, tmp_path / "x.csv", metadata=meta)
    assert tw.read_receipt_from_readme(tmp_path / "x.csv") == meta["receipt"]


def test_readme_without_receipt_is_an_error(spec, pack, tmp_path):
    meta = {**_metadata(pack), "receipt": ""}
    tw.write_csv(spec, tmp_path / "x.csv", metadata=meta)
    with pytest.raises(ViewError, match="no Briefing Explorer receipt"):
        tw.read_receipt_from_readme(tmp_path / "x.csv")
    with pytest.raises(ViewError, match="cannot read"):
        tw.read_receipt_from_readme(tmp_path / "missing.csv")


# -- XLSX -----------------------------------------------------------------------------------------

def test_xlsx_data_sheet_holds_the_figures_as_numbers(spec, pack, tmp_path):
    out = tw.write_xlsx(spec, tmp_path / "goods.xlsx", metadata=_metadata(pack))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Data", "Table", "About"]
    ws = wb["Data"]
    header = [c.value for c in ws[1]]
    assert header == list(tw.COLUMNS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    assert ws.column_dimensions["A"].width >= len("European Union → Japan")
    figures = _figures(spec)
    rows = list(ws.iter_rows(min_row=2, values_only=False))
    assert len(rows) == len(figures)
    col = {name: i for i, name in enumerate(tw.COLUMNS)}
    for row, (panel, _series, f) in zip(rows, figures):
        value = row[col["value"]]
        assert value.data_type == "n" and value.value == f.value
        assert value.number_format == tw.NUMBER_FORMAT
        assert row[col["unit"]].value == panel.unit
        assert row[col["display"]].value == f.display
        assert row[col["source"]].value == dict(spec.sources)[f.source_marker]


def test_xlsx_table_sheet_is_the_screen_table(spec, pack, tmp_path):
    out = tw.write_xlsx(spec, tmp_path / "goods.xlsx", metadata=_metadata(pack))
    ws = openpyxl.load_workbook(out)["Table"]
    header, rows = spec.table()
    got = [[c if c is not None else "" for c in r] for r in ws.iter_rows(values_only=True)]
    assert got == [header, *rows]


def test_xlsx_about_properties_and_header_carry_the_context(spec, pack, tmp_path):
    meta = _metadata(pack, marking="OFFICIAL-SENSITIVE")
    out = tw.write_xlsx(spec, tmp_path / "goods.xlsx", metadata=meta)
    wb = openpyxl.load_workbook(out)
    about = {}
    for label, value in wb["About"].iter_rows(values_only=True):
        about.setdefault(label, []).append(value)
    first = next(wb["About"].iter_rows(values_only=True))
    assert first == ("Marking", "OFFICIAL-SENSITIVE")
    assert about["Filter"] == [meta["filter"]]
    assert about["Pack SHA-256"] == [pack.meta.digest]
    assert about["Note"] == list(spec.footnotes)
    assert any(n.startswith("Converted at") for n in about["Note"])
    for marker, line in spec.sources:
        assert about[f"Source {marker}"] == [line]
    assert about["Receipt"] == [meta["receipt"]]
    props = wb.properties
    assert props.title == spec.title
    assert props.subject == "OFFICIAL-SENSITIVE"
    assert "goods_exports" in props.keywords
    assert props.description == meta["receipt"]
    for ws in wb.worksheets:
        assert "OFFICIAL-SENSITIVE" in ws.oddHeader.center.text
        assert "OFFICIAL-SENSITIVE" in ws.oddFooter.center.text
    got = Receipt.from_json(tw.read_receipt_from_xlsx(out))
    assert got == Receipt.from_json(meta["receipt"])


def test_xlsx_warnings_round_trip(hostile_pack, tmp_path):
    spec = build_comparison(hostile_pack, SETUP)
    out = tw.write_xlsx(spec, tmp_path / "x.xlsx", metadata=_metadata(hostile_pack))
    rows = list(openpyxl.load_workbook(out)["About"].iter_rows(values_only=True))
    assert [v for k, v in rows if k == "Warning"] == list(spec.warnings)


def test_marking_with_header_codes_is_printed_literally(spec, pack, tmp_path):
    marking = "R&D &G &[Picture] &P " + "X" * 150  # Excel codes, and long once escaped
    out = tw.write_xlsx(spec, tmp_path / "m.xlsx", metadata=_metadata(pack, marking=marking))
    ws = openpyxl.load_workbook(out)["Data"]
    header = ws.oddHeader.center.text
    assert header.startswith("R&&D &&")
    assert len(header) <= 253  # within Excel's 255 with "&C"


# -- hostile text ---------------------------------------------------------------------------------

def _assert_no_live_text(value: str) -> None:
    assert not value.startswith(TRIGGERS) or tw._PLAIN_NUMBER.fullmatch(value), value


def test_hostile_pack_text_is_neutralised_in_csv_and_readme(hostile_pack, tmp_path):
    spec = build_comparison(hostile_pack, SETUP)
    meta = _metadata(hostile_pack, marking="-RESTRICTED", filter_text="=cmd|' /C calc'!A0")
    tw.write_csv(spec, tmp_path / "h.csv", metadata=meta)
    rows = _read_csv(tmp_path / "h.csv")
    for row in rows:
        for value in row.values():
            _assert_no_live_text(value)
    us = next(r for r in rows if r["reporter"] == "us")
    assert us["source"] == "'" + dict(spec.sources)["[2]"]
    assert us["source"].startswith("'=HYPERLINK(")
    assert us["note"] == "'=1+1 日本向けの注"
    lines = (tmp_path / "h-README.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "'-RESTRICTED" and lines[1] == "'@SUM(A1) 財の輸出"
    for line in lines:
        _assert_no_live_text(line)


def test_hostile_pack_text_is_never_a_formula_in_xlsx(hostile_pack, tmp_path):
    spec = build_comparison(hostile_pack, SETUP)
    meta = _metadata(hostile_pack, marking="-RESTRICTED", filter_text="=cmd|' /C calc'!A0")
    out = tw.write_xlsx(spec, tmp_path / "h.xlsx", metadata=meta)
    wb = openpyxl.load_workbook(out)
    cells = list(_all_cells(wb))
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    for c in cells:
        if isinstance(c.value, str):
            _assert_no_live_text(c.value)
    texts = {c.value for c in cells}
    assert "'=1+1 日本向けの注" in texts
    assert "'" + dict(spec.sources)["[2]"] in texts
    assert "'@SUM(A1) 財の輸出" in texts  # the title, in About
    assert "'=cmd|' /C calc'!A0" in texts
    values = wb["Data"]["E"][1:]  # numbers stay numbers
    assert values and all(c.data_type == "n" and isinstance(c.value, (int, float)) for c in values)


def test_japanese_text_round_trips(hostile_pack, tmp_path):
    spec = build_comparison(hostile_pack, SETUP)
    meta = _metadata(hostile_pack, marking="取扱注意")
    tw.write_csv(spec, tmp_path / "ja.csv", metadata=meta)
    tw.write_xlsx(spec, tmp_path / "ja.xlsx", metadata=meta)
    assert any("日本向けの注" in r["note"] for r in _read_csv(tmp_path / "ja.csv"))
    readme = (tmp_path / "ja-README.txt").read_text(encoding="utf-8")
    assert readme.startswith("取扱注意\n'@SUM(A1) 財の輸出\n")
    wb = openpyxl.load_workbook(tmp_path / "ja.xlsx")
    assert next(wb["About"].iter_rows(values_only=True)) == ("Marking", "取扱注意")
    assert wb.properties.subject == "取扱注意"
    assert "財の輸出" in wb.properties.title


# -- files ----------------------------------------------------------------------------------------

def test_exports_leave_only_their_own_files(spec, pack, tmp_path):
    tw.write_csv(spec, tmp_path / "a.csv", metadata=_metadata(pack))
    tw.write_xlsx(spec, tmp_path / "a.xlsx", metadata=_metadata(pack))
    tw.write_csv(spec, tmp_path / "a.csv", metadata=_metadata(pack))  # overwrite in place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-README.txt", "a.csv", "a.xlsx"]


def test_a_failed_write_keeps_the_previous_export(spec, pack, tmp_path, monkeypatch):
    tw.write_xlsx(spec, tmp_path / "a.xlsx", metadata=_metadata(pack))
    before = (tmp_path / "a.xlsx").read_bytes()

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        tw.write_xlsx(spec, tmp_path / "a.xlsx", metadata=_metadata(pack, marking="NEW"))
    assert (tmp_path / "a.xlsx").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.xlsx"]


def test_empty_spec_writes_headers_only(pack, tmp_path):
    spec = build_comparison(pack, ComparisonSetup())
    assert spec.is_empty
    tw.write_csv(spec, tmp_path / "e.csv", metadata={})
    tw.write_xlsx(spec, tmp_path / "e.xlsx", metadata={})
    assert _read_csv(tmp_path / "e.csv") == []
    assert [c.value for c in openpyxl.load_workbook(tmp_path / "e.xlsx")["Data"][1]] == list(tw.COLUMNS)


# -- reading receipts from untrusted workbooks ----------------------------------------------------

def _zip_with_core(path: Path, core: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("docProps/core.xml", core)
    return path


CORE = (b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">%s</cp:coreProperties>')


def test_receipt_reader_refuses_entities_and_doctype(tmp_path):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
            b'<x xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>&lol2;</dc:description></x>')
    with pytest.raises(ViewError, match="DOCTYPE"):
        tw.read_receipt_from_xlsx(_zip_with_core(tmp_path / "bomb.xlsx", bomb))


def test_receipt_reader_caps_the_xml_size(tmp_path):
    big = CORE % (b"<dc:description>" + b"a" * (tw.MAX_READ + 10) + b"</dc:description>")
    with pytest.raises(ViewError, match="larger than 1 MiB"):
        tw.read_receipt_from_xlsx(_zip_with_core(tmp_path / "big.xlsx", big))


def test_receipt_reader_reports_unusable_files(tmp_path):
    (tmp_path / "not.xlsx").write_bytes(b"plain text, not a zip")
    with pytest.raises(ViewError, match="not a readable XLSX"):
        tw.read_receipt_from_xlsx(tmp_path / "not.xlsx")
    with zipfile.ZipFile(tmp_path / "empty.xlsx", "w") as zf:
        zf.writestr("other.xml", b"<x/>")
    with pytest.raises(ViewError, match="no document properties"):
        tw.read_receipt_from_xlsx(tmp_path / "empty.xlsx")
    with pytest.raises(ViewError, match="no Briefing Explorer receipt"):
        tw.read_receipt_from_xlsx(_zip_with_core(tmp_path / "none.xlsx", CORE % b""))
    with pytest.raises(ViewError, match="not valid XML"):
        tw.read_receipt_from_xlsx(_zip_with_core(tmp_path / "bad.xlsx", b"<x><y></x>"))
    receipt = json.dumps({"receipt": 1})
    good = CORE % f"<dc:description>{receipt}</dc:description>".encode()
    assert tw.read_receipt_from_xlsx(_zip_with_core(tmp_path / "ok.xlsx", good)) == receipt


def test_metadata_repeating_the_spec_is_not_written_twice(spec, pack, tmp_path):
    meta = {**_metadata(pack), "basis": "converted", "warnings": "\n".join(spec.warnings),
            "footnotes": "\n".join(spec.footnotes),
            "sources": "\n".join(f"{m} {t}" for m, t in spec.sources),
            "pack": f"{pack.meta.title} ({pack.meta.name} v{pack.meta.version})", "analyst": "K. Sato"}
    out = tw.write_xlsx(spec, tmp_path / "m.xlsx", metadata=meta)
    rows = list(openpyxl.load_workbook(out)["About"].iter_rows(values_only=True))
    labels = [k for k, _ in rows]
    assert not {"basis", "warnings", "footnotes", "sources"} & set(labels)
    assert labels.count("Basis") == 1 and labels.count("Note") == len(spec.footnotes)
    assert ("Pack", meta["pack"]) in rows and ("analyst", "K. Sato") in rows
    assert labels[-1] == "Receipt"


def _bloated_deck(path: Path, receipt: str, elements: int) -> Path:
    """A real deck whose slide part is small on disk and enormous parsed (a receipt-reading bomb)."""
    from pptx import Presentation

    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[6])
    prs.core_properties.comments = receipt
    plain = path.with_suffix(".plain.pptx")
    prs.save(str(plain))
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "ppt/slides/slide1.xml":
                data = data.replace(b"</p:sld>", b"<p:x/>" * elements + b"</p:sld>")
            dst.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    plain.unlink()
    return path


def test_receipt_of_a_crafted_deck_is_read_within_a_memory_budget(tmp_path):
    """Item 3 (issue 15): --from-receipt on a crafted 3 MB .pptx reached 6.3 GB; only the document
    properties are read now, under a 600 MB address-space limit, in seconds."""
    import subprocess
    import sys

    deck = _bloated_deck(tmp_path / "crafted.pptx", '{"kind": "view"}', 40_000_000)
    assert deck.stat().st_size < 4 << 20
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (900 << 20, 900 << 20))\n"
        "resource.setrlimit(resource.RLIMIT_CPU, (20, 20))\n"
        "from explorer.export.pptx_writer import read_receipt\n"
        "print(read_receipt(sys.argv[1]))\n")
    done = subprocess.run([sys.executable, "-c", script, str(deck)], capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == '{"kind": "view"}'


def test_receipt_is_not_read_from_a_file_over_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(tw, "MAX_RECEIPT_FILE_BYTES", 1000)
    big = _bloated_deck(tmp_path / "big.pptx", "{}", 10)
    with pytest.raises(ViewError, match=r"big\.pptx: .* files over 0 MB are not read for a receipt"):
        tw.read_receipt_from_package(big)
