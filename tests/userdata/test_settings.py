"""Settings: TOML that round-trips, validation, the JSON migration, damage, atomic saves."""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from explorer.userdata import toml_writer
from explorer.userdata.locations import config_dir
from explorer.userdata.settings import SCHEMA_VERSION, Settings

GEOMETRY = "AdnQywADAAAAAAAAAAAAAAAAB38AAAQ3AAAAAAAAABQAAAd/AAAENwAAAAACAAAAB4A+/="  # base64, '+' '/' '='
FILTER = Filter().with_changes(partners={"eu", "us"}, domains={"trade"}, day_from=17532,
                               text='tariff "steel" \\ 日本')
COMPARISON = ComparisonSetup(indicator_id="goods_exports", series=("eu>jp", "us>jp"),
                             basis="converted", currency="USD", chart="line")


def settings_path() -> Path:
    return config_dir() / "settings.toml"


def aside(name: str, label: str = "broken") -> list[Path]:
    return sorted(config_dir().glob(f"{name}.{label}-*"))


# -- the file ----------------------------------------------------------------------------------------

def test_every_kind_of_value_the_window_stores_round_trips():
    s = Settings()
    assert s.path == settings_path() and s.problem is None
    s.update({"window_geometry": GEOMETRY, "timeline_eras": False, "export_scale": 3,
              "last_pack": "/home/me/packs/japan.zip", "last_filter": FILTER.to_dict(),
              "last_comparison": COMPARISON.to_dict()})
    s.add_recent_pack("/a/one")
    s.add_recent_pack("C:\\Users\\me\\two.zip")
    s.save()

    again = Settings()
    assert again.problem is None
    assert again.get("window_geometry", "", str) == GEOMETRY
    assert again.get("timeline_eras", True, bool) is False
    assert again.get("export_scale", 2, int) == 3
    assert again.recent_packs() == ["C:\\Users\\me\\two.zip", "/a/one"]
    assert Filter.from_dict(again.get("last_filter", None, dict)) == FILTER
    assert ComparisonSetup.from_dict(again.get("last_comparison", None, dict)) == COMPARISON
    # An empty filter (day_from/day_to None: TOML has no null) round-trips too.
    again.set("last_filter", Filter().to_dict())
    again.save()
    assert Filter.from_dict(Settings().get("last_filter", None, dict)) == Filter()


def test_the_file_is_versioned_readable_toml():
    s = Settings()
    s.set("last_filter", FILTER.to_dict())
    s.set("export_marking", "OFFICIAL")
    s.save()
    text = settings_path().read_text(encoding="utf-8")
    assert text.startswith("# Briefing Explorer settings")
    first = next(line for line in text.splitlines() if line and not line.startswith("#"))
    assert first == f"schema_version = {SCHEMA_VERSION}"
    assert "[last_filter]" in text and 'export_marking = "OFFICIAL"' in text
    data = tomllib.loads(text)
    assert data["schema_version"] == SCHEMA_VERSION
    assert "day_to" not in data["last_filter"]  # None is "not set": left out


def test_none_forgets_and_unstorable_values_are_refused_when_set():
    s = Settings()
    s.set("export_folder", "/x")
    s.set("export_folder", None)
    assert s.get("export_folder", "default") == "default"
    s.set("nested", {"a": None, "b": [1, None, 2], "c": ("x", "y")})
    assert s.get("nested") == {"b": [1, 2], "c": ["x", "y"]}  # as it will read back
    with pytest.raises(TypeError):
        s.set("window_state", b"raw bytes")
    with pytest.raises(TypeError):
        s.set("thing", object())
    with pytest.raises(ValueError):
        s.set("huge", 2**70)
    s.save()
    assert Settings().get("nested") == {"b": [1, 2], "c": ["x", "y"]}


def test_a_save_that_fails_before_the_rename_leaves_the_old_file(monkeypatch):
    s = Settings()
    s.set("export_marking", "OLD")
    s.save()
    before = settings_path().read_bytes()

    def crash(src, dst):
        assert tomllib.loads(Path(src).read_text(encoding="utf-8"))  # the temp file was complete
        raise OSError(5, "Input/output error")

    s.set("export_marking", "NEW")
    with monkeypatch.context() as m, pytest.raises(OSError):
        m.setattr(os, "replace", crash)
        s.save()
    assert settings_path().read_bytes() == before
    assert [p.name for p in config_dir().iterdir()] == ["settings.toml"]


