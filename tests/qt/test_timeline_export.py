"""A timeline made for a slide, checked in what was written: the span asked for (not a century
because of one old treaty), only lanes with events, legible type, the rest listed, sources numbered,
and never a "zoom in" on a picture nobody can zoom."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import numpy as np
import pytest
from pptx import Presentation
from PySide6.QtGui import QImage

from explorer.data.pack_loader import load_pack
from explorer.domain.citation import citation
from explorer.domain.dates import day_number
from explorer.export.view_state import ExportOptions, ViewState
from explorer.paths import default_pack_path
from explorer.qt import exporting
from explorer.state.filters import Filter

SVG = "{http://www.w3.org/2000/svg}"
WHOLE = ViewState(view="timeline")
SINCE_2018 = ViewState(view="timeline", title="Trade agreements since 2018",
                       filter=Filter().with_changes(domains=["trade"], day_from=day_number(dt.date(2018, 1, 1))))


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def export(view, fmt, tmp_path, name="t", size="1920x1080"):
    options = ExportOptions.make(fmt, size, 1, "OFFICIAL")
    return exporting.export_view(view, options, tmp_path / f"{name}.{fmt}")


def slide_of(view, pack, size=(1920, 1080)):
    options = ExportOptions("png", size[0], size[1], 1, "OFFICIAL")
    slide, content, _spec = exporting.build_slide(view, pack, options)
    content.deleteLater()
    return slide


def svg_texts(path) -> list[tuple[str, float]]:
    """Every text of an SVG with its font size as drawn (the groups' scale applied)."""
    root = ET.parse(path).getroot()
    out = []

    def walk(node, scale):
        m = re.match(r"matrix\(([-\d.e]+),([-\d.e]+),([-\d.e]+),([-\d.e]+)", node.get("transform", ""))
        if m:
            a, b = float(m[1]), float(m[2])
            scale *= (a * a + b * b) ** 0.5
        if node.tag == f"{SVG}text":
            size = float(node.get("font-size") or 0)
            out.append(("".join(node.itertext()), size * scale))
        for child in node:
            walk(child, scale)

    walk(root, 1.0)
    return out


def tick_years(texts) -> list[int]:
    return sorted({int(t) for t, _ in texts if re.fullmatch(r"(19|20)\d\d", t.strip())})


def test_whole_pack_spans_the_bulk_of_events_and_names_the_old_treaty(qapp, tmp_path, pack):
    texts = svg_texts(export(WHOLE, "svg", tmp_path))
    joined = " ".join(t for t, _ in texts)
    years = tick_years(texts)
    assert years[0] >= 2018 and years[-1] <= 2026 and 2022 in years  # not 1900-2040
    assert "Earlier, off the axis: 1902 Anglo-Japanese Alliance" in joined
    slide = slide_of(WHOLE, pack)
    assert slide.subtitle.startswith("Jan 2019")
    assert any("Anglo-Japanese Alliance" in line for line in slide.appendix)  # still listed


def test_a_filter_from_2018_starts_the_axis_in_2018_and_drops_empty_lanes(qapp, tmp_path, pack):
    texts = svg_texts(export(SINCE_2018, "svg", tmp_path))
    joined = " ".join(t for t, _ in texts)
    assert tick_years(texts)[0] == 2018
    slide = slide_of(SINCE_2018, pack)
    assert slide.subtitle.startswith("Jan 2018")
    # lanes of the pack with no trade event since 2018 are left out
    for lane in ("Japan–France", "Japan–China", "Japan–United Kingdom", "Multilateral"):
        assert lane not in joined
    for lane in ("Japan–European Union", "Japan–United States"):
        assert lane in joined


def test_every_text_is_at_least_12_pt_at_slide_size(qapp, tmp_path):
    for size in ("1920x1080", "1280x720"):
        width = int(size.split("x")[0])
        px_12pt = 12 * width / (13.333 * 72)
        texts = svg_texts(export(WHOLE, "svg", tmp_path, f"s{width}", size))
        # an EU-Japan agreement's label (which of the EPA and the SPA keeps its label is the layout's call)
        agreement = ("EU-Japan Economic Partnership Agre", "EU-Japan Strategic Partnership Agre")
        labels = [("agreement" if t.startswith(agreement) else t, s) for t, s in texts
                  if t.startswith(agreement)
                  or t in ("Japan–European Union", "2022", "Trade", "exact day", "Abe")]
        assert len({t for t, _ in labels} - {"Abe"}) == 5, labels  # eras give way on small slides
        assert all(s >= px_12pt - 0.01 for _, s in labels), (size, labels)
        # one size for every event label and lane name
        sizes = {round(s, 1) for t, s in labels if t != "exact day"}
        assert len(sizes) == 1, sizes


def test_crowded_timeline_says_how_many_are_shown_and_lists_the_others(qapp, pack):
    slide = slide_of(WHOLE, pack)
    shown = re.fullmatch(r"(\d+) of (\d+) events shown; the others are listed in the appendix\.",
                         slide.footnotes[0])
    assert shown, slide.footnotes
    n, m = int(shown[1]), int(shown[2])
    assert 5 <= n < m == len(pack.events)
    assert len(slide.appendix) == m - n and slide.appendix_title
    titles = pack.events["title"].tolist()
    listed = [t for t in titles if any(f"– {t} (" in line for line in slide.appendix)]
    assert len(listed) == m - n  # each unlabelled event by title, with its date and status
    assert "1 Feb 2019 – EU-Japan Economic Partnership Agreement (EPA)" not in " ".join(slide.appendix)


def test_sources_of_every_event_on_the_slide_are_numbered_in_full(qapp, tmp_path, pack):
    slide = slide_of(SINCE_2018, pack)
    by_id = pack.source_by_id
    ev = pack.events.set_index("id")
    cited = {c for _m, c in slide.sources}
    for eid in ("eu-jp-epa", "us-jp-trade-agreement-2025"):
        for sid in ev.loc[eid, "source_ids"].split(";"):
            assert citation(by_id[sid]) in cited
    assert [m for m, _ in slide.sources] == [f"[{i}]" for i in range(1, len(slide.sources) + 1)]
    texts = " ".join(t for t, _ in svg_texts(export(SINCE_2018, "svg", tmp_path)))
    assert re.search(r"Economic Partnership Agreement \(EPA\) \[\d", texts)  # its numbers beside it
    assert "[1] " + slide.sources[0][1] in texts  # and the list on the image itself


@pytest.fixture(scope="module")
def crowded_pack(tmp_path_factory):
    """Sixty EU-Japan trade events in 2025: far more than a slide can label."""
    from tests.packs import VALID_FILES, write_pack

    rows = [VALID_FILES["events.csv"].rstrip("\n")]
    for i in range(60):
        rows.append(f"e{i},Working-level trade consultation number {i} on tariffs,,summit,announced,"
                    f"2025-{1 + i % 12:02d}-{1 + i % 27:02d},,jp;eu,trade,Talks.,,src-a")
    folder = write_pack(tmp_path_factory.mktemp("crowded") / "p",
                        {"events.csv": "\n".join(rows) + "\n"})
    return str(folder)


def test_no_export_says_zoom_in_and_a_crowded_slide_lists_the_rest(qapp, tmp_path, crowded_pack):
    crowded = ViewState(view="timeline", pack=crowded_pack, title="Everything")
    png = export(crowded, "png", tmp_path)
    image = QImage(str(png))
    assert not any("zoom" in image.text(k).lower() for k in image.textKeys())
    svg = export(crowded, "svg", tmp_path).read_text(encoding="utf-8")
    assert "zoom" not in svg.lower() and "more in notes" not in svg
    assert re.search(r"\d+ of 65 events shown; the others are listed in the appendix", svg)
    deck = Presentation(str(export(crowded, "pptx", tmp_path)))
    for s in deck.slides:
        text = " ".join(sh.text_frame.text for sh in s.shapes if sh.has_text_frame)
        notes = s.notes_slide.notes_text_frame.text if s.has_notes_slide else ""
        assert "zoom" not in (text + notes).lower()
    pictures = [sh for s in deck.slides for sh in s.shapes if sh.shape_type == 13]
    assert pictures and pictures[0].image.size[0] >= 3000  # drawn at 2x for a crisp slide
    pack = load_pack(crowded_pack)
    slide = slide_of(crowded, pack)
    n = int(slide.footnotes[0].split(" of ")[0])
    assert 0 < n < 65 and len(slide.appendix) == 65 - n
    # every unlabelled consultation is listed by title (the labelled ones are among the n)
    assert sum(any(f"number {i} on" in line for line in slide.appendix) for i in range(60)) >= 60 - n


def test_powerpoint_picture_is_drawn_for_its_box_so_type_keeps_12_pt(qapp, tmp_path):
    from explorer.export.pptx_writer import CONTENT_W

    deck = Presentation(str(export(SINCE_2018, "pptx", tmp_path, "box")))
    picture = next(sh for sh in deck.slides[0].shapes if sh.shape_type == 13)
    # placed across the whole content width, never shrunk to fit a shorter box ...
    assert picture.width / 914400 == pytest.approx(CONTENT_W, abs=0.02)
    # ... and drawn at 2 logical px per point there (a 1920-px slide is 13.33 in wide), so the
    # painter's 26-px labels are 13 pt on the slide
    logical_w = picture.image.size[0] / 2
    assert logical_w / (CONTENT_W * 72) == pytest.approx(1920 / (13.333 * 72), rel=0.01)


def test_a_trade_timeline_keeps_its_founding_agreement_on_the_axis(qapp, pack):
    """The 2019 EPA beside 2023-2025 trade events is history, not an outlier to push off the edge."""
    view = ViewState(view="timeline", filter=Filter(domains=frozenset({"trade"})))
    slide = slide_of(view, pack)
    assert "Economic Partnership Agreement" not in " ".join(slide.footnotes)  # not "earlier, off the axis"
    assert slide.subtitle.startswith(("Jan 2019", "Feb 2019", "2019", "Dec 2018", "Jan 2018"))


def test_the_selected_event_is_labelled_right_after_the_agreements(qapp, pack):
    whole = slide_of(ViewState(view="timeline"), pack)
    unlabelled = [line for line in whole.appendix if "Trump presses Japan to buy Alaska LNG" in line]
    assert unlabelled  # crowded: not labelled unless the user selected it
    ev = pack.events.set_index("id")
    event_id = str(ev.index[ev["title"] == "Trump presses Japan to buy Alaska LNG"][0])
    chosen = slide_of(ViewState(view="timeline", event_id=event_id), pack)
    assert not [line for line in chosen.appendix if "Trump presses Japan to buy Alaska LNG" in line]


def test_a_timeline_picture_in_japanese_labels_titles_lanes_legend_and_edges(qapp, pack, tmp_path):
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    from explorer.qt.render.timeline_picture import span_text, timeline_picture

    rows = np.arange(len(pack.events))
    picture, plan = timeline_picture(pack, rows, label_language="ja")
    try:
        assert plan.lane_labels[0] == "日本・欧州連合"
        assert span_text(plan.span, "ja").startswith("2019年") and "～" in span_text(plan.span, "ja")
        assert span_text(plan.span) == span_text(plan.span, "en") and " – " in span_text(plan.span)
        before, _after = picture._painter.slide.edge_notes
        assert before.startswith("この期間より前（軸外）：1902年 日英同盟") or "軸外" in before
        path = tmp_path / "ja.svg"
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(1800, 700))
        gen.setViewBox(QRect(0, 0, 1800, 700))
        p = QPainter(gen)
        try:
            picture._painter.paint(p, 1800, 700, (plan.span.day0, plan.span.day1))
        finally:
            p.end()
        text = " ".join(t for t, _size in svg_texts(path))
        assert "日本・欧州連合" in text and "色：分野" in text and "貿易" in text
        assert "Colour: domain" not in text
        # the English picture is unchanged by the language parameter's default
        en_picture, en_plan = timeline_picture(pack, rows)
        assert en_plan.lane_labels[0] == "Japan–European Union" and en_plan.span == plan.span
        en_picture.deleteLater()
    finally:
        picture.deleteLater()


