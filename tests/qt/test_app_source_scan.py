"""PySide6's scan of every imported module for "PySide6" (``shibokensupport.feature``) answered
from the file's bytes (``app.scan_sources_plainly``): the same answers, no source kept in
``linecache``, and PySide6's own scan kept wherever its private code is not as expected."""

from __future__ import annotations

import linecache
import os
import sys
import types

import pytest

from explorer.qt import app


def _fake_feature(original) -> types.ModuleType:
    fake = types.ModuleType("fake_feature")
    fake._mod_uses_pyside = original  # type: ignore[attr-defined]
    fake.feature_imported = lambda module: None  # type: ignore[attr-defined]
    return fake


def _module_from(tmp_path, name: str, text: str) -> types.ModuleType:
    path = tmp_path / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    module = types.ModuleType(name)
    module.__file__ = str(path)
    return module


def test_the_real_pyside_scan_gives_the_same_answers_without_keeping_sources(tmp_path):
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        pytest.skip("this PySide6 has no feature module")
    original = getattr(feature._mod_uses_pyside, "plain_scan_of", feature._mod_uses_pyside)
    plain = app._plain_source_scan(original)
    modules = [m for name, m in sorted(sys.modules.items())
               if str(getattr(m, "__file__", None)).endswith(".py")
               and os.path.isfile(str(m.__file__))]
    modules = modules[:: max(1, len(modules) // 150)]  # ~150 modules, both kinds among them
    answers = {m.__name__: plain(m) for m in modules}
    assert True in answers.values() and False in answers.values()
    linecache.clearcache()
    for m in modules:
        assert plain(m) == answers[m.__name__]
    kept = {str(m.__file__) for m in modules} & set(linecache.cache)
    assert not kept, "the plain scan keeps no source lines"
    assert answers == {m.__name__: bool(original(m)) for m in modules}


def test_installed_on_the_feature_module_and_answers_from_the_file(tmp_path):
    calls = []

    def original(module):
        calls.append(module.__name__)
        try:
            with open(module.__file__, encoding="utf-8") as fh:
                return "PySide6" in fh.read()
        except (OSError, TypeError, AttributeError):
            return False

    fake = _fake_feature(original)
    assert app.scan_sources_plainly(fake)
    assert fake._mod_uses_pyside is not original
    assert app.scan_sources_plainly(fake)  # a second call leaves it as it is
    assert fake._mod_uses_pyside.plain_scan_of is original
    calls.clear()
    uses = _module_from(tmp_path, "uses_qt", "from PySide6.QtCore import QObject\n")
    plain = _module_from(tmp_path, "plain_mod", "import json\n")
    assert fake._mod_uses_pyside(uses) is True
    assert fake._mod_uses_pyside(plain) is False
    assert calls == []  # read from the file, not through the original
    built_in = types.ModuleType("no_file")  # no file: the original answers
    assert fake._mod_uses_pyside(built_in) is False
    assert calls == ["no_file"]
    gone = _module_from(tmp_path, "gone", "PySide6")
    (tmp_path / "gone.py").unlink()
    assert fake._mod_uses_pyside(gone) is False and calls[-1] == "gone"


@pytest.mark.parametrize("case", ["no module", "no scan", "no hook", "disagrees", "raises"])
def test_pyside_scan_kept_where_its_private_code_is_not_as_expected(case):
    def disagrees(module):
        return True

    def raises(module):
        raise RuntimeError("changed")

    if case == "no module":
        assert not app.scan_sources_plainly(types.ModuleType("empty"))
        return
    fake = _fake_feature({"disagrees": disagrees, "raises": raises}.get(case, lambda m: False))
    if case == "no scan":
        del fake._mod_uses_pyside
    if case == "no hook":
        del fake.feature_imported
    before = getattr(fake, "_mod_uses_pyside", None)
    assert not app.scan_sources_plainly(fake)
    assert getattr(fake, "_mod_uses_pyside", None) is before
