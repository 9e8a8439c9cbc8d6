"""The filter bar's choices and their counts as a pack opens, with the counts made on the loader's
worker from codes (``filter_bar.facet_counts``): each list in pandas' ``value_counts`` order (most
events first, ties in order of first use) with its numbers, and each open pack's events."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from explorer.data.pack_loader import load_pack
from explorer.data.pack_union import combine_packs
from explorer.paths import default_pack_path
from explorer.qt.views import filter_bar
from explorer.qt.views.filter_bar import FilterBar
from explorer.state.session import Session
from tests.packs import write_pack


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("packs")
    shutil.copytree(default_pack_path(), folder / "copy")  # the same pack twice: equal titles
    return (load_pack(default_pack_path()), load_pack(write_pack(folder / "test")),
            load_pack(folder / "copy"))


def _texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


@pytest.mark.parametrize("which", ["one", "combined"])
def test_counts_are_pandas_value_counts(packs, which):
    pack = packs[0] if which == "one" else combine_packs(list(packs))
    counts = filter_bar.facet_counts(pack)
    for key, column in (("parties", pack.event_parties["actor"]),
                        ("involved", pack.event_involved["actor"]),
                        ("domains", pack.event_domains["domain"]),
                        ("kinds", pack.events["kind"]), ("statuses", pack.events["status"])):
        expected = column.value_counts()
        assert list(counts[key]) == list(expected.index), key  # ties in the same order
        assert list(counts[key].values()) == expected.tolist(), key


def test_the_bar_lists_every_choice_with_its_count(qtbot, packs):
    session = Session()
    bar = FilterBar(session)
    qtbot.addWidget(bar)
    session.open_pack(packs[0], origin="test")
    partners = _texts(bar.partners)
    parties, involved = (t["actor"].tolist() for t in (packs[0].event_parties,
                                                         packs[0].event_involved))
    top = max(set(parties), key=parties.count)  # the most events first
    assert partners[0] == (f"{packs[0].actor_names[top]} ({parties.count(top)}, "
                           f"+{involved.count(top)} involved)")
    assert len(partners) == len(set(packs[0].event_parties["actor"])
                                | set(packs[0].event_involved["actor"]))
    assert not bar.packs_box.isVisibleTo(bar)  # one pack: no pack choices
    assert _texts(bar.packs) == [f"{packs[0].meta.title} (59)"]
    for i in range(bar.partners.count()):  # each choice whole: tooltip, key and an empty tick
        item = bar.partners.item(i)
        assert item.toolTip() == item.text() and item.data(Qt.ItemDataRole.UserRole)
        assert item.checkState() == Qt.CheckState.Unchecked
        assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    session.add_pack(packs[1], origin="test")
    session.add_pack(packs[2], origin="test")
    assert bar.packs_box.isVisibleTo(bar)
    title = packs[0].meta.title
    keys = [bar.packs.item(i).data(Qt.ItemDataRole.UserRole) for i in range(bar.packs.count())]
    assert _texts(bar.packs) == [f"{title} ({keys[0]}) (59)", f"{packs[1].meta.title} (5)",
                                 f"{title} ({keys[2]}) (59)"]
    bar.close()
