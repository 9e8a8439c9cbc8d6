"""The What-changed window: summary, filterable table, selection requests, copy and CSV export."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QApplication

from explorer.data.pack_diff import diff_packs
from explorer.data.pack_loader import load_pack
from explorer.qt.views.pack_changes_view import PackChangesView
from tests.packs import VALID_FILES, replace_line, write_pack

NEW_EVENT = "summit-2026,EU–Japan summit 2026,,summit,announced,2026-05,,jp;eu,diplomacy,Next one.,,src-a\n"


@pytest.fixture
def diff(tmp_path):
    old = load_pack(write_pack(tmp_path / "old"))
    events = replace_line("events.csv", "gcap,GCAP,,agreement,signed,2023-12-14,2035",
                          "gcap,GCAP,,agreement,in_force,2023-12-14,")
    events = events.replace("epa,EU–Japan EPA", "epa-old,EU–Japan EPA") + NEW_EVENT
    obs = VALID_FILES["observations.csv"].replace("79.7,USD", "80.1,USD")
    new = load_pack(write_pack(tmp_path / "new", {
        "events.csv": events, "observations.csv": obs,
        "milestones.csv": "event_id,stage,date,source_id\n", "links.csv": "event_id,indicator_id\n"}))
    return diff_packs(old, new)


@pytest.fixture
def view(qtbot, diff):
    v = PackChangesView(diff)
    qtbot.addWidget(v)
    v.show()
    return v


def shown(view) -> list[list[str]]:
    m = view.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_summary_and_rows_events_first_then_figures(view):
    assert view.summary_label.text() == ("2 events added, 1 removed, 1 changed; 1 figure changed; "
                                         "2 milestones removed; 1 link removed")
    rows = shown(view)
    assert [r[:2] for r in rows] == [["added", "event"]] * 2 + [["removed", "event"]] + \
        [["changed", "event"]] * 2 + [["changed", "figure"]]
    assert ["changed", "event", "GCAP", "status", "signed", "in_force"] in rows
    assert ["changed", "event", "GCAP", "end", "2035", "(empty)"] in rows
    assert rows[-1] == ["changed", "figure", "Goods exports · us→jp · 2024", "value", "79.7", "80.1"]
    assert view.count_label.text() == "6 rows"


def test_filter_by_words_and_kind(qtbot, view):
    qtbot.keyClicks(view.filter_edit, "gcap status")
    view.apply_filter()  # as the debounce does
    assert shown(view) == [["changed", "event", "GCAP", "status", "signed", "in_force"]]
    assert view.count_label.text() == "1 of 6 rows"
    view.filter_edit.clear()
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("added"))
    assert [r[2] for r in shown(view)] == ["EU–Japan EPA", "EU–Japan summit 2026"]


def test_picking_an_event_requests_it_but_not_a_removed_one(qtbot, view):
    requested = []
    view.sig_event_selection_requested.connect(requested.append)
    view.view.selectRow(1)  # added summit-2026
    view.view.selectRow(2)  # removed epa: not in the newer version
    view.view.selectRow(3)  # changed gcap
    view.view.selectRow(5)  # a figure
    assert requested == ["summit-2026", "gcap"]


def test_copy_as_text_and_export_csv(qtbot, view, diff, tmp_path):
    view.copy_button.click()
    text = QApplication.clipboard().text()
    assert text.startswith(f"{diff.old_label} → {diff.new_label}\n{diff.summary()}")
    assert "      status: signed → in_force" in text
    out = view.export_csv(tmp_path / "changes.csv")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["what", "kind", "key", "title", "field", "old", "new"]
    assert ["figure", "changed", "goods_exports|us|jp|2024|src-b", "Goods exports · us→jp · 2024",
            "value", "79.7", "80.1"] in rows
    assert len(rows) == 1 + 6


def test_model_passes_the_model_tester(qtmodeltester, view):
    qtmodeltester.check(view.model)
    view.filter_edit.setText("figure")
    view.apply_filter()
    qtmodeltester.check(view.model)
