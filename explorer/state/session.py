"""Session: the one place application state lives.

Views never mutate state; they call an intent method here. Each intent computes what it needs
(pure functions from ``filtering``) and emits exactly ONE ``Change`` describing what changed and who
asked, so every listener updates once per user gesture. Qt-free: the window adapts listeners to
signals.

This module imports neither numpy nor pandas at import time: the window creates its Session before
the first paint, and the data stack is loaded with the pack, on a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter

if TYPE_CHECKING:
    import numpy as np

    from explorer.data.pack import Pack
    from explorer.userdata.notes import NotesStore

PACK, FILTER, SELECTION, NOTES, COMPARISON = "pack", "filter", "selection", "notes", "comparison"


@dataclass(frozen=True)
class Change:
    """What one intent changed: a subset of {"pack", "filter", "selection", "notes", "comparison"},
    and who asked."""

    what: frozenset[str]
    origin: str = ""


Listener = Callable[[Change], None]


class Session:
    def __init__(self, notes: NotesStore | None = None) -> None:
        self.pack: Pack | None = None
        self.filter = Filter()
        self.visible_events: Sequence[int] | np.ndarray = ()  # row positions, chronological
        self.selected_event: str | None = None
        self.notes: dict[str, str] = {}  # event id -> the user's note, for the open pack
        self.comparison = ComparisonSetup()
        self._notes_store = notes
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
    def open_pack(self, pack: Pack, origin: str = "", filter: Filter | None = None,
                  comparison: ComparisonSetup | None = None) -> None:
        """Replace the pack (and optionally filter and comparison); the selection is dropped.

        A comparison naming an indicator the pack lacks is reset rather than kept dangling.
        """
        self.pack = pack
        self._event_row = {e: i for i, e in enumerate(pack.events["id"])}
        self.notes = self._notes_store.notes_for(pack.meta.name) if self._notes_store else {}
        self.selected_event = None
        if filter is not None:
            self.filter = filter
        if comparison is not None:
            self.comparison = comparison
        if self.comparison.indicator_id not in set(pack.indicators["id"]):
            self.comparison = ComparisonSetup()
        self._refilter()
        self._emit({PACK, FILTER, SELECTION, NOTES, COMPARISON}, origin)

    def set_filter(self, origin: str = "", **changes) -> None:
        """Change any filter facets at once (one event for all of them)."""
        self._apply_filter(self.filter.with_changes(**changes), origin)

    def clear_filter(self, origin: str = "") -> None:
        self._apply_filter(Filter(), origin)

    def _apply_filter(self, new: Filter, origin: str) -> None:
        if new == self.filter:
            return
        self.filter = new
        self._refilter()
        what = {FILTER}
        if self.selected_event is not None and not self.is_visible(self.selected_event):
            self.selected_event = None
            what.add(SELECTION)
        self._emit(what, origin)

    def set_comparison(self, origin: str = "", **changes) -> None:
        """Change what is compared (indicator, series, basis, currency, ...) in one event.

        Choosing another indicator resets the series choice and base period, which belong to it.
        """
        if "indicator_id" in changes and changes["indicator_id"] != self.comparison.indicator_id:
            if self.pack is None or changes["indicator_id"] not in set(self.pack.indicators["id"]):
                raise KeyError(changes["indicator_id"])
            changes.setdefault("series", ())
            changes.setdefault("base_period", "")
            changes.setdefault("period", "")
        new = self.comparison.with_changes(**changes)
        if new == self.comparison:
            return
        self.comparison = new
        self._emit({COMPARISON}, origin)

    def select_event(self, event_id: str | None, origin: str = "") -> None:
        if event_id == self.selected_event:
            return
        if event_id is not None and event_id not in self._event_row:
            raise KeyError(event_id)
        self.selected_event = event_id
        self._emit({SELECTION}, origin)

    def step_selection(self, step: int, origin: str = "") -> None:
        """Select the previous (-1) or next (+1) visible event in chronological order."""
        visible = list(self.visible_events)
        if not visible:
            return
        row = self._event_row.get(self.selected_event) if self.selected_event else None
        if row is None or row not in visible:
            target = visible[0] if step > 0 else visible[-1]
        else:
            i = visible.index(row) + step
            target = visible[max(0, min(len(visible) - 1, i))]
        self.select_event(self.pack.events["id"].iat[int(target)], origin)

    def set_note(self, event_id: str, text: str, origin: str = "") -> None:
        """Save the user's note on an event (committed before this returns)."""
        if self.pack is None or event_id not in self._event_row:
            raise KeyError(event_id)
        if self.notes.get(event_id, "") == text:
            return
        if self._notes_store is not None:
            self._notes_store.save(self.pack.meta.name, event_id, text)
        if text.strip():
            self.notes[event_id] = text
        else:
            self.notes.pop(event_id, None)
        what = {NOTES}
        if self.filter.text.strip():  # notes are searched: the visible set may change
            self._refilter()
            what.add(FILTER)
        self._emit(what, origin)

    # -- derived ---------------------------------------------------------------------------------
    @property
    def event_row(self) -> dict[str, int]:
        """Event id -> row position in the current pack."""
        return self._event_row

    def is_visible(self, event_id: str) -> bool:
        row = self._event_row.get(event_id)
        return row is not None and row in set(map(int, self.visible_events))

    def _notes_column(self):
        import numpy as np

        col = np.full(len(self._event_row), "", dtype=object)
        for event_id, text in self.notes.items():
            row = self._event_row.get(event_id)
            if row is not None:
                col[row] = text
        return col

    def _refilter(self) -> None:
        if self.pack is None:
            self.visible_events = ()
            return
        from explorer.state.filtering import filter_events

        notes = self._notes_column() if self.notes else None
        self.visible_events = filter_events(self.pack, self.filter, notes)
