"""Edit ▸ Preferences: interface and label language, text size, theme, what a filter change does
to the timeline, the default classification marking and the export folder.

OK and Apply write the changed keys through ``Settings`` (saved atomically), apply a new theme or
text size to the whole application at once (``theme_apply.apply_look``) and emit ``sig_applied``
with what changed; the main window passes the label language to the Session and the refit choice
to the timeline. The interface language applies at the next start (Qt translators are installed
before the first window is built).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from explorer.userdata.settings import SETTINGS

CONTEXT = "PreferencesDialog"
# What each allowed value (declared in ``SETTINGS``) is called in the dialog. The values and their
# order come from the model; a declared value missing here is shown as itself, never hidden.
# Language names are written in their own language, never translated: a user who cannot read the
# current interface still finds their own.
CHOICE_TEXTS: dict[str, dict[Any, Any]] = {  # Any: QT_TRANSLATE_NOOP is typed as object
    "ui_language": {"system": QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system"),
                    "en": "English", "ja": "日本語"},
    "label_language": {"": QT_TRANSLATE_NOOP("PreferencesDialog", "Same as the interface"),
                       "en": QT_TRANSLATE_NOOP("PreferencesDialog", "English"),
                       "ja": QT_TRANSLATE_NOOP("PreferencesDialog", "Japanese"),
                       "both": QT_TRANSLATE_NOOP("PreferencesDialog", "English and Japanese")},
    "theme": {"system": QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system"),
              "light": QT_TRANSLATE_NOOP("PreferencesDialog", "Light"),
              "dark": QT_TRANSLATE_NOOP("PreferencesDialog", "Dark"),
              "high_contrast": QT_TRANSLATE_NOOP("PreferencesDialog", "High contrast")},
    "timeline_refit": {"auto": QT_TRANSLATE_NOOP("PreferencesDialog", "Refit automatically"),
                       "ask": QT_TRANSLATE_NOOP("PreferencesDialog", "Ask"),
                       "off": QT_TRANSLATE_NOOP("PreferencesDialog", "Keep the view")},
}
OWN_NAMES = {"ui_language": ("en", "ja")}  # shown as written, not translated


def choices(key: str) -> tuple[tuple[Any, str], ...]:
    """(value, untranslated text) per allowed value of ``key``, in the model's order."""
    texts = CHOICE_TEXTS.get(key, {})
    return tuple((value, str(texts.get(value, value))) for value in SETTINGS[key].choices)


# Kept for callers that imported the tables by name.
UI_LANGUAGES = choices("ui_language")
LABEL_LANGUAGES = choices("label_language")
THEMES = choices("theme")
REFITS = choices("timeline_refit")
KEYS = tuple(name for name, setting in SETTINGS.items() if setting.preference)
SCALE_STEP = SETTINGS["text_scale"].step


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreferencesDialog", text)


def _read(settings: Any, key: str) -> Any:
    """The value ``settings`` holds for ``key``, or the model's default."""
    reader = getattr(settings, "preference", None)
    value = reader(key) if callable(reader) else settings.get(key)
    setting = SETTINGS[key]
    if value is None or setting.problem(value):
        return setting.default
    return value


