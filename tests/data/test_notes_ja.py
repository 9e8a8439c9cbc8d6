"""Figures' and sources' notes in Japanese (``note_ja``): read, searched, queried and picked by the
label language as titles are; a pack without the column reads and shows its English notes."""

from __future__ import annotations

import io
import json

import pytest

from explorer.charts.comparison import build_comparison
from explorer.cli import main
from explorer.data.pack_loader import load_pack
from explorer.export.table_writer import figure_rows
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filtering import filter_observations
from explorer.state.filters import Filter
from tests.data.test_pack_migration import old_pack
from tests.packs import VALID_FILES, write_pack

NOTE_JA = {"price effects": "価格効果による。", "article's conversion": "記事自身の換算。"}


def with_note_ja(observations: str = VALID_FILES["observations.csv"]) -> dict[str, str]:
    """The test pack's observations and sources with a ``note_ja`` column beside ``note``."""
    lines = observations.splitlines()
    obs = [lines[0] + ",note_ja"]
    for line in lines[1:]:
        note = line.rsplit(",", 1)[1]
        obs.append(f"{line},{NOTE_JA.get(note, '')}")
    sources = VALID_FILES["sources.csv"].replace(",url,note\n", ",url,note,note_ja\n").replace(
        "/a,\n", "/a,,\n").replace('"cites A, B"\n', '"cites A, B",AとBを引用\n')
    return {"observations.csv": "\n".join(obs) + "\n", "sources.csv": sources}


@pytest.fixture
def pack_ja(tmp_path):
    return load_pack(write_pack(tmp_path / "ja", with_note_ja()))


def _texts(spec) -> tuple[list[str], list[str]]:
    """(every figure's note, the footnotes) of a chart spec."""
    notes = [f.note for p in spec.panels for s in p.series for f in s.figures if f.note]
    return notes, list(spec.footnotes)


def _goods(pack, lang: str):
    return build_comparison(pack, ComparisonSetup().with_changes(indicator_id="goods_exports"),
                            lang=lang)


def test_the_label_language_picks_the_note_as_it_picks_titles(pack_ja):
    assert pack_ja.source_by_id["src-b"]["note_ja"] == "AとBを引用"
    notes, footnotes = _texts(_goods(pack_ja, "ja"))
    assert notes == ["価格効果による。"]
    assert any(f.endswith("：価格効果による。") for f in footnotes), footnotes
    assert not any("price effects" in f for f in footnotes)
    notes, footnotes = _texts(_goods(pack_ja, "en"))
    assert notes == ["price effects"] and not any("価格効果" in f for f in footnotes)
    notes, _ = _texts(_goods(pack_ja, "both"))
    assert notes == ["price effects / 価格効果による。"]
    # Back in Japanese after English (the kept spec is the language's own), and in a table export.
    spec = _goods(pack_ja, "ja")
    assert [r["note"] for r in figure_rows(spec) if r["note"]] == ["価格効果による。"]


def test_a_japanese_note_and_a_conversion_read_as_one_japanese_text(pack_ja):
    spec = build_comparison(pack_ja, ComparisonSetup().with_changes(
        indicator_id="goods_exports", basis="converted", currency="EUR"), lang="ja")
    notes, _ = _texts(spec)
    # "価格効果による。" then how it was converted, with no "; " after the 。
    assert len(notes) == 1 and notes[0].startswith("価格効果による。797億米ドル"), notes


def test_a_pack_without_the_column_shows_its_english_notes_in_every_language(tmp_path):
    pack = load_pack(write_pack(tmp_path / "plain"))
    assert set(pack.observations["note_ja"].astype(str)) == {""}
    assert set(pack.sources["note_ja"].astype(str)) == {""}
    for lang in ("en", "ja", "both"):
        notes, footnotes = _texts(_goods(pack, lang))
        assert notes == ["price effects"], lang
        assert any(f.endswith("price effects") for f in footnotes), (lang, footnotes)


def test_a_japanese_note_column_means_the_notes_are_for_readers(tmp_path):
    """A hand-made pack without the format key but with ``note_ja`` is read as written, its English
    note shown to readers, not taken for a pre-split working note (Japanese readers alone would
    see a note)."""
    folder = old_pack(tmp_path / "p", declared=None)
    (folder / "observations.csv").write_text(with_note_ja()["observations.csv"], encoding="utf-8")
    pack = load_pack(folder)
    assert pack.meta.format_version >= 2
    us = pack.observations[pack.observations.reporter == "us"].iloc[0]
    assert (us["note"], us["note_ja"], us["editor_note"]) == ("price effects", "価格効果による。", "")


def test_a_search_in_japanese_finds_a_figure_by_its_japanese_note(pack_ja):
    rows = filter_observations(pack_ja, Filter().with_changes(text="価格効果"))
    assert pack_ja.observations.iloc[rows]["reporter"].tolist() == ["us"]


def test_query_gives_the_japanese_note_beside_the_english_one(tmp_path):
    folder = write_pack(tmp_path / "ja", with_note_ja())
    out = io.StringIO()
    assert main(["query", "observations", "--pack", str(folder), "--format", "json"], out,
                io.StringIO()) == 0
    noted = {r["note"]: r["note_ja"] for r in json.loads(out.getvalue()) if r["note"]}
    assert noted == {"price effects": "価格効果による。", "article's conversion": "記事自身の換算。"}
