"""Saved views: a named ``ViewState`` the user can come back to, in the user store (``store.py``).

The UI decides how they are offered; this module only keeps them. Like briefings, a stored view is
checked on the way out (``ViewState.from_dict``), so a row that does not check out is skipped, kept
and reported in ``problems`` rather than stopping anything.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from explorer.export.view_state import ViewError, ViewState
from explorer.userdata.briefings import MAX_TITLE, _check_id, _check_text, new_id, now_iso
from explorer.userdata.store import StoreError, UserStore


@dataclass(frozen=True)
class SavedView:
    id: str
    name: str
    view: ViewState
    created: str = ""

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "created": self.created, "view": self.view.to_dict()}


def check_name(name: object, where: str = "name") -> str:
    """A view's name: one line, 1 to 300 characters, outer spaces dropped."""
    text = _check_text(name, where, MAX_TITLE).strip()
    if not text:
        raise ViewError(f"{where}: must not be empty")
    return text


def view_json(view: ViewState) -> str:
    try:
        return json.dumps(view.to_dict(), ensure_ascii=False, allow_nan=False)
    except ValueError as e:
        raise ViewError(f"view: holds a value that cannot be saved ({e})") from None


def saved_view_from_row(row: tuple, where: str) -> SavedView:
    vid, name, text, created = row
    try:
        data = json.loads(text)
    except (TypeError, ValueError, RecursionError) as e:
        raise ViewError(f"{where}.view: not valid JSON ({e})") from None
    return SavedView(vid, name, ViewState.from_dict(data, f"{where}.view"), created)


class ViewStore:
    """The user's saved views: ``list``, ``get``, ``save``, ``rename``, ``delete``.

    ``path``: the user store file (default: ``user.sqlite3`` in the data folder). Invalid input
    raises ``ViewError``; a store that cannot be written raises ``StoreError`` (an ``OSError``).
    """

    def __init__(self, path: Path | None = None) -> None:
        self._store = UserStore(path)
        self.path = self._store.path
        self.problems: list[str] = list(self._store.problems)

    def _problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def list(self) -> list[SavedView]:
        """Every readable view, by name (then oldest first for equal names)."""
        out = []
        for row in self._store.query("SELECT id, name, view_json, created FROM views"):
            try:
                out.append(saved_view_from_row(row, f"{self.path}: view {row[0]!r}"))
            except ViewError as e:
                self._problem(str(e))
        out.sort(key=lambda v: (v.name.casefold(), v.created, v.id))
        return out

    def get(self, view_id: str) -> SavedView:
        """KeyError if there is no such view, ViewError if it does not check out."""
        _check_id(view_id, "view id")
        rows = self._store.query("SELECT id, name, view_json, created FROM views WHERE id = ?",
                                 (view_id,))
        if not rows:
            raise KeyError(view_id)
        return saved_view_from_row(rows[0], f"{self.path}: view {view_id!r}")

    def save(self, name: str, view: ViewState, view_id: str | None = None) -> SavedView:
        """Save ``view`` as ``name``: a new saved view, or (with ``view_id``) replace that one's view
        and name, keeping its creation time. Committed before returning."""
        name = check_name(name)
        text = view_json(view)
        with self._store.transaction() as db:
            if view_id is None:
                while True:
                    view_id = new_id()
                    if not db.execute("SELECT 1 FROM views WHERE id = ?", (view_id,)).fetchone():
                        break
                created = now_iso()
                db.execute("INSERT INTO views (id, name, view_json, created) VALUES (?, ?, ?, ?)",
                           (view_id, name, text, created))
            else:
                _check_id(view_id, "view id")
                row = db.execute("SELECT created FROM views WHERE id = ?", (view_id,)).fetchone()
                created = row[0] if row else now_iso()
                db.execute("INSERT INTO views (id, name, view_json, created) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                           "view_json = excluded.view_json", (view_id, name, text, created))
        return SavedView(view_id, name, view, created)

    def rename(self, view_id: str, name: str) -> SavedView:
        """KeyError if there is no such view."""
        _check_id(view_id, "view id")
        name = check_name(name)
        with self._store.transaction() as db:
            if db.execute("UPDATE views SET name = ? WHERE id = ?", (name, view_id)).rowcount == 0:
                raise KeyError(view_id)
        return self.get(view_id)

    def delete(self, view_id: str) -> None:
        """Deleting a view that is not there is not an error (it is gone either way)."""
        _check_id(view_id, "view id")
        with self._store.transaction() as db:
            db.execute("DELETE FROM views WHERE id = ?", (view_id,))

    def close(self) -> None:
        self._store.close()


__all__ = ["SavedView", "StoreError", "ViewStore", "check_name"]
