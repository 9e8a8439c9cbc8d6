"""The settings model: every setting declared once, its default and allowed values used everywhere;
every key the app reads or writes is declared, and no call site contradicts the declared default."""

from __future__ import annotations

import ast
import copy
from pathlib import Path

import pytest

from explorer.userdata import toml_writer
from explorer.userdata.locations import config_dir
from explorer.userdata.settings import (
    PORTABLE_KEYS,
    PREFERENCE_CHOICES,
    PREFERENCE_DEFAULTS,
    SCHEMA,
    SETTINGS,
    TEXT_SCALE_RANGE,
    Settings,
)

EXPLORER = Path(__file__).resolve().parents[2] / "explorer"
METHODS = ("get", "set", "preference", "has", "is_default")


def write_settings(text: str) -> Path:
    path = config_dir() / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def wrong_value(setting):
    """A value of the wrong type for ``setting``."""
    return "not a number" if setting.kind in (int, bool) else 7


# -- the model --------------------------------------------------------------------------------------
def test_every_setting_says_what_it_is_and_its_default_is_allowed():
    for name, setting in SETTINGS.items():
        assert setting.name == name and setting.description.strip(), name
        if setting.default is not None:
            assert setting.problem(setting.default) is None, name
        if setting.choices:
            assert setting.default in setting.choices, name


def test_the_old_tables_are_derived_from_the_model():
    assert {k: s.kind for k, s in SETTINGS.items()} == SCHEMA
    assert set(PORTABLE_KEYS) == {k for k, s in SETTINGS.items() if s.portable}
    assert PREFERENCE_CHOICES["theme"] == SETTINGS["theme"].choices
    assert PREFERENCE_DEFAULTS["text_scale"] == SETTINGS["text_scale"].default == 100
    assert SETTINGS["text_scale"].value_range == TEXT_SCALE_RANGE


# -- absent, invalid ----------------------------------------------------------------------------------
def test_an_absent_setting_reads_as_its_declared_default():
    s = Settings()
    assert s.problem is None
    for name, setting in SETTINGS.items():
        assert s.get(name) == setting.default, name
        assert not s.has(name) and s.is_default(name)
    s.get("recent_packs").append("changed by a caller")
    assert Settings().get("recent_packs") == []  # a caller cannot change the default itself


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_a_wrongly_typed_value_in_the_file_is_reported_once_and_the_default_applies(name):
    setting = SETTINGS[name]
    write_settings(toml_writer.dumps({"schema_version": 1, name: wrong_value(setting),
                                      "export_custom_size": "800x600" if name != "export_custom_size"
                                      else 7}))
    s = Settings()
    assert name in (s.problem or "") and "using the defaults" in s.problem
    assert s.get(name) == setting.default and name in s.dropped
    s.save()
    again = Settings()
    assert again.problem is None and again.get(name) == setting.default
    if name != "export_custom_size":
        assert again.get("export_custom_size") == "800x600"  # the good value is kept


@pytest.mark.parametrize("name", sorted(k for k, s in SETTINGS.items() if s.choices or s.value_range))
def test_a_value_outside_the_allowed_ones_is_reported_and_the_default_applies(name):
    setting = SETTINGS[name]
    bad = setting.value_range[1] + 1 if setting.value_range else "no-such-choice"
    write_settings(toml_writer.dumps({"schema_version": 1, name: bad}))
    s = Settings()
    assert name in (s.problem or "") and repr(bad) in s.problem
    assert s.get(name) == s.preference(name) == setting.default
    with pytest.raises(ValueError):
        s.set(name, bad)


def test_setting_a_wrongly_typed_value_is_refused():
    s = Settings()
    with pytest.raises(TypeError):
        s.set("export_scale", "2")
    with pytest.raises(TypeError):
        s.set("import_decimal_comma", "yes")
    s.set("export_scale", 3)
    assert s.get("export_scale") == 3 and not s.is_default("export_scale")


def test_a_file_of_the_current_release_loads_unchanged(tmp_path):
    text = ('schema_version = 1\nexport_marking = "OFFICIAL"\nexport_scale = 3\ntheme = "dark"\n'
            'text_scale = 120\nlabel_language = ""\nrecent_packs = ["/p/a", "/p/b"]\n'
            'open_alongside = ["/p/b"]\nimport_kind = "indicators"\nimport_decimal_comma = true\n'
            'import_folder = "/data"\ntimeline_eras = false\nhand_added = "kept"\n'
            '[last_filter]\npartners = ["JP"]\nday_from = 3\n'
            '[timeline_span]\npack = "/p/a"\nday_from = 1\nday_to = 9\n')
    path = write_settings(text)
    s = Settings()
    assert s.problem is None and not s.dropped
    assert (s.get("export_marking"), s.get("export_scale"), s.get("theme"), s.get("text_scale")) == \
        ("OFFICIAL", 3, "dark", 120)
    assert s.get("recent_packs") == ["/p/a", "/p/b"] and s.get("open_alongside") == ["/p/b"]
    assert s.get("import_kind") == "indicators" and s.get("import_decimal_comma") is True
    assert s.get("timeline_eras") is False and s.get("last_filter") == {"partners": ["JP"],
                                                                         "day_from": 3}
    before = Settings().get("timeline_span")
    s.save()
    again = Settings()
    assert again.problem is None and again.get("timeline_span") == before
    assert "hand_added" in path.read_text(encoding="utf-8")


