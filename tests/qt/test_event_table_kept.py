"""The events table keeps the pack's own English titles when every event has one (tier L: no copy
of 10^5 pointers for the window to hold); an untitled event still shows an empty title and the
pack's column is left as it was."""

from __future__ import annotations

import dataclasses

import numpy as np

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.models import event_table_model as etm


def test_english_titles_are_the_packs_own_column_and_an_untitled_event_shows_empty():
    pack = load_pack(default_pack_path())
    column = pack.events["title"].to_numpy(dtype=object)
    assert column.astype(bool).all()  # the default pack: every event titled
    titles = etm.labelled_columns(pack, "en")[etm.TITLE]
    assert np.shares_memory(titles, column) and titles.tolist() == column.tolist()

    events = pack.events.copy()
    events.loc[events.index[3], "title"] = None  # one untitled event, in a copy of the pack
    untitled = dataclasses.replace(pack, events=events)
    titles = etm.labelled_columns(untitled, "en")[etm.TITLE]
    assert titles[3] == "" and events["title"].iloc[3] is None  # shown empty; the pack's cell kept
    assert titles[:3].tolist() == column[:3].tolist()
