"""Exports do not say where they came from (issue 15, item 9): no file's document properties or
receipt names the user's folders or holds their search words, unless the user opts in
(``receipt_pack_location``). Each format is re-opened and searched."""

from __future__ import annotations

import base64
import re
import shutil
import zipfile
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from explorer.export.view_state import ExportOptions, ViewState
from explorer.paths import default_pack_path
from explorer.qt import exporting
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from explorer.userdata.settings import Settings

WORDS = "cryptography"  # in an event's summary, so the filtered timeline is not empty
FOLDER = "negotiation-files-of-a-user"


def _exports(tmp_path: Path) -> list[Path]:
    pack = tmp_path / FOLDER / "pack"
    if not pack.exists():
        shutil.copytree(default_pack_path(), pack)
    flt = Filter().with_changes(text=WORDS)
    chart = ViewState(view="chart", pack=str(pack), filter=flt,
                      comparison=ComparisonSetup(indicator_id="goods_exports"))
    timeline = ViewState(view="timeline", pack=str(pack), filter=flt)
    out = tmp_path / "out"
    outs = [exporting.export_view(chart, ExportOptions.make(fmt, "1280x720"), out / f"chart.{fmt}")
            for fmt in ("png", "svg", "pdf", "pptx", "csv", "xlsx")]
    outs.append(exporting.export_view(timeline, ExportOptions.make("pptx", "1280x720"),
                                      out / "timeline.pptx"))
    items = [(chart, "chart", ""), (timeline, "timeline", "")]
    outs += [exporting.export_deck("deck", items, out / f"deck.{f}", size=(1280, 720))
             for f in ("pptx", "pdf")]
    from explorer.qt.briefing_note import export_note

    outs += [export_note("note", items, out / f"note.{f}") for f in ("docx", "pdf")]
    return outs


def _properties(path: Path) -> str:
    """What a file says about itself beyond its face: document properties, metadata, receipt."""
    data = path.read_bytes()
    texts: list[str] = []
    suffix = path.suffix
    if suffix == ".png":
        image = QImage(str(path))
        texts += [image.text(key) for key in image.textKeys()]
    elif suffix == ".svg":
        text = data.decode("utf-8")
        texts += re.findall(r"<(?:desc|title|metadata)>(.*?)</(?:desc|title|metadata)>", text, re.S)
    elif suffix == ".pdf":
        reader = PdfReader(path)
        texts += [str(v) for v in (reader.metadata or {}).values()]
        for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):  # XMP and the rest
            chunk = m[1]
            try:
                chunk = zlib.decompress(chunk)
            except zlib.error:
                pass
            if b"x:xmpmeta" in chunk:
                texts.append(chunk.decode("utf-8", "replace"))
    elif suffix in (".pptx", ".docx", ".xlsx"):
        with zipfile.ZipFile(path) as zf:
            texts += [zf.read(n).decode("utf-8", "replace") for n in zf.namelist()
                      if n.startswith("docProps/")]
    joined = "\n".join(texts)
    for b64 in re.findall(r"[A-Za-z0-9+/=]{200,}", joined):  # receipts embedded as base64
        try:
            joined += base64.b64decode(b64).decode("utf-8", "replace")
        except ValueError:
            pass
    return joined + "\n" + exporting.receipt_text(path)


def _every_byte(path: Path) -> bytes:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            return b"".join(zf.read(n) for n in zf.namelist())
    data = path.read_bytes()
    inflated = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            inflated.append(zlib.decompress(m[1]))
        except zlib.error:
            pass
    return data + b"".join(inflated)


def test_no_export_names_the_users_folder_or_keeps_the_search_words(qapp, tmp_path):
    outs = _exports(tmp_path)
    assert len(outs) == 11
    for out in outs:
        about = _properties(out)
        assert FOLDER not in about and str(tmp_path) not in about, out.name
        assert WORDS not in about, out.name
        assert "japan-eu-us" in about and re.search(r"[0-9a-f]{64}", about), out.name  # what regenerates
        whole = _every_byte(out)
        assert FOLDER.encode() not in whole and FOLDER.encode("utf-16-be") not in whole, out.name


def test_the_user_may_opt_in_to_folder_and_search_words_in_receipts(qapp, tmp_path):
    settings = Settings()
    settings.set("receipt_pack_location", True)
    settings.save()
    for out in _exports(tmp_path):
        text = exporting.receipt_text(out)
        assert FOLDER in text and WORDS in text, out.name


def test_a_receipt_without_search_words_says_so_when_regenerating(qapp, tmp_path, capsys):
    from explorer.qt import export_commands

    out = _exports(tmp_path)[0]
    receipt = exporting.read_receipt(out)
    assert receipt.left_out == ("view.filter.text",) and receipt.view.filter.text == ""
    code = export_commands.main(["export", "--from-receipt", str(out), "--out",
                                 str(tmp_path / "again.png"), "--pack-dir", str(tmp_path / FOLDER)])
    assert code == 0
    assert "does not record the search words" in capsys.readouterr().err


@pytest.fixture(autouse=True)
def _close_windows(qapp):
    yield
    qapp.processEvents()