# -- the call sites -----------------------------------------------------------------------------------
def _is_settings(expr: ast.expr, aliases: set[str]) -> bool:
    text = ast.unparse(expr)
    return "settings" in text.lower() or (isinstance(expr, ast.Name) and expr.id in aliases)


def _aliases(func: ast.AST) -> set[str]:
    """Names a function binds to a settings object (``s = self.settings``, ``s = Settings()``)."""
    names = set()
    for node in ast.walk(func):
        if isinstance(node, ast.Assign) and "settings" in ast.unparse(node.value).lower():
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        if isinstance(node, ast.withitem) and isinstance(node.optional_vars, ast.Name) \
                and "settings" in ast.unparse(node.context_expr).lower():
            names.add(node.optional_vars.id)
    return names


def call_sites():
    """(file:line, key, passed default or ..., literal?) per settings call with a literal key.

    Found by syntax, not by text: ``X.get("k", ...)`` / ``.set`` / ``.preference`` / ``.has`` where X
    names a settings object (its text says "settings", or it is a local bound to one), the keys of
    ``settings.update({...})``, and helpers called as ``_preference(settings, "k")`` (a function
    whose name says "preference" or "setting").
    """
    sites = []
    for path in sorted(EXPLORER.rglob("*.py")):
        if path.name == "settings.py" and path.parent.name == "userdata":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scopes = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        aliases = {id(n): _aliases(n) for n in scopes}
        for scope in [tree, *scopes]:
            names = aliases.get(id(scope), set())
            for node in ast.walk(scope):
                if not isinstance(node, ast.Call):
                    continue
                where = f"{path.relative_to(EXPLORER.parent).as_posix()}:{node.lineno}"
                func, args = node.func, node.args
                if isinstance(func, ast.Attribute) and func.attr in METHODS and args \
                        and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str) \
                        and (func.attr == "preference" or _is_settings(func.value, names)):
                    default = args[1] if func.attr == "get" and len(args) > 1 else None
                    sites.append((where, args[0].value, default))
                elif isinstance(func, ast.Attribute) and func.attr == "update" and args \
                        and isinstance(args[0], ast.Dict) and _is_settings(func.value, names):
                    sites += [(where, k.value, None) for k in args[0].keys
                              if isinstance(k, ast.Constant) and isinstance(k.value, str)]
                elif len(args) >= 2 and _is_settings(args[0], names) \
                        and any(w in ast.unparse(func).lower() for w in ("preference", "setting")) \
                        and isinstance(args[1], ast.Constant) and isinstance(args[1].value, str):
                    sites.append((where, args[1].value, None))
    return list(dict.fromkeys(sites))  # a nested function is walked from its parent too


def test_the_scan_finds_the_call_sites_it_should():
    keys = {key for _where, key, _default in call_sites()}
    # one of each way of reaching the settings: self.settings, a local alias, a nested attribute,
    # a helper taking (settings, key), a function returning the settings
    assert {"last_pack", "export_format", "import_folder", "import_kind", "theme",
            "receipt_pack_location", "timeline_refit", "open_alongside"} <= keys
    assert len(call_sites()) >= 60


def test_every_key_the_app_uses_is_declared():
    undeclared = sorted({f"{where}: {key}" for where, key, _ in call_sites() if key not in SETTINGS})
    assert undeclared == []


# Call sites that still pass their own default and say something else than the model (files other
# engineers own this round). Remove a line when its call site reads ``settings.get(key)``; a new
# contradiction fails the test below.
KNOWN_CONTRADICTIONS: set[tuple[str, str, str]] = set()  # every call site agrees with the model now


def test_no_call_site_passes_a_default_that_contradicts_the_model():
    found = set()
    for where, key, default in call_sites():
        if default is None or key not in SETTINGS:
            continue
        try:
            value = ast.literal_eval(default)
        except ValueError:  # computed at the call site: the model cannot agree with it
            found.add((where.split(":")[0], key, ast.unparse(default)))
            continue
        if value != SETTINGS[key].default:
            found.add((where.split(":")[0], key, ast.unparse(default)))
    assert found - KNOWN_CONTRADICTIONS == set(), "contradicts the declared default"
    assert KNOWN_CONTRADICTIONS - found == set(), "fixed: remove from KNOWN_CONTRADICTIONS"


def test_the_transition_get_still_honours_a_passed_default():
    s = Settings()
    assert s.get("export_folder", "/somewhere", str) == "/somewhere"
    assert s.get("last_pack", None, str) is None
    s.set("export_scale", 4)
    assert s.get("export_scale", 2, int) == 4
    assert s.get("not_declared") is None and copy.copy(s.get("not_declared", [], list)) == []


def test_doctor_reports_the_preferences_that_differ_and_unused_keys():
    write_settings('theme = "dark"\ntext_scale = 100\nsomething_new = 1\nexport_scale = 3\n')
    lines = Settings().report()
    assert "3 of" in lines[0] and "known settings stored" in lines[0]
    assert lines[1] == "preferences: theme = 'dark' (default 'system')"  # 100 is the default
    assert lines[2].endswith("something_new")


def test_the_user_data_document_lists_every_setting():
    text = (EXPLORER.parent / "docs" / "user-data.md").read_text(encoding="utf-8")
    missing = [k for k in SETTINGS if f"| `{k}` |" not in text]
    assert missing == []
