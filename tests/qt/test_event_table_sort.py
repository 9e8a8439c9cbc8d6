"""The event table's precomputed sort orders and per-distinct labels show exactly what the former
per-row code showed: every column, ascending and descending, in English, Japanese and both, on the
default pack and a generated tier-S pack; a filter change under a sort keeps the sort.

The reference is the former reading: each cell's text built row by row, rows sorted with Python's
``sorted`` by (case-folded text, chronological rank) — date by chronology, Title by the title as
shown, the other columns by their English labels — and descending the ascending order reversed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from explorer.charts.timeline_layout import actor_names_in, pack_domain_label
from explorer.data.pack_loader import load_pack
from explorer.domain import labels
from explorer.paths import default_pack_path
from explorer.qt.views.event_table import EventTable
from explorer.state.session import Session

LANGUAGES = ("en", "ja", "both")


@pytest.fixture(scope="module", params=["default", "generated-S"])
def pack(request, tmp_path_factory):
    if request.param == "default":
        return load_pack(default_pack_path())
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(Path(tmp_path_factory.mktemp("bench")), "S")
    return load_pack(folder)


def _ids(cell):
    return [x for x in (cell or "").split(";") if x]


def reference_labelled(pack, lang: str) -> list[list[str]]:
    """The former ``EventTableModel._labelled``: every cell built on its own."""
    ev = pack.events
    sep = labels.list_separator(lang)
    names = actor_names_in(pack, lang)
    return [
        [labels.format_date_span(s, e, lang) for s, e in zip(ev["start_date"], ev["end_date"])],
        [labels.pick(t, ja if isinstance(ja, str) else "", lang) for t, ja in zip(ev["title"], ev["title_ja"])],
        [sep.join(names.get(a, a) for a in _ids(cell)) for cell in ev["parties"]],
        [sep.join(pack_domain_label(pack, d, lang) for d in _ids(cell)) for cell in ev["domains"]],
        [labels.event_kind_label(k, lang) for k in ev["kind"]],
        [labels.status_label(s, lang) for s in ev["status"]],
    ]


def reference_order(pack, rows, column: int, descending: bool, lang: str) -> list[int]:
    chrono = pack.event_chrono_rank
    text = reference_labelled(pack, lang if column == 1 else "en")[column]

    def key(r):
        return chrono[r] if column == 0 else (str(text[r]).casefold(), chrono[r])

    ordered = sorted((int(r) for r in rows), key=key)
    return ordered[::-1] if descending else ordered


def shown_rows(model) -> list[int]:
    row_of = model._session.event_row
    return [row_of[model.event_id_at(r)] for r in range(model.rowCount())]


def cells(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


@pytest.fixture
def table(qtbot, pack):
    session = Session()
    table = EventTable(session)
    qtbot.addWidget(table)
    session.open_pack(pack)
    yield table
    table.detach()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cells_and_every_sort_match_the_former_code(table, pack, lang):
    session, model = table._session, table.model
    session.set_label_language(lang, origin="test")
    expected_cells = reference_labelled(pack, lang)
    all_rows = range(len(pack.events))
    for column in range(6):
        for descending in (False, True):
            table.view.sortByColumn(column, Qt.SortOrder.DescendingOrder if descending
                                    else Qt.SortOrder.AscendingOrder)
            expected = reference_order(pack, all_rows, column, descending, lang)
            assert shown_rows(model) == expected, (column, descending)
            for c in range(6):
                assert cells(model, c) == [expected_cells[c][r] for r in expected], (column, c)


def test_a_filter_change_under_a_sort_keeps_the_sort(table, pack):
    session, model = table._session, table.model
    top = pack.event_parties["actor"].value_counts().index
    kind = pack.events["kind"].iat[0]
    for column, descending in ((1, False), (2, True), (4, False), (0, True), (0, False), (3, True),
                               (5, False)):
        table.view.sortByColumn(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        for changes in ({"partners": {top[0]}}, {"partners": {top[-1]}, "kinds": {kind}},
                        {"text": "a"}, {}):
            session.clear_filter(origin="test")
            if changes:
                session.set_filter(origin="test", **changes)
            kept = np.asarray(session.visible_events)
            expected = reference_order(pack, kept, column, descending, "en")
            assert shown_rows(model) == expected, (column, changes)


def test_the_title_order_follows_the_label_language(table, pack):
    session, model = table._session, table.model
    table.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    session.set_label_language("ja", origin="test")
    titles = cells(model, 1)
    assert titles == sorted(titles, key=str.casefold)
    assert shown_rows(model) == reference_order(pack, range(len(pack.events)), 1, False, "ja")
