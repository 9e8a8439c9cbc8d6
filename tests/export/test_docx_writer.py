"""The briefing note as a Word file, re-opened with python-docx: real headings, the events table,
talking points, pictures, the marking in header and footer, every source in full, and metadata."""

from __future__ import annotations

import json
import struct
import zipfile
import zlib

import pytest
from docx import Document
from docx.shared import Inches

from explorer.data.pack_loader import load_pack
from explorer.domain.citation import citation
from explorer.export.briefing_note import MAX_EVENT_ROWS, build_note
from explorer.export.docx_writer import read_receipt, write_note_docx
from explorer.export.view_state import ViewError, ViewState
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from tests.packs import write_pack

MARKING = "OFFICIAL-SENSITIVE"
TRADE = ViewState(view="chart", comparison=ComparisonSetup(
    indicator_id="goods_exports", basis="converted", currency="USD", chart="bar"))


def png(width: int, height: int) -> bytes:
    """A plain white PNG, written by hand (this test needs no Qt)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\xff" * (3 * width) for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    return load_pack(write_pack(tmp_path_factory.mktemp("pack") / "p"))


def note_for(pack, items, **kw):
    items = [(v if v.pack else ViewState.from_dict({**v.to_dict(), "pack": pack.meta.location}), t, p)
             for v, t, p in items]
    return build_note("Japan: trade", items, marking=kw.pop("marking", MARKING),
                      load_pack=lambda _v: pack, receipt={"briefing_note": 1}, **kw)


def with_pictures(note):
    from dataclasses import replace

    figs = tuple(replace(f, png=png(round(f.width_in * 300), 750)) for f in note.figures)
    return replace(note, figures=figs)


def test_the_note_has_headings_points_events_picture_marking_and_every_source(pack, tmp_path):
    items = [(TRADE, "Goods exports in USD", "EU exports rose.\n- Compare in one currency."),
             (ViewState(view="timeline"), "Agreements", ""),
             (ViewState(view="event", event_id="epa"), "The EPA", "In force since 2019.")]
    note = with_pictures(note_for(pack, items))
    out = write_note_docx(note, tmp_path / "note.docx")
    doc = Document(str(out))

    styles = [(p.style.name, p.text) for p in doc.paragraphs]
    assert ("Title", "Japan: trade") in styles
    headings = [t for s, t in styles if s == "Heading 1"]
    assert headings[:2] == ["Talking points", "Events"]
    assert "Figure 1. Goods exports in USD" in headings and headings[-1] == "Sources"
    bullets = [t for s, t in styles if s == "List Bullet"]
    assert bullets == ["EU exports rose.", "Compare in one currency.", "In force since 2019."]

    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Date", "Event", "Status", "Parties", "Sources"]
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in table.rows[1:]}
    assert len(rows) == 5  # every event of the test pack, once (the EPA is also its own item)
    assert rows["EU–Japan EPA"][:4] == ["1 Feb 2019", "EU–Japan EPA", "In force",
                                        "Japan, European Union"]

    assert len(doc.inline_shapes) == 1
    shape = doc.inline_shapes[0]
    assert abs(shape.width - Inches(note.figures[0].width_in)) < Inches(0.01)
    assert round(note.figures[0].width_in * 300) / (shape.width / Inches(1)) == pytest.approx(300, abs=1)

    section = doc.sections[0]
    assert section.header.paragraphs[0].text == MARKING
    assert section.header.paragraphs[0].style.name == "Marking"
    assert MARKING in [p.text for p in section.footer.paragraphs]

    text = "\n".join(p.text for p in doc.paragraphs)
    for src in pack.sources.to_dict("records"):
        assert citation(src) in text  # both sources of the test pack, in full
    numbered = [p.text for p in doc.paragraphs if p.style.name == "Source"]
    assert numbered[0].startswith("[1] ") and numbered[1].startswith("[2] ")


def test_markers_on_the_chart_and_in_the_table_are_the_note_s_own_numbers(pack):
    items = [(ViewState(view="event", event_id="us-deal"), "US deal", ""), (TRADE, "Trade", "")]
    note = note_for(pack, items)
    numbers = {line: m for m, line in note.sources}
    spec = note.figures[0].spec
    for marker, line in spec.sources:
        assert numbers[line] == marker  # the chart's [n] is the list's [n]
    markers_on_figures = {f.source_marker for p in spec.panels for s in p.series for f in s.figures}
    assert markers_on_figures <= {m for m, _l in spec.sources}
    assert len(note.sources) == len(set(numbers))  # each document numbered once


def test_core_properties_carry_title_marking_sources_and_the_receipt(pack, tmp_path):
    note = with_pictures(note_for(pack, [(TRADE, "Trade", "")]))
    out = write_note_docx(note, tmp_path / "note.docx")
    cp = Document(str(out)).core_properties
    assert cp.title == "Japan: trade"
    assert cp.subject == MARKING
    assert cp.keywords.startswith(MARKING) and "The Economy" in cp.keywords
    assert cp.author == "Briefing Explorer" and cp.last_modified_by == "Briefing Explorer"
    receipt = json.loads(read_receipt(out))
    assert receipt["briefing_note"] == 1
    assert receipt["sources"] == [f"{m} {line}" for m, line in note.sources]


def test_the_package_names_this_app_and_carries_no_template_thumbnail(pack, tmp_path):
    out = write_note_docx(note_for(pack, [(TRADE, "Trade", "")]), tmp_path / "n.docx")
    with zipfile.ZipFile(out) as z:
        app = z.read("docProps/app.xml").decode()
        assert "<Application>Briefing Explorer</Application>" in app and "Microsoft" not in app
        assert not [n for n in z.namelist() if "thumbnail" in n]
        assert b"thumbnail" not in z.read("_rels/.rels")
    Document(str(out))  # still a valid package


def test_a_long_timeline_is_cut_to_the_table_size_and_says_so(pack, tmp_path):
    events = pack.events
    assert len(events) < MAX_EVENT_ROWS + 1  # the small pack fits: nothing is said
    note = note_for(pack, [(ViewState(view="timeline"), "All", "")])
    assert note.events_total == len(events) and note.events_line == ""
    from dataclasses import replace

    cut = replace(note, events=note.events[:2])
    out = write_note_docx(cut, tmp_path / "cut.docx")
    captions = [p.text for p in Document(str(out)).paragraphs if p.style.name == "Caption"]
    assert f"2 of {len(events)} events shown" in " ".join(captions)


def test_a_filtered_timeline_lists_only_what_it_shows(pack):
    view = ViewState(view="timeline", filter=Filter(partners=frozenset({"it"})))
    note = note_for(pack, [(view, "Italy", "")])
    assert [e.title for e in note.events] == ["GCAP"]


def test_an_unknown_event_names_the_item_and_field(pack):
    with pytest.raises(ViewError, match=r"items\[0\] \(Gone\): view.event_id: .*'nope'"):
        note_for(pack, [(ViewState(view="event", event_id="nope"), "Gone", "")])


def test_no_talking_points_says_so_instead_of_an_empty_heading(pack, tmp_path):
    note = note_for(pack, [(ViewState(view="event", event_id="epa"), "EPA", "")], marking="")
    doc = Document(str(write_note_docx(note, tmp_path / "n.docx")))
    texts = [p.text for p in doc.paragraphs]
    assert "No talking points were written for this briefing." in texts
    assert doc.sections[0].header.paragraphs[0].text == ""  # no marking, none invented


def test_a_japanese_note_labels_data_and_headings_in_japanese(pack, tmp_path):
    import datetime as dt

    items = [(TRADE, "", "EU exports rose."),
             (ViewState(view="timeline"), "", ""),
             (ViewState(view="event", event_id="epa"), "", "2019年から発効。")]
    note = with_pictures(note_for(pack, items, label_language="ja", day=dt.date(2019, 5, 1)))
    out = write_note_docx(note, tmp_path / "note-ja.docx")
    doc = Document(str(out))

    styles = [(p.style.name, p.text) for p in doc.paragraphs]
    assert ("Subtitle", "ブリーフィング資料・2019年5月1日") in styles
    headings = [t for s, t in styles if s == "Heading 1"]
    assert headings[:2] == ["発言要領", "出来事"] and headings[-1] == "出典"
    assert any(h.startswith("図1　") for h in headings)
    assert [t for s, t in styles if s == "Heading 2"] == ["グラフ", "出来事"]  # default item titles
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["日付", "出来事", "状況", "当事者", "出典"]
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in table.rows[1:]}
    assert rows["日EU経済連携協定"][:4] == ["2019年2月1日", "日EU経済連携協定", "発効済み", "日本、欧州連合"]
    assert rows["GCAP"][0] == "2023年12月14日～2035年"  # no Japanese title: the English one
    assert "出典データパック" in doc.paragraphs[-1].text
    footer = "".join(p.text for p in doc.sections[0].footer.paragraphs)
    assert "ページ" in footer and "page" not in footer
    # Japanese text is set in a Japanese face, not left to Arial
    fonts = doc.styles["Normal"].element.rPr.rFonts
    from docx.oxml.ns import qn
    assert fonts.get(qn("w:eastAsia"))


def test_both_reads_english_and_japanese_headings_and_titles(pack, tmp_path):
    items = [(ViewState(view="event", event_id="epa"), "The EPA", "In force since 2019.")]
    note = note_for(pack, items, label_language="both")
    doc = Document(str(write_note_docx(note, tmp_path / "note-both.docx")))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Talking points / 発言要領"
    row = [c.text for c in doc.tables[0].rows[1].cells]
    assert row[:4] == ["1 Feb 2019", "EU–Japan EPA / 日EU経済連携協定", "In force / 発効済み",
                       "Japan / 日本, European Union / 欧州連合"]


def test_english_is_the_default_and_an_unknown_language_reads_english(pack):
    items = [(ViewState(view="event", event_id="epa"), "The EPA", "")]
    assert note_for(pack, items).label_language == "en"
    note = note_for(pack, items, label_language="fr")
    assert note.label_language == "en" and note.events[0].title == "EU–Japan EPA"
