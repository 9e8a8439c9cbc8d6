"""Receipts regenerate what was exported from any folder: the pack is found by its SHA-256 (its
folder is recorded only when the user allows it), and a deck's receipt rebuilds the whole deck."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from explorer.paths import default_pack_path
from explorer.userdata.settings import Settings

REPO = Path(__file__).resolve().parents[2]
BRIEFING = REPO / "docs" / "examples" / "briefing-japan.json"
VIEW = REPO / "docs" / "examples" / "view-trade-eu-us.json"


def _run(args, cwd: Path, home: Path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["BRIEFING_EXPLORER_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True,
                          timeout=300, env=env, cwd=cwd)


def _copy_pack(to: Path, name: str) -> Path:
    """A pack of the user's own: the default pack under another name (so another digest)."""
    shutil.copytree(default_pack_path(), to)
    desc = to / "datapackage.json"
    data = json.loads(desc.read_text(encoding="utf-8"))
    data["name"] = name
    desc.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return to


def test_a_receipt_finds_its_pack_by_digest_from_any_folder(tmp_path):
    home = tmp_path / "home"
    packs = tmp_path / "where-packs-live"
    _copy_pack(packs / "mine", "my-pack")
    view = json.loads(VIEW.read_text(encoding="utf-8"))
    view["pack"] = "mine"  # relative, as typed: meaningless from another folder
    (packs / "view.json").write_text(json.dumps(view), encoding="utf-8")
    result = _run(["export", "--view", "view.json", "--out", "slide.png"], packs, home)
    assert result.returncode == 0, result.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = _run(["export", "--from-receipt", str(packs / "slide.png"), "--out", "again.pdf"],
                  elsewhere, home)
    assert result.returncode == 1 and "--pack-dir" in result.stderr  # where to point, in one line
    assert len(result.stderr.strip().splitlines()) == 1 and not (elsewhere / "again.pdf").exists()
    result = _run(["export", "--from-receipt", str(packs / "slide.png"), "--out", "again.pdf",
                   "--pack-dir", str(packs)], elsewhere, home)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr  # the same pack, found by its digest
    assert "who sells more goods" in PdfReader(elsewhere / "again.pdf").pages[0].extract_text().replace("\t", " ")


def test_receipts_record_the_pack_folder_only_when_allowed(qapp, tmp_path):
    from explorer.export.view_state import ExportOptions, ViewState
    from explorer.qt import exporting
    from explorer.state.comparison_setup import ComparisonSetup

    folder = _copy_pack(tmp_path / "secret-negotiation-files" / "pack", "mine")
    view = ViewState(view="chart", pack=str(folder), comparison=ComparisonSetup(indicator_id="goods_exports"))
    out = exporting.export_view(view, ExportOptions.make("png", "1280x720"), tmp_path / "a.png")
    text = exporting.receipt_text(out)
    assert "secret-negotiation-files" not in text
    receipt = exporting.read_receipt(out)
    assert receipt.pack_name == "mine" and len(receipt.pack_sha256) == 64 and receipt.view.pack == ""
    settings = Settings()
    settings.set("receipt_pack_location", True)
    settings.save()
    out = exporting.export_view(view, ExportOptions.make("png", "1280x720"), tmp_path / "b.png")
    receipt = exporting.read_receipt(out)
    assert receipt.pack_location == str(folder.resolve()) and receipt.view.pack == str(folder.resolve())


def test_a_changed_pack_is_used_with_a_warning(tmp_path):
    home = tmp_path / "home"
    pack = _copy_pack(tmp_path / "pack", "evolving")
    view = json.loads(VIEW.read_text(encoding="utf-8"))
    view["pack"] = str(pack)
    (tmp_path / "view.json").write_text(json.dumps(view), encoding="utf-8")
    assert _run(["export", "--view", "view.json", "--out", "a.svg"], tmp_path, home).returncode == 0
    desc = pack / "datapackage.json"
    desc.write_text(desc.read_text(encoding="utf-8").replace('"version": "', '"version": "9'), encoding="utf-8")
    result = _run(["export", "--from-receipt", "a.svg", "--out", "b.svg", "--pack-dir", str(tmp_path)],
                  tmp_path, home)
    assert result.returncode == 0, result.stderr
    assert "the pack changed since this was exported" in result.stderr and "evolving" in result.stderr


