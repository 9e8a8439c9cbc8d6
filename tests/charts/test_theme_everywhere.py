"""One module for every interface colour: the painters, the slides, the briefing note, PowerPoint and
Word take theirs from ``explorer.charts.theme`` (exports: ``LIGHT``), so a grey is the same grey
everywhere and a dark or high-contrast theme reaches every view."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from explorer.charts import theme
from explorer.charts.theme import LIGHT, THEMES, contrast_ratio

ROOT = Path(__file__).resolve().parents[2]

# Every module but the two homes of colours: the theme (interface) and the palette (data).
COLOUR_USERS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "explorer").rglob("*.py")
                      if p.name not in ("theme.py", "palette.py") or p.parent.name != "charts")
# A hex colour written in a message, as an example the user may type: not a colour drawn.
ALLOWED = {("explorer/qt/views/import_wizard/values_page.py", "#2E7D32"),
           ("explorer/data/pack_loader.py", "#0072B2")}

HEX = re.compile(r"#[0-9A-Fa-f]{6}\b|\"[0-9A-Fa-f]{6}\"")
OFFICE_RGB = re.compile(r"RGBColor\(\s*0x", re.IGNORECASE)


@pytest.mark.parametrize("path", COLOUR_USERS)
def test_no_module_keeps_its_own_copy_of_a_colour(path):
    source = (ROOT / path).read_text(encoding="utf-8")
    found = [m.group(0) for m in HEX.finditer(source) if (path, m.group(0)) not in ALLOWED]
    found += [m.group(0) for m in OFFICE_RGB.finditer(source)]
    assert not found, f"{path}: colours not from explorer.charts.theme: {found}"


@pytest.mark.parametrize("t", list(THEMES.values()), ids=list(THEMES))
def test_the_marking_and_the_note_s_headings_are_legible_in_every_theme(t):
    assert contrast_ratio(t.marking_text, t.surface) >= 4.5
    assert contrast_ratio(t.heading_text, t.surface) >= 4.5
    assert contrast_ratio(t.table_head_text, t.table_head_ground) >= 4.5


def test_a_theme_colour_reaches_office_unchanged():
    assert theme.rgb("#B00020") == (176, 0, 32) and theme.rgb("0b5cad") == (11, 92, 173)


def _runs(prs):
    for slide in prs.slides:
        for sh in slide.shapes:
            if sh.has_text_frame:
                for p in sh.text_frame.paragraphs:
                    yield from p.runs


def test_a_powerpoint_deck_uses_the_light_theme_s_text_muted_and_marking_colours(tmp_path):
    from explorer.export.pptx_writer import write_pptx
    from explorer.export.slides import Slide

    s = Slide(title="Trade with Japan", subtitle="Goods, 2019–2024", kind="text",
              paragraphs=("Exports rose.",), source_line="Sources: [1] Statistics",
              date="2025-01-01", marking="OFFICIAL")
    prs = Presentation(str(write_pptx([s], tmp_path / "deck.pptx")))
    colours = {r.text: "#" + str(r.font.color.rgb) for r in _runs(prs) if r.font.color.type}
    assert colours["Trade with Japan"] == LIGHT.text
    assert colours["Exports rose."] == LIGHT.text
    assert colours["Goods, 2019–2024"] == LIGHT.muted_text
    assert colours["Sources: [1] Statistics"] == LIGHT.muted_text
    assert colours["OFFICIAL"] == LIGHT.marking_text


def test_a_word_note_uses_the_same_marking_muted_and_warning_colours_as_the_deck(tmp_path):
    from explorer.data.pack_loader import load_pack
    from explorer.export.briefing_note import build_note
    from explorer.export.docx_writer import write_note_docx
    from explorer.export.view_state import ViewState
    from tests.packs import write_pack

    pack = load_pack(write_pack(tmp_path / "p"))
    view = ViewState.from_dict({**ViewState(view="timeline").to_dict(), "pack": pack.meta.location})
    note = build_note("Japan: trade", [(view, "Agreements", "")], marking="OFFICIAL",
                      load_pack=lambda _v: pack, receipt={"briefing_note": 1})
    doc = Document(str(write_note_docx(note, tmp_path / "note.docx")))
    colour = {name: "#" + str(doc.styles[name].font.color.rgb)
              for name in ("Marking", "Footer Note", "Warning", "Caption", "Heading 1", "Heading 2")}
    assert colour == {"Marking": LIGHT.marking_text, "Footer Note": LIGHT.muted_text,
                      "Warning": LIGHT.warning_text, "Caption": LIGHT.muted_text,
                      "Heading 1": LIGHT.heading_text, "Heading 2": LIGHT.heading_text}
