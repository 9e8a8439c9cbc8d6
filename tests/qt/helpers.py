"""Shared set-up for widget tests."""

from __future__ import annotations

from explorer.data.pack_loader import load_pack
from explorer.state.session import Session
from tests.packs import write_pack


def session_on_test_pack(tmp_path, notes=None) -> Session:
    session = Session(notes=notes)
    session.open_pack(load_pack(write_pack(tmp_path / "pack")))
    return session