@pytest.mark.parametrize("first,second", [("pptx", "pdf"), ("pdf", "pptx")])
def test_a_deck_is_regenerated_whole_from_its_receipt(tmp_path, first, second):
    home = tmp_path / "home"
    result = _run(["deck", str(BRIEFING), "--out", f"deck.{first}"], tmp_path, home)
    assert result.returncode == 0, result.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = _run(["export", "--from-receipt", str(tmp_path / f"deck.{first}"), "--out", f"again.{second}"],
                  elsewhere, home)
    assert result.returncode == 0, result.stderr
    again = elsewhere / f"again.{second}"
    briefing = json.loads(BRIEFING.read_text(encoding="utf-8"))
    if second == "pptx":
        texts = "\n".join(sh.text_frame.text for sl in Presentation(str(again)).slides
                          for sh in sl.shapes if sh.has_text_frame)
    else:
        texts = "\n".join(" ".join(p.extract_text().split()) for p in PdfReader(again).pages)
        texts = texts.replace("\u2012", "\u2013")  # the subset font's en dash reads back as U+2012
    assert briefing["title"] in texts and briefing["marking"] in texts
    for item in briefing["items"]:
        assert item["title"] in texts
    result = _run(["export", "--from-receipt", str(again), "--out", "x.png"], elsewhere, home)
    assert result.returncode == 2 and "whole briefing" in result.stderr


def test_a_view_or_briefing_naming_a_missing_pack_is_one_line_naming_file_and_field(tmp_path):
    home = tmp_path / "home"
    view = json.loads(VIEW.read_text(encoding="utf-8"))
    view["pack"] = str(tmp_path / "gone")
    (tmp_path / "view.json").write_text(json.dumps(view), encoding="utf-8")
    result = _run(["export", "--view", "view.json", "--out", "x.pptx"], tmp_path, home)
    assert result.returncode == 1 and not (tmp_path / "x.pptx").exists()
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "view.json: pack: the pack cannot be opened" in lines[0]
    briefing = json.loads(BRIEFING.read_text(encoding="utf-8"))
    briefing["items"][1]["view"]["pack"] = str(tmp_path / "gone")
    (tmp_path / "b.json").write_text(json.dumps(briefing), encoding="utf-8")
    result = _run(["deck", "b.json", "--out", "d.pdf"], tmp_path, home)
    assert result.returncode == 1 and not (tmp_path / "d.pdf").exists()
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "b.json: items[1].view.pack: the pack cannot be opened" in lines[0]


def test_a_headless_export_says_only_what_it_wrote(tmp_path):
    """The offscreen platform's size-hint warnings no longer reach the user's terminal."""
    result = _run(["export", "--view", str(VIEW), "--out", "x.png"], tmp_path, tmp_path / "home")
    assert result.returncode == 0 and (tmp_path / "x.png").exists()
    assert result.stderr == ""
    assert result.stdout.strip() == "wrote x.png (png, chart)"


def test_export_never_writes_over_its_own_input(tmp_path):
    home = tmp_path / "home"
    view = tmp_path / "view.json"
    view.write_text(VIEW.read_text(encoding="utf-8"), encoding="utf-8")
    before = view.read_bytes()
    result = _run(["export", "--view", str(view), "--out", str(view), "--format", "png"], tmp_path, home)
    assert result.returncode == 1 and "input of this command" in result.stderr
    assert view.read_bytes() == before
    result = _run(["export", "--view", "view.json", "--out", "slide.png", "--size", "1280x720"],
                  tmp_path, home)
    assert result.returncode == 0, result.stderr
    slide = (tmp_path / "slide.png").read_bytes()
    result = _run(["export", "--from-receipt", "slide.png", "--out", "./slide.png"], tmp_path, home)
    assert result.returncode == 1 and "input of this command" in result.stderr
    assert (tmp_path / "slide.png").read_bytes() == slide
    result = _run(["deck", str(BRIEFING), "--out", str(BRIEFING)], tmp_path, home)
    assert result.returncode == 1 and "input of this command" in result.stderr


def test_a_receipt_is_read_without_decoding_or_loading_the_whole_file(qapp, tmp_path, monkeypatch):
    from pathlib import Path as _Path

    from explorer.export.view_state import ExportOptions, ViewState
    from explorer.qt import exporting
    from explorer.state.comparison_setup import ComparisonSetup

    view = ViewState(view="chart", comparison=ComparisonSetup(indicator_id="goods_exports"))
    outs = [exporting.export_view(view, ExportOptions.make(fmt, "1280x720"), tmp_path / f"a.{fmt}")
            for fmt in ("png", "svg", "pdf")]

    # a PNG declaring a picture of 60000 x 60000 pixels: its receipt is read, the picture never decoded
    big = bytearray(outs[0].read_bytes())
    big[16:24] = (60000).to_bytes(4, "big") * 2
    (tmp_path / "big.png").write_bytes(bytes(big))

    def whole(*_a, **_k):
        raise AssertionError("the whole file was read")

    monkeypatch.setattr(_Path, "read_bytes", whole)
    for out in outs:
        assert exporting.read_receipt(out).pack_name == "japan-eu-us"
    assert exporting.read_receipt(tmp_path / "big.png").pack_name == "japan-eu-us"
    fifo = tmp_path / "fifo.png"
    os.mkfifo(fifo)
    with pytest.raises(exporting.ViewError, match="not a regular file"):
        exporting.receipt_text(fifo)
