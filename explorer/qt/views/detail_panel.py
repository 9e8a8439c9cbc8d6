"""The detail panel: everything about the selected event, its sources, and the user's own note.

Readers see the reader-facing text only: summaries, clean citations (``explorer.domain.citation``)
and reader notes. The pack author's working notes (``editor_note`` on the event, its sources and the
figures shown) stay one click away, in a "Pack author's notes" section that starts collapsed.

Data is shown in the session's label language (title, summary, parties, statuses, life-cycle stages
and dates; the other language's title and summary follow, muted, for reference); the panel's own
words are in the interface language (``tr``). Colours come from the window's theme.

Pack text is escaped before it becomes HTML (a pack is untrusted input). Links are never opened
automatically: a source URL is shown as selectable text, and "open" asks first.
"""

from __future__ import annotations

import math
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, QSizeF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.domain import labels
from explorer.domain.citation import citation
from explorer.domain.figures import format_figure_in
from explorer.qt import theme
from explorer.state.origins import Origin
from explorer.state.session import (
    CONFLICT,
    FAILED,
    LABELS,
    NOTES,
    PACK,
    READ_ONLY,
    SAVING,
    SELECTION,
    Change,
    NoteState,
    Session,
)

if TYPE_CHECKING:  # not at import: the window paints before numpy and superqt load
    import numpy as np
    from superqt.utils import QSignalDebouncer

NOTE_SAVE_DELAY_MS = 600
NOTE_RETRY_MS = 5000  # a note the store refused is tried again this often (and on the next edit)
# Where height is short (Compare brought forward on a 1366×768 laptop puts the panel at its
# minimum), the card keeps room for the title, the other language's title and the date, and the
# note box gives up what it shows beyond two lines (it scrolls; it grows back with the room).
# Both boxes asked Qt's 70 px, and the card showed the title only. Together they ask about what
# they asked before (132 against 140 px offscreen), so the timeline and Compare keep their room.
CARD_MIN_LINES = 6
NOTE_MIN_LINES = 2


def _text(value: object) -> str:
    """A pack cell as text ("" for a missing one)."""
    return value.strip() if isinstance(value, str) else ""


_INDEX = "_detail_panel_index"  # pack.__dict__ key: the panel's per-pack lookups
_MEMO_LIMIT = 4096  # events and indicators whose rows are kept once looked up


class _RowsBy:
    """Value -> the ascending row positions holding it, for one column: one factorize and one
    stable argsort, held as two integer arrays and pandas' hash index of the distinct values (no
    array or dict entry per value: ~10^5 events at the largest packs)."""

    def __init__(self, column) -> None:
        import numpy as np  # not at import: the window paints before these load
        import pandas as pd

        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        self._order = np.argsort(codes, kind="stable")
        self._bounds = np.searchsorted(codes[self._order], np.arange(len(uniques) + 1))
        self._index = pd.Index(uniques)

    def get(self, value) -> np.ndarray | None:
        """The rows holding ``value``, ascending; None when no row does."""
        try:
            code = self._index.get_loc(value)
        except (KeyError, TypeError):
            return None
        if isinstance(code, slice) or getattr(code, "ndim", False):  # unique values: never happens
            return None
        code = int(code)
        return self._order[self._bounds[code]:self._bounds[code + 1]]


