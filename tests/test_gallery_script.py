"""docs/tools/make_gallery.py plans every view kind in every slide format (without running it)."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

from explorer.export.view_state import VIEWS, ViewState

SCRIPT = Path(__file__).resolve().parents[1] / "docs" / "tools" / "make_gallery.py"
SLIDE_FORMATS = ("png", "svg", "pdf", "pptx")


@functools.cache
def _gallery():
    """The script as a module (imported, not run: no Qt, no LibreOffice)."""
    spec = importlib.util.spec_from_file_location("make_gallery", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_gallery"] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def test_every_view_kind_is_rendered_in_every_slide_format():
    gallery = _gallery()
    planned = {(e.kind, e.fmt) for e in gallery.planned_exports()}
    missing = {(kind, fmt) for kind in VIEWS for fmt in SLIDE_FORMATS} - planned
    assert not missing, f"the gallery misses {sorted(missing)}"
    assert {("deck", "pptx"), ("deck", "pdf"), ("note", "docx"), ("note", "pdf")} <= planned


def test_renders_are_valid_views_with_distinct_names():
    gallery = _gallery()
    slugs = [r.slug for r in gallery.RENDERS]
    assert len(slugs) == len(set(slugs))
    for render in gallery.RENDERS:
        assert ViewState.from_dict(render.view, render.slug).view == render.kind
    names = {gallery.thumbnail_name(e, 1) for e in gallery.planned_exports()}
    assert len(names) == len(gallery.planned_exports())


def test_missing_tools_exit_2_and_write_nothing(monkeypatch, capsys):
    gallery = _gallery()
    monkeypatch.setattr(gallery.shutil, "which", lambda _tool: None)
    monkeypatch.setattr(gallery, "publish", lambda *a: (_ for _ in ()).throw(AssertionError("wrote")))
    assert gallery.main() == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "soffice" in err and "pdftoppm" in err
