"""The label language lives in the Session: one change with "labels" in it, nothing else touched."""

from __future__ import annotations

import pytest

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.state.session import LABELS, Session


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


def test_label_language_defaults_to_english_and_changes_once():
    session = Session()
    assert session.label_language == "en"
    changes: list = []
    session.subscribe(changes.append)
    session.set_label_language("ja", origin="prefs")
    assert session.label_language == "ja"
    assert len(changes) == 1
    assert LABELS in changes[0].what and changes[0].origin == "prefs"
    session.set_label_language("ja")  # already so: no change
    assert len(changes) == 1
    session.set_label_language("both")
    assert session.label_language == "both" and len(changes) == 2


def test_an_unknown_label_language_means_english():
    session = Session()
    session.set_label_language("ja")
    session.set_label_language("klingon")
    assert session.label_language == "en"


def test_label_language_keeps_filter_selection_and_pack(default_pack):
    session = Session()
    session.open_pack(default_pack)
    session.set_filter(text="EPA")
    session.select_event("eu-jp-epa")
    visible = list(session.visible_events)
    changes: list = []
    session.subscribe(changes.append)
    session.set_label_language("ja")
    assert changes[0].what == frozenset({LABELS})
    assert session.selected_event == "eu-jp-epa"
    assert list(session.visible_events) == visible
