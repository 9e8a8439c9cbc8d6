"""`briefing-explorer doctor` names the import's readers with their versions, and says plainly when
one is installed but cannot be used (a frozen app once shipped openpyxl's metadata without its code)."""

from __future__ import annotations

import importlib.metadata as md
import io
import sys

from explorer.cli import main as cli_main


def doctor() -> tuple[int, str]:
    out = io.StringIO()
    code = cli_main(["doctor"], out, io.StringIO())
    return code, out.getvalue()


def readers_section(text: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index("Import readers:") + 1
    section = []
    for line in lines[start:]:
        if not line.startswith("  "):
            break
        section.append(line.strip())
    return section


def test_doctor_lists_the_import_readers_with_their_versions():
    code, text = doctor()
    assert code == 0, text
    assert readers_section(text) == [
        f"{dist:<20}{md.version(dist)}".strip() for dist in ("lxml", "openpyxl", "et-xmlfile", "defusedxml")]


def test_doctor_fails_when_the_fallback_reader_cannot_be_imported(monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # as if only its metadata were installed
    code, text = doctor()
    assert code == 1
    openpyxl_line = next(line for line in readers_section(text) if line.startswith("openpyxl"))
    assert md.version("openpyxl") in openpyxl_line and "CANNOT BE IMPORTED" in openpyxl_line
    assert "Some checks failed" in text


def test_doctor_fails_when_openpyxl_would_parse_without_defusedxml(monkeypatch):
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    code, text = doctor()
    assert code == 1
    assert "openpyxl does not see defusedxml" in text
