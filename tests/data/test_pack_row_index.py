"""``RowIndex`` (id -> row) and ``Pack.source_by_id`` (id -> the row as a dict): the answers a dict
built row by row gave, made from the table's own columns when asked, none kept per row."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.data.pack import RowIndex, RowRecords
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def test_an_id_repeated_answers_its_last_row_as_a_dict_did():
    ids = np.array(["a", "b", "a", "c", "b"], dtype=object)
    rows = RowIndex(ids)
    assert dict(rows.items()) == {i: r for r, i in enumerate(ids.tolist())} == {"a": 2, "b": 4, "c": 3}
    assert len(rows) == 3 and "z" not in rows and rows.get("z") is None


def test_each_source_as_the_records_gave_it(pack):
    by_id = pack.source_by_id
    assert isinstance(by_id, RowRecords)  # nothing kept per source (tier L: 9,000 of them)
    expected = {r["id"]: r for r in pack.sources.to_dict("records")}
    assert len(by_id) == len(expected) and list(by_id) == list(expected)
    for sid, record in expected.items():
        assert sid in by_id and by_id[sid] == record and by_id.get(sid) == record
        assert list(by_id[sid]) == list(record)  # the columns in the table's order
    assert "no-such-source" not in by_id and by_id.get("no-such-source") is None
    with pytest.raises(KeyError):
        by_id["no-such-source"]


@pytest.mark.parametrize("ids", [["a", "b", "c"], ["a", "b", "a", "c", "b"]])
def test_many_ids_at_once_answer_as_each_one_does(ids):
    rows = RowIndex(np.array(ids, dtype=object))
    asked = np.array(["c", "zz", "a", "", "b", "a"], dtype=object)
    found = rows.rows_of(asked)
    assert found.dtype == np.int64
    assert found.tolist() == [rows.get(key, -1) for key in asked.tolist()]
