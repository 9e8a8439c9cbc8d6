"""File ▸ Export: what to export (chart, table, timeline, event), the format, slide size, scale and
the handling marking. The export itself is ``explorer.qt.exporting.export_view``: the same code the
headless ``export`` command runs, so the window and scripts write identical files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
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

from explorer.data.problems import PackInvalid
from explorer.export.view_state import ExportOptions, ViewError, ViewState
from explorer.userdata.settings import Settings

FORMAT_LABELS = (("png", "PNG picture"), ("svg", "SVG (vector)"), ("pdf", "PDF (vector)"),
                 ("pptx", "PowerPoint (editable chart)"), ("csv", "CSV (data)"),
                 ("xlsx", "Excel workbook (data)"))
SIZE_LABELS = (("1920x1080", "Slide 16:9, 1920 × 1080"), ("1280x720", "Slide 16:9, 1280 × 720"),
               ("4:3", "Slide 4:3, 1600 × 1200"), ("custom", "Custom…"))
DATA_FORMATS = ("csv", "xlsx")


class ExportDialog(QDialog):
    """Choose and run one export. ``views`` maps a kind to the ViewState to export (or None when
    that kind is unavailable, e.g. no event selected), with the label shown for it."""

    def __init__(self, views: dict[str, tuple[str, ViewState | None]], settings: Settings,
                 export: Callable[[ViewState, ExportOptions, Path], Path],
                 parent: QWidget | None = None, initial: str = "chart") -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.setObjectName("export_dialog")
        self._views = views
        self._settings = settings
        self._export = export
        self.written: Path | None = None

        what = QGroupBox("&What", self)
        what_layout = QVBoxLayout(what)
        self.view_buttons: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        for kind, (label, view) in views.items():
            button = QRadioButton(label, what)
            button.setEnabled(view is not None)
            button.setAccessibleName(f"Export {label}")
            group.addButton(button)
            what_layout.addWidget(button)
            self.view_buttons[kind] = button
        start = initial if views.get(initial, ("", None))[1] is not None else next(
            (k for k, (_l, v) in views.items() if v is not None), None)
        if start:
            self.view_buttons[start].setChecked(True)
        group.buttonToggled.connect(lambda *_: self._update_enabled())

        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName("Format")
        for key, label in FORMAT_LABELS:
            self.format_combo.addItem(label, key)
        self._select(self.format_combo, settings.get("export_format", "png", str))
        self.format_combo.currentIndexChanged.connect(lambda *_: self._update_enabled())

        self.size_combo = QComboBox(self)
        self.size_combo.setAccessibleName("Slide size")
        for key, label in SIZE_LABELS:
            self.size_combo.addItem(label, key)
        self._select(self.size_combo, settings.get("export_size", "1920x1080", str))
        self.width_spin, self.height_spin = QSpinBox(self), QSpinBox(self)
        for spin, name, value in ((self.width_spin, "Width", 1920), (self.height_spin, "Height", 1080)):
            spin.setRange(200, 8000)
            spin.setValue(value)
            spin.setSuffix(" px")
            spin.setAccessibleName(f"Custom {name.lower()}")
        custom = settings.get("export_custom_size", "", str)
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
        self.scale_combo.setAccessibleName("Pixel scale")
        for k in (1, 2, 3):
            self.scale_combo.addItem(f"{k}×", k)
        self.scale_combo.setCurrentIndex(max(0, settings.get("export_scale", 2, int) - 1))

        self.marking_edit = QLineEdit(settings.get("export_marking", "", str), self)
        self.marking_edit.setPlaceholderText("e.g. RESTRICTED — FOR BRIEFING ONLY")
        self.marking_edit.setAccessibleName("Handling marking")
        self.marking_edit.setMaxLength(200)
        self.require_marking = QCheckBox("Require a marking before any export", self)
        self.require_marking.setChecked(settings.get("marking_required", False, bool))
        self.require_marking.toggled.connect(lambda *_: self._update_enabled())
        self.marking_edit.textChanged.connect(lambda *_: self._update_enabled())

        form = QFormLayout()
        for text, field in (("&Format", self.format_combo), ("Si&ze", size_row),
                            ("S&cale (PNG)", self.scale_combo), ("&Marking", self.marking_edit)):
            label = QLabel(text, self)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            else:
                label.setBuddy(self.size_combo)
            form.addRow(label, field)
        form.addRow("", self.require_marking)
        self.hint = QLabel("", self)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName("Export hint")
        self.hint.setStyleSheet("color: #8A5A00;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton("&Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._on_q_export_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update_enabled()

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        i = combo.findData(key)
        if i >= 0:
            combo.setCurrentIndex(i)

    def chosen_kind(self) -> str | None:
        return next((k for k, b in self.view_buttons.items() if b.isChecked()), None)

    def options(self) -> ExportOptions:
        size = self.size_combo.currentData()
        if size == "custom":
            size = f"{self.width_spin.value()}x{self.height_spin.value()}"
        return ExportOptions.make(self.format_combo.currentData(), size, self.scale_combo.currentData(),
                                  self.marking_edit.text().strip())

    def _problem(self) -> str:
        kind, fmt = self.chosen_kind(), self.format_combo.currentData()
        if kind is None:
            return "Nothing to export yet: open a pack, choose an indicator or select an event."
        if fmt in DATA_FORMATS and kind not in ("chart", "table"):
            return f"{fmt.upper()} holds a chart's data: choose Chart or Table."
        if self.require_marking.isChecked() and not self.marking_edit.text().strip():
            return "A handling marking is required before any export."
        return ""

    def _update_enabled(self) -> None:
        custom = self.size_combo.currentData() == "custom"
        self.width_spin.setEnabled(custom)
        self.height_spin.setEnabled(custom)
        self.scale_combo.setEnabled(self.format_combo.currentData() == "png")
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
        kind = self.chosen_kind()
        view = self._views[kind][1]
        self._remember()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.written = self._export(view, self.options(), Path(path))
        except (ViewError, PackInvalid, OSError) as e:
            QGuiApplication.restoreOverrideCursor()
            text = e.report() if isinstance(e, PackInvalid) else str(e)
            box = QMessageBox(QMessageBox.Icon.Warning, "Export failed",
                              f"{Path(path).name} was not written:\n{text}",
                              QMessageBox.StandardButton.Close, self)
            box.setObjectName("export_failed_box")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return None
        QGuiApplication.restoreOverrideCursor()
        return self.written

    def _on_q_export_clicked(self) -> None:
        start = Path(self._settings.get("export_folder", str(Path.home()), str)) / self.suggested_name()
        fmt = self.format_combo.currentData()
        path, _ = QFileDialog.getSaveFileName(self, "Export to", str(start), f"{fmt.upper()} (*.{fmt})")
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        self._settings.set("export_folder", str(Path(path).parent))
        if self.export_to(path) is not None:
            self.accept()