# -- engineer "slides-ja": the timeline slide in the label language, read back from what was written

JA = ViewState(view="timeline", label_language="ja")
_ENGLISH_ON_A_JA_SLIDE = ("Notes and sources", "events shown", "Events on this timeline",
                          "Appendix to", "Source: ", "(continued)", "Continued on the next page",
                          "Receipt:", "Sources by event")


def _squash(text: str) -> str:
    """Text without white space: PDF and SVG readers cut Japanese into runs at script changes."""
    return re.sub(r"\s+", "", text)


def _english_words(text: str) -> list[str]:
    """The slide's own English phrases found in ``text`` (compared without white space)."""
    flat = _squash(text)
    return [w for w in _ENGLISH_ON_A_JA_SLIDE if _squash(w) in flat]


def _english_dates(text: str, pack) -> list[str]:
    """Dates written the English way, outside the sources' own publishers and titles (data)."""
    flat = _squash(text)
    for src in pack.sources.to_dict("records"):
        for field in ("publisher", "title"):
            if len(src[field]) > 6:
                flat = flat.replace(_squash(src[field]), "")
    return re.findall(r"\d{1,2}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\d{4}", flat)


def test_a_japanese_timeline_svg_reads_japanese_headings_titles_dates_and_citations(
        qapp, tmp_path, pack):
    # Qt writes a run of text per script ("日 EU 経済連携協定"): read the runs as one line
    texts = "".join(t for t, _ in svg_texts(export(JA, "svg", tmp_path, "ja")))
    assert "注記・出典" in texts and "年表上に名称を表示できなかった出来事" in texts  # appendix below
    assert re.search(r"全\d+件中\d+件の出来事を図示しています", texts)
    assert "日EU経済連携協定（EPA）" in texts  # event titles as the pack writes them in Japanese
    assert re.search(r"2019年\d+月～20\d\d年\d+月", texts)  # the span drawn, as the subtitle
    assert "出典：米欧のはざまの日本（2019〜2025年）" in texts  # the pack's title_ja
    assert "2018年12月21日" in texts  # a citation's date; its publisher and title as written
    assert "Council of the European Union" in texts
    assert not _english_words(texts), texts[:400]
    assert not _english_dates(texts, pack)
    # the English export says what it always said
    english = "".join(t for t, _ in svg_texts(export(WHOLE, "svg", tmp_path, "en")))
    assert "Notes and sources" in english and "21 Dec 2018" in english and "注記" not in english