def test_stale_temp_files_of_a_killed_save_are_cleaned_up():
    Settings().save()
    stale = config_dir() / ".settings.toml.abc123.tmp"
    fresh = config_dir() / ".settings.toml.def456.tmp"  # another instance may be saving right now
    stale.write_text("half", encoding="utf-8")
    fresh.write_text("half", encoding="utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    Settings()
    assert not stale.exists() and fresh.exists()


# -- validation ----------------------------------------------------------------------------------------

def test_wrong_types_fall_back_to_defaults_and_are_reported_once():
    config_dir().mkdir(parents=True)
    settings_path().write_text(
        "schema_version = 1\n"
        'export_scale = "two"\n'
        "timeline_eras = 1\n"
        'recent_packs = ["/ok", 3]\n'
        'export_marking = "OFFICIAL"\n'
        'future_option = { colour = "teal" }\n'
        "[last_filter]\n"
        'partners = ["eu"]\n'
        'day_from = "2019"\n', encoding="utf-8")
    s = Settings()
    problem = s.problem or ""
    for part in ("export_scale should be a whole number (found 'two')",
                 "timeline_eras should be true or false (found 1)",
                 "recent_packs should be a list of text", "last_filter.day_from should be a whole number"):
        assert part in problem, problem
    assert "using the defaults" in problem
    assert s.get("export_scale", 2, int) == 2 and s.get("timeline_eras", True, bool) is True
    assert s.recent_packs() == []
    assert s.get("export_marking", "", str) == "OFFICIAL"  # the good ones are kept
    assert Filter.from_dict(s.get("last_filter", None, dict)) == Filter().with_changes(partners={"eu"})
    assert s.get("future_option") == {"colour": "teal"}
    s.save()
    again = Settings()
    assert again.problem is None  # reported once: the bad values are gone
    assert tomllib.loads(settings_path().read_text(encoding="utf-8"))["future_option"] == {"colour": "teal"}


@pytest.mark.parametrize("content", [
    "{not json",  # what the window test writes
    "export_scale = \n",
    "a = 1\na = 2\n",  # a duplicate key
    "[last_filter\n",
])
def test_a_syntax_error_is_set_aside_and_defaults_used(content):
    config_dir().mkdir(parents=True)
    settings_path().write_text(content, encoding="utf-8")
    s = Settings()
    assert s.problem and "damaged settings" in s.problem and "using defaults" in s.problem
    (kept,) = aside("settings.toml")
    assert kept.read_text(encoding="utf-8") == content and kept.name in s.problem
    assert not settings_path().exists()
    assert s.get("export_scale", 2, int) == 2
    s.set("export_scale", 3)
    s.save()
    again = Settings()
    assert again.problem is None and again.get("export_scale", 2, int) == 3


def test_bytes_that_are_not_text_are_damage_too():
    config_dir().mkdir(parents=True)
    settings_path().write_bytes(b"\xff\xfe\x00garbage")
    s = Settings()
    assert s.problem and "damaged settings" in s.problem and len(aside("settings.toml")) == 1


def test_an_unreadable_settings_file_is_set_aside():
    settings_path().mkdir(parents=True)  # not a file: reading fails, whoever the user is
    s = Settings()
    assert s.problem and "cannot read settings" in s.problem
    (kept,) = aside("settings.toml")
    assert kept.is_dir()
    s.save()  # and saving works again
    assert Settings().problem is None


def test_settings_from_a_newer_app_are_kept_aside_not_overwritten():
    config_dir().mkdir(parents=True)
    settings_path().write_text(f"schema_version = {SCHEMA_VERSION + 1}\nexport_scale = 4\n",
                               encoding="utf-8")
    s = Settings()
    assert s.problem and "newer Briefing Explorer" in s.problem
    (kept,) = aside("settings.toml", "newer")
    assert "export_scale = 4" in kept.read_text(encoding="utf-8")
    assert s.get("export_scale", 2, int) == 2


def test_a_hand_written_file_without_a_version_is_read():
    config_dir().mkdir(parents=True)
    settings_path().write_text('export_marking = "OFFICIAL"\n', encoding="utf-8")
    s = Settings()
    assert s.problem is None and s.get("export_marking", "", str) == "OFFICIAL"


# -- migration from settings.json -------------------------------------------------------------------

def test_the_old_json_settings_are_converted_once():
    config_dir().mkdir(parents=True)
    old = {"window_geometry": GEOMETRY, "timeline_lanes": "domain", "export_scale": 3,
           "recent_packs": ["/a", "/b"], "last_filter": FILTER.to_dict(),
           "last_comparison": COMPARISON.to_dict(), "marking_required": True, "last_pack": None,
           "compare_link_time_axes": "yes"}  # a wrong type from a hand edit
    assert old["last_filter"]["day_to"] is None  # JSON had nulls; TOML cannot
    legacy = config_dir() / "settings.json"
    legacy.write_text(json.dumps(old), encoding="utf-8")

    s = Settings()
    assert s.problem and "compare_link_time_axes should be true or false" in s.problem
    assert not legacy.exists() and (config_dir() / "settings.json.migrated").is_file()
    assert settings_path().is_file()
    data = tomllib.loads(settings_path().read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION and data["timeline_lanes"] == "domain"
    assert "compare_link_time_axes" not in data and "last_pack" not in data

    again = Settings()
    assert again.problem is None
    assert again.get("window_geometry", "", str) == GEOMETRY
    assert again.recent_packs() == ["/a", "/b"] and again.get("marking_required", False, bool)
    assert Filter.from_dict(again.get("last_filter", None, dict)) == FILTER
    assert ComparisonSetup.from_dict(again.get("last_comparison", None, dict)) == COMPARISON


def test_damaged_old_json_settings_are_set_aside():
    config_dir().mkdir(parents=True)
    (config_dir() / "settings.json").write_text("{not json", encoding="utf-8")
    s = Settings()
    assert s.problem and "damaged settings" in s.problem
    assert len(aside("settings.json")) == 1 and not settings_path().exists()


def test_once_converted_the_json_is_never_read_again():
    config_dir().mkdir(parents=True)
    (config_dir() / "settings.json").write_text('{"export_scale": 3}', encoding="utf-8")
    Settings()
    (config_dir() / "settings.json").write_text('{"export_scale": 4}', encoding="utf-8")
    assert Settings().get("export_scale", 2, int) == 3


# -- the TOML writer -------------------------------------------------------------------------------

KEYS = st.text(max_size=8)
SCALARS = (st.booleans() | st.integers(min_value=-2**63, max_value=2**63 - 1)
           | st.floats(allow_nan=False) | st.text(max_size=20)
           | st.datetimes(timezones=st.none() | st.just(dt.UTC)) | st.dates()
           | st.times())
VALUES = st.recursive(SCALARS, lambda kids: st.lists(kids, max_size=3)
                      | st.dictionaries(KEYS, kids, max_size=3), max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(KEYS, VALUES, max_size=6))
def test_whatever_the_writer_writes_tomllib_reads_back_equal(doc):
    text = toml_writer.dumps(doc, header="a comment\nover two lines")
    assert tomllib.loads(text) == doc


def test_the_writer_writes_special_floats_and_refuses_what_toml_cannot_hold():
    back = tomllib.loads(toml_writer.dumps({"a": math.inf, "b": -math.inf, "c": math.nan}))
    assert back["a"] == math.inf and back["b"] == -math.inf and math.isnan(back["c"])
    for bad in (None, b"x", {1: "x"}, 2**63, dt.time(1, tzinfo=dt.UTC)):
        with pytest.raises((TypeError, ValueError)):
            toml_writer.dumps({"k": bad})


def test_absurdly_nested_settings_are_damage_not_a_crash():
    config_dir().mkdir(parents=True)
    settings_path().write_text("a = " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    s = Settings()
    assert s.problem and "damaged settings" in s.problem
