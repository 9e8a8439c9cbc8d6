"""Session: the one place application state lives.

Views never mutate state; they call an intent method here. Each intent computes what it needs
(pure functions from ``filtering``) and emits exactly ONE ``Change`` describing what changed and who
asked, so every listener updates once per user gesture. Qt-free: the window adapts listeners to
signals.

Several packs can be open at once: ``packs`` holds them as loaded (primary first) and ``pack`` is
their combination (``explorer.data.pack_union``), which every view reads; with one pack open the two
are the same object.

This module imports neither numpy nor pandas at import time: the window creates its Session before
the first paint, and the data stack is loaded with the pack, on a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from explorer.domain.labels import LabelLanguage, checked_language
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from explorer.state.origins import Origin

if TYPE_CHECKING:
    import numpy as np

    from explorer.data.pack import Pack, RowIndex
    from explorer.userdata.notes import NotesStore

PACK, FILTER, SELECTION, NOTES, COMPARISON = "pack", "filter", "selection", "notes", "comparison"
LABELS = "labels"  # the label language changed: data labels (titles, names, dates) re-read


@dataclass(frozen=True)
class Change:
    """What one intent changed: a subset of {"pack", "filter", "selection", "notes", "comparison",
    "labels"}, and who asked."""

    what: frozenset[str]
    origin: Origin | str = Origin.UNSPECIFIED


Listener = Callable[[Change], None]

SAVED, SAVING, FAILED, CONFLICT, READ_ONLY = "saved", "saving", "failed", "conflict", "read_only"


@dataclass(frozen=True)
class NoteState:
    """Where a note's text is, for the editor to say so truthfully.

    ``status``: "saved" (the store holds what the editor shows), "saving" (typed, kept in the
    journal, not yet in the store), "failed" (the store refused it: ``reason`` says why; the text is
    kept and retried), "conflict" (changed in another window since it was read here: ``theirs`` is
    that text), "read_only" (the store cannot be written at all: ``reason``)."""

    status: str = SAVED
    reason: str = ""
    theirs: str = ""


_EVENT_ROWS = "_session_event_rows"


def event_rows(pack: Pack) -> RowIndex:
    """Event id -> row, once per pack (the pack loader builds it on its worker: 10^5 ids are not
    hashed on the GUI thread when the pack opens). Read-only (``RowIndex``): shared by whoever asks."""
    rows: RowIndex | None = pack.__dict__.get(_EVENT_ROWS)
    if rows is None:
        from explorer.data.pack import RowIndex  # here: pandas loads with the pack, not at start-up

        rows = pack.__dict__[_EVENT_ROWS] = RowIndex(pack.events["id"].to_numpy(dtype=object))
    return rows


class Session:
    def __init__(self, notes: NotesStore | None = None) -> None:
        self.packs: tuple[Pack, ...] = ()  # the open packs as loaded, primary first
        self.pack: Pack | None = None  # what every view reads: the packs combined (or the one pack)
        self.filter = Filter()
        self.visible_events: Sequence[int] | np.ndarray = ()  # row positions, chronological
        self.selected_event: str | None = None
        self.notes: dict[str, str] = {}  # event id (as in self.pack) -> the user's note
        self.comparison = ComparisonSetup()
        self.label_language: LabelLanguage = "en"  # how data is labelled: "en", "ja" or "both"
        self._notes_store = notes
        # Notes typed but not (yet) in the store, and why not, by (pack name, event id in it): they
        # outlive a change of selection or of the open packs, and are retried until saved.
        self._unsaved_notes: dict[tuple[str, str], str] = {}
        self._note_problems: dict[tuple[str, str], NoteState] = {}
        self._listeners: list[Listener] = []
        self._event_row: Mapping[str, int] = {}
        self._pack_keys: tuple[str, ...] = ()  # pack key of each of self.packs (pack_union)

    # -- listening -------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @contextmanager
    def catching_up(self, origin: Origin | str = Origin.CATCH_UP) -> Iterator[None]:
        """Listeners subscribed inside this block are brought up to date when it ends: each is
        called once with a change naming everything the session holds (pack, filter, selection,
        notes, comparison, labels), if a pack is open. For a panel built after the session has
        changed (the window builds some only once it has painted): it then shows what every other
        panel shows, through the one path it already listens on. Listeners are called after the
        block, so a panel is never called back half-constructed."""
        mark = len(self._listeners)
        before = list(self._listeners)
        try:
            yield
        finally:
            late = [x for x in self._listeners[mark:] if x not in before]
            if late and self.pack is not None:
                change = Change(frozenset({PACK, FILTER, SELECTION, NOTES, COMPARISON, LABELS}),
                                origin)
                for listener in late:
                    if listener in self._listeners:
                        listener(change)

    def _emit(self, what: set[str], origin: Origin | str) -> None:
        change = Change(frozenset(what), origin)
        for listener in list(self._listeners):
            listener(change)

    # -- intents ---------------------------------------------------------------------------------
    def open_pack(self, pack: Pack, origin: Origin | str = Origin.UNSPECIFIED, filter: Filter | None = None,
                  comparison: ComparisonSetup | None = None) -> None:
        """Replace the pack (and optionally filter and comparison); the selection is dropped.

        A comparison naming an indicator the pack lacks is reset rather than kept dangling. Any
        other open packs are closed.
        """
        self._set_packs((pack,))
        self.selected_event = None
        if filter is not None:
            self.filter = filter
        if comparison is not None:
            self.comparison = comparison
        self._drop_missing_indicator()
        self._refilter()
        self._emit({PACK, FILTER, SELECTION, NOTES, COMPARISON}, origin)

    def add_pack(self, pack: Pack, origin: Origin | str = Origin.UNSPECIFIED) -> None:
        """Open ``pack`` alongside the open ones (an open pack from the same location is replaced
        instead); filter, comparison and selection are kept where they still apply."""
        if self.pack is None:
            self.open_pack(pack, origin)
            return
        packs = list(self.packs)
        i = self._index_of(pack.meta.location)
        if i is None:
            packs.append(pack)
        else:
            packs[i] = pack
        self._change_packs(tuple(packs), origin)

    def close_pack(self, location: str, origin: Origin | str = Origin.UNSPECIFIED) -> None:
        """Close the open pack from ``location``; closing the primary promotes the next one.
        KeyError if no open pack is from there; ValueError for the last open pack."""
        i = self._index_of(location)
        if i is None:
            raise KeyError(location)
        if len(self.packs) == 1:
            raise ValueError(f"{location} is the only open pack; open another instead of closing it")
        self._change_packs(self.packs[:i] + self.packs[i + 1:], origin)

    def replace_pack(self, pack: Pack, origin: Origin | str = Origin.RELOAD) -> None:
        """Swap the open pack from ``pack.meta.location`` for this new version of it (live reload).

        Filter and comparison are kept; the selection too when its event is still there (else it is
        dropped and SELECTION is in the change). KeyError if no open pack is from that location.
        """
        i = self._index_of(pack.meta.location)
        if i is None:
            raise KeyError(pack.meta.location)
        self._change_packs(self.packs[:i] + (pack,) + self.packs[i + 1:], origin)

    def reload_notes(self, origin: Origin | str = Origin.UNSPECIFIED) -> None:
        """Read the open packs' notes again from the store (after notes were imported). Text not
        yet saved is kept (``note_text`` still shows it) and saved or retried as before."""
        if self.pack is None:
            return
        self.notes = self._load_notes()
        what = {NOTES}
        if self.filter.text.strip():  # notes are searched: the visible set may change
            self._refilter()
            what.add(FILTER)
        self._emit(what, origin)

    def set_filter(self, origin: Origin | str = Origin.UNSPECIFIED, **changes: Any) -> None:
        """Change any filter facets at once (one event for all of them)."""
        self._apply_filter(self.filter.with_changes(**changes), origin)

    def clear_filter(self, origin: Origin | str = Origin.UNSPECIFIED) -> None:
        self._apply_filter(Filter(), origin)

    def _apply_filter(self, new: Filter, origin: Origin | str) -> None:
        if new == self.filter:
            return
        self.filter = new
        self._refilter()
        what = {FILTER}
        if self.selected_event is not None and not self.is_visible(self.selected_event):
            self.selected_event = None
            what.add(SELECTION)
        self._emit(what, origin)

    def set_comparison(self, origin: Origin | str = Origin.UNSPECIFIED, **changes: Any) -> None:
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

    def set_label_language(self, lang: str, origin: Origin | str = Origin.UNSPECIFIED) -> None:
        """Label data in ``lang`` ("en", "ja" or "both"; anything else, e.g. a hand-edited settings
        value, means "en"): one change with "labels" in it, none when it is already so. Filter and
        selection are untouched."""
        lang = checked_language(lang)
        if lang == self.label_language:
            return
        self.label_language = lang
        self._emit({LABELS}, origin)

    def select_event(self, event_id: str | None, origin: Origin | str = Origin.UNSPECIFIED) -> None:
        if event_id == self.selected_event:
            return
        if event_id is not None and event_id not in self._event_row:
            raise KeyError(event_id)
        self.selected_event = event_id
        self._emit({SELECTION}, origin)

    def step_selection(self, step: int, origin: Origin | str = Origin.UNSPECIFIED) -> None:
        """Select the previous (-1) or next (+1) visible event in chronological order."""
        import numpy as np  # loaded with the pack; not at start-up

        # numpy, not a list: at 10^5 visible events a list, ``in`` and ``.index`` cost 2-4 ms a step
        visible = np.asarray(self.visible_events, dtype=np.int64)
        if not len(visible):
            return
        row = self._event_row.get(self.selected_event) if self.selected_event else None
        at = np.flatnonzero(visible == row) if row is not None else np.empty(0, np.int64)
        if not len(at):
            target = visible[0] if step > 0 else visible[-1]
        else:
            target = visible[max(0, min(len(visible) - 1, int(at[0]) + step))]
        pack = self.pack
        assert pack is not None  # there are visible events, so a pack is open
        self.select_event(pack.events["id"].iat[int(target)], origin)

    def type_note(self, event_id: str, text: str) -> NoteState:
        """The editor's text after one keystroke: on disk (the notes journal) before this returns,
        so a crash loses nothing typed; ``set_note`` (debounced) then saves it in the store. No
        change is emitted. Returns the note's state ("failed" if even the journal refused it)."""
        if self.pack is None or event_id not in self._event_row:
            raise KeyError(event_id)
        store = self._notes_store
        if store is not None and store.read_only:
            return NoteState(READ_ONLY, store.read_only)
        key = self._note_key(event_id)
        self._unsaved_notes[key] = text
        if store is not None:
            from explorer.userdata.notes import NotesError

            try:
                store.journal(*key, text)
            except NotesError as e:
                return NoteState(FAILED, str(e))
        return self.note_state(event_id)

    def set_note(self, event_id: str, text: str, origin: Origin | str = Origin.UNSPECIFIED) -> None:
        """Save the user's note on an event (committed before this returns).

        If the store refuses it (NotesError, NoteConflict) the text is kept as unsaved, the note's
        state says why, one change with "notes" is emitted, and the error is raised again."""
        if self.pack is None or event_id not in self._event_row:
            raise KeyError(event_id)
        key = self._note_key(event_id)
        if (self.notes.get(event_id, "") == text and key not in self._note_problems
                and self._unsaved_notes.get(key, text) == text):
            self._unsaved_notes.pop(key, None)
            return
        self._unsaved_notes[key] = text
        try:
            self._save_note(key, text)
        except OSError:
            self._emit({NOTES}, origin)
            raise
        self._store_in_session(event_id, text)
        self._emit(self._notes_changed(), origin)

    def _save_note(self, key: tuple[str, str], text: str, overwrite: bool = False) -> None:
        """Into the store; on failure the problem is recorded (and raised), the text kept."""
        if self._notes_store is not None:
            from explorer.userdata.notes import NoteConflict, NotesError

            try:
                self._notes_store.save(*key, text, overwrite=overwrite)
            except NoteConflict as e:
                self._note_problems[key] = NoteState(CONFLICT, str(e), e.theirs)
                raise
            except NotesError as e:
                self._note_problems[key] = NoteState(FAILED, str(e))
                raise
        self._note_problems.pop(key, None)
        if self._unsaved_notes.get(key) == text:
            del self._unsaved_notes[key]

    def _store_in_session(self, event_id: str | None, text: str) -> None:
        if event_id is None:
            return
        if text.strip():
            self.notes[event_id] = text
        else:
            self.notes.pop(event_id, None)

    def _notes_changed(self) -> set[str]:
        what = {NOTES}
        if self.filter.text.strip():  # notes are searched: the visible set may change
            self._refilter()
            what.add(FILTER)
        return what

    def retry_notes(self, origin: Origin | str = Origin.UNSPECIFIED) -> int:
        """Try again to save every note the store refused (not conflicts: the user chooses those).
        One change if any state changed; returns how many are still not saved."""
        from explorer.userdata.notes import NotesError

        changed = False
        for key, state in list(self._note_problems.items()):
            if state.status != FAILED:
                continue
            text = self._unsaved_notes.get(key, "")
            try:
                self._save_note(key, text)
            except NotesError as e:
                changed = changed or str(e) != state.reason
                continue
            self._store_in_session(self._event_id_of_key(key), text)
            changed = True
        if changed:
            self._emit(self._notes_changed(), origin)
        return len(self._note_problems)

    def resolve_note_conflict(self, event_id: str, keep: str, origin: Origin | str = Origin.UNSPECIFIED) -> None:
        """The user's answer to a note changed in another window: ``keep`` "mine" saves this
        window's text over theirs, "theirs" takes their text (this window's is dropped)."""
        key = self._note_key(event_id)
        state = self._note_problems.get(key)
        if state is None or state.status != CONFLICT:
            return
        if keep == "mine":
            text = self._unsaved_notes.get(key, "")
            try:
                self._save_note(key, text, overwrite=True)
            except OSError:
                self._emit({NOTES}, origin)
                raise
        else:
            text = state.theirs
            if self._notes_store is not None:
                text = self._notes_store.accept_theirs(*key)
            self._note_problems.pop(key, None)
            self._unsaved_notes.pop(key, None)
        self._store_in_session(event_id, text)
        self._emit(self._notes_changed(), origin)

    def note_text(self, event_id: str | None) -> str:
        """What the editor shows for ``event_id``: text not yet saved if any, else the saved note."""
        if event_id is None or event_id not in self._event_row:
            return ""
        return self._unsaved_notes.get(self._note_key(event_id), self.notes.get(event_id, ""))

    def note_state(self, event_id: str | None) -> NoteState:
        if self.notes_read_only:
            return NoteState(READ_ONLY, self.notes_read_only)
        if event_id is None or event_id not in self._event_row:
            return NoteState()
        key = self._note_key(event_id)
        if key in self._note_problems:
            return self._note_problems[key]
        return NoteState(SAVING) if key in self._unsaved_notes else NoteState()

    @property
    def unsaved_note_count(self) -> int:
        """Notes whose text the store does not hold yet (typed, failed or in conflict)."""
        return len(self._unsaved_notes)

    @property
    def failed_note_count(self) -> int:
        return sum(1 for s in self._note_problems.values() if s.status == FAILED)

    @property
    def notes_read_only(self) -> str:
        """Why notes cannot be saved at all ("" when they can)."""
        return getattr(self._notes_store, "read_only", "") if self._notes_store is not None else ""

    @property
    def notes_from_newer_app(self) -> bool:
        return bool(getattr(self._notes_store, "newer", False))

    @property
    def notes_restored(self) -> int:
        """Notes typed before a crash (or a failed save) that were saved when the store opened."""
        return int(getattr(self._notes_store, "restored", 0)) if self._notes_store is not None else 0

    def _event_id_of_key(self, key: tuple[str, str]) -> str | None:
        """The open event a note key belongs to (None if its pack is not open)."""
        for pack in self.packs:
            if pack.meta.name == key[0]:
                found = self._event_id_of(pack.meta.location, key[1])
                if found is not None:
                    return found
        return None

    # -- derived ---------------------------------------------------------------------------------
    @property
    def event_row(self) -> Mapping[str, int]:
        """Event id -> row position in the current pack."""
        return self._event_row

    def is_visible(self, event_id: str) -> bool:
        import numpy as np

        row = self._event_row.get(event_id)
        return row is not None and bool((np.asarray(self.visible_events) == row).any())

    def _index_of(self, location: str) -> int | None:
        """Position in ``packs`` of the open pack from ``location`` (None if none is)."""
        return next((i for i, p in enumerate(self.packs) if p.meta.location == location), None)

    def _set_packs(self, packs: tuple[Pack, ...]) -> None:
        """Make ``packs`` the open ones: the combined pack, its id index and its notes."""
        from explorer.data.pack_union import combine_packs, unique_pack_keys

        self.packs = packs
        self._pack_keys = unique_pack_keys([p.meta.name for p in packs])
        self.pack = combine_packs(packs)
        self._event_row = event_rows(self.pack)
        self.notes = self._load_notes()

    def _load_notes(self) -> dict[str, str]:
        """Every open pack's notes (stored by pack name and the event's own id), by combined id."""
        if self._notes_store is None:
            return {}
        from explorer.data.pack_union import namespaced_id

        notes: dict[str, str] = {}
        for i, (pack, key) in enumerate(zip(self.packs, self._pack_keys)):
            for event_id, text in self._notes_store.notes_for(pack.meta.name).items():
                notes[event_id if i == 0 else namespaced_id(key, event_id)] = text
        return notes

    def _note_key(self, event_id: str) -> tuple[str, str]:
        """(pack name, the event's id in that pack): how the store keys a note on ``event_id``."""
        location, local_id = self._event_identity(event_id)
        i = self._index_of(location)
        assert i is not None  # the location is that of one of the open packs
        return self.packs[i].meta.name, local_id

    def _event_identity(self, event_id: str) -> tuple[str, str]:
        """(location of the event's own pack, its id there): stable while other packs open or close."""
        if len(self.packs) == 1:
            return self.packs[0].meta.location, event_id
        from explorer.data.pack_union import LOCAL_ID_COLUMN, PACK_COLUMN

        assert self.pack is not None  # several packs are open, so their combination is set
        ev, row = self.pack.events, self._event_row[event_id]
        i = self._pack_keys.index(ev[PACK_COLUMN].iat[row])
        return self.packs[i].meta.location, str(ev[LOCAL_ID_COLUMN].iat[row])

    def _event_id_of(self, location: str, local_id: str) -> str | None:
        """Inverse of ``_event_identity`` for the packs open now (None if gone)."""
        from explorer.data.pack_union import namespaced_id

        i = self._index_of(location)
        if i is None:
            return None
        event_id = local_id if i == 0 else namespaced_id(self._pack_keys[i], local_id)
        return event_id if event_id in self._event_row else None

    def _change_packs(self, packs: tuple[Pack, ...], origin: Origin | str) -> None:
        """Open ``packs`` in place of the current ones, keeping what the user chose where it still
        applies: the selected event and the packs facet follow their pack (its key or position may
        change), a comparison of an indicator no longer there is reset. One change."""
        selected = self._event_identity(self.selected_event) if self.selected_event else None
        old_locations = dict(zip(self._pack_keys, (p.meta.location for p in self.packs)))
        chosen = {old_locations[k] for k in self.filter.packs if k in old_locations}
        # Keys no open pack had yet (a facet restored at start, before its packs loaded) are kept
        # if the new packs have them; with one pack left the facet means nothing and is cleared.
        unknown = self.filter.packs - set(old_locations)
        self._set_packs(packs)
        what = {PACK, FILTER, NOTES}
        new_keys = {p.meta.location: k for k, p in zip(self._pack_keys, self.packs)}
        facet = {new_keys[loc] for loc in chosen if loc in new_keys} | (unknown & set(self._pack_keys))
        self.filter = replace(self.filter, packs=frozenset(facet if len(packs) > 1 else ()))
        if self._drop_missing_indicator():
            what.add(COMPARISON)
        self._refilter()
        kept = self._event_id_of(*selected) if selected else None
        if kept is not None and not self.is_visible(kept):
            kept = None
        if kept != self.selected_event:
            self.selected_event = kept
            what.add(SELECTION)
        self._emit(what, origin)

    def _drop_missing_indicator(self) -> bool:
        """Reset a comparison naming an indicator the pack lacks; whether it was reset."""
        assert self.pack is not None  # called right after _set_packs, which sets it
        if self.comparison.indicator_id in set(self.pack.indicators["id"]):
            return False
        changed = self.comparison != ComparisonSetup()
        self.comparison = ComparisonSetup()
        return changed

    def _notes_column(self) -> np.ndarray:
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
