"""Preferences through the dialog: the whole window's colours and text size change, the file on
disk holds the choices, the window is told what changed; every palette is legible (WCAG AA)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from explorer.charts.theme import DARK, HIGH_CONTRAST, LIGHT, THEMES, contrast_ratio
from explorer.qt import theme as qt_theme
from explorer.qt.theme_apply import apply_look, palette_for, reset_look
from explorer.qt.views.preferences_dialog import PreferencesDialog
from explorer.userdata.settings import Settings

R = QPalette.ColorRole
AA = 4.5


@pytest.fixture
def app(qapp):
    yield qapp
    reset_look(qapp)  # leave the shared application as it was for the next test


@pytest.fixture
def dialog(qtbot, app):
    d = PreferencesDialog(Settings(), None)
    qtbot.addWidget(d)
    return d


def press(dialog, which):
    dialog.buttons.button(which).click()


def pick(combo, value):
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_choosing_dark_repaints_the_whole_window_and_is_remembered(dialog, app, qtbot):
    before = app.palette().color(R.Window).name().upper()
    pick(dialog.theme_combo, "dark")
    with qtbot.waitSignal(dialog.sig_applied) as applied, \
            qtbot.waitSignal(qt_theme.notifier().changed):
        press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert applied.args == [{"theme": "dark"}]
    assert app.palette().color(R.Window).name().upper() == DARK.window != before
    assert app.palette().color(R.Base).name().upper() == DARK.surface
    assert app.palette().color(R.Text).name().upper() == DARK.text
    assert qt_theme.current() is DARK
    # A new widget made now is dark too, and the file on disk says so.
    edit = QLineEdit()
    qtbot.addWidget(edit)
    assert edit.palette().color(R.Base).name().upper() == DARK.surface
    assert Settings().preference("theme") == "dark"


def test_high_contrast_then_back_to_light(dialog, app):
    pick(dialog.theme_combo, "high_contrast")
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert app.palette().color(R.Window).name().upper() == HIGH_CONTRAST.window
    assert app.palette().color(R.Highlight).name().upper() == HIGH_CONTRAST.accent
    pick(dialog.theme_combo, "light")
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert app.palette().color(R.Window).name().upper() == LIGHT.window
    assert qt_theme.current() is LIGHT


def test_text_size_grows_the_application_font_and_the_preview(dialog, app, qtbot):
    base = app.font().pointSizeF()
    preview_before = dialog.preview.font().pointSizeF()
    dialog.scale_slider.setValue(150)
    assert dialog.scale_spin.value() == 150  # slider and spin agree
    assert dialog.preview.font().pointSizeF() == pytest.approx(preview_before * 1.5, rel=0.02)
    assert app.font().pointSizeF() == base  # only a preview until OK or Apply
    with qtbot.waitSignal(dialog.sig_applied) as applied:
        press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert applied.args == [{"text_scale": 150}]
    assert app.font().pointSizeF() == pytest.approx(base * 1.5, rel=0.02)
    assert qt_theme.text_scale() == pytest.approx(1.5)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert Settings().preference("text_scale") == 150


def test_text_size_is_relative_to_the_system_font_never_compounded(app):
    s = Settings()
    apply_look(app, s)
    base = app.font().pointSizeF()
    s.set("text_scale", 120)
    apply_look(app, s)
    apply_look(app, s)
    assert app.font().pointSizeF() == pytest.approx(base * 1.2, rel=0.02)


def test_every_choice_is_written_to_disk_and_reported(dialog, qtbot, tmp_path):
    pick(dialog.ui_language_combo, "ja")
    assert dialog.restart_note.isVisibleTo(dialog)  # the interface language waits for a restart
    pick(dialog.label_language_combo, "both")
    pick(dialog.refit_combo, "ask")
    dialog.marking_edit.setText("OFFICIAL-SENSITIVE")
    dialog.folder_edit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.sig_applied) as applied:
        press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert applied.args[0] == {"ui_language": "ja", "label_language": "both", "timeline_refit": "ask",
                               "export_marking": "OFFICIAL-SENSITIVE", "export_folder": str(tmp_path)}
    again = Settings()
    assert again.preference("ui_language") == "ja" and again.preference("label_language") == "both"
    assert again.preference("timeline_refit") == "ask"
    assert again.get("export_marking", "", str) == "OFFICIAL-SENSITIVE"
    assert again.get("export_folder", "", str) == str(tmp_path)


def test_cancel_changes_nothing(dialog, app):
    pick(dialog.theme_combo, "dark")
    with_signal = []
    dialog.sig_applied.connect(with_signal.append)
    press(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert with_signal == [] and qt_theme.current() is LIGHT
    assert not Settings().path.exists() or not Settings().has("theme")


def test_the_dialog_opens_on_what_the_file_holds_and_languages_are_named_in_their_own(qtbot, app):
    s = Settings()
    s.update({"theme": "high_contrast", "text_scale": 130, "ui_language": "en"})
    s.save()
    d = PreferencesDialog(Settings(), None)
    qtbot.addWidget(d)
    assert d.theme_combo.currentData() == "high_contrast"
    assert d.scale_spin.value() == 130 and d.scale_slider.value() == 130
    names = [d.ui_language_combo.itemText(i) for i in range(d.ui_language_combo.count())]
    assert "日本語" in names and "English" in names
    for w in (d.ui_language_combo, d.label_language_combo, d.scale_slider, d.scale_spin,
              d.theme_combo, d.refit_combo, d.marking_edit, d.folder_edit, d.browse_button):
        assert w.accessibleName(), w


@pytest.mark.parametrize("name", list(THEMES))
def test_the_application_palette_of_every_theme_is_legible(name):
    p = palette_for(THEMES[name])
    for fg, bg in ((R.Text, R.Base), (R.WindowText, R.Window), (R.HighlightedText, R.Highlight),
                   (R.PlaceholderText, R.Base), (R.ButtonText, R.Button), (R.Text, R.AlternateBase),
                   (R.ToolTipText, R.ToolTipBase), (R.Link, R.Base)):
        ratio = contrast_ratio(p.color(fg).name(), p.color(bg).name())
        assert ratio >= AA, f"{name}: {fg.name} on {bg.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_apply_look_gives_the_app_a_legible_palette(app, name):
    s = Settings()
    s.set("theme", name)
    apply_look(app, s)
    p = app.palette()
    for fg, bg in ((R.Text, R.Base), (R.WindowText, R.Window), (R.HighlightedText, R.Highlight),
                   (R.PlaceholderText, R.Base)):
        assert contrast_ratio(p.color(fg).name(), p.color(bg).name()) >= AA, (name, fg, bg)


def test_under_the_japanese_translation_my_dialogs_speak_japanese(qtbot, app, tmp_path):
    """prefs_ja.ts: every entry translated, and the dialogs show it (no English left but names)."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtGui import QAction, QKeySequence

    from explorer.qt.views.shortcuts_dialog import ShortcutsDialog

    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "explorer_ja.ts"
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and "<translation></translation>" not in text
    qm = tmp_path / "prefs_ja.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        d = PreferencesDialog(Settings(), None)
        qtbot.addWidget(d)
        assert d.windowTitle() == "設定"
        assert [d.theme_combo.itemText(i) for i in range(d.theme_combo.count())] == \
            ["システムの設定に従う", "ライト", "ダーク", "ハイコントラスト"]
        assert d.ui_language_combo.itemText(1) == "English"  # a language keeps its own name
        for combo in (d.label_language_combo, d.refit_combo):
            for i in range(combo.count()):
                assert not re.search(r"[A-Za-z]{3,}", combo.itemText(i)), combo.itemText(i)
        action = QAction("&Open pack…", d)
        action.setShortcut(QKeySequence("Ctrl+O"))
        s = ShortcutsDialog([action], d)
        qtbot.addWidget(s)
        assert s.windowTitle() == "キーボードショートカット" and s.rows()[0][0] == "その他"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_follow_the_system_is_dark_when_the_system_is(app, monkeypatch):
    from explorer.qt import theme_apply

    s = Settings()
    s.set("theme", "system")
    monkeypatch.setattr(theme_apply, "system_is_dark", lambda: True)
    apply_look(app, s)
    assert qt_theme.current() is DARK and app.palette().color(R.Window).name().upper() == DARK.window
    monkeypatch.setattr(theme_apply, "system_is_dark", lambda: False)
    apply_look(app, s)
    assert qt_theme.current() is LIGHT


def test_a_bad_theme_in_the_file_starts_light_and_says_so(app):
    from explorer.userdata.locations import config_dir

    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "settings.toml").write_text('theme = "neon"\ntext_scale = 1000\n', encoding="utf-8")
    s = Settings()
    base = app.font().pointSizeF()
    apply_look(app, s)  # no crash: the defaults apply
    assert "theme should be one of" in (s.problem or "")
    assert qt_theme.text_scale() == 1.0 and app.font().pointSizeF() == pytest.approx(base)
