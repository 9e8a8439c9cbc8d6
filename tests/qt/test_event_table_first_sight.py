"""A text of the view's own font is prepared the first time the events table shows it: after a
filter's new rows are painted once, their texts are kept prepared, so the next paint of those rows
(the partner's next filter, a filter taken back) prepares and lays out nothing again; and every
paint shows the pixels Qt's own item painting gives the rows, in the light and dark looks."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStaticText

from explorer.qt.views import event_table
from tests.qt.test_event_table_cells import make_table  # noqa: F401 (fixture)


def _prepares(monkeypatch) -> list[str]:
    """The texts the table prepares from here on."""
    prepared: list[str] = []
    real = QStaticText

    class Counted(real):  # type: ignore[misc, valid-type]
        def prepare(self, *args) -> None:
            prepared.append(self.text())
            super().prepare(*args)

    monkeypatch.setattr(event_table, "QStaticText", Counted)
    return prepared


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_new_rows_texts_are_kept_prepared_from_their_first_paint(qtbot, make_table, monkeypatch,  # noqa: F811
                                                                 tier_s_pack, theme):
    table = make_table(tier_s_pack, theme)
    session = table._session
    view, cells = table.view, table._cells
    prepared = _prepares(monkeypatch)
    partners = list(tier_s_pack.event_parties["actor"].value_counts().index[:3])
    for partner in partners:
        session.set_filter(origin="test", partners=frozenset({partner}))
        qtbot.wait(5)
        view.selectionModel().clearCurrentIndex()  # no current cell (Qt's painting)
        cells._texts.clear()  # every text the rows show is new to the table
        prepared.clear()
        first = view.viewport().grab().toImage()  # a paint of texts never seen
        kept = {text for (text, _width), entry in cells._texts.items()
                if entry is not None and isinstance(entry[0], QStaticText)}
        shown = [text for row in range(min(table.model.rowCount(), 8))
                 for text in table.model.plain_row(row) if text and text.isascii()]  # the font's own
        assert len(shown) > 20
        assert set(shown) <= kept  # each prepared at its first sight
        prepared.clear()
        again = view.viewport().grab().toImage()  # the same rows painted again
        assert prepared == []  # nothing prepared or laid out a second time
        view.setItemDelegate(table._qt_cells)
        qt = view.viewport().grab().toImage()
        view.setItemDelegate(cells)
        assert first == again == qt
