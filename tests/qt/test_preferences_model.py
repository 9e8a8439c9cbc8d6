"""The Preferences dialog offers what the settings model allows, in its order, opens on its defaults,
and follows the model when it changes (a new choice or range appears without touching the dialog)."""

from __future__ import annotations

import dataclasses

import pytest

from explorer.qt.theme_apply import reset_look
from explorer.qt.views.preferences_dialog import PreferencesDialog
from explorer.userdata import settings as settings_module
from explorer.userdata.settings import SETTINGS, Settings

COMBOS = {"ui_language": "ui_language_combo", "label_language": "label_language_combo",
          "theme": "theme_combo", "timeline_refit": "refit_combo"}


@pytest.fixture
def app(qapp):
    yield qapp
    reset_look(qapp)


def open_dialog(qtbot):
    d = PreferencesDialog(Settings(), None)
    qtbot.addWidget(d)
    return d


def items(combo):
    return [combo.itemData(i) for i in range(combo.count())]


def test_every_choice_and_the_text_size_range_come_from_the_model(qtbot, app):
    d = open_dialog(qtbot)
    for key, attr in COMBOS.items():
        combo = getattr(d, attr)
        assert items(combo) == list(SETTINGS[key].choices), key
        assert all(combo.itemText(i) for i in range(combo.count())), key
    low, high = SETTINGS["text_scale"].value_range
    assert (d.scale_slider.minimum(), d.scale_slider.maximum()) == (low, high)
    assert (d.scale_spin.minimum(), d.scale_spin.maximum()) == (low, high)
    assert d.scale_spin.singleStep() == SETTINGS["text_scale"].step


def test_with_no_settings_file_the_dialog_shows_the_declared_defaults(qtbot, app):
    d = open_dialog(qtbot)
    for key, attr in COMBOS.items():
        assert getattr(d, attr).currentData() == SETTINGS[key].default, key
    assert d.scale_spin.value() == SETTINGS["text_scale"].default
    assert d.marking_edit.text() == SETTINGS["export_marking"].default
    assert d.changes() == {}  # opening and closing writes nothing


def test_a_choice_added_to_the_model_appears_and_is_saved(qtbot, app, monkeypatch):
    monkeypatch.setitem(settings_module.SETTINGS, "timeline_refit", dataclasses.replace(
        SETTINGS["timeline_refit"], choices=(*SETTINGS["timeline_refit"].choices, "centre")))
    monkeypatch.setitem(settings_module.SETTINGS, "text_scale", dataclasses.replace(
        SETTINGS["text_scale"], value_range=(80, 200)))
    d = open_dialog(qtbot)
    assert items(d.refit_combo)[-1] == "centre" and d.refit_combo.itemText(d.refit_combo.count() - 1)
    assert d.scale_spin.maximum() == 200 and d.scale_slider.minimum() == 80
    d.refit_combo.setCurrentIndex(d.refit_combo.count() - 1)
    assert d.apply()
    assert Settings().get("timeline_refit") == "centre"
