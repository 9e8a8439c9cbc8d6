"""The remembered per-word search and the chronological gather keep exactly the events the plain
reading keeps: every text fully searched with ``in`` (pack text and notes joined by a line break),
the kept rows sorted by their chronological rank.

Checked on the default pack and a generated tier-S pack, for ASCII, full-width and Japanese words,
with other facets, with notes, typed one letter at a time (where rows ruled out by a shorter word
are skipped) and re-applied (where remembered answers are reused).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.state.filtering import (
    _fold_array,
    event_mask,
    filter_events,
    fold,
    search_text,
)
from explorer.state.filters import Filter

WORDS = ["epa", "EPA", "ＥＰＡ", "日本", "日ＥＵ", "協定", "ﾊﾟｰﾄﾅｰ", "minerals", "partnership",
         "a", "e", "strategic investment", "japan 2019", "zzzz-nothing", "ja", "jap", "japa", "japan",
         "半導体", "重要鉱物", "1", "12"]


@pytest.fixture(scope="module", params=["default", "generated-S"])
def pack(request, tmp_path_factory):
    if request.param == "default":
        return load_pack(default_pack_path())
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(Path(tmp_path_factory.mktemp("bench")), "S")
    return load_pack(folder)


def reference_rows(pack, f: Filter, extra_text=None) -> np.ndarray:
    """The former search: ``in`` over every kept row's whole text, then a sort by chronology."""
    plain = f.with_changes(text="")
    mask = event_mask(pack, plain)
    hay = np.array(list(search_text(pack)), dtype=object)
    if extra_text is not None:
        hay = hay + "\n" + _fold_array(extra_text)
    for word in fold(f.text).split():
        mask &= np.array([word in t for t in hay], dtype=bool)
    rows = np.flatnonzero(mask)
    return rows[np.argsort(pack.event_chrono_rank[rows], kind="stable")]


def test_every_word_finds_what_the_plain_search_finds(pack):
    found_some = 0
    for text in WORDS:
        got = filter_events(pack, Filter(text=text))
        np.testing.assert_array_equal(got, reference_rows(pack, Filter(text=text)), err_msg=text)
        found_some += bool(len(got))
    assert found_some >= len(WORDS) // 2  # the words are not all misses


def test_typing_letter_by_letter_and_reapplying(pack):
    top = pack.event_parties["actor"].value_counts().index[0]
    for word in ("partnership", "日本との協定", "ＥＰＡ"):
        for n in range(1, len(word) + 1):
            for partners in (frozenset({top}), frozenset()):
                f = Filter(text=word[:n], partners=partners)
                np.testing.assert_array_equal(filter_events(pack, f), reference_rows(pack, f),
                                              err_msg=word[:n])
        for n in range(len(word), 0, -1):  # deleting letters: the shorter words again
            f = Filter(text=word[:n])
            np.testing.assert_array_equal(filter_events(pack, f), reference_rows(pack, f))


def test_notes_are_searched_with_the_pack_text(pack):
    n = len(pack.events)
    notes = np.full(n, "", dtype=object)
    notes[0] = "Ask about ＬＮＧ prices"
    notes[n // 2] = "大臣に確認"
    notes[n - 1] = "lng and 大臣"
    for text in ("lng", "ＬＮＧ", "大臣", "lng 大臣", "ask prices", "epa", "日本 大臣"):
        f = Filter(text=text)
        got = filter_events(pack, f, notes)
        np.testing.assert_array_equal(got, reference_rows(pack, f, notes), err_msg=text)
    assert {n // 2, n - 1} <= set(filter_events(pack, Filter(text="大臣"), notes))


def test_no_text_keeps_chronological_order_of_every_facet(pack):
    top = pack.event_parties["actor"].value_counts().index[0]
    for f in (Filter(), Filter(partners=frozenset({top})),
              Filter(kinds=frozenset({pack.events["kind"].iat[0]})),
              Filter(day_from=int(pack.events["start_day"].median()))):
        rows = np.flatnonzero(event_mask(pack, f))
        expected = rows[np.argsort(pack.event_chrono_rank[rows], kind="stable")]
        np.testing.assert_array_equal(filter_events(pack, f), expected)


def test_the_search_text_is_each_events_text_and_its_japanese_names_folded_whole(pack):
    """The per-pack search text (built by parts, names grouped in pandas) equals the plain reading:
    the event's haystack and the Japanese names of its parties, then involved actors, each once,
    joined by line breaks and folded as one text."""
    name_ja = {a: str(j).strip() for a, j in zip(pack.actors["id"], pack.actors["name_ja"])
               if isinstance(j, str) and j.strip()}
    names: list[list[str]] = [[] for _ in range(len(pack.events))]
    for table in (pack.event_parties, pack.event_involved):
        for row, actor in zip(table["row"].to_numpy(), table["actor"].to_numpy()):
            name = name_ja.get(actor)
            if name is not None and name not in names[row]:
                names[row].append(name)
    expected = [fold("\n".join([hay, *extra])) for hay, extra in zip(pack.event_haystack, names)]
    assert any(names) and list(search_text(pack)) == expected
