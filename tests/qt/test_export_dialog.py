"""The Export dialog: choices, guards, remembered settings, and a real export through it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from explorer.export.view_state import ViewState
from explorer.qt import exporting
from explorer.qt.views.export_dialog import ExportDialog
from explorer.state.comparison_setup import ComparisonSetup
from explorer.userdata.settings import Settings

CHART = ViewState(view="chart", comparison=ComparisonSetup(indicator_id="goods_exports", basis="converted",
                                                           currency="USD", chart="bar"))


def make(qtbot, views=None, settings=None):
    views = views or {"chart": ("Chart: Goods exports", CHART),
                      "timeline": ("Timeline", ViewState(view="timeline")),
                      "event": ("Selected event: none selected", None)}
    dialog = ExportDialog(views, settings or Settings(), exporting.export_view)
    qtbot.addWidget(dialog)
    return dialog


def choose(combo, key):
    combo.setCurrentIndex(combo.findData(key))


def test_exports_a_png_at_the_chosen_size_and_scale(qtbot, tmp_path):
    dialog = make(qtbot)
    choose(dialog.format_combo, "png")
    choose(dialog.size_combo, "1280x720")
    choose(dialog.scale_combo, 2)
    dialog.marking_edit.setText("RESTRICTED")
    out = dialog.export_to(tmp_path / "chart.png")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (2560, 1440)
    assert image.text("Classification") == "RESTRICTED"


def test_unavailable_views_are_disabled_and_data_formats_need_a_chart(qtbot):
    dialog = make(qtbot)
    assert not dialog.view_buttons["event"].isEnabled()
    dialog.view_buttons["timeline"].setChecked(True)
    choose(dialog.format_combo, "xlsx")
    assert not dialog.export_button.isEnabled() and "choose Chart or Table" in dialog.hint.text()
    dialog.view_buttons["chart"].setChecked(True)
    assert dialog.export_button.isEnabled()


def test_a_required_marking_blocks_export_until_given(qtbot, tmp_path):
    dialog = make(qtbot)
    dialog.require_marking.setChecked(True)
    dialog.marking_edit.setText("")
    assert not dialog.export_button.isEnabled()
    assert dialog.export_to(tmp_path / "x.png") is None and not (tmp_path / "x.png").exists()
    dialog.marking_edit.setText("OFFICIAL-SENSITIVE")
    assert dialog.export_button.isEnabled()


def test_choices_are_remembered(qtbot, tmp_path):
    settings = Settings()
    dialog = make(qtbot, settings=settings)
    choose(dialog.format_combo, "svg")
    dialog.marking_edit.setText("RESTRICTED")
    dialog.require_marking.setChecked(True)
    dialog.export_to(tmp_path / "c.svg")
    again = make(qtbot, settings=Settings())  # re-read from disk
    assert again.format_combo.currentData() == "svg"
    assert again.marking_edit.text() == "RESTRICTED" and again.require_marking.isChecked()


def test_a_failed_export_is_shown_not_raised(qtbot, tmp_path):
    broken = ViewState(view="chart", pack=str(tmp_path / "no-such-pack"), comparison=CHART.comparison)
    dialog = make(qtbot, views={"chart": ("Chart", broken)})
    assert dialog.export_to(tmp_path / "x.png") is None
    box = dialog.findChild(QMessageBox, "export_failed_box")
    assert box is not None and "no such file or folder" in box.text()
    box.close()



def test_a_bug_in_an_export_takes_the_wait_cursor_away(qtbot, tmp_path, monkeypatch):
    """An unexpected error goes on to the error dialog; the pointer does not stay a wait cursor."""
    from PySide6.QtGui import QGuiApplication

    dialog = make(qtbot)

    def bug(*_args):
        raise RuntimeError("a bug")

    monkeypatch.setattr(dialog, "_export", bug)
    with pytest.raises(RuntimeError):
        dialog.export_to(tmp_path / "x.png")
    assert QGuiApplication.overrideCursor() is None

def make_with_preview(qtbot):
    views = {"chart": ("Chart: Goods exports", CHART), "timeline": ("Timeline", ViewState(view="timeline"))}
    dialog = ExportDialog(views, Settings(), exporting.export_view, preview=exporting.preview_image)
    qtbot.addWidget(dialog)
    assert dialog.preview_label.pixmap().isNull()  # opens at once: the slide is drawn just after
    qtbot.waitUntil(lambda: not dialog.preview_label.pixmap().isNull(), timeout=10000)
    return dialog


def test_title_and_subtitle_are_prefilled_editable_and_kept_in_the_receipt(qtbot, tmp_path):
    dialog = make_with_preview(qtbot)
    assert dialog.title_edit.text() == "Goods exports"  # the view's own, from the first drawing
    assert "merchandise exports" in dialog.subtitle_edit.text()
    assert not dialog.preview_label.pixmap().isNull()
    dialog.title_edit.setText("EU and US sell Japan about the same")
    dialog.subtitle_edit.setText("Goods exports in 2024, in US dollars")
    choose(dialog.format_combo, "svg")
    out = dialog.export_to(tmp_path / "slide.svg")
    svg = out.read_text(encoding="utf-8")
    assert "EU and US sell Japan about the same" in svg and "Goods exports in 2024, in US dollars" in svg
    receipt = exporting.read_receipt(out)
    assert receipt.view.title == "EU and US sell Japan about the same"
    assert receipt.view.subtitle == "Goods exports in 2024, in US dollars"
    again = exporting.export_view(receipt.view, receipt.options, tmp_path / "again.svg")
    assert "EU and US sell Japan about the same" in again.read_text(encoding="utf-8")


def test_an_untouched_title_stays_the_views_own_and_the_preview_follows_the_marking(qtbot, tmp_path):
    dialog = make_with_preview(qtbot)
    assert dialog.chosen_view() == CHART  # nothing typed: nothing overridden
    before = dialog.preview_label.pixmap().toImage()
    dialog.marking_edit.setText("SECRET")
    dialog.refresh_preview()
    after = dialog.preview_label.pixmap().toImage()
    assert before.size() == after.size() and before != after  # the marking is drawn in the preview
    dialog.view_buttons["timeline"].setChecked(True)
    qtbot.waitUntil(lambda: dialog.title_edit.text() == "Timeline of agreements", timeout=10000)


def test_svg_text_can_be_outlines_on_request(qtbot, tmp_path):
    import xml.etree.ElementTree as ET

    dialog = make(qtbot)
    choose(dialog.format_combo, "svg")
    assert dialog.svg_paths.isEnabled()
    plain = ET.parse(dialog.export_to(tmp_path / "text.svg")).getroot()
    dialog.svg_paths.setChecked(True)
    out = dialog.export_to(tmp_path / "paths.svg")
    root = ET.parse(out).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert list(plain.iter(f"{ns}text")) and not list(root.iter(f"{ns}text"))
    titles = " ".join(t.text or "" for t in root.iter(f"{ns}title"))
    assert "Goods exports" in titles and "United States-Japan Trade Summary 2024" in titles
    assert exporting.read_receipt(out).options.svg_text == "paths"  # regenerates the same way
    assert Settings().get("export_svg_text") == "paths"


def test_closing_at_once_draws_nothing_and_raises_nothing(qtbot):
    """Closed within the preview's 250 ms: the pending preview never runs on the closed dialog
    (it once ran on deleted radio buttons: RuntimeError in refresh_preview)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    drawn = []

    def preview(view, options):
        drawn.append(view.view)
        return QImage(160, 90, QImage.Format.Format_RGB32), "t", "s"

    parent = QWidget()
    qtbot.addWidget(parent)
    views = {"chart": ("Chart: Goods exports", CHART), "timeline": ("Timeline", ViewState(view="timeline"))}
    for close, delete in (("reject", True), ("close", True), ("reject", False), ("close", False)):
        dialog = ExportDialog(views, Settings(), exporting.export_view, parent, preview=preview)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, delete)
        dialog.open()
        getattr(dialog, close)()
        with qtbot.captureExceptions() as exceptions:
            qtbot.wait(500)
        assert exceptions == [] and drawn == []
    parent.close()


