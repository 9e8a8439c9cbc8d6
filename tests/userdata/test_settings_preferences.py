"""Preferences in settings.toml: a hand-edited bad value is reported and the default applies."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.userdata.locations import config_dir
from explorer.userdata.settings import PREFERENCE_CHOICES, PREFERENCE_DEFAULTS, TEXT_SCALE_RANGE, Settings


def write_settings(text: str) -> None:
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "settings.toml").write_text(text, encoding="utf-8")


def test_bad_preferences_in_a_hand_written_file_are_reported_and_defaults_apply():
    write_settings('schema_version = 1\n'
                   'theme = "purple"\n'
                   'ui_language = "fr"\n'
                   'label_language = "de"\n'
                   'timeline_refit = "sometimes"\n'
                   'text_scale = 400\n'
                   'export_marking = "OFFICIAL"\n')
    s = Settings()
    problem = s.problem or ""
    for part in ("theme should be one of", "'purple'", "ui_language", "'fr'", "label_language",
                 "timeline_refit", "text_scale should be from 90 to 150 (found 400)",
                 "using the defaults"):
        assert part in problem, problem
    assert s.preference("theme") == "system"
    assert s.preference("ui_language") == "system"
    assert s.preference("label_language") == ""
    assert s.preference("timeline_refit") == "auto"
    assert s.preference("text_scale") == 100
    assert s.get("export_marking", "", str) == "OFFICIAL"  # the good value is kept
    s.save()
    again = Settings()
    assert again.problem is None  # reported once: the bad values are gone from the file
    assert again.get("export_marking", "", str) == "OFFICIAL"


def test_wrongly_typed_preferences_are_reported_not_a_crash():
    write_settings('text_scale = "big"\ntheme = 3\nlabel_language = ["ja"]\n')
    s = Settings()
    assert "text_scale should be a whole number" in (s.problem or "")
    assert "theme should be text" in (s.problem or "")
    assert s.preference("text_scale") == 100 and s.preference("theme") == "system"
    assert s.preference("label_language") == ""


def test_good_preferences_are_read_back_and_empty_label_language_follows_the_interface():
    write_settings('theme = "high_contrast"\ntext_scale = 150\nlabel_language = ""\n'
                   'ui_language = "ja"\ntimeline_refit = "off"\n')
    s = Settings()
    assert s.problem is None
    assert (s.preference("theme"), s.preference("text_scale"), s.preference("label_language"),
            s.preference("ui_language"), s.preference("timeline_refit")) == \
        ("high_contrast", 150, "", "ja", "off")


def test_setting_a_bad_preference_is_refused_and_a_good_one_round_trips():
    s = Settings()
    with pytest.raises(ValueError):
        s.set("theme", "purple")
    with pytest.raises(ValueError):
        s.set("text_scale", 89)
    s.set("theme", "dark")
    s.set("text_scale", 120)
    s.save()
    again = Settings()
    assert again.preference("theme") == "dark" and again.preference("text_scale") == 120


@given(st.one_of(st.integers(-1000, 1000), st.sampled_from(sorted(PREFERENCE_CHOICES["theme"]))))
def test_any_text_scale_in_the_file_gives_an_allowed_value(value):
    text = f"text_scale = {value}\n" if isinstance(value, int) else f'text_scale = "{value}"\n'
    write_settings(text)
    s = Settings()
    low, high = TEXT_SCALE_RANGE
    assert low <= s.preference("text_scale") <= high
    assert (s.problem is None) == (isinstance(value, int) and low <= value <= high)
    assert set(PREFERENCE_DEFAULTS) >= {"theme", "text_scale"}