def test_a_japanese_timeline_pdf_pages_and_their_continuations_read_japanese(qapp, tmp_path,
                                                                             pack):
    from pypdf import PdfReader

    pages = [_squash(p.extract_text()) for p in PdfReader(export(JA, "pdf", tmp_path, "ja")).pages]
    text = " ".join(pages)
    assert len(pages) >= 3  # the slide, its sources continued, the appendix
    assert "注記・出典" in pages[0] and "2019年" in pages[0]
    assert "協定等の年表—出典（続き）" in text  # the sources that did not fit, on pages of their own
    assert "年表上に名称を表示できなかった出来事（続き）" in text and "「協定等の年表」の付録" in text
    assert "2022年5月11日経済安全保障推進法（発効済み）" in text  # the appendix: date, title, status
    assert not _english_words(text)
    assert not _english_dates(text, pack)


def test_a_japanese_timeline_powerpoint_slides_and_speaker_notes(qapp, tmp_path, pack):
    deck = Presentation(str(export(JA, "pptx", tmp_path, "ja")))
    shown = " ".join(sh.text_frame.text for s in deck.slides for sh in s.shapes if sh.has_text_frame)
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    assert "注記・出典" in shown and "年表上に名称を表示できなかった出来事" in shown
    assert "「協定等の年表」の付録" in shown and "2018年12月21日" in shown
    assert "出来事ごとの出典：" in notes and "再現情報（レシート）：" in notes
    assert "日EU経済連携協定（EPA）" in notes
    everything = shown + " " + notes.split("再現情報（レシート）：")[0]  # the receipt is JSON
    assert not _english_words(everything)
    assert not _english_dates(everything, pack)