class _PackIndex:
    """What the panel looks up per selected event, made once per pack: the milestones and linked
    indicators of each event, indicator names, and (remembered once asked) an event's life cycle
    and an indicator's latest figures. A step to the next event then reads a few rows instead of
    comparing every milestone, link and observation row (10^6 at the largest packs) with its id.
    The rows and their order are those of the former boolean masks: same pandas calls, fewer rows."""

    def __init__(self, pack) -> None:
        self._pack = pack
        self._milestone_rows = _RowsBy(pack.milestones["event_id"])
        self._link_rows = _RowsBy(pack.links["event_id"])
        self._link_indicators: np.ndarray | None = None  # the links' indicator ids, once asked
        self._indicator_names: dict[str, dict[str, str]] = {}  # per label language, once asked
        self._milestones: dict[str, list] = {}
        self._latest: dict[object, list] = {}

    def indicator_names(self, lang: str) -> dict[str, str]:
        """Indicator id -> name in the label language, as the Compare panel names them."""
        names = self._indicator_names.get(lang)
        if names is None:
            from explorer.charts.comparison import indicator_names

            names = self._indicator_names[lang] = indicator_names(self._pack, lang)
        return names

    def milestones(self, event_id: str) -> list:
        """The event's milestones by date (``itertuples`` records)."""
        found = self._milestones.get(event_id)
        if found is None:
            rows = self._milestone_rows.get(event_id)
            found = []
            if rows is not None and len(rows):
                ms = self._pack.milestones.iloc[rows].sort_values(["day_start", "day_end"])
                found = list(ms.itertuples())
            if len(self._milestones) >= _MEMO_LIMIT:
                self._milestones.clear()
            self._milestones[event_id] = found
        return found

    def linked_indicators(self, event_id: str) -> list:
        """The indicator ids linked to the event, in the links' order."""
        rows = self._link_rows.get(event_id)
        if rows is None:
            return []
        if self._link_indicators is None:
            self._link_indicators = self._pack.links["indicator_id"].to_numpy(dtype=object)
        return self._link_indicators[rows].tolist()

    def latest(self, indicator) -> list:
        """The indicator's three latest figures (``itertuples`` records, oldest first)."""
        found = self._latest.get(indicator)
        if found is None:
            rows = self._pack.observation_rows_by_indicator.get(indicator)
            found = list(self._pack.last_observations(rows if rows is not None else [], 3).itertuples())
            if len(self._latest) >= _MEMO_LIMIT:
                self._latest.clear()
            self._latest[indicator] = found
        return found


def pack_index(pack) -> _PackIndex:
    """The panel's lookups for ``pack``, made on first use and kept with the pack."""
    index = pack.__dict__.get(_INDEX)
    if index is None:
        index = pack.__dict__[_INDEX] = _PackIndex(pack)
    return index


