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

from html import escape

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.domain import labels
from explorer.domain.citation import citation
from explorer.domain.figures import format_figure
from explorer.qt import theme
from explorer.state.session import LABELS, NOTES, PACK, SELECTION, Change, Session

NOTE_SAVE_DELAY_MS = 600


def _text(value: object) -> str:
    """A pack cell as text ("" for a missing one)."""
    return value.strip() if isinstance(value, str) else ""


class DetailPanel(QWidget):
    sig_note_edit_requested = Signal(str, str)
    """The user edited the note of an event: (event id, full note text)."""
    sig_indicator_show_requested = Signal(str)
    """The user asked to see a related indicator in the comparison charts: its id."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail_panel")
        self._session = session
        self._event_id: str | None = None
        self._note_dirty = False

        self._browser = QTextBrowser(self)
        self._browser.setOpenLinks(False)
        self._browser.setOpenExternalLinks(False)
        self._browser.setAccessibleName(self.tr("Event details"))
        self._browser.setAccessibleDescription(self.tr(
            "The selected event: its dates, status, parties, summary, life cycle, related figures "
            "and sources."))
        self._browser.anchorClicked.connect(self._on_q_browser_anchor_clicked)

        # The pack author's working notes: collapsed by default, never mixed into the reader's text.
        self._editor_toggle = QToolButton(self)
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
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(2)
        details_layout.addWidget(self._browser, 3)
        details_layout.addWidget(self._editor_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        details_layout.addWidget(self._editor_notes, 2)

        note_box = QWidget(self)
        note_layout = QVBoxLayout(note_box)
        note_layout.setContentsMargins(0, 0, 0, 0)
        self._note_label = QLabel(self.tr("&My note (private, saved on this computer)"), note_box)
        self._note = QPlainTextEdit(note_box)
        self._note.setAccessibleName(self.tr("My note on this event"))
        self._note.setAccessibleDescription(self.tr(
            "Your own note on the selected event, saved on this computer as you type."))
        self._note.setTabChangesFocus(True)
        self._note_label.setBuddy(self._note)
        self._note_status = QLabel("", note_box)
        self._note_status.setAccessibleName(self.tr("Note status"))
        note_layout.addWidget(self._note_label)
        note_layout.addWidget(self._note)
        note_layout.addWidget(self._note_status)
        self._note.textChanged.connect(self._on_q_note_text_changed)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush_note)

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
        elif NOTES in change.what and change.origin != "detail":
            self._update_note()
        if LABELS in change.what and not change.what & {SELECTION, PACK}:
            self._browser.setHtml(self._html())
            self._update_editor_notes()

    def _on_look_changed(self) -> None:
        """The theme changed: the muted text is drawn in its colour."""
        self._browser.setHtml(self._html())
        self._update_editor_notes()

    def _lang(self) -> str:
        return labels.checked_language(getattr(self._session, "label_language", "en"))

    def _muted(self, html: str) -> str:
        return f"<span style='color:{theme.current().muted_text}'>{html}</span>"

    def _update_content(self) -> None:
        self._browser.setHtml(self._html())
        self._update_editor_notes()
        self._update_note()

    def _update_editor_notes(self) -> None:
        entries = self._editor_entries()
        self._editor_toggle.setVisible(bool(entries))
        self._editor_toggle.setText(self.tr("Pack author's notes ({n})").format(n=len(entries)))
        self._editor_notes.setHtml(
            "<p>" + self._muted(escape(self.tr(
                "Working notes of the pack's author. They are not shown on slides, images or "
                "briefing notes."))) + "</p>"
            + "".join(f"<p><b>{escape(what)}</b><br>{escape(text)}</p>" for what, text in entries))
        self._editor_notes.setVisible(bool(entries) and self._editor_toggle.isChecked())

    def _update_note(self) -> None:
        has_event = self._event_id is not None
        self._note.setEnabled(has_event)
        self._note.setPlaceholderText(self.tr("Write a note on this event…") if has_event else
                                      self.tr("Select an event to write a note."))
        self._note.blockSignals(True)
        self._note.setPlainText(self._session.notes.get(self._event_id, "") if has_event else "")
        self._note.blockSignals(False)
        self._note_dirty = False
        self._note_status.setText("")

    # -- widget -> request --------------------------------------------------------------------------
    def _on_q_note_text_changed(self) -> None:
        if self._event_id is None:
            return
        self._note_dirty = True
        self._note_status.setText(self.tr("Editing…"))
        self._save_timer.start()

    def focus_widget(self) -> QWidget:
        """Where a keyboard user arriving in the panel starts: the event's details (Tab goes on
        to the note)."""
        return self._browser

    def flush_note(self) -> None:
        """Ask for the pending note edit to be saved now (on selection change, close, timer)."""
        self._save_timer.stop()
        if self._note_dirty and self._event_id is not None:
            self._note_dirty = False
            self.sig_note_edit_requested.emit(self._event_id, self._note.toPlainText())
            self._note_status.setText(self.tr("Saved"))

    def show_note_error(self, message: str) -> None:
        self._note_status.setText(self.tr("Not saved: {message}").format(message=message))

    def _on_q_editor_toggle_toggled(self, expanded: bool) -> None:
        self._editor_toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
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

        ms = pack.milestones[pack.milestones["event_id"] == self._event_id]
        if len(ms):
            ms = ms.sort_values(["day_start", "day_end"])
            items = "".join(
                f"<li>{escape(labels.stage_label(m.stage, lang))}: "
                f"{escape(labels.format_partial_date(m.date_value, lang))}"
                f" {self._muted('[' + escape(m.source_id) + ']')}</li>"
                for m in ms.itertuples())
            heading = escape(self.tr("Life cycle"))
            parts.append(f"<h3>{heading}</h3><ul>{items}</ul>")

        links = pack.links[pack.links["event_id"] == self._event_id]["indicator_id"].tolist()
        if links:
            heading = escape(self.tr("Related indicators"))
            parts.append(f"<h3>{heading}</h3><ul>")
            ind = pack.indicators.set_index("id")
            obs = pack.observations
            show_text = escape(self.tr("show in charts"))
            for indicator in links:
                name = ind["name"].get(indicator, indicator)
                latest = obs[obs["indicator_id"] == indicator].sort_values("period_end").tail(3)
                figures = "; ".join(
                    f"{escape(names.get(o.reporter, o.reporter))} {escape(o.period)}: "
                    f"{escape(format_figure(o.value, o.unit, int(o.scale), o.qualifier))}"
                    + (f" <i>({escape(o.note)})</i>" if o.note else "")
                    + f" {self._muted('[' + escape(o.source_id) + ']')}"
                    for o in latest.itertuples())
                show = (f" <a href='indicator:{escape(indicator, quote=True)}'>{show_text}</a>"
                        if len(latest) else "")
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
                line += f"<br><i>{escape(src['note'])}</i>"
            parts.append(f"<li>{line}</li>")
        parts.append("</ol>")
        return "".join(parts)

    def _editor_entries(self) -> list[tuple[str, str]]:
        """(what it is about, the editor's note) for the event, its sources and the figures the
        details show; empty when nothing is selected or the pack author left no notes."""
        pack = self._session.pack
        if pack is None or self._event_id is None:
            return []
        from explorer.charts.timeline_layout import actor_names_in

        ev = pack.events.iloc[self._session.event_row[self._event_id]]
        out: list[tuple[str, str]] = []
        if ev.get("editor_note", ""):
            out.append((self.tr("This event"), ev["editor_note"]))
        for sid in (s for s in ev["source_ids"].split(";") if s):
            src = pack.source_by_id.get(sid)
            if src is not None and src.get("editor_note", ""):
                out.append((self.tr("Source [{id}]: {citation}").format(id=sid, citation=citation(src)),
                            src["editor_note"]))
        names = actor_names_in(pack, self._lang())
        ind = dict(zip(pack.indicators["id"], pack.indicators["name"]))
        obs = pack.observations
        for indicator in pack.links[pack.links["event_id"] == self._event_id]["indicator_id"]:
            latest = obs[obs["indicator_id"] == indicator].sort_values("period_end").tail(3)
            for o in latest.itertuples():
                if o.editor_note:
                    what = self.tr("Figure: {indicator}, {reporter} {period} ({figure})").format(
                        indicator=ind.get(indicator, indicator),
                        reporter=names.get(o.reporter, o.reporter), period=o.period,
                        figure=format_figure(o.value, o.unit, int(o.scale), o.qualifier))
                    out.append((what, o.editor_note))
        return out

    def closeEvent(self, event) -> None:  # noqa: N802
        self.flush_note()
        super().closeEvent(event)

    def detach(self) -> None:
        """Stop listening to the session (the window calls this when it closes)."""
        self.flush_note()
        self._unsubscribe()
        theme.notifier().changed.disconnect(self._on_look_changed)