def test_export_labels_ja_on_the_command_line_gives_the_window_s_japanese_slide(qapp, tmp_path,
                                                                                 pack):
    import json

    from explorer.qt import export_commands

    (tmp_path / "view.json").write_text(json.dumps({"view": "timeline"}), encoding="utf-8")
    out = tmp_path / "cli.svg"
    assert export_commands.main(["export", "--view", str(tmp_path / "view.json"), "--labels", "ja",
                                 "--marking", "OFFICIAL", "--out", str(out)]) == 0
    cli = [t for t, _ in svg_texts(out)]
    window = [t for t, _ in svg_texts(export(JA, "svg", tmp_path, "window"))]
    assert "注記・出典" in cli and cli == window  # the same slide, word for word
    assert exporting.read_receipt(out).view.label_language == "ja"


def test_both_labels_put_short_headings_in_both_languages_and_sentences_in_english(qapp, pack):
    slide = slide_of(replace(JA, label_language="both"), pack)
    assert slide.appendix_title == "Events on this timeline without a label / 年表上に名称を表示できなかった出来事"
    assert "events shown; the others are listed in the appendix." in slide.footnotes[0]
    assert any("EU-Japan Economic Partnership Agreement (EPA) / 日EU経済連携協定（EPA）" in line
               for line in slide.appendix + tuple(slide.notes.splitlines()))


@pytest.mark.parametrize("fmt", ["svg", "pptx"])
def test_a_filter_that_keeps_no_event_exports_an_empty_timeline_not_a_crash(qapp, tmp_path, fmt):
    empty = ViewState(view="timeline", title="Nothing", filter=Filter(text="zzqx-no-such-event"))
    out = export(empty, fmt, tmp_path, name="empty")
    assert out.exists() and out.stat().st_size > 0
    if fmt == "svg":
        joined = " ".join(t for t, _ in svg_texts(out))
        assert "No events match the filter" in joined
        assert "2019" in joined and "1969" not in joined  # the pack's years, not day 0
