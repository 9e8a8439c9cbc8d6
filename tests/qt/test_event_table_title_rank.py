"""The events table sorted by Title in English takes the pack's English title rank (stored in the
pack cache) instead of folding and sorting every title: the same rows in the same order as the
former ``sort_rank`` path, ascending and descending, whole and filtered, on the default pack and
a generated tier-S pack; in Japanese (titles as shown) it still sorts the shown titles."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.models import event_table_model as etm
from explorer.state.filtering import chrono_order
from explorer.state.session import Session


@pytest.fixture(scope="module", params=["default", "generated-S"])
def pack(request, tmp_path_factory):
    if request.param == "default":
        return load_pack(default_pack_path())
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(Path(tmp_path_factory.mktemp("bench")), "S")
    return load_pack(folder)


def former_order(model, column: int) -> np.ndarray:
    """The former ``_column_order``: the sort rank of the texts the column sorts by."""
    text = model._sort_text[column] if model._sort_text[column] is not None else model._display[column]
    return etm.sorted_rows(etm.sort_rank(text), chrono_order(model._session.pack))


def shown_ids(model) -> list[str]:
    return [model.event_id_at(r) for r in range(model.rowCount())]


@pytest.mark.parametrize("lang", ["en", "ja", "both"])
def test_title_sort_takes_the_packs_rank_in_english_with_the_former_order(qtbot, pack, lang,
                                                                          monkeypatch):
    session = Session()
    session.set_label_language(lang, "test")
    model = etm.EventTableModel(session)
    try:
        session.open_pack(pack, origin="test")
        model.reset_pack()
        expected = former_order(model, etm.TITLE)
        calls = []
        real = etm.sort_rank
        monkeypatch.setattr(etm, "sort_rank", lambda texts: calls.append(1) or real(texts))
        model._order[etm.TITLE] = None
        got = model._column_order(etm.TITLE)
        assert np.array_equal(got, expected)
        assert calls == ([] if lang == "en" else [1])  # English: the pack's stored rank
        ids = pack.events["id"].to_numpy(dtype=object)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(etm.TITLE, order)
            whole = ids[expected if order == Qt.SortOrder.AscendingOrder else expected[::-1]]
            assert shown_ids(model) == whole.tolist()
            rows = np.arange(0, len(ids), 3)  # a filter keeping every third event
            keep = np.zeros(len(ids), dtype=bool)
            keep[rows] = True
            assert model._ordered(rows).tolist() == [r for r in (
                expected if order == Qt.SortOrder.AscendingOrder else expected[::-1]) if keep[r]]
    finally:
        model.deleteLater()
