"""``event_rows`` / ``Session.event_row``: event id -> row of the open pack, the same rows a dict
of the ids would give (an id the pack lacks is absent), held as an index over the events' own id
array rather than a dict of 10^5 ids (tier L: 2 MB against 6.7 MB), and read-only (it is shared)."""

from __future__ import annotations

import pytest

from explorer.data.pack import RowIndex
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.state.session import Session, event_rows
from tests.data.test_pack_union import write_colliding_pack


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


def _same_as_a_dict(rows, ids: list[str]) -> None:
    expected = {event_id: i for i, event_id in enumerate(ids)}
    assert len(rows) == len(expected) and list(rows) == ids and dict(rows.items()) == expected
    for event_id, row in expected.items():
        assert rows[event_id] == row and rows.get(event_id) == row and event_id in rows
        assert type(rows[event_id]) is int
    for missing in ("no-such-event", "", ids[0].upper() + "x"):
        assert missing not in rows and rows.get(missing) is None and rows.get(missing, -1) == -1
        with pytest.raises(KeyError):
            rows[missing]


def test_the_rows_of_a_pack(default_pack):
    rows = event_rows(default_pack)
    _same_as_a_dict(rows, default_pack.events["id"].tolist())
    assert isinstance(rows, RowIndex) and event_rows(default_pack) is rows  # once per pack
    with pytest.raises(TypeError):  # shared by every reader: nobody may change it
        rows["no-such-event"] = 0  # type: ignore[index]


def test_the_rows_of_packs_open_together(default_pack, tmp_path):
    session = Session()
    session.open_pack(default_pack)
    session.add_pack(load_pack(write_colliding_pack(tmp_path / "second")))
    ids = session.pack.events["id"].tolist()
    _same_as_a_dict(session.event_row, ids)
    assert len(ids) > len(default_pack.events)  # the second pack's events are in it too
