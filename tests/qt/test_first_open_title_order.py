"""A first open: the events' Title order (``Pack.event_title_rank``) is made on the loader's worker
and handed over with the pack, so the window's first turns after the pack's frame never fold and
sort every title on the GUI thread; sorted by Title, the table lists the titles in that order."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from explorer.data.pack import Pack
from explorer.paths import default_pack_path
from explorer.qt.models.event_table_model import TITLE


def test_a_first_open_sorts_titles_by_the_order_the_worker_made(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_EXPLORER_HOME", str(tmp_path))
    from explorer.qt.main_window import MainWindow
    from explorer.state.session import Session
    from explorer.userdata.settings import Settings

    made_on: list[threading.Thread] = []
    rank = Pack.__dict__["event_title_rank"]

    def counted(pack, real=rank.func):
        made_on.append(threading.current_thread())
        return real(pack)

    monkeypatch.setattr(rank, "func", counted)
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.show()
    window.open_pack(str(default_pack_path()))
    qtbot.waitUntil(lambda: window.session.pack is not None, timeout=30000)
    pack = window.session.pack
    assert "event_title_rank" in pack.__dict__  # handed over with the pack
    assert made_on and threading.main_thread() not in made_on

    model = window.table.model
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    shown = [str(model.data(model.index(r, TITLE)) or "") for r in range(model.rowCount())]
    assert len(shown) == len(pack.events) > 1
    folded = [t.casefold() for t in shown]
    assert folded == sorted(folded)
    assert threading.main_thread() not in made_on  # the sort gathered the worker's order
    assert window.loader.wait(30000)
    window.close()