def test_an_invisible_marking_is_refused_as_empty(qtbot, tmp_path):
    dialog = make(qtbot)
    for invisible in ("\u200b", "\u00a0\u200b\u3000", "\u2060 \ufeff", "\x07"):
        dialog.marking_edit.setText(invisible)
        assert not dialog.export_button.isEnabled()
        assert "no visible character" in dialog.hint.text()
        assert dialog.export_to(tmp_path / "x.png") is None and not (tmp_path / "x.png").exists()
    dialog.require_marking.setChecked(True)
    dialog.marking_edit.setText("\u00a0\u3000")  # spaces alone: empty, and a marking is required
    assert not dialog.export_button.isEnabled() and "required" in dialog.hint.text()
    dialog.marking_edit.setText("\u200bOFFICIAL")
    assert dialog.export_button.isEnabled()


def test_a_wrongly_typed_marking_required_in_the_file_counts_as_required(qtbot, tmp_path):
    from explorer.userdata.locations import config_dir

    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "settings.toml").write_text('schema_version = 1\nmarking_required = "yes"\n',
                                                 encoding="utf-8")
    dialog = make(qtbot, settings=Settings())
    dialog.marking_edit.setText("")
    assert dialog.require_marking.isChecked() and not dialog.export_button.isEnabled()
