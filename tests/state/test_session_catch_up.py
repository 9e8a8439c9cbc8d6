"""A panel built after the session changed catches up with it (the window builds the Events and
Compare panels only after its first paint)."""

from __future__ import annotations

from explorer.state.session import COMPARISON, FILTER, LABELS, NOTES, PACK, SELECTION, Session
from tests.packs import write_pack


def test_a_late_listener_is_brought_up_to_date_once_after_the_block(tmp_path):
    from explorer.data.pack_loader import load_pack

    session = Session()
    early = []
    session.subscribe(early.append)
    session.open_pack(load_pack(write_pack(tmp_path / "pack")), origin="open")
    session.set_filter(origin="filter-bar", text="tariff")
    early.clear()
    late = []
    with session.catching_up(origin="window"):
        session.subscribe(late.append)
        assert late == []  # never called back while it is still being built
    assert len(late) == 1
    assert late[0].what == {PACK, FILTER, SELECTION, NOTES, COMPARISON, LABELS}
    assert late[0].origin == "window"
    assert early == []  # listeners already up to date are not disturbed
    session.set_filter(origin="filter-bar", text="")
    assert len(late) == 2 and FILTER in late[1].what  # and from then on it hears every change


def test_without_a_pack_there_is_nothing_to_catch_up_with():
    session = Session()
    late = []
    with session.catching_up():
        session.subscribe(late.append)
    assert late == []