class _ToggleRow(QWidget):
    """The row of the "Pack author's notes (n)" toggle, which places the toggle itself. The count
    changes with most steps to the next event, and with it the toggle's width; in a layout, that
    lays the whole window out again and repaints it (each layout's activation asks its parent's
    again, up to the main window: ~2 ms of a step at the default pack). Here a new width only
    moves the toggle; the row asks its layout again only when the toggle's height changes (a new
    font). Its width asks nothing of the layout: the note's label below is wider than the
    toggle, and sets the panel's minimum width (tested)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(self)
        self._height = self.toggle.sizeHint().height()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(0, self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height)

    def place(self) -> None:
        """The toggle at its own size (no wider than the row) at the row's leading edge."""
        hint = self.toggle.sizeHint()
        width = min(hint.width(), self.width())
        x = 0 if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else self.width() - width
        self.toggle.setGeometry(x, 0, width, hint.height())
        if hint.height() != self._height:
            self._height = hint.height()
            self.updateGeometry()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the toggle's size hint changed
            self.place()
        return super().event(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.place()


def _lines_high(box: QTextBrowser | QPlainTextEdit, hint: QSize, lines: int) -> QSize:
    """``hint`` with the height of ``lines`` lines of the box's own font (plus its frame and
    document margins) instead of Qt's fixed 70 px: it follows the text size and the interface's
    font."""
    margins = 2 * (box.frameWidth() + box.document().documentMargin())
    return QSize(hint.width(), math.ceil(lines * box.fontMetrics().lineSpacing() + margins))


class _CardBrowser(QTextBrowser):
    def minimumSizeHint(self) -> QSize:
        return _lines_high(self, super().minimumSizeHint(), CARD_MIN_LINES)


class _NoteEdit(QPlainTextEdit):
    def minimumSizeHint(self) -> QSize:
        return _lines_high(self, super().minimumSizeHint(), NOTE_MIN_LINES)


class DetailPanel(QWidget):
    sig_note_edit_requested = Signal(str, str)
    """The user edited the note of an event: (event id, full note text)."""
    sig_indicator_show_requested = Signal(str)
    """The user asked to see a related indicator in the comparison charts: its id."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail_panel")
        # Opaque (filled with the window colour the dock shows behind it anyway): the details'
        # scroll bar, repainted on every step, then repaints within the panel, not the dock too.
        self.setAutoFillBackground(True)
        self._session = session
        self._event_id: str | None = None
        self._note_dirty = False

        self._browser = _CardBrowser(self)
        self._browser.setOpenLinks(False)
        self._browser.setOpenExternalLinks(False)
        self._browser.setAccessibleName(self.tr("Event details"))
        self._browser.setAccessibleDescription(self.tr(
            "The selected event: its dates, status, parties, summary, life cycle, related figures "
            "and sources."))
        self._browser.anchorClicked.connect(self._on_q_browser_anchor_clicked)
        self._browser.setDocument(self._new_document())  # ours from the start: see _show_html
        # Every line fits the panel: a word wider than it breaks, so no horizontal scroll bar is
        # needed. Qt sets some Japanese lines mixed with Latin text up to ~3 px wider than the
        # text width (a source note in Japanese); that falls in the document's 4-px margin, and
        # without this the panel showed a horizontal scroll bar for it.
        self._browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # The pack author's working notes: collapsed by default, never mixed into the reader's text.
        self._toggle_row = _ToggleRow(self)
        self._editor_toggle = self._toggle_row.toggle
        self._editor_toggle.setCheckable(True)
        self._editor_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._editor_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self._editor_toggle.setAutoRaise(True)
        self._editor_toggle.setAccessibleName(self.tr("Pack author's notes"))
        self._editor_toggle.setAccessibleDescription(self.tr("Shows or hides the pack author's notes."))
        self._editor_toggle.setToolTip(self.tr(
            "Working notes of whoever built the pack: slips found, what could not be confirmed. "
            "Not shown on slides or images."))
        self._editor_toggle.toggled.connect(self._on_q_editor_toggle_toggled)
        self._editor_notes = QTextBrowser(self)
        self._editor_notes.setOpenLinks(False)
        self._editor_notes.setOpenExternalLinks(False)
        self._editor_notes.setAccessibleName(self.tr("Pack author's notes"))
        self._editor_notes.setVisible(False)
        self._editor_html: str | None = None  # the author's notes on the selected event (HTML)
        self._editor_shown = ""  # what _editor_notes holds
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(2)
        details_layout.addWidget(self._browser, 3)
        details_layout.addWidget(self._toggle_row)
        details_layout.addWidget(self._editor_notes, 2)

        note_box = QWidget(self)
        note_layout = QVBoxLayout(note_box)
        note_layout.setContentsMargins(0, 0, 0, 0)
        self._note_label = QLabel(self.tr("&My note (private, saved on this computer)"), note_box)
        self._note = _NoteEdit(note_box)
        self._note.setAccessibleName(self.tr("My note on this event"))
        self._note.setAccessibleDescription(self.tr(
            "Your own note on the selected event, saved on this computer as you type."))
        self._note.setTabChangesFocus(True)
        self._note_label.setBuddy(self._note)
        self._note_status = QLabel("", note_box)
        self._note_status.setObjectName("note_status")
        self._note_status.setAccessibleName(self.tr("Note status"))
        self._note_status.setWordWrap(True)
        self._note_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Shown only when the store cannot be written or notes were restored after a crash.
        self._note_banner = QLabel("", note_box)
        self._note_banner.setObjectName("note_banner")
        self._note_banner.setWordWrap(True)
        self._note_banner.setAccessibleName(self.tr("Notes notice"))
        self._note_banner.setVisible(False)
        # What the user can do about a note not saved: retry / copy it, or settle a conflict.
        actions = QWidget(note_box)
        actions_layout = QHBoxLayout(actions)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        self._retry_button = QPushButton(self.tr("&Retry"), actions)
        self._retry_button.setAccessibleName(self.tr("Retry saving the note"))
        self._retry_button.clicked.connect(self._on_q_retry_clicked)
        self._copy_button = QPushButton(self.tr("&Copy text"), actions)
        self._copy_button.setAccessibleName(self.tr("Copy the note's text"))
        self._copy_button.setAccessibleDescription(self.tr(
            "Copies the note to the clipboard, to keep it elsewhere while it cannot be saved."))
        self._copy_button.clicked.connect(self._on_q_copy_clicked)
        self._theirs_button = QPushButton(self.tr("Use &theirs"), actions)
        self._theirs_button.setAccessibleName(self.tr("Use the other window's note"))
        self._theirs_button.setAccessibleDescription(self.tr(
            "Replaces the text here by the note saved in the other window."))
        self._theirs_button.clicked.connect(lambda: self._resolve_conflict("theirs"))
        self._mine_button = QPushButton(self.tr("&Keep mine"), actions)
        self._mine_button.setAccessibleName(self.tr("Keep my note"))
        self._mine_button.setAccessibleDescription(self.tr(
            "Saves the text here over the note saved in the other window."))
        self._mine_button.clicked.connect(lambda: self._resolve_conflict("mine"))
        for button in (self._retry_button, self._copy_button, self._theirs_button, self._mine_button):
            actions_layout.addWidget(button)
            button.setVisible(False)
        actions_layout.addStretch(1)
        note_layout.addWidget(self._note_banner)
        note_layout.addWidget(self._note_label)
        note_layout.addWidget(self._note)
        note_layout.addWidget(self._note_status)
        note_layout.addWidget(actions)
        self._note.textChanged.connect(self._on_q_note_text_changed)
        self._just_saved = False  # "Saved" is said only after a save this panel saw succeed
        self._restored_notice = session.notes_restored if hasattr(session, "notes_restored") else 0

        # A retry, not a debounce: while a note the store refused is pending, it is tried again
        # every NOTE_RETRY_MS whatever the user does (typing does not postpone it).
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(NOTE_RETRY_MS)
        self._retry_timer.timeout.connect(self._on_retry_timer)

        # Typing saves once it pauses for NOTE_SAVE_DELAY_MS (each keystroke is already in the
        # journal); a selection change, Retry or closing saves at once (``flush_note``). A superqt
        # debouncer, made on the first keystroke (superqt loads after the window's first paint).
        self._save_debouncer: QSignalDebouncer | None = None

        splitter = QSplitter(self)
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(details)
        splitter.addWidget(note_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self._unsubscribe = session.subscribe(self._on_session_changed)
        theme.notifier().changed.connect(self._on_look_changed)
        self._update_content()

    # -- session -> widget ----------------------------------------------------------------------
    def _on_session_changed(self, change: Change) -> None:
        if SELECTION in change.what or PACK in change.what:
            self.flush_note()  # never lose a note typed just before moving on
            self._event_id = self._session.selected_event
            self._update_content()
        elif NOTES in change.what:
            if change.origin == Origin.DETAIL_RETRY:  # a retry of ours: say "Saved" once it worked
                self._just_saved = self._session.note_state(self._event_id).status == "saved"
                self._show_note_state()
            elif change.origin != Origin.DETAIL and not self._note_dirty:
                self._update_note()
            else:
                self._show_note_state()
        if LABELS in change.what and not change.what & {SELECTION, PACK}:
            self._show_html(self._html())
            self._update_editor_notes()

    def _on_look_changed(self) -> None:
        """The theme changed: the muted text is drawn in its colour."""
        self._show_html(self._html())
        self._update_editor_notes()

    def _new_document(self) -> QTextDocument:
        """An empty document set up as the browser's current one (font, style sheet, margins)."""
        current = self._browser.document()
        doc = QTextDocument(self._browser)
        doc.setDefaultFont(current.defaultFont())
        doc.setDefaultStyleSheet(current.defaultStyleSheet())
        doc.setDefaultTextOption(current.defaultTextOption())
        doc.setDocumentMargin(current.documentMargin())
        doc.setIndentWidth(current.indentWidth())
        doc.setUseDesignMetrics(current.useDesignMetrics())
        return doc

    def _show_html(self, html: str) -> None:
        """Show ``html`` in a new document handed to the browser whole. ``setHtml`` first empties
        the shown document, and its layout reacts at once: the scroll bar of a long event goes,
        the text is laid out at the wider width, the bar comes back and the text is laid out
        again (and the bar's strip repainted through every panel beneath it): ~1 ms of a step."""
        doc = self._new_document()
        # Not laid out until the browser gives it its width: a new document's width is unbounded
        # (its few long lines would hide the scroll bar until the browser sets the width), and
        # one laid out at the browser's width would be laid out again when handed over.
        doc.setPageSize(QSizeF(0, 0))
        doc.setHtml(html)
        old = self._browser.document()
        self._browser.setDocument(doc)
        old.deleteLater()  # a child of the browser, which QTextEdit does not delete

    def _lang(self) -> str:
        return labels.checked_language(getattr(self._session, "label_language", "en"))

    @staticmethod
    def _figure_note(note: str, note_ja: str, lang: str) -> str:
        """A figure's note after its value: in Japanese set in full-width brackets with no space
        before them, as Japanese text writes a parenthesis; otherwise `` (note)``."""
        if lang == "ja" and (note_ja or "").strip():
            return f"<i>（{escape(note_ja.strip())}）</i>"
        return f" <i>({escape(labels.pick(note, note_ja, lang))})</i>"

    def _muted(self, html: str) -> str:
        return f"<span style='color:{theme.current().muted_text}'>{html}</span>"

    def _update_content(self) -> None:
        self._show_html(self._html())
        self._update_editor_notes()
        self._update_note()

    def _update_editor_notes(self) -> None:
        notes = self._editor_notes_found()
        self._toggle_row.setVisible(bool(notes))
        self._editor_toggle.setText(self.tr("Pack author's notes ({n})").format(n=len(notes)))
        self._toggle_row.place()
        self._editor_html = None  # worded when shown
        self._editor_notes.setVisible(bool(notes) and self._editor_toggle.isChecked())
        self._show_editor_html()

    def _show_editor_html(self) -> None:
        """The author's notes are worded and go into their browser only while it is shown (it
        starts collapsed): a step to the next event counts them and lays out one document."""
        if not self._editor_toggle.isChecked():
            return
        if self._editor_html is None:
            self._editor_html = (
                "<p>" + self._muted(escape(self.tr(
                    "Working notes of the pack's author. They are not shown on slides, images or "
                    "briefing notes."))) + "</p>"
                + "".join(f"<p><b>{escape(what)}</b><br>{escape(text)}</p>"
                          for what, text in self._editor_entries()))
        if self._editor_shown != self._editor_html:
            self._editor_shown = self._editor_html
            self._editor_notes.setHtml(self._editor_html)

    def _update_note(self) -> None:
        has_event = self._event_id is not None
        self._note.setEnabled(has_event)
        self._note.setPlaceholderText(self.tr("Write a note on this event…") if has_event else
                                      self.tr("Select an event to write a note."))
        text = self._session.note_text(self._event_id) if has_event else ""
        if text != self._note.toPlainText():  # unchanged text keeps the cursor where it is
            from superqt.utils import signals_blocked  # not at import: the window paints first

            with signals_blocked(self._note):
                self._note.setPlainText(text)
        self._note_dirty = False
        self._just_saved = False
        self._show_note_state()

    def _show_note_state(self, state: NoteState | None = None) -> None:
        """Say where the note is, truthfully: "Saving…", "Saved" (only once the store holds it),
        "Not saved: <why>" (with Retry and Copy), or "Changed in another window" (with a choice);
        a store that cannot be written makes the editor read-only, with a notice saying why."""
        read_only = self._session.notes_read_only
        self._note.setReadOnly(bool(read_only))
        banner = ""
        if read_only:
            banner = (self.tr("Your notes were written by a newer Briefing Explorer; they are shown "
                              "read-only. Update the app to edit them.")
                      if self._session.notes_from_newer_app else
                      self.tr("Your notes cannot be saved on this computer ({reason}); they are "
                              "shown read-only.").format(reason=read_only))
        elif self._restored_notice:
            banner = (self.tr("Restored 1 unsaved note typed before Briefing Explorer last closed.")
                      if self._restored_notice == 1 else
                      self.tr("Restored {n} unsaved notes typed before Briefing Explorer last "
                              "closed.").format(n=self._restored_notice))
        self._note_banner.setText(banner)
        self._note_banner.setVisible(bool(banner))
        if state is None:
            state = self._session.note_state(self._event_id)
        status = ""
        if self._event_id is None or state.status == READ_ONLY:
            status = ""
        elif state.status == FAILED:
            status = self.tr("Not saved: {reason}").format(reason=state.reason)
        elif state.status == CONFLICT:
            status = self.tr("Changed in another window since it was opened here. Your text is "
                             "kept; choose which to keep.")
        elif state.status == SAVING or self._note_dirty:
            status = self.tr("Saving…")
        elif self._just_saved:
            status = self.tr("Saved")
        self._note_status.setText(status)
        self._note_status.setToolTip(state.theirs if state.status == CONFLICT else "")
        failed = state.status == FAILED and self._event_id is not None
        conflict = state.status == CONFLICT and self._event_id is not None
        self._retry_button.setVisible(failed)
        self._copy_button.setVisible(failed or conflict)
        self._theirs_button.setVisible(conflict)
        self._mine_button.setVisible(conflict)
        self._theirs_button.setToolTip(state.theirs if conflict else "")
        if self._session.failed_note_count and not self._retry_timer.isActive():
            self._retry_timer.start()
        elif not self._session.failed_note_count:
            self._retry_timer.stop()

    def note_status_text(self) -> str:
        """What the note's status line says now (for tests and screen readers)."""
        return self._note_status.text()

    # -- widget -> request --------------------------------------------------------------------------
    def _on_q_note_text_changed(self) -> None:
        if self._event_id is None or self._note.isReadOnly():
            return
        self._note_dirty = True
        self._just_saved = False
        self._restored_notice = 0
        try:  # on disk (the journal) before this keystroke is done
            state = self._session.type_note(self._event_id, self._note.toPlainText())
        except KeyError:  # the pack changed under the editor
            state = None
        self._show_note_state(state)
        if self._save_debouncer is None:
            from superqt.utils import QSignalDebouncer

            self._save_debouncer = QSignalDebouncer(parent=self)
            self._save_debouncer.setTimeout(NOTE_SAVE_DELAY_MS)
            self._save_debouncer.triggered.connect(self.flush_note)
        self._save_debouncer.throttle()

    def _cancel_save(self) -> None:
        """Forget a save waiting for a pause in the typing (it is about to be made, or moot)."""
        if self._save_debouncer is not None:
            self._save_debouncer.cancel()

    def _on_retry_timer(self) -> None:
        if self._note_dirty:
            return  # the debounced save of the current note retries it anyway
        self._session.retry_notes(origin=Origin.DETAIL_RETRY)
        self._show_note_state()

    def _on_q_retry_clicked(self) -> None:
        self._cancel_save()
        self._note_dirty = False
        if self._event_id is not None:
            self._just_saved = True
            self.sig_note_edit_requested.emit(self._event_id, self._note.toPlainText())
        self._session.retry_notes(origin=Origin.DETAIL_RETRY)
        self._show_note_state()

    def _on_q_copy_clicked(self) -> None:
        QApplication.clipboard().setText(self._note.toPlainText())
        self._note_status.setText(self._note_status.text() + " " + self.tr("(Copied.)"))

    def _resolve_conflict(self, keep: str) -> None:
        if self._event_id is None:
            return
        self._cancel_save()
        self._note_dirty = False
        try:
            self._session.resolve_note_conflict(self._event_id, keep, origin=Origin.DETAIL)
        except OSError:
            pass  # the state says why (failed), the text is kept
        self._just_saved = True
        self._update_note()
        self._just_saved = self._session.note_state(self._event_id).status not in (FAILED, CONFLICT)
        self._show_note_state()

    def focus_widget(self) -> QWidget:
        """Where a keyboard user arriving in the panel starts: the event's details (Tab goes on
        to the note)."""
        return self._browser

    def flush_note(self) -> None:
        """Ask for the pending note edit to be saved now (on selection change, close, timer)."""
        self._cancel_save()
        if self._note_dirty and self._event_id is not None:
            self._note_dirty = False
            self._just_saved = True  # said only if the session then holds the note as saved
            self.sig_note_edit_requested.emit(self._event_id, self._note.toPlainText())
            self._show_note_state()

    def show_note_error(self, message: str) -> None:
        state = self._session.note_state(self._event_id)
        if state.status in (FAILED, CONFLICT):
            self._show_note_state(state)
        else:
            self._note_status.setText(self.tr("Not saved: {message}").format(message=message))

    def _on_q_editor_toggle_toggled(self, expanded: bool) -> None:
        self._editor_toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self._show_editor_html()
        self._editor_notes.setVisible(expanded and self._editor_toggle.isVisible())

    def _on_q_browser_anchor_clicked(self, url: QUrl) -> None:
        """A link is followed only after the user confirms it, and only by the system browser."""
        if url.scheme() == "indicator":
            self.sig_indicator_show_requested.emit(url.path())
            return
        if url.scheme() not in ("http", "https"):
            return
        answer = QMessageBox.question(
            self, self.tr("Open link?"),
            self.tr("Open this address in your web browser?\n\n{url}\n\nBriefing Explorer itself "
                    "never goes online; the browser will, if you have a network.").format(
                url=url.toString()))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)

    # -- content --------------------------------------------------------------------------------------
    def _html(self) -> str:
        pack = self._session.pack
        if pack is None:
            return "<p>" + escape(self.tr("No pack open.")) + "</p>"
        if self._event_id is None:
            return "<p>" + self._muted(escape(self.tr(
                "Select an event on the timeline or in the table to see its details, life cycle "
                "and sources."))) + "</p>"
        from explorer.charts.timeline_layout import actor_names_in, pack_domain_label

        lang = self._lang()
        sep = labels.list_separator(lang)
        row = self._session.event_row[self._event_id]
        ev = pack.events.iloc[row]
        names = actor_names_in(pack, lang)
        title, title_ja = _text(ev["title"]), _text(ev["title_ja"])
        parts = [f"<h2>{escape(labels.pick(title, title_ja, lang))}</h2>"]
        if lang == "en" and title_ja:  # the other language's title, for reference
            parts.append(f"<p lang='ja'><b>{escape(title_ja)}</b></p>")
        elif lang == "ja" and title_ja and title != title_ja:
            parts.append(f"<p><b>{self._muted(escape(title))}</b></p>")
        if pack.meta.components:  # several packs open: say whose event this is
            from explorer.data.pack_union import PACK_COLUMN, pack_labels

            parts.append("<p>" + escape(self.tr("From pack: {name}").format(
                name=pack_labels(pack)[ev[PACK_COLUMN]])) + "</p>")
        when = labels.format_date_span(ev["start_date"], ev["end_date"], lang)
        parties = sep.join(escape(names.get(a, a)) for a in ev["parties"].split(";") if a)
        domains = sep.join(escape(pack_domain_label(pack, d, lang))
                           for d in ev["domains"].split(";") if d)
        rows = ((self.tr("Date"), escape(when)),
                (self.tr("Status"), escape(labels.status_label(ev["status"], lang))),
                (self.tr("Kind"), escape(labels.event_kind_label(ev["kind"], lang))),
                (self.tr("Parties"), parties),
                (self.tr("Domains"), domains))
        parts.append("<table cellspacing='0' cellpadding='2'>"
                     + "".join(f"<tr><td><b>{escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
                     + "</table>")
        summary, summary_ja = _text(ev["summary"]), _text(ev["summary_ja"])
        # The summary in the label language, then the other language's (muted unless "both").
        if lang == "ja" and summary_ja:
            order = ((summary_ja, " lang='ja'"), (summary, ""))
        else:
            order = ((summary, ""), (summary_ja, " lang='ja'"))
        (first, first_attr), (second, second_attr) = order
        if first:
            parts.append(f"<p{first_attr}>{escape(first)}</p>")
        if second and second != first:
            text = escape(second) if lang == "both" else self._muted(escape(second))
            parts.append(f"<p{second_attr}>{text}</p>")

        index = pack_index(pack)
        ms = index.milestones(self._event_id)
        if ms:
            items = "".join(
                f"<li>{escape(labels.stage_label(m.stage, lang))}: "
                f"{escape(labels.format_partial_date(m.date_value, lang))}"
                f" {self._muted('[' + escape(m.source_id) + ']')}</li>"
                for m in ms)
            heading = escape(self.tr("Life cycle"))
            parts.append(f"<h3>{heading}</h3><ul>{items}</ul>")

        links = index.linked_indicators(self._event_id)
        if links:
            heading = escape(self.tr("Related indicators"))
            parts.append(f"<h3>{heading}</h3><ul>")
            show_text = escape(self.tr("show in charts"))
            for indicator in links:
                name = index.indicator_names(lang).get(indicator, indicator)
                latest = index.latest(indicator)
                figures = "; ".join(
                    f"{escape(names.get(o.reporter, o.reporter))} {escape(o.period)}: "
                    f"{escape(format_figure_in(o.value, o.unit, int(o.scale), o.qualifier, lang))}"
                    + (self._figure_note(o.note, o.note_ja, lang) if o.note else "")
                    + f" {self._muted('[' + escape(o.source_id) + ']')}"
                    for o in latest)
                show = (f" <a href='indicator:{escape(indicator, quote=True)}'>{show_text}</a>"
                        if latest else "")
                parts.append(f"<li><b>{escape(name)}</b>{' — ' + figures if figures else ''}{show}</li>")
            parts.append("</ul>")

        heading = escape(self.tr("Sources"))
        parts.append(f"<h3>{heading}</h3><ol>")
        open_text = escape(self.tr("open…"))
        for sid in (s for s in ev["source_ids"].split(";") if s):
            src = pack.source_by_id.get(sid)
            if src is None:
                continue
            line = f"{escape(citation(src, lang=self._lang()))} {self._muted('[' + escape(sid) + ']')}"
            if src["url"]:
                url = escape(src["url"], quote=True)
                line += f"<br><code>{escape(src['url'])}</code>"
                if src["url"].startswith(("http://", "https://")):
                    line += f" <a href='{url}'>{open_text}</a>"
            if src["note"]:
                line += f"<br><i>{escape(labels.pick(src['note'], src['note_ja'], lang))}</i>"
            parts.append(f"<li>{line}</li>")
        parts.append("</ol>")
        return "".join(parts)

    def _editor_notes_found(self) -> list[tuple[str, str, Any, str]]:
        """The pack author's notes on the event, its sources and the figures the details show,
        unworded: ("event" | "source" | "figure", the source or indicator id, the figure, the note)."""
        pack = self._session.pack
        if pack is None or self._event_id is None:
            return []
        ev = pack.events.iloc[self._session.event_row[self._event_id]]
        out: list[tuple[str, str, Any, str]] = []
        if ev.get("editor_note", ""):
            out.append(("event", "", None, ev["editor_note"]))
        for sid in (s for s in ev["source_ids"].split(";") if s):
            src = pack.source_by_id.get(sid)
            if src is not None and src.get("editor_note", ""):
                out.append(("source", sid, None, src["editor_note"]))
        index = pack_index(pack)
        for indicator in index.linked_indicators(self._event_id):
            for o in index.latest(indicator):
                if o.editor_note:
                    out.append(("figure", indicator, o, o.editor_note))
        return out

    def _editor_entries(self) -> list[tuple[str, str]]:
        """(what it is about, the editor's note) for the event, its sources and the figures the
        details show; empty when nothing is selected or the pack author left no notes."""
        pack = self._session.pack
        found = self._editor_notes_found()
        if pack is None or not found:
            return []
        from explorer.charts.timeline_layout import actor_names_in

        names = actor_names_in(pack, self._lang())
        ind = pack_index(pack).indicator_names(self._lang())
        out: list[tuple[str, str]] = []
        for kind, about, o, note in found:
            if kind == "event":
                what = self.tr("This event")
            elif kind == "source":
                what = self.tr("Source [{id}]: {citation}").format(
                    id=about, citation=citation(pack.source_by_id[about]))
            else:
                what = self.tr("Figure: {indicator}, {reporter} {period} ({figure})").format(
                    indicator=ind.get(about, about),
                    reporter=names.get(o.reporter, o.reporter), period=o.period,
                    figure=format_figure_in(o.value, o.unit, int(o.scale), o.qualifier,
                                            self._lang()))
            out.append((what, note))
        return out

    def closeEvent(self, event) -> None:
        self.flush_note()
        super().closeEvent(event)

    def detach(self) -> None:
        """Stop listening to the session (the window calls this when it closes)."""
        self.flush_note()
        self._retry_timer.stop()
        if self._session.failed_note_count:
            self._session.retry_notes(origin=Origin.DETAIL_RETRY)  # last try; the journal keeps the rest
        self._unsubscribe()
        theme.notifier().changed.disconnect(self._on_look_changed)
