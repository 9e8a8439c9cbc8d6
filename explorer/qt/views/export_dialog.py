"""File ▸ Export: what to export (chart, table, timeline, event), the format, slide size, scale and
the handling marking. The export itself is ``explorer.qt.exporting.export_view``: the same code the
headless ``export`` command runs, so the window and scripts write identical files.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import QSignalDebouncer, signals_blocked

from explorer.data.problems import PackInvalid
from explorer.export.view_state import ExportOptions, ViewError, ViewState, has_visible_text, marking_problem
from explorer.qt import theme as qt_theme
from explorer.userdata.settings import Settings

# Translated where shown (context "ExportDialog"); the keys are the formats' and sizes' own names.
FORMAT_LABELS = (("png", QT_TRANSLATE_NOOP("ExportDialog", "PNG picture")),
                 ("svg", QT_TRANSLATE_NOOP("ExportDialog", "SVG (vector)")),
                 ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF (vector)")),
                 ("pptx", QT_TRANSLATE_NOOP("ExportDialog", "PowerPoint (editable chart)")),
                 ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV (data)")),
                 ("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (data)")))
SIZE_LABELS = (("1920x1080", QT_TRANSLATE_NOOP("ExportDialog", "Slide 16:9, 1920 × 1080")),
               ("1280x720", QT_TRANSLATE_NOOP("ExportDialog", "Slide 16:9, 1280 × 720")),
               ("4:3", QT_TRANSLATE_NOOP("ExportDialog", "Slide 4:3, 1600 × 1200")),
               ("custom", QT_TRANSLATE_NOOP("ExportDialog", "Custom…")))
DATA_FORMATS = ("csv", "xlsx")
PREVIEW_WIDTH = 448


class ExportDialog(QDialog):
    """Choose and run one export. ``views`` maps a kind to the ViewState to export (or None when
    that kind is unavailable, e.g. no event selected), with the label shown for it."""

    def __init__(self, views: dict[str, tuple[str, ViewState | None]], settings: Settings,
                 export: Callable[[ViewState, ExportOptions, Path], Path],
                 parent: QWidget | None = None, initial: str = "chart",
                 preview: Callable[[ViewState, ExportOptions], tuple[QImage, str, str]] | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setObjectName("export_dialog")
        self._views = views
        self._settings = settings
        self._export = export
        self._preview = preview
        self._defaults: dict[str, tuple[str, str]] = {}  # per kind: the view's own title, subtitle
        self.written: Path | None = None

        what = QGroupBox(self.tr("&What"), self)
        what_layout = QVBoxLayout(what)
        self.view_buttons: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        for kind, (label, view) in views.items():
            button = QRadioButton(label, what)
            button.setEnabled(view is not None)
            button.setAccessibleName(self.tr("Export {what}").format(what=label))
            group.addButton(button)
            what_layout.addWidget(button)
            self.view_buttons[kind] = button
        start = initial if views.get(initial, ("", None))[1] is not None else next(
            (k for k, (_l, v) in views.items() if v is not None), None)
        if start:
            self.view_buttons[start].setChecked(True)
        group.buttonToggled.connect(lambda *_: self._on_q_kind_changed())

        # Title and subtitle: pre-filled with the view's own, editable, kept in the receipt.
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Slide title"))
        self.title_edit.setAccessibleDescription(self.tr("Pre-filled with the view's own title; "
                                                         "what you type is printed on the slide"))
        self.title_edit.setMaxLength(300)
        self.subtitle_edit = QLineEdit(self)
        self.subtitle_edit.setAccessibleName(self.tr("Slide subtitle"))
        self.subtitle_edit.setMaxLength(300)
        for edit in (self.title_edit, self.subtitle_edit):
            edit.textEdited.connect(lambda *_: self._schedule_preview())

        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("Format"))
        for key, name in FORMAT_LABELS:  # names marked with QT_TRANSLATE_NOOP (typed object)
            self.format_combo.addItem(QCoreApplication.translate("ExportDialog", str(name)), key)
        self._select(self.format_combo, settings.get("export_format"))
        self.format_combo.currentIndexChanged.connect(lambda *_: self._update_enabled())
        self.format_combo.currentIndexChanged.connect(lambda *_: self._schedule_preview())

        self.size_combo = QComboBox(self)
        self.size_combo.setAccessibleName(self.tr("Slide size"))
        for key, name in SIZE_LABELS:
            self.size_combo.addItem(QCoreApplication.translate("ExportDialog", str(name)), key)
        self._select(self.size_combo, settings.get("export_size"))
        self.width_spin, self.height_spin = QSpinBox(self), QSpinBox(self)
        for spin, name, value in ((self.width_spin, self.tr("Custom width"), 1920),
                                  (self.height_spin, self.tr("Custom height"), 1080)):
            spin.setRange(200, 8000)
            spin.setValue(value)
            spin.setSuffix(self.tr(" px"))
            spin.setAccessibleName(name)
        custom = settings.get("export_custom_size")
        m = re.fullmatch(r"(\d+)x(\d+)", custom)
        if m:
            self.width_spin.setValue(int(m[1]))
            self.height_spin.setValue(int(m[2]))
        self.size_combo.currentIndexChanged.connect(lambda *_: self._update_enabled())
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_combo, 1)
        size_row.addWidget(self.width_spin)
        size_row.addWidget(QLabel("×", self))
        size_row.addWidget(self.height_spin)

        self.scale_combo = QComboBox(self)
        self.scale_combo.setAccessibleName(self.tr("Pixel scale"))
        self.scale_combo.setAccessibleDescription(self.tr("How many pixels a PNG has per pixel of "
                                                          "the slide size"))
        for k in (1, 2, 3):
            self.scale_combo.addItem(f"{k}×", k)
        self.scale_combo.setCurrentIndex(max(0, settings.get("export_scale") - 1))

        self.svg_paths = QCheckBox(self.tr("SVG: text as outlines (opens without the font; "
                                           "not searchable)"), self)
        self.svg_paths.setAccessibleName(self.tr("SVG text as outlines"))
        self.svg_paths.setChecked(settings.get("export_svg_text") == "paths")

        self.marking_edit = QLineEdit(settings.get("export_marking"), self)
        self.marking_edit.setPlaceholderText(self.tr("e.g. RESTRICTED — FOR BRIEFING ONLY"))
        self.marking_edit.setAccessibleName(self.tr("Handling marking"))
        self.marking_edit.setAccessibleDescription(self.tr("Printed at the top and bottom of what "
                                                           "is exported"))
        self.marking_edit.setMaxLength(200)
        self.require_marking = QCheckBox(self.tr("Require a marking before any export"), self)
        self.require_marking.setAccessibleName(self.tr("Require a marking"))
        # a wrongly typed value in the file ("yes") counts as required: the marking fails closed
        self.require_marking.setChecked(settings.get("marking_required")
                                        or "marking_required" in getattr(settings, "dropped", {}))
        self.require_marking.toggled.connect(lambda *_: self._update_enabled())
        self.marking_edit.textChanged.connect(lambda *_: self._update_enabled())
        self.marking_edit.textChanged.connect(lambda *_: self._schedule_preview())
        self.size_combo.currentIndexChanged.connect(lambda *_: self._schedule_preview())
        for spin in (self.width_spin, self.height_spin):
            spin.valueChanged.connect(lambda *_: self._schedule_preview())

        form = QFormLayout()
        for text, field in ((self.tr("&Title"), self.title_edit),
                            (self.tr("S&ubtitle"), self.subtitle_edit),
                            (self.tr("&Format"), self.format_combo), (self.tr("Si&ze"), size_row),
                            (self.tr("S&cale (PNG)"), self.scale_combo),
                            (self.tr("&Marking"), self.marking_edit)):
            field_label = QLabel(text, self)
            if isinstance(field, QWidget):
                field_label.setBuddy(field)
            else:
                field_label.setBuddy(self.size_combo)
            form.addRow(field_label, field)
        form.addRow("", self.svg_paths)
        form.addRow("", self.require_marking)
        self.hint = QLabel("", self)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Export hint"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(self.tr("Export to a file"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._on_q_export_clicked)

        # The live preview: the slide as it will be written, redrawn shortly after each change.
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("export_preview")
        self.preview_label.setAccessibleName(self.tr("Preview of the slide"))
        self.preview_label.setFixedSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 9 // 16 + 40)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_note = QLabel("", self)
        self.preview_note.setWordWrap(True)
        self.preview_note.setFixedWidth(PREVIEW_WIDTH)
        self.preview_note.setAccessibleName(self.tr("Preview note"))
        self._preview_debouncer = QSignalDebouncer(parent=self)  # drawn once edits pause
        self._preview_debouncer.setTimeout(250)
        self._preview_debouncer.triggered.connect(self.refresh_preview)

        left = QVBoxLayout()
        left.addWidget(what)
        left.addLayout(form)
        left.addWidget(self.hint)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        if preview is not None:
            right = QVBoxLayout()
            right.addWidget(self.preview_label)
            right.addWidget(self.preview_note)
            right.addStretch(1)
            columns.addLayout(right, 0)
        else:
            self.preview_label.hide()
            self.preview_note.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self.restyle()
        qt_theme.notifier().changed.connect(self.restyle)
        self._on_q_kind_changed()

    def _set_tab_order(self) -> None:
        """Top to bottom as the dialog reads: what, the form's fields, then the buttons."""
        chain = [*self.view_buttons.values(), self.title_edit, self.subtitle_edit, self.format_combo,
                 self.size_combo, self.width_spin, self.height_spin, self.scale_combo,
                 self.marking_edit, self.svg_paths, self.require_marking, self.export_button,
                 self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def restyle(self) -> None:
        """Colours from the window's theme (light, dark, high contrast); called when it changes."""
        t = qt_theme.current()
        self.hint.setStyleSheet(f"color: {t.warning_text};")
        self.preview_label.setStyleSheet(f"background: {t.surface}; color: {t.muted_text}; "
                                         f"border: 1px solid {t.rule};")
        self.preview_note.setStyleSheet(f"color: {t.muted_text};")

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        i = combo.findData(key)
        if i >= 0:
            combo.setCurrentIndex(i)

    def chosen_kind(self) -> str | None:
        return next((k for k, b in self.view_buttons.items() if b.isChecked()), None)

    def chosen_view(self) -> ViewState | None:
        """The chosen view with the title and subtitle as typed (the view's own when unchanged)."""
        kind = self.chosen_kind()
        if not kind:
            return None
        view = self._views[kind][1]
        if view is None:
            return None
        title, subtitle = self.title_edit.text().strip(), self.subtitle_edit.text().strip()
        own_title, own_subtitle = self._defaults.get(kind, ("", ""))
        return replace(view, title=title if title != own_title else view.title,
                       subtitle=subtitle if subtitle != own_subtitle else view.subtitle)

    def _on_q_kind_changed(self) -> None:
        kind = self.chosen_kind()
        view = self._views[kind][1] if kind else None
        with signals_blocked(self.title_edit, self.subtitle_edit):
            self.title_edit.setText(view.title if view is not None else "")
            self.subtitle_edit.setText(view.subtitle if view is not None else "")
        if kind is not None:
            self._defaults.pop(kind, None)
        self._update_enabled()
        self._schedule_preview()  # the dialog shows at once; a big chart draws a moment later

    def _schedule_preview(self) -> None:
        if self._preview is not None:
            self._preview_debouncer.throttle()

    def _stop_preview(self) -> None:
        """No drawing once the dialog is closing: a preview pending when the user closes the
        dialog at once would otherwise run on widgets being deleted."""
        if shiboken6.isValid(self._preview_debouncer):
            self._preview_debouncer.cancel()

    def done(self, result: int) -> None:
        self._stop_preview()
        super().done(result)

    def hideEvent(self, event) -> None:
        self._stop_preview()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        self._stop_preview()
        super().closeEvent(event)

    def _widgets_alive(self) -> bool:
        return shiboken6.isValid(self) and all(
            shiboken6.isValid(w) for w in (*self.view_buttons.values(), self.title_edit,
                                           self.subtitle_edit, self.format_combo,
                                           self.preview_label, self.preview_note))

    def refresh_preview(self) -> None:
        """Draw the slide now (tests call this instead of waiting for the timer)."""
        if not self._widgets_alive():
            return
        self._stop_preview()
        if self._preview is None:
            return
        view = self.chosen_view()
        if view is None or self.format_combo.currentData() in DATA_FORMATS:
            self.preview_label.setPixmap(QPixmap())
            self.preview_label.setText(self.tr("No preview for data files") if view is not None else "")
            return
        try:
            image, title, subtitle = self._preview(view, self.options())
        except (ViewError, PackInvalid, OSError, ValueError) as e:
            self.preview_label.setPixmap(QPixmap())
            self.preview_label.setText(self.tr("No preview: {problem}").format(problem=e))
            return
        kind = self.chosen_kind()
        if kind is not None and kind not in self._defaults:  # the first drawing (of the view as it is) tells its own
            self._defaults[kind] = (title, subtitle)
            with signals_blocked(self.title_edit, self.subtitle_edit):
                if not self.title_edit.text():
                    self.title_edit.setText(title)
                if not self.subtitle_edit.text():
                    self.subtitle_edit.setText(subtitle)
        box = self.preview_label.size()
        self.preview_label.setPixmap(QPixmap.fromImage(image.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)))
        options = self.options()
        tall = image.height() * options.width > options.height * image.width() * 1.02
        self.preview_note.setText(
            self.tr("Taller than the slide size: every source and every unlabelled event is listed "
                    "below the picture (filter or choose a range for a slide-shaped picture).")
            if tall else "")

    def options(self) -> ExportOptions:
        size = self.size_combo.currentData()
        if size == "custom":
            size = f"{self.width_spin.value()}x{self.height_spin.value()}"
        return ExportOptions.make(self.format_combo.currentData(), size, self.scale_combo.currentData(),
                                  self.marking_edit.text().strip(),
                                  "paths" if self.svg_paths.isChecked() else "text")

    def _problem(self) -> str:
        kind, fmt = self.chosen_kind(), self.format_combo.currentData()
        if kind is None:
            return self.tr("Nothing to export yet: open a pack, choose an indicator or select an event.")
        if fmt in DATA_FORMATS and kind not in ("chart", "table"):
            return self.tr("{format} holds a chart's data: choose Chart or Table.").format(
                format=fmt.upper())
        marking = self.marking_edit.text().strip()
        if marking and not has_visible_text(marking):
            return self.tr("The marking has no visible character (only spaces, zero-width or "
                           "control characters): type a marking or leave it empty.")
        if marking and marking_problem(marking):
            return self.tr("The marking contains a control character: remove it.")
        if self.require_marking.isChecked() and not marking:
            return self.tr("A handling marking is required before any export.")
        return ""

    def _update_enabled(self) -> None:
        custom = self.size_combo.currentData() == "custom"
        self.width_spin.setEnabled(custom)
        self.height_spin.setEnabled(custom)
        self.scale_combo.setEnabled(self.format_combo.currentData() == "png")
        self.svg_paths.setEnabled(self.format_combo.currentData() == "svg")
        problem = self._problem()
        self.hint.setText(problem)
        self.export_button.setEnabled(not problem)

    def _remember(self) -> None:
        s = self._settings
        s.set("export_format", self.format_combo.currentData())
        s.set("export_size", self.size_combo.currentData())
        s.set("export_custom_size", f"{self.width_spin.value()}x{self.height_spin.value()}")
        s.set("export_scale", int(self.scale_combo.currentData()))
        s.set("export_marking", self.marking_edit.text().strip())
        s.set("export_svg_text", "paths" if self.svg_paths.isChecked() else "text")
        s.set("marking_required", self.require_marking.isChecked())
        try:
            s.save()
        except OSError:
            pass  # the export matters more than remembering its settings

    def suggested_name(self) -> str:
        kind = self.chosen_kind() or "export"
        label, view = self._views[kind]
        base = (view.title if view is not None and view.title else label) or kind
        safe = re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip("-").lower()[:60] or "export"
        return f"{safe}.{self.format_combo.currentData()}"

    def export_to(self, path: str | Path) -> Path | None:
        """Write the chosen export to ``path``; problems are shown, never raised (used by the button
        and by tests)."""
        problem = self._problem()
        if problem:
            self.hint.setText(problem)
            return None
        view = self.chosen_view()
        assert view is not None  # a kind is chosen (no problem), and only an available one can be
        self._remember()
        failure: ViewError | PackInvalid | OSError | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:  # the wait cursor goes whatever happens (a bug goes on to the error dialog)
            self.written = self._export(view, self.options(), Path(path))
        except (ViewError, PackInvalid, OSError) as e:
            failure = e
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure is not None:
            text = failure.report() if isinstance(failure, PackInvalid) else str(failure)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export failed"),
                              self.tr("{file} was not written:\n{problem}").format(
                                  file=Path(path).name, problem=text),
                              QMessageBox.StandardButton.Close, self)
            box.button(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
            box.setObjectName("export_failed_box")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return None
        return self.written

    def _on_q_export_clicked(self) -> None:
        start = Path(self._settings.get("export_folder") or Path.home()) / self.suggested_name()
        fmt = self.format_combo.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(start),
                                              f"{fmt.upper()} (*.{fmt})")
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        self._settings.set("export_folder", str(Path(path).parent))
        if self.export_to(path) is not None:
            self.accept()