class PreferencesDialog(QDialog):
    """The preferences; see the module docstring."""

    sig_applied = Signal(dict)
    """Preferences were written: the changed keys and their new values."""

    def __init__(self, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self._saved = {key: _read(settings, key) for key in KEYS}
        self._started_ui_language = self._saved["ui_language"]

        self.ui_language_combo = self._combo("ui_language")
        self.ui_language_combo.setAccessibleName(self.tr("Interface language"))
        self.ui_language_combo.setAccessibleDescription(
            self.tr("The language of menus and dialogs; applies the next time the application starts"))
        self.restart_note = QLabel(
            self.tr("The interface language changes the next time you start Briefing Explorer."), self)
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        self.ui_language_combo.currentIndexChanged.connect(self._on_q_ui_language_changed)

        self.label_language_combo = self._combo("label_language")
        self.label_language_combo.setAccessibleName(self.tr("Label language"))
        self.label_language_combo.setAccessibleDescription(
            self.tr("The language of event titles, names, domains and statuses in every view and export"))

        low, high = SETTINGS["text_scale"].value_range or (100, 100)
        self.scale_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.scale_slider.setRange(low, high)
        self.scale_slider.setSingleStep(SCALE_STEP)
        self.scale_slider.setPageStep(SCALE_STEP)
        self.scale_slider.setTickInterval(SCALE_STEP)
        self.scale_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.scale_slider.setAccessibleName(self.tr("Text size"))
        self.scale_slider.setAccessibleDescription(
            self.tr("The size of every text in the window, the timeline included, in percent"))
        self.scale_spin = QSpinBox(self)
        self.scale_spin.setRange(low, high)
        self.scale_spin.setSingleStep(SCALE_STEP)
        self.scale_spin.setSuffix(" %")
        self.scale_spin.setAccessibleName(self.tr("Text size in percent"))
        self.scale_slider.setValue(int(self._saved["text_scale"]))
        self.scale_spin.setValue(int(self._saved["text_scale"]))
        self.scale_slider.valueChanged.connect(self._on_q_scale_changed)
        self.scale_spin.valueChanged.connect(self._on_q_scale_changed)
        self.preview = QLabel(self.tr("Preview: EU–Japan EPA in force, 1 February 2019"), self)
        self.preview.setAccessibleName(self.tr("Text size preview"))
        self.preview.setWordWrap(True)
        self._base_font = QFont(QApplication.font())
        self._base_scale = int(self._saved["text_scale"])
        self._update_preview()

        self.theme_combo = self._combo("theme")
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        self.theme_combo.setAccessibleDescription(
            self.tr("Colours of the window, the timeline and the charts; exports always stay light"))

        self.refit_combo = self._combo("timeline_refit")
        self.refit_combo.setAccessibleName(self.tr("Timeline after a filter change"))
        self.refit_combo.setAccessibleDescription(
            self.tr("Whether the timeline zooms to the events a new filter shows"))

        self.marking_edit = QLineEdit(self._saved["export_marking"], self)
        self.marking_edit.setPlaceholderText(self.tr("e.g. OFFICIAL"))
        self.marking_edit.setAccessibleName(self.tr("Default classification marking"))
        self.marking_edit.setAccessibleDescription(
            self.tr("Printed on every exported page and slide unless you change it in the export"))

        self.folder_edit = QLineEdit(self._saved["export_folder"], self)
        self.folder_edit.setPlaceholderText(self.tr("Your home folder"))
        self.folder_edit.setAccessibleName(self.tr("Export folder"))
        self.folder_edit.setAccessibleDescription(self.tr("Where export dialogs start"))
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.setAccessibleName(self.tr("Choose the export folder"))
        self.browse_button.clicked.connect(self._on_q_browse_clicked)

        self.problem_label = QLabel("", self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._buddy(self.tr("&Interface language:"), self.ui_language_combo),
                    self.ui_language_combo)
        form.addRow("", self.restart_note)
        form.addRow(self._buddy(self.tr("&Label language:"), self.label_language_combo),
                    self.label_language_combo)
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale_slider, 1)
        scale_row.addWidget(self.scale_spin)
        form.addRow(self._buddy(self.tr("Text &size:"), self.scale_slider), scale_row)
        form.addRow("", self.preview)
        form.addRow(self._buddy(self.tr("&Theme:"), self.theme_combo), self.theme_combo)
        form.addRow(self._buddy(self.tr("Time&line after a filter change:"), self.refit_combo),
                    self.refit_combo)
        form.addRow(self._buddy(self.tr("Default &marking:"), self.marking_edit), self.marking_edit)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form.addRow(self._buddy(self.tr("E&xport folder:"), self.folder_edit), folder_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel, self)
        for which, name in ((QDialogButtonBox.StandardButton.Ok, self.tr("OK")),
                            (QDialogButtonBox.StandardButton.Apply, self.tr("Apply")),
                            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel"))):
            button = self.buttons.button(which)
            button.setText(name)
            button.setAccessibleName(name)
        self.buttons.accepted.connect(self._on_q_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Wide enough for a folder path and the preview on one line; never wider than the screen.
        em = self.fontMetrics().horizontalAdvance("M")
        width = em * 48
        screen = self.screen()
        if screen is not None:
            width = min(width, int(screen.availableGeometry().width() * 0.9))
        self.resize(width, self.sizeHint().height())

    # -- building --------------------------------------------------------------------------------
    def _combo(self, key: str) -> QComboBox:
        """A choice per value ``SETTINGS[key]`` allows, in its order, on the saved one; texts
        are translated except ``OWN_NAMES``' (languages named in their own language)."""
        combo = QComboBox(self)
        own = OWN_NAMES.get(key, ())
        for value, text in choices(key):
            combo.addItem(text if value in own else _tr(text), value)
        combo.setCurrentIndex(max(combo.findData(self._saved[key]), 0))
        return combo

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # -- reading the form ---------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What the form says now, as settings values."""
        return {
            "ui_language": self.ui_language_combo.currentData(),
            "label_language": self.label_language_combo.currentData(),
            "text_scale": int(self.scale_spin.value()),
            "theme": self.theme_combo.currentData(),
            "timeline_refit": self.refit_combo.currentData(),
            "export_marking": self.marking_edit.text().strip(),
            "export_folder": self.folder_edit.text().strip(),
        }

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if v != self._saved[k]}

    # -- handlers -------------------------------------------------------------------------------
    def _on_q_ui_language_changed(self, _index: int) -> None:
        self.restart_note.setVisible(self.ui_language_combo.currentData() != self._started_ui_language)

    def _on_q_scale_changed(self, value: int) -> None:
        value = int(round(value / SCALE_STEP) * SCALE_STEP) if value % SCALE_STEP else int(value)
        low, high = SETTINGS["text_scale"].value_range or (100, 100)
        value = min(max(value, low), high)
        for w in (self.scale_slider, self.scale_spin):
            if w.value() != value:
                with signals_blocked(w):
                    w.setValue(value)
        self._update_preview()

    def _update_preview(self) -> None:
        """The sample text at the size the window will have (the app font is already scaled by
        the saved size, so scale relative to it)."""
        font = QFont(self._base_font)
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * self.scale_spin.value() / max(self._base_scale, 1))
        self.preview.setFont(font)

    def _on_q_browse_clicked(self) -> None:
        start = self.folder_edit.text().strip() or str(Path.home())
        path = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), start)
        if path:
            self.folder_edit.setText(path)

    def _on_q_ok_clicked(self) -> None:
        if self.apply():
            self.accept()

    def apply(self) -> bool:
        """Write what changed, apply the look, tell the window. False if the file could not be
        written (the dialog stays open and says why)."""
        changed = self.changes()
        if not changed:
            return True
        for key, value in changed.items():
            if key in ("export_marking", "export_folder") and not value:
                self._settings.set(key, None)
            else:
                self._settings.set(key, value)
        try:
            self._settings.save()
        except OSError as e:
            self.problem_label.setText(
                self.tr("The preferences could not be saved: {why}").format(why=e.strerror or e))
            self.problem_label.setVisible(True)
            return False
        self.problem_label.setVisible(False)
        self._saved.update(changed)
        if "theme" in changed or "text_scale" in changed:
            from explorer.qt.theme_apply import apply_look

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_look(app, self._settings)
                self._base_font = QFont(QApplication.font())
                self._base_scale = int(self._saved["text_scale"])
                self._update_preview()
        self.sig_applied.emit(dict(changed))
        return True
