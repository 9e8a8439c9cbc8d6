"""Session: the one place application state lives.

Views never mutate state; they call an intent method here. Each intent computes what it needs
(pure functions from ``filters``) and emits exactly ONE ``Change`` describing what changed and who
asked, so every listener updates once per user gesture. Qt-free: the window adapts listeners to
signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from explorer.data.pack import Pack
from explorer.state.filters import Filter, filter_events


@dataclass(frozen=True)
class Change:
    """What one intent changed: a subset of {"pack", "filter", "selection"}, and who asked."""

    what: frozenset[str]
    origin: str = ""


Listener = Callable[[Change], None]


class Session:
    def __init__(self) -> None:
        self.pack: Pack | None = None
        self.filter = Filter()
        self.visible_events = np.empty(0, dtype=np.int64)  # row positions, chronological
        self.selected_event: str | None = None
        self._listeners: list[Listener] = []
        self._event_row: dict[str, int] = {}

    # -- listening -------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _emit(self, what: set[str], origin: str) -> None:
        change = Change(frozenset(what), origin)
        for listener in list(self._listeners):
            listener(change)

    # -- intents ---------------------------------------------------------------------------------
    def open_pack(self, pack: Pack, origin: str = "") -> None:
        """Replace the pack; the filter is kept where it still makes sense, the selection is dropped."""
        self.pack = pack
        self._event_row = {e: i for i, e in enumerate(pack.events["id"])}
        self.selected_event = None
        self._refilter()
        self._emit({"pack", "filter", "selection"}, origin)

    def set_filter(self, origin: str = "", **changes) -> None:
        """Change any filter facets at once (one event for all of them)."""
        new = self.filter.with_changes(**changes)
        if new == self.filter:
            return
        self.filter = new
        self._refilter()
        what = {"filter"}
        if self.selected_event is not None and not self._is_visible(self.selected_event):
            self.selected_event = None
            what.add("selection")
        self._emit(what, origin)

    def clear_filter(self, origin: str = "") -> None:
        if self.filter.is_empty():
            return
        self.filter = Filter()
        self._refilter()
        self._emit({"filter"}, origin)

    def select_event(self, event_id: str | None, origin: str = "") -> None:
        if event_id == self.selected_event:
            return
        if event_id is not None and event_id not in self._event_row:
            raise KeyError(event_id)
        self.selected_event = event_id
        self._emit({"selection"}, origin)

    # -- derived ---------------------------------------------------------------------------------
    @property
    def event_row(self) -> dict[str, int]:
        """Event id -> row position in the current pack."""
        return self._event_row

    def _is_visible(self, event_id: str) -> bool:
        row = self._event_row.get(event_id)
        return row is not None and bool(np.isin(row, self.visible_events))

    def _refilter(self) -> None:
        if self.pack is None:
            self.visible_events = np.empty(0, dtype=np.int64)
        else:
            self.visible_events = filter_events(self.pack, self.filter)
