"""The events table's cell texts made on the loader's worker are the ones the GUI thread makes."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.models import event_table_model as etm
from explorer.state.session import Session


@pytest.fixture(scope="module")
def tier_s_path():
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(Path("build/benchmarks/packs"), "S")
    return folder


@pytest.mark.parametrize("which", ["default", "S"])
@pytest.mark.parametrize("lang", ["en", "ja", "both"])
def test_worker_texts_match_the_gui_threads(qtbot, which, lang, request):
    path = default_pack_path() if which == "default" else request.getfixturevalue("tier_s_path")
    warmed, cold = load_pack(path), load_pack(path)
    etm._warm_languages.clear()
    etm._warm_languages.add(lang)
    etm.warm_texts(warmed)  # what the loader's worker runs
    assert set(warmed.__dict__[etm._TEXTS]) == {lang, "en"}
    tables = []
    for pack in (warmed, cold):
        session = Session()
        if hasattr(session, "set_label_language"):
            session.set_label_language(lang, "test")
        model = etm.EventTableModel(session)
        session.open_pack(pack, origin="test")
        model.reset_pack()  # as the table view does on the pack change
        shown = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
                 for r in range(model.rowCount())]
        orders = [model._column_order(c).tolist() for c in range(model.columnCount())]
        tables.append((shown, orders))
        model.deleteLater()
    assert tables[0] == tables[1]
    assert len(tables[0][0]) == len(cold.events) > 0
    # ... and as the table showed them before its texts were made per pack (format_date_span)
    from explorer.domain import labels

    ev = cold.events
    model_dates = sorted(row[0] for row in tables[1][0])
    spans = sorted(labels.format_date_span(s, e, lang) for s, e in zip(ev["start_date"], ev["end_date"]))
    assert model_dates == spans
    # the worker's arrays are what the GUI thread would make
    fresh = etm.labelled_columns(cold, lang)
    for a, b in zip(warmed.__dict__[etm._TEXTS][lang], fresh):
        assert [a[i] for i in range(len(cold.events))] == [b[i] for i in range(len(cold.events))]
